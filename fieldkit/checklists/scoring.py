"""The threat picture: section scores, overall level, completeness, confidence and "why".

The rule (documented in docs/scoring.md; a design proposal after grounding.md §5, not a
published method):
- each scored answer is normalised to 0-4 threat (resilience items inverted); "unknown" and
  unanswered are *not* zero: they lower coverage instead;
- a section's score is the weighted mean of its known scored answers, rescaled to 1-10
  (1 + 9 x mean / 4); a section whose coverage is under the checklist's ``min_coverage`` shows
  "insufficient information" instead of a level;
- the overall threat score is the section-weight mean of the scored threat sections; the level
  comes from the checklist's bands (default: <4 low, <5.5 moderate, <7.5 high, else severe);
- tripwires (rules in the checklist) raise the level to at least their level, whatever the mean;
- confidence: high when at least two distinct cited incidents are graded A/B and 1/2 and
  coverage is at least 50%; moderate when at least one cited incident is graded A-C and 1-3 and
  coverage is at least 50%; low otherwise.
"""

from __future__ import annotations

from .definition import UNKNOWN, Checklist, text_of

INSUFFICIENT = "insufficient"
SEVERE_EVIDENCE = {
    "en": "Cited incident '{title}' has severity 5 (critical).",
    "fr": "L'incident cité « {title} » est de gravité 5 (critique).",
}


def relevant_values(checklist: Checklist, answers: dict) -> tuple[dict, set]:
    """Walk the questions in order. Returns (values of relevant answers, ids of relevant questions)."""
    values: dict = {}
    relevant: set = set()
    for q in checklist.questions():
        if q.relevant is None or q.relevant.evaluate(values):
            relevant.add(q.id)
            a = answers.get(q.id)
            if a is not None:
                values[q.id] = a["value"]
    return values, relevant


def to10(mean04: float) -> float:
    return round(1 + 9 * mean04 / 4, 2)


def level_for(checklist: Checklist, score10: float | None) -> str:
    if score10 is None:
        return INSUFFICIENT
    for lv in checklist.levels:
        if score10 <= float(lv["max"]) + 1e-9:
            return lv["code"]
    return checklist.levels[-1]["code"]


def _confidence(coverage: float, grades: list[tuple[str, str]]) -> str:
    strong = sum(1 for r, c in grades if r in "AB" and c in "12" and r and c)
    fair = sum(1 for r, c in grades if r in "ABC" and c in "123" and r and c)
    if coverage >= 0.5 and strong >= 2:
        return "high"
    if coverage >= 0.5 and fair >= 1:
        return "moderate"
    return "low"


def evaluate(checklist: Checklist, answers: dict, incidents: dict | None = None, lang: str = "en") -> dict:
    """``answers``: question id -> {"value", "note", "evidence": [incident ids]}.
    ``incidents``: incident id -> {"source_reliability", "source_credibility", "severity", "title"}."""
    incidents = incidents or {}
    values, relevant = relevant_values(checklist, answers)
    sections = []
    all_grades: list[tuple[str, str]] = []
    total_rel = total_ans = total_known = total_scorable = total_with_evidence = 0
    for s in checklist.sections:
        rel_qs = [q for q in s.questions if q.id in relevant]
        answered = [q for q in rel_qs if q.id in values]
        known = [q for q in answered if values[q.id] != UNKNOWN]
        scorable = [q for q in rel_qs if q.scored]
        scored = [(q, q.score(values[q.id])) for q in scorable if q.id in values]
        scored = [(q, sc) for q, sc in scored if sc is not None]
        missing_required = [q.id for q in rel_qs if q.required and q.id not in values]
        with_evidence = [q for q in known if answers[q.id].get("evidence")]
        cited = {i for q in known for i in answers[q.id].get("evidence") or []}
        grades = [
            (incidents[i].get("source_reliability") or "", incidents[i].get("source_credibility") or "")
            for i in cited
            if i in incidents
        ]
        all_grades += grades
        coverage = len(scored) / len(scorable) if scorable else (1.0 if rel_qs and len(known) == len(rel_qs) else 0.0)
        score10 = None
        if s.kind != "info" and scored and coverage >= checklist.min_coverage:
            wsum = sum(q.weight for q, _ in scored)
            score10 = to10(sum(q.weight * sc for q, sc in scored) / wsum)
        drivers = sorted(((q, sc) for q, sc in scored), key=lambda x: (-x[1] * x[0].weight, x[0].id))
        sections.append(
            {
                "id": s.id,
                "title": text_of(s.title, lang),
                "kind": s.kind,
                "weight": s.weight,
                "relevant": len(rel_qs),
                "answered": len(answered),
                "known": len(known),
                "scorable": len(scorable),
                "scored": len(scored),
                "completeness": round(len(answered) / len(rel_qs), 3) if rel_qs else 1.0,
                "coverage": round(coverage, 3),
                "score": score10 if s.kind == "threat" else None,
                "resilience": (round(11 - score10, 2) if score10 is not None else None)
                if s.kind == "resilience"
                else None,
                "level": (level_for(checklist, score10) if s.kind == "threat" else None) if s.kind != "info" else None,
                "missing_required": missing_required,
                "with_evidence": len(with_evidence),
                "confidence": _confidence(coverage, grades) if s.kind != "info" else None,
                "drivers": [{"question": q.id, "score": sc} for q, sc in drivers if sc >= 3][:5],
            }
        )
        total_rel += len(rel_qs)
        total_ans += len(answered)
        total_known += len(known)
        total_scorable += len(scorable) if s.kind == "threat" else 0
        total_with_evidence += len(with_evidence)
    threat = [s for s in sections if s["kind"] == "threat" and s["score"] is not None]
    overall_score = None
    if threat:
        wsum = sum(s["weight"] for s in threat)
        overall_score = round(sum(s["score"] * s["weight"] for s in threat) / wsum, 2) if wsum else None
    level = level_for(checklist, overall_score)
    codes = [lv["code"] for lv in checklist.levels]
    why = []
    for t in checklist.tripwires:
        if t.rule.evaluate(values):
            why.append({"kind": "tripwire", "rule": t.rule.source, "level": t.level, "text": text_of(t.reason, lang)})
            if level == INSUFFICIENT or codes.index(t.level) > codes.index(level):
                level = t.level
    for i, inc in incidents.items():
        cited_anywhere = any(i in (a.get("evidence") or []) for a in answers.values())
        if cited_anywhere and int(inc.get("severity") or 0) >= 5 and "severe" in codes:
            why.append(
                {
                    "kind": "tripwire",
                    "rule": "evidence includes a severity-5 incident",
                    "level": "severe",
                    "text": SEVERE_EVIDENCE.get(lang, SEVERE_EVIDENCE["en"]).format(title=inc.get("title", i)),
                }
            )
            if level == INSUFFICIENT or codes.index("severe") > codes.index(level):
                level = "severe"
    drivers = []
    for s in sections:
        if s["kind"] != "threat":
            continue
        for d in s["drivers"]:
            q = checklist.question(d["question"])
            drivers.append(
                {
                    "kind": "answer",
                    "section": s["id"],
                    "question": q.id,
                    "text": text_of(q.text, lang),
                    "answer": q.display(values.get(q.id), lang),
                    "score": d["score"],
                    "evidence": len(answers[q.id].get("evidence") or []),
                }
            )
    drivers.sort(key=lambda d: (-d["score"], d["question"]))
    why += drivers[:10]
    res = [s for s in sections if s["kind"] == "resilience" and s["resilience"] is not None]
    scorable_threat_known = sum(s["scored"] for s in sections if s["kind"] == "threat")
    overall_cov = scorable_threat_known / total_scorable if total_scorable else 0.0
    return {
        "sections": sections,
        "overall": {
            "score": overall_score,
            "level": level,
            "resilience": round(sum(s["resilience"] for s in res) / len(res), 2) if res else None,
            "relevant": total_rel,
            "answered": total_ans,
            "known": total_known,
            "completeness": round(total_ans / total_rel, 3) if total_rel else 0.0,
            "coverage": round(overall_cov, 3),
            "with_evidence": total_with_evidence,
            "evidence_ratio": round(total_with_evidence / total_known, 3) if total_known else 0.0,
            "confidence": _confidence(overall_cov, all_grades),
            "why": why,
        },
    }


def next_unanswered(checklist: Checklist, answers: dict, after: str | None = None) -> str | None:
    """The first relevant unanswered question (after ``after`` if given, wrapping around)."""
    _, relevant = relevant_values(checklist, answers)
    ids = [q.id for q in checklist.questions() if q.id in relevant]
    if after in ids:
        i = ids.index(after)
        ids = ids[i + 1 :] + ids[: i + 1]
    for qid in ids:
        if qid not in answers:
            return qid
    return None
