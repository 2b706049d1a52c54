import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from fieldkit import storage
from fieldkit.errors import DatabaseTooNew
from fieldkit.incidents import IncidentFilter
from tests.workspaces import Workspace, raw_connect

DATA = Path(__file__).resolve().parents[1] / "data"


def test_new_database_has_wal_foreign_keys_and_recorded_migrations(ws):
    conn = ws.db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    numbers = [r[0] for r in conn.execute("SELECT number FROM _migrations ORDER BY number")]
    assert numbers == [m.number for m in storage.available_migrations()]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == numbers[-1]


def test_database_from_newer_fieldkit_is_refused_and_left_untouched(tmp_path, clock):
    w = Workspace(tmp_path / "w", clock=clock)
    w.db.conn.execute("PRAGMA user_version = 999")
    w.close()
    db = tmp_path / "w" / "fieldkit.sqlite"
    for extra in ("-wal", "-shm"):
        Path(str(db) + extra).unlink(missing_ok=True)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    with pytest.raises(DatabaseTooNew) as e:
        Workspace(tmp_path / "w", clock=clock)
    assert "newer version of FieldKit" in e.value.message
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert not Path(str(db) + "-wal").exists()


def test_old_database_file_is_upgraded_without_losing_rows(tmp_path, clock):
    """tests/data/workspace-v1.sqlite was written with only migration 1 (make_fixtures.py)."""
    target = tmp_path / "old"
    target.mkdir()
    shutil.copy(DATA / "workspace-v1.sqlite", target / "fieldkit.sqlite")
    assert storage.schema_version_of(target / "fieldkit.sqlite") == 1
    old = sqlite3.connect(target / "fieldkit.sqlite")
    before = old.execute("SELECT id, title, head_hash FROM incidents ORDER BY id").fetchall()
    old.close()
    assert len(before) == 3
    w = Workspace(target, clock=clock)
    after = w.db.execute("SELECT id, title, head_hash FROM incidents ORDER BY id").fetchall()
    assert after == before
    assert w.db.execute("PRAGMA user_version").fetchone()[0] == storage.available_migrations()[-1].number
    assert "assessments" in w.db.table_names()
    assert w.incidents.verify()["problems"] == []
    assert w.incidents.search(IncidentFilter(text="convoy"))  # full-text index survived the upgrade
    # the versions saved before versions were signed are signed once, by this device, when it upgrades
    assert w.db.execute("SELECT count(*) FROM incident_versions WHERE signature = ''").fetchone()[0] == 0
    assert w.verify()["ok"]


def test_failed_migration_changes_nothing(tmp_path, clock, monkeypatch):
    good = storage.available_migrations()
    broken = good + [storage.Migration(len(good) + 1, "broken", "CREATE TABLE x (a);\nINSERT INTO nowhere VALUES (1);")]
    monkeypatch.setattr(storage, "available_migrations", lambda folder=None: broken)
    from fieldkit.errors import StorageError

    with pytest.raises(StorageError) as e:
        storage.open_database(tmp_path / "db.sqlite", clock=clock)
    assert "Nothing was changed by that step" in e.value.message
    conn = sqlite3.connect(tmp_path / "db.sqlite")
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'x'").fetchone() is None
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(good)


def test_every_record_has_uuid_and_utc_timestamps(ws, incident_data):
    rec = ws.incidents.add(incident_data)
    import uuid

    uuid.UUID(rec["id"])
    for k in ("created_at", "updated_at", "occurred_at", "reported_at"):
        assert rec[k].endswith("Z") and "T" in rec[k]


def test_a_background_checkpoint_is_waited_for_at_exit_even_when_started_by_a_daemon_thread(tmp_path):
    import threading

    from fieldkit import storage

    db = storage.open_database(tmp_path / "x.sqlite")
    db.execute("CREATE TABLE t (v)")
    db.conn.commit()
    got = []
    starter = threading.Thread(
        target=lambda: got.append(storage.checkpoint_in_background(tmp_path / "x.sqlite")), daemon=True
    )
    starter.start()
    starter.join()
    got[0].join()
    assert got[0].daemon is False
    db.conn.close()


def test_a_full_disk_is_a_plain_typed_error_and_changes_nothing(ws, incident_data):
    from fieldkit.errors import DiskFull

    ws.incidents.add(incident_data)
    before = ws.counts()
    pages = ws.db.execute("PRAGMA page_count").fetchone()[0]
    ws.db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full from now on
    with pytest.raises(DiskFull, match="disk is full"):
        ws.incidents.add_many([{**incident_data, "description": "x" * 4000} for _ in range(200)])
    ws.db.execute("PRAGMA max_page_count = 1073741823")
    assert ws.counts() == before


def test_disk_errors_are_explained():
    import sqlite3

    from fieldkit import storage
    from fieldkit.errors import DiskFailing, DiskFull

    e = sqlite3.OperationalError("disk I/O error")
    assert isinstance(storage.explain(e), DiskFailing)
    e = sqlite3.OperationalError("database or disk is full")
    assert isinstance(storage.explain(e), DiskFull)
    assert storage.explain(sqlite3.OperationalError("no such table: x")) is None
    assert storage.explain(ValueError("x")) is None


def test_a_write_lock_held_elsewhere_is_a_plain_busy_error_and_changes_nothing(ws, incident_data):
    from fieldkit.errors import DatabaseBusy

    before = ws.counts()
    other = raw_connect(str(ws.db_path), timeout=0)
    other.isolation_level = None
    other.execute("BEGIN IMMEDIATE")  # another window or command is writing
    try:
        ws.db.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(DatabaseBusy, match="busy with other work"):
            ws.incidents.add(incident_data)
    finally:
        other.execute("ROLLBACK")
        other.close()
        ws.db.execute("PRAGMA busy_timeout = 10000")
    assert ws.counts() == before
    ws.incidents.add(incident_data)  # once the other writer is done, the same step works
    assert ws.counts()["incidents"] == before["incidents"] + 1


def test_a_transaction_takes_the_write_lock_when_it_begins(ws):
    with ws.db.atomic():
        other = raw_connect(str(ws.db_path), timeout=0)
        try:
            with pytest.raises(storage.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        finally:
            other.close()
        with ws.db.atomic():  # a nested block is a savepoint of the same transaction
            assert ws.db.conn.in_transaction
    assert not ws.db.conn.in_transaction


def test_a_setting_read_inside_a_rolled_back_transaction_is_not_remembered(ws):
    ws.settings.set("k", "before")
    with pytest.raises(RuntimeError):
        with ws.db.atomic():
            ws.db.execute("UPDATE settings SET value = 'rolled back' WHERE key = 'k'")
            assert ws.settings.get("k") == "rolled back"
            raise RuntimeError("undo")
    assert ws.settings.get("k") == "before"


def test_a_worker_thread_releases_its_connection(ws):
    import threading

    seen = {}

    def work():
        seen["before"] = ws.db
        ws.db.execute("SELECT 1")
        ws.release_thread()
        seen["closed"] = seen["before"] not in ws._other_dbs
        seen["after"] = ws.db  # the next use opens a new one

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert seen["closed"]
    assert seen["after"] is not seen["before"]
    with pytest.raises((sqlite3.ProgrammingError, *storage.Error)):
        seen["before"].execute("SELECT 1")
    main = ws.db
    ws.release_thread()  # the UI thread's connection stays
    assert ws.db is main


def test_the_workspace_is_readable_by_its_owner_alone(tmp_path, incident_data):
    import os
    import stat

    from fieldkit import logsetup

    folder = tmp_path / "w"
    folder.mkdir(mode=0o755)
    logsetup.configure(folder)
    ws = Workspace(folder)
    photo = tmp_path / "p.jpg"
    photo.write_bytes(b"jpeg")
    ws.incidents.add(incident_data, attachments=[photo])
    mode = lambda p: stat.S_IMODE(os.stat(p).st_mode)  # noqa: E731
    assert mode(folder) == 0o700 and mode(folder / "fieldkit.sqlite") == 0o600
    assert mode(folder / "logs") == 0o700 and mode(folder / "logs" / "fieldkit.log") == 0o600
    files = [p for p in (folder / "attachments").rglob("*")]
    assert files and all(mode(p) == (0o700 if p.is_dir() else 0o600) for p in files)
    assert ws.db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    ws.close()


def test_a_traceback_in_the_log_never_carries_the_exceptions_message(tmp_path):
    import logging

    from fieldkit import logsetup

    path = logsetup.configure(tmp_path)
    try:
        raise sqlite3.OperationalError('fts5: syntax error near "informant Fatou"')
    except sqlite3.OperationalError:
        logging.getLogger("test").error("unexpected error", exc_info=True)
    for h in logging.getLogger().handlers:
        h.flush()
    text = path.read_text()
    assert "OperationalError" in text and "withheld" in text and "Fatou" not in text


def _workspace_at_step(folder, clock, step, monkeypatch):
    """A workspace made by a FieldKit whose last schema step was ``step``."""
    everything = storage.available_migrations()
    monkeypatch.setattr(storage, "available_migrations", lambda folder=None: everything[:step])
    w = Workspace(folder, clock=clock)
    monkeypatch.setattr(storage, "available_migrations", lambda folder=None: everything)
    return w


def test_step_7_rebuilds_incidents_with_nullable_location_keeping_every_row(
    tmp_path, clock, incident_data, monkeypatch
):
    folder = tmp_path / "w"
    w = _workspace_at_step(folder, clock, 6, monkeypatch)
    assert w.db.execute("PRAGMA user_version").fetchone()[0] == 6
    from fieldkit.incidents.store import IncidentStore

    build, next_seq = IncidentStore._build, IncidentStore.next_local_seq

    def build_at_step_6(self, *a, **k):  # the rows as FieldKit wrote them then: no local change number (step 9),
        row, ver = build(self, *a, **k)  # no markets or fatalities (step 11)
        for later in ("local_seq", "markets", "fatalities"):
            row.pop(later, None)
        return row, ver

    from fieldkit.incidents import store as store_module

    columns = store_module.ROW_COLUMNS
    monkeypatch.setattr(IncidentStore, "_build", build_at_step_6)
    monkeypatch.setattr(IncidentStore, "next_local_seq", lambda self: 0)
    monkeypatch.setattr(store_module, "ROW_COLUMNS", tuple(c for c in columns if c not in ("markets", "fatalities")))
    row_to_record = store_module._row_to_record
    monkeypatch.setattr(  # a record read at step 6 has the fields of step 11 at their default
        store_module, "_row_to_record", lambda row, c=None: {"markets": [], "fatalities": None, **row_to_record(row, c)}
    )
    (tmp_path / "photo.jpg").write_bytes(b"not really a photo")
    kept = w.incidents.add(
        {**incident_data, "title": "Fishermen stopped at the jetty"}, attachments=[tmp_path / "photo.jpg"]
    )
    w.incidents.add_many([{**incident_data, "title": f"Patrol report {i}", "status": "draft"} for i in range(20)])
    trashed = w.incidents.add({**incident_data, "title": "Checkpoint moved"})
    w.incidents.delete(trashed["id"], reason="duplicate")
    w.incidents.update(kept["id"], {"description": "Three boats held overnight."}, reason="more detail")
    cols = "rowid, " + ", ".join(c for c in _incident_columns(w.db.conn))
    before = w.db.execute(f"SELECT {cols} FROM incidents ORDER BY rowid").fetchall()
    versions = w.db.execute("SELECT * FROM incident_versions ORDER BY id").fetchall()
    links = w.db.execute("SELECT * FROM incident_attachments ORDER BY id").fetchall()
    monkeypatch.setattr(IncidentStore, "_build", build)  # the code of today again, for the upgrade
    monkeypatch.setattr(IncidentStore, "next_local_seq", next_seq)
    monkeypatch.setattr(store_module, "ROW_COLUMNS", columns)
    monkeypatch.setattr(store_module, "_row_to_record", row_to_record)
    assert w.db.execute("PRAGMA table_info(incidents)").fetchall()[7][3] == 1  # lat NOT NULL at step 6
    w.close()

    w = Workspace(folder, clock=clock)
    try:
        conn = w.db.conn
        assert conn.execute("PRAGMA user_version").fetchone()[0] >= 7  # step 7 ran (later steps may follow)
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1  # on again after the upgrade
        assert conn.execute(f"SELECT {cols} FROM incidents ORDER BY rowid").fetchall() == before
        assert conn.execute("SELECT * FROM incident_versions ORDER BY id").fetchall() == versions
        assert conn.execute("SELECT * FROM incident_attachments ORDER BY id").fetchall() == links and links
        info = {r[1]: r for r in conn.execute("PRAGMA table_info(incidents)")}
        assert info["lat"][3] == info["lon"][3] == 0 and info["title"][3] == 1
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'incidents'")}
        assert {
            "incidents_ai",
            "incidents_ad",
            "incidents_au",
            "idx_incidents_latlon",
            "idx_incidents_updated",
        } <= names
        assert "incidents_new" not in w.db.table_names()
        _fts_integrity_check(conn)
        # the full-text index still finds the old rows, and follows edits and new rows through its triggers
        assert [r["id"] for r in w.incidents.search(IncidentFilter(text="fishermen"))] == [kept["id"]]
        w.incidents.update(kept["id"], {"title": "Boats held at the jetty"}, reason="clearer")
        assert w.incidents.search(IncidentFilter(text="fishermen")) == []
        assert [r["id"] for r in w.incidents.search(IncidentFilter(text="boats"))] == [kept["id"]]
        draft = w.incidents.add(
            {**incident_data, "title": "Rumour of a camp", "status": "draft", "lat": None, "lon": ""}
        )
        assert draft["lat"] is None and draft["lon"] is None
        assert [r["id"] for r in w.incidents.search(IncidentFilter(text="rumour"))] == [draft["id"]]
        _fts_integrity_check(conn)
        # the old signatures still verify: no stored version and no live row's content changed
        assert w.incidents.verify()["problems"] == []
        assert w.verify()["ok"]
        # the last guard: a final incident never lacks a location, nor one coordinate the other
        with pytest.raises(storage.DatabaseError):
            conn.execute("UPDATE incidents SET lat = NULL, lon = NULL WHERE id = ?", [kept["id"]])
        with pytest.raises(storage.DatabaseError):
            conn.execute("UPDATE incidents SET lon = 3 WHERE id = ?", [draft["id"]])
    finally:
        w.close()


def _fts_integrity_check(conn):
    """SQLite's own check of the full-text index against the incidents table (raises when they differ)."""
    conn.execute("INSERT INTO incidents_fts(incidents_fts, rank) VALUES ('integrity-check', 1)")
    conn.commit()  # the statement opened a transaction of Python's sqlite3: close it


def _incident_columns(conn):
    return [r[1] for r in conn.execute("PRAGMA table_info(incidents)")]


def test_a_step_that_breaks_a_foreign_key_is_rolled_back(tmp_path, clock, incident_data, monkeypatch):
    from fieldkit.errors import StorageError

    folder = tmp_path / "w"
    w = Workspace(folder, clock=clock, unencrypted=True)
    (tmp_path / "a.txt").write_bytes(b"a")
    w.incidents.add(incident_data, attachments=[tmp_path / "a.txt"])
    w.close()
    good = storage.available_migrations()
    broken = good + [storage.Migration(len(good) + 1, "orphans", "DELETE FROM attachments;")]
    monkeypatch.setattr(storage, "available_migrations", lambda folder=None: broken)
    with pytest.raises(StorageError) as e:
        storage.open_database(folder / "fieldkit.sqlite", clock=clock)
    assert "Nothing was changed by that step" in e.value.message
    conn = sqlite3.connect(folder / "fieldkit.sqlite")
    assert conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(good)
