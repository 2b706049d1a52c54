"""Authority over records: each version is signed by the device that saved it and keeps that signature through
every relay; no key writes under the name of a device known here; a rewrite behind the app's back is caught by
``verify`` even when the hashes were recomputed; format-1 bundles stay importable, with a notice."""

import hashlib
import io
import json
import zipfile

import pytest

from fieldkit.clock import FixedClock
from fieldkit.hashing import version_hash_text
from fieldkit.signatures import sign_version, version_signature_ok
from fieldkit.sync import bundle, keys
from tests.workspaces import Workspace, raw_connect


@pytest.fixture
def mission(tmp_path):
    clock = FixedClock("2026-06-01T12:00:00Z")
    ws = {n: Workspace(tmp_path / n, clock=clock) for n in ("field", "colleague", "hq", "other")}
    for n, w in ws.items():
        w.settings.set("device_label", n)
    yield ws, clock, tmp_path
    for w in ws.values():
        w.close()


def _members(raw: bytes) -> dict:
    z = zipfile.ZipFile(io.BytesIO(raw))
    return {n: z.read(n) for n in z.namelist()}


def _zip(items: dict) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for n, d in items.items():
            z.writestr(n, d)
    return out.getvalue()


def _reseal(items: dict, sender, mutate_manifest=None) -> None:
    """The sender's own key re-signs the manifest after its members changed."""
    m = json.loads(items["manifest.json"])
    for name, body in items.items():
        if name in m["members"]:
            m["members"][name] = {"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)}
    if mutate_manifest:
        mutate_manifest(m)
    items["manifest.json"] = json.dumps(m).encode()
    items["manifest.sig"] = keys.device_keys(sender).signing.sign(items["manifest.json"]).signature.hex().encode()


def _send(src, dst, path, **kw):
    bundle.export_bundle(src, path, encrypt_to_hq=False, plain=True, **kw)
    return bundle.import_bundle(dst, path)


def test_versions_are_signed_by_the_device_that_saved_them(mission, incident_data):
    ws, clock, tmp = mission
    field = ws["field"]
    rec = field.incidents.add(incident_data)
    field.incidents.update(rec["id"], {"severity": 4}, reason="more detail")
    own = keys.device_keys(field).sign_public
    rows = field.db.execute("SELECT hash, signature, signed_by FROM incident_versions").fetchall()
    assert len(rows) == 2 and all(k == own and version_signature_ok(k, s, h) for h, s, k in rows)
    assert field.verify()["ok"]


def test_a_trusted_key_cannot_extend_another_devices_record_under_its_name(mission, incident_data):
    ws, clock, tmp = mission
    field, colleague, hq = ws["field"], ws["colleague"], ws["hq"]
    for a, b in ((hq, field), (hq, colleague), (colleague, field)):
        a.trust.add(keys.public_identity(b))
    rec = field.incidents.add(incident_data)
    _send(field, hq, tmp / "f1.fkb")
    _send(field, colleague, tmp / "f2.fkb")
    clock.advance(hours=1)
    colleague.incidents.update(rec["id"], {"title": "Nothing happened here"}, reason="correction")
    bundle.export_bundle(colleague, tmp / "c.fkb", encrypt_to_hq=False, plain=True)
    # the colleague's own edit, rewritten to claim it was the field laptop's (author "Alice"), re-hashed and
    # re-signed with the colleague's key: as the holder of one trusted key could make it
    items = _members((tmp / "c.fkb").read_bytes())
    line = json.loads(items["records/incidents.jsonl"])
    v = line["versions"][-1]
    v["device_id"], v["author"] = field.device_id, "Alice"
    v["hash"] = version_hash_text(
        line["id"], v["version"], v["content"], v["prev_hash"], v["reason"], v["created_at"], v["device_id"], "Alice"
    )
    v["signature"] = sign_version(keys.device_keys(colleague).signing, v["hash"])
    items["records/incidents.jsonl"] = (json.dumps(line) + "\n").encode()
    _reseal(items, colleague)
    (tmp / "forged.fkb").write_bytes(_zip(items))
    rep = bundle.import_bundle(hq, tmp / "forged.fkb")
    assert rep["updated"] == 0 and [r["record"] for r in rep["rejected"]] == [rec["id"]]
    assert "not signed by that device's key" in rep["rejected"][0]["reason"]
    assert hq.incidents.get(rec["id"])["title"] == incident_data["title"]
    # the colleague's real edit, as its own version, is an ordinary update
    rep = bundle.import_bundle(hq, tmp / "c.fkb")
    assert rep["updated"] == 1 and hq.incidents.get(rec["id"])["title"] == "Nothing happened here"
    assert hq.verify()["ok"]


def test_a_relayed_version_keeps_its_authors_signature_and_binds_that_device_key(mission, incident_data):
    ws, clock, tmp = mission
    field, colleague, hq, other = ws["field"], ws["colleague"], ws["hq"], ws["other"]
    hq.trust.add(keys.public_identity(field))
    other.trust.add(keys.public_identity(hq))  # has never met the field laptop
    other.trust.add(keys.public_identity(colleague))
    rec = field.incidents.add(incident_data)
    _send(field, hq, tmp / "f.fkb")
    rep = _send(hq, other, tmp / "h.fkb")
    assert rep["added"] == 1
    [(signed_by,)] = other.db.execute("SELECT signed_by FROM incident_versions").fetchall()
    assert signed_by == keys.device_keys(field).sign_public  # the author's signature, through the relay
    assert other.key_book.by_device()[field.device_id] == {signed_by}  # HQ vouched for the field laptop's key
    assert other.verify()["ok"] and other.verify()["checked"]["vouched_versions"] == 0

    # now the field laptop's key is known here: a colleague's version under its name is refused
    clock.advance(hours=1)
    me = colleague.device_id
    colleague.settings.set("device_id", field.device_id)  # poses as the field laptop, with its own key
    colleague.incidents.add({**incident_data, "title": "Posing"})
    colleague.settings.set("device_id", me)
    bundle.export_bundle(colleague, tmp / "c.fkb", encrypt_to_hq=False, plain=True)
    rep = bundle.import_bundle(other, tmp / "c.fkb")
    assert any("not signed by that device's key" in r["reason"] for r in rep["rejected"])
    assert "Posing" not in {r["title"] for r in other.incidents.search()}
    assert rec["id"] in {r["id"] for r in other.incidents.search()}


def _format_1(raw: bytes, sender) -> bytes:
    """The same bundle as an older FieldKit wrote it: no signatures in its versions, no device keys."""
    items = _members(raw)
    for name in ("records/incidents.jsonl", "records/assessments.jsonl"):
        lines = [json.loads(x) for x in items[name].decode().splitlines() if x.strip()]
        for rec in lines:
            for v in rec["versions"]:
                v.pop("signature", None)
                v.pop("signed_by", None)
        items[name] = "".join(json.dumps(r) + "\n" for r in lines).encode()

    def old(m):
        m["format_version"] = 1
        m.pop("device_keys", None)

    _reseal(items, sender, old)
    return _zip(items)


def test_a_format_1_bundle_is_imported_with_a_notice_and_vouched_for_here(mission, incident_data, capsys):
    ws, clock, tmp = mission
    field, hq = ws["field"], ws["hq"]
    hq.trust.add(keys.public_identity(field))
    field.incidents.add(incident_data)
    bundle.export_bundle(field, tmp / "new.fkb", encrypt_to_hq=False, plain=True)
    (tmp / "old.fkb").write_bytes(_format_1((tmp / "new.fkb").read_bytes(), field))
    rep = bundle.import_bundle(hq, tmp / "old.fkb")
    assert rep["added"] == 1 and rep["format_version"] == 1
    [(signed_by,)] = hq.db.execute("SELECT signed_by FROM incident_versions").fetchall()
    assert signed_by == keys.device_keys(hq).sign_public  # this device vouches for what came unsigned
    result = hq.verify()
    assert result["ok"] and result["checked"]["vouched_versions"] == 1

    from fieldkit.cli import main

    (tmp / "old2.fkb").write_bytes(_format_1((tmp / "new.fkb").read_bytes(), field))
    other = ws["other"]
    other.trust.add(keys.public_identity(field))
    other.close()
    main(["--data-dir", str(tmp / "other"), "import", "bundle", str(tmp / "old2.fkb")])
    assert "format 1" in capsys.readouterr().out


def test_a_format_1_bundle_cannot_write_under_a_known_devices_name(mission, incident_data):
    ws, clock, tmp = mission
    field, colleague, hq = ws["field"], ws["colleague"], ws["hq"]
    hq.trust.add(keys.public_identity(field))
    hq.trust.add(keys.public_identity(colleague))
    me = colleague.device_id
    colleague.settings.set("device_id", field.device_id)
    colleague.incidents.add(incident_data)  # a version claiming the field laptop
    colleague.settings.set("device_id", me)
    bundle.export_bundle(colleague, tmp / "c.fkb", encrypt_to_hq=False, plain=True)
    (tmp / "c1.fkb").write_bytes(_format_1((tmp / "c.fkb").read_bytes(), colleague))
    rep = bundle.import_bundle(hq, tmp / "c1.fkb")
    assert rep["added"] == 0 and "format-1 bundle cannot prove" in rep["rejected"][0]["reason"]


def _rewrite_title(ws, rid, title):
    """Edit an incident in the database file behind the app's back, recomputing every hash as FieldKit would."""
    conn = raw_connect(ws.db_path)
    vid, n, content, prev, reason, created, dev, author = conn.execute(
        "SELECT id, version, content, prev_hash, reason, created_at, device_id, author FROM incident_versions "
        "WHERE incident_id = ? ORDER BY version DESC LIMIT 1",
        [rid],
    ).fetchone()
    c = json.loads(content)
    c["title"], c["sensitive"] = title, False
    text = json.dumps(c, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    h = version_hash_text(rid, n, text, prev, reason, created, dev, author)
    conn.execute("UPDATE incident_versions SET content = ?, hash = ? WHERE id = ?", [text, h, vid])
    conn.execute("UPDATE incidents SET title = ?, sensitive = 0, head_hash = ? WHERE id = ?", [title, h, rid])
    conn.commit()
    conn.close()


def test_verify_catches_a_rewriter_who_recomputes_the_hashes(mission, incident_data):
    ws, clock, tmp = mission
    field = ws["field"]
    rec = field.incidents.add({**incident_data, "sensitive": True})
    other = field.incidents.add({**incident_data, "title": "Second"})
    assert field.verify()["ok"]
    _rewrite_title(field, rec["id"], "Harmless")
    result = field.verify()
    assert not result["ok"]
    assert [p["record"] for p in result["problems"]] == [rec["id"], "inventory"]  # its head moved, too
    assert "does not match its signature" in result["problems"][0]["problem"]
    conn = raw_connect(field.db_path)
    conn.execute("UPDATE incident_versions SET signature = '' WHERE incident_id = ?", [other["id"]])
    conn.commit()
    conn.close()
    assert any("carries no signature" in p["problem"] for p in field.verify()["problems"])


def test_a_trusted_key_swapped_behind_the_apps_back_is_reported_and_never_used(mission):
    ws, clock, tmp = mission
    field, hq, other = ws["field"], ws["hq"], ws["other"]
    field.trust.add(keys.public_identity(hq), role="hq", label="HQ")
    assert bundle.default_recipients(field)[0]["box"] == keys.public_identity(hq)["box"]
    conn = raw_connect(field.db_path)
    conn.execute("UPDATE trusted_keys SET box_key = ?", [keys.public_identity(other)["box"]])
    conn.commit()
    conn.close()
    assert field.trust.hq() is None and bundle.default_recipients(field) == []  # never encrypted to the swap
    result = field.verify()
    assert not result["ok"] and result["problems"][0]["kind"] == "trusted key"
    assert "changed outside FieldKit" in result["problems"][0]["problem"]


def test_a_bundle_whose_version_signature_was_forged_is_refused(mission, incident_data):
    ws, clock, tmp = mission
    field, hq = ws["field"], ws["hq"]
    hq.trust.add(keys.public_identity(field))
    field.incidents.add(incident_data)
    bundle.export_bundle(field, tmp / "f.fkb", encrypt_to_hq=False, plain=True)
    items = _members((tmp / "f.fkb").read_bytes())
    line = json.loads(items["records/incidents.jsonl"])
    line["versions"][0]["signature"] = "00" * 64
    items["records/incidents.jsonl"] = (json.dumps(line) + "\n").encode()
    _reseal(items, field)
    (tmp / "x.fkb").write_bytes(_zip(items))
    before = hq.counts()
    with pytest.raises(bundle.BundleError, match="does not match its signature"):
        bundle.import_bundle(hq, tmp / "x.fkb")
    assert hq.counts() == before


def test_a_record_cannot_name_another_device_as_its_creator(mission, incident_data):
    ws, clock, tmp = mission
    colleague, hq = ws["colleague"], ws["hq"]
    hq.trust.add(keys.public_identity(colleague))
    colleague.incidents.add(incident_data)
    bundle.export_bundle(colleague, tmp / "c.fkb", encrypt_to_hq=False, plain=True)
    items = _members((tmp / "c.fkb").read_bytes())
    line = json.loads(items["records/incidents.jsonl"])
    line["device_id"] = hq.device_id  # "made at HQ": a deletion of it would then be held as HQ's own record
    items["records/incidents.jsonl"] = (json.dumps(line) + "\n").encode()
    _reseal(items, colleague)
    (tmp / "x.fkb").write_bytes(_zip(items))
    rep = bundle.import_bundle(hq, tmp / "x.fkb")
    assert rep["added"] == 0 and "creator" in rep["rejected"][0]["reason"]


def test_verify_catches_a_record_deleted_behind_the_apps_back(mission, incident_data):
    ws, clock, tmp = mission
    field = ws["field"]
    gone = field.incidents.add(incident_data)
    field.incidents.add({**incident_data, "title": "Second"})
    field.incidents.update(gone["id"], {"severity": 5}, reason="x")
    assert field.verify()["ok"]
    conn = raw_connect(field.db_path)
    for table, key in (
        ("incident_attachments", "incident_id"),
        ("incident_versions", "incident_id"),
        ("incidents", "id"),
    ):
        conn.execute(f"DELETE FROM {table} WHERE {key} = ?", [gone["id"]])
    conn.commit()
    conn.close()
    result = field.verify()
    assert [p["kind"] for p in result["problems"]] == ["inventory"]
    assert "added or removed outside FieldKit" in result["problems"][0]["problem"]
    # the signed list itself removed: said too
    conn = raw_connect(field.db_path)
    conn.execute("DELETE FROM settings WHERE key = 'inventory'")
    conn.commit()
    conn.close()
    field.settings._cache.clear()
    assert "missing" in field.verify()["problems"][0]["problem"]
    # a deletion made by FieldKit (a purge) keeps the list right
    other = Workspace(tmp / "clean", clock=clock)
    rec = other.incidents.add(incident_data)
    other.incidents.delete(rec["id"])
    other.incidents.purge(rec["id"])
    assert other.verify()["ok"]
    other.close()


def test_trusting_a_key_again_never_reseals_what_was_tampered(mission):
    ws, clock, tmp = mission
    field, hq, other = ws["field"], ws["hq"], ws["other"]
    field.trust.add(keys.public_identity(hq), role="hq", label="HQ")
    conn = raw_connect(field.db_path)
    conn.execute("UPDATE trusted_keys SET box_key = ?", [keys.public_identity(other)["box"]])
    conn.execute(
        "UPDATE device_keys SET device_id = ? WHERE sign_key = ?", [other.device_id, keys.public_identity(hq)["sign"]]
    )
    conn.commit()
    conn.close()
    assert not field.verify()["ok"]
    field.trust.add(keys.public_identity(hq), role="hq", label="HQ")  # what verify advises: trust it again
    assert field.trust.hq()["box"] == keys.public_identity(hq)["box"]  # the real key, not the swapped one
    assert field.key_book.by_device()[hq.device_id] == {keys.public_identity(hq)["sign"]}
    assert field.verify()["ok"]


def test_a_device_known_here_only_by_its_records_cannot_be_written_under_by_another_key(mission, incident_data):
    ws, clock, tmp = mission
    field, colleague, hq, other = ws["field"], ws["colleague"], ws["hq"], ws["other"]
    colleague.trust.add(keys.public_identity(field))
    hq.trust.add(keys.public_identity(colleague))
    hq.trust.add(keys.public_identity(other))
    field.incidents.add(incident_data)
    _send(field, colleague, tmp / "f.fkb")
    bundle.export_bundle(colleague, tmp / "c.fkb", encrypt_to_hq=False, plain=True)
    (tmp / "c1.fkb").write_bytes(_format_1((tmp / "c.fkb").read_bytes(), colleague))
    assert bundle.import_bundle(hq, tmp / "c1.fkb")["added"] == 1  # HQ holds the field laptop's record, not its key
    assert field.device_id not in hq.key_book.by_device()
    me = other.device_id
    other.settings.set("device_id", field.device_id)
    other.incidents.add({**incident_data, "title": "Written under the field laptop's name"})
    other.settings.set("device_id", me)
    bundle.export_bundle(other, tmp / "o.fkb", encrypt_to_hq=False, plain=True)
    rep = bundle.import_bundle(hq, tmp / "o.fkb")
    assert rep["added"] == 0 and rep["rejected"]
    assert "Written under" not in {r["title"] for r in hq.incidents.search()}


def test_a_draft_is_taken_only_from_its_own_device_and_a_draft_made_here_is_never_overwritten(mission):
    ws, clock, tmp = mission
    field, colleague, hq = ws["field"], ws["colleague"], ws["hq"]
    hq.trust.add(keys.public_identity(colleague))
    colleague.trust.add(keys.public_identity(hq))
    mine = hq.assessments.new("Gao")
    hq.assessments.answer(mine["id"], "A1", "3")
    bundle.export_bundle(hq, tmp / "h.fkb", to_keys=[keys.public_identity(colleague)])
    bundle.import_bundle(colleague, tmp / "h.fkb")  # the colleague has HQ's draft
    clock.advance(minutes=5)
    colleague.assessments.answer(mine["id"], "A1", "1")  # and changes it
    bundle.export_bundle(colleague, tmp / "c.fkb", encrypt_to_hq=False, plain=True)
    rep = bundle.import_bundle(hq, tmp / "c.fkb")
    assert rep["updated"] == 0 and rep["conflicts"] == 1  # held for review, not overwritten
    assert str(hq.assessments.answers(mine["id"])["A1"]["value"]) == "3"

    # a new draft that claims to be another device's is refused
    other = colleague.assessments.new("Kidal")
    clock.advance(minutes=5)
    bundle.export_bundle(colleague, tmp / "c2.fkb", encrypt_to_hq=False, plain=True, incremental=True)
    items = _members((tmp / "c2.fkb").read_bytes())
    lines = [json.loads(x) for x in items["records/assessments.jsonl"].decode().splitlines() if x.strip()]
    for a in lines:
        if a["id"] == other["id"]:
            a["device_id"] = field.device_id
    items["records/assessments.jsonl"] = "".join(json.dumps(a) + "\n" for a in lines).encode()
    _reseal(items, colleague)
    (tmp / "x.fkb").write_bytes(_zip(items))
    rep = bundle.import_bundle(hq, tmp / "x.fkb")
    assert any(r["record"] == other["id"] and "other than its own" in r["reason"] for r in rep["rejected"])
    assert other["id"] not in {a["id"] for a in hq.assessments.list()}
