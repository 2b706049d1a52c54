"""``export csv|geojson|kml`` (incidents for spreadsheets and GIS) and ``export bundle`` (a signed sync bundle)."""

from __future__ import annotations

import os
import sys

from ..errors import BundleNotProtected, FieldkitError
from .common import (
    ENV_BUNDLE_PASSPHRASE,
    PROMPT,
    actions,
    command,
    env_or_terminal,
    filter_args,
    fmt_flag,
    make_filter,
    out,
    passphrase,
)

KINDS = ("csv", "geojson", "kml")


def add_commands(sub) -> None:
    e = actions(sub.add_parser("export", help="export incidents for spreadsheets and GIS"), "kind")
    for kind in KINDS:
        s = e.add_parser(kind, help=f"write incidents as {kind.upper()}")
        s.add_argument("--out", required=True)
        s.add_argument("--include-sensitive", action="store_true", help="also export incidents marked sensitive")
        filter_args(s)
        s.add_argument("--search", default="")
        command(s, incidents)

    s = e.add_parser(
        "bundle",
        help="write a signed bundle for HQ or a colleague: encrypted to HQ when an HQ key is set, else with a "
        "passphrase (plain only with --plain)",
    )
    s.add_argument("--out", required=True)
    s.add_argument(
        "--incremental", action="store_true", help="only what changed since the last bundle for this destination"
    )
    s.add_argument(
        "--to",
        action="append",
        default=[],
        metavar="KEY",
        help="encrypt to a trusted key (label, fingerprint) or a key file",
    )
    s.add_argument(
        "--passphrase", nargs="?", const=PROMPT, help="also encrypt with a passphrase (asked for if not given)"
    )
    s.add_argument(
        "--plain",
        action="store_true",
        help="do not encrypt, even to the configured HQ key: anyone who finds the file can read it",
    )
    s.add_argument("--include-sensitive", action="store_true")
    s.add_argument("--include-demo", action="store_true", help="also send demo records ([DEMO]), left out otherwise")
    fmt_flag(s)
    command(s, bundle)


def incidents(ws, args) -> int:
    from .. import exports

    flt = make_filter(args, text=args.search)
    n = exports.EXPORTERS[args.kind](ws, args.out, flt, include_sensitive=args.include_sensitive)
    print(
        f"{n} incident(s) written to {args.out}" + ("" if args.include_sensitive else " (sensitive incidents left out)")
    )
    return 0


def bundle(ws, args) -> int:
    from ..sync import bundle as bundles
    from ..sync import keys

    recipients = []
    for ref in args.to:
        if os.path.exists(ref):
            recipients.append(keys.read_public_key(ref))
        else:
            recipients.append(ws.trust.find(ref))
    pp = passphrase(args.passphrase)
    to_hq = not args.plain and bool(bundles.default_recipients(ws))
    if pp is None and not recipients and not to_hq and not args.plain:
        # nothing to encrypt to: a passphrase from the environment (scripts) or typed at a terminal; never plain
        # unless --plain says so
        if not os.environ.get(ENV_BUNDLE_PASSPHRASE) and sys.stdin.isatty():
            sys.stderr.write("No HQ key is trusted here: protect the bundle with a passphrase (or use --plain).\n")
        pp = env_or_terminal((ENV_BUNDLE_PASSPHRASE,), "Bundle passphrase: ") or None
    try:
        m = bundles.export_bundle(
            ws,
            args.out,
            incremental=args.incremental,
            to_keys=recipients,
            passphrase=pp,
            include_sensitive=args.include_sensitive,
            encrypt_to_hq=not args.plain,
            plain=args.plain,
            include_demo=args.include_demo,
        )
    except BundleNotProtected as e:
        raise FieldkitError(
            e.template + " On the command line: --passphrase (or {env}), --to KEY, or --plain.",
            env=ENV_BUNDLE_PASSPHRASE,
            **e.params,
        ) from e
    enc = bool(recipients or pp or to_hq)
    out(
        args,
        m,
        lambda d: print(
            f"Bundle {args.out} written: sequence {d['sequence']} for {d['destination']}, "
            f"{d['counts']['incidents']} incidents, {d['counts']['assessments']} assessments, "
            f"{d['counts']['attachments']} attachments; signed" + (", encrypted." if enc else ", not encrypted.")
        ),
    )
    return 0
