"""The map inside QtWebEngine: nothing but local requests, escaped popups, click-to-pick, MBTiles."""

import base64
import json

from fieldkit import mbtiles
from ui.map.picker import PickDialog
from ui.map.web import map_profile
from ui.map.widget import MapWidget

from ..core.test_maps import HOSTILE, make_mbtiles

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def run_js(qtbot, view, script):
    result = []
    view.page().runJavaScript(script, 0, result.append)
    qtbot.waitUntil(lambda: bool(result), timeout=10000)
    return result[0]


def loaded_map(qtbot, ws, **kw):
    w = MapWidget(ws, **kw)
    qtbot.addWidget(w)
    w.resize(800, 600)
    w.show()
    with qtbot.waitSignal(w.loaded, timeout=30000) as loaded:
        w.show_map()
    w.drawn = loaded.args[0]  # how many incidents the page drew
    return w


def test_map_makes_only_local_requests(qtbot, demo_ws):
    interceptor = map_profile().interceptor
    interceptor.requested.clear()
    interceptor.blocked.clear()
    w = loaded_map(qtbot, demo_ws)
    assert w.drawn == 150
    assert any(u.endswith("leaflet.js") for u in interceptor.requested)
    # the app's page holds no incident: it asks the app for what is in its view, and only that crosses
    assert any("/clusters?" in u for u in interceptor.requested)
    shown = json.loads(
        run_js(qtbot, w, "JSON.stringify({rows: FK_INCIDENTS.length, layers: FK_LAYER.getLayers().length})")
    )
    assert shown["rows"] == 0 and shown["layers"] > 0
    non_local = [
        u for u in interceptor.requested if not u.startswith(("fieldkit://", "data:", "blob:", "about:", "qrc:"))
    ]
    assert non_local == [] and interceptor.blocked == []
    # a remote image never loads: the page settings refuse it, and so would the interceptor
    run_js(
        qtbot,
        w,
        "var i = new Image(); i.onerror = function () { document.title = 'remote-refused'; };"
        " i.onload = function () { document.title = 'remote-loaded'; };"
        " i.src = 'https://tile.openstreetmap.org/0/0/0.png'; 1",
    )
    qtbot.waitUntil(lambda: w.page().title().startswith("remote-"), timeout=10000)
    assert w.page().title() == "remote-refused"
    assert all(u.startswith("https://") is False or u in interceptor.blocked for u in interceptor.requested)


def test_interceptor_blocks_and_records_non_local_requests():
    from PySide6.QtCore import QUrl

    from ui.map.web import LocalOnlyInterceptor

    class Info:
        def __init__(self, url):
            self.url, self.blocked = QUrl(url), False

        def requestUrl(self):
            return self.url

        def block(self, flag):
            self.blocked = flag

    icp = LocalOnlyInterceptor()
    remote, local = Info("https://cdn.jsdelivr.net/npm/leaflet.js"), Info("fieldkit://map1/assets/leaflet/leaflet.js")
    icp.interceptRequest(remote)
    icp.interceptRequest(local)
    assert remote.blocked and not local.blocked
    assert icp.blocked == ["https://cdn.jsdelivr.net/npm/leaflet.js"] and len(icp.requested) == 2


def test_hostile_title_shows_as_text_in_the_popup(qtbot, ws, incident_data):
    ws.incidents.add({**incident_data, "title": HOSTILE})
    w = loaded_map(qtbot, ws)
    script = (
        "var m = FK_LAYER.getLayers().filter(function (l) { return l._fk; })[0]; "
        "m.fire('click', {latlng: m.getLatLng()});"
        "var p = document.querySelector('.fk-popup');"
        "JSON.stringify({title: p.querySelector('b').textContent, "
        "imgs: document.querySelectorAll('.fk-popup img').length,"
        " scripts: document.querySelectorAll('.fk-popup script').length, "
        "open: p.textContent.indexOf('Open in FieldKit') >= 0})"
    )
    got = json.loads(run_js(qtbot, w, script))
    assert got == {"title": HOSTILE, "imgs": 0, "scripts": 0, "open": True}


def test_click_on_map_sets_coordinates_through_the_channel(qtbot, demo_ws):
    dlg = PickDialog(demo_ws, start=(11.8, -15.2))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitSignal(dlg.map.loaded, timeout=30000).wait()
    assert not dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()
    with qtbot.waitSignal(dlg.map.bridge.pointPicked, timeout=10000):
        run_js(qtbot, dlg.map, "FK_MAP.fire('click', {latlng: L.latLng(12.34567, -15.54321)}); 1")
    assert dlg.choice == (12.34567, -15.54321)
    assert "12.34567" in dlg.label.text()
    assert dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()


def test_mbtiles_tiles_are_served_to_the_page(qtbot, ws, incident_data, tmp_path):
    ws.incidents.add(incident_data)
    pack = make_mbtiles(tmp_path / "hq.mbtiles", {(1, 0, 1): PNG, (1, 0, 0): b"bottom-row"})
    mbtiles.add_basemap(ws, pack)
    w = loaded_map(qtbot, ws)
    script = (
        "fetch('tiles/1/0/0.png').then(function (r) { return r.arrayBuffer(); })"
        ".then(function (b) { document.title = 'bytes:' + b.byteLength; }); 1"
    )
    run_js(qtbot, w, script)
    qtbot.waitUntil(lambda: w.page().title().startswith("bytes:"), timeout=10000)
    assert w.page().title() == f"bytes:{len(PNG)}"  # XYZ (1,0,0) is TMS row 1: the PNG, not the bottom row


def test_the_legend_folds_away_and_back_and_the_map_has_a_scale(qtbot, ws, incident_data):
    ws.incidents.add(incident_data)
    w = loaded_map(qtbot, ws)
    script = (
        "var head = document.querySelector('.fk-legend-head'), body = document.querySelector('.fk-legend-body');"
        "var before = body.style.display; head.click(); var folded = body.style.display; head.click();"
        "JSON.stringify({before: before, folded: folded, after: body.style.display, head: head.textContent,"
        " scale: document.querySelectorAll('.leaflet-control-scale').length})"
    )
    got = json.loads(run_js(qtbot, w, script))
    assert got["before"] == "" and got["folded"] == "none" and got["after"] == ""
    assert got["head"].endswith("Category") and got["scale"] == 1


def test_in_arabic_the_map_controls_mirror_and_popups_read_right_to_left(qtbot, ws, incident_data):
    ws.incidents.add({**incident_data, "title": "كمين قرب Bafatá (GB-BA)"})
    w = loaded_map(qtbot, ws, lang="ar")
    script = (
        "var m = FK_LAYER.getLayers().filter(function (l) { return l._fk; })[0]; "
        "m.fire('click', {latlng: m.getLatLng()});"
        "var p = document.querySelector('.fk-popup');"
        "function corner(sel) { var e = document.querySelector(sel); return e && e.parentNode.className; }"
        "JSON.stringify({popup: p.dir, title: p.querySelector('b bdi').textContent,"
        " lang: document.documentElement.lang,"
        " legend: document.querySelector('.fk-legend').dir, zoom: corner('.leaflet-control-zoom'),"
        " legend_corner: corner('.fk-legend'), scale: corner('.leaflet-control-scale')})"
    )
    got = json.loads(run_js(qtbot, w, script))
    assert got["popup"] == "rtl" and got["legend"] == "rtl" and got["lang"] == "ar"
    assert got["title"] == "كمين قرب Bafatá (GB-BA)"  # the user's text whole, in its own direction
    assert "leaflet-right" in got["zoom"] and "leaflet-top" in got["zoom"]
    assert "leaflet-left" in got["legend_corner"] and "leaflet-right" in got["scale"]


SHOWN = (
    "var b = FK_MAP.getBounds(), n = 0, pts = 0;"
    "FK_LAYER.eachLayer(function (l) { if (l._fk) { pts += 1; } else { n += l._fk_cluster; } });"
    "JSON.stringify({total: n + pts, points: pts, zoom: FK_MAP.getZoom(),"
    " bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]})"
)


def test_the_page_asks_for_each_view_as_the_map_moves(qtbot, demo_ws):
    from fieldkit import mapindex

    w = loaded_map(qtbot, demo_ws)
    first = json.loads(run_js(qtbot, w, SHOWN))
    assert first["total"] == mapindex.clusters(demo_ws, first["bbox"], first["zoom"])["total"] > 0
    interceptor = map_profile().interceptor
    asked = sum("/clusters?" in u for u in interceptor.requested)
    lat, lon = demo_ws.db.execute("SELECT lat, lon FROM incidents WHERE lat IS NOT NULL LIMIT 1").fetchone()
    run_js(qtbot, w, f"FK_MAP.setView([{lat}, {lon}], 13, {{animate: false}}); 1")
    qtbot.waitUntil(lambda: sum("/clusters?" in u for u in interceptor.requested) > asked, timeout=10000)
    qtbot.waitUntil(lambda: json.loads(run_js(qtbot, w, SHOWN))["zoom"] == 13, timeout=10000)

    def agrees():
        now = json.loads(run_js(qtbot, w, SHOWN))
        return now["total"] == mapindex.clusters(demo_ws, now["bbox"], now["zoom"])["total"] and now["points"] >= 1

    qtbot.waitUntil(agrees, timeout=10000)
    # a malformed view is refused, and the page keeps what it shows
    status = []
    run_js(
        qtbot,
        w,
        "var x = new XMLHttpRequest(); x.open('GET', 'clusters?w=junk&s=1&e=2&n=3&z=4');"
        " x.onloadend = function () { document.title = 'status:' + x.status; }; x.send(); 1",
    )
    qtbot.waitUntil(lambda: w.page().title().startswith("status:"), timeout=10000)
    status.append(w.page().title())
    assert status != ["status:200"]


def test_the_exported_page_clusters_from_its_own_pyramid(qtbot, demo_ws):
    """The exported page (no app behind it) shows per view what the app would: from its pyramid at low zooms,
    from its rows grouped by the same grid deeper in."""
    from PySide6.QtCore import QUrl

    from fieldkit import mapindex, maps

    w = MapWidget(demo_ws)
    qtbot.addWidget(w)
    w.resize(800, 600)
    w.show()
    page = maps.build_map(demo_ws)  # as exported: rows and pyramid in the page, no clusters route
    assert b"FK_PYRAMID" in page.files["data/clusters.js"]
    w.handler.publish(w.host, page, None)
    w.load(QUrl(f"fieldkit://{w.host}/index.html"))
    qtbot.waitUntil(lambda: w.page().title().startswith("fieldkit-map-ready:"), timeout=30000)
    lat, lon = demo_ws.db.execute("SELECT lat, lon FROM incidents WHERE lat IS NOT NULL LIMIT 1").fetchone()
    for zoom in (3, 6, 12):
        run_js(qtbot, w, f"FK_MAP.setView([{lat}, {lon}], {zoom}, {{animate: false}}); FK_REFRESH(); 1")
        now = json.loads(run_js(qtbot, w, SHOWN))
        assert now["zoom"] == zoom
        want = mapindex.clusters(demo_ws, now["bbox"], zoom)
        got = now["total"]
        if zoom <= mapindex.MAX_LEVEL:  # the app counts whole cells touching the view; the page the cells inside
            assert 0 < got <= want["total"]
        else:
            assert got == want["total"] > 0


def test_town_labels_and_the_place_search_fly_there(qtbot, ws, incident_data, monkeypatch):
    from fieldkit import places
    from ui.map.view import MapView

    from ..core.test_places import COUNTRIES, SAMPLE

    hostile = {**SAMPLE[0], "geonameid": 9, "name": "<b>Gabú</b> & co", "latitude": 12.33}
    gaz = places.Gazetteer(records=[*SAMPLE, hostile], countries=COUNTRIES)
    gaz.ensure()
    monkeypatch.setattr(places, "default", lambda: gaz)
    ws.incidents.add(incident_data)
    view = MapView(ws)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    with qtbot.waitSignal(view.web.loaded, timeout=30000):
        view.reload()
    view.find_box.setText("Mansoa")
    job = view.find_place()
    qtbot.waitUntil(lambda: job.done, timeout=10000)
    want = (
        "JSON.stringify({z: FK_MAP.getZoom(), c: FK_MAP.getCenter(), towns: FK_TOWNS.getLayers().map("
        "function (m) { var e = m.getElement(); return e ? e.textContent + '|' + e.querySelectorAll('b').length"
        " : ''; })})"
    )

    def arrived(lat, town):
        got = json.loads(run_js(qtbot, view.web, want))
        return got["z"] == 11 and abs(got["c"]["lat"] - lat) < 0.01 and any(t.startswith(town) for t in got["towns"])

    qtbot.waitUntil(lambda: arrived(12.07333, "Mansôa|"), timeout=15000)
    view.go_to(gaz.get(9))
    qtbot.waitUntil(lambda: arrived(12.33, "<b>Gabú</b>"), timeout=15000)
    towns = json.loads(run_js(qtbot, view.web, want))["towns"]
    assert "<b>Gabú</b> & co|0" in towns and "Gabú|0" in towns  # names are text, never HTML
    view.find_box.setText("Gab")  # several places: a list to choose from
    job = view.find_place()
    qtbot.waitUntil(lambda: job.done, timeout=10000)
    assert sorted(a.text() for a in view.places_menu.actions()) == [
        "<b>Gabú</b> && co, Guinea-Bissau",  # && shows as one &: no shortcut is made of user text
        "Gabrovo, Bulgaria",
        "Gabú, Guinea-Bissau",
    ]
    view.places_menu.close()


def test_week_by_week_and_the_heatmap_use_the_same_view_queries(qtbot, demo_ws):
    from fieldkit import mapindex
    from fieldkit.incidents import IncidentFilter
    from ui.map.view import MapView

    view = MapView(demo_ws)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    with qtbot.waitSignal(view.web.loaded, timeout=30000):
        view.reload()
    assert view.weeks and view.weeks[0][0] == mapindex.period(demo_ws)[0]
    busiest = max(
        range(len(view.weeks)),
        key=lambda i: mapindex.count(demo_ws, mapindex.in_week(IncidentFilter(), view.weeks[i]))[0],
    )
    view.week_box.setChecked(True)
    view.week_slider.setValue(busiest)
    qtbot.waitUntil(lambda: view.web.week == view.weeks[busiest], timeout=5000)
    week = mapindex.in_week(None, view.weeks[busiest])

    def shows_the_week():
        now = json.loads(run_js(qtbot, view.web, SHOWN))
        return now["total"] == mapindex.clusters(demo_ws, now["bbox"], now["zoom"], week)["total"] > 0

    qtbot.waitUntil(shows_the_week, timeout=10000)
    assert json.loads(run_js(qtbot, view.web, SHOWN))["total"] < 150
    n = mapindex.count(demo_ws, week)[0]
    label = f"{view.weeks[busiest][0]} to {view.weeks[busiest][1]} · {n} incident(s) this week"
    assert view.week_label.text() == label
    view.heat_box.setChecked(True)
    heat = (
        "JSON.stringify([document.querySelectorAll('canvas.leaflet-heatmap-layer').length,"
        " FK_LAYER.getLayers().length])"
    )
    qtbot.waitUntil(lambda: json.loads(run_js(qtbot, view.web, heat)) == [1, 0], timeout=10000)
    view.heat_box.setChecked(False)
    qtbot.waitUntil(lambda: json.loads(run_js(qtbot, view.web, heat))[0] == 0, timeout=10000)
    view.week_box.setChecked(False)
    qtbot.waitUntil(lambda: json.loads(run_js(qtbot, view.web, SHOWN))["total"] == 150, timeout=10000)


def test_the_exported_page_has_its_own_heatmap_switch(qtbot, demo_ws):
    from PySide6.QtCore import QUrl

    from fieldkit import maps

    w = MapWidget(demo_ws)
    qtbot.addWidget(w)
    w.resize(800, 600)
    w.show()
    w.handler.publish(w.host, maps.build_map(demo_ws), None)
    w.load(QUrl(f"fieldkit://{w.host}/index.html"))
    qtbot.waitUntil(lambda: w.page().title().startswith("fieldkit-map-ready:"), timeout=30000)
    script = (
        "var box = document.querySelector('.leaflet-top.leaflet-right input[type=checkbox]'); box.click();"
        "JSON.stringify([box.parentNode.textContent, document.querySelectorAll('canvas.leaflet-heatmap-layer').length])"
    )
    assert json.loads(run_js(qtbot, w, script)) == [" Heatmap", 1]


def test_the_pack_manager_lists_packs_as_text_and_the_map_can_pick_the_best(qtbot, ws, incident_data, tmp_path):
    from ui.map.view import MapView

    from ..core.test_basemap_packs import world_pack

    ws.incidents.add(incident_data)
    mbtiles.add_basemap(ws, world_pack(tmp_path / "world.mbtiles", zooms=range(0, 3), attribution=HOSTILE))
    view = MapView(ws)
    qtbot.addWidget(view)
    assert view.basemap.findData(mbtiles.AUTO) == 1
    dlg = view.show_packs()
    t = dlg.table
    assert [t.item(0, c).text() for c in range(t.columnCount())] == [
        "world.mbtiles",
        "Test pack",
        "0–2",
        "-180, -85.0511, 180, 85.0511",
        "0.0 MB",
        HOSTILE,
    ]
    dlg.close()
    view.basemap.setCurrentIndex(view.basemap.findData(mbtiles.AUTO))
    assert ws.settings.get("basemap") == mbtiles.AUTO
    view.resize(800, 600)
    view.show()
    with qtbot.waitSignal(view.web.loaded, timeout=30000):
        view.reload()
    script = (
        "fetch('tiles/1/0/0.png').then(function (r) { return r.text(); })"
        ".then(function (b) { document.title = 'tile:' + b; }); 1"
    )
    run_js(qtbot, view.web, script)
    qtbot.waitUntil(lambda: view.web.page().title().startswith("tile:"), timeout=10000)
    assert view.web.page().title() == "tile:tile1/0/1"  # XYZ row 0 is TMS row 1, from the one pack
