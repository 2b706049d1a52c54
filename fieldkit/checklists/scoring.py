"""The threat picture: section scores, overall level, key findings, evidence checks, confidence and "why".

FieldKit's proposal to aid judgement, not an official methodology (docs/scoring.md, version 2):
- each scored answer is normalised to 0-4 threat (resilience items inverted; multiple choice: the highest
  pick plus 0.5 per further pick scoring 2 or more; yes: the question's ``yes_score``); "unknown" and
  unanswered are *not* zero: they lower coverage instead;
- a section's score is the weighted mean of its known scored answers, rescaled to 1-10; under the
  checklist's ``min_coverage`` a section shows "insufficient information";
- the overall score is the section-weight mean of the scored threat sections; its band (set so that an
  all-midpoint picture reads moderate) gives the mean level;
- the level is the higher of that band and the floors set by key findings (the checklist's tripwires, each
  named in "why") and by grave, reliable, in-period incidents cited on answers that score high; every other
  cited incident that falls short is flagged;
- confidence per section from the evidence that counts; overall, the weighted median of the sections;
- finalise problems (coverage, required answers unanswered or unknown, no assessor) mark the result
  "insufficient - not for distribution".
"""

from __future__ import annotations

from .definition import UNKNOWN, Checklist, text_of

INSUFFICIENT = "insufficient"
NOT_SCORED = "not_scored"  # a checklist with no scored threat question and no tripwire (e.g. a plain XLSForm)
RULE_LABEL = {
    "en": "FieldKit's proposal to aid judgement, not an official methodology.",
    "fr": "Proposition de FieldKit pour aider au jugement, et non une méthodologie officielle.",
    "ar": "اقتراح من FieldKit للمساعدة في الحكم، وليس منهجية رسمية.",
    "pt": "Proposta do FieldKit para apoiar o juízo, não uma metodologia oficial.",
    "es": "Propuesta de FieldKit para apoyar el juicio, no una metodología oficial.",
}
NOT_FOR_DISTRIBUTION = {
    "en": "Insufficient – not for distribution",
    "fr": "Insuffisant – ne pas diffuser",
    "ar": "غير كافٍ – لا يُوزَّع",
    "pt": "Insuficiente – não difundir",
    "es": "Insuficiente – no difundir",
}
SEVERE_EVIDENCE = {
    "en": "Cited incident '{title}' has severity {severity}, lies in the period, is graded {grade} "
    "and backs {question}.",
    "fr": "L'incident cité « {title} » est de gravité {severity}, se situe dans la période, est coté {grade} "
    "et appuie {question}.",
    "ar": "الحادث المستشهد به «{title}» خطورته {severity}، ويقع في الفترة، ومصنَّف {grade}، ويدعم {question}.",
    "pt": "O incidente citado «{title}» tem gravidade {severity}, está no período, é classificado {grade} "
    "e sustenta {question}.",
    "es": "El incidente citado «{title}» tiene gravedad {severity}, está en el período, está calificado {grade} "
    "y respalda {question}.",
}
EVIDENCE_RULE_TEXT = "cited incident of severity >= {:g}, in period, source {}/{}, on an answer scoring >= {:g}"
EVIDENCE_FINDING = {
    "en": "Grave, well-sourced incident",
    "fr": "Incident grave et bien sourcé",
    "ar": "حادث خطير موثوق المصدر",
    "pt": "Incidente grave e bem fundamentado",
    "es": "Incidente grave y bien documentado",
}
# why a cited incident does not count (evidence flags)
FLAG_REASONS = ("out_of_period", "weak_source", "benign_answer", "deleted")
BACKGROUND_TAG = "background"


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


def is_scored(checklist: Checklist) -> bool:
    """Whether the checklist computes a threat level at all: a scored question in a threat section, or a tripwire.
    An unscored checklist is answered and finalised like any other; its level is "not scored"."""
    return bool(checklist.tripwires) or any(
        q.scored for s in checklist.sections if s.kind == "threat" for q in s.questions
    )


def to10(mean04: float) -> float:
    return round(1 + 9 * mean04 / 4, 2)


def level_for(checklist: Checklist, score10: float | None) -> str:
    if score10 is None:
        return INSUFFICIENT
    for lv in checklist.levels:
        if score10 <= float(lv["max"]) + 1e-9:
            return lv["code"]
    return checklist.levels[-1]["code"]


def _confidence(coverage: float, cited: dict[str, set], grades: dict[str, tuple[str, str]]) -> str:
    """One section's confidence from the incidents that count as evidence in it. ``cited``: question id ->
    incident ids; ``grades``: incident id -> (reliability, credibility). High needs at least two distinct
    incidents graded A/B and 1/2, on at least two different answers, with coverage >= 50%; moderate needs one
    incident graded A-C and 1-3 and coverage >= 50%; low otherwise."""

    def strong(i):
        r, c = grades.get(i, ("", ""))
        return bool(r and c) and r in "AB" and c in "12"

    def fair(i):
        r, c = grades.get(i, ("", ""))
        return bool(r and c) and r in "ABC" and c in "123"

    strong_ids = {i for ids in cited.values() for i in ids if strong(i)}
    strong_answers = sum(1 for ids in cited.values() if any(strong(i) for i in ids))
    if coverage >= 0.5 and len(strong_ids) >= 2 and strong_answers >= 2:
        return "high"
    if coverage >= 0.5 and any(fair(i) for ids in cited.values() for i in ids):
        return "moderate"
    return "low"


CONF_ORDER = ("low", "moderate", "high")


def _overall_confidence(sections: list[dict]) -> str:
    """The weighted median of the scored threat sections' confidence: "high" only when sections holding at
    least half the weight are high, never pooled from one well-sourced answer."""
    scored = [s for s in sections if s["kind"] == "threat" and s["score"] is not None]
    wsum = sum(s["weight"] for s in scored)
    if not scored or wsum <= 0:
        return "low"
    for lv in reversed(CONF_ORDER):
        share = sum(s["weight"] for s in scored if CONF_ORDER.index(s["confidence"]) >= CONF_ORDER.index(lv))
        if share >= wsum / 2:
            return lv
    return "low"


def _in_period(occurred_at, period: tuple) -> bool | None:
    start, end = period
    if not occurred_at or not (start or end):
        return None  # cannot tell: no period or no date
    day = str(occurred_at)[:10]
    return (not start or day >= str(start)[:10]) and (not end or day <= str(end)[:10])


def judge_evidence(checklist: Checklist, answers: dict, values: dict, incidents: dict, period: tuple) -> dict:
    """For every cited incident on a relevant known answer: does it count as evidence (in the period or
    tagged background, not deleted), and does it set a level (grave, reliable, on an answer scoring high)?
    Returns incident id -> {"counts", "raises", "flags", "questions"}."""
    rule = checklist.evidence_rule
    out: dict[str, dict] = {}
    for qid, value in values.items():
        if value == UNKNOWN:
            continue
        q = checklist.question(qid)
        sc = q.score(value)
        for i in answers[qid].get("evidence") or []:
            inc = incidents.get(i)
            if inc is None:
                continue
            e = out.setdefault(i, {"counts": False, "raises": False, "flags": set(), "questions": [], "best": None})
            e["questions"].append(qid)
            if sc is not None and (e["best"] is None or sc > e["best"][1]):
                e["best"] = (qid, sc)
    for i, e in out.items():
        inc = incidents[i]
        flags: set = set()
        tags = inc.get("tags") or []
        if isinstance(tags, str):
            tags = [t.strip() for t in tags.replace(";", ",").split(",")]
        background = BACKGROUND_TAG in {str(t).lower() for t in tags}
        if inc.get("deleted_at"):
            flags.add("deleted")
        if not background and _in_period(inc.get("occurred_at"), period) is False:
            flags.add("out_of_period")
        r, c = inc.get("source_reliability") or "", inc.get("source_credibility") or ""
        reliable = bool(r and c) and r in rule["reliability"] and c in rule["credibility"]
        if not reliable:
            flags.add("weak_source")
        e["counts"] = not ({"deleted", "out_of_period"} & flags)
        grave = int(inc.get("severity") or 0) >= rule["severity"]
        high_answer = e["best"] is not None and e["best"][1] >= rule["answer_score"]
        if grave and not high_answer:
            flags.add("benign_answer")
        e["raises"] = e["counts"] and grave and reliable and high_answer
        e["flags"] = flags
    return out


def finalise_problems(checklist: Checklist, result: dict, answers: dict, assessor: str | None = "x") -> list[dict]:
    """What stands between this result and a finished assessment: coverage under the minimum, required
    questions unanswered or unknown, no assessor. Each item: {"code", "questions"|"coverage"|"min"}."""
    problems = []
    cov = result["overall"]["coverage"]
    need = checklist.finalise_rule["min_coverage"]
    if cov + 1e-9 < need and is_scored(checklist):
        problems.append({"code": "coverage", "coverage": cov, "min": need})
    missing = [m for s in result["sections"] for m in s["missing_required"]]
    if missing:
        problems.append({"code": "required_missing", "questions": missing})
    unknown = [
        q.id
        for q in checklist.questions()
        if q.required and q.id in result.get("_relevant", ()) and (answers.get(q.id) or {}).get("value") == UNKNOWN
    ]
    if unknown:
        problems.append({"code": "required_unknown", "questions": unknown})
    unspecified = [
        q.id
        for q in checklist.questions()
        if q.type == "multi"
        and q.id in result.get("_relevant", ())
        and isinstance((answers.get(q.id) or {}).get("value"), list)
        and any(o.specify and o.code in answers[q.id]["value"] for o in q.options)
        and not str(answers[q.id].get("note") or "").strip()
    ]
    if unspecified:
        problems.append({"code": "other_unspecified", "questions": unspecified})
    if assessor is not None and not str(assessor).strip():
        problems.append({"code": "no_assessor"})
    return problems


def evaluate(
    checklist: Checklist,
    answers: dict,
    incidents: dict | None = None,
    lang: str = "en",
    period: tuple = (None, None),
    assessor: str | None = None,
) -> dict:
    """``answers``: question id -> {"value", "note", "evidence": [incident ids]}.
    ``incidents``: incident id -> {"source_reliability", "source_credibility", "severity", "title",
    "occurred_at", "tags", "deleted_at"}. ``period``: the assessment's (start, end) ISO dates."""
    incidents = incidents or {}
    values, relevant = relevant_values(checklist, answers)
    evidence = judge_evidence(checklist, answers, values, incidents, period)
    grades = {
        i: (incidents[i].get("source_reliability") or "", incidents[i].get("source_credibility") or "")
        for i, e in evidence.items()
        if e["counts"]
    }
    sections = []
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
        cited = {
            q.id: {i for i in answers[q.id].get("evidence") or [] if i in grades}
            for q in known
            if answers[q.id].get("evidence")
        }
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
                "confidence": _confidence(coverage, cited, grades) if s.kind != "info" else None,
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
    scored_checklist = is_scored(checklist)
    mean_level = level_for(checklist, overall_score) if scored_checklist else NOT_SCORED
    level = mean_level
    codes = [lv["code"] for lv in checklist.levels]

    def raise_to(lv):
        nonlocal level
        if not scored_checklist:
            return
        if level == INSUFFICIENT or codes.index(lv) > codes.index(level):
            level = lv

    why = []
    findings = []
    fired = [t for t in checklist.tripwires if t.rule.evaluate(values)]
    top: dict[str, int] = {}  # a finding named by several tripwires (high at 10 victims, severe at 50) shows once
    for t in fired:
        key = text_of(t.finding, "en") or t.rule.source
        top[key] = max(top.get(key, -1), codes.index(t.level) if t.level in codes else -1)
    shown: set = set()
    for t in fired:
        key = text_of(t.finding, "en") or t.rule.source
        if key in shown or (t.level in codes and codes.index(t.level) < top[key]):
            continue
        shown.add(key)
        item = {
            "kind": "tripwire",
            "rule": t.rule.source,
            "level": t.level,
            "text": text_of(t.reason, lang),
            "finding": text_of(t.finding, lang) or text_of(t.reason, lang),
            "questions": sorted(t.rule.names),
        }
        why.append(item)
        findings.append(item)
        raise_to(t.level)
    rule = checklist.evidence_rule
    flags = []
    for i in sorted(evidence, key=lambda i: (incidents[i].get("title") or "", i)):
        e = evidence[i]
        inc = incidents[i]
        if e["raises"] and rule["level"] in codes and scored_checklist:
            item = {
                "kind": "tripwire",
                "rule": EVIDENCE_RULE_TEXT.format(
                    rule["severity"], rule["reliability"], rule["credibility"], rule["answer_score"]
                ),
                "level": rule["level"],
                "text": SEVERE_EVIDENCE.get(lang, SEVERE_EVIDENCE["en"]).format(
                    title=inc.get("title", i),
                    severity=inc.get("severity"),
                    grade=f"{inc.get('source_reliability') or '?'}{inc.get('source_credibility') or '?'}",
                    question=e["best"][0],
                ),
                "finding": text_of(EVIDENCE_FINDING, lang),
                "questions": [e["best"][0]],
                "incident": i,
            }
            why.append(item)
            findings.append(item)
            raise_to(rule["level"])
        if e["flags"]:
            flags.append(
                {
                    "incident": i,
                    "title": inc.get("title") or "",
                    "occurred_at": inc.get("occurred_at"),
                    "grade": f"{inc.get('source_reliability') or ''}{inc.get('source_credibility') or ''}",
                    "severity": inc.get("severity"),
                    "questions": sorted(set(e["questions"])),
                    "flags": [f for f in FLAG_REASONS if f in e["flags"]],
                    "counts": e["counts"],
                }
            )
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
    result = {
        "sections": sections,
        "overall": {
            "score": overall_score,
            "scored": scored_checklist,
            "level": level,
            "mean_level": mean_level,
            "resilience": round(sum(s["resilience"] for s in res) / len(res), 2) if res else None,
            "relevant": total_rel,
            "answered": total_ans,
            "known": total_known,
            "completeness": round(total_ans / total_rel, 3) if total_rel else 0.0,
            "coverage": round(overall_cov, 3),
            "with_evidence": total_with_evidence,
            "evidence_ratio": round(total_with_evidence / total_known, 3) if total_known else 0.0,
            "confidence": _overall_confidence(sections),
            "why": why,
            "key_findings": findings,
            "evidence_flags": flags,
            "rule_label": text_of(RULE_LABEL, lang),
        },
        "_relevant": relevant,
    }
    problems = finalise_problems(checklist, result, answers, assessor)
    del result["_relevant"]
    result["overall"]["finalise_problems"] = problems
    result["overall"]["sufficient"] = not problems
    result["overall"]["marking"] = "" if not problems else text_of(NOT_FOR_DISTRIBUTION, lang)
    return result


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
