"""What every command module shares: the parser class, the ``--format`` flag and output, the incident
filter flags, opening the workspace, passphrases and turning errors into exit codes.

A command module has ``add_commands(sub)``; each command it adds names its handler with
``command(parser, handler, workspace=...)``. A handler is ``handler(ws, args) -> int``."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys

from .. import paths
from ..errors import FieldkitError

log = logging.getLogger("fieldkit.cli")  # the name the log has always used for the CLI

# How a command gets its workspace (``args.workspace``): an existing one, a new or existing one, or none at all
EXISTING, CREATE, NONE = "existing", "create", "none"

PROMPT = object()  # ``--passphrase`` given without a value


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    def error(self, message):  # one plain sentence + usage, exit 2
        self.print_usage(sys.stderr)
        sys.stderr.write(f"fieldkit: {message}\n")
        raise SystemExit(2)


_Parser = Parser


def command(parser, handler, workspace: str = EXISTING) -> None:
    """Make ``handler(ws, args)`` the job of ``parser`` (a leaf command)."""
    parser.set_defaults(func=handler, workspace=workspace)


def actions(parser, dest: str):
    """The subcommands of a noun (``incident add``, ``incident list``...): required, one of them."""
    sub = parser.add_subparsers(dest=dest, metavar=dest.upper(), parser_class=Parser)
    sub.required = True
    return sub


def out(args, data, text_fn=None) -> None:
    if getattr(args, "format", "text") == "json" or text_fn is None:
        # JSON escapes control characters itself; the few it leaves raw (C1, bidirectional overrides) are written
        # as \uXXXX escapes: the same data for a script, nothing a terminal acts on
        text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
        raw = getattr(sys.stdout, "raw_stream", sys.stdout)
        raw.write(text.translate(_JSON_ESCAPES) + "\n")
    else:
        text_fn(data)


def fmt_flag(p) -> None:
    p.add_argument("--format", choices=["text", "json"], default="text", help="output format")


def filter_args(p) -> None:
    p.add_argument("--category", action="append", default=[], help="category code (repeatable)")
    p.add_argument("--severity-min", type=int)
    p.add_argument("--severity-max", type=int)
    p.add_argument("--from", dest="date_from", help="occurred on or after (ISO date)")
    p.add_argument("--to", dest="date_to", help="occurred on or before (ISO date)")
    p.add_argument("--bbox", help="min_lon,min_lat,max_lon,max_lat")
    p.add_argument("--status", choices=["draft", "final"])
    p.add_argument("--tag", action="append", default=[])
    p.add_argument("--trash", action="store_true", help="list incidents in the trash instead")
    p.add_argument("--no-sensitive", action="store_true", help="leave out sensitive incidents")
    p.add_argument("--market", action="append", default=[], help="criminal market code (repeatable)")


def make_filter(args, text=""):
    from ..incidents import IncidentFilter

    bbox = None
    if getattr(args, "bbox", None):
        try:
            bbox = tuple(float(x) for x in args.bbox.split(","))
            if len(bbox) != 4:
                raise ValueError
        except ValueError:
            raise FieldkitError("--bbox must be four numbers: min_lon,min_lat,max_lon,max_lat.") from None
    return IncidentFilter(
        text=text,
        categories=args.category,
        severity_min=args.severity_min,
        severity_max=args.severity_max,
        date_from=args.date_from,
        date_to=args.date_to,
        bbox=bbox,
        status=args.status,
        tags=args.tag,
        markets=getattr(args, "market", []) or [],
        trash=args.trash,
        include_sensitive=not args.no_sensitive,
    )


ENV_PASSPHRASE = "FIELDKIT_PASSPHRASE"  # the workspace's passphrase (bundles have their own variable)
ENV_NEW_PASSPHRASE = "FIELDKIT_NEW_PASSPHRASE"  # a new workspace passphrase (passphrase set/change)
ENV_DURESS_PASSPHRASE = "FIELDKIT_DURESS_PASSPHRASE"  # the duress passphrase (passphrase duress)


def workspace_passphrase(folder, *, new: bool = False) -> str | None:
    """The passphrase of the workspace in ``folder`` when it is encrypted (``$FIELDKIT_PASSPHRASE``, else typed at
    a terminal), None when it is plain. ``new``: a new workspace is made: the passphrase it will have (typed twice
    at a terminal)."""
    from .. import vault

    if new:
        if os.environ.get(ENV_PASSPHRASE):
            return os.environ[ENV_PASSPHRASE]
        return new_passphrase("Passphrase for the new workspace: ", names=())
    if not vault.is_encrypted(folder):
        return None
    return env_or_terminal((ENV_PASSPHRASE,), "Workspace passphrase: ")


def new_passphrase(prompt: str, names=(ENV_NEW_PASSPHRASE,)) -> str | None:
    """A new passphrase: from the environment variables ``names``, else typed twice at a terminal, else None."""
    for name in names:
        if os.environ.get(name):
            return os.environ[name]
    if not sys.stdin.isatty():
        return None
    first = getpass.getpass(prompt)
    if getpass.getpass("Type it again: ") != first:
        raise FieldkitError("The two passphrases typed differ: nothing was changed.")
    return first


def open_ws(args, create=False):
    from .. import logsetup, vault
    from ..workspace import Workspace

    folder = paths.resolve_data_dir(args.data_dir)
    exists = (folder / "fieldkit.sqlite").exists() or vault.is_encrypted(folder)
    if create or exists:
        logsetup.configure(folder)
    if not exists and create:
        if getattr(args, "unencrypted", False):
            return Workspace(folder, create=True, unencrypted=True)
        return Workspace(folder, create=True, passphrase=workspace_passphrase(folder, new=True))
    return Workspace(folder, create=create, passphrase=workspace_passphrase(folder))


ENV_BUNDLE_PASSPHRASE = "FIELDKIT_BUNDLE_PASSPHRASE"


def env_or_terminal(names, prompt: str) -> str | None:
    """The first of the environment variables ``names`` that is set, else what is typed at a terminal (hidden), else
    None (a script with neither: never a read of stdin it did not mean to give)."""
    for name in names:
        if os.environ.get(name):
            return os.environ[name]
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return None


def passphrase(value):
    """A bundle passphrase: the value given, else (``--passphrase`` alone) ``$FIELDKIT_BUNDLE_PASSPHRASE``, else
    asked for on a terminal, else the first line of stdin. (``$FIELDKIT_PASSPHRASE`` is the workspace's own
    passphrase since workspaces are encrypted: it is never used for a bundle, which others open.)"""
    if value is None:
        return None
    if value is PROMPT:
        if sys.stdin.isatty() or os.environ.get(ENV_BUNDLE_PASSPHRASE):
            return env_or_terminal((ENV_BUNDLE_PASSPHRASE,), "Bundle passphrase: ")
        line = sys.stdin.readline().rstrip("\n")
        if not line:
            raise FieldkitError("No passphrase was given.")
        return line
    sys.stderr.write(
        "Warning: a passphrase written on the command line can be seen by other programs on this computer; "
        f"set {ENV_BUNDLE_PASSPHRASE} or give --passphrase alone to be asked for it.\n"
    )
    return value


# what a terminal must never receive from data: control characters (escape sequences can hide, rewrite or
# clear what is shown; a carriage return overwrites a line) and the bidirectional overrides that reorder text
_UNSAFE = dict.fromkeys(
    [*range(0, 9), 11, 12, *range(13, 32), 127, *range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)],
    "\ufffd",
)


_JSON_ESCAPES = {c: f"\\u{c:04x}" for c in _UNSAFE}


def printable(text: str) -> str:
    """``text`` with every control character (but newline and tab) replaced by U+FFFD."""
    return text.translate(_UNSAFE)


class SafeStream:
    """A text stream that writes what it is given with ``printable``: whatever a record, a file name or a bundle's
    label holds, the terminal shows it as text."""

    def __init__(self, stream):
        self._stream = stream
        self.raw_stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(printable(text))

    def __getattr__(self, name):
        return getattr(self._stream, name)


def run(args) -> int:
    """Open the workspace the command asks for, run its handler, close the workspace."""
    if args.command is None:
        raise UsageError("no command given; see 'fieldkit --help'")
    mode = getattr(args, "workspace", EXISTING)
    if mode == NONE:
        return args.func(None, args)
    ws = open_ws(args, create=mode == CREATE)
    try:
        return args.func(ws, args)
    finally:
        ws.close()


def run_reporting_errors(args) -> int:
    """``run(args)``, with every failure turned into one plain sentence on stderr and an exit code."""
    try:
        return run(args)
    except FieldkitError as e:
        log.info("rejected (%s): %s", type(e).__name__, e.template)  # the template: no user content in the log
        sys.stderr.write(f"Error: {e.message}\n")
        return 1
    except UsageError as e:
        sys.stderr.write(f"fieldkit: {e}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted.\n")
        return 1
    except BrokenPipeError:  # the reader went away ('fieldkit hq inbox | head'): nothing more to say to it
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error when Python flushes
        except (OSError, ValueError):
            pass
        return 1
    except Exception as e:  # never a traceback for the user; the log keeps it
        log.exception("unexpected error")
        sys.stderr.write(f"Error: something unexpected went wrong ({type(e).__name__}: {e}). Details are in the log.\n")
        return 1
