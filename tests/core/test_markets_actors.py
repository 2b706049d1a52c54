"""Markets, actors and key judgements recorded per assessment (issue 18): one writer, validation, lists across
two assessments, comparison, and their place in the assessment's content (so a final one keeps a version)."""

import re

import pytest

from fieldkit import demo
from fieldkit.checklists import records
from fieldkit.errors import LockedError, NotFound, ValidationError


@pytest.fixture
def two(ws):
    a = ws.assessments.new("Gao", period_start="2026-01-01", period_end="2026-03-31", assessor="A. Analyst")
    b = ws.assessments.new("Gao", period_start="2026-04-01", period_end="2026-05-31", based_on=a["id"])
    return a["id"], b["id"]


def test_a_market_is_recorded_scored_and_listed_across_two_assessments(ws, two):
    a, b = two
    r = ws.assessment_records
    m = r.set_market(
        a, "DRG_COC", scale=3, harm="2", trend="rising", origin="Colombia", transit="Gao", destination="Europe"
    )
    assert m["score"] == round(1 + 9 * 2.5 / 4, 1) == 6.6
    r.set_market(a, "FIN", scale=1)  # financial crimes, one of the Index's 15
    r.set_market(b, "DRG_COC", scale=4, harm=4, seizures="900 kg", actors=["Route Network", "route network", "K."])
    r.set_market(b, "CYB", harm=1)
    assert [x["market"] for x in r.markets(a)] == ["DRG_COC", "FIN"]  # highest score first
    cocaine_b = r.markets(b)[0]
    assert cocaine_b["score"] == 10.0 and cocaine_b["actors"] == ["Route Network", "K."]  # names once each
    assert cocaine_b["origin"] == "" and cocaine_b["seizures"] == "900 kg"
    r.set_market(b, "DRG_COC", trend="stable")  # fields not given keep their value
    assert r.markets(b)[0]["seizures"] == "900 kg" and r.markets(b)[0]["trend"] == "stable"
    summary = ws.assessments.summary(b)
    assert [m["market"] for m in summary["markets"]] == ["DRG_COC", "CYB"]  # side by side in the summary
    cmp = {x["market"]: x for x in r.compare_markets(a, b)}
    assert cmp["DRG_COC"]["score_before"] == 6.6 and cmp["DRG_COC"]["score_after"] == 10.0
    assert cmp["FIN"]["only"] == "before" and cmp["CYB"]["only"] == "after"


def test_a_bad_market_changes_nothing(ws, two):
    a, _ = two
    r = ws.assessment_records
    for bad in ({"market": "COCAINE"}, {"scale": 5}, {"harm": "2.5"}, {"trend": "up"}, {"origin": "x" * 3000}):
        fields = dict(bad)
        code = fields.pop("market", "DRG_COC")
        with pytest.raises(ValidationError):
            r.set_market(a, code, **fields)
    assert r.markets(a) == []
    with pytest.raises(NotFound):
        r.remove_market(a, "DRG_COC")


def test_an_actor_is_recorded_linked_to_its_incidents_and_compared(ws, two, incident_data):
    a, b = two
    r = ws.assessment_records
    r.set_actor(a, "Northern Route Network", type="NETWORK", role="TRANSPORTER", capability=2, armed_links="some")
    r.set_actor(b, "Northern Route Network", type="NETWORK", role="TRANSPORTER", capability=3, armed_links="some")
    r.set_actor(b, "northern route network", capability=4, state_links="strong", trend="rising")  # same actor
    r.set_actor(b, "General K.", type="STATE_EMB", role="PROTECTOR")
    r.set_market(b, "DRG_COC", actors=["Northern Route Network"])
    actors_b = {x["name"]: x for x in r.actors(b)}
    assert set(actors_b) == {"General K.", "Northern Route Network"}  # the name keeps its first spelling
    assert actors_b["Northern Route Network"]["markets"] == ["DRG_COC"]
    cmp = {x["name"]: x for x in r.compare_actors(a, b)}
    assert cmp["Northern Route Network"]["changes"]["capability"] == {"before": 2, "after": 4}
    assert cmp["General K."]["only"] == "after"
    ws.incidents.add(incident_data)  # names "Northern Route Network"
    other = dict(incident_data, actors=[{"name": "Someone else", "type": ""}])
    ws.incidents.add(other)
    hits = r.incidents_mentioning("NORTHERN ROUTE NETWORK")
    assert len(hits) == 1 and hits[0]["title"] == incident_data["title"]
    assert r.incidents_mentioning("Northern Route Network", period=("2026-01-01", "2026-01-31")) == []
    for bad in ({"type": "MAFIOSO"}, {"role": "BOSS"}, {"capability": -1}, {"armed_links": "maybe"}):
        with pytest.raises(ValidationError):
            r.set_actor(a, "X", **bad)
    with pytest.raises(ValidationError):
        r.set_actor(a, "  ")


def test_a_final_assessment_needs_a_reason_and_keeps_the_records_in_a_new_version(ws, two):
    a, _ = two
    r = ws.assessment_records
    ws.assessments.finalise(a, insist=True)
    before = ws.assessments.get(a)["version"]
    with pytest.raises(LockedError):
        r.set_market(a, "ARMS", scale=2)
    assert r.markets(a) == []
    r.set_market(a, "ARMS", scale=2, reason="New seizure reports")
    rec = ws.assessments.get(a)
    assert rec["version"] == before + 1
    assert ws.assessments.versions(a)[-1]["content"]["markets"][0]["market"] == "ARMS"
    assert ws.assessments.verify()["problems"] == []  # the chain of versions still checks out


def test_content_of_an_assessment_without_records_is_unchanged(ws, two):
    a, _ = two
    assert set(ws.assessments.content(a)) == {"meta", "status", "answers"}
    ws.assessment_records.set_actor(a, "K.")
    assert "actors" in ws.assessments.content(a)


def test_key_judgements_are_derived_in_estimative_language_and_can_be_overridden(ws):
    demo.fill(ws, incidents=200, seed=3)
    aid = next(x["id"] for x in ws.assessments.list() if x["status"] == "final")
    r = ws.assessment_records
    front = r.front_judgements(aid, "en")
    js = front["judgements"]
    assert front["source"] == "derived" and 3 <= len(js) <= 6
    assert all(j["likelihood"] in records.LIKELIHOOD and j["confidence"] in records.CONFIDENCE for j in js)
    level = ws.assessments.summary(aid)["overall"]["level"]
    assert f"is {level}" in js[0]["text"]
    low = [j for j in js if j["confidence"] == "low"]
    assert all(records.LIKELIHOOD.index(j["likelihood"]) <= records.LIKELIHOOD.index("likely") for j in low)
    # the analyst edits judgement 2: the others are taken over as they were shown
    r.set_judgement(aid, 2, "Cocaine flows will almost certainly grow.", "almost_certain", "moderate", reason="HoM")
    stored = r.front_judgements(aid, "en")
    assert stored["source"] == "analyst" and len(stored["judgements"]) == len(js)
    assert stored["judgements"][1]["text"] == "Cocaine flows will almost certainly grow."
    assert stored["judgements"][0]["text"] == js[0]["text"]
    with pytest.raises(ValidationError):
        r.set_judgement(aid, 9, "x", "likely", "low", reason="r")
    with pytest.raises(ValidationError):
        r.set_judgement(aid, 1, "x", "probable", "low", reason="r")
    r.remove_judgement(aid, 1, reason="r")
    assert len(r.judgements(aid)) == len(js) - 1
    r.reset_judgements(aid, reason="back to derived")
    assert r.front_judgements(aid, "en")["source"] == "derived"


def test_french_judgements_use_french_typography(ws):
    demo.fill(ws, incidents=200, seed=3)
    aid = next(x["id"] for x in ws.assessments.list() if x["status"] == "final")
    js = records.derive_judgements(ws.assessments.summary(aid, "fr"), ws.assessments.answers(aid), "fr")
    first = js[0]["text"]
    assert "La menace du crime organisé" in first
    assert re.search(r"\(\d+,\d+/10\)", first) and not re.search(r"\d\.\d", first)


def test_demo_evidence_fits_the_question_and_the_period(ws):
    demo.fill(ws, incidents=400, seed=2)
    for a in ws.assessments.list():
        answers = ws.assessments.answers(a["id"])
        incidents = ws.assessments.evidence_incidents(answers)
        cited = [(q, i) for q, x in answers.items() for i in x["evidence"]]
        assert cited
        for q, i in cited:
            assert incidents[i]["category"] in demo.evidence_categories(q), (q, incidents[i]["title"])
            if q[0] == "E":  # state capture and protection is backed by corruption, justice or laundering reports
                assert incidents[i]["category"] in ("CORRUPT", "JUSTICE", "ML_IND")
    a1, a2 = sorted(ws.assessments.list(), key=lambda x: x["period_start"])
    before, after = ws.assessments.answers(a1["id"]), ws.assessments.answers(a2["id"])
    added = {
        i
        for q in demo.SECOND_CHANGES
        for i in after[q]["evidence"]
        if i not in before.get(q, {"evidence": []})["evidence"]
    }
    new = ws.assessments.evidence_incidents({"x": {"evidence": sorted(added)}})
    assert new and all(a2["period_start"] <= x["occurred_at"][:10] <= a2["period_end"] for x in new.values())


def test_the_cli_records_lists_and_compares_markets_actors_and_judgements(tmp_path, capsys):
    import json

    from fieldkit.cli import main

    d = str(tmp_path / "ws")

    def run(*args):
        code = main(["--data-dir", d, *args])
        return code, capsys.readouterr()

    assert run("init")[0] == 0
    _, o = run("assessment", "new", "--area", "Gao", "--from", "2026-01-01", "--to", "2026-03-31", "--format", "json")
    a = json.loads(o.out)["id"]
    _, o = run("assessment", "new", "--area", "Gao", "--from", "2026-04-01", "--to", "2026-05-31", "--format", "json")
    b = json.loads(o.out)["id"]
    assert run("assessment", "market", "set", a[:8], "DRG_COC", "--scale", "2", "--harm", "2")[0] == 0
    code, o = run(
        "assessment", "market", "set", b, "DRG_COC", "--scale", "4", "--harm", "3", "--trend", "rising",
        "--origin", "Colombia", "--actors", "Route Network, K.", "--format", "json",
    )  # fmt: skip
    assert code == 0 and json.loads(o.out)["actors"] == ["Route Network", "K."]
    code, o = run("assessment", "market", "list", b, "--format", "json")
    assert code == 0 and [m["market"] for m in json.loads(o.out)] == ["DRG_COC"]
    code, o = run("assessment", "market", "compare", a, b, "--format", "json")
    assert json.loads(o.out)[0]["score_before"] == 5.5 and json.loads(o.out)[0]["score_after"] == 8.9
    code, o = run("assessment", "market", "set", b, "NOPE")
    assert code != 0 and "not a known criminal market" in o.err and "Traceback" not in o.err
    assert run("assessment", "actor", "set", a, "Route Network", "--type", "NETWORK", "--capability", "2")[0] == 0
    assert run("assessment", "actor", "set", b, "Route Network", "--capability", "4", "--trend", "rising")[0] == 0
    code, o = run("assessment", "actor", "list", b)
    assert code == 0 and "Route Network" in o.out and "DRG_COC" in o.out
    code, o = run("assessment", "actor", "compare", a, b, "--format", "json")
    assert json.loads(o.out)[0]["changes"]["capability"] == {"before": 2, "after": 4}
    code, o = run("assessment", "judgement", "list", a, "--format", "json")
    assert code == 0 and json.loads(o.out)["source"] == "derived"
    code, o = run(
        "assessment", "judgement", "set", a, "1", "--text", "Flows will grow.", "--likelihood", "likely",
        "--confidence", "low", "--format", "json",
    )  # fmt: skip
    assert code == 0 and json.loads(o.out)["judgements"][0]["text"] == "Flows will grow."
    assert run("assessment", "judgement", "reset", a)[0] == 0


# ---- incidents: the same market codes, and fatalities ---------------------------------------------------------
def test_an_incident_records_markets_and_fatalities_and_lists_filter_by_market(ws, incident_data):
    from fieldkit.incidents import IncidentFilter

    plain = ws.incidents.add(incident_data)
    assert plain["markets"] == [] and plain["fatalities"] is None
    # at their default the new fields stay out of the version's content: older contents and hashes are unchanged
    content = ws.incidents.versions(plain["id"])[-1]["content"]
    assert "markets" not in content and "fatalities" not in content
    rec = ws.incidents.add(
        {**incident_data, "title": "Clash at the mine", "markets": ["min", "ARMS", "MIN"], "fatalities": "3"}
    )
    assert rec["markets"] == ["ARMS", "MIN"] and rec["fatalities"] == 3
    content = ws.incidents.versions(rec["id"])[-1]["content"]
    assert content["markets"] == ["ARMS", "MIN"] and content["fatalities"] == 3
    for bad in ({"markets": ["GOLD"]}, {"fatalities": -1}, {"fatalities": "2.5"}, {"fatalities": True}):
        with pytest.raises(ValidationError) as e:
            ws.incidents.add({**incident_data, **bad})
        assert set(e.value.errors) == {next(iter(bad))}
    hits = ws.incidents.search(IncidentFilter(markets=["MIN"]))
    assert [h["id"] for h in hits] == [rec["id"]]
    assert ws.incidents.search(IncidentFilter(markets=["DRG_COC"])) == []
    ws.incidents.update(rec["id"], {"markets": [], "fatalities": None}, reason="wrong market")
    back = ws.incidents.versions(rec["id"])[-1]["content"]
    assert "markets" not in back and "fatalities" not in back
    assert ws.incidents.verify()["problems"] == []


def test_bundles_carry_markets_and_fatalities_and_old_records_still_import(tmp_path, incident_data):
    from fieldkit.clock import FixedClock
    from fieldkit.sync import bundle, keys
    from tests.workspaces import Workspace

    clock = FixedClock("2026-06-01T12:00:00Z")
    field, hq = Workspace(tmp_path / "f", clock=clock), Workspace(tmp_path / "h", clock=clock)
    try:
        hq.trust.add(keys.public_identity(field))
        field.trust.add(keys.public_identity(hq), role="hq", label="HQ")
        old = field.incidents.add(incident_data)  # content in the form of earlier FieldKits: no new keys
        new = field.incidents.add({**incident_data, "title": "Ambush", "markets": ["DRG_COC"], "fatalities": 2})
        bundle.export_bundle(field, tmp_path / "b.fkb")
        rep = bundle.import_bundle(hq, tmp_path / "b.fkb")
        assert rep["rejected"] == [] and rep["added"] == 2
        got = hq.incidents.get(new["id"])
        assert got["markets"] == ["DRG_COC"] and got["fatalities"] == 2 and got["head_hash"] == new["head_hash"]
        assert hq.incidents.get(old["id"])["markets"] == [] and hq.incidents.verify()["problems"] == []
    finally:
        field.close()
        hq.close()


def test_a_remote_incident_with_an_empty_optional_field_is_refused(incident_data, ws):
    from fieldkit.hashing import canonical_json
    from fieldkit.incidents import CleanCheck
    from fieldkit.incidents.remote import check_remote

    rec = ws.incidents.add(incident_data)
    content = ws.incidents.versions(rec["id"])[-1]["content"]
    clean = CleanCheck(ws.vocab, ws.clock.now())
    assert check_remote(content, canonical_json(content), clean, ws.vocab, ws.clock.now()) is None
    for extra in ({"markets": []}, {"fatalities": None}):
        c = {**content, **extra}
        assert check_remote(c, canonical_json(c), clean, ws.vocab, ws.clock.now())
    c = {**content, "markets": ["NOPE"]}
    assert check_remote(c, canonical_json(c), clean, ws.vocab, ws.clock.now())
    c = {**content, "markets": ["ARMS"], "fatalities": 4}
    assert check_remote(c, canonical_json(c), clean, ws.vocab, ws.clock.now()) is None


def test_bundles_carry_an_assessments_markets_actors_and_judgements(tmp_path):
    from fieldkit.clock import FixedClock
    from fieldkit.sync import bundle, keys
    from tests.workspaces import Workspace

    clock = FixedClock("2026-06-01T12:00:00Z")
    field, hq = Workspace(tmp_path / "f", clock=clock), Workspace(tmp_path / "h", clock=clock)
    try:
        hq.trust.add(keys.public_identity(field))
        field.trust.add(keys.public_identity(hq), role="hq", label="HQ")
        final = field.assessments.new("Gao", assessor="A. Analyst")
        draft = field.assessments.new("Kidal")
        r = field.assessment_records
        for aid in (final["id"], draft["id"]):
            r.set_market(aid, "DRG_COC", scale=3, harm=2, origin="Colombia", actors=["Route Network"])
            r.set_actor(aid, "Route Network", type="NETWORK", role="TRANSPORTER", capability=3)
        r.set_judgement(draft["id"], 1, "Flows will grow.", "likely", "low")
        field.assessments.finalise(final["id"], insist=True)
        bundle.export_bundle(field, tmp_path / "b.fkb")
        rep = bundle.import_bundle(hq, tmp_path / "b.fkb")
        assert rep["rejected"] == [] and rep["added"] == 2
        for aid in (final["id"], draft["id"]):
            assert hq.assessments.content(aid) == field.assessments.content(aid)
            assert hq.assessment_records.markets(aid)[0]["origin"] == "Colombia"
            assert hq.assessment_records.actors(aid)[0]["markets"] == ["DRG_COC"]
        assert hq.assessment_records.judgements(draft["id"])[0]["text"] == "Flows will grow."
        assert hq.assessments.verify()["problems"] == []
        # the owner changes only a record of its draft: the next bundle carries it
        clock.advance(hours=1)
        r.set_market(draft["id"], "DRG_COC", trend="rising")
        bundle.export_bundle(field, tmp_path / "b2.fkb", incremental=True)
        bundle.import_bundle(hq, tmp_path / "b2.fkb")
        assert hq.assessment_records.markets(draft["id"])[0]["trend"] == "rising"
    finally:
        field.close()
        hq.close()


def test_broken_records_from_a_bundle_are_refused(ws):
    check = ws.assessment_records.check_content
    good = {
        "market": "ARMS",
        "scale": 2,
        "harm": None,
        "trend": "stable",
        "origin": "",
        "transit": "",
        "destination": "",
        "prices": "",
        "seizures": "",
        "actors": [],
        "note": "",
    }
    assert check({"markets": [good]}) is None
    for bad in (
        {"markets": [{**good, "market": "GOLD"}]},
        {"markets": [{**good, "scale": 9}]},
        {"markets": [good, good]},
        {"markets": [{**good, "origin": " x"}]},
        {"markets": []},
        {"judgements": [{"position": 2, "text": "x", "likelihood": "likely", "confidence": "low"}]},
        {"actors": [{"name": "K."}]},
        {"weapons": []},
        [],
    ):
        assert check(bad), bad
