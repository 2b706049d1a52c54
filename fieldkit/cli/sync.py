"""``conflicts list|show|resolve`` (records changed on two devices) and ``sync-status``."""

from __future__ import annotations

from ..errors import FieldkitError
from .common import actions, command, fmt_flag, out


def add_commands(sub) -> None:
    c = actions(sub.add_parser("conflicts", help="records changed on two devices"), "action")
    s = c.add_parser("list")
    fmt_flag(s)
    command(s, conflicts_list)
    s = c.add_parser("show")
    s.add_argument("id")
    fmt_flag(s)
    command(s, conflicts_show)
    s = c.add_parser("resolve", help="keep 'local' or 'remote' for every field, or per field with --field NAME=remote")
    s.add_argument("id")
    s.add_argument("--keep", choices=["local", "remote"], default="local")
    s.add_argument("--field", action="append", default=[], metavar="NAME=local|remote")
    s.add_argument("--reason", default="")
    command(s, conflicts_resolve)

    s = sub.add_parser("sync-status", help="import log and missing bundles")
    fmt_flag(s)
    command(s, sync_status)


def _find(ws, cid):
    from ..sync import bundle

    for x in bundle.list_conflicts(ws):
        if x["id"].startswith(cid):
            return x
    raise FieldkitError("No open conflict with id {id}.", id=cid)


def conflicts_list(ws, args) -> int:
    from ..sync import bundle

    rows = [{k: v for k, v in c.items() if k != "remote_versions"} for c in bundle.list_conflicts(ws)]

    names = ws.trust.device_names()

    def show(d):
        for c in d:
            what = "deleted there, in the trash here" if c.get("kind") == "deletion" else "changed on both"
            device = names.get(c["remote_device"]) or c["remote_device"][:8]
            print(
                f"{c['id'][:8]}  {c['record_type']} {c['record_id'][:8]}  {what}  from {device}  {c['created_at'][:16]}"
            )
        if not d:
            print("No open conflicts.")

    out(args, rows, show)
    return 0


def conflicts_show(ws, args) -> int:
    from ..sync import bundle

    c = _find(ws, args.id)
    if c.get("kind") == "deletion":
        return _show_deletion(ws, args, c)
    rows = bundle.conflict_fields(ws, c)

    def show(d):
        for r in d:
            print(f"{'*' if r['differs'] else ' '} {r['field']:<20} local: {r['local']!s:<30} remote: {r['remote']}")

    out(args, rows, show)
    return 0


def _show_deletion(ws, args, c) -> int:
    """A deletion held for review: what would go, who deleted it, when and why, and the two choices."""
    t = c["remote_versions"][-1]
    rec = ws.incidents.get(c["record_id"], with_attachments=False)
    data = {
        "kind": "deletion",
        "conflict_id": c["id"],
        "record_type": c["record_type"],
        "record_id": c["record_id"],
        "title": rec["title"],
        "in_trash": bool(rec["deleted_at"]),
        "deleted_by_device": t.get("device_id") or c["remote_device"],
        "deleted_at": t.get("deleted_at") or "",
        "reason": t.get("reason") or "",
        "choices": {"local": "keep the incident (back from the trash)", "remote": "remove it for good"},
    }

    def show(d):
        print(f"Deletion for review: incident {d['record_id'][:8]} {d['title']}")
        print(f"  deleted on device {d['deleted_by_device'][:8]} at {d['deleted_at'][:16]}")
        print(f"  reason: {d['reason'] or '(none given)'}")
        print("  --keep local: keep the incident (back from the trash); --keep remote: remove it for good")

    out(args, data, show)
    return 0


def conflicts_resolve(ws, args) -> int:
    from ..sync import bundle

    c = _find(ws, args.id)
    choices = args.keep
    if args.field:
        per_field = {}
        for f in args.field:
            name, _, side = f.partition("=")
            per_field[name] = side
        choices = {**{r["field"]: args.keep for r in bundle.conflict_fields(ws, c)}, **per_field}
    bundle.resolve_conflict(ws, c["id"], choices, reason=args.reason)
    if c.get("kind") == "deletion" and choices == "remote":
        print(f"Conflict {c['id'][:8]} resolved; the incident was removed for good, as the other device did.")
    elif c.get("kind") == "deletion":
        print(f"Conflict {c['id'][:8]} resolved; the incident was kept (back from the trash, as a new version).")
    else:
        print(f"Conflict {c['id'][:8]} resolved; the result is a new version.")
    return 0


def sync_status(ws, args) -> int:
    from ..sync import bundle

    data = {
        "imports": bundle.import_log(ws),
        "missing": bundle.missing_bundles(ws),
        "conflicts": len(bundle.list_conflicts(ws)),
        "refused": bundle.refused_imports(ws),
        "confirmed": ws.receipts.status(),  # what HQ's receipts confirmed, per destination
    }

    def show(d):
        for r in d["imports"]:
            rep = r["report"]
            print(
                f"{r['imported_at'][:16]}  {r['device_label'] or r['device_id'][:8]} #{r['sequence']}  "
                f"added {rep['added']}, updated {rep['updated']}, conflicts {rep['conflicts']}"
            )
        for r in d["refused"][:20]:
            print(f"{r['at'][:16]}  REFUSED  {r['bundle_sha256'][:12] or '(unreadable)'}  {r['template']}")
        for k, v in d["missing"].items():
            print(f"MISSING from {k}: bundle(s) {v}")
        for st in d["confirmed"]:
            print(
                f"TO {st['destination'][:8]}: HQ confirmed up to bundle {st['confirmed_sequence']} of "
                f"{st['last_sequence']}; {st['incidents_not_confirmed']} incident(s) changed since"
            )
        print(f"{d['conflicts']} open conflict(s).")

    out(args, data, show)
    return 0
