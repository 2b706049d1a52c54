"""The app's import on an HQ workspace with an HQ database: what it merged is published to the real server."""

import psycopg

from fieldkit.hq.store import SETTING, HqStore
from fieldkit.sync import bundle, keys
from tests.ui.conftest import demo_ws, no_dialogs, ws  # noqa: F401 - the UI tests' fixtures
from tests.workspaces import Workspace
from ui.sync.view import SyncView


def test_an_import_in_the_app_is_published(qtbot, demo_ws, no_dialogs, tmp_path, pg_dsn):  # noqa: F811
    hq = Workspace(tmp_path / "hq", clock=demo_ws.clock)
    try:
        hq.trust.add(keys.public_identity(demo_ws), label="Bissau laptop")
        demo_ws.trust.add(keys.public_identity(hq), role="hq", label="HQ")
        bundle.export_bundle(demo_ws, tmp_path / "b.fkb", include_demo=True)
        HqStore(pg_dsn).init()
        hq.settings.set(SETTING, pg_dsn)
        view = SyncView(hq)
        qtbot.addWidget(view)
        rep = view.import_file(str(tmp_path / "b.fkb"))
        assert rep["added"] > 0 and rep["hq_unpublished"] is None
        assert "not published" not in view.report.toPlainText()
        with psycopg.connect(pg_dsn) as c:
            published = c.execute("SELECT count(*) FROM incidents").fetchone()[0]
        assert published == hq.db.execute("SELECT count(*) FROM incidents").fetchone()[0] > 100
        v = HqStore(pg_dsn).verify(hq)
        assert v["ok"], v["problems"][:3]
    finally:
        hq.close()


def test_the_hq_window_imports_what_other_desks_hand_to_the_database(
    qtbot,
    demo_ws,  # noqa: F811
    no_dialogs,  # noqa: F811
    tmp_path,
    pg_dsn,
):
    """An HQ workspace's window is its merge service: a bundle another desk submitted is imported and published, the
    views redraw, the status bar counts it; a refused one is named in a tooltip, escaped."""
    from fieldkit.hq.inbox import Inbox
    from ui.main_window import MainWindow

    hq = Workspace(tmp_path / "hq", clock=demo_ws.clock)
    try:
        hq.trust.add(keys.public_identity(demo_ws), label="Bissau laptop")
        demo_ws.trust.add(keys.public_identity(hq), role="hq", label="HQ")
        bundle.export_bundle(demo_ws, tmp_path / "b.fkb", include_demo=True)
        hostile = tmp_path / "<b>crafted<b>.fkb"
        hostile.write_bytes(b"not a bundle")
        HqStore(pg_dsn).init()
        hq.settings.set(SETTING, pg_dsn)
        desk = Inbox(pg_dsn)
        try:
            desk.submit(tmp_path / "b.fkb")
            desk.submit(hostile)
        finally:
            desk.close()
        win = MainWindow(hq, "en")
        qtbot.addWidget(win)
        qtbot.waitUntil(lambda: win._inbox_job is not None and win._inbox_job.done, timeout=60000)
        assert win.inbox_notice.text() == "Inbox: 1 imported, 1 refused"
        assert "&lt;b&gt;crafted&lt;b&gt;.fkb" in win.inbox_notice.toolTip()
        assert (
            win.hq_notice.text().startswith("HQ database: fieldkit_test_")
            and "on this computer" in win.hq_notice.text()
        )
        n = hq.db.execute("SELECT count(*) FROM incidents").fetchone()[0]
        assert n > 100 and win.incidents.model.rowCount() == n
        with psycopg.connect(pg_dsn) as c:
            assert c.execute("SELECT count(*) FROM incidents").fetchone()[0] == n
        assert win.take_inbox(pg_dsn) is not None  # nothing waits: counts unchanged
        qtbot.waitUntil(lambda: win._inbox_job.done, timeout=30000)
        assert win.inbox_notice.text() == "Inbox: 1 imported, 1 refused"
        win._inbox_timer.stop()
        win.close()
    finally:
        hq.close()
