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
    _record_commands(asm)


def _record_commands(asm) -> None:
    """``assessment market|actor|judgement ...``: the records kept with an assessment (fieldkit/checklists/records)."""
    from ..checklists import records

    mk = actions(asm.add_parser("market", help="the criminal markets recorded in an assessment"), "market_action")
    s = mk.add_parser("set", help="record or change one market (fields not given keep their value)")
    s.add_argument("assessment_id")
    s.add_argument("market", help="criminal_market vocabulary code, e.g. DRG_COC, FIN, CYB, EXC")
    s.add_argument("--scale", help="0-4: size and reach; empty = unknown")
    s.add_argument("--harm", help="0-4: harm to people, the state, the economy, the environment; empty = unknown")
    s.add_argument("--trend", choices=records.TRENDS)
    for f in ("origin", "transit", "destination", "prices", "seizures", "note"):
        s.add_argument(f"--{f}")
    s.add_argument("--actors", help="comma-separated actor names (the actor records of this assessment)")
    s.add_argument("--reason", default="", help="required to change a final assessment")
    fmt_flag(s)
    command(s, market_set)
    s = mk.add_parser("list", help="the markets, highest score first")
    s.add_argument("assessment_id")
    s.add_argument("--lang", choices=["en", "fr"], default="en")
    fmt_flag(s)
    command(s, market_list)
    s = mk.add_parser("remove")
    s.add_argument("assessment_id")
    s.add_argument("market")
    s.add_argument("--reason", default="")
    fmt_flag(s)
    command(s, market_remove)
    s = mk.add_parser("compare", help="each market's score and trend in two assessments")
    s.add_argument("before")
    s.add_argument("after")
    fmt_flag(s)
    command(s, market_compare)

    ac = actions(asm.add_parser("actor", help="the actors recorded in an assessment"), "actor_action")
    s = ac.add_parser("set", help="record or change one actor, by name (fields not given keep their value)")
    s.add_argument("assessment_id")
    s.add_argument("name")
    s.add_argument("--type", help="actor_type vocabulary code")
    s.add_argument("--role", help="actor_role vocabulary code: the place in the chain")
    s.add_argument("--capability", help="0-4; empty = unknown")
    s.add_argument("--armed-links", choices=records.LINKS)
    s.add_argument("--state-links", choices=records.LINKS)
    s.add_argument("--trend", choices=records.TRENDS)
    s.add_argument("--note")
    s.add_argument("--reason", default="", help="required to change a final assessment")
    fmt_flag(s)
    command(s, actor_set)
    s = ac.add_parser("list", help="the actors, with their markets and the incidents naming them in the period")
    s.add_argument("assessment_id")
    fmt_flag(s)
    command(s, actor_list)
    s = ac.add_parser("remove")
    s.add_argument("assessment_id")
    s.add_argument("name")
    s.add_argument("--reason", default="")
    fmt_flag(s)
    command(s, actor_remove)
    s = ac.add_parser("compare", help="the actors of two assessments, matched by name, and what changed")
    s.add_argument("before")
    s.add_argument("after")
    fmt_flag(s)
    command(s, actor_compare)

    jd = actions(asm.add_parser("judgement", help="the key judgements of the report's first page"), "judgement_action")
    s = jd.add_parser("list", help="the judgements the report prints (the analyst's, else derived)")
    s.add_argument("assessment_id")
    s.add_argument("--lang", choices=["en", "fr"])
    fmt_flag(s)
    command(s, judgement_list)
    s = jd.add_parser("set", help="write judgement N (one past the last adds one); the first edit keeps the others")
    s.add_argument("assessment_id")
    s.add_argument("position", help="1-6")
    s.add_argument("--text", required=True)
    s.add_argument("--likelihood", required=True, choices=records.LIKELIHOOD)
    s.add_argument("--confidence", required=True, choices=records.CONFIDENCE)
    s.add_argument("--lang", choices=["en", "fr"])
    s.add_argument("--reason", default="")
    fmt_flag(s)
    command(s, judgement_set)
    s = jd.add_parser("remove")
    s.add_argument("assessment_id")
    s.add_argument("position", help="1-6")
    s.add_argument("--lang", choices=["en", "fr"])
    s.add_argument("--reason", default="")
    fmt_flag(s)
    command(s, judgement_remove)
    s = jd.add_parser("reset", help="back to the judgements derived from the answers")
    s.add_argument("assessment_id")
    s.add_argument("--reason", default="")
    fmt_flag(s)
    command(s, judgement_reset)


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
        f"Threat level: {'NOT SCORED' if o['level'] == 'not_scored' else o['level'].upper()}  "
        f"score {o['score'] if o['score'] is not None else '—'}/10  "
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
    if s.get("markets"):
        print("Criminal markets (score /10, trend):")
        for m in s["markets"]:
            print(f"  {m['market']:<8} {m['score'] if m['score'] is not None else '—':>5}  {m['trend']}")
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


# ---- markets, actors, judgements -----------------------------------------------------------------------------
MARKET_FLAGS = ("scale", "harm", "trend", "origin", "transit", "destination", "prices", "seizures", "note", "actors")
ACTOR_FLAGS = ("type", "role", "capability", "armed_links", "state_links", "trend", "note")


def market_set(ws, args) -> int:
    aid = ws.assessments.resolve_id(args.assessment_id)
    fields = {k: getattr(args, k) for k in MARKET_FLAGS if getattr(args, k) is not None}
    m = ws.assessment_records.set_market(aid, args.market, reason=args.reason, **fields)
    out(
        args,
        m,
        lambda r: print(f"Market {r['market']} saved (score {r['score'] if r['score'] is not None else '—'}/10)."),
    )
    return 0


def market_list(ws, args) -> int:
    aid = ws.assessments.resolve_id(args.assessment_id)
    rows = ws.assessment_records.markets(aid)

    def show_list(d):
        for m in d:
            routes = " → ".join(x or "?" for x in (m["origin"], m["transit"], m["destination"]))
            print(
                f"{m['market']:<8} {ws.vocab.label('criminal_market', m['market'], args.lang)[:40]:<40} "
                f"{m['score'] if m['score'] is not None else '—':>5}/10  {m['trend']:<8} {routes}"
                + (f"  actors: {', '.join(m['actors'])}" if m["actors"] else "")
            )
        if not d:
            print("No market recorded.")

    out(args, rows, show_list)
    return 0


def market_remove(ws, args) -> int:
    aid = ws.assessments.resolve_id(args.assessment_id)
    ws.assessment_records.remove_market(aid, args.market, reason=args.reason)
    out(args, {"removed": args.market}, lambda r: print(f"Market {r['removed']} removed."))
    return 0


def market_compare(ws, args) -> int:
    store = ws.assessments
    rows = ws.assessment_records.compare_markets(store.resolve_id(args.before), store.resolve_id(args.after))

    def show(d):
        for r in d:
            print(
                f"{r['market']:<8} {r['score_before'] if r['score_before'] is not None else '—':>5} → "
                f"{r['score_after'] if r['score_after'] is not None else '—':<5} "
                f"{r['trend_before'] or '—'} → {r['trend_after'] or '—'}"
                + (f"  (only {r['only']})" if r["only"] else "")
            )

    out(args, rows, show)
    return 0


def actor_set(ws, args) -> int:
    aid = ws.assessments.resolve_id(args.assessment_id)
    fields = {k: getattr(args, k) for k in ACTOR_FLAGS if getattr(args, k) is not None}
    a = ws.assessment_records.set_actor(aid, args.name, reason=args.reason, **fields)
    out(args, a, lambda r: print(f"Actor {r['name']} saved."))
    return 0


def actor_list(ws, args) -> int:
    aid = ws.assessments.resolve_id(args.assessment_id)
    rec = ws.assessments.get(aid)
    rows = ws.assessment_records.actors(aid)
    for a in rows:
        a["incidents"] = ws.assessment_records.incidents_mentioning(
            a["name"], period=(rec["period_start"], rec["period_end"])
        )

    def show(d):
        for a in d:
            cap = a["capability"] if a["capability"] is not None else "?"
            print(
                f"{a['name'][:32]:<32} {a['type']:<12} {a['role'] or '—':<12} capability {cap}/4  "
                f"armed {a['armed_links']:<7} state {a['state_links']:<7} {a['trend']:<8} "
                f"markets {','.join(a['markets']) or '—'}  incidents {len(a['incidents'])}"
            )
        if not d:
            print("No actor recorded.")

    out(args, rows, show)
    return 0


def actor_remove(ws, args) -> int:
    aid = ws.assessments.resolve_id(args.assessment_id)
    ws.assessment_records.remove_actor(aid, args.name, reason=args.reason)
    out(args, {"removed": args.name}, lambda r: print(f"Actor {r['removed']} removed."))
    return 0


def actor_compare(ws, args) -> int:
    store = ws.assessments
    rows = ws.assessment_records.compare_actors(store.resolve_id(args.before), store.resolve_id(args.after))

    def show(d):
        for r in d:
            if r["only"]:
                print(f"{r['name']}: only in the {r['only']} assessment")
            elif r["changes"]:
                changes = ", ".join(f"{k} {v['before']} → {v['after']}" for k, v in r["changes"].items())
                print(f"{r['name']}: {changes}")
            else:
                print(f"{r['name']}: unchanged")

    out(args, rows, show)
    return 0


def _show_judgements(d) -> None:
    print("Set by the analyst:" if d["source"] == "analyst" else "Derived from the answers:")
    for j in d["judgements"]:
        print(f"  {j['position']}. {j['text']} [{j['likelihood']}, confidence {j['confidence']}]")


def judgement_list(ws, args) -> int:
    aid = ws.assessments.resolve_id(args.assessment_id)
    out(args, ws.assessment_records.front_judgements(aid, args.lang), _show_judgements)
    return 0


def judgement_set(ws, args) -> int:
    aid = ws.assessments.resolve_id(args.assessment_id)
    r = ws.assessment_records
    r.set_judgement(aid, args.position, args.text, args.likelihood, args.confidence, lang=args.lang, reason=args.reason)
    out(args, r.front_judgements(aid, args.lang), _show_judgements)
    return 0


def judgement_remove(ws, args) -> int:
    aid = ws.assessments.resolve_id(args.assessment_id)
    r = ws.assessment_records
    r.remove_judgement(aid, args.position, lang=args.lang, reason=args.reason)
    out(args, r.front_judgements(aid, args.lang), _show_judgements)
    return 0


def judgement_reset(ws, args) -> int:
    aid = ws.assessments.resolve_id(args.assessment_id)
    r = ws.assessment_records
    r.reset_judgements(aid, reason=args.reason)
    out(args, r.front_judgements(aid), _show_judgements)
    return 0
