"""Incidents that arrive from another device (a bundle): judged by the same rules as those typed here,
and written by the incident store, the only writer of the incident tables.

``check_remote`` is run on every record of a bundle (also in the bundle checker's helper process, so it
takes and returns plain values); ``RemoteWriter`` writes the records that passed, in bulk, inside the
import's transaction."""

from __future__ import annotations

import operator
from datetime import datetime

import orjson

from ..changes import ATTACHMENTS, INCIDENTS
from ..errors import ValidationError
from ..hashing import canonical_json
from .fields import EDITABLE, OPTIONAL, CleanCheck, actors_text, drop_defaults, json_column, validate, with_defaults

CONTENT_KEYS = frozenset(EDITABLE) | {"attachments", "deleted"}
REQUIRED_KEYS = CONTENT_KEYS - frozenset(OPTIONAL)  # the optional fields are absent at their default
_PLAIN = tuple(k for k in EDITABLE if k not in ("actors", "tags", "sensitive", "markets", "fatalities"))
# the columns of an incidents row built from a remote record, in order; a new row adds ROW_TAIL
ROW_COLS = _PLAIN + (
    "actors",
    "tags",
    "sensitive",
    "markets",
    "fatalities",
    "actors_text",
    "deleted_at",
    "version",
    "head_hash",
    "updated_at",
)
ROW_TAIL = ("id", "device_id", "origin_device", "created_at")
_plain_fields = operator.itemgetter(*_PLAIN)
_SORT_KEYS = orjson.OPT_SORT_KEYS


def _content_of_fields(fields: dict, content: dict) -> dict:
    return drop_defaults({**fields, "attachments": content["attachments"], "deleted": content["deleted"]})


def check_remote(content: dict, text: str, clean: CleanCheck, vocab, now: datetime) -> str | None:
    """Why the latest content of a remote incident cannot be stored, or None when it can.

    ``content`` is the parsed ``text`` of the record's last (signed) version. It can be stored only when it
    is exactly what this FieldKit would have stored for these fields: every field valid (``validate``) and
    already in its canonical form, no field more or less, and the version text canonical JSON. Otherwise the
    stored row would differ from the signed history (``verify`` would then call it "edited outside
    FieldKit") or hold a value the rest of the app cannot show (a latitude as text, a 10 MB title)."""
    if not REQUIRED_KEYS <= content.keys() <= CONTENT_KEYS or type(content["deleted"]) is not bool:
        extra = sorted(set(content) - CONTENT_KEYS)
        return (
            f"has fields FieldKit does not know ({', '.join(k[:40] for k in extra[:5])})"
            if extra
            else "lacks fields every incident has"
        )
    atts = content["attachments"]
    for a in atts:
        if (
            type(a) is not dict
            or a.keys() != {"sha256", "filename"}
            or type(a["filename"]) is not str
            or not a["filename"]
            or len(a["filename"]) > 255
            or "/" in a["filename"]
            or "\\" in a["filename"]
        ):
            return "has an attachment without a plain file name"
    if atts != sorted(atts, key=lambda a: (a["sha256"], a["filename"])):
        return "is not in the form FieldKit stores (attachments out of order)"
    given = [k for k in OPTIONAL if k in content]
    if any(content[k] in (None, [], ()) for k in given):  # at its default an optional field is left out
        return "is not in the form FieldKit stores (an empty optional field)"
    full = content if len(given) == len(OPTIONAL) else {**with_defaults(content), **content}
    if clean.ok(full):  # a sure yes: every field is valid and canonical
        if orjson.dumps(content, option=_SORT_KEYS) == text.encode():
            return None
        return None if canonical_json(content) == text else "is not in the form FieldKit stores (its version text)"
    fields = with_defaults(content)
    try:
        cleaned = validate(fields, vocab, now)
    except ValidationError as e:
        return e.message
    if canonical_json(_content_of_fields(cleaned, content)) != text:
        differ = [k for k in EDITABLE if canonical_json(cleaned[k]) != canonical_json(fields[k])]
        return f"is not in the form FieldKit stores ({', '.join(differ) or 'its version text'})"
    return None


def remote_row(
    content: dict,
    rid: str,
    version: int,
    head_hash: str,
    created: str,
    device_id: str,
    origin: str,
    record_created_at: str,
) -> tuple:
    """The incidents row (``ROW_COLS + ROW_TAIL``) for content that passed ``check_remote``."""
    actors = content["actors"]
    return _plain_fields(content) + (
        json_column(actors),
        json_column(content["tags"]),
        int(content["sensitive"]),
        json_column(content.get("markets") or []),
        content.get("fatalities"),
        actors_text(actors) if actors else "",
        created if content["deleted"] else None,
        version,
        head_hash,
        created,
        rid,
        device_id,
        origin,
        record_created_at,
    )


# an import that at least doubles the table builds these indexes once at the end (one sort each) instead of
# updating them row by row; below that, updating in place is cheaper than rebuilding
REBUILD_INDEXES = (
    "idx_incidents_occurred",
    "idx_incidents_category",
    "idx_incidents_severity",
    "idx_incidents_latlon",
    "idx_incidents_deleted_occurred",  # schema step 10 (it replaced idx_incidents_deleted)
    "idx_incidents_updated",
)
REBUILD_MIN_ROWS = 1_000

# the map's cluster cells (schema step 12) of the rows an import chunk added, in one grouped statement instead of
# ten upserts per row in the schema's trigger map_cells_ai (dropped for the import, like the full-text one)
MAP_CELLS_OF_NEW_ROWS = (
    "INSERT INTO map_cells (z, cx, cy, category, severity, sensitive, n, slat, slon) "
    "SELECT l.z, CAST((i.lon + 180.0) / l.size AS INTEGER), CAST((i.lat + 90.0) / l.size AS INTEGER), i.category, "
    "i.severity, i.sensitive != 0, count(*), sum(i.lat), sum(i.lon) "
    "FROM incidents i CROSS JOIN map_levels l WHERE i.rowid > ? AND i.deleted_at IS NULL AND i.lat IS NOT NULL "
    "GROUP BY 1, 2, 3, 4, 5, 6 "
    "ON CONFLICT DO UPDATE SET n = n + excluded.n, slat = slat + excluded.slat, slon = slon + excluded.slon"
)


class RemoteWriter:
    """Writes checked chunks of remote incidents inside the import transaction (``IncidentStore.remote_writer``).

    New rows reach the full-text index and the map's cluster cells in one statement per chunk each instead of
    trigger calls per row, and a
    large import rebuilds the secondary indexes once at the end. DDL is transactional in SQLite: a failed
    import restores trigger and indexes with everything else."""

    def __init__(self, store, expected: int):
        self.store, self.ws, self.conn = store, store.ws, store.db.conn
        conn = self.conn
        self.trigger = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'incidents_ai'"
        ).fetchone()
        if self.trigger:
            conn.execute("DROP TRIGGER incidents_ai")
        self.map_trigger = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'map_cells_ai'"
        ).fetchone()
        if self.map_trigger:
            conn.execute("DROP TRIGGER map_cells_ai")
        count = conn.execute("SELECT count(*) FROM incidents").fetchone()[0]
        self.rebuild = []
        if expected >= max(count, REBUILD_MIN_ROWS):
            marks = ",".join("?" * len(REBUILD_INDEXES))
            self.rebuild = [
                sql
                for (sql,) in conn.execute(
                    f"SELECT sql FROM sqlite_master WHERE type = 'index' AND name IN ({marks})", REBUILD_INDEXES
                )
            ]
            for name in REBUILD_INDEXES:
                conn.execute(f"DROP INDEX IF EXISTS {name}")
        # a row received takes this workspace's next local change number (schema step 9): it is relayed by number
        self.seq = store.next_local_seq()  # one number for the whole import, however it is cut in chunks
        self.insert_sql = (
            f"INSERT INTO incidents ({', '.join(ROW_COLS + ('local_seq',) + ROW_TAIL)}) "
            f"VALUES ({', '.join('?' * (len(ROW_COLS) + 1 + len(ROW_TAIL)))})"
        )
        self.update_sql = (
            f"UPDATE incidents SET {', '.join(c + ' = ?' for c in ROW_COLS + ('local_seq',))} WHERE id = ?"
        )

    def write(self, added: list[tuple], updated: list[tuple]) -> None:
        """``added`` and ``updated``: (id, row, versions, attachments) per record, where ``row`` comes from
        ``remote_row`` and ``versions`` are rows of incident_versions (id, incident_id, version, content,
        reason, prev_hash, hash, device_id, author, created_at, updated_at, signature, signed_by)."""
        conn = self.conn
        upd = [r[0] for r in updated]
        have: dict[str, set] = {}
        for start in range(0, len(upd), 900):
            chunk = upd[start : start + 900]
            for rid, v in conn.execute(
                f"SELECT incident_id, version FROM incident_versions WHERE incident_id IN "
                f"({','.join('?' * len(chunk))})",
                chunk,
            ):
                have.setdefault(rid, set()).add(v)
        n_cols = len(ROW_COLS)
        seq = self.seq
        vrows, links, empty = [], [], set()
        new_rows = [row[:n_cols] + (seq,) + row[n_cols:] for _, row, _, _ in added]
        for rid, _, versions, attachments in added:
            vrows += versions
            links += [(rid, a) for a in attachments]
        upd_rows = []
        for rid, row, versions, attachments in updated:
            known = have.get(rid, empty)
            vrows += [v for v in versions if v[2] not in known]
            upd_rows.append(row[:n_cols] + (seq, rid))
            links += [(rid, a) for a in attachments]
        # in key order: B-tree pages fill in sequence instead of being revisited at random
        new_rows.sort(key=operator.itemgetter(n_cols + 1))
        # version ids were made in record order (ordered_id_stream), so both indexes of incident_versions grow at
        # their end
        vrows.sort(key=operator.itemgetter(1, 2))
        top = conn.execute("SELECT coalesce(max(rowid), 0) FROM incidents").fetchone()[0]
        conn.executemany(self.insert_sql, new_rows)
        if self.trigger and new_rows:
            conn.execute(
                "INSERT INTO incidents_fts (rowid, title, description, place, actors_text) "
                "SELECT rowid, title, description, place, actors_text FROM incidents WHERE rowid > ?",
                [top],
            )
        if self.map_trigger and new_rows:
            conn.execute(MAP_CELLS_OF_NEW_ROWS, [top])
        conn.executemany(self.update_sql, upd_rows)
        conn.executemany(
            "INSERT INTO incident_versions (id, incident_id, version, content, reason, prev_hash, hash, device_id, "
            "author, created_at, updated_at, signature, signed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            vrows,
        )
        for rid in upd:
            conn.execute("DELETE FROM incident_attachments WHERE incident_id = ?", [rid])
        for rid, a in links:
            self.store._link_attachment(rid, a["sha256"], self.store.attachment_size(a["sha256"]), a["filename"])
        ids = [r[0] for r in added] + upd
        if ids:
            self.ws.touched(INCIDENTS, ids)
        if links or upd:
            self.ws.touched(ATTACHMENTS, sorted({a["sha256"] for _, a in links}))

    def finish(self) -> None:
        if self.trigger:
            self.conn.execute(self.trigger[0])
        if self.map_trigger:
            self.conn.execute(self.map_trigger[0])
        for sql in self.rebuild:
            self.conn.execute(sql)
