"""The one facade the UI and the CLI use: ``Workspace(folder)``.

A workspace is a folder holding ``fieldkit.sqlite`` (the database), ``attachments/`` (files stored
by SHA-256) and ``logs/``; an encrypted one also holds ``vault.json``, its data key wrapped by the passphrase
(``fieldkit.vault``): the database is then a SQLCipher file, the attachments and the device key file are sealed.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from . import storage, vault, vocab
from .changes import SETTINGS, Changes
from .clock import Clock
from .errors import FieldkitError, WorkspaceMissing, msg
from .ids import new_id
from .text import check_label

log = logging.getLogger(__name__)

DB_NAME = "fieldkit.sqlite"


LABELS = ("device_label", "user_name", "role")
INVENTORY = "inventory"  # setting: the signed digest of the records this workspace holds
# what changes the inventory: a record or deletion added or removed, or a record's head moving
_WATCHED = {
    "incidents": ("INSERT", "DELETE", "UPDATE OF head_hash, id"),
    "assessments": ("INSERT", "DELETE", "UPDATE OF head_hash, id"),
    "tombstones": ("INSERT", "DELETE", "UPDATE"),
}


def _clear_scratch(folder: Path) -> None:
    """Scratch files a bundle being read left behind (the app was stopped meanwhile), a day old or more: removed at
    an opening."""
    if not folder.is_dir():
        return
    for p in folder.iterdir():
        try:
            if p.is_file() and time.time() - p.stat().st_mtime > 24 * 3600:  # never one a running import uses
                p.unlink()
        except OSError:
            log.info("a scratch file could not be removed")


def _owner_only(folder: Path) -> None:
    """The workspace folder, its database files and its attachments folder readable by their owner alone (0700 and
    0600), also when an older FieldKit left them open to others."""
    try:
        os.chmod(folder, 0o700)
        for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm"):
            if (folder / name).exists():
                os.chmod(folder / name, 0o600)
        att = folder / "attachments"
        if att.exists():
            os.chmod(att, 0o700)
    except OSError:  # a folder on a FAT stick has no modes: nothing to do
        log.info("the workspace's permissions could not be narrowed")


def _inventory(conn) -> tuple[str, int]:
    """Inventory version 1 (still read, in a workspace that has not committed since): SHA-256 over every incident
    and assessment (id and head) and every deletion, in order, and their number."""
    h, n = hashlib.sha256(), 0
    for sql in (
        "SELECT count(*), group_concat('i' || char(31) || id || char(31) || head_hash, char(30)) "
        "FROM (SELECT id, head_hash FROM incidents ORDER BY id)",
        _ASSESSMENTS_TEXT,
        _TOMBSTONES_TEXT,
    ):
        count, text = conn.execute(sql).fetchone()
        h.update(f"{count}\x1d{text or ''}\x1d".encode())
        n += count
    return h.hexdigest(), n


_ASSESSMENTS_TEXT = (
    "SELECT count(*), group_concat('a' || char(31) || id || char(31) || head_hash, char(30)) "
    "FROM (SELECT id, head_hash FROM assessments ORDER BY id)"
)
_TOMBSTONES_TEXT = (
    "SELECT count(*), group_concat('t' || char(31) || record_type || ':' || record_id || char(31) || deleted_at, "
    "char(30)) FROM (SELECT record_type, record_id, deleted_at FROM tombstones ORDER BY record_type, record_id)"
)
_BUCKET = 4  # inventory version 2: incidents are hashed in buckets by the first 4 characters of their id
_BUCKET_SQL = (
    "SELECT substr(id, 1, 4) AS b, count(*), group_concat(id || char(31) || head_hash, char(30) ORDER BY id) "
    "FROM incidents"
)


def _bucket_digests(conn, prefixes=None) -> dict[str, tuple[int, str]]:
    """Each incident bucket's number of incidents and SHA-256 (over its ids and heads, in order): every bucket, or
    those of ``prefixes`` (a bucket left empty is absent from the answer). A prefix is read through the id's
    index (a range), so a bundle of 1,000 incidents rehashes about 1,000 buckets of a few incidents each."""
    if prefixes is None:
        rows = conn.execute(_BUCKET_SQL + " GROUP BY b").fetchall()
    else:
        rows = []
        for p in prefixes:
            if not p:
                rows += conn.execute(_BUCKET_SQL + " WHERE id = '' GROUP BY b").fetchall()
                continue
            upper = p[:-1] + chr(ord(p[-1]) + 1)
            rows += conn.execute(
                _BUCKET_SQL + " WHERE id >= ? AND id < ? AND substr(id, 1, 4) = ? GROUP BY b", [p, upper, p]
            ).fetchall()
    return {b: (n, hashlib.sha256(f"{b}\x1f{n}\x1f{text}".encode()).hexdigest()) for b, n, text in rows}


def _inventory_v2(conn, buckets: dict[str, tuple[int, str]]) -> tuple[str, int]:
    """Inventory version 2: SHA-256 over the incident buckets' digests (in order), the assessments and the
    deletions, and their number. The same records give the same digest however the buckets were computed (all at
    once by ``verify``, or only those a transaction touched)."""
    h = hashlib.sha256(b"fieldkit/inventory/2\x1d")
    h.update("".join(f"{b}\x1f{c}\x1f{d}\x1e" for b, (c, d) in sorted(buckets.items())).encode())  # one pass
    n = sum(c for c, _ in buckets.values())
    for sql in (_ASSESSMENTS_TEXT, _TOMBSTONES_TEXT):
        count, text = conn.execute(sql).fetchone()
        h.update(f"\x1d{count}\x1d{text or ''}".encode())
        n += count
    return h.hexdigest(), n


INVENTORY_KIND = "inventory/2"  # what a version-2 inventory's seal says it is


def _write_inventory(conn, keys, now: str, buckets: dict | None = None) -> dict:
    """Store the inventory (version 2), sealed by this device's key (inside the caller's transaction). ``buckets``:
    the incident buckets as they stand, when the caller kept them (else all are computed). Returns the buckets."""
    from .signatures import seal

    if buckets is None:
        buckets = _bucket_digests(conn)
    digest, count = _inventory_v2(conn, buckets)
    value = json.dumps(
        {"v": 2, "digest": digest, "count": count, "seal": seal(keys.signing, INVENTORY_KIND, (digest, count))}
    )
    conn.execute(
        "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        [INVENTORY, value, now],
    )
    return buckets


class Settings:
    """Key/value settings stored in the workspace (device id, user name, role, device label...)."""

    def __init__(self, ws):
        self._ws = ws
        self._clock = ws.clock
        # one cache for every thread of the workspace: a value set by background work is the one the UI reads.
        # A value read inside an open transaction is never cached (it may be rolled back), nor one read while
        # another thread was writing settings (``_version`` moved between the read and the store).
        self._cache: dict[str, str | None] = {}
        self._lock = threading.Lock()
        self._version = 0

    @property
    def _db(self):
        return self._ws.db

    def get(self, key: str, default: str | None = None) -> str | None:
        db = self._db
        in_transaction = db.conn.in_transaction
        with self._lock:
            if key in self._cache and not in_transaction:
                value = self._cache[key]
                return default if value is None else value
            version = self._version
        row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        value = row[0] if row else None
        if not in_transaction:
            with self._lock:
                if version == self._version:
                    self._cache[key] = value
        return default if value is None else value

    def set(self, key: str, value: str) -> None:
        if key in LABELS:  # they travel in bundles and are shown to others: one plain line
            value = check_label(value, key)
        with self._lock:
            self._version += 1
            self._cache.pop(key, None)
        try:
            with self._db.atomic():
                self._db.execute(
                    "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                    [key, str(value), self._clock.now_iso()],
                )
        finally:
            with self._lock:
                self._version += 1
                self._cache.pop(key, None)
        self._ws.touched(SETTINGS, [key])

    def all(self) -> dict[str, str]:
        return {k: v for k, v in self._db.execute("SELECT key, value FROM settings ORDER BY key")}


def _unlock(folder: Path, passphrase: str | None) -> bytes:
    """The data key; a wrong passphrase is counted (``lock.json``), and at the N-th in a row, when a policy asks for
    it (off by default), the workspace is destroyed (``WorkspaceWiped``)."""
    from .errors import DuressPassphrase, WorkspaceWiped, WrongPassphrase

    try:
        key = vault.unlock(folder, passphrase)
    except DuressPassphrase as e:
        from .wipe import respond_to_duress

        # the empty workspace made in its place, opened as usual
        return respond_to_duress(folder, passphrase, getattr(e, "profile", None))
    except WrongPassphrase as e:
        state = vault.count_failed_unlock(folder)
        log.info("failed unlock %d", state["failed"])
        if state["wipe_after"] and state["failed"] >= state["wipe_after"]:
            from .wipe import wipe

            wipe(folder)
            log.warning("workspace wiped after %d failed unlocks", state["failed"])
            raise WorkspaceWiped(
                "The passphrase was wrong {n} times in a row: as this laptop's policy asks, the workspace was "
                "destroyed.",
                n=state["failed"],
            ) from None
        e.params["failed"] = state["failed"]
        raise
    vault.reset_failed_unlocks(folder)
    return key


class Workspace:
    def __init__(
        self,
        folder: Path | str,
        *,
        clock: Clock | None = None,
        create: bool = True,
        new_identity: bool = False,
        passphrase: str | None = None,
        unencrypted: bool = False,
    ):
        """Open (or, with ``create``, make) the workspace in ``folder``. An encrypted workspace needs its
        ``passphrase`` (``PassphraseNeeded``, ``WrongPassphrase``: nothing is changed). A new workspace is encrypted
        under ``passphrase``; it is plain only when asked (``unencrypted``, for training). A plain workspace made
        before encryption opens as it is (``encrypt_in_place`` converts it)."""
        self.folder = Path(folder)
        self.clock = clock or Clock()
        db_path = self.folder / DB_NAME
        exists = db_path.exists() and db_path.stat().st_size > 0
        if not create and not exists and not vault.is_encrypted(self.folder):
            raise WorkspaceMissing(
                "There is no FieldKit workspace in {folder}. Run 'fieldkit init' first, or check --data-dir.",
                folder=str(self.folder),
            )
        from .conversion import finish, recover

        recover(self.folder)  # an encryption in place that was interrupted: finished or undone
        exists = db_path.exists() and db_path.stat().st_size > 0
        if vault.is_encrypted(self.folder):
            self._key = _unlock(self.folder, passphrase)
        elif exists or unencrypted:
            self._key = None
        else:
            vault.check_new_passphrase(passphrase)
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._key = vault.create(self.folder, passphrase)
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._main_thread = threading.get_ident()
        vault.register(self.folder, self._key)
        try:
            self._main_db = storage.open_database(
                db_path, clock=self.clock, after={6: self._sign_existing}, key=self._key
            )
            if self._key is not None:
                finish(self.folder, self._key)  # what an interrupted encryption in place left plain
        except BaseException:
            vault.release(self.folder) if self._key is not None else None
            raise
        _owner_only(self.folder)
        storage.use_main_cache(self._main_db)
        self._watch(self._main_db)
        _clear_scratch(self.folder / "tmp")
        self._local = threading.local()
        self._other_dbs: list = []
        self._dbs_lock = threading.Lock()
        self._closed = False
        self.settings = Settings(self)
        if not self.settings.get("device_id"):
            self.settings.set("device_id", new_id())
            log.info("new workspace in %s", self.folder)
        from .sync.keys import KeyBook, TrustStore, device_keys, load_keys

        self._new_identity = new_identity and load_keys(self.folder) is None
        try:
            own = device_keys(self)  # the device's signing and encryption keys are made on first run
        except FieldkitError:
            self.close()
            raise
        self.key_book = KeyBook(self)
        self.key_book.learn(self.device_id, own.sign_public, "self")
        self.trust = TrustStore(self)
        from .sync.lifecycle import Receipts, Revocations, Rotations

        self.revocations = Revocations(self)
        self.receipts = Receipts(self)
        self.rotations = Rotations(self)
        if self._new_identity:
            self._adopt_new_identity()
        self.vocab = vocab.default()
        from .checklists.assessments import AssessmentStore
        from .checklists.registry import ChecklistRegistry
        from .incidents import DraftStore, IncidentStore
        from .tombstones import Tombstones

        self.tombstones = Tombstones(self)
        self.incidents = IncidentStore(self)
        self.drafts = DraftStore(self)
        self.checklists = ChecklistRegistry(extra=self.folder / "checklists")
        self.assessments = AssessmentStore(self)
        from .checklists.records import AssessmentRecords

        self.assessment_records = AssessmentRecords(self)

    # -- the database: one connection per thread, one set of stores and caches ----------------
    @property
    def db(self):
        """This thread's connection. Work run off the UI thread uses the same workspace (and so the same
        caches) on a connection of its own, so that its transaction never mixes with the UI's."""
        if threading.get_ident() == self._main_thread:
            return self._main_db
        db = getattr(self._local, "db", None)
        if db is None:
            if self._closed:
                raise WorkspaceMissing("The workspace {folder} is closed.", folder=str(self.folder))
            db = storage.connect(self.db_path, self._key)
            self._watch(db)
            self._local.db = db
            with self._dbs_lock:
                self._other_dbs.append(db)
        return db

    def _adopt_new_identity(self) -> None:
        """The device key was lost and a new one made (the user's choice): what the old key sealed is sealed again
        as it stands, the trusted keys are forgotten (each is trusted again once its fingerprint is checked), and the
        inventory is rewritten."""
        self.key_book.reseal_all()
        self.trust.forget_all()
        self.rewrite_inventory()
        log.info("a new device identity was made for this workspace")

    def rewrite_inventory(self) -> None:
        """Seal the inventory again with this device's (new) key."""
        from .sync.keys import device_keys

        with self.db.atomic():
            _write_inventory(self.db.conn, device_keys(self), self.clock.now_iso())

    def _sign_existing(self, conn) -> None:
        """Schema step 6 (inside its transaction): this device signs the versions saved before versions were
        signed (its own, and those it received: it vouches for them) and seals its trusted keys."""
        from .checklists.assessments import sign_existing_versions as sign_assessments
        from .incidents.store import sign_existing_versions as sign_incidents
        from .sync.keys import load_or_make_keys, seal_existing

        row = conn.execute("SELECT value FROM settings WHERE key = 'device_id'").fetchone()
        if row is None:  # a new workspace: nothing to sign yet
            return
        keys = load_or_make_keys(self.folder, row[0])  # a workspace older than keys gets its first ones now
        sign_incidents(conn, keys)
        sign_assessments(conn, keys)
        seal_existing(conn, keys, row[0], self.clock.now_iso())
        _write_inventory(conn, keys, self.clock.now_iso())

    # -- the signed inventory: which records this workspace holds -------------------------------
    def _watch(self, db) -> None:
        """Triggers of this connection only (TEMP) note what a transaction added, removed or moved the head of (an
        incident's bucket, the assessments, the deletions); before it commits, the signed inventory is written again
        (``_write_inventory``). The connection keeps the incident buckets' digests from its last commit and
        rehashes only the buckets noted, unless another connection committed since (``PRAGMA data_version``): then
        it rehashes them all."""
        conn = db.conn
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS _dirty (k TEXT PRIMARY KEY)")
        for table, events in _WATCHED.items():
            for n, event in enumerate(events):
                if table == "incidents":
                    rows = {"INSERT": ["new"], "DELETE": ["old"]}.get(event, ["old", "new"])
                    what = "; ".join(
                        f"INSERT OR IGNORE INTO _dirty (k) VALUES ('i' || substr({r}.id, 1, {_BUCKET}))" for r in rows
                    )
                else:
                    what = f"INSERT OR IGNORE INTO _dirty (k) VALUES ('{table[0]}')"
                conn.execute(
                    f"CREATE TEMP TRIGGER IF NOT EXISTS _inv_{table}_{n} AFTER {event} ON main.{table} "
                    f"BEGIN {what}; END"
                )
        db.before_commit = self._before_commit
        db.after_commit = self._after_commit
        db._inv_buckets = db._inv_pending = None
        db._inv_seen = None

    def _before_commit(self, db) -> None:
        db._inv_pending = None  # a commit that failed left its buckets here: never taken for this one's
        conn = db.conn
        dirty = [r[0] for r in conn.execute("SELECT k FROM temp._dirty")]
        if not dirty:
            return
        from .sync.keys import device_keys

        seen = conn.execute("PRAGMA data_version").fetchone()[0]
        buckets = db._inv_buckets
        if buckets is None or seen != db._inv_seen:
            buckets = None  # another connection committed since this one's last commit: every bucket again
        else:
            touched = [k[1:] for k in dirty if k.startswith("i")]
            if touched:
                buckets = dict(buckets)
                for p in touched:
                    buckets.pop(p, None)
                buckets.update(_bucket_digests(conn, touched))
        db._inv_pending = (_write_inventory(conn, device_keys(self), self.clock.now_iso(), buckets), seen)
        conn.execute("DELETE FROM temp._dirty")
        with self.settings._lock:
            self.settings._version += 1
            self.settings._cache.pop(INVENTORY, None)

    def _after_commit(self, db) -> None:
        if db._inv_pending is not None:  # what this connection committed: its buckets stand (its own commit leaves
            db._inv_buckets, db._inv_seen = db._inv_pending  # its data_version as it was)
            db._inv_pending = None

    def check_inventory(self) -> list[dict]:
        """Problems with the signed inventory: records added or removed behind the app's back."""
        from .signatures import seal_ok
        from .sync.keys import device_keys

        stored = self.db.execute("SELECT value FROM settings WHERE key = ?", [INVENTORY]).fetchone()
        try:
            inv = json.loads(stored[0]) if stored is not None else None
        except ValueError:
            inv = {}
        v2 = isinstance(inv, dict) and inv.get("v") == 2
        digest, count = _inventory_v2(self.db.conn, _bucket_digests(self.db.conn)) if v2 else _inventory(self.db.conn)
        if stored is None:
            if count == 0:
                return []
            return [
                {
                    "record": INVENTORY,
                    "kind": "inventory",
                    "problem": msg("the signed list of this workspace's records is missing (removed outside FieldKit)"),
                }
            ]
        try:
            kind = INVENTORY_KIND if v2 else "inventory"
            sealed = seal_ok(device_keys(self).sign_public, kind, (inv["digest"], inv["count"]), inv["seal"])
        except (ValueError, KeyError, TypeError):
            sealed = False
        if not sealed:
            return [
                {
                    "record": INVENTORY,
                    "kind": "inventory",
                    "problem": msg("the signed list of this workspace's records was changed outside FieldKit"),
                }
            ]
        if (inv["digest"], inv["count"]) != (digest, count):
            return [
                {
                    "record": INVENTORY,
                    "kind": "inventory",
                    "problem": msg(
                        "records were added or removed outside FieldKit: the workspace holds {n} records and "
                        "deletions, its signed list {m}",
                        n=count,
                        m=inv["count"],
                    ),
                }
            ]
        return []

    def sign_version(self, version_hash: str) -> tuple[str, str]:
        """(signature, signing key) of a version saved on this device."""
        from .signatures import sign_version
        from .sync.keys import device_keys

        own = device_keys(self)
        return sign_version(own.signing, version_hash), own.sign_public

    def release_thread(self) -> None:
        """Close this thread's connection (a worker thread calls it when its job ends, so that threads the pool
        retires leave no connection behind). The next use on this thread opens a new one."""
        if threading.get_ident() == self._main_thread:
            return
        db = getattr(self._local, "db", None)
        if db is None:
            return
        self._local.db = None
        with self._dbs_lock:
            self._other_dbs = [d for d in self._other_dbs if d is not db]
        try:
            db.conn.close()
        except Exception:  # pragma: no cover - already closed with the workspace
            pass

    # -- what changed --------------------------------------------------------------------------
    def touched(self, kind: str, ids=()) -> None:
        """Record that ``kind`` records (``ids``, or every one with ``ids=None``) were changed by this thread's
        work. Every store calls this for every write."""
        for changes in getattr(self._local, "tracking", ()):
            changes.add(kind, ids)

    @contextmanager
    def tracking(self):
        """Collect what the work inside the block (on this thread) touched: ``with ws.tracking() as changes:``."""
        stack = getattr(self._local, "tracking", None)
        if stack is None:
            stack = self._local.tracking = []
        changes = Changes()
        stack.append(changes)
        try:
            yield changes
        finally:
            stack.remove(changes)

    def verify(self) -> dict:
        """Check every history chain and attachment: ``{'checked': {...}, 'problems': [...], 'ok': bool}``."""
        inc = self.incidents.verify()
        asm = self.assessments.verify()
        problems = inc["problems"] + asm["problems"] + self.check_inventory()
        for k in self.trust.tampered():
            problems.append(
                {
                    "record": k["sign"],
                    "kind": "trusted key",
                    "problem": msg(
                        "the trusted key {fp} ({label}) was changed outside FieldKit: it is no longer trusted",
                        fp=k["fingerprint"],
                        label=k["label"] or k["device_id"],
                    ),
                }
            )
        for k in self.key_book.tampered():
            problems.append(
                {
                    "record": k["sign"],
                    "kind": "device key",
                    "problem": msg(
                        "the signing key recorded for device {device_id} was changed outside FieldKit",
                        device_id=k["device_id"],
                    ),
                }
            )
        for late in self.revocations.late_versions():
            r = late["revocation"]
            problems.append(
                {
                    "record": late["record"],
                    "kind": late["kind"],
                    "problem": msg(
                        "version {n} is signed by the key of device {device_id}, which HQ revoked from {since} on",
                        n=late["version"],
                        device_id=r["device_id"],
                        since=r["from_time"],
                    ),
                }
            )
        checked = {
            **inc["checked"],
            **asm["checked"],
            "trusted_keys": len(self.trust.list()),
            "vouched_versions": inc["vouched"] + asm["vouched"],
        }
        return {"checked": checked, "problems": problems, "ok": not problems}

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

    @property
    def encrypted(self) -> bool:
        """Whether the workspace is encrypted at rest (False: a training workspace, or one made before 0.3)."""
        return self._key is not None

    def change_passphrase(self, old: str, new: str) -> None:
        """Wrap the data key under a new passphrase (nothing else is re-encrypted). ``WrongPassphrase`` if ``old``
        does not open the workspace: nothing is changed."""
        if not self.encrypted:
            raise FieldkitError("This workspace is not encrypted: set a passphrase to encrypt it first.")
        vault.change_passphrase(self.folder, old, new, workspace_open=True)  # open: the duress one is only wrong
        log.info("the workspace passphrase was changed")

    def duress_profile(self) -> dict:
        """What the empty workspace the duress passphrase opens takes over from this one (``vault.PROFILE_KEYS``)."""
        return {k: self.settings.get(k) for k in vault.PROFILE_KEYS if self.settings.get(k)}

    @property
    def data_key(self) -> bytes | None:
        return self._key

    def is_empty(self) -> bool:
        n = self.db.execute("SELECT (SELECT count(*) FROM incidents) + (SELECT count(*) FROM assessments)").fetchone()[
            0
        ]
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
        if self._closed:
            return
        self._closed = True
        with self._dbs_lock:
            dbs, self._other_dbs = [self._main_db, *self._other_dbs], []
        for db in dbs:
            try:
                db.conn.close()
            except Exception:  # pragma: no cover - closing twice
                pass
        # the data key and the private keys are no longer held by the workspace
        if self._key is not None:
            vault.release(self.folder)
        self._device_keys = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
