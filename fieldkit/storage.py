"""The one place a database connection is made.

``open_database`` refuses a file written by a newer FieldKit *before* touching it (read-only
probe), then opens it through sqlite-utils with WAL and foreign keys on, and applies the pending
numbered steps from ``db/migrations`` — each in one transaction, recorded in ``_migrations`` and
in ``PRAGMA user_version``.
"""

from __future__ import annotations

import errno
import logging
import re
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
import sqlite_utils

from . import paths
from .clock import Clock
from .errors import DatabaseBusy, DatabaseTooNew, DiskFailing, DiskFull, StorageError

log = logging.getLogger(__name__)

# the errors of both drivers: the standard sqlite3 (plain workspaces) and SQLCipher's (encrypted ones)
CACHE_KIB = 64 * 1024  # each connection's page cache
MAIN_CACHE_KIB = 128 * 1024  # the UI's connection (use_main_cache)
Error = (sqlite3.Error, sqlcipher3.Error)
DatabaseError = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)
OperationalError = (sqlite3.OperationalError, sqlcipher3.OperationalError)

# the raw data key of each encrypted database file open in this process (a checkpoint thread opens its own connection)
_keys: dict[str, bytes] = {}
_keys_lock = threading.Lock()


def _key_for(path: Path) -> bytes | None:
    with _keys_lock:
        return _keys.get(str(Path(path).resolve()))


def forget_key(path: Path) -> None:
    with _keys_lock:
        _keys.pop(str(Path(path).resolve()), None)


def _raw_connect(target: str, key: bytes | None, **kw):
    """A connection through SQLCipher's SQLite, keyed with the raw data key, or not keyed for a plain (training)
    workspace: one SQLite for every workspace, so that a plain one plans and answers its queries as an encrypted one
    does (the system's SQLite is older: its planner and FTS5 differ, bench/run.py --only encryption)."""
    conn = sqlcipher3.connect(target, **kw)
    if key is None:
        return conn
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


_MIGRATION_RE = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    sql: str


def available_migrations(folder: Path | None = None) -> list[Migration]:
    folder = folder or paths.migrations_dir()
    found = []
    for p in sorted(folder.iterdir()):
        m = _MIGRATION_RE.match(p.name)
        if m:
            found.append(Migration(int(m.group(1)), m.group(2), p.read_text(encoding="utf-8")))
    numbers = [m.number for m in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise StorageError(
            "The database migrations are not numbered 1, 2, 3... without gaps: {numbers}", numbers=numbers
        )
    return found


_FULL, _IOERR, _READONLY, _CANTOPEN, _BUSY, _LOCKED = 13, 10, 8, 14, 5, 6  # SQLite's primary result codes


def explain(e: BaseException, path: Path | str | None = None) -> StorageError | None:
    """A plain, typed error for what SQLite reports about the disk (full, failing, read-only), or None."""
    if isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFull(
            "The disk is full: nothing was changed. Free some space (or move the workspace to a larger "
            "drive), then try again."
        )
    if isinstance(e, OSError) and e.errno in (errno.EIO, errno.EROFS):
        return DiskFailing(
            "The disk could not be written or read ({error}): nothing was changed. Check the drive "
            "(removed, failing or read-only), then try again.",
            error=e.strerror or str(e),
        )
    if not isinstance(e, Error):
        return None
    code = (getattr(e, "sqlite_errorcode", None) or 0) & 0xFF
    text = str(e).lower()
    if code == _FULL or "disk is full" in text:
        return DiskFull(
            "The disk is full: nothing was changed. Free some space (or move the workspace to a larger "
            "drive), then try again."
        )
    if code in (_BUSY, _LOCKED) or "database is locked" in text or "database is busy" in text:
        return DatabaseBusy(
            "The workspace is busy with other work (another FieldKit window or command is writing to it): "
            "nothing was changed. Try again when that work is done."
        )
    if code in (_IOERR, _READONLY, _CANTOPEN) or "disk i/o error" in text or "readonly" in text:
        return DiskFailing(
            "The disk could not be written or read ({error}): nothing was changed. Check the drive "
            "(removed, failing or read-only), then try again.",
            error=str(e),
        )
    return None


class Database(sqlite_utils.Database):
    """sqlite-utils' Database whose transactions take the write lock when they begin (``BEGIN IMMEDIATE``: a
    transaction that reads, then writes, never fails half-way because another connection wrote meanwhile; it
    waits up to the busy timeout, then gets a plain DatabaseBusy) and turn a full or failing disk into a plain,
    typed error (the transaction is rolled back first, as always). Nested blocks are savepoints."""

    before_commit = None  # a function of this Database, run inside each outer transaction just before COMMIT
    after_commit = None  # and one run once that COMMIT succeeded

    @contextmanager
    def _transaction(self):
        if self.conn.in_transaction:
            with super().atomic() as db:  # a savepoint inside the outer transaction
                yield db
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
            if self.before_commit is not None:
                self.before_commit(self)
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise
        if self.after_commit is not None:
            self.after_commit(self)

    @contextmanager
    def atomic(self):
        try:
            with self._transaction() as db:
                yield db
        except Error as e:
            plain = explain(e)
            if plain is None:
                raise
            raise plain from e


def schema_version_of(path: Path, key: bytes | None = None) -> int:
    """Read the schema version without writing anything to the file."""
    # without a WAL file beside it, open as immutable so the probe creates no -wal/-shm files
    wal = Path(str(path) + "-wal")
    uri = f"file:{path.as_posix()}?mode=ro" + ("" if wal.exists() else "&immutable=1")
    try:
        conn = _raw_connect(uri, key, uri=True)
        try:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])
        finally:
            conn.close()
    except DatabaseError as e:
        raise explain(e) or StorageError(
            "The file {path} is not a FieldKit database ({error}).", path=str(path), error=str(e)
        ) from e


def open_database(
    path: Path,
    *,
    clock: Clock | None = None,
    upto: int | None = None,
    after: dict | None = None,
    key: bytes | None = None,
) -> sqlite_utils.Database:
    """Open (creating if needed) and upgrade the database at ``path``.

    ``upto`` stops after that migration number (tests use it to build old-format files). ``after``: for a
    migration number, a function of the connection run inside that migration's transaction, after its SQL (work
    SQL cannot do, such as signing the rows that existed before it). ``key``: the raw data key of an encrypted
    database (SQLCipher).
    """
    clock = clock or Clock()
    migrations = available_migrations()
    latest = migrations[-1].number if migrations else 0
    if path.exists() and path.stat().st_size > 0:
        found = schema_version_of(path, key)
        if found > latest:
            raise DatabaseTooNew(
                "This workspace was written by a newer version of FieldKit (database schema {found}, "
                "this version knows up to {latest}). Update FieldKit to open it; the file was left untouched.",
                found=found,
                latest=latest,
            )
    path.parent.mkdir(parents=True, exist_ok=True)
    db = connect(path, key)
    try:
        apply_migrations(db, migrations, clock, upto=upto, after=after)
    except DatabaseError as e:
        db.conn.close()
        raise explain(e) or StorageError(
            "The database {path} could not be opened: {error}", path=str(path), error=str(e)
        ) from e
    except Exception:
        db.conn.close()
        raise
    return db


def connect(path: Path, key: bytes | None = None) -> sqlite_utils.Database:
    """A connection to an existing (already upgraded) database, with FieldKit's settings: WAL, full sync,
    foreign keys. ``open_database`` makes the first one; a workspace makes one more per thread that uses it.
    ``key``: the raw data key of an encrypted database (SQLCipher)."""
    try:
        conn = _raw_connect(str(path), key, check_same_thread=False, timeout=10)
    except Error as e:
        raise explain(e) or StorageError(
            "Could not open the database {path}: {error}", path=str(path), error=str(e)
        ) from e
    try:
        if key is not None:
            with _keys_lock:
                _keys[str(Path(path).resolve())] = key
        conn.execute("PRAGMA journal_mode=WAL")
        # FULL: a power cut never loses a committed transaction (field laptops lose power).
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA secure_delete=ON")  # deleted records are overwritten, not left in free pages
        conn.execute("PRAGMA busy_timeout=10000")
        conn.execute(f"PRAGMA cache_size=-{CACHE_KIB}")  # random UUID keys thrash a small page cache at 100,000 rows
    except DatabaseError as e:
        conn.close()
        raise explain(e) or StorageError(
            "The database {path} could not be opened: {error}", path=str(path), error=str(e)
        ) from e
    return Database(conn)


def use_main_cache(db: sqlite_utils.Database) -> None:
    """The page cache of the UI's own connection, the one searches and lists run on: large enough for the incident
    rows and the full-text index of a mission's workspace (``IncidentStore.warm_up``). Freed when the connection
    closes (a lock closes every connection)."""
    db.execute(f"PRAGMA cache_size=-{MAIN_CACHE_KIB}")


def apply_migrations(
    db: sqlite_utils.Database,
    migrations: list[Migration],
    clock: Clock,
    upto: int | None = None,
    after: dict | None = None,
) -> list[int]:
    conn = db.conn
    conn.execute(
        "CREATE TABLE IF NOT EXISTS _migrations "
        "(number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    if conn.in_transaction:
        conn.commit()
    done = {row[0] for row in conn.execute("SELECT number FROM _migrations")}
    pending = [m for m in migrations if m.number not in done and (upto is None or m.number <= upto)]
    if not pending:
        return []
    # Foreign keys are off while the steps run, as SQLite's documentation asks for a table rebuilt by copy and
    # rename (https://www.sqlite.org/lang_altertable.html): dropping the old table must not cascade to the rows that
    # refer to it. The pragma is a no-op inside a transaction, so it is set between steps; before a step commits,
    # every reference is checked (PRAGMA foreign_key_check), and a step that broke one is rolled back.
    keys_on = conn.execute("PRAGMA foreign_keys").fetchone()[0]
    conn.execute("PRAGMA foreign_keys=OFF")
    try:
        return _apply(conn, pending, clock, after)
    finally:
        if keys_on:
            conn.execute("PRAGMA foreign_keys=ON")


def _apply(conn, pending: list[Migration], clock: Clock, after: dict | None) -> list[int]:
    applied = []
    for m in pending:
        broken_before = set(conn.execute("PRAGMA foreign_key_check").fetchall())
        log.info("applying migration %04d_%s", m.number, m.name)
        script = (
            "BEGIN IMMEDIATE;\n" + m.sql + "\n"
            "INSERT INTO _migrations (number, name, applied_at) "
            f"VALUES ({m.number}, '{m.name}', '{clock.now_iso()}');\n"
            f"PRAGMA user_version = {m.number};\n"
        )
        try:
            conn.executescript(script)  # the transaction stays open until the step's Python work is done
            if after and m.number in after:
                after[m.number](conn)
            broken = set(conn.execute("PRAGMA foreign_key_check").fetchall()) - broken_before
            if broken:
                raise sqlite3.IntegrityError(f"{len(broken)} references to rows that are gone (foreign keys)")
            conn.execute("COMMIT")
        except BaseException as e:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if not isinstance(e, Error):
                raise
            raise StorageError(
                "Upgrading the database failed at step {number} ({name}): {error}. Nothing was changed by that step.",
                number=m.number,
                name=m.name,
                error=str(e),
            ) from e
        applied.append(m.number)
    return applied


# ---------------------------------------------------------------------------------------------
# checkpoints after a large transaction
# ---------------------------------------------------------------------------------------------
_checkpoints: list[threading.Thread] = []
_checkpoints_lock = threading.Lock()


@contextmanager
def checkpoint_afterwards(conn: sqlite3.Connection, path: Path):
    """For a large transaction: commit without copying the write-ahead log back into the database file
    (its "checkpoint"), then let a thread of its own do that copy.

    In WAL mode every page is written twice: once into the log at commit, once into the file at the
    checkpoint, which SQLite otherwise runs inside the commit of a large transaction. The data is safe once
    the commit returns (``synchronous=FULL``: the log is on disk), so nobody needs to wait for the copy; this is
    how SQLite's documentation suggests applications run checkpoints (https://www.sqlite.org/wal.html,
    "Application-Initiated Checkpoints"). If the program ends or the power goes first, the next opening of the
    database finishes the copy from the log."""
    before = conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    conn.execute("PRAGMA wal_autocheckpoint=0")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA wal_autocheckpoint={int(before)}")
    checkpoint_in_background(path)


def checkpoint_in_background(path: Path) -> threading.Thread:
    """Copy the write-ahead log of ``path`` into the database file, in a thread and on a connection of its own
    (readers and writers go on meanwhile). Not a daemon thread: a program that ends waits for it."""

    def run():
        try:
            conn = _raw_connect(str(path), _key_for(path), timeout=10)
            try:
                busy, frames, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                log.debug(
                    "checkpoint of %s: %s of %s log frames copied%s", path, copied, frames, " (busy)" if busy else ""
                )
            finally:
                conn.close()
        except Error as e:  # nothing is lost: the next checkpoint (at the latest when closing) copies the rest
            log.warning("checkpoint of %s postponed: %s", path, e)

    # not a daemon even when started from one (a thread takes its creator's kind; the app's workers are daemons)
    t = threading.Thread(target=run, name="fieldkit-checkpoint", daemon=False)
    with _checkpoints_lock:
        _checkpoints[:] = [c for c in _checkpoints if c.is_alive()]
        _checkpoints.append(t)
    t.start()
    return t


def wait_for_checkpoints() -> None:
    """Wait until the checkpoints started in the background are done (bench/run.py times them apart)."""
    with _checkpoints_lock:
        pending = list(_checkpoints)
    for t in pending:
        t.join()


# ---------------------------------------------------------------------------------------------
# files written whole or not at all
# ---------------------------------------------------------------------------------------------
def atomic_write(path: Path, data, *, mode: int = 0o600, expect_sha256: str | None = None) -> str:
    """Write ``data`` (bytes, or an iterable of byte blocks) to ``path`` so that a crash, a power cut or a
    full disk leaves either the old file or the whole new one, never part of it: a temporary file beside it,
    flushed to disk, then renamed over it. On failure the temporary file is removed and the error raised.
    Returns the SHA-256 of what was written; with ``expect_sha256``, a different content is refused
    (IntegrityFailure) and nothing is written."""
    import hashlib
    import os
    import tempfile

    from .errors import IntegrityFailure

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)  # a folder made here is the owner's alone
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    h = hashlib.sha256()
    try:
        os.fchmod(fd, mode) if hasattr(os, "fchmod") else None
        with os.fdopen(fd, "wb") as f:
            for block in [data] if isinstance(data, (bytes, bytearray, memoryview)) else data:
                h.update(block)
                f.write(block)
            f.flush()
            os.fsync(f.fileno())
        sha = h.hexdigest()
        if expect_sha256 is not None and sha != expect_sha256:
            raise IntegrityFailure("The file {name} does not match its SHA-256.", name=path.name)
        os.replace(tmp, path)
        if hasattr(os, "O_DIRECTORY"):  # the rename itself reaches the disk (POSIX)
            dfd = os.open(path.parent, os.O_DIRECTORY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return sha


def file_blocks(path: Path, size: int = 1 << 20):
    """The bytes of a file, block by block (for ``atomic_write``)."""
    with open(path, "rb") as f:
        while block := f.read(size):
            yield block
