"""Offline maps with folium: every script, stylesheet and image comes from the installed app.

Leaflet and Leaflet.markercluster come from the PyPI packages xstatic-leaflet and
xstatic-leaflet-markercluster (installed, never copied into the repository); the basemap is the
Natural Earth GeoJSON in resources/basemap. Incidents go to the page as one array in
``data/incidents.js`` (not one folium object per marker), so 100,000 points stay usable.
Popups are built in the page with ``textContent``: user text is never parsed as HTML.
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

from . import languages, paths
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
  if (!map.options.maxZoom) { map.options.maxZoom = 18; }  // MarkerCluster needs it; there is no tile layer to set it
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
  var rows = window.FK_INCIDENTS || [];
  var markers = [];
  for (var i = 0; i < rows.length; i++) {
    var r = rows[i];  // [lat, lon, severity, category, title, date, id]
    var colour = opts.colour_by === "severity" ? palette[r[2]] : palette[r[3]];
    var m = L.circleMarker([r[0], r[1]], {radius: 4 + r[2], color: "#222", weight: 1, fillColor: colour || "#555", fillOpacity: 0.85});
    m._fk = r;
    markers.push(m);
  }
  var cluster = L.markerClusterGroup({chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 50});
  cluster.on("click", function (ev) {
    var r = ev.layer._fk;
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
    L.popup().setLatLng(ev.layer.getLatLng()).setContent(box).openOn(map);
  });
  cluster.addLayers(markers);
  map.addLayer(cluster);
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
  if (opts.fit && rows.length) {
    var lats = rows.map(function (r) { return r[0]; }), lons = rows.map(function (r) { return r[1]; });
    map.fitBounds([[Math.min.apply(null, lats), Math.min.apply(null, lons)], [Math.max.apply(null, lats), Math.max.apply(null, lons)]],
                  {maxZoom: 8, padding: [20, 20]});
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
    bridge.loaded(rows.length);
  }
  window.FK_MAP = map;
  if (typeof QWebChannel !== "undefined" && window.qt && qt.webChannelTransport) {
    new QWebChannel(qt.webChannelTransport, function (channel) { connect(channel.objects.bridge); });
  }
  document.title = "fieldkit-map-ready:" + rows.length;
})();
{% endmacro %}
""")


class _FieldkitLayer(MacroElement):
    _template = _LAYER

    def __init__(self):
        super().__init__()
        self._name = "FieldkitLayer"


@dataclass
class MapPage:
    html: str
    files: dict[str, bytes] = field(default_factory=dict)  # generated data files, by URL path
    count: int = 0  # incidents on the map
    unplaced: int = 0  # incidents the filter matched that have no location yet (drafts): not on the map


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
) -> MapPage:
    """Build the page. ``base`` prefixes every local URL (e.g. 'map_files/' for an exported file)."""
    rows = incident_rows(ws, flt)
    everything = len(rows)
    rows = [r for r in rows if r[0] is not None and r[1] is not None]  # a draft may have no location yet
    cats = ws.vocab.terms("incident_category")
    if colour_by == "severity":
        palette = {str(k): v for k, v in SEVERITY_COLOURS.items()}
        legend = [[SEVERITY_COLOURS[int(t.code)], f"{t.code} · {t.label(lang)}"] for t in ws.vocab.terms("severity")]
    else:
        palette = {t.code: CATEGORY_COLOURS[i % len(CATEGORY_COLOURS)] for i, t in enumerate(cats)}
        present = {r[3] for r in rows}
        legend = [[palette[t.code], t.label(lang)] for t in cats if t.code in present]
    words = labels or {}
    areas = []
    for a in ws.assessments.list():
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
        "attribution": ATTRIBUTION,
        "lang": languages.shipped(lang),
        "dir": languages.get(lang).direction,
        "fit": not pick,
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
        ("markercluster", base + "assets/markercluster/leaflet.markercluster.js"),
        ("fk_basemap", base + "data/basemap.js"),
        ("fk_incidents", base + "data/incidents.js"),
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
            ".folium-map.leaflet-container{background:#d0ebff}</style>"
        ),
        name="fk_style",
    )
    m.add_child(_FieldkitLayer())
    html = m.get_root().render()
    basemap = (paths.resources_dir() / "basemap" / "countries.geojson").read_bytes()
    files = {
        "data/incidents.js": _js_data("FK_INCIDENTS", rows),
        "data/basemap.js": b"window.FK_BASEMAP = " + basemap + b";\n",
        "data/options.js": _js_data("FK_OPTIONS", options) + _js_data("FK_AREAS", areas),
    }
    return MapPage(html=html, files=files, count=len(rows), unplaced=everything - len(rows))


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
