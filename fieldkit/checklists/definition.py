"""Checklist definitions: data files (YAML or JSON) validated on load.

The schema is documented in ``docs/checklist-format.md`` (format ``fieldkit-checklist/1``).
Every problem names the file, the question (or section) and what is wrong.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml

from ..errors import ChecklistDefinitionError, Msg, ValidationError, msg
from ..languages import CODES, text_in
from ..vocab import SAFE_LOADER
from . import expr

FORMAT = "fieldkit-checklist/1"
TYPES = ("yesno", "scale", "single", "multi", "number", "date", "text")
SECTION_KINDS = ("threat", "resilience", "info")
POLARITIES = ("threat", "resilience")
LANGS = CODES
UNKNOWN = "unknown"
DEFAULT_SCALE = {
    0: {
        "en": "None / not observed",
        "fr": "Aucun / non observé",
        "ar": "لا شيء / لم يُرصد",
        "pt": "Nenhum / não observado",
        "es": "Ninguno / no observado",
    },
    1: {
        "en": "Isolated / low",
        "fr": "Isolé / faible",
        "ar": "معزول / منخفض",
        "pt": "Isolado / baixo",
        "es": "Aislado / bajo",
    },
    2: {
        "en": "Recurring / moderate",
        "fr": "Récurrent / modéré",
        "ar": "متكرر / متوسط",
        "pt": "Recorrente / moderado",
        "es": "Recurrente / moderado",
    },
    3: {
        "en": "Widespread / significant",
        "fr": "Répandu / important",
        "ar": "واسع الانتشار / كبير",
        "pt": "Generalizado / significativo",
        "es": "Extendido / significativo",
    },
    4: {
        "en": "Pervasive / dominant",
        "fr": "Omniprésent / dominant",
        "ar": "متفشٍّ / مهيمن",
        "pt": "Omnipresente / dominante",
        "es": "Omnipresente / dominante",
    },
}
YESNO = {
    "yes": {"en": "Yes", "fr": "Oui", "ar": "نعم", "pt": "Sim", "es": "Sí"},
    "no": {"en": "No", "fr": "Non", "ar": "لا", "pt": "Não", "es": "No"},
    UNKNOWN: {"en": "Unknown", "fr": "Inconnu", "ar": "مجهول", "pt": "Desconhecido", "es": "Desconocido"},
}
# A cited incident raises the level only when it is grave, in the assessment's period (or tagged
# "background"), from a reasonably reliable source, and cited on an answer that itself scores high.
DEFAULT_EVIDENCE_RULE = {
    "severity": 5,
    "reliability": "ABC",
    "credibility": "123",
    "answer_score": 3,
    "level": "severe",
}
# Finalising needs this share of the threat questions known, and every required question known.
DEFAULT_FINALISE_RULE = {"min_coverage": 0.6}
_YES = {"yes", "y", "oui", "o", "true", "1"}
_NO = {"no", "n", "non", "false", "0"}
_UNK = {"unknown", "u", "inconnu", "?", "nsp"}


def text_of(value, lang: str = "en") -> str:
    return text_in(value, lang)


@dataclass
class Option:
    code: str
    label: dict
    score: float | None = None
    exclusive: bool = False  # "None observed": cannot be picked with another option
    specify: bool = False  # "Other (specify)": the note says what


@dataclass
class Question:
    id: str
    section_id: str
    text: dict
    type: str
    help: dict = field(default_factory=dict)
    required: bool = False
    options: list[Option] = field(default_factory=list)
    scale: dict = field(default_factory=dict)
    polarity: str = "threat"
    weight: float = 1.0
    relevant: expr.Expr | None = None
    source: dict = field(default_factory=dict)
    min: float | None = None
    max: float | None = None
    unit: dict = field(default_factory=dict)
    thresholds: list[float] = field(default_factory=list)
    allow_unknown: bool = True
    yes_score: float = 4.0  # what a "yes" weighs (0-4 before any resilience inversion)
    integer: bool = False  # a count: whole numbers only
    xlsform: dict = field(default_factory=dict)  # XLSForm columns kept as written, not evaluated (xlsform.py)

    def option(self, code: str) -> Option | None:
        for o in self.options:
            if o.code == code:
                return o
        return None

    @property
    def scored(self) -> bool:
        if self.weight <= 0:
            return False
        if self.type in ("yesno", "scale"):
            return True
        if self.type in ("single", "multi"):
            return any(o.score is not None for o in self.options)
        if self.type == "number":
            return bool(self.thresholds)
        return False

    def coerce(self, raw):
        """Turn a typed or stored value into this question's value type; raise ValueError with a
        plain reason when it does not fit."""
        if isinstance(raw, str):
            s = raw.strip()
            if s.lower() in _UNK:
                if not self.allow_unknown:
                    raise ValueError(msg("'unknown' is not allowed for this question."))
                return UNKNOWN
        else:
            s = raw
        if raw is None or s == "" or s == []:
            raise ValueError(msg("An answer is required (use 'unknown' if it is not known)."))
        t = self.type
        if t == "yesno":
            v = str(s).lower()
            if v in _YES:
                return "yes"
            if v in _NO:
                return "no"
            raise ValueError(msg("The answer must be yes, no or unknown."))
        if t == "scale":
            try:
                n = int(str(s))
            except ValueError:
                raise ValueError(msg("The answer must be a whole number from 0 to 4, or unknown.")) from None
            if not 0 <= n <= 4 or str(s).strip() not in {str(n), f"{n}.0"}:
                raise ValueError(msg("The answer must be a whole number from 0 to 4, or unknown."))
            return n
        if t == "single":
            code = str(s).strip()
            for o in self.options:
                if o.code.lower() == code.lower():
                    return o.code
            raise ValueError(
                msg(
                    "'{value}' is not one of the choices ({choices}).",
                    value=code,
                    choices=", ".join(o.code for o in self.options),
                )
            )
        if t == "multi":
            items = s if isinstance(s, list) else [p for p in (x.strip() for x in str(s).split(",")) if p]
            if isinstance(s, str) and s.strip().startswith("["):
                items = json.loads(s)
            out = []
            for item in items:
                o = next((o for o in self.options if o.code.lower() == str(item).strip().lower()), None)
                if o is None:
                    raise ValueError(
                        msg(
                            "'{value}' is not one of the choices ({choices}).",
                            value=item,
                            choices=", ".join(o.code for o in self.options),
                        )
                    )
                if o.code not in out:
                    out.append(o.code)
            picked = [o for o in self.options if o.code in out]
            excl = [o for o in picked if o.exclusive]
            if excl and len(picked) > 1:
                raise ValueError(msg("'{value}' cannot be picked together with another choice.", value=excl[0].code))
            return [o.code for o in picked]
        if t == "number":
            try:
                n = float(str(s).replace(",", "."))
            except ValueError:
                raise ValueError(msg("The answer must be a number.")) from None
            if n != n:
                raise ValueError(msg("The answer must be a number."))
            if self.min is not None and n < self.min:
                raise ValueError(msg("The answer must be at least {min}.", min=f"{self.min:g}"))
            if self.max is not None and n > self.max:
                raise ValueError(msg("The answer must be at most {max}.", max=f"{self.max:g}"))
            if self.integer and not n.is_integer():
                raise ValueError(msg("The answer must be a whole number (a count)."))
            return int(n) if n.is_integer() else n
        if t == "date":
            try:
                return date.fromisoformat(str(s).strip()[:10]).isoformat()
            except ValueError:
                raise ValueError(msg("The answer must be a date such as 2026-03-14.")) from None
        if t == "text":
            return str(s).strip()
        raise ValueError("unknown question type")

    def score(self, value) -> float | None:
        """Threat contribution 0-4 (resilience items inverted), or None when not scored / unknown."""
        if value is None or value == UNKNOWN or not self.scored:
            return None
        raw: float | None = None
        if self.type == "scale":
            raw = float(value)
        elif self.type == "yesno":
            raw = self.yes_score if value == "yes" else 0.0
        elif self.type == "single":
            o = self.option(value)
            raw = o.score if o else None
        elif self.type == "multi":
            raw = multi_score([o.score for o in self.options if o.code in value and o.score is not None], value)
        elif self.type == "number":
            raw = float(sum(1 for t in self.thresholds if value >= t))
        if raw is None:
            return None
        raw = max(0.0, min(4.0, float(raw)))
        return 4.0 - raw if self.polarity == "resilience" else raw

    def display(self, value, lang: str = "en") -> str:
        if value is None:
            return ""
        if value == UNKNOWN:
            return text_of(YESNO[UNKNOWN], lang)
        if self.type == "yesno":
            return text_of(YESNO.get(value, {}), lang) or str(value)
        if self.type == "scale":
            label = text_of(self.scale.get(int(value), {}), lang)
            return f"{value} – {label}" if label else str(value)
        if self.type == "single":
            o = self.option(value)
            return text_of(o.label, lang) if o else str(value)
        if self.type == "multi":
            return ", ".join(text_of(self.option(c).label, lang) if self.option(c) else c for c in value) or "—"
        return str(value)


MULTI_BREADTH = 0.5  # each further pick scoring at least 2 adds this much to the highest pick


def multi_score(scores: list, value) -> float | None:
    """A multiple-choice answer: its highest pick, plus ``MULTI_BREADTH`` for every further pick that
    itself scores 2 or more, capped at 4 (so three grave markets weigh more than one). Nothing picked
    (or only "None observed") scores 0."""
    if not scores:
        return 0.0 if not value else None
    ordered = sorted(scores, reverse=True)
    return min(4.0, ordered[0] + MULTI_BREADTH * sum(1 for x in ordered[1:] if x >= 2))


@dataclass
class Section:
    id: str
    title: dict
    help: dict
    kind: str
    weight: float
    questions: list[Question]
    group: str = ""


@dataclass
class Tripwire:
    rule: expr.Expr
    level: str
    reason: dict
    finding: dict = field(default_factory=dict)  # the key finding's name ("State capture")


@dataclass
class Checklist:
    id: str
    version: str
    title: dict
    description: dict
    sources: dict
    sections: list[Section]
    levels: list[dict]
    min_coverage: float
    tripwires: list[Tripwire]
    path: str = ""
    evidence_rule: dict = field(default_factory=dict)
    finalise_rule: dict = field(default_factory=dict)
    migrations: list = field(default_factory=list)  # [{"from": version, "copy": {old_id: new_id}, "note": {...}}]

    def migrate_answers(self, from_version: str, answers: dict) -> tuple[dict, list[str]]:
        """Answers saved on ``from_version`` of this checklist, as answers of this version: ids keep their meaning;
        a split question's answer is carried to its new half (with a note asking to check it); an answer that no
        longer fits its question is dropped. Returns (answers, ids dropped)."""
        out: dict = {}
        dropped: list[str] = []
        known = {q.id: q for q in self.questions()}
        for qid, a in answers.items():
            q = known.get(qid)
            if q is None:
                dropped.append(qid)
                continue
            try:
                value = a["value"] if a["value"] == UNKNOWN else q.coerce(a["value"])
            except ValueError:
                dropped.append(qid)
                continue
            out[qid] = {**a, "value": value}
        for m in self.migrations:
            if str(m.get("from")) != str(from_version):
                continue
            for old, new in (m.get("copy") or {}).items():
                if old in out and new in known and new not in answers:
                    note = (m.get("note") or {}).get("en", "").format(question=old)
                    src = out[old]
                    out[new] = {
                        **src,
                        "note": (note + ("\n" + src["note"] if src.get("note") else "")).strip(),
                        "evidence": list(src.get("evidence") or []),
                    }
        return out, dropped

    @property
    def key(self) -> str:
        return f"{self.id}@{self.version}"

    def questions(self) -> list[Question]:
        return [q for s in self.sections for q in s.questions]

    def question(self, qid: str) -> Question:
        for q in self.questions():
            if q.id == qid:
                return q
        raise KeyError(qid)

    def section(self, sid: str) -> Section:
        for s in self.sections:
            if s.id == sid:
                return s
        raise KeyError(sid)

    def to_dict(self, lang: str | None = None) -> dict:
        def tx(v):
            return text_of(v, lang) if lang else v

        return {
            "id": self.id,
            "version": self.version,
            "title": tx(self.title),
            "description": tx(self.description),
            "sections": [
                {
                    "id": s.id,
                    "title": tx(s.title),
                    "kind": s.kind,
                    "weight": s.weight,
                    "help": tx(s.help),
                    "questions": [
                        {
                            "id": q.id,
                            "type": q.type,
                            "text": tx(q.text),
                            "help": tx(q.help),
                            "required": q.required,
                            "options": [
                                {
                                    "code": o.code,
                                    "label": tx(o.label),
                                    "score": o.score,
                                    "exclusive": o.exclusive,
                                    "specify": o.specify,
                                }
                                for o in q.options
                            ],
                            "unit": tx(q.unit),
                            "polarity": q.polarity,
                            "weight": q.weight,
                            "scored": q.scored,
                            "relevant": q.relevant.source if q.relevant else None,
                            "source": q.source,
                            "min": q.min,
                            "max": q.max,
                        }
                        for q in s.questions
                    ],
                }
                for s in self.sections
            ],
        }


# ----------------------------------------------------------------------------------------------
def load(path: Path | str) -> Checklist:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise ChecklistDefinitionError(
            "{file}: the file cannot be read ({error}).", file=path.name, error=str(e)
        ) from e
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml.load(text, Loader=SAFE_LOADER)
    except (ValueError, yaml.YAMLError) as e:
        raise ChecklistDefinitionError(
            "{file}: not valid YAML/JSON ({error}).", file=path.name, error=str(e).splitlines()[0]
        ) from e
    return from_data(data, path.name)


class _Problems:
    def __init__(self, fname: str):
        self.fname = fname
        self.items: list[str] = []

    def add(self, where: str, what: str):
        self.items.append(f"{where}: {what}")

    def raise_if_any(self):
        if self.items:
            shown = self.items[:20]
            more = f" (and {len(self.items) - 20} more)" if len(self.items) > 20 else ""
            raise ChecklistDefinitionError(
                "{file}: {problems}{more}", file=self.fname, problems="; ".join(shown), more=more
            )


def _text(value, where, what, problems, required=True) -> dict:
    if value is None:
        if required:
            problems.add(where, f"{what} is missing")
        return {}
    if isinstance(value, str):
        return {"en": value}
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        problems.add(where, f"{what} must be text or a mapping of language to text")
        return {}
    if required and not value.get("en"):
        problems.add(where, f"{what} has no English text")
    return dict(value)


_LANG_KEY = re.compile(r"[a-z]{2,3}(-[a-z0-9]+)?")  # an option's label in any language (an XLSForm's 'sw')
_XLSFORM_KEYS = ("relevant", "constraint", "constraint_message", "required", "appearance", "choice_filter")


def _xlsform(value, where, problems) -> dict:
    """The XLSForm expressions an imported question keeps as written (docs/checklist-format.md, "XLSForm")."""
    if not value:
        return {}
    if not isinstance(value, dict) or any(k not in _XLSFORM_KEYS for k in value):
        problems.add(where, f"xlsform must be a mapping of {', '.join(_XLSFORM_KEYS)}")
        return {}
    out = {}
    for k, v in value.items():
        if k == "constraint_message":
            out[k] = _text(v, where, "the constraint message", problems, required=False)
        elif not isinstance(v, str):
            problems.add(where, f"xlsform {k} must be text")
        else:
            out[k] = v
    return out


def from_data(data, fname: str = "<checklist>") -> Checklist:
    pr = _Problems(fname)
    if not isinstance(data, dict):
        pr.add("file", "the top level must be a mapping")
        pr.raise_if_any()
    if data.get("format") != FORMAT:
        pr.add("format", f"must be '{FORMAT}' (found {data.get('format')!r})")
    cid = data.get("id")
    if not isinstance(cid, str) or not cid:
        pr.add("id", "the checklist needs an id")
    version = str(data.get("version") or "")
    if not version:
        pr.add("version", "the checklist needs a version")
    title = _text(data.get("title"), "title", "the title", pr)
    description = _text(data.get("description"), "description", "the description", pr, required=False)
    sources = data.get("sources") or {}
    if not isinstance(sources, dict):
        pr.add("sources", "must be a mapping of reference to description")
        sources = {}
    scoring = data.get("scoring") or {}
    levels = scoring.get("levels") or [
        {"code": "low", "max": 3.99},
        {"code": "moderate", "max": 6.49},
        {"code": "high", "max": 8.24},
        {"code": "severe", "max": 10},
    ]
    min_cov = float(scoring.get("min_coverage", 0.4))
    seen: dict[str, str] = {}
    sections: list[Section] = []
    raw_sections = data.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        pr.add("sections", "at least one section is required")
        raw_sections = []
    order: list[str] = []
    for si, s in enumerate(raw_sections):
        if not isinstance(s, dict):
            pr.add(f"section {si + 1}", "must be a mapping")
            continue
        sid = str(s.get("id") or "")
        where_s = f"section {sid or si + 1}"
        if not sid:
            pr.add(where_s, "the section needs an id")
        kind = s.get("kind", "threat")
        if kind not in SECTION_KINDS:
            pr.add(where_s, f"kind must be one of {', '.join(SECTION_KINDS)}")
        try:
            sweight = float(s.get("weight", 1.0))
        except (TypeError, ValueError):
            pr.add(where_s, "weight must be a number")
            sweight = 1.0
        questions = []
        raw_q = s.get("questions")
        if not isinstance(raw_q, list) or not raw_q:
            pr.add(where_s, "the section has no questions")
            raw_q = []
        for qi, q in enumerate(raw_q):
            if not isinstance(q, dict):
                pr.add(f"{where_s} question {qi + 1}", "must be a mapping")
                continue
            qid = str(q.get("id") or "")
            where = f"question {qid or f'{qi + 1} of {where_s}'}"
            if not qid:
                pr.add(where, "the question needs an id")
            elif qid in seen:
                pr.add(where, "this id is used twice")
            elif qid in expr.KEYWORDS or qid in expr.FUNCS or not expr._TOKEN.fullmatch(qid) or not qid[0].isalpha():
                pr.add(where, "the id must start with a letter and hold only letters, digits, '_' or '.'")
            seen[qid] = sid
            qtype = q.get("type")
            if qtype not in TYPES:
                pr.add(where, f"type must be one of {', '.join(TYPES)} (found {qtype!r})")
            options = []
            if qtype in ("single", "multi"):
                raw_opts = q.get("options")
                if not isinstance(raw_opts, list) or len(raw_opts) < 2:
                    pr.add(where, "a choice question needs at least two options")
                    raw_opts = []
                codes = set()
                for o in raw_opts:
                    if not isinstance(o, dict) or not o.get("code"):
                        pr.add(where, "each option needs a code")
                        continue
                    code = str(o["code"])
                    if code in codes:
                        pr.add(where, f"option {code!r} is listed twice")
                    codes.add(code)
                    score = o.get("score")
                    if score is not None:
                        try:
                            score = float(score)
                            if not 0 <= score <= 4:
                                raise ValueError
                        except (TypeError, ValueError):
                            pr.add(where, f"option {code!r}: score must be a number from 0 to 4")
                            score = None
                    label = {
                        k: v for k, v in o.items() if k in LANGS or (isinstance(v, str) and _LANG_KEY.fullmatch(k))
                    }
                    if not label.get("en"):
                        pr.add(where, f"option {code!r} has no English label")
                    options.append(Option(code, label, score, bool(o.get("exclusive")), bool(o.get("specify"))))
            elif q.get("options"):
                pr.add(where, f"options are only for single or multi questions, not {qtype}")
            scale = dict(DEFAULT_SCALE)
            if q.get("scale"):
                if qtype != "scale" or not isinstance(q["scale"], dict):
                    pr.add(where, "scale labels are only for scale questions")
                else:
                    for k, v in q["scale"].items():
                        try:
                            k = int(k)
                            if not 0 <= k <= 4:
                                raise ValueError
                            scale[k] = v if isinstance(v, dict) else {"en": str(v)}
                        except (TypeError, ValueError):
                            pr.add(where, f"scale label {k!r} must be for a point 0 to 4")
            polarity = q.get("polarity", "resilience" if kind == "resilience" else "threat")
            if polarity not in POLARITIES:
                pr.add(where, "polarity must be threat or resilience")
            try:
                weight = float(q.get("weight", 1.0))
                if weight < 0:
                    raise ValueError
            except (TypeError, ValueError):
                pr.add(where, "weight must be a number of at least 0")
                weight = 1.0
            relevant = None
            if q.get("relevant"):
                try:
                    relevant = expr.parse(q["relevant"])
                    for name in relevant.names:
                        if name not in seen or name == qid:
                            pr.add(where, f"the relevance rule refers to {name!r}, which is not an earlier question")
                except expr.ExprError as e:
                    pr.add(where, f"the relevance rule {q['relevant']!r} is not valid ({e})")
            source = q.get("source") or {}
            if not isinstance(source, dict) or not source.get("ref"):
                pr.add(where, "every question needs a source reference (source: {ref: ..., quote: ...})")
                source = {}
            elif sources and source["ref"] not in sources:
                pr.add(where, f"source reference {source['ref']!r} is not listed under sources")
            thresholds = q.get("thresholds") or []
            if thresholds and (
                qtype != "number"
                or not all(isinstance(t, (int, float)) for t in thresholds)
                or list(thresholds) != sorted(thresholds)
                or len(thresholds) > 4
            ):
                pr.add(where, "thresholds must be up to four increasing numbers, on number questions")
                thresholds = []
            text = _text(q.get("text"), where, "the question text", pr)
            yes_score = 4.0
            if q.get("yes_score") is not None:
                try:
                    yes_score = float(q["yes_score"])
                    if qtype != "yesno" or not 0 <= yes_score <= 4:
                        raise ValueError
                except (TypeError, ValueError):
                    pr.add(where, "yes_score must be a number from 0 to 4, on yes/no questions")
                    yes_score = 4.0
            questions.append(
                Question(
                    id=qid,
                    section_id=sid,
                    text=text,
                    type=qtype if qtype in TYPES else "text",
                    help=_text(q.get("help"), where, "the help text", pr, required=False),
                    required=bool(q.get("required", False)),
                    options=options,
                    scale=scale,
                    polarity=polarity if polarity in POLARITIES else "threat",
                    weight=weight,
                    relevant=relevant,
                    source=source,
                    min=q.get("min"),
                    max=q.get("max"),
                    unit=_text(q.get("unit"), where, "the unit", pr, required=False),
                    thresholds=list(thresholds),
                    allow_unknown=bool(q.get("allow_unknown", qtype != "text")),
                    yes_score=yes_score,
                    integer=bool(q.get("integer", False)),
                    xlsform=_xlsform(q.get("xlsform"), where, pr),
                )
            )
            order.append(qid)
        sections.append(
            Section(
                sid,
                _text(s.get("title"), where_s, "the section title", pr),
                _text(s.get("help"), where_s, "the section help", pr, required=False),
                kind if kind in SECTION_KINDS else "threat",
                sweight,
                questions,
                str(s.get("group") or ""),
            )
        )
    if len({s.id for s in sections}) != len(sections):
        pr.add("sections", "two sections share an id")
    tripwires = []
    for ti, t in enumerate(scoring.get("tripwires") or []):
        where = f"tripwire {ti + 1}"
        try:
            rule = expr.parse(t.get("when", ""))
            for name in rule.names:
                if name not in seen:
                    pr.add(where, f"refers to {name!r}, which is not a question")
            level = t.get("level")
            if level not in [lv["code"] for lv in levels]:
                pr.add(where, f"level must be one of {', '.join(lv['code'] for lv in levels)}")
            tripwires.append(
                Tripwire(
                    rule,
                    level,
                    _text(t.get("reason"), where, "the reason", pr),
                    _text(t.get("finding"), where, "the finding's name", pr, required=False),
                )
            )
        except (expr.ExprError, AttributeError) as e:
            pr.add(where, f"the rule is not valid ({e})")
    evidence_rule = {**DEFAULT_EVIDENCE_RULE, **(scoring.get("evidence") or {})}
    finalise_rule = {**DEFAULT_FINALISE_RULE, **(scoring.get("finalise") or {})}
    for name in ("reliability", "credibility"):
        if not isinstance(evidence_rule[name], str):
            pr.add("scoring.evidence", f"{name} must be a string of accepted grades such as 'ABC'")
    try:
        for name in ("severity", "answer_score"):
            evidence_rule[name] = float(evidence_rule[name])
        finalise_rule["min_coverage"] = float(finalise_rule["min_coverage"])
    except (TypeError, ValueError):
        pr.add("scoring", "evidence severity/answer_score and finalise min_coverage must be numbers")
    if evidence_rule.get("level") not in [lv["code"] for lv in levels]:
        pr.add("scoring.evidence", "level must be one of the levels")
    migrations = data.get("migrations") or []
    if not isinstance(migrations, list) or not all(
        isinstance(m, dict) and m.get("from") and isinstance(m.get("copy") or {}, dict) for m in migrations
    ):
        pr.add("migrations", "must be a list of {from: version, copy: {old id: new id}}")
        migrations = []
    for m in migrations:
        for old, new in (m.get("copy") or {}).items():
            if new not in seen:
                pr.add("migrations", f"copies {old!r} to {new!r}, which is not a question")
    pr.raise_if_any()
    return Checklist(
        cid,
        version,
        title,
        description,
        sources,
        sections,
        levels,
        min_cov,
        tripwires,
        fname,
        evidence_rule,
        finalise_rule,
        migrations,
    )


def validate_value(checklist: Checklist, qid: str, raw):
    """Coerce ``raw`` for question ``qid``; ValidationError with a plain sentence if it does not fit."""
    try:
        q = checklist.question(qid)
    except KeyError:
        raise ValidationError(
            {"question": msg("'{qid}' is not a question of checklist {checklist}.", qid=qid, checklist=checklist.id)}
        ) from None
    try:
        return q, q.coerce(raw)
    except ValueError as e:
        reason = e.args[0] if e.args and isinstance(e.args[0], Msg) else msg(str(e))
        raise ValidationError({qid: reason}) from None
