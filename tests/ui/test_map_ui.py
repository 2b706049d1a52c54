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
    assert any(u.endswith("data/incidents.js") for u in interceptor.requested)
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
        "var layers = []; "
        "FK_MAP.eachLayer(function (l) { if (l instanceof L.MarkerClusterGroup) layers.push(l); });"
        "var m = layers[0].getLayers()[0]; "
        "layers[0].fire('click', {layer: m, latlng: m.getLatLng()});"
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
        "var layers = []; "
        "FK_MAP.eachLayer(function (l) { if (l instanceof L.MarkerClusterGroup) layers.push(l); });"
        "var m = layers[0].getLayers()[0]; "
        "layers[0].fire('click', {layer: m, latlng: m.getLatLng()});"
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
