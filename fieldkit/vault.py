"""Encryption at rest: the workspace's one data key, wrapped by the user's passphrase.

A workspace is encrypted when its folder holds ``vault.json`` (format ``fieldkit-vault`` 1, docs/security.md):
a random 32-byte data key, wrapped (libsodium secretbox, XSalsa20-Poly1305) by a key derived from the passphrase
with Argon2id at the cost written in the file (so the cost can change; a new passphrase is wrapped at today's
cost). The data key opens the database (SQLCipher, raw key), the attachment files (secretstream,
XChaCha20-Poly1305, one file at a time) and the device's private key file. Changing the passphrase rewraps the
data key only.

``FIELDKIT_KDF_COST=minimum`` makes new wraps use libsodium's minimum Argon2id cost: for the test suite only (a
thief with the file tries passphrases that much faster); the cost used is written in the file.
"""

from __future__ import annotations

import hmac
import json
import os
import re
import threading
from pathlib import Path

import nacl.encoding
import nacl.exceptions
import nacl.hash
import nacl.pwhash.argon2id as argon2id
import nacl.secret
import nacl.utils
from nacl.bindings import (
    crypto_secretstream_xchacha20poly1305_ABYTES as ABYTES,
)
from nacl.bindings import (
    crypto_secretstream_xchacha20poly1305_HEADERBYTES as HEADERBYTES,
)
from nacl.bindings import (
    crypto_secretstream_xchacha20poly1305_init_pull,
    crypto_secretstream_xchacha20poly1305_init_push,
    crypto_secretstream_xchacha20poly1305_pull,
    crypto_secretstream_xchacha20poly1305_push,
    crypto_secretstream_xchacha20poly1305_state,
)
from nacl.bindings import (
    crypto_secretstream_xchacha20poly1305_TAG_FINAL as TAG_FINAL,
)

from . import storage
from .errors import (
    DuressPassphrase,
    FieldkitError,
    IntegrityFailure,
    PassphraseNeeded,
    WorkspaceLocked,
    WrongPassphrase,
)

FILE = "vault.json"
FORMAT = "fieldkit-vault"
VERSION = 1
KEY_BYTES = 32
ENV_KDF_COST = "FIELDKIT_KDF_COST"
# measured here (2 cores, 2026): about half a second
OPSLIMIT, MEMLIMIT = 4, 256 * 1024 * 1024
MIN_PASSPHRASE = 10
# bounds on what a vault file may ask for (it is read before anything is authenticated)
_MAX_OPS, _MAX_MEM = 64, 1024 * 1024 * 1024

# files sealed with the data key: a magic line, then a secretstream of 64 KiB chunks
MAGIC = b"FKENC1\n"
CHUNK = 64 * 1024


def vault_file(folder: Path) -> Path:
    return Path(folder) / FILE


def is_encrypted(folder: Path) -> bool:
    return vault_file(folder).exists()


def kdf_cost() -> tuple[int, int]:
    if os.environ.get(ENV_KDF_COST) == "minimum":
        return argon2id.OPSLIMIT_MIN, argon2id.MEMLIMIT_MIN
    return OPSLIMIT, MEMLIMIT


def check_new_passphrase(passphrase: str | None) -> str:
    if not passphrase:
        raise PassphraseNeeded("A passphrase is needed to protect the workspace.")
    if len(passphrase) < MIN_PASSPHRASE:
        raise FieldkitError(
            "The passphrase is too short: use at least {n} characters (a few words are easiest to remember).",
            n=MIN_PASSPHRASE,
        )
    return passphrase


def _derive(passphrase: str, salt: bytes, ops: int, mem: int) -> bytes:
    return argon2id.kdf(nacl.secret.SecretBox.KEY_SIZE, passphrase.encode("utf-8"), salt, opslimit=ops, memlimit=mem)


# what the empty workspace opened by the duress passphrase takes over from the real one, so that it does not greet
# the user as a new installation would (sealed in the duress slot under a key only the duress passphrase gives)
PROFILE_KEYS = ("user_name", "role", "device_label", "language")
_PROFILE_BYTES = 1024  # the sealed profile is padded to this size, set or not


def _duress_slot(passphrase: str | None = None, profile: dict | None = None) -> dict:
    """The duress slot of a vault: a salt, a tag and a sealed profile, derived from the duress passphrase, or random
    bytes of the same sizes when there is none. Every vault has one, so the file does not tell whether a duress
    passphrase was set."""
    salt = nacl.utils.random(argon2id.SALTBYTES)
    ops, mem = kdf_cost()
    if passphrase is None:
        tag = nacl.utils.random(32).hex()
        sealed = nacl.utils.random(_PROFILE_BYTES + nacl.secret.SecretBox.NONCE_SIZE + nacl.secret.SecretBox.MACBYTES)
    else:
        derived = _derive(passphrase, salt, ops, mem)
        tag = _duress_tag(derived)
        plain = json.dumps({k: str(v) for k, v in (profile or {}).items() if k in PROFILE_KEYS and v}).encode()
        if len(plain) > _PROFILE_BYTES:
            raise FieldkitError("Your name, role and device name are too long to keep with the duress passphrase.")
        sealed = bytes(nacl.secret.SecretBox(_profile_key(derived)).encrypt(plain.ljust(_PROFILE_BYTES)))
    return {"salt": salt.hex(), "tag": tag, "opslimit": ops, "memlimit": mem, "profile": sealed.hex()}


def _duress_open(slot: dict, passphrase: str) -> dict | None:
    """The profile sealed in the duress slot when ``passphrase`` is the duress passphrase, else None."""
    derived = _derive(passphrase, bytes.fromhex(slot["salt"]), int(slot["opslimit"]), int(slot["memlimit"]))
    if not hmac.compare_digest(_duress_tag(derived), slot["tag"]):
        return None
    try:
        profile = json.loads(nacl.secret.SecretBox(_profile_key(derived)).decrypt(bytes.fromhex(slot["profile"])))
    except (nacl.exceptions.CryptoError, ValueError, KeyError):
        return {}
    return (
        {k: v for k, v in profile.items() if k in PROFILE_KEYS and isinstance(v, str)}
        if isinstance(profile, dict)
        else {}
    )


def _duress_tag(derived: bytes) -> str:
    return nacl.hash.blake2b(
        derived, digest_size=32, person=b"fieldkit-duress", encoder=nacl.encoding.HexEncoder
    ).decode()


def _profile_key(derived: bytes) -> bytes:
    return nacl.hash.blake2b(derived, digest_size=32, person=b"fieldkit-profile", encoder=nacl.encoding.RawEncoder)


def _wrap(data_key: bytes, passphrase: str, duress: dict | None = None) -> dict:
    ops, mem = kdf_cost()
    salt = nacl.utils.random(argon2id.SALTBYTES)
    kek = _derive(passphrase, salt, ops, mem)
    wrapped = nacl.secret.SecretBox(kek).encrypt(data_key)
    return {
        "format": FORMAT,
        "version": VERSION,
        "kdf": "argon2id13",
        "opslimit": ops,
        "memlimit": mem,
        "salt": salt.hex(),
        "wrapped_key": bytes(wrapped).hex(),
        "duress": duress or _duress_slot(),
    }


def _read(folder: Path) -> dict:
    try:
        data = json.loads(vault_file(folder).read_text(encoding="utf-8"))
        if data.get("format") != FORMAT or data.get("version") != VERSION or data.get("kdf") != "argon2id13":
            raise ValueError("format")
        ops, mem = int(data["opslimit"]), int(data["memlimit"])
        if not (argon2id.OPSLIMIT_MIN <= ops <= _MAX_OPS and argon2id.MEMLIMIT_MIN <= mem <= _MAX_MEM):
            raise ValueError("cost")
        bytes.fromhex(data["salt"]), bytes.fromhex(data["wrapped_key"])
        if "duress" in data:  # since FieldKit 0.3 (docs/security.md): older vaults have none
            duress = data["duress"]
            if len(bytes.fromhex(duress["salt"])) != argon2id.SALTBYTES or len(bytes.fromhex(duress["tag"])) != 32:
                raise ValueError("duress")
            if len(bytes.fromhex(duress.get("profile", ""))) > 2 * _PROFILE_BYTES:
                raise ValueError("duress")
            d_ops, d_mem = int(duress["opslimit"]), int(duress["memlimit"])
            if not (argon2id.OPSLIMIT_MIN <= d_ops <= _MAX_OPS and argon2id.MEMLIMIT_MIN <= d_mem <= _MAX_MEM):
                raise ValueError("cost")
        return data
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise FieldkitError(
            "The workspace's key file ({file}) is damaged or not a FieldKit key file: the workspace cannot be opened. "
            "Restore the workspace folder from a backup.",
            file=FILE,
        ) from e


def create(folder: Path, passphrase: str) -> bytes:
    """A new data key for the workspace ``folder``, wrapped by ``passphrase`` into ``vault.json``."""
    check_new_passphrase(passphrase)
    data_key = nacl.utils.random(KEY_BYTES)
    storage.atomic_write(vault_file(folder), json.dumps(_wrap(data_key, passphrase), indent=1).encode(), mode=0o600)
    return data_key


def unlock(folder: Path, passphrase: str | None, *, duress: bool = True) -> bytes:
    """The data key of the encrypted workspace ``folder``. ``WrongPassphrase`` when it does not open it.

    The duress passphrase (``set_duress``) raises ``DuressPassphrase``: the caller destroys the workspace there and
    then and opens the empty one made in its place (``wipe.respond_to_duress``). ``duress=False`` (a check made
    while the workspace is open): the duress passphrase is a wrong passphrase like any other."""
    if not passphrase:
        raise PassphraseNeeded(
            "This workspace is encrypted: give its passphrase (FIELDKIT_PASSPHRASE, or type it when asked)."
        )
    data = _read(folder)
    ops, mem = int(data["opslimit"]), int(data["memlimit"])
    kek = _derive(passphrase, bytes.fromhex(data["salt"]), ops, mem)
    try:
        key = nacl.secret.SecretBox(kek).decrypt(bytes.fromhex(data["wrapped_key"]))
    except nacl.exceptions.CryptoError:
        key = None
    if key is not None and len(key) == KEY_BYTES:
        return key
    # Not the passphrase: the duress one? Checked for every wrong passphrase (whether one is set or not), so that a
    # wrong passphrase and the duress passphrase take the same time.
    slot = data.get("duress")
    profile = _duress_open(slot, passphrase) if slot is not None else None
    if profile is not None and duress:
        e = DuressPassphrase("That passphrase does not open this workspace. Nothing was changed.")
        e.profile = profile
        raise e
    raise WrongPassphrase("That passphrase does not open this workspace. Nothing was changed.")


def check_passphrase(folder: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` opens the workspace ``folder`` (the duress passphrase does not: nothing happens)."""
    try:
        unlock(folder, passphrase, duress=False)
    except (WrongPassphrase, PassphraseNeeded):
        return False
    return True


def change_passphrase(folder: Path, old: str, new: str, *, workspace_open: bool = False) -> None:
    """Wrap the data key under ``new`` (at today's cost); nothing else is re-encrypted. A duress passphrase set
    stays (and must differ from the new passphrase). ``workspace_open``: as in ``set_duress``."""
    key = unlock(folder, old, duress=not workspace_open)
    check_new_passphrase(new)
    duress = _read(folder).get("duress")
    if _is_duress(folder, new):
        raise FieldkitError("The new passphrase is the duress passphrase: choose another one. Nothing was changed.")
    storage.atomic_write(vault_file(folder), json.dumps(_wrap(key, new, duress), indent=1).encode(), mode=0o600)


def _is_duress(folder: Path, passphrase: str) -> bool:
    duress = _read(folder).get("duress")
    return duress is not None and _duress_open(duress, passphrase) is not None


def set_duress(
    folder: Path, passphrase: str, duress: str | None, *, workspace_open: bool = False, profile: dict | None = None
) -> None:
    """Set (or, with None, remove) the duress passphrase of the encrypted workspace ``folder``: typed at the unlock,
    it destroys the workspace and opens an empty one in its place, which takes over ``profile`` (the settings named
    in ``PROFILE_KEYS``). ``passphrase`` is the workspace's own (``workspace_open``: the app asks while the
    workspace is open, so the duress passphrase typed there is only wrong)."""
    key = unlock(folder, passphrase, duress=not workspace_open)
    if duress is not None:
        check_new_passphrase(duress)
        if duress == passphrase:
            raise FieldkitError("The duress passphrase must differ from the workspace passphrase. Nothing was changed.")
    del key  # the passphrase was checked; the wrap of the data key stays as it is
    data = _read(folder)
    data["duress"] = _duress_slot(duress, profile)
    storage.atomic_write(vault_file(folder), json.dumps(data, indent=1).encode(), mode=0o600)


def sqlcipher_key(key: bytes) -> str:
    """The PRAGMA key value for a raw 32-byte key (no second key derivation inside SQLCipher)."""
    return f"\"x'{key.hex()}'\""


# ------------------------------------------------------------------------------------------------
# the data key of each workspace open in this process (the device key file is sealed with it)
# ------------------------------------------------------------------------------------------------
_open: dict[str, list] = {}  # folder -> [data key, how many open workspaces hold it]
_open_lock = threading.Lock()


def _name(folder: Path) -> str:
    return str(Path(folder).resolve())


def register(folder: Path, key: bytes | None) -> None:
    """An open workspace holds ``key`` (None: a plain workspace, nothing to hold)."""
    if key is None:
        return
    with _open_lock:
        entry = _open.setdefault(_name(folder), [key, 0])
        entry[0] = key
        entry[1] += 1


def release(folder: Path) -> None:
    """A workspace of ``folder`` was closed: its data key is forgotten once no open workspace holds it."""
    with _open_lock:
        entry = _open.get(_name(folder))
        if entry is not None:
            entry[1] -= 1
            if entry[1] <= 0:
                del _open[_name(folder)]


def key_of(folder: Path) -> bytes | None:
    with _open_lock:
        entry = _open.get(_name(folder))
        return entry[0] if entry else None


def seal_private(folder: Path, data: bytes) -> bytes:
    """``data`` for a private file of the workspace ``folder`` (the device key file): sealed with the data key when
    the workspace is encrypted, as is when it is not."""
    key = key_of(folder)
    if key is None:
        if is_encrypted(folder):
            raise WorkspaceLocked("The workspace is locked: unlock it with its passphrase first.")
        return data
    return encrypt_bytes(key, data)


def open_private(folder: Path, blob: bytes) -> bytes:
    """The content of a private file written by ``seal_private``."""
    if not blob.startswith(MAGIC):
        return blob
    key = key_of(folder)
    if key is None:
        raise WorkspaceLocked("The workspace is locked: unlock it with its passphrase first.")
    return decrypt_bytes(key, blob)


# ------------------------------------------------------------------------------------------------
# files: libsodium secretstream, one file at a time
# ------------------------------------------------------------------------------------------------
def encrypt_blocks(key: bytes, blocks):
    """The sealed form of the bytes in ``blocks`` (an iterable of byte strings), as blocks."""
    state = crypto_secretstream_xchacha20poly1305_state()
    header = crypto_secretstream_xchacha20poly1305_init_push(state, key)
    yield MAGIC + header
    buf = b""
    for block in blocks:
        buf += bytes(block)
        while len(buf) > CHUNK:
            yield crypto_secretstream_xchacha20poly1305_push(state, buf[:CHUNK])
            buf = buf[CHUNK:]
    yield crypto_secretstream_xchacha20poly1305_push(state, buf, tag=TAG_FINAL)


def decrypt_blocks(key: bytes, read):
    """The plain bytes of a sealed stream, as blocks; ``read(n)`` reads from it. IntegrityFailure when it was
    altered, truncated or sealed with another key."""
    head = read(len(MAGIC) + HEADERBYTES)
    if len(head) != len(MAGIC) + HEADERBYTES or not head.startswith(MAGIC):
        raise IntegrityFailure("An encrypted file of the workspace is damaged (its header is wrong).")
    state = crypto_secretstream_xchacha20poly1305_state()
    try:
        crypto_secretstream_xchacha20poly1305_init_pull(state, head[len(MAGIC) :], key)
        while True:
            chunk = read(CHUNK + ABYTES)
            if not chunk:
                raise IntegrityFailure("An encrypted file of the workspace is truncated.")
            plain, tag = crypto_secretstream_xchacha20poly1305_pull(state, chunk)
            yield plain
            if tag == TAG_FINAL:
                if read(1):
                    raise IntegrityFailure("An encrypted file of the workspace has bytes after its end.")
                return
    except nacl.exceptions.CryptoError:
        raise IntegrityFailure("An encrypted file of the workspace was altered or is damaged.") from None


def encrypt_bytes(key: bytes, data: bytes) -> bytes:
    return b"".join(encrypt_blocks(key, [data]))


def decrypt_bytes(key: bytes, blob: bytes) -> bytes:
    pos = 0

    def read(n):
        nonlocal pos
        out = blob[pos : pos + n]
        pos += len(out)
        return out

    return b"".join(decrypt_blocks(key, read))


def plain_size(sealed_size: int) -> int:
    """The size of the plain content of a sealed file of ``sealed_size`` bytes."""
    body = sealed_size - len(MAGIC) - HEADERBYTES
    chunks = max(1, -(-body // (CHUNK + ABYTES)))
    return body - chunks * ABYTES


# ------------------------------------------------------------------------------------------------
# the lock policy and the failed unlocks: readable while the workspace is locked (lock.json, no secret in it)
# ------------------------------------------------------------------------------------------------
LOCK_FILE = "lock.json"
IDLE_MINUTES = 10  # lock after this long without input (0: never)


LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def lock_state(folder: Path) -> dict:
    """``{"idle_minutes", "wipe_after" (0: never), "failed"}`` of the workspace ``folder``, and ``"language"``
    (the interface language the user chose, so that the unlock screen speaks it) when one was set."""
    state = {"idle_minutes": IDLE_MINUTES, "wipe_after": 0, "failed": 0}
    try:
        data = json.loads((Path(folder) / LOCK_FILE).read_text(encoding="utf-8"))
        for k in list(state):
            if isinstance(data.get(k), int) and not isinstance(data.get(k), bool) and 0 <= data[k] <= 100000:
                state[k] = data[k]
        if isinstance(data.get("language"), str) and LANGUAGE_CODE.fullmatch(data["language"]):
            state["language"] = data["language"]
    except (OSError, ValueError, AttributeError):
        pass
    return state


def write_lock_state(folder: Path, state: dict) -> None:
    storage.atomic_write(Path(folder) / LOCK_FILE, json.dumps(state).encode(), mode=0o600)


def set_lock_policy(folder: Path, *, idle_minutes: int | None = None, wipe_after: int | None = None) -> dict:
    """HQ's or the user's policy: lock after ``idle_minutes`` (0: never), wipe after ``wipe_after`` failed unlocks
    in a row (0: never, the default)."""
    state = lock_state(folder)
    for name, value in (("idle_minutes", idle_minutes), ("wipe_after", wipe_after)):
        if value is not None:
            if not 0 <= int(value) <= 100000:
                raise FieldkitError("{name} must be between 0 and 100000.", name=name)
            state[name] = int(value)
    write_lock_state(folder, state)
    return state


def set_unlock_language(folder: Path, code: str) -> None:
    """Remember the interface language outside the encrypted area: the unlock screen is shown before the
    workspace's own settings can be read. A language code is all it holds (docs/security.md)."""
    if not LANGUAGE_CODE.fullmatch(code or ""):
        raise FieldkitError("{name} must be a language code such as en or fr.", name="language")
    state = lock_state(folder)
    if state.get("language") != code:
        state["language"] = code
        write_lock_state(folder, state)


def count_failed_unlock(folder: Path) -> dict:
    state = lock_state(folder)
    state["failed"] += 1
    write_lock_state(folder, state)
    return state


def reset_failed_unlocks(folder: Path) -> None:
    state = lock_state(folder)
    if state["failed"]:
        state["failed"] = 0
        write_lock_state(folder, state)
