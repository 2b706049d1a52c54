"""``assessment new|answer|show|list|compare|finalise``: assessments made with a checklist."""

from __future__ import annotations

from ..languages import CODES
from .common import actions, command, fmt_flag, out


def add_commands(sub) -> None:
    asm = actions(sub.add_parser("assessment", help="assessments made with a checklist"), "action")
    s = asm.add_parser("new")
    s.add_argument("--area", required=True)
    s.add_argument("--checklist")
    s.add_argument("--from", dest="period_start")
    s.add_argument("--to", dest="period_end")
    s.add_argument("--assessor")
    s.add_argument("--lat", type=float)
    s.add_argument("--lon", type=float)
    s.add_argument("--bbox")
    s.add_argument("--lang", default="en", choices=list(CODES))
    s.add_argument("--from-last", action="store_true", help="start from the area's latest assessment")
    s.add_argument("--based-on")
    fmt_flag(s)
    command(s, new)
    s = asm.add_parser("answer")
    s.add_argument("assessment_id")
    s.add_argument("question_id")
    s.add_argument(
        "value",
        help="the answer ('unknown' if not known; comma-separated codes for multiple choice; 'clear' removes it)",
    )
    s.add_argument("--note")
    s.add_argument("--evidence", action="append", default=None, metavar="INCIDENT_ID")
    s.add_argument("--reason", default="", help="required to change a final assessment")
    fmt_flag(s)
    command(s, answer)
    s = asm.add_parser("show")
    s.add_argument("id")
    s.add_argument("--lang", choices=list(CODES))
    fmt_flag(s)
    command(s, show)
    s = asm.add_parser("list")
    s.add_argument("--area")
    fmt_flag(s)
    command(s, list_)
    s = asm.add_parser("compare")
    s.add_argument("before")
    s.add_argument("after")
    s.add_argument("--lang", choices=list(CODES))
    fmt_flag(s)
    command(s, compare)
    s = asm.add_parser("finalise")
    s.add_argument("id")
    s.add_argument(
        "--insist",
        action="store_true",
        help="finalise even below the minimum coverage or with required answers unknown; "
        "the result is then marked 'insufficient - not for distribution'",
    )
    fmt_flag(s)
    command(s, finalise)
    s = asm.add_parser("upgrade", help="move a draft to the latest checklist version, its answers migrated")
    s.add_argument("id")
    fmt_flag(s)
    command(s, upgrade)


def new(ws, args) -> int:
    store = ws.assessments
    bbox = args.bbox.split(",") if args.bbox else None  # checked (numbers, order) by the store
    rec = store.new(
        args.area,
        checklist_id=args.checklist,
        period_start=args.period_start,
        period_end=args.period_end,
        assessor=args.assessor,
        lat=args.lat,
        lon=args.lon,
        bbox=bbox,
        language=args.lang,
        based_on=store.resolve_id(args.based_on) if args.based_on else None,
        from_last=args.from_last,
    )
    out(
        args,
        rec,
        lambda r: print(
            f"Assessment {r['id']} started for {r['area_name']} ({r['period_start']} to {r['period_end']})."
        ),
    )
    return 0


def answer(ws, args) -> int:
    store = ws.assessments
    aid = store.resolve_id(args.assessment_id)
    value = None if args.value.strip().lower() == "clear" else args.value
    evidence = [ws.incidents.resolve_id(e) for e in args.evidence] if args.evidence else None
    res = store.answer(aid, args.question_id, value, note=args.note, evidence=evidence, reason=args.reason)
    out(args, res, lambda r: print(f"{r['question']} = {r['value']!r} saved."))
    return 0


def show(ws, args) -> int:
    s = ws.assessments.summary(ws.assessments.resolve_id(args.id), args.lang)
    out(args, s, _print_summary)
    return 0


def list_(ws, args) -> int:
    def show_list(d):
        for r in d:
            print(f"{r['id'][:8]}  {r['area_name']:<24} {r['period_start']} → {r['period_end']}  {r['status']}")
        if not d:
            print("No assessments.")

    out(args, ws.assessments.list(args.area), show_list)
    return 0


def compare(ws, args) -> int:
    store = ws.assessments
    c = store.compare(store.resolve_id(args.before), store.resolve_id(args.after), args.lang)
    out(args, c, _print_compare)
    return 0


def upgrade(ws, args) -> int:
    rec = ws.assessments.upgrade(ws.assessments.resolve_id(args.id))
    out(args, rec, lambda r: print(f"Assessment {r['id']} uses {r['checklist_id']} {r['checklist_version']}."))
    return 0


def finalise(ws, args) -> int:
    aid = ws.assessments.resolve_id(args.id)
    rec = dict(ws.assessments.finalise(aid, insist=args.insist))
    o = ws.assessments.summary(aid)["overall"]
    rec["marking"] = o["marking"]
    rec["finalise_problems"] = o["finalise_problems"]

    def show_final(r):
        print(f"Assessment {r['id']} is final (version {r['version']}, hash {r['head_hash'][:16]}).")
        if r["marking"]:
            print(f"Marked: {r['marking'].upper()}.")

    out(args, rec, show_final)
    return 0


def _print_summary(s) -> None:
    a, o = s["assessment"], s["overall"]
    print(
        f"{a['area_name']}  {a['period_start']} → {a['period_end']}  "
        f"({a['status']}, {a['checklist_id']}@{a['checklist_version']})"
    )
    if o.get("marking"):
        print(f"*** {o['marking'].upper()} ***")
    print(
        f"Threat level: {o['level'].upper()}  score {o['score'] if o['score'] is not None else '—'}/10  "
        f"completeness {o['completeness']:.0%}  coverage {o['coverage']:.0%}  confidence {o['confidence']}  "
        f"answers with evidence {o['with_evidence']}"
    )
    for sec in s["sections"]:
        score = sec["score"] if sec["score"] is not None else sec["resilience"]
        print(
            f"  {sec['title']:<52} {sec['kind']:<10} {score if score is not None else '—':>5}  "
            f"{sec['level'] or '':<12} {sec['answered']}/{sec['relevant']} answered"
        )
    if o["why"]:
        print("Why this level:")
        for w in o["why"]:
            lead = f"{w['finding']} (at least {w['level']}): " if w.get("finding") else ""
            print(
                f"  - {lead}{w['text']}" + (f" → {w['answer']} ({w['score']:.0f}/4)" if w["kind"] == "answer" else "")
            )
    for f in o.get("evidence_flags") or []:
        print(f"  ! evidence {f['incident'][:8]} on {', '.join(f['questions'])}: {', '.join(f['flags'])}")
    for p in o.get("finalise_problems") or []:
        print(
            f"  ! not ready to finalise: {p['code']}"
            + (f" ({', '.join(p['questions'])})" if p.get("questions") else "")
        )
    if o.get("rule_label"):
        print(o["rule_label"])
    if s.get("next_unanswered"):
        print(f"Next unanswered: {s['next_unanswered']}")


def _print_compare(c) -> None:
    print(
        f"Overall: {c['before']['level']} ({c['before']['score']}) → {c['after']['level']} ({c['after']['score']})"
        + (" — review triggered" if c["review_triggered"] else "")
    )
    for s in c["sections"]:
        print(f"  {s['title']:<52} {s['score_before']} → {s['score_after']}")
        for ch in s["changes"]:
            print(f"      {ch['question']}: {ch['before'] or '—'} → {ch['after'] or '—'}")
