"""Handlers are configured once, by the entry points (CLI and app): a rotating log in the data folder."""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path


class RedactingFormatter(logging.Formatter):
    """Tracebacks keep their frames and exception types but never the exceptions' messages: a message can hold what
    a user typed (a search term in an SQLite error, a title in a ValueError), and the log holds no user content."""

    def format(self, record):
        saved = record.exc_text  # another handler may have cached the plain traceback: never reuse it
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = saved

    def formatException(self, ei):  # noqa: N802 - logging's name
        etype, exc, tb = ei
        lines = ["Traceback (most recent call last):\n"]
        for fs in traceback.extract_tb(tb):  # where, never the source line (it could quote data in a test or REPL)
            lines.append(f'  File "{fs.filename}", line {fs.lineno}, in {fs.name}\n')
        name = f"{etype.__module__}.{etype.__qualname__}" if etype is not None else "?"
        lines.append(f"{name}: (message withheld: it may hold user content)")
        cause = getattr(exc, "__cause__", None) or getattr(exc, "__context__", None)
        if cause is not None:
            lines.append(f"\n  caused by {type(cause).__module__}.{type(cause).__qualname__}")
        return "".join(lines)


def configure(data_dir: Path, level: int = logging.INFO) -> Path | None:
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_fieldkit", False):
            root.removeHandler(h)
            h.close()
    try:
        log_dir = Path(data_dir) / "logs"
        log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(log_dir, 0o700)
        path = log_dir / "fieldkit.log"
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        os.chmod(path, 0o600)  # the folder and the log are the user's alone
    except OSError:
        return None
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._fieldkit = True
    root.addHandler(handler)
    root.setLevel(level)
    return path
