import csv
import hashlib
import io
import json
import os
import xml.etree.ElementTree as ET
import zipfile

import pytest

from fieldkit import exports
from fieldkit.clock import FixedClock
from fieldkit.errors import DiskFull
from fieldkit.incidents import IncidentFilter
from fieldkit.sync import bundle, keys
from fieldkit.sync.bundle import BundleError
from tests.workspaces import Workspace, dump, raw_connect


def fingerprint_of(ws) -> str:
    """A content hash of the whole workspace: every row of every table, and the attachment files."""
    h = hashlib.sha256()
    for line in dump(ws.db.conn):
        h.update(line.encode())
    for p in sorted(ws.attachments_dir.rglob("*")) if ws.attachments_dir.exists() else []:
        h.update(p.name.encode() + (p.read_bytes() if p.is_file() else b""))
    return h.hexdigest()


def counts(ws):
    return {
        t: ws.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ws.db.table_names()
        if not t.startswith("incidents_fts")
    }


@pytest.fixture
def pair(tmp_path, incident_data):
    clock = FixedClock("2026-06-01T12:00:00Z")
    field = Workspace(tmp_path / "field", clock=clock)
    hq = Workspace(tmp_path / "hq", clock=clock)
    field.settings.set("device_label", "Gao laptop")
    hq.trust.add(keys.public_identity(field))
    field.trust.add(keys.public_identity(hq), role="hq", label="HQ")
    photo = tmp_path / "p.jpg"
    photo.write_bytes(b"jpeg" * 500)
    field.incidents.add(incident_data, attachments=[photo])
    field.incidents.add({**incident_data, "title": "Checkpoint levy", "category": "EXTORT"})
    a = field.assessments.new("Gao")
    field.assessments.answer(a["id"], "A1", "3")
    yield field, hq, clock, tmp_path
    field.close()
    hq.close()


def test_round_trip_keeps_records_history_attachments_and_origin(pair):
    field, hq, clock, tmp = pair
    m = bundle.export_bundle(field, tmp / "b1.fkb")
    assert m["sequence"] == 1 and m["destination"] == hq.device_id and m["counts"]["attachments"] == 1
    rep = bundle.import_bundle(hq, tmp / "b1.fkb")
    assert (rep["added"], rep["updated"], rep["conflicts"], rep["rejected"]) == (3, 0, 0, [])
    for rec in field.incidents.search():
        rec = field.incidents.get(rec["id"])
        got = hq.incidents.get(rec["id"])
        assert got["head_hash"] == rec["head_hash"] and got["title"] == rec["title"]
        assert (
            hq.db.execute("SELECT origin_device FROM incidents WHERE id = ?", [rec["id"]]).fetchone()[0]
            == field.device_id
        )
        assert [a["sha256"] for a in got["attachments"]] == [a["sha256"] for a in rec["attachments"]]
    assert hq.incidents.verify()["problems"] == [] and hq.assessments.verify()["problems"] == []
    assert hq.assessments.answers(field.assessments.list()[0]["id"])["A1"]["value"] == 3


def test_reimport_changes_nothing(pair):
    field, hq, clock, tmp = pair
    bundle.export_bundle(field, tmp / "b1.fkb")
    bundle.import_bundle(hq, tmp / "b1.fkb")
    before = fingerprint_of(hq)
    rep = bundle.import_bundle(hq, tmp / "b1.fkb")
    assert rep["added"] == 0 and rep["updated"] == 0 and rep["unchanged"] == 3
    assert fingerprint_of(hq) == before


def test_preview_of_a_bundle_already_imported_is_immediate(pair, monkeypatch):
    field, hq, clock, tmp = pair
    bundle.export_bundle(field, tmp / "b1.fkb")
    bundle.import_bundle(hq, tmp / "b1.fkb")
    vb = bundle.read_bundle(hq, tmp / "b1.fkb")
    monkeypatch.setattr(bundle, "_check_incident_lines", lambda *a: pytest.fail("records checked again"))
    rep = bundle.preview(hq, vb)
    assert rep["already_imported"] and rep["added"] == 0 and rep["unchanged"] == 3


def test_incremental_export_carries_only_changes_and_updates_descendants(pair, incident_data):
    field, hq, clock, tmp = pair
    clock.advance(minutes=1)
    bundle.export_bundle(field, tmp / "b1.fkb")
    bundle.import_bundle(hq, tmp / "b1.fkb")
    clock.advance(hours=1)
    rec = field.incidents.search()[0]
    field.incidents.update(rec["id"], {"severity": 5}, reason="escalated")
    field.incidents.add({**incident_data, "title": "New one"})
    m = bundle.export_bundle(field, tmp / "b2.fkb", incremental=True)
    assert m["sequence"] == 2 and m["counts"]["incidents"] == 2 and m["counts"]["assessments"] == 0
    rep = bundle.import_bundle(hq, tmp / "b2.fkb")
    assert (rep["added"], rep["updated"]) == (1, 1)
    assert hq.incidents.get(rec["id"])["severity"] == 5 and len(hq.incidents.versions(rec["id"])) == 2
    assert hq.incidents.verify()["problems"] == []


def test_divergent_edits_are_kept_as_a_conflict_and_resolved_field_by_field(pair, tmp_path):
    field, hq, clock, tmp = pair
    bundle.export_bundle(field, tmp / "b1.fkb")
    bundle.import_bundle(hq, tmp / "b1.fkb")
    rec = next(r for r in field.incidents.search() if r["title"] == "Checkpoint levy")
    clock.advance(hours=1)
    field.incidents.update(rec["id"], {"severity": 5, "place": "Gao market"}, reason="field update")
    hq.incidents.update(rec["id"], {"title": "Checkpoint levy (HQ checked)"}, reason="HQ edit")
    bundle.export_bundle(field, tmp / "b2.fkb", incremental=True)
    rep = bundle.import_bundle(hq, tmp / "b2.fkb")
    assert rep["conflicts"] == 1
    assert hq.incidents.get(rec["id"])["title"] == "Checkpoint levy (HQ checked)"  # nothing dropped
    [c] = bundle.list_conflicts(hq)
    fields = {f["field"]: f for f in bundle.conflict_fields(hq, c)}
    assert (
        fields["severity"]["differs"]
        and fields["severity"]["remote"] == 5
        and fields["title"]["local"].endswith("(HQ checked)")
    )
    bundle.resolve_conflict(
        hq, c["id"], {"severity": "remote", "place": "remote", "title": "local"}, reason="merged by analyst"
    )
    got = hq.incidents.get(rec["id"])
    assert (got["title"], got["severity"], got["place"]) == ("Checkpoint levy (HQ checked)", 5, "Gao market")
    assert hq.incidents.versions(rec["id"])[-1]["reason"] == "merged by analyst"
    assert bundle.list_conflicts(hq) == []
    before = fingerprint_of(hq)
    rep = bundle.import_bundle(hq, tmp / "b2.fkb")  # the same bundle again: no new conflict
    assert rep["conflicts"] == 0 and fingerprint_of(hq) == before


def test_an_open_conflicts_attachment_outlives_a_purge_here_and_its_resolution_keeps_it(pair, tmp_path):
    from fieldkit.errors import IntegrityFailure

    field, hq, clock, tmp = pair
    bundle.export_bundle(field, tmp / "b1.fkb")
    bundle.import_bundle(hq, tmp / "b1.fkb")
    rec = next(r for r in field.incidents.search() if r["title"] == "Checkpoint levy")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF scan of the levy receipt")
    clock.advance(hours=1)
    field.incidents.update(rec["id"], {"severity": 5}, reason="receipt", add_attachments=[scan])
    hq.incidents.update(rec["id"], {"title": "Checkpoint levy (HQ)"}, reason="HQ edit")
    other = hq.incidents.add({**incident_fields(hq, rec["id"]), "title": "Same scan"}, attachments=[scan])
    bundle.export_bundle(field, tmp / "b2.fkb", incremental=True)
    assert bundle.import_bundle(hq, tmp / "b2.fkb")["conflicts"] == 1
    sha = hashlib.sha256(scan.read_bytes()).hexdigest()
    hq.incidents.delete(other["id"])
    hq.incidents.purge(other["id"])  # the only row of that file goes: the open conflict still needs the file
    path = hq.incidents.attachment_path(sha)
    assert path.exists()
    [c] = bundle.list_conflicts(hq)

    path.unlink()  # the file gone behind the app's back: the resolution is refused, the conflict stays open
    with pytest.raises(IntegrityFailure, match="scan.pdf"):
        bundle.resolve_conflict(hq, c["id"], "remote")
    assert [x["id"] for x in bundle.list_conflicts(hq)] == [c["id"]]
    assert hq.incidents.get(rec["id"])["attachments"] == []

    path.write_bytes(scan.read_bytes())
    bundle.resolve_conflict(hq, c["id"], "remote")
    assert sha in {a["sha256"] for a in hq.incidents.get(rec["id"])["attachments"]}
    assert bundle.list_conflicts(hq) == [] and hq.verify()["ok"]


def incident_fields(ws, rid):
    from fieldkit.incidents.fields import EDITABLE

    got = ws.incidents.get(rid)
    return {k: got[k] for k in EDITABLE}


def test_tombstones_travel(pair):
    field, hq, clock, tmp = pair
    bundle.export_bundle(field, tmp / "b1.fkb")
    bundle.import_bundle(hq, tmp / "b1.fkb")
    rec = field.incidents.search()[0]
    field.incidents.delete(rec["id"])
    field.incidents.purge(rec["id"])
    clock.advance(minutes=5)
    m = bundle.export_bundle(field, tmp / "b2.fkb", incremental=True)
    assert m["counts"]["tombstones"] == 1
    rep = bundle.import_bundle(hq, tmp / "b2.fkb")
    assert rep["deleted"] == 1
    assert hq.db.execute("SELECT count(*) FROM incidents WHERE id = ?", [rec["id"]]).fetchone()[0] == 0
    rep = bundle.import_bundle(hq, tmp / "b1.fkb")  # an old bundle does not bring it back
    assert hq.db.execute("SELECT count(*) FROM incidents WHERE id = ?", [rec["id"]]).fetchone()[0] == 0


def test_bundles_are_encrypted_to_hq_and_useless_to_others(pair, tmp_path):
    field, hq, clock, tmp = pair
    bundle.export_bundle(field, tmp / "b.fkb")
    raw = (tmp / "b.fkb").read_bytes()
    assert b"Checkpoint levy" not in raw and b"manifest.json" not in raw  # a lost stick reveals nothing
    assert zipfile.ZipFile(tmp / "b.fkb").namelist() == ["envelope.json", "payload.bin"]
    other = Workspace(tmp_path / "other", clock=clock)
    other.trust.add(keys.public_identity(field))
    before = fingerprint_of(other)
    with pytest.raises(BundleError, match="encrypted for another device"):
        bundle.import_bundle(other, tmp / "b.fkb")
    assert fingerprint_of(other) == before
    assert bundle.import_bundle(hq, tmp / "b.fkb")["added"] == 3


def test_passphrase_bundle(pair, tmp_path):
    field, hq, clock, tmp = pair
    bundle.export_bundle(field, tmp / "p.fkb", passphrase="correct horse", encrypt_to_hq=False)
    before = fingerprint_of(hq)
    with pytest.raises(BundleError, match="passphrase"):
        bundle.import_bundle(hq, tmp / "p.fkb")
    with pytest.raises(BundleError, match="passphrase is wrong"):
        bundle.import_bundle(hq, tmp / "p.fkb", passphrase="wrong")
    assert fingerprint_of(hq) == before
    assert bundle.import_bundle(hq, tmp / "p.fkb", passphrase="correct horse")["added"] == 3


def test_unknown_signer_is_refused_unless_accepted(pair, tmp_path):
    field, hq, clock, tmp = pair
    stranger = Workspace(tmp_path / "stranger", clock=clock)
    stranger.incidents.add(
        {
            "title": "x",
            "description": "y",
            "occurred_at": "2026-05-01",
            "lat": 1,
            "lon": 1,
            "category": "MOVE_OBS",
            "severity": 2,
        }
    )
    bundle.export_bundle(stranger, tmp / "s.fkb", plain=True)
    before = fingerprint_of(hq)
    with pytest.raises(BundleError, match="does not trust yet"):
        bundle.import_bundle(hq, tmp / "s.fkb")
    assert fingerprint_of(hq) == before
    rep = bundle.import_bundle(hq, tmp / "s.fkb", trust=True)
    assert rep["added"] == 1 and hq.trust.get(keys.device_keys(stranger).sign_public)


def _plain(pair):
    field, hq, clock, tmp = pair
    bundle.export_bundle(field, tmp / "plain.fkb", encrypt_to_hq=False, plain=True)
    return (tmp / "plain.fkb").read_bytes()


def _rezip(raw: bytes, change) -> bytes:
    zin = zipfile.ZipFile(io.BytesIO(raw))
    items = {n: zin.read(n) for n in zin.namelist()}
    change(items)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for n, d in items.items():
            z.writestr(n, d)
    return out.getvalue()


def _resign(field, items, mutate):
    m = json.loads(items["manifest.json"])
    mutate(m)
    body = json.dumps(m).encode()
    items["manifest.json"] = body
    items["manifest.sig"] = keys.device_keys(field).signing.sign(body).signature.hex().encode()


def _set_member(items, name, data):
    items[name] = data


HOSTILE = {
    "truncated": (lambda f, raw: raw[: len(raw) // 2], "damaged or truncated"),
    "not a zip": (lambda f, raw: b"hello", "damaged or truncated"),
    "edited record": (
        lambda f, raw: _rezip(
            raw,
            lambda it: it.__setitem__(
                "records/incidents.jsonl", it["records/incidents.jsonl"].replace(b"Checkpoint levy", b"Checkpoint fee!")
            ),
        ),
        "does not match its recorded hash",
    ),
    "edited manifest": (
        lambda f, raw: _rezip(
            raw,
            lambda it: it.__setitem__("manifest.json", it["manifest.json"].replace(b'"sequence": 1', b'"sequence": 7')),
        ),
        "signature does not match",
    ),
    "path traversal": (
        lambda f, raw: _rezip(raw, lambda it: it.__setitem__("../../evil.sh", b"rm -rf /")),
        "unsafe file name",
    ),
    "absolute path": (lambda f, raw: _rezip(raw, lambda it: it.__setitem__("/etc/passwd", b"x")), "unsafe file name"),
    "extra member": (
        lambda f, raw: _rezip(raw, lambda it: it.__setitem__("attachments/" + "0" * 64, b"x")),
        "do not match its manifest",
    ),
    "wrong version": (
        lambda f, raw: _rezip(raw, lambda it: _resign(f, it, lambda m: m.__setitem__("format_version", 3))),
        "format version 3",
    ),
    "history rewritten and re-hashed members": (
        lambda f, raw: _rezip(raw, lambda it: _forge_history(f, it)),
        "altered (hash mismatch)",
    ),
    "assessment without id": (
        lambda f, raw: _rezip(
            raw, lambda it: _resign_member(f, it, "records/assessments.jsonl", _assessment_without_id)
        ),
        "assessment record in the bundle is not readable",
    ),
    "an earlier version is not an object": (
        lambda f, raw: _rezip(
            raw, lambda it: _resign_member(f, it, "records/incidents.jsonl", _two_versions_first_not_an_object)
        ),
        "incident version in the bundle has a broken shape",
    ),
    "same incident twice": (
        lambda f, raw: _rezip(raw, lambda it: _resign_records(f, it, lambda lines: lines + lines[:1])),
        "same incident twice",
    ),
}


def _rehash(rec):
    """Recompute a record's whole version chain, as a sender with its own key could."""
    from fieldkit.hashing import version_hash_text

    prev = ""
    for n, v in enumerate(rec["versions"], start=1):
        v["prev_hash"] = prev
        v["hash"] = prev = version_hash_text(
            rec["id"], n, v["content"], prev, v["reason"], v["created_at"], v["device_id"], v["author"]
        )
    return rec


def _resign_member(field, items, name, change):
    """The sender's own key re-signs a bundle whose member ``name`` (its lines as objects) was changed."""
    lines = [json.loads(x) for x in items[name].decode().splitlines() if x.strip()]
    body = items[name] = "".join(json.dumps(x) + "\n" for x in change(lines)).encode()
    _resign(
        field,
        items,
        lambda m: m["members"].__setitem__(name, {"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)}),
    )


def _two_versions_first_not_an_object(lines):
    rec = lines[0]
    first = dict(rec["versions"][0])
    rec["versions"] = [{**first, "content": "[1, 2]"}, {**first, "version": 2, "reason": "edit"}]
    _rehash(rec)
    return lines


def _assessment_without_id(lines):
    for a in lines:
        a["record_id"] = a.pop("id")
    return lines


def _resign_records(field, items, change):
    """The sender's own key re-signs a bundle whose incident lines were changed."""
    lines = change(items["records/incidents.jsonl"].decode().splitlines())
    body = items["records/incidents.jsonl"] = ("\n".join(lines) + "\n").encode()
    _resign(
        field,
        items,
        lambda m: m["members"].__setitem__(
            "records/incidents.jsonl", {"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)}
        ),
    )


def _forge_history(field, items):
    """A sender's own key re-signs a bundle whose record history was edited: the chain check still catches it."""
    lines = items["records/incidents.jsonl"].decode().splitlines()
    rec = json.loads(lines[0])
    content = json.loads(rec["versions"][0]["content"])
    content["severity"] = 1
    rec["versions"][0]["content"] = json.dumps(content)
    lines[0] = json.dumps(rec)
    items["records/incidents.jsonl"] = ("\n".join(lines) + "\n").encode()
    body = items["records/incidents.jsonl"]
    _resign(
        field,
        items,
        lambda m: m["members"].__setitem__(
            "records/incidents.jsonl", {"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)}
        ),
    )


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_bundles_are_refused_and_change_nothing(pair, case):
    field, hq, clock, tmp = pair
    make, needle = HOSTILE[case]
    bad = tmp / "bad.fkb"
    bad.write_bytes(make(field, _plain(pair)))
    before_counts, before = counts(hq), fingerprint_of(hq)
    with pytest.raises(BundleError) as e:
        bundle.import_bundle(hq, bad)
    assert needle in e.value.message
    assert counts(hq) == before_counts and fingerprint_of(hq) == before


def test_tampered_ciphertext_is_refused(pair):
    field, hq, clock, tmp = pair
    bundle.export_bundle(field, tmp / "b.fkb")
    raw = (tmp / "b.fkb").read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(raw))
    payload = bytearray(zin.read("payload.bin"))
    payload[100] ^= 0xFF
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("envelope.json", zin.read("envelope.json"))
        z.writestr("payload.bin", bytes(payload))
    (tmp / "t.fkb").write_bytes(out.getvalue())
    before = fingerprint_of(hq)
    with pytest.raises(BundleError, match="fail authentication"):
        bundle.import_bundle(hq, tmp / "t.fkb")
    assert fingerprint_of(hq) == before


def test_missing_bundle_is_noticed(pair):
    field, hq, clock, tmp = pair
    for n in (1, 2, 3):
        clock.advance(minutes=1)
        bundle.export_bundle(field, tmp / f"b{n}.fkb", incremental=True)
    bundle.import_bundle(hq, tmp / "b1.fkb")
    rep = bundle.import_bundle(hq, tmp / "b3.fkb")
    assert rep["missing_sequences"] == [2]
    assert bundle.missing_bundles(hq) == {f"{field.device_id}→{hq.device_id}": [2]}


def test_hq_database_is_plain_sqlite(pair):

    field, hq, clock, tmp = pair
    bundle.export_bundle(field, tmp / "b1.fkb")
    bundle.import_bundle(hq, tmp / "b1.fkb")
    conn = raw_connect(hq.db_path)
    assert conn.execute("SELECT count(*) FROM incidents WHERE origin_device = ?", [field.device_id]).fetchone()[0] == 2


def test_csv_geojson_kml_are_readable(pair):
    field, hq, clock, tmp = pair
    field.incidents.add(
        {
            "title": '=HYPERLINK("x")',
            "description": "d",
            "occurred_at": "2026-05-01",
            "lat": 5,
            "lon": 6,
            "category": "CORRUPT",
            "severity": 2,
            "sensitive": True,
        }
    )
    assert exports.export_csv(field, tmp / "i.csv") == 2
    rows = list(csv.DictReader(open(tmp / "i.csv", encoding="utf-8-sig")))
    assert {r["title"] for r in rows} == {"Convoy of 6 trucks at the border crossing", "Checkpoint levy"}
    assert exports.export_csv(field, tmp / "all.csv", include_sensitive=True) == 3
    assert any(r["title"].startswith("'=") for r in csv.DictReader(open(tmp / "all.csv", encoding="utf-8-sig")))
    exports.export_geojson(field, tmp / "i.geojson")
    gj = json.loads((tmp / "i.geojson").read_text())
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == 2
    pt = gj["features"][0]["geometry"]
    assert pt["type"] == "Point" and pt["coordinates"] == [-15.6, 11.86]  # RFC 7946: lon, lat
    exports.export_kml(field, tmp / "i.kml")
    root = ET.parse(tmp / "i.kml").getroot()
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    assert len(root.findall(".//k:Placemark", ns)) == 2
    assert root.find(".//k:Placemark/k:Point/k:coordinates", ns).text == "-15.6,11.86,0"


def test_exports_carry_the_markets_and_deaths_an_incident_records(pair, incident_data):
    """Issue 18's incident fields reach the spreadsheet and GIS exports (CSV columns appended at the end)."""
    field, hq, clock, tmp = pair
    field.incidents.add(
        {**incident_data, "title": "Clash on the cocaine route", "markets": ["DRG_COC", "ARMS"], "fatalities": 4}
    )
    exports.export_csv(field, tmp / "m.csv")
    header = next(csv.reader(open(tmp / "m.csv", encoding="utf-8-sig")))
    assert header[-2:] == ["markets", "fatalities"] and header[:2] == ["id", "title"]
    row = next(r for r in csv.DictReader(open(tmp / "m.csv", encoding="utf-8-sig")) if r["title"].startswith("Clash"))
    assert row["markets"] == "ARMS, DRG_COC" and row["fatalities"] == "4"
    exports.export_geojson(field, tmp / "m.geojson")
    props = next(
        f["properties"]
        for f in json.loads((tmp / "m.geojson").read_text())["features"]
        if f["properties"]["title"].startswith("Clash")
    )
    assert props["markets"] == ["ARMS", "DRG_COC"] and props["fatalities"] == 4
    exports.export_kml(field, tmp / "m.kml")
    kml = (tmp / "m.kml").read_text()
    assert '<Data name="markets"><value>ARMS, DRG_COC</value></Data>' in kml
    assert '<Data name="fatalities"><value>4</value></Data>' in kml


def test_imported_incidents_are_searchable_and_the_index_trigger_survives(pair, incident_data):
    from fieldkit.incidents import IncidentFilter

    field, hq, clock, tmp = pair
    bundle.export_bundle(field, tmp / "b1.fkb")
    bundle.import_bundle(hq, tmp / "b1.fkb")
    assert [r["title"] for r in hq.incidents.search(IncidentFilter(text="levy"))] == ["Checkpoint levy"]
    hq.incidents.add({**incident_data, "title": "Added at HQ after the import"})
    assert len(hq.incidents.search(IncidentFilter(text="after the import"))) == 1
    assert hq.db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'incidents_ai'").fetchone()[0] == 1


def test_own_bundle_is_refused_plainly(pair):
    field, hq, clock, tmp = pair
    bundle.export_bundle(field, tmp / "own.fkb", encrypt_to_hq=False, plain=True)
    with pytest.raises(BundleError, match="made by this device"):
        bundle.import_bundle(field, tmp / "own.fkb")


def _stored(ws):
    """Every incident row and version as stored (row ids aside)."""
    inc = ws.db.execute("SELECT * FROM incidents ORDER BY id").fetchall()
    cols = [d[0] for d in ws.db.execute("SELECT * FROM incident_versions LIMIT 0").description]
    ver = [
        r[1:] for r in ws.db.execute(f"SELECT {', '.join(cols)} FROM incident_versions ORDER BY incident_id, version")
    ]
    return inc, ver


@pytest.fixture
def many(pair):
    from fieldkit import demo

    field, hq, clock, tmp = pair
    field.incidents.add_many(demo.make_incidents(60, 3, clock.now(), demo.load_places()))
    bundle.export_bundle(field, tmp / "many.fkb", encrypt_to_hq=False, plain=True)
    return pair


def test_records_checked_by_two_processes_import_exactly_as_in_one(many, monkeypatch, caplog):
    import logging
    import multiprocessing

    field, hq, clock, tmp = many
    twin = Workspace(tmp / "twin", clock=clock)
    twin.trust.add(keys.public_identity(field))
    one = bundle.import_bundle(twin, tmp / "many.fkb")  # small: checked in this process
    monkeypatch.setattr(bundle, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(bundle, "CHUNK_LINES", 7)
    with caplog.at_level(logging.DEBUG, logger="fieldkit.sync.bundle"):
        two = bundle.import_bundle(hq, tmp / "many.fkb")
    assert any("chunks" in r.getMessage() and "checked in this process" in r.getMessage() for r in caplog.records)
    strip = lambda rep: {k: v for k, v in rep.items() if k not in ("missing_sequences",)}  # noqa: E731
    assert strip(two) == strip(one) and two["added"] > 50
    (inc_a, ver_a), (inc_b, ver_b) = _stored(twin), _stored(hq)
    # the same rows; only the version rows' local ids differ
    assert inc_a == inc_b and len(ver_a) == len(ver_b) == len(inc_a) > 50
    assert [v[1:] for v in ver_a] == [v[1:] for v in ver_b]
    assert hq.incidents.verify()["problems"] == [] and len(hq.incidents.search(IncidentFilter(text="convoy"))) == len(
        twin.incidents.search(IncidentFilter(text="convoy"))
    )
    assert multiprocessing.active_children() == []
    twin.close()


def test_a_broken_record_found_by_the_helper_process_refuses_all(many, monkeypatch):
    import multiprocessing

    field, hq, clock, tmp = many
    raw = (tmp / "many.fkb").read_bytes()

    def break_last(lines):
        rec = json.loads(lines[-1])
        rec["versions"][0]["reason"] = "rewritten"
        return lines[:-1] + [json.dumps(rec)]

    bad = tmp / "bad.fkb"
    bad.write_bytes(_rezip(raw, lambda it: _resign_records(field, it, break_last)))
    monkeypatch.setattr(bundle, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(bundle, "CHUNK_LINES", 5)
    before_counts, before = counts(hq), fingerprint_of(hq)
    with pytest.raises(BundleError, match="altered"):
        bundle.import_bundle(hq, bad)
    assert counts(hq) == before_counts and fingerprint_of(hq) == before
    assert multiprocessing.active_children() == []
    assert bundle.import_bundle(hq, tmp / "many.fkb")["added"] > 50  # and a sound bundle still imports


@pytest.mark.parametrize("how", ["dies", "never answers"])
def test_import_goes_on_alone_when_the_helper_process_fails(many, monkeypatch, how):
    import signal

    field, hq, clock, tmp = many
    monkeypatch.setattr(bundle, "PARALLEL_MIN_BYTES", 0)
    monkeypatch.setattr(bundle, "CHUNK_LINES", 9)
    monkeypatch.setattr(bundle, "HELPER_PATIENCE", 0.2)
    start = bundle._RecordChecker.__init__

    def crippled(self, size_hint):
        start(self, size_hint)
        os.kill(self.proc.pid, signal.SIGKILL if how == "dies" else signal.SIGSTOP)

    monkeypatch.setattr(bundle._RecordChecker, "__init__", crippled)
    rep = bundle.import_bundle(hq, tmp / "many.fkb")
    assert rep["added"] > 50 and rep["rejected"] == [] and hq.incidents.verify()["problems"] == []


def test_the_helper_process_answers(pair):
    assert bundle.helper_process_answers(pair[1])


def test_a_large_import_is_committed_first_and_copied_into_the_file_afterwards(many, monkeypatch):
    """The commit does not wait for the checkpoint (the copy of the write-ahead log into the database file):
    a thread of its own does it afterwards, and nothing committed depends on it."""

    from fieldkit import storage

    field, hq, clock, tmp = many
    monkeypatch.setattr(bundle, "CHECKPOINT_AFTER", 10)
    hq.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the file holds the whole database before the import
    hq.db.execute("PRAGMA wal_autocheckpoint=5")  # any commit of more than 5 pages would copy them itself
    later = []
    monkeypatch.setattr(storage, "checkpoint_in_background", later.append)

    def in_file_only():  # the database file as it is, without the log (immutable: ignores the -wal file)
        conn = raw_connect(f"file:{hq.db_path.as_posix()}?immutable=1", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM incidents").fetchone()[0]
        finally:
            conn.close()

    rep = bundle.import_bundle(hq, tmp / "many.fkb")
    assert rep["added"] > 50 and later == [hq.db_path]
    n = hq.db.execute("SELECT count(*) FROM incidents").fetchone()[0]
    assert n > 50 and in_file_only() == 0  # committed, not copied yet
    assert hq.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 5  # the setting is back
    monkeypatch.undo()
    storage.checkpoint_in_background(hq.db_path).join()
    assert in_file_only() == n


def test_a_refused_large_import_starts_no_checkpoint(many, monkeypatch):
    from fieldkit import storage

    field, hq, clock, tmp = many
    monkeypatch.setattr(bundle, "CHECKPOINT_AFTER", 10)
    later = []
    monkeypatch.setattr(storage, "checkpoint_in_background", later.append)
    raw = (tmp / "many.fkb").read_bytes()

    def break_last(lines):  # found while the records are being written, inside the transaction
        rec = json.loads(lines[-1])
        rec["versions"][0]["reason"] = "rewritten"
        return lines[:-1] + [json.dumps(rec)]

    bad = tmp / "bad.fkb"
    bad.write_bytes(_rezip(raw, lambda it: _resign_records(field, it, break_last)))
    before = fingerprint_of(hq)
    with pytest.raises(BundleError, match="altered"):
        bundle.import_bundle(hq, bad)
    assert later == [] and fingerprint_of(hq) == before
    assert hq.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000


def test_an_import_that_rebuilds_the_indexes_leaves_them_all_in_place(many, monkeypatch):
    field, hq, clock, tmp = many
    from fieldkit.incidents import remote

    monkeypatch.setattr(remote, "REBUILD_MIN_ROWS", 10)  # the "many" bundle then counts as large

    def schema():
        return sorted(
            hq.db.execute("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger')").fetchall()
        )

    before = schema()
    assert any(name == "idx_incidents_occurred" for _, name, _ in before)
    assert bundle.import_bundle(hq, tmp / "many.fkb")["added"] > 50
    assert schema() == before
    assert hq.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    plan = " ".join(
        r[3] for r in hq.db.execute("EXPLAIN QUERY PLAN SELECT id FROM incidents WHERE occurred_at > '2026'")
    )
    assert "idx_incidents_occurred" in plan


def test_kml_stays_valid_xml_whatever_a_record_holds(pair, incident_data):
    field, hq, clock, tmp = pair
    field.incidents.add({**incident_data, "title": "Bell\x07 and\x1b[2J escape", "description": "form\x0cfeed"})
    exports.export_kml(field, tmp / "i.kml")
    root = ET.parse(tmp / "i.kml").getroot()  # parses: no character XML forbids
    names = [e.text for e in root.iter("{http://www.opengis.net/kml/2.2}name")]
    assert any(n and n.startswith("Bell") and "escape" in n for n in names)


def test_a_failed_export_leaves_no_file_behind(pair, monkeypatch):
    field, hq, clock, tmp = pair

    def broken(*a, **k):
        yield from ()
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(exports, "_rows", broken)
    for kind, fn in exports.EXPORTERS.items():
        with pytest.raises(DiskFull):
            fn(field, tmp / f"x.{kind}")
        assert not (tmp / f"x.{kind}").exists()
    assert not [p for p in tmp.iterdir() if p.name.endswith(".part")]


def test_an_export_with_nothing_to_encrypt_to_is_refused_unless_plain_is_chosen(tmp_path, incident_data):
    from fieldkit.errors import BundleNotProtected

    ws = Workspace(tmp_path / "w")
    ws.incidents.add(incident_data)
    with pytest.raises(BundleNotProtected, match="readable by anyone"):
        bundle.export_bundle(ws, tmp_path / "b.fkb")
    assert not (tmp_path / "b.fkb").exists() and ws.db.execute("SELECT count(*) FROM bundle_exports").fetchone()[0] == 0
    bundle.export_bundle(ws, tmp_path / "b.fkb", plain=True)
    assert "manifest.json" in zipfile.ZipFile(tmp_path / "b.fkb").namelist()
    ws.close()


def test_a_draft_without_a_location_travels_in_a_bundle_and_exports(pair, incident_data):
    field, hq, clock, tmp = pair
    draft = field.incidents.add(
        {**incident_data, "title": "Rumour of a camp", "status": "draft", "lat": None, "lon": None, "description": ""}
    )
    bundle.export_bundle(field, tmp / "b.fkb")
    rep = bundle.import_bundle(hq, tmp / "b.fkb")
    assert rep["rejected"] == [] and rep["added"] == 4
    got = hq.incidents.get(draft["id"])
    assert (got["lat"], got["lon"], got["head_hash"]) == (None, None, draft["head_hash"])
    assert hq.verify()["ok"]
    # CSV: empty cells; GeoJSON: a feature without geometry (RFC 7946 3.2); KML: a placemark without a point
    exports.export_csv(hq, tmp / "d.csv")
    row = next(r for r in csv.DictReader(open(tmp / "d.csv", encoding="utf-8-sig")) if r["id"] == draft["id"])
    assert (row["lat"], row["lon"]) == ("", "")
    exports.export_geojson(hq, tmp / "d.geojson")
    feats = {f["id"]: f for f in json.loads((tmp / "d.geojson").read_text())["features"]}
    assert feats[draft["id"]]["geometry"] is None and feats[draft["id"]]["properties"]["title"] == "Rumour of a camp"
    assert all(f["geometry"]["type"] == "Point" for i, f in feats.items() if i != draft["id"])
    exports.export_kml(hq, tmp / "d.kml")
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    marks = ET.parse(tmp / "d.kml").getroot().findall(".//k:Placemark", ns)
    assert len(marks) == 3 and sum(m.find("k:Point", ns) is None for m in marks) == 1


def test_the_same_bundle_imported_twice_at_once_counts_once(pair):
    import threading

    field, hq, _, tmp = pair
    bundle.export_bundle(field, tmp / "b1.fkb")
    barrier, reports, errors = threading.Barrier(2), [], []

    def importer():
        try:
            barrier.wait()
            reports.append(bundle.import_bundle(hq, tmp / "b1.fkb"))
        except Exception as e:  # noqa: BLE001 - reported by the assertion below
            errors.append(e)
        finally:
            hq.release_thread()

    threads = [threading.Thread(target=importer) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert hq.db.execute("SELECT count(*) FROM bundle_imports").fetchone()[0] == 1
    assert hq.db.execute("SELECT count(*) FROM assessments").fetchone()[0] == 1  # nothing lost on the way
    assert sorted(r["added"] for r in reports) == [0, 3]


def test_two_bundles_with_the_same_records_imported_at_once_into_an_empty_workspace(pair):
    import threading

    field, hq, _, tmp = pair
    bundle.export_bundle(field, tmp / "b1.fkb")
    bundle.export_bundle(field, tmp / "b2.fkb")  # a second full bundle: the same records, another file
    barrier, reports, errors = threading.Barrier(2), [], []

    def importer(path):
        try:
            barrier.wait()
            reports.append(bundle.import_bundle(hq, path))
        except Exception as e:  # noqa: BLE001 - reported by the assertion below
            errors.append(e)
        finally:
            hq.release_thread()

    threads = [threading.Thread(target=importer, args=(tmp / n,)) for n in ("b1.fkb", "b2.fkb")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted((r["added"], r["unchanged"]) for r in reports) == [(0, 3), (3, 0)]
    assert hq.db.execute("SELECT count(*) FROM bundle_imports").fetchone()[0] == 2
    assert hq.verify()["ok"]
