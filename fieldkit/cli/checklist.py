"""``checklist list|show|validate``: checklist definitions (no workspace needed); ``checklist import|export``: a
workspace's checklists to and from XLSForm workbooks."""

from __future__ import annotations

from pathlib import Path

from ..languages import CODES
from .common import EXISTING, NONE, actions, command, fmt_flag, out


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
    s = ck.add_parser("import", help="add a checklist written as an XLSForm (.xlsx) to the workspace")
    s.add_argument("file")
    fmt_flag(s)
    command(s, import_, workspace=EXISTING)
    s = ck.add_parser("export", help="write a checklist (shipped or imported) as an XLSForm workbook")
    s.add_argument("id", help="checklist id, or id@version")
    s.add_argument("--xlsform", required=True, metavar="OUT.xlsx", help="the workbook to write")
    fmt_flag(s)
    command(s, export, workspace=NONE)


def _registry(args=None):
    """The shipped checklists, and those of the workspace named by ``--data-dir`` (imported or sent by HQ), read
    from its ``checklists/`` folder without opening the workspace."""
    from .. import paths
    from ..checklists.registry import ChecklistRegistry

    extra = paths.resolve_data_dir(getattr(args, "data_dir", None)) / "checklists" if args is not None else None
    return ChecklistRegistry(extra=extra)


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
        for c in _registry(args).all()
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

    c = _registry(args).get(args.id)
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

    if Path(args.file).suffix.lower() in (".xlsx", ".xlsm"):
        from ..checklists import xlsform

        imported = xlsform.read(args.file)
        c = imported.checklist
        for note in imported.notes:
            print(f"Note: {note}")
    else:
        c = load(args.file)
    print(f"{Path(args.file).name} is valid: {c.key}, {len(c.sections)} sections, {len(c.questions())} questions.")
    return 0


def import_(ws, args) -> int:
    from ..checklists import xlsform
    from ..checklists.scoring import is_scored

    imported = xlsform.read(args.file)
    c = imported.checklist
    res = xlsform.install(ws, imported)
    data = {
        **res,
        "title": c.title,
        "sections": len(c.sections),
        "questions": len(c.questions()),
        "scored": is_scored(c),
        "notes": imported.notes,
    }

    def show_text(d):
        from ..checklists.definition import text_of

        state = "imported" if d["changed"] else "already installed, unchanged"
        print(
            f"{text_of(d['title'])} ({d['id']}@{d['version']}): {state}; {d['sections']} sections, "
            f"{d['questions']} questions, {'scored' if d['scored'] else 'not scored'}."
        )
        for note in d["notes"]:
            print(f"Note: {note}")

    out(args, data, show_text)
    return 0


def export(_ws, args) -> int:
    from ..checklists import xlsform

    c = _registry(args).get(args.id)
    path = xlsform.write(c, args.xlsform)
    out(args, {"id": c.id, "version": c.version, "path": str(path)}, lambda d: print(f"Wrote {d['path']}"))
    return 0
