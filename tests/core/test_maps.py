import re
import sqlite3
from pathlib import Path

import pytest

from fieldkit import maps, mbtiles
from fieldkit.errors import FieldkitError
from fieldkit.incidents import IncidentFilter

HOSTILE = "<img src=x onerror=alert(1)></script><script>alert(2)</script>"
URL = re.compile(rb"https?://", re.I)


def test_page_and_data_reference_nothing_remote(ws, incident_data):
    ws.incidents.add({**incident_data, "title": HOSTILE})
    page = maps.build_map(ws)
    assert not URL.search(page.html.encode()), "remote URL in the HTML"
    for name, data in page.files.items():
        assert not URL.search(data), name
    for ref in re.findall(r'(?:src|href)="([^"]+)"', page.html):
        assert ref in maps.asset_files() or ref in page.files, ref


def test_hostile_text_cannot_break_out_of_the_data(ws, incident_data):
    ws.incidents.add({**incident_data, "title": HOSTILE})
    data = maps.build_map(ws).files["data/incidents.js"].decode()
    assert "<" not in data and "\\u003cimg src=x onerror=alert(1)>" in data


def test_same_filters_as_the_list(ws, incident_data):
    ws.incidents.add({**incident_data, "title": "A", "severity": 5})
    ws.incidents.add({**incident_data, "title": "B", "severity": 1})
    page = maps.build_map(ws, IncidentFilter(severity_min=4))
    assert page.count == 1 and '"A"' in page.files["data/incidents.js"].decode()


def test_export_is_self_contained(ws, incident_data, tmp_path):
    ws.incidents.add(incident_data)
    out = maps.export_map(ws, tmp_path / "m" / "mission-map.html")
    html = out.read_text()
    assert not URL.search(html.encode())
    for ref in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert (out.parent / ref).is_file(), ref
    assert (out.parent / "mission-map_files" / "assets" / "leaflet" / "images" / "marker-icon.png").is_file()
    folder = maps.export_map(ws, tmp_path / "dir")
    assert folder == tmp_path / "dir" / "index.html" and (tmp_path / "dir" / "data" / "incidents.js").is_file()


def test_the_exported_map_leaves_sensitive_incidents_out_unless_asked(ws, incident_data, tmp_path, capsys):
    ws.incidents.add({**incident_data, "title": "Open report"})
    ws.incidents.add({**incident_data, "title": "Informant's account", "sensitive": True})
    data = tmp_path / "a_files" / "data" / "incidents.js"
    maps.export_map(ws, tmp_path / "a.html")
    assert "Open report" in data.read_text() and "Informant" not in data.read_text()
    maps.export_map(ws, tmp_path / "a.html", include_sensitive=True)
    assert "Informant" in data.read_text()
    # the app's own map shows them all (it never leaves the workspace)
    assert maps.build_map(ws).count == 2
    from fieldkit.cli import main

    folder = str(ws.folder)
    ws.close()
    assert main(["--data-dir", folder, "map", "--out", str(tmp_path / "c.html")]) == 0
    assert "sensitive incidents left out" in capsys.readouterr().out
    assert "Informant" not in (tmp_path / "c_files" / "data" / "incidents.js").read_text()


def make_mbtiles(path: Path, tiles: dict) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    conn.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
    conn.executemany(
        "INSERT INTO metadata VALUES (?, ?)",
        [("name", "Test pack"), ("format", "png"), ("minzoom", "0"), ("maxzoom", "2"), ("attribution", "HQ GIS cell")],
    )
    for (z, x, tms_y), data in tiles.items():
        conn.execute("INSERT INTO tiles VALUES (?, ?, ?, ?)", (z, x, tms_y, data))
    conn.commit()
    conn.close()
    return path


def test_mbtiles_rows_are_flipped(tmp_path):
    # at zoom 2 the XYZ tile (x=1, y=0) (top row) is stored as TMS row 3
    p = make_mbtiles(tmp_path / "t.mbtiles", {(2, 1, 3): b"top", (2, 1, 0): b"bottom"})
    t = mbtiles.MBTiles(p)
    assert t.tile(2, 1, 0) == b"top"
    assert t.tile(2, 1, 3) == b"bottom"
    assert t.tile(2, 1, 1) is None and t.tile(2, 9, 0) is None and t.tile(-1, 0, 0) is None
    assert t.mime == "image/png" and t.maxzoom == 2 and t.name == "Test pack"


def test_adding_a_basemap_refuses_junk(ws, tmp_path):
    junk = tmp_path / "junk.mbtiles"
    junk.write_bytes(b"not sqlite at all")
    with pytest.raises(FieldkitError):
        mbtiles.add_basemap(ws, junk)
    assert mbtiles.list_basemaps(ws) == []
    good = make_mbtiles(tmp_path / "pack.mbtiles", {(0, 0, 0): b"x"})
    mbtiles.add_basemap(ws, good)
    assert [p.name for p in mbtiles.list_basemaps(ws)] == ["pack.mbtiles"]
    assert mbtiles.active_basemap(ws).name == "Test pack"


def test_a_basemap_attribution_reaches_the_page_as_text(ws, tmp_path):
    p = make_mbtiles(tmp_path / "evil.mbtiles", {(0, 0, 0): b"x"})
    conn = sqlite3.connect(p)
    conn.execute("UPDATE metadata SET value = ? WHERE name = 'attribution'", ['<img src=x onerror="steal()">GIS'])
    conn.commit()
    conn.close()
    page = maps.build_map(ws, tiles=mbtiles.MBTiles(p))
    options = page.files["data/options.js"].decode()
    assert "<img" not in options and "&lt;img src=x onerror=&quot;steal()&quot;&gt;GIS" in options


def test_drafts_without_a_location_are_left_off_the_map_and_counted(ws, incident_data):
    ws.incidents.add({**incident_data, "title": "Placed"})
    ws.incidents.add({**incident_data, "title": "Somewhere", "status": "draft", "lat": None, "lon": None})
    page = maps.build_map(ws)
    data = page.files["data/incidents.js"].decode()
    assert (page.count, page.unplaced) == (1, 1)
    assert '"Placed"' in data and "Somewhere" not in data and "null" not in data


def test_the_app_page_carries_no_incident_and_the_export_its_pyramid(ws, incident_data):
    ws.incidents.add({**incident_data, "title": "Kept in the workspace"})
    ws.incidents.add({**incident_data, "lat": None, "lon": None, "status": "draft"})
    app = maps.build_map(ws, app=True)
    assert "Kept in the workspace" not in b"".join(app.files.values()).decode()
    assert (app.count, app.unplaced) == (1, 1)
    assert '"source":"app"' in app.files["data/options.js"].decode()
    exported = maps.build_map(ws)
    assert "FK_PYRAMID = [[[11.86,-15.6,1,0]]" in exported.files["data/clusters.js"].decode()
    assert '"extent":[-15.6,11.86,-15.6,11.86]' in exported.files["data/options.js"].decode()


def test_town_labels_grow_in_number_as_the_map_zooms_in():
    from fieldkit import places

    from .test_places import COUNTRIES, SAMPLE

    gaz = places.Gazetteer(records=SAMPLE, countries=COUNTRIES)
    box = (-16, 11, -13, 13)
    assert maps.town_labels(gaz, box, 2) == []
    assert [t[2] for t in maps.town_labels(gaz, box, 7)] == ["Gabú", "Bafatá"]  # 30,000 people or more
    assert [t[2] for t in maps.town_labels(gaz, box, 12)] == ["Gabú", "Bafatá", "Mansôa", "Jabicunda"]
    assert maps.town_labels(gaz, (170, 30, 200, 50), 12) == []
    assert [t[2] for t in maps.town_labels(gaz, (20, 40, 390, 45), 12)] == ["Gabrovo"]
