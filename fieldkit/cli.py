"""``fieldkit``: every job the app does, from the command line.

Exit codes: 0 success, 2 usage error, 1 rejected input or failure (one plain sentence on stderr,
never a traceback; a rejected command changes nothing)."""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from . import __version__, paths
from .errors import FieldkitError

log = logging.getLogger(__name__)


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one plain sentence + usage, exit 2
        self.print_usage(sys.stderr)
        sys.stderr.write(f"fieldkit: {message}\n")
        raise SystemExit(2)


def _out(args, data, text_fn=None):
    if getattr(args, "format", "text") == "json":
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
    elif text_fn:
        text_fn(data)
    else:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def _fmt_flag(p):
    p.add_argument("--format", choices=["text", "json"], default="text", help="output format")


def _filter_args(p):
    p.add_argument("--category", action="append", default=[], help="category code (repeatable)")
    p.add_argument("--severity-min", type=int)
    p.add_argument("--severity-max", type=int)
    p.add_argument("--from", dest="date_from", help="occurred on or after (ISO date)")
    p.add_argument("--to", dest="date_to", help="occurred on or before (ISO date)")
    p.add_argument("--bbox", help="min_lon,min_lat,max_lon,max_lat")
    p.add_argument("--status", choices=["draft", "final"])
    p.add_argument("--tag", action="append", default=[])
    p.add_argument("--trash", action="store_true", help="list incidents in the trash instead")
    p.add_argument("--no-sensitive", action="store_true", help="leave out sensitive incidents")


def _make_filter(args, text=""):
    from .incidents import IncidentFilter
    bbox = None
    if getattr(args, "bbox", None):
        try:
            bbox = tuple(float(x) for x in args.bbox.split(","))
            if len(bbox) != 4:
                raise ValueError
        except ValueError:
            raise FieldkitError("--bbox must be four numbers: min_lon,min_lat,max_lon,max_lat.") from None
    return IncidentFilter(text=text, categories=args.category, severity_min=args.severity_min,
                          severity_max=args.severity_max, date_from=args.date_from, date_to=args.date_to, bbox=bbox,
                          status=args.status, tags=args.tag, trash=args.trash, include_sensitive=not args.no_sensitive)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="fieldkit", description="FieldKit: offline incident log, 'Spotting the Spoilers' assessments, maps and sync bundles.")
    p.add_argument("--version", action="version", version=f"FieldKit {__version__}")
    p.add_argument("--data-dir", help=f"workspace folder (default: ${paths.ENV_DATA_DIR} or the user data folder)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    sub.add_parser("init", help="create the workspace")
    s = sub.add_parser("demo", help="fill an empty workspace with realistic demo data")
    s.add_argument("--incidents", type=int, default=500)
    s.add_argument("--seed", type=int, default=1)
    s = sub.add_parser("info", help="show the workspace folder, device and record counts")
    _fmt_flag(s)
    s = sub.add_parser("config", help="show or set user settings (user_name, role, device_label, language, marking)")
    s.add_argument("key", nargs="?")
    s.add_argument("value", nargs="?")
    _fmt_flag(s)
    s = sub.add_parser("verify", help="check every history chain and attachment for tampering")
    _fmt_flag(s)

    # incidents
    inc = sub.add_parser("incident", help="log, find and edit incidents").add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    inc.required = True
    s = inc.add_parser("add", help="log a new incident")
    _incident_fields(s, required=True)
    s.add_argument("--attach", action="append", default=[], metavar="FILE", help="attach a file (repeatable)")
    _fmt_flag(s)
    s = inc.add_parser("list", help="list incidents (newest first)")
    _filter_args(s)
    s.add_argument("--limit", type=int)
    s.add_argument("--sort", default="occurred_at", choices=["occurred_at", "title", "category", "severity", "place", "status", "updated_at"])
    s.add_argument("--asc", action="store_true")
    _fmt_flag(s)
    s = inc.add_parser("search", help="full-text search with filters")
    s.add_argument("query")
    _filter_args(s)
    s.add_argument("--limit", type=int)
    _fmt_flag(s)
    s = inc.add_parser("show", help="show one incident with its attachments and history")
    s.add_argument("id")
    _fmt_flag(s)
    s = inc.add_parser("edit", help="change an incident (a final one needs --reason)")
    s.add_argument("id")
    _incident_fields(s, required=False)
    s.add_argument("--attach", action="append", default=[], metavar="FILE")
    s.add_argument("--reason", default="")
    _fmt_flag(s)
    s = inc.add_parser("delete", help="move an incident to the trash")
    s.add_argument("id")
    s.add_argument("--reason", default="")
    s = inc.add_parser("restore", help="restore an incident from the trash")
    s.add_argument("id")
    s = inc.add_parser("purge", help="remove an incident in the trash for good")
    s.add_argument("id")
    s = inc.add_parser("attachment", help="copy an attachment out after checking its hash")
    s.add_argument("sha256")
    s.add_argument("--out", required=True)

    # checklists and assessments
    ck = sub.add_parser("checklist", help="checklist definitions").add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    ck.required = True
    s = ck.add_parser("list")
    _fmt_flag(s)
    s = ck.add_parser("show")
    s.add_argument("id", nargs="?", default="spotting-the-spoilers")
    s.add_argument("--lang", choices=["en", "fr"])
    _fmt_flag(s)
    s = ck.add_parser("validate", help="check a checklist file a mission wrote")
    s.add_argument("file")

    asm = sub.add_parser("assessment", help="assessments made with a checklist").add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    asm.required = True
    s = asm.add_parser("new")
    s.add_argument("--area", required=True)
    s.add_argument("--checklist")
    s.add_argument("--from", dest="period_start")
    s.add_argument("--to", dest="period_end")
    s.add_argument("--assessor")
    s.add_argument("--lat", type=float)
    s.add_argument("--lon", type=float)
    s.add_argument("--bbox")
    s.add_argument("--lang", default="en", choices=["en", "fr"])
    s.add_argument("--from-last", action="store_true", help="start from the area's latest assessment")
    s.add_argument("--based-on")
    _fmt_flag(s)
    s = asm.add_parser("answer")
    s.add_argument("assessment_id")
    s.add_argument("question_id")
    s.add_argument("value", help="the answer ('unknown' if not known; comma-separated codes for multiple choice; 'clear' removes it)")
    s.add_argument("--note")
    s.add_argument("--evidence", action="append", default=None, metavar="INCIDENT_ID")
    s.add_argument("--reason", default="", help="required to change a final assessment")
    _fmt_flag(s)
    s = asm.add_parser("show")
    s.add_argument("id")
    s.add_argument("--lang", choices=["en", "fr"])
    _fmt_flag(s)
    s = asm.add_parser("list")
    s.add_argument("--area")
    _fmt_flag(s)
    s = asm.add_parser("compare")
    s.add_argument("before")
    s.add_argument("after")
    s.add_argument("--lang", choices=["en", "fr"])
    _fmt_flag(s)
    s = asm.add_parser("finalise")
    s.add_argument("id")
    _fmt_flag(s)

    from . import cli_more
    cli_more.add_commands(sub, _fmt_flag, _filter_args)
    return p


def _incident_fields(s, required: bool):
    s.add_argument("--title", required=required)
    s.add_argument("--description", required=required)
    s.add_argument("--occurred-at", required=required, help="ISO 8601, e.g. 2026-03-14T22:30Z or 2026-03-14")
    s.add_argument("--precision", dest="occurred_precision", choices=["exact", "day", "month", "approximate"])
    s.add_argument("--lat", required=required)
    s.add_argument("--lon", required=required)
    s.add_argument("--place")
    s.add_argument("--location-precision", choices=["exact", "near", "district", "region", "country"])
    s.add_argument("--category", required=required, help="incident category code, e.g. MOVE_OBS")
    s.add_argument("--severity", required=required, help="1 (minimal) to 5 (critical)")
    s.add_argument("--actor", action="append", default=None, metavar="NAME[:TYPE]")
    s.add_argument("--source-type")
    s.add_argument("--source-grade", help="reliability A-F and credibility 1-6, e.g. B2")
    s.add_argument("--tag", action="append", default=None)
    s.add_argument("--status", choices=["draft", "final"])
    s.add_argument("--sensitive", action="store_true", default=None)


def _incident_data(args) -> dict:
    keys = ["title", "description", "occurred_at", "occurred_precision", "lat", "lon", "place", "location_precision",
            "category", "severity", "source_type", "source_grade", "status", "sensitive"]
    data = {k: getattr(args, k) for k in keys if getattr(args, k, None) is not None}
    if args.actor is not None:
        data["actors"] = args.actor
    if args.tag is not None:
        data["tags"] = args.tag
    return data


def _print_incidents(rows):
    if not rows:
        print("No incidents match.")
        return
    for r in rows:
        grade = f"{r.get('source_reliability') or ''}{r.get('source_credibility') or ''}" or "--"
        flag = " [sensitive]" if r.get("sensitive") else ""
        print(f"{r['id'][:8]}  {r['occurred_at'][:16].replace('T', ' ')}  S{r['severity']}  {r['category']:<11} {grade:<2}  "
              f"{r['title']}{' — ' + r['place'] if r.get('place') else ''}{flag}")
    print(f"{len(rows)} incident(s).")


def _print_incident(rec):
    for k in ("id", "title", "description", "occurred_at", "occurred_precision", "reported_at", "lat", "lon", "place",
              "location_precision", "category", "severity", "source_type", "source_grade", "status", "sensitive", "version",
              "head_hash", "created_at", "updated_at", "deleted_at"):
        print(f"{k:>19}: {rec.get(k) if rec.get(k) is not None else ''}")
    print(f"{'actors':>19}: {', '.join(a['name'] + (' (' + a['type'] + ')' if a['type'] else '') for a in rec['actors'])}")
    print(f"{'tags':>19}: {', '.join(rec['tags'])}")
    for a in rec.get("attachments", []):
        print(f"{'attachment':>19}: {a['filename']}  {a['size']} bytes  sha256 {a['sha256']}")
    for v in rec.get("history", []):
        print(f"{'version ' + str(v['version']):>19}: {v['created_at']}  {v['author'] or v['device_id'][:8]}  {v['reason']}  {v['hash'][:16]}")


def open_ws(args, create=False):
    from .workspace import Workspace
    folder = paths.resolve_data_dir(args.data_dir)
    from . import logsetup
    if create or (folder / "fieldkit.sqlite").exists():
        logsetup.configure(folder)
    return Workspace(folder, create=create)


def run(args) -> int:
    cmd = args.command
    if cmd is None:
        raise UsageError("no command given; see 'fieldkit --help'")
    if cmd == "init":
        ws = open_ws(args, create=True)
        print(f"Workspace ready in {ws.folder}")
        return 0
    if cmd == "demo":
        from . import demo
        if args.incidents < 0:
            raise FieldkitError("--incidents must be 0 or more.")
        ws = open_ws(args, create=True)
        made = demo.fill(ws, incidents=args.incidents, seed=args.seed)
        print(f"Demo data loaded into {ws.folder}: {made['incidents']} incidents, {made['assessments']} assessments.")
        return 0
    if cmd == "checklist":  # definitions need no workspace
        from .checklists.registry import ChecklistRegistry

        class _NoWorkspace:
            checklists = ChecklistRegistry()
        return _checklist(_NoWorkspace, args)
    ws = open_ws(args)
    try:
        return _dispatch(ws, args)
    finally:
        ws.close()


def _dispatch(ws, args) -> int:
    cmd = args.command
    if cmd == "info":
        data = {"folder": str(ws.folder), "device_id": ws.device_id, "user_name": ws.user_name, "counts": ws.counts()}
        _out(args, data, lambda d: print("\n".join(f"{k}: {v}" for k, v in d.items())))
        return 0
    if cmd == "config":
        allowed = ("user_name", "role", "device_label", "language", "marking")
        if args.key is None:
            s = ws.settings.all()
            _out(args, s, lambda d: print("\n".join(f"{k} = {v}" for k, v in d.items())))
            return 0
        if args.key not in allowed and args.key != "device_id":
            raise FieldkitError("Unknown setting {key}; use one of: {allowed}.", key=args.key, allowed=", ".join(allowed))
        if args.value is None:
            print(ws.settings.get(args.key, ""))
            return 0
        if args.key == "device_id":
            raise FieldkitError("The device id cannot be changed.")
        ws.settings.set(args.key, args.value)
        print(f"{args.key} = {args.value}")
        return 0
    if cmd == "verify":
        inc = ws.incidents.verify()
        asm = ws.assessments.verify()
        problems = inc["problems"] + asm["problems"]
        data = {"checked": {**inc["checked"], **asm["checked"]}, "problems": problems, "ok": not problems}

        def show(d):
            c = d["checked"]
            print(f"Checked {c['incidents']} incident(s), {c['assessments']} assessment(s), {c['attachments']} attachment(s).")
            for p in d["problems"]:
                print(f"FAIL {p['kind']} {p['record']}: {p['problem']}")
            print("Everything verifies." if d["ok"] else f"{len(d['problems'])} problem(s) found.")
        _out(args, data, show)
        return 0 if not problems else 1
    if cmd == "incident":
        return _incident(ws, args)
    if cmd == "assessment":
        return _assessment(ws, args)
    from . import cli_more
    return cli_more.dispatch(ws, args, _out, _make_filter)


def _incident(ws, args) -> int:
    a = args.action
    store = ws.incidents
    if a == "add":
        rec = store.add(_incident_data(args), attachments=args.attach)
        _out(args, rec, lambda r: print(f"Incident {r['id']} saved ({r['status']})."))
    elif a in ("list", "search"):
        flt = _make_filter(args, text=args.query if a == "search" else "")
        kw = {"sort": "rank" if a == "search" else args.sort, "descending": not getattr(args, "asc", False)}
        rows = store.search(flt, limit=args.limit, **kw)
        _out(args, rows, _print_incidents)
    elif a == "show":
        rec = store.get(store.resolve_id(args.id))
        rec["history"] = store.versions(rec["id"])
        for v in rec["history"]:
            v.pop("content", None) if args.format == "text" else None
        _out(args, rec, _print_incident)
    elif a == "edit":
        iid = store.resolve_id(args.id)
        rec = store.update(iid, _incident_data(args), reason=args.reason, add_attachments=args.attach)
        print(f"Incident {rec['id']} saved (version {rec['version']}).")
    elif a == "delete":
        rec = store.delete(store.resolve_id(args.id), reason=args.reason or "Moved to the trash")
        print(f"Incident {rec['id']} moved to the trash.")
    elif a == "restore":
        rec = store.restore(store.resolve_id(args.id))
        print(f"Incident {rec['id']} restored.")
    elif a == "purge":
        iid = store.resolve_id(args.id)
        store.purge(iid)
        print(f"Incident {iid} purged.")
    elif a == "attachment":
        import shutil
        src = store.open_attachment(args.sha256)
        shutil.copyfile(src, args.out)
        print(f"Attachment verified (sha256 {args.sha256}) and written to {args.out}.")
    return 0


def _checklist(ws, args) -> int:
    from .checklists.definition import load, text_of
    if args.action == "list":
        data = [{"id": c.id, "version": c.version, "title": c.title, "sections": len(c.sections), "questions": len(c.questions())}
                for c in ws.checklists.all()]
        _out(args, data, lambda d: [print(f"{c['id']}@{c['version']}  {text_of(c['title'])}  ({c['sections']} sections, "
                                          f"{c['questions']} questions)") for c in d])
    elif args.action == "show":
        c = ws.checklists.get(args.id)

        def show(d):
            print(f"{text_of(c.title, args.lang or 'en')} ({c.key})")
            for s in c.sections:
                print(f"\n{text_of(s.title, args.lang or 'en')}")
                for q in s.questions:
                    print(f"  {q.id:<5} [{q.type}] {text_of(q.text, args.lang or 'en')}")
        _out(args, c.to_dict(args.lang), show)
    elif args.action == "validate":
        c = load(args.file)
        print(f"{Path(args.file).name} is valid: {c.key}, {len(c.sections)} sections, {len(c.questions())} questions.")
    return 0


def _assessment(ws, args) -> int:
    store = ws.assessments
    lang = getattr(args, "lang", None)
    if args.action == "new":
        bbox = [float(x) for x in args.bbox.split(",")] if args.bbox else None
        rec = store.new(args.area, checklist_id=args.checklist, period_start=args.period_start, period_end=args.period_end,
                        assessor=args.assessor, lat=args.lat, lon=args.lon, bbox=bbox, language=args.lang,
                        based_on=store.resolve_id(args.based_on) if args.based_on else None, from_last=args.from_last)
        _out(args, rec, lambda r: print(f"Assessment {r['id']} started for {r['area_name']} ({r['period_start']} to {r['period_end']})."))
    elif args.action == "answer":
        aid = store.resolve_id(args.assessment_id)
        value = None if args.value.strip().lower() == "clear" else args.value
        evidence = [ws.incidents.resolve_id(e) for e in args.evidence] if args.evidence else None
        res = store.answer(aid, args.question_id, value, note=args.note, evidence=evidence, reason=args.reason)
        _out(args, res, lambda r: print(f"{r['question']} = {r['value']!r} saved."))
    elif args.action == "show":
        s = store.summary(store.resolve_id(args.id), lang)
        _out(args, s, _print_summary)
    elif args.action == "list":
        rows = store.list(args.area)
        _out(args, rows, lambda d: [print(f"{r['id'][:8]}  {r['area_name']:<24} {r['period_start']} → {r['period_end']}  {r['status']}")
                                    for r in d] or print("No assessments."))
    elif args.action == "compare":
        c = store.compare(store.resolve_id(args.before), store.resolve_id(args.after), lang)
        _out(args, c, _print_compare)
    elif args.action == "finalise":
        rec = store.finalise(store.resolve_id(args.id))
        _out(args, rec, lambda r: print(f"Assessment {r['id']} is final (version {r['version']}, hash {r['head_hash'][:16]})."))
    return 0


def _print_summary(s):
    a, o = s["assessment"], s["overall"]
    print(f"{a['area_name']}  {a['period_start']} → {a['period_end']}  ({a['status']}, {a['checklist_id']}@{a['checklist_version']})")
    print(f"Threat level: {o['level'].upper()}  score {o['score'] if o['score'] is not None else '—'}/10  "
          f"completeness {o['completeness']:.0%}  coverage {o['coverage']:.0%}  confidence {o['confidence']}  "
          f"answers with evidence {o['with_evidence']}")
    for sec in s["sections"]:
        score = sec["score"] if sec["score"] is not None else sec["resilience"]
        print(f"  {sec['title']:<52} {sec['kind']:<10} {score if score is not None else '—':>5}  {sec['level'] or '':<12} "
              f"{sec['answered']}/{sec['relevant']} answered")
    if o["why"]:
        print("Why this level:")
        for w in o["why"]:
            print(f"  - {w['text']}" + (f" → {w['answer']} ({w['score']:.0f}/4)" if w["kind"] == "answer" else ""))
    if s.get("next_unanswered"):
        print(f"Next unanswered: {s['next_unanswered']}")


def _print_compare(c):
    print(f"Overall: {c['before']['level']} ({c['before']['score']}) → {c['after']['level']} ({c['after']['score']})"
          + (" — review triggered" if c["review_triggered"] else ""))
    for s in c["sections"]:
        print(f"  {s['title']:<52} {s['score_before']} → {s['score_after']}")
        for ch in s["changes"]:
            print(f"      {ch['question']}: {ch['before'] or '—'} → {ch['after'] or '—'}")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            parser.print_help()
            return 2
        return run(args)
    except FieldkitError as e:
        log.warning("rejected: %s", e.message)
        sys.stderr.write(f"Error: {e.message}\n")
        return 1
    except UsageError as e:
        sys.stderr.write(f"fieldkit: {e}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted.\n")
        return 1
    except Exception as e:  # never a traceback for the user; the log keeps it
        log.exception("unexpected error")
        sys.stderr.write(f"Error: something unexpected went wrong ({type(e).__name__}: {e}). Details are in the log.\n")
        return 1


if __name__ == "__main__":
    sys.exit(main())
