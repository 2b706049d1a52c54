"""Keys that live a life (docs/security.md, "Key lifecycle"; formats in docs/bundle-format.md).

- Fingerprints to compare out of band: twelve words and eight groups read aloud, or a QR code shown on screen.
- Revocations: HQ's signed statement that a device's signing key is not to be believed from a time or a bundle
  sequence on (``Revocations``, the only writer of ``revocations``).
- Receipts: HQ's signed statement of what it received from a device, up to which bundle sequence, with what
  still pending (``Receipts``, the only writer of ``receipts``); the device's next incremental bundle starts from
  the last confirmed point when a bundle it sent before the receipt was not confirmed (a lost stick).
- Key rotation: a device's new signing key announced in a statement signed by the old key and the new
  (``Rotations``, the only writer of ``key_rotations``); HQ's new encryption key (an epoch), announced in a config
  bundle (``fieldkit.sync.config``).

Every statement is canonical JSON signed with Ed25519; it proves itself wherever it travels."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import nacl.exceptions
from nacl.public import PrivateKey, PublicKey
from nacl.signing import SigningKey, VerifyKey

from .. import signatures, storage
from ..changes import BUNDLES, TRUST
from ..clock import iso
from ..errors import BundleSignerRevoked, ConfigRefused, FieldkitError, ValidationError, msg
from ..hashing import canonical_json
from ..ids import is_uuid, new_id
from ..text import LABEL_MAX, one_line
from . import keys as keymod

RECEIPT_FORMAT, RECEIPT_VERSION = "fieldkit-receipt", 1
STATEMENT_VERSION = 1
MAX_STATEMENT = 64 << 10  # bytes of one signed statement
MAX_RECEIPT_FILE = 1 << 20
QR_PREFIX = "FIELDKIT-KEY:1:"


# ---------------------------------------------------------------------------------------------
# fingerprints to compare out of band
# ---------------------------------------------------------------------------------------------
def fingerprint_words(sign_hex: str) -> list[str]:
    """The 128-bit fingerprint (the same bits as ``keys.fingerprint``) as twelve BIP-39 English words, easier to
    read aloud over a bad line than hex: the two sides compare the words, or the groups."""
    from mnemonic import Mnemonic

    digest = hashlib.sha256(bytes.fromhex(sign_hex)).digest()[: keymod.FINGERPRINT_BITS // 8]
    return Mnemonic("english").to_mnemonic(digest).split()


def qr_text(identity: dict) -> str:
    """What the key's QR code holds: the device id and both public keys (scanned, it is the key file's content)."""
    return f"{QR_PREFIX}{identity['device_id']}:{identity['sign']}:{identity['box']}"


def qr_code(identity: dict):
    """A ``segno`` QR code of ``qr_text`` (``.save(buf, kind='png')``, ``.terminal()``)."""
    import segno

    return segno.make(qr_text(identity), error="m")


def fingerprint_card(identity: dict) -> dict:
    """Everything to compare a key out of band: groups, words, QR text."""
    return {
        "device_id": identity["device_id"],
        "label": identity.get("label", ""),
        "fingerprint": keymod.fingerprint(identity["sign"]),
        "words": fingerprint_words(identity["sign"]),
        "qr": qr_text(identity),
        "checked": identity.get("checked"),
    }


# ---------------------------------------------------------------------------------------------
# signed statements
# ---------------------------------------------------------------------------------------------
def sign_statement(signing: SigningKey, body: dict) -> tuple[str, str]:
    text = canonical_json(body)
    return text, signing.sign(text.encode()).signature.hex()


def statement_ok(sign_hex: str, text: str, signature_hex: str) -> bool:
    try:
        VerifyKey(bytes.fromhex(sign_hex)).verify(text.encode(), bytes.fromhex(signature_hex))
        return True
    except (ValueError, TypeError, nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError):
        return False


def _parse(text, what: str) -> dict:
    if type(text) is not str or len(text) > MAX_STATEMENT:
        raise ConfigRefused("A signed statement ({what}) is damaged or too large; nothing was applied.", what=what)
    try:
        body = json.loads(text)
    except (ValueError, RecursionError):
        body = None
    if type(body) is not dict or canonical_json(body) != text:
        raise ConfigRefused("A signed statement ({what}) is damaged; nothing was applied.", what=what)
    return body


def _is_time(v) -> bool:
    if type(v) is not str or len(v) > 40:
        return False
    try:
        datetime.fromisoformat(v.replace("Z", "+00:00"))
        return True
    except ValueError:
        return False


def _hq_keys(ws) -> set[str]:
    """Keys whose statements are HQ's here: the trusted HQ key and the earlier keys of HQ's device (a rotation keeps
    what the old key signed valid), and this device's own keys, old and new, when it is the HQ issuing."""
    book = ws.key_book.by_device()
    out = {keymod.device_keys(ws).sign_public, *book.get(ws.device_id, ())}
    hq = ws.trust.hq()
    if hq:
        out |= {hq["sign"], *book.get(hq["device_id"], ())}
    return out


# ---------------------------------------------------------------------------------------------
# revocations
# ---------------------------------------------------------------------------------------------
class Revocations:
    """The signing keys HQ revoked: the only writer of ``revocations``. A row counts only while its statement's
    signature holds under the key that issued it and that key is this device's own or the HQ key trusted here."""

    def __init__(self, ws):
        self.ws = ws

    @property
    def db(self):
        return self.ws.db

    def issue(
        self,
        key: dict,
        *,
        from_time: str | None = None,
        from_sequence: int | None = None,
        reason: str = "",
    ) -> dict:
        """HQ revokes ``key`` (a trusted key's dict) from ``from_time`` or from bundle ``from_sequence`` on. A
        sequence is turned into a time too (just after the last bundle before it that was imported here, else now),
        so that versions it relays in other devices' bundles are judged as well."""
        if (from_time is None) == (from_sequence is None):
            raise ValidationError({"from": msg("Give the date or the bundle sequence the revocation starts from.")})
        if from_time is not None:
            from_time = _as_time(from_time)
        else:
            if type(from_sequence) is not int or from_sequence < 1:
                raise ValidationError({"from": msg("A bundle sequence is a whole number from 1.")})
            row = self.db.execute(
                "SELECT max(bundle_created_at) FROM bundle_imports WHERE device_id = ? AND sequence < ?",
                [key["device_id"], from_sequence],
            ).fetchone()
            if row[0]:
                from_time = iso(datetime.fromisoformat(row[0].replace("Z", "+00:00")) + timedelta(milliseconds=1))
            else:
                from_time = self.ws.clock.now_iso()
        own = keymod.device_keys(self.ws)
        body = {
            "kind": "revocation",
            "version": STATEMENT_VERSION,
            "sign_key": key["sign"],
            "device_id": key["device_id"],
            "from_time": from_time,
            "from_sequence": from_sequence,
            "reason": one_line(reason, 500),
            "issued_by": own.sign_public,
            "issued_at": self.ws.clock.now_iso(),
        }
        text, sig = sign_statement(own.signing, body)
        self._store(body, text, sig)
        return self.get(key["sign"])

    def accept(self, text: str, signature: str) -> bool:
        """A revocation HQ issued (from a config bundle): checked, then kept. True when it is new here."""
        body = _parse(text, "revocation")
        ok = (
            body.get("kind") == "revocation"
            and body.get("version") == STATEMENT_VERSION
            and all(type(body.get(k)) is str for k in ("sign_key", "device_id", "issued_by", "reason"))
            and is_uuid(body["device_id"])
            and _is_time(body.get("from_time"))
            and _is_time(body.get("issued_at"))
            and (
                body.get("from_sequence") is None or (type(body["from_sequence"]) is int and body["from_sequence"] >= 1)
            )
        )
        if not ok or body["issued_by"] not in _hq_keys(self.ws) or not statement_ok(body["issued_by"], text, signature):
            raise ConfigRefused("A revocation in the config bundle is not signed by HQ's key; nothing was applied.")
        known = self.get(body["sign_key"])
        if known and known["statement"] == text:
            return False
        self._store({**body, "from_time": _as_time(body["from_time"])}, text, signature)
        return True

    def _store(self, body: dict, text: str, sig: str) -> None:
        now = self.ws.clock.now_iso()
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO revocations (sign_key, device_id, from_time, from_sequence, reason, issued_by, statement, "
                "signature, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(sign_key) DO "
                "UPDATE SET from_time = excluded.from_time, from_sequence = excluded.from_sequence, "
                "reason = excluded.reason, issued_by = excluded.issued_by, statement = excluded.statement, "
                "signature = excluded.signature, updated_at = excluded.updated_at",
                [
                    body["sign_key"],
                    body["device_id"],
                    body["from_time"],
                    body["from_sequence"],
                    body["reason"],
                    body["issued_by"],
                    text,
                    sig,
                    now,
                    now,
                ],
            )
        self.ws.touched(TRUST, [body["sign_key"]])

    _COLS = "sign_key, device_id, from_time, from_sequence, reason, issued_by, statement, signature, created_at"

    def _valid(self, row, hq: set[str]) -> dict | None:
        if row[5] not in hq or not statement_ok(row[5], row[6], row[7]):
            return None
        names = ("sign", "device_id", "from_time", "from_sequence", "reason", "issued_by", "statement", "signature")
        return {**dict(zip(names, row[:8], strict=True)), "recorded_at": row[8]}

    def all(self) -> list[dict]:
        hq = _hq_keys(self.ws)
        rows = self.db.execute(f"SELECT {self._COLS} FROM revocations ORDER BY from_time").fetchall()
        return [r for r in (self._valid(row, hq) for row in rows) if r]

    def by_key(self) -> dict[str, dict]:
        return {r["sign"]: r for r in self.all()}

    def get(self, sign_key: str) -> dict | None:
        row = self.db.execute(f"SELECT {self._COLS} FROM revocations WHERE sign_key = ?", [sign_key]).fetchone()
        return self._valid(row, _hq_keys(self.ws)) if row else None

    def check_bundle(self, manifest: dict, label: str) -> None:
        """Refuse (``BundleSignerRevoked``) a bundle signed by a revoked key at or after the revocation's point."""
        r = self.get(manifest["signer"]["sign"])
        if r is None:
            return
        # a revocation from a sequence judges the sender's own bundles by their sequence (an honest earlier bundle
        # carried late still comes in); from a date, by the time they claim
        if r["from_sequence"] is not None:
            late_seq, late_time = int(manifest.get("sequence") or 0) >= r["from_sequence"], False
        else:
            late_seq, late_time = False, str(manifest.get("created_at") or "") >= r["from_time"]
        if late_time or late_seq:
            raise BundleSignerRevoked(
                "This bundle is signed by the key of {label} (device {device_id}), which HQ revoked from {since} on "
                "({reason}). Bundles it signed after that are refused; what it sent before stays. Ask HQ.",
                label=label,
                device_id=manifest["device_id"],
                since=f"sequence {r['from_sequence']}" if late_seq else r["from_time"],
                reason=r["reason"] or "no reason given",
            )

    def late_versions(self) -> list[dict]:
        """For ``verify``: the stored versions signed by a revoked key at or after its revocation."""
        out = []
        for r in self.all():
            for table, kind, col in (
                ("incident_versions", "incident", "incident_id"),
                ("assessment_versions", "assessment", "assessment_id"),
            ):
                for rid, n in self.db.execute(
                    f"SELECT {col}, version FROM {table} WHERE signed_by = ? AND created_at >= ? ORDER BY 1, 2",
                    [r["sign"], r["from_time"]],
                ):
                    out.append({"record": rid, "kind": kind, "version": n, "revocation": r})
        return out

    def mark(self, signed_by: str, created_at: str) -> dict | None:
        """For the history: the revocation of the key that signed a version, with whether the version was signed
        before it (kept, marked) or after (it should not be here: ``verify`` reports it)."""
        r = self.get(signed_by) if signed_by else None
        if r is None:
            return None
        return {**r, "after": created_at >= r["from_time"]}


def _as_time(value: str) -> str:
    """A date (midnight UTC) or a full ISO time, as FieldKit writes times."""
    try:
        dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise ValidationError(
            {"from": msg("{value} is not a date (YYYY-MM-DD) or a time (YYYY-MM-DDTHH:MM).", value=value[:40])}
        ) from None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return iso(dt)


# ---------------------------------------------------------------------------------------------
# receipts
# ---------------------------------------------------------------------------------------------
MISSING_LISTED = 1000  # missing bundle numbers listed per sender at most (the first ones)


def gaps(spans) -> list[int]:
    """The first ``MISSING_LISTED`` sequence numbers no span covers; ``spans``: (lo, hi, ...) sorted by lo, each
    bundle covering its base_sequence + 1 .. sequence. Worked out from the gaps, so a huge number costs nothing."""
    missing, expected = [], 1
    for lo, hi, *_ in spans:
        while expected < lo and len(missing) < MISSING_LISTED:
            missing.append(expected)
            expected += 1
        if len(missing) >= MISSING_LISTED:
            break
        expected = max(expected, hi + 1)
    return missing


def coverage(ws, device_id: str) -> list[dict]:
    """Per destination, what this workspace received from ``device_id``: the highest N such that every bundle
    1..N was received (each bundle covers its base+1..sequence), the time bundle N was made, the gaps after N."""
    streams: dict[str, list] = {}
    for dest, lo, hi, created in ws.db.execute(
        "SELECT destination, base_sequence + 1, sequence, bundle_created_at FROM bundle_imports WHERE device_id = ? "
        "ORDER BY destination, base_sequence + 1, sequence",
        [device_id],
    ):
        streams.setdefault(dest, []).append((lo, hi, created))
    out = []
    for dest, spans in streams.items():
        reach, at = 0, None  # every bundle 1..reach was received; ``at``: when bundle reach was made
        for lo, hi, created in spans:
            if lo > reach + 1:
                break
            if hi > reach:
                reach, at = hi, created
        out.append(
            {
                "destination": dest,
                "up_to_sequence": reach,
                "up_to_time": at,
                "missing": gaps(spans),
                "highest_sequence": max(hi for _, hi, _ in spans),
            }
        )
    return out


class Receipts:
    """Receipts HQ wrote and receipts a device received: the only writer of ``receipts``."""

    def __init__(self, ws):
        self.ws = ws

    @property
    def db(self):
        return self.ws.db

    def issue(self, device_id: str) -> dict:
        """HQ: a signed receipt of what it received from ``device_id`` (``write`` puts it in a file)."""
        streams = coverage(self.ws, device_id)
        if not streams:
            raise FieldkitError(
                "No bundle from device {device_id} was imported here: there is nothing to confirm.", device_id=device_id
            )
        pending = self.db.execute(
            "SELECT count(*) FROM conflicts WHERE remote_device = ? AND resolved_at IS NULL", [device_id]
        ).fetchone()[0]
        own = keymod.device_keys(self.ws)
        body = {
            "kind": "receipt",
            "version": RECEIPT_VERSION,
            "device_id": device_id,
            "hq_device": self.ws.device_id,
            "issued_by": own.sign_public,
            "issued_at": self.ws.clock.now_iso(),
            "streams": streams,
            "pending_conflicts": pending,
        }
        text, sig = sign_statement(own.signing, body)
        self._store("issued", body, text, sig)
        return {"format": RECEIPT_FORMAT, "format_version": RECEIPT_VERSION, "body": text, "signature": sig}

    def write(self, device_id: str, out: Path | str) -> dict:
        doc = self.issue(device_id)
        out = Path(out)
        try:
            storage.atomic_write(out, json.dumps(doc, indent=1).encode(), mode=0o600)
        except OSError as e:
            raise storage.explain(e) or FieldkitError(
                "The receipt could not be written to {file}: {error}", file=out.name, error=e.strerror or str(e)
            ) from e
        return json.loads(doc["body"])

    def latest_issued(self) -> list[dict]:
        """HQ: the last receipt written for each device (carried in the next config bundle)."""
        rows = self.db.execute(
            "SELECT device_id, body, signature FROM receipts WHERE direction = 'issued' ORDER BY created_at"
        ).fetchall()
        last = {d: (b, s) for d, b, s in rows}
        return [{"body": b, "signature": s} for b, s in last.values()]

    def read(self, path: Path | str) -> dict:
        """A receipt file's document (format checked), for ``accept``."""
        path = Path(path)
        try:
            if path.stat().st_size > MAX_RECEIPT_FILE:
                raise ValueError("size")
            doc = json.loads(path.read_text(encoding="utf-8"))
            if type(doc) is not dict or doc.get("format") != RECEIPT_FORMAT:
                raise ValueError("format")
        except (OSError, ValueError, UnicodeDecodeError, RecursionError) as e:
            raise ConfigRefused("{file} is not a FieldKit receipt.", file=path.name) from e
        if doc.get("format_version") != RECEIPT_VERSION:
            raise ConfigRefused(
                "This receipt was made by a newer FieldKit (format {v}); update FieldKit to read it.",
                v=doc.get("format_version"),
            )
        return doc

    def accept(self, text: str, signature: str) -> dict | None:
        """Keep a receipt HQ signed for this device (from a file or a config bundle); None when already kept."""
        body = _parse(text, "receipt")
        streams = body.get("streams")
        ok = (
            body.get("kind") == "receipt"
            and body.get("version") == RECEIPT_VERSION
            and type(body.get("issued_by")) is str
            and _is_time(body.get("issued_at"))
            and type(streams) is list
            and len(streams) <= 1000
            and type(body.get("pending_conflicts")) is int
            and all(
                type(s) is dict
                and type(s.get("destination")) is str
                and (s["destination"] == "any" or is_uuid(s["destination"]))
                and type(s.get("up_to_sequence")) is int
                and 0 <= s["up_to_sequence"] <= 10_000_000
                and (s.get("up_to_time") is None or _is_time(s["up_to_time"]))
                and type(s.get("missing")) is list
                and all(type(n) is int for n in s["missing"])
                and type(s.get("highest_sequence", 0)) is int
                for s in streams
            )
        )
        hq = self.ws.trust.hq()
        if not ok or hq is None or body["issued_by"] != hq["sign"] or not statement_ok(hq["sign"], text, signature):
            raise ConfigRefused("This receipt is not signed by the HQ key this device trusts; it was not applied.")
        if body.get("device_id") != self.ws.device_id:
            raise ConfigRefused("This receipt confirms another device's bundles; it was not applied.")
        if self.db.execute(
            "SELECT 1 FROM receipts WHERE direction = 'received' AND signature = ?", [signature]
        ).fetchone():
            return None
        self._store("received", body, text, signature)
        return body

    def _store(self, direction: str, body: dict, text: str, sig: str) -> None:
        now = self.ws.clock.now_iso()
        with self.db.atomic():
            for s in body["streams"]:
                self.db.execute(
                    "INSERT INTO receipts (id, direction, device_id, issued_by, destination, up_to_sequence, "
                    "up_to_time, body, signature, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        new_id(),
                        direction,
                        body["device_id"],
                        body["issued_by"],
                        s["destination"],
                        s["up_to_sequence"],
                        s.get("up_to_time"),
                        text,
                        sig,
                        now,
                        now,
                    ],
                )
        self.ws.touched(BUNDLES, [body["device_id"]])

    def confirmed(self) -> dict[str, dict]:
        """This device: per destination, what HQ's newest receipt confirmed (sequence, when, conflicts pending)."""
        out: dict[str, dict] = {}
        hq = self.ws.trust.hq()
        for dest, seq, body, sig, kept_at in self.db.execute(
            "SELECT destination, up_to_sequence, body, signature, created_at FROM receipts "
            "WHERE direction = 'received' "
            "AND device_id = ? ORDER BY created_at",
            [self.ws.device_id],
        ):
            if hq is None or not statement_ok(hq["sign"], body, sig):
                continue  # a receipt from an HQ key no longer trusted, or edited outside FieldKit
            b = json.loads(body)
            cur = out.get(dest)
            # the newest receipt says what HQ holds now (an HQ restored from a backup may hold less than it once
            # confirmed: then what it lost is sent again)
            if cur is None or b["issued_at"] >= cur["issued_at"]:
                stream = next((st for st in b["streams"] if st["destination"] == dest), {})
                out[dest] = {
                    "up_to_sequence": seq,
                    "issued_at": b["issued_at"],
                    "pending_conflicts": b["pending_conflicts"],
                    "highest_sequence": max(seq, int(stream.get("highest_sequence") or 0)),
                    "kept_at": kept_at,  # when this device took it in, by its own clock
                }
        return out

    def resend_point(self, destination: str) -> tuple[int, str | None, int | None] | None:
        """Where the next incremental bundle to ``destination`` starts: (base sequence, since, local change number)
        when a bundle made
        before HQ's last receipt is not confirmed by it (a lost or unread stick); None when nothing is lost."""
        c = self.confirmed().get(destination)
        if c is None:
            return None
        # lost: a bundle HQ's receipt shows a gap for (a later one reached it), or one made before the receipt was
        # written or taken in here (HQ's clock and this one may differ: the later of the two, so that a skew sends
        # something again rather than never)
        lost = (
            c["highest_sequence"] > c["up_to_sequence"]
            or self.db.execute(
                "SELECT 1 FROM bundle_exports WHERE destination = ? AND sequence > ? AND created_at < ? LIMIT 1",
                [destination, c["up_to_sequence"], max(c["issued_at"], c["kept_at"])],
            ).fetchone()
        )
        if not lost:
            return None
        if c["up_to_sequence"] == 0:
            return 0, None, None
        row = self.db.execute(
            "SELECT up_to, local_seq FROM bundle_exports WHERE destination = ? AND sequence = ?",
            [destination, c["up_to_sequence"]],
        ).fetchone()
        return (c["up_to_sequence"], row[0], row[1]) if row else (0, None, None)

    def status(self) -> list[dict]:
        """This device, per destination it sent bundles to: the last bundle made, what HQ confirmed, and how many
        incidents changed since the confirmed point (still only on this laptop, as far as HQ has said)."""
        confirmed = self.confirmed()
        out = []
        for dest, last, created in self.db.execute(
            "SELECT destination, max(sequence), max(created_at) FROM bundle_exports GROUP BY destination ORDER BY 3"
        ):
            c = confirmed.get(dest)
            seq = c["up_to_sequence"] if c else 0
            since = None
            if seq:
                row = self.db.execute(
                    "SELECT up_to FROM bundle_exports WHERE destination = ? AND sequence = ?", [dest, seq]
                ).fetchone()
                since = row[0] if row else None
            pending = self.db.execute(
                "SELECT count(*) FROM incidents" + (" WHERE updated_at >= ?" if since else ""),
                [since] if since else [],
            ).fetchone()[0]
            out.append(
                {
                    "destination": dest,
                    "last_sequence": last,
                    "last_made_at": created,
                    "confirmed_sequence": seq,
                    "confirmed_at": c["issued_at"] if c else None,
                    "pending_conflicts_at_hq": c["pending_conflicts"] if c else None,
                    "unconfirmed_bundles": last - seq,
                    "incidents_not_confirmed": pending,
                }
            )
        return out


# ---------------------------------------------------------------------------------------------
# rotation
# ---------------------------------------------------------------------------------------------
MAX_ROTATIONS = 1000  # rotation statements one manifest carries


class Rotations:
    """Devices' announcements of a new signing key: the only writer of ``key_rotations``."""

    def __init__(self, ws):
        self.ws = ws

    @property
    def db(self):
        return self.ws.db

    def rotate_own(self, *, signing: bool = True, encryption: bool = True) -> dict:
        """This device moves to new keys. The old private keys are kept (retired) to open late bundles made for the
        old encryption key; with a new signing key, a statement signed by the old key and the new one announces it
        in every later bundle; every seal is made again with the new key; the versions the old key signed stay
        verifiable (it remains a known key of this device). A new encryption key is a new epoch."""
        ws = self.ws
        old = keymod.device_keys(ws)
        new = keymod.DeviceKeys(
            SigningKey.generate() if signing else old.signing, PrivateKey.generate() if encryption else old.box
        )
        now = ws.clock.now_iso()
        epoch = int(ws.settings.get("box_epoch") or 0)
        statement = None
        if signing:
            body = {
                "kind": "key-rotation",
                "version": STATEMENT_VERSION,
                "device_id": ws.device_id,
                "old": old.sign_public,
                "new": new.sign_public,
                "new_box": new.box_public,
                "rotated_at": now,
            }
            text = canonical_json(body)
            statement = {
                "statement": text,
                "old_signature": old.signing.sign(text.encode()).signature.hex(),
                "new_signature": new.signing.sign(text.encode()).signature.hex(),
            }
        keymod.replace_keys(ws.folder, ws.device_id, new, old, now, epoch)
        ws._device_keys = new
        with ws.db.atomic():
            if encryption:
                ws.settings.set("box_epoch", str(epoch + 1))
            if signing:
                ws.key_book.reseal_all(old_public=old.sign_public)
                ws.key_book.learn(ws.device_id, new.sign_public, "self")
                ws.trust.reseal_after_rotation(old.sign_public)
                self._store(json.loads(statement["statement"]), statement)
                ws.rewrite_inventory()
        ws.touched(TRUST, [new.sign_public])
        return keymod.public_identity(ws)

    def _store(self, body: dict, st: dict) -> bool:
        if self.db.execute("SELECT 1 FROM key_rotations WHERE new_key = ?", [body["new"]]).fetchone():
            return False
        now = self.ws.clock.now_iso()
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO key_rotations (new_key, old_key, device_id, statement, old_signature, new_signature, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    body["new"],
                    body["old"],
                    body["device_id"],
                    st["statement"],
                    st["old_signature"],
                    st["new_signature"],
                    now,
                    now,
                ],
            )
        return True

    def held(self) -> dict[str, str]:
        """new key -> when its rotation statement was kept here (this device's clock)."""
        return dict(self.db.execute("SELECT new_key, created_at FROM key_rotations"))

    def keep(self, raw: dict, body: dict) -> bool:
        """Keep a rotation statement checked by ``check_rotations`` (to relay it to those who have not seen it)."""
        return self._store(body, raw)

    def for_manifest(self, devices: set[str] | None = None) -> list[dict]:
        """The rotation statements to carry in a bundle: this device's and those of ``devices`` known here."""
        want = {self.ws.device_id} | set(devices or ())
        return [
            {"statement": s, "old_signature": o, "new_signature": n}
            for d, s, o, n in self.db.execute(
                "SELECT device_id, statement, old_signature, new_signature FROM key_rotations ORDER BY created_at"
            )
            if d in want
        ][:MAX_ROTATIONS]


def check_rotations(items) -> list[dict]:
    """The rotation statements of a manifest whose two signatures hold, as bodies (shape checked; a bad one is
    dropped: it proves nothing, and the bundle's own signature already covers the list)."""
    out = []
    if type(items) is not list:
        return out
    for it in items[:MAX_ROTATIONS]:
        if type(it) is not dict:
            continue
        text = it.get("statement")
        try:
            body = _parse(text, "key rotation")
        except ConfigRefused:
            continue
        if (
            body.get("kind") != "key-rotation"
            or not all(type(body.get(k)) is str for k in ("device_id", "old", "new", "new_box"))
            or not is_uuid(body["device_id"])
            or not _is_time(body.get("rotated_at"))
            or not signatures.valid_key(body["old"])
            or not signatures.valid_key(body["new"])
            or body["old"] == body["new"]
            or not valid_box(body["new_box"])
        ):
            continue
        if statement_ok(body["old"], text, str(it.get("old_signature"))) and statement_ok(
            body["new"], text, str(it.get("new_signature"))
        ):
            out.append({**body, "_raw": it})
    return out


def rotation_chain(
    rotations: list[dict],
    device_id: str,
    known: set[str],
    target: str,
    revoked: dict[str, dict],
    held: dict[str, str] | None = None,
) -> list[dict] | None:
    """The statements that lead, for ``device_id``, from one of the ``known`` keys to ``target``; None when no
    chain does. A rotation away from a revoked key is followed only when this workspace held that statement before it
    recorded the revocation (``held``: new key -> when its statement was kept here): the time a statement claims is
    signed by the key itself, and a thief holding a revoked key can write any time."""
    by_new = {r["new"]: r for r in rotations if r["device_id"] == device_id}
    chain, key, seen = [], target, set()
    while key not in known:
        r = by_new.get(key)
        if r is None or key in seen:
            return None
        rev = revoked.get(r["old"])
        if rev is not None and not ((held or {}).get(r["new"], "\uffff") < rev["recorded_at"]):
            return None
        seen.add(key)
        chain.append(r)
        key = r["old"]
    return list(reversed(chain))


def valid_box(box) -> bool:
    try:
        PublicKey(bytes.fromhex(box))
        return True
    except (TypeError, ValueError, nacl.exceptions.CryptoError):
        return False


def label_of(manifest: dict) -> str:
    return one_line(manifest.get("device_label"), LABEL_MAX) or str(manifest.get("device_id") or "?")
