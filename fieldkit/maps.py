"""Offline maps with folium: every script, stylesheet and image comes from the installed app.

Leaflet comes from the PyPI package xstatic-leaflet and the cluster styles from
xstatic-leaflet-markercluster (installed, never copied into the repository); the basemap is the
Natural Earth GeoJSON in resources/basemap. Clusters are computed where the data is (``mapindex``): the app's page
asks the app for each view it shows; the exported page carries its rows (``data/incidents.js``) and a cluster
pyramid (``data/clusters.js``). Popups are built in the page with ``textContent``: user text is never HTML.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
from dataclasses import dataclass, field
from html import escape as html_escape
from pathlib import Path

import folium
from branca.element import MacroElement
from jinja2 import Template

from . import languages, mapindex, paths
from .incidents import IncidentFilter
from .palette import CATEGORY_COLOURS, SEVERITY_COLOURS

ATTRIBUTION = "Natural Earth (public domain) | Leaflet"


def asset_files() -> dict[str, Path]:
    """URL path (relative to the page) -> installed file."""
    import xstatic.pkg.leaflet as xl
    import xstatic.pkg.leaflet_markercluster as xm

    lf, mc = Path(xl.BASE_DIR), Path(xm.BASE_DIR)
    files = {
        "assets/leaflet/leaflet.js": lf / "leaflet.js",
        "assets/leaflet/leaflet.css": lf / "leaflet.css",
        "assets/markercluster/leaflet.markercluster.js": mc / "leaflet.markercluster.js",
        "assets/markercluster/MarkerCluster.css": mc / "MarkerCluster.css",
        "assets/markercluster/MarkerCluster.Default.css": mc / "MarkerCluster.Default.css",
    }
    # Leaflet.heat (BSD-2-Clause, V. Agafonkin), as the installed folium package ships it for its HeatMap plugin
    files["assets/heat/leaflet-heat.js"] = Path(folium.__file__).parent / "templates" / "leaflet_heat.min.js"
    for img in (lf / "images").iterdir():
        files[f"assets/leaflet/images/{img.name}"] = img
    return files


def _js_data(name: str, value) -> bytes:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"window.{name} = {text};\n".encode()


_LAYER = Template("""
{% macro script(this, kwargs) %}
(function () {
  var map = {{ this._parent.get_name() }};
  var opts = window.FK_OPTIONS || {};
  if (!map.options.maxZoom) { map.options.maxZoom = 18; }  // there is no tile layer to set it
  // right-to-left languages (Arabic): the controls move to the mirrored corners, popups and the legend read
  // right to left, and each text the user wrote (titles, place names, codes) keeps its own direction (bdi)
  var rtl = opts.dir === "rtl";
  document.documentElement.lang = opts.lang || "en";
  if (rtl) {
    if (map.zoomControl) { map.zoomControl.setPosition("topright"); }
    map.attributionControl.setPosition("bottomleft");
    var scale = map.getContainer().querySelector(".leaflet-control-scale");  // folium adds it with no handle
    if (scale) { map._controlCorners.bottomright.appendChild(scale); }
  }
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(opts.attribution || "");
  var base = L.geoJSON(window.FK_BASEMAP, {interactive: false,
      style: {color: "#868e96", weight: 0.6, fillColor: "#f1f3f5", fillOpacity: 1}}).addTo(map);
  if (opts.tiles) {
    L.tileLayer(opts.tiles.url, {minZoom: opts.tiles.minzoom, maxZoom: opts.tiles.maxzoom, maxNativeZoom: opts.tiles.maxzoom,
                                 attribution: opts.tiles.attribution || ""}).addTo(map);
  }
  function text(tag, value, cls) { var e = document.createElement(tag); e.textContent = value; if (cls) e.className = cls; return e; }
  var bridge = null;
  var palette = opts.palette || {};
  var rows = window.FK_INCIDENTS || [];  // the exported map's rows; the app's page asks for each view instead
  var pyramid = window.FK_PYRAMID || [];
  var towns = L.layerGroup().addTo(map);  // the gazetteer's town labels (app only), under the incidents
  var layer = L.layerGroup().addTo(map);
  window.FK_LAYER = layer;
  window.FK_TOWNS = towns;
  function popup(r, ll) {
    var box = document.createElement("div");
    box.className = "fk-popup";
    box.dir = opts.dir || "ltr";
    var title = text("b", "");
    title.appendChild(text("bdi", r[4]));
    box.appendChild(title);
    box.appendChild(document.createElement("br"));
    var line = text("span", "");
    [r[5], opts.labels[r[3]] || r[3], opts.severity_word + " " + r[2]].forEach(function (part, k) {
      if (k) { line.appendChild(document.createTextNode(" · ")); }
      line.appendChild(text("bdi", part));
    });
    box.appendChild(line);
    if (bridge) {
      box.appendChild(document.createElement("br"));
      var a = text("a", opts.open_word);
      a.href = "#";
      a.onclick = function (e) { e.preventDefault(); bridge.openIncident(r[6]); };
      box.appendChild(a);
    }
    L.popup().setLatLng(ll).setContent(box).openOn(map);
  }
  function near(lon) {  // the copy of a longitude in the world shown (the view may lie east of 180)
    var w = map.getBounds().getWest();
    while (lon < w) { lon += 360; }
    while (lon >= w + 360) { lon -= 360; }
    return lon;
  }
  function merged(clusters) {
    // grid cells cut a group of incidents in up to four: clusters closer than 40 px on screen are drawn as one
    // (at the mean of their incidents; the counts add up)
    var out = [], grid = {}, R = 40;
    clusters.slice().sort(function (a, b) { return b[2] - a[2]; }).forEach(function (c) {
      var p = map.latLngToLayerPoint([c[0], near(c[1])]), gx = Math.floor(p.x / R), gy = Math.floor(p.y / R), hit = null;
      for (var dx = -1; dx <= 1 && !hit; dx++) {
        for (var dy = -1; dy <= 1 && !hit; dy++) {
          (grid[(gx + dx) + ":" + (gy + dy)] || []).forEach(function (o) { if (!hit && o.p.distanceTo(p) < R) hit = o; });
        }
      }
      if (hit) {
        var n = hit.c[2] + c[2];
        hit.c = [(hit.c[0] * hit.c[2] + c[0] * c[2]) / n, (hit.c[1] * hit.c[2] + near(c[1]) * c[2]) / n, n];
      } else {
        var o = {c: [c[0], near(c[1]), c[2]], p: p}, k = gx + ":" + gy;
        (grid[k] = grid[k] || []).push(o);
        out.push(o);
      }
    });
    return out.map(function (o) { return o.c; });
  }
  var heat = null, heatOn = !!opts.heat;
  function drawHeat(data) {  // the same clusters and points, as a heatmap weighted by their counts
    var pts = data.clusters.map(function (c) { return [c[0], near(c[1]), c[2]]; });
    data.points.forEach(function (r) { pts.push([r[0], near(r[1]), 1]); });
    if (!heat) { heat = L.heatLayer([], {radius: 25, blur: 18, minOpacity: 0.35}).addTo(map); }
    heat.setLatLngs(pts);
  }
  window.FK_SET_HEAT = function (on) { heatOn = !!on; if (shown) { draw(shown); } };
  function draw(data) {
    layer.clearLayers();
    shown = data;
    if (heatOn) {
      drawHeat(data);
      if (!drawn) { drawn = true; ready(); }
      return;
    }
    if (heat) { map.removeLayer(heat); heat = null; }
    merged(data.clusters).forEach(function (c) {
      var n = c[2], size = n < 10 ? "small" : n < 100 ? "medium" : "large";
      var inner = document.createElement("div");
      inner.appendChild(text("span", n >= 10000 ? Math.round(n / 1000) + "k" : String(n)));
      var icon = L.divIcon({html: inner, className: "marker-cluster marker-cluster-" + size, iconSize: L.point(40, 40)});
      var m = L.marker([c[0], near(c[1])], {icon: icon, keyboard: false});
      m._fk_cluster = n;
      m.on("click", function () { map.setView(m.getLatLng(), Math.min(map.getZoom() + 2, map.getMaxZoom())); });
      layer.addLayer(m);
    });
    data.points.forEach(function (r) {  // [lat, lon, severity, category, title, date, id]
      var colour = opts.colour_by === "severity" ? palette[r[2]] : palette[r[3]];
      var m = L.circleMarker([r[0], near(r[1])], {radius: 4 + r[2], color: "#222", weight: 1, fillColor: colour || "#555", fillOpacity: 0.85});
      m._fk = r;
      m.on("click", function () { popup(r, m.getLatLng()); });
      layer.addLayer(m);
    });
    if (!drawn) { drawn = true; ready(); }
  }
  function inView(b, lat, lon) { return lat >= b.getSouth() && lat <= b.getNorth() && near(lon) <= b.getEast(); }
  function local(b, z) {  // the exported map: its precomputed pyramid, or its rows grouped by the same grid
    var out = {clusters: [], points: []};
    if (z < pyramid.length) {
      pyramid[z].forEach(function (c) {
        if (!inView(b, c[0], c[1])) return;
        if (c[3] >= 0) { out.points.push(rows[c[3]]); } else { out.clusters.push(c); }
      });
      return out;
    }
    var size = 90 / Math.pow(2, z), cells = {}, inside = [];
    rows.forEach(function (r) { if (inView(b, r[0], r[1])) inside.push(r); });
    if (z >= opts.points_zoom && inside.length <= opts.point_limit) { out.points = inside; return out; }
    inside.forEach(function (r) {
      var key = Math.floor((r[1] + 180) / size) + ":" + Math.floor((r[0] + 90) / size), c = cells[key];
      if (!c) { cells[key] = [r[0], r[1], 1, r]; } else { c[0] += r[0]; c[1] += r[1]; c[2] += 1; c[3] = null; }
    });
    Object.keys(cells).forEach(function (k) {
      var c = cells[k];
      if (c[2] === 1) { out.points.push(c[3]); } else { out.clusters.push([c[0] / c[2], c[1] / c[2], c[2]]); }
    });
    return out;
  }
  var asked = 0, drawn = false, shown = null;
  function refresh() {
    var b = map.getBounds(), z = Math.round(map.getZoom());
    if (opts.source !== "app") { draw(local(b, z)); return; }
    var mine = ++asked, xhr = new XMLHttpRequest();
    var q = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(function (v) { return v.toFixed(5); });
    xhr.open("GET", "clusters?w=" + q[0] + "&s=" + q[1] + "&e=" + q[2] + "&n=" + q[3] + "&z=" + z);
    xhr.onload = function () { if (mine === asked && xhr.status === 200) { draw(JSON.parse(xhr.responseText)); } };
    xhr.send();
    if (opts.towns) {
      var tx = new XMLHttpRequest();
      tx.open("GET", "places?w=" + q[0] + "&s=" + q[1] + "&e=" + q[2] + "&n=" + q[3] + "&z=" + z);
      tx.onload = function () {
        if (mine !== asked || tx.status !== 200) return;
        towns.clearLayers();
        var taken = [];  // the boxes of the labels placed, largest towns first: a label that would overlap is left out
        JSON.parse(tx.responseText).forEach(function (t) {  // [lat, lon, name]: the name stays text
          var p = map.latLngToLayerPoint([t[0], near(t[1])]), w = 6.5 * t[2].length + 4;
          var box = [p.x - w / 2, p.y - 9, p.x + w / 2, p.y + 9];
          if (taken.some(function (o) { return box[0] < o[2] && o[0] < box[2] && box[1] < o[3] && o[1] < box[3]; })) return;
          taken.push(box);
          var icon = L.divIcon({html: text("span", t[2]), className: "fk-town", iconSize: null});
          var m = L.marker([t[0], near(t[1])], {icon: icon, interactive: false, keyboard: false});
          m._fk_town = t[2];
          towns.addLayer(m);
        });
      };
      tx.send();
    }
  }
  window.FK_REFRESH = refresh;
  map.on("moveend", refresh);
  (window.FK_AREAS || []).forEach(function (a) {
    var rect = L.rectangle([[a.bbox[1], a.bbox[0]], [a.bbox[3], a.bbox[2]]], {color: "#1c7ed6", weight: 2, fill: false, dashArray: "6 4"});
    var tip = text("span", "");
    tip.dir = opts.dir || "ltr";
    tip.appendChild(text("bdi", a.name));
    tip.appendChild(document.createTextNode(" ("));
    tip.appendChild(text("bdi", a.period));
    tip.appendChild(document.createTextNode(")"));
    rect.bindTooltip(tip);
    rect.addTo(map);
  });
  var legend = L.control({position: rtl ? "bottomleft" : "bottomright"});
  legend.onAdd = function () {
    var div = L.DomUtil.create("div", "fk-legend");
    div.dir = opts.dir || "ltr";
    // the title folds the legend away (it covers part of the map) and back; folded on a small screen
    var head = text("b", "", "fk-legend-head");
    var body = document.createElement("div");
    body.className = "fk-legend-body";
    var folded = window.innerWidth < 700 || window.innerHeight < 500;
    function show() {
      body.style.display = folded ? "none" : "";
      head.textContent = (folded ? (rtl ? "\u25c2 " : "\u25b8 ") : "\u25be ") + opts.legend_title;
    }
    head.style.cursor = "pointer";
    head.onclick = function () { folded = !folded; show(); };
    L.DomEvent.disableClickPropagation(div);
    div.appendChild(head);
    div.appendChild(body);
    (opts.legend || []).forEach(function (item) {
      var row = document.createElement("div");
      var sw = document.createElement("span"); sw.className = "fk-swatch"; sw.style.background = item[0];
      row.appendChild(sw); row.appendChild(text("bdi", item[1]));
      body.appendChild(row);
    });
    show();
    return div;
  };
  legend.addTo(map);
  if (opts.source !== "app") {  // the exported map's own switch (in the app, the Map view has it)
    var mode = L.control({position: "topright"});
    mode.onAdd = function () {
      var div = L.DomUtil.create("div", "fk-legend");
      var box = document.createElement("input");
      box.type = "checkbox";
      box.onchange = function () { window.FK_SET_HEAT(box.checked); };
      var label = document.createElement("label");
      label.appendChild(box);
      label.appendChild(text("span", " " + opts.heat_word));
      div.appendChild(label);
      L.DomEvent.disableClickPropagation(div);
      return div;
    };
    mode.addTo(map);
  }
  if (opts.fit && opts.extent) {
    var x = opts.extent;
    map.fitBounds([[x[1], x[0]], [x[3], x[2]]], {maxZoom: 8, padding: [20, 20], animate: false});
  }
  var picked = null;
  function connect(b) {
    bridge = b;
    if (opts.pick) {
      map.getContainer().style.cursor = "crosshair";
      if (opts.pick_start) { picked = L.marker(opts.pick_start).addTo(map); map.setView(opts.pick_start, 8); }
      map.on("click", function (e) {
        var ll = e.latlng.wrap();
        if (picked) { picked.setLatLng(ll); } else { picked = L.marker(ll).addTo(map); }
        bridge.picked(ll.lat, ll.lng);
      });
    }
    map.on("moveend", function () { var b = map.getBounds(); bridge.viewChanged(b.getWest(), b.getSouth(), b.getEast(), b.getNorth()); });
    ready();
  }
  var told = false;
  function ready() {  // the first view is drawn (and the channel, in the app, is up)
    if (told || !drawn || (channelled && !bridge)) return;
    told = true;
    document.title = "fieldkit-map-ready:" + opts.count;
    if (bridge) bridge.loaded(opts.count);
  }
  var channelled = typeof QWebChannel !== "undefined" && window.qt && qt.webChannelTransport;
  window.FK_MAP = map;
  if (channelled) {
    new QWebChannel(qt.webChannelTransport, function (channel) { connect(channel.objects.bridge); });
  }
  refresh();
})();
{% endmacro %}
""")


class _FieldkitLayer(MacroElement):
    _template = _LAYER

    def __init__(self):
        super().__init__()
        self._name = "FieldkitLayer"


# the smallest town labelled at each zoom (below the first, none; from the last on, every place in view)
LABEL_POPULATION = {3: 2_000_000, 4: 1_000_000, 5: 300_000, 6: 100_000, 7: 30_000, 8: 10_000, 9: 3_000, 10: 1_000}
LABELS_PER_VIEW = 40


def town_labels(gazetteer, bbox, zoom: int) -> list[list]:
    """The gazetteer's towns to label in a view: ``[[lat, lon, name], ...]``, the largest first; fewer, larger
    towns when zoomed out (LABEL_POPULATION), none below zoom 3."""
    zoom = int(zoom)
    if zoom < min(LABEL_POPULATION):
        return []
    least = LABEL_POPULATION.get(zoom, 0 if zoom > max(LABEL_POPULATION) else None)
    w, s, e, n = (float(v) for v in bbox)
    ranges = mapindex.lon_ranges(w, e)
    w, e = (ranges[0][0], ranges[-1][1]) if len(ranges) > 1 else ranges[0]
    found = gazetteer.largest_in(w, s, e, n, least or 0, LABELS_PER_VIEW)
    return [[p.lat, p.lon, p.name] for p in found]


@dataclass
class MapPage:
    html: str
    files: dict[str, bytes] = field(default_factory=dict)  # generated data files, by URL path
    count: int = 0  # incidents on the map
    unplaced: int = 0  # incidents the filter matched that have no location yet (drafts): not on the map
    period: tuple[str, str] | None = None  # first and last day of the incidents on the map (the time slider's)


def incident_rows(ws, flt: IncidentFilter | None = None) -> list[list]:
    """The map's rows of the incidents ``flt`` matches, those without a location (drafts) included (their
    ``lat`` and ``lon`` are None): ``build_map`` counts them apart."""
    flt = flt or IncidentFilter()
    frm, params, _ = flt.to_sql()
    cur = ws.db.execute(
        f"SELECT i.lat, i.lon, i.severity, i.category, i.title, substr(i.occurred_at, 1, 10), i.id {frm} "
        f"ORDER BY i.occurred_at",
        params,
    )
    return [list(r) for r in cur]


def build_map(
    ws,
    flt: IncidentFilter | None = None,
    *,
    colour_by: str = "category",
    lang: str = "en",
    app: bool = False,
    pick: bool = False,
    pick_start=None,
    base: str = "",
    tiles=None,
    labels: dict | None = None,
    towns: bool = False,
    heat: bool = False,
    summary: dict | None = None,
) -> MapPage:
    """Build the page. ``base`` prefixes every local URL (e.g. 'map_files/' for an exported file). ``summary``
    (in the app only): the counts, extent, categories, period and areas of incidents kept elsewhere (the HQ
    database, ``HqStore.map_summary``), whose views the app then answers from there; ``ws`` gives the words."""
    """In the app (``app``) the page holds no incident: it asks ``clusters?w=&s=&e=&n=&z=`` of the app for each
    view (``mapindex.clusters``), so only what is visible crosses. The exported page carries its rows and the
    cluster pyramid computed from them (``data/clusters.js``), so it stays fast with no app behind it."""
    cats = ws.vocab.terms("incident_category")
    if app and summary is not None:
        rows = []
        count, unplaced, extent = summary["count"], summary["unplaced"], summary["extent"]
        present, period = set(summary["categories"]), summary["period"]
    elif app:
        rows = []
        count, unplaced = mapindex.count(ws, flt)
        extent = mapindex.extent(ws, flt)
        present = set(mapindex.categories(ws, flt))
        period = mapindex.period(ws, flt)
    else:
        rows = incident_rows(ws, flt)
        everything = len(rows)
        rows = [r for r in rows if r[0] is not None and r[1] is not None]  # a draft may have no location yet
        count, unplaced = len(rows), everything - len(rows)
        extent = None
        if rows:
            lats, lons = [r[0] for r in rows], [r[1] for r in rows]
            extent = [min(lons), min(lats), max(lons), max(lats)]
        present = {r[3] for r in rows}
        period = (min(r[5] for r in rows), max(r[5] for r in rows)) if rows else None
    if colour_by == "severity":
        palette = {str(k): v for k, v in SEVERITY_COLOURS.items()}
        legend = [[SEVERITY_COLOURS[int(t.code)], f"{t.code} · {t.label(lang)}"] for t in ws.vocab.terms("severity")]
    else:
        palette = {t.code: CATEGORY_COLOURS[i % len(CATEGORY_COLOURS)] for i, t in enumerate(cats)}
        legend = [[palette[t.code], t.label(lang)] for t in cats if t.code in present]
    words = labels or {}
    areas = list(summary["areas"]) if app and summary is not None else []
    for a in ws.assessments.list() if summary is None or not app else []:
        if a["area_bbox"]:
            areas.append(
                {"name": a["area_name"], "bbox": a["area_bbox"], "period": f"{a['period_start']} – {a['period_end']}"}
            )
    options = {
        "colour_by": colour_by,
        "palette": palette,
        "legend": legend,
        "legend_title": words.get(
            "legend_severity" if colour_by == "severity" else "legend_category",
            "Severity" if colour_by == "severity" else "Category",
        ),
        "labels": {t.code: t.label(lang) for t in cats},
        "severity_word": words.get("severity", "severity"),
        "open_word": words.get("open", "Open in FieldKit"),
        "heat_word": words.get("heatmap", "Heatmap"),
        "attribution": ATTRIBUTION,
        "lang": languages.shipped(lang),
        "dir": languages.get(lang).direction,
        "fit": not pick,
        "extent": extent,
        "count": count,
        "source": "app" if app else "pyramid",
        "towns": bool(app and towns),
        "heat": bool(heat),
        "points_zoom": mapindex.POINTS_ZOOM,
        "point_limit": mapindex.POINT_LIMIT,
        "pick": pick,
        "pick_start": list(pick_start) if pick_start else None,
    }
    if tiles is not None:
        options["tiles"] = {
            "url": base + "tiles/{z}/{x}/{y}." + tiles.format,
            "minzoom": tiles.minzoom,
            "maxzoom": tiles.maxzoom,
            # Leaflet shows attributions as HTML: the pack's text is escaped, so it stays text (no tag, no script)
            "attribution": html_escape(str(tiles.meta.get("attribution", tiles.name))),
        }
    m = folium.Map(
        location=[12, -5],
        zoom_start=3,
        tiles=None,
        max_zoom=18,
        min_zoom=2,
        prefer_canvas=True,
        control_scale=True,
        world_copy_jump=True,
    )
    # Leaflet from the installed xstatic package; nothing else folium would fetch from a CDN.
    js = [
        ("leaflet", base + "assets/leaflet/leaflet.js"),
        ("leaflet_heat", base + "assets/heat/leaflet-heat.js"),
        ("fk_basemap", base + "data/basemap.js"),
        ("fk_incidents", base + "data/incidents.js"),
        ("fk_clusters", base + "data/clusters.js"),
        ("fk_options", base + "data/options.js"),
    ]
    if app:
        js.append(("qwebchannel", base + "assets/qwebchannel.js"))
    # Leaflet from the installed xstatic packages; nothing that folium would fetch from a CDN.
    m.default_js = js
    m.default_css = [
        ("leaflet_css", base + "assets/leaflet/leaflet.css"),
        ("mc_css", base + "assets/markercluster/MarkerCluster.css"),
        ("mc_default_css", base + "assets/markercluster/MarkerCluster.Default.css"),
    ]
    fig = m.get_root()
    fig.header.add_child(
        folium.Element(
            "<style>.fk-legend{background:#fff;padding:6px 8px;font:12px sans-serif;border-radius:4px;box-shadow:0 0 4px #0003;"
            "max-height:45vh;overflow:auto}.fk-swatch{display:inline-block;width:10px;height:10px;margin-inline-end:6px;border:1px solid #333}"
            ".folium-map.leaflet-container{background:#d0ebff}"
            ".fk-town span{display:block;transform:translate(-50%,-50%);font:11px sans-serif;color:#343a40;text-shadow:0 0 2px #fff,0 0 2px #fff;white-space:nowrap;"
            "pointer-events:none}</style>"
        ),
        name="fk_style",
    )
    m.add_child(_FieldkitLayer())
    html = m.get_root().render()
    basemap = (paths.resources_dir() / "basemap" / "countries.geojson").read_bytes()
    files = {
        "data/incidents.js": _js_data("FK_INCIDENTS", rows),
        "data/clusters.js": _js_data("FK_PYRAMID", mapindex.pyramid(rows) if not app else []),
        "data/basemap.js": b"window.FK_BASEMAP = " + basemap + b";\n",
        "data/options.js": _js_data("FK_OPTIONS", options) + _js_data("FK_AREAS", areas),
    }
    return MapPage(html=html, files=files, count=count, unplaced=unplaced, period=period)


def export_map(
    ws, out: Path | str, flt: IncidentFilter | None = None, *, include_sensitive: bool = False, **kw
) -> Path:
    """Write a self-contained offline map: a folder with index.html, or FILE.html plus FILE_files/. The file leaves
    the workspace: incidents marked sensitive are left out unless ``include_sensitive``."""
    flt = flt or IncidentFilter()
    flt = dataclasses.replace(flt, include_sensitive=include_sensitive and flt.include_sensitive)
    out = Path(out)
    if out.suffix.lower() in (".html", ".htm"):
        folder, base, page_path = out.parent, f"{out.stem}_files/", out
    else:
        folder, base, page_path = out, "", out / "index.html"
    folder.mkdir(parents=True, exist_ok=True)
    page = build_map(ws, flt, base=base, **kw)
    root = folder / base if base else folder
    for rel, src in asset_files().items():
        dest = root / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
    for rel, data in page.files.items():
        dest = root / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(data)
    page_path.write_text(page.html, encoding="utf-8")
    return page_path
