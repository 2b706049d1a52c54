"""Travel mode (issue 16): before a checkpoint, leave on the laptop only what HQ does not hold yet, what changed
lately, what an assessment cites and what a conflict names; nothing leaves without HQ's signed receipt, and no
deletion is sent to anyone."""

import json

import pytest

from fieldkit.cli import main
from fieldkit.clock import FixedClock
from fieldkit.errors import FieldkitError
from fieldkit.sync import bundle, keys, travel
from tests.workspaces import TEST_PASSPHRASE, Workspace


@pytest.fixture
def field(tmp_path):
    clock = FixedClock("2026-06-01T12:00:00Z")
    alpha, hq = Workspace(tmp_path / "alpha", clock=clock), Workspace(tmp_path / "hq", clock=clock)
    hq.trust.add(keys.public_identity(alpha), label="alpha")
    alpha.trust.add(keys.public_identity(hq), role="hq", label="HQ", checked="fingerprint")
    yield alpha, hq, clock, tmp_path
    alpha.close()
    hq.close()


def _receipt(hq, alpha):
    doc = hq.receipts.issue(alpha.device_id)
    alpha.receipts.accept(doc["body"], doc["signature"])


def test_only_what_hq_confirmed_and_nothing_needed_leaves_the_laptop(field, incident_data):
    alpha, hq, clock, tmp = field
    src = tmp / "photo.jpg"
    src.write_bytes(b"the ledger page " * 100)
    old = alpha.incidents.add({**incident_data, "title": "Old, sent, confirmed"}, attachments=[src])
    cited = alpha.incidents.add({**incident_data, "title": "Cited as evidence"})
    alpha.incidents.add({**incident_data, "title": "Sensitive, never sent", "sensitive": True})
    clock.advance(minutes=1)
    bundle.export_bundle(alpha, tmp / "1.fkb")  # sensitive incidents left out
    bundle.import_bundle(hq, tmp / "1.fkb")
    with pytest.raises(FieldkitError, match="receipt"):  # no receipt yet: nothing can go
        travel.apply(alpha)
    _receipt(hq, alpha)
    a = alpha.assessments.new("Gabu")
    alpha.assessments.answer(a["id"], "A1", "3", evidence=[cited["id"]])
    clock.advance(days=40)
    recent = alpha.incidents.add({**incident_data, "title": "Written last week"})
    clock.advance(days=7)
    bundle.export_bundle(alpha, tmp / "2.fkb", incremental=True)
    bundle.import_bundle(hq, tmp / "2.fkb")
    unconfirmed = alpha.incidents.add({**incident_data, "title": "Sent, no receipt yet"})
    clock.advance(minutes=1)
    bundle.export_bundle(alpha, tmp / "3.fkb", incremental=True)

    p = travel.plan(alpha, keep_days=30)
    assert p["incidents"] == [old["id"]] and p["attachments"] == 1 and p["bytes"] == 1600
    assert p["kept"] == {"not_confirmed": 3, "recent": 0, "cited": 1, "in_conflict": 0}
    clock.advance(minutes=1)
    _receipt(hq, alpha)  # bundle 2 confirmed: "recent" is now held by HQ, but changed within the 30 days
    p = travel.plan(alpha, keep_days=30)
    assert p["kept"]["recent"] == 1 and p["kept"]["not_confirmed"] == 2  # the sensitive one and bundle 3's
    done = travel.apply(alpha, keep_days=30)
    assert done["incidents"] == [old["id"]]
    left = {r["title"] for r in alpha.incidents.search()}
    assert left == {"Cited as evidence", "Sensitive, never sent", "Written last week", "Sent, no receipt yet"}
    assert not any((alpha.folder / "attachments").rglob(old["attachments"][0]["sha256"]))
    assert alpha.verify()["ok"] and alpha.tombstones.since(None) == []  # left behind, not deleted
    # no deletion travels: HQ keeps it after the next bundle
    clock.advance(minutes=1)
    bundle.export_bundle(alpha, tmp / "4.fkb", incremental=True)
    bundle.import_bundle(hq, tmp / "4.fkb")
    assert hq.incidents.get(old["id"])["title"] == "Old, sent, confirmed"
    assert {recent["id"], unconfirmed["id"]} <= {r["id"] for r in hq.incidents.search()}


def test_the_cli_shows_the_plan_then_leaves_incidents_behind(field, incident_data, capsys, monkeypatch):
    alpha, hq, clock, tmp = field
    alpha.incidents.add({**incident_data, "title": "Old, sent, confirmed"})
    clock.advance(minutes=1)
    bundle.export_bundle(alpha, tmp / "1.fkb")
    bundle.import_bundle(hq, tmp / "1.fkb")
    _receipt(hq, alpha)
    clock.advance(days=60)
    folder = alpha.folder
    alpha.close()
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", TEST_PASSPHRASE)
    d = ["--data-dir", str(folder)]
    assert main([*d, "travel", "--keep-days", "30", "--dry-run", "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["incidents"] == 1 and shown["removed"] is False
    assert main([*d, "travel", "--keep-days", "30", "--yes"]) == 0
    assert "1 incident(s) left this laptop" in capsys.readouterr().out
    with Workspace(folder) as ws:
        assert ws.counts()["incidents"] == 0
    with pytest.raises(SystemExit):
        main([*d, "travel", "--keep-days", "-1"])
