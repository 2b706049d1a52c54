"""Workspaces for the tests: encrypted under a fixed test passphrase (at the minimum Argon2id cost, set by
``FIELDKIT_KDF_COST=minimum`` in conftest.py), unless a test asks for a plain one (``unencrypted=True``)."""

from __future__ import annotations

from pathlib import Path

from fieldkit import storage, vault
from fieldkit.workspace import Workspace as _Workspace

TEST_PASSPHRASE = "test passphrase of the suite"


class Workspace(_Workspace):
    def __init__(self, folder, **kw):
        if not kw.get("unencrypted"):
            kw.setdefault("passphrase", TEST_PASSPHRASE)
        super().__init__(folder, **kw)


def raw_connect(db_path: Path | str, **kw):
    """A connection of the test's own to a workspace database, as someone who holds the data key (HQ's plain copy,
    a rewriter): keyed when the workspace is encrypted."""
    target = str(db_path)
    db_path = Path(target.removeprefix("file:").split("?")[0])
    folder = db_path.parent
    key = vault.unlock(folder, TEST_PASSPHRASE) if vault.is_encrypted(folder) else None
    return storage._raw_connect(target, key, **kw)


def dump(conn):
    """Every table's definition and rows, in a fixed order, as lines (``iterdump`` for both drivers)."""
    for name, kind, sql in conn.execute(
        "SELECT name, type, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"
    ).fetchall():
        yield sql
        if kind == "table":
            yield from sorted(repr(row) for row in conn.execute(f'SELECT * FROM "{name}"'))
