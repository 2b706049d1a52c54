"""Assessments: a checklist version + an area + a period + the assessor, answered over time.

Each answer is committed the moment it is given (autosave). Finalising locks the assessment and
writes version 1 of its tamper-evident history; changing a final assessment needs a reason and
writes the next version.
"""

from __future__ import annotations

import json
import logging
from datetime import date, timedelta

from ..changes import ANSWERS, ASSESSMENTS
from ..errors import FieldkitError, LockedError, NotFound, ValidationError, msg
from ..hashing import canonical_json, version_hash
from ..ids import is_uuid, new_id
from ..languages import CODES
from ..signatures import SignatureCheck, chain_problems
from . import scoring
from .definition import validate_value

log = logging.getLogger(__name__)


EVIDENCE_COLUMNS = (
    "id",
    "title",
    "occurred_at",
    "place",
    "category",
    "severity",
    "source_reliability",
    "source_credibility",
    "deleted_at",
    "tags",
)


def evidence_records(rows) -> dict:
    """Cited incidents' rows (``EVIDENCE_COLUMNS``, from the workspace or the HQ database) as ``scoring.evaluate``
    takes them: id -> record, its tags a list of strings."""
    out = {r[0]: dict(zip(EVIDENCE_COLUMNS, r, strict=False)) for r in rows}
    for inc in out.values():
        try:
            tags = json.loads(inc["tags"] or "[]")
        except ValueError:
            tags = []
        inc["tags"] = [str(t) for t in tags] if isinstance(tags, list) else []
    return out


def evaluate_record(checklist, rec: dict, answers: dict, incidents: dict, lang: str | None = None) -> dict:
    """The threat picture of an assessment record (``scoring.evaluate`` over its period and assessor), with the
    record itself under ``assessment``: the workspace's summary and the HQ database's page compute it alike."""
    result = scoring.evaluate(
        checklist,
        answers,
        incidents,
        lang or rec["language"],
        period=(rec["period_start"], rec["period_end"]),
        assessor=rec["assessor"] or "",
    )
    result["assessment"] = rec
    return result


COLUMNS = (
    "id",
    "checklist_id",
    "checklist_version",
    "area_name",
    "area_lat",
    "area_lon",
    "area_bbox",
    "period_start",
    "period_end",
    "assessor",
    "language",
    "status",
    "based_on",
    "position",
    "device_id",
    "origin_device",
    "deleted_at",
    "version",
    "head_hash",
    "created_at",
    "updated_at",
)
TEXT_MAX = 200  # an area name, an assessor
NOTE_MAX = 20_000  # a note on an answer
EVIDENCE_MAX = 500  # incidents cited by one answer
META = (
    "checklist_id",
    "checklist_version",
    "area_name",
    "area_lat",
    "area_lon",
    "area_bbox",
    "period_start",
    "period_end",
    "assessor",
    "language",
    "based_on",
)


def _date(value, field: str, errors: dict) -> str | None:
    try:
        return date.fromisoformat(str(value).strip()[:10]).isoformat()
    except (TypeError, ValueError):
        errors[field] = msg("'{value}' is not a date; use the form 2026-03-14.", value=value)
        return None


class AssessmentStore:
    def __init__(self, ws):
        self.ws = ws
        self.clock = ws.clock

    @property
    def db(self):
        return self.ws.db  # this thread's connection

    # ---- reading -------------------------------------------------------------------------
    def get(self, aid: str) -> dict:
        row = self.db.execute(f"SELECT {', '.join(COLUMNS)} FROM assessments WHERE id = ?", [aid]).fetchone()
        if row is None:
            raise NotFound("No assessment with id {id}.", id=aid)
        rec = dict(zip(COLUMNS, row, strict=False))
        rec["area_bbox"] = json.loads(rec["area_bbox"]) if rec["area_bbox"] else None
        return rec

    def resolve_id(self, prefix: str) -> str:
        prefix = prefix.strip()
        if is_uuid(prefix):
            return prefix
        rows = (
            self.db.execute("SELECT id FROM assessments WHERE id LIKE ? LIMIT 2", [prefix + "%"]).fetchall()
            if len(prefix) >= 6
            else []
        )
        if len(rows) != 1:
            raise NotFound("No single assessment has an id starting with {id}.", id=prefix)
        return rows[0][0]

    def list(self, area: str | None = None) -> list[dict]:
        sql = f"SELECT {', '.join(COLUMNS)} FROM assessments WHERE deleted_at IS NULL"
        params = []
        if area:
            sql += " AND area_name = ? COLLATE NOCASE"
            params.append(area)
        sql += " ORDER BY area_name COLLATE NOCASE, period_end DESC, created_at DESC"
        out = []
        for row in self.db.execute(sql, params):
            rec = dict(zip(COLUMNS, row, strict=False))
            rec["area_bbox"] = json.loads(rec["area_bbox"]) if rec["area_bbox"] else None
            out.append(rec)
        return out

    def checklist_of(self, rec_or_id) -> object:
        rec = self.get(rec_or_id) if isinstance(rec_or_id, str) else rec_or_id
        return self.ws.checklists.get(rec["checklist_id"], rec["checklist_version"])

    def answers(self, aid: str) -> dict:
        rows = self.db.execute(
            "SELECT question_id, value, note, evidence, updated_at FROM answers WHERE assessment_id = ?", [aid]
        )
        return {
            r[0]: {"value": json.loads(r[1]), "note": r[2], "evidence": json.loads(r[3]), "updated_at": r[4]}
            for r in rows
        }

    def evidence_incidents(self, answers: dict) -> dict:
        ids = sorted({i for a in answers.values() for i in a.get("evidence") or []})
        if not ids:
            return {}
        rows = self.db.execute(
            f"SELECT {', '.join(EVIDENCE_COLUMNS)} FROM incidents WHERE id IN ({','.join('?' * len(ids))})", ids
        )
        return evidence_records(rows)

    def summary(self, aid: str, lang: str | None = None) -> dict:
        rec = self.get(aid)
        checklist = self.checklist_of(rec)
        answers = self.answers(aid)
        result = evaluate_record(checklist, rec, answers, self.evidence_incidents(answers), lang)
        result["next_unanswered"] = scoring.next_unanswered(checklist, answers, rec["position"] or None)
        result["markets"] = self.ws.assessment_records.markets(aid)  # side by side, each with its 1-10 score
        result["actors"] = self.ws.assessment_records.actors(aid)
        return result

    def versions(self, aid: str) -> list[dict]:
        rows = self.db.execute(
            "SELECT version, content, reason, prev_hash, hash, device_id, author, created_at, signature, signed_by "
            "FROM assessment_versions WHERE assessment_id = ? ORDER BY version",
            [aid],
        )
        return [
            {
                "version": r[0],
                "content": json.loads(r[1]),
                "reason": r[2],
                "prev_hash": r[3],
                "hash": r[4],
                "device_id": r[5],
                "author": r[6],
                "created_at": r[7],
                "signature": r[8],
                "signed_by": r[9],
            }
            for r in rows
        ]

    # ---- writing -------------------------------------------------------------------------
    def new(
        self,
        area_name: str,
        *,
        checklist_id: str | None = None,
        period_start: str | None = None,
        period_end: str | None = None,
        assessor: str | None = None,
        lat=None,
        lon=None,
        bbox=None,
        language: str = "en",
        based_on: str | None = None,
        from_last: bool = False,
        aid: str | None = None,
    ) -> dict:
        errors: dict[str, str] = {}
        area_name = (area_name or "").strip()
        if not area_name:
            errors["area"] = msg("The area needs a name.")
        elif len(area_name) > TEXT_MAX:
            errors["area"] = msg(
                "The area name is too long ({n} characters, at most {max}).", n=len(area_name), max=TEXT_MAX
            )
        try:
            checklist = self.ws.checklists.get(checklist_id) if checklist_id else self.ws.checklists.latest()
        except NotFound as e:
            raise ValidationError({"checklist": e.message}) from None
        today = self.clock.now().date()
        end = _date(period_end, "period_end", errors) if period_end else today.isoformat()
        start = (
            _date(period_start, "period_start", errors) if period_start else (today - timedelta(days=90)).isoformat()
        )
        if start and end and start > end:
            errors["period"] = msg("The period starts after it ends.")
        if (lat is None) != (lon is None):
            errors["point"] = msg("Give both latitude and longitude, or neither.")
        for v, lo, hi, name in ((lat, -90, 90, "lat"), (lon, -180, 180, "lon")):
            if v is not None:
                try:
                    if not lo <= float(v) <= hi:
                        raise ValueError
                except (TypeError, ValueError):
                    errors[name] = (
                        msg("Latitude must be a number between -90 and 90.")
                        if name == "lat"
                        else msg("Longitude must be a number between -180 and 180.")
                    )
        if bbox is not None:
            try:
                bbox = [float(x) for x in bbox]
                if (
                    len(bbox) != 4
                    or bbox[1] > bbox[3]
                    or not all(-180 <= bbox[i] <= 180 for i in (0, 2))
                    or not all(-90 <= bbox[i] <= 90 for i in (1, 3))
                ):
                    raise ValueError
            except (TypeError, ValueError):
                errors["bbox"] = msg("The bounding box must be min_lon,min_lat,max_lon,max_lat.")
        if language not in CODES:
            errors["language"] = msg("The language must be one of {choices}.", choices=", ".join(CODES))
        if from_last and not based_on:
            prev = self.list(area_name)
            based_on = prev[0]["id"] if prev else None
        source_answers = {}
        if based_on:
            base = self.get(based_on)
            if base["checklist_id"] != checklist.id:
                errors["based_on"] = msg("The earlier assessment uses another checklist.")
            source_answers = self.answers(based_on)
            if base["checklist_version"] != checklist.version and base["checklist_id"] == checklist.id:
                # an earlier version's answers, as this version's (split questions carried over; any that no
                # longer fit stay in the earlier assessment only)
                source_answers, _ = checklist.migrate_answers(base["checklist_version"], source_answers)
        if errors:
            raise ValidationError(errors)
        aid = aid or new_id()
        now = self.clock.now_iso()
        row = {
            "id": aid,
            "checklist_id": checklist.id,
            "checklist_version": checklist.version,
            "area_name": area_name,
            "area_lat": float(lat) if lat is not None else None,
            "area_lon": float(lon) if lon is not None else None,
            "area_bbox": json.dumps(bbox) if bbox else None,
            "period_start": start,
            "period_end": end,
            "assessor": (assessor if assessor is not None else self.ws.user_name) or "",
            "language": language,
            "status": "draft",
            "based_on": based_on,
            "position": "",
            "device_id": self.ws.device_id,
            "origin_device": "",
            "deleted_at": None,
            "version": 0,
            "head_hash": "",
            "created_at": now,
            "updated_at": now,
        }
        known = {q.id for q in checklist.questions()}
        with self.db.atomic():
            self.db.conn.execute(
                f"INSERT INTO assessments ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
            )
            for qid, a in source_answers.items():
                if qid in known:
                    self._upsert_answer(aid, qid, a["value"], a["note"], a["evidence"], now)
        self.ws.touched(ASSESSMENTS, [aid])
        if source_answers:
            self.ws.touched(ANSWERS, [aid])
        return self.get(aid)

    def answer(
        self,
        aid: str,
        qid: str,
        value,
        *,
        note: str | None = None,
        evidence: list[str] | None = None,
        add_evidence: list[str] | None = None,
        reason: str = "",
    ) -> dict:
        """Save one answer now. ``value=None`` clears it. A final assessment needs a reason, and the
        change becomes its next version."""
        rec = self.get(aid)
        checklist = self.checklist_of(rec)
        if value is None:
            try:
                q = checklist.question(qid)
            except KeyError:
                raise ValidationError(
                    {
                        "question": msg(
                            "'{qid}' is not a question of checklist {checklist}.", qid=qid, checklist=checklist.id
                        )
                    }
                ) from None
            coerced = None
        else:
            q, coerced = validate_value(checklist, qid, value)
        if rec["status"] == "final" and not (reason or "").strip():
            raise LockedError(
                "This assessment is final. Give a reason to change it; the change will be kept as a new version."
            )
        current = self.answers(aid).get(qid)
        ev = list(evidence) if evidence is not None else list(current["evidence"]) if current else []
        for i in add_evidence or []:
            if i not in ev:
                ev.append(i)
        if ev:
            found = {
                r[0] for r in self.db.execute(f"SELECT id FROM incidents WHERE id IN ({','.join('?' * len(ev))})", ev)
            }
            missing = [i for i in ev if i not in found]
            if missing:
                raise ValidationError({"evidence": msg("No incident with id {id}.", id=missing[0])})
        note = (note if note is not None else (current["note"] if current else "")) or ""
        now = self.clock.now_iso()
        with self.db.atomic():
            if coerced is None:
                self.db.execute("DELETE FROM answers WHERE assessment_id = ? AND question_id = ?", [aid, qid])
            else:
                self._upsert_answer(aid, qid, coerced, note, ev, now)
            self.db.execute("UPDATE assessments SET position = ?, updated_at = ? WHERE id = ?", [qid, now, aid])
            if rec["status"] == "final":
                self._write_version(aid, reason.strip())
        self.ws.touched(ASSESSMENTS, [aid])
        self.ws.touched(ANSWERS, [aid])
        return {"question": qid, "value": coerced, "note": note, "evidence": ev}

    def finalise(self, aid: str, reason: str = "Finalised", *, insist: bool = False) -> dict:
        """Make the assessment final. Refused (ValidationError naming what is missing) when its coverage is
        under the checklist's minimum, a required question is unanswered or unknown, or it has no assessor;
        with ``insist`` it is finalised anyway and its result reads "insufficient – not for distribution"
        wherever it is shown (the marking is computed from the answers, so it cannot be lost)."""
        rec = self.get(aid)
        if rec["status"] == "final":
            return rec
        summary = self.summary(aid)
        problems = summary["overall"]["finalise_problems"]
        if problems and not insist:
            raise ValidationError(
                {p["code"]: finalise_problem_text(p) for p in problems},
                template="The assessment cannot be finalised: {details}",
            )
        with self.db.atomic():
            self.db.execute(
                "UPDATE assessments SET status = 'final', updated_at = ? WHERE id = ?", [self.clock.now_iso(), aid]
            )
            self._write_version(aid, reason or "Finalised")
        self.ws.touched(ASSESSMENTS, [aid])
        return self.get(aid)

    def upgrade(self, aid: str) -> dict:
        """Move a draft to the latest version of its checklist, its saved answers migrated (ids keep their meaning;
        split questions carry the old answer to the new half, with a note). A final assessment stays on the version
        it was finalised with. Refused, changing nothing, when an answer no longer fits its question."""
        rec = self.get(aid)
        latest = self.ws.checklists.latest(rec["checklist_id"])
        if rec["status"] == "final" or latest.version == rec["checklist_version"]:
            return rec
        answers = self.answers(aid)
        migrated, dropped = latest.migrate_answers(rec["checklist_version"], answers)
        if dropped:
            raise ValidationError(
                {
                    "answers": msg(
                        "these answers do not fit version {version} of the checklist; change them first: {questions}",
                        version=latest.version,
                        questions=", ".join(sorted(dropped)),
                    )
                },
                template="The assessment cannot be upgraded: {details}",
            )
        now = self.clock.now_iso()
        with self.db.atomic():
            self.db.execute(
                "UPDATE assessments SET checklist_version = ?, updated_at = ? WHERE id = ?", [latest.version, now, aid]
            )
            for qid, a in migrated.items():
                if answers.get(qid) != a:
                    self._upsert_answer(aid, qid, a["value"], a.get("note") or "", a.get("evidence") or [], now)
        self.ws.touched(ASSESSMENTS, [aid])
        self.ws.touched(ANSWERS, [aid])
        return self.get(aid)

    def delete(self, aid: str, *, demo: bool = False) -> None:
        """Move an assessment to the trash. A final one is part of the record and stays, unless it is demo data
        being removed (``fieldkit.demo.remove``)."""
        rec = self.get(aid)
        if rec["status"] == "final" and not demo:
            raise LockedError("A final assessment cannot be deleted; it is part of the record.")
        with self.db.atomic():
            self.db.execute(
                "UPDATE assessments SET deleted_at = ?, updated_at = ? WHERE id = ?",
                [self.clock.now_iso(), self.clock.now_iso(), aid],
            )
        self.ws.touched(ASSESSMENTS, [aid])

    def compare(self, a_id: str, b_id: str, lang: str | None = None) -> dict:
        a, b = self.get(a_id), self.get(b_id)
        if a["checklist_id"] != b["checklist_id"]:
            raise FieldkitError("These assessments use different checklists and cannot be compared.")
        sa, sb = self.summary(a_id, lang), self.summary(b_id, lang)
        checklist = self.checklist_of(b)
        ans_a, ans_b = self.answers(a_id), self.answers(b_id)
        lang = lang or b["language"]
        sections = []
        for x, y in zip(sa["sections"], sb["sections"], strict=False):
            changes = []
            for q in checklist.section(y["id"]).questions:
                va = ans_a.get(q.id, {}).get("value")
                vb = ans_b.get(q.id, {}).get("value")
                if va != vb:
                    changes.append(
                        {
                            "question": q.id,
                            "text": q.text.get(lang) or q.text.get("en"),
                            "before": q.display(va, lang),
                            "after": q.display(vb, lang),
                            "score_before": q.score(va),
                            "score_after": q.score(vb),
                        }
                    )
            before = x["score"] if x["score"] is not None else x["resilience"]
            after = y["score"] if y["score"] is not None else y["resilience"]
            delta = round(after - before, 2) if before is not None and after is not None else None
            sections.append(
                {
                    "id": y["id"],
                    "title": y["title"],
                    "kind": y["kind"],
                    "score_before": before,
                    "score_after": after,
                    "delta": delta,
                    "level_before": x["level"],
                    "level_after": y["level"],
                    "coverage_before": x["coverage"],
                    "coverage_after": y["coverage"],
                    "changes": changes,
                }
            )
        oa, ob = sa["overall"], sb["overall"]
        delta = round(ob["score"] - oa["score"], 2) if oa["score"] is not None and ob["score"] is not None else None
        return {
            "before": {"id": a_id, "period_end": a["period_end"], "level": oa["level"], "score": oa["score"]},
            "after": {"id": b_id, "period_end": b["period_end"], "level": ob["level"], "score": ob["score"]},
            "delta": delta,
            "review_triggered": delta is not None and delta >= 2,
            "sections": sections,
        }

    # ---- records from another device (bundle import) ---------------------------------------
    def check_remote(self, a: dict) -> str | None:
        """Why an assessment from a bundle cannot be stored, or None when it can: its fields are those this
        FieldKit would store (a date as a date, a bounding box as four numbers, known status and language),
        every answer is a valid value for its question, and a final assessment's last signed version holds
        exactly its fields and answers (else ``verify`` would call it edited outside FieldKit)."""
        try:
            checklist = self.ws.checklists.get(a["checklist_id"], a["checklist_version"])
        except NotFound:
            return f"uses checklist {a['checklist_id']} {a['checklist_version']}, which this FieldKit does not have"
        area = a.get("area_name")
        if type(area) is not str or not area.strip() or area != area.strip() or len(area) > TEXT_MAX:
            return "has no usable area name"
        for k in ("period_start", "period_end"):
            v = a.get(k)
            if type(v) is not str or _date(v, k, {}) != v:
                return f"has a {k.replace('_', ' ')} that is not a date"
        if a["period_start"] > a["period_end"]:
            return "has a period that starts after it ends"
        if a.get("status") not in ("draft", "final") or a.get("language") not in CODES:
            return "has an unknown status or language"
        for k in ("assessor", "device_id", "created_at", "updated_at"):
            if type(a.get(k)) is not str or len(a[k]) > TEXT_MAX:
                return f"has a broken {k.replace('_', ' ')}"
        if a.get("based_on") is not None and not is_uuid(str(a["based_on"])):
            return "is based on something that is not an assessment id"
        if a.get("deleted_at") is not None and type(a["deleted_at"]) is not str:
            return "has a broken deletion date"
        lat, lon = a.get("area_lat"), a.get("area_lon")
        if (
            (lat is None) != (lon is None)
            or lat is not None
            and not (type(lat) is float and type(lon) is float and -90 <= lat <= 90 and -180 <= lon <= 180)
        ):
            return "has an area point that is not a latitude and longitude"
        bbox = a.get("area_bbox")
        if bbox is not None and not (
            type(bbox) is list
            and len(bbox) == 4
            and all(type(x) is float for x in bbox)
            and -180 <= bbox[0] <= 180
            and -180 <= bbox[2] <= 180
            and -90 <= bbox[1] <= bbox[3] <= 90
        ):
            return "has an area box that is not min_lon,min_lat,max_lon,max_lat"
        answers = a.get("answers")
        records = a.get("records") or {}
        if a["status"] == "final":
            if not a.get("versions"):
                return "is final but has no history"
            try:
                content = json.loads(a["versions"][-1]["content"])
                answers = content["answers"]
                records = {k: v for k, v in content.items() if k not in ("meta", "status", "answers")}
            except (ValueError, KeyError, TypeError, AttributeError):
                return "has a last version that cannot be read"
        reason = self._check_answers(checklist, answers) or self.ws.assessment_records.check_content(records)
        if reason:
            return reason
        if a["status"] == "final":
            expected = records | {
                "meta": {k: a.get(k) for k in META},
                "status": "final",
                "answers": {
                    q: {"value": x["value"], "note": x["note"], "evidence": sorted(x["evidence"])}
                    for q, x in sorted(answers.items())
                },
            }
            if canonical_json(expected) != a["versions"][-1]["content"]:
                return "is not in the form FieldKit stores (its last version differs from its fields)"
        return None

    def _check_answers(self, checklist, answers) -> str | None:
        if type(answers) is not dict:
            return "has answers in a broken shape"
        for qid, x in answers.items():
            if (
                type(x) is not dict
                or not {"value", "note", "evidence"} <= x.keys()
                or set(x) - {"value", "note", "evidence"}
            ):
                return "has answers in a broken shape"
            try:
                _, coerced = validate_value(checklist, qid, x["value"])
            except ValidationError as e:
                return e.message
            if canonical_json(coerced) != canonical_json(x["value"]):
                return f"has an answer to {qid[:40]} not in the form FieldKit stores"
            if type(x["note"]) is not str or len(x["note"]) > NOTE_MAX:
                return f"has a note on {qid[:40]} that is not plain text of a usable length"
            ev = x["evidence"]
            if type(ev) is not list or len(ev) > EVIDENCE_MAX or not all(type(i) is str and is_uuid(i) for i in ev):
                return f"cites evidence for {qid[:40]} that is not a list of incident ids"
        return None

    def apply_remote(self, a: dict, origin: str, action: str) -> None:
        """Store an assessment from a bundle that ``check_remote`` accepted (``action``: added or updated), with
        its history and its answers (a final one's answers come from its last signed version). Runs inside the
        import's transaction."""
        cols = [k for k in COLUMNS if k not in ("position", "origin_device", "head_hash", "version")]
        row = {k: a.get(k) for k in cols}
        row["area_bbox"] = json.dumps(a["area_bbox"]) if a.get("area_bbox") else None
        row["version"] = a["versions"][-1]["version"] if a["versions"] else 0
        row["head_hash"] = a["versions"][-1]["hash"] if a["versions"] else ""
        if action == "added":
            row["origin_device"] = origin
            self.db.execute(
                f"INSERT INTO assessments ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
            )
        else:
            sets = {k: v for k, v in row.items() if k != "id"}
            self.db.execute(
                f"UPDATE assessments SET {', '.join(k + ' = ?' for k in sets)} WHERE id = ?",
                list(sets.values()) + [a["id"]],
            )
        have = {
            v for (v,) in self.db.execute("SELECT version FROM assessment_versions WHERE assessment_id = ?", [a["id"]])
        }
        for v in a["versions"]:
            if v["version"] not in have:
                # a version that came without its author's signature (format 1) is vouched for by this device
                signature, signed_by = (
                    (v["signature"], v["signed_by"]) if v.get("signature") else self.ws.sign_version(v["hash"])
                )
                self.db.execute(
                    "INSERT INTO assessment_versions (id, assessment_id, version, content, reason, prev_hash, hash, "
                    "device_id, author, created_at, updated_at, signature, signed_by) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        new_id(),
                        a["id"],
                        v["version"],
                        v["content"],
                        v["reason"],
                        v["prev_hash"],
                        v["hash"],
                        v["device_id"],
                        v["author"],
                        v["created_at"],
                        v["created_at"],
                        signature,
                        signed_by,
                    ],
                )
        final = a["versions"] and a["status"] == "final"
        content = json.loads(a["versions"][-1]["content"]) if final else {}
        answers = content["answers"] if final else a["answers"]
        records = (
            {k: v for k, v in content.items() if k not in ("meta", "status", "answers")}
            if final
            else a.get("records") or {}
        )
        self._replace_answers(a["id"], answers, a.get("updated_at") or self.clock.now_iso())
        self.ws.assessment_records.replace_remote(a["id"], records, a.get("updated_at") or self.clock.now_iso())
        self.ws.touched(ASSESSMENTS, [a["id"]])

    def take_remote_answers(self, aid: str, answers: dict, reason: str) -> None:
        """A conflict resolved for the other device: its answers replace these (a final assessment records the
        change as its next version). Runs inside the caller's transaction."""
        reason_bad = self._check_answers(self.checklist_of(aid), answers)
        if reason_bad:
            raise ValidationError(
                {"answers": msg("The other device's answers cannot be kept: {reason}.", reason=reason_bad)}
            )
        self._replace_answers(aid, answers, self.clock.now_iso())
        if self.get(aid)["status"] == "final":
            self._write_version(aid, reason)
        self.ws.touched(ASSESSMENTS, [aid])

    def _replace_answers(self, aid: str, answers: dict, now: str) -> None:
        self.db.execute("DELETE FROM answers WHERE assessment_id = ?", [aid])
        for qid, ans in answers.items():
            self._upsert_answer(aid, qid, ans["value"], ans.get("note", ""), ans.get("evidence", []), now)
        self.ws.touched(ANSWERS, [aid])

    # ---- internals -----------------------------------------------------------------------
    def _upsert_answer(self, aid, qid, value, note, evidence, now):
        self.db.execute(
            "INSERT INTO answers (id, assessment_id, question_id, value, note, evidence, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(assessment_id, question_id) DO UPDATE SET "
            "value = excluded.value, note = excluded.note, evidence = excluded.evidence, "
            "updated_at = excluded.updated_at",
            [new_id(), aid, qid, json.dumps(value, ensure_ascii=False), note, json.dumps(evidence), now, now],
        )

    def content(self, aid: str) -> dict:
        rec = self.get(aid)
        answers = self.answers(aid)
        # judgements, markets and actors (schema step 11) join the content only when recorded: older versions'
        # content, and their hashes, stay as they were
        return self.ws.assessment_records.content(aid) | {
            "meta": {k: rec[k] for k in META},
            "status": rec["status"],
            "answers": {
                q: {"value": a["value"], "note": a["note"], "evidence": sorted(a["evidence"])}
                for q, a in sorted(answers.items())
            },
        }

    def records_changed(self, rec: dict, reason: str) -> None:
        """Inside the caller's transaction: its judgements, markets or actors (records.py) changed. The assessment
        takes the time, and a final one its next version."""
        self.db.execute("UPDATE assessments SET updated_at = ? WHERE id = ?", [self.clock.now_iso(), rec["id"]])
        if rec["status"] == "final":
            self._write_version(rec["id"], reason)

    def _write_version(self, aid: str, reason: str) -> None:
        rec = self.get(aid)
        content = canonical_json(self.content(aid))
        n = rec["version"] + 1
        now = self.clock.now_iso()
        h = version_hash(
            record_id=aid,
            version=n,
            content=content,
            prev_hash=rec["head_hash"],
            reason=reason,
            created_at=now,
            device_id=self.ws.device_id,
            author=self.ws.user_name,
        )
        signature, signed_by = self.ws.sign_version(h)
        self.db.execute(
            "INSERT INTO assessment_versions (id, assessment_id, version, content, reason, prev_hash, hash, "
            "device_id, author, created_at, updated_at, signature, signed_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                new_id(),
                aid,
                n,
                content,
                reason,
                rec["head_hash"],
                h,
                self.ws.device_id,
                self.ws.user_name,
                now,
                now,
                signature,
                signed_by,
            ],
        )
        self.db.execute("UPDATE assessments SET version = ?, head_hash = ? WHERE id = ?", [n, h, aid])

    def verify(self) -> dict:
        problems = []
        n = 0
        signed = SignatureCheck(self.ws)
        for rec in self.list():
            n += 1
            chain = self.db.execute(
                "SELECT version, content, reason, prev_hash, hash, device_id, author, created_at, signature, "
                "signed_by FROM assessment_versions WHERE assessment_id = ? ORDER BY version",
                [rec["id"]],
            ).fetchall()
            if rec["status"] == "final" and not chain:
                problems.append(
                    {"record": rec["id"], "kind": "assessment", "problem": msg("is final but has no stored history")}
                )
                continue
            problems += [
                {"record": rec["id"], "kind": "assessment", "problem": m}
                for m in chain_problems(rec["id"], chain, signed, kind="assessment")
            ]
            if chain and rec["status"] == "final":
                if canonical_json(self.content(rec["id"])) != chain[-1][1] or rec["head_hash"] != chain[-1][4]:
                    problems.append(
                        {
                            "record": rec["id"],
                            "kind": "assessment",
                            "problem": msg(
                                "the current answers differ from the last saved version (edited outside FieldKit)"
                            ),
                        }
                    )
        return {"checked": {"assessments": n}, "problems": problems, "vouched": signed.vouched}


def finalise_problem_text(p: dict):
    """A plain sentence for one finalise problem (see scoring.finalise_problems)."""
    if p["code"] == "coverage":
        return msg(
            "only {coverage}% of the threat questions have a known answer; at least {min}% are needed",
            coverage=f"{p['coverage'] * 100:.0f}",
            min=f"{p['min'] * 100:.0f}",
        )
    if p["code"] == "required_missing":
        return msg(
            "{n} required question(s) are unanswered: {questions}",
            n=len(p["questions"]),
            questions=", ".join(p["questions"]),
        )
    if p["code"] == "required_unknown":
        return msg(
            "{n} required question(s) are answered 'unknown': {questions}",
            n=len(p["questions"]),
            questions=", ".join(p["questions"]),
        )
    if p["code"] == "other_unspecified":
        return msg(
            "'Other' is picked without saying what in the note: {questions}", questions=", ".join(p["questions"])
        )
    return msg("the assessment names no assessor")


def sign_existing_versions(conn, keys) -> int:
    """Schema step 6 (inside its transaction): sign the assessment versions saved before versions were signed
    (this device vouches for those it received)."""
    from ..signatures import sign_version

    rows = conn.execute("SELECT id, hash FROM assessment_versions WHERE signature = ''").fetchall()
    conn.executemany(
        "UPDATE assessment_versions SET signature = ?, signed_by = ? WHERE id = ?",
        [(sign_version(keys.signing, h), keys.sign_public, vid) for vid, h in rows],
    )
    return len(rows)
