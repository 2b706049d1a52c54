"""Searching incidents: what a user types becomes a safe FTS5 query, filters become SQL."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta

from ..clock import iso
from ..errors import SearchQueryError
from .fields import parse_datetime

# --------------------------------------------------------------------------------------------
# search
# --------------------------------------------------------------------------------------------
_TOKEN_RE = re.compile(r'-?"[^"]*"|\S+')
SORTABLE = {
    "occurred_at": "i.occurred_at",
    "title": "i.title COLLATE NOCASE",
    "category": "i.category",
    "severity": "i.severity",
    "place": "i.place COLLATE NOCASE",
    "status": "i.status",
    "updated_at": "i.updated_at",
    "source": "i.source_reliability || i.source_credibility",
}


def fts_query(text: str) -> str:
    """Turn what a user typed into an FTS5 query: a word also finds the words it begins (as users expect of a search
    box: "fisher" finds "fishermen"; words of three letters or more), "quoted phrases" match exactly (hyphens and
    apostrophes included), word* prefixes work, AND/OR/NOT are operators, and ``-word`` (or ``-"a phrase"``) leaves
    out what it matches (the HQ database's search, ``fieldkit.hq.store.tsquery_text``, reads it the same way)."""
    if text.count('"') % 2:
        raise SearchQueryError('The search "{text}" has an unclosed quotation mark.', text=text)
    parts, left_out = [], []
    for tok in _TOKEN_RE.findall(text):
        negate = tok.startswith("-") and len(tok) > 1 and tok not in ("AND", "OR", "NOT")
        word = tok[1:] if negate else tok
        if word in ("AND", "OR", "NOT") and not negate:
            parts.append(word)
            continue
        if word.startswith('"'):
            if len(word) <= 2:
                continue
            term = word
        elif word.endswith("*") and len(word) > 1:
            term = '"' + word[:-1].replace('"', '""') + '"*'
        else:
            term = '"' + word.replace('"', '""') + '"' + ("*" if len(word) >= 3 else "")
        (left_out if negate else parts).append(term)
    if parts and (parts[0] in ("AND", "OR", "NOT") or parts[-1] in ("AND", "OR", "NOT")):
        raise SearchQueryError(
            'The search "{text}" starts or ends with AND, OR or NOT; put words on both sides.', text=text
        )
    if left_out and not parts:
        raise SearchQueryError(
            'The search "{text}" only leaves words out (-word); put a word to look for too.', text=text
        )
    if left_out:  # FTS5's NOT takes a left side: what is looked for, then each word left out
        return "(" + " ".join(parts) + ")" + "".join(f" NOT {t}" for t in left_out)
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
    markets: list[str] = field(default_factory=list)  # any of these criminal market codes
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
                # CROSS JOIN: the full-text matches drive the loop (newer SQLite planners, as in SQLCipher 4.12, would
                # otherwise walk every live incident and query the index once per row: 1,000 times slower)
                frm = "FROM incidents_fts f CROSS JOIN incidents i ON i.rowid = f.rowid"
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
        if self.markets:
            where.append(
                f"EXISTS (SELECT 1 FROM json_each(i.markets) WHERE value IN ({','.join('?' * len(self.markets))}))"
            )
            params.extend(m.strip().upper() for m in self.markets)
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
        raise SearchQueryError("'{value}' is not a date; use the form 2026-03-14.", value=value) from None
    if end and precision == "day":
        dt = dt + timedelta(days=1) - timedelta(milliseconds=1)
    elif end and precision == "month":
        nxt = (dt.replace(day=28) + timedelta(days=4)).replace(day=1)
        dt = nxt - timedelta(milliseconds=1)
    return iso(dt)
