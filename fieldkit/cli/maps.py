"""``map`` (an offline HTML map) and ``basemap add|list|use|cut`` (MBTiles basemap packs)."""

from __future__ import annotations

from ..errors import FieldkitError
from ..languages import CODES
from .common import NONE, actions, command, filter_args, fmt_flag, make_filter, out


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
    s = b.add_parser(
        "cut", help="cut a region and zoom levels out of a large MBTiles file into a new pack (a smaller file)"
    )
    s.add_argument("source", help="the MBTiles file to cut from (read only)")
    s.add_argument(
        "--bounds",
        required=True,
        help="the region, W,S,E,N in degrees; with a minus first, write it --bounds=-17,10,-13,13",
    )
    s.add_argument("--zooms", required=True, help="zoom levels, e.g. 5-12")
    s.add_argument(
        "--estimate", action="store_true", help="only say how many tiles and bytes it would write (OUT is not made)"
    )
    s.add_argument("out", help="the new MBTiles file")
    fmt_flag(s)
    command(s, basemap_cut, workspace=NONE)
    s = b.add_parser(
        "use", help="choose the basemap ('none' for the built-in outlines, 'auto' for the best pack for the view)"
    )
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
    infos = mbtiles.packs(ws)

    def text(_d):
        if not names:
            print("No MBTiles basemaps.")
            return
        for n, info in zip(names, infos, strict=True):
            if "error" in info:
                detail = f"unreadable: {info['error']}"
            else:
                b = info["bounds"]
                cover = ",".join(f"{v:g}" for v in b) if b else "unknown"
                detail = (
                    f"zooms {info['minzoom']}-{info['maxzoom']}, covers {cover}, "
                    f"{info['bytes'] / 1e6:.1f} MB, {info['format']}"
                )
            print(("* " if n == current else "  ") + n + "  " + detail)  # stdout shows control characters as text
        if current == mbtiles.AUTO:
            print("* auto: the best pack for each view")

    out(args, {"basemaps": names, "current": current, "packs": infos}, text)
    return 0


def basemap_cut(_ws, args) -> int:
    from .. import mbtiles

    bounds, zooms = mbtiles.parse_bounds(args.bounds), mbtiles.parse_zooms(args.zooms)
    est = mbtiles.estimate_cut(args.source, bounds, zooms)
    if args.estimate:
        out(
            args,
            est,
            lambda d: print(
                "\n".join(f"zoom {x['zoom']}: {x['tiles']:,} tiles, {x['bytes'] / 1e6:.1f} MB" for x in d["levels"])
                + f"\nIn all: {d['tiles']:,} tiles, about {d['bytes'] / 1e6:.1f} MB."
            ),
        )
        return 0
    print(f"About {est['tiles']:,} tiles, {est['bytes'] / 1e6:.1f} MB: writing…", flush=True)
    done = mbtiles.cut(args.source, bounds, zooms, args.out)
    out(args, done, lambda d: print(f"Pack written to {d['file']}: {d['tiles']:,} tiles, {d['bytes'] / 1e6:.1f} MB."))
    return 0


def basemap_use(ws, args) -> int:
    from .. import mbtiles

    if args.name == "none":
        ws.settings.set("basemap", "")
    elif args.name == mbtiles.AUTO:
        ws.settings.set("basemap", mbtiles.AUTO)
    elif args.name not in [p.name for p in mbtiles.list_basemaps(ws)]:
        raise FieldkitError("No basemap named {name}; see 'fieldkit basemap list'.", name=args.name)
    else:
        ws.settings.set("basemap", args.name)
    print(f"Basemap: {args.name}")
    return 0
