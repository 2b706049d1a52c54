"""Exports for spreadsheets and GIS: CSV, GeoJSON (RFC 7946) and KML 2.2. Sensitive incidents are
left out unless asked for; rows stream to the file, so 100,000 incidents export in seconds."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from xml.sax.saxutils import escape

from . import storage
from .errors import FieldkitError
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
    # issue 18: appended, so that a script reading the columns by position keeps working
    "markets",
    "fatalities",
)


def _rows(ws, flt: IncidentFilter | None, include_sensitive: bool, rows=None):
    if rows is not None:  # records read elsewhere (the HQ store on PostgreSQL: fieldkit.hq.store.HqStore.records)
        yield from rows
        return
    flt = flt or IncidentFilter()
    flt.include_sensitive = include_sensitive
    yield from ws.incidents.search(flt, sort="occurred_at", descending=False)


def _write(out: Path | str, pieces) -> int:
    """Write the text ``pieces`` to ``out`` whole or not at all (``storage.atomic_write``: a full stick or a
    pulled cable leaves no half file and no temporary one). Returns the number of records written."""
    count = [0]

    def blocks():
        buf = []
        for piece in pieces:
            if piece is _RECORD:
                count[0] += 1
                continue
            buf.append(piece)
            if len(buf) >= 512:
                yield "".join(buf).encode("utf-8")
                buf = []
        yield "".join(buf).encode("utf-8")

    try:
        storage.atomic_write(Path(out), blocks(), mode=0o644)
    except OSError as e:
        raise storage.explain(e) or FieldkitError(
            "The export could not be written to {file}: {error}", file=Path(out).name, error=e.strerror or str(e)
        ) from e
    return count[0]


_RECORD = object()  # marks the end of one record among the pieces of an export


def export_csv(ws, out: Path | str, flt=None, include_sensitive=False, rows=None) -> int:
    def pieces():
        buf = io.StringIO()
        w = csv.writer(buf)
        yield "\ufeff"  # BOM: spreadsheets then read UTF-8 accents right
        w.writerow(CSV_COLUMNS)
        for r in _rows(ws, flt, include_sensitive, rows):
            r = dict(r)
            r["actors"] = "; ".join(a["name"] + (f" ({a['type']})" if a["type"] else "") for a in r["actors"])
            r["tags"] = ", ".join(r["tags"])
            r["markets"] = ", ".join(r.get("markets") or [])
            w.writerow([_cell(r.get(c)) for c in CSV_COLUMNS])
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
            yield _RECORD
        yield buf.getvalue()

    return _write(out, pieces())


def _cell(v):
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v  # no formula injection when the file is opened in a spreadsheet
    return v


def export_geojson(ws, out: Path | str, flt=None, include_sensitive=False, rows=None) -> int:
    def pieces():
        yield '{"type":"FeatureCollection","features":[\n'
        first = True
        for r in _rows(ws, flt, include_sensitive, rows):
            props = {k: r.get(k) for k in CSV_COLUMNS if k not in ("lat", "lon")}
            props["markets"] = list(props.get("markets") or [])
            feat = {
                "type": "Feature",
                "id": r["id"],
                # a draft without a location yet: a feature without geometry (RFC 7946, 3.2)
                "geometry": None if r["lat"] is None else {"type": "Point", "coordinates": [r["lon"], r["lat"]]},
                "properties": props,
            }
            yield ("" if first else ",") + json.dumps(feat, ensure_ascii=False) + "\n"
            first = False
            yield _RECORD
        yield "]}\n"

    return _write(out, pieces())


# characters XML 1.0 does not allow at all (even escaped): a record holding one would make the file unreadable
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml(value) -> str:
    return escape(_NOT_XML.sub("\ufffd", str(value)))


def export_kml(ws, out: Path | str, flt=None, include_sensitive=False, rows=None) -> int:
    def pieces():
        yield (
            '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
            "<name>FieldKit incidents</name>\n"
        )
        for r in _rows(ws, flt, include_sensitive, rows):
            desc = f"{r['occurred_at'][:16]} · {r['category']} · severity {r['severity']}\n{r['description']}"
            data = "".join(
                f'<Data name="{k}"><value>{_xml(r[k])}</value></Data>'
                for k in ("id", "occurred_at", "category", "severity", "place", "source_grade", "status")
            ) + "".join(
                f'<Data name="{k}"><value>{_xml(v)}</value></Data>'
                for k, v in (("markets", ", ".join(r.get("markets") or [])), ("fatalities", r.get("fatalities")))
                if v not in (None, "")
            )
            # a draft without a location yet: a placemark without a point (KML 2.2 allows it)
            point = "" if r["lat"] is None else f"<Point><coordinates>{r['lon']},{r['lat']},0</coordinates></Point>"
            yield (
                f"<Placemark><name>{_xml(r['title'])}</name><description>{_xml(desc)}</description>"
                f"<ExtendedData>{data}</ExtendedData>{point}</Placemark>\n"
            )
            yield _RECORD
        yield "</Document></kml>\n"

    return _write(out, pieces())


EXPORTERS = {"csv": export_csv, "geojson": export_geojson, "kml": export_kml}
