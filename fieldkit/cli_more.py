"""Commands for maps, basemaps and exports (and, as they land, bundles, keys and reports)."""
from __future__ import annotations


from .errors import FieldkitError


def add_commands(sub, fmt_flag, filter_args) -> None:
    s = sub.add_parser("map", help="write a self-contained offline map (HTML plus assets) that opens in any browser")
    s.add_argument("--out", required=True, help="a folder (gets index.html) or a FILE.html (gets FILE_files/ beside it)")
    s.add_argument("--colour-by", choices=["category", "severity"], default="category")
    s.add_argument("--lang", choices=["en", "fr"], default="en")
    filter_args(s)
    s.add_argument("--search", default="", help="full-text search, as in 'incident search'")

    b = sub.add_parser("basemap", help="offline MBTiles basemaps").add_subparsers(dest="action", metavar="ACTION")
    b.required = True
    s = b.add_parser("add", help="copy an MBTiles file into the workspace and use it")
    s.add_argument("file")
    s = b.add_parser("list")
    fmt_flag(s)
    s = b.add_parser("use", help="choose the basemap ('none' for the built-in outlines)")
    s.add_argument("name")

    e = sub.add_parser("export", help="export incidents for spreadsheets and GIS").add_subparsers(dest="kind", metavar="KIND")
    e.required = True
    for kind in ("csv", "geojson", "kml"):
        s = e.add_parser(kind, help=f"write incidents as {kind.upper()}")
        s.add_argument("--out", required=True)
        s.add_argument("--include-sensitive", action="store_true", help="also export incidents marked sensitive")
        filter_args(s)
        s.add_argument("--search", default="")
    r = sub.add_parser("report", help="PDF reports").add_subparsers(dest="kind", metavar="KIND")
    r.required = True
    s = r.add_parser("assessment", help="the assessment report for a decision maker")
    s.add_argument("id")
    s.add_argument("--out", required=True)
    s.add_argument("--marking", help="handling marking (default: the 'marking' setting, else UN RESTRICTED)")
    s.add_argument("--lang", choices=["en", "fr"], help="default: the assessment's language")
    s = r.add_parser("incidents", help="a filtered list of incidents with a map")
    s.add_argument("--out", required=True)
    s.add_argument("--marking")
    s.add_argument("--lang", choices=["en", "fr"], default="en")
    s.add_argument("--search", default="")
    filter_args(s)
    s = sub.add_parser("verify-report", help="check a PDF report against the data it was made from")
    s.add_argument("file")
    fmt_flag(s)
    from . import cli_sync
    cli_sync.add_commands(sub, e, fmt_flag, filter_args)


def dispatch(ws, args, out, make_filter) -> int:
    cmd = args.command
    if cmd == "map":
        from . import maps
        path = maps.export_map(ws, args.out, make_filter(args, text=args.search), colour_by=args.colour_by, lang=args.lang)
        print(f"Offline map written to {path}")
        return 0
    if cmd == "basemap":
        from . import mbtiles
        if args.action == "add":
            dest = mbtiles.add_basemap(ws, args.file)
            print(f"Basemap {dest.name} added and in use.")
        elif args.action == "list":
            names = [p.name for p in mbtiles.list_basemaps(ws)]
            current = ws.settings.get("basemap") or ""
            out(args, {"basemaps": names, "current": current},
                lambda d: print("\n".join((("* " if n == current else "  ") + n) for n in names) or "No MBTiles basemaps."))
        elif args.action == "use":
            if args.name == "none":
                ws.settings.set("basemap", "")
            elif args.name not in [p.name for p in mbtiles.list_basemaps(ws)]:
                raise FieldkitError("No basemap named {name}; see 'fieldkit basemap list'.", name=args.name)
            else:
                ws.settings.set("basemap", args.name)
            print(f"Basemap: {args.name}")
        return 0
    if cmd == "export" and args.kind in ("csv", "geojson", "kml"):
        from . import exports
        flt = make_filter(args, text=args.search)
        n = exports.EXPORTERS[args.kind](ws, args.out, flt, include_sensitive=args.include_sensitive)
        print(f"{n} incident(s) written to {args.out}" + ("" if args.include_sensitive else " (sensitive incidents left out)"))
        return 0
    if cmd == "report":
        from . import reports
        if args.kind == "assessment":
            res = reports.assessment_report(ws, ws.assessments.resolve_id(args.id), args.out, marking=args.marking, lang=args.lang)
        else:
            res = reports.incidents_report(ws, make_filter(args, text=args.search), args.out, marking=args.marking, lang=args.lang)
        print(f"Report written to {res['path']} ({res['incidents']} incidents; content SHA-256 {res['digest']}).")
        return 0
    if cmd == "verify-report":
        from . import reports
        res = reports.verify_report(ws, args.file)
        out(args, res, lambda d: print(
            (f"The report matches the current data of the assessment of {d['area']} ({d['id']})." if d.get("kind") == "assessment"
             else "The report matches the current incidents for its filters.") if d["match"] else
            "The report does NOT match any assessment as it is now in this workspace: it was made from other or older data, "
            "or it was altered."))
        return 0 if res["match"] else 1
    from . import cli_sync
    return cli_sync.dispatch(ws, args, out, make_filter)
