"""The one facade the UI and the CLI use: ``Workspace(folder)``.

A workspace is a folder holding ``fieldkit.sqlite`` (the database), ``attachments/`` (files stored
by SHA-256) and ``logs/``.
"""
from __future__ import annotations

import logging
from pathlib import Path

from .clock import Clock
from .errors import WorkspaceMissing
from .ids import new_id
from . import storage, vocab

log = logging.getLogger(__name__)

DB_NAME = "fieldkit.sqlite"


class Settings:
    """Key/value settings stored in the workspace (device id, user name, role, device label...)."""

    def __init__(self, db, clock: Clock):
        self._db = db
        self._clock = clock
        self._cache: dict[str, str | None] = {}  # this connection is the only writer of its settings

    def get(self, key: str, default: str | None = None) -> str | None:
        if key not in self._cache:
            row = self._db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
            self._cache[key] = row[0] if row else None
        value = self._cache[key]
        return default if value is None else value

    def set(self, key: str, value: str) -> None:
        self._cache.pop(key, None)
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                [key, str(value), self._clock.now_iso()],
            )

    def all(self) -> dict[str, str]:
        return {k: v for k, v in self._db.execute("SELECT key, value FROM settings ORDER BY key")}


class Workspace:
    def __init__(self, folder: Path | str, *, clock: Clock | None = None, create: bool = True):
        self.folder = Path(folder)
        self.clock = clock or Clock()
        db_path = self.folder / DB_NAME
        if not create and not db_path.exists():
            raise WorkspaceMissing(
                "There is no FieldKit workspace in {folder}. Run 'fieldkit init' first, or check --data-dir.",
                folder=str(self.folder),
            )
        self.folder.mkdir(parents=True, exist_ok=True)
        self.db = storage.open_database(db_path, clock=self.clock)
        self.settings = Settings(self.db, self.clock)
        if not self.settings.get("device_id"):
            self.settings.set("device_id", new_id())
            log.info("new workspace in %s", self.folder)
        from .sync.keys import TrustStore, device_keys
        device_keys(self)  # the device's signing and encryption keys are made on first run
        self.trust = TrustStore(self)
        self.vocab = vocab.default()
        from .incidents import IncidentStore
        from .checklists.assessments import AssessmentStore
        from .checklists.registry import ChecklistRegistry
        self.incidents = IncidentStore(self)
        self.checklists = ChecklistRegistry()
        self.assessments = AssessmentStore(self)

    # -- identity of this device and user -------------------------------------------------
    @property
    def device_id(self) -> str:
        return self.settings.get("device_id")

    @property
    def user_name(self) -> str:
        return self.settings.get("user_name", "") or ""

    @property
    def attachments_dir(self) -> Path:
        return self.folder / "attachments"

    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    def is_empty(self) -> bool:
        n = self.db.execute("SELECT (SELECT count(*) FROM incidents) + (SELECT count(*) FROM assessments)").fetchone()[0]
        return n == 0

    def counts(self) -> dict[str, int]:
        q = lambda sql: self.db.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "incidents": q("SELECT count(*) FROM incidents WHERE deleted_at IS NULL"),
            "incidents_in_trash": q("SELECT count(*) FROM incidents WHERE deleted_at IS NOT NULL"),
            "incident_versions": q("SELECT count(*) FROM incident_versions"),
            "attachments": q("SELECT count(*) FROM attachments"),
            "assessments": q("SELECT count(*) FROM assessments WHERE deleted_at IS NULL"),
            "answers": q("SELECT count(*) FROM answers"),
        }

    def close(self) -> None:
        try:
            self.db.conn.close()
        except Exception:  # pragma: no cover - closing twice
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
