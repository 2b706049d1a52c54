"""Issue 17: the threat level never misleads. Worked cases on the shipped checklist (docs/scoring.md)."""

from pathlib import Path

import pytest

from fieldkit.checklists import definition, scoring
from fieldkit.checklists.definition import load
from fieldkit.errors import ValidationError

SHIPPED = Path(definition.__file__).parents[2] / "resources" / "checklists" / "spotting-the-spoilers.yaml"
PERIOD = ("2026-01-01", "2026-03-31")


@pytest.fixture(scope="module")
def c():
    return load(SHIPPED)


def _threat_of(q, value):
    return q.score(value)


def benign(q):
    """The least threatening answer to ``q`` (resilience inverted)."""
    if q.type == "scale":
        return 4 if q.polarity == "resilience" else 0
    if q.type == "yesno":
        return "yes" if q.polarity == "resilience" else "no"
    if q.type == "single":
        return min(q.options, key=lambda o: q.score(o.code) if q.score(o.code) is not None else 9).code
    if q.type == "multi":
        none = [o.code for o in q.options if o.exclusive]
        if none:
            return none
        if q.polarity == "resilience":
            return [o.code for o in q.options]
        return []
    if q.type == "number":
        return 0
    if q.type == "date":
        return "2026-02-01"
    return "Nothing of note."


def midpoint(q):
    """The answer closest to the middle of the threat scale (2 of 0-4)."""
    if q.type == "scale":
        return 2
    if q.type == "yesno":
        return "unknown"
    if q.type == "single":
        return min(q.options, key=lambda o: abs((q.score(o.code) or 0) - 2)).code
    if q.type == "multi":
        best = min(q.options, key=lambda o: abs((q.score([o.code]) or 0) - 2))
        return [best.code]
    if q.type == "number":
        return q.thresholds[1] if len(q.thresholds) > 1 else 0
    return benign(q)


def answers_from(c, pick, **overrides):
    out = {q.id: {"value": pick(q), "evidence": []} for q in c.questions()}
    for qid, v in overrides.items():
        out[qid] = {"value": v, "evidence": []}
    return out


def ev(c, answers, incidents=None):
    return scoring.evaluate(c, answers, incidents or {}, "en", period=PERIOD, assessor="An Analyst")


def findings(r):
    return {w["finding"] for w in r["overall"]["why"] if w["kind"] == "tripwire"}


def test_a_benign_picture_reads_low_and_may_be_finalised(c):
    r = ev(c, answers_from(c, benign))
    assert r["overall"]["level"] == "low" and r["overall"]["score"] < 2
    assert r["overall"]["sufficient"] and r["overall"]["marking"] == ""
    assert "proposal" in r["overall"]["rule_label"]


def test_a_grave_single_market_is_never_averaged_away(c):
    # trafficking in persons with dozens of killings and hundreds of victims, everything else benign
    a = answers_from(c, benign, B1=["HT"], F1=36, F6=300, F2=["trafficking", "killings"])
    r = ev(c, a)
    assert r["overall"]["mean_level"] == "low"  # the mean alone would hide it
    assert r["overall"]["level"] == "severe"
    assert {"Trafficking in persons", "Lethal violence"} <= findings(r)
    names = [w["finding"] for w in r["overall"]["key_findings"]]
    assert len(names) == len(set(names))  # each finding once, at its highest level
    # the same picture with fewer victims and killings still sets a floor of high
    a = answers_from(c, benign, B1=["HT"], F1=25, F6=12)
    assert ev(c, a)["overall"]["level"] == "high"
    # victims counted but no trafficking market recorded: the trafficking finding does not fire
    a = answers_from(c, benign, F6=300)
    assert "Trafficking in persons" not in findings(ev(c, a))


def test_state_capture_at_its_maximum_reads_severe(c):
    r = ev(c, answers_from(c, benign, E2=4))
    assert r["overall"]["level"] == "severe" and "Capture of the state" in findings(r)
    r = ev(c, answers_from(c, benign, E2=3))
    assert r["overall"]["level"] == "high" and "Capture of the state" in findings(r)


def test_armed_group_financing_and_threat_to_mission_set_floors(c):
    assert ev(c, answers_from(c, benign, D1=4))["overall"]["level"] == "severe"
    assert ev(c, answers_from(c, benign, D1=3))["overall"]["level"] == "high"
    r = ev(c, answers_from(c, benign, G3=3))
    assert r["overall"]["level"] == "severe" and "Threat to the mission" in findings(r)


def test_a_middling_picture_reads_moderate(c):
    r = ev(c, answers_from(c, midpoint))
    assert r["overall"]["level"] == "moderate", r["overall"]["score"]
    assert 4 <= r["overall"]["score"] <= 6.49
    assert not findings(r)


def test_multi_select_counts_breadth_and_yes_scores_by_meaning(c):
    b1 = c.question("B1")
    assert b1.score(["ARMS"]) == 4
    assert b1.score(["DRG_CAN"]) == 1 and b1.score(["DRG_CAN", "TMB", "WLD"]) == 2.5
    assert b1.score(["MIN"]) < b1.score(["MIN", "OIL"])
    # "profits go abroad" does not weigh the same as senior officials implicated
    assert c.question("B8").score("yes") < c.question("E4").score("yes") == 4


def _incident(**kw):
    base = {
        "title": "Armed attack",
        "severity": 5,
        "occurred_at": "2026-02-10T10:00:00Z",
        "source_reliability": "B",
        "source_credibility": "2",
        "tags": [],
        "deleted_at": None,
    }
    return {**base, **kw}


def test_old_weak_evidence_on_a_benign_answer_sets_nothing_and_is_flagged(c):
    a = answers_from(c, benign)
    a["A1"]["evidence"] = ["old"]
    incs = {"old": _incident(occurred_at="2019-05-01", source_reliability="F", source_credibility="6")}
    r = ev(c, a, incs)
    assert r["overall"]["level"] == "low"
    (flag,) = r["overall"]["evidence_flags"]
    assert flag["incident"] == "old" and set(flag["flags"]) == {"out_of_period", "weak_source", "benign_answer"}
    assert not flag["counts"]


def test_grave_evidence_counts_only_in_period_reliable_and_on_a_high_answer(c):
    a = answers_from(c, benign, A1=4)
    a["A1"]["evidence"] = ["x"]
    assert ev(c, a, {"x": _incident()})["overall"]["level"] == "severe"
    assert "Grave, well-sourced incident" in findings(ev(c, a, {"x": _incident()}))
    # outside the period: nothing, unless tagged as background
    assert ev(c, a, {"x": _incident(occurred_at="2025-06-01")})["overall"]["level"] != "severe"
    assert ev(c, a, {"x": _incident(occurred_at="2025-06-01", tags=["background"])})["overall"]["level"] == "severe"
    # an unreliable source: nothing
    assert ev(c, a, {"x": _incident(source_reliability="D")})["overall"]["level"] != "severe"
    assert ev(c, a, {"x": _incident(source_credibility="4")})["overall"]["level"] != "severe"
    # cited on a benign answer: nothing
    a = answers_from(c, benign)
    a["A1"]["evidence"] = ["x"]
    r = ev(c, a, {"x": _incident()})
    assert r["overall"]["level"] == "low" and r["overall"]["evidence_flags"][0]["flags"] == ["benign_answer"]


def test_confidence_is_per_section_not_pooled(c):
    a = answers_from(c, benign, A1=3)
    a["A1"]["evidence"] = ["x", "y"]
    a["A5"]["evidence"] = ["y"]
    incs = {"x": _incident(severity=3), "y": _incident(severity=3, source_reliability="A", source_credibility="1")}
    r = ev(c, a, incs)
    by = {s["id"]: s for s in r["sections"]}
    assert by["A"]["confidence"] == "high" and by["B"]["confidence"] == "low"
    assert r["overall"]["confidence"] == "low"  # one well-sourced section does not make the picture certain
    # an out-of-period incident does not count toward confidence either
    incs["y"]["occurred_at"] = "2020-01-01"
    assert ev(c, a, incs)["sections"][0]["confidence"] == "moderate"


def test_finalise_rule_names_what_is_missing(c):
    a = {"A1": {"value": "unknown", "evidence": []}}
    r = scoring.evaluate(c, a, {}, "en", period=PERIOD, assessor="")
    codes = {p["code"] for p in r["overall"]["finalise_problems"]}
    assert codes == {"coverage", "required_missing", "required_unknown", "no_assessor"}
    assert r["overall"]["marking"] == "Insufficient – not for distribution"
    fr = scoring.evaluate(c, a, {}, "fr", period=PERIOD, assessor="")
    assert fr["overall"]["marking"] == "Insuffisant – ne pas diffuser"


def test_empty_assessment_finalise_refused_then_insisted(ws):
    a = ws.assessments.new("Gao", period_start="2026-01-01", period_end="2026-03-31", assessor="A. Analyst")
    with pytest.raises(ValidationError) as e:
        ws.assessments.finalise(a["id"])
    assert "coverage" in e.value.errors and "required_missing" in e.value.errors
    assert ws.assessments.get(a["id"])["status"] == "draft"
    ws.assessments.finalise(a["id"], insist=True)
    assert ws.assessments.get(a["id"])["status"] == "final"
    assert ws.assessments.summary(a["id"])["overall"]["marking"]


def test_insufficient_marking_shows_in_pdf(ws, tmp_path):
    from pypdf import PdfReader

    from fieldkit import reports

    a = ws.assessments.new("Gao", period_start="2026-01-01", period_end="2026-03-31")
    ws.assessments.answer(a["id"], "A1", "2")
    ws.assessments.finalise(a["id"], insist=True)
    res = reports.assessment_report(ws, a["id"], tmp_path / "r.pdf", marking="CONFIDENTIAL")
    pages = [pg.extract_text() for pg in PdfReader(str(tmp_path / "r.pdf")).pages]
    assert res["insufficient"]
    assert all("INSUFFICIENT – NOT FOR DISTRIBUTION" in pg for pg in pages)
    assert "FieldKit's proposal to aid judgement" in " ".join(pages).replace("\n", " ")
    assert "Not ready to finalise" in "\n".join(pages)


def _cli(capsys, *args):
    from fieldkit.cli import main

    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_finalise_refuses_then_insists_and_json_carries_the_marking(tmp_path, capsys):
    import json

    d = ["--data-dir", str(tmp_path)]
    _cli(capsys, *d, "init")
    aid = json.loads(_cli(capsys, *d, "assessment", "new", "--area", "Gao", "--format", "json")[1])["id"]
    code, _, err = _cli(capsys, *d, "assessment", "finalise", aid)
    assert code == 1 and "cannot be finalised" in err and "required" in err and "Traceback" not in err
    code, out, _ = _cli(capsys, *d, "assessment", "finalise", aid, "--insist", "--format", "json")
    rec = json.loads(out)
    assert code == 0 and rec["status"] == "final" and rec["marking"] == "Insufficient – not for distribution"
    code, out, _ = _cli(capsys, *d, "assessment", "show", aid, "--format", "json")
    o = json.loads(out)["overall"]
    assert o["marking"] and o["finalise_problems"] and "proposal" in o["rule_label"]
    code, out, _ = _cli(capsys, *d, "assessment", "show", aid)
    assert "INSUFFICIENT – NOT FOR DISTRIBUTION" in out
