import json
import subprocess
import sys
from pathlib import Path

import pytest

from fieldkit.errors import FieldkitError, IntegrityFailure, SearchQueryError, ValidationError
from fieldkit.incidents import DraftStore, IncidentFilter
from tests.workspaces import Workspace


def _counts(ws):
    return ws.counts()


@pytest.mark.parametrize(
    "field,value,needle",
    [
        ("lat", 91, "Latitude must be a number between -90 and 90"),
        ("lon", "east", "Longitude must be a number between -180 and 180"),
        ("occurred_at", "2026-07-01", "in the future"),
        ("occurred_at", "yesterday", "is not a date"),
        ("category", "NOPE", "'NOPE' is not a known category code"),
        ("severity", 7, "whole number from 1"),
        ("title", "", "A title is required"),
        ("source_grade", "Z9", "is not a source grade"),
    ],
)
def test_each_bad_field_gets_a_plain_message_and_changes_nothing(ws, incident_data, field, value, needle):
    before = _counts(ws)
    with pytest.raises(ValidationError) as e:
        ws.incidents.add({**incident_data, field: value})
    assert field in e.value.errors
    assert needle in e.value.errors[field]
    assert _counts(ws) == before


def test_add_normalises_and_stores_the_record(ws, incident_data):
    rec = ws.incidents.add({**incident_data, "occurred_at": "2026-05-30"})
    assert rec["occurred_precision"] == "day"
    assert rec["source_reliability"] == "B" and rec["source_credibility"] == "2"
    assert rec["tags"] == ["border", "night"]
    assert rec["device_id"] == ws.device_id and rec["status"] == "final" and rec["version"] == 1


def test_editing_a_final_incident_needs_a_reason_and_keeps_the_previous_version(ws, incident_data, clock):
    rec = ws.incidents.add(incident_data)
    with pytest.raises(ValidationError) as e:
        ws.incidents.update(rec["id"], {"severity": 4})
    assert "reason" in e.value.errors
    assert ws.incidents.get(rec["id"])["severity"] == 3
    clock.advance(minutes=5)
    new = ws.incidents.update(rec["id"], {"severity": 4}, reason="Second source confirmed casualties")
    versions = ws.incidents.versions(rec["id"])
    assert [v["version"] for v in versions] == [1, 2]
    assert versions[0]["content"]["severity"] == 3 and versions[1]["content"]["severity"] == 4
    assert versions[1]["prev_hash"] == versions[0]["hash"] and new["head_hash"] == versions[1]["hash"]
    assert versions[1]["reason"] == "Second source confirmed casualties"
    # saving without a change writes no version
    ws.incidents.update(rec["id"], {"severity": 4}, reason="no-op")
    assert len(ws.incidents.versions(rec["id"])) == 2


def test_draft_incidents_can_be_edited_without_reason(ws, incident_data):
    rec = ws.incidents.add({**incident_data, "status": "draft", "description": ""})
    ws.incidents.update(rec["id"], {"title": "Convoy (8 trucks)"})
    assert ws.incidents.get(rec["id"])["version"] == 2


def test_verify_detects_a_row_edited_behind_the_apps_back(ws, incident_data):
    rec = ws.incidents.add(incident_data)
    ws.incidents.add({**incident_data, "title": "Another"})
    assert ws.incidents.verify()["problems"] == []
    with ws.db.atomic():
        ws.db.execute("UPDATE incidents SET severity = 1 WHERE id = ?", [rec["id"]])
    problems = ws.incidents.verify()["problems"]
    assert len(problems) == 1 and problems[0]["record"] == rec["id"]
    assert "differs from its last saved version" in problems[0]["problem"]


def test_verify_detects_altered_history(ws, incident_data):
    rec = ws.incidents.add(incident_data)
    ws.incidents.update(rec["id"], {"severity": 5}, reason="escalated")
    with ws.db.atomic():
        row = ws.db.execute(
            "SELECT content FROM incident_versions WHERE incident_id = ? AND version = 1", [rec["id"]]
        ).fetchone()
        content = json.loads(row[0])
        content["title"] = "Nothing happened"
        ws.db.execute(
            "UPDATE incident_versions SET content = ? WHERE incident_id = ? AND version = 1",
            [json.dumps(content), rec["id"]],
        )
    problems = ws.incidents.verify()["problems"]
    assert any("version 1 was altered" in p["problem"] for p in problems)


def test_verify_detects_a_deleted_version(ws, incident_data):
    rec = ws.incidents.add(incident_data)
    ws.incidents.update(rec["id"], {"severity": 5}, reason="escalated")
    ws.incidents.update(rec["id"], {"severity": 4}, reason="de-escalated")
    with ws.db.atomic():
        ws.db.execute("DELETE FROM incident_versions WHERE incident_id = ? AND version = 2", [rec["id"]])
    assert any("missing" in p["problem"] for p in ws.incidents.verify()["problems"])


def test_attachments_are_stored_by_hash_and_tampering_is_caught(ws, incident_data, tmp_path):
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8fake jpeg bytes" * 100)
    rec = ws.incidents.add(incident_data, attachments=[photo])
    att = rec["attachments"][0]
    import hashlib

    assert att["sha256"] == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert att["filename"] == "photo.jpg" and att["size"] == photo.stat().st_size
    stored = ws.incidents.open_attachment(att["sha256"])
    assert stored.read_bytes() == photo.read_bytes()
    assert ws.incidents.versions(rec["id"])[0]["content"]["attachments"][0]["sha256"] == att["sha256"]
    assert ws.incidents.verify()["problems"] == []
    stored.write_bytes(b"doctored")
    with pytest.raises(IntegrityFailure):
        ws.incidents.open_attachment(att["sha256"])
    assert any(p["kind"] == "attachment" for p in ws.incidents.verify()["problems"])


def test_missing_attachment_file_rejects_the_whole_incident(ws, incident_data, tmp_path):
    with pytest.raises(ValidationError):
        ws.incidents.add(incident_data, attachments=[tmp_path / "nope.jpg"])
    assert ws.counts()["incidents"] == 0


def test_trash_restore_and_purge(ws, incident_data):
    rec = ws.incidents.add(incident_data)
    ws.incidents.delete(rec["id"])
    assert ws.incidents.count() == 0 and ws.incidents.count(IncidentFilter(trash=True)) == 1
    with pytest.raises(FieldkitError):
        ws.incidents.update(rec["id"], {"severity": 1}, reason="x")
    ws.incidents.restore(rec["id"])
    assert ws.incidents.count() == 1
    reasons = [v["reason"] for v in ws.incidents.versions(rec["id"])]
    assert reasons == ["Created", "Moved to the trash", "Restored from the trash"]
    with pytest.raises(FieldkitError):
        ws.incidents.purge(rec["id"])
    ws.incidents.delete(rec["id"])
    ws.incidents.purge(rec["id"])
    assert ws.db.execute("SELECT count(*) FROM incidents").fetchone()[0] == 0
    assert ws.db.execute("SELECT record_id FROM tombstones").fetchone()[0] == rec["id"]
    assert ws.incidents.verify()["problems"] == []


def test_search_combines_full_text_and_filters(ws, incident_data):
    s = ws.incidents
    s.add({**incident_data, "title": "Cocaine seizure at the port of Bissau", "category": "INT_SEIZURE", "severity": 4})
    s.add({**incident_data, "title": "Convoy crossing near Gabú", "lat": 12.28, "lon": -14.22, "place": "Gabú"})
    s.add(
        {
            **incident_data,
            "title": "Extortion at checkpoint",
            "category": "EXTORT",
            "severity": 2,
            "occurred_at": "2026-01-05",
            "actors": [{"name": "Porto Gang", "type": "GANG"}],
        }
    )
    s.add(
        {
            **incident_data,
            "title": "Pirates off Somalia",
            "lat": 5.1,
            "lon": 46.2,
            "category": "PIRACY",
            "sensitive": True,
        }
    )
    titles = lambda flt: sorted(r["title"] for r in s.search(flt))  # noqa: E731
    assert titles(IncidentFilter(text="cocaine")) == ["Cocaine seizure at the port of Bissau"]
    assert titles(IncidentFilter(text="gabu")) == ["Convoy crossing near Gabú"]  # accents folded
    assert titles(IncidentFilter(text="porto")) == ["Extortion at checkpoint"]  # actor names are searched
    assert titles(IncidentFilter(text="conv*")) == ["Convoy crossing near Gabú"]
    assert titles(IncidentFilter(text="cocain")) == ["Cocaine seizure at the port of Bissau"]  # a word's start finds it
    assert titles(IncidentFilter(text='"cocain"')) == []  # a quoted word is exact
    assert s.search(IncidentFilter(text="Guinea-Bissau")) == []  # hyphenated words are not a syntax error
    assert len(s.search(IncidentFilter(text="Guinea-Bissau OR Bissau"))) == 3  # every place but Gabú
    assert titles(IncidentFilter(severity_min=4)) == ["Cocaine seizure at the port of Bissau"]
    assert titles(IncidentFilter(categories=["EXTORT", "PIRACY"])) == ["Extortion at checkpoint", "Pirates off Somalia"]
    assert titles(IncidentFilter(date_to="2026-01-31")) == ["Extortion at checkpoint"]
    assert titles(IncidentFilter(date_from="2026-05-30", date_to="2026-05-30", text="convoy")) == [
        "Convoy crossing near Gabú"
    ]
    assert titles(IncidentFilter(bbox=(40, 0, 50, 10))) == ["Pirates off Somalia"]
    assert "Pirates off Somalia" not in titles(IncidentFilter(include_sensitive=False))
    assert titles(IncidentFilter(text="port", categories=["INT_SEIZURE"])) == ["Cocaine seizure at the port of Bissau"]
    # -word leaves out what it matches (a prefix, as a word looked for), -"a phrase" too
    everything = titles(IncidentFilter(text="bissau OR gabu OR somalia"))
    assert titles(IncidentFilter(text="bissau OR gabu OR somalia -gab")) == [t for t in everything if "Gabú" not in t]
    assert titles(IncidentFilter(text='bissau -"port of bissau"')) == ["Extortion at checkpoint", "Pirates off Somalia"]
    assert titles(IncidentFilter(text="convoy -gabu")) == []
    assert titles(IncidentFilter(text="convoy -cocaine")) == ["Convoy crossing near Gabú"]


@pytest.mark.parametrize("query", ['"unclosed', "AND", "convoy OR", "NOT", "-convoy", '-"a phrase"'])
def test_malformed_queries_get_a_plain_message(ws, incident_data, query):
    ws.incidents.add(incident_data)
    with pytest.raises(SearchQueryError) as e:
        ws.incidents.search(IncidentFilter(text=query))
    assert e.value.message and "Traceback" not in e.value.message


def test_search_rowids_and_paging_agree_with_search(ws, incident_data):
    for i in range(30):
        ws.incidents.add({**incident_data, "title": f"Event {i}", "severity": 1 + i % 5})
    ids = ws.incidents.search_rowids(IncidentFilter(severity_min=3), sort="severity")
    rows = ws.incidents.rows_by_rowid(ids)
    sev = [rows[r]["severity"] for r in ids]
    assert sev == sorted(sev, reverse=True) and len(ids) == 18


def test_editor_draft_survives_a_killed_process(tmp_path):
    """A child process autosaves half-typed input (invalid latitude included) and is killed."""
    folder = tmp_path / "crash"
    code = (
        "import os, sys\n"
        "from tests.workspaces import Workspace\n"
        "from fieldkit.incidents import DraftStore\n"
        f"ws = Workspace(r'{folder}')\n"
        "DraftStore(ws).save('d1', {'title': 'Convoy at the ri', 'lat': '11.8x'})\n"
        "os._exit(9)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parents[2])
    assert r.returncode == 9
    ws = Workspace(folder)
    drafts = DraftStore(ws).list()
    assert [d["data"] for d in drafts] == [{"title": "Convoy at the ri", "lat": "11.8x"}]
    DraftStore(ws).discard("d1")
    assert DraftStore(ws).list() == []


def test_quick_clean_check_never_accepts_what_validate_refuses_or_changes(ws, incident_data):
    """Bundle imports trust CleanCheck instead of calling validate() on every record: it may say "not sure"
    too often, never "fine" wrongly."""
    import random

    from fieldkit.incidents import EDITABLE, CleanCheck, validate

    now = ws.clock.now()
    check = CleanCheck(ws.vocab, now)
    base = {k: v for k, v in validate(incident_data, ws.vocab, now).items() if k in EDITABLE}
    assert check.ok(base) and validate(base, ws.vocab, now) == base
    odd = [
        None,
        "",
        " ",
        "x",
        " padded ",
        "Été à Gao",
        0,
        1,
        -1,
        3,
        5,
        6,
        1.5,
        True,
        False,
        float("nan"),
        float("inf"),
        45.0,
        91.0,
        -181.0,
        12.1234567,
        [],
        ["b", "a"],
        ["a", "b"],
        ["a", "a"],
        [" a"],
        ["A"],
        [3],
        [{"name": "x", "type": ""}],
        [{"name": "x", "type": "NETWORK"}],
        [{"name": "", "type": ""}],
        [{"name": "x", "type": "nope"}],
        [{"name": "x"}],
        [{"name": "x", "type": "", "extra": 1}],
        {},
        "2026-02-30T10:00:00.000Z",
        "2026-05-01T10:00:00.000Z",
        "2026-06-01T12:04:59.000Z",
        "2026-06-01T12:05:01.000Z",
        "2099-01-01T00:00:00.000Z",
        "0000-01-01T00:00:00.000Z",
        "2026-05-01",
        "2026-05-01T10:00:00Z",
        "draft",
        "final",
        "exact",
        "day",
        "near",
        "NETWORK",
        "EXTORT",
        "extort",
        "PATROL",
        "B",
        "b",
        "2",
        "7",
        "A" * 200,
        "A" * 201,
    ]
    rng = random.Random(7)
    accepted = 0
    for _ in range(6000):
        d = dict(base)
        for k in rng.sample(EDITABLE, rng.randint(1, 3)):
            d[k] = rng.choice(odd)
        if check.ok(d):
            accepted += 1
            assert validate(d, ws.vocab, now) == d, d
    assert accepted > 100  # the mutations do reach other valid records


def test_ordered_ids_are_version_7_uuids_in_order():
    import uuid
    from itertools import islice

    from fieldkit.ids import is_uuid, ordered_id_stream

    ids = list(islice(ordered_id_stream(), 5000))
    assert ids == sorted(ids) and len(set(ids)) == 5000
    assert all(is_uuid(i) and uuid.UUID(i).version == 7 and uuid.UUID(i).variant == uuid.RFC_4122 for i in ids)
    # across a carry out of the last group, ids are still the numbers that follow one another
    start = uuid.UUID(ids[0]).int | (1 << 48) - 3
    assert [uuid.UUID(i).int for i in islice(ordered_id_stream(start), 6)] == [start + k for k in range(6)]


@pytest.mark.parametrize(
    "field,value",
    [
        ("actors", 7),
        ("actors", {"name": "x"}),
        ("actors", [None]),
        ("actors", [["Mali", "ARMED"]]),
        ("actors", [{"name": ["x"], "type": "ARMED"}]),
        ("tags", 7),
        ("tags", [None]),
        ("tags", [{"a": 1}]),
    ],
)
def test_actors_and_tags_of_the_wrong_type_are_a_plain_refusal(ws, incident_data, field, value):
    before = ws.counts()
    with pytest.raises(ValidationError) as e:
        ws.incidents.add({**incident_data, field: value})
    assert field in e.value.errors
    assert ws.counts() == before


def test_a_draft_may_be_saved_without_a_location_but_a_final_incident_may_not(ws, incident_data):
    bare = {k: v for k, v in incident_data.items() if k not in ("lat", "lon", "description")}
    with pytest.raises(ValidationError) as e:
        ws.incidents.add(bare)
    assert "Latitude and longitude are required before the incident is final" in e.value.errors["lat"]
    draft = ws.incidents.add({**bare, "status": "draft", "lat": "", "lon": " "})
    assert draft["lat"] is None and draft["lon"] is None and draft["status"] == "draft"
    assert ws.incidents.versions(draft["id"])[0]["content"]["lat"] is None
    # finalising it needs the location (and the description)
    with pytest.raises(ValidationError) as e:
        ws.incidents.update(draft["id"], {"status": "final", "description": "Seen from the road."})
    assert set(e.value.errors) == {"lat"}
    rec = ws.incidents.update(draft["id"], {"status": "final", "description": "Seen.", "lat": "12,28", "lon": "-15,6"})
    assert (rec["lat"], rec["lon"]) == (12.28, -15.6)
    # a final incident cannot lose its location again
    with pytest.raises(ValidationError):
        ws.incidents.update(rec["id"], {"lat": None, "lon": None}, reason="unknown after all")
    assert ws.incidents.verify()["problems"] == []


@pytest.mark.parametrize("status", ["draft", "final"])
def test_one_coordinate_without_the_other_is_refused(ws, incident_data, status):
    with pytest.raises(ValidationError) as e:
        ws.incidents.add({**incident_data, "status": status, "lon": None})
    assert set(e.value.errors) == {"lon"}
    if status == "draft":
        assert "Give the longitude too, or neither" in e.value.errors["lon"]


@pytest.mark.parametrize(
    "given,read",
    [("12,28", 12.28), ("-15,6", -15.6), (" 12.28 ", 12.28), ("+7,5", 7.5), (12, 12.0), ("0", 0.0)],
)
def test_a_decimal_comma_is_read_as_the_decimal_point(ws, incident_data, given, read):
    assert ws.incidents.add({**incident_data, "lat": given})["lat"] == read


@pytest.mark.parametrize(
    "given,needle",
    [
        ("1,234.5", "Latitude must be a number between -90 and 90"),
        ("12,2,8", "Latitude must be a number between -90 and 90"),
        ("12,", "Latitude must be a number between -90 and 90"),
        (",5", "Latitude must be a number between -90 and 90"),
        ("12, -15.6", "is two numbers: put the latitude and the longitude each in its own box"),
        ("12.28;-15.6", "is two numbers"),
        ("12,28 15,6", "is two numbers"),
        ("inf", "Latitude must be a number"),
        (True, "Latitude must be a number"),
    ],
)
def test_anything_else_around_a_comma_is_refused_never_guessed(ws, incident_data, given, needle):
    with pytest.raises(ValidationError) as e:
        ws.incidents.add({**incident_data, "lat": given})
    assert needle in e.value.errors["lat"]


def test_the_quick_check_accepts_a_draft_without_location_only(ws, incident_data):
    from fieldkit.incidents import EDITABLE, CleanCheck, validate

    now = ws.clock.now()
    check = CleanCheck(ws.vocab, now)
    draft = {
        k: v
        for k, v in validate({**incident_data, "status": "draft", "lat": None, "lon": None}, ws.vocab, now).items()
        if k in EDITABLE
    }
    assert draft["lat"] is None and check.ok(draft) and validate(draft, ws.vocab, now) == draft
    assert not check.ok({**draft, "status": "final"})
    assert not check.ok({**draft, "lat": 12.5})
    assert not check.ok({**draft, "lon": 12.5})


def test_the_version_content_of_a_located_incident_is_unchanged(ws, incident_data):
    """Old signatures must still verify: the canonical content of a record with coordinates is what it was before
    drafts could lack them (floats, as before), and a location-less draft writes JSON null."""
    rec = ws.incidents.add(incident_data)
    text = ws.db.execute("SELECT content FROM incident_versions WHERE incident_id = ?", [rec["id"]]).fetchone()[0]
    assert '"lat":11.86,' in text and '"lon":-15.6,' in text
    draft = ws.incidents.add({**incident_data, "status": "draft", "lat": None, "lon": None})
    text = ws.db.execute("SELECT content FROM incident_versions WHERE incident_id = ?", [draft["id"]]).fetchone()[0]
    assert '"lat":null,' in text and '"lon":null,' in text
