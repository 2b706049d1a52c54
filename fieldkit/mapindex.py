"""Clusters computed where the data is: what the map shows of a view, asked as the map moves.

The grid is the one of schema step 12 (``db/migrations/0012_map_index.sql``): a cell of level z is 90 / 2^z
degrees on each side (about 64 screen pixels at web zoom z); ``cx = floor((lon + 180) / size)``,
``cy = floor((lat + 90) / size)``. For zooms 0..MAX_LEVEL the table ``map_cells`` (kept in step by the schema's
triggers on ``incidents``) holds the counts per cell, category, severity and sensitivity, so a view is answered
by reading at most a few hundred cells whatever the number of incidents. A filter the cells cannot answer (a
search, dates, status, tags, an area, given ids, the trash) and zooms above MAX_LEVEL (where a view holds few
incidents) are grouped from the rows themselves, by the same grid, with the incidents' own indexes.

``clusters()`` returns only what is in the view: clusters ``[lat, lon, n]`` (drawn at the mean of their
incidents) and single incidents as points ``[lat, lon, severity, category, title, date, id]`` (the rows of
``maps.incident_rows``). ``pyramid()`` computes the same cells from rows in memory, for the exported offline map.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math

from . import storage
from .incidents import IncidentFilter

MAX_LEVEL = 9  # the deepest level stored in map_cells (schema step 12)
MAX_ZOOM = 18
POINTS_ZOOM = 16  # from this zoom a view shows its incidents one by one (up to POINT_LIMIT), not clustered
POINT_LIMIT = 2000  # single incidents sent for one view at most; beyond, they stay clusters of 1
POINT_COLUMNS = "i.lat, i.lon, i.severity, i.category, i.title, substr(i.occurred_at, 1, 10), i.id"


def cell_size(z: int) -> float:
    return 90.0 / (1 << z)


def cell_of(lat: float, lon: float, z: int) -> tuple[int, int]:
    """The cell (cx, cy) of level z holding a point: the same arithmetic as the schema's triggers."""
    size = cell_size(z)
    return int((lon + 180.0) / size), int((lat + 90.0) / size)


def cell_bounds(cx: int, cy: int, z: int) -> tuple[float, float, float, float]:
    size = cell_size(z)
    return cx * size - 180.0, cy * size - 90.0, (cx + 1) * size - 180.0, (cy + 1) * size - 90.0


def from_cells(flt: IncidentFilter) -> bool:
    """Whether map_cells can answer this filter (its parts are category, severity and sensitivity)."""
    f = flt
    return not (
        (f.text or "").strip()
        or f.date_from
        or f.date_to
        or f.bbox
        or f.status
        or f.tags
        or f.trash
        or f.ids is not None
    )


def _cell_where(flt: IncidentFilter) -> tuple[str, list]:
    where, params = [], []
    if flt.categories:
        where.append(f"category IN ({','.join('?' * len(flt.categories))})")
        params += [c.upper() for c in flt.categories]
    if flt.severity_min is not None:
        where.append("severity >= ?")
        params.append(int(flt.severity_min))
    if flt.severity_max is not None:
        where.append("severity <= ?")
        params.append(int(flt.severity_max))
    if not flt.include_sensitive:
        where.append("sensitive = 0")
    return "".join(" AND " + w for w in where), params


def lon_ranges(west: float, east: float) -> list[tuple[float, float]]:
    """A view's longitudes as ranges within [-180, 180] (two when it crosses the antimeridian)."""
    if not (math.isfinite(west) and math.isfinite(east)) or east - west >= 360 or east < west:
        return [(-180.0, 180.0)]
    w = (west + 180.0) % 360.0 - 180.0
    e = w + (east - west)
    if e <= 180.0:
        return [(w, e)]
    return [(w, 180.0), (-180.0, e - 360.0)]


def _clamp_lat(v: float) -> float:
    return max(-90.0, min(90.0, v)) if math.isfinite(v) else 0.0


def _zoom(zoom) -> int:
    try:
        return max(0, min(MAX_ZOOM, int(zoom)))
    except (TypeError, ValueError, OverflowError):
        return 0


def clusters(ws, bbox, zoom, flt: IncidentFilter | None = None) -> dict:
    """What the map shows of the view ``bbox`` = (west, south, east, north) at ``zoom``, for ``flt``:
    ``{"zoom", "clusters": [[lat, lon, n]], "points": [[lat, lon, severity, category, title, date, id]],
    "total": incidents in the view, "source": "cells" | "rows"}``."""
    flt = flt or IncidentFilter()
    z = _zoom(zoom)
    west, south, east, north = (float(v) for v in bbox)
    south, north = sorted((_clamp_lat(south), _clamp_lat(north)))
    ranges = lon_ranges(west, east)
    if z <= MAX_LEVEL and from_cells(flt):
        out = _from_cells(ws, z, south, north, ranges, flt)
    else:
        out = _from_rows(ws, z, south, north, ranges, flt)
    out["zoom"] = z
    out["total"] = sum(c[2] for c in out["clusters"]) + len(out["points"])
    return out


def _from_cells(ws, z, south, north, ranges, flt) -> dict:
    dims, dparams = _cell_where(flt)
    size = cell_size(z)
    cy0, cy1 = int((south + 90.0) / size), int((north + 90.0) / size)
    cells = []
    for w, e in ranges:
        cx0, cx1 = int((w + 180.0) / size), int((e + 180.0) / size)
        cells += ws.db.execute(
            "SELECT cx, cy, sum(n), sum(slat), sum(slon) FROM map_cells "
            f"WHERE z = ? AND cx BETWEEN ? AND ? AND cy BETWEEN ? AND ?{dims} GROUP BY cx, cy",
            [z, cx0, cx1, cy0, cy1, *dparams],
        ).fetchall()
    out_clusters, points = [], []
    for cx, cy, n, slat, slon in cells:
        if n <= 0:
            continue
        if n == 1 and len(points) < POINT_LIMIT:
            w, s, e, nn = cell_bounds(cx, cy, z)
            row = _run(
                ws,
                flt,
                f"SELECT {POINT_COLUMNS} {{frm}} AND i.lat >= ? AND i.lat < ? AND i.lon >= ? AND i.lon < ? LIMIT 1",
                [s, nn, w, e],
                "fetchone",
            )
            if row is not None:
                points.append(list(row))
                continue
        out_clusters.append([slat / n, slon / n, n])
    return {"clusters": out_clusters, "points": points, "source": "cells"}


def _sql(flt: IncidentFilter, index: bool = True) -> tuple[str, list]:
    """The filter's FROM ... WHERE, with the index the map's queries need named: SQLite's planner (no statistics)
    would otherwise walk the index of live incidents (idx_incidents_deleted_occurred), i.e. every one, for a view
    of a few. A search drives its own loop; dates use the date index (a week of the time slider is a small part),
    else the position."""
    frm, params, uses_fts = flt.to_sql()
    if index and not uses_fts:
        name = "idx_incidents_occurred" if (flt.date_from or flt.date_to) else "idx_incidents_latlon"
        frm = frm.replace("FROM incidents i ", f"FROM incidents i INDEXED BY {name} ", 1)
    return frm, params


def _run(ws, flt: IncidentFilter, sql: str, params: list, method: str = "fetchall"):
    """``sql`` with ``{frm}`` replaced by the filter's FROM ... WHERE; without the index hint if that index is
    missing (a large import rebuilds the indexes at its end)."""
    frm, fparams = _sql(flt)
    try:
        return getattr(ws.db.execute(sql.replace("{frm}", frm), [*fparams, *params]), method)()
    except storage.OperationalError:
        frm, fparams = _sql(flt, index=False)
        return getattr(ws.db.execute(sql.replace("{frm}", frm), [*fparams, *params]), method)()


def _view_sql(south, north, w, e) -> tuple[str, list]:
    return " AND i.lat BETWEEN ? AND ? AND i.lon BETWEEN ? AND ?", [south, north, w, e]


def _from_rows(ws, z, south, north, ranges, flt) -> dict:
    size = cell_size(z)
    if z >= POINTS_ZOOM:
        rows = []
        for w, e in ranges:
            cond, cparams = _view_sql(south, north, w, e)
            rows += _run(ws, flt, f"SELECT {POINT_COLUMNS} {{frm}}{cond} LIMIT ?", [*cparams, POINT_LIMIT + 1])
        if len(rows) <= POINT_LIMIT:
            return {"clusters": [], "points": [list(r) for r in rows], "source": "rows"}
    groups = []
    for w, e in ranges:
        cond, cparams = _view_sql(south, north, w, e)
        groups += _run(
            ws,
            flt,
            f"SELECT CAST((i.lon + 180.0) / {size!r} AS INTEGER) AS cx, "
            f"CAST((i.lat + 90.0) / {size!r} AS INTEGER) AS cy, count(*), sum(i.lat), sum(i.lon), min(i.rowid) "
            f"{{frm}}{cond} GROUP BY cx, cy",
            cparams,
        )
    out_clusters, single = [], []
    for _cx, _cy, n, slat, slon, rowid in groups:
        if n == 1 and len(single) < POINT_LIMIT:
            single.append(rowid)
        else:
            out_clusters.append([slat / n, slon / n, n])
    points = []
    for start in range(0, len(single), 900):
        chunk = single[start : start + 900]
        points += [
            list(r)
            for r in ws.db.execute(
                f"SELECT {POINT_COLUMNS} FROM incidents i WHERE i.rowid IN ({','.join('?' * len(chunk))})", chunk
            )
        ]
    return {"clusters": out_clusters, "points": points, "source": "rows"}


def count(ws, flt: IncidentFilter | None = None) -> tuple[int, int]:
    """(incidents on the map, incidents the filter matches that have no location yet)."""
    flt = flt or IncidentFilter()
    frm, params, _ = flt.to_sql()
    if from_cells(flt):
        dims, dparams = _cell_where(flt)
        placed = ws.db.execute(f"SELECT coalesce(sum(n), 0) FROM map_cells WHERE z = 0{dims}", dparams).fetchone()[0]
    else:
        placed = _run(ws, flt, "SELECT count(*) {frm} AND i.lat IS NOT NULL", [], "fetchone")[0]
    unplaced = ws.db.execute(f"SELECT count(*) {frm} AND i.lat IS NULL", params).fetchone()[0]
    return placed, unplaced


def extent(ws, flt: IncidentFilter | None = None) -> list[float] | None:
    """[west, south, east, north] of the incidents on the map (to the nearest cell of MAX_LEVEL where the
    cells answer the filter), or None when there are none."""
    flt = flt or IncidentFilter()
    if from_cells(flt):
        dims, dparams = _cell_where(flt)
        row = ws.db.execute(
            f"SELECT min(cx), min(cy), max(cx), max(cy) FROM map_cells WHERE z = ?{dims}", [MAX_LEVEL, *dparams]
        ).fetchone()
        if row[0] is None:
            return None
        w, s, _, _ = cell_bounds(row[0], row[1], MAX_LEVEL)
        _, _, e, n = cell_bounds(row[2], row[3], MAX_LEVEL)
        return [max(-180.0, w), max(-90.0, s), min(180.0, e), min(90.0, n)]
    row = _run(
        ws, flt, "SELECT min(i.lon), min(i.lat), max(i.lon), max(i.lat) {frm} AND i.lat IS NOT NULL", [], "fetchone"
    )
    return None if row[0] is None else list(row)


def pyramid(rows: list[list], levels: int = MAX_LEVEL) -> list[list[list]]:
    """The cells of levels 0..``levels`` of ``rows`` (lat, lon first), for the exported map: per level a list of
    ``[lat, lon, n, i]`` (mean position, count, and the index in ``rows`` of a cell's only incident, else -1)."""
    out = []
    for z in range(levels + 1):
        size = cell_size(z)
        cells: dict[tuple[int, int], list] = {}
        for i, r in enumerate(rows):
            key = (int((r[1] + 180.0) / size), int((r[0] + 90.0) / size))
            c = cells.get(key)
            if c is None:
                cells[key] = [r[0], r[1], 1, i]
            else:
                c[0] += r[0]
                c[1] += r[1]
                c[2] += 1
                c[3] = -1
        out.append([[round(c[0] / c[2], 5), round(c[1] / c[2], 5), c[2], c[3]] for c in cells.values()])
    return out


def categories(ws, flt: IncidentFilter | None = None) -> list[str]:
    """The categories of the incidents on the map (for the legend)."""
    flt = flt or IncidentFilter()
    if from_cells(flt):
        dims, dparams = _cell_where(flt)
        sql = f"SELECT DISTINCT category FROM map_cells WHERE z = 0{dims}"
        return [c for (c,) in ws.db.execute(sql, dparams)]
    return [c for (c,) in _run(ws, flt, "SELECT DISTINCT i.category {frm} AND i.lat IS NOT NULL", [])]


def period(ws, flt: IncidentFilter | None = None) -> tuple[str, str] | None:
    """The first and last day (YYYY-MM-DD) of the incidents on the map for ``flt``, or None."""
    flt = flt or IncidentFilter()
    days = []
    for order in ("ASC", "DESC"):
        frm, params, uses_fts = flt.to_sql()
        if not uses_fts:  # walk the date index from one end to the first incident that matches
            frm = frm.replace("FROM incidents i ", "FROM incidents i INDEXED BY idx_incidents_occurred ", 1)
        row = ws.db.execute(
            f"SELECT substr(i.occurred_at, 1, 10) {frm} AND i.lat IS NOT NULL ORDER BY i.occurred_at {order} LIMIT 1",
            params,
        ).fetchone()
        if row is None:
            return None
        days.append(row[0])
    return days[0], days[1]


def weeks(first: str, last: str) -> list[tuple[str, str]]:
    """The weeks of the time slider: seven days each from ``first`` (the last one ends on ``last``)."""
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    out = []
    while start <= end:
        stop = min(start + dt.timedelta(days=6), end)
        out.append((start.isoformat(), stop.isoformat()))
        start += dt.timedelta(days=7)
    return out


def in_week(flt: IncidentFilter | None, week: tuple[str, str]) -> IncidentFilter:
    """The filter narrowed to one week of its period (the weeks lie within the filter's own dates)."""
    return dataclasses.replace(flt or IncidentFilter(), date_from=week[0], date_to=week[1])
