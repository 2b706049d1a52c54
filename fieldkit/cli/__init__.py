"""``fieldkit``: every job the app does, from the command line.

One module per noun (``workspace``, ``incident``, ``checklist``, ``assessment``, ``maps``, ``export``, ``report``,
``bundle``, ``keys``, ``hq``, ``sync``, ``security``, ``places``); each adds its commands with
``add_commands(sub)`` and names each command's handler with ``set_defaults`` (``common.command``). ``main`` builds the
parser from the modules, in the order of ``MODULES`` (the order of ``fieldkit --help``), and runs the handler of the
command given.

Exit codes: 0 success, 2 usage error, 1 rejected input or failure (one plain sentence on stderr,
never a traceback; a rejected command changes nothing)."""

from __future__ import annotations

import argparse
import sys

from .. import __version__, paths
from . import (
    assessment,
    bundle,
    checklist,
    export,
    hq,
    incident,
    keys,
    maps,
    places,
    report,
    security,
    sync,
    workspace,
)
from .common import Parser, SafeStream, UsageError, open_ws, run, run_reporting_errors

__all__ = ["MODULES", "UsageError", "build_parser", "main", "open_ws", "run"]

DESCRIPTION = "FieldKit: offline incident log, 'Spotting the Spoilers' assessments, maps and sync bundles."
MODULES = (workspace, incident, checklist, assessment, maps, export, report, bundle, keys, hq, sync, security, places)


def build_parser() -> argparse.ArgumentParser:
    p = Parser(prog="fieldkit", description=DESCRIPTION)
    p.add_argument("--version", action="version", version=f"FieldKit {__version__}")
    p.add_argument("--data-dir", help=f"workspace folder (default: ${paths.ENV_DATA_DIR} or the user data folder)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in MODULES:
        module.add_commands(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(out), SafeStream(err)  # no escape sequence from the data reaches a terminal
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            return 2
        return run_reporting_errors(args)
    finally:
        sys.stdout, sys.stderr = out, err
