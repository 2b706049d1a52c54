"""The fields of an incident, their validation, and the forms they are stored in.

``validate`` is the one judge of what an incident may hold: the editor, the CLI, CSV input, demo data and
bundle import all go through it (imports through ``CleanCheck`` first, a quick sure yes for records that are
already in canonical form).
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone

import orjson

from ..clock import iso
from ..errors import ValidationError, msg

STATUSES = ("draft", "final")
TIME_PRECISIONS = ("exact", "day", "month", "approximate")
LOCATION_PRECISIONS = ("exact", "near", "district", "region", "country")
RELIABILITY = tuple("ABCDEF")
CREDIBILITY = tuple("123456")
TITLE_MAX = 200
DESCRIPTION_MAX = 50_000  # characters: a long field report, not a file pasted in
PLACE_MAX = 200
NAME_MAX = 200  # an actor's name
ACTORS_MAX = 100
TAG_MAX = 50
TAGS_MAX = 50
# Fields a user edits; with the attachment list and the trash flag they make a version's content.
EDITABLE = (
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
    "tags",
    "status",
    "sensitive",
    "markets",
    "fatalities",
)
# Editable fields added in schema step 11 (issue 18): absent from a version's content while at their default, so
# that the content (and hash) of every incident written before them, and of bundles from earlier FieldKits, stays
# exactly as it was. docs/bundle-format.md, "Optional fields".
OPTIONAL = {"markets": (), "fatalities": None}
MARKETS_MAX = 30
FATALITIES_MAX = 100_000
CLOCK_SKEW = timedelta(minutes=5)


# --------------------------------------------------------------------------------------------
# parsing and validation
# --------------------------------------------------------------------------------------------
def parse_datetime(value) -> tuple[datetime, str]:
    """Parse ISO 8601 text. Returns (UTC datetime, implied precision). Raises ValueError."""
    if isinstance(value, datetime):
        dt = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
        return dt.astimezone(timezone.utc), "exact"
    text = str(value).strip()
    if not text:
        raise ValueError("empty")
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return datetime.strptime(text, "%Y-%m").replace(tzinfo=timezone.utc), "month"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=timezone.utc), "day"
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    dt = datetime.fromisoformat(text.replace(" ", "T", 1))
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc), "exact"


_COMMA_DECIMAL = re.compile(r"[+-]?\d+,\d+")
_TWO_NUMBERS = re.compile(r"\s*[+-]?\d+(?:[.,]\d+)?\s*(?:[;/]\s*|,\s+|\s+)[+-]?\d+(?:[.,]\d+)?\s*")


_ARABIC_NUMBER = str.maketrans({"\u066b": ".", "\u061c": None, "\u200e": None, "\u200f": None})


def parse_coordinate(value) -> float:
    """A latitude or longitude from a number or text: ``12.28``, and ``12,28`` with a decimal comma (as French
    writes it; a comma can be nothing else in a coordinate, whose values never reach a thousand). Text with
    anything else around the comma (``1,234.5``, ``12,2,8``, ``12, 28``) is refused, never guessed at. Raises
    ValueError (also for NaN and infinity)."""
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, str):
        # Arabic: the Arabic decimal separator, and the direction marks a right-to-left locale writes around a
        # sign; Arabic-Indic digits (١١٫٨٦) are digits to float() already
        text = value.strip().translate(_ARABIC_NUMBER)
        if "," in text:
            if not _COMMA_DECIMAL.fullmatch(text):
                raise ValueError(value)
            text = text.replace(",", ".")
        val = float(text)
    else:
        val = float(value)
    if val != val or val in (float("inf"), float("-inf")):
        raise ValueError(value)
    return val


def parse_source_grade(grade: str) -> tuple[str, str]:
    """'B2' -> ('B', '2'). Raises ValueError."""
    g = (grade or "").strip().upper()
    if len(g) != 2 or g[0] not in RELIABILITY or g[1] not in CREDIBILITY:
        raise ValueError(grade)
    return g[0], g[1]


def _as_list(value) -> list:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
            if isinstance(parsed, list):
                return parsed
        except ValueError:
            pass
        return [v for v in (p.strip() for p in value.split(",")) if v]
    if isinstance(value, list | tuple):
        return list(value)
    raise TypeError("not a list")


def validate(data: dict, vocab, now: datetime) -> dict:
    """Check and normalise the editable fields of an incident. Raises ValidationError naming
    each bad field with a plain message; returns the cleaned dict otherwise."""
    errors: dict[str, str] = {}
    out: dict = {}

    title = str(data.get("title") or "").strip()
    if not title:
        errors["title"] = msg("A title is required.")
    elif len(title) > TITLE_MAX:
        errors["title"] = msg("The title is too long ({n} characters, at most {max}).", n=len(title), max=TITLE_MAX)
    out["title"] = title

    status = str(data.get("status") or "final").strip().lower()
    if status not in STATUSES:
        errors["status"] = msg("The status must be 'draft' or 'final'.")
    out["status"] = status

    description = str(data.get("description") or "").strip()
    if not description and status == "final":
        errors["description"] = msg("A description is required before the incident is final.")
    elif len(description) > DESCRIPTION_MAX:
        errors["description"] = msg(
            "The description is too long ({n} characters, at most {max}).", n=len(description), max=DESCRIPTION_MAX
        )
    out["description"] = description

    occurred_raw = data.get("occurred_at")
    implied = "exact"
    if occurred_raw in (None, ""):
        errors["occurred_at"] = msg("The date and time of the incident are required.")
    else:
        try:
            occurred, implied = parse_datetime(occurred_raw)
            if occurred > now + CLOCK_SKEW:
                errors["occurred_at"] = msg("The date of the incident is in the future.")
            out["occurred_at"] = iso(occurred)
        except (ValueError, TypeError):
            errors["occurred_at"] = msg(
                "'{value}' is not a date; use the form 2026-03-14 or 2026-03-14T22:30.", value=occurred_raw
            )
    precision = str(data.get("occurred_precision") or "").strip().lower()
    if not precision:
        precision = implied
    if precision not in TIME_PRECISIONS:
        errors["occurred_precision"] = msg("The time precision must be exact, day, month or approximate.")
    elif implied in ("day", "month") and precision == "exact":
        precision = implied
    out["occurred_precision"] = precision

    reported_raw = data.get("reported_at")
    if reported_raw in (None, ""):
        out["reported_at"] = iso(now)
    else:
        try:
            reported, _ = parse_datetime(reported_raw)
            if reported > now + CLOCK_SKEW:
                errors["reported_at"] = msg("The report date is in the future.")
            out["reported_at"] = iso(reported)
        except (ValueError, TypeError):
            errors["reported_at"] = msg("'{value}' is not a date.", value=reported_raw)

    given = {key: data.get(key) not in (None, "") and str(data.get(key)).strip() != "" for key in ("lat", "lon")}
    if not any(given.values()):
        if status == "final":  # a draft may wait for its location; a final incident has one
            errors["lat"] = msg(
                "Latitude and longitude are required before the incident is final (a draft may be saved without them)."
            )
        out["lat"] = out["lon"] = None
    elif not all(given.values()):
        missing = "lon" if given["lat"] else "lat"
        if status == "final":
            errors[missing] = msg("Longitude is required.") if missing == "lon" else msg("Latitude is required.")
        else:
            errors[missing] = (
                msg("Give the longitude too, or neither (a draft may be saved without a location).")
                if missing == "lon"
                else msg("Give the latitude too, or neither (a draft may be saved without a location).")
            )
    for key, lo, hi in (("lat", -90.0, 90.0), ("lon", -180.0, 180.0)):
        if not given[key]:
            out.setdefault(key, None)
            continue
        raw = data.get(key)
        try:
            val = parse_coordinate(raw)
            if not (lo <= val <= hi):
                raise ValueError
            out[key] = round(val, 6)
        except (ValueError, TypeError):
            out[key] = None
            if isinstance(raw, str) and _TWO_NUMBERS.fullmatch(raw):
                errors[key] = msg(
                    "'{value}' is two numbers: put the latitude and the longitude each in its own box.", value=raw
                )
            else:
                errors[key] = (
                    msg("Latitude must be a number between -90 and 90.")
                    if key == "lat"
                    else msg("Longitude must be a number between -180 and 180.")
                )

    out["place"] = str(data.get("place") or "").strip()
    if len(out["place"]) > PLACE_MAX:
        errors["place"] = msg(
            "The place name is too long ({n} characters, at most {max}).", n=len(out["place"]), max=PLACE_MAX
        )
    lp = str(data.get("location_precision") or "exact").strip().lower()
    if lp not in LOCATION_PRECISIONS:
        errors["location_precision"] = msg("The location precision must be exact, near, district, region or country.")
    out["location_precision"] = lp

    category = str(data.get("category") or "").strip().upper()
    if not category:
        errors["category"] = msg("A category is required.")
    elif not vocab.has("incident_category", category):
        errors["category"] = msg("'{code}' is not a known category code.", code=category)
    out["category"] = category

    sev = data.get("severity")
    try:
        sev_i = int(str(sev).strip()) if sev not in (None, "") else None
        if sev_i is None:
            errors["severity"] = msg("A severity from 1 to 5 is required.")
        elif not 1 <= sev_i <= 5:
            raise ValueError
        out["severity"] = sev_i
    except (ValueError, TypeError):
        errors["severity"] = msg("The severity must be a whole number from 1 (minimal) to 5 (critical).")

    actors = []
    try:
        given_actors = _as_list(data.get("actors"))
    except TypeError:
        given_actors = []
        errors["actors"] = msg("The actors must be a list of names (each with an optional type).")
    for a in given_actors:
        if isinstance(a, str):
            name, _, atype = a.partition(":")
            a = {"name": name, "type": atype}
        if (
            not isinstance(a, dict)
            or not isinstance(a.get("name") or "", str)
            or not isinstance(a.get("type") or "", str)
        ):
            errors["actors"] = msg("Each actor must be a name, with an optional type code.")
            continue
        name = (a.get("name") or "").strip()
        atype = (a.get("type") or "").strip().upper()
        if not name:
            continue
        if len(name) > NAME_MAX:
            errors["actors"] = msg(
                "An actor's name is too long ({n} characters, at most {max}).", n=len(name), max=NAME_MAX
            )
        if atype and not vocab.has("actor_type", atype):
            errors["actors"] = msg("'{code}' is not a known actor type.", code=atype)
        actors.append({"name": name, "type": atype})
    if len(actors) > ACTORS_MAX:
        errors["actors"] = msg("Too many actors ({n}, at most {max}).", n=len(actors), max=ACTORS_MAX)
    out["actors"] = actors

    stype = str(data.get("source_type") or "").strip().upper()
    if stype and not vocab.has("source_type", stype):
        errors["source_type"] = msg("'{code}' is not a known source type.", code=stype)
    out["source_type"] = stype

    rel = str(data.get("source_reliability") or "").strip().upper()
    cred = str(data.get("source_credibility") or "").strip()
    grade = data.get("source_grade")
    if grade not in (None, ""):
        try:
            rel, cred = parse_source_grade(str(grade))
        except ValueError:
            errors["source_grade"] = msg(
                "'{value}' is not a source grade; use a letter A-F and a digit 1-6, e.g. B2.", value=grade
            )
    if rel and rel not in RELIABILITY:
        errors["source_reliability"] = msg("Source reliability must be a letter from A to F.")
    if cred and cred not in CREDIBILITY:
        errors["source_credibility"] = msg("Information credibility must be a digit from 1 to 6.")
    out["source_reliability"], out["source_credibility"] = rel, cred

    tags = []
    try:
        given_tags = _as_list(data.get("tags"))
    except TypeError:
        given_tags = []
        errors["tags"] = msg("The tags must be a list of words.")
    for t in given_tags:
        if not isinstance(t, str):
            errors["tags"] = msg("Each tag must be a word or a short text.")
            continue
        t = t.strip().lower()
        if len(t) > TAG_MAX:
            errors["tags"] = msg("A tag is too long ({n} characters, at most {max}).", n=len(t), max=TAG_MAX)
        elif t and t not in tags:
            tags.append(t)
    if len(tags) > TAGS_MAX:
        errors["tags"] = msg("Too many tags ({n}, at most {max}).", n=len(tags), max=TAGS_MAX)
    out["tags"] = sorted(tags)

    sens = data.get("sensitive", False)
    if isinstance(sens, str):
        sens = sens.strip().lower() in ("1", "true", "yes", "oui", "on")
    out["sensitive"] = bool(sens)

    markets = []
    try:
        given_markets = _as_list(data.get("markets"))
    except TypeError:
        given_markets = []
        errors["markets"] = msg("The markets must be a list of criminal market codes.")
    for m in given_markets:
        code = str(m).strip().upper() if isinstance(m, str) else None
        if not code or not vocab.has("criminal_market", code):
            errors["markets"] = msg("'{code}' is not a known criminal market.", code=m)
        elif code not in markets:
            markets.append(code)
    if len(markets) > MARKETS_MAX:
        errors["markets"] = msg("Too many markets ({n}, at most {max}).", n=len(markets), max=MARKETS_MAX)
    out["markets"] = sorted(markets)

    fat = data.get("fatalities")
    if fat is None or (isinstance(fat, str) and not fat.strip()):
        out["fatalities"] = None
    else:
        try:
            if isinstance(fat, bool) or (isinstance(fat, float) and not fat.is_integer()):
                raise ValueError
            n = int(str(fat).strip()) if not isinstance(fat, int | float) else int(fat)
            if not 0 <= n <= FATALITIES_MAX:
                raise ValueError
            out["fatalities"] = n
        except (ValueError, TypeError):
            out["fatalities"] = None
            errors["fatalities"] = msg(
                "The number of people killed must be a whole number from 0 to {max}, or left empty if not known.",
                max=FATALITIES_MAX,
            )

    if errors:
        raise ValidationError(errors)
    return out


_CANONICAL_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z")


class CleanCheck:
    """A quick yes to "would ``validate`` accept these fields unchanged?", for bulk imports.

    ``ok(data)`` is True only when every field already has the exact form ``validate`` produces
    (types, trimmed text, known codes, canonical UTC times, rounded coordinates, sorted tags) and
    passes every rule it enforces, so that ``validate(data) == data`` is certain. Anything else
    answers False, and the caller runs ``validate`` itself for the verdict and the messages. It
    never accepts what ``validate`` refuses (tests/core/test_incidents.py checks this on
    thousands of altered records)."""

    def __init__(self, vocab, now: datetime):
        self.limit = iso(now + CLOCK_SKEW)

        def codes(name):  # only codes already in the form validate() gives them
            return frozenset(c for c in vocab.codes(name) if c == c.strip().upper())

        self.categories = codes("incident_category") - {""}
        self.actor_types = codes("actor_type") | {""}
        self.source_types = codes("source_type") | {""}
        self.markets = codes("criminal_market") - {""}
        self.reliability = frozenset(RELIABILITY) | {""}
        self.credibility = frozenset(CREDIBILITY) | {""}

    def _time(self, v) -> bool:
        if type(v) is not str or not _CANONICAL_TIME.fullmatch(v) or v > self.limit:
            return False
        try:
            datetime.fromisoformat(v[:-1])  # a real date: no 30 February, no hour 25
        except ValueError:
            return False
        return True

    def ok(self, d: dict) -> bool:
        try:
            title, desc, status, place = d["title"], d["description"], d["status"], d["place"]
            if (
                type(title) is not str
                or type(desc) is not str
                or type(place) is not str
                or not title
                or len(title) > TITLE_MAX
                or title != title.strip()
                or desc != desc.strip()
                or place != place.strip()
                or len(desc) > DESCRIPTION_MAX
                or len(place) > PLACE_MAX
                or status not in STATUSES
                or (status == "final" and not desc)
            ):
                return False
            if (
                d["occurred_precision"] not in TIME_PRECISIONS
                or d["location_precision"] not in LOCATION_PRECISIONS
                or not self._time(d["occurred_at"])
                or not self._time(d["reported_at"])
            ):
                return False
            if d["lat"] is None and d["lon"] is None:
                if status != "draft":  # only a draft may lack a location
                    return False
            else:
                for key, lo, hi in (("lat", -90.0, 90.0), ("lon", -180.0, 180.0)):
                    v = d[key]
                    if type(v) is not float or not (lo <= v <= hi) or round(v, 6) != v:
                        return False
            if d["category"] not in self.categories or type(d["severity"]) is not int or not 1 <= d["severity"] <= 5:
                return False
            if (
                d["source_type"] not in self.source_types
                or d["source_reliability"] not in self.reliability
                or d["source_credibility"] not in self.credibility
                or type(d["sensitive"]) is not bool
            ):
                return False
            actors, tags = d["actors"], d["tags"]
            if type(actors) is not list or type(tags) is not list or len(actors) > ACTORS_MAX or len(tags) > TAGS_MAX:
                return False
            for a in actors:
                if type(a) is not dict or len(a) != 2:
                    return False
                name, atype = a["name"], a["type"]
                if (
                    type(name) is not str
                    or not name
                    or name != name.strip()
                    or len(name) > NAME_MAX
                    or atype not in self.actor_types
                ):
                    return False
            for t in tags:
                if type(t) is not str or not t or t != t.strip().lower() or len(t) > TAG_MAX:
                    return False
            markets, f = d["markets"], d["fatalities"]
            if (
                type(markets) is not list
                or len(markets) > MARKETS_MAX
                or markets != sorted(set(markets))
                or not all(type(m) is str and m in self.markets for m in markets)
            ):
                return False
            if f is not None and (type(f) is not int or not 0 <= f <= FATALITIES_MAX):
                return False
            return tags == sorted(set(tags))
        except (KeyError, TypeError):
            return False


def drop_defaults(content: dict) -> dict:
    """A version's content without the optional fields at their default (see OPTIONAL)."""
    for k, default in OPTIONAL.items():
        if k in content and (content[k] is None if default is None else not content[k]):
            del content[k]
    return content


def with_defaults(content: dict) -> dict:
    """The editable fields of a version's content, the optional ones filled with their default when absent."""
    return {k: content.get(k, list(OPTIONAL[k]) if k == "markets" else OPTIONAL.get(k)) for k in EDITABLE}


def json_column(value: list) -> str:
    """The JSON text kept in the ``actors`` and ``tags`` columns (the version content is the reference)."""
    return orjson.dumps(value).decode() if value else "[]"


def actors_text(actors: list[dict]) -> str:
    """Actors flattened for the full-text index."""
    return " ".join(f"{a['name']} {a['type']}" for a in actors)


def source_grade(rec: dict) -> str:
    return f"{rec.get('source_reliability') or ''}{rec.get('source_credibility') or ''}"


def version_changes(before: dict | None, after: dict) -> list[tuple[str, object, object]]:
    """What a version changed: (field, old value, new value) for each field of the record (and its attachments
    and trash state) that differs from the version before (``before`` None: the first version, nothing listed)."""
    if before is None:
        return []
    keys = [*EDITABLE, "attachments", "deleted"]
    return [(k, before.get(k), after.get(k)) for k in keys if before.get(k) != after.get(k)]


_VOCAB_OF = {
    "category": "incident_category",
    "source_type": "source_type",
    "occurred_precision": "time_precision",
    "location_precision": "location_precision",
}


def value_text(field: str, value, limit: int = 60, vocab=None, lang: str = "en") -> str:
    """A field's value as a short line of text for a history or a conflict view: with ``vocab``, codes as their
    labels in ``lang``; times as ``YYYY-MM-DD HH:MM UTC``."""
    if value is None or value == "" or value == []:
        return "—"
    name = _VOCAB_OF.get(field)
    if vocab is not None and name and isinstance(value, str):
        return vocab.label(name, value, lang)[:limit]
    if field in ("occurred_at", "reported_at") and isinstance(value, str) and "T" in value:
        return value[:16].replace("T", " ") + " UTC"
    if field == "actors":

        def actor(a):
            kind = a.get("type")
            if kind and vocab is not None:
                kind = vocab.label("actor_type", kind, lang)
            return f"{a.get('name')} ({kind})" if kind else str(a.get("name"))

        text = ", ".join(actor(a) for a in value)
    elif field == "attachments":
        text = ", ".join(str(a.get("filename")) for a in value)
    elif field == "tags":
        text = ", ".join(value)
    elif field == "markets":
        text = ", ".join(vocab.label("criminal_market", m, lang) if vocab is not None else m for m in value)
    elif isinstance(value, bool):
        text = "yes" if value else "no"
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
