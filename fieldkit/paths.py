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
