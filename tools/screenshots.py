"""Screenshots of the real app for docs/user-guide.md (generated, not drawn).

QT_QPA_PLATFORM=offscreen python tools/screenshots.py [--lang fr] [--out docs/screenshots]
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --no-sandbox")

from ui.app import _prepare_environment  # noqa: E402

_prepare_environment()
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from fieldkit import demo  # noqa: E402
from fieldkit.workspace import Workspace  # noqa: E402
from ui import i18n  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402


def wait(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="en")
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    lang = i18n.install(app, args.lang)
    ws = Workspace(Path(tempfile.mkdtemp()) / "ws", passphrase="screenshots passphrase")
    ws.settings.set("user_name", "Demo Monitor")
    demo.fill(ws, incidents=500)
    win = MainWindow(ws, lang)
    win.resize(1366, 820)
    win.show()
    suffix = "" if lang == "en" else f"-{lang}"
    for key in ("incidents", "checklist", "map", "sync"):
        win.show_page(key)
        if key == "incidents":
            win.incidents.table.selectRow(0)
        if key == "map":
            loaded = []
            win.map.web.loaded.connect(loaded.append)
            for _ in range(100):
                if loaded:
                    break
                wait(100)
            wait(800)
        wait(300)
        win.grab().save(str(out / f"{key}{suffix}.png"))
        if key == "checklist":
            win.checklist.tabs.setCurrentIndex(1)
            wait(200)
            win.grab().save(str(out / f"summary{suffix}.png"))
            win.checklist.tabs.setCurrentIndex(2)
            wait(200)
            win.grab().save(str(out / f"compare{suffix}.png"))
            win.checklist.tabs.setCurrentIndex(0)
    ed = win.incidents.new_incident()
    wait(200)
    ed.grab().save(str(out / f"editor{suffix}.png"))
    ed.close()
    print("screenshots in", out)
    from ui.app import _shutdown

    _shutdown(win)
    ws.close()


if __name__ == "__main__":
    main()
