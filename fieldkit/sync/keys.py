"""Device keys and trusted keys. The device's private keys live in <workspace>/keys/device.json
(owner-only permissions), never in the database, which HQ may share as a plain SQLite file."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from nacl.public import PrivateKey, PublicKey
from nacl.signing import SigningKey, VerifyKey

from .. import storage
from ..changes import TRUST
from ..errors import FieldkitError, KeyClaimsKnownDevice, NotFound
from ..ids import is_uuid

KEY_FORMAT = "fieldkit-public-key/1"


FINGERPRINT_BITS = 128


def fingerprint(sign_hex: str) -> str:
    """The first 128 bits of the key's SHA-256, in eight groups of four for reading aloud (the first five groups
    are the fingerprints FieldKit showed before, so an old note of one still matches)."""
    n = FINGERPRINT_BITS // 4
    h = hashlib.sha256(bytes.fromhex(sign_hex)).hexdigest()[:n].upper()
    return " ".join(h[i : i + 4] for i in range(0, n, 4))


@dataclass
class DeviceKeys:
    signing: SigningKey
    box: PrivateKey

    @property
    def sign_public(self) -> str:
        return self.signing.verify_key.encode().hex()

    @property
    def box_public(self) -> str:
        return self.box.public_key.encode().hex()


def key_path(ws) -> Path:
    return ws.folder / "keys" / "device.json"


def device_keys(ws) -> DeviceKeys:
    """Load the device keys, making them on first use."""
    p = key_path(ws)
    if p.exists():
        data = json.loads(p.read_text())
        return DeviceKeys(SigningKey(bytes.fromhex(data["sign_secret"])), PrivateKey(bytes.fromhex(data["box_secret"])))
    keys = DeviceKeys(SigningKey.generate(), PrivateKey.generate())
    secret = {
        "device_id": ws.device_id,
        "sign_secret": keys.signing.encode().hex(),
        "box_secret": keys.box.encode().hex(),
    }
    storage.atomic_write(p, json.dumps(secret).encode(), mode=0o600)
    return keys


def public_identity(ws) -> dict:
    k = device_keys(ws)
    return {
        "format": KEY_FORMAT,
        "device_id": ws.device_id,
        "label": ws.settings.get("device_label") or ws.user_name or "",
        "sign": k.sign_public,
        "box": k.box_public,
        "fingerprint": fingerprint(k.sign_public),
    }


def read_public_key(path: Path | str) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.get("format") != KEY_FORMAT:
            raise ValueError("format")
        VerifyKey(bytes.fromhex(data["sign"]))
        PublicKey(bytes.fromhex(data["box"]))
        label = data.get("label") or ""
        if not is_uuid(str(data["device_id"])) or type(label) is not str or len(label) > 200:
            raise ValueError("identity")
        # only what the keys prove: a fingerprint written in the file is never shown, it is computed
        return {
            "format": KEY_FORMAT,
            "device_id": data["device_id"],
            "label": label,
            "sign": data["sign"],
            "box": data["box"],
            "fingerprint": fingerprint(data["sign"]),
        }
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise FieldkitError("{file} is not a FieldKit public key file.", file=Path(path).name) from e


class TrustStore:
    def __init__(self, ws):
        self.ws = ws

    @property
    def db(self):
        return self.ws.db  # this thread's connection

    def claimed_by_other(self, identity: dict) -> dict | None:
        """The key already trusted for the device ``identity`` claims to be, when it is another key."""
        for k in self.list():
            if k["device_id"] == identity.get("device_id") and k["sign"] != identity.get("sign"):
                return k
        return None

    def add(self, identity: dict, *, label: str | None = None, role: str | None = None, replace: bool = False) -> dict:
        """Trust a key (``role`` colleague by default). A key claiming a device already trusted under another key
        is refused (``KeyClaimsKnownDevice``) unless ``replace``: then the old key is no longer trusted, and the new
        one takes its role unless another is given."""
        known = self.claimed_by_other(identity)
        role = role or (known["role"] if known and replace else "colleague")
        if role not in ("colleague", "hq"):
            raise FieldkitError("The role must be colleague or hq.")
        if identity["sign"] == device_keys(self.ws).sign_public:
            raise FieldkitError("That is this device's own key.")
        if known and not replace:
            raise KeyClaimsKnownDevice(
                "This key claims to be device {device_id}, which is already trusted under another key (fingerprint "
                "{known_fp}, {known_label}). Check with its owner; trust the new key only if that device really has a "
                "new one, which replaces the old.",
                device_id=identity["device_id"],
                known_fp=known["fingerprint"],
                known_label=known["label"] or "no label",
                fp=fingerprint(identity["sign"]),
            )
        now = self.ws.clock.now_iso()
        with self.db.atomic():
            if known:
                self.db.execute(
                    "DELETE FROM trusted_keys WHERE device_id = ? AND id != ?",
                    [identity["device_id"], identity["sign"]],
                )
            if role == "hq":
                self.db.execute("UPDATE trusted_keys SET role = 'colleague' WHERE role = 'hq'")
            self.db.execute(
                "INSERT INTO trusted_keys (id, device_id, label, box_key, role, fingerprint, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET label = excluded.label, "
                "role = excluded.role, updated_at = excluded.updated_at",
                [
                    identity["sign"],
                    identity["device_id"],
                    label if label is not None else identity.get("label", ""),
                    identity["box"],
                    role,
                    fingerprint(identity["sign"]),
                    now,
                    now,
                ],
            )
        self.ws.touched(TRUST, [identity["sign"]])
        return self.get(identity["sign"])

    def get(self, sign_hex: str) -> dict | None:
        row = self.db.execute(
            "SELECT id, device_id, label, box_key, role, fingerprint, created_at FROM trusted_keys WHERE id = ?",
            [sign_hex],
        ).fetchone()
        return (
            {
                **dict(zip(("sign", "device_id", "label", "box", "role", "fingerprint", "added_at"), row, strict=True)),
                "fingerprint": fingerprint(row[0]),
            }
            if row
            else None
        )

    def list(self) -> list[dict]:
        rows = self.db.execute("SELECT id FROM trusted_keys ORDER BY role DESC, label").fetchall()
        return [self.get(r[0]) for r in rows]

    def hq(self) -> dict | None:
        row = self.db.execute("SELECT id FROM trusted_keys WHERE role = 'hq'").fetchone()
        return self.get(row[0]) if row else None

    def find(self, ref: str) -> dict:
        ref = ref.replace(" ", "").upper()
        for k in self.list():
            if (
                k["sign"].upper().startswith(ref)
                or k["fingerprint"].replace(" ", "").startswith(ref)
                or k["device_id"].upper().startswith(ref)
                or k["label"].upper() == ref
            ):
                return k
        raise NotFound("No trusted key matches {ref}.", ref=ref)

    def remove(self, sign_hex: str) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM trusted_keys WHERE id = ?", [sign_hex])
        self.ws.touched(TRUST, [sign_hex])
