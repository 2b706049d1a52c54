"""``checklist list|show|validate``: checklist definitions (no workspace needed)."""

from __future__ import annotations

from pathlib import Path

from ..languages import CODES
from .common import NONE, actions, command, fmt_flag, out


def add_commands(sub) -> None:
    ck = actions(sub.add_parser("checklist", help="checklist definitions"), "action")
    s = ck.add_parser("list")
    fmt_flag(s)
    command(s, list_, workspace=NONE)
    s = ck.add_parser("show")
    s.add_argument("id", nargs="?", default="spotting-the-spoilers")
    s.add_argument("--lang", choices=list(CODES))
    fmt_flag(s)
    command(s, show, workspace=NONE)
    s = ck.add_parser("validate", help="check a checklist file a mission wrote")
    s.add_argument("file")
    command(s, validate, workspace=NONE)


def _registry():
    from ..checklists.registry import ChecklistRegistry

    return ChecklistRegistry()


def list_(_ws, args) -> int:
    from ..checklists.definition import text_of

    data = [
        {
            "id": c.id,
            "version": c.version,
            "title": c.title,
            "sections": len(c.sections),
            "questions": len(c.questions()),
        }
        for c in _registry().all()
    ]

    def show_list(d):
        for c in d:
            print(
                f"{c['id']}@{c['version']}  {text_of(c['title'])}  ({c['sections']} sections, "
                f"{c['questions']} questions)"
            )

    out(args, data, show_list)
    return 0


def show(_ws, args) -> int:
    from ..checklists.definition import text_of

    c = _registry().get(args.id)
    lang = args.lang or "en"

    def show_text(_d):
        print(f"{text_of(c.title, lang)} ({c.key})")
        for s in c.sections:
            print(f"\n{text_of(s.title, lang)}")
            for q in s.questions:
                print(f"  {q.id:<5} [{q.type}] {text_of(q.text, lang)}")

    out(args, c.to_dict(args.lang), show_text)
    return 0


def validate(_ws, args) -> int:
    from ..checklists.definition import load

    c = load(args.file)
    print(f"{Path(args.file).name} is valid: {c.key}, {len(c.sections)} sections, {len(c.questions())} questions.")
    return 0
