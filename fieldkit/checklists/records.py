"""What an analyst records per assessment besides the checklist answers (issue 18): the report's key judgements
(when the analyst overrides the derived ones), the criminal markets present and the actors running them.

``AssessmentRecords`` is the one writer of ``assessment_judgements``, ``assessment_markets`` and
``assessment_actors`` (schema step 11). Every change is one transaction, tells the UI (``ASSESSMENTS``), and on a
final assessment needs a reason and becomes the assessment's next version, as an answer does.

Per-market scores follow the lens of the GI-TOC Organized Crime Index (each market scored 1-10 on its own); the
rule is FieldKit's proposal: 1 + 9 x mean(scale, harm) / 4, each of scale and harm judged 0-4 (docs/scoring.md).
"""

from __future__ import annotations

import json

from ..changes import ASSESSMENTS
from ..errors import LockedError, NotFound, ValidationError, msg

TEXT_MAX = 2_000  # a judgement, a route, a note
NAME_MAX = 200  # an actor's name
ACTORS_PER_MARKET = 50
JUDGEMENTS_MAX = 6

# Estimative language (after the ICD 203 / PHIA yardstick), lowest first.
LIKELIHOOD = (
    "remote",
    "highly_unlikely",
    "unlikely",
    "realistic_possibility",
    "likely",
    "highly_likely",
    "almost_certain",
)
CONFIDENCE = ("low", "moderate", "high")
TRENDS = ("rising", "stable", "falling", "unknown")
LINKS = ("none", "some", "strong", "unknown")

LABELS = {
    "en": {
        "remote": "remote chance",
        "highly_unlikely": "highly unlikely",
        "unlikely": "unlikely",
        "realistic_possibility": "a realistic possibility",
        "likely": "likely",
        "highly_likely": "highly likely",
        "almost_certain": "almost certain",
        "low": "low",
        "moderate": "moderate",
        "high": "high",
        "rising": "rising",
        "stable": "stable",
        "falling": "falling",
        "unknown": "unknown",
        "none": "none",
        "some": "some",
        "strong": "strong",
    },
    "fr": {
        "remote": "très faible probabilité",
        "highly_unlikely": "très improbable",
        "unlikely": "improbable",
        "realistic_possibility": "possibilité réelle",
        "likely": "probable",
        "highly_likely": "très probable",
        "almost_certain": "quasi certain",
        "low": "faible",
        "moderate": "modérée",
        "high": "élevée",
        "rising": "en hausse",
        "stable": "stable",
        "falling": "en baisse",
        "unknown": "inconnu",
        "none": "aucun",
        "some": "certains",
        "strong": "forts",
    },
    "ar": {
        "remote": "احتمال ضئيل جدًا",
        "highly_unlikely": "مستبعد جدًا",
        "unlikely": "مستبعد",
        "realistic_possibility": "احتمال واقعي",
        "likely": "مرجَّح",
        "highly_likely": "مرجَّح جدًا",
        "almost_certain": "شبه مؤكد",
        "low": "منخفضة",
        "moderate": "متوسطة",
        "high": "مرتفعة",
        "rising": "في ازدياد",
        "stable": "مستقر",
        "falling": "في تراجع",
        "unknown": "غير معروف",
        "none": "لا شيء",
        "some": "بعض",
        "strong": "قوية",
    },
    "pt": {
        "remote": "probabilidade remota",
        "highly_unlikely": "muito improvável",
        "unlikely": "improvável",
        "realistic_possibility": "possibilidade realista",
        "likely": "provável",
        "highly_likely": "muito provável",
        "almost_certain": "quase certo",
        "low": "baixa",
        "moderate": "moderada",
        "high": "elevada",
        "rising": "em alta",
        "stable": "estável",
        "falling": "em baixa",
        "unknown": "desconhecido",
        "none": "nenhuma",
        "some": "algumas",
        "strong": "fortes",
    },
    "es": {
        "remote": "probabilidad remota",
        "highly_unlikely": "muy improbable",
        "unlikely": "improbable",
        "realistic_possibility": "posibilidad realista",
        "likely": "probable",
        "highly_likely": "muy probable",
        "almost_certain": "casi seguro",
        "low": "baja",
        "moderate": "moderada",
        "high": "alta",
        "rising": "en aumento",
        "stable": "estable",
        "falling": "en descenso",
        "unknown": "desconocido",
        "none": "ninguno",
        "some": "algunos",
        "strong": "fuertes",
    },
}

MARKET_TEXT = ("origin", "transit", "destination", "prices", "seizures", "note")
ACTOR_TEXT = ("note",)


def label(code: str, lang: str = "en") -> str:
    return LABELS.get(lang, LABELS["en"]).get(code) or LABELS["en"].get(code) or str(code)


def market_score(scale, harm) -> float | None:
    """The Index-style 1-10 score of one market from its scale and harm (0-4 each); None when both are unknown."""
    known = [v for v in (scale, harm) if v is not None]
    if not known:
        return None
    return round(1 + 9 * (sum(known) / len(known)) / 4, 1)


def _level(errors, field, value, allow_none=True):
    if value is None or value == "":
        if not allow_none:
            errors[field] = msg("Give a number from 0 to 4.")
        return None
    try:
        n = int(str(value).strip())
        if str(n) != str(value).strip() or not 0 <= n <= 4:
            raise ValueError
    except (TypeError, ValueError):
        errors[field] = msg("'{value}' is not a number from 0 to 4.", value=value)
        return None
    return n


def _choice(errors, field, value, choices, default):
    value = default if value is None or value == "" else str(value).strip()
    if value not in choices:
        errors[field] = msg("'{value}' is not one of: {choices}.", value=value, choices=", ".join(choices))
    return value


def _text(errors, field, value, limit=TEXT_MAX):
    value = "" if value is None else str(value).strip()
    if len(value) > limit:
        errors[field] = msg("The text is too long ({n} characters, at most {max}).", n=len(value), max=limit)
    return value


class AssessmentRecords:
    def __init__(self, ws):
        self.ws = ws

    @property
    def db(self):
        return self.ws.db

    # ---- shared ----------------------------------------------------------------------------
    def _open(self, aid: str, reason: str) -> dict:
        rec = self.ws.assessments.get(aid)
        if rec["status"] == "final" and not (reason or "").strip():
            raise LockedError(
                "This assessment is final. Give a reason to change it; the change will be kept as a new version."
            )
        return rec

    def _done(self, rec: dict, reason: str) -> None:
        """Inside the transaction: the next version of a final assessment, and the assessment's time."""
        self.ws.assessments.records_changed(rec, reason.strip())

    def content(self, aid: str) -> dict:
        """What the records add to the assessment's content (its versions and the report's hash); empty when none."""
        out = {}
        j = self.judgements(aid)
        if j:
            out["judgements"] = [{k: x[k] for k in ("position", "text", "likelihood", "confidence")} for x in j]
        m = self.markets(aid)
        if m:
            out["markets"] = [{k: v for k, v in x.items() if k not in ("updated_at", "score")} for x in m]
        a = self.actors(aid)
        if a:
            out["actors"] = [{k: v for k, v in x.items() if k != "updated_at"} for x in a]
        return out

    def check_content(self, records) -> str | None:
        """Why the judgements, markets and actors of an assessment from a bundle cannot be stored, or None: each
        record as this FieldKit would store it (known codes, levels 0-4, texts within their limits, in order)."""
        if type(records) is not dict or set(records) - {"judgements", "markets", "actors"}:
            return "has records FieldKit does not know"
        vocab = self.ws.vocab

        def text(v, limit=TEXT_MAX):
            return type(v) is str and len(v) <= limit and v == v.strip()

        def level(v):
            return v is None or (type(v) is int and 0 <= v <= 4)

        j = records.get("judgements", [])
        if type(j) is not list or len(j) > JUDGEMENTS_MAX or (not j and "judgements" in records):
            return "has broken key judgements"
        for i, x in enumerate(j, 1):
            if (
                type(x) is not dict
                or set(x) != {"position", "text", "likelihood", "confidence"}
                or x["position"] != i
                or not text(x["text"])
                or not x["text"]
                or x["likelihood"] not in LIKELIHOOD
                or x["confidence"] not in CONFIDENCE
            ):
                return "has broken key judgements"
        m = records.get("markets", [])
        keys = set(self.MARKET_COLS) - {"updated_at"}
        if type(m) is not list or (not m and "markets" in records):
            return "has broken market records"
        for x in m:
            if (
                type(x) is not dict
                or set(x) != keys
                or not vocab.has("criminal_market", str(x["market"]))
                or not level(x["scale"])
                or not level(x["harm"])
                or x["trend"] not in TRENDS
                or not all(text(x[k]) for k in MARKET_TEXT)
                or type(x["actors"]) is not list
                or len(x["actors"]) > ACTORS_PER_MARKET
                or not all(text(n, NAME_MAX) and n for n in x["actors"])
            ):
                return "has broken market records"
        if len({x["market"] for x in m}) != len(m):
            return "has broken market records"
        a = records.get("actors", [])
        keys = set(self.ACTOR_COLS) - {"updated_at"} | {"markets"}
        if type(a) is not list or (not a and "actors" in records):
            return "has broken actor records"
        for x in a:
            if (
                type(x) is not dict
                or set(x) != keys
                or not text(x["name"], NAME_MAX)
                or not x["name"]
                or not vocab.has("actor_type", str(x["type"]))
                or (x["role"] and not vocab.has("actor_role", str(x["role"])))
                or not level(x["capability"])
                or x["armed_links"] not in LINKS
                or x["state_links"] not in LINKS
                or x["trend"] not in TRENDS
                or not text(x["note"])
            ):
                return "has broken actor records"
        if len({x["name"].casefold() for x in a}) != len(a):
            return "has broken actor records"
        return None

    def replace_remote(self, aid: str, records: dict, now: str) -> None:
        """The records of an assessment from a bundle that ``check_content`` accepted replace these. Runs inside
        the import's transaction (``AssessmentStore.apply_remote``)."""
        self.db.execute("DELETE FROM assessment_judgements WHERE assessment_id = ?", [aid])
        self.db.execute("DELETE FROM assessment_markets WHERE assessment_id = ?", [aid])
        self.db.execute("DELETE FROM assessment_actors WHERE assessment_id = ?", [aid])
        for j in records.get("judgements", []):
            self.db.execute(
                "INSERT INTO assessment_judgements (assessment_id, position, text, likelihood, confidence, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                [aid, j["position"], j["text"], j["likelihood"], j["confidence"], now],
            )
        for m in records.get("markets", []):
            cols = [c for c in self.MARKET_COLS if c != "updated_at"]
            vals = [json.dumps(m[c], ensure_ascii=False) if c == "actors" else m[c] for c in cols]
            self.db.execute(
                f"INSERT INTO assessment_markets (assessment_id, {', '.join(cols)}, updated_at) "
                f"VALUES (?, {', '.join('?' * len(cols))}, ?)",
                [aid, *vals, now],
            )
        for x in records.get("actors", []):
            cols = [c for c in self.ACTOR_COLS if c != "updated_at"]
            self.db.execute(
                f"INSERT INTO assessment_actors (assessment_id, {', '.join(cols)}, updated_at) "
                f"VALUES (?, {', '.join('?' * len(cols))}, ?)",
                [aid, *[x[c] for c in cols], now],
            )
        self.ws.touched(ASSESSMENTS, [aid])

    # ---- key judgements ------------------------------------------------------------------
    def judgements(self, aid: str) -> list[dict]:
        rows = self.db.execute(
            "SELECT position, text, likelihood, confidence, updated_at FROM assessment_judgements "
            "WHERE assessment_id = ? ORDER BY position",
            [aid],
        )
        cols = ("position", "text", "likelihood", "confidence", "updated_at")
        return [dict(zip(cols, r, strict=True)) for r in rows]

    def front_judgements(self, aid: str, lang: str | None = None, summary: dict | None = None) -> dict:
        """The judgements the report prints: the analyst's when recorded, else the ones derived from the answers."""
        stored = self.judgements(aid)
        if stored:
            return {"source": "analyst", "judgements": stored}
        rec = self.ws.assessments.get(aid)
        lang = lang or rec["language"] or "en"
        summary = summary or self.ws.assessments.summary(aid, lang)
        return {"source": "derived", "judgements": derive_judgements(summary, self.ws.assessments.answers(aid), lang)}

    def set_judgement(
        self,
        aid: str,
        position: int,
        text: str,
        likelihood: str,
        confidence: str,
        *,
        lang: str | None = None,
        reason: str = "",
    ) -> list[dict]:
        """Write judgement ``position`` (1-6). The first change takes over the derived judgements, so the analyst
        edits what the report showed; ``position`` one past the last adds one."""
        rec = self._open(aid, reason)
        errors = {}
        text = _text(errors, "text", text)
        if not text:
            errors["text"] = msg("A judgement needs its text.")
        likelihood = _choice(errors, "likelihood", likelihood, LIKELIHOOD, None)
        confidence = _choice(errors, "confidence", confidence, CONFIDENCE, None)
        current = self.front_judgements(aid, lang)["judgements"]
        try:
            position = int(position)
        except (TypeError, ValueError):
            position = 0
        if not 1 <= position <= min(len(current) + 1, JUDGEMENTS_MAX):
            errors["position"] = msg(
                "A judgement's number goes from 1 to {max}.", max=min(len(current) + 1, JUDGEMENTS_MAX)
            )
        if errors:
            raise ValidationError(errors)
        rows = [(j["text"], j["likelihood"], j["confidence"]) for j in current]
        new = (text, likelihood, confidence)
        if position <= len(rows):
            rows[position - 1] = new
        else:
            rows.append(new)
        self._write_judgements(rec, rows, reason)
        return self.judgements(aid)

    def remove_judgement(self, aid: str, position: int, *, lang: str | None = None, reason: str = "") -> list[dict]:
        rec = self._open(aid, reason)
        current = self.front_judgements(aid, lang)["judgements"]
        n = int(position) if str(position).strip().isdigit() else 0
        if not 1 <= n <= len(current):
            raise NotFound("No judgement number {n}.", n=position)
        rows = [(j["text"], j["likelihood"], j["confidence"]) for j in current]
        del rows[n - 1]
        if not rows:
            raise ValidationError({"position": msg("The report needs at least one key judgement.")})
        self._write_judgements(rec, rows, reason)
        return self.judgements(aid)

    def reset_judgements(self, aid: str, *, reason: str = "") -> None:
        """Back to the judgements derived from the answers."""
        rec = self._open(aid, reason)
        with self.db.atomic():
            self.db.execute("DELETE FROM assessment_judgements WHERE assessment_id = ?", [aid])
            self._done(rec, reason)
        self.ws.touched(ASSESSMENTS, [aid])

    def _write_judgements(self, rec, rows, reason):
        now = self.ws.clock.now_iso()
        with self.db.atomic():
            self.db.execute("DELETE FROM assessment_judgements WHERE assessment_id = ?", [rec["id"]])
            for i, (text, lk, cf) in enumerate(rows, 1):
                self.db.execute(
                    "INSERT INTO assessment_judgements (assessment_id, position, text, likelihood, confidence, "
                    "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                    [rec["id"], i, text, lk, cf, now],
                )
            self._done(rec, reason)
        self.ws.touched(ASSESSMENTS, [rec["id"]])

    # ---- markets ---------------------------------------------------------------------------
    MARKET_COLS = (
        "market",
        "scale",
        "harm",
        "trend",
        "origin",
        "transit",
        "destination",
        "prices",
        "seizures",
        "actors",
        "note",
        "updated_at",
    )

    def markets(self, aid: str) -> list[dict]:
        """The markets recorded, highest score first, each with its 1-10 ``score`` (None when not judged)."""
        rows = self.db.execute(
            f"SELECT {', '.join(self.MARKET_COLS)} FROM assessment_markets WHERE assessment_id = ?", [aid]
        )
        out = []
        for r in rows:
            m = dict(zip(self.MARKET_COLS, r, strict=True))
            m["actors"] = json.loads(m["actors"] or "[]")
            m["score"] = market_score(m["scale"], m["harm"])
            out.append(m)
        out.sort(key=lambda m: (-(m["score"] or 0), m["market"]))
        return out

    def set_market(self, aid: str, market: str, *, reason: str = "", **fields) -> dict:
        """Record (or change) one market. Fields not given keep their value; ``actors`` is a list of names."""
        rec = self._open(aid, reason)
        unknown = set(fields) - set(self.MARKET_COLS) - {"market"}
        if unknown:
            raise ValidationError({sorted(unknown)[0]: msg("Not a field of a market record.")})
        errors = {}
        if not self.ws.vocab.has("criminal_market", str(market)):
            errors["market"] = msg("'{code}' is not a known criminal market.", code=market)
        current = next((m for m in self.markets(aid) if m["market"] == market), None)
        base = current or {
            "scale": None,
            "harm": None,
            "trend": "unknown",
            "actors": [],
            **{k: "" for k in MARKET_TEXT},
        }
        new = {k: base[k] for k in ("scale", "harm", "trend", "actors", *MARKET_TEXT)}
        if "scale" in fields:
            new["scale"] = _level(errors, "scale", fields["scale"])
        if "harm" in fields:
            new["harm"] = _level(errors, "harm", fields["harm"])
        if "trend" in fields:
            new["trend"] = _choice(errors, "trend", fields["trend"], TRENDS, "unknown")
        for k in MARKET_TEXT:
            if k in fields:
                new[k] = _text(errors, k, fields[k])
        if "actors" in fields:
            names = fields["actors"] or []
            if isinstance(names, str):
                names = [n for n in names.split(",")]
            names = [str(n).strip() for n in names if str(n).strip()]
            if len(names) > ACTORS_PER_MARKET or any(len(n) > NAME_MAX for n in names):
                errors["actors"] = msg("At most {max} actor names of at most 200 characters.", max=ACTORS_PER_MARKET)
            seen, uniq = set(), []
            for n in names:
                if n.casefold() not in seen:
                    seen.add(n.casefold())
                    uniq.append(n)
            new["actors"] = uniq
        if errors:
            raise ValidationError(errors)
        now = self.ws.clock.now_iso()
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO assessment_markets (assessment_id, market, scale, harm, trend, origin, transit, "
                "destination, prices, seizures, actors, note, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(assessment_id, market) DO UPDATE SET scale = excluded.scale, harm = excluded.harm, "
                "trend = excluded.trend, origin = excluded.origin, transit = excluded.transit, "
                "destination = excluded.destination, prices = excluded.prices, seizures = excluded.seizures, "
                "actors = excluded.actors, note = excluded.note, updated_at = excluded.updated_at",
                [
                    aid,
                    market,
                    new["scale"],
                    new["harm"],
                    new["trend"],
                    new["origin"],
                    new["transit"],
                    new["destination"],
                    new["prices"],
                    new["seizures"],
                    json.dumps(new["actors"], ensure_ascii=False),
                    new["note"],
                    now,
                ],
            )
            self._done(rec, reason)
        self.ws.touched(ASSESSMENTS, [aid])
        return next(m for m in self.markets(aid) if m["market"] == market)

    def remove_market(self, aid: str, market: str, *, reason: str = "") -> None:
        rec = self._open(aid, reason)
        with self.db.atomic():
            n = self.db.execute(
                "DELETE FROM assessment_markets WHERE assessment_id = ? AND market = ?", [aid, market]
            ).rowcount
            if not n:
                raise NotFound("This assessment has no record of market {code}.", code=market)
            self._done(rec, reason)
        self.ws.touched(ASSESSMENTS, [aid])

    def compare_markets(self, before: str, after: str) -> list[dict]:
        """Each market recorded in either assessment, with its score and trend before and after."""
        a = {m["market"]: m for m in self.markets(before)}
        b = {m["market"]: m for m in self.markets(after)}
        rows = []
        for code in sorted(set(a) | set(b)):
            x, y = a.get(code), b.get(code)
            rows.append(
                {
                    "market": code,
                    "score_before": x["score"] if x else None,
                    "score_after": y["score"] if y else None,
                    "trend_before": x["trend"] if x else None,
                    "trend_after": y["trend"] if y else None,
                    "only": "before" if not y else "after" if not x else None,
                }
            )
        return rows

    # ---- actors ----------------------------------------------------------------------------
    ACTOR_COLS = (
        "name",
        "type",
        "role",
        "capability",
        "armed_links",
        "state_links",
        "trend",
        "note",
        "updated_at",
    )

    def actors(self, aid: str) -> list[dict]:
        rows = self.db.execute(
            f"SELECT {', '.join(self.ACTOR_COLS)} FROM assessment_actors WHERE assessment_id = ? "
            "ORDER BY name COLLATE NOCASE",
            [aid],
        )
        out = [dict(zip(self.ACTOR_COLS, r, strict=True)) for r in rows]
        markets = self.markets(aid)
        for a in out:
            a["markets"] = [m["market"] for m in markets if a["name"].casefold() in {n.casefold() for n in m["actors"]}]
        return out

    def set_actor(self, aid: str, name: str, *, reason: str = "", **fields) -> dict:
        rec = self._open(aid, reason)
        unknown = set(fields) - set(self.ACTOR_COLS)
        if unknown:
            raise ValidationError({sorted(unknown)[0]: msg("Not a field of an actor record.")})
        errors = {}
        name = _text(errors, "name", name, NAME_MAX)
        if not name:
            errors["name"] = msg("An actor needs a name.")
        current = next((a for a in self.actors(aid) if a["name"].casefold() == name.casefold()), None)
        new = {
            k: (current or {}).get(k, d)
            for k, d in (
                ("type", "UNKNOWN"),
                ("role", ""),
                ("capability", None),
                ("armed_links", "unknown"),
                ("state_links", "unknown"),
                ("trend", "unknown"),
                ("note", ""),
            )
        }
        if "type" in fields:
            new["type"] = str(fields["type"] or "UNKNOWN").strip()
            if not self.ws.vocab.has("actor_type", new["type"]):
                errors["type"] = msg("'{code}' is not a known actor type.", code=new["type"])
        if "role" in fields:
            new["role"] = str(fields["role"] or "").strip()
            if new["role"] and not self.ws.vocab.has("actor_role", new["role"]):
                errors["role"] = msg("'{code}' is not a known role in the chain.", code=new["role"])
        if "capability" in fields:
            new["capability"] = _level(errors, "capability", fields["capability"])
        for k in ("armed_links", "state_links"):
            if k in fields:
                new[k] = _choice(errors, k, fields[k], LINKS, "unknown")
        if "trend" in fields:
            new["trend"] = _choice(errors, "trend", fields["trend"], TRENDS, "unknown")
        if "note" in fields:
            new["note"] = _text(errors, "note", fields["note"])
        if errors:
            raise ValidationError(errors)
        now = self.ws.clock.now_iso()
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO assessment_actors (assessment_id, name, type, role, capability, armed_links, "
                "state_links, trend, note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(assessment_id, name) DO UPDATE SET type = excluded.type, role = excluded.role, "
                "capability = excluded.capability, armed_links = excluded.armed_links, "
                "state_links = excluded.state_links, trend = excluded.trend, note = excluded.note, "
                "updated_at = excluded.updated_at",
                [
                    aid,
                    current["name"] if current else name,
                    new["type"],
                    new["role"],
                    new["capability"],
                    new["armed_links"],
                    new["state_links"],
                    new["trend"],
                    new["note"],
                    now,
                ],
            )
            self._done(rec, reason)
        self.ws.touched(ASSESSMENTS, [aid])
        return next(a for a in self.actors(aid) if a["name"].casefold() == name.casefold())

    def remove_actor(self, aid: str, name: str, *, reason: str = "") -> None:
        rec = self._open(aid, reason)
        with self.db.atomic():
            n = self.db.execute(
                "DELETE FROM assessment_actors WHERE assessment_id = ? AND name = ?", [aid, name.strip()]
            ).rowcount
            if not n:
                raise NotFound("This assessment has no actor named {name}.", name=name)
            self._done(rec, reason)
        self.ws.touched(ASSESSMENTS, [aid])

    def assessments_with_actor(self, name: str) -> list[dict]:
        """The assessments (not deleted, latest first) that hold a record of the actor ``name`` (any case)."""
        rows = self.db.execute(
            "SELECT a.id, a.area_name, a.period_start, a.period_end, r.name FROM assessment_actors r "
            "JOIN assessments a ON a.id = r.assessment_id WHERE a.deleted_at IS NULL AND r.name = ? "
            "ORDER BY a.period_end DESC",
            [name.strip()],
        )
        cols = ("id", "area_name", "period_start", "period_end", "name")
        return [dict(zip(cols, r, strict=True)) for r in rows]

    def incidents_mentioning(self, name: str, *, period: tuple | None = None) -> list[dict]:
        """Incidents (not deleted) whose actor list names ``name`` (case-insensitive), oldest first."""
        sql = (
            "SELECT i.id, i.occurred_at, i.title, i.severity FROM incidents i, json_each(i.actors) a "
            "WHERE i.deleted_at IS NULL AND lower(json_extract(a.value, '$.name')) = lower(?)"
        )
        params = [name.strip()]
        if period:
            sql += " AND substr(i.occurred_at, 1, 10) BETWEEN ? AND ?"
            params += [period[0], period[1]]
        rows = self.db.execute(sql + " GROUP BY i.id ORDER BY i.occurred_at", params)
        return [dict(zip(("id", "occurred_at", "title", "severity"), r, strict=True)) for r in rows]

    def compare_actors(self, before: str, after: str) -> list[dict]:
        """Each actor recorded in either assessment (matched by name), with what changed."""
        a = {x["name"].casefold(): x for x in self.actors(before)}
        b = {x["name"].casefold(): x for x in self.actors(after)}
        fields = ("type", "role", "capability", "armed_links", "state_links", "trend")
        rows = []
        for key in sorted(set(a) | set(b)):
            x, y = a.get(key), b.get(key)
            rows.append(
                {
                    "name": (y or x)["name"],
                    "only": "before" if not y else "after" if not x else None,
                    "changes": {f: {"before": x[f], "after": y[f]} for f in fields if x and y and x[f] != y[f]},
                    "before": {f: x[f] for f in fields} if x else None,
                    "after": {f: y[f] for f in fields} if y else None,
                }
            )
        return rows


# -------------------------------------------------------------------------------------------------
# derived key judgements
# -------------------------------------------------------------------------------------------------
DERIVED = {
    "en": {
        "overall": "The organized crime threat in {area} is {level} ({score}/10) over {period}.",
        "overall_insufficient": (
            "The information does not yet support a judgement of the organized crime threat in {area}: "
            "known answers cover {coverage} of the threat questions."
        ),
        "finding": "{finding}: {reason}",
        "section": "{section}: {level} threat ({score}/10).",
        "driver": " Strongest answer: {question} — {answer}.",
        "outlook": {
            "worse": "The threat is expected to get worse over the next six months.",
            "same": "The threat is expected to stay about the same over the next six months.",
            "better": "The threat is expected to ease over the next six months.",
            "unclear": "The direction of the threat over the next six months cannot be judged yet.",
        },
    },
    "fr": {
        "overall": "La menace du crime organisé dans la zone {area} est {level} ({score}/10) sur la période {period}.",
        "overall_insufficient": (
            "Les informations ne permettent pas encore de juger la menace du crime organisé dans la zone {area} : "
            "les réponses connues couvrent {coverage} des questions de menace."
        ),
        "finding": "{finding} : {reason}",
        "section": "{section} : menace {level} ({score}/10).",
        "driver": " Réponse la plus forte : {question} — {answer}.",
        "outlook": {
            "worse": "La menace devrait s'aggraver au cours des six prochains mois.",
            "same": "La menace devrait rester à peu près stable au cours des six prochains mois.",
            "better": "La menace devrait s'atténuer au cours des six prochains mois.",
            "unclear": "L'évolution de la menace au cours des six prochains mois ne peut pas encore être jugée.",
        },
    },
    "ar": {
        "overall": "تهديد الجريمة المنظمة في {area} {level} ({score}/10) خلال الفترة {period}.",
        "overall_insufficient": (
            "لا تكفي المعلومات بعد للحكم على تهديد الجريمة المنظمة في {area}: "
            "الإجابات المعروفة تغطي {coverage} من أسئلة التهديد."
        ),
        "finding": "{finding}: {reason}",
        "section": "{section}: تهديد {level} ({score}/10).",
        "driver": " أقوى إجابة: {question} — {answer}.",
        "outlook": {
            "worse": "يُتوقع أن يتفاقم التهديد خلال الأشهر الستة المقبلة.",
            "same": "يُتوقع أن يبقى التهديد على حاله تقريبًا خلال الأشهر الستة المقبلة.",
            "better": "يُتوقع أن يخفّ التهديد خلال الأشهر الستة المقبلة.",
            "unclear": "لا يمكن بعد الحكم على اتجاه التهديد خلال الأشهر الستة المقبلة.",
        },
    },
    "pt": {
        "overall": "A ameaça do crime organizado em {area} é {level} ({score}/10) no período {period}.",
        "overall_insufficient": (
            "A informação ainda não permite avaliar a ameaça do crime organizado em {area}: "
            "as respostas conhecidas cobrem {coverage} das perguntas de ameaça."
        ),
        "finding": "{finding}: {reason}",
        "section": "{section}: ameaça {level} ({score}/10).",
        "driver": " Resposta mais forte: {question} — {answer}.",
        "outlook": {
            "worse": "Prevê-se que a ameaça se agrave nos próximos seis meses.",
            "same": "Prevê-se que a ameaça se mantenha mais ou menos igual nos próximos seis meses.",
            "better": "Prevê-se que a ameaça diminua nos próximos seis meses.",
            "unclear": "Ainda não é possível avaliar a evolução da ameaça nos próximos seis meses.",
        },
    },
    "es": {
        "overall": "La amenaza del crimen organizado en {area} es {level} ({score}/10) en el período {period}.",
        "overall_insufficient": (
            "La información todavía no permite juzgar la amenaza del crimen organizado en {area}: "
            "las respuestas conocidas cubren {coverage} de las preguntas de amenaza."
        ),
        "finding": "{finding}: {reason}",
        "section": "{section}: amenaza {level} ({score}/10).",
        "driver": " Respuesta más fuerte: {question} — {answer}.",
        "outlook": {
            "worse": "Se prevé que la amenaza empeore en los próximos seis meses.",
            "same": "Se prevé que la amenaza se mantenga más o menos igual en los próximos seis meses.",
            "better": "Se prevé que la amenaza disminuya en los próximos seis meses.",
            "unclear": "Todavía no es posible juzgar la evolución de la amenaza en los próximos seis meses.",
        },
    },
}
LEVEL_WORDS = {
    "en": {"low": "low", "moderate": "moderate", "high": "high", "severe": "severe"},
    "fr": {"low": "faible", "moderate": "modérée", "high": "élevée", "severe": "grave"},
    "ar": {"low": "منخفض", "moderate": "متوسط", "high": "مرتفع", "severe": "شديد"},
    "pt": {"low": "baixa", "moderate": "moderada", "high": "elevada", "severe": "grave"},
    "es": {"low": "baja", "moderate": "moderada", "high": "alta", "severe": "grave"},
}
DECIMAL_COMMA = ("fr", "pt", "es")


def _pct(x: float, lang: str) -> str:
    s = f"{x * 100:.0f}"
    return f"{s}\u202f%" if lang in DECIMAL_COMMA else f"{s}%"


def _num(x, lang: str) -> str:
    s = f"{x:g}" if isinstance(x, float) else str(x)
    return s.replace(".", ",") if lang in DECIMAL_COMMA else s


def _likelihood(confidence: str | None, strength: int) -> str:
    """The estimative term for a judgement: ``strength`` 0-2 (how strongly the answers point), tempered by the
    confidence in the evidence: strong answers on well-graded evidence read "almost certain", on none "likely"."""
    c = CONFIDENCE.index(confidence) if confidence in CONFIDENCE else 0
    cap = ("likely", "highly_likely", "almost_certain")[c]  # low confidence never reads more than "likely"
    return LIKELIHOOD[min(LIKELIHOOD.index(cap), 3 + strength + (c >= 1 and strength > 0))]


def derive_judgements(summary: dict, answers: dict, lang: str = "en") -> list[dict]:
    """3-6 key judgements from the assessment: the level (with its confidence), each key finding (tripwire), the
    strongest answers, and the outlook (I11). Each carries an estimative likelihood and a confidence."""
    d = DERIVED.get(lang, DERIVED["en"])
    o, a = summary["overall"], summary["assessment"]
    sections = {s["id"]: s for s in summary["sections"]}
    period = f"{a['period_start']} – {a['period_end']}"
    out = []
    conf = o.get("confidence") or "low"
    if o["level"] in LEVEL_WORDS["en"] and o["score"] is not None:
        out.append(
            {
                "text": d["overall"].format(
                    area=a["area_name"],
                    level=LEVEL_WORDS.get(lang, LEVEL_WORDS["en"])[o["level"]],
                    score=_num(o["score"], lang),
                    period=period,
                ),
                "likelihood": _likelihood(conf, 1 if o["coverage"] >= 0.6 else 0),
                "confidence": conf,
            }
        )
    else:
        out.append(
            {
                "text": d["overall_insufficient"].format(area=a["area_name"], coverage=_pct(o["coverage"], lang)),
                "likelihood": "realistic_possibility",
                "confidence": "low",
            }
        )
    for f in o.get("key_findings") or []:
        if len(out) >= 4:
            break
        qsec = [sections[q[0]] for q in f.get("questions") or [] if q[:1] in sections]
        c = qsec[0]["confidence"] if qsec and qsec[0].get("confidence") else conf
        out.append(
            {
                "text": d["finding"].format(finding=f["finding"], reason=f["text"]),
                "likelihood": _likelihood(c, 2 if f["level"] == "severe" else 1),
                "confidence": c,
            }
        )
    named = {q[:1] for f in o.get("key_findings") or [] for q in f.get("questions") or []}
    top = sorted(
        (x for x in summary["sections"] if x["kind"] == "threat" and x["level"] in ("high", "severe")),
        key=lambda x: (-(x["score"] or 0), x["id"]),
    )
    for sec in top:
        if len(out) >= 5:
            break
        if sec["id"] in named:
            continue
        driver = next((w for w in o.get("why") or [] if w["kind"] == "answer" and w["section"] == sec["id"]), None)
        c = sec.get("confidence") or conf
        out.append(
            {
                "text": d["section"].format(
                    section=sec["title"],
                    level=LEVEL_WORDS.get(lang, LEVEL_WORDS["en"])[sec["level"]],
                    score=_num(sec["score"], lang),
                )
                + (d["driver"].format(question=driver["text"].rstrip("? "), answer=driver["answer"]) if driver else ""),
                "likelihood": _likelihood(c, 2 if sec["level"] == "severe" else 1),
                "confidence": c,
            }
        )
    outlook = (answers.get("I11") or {}).get("value")
    if outlook in d["outlook"]:
        out.append(
            {
                "text": d["outlook"][outlook],
                "likelihood": "realistic_possibility" if outlook == "unclear" else _likelihood(conf, 0),
                "confidence": "low" if outlook == "unclear" else conf,
            }
        )
    for i, j in enumerate(out[:JUDGEMENTS_MAX], 1):
        j["position"] = i
    return out[:JUDGEMENTS_MAX]
