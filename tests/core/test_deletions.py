"""Incoming deletions lose nothing: a deletion of a record the receiver changed since, or of the receiver's own
record, goes to the trash and waits for review as a conflict; only a user's own decision removes it for good."""

import pytest

from fieldkit.changes import CONFLICTS, INCIDENTS
from fieldkit.clock import FixedClock
from fieldkit.sync import bundle, keys
from tests.workspaces import Workspace


@pytest.fixture
def pair(tmp_path):
    clock = FixedClock("2026-06-01T12:00:00Z")
    field = Workspace(tmp_path / "field", clock=clock)
    hq = Workspace(tmp_path / "hq", clock=clock)
    hq.trust.add(keys.public_identity(field))
    field.trust.add(keys.public_identity(hq))
    yield field, hq, clock, tmp_path
    field.close()
    hq.close()


def _send(src, dst, path, clock, **kw):
    clock.advance(minutes=1)
    bundle.export_bundle(src, path, encrypt_to_hq=False, plain=True, **kw)
    return bundle.import_bundle(dst, path)


def _purge(ws, rid):
    ws.incidents.delete(rid)
    ws.incidents.purge(rid, reason="entered twice")


def test_a_deletion_of_a_record_corrected_here_is_held_for_review(pair, incident_data, tmp_path):
    field, hq, clock, tmp = pair
    photo = tmp / "p.jpg"
    photo.write_bytes(b"evidence" * 100)
    rec = field.incidents.add(incident_data, attachments=[photo])
    _send(field, hq, tmp / "b1.fkb", clock)
    hq.incidents.update(rec["id"], {"severity": 5}, reason="HQ correction")  # never seen by the field device
    _purge(field, rec["id"])
    with hq.tracking() as changes:
        rep = _send(field, hq, tmp / "b2.fkb", clock, incremental=True)
    assert rep["deleted"] == 0 and rep["deletions_for_review"] == 1
    kept = hq.incidents.get(rec["id"])
    assert (
        kept["deleted_at"] and kept["severity"] == 5 and kept["attachments"]
    )  # in the trash, correction and file kept
    assert "entered twice" in hq.incidents.versions(rec["id"])[-1]["reason"]
    (c,) = bundle.list_conflicts(hq)
    assert c["kind"] == "deletion" and c["record_id"] == rec["id"]
    assert changes.touches(INCIDENTS, CONFLICTS)
    assert hq.verify()["ok"]
    assert bundle.preview(hq, bundle.read_bundle(hq, tmp / "b2.fkb"))["deleted"] == 0  # the same bundle again
    bundle.resolve_conflict(hq, c["id"], "local")
    assert not hq.incidents.get(rec["id"])["deleted_at"] and bundle.list_conflicts(hq) == []
    # a later full bundle carrying the same deletion does not trash it again
    rep = _send(field, hq, tmp / "b3.fkb", clock)
    assert rep["deletions_for_review"] == 0 and not hq.incidents.get(rec["id"])["deleted_at"]


def test_removing_for_good_after_review_is_a_purge(pair, incident_data, tmp_path):
    field, hq, clock, tmp = pair
    photo = tmp / "p.jpg"
    photo.write_bytes(b"evidence" * 100)
    rec = field.incidents.add(incident_data, attachments=[photo])
    sha = rec["attachments"][0]["sha256"]
    _send(field, hq, tmp / "b1.fkb", clock)
    hq.incidents.update(rec["id"], {"severity": 5}, reason="HQ correction")
    _purge(field, rec["id"])
    _send(field, hq, tmp / "b2.fkb", clock, incremental=True)
    (c,) = bundle.list_conflicts(hq)
    bundle.resolve_conflict(hq, c["id"], "remote")
    assert hq.db.execute("SELECT count(*) FROM incidents").fetchone()[0] == 0
    assert hq.db.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    assert not hq.incidents.attachment_path(sha).exists() and hq.verify()["ok"]
    assert hq.db.execute("SELECT count(*) FROM tombstones WHERE record_id = ?", [rec["id"]]).fetchone()[0] == 1


def test_a_deletion_of_the_receivers_own_record_is_held_for_review(pair, incident_data, tmp_path):
    field, hq, clock, tmp = pair
    mine = hq.incidents.add({**incident_data, "title": "HQ's own record"})
    _send(hq, field, tmp / "h1.fkb", clock)
    _purge(field, mine["id"])
    rep = _send(field, hq, tmp / "b1.fkb", clock)
    assert rep["deletions_for_review"] == 1 and rep["deleted"] == 0
    assert hq.incidents.get(mine["id"])["deleted_at"]
    assert [c["kind"] for c in bundle.list_conflicts(hq)] == ["deletion"]


def test_a_deletion_of_an_unchanged_record_goes_through(pair, incident_data, tmp_path):
    field, hq, clock, tmp = pair
    rec = field.incidents.add(incident_data)
    _send(field, hq, tmp / "b1.fkb", clock)
    _purge(field, rec["id"])
    rep = _send(field, hq, tmp / "b2.fkb", clock, incremental=True)
    assert rep["deleted"] == 1 and rep["deletions_for_review"] == 0 and bundle.list_conflicts(hq) == []
    assert hq.db.execute("SELECT count(*) FROM incidents").fetchone()[0] == 0


def test_a_deletion_without_the_senders_history_holds_anything_changed_here(pair, incident_data, tmp_path):
    """Bundles from before this change carry no chain: any version made here counts as a change."""
    field, hq, clock, tmp = pair
    rec = field.incidents.add(incident_data)
    _send(field, hq, tmp / "b1.fkb", clock)
    hq.incidents.update(rec["id"], {"severity": 4}, reason="HQ correction")
    t = {"record_type": "incident", "record_id": rec["id"], "device_id": field.device_id, "deleted_at": clock.now_iso()}
    assert bundle._deletion_plan(hq, [t]) == {rec["id"]: "review"}
    other = field.incidents.add({**incident_data, "title": "untouched"})
    _send(field, hq, tmp / "b2.fkb", clock, incremental=True)
    assert bundle._deletion_plan(hq, [{**t, "record_id": other["id"]}]) == {other["id"]: "gone"}
