"""Deletion records: the only writer of the ``tombstones`` table.

A tombstone remembers that a record was removed for good (an incident purged here, or a deletion that
arrived in a bundle), so that a bundle carrying the record again does not bring it back, and so that
the deletion travels on to other devices."""

from __future__ import annotations

import json

from .changes import TOMBSTONES
from .ids import new_id

KINDS = ("incident", "assessment")


class Tombstones:
    def __init__(self, ws):
        self.ws = ws

    def add(
        self,
        kind: str,
        record_id: str,
        *,
        device_id: str,
        deleted_at: str,
        replace: bool = False,
        chain: list[str] | tuple = (),
        reason: str = "",
    ) -> None:
        """Remember a deletion (inside the caller's transaction): who deleted it, when, the versions they had
        (``chain``: the hashes of its history) and why. ``replace`` keeps this device's own, latest deletion of a
        record; otherwise the first deletion known stays."""
        if kind not in KINDS:
            raise ValueError(kind)
        now = self.ws.clock.now_iso()
        self.ws.db.execute(
            f"INSERT OR {'REPLACE' if replace else 'IGNORE'} INTO tombstones "
            "(id, record_type, record_id, device_id, deleted_at, chain, reason, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                new_id(),
                kind,
                record_id,
                device_id or "",
                deleted_at or now,
                json.dumps(list(chain)),
                reason or "",
                now,
                now,
            ],
        )
        self.ws.touched(TOMBSTONES, [record_id])

    def since(self, since: str | None) -> list[dict]:
        """Every deletion (changed at or after ``since`` when given), for a bundle."""
        cols = ("record_type", "record_id", "device_id", "deleted_at", "chain", "reason")
        sql = f"SELECT {', '.join(cols)} FROM tombstones"
        rows = self.ws.db.execute(sql + (" WHERE updated_at >= ?" if since else ""), [since] if since else [])
        return [{**dict(zip(cols, r, strict=False)), "chain": json.loads(r[4])} for r in rows]
