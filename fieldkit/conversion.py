"""Encryption in place of a plain workspace (one made before FieldKit encrypted, or a training one).

The steps, each safe to interrupt (power cut, kill -9): nothing is lost at any point.

1. The plain database is checkpointed and put in rollback-journal mode (no write-ahead log left beside it).
2. A new data key is wrapped under the passphrase into ``vault.json.new``; the database is copied into
   ``fieldkit.sqlite.encrypting`` with SQLCipher's ``sqlcipher_export``, synced, and checked (integrity check, the
   same rows in every table).
3. **The commit point**: ``vault.json.new`` is renamed to ``vault.json``. Before it, an interrupted conversion is
   undone (the new files are removed; the plain workspace is as it was); after it, it is finished.
4. The plain file is renamed aside (``fieldkit.sqlite.plain-old``), the encrypted one takes its name, the plain one
   is overwritten with zeros, synced and removed.
5. With the data key (at once, or at the next unlock when interrupted): every plain attachment and every private
   key file under ``keys/`` are sealed in place (each one written whole, then renamed over the plain one), then the
   marker ``.encrypting`` is removed.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

import sqlcipher3

from . import storage, vault
from .errors import FieldkitError, StorageError

log = logging.getLogger(__name__)

DB = "fieldkit.sqlite"
ENC = DB + ".encrypting"
OLD = DB + ".plain-old"
VNEW = vault.FILE + ".new"
MARK = ".encrypting"
_PLAIN_HEADER = b"SQLite format 3\x00"


def _fsync_dir(folder: Path) -> None:
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(folder, os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _is_plain_db(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(16) == _PLAIN_HEADER
    except FileNotFoundError:
        return False


def shred(path: Path) -> None:
    """Overwrite a file with zeros, sync it, remove it (on a journaling or flash disk a copy may survive: the
    reason the data is encrypted in the first place)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with open(path, "r+b") as f:
        block = b"\0" * (1 << 20)
        left = size
        while left > 0:
            n = min(left, len(block))
            f.write(block[:n])
            left -= n
        f.flush()
        os.fsync(f.fileno())
    path.unlink()


def recover(folder: Path) -> None:
    """Finish or undo an encryption in place that was interrupted (needs no key). A folder with none is left
    alone."""
    folder = Path(folder)
    if not folder.is_dir():
        return
    v, vnew, enc, db, old = (folder / n for n in (vault.FILE, VNEW, ENC, DB, OLD))
    if not v.exists():
        if vnew.exists() or enc.exists():  # interrupted before the commit point: undone
            for p in (enc, Path(str(enc) + "-journal"), vnew):
                if p.exists():
                    p.unlink()
            (folder / MARK).unlink(missing_ok=True)
            log.info("an interrupted encryption of the workspace was undone")
        return
    # after the commit point: the encrypted file takes the database's name
    if enc.exists():
        if db.exists() and _is_plain_db(db):
            os.replace(db, old)
        elif db.exists():  # pragma: no cover - an encrypted database and a second copy: keep the database
            enc.unlink()
        if enc.exists():
            os.replace(enc, db)
        _fsync_dir(folder)
    if old.exists() and db.exists() and not _is_plain_db(db):
        shred(old)
        _fsync_dir(folder)


def finish(folder: Path, key: bytes) -> int:
    """Seal what an encryption in place left plain (attachments, the device key file); returns how many files were
    sealed. Nothing to do without the marker."""
    folder = Path(folder)
    mark = folder / MARK
    if not mark.exists():
        return 0
    from .incidents.attachments import SHA256, AttachmentFiles

    files = AttachmentFiles(folder / "attachments", key)
    n = 0
    if files.folder.is_dir():
        for sub in sorted(files.folder.iterdir()):
            if not sub.is_dir():
                continue
            for p in sorted(sub.iterdir()):
                if SHA256.fullmatch(p.name) and files.seal_in_place(p.name):
                    n += 1
    keys_dir = folder / "keys"  # the device key file, and any other private key file kept beside it
    for keyfile in sorted(keys_dir.glob("*.json")) if keys_dir.is_dir() else []:
        raw = keyfile.read_bytes()
        if not raw.startswith(vault.MAGIC):
            storage.atomic_write(keyfile, vault.encrypt_bytes(key, raw), mode=0o600)
            n += 1
    mark.unlink()
    _fsync_dir(folder)
    return n


def _tables(conn) -> list[str]:
    return [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]


def encrypt_in_place(folder: Path, passphrase: str, on_step=None) -> None:
    """Encrypt the plain workspace in ``folder`` under ``passphrase`` (no workspace of it may be open). ``on_step``:
    called with the name of each step as it is reached (the tests stop the process there)."""
    folder = Path(folder)
    step = on_step or (lambda name: None)
    recover(folder)
    db, enc = folder / DB, folder / ENC
    if vault.is_encrypted(folder):
        raise FieldkitError("This workspace is already encrypted.")
    if not (db.exists() and _is_plain_db(db)):
        raise FieldkitError("There is no plain FieldKit workspace in {folder} to encrypt.", folder=str(folder))
    vault.check_new_passphrase(passphrase)
    step("start")
    plain = sqlite3.connect(str(db), timeout=10)
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        plain.execute("PRAGMA journal_mode=DELETE")  # no write-ahead log left to be read against the new file
    except sqlite3.Error as e:
        plain.close()
        raise storage.explain(e) or StorageError(
            "The workspace could not be prepared for encryption ({error}): nothing was changed.", error=str(e)
        ) from e
    plain.close()
    step("checkpointed")
    (folder / MARK).write_bytes(b"")
    import json

    import nacl.utils

    key = nacl.utils.random(vault.KEY_BYTES)
    storage.atomic_write(folder / VNEW, json.dumps(vault._wrap(key, passphrase), indent=1).encode(), mode=0o600)
    step("key-wrapped")
    conn = sqlcipher3.connect(str(db), timeout=10)  # no key: SQLCipher reads the plain file as SQLite does
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"ATTACH DATABASE ? AS enc KEY \"x'{key.hex()}'\"", [str(enc)])
        conn.execute("SELECT sqlcipher_export('enc')")
        conn.execute(f"PRAGMA enc.user_version = {int(version)}")
        conn.execute("DETACH DATABASE enc")
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in _tables(conn)}
    except sqlcipher3.Error as e:
        conn.close()
        recover(folder)
        raise storage.explain(e) or StorageError(
            "The workspace could not be encrypted ({error}): nothing was changed.", error=str(e)
        ) from e
    conn.close()
    with open(enc, "rb+") as f:
        os.fsync(f.fileno())
    os.chmod(enc, 0o600)
    step("exported")
    check = storage._raw_connect(str(enc), key)
    try:
        ok = check.execute("PRAGMA integrity_check").fetchone()[0] == "ok" and all(
            check.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] == n for t, n in counts.items()
        )
        ok = ok and check.execute("PRAGMA user_version").fetchone()[0] == version
    except sqlcipher3.Error:
        ok = False
    finally:
        check.close()
    if not ok:
        recover(folder)  # undone: the plain workspace is as it was
        raise StorageError("The encrypted copy of the workspace did not check out: nothing was changed.")
    step("checked")
    os.replace(folder / VNEW, folder / vault.FILE)  # the commit point
    _fsync_dir(folder)
    step("committed")
    recover(folder)  # the swap: the encrypted file takes the name, the plain one is overwritten and removed
    step("swapped")
    vault.register(folder, key)
    try:
        finish(folder, key)
    finally:
        vault.release(folder)
    step("done")
    log.info("the workspace was encrypted in place")
