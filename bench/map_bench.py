"""The map at scale: first paint and pan/zoom query times at 1,000 and 1,000,000 incidents, in the same run.

    python bench/map_bench.py [--sizes 1000,1000000]      (also: python bench/run.py --only mapscale)

Rows are written with one executemany in one transaction into a plain temporary workspace (the schema's
triggers keep the full-text index and the map's cluster cells, as for any insert). Positions are scattered
around the gazetteer's places as the demo data is (a quarter around the demo's focus area, West Africa).

First paint = what the app does before the first view is drawn: the page built for the app (counts, extent,
legend: ``maps.build_map(app=True)``) plus the first ``clusters`` query for the fitted view, JSON encoded (what
crosses to the page). Each pan/zoom = one ``clusters`` query for a 1280 x 800 view, JSON encoded. Figures are
medians and maxima over a fixed set of views, per zoom band. Targets at 1,000,000: first paint < 1 s, each
pan/zoom < 150 ms. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fieldkit import demo, mapindex, maps  # noqa: E402
from fieldkit.incidents import IncidentFilter  # noqa: E402
from fieldkit.workspace import Workspace  # noqa: E402

W, H = 1280, 800  # the view, in screen pixels


def figure(name: str, value: float, unit: str, note: str = "") -> None:
    print(f"{name:<56} {value:>12.3f} {unit:<8} {note}", flush=True)


def fill(ws, n: int, seed: int = 7) -> float:
    rng = random.Random(seed)
    places = demo.load_places()
    focus = [p for p in places if -18 <= p["lon"] <= 5 and 4 <= p["lat"] <= 20] or places
    cats = ws.vocab.codes("incident_category")
    device = ws.device_id
    now = "2026-06-01T12:00:00.000Z"
    t0 = time.perf_counter()

    def rows():
        for k in range(n):
            p = rng.choice(focus) if rng.random() < 0.25 else rng.choice(places)
            lat = max(-85.0, min(85.0, p["lat"] + rng.uniform(-0.3, 0.3)))
            lon = max(-179.9, min(179.9, p["lon"] + rng.uniform(-0.3, 0.3)))
            day = 1 + k % 1460
            occurred = f"{2022 + day // 365:04d}-{1 + (day % 365) // 31:02d}-{1 + (day % 31) % 28:02d}T10:00:00.000Z"
            yield (
                str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                f"Incident {k} near {p['name']}",
                "",
                occurred,
                now,
                round(lat, 5),
                round(lon, 5),
                p["name"],
                cats[k % len(cats)],
                1 + k % 5,
                "final",
                int(rng.random() < 0.08),
                device,
                "0" * 64,
                now,
                now,
            )

    conn = ws.db.conn
    with ws.db.atomic():
        conn.executemany(
            "INSERT INTO incidents (id, title, description, occurred_at, reported_at, lat, lon, place, category, "
            "severity, status, sensitive, device_id, head_hash, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows(),
        )
    return time.perf_counter() - t0


def view(lat: float, lon: float, z: int) -> list[float]:
    """The bbox of a W x H view centred on (lat, lon) at web zoom z (Web Mercator, as Leaflet)."""
    world = 256 * 2**z

    def y(lat):
        s = math.sin(math.radians(lat))
        return (0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * world

    def lat_of(py):
        return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * py / world))))

    cy = y(lat)
    dlon = W / world * 360
    return [lon - dlon / 2, lat_of(min(world, cy + H / 2)), lon + dlon / 2, lat_of(max(0, cy - H / 2))]


def fit_zoom(extent) -> int:
    w, s, e, n = extent
    for z in range(8, -1, -1):
        b = view((s + n) / 2, (w + e) / 2, z)
        if b[0] <= w and b[2] >= e and b[1] <= s and b[3] >= n:
            return z
    return 0


def query(ws, bbox, z, flt=None) -> tuple[float, int]:
    t = time.perf_counter()
    out = mapindex.clusters(ws, bbox, z, flt)
    data = json.dumps(out, ensure_ascii=False, separators=(",", ":"))
    return time.perf_counter() - t, len(data)


def bench(n: int) -> dict:
    ws = Workspace(Path(tempfile.mkdtemp()) / f"map{n}", unencrypted=True)
    dt = fill(ws, n)
    figure(f"write {n:,} incidents (one executemany, triggers on)", dt, "s")
    cells = ws.db.execute("SELECT count(*) FROM map_cells").fetchone()[0]
    pages = ws.db.execute("SELECT count(*) FROM dbstat WHERE name = 'map_cells'").fetchone()[0]
    size = ws.db.execute("PRAGMA page_size").fetchone()[0] * pages
    figure(f"  cluster cells kept for {n:,} incidents", cells, "rows", f"{size / 1e6:.1f} MB")
    res = {}
    # first paint
    t = time.perf_counter()
    page = maps.build_map(ws, app=True)
    extent = mapindex.extent(ws)
    z0 = fit_zoom(extent)
    first = view((extent[1] + extent[3]) / 2, (extent[0] + extent[2]) / 2, z0)
    _, size = query(ws, first, z0)
    res["first"] = time.perf_counter() - t
    size += sum(len(v) for k, v in page.files.items() if k != "data/basemap.js")
    figure(
        f"first paint ({page.count:,} on the map: page + first view, zoom {z0})",
        res["first"] * 1000,
        "ms",
        f"{size:,} bytes cross (without the basemap)",
    )
    # pan / zoom: the same views at each size
    rng = random.Random(3)
    centres = [(rng.uniform(5, 18), rng.uniform(-17, 3)) for _ in range(6)] + [(12.65, -8.0), (14.7, -17.45)]
    bands = {
        "zoom 2-5": range(2, 6),
        "zoom 6-9": range(6, 10),
        "zoom 10-13": range(10, 14),
        "zoom 14-17": range(14, 18),
    }
    for band, zooms in bands.items():
        times, sizes = [], []
        for lat, lon in centres:
            for z in zooms:
                dt, size = query(ws, view(lat, lon, z), z)
                times.append(dt)
                sizes.append(size)
        res[band] = (statistics.median(times), max(times))
        figure(
            f"pan/zoom {band} ({n:,}), median / max",
            res[band][0] * 1000,
            "ms",
            f"max {res[band][1] * 1000:.1f} ms, up to {max(sizes):,} bytes",
        )
    filters = {
        "severity >= 4 (from the cells)": IncidentFilter(severity_min=4),
        "one week (time slider)": IncidentFilter(date_from="2024-03-01", date_to="2024-03-07"),
        "search 'Dakar'": IncidentFilter(text="Dakar"),
    }
    for name, flt in filters.items():
        times = []
        for lat, lon in centres[:4]:
            for z in (3, 6, 9, 12):
                times.append(query(ws, view(lat, lon, z), z, flt)[0])
        res[name] = (statistics.median(times), max(times))
        figure(
            f"pan/zoom, {name} ({n:,}), median / max", res[name][0] * 1000, "ms", f"max {res[name][1] * 1000:.1f} ms"
        )
    ws.close()
    return res


def run(sizes=(1_000, 1_000_000)) -> None:
    results = {}
    for n in sizes:
        print(f"--- map at scale: {n:,} incidents", flush=True)
        results[n] = bench(n)
    small, big = min(sizes), max(sizes)
    if small != big:
        print(f"--- ratios {big:,} / {small:,} (targets at 1,000,000: first paint < 1 s, each pan/zoom < 150 ms)")
        for key in results[small]:
            a, b = results[small][key], results[big][key]
            a, b = (a[1], b[1]) if isinstance(a, tuple) else (a, b)  # pan/zoom: the worst view
            figure(
                f"ratio {key}" + (" (max)" if key != "first" else ""),
                b / a if a else float("inf"),
                "x",
                f"{b * 1000:.1f} ms at {big:,}",
            )


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,1000000")
    args = ap.parse_args()
    run(tuple(int(s) for s in args.sizes.split(",")))


if __name__ == "__main__":
    main()
