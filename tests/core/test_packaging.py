"""A real package: the wheel holds the code and every data file the app reads, and an installed copy, away from the
checkout, runs ``fieldkit init``, ``fieldkit demo`` and the app's self-test."""

import email
import os
import shutil
import site
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA_DIRS = {"resources": "fieldkit/resources", "db": "fieldkit/db"}  # repository folder -> place in the package
NEEDED = [  # read by the app at run time (fieldkit/paths.py callers)
    "fieldkit/db/migrations/0001_initial.sql",
    "fieldkit/resources/checklists/spotting-the-spoilers.yaml",
    "fieldkit/resources/vocabularies/vocabularies.yaml",
    "fieldkit/resources/i18n/fieldkit_fr.ts",
    "fieldkit/resources/basemap/countries.geojson",
    "fieldkit/resources/demo/places.csv",
]


def source_files() -> list[str]:
    """The files a clean clone would have: tracked and new ones, not those git ignores (build/, *.qm, caches)."""
    try:
        out = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=ROOT,
            capture_output=True,
            check=True,
        ).stdout.decode()
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return sorted(p for p in out.split("\0") if p and (ROOT / p).is_file())


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """Build the wheel from a copy of the source tree (a build/ folder in the checkout could hold stale files)."""
    src = tmp_path_factory.mktemp("src")
    for rel in source_files():
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, src / rel)
    out = tmp_path_factory.mktemp("wheel")
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-q",
            "-w",
            str(out),
            str(src),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    (whl,) = out.glob("fieldkit-*.whl")
    return whl


def test_the_wheel_holds_the_code_and_every_data_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    files = source_files()
    code = [p for p in files if p.split("/")[0] in ("fieldkit", "ui") and p.endswith(".py")]
    assert "fieldkit/__init__.py" in code and "ui/app.py" in code
    # every module of fieldkit and ui: a new package missing from [tool.setuptools] packages shows up here
    missing_code = [p for p in code if p not in names]
    assert missing_code == [], f"add their packages to [tool.setuptools] packages in pyproject.toml: {missing_code}"
    data = [DATA_DIRS[p.split("/")[0]] + p[p.index("/") :] for p in files if p.split("/")[0] in DATA_DIRS]
    assert set(NEEDED) <= set(data)
    missing_data = [p for p in data if p not in names]
    assert missing_data == [], f"add a pattern to [tool.setuptools.package-data] in pyproject.toml: {missing_data}"
    assert not [n for n in names if n.endswith((".qm", ".pyc")) or n.split("/")[0] in ("tests", "tools", "bench")]
    assert "fieldkit/docs/user-guide.md" in names  # Help → User guide, offline

    meta = next(n for n in names if n.endswith(".dist-info/METADATA"))
    info = email.message_from_bytes(zipfile.ZipFile(wheel).read(meta))
    requires = info.get_all("Requires-Dist")
    assert "sqlite-utils>=4" in requires  # Database.atomic()
    assert not [r for r in requires if r.lower().startswith("cryptography")]  # never imported
    points = zipfile.ZipFile(wheel).read(meta.replace("METADATA", "entry_points.txt")).decode()
    assert "fieldkit = fieldkit.cli:main" in points and "fieldkit-app = ui.app:main" in points


@pytest.mark.slow
def test_an_installed_copy_runs_init_demo_and_the_app(wheel, tmp_path):
    """Install the wheel alone into a folder and run it with the dependencies of this venv but nothing of the
    checkout: ``-S`` keeps site-packages' .pth files out (the editable install's finder would hand out the
    checkout's modules); site-packages themselves come through PYTHONPATH after the installed copy."""
    target = tmp_path / "installed"
    r = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q", "--target", str(target), str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join([str(target), *site.getsitepackages()]),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        QT_QPA_PLATFORM="offscreen",
    )

    def run(*args, timeout=300):
        r = subprocess.run(
            [sys.executable, "-S", *map(str, args)],
            cwd=elsewhere,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        assert r.returncode == 0, r.stdout + r.stderr
        return r.stdout

    where = run(
        "-c",
        "import sys, fieldkit, ui, fieldkit.paths as p, ui.i18n as i; print(*[fieldkit.__file__, "
        "ui.__file__, p.resources_dir(), p.migrations_dir(), i.compiled_qm('fr'), "
        f"{str(ROOT)!r} in sys.path], sep=chr(10))",
    ).splitlines()
    assert [Path(w).is_relative_to(target) for w in where[:4]] == [True] * 4, where
    assert Path(where[4]).is_relative_to(tmp_path / "cache"), where  # French compiled from the installed .ts
    assert where[5] == "False"

    ws = tmp_path / "ws"
    assert "Workspace ready" in run(target / "bin" / "fieldkit", "--data-dir", ws, "init")
    assert "Demo data loaded" in run(target / "bin" / "fieldkit", "--data-dir", ws, "demo")
    out = run(target / "bin" / "fieldkit-app", "--data-dir", tmp_path / "app-ws", "--self-test", timeout=180)
    assert "self-test ok: map loaded offline" in out
