"""``incident add|list|search|show|edit|delete|restore|purge|attachment``."""

from __future__ import annotations

import re

from .common import UsageError, actions, command, filter_args, fmt_flag, make_filter, out

SORT_KEYS = ["occurred_at", "title", "category", "severity", "place", "status", "updated_at"]
FIELDS = [
    "title",
    "description",
    "occurred_at",
    "occurred_precision",
    "lat",
    "lon",
    "place",
    "location_precision",
    "category",
    "severity",
    "source_type",
    "source_grade",
    "status",
    "sensitive",
    "fatalities",
]
SHOWN = (
    "id",
    "title",
    "description",
    "occurred_at",
    "occurred_precision",
    "reported_at",
    "lat",
    "lon",
    "place",
    "location_precision",
    "category",
    "severity",
    "source_type",
    "source_grade",
    "status",
    "sensitive",
    "fatalities",
    "version",
    "head_hash",
    "created_at",
    "updated_at",
    "deleted_at",
)


def add_commands(sub) -> None:
    inc = actions(sub.add_parser("incident", help="log, find and edit incidents"), "action")
    s = inc.add_parser("add", help="log a new incident")
    _incident_fields(s, required=True)
    s.add_argument("--attach", action="append", default=[], metavar="FILE", help="attach a file (repeatable)")
    fmt_flag(s)
    command(s, add)
    s = inc.add_parser("list", help="list incidents (newest first)")
    filter_args(s)
    s.add_argument("--limit", type=int)
    s.add_argument("--sort", default="occurred_at", choices=SORT_KEYS)
    s.add_argument("--asc", action="store_true")
    fmt_flag(s)
    command(s, list_)
    s = inc.add_parser("search", help="full-text search with filters")
    s.add_argument("query")
    filter_args(s)
    s.add_argument("--limit", type=int)
    fmt_flag(s)
    command(s, search)
    s = inc.add_parser("show", help="show one incident with its attachments and history")
    s.add_argument("id")
    fmt_flag(s)
    command(s, show)
    s = inc.add_parser("edit", help="change an incident (a final one needs --reason)")
    s.add_argument("id")
    _incident_fields(s, required=False)
    s.add_argument("--attach", action="append", default=[], metavar="FILE")
    s.add_argument("--reason", default="")
    fmt_flag(s)
    command(s, edit)
    s = inc.add_parser("delete", help="move an incident to the trash")
    s.add_argument("id")
    s.add_argument("--reason", default="")
    command(s, delete)
    s = inc.add_parser("restore", help="restore an incident from the trash")
    s.add_argument("id")
    command(s, restore)
    s = inc.add_parser("purge", help="remove an incident in the trash for good")
    s.add_argument("id")
    command(s, purge)
    s = inc.add_parser("attachment", help="copy an attachment out after checking its hash")
    s.add_argument("sha256")
    s.add_argument("--out", required=True)
    command(s, attachment)


# what ``incident add`` needs for a final incident; a draft (--draft) may be saved without them
FINAL_NEEDS = (("description", "--description"), ("lat", "--lat"), ("lon", "--lon"))


# argparse takes "-15.6" for a value but "-15,6" (a longitude with a decimal comma) for an unknown flag: these
# parsers count both as negative numbers (argparse keeps the pattern in this attribute; where it does not, the
# value is still accepted written --lon=-15,6)
_NEGATIVE_NUMBER = re.compile(r"^-\d+$|^-\d*[.,]\d+$")


def _incident_fields(s, required: bool) -> None:
    if hasattr(s, "_negative_number_matcher"):
        s._negative_number_matcher = _NEGATIVE_NUMBER
    s.add_argument("--title", required=required)
    s.add_argument("--description", help="required unless --draft" if required else None)
    s.add_argument("--occurred-at", required=required, help="ISO 8601, e.g. 2026-03-14T22:30Z or 2026-03-14")
    s.add_argument("--precision", dest="occurred_precision", choices=["exact", "day", "month", "approximate"])
    where = "; required unless --draft" if required else ""
    s.add_argument("--lat", help="latitude, e.g. 12.28 (or 12,28)" + where)
    s.add_argument("--lon", help="longitude, e.g. -15.6 (or -15,6)" + where)
    if not required:
        s.add_argument(
            "--no-location",
            action="store_true",
            help="remove the coordinates (a draft only: a final incident has them)",
        )
    s.add_argument("--place")
    s.add_argument("--location-precision", choices=["exact", "near", "district", "region", "country"])
    s.add_argument("--category", required=required, help="incident category code, e.g. MOVE_OBS")
    s.add_argument("--severity", required=required, help="1 (minimal) to 5 (critical)")
    s.add_argument("--actor", action="append", default=None, metavar="NAME[:TYPE]")
    s.add_argument("--source-type")
    s.add_argument("--source-grade", help="reliability A-F and credibility 1-6, e.g. B2")
    s.add_argument("--tag", action="append", default=None)
    status = s.add_mutually_exclusive_group()
    status.add_argument("--status", choices=["draft", "final"])
    status.add_argument(
        "--draft", dest="status", action="store_const", const="draft", help="the same as --status draft"
    )
    s.add_argument("--sensitive", action="store_true", default=None)
    s.add_argument(
        "--market",
        action="append",
        default=None,
        metavar="CODE",
        help="criminal market code (repeatable), e.g. DRG_COC",
    )
    s.add_argument("--fatalities", help="how many people were killed; empty = not known")


def _incident_data(args) -> dict:
    data = {k: getattr(args, k) for k in FIELDS if getattr(args, k, None) is not None}
    if args.actor is not None:
        data["actors"] = args.actor
    if args.tag is not None:
        data["tags"] = args.tag
    if args.market is not None:
        data["markets"] = [m for m in args.market if m.strip()]
    if getattr(args, "no_location", False):
        if args.lat is not None or args.lon is not None:
            raise UsageError("--no-location cannot be combined with --lat or --lon")
        data["lat"] = data["lon"] = None
    return data


def _print_incidents(rows) -> None:
    if not rows:
        print("No incidents match.")
        return
    for r in rows:
        grade = f"{r.get('source_reliability') or ''}{r.get('source_credibility') or ''}" or "--"
        flag = " [sensitive]" if r.get("sensitive") else ""
        place = " — " + r["place"] if r.get("place") else ""
        print(
            f"{r['id'][:8]}  {r['occurred_at'][:16].replace('T', ' ')}  S{r['severity']}  {r['category']:<11} "
            f"{grade:<2}  {r['title']}{place}{flag}"
        )
    print(f"{len(rows)} incident(s).")


def _print_incident(rec) -> None:
    for k in SHOWN:
        print(f"{k:>19}: {rec.get(k) if rec.get(k) is not None else ''}")
    actors = ", ".join(a["name"] + (" (" + a["type"] + ")" if a["type"] else "") for a in rec["actors"])
    print(f"{'actors':>19}: {actors}")
    print(f"{'tags':>19}: {', '.join(rec['tags'])}")
    print(f"{'markets':>19}: {', '.join(rec.get('markets') or [])}")
    for a in rec.get("attachments", []):
        print(f"{'attachment':>19}: {a['filename']}  {a['size']} bytes  sha256 {a['sha256']}")
    for v in rec.get("history", []):
        print(
            f"{'version ' + str(v['version']):>19}: {v['created_at']}  {v['author'] or v['device_id'][:8]}  "
            f"{v['reason']}  {v['hash'][:16]}"
            + (
                f"  [signed by a key HQ revoked from {v['revoked_key']['from_time']}"
                + (": after the revocation]" if v["revoked_key"]["after_revocation"] else ", before it]")
                if v.get("revoked_key")
                else ""
            )
        )


def add(ws, args) -> int:
    if (args.status or "final") == "final":
        missing = [flag for key, flag in FINAL_NEEDS if getattr(args, key) is None]
        if missing:
            raise UsageError(
                f"the following arguments are required: {', '.join(missing)} (a draft, --draft, may be saved "
                "without them)"
            )
    rec = ws.incidents.add(_incident_data(args), attachments=args.attach)
    out(args, rec, lambda r: print(f"Incident {r['id']} saved ({r['status']})."))
    return 0


def list_(ws, args) -> int:
    rows = ws.incidents.search(make_filter(args), limit=args.limit, sort=args.sort, descending=not args.asc)
    out(args, rows, _print_incidents)
    return 0


def search(ws, args) -> int:
    rows = ws.incidents.search(make_filter(args, text=args.query), limit=args.limit, sort="rank", descending=True)
    out(args, rows, _print_incidents)
    return 0


def show(ws, args) -> int:
    store = ws.incidents
    rec = store.get(store.resolve_id(args.id))
    rec["history"] = store.versions(rec["id"])
    for v in rec["history"]:  # a version signed by a key HQ revoked: marked (after the revocation: verify reports it)
        mark = ws.revocations.mark(v["signed_by"], v["created_at"])
        if mark:
            v["revoked_key"] = {"from_time": mark["from_time"], "after_revocation": mark["after"]}
    if args.format == "text":
        for v in rec["history"]:
            v.pop("content", None)
    out(args, rec, _print_incident)
    return 0


def edit(ws, args) -> int:
    store = ws.incidents
    rec = store.update(store.resolve_id(args.id), _incident_data(args), reason=args.reason, add_attachments=args.attach)
    print(f"Incident {rec['id']} saved (version {rec['version']}).")
    return 0


def delete(ws, args) -> int:
    rec = ws.incidents.delete(ws.incidents.resolve_id(args.id), reason=args.reason or "Moved to the trash")
    print(f"Incident {rec['id']} moved to the trash.")
    return 0


def restore(ws, args) -> int:
    rec = ws.incidents.restore(ws.incidents.resolve_id(args.id))
    print(f"Incident {rec['id']} restored.")
    return 0


def purge(ws, args) -> int:
    iid = ws.incidents.resolve_id(args.id)
    ws.incidents.purge(iid)
    print(f"Incident {iid} purged.")
    return 0


def attachment(ws, args) -> int:
    ws.incidents.copy_attachment(args.sha256, args.out)
    print(f"Attachment verified (sha256 {args.sha256}) and written to {args.out}.")
    return 0
