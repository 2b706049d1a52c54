"""Encryption at rest (issue 16): the data key, the database, the attachments, the device key, the passphrase, the
upgrade in place of a plain workspace (kill -9 at each step), quick delete, and a thief with the disk."""

from __future__ import annotations

import hashlib
import io
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from fieldkit import conversion, vault
from fieldkit import wipe as wiping
from fieldkit.cli import main
from fieldkit.errors import PassphraseNeeded, WrongPassphrase
from fieldkit.incidents import IncidentFilter
from fieldkit.sync import keys
from tests.workspaces import TEST_PASSPHRASE, Workspace

ROOT = Path(__file__).resolve().parents[2]
SECRET_TITLE = "Informant Kumba met the Northern Route courier"
SECRET_DESCRIPTION = "Payment handed over behind the Bandim market warehouse"
SECRET_FILE = b"photo of the ledger page: names of the drivers and their fees " * 50
SEARCH_TERM = "Kumbasearchterm"


def _files(folder: Path):
    return sorted(p for p in Path(folder).rglob("*") if p.is_file())


def _snapshot(folder: Path) -> dict:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in _files(folder)}


def _fill(ws, tmp_path) -> str:
    src = tmp_path / "ledger.jpg"
    src.write_bytes(SECRET_FILE)
    rec = ws.incidents.add(
        {
            "title": SECRET_TITLE,
            "description": SECRET_DESCRIPTION + " " + SEARCH_TERM,
            "occurred_at": "2026-05-30T22:15:00Z",
            "category": "MOVE_OBS",
            "severity": 3,
            "lat": 11.86,
            "lon": -15.6,
            "source_grade": "B2",
            "source_type": "PATROL",
        },
        attachments=[src],
    )
    src.unlink()
    return rec["id"]


def test_a_new_workspace_is_encrypted_and_needs_its_passphrase(tmp_path):
    with pytest.raises(PassphraseNeeded):
        Workspace(tmp_path / "w", passphrase=None)
    assert not (tmp_path / "w" / "fieldkit.sqlite").exists()
    with Workspace(tmp_path / "w") as ws:
        assert ws.encrypted
        _fill(ws, tmp_path)
    db = tmp_path / "w" / "fieldkit.sqlite"
    assert not db.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):  # the plain driver cannot read it
        sqlite3.connect(db).execute("SELECT count(*) FROM incidents").fetchone()
    with pytest.raises(PassphraseNeeded):
        Workspace(tmp_path / "w", passphrase=None)
    with Workspace(tmp_path / "w") as ws:
        assert [r["title"] for r in ws.incidents.search(IncidentFilter(text=SEARCH_TERM))] == [SECRET_TITLE]
        assert ws.verify()["ok"]


def test_a_wrong_passphrase_is_a_plain_error_and_changes_nothing(tmp_path):
    with Workspace(tmp_path / "w") as ws:
        _fill(ws, tmp_path)
    before = _snapshot(tmp_path / "w")
    with pytest.raises(WrongPassphrase) as e:
        Workspace(tmp_path / "w", passphrase="not the right one at all")
    assert e.value.message == "That passphrase does not open this workspace. Nothing was changed."
    after = _snapshot(tmp_path / "w")
    assert after.pop("lock.json")  # only the count of failed unlocks moved
    assert after == before


def test_the_kdf_cost_is_read_from_the_key_file(tmp_path):
    with Workspace(tmp_path / "w"):
        pass
    import json

    data = json.loads((tmp_path / "w" / vault.FILE).read_text())
    assert data["format"] == "fieldkit-vault" and data["version"] == 1
    assert (data["opslimit"], data["memlimit"]) == vault.kdf_cost()
    os.environ.pop(vault.ENV_KDF_COST)
    try:
        assert vault.kdf_cost() == (vault.OPSLIMIT, vault.MEMLIMIT)  # the product's cost, about 0.5 s
        with Workspace(tmp_path / "w"):  # the cost the file was wrapped at opens it
            pass
    finally:
        os.environ[vault.ENV_KDF_COST] = "minimum"


def test_changing_the_passphrase_rewraps_the_key_only(tmp_path):
    with Workspace(tmp_path / "w") as ws:
        _fill(ws, tmp_path)
        db_before = hashlib.sha256(ws.db_path.read_bytes()).hexdigest()
        with pytest.raises(WrongPassphrase):
            ws.change_passphrase("wrong passphrase here", "a brand new passphrase")
        ws.change_passphrase(TEST_PASSPHRASE, "a brand new passphrase")
        assert hashlib.sha256(ws.db_path.read_bytes()).hexdigest() == db_before
    with pytest.raises(WrongPassphrase):
        Workspace(tmp_path / "w")
    with Workspace(tmp_path / "w", passphrase="a brand new passphrase") as ws:
        assert ws.verify()["ok"]


def test_attachments_and_the_device_key_are_sealed_and_still_verify(tmp_path):
    with Workspace(tmp_path / "w") as ws:
        iid = _fill(ws, tmp_path)
        sha = hashlib.sha256(SECRET_FILE).hexdigest()
        [att] = ws.incidents.attachments(iid)
        assert att["sha256"] == sha and att["size"] == len(SECRET_FILE)  # the hash and size of the plain content
        stored = ws.incidents.attachment_path(sha).read_bytes()
        assert stored.startswith(vault.MAGIC) and SECRET_FILE[:40] not in stored
        assert ws.incidents.open_attachment(sha).read_bytes() == SECRET_FILE
        ws.incidents.copy_attachment(sha, tmp_path / "out.jpg")
        assert (tmp_path / "out.jpg").read_bytes() == SECRET_FILE
        assert ws.verify()["ok"]
        own = keys.device_keys(ws)
        assert own.signing.encode().hex().encode() not in keys.key_file(ws.folder).read_bytes()
        # a flipped byte of the sealed file is found
        p = ws.incidents.attachment_path(sha)
        raw = bytearray(p.read_bytes())
        raw[-5] ^= 1
        p.write_bytes(bytes(raw))
        assert [x["kind"] for x in ws.verify()["problems"]] == ["attachment"]
    with Workspace(tmp_path / "w") as ws:  # the sealed key file opens again with the data key
        assert keys.device_keys(ws).sign_public == own.sign_public


def test_a_plain_training_workspace_only_when_asked(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("FIELDKIT_PASSPHRASE")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    d = ["--data-dir", str(tmp_path / "w")]
    assert main([*d, "init"]) == 1
    assert "passphrase" in capsys.readouterr().err and not (tmp_path / "w" / "fieldkit.sqlite").exists()
    assert main([*d, "init", "--unencrypted"]) == 0
    assert "NOT encrypted" in capsys.readouterr().out
    assert (tmp_path / "w" / "fieldkit.sqlite").read_bytes().startswith(b"SQLite format 3")
    assert main([*d, "info"]) == 0 and "Encrypted: NO" in capsys.readouterr().out
    import sqlite3

    with sqlite3.connect(tmp_path / "w" / "fieldkit.sqlite") as conn:  # kept plain on purpose: the app won't nag
        assert conn.execute("SELECT value FROM settings WHERE key = 'plain_by_choice'").fetchone() == ("1",)


def test_the_cli_reads_the_workspace_passphrase_and_changes_it(tmp_path, capsys, monkeypatch):
    d = ["--data-dir", str(tmp_path / "w")]
    assert main([*d, "init"]) == 0 and "encrypted" in capsys.readouterr().out
    assert main([*d, "info"]) == 0 and "Encrypted: yes" in capsys.readouterr().out
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", "the wrong passphrase")
    assert main([*d, "info"]) == 1
    err = capsys.readouterr().err
    assert "does not open" in err and "Traceback" not in err
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("FIELDKIT_NEW_PASSPHRASE", "another good passphrase")
    assert main([*d, "passphrase", "change"]) == 0
    capsys.readouterr()
    assert main([*d, "info"]) == 1
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", "another good passphrase")
    assert main([*d, "info"]) == 0


def test_wipe_destroys_the_keys_first_then_every_file(tmp_path, capsys, monkeypatch):
    with Workspace(tmp_path / "w") as ws:
        _fill(ws, tmp_path)
    (tmp_path / "w" / "notes.txt").write_text("not FieldKit's")
    d = ["--data-dir", str(tmp_path / "w")]
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main([*d, "wipe"]) == 1 and "--yes" in capsys.readouterr().err  # no terminal to confirm on
    assert (tmp_path / "w" / vault.FILE).exists()
    # interrupted after the keys: what remains is unreadable
    monkeypatch.setattr(wiping.shutil, "rmtree", lambda *a, **k: (_ for _ in ()).throw(OSError("power cut")))
    with pytest.raises(OSError):
        wiping.wipe(tmp_path / "w")
    assert not (tmp_path / "w" / vault.FILE).exists() and not keys.key_file(tmp_path / "w").exists()
    monkeypatch.undo()
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", TEST_PASSPHRASE)
    assert main([*d, "wipe", "--yes"]) == 0
    assert "destroyed" in capsys.readouterr().out
    assert [p.name for p in (tmp_path / "w").iterdir()] == ["notes.txt"]
    assert main([*d, "wipe", "--yes"]) == 1  # nothing left to wipe


# ------------------------------------------------------------------------------------------------
# upgrade in place
# ------------------------------------------------------------------------------------------------
def _plain_workspace(tmp_path) -> tuple[Path, dict]:
    folder = tmp_path / "plain"
    with Workspace(folder, unencrypted=True) as ws:
        _fill(ws, tmp_path)
        ws.incidents.add(
            {
                "title": "Second",
                "occurred_at": "2026-05-01T10:00:00Z",
                "category": "MOVE_OBS",
                "lat": 11.0,
                "lon": -15.0,
                "description": "x",
                "severity": 2,
                "status": "draft",
            }
        )
        counts = ws.counts()
    return folder, counts


def _check_nothing_lost(folder: Path, counts: dict) -> None:
    pw = TEST_PASSPHRASE if vault.is_encrypted(folder) else None
    with Workspace(folder, passphrase=pw, create=False) as ws:
        assert ws.counts() == counts
        assert ws.verify()["ok"], ws.verify()["problems"]
        sha = hashlib.sha256(SECRET_FILE).hexdigest()
        assert ws.incidents.open_attachment(sha).read_bytes() == SECRET_FILE
        assert [r["title"] for r in ws.incidents.search(IncidentFilter(text=SEARCH_TERM))] == [SECRET_TITLE]


def test_a_plain_workspace_is_encrypted_in_place(tmp_path):
    folder, counts = _plain_workspace(tmp_path)
    conversion.encrypt_in_place(folder, TEST_PASSPHRASE)
    assert vault.is_encrypted(folder)
    assert sorted(p.name for p in folder.iterdir() if p.is_file()) == ["fieldkit.sqlite", "vault.json"]
    _check_nothing_lost(folder, counts)
    for p in _files(folder):
        data = p.read_bytes()
        assert SECRET_TITLE.encode() not in data and SECRET_FILE[:40] not in data, p
    with pytest.raises(Exception, match="already encrypted"):
        conversion.encrypt_in_place(folder, TEST_PASSPHRASE)


STEPS = ["start", "checkpointed", "key-wrapped", "exported", "checked", "committed", "swapped", "done"]


@pytest.mark.parametrize("step", STEPS)
def test_kill_9_at_any_step_of_the_upgrade_loses_nothing(tmp_path, step):
    folder, counts = _plain_workspace(tmp_path)
    code = (
        "import os, signal, sys\n"
        "from fieldkit import conversion\n"
        "def stop(name):\n"
        f"    if name == {step!r}:\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
        f"conversion.encrypt_in_place(sys.argv[1], {TEST_PASSPHRASE!r}, on_step=stop)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-c", code, str(folder)], cwd=ROOT, env=env, capture_output=True)
    assert r.returncode == -signal.SIGKILL, r.stderr
    _check_nothing_lost(folder, counts)  # opening finishes (or undoes) what was interrupted
    if not vault.is_encrypted(folder):  # interrupted before the commit point: it can simply be done again
        conversion.encrypt_in_place(folder, TEST_PASSPHRASE)
    _check_nothing_lost(folder, counts)
    assert sorted(p.name for p in folder.iterdir() if p.is_file()) == ["fieldkit.sqlite", "vault.json"]
    sha = hashlib.sha256(SECRET_FILE).hexdigest()
    assert (folder / "attachments" / sha[:2] / sha).read_bytes().startswith(vault.MAGIC)


# ------------------------------------------------------------------------------------------------
# the thief
# ------------------------------------------------------------------------------------------------
def test_a_thief_with_the_disk_finds_nothing(tmp_path):
    """After the workspace is closed, no title, description, attachment byte, search term or private key is in any
    file under the data folder, and the database does not open without the passphrase."""
    import logging

    from fieldkit import logsetup
    from fieldkit.errors import SearchQueryError

    folder = tmp_path / "w"
    logsetup.configure(folder)
    try:
        with Workspace(folder) as ws:
            from fieldkit import demo

            demo.fill(ws, incidents=20)
            _fill(ws, tmp_path)
            ws.incidents.search(IncidentFilter(text=SEARCH_TERM))
            with pytest.raises(SearchQueryError):
                ws.incidents.search(IncidentFilter(text=f'"{SEARCH_TERM}'))  # a failed search is logged
            own = keys.device_keys(ws)
            secrets = {
                "title": SECRET_TITLE.encode(),
                "description": SECRET_DESCRIPTION.encode(),
                "search term": SEARCH_TERM.encode(),
                "attachment": SECRET_FILE[:32],
                "sign key hex": own.signing.encode().hex().encode(),
                "box key hex": own.box.encode().hex().encode(),
                "sign key raw": own.signing.encode(),
                "data key": ws.data_key,
            }
    finally:
        for h in list(logging.getLogger().handlers):
            if getattr(h, "baseFilename", "").startswith(str(folder)):
                h.close()
                logging.getLogger().removeHandler(h)
    files = _files(folder)
    assert any(p.suffix == ".log" or "log" in p.name for p in files)
    for p in files:
        data = p.read_bytes()
        for what, secret in secrets.items():
            assert secret not in data, f"{what} found in {p.relative_to(folder)}"
            assert secret.hex().encode() not in data or what.endswith("hex"), f"{what} (hex) in {p}"
        assert oct(p.stat().st_mode & 0o777) == oct(0o600), p
    assert oct(folder.stat().st_mode & 0o777) == oct(0o700)
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(folder / "fieldkit.sqlite").execute("SELECT * FROM incidents").fetchall()
    with pytest.raises(PassphraseNeeded):
        Workspace(folder, passphrase=None)


def test_failed_unlocks_are_counted_and_wipe_only_under_a_policy(tmp_path, capsys):
    from fieldkit.errors import WorkspaceWiped

    folder = tmp_path / "w"
    with Workspace(folder):
        pass
    for n in (1, 2, 3):
        with pytest.raises(WrongPassphrase) as e:
            Workspace(folder, passphrase="wrong passphrase here")
        assert e.value.params["failed"] == n
    assert vault.lock_state(folder)["failed"] == 3 and vault.is_encrypted(folder)  # no wipe by default
    with Workspace(folder):
        pass
    assert vault.lock_state(folder)["failed"] == 0
    assert main(["--data-dir", str(folder), "lock-policy", "--wipe-after", "2", "--idle-minutes", "5"]) == 0
    assert "after 5 minute(s)" in capsys.readouterr().out
    with pytest.raises(WrongPassphrase):
        Workspace(folder, passphrase="wrong passphrase here")
    with pytest.raises(WorkspaceWiped):
        Workspace(folder, passphrase="wrong passphrase here")
    assert not folder.exists()


def test_a_full_text_search_on_the_encrypted_database_is_driven_by_the_index(tmp_path):
    """SQLCipher's SQLite (newer than the system's) would walk every incident and query the index once per row
    (1,000 times slower at 100,000, bench/run.py --only encryption) unless the matches drive the join."""
    with Workspace(tmp_path / "w") as ws:
        frm, params, _ = IncidentFilter(text="convoy", severity_min=3).to_sql()
        plan = ws.db.execute(f"EXPLAIN QUERY PLAN SELECT i.rowid {frm}", params).fetchall()
        assert "VIRTUAL TABLE" in plan[0][3], plan


def test_the_list_of_live_incidents_is_read_from_an_index_alone(tmp_path):
    """The incident list (every live incident, newest first) must not look up each row in the table to check it is
    not in the trash: in an encrypted workspace each page read is a page decrypted (schema step 10)."""
    from fieldkit.incidents.store import IncidentStore

    with Workspace(tmp_path / "w") as ws:
        frm, params, _ = IncidentFilter().to_sql()
        order = IncidentStore._order(ws.incidents, "occurred_at", True, False)
        plan = " | ".join(
            r[3] for r in ws.db.execute(f"EXPLAIN QUERY PLAN SELECT i.rowid {frm} ORDER BY {order}", params)
        )
        assert "COVERING INDEX idx_incidents_deleted_occurred" in plan and "TEMP B-TREE" not in plan, plan
        trash, tparams, _ = IncidentFilter(trash=True).to_sql()
        plan = " | ".join(r[3] for r in ws.db.execute(f"EXPLAIN QUERY PLAN SELECT i.rowid {trash}", tparams))
        assert "idx_incidents_deleted_occurred" in plan, plan


DURESS = "the river is low this year"


def test_the_duress_passphrase_destroys_the_workspace_and_opens_an_empty_one(tmp_path):
    """Typed at the unlock, the duress passphrase destroys the workspace (keys first) and opens an empty workspace
    that it opens from then on; the lock policy and the language stay; nothing of the old one is left on disk."""
    folder = tmp_path / "w"
    with Workspace(folder) as ws:
        _fill(ws, tmp_path)
        old_device = ws.device_id
        ws.settings.set("user_name", "Awa Mendes")
        ws.settings.set("role", "crime monitor")
        ws.settings.set("device_label", "Gabu team laptop 2")
        profile = ws.duress_profile()
    vault.set_lock_policy(folder, idle_minutes=3, wipe_after=5)
    vault.set_unlock_language(folder, "fr")
    vault.set_duress(folder, TEST_PASSPHRASE, DURESS, profile=profile)
    assert b"Awa Mendes" not in vault.vault_file(folder).read_bytes()  # sealed with the duress passphrase
    with pytest.raises(WrongPassphrase):  # a wrong passphrase is still only wrong
        Workspace(folder, passphrase="not the right one at all")
    assert _files(folder) and vault.lock_state(folder)["failed"] == 1
    with Workspace(folder, passphrase=DURESS) as ws:
        assert ws.encrypted and ws.counts()["incidents"] == 0 and ws.device_id != old_device
        assert ws.incidents.search(IncidentFilter(text="Kumba")) == []
        # it greets no one as a new installation would: the name, role and device name came over
        assert ws.duress_profile() == {
            "user_name": "Awa Mendes",
            "role": "crime monitor",
            "device_label": "Gabu team laptop 2",
        }
    blob = b"".join(p.read_bytes() for p in _files(folder))
    for secret in (SECRET_TITLE.encode(), SECRET_DESCRIPTION.encode(), SECRET_FILE[:32], SEARCH_TERM.encode()):
        assert secret not in blob
    assert vault.lock_state(folder) == {"idle_minutes": 3, "wipe_after": 5, "failed": 0, "language": "fr"}
    with pytest.raises(WrongPassphrase):  # the old workspace is gone for good
        Workspace(folder, passphrase=TEST_PASSPHRASE)
    with Workspace(folder, passphrase=DURESS) as ws:  # the empty one opens again, as any workspace does
        assert ws.counts()["incidents"] == 0


def test_the_key_file_does_not_tell_whether_a_duress_passphrase_is_set(tmp_path):
    import json

    folder = tmp_path / "w"
    Workspace(folder).close()
    without = json.loads(vault.vault_file(folder).read_text())
    vault.set_duress(folder, TEST_PASSPHRASE, DURESS)
    with_duress = json.loads(vault.vault_file(folder).read_text())
    assert set(without) == set(with_duress) and set(without["duress"]) == set(with_duress["duress"])
    assert len(without["duress"]["tag"]) == len(with_duress["duress"]["tag"]) == 64
    assert len(without["duress"]["profile"]) == len(with_duress["duress"]["profile"])
    assert without["duress"] != with_duress["duress"] and without["wrapped_key"] == with_duress["wrapped_key"]
    vault.set_duress(folder, TEST_PASSPHRASE, None)  # removed: a random slot again, the duress passphrase is wrong
    with pytest.raises(WrongPassphrase):
        Workspace(folder, passphrase=DURESS)
    Workspace(folder).close()


def test_a_duress_passphrase_is_checked_and_never_fires_while_the_workspace_is_open(tmp_path):
    from fieldkit.errors import FieldkitError

    folder = tmp_path / "w"
    with Workspace(folder) as ws:
        _fill(ws, tmp_path)
    with pytest.raises(FieldkitError, match="must differ"):
        vault.set_duress(folder, TEST_PASSPHRASE, TEST_PASSPHRASE)
    with pytest.raises(FieldkitError, match="too short"):
        vault.set_duress(folder, TEST_PASSPHRASE, "short")
    vault.set_duress(folder, TEST_PASSPHRASE, DURESS)
    with pytest.raises(FieldkitError, match="duress passphrase"):
        vault.change_passphrase(folder, TEST_PASSPHRASE, DURESS)
    before = _snapshot(folder)
    with Workspace(folder) as ws:  # the app's dialogs check passphrases while the workspace is open
        assert vault.check_passphrase(folder, TEST_PASSPHRASE) and not vault.check_passphrase(folder, DURESS)
        with pytest.raises(WrongPassphrase):
            vault.set_duress(folder, DURESS, None, workspace_open=True)
        assert ws.counts()["incidents"] == 1
    assert set(_snapshot(folder)) >= set(before)
    vault.change_passphrase(folder, TEST_PASSPHRASE, "another good passphrase")  # the duress one stays
    with Workspace(folder, passphrase=DURESS) as ws:
        assert ws.counts()["incidents"] == 0


def test_the_cli_sets_and_removes_the_duress_passphrase(tmp_path, capsys, monkeypatch):
    d = ["--data-dir", str(tmp_path / "w")]
    with Workspace(tmp_path / "w") as ws:
        _fill(ws, tmp_path)
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.delenv("FIELDKIT_DURESS_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main([*d, "passphrase", "duress"]) == 1
    assert "FIELDKIT_DURESS_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.setenv("FIELDKIT_DURESS_PASSPHRASE", DURESS)
    assert main([*d, "passphrase", "duress"]) == 0 and "duress passphrase is set" in capsys.readouterr().out
    assert main([*d, "passphrase", "duress", "--off"]) == 0 and "removed" in capsys.readouterr().out
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", DURESS)
    assert main([*d, "info"]) == 1  # removed: only wrong now
    capsys.readouterr()
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", TEST_PASSPHRASE)
    assert main([*d, "passphrase", "duress"]) == 0
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", DURESS)
    capsys.readouterr()
    assert main([*d, "incident", "list"]) == 0  # opened as usual: the workspace behind it is a new, empty one
    assert "Kumba" not in capsys.readouterr().out
    with Workspace(tmp_path / "w", passphrase=DURESS) as ws:
        assert ws.counts()["incidents"] == 0


def test_the_duress_passphrase_given_to_passphrase_change_destroys_the_workspace_too(tmp_path, capsys, monkeypatch):
    """Made to change the passphrase, the user gives the duress one as the current one: the workspace is destroyed
    and the change is made on the empty one, as if nothing had happened."""
    folder = tmp_path / "w"
    with Workspace(folder) as ws:
        _fill(ws, tmp_path)
        with pytest.raises(WrongPassphrase):  # from the open workspace, it is only a wrong passphrase
            vault.set_duress(folder, TEST_PASSPHRASE, DURESS)
            ws.change_passphrase(DURESS, "a brand new passphrase")
        assert ws.counts()["incidents"] == 1
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", DURESS)
    monkeypatch.setenv("FIELDKIT_NEW_PASSPHRASE", "a brand new passphrase")
    assert main(["--data-dir", str(folder), "passphrase", "change"]) == 0
    assert "was changed" in capsys.readouterr().out
    with Workspace(folder, passphrase="a brand new passphrase") as ws:
        assert ws.counts()["incidents"] == 0
    assert SECRET_TITLE.encode() not in b"".join(p.read_bytes() for p in _files(folder))


def test_the_warm_up_reads_the_index_then_the_newest_rows_in_small_steps(tmp_path):
    """Run by the app right after the unlock, step by step on the UI thread: every row up to the cap is read once
    (so the first search finds its pages decrypted in the cache), none beyond it, in steps of a bounded size."""
    from fieldkit import demo

    with Workspace(tmp_path / "w") as ws:
        demo.fill(ws, incidents=23)
        top = ws.db.execute("SELECT max(rowid) FROM incidents").fetchone()[0]
        read = []
        ws.db.conn.set_trace_callback(read.append)
        steps = sum(1 for _ in ws.incidents.warm_up(rows_per_step=5))
        ws.db.conn.set_trace_callback(None)
        ranges = [s for s in read if "rowid BETWEEN" in s]
        index_batches = sum(1 for s in read if "incidents_fts_data" in s) - 1  # the last one finds nothing
        assert index_batches >= 1 and any("incidents_fts_docsize" in s for s in read)
        assert len(ranges) == -(-top // 5)  # every row, five at a time
        assert steps == index_batches + 1 + len(ranges)  # a step after each read
        capped = sum(1 for _ in ws.incidents.warm_up(rows_per_step=5, max_rows=10))
        assert capped == index_batches + 1 + 2  # the newest ten rows only
