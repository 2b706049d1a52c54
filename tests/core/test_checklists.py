import copy

import pytest
import yaml

from fieldkit.checklists import definition, expr, scoring
from fieldkit.checklists.definition import from_data, load
from fieldkit.errors import ChecklistDefinitionError, LockedError, ValidationError
from tests.workspaces import Workspace

MINI = {
    "format": "fieldkit-checklist/1",
    "id": "mini",
    "version": "1",
    "title": {"en": "Mini"},
    "sources": {"S0": "paper"},
    "scoring": {
        "min_coverage": 0.5,
        "tripwires": [{"when": "T2 >= 4", "level": "severe", "reason": {"en": "Force protection"}}],
    },
    "sections": [
        {
            "id": "T",
            "kind": "threat",
            "title": {"en": "Threat"},
            "questions": [
                {"id": "T1", "type": "yesno", "text": {"en": "Armed?"}, "source": {"ref": "S0"}, "required": True},
                {"id": "T2", "type": "scale", "text": {"en": "How bad?"}, "source": {"ref": "S0"}},
                {
                    "id": "T3",
                    "type": "scale",
                    "text": {"en": "Only if armed"},
                    "relevant": "T1 == 'yes'",
                    "source": {"ref": "S0"},
                },
                {
                    "id": "T4",
                    "type": "yesno",
                    "polarity": "resilience",
                    "text": {"en": "Police paid?"},
                    "source": {"ref": "S0"},
                },
            ],
        },
        {
            "id": "R",
            "kind": "resilience",
            "title": {"en": "Resilience"},
            "questions": [
                {"id": "R1", "type": "scale", "text": {"en": "Courts work?"}, "source": {"ref": "S0"}},
            ],
        },
    ],
}


def test_shipped_checklist_is_valid_big_enough_and_bilingual():
    c = load(
        definition.__file__.replace(
            "fieldkit/checklists/definition.py", "resources/checklists/spotting-the-spoilers.yaml"
        )
    )
    assert len(c.sections) >= 8 and len(c.questions()) >= 60
    for q in c.questions():
        assert q.text.get("en") and q.text.get("fr"), q.id
        assert q.source.get("ref") in c.sources, q.id
        for o in q.options:
            assert o.label.get("fr"), (q.id, o.code)
    for s in c.sections:
        assert s.title.get("fr")


@pytest.mark.parametrize(
    "mutate,needle",
    [
        (lambda d: d["sections"][0]["questions"][1].update(type="slider"), "question T2: type must be one of"),
        (lambda d: d["sections"][0]["questions"][2].update(relevant="T1 = 'yes'"), "question T3: the relevance rule"),
        (
            lambda d: d["sections"][0]["questions"][2].update(relevant="T9 == 'yes'"),
            "refers to 'T9', which is not an earlier question",
        ),
        (lambda d: d["sections"][0]["questions"][1].update(id="T1"), "question T1: this id is used twice"),
        (
            lambda d: d["sections"][0]["questions"][0].pop("source"),
            "question T1: every question needs a source reference",
        ),
        (
            lambda d: d["sections"][0]["questions"][0].update(type="single", options=[{"code": "a", "en": "A"}]),
            "at least two options",
        ),
        (lambda d: d.update(format="other/2"), "format: must be 'fieldkit-checklist/1'"),
    ],
)
def test_definition_errors_name_file_question_and_problem(mutate, needle):
    data = copy.deepcopy(MINI)
    mutate(data)
    with pytest.raises(ChecklistDefinitionError) as e:
        from_data(data, "mission.yaml")
    assert e.value.message.startswith("mission.yaml: ")
    assert needle in e.value.message


def test_validate_command_reports_bad_files(tmp_path, capsys):
    from fieldkit.cli import main

    bad = tmp_path / "ours.yaml"
    data = copy.deepcopy(MINI)
    data["sections"][0]["questions"][1]["type"] = "slider"
    bad.write_text(yaml.safe_dump(data))
    assert main(["checklist", "validate", str(bad)]) == 1
    assert "ours.yaml: question T2: type must be one of" in capsys.readouterr().err
    good = tmp_path / "good.yaml"
    good.write_text(yaml.safe_dump(MINI))
    assert main(["checklist", "validate", str(good)]) == 0
    broken = tmp_path / "broken.yaml"
    broken.write_text("sections: [unclosed")
    assert main(["checklist", "validate", str(broken)]) == 1


def test_expression_language_is_safe_and_correct():
    assert expr.parse("A in ['x', 'y'] and not B").evaluate({"A": "y", "B": "no"})
    assert not expr.parse("A >= 2").evaluate({"A": "unknown"})
    assert not expr.parse("A >= 2").evaluate({})
    assert expr.parse("count(M) >= 2 or M contains 'z'").evaluate({"M": ["z"]})
    for bad in ["__import__('os').system('x')", "A.__class__", "A + 1", "open('x')", "A ==", "lambda: 1"]:
        with pytest.raises(expr.ExprError):
            expr.parse(bad).evaluate({}) if bad == "A.__class__" and False else expr.parse(
                bad if bad != "A.__class__" else "A.__class__ ("
            )


def test_relevance_rules_show_and_hide_questions():
    c = from_data(MINI)
    _, rel = scoring.relevant_values(c, {})
    assert "T3" not in rel
    _, rel = scoring.relevant_values(c, {"T1": {"value": "yes"}})
    assert "T3" in rel
    # an answer to a hidden question is kept but ignored
    r = scoring.evaluate(c, {"T1": {"value": "no"}, "T3": {"value": 4}, "T2": {"value": 0}})
    t = r["sections"][0]
    assert t["relevant"] == 3 and t["answered"] == 2


def test_scoring_unanswered_is_not_zero_and_partial_sections_are_insufficient():
    c = from_data(MINI)
    empty = scoring.evaluate(c, {})
    assert empty["sections"][0]["score"] is None and empty["sections"][0]["level"] == "insufficient"
    assert empty["overall"]["level"] == "insufficient"
    # one known answer out of three scorable: coverage 1/3 < 0.5 -> insufficient, not "low"
    partial = scoring.evaluate(c, {"T1": {"value": "no"}, "T2": {"value": "unknown"}})
    assert partial["sections"][0]["coverage"] == pytest.approx(1 / 3, abs=0.01)
    assert partial["sections"][0]["level"] == "insufficient"
    assert partial["overall"]["completeness"] > 0
    full = scoring.evaluate(
        c, {"T1": {"value": "yes"}, "T2": {"value": 2}, "T3": {"value": 4}, "T4": {"value": "yes"}, "R1": {"value": 3}}
    )
    # T1 yes=4, T2=2, T3=4, T4 police paid (resilience) yes -> 0: mean 2.5 -> 1 + 9*2.5/4 = 6.62
    assert full["sections"][0]["score"] == pytest.approx(6.62, abs=0.01)
    assert full["overall"]["level"] == "high"
    assert full["sections"][1]["resilience"] is not None
    assert [w["question"] for w in full["overall"]["why"] if w["kind"] == "answer"][:2] == ["T1", "T3"]


def test_tripwire_raises_the_level_and_says_why():
    c = from_data(MINI)
    r = scoring.evaluate(c, {"T1": {"value": "no"}, "T2": {"value": 4}, "T3": {"value": 0}, "T4": {"value": "yes"}})
    assert r["overall"]["level"] == "severe"
    assert r["overall"]["why"][0]["kind"] == "tripwire" and r["overall"]["why"][0]["text"] == "Force protection"


def test_confidence_counts_evidence_and_grades():
    c = from_data(MINI)
    answers = {
        "T1": {"value": "yes", "evidence": ["a", "b"]},
        "T2": {"value": 2, "evidence": []},
        "T4": {"value": "no"},
    }
    grades = {
        "a": {"source_reliability": "A", "source_credibility": "1"},
        "b": {"source_reliability": "B", "source_credibility": "2"},
    }
    r = scoring.evaluate(c, answers, grades)
    # two well-graded incidents on one answer are not enough for "high" (issue 17)
    assert r["overall"]["confidence"] == "moderate" and r["overall"]["with_evidence"] == 1
    answers["T2"]["evidence"] = ["b"]
    assert scoring.evaluate(c, answers, grades)["overall"]["confidence"] == "high"
    weak = {
        "a": {"source_reliability": "E", "source_credibility": "5"},
        "b": {"source_reliability": "F", "source_credibility": "6"},
    }
    assert scoring.evaluate(c, answers, weak)["overall"]["confidence"] == "low"


def test_answers_autosave_resume_and_wrong_types(tmp_path, clock, incident_data):
    ws = Workspace(tmp_path / "w", clock=clock)
    inc = ws.incidents.add(incident_data)
    a = ws.assessments.new("Bissau", lat=11.86, lon=-15.6)
    ws.assessments.answer(a["id"], "A1", "3", note="Coastline unpatrolled", evidence=[inc["id"]])
    ws.assessments.answer(a["id"], "B1", "DRG_COC, fsh")
    with pytest.raises(ValidationError) as e:
        ws.assessments.answer(a["id"], "A1", "7")
    assert "from 0 to 4" in e.value.errors["A1"]
    with pytest.raises(ValidationError):
        ws.assessments.answer(a["id"], "Z99", "yes")
    with pytest.raises(ValidationError):
        ws.assessments.answer(a["id"], "A4", "maybe")
    with pytest.raises(ValidationError):
        ws.assessments.answer(a["id"], "A5", "2", evidence=["00000000-0000-4000-8000-000000000000"])
    ws.close()
    ws = Workspace(tmp_path / "w", clock=clock)  # resume: everything is there
    ans = ws.assessments.answers(a["id"])
    assert ans["A1"] == {
        "value": 3,
        "note": "Coastline unpatrolled",
        "evidence": [inc["id"]],
        "updated_at": ans["A1"]["updated_at"],
    }
    assert ans["B1"]["value"] == ["DRG_COC", "FSH"]
    assert "A5" not in ans
    assert ws.assessments.get(a["id"])["position"] == "B1"
    assert ws.assessments.summary(a["id"])["next_unanswered"] == "B2"


def test_finalise_locks_and_changes_become_versions(ws):
    a = ws.assessments.new("Gao")
    with pytest.raises(ValidationError) as e:
        ws.assessments.finalise(a["id"])
    assert "required" in e.value.message
    c = ws.assessments.checklist_of(a["id"])
    for q in c.questions():
        if q.required:
            ws.assessments.answer(a["id"], q.id, "unknown")
    # an empty assessment is not a finished one: every required answer "unknown", 0% coverage, no assessor
    with pytest.raises(ValidationError) as e:
        ws.assessments.finalise(a["id"])
    assert set(e.value.errors) == {"coverage", "required_unknown", "no_assessor"}
    assert "A1, B1" in e.value.message and "60%" in e.value.message
    assert ws.assessments.get(a["id"])["status"] == "draft"
    # the user insists: final, and marked wherever the result shows
    final = ws.assessments.finalise(a["id"], insist=True)
    assert final["status"] == "final" and final["version"] == 1
    o = ws.assessments.summary(a["id"])["overall"]
    assert o["marking"] == "Insufficient – not for distribution" and not o["sufficient"]
    with pytest.raises(LockedError):
        ws.assessments.answer(a["id"], "A1", "2")
    ws.assessments.answer(a["id"], "A1", "2", reason="New patrol report")
    vs = ws.assessments.versions(a["id"])
    assert [v["version"] for v in vs] == [1, 2] and vs[1]["reason"] == "New patrol report"
    assert vs[1]["prev_hash"] == vs[0]["hash"]
    assert vs[0]["content"]["answers"]["A1"]["value"] == "unknown" and vs[1]["content"]["answers"]["A1"]["value"] == 2
    assert ws.assessments.verify()["problems"] == []
    with ws.db.atomic():
        ws.db.execute("UPDATE answers SET value = '0' WHERE assessment_id = ? AND question_id = 'A1'", [a["id"]])
    assert ws.assessments.verify()["problems"]


def test_new_from_last_and_compare(ws):
    a = ws.assessments.new("Gao", period_start="2026-01-01", period_end="2026-03-31")
    for qid, v in (("D1", "1"), ("D3", "no"), ("D4", "no"), ("D5", "no"), ("D6", "1"), ("E2", "1")):
        ws.assessments.answer(a["id"], qid, v)
    b = ws.assessments.new("Gao", period_start="2026-04-01", period_end="2026-05-31", from_last=True)
    assert b["based_on"] == a["id"]
    assert ws.assessments.answers(b["id"])["D1"]["value"] == 1
    ws.assessments.answer(b["id"], "D1", "4")
    cmp = ws.assessments.compare(a["id"], b["id"])
    d = next(s for s in cmp["sections"] if s["id"] == "D")
    assert d["changes"] == [
        {
            "question": "D1",
            "text": d["changes"][0]["text"],
            "before": "1 – Rumours or a single report",
            "after": "4 – Their main source of income",
            "score_before": 1.0,
            "score_after": 4.0,
        }
    ]
    assert d["score_after"] > d["score_before"]
    assert all(not s["changes"] for s in cmp["sections"] if s["id"] != "D")


def test_the_markets_question_offers_the_index_s_financial_excise_and_cyber_markets():
    """B1 lists the GI-TOC Index's markets the vocabulary has, with the same codes (a market record and an incident
    use them too), including financial crimes, excise goods and cyber-dependent crime."""
    from fieldkit import paths, vocab

    checklist = load(paths.resources_dir() / "checklists" / "spotting-the-spoilers.yaml")
    codes = {o.code for o in checklist.question("B1").options}
    assert {"FIN", "EXC", "CYB"} <= codes
    markets = set(vocab.default().codes("criminal_market"))
    assert codes - {"none"} <= markets
