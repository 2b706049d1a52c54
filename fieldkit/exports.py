"""Exports for spreadsheets and GIS: CSV, GeoJSON (RFC 7946) and KML 2.2. Sensitive incidents are
left out unless asked for; rows stream to the file, so 100,000 incidents export in seconds."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from xml.sax.saxutils import escape

from .incidents import IncidentFilter

CSV_COLUMNS = (
    "id",
    "title",
    "description",
    "occurred_at",
    "occurred_precision",
    "reported_at",
    "lat",
    "lon",
    "place",
    "location_precision",
    "category",
    "severity",
    "actors",
    "source_type",
    "source_grade",
    "tags",
    "status",
    "sensitive",
    "device_id",
    "created_at",
    "updated_at",
    "version",
    "head_hash",
)


def _rows(ws, flt: IncidentFilter | None, include_sensitive: bool):
    flt = flt or IncidentFilter()
    flt.include_sensitive = include_sensitive
    yield from ws.incidents.search(flt, sort="occurred_at", descending=False)


def export_csv(ws, out: Path | str, flt=None, include_sensitive=False) -> int:
    n = 0
    with open(out, "w", newline="", encoding="utf-8-sig") as f:  # BOM: spreadsheets then read UTF-8 accents right
        w = csv.writer(f)
        w.writerow(CSV_COLUMNS)
        for r in _rows(ws, flt, include_sensitive):
            r = dict(r)
            r["actors"] = "; ".join(a["name"] + (f" ({a['type']})" if a["type"] else "") for a in r["actors"])
            r["tags"] = ", ".join(r["tags"])
            w.writerow([_cell(r.get(c)) for c in CSV_COLUMNS])
            n += 1
    return n


def _cell(v):
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v  # no formula injection when the file is opened in a spreadsheet
    return v


def export_geojson(ws, out: Path | str, flt=None, include_sensitive=False) -> int:
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        f.write('{"type":"FeatureCollection","features":[\n')
        for r in _rows(ws, flt, include_sensitive):
            props = {k: r[k] for k in CSV_COLUMNS if k not in ("lat", "lon")}
            feat = {
                "type": "Feature",
                "id": r["id"],
                "geometry": {"type": "Point", "coordinates": [r["lon"], r["lat"]]},
                "properties": props,
            }
            f.write(("," if n else "") + json.dumps(feat, ensure_ascii=False) + "\n")
            n += 1
        f.write("]}\n")
    return n


def export_kml(ws, out: Path | str, flt=None, include_sensitive=False) -> int:
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        f.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
            "<name>FieldKit incidents</name>\n"
        )
        for r in _rows(ws, flt, include_sensitive):
            desc = f"{r['occurred_at'][:16]} · {r['category']} · severity {r['severity']}\n{r['description']}"
            data = "".join(
                f'<Data name="{k}"><value>{escape(str(r[k]))}</value></Data>'
                for k in ("id", "occurred_at", "category", "severity", "place", "source_grade", "status")
            )
            f.write(
                f"<Placemark><name>{escape(r['title'])}</name><description>{escape(desc)}</description>"
                f"<ExtendedData>{data}</ExtendedData><Point><coordinates>{r['lon']},{r['lat']},0</coordinates></Point>"
                f"</Placemark>\n"
            )
            n += 1
        f.write("</Document></kml>\n")
    return n


EXPORTERS = {"csv": export_csv, "geojson": export_geojson, "kml": export_kml}
