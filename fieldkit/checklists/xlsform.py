"""XLSForm (the spreadsheet forms of ODK and KoboToolbox) to and from FieldKit checklists.

``read(path)`` turns a workbook into the data of a ``fieldkit-checklist/1`` definition and validates it with the
same ``definition.from_data`` the YAML files go through; ``write(checklist, path)`` writes one back. The mapping and
FieldKit's extra columns (format ``fieldkit-xlsform/1``) are documented in ``docs/checklist-format.md``.

A workbook is untrusted: its size, its unpacked size, its rows, columns and cell lengths are bounded before and
while it is read, a formula counts by the value the spreadsheet saved (as in pyxform) and is refused where it has
none, and every problem names the sheet, the
row and what is wrong.
"""

from __future__ import annotations

import math
import os
import re
import tempfile
import warnings
import zipfile
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path

import yaml

from ..errors import ChecklistDefinitionError, NotFound
from . import expr
from .definition import FORMAT, YESNO, Checklist, from_data, text_of

XLSFORM_FORMAT = "fieldkit-xlsform/1"
MAX_FILE = 10 << 20  # bytes of the .xlsx itself
MAX_UNPACKED = 60 << 20  # bytes once unzipped (a zip bomb stops here)
MAX_RATIO = 200  # unpacked / packed for any one member
MAX_MEMBERS = 2000
MAX_ROWS = 10000  # rows holding something, per sheet
MAX_EMPTY_RUN = 2000  # a sheet ends after this many empty rows in a row
MAX_COLS = 200
MAX_CELL = 20000  # characters in one cell
FORM_SOURCE = "FORM"  # the source reference of questions that name none: the form itself
LANG_NAMES = {
    "en": "English",
    "fr": "French",
    "ar": "Arabic",
    "pt": "Portuguese",
    "es": "Spanish",
    "sw": "Swahili",
    "ru": "Russian",
    "zh": "Chinese",
    "am": "Amharic",
    "so": "Somali",
    "ha": "Hausa",
    "ln": "Lingala",
}
_NAME_TO_CODE = {v.lower(): k for k, v in LANG_NAMES.items()} | {"français": "fr", "español": "es", "português": "pt"}
META_TYPES = {
    "start",
    "end",
    "today",
    "deviceid",
    "subscriberid",
    "simserial",
    "phonenumber",
    "username",
    "email",
    "audit",
    "start-geopoint",
}
TRUE = {"yes", "true", "true()", "1", "y"}
FALSE = {"no", "false", "false()", "0", "n", ""}


class XlsformError(ChecklistDefinitionError):
    """A workbook that is not an XLSForm FieldKit can read; the message names the sheet and the row."""


def _err(fname, sheet, row, problem):
    if row:
        return XlsformError(
            "{file}: sheet {sheet}, row {row}: {problem}", file=fname, sheet=sheet, row=row, problem=problem
        )
    return XlsformError("{file}: sheet {sheet}: {problem}", file=fname, sheet=sheet, problem=problem)


# ---------------------------------------------------------------------------------------------- reading the file
def _check_zip(path: Path, fname: str) -> None:
    try:
        size = path.stat().st_size
    except OSError as e:
        raise XlsformError("{file}: the file cannot be read ({error}).", file=fname, error=str(e)) from e
    if size > MAX_FILE:
        raise XlsformError(
            "{file}: the workbook is too large ({mb} MB; at most {max} MB).",
            file=fname,
            mb=round(size / 2**20, 1),
            max=MAX_FILE >> 20,
        )
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise XlsformError(
            "{file}: not an .xlsx workbook ({error}).", file=fname, error=str(e).splitlines()[0] if str(e) else "?"
        ) from e
    total = 0
    if len(infos) > MAX_MEMBERS:
        raise XlsformError("{file}: not an .xlsx workbook FieldKit reads (it holds too many parts).", file=fname)
    for i in infos:
        total += i.file_size
        if i.file_size > MAX_UNPACKED or total > MAX_UNPACKED or i.file_size > MAX_RATIO * max(i.compress_size, 1024):
            raise XlsformError(
                "{file}: the workbook unpacks to far more than its size (a damaged or hostile file): not read.",
                file=fname,
            )


def _cell(value, fname, sheet, row, column):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _err(fname, sheet, row, f"column {column}: not a number FieldKit can read")
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, int):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    s = str(value)
    if len(s) > MAX_CELL:
        raise _err(
            fname, sheet, row, f"column {column}: the text is too long ({len(s)} characters, at most {MAX_CELL})"
        )
    return s.strip()


@dataclass
class _Sheet:
    name: str
    header: list[str]  # as written (stripped)
    rows: list[tuple[int, dict]]  # (row number, {lower-cased column: text}); formulas kept as '=...' markers
    formulas: dict = field(default_factory=dict)  # (row, lower column) -> True


def _read_sheets(path: Path, fname: str) -> dict[str, _Sheet]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about parts it drops (extensions, data validation)
        try:
            return _read_sheets_quietly(path, fname)
        except XlsformError:
            raise
        except Exception as e:  # a damaged or hostile part found while reading rows (bad XML, an XML entity)
            raise XlsformError(
                "{file}: not an .xlsx workbook ({error}).",
                file=fname,
                error=(str(e).splitlines() or [type(e).__name__])[0][:200] or type(e).__name__,
            ) from e


def _read_sheets_quietly(path: Path, fname: str) -> dict[str, _Sheet]:
    import openpyxl  # noqa: PLC0415 - only when a workbook is read

    _check_zip(path, fname)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=False)  # to see which cells are formulas
        wbv = openpyxl.load_workbook(path, read_only=True, data_only=True)  # their saved values, as pyxform
    except Exception as e:  # openpyxl raises many kinds on a damaged file
        raise XlsformError(
            "{file}: not an .xlsx workbook ({error}).", file=fname, error=(str(e).splitlines() or ["?"])[0][:200]
        ) from e
    out: dict[str, _Sheet] = {}
    try:
        for ws, wsv in zip(wb.worksheets, wbv.worksheets, strict=True):
            key = ws.title.strip().lower()
            if key not in ("survey", "choices", "settings", "fieldkit", "fieldkit_sources", "fieldkit_tripwires"):
                continue
            header: list[str] = []
            rows: list[tuple[int, dict]] = []
            formulas: dict = {}
            ws.reset_dimensions()  # the size a file claims is not trusted: read the rows it holds
            wsv.reset_dimensions()
            empty_run = held = 0
            for n, (raw, vals) in enumerate(
                zip(
                    ws.iter_rows(max_col=MAX_COLS + 1),
                    wsv.iter_rows(max_col=MAX_COLS + 1, values_only=True),
                    strict=False,
                ),
                start=1,
            ):
                if all(getattr(c, "value", None) is None for c in raw):
                    empty_run += 1
                    if empty_run >= MAX_EMPTY_RUN:
                        break  # spreadsheets format a million empty rows: the form has ended
                    continue
                empty_run = 0
                held += 1
                if held > MAX_ROWS:
                    raise _err(fname, ws.title, None, f"more than {MAX_ROWS} rows")
                if len(raw) > MAX_COLS and getattr(raw[MAX_COLS], "value", None) is not None:
                    raise _err(fname, ws.title, n, f"more than {MAX_COLS} columns")
                cells = raw[:MAX_COLS]
                if not header:
                    header = [_cell(getattr(c, "value", None), fname, ws.title, n, i + 1) for i, c in enumerate(cells)]
                    if not any(header):
                        header = []
                    continue
                row = {}
                for i, c in enumerate(cells):
                    if i >= len(header) or not header[i]:
                        continue
                    col = header[i].lower()
                    if col.startswith("fieldkit::"):
                        col = "fieldkit_" + col[len("fieldkit::") :]  # the spelling of the brief's first draft
                    value = getattr(c, "value", None)
                    if getattr(c, "data_type", None) == "f":
                        value = vals[i] if i < len(vals) else None  # the value the spreadsheet saved
                        if value is None:
                            formulas[(n, col)] = True  # a formula never computed: refused where it is used
                            row[col] = ""
                            continue
                    row[col] = _cell(value, fname, ws.title, n, header[i])
                if any(row.values()) or any(k[0] == n for k in formulas):
                    rows.append((n, row))
            out[key] = _Sheet(ws.title, header, rows, formulas)
    finally:
        wb.close()
        wbv.close()
    return out


# ---------------------------------------------------------------------------------------------- languages
_LANG_COL = re.compile(r"^(?P<base>.+?)::?(?P<lang>[^:]+)$")


def lang_code(spec: str) -> str:
    """``English (en)`` -> en; ``French`` -> fr; ``fr`` -> fr; any other name -> itself, lower-cased."""
    spec = spec.strip()
    m = re.fullmatch(r".*\(\s*([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)\s*\)", spec)
    if m:
        return m.group(1).lower()
    low = spec.lower()
    if low in _NAME_TO_CODE:
        return _NAME_TO_CODE[low]
    return low


def lang_column(base: str, code: str) -> str:
    return f"{base}::{LANG_NAMES.get(code, code)} ({code})"


def _texts(row: dict, base: str, default_lang: str) -> dict:
    """All the ``base`` / ``base::Lang (xx)`` columns of a row as {code: text}."""
    out = {}
    for col, value in row.items():
        if not value:
            continue
        if col == base:
            out.setdefault(default_lang, value)
            continue
        m = _LANG_COL.match(col)
        if m and m.group("base") == base:
            out[lang_code(m.group("lang"))] = value
    return out


def _english(texts: dict, default_lang: str, missing: list) -> dict:
    """The model needs English: a text the form gives only in other languages gets its default language's (else
    its first) text as the English stand-in, and the import says how many did."""
    if texts and not texts.get("en"):
        texts = {**texts, "en": texts.get(default_lang) or next(iter(texts.values()))}
        missing.append(1)
    return texts


# ---------------------------------------------------------------------------------------------- expressions
_XTOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<ref>\$\{[A-Za-z_][A-Za-z0-9_.-]*\})
  | (?P<num>-?\d+(?:\.\d+)?)
  | (?P<str>'[^']*'|"[^"]*")
  | (?P<op>!=|<=|>=|=|<|>|\(|\)|,)
  | (?P<name>[A-Za-z_][A-Za-z0-9_:-]*)
  | (?P<dot>\.)
""",
    re.VERBOSE,
)
_NUMERIC = ("scale", "number")


class Untranslatable(ValueError):
    pass


def _lit(tok: tuple[str, str], qtype: str | None) -> str:
    """A literal written for a comparison with a question of ``qtype`` (ODK compares select codes as text)."""
    kind, val = tok
    inner = val[1:-1] if kind == "str" else val
    if qtype in _NUMERIC:
        try:
            float(inner)
            return inner
        except ValueError:
            pass
    elif qtype is not None:
        return "'" + inner.replace("\\", "\\\\").replace("'", "\\'") + "'"
    if kind == "num":
        return val
    return "'" + inner.replace("\\", "\\\\").replace("'", "\\'") + "'"


def from_xpath(text: str, types: dict[str, str]) -> str:
    """The subset of ODK XPath FieldKit evaluates, as a FieldKit rule: ``${q}`` references to earlier questions,
    ``= != < <= > >=``, ``and``/``or``/``not()``, ``selected()``, ``count-selected()``, ``contains()``,
    ``true()``/``false()``, and ``${q} != ''`` (answered). Anything else raises Untranslatable."""
    toks = []
    pos = 0
    text = str(text)
    while pos < len(text):
        m = _XTOKEN.match(text, pos)
        if not m:
            raise Untranslatable(f"unexpected {text[pos]!r}")
        pos = m.end()
        if m.lastgroup != "ws":
            toks.append((m.lastgroup, m.group()))
    out: list[str] = []
    i = 0

    def ref(tok):
        if tok[0] != "ref":
            raise Untranslatable("expected a ${question} reference")
        name = tok[1][2:-1]
        if name not in types:
            raise Untranslatable(f"{name} is not an earlier question FieldKit asks")
        return name

    def at(j):
        return toks[j] if j < len(toks) else (None, None)

    while i < len(toks):
        kind, val = toks[i]
        if kind == "name" and val in ("selected", "contains") and at(i + 1) == ("op", "("):
            if at(i + 3) != ("op", ",") or at(i + 4)[0] not in ("str", "num") or at(i + 5) != ("op", ")"):
                raise Untranslatable(f"{val}() takes a question and a value")
            name = ref(at(i + 2))
            if val == "selected" and types[name] != "multi":  # selected() on a single answer is equality in ODK
                out.append(f"({name} == {_lit(at(i + 4), types[name])})")
            else:
                out.append(f"({name} contains {_lit(at(i + 4), 'text')})")
            i += 6
        elif kind == "name" and val == "count-selected" and at(i + 1) == ("op", "("):
            if at(i + 3) != ("op", ")"):
                raise Untranslatable("count-selected() takes a question")
            out.append(f"count({ref(at(i + 2))})")
            i += 4
        elif kind == "name" and val in ("true", "false") and at(i + 1) == ("op", "(") and at(i + 2) == ("op", ")"):
            out.append(val)
            i += 3
        elif kind == "name" and val == "not" and at(i + 1) == ("op", "("):
            out.append("not (")
            i += 2
        elif kind == "name" and val in ("and", "or"):
            out.append(val)
            i += 1
        elif kind == "op" and val in ("(", ")"):
            out.append(val)
            i += 1
        elif kind == "ref":
            name = ref(toks[i])
            op = at(i + 1)
            if op[0] == "op" and op[1] in ("=", "!=", "<", "<=", ">", ">="):
                rhs = at(i + 2)
                if rhs in (("str", "''"), ("str", '""')) and op[1] in ("=", "!="):
                    out.append(f"answered({name})" if op[1] == "!=" else f"(not answered({name}))")
                elif rhs[0] in ("str", "num"):
                    out.append(f"{name} {'==' if op[1] == '=' else op[1]} {_lit(rhs, types[name])}")
                elif rhs[0] == "ref":
                    out.append(f"{name} {'==' if op[1] == '=' else op[1]} {ref(rhs)}")
                else:
                    raise Untranslatable("a comparison needs a value")
                i += 3
            else:
                out.append(name)
                i += 1
        elif kind in ("str", "num") and at(i + 1)[0] == "op" and at(i + 1)[1] in ("=", "!=") and at(i + 2)[0] == "ref":
            name = ref(at(i + 2))
            out.append(f"{_lit(toks[i], types[name])} {'==' if at(i + 1)[1] == '=' else at(i + 1)[1]} {name}")
            i += 3
        elif kind == "op" and val in ("=", "!=", "<", "<=", ">", ">="):
            out.append("==" if val == "=" else val)  # after a function: count-selected(${m}) > 1
            i += 1
        elif kind in ("str", "num"):
            out.append(_lit(toks[i], None))
            i += 1
        else:
            raise Untranslatable(f"{val!r} is not part of what FieldKit evaluates")
    source = " ".join(out).replace("( ", "(").replace(" )", ")")
    try:
        expr.parse(source)
    except expr.ExprError as e:
        raise Untranslatable(str(e)) from None
    return source


def _xlit(v) -> str:
    if v is True:
        return "true()"
    if v is False:
        return "false()"
    if isinstance(v, (int, float)):
        return f"{v:g}" if isinstance(v, float) else str(v)
    if isinstance(v, str):
        if "'" not in v:
            return f"'{v}'"
        if '"' not in v:
            return f'"{v}"'
    raise Untranslatable("this value has no XPath form")


def to_xpath(node) -> str:
    """A FieldKit rule tree as ODK XPath (the inverse of ``from_xpath`` where one exists)."""
    kind = node[0]
    if kind in ("and", "or"):
        return f"({to_xpath(node[1])} {kind} {to_xpath(node[2])})"
    if kind == "not":
        return f"not({to_xpath(node[1])})"
    if kind == "ref":
        return "${" + node[1] + "}"
    if kind == "lit":
        return _xlit(node[1])
    if kind == "func":
        if node[1] == "answered":
            return "${" + node[2] + "} != ''"
        if node[1] == "count":
            return "count-selected(${" + node[2] + "})"
        return "(${" + node[2] + "} != '' and ${" + node[2] + "} != 'unknown')"
    if kind == "cmp":
        op, a, b = node[1], node[2], node[3]
        if op == "contains":
            if a[0] != "ref" or b[0] != "lit":
                raise Untranslatable("contains needs a question and a value")
            return "selected(${" + a[1] + "}, " + _xlit(b[1]) + ")"
        if op == "in":
            if b[0] != "list" or not b[1]:
                raise Untranslatable("in needs a list")
            return "(" + " or ".join(f"{to_xpath(a)} = {to_xpath(x)}" for x in b[1]) + ")"
        return f"{to_xpath(a)} {'=' if op == '==' else op} {to_xpath(b)}"
    if kind == "list":
        raise Untranslatable("a list has no XPath form")
    raise Untranslatable("unknown rule")


_BOUND = re.compile(r"^\s*\.\s*(>=|<=|>|<)\s*(-?\d+(?:\.\d+)?)\s*$")


def bounds(constraint: str, integer: bool) -> tuple[float | None, float | None, bool]:
    """min, max and whether the whole constraint was understood, for ``. >= 0 and . <= 100`` style rules."""
    lo = hi = None
    whole = True
    for part in re.split(r"\band\b", constraint):
        m = _BOUND.match(part)
        if not m:
            whole = False
            continue
        op, n = m.group(1), float(m.group(2))
        if op in (">", "<") and not integer:
            whole = False
            continue
        if op == ">":
            n += 1
        elif op == "<":
            n -= 1
        if op.startswith(">"):
            lo = n if lo is None else max(lo, n)
        else:
            hi = n if hi is None else min(hi, n)
    return _num(lo), _num(hi), whole


def _num(v):
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


# ---------------------------------------------------------------------------------------------- workbook -> data
@dataclass
class Imported:
    checklist: Checklist
    data: dict  # the fieldkit-checklist/1 definition
    notes: list[str]  # rows skipped, expressions kept but not evaluated


def _flag(value: str, fname, sheet, row, column) -> bool:
    v = value.strip().lower()
    if v in TRUE:
        return True
    if v in FALSE:
        return False
    raise _err(fname, sheet, row, f"column {column}: '{value}' is not yes or no")


def _float(value: str, fname, sheet, row, column, lo=None, hi=None):
    if value == "":
        return None
    try:
        n = float(value.replace(",", "."))
        if not math.isfinite(n) or (lo is not None and n < lo) or (hi is not None and n > hi):
            raise ValueError
    except ValueError:
        where = f"from {lo:g} to {hi:g}" if lo is not None and hi is not None else ""
        raise _err(fname, sheet, row, f"column {column}: '{value}' is not a number {where}".strip()) from None
    return _num(n)


def _used(sheet: _Sheet, row: int, col: str, fname: str):
    if sheet.formulas.get((row, col)):
        raise _err(
            fname, sheet.name, row, f"column {col}: a formula with no saved value (FieldKit does not compute formulas)"
        )


def read(path: Path | str) -> Imported:
    path = Path(path)
    fname = path.name
    sheets = _read_sheets(path, fname)
    if "survey" not in sheets:
        raise XlsformError("{file}: the workbook has no 'survey' sheet.", file=fname)
    survey = sheets["survey"]
    settings_rows = sheets["settings"].rows if "settings" in sheets else []
    settings = settings_rows[0][1] if settings_rows else {}
    settings_sheet = sheets["settings"].name if "settings" in sheets else "settings"
    settings_row = settings_rows[0][0] if settings_rows else None
    for col in ("form_id", "form_title", "version", "default_language"):
        if settings_rows:
            _used(sheets["settings"], settings_rows[0][0], col, fname)
    default_lang = lang_code(settings.get("default_language") or "en") if settings.get("default_language") else "en"
    if default_lang == "default":
        default_lang = "en"
    fk: dict[str, str] = {}
    if "fieldkit" in sheets:
        for n, r in sheets["fieldkit"].rows:
            _used(sheets["fieldkit"], n, "value", fname)
            if r.get("key"):
                fk[r["key"].strip().lower() if "::" not in r["key"] else r["key"].strip()] = r.get("value", "")
    headers = [h.lower() for sh in ("survey", "choices") if sh in sheets for h in sheets[sh].header]
    has_fk_columns = "fieldkit" in sheets or any(h.startswith(("fieldkit_", "fieldkit::")) for h in headers)
    notes: list[str] = []
    no_english: list = []
    if fk.get("format") and fk["format"] != XLSFORM_FORMAT:
        raise _err(fname, "fieldkit", None, f"format '{fk['format'][:40]}' is not {XLSFORM_FORMAT} (a newer FieldKit?)")

    # choices
    choices: dict[str, list[tuple[int, dict]]] = {}
    if "choices" in sheets:
        for n, r in sheets["choices"].rows:
            lst = (r.get("list_name") or r.get("list name") or "").strip()
            if not lst:
                raise _err(fname, sheets["choices"].name, n, "the choice has no list_name")
            _used(sheets["choices"], n, "name", fname)
            if not r.get("name"):
                raise _err(fname, sheets["choices"].name, n, "the choice has no name")
            choices.setdefault(lst, []).append((n, r))

    def options_of(lst, n, qtype, or_other):
        if lst not in choices:
            raise _err(fname, survey.name, n, f"the choice list '{lst}' is not on the choices sheet")
        ch = sheets["choices"].name
        opts = []
        for cn, c in choices[lst]:
            label = _english(_texts(c, "label", default_lang), default_lang, no_english)
            if not label:
                label = {"en": c["name"]}
            o = {"code": c["name"], **label}
            if c.get("fieldkit_score"):
                o["score"] = _float(c["fieldkit_score"], fname, ch, cn, "fieldkit_score", 0, 4)
            for flag in ("exclusive", "specify"):
                if c.get(f"fieldkit_{flag}") and _flag(c[f"fieldkit_{flag}"], fname, ch, cn, f"fieldkit_{flag}"):
                    o[flag] = True
            opts.append(o)
        if or_other and not any(o["code"] == "other" for o in opts):
            opts.append({"code": "other", "en": "Other", "fr": "Autre", "specify": True})
        return opts

    # survey
    sections: list[dict] = []
    stack: list[dict] = []  # open groups: {"section": dict, "relevant": xpath or None, "name": ...}
    types: dict[str, str] = {}
    rows_of: dict[str, int] = {}
    top_count = 0
    skip_depth = 0  # inside a repeat: its rows are skipped
    current: dict | None = None

    def new_section(sid, title, help_, extra_row, n):
        kind = "threat" if has_fk_columns else "info"
        s = {"id": sid, "kind": kind, "weight": 1.0, "title": title, "questions": []}
        if help_:
            s["help"] = help_
        if extra_row is not None:
            if extra_row.get("fieldkit_kind"):
                s["kind"] = extra_row["fieldkit_kind"].strip().lower()
            if extra_row.get("fieldkit_weight"):
                s["weight"] = _float(extra_row["fieldkit_weight"], fname, survey.name, n, "fieldkit_weight", 0)
            if extra_row.get("fieldkit_group"):
                s["group"] = extra_row["fieldkit_group"]
        sections.append(s)
        return s

    form_title = settings.get("form_title") or ""
    for n, r in survey.rows:
        raw_type = re.sub(r"\s+", " ", r.get("type", "").strip())
        low = (
            raw_type.lower()
            .replace("select one from ", "select_one ")
            .replace("select multiple from ", "select_multiple ")
        )
        low = re.sub(r"^(begin|end)_", r"\1 ", low)
        name = r.get("name", "").strip()
        if survey.formulas.get((n, "type")) or survey.formulas.get((n, "name")):
            raise _err(
                fname,
                survey.name,
                n,
                "a formula with no saved value in type or name (FieldKit does not compute formulas)",
            )
        if low.startswith("begin repeat"):
            skip_depth += 1
            notes.append(
                f"{survey.name} row {n}: the repeat '{name}' and its questions are skipped (FieldKit "
                "asks each question once)"
            )
            continue
        if low.startswith("end repeat"):
            skip_depth = max(0, skip_depth - 1)
            continue
        if skip_depth:
            continue
        if not raw_type:
            if name:
                raise _err(fname, survey.name, n, "the row has a name but no type")
            continue
        if low.startswith("begin group"):
            if not name:
                raise _err(fname, survey.name, n, "the group has no name")
            title = _english(_texts(r, "label", default_lang) or {"en": name}, default_lang, no_english)
            sec = new_section(name, title, _english(_texts(r, "hint", default_lang), default_lang, no_english), r, n)
            rows_of[f"section:{name}"] = n
            stack.append({"section": sec, "relevant": r.get("relevant") or None, "name": name, "row": n, "parts": 1})
            current = sec
            continue
        if low.startswith("end group"):
            if not stack:
                raise _err(fname, survey.name, n, "'end group' without a 'begin group'")
            stack.pop()
            current = None  # the enclosing group, if any, continues in a new section
            continue
        parts = low.split()
        base = parts[0] if parts else ""
        if base in META_TYPES or base in ("note", "calculate", "hidden"):
            if base not in META_TYPES:
                notes.append(f"{survey.name} row {n}: the {base} '{name}' is skipped (not a question)")
            continue
        if base not in ("select_one", "select_multiple", "integer", "decimal", "text", "date"):
            notes.append(
                f"{survey.name} row {n}: '{name}' is a {raw_type} question, which FieldKit does not ask: skipped"
            )
            continue
        if not name:
            raise _err(fname, survey.name, n, "the question has no name")
        if name in types:
            raise _err(fname, survey.name, n, f"the name '{name}' is used twice")
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_.]*", name) or name in expr.KEYWORDS or name in expr.FUNCS:
            raise _err(
                fname,
                survey.name,
                n,
                f"the name '{name}' must start with a letter and hold only letters, digits, '_' or '.'",
            )
        if stack and current is None:
            g = stack[-1]
            g["parts"] += 1
            current = new_section(f"{g['name']}_{g['parts']}", g["section"]["title"], g["section"].get("help"), None, n)
            current["kind"], current["weight"] = g["section"]["kind"], g["section"]["weight"]
            if g["section"].get("group"):
                current["group"] = g["section"]["group"]
        elif current is None:
            top_count += 1
            current = new_section(
                "main" if top_count == 1 else f"main_{top_count}",
                {"en": form_title or settings.get("form_id") or "Questions"},
                {},
                None,
                n,
            )
        for col in ("label", "hint", "required", "relevant", "constraint", "fieldkit_score"):
            if any(k[0] == n and (k[1] == col or k[1].startswith(col + "::")) for k in survey.formulas):
                raise _err(
                    fname,
                    survey.name,
                    n,
                    f"column {col}: a formula with no saved value (FieldKit does not compute formulas)",
                )
        q: dict = {"id": name}
        fk_type = r.get("fieldkit_type", "").strip().lower()
        if base in ("select_one", "select_multiple"):
            if len(parts) < 2:
                raise _err(fname, survey.name, n, f"{base} needs a choice list name (e.g. '{base} yes_no')")
            or_other = parts[-1] == "or_other"
            lst = raw_type.split()[-2 if or_other else -1]
            opts = options_of(lst, n, base, or_other)
            if fk_type == "yesno" and base == "select_one":
                if sorted(o["code"] for o in opts) != ["no", "yes"]:
                    raise _err(fname, survey.name, n, "a fieldkit_type yesno question needs the choices yes and no")
                q["type"] = "yesno"
                if r.get("fieldkit_yes_score"):
                    q["yes_score"] = _float(r["fieldkit_yes_score"], fname, survey.name, n, "fieldkit_yes_score", 0, 4)
            elif fk_type == "scale" and base == "select_one":
                if sorted(o["code"] for o in opts) != ["0", "1", "2", "3", "4"]:
                    raise _err(fname, survey.name, n, "a fieldkit_type scale question needs the choices 0 to 4")
                q["type"] = "scale"
                q["scale"] = {
                    int(o["code"]): {k: v for k, v in o.items() if k != "code" and isinstance(v, str)} for o in opts
                }
            elif fk_type:
                raise _err(fname, survey.name, n, f"fieldkit_type '{fk_type}' is not yesno or scale (on a select_one)")
            else:
                q["type"] = "single" if base == "select_one" else "multi"
                q["options"] = opts
            if r.get("choice_filter"):
                q.setdefault("xlsform", {})["choice_filter"] = r["choice_filter"]
                notes.append(f"{survey.name} row {n}: the choice_filter of '{name}' is kept but not applied")
        elif base in ("integer", "decimal"):
            q["type"] = "number"
            if base == "integer":
                q["integer"] = True
            if r.get("fieldkit_thresholds"):
                ts = [_float(t, fname, survey.name, n, "fieldkit_thresholds") for t in r["fieldkit_thresholds"].split()]
                q["thresholds"] = ts
        else:
            q["type"] = base
        q["text"] = _english(_texts(r, "label", default_lang) or {"en": name}, default_lang, no_english)
        hint = _english(_texts(r, "hint", default_lang), default_lang, no_english)
        if hint:
            q["help"] = hint
        unit = _english(_texts(r, "fieldkit_unit", default_lang), default_lang, no_english)
        if unit:
            q["unit"] = unit
        req = r.get("required", "")
        if req.strip().lower() in TRUE:
            q["required"] = True
        elif req.strip().lower() not in FALSE:
            q.setdefault("xlsform", {})["required"] = req
            notes.append(
                f"{survey.name} row {n}: the required rule of '{name}' is kept but not evaluated "
                "(the question is optional)"
            )
        for col, key in (("fieldkit_polarity", "polarity"),):
            if r.get(col):
                q[key] = r[col].strip().lower()
        if r.get("fieldkit_weight"):
            q["weight"] = _float(r["fieldkit_weight"], fname, survey.name, n, "fieldkit_weight", 0)
        if r.get("fieldkit_allow_unknown"):
            q["allow_unknown"] = _flag(r["fieldkit_allow_unknown"], fname, survey.name, n, "fieldkit_allow_unknown")
        q["source"] = {"ref": r.get("fieldkit_source") or FORM_SOURCE}
        if r.get("fieldkit_quote"):
            q["source"]["quote"] = r["fieldkit_quote"]
        # relevance: the question's own and its open groups'
        rules = [g["relevant"] for g in stack if g["relevant"]] + ([r["relevant"]] if r.get("relevant") else [])
        if r.get("fieldkit_relevant"):
            q["relevant"] = r["fieldkit_relevant"]
        elif rules:
            xp = " and ".join(f"({x})" for x in rules) if len(rules) > 1 else rules[0]
            try:
                q["relevant"] = from_xpath(xp, types)
            except Untranslatable as e:
                q.setdefault("xlsform", {})["relevant"] = xp
                notes.append(
                    f"{survey.name} row {n}: the relevant rule of '{name}' is kept but not evaluated "
                    f"({e}): the question is always asked"
                )
        if r.get("constraint"):
            c = r["constraint"]
            if q["type"] == "number":
                lo, hi, whole = bounds(c, bool(q.get("integer")))
                if lo is not None:
                    q["min"] = lo
                if hi is not None:
                    q["max"] = hi
            else:
                whole = False
            if not whole:
                q.setdefault("xlsform", {})["constraint"] = c
                notes.append(
                    f"{survey.name} row {n}: the constraint of '{name}' is kept but "
                    + (
                        "only its bounds are checked"
                        if q.get("min") is not None or q.get("max") is not None
                        else "not evaluated"
                    )
                )
            msgs = _texts(r, "constraint_message", default_lang)
            if msgs:
                q.setdefault("xlsform", {})["constraint_message"] = msgs
        if r.get("appearance"):
            q.setdefault("xlsform", {})["appearance"] = r["appearance"]
        types[name] = q["type"]
        rows_of[name] = n
        current["questions"].append(q)
    if stack:
        raise _err(fname, survey.name, stack[-1]["row"], f"the group '{stack[-1]['name']}' has no 'end group'")
    sections = [s for s in sections if s["questions"]]
    if no_english:
        notes.append(f"{len(no_english)} text(s) have no English: the form's {default_lang} text stands in")
    if not sections:
        raise XlsformError(
            "{file}: sheet survey: no question FieldKit can ask (select_one, select_multiple, integer, "
            "decimal, text or date).",
            file=fname,
        )

    # the checklist
    form_id = settings.get("form_id") or re.sub(r"[^A-Za-z0-9_.-]+", "-", path.stem).strip("-") or "form"
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9 _.-]{0,79}", form_id):
        raise _err(
            fname,
            settings_sheet,
            settings_row,
            f"form_id '{form_id[:80]}' must be letters, digits, spaces, '_', '.' or '-'",
        )
    version = settings.get("version") or "1"
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,39}", version):
        raise _err(
            fname, settings_sheet, settings_row, f"version '{version[:40]}' must be letters, digits, '_', '.' or '-'"
        )
    title = {default_lang: form_title or form_id}
    title.setdefault("en", form_title or form_id)  # the model needs an English title: the form's own stands in
    for k, v in fk.items():
        m = _LANG_COL.match(k)
        if m and m.group("base").lower() == "title" and v:
            title[lang_code(m.group("lang"))] = v
    data: dict = {"format": FORMAT, "id": form_id, "version": version, "title": title}
    desc = {
        lang_code(_LANG_COL.match(k).group("lang")): v
        for k, v in fk.items()
        if _LANG_COL.match(k) and _LANG_COL.match(k).group("base").lower() == "description" and v
    }
    if desc:
        data["description"] = desc
    sources = {FORM_SOURCE: f"XLSForm {form_id}"}
    if "fieldkit_sources" in sheets:
        sources = {}
        for n, r in sheets["fieldkit_sources"].rows:
            if not r.get("ref"):
                raise _err(fname, sheets["fieldkit_sources"].name, n, "the source has no ref")
            sources[r["ref"]] = r.get("text", "")
    data["sources"] = sources
    scoring: dict = {}
    for key in ("min_coverage",):
        if fk.get(key):
            scoring[key] = _float(fk[key], fname, "fieldkit", None, key, 0, 1)
    for key in ("levels", "evidence", "finalise"):
        if fk.get(key):
            scoring[key] = _yaml(fk[key], fname, key)
    lv = scoring.get("levels")
    if lv is not None and not (
        isinstance(lv, list)
        and lv
        and all(isinstance(x, dict) and isinstance(x.get("code"), str) and _is_number(x.get("max")) for x in lv)
    ):
        raise _err(fname, "fieldkit", None, "levels must be a list such as [{code: low, max: 3.99}, ...]")
    for key in ("evidence", "finalise"):
        if key in scoring and not isinstance(scoring[key], dict):
            raise _err(fname, "fieldkit", None, f"{key} must be a mapping such as {{min_coverage: 0.6}}")
    if "fieldkit_tripwires" in sheets:
        tw = []
        for n, r in sheets["fieldkit_tripwires"].rows:
            t = {"when": r.get("when", ""), "level": r.get("level", "")}
            reason = _english(_texts(r, "reason", default_lang), default_lang, no_english)
            finding = _english(_texts(r, "finding", default_lang), default_lang, no_english)
            if reason:
                t["reason"] = reason
            if finding:
                t["finding"] = finding
            tw.append(t)
            rows_of[f"tripwire {len(tw)}"] = n
        scoring["tripwires"] = tw
    if scoring:
        data["scoring"] = scoring
    if fk.get("migrations"):
        data["migrations"] = _yaml(fk["migrations"], fname, "migrations")
        if not isinstance(data["migrations"], list):
            raise _err(fname, "fieldkit", None, "migrations must be a list such as [{from: '1.0', copy: {A: B}}]")
    data["sections"] = sections
    try:
        checklist = from_data(data, fname)
    except ChecklistDefinitionError as e:
        raise XlsformError(
            "{file}: {problems}",
            file=fname,
            problems=_with_rows(e.params.get("problems", e.message), rows_of, survey.name),
        ) from None
    return Imported(checklist, data, notes)


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _yaml(text: str, fname: str, key: str):
    try:
        from ..vocab import SAFE_LOADER

        return yaml.load(text, Loader=SAFE_LOADER)
    except yaml.YAMLError:
        raise _err(fname, "fieldkit", None, f"{key}: not valid JSON or YAML") from None


def _with_rows(problems: str, rows_of: dict, survey: str) -> str:
    out = []
    for p in str(problems).split("; "):
        m = re.match(r"^(question|section) (\S+): (.*)$", p)
        t = re.match(r"^(tripwire \d+): (.*)$", p)
        if m and (m.group(2) if m.group(1) == "question" else f"section:{m.group(2)}") in rows_of:
            key = m.group(2) if m.group(1) == "question" else f"section:{m.group(2)}"
            out.append(f"sheet {survey}, row {rows_of[key]} ({m.group(1)} {m.group(2)}): {m.group(3)}")
        elif t and t.group(1) in rows_of:
            out.append(f"sheet fieldkit_tripwires, row {rows_of[t.group(1)]}: {t.group(2)}")
        else:
            out.append(p)
    return "; ".join(out)


# ---------------------------------------------------------------------------------------------- checklist -> workbook
def _langs(c: Checklist) -> list[str]:
    """The languages the checklist's texts are written in, English first."""
    texts = [c.title, c.description]
    for t in c.tripwires:
        texts += [t.reason, t.finding]
    for s in c.sections:
        texts += [s.title, s.help]
        for q in s.questions:
            texts += [q.text, q.help, q.unit, (q.xlsform or {}).get("constraint_message") or {}]
            texts += [o.label for o in q.options] + (list(q.scale.values()) if q.type == "scale" else [])
    found = {k for t in texts if isinstance(t, dict) for k in t}
    found.discard("en")
    return ["en"] + sorted(found)


def write(c: Checklist, out: Path | str) -> Path:
    """Write ``c`` as an XLSForm (with FieldKit's columns) to ``out``, through a temporary file renamed into place."""
    import openpyxl  # noqa: PLC0415

    out = Path(out)
    langs = _langs(c)
    wb = openpyxl.Workbook()
    sv = wb.active
    sv.title = "survey"
    s_cols = ["type", "name"] + [lang_column(b, lg) for b in ("label", "hint") for lg in langs]
    s_cols += ["required", "relevant", "constraint"] + [lang_column("constraint_message", lg) for lg in langs]
    s_cols += ["appearance", "choice_filter"]
    s_cols += ["fieldkit_type", "fieldkit_kind", "fieldkit_weight", "fieldkit_group", "fieldkit_polarity"]
    s_cols += ["fieldkit_yes_score", "fieldkit_thresholds", "fieldkit_allow_unknown", "fieldkit_source"]
    s_cols += ["fieldkit_quote", "fieldkit_relevant"] + [lang_column("fieldkit_unit", lg) for lg in langs]
    _append(sv, s_cols)
    ch = wb.create_sheet("choices")
    c_cols = ["list_name", "name"] + [lang_column("label", lg) for lg in langs]
    c_cols += ["fieldkit_score", "fieldkit_exclusive", "fieldkit_specify"]
    _append(ch, c_cols)

    def put(sheet, cols, values):
        _append(sheet, [values.get(k) for k in cols])

    def texts(base, value, row):
        for lg in langs:
            if isinstance(value, dict) and value.get(lg):
                row[lang_column(base, lg)] = value[lg]

    types = {x.id: x.type for x in c.questions()}
    for s in c.sections:
        row = {
            "type": "begin group",
            "name": s.id,
            "fieldkit_kind": s.kind,
            "fieldkit_weight": s.weight,
            "fieldkit_group": s.group or None,
        }
        texts("label", s.title, row)
        texts("hint", s.help, row)
        put(sv, s_cols, row)
        for q in s.questions:
            row = {"name": q.id}
            xl = dict(q.xlsform) if q.xlsform else {}
            if q.type in ("single", "multi"):
                row["type"] = f"{'select_one' if q.type == 'single' else 'select_multiple'} {q.id}"
                for o in q.options:
                    crow = {
                        "list_name": q.id,
                        "name": o.code,
                        "fieldkit_score": o.score,
                        "fieldkit_exclusive": "yes" if o.exclusive else None,
                        "fieldkit_specify": "yes" if o.specify else None,
                    }
                    texts("label", o.label, crow)
                    put(ch, c_cols, crow)
            elif q.type == "yesno":
                row["type"], row["fieldkit_type"] = f"select_one {q.id}", "yesno"
                row["fieldkit_yes_score"] = q.yes_score if q.yes_score != 4.0 else None
                for code in ("yes", "no"):
                    crow = {"list_name": q.id, "name": code}
                    texts("label", YESNO[code], crow)
                    put(ch, c_cols, crow)
            elif q.type == "scale":
                row["type"], row["fieldkit_type"] = f"select_one {q.id}", "scale"
                for k in range(5):
                    crow = {"list_name": q.id, "name": str(k)}
                    texts("label", q.scale.get(k, {}), crow)
                    put(ch, c_cols, crow)
            elif q.type == "number":
                row["type"] = "integer" if q.integer else "decimal"
                if q.thresholds:
                    row["fieldkit_thresholds"] = " ".join(f"{t:g}" for t in q.thresholds)
            else:
                row["type"] = q.type
            texts("label", q.text, row)
            texts("hint", q.help, row)
            texts("fieldkit_unit", q.unit, row)
            row["required"] = xl.pop("required", None) or ("yes" if q.required else None)
            if q.relevant is not None:
                try:
                    xp = to_xpath(q.relevant.tree)
                    if expr.parse(from_xpath(xp, types)).tree != q.relevant.tree:
                        raise Untranslatable("not the same rule")
                    row["relevant"] = xp
                except Untranslatable:
                    row["fieldkit_relevant"] = q.relevant.source
                    try:
                        row["relevant"] = to_xpath(q.relevant.tree)
                    except Untranslatable:
                        pass
            elif xl.get("relevant"):
                row["relevant"] = xl.pop("relevant")
            xl.pop("relevant", None)
            if xl.get("constraint"):
                row["constraint"] = xl.pop("constraint")
            elif q.min is not None or q.max is not None:
                row["constraint"] = " and ".join(
                    p
                    for p in (
                        f". >= {q.min:g}" if q.min is not None else "",
                        f". <= {q.max:g}" if q.max is not None else "",
                    )
                    if p
                )
            texts("constraint_message", xl.pop("constraint_message", {}), row)
            row["appearance"] = xl.pop("appearance", None)
            row["choice_filter"] = xl.pop("choice_filter", None)
            default_pol = "resilience" if s.kind == "resilience" else "threat"
            row["fieldkit_polarity"] = q.polarity if q.polarity != default_pol else None
            row["fieldkit_weight"] = q.weight if q.weight != 1.0 else None
            row["fieldkit_allow_unknown"] = (
                None if q.allow_unknown == (q.type != "text") else ("yes" if q.allow_unknown else "no")
            )
            row["fieldkit_source"] = q.source.get("ref")
            row["fieldkit_quote"] = q.source.get("quote")
            put(sv, s_cols, row)
        put(sv, s_cols, {"type": "end group"})
    st = wb.create_sheet("settings")
    _append(st, ["form_id", "form_title", "version", "default_language"])
    _append(st, [c.id, text_of(c.title, "en"), c.version, "English (en)"])
    fkw = wb.create_sheet("fieldkit")
    _append(fkw, ["key", "value"])
    _append(fkw, ["format", XLSFORM_FORMAT])
    for lg in langs[1:]:
        if c.title.get(lg):
            _append(fkw, [lang_column("title", lg), c.title[lg]])
    for lg in langs:
        if c.description.get(lg):
            _append(fkw, [lang_column("description", lg), c.description[lg]])
    _append(fkw, ["min_coverage", c.min_coverage])
    _append(fkw, ["levels", yaml.safe_dump(c.levels, default_flow_style=True, allow_unicode=True).strip()])
    _append(fkw, ["evidence", yaml.safe_dump(c.evidence_rule, default_flow_style=True).strip()])
    _append(fkw, ["finalise", yaml.safe_dump(c.finalise_rule, default_flow_style=True).strip()])
    if c.migrations:
        _append(
            fkw,
            [
                "migrations",
                yaml.safe_dump(c.migrations, default_flow_style=True, allow_unicode=True, width=10**6).strip(),
            ],
        )
    src = wb.create_sheet("fieldkit_sources")
    _append(src, ["ref", "text"])
    for k, v in c.sources.items():
        _append(src, [k, v])
    tw = wb.create_sheet("fieldkit_tripwires")
    t_cols = ["when", "level"] + [lang_column(b, lg) for b in ("finding", "reason") for lg in langs]
    _append(tw, t_cols)
    for t in c.tripwires:
        row = {"when": t.rule.source, "level": t.level}
        texts("finding", t.finding, row)
        texts("reason", t.reason, row)
        put(tw, t_cols, row)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".fieldkit-", suffix=".xlsx", dir=out.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out


def _append(sheet, values) -> None:
    """Append a row; text that starts with '=' stays text (a spreadsheet must not run a checklist's words)."""
    row = getattr(sheet, "_fieldkit_rows", 0) + 1
    sheet._fieldkit_rows = row  # counted here: openpyxl's max_row walks every cell (slow on big forms)
    for col, value in enumerate(values, start=1):
        if value is None:
            continue
        cell = sheet.cell(row=row, column=col, value=value)
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"


# ---------------------------------------------------------------------------------------------- comparing
def meaning(c: Checklist) -> dict:
    """What a checklist asks and how it scores, without its file name or how its rules were spelled."""

    def norm(v):
        if isinstance(v, expr.Expr):
            return v.tree
        if is_dataclass(v):
            return {f.name: norm(getattr(v, f.name)) for f in fields(v) if f.name != "path"}
        if isinstance(v, dict):
            return {str(k): norm(x) for k, x in v.items() if x not in ({}, None, "", [])}
        if isinstance(v, (list, tuple)):
            return [norm(x) for x in v]
        if isinstance(v, bool) or v is None:
            return v
        if isinstance(v, (int, float)):
            return float(v)
        return v

    return norm(c)


# ---------------------------------------------------------------------------------------------- the workspace
def install(ws, imported: Imported) -> dict:
    """Keep an imported checklist in the workspace's ``checklists/`` folder (where the app, assessments and
    ``hq config export --checklist`` find it). Writes a temporary file and renames it: nothing half-written.
    The same id and version already there with other questions is refused (an assessment names its version)."""
    c = imported.checklist
    try:
        existing = ws.checklists.get(c.id, c.version)
    except NotFound:
        existing = None
    if existing is not None:
        if meaning(existing) == meaning(c):
            where = ws.folder / "checklists" / Path(existing.path).name
            path = str(where) if where.exists() else existing.path  # a shipped checklist: its file name
            return {"id": c.id, "version": c.version, "path": path, "changed": False}
        raise XlsformError(
            "Checklist {id} version {version} is already installed with other content: raise the version in the "
            "form's settings sheet.",
            id=c.id,
            version=c.version,
        )
    folder = ws.folder / "checklists"
    folder.mkdir(parents=True, exist_ok=True)
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "-", f"{c.id}-{c.version}").strip("-.")[:70] or "checklist"
    target = folder / f"{stem}.yaml"
    i = 2
    while target.exists():
        target = folder / f"{stem}-{i}.yaml"
        i += 1
    text = "# Imported from an XLSForm. Format: docs/checklist-format.md\n" + yaml.safe_dump(
        imported.data, allow_unicode=True, sort_keys=False, width=120
    )
    fd, tmp = tempfile.mkstemp(prefix=".import-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        from .definition import load

        load(tmp)  # what was written reads back as a valid definition
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    ws.checklists.reload()
    return {"id": c.id, "version": c.version, "path": str(target), "changed": True}
