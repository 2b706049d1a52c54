"""Quick delete: the workspace destroyed in one step, the wrapped keys first.

Overwriting the wrapped data key (``vault.json``) and the device key file and syncing them comes first: from
then on what is left of the workspace is unreadable, even when the deletion of the rest is interrupted. Then
every file of the workspace is removed (only FieldKit's own names: another file in the folder is left alone and
reported). The data files of an encrypted workspace are not overwritten (they are unreadable without the key):
that is what makes it fast."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

from . import vault
from .errors import FieldkitError

log = logging.getLogger(__name__)

_FILES = ("fieldkit.sqlite", "fieldkit.sqlite-wal", "fieldkit.sqlite-shm", "fieldkit.sqlite-journal")
_FOLDERS = ("attachments", "keys", "logs", "tmp")


def _overwrite(path: Path) -> None:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with open(path, "r+b") as f:
        f.write(os.urandom(max(size, 1)))
        f.flush()
        os.fsync(f.fileno())
    path.unlink()


def is_workspace(folder: Path) -> bool:
    folder = Path(folder)
    return (folder / "fieldkit.sqlite").exists() or vault.is_encrypted(folder)


def wipe(folder: Path, *, quiet: bool = False) -> dict:
    """Destroy the workspace in ``folder`` (no workspace of it may be open). Returns what was removed and what was
    left (files FieldKit did not write). ``quiet``: nothing is logged (the duress passphrase)."""
    folder = Path(folder)
    if not is_workspace(folder):
        raise FieldkitError("There is no FieldKit workspace in {folder}: nothing was deleted.", folder=str(folder))
    # 1. the keys: without them nothing left is readable
    keyfiles = [folder / vault.FILE, folder / (vault.FILE + ".new"), folder / "keys" / "device.json"]
    for p in keyfiles:
        _overwrite(p)
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(folder, os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    if not quiet:
        log.info("workspace keys destroyed")
    # 2. everything else
    removed = 0
    # the database last: a wipe interrupted half-way still finds the workspace, and is run again
    for child in sorted(folder.iterdir(), key=lambda p: p.name == "fieldkit.sqlite"):
        name = child.name
        known = (
            name in _FILES
            or name.startswith(("fieldkit.sqlite", vault.FILE, ".encrypting", ".fieldkit.sqlite", ".vault.json"))
            or name in (vault.LOCK_FILE, "." + vault.LOCK_FILE)
            or name.startswith("." + vault.LOCK_FILE)
            or name in _FOLDERS
        )
        if not known:
            continue
        if child.is_dir() and not child.is_symlink():
            removed += sum(1 for _ in child.rglob("*"))
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)
            removed += 1
    left = sorted(p.name for p in folder.iterdir())
    if not left:
        folder.rmdir()
    return {"removed": removed, "left": left}


def respond_to_duress(folder: Path, passphrase: str, profile: dict | None = None) -> bytes:
    """Destroy the workspace (its keys first: ``wipe``) and make an empty one that ``passphrase`` opens, with the
    settings of ``profile`` (the user's name, role, device name and language sealed with the duress passphrase):
    it opens as the other did, with no greeting for a new installation; the lock policy and the unlock screen's
    language stay. Nothing is logged. Returns the new workspace's data key."""
    from .workspace import Workspace

    folder = Path(folder)
    state = vault.lock_state(folder)
    wipe(folder, quiet=True)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    key = vault.create(folder, passphrase)
    kept = {k: state[k] for k in ("idle_minutes", "wipe_after", "language") if k in state}
    vault.write_lock_state(folder, {**kept, "failed": 0})
    with Workspace(folder, passphrase=passphrase) as ws:
        for name in vault.PROFILE_KEYS:
            if (profile or {}).get(name):
                ws.settings.set(name, profile[name])
    return key
