"""The app on an HQ workspace that publishes to PostgreSQL: the status bar names the database; an import that could
not be published says so (the import itself stands). Publishing to a real server: tests/hq/test_app.py."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from fieldkit.hq.store import SETTING
from fieldkit.sync import bundle, keys
from tests.workspaces import Workspace
from ui.main_window import MainWindow
from ui.sync.view import SyncView


def test_the_status_bar_names_the_hq_database_as_plain_text(qtbot, ws, no_dialogs):
    win = MainWindow(ws, "en")
    qtbot.addWidget(win)
    assert not any("HQ database" in w.text() for w in win.statusBar().findChildren(QLabel))
    win.close()
    ws.settings.set(SETTING, "postgresql://amina@hq-db.mission.example:5433/<b>hq</b>")
    win = MainWindow(ws, "en")
    qtbot.addWidget(win)
    assert win.hq_notice.text() == "HQ database: <b>hq</b> on hq-db.mission.example:5433"
    assert win.hq_notice.textFormat() == Qt.PlainText
    assert "amina" not in win.hq_notice.text()
    win.close()


def test_an_import_the_hq_database_could_not_take_stands_and_says_so(qtbot, demo_ws, tmp_path, no_dialogs):
    hq = Workspace(tmp_path / "hq", clock=demo_ws.clock)
    try:
        hq.trust.add(keys.public_identity(demo_ws), label="Bissau laptop")
        demo_ws.trust.add(keys.public_identity(hq), role="hq", label="HQ")
        bundle.export_bundle(demo_ws, tmp_path / "b.fkb", include_demo=True)
        hq.settings.set(SETTING, f"postgresql:///fieldkit?host={tmp_path}/no-server-here")
        view = SyncView(hq)
        qtbot.addWidget(view)
        rep = view.import_file(str(tmp_path / "b.fkb"))
        assert rep["added"] > 0
        assert hq.db.execute("SELECT count(*) FROM incidents").fetchone()[0] > 100  # the import stands
        text = view.report.toPlainText()
        assert "not published to the HQ database" in text and "could not be reached" in text
    finally:
        hq.close()
