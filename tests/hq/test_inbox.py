"""The HQ store's bundle inbox (fieldkit.hq.inbox): bundles handed to the store from other machines with the submitter
role, at once, imported by the HQ workspace's merge service with the one merge engine; hostile or altered files are
refused with a plain sentence and change nothing."""

import json
import threading
import uuid

import psycopg
import pytest

from fieldkit.cli import main
from fieldkit.errors import HqPermissionDenied
from fieldkit.hq.inbox import Inbox
from fieldkit.hq.store import SETTING, HqStore
from fieldkit.sync import bundle, keys
from tests.hq.conftest import with_user
from tests.hq.test_store import _pg, hq_setup  # noqa: F401 - the HQ workspace and three devices
from tests.workspaces import Workspace


@pytest.fixture
def served(hq_setup, pg_dsn):  # noqa: F811
    """hq_setup with the HQ workspace set up on the store (as 'hq init' does)."""
    hq, devices, files, tmp = hq_setup
    HqStore(pg_dsn).init()
    HqStore(pg_dsn).publish(hq, full=True)
    hq.settings.set(SETTING, pg_dsn)
    return hq, devices, files, tmp


@pytest.fixture
def roles(pg_dsn):
    """Login roles of their own: a submitter (another desk) and a viewer (dashboards)."""
    suffix = uuid.uuid4().hex[:8]
    names = {"submitter": f"desk2_{suffix}", "viewer": f"dash_{suffix}"}
    with psycopg.connect(pg_dsn, autocommit=True) as c:
        c.execute(f"CREATE ROLE {names['submitter']} LOGIN IN ROLE fieldkit_submitter")
        c.execute(f"CREATE ROLE {names['viewer']} LOGIN IN ROLE fieldkit_viewer")
    yield {k: with_user(pg_dsn, v) for k, v in names.items()}
    with psycopg.connect(pg_dsn, autocommit=True) as c:
        c.execute(f"DROP OWNED BY {names['submitter']}, {names['viewer']}")
        c.execute(f"DROP ROLE {names['submitter']}, {names['viewer']}")


def test_machines_submit_at_once_and_the_merge_service_imports_each_bundle_once(served, pg_dsn, roles, capsys):
    hq, _, files, _ = served
    results, errors = [], []

    def desk(paths):
        inbox = Inbox(roles["submitter"])
        try:
            for p in paths:
                results.append(inbox.submit(p))
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)
        finally:
            inbox.close()

    # two machines at once, both with files[1]
    threads = [
        threading.Thread(target=desk, args=([files[0], files[1]],)),
        threading.Thread(target=desk, args=([files[1], files[2]],)),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(r["new"] for r in results) == [False, True, True, True]
    assert len({r["id"] for r in results}) == 3 and all(r["state"] == "waiting" for r in results)
    assert _pg(pg_dsn, "SELECT count(*) FROM bundle_inbox")[0][0] == 3
    assert _pg(pg_dsn, "SELECT count(*) FROM incidents")[0][0] == 0  # nothing merged yet
    # the HQ workspace's merge service
    hq.close()
    d = str(hq.folder)
    capsys.readouterr()
    assert main(["--data-dir", d, "hq", "serve", "--once", "--format", "json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert [e["state"] for e in done] == ["imported"] * 3
    assert sum(e["report"]["added"] for e in done) == 10  # nine incidents and an assessment
    assert _pg(pg_dsn, "SELECT count(*) FROM incidents")[0][0] == 9
    assert _pg(pg_dsn, "SELECT count(*) FROM bundle_inbox_blocks")[0][0] == 0  # imported files are not kept
    assert _pg(pg_dsn, "SELECT count(*) FROM bundle_imports")[0][0] == 3
    assert main(["--data-dir", d, "hq", "verify"]) == 0
    # the submitting machine sees the outcome; a file submitted again is the same entry, imported
    capsys.readouterr()
    assert (
        main(["hq", "submit", str(files[0]), "--database", roles["submitter"], "--wait", "5", "--format", "json"]) == 0
    )
    again = json.loads(capsys.readouterr().out)
    assert again[0]["new"] is False and again[0]["state"] == "imported" and again[0]["report"]["added"] >= 3
    assert main(["hq", "inbox", "--database", roles["submitter"]]) == 0
    listing = capsys.readouterr().out
    assert "3 bundle(s)." in listing and listing.count("imported: added") == 3


def test_a_hostile_or_untrusted_or_altered_bundle_is_refused_and_changes_nothing(
    served, pg_dsn, tmp_path, incident_data
):
    hq, _, files, _ = served
    stranger = Workspace(tmp_path / "stranger", clock=hq.clock)
    try:
        stranger.trust.add(keys.public_identity(hq), role="hq", label="HQ")
        stranger.incidents.add({**incident_data, "title": "Unknown sender"})
        bundle.export_bundle(stranger, tmp_path / "stranger.fkb")
    finally:
        stranger.close()
    junk = tmp_path / "junk.fkb"
    junk.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 40)
    inbox = Inbox(pg_dsn)
    try:
        ids = {p.name: inbox.submit(p)["id"] for p in (junk, tmp_path / "stranger.fkb", files[0])}
        with psycopg.connect(pg_dsn) as c:  # files[0] altered in the store after it was handed in
            c.execute(
                "UPDATE bundle_inbox_blocks SET data = overlay(data placing 'X'::bytea from 200) WHERE inbox_id = %s",
                [ids[files[0].name]],
            )
        before = hq.db.execute("SELECT count(*) FROM incidents").fetchone()[0]
        assert HqStore(pg_dsn).counts()["inbox_waiting"] == 3
        outcome = {e["id"]: e for e in inbox.serve(hq, once=True)}
        status = HqStore(pg_dsn).counts()
        assert (status["inbox_waiting"], status["inbox_refused"], status["incidents"]) == (0, 3, 0)
        assert {e["state"] for e in outcome.values()} == {"refused"}
        assert hq.db.execute("SELECT count(*) FROM incidents").fetchone()[0] == before == 0
        assert "altered" in outcome[ids[files[0].name]]["report"]["refused"]
        assert outcome[ids["stranger.fkb"]]["report"]["kind"] == "BundleUntrustedSigner"
        assert outcome[ids[junk.name]]["report"]["refused"]  # a plain sentence
        assert _pg(pg_dsn, "SELECT count(*) FROM incidents")[0][0] == 0
        # the refusal keeps its sentence's template, for the app to show it in the user's language
        assert outcome[ids["stranger.fkb"]]["report"]["template"] and "params" in outcome[ids["stranger.fkb"]]["report"]
        inbox.retry(ids["stranger.fkb"][:8])  # the 8 characters 'hq inbox' shows will do
        with pytest.raises(Exception, match="can be tried again"):
            inbox.retry(ids["stranger.fkb"])  # waiting, not refused
        with pytest.raises(Exception, match="or more than one"):
            inbox.retry("ffffffff-no-such")
        junk_sha = inbox.entries(ids=[ids[junk.name]])[0]["sha256"]
        assert list(inbox.serve(hq, once=True, trust={ids[junk.name]: junk_sha})) != []  # others: not trusted
        assert inbox.entries(ids=[ids["stranger.fkb"]])[0]["state"] == "refused"
    finally:
        inbox.close()
    # after checking the stranger's fingerprint with its owner, HQ trusts it for that entry only: 'hq serve --trust'
    # with the 8 characters 'hq inbox' shows puts the refused entry back in the queue and imports it
    hq.settings.set(SETTING, pg_dsn)
    hq.close()
    assert main(["--data-dir", str(hq.folder), "hq", "serve", "--once", "--trust", ids["stranger.fkb"][:8]]) == 0
    assert _pg(pg_dsn, "SELECT title FROM incidents") == [("Unknown sender",)]
    inbox = Inbox(pg_dsn)
    try:
        assert inbox.entries(ids=[ids["stranger.fkb"]])[0]["state"] == "imported"
    finally:
        inbox.close()


def test_the_service_wakes_up_when_a_bundle_is_submitted(served, pg_dsn, roles):
    hq, _, files, _ = served
    stop = threading.Event()
    seen = []

    def service():
        inbox = Inbox(pg_dsn)
        try:
            for e in inbox.serve(hq, interval=60, stop=stop.is_set):  # woken by NOTIFY, not by the interval
                seen.append(e)
        finally:
            inbox.close()

    t = threading.Thread(target=service)
    t.start()
    try:
        desk = Inbox(roles["submitter"])
        try:
            entry = desk.submit(files[2])
            got = desk.wait([entry["id"]], timeout=30)
        finally:
            desk.close()
        assert got[0]["state"] == "imported" and got[0]["handled_by"] == hq.device_id
    finally:
        stop.set()
        with psycopg.connect(pg_dsn, autocommit=True) as c:
            c.execute("SELECT pg_notify('fieldkit_inbox', 'stop')")
        t.join(timeout=30)
    assert not t.is_alive() and [e["id"] for e in seen] == [entry["id"]]


def test_a_viewer_may_not_submit_and_a_wait_that_times_out_says_so(served, roles, capsys):
    hq, _, files, _ = served
    # a desk's role hands bundles in and does nothing else: no record, no state, no other submitter's name
    for forbidden in (
        "INSERT INTO bundle_inbox (id, sha256, size, state) VALUES ('x', 'y', 1, 'imported')",
        "INSERT INTO bundle_inbox (id, sha256, size, submitted_by) VALUES ('x', 'y', 1, 'hq')",
        "UPDATE bundle_inbox SET state = 'refused'",
        "DELETE FROM bundle_inbox",
        "SELECT count(*) FROM incidents",
        "UPDATE incidents SET severity = 1",
        "SELECT count(*) FROM bundle_inbox_blocks",
    ):
        with psycopg.connect(roles["submitter"]) as c, pytest.raises(psycopg.errors.InsufficientPrivilege):
            c.execute(forbidden)
    with pytest.raises(HqPermissionDenied):
        Inbox(roles["viewer"]).submit(files[0])
    capsys.readouterr()
    assert main(["hq", "submit", str(files[0]), "--database", roles["viewer"]]) == 1
    assert "permission" in capsys.readouterr().out
    # nobody serves: still waiting after the wait, exit code 3
    assert main(["hq", "submit", str(files[1]), "--database", roles["submitter"], "--wait", "0.2"]) == 3
    said = capsys.readouterr()
    assert "waiting for HQ's import" in said.out and "is the HQ workspace's merge service running" in said.err
    assert main(["hq", "submit", "/nonexistent/b.fkb", "--database", roles["submitter"]]) == 1


@pytest.fixture
def conflicted(served, pg_dsn, tmp_path):
    """Two open conflicts in the store: HQ and device 0 both edited two of the device's incidents."""
    hq, devices, files, tmp = served
    for f in files:
        bundle.import_bundle(hq, f)
    f0 = devices[0]
    recs = [r for r in f0.incidents.search() if not r["sensitive"]][:2]
    for r in recs:
        f0.incidents.update(r["id"], {"severity": 5, "place": "Gabú market"}, reason="field update")
        hq.incidents.update(r["id"], {"title": r["title"] + " (HQ checked)"}, reason="HQ edit")
    bundle.export_bundle(f0, tmp / "b0-2.fkb", incremental=True, include_sensitive=True)
    assert bundle.import_bundle(hq, tmp / "b0-2.fkb")["conflicts"] == 2
    HqStore(pg_dsn).publish(hq)
    return hq, recs


def test_analysts_resolve_conflicts_from_their_desks_and_the_second_of_two_is_refused(conflicted, pg_dsn, capsys):
    hq, recs = conflicted
    suffix = uuid.uuid4().hex[:8]
    amina, omar = f"amina_{suffix}", f"omar_{suffix}"
    with psycopg.connect(pg_dsn, autocommit=True) as c:
        for r in (amina, omar):
            c.execute(f"CREATE ROLE {r} LOGIN IN ROLE fieldkit_analyst")
    try:
        a, o = Inbox(with_user(pg_dsn, amina)), Inbox(with_user(pg_dsn, omar))
        open_ = a.open_conflicts()
        assert len(open_) == 2 and {c["record_id"] for c in open_} == {r["id"] for r in recs}
        first, second = sorted(open_, key=lambda c: c["record_id"] == recs[1]["id"])
        # the same conflict, two analysts at once; another conflict field by field
        r1 = a.ask_resolution(first["id"][:8], "remote", reason="The team saw it")
        r2 = o.ask_resolution(first["id"], "local")
        r3 = o.ask_resolution(second["id"], "local", {"severity": "remote"})
        assert r1["requested_by"] == amina and r1["state"] == "waiting"
        # an analyst asks and reads; nothing else
        for forbidden in (
            "UPDATE conflict_requests SET state = 'applied'",
            "INSERT INTO conflict_requests (id, conflict_id, choices, requested_by) VALUES ('x', 'y', 'local', 'hq')",
            "UPDATE incidents SET severity = 1",
            "UPDATE conflicts SET resolved_at = 'now'",
        ):
            with psycopg.connect(with_user(pg_dsn, amina)) as c, pytest.raises(psycopg.errors.InsufficientPrivilege):
                c.execute(forbidden)
        a.close()
        o.close()
        hq_inbox = Inbox(pg_dsn)
        try:
            done = {e["id"]: e for e in hq_inbox.serve(hq, once=True)}
        finally:
            hq_inbox.close()
        assert done[r1["id"]]["state"] == "applied"
        assert done[r2["id"]]["state"] == "refused" and done[r2["id"]]["report"]["kind"] == "ConflictNotOpen"
        assert done[r3["id"]]["state"] == "applied"
        got = hq.incidents.get(first["record_id"])
        assert got["severity"] == 5 and "(HQ checked)" not in got["title"]  # the other device's side
        mixed = hq.incidents.get(second["record_id"])
        assert mixed["severity"] == 5 and "(HQ checked)" in mixed["title"]  # per field
        reasons = [v["reason"] for v in hq.incidents.versions(first["record_id"])]
        assert reasons[-1] == f"The team saw it (asked by {amina} through the HQ database)"
        assert bundle.list_conflicts(hq) == [] and HqStore(pg_dsn).verify(hq)["ok"]
        assert _pg(pg_dsn, "SELECT count(*) FROM conflicts WHERE resolved_at IS NULL")[0][0] == 0
        # the CLI: nothing open any more; a request for it is refused at once
        capsys.readouterr()
        assert main(["hq", "conflicts", "--database", with_user(pg_dsn, amina)]) == 0
        assert "No open conflicts." in capsys.readouterr().out
        assert main(["hq", "resolve", first["id"][:8], "--database", with_user(pg_dsn, amina)]) == 1
        assert "No open conflict" in capsys.readouterr().err
    finally:
        with psycopg.connect(pg_dsn, autocommit=True) as c:
            c.execute(f"DROP OWNED BY {amina}, {omar}")
            c.execute(f"DROP ROLE {amina}, {omar}")


def test_a_request_not_made_by_fieldkit_is_refused_and_the_service_goes_on(conflicted, pg_dsn, capsys):
    hq, recs = conflicted
    cid = Inbox(pg_dsn).open_conflicts()[0]["id"]
    with psycopg.connect(pg_dsn) as c:
        for i, choices in enumerate(("[1, 2]", '{"keep": 5}', '{"keep": "local", "fields": [1]}', "not json")):
            c.execute(
                "INSERT INTO conflict_requests (id, conflict_id, choices, reason, requested_at) "
                "VALUES (%s, %s, %s, %s, now() - interval '1 hour' + %s * interval '1 second')",
                [f"00000000-0000-4000-8000-00000000000{i}", cid, choices, "<b>x</b>\x1b[2J", i],
            )
    hq.close()
    d = str(hq.folder)
    capsys.readouterr()
    assert main(["--data-dir", d, "hq", "resolve", cid, "--keep", "remote", "--database", pg_dsn]) == 0
    assert main(["--data-dir", d, "hq", "serve", "--once"]) == 1  # some refused
    printed = capsys.readouterr().out
    assert printed.count("REFUSED") == 4 and printed.count("applied (a new version)") == 1
    states = dict(_pg(pg_dsn, "SELECT id, state FROM conflict_requests"))
    bad = [f"00000000-0000-4000-8000-00000000000{i}" for i in range(4)]
    assert [states[b] for b in bad] == ["refused"] * 4  # none taken as a default
    assert [s for k, s in states.items() if k not in bad] == ["applied"]  # the one FieldKit made
    assert _pg(pg_dsn, "SELECT count(*) FROM conflicts WHERE resolved_at IS NULL")[0][0] == 1
    hq2 = Workspace(hq.folder)
    try:
        rid = _pg(pg_dsn, "SELECT record_id FROM conflicts WHERE id = %s", [cid])[0][0]
        assert "(HQ checked)" not in hq2.incidents.get(rid)["title"]  # --keep remote, as asked
    finally:
        hq2.close()


def test_the_service_outlives_the_server_going_away(served, monkeypatch):
    """'hq serve' runs until stopped: a server out of reach is said, and the inbox looked at again (what was being
    imported stays waiting); with --once the error is the command's."""
    from fieldkit.errors import HqUnreachable

    hq, *_ = served
    inbox = Inbox(hq.settings.get(SETTING))
    calls, told = [], []

    def flaky(_ws, **_kw):
        calls.append(1)
        if len(calls) == 1:
            raise HqUnreachable("The HQ database server could not be reached ({error}).", error="gone")
        return {"kind": "bundle", "state": "imported", "id": "x"} if len(calls) == 2 else None

    monkeypatch.setattr(inbox, "serve_once", flaky)
    try:
        got = []
        for e in inbox.serve(hq, interval=0.05, stop=lambda: len(calls) >= 3, on_unreachable=told.append):
            got.append(e)
        assert [e["id"] for e in got] == ["x"] and len(told) == 1 and isinstance(told[0], HqUnreachable)
        calls.clear()
        with pytest.raises(HqUnreachable):
            list(inbox.serve(hq, once=True))
    finally:
        inbox.close()
