"""Keep every resources/i18n/fieldkit_<lang>.ts in step with the code.

- the UI's strings (self.tr, QCoreApplication.translate) are extracted by pyside6-lupdate, which keeps the
  translations already made;
- the core's messages (fieldkit.errors.msg(...) and the first argument of every FieldkitError subclass)
  go to the context "core", and record field names to the context "fields".

    python tools/update_translations.py            # update every .ts in place
    python tools/update_translations.py --lang ar  # update (or create) the .ts of one shipped language
    python tools/update_translations.py --check    # exit 1 if a .ts lacks a string of the code
Translators then fill the translations in Qt Linguist (pyside6-linguist) or any editor.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
I18N = ROOT / "resources" / "i18n"
# msg(), the bundle module's _refuse(), and every FieldkitError class (found by walking the subclasses, so a new
# error class needs no entry here)
ERROR_CALLS = {"msg", "_refuse"}
FIELDS = (
    "title",
    "description",
    "occurred_at",
    "occurred_precision",
    "reported_at",
    "lat",
    "lon",
    "place",
    "location_precision",
    "category",
    "severity",
    "actors",
    "source_type",
    "source_reliability",
    "source_credibility",
    "source_grade",
    "tags",
    "status",
    "sensitive",
    "reason",
    "attachments",
    "id",
    "area",
    "period",
    "period_start",
    "period_end",
    "point",
    "bbox",
    "language",
    "checklist",
    "question",
    "evidence",
    "required",
    "based_on",
    "choice",
    "passphrase",
    "device_label",
    "user_name",
    "role",
    # incidents and assessment records (issue 18)
    "markets",
    "fatalities",
    "market",
    "scale",
    "harm",
    "trend",
    "origin",
    "transit",
    "destination",
    "prices",
    "seizures",
    "note",
    "name",
    "type",
    "capability",
    "armed_links",
    "state_links",
    "text",
    "likelihood",
    "confidence",
    "position",
)


def _error_classes() -> set[str]:
    import importlib
    import pkgutil

    import fieldkit
    from fieldkit.errors import FieldkitError

    for m in pkgutil.walk_packages(fieldkit.__path__, "fieldkit."):
        if m.name != "fieldkit.__main__":
            importlib.import_module(m.name)
    names, todo = set(), [FieldkitError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo += cls.__subclasses__()
    return names


def core_strings() -> list[str]:
    import inspect

    from fieldkit.errors import ValidationError

    calls = ERROR_CALLS | _error_classes()
    found: list[str] = [inspect.signature(ValidationError.__init__).parameters["template"].default]
    for path in sorted((ROOT / "fieldkit").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = (
                node.func.id
                if isinstance(node.func, ast.Name)
                else node.func.attr
                if isinstance(node.func, ast.Attribute)
                else ""
            )
            if name not in calls:
                continue
            args = list(node.args[:1]) + [k.value for k in node.keywords if k.arg == "template"]
            for a in args:
                if isinstance(a, ast.Constant) and isinstance(a.value, str) and a.value not in found:
                    found.append(a.value)
    return found


def lang_of(ts: Path) -> str:
    return ts.stem.split("_", 1)[1]


def ts_files() -> list[Path]:
    return sorted(I18N.glob("fieldkit_*.ts"))


def _file_language(ts: Path) -> str | None:
    """The language the .ts file declares (pt_PT, fr_FR...): lupdate warns when told another."""
    try:
        return ET.parse(ts).getroot().get("language") or None
    except (OSError, ET.ParseError):
        return None


def lupdate(ts: Path) -> None:
    exe = Path(sys.executable).parent / "pyside6-lupdate"
    files = [str(p) for p in sorted((ROOT / "ui").rglob("*.py"))]
    # the target language sets the header and how many plural forms a numerus message has (Arabic: six)
    subprocess.run(
        [
            str(exe if exe.exists() else "pyside6-lupdate"),
            *files,
            "-ts",
            str(ts),
            "-target-language",
            _file_language(ts) or lang_of(ts),
            "-no-obsolete",
            "-silent",
        ],
        check=True,
        cwd=ROOT,
    )


def merge_context(root: ET.Element, name: str, sources: list[str]) -> None:
    ctx = next((c for c in root.findall("context") if c.findtext("name") == name), None)
    old = {}
    if ctx is not None:
        for m in ctx.findall("message"):
            old[m.findtext("source")] = m.find("translation")
        root.remove(ctx)
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = name
    for src in sources:
        m = ET.SubElement(ctx, "message")
        ET.SubElement(m, "source").text = src
        tr = old.get(src)
        if tr is not None and (tr.text or "").strip():
            m.append(tr)
        else:
            ET.SubElement(m, "translation", {"type": "unfinished"})


_TR_IN_FSTRING = re.compile(r"""self\.tr\((?P<q>['"])(?P<text>(?:(?!(?P=q)).)+)(?P=q)\)""")


def fstring_strings() -> dict[str, list[str]]:
    """self.tr('…') calls written inside f-strings, which lupdate cannot see: {class name: [texts]}."""
    found: dict[str, list[str]] = {}
    for path in sorted((ROOT / "ui").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef):
                body = "\n".join(lines[node.lineno - 1 : node.end_lineno])
                for m in _TR_IN_FSTRING.finditer(body):
                    text = ast.literal_eval(m.group("q") + m.group("text") + m.group("q"))
                    found.setdefault(node.name, [])
                    if text not in found[node.name]:
                        found[node.name].append(text)
    return found


def add_missing(root: ET.Element, name: str, sources: list[str]) -> None:
    ctx = next((c for c in root.findall("context") if c.findtext("name") == name), None)
    if ctx is None:
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
    have = {m.findtext("source") for m in ctx.findall("message")}
    for src in sources:
        if src not in have:
            m = ET.SubElement(ctx, "message")
            ET.SubElement(m, "source").text = src
            ET.SubElement(m, "translation", {"type": "unfinished"})


def update(ts: Path) -> None:
    # lupdate drops what it cannot see (the core's messages, tr() inside f-strings): remember every
    # finished translation first, and give it back to the same (context, source) afterwards.
    before: dict[tuple[str, str], ET.Element] = {}
    if ts.exists():
        for c in ET.parse(ts).getroot().findall("context"):
            for m in c.findall("message"):
                tr = m.find("translation")
                if (
                    tr is not None
                    and tr.get("type") not in ("unfinished", "vanished", "obsolete")
                    and ((tr.text or "").strip() or any((f.text or "").strip() for f in tr.findall("numerusform")))
                ):
                    before[(c.findtext("name"), m.findtext("source"))] = tr
    lupdate(ts)
    tree = ET.parse(ts)
    root = tree.getroot()
    for cls, texts in fstring_strings().items():
        add_missing(root, cls, texts)
    merge_context(root, "core", core_strings())
    merge_context(root, "fields", list(FIELDS))
    for c in root.findall("context"):
        for m in c.findall("message"):
            tr = m.find("translation")
            old = before.get((c.findtext("name"), m.findtext("source")))
            if old is not None and (tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete")):
                if tr is not None:
                    m.remove(tr)
                m.append(old)
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name"), m.findtext("source")) for c in root.findall("context") for m in c.findall("message")}


def main(argv: list[str]) -> int:
    from fieldkit.languages import CODES, DEFAULT

    if "--lang" in argv:
        i = argv.index("--lang")
        lang = argv[i + 1] if i + 1 < len(argv) else ""
        if lang not in CODES or lang == DEFAULT:
            print(f"--lang takes a shipped language other than {DEFAULT}: {', '.join(CODES[1:])}")
            return 2
        targets = [I18N / f"fieldkit_{lang}.ts"]  # created when missing
    else:
        targets = ts_files()
    if "--check" in argv:
        failed = False
        for ts in targets:
            with tempfile.TemporaryDirectory() as d:
                tmp = Path(d) / ts.name
                shutil.copy(ts, tmp)
                update(tmp)
                missing = sources(tmp) - sources(ts)
            for ctx, src in sorted(missing):
                print(f"not in {ts.name}: [{ctx}] {src}")
            failed = failed or bool(missing)
        return 1 if failed else 0
    for ts in targets:
        update(ts)
        print(f"updated {ts}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
