"""``report assessment|incidents`` (PDF reports) and ``verify-report`` (a PDF checked against the data)."""

from __future__ import annotations

from ..languages import CODES
from .common import actions, command, filter_args, fmt_flag, make_filter, out


def add_commands(sub) -> None:
    r = actions(sub.add_parser("report", help="PDF reports"), "kind")
    s = r.add_parser("assessment", help="the assessment report for a decision maker")
    s.add_argument("id")
    s.add_argument("--out", required=True)
    s.add_argument(
        "--marking", help="handling marking (default: the UN sensitivity level set by the sharing answer, I9)"
    )
    s.add_argument("--lang", choices=list(CODES), help="default: the assessment's language")
    s.add_argument(
        "--include-sensitive", action="store_true", help="include incidents marked sensitive (marked as such)"
    )
    command(s, assessment)
    s = r.add_parser("incidents", help="a filtered list of incidents with a map")
    s.add_argument("--out", required=True)
    s.add_argument("--marking", help="handling marking (default: the 'marking' setting, else CONFIDENTIAL)")
    s.add_argument("--lang", choices=list(CODES), default="en")
    s.add_argument("--search", default="")
    filter_args(s)
    command(s, incidents)
    s = sub.add_parser("verify-report", help="check a PDF report against the data it was made from")
    s.add_argument("file")
    fmt_flag(s)
    command(s, verify_report)


def _written(res) -> int:
    print(f"Report written to {res['path']} ({res['incidents']} incidents; content SHA-256 {res['digest']}).")
    return 0


def assessment(ws, args) -> int:
    from .. import reports

    aid = ws.assessments.resolve_id(args.id)
    return _written(
        reports.assessment_report(
            ws, aid, args.out, marking=args.marking, lang=args.lang, include_sensitive=args.include_sensitive
        )
    )


def incidents(ws, args) -> int:
    from .. import reports

    flt = make_filter(args, text=args.search)
    return _written(reports.incidents_report(ws, flt, args.out, marking=args.marking, lang=args.lang))


def verify_report(ws, args) -> int:
    from .. import reports

    res = reports.verify_report(ws, args.file)

    def show(d):
        if not d["match"]:
            print(
                "The report does NOT match any assessment as it is now in this workspace: it was made from other "
                "or older data, or it was altered."
            )
        elif d.get("kind") == "assessment":
            print(f"The report matches the current data of the assessment of {d['area']} ({d['id']}).")
        else:
            print("The report matches the current incidents for its filters.")

    out(args, res, show)
    return 0 if res["match"] else 1
