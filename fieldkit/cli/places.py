"""``places search|near``: the offline gazetteer of real places (GeoNames, CC BY 4.0), with no workspace."""

from __future__ import annotations

from .common import NONE, actions, command, fmt_flag, out


def add_commands(sub) -> None:
    p = actions(
        sub.add_parser("places", help="the offline gazetteer of real places (GeoNames' populated places)"), "action"
    )
    s = p.add_parser(
        "search", help="places whose name starts with NAME (accents and case ignored), most populous first"
    )
    s.add_argument("name")
    s.add_argument("--country", help="only in this country (ISO 3166-1 alpha-2 code, e.g. GW)")
    s.add_argument("--limit", type=int, default=10, help="at most this many places (default 10)")
    fmt_flag(s)
    command(s, search, workspace=NONE)
    s = p.add_parser("near", help="the places nearest to a position, and the position in words ('8 km NE of Bafatá')")
    s.add_argument("lat", help="latitude (WGS84, decimal degrees)")
    s.add_argument("lon", help="longitude (WGS84, decimal degrees)")
    s.add_argument("--limit", type=int, default=5, help="at most this many places (default 5)")
    fmt_flag(s)
    command(s, near, workspace=NONE)


def _text(text: str) -> str:
    from ..text import one_line

    return one_line(text, 200)


def search(_ws, args) -> int:
    from .. import places

    found = places.default().search(args.name, country=args.country, limit=args.limit)

    def show(_d):
        if not found:
            print("No place found.")
        for p in found:
            print(f"{_text(p.label)}  ({p.lat:.5f}, {p.lon:.5f})  population {p.population}  [GeoNames {p.id}]")

    out(args, {"places": [p.as_dict() for p in found]}, show)
    return 0


def near(_ws, args) -> int:
    from .. import places

    lat, lon = places.check_point(args.lat, args.lon)
    g = places.default()
    nearby = g.near(lat, lon, limit=args.limit)
    described = g.describe(lat, lon)

    def show(_d):
        if described is not None:
            print(_text(str(described.message())))
        for n in nearby:
            print(f"{n.distance_km:8.1f} km {n.direction:<2}  {_text(n.place.label)}  [GeoNames {n.place.id}]")

    out(
        args,
        {
            "lat": lat,
            "lon": lon,
            "description": described.as_dict() if described is not None else None,
            "places": [n.as_dict() for n in nearby],
        },
        show,
    )
    return 0
