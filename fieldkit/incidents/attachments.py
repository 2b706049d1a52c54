"""Attachment files, stored by content address (``attachments/ab/abcdef...``, the name is the SHA-256 of the
plain content).

Files are written whole or not at all (``storage.atomic_write``) and checked against their hash each time
they are opened. In an encrypted workspace each file is sealed with the workspace's data key (libsodium
secretstream, XChaCha20-Poly1305, ``fieldkit.vault``); the hash stays the hash of the plain content, so the
signed versions that name it still verify. A plain file left by a workspace made before encryption (or by an
encryption in place not finished yet) is still read. The rows that say which incident holds which file belong
to the incident store."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .. import vault
from ..errors import FieldkitError, IntegrityFailure, WorkspaceLocked
from ..storage import atomic_write, file_blocks

SHA256 = re.compile(r"[0-9a-f]{64}")


def _is_sealed(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(len(vault.MAGIC)) == vault.MAGIC


class CheckedPath(type(Path())):
    """The path of a checked attachment whose ``read_bytes`` gives the plain content (decrypted when the file is
    sealed). Copy it with ``AttachmentFiles.copy_out``, never as a file: on disk it may be sealed."""

    _fk_key: bytes | None = None

    def read_bytes(self) -> bytes:
        raw = super().read_bytes()
        if raw.startswith(vault.MAGIC):
            if self._fk_key is None:
                raise WorkspaceLocked("The workspace is locked: unlock it with its passphrase first.")
            return vault.decrypt_bytes(self._fk_key, raw)
        return raw


class AttachmentFiles:
    def __init__(self, folder: Path, key: bytes | None = None):
        self.folder = Path(folder)
        self.key = key  # the workspace's data key: new files are sealed with it

    def path(self, sha: str) -> Path:
        if not SHA256.fullmatch(sha or ""):
            raise IntegrityFailure("The attachment name {sha} is not a SHA-256.", sha=str(sha)[:12])
        return self.folder / sha[:2] / sha

    def plain_blocks(self, path: Path):
        """The plain content of a stored file, as blocks (decrypted when it is sealed)."""
        f = open(path, "rb")
        try:
            if f.read(len(vault.MAGIC)) == vault.MAGIC:
                if self.key is None:
                    raise WorkspaceLocked("The workspace is locked: unlock it with its passphrase first.")
                f.seek(0)
                yield from vault.decrypt_blocks(self.key, f.read)
            else:
                f.seek(0)
                while block := f.read(1 << 20):
                    yield block
        finally:
            f.close()

    def plain_sha256(self, path: Path) -> str:
        h = hashlib.sha256()
        for block in self.plain_blocks(path):
            h.update(block)
        return h.hexdigest()

    def plain_size(self, sha: str) -> int:
        path = self.path(sha)
        size = path.stat().st_size
        return vault.plain_size(size) if _is_sealed(path) else size

    def _matches(self, path: Path, sha: str) -> bool:
        try:
            return self.plain_sha256(path) == sha
        except IntegrityFailure:
            return False

    def open_checked(self, sha: str) -> Path:
        """The path of an attachment after checking its SHA-256; IntegrityFailure if it is missing or changed.
        Its ``read_bytes`` gives the plain content; ``copy_out`` writes it to a file."""
        path = self.path(sha)
        if not path.is_file():
            raise IntegrityFailure("The attachment {sha} is missing from the workspace.", sha=sha[:12])
        if not self._matches(path, sha):
            raise IntegrityFailure(
                "The attachment {sha} has been altered: its content no longer matches its SHA-256.", sha=sha[:12]
            )
        checked = CheckedPath(path)
        checked._fk_key = self.key
        return checked

    def copy_out(self, sha: str, dest: Path) -> None:
        """Write the plain content of a checked attachment to ``dest`` (an export the user chose)."""
        self.open_checked(sha)
        h = hashlib.sha256()
        with open(dest, "wb") as out:
            for block in self.plain_blocks(self.path(sha)):
                h.update(block)
                out.write(block)
        if h.hexdigest() != sha:  # changed between the check and the copy
            Path(dest).unlink(missing_ok=True)
            raise IntegrityFailure(
                "The attachment {sha} has been altered: its content no longer matches its SHA-256.", sha=sha[:12]
            )

    def _write(self, final: Path, blocks, sha: str) -> None:
        if self.key is None:
            atomic_write(final, blocks, expect_sha256=sha)
            return

        def hashed():
            h = hashlib.sha256()
            for block in blocks:
                h.update(block)
                yield block
            if h.hexdigest() != sha:  # raised inside atomic_write: nothing is written
                raise IntegrityFailure("The file {name} does not match its SHA-256.", name=final.name)

        atomic_write(final, vault.encrypt_blocks(self.key, hashed()))

    def seal_in_place(self, sha: str) -> bool:
        """Seal a plain file left from before the workspace was encrypted (True when one was sealed)."""
        path = self.path(sha)
        if self.key is None or not path.is_file() or _is_sealed(path):
            return False
        self._write(path, file_blocks(path), sha)
        return True

    def store_file(self, src: Path) -> tuple[str, int, str]:
        """Copy a file in. Returns (sha256, size, file name)."""
        src = Path(src)
        try:
            h = hashlib.sha256()
            with open(src, "rb") as f:
                while block := f.read(1 << 20):
                    h.update(block)
            sha = h.hexdigest()
            final = self.path(sha)
            if not (final.exists() and self._matches(final, sha)):
                self._write(final, file_blocks(src), sha)
            return sha, src.stat().st_size, src.name
        except OSError as e:
            raise FieldkitError(
                "The file {path} could not be copied into the workspace: {error}",
                path=str(src),
                error=e.strerror or str(e),
            ) from e

    def store_blob(self, sha: str, data: bytes | Path) -> bool:
        """Store bytes whose hash is known (bundle import), or the scratch file holding them. Returns True when a
        new file was written."""
        final = self.path(sha)
        if final.exists():
            return False
        self._write(final, file_blocks(data) if isinstance(data, Path) else [data], sha)
        return True

    def remove(self, sha: str) -> None:
        try:
            self.path(sha).unlink()
        except FileNotFoundError:
            pass
