"""HQ config bundles (format fieldkit-config 1, docs/bundle-format.md): HQ's signed word on the mission's keys
and policy, carried to the field devices like a data bundle (same envelope, same encryption, same checks).

A config bundle carries HQ's current encryption key and its epoch, the devices HQ trusts with their roles, the
revocations and key rotations HQ knows, the receipts it wrote, the policy (lock timeout, wipe after failed
unlocks, whether sensitive incidents may leave a device), checklist definitions and basemap packs. A device
accepts one only when it is signed by the HQ key it already trusts (or, at first setup, by a key the user
accepts after comparing its fingerprint), and only when it is newer than the last one applied; everything in it
is checked before anything is applied, and the database part is applied in one transaction."""

from __future__ import annotations

import hashlib
import json
import logging
import re
from pathlib import Path

import nacl.exceptions
from nacl.public import PublicKey
from nacl.signing import VerifyKey

from .. import __version__, signatures, storage
from ..changes import SETTINGS, TRUST
from ..errors import BundleNotProtected, ConfigRefused, ValidationError, msg
from ..ids import is_uuid
from ..text import LABEL_MAX, one_line
from . import bundle as bmod
from . import keys as keymod
from . import lifecycle

log = logging.getLogger(__name__)
FORMAT, FORMAT_VERSION = "fieldkit-config", 1
_MEMBER = re.compile(
    r"^(manifest\.json|manifest\.sig|config\.json|checklists/[A-Za-z0-9][A-Za-z0-9_.-]{0,79}\.ya?ml|"
    r"basemaps/[0-9a-f]{64}\.mbtiles)$"
)
MAX_DEVICES = 10_000
MAX_CHECKLIST = 4 << 20
MAX_BASEMAP = 2 * 1024**3
# policy key -> (type, lowest, highest); what a device does with each is in docs/security.md
POLICY = {
    "lock_minutes": (int, 1, 24 * 60),
    "wipe_after_failures": (int, 0, 100),  # 0: never
    "sensitive_may_leave": (bool, None, None),
}


def policy(ws) -> dict:
    """The policy HQ set for this device (from its last config bundle); defaults where HQ said nothing."""
    raw = ws.settings.get("policy")
    out = {"lock_minutes": 10, "wipe_after_failures": 0, "sensitive_may_leave": True}
    if raw:
        out.update(json.loads(raw))
    return out


def _check_policy(p) -> dict:
    if type(p) is not dict or set(p) - set(POLICY):
        raise ConfigRefused("The config bundle's policy is not one FieldKit knows; nothing was applied.")
    for k, v in p.items():
        kind, lo, hi = POLICY[k]
        if type(v) is not kind or (kind is int and not lo <= v <= hi):
            raise ConfigRefused("The config bundle's policy is not one FieldKit knows; nothing was applied.")
    return p


def export_config(
    ws,
    out: Path | str,
    *,
    checklists: list[Path | str] = (),
    basemaps: list[Path | str] = (),
    policy_values: dict | None = None,
    to_keys: list[dict] | None = None,
    passphrase: str | None = None,
    plain: bool = False,
) -> dict:
    """HQ writes a config bundle signed with its key, encrypted to ``to_keys`` (by default every device it trusts)
    and/or with a passphrase; plain only when ``plain`` says so. Returns its manifest."""
    from ..checklists.definition import load as load_checklist
    from ..mbtiles import MBTiles

    pol = _check_policy({**(json.loads(ws.settings.get("policy_out") or "{}")), **(policy_values or {})})
    if passphrase is not None and len(passphrase) < bmod.MIN_PASSPHRASE:
        raise ValidationError(
            {"passphrase": msg("A bundle passphrase needs at least {n} characters.", n=bmod.MIN_PASSPHRASE)}
        )
    own = keymod.device_keys(ws)
    revoked = ws.revocations.by_key()
    trusted = [k for k in ws.trust.list() if k["sign"] not in revoked]  # a revoked (stolen) key learns nothing
    recipients = [k for k in (to_keys if to_keys is not None else trusted) if lifecycle.valid_box(k.get("box"))]
    if not recipients and not passphrase and not plain:
        raise BundleNotProtected(
            "This config bundle would be readable by anyone who finds the stick: no device is trusted here and no "
            "passphrase was given. Trust the field devices' keys, give a passphrase, or choose a plain bundle."
        )
    members: dict[str, bytes] = {}
    for c in checklists:
        c = Path(c)
        load_checklist(c)  # refuse a broken definition here, not on every field laptop
        members[f"checklists/{c.stem}.yaml" if c.suffix.lower() != ".yml" else f"checklists/{c.name}"] = c.read_bytes()
    for b in basemaps:
        MBTiles(b).close()
        data = Path(b).read_bytes()
        members[f"basemaps/{hashlib.sha256(data).hexdigest()}.mbtiles"] = data
    sequence = int(ws.settings.get("config_sequence_out") or 0) + 1
    config = {
        "hq": {
            "device_id": ws.device_id,
            "label": one_line(ws.settings.get("device_label"), LABEL_MAX),
            "sign": own.sign_public,
            "box": own.box_public,
            "epoch": int(ws.settings.get("box_epoch") or 0),
        },
        "devices": [
            {"device_id": k["device_id"], "label": k["label"], "sign": k["sign"], "box": k["box"], "role": "colleague"}
            for k in trusted
            if k["role"] != "hq"
        ],
        "revocations": [{"statement": r["statement"], "signature": r["signature"]} for r in ws.revocations.all()],
        "rotations": ws.rotations.for_manifest({k["device_id"] for k in trusted}),
        "receipts": ws.receipts.latest_issued(),
        "policy": pol,
    }
    members["config.json"] = json.dumps(config, ensure_ascii=False, indent=1, sort_keys=True).encode()
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "device_id": ws.device_id,
        "device_label": config["hq"]["label"],
        "signer": {"sign": own.sign_public, "box": own.box_public},
        "sequence": sequence,
        "created_at": ws.clock.now_iso(),
        "members": {n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in members.items()},
    }
    out = Path(out)
    bmod.write_signed(
        out, own.signing, manifest, members, recipients, passphrase, stored="basemaps/", what="config bundle"
    )
    with ws.db.atomic():
        ws.settings.set("config_sequence_out", str(sequence))
        ws.settings.set("policy_out", json.dumps(pol, sort_keys=True))
    log.info("config bundle written (sequence %d)", sequence)
    return {**manifest, "recipients": len(recipients), "devices": len(config["devices"])}


class ConfigNeedsTrust(ConfigRefused):
    """A config bundle from an HQ key this device does not trust yet (first setup): ``params`` hold ``fp``,
    ``words`` and ``label``, for the user to compare with HQ before accepting it."""


def read_config(ws, path: Path | str, *, passphrase: str | None = None, trust: bool = False) -> dict:
    """Check a config bundle (envelope, members, signature, signer, sequence, every value) without applying
    anything. Returns what ``apply_config`` needs."""
    spool, sha = bmod._copy_in(ws, Path(path), None)
    opened = [spool]
    try:
        z = bmod._open_zip(spool, "config bundle")
        names = z.namelist()
        if "envelope.json" in names:
            if set(names) != {"envelope.json", "payload.bin"}:
                bmod._refuse("The encrypted bundle holds unexpected files; it is refused.")
            payload, _ = bmod._decrypt(z, ws, passphrase)
            opened.append(payload)
            z = bmod._open_zip(payload, "config bundle inside the encryption")
            names = z.namelist()
        if len(set(names)) != len(names) or not all(_MEMBER.match(n) for n in names):
            raise ConfigRefused(
                "This is not a FieldKit config bundle (it holds unexpected files); nothing was applied."
            )
        if not {"manifest.json", "manifest.sig", "config.json"} <= set(names):
            raise ConfigRefused("This is not a FieldKit config bundle; nothing was applied.")
        manifest_bytes = bmod._read_member(z, "manifest.json", 4 << 20)
        try:
            manifest = json.loads(manifest_bytes)
            assert type(manifest) is dict and manifest.get("format") == FORMAT
        except (ValueError, AssertionError, RecursionError):
            raise ConfigRefused(
                "This is not a FieldKit config bundle (a data bundle is imported with 'import bundle')."
            ) from None
        if manifest.get("format_version") != FORMAT_VERSION:
            raise ConfigRefused(
                "This config bundle was made by a newer FieldKit (format {v}); update FieldKit to apply it.",
                v=manifest.get("format_version"),
            )
        try:
            signer = manifest["signer"]["sign"]
            VerifyKey(bytes.fromhex(signer)).verify(
                manifest_bytes, bytes.fromhex(bmod._read_member(z, "manifest.sig", 1024).decode())
            )
            PublicKey(bytes.fromhex(manifest["signer"]["box"]))
            seq = manifest["sequence"]
            assert type(seq) is int and 1 <= seq <= bmod.MAX_SEQUENCE and is_uuid(manifest["device_id"])
            members = manifest["members"]
            assert type(members) is dict and set(members) == set(names) - {"manifest.json", "manifest.sig"}
        except (KeyError, TypeError, ValueError, AssertionError, nacl.exceptions.BadSignatureError):
            raise ConfigRefused(
                "The config bundle's signature does not match its contents: it was altered after it was signed."
            ) from None
        label = lifecycle.label_of(manifest)
        hq = ws.trust.hq()
        if hq is not None and hq["sign"] != signer and not _hq_rotated(ws, z, hq, signer, manifest):
            raise ConfigRefused(
                "This config bundle is signed by key {fp} (“{label}”), not by the HQ key this device trusts "
                "({hq_fp}). It is not applied. Ask HQ.",
                fp=keymod.fingerprint(signer),
                label=label,
                hq_fp=hq["fingerprint"],
            )
        if hq is None and not trust:
            raise ConfigNeedsTrust(
                "This config bundle is signed by “{label}”, key {fp} ({words}), and this device trusts no HQ key "
                "yet. Compare the fingerprint with HQ (by phone or in person), then accept it.",
                label=label,
                fp=keymod.fingerprint(signer),
                words=" ".join(lifecycle.fingerprint_words(signer)),
                sign=signer,
            )
        if manifest["device_id"] == ws.device_id:
            raise ConfigRefused("This config bundle was made by this device; there is nothing to apply.")
        if ws.revocations.get(signer) is not None:
            raise ConfigRefused("This config bundle is signed by a revoked key; nothing was applied. Ask HQ.")
        last = int(ws.settings.get("config_sequence_in") or 0)
        if seq <= last and (hq is not None):
            raise ConfigRefused(
                "This config bundle (number {seq}) is not newer than the one already applied (number {last}); "
                "nothing was applied.",
                seq=seq,
                last=last,
            )
        data: dict[str, bytes | Path] = {}
        try:
            for name, meta in members.items():
                size = meta.get("size") if type(meta) is dict else None
                limit = (
                    MAX_BASEMAP
                    if name.startswith("basemaps/")
                    else MAX_CHECKLIST
                    if name != "config.json"
                    else 16 << 20
                )
                if type(size) is not int or not 0 <= size <= limit:
                    bmod._refuse("The bundle is larger than FieldKit accepts.")
                if name.startswith("basemaps/") and meta.get("sha256") != Path(name).stem:
                    raise ConfigRefused("The config bundle holds values FieldKit does not accept; nothing was applied.")
                if name.startswith("basemaps/"):  # to a private scratch file, hashed on the way
                    data[name] = bmod._member_to_file(ws, z, name, size, meta.get("sha256"))
                else:
                    data[name] = bmod._checked_member(z, name, size, meta)
            config = _check_config(json.loads(data.pop("config.json")), manifest, signer)
        except BaseException:
            bmod._remove_files([v for v in data.values() if isinstance(v, Path)])
            raise
        rotated = hq is not None and hq["sign"] != signer  # followed from the key trusted here (_hq_rotated)
        return {
            "manifest": manifest,
            "config": config,
            "files": data,
            "sha256": sha,
            "signer": signer,
            "hq_rotated_from": hq if rotated else None,
        }
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise ConfigRefused("The config bundle is damaged; nothing was applied.") from None
    finally:
        for f in opened:
            f.close()


def _hq_rotated(ws, z, hq: dict, signer: str, manifest: dict) -> bool:
    """HQ moved to a new signing key: the config's rotation statements lead from the HQ key trusted here to the
    signer (each signed by the old key and the new, none by a key after its revocation)."""
    try:
        c = json.loads(bmod._read_member(z, "config.json", 16 << 20))
        rotations = lifecycle.check_rotations(c.get("rotations") if type(c) is dict else None)
    except (ValueError, RecursionError):
        return False
    chain = lifecycle.rotation_chain(
        rotations, hq["device_id"], {hq["sign"]}, signer, ws.revocations.by_key(), ws.rotations.held()
    )
    return bool(chain) and manifest["device_id"] == hq["device_id"]


def _check_config(c, manifest: dict, signer: str) -> dict:
    bad = ConfigRefused("The config bundle holds values FieldKit does not accept; nothing was applied.")
    if type(c) is not dict:
        raise bad
    hq = c.get("hq")
    if type(hq) is not dict or hq.get("sign") != signer or hq.get("device_id") != manifest["device_id"]:
        raise bad
    if type(hq.get("epoch")) is not int or not 0 <= hq["epoch"] <= 1_000_000:
        raise bad
    try:
        PublicKey(bytes.fromhex(hq["box"]))
    except (KeyError, TypeError, ValueError, nacl.exceptions.CryptoError):
        raise bad from None
    devices = c.get("devices")
    if type(devices) is not list or len(devices) > MAX_DEVICES:
        raise bad
    for d in devices:
        if (
            type(d) is not dict
            or not is_uuid(str(d.get("device_id")))
            or not signatures.valid_key(d.get("sign"))
            or type(d.get("label", "")) is not str
            or len(d.get("label", "")) > LABEL_MAX
            or d.get("role", "colleague") != "colleague"
        ):
            raise bad
        try:
            PublicKey(bytes.fromhex(d["box"]))
        except (KeyError, TypeError, ValueError, nacl.exceptions.CryptoError):
            raise bad from None
    for k in ("revocations", "receipts", "rotations"):
        if type(c.get(k, [])) is not list or len(c.get(k, [])) > MAX_DEVICES:
            raise bad
    _check_policy(c.get("policy", {}))
    return c


def apply_config(ws, vc: dict, *, trust: bool = False) -> dict:
    """Apply a checked config bundle (``read_config``): files checked and put in place, then the database part in
    one transaction. Returns what changed."""
    from ..checklists.definition import load as load_checklist
    from ..mbtiles import basemaps_dir

    c, m = vc["config"], vc["manifest"]
    scratch = bmod._scratch_dir(ws)
    staged: list[tuple[Path, Path]] = []  # (scratch file, where it goes)
    report = {
        "sequence": m["sequence"],
        "hq": {
            "device_id": c["hq"]["device_id"],
            "label": one_line(c["hq"]["label"], LABEL_MAX),
            "fingerprint": keymod.fingerprint(vc["signer"]),
        },
        "hq_trusted_now": False,
        "hq_rotated": False,
        "epoch_changed": False,
        "devices_added": 0,
        "devices_differing": [],
        "revocations": 0,
        "rotations": 0,
        "receipts": 0,
        "policy": c.get("policy", {}),
        "checklists": [],
        "basemaps": [],
    }
    try:
        for name, body in vc["files"].items():
            if name.startswith("checklists/"):
                tmp = scratch / f"config-{hashlib.sha256(name.encode()).hexdigest()[:16]}.yaml"
                storage.atomic_write(tmp, body, mode=0o600)
                staged.append((tmp, ws.folder / "checklists" / Path(name).name))
                report["checklists"].append(load_checklist(tmp).key)  # a broken definition refuses the whole bundle
            else:
                from ..mbtiles import MBTiles

                staged.append((body, basemaps_dir(ws) / Path(name).name))
                MBTiles(body).close()
                report["basemaps"].append(Path(name).name)
        with ws.db.atomic():
            was = vc.get("hq_rotated_from")
            if was is not None:  # HQ's new signing key replaces the old one, as it was checked
                ws.trust.add(
                    {
                        "sign": vc["signer"],
                        "box": c["hq"]["box"],
                        "device_id": c["hq"]["device_id"],
                        "label": was["label"],
                    },
                    role="hq",
                    replace=True,
                    label=was["label"],
                    checked=was["checked"],
                    epoch=c["hq"]["epoch"],
                )
                report["hq_rotated"] = True
            elif ws.trust.hq() is None:
                ws.trust.add(
                    {
                        "sign": vc["signer"],
                        "box": c["hq"]["box"],
                        "device_id": c["hq"]["device_id"],
                        "label": c["hq"]["label"],
                    },
                    role="hq",
                    checked="fingerprint",
                    epoch=c["hq"]["epoch"],
                )
                report["hq_trusted_now"] = True
            else:
                report["epoch_changed"] = ws.trust.set_box(vc["signer"], c["hq"]["box"], c["hq"]["epoch"])
            for r in c.get("revocations", []):
                if type(r) is dict and ws.revocations.accept(r.get("statement"), str(r.get("signature"))):
                    report["revocations"] += 1
            revoked = ws.revocations.by_key()
            for d in c["devices"]:
                if d["device_id"] == ws.device_id or d["sign"] == vc["signer"]:
                    continue
                other = ws.trust.get(d["sign"])
                if other is not None and other["device_id"] != d["device_id"]:  # a key speaks for one device only
                    report["devices_differing"].append(
                        {"device_id": d["device_id"], "label": one_line(d.get("label", ""), LABEL_MAX)}
                    )
                    continue
                known = ws.trust.claimed_by_other(d)
                if known is not None:
                    report["devices_differing"].append(
                        {"device_id": d["device_id"], "label": one_line(d.get("label", ""), LABEL_MAX)}
                    )
                    continue
                if d["sign"] in revoked:
                    continue
                existing = ws.trust.get(d["sign"])
                ws.trust.add(
                    {**d, "label": one_line(d.get("label", ""), LABEL_MAX)},
                    label=existing["label"] if existing and existing["label"] else None,
                    checked="hq",
                )
                report["devices_added"] += existing is None
            for r in lifecycle.check_rotations(c.get("rotations", [])):
                if ws.rotations.keep(r["_raw"], r):
                    report["rotations"] += 1
            for r in c.get("receipts", []):
                if type(r) is not dict:
                    continue
                try:
                    body = json.loads(r.get("body") or "{}")
                except (TypeError, ValueError):
                    continue
                if (
                    type(body) is dict
                    and body.get("device_id") == ws.device_id
                    and ws.receipts.accept(r.get("body"), str(r.get("signature")))
                ):
                    report["receipts"] += 1
            ws.settings.set("policy", json.dumps(c.get("policy", {}), sort_keys=True))
            ws.settings.set("config_sequence_in", str(m["sequence"]))
            for tmp, dest in staged:  # last: a failure before leaves the files as they were
                dest.parent.mkdir(mode=0o700, exist_ok=True)
                tmp.replace(dest)
                if dest.suffix == ".mbtiles":
                    ws.settings.set("basemap", dest.name)
    finally:
        bmod._remove_files([tmp for tmp, _ in staged] + [v for v in vc["files"].values() if isinstance(v, Path)])
    pol = c.get("policy", {})
    if "lock_minutes" in pol or "wipe_after_failures" in pol:  # the app lock follows HQ's policy (lock.json)
        from .. import vault

        vault.set_lock_policy(
            ws.folder, idle_minutes=pol.get("lock_minutes"), wipe_after=pol.get("wipe_after_failures")
        )
    ws.checklists.reload()
    ws.touched(TRUST, [vc["signer"]])
    ws.touched(SETTINGS, ["policy"])
    log.info("config bundle %d applied", m["sequence"])
    return report


def import_config(ws, path: Path | str, *, passphrase: str | None = None, trust: bool = False) -> dict:
    """Check and apply a config bundle (``trust``: at first setup, accept the HQ key that signed it, after the
    user compared its fingerprint)."""
    return apply_config(ws, read_config(ws, path, passphrase=passphrase, trust=trust), trust=trust)
