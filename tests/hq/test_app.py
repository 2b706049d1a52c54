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
