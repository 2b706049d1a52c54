import sys
from pathlib import Path

from fieldkit import paths


def test_data_dir_order(monkeypatch, tmp_path):
    monkeypatch.setenv("FIELDKIT_DATA_DIR", str(tmp_path / "env"))
    assert paths.resolve_data_dir(None) == tmp_path / "env"
    assert paths.resolve_data_dir(str(tmp_path / "flag")) == tmp_path / "flag"
    monkeypatch.delenv("FIELDKIT_DATA_DIR")
    assert "FieldKit" in str(paths.resolve_data_dir(None))


def test_portable_marker_keeps_data_next_to_the_executable(monkeypatch, tmp_path):
    monkeypatch.delenv("FIELDKIT_DATA_DIR", raising=False)
    exe = tmp_path / "fieldkit-app" / "fieldkit-app"
    exe.parent.mkdir()
    exe.write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert paths.default_data_dir() != exe.parent / "data"
    (exe.parent / "portable").write_text("")
    assert paths.default_data_dir() == exe.parent / "data"


def test_frozen_resources_come_from_meipass(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == Path(tmp_path) / "resources"
    assert paths.migrations_dir() == Path(tmp_path) / "db" / "migrations"


ROOT = Path(__file__).resolve().parents[2]


def test_a_checkout_uses_the_top_level_folders(monkeypatch):
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert paths.resources_dir() == ROOT / "resources"
    assert paths.migrations_dir() == ROOT / "db" / "migrations"
    assert (paths.migrations_dir() / "0001_initial.sql").is_file()


def test_an_installed_package_finds_its_data_through_importlib_resources(monkeypatch, tmp_path):
    """pip install . puts resources/ and db/migrations/ inside the package (see pyproject.toml)."""
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    package = tmp_path / "site-packages" / "fieldkit"
    (package / "resources").mkdir(parents=True)
    (package / "db" / "migrations").mkdir(parents=True)
    seen = []
    monkeypatch.setattr(paths.importlib.resources, "files", lambda name: seen.append(name) or package)
    assert paths.app_root() == package
    assert paths.resources_dir() == package / "resources"
    assert paths.migrations_dir() == package / "db" / "migrations"
    assert seen[0] == "fieldkit"
    # a frozen build keeps its own layout, whatever importlib.resources says
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "frozen"), raising=False)
    assert paths.resources_dir() == tmp_path / "frozen" / "resources"


def test_files_for_others_go_to_a_usb_stick_when_one_is_plugged_in(tmp_path, monkeypatch):
    from datetime import datetime

    from fieldkit import paths

    media = tmp_path / "media" / "user"
    assert paths.removable_media([media]) == []  # nothing mounted
    (media / "STICK").mkdir(parents=True)
    assert paths.removable_media([media]) == [media / "STICK"]
    name = paths.suggested_name("bundle", "Gao team/laptop 2", datetime(2026, 6, 1, 12, 5), "fkb", to="HQ Bamako")
    assert name == "fieldkit-Gao-team-laptop-2-bundle-to-HQ-Bamako-2026-06-01-1205.fkb"
    monkeypatch.setattr(paths, "removable_media", lambda roots=None: [])
    assert paths.exchange_dir() == paths.documents_dir()
