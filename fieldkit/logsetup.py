"""Handlers are configured once, by the entry points (CLI and app): a rotating log in the data folder."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path


def configure(data_dir: Path, level: int = logging.INFO) -> Path | None:
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_fieldkit", False):
            root.removeHandler(h)
            h.close()
    try:
        log_dir = Path(data_dir) / "logs"
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / "fieldkit.log"
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._fieldkit = True
    root.addHandler(handler)
    root.setLevel(level)
    return path
