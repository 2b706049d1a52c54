"""``map`` (an offline HTML map) and ``basemap add|list|use`` (MBTiles basemaps)."""

from __future__ import annotations

from ..errors import FieldkitError
from ..languages import CODES
from .common import actions, command, filter_args, fmt_flag, make_filter, out


def add_commands(sub) -> None:
    s = sub.add_parser("map", help="write a self-contained offline map (HTML plus assets) that opens in any browser")
    s.add_argument(
        "--out", required=True, help="a folder (gets index.html) or a FILE.html (gets FILE_files/ beside it)"
    )
    s.add_argument("--colour-by", choices=["category", "severity"], default="category")
    s.add_argument("--lang", choices=list(CODES), default="en")
    filter_args(s)
    s.add_argument("--search", default="", help="full-text search, as in 'incident search'")
    s.add_argument(
        "--include-sensitive",
        action="store_true",
        help="also put incidents marked sensitive on the map (left out otherwise)",
    )
    command(s, map_)

    b = actions(sub.add_parser("basemap", help="offline MBTiles basemaps"), "action")
    s = b.add_parser("add", help="copy an MBTiles file into the workspace and use it")
    s.add_argument("file")
    command(s, basemap_add)
    s = b.add_parser("list")
    fmt_flag(s)
    command(s, basemap_list)
    s = b.add_parser("use", help="choose the basemap ('none' for the built-in outlines)")
    s.add_argument("name")
    command(s, basemap_use)


def map_(ws, args) -> int:
    from .. import maps

    path = maps.export_map(
        ws,
        args.out,
        make_filter(args, text=args.search),
        colour_by=args.colour_by,
        lang=args.lang,
        include_sensitive=args.include_sensitive,
    )
    print(f"Offline map written to {path}" + ("" if args.include_sensitive else " (sensitive incidents left out)"))
    return 0


def basemap_add(ws, args) -> int:
    from .. import mbtiles

    dest = mbtiles.add_basemap(ws, args.file)
    print(f"Basemap {dest.name} added and in use.")
    return 0


def basemap_list(ws, args) -> int:
    from .. import mbtiles

    names = [p.name for p in mbtiles.list_basemaps(ws)]
    current = ws.settings.get("basemap") or ""
    out(
        args,
        {"basemaps": names, "current": current},
        lambda d: print("\n".join((("* " if n == current else "  ") + n) for n in names) or "No MBTiles basemaps."),
    )
    return 0


def basemap_use(ws, args) -> int:
    from .. import mbtiles

    if args.name == "none":
        ws.settings.set("basemap", "")
    elif args.name not in [p.name for p in mbtiles.list_basemaps(ws)]:
        raise FieldkitError("No basemap named {name}; see 'fieldkit basemap list'.", name=args.name)
    else:
        ws.settings.set("basemap", args.name)
    print(f"Basemap: {args.name}")
    return 0
