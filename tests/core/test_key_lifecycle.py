"""Keys that live a life: fingerprints checked out of band, revocations, HQ's encryption epochs, device key
rotation followed through relays, receipts driving the next incremental bundle, HQ config bundles."""

import json

import pytest

from fieldkit.clock import FixedClock
from fieldkit.errors import BundleSignerKeyChanged, BundleSignerRevoked, ConfigRefused
from fieldkit.sync import bundle, config, keys, lifecycle
from tests.workspaces import Workspace


@pytest.fixture
def mission(tmp_path):
    """Two field laptops (alpha, bravo) and HQ, by files. HQ trusts both; each trusts HQ (checked)."""
    clock = FixedClock("2026-06-01T12:00:00Z")
    ws = {n: Workspace(tmp_path / n, clock=clock) for n in ("alpha", "bravo", "hq")}
    for n, w in ws.items():
        w.settings.set("device_label", n)
    hq = ws["hq"]
    for n in ("alpha", "bravo"):
        hq.trust.add(keys.public_identity(ws[n]), label=n)
        ws[n].trust.add(keys.public_identity(hq), role="hq", label="HQ", checked="fingerprint")
    yield ws, clock, tmp_path
    for w in ws.values():
        w.close()


def _send(src, dst, path, clock, **kw):
    clock.advance(minutes=1)
    bundle.export_bundle(src, path, **kw)
    return bundle.import_bundle(dst, path)


# -- fingerprints -------------------------------------------------------------------------------
def test_fingerprint_reads_as_twelve_words_and_a_qr_code_holding_the_key(mission):
    ws, _, _ = mission
    ident = keys.public_identity(ws["hq"])
    words = lifecycle.fingerprint_words(ident["sign"])
    assert len(words) == 12 and words == lifecycle.fingerprint_words(ident["sign"])
    assert words != lifecycle.fingerprint_words(keys.public_identity(ws["alpha"])["sign"])
    assert lifecycle.qr_text(ident) == f"FIELDKIT-KEY:1:{ident['device_id']}:{ident['sign']}:{ident['box']}"
    assert lifecycle.qr_code(ident).version >= 1


def test_the_trusted_list_says_how_each_key_was_checked_and_confirming_keeps_the_seal(mission):
    ws, _, _ = mission
    hq = ws["hq"]
    assert {k["label"]: k["checked"] for k in hq.trust.list()} == {"alpha": "first-use", "bravo": "first-use"}
    hq.trust.add(keys.public_identity(ws["bravo"]), label="Gao team B")
    assert hq.trust.find("gao TEAM b")["device_id"] == ws["bravo"].device_id  # a label with spaces, any case
    hq.trust.add(keys.public_identity(ws["bravo"]), label="bravo")
    alpha = hq.trust.find("alpha")
    assert hq.trust.confirm(alpha["sign"])["checked"] == "fingerprint"
    assert hq.trust.find("alpha")["checked"] == "fingerprint" and hq.verify()["ok"]
    # trusting the same key again on first use never lowers it
    hq.trust.add(keys.public_identity(ws["alpha"]))
    assert hq.trust.find("alpha")["checked"] == "fingerprint"
    # the column is sealed: setting it behind FieldKit's back breaks the row's trust
    hq.db.execute("UPDATE trusted_keys SET checked = 'fingerprint' WHERE label = 'bravo'")
    assert [k["label"] for k in hq.trust.tampered()] == ["bravo"]


# -- revocation ---------------------------------------------------------------------------------
def test_a_revoked_device_s_old_bundle_is_imported_and_its_new_one_refused(mission, incident_data, capsys):
    ws, clock, tmp = mission
    alpha, hq = ws["alpha"], ws["hq"]
    alpha.incidents.add(incident_data)
    clock.advance(minutes=1)
    bundle.export_bundle(alpha, tmp / "old.fkb")  # made before the revocation, carried late
    clock.advance(hours=1)
    hq.revocations.issue(hq.trust.find("alpha"), from_time=clock.now_iso(), reason="laptop stolen")
    clock.advance(minutes=1)
    alpha.incidents.add({**incident_data, "title": "Made by the thief"})
    bundle.export_bundle(alpha, tmp / "new.fkb")
    with pytest.raises(BundleSignerRevoked, match="alpha.*revoked.*laptop stolen"):
        bundle.import_bundle(hq, tmp / "new.fkb")
    rep = bundle.import_bundle(hq, tmp / "old.fkb")
    assert rep["added"] == 1
    assert [r["title"] for r in hq.incidents.search()] == [incident_data["title"]]
    assert hq.verify()["ok"]
    # the history marks what the revoked key signed before its revocation
    (signed_by, created) = hq.db.execute("SELECT signed_by, created_at FROM incident_versions").fetchone()
    assert hq.revocations.mark(signed_by, created)["after"] is False
    # and so does `incident show`
    from fieldkit.cli import main

    rid = hq.incidents.search()[0]["id"]
    folder = str(hq.folder)
    hq.close()
    assert main(["--data-dir", folder, "incident", "show", rid, "--format", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["history"][0]["revoked_key"]["after_revocation"] is False


def test_revocation_from_a_sequence_refuses_that_bundle_and_later_ones(mission, incident_data):
    ws, clock, tmp = mission
    alpha, hq = ws["alpha"], ws["hq"]
    alpha.incidents.add(incident_data)
    _send(alpha, hq, tmp / "1.fkb", clock)
    hq.revocations.issue(hq.trust.find("alpha"), from_sequence=2)
    alpha.incidents.add({**incident_data, "title": "Second"})
    clock.advance(minutes=1)
    bundle.export_bundle(alpha, tmp / "2.fkb", incremental=True)
    with pytest.raises(BundleSignerRevoked, match="sequence 2"):
        bundle.import_bundle(hq, tmp / "2.fkb")


def test_versions_a_revoked_key_signed_after_its_revocation_are_refused_when_relayed_and_reported_by_verify(
    mission, incident_data
):
    ws, clock, tmp = mission
    alpha, bravo, hq = ws["alpha"], ws["bravo"], ws["hq"]
    bravo.trust.add(keys.public_identity(alpha), label="alpha")
    hq.revocations.issue(hq.trust.find("alpha"), from_time="2026-06-01T12:30:00Z")
    clock.advance(hours=1)  # after the revocation: alpha's key is in a thief's hands
    rec = alpha.incidents.add({**incident_data, "title": "Relayed by a colleague"})
    _send(alpha, bravo, tmp / "a.fkb", clock, plain=True, encrypt_to_hq=False)
    rep = _send(bravo, hq, tmp / "b.fkb", clock)
    assert [r["record"] for r in rep["rejected"]] == [rec["id"]]
    assert "which HQ revoked" in rep["rejected"][0]["reason"]
    assert hq.incidents.search() == []
    # a version that got in anyway (before the revocation reached this workspace) is reported
    bravo.revocations.accept(*_statement(hq, alpha))
    problems = bravo.verify()["problems"]
    assert any("revoked" in p["problem"] and p["record"] == rec["id"] for p in problems)


def test_relayed_versions_of_a_revoked_key_are_refused_whatever_time_they_claim(mission, incident_data):
    ws, clock, tmp = mission
    alpha, bravo, hq = ws["alpha"], ws["bravo"], ws["hq"]
    bravo.trust.add(keys.public_identity(alpha), label="alpha")
    clock.advance(hours=2)
    hq.revocations.issue(hq.trust.find("alpha"), from_sequence=1)
    clock.advance(hours=-3)  # the thief sets the laptop's clock back, before the revocation
    alpha.incidents.add({**incident_data, "title": "Backdated"})
    clock.advance(hours=1)
    _send(alpha, bravo, tmp / "a.fkb", clock, plain=True, encrypt_to_hq=False)
    rep = _send(bravo, hq, tmp / "b.fkb", clock)
    assert len(rep["rejected"]) == 1 and hq.incidents.search() == []


def _statement(hq, device):
    r = hq.revocations.get(keys.device_keys(device).sign_public)
    return r["statement"], r["signature"]


def test_a_revocation_not_signed_by_the_trusted_hq_is_refused(mission):
    ws, _, _ = mission
    alpha, bravo = ws["alpha"], ws["bravo"]
    bravo.trust.add(keys.public_identity(alpha), label="alpha")
    # bravo (not HQ) "revokes" alpha and hands the statement to alpha's peers
    fake = bravo.revocations.issue(bravo.trust.find("alpha"), from_time="2026-01-01")
    with pytest.raises(ConfigRefused, match="not signed by HQ"):
        ws["hq"].revocations.accept(fake["statement"], fake["signature"])


# -- HQ's encryption epochs -----------------------------------------------------------------------
def test_hq_epoch_change_devices_follow_and_a_late_bundle_under_the_old_epoch_still_opens(mission, incident_data):
    ws, clock, tmp = mission
    alpha, bravo, hq = ws["alpha"], ws["bravo"], ws["hq"]
    alpha.incidents.add(incident_data)
    clock.advance(minutes=1)
    bundle.export_bundle(alpha, tmp / "late.fkb")  # encrypted to HQ's epoch-0 key, carried late
    old_box = keys.public_identity(hq)["box"]
    hq.rotations.rotate_own(signing=False, encryption=True)
    new = keys.public_identity(hq)
    assert new["epoch"] == 1 and new["box"] != old_box and new["sign"] == keys.public_identity(hq)["sign"]
    config.export_config(hq, tmp / "c1.fkc")
    rep = config.import_config(bravo, tmp / "c1.fkc")
    assert rep["epoch_changed"] and bravo.trust.hq()["box"] == new["box"] and bravo.trust.hq()["epoch"] == 1
    # bravo now encrypts to the new epoch
    bravo.incidents.add({**incident_data, "title": "From bravo"})
    clock.advance(minutes=1)
    bundle.export_bundle(bravo, tmp / "b.fkb")
    envelope = json.loads(__import__("zipfile").ZipFile(tmp / "b.fkb").read("envelope.json"))
    assert [r["box"] for r in envelope["recipients"]] == [new["box"]]
    assert bundle.import_bundle(hq, tmp / "b.fkb")["added"] == 1
    # the late bundle under the old epoch opens with the retired key
    assert bundle.import_bundle(hq, tmp / "late.fkb")["added"] == 1
    assert hq.verify()["ok"]


# -- device key rotation ------------------------------------------------------------------------
def test_a_device_key_rotation_is_followed_through_two_hops_and_old_history_still_verifies(mission, incident_data):
    ws, clock, tmp = mission
    alpha, bravo, hq = ws["alpha"], ws["bravo"], ws["hq"]
    bravo.trust.add(keys.public_identity(alpha), label="alpha", checked="fingerprint")
    old = keys.public_identity(alpha)
    alpha.incidents.add(incident_data)
    _send(alpha, hq, tmp / "1.fkb", clock)
    alpha.rotations.rotate_own()
    new = keys.public_identity(alpha)
    assert new["sign"] != old["sign"] and alpha.verify()["ok"]  # the old key's versions still verify here
    rec = alpha.incidents.add({**incident_data, "title": "After the rotation"})
    # hop 1: alpha -> bravo, directly: bravo follows the new key with a notice, keeping how it was checked
    rep = _send(alpha, bravo, tmp / "a.fkb", clock, plain=True, encrypt_to_hq=False)
    assert rep["added"] == 2
    assert [(n["old_fingerprint"], n["new_fingerprint"]) for n in rep["key_rotations"]] == [
        (old["fingerprint"], new["fingerprint"])
    ]
    k = bravo.trust.find("alpha")
    assert k["sign"] == new["sign"] and k["checked"] == "fingerprint" and k["box"] == new["box"]
    # hop 2: bravo relays alpha's new version to HQ, with alpha's statement: HQ follows it too
    rep = _send(bravo, hq, tmp / "b.fkb", clock)
    assert rep["rejected"] == [] and rep["added"] == 1
    assert [n["new_fingerprint"] for n in rep["key_rotations"]] == [new["fingerprint"]]
    assert hq.trust.find("alpha")["sign"] == new["sign"]
    assert hq.incidents.get(rec["id"])["title"] == "After the rotation"
    assert hq.verify()["ok"] and bravo.verify()["ok"]
    # and alpha's own next bundle reaches HQ directly, signed by the new key
    alpha.incidents.update(rec["id"], {"title": "Edited"}, reason="typo")
    assert _send(alpha, hq, tmp / "2.fkb", clock, incremental=True)["updated"] == 1


def test_a_new_key_without_a_rotation_statement_is_still_refused(mission, incident_data):
    ws, clock, tmp = mission
    alpha, hq = ws["alpha"], ws["hq"]
    alpha.rotations.rotate_own()
    alpha.db.execute("DELETE FROM key_rotations")  # as if the old key never signed the change
    alpha.incidents.add(incident_data)
    clock.advance(minutes=1)
    bundle.export_bundle(alpha, tmp / "a.fkb")
    with pytest.raises(BundleSignerKeyChanged):
        bundle.import_bundle(hq, tmp / "a.fkb")


def test_a_rotation_signed_by_a_revoked_key_after_its_revocation_is_not_followed(mission, incident_data):
    ws, clock, tmp = mission
    alpha, hq = ws["alpha"], ws["hq"]
    hq.revocations.issue(hq.trust.find("alpha"), from_time=clock.now_iso())
    clock.advance(minutes=5)
    alpha.rotations.rotate_own()  # the thief moves the stolen identity to a key of its own
    alpha.incidents.add(incident_data)
    clock.advance(minutes=1)
    bundle.export_bundle(alpha, tmp / "a.fkb")
    with pytest.raises(BundleSignerKeyChanged):
        bundle.import_bundle(hq, tmp / "a.fkb")


# -- receipts -----------------------------------------------------------------------------------
def test_receipts_drive_the_next_incremental_bundle_after_a_lost_stick(mission, incident_data):
    ws, clock, tmp = mission
    alpha, hq = ws["alpha"], ws["hq"]
    a = alpha.incidents.add(incident_data)
    _send(alpha, hq, tmp / "1.fkb", clock)
    b = alpha.incidents.add({**incident_data, "title": "On the lost stick"})
    clock.advance(minutes=1)
    bundle.export_bundle(alpha, tmp / "2.fkb", incremental=True)  # the stick is lost
    clock.advance(minutes=1)
    doc = hq.receipts.issue(alpha.device_id)
    body = json.loads(doc["body"])
    assert [(s["destination"], s["up_to_sequence"]) for s in body["streams"]] == [(hq.device_id, 1)]
    (tmp / "r.json").write_text(json.dumps(doc))
    assert alpha.receipts.accept(doc["body"], doc["signature"])["device_id"] == alpha.device_id
    [st] = alpha.receipts.status()
    assert (st["confirmed_sequence"], st["last_sequence"], st["unconfirmed_bundles"]) == (1, 2, 1)
    c = alpha.incidents.add({**incident_data, "title": "After the receipt"})
    clock.advance(minutes=1)
    m = bundle.export_bundle(alpha, tmp / "3.fkb", incremental=True)
    assert m["base_sequence"] == 1 and m["sequence"] == 3  # carries what bundle 2 held again
    rep = bundle.import_bundle(hq, tmp / "3.fkb")
    assert rep["added"] == 2 and rep["missing_sequences"] == []
    assert {r["id"] for r in hq.incidents.search()} == {a["id"], b["id"], c["id"]}
    # once HQ confirms 3, the next incremental starts from 3 again: nothing is sent twice needlessly
    doc = hq.receipts.issue(alpha.device_id)
    alpha.receipts.accept(doc["body"], doc["signature"])
    clock.advance(minutes=1)
    m = bundle.export_bundle(alpha, tmp / "4.fkb", incremental=True)
    assert m["base_sequence"] == 3 and m["counts"]["incidents"] == 0


def test_a_receipt_from_another_key_or_for_another_device_is_refused(mission, incident_data):
    ws, clock, tmp = mission
    alpha, bravo, hq = ws["alpha"], ws["bravo"], ws["hq"]
    alpha.incidents.add(incident_data)
    _send(alpha, hq, tmp / "1.fkb", clock)
    doc = hq.receipts.issue(alpha.device_id)
    with pytest.raises(ConfigRefused, match="another device"):
        bravo.receipts.accept(doc["body"], doc["signature"])
    bravo.trust.add(keys.public_identity(alpha), label="alpha")
    _send(alpha, bravo, tmp / "p.fkb", clock, plain=True, encrypt_to_hq=False)
    forged = bravo.receipts.issue(alpha.device_id)  # bravo is not alpha's HQ
    with pytest.raises(ConfigRefused, match="not signed by the HQ key"):
        alpha.receipts.accept(forged["body"], forged["signature"])
    assert alpha.receipts.confirmed() == {}


# -- config bundles -----------------------------------------------------------------------------
def test_a_config_bundle_carries_devices_revocations_policy_receipts_and_checklists(mission, incident_data, tmp_path):
    ws, clock, tmp = mission
    alpha, hq = ws["alpha"], ws["hq"]
    alpha.incidents.add(incident_data)
    _send(alpha, hq, tmp / "1.fkb", clock)
    hq.receipts.issue(alpha.device_id)
    charlie = Workspace(tmp_path / "charlie", clock=clock)
    hq.trust.add(keys.public_identity(charlie), label="charlie")
    hq.revocations.issue(hq.trust.find("charlie"), from_time=clock.now_iso(), reason="lost")
    src = next(iter((__import__("fieldkit.paths", fromlist=["x"]).resources_dir() / "checklists").glob("*.yaml")))
    text = src.read_text(encoding="utf-8")
    mission_list = tmp_path / "mission-list.yaml"
    first_id = next(line for line in text.splitlines() if line.startswith("id:"))
    mission_list.write_text(text.replace(first_id, "id: mission-market-watch", 1), encoding="utf-8")
    m = config.export_config(
        hq, tmp / "c.fkc", checklists=[mission_list], policy_values={"lock_minutes": 5, "sensitive_may_leave": False}
    )
    assert m["recipients"] == 2  # encrypted to every device HQ trusts, but not to the revoked one
    rep = config.import_config(alpha, tmp / "c.fkc")
    assert rep["devices_added"] == 1 and rep["revocations"] == 1 and rep["receipts"] == 1
    assert alpha.trust.find("bravo")["checked"] == "hq"
    assert "charlie" not in {k["label"] for k in alpha.trust.list()}  # a revoked key is not added
    assert alpha.revocations.get(keys.public_identity(charlie)["sign"])["reason"] == "lost"
    charlie.close()
    assert alpha.receipts.confirmed()[hq.device_id]["up_to_sequence"] == 1
    assert config.policy(alpha)["lock_minutes"] == 5
    from fieldkit import vault

    assert vault.lock_state(alpha.folder)["idle_minutes"] == 5  # the app lock follows it
    assert "mission-market-watch" in {c.id for c in alpha.checklists.all()}
    with pytest.raises(Exception, match="sensitive"):
        bundle.export_bundle(alpha, tmp / "s.fkb", include_sensitive=True)
    # the same bundle again (a replay) changes nothing
    with pytest.raises(ConfigRefused, match="not newer"):
        config.import_config(alpha, tmp / "c.fkc")


def test_config_is_accepted_only_from_the_trusted_hq_or_after_a_fingerprint_check(mission, tmp_path):
    ws, clock, tmp = mission
    alpha, bravo, hq = ws["alpha"], ws["bravo"], ws["hq"]
    bravo.trust.add(keys.public_identity(alpha), label="alpha")
    config.export_config(bravo, tmp / "fake.fkc")  # a colleague posing as HQ
    before = alpha.settings.all()
    with pytest.raises(ConfigRefused, match="not by the HQ key"):
        config.import_config(alpha, tmp / "fake.fkc")
    assert alpha.settings.all() == before
    # a new laptop trusts no HQ yet: it is told the fingerprint to compare, and accepts after checking
    new = Workspace(tmp_path / "new", clock=clock)
    try:
        hq.trust.add(keys.public_identity(new), label="new")
        config.export_config(hq, tmp / "c.fkc")
        with pytest.raises(config.ConfigNeedsTrust) as e:
            config.import_config(new, tmp / "c.fkc")
        assert e.value.params["words"] == " ".join(lifecycle.fingerprint_words(keys.public_identity(hq)["sign"]))
        assert new.trust.list() == []
        rep = config.import_config(new, tmp / "c.fkc", trust=True)
        assert rep["hq_trusted_now"] and new.trust.hq()["checked"] == "fingerprint"
        assert {k["label"]: k["checked"] for k in new.trust.list()} == {
            "hq": "fingerprint",
            "alpha": "hq",
            "bravo": "hq",
        }
    finally:
        new.close()


def test_a_tampered_config_bundle_changes_nothing(mission):
    ws, clock, tmp = mission
    alpha, hq = ws["alpha"], ws["hq"]
    config.export_config(hq, tmp / "c.fkc", plain=True, to_keys=[])
    import io
    import zipfile

    z = zipfile.ZipFile(tmp / "c.fkc")
    items = {n: z.read(n) for n in z.namelist()}
    cfg = json.loads(items["config.json"])
    cfg["policy"] = {"sensitive_may_leave": True}
    items["config.json"] = json.dumps(cfg).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as w:
        for n, d in items.items():
            w.writestr(n, d)
    (tmp / "t.fkc").write_bytes(out.getvalue())
    before = alpha.settings.all()
    with pytest.raises(Exception, match="hash|tampered|damaged"):
        config.import_config(alpha, tmp / "t.fkc")
    assert alpha.settings.all() == before


def test_devices_follow_hq_s_new_signing_key_announced_in_its_config_bundle(mission):
    ws, clock, tmp = mission
    alpha, hq = ws["alpha"], ws["hq"]
    old = keys.public_identity(hq)
    hq.rotations.rotate_own()
    config.export_config(hq, tmp / "c.fkc")
    rep = config.import_config(alpha, tmp / "c.fkc")
    k = alpha.trust.hq()
    assert rep["hq_rotated"] and k["sign"] == keys.public_identity(hq)["sign"] != old["sign"]
    assert k["checked"] == "fingerprint" and k["box"] == keys.public_identity(hq)["box"]
    # a config signed by another key, with no statement from the old one, is still refused
    ws["bravo"].trust.add(keys.public_identity(alpha), label="alpha")
    config.export_config(ws["bravo"], tmp / "fake.fkc")
    with pytest.raises(ConfigRefused, match="not by the HQ key"):
        config.import_config(alpha, tmp / "fake.fkc")


def test_a_newer_receipt_confirming_less_makes_the_device_send_again_what_hq_lost(mission, incident_data):
    ws, clock, tmp = mission
    alpha, hq = ws["alpha"], ws["hq"]
    alpha.incidents.add(incident_data)
    _send(alpha, hq, tmp / "1.fkb", clock)
    alpha.incidents.add({**incident_data, "title": "Second"})
    _send(alpha, hq, tmp / "2.fkb", clock, incremental=True)
    doc = hq.receipts.issue(alpha.device_id)
    alpha.receipts.accept(doc["body"], doc["signature"])
    assert alpha.receipts.confirmed()[hq.device_id]["up_to_sequence"] == 2
    # HQ is restored from a backup taken after bundle 1: its next receipt confirms only 1
    hq.db.execute("DELETE FROM bundle_imports WHERE sequence = 2")
    clock.advance(minutes=1)
    doc = hq.receipts.issue(alpha.device_id)
    alpha.receipts.accept(doc["body"], doc["signature"])
    assert alpha.receipts.confirmed()[hq.device_id]["up_to_sequence"] == 1
    clock.advance(minutes=1)
    m = bundle.export_bundle(alpha, tmp / "3.fkb", incremental=True)
    assert m["base_sequence"] == 1 and m["counts"]["incidents"] == 1


def test_a_thief_cannot_escape_a_revocation_by_a_backdated_rotation(mission, incident_data):
    ws, clock, tmp = mission
    alpha, hq = ws["alpha"], ws["hq"]
    clock.advance(hours=1)
    hq.revocations.issue(hq.trust.find("alpha"), from_time=clock.now_iso())
    clock.advance(hours=-2)  # the laptop's clock set back, before the revocation
    alpha.rotations.rotate_own()
    alpha.incidents.add(incident_data)
    bundle.export_bundle(alpha, tmp / "a.fkb")
    with pytest.raises(BundleSignerKeyChanged):
        bundle.import_bundle(hq, tmp / "a.fkb")
    assert hq.trust.find("alpha")["sign"] != keys.public_identity(alpha)["sign"]


def test_revocations_hold_after_hq_rotates_its_own_key(mission, incident_data):
    ws, clock, tmp = mission
    alpha, bravo, hq = ws["alpha"], ws["bravo"], ws["hq"]
    hq.revocations.issue(hq.trust.find("alpha"), from_time=clock.now_iso(), reason="stolen")
    config.export_config(hq, tmp / "c1.fkc")
    config.import_config(bravo, tmp / "c1.fkc")
    hq.rotations.rotate_own()
    config.export_config(hq, tmp / "c2.fkc")
    assert config.import_config(bravo, tmp / "c2.fkc")["hq_rotated"]
    assert len(hq.revocations.all()) == 1 and len(bravo.revocations.all()) == 1
    bravo.trust.add(keys.public_identity(alpha), label="alpha")
    clock.advance(minutes=5)
    alpha.incidents.add(incident_data)
    bundle.export_bundle(alpha, tmp / "a.fkb", plain=True, encrypt_to_hq=False)
    for w in (hq, bravo):
        with pytest.raises(BundleSignerRevoked):
            bundle.import_bundle(w, tmp / "a.fkb")


def test_a_rotation_with_a_broken_encryption_key_proves_nothing(mission):
    raw = {
        "kind": "key-rotation",
        "version": 1,
        "device_id": "7a130421-e139-42a6-859c-5604781b8ee8",
        "rotated_at": "2026-06-01T12:00:00.000Z",
        "new_box": "zz",
    }
    from nacl.signing import SigningKey

    from fieldkit.hashing import canonical_json

    old, new = SigningKey.generate(), SigningKey.generate()
    body = {**raw, "old": old.verify_key.encode().hex(), "new": new.verify_key.encode().hex()}
    text = canonical_json(body)
    item = {
        "statement": text,
        "old_signature": old.sign(text.encode()).signature.hex(),
        "new_signature": new.sign(text.encode()).signature.hex(),
    }
    assert lifecycle.check_rotations([item]) == []
    body["new_box"] = keys.public_identity(mission[0]["alpha"])["box"]
    text = canonical_json(body)
    item = {
        "statement": text,
        "old_signature": old.sign(text.encode()).signature.hex(),
        "new_signature": new.sign(text.encode()).signature.hex(),
    }
    assert len(lifecycle.check_rotations([item])) == 1


# -- incrementals that miss nothing ---------------------------------------------------------------
def test_an_incremental_bundle_relays_what_came_from_another_device_and_edits_made_with_the_clock_set_back(
    mission, incident_data
):
    ws, clock, tmp = mission
    alpha, bravo, hq = ws["alpha"], ws["bravo"], ws["hq"]
    alpha.trust.add(keys.public_identity(bravo), label="bravo")
    hq.trust.add(keys.public_identity(bravo), label="bravo")
    clock.advance(minutes=1)
    b = bravo.incidents.add({**incident_data, "title": "Seen by bravo"})  # made before alpha's first bundle
    bundle.export_bundle(bravo, tmp / "b.fkb", to_keys=[keys.public_identity(alpha)])
    alpha.incidents.add(incident_data)
    _send(alpha, hq, tmp / "1.fkb", clock)
    bundle.import_bundle(alpha, tmp / "b.fkb")  # bravo's incident keeps bravo's older times
    clock.advance(hours=-3)  # the laptop's clock set back (a flat clock battery after a power cut)
    c = alpha.incidents.add({**incident_data, "title": "Saved with the clock wrong"})
    clock.advance(hours=4)
    m = bundle.export_bundle(alpha, tmp / "2.fkb", incremental=True)
    assert m["counts"]["incidents"] == 2
    bundle.import_bundle(hq, tmp / "2.fkb")
    assert {b["id"], c["id"]} <= {r["id"] for r in hq.incidents.search()}
    # and the next incremental sends nothing again
    clock.advance(minutes=1)
    assert bundle.export_bundle(alpha, tmp / "3.fkb", incremental=True)["counts"]["incidents"] == 0


def test_an_incremental_bundle_that_carries_sensitive_incidents_carries_those_left_out_before(mission, incident_data):
    ws, clock, tmp = mission
    alpha, hq = ws["alpha"], ws["hq"]
    s = alpha.incidents.add({**incident_data, "title": "Informant's account", "sensitive": True})
    _send(alpha, hq, tmp / "1.fkb", clock)  # sensitive left out
    clock.advance(minutes=1)
    m = bundle.export_bundle(alpha, tmp / "2.fkb", incremental=True, include_sensitive=True)
    assert m["counts"]["incidents"] == 1
    bundle.import_bundle(hq, tmp / "2.fkb")
    assert hq.incidents.get(s["id"])["title"] == "Informant's account"
    clock.advance(minutes=1)
    assert (
        bundle.export_bundle(alpha, tmp / "3.fkb", incremental=True, include_sensitive=True)["counts"]["incidents"] == 0
    )


def test_a_key_a_device_moved_away_from_cannot_bring_versions_through_a_colleague(mission, incident_data):
    from nacl.public import PrivateKey
    from nacl.signing import SigningKey

    ws, clock, tmp = mission
    alpha, bravo, hq = ws["alpha"], ws["bravo"], ws["hq"]
    bravo.trust.add(keys.public_identity(alpha), label="alpha")
    alpha.incidents.add(incident_data)
    _send(alpha, hq, tmp / "1.fkb", clock)
    # HQ replaced alpha's key (its owner confirmed a new one): whoever holds the old key is not alpha any more
    new = {
        "device_id": alpha.device_id,
        "label": "alpha",
        "sign": SigningKey.generate().verify_key.encode().hex(),
        "box": PrivateKey.generate().public_key.encode().hex(),
    }
    hq.trust.add(new, replace=True)
    alpha.incidents.add({**incident_data, "title": "Planted with the old key"})
    _send(alpha, bravo, tmp / "a.fkb", clock, plain=True, encrypt_to_hq=False)
    rep = _send(bravo, hq, tmp / "b.fkb", clock)
    assert len(rep["rejected"]) == 1 and "no longer uses" in rep["rejected"][0]["reason"]
    # nor by a rotation that old key announces
    alpha.rotations.rotate_own()
    alpha.incidents.add({**incident_data, "title": "Planted after a rotation"})
    _send(alpha, bravo, tmp / "a2.fkb", clock, plain=True, encrypt_to_hq=False)
    rep = _send(bravo, hq, tmp / "b2.fkb", clock, incremental=True)
    assert rep["key_rotations"] == [] and [r["title"] for r in hq.incidents.search()] == [incident_data["title"]]
