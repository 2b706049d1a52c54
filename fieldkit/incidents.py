"""Incident log: validation, storage with a tamper-evident version chain, attachments stored by
SHA-256, trash, full-text search with filters, and integrity verification.

Every save of an incident writes a new row in ``incident_versions`` holding the canonical JSON of
the record and a SHA-256 chained to the previous version's hash. Changing a *final* incident
requires a reason. ``verify()`` recomputes every chain, compares the live row with its last
version, and re-hashes every attachment file.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterable

import orjson

from .clock import iso
from .errors import FieldkitError, IntegrityFailure, NotFound, SearchQueryError, ValidationError, msg
from .hashing import canonical_json, sha256_file, version_hash
from .ids import is_uuid, new_id

log = logging.getLogger(__name__)

STATUSES = ("draft", "final")
TIME_PRECISIONS = ("exact", "day", "month", "approximate")
LOCATION_PRECISIONS = ("exact", "near", "district", "region", "country")
RELIABILITY = tuple("ABCDEF")
CREDIBILITY = tuple("123456")
TITLE_MAX = 200
# Fields a user edits; with the attachment list and the trash flag they make a version's content.
EDITABLE = (
    "title", "description", "occurred_at", "occurred_precision", "reported_at", "lat", "lon", "place",
    "location_precision", "category", "severity", "actors", "source_type", "source_reliability",
    "source_credibility", "tags", "status", "sensitive",
)
CLOCK_SKEW = timedelta(minutes=5)


# --------------------------------------------------------------------------------------------
# parsing and validation
# --------------------------------------------------------------------------------------------
def parse_datetime(value) -> tuple[datetime, str]:
    """Parse ISO 8601 text. Returns (UTC datetime, implied precision). Raises ValueError."""
    if isinstance(value, datetime):
        dt = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
        return dt.astimezone(timezone.utc), "exact"
    text = str(value).strip()
    if not text:
        raise ValueError("empty")
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return datetime.strptime(text, "%Y-%m").replace(tzinfo=timezone.utc), "month"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=timezone.utc), "day"
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    dt = datetime.fromisoformat(text.replace(" ", "T", 1))
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc), "exact"


def parse_source_grade(grade: str) -> tuple[str, str]:
    """'B2' -> ('B', '2'). Raises ValueError."""
    g = (grade or "").strip().upper()
    if len(g) != 2 or g[0] not in RELIABILITY or g[1] not in CREDIBILITY:
        raise ValueError(grade)
    return g[0], g[1]


def _as_list(value) -> list:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
            if isinstance(parsed, list):
                return parsed
        except ValueError:
            pass
        return [v for v in (p.strip() for p in value.split(",")) if v]
    return list(value)


def validate(data: dict, vocab, now: datetime) -> dict:
    """Check and normalise the editable fields of an incident. Raises ValidationError naming
    each bad field with a plain message; returns the cleaned dict otherwise."""
    errors: dict[str, str] = {}
    out: dict = {}

    title = str(data.get("title") or "").strip()
    if not title:
        errors["title"] = msg("A title is required.")
    elif len(title) > TITLE_MAX:
        errors["title"] = msg("The title is too long ({n} characters, at most {max}).", n=len(title), max=TITLE_MAX)
    out["title"] = title

    status = str(data.get("status") or "final").strip().lower()
    if status not in STATUSES:
        errors["status"] = msg("The status must be 'draft' or 'final'.")
    out["status"] = status

    description = str(data.get("description") or "").strip()
    if not description and status == "final":
        errors["description"] = msg("A description is required before the incident is final.")
    out["description"] = description

    occurred_raw = data.get("occurred_at")
    implied = "exact"
    if occurred_raw in (None, ""):
        errors["occurred_at"] = msg("The date and time of the incident are required.")
    else:
        try:
            occurred, implied = parse_datetime(occurred_raw)
            if occurred > now + CLOCK_SKEW:
                errors["occurred_at"] = msg("The date of the incident is in the future.")
            out["occurred_at"] = iso(occurred)
        except (ValueError, TypeError):
            errors["occurred_at"] = msg("'{value}' is not a date; use the form 2026-03-14 or 2026-03-14T22:30.", value=occurred_raw)
    precision = str(data.get("occurred_precision") or "").strip().lower()
    if not precision:
        precision = implied
    if precision not in TIME_PRECISIONS:
        errors["occurred_precision"] = msg("The time precision must be exact, day, month or approximate.")
    elif implied in ("day", "month") and precision == "exact":
        precision = implied
    out["occurred_precision"] = precision

    reported_raw = data.get("reported_at")
    if reported_raw in (None, ""):
        out["reported_at"] = iso(now)
    else:
        try:
            reported, _ = parse_datetime(reported_raw)
            if reported > now + CLOCK_SKEW:
                errors["reported_at"] = msg("The report date is in the future.")
            out["reported_at"] = iso(reported)
        except (ValueError, TypeError):
            errors["reported_at"] = msg("'{value}' is not a date.", value=reported_raw)

    for key, lo, hi, name in (("lat", -90.0, 90.0, "Latitude"), ("lon", -180.0, 180.0, "Longitude")):
        raw = data.get(key)
        if raw in (None, ""):
            errors[key] = msg("Latitude is required.") if key == "lat" else msg("Longitude is required.")
            continue
        try:
            val = float(str(raw).replace(",", ".")) if isinstance(raw, str) else float(raw)
            if val != val or not (lo <= val <= hi):  # NaN or out of range
                raise ValueError
            out[key] = round(val, 6)
        except (ValueError, TypeError):
            errors[key] = msg("Latitude must be a number between -90 and 90.") if key == "lat" else \
                msg("Longitude must be a number between -180 and 180.")

    out["place"] = str(data.get("place") or "").strip()
    lp = str(data.get("location_precision") or "exact").strip().lower()
    if lp not in LOCATION_PRECISIONS:
        errors["location_precision"] = msg("The location precision must be exact, near, district, region or country.")
    out["location_precision"] = lp

    category = str(data.get("category") or "").strip().upper()
    if not category:
        errors["category"] = msg("A category is required.")
    elif not vocab.has("incident_category", category):
        errors["category"] = msg("'{code}' is not a known category code.", code=category)
    out["category"] = category

    sev = data.get("severity")
    try:
        sev_i = int(str(sev).strip()) if sev not in (None, "") else None
        if sev_i is None:
            errors["severity"] = msg("A severity from 1 to 5 is required.")
        elif not 1 <= sev_i <= 5:
            raise ValueError
        out["severity"] = sev_i
    except (ValueError, TypeError):
        errors["severity"] = msg("The severity must be a whole number from 1 (minimal) to 5 (critical).")

    actors = []
    for a in _as_list(data.get("actors")):
        if isinstance(a, str):
            name, _, atype = a.partition(":")
            a = {"name": name, "type": atype}
        name = str(a.get("name") or "").strip()
        atype = str(a.get("type") or "").strip().upper()
        if not name:
            continue
        if atype and not vocab.has("actor_type", atype):
            errors["actors"] = msg("'{code}' is not a known actor type.", code=atype)
        actors.append({"name": name, "type": atype})
    out["actors"] = actors

    stype = str(data.get("source_type") or "").strip().upper()
    if stype and not vocab.has("source_type", stype):
        errors["source_type"] = msg("'{code}' is not a known source type.", code=stype)
    out["source_type"] = stype

    rel = str(data.get("source_reliability") or "").strip().upper()
    cred = str(data.get("source_credibility") or "").strip()
    grade = data.get("source_grade")
    if grade not in (None, ""):
        try:
            rel, cred = parse_source_grade(str(grade))
        except ValueError:
            errors["source_grade"] = msg("'{value}' is not a source grade; use a letter A-F and a digit 1-6, e.g. B2.", value=grade)
    if rel and rel not in RELIABILITY:
        errors["source_reliability"] = msg("Source reliability must be a letter from A to F.")
    if cred and cred not in CREDIBILITY:
        errors["source_credibility"] = msg("Information credibility must be a digit from 1 to 6.")
    out["source_reliability"], out["source_credibility"] = rel, cred

    tags = []
    for t in _as_list(data.get("tags")):
        t = str(t).strip().lower()
        if t and t not in tags:
            tags.append(t)
    out["tags"] = sorted(tags)

    sens = data.get("sensitive", False)
    if isinstance(sens, str):
        sens = sens.strip().lower() in ("1", "true", "yes", "oui", "on")
    out["sensitive"] = bool(sens)

    if errors:
        raise ValidationError(errors)
    return out


_CANONICAL_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z")


class CleanCheck:
    """A quick yes to "would ``validate`` accept these fields unchanged?", for bulk imports.

    ``ok(data)`` is True only when every field already has the exact form ``validate`` produces
    (types, trimmed text, known codes, canonical UTC times, rounded coordinates, sorted tags) and
    passes every rule it enforces, so that ``validate(data) == data`` is certain. Anything else
    answers False, and the caller runs ``validate`` itself for the verdict and the messages. It
    never accepts what ``validate`` refuses (tests/core/test_incidents.py checks this on
    thousands of altered records)."""

    def __init__(self, vocab, now: datetime):
        self.limit = iso(now + CLOCK_SKEW)
        def codes(name):  # only codes already in the form validate() gives them
            return frozenset(c for c in vocab.codes(name) if c == c.strip().upper())
        self.categories = codes("incident_category") - {""}
        self.actor_types = codes("actor_type") | {""}
        self.source_types = codes("source_type") | {""}
        self.reliability = frozenset(RELIABILITY) | {""}
        self.credibility = frozenset(CREDIBILITY) | {""}

    def _time(self, v) -> bool:
        if type(v) is not str or not _CANONICAL_TIME.fullmatch(v) or v > self.limit:
            return False
        try:
            datetime.fromisoformat(v[:-1])   # a real date: no 30 February, no hour 25
        except ValueError:
            return False
        return True

    def ok(self, d: dict) -> bool:
        try:
            title, desc, status, place = d["title"], d["description"], d["status"], d["place"]
            if type(title) is not str or type(desc) is not str or type(place) is not str \
                    or not title or len(title) > TITLE_MAX or title != title.strip() \
                    or desc != desc.strip() or place != place.strip() \
                    or status not in STATUSES or (status == "final" and not desc):
                return False
            if d["occurred_precision"] not in TIME_PRECISIONS or d["location_precision"] not in LOCATION_PRECISIONS \
                    or not self._time(d["occurred_at"]) or not self._time(d["reported_at"]):
                return False
            for key, lo, hi in (("lat", -90.0, 90.0), ("lon", -180.0, 180.0)):
                v = d[key]
                if type(v) not in (float, int) or not (lo <= v <= hi) or round(v, 6) != v:
                    return False
            if d["category"] not in self.categories or type(d["severity"]) is not int or not 1 <= d["severity"] <= 5:
                return False
            if d["source_type"] not in self.source_types or d["source_reliability"] not in self.reliability \
                    or d["source_credibility"] not in self.credibility or type(d["sensitive"]) is not bool:
                return False
            actors, tags = d["actors"], d["tags"]
            if type(actors) is not list or type(tags) is not list:
                return False
            for a in actors:
                if type(a) is not dict or len(a) != 2:
                    return False
                name, atype = a["name"], a["type"]
                if type(name) is not str or not name or name != name.strip() or atype not in self.actor_types:
                    return False
            for t in tags:
                if type(t) is not str or not t or t != t.strip().lower():
                    return False
            return tags == sorted(set(tags))
        except (KeyError, TypeError):
            return False


def json_column(value: list) -> str:
    """The JSON text kept in the ``actors`` and ``tags`` columns (the version content is the reference)."""
    return orjson.dumps(value).decode() if value else "[]"


def actors_text(actors: list[dict]) -> str:
    """Actors flattened for the full-text index."""
    return " ".join(f"{a['name']} {a['type']}" for a in actors)


def source_grade(rec: dict) -> str:
    return f"{rec.get('source_reliability') or ''}{rec.get('source_credibility') or ''}"


# --------------------------------------------------------------------------------------------
# search
# --------------------------------------------------------------------------------------------
_TOKEN_RE = re.compile(r'"[^"]*"|\S+')
SORTABLE = {
    "occurred_at": "i.occurred_at", "title": "i.title COLLATE NOCASE", "category": "i.category",
    "severity": "i.severity", "place": "i.place COLLATE NOCASE", "status": "i.status",
    "updated_at": "i.updated_at", "source": "i.source_reliability || i.source_credibility",
}


def fts_query(text: str) -> str:
    """Turn what a user typed into an FTS5 query: words match as words (hyphens and apostrophes
    included), "quoted phrases" and word* prefixes work, AND/OR/NOT are operators."""
    if text.count('"') % 2:
        raise SearchQueryError("The search \"{text}\" has an unclosed quotation mark.", text=text)
    parts = []
    for tok in _TOKEN_RE.findall(text):
        if tok in ("AND", "OR", "NOT"):
            parts.append(tok)
        elif tok.startswith('"'):
            if len(tok) > 2:
                parts.append(tok)
        elif tok.endswith("*") and len(tok) > 1:
            parts.append('"' + tok[:-1].replace('"', '""') + '"*')
        else:
            parts.append('"' + tok.replace('"', '""') + '"')
    if parts and (parts[0] in ("AND", "OR", "NOT") or parts[-1] in ("AND", "OR", "NOT")):
        raise SearchQueryError("The search \"{text}\" starts or ends with AND, OR or NOT; put words on both sides.", text=text)
    return " ".join(parts)


@dataclass
class IncidentFilter:
    text: str = ""
    categories: list[str] = field(default_factory=list)
    severity_min: int | None = None
    severity_max: int | None = None
    date_from: str | None = None
    date_to: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    status: str | None = None
    tags: list[str] = field(default_factory=list)
    trash: bool = False
    include_sensitive: bool = True
    ids: list[str] | None = None

    def to_sql(self) -> tuple[str, list, bool]:
        """Return (FROM ... WHERE ..., params, uses_fts)."""
        where, params = [], []
        uses_fts = False
        frm = "FROM incidents i"
        text = (self.text or "").strip()
        if text:
            q = fts_query(text)
            if q:
                frm = "FROM incidents_fts f JOIN incidents i ON i.rowid = f.rowid"
                where.append("incidents_fts MATCH ?")
                params.append(q)
                uses_fts = True
        where.append("i.deleted_at IS NOT NULL" if self.trash else "i.deleted_at IS NULL")
        if self.categories:
            where.append(f"i.category IN ({','.join('?' * len(self.categories))})")
            params.extend(c.upper() for c in self.categories)
        if self.severity_min is not None:
            where.append("i.severity >= ?")
            params.append(int(self.severity_min))
        if self.severity_max is not None:
            where.append("i.severity <= ?")
            params.append(int(self.severity_max))
        if self.date_from:
            where.append("i.occurred_at >= ?")
            params.append(_date_bound(self.date_from, end=False))
        if self.date_to:
            where.append("i.occurred_at <= ?")
            params.append(_date_bound(self.date_to, end=True))
        if self.bbox:
            min_lon, min_lat, max_lon, max_lat = (float(v) for v in self.bbox)
            where.append("i.lat BETWEEN ? AND ?")
            params += [min_lat, max_lat]
            if min_lon <= max_lon:
                where.append("i.lon BETWEEN ? AND ?")
            else:  # box crossing the antimeridian
                where.append("(i.lon >= ? OR i.lon <= ?)")
            params += [min_lon, max_lon]
        if self.status:
            where.append("i.status = ?")
            params.append(self.status)
        for t in self.tags:
            where.append("EXISTS (SELECT 1 FROM json_each(i.tags) WHERE value = ?)")
            params.append(t.strip().lower())
        if not self.include_sensitive:
            where.append("i.sensitive = 0")
        if self.ids is not None:
            where.append(f"i.id IN ({','.join('?' * len(self.ids))})")
            params.extend(self.ids)
        return f"{frm} WHERE {' AND '.join(where)}", params, uses_fts


def _date_bound(value: str, end: bool) -> str:
    try:
        dt, precision = parse_datetime(value)
    except (ValueError, TypeError):
        raise SearchQueryError("'{value}' is not a date; use the form 2026-03-14.", value=value)
    if end and precision == "day":
        dt = dt + timedelta(days=1) - timedelta(milliseconds=1)
    elif end and precision == "month":
        nxt = (dt.replace(day=28) + timedelta(days=4)).replace(day=1)
        dt = nxt - timedelta(milliseconds=1)
    return iso(dt)


# --------------------------------------------------------------------------------------------
# the store
# --------------------------------------------------------------------------------------------
ROW_COLUMNS = (
    "id", "title", "description", "occurred_at", "occurred_precision", "reported_at", "lat", "lon", "place",
    "location_precision", "category", "severity", "actors", "source_type", "source_reliability",
    "source_credibility", "tags", "status", "sensitive", "device_id", "origin_device", "deleted_at", "version",
    "head_hash", "created_at", "updated_at",
)
LIST_COLUMNS = ("id", "title", "occurred_at", "category", "severity", "place", "status", "lat", "lon",
                "source_reliability", "source_credibility", "sensitive", "updated_at")


def _row_to_record(row: sqlite3.Row | tuple, columns=ROW_COLUMNS) -> dict:
    rec = dict(zip(columns, row))
    for k in ("actors", "tags"):
        if k in rec and isinstance(rec[k], str):
            rec[k] = json.loads(rec[k])
    if "sensitive" in rec:
        rec["sensitive"] = bool(rec["sensitive"])
    return rec


def content_of(rec: dict, attachments: list[dict]) -> dict:
    """The versioned content of an incident: its editable fields, attachments and trash flag."""
    c = {k: rec[k] for k in EDITABLE}
    c["sensitive"] = bool(c["sensitive"])
    c["attachments"] = sorted(({"sha256": a["sha256"], "filename": a["filename"]} for a in attachments),
                              key=lambda a: (a["sha256"], a["filename"]))
    c["deleted"] = rec.get("deleted_at") is not None
    return c


class IncidentStore:
    def __init__(self, ws):
        self.ws = ws
        self.db = ws.db
        self.vocab = ws.vocab
        self.clock = ws.clock

    # ---- reading -------------------------------------------------------------------------
    def get(self, incident_id: str, *, with_attachments: bool = True) -> dict:
        row = self.db.execute(f"SELECT {', '.join(ROW_COLUMNS)} FROM incidents WHERE id = ?", [incident_id]).fetchone()
        if row is None:
            raise NotFound("No incident with id {id}.", id=incident_id)
        rec = _row_to_record(row)
        rec["source_grade"] = source_grade(rec)
        if with_attachments:
            rec["attachments"] = self.attachments(incident_id)
        return rec

    def resolve_id(self, prefix: str) -> str:
        """Accept a full id or an unambiguous prefix of at least 6 characters (handy in the CLI)."""
        prefix = prefix.strip()
        if is_uuid(prefix):
            return prefix
        if len(prefix) < 6:
            raise NotFound("No incident with id {id}.", id=prefix)
        rows = self.db.execute("SELECT id FROM incidents WHERE id LIKE ? LIMIT 2", [prefix + "%"]).fetchall()
        if len(rows) != 1:
            raise NotFound("No single incident has an id starting with {id}.", id=prefix)
        return rows[0][0]

    def attachments(self, incident_id: str) -> list[dict]:
        rows = self.db.execute(
            "SELECT ia.sha256, ia.filename, a.size, ia.created_at FROM incident_attachments ia "
            "JOIN attachments a ON a.sha256 = ia.sha256 WHERE ia.incident_id = ? ORDER BY ia.created_at, ia.filename",
            [incident_id],
        ).fetchall()
        return [{"sha256": r[0], "filename": r[1], "size": r[2], "added_at": r[3]} for r in rows]

    def versions(self, incident_id: str) -> list[dict]:
        rows = self.db.execute(
            "SELECT version, content, reason, prev_hash, hash, device_id, author, created_at FROM incident_versions "
            "WHERE incident_id = ? ORDER BY version", [incident_id]).fetchall()
        return [{"version": r[0], "content": json.loads(r[1]), "reason": r[2], "prev_hash": r[3], "hash": r[4],
                 "device_id": r[5], "author": r[6], "created_at": r[7]} for r in rows]

    def count(self, flt: IncidentFilter | None = None) -> int:
        flt = flt or IncidentFilter()
        frm, params, _ = flt.to_sql()
        return self._run(f"SELECT count(*) {frm}", params).fetchone()[0]

    def search_rowids(self, flt: IncidentFilter | None = None, sort: str = "occurred_at", descending: bool = True) -> list[int]:
        """Row ids of every match in display order (cheap even for 100,000 rows)."""
        flt = flt or IncidentFilter()
        frm, params, uses_fts = flt.to_sql()
        order = self._order(sort, descending, uses_fts)
        return [r[0] for r in self._run(f"SELECT i.rowid {frm} ORDER BY {order}", params)]

    def rows_by_rowid(self, rowids: list[int], columns=LIST_COLUMNS) -> dict[int, dict]:
        out = {}
        for start in range(0, len(rowids), 500):
            chunk = rowids[start:start + 500]
            cur = self.db.execute(
                f"SELECT rowid, {', '.join(columns)} FROM incidents WHERE rowid IN ({','.join('?' * len(chunk))})", chunk)
            for row in cur:
                out[row[0]] = _row_to_record(row[1:], columns)
        return out

    def search(self, flt: IncidentFilter | None = None, *, sort: str = "occurred_at", descending: bool = True,
               limit: int | None = None, offset: int = 0) -> list[dict]:
        flt = flt or IncidentFilter()
        frm, params, uses_fts = flt.to_sql()
        order = self._order(sort, descending, uses_fts)
        sql = f"SELECT {', '.join('i.' + c for c in ROW_COLUMNS)} {frm} ORDER BY {order}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params = params + [int(limit), int(offset)]
        out = []
        for row in self._run(sql, params):
            rec = _row_to_record(row)
            rec["source_grade"] = source_grade(rec)
            out.append(rec)
        return out

    def iter_all(self, include_deleted: bool = True, batch: int = 2000) -> Iterable[dict]:
        cond = "" if include_deleted else "WHERE deleted_at IS NULL"
        cur = self.db.execute(f"SELECT {', '.join(ROW_COLUMNS)} FROM incidents {cond} ORDER BY rowid")
        while True:
            rows = cur.fetchmany(batch)
            if not rows:
                break
            for row in rows:
                yield _row_to_record(row)

    def _order(self, sort: str, descending: bool, uses_fts: bool) -> str:
        if sort == "rank" and uses_fts:
            return "bm25(incidents_fts, 10.0, 2.0, 4.0, 4.0), i.occurred_at DESC"
        col = SORTABLE.get(sort, SORTABLE["occurred_at"])
        return f"{col} {'DESC' if descending else 'ASC'}, i.rowid {'DESC' if descending else 'ASC'}"

    def _run(self, sql: str, params: list):
        try:
            return self.db.execute(sql, params)
        except sqlite3.OperationalError as e:
            if "fts5" in str(e) or "MATCH" in str(e):
                raise SearchQueryError("The search could not be understood ({error}). Check quotation marks and AND/OR/NOT.",
                                       error=str(e)) from e
            raise

    # ---- writing -------------------------------------------------------------------------
    def add(self, data: dict, *, attachments: Iterable[str | Path] = (), reason: str = "Created") -> dict:
        """Validate and store a new incident (and its first version). Returns the stored record."""
        clean = validate(data, self.vocab, self.clock.now())
        files = [Path(p) for p in attachments]
        for p in files:
            if not p.is_file():
                raise ValidationError({"attachments": msg("The file {path} does not exist or cannot be read.", path=str(p))})
        incident_id = data.get("id") or new_id()
        if not is_uuid(incident_id):
            raise ValidationError({"id": msg("The id must be a UUID.")})
        stored = [self._store_file(p) for p in files]
        with self.db.atomic():
            self._insert(incident_id, clean, reason=reason)
            for sha, size, name in stored:
                self._link_attachment(incident_id, sha, size, name)
            if stored:
                # the first version must cover the attachments: rewrite it inside the same transaction
                self._rewrite_first_version(incident_id, reason)
        log.info("incident %s added", incident_id)
        return self.get(incident_id)

    def add_many(self, records: list[dict], *, reason: str = "Created") -> int:
        """Bulk insert validated records (demo data, imports). One transaction; all or nothing."""
        now = self.clock.now()
        clean = []
        for i, data in enumerate(records):
            try:
                clean.append((data.get("id") or new_id(), validate(data, self.vocab, now)))
            except ValidationError as e:
                raise ValidationError(e.errors, template=f"Record {i + 1}: " + "{details}") from e
        with self.db.atomic():
            rows, versions = [], []
            for incident_id, c in clean:
                row, ver = self._build(incident_id, c, version=1, prev_hash="", reason=reason, attachments=[])
                rows.append(row)
                versions.append(ver)
            self._executemany_insert("incidents", rows)
            self._executemany_insert("incident_versions", versions)
        return len(clean)

    def update(self, incident_id: str, changes: dict, *, reason: str = "",
               add_attachments: Iterable[str | Path] = (), remove_attachments: Iterable[str] = ()) -> dict:
        """Apply ``changes`` to an incident. A final incident needs a reason; a new version is
        written only when something changed. Returns the stored record."""
        current = self.get(incident_id)
        if current["deleted_at"]:
            raise FieldkitError("This incident is in the trash; restore it before editing.")
        merged = {k: current[k] for k in EDITABLE}
        unknown = set(changes) - set(EDITABLE) - {"source_grade"}
        if unknown:
            raise ValidationError({k: msg("This field cannot be changed.") for k in sorted(unknown)})
        merged.update(changes)
        if "source_grade" in changes:
            merged.pop("source_reliability", None)
            merged.pop("source_credibility", None)
        clean = validate(merged, self.vocab, self.clock.now())
        files = [Path(p) for p in add_attachments]
        for p in files:
            if not p.is_file():
                raise ValidationError({"attachments": msg("The file {path} does not exist or cannot be read.", path=str(p))})
        remove = set(remove_attachments)
        existing = {a["sha256"] for a in current["attachments"]}
        if remove - existing:
            raise ValidationError({"attachments": msg("That attachment is not part of this incident.")})
        changed_fields = [k for k in EDITABLE if clean[k] != current[k]]
        if not changed_fields and not files and not remove:
            return current
        if current["status"] == "final" and not (reason or "").strip():
            raise ValidationError({"reason": msg("A reason is required to change a final incident.")})
        stored = [self._store_file(p) for p in files]
        with self.db.atomic():
            for sha, size, name in stored:
                self._link_attachment(incident_id, sha, size, name)
            for sha in remove:
                self.db.execute("DELETE FROM incident_attachments WHERE incident_id = ? AND sha256 = ?", [incident_id, sha])
            self._new_version(incident_id, clean, current, reason=(reason or "Edited").strip())
        return self.get(incident_id)

    def delete(self, incident_id: str, reason: str = "Moved to the trash") -> dict:
        current = self.get(incident_id)
        if current["deleted_at"]:
            return current
        with self.db.atomic():
            self._new_version(incident_id, {k: current[k] for k in EDITABLE}, current,
                              reason=reason or "Moved to the trash", deleted_at=self.clock.now_iso())
        return self.get(incident_id)

    def restore(self, incident_id: str, reason: str = "Restored from the trash") -> dict:
        current = self.get(incident_id)
        if not current["deleted_at"]:
            return current
        with self.db.atomic():
            self._new_version(incident_id, {k: current[k] for k in EDITABLE}, current,
                              reason=reason or "Restored from the trash", deleted_at=None)
        return self.get(incident_id)

    def purge(self, incident_id: str) -> None:
        """Remove an incident in the trash for good, with its history; a tombstone remembers it."""
        current = self.get(incident_id)
        if not current["deleted_at"]:
            raise FieldkitError("Only an incident in the trash can be purged; move it to the trash first.")
        now = self.clock.now_iso()
        with self.db.atomic():
            self.db.execute("DELETE FROM incident_attachments WHERE incident_id = ?", [incident_id])
            self.db.execute("DELETE FROM incident_versions WHERE incident_id = ?", [incident_id])
            self.db.execute("DELETE FROM incidents WHERE id = ?", [incident_id])
            self.db.execute(
                "INSERT OR REPLACE INTO tombstones (id, record_type, record_id, device_id, deleted_at, created_at, updated_at) "
                "VALUES (?, 'incident', ?, ?, ?, ?, ?)", [new_id(), incident_id, self.ws.device_id, now, now, now])
            self._drop_orphan_attachments()

    # ---- attachments ---------------------------------------------------------------------
    def attachment_path(self, sha: str) -> Path:
        return self.ws.attachments_dir / sha[:2] / sha

    def open_attachment(self, sha: str) -> Path:
        """Return the path of an attachment after checking its SHA-256; raise IntegrityFailure if it changed."""
        path = self.attachment_path(sha)
        if not path.is_file():
            raise IntegrityFailure("The attachment {sha} is missing from the workspace.", sha=sha[:12])
        actual = sha256_file(path)
        if actual != sha:
            raise IntegrityFailure("The attachment {sha} has been altered: its content no longer matches its SHA-256.",
                                   sha=sha[:12])
        return path

    def _store_file(self, src: Path) -> tuple[str, int, str]:
        """Copy a file into the workspace by content address; safe against crashes (temp + rename)."""
        dest_root = self.ws.attachments_dir
        dest_root.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=dest_root, prefix=".incoming-")
        try:
            h = hashlib.sha256()
            size = 0
            with open(src, "rb") as fin, os.fdopen(fd, "wb") as fout:
                while True:
                    block = fin.read(1 << 20)
                    if not block:
                        break
                    h.update(block)
                    size += len(block)
                    fout.write(block)
                fout.flush()
                os.fsync(fout.fileno())
            sha = h.hexdigest()
            final = self.attachment_path(sha)
            final.parent.mkdir(parents=True, exist_ok=True)
            if final.exists() and sha256_file(final) == sha:
                os.unlink(tmp)
            else:
                os.replace(tmp, final)
            return sha, size, Path(src).name
        except OSError as e:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise FieldkitError("The file {path} could not be copied into the workspace: {error}", path=str(src), error=str(e)) from e

    def store_blob(self, sha: str, data: bytes) -> None:
        """Store attachment bytes whose hash is already known (bundle import)."""
        if hashlib.sha256(data).hexdigest() != sha:
            raise IntegrityFailure("The attachment {sha} does not match its SHA-256.", sha=sha[:12])
        final = self.attachment_path(sha)
        if final.exists():
            return
        final.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=final.parent, prefix=".incoming-")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, final)

    def _link_attachment(self, incident_id: str, sha: str, size: int, filename: str) -> None:
        now = self.clock.now_iso()
        self.db.execute("INSERT OR IGNORE INTO attachments (sha256, size, created_at) VALUES (?, ?, ?)", [sha, size, now])
        self.db.execute(
            "INSERT OR IGNORE INTO incident_attachments (id, incident_id, sha256, filename, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)", [new_id(), incident_id, sha, filename, now, now])

    def _drop_orphan_attachments(self) -> None:
        orphans = [r[0] for r in self.db.execute(
            "SELECT sha256 FROM attachments WHERE sha256 NOT IN (SELECT sha256 FROM incident_attachments)")]
        for sha in orphans:
            self.db.execute("DELETE FROM attachments WHERE sha256 = ?", [sha])
            try:
                self.attachment_path(sha).unlink()
            except FileNotFoundError:
                pass

    # ---- internals -----------------------------------------------------------------------
    def _build(self, incident_id: str, clean: dict, *, version: int, prev_hash: str, reason: str,
               attachments: list[dict], deleted_at: str | None = None, created_at: str | None = None,
               device_id: str | None = None) -> tuple[dict, dict]:
        now = self.clock.now_iso()
        device = device_id or self.ws.device_id
        rec = dict(clean)
        rec["deleted_at"] = deleted_at
        content = canonical_json(content_of(rec, attachments))
        author = self.ws.user_name
        h = version_hash(record_id=incident_id, version=version, content=content, prev_hash=prev_hash,
                         reason=reason, created_at=now, device_id=self.ws.device_id, author=author)
        row = {
            "id": incident_id, **{k: clean[k] for k in EDITABLE}, "actors": json_column(clean["actors"]),
            "actors_text": actors_text(clean["actors"]), "tags": json_column(clean["tags"]), "sensitive": int(clean["sensitive"]),
            "device_id": device, "deleted_at": deleted_at, "version": version, "head_hash": h,
            "created_at": created_at or now, "updated_at": now,
        }
        ver = {"id": new_id(), "incident_id": incident_id, "version": version, "content": content, "reason": reason,
               "prev_hash": prev_hash, "hash": h, "device_id": self.ws.device_id, "author": author,
               "created_at": now, "updated_at": now}
        return row, ver

    def _executemany_insert(self, table: str, rows: list[dict]) -> None:
        if not rows:
            return
        cols = list(rows[0])
        self.db.conn.executemany(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [tuple(r[c] for c in cols) for r in rows])

    def _insert(self, incident_id: str, clean: dict, *, reason: str) -> dict:
        if self.db.execute("SELECT 1 FROM incidents WHERE id = ?", [incident_id]).fetchone():
            raise ValidationError({"id": msg("An incident with this id already exists.")})
        row, ver = self._build(incident_id, clean, version=1, prev_hash="", reason=reason, attachments=[])
        self._executemany_insert("incidents", [row])
        self._executemany_insert("incident_versions", [ver])
        return row

    def _rewrite_first_version(self, incident_id: str, reason: str) -> None:
        current = self.get(incident_id)
        self.db.execute("DELETE FROM incident_versions WHERE incident_id = ?", [incident_id])
        row, ver = self._build(incident_id, {k: current[k] for k in EDITABLE}, version=1, prev_hash="", reason=reason,
                               attachments=current["attachments"], created_at=current["created_at"])
        self.db.execute("UPDATE incidents SET head_hash = ?, updated_at = ? WHERE id = ?", [row["head_hash"], row["updated_at"], incident_id])
        self._executemany_insert("incident_versions", [ver])

    def _new_version(self, incident_id: str, clean: dict, current: dict, *, reason: str, deleted_at="keep") -> None:
        if deleted_at == "keep":
            deleted_at = current["deleted_at"]
        attachments = self.attachments(incident_id)
        row, ver = self._build(incident_id, clean, version=current["version"] + 1, prev_hash=current["head_hash"],
                               reason=reason, attachments=attachments, deleted_at=deleted_at,
                               created_at=current["created_at"], device_id=current["device_id"])
        sets = {k: v for k, v in row.items() if k not in ("id", "created_at", "device_id")}
        self.db.execute(f"UPDATE incidents SET {', '.join(k + ' = ?' for k in sets)} WHERE id = ?",
                        list(sets.values()) + [incident_id])
        self._executemany_insert("incident_versions", [ver])

    # ---- verification --------------------------------------------------------------------
    def verify(self) -> dict:
        """Recompute every version chain and attachment hash. Returns {'checked': {...}, 'problems': [...]}."""
        problems: list[dict] = []
        versions_by: dict[str, list] = {}
        for r in self.db.execute("SELECT incident_id, version, content, reason, prev_hash, hash, device_id, author, created_at "
                                 "FROM incident_versions ORDER BY incident_id, version"):
            versions_by.setdefault(r[0], []).append(r)
        n_inc = 0
        for rec in self.iter_all():
            n_inc += 1
            iid = rec["id"]
            chain = versions_by.pop(iid, [])
            if not chain:
                problems.append({"record": iid, "kind": "incident", "problem": "has no stored history"})
                continue
            prev = ""
            for expected_n, (_, n, content, reason, prev_hash, h, dev, author, created) in enumerate(chain, start=1):
                if n != expected_n:
                    problems.append({"record": iid, "kind": "incident", "problem": f"version {expected_n} is missing"})
                    break
                if prev_hash != prev:
                    problems.append({"record": iid, "kind": "incident", "problem": f"version {n} is not linked to version {n - 1}"})
                recomputed = version_hash(record_id=iid, version=n, content=content, prev_hash=prev_hash, reason=reason,
                                          created_at=created, device_id=dev, author=author)
                if recomputed != h:
                    problems.append({"record": iid, "kind": "incident", "problem": f"version {n} was altered after it was saved"})
                prev = h
            last = chain[-1]
            attachments = self.attachments(iid)
            live = canonical_json(content_of(rec, attachments))
            if live != last[2] or rec["head_hash"] != last[5] or rec["version"] != last[1]:
                problems.append({"record": iid, "kind": "incident",
                                 "problem": "the current record differs from its last saved version (edited outside FieldKit)"})
        for iid in versions_by:
            problems.append({"record": iid, "kind": "incident", "problem": "history exists for an incident that is gone"})
        n_att = 0
        for (sha,) in self.db.execute("SELECT sha256 FROM attachments ORDER BY sha256"):
            n_att += 1
            try:
                self.open_attachment(sha)
            except IntegrityFailure as e:
                problems.append({"record": sha, "kind": "attachment", "problem": e.message})
        return {"checked": {"incidents": n_inc, "attachments": n_att}, "problems": problems}
