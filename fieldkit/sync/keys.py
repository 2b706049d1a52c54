"""Device keys and trusted keys. The device's private keys live in <workspace>/keys/device.json
(owner-only permissions), never in the database, which HQ may share as a plain SQLite file."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from nacl.public import PrivateKey, PublicKey
from nacl.signing import SigningKey, VerifyKey

from .. import signatures, storage, vault
from ..changes import TRUST
from ..errors import DeviceKeyMissing, FieldkitError, KeyClaimsKnownDevice, NotFound
from ..ids import is_uuid
from ..text import LABEL_MAX, one_line

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


def key_file(folder: Path) -> Path:
    """Where a workspace keeps its device's private keys."""
    return Path(folder) / "keys" / "device.json"


def retired_file(folder: Path) -> Path:
    """Where a workspace keeps the private keys it rotated away from (to open late bundles made for them)."""
    return Path(folder) / "keys" / "retired.json"


def _read_secret(path: Path):
    """A private key file (keys/device.json, keys/retired.json): sealed with the data key when the workspace is
    encrypted (``fieldkit.vault``)."""
    return json.loads(vault.open_private(path.parent.parent, path.read_bytes()))


def _write_secret(path: Path, data) -> None:
    storage.atomic_write(path, vault.seal_private(path.parent.parent, json.dumps(data).encode()), mode=0o600)


def load_keys(folder: Path) -> DeviceKeys | None:
    """The device keys kept in the workspace ``folder``, or None when it has none yet."""
    p = key_file(folder)
    if not p.exists():
        return None
    data = _read_secret(p)
    return DeviceKeys(SigningKey(bytes.fromhex(data["sign_secret"])), PrivateKey(bytes.fromhex(data["box_secret"])))


def retired_box_keys(folder: Path) -> list[PrivateKey]:
    """The encryption keys this device used before its last rotations, newest first."""
    p = retired_file(folder)
    if not p.exists():
        return []
    return [PrivateKey(bytes.fromhex(r["box_secret"])) for r in reversed(_read_secret(p)) if r.get("box_secret")]


def replace_keys(folder: Path, device_id: str, new: DeviceKeys, old: DeviceKeys, now: str, epoch: int) -> None:
    """Rotation: the old private keys join the retired ones first (so that no crash loses them), then the new keys
    become the device's."""
    p = retired_file(folder)
    retired = _read_secret(p) if p.exists() else []
    retired.append(
        {
            "sign_secret": old.signing.encode().hex(),
            "box_secret": old.box.encode().hex(),
            "retired_at": now,
            "epoch": epoch,
        }
    )
    _write_secret(p, retired)
    _write_secret(
        key_file(folder),
        {"device_id": device_id, "sign_secret": new.signing.encode().hex(), "box_secret": new.box.encode().hex()},
    )


def device_keys(ws) -> DeviceKeys:
    """Load the device keys, making them on first use (kept by the workspace once loaded)."""
    cached = getattr(ws, "_device_keys", None)
    if cached is None:
        cached = ws._device_keys = load_or_make_keys(
            ws.folder, ws.device_id, conn=ws.db.conn, new_identity=getattr(ws, "_new_identity", False)
        )
    return cached


def _had_key(conn, device_id: str) -> bool:
    """Whether this workspace already had a device key (its own key is among the known device keys)."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'device_keys'").fetchone():
        return False
    return (
        conn.execute("SELECT 1 FROM device_keys WHERE device_id = ? AND vouched_by = 'self'", [device_id]).fetchone()
        is not None
    )


def load_or_make_keys(folder: Path, device_id: str, conn=None, new_identity: bool = False) -> DeviceKeys:
    """The device keys of the workspace ``folder``; made (and written, owner-only) when it has none yet. A workspace
    that had a key whose file is gone is refused (``DeviceKeyMissing``): a new key would silently be a new identity,
    and nothing sealed by the old one could be checked. ``new_identity``: the user chose a new key
    (``fieldkit keys new-identity``)."""
    found = load_keys(folder)
    if found is not None:
        return found
    if conn is not None and not new_identity and _had_key(conn, device_id):
        raise DeviceKeyMissing(
            "This workspace's device key (keys/device.json in {folder}) is missing. Restore it from a backup of the "
            "workspace folder: without it this device can neither sign bundles nor open those made for it. To go on "
            "with a new key instead (HQ and colleagues must then trust it again): fieldkit keys new-identity --confirm",
            folder=str(folder),
        )
    keys = DeviceKeys(SigningKey.generate(), PrivateKey.generate())
    secret = {
        "device_id": device_id,
        "sign_secret": keys.signing.encode().hex(),
        "box_secret": keys.box.encode().hex(),
    }
    _write_secret(key_file(folder), secret)
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
        "epoch": int(ws.settings.get("box_epoch") or 0),
    }


def read_public_key(path: Path | str) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.get("format") != KEY_FORMAT:
            raise ValueError("format")
        VerifyKey(bytes.fromhex(data["sign"]))
        PublicKey(bytes.fromhex(data["box"]))
        label = data.get("label") or ""
        if not is_uuid(data["device_id"]) or type(label) is not str or len(label) > LABEL_MAX:
            raise ValueError("identity")
        label = one_line(label, LABEL_MAX)  # shown to the user: one plain line
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


_TRUST_COLS = "id, device_id, label, box_key, role, fingerprint, created_at, seal, checked, epoch"
CHECKED = ("first-use", "fingerprint", "hq")  # how a key came to be trusted (trusted_keys.checked)


def _trust_seal_fields(row) -> tuple:
    """What a trusted key's seal covers: the key, its device, label, encryption key, role and when it was added;
    and how it was checked and its epoch when they are not the defaults (a seal made before they existed holds)."""
    base = (row[0], row[1], row[2], row[3], row[4], row[6])
    if len(row) > 9 and (row[8] != "first-use" or row[9]):
        return base + (row[8], row[9])
    return base


def _key_seal_fields(sign_key: str, device_id: str, vouched_by: str) -> tuple:
    return (sign_key, device_id, vouched_by)


class TrustStore:
    """The keys this device trusts to send it bundles: the only writer of ``trusted_keys``. Each row is sealed
    by this device's key (``fieldkit.signatures``); a row whose seal does not match was edited outside FieldKit
    and is not trusted (``verify`` reports it)."""

    def __init__(self, ws):
        self.ws = ws

    @property
    def db(self):
        return self.ws.db  # this thread's connection

    def _own(self) -> DeviceKeys:
        return device_keys(self.ws)

    def _sealed(self, row) -> bool:
        return signatures.seal_ok(self._own().sign_public, "trusted-key", _trust_seal_fields(row), row[7])

    def _reseal(self, sign_hex: str) -> None:
        row = self.db.execute(f"SELECT {_TRUST_COLS} FROM trusted_keys WHERE id = ?", [sign_hex]).fetchone()
        if row:
            value = signatures.seal(self._own().signing, "trusted-key", _trust_seal_fields(row))
            self.db.execute("UPDATE trusted_keys SET seal = ? WHERE id = ?", [value, sign_hex])

    def claimed_by_other(self, identity: dict) -> dict | None:
        """The key already trusted for the device ``identity`` claims to be, when it is another key."""
        for k in self.list():
            if k["device_id"] == identity.get("device_id") and k["sign"] != identity.get("sign"):
                return k
        return None

    def add(
        self,
        identity: dict,
        *,
        label: str | None = None,
        role: str | None = None,
        replace: bool = False,
        checked: str = "first-use",
        epoch: int = 0,
    ) -> dict:
        """Trust a key (``role`` colleague by default). A key claiming a device already trusted under another key
        is refused (``KeyClaimsKnownDevice``) unless ``replace``: then the old key is no longer trusted, and the new
        one keeps the old one's label but joins as a colleague unless a role is given (a new key never becomes
        HQ's, the key bundles are encrypted to, without being named so). The key becomes a known signing key of its
        device (the versions it signed stay verifiable after a replacement). ``checked``: how the key was checked
        (``CHECKED``); trusting a key again never lowers it."""
        known = self.claimed_by_other(identity)
        role = role or "colleague"
        if known and replace and label is None:
            label = known["label"]
        if role not in ("colleague", "hq"):
            raise FieldkitError("The role must be colleague or hq.")
        if checked not in CHECKED:
            raise FieldkitError("A key is checked by first use, fingerprint or HQ.")
        same = self.get(identity["sign"])
        if same and CHECKED.index(same["checked"]) > 0 and checked == "first-use":
            checked = same["checked"]
        if identity["sign"] == self._own().sign_public:
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
                demoted = [
                    k["sign"] for k in self.list() if k["role"] == "hq" and k["sign"] != identity["sign"]
                ]  # only rows whose seal held: a row edited outside FieldKit keeps its broken seal
                self.db.execute("UPDATE trusted_keys SET role = 'colleague' WHERE role = 'hq'")
                for sign in demoted:
                    self._reseal(sign)
            self.db.execute(
                "INSERT INTO trusted_keys (id, device_id, label, box_key, role, fingerprint, created_at, updated_at, "
                "checked, epoch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                "device_id = excluded.device_id, label = excluded.label, box_key = excluded.box_key, "
                "role = excluded.role, fingerprint = excluded.fingerprint, updated_at = excluded.updated_at, "
                "checked = excluded.checked, epoch = max(epoch, excluded.epoch)",
                [
                    identity["sign"],
                    identity["device_id"],
                    label if label is not None else identity.get("label", ""),
                    identity["box"],
                    role,
                    fingerprint(identity["sign"]),
                    now,
                    now,
                    checked,
                    int(epoch),
                ],
            )
            self._reseal(identity["sign"])
            self.ws.key_book.learn(identity["device_id"], identity["sign"], "trusted")
        self.ws.touched(TRUST, [identity["sign"]])
        return self.get(identity["sign"])

    def _row(self, sign_hex: str):
        return self.db.execute(f"SELECT {_TRUST_COLS} FROM trusted_keys WHERE id = ?", [sign_hex]).fetchone()

    @staticmethod
    def _as_dict(row) -> dict:
        return {
            **dict(zip(("sign", "device_id", "label", "box", "role", "fingerprint", "added_at"), row[:7], strict=True)),
            "fingerprint": fingerprint(row[0]),
            "checked": row[8],
            "epoch": row[9],
        }

    def confirm(self, sign_hex: str) -> dict:
        """The user compared the key's fingerprint with its owner's (words, groups or QR code): the key is now
        trusted as checked, no longer on first use alone."""
        if self.get(sign_hex) is None:
            raise NotFound("No trusted key matches {ref}.", ref=sign_hex[:16])
        with self.db.atomic():
            self.db.execute(
                "UPDATE trusted_keys SET checked = 'fingerprint', updated_at = ? WHERE id = ?",
                [self.ws.clock.now_iso(), sign_hex],
            )
            self._reseal(sign_hex)
        self.ws.touched(TRUST, [sign_hex])
        return self.get(sign_hex)

    def set_box(self, sign_hex: str, box: str, epoch: int) -> bool:
        """HQ moved to a new encryption key (``epoch``, announced in a config bundle it signed): bundles made here are
        encrypted to it from now on. An older epoch changes nothing. True when the key changed."""
        k = self.get(sign_hex)
        if k is None or int(epoch) <= int(k["epoch"]) or box == k["box"]:
            return False
        with self.db.atomic():
            self.db.execute(
                "UPDATE trusted_keys SET box_key = ?, epoch = ?, updated_at = ? WHERE id = ?",
                [box, int(epoch), self.ws.clock.now_iso(), sign_hex],
            )
            self._reseal(sign_hex)
        self.ws.touched(TRUST, [sign_hex])
        return True

    def reseal_after_rotation(self, old_public: str) -> int:
        """This device's signing key changed (``keys rotate``): every row whose seal held under the old key is sealed
        with the new one (a row edited outside FieldKit keeps its broken seal). Returns how many."""
        rows = self.db.execute(f"SELECT {_TRUST_COLS} FROM trusted_keys").fetchall()
        held = [r[0] for r in rows if signatures.seal_ok(old_public, "trusted-key", _trust_seal_fields(r), r[7])]
        with self.db.atomic():
            for sign in held:
                self._reseal(sign)
        self.ws.touched(TRUST, held)
        return len(held)

    def get(self, sign_hex: str) -> dict | None:
        """The trusted key, or None (also when its row was edited outside FieldKit: its seal no longer holds)."""
        row = self._row(sign_hex)
        return self._as_dict(row) if row and self._sealed(row) else None

    def list(self) -> list[dict]:
        rows = self.db.execute(f"SELECT {_TRUST_COLS} FROM trusted_keys ORDER BY role DESC, label").fetchall()
        return [self._as_dict(r) for r in rows if self._sealed(r)]

    def device_names(self) -> dict[str, str]:
        """device id -> the name it is trusted under, as one short plain line (for lists and messages)."""
        return {k["device_id"]: one_line(k["label"], 40) for k in self.list() if k["label"]}

    def tampered(self) -> list[dict]:
        """Rows of trusted keys whose seal does not match (edited outside FieldKit): never trusted."""
        rows = self.db.execute(f"SELECT {_TRUST_COLS} FROM trusted_keys ORDER BY id").fetchall()
        return [self._as_dict(r) for r in rows if not self._sealed(r)]

    def hq(self) -> dict | None:
        for k in self.list():
            if k["role"] == "hq":
                return k
        return None

    def find(self, ref: str) -> dict:
        """A trusted key by its label (any case), or the start of its key, fingerprint or device id."""
        label = ref.strip().casefold()
        for k in self.list():
            if label and k["label"].casefold() == label:
                return k
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

    def forget_all(self) -> int:
        """Stop trusting every key (a new identity: the old seals cannot be checked; each key is trusted again after
        its fingerprint is checked). Returns how many."""
        ids = [r[0] for r in self.db.execute("SELECT id FROM trusted_keys")]
        with self.db.atomic():
            self.db.execute("DELETE FROM trusted_keys")
        self.ws.touched(TRUST, ids)
        return len(ids)


class KeyBook:
    """Which signing keys speak for which device: the only writer of ``device_keys``. This device's own key, the
    keys it trusts, and the keys a trusted sender vouched for in a signed bundle (for the versions of devices
    never met here). Every row is sealed by this device's key; a row whose seal does not match is ignored (and
    reported by ``verify``). Keys are never forgotten: versions a replaced key signed stay verifiable."""

    def __init__(self, ws):
        self.ws = ws

    @property
    def db(self):
        return self.ws.db

    def _ok(self, sign_key, device_id, vouched_by, seal_value) -> bool:
        return signatures.seal_ok(
            device_keys(self.ws).sign_public,
            "device-key",
            _key_seal_fields(sign_key, device_id, vouched_by),
            seal_value,
        )

    def by_device(self) -> dict[str, frozenset]:
        """device id -> the signing keys known to speak for it (rows whose seal holds)."""
        found: dict[str, set] = {}
        for sign_key, device_id, vouched_by, seal_value in self.db.execute(
            "SELECT sign_key, device_id, vouched_by, seal FROM device_keys"
        ):
            if self._ok(sign_key, device_id, vouched_by, seal_value):
                found.setdefault(device_id, set()).add(sign_key)
        return {d: frozenset(k) for d, k in found.items()}

    def device_of(self) -> dict[str, str]:
        """signing key -> the device it speaks for (rows whose seal holds)."""
        return {k: d for d, keys in self.by_device().items() for k in keys}

    def learn(self, device_id: str, sign_key: str, vouched_by: str) -> bool:
        """Remember that ``sign_key`` speaks for ``device_id`` (inside the caller's transaction, if any). A key
        already known (its seal holding) is left as it is; a row whose seal broke (edited outside FieldKit) is
        written anew, never resealed as it stands. True when the key was new here."""
        row = self.db.execute(
            "SELECT device_id, vouched_by, seal FROM device_keys WHERE sign_key = ?", [sign_key]
        ).fetchone()
        if row is not None and self._ok(sign_key, *row):
            return False
        now = self.ws.clock.now_iso()
        value = signatures.seal(
            device_keys(self.ws).signing, "device-key", _key_seal_fields(sign_key, device_id, vouched_by)
        )
        with self.db.atomic():
            self.db.execute("DELETE FROM device_keys WHERE sign_key = ?", [sign_key])
            self.db.execute(
                "INSERT INTO device_keys (sign_key, device_id, vouched_by, seal, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [sign_key, device_id, vouched_by, value, now, now],
            )
        self.ws.touched(TRUST, [sign_key])
        return True

    def reseal_all(self, old_public: str | None = None) -> int:
        """A new identity (the old key lost): seal every known device key again with the new key, as it stands (the
        user chose to take the workspace as it is). ``old_public``: the key was rotated, the old one is known: only
        the rows whose seal held under it are sealed again. Returns how many."""
        rows = [
            (k, d, v)
            for k, d, v, sv in self.db.execute("SELECT sign_key, device_id, vouched_by, seal FROM device_keys")
            if old_public is None or signatures.seal_ok(old_public, "device-key", _key_seal_fields(k, d, v), sv)
        ]
        own = device_keys(self.ws).signing
        with self.db.atomic():
            for k, d, v in rows:
                value = signatures.seal(own, "device-key", _key_seal_fields(k, d, v))
                self.db.execute("UPDATE device_keys SET seal = ? WHERE sign_key = ?", [value, k])
        self.ws.touched(TRUST, [r[0] for r in rows])
        return len(rows)

    def tampered(self) -> list[dict]:
        return [
            {"sign": k, "device_id": d, "vouched_by": v}
            for k, d, v, seal_value in self.db.execute(
                "SELECT sign_key, device_id, vouched_by, seal FROM device_keys ORDER BY sign_key"
            )
            if not self._ok(k, d, v, seal_value)
        ]


def seal_existing(conn, keys: DeviceKeys, device_id: str, now: str) -> None:
    """Schema step 6, inside its transaction: seal the trusted keys that were there before it, and make them and
    this device's own key the first known signing keys."""
    cols = "id, device_id, label, box_key, role, fingerprint, created_at"  # the columns step 6 knows
    rows = conn.execute(f"SELECT {cols} FROM trusted_keys").fetchall()
    for row in rows:
        value = signatures.seal(keys.signing, "trusted-key", _trust_seal_fields(row))
        conn.execute("UPDATE trusted_keys SET seal = ? WHERE id = ?", [value, row[0]])
    for sign_key, dev, vouched in [(keys.sign_public, device_id, "self")] + [(r[0], r[1], "trusted") for r in rows]:
        value = signatures.seal(keys.signing, "device-key", _key_seal_fields(sign_key, dev, vouched))
        conn.execute(
            "INSERT OR IGNORE INTO device_keys (sign_key, device_id, vouched_by, seal, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [sign_key, dev, vouched, value, now, now],
        )
