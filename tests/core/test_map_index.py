"""The map's clusters come from the data's own index (schema step 12): counts per view agree with a direct
count of the incidents, whatever the zoom, the filter or the changes made since."""

import random

import pytest

from fieldkit import demo, mapindex
from fieldkit.incidents import IncidentFilter

WORLD = (-180, -85, 180, 85)


def direct(ws, flt=None):
    """(lat, lon) of every incident on the map for ``flt``, straight from the incidents table."""
    frm, params, _ = (flt or IncidentFilter()).to_sql()
    return ws.db.execute(f"SELECT i.lat, i.lon {frm} AND i.lat IS NOT NULL", params).fetchall()


def expected_cells(points, z, bbox=WORLD):
    """Incidents per cell of level z, counted in Python, for the cells touching ``bbox``."""
    w, s, e, n = bbox
    lo, hi = mapindex.cell_of(s, w, z), mapindex.cell_of(n, e, z)
    out = {}
    for lat, lon in points:
        c = mapindex.cell_of(lat, lon, z)
        if lo[0] <= c[0] <= hi[0] and lo[1] <= c[1] <= hi[1]:
            out[c] = out.get(c, 0) + 1
    return out


def got_cells(result, z):
    out = {}
    for lat, lon, n in result["clusters"]:
        c = mapindex.cell_of(lat, lon, z)
        out[c] = out.get(c, 0) + n
    for p in result["points"]:
        c = mapindex.cell_of(p[0], p[1], z)
        out[c] = out.get(c, 0) + 1
    return out


def stored_cells(ws, z):
    return {
        (cx, cy): n
        for cx, cy, n in ws.db.execute("SELECT cx, cy, sum(n) FROM map_cells WHERE z = ? GROUP BY cx, cy", [z])
    }


@pytest.fixture
def demo_ws(ws):
    demo.fill(ws)
    return ws


@pytest.mark.parametrize("z", [0, 3, 6, 9])
def test_clusters_per_cell_match_a_direct_count(demo_ws, z):
    ws = demo_ws
    points = direct(ws)
    assert len(points) > 100
    res = mapindex.clusters(ws, WORLD, z)
    assert res["source"] == "cells"
    assert got_cells(res, z) == expected_cells(points, z)
    assert res["total"] == len(points)
    lat, lon = points[0]
    box = (lon - 3, lat - 2, lon + 3, lat + 2)
    res = mapindex.clusters(ws, box, z)
    assert got_cells(res, z) == expected_cells(points, z, box)


@pytest.mark.parametrize(
    "flt",
    [
        IncidentFilter(severity_min=4),
        IncidentFilter(categories=["MOVE_OBS", "CLASH_CRIM"], severity_max=2),
        IncidentFilter(include_sensitive=False),
        IncidentFilter(text="convoy"),
        IncidentFilter(date_from="2026-01-01", date_to="2026-03-31"),
        IncidentFilter(status="final", tags=["night"]),
    ],
    ids=["severity", "categories", "not-sensitive", "search", "dates", "status-tags"],
)
def test_filters_apply_to_the_clusters_as_to_the_list(demo_ws, flt):
    ws = demo_ws
    points = direct(ws, flt)
    for z in (2, 7, 11):
        res = mapindex.clusters(ws, WORLD, z, flt)
        assert got_cells(res, z) == expected_cells(points, z), z
    assert mapindex.count(ws, flt)[0] == len(points)


def test_the_index_follows_every_change(ws, incident_data):
    rng = random.Random(4)
    ids = [
        ws.incidents.add({**incident_data, "lat": rng.uniform(-30, 30), "lon": rng.uniform(-60, 60)})["id"]
        for _ in range(40)
    ]
    ws.incidents.update(ids[0], {"lat": 45.5, "lon": 170.25}, reason="moved")
    ws.incidents.update(ids[1], {"severity": 5, "category": "CLASH_CRIM"}, reason="regraded")
    ws.incidents.update(ids[2], {"sensitive": True}, reason="informant")
    ws.incidents.delete(ids[3])
    ws.incidents.delete(ids[4])
    ws.incidents.restore(ids[4])
    ws.incidents.delete(ids[5])
    ws.incidents.purge(ids[5])
    ws.incidents.add({**incident_data, "lat": None, "lon": None, "status": "draft"})
    points = direct(ws)
    assert len(points) == 38
    for z in range(mapindex.MAX_LEVEL + 1):
        assert stored_cells(ws, z) == expected_cells(points, z), z
    # no empty cell is left behind, and per category the counts agree too
    assert ws.db.execute("SELECT count(*) FROM map_cells WHERE n <= 0").fetchone()[0] == 0
    clash = direct(ws, IncidentFilter(categories=["CLASH_CRIM"]))
    assert got_cells(mapindex.clusters(ws, WORLD, 5, IncidentFilter(categories=["CLASH_CRIM"])), 5) == (
        expected_cells(clash, 5)
    )
    assert mapindex.count(ws) == (38, 1)


def test_single_incidents_come_as_points_with_their_rows(ws, incident_data):
    a = ws.incidents.add({**incident_data, "title": "Alone", "lat": 10.0, "lon": 10.0})
    ws.incidents.add({**incident_data, "lat": 40.0, "lon": 40.0})
    ws.incidents.add({**incident_data, "lat": 40.0001, "lon": 40.0001})
    for z in (4, 12):
        res = mapindex.clusters(ws, WORLD, z)
        assert [p[4] for p in res["points"]] == ["Alone"] and res["points"][0][6] == a["id"]
        assert [c[2] for c in res["clusters"]] == [2]
    # zoomed right in, incidents come one by one
    res = mapindex.clusters(ws, (39.99, 39.99, 40.01, 40.01), mapindex.POINTS_ZOOM)
    assert len(res["points"]) == 2 and res["clusters"] == []


def test_a_view_across_the_antimeridian_and_odd_input(ws, incident_data):
    ws.incidents.add({**incident_data, "lat": -17.7, "lon": 178.4})
    ws.incidents.add({**incident_data, "lat": -14.3, "lon": -170.7})
    ws.incidents.add({**incident_data, "lat": 0.0, "lon": 0.0})
    for z in (3, 12):
        res = mapindex.clusters(ws, (170, -25, 195, -5), z)  # Leaflet's bounds east of 180
        assert res["total"] == 2, z
    assert mapindex.clusters(ws, (float("nan"), -90, 10, 90), "junk")["total"] == 3
    assert mapindex.clusters(ws, WORLD, 99)["zoom"] == mapindex.MAX_ZOOM


def test_extent_covers_the_incidents(demo_ws):
    w, s, e, n = mapindex.extent(demo_ws)
    for lat, lon in direct(demo_ws):
        assert w <= lon <= e and s <= lat <= n
    assert mapindex.extent(demo_ws, IncidentFilter(text="nothing-matches-this")) is None


def test_the_pyramid_of_the_exported_map_matches_the_cells(demo_ws):
    from fieldkit import maps

    rows = [r for r in maps.incident_rows(demo_ws) if r[0] is not None]
    pyr = mapindex.pyramid(rows)
    assert len(pyr) == mapindex.MAX_LEVEL + 1
    for z in (0, 5, 9):
        cells = {}
        for lat, lon, n, i in pyr[z]:
            c = mapindex.cell_of(lat, lon, z)
            cells[c] = cells.get(c, 0) + n
            assert (i >= 0) == (n == 1)
        assert cells == stored_cells(demo_ws, z)


def test_the_time_slider_weeks_cover_the_filtered_period(demo_ws):
    ws = demo_ws
    first, last = mapindex.period(ws)
    dates = [
        r[0]
        for r in ws.db.execute(
            "SELECT substr(occurred_at, 1, 10) FROM incidents WHERE deleted_at IS NULL AND lat IS NOT NULL"
        )
    ]
    assert (first, last) == (min(dates), max(dates))
    weeks = mapindex.weeks(first, last)
    assert weeks[0][0] == first and weeks[-1][1] == last
    assert all(b[0] > a[1] for a, b in zip(weeks, weeks[1:], strict=False))
    # week by week, the clusters add up to the whole period
    total = 0
    for week in weeks:
        flt = mapindex.in_week(IncidentFilter(), week)
        res = mapindex.clusters(ws, WORLD, 4, flt)
        assert res["total"] == len(direct(ws, flt))
        total += res["total"]
    assert total == len(direct(ws))
    sev = IncidentFilter(severity_min=5)
    assert mapindex.period(ws, sev)[0] >= first
    assert mapindex.period(ws, IncidentFilter(text="nothing-matches-this")) is None
    assert mapindex.weeks("2026-03-01", "2026-03-10") == [("2026-03-01", "2026-03-07"), ("2026-03-08", "2026-03-10")]


@pytest.mark.parametrize("large", [False, True], ids=["small", "large"])
def test_a_bundle_import_keeps_the_cells_in_step_and_the_trigger_back(
    tmp_path, clock, incident_data, large, monkeypatch
):
    from fieldkit.incidents import remote
    from fieldkit.sync import bundle, keys
    from tests.workspaces import Workspace

    if large:  # an import that rebuilds the incidents' indexes at its end
        monkeypatch.setattr(remote, "REBUILD_MIN_ROWS", 1)

    field, hq = Workspace(tmp_path / "field", clock=clock), Workspace(tmp_path / "hq", clock=clock)
    try:
        rng = random.Random(8)
        for k in range(60):
            field.incidents.add(
                {**incident_data, "lat": rng.uniform(-20, 20), "lon": rng.uniform(-20, 20), "severity": 1 + k % 5}
            )
        hq.trust.add(keys.public_identity(field))
        hq.incidents.add({**incident_data, "lat": 1.5, "lon": 2.5})  # already there: the import adds to its cells
        bundle.export_bundle(field, tmp_path / "b.fkb", encrypt_to_hq=False, plain=True)
        bundle.import_bundle(hq, tmp_path / "b.fkb")
        points = direct(hq)
        assert len(points) == len(direct(field)) + 1
        for z in (0, 4, 9):
            assert stored_cells(hq, z) == expected_cells(points, z), z
        names = {r[0] for r in hq.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {"map_cells_ai", "map_cells_au", "map_cells_ad", "incidents_ai"} <= names
        hq.incidents.add({**incident_data, "lat": -40.0, "lon": 100.0})  # the trigger works again
        assert stored_cells(hq, 0) == expected_cells(direct(hq), 0)
    finally:
        field.close()
        hq.close()
