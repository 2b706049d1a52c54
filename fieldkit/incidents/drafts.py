"""Editor autosave: whatever the user typed, valid or not, kept in SQLite until saved or discarded.

A draft survives a crash or power cut (it is committed as the user types); on the next start the
app finds it with ``list()`` and reopens it.
"""

from __future__ import annotations

import json

from ..changes import DRAFTS
from ..ids import new_id


class DraftStore:
    def __init__(self, ws):
        self.ws = ws
        self.clock = ws.clock

    @property
    def db(self):
        return self.ws.db  # this thread's connection

    def save(self, draft_id: str | None, data: dict, *, record_id: str | None = None, kind: str = "incident") -> str:
        draft_id = draft_id or new_id()
        now = self.clock.now_iso()
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO editor_drafts (id, kind, record_id, data, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET data = excluded.data, record_id = excluded.record_id, "
                "updated_at = excluded.updated_at",
                [draft_id, kind, record_id, json.dumps(data, ensure_ascii=False), now, now],
            )
        self.ws.touched(DRAFTS, [draft_id])
        return draft_id

    def list(self, kind: str = "incident") -> list[dict]:
        rows = self.db.execute(
            "SELECT id, record_id, data, updated_at FROM editor_drafts WHERE kind = ? ORDER BY updated_at", [kind]
        ).fetchall()
        return [{"id": r[0], "record_id": r[1], "data": json.loads(r[2]), "updated_at": r[3]} for r in rows]

    def discard(self, draft_id: str) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM editor_drafts WHERE id = ?", [draft_id])
        self.ws.touched(DRAFTS, [draft_id])

    def for_record(self, record_id: str, kind: str = "incident") -> dict | None:
        """The draft of an existing record (its latest, if an older FieldKit left several)."""
        found = [d for d in self.list(kind) if d["record_id"] == record_id]
        return found[-1] if found else None

    def discard_for(self, record_id: str, kind: str = "incident") -> None:
        """Drop every draft of a record (it was just saved: they hold nothing it lacks)."""
        ids = [
            r[0]
            for r in self.db.execute(
                "SELECT id FROM editor_drafts WHERE kind = ? AND record_id = ?", [kind, record_id]
            ).fetchall()
        ]
        if not ids:
            return
        with self.db.atomic():
            self.db.execute("DELETE FROM editor_drafts WHERE kind = ? AND record_id = ?", [kind, record_id])
        self.ws.touched(DRAFTS, ids)
