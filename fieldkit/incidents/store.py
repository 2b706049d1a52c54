"""The incident store: the only writer of ``incidents``, ``incident_versions``, ``attachments``,
``incident_attachments`` and the full-text index (with ``remote.RemoteWriter``, which it hands out for
bundle imports). Every write tells the workspace what it touched (``ws.touched``).

Every save of an incident writes a new row in ``incident_versions`` holding the canonical JSON of
the record and a SHA-256 chained to the previous version's hash. Changing a *final* incident
requires a reason. ``verify()`` recomputes every chain, compares the live row with its last
version, and re-hashes every attachment file.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from .. import storage
from ..changes import ATTACHMENTS, INCIDENTS
from ..errors import FieldkitError, IntegrityFailure, NotFound, SearchQueryError, ValidationError, msg
from ..hashing import canonical_json, version_hash
from ..ids import is_uuid, new_id
from ..signatures import SignatureCheck, chain_problems
from .attachments import AttachmentFiles
from .fields import EDITABLE, actors_text, drop_defaults, json_column, source_grade, validate
from .remote import RemoteWriter
from .search import SORTABLE, IncidentFilter

log = logging.getLogger(__name__)
# the incident rows warm_up reads at most: what the main connection's page cache (storage.MAIN_CACHE_KIB) holds
# beside the full-text index, at about 600 bytes a row
WARM_ROWS = 150_000

# --------------------------------------------------------------------------------------------
# the store
# --------------------------------------------------------------------------------------------
ROW_COLUMNS = (
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
    "source_reliability",
    "source_credibility",
    "tags",
    "status",
    "sensitive",
    "markets",
    "fatalities",
    "device_id",
    "origin_device",
    "deleted_at",
    "version",
    "head_hash",
    "created_at",
    "updated_at",
)
LIST_COLUMNS = (
    "id",
    "title",
    "occurred_at",
    "category",
    "severity",
    "place",
    "status",
    "lat",
    "lon",
    "source_reliability",
    "source_credibility",
    "sensitive",
    "updated_at",
)


def _row_to_record(row: tuple, columns=None) -> dict:
    rec = dict(zip(columns or ROW_COLUMNS, row, strict=False))
    for k in ("actors", "tags", "markets"):
        if k in rec and isinstance(rec[k], str):
            rec[k] = json.loads(rec[k])
    if "sensitive" in rec:
        rec["sensitive"] = bool(rec["sensitive"])
    return rec


def content_of(rec: dict, attachments: list[dict]) -> dict:
    """The versioned content of an incident: its editable fields, attachments and trash flag."""
    c = drop_defaults({k: rec[k] for k in EDITABLE})
    c["sensitive"] = bool(c["sensitive"])
    c["attachments"] = sorted(
        ({"sha256": a["sha256"], "filename": a["filename"]} for a in attachments),
        key=lambda a: (a["sha256"], a["filename"]),
    )
    c["deleted"] = rec.get("deleted_at") is not None
    return c


class IncidentStore:
    def __init__(self, ws):
        self.ws = ws
        self.vocab = ws.vocab
        self.clock = ws.clock
        self.files = AttachmentFiles(ws.attachments_dir, ws.data_key)

    @property
    def db(self):
        return self.ws.db  # this thread's connection

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
            "SELECT version, content, reason, prev_hash, hash, device_id, author, created_at, signed_by "
            "FROM incident_versions WHERE incident_id = ? ORDER BY version",
            [incident_id],
        ).fetchall()
        return [
            {
                "version": r[0],
                "content": json.loads(r[1]),
                "reason": r[2],
                "prev_hash": r[3],
                "hash": r[4],
                "device_id": r[5],
                "author": r[6],
                "created_at": r[7],
                "signed_by": r[8],
            }
            for r in rows
        ]

    def chain(self, incident_id: str) -> list[str]:
        """The hashes of an incident's versions, oldest first (without reading their content)."""
        return [
            r[0]
            for r in self.db.execute(
                "SELECT hash FROM incident_versions WHERE incident_id = ? ORDER BY version", [incident_id]
            )
        ]

    def count(self, flt: IncidentFilter | None = None) -> int:
        flt = flt or IncidentFilter()
        frm, params, _ = flt.to_sql()
        return self._run(f"SELECT count(*) {frm}", params).fetchone()[0]

    def search_rowids(
        self, flt: IncidentFilter | None = None, sort: str = "occurred_at", descending: bool = True
    ) -> list[int]:
        """Row ids of every match in display order (cheap even for 100,000 rows)."""
        flt = flt or IncidentFilter()
        frm, params, uses_fts = flt.to_sql()
        order = self._order(sort, descending, uses_fts)
        return [r[0] for r in self._run(f"SELECT i.rowid {frm} ORDER BY {order}", params)]

    def rows_by_rowid(self, rowids: list[int], columns=LIST_COLUMNS) -> dict[int, dict]:
        out = {}
        for start in range(0, len(rowids), 500):
            chunk = rowids[start : start + 500]
            cur = self.db.execute(
                f"SELECT rowid, {', '.join(columns)} FROM incidents WHERE rowid IN ({','.join('?' * len(chunk))})",
                chunk,
            )
            for row in cur:
                out[row[0]] = _row_to_record(row[1:], columns)
        return out

    def search(
        self,
        flt: IncidentFilter | None = None,
        *,
        sort: str = "occurred_at",
        descending: bool = True,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict]:
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

    def warm_up(self, rows_per_step: int = 5000, max_rows: int = WARM_ROWS) -> Iterator[None]:
        """Read the full-text index, then the incident rows (the newest ``max_rows``: what the page cache holds),
        once, a step at a time (a few milliseconds each: the app runs them on the UI thread when it is idle, right
        after the unlock), so that their pages sit in this thread's connection's cache. In an encrypted workspace
        a page is decrypted the first time it is read: warmed, the first search after the unlock is as fast as the
        next ones (bench/run.py --only encryption)."""
        db = self.db
        last = -(2**63)
        while True:
            rows = db.execute(
                "SELECT id, length(block) FROM incidents_fts_data WHERE id > ? ORDER BY id LIMIT 500", [last]
            ).fetchall()
            if not rows:
                break
            last = rows[-1][0]
            yield
        db.execute("SELECT max(length(sz)) FROM incidents_fts_docsize").fetchone()
        yield
        top = db.execute("SELECT max(rowid) FROM incidents").fetchone()[0] or 0
        for hi in range(top, max(top - max_rows, 0), -rows_per_step):
            db.execute(  # length() of the texts reads whole rows (and their overflow pages)
                "SELECT max(length(title) + length(description)), max(severity) FROM incidents "
                "WHERE rowid BETWEEN ? AND ?",
                [hi - rows_per_step + 1, hi],
            ).fetchone()
            yield

    def _order(self, sort: str, descending: bool, uses_fts: bool) -> str:
        if sort == "rank" and uses_fts:
            return "bm25(incidents_fts, 10.0, 2.0, 4.0, 4.0), i.occurred_at DESC"
        col = SORTABLE.get(sort, SORTABLE["occurred_at"])
        return f"{col} {'DESC' if descending else 'ASC'}, i.rowid {'DESC' if descending else 'ASC'}"

    def _run(self, sql: str, params: list):
        try:
            return self.db.execute(sql, params)
        except storage.OperationalError as e:
            if "fts5" in str(e) or "MATCH" in str(e):
                raise SearchQueryError(
                    "The search could not be understood ({error}). Check quotation marks and AND/OR/NOT.", error=str(e)
                ) from e
            raise

    # ---- writing -------------------------------------------------------------------------
    def add(self, data: dict, *, attachments: Iterable[str | Path] = (), reason: str = "Created") -> dict:
        """Validate and store a new incident (and its first version). Returns the stored record."""
        clean = validate(data, self.vocab, self.clock.now())
        files = [Path(p) for p in attachments]
        for p in files:
            if not p.is_file():
                raise ValidationError(
                    {"attachments": msg("The file {path} does not exist or cannot be read.", path=str(p))}
                )
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
        self.ws.touched(INCIDENTS, [incident_id])
        if stored:
            self.ws.touched(ATTACHMENTS, [sha for sha, _, _ in stored])
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
        self.ws.touched(INCIDENTS, [i for i, _ in clean])
        return len(clean)

    def update(
        self,
        incident_id: str,
        changes: dict,
        *,
        reason: str = "",
        add_attachments: Iterable[str | Path] = (),
        remove_attachments: Iterable[str] = (),
    ) -> dict:
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
                raise ValidationError(
                    {"attachments": msg("The file {path} does not exist or cannot be read.", path=str(p))}
                )
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
                self.db.execute(
                    "DELETE FROM incident_attachments WHERE incident_id = ? AND sha256 = ?", [incident_id, sha]
                )
            self._new_version(incident_id, clean, current, reason=(reason or "Edited").strip())
        self.ws.touched(INCIDENTS, [incident_id])
        if stored or remove:
            self.ws.touched(ATTACHMENTS, [sha for sha, _, _ in stored] + sorted(remove))
        return self.get(incident_id)

    def delete(self, incident_id: str, reason: str = "Moved to the trash") -> dict:
        current = self.get(incident_id)
        if current["deleted_at"]:
            return current
        with self.db.atomic():
            self._new_version(
                incident_id,
                {k: current[k] for k in EDITABLE},
                current,
                reason=reason or "Moved to the trash",
                deleted_at=self.clock.now_iso(),
            )
        self.ws.touched(INCIDENTS, [incident_id])
        return self.get(incident_id)

    def restore(self, incident_id: str, reason: str = "Restored from the trash") -> dict:
        current = self.get(incident_id)
        if not current["deleted_at"]:
            return current
        with self.db.atomic():
            self._new_version(
                incident_id,
                {k: current[k] for k in EDITABLE},
                current,
                reason=reason or "Restored from the trash",
                deleted_at=None,
            )
        self.ws.touched(INCIDENTS, [incident_id])
        return self.get(incident_id)

    def purge(self, incident_id: str, reason: str = "") -> None:
        """Remove an incident in the trash for good, with its history; a tombstone remembers it (with the last
        versions this device had, so that a receiver that changed it since holds the deletion for review)."""
        current = self.get(incident_id)
        if not current["deleted_at"]:
            raise FieldkitError("Only an incident in the trash can be purged; move it to the trash first.")
        if not reason.strip():  # the reason given when it went to the trash says why it goes
            last = self.db.execute(
                "SELECT reason FROM incident_versions WHERE incident_id = ? ORDER BY version DESC LIMIT 1",
                [incident_id],
            ).fetchone()
            reason = last[0] if last and last[0] not in ("Moved to the trash", "") else ""
        with self.db.atomic():
            orphans = self.remove_for_good(
                incident_id,
                device_id=self.ws.device_id,
                deleted_at=self.clock.now_iso(),
                replace=True,
                chain=self.chain(incident_id),
                reason=reason,
            )
        self.forget_files(orphans)

    def remove_for_good(
        self,
        incident_id: str,
        *,
        device_id: str,
        deleted_at: str,
        replace: bool = False,
        chain: list[str] | tuple = (),
        reason: str = "",
    ) -> list[str]:
        """Delete an incident, its history and its links to attachments, remember the deletion (a tombstone), and
        drop the attachments no incident uses any more. Shared by a purge here and a deletion arriving in a bundle;
        runs inside the caller's transaction. Returns the attachments whose files ``forget_files`` removes once
        that transaction is committed (a rolled-back deletion must still find its files)."""
        orphans: list[str] = []
        if self.db.execute("SELECT 1 FROM incidents WHERE id = ?", [incident_id]).fetchone():
            self.db.execute("DELETE FROM incident_attachments WHERE incident_id = ?", [incident_id])
            self.db.execute("DELETE FROM incident_versions WHERE incident_id = ?", [incident_id])
            self.db.execute("DELETE FROM incidents WHERE id = ?", [incident_id])
            orphans = self._drop_orphan_attachments()
            self.ws.touched(INCIDENTS, [incident_id])
        self.ws.tombstones.add(
            "incident",
            incident_id,
            device_id=device_id,
            deleted_at=deleted_at,
            replace=replace,
            chain=chain,
            reason=reason,
        )
        return orphans

    def leave_behind(self, incident_ids: Iterable[str]) -> list[str]:
        """Remove incidents from this laptop only (travel mode): their rows, history and attachment links go, with no
        tombstone, so that no deletion travels in a bundle: HQ, which confirmed holding them, keeps them. Runs in
        the caller's transaction; returns the attachments whose files ``forget_files`` removes after it."""
        ids = list(incident_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            self.db.execute(f"DELETE FROM incident_attachments WHERE incident_id IN ({marks})", chunk)
            self.db.execute(f"DELETE FROM incident_versions WHERE incident_id IN ({marks})", chunk)
            self.db.execute(f"DELETE FROM incidents WHERE id IN ({marks})", chunk)
        orphans = self._drop_orphan_attachments()
        if ids:
            self.ws.touched(INCIDENTS, ids)
        return orphans

    def forget_files(self, shas: Iterable[str]) -> None:
        """Remove the files of attachments whose rows are gone (after the transaction that dropped them), except
        those an open conflict's other version names (its resolution keeps them)."""
        shas = list(shas)
        if not shas:
            return
        wanted = self.files_of_open_conflicts()
        for sha in shas:
            if sha in wanted:
                continue
            if not self.db.execute("SELECT 1 FROM attachments WHERE sha256 = ?", [sha]).fetchone():
                self.files.remove(sha)

    def files_of_open_conflicts(self) -> set[str]:
        """The attachments named by the other device's versions of incidents in open conflicts: their files came
        with the bundle and stay until the conflict is resolved (its resolution links them)."""
        found: set[str] = set()
        rows = self.db.execute(
            "SELECT remote_versions FROM conflicts WHERE resolved_at IS NULL AND record_type = 'incident' "
            "AND kind = 'edit'"
        )
        for (text,) in rows:
            try:
                for v in json.loads(text):
                    content = json.loads(v["content"])
                    found.update(a["sha256"] for a in content.get("attachments") or [])
            except (ValueError, TypeError, KeyError, AttributeError):  # a conflict stored by an older FieldKit
                log.warning("an open conflict's versions could not be read for its attachments")
        return found

    def remote_writer(self, expected: int) -> RemoteWriter:
        """The bulk writer of a bundle import (inside its transaction): ``write(added, updated)``, ``finish()``."""
        return RemoteWriter(self, expected)

    def resolve_with(
        self, incident_id: str, fields: dict, *, keep_attachments: Iterable[dict] = (), reason: str, now=None
    ) -> dict:
        """A conflict's resolution as the incident's next version: ``fields`` (validated here) and, besides its
        own attachments, ``keep_attachments`` ({sha256, filename}) whose files this workspace holds."""
        current = self.get(incident_id)
        clean = validate({**{k: current[k] for k in EDITABLE}, **fields}, self.vocab, now or self.clock.now())
        linked = []
        with self.db.atomic():
            for a in keep_attachments:  # attachments are never dropped: both sides' files are kept
                p = self.attachment_path(a["sha256"])
                if not p.exists():
                    raise IntegrityFailure(
                        "The file of attachment {name} (of the other device's version) is missing from this "
                        "workspace: the conflict was left open. Ask the other device for a new bundle (it brings the "
                        "file again), then resolve the conflict.",
                        name=a["filename"],
                    )
                self._link_attachment(incident_id, a["sha256"], self.attachment_size(a["sha256"]), a["filename"])
                linked.append(a["sha256"])
            self._new_version(incident_id, clean, self.get(incident_id), reason=reason)
        self.ws.touched(INCIDENTS, [incident_id])
        if linked:
            self.ws.touched(ATTACHMENTS, linked)
        return self.get(incident_id)

    # ---- attachments ---------------------------------------------------------------------
    def attachment_path(self, sha: str) -> Path:
        return self.files.path(sha)

    def open_attachment(self, sha: str) -> Path:
        """Return the path of an attachment after checking its SHA-256; raise IntegrityFailure if it changed. Its
        ``read_bytes`` gives the plain content (the file itself is sealed in an encrypted workspace: copy it out
        with ``copy_attachment``)."""
        return self.files.open_checked(sha)

    def copy_attachment(self, sha: str, dest: Path | str) -> None:
        """Write an attachment's plain content to ``dest`` after checking its SHA-256 (the user's export)."""
        self.files.copy_out(sha, Path(dest))

    def attachment_size(self, sha: str) -> int:
        """The size of an attachment's plain content."""
        return self.files.plain_size(sha)

    def _store_file(self, src: Path) -> tuple[str, int, str]:
        return self.files.store_file(src)

    def store_blob(self, sha: str, data: bytes | Path) -> bool:
        """Store attachment bytes whose hash is already known (bundle import); True when a new file was written."""
        return self.files.store_blob(sha, data)

    def _link_attachment(self, incident_id: str, sha: str, size: int, filename: str) -> None:
        now = self.clock.now_iso()
        self.db.execute(
            "INSERT OR IGNORE INTO attachments (sha256, size, created_at) VALUES (?, ?, ?)", [sha, size, now]
        )
        self.db.execute(
            "INSERT OR IGNORE INTO incident_attachments (id, incident_id, sha256, filename, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [new_id(), incident_id, sha, filename, now, now],
        )

    def _drop_orphan_attachments(self) -> list[str]:
        """Delete the rows of attachments no incident uses; their files go later (``forget_files``)."""
        orphans = [
            r[0]
            for r in self.db.execute(
                "SELECT sha256 FROM attachments WHERE sha256 NOT IN (SELECT sha256 FROM incident_attachments)"
            )
        ]
        for sha in orphans:
            self.db.execute("DELETE FROM attachments WHERE sha256 = ?", [sha])
        if orphans:
            self.ws.touched(ATTACHMENTS, orphans)
        return orphans

    # ---- internals -----------------------------------------------------------------------
    def _build(
        self,
        incident_id: str,
        clean: dict,
        *,
        version: int,
        prev_hash: str,
        reason: str,
        attachments: list[dict],
        deleted_at: str | None = None,
        created_at: str | None = None,
        device_id: str | None = None,
    ) -> tuple[dict, dict]:
        now = self.clock.now_iso()
        device = device_id or self.ws.device_id
        rec = dict(clean)
        rec["deleted_at"] = deleted_at
        content = canonical_json(content_of(rec, attachments))
        author = self.ws.user_name
        h = version_hash(
            record_id=incident_id,
            version=version,
            content=content,
            prev_hash=prev_hash,
            reason=reason,
            created_at=now,
            device_id=self.ws.device_id,
            author=author,
        )
        row = {
            "id": incident_id,
            **{k: clean[k] for k in EDITABLE},
            "actors": json_column(clean["actors"]),
            "actors_text": actors_text(clean["actors"]),
            "tags": json_column(clean["tags"]),
            "markets": json_column(clean["markets"]),
            "sensitive": int(clean["sensitive"]),
            "device_id": device,
            "deleted_at": deleted_at,
            "version": version,
            "head_hash": h,
            "created_at": created_at or now,
            "updated_at": now,
            "local_seq": self.next_local_seq(),
        }
        signature, signed_by = self.ws.sign_version(h)
        ver = {
            "id": new_id(),
            "incident_id": incident_id,
            "version": version,
            "content": content,
            "reason": reason,
            "prev_hash": prev_hash,
            "hash": h,
            "device_id": self.ws.device_id,
            "author": author,
            "created_at": now,
            "updated_at": now,
            "signature": signature,
            "signed_by": signed_by,
        }
        return row, ver

    def next_local_seq(self) -> int:
        """The local change number the next write of incidents takes (schema step 9): one more than the highest."""
        return self.db.execute("SELECT coalesce(max(local_seq), 0) + 1 FROM incidents").fetchone()[0]

    def max_local_seq(self) -> int:
        return self.db.execute("SELECT coalesce(max(local_seq), 0) FROM incidents").fetchone()[0]

    def _executemany_insert(self, table: str, rows: list[dict]) -> None:
        if not rows:
            return
        cols = list(rows[0])
        self.db.conn.executemany(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [tuple(r[c] for c in cols) for r in rows],
        )

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
        row, ver = self._build(
            incident_id,
            {k: current[k] for k in EDITABLE},
            version=1,
            prev_hash="",
            reason=reason,
            attachments=current["attachments"],
            created_at=current["created_at"],
        )
        sets = {k: row[k] for k in ("head_hash", "updated_at", "local_seq") if k in row}
        self.db.execute(
            f"UPDATE incidents SET {', '.join(k + ' = ?' for k in sets)} WHERE id = ?",
            list(sets.values()) + [incident_id],
        )
        self._executemany_insert("incident_versions", [ver])

    def _new_version(self, incident_id: str, clean: dict, current: dict, *, reason: str, deleted_at="keep") -> None:
        if deleted_at == "keep":
            deleted_at = current["deleted_at"]
        attachments = self.attachments(incident_id)
        row, ver = self._build(
            incident_id,
            clean,
            version=current["version"] + 1,
            prev_hash=current["head_hash"],
            reason=reason,
            attachments=attachments,
            deleted_at=deleted_at,
            created_at=current["created_at"],
            device_id=current["device_id"],
        )
        sets = {k: v for k, v in row.items() if k not in ("id", "created_at", "device_id")}
        self.db.execute(
            f"UPDATE incidents SET {', '.join(k + ' = ?' for k in sets)} WHERE id = ?",
            list(sets.values()) + [incident_id],
        )
        self._executemany_insert("incident_versions", [ver])

    # ---- verification --------------------------------------------------------------------
    def verify(self) -> dict:
        """Recompute every version chain and attachment hash. Returns {'checked': {...}, 'problems': [...]}."""
        problems: list[dict] = []
        versions_by: dict[str, list] = {}
        signed = SignatureCheck(self.ws)
        for r in self.db.execute(
            "SELECT incident_id, version, content, reason, prev_hash, hash, device_id, author, created_at, "
            "signature, signed_by FROM incident_versions ORDER BY incident_id, version"
        ):
            versions_by.setdefault(r[0], []).append(r)
        n_inc = 0
        for rec in self.iter_all():
            n_inc += 1
            iid = rec["id"]
            chain = versions_by.pop(iid, [])
            if not chain:
                problems.append({"record": iid, "kind": "incident", "problem": msg("has no stored history")})
                continue
            problems += [
                {"record": iid, "kind": "incident", "problem": m}
                for m in chain_problems(iid, [r[1:] for r in chain], signed)
            ]
            last = chain[-1]
            attachments = self.attachments(iid)
            live = canonical_json(content_of(rec, attachments))
            if live != last[2] or rec["head_hash"] != last[5] or rec["version"] != last[1]:
                problems.append(
                    {
                        "record": iid,
                        "kind": "incident",
                        "problem": msg(
                            "the current record differs from its last saved version (edited outside FieldKit)"
                        ),
                    }
                )
        for iid in versions_by:
            problems.append(
                {"record": iid, "kind": "incident", "problem": msg("history exists for an incident that is gone")}
            )
        n_att = 0
        for (sha,) in self.db.execute("SELECT sha256 FROM attachments ORDER BY sha256"):
            n_att += 1
            try:
                self.open_attachment(sha)
            except IntegrityFailure as e:
                problems.append({"record": sha, "kind": "attachment", "problem": msg(e.template, **e.params)})
        return {
            "checked": {"incidents": n_inc, "attachments": n_att},
            "problems": problems,
            "vouched": signed.vouched,
        }


def sign_existing_versions(conn, keys) -> int:
    """Schema step 6 (inside its transaction): sign every incident version saved before versions were signed,
    with this device's key (its own versions; for those it received, it vouches for them). Returns how many."""
    from ..signatures import sign_version

    rows = conn.execute("SELECT id, hash FROM incident_versions WHERE signature = ''").fetchall()
    conn.executemany(
        "UPDATE incident_versions SET signature = ?, signed_by = ? WHERE id = ?",
        [(sign_version(keys.signing, h), keys.sign_public, vid) for vid, h in rows],
    )
    return len(rows)
