"""A diagnostics file for "Report a problem": what a colleague or a developer needs to understand a fault, and
nothing a user typed. Versions, platform, schema, counts of records, the outcome of ``verify`` as counts per kind
of problem, the names (never the values) of the settings, and the end of the log (which by policy holds no user
content; the home folder is written ``~``). Format ``fieldkit-diagnostics/1`` (docs/diagnostics.md)."""

from __future__ import annotations

import json
import platform
import sqlite3
import sys
from collections import Counter
from pathlib import Path

from . import __version__, storage
from .errors import FieldkitError

FORMAT = "fieldkit-diagnostics/1"
LOG_LINES = 200


def collect(ws, extra: dict | None = None) -> dict:
    result = ws.verify()
    home = str(Path.home())
    log = ws.folder / "logs" / "fieldkit.log"
    try:
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-LOG_LINES:] if log.exists() else []
    except OSError:
        tail = []
    q = ws.db.execute
    return {
        "format": FORMAT,
        "fieldkit": __version__,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "sqlite": sqlite3.sqlite_version,
        "frozen": bool(getattr(sys, "frozen", False)),
        "schema": q("PRAGMA user_version").fetchone()[0],
        "counts": ws.counts(),
        "open_conflicts": q("SELECT count(*) FROM conflicts WHERE resolved_at IS NULL").fetchone()[0],
        "drafts": q("SELECT count(*) FROM editor_drafts").fetchone()[0],
        "trusted_keys": len(ws.trust.list()),
        "verify": {
            "ok": result["ok"],
            "checked": result["checked"],
            "problems_by_kind": dict(Counter(p["kind"] for p in result["problems"])),
        },
        "settings": sorted(k for k, _ in ws.db.execute("SELECT key, value FROM settings")),
        "language": ws.settings.get("language") or "",
        **(extra or {}),
        "log_tail": [line.replace(home, "~") for line in tail],
    }


def write(ws, path: Path | str, extra: dict | None = None) -> Path:
    """Write the diagnostics file (owner-only); a full disk or an unwritable place is a plain error."""
    path = Path(path)
    data = json.dumps(collect(ws, extra), ensure_ascii=False, indent=1).encode()
    try:
        storage.atomic_write(path, data, mode=0o600)
    except OSError as e:
        raise storage.explain(e) or FieldkitError(
            "The diagnostics file could not be written to {file}: {error}", file=path.name, error=e.strerror or str(e)
        ) from e
    return path
