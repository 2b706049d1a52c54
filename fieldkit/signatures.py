"""Ed25519 signatures (libsodium, through PyNaCl) over what FieldKit must be able to prove later.

- **Version signatures.** Every saved version of an incident or assessment is signed by the device that saved
  it, over its version hash (which already chains the version to the one before). The signature and the signing
  key travel with the version through every bundle and relay, so a receiver can tell who wrote it, whoever
  carried it. A version that came without its author's signature (a format-1 bundle, or a version saved before
  FieldKit 0.2) is *vouched for* by the device that received it: signed with that device's key, which is then
  not the key of the version's own device.
- **Seals.** A row this device relies on for trust (a trusted key, a device's known signing key) is signed by
  this device's key. Edited behind the app's back (the database is a plain file), its seal no longer matches:
  ``verify`` reports it and the row is not relied on.

A message is always prefixed by its purpose, so that a signature made for one purpose is never valid for
another."""

from __future__ import annotations

from functools import lru_cache

import nacl.exceptions
from nacl.signing import SigningKey, VerifyKey

from .errors import Msg, msg
from .hashing import canonical_json, version_hash

VERSION_CONTEXT = b"fieldkit/version-signature/1\x00"
SEAL_CONTEXT = b"fieldkit/seal/1\x00"
KEY_HEX = 64  # an Ed25519 public key, in hex
SIGNATURE_HEX = 128


def version_message(version_hash: str) -> bytes:
    return VERSION_CONTEXT + bytes.fromhex(version_hash)


def sign_version(key: SigningKey, version_hash: str) -> str:
    return key.sign(version_message(version_hash)).signature.hex()


@lru_cache(maxsize=4096)
def _verify_key(hex_key: str) -> VerifyKey | None:
    try:
        if type(hex_key) is not str or len(hex_key) != KEY_HEX:
            return None
        return VerifyKey(bytes.fromhex(hex_key))
    except (ValueError, TypeError, nacl.exceptions.CryptoError):
        return None


def valid_key(hex_key) -> bool:
    return _verify_key(hex_key) is not None


def version_signature_ok(signed_by: str, signature: str, version_hash: str) -> bool:
    """True when ``signature`` (hex) is ``signed_by``'s signature of the version with this hash."""
    key = _verify_key(signed_by)
    if key is None or type(signature) is not str or len(signature) != SIGNATURE_HEX:
        return False
    try:
        key.verify(version_message(version_hash), bytes.fromhex(signature))
        return True
    except (ValueError, TypeError, nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError):
        return False


def seal_message(kind: str, fields) -> bytes:
    return SEAL_CONTEXT + canonical_json([kind, *fields]).encode("utf-8")


def seal(key: SigningKey, kind: str, fields) -> str:
    return key.sign(seal_message(kind, fields)).signature.hex()


def seal_ok(signed_by: str, kind: str, fields, value: str) -> bool:
    if type(signed_by) is not str or type(value) is not str or len(value) != SIGNATURE_HEX:
        return False
    return _seal_verified(signed_by, seal_message(kind, fields), value)


@lru_cache(maxsize=1 << 15)
def _seal_verified(signed_by: str, message: bytes, value: str) -> bool:
    """Whether ``value`` is ``signed_by``'s signature of ``message``, remembered: a merge reads every seal of the
    trust store (one per known device) for each bundle, and HQ knows thousands of devices. The answer depends on
    nothing but the three arguments (the whole message, not a digest of it), so a row changed behind the app's
    back is a different question and is verified anew."""
    key = _verify_key(signed_by)
    if key is None:
        return False
    try:
        key.verify(message, bytes.fromhex(value))
        return True
    except (ValueError, TypeError, nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError):
        return False


class SignatureCheck:
    """``verify``'s judge of stored versions: the signature matches the version hash, and the key that made it
    is known here (sealed) for the version's own device (its author) or for a device that vouched for it when it
    came unsigned (counted in ``vouched``). Messages take the version number as ``{n}``."""

    def __init__(self, ws):
        self.device_of = ws.key_book.device_of()
        self.vouched = 0

    def problem(self, version_hash: str, device_id: str, signature: str, signed_by: str, n: int) -> Msg | None:
        if not signature:
            return msg(
                "version {n} carries no signature (it was changed outside FieldKit, or its device's key was lost)",
                n=n,
            )
        if not version_signature_ok(signed_by, signature, version_hash):
            return msg("version {n} does not match its signature (edited outside FieldKit)", n=n)
        speaks_for = self.device_of.get(signed_by)
        if speaks_for is None:
            return msg("version {n} is signed by a key this workspace does not know", n=n)
        if speaks_for != device_id:
            self.vouched += 1
        return None


def chain_problems(record_id: str, chain, signed: SignatureCheck, *, kind: str = "incident") -> list[Msg]:
    """What is wrong with one record's stored history, recomputed: ``chain`` is its versions in order, each
    (version, content, reason, prev_hash, hash, device_id, author, created_at, signature, signed_by). Each version
    must be numbered in turn, linked to the one before, hash to what it says, and carry a good signature of a key
    known here (``signed``). An incident's history names a missing number and a broken link apart; an assessment's
    says "missing or unlinked" (``kind``) and stops there, as the two checks always have."""
    out: list[Msg] = []
    prev = ""
    for expected, (n, content, reason, prev_hash, h, dev, author, created, sig, key) in enumerate(chain, start=1):
        if kind == "assessment" and (n != expected or prev_hash != prev):
            out.append(msg("version {n} is missing or unlinked", n=expected))
            break
        if n != expected:
            out.append(msg("version {n} is missing", n=expected))
            break
        if prev_hash != prev:
            out.append(msg("version {n} is not linked to version {prev}", n=n, prev=n - 1))
        again = version_hash(
            record_id=record_id,
            version=n,
            content=content,
            prev_hash=prev_hash,
            reason=reason,
            created_at=created,
            device_id=dev,
            author=author,
        )
        if again != h:
            out.append(msg("version {n} was altered after it was saved", n=n))
        else:
            why = signed.problem(h, dev, sig, key, n)
            if why is not None:
                out.append(why)
        prev = h
    return out
