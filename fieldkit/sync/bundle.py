"""Writing, verifying and importing bundles (format fieldkit-bundle 2, docs/bundle-format.md)."""

from __future__ import annotations

import base64
import gc
import hashlib
import io
import json
import logging
import marshal
import multiprocessing
import operator
import os
import queue
import re
import shutil
import tempfile
import threading
import time
import weakref
import zipfile
import zlib
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import nacl.bindings
import nacl.exceptions
import nacl.pwhash
import nacl.secret
import nacl.utils
import orjson
from nacl.public import PublicKey, SealedBox
from nacl.signing import VerifyKey

from .. import __version__, signatures, storage
from ..changes import BUNDLES, CONFLICTS
from ..checklists.assessments import COLUMNS as A_COLUMNS
from ..clock import iso
from ..errors import (
    BundleDamaged,
    BundleError,
    BundleFromThisDevice,
    BundleNeedsPassphrase,
    BundleNotForThisDevice,
    BundleNotProtected,
    BundleSignerKeyChanged,
    BundleTooNew,
    BundleUntrustedSigner,
    BundleWrongPassphrase,
    ConflictNotOpen,
    FieldkitError,
    ValidationError,
    msg,
)
from ..hashing import canonical_json, version_hash_text
from ..ids import is_uuid, new_id, ordered_id_stream
from ..incidents import EDITABLE, CleanCheck
from ..incidents.fields import OPTIONAL
from ..incidents.remote import check_remote, remote_row
from ..marks import DEMO_TAG, demo_assessment_ids
from ..text import LABEL_MAX, one_line
from . import keys as keymod
from . import lifecycle

log = logging.getLogger(__name__)
FORMAT, FORMAT_VERSION = "fieldkit-bundle", 2
READABLE_VERSIONS = (1, 2)  # format 1: versions carry no signatures of their own (imported with a notice)
ENC_FORMAT_VERSION = 2  # 2: the payload is a libsodium secretstream, decrypted chunk by chunk; 1: one secretbox
ENC_READABLE = (1, 2)
STREAM_CHUNK = 1 << 20  # plain bytes per encrypted chunk of a format-2 payload
LEGACY_ENC_MAX = 96 << 20  # a format-1 payload is authenticated only once read whole: read only up to this size
SPOOL = 32 << 20  # bytes of a bundle kept in memory while it is read; beyond, a private file in the workspace
ATTACHMENTS_IN_MEMORY = 64 << 20  # attachment bytes of one bundle held in memory; the rest wait in scratch files
# Argon2id costs of a bundle passphrase: fixed by the format (the envelope is not signed: a file never chooses them)
KDF_OPS, KDF_MEM = nacl.pwhash.argon2id.OPSLIMIT_MODERATE, nacl.pwhash.argon2id.MEMLIMIT_MODERATE
_SS = nacl.bindings
MAX_DEVICE_KEYS = 10_000  # devices a bundle's manifest vouches keys for
ENC_FORMAT = "fieldkit-bundle-encrypted"
RECORD_FILES = ("records/incidents.jsonl", "records/assessments.jsonl", "records/tombstones.jsonl")
_MEMBER = re.compile(
    r"^(manifest\.json|manifest\.sig|records/(incidents|assessments|tombstones)\.jsonl|attachments/[0-9a-f]{64})$"
)
MAX_MEMBER = 2 * 1024**3
MAX_TOTAL = 8 * 1024**3
_EDITABLE_KEYS = frozenset(EDITABLE) - frozenset(OPTIONAL)  # the fields every incident's content has


# ---------------------------------------------------------------------------------------------
# export
# ---------------------------------------------------------------------------------------------
_WIRE_VERSION = (
    "version",
    "content",
    "reason",
    "prev_hash",
    "hash",
    "device_id",
    "author",
    "created_at",
    "signature",
    "signed_by",
)


def _vouched_keys(ws, records: list[dict]) -> dict[str, list[str]]:
    """For the manifest: device id -> the keys this device knows to speak for it, for every device whose versions
    the bundle carries signed by that device's own key (the sender vouches for them; a receiver that never met
    that device can then check those versions)."""
    known = ws.key_book.device_of()
    found: dict[str, set] = {}
    for r in records:
        for v in r["versions"]:
            if known.get(v.get("signed_by")) == v["device_id"]:
                found.setdefault(v["device_id"], set()).add(v["signed_by"])
    return {d: sorted(k) for d, k in sorted(found.items())}


def _devices_of(*record_lists) -> set[str]:
    return {v["device_id"] for records in record_lists for r in records for v in r["versions"]}


def _incident_chains(
    ws,
    since: str | None,
    include_sensitive: bool,
    include_demo: bool = False,
    since_seq: int | None = None,
    widened: tuple[bool, bool] = (False, False),
):
    """``widened``: (sensitive, demo) records the previous bundle to this destination left out and this one
    carries: they go whatever their times."""
    params, cond = [], []
    if not include_demo:  # demo incidents never reach HQ unless asked for
        cond.append("NOT EXISTS (SELECT 1 FROM json_each(incidents.tags) WHERE value = ?)")
        params.append(DEMO_TAG)
    if since:
        # >=: a change in the same millisecond as the last export is sent again, never lost; and every row written
        # here since (by its local change number), whatever its times say (received from another device, or saved
        # while the clock was set back)
        cond.append(
            "(updated_at >= ? OR local_seq > ? OR (? AND sensitive = 1) OR "
            "(? AND EXISTS (SELECT 1 FROM json_each(incidents.tags) WHERE value = ?)))"
        )
        params += [since, since_seq or 0, int(widened[0]), int(widened[1]), DEMO_TAG]
    if not include_sensitive:
        cond.append("sensitive = 0")
    where = ("WHERE " + " AND ".join(cond)) if cond else ""
    # in id order: the receiver then appends to its primary-key index instead of inserting at random places
    rows = ws.db.execute(f"SELECT id, device_id, created_at FROM incidents {where} ORDER BY id", params).fetchall()
    ids = [r[0] for r in rows]
    versions: dict[str, list] = {i: [] for i in ids}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        for v in ws.db.execute(
            "SELECT incident_id, version, content, reason, prev_hash, hash, device_id, author, created_at, signature, "
            f"signed_by FROM incident_versions WHERE incident_id IN ({','.join('?' * len(chunk))}) "
            "ORDER BY incident_id, version",
            chunk,
        ):
            versions[v[0]].append(dict(zip(_WIRE_VERSION, v[1:], strict=True)))
    for i, dev, created in rows:
        yield {"id": i, "device_id": dev, "created_at": created, "versions": versions[i]}


def _assessments(ws, since, include_demo: bool = False):
    out = []
    demo = set() if include_demo else demo_assessment_ids(ws)
    for a in ws.assessments.list():
        if (since and a["updated_at"] < since) or a["id"] in demo:
            continue
        out.append(
            {
                **{k: a[k] for k in A_COLUMNS if k not in ("position", "origin_device", "head_hash", "version")},
                "answers": {
                    q: {k: v for k, v in ans.items() if k != "updated_at"}
                    for q, ans in ws.assessments.answers(a["id"]).items()
                },
                "versions": ws.assessments.versions(a["id"]),
            }
        )
        records = ws.assessment_records.content(a["id"])  # judgements, markets, actors: only when recorded
        if records:
            out[-1]["records"] = records
        for v in out[-1]["versions"]:
            v["content"] = canonical_json(v["content"])
    return out


MIN_PASSPHRASE = 10  # characters of a passphrase that protects a bundle made here


def default_recipients(ws) -> list[dict]:
    """Whom a bundle is encrypted to when the user names nobody: HQ's key when one is trusted, else nobody
    (not encrypted). A colleague's key is never picked for the user. The CLI and the Sync view both follow this."""
    hq = ws.trust.hq()
    return [hq] if hq else []


def export_bundle(
    ws,
    out: Path | str,
    *,
    incremental: bool = False,
    destination: str | None = None,
    to_keys: list[dict] | None = None,
    passphrase: str | None = None,
    include_sensitive: bool = False,
    encrypt_to_hq: bool = True,
    plain: bool = False,
    include_demo: bool = False,
) -> dict:
    """Write a signed bundle, encrypted to the recipients given (``to_keys``; else HQ's key when one is trusted
    and ``encrypt_to_hq``) and/or with a passphrase. With none of them, the bundle is written readable by anyone
    only when ``plain`` says so explicitly; otherwise ``BundleNotProtected`` (a lost stick must reveal nothing).
    Returns the manifest."""
    if passphrase is not None and len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            {
                "passphrase": msg(
                    "A bundle passphrase needs at least {n} characters: a few words are easier to remember "
                    "and much harder to guess.",
                    n=MIN_PASSPHRASE,
                )
            }
        )
    if include_sensitive and json.loads(ws.settings.get("policy") or "{}").get("sensitive_may_leave") is False:
        raise FieldkitError(
            "HQ's policy keeps incidents marked sensitive on this device: export the bundle without them, or ask HQ."
        )
    keys = keymod.device_keys(ws)
    recipients = list(to_keys or [])
    if not recipients and encrypt_to_hq:
        recipients = default_recipients(ws)
    if not recipients and not passphrase and not plain:
        raise BundleNotProtected(
            "This bundle would be readable by anyone who finds the stick: no HQ key is trusted here, and no "
            "recipient or passphrase was given. Give a bundle passphrase (at least {n} characters), trust HQ's key, "
            "or choose a plain bundle explicitly.",
            n=MIN_PASSPHRASE,
        )
    for r in recipients:
        if not lifecycle.valid_box(r.get("box")):
            raise FieldkitError(
                "The encryption key recorded for {label} is not a valid key: the bundle cannot be encrypted to it. "
                "Trust that device's key file again.",
                label=one_line(r.get("label"), LABEL_MAX) or str(r.get("device_id", ""))[:8],
            )
    if destination is None:
        destination = recipients[0]["device_id"] if recipients else "any"
    prev = ws.db.execute(
        "SELECT max(sequence), max(up_to), max(local_seq) FROM bundle_exports WHERE destination = ?", [destination]
    ).fetchone()
    last = ws.db.execute(
        "SELECT filters FROM bundle_exports WHERE destination = ? ORDER BY sequence DESC LIMIT 1", [destination]
    ).fetchone()
    before = json.loads(last[0]) if last else {}
    widened = (
        include_sensitive and not before.get("sensitive", False),
        include_demo and not before.get("demo", False),
    )
    sequence = (prev[0] or 0) + 1
    base, since, since_seq = ((prev[0] or 0), prev[1], prev[2]) if incremental else (0, None, None)
    resend = ws.receipts.resend_point(destination) if incremental else None
    if resend is not None:  # HQ's receipt did not confirm a bundle made before it: carry again from what it did
        base, since, since_seq = resend
    local_seq = ws.incidents.max_local_seq()
    up_to = ws.clock.now_iso()
    incidents = list(_incident_chains(ws, since, include_sensitive, include_demo, since_seq, widened))
    assessments = _assessments(ws, since, include_demo)
    tombstones = ws.tombstones.since(since)
    shas = sorted(
        {
            a["sha256"]
            for inc in incidents
            if inc["versions"]
            for a in json.loads(inc["versions"][-1]["content"])["attachments"]
        }
    )
    members: dict[str, bytes] = {
        "records/incidents.jsonl": "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in incidents).encode(),
        "records/assessments.jsonl": "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in assessments).encode(),
        "records/tombstones.jsonl": "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in tombstones).encode(),
    }
    for sha in shas:
        members[f"attachments/{sha}"] = ws.incidents.open_attachment(sha).read_bytes()
    stamps = [v["created_at"] for r in incidents for v in r["versions"]] + [a["updated_at"] for a in assessments]
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "device_id": ws.device_id,
        "device_label": one_line(ws.settings.get("device_label"), LABEL_MAX),
        "author": one_line(ws.user_name, LABEL_MAX),
        "signer": {"sign": keys.sign_public, "box": keys.box_public},
        "device_keys": _vouched_keys(ws, incidents + assessments),
        "destination": destination,
        "sequence": sequence,
        "created_at": up_to,
        "incremental": incremental,
        "since": since,
        "base_sequence": base,
        "rotations": ws.rotations.for_manifest(_devices_of(incidents, assessments)),
        "time_span": {"from": min(stamps) if stamps else None, "to": max(stamps) if stamps else None},
        "counts": {
            "incidents": len(incidents),
            "incident_versions": sum(len(r["versions"]) for r in incidents),
            "assessments": len(assessments),
            "tombstones": len(tombstones),
            "attachments": len(shas),
        },
        "members": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)} for name, data in members.items()
        },
    }
    write_signed(Path(out), keys.signing, manifest, members, recipients, passphrase, stored="attachments/")
    now = ws.clock.now_iso()
    with ws.db.atomic():
        ws.db.execute(
            "INSERT INTO bundle_exports (id, destination, sequence, since, up_to, counts, created_at, updated_at, "
            "base_sequence, local_seq, filters) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                new_id(),
                destination,
                sequence,
                since,
                up_to,
                json.dumps(manifest["counts"]),
                now,
                now,
                base,
                local_seq,
                json.dumps({"sensitive": include_sensitive, "demo": include_demo}),
            ],
        )
    ws.touched(BUNDLES, [destination])
    log.info("bundle written: %s", manifest["counts"])
    return manifest


def write_signed(
    out: Path,
    signing,
    manifest: dict,
    members: dict[str, bytes],
    recipients: list[dict],
    passphrase: str | None,
    *,
    stored: str,
    what: str = "bundle",
) -> None:
    """The zip of a signed bundle (data or config): ``manifest.json``, its signature ``manifest.sig``, the members
    (those under ``stored`` not compressed), encrypted when there are recipients or a passphrase; written whole or
    not at all."""
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode()
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", manifest_bytes)
        z.writestr("manifest.sig", signing.sign(manifest_bytes).signature.hex())
        for name, data in members.items():
            z.writestr(
                name, data, compress_type=zipfile.ZIP_STORED if name.startswith(stored) else zipfile.ZIP_DEFLATED
            )
    payload = inner.getvalue()
    if recipients or passphrase:
        payload = _encrypt(payload, recipients, passphrase)
    try:
        storage.atomic_write(out, payload, mode=0o600)
    except OSError as e:
        template = (
            "The config bundle could not be written to {file}: {error}"
            if what == "config bundle"
            else "The bundle could not be written to {file}: {error}"
        )
        raise storage.explain(e) or FieldkitError(template, file=out.name, error=e.strerror or str(e)) from e


def _encrypt(payload: bytes, recipients: list[dict], passphrase: str | None) -> bytes:
    """The encrypted bundle (format 2): a random key sealed to each recipient and/or wrapped under the passphrase;
    the payload a libsodium secretstream (XChaCha20-Poly1305) of ``STREAM_CHUNK`` chunks, so that a reader
    authenticates each chunk before it keeps it."""
    key = _SS.crypto_secretstream_xchacha20poly1305_keygen()
    envelope = {
        "format": ENC_FORMAT,
        "format_version": ENC_FORMAT_VERSION,
        "cipher": "xchacha20poly1305-secretstream",
        "chunk": STREAM_CHUNK,
        "recipients": [
            {
                "device_id": r["device_id"],
                "box": r["box"],
                "sealed_key": base64.b64encode(SealedBox(PublicKey(bytes.fromhex(r["box"]))).encrypt(key)).decode(),
            }
            for r in recipients
        ],
        "passphrase": None,
    }
    if passphrase:
        salt = nacl.utils.random(nacl.pwhash.argon2id.SALTBYTES)
        kek = nacl.pwhash.argon2id.kdf(
            nacl.secret.SecretBox.KEY_SIZE, passphrase.encode(), salt, opslimit=KDF_OPS, memlimit=KDF_MEM
        )
        envelope["passphrase"] = {
            "kdf": "argon2id",
            "salt": base64.b64encode(salt).decode(),
            "wrapped_key": base64.b64encode(nacl.secret.SecretBox(kek).encrypt(key)).decode(),
        }
    state = _SS.crypto_secretstream_xchacha20poly1305_state()
    parts = [_SS.crypto_secretstream_xchacha20poly1305_init_push(state, key)]
    n = len(payload)
    for start in range(0, max(n, 1), STREAM_CHUNK):
        last = start + STREAM_CHUNK >= n
        tag = (
            _SS.crypto_secretstream_xchacha20poly1305_TAG_FINAL
            if last
            else _SS.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
        )
        parts.append(
            _SS.crypto_secretstream_xchacha20poly1305_push(state, payload[start : start + STREAM_CHUNK], tag=tag)
        )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        z.writestr("envelope.json", json.dumps(envelope, indent=1))
        z.writestr("payload.bin", b"".join(parts))
    return out.getvalue()


# ---------------------------------------------------------------------------------------------
# reading and verifying
# ---------------------------------------------------------------------------------------------
@dataclass
class VerifiedBundle:
    """A bundle whose envelope checked out: zip structure, member names, sizes and hashes, manifest, signature,
    signer, assessments and deletion records. Incident records are checked one by one while they are planned
    or imported (``_incident_results``), so that a large bundle is read once."""

    manifest: dict
    sha256: str
    incidents_body: bytes
    assessments: list[dict]
    tombstones: list[dict]
    attachments: dict[str, bytes | Path]  # a large one waits in a scratch file
    signer_trusted: bool
    encrypted: bool = False
    problems: list[str] = field(default_factory=list)
    rotation: dict | None = None  # the signer's key replaces the one trusted here, by a rotation its old key signed

    @property
    def fingerprint(self) -> str:
        return keymod.fingerprint(self.manifest["signer"]["sign"])

    @property
    def signed_versions(self) -> bool:
        """Format 2 and later: every version carries the signature of the device that saved it."""
        return int(self.manifest.get("format_version") or 1) >= 2


def _refuse(template: str, cls: type[BundleError] = BundleDamaged, **params):
    raise cls(template, **params)


def _open_zip(data, what: str) -> zipfile.ZipFile:
    """``data``: bytes, or a readable, seekable file (a spool of the bundle)."""
    try:
        return zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes | bytearray) else data)
    except (zipfile.BadZipFile, ValueError, OSError):
        _refuse(
            "The {what} is damaged or truncated (it is not a complete zip file). Ask for it to be exported again.",
            what=what,
        )


MAX_INFLATION = 200  # a member may inflate to 200 times its compressed size (records compress about 7:1)


def _read_member(z: zipfile.ZipFile, name: str, limit: int, *, stored: bool = False) -> bytes:
    """A member's bytes, read only when its declared size fits ``limit`` and what it would inflate to is bounded
    by its size in the file (``stored``: not compressed at all), so that memory stays within what is on disk."""
    info = z.getinfo(name)
    if info.file_size > limit:
        _refuse("The bundle member {name} is larger than allowed.", name=name)
    if (
        stored and (info.compress_type != zipfile.ZIP_STORED or info.file_size != info.compress_size)
    ) or info.file_size > MAX_INFLATION * info.compress_size + (1 << 16):
        _refuse("The bundle member {name} inflates far beyond its size: it is damaged or hostile.", name=name)
    try:
        with z.open(info) as f:
            data = f.read(limit + 1)
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as e:
        _refuse("The bundle is damaged: {name} cannot be read ({error}).", name=name, error=str(e))
    if len(data) > limit:
        _refuse("The bundle member {name} is larger than it claims.", name=name)
    return data


def _spool(ws):
    """A private scratch file for a bundle being read: in memory up to ``SPOOL`` bytes, beyond in the workspace's
    own folder (owner-only), removed when closed. Memory then stays bounded whatever the bundle's size."""
    return tempfile.SpooledTemporaryFile(max_size=SPOOL, dir=_scratch_dir(ws))


def _scratch_dir(ws) -> Path:
    """The workspace's own folder for scratch files (owner-only); stale ones go at the next opening."""
    folder = ws.folder / "tmp"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def _copy_in(ws, path: Path, raw: bytes | None):
    """The bundle's bytes, read from the stick once into a spool, and their SHA-256: everything after reads that
    private copy (a file swapped on the stick meanwhile changes nothing)."""
    if raw is not None:
        return io.BytesIO(raw), hashlib.sha256(raw).hexdigest()
    h, spool = hashlib.sha256(), _spool(ws)
    try:
        with open(path, "rb") as f:
            while block := f.read(1 << 20):
                h.update(block)
                spool.write(block)
    except OSError as e:
        spool.close()
        raise storage.explain(e) or BundleDamaged(
            "The bundle {file} cannot be read: {error}", file=path.name, error=e.strerror or str(e)
        ) from e
    spool.seek(0)
    return spool, h.hexdigest()


def _open_key(envelope: dict, ws, passphrase: str | None, legacy: bool) -> tuple[bytes, bool]:
    """The payload key, and whether this device's own key opened it (else the passphrase)."""
    mine = keymod.device_keys(ws)
    # this device's encryption key, then those it rotated away from (a late bundle made for an older epoch)
    boxes = {k.public_key.encode().hex(): k for k in [mine.box, *keymod.retired_box_keys(ws.folder)]}
    key = None
    by_device_key = False
    recipients = envelope.get("recipients") or []
    if type(recipients) is not list:
        _refuse("The bundle's list of recipients is damaged: the bundle is damaged or was tampered with.")
    for r in recipients:
        if type(r) is dict and type(r.get("box")) is str and r["box"] in boxes and key is None:
            try:
                key = SealedBox(boxes[r["box"]]).decrypt(base64.b64decode(r["sealed_key"]))
                by_device_key = True
            except (nacl.exceptions.CryptoError, ValueError, KeyError, TypeError):
                _refuse("The bundle's key for this device does not open: the bundle is damaged or was tampered with.")
    pp = envelope.get("passphrase")
    if key is None and pp and passphrase:
        # the envelope is not signed: format 2 fixes the key-derivation cost; format 1's is bounded, never taken as
        # it comes
        try:
            ops, mem = (int(pp["opslimit"]), int(pp["memlimit"])) if legacy else (KDF_OPS, KDF_MEM)
            ops_ok = nacl.pwhash.argon2id.OPSLIMIT_INTERACTIVE <= ops <= nacl.pwhash.argon2id.OPSLIMIT_SENSITIVE
            mem_ok = nacl.pwhash.argon2id.MEMLIMIT_INTERACTIVE <= mem <= nacl.pwhash.argon2id.MEMLIMIT_MODERATE
        except (KeyError, TypeError, ValueError):
            ops_ok = mem_ok = False
        if not (ops_ok and mem_ok):
            _refuse("The encrypted bundle asks for a passphrase check far costlier than FieldKit makes; it is refused.")
        try:
            kek = nacl.pwhash.argon2id.kdf(
                nacl.secret.SecretBox.KEY_SIZE,
                passphrase.encode(),
                base64.b64decode(pp["salt"]),
                opslimit=ops,
                memlimit=mem,
            )
            key = nacl.secret.SecretBox(kek).decrypt(base64.b64decode(pp["wrapped_key"]))
        except (nacl.exceptions.CryptoError, ValueError, KeyError, TypeError):
            _refuse("The passphrase is wrong, or the bundle was tampered with.", cls=BundleWrongPassphrase)
    if key is None:
        if pp and not passphrase:
            _refuse(
                "This bundle is encrypted with a passphrase. Give the passphrase to import it.",
                cls=BundleNeedsPassphrase,
            )
        _refuse(
            "This bundle is encrypted for another device; this device's key cannot open it.", cls=BundleNotForThisDevice
        )
    return key, by_device_key


def _member_sha256(z: zipfile.ZipFile, name: str, limit: int) -> str:
    """The SHA-256 of a member, read in blocks (nothing kept), within the same bounds as ``_read_member``."""
    info = z.getinfo(name)
    if info.file_size > limit or info.file_size > MAX_INFLATION * info.compress_size + (1 << 16):
        _refuse("The bundle member {name} inflates far beyond its size: it is damaged or hostile.", name=name)
    h, n = hashlib.sha256(), 0
    try:
        with z.open(info) as f:
            while block := f.read(1 << 20):
                n += len(block)
                if n > limit:
                    _refuse("The bundle member {name} is larger than it claims.", name=name)
                h.update(block)
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as e:
        _refuse("The bundle is damaged: {name} cannot be read ({error}).", name=name, error=str(e))
    return h.hexdigest()


def _decrypt(z: zipfile.ZipFile, ws, passphrase: str | None):
    """The plain bundle inside (a spool), and whether it was opened with this device's key. Format 2 is decrypted
    chunk by chunk, each authenticated before it is kept: a forged or damaged payload is refused at its first bad
    chunk, and memory stays bounded whatever its size."""
    try:
        envelope = json.loads(_read_member(z, "envelope.json", 1 << 20))
        assert isinstance(envelope, dict)
        info = z.getinfo("payload.bin")
    except (KeyError, ValueError, AssertionError, RecursionError):
        _refuse("The encrypted bundle is damaged: its envelope cannot be read.")
    version = envelope.get("format_version")
    if version not in ENC_READABLE:
        _refuse(
            "This bundle was made by a newer FieldKit (encrypted format {v}); update FieldKit to import it.",
            cls=BundleTooNew,
            v=version,
        )
    if info.compress_type != zipfile.ZIP_STORED or info.file_size != info.compress_size:
        _refuse("The bundle member {name} inflates far beyond its size: it is damaged or hostile.", name="payload.bin")
    if version == 1:
        if info.file_size > LEGACY_ENC_MAX:
            _refuse(
                "This bundle was encrypted by an older FieldKit in a form that is checked only once read whole; at "
                "this size it is refused. Ask the sender to export it again with this version."
            )
        key, to_me = _open_key(envelope, ws, passphrase, legacy=True)
        payload = _read_member(z, "payload.bin", LEGACY_ENC_MAX, stored=True)
        try:
            return io.BytesIO(nacl.secret.SecretBox(key).decrypt(payload)), to_me
        except nacl.exceptions.CryptoError:
            _refuse("The encrypted bundle was altered or damaged: its contents fail authentication.")
    if envelope.get("chunk") != STREAM_CHUNK:
        _refuse("The encrypted bundle is damaged: its envelope cannot be read.")
    key, to_me = _open_key(envelope, ws, passphrase, legacy=False)
    out = _spool(ws)
    try:
        state = _SS.crypto_secretstream_xchacha20poly1305_state()
        size = STREAM_CHUNK + _SS.crypto_secretstream_xchacha20poly1305_ABYTES
        final = _SS.crypto_secretstream_xchacha20poly1305_TAG_FINAL
        with z.open(info) as f:
            header = f.read(_SS.crypto_secretstream_xchacha20poly1305_HEADERBYTES)
            _SS.crypto_secretstream_xchacha20poly1305_init_pull(state, header, key)
            done = False
            while not done:
                chunk = f.read(size)
                if not chunk:
                    raise nacl.exceptions.CryptoError("truncated")
                plain, tag = _SS.crypto_secretstream_xchacha20poly1305_pull(state, chunk)
                out.write(plain)
                done = tag == final
            if f.read(1):
                raise nacl.exceptions.CryptoError("data after the end")
    except (nacl.exceptions.CryptoError, ValueError, zipfile.BadZipFile, OSError, EOFError):
        out.close()
        _refuse("The encrypted bundle was altered or damaged: its contents fail authentication.")
    except BaseException:
        out.close()
        raise
    out.seek(0)
    return out, to_me


def read_bundle(
    ws,
    path: Path | str,
    *,
    passphrase: str | None = None,
    trust: bool = False,
    raw: bytes | None = None,
    replace_key: bool = False,
    _source=None,
) -> VerifiedBundle:
    """Check a bundle's envelope (structure, paths, sizes, member hashes, format, signature, signer) and its
    assessment and deletion records. Its incident records are checked by ``preview`` and ``import_bundle``,
    which read them once, in chunks. Nothing is written here.

    ``trust`` accepts the key of a device met for the first time; a new key for a device already trusted under
    another key is refused (``BundleSignerKeyChanged``) unless ``replace_key`` too."""
    with _gc_paused():
        return _read_bundle(ws, path, passphrase, trust, raw, replace_key, _source)


def _read_bundle(ws, path, passphrase, trust, raw, replace_key=False, source=None) -> VerifiedBundle:
    path = Path(path)
    spool, bundle_sha = source if source is not None else _copy_in(ws, path, raw)
    opened = [spool]
    try:
        return _read_opened(ws, spool, bundle_sha, passphrase, trust, replace_key, opened)
    finally:
        for f in opened:
            f.close()


def _read_opened(ws, spool, bundle_sha, passphrase, trust, replace_key, opened: list) -> VerifiedBundle:
    z = _open_zip(spool, "bundle")
    names = z.namelist()
    encrypted = "envelope.json" in names
    to_me = False  # opened with this device's own key
    if encrypted:
        if set(names) != {"envelope.json", "payload.bin"}:
            _refuse("The encrypted bundle holds unexpected files; it is refused.")
        payload, to_me = _decrypt(z, ws, passphrase)
        opened.append(payload)
        z = _open_zip(payload, "bundle inside the encryption")
        names = z.namelist()
    for n in names:
        if not _MEMBER.match(n):
            _refuse("The bundle holds an unexpected or unsafe file name ({name}); it is refused.", name=n[:80])
    if len(set(names)) != len(names):
        _refuse("The bundle holds the same file twice; it is refused.")
    if "manifest.json" not in names or "manifest.sig" not in names:
        _refuse("The bundle has no manifest or no signature; it is not a FieldKit bundle.")
    manifest_bytes = _read_member(z, "manifest.json", 16 << 20)
    try:
        manifest = json.loads(manifest_bytes)
        assert isinstance(manifest, dict)
    except (ValueError, AssertionError, RecursionError):
        _refuse("The bundle manifest is unreadable.")
    if manifest.get("format") != FORMAT:
        _refuse("This is not a FieldKit bundle.")
    if manifest.get("format_version") not in READABLE_VERSIONS:
        _refuse(
            "This bundle uses format version {v}; this FieldKit reads version {mine}. Update FieldKit to import it.",
            cls=BundleTooNew,
            v=manifest.get("format_version"),
            mine=FORMAT_VERSION,
        )
    _check_manifest_values(manifest)
    try:
        signer = manifest["signer"]["sign"]
        VerifyKey(bytes.fromhex(signer)).verify(
            manifest_bytes, bytes.fromhex(_read_member(z, "manifest.sig", 1024).decode())
        )
    except (KeyError, TypeError, ValueError, nacl.exceptions.BadSignatureError):
        _refuse(
            "The bundle's signature does not match its contents: it was altered after it was signed. It is refused."
        )
    if manifest.get("device_id") == ws.device_id or signer == keymod.device_keys(ws).sign_public:
        _refuse("This bundle was made by this device; there is nothing to import.", cls=BundleFromThisDevice)
    if manifest["destination"] not in ("any", ws.device_id) and not to_me:
        _refuse("This bundle was made for another device; it is not imported here.", cls=BundleNotForThisDevice)
    ws.revocations.check_bundle(manifest, lifecycle.label_of(manifest))
    entry = keymod.TrustStore(ws).get(signer)
    trusted = entry is not None
    if trusted and entry["device_id"] != manifest["device_id"]:
        _refuse(
            "The bundle claims to come from device {device_id}, but it is signed with the key of another device "
            "({label}). A trusted key may only speak for its own device; the bundle is refused.",
            device_id=manifest["device_id"],
            label=entry["label"] or entry["device_id"],
        )
    box = (manifest.get("signer") or {}).get("box")
    try:
        PublicKey(bytes.fromhex(box))
    except (TypeError, ValueError, nacl.exceptions.CryptoError):
        _refuse("The bundle's signer has no valid encryption key; it is not a FieldKit bundle. It is refused.")
    known = None if trusted else ws.trust.claimed_by_other({"device_id": manifest["device_id"], "sign": signer})
    rotation = None
    if known:  # the device announced its new key in a statement its old key signed: followed, with a notice
        chain = lifecycle.rotation_chain(
            lifecycle.check_rotations(manifest.get("rotations")),
            manifest["device_id"],
            {known["sign"]},
            signer,
            ws.revocations.by_key(),
            ws.rotations.held(),
        )
        if chain:
            rotation = {"from": known, "chain": chain}
            known = None
    if known and not replace_key:
        _refuse(
            "The bundle claims to come from {label} (device {device_id}), which this workspace trusts under another "
            "key (fingerprint {known_fp}); it is signed with key {fp}. Someone may be posing as that device. Accept "
            "the new key only if its owner confirms the device has a new key.",
            cls=BundleSignerKeyChanged,
            label=one_line(manifest.get("device_label")) or manifest["device_id"],
            fp=keymod.fingerprint(signer),
            device_id=manifest["device_id"],
            sign=signer,
            box=box,
            known_fp=known["fingerprint"],
            known_label=known["label"] or "",
        )
    if not trusted and not trust and rotation is None:
        _refuse(
            "The bundle is signed by a device this workspace does not trust yet (key {fp}, which calls itself "
            "“{label}”). Check the key fingerprint with its owner, then accept it.",
            cls=BundleUntrustedSigner,
            label=one_line(manifest.get("device_label")) or manifest.get("device_id", "?"),
            fp=keymod.fingerprint(signer),
            device_id=str(manifest.get("device_id") or ""),
            sign=signer,
            box=box,
        )
    members = manifest.get("members")
    if not isinstance(members, dict) or set(members) != set(names) - {"manifest.json", "manifest.sig"}:
        _refuse("The bundle's files do not match its manifest: files are missing or were added. It is refused.")
    total = in_memory = 0
    data: dict[str, bytes | Path] = {}
    scratch: list[Path] = []
    try:
        for name, meta in members.items():
            try:
                size = int(meta["size"])
            except (KeyError, TypeError, ValueError):
                _refuse("The bundle's files do not match its manifest: files are missing or were added. It is refused.")
            total += size
            if size < 0 or size > MAX_MEMBER or total > MAX_TOTAL:
                _refuse("The bundle is larger than FieldKit accepts.")
            if name.startswith("attachments/") and (size > SPOOL or in_memory + size > ATTACHMENTS_IN_MEMORY):
                # beyond the memory budget an attachment goes to a private scratch file, hashed as it is copied
                path = _member_to_file(ws, z, name, size, meta.get("sha256"))
                scratch.append(path)
                data[name] = path
                continue
            in_memory += size
            data[name] = _checked_member(z, name, size, meta)
        vb = _finish_verified(manifest, bundle_sha, data, trusted, encrypted, scratch)
        vb.rotation = rotation
        return vb
    except BaseException:
        _remove_files(scratch)
        raise


def _checked_member(z: zipfile.ZipFile, name: str, size: int, meta: dict) -> bytes:
    """A member read into memory once it matched its recorded hash (a large one is hashed first, as a stream)."""
    if size > SPOOL and _member_sha256(z, name, size) != meta.get("sha256"):  # checked before it is kept
        _refuse(
            "The bundle file {name} does not match its recorded hash: it is damaged or was tampered with.",
            name=name,
        )
    body = _read_member(z, name, size)
    if len(body) != size or hashlib.sha256(body).hexdigest() != meta.get("sha256"):
        _refuse(
            "The bundle file {name} does not match its recorded hash: it is damaged or was tampered with.",
            name=name,
        )
    return body


def _member_to_file(ws, z: zipfile.ZipFile, name: str, size: int, expected: str | None) -> Path:
    """Copy a member into a private scratch file in the workspace's ``tmp/`` folder, hashing it on the way; refused
    (and the file removed) when it does not match its recorded hash."""
    info = z.getinfo(name)
    if info.file_size > size or info.file_size > MAX_INFLATION * info.compress_size + (1 << 16):
        _refuse("The bundle member {name} inflates far beyond its size: it is damaged or hostile.", name=name)
    fd, tmp = tempfile.mkstemp(dir=_scratch_dir(ws), prefix="attachment-", suffix=".part")
    path = Path(tmp)
    h, n = hashlib.sha256(), 0
    try:
        with os.fdopen(fd, "wb") as out, z.open(info) as f:
            while block := f.read(1 << 20):
                n += len(block)
                if n > size:
                    _refuse("The bundle member {name} is larger than it claims.", name=name)
                h.update(block)
                out.write(block)
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as e:
        path.unlink(missing_ok=True)
        raise storage.explain(e) or BundleDamaged(
            "The bundle is damaged: {name} cannot be read ({error}).", name=name, error=str(e)
        ) from e
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    if n != size or h.hexdigest() != expected:
        path.unlink(missing_ok=True)
        _refuse(
            "The bundle file {name} does not match its recorded hash: it is damaged or was tampered with.", name=name
        )
    return path


def _finish_verified(manifest, bundle_sha, data, trusted, encrypted, scratch) -> VerifiedBundle:
    for name in RECORD_FILES:
        if name not in data:
            _refuse("The bundle lacks {name}.", name=name)
    assessments = _jsonl(data["records/assessments.jsonl"], "assessment")
    tombstones = _jsonl(data["records/tombstones.jsonl"], "tombstone")
    attachments = {n.split("/", 1)[1]: b for n, b in data.items() if n.startswith("attachments/")}
    if len({r["id"] for r in assessments}) != len(assessments):
        _refuse("The bundle holds the same {kind} twice; the bundle is refused.", kind="assessment")
    for r in assessments:
        if not isinstance(r.get("answers"), dict) or not isinstance(r.get("versions"), list):
            _refuse("An assessment in the bundle has a broken shape; the bundle is refused.")
        for k in ("checklist_id", "checklist_version", "area_name", "period_start", "period_end", "status"):
            if not isinstance(r.get(k), str):
                _refuse("An assessment in the bundle has a broken shape; the bundle is refused.")
        if r["versions"]:
            _check_chain(r, "assessment", signed=manifest["format_version"] >= 2)
    for t in tombstones:
        if (
            t.get("record_type") not in ("incident", "assessment")
            or not is_uuid(str(t.get("record_id")))
            or any(
                type(t.get(k, "")) is not str or len(t.get(k, "")) > 500 for k in ("device_id", "deleted_at", "reason")
            )
            or type(t.get("chain", [])) is not list
            or len(t.get("chain", [])) > 100_000
            or not all(type(h) is str and len(h) == 64 for h in t.get("chain", []))
        ):
            _refuse("A deletion record in the bundle has a broken shape; the bundle is refused.")
    vb = VerifiedBundle(
        manifest, bundle_sha, data["records/incidents.jsonl"], assessments, tombstones, attachments, trusted, encrypted
    )
    if scratch:  # the scratch files go with the checked bundle (kept while a preview waits for the user)
        weakref.finalize(vb, _remove_files, list(scratch))
    return vb


def _remove_files(paths: list[Path]) -> None:
    for p in paths:
        try:
            p.unlink(missing_ok=True)
        except OSError:
            pass


MAX_SEQUENCE = 10_000_000  # bundles one device makes for one destination (one a minute for 19 years)
MAX_RECORDS = 10_000_000  # records of one kind in one bundle


def _check_manifest_values(m: dict) -> None:
    """Every value of a manifest has its type and a sane range, before anything relies on it."""
    seq, counts = m.get("sequence"), m.get("counts")
    ok = (
        type(seq) is int
        and 1 <= seq <= MAX_SEQUENCE
        and type(counts) is dict
        and all(type(v) is int and 0 <= v <= MAX_RECORDS for v in counts.values())
        and all(type(m.get(k)) is str and len(m[k]) <= 200 for k in ("device_id", "created_at", "destination"))
        and type(m.get("device_label", "")) is str
        and len(m.get("device_label", "")) <= 200
        and type(m.get("author", "")) is str
        and len(m.get("author", "")) <= 200
        and is_uuid(m["device_id"])
        and (m["destination"] == "any" or is_uuid(m["destination"]))
    )
    base = m.get("base_sequence", 0)
    ok = ok and type(base) is int and 0 <= base < seq and type(m.get("rotations", [])) is list
    vouched = m.get("device_keys", {})
    ok = (
        ok
        and type(vouched) is dict
        and len(vouched) <= MAX_DEVICE_KEYS
        and all(
            is_uuid(d) and type(ks) is list and 1 <= len(ks) <= 16 and all(signatures.valid_key(k) for k in ks)
            for d, ks in vouched.items()
        )
    )
    if not ok:
        _refuse("The bundle manifest holds values out of range; it is refused.")


def _jsonl(body: bytes, kind: str) -> list[dict]:
    # orjson: strict JSON and UTF-8, several times faster than the json module on 100,000 records. Only
    # for reading: hashes are computed over the exact stored text, never over a re-encoding.
    out = []
    loads = orjson.loads
    key = "record_id" if kind == "tombstone" else "id"
    try:
        for line in body.split(b"\n"):
            if line.strip():
                rec = loads(line)
                if type(rec) is not dict or not is_uuid(rec.get(key)):
                    raise ValueError
                out.append(rec)
    except (ValueError, UnicodeDecodeError):
        _refuse("One {kind} record in the bundle is not readable; the bundle is refused.", kind=kind)
    return out


_version_fields = operator.itemgetter(
    "version", "content", "reason", "prev_hash", "hash", "device_id", "author", "created_at"
)


def _check_chain(rec: dict, kind: str, ids=None, signed: bool = True) -> list[tuple]:
    """Check the shape and the hash chain of a record's versions, and (``signed``: format 2) each version's
    signature by the key it names. Returns them as rows of a versions table (``_VROW``: a new row id from
    ``ids``, the record id, version, content, reason, prev_hash, hash, device_id, author, created_at, created_at
    again as updated_at, signature and signing key; the last two empty for a format-1 bundle). Whether that key
    may speak for the version's device is decided against this workspace (``_Authority``)."""
    versions = rec.get("versions")
    if type(versions) is not list or not versions:
        _refuse("A {kind} in the bundle has no history; the bundle is refused.", kind=kind)
    rid, prev, out = rec["id"], "", []
    ids = ids or ordered_id_stream()
    for n, v in enumerate(versions, start=1):
        try:
            if type(v) is not dict:
                raise TypeError
            num, content, reason, prev_hash, h, device, author, created = _version_fields(v)
            if (
                type(num) is not int
                or type(content) is not str
                or type(reason) is not str
                or type(prev_hash) is not str
                or type(h) is not str
                or type(device) is not str
                or type(author) is not str
                or type(created) is not str
            ):
                raise TypeError
        except (KeyError, TypeError):
            _refuse("A {kind} version in the bundle has a broken shape; the bundle is refused.", kind=kind)
        if num != n or prev_hash != prev:
            _refuse("The history of {kind} {id} in the bundle is broken; the bundle is refused.", kind=kind, id=rid)
        try:
            if type(orjson.loads(content)) is not dict:
                raise ValueError
        except ValueError:
            _refuse("A {kind} version in the bundle has a broken shape; the bundle is refused.", kind=kind)
        if signed:
            sig, signed_by = v.get("signature"), v.get("signed_by")
            if not signatures.version_signature_ok(signed_by, sig, h):
                _refuse(
                    "Version {n} of {kind} {id} in the bundle does not match its signature: it was altered or forged. "
                    "The bundle is refused.",
                    n=n,
                    kind=kind,
                    id=rid,
                )
        else:
            sig = signed_by = ""
        if version_hash_text(rid, n, content, prev, reason, created, device, author) != h:
            _refuse("The history of {kind} {id} was altered (hash mismatch); the bundle is refused.", kind=kind, id=rid)
        out.append((next(ids), rid, n, content, reason, prev, h, device, author, created, created, sig, signed_by))
        prev = h
    return out


# ---------------------------------------------------------------------------------------------
# merging
# ---------------------------------------------------------------------------------------------
class _LocalState:
    """What this workspace already holds for the records of one bundle, loaded in a few bulk queries."""

    def __init__(self, ws, kind: str, ids: list[str]):
        table, vtable, key = (
            ("incidents", "incident_versions", "incident_id")
            if kind == "incident"
            else ("assessments", "assessment_versions", "assessment_id")
        )
        self.kind = kind
        self.exists: set[str] = set()
        self.chains: dict[str, list[str]] = {}
        self.tombstoned: set[str] = set()
        self.settled: set[tuple[str, str]] = set()  # (record, remote head) already merged or kept as a conflict
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            marks = ",".join("?" * len(chunk))
            self.exists.update(r[0] for r in ws.db.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", chunk))
            self.tombstoned.update(
                r[0]
                for r in ws.db.execute(
                    f"SELECT record_id FROM tombstones WHERE record_type = ? AND record_id IN ({marks})", [kind] + chunk
                )
            )
        known = [i for i in ids if i in self.exists]  # history and merges matter only for records we hold
        for start in range(0, len(known), 900):
            chunk = known[start : start + 900]
            marks = ",".join("?" * len(chunk))
            for rid, h in ws.db.execute(
                f"SELECT {key}, hash FROM {vtable} WHERE {key} IN ({marks}) ORDER BY {key}, version", chunk
            ):
                self.chains.setdefault(rid, []).append(h)
            for sql in (
                "SELECT record_id, head_hash FROM merged_heads",
                "SELECT record_id, remote_head FROM conflicts",
            ):
                self.settled.update(
                    (a, b)
                    for a, b in ws.db.execute(f"{sql} WHERE record_type = ? AND record_id IN ({marks})", [kind] + chunk)
                )

    def classify(self, rid: str, remote: list[str]) -> str:
        """added | unchanged | updated | conflict | deleted_here, from the remote chain of version hashes."""
        if rid in self.tombstoned:
            return "deleted_here"
        if rid not in self.exists:
            return "added"
        if not remote:
            return "unchanged"
        local = self.chains.get(rid, [])
        if remote[-1] in local:
            return "unchanged"
        if not local or (len(remote) > len(local) and remote[: len(local)] == local):
            return "updated"
        if (rid, remote[-1]) in self.settled:
            return "unchanged"
        return "conflict"


# ---------------------------------------------------------------------------------------------
# incident records: checked in chunks, in a helper process for large bundles
# ---------------------------------------------------------------------------------------------
# a version as _check_chain returns it: the columns of incident_versions (and assessment_versions), in order
_VROW = (
    "id",
    "record_id",
    "version",
    "content",
    "reason",
    "prev_hash",
    "hash",
    "device_id",
    "author",
    "created_at",
    "updated_at",
    "signature",
    "signed_by",
)
_V_FIELDS = ("id", *_WIRE_VERSION)  # kept in conflicts
_V_PICK = operator.itemgetter(*(_VROW.index(f) for f in _V_FIELDS))
CHUNK_LINES = 4096  # incident records checked and written per step
PARALLEL_MIN_BYTES = 16 << 20  # incident lines above this (~15,000 incidents) are checked with a helper process too
HELPER_PATIENCE = 2.0  # seconds to wait for the helper before checking its next chunk here
CHECKPOINT_AFTER = 1_000  # from this many incidents, the copy from the write-ahead log runs after the import returns


@dataclass(frozen=True)
class _RecordRules:
    """What checking an incident record needs (picklable: it travels to the helper process)."""

    vocab: object
    now: datetime
    bundle_attachments: frozenset
    attachments_dir: str
    origin: str  # the device whose bundle this is (incidents.origin_device)
    signed: bool = True  # format 2: every version carries its signature


def _check_incident_lines(lines: list[bytes], rules: _RecordRules, clean: CleanCheck, ids) -> list[tuple]:
    """Check incident lines: JSON, shape, the hash chain of every version, attachments present, and the
    latest content against this FieldKit's rules. A broken record refuses the whole bundle (BundleError);
    a record that only fails the rules comes back with a reason, to be reported as rejected.

    One tuple per record: (id, reason rejected or None, incidents row or None (``incidents.remote.remote_row``),
    versions as rows of incident_versions, attachment list). Each version gets
    a new row id from ``ids``."""
    out = []
    loads = orjson.loads
    for line in lines:
        if not line or line.isspace():
            continue
        try:
            rec = loads(line)
            if (
                type(rec) is not dict
                or not is_uuid(rec.get("id"))
                or type(rec.get("device_id")) is not str
                or type(rec.get("created_at")) is not str
            ):
                raise ValueError
        except ValueError:
            _refuse("One {kind} record in the bundle is not readable; the bundle is refused.", kind="incident")
        rid = rec["id"]
        versions = _check_chain(rec, "incident", ids, rules.signed)
        last = versions[-1]
        try:
            content = loads(last[3])
        except ValueError:
            _refuse("An incident version in the bundle is unreadable; the bundle is refused.")
        if (
            type(content) is not dict
            or type(content.get("attachments")) is not list
            or not content.keys() >= _EDITABLE_KEYS
        ):
            _refuse("An incident in the bundle has a broken shape; the bundle is refused.")
        for a in content["attachments"]:
            sha = str(a.get("sha256")) if type(a) is dict else ""
            if not re.fullmatch(r"[0-9a-f]{64}", sha) or (
                sha not in rules.bundle_attachments
                and not os.path.exists(os.path.join(rules.attachments_dir, sha[:2], sha))
            ):
                _refuse("The bundle lacks an attachment of incident {id}.", id=rid)
        # stored only as this FieldKit would store it, by the same rules as a record typed here
        reason = check_remote(content, last[3], clean, rules.vocab, rules.now)
        if reason is None and rec["device_id"] != versions[0][_V_DEVICE]:
            reason = "names a creator other than the device of its first version"
        row = (
            None
            if reason is not None
            else remote_row(content, rid, last[2], last[6], last[9], rec["device_id"], rules.origin, rec["created_at"])
        )
        out.append((rid, reason, row, versions, content["attachments"]))
    return out


def _chunk_spans(body: bytes, size: int) -> list[tuple[int, int]]:
    """Byte ranges of ``body`` holding ``size`` lines each (the last one fewer); an empty body is one empty chunk."""
    spans, start, end, find, n = [], 0, 0, body.find, len(body)
    while True:
        for _ in range(size):
            end = find(b"\n", end) + 1
            if not end:
                spans.append((start, n))
                return spans
        spans.append((start, end))
        start = end


def _checker_process(data, limits, results) -> None:
    """Helper process: receives the rules, the number of chunks, then the chunks of incident lines one by one;
    sends back each checked chunk, and stops before the first chunk the importing process says it has taken
    over (on ``limits``)."""
    gc.disable()
    try:
        rules, count = data.recv()
        clean, ids = CleanCheck(rules.vocab, rules.now), ordered_id_stream()
        limit = count
        for index in range(count):
            body = data.recv_bytes()  # chunks arrive in order, each as soon as the one before is taken
            while limits.poll():
                limit = min(limit, limits.recv())
            if index >= limit:
                break
            # marshal: plain tuples, lists and text between two copies of the same Python, twice as fast as pickle
            results.send_bytes(
                marshal.dumps(("chunk", index, _check_incident_lines(body.split(b"\n"), rules, clean, ids)))
            )
        results.send_bytes(marshal.dumps(("done", -1, None)))
    except BundleError as e:
        results.send_bytes(marshal.dumps(("refuse", -1, (e.template, {k: str(v) for k, v in e.params.items()}))))
    except (BrokenPipeError, EOFError):
        pass  # the importing process has every chunk it needs, or gave up
    except BaseException as e:  # noqa: BLE001 - reported; the importing process then checks the rest itself
        try:
            results.send_bytes(marshal.dumps(("error", -1, f"{type(e).__name__}: {e}")))
        except OSError:
            pass
    finally:
        for end in (data, limits, results):
            end.close()


class _RecordChecker:
    """Yields checked chunks of incident records (in any order: each record is independent of the others).

    Large bundles are checked by two processes while this one writes into the (still uncommitted) import
    transaction: a helper process takes chunks from the front, and this one takes chunks from the back
    whenever it would otherwise wait. Every chunk is used once, whoever checked it first. The helper is
    started with "spawn" (safe beside Qt's threads, the same on every system); a thread here keeps its
    results flowing while this process is busy writing."""

    def __init__(self, size_hint: int):
        self.proc = self.data = self.limits = self.results = None
        self.threads: list[threading.Thread] = []
        self.helper_chunks = 0
        self.taken_from = 0  # the lowest chunk index this process took over: the helper gets none from there on
        self.steal = True  # False: this process waits for the helper instead of checking chunks itself (self-test)
        if size_hint >= PARALLEL_MIN_BYTES and (os.cpu_count() or 1) > 1:
            try:
                ctx = multiprocessing.get_context("spawn")
                data_r, self.data = ctx.Pipe(duplex=False)
                limits_r, self.limits = ctx.Pipe(duplex=False)
                self.results, results_w = ctx.Pipe(duplex=False)
                self.proc = ctx.Process(
                    target=_checker_process,
                    args=(data_r, limits_r, results_w),
                    daemon=True,
                    name="fieldkit-bundle-check",
                )
                self.proc.start()
                for end in (data_r, limits_r, results_w):
                    end.close()
            except (OSError, RuntimeError, ValueError) as e:
                log.warning("record check in a second process unavailable (%s); checking in this one", e)
                self.close()

    def _send(self, data, rules, body: bytes, spans) -> None:
        """Feeds the helper chunk after chunk (the pipe holds little: each goes when the helper takes it), and
        stops at the first chunk this process took over."""
        try:
            data.send((rules, len(spans)))
            view = memoryview(body)
            for index, (start, end) in enumerate(spans):
                if index >= self.taken_from:
                    break
                data.send_bytes(view[start:end])
        except (OSError, ValueError):
            pass  # the helper is gone: the import ended (or failed) before it got the records
        finally:
            data.close()  # a helper still waiting for a chunk stops there

    @staticmethod
    def _pump(results, inbox: queue.SimpleQueue) -> None:
        try:
            while True:
                inbox.put(results.recv_bytes())
        except (EOFError, OSError, ValueError):
            inbox.put(b"")

    def chunks(self, ws, vb: VerifiedBundle):
        rules = _RecordRules(
            ws.vocab,
            ws.clock.now() + timedelta(days=2),  # the sender's clock may run ahead of ours
            frozenset(vb.attachments),
            str(ws.attachments_dir),
            vb.manifest.get("device_id") or "",
            vb.signed_versions,
        )
        clean, ids = CleanCheck(rules.vocab, rules.now), ordered_id_stream()
        body = vb.incidents_body
        spans = _chunk_spans(body, CHUNK_LINES)
        if self.proc is None:
            for start, end in spans:
                yield _check_incident_lines(body[start:end].split(b"\n"), rules, clean, ids)
            return
        self.taken_from = len(spans)
        pending = set(range(len(spans)))
        helper_at, helper_done, waited, stolen = -1, False, 0.0, 0
        inbox: queue.SimpleQueue = queue.SimpleQueue()
        try:
            # a thread feeds the helper while this process checks from the back and writes
            self.threads = [
                threading.Thread(
                    target=self._send,
                    args=(self.data, rules, body, spans),
                    daemon=True,
                    name="fieldkit-bundle-check-send",
                ),
                threading.Thread(
                    target=self._pump, args=(self.results, inbox), daemon=True, name="fieldkit-bundle-check-pump"
                ),
            ]
            for t in self.threads:
                t.start()
            while pending:
                data = None
                # take a chunk from the back when the helper has nothing ready and is not about to deliver that one
                if not helper_done and (
                    not inbox.empty() or not self.steal or 0 <= helper_at and max(pending) <= helper_at + 1
                ):
                    t = time.perf_counter()
                    try:
                        data = inbox.get(timeout=HELPER_PATIENCE if self.steal else 60)
                    except queue.Empty:
                        pass  # a helper this slow is not helping: go on here
                    waited += time.perf_counter() - t
                    if data == b"":
                        helper_done = True  # the helper is gone (it never refuses silently): go on alone
                        log.warning("the record-checking helper process stopped; checking goes on in this process")
                        continue
                if data:
                    kind, index, payload = marshal.loads(data)
                    if kind == "chunk":
                        helper_at = index
                        self.helper_chunks += 1
                        if index in pending:
                            pending.discard(index)
                            yield payload
                    elif kind == "refuse":
                        raise BundleDamaged(payload[0], **payload[1])
                    else:  # done, or failed unexpectedly: what is left is checked here
                        helper_done = True
                        if kind != "done":
                            log.warning(
                                "the record-checking helper process failed (%s); checking goes on here", payload
                            )
                    continue
                index = max(pending)
                pending.discard(index)
                stolen += 1
                self.taken_from = index
                if not helper_done:
                    try:
                        self.limits.send(index)
                    except OSError:
                        helper_done = True
                start, end = spans[index]
                yield _check_incident_lines(body[start:end].split(b"\n"), rules, clean, ids)
            log.debug(
                "incident records: %d chunks, %d checked in this process; the writer waited %.2f s for the helper",
                len(spans),
                stolen,
                waited,
            )
        except (EOFError, OSError) as e:
            raise BundleDamaged(
                "Checking the bundle's records failed ({error}); nothing was imported.", error=str(e) or "stopped"
            ) from e
        finally:
            self.close()

    def close(self) -> None:
        """Stop the helper (its work is no longer needed; it holds nothing of ours), then its pipes and threads."""
        if self.proc is not None:
            if self.proc.is_alive():
                self.proc.kill()
            self.proc.join(timeout=5)
            self.proc = None
        for t in self.threads:  # the helper's end is closed: they stop at once
            t.join(timeout=5)
        self.threads = []
        for end in (self.data, self.limits, self.results):
            if end is not None:
                end.close()
        self.data = self.limits = self.results = None


def helper_process_answers(ws) -> bool:
    """True when a record-checking helper process starts and does its work (part of the app's self-test:
    a frozen build must hand such a process to ``multiprocessing.freeze_support``)."""
    checker = _RecordChecker(PARALLEL_MIN_BYTES)
    if checker.proc is None:
        return False
    checker.steal = False
    empty = VerifiedBundle(
        manifest={}, sha256="", incidents_body=b"", assessments=[], tombstones=[], attachments={}, signer_trusted=True
    )
    got = list(checker.chunks(ws, empty))
    return got == [[]] and checker.helper_chunks == 1


_V_DEVICE, _V_SIGNATURE, _V_SIGNED_BY = _VROW.index("device_id"), _VROW.index("signature"), _VROW.index("signed_by")
_V_CREATED = _VROW.index("created_at")


def _met_devices(ws) -> set[str]:
    """The devices this workspace holds a record of (a version of an incident or an assessment, or an incident), as
    it stands before the import writes anything: read from the device-id indexes (schema step 13) one distinct id
    at a time (a seek each), not by reading every version's device."""
    met: set[str] = set()
    for table in ("incident_versions", "assessment_versions", "incidents"):
        last = ""
        while True:
            row = ws.db.execute(f"SELECT min(device_id) FROM {table} WHERE device_id > ?", [last]).fetchone()
            if row is None or row[0] is None:
                break
            last = row[0]
            met.add(last)
        if ws.db.execute(f"SELECT 1 FROM {table} WHERE device_id = '' LIMIT 1").fetchone():
            met.add("")
    return met


class _KnownDevices:
    """A device known here by its key or by its records."""

    def __init__(self, with_keys: set, met: set[str]):
        self.with_keys, self.met = with_keys, met

    def __contains__(self, device) -> bool:
        return device in self.with_keys or device in self.met


class _Authority:
    """Who may speak for whom: judges the versions a bundle brings that this workspace does not hold yet.

    A version (format 2) names the key that signed it (the signature itself was checked with the records). That
    key speaks for one device: the one this workspace knows it for (its own key, trusted keys, keys learned
    before), else the one the bundle's signer vouches for in the manifest (``device_keys``). When that device is
    the version's own device, the version is its author's. When it is another device, that device vouched for
    a version that came to it without a signature (format 1, or saved before FieldKit 0.2): allowed only for a
    device this workspace has never met, so that no key can write under the name of a device known here (nor
    of this device). A key nobody vouched for proves nothing: refused. Format 1 carries no signatures: only the
    sender's own versions and those of devices never met here are accepted, and this device vouches for them.

    Rejections are per record (reported, the rest imported). Keys learned from the manifest are remembered
    (``learn``) for the records that were accepted."""

    def __init__(self, ws, vb: VerifiedBundle):
        m = vb.manifest
        self.own = ws.device_id
        self.sender = m["device_id"]
        self.signed = vb.signed_versions
        book = ws.key_book.by_device()  # one pass over the seals
        with_keys = set(book)
        # a device is known here by its key, or by records of it this workspace holds (older data, format-1 relays):
        # nobody may write under the name of either
        met = _met_devices(ws)
        self.known_devices = _KnownDevices(with_keys, met)
        self.device_of = {k: d for d, keys in book.items() for k in keys}
        self.device_of.setdefault(m["signer"]["sign"], self.sender)  # the signer's key, trusted for this import
        signer = ws.trust.get(m["signer"]["sign"])
        from_hq = signer is not None and signer["role"] == "hq"
        # keys the signer vouches for: for devices never met here; for a device met only through its records, only
        # when HQ vouches (it trusts the field devices directly); never for a device whose key is known here
        self.vouched = {
            k: d
            for d, keys in (m.get("device_keys") or {}).items()
            for k in keys
            if d not in with_keys and (d not in met or from_hq)
        }
        self.learned: dict[str, str] = {}
        # keys a device moved to, by a rotation statement its known key signed (relayed by the sender)
        self.revoked = ws.revocations.by_key()
        self.from_hq = from_hq
        # keys a device trusted here has moved away from (replaced or rotated): they still prove the history held
        # here, but what they sign and another device relays (HQ aside) is not taken (a stolen old key)
        current = {k["device_id"]: k["sign"] for k in ws.trust.list()}
        self.superseded = {
            k: d for d, keys in book.items() if d in current and d != self.own for k in keys if k != current[d]
        }
        self.rotations = lifecycle.check_rotations(m.get("rotations"))
        self.rotated: dict[str, str] = {}
        held = ws.rotations.held()
        for r in self.rotations:
            d = r["device_id"]
            if (
                d in book
                and d != self.own
                # from the key trusted now for that device (a key it moved away from starts no chain), else any known
                and lifecycle.rotation_chain(
                    self.rotations, d, {current[d]} if d in current else set(book[d]), r["new"], self.revoked, held
                )
            ):
                self.rotated[r["new"]] = d

    def judge(self, signers: list[tuple], held: int = 0) -> str | None:
        """Why the versions after the first ``held`` (those this workspace does not have) cannot be stored;
        ``signers``: (device id, signing key, created at) of each version."""
        learned: dict[str, str] = {}
        for device, key, created in signers[held:]:
            rev = self.revoked.get(key)
            # a version a revoked key signed, not held here: by the key's own bundle only before the revocation
            # (read_bundle judged that bundle); relayed by another device, never (the time it claims is the key's word)
            if rev is not None and (
                (self.sender != rev["device_id"] and not self.from_hq) or str(created) >= rev["from_time"]
            ):
                return f"has a version signed by the key of device {device[:8]}, which HQ revoked"
            if key in self.superseded and self.sender != device and not self.from_hq:
                return f"has a version signed by a key device {device[:8]} no longer uses, relayed by another device"
            why = self._one(device, key, learned)
            if why:
                return why
        self.learned.update(learned)
        return None

    def _one(self, device: str, key: str, learned: dict) -> str | None:
        if not self.signed:
            if device == self.own:
                return "has a version claiming to be saved on this device"
            if device != self.sender and device in self.known_devices:
                return (
                    f"has a version claiming device {device[:8]}, which a format-1 bundle cannot prove (only "
                    "signed bundles may relay a known device's versions)"
                )
            return None
        speaks_for = self.device_of.get(key) or self.rotated.get(key) or self.vouched.get(key)
        if speaks_for is None:
            return "has a version signed by a key nobody vouched for"
        if speaks_for == device:
            if key not in self.device_of:
                learned[key] = device
            return None
        if device == self.own:
            return "has a version claiming to be saved on this device, not signed by this device"
        if device in self.known_devices:
            return f"has a version claiming device {device[:8]} that is not signed by that device's key"
        if key not in self.device_of:
            learned[key] = speaks_for
        return None

    def learn(self, ws) -> None:
        for key, device in sorted(self.learned.items()):
            ws.key_book.learn(device, key, self.sender)
            self.device_of[key] = device
        self.learned.clear()

    def stamp(self, ws, versions: list[tuple]) -> list[tuple]:
        """Versions ready to store: one without a signature (format 1) is vouched for by this device."""
        if self.signed:
            return versions
        out = []
        for v in versions:
            sig, key = ws.sign_version(v[_VROW.index("hash")])
            out.append(v[:_V_SIGNATURE] + (sig, key))
        return out


def _classify_chunk(
    ws, results: list[tuple], report: dict, seen: set, authority: _Authority | None = None
) -> list[tuple[str, tuple]]:
    """Compare one checked chunk with what this workspace holds, judge who may speak for the versions it does not
    hold (``authority``); count it in the report."""
    ids = [r[0] for r in results]
    seen.update(ids)
    if len(seen) != report["_records"] + len(ids):
        _refuse("The bundle holds the same {kind} twice; the bundle is refused.", kind="incident")
    report["_records"] += len(ids)
    state = None if report["_fresh"] else _LocalState(ws, "incident", ids)
    out = []
    for res in results:
        c = "added" if state is None else state.classify(res[0], [v[6] for v in res[3]])
        why = res[1]
        if why is None and authority is not None and c in ("added", "updated", "conflict"):
            local = state.chains.get(res[0], []) if state is not None else []
            held = len(local) if c == "updated" else 0
            if c == "conflict":
                held = next((i for i, v in enumerate(res[3]) if i >= len(local) or v[6] != local[i]), len(res[3]))
            why = authority.judge([(v[_V_DEVICE], v[_V_SIGNED_BY], v[_V_CREATED]) for v in res[3]], held)
        if c in ("added", "updated", "conflict") and why is not None:
            report["rejected"].append({"record": res[0], "kind": "incident", "reason": why})
            continue
        report["unchanged" if c == "deleted_here" else c if c != "conflict" else "conflicts"] += 1
        out.append((c, res))
    return out


def _plan_others(ws, vb: VerifiedBundle, report: dict, authority: _Authority) -> dict:
    """Assessments and deletions (few, already checked by read_bundle): the action for each assessment."""
    a_state = _LocalState(ws, "assessment", [a["id"] for a in vb.assessments])
    a_actions: dict[str, str] = {}
    for a in vb.assessments:
        c = a_state.classify(a["id"], [v["hash"] for v in a["versions"]]) if a["versions"] else None
        why = ws.assessments.check_remote(a) if c not in ("unchanged", "deleted_here") else None
        if why is None and c in ("added", "updated", "conflict"):
            local = a_state.chains.get(a["id"], [])
            held = sum(1 for v in a["versions"] if v["hash"] in local)
            why = authority.judge(
                [(v["device_id"], v.get("signed_by", ""), v.get("created_at", "")) for v in a["versions"]], held
            )
        if why is not None:  # judged by the same rules as an assessment made here, stored only as FieldKit stores it
            report["rejected"].append({"record": a["id"], "kind": "assessment", "reason": why})
            continue
        c = c or _draft_action(ws, a, vb.manifest["device_id"])
        if c == "rejected":
            report["rejected"].append(
                {"record": a["id"], "kind": "assessment", "reason": "is a draft sent by a device other than its own"}
            )
            continue
        a_actions[a["id"]] = c
        report["unchanged" if c == "deleted_here" else c if c != "conflict" else "conflicts"] += 1
    for action in _deletion_plan(ws, vb.tombstones).values():
        if action == "gone":
            report["deleted"] += 1
        elif action == "review":
            report["deletions_for_review"] += 1
    return a_actions


def _tombstone_head(t: dict) -> str:
    """The name under which a deletion is kept as a conflict (once per deletion, whatever bundle brings it)."""
    fields = {k: t.get(k) or "" for k in ("record_type", "record_id", "device_id", "deleted_at")}
    fields["chain"] = t.get("chain") or []
    return "deletion:" + hashlib.sha256(canonical_json(fields).encode()).hexdigest()


def _deletion_plan(ws, tombstones: list[dict]) -> dict[str, str]:
    """For each incident a bundle deletes: ``gone`` (removed for good, as a purge here), ``review`` (the receiver
    changed it since the sender's last version, or it is the receiver's own record: it goes to the trash and
    the deletion waits for review as a conflict), ``absent`` (not here: only remembered) or ``settled`` (this
    deletion was reviewed before)."""
    plan: dict[str, str] = {}
    mine = ws.device_id
    for t in tombstones:
        if t["record_type"] != "incident":
            continue
        rid = t["record_id"]
        row = ws.db.execute("SELECT device_id, head_hash FROM incidents WHERE id = ?", [rid]).fetchone()
        if row is None:
            plan[rid] = "absent"
            continue
        if ws.db.execute(
            "SELECT 1 FROM conflicts WHERE record_type = 'incident' AND record_id = ? AND remote_head = ?",
            [rid, _tombstone_head(t)],
        ).fetchone():
            plan[rid] = "settled"
            continue
        if t.get("chain"):  # changed here since: our last version is not one the deleting device had
            changed = row[1] not in t["chain"]
        else:  # a bundle of an older FieldKit does not say which version it deleted: any change made here counts
            changed = (
                ws.db.execute(
                    "SELECT 1 FROM incident_versions WHERE incident_id = ? AND device_id = ? LIMIT 1", [rid, mine]
                ).fetchone()
                is not None
            )
        plan[rid] = "review" if changed or row[0] == mine else "gone"
    return plan


def _new_report(ws, vb: VerifiedBundle) -> dict:
    """The report, with two working keys removed at the end: records seen, and whether this workspace held
    no incident (nor deletion of one) before the import, when every incident is simply added."""
    return {
        "added": 0,
        "unchanged": 0,
        "updated": 0,
        "conflicts": 0,
        "rejected": [],
        "deleted": 0,
        "deletions_for_review": 0,
        "format_version": int(vb.manifest.get("format_version") or 1),
        "_records": 0,
        "_fresh": _holds_no_incident(ws),
    }


def _holds_no_incident(ws) -> bool:
    return (
        not ws.db.execute("SELECT 1 FROM incidents LIMIT 1").fetchone()
        and not ws.db.execute("SELECT 1 FROM tombstones WHERE record_type = 'incident' LIMIT 1").fetchone()
    )


class _ImportedMeanwhile(Exception):
    """Raised inside an import's transaction when another importer committed the same bundle first."""

    def __init__(self, report: dict):
        super().__init__("imported meanwhile")
        self.report = report


def _already_imported(ws, bundle_sha: str) -> dict | None:
    """The report of importing, again, a bundle imported before byte for byte: nothing to do, nothing written."""
    seen = ws.db.execute(
        "SELECT report, device_id, device_label, sequence FROM bundle_imports WHERE bundle_sha256 = ?", [bundle_sha]
    ).fetchone()
    if not seen:
        return None
    first = json.loads(seen[0])
    total = first["added"] + first["unchanged"] + first["updated"] + first["conflicts"]
    return {
        "added": 0,
        "unchanged": total,
        "updated": 0,
        "conflicts": 0,
        "rejected": [],
        "deleted": 0,
        "deletions_for_review": 0,
        "device_id": seen[1],
        "device_label": seen[2],
        "sequence": seen[3],
        "already_imported": True,
        "missing_sequences": [],
    }


def preview(ws, vb: VerifiedBundle) -> dict:
    """What an import would do, without doing it. Checks every incident record, as the import does (a bundle
    imported before, byte for byte, was checked then: it would change nothing)."""
    done = _already_imported(ws, vb.sha256)
    if done:
        return done
    with _gc_paused():
        report, seen = _new_report(ws, vb), set()
        authority = _Authority(ws, vb)
        _plan_others(ws, vb, report, authority)
        checker = _RecordChecker(len(vb.incidents_body))
        try:
            for results in checker.chunks(ws, vb):
                _classify_chunk(ws, results, report, seen, authority)
        finally:
            checker.close()
        del report["_records"], report["_fresh"]
        return report


def _draft_action(ws, a: dict, sender: str) -> str:
    """An assessment still in progress has no history (nothing signed): compare its answers. A draft is taken only
    from the device that owns it; this device's own drafts are never overwritten (a difference is a conflict)."""
    row = ws.db.execute("SELECT status, updated_at, device_id FROM assessments WHERE id = ?", [a["id"]]).fetchone()
    owner = row[2] if row else a.get("device_id")
    if row is None:
        return "added" if owner == sender else "rejected"
    mine = {q: {k: v for k, v in x.items() if k != "updated_at"} for q, x in ws.assessments.answers(a["id"]).items()}
    if mine == a["answers"] and ws.assessment_records.content(a["id"]) == (a.get("records") or {}):
        return "unchanged"
    if owner != sender or a.get("device_id") != owner:
        return "conflict"  # someone else's draft (this device's own, or a third device's): kept for review
    last_local = ws.db.execute("SELECT max(updated_at) FROM answers WHERE assessment_id = ?", [a["id"]]).fetchone()[0]
    soon = iso(ws.clock.now() + timedelta(days=2))  # a clock far ahead does not win
    if row[0] == "draft" and (last_local or "") <= a.get("updated_at", "") <= soon:
        return "updated"  # only its owner changed it since
    return "conflict"


@contextmanager
def _gc_paused():
    """Hundreds of thousands of small dicts and lists are made while reading a bundle, and none forms a
    cycle: Python's cycle collector would walk all of them again and again (about a third of the time
    at 100,000 incidents). Reference counting still frees everything."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def import_bundle(
    ws,
    path: Path | str,
    *,
    passphrase: str | None = None,
    trust: bool = False,
    replace_key: bool = False,
    expect_sha256: str | None = None,
) -> dict:
    """Verify then merge a bundle in one transaction. Importing the same bundle twice changes nothing.

    ``expect_sha256``: the hash of the bundle the user previewed (``VerifiedBundle.sha256``); a file changed
    since (a stick swapped between the preview and the import) is refused, so a trust given to the signer shown
    never applies to another file.

    The envelope (structure, member hashes, signature, signer, assessments, deletions) is checked before
    anything is written. Incident records are checked chunk by chunk while the chunks before them are
    written into the open transaction; the transaction is committed only after the last record passed, and
    any refusal rolls everything back: the workspace is then exactly as it was."""
    with _gc_paused():
        return _import_bundle(
            ws, path, passphrase=passphrase, trust=trust, replace_key=replace_key, expect_sha256=expect_sha256
        )


def _import_bundle(
    ws,
    path: Path | str,
    *,
    passphrase: str | None,
    trust: bool,
    replace_key: bool = False,
    expect_sha256: str | None = None,
) -> dict:
    clock = [time.perf_counter()]

    def lap() -> float:
        clock.append(time.perf_counter())
        return clock[-1] - clock[-2]

    spool, sha = _copy_in(ws, Path(path), None)  # read from the stick once
    if expect_sha256 is not None and sha != expect_sha256:
        spool.close()
        _refuse(
            "The bundle file {file} changed since it was checked (was the stick swapped?); nothing was imported. "
            "Open it again to check it.",
            file=Path(path).name,
        )
    try:
        done = _already_imported(ws, sha)
    except BaseException:
        spool.close()
        raise
    if done:
        spool.close()
        return done
    # a large bundle's helper process starts now, while this one opens the bundle (records compress about 7:1)
    size = spool.seek(0, os.SEEK_END)
    spool.seek(0)
    checker = _RecordChecker(size * 4)
    try:
        vb = read_bundle(ws, path, passphrase=passphrase, trust=trust, replace_key=replace_key, _source=(spool, sha))
        if (checker.proc is not None) != (len(vb.incidents_body) >= PARALLEL_MIN_BYTES):
            checker.close()
            checker = _RecordChecker(len(vb.incidents_body))
        t_read = lap()
        report = _new_report(ws, vb)
        authority = _Authority(ws, vb)
        m = vb.manifest
        origin = m["device_id"]
        written: list[Path] = []
        orphans: list[str] = []  # attachment files no incident uses after the import: removed once it is committed
        now = ws.clock.now_iso()
        try:
            for sha_a, body in vb.attachments.items():
                p = ws.incidents.attachment_path(sha_a)
                if not p.exists():
                    if not p.parent.exists():
                        written.append(p.parent)
                    ws.incidents.store_blob(sha_a, body)
                    written.append(p)
            expected = int((m.get("counts") or {}).get("incidents") or 0)
            with (
                storage.checkpoint_afterwards(ws.db.conn, ws.db_path)
                if expected >= CHECKPOINT_AFTER
                else nullcontext(),
                ws.db.atomic(),
            ):
                # another importer may have taken the same bundle in while this one read it: it counts once
                meanwhile = _already_imported(ws, sha)
                if meanwhile is not None:
                    raise _ImportedMeanwhile(meanwhile)
                # and another bundle's import may have filled an empty workspace meanwhile: then look at what it holds
                report["_fresh"] = report["_fresh"] and _holds_no_incident(ws)
                a_actions = _plan_others(ws, vb, report, authority)  # what it holds now, under the write lock
                if not vb.signer_trusted:
                    was = (vb.rotation or {}).get("from")
                    ws.trust.add(
                        {
                            "sign": m["signer"]["sign"],
                            "box": m["signer"]["box"],
                            "device_id": origin,
                            "label": one_line(m.get("device_label"), LABEL_MAX),
                        },
                        replace=replace_key or was is not None,
                        label=was["label"] if was else None,
                        role=was["role"] if was else None,
                        checked=was["checked"] if was else "first-use",
                    )
                writer = ws.incidents.remote_writer(expected)
                seen_ids: set = set()
                for results in checker.chunks(ws, vb):
                    added, updated = [], []
                    for c, (rid, _, row, versions, attachments) in _classify_chunk(
                        ws, results, report, seen_ids, authority
                    ):
                        if c == "added":
                            added.append((rid, row, authority.stamp(ws, versions), attachments))
                        elif c == "updated":
                            updated.append((rid, row, authority.stamp(ws, versions), attachments))
                        elif c == "conflict":
                            _store_conflict(
                                ws,
                                "incident",
                                rid,
                                origin,
                                [dict(zip(_V_FIELDS, _V_PICK(v), strict=False)) for v in versions],
                                now,
                            )
                    authority.learn(ws)
                    writer.write(added, updated)
                writer.finish()
                t_incidents = lap()
                for a in vb.assessments:
                    c = a_actions.get(a["id"])
                    if c in ("added", "updated"):
                        ws.assessments.apply_remote(a, origin, c)
                    elif c == "conflict":
                        _store_conflict(
                            ws, "assessment", a["id"], origin, a["versions"] or [{"answers": a["answers"]}], now
                        )
                plan = _deletion_plan(ws, vb.tombstones)
                for t in vb.tombstones:
                    orphans += _apply_tombstone(ws, t, plan.get(t["record_id"], "absent"), origin, m, now)
                report["key_rotations"] = _follow_rotations(ws, vb, authority)
                del report["_records"], report["_fresh"]
                seq = int(m.get("sequence") or 0)
                ws.db.execute(
                    "INSERT INTO bundle_imports (id, bundle_sha256, device_id, device_label, destination, sequence, "
                    "bundle_created_at, report, created_at, updated_at, base_sequence) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [
                        new_id(),
                        vb.sha256,
                        origin,
                        m.get("device_label") or "",
                        m.get("destination") or "any",
                        seq,
                        m.get("created_at") or "",
                        json.dumps(report),
                        now,
                        now,
                        int(m["base_sequence"]) if "base_sequence" in m else max(seq - 1, 0),
                    ],
                )
                ws.touched(BUNDLES, [origin])
                lap()
        except _ImportedMeanwhile:
            raise  # the files it stored are those the other import (the same bundle) committed: kept
        except BaseException:
            for p in reversed(written):  # leave the attachment store exactly as it was
                if p.is_dir():
                    shutil.rmtree(p, ignore_errors=True)
                else:
                    p.unlink(missing_ok=True)
            raise
    except _ImportedMeanwhile as e:
        return e.report
    finally:
        checker.close()
    ws.incidents.forget_files(orphans)
    t_commit = lap()
    report["device_id"], report["device_label"], report["sequence"] = (
        origin,
        m.get("device_label") or "",
        m.get("sequence"),
    )
    report["missing_sequences"] = missing_bundles(ws).get(f"{origin}→{m.get('destination') or 'any'}", [])
    log.info(
        "bundle imported: %s; %.2f s (envelope %.2f, incidents checked and written %.2f, commit %.2f)",
        {k: v for k, v in report.items() if k not in ("rejected", "device_label", "key_rotations")},
        clock[-1] - clock[0],
        t_read,
        t_incidents,
        t_commit,
    )
    return report


def _follow_rotations(ws, vb: VerifiedBundle, authority: _Authority) -> list[dict]:
    """Inside the import's transaction: a device's new signing key, announced by its old key, replaces the old one
    among the trusted keys (label, role and how it was checked kept); the statements are kept, to be relayed.
    Returns the notices (device, old and new fingerprints) for the report."""
    notices = []
    followed = {r["new"]: r for r in (vb.rotation or {}).get("chain", [])}
    for r in authority.rotations:
        if r["new"] in authority.rotated or r["new"] in followed:
            followed.setdefault(r["new"], r)
    for r in followed.values():
        ws.rotations.keep(r["_raw"], r)
        ws.key_book.learn(r["device_id"], r["new"], "rotation")
        old = ws.trust.get(r["old"])
        if old is not None and r["new"] != vb.manifest["signer"]["sign"]:
            ws.trust.add(
                {"sign": r["new"], "box": r["new_box"], "device_id": r["device_id"], "label": old["label"]},
                replace=True,
                label=old["label"],
                role=old["role"],
                checked=old["checked"],
            )
        notices.append(
            {
                "device_id": r["device_id"],
                "label": (old or (vb.rotation or {}).get("from") or {}).get("label", ""),
                "old_fingerprint": keymod.fingerprint(r["old"]),
                "new_fingerprint": keymod.fingerprint(r["new"]),
                "rotated_at": r["rotated_at"],
            }
        )
    return notices


def _store_conflict(ws, kind, rid, origin, versions, now, *, what: str = "edit") -> None:
    table = "incidents" if kind == "incident" else "assessments"
    local_head = ws.db.execute(f"SELECT head_hash FROM {table} WHERE id = ?", [rid]).fetchone()[0]
    remote_head = versions[-1].get("hash") or hashlib.sha256(canonical_json(versions[-1]).encode()).hexdigest()
    ws.db.execute(
        "INSERT OR IGNORE INTO conflicts (id, record_type, record_id, remote_device, local_head, remote_head, "
        "remote_versions, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            new_id(),
            kind,
            rid,
            origin,
            local_head,
            remote_head,
            json.dumps(versions, ensure_ascii=False),
            what,
            now,
            now,
        ],
    )
    ws.touched(CONFLICTS, [rid])


def _apply_tombstone(ws, t: dict, action: str, origin: str, manifest: dict, now: str) -> list[str]:
    """A deletion from the other device (``action`` from ``_deletion_plan``). ``gone``: the incident goes as a purge
    here would remove it (its history, its links, the attachments nobody else uses; their files after the
    commit, hence the list returned). ``review``: the incident goes to the trash with the sender's reason and the
    deletion is kept as a conflict; nothing is lost until a user here decides."""
    rid, kind = t["record_id"], t["record_type"]
    device, deleted_at = str(t.get("device_id") or ""), str(t.get("deleted_at") or now)
    if kind != "incident":
        ws.tombstones.add(kind, rid, device_id=device, deleted_at=deleted_at)
        return []
    if action == "gone":
        return ws.incidents.remove_for_good(
            rid, device_id=device, deleted_at=deleted_at, chain=t.get("chain") or [], reason=str(t.get("reason") or "")
        )
    if action == "absent":
        ws.tombstones.add(
            kind,
            rid,
            device_id=device,
            deleted_at=deleted_at,
            chain=t.get("chain") or [],
            reason=str(t.get("reason") or ""),
        )
        return []
    if action == "review":
        who = manifest.get("device_label") or origin[:8]
        why = f"Deleted on {who}" + (f": {t['reason']}" if t.get("reason") else "") + " (kept for review)"
        if not ws.incidents.get(rid, with_attachments=False)["deleted_at"]:
            ws.incidents.delete(rid, reason=why[:500])
        _store_conflict(
            ws,
            "incident",
            rid,
            origin,
            [
                {
                    **{k: t.get(k) or "" for k in ("record_type", "record_id", "device_id", "deleted_at", "reason")},
                    "chain": t.get("chain") or [],
                    "deleted": True,
                    "hash": _tombstone_head(t),
                }
            ],
            now,
            what="deletion",
        )
    return []


MISSING_LISTED = lifecycle.MISSING_LISTED


def missing_bundles(ws) -> dict[str, list[int]]:
    """Per sender and destination, the sequence numbers never imported (a lost or skipped stick): the first
    ``MISSING_LISTED`` of them. Worked out from the gaps between the spans seen (a bundle covers its
    ``base_sequence`` + 1 up to its sequence), so that a huge number in a manifest costs nothing."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for dev, dest, lo, hi in ws.db.execute(
        "SELECT DISTINCT device_id, destination, base_sequence + 1, sequence FROM bundle_imports "
        "ORDER BY device_id, destination, base_sequence + 1, sequence"
    ):
        spans.setdefault(f"{dev}→{dest}", []).append((lo, hi))
    return {key: missing for key, seqs in spans.items() if (missing := lifecycle.gaps(seqs))}


def import_log(ws) -> list[dict]:
    rows = ws.db.execute(
        "SELECT device_id, device_label, destination, sequence, bundle_created_at, report, created_at "
        "FROM bundle_imports ORDER BY created_at DESC"
    )
    return [
        dict(
            zip(
                ("device_id", "device_label", "destination", "sequence", "bundle_created_at", "report", "imported_at"),
                r[:5] + (json.loads(r[5]),) + r[6:],
                strict=False,
            )
        )
        for r in rows
    ]


REFUSALS = "imports-refused.jsonl"  # in the workspace's logs/ folder
REFUSALS_KEPT = 500


def note_refusal(ws, path: Path | str, error: BaseException) -> None:
    """Remember a refused import: when, which file (its SHA-256 and size, never its name), and why (the error's
    kind and template, never its parameters, which may quote the bundle). No user content: it lives beside the log,
    outside the database, which a refusal leaves byte-identical. The newest ``REFUSALS_KEPT`` are kept."""
    h, size = hashlib.sha256(), 0
    try:
        with open(path, "rb") as f:
            while block := f.read(1 << 20):
                h.update(block)
                size += len(block)
        sha = h.hexdigest()
    except OSError:
        sha = ""
    entry = {
        "at": ws.clock.now_iso(),
        "bundle_sha256": sha,
        "size": size,
        "kind": type(error).__name__,
        "template": getattr(error, "template", ""),
    }
    log_file = ws.folder / "logs" / REFUSALS
    try:
        lines = log_file.read_text(encoding="utf-8").splitlines() if log_file.exists() else []
        lines = [*lines[-(REFUSALS_KEPT - 1) :], json.dumps(entry)]
        storage.atomic_write(log_file, ("\n".join(lines) + "\n").encode(), mode=0o600)
    except OSError:
        log.info("a refused import could not be noted")


def refused_imports(ws) -> list[dict]:
    """The refused imports noted here, newest first."""
    log_file = ws.folder / "logs" / REFUSALS
    out = []
    try:
        lines = log_file.read_text(encoding="utf-8").splitlines() if log_file.exists() else []
    except OSError:
        return []
    for line in reversed(lines):
        try:
            entry = json.loads(line)
            if isinstance(entry, dict):
                out.append(entry)
        except ValueError:
            continue
    return out


# ---------------------------------------------------------------------------------------------
# conflicts
# ---------------------------------------------------------------------------------------------
def list_conflicts(ws, include_resolved: bool = False) -> list[dict]:
    sql = (
        "SELECT id, record_type, record_id, remote_device, local_head, remote_head, remote_versions, created_at, "
        "resolved_at, kind FROM conflicts"
        + ("" if include_resolved else " WHERE resolved_at IS NULL")
        + " ORDER BY created_at"
    )
    out = []
    for r in ws.db.execute(sql):
        out.append(
            dict(
                zip(
                    (
                        "id",
                        "record_type",
                        "record_id",
                        "remote_device",
                        "local_head",
                        "remote_head",
                        "remote_versions",
                        "created_at",
                        "resolved_at",
                        "kind",
                    ),
                    r[:6] + (json.loads(r[6]),) + r[7:],
                    strict=False,
                )
            )
        )
    return out


def conflict_fields(ws, conflict: dict) -> list[dict]:
    """Field by field: the local value and the other device's value, for an incident conflict."""
    if conflict.get("kind") == "deletion":
        raise FieldkitError(
            "A deletion is resolved by keeping the incident ('local') or removing it for good ('remote')."
        )
    if conflict["record_type"] != "incident":
        raise FieldkitError(
            "Only incident conflicts are resolved field by field; assessment conflicts are resolved by choosing a side."
        )
    return field_differences(ws.incidents.get(conflict["record_id"]), conflict["remote_versions"])


def field_differences(local: dict, remote_versions: list) -> list[dict]:
    """Each editable field of an incident: this side's value (``local``, a record) and the other device's (the
    content of the last of its ``remote_versions``); the workspace's conflicts and the HQ database's alike."""
    remote = json.loads(remote_versions[-1]["content"])
    rows = []
    for k in EDITABLE:
        theirs = remote.get(k, list(OPTIONAL[k]) if k == "markets" else OPTIONAL.get(k))  # absent: the default
        rows.append({"field": k, "local": local[k], "remote": theirs, "differs": local[k] != theirs})
    return rows


def resolve_conflict(ws, conflict_id: str, choices: dict[str, str] | str, reason: str = "") -> dict:
    """Keep, per field, 'local' or 'remote' (or one word for all). The result is a new local version;
    the other device's chain stays recorded in the conflict."""
    c = next((x for x in list_conflicts(ws) if x["id"] == conflict_id), None)
    if c is None:
        raise ConflictNotOpen("No open conflict with id {id}.", id=conflict_id)
    now = ws.clock.now_iso()
    if c.get("kind") == "deletion":
        side = choices if isinstance(choices, str) else "local"
        if side not in ("local", "remote"):
            raise ValidationError({"choice": msg("Choose 'local' or 'remote'.")})
        t = c["remote_versions"][-1]
        orphans: list[str] = []
        with ws.db.atomic():
            if side == "local":  # keep it: back from the trash, as a new version
                if ws.incidents.get(c["record_id"], with_attachments=False)["deleted_at"]:
                    ws.incidents.restore(c["record_id"], reason=reason.strip() or "Kept after review of a deletion")
            else:  # the deletion stands: removed for good, as the other device did
                orphans = ws.incidents.remove_for_good(
                    c["record_id"],
                    device_id=t.get("device_id") or c["remote_device"],
                    deleted_at=t.get("deleted_at") or now,
                    chain=t.get("chain") or [],
                    reason=t.get("reason") or "",
                )
            _mark_resolved(ws, c, now, side)
        ws.incidents.forget_files(orphans)
        return c
    if c["record_type"] == "incident":
        rows = conflict_fields(ws, c)
        pick = {r["field"]: (choices if isinstance(choices, str) else choices.get(r["field"], "local")) for r in rows}
        bad = {v for v in pick.values()} - {"local", "remote"}
        if bad:
            raise ValidationError({"choice": msg("Each field takes 'local' or 'remote'.")})
        changes = {r["field"]: (r["remote"] if pick[r["field"]] == "remote" else r["local"]) for r in rows}
        remote_content = json.loads(c["remote_versions"][-1]["content"])
        local = ws.incidents.get(c["record_id"])
        missing = [
            a for a in remote_content["attachments"] if a["sha256"] not in {x["sha256"] for x in local["attachments"]}
        ]
        why = reason.strip() or f"Resolved a conflict with device {c['remote_device'][:8]}"
        with ws.db.atomic():
            ws.incidents.resolve_with(
                c["record_id"], changes, keep_attachments=missing, reason=why, now=ws.clock.now() + timedelta(days=2)
            )  # the other device's clock may run ahead
            _mark_resolved(ws, c, now, json.dumps(pick))
    else:
        side = choices if isinstance(choices, str) else "local"
        if side not in ("local", "remote"):
            raise ValidationError({"choice": msg("Choose 'local' or 'remote'.")})
        with ws.db.atomic():
            if side == "remote":
                latest = c["remote_versions"][-1]
                answers = json.loads(latest["content"])["answers"] if "content" in latest else latest["answers"]
                ws.assessments.take_remote_answers(
                    c["record_id"], answers, reason.strip() or "Resolved a conflict: kept the other device's answers"
                )
            _mark_resolved(ws, c, now, side)
    return c


def _mark_resolved(ws, c, now, resolution):
    ws.db.execute(
        "UPDATE conflicts SET resolved_at = ?, resolution = ?, updated_at = ? WHERE id = ?",
        [now, resolution, now, c["id"]],
    )
    ws.db.execute(
        "INSERT OR IGNORE INTO merged_heads (record_type, record_id, head_hash, created_at) VALUES (?, ?, ?, ?)",
        [c["record_type"], c["record_id"], c["remote_head"], now],
    )
    ws.touched(CONFLICTS, [c["record_id"]])
