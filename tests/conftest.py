import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["FIELDKIT_KDF_COST"] = "minimum"  # the test workspaces' passphrase is wrapped at Argon2id's lowest cost
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --no-sandbox")

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from fieldkit.clock import FixedClock  # noqa: E402

try:  # QtWebEngine must be imported and the map scheme registered before pytest-qt makes the QApplication
    import PySide6.QtWebEngineWidgets  # noqa: F401,E402

    from ui.map.web import register_scheme  # noqa: E402

    register_scheme()
except ImportError:  # pragma: no cover
    pass
from tests.workspaces import TEST_PASSPHRASE, Workspace  # noqa: E402


@pytest.fixture
def clock():
    return FixedClock("2026-06-01T12:00:00Z")


@pytest.fixture
def ws(tmp_path, clock):
    w = Workspace(tmp_path / "ws", clock=clock)
    yield w
    w.close()


@pytest.fixture
def incident_data():
    return {
        "title": "Convoy of 6 trucks at the border crossing",
        "description": "Seen at night from the observation post.",
        "occurred_at": "2026-05-30T22:15:00Z",
        "lat": 11.86,
        "lon": -15.6,
        "place": "Bissau",
        "category": "MOVE_OBS",
        "severity": 3,
        "source_grade": "B2",
        "source_type": "PATROL",
        "actors": [{"name": "Northern Route Network", "type": "NETWORK"}],
        "tags": ["night", "Border"],
    }


@pytest.fixture(autouse=True)
def _never_touch_the_real_data_dir(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("FIELDKIT_DATA_DIR", str(tmp_path_factory.mktemp("default-data")))
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", TEST_PASSPHRASE)  # the CLI's workspace passphrase


@pytest.fixture(scope="session", autouse=True)
def _release_web_profile_last():
    """Delete the map's QtWebEngine profile after every page, before the interpreter exits (Qt
    otherwise may crash at exit when the profile outlives or precedes its pages)."""
    yield
    try:
        from PySide6.QtWidgets import QApplication

        from ui.map import web

        if QApplication.instance() is not None:
            for w in QApplication.topLevelWidgets():
                w.close()
                w.deleteLater()
            web.shutdown()
    except ImportError:
        pass
