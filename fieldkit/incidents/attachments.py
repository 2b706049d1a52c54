"""Attachment files, stored by content address (``attachments/ab/abcdef...``, the name is the SHA-256).

Files are written whole or not at all (``storage.atomic_write``) and checked against their hash each time
they are opened. The rows that say which incident holds which file belong to the incident store."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import FieldkitError, IntegrityFailure
from ..hashing import sha256_file
from ..storage import atomic_write, file_blocks

SHA256 = re.compile(r"[0-9a-f]{64}")


class AttachmentFiles:
    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def path(self, sha: str) -> Path:
        if not SHA256.fullmatch(sha or ""):
            raise IntegrityFailure("The attachment name {sha} is not a SHA-256.", sha=str(sha)[:12])
        return self.folder / sha[:2] / sha

    def open_checked(self, sha: str) -> Path:
        """The path of an attachment after checking its SHA-256; IntegrityFailure if it is missing or changed."""
        path = self.path(sha)
        if not path.is_file():
            raise IntegrityFailure("The attachment {sha} is missing from the workspace.", sha=sha[:12])
        if sha256_file(path) != sha:
            raise IntegrityFailure(
                "The attachment {sha} has been altered: its content no longer matches its SHA-256.", sha=sha[:12]
            )
        return path

    def store_file(self, src: Path) -> tuple[str, int, str]:
        """Copy a file in. Returns (sha256, size, file name)."""
        src = Path(src)
        try:
            sha = sha256_file(src)
            final = self.path(sha)
            if not (final.exists() and sha256_file(final) == sha):
                atomic_write(final, file_blocks(src), expect_sha256=sha)
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
        atomic_write(final, file_blocks(data) if isinstance(data, Path) else data, expect_sha256=sha)
        return True

    def remove(self, sha: str) -> None:
        try:
            self.path(sha).unlink()
        except FileNotFoundError:
            pass
