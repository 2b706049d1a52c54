"""The HQ store's bundle inbox (schema step 4, docs/hq-postgresql.md): bundles handed to the store by any machine
with the importer role, merged by the HQ workspace's merge service.

- ``submit``: a file goes into ``bundle_inbox`` (its SHA-256, size and name) and ``bundle_inbox_blocks`` (1 MiB
  blocks), in one transaction. The submitter needs neither the HQ workspace nor its keys: bundles are encrypted to
  HQ and signed by their device, so a submitter can neither read one nor change it unseen. The same file submitted
  twice, at once or later, is one entry (``sha256`` is unique): the second submitter is told the first one's state.
- ``Inbox.serve_once``: the merge service (``fieldkit hq serve``, on the HQ workspace) takes the oldest waiting
  entry under a row lock (``FOR NO KEY UPDATE SKIP LOCKED``: two services never take the same one), rebuilds the file in
  the workspace's own scratch folder checking its SHA-256, imports it with the one merge engine
  (``fieldkit.sync.bundle.import_bundle``: every check a USB stick's bundle gets), publishes the result, then writes
  the outcome back (``imported`` with the import's counts, or ``refused`` with its plain sentence) and drops the
  blocks of an imported file. A service that stops half-way leaves the entry waiting; taking it again is safe, since
  importing a bundle twice changes nothing.

- ``ask_resolution``: an analyst asks, from any desk, for a conflict the store shows to be resolved
  (``conflict_requests``, schema step 6); the service applies it with the merge engine's own resolution
  (``fieldkit.sync.bundle.resolve_conflict``: a new version whose reason names who asked), publishes and writes the
  outcome back. Two analysts resolving the same conflict at once: the first applies, the second is refused.

This module is the one writer of the inbox tables and of ``conflict_requests``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from ..errors import (
    ConflictNotOpen,
    FieldkitError,
    HqStoreError,
    HqUnreachable,
    IntegrityFailure,
    StorageError,
    ValidationError,
    msg,
)
from ..storage import atomic_write
from ..text import LABEL_MAX, one_line
from . import pg
from .store import HqStore, _rechunk

log = logging.getLogger(__name__)

CHANNEL = "fieldkit_inbox"  # NOTIFY'd at each submission: a waiting service wakes up at once
STATES = ("waiting", "imported", "refused")


def _entry(row) -> dict:
    id_, sha, size, name, by, at, state, handled_at, handled_by, report = row
    return {
        "kind": "bundle",
        "id": id_,
        "sha256": sha,
        "size": size,
        "name": name,
        "submitted_by": by,
        "submitted_at": at.isoformat() if at else None,
        "state": state,
        "handled_at": handled_at.isoformat() if handled_at else None,
        "handled_by": handled_by,
        "report": _json_dict(report),
    }


def _json_dict(text) -> dict:
    try:
        value = json.loads(text or "{}")
    except (ValueError, TypeError):
        return {}
    return value if isinstance(value, dict) else {}


_COLUMNS = "id, sha256, size, name, submitted_by, submitted_at, state, handled_at, handled_by, report"
_RCOLUMNS = "id, conflict_id, choices, reason, requested_by, requested_at, state, handled_at, handled_by, report"


def _request(row) -> dict:
    id_, cid, choices, reason, by, at, state, handled_at, handled_by, report = row
    try:
        choices = json.loads(choices)
    except ValueError:
        choices = None
    return {
        "kind": "resolution",
        "id": id_,
        "conflict_id": cid,
        "choices": choices if isinstance(choices, dict) else None,  # None: not a request FieldKit made
        "reason": reason,
        "requested_by": by,
        "requested_at": at.isoformat() if at else None,
        "state": state,
        "handled_at": handled_at.isoformat() if handled_at else None,
        "handled_by": handled_by,
        "report": _json_dict(report),
    }


class Inbox:
    def __init__(self, dsn: str):
        self.store = HqStore(dsn)  # the inbox's own connection: it holds an entry's row lock while it is imported
        self._publisher = HqStore(dsn)  # the publication commits on a connection of its own

    # -- submitting (any machine, the importer role) ----------------------------------------------------------
    def submit(self, path: Path | str) -> dict:
        """Hand one bundle file to the store. Returns its entry, with ``new`` False when the same file was there."""
        path = Path(path)
        try:
            size = path.stat().st_size
        except OSError as e:
            raise FieldkitError("The file {name} could not be read: {error}", name=path.name, error=e.strerror) from e
        from ..sync.bundle import MAX_TOTAL

        if size > MAX_TOTAL:  # the most a bundle's reader takes
            raise HqStoreError("The file {name} is too large to be a bundle: nothing was sent.", name=path.name)
        h = hashlib.sha256()
        try:
            with open(path, "rb") as f:
                while block := f.read(1 << 20):
                    h.update(block)
        except OSError as e:
            raise FieldkitError("The file {name} could not be read: {error}", name=path.name, error=e.strerror) from e
        sha = h.hexdigest()
        new_id = str(uuid.uuid4())
        with self.store.connect() as conn, pg.translated():
            with conn.transaction():
                made = conn.execute(
                    "INSERT INTO bundle_inbox (id, sha256, size, name) VALUES (%s, %s, %s, %s) "
                    "ON CONFLICT (sha256, submitted_by) DO NOTHING RETURNING id",
                    [new_id, sha, size, one_line(path.name, LABEL_MAX)],
                ).fetchone()
                if made is not None:
                    sent = hashlib.sha256()
                    with open(path, "rb") as f:  # (INSERT, not COPY: the blocks' row-level policy binds a desk)
                        for n, block in enumerate(_rechunk(iter(lambda: f.read(1 << 20), b""))):
                            sent.update(block)
                            conn.execute(
                                "INSERT INTO bundle_inbox_blocks (inbox_id, n, data) VALUES (%s, %s, %s)",
                                [new_id, n, block],
                            )
                    if sent.hexdigest() != sha:  # the file changed while it was read: nothing is kept
                        raise IntegrityFailure(
                            "The file {name} changed while it was being sent: nothing was sent. Try again.",
                            name=path.name,
                        )
                    conn.execute("SELECT pg_notify(%s, %s)", [CHANNEL, new_id])
                row = conn.execute(
                    f"SELECT {_COLUMNS} FROM bundle_inbox WHERE sha256 = %s AND submitted_by = current_user", [sha]
                ).fetchone()
        return {**_entry(row), "new": made is not None}

    def entries(self, *, state: str | None = None, ids: list[str] | None = None, limit: int = 200) -> list[dict]:
        where, params = [], []
        if state:
            where.append("state = %s")
            params.append(state)
        if ids is not None:
            where.append("id = ANY(%s)")
            params.append(list(ids))
        q = f"SELECT {_COLUMNS} FROM bundle_inbox"
        if where:
            q += " WHERE " + " AND ".join(where)
        q += " ORDER BY submitted_at DESC, id LIMIT %s"
        with self.store.connect() as conn, pg.translated():
            return [_entry(r) for r in conn.execute(q, [*params, int(limit)])]

    def wait(self, ids: list[str], timeout: float, *, poll: float = 0.5) -> list[dict]:
        """The entries ``ids`` once none is waiting any more, or as they stand after ``timeout`` seconds."""
        deadline = time.monotonic() + max(0.0, timeout)
        while True:
            got = self.entries(ids=ids, limit=len(ids) or 1)
            if all(e["state"] != "waiting" for e in got) or time.monotonic() >= deadline:
                return got
            time.sleep(poll)

    # -- merging (the HQ workspace) ------------------------------------------------------------------------------
    def full_id(self, prefix: str) -> str:
        """The id of the one entry whose id begins with ``prefix`` (``hq inbox`` shows the first 8 characters)."""
        prefix = (prefix or "").strip()
        with self.store.connect() as conn, pg.translated():
            found = conn.execute(
                "SELECT id FROM bundle_inbox WHERE id LIKE %s ORDER BY id LIMIT 2",
                [prefix.replace("%", "").replace("_", "\\_") + "%"],
            ).fetchall()
        if len(found) != 1 or not prefix:
            raise HqStoreError("No bundle {id} (or more than one) is in the HQ database's inbox.", id=prefix)
        return found[0][0]

    def retry(self, entry_id: str) -> dict:
        """Put a refused entry back in the queue (after trusting its signer, say). Its file must still be held.
        ``entry_id`` may be the start of the id."""
        entry_id = self.full_id(entry_id)
        with self.store.connect() as conn, pg.translated():
            row = conn.execute(
                "UPDATE bundle_inbox SET state = 'waiting', handled_at = NULL, handled_by = '', report = '{}' "
                "WHERE id = %s AND state = 'refused' "
                "AND EXISTS (SELECT 1 FROM bundle_inbox_blocks b WHERE b.inbox_id = bundle_inbox.id) "
                f"RETURNING {_COLUMNS}",
                [entry_id],
            ).fetchone()
            if row is None:
                raise HqStoreError("No refused bundle {id} that can be tried again is in the HQ database.", id=entry_id)
            conn.execute("SELECT pg_notify(%s, %s)", [CHANNEL, entry_id])
        return _entry(row)

    # -- conflicts resolved from any desk (an analyst role) -------------------------------------------------------
    def open_conflicts(self) -> list[dict]:
        """The open conflicts the store holds (as the HQ workspace published them), oldest first."""
        with self.store.connect() as conn, pg.translated():
            rows = conn.execute(
                "SELECT c.id, c.record_type, c.record_id, c.remote_device, c.created_at, c.kind, "
                "coalesce(i.title, ''), coalesce(t.label, '') FROM conflicts c "
                "LEFT JOIN incidents i ON i.id = c.record_id "
                "LEFT JOIN trusted_keys t ON t.device_id = c.remote_device "
                "WHERE c.resolved_at IS NULL ORDER BY c.created_at, c.id"
            ).fetchall()
        keys = ("id", "record_type", "record_id", "remote_device", "created_at", "kind", "title", "remote_label")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def conflict_fields(self, conflict_id: str) -> list[dict]:
        """An open incident conflict of the store, field by field: HQ's value (``local``) and the other device's
        (``remote``), and whether they differ (``bundle.field_differences``); [] for a deletion or an assessment
        (resolved by choosing a side) or a record the store does not hold."""
        from ..sync.bundle import field_differences

        with self.store.connect() as conn, pg.translated():
            row = conn.execute(
                "SELECT record_type, record_id, kind, remote_versions FROM conflicts "
                "WHERE id = %s AND resolved_at IS NULL",
                [conflict_id],
            ).fetchone()
        if row is None or row[0] != "incident" or row[2] == "deletion":
            return []
        local = self.store.incident(row[1], include_sensitive=True)
        try:
            versions = json.loads(row[3])
            return field_differences(local, versions) if local and versions else []
        except (ValueError, KeyError, TypeError):  # never written by FieldKit: no comparison rather than a wrong one
            return []

    def ask_resolution(self, conflict_id: str, keep: str = "local", fields: dict | None = None, reason: str = ""):
        """Ask the HQ workspace to resolve an open conflict of the store: keep ``local`` (HQ's) or ``remote`` (the
        other device's) side, per field where ``fields`` says (incident conflicts). Returns the request."""
        if keep not in ("local", "remote") or any(v not in ("local", "remote") for v in (fields or {}).values()):
            raise ValidationError({"choice": msg("Each field takes 'local' or 'remote'.")})
        prefix = (conflict_id or "").strip()
        with self.store.connect() as conn, pg.translated():
            found = conn.execute(
                "SELECT id FROM conflicts WHERE resolved_at IS NULL AND id LIKE %s ORDER BY id LIMIT 2",
                [prefix.replace("%", "").replace("_", "\\_") + "%"],
            ).fetchall()
            if len(found) != 1 or not prefix:
                raise ConflictNotOpen("No open conflict with id {id}.", id=prefix)
            choices = json.dumps({"keep": keep, "fields": dict(fields or {})})
            row = conn.execute(
                "INSERT INTO conflict_requests (id, conflict_id, choices, reason) VALUES (%s, %s, %s, %s) "
                f"RETURNING {_RCOLUMNS}",
                [str(uuid.uuid4()), found[0][0], choices, one_line(reason, 500)],
            ).fetchone()
            conn.execute("SELECT pg_notify(%s, %s)", [CHANNEL, row[0]])
        return _request(row)

    def requests(self, *, ids: list[str] | None = None, limit: int = 200) -> list[dict]:
        q, params = f"SELECT {_RCOLUMNS} FROM conflict_requests", []
        if ids is not None:
            q += " WHERE id = ANY(%s)"
            params.append(list(ids))
        q += " ORDER BY requested_at DESC, id LIMIT %s"
        with self.store.connect() as conn, pg.translated():
            return [_request(r) for r in conn.execute(q, [*params, int(limit)])]

    def wait_requests(self, ids: list[str], timeout: float, *, poll: float = 0.5) -> list[dict]:
        deadline = time.monotonic() + max(0.0, timeout)
        while True:
            got = self.requests(ids=ids, limit=len(ids) or 1)
            if all(e["state"] != "waiting" for e in got) or time.monotonic() >= deadline:
                return got
            time.sleep(poll)

    def _resolve_one(self, ws) -> dict | None:
        """Apply the oldest waiting conflict request to ``ws`` and publish; None when none waits."""
        from ..sync import bundle

        with self.store.connect() as conn, pg.translated():
            row = conn.execute(
                f"SELECT {_RCOLUMNS} FROM conflict_requests WHERE state = 'waiting' ORDER BY requested_at, id "
                "LIMIT 1 FOR UPDATE SKIP LOCKED"
            ).fetchone()
            if row is None:
                return None
            req = _request(row)
            try:
                c = next((x for x in bundle.list_conflicts(ws) if x["id"] == req["conflict_id"]), None)
                if c is None:
                    raise ConflictNotOpen("No open conflict with id {id}.", id=req["conflict_id"])
                choices = req["choices"] or {}
                keep, fields = choices.get("keep"), choices.get("fields") or {}
                if keep not in ("local", "remote") or not isinstance(fields, dict):  # a request FieldKit did not make
                    raise ValidationError({"choice": msg("Each field takes 'local' or 'remote'.")})
                choices = keep
                if fields and c.get("kind") != "deletion" and c["record_type"] == "incident":
                    choices = {**{r["field"]: keep for r in bundle.conflict_fields(ws, c)}, **fields}
                asked = f"asked by {one_line(req['requested_by'], LABEL_MAX)} through the HQ database"
                said = one_line(req["reason"], 500)
                why = f"{said} ({asked})" if said else f"Resolved a conflict ({asked})"
                bundle.resolve_conflict(ws, c["id"], choices, reason=why)
                state, report = "applied", {"record_id": c["record_id"], "record_type": c["record_type"]}
            except FieldkitError as e:
                state, report = "refused", _refusal(e)
            if state == "applied":
                self._publisher.publish(ws)
            conn.execute(
                "UPDATE conflict_requests SET state = %s, handled_at = now(), handled_by = %s, report = %s "
                "WHERE id = %s",
                [state, ws.device_id, json.dumps(report), req["id"]],
            )
        log.info("conflict request %s: %s", req["id"][:8], state)
        return {**req, "state": state, "report": report}

    def serve_once(self, ws, *, passphrase: str | None = None, trust: dict[str, str] | None = None) -> dict | None:
        """Import the oldest waiting bundle into ``ws`` and publish it, else apply the oldest waiting conflict request
        (its entry has ``"kind": "resolution"``); None when nothing is waiting. ``trust``: entry id -> the SHA-256 of
        its file when the operator chose to trust its signer on first sight (``import bundle --trust``): used once,
        and only for that file (another file put in the same entry later is not trusted). Anything a crafted file
        or entry raises refuses that entry, never stops the service."""
        from ..sync import bundle

        with self.store.connect() as conn, pg.translated():
            row = conn.execute(
                f"SELECT {_COLUMNS} FROM bundle_inbox WHERE state = 'waiting' ORDER BY submitted_at, id "
                "LIMIT 1 FOR NO KEY UPDATE SKIP LOCKED"  # (a desk's foreign-key check never hides an entry)
            ).fetchone()
            if row is None:
                return self._resolve_one(ws)
            entry = _entry(row)
            tmp = bundle._scratch_dir(ws) / f"inbox-{uuid.uuid4().hex}.fkb"
            report: dict
            try:
                try:
                    atomic_write(tmp, _blocks(conn, entry["id"], entry["size"]), expect_sha256=entry["sha256"])
                except IntegrityFailure:
                    raise IntegrityFailure(
                        "The bundle in the HQ database is incomplete or was altered there: it was not imported."
                    ) from None
                except OSError as e:
                    raise StorageError(
                        "The bundle could not be written in the HQ workspace's folder ({error}): it was not imported. "
                        "Free some space, then put it back in the queue ('fieldkit hq inbox --retry').",
                        error=e.strerror or type(e).__name__,
                    ) from None
                trusted = trust is not None and trust.get(entry["id"]) == entry["sha256"]
                if trusted:
                    del trust[entry["id"]]  # once
                report = bundle.import_bundle(
                    ws, tmp, passphrase=passphrase, trust=trusted, expect_sha256=entry["sha256"]
                )
                state = "imported"
            except FieldkitError as e:
                if tmp.exists():
                    bundle.note_refusal(ws, tmp, e)
                report, state = _refusal(e), "refused"
            except Exception as e:  # noqa: BLE001 - a crafted file must not stop the inbox for every desk
                log.error("an inbox bundle failed unexpectedly: %s", type(e).__name__)
                plain = FieldkitError(
                    "The bundle could not be read ({kind}): it is damaged or was made to harm. Nothing was changed.",
                    kind=type(e).__name__,
                )
                report, state = _refusal(plain), "refused"
            finally:
                tmp.unlink(missing_ok=True)
            if state == "imported":  # published before the entry says so; if it fails the entry waits, and taking it
                self._publisher.publish(ws)  # again imports nothing and publishes again
            conn.execute(
                "UPDATE bundle_inbox SET state = %s, handled_at = now(), handled_by = %s, report = %s WHERE id = %s",
                [state, ws.device_id, json.dumps(report, default=str), entry["id"]],
            )
            if state == "imported":
                conn.execute("DELETE FROM bundle_inbox_blocks WHERE inbox_id = %s", [entry["id"]])
        log.info("inbox bundle %s: %s", entry["id"][:8], state)
        return {**entry, "state": state, "report": report}

    def serve(
        self,
        ws,
        *,
        passphrase: str | None = None,
        trust: dict[str, str] | None = None,
        once: bool = False,
        interval: float = 30.0,
        stop=lambda: False,
        on_unreachable=None,
    ) -> Iterator[dict]:
        """Import waiting bundles as they come, yielding each outcome. ``once``: stop when none is waiting. Else wait
        for a submission (LISTEN) or ``interval`` seconds, until ``stop()``. A service that runs until stopped
        outlives the server going away: ``on_unreachable(error)`` is told, and it looks again after ``interval``
        seconds (what was being imported stays waiting: its transaction never committed). ``once`` raises it."""
        listener = None
        try:
            while not stop():
                try:
                    if listener is None and not once:  # listening before the first look: a submission made
                        listener = pg.connect(self.store.dsn, autocommit=True)  # meanwhile still wakes it
                        with pg.translated():
                            listener.execute(f"LISTEN {CHANNEL}")
                    done = self.serve_once(ws, passphrase=passphrase, trust=trust)
                    if done is not None:
                        yield done
                        continue
                    if once:
                        return
                    with pg.translated():
                        for _ in listener.notifies(timeout=interval, stop_after=1):
                            pass
                except HqUnreachable as e:
                    if once:
                        raise
                    if listener is not None:
                        listener.close()
                        listener = None
                    self.store.close()
                    self._publisher.close()
                    if on_unreachable is not None:
                        on_unreachable(e)
                    deadline = time.monotonic() + max(0.0, interval)
                    while not stop() and time.monotonic() < deadline:
                        time.sleep(min(1.0, interval))
        finally:
            if listener is not None:
                listener.close()

    def close(self) -> None:
        self.store.close()
        self._publisher.close()


def _refusal(e: FieldkitError) -> dict:
    """What an entry keeps of a refusal: the plain sentence, the kind of error, and its template and values (the
    app shows it in the user's language)."""
    return {
        "refused": e.message,
        "kind": type(e).__name__,
        "template": e.template,
        "params": {k: str(v) for k, v in e.params.items()},
    }


def _blocks(conn, entry_id: str, size: int) -> Iterator[bytes]:
    """An entry's blocks in order; no more than its size (each block is at most 1 MiB: schema step 4)."""
    expected = total = 0
    with conn.cursor(name=f"fieldkit_inbox_{entry_id[:8]}") as cur:
        cur.itersize = 8
        cur.execute("SELECT n, data FROM bundle_inbox_blocks WHERE inbox_id = %s ORDER BY n", [entry_id])
        for n, data in cur:
            if n != expected:
                raise IntegrityFailure("A bundle's blocks are not numbered in order in the HQ database.")
            expected += 1
            total += len(data)
            if total > size:
                raise IntegrityFailure("A bundle in the HQ database is longer than its size says.")
            yield bytes(data)
