"""Issue 17: the checklist a crime monitor can answer (version 2.0.0), and saved answers of 1.0.0 migrated."""

import os
import re
from pathlib import Path

import pytest

from fieldkit.checklists import definition, scoring
from fieldkit.checklists.definition import load
from fieldkit.errors import ValidationError

RES = Path(definition.__file__).parents[2] / "resources" / "checklists"
SHIPPED = RES / "spotting-the-spoilers.yaml"
OLD = RES / "spotting-the-spoilers-1.0.0.yaml"
SEEDS = Path(os.environ.get("FIELDKIT_SEEDS", "/work/shared/domain/seeds"))
SEED_FILES = {
    "S0": "000_2acf26d51917605e.txt",
    "S1": "001_daf487eb8e1172c8.txt",
    "S2": "002_fbe301da7dc5bccd.txt",
    "S3": "003_23c2155588854c11.txt",
    "S4": "004_cce7c1b0a27cee05.txt",
}


@pytest.fixture(scope="module")
def c():
    return load(SHIPPED)


def test_version_2_keeps_every_question_id_of_1(c):
    old = load(OLD)
    assert (old.version, c.version) == ("1.0.0", "2.0.0")
    new_ids = {q.id for q in c.questions()}
    assert {q.id for q in old.questions()} <= new_ids
    added = new_ids - {q.id for q in old.questions()}
    assert {"C8b", "C10b", "D1b", "F3b", "I8b", "A10", "A11", "B12", "B13", "C11", "C12", "D8", "D9", "E10"} <= added
    assert {"G12", "G13", "G14", "G15", "G16", "M1", "M2", "M3", "M4", "M5", "M6", "I11", "I12"} <= added


def test_new_assessments_use_the_latest_version(ws):
    assert [c.key for c in ws.checklists.current()] == ["spotting-the-spoilers@2.0.0"]
    assert ws.assessments.new("Gao")["checklist_version"] == "2.0.0"
    assert {c.version for c in ws.checklists.all()} == {"1.0.0", "2.0.0"}


def test_every_question_has_plain_help_in_both_languages(c):
    for q in c.questions():
        assert q.help.get("en") and q.help.get("fr"), q.id


def test_every_scale_question_has_observable_anchors_at_every_point(c):
    generic = {v["en"] for v in definition.DEFAULT_SCALE.values()}
    scales = [q for q in c.questions() if q.type == "scale"]
    assert len(scales) > 40
    for q in scales:
        qid = q.id
        for k in range(5):
            assert q.scale[k]["en"] not in generic and q.scale[k].get("fr"), (qid, k)


def test_numbers_have_a_unit_with_the_period_and_take_whole_counts(c):
    for q in c.questions():
        if q.type == "number":
            assert "period" in q.unit["en"] and q.unit.get("fr"), q.id
            assert q.integer, q.id
    with pytest.raises(ValueError, match="whole number"):
        c.question("F1").coerce("12.5")
    assert c.question("F1").coerce("12") == 12


def test_multi_selects_offer_none_observed_exclusive_and_other_specify(c):
    for q in c.questions():
        if q.type == "multi":
            assert any(o.exclusive for o in q.options), q.id
            assert any(o.specify for o in q.options), q.id
    b1 = c.question("B1")
    assert b1.coerce("none") == ["none"] and b1.score(["none"]) == 0
    with pytest.raises(ValueError, match="cannot be picked together"):
        b1.coerce(["none", "ARMS"])
    with pytest.raises(ValueError):
        c.question("G4").coerce("none, fuel")  # the review's example
    h1 = c.question("H1")  # "no specialised units" can now be recorded: the weakest resilience
    assert h1.coerce(["none"]) == ["none"] and h1.score(["none"]) == 4


def _relevant(c, **values):
    answers = {k: {"value": v, "evidence": []} for k, v in values.items()}
    return scoring.relevant_values(c, answers)[1]


def test_relevance_hides_what_does_not_apply(c):
    # no peace process: the peace-process questions are hidden and not required
    rel = _relevant(c, A2="none")
    assert not {"G1", "G2", "G11", "C12"} & rel
    assert {"G1", "G2", "G11"} <= _relevant(c, A2="talks")
    assert {"G1", "G2", "G11"} <= _relevant(c)  # not yet answered: still asked
    r = scoring.evaluate(c, {"A2": {"value": "none", "evidence": []}})
    missing = {m for s in r["sections"] for m in s["missing_required"]}
    assert "G1" not in missing and "G3" in missing
    # trafficking victims only where that market is present
    assert "F6" not in _relevant(c, B1=["ARMS"])
    assert "F6" in _relevant(c, B1=["HT"]) and "F6" in _relevant(c, B1=["ARMS"], F2=["trafficking"])
    # armed-group details only when a link exists
    rel = _relevant(c, D1=0, D1b=0)
    assert not {"D2", "D3", "D4", "D5", "D6", "D7"} & rel
    assert {"D2", "D3", "D7"} <= _relevant(c, D1=0, D1b=2)
    # actor details only when actors are present; market details only when markets are
    rel = _relevant(c, C1=["none"], B1=["none"])
    assert not {"C2", "C3", "C8", "C8b", "C10", "C10b", "B2", "B3", "B12", "B13"} & rel
    assert {"C2", "C10b", "B2", "B12"} <= _relevant(c, C1=["GANG"], B1=["DRG_COC"])


def _norm(text):
    return re.sub(r"\s+", " ", text)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed papers (shared/domain/seeds) are not on this machine")
def test_every_source_quote_exists_verbatim_in_the_named_paper():
    seeds = {ref: _norm((SEEDS / name).read_text(encoding="utf-8")) for ref, name in SEED_FILES.items()}
    n = 0
    for path in sorted(RES.glob("*.yaml")):
        for q in load(path).questions():
            quote = q.source.get("quote")
            if quote:
                assert q.source["ref"] in seeds, (path.name, q.id)
                assert _norm(quote) in seeds[q.source["ref"]], (path.name, q.id, quote)
                n += 1
    assert n > 100


def test_a_draft_on_1_0_0_is_upgraded_and_a_final_one_stays(ws):
    store = ws.assessments
    d = store.new("Gao", checklist_id="spotting-the-spoilers@1.0.0")
    f = store.new("Gao", checklist_id="spotting-the-spoilers@1.0.0", assessor="A. Analyst")
    for aid in (d["id"], f["id"]):
        store.answer(aid, "D1", "3", note="Convoy taxes")
        store.answer(aid, "C8", "yes")
        store.answer(aid, "A2", "talks")
    store.finalise(f["id"], insist=True)
    assert store.get(d["id"])["checklist_version"] == "1.0.0"
    up = store.upgrade(d["id"])
    assert up["checklist_version"] == "2.0.0"
    ans = store.answers(d["id"])
    assert ans["D1"]["value"] == 3 and ans["D1b"]["value"] == 3 and ans["C8b"]["value"] == "yes"
    assert (
        "split" in ans["D1b"]["note"] and "Convoy taxes" in ans["D1b"]["note"] and ans["D1"]["note"] == "Convoy taxes"
    )
    assert store.upgrade(f["id"])["checklist_version"] == "1.0.0"  # a final assessment keeps its version
    assert store.verify()["problems"] == []
    # new from last, across versions: the answers come migrated
    b = store.new("Gao", based_on=f["id"])
    assert b["checklist_version"] == "2.0.0" and store.answers(b["id"])["D1b"]["value"] == 3


def test_an_upgrade_that_would_lose_an_answer_is_refused(ws):
    store = ws.assessments
    d = store.new("Gao", checklist_id="spotting-the-spoilers@1.0.0")
    store.answer(d["id"], "F1", "12.5")  # 1.0.0 took fractions of killings
    with pytest.raises(ValidationError) as e:
        store.upgrade(d["id"])
    assert "F1" in e.value.message
    assert store.get(d["id"])["checklist_version"] == "1.0.0" and store.answers(d["id"])["F1"]["value"] == 12.5


def test_data_quality_is_not_threat_and_money_driven_actors_weigh_as_the_quote_says(c):
    assert not c.question("A9").scored  # how reliable border data are says nothing about the threat
    c3 = c.question("C3")
    assert c3.score("economic") >= c3.score("political")  # "economic rather than political motivations" resist peace


def test_other_must_say_what(c):
    base = {q.id: {"value": "unknown", "evidence": []} for q in c.questions()}
    base["A3"] = {"value": ["other"], "evidence": [], "note": ""}
    r = scoring.evaluate(c, base, {}, "en", assessor="X")
    assert {"code": "other_unspecified", "questions": ["A3"]} in r["overall"]["finalise_problems"]
    base["A3"]["note"] = "Land disputes after the floods"
    r = scoring.evaluate(c, base, {}, "en", assessor="X")
    assert all(p["code"] != "other_unspecified" for p in r["overall"]["finalise_problems"])
