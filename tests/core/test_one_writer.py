"""Each table has one writer; sync merges through the stores; what a bundle brings is stored only in the
validated, canonical form; every write reports what it touched."""

import ast
import hashlib
import io
import json
import re
import zipfile
from pathlib import Path

import pytest

from fieldkit.changes import ANSWERS, ASSESSMENTS, ATTACHMENTS, BUNDLES, INCIDENTS, SETTINGS, TOMBSTONES, TRUST
from fieldkit.clock import FixedClock
from fieldkit.hashing import canonical_json, version_hash_text
from fieldkit.signatures import sign_version
from fieldkit.sync import bundle, keys
from tests.workspaces import Workspace

ROOT = Path(__file__).resolve().parents[2]

# table -> the modules allowed to write it
OWNERS = {
    "incidents": {"fieldkit/incidents/store.py", "fieldkit/incidents/remote.py"},
    "incident_versions": {"fieldkit/incidents/store.py", "fieldkit/incidents/remote.py"},
    "attachments": {"fieldkit/incidents/store.py"},
    "incident_attachments": {"fieldkit/incidents/store.py", "fieldkit/incidents/remote.py"},
    "incidents_fts": {"fieldkit/incidents/remote.py"},  # else kept by the schema's triggers
    "map_cells": {"fieldkit/incidents/remote.py"},  # else kept by the schema's triggers (step 12)
    "editor_drafts": {"fieldkit/incidents/drafts.py"},
    "tombstones": {"fieldkit/tombstones.py"},
    "assessments": {"fieldkit/checklists/assessments.py"},
    "assessment_versions": {"fieldkit/checklists/assessments.py"},
    "answers": {"fieldkit/checklists/assessments.py"},
    "assessment_judgements": {"fieldkit/checklists/records.py"},
    "assessment_markets": {"fieldkit/checklists/records.py"},
    "assessment_actors": {"fieldkit/checklists/records.py"},
    "trusted_keys": {"fieldkit/sync/keys.py"},
    "device_keys": {"fieldkit/sync/keys.py"},
    "settings": {"fieldkit/workspace.py"},
    "bundle_exports": {"fieldkit/sync/bundle.py"},
    "bundle_imports": {"fieldkit/sync/bundle.py"},
    "conflicts": {"fieldkit/sync/bundle.py"},
    "merged_heads": {"fieldkit/sync/bundle.py"},
    "revocations": {"fieldkit/sync/lifecycle.py"},
    "receipts": {"fieldkit/sync/lifecycle.py"},
    "key_rotations": {"fieldkit/sync/lifecycle.py"},
    "_migrations": {"fieldkit/storage.py"},
    "_dirty": {"fieldkit/workspace.py"},  # TEMP: this connection's mark of a transaction that moved the inventory
    "temp": {"fieldkit/workspace.py"},
    # the gazetteer's index, in its own cache file (public data, rebuilt at will)
    "places": {"fieldkit/places.py"},
    "place_names": {"fieldkit/places.py"},
    "place_countries": {"fieldkit/places.py"},
    "place_meta": {"fieldkit/places.py"},
    # a basemap pack being cut (a new MBTiles file of its own, not the workspace)
    "tiles": {"fieldkit/mbtiles.py"},
    "metadata": {"fieldkit/mbtiles.py"},
}
# the HQ store's modules write PostgreSQL's tables of the same names (another database, written by nobody else);
# that they leave the workspace's own untouched is tests/hq/test_store.py's test_publishing_writes_nothing_here
PG_STORE = "fieldkit/hq/"
# a write whose table is computed ({table}) is allowed only in a store that writes several of its own tables
DYNAMIC_OK = {"fieldkit/incidents/store.py", "fieldkit/checklists/assessments.py"}
WRITE = re.compile(
    r"\b(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|(?<!DO )UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+"
    r"([A-Za-z_][A-Za-z0-9_]*|\{[^}]*\})",
    re.I,
)
SQLITE_UTILS_WRITE = re.compile(r"\.(insert|insert_all|upsert|upsert_all|delete_where|update)\(")


def _strings(path: Path):
    """Every string constant (f-string parts joined) in a module, with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value
        elif isinstance(node, ast.JoinedStr):
            yield node.lineno, "".join(v.value if isinstance(v, ast.Constant) else "{x}" for v in node.values)


def table_writes(root: Path = ROOT) -> list[tuple[str, str, int]]:
    """(module, table, line) for every SQL write in fieldkit/ and ui/."""
    found = []
    for path in sorted([*(root / "fieldkit").rglob("*.py"), *(root / "ui").rglob("*.py")]):
        rel = path.relative_to(root).as_posix()
        if rel.startswith(PG_STORE):
            continue
        for line, text in _strings(path):
            for m in WRITE.finditer(text):
                if m.group(0).upper().startswith("UPDATE") and not re.search(r"\bSET\b", text, re.I):
                    continue  # "update" in prose
                if (rel, m.group(1), line) not in found:  # an f-string's parts are seen twice
                    found.append((rel, m.group(1), line))
    return found


def test_no_module_outside_a_store_writes_its_tables():
    writes = table_writes()
    assert any(t == "incidents" for _, t, _ in writes)  # the scan sees the real writers
    wrong = [
        f"{mod}:{line} writes {table}"
        for mod, table, line in writes
        if (mod not in DYNAMIC_OK if table.startswith("{") else mod not in OWNERS.get(table, set()))
    ]
    assert wrong == []


def test_the_scan_finds_a_write_put_in_the_wrong_module(tmp_path):
    (tmp_path / "fieldkit" / "sync").mkdir(parents=True)
    (tmp_path / "ui").mkdir()
    (tmp_path / "fieldkit" / "sync" / "bundle.py").write_text(
        'def f(db, rid):\n    db.execute("DELETE FROM incident_versions WHERE incident_id = ?", [rid])\n'
        '    db.execute(f"UPDATE assessments SET {cols} WHERE id = ?", [])\n'
    )
    assert [(m, t) for m, t, _ in table_writes(tmp_path)] == [
        ("fieldkit/sync/bundle.py", "incident_versions"),
        ("fieldkit/sync/bundle.py", "assessments"),
    ]


def test_no_sqlite_utils_table_writes_bypass_the_stores():
    offenders = []
    for path in [*(ROOT / "fieldkit").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\bdb\[[^\]]+\]" + SQLITE_UTILS_WRITE.pattern, line) or ".table(" in line:
                offenders.append(f"{path.relative_to(ROOT)}:{n}")
    assert offenders == []


# ---------------------------------------------------------------------------------------------------------
@pytest.fixture
def pair(tmp_path, incident_data):
    clock = FixedClock("2026-06-01T12:00:00Z")
    field = Workspace(tmp_path / "field", clock=clock)
    hq = Workspace(tmp_path / "hq", clock=clock)
    hq.trust.add(keys.public_identity(field))
    yield field, hq, clock, tmp_path
    field.close()
    hq.close()


def _signed_bundle(field, path: Path, change_incident=None, change_assessment=None) -> Path:
    """A plain bundle of ``field`` whose records were changed and then re-hashed and re-signed (versions and
    manifest) with the sender's own key: as a holder of a trusted key could make it."""
    bundle.export_bundle(field, path, encrypt_to_hq=False, plain=True)
    zin = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    items = {n: zin.read(n) for n in zin.namelist()}

    def rechain(rec, mutate):
        content = json.loads(rec["versions"][-1]["content"])
        mutate(content)
        v = rec["versions"][-1]
        v["content"] = canonical_json(content)
        v["hash"] = version_hash_text(
            rec["id"],
            v["version"],
            v["content"],
            v["prev_hash"],
            v["reason"],
            v["created_at"],
            v["device_id"],
            v["author"],
        )
        v["signature"] = sign_version(keys.device_keys(field).signing, v["hash"])  # the sender's own key

    for name, change in (
        ("records/incidents.jsonl", change_incident),
        ("records/assessments.jsonl", change_assessment),
    ):
        if change is None:
            continue
        recs = [json.loads(x) for x in items[name].decode().splitlines() if x.strip()]
        change(recs, rechain)
        items[name] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode()
    m = json.loads(items["manifest.json"])
    for name in ("records/incidents.jsonl", "records/assessments.jsonl"):
        m["members"][name] = {"sha256": hashlib.sha256(items[name]).hexdigest(), "size": len(items[name])}
    items["manifest.json"] = json.dumps(m).encode()
    items["manifest.sig"] = keys.device_keys(field).signing.sign(items["manifest.json"]).signature.hex().encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for n, d in items.items():
            z.writestr(n, d)
    path.write_bytes(out.getvalue())
    return path


BAD_CONTENT = {
    "latitude as text": lambda c: c.__setitem__("lat", "16,5"),
    "latitude as a whole number": lambda c: c.__setitem__("lat", 16),
    "final incident without a location": lambda c: (c.__setitem__("lat", None), c.__setitem__("lon", None)),
    "latitude without longitude": lambda c: c.__setitem__("lon", None),
    "title of 10 MB": lambda c: c.__setitem__("title", "x" * 10_000_000),
    "description of 1 MB": lambda c: c.__setitem__("description", "y" * 1_000_000),
    "lower-case category": lambda c: c.__setitem__("category", c["category"].lower()),
    "tags as a string": lambda c: c.__setitem__("tags", "smuggling,gold"),
    "unknown field": lambda c: c.__setitem__("injected", "<script>"),
    "missing trash flag": lambda c: c.pop("deleted"),
    "attachment name with a folder": lambda c: c["attachments"].append(
        {"sha256": c["attachments"][0]["sha256"], "filename": "../../x.sh"}
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_CONTENT))
def test_a_signed_record_in_a_non_canonical_form_is_rejected_never_stored_raw(pair, incident_data, case):
    field, hq, clock, tmp = pair
    photo = tmp / "p.jpg"
    photo.write_bytes(b"jpeg" * 100)
    bad = field.incidents.add({**incident_data, "title": "Target"}, attachments=[photo])
    good = field.incidents.add({**incident_data, "title": "Fine"})

    def change(recs, rechain):
        for r in recs:
            if r["id"] == bad["id"]:
                rechain(r, BAD_CONTENT[case])

    path = _signed_bundle(field, tmp / "b.fkb", change_incident=change)
    rep = bundle.import_bundle(hq, path)
    assert [r["record"] for r in rep["rejected"]] == [bad["id"]] and rep["rejected"][0]["reason"]
    assert rep["added"] == 1 and hq.incidents.get(good["id"])["title"] == "Fine"
    assert hq.db.execute("SELECT count(*) FROM incidents WHERE id = ?", [bad["id"]]).fetchone()[0] == 0
    assert hq.verify()["ok"]


def test_every_imported_value_is_the_validated_one(pair, incident_data):
    """A record that passes is stored exactly as validate() gives it, and verifies."""
    from fieldkit.incidents import EDITABLE, validate

    field, hq, clock, tmp = pair
    rec = field.incidents.add({**incident_data, "lat": "16,5", "category": "extort", "tags": "Gold, smuggling"})
    rep = bundle.import_bundle(hq, _signed_bundle(field, tmp / "b.fkb"))
    assert rep["added"] == 1 and rep["rejected"] == []
    got = hq.incidents.get(rec["id"])
    assert {k: got[k] for k in EDITABLE} == validate({k: got[k] for k in EDITABLE}, hq.vocab, clock.now())
    assert got["lat"] == 16.5 and type(got["lat"]) is float and got["category"] == "EXTORT"
    assert hq.verify()["ok"]


@pytest.mark.parametrize(
    "case,mutate",
    [
        ("bbox a word", lambda a: a.__setitem__("area_bbox", "west")),
        ("bbox of three numbers", lambda a: a.__setitem__("area_bbox", [1.0, 2.0, 3.0])),
        ("status unknown", lambda a: a.__setitem__("status", "approved")),
        ("period not a date", lambda a: a.__setitem__("period_end", "soon")),
        ("answer out of range", lambda a: a["answers"]["A1"].__setitem__("value", 99)),
        ("evidence not incident ids", lambda a: a["answers"]["A1"].__setitem__("evidence", ["<b>x</b>"])),
        ("area point as text", lambda a: (a.__setitem__("area_lat", "16"), a.__setitem__("area_lon", "1"))),
    ],
)
def test_an_assessment_in_a_form_fieldkit_does_not_store_is_rejected(pair, case, mutate):
    field, hq, clock, tmp = pair
    a = field.assessments.new("Gao")
    field.assessments.answer(a["id"], "A1", "3")

    def change(recs, rechain):
        for r in recs:
            mutate(r)

    rep = bundle.import_bundle(hq, _signed_bundle(field, tmp / "b.fkb", change_assessment=change))
    assert [r["record"] for r in rep["rejected"]] == [a["id"]], rep
    assert hq.db.execute("SELECT count(*) FROM assessments").fetchone()[0] == 0


def test_an_incoming_deletion_removes_the_orphaned_attachment_as_a_purge_does(pair, incident_data):
    field, hq, clock, tmp = pair
    photo = tmp / "p.jpg"
    photo.write_bytes(b"evidence" * 300)
    rec = field.incidents.add(incident_data, attachments=[photo])
    sha = rec["attachments"][0]["sha256"]
    bundle.export_bundle(field, tmp / "b1.fkb", encrypt_to_hq=False, plain=True)
    bundle.import_bundle(hq, tmp / "b1.fkb")
    assert hq.incidents.attachment_path(sha).exists()
    field.incidents.delete(rec["id"])
    field.incidents.purge(rec["id"])
    assert not field.incidents.attachment_path(sha).exists()  # the purge here
    clock.advance(minutes=5)
    bundle.export_bundle(field, tmp / "b2.fkb", incremental=True, encrypt_to_hq=False, plain=True)
    rep = bundle.import_bundle(hq, tmp / "b2.fkb")
    assert rep["deleted"] == 1
    for ws in (field, hq):  # the same result on both sides
        assert ws.db.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
        assert ws.db.execute("SELECT count(*) FROM incident_attachments").fetchone()[0] == 0
        assert not ws.incidents.attachment_path(sha).exists()
        assert ws.verify()["ok"]


def test_an_attachment_another_incident_uses_survives_an_incoming_deletion(pair, incident_data):
    field, hq, clock, tmp = pair
    photo = tmp / "p.jpg"
    photo.write_bytes(b"shared" * 300)
    a = field.incidents.add(incident_data, attachments=[photo])
    field.incidents.add({**incident_data, "title": "Same photo"}, attachments=[photo])
    bundle.export_bundle(field, tmp / "b1.fkb", encrypt_to_hq=False, plain=True)
    bundle.import_bundle(hq, tmp / "b1.fkb")
    field.incidents.delete(a["id"])
    field.incidents.purge(a["id"])
    clock.advance(minutes=5)
    bundle.export_bundle(field, tmp / "b2.fkb", incremental=True, encrypt_to_hq=False, plain=True)
    bundle.import_bundle(hq, tmp / "b2.fkb")
    sha = a["attachments"][0]["sha256"]
    assert hq.incidents.open_attachment(sha).exists() and hq.verify()["ok"]


# ---------------------------------------------------------------------------------------------------------
def test_every_write_reports_what_it_touched(pair, incident_data):
    field, hq, clock, tmp = pair
    photo = tmp / "p.jpg"
    photo.write_bytes(b"jpeg" * 100)
    with field.tracking() as c:
        rec = field.incidents.add(incident_data, attachments=[photo])
    assert c.ids(INCIDENTS) == {rec["id"]} and c.touches(ATTACHMENTS) and not c.touches(ASSESSMENTS)
    for op in (
        lambda: field.incidents.update(rec["id"], {"severity": 5}, reason="x"),
        lambda: field.incidents.delete(rec["id"]),
        lambda: field.incidents.restore(rec["id"]),
    ):
        with field.tracking() as c:
            op()
        assert c.ids(INCIDENTS) == {rec["id"]}
    with field.tracking() as c:
        a = field.assessments.new("Gao")
        field.assessments.answer(a["id"], "A1", "3")
    assert c.ids(ASSESSMENTS) == {a["id"]} and c.ids(ANSWERS) == {a["id"]}
    with field.tracking() as c:
        field.settings.set("user_name", "Awa")
    assert c.ids(SETTINGS) == {"user_name"}
    bundle.export_bundle(field, tmp / "b.fkb", encrypt_to_hq=False, plain=True)
    stranger = keys.public_identity(field)
    hq.trust.remove(stranger["sign"])
    with hq.tracking() as c:
        bundle.import_bundle(hq, tmp / "b.fkb", trust=True)
    assert c.ids(INCIDENTS) == {rec["id"]} and c.ids(ASSESSMENTS) == {a["id"]}
    assert c.touches(TRUST, BUNDLES, ATTACHMENTS)
    field.incidents.delete(rec["id"])
    with field.tracking() as c:
        field.incidents.purge(rec["id"])
    assert c.ids(INCIDENTS) == {rec["id"]} and c.ids(TOMBSTONES) == {rec["id"]} and c.touches(ATTACHMENTS)


def test_tracking_sees_only_its_own_thread(pair, incident_data):
    import threading

    field, hq, clock, tmp = pair
    with field.tracking() as c:
        t = threading.Thread(target=lambda: field.incidents.add(incident_data))
        t.start()
        t.join()
    assert not c.touches(INCIDENTS)
    assert field.incidents.count() == 1  # the other thread's write, on its own connection, is there
