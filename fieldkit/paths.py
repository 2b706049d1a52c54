"""Every path the app uses, in one place.

- the workspace (data folder): ``--data-dir`` > ``FIELDKIT_DATA_DIR`` > a ``portable`` marker file
  next to the frozen executable (then ``./data`` beside it) > the platform's user data dir;
- the read-only data (``resources/``, ``db/migrations``). The repository keeps them in top-level
  folders; ``pyproject.toml`` installs them inside the package as ``fieldkit/resources`` and
  ``fieldkit/db/migrations``. They are found, in this order:

  1. a PyInstaller build: under ``sys._MEIPASS`` (``build.spec`` puts them there);
  2. an installed package (``pip install .``): inside the ``fieldkit`` package, through
     ``importlib.resources``;
  3. a checkout or an editable install: the repository's top-level folders, beside the package.
"""

from __future__ import annotations

import importlib.resources
import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "FieldKit"
ENV_DATA_DIR = "FIELDKIT_DATA_DIR"


def _holds_data(folder: Path) -> bool:
    return (folder / "resources").is_dir() and (folder / "db" / "migrations").is_dir()


def app_root() -> Path:
    """The folder holding ``resources/`` and ``db/migrations/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    installed = importlib.resources.files("fieldkit")  # a Path for a package on disk (not in a zip)
    if isinstance(installed, Path) and _holds_data(installed):
        return installed
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return app_root() / "resources"


def migrations_dir() -> Path:
    return app_root() / "db" / "migrations"


def user_guide(lang: str = "en") -> Path | None:
    """The user guide in ``lang`` (``docs/user-guide.<lang>.md``), else the English one; None if not shipped."""
    docs = app_root() / "docs"
    for name in (f"user-guide.{lang}.md", "user-guide.md"):
        if (docs / name).is_file():
            return docs / name
    return None


def portable_dir() -> Path | None:
    """With a file named ``portable`` beside the executable, data lives in ``data/`` there."""
    if getattr(sys, "frozen", False):
        exe_dir = Path(sys.executable).resolve().parent
        if (exe_dir / "portable").exists():
            return exe_dir / "data"
    return None


def default_data_dir() -> Path:
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    portable = portable_dir()
    if portable is not None:
        return portable
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(cli_value: str | os.PathLike | None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser()
    return default_data_dir()


# ---------------------------------------------------------------------------------------------
# where files for other people go: a USB stick when one is plugged in, else the user's documents
# ---------------------------------------------------------------------------------------------
def removable_media(roots: list[Path] | None = None) -> list[Path]:
    """Mounted removable drives (USB sticks, memory cards), writable ones only, newest mount first.

    Linux: the folders under ``/media/<user>`` and ``/run/media/<user>`` (where desktop environments mount them);
    macOS: ``/Volumes`` less the system disk; Windows: drives of type *removable*. ``roots``: the mount folders
    to look in (tests)."""
    found: list[Path] = []
    if sys.platform == "win32" and roots is None:  # pragma: no cover - Windows only
        import ctypes
        import string

        for letter in string.ascii_uppercase:
            drive = f"{letter}:\\"
            if ctypes.windll.kernel32.GetDriveTypeW(drive) == 2:  # DRIVE_REMOVABLE
                found.append(Path(drive))
        return [p for p in found if os.access(p, os.W_OK)]
    if roots is None:
        user = os.environ.get("USER") or os.environ.get("LOGNAME") or ""
        roots = [Path("/Volumes")] if sys.platform == "darwin" else [Path("/media") / user, Path("/run/media") / user]
    for root in roots:
        try:
            entries = [p for p in root.iterdir() if p.is_dir() and not p.is_symlink()]
        except OSError:
            continue
        for p in entries:
            if sys.platform == "darwin" and roots is not None and p.resolve() == Path("/"):
                continue
            if os.access(p, os.W_OK):
                found.append(p)
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def documents_dir() -> Path:
    return Path(platformdirs.user_documents_dir())


def exchange_dir() -> Path:
    """Where a bundle, a key or an export is offered to be saved (and looked for): the USB stick plugged in, else
    the user's documents."""
    media = removable_media()
    return media[0] if media else documents_dir()


def file_label(text: str) -> str:
    """``text`` as a safe part of a file name: letters, digits and dashes (accents kept), at most 40."""
    out = "".join(ch if ch.isalnum() else "-" for ch in str(text or "").strip())
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")[:40] or "fieldkit"


def suggested_name(kind: str, label: str, when, ext: str, to: str = "") -> str:
    """A file name that says what it is: ``fieldkit-<device>-<kind>[-to-<recipient>]-<YYYY-MM-DD-HHMM>.<ext>``."""
    stamp = when.strftime("%Y-%m-%d-%H%M")
    parts = ["fieldkit", file_label(label), kind] + ([f"to-{file_label(to)}"] if to else []) + [stamp]
    return "-".join(parts) + f".{ext}"
