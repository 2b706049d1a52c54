"""Bundle, key and conflict commands (sync between devices and HQ)."""
from __future__ import annotations

import getpass
import json
import os
import sys

from .errors import FieldkitError

PROMPT = object()


def add_commands(sub, export_sub, fmt_flag, filter_args) -> None:
    s = export_sub.add_parser("bundle", help="write a signed bundle for HQ or a colleague (encrypted to HQ when an HQ key is set)")
    s.add_argument("--out", required=True)
    s.add_argument("--incremental", action="store_true", help="only what changed since the last bundle for this destination")
    s.add_argument("--to", action="append", default=[], metavar="KEY", help="encrypt to a trusted key (label, fingerprint) or a key file")
    s.add_argument("--passphrase", nargs="?", const=PROMPT, help="also encrypt with a passphrase (asked for if not given)")
    s.add_argument("--plain", action="store_true", help="do not encrypt, even to the configured HQ key")
    s.add_argument("--include-sensitive", action="store_true")
    fmt_flag(s)

    imp = sub.add_parser("import", help="import bundles").add_subparsers(dest="kind", metavar="KIND")
    imp.required = True
    s = imp.add_parser("bundle", help="verify and merge bundles (importing twice changes nothing)")
    s.add_argument("files", nargs="+", metavar="FILE")
    s.add_argument("--trust", action="store_true", help="accept and remember the signer of a bundle from a device not yet trusted")
    s.add_argument("--passphrase", nargs="?", const=PROMPT)
    s.add_argument("--preview", action="store_true", help="show what would change, change nothing")
    fmt_flag(s)

    k = sub.add_parser("keys", help="this device's key and the keys it trusts").add_subparsers(dest="action", metavar="ACTION")
    k.required = True
    s = k.add_parser("show", help="this device's public key and fingerprint")
    fmt_flag(s)
    s = k.add_parser("export", help="write this device's public key to a file (give it to HQ or a colleague)")
    s.add_argument("--out", required=True)
    s = k.add_parser("trust", help="trust a public key file")
    s.add_argument("file")
    s.add_argument("--label")
    s.add_argument("--hq", action="store_true", help="this is HQ's key: bundles are encrypted to it by default")
    s = k.add_parser("list")
    fmt_flag(s)
    s = k.add_parser("remove")
    s.add_argument("key", help="label, fingerprint or device id")

    c = sub.add_parser("conflicts", help="records changed on two devices").add_subparsers(dest="action", metavar="ACTION")
    c.required = True
    s = c.add_parser("list")
    fmt_flag(s)
    s = c.add_parser("show")
    s.add_argument("id")
    fmt_flag(s)
    s = c.add_parser("resolve", help="keep 'local' or 'remote' for every field, or per field with --field NAME=remote")
    s.add_argument("id")
    s.add_argument("--keep", choices=["local", "remote"], default="local")
    s.add_argument("--field", action="append", default=[], metavar="NAME=local|remote")
    s.add_argument("--reason", default="")

    s = sub.add_parser("sync-status", help="import log and missing bundles")
    fmt_flag(s)


def _passphrase(value):
    if value is None:
        return None
    if value is PROMPT:
        if os.environ.get("FIELDKIT_PASSPHRASE"):
            return os.environ["FIELDKIT_PASSPHRASE"]
        if sys.stdin.isatty():
            return getpass.getpass("Passphrase: ")
        line = sys.stdin.readline().rstrip("\n")
        if not line:
            raise FieldkitError("No passphrase was given.")
        return line
    return value


def _find(c, cid):
    from .sync import bundle
    for x in bundle.list_conflicts(c):
        if x["id"].startswith(cid):
            return x
    raise FieldkitError("No open conflict with id {id}.", id=cid)


def dispatch(ws, args, out, make_filter) -> int:
    from .sync import bundle, keys
    cmd = args.command
    if cmd == "export" and args.kind == "bundle":
        recipients = []
        for ref in args.to:
            if os.path.exists(ref):
                recipients.append(keys.read_public_key(ref))
            else:
                recipients.append(ws.trust.find(ref))
        m = bundle.export_bundle(ws, args.out, incremental=args.incremental, to_keys=recipients,
                                 passphrase=_passphrase(args.passphrase), include_sensitive=args.include_sensitive,
                                 encrypt_to_hq=not args.plain)
        enc = bool(recipients or args.passphrase or (ws.trust.hq() and not args.plain))
        out(args, m, lambda d: print(f"Bundle {args.out} written: sequence {d['sequence']} for {d['destination']}, "
                                     f"{d['counts']['incidents']} incidents, {d['counts']['assessments']} assessments, "
                                     f"{d['counts']['attachments']} attachments; signed" + (", encrypted." if enc else ", not encrypted.")))
        return 0
    if cmd == "import":
        pp = _passphrase(args.passphrase)
        reports, code = [], 0
        for f in args.files:
            try:
                if args.preview:
                    vb = bundle.read_bundle(ws, f, passphrase=pp, trust=args.trust)
                    rep = bundle.preview(ws, vb)
                    rep["signer"] = f"{vb.manifest.get('device_label') or vb.manifest['device_id']} ({vb.fingerprint})"
                else:
                    rep = bundle.import_bundle(ws, f, passphrase=pp, trust=args.trust)
                rep["file"] = f
                reports.append(rep)
            except FieldkitError as e:
                reports.append({"file": f, "refused": e.message})
                code = 1

        def show(rs):
            for r in rs:
                if "refused" in r:
                    print(f"{r['file']}: REFUSED — {r['refused']}")
                    continue
                print(f"{r['file']}: {'preview — ' if args.preview else ''}added {r['added']}, unchanged {r['unchanged']}, "
                      f"updated {r['updated']}, conflicts {r['conflicts']}, deleted {r['deleted']}, rejected {len(r['rejected'])}")
                for rj in r["rejected"]:
                    print(f"   rejected {rj['kind']} {rj['record'][:8]}: {rj['reason']}")
                if r.get("missing_sequences"):
                    print(f"   warning: bundles {r['missing_sequences']} from this device were never imported here")
        out(args, reports, show)
        if code:
            for r in reports:
                if "refused" in r and args.format != "json":
                    sys.stderr.write(f"Error: {r['refused']}\n")
        return code
    if cmd == "keys":
        if args.action == "show":
            ident = keys.public_identity(ws)
            out(args, ident, lambda d: print(f"Device {d['device_id']} ({d['label'] or 'no label'})\nFingerprint: {d['fingerprint']}"))
        elif args.action == "export":
            with open(args.out, "w", encoding="utf-8") as f:
                json.dump(keys.public_identity(ws), f, indent=1)
            print(f"Public key written to {args.out} (fingerprint {keys.public_identity(ws)['fingerprint']}).")
        elif args.action == "trust":
            k = ws.trust.add(keys.read_public_key(args.file), label=args.label, role="hq" if args.hq else "colleague")
            print(f"Trusted {k['label'] or k['device_id']} ({k['role']}), fingerprint {k['fingerprint']}.")
        elif args.action == "list":
            rows = ws.trust.list()
            out(args, rows, lambda d: [print(f"{k['role']:<9} {k['fingerprint']}  {k['label'] or k['device_id']}") for k in d]
                or print("No trusted keys."))
        elif args.action == "remove":
            k = ws.trust.find(args.key)
            ws.trust.remove(k["sign"])
            print(f"Removed {k['label'] or k['device_id']}.")
        return 0
    if cmd == "conflicts":
        if args.action == "list":
            rows = [{k: v for k, v in c.items() if k != "remote_versions"} for c in bundle.list_conflicts(ws)]
            out(args, rows, lambda d: [print(f"{c['id'][:8]}  {c['record_type']} {c['record_id'][:8]}  from {c['remote_device'][:8]}  "
                                             f"{c['created_at'][:16]}") for c in d] or print("No open conflicts."))
        elif args.action == "show":
            c = _find(ws, args.id)
            rows = bundle.conflict_fields(ws, c)
            out(args, rows, lambda d: [print(f"{'*' if r['differs'] else ' '} {r['field']:<20} local: {r['local']!s:<30} remote: {r['remote']}")
                                       for r in d])
        elif args.action == "resolve":
            c = _find(ws, args.id)
            choices = args.keep
            if args.field:
                choices = {}
                for f in args.field:
                    name, _, side = f.partition("=")
                    choices[name] = side
                choices = {**{r["field"]: args.keep for r in bundle.conflict_fields(ws, c)}, **choices}
            bundle.resolve_conflict(ws, c["id"], choices, reason=args.reason)
            print(f"Conflict {c['id'][:8]} resolved; the result is a new version.")
        return 0
    if cmd == "sync-status":
        data = {"imports": bundle.import_log(ws), "missing": bundle.missing_bundles(ws), "conflicts": len(bundle.list_conflicts(ws))}

        def show(d):
            for r in d["imports"]:
                rep = r["report"]
                print(f"{r['imported_at'][:16]}  {r['device_label'] or r['device_id'][:8]} #{r['sequence']}  added {rep['added']}, "
                      f"updated {rep['updated']}, conflicts {rep['conflicts']}")
            for k, v in d["missing"].items():
                print(f"MISSING from {k}: bundle(s) {v}")
            print(f"{d['conflicts']} open conflict(s).")
        out(args, data, show)
        return 0
    raise SystemExit(2)
