"""Work runs off the UI thread on the UI's own workspace, and what it changed reaches every view: the list and its
count, the map, the checklist's evidence and the Sync view stay current without a new search."""

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from fieldkit.changes import SETTINGS
from fieldkit.errors import FieldkitError
from fieldkit.incidents import IncidentFilter
from fieldkit.sync import bundle, keys
from tests.workspaces import Workspace
from ui import ops
from ui.main_window import MainWindow
from ui.sync.view import ConflictDialog, SyncView

from .test_incidents_ui import _fill


class Host(QWidget):
    """A view of its own: it has the workspace and hears the changes."""

    def __init__(self, ws):
        super().__init__()
        self.ws = ws
        self.heard = []

    def on_changes(self, changes):
        self.heard.append(changes)


def map_ids(map_view) -> set[str]:
    """The incident ids the map page gets when it asks the app for the whole world, one by one (its page holds
    none: it asks for each view)."""
    web = map_view.web
    answer = web.handler.queries[web.host]((-180, -90, 180, 90), 16)
    assert answer["clusters"] == []
    return {row[6] for row in answer["points"]}


def test_a_job_runs_off_the_ui_thread_the_window_keeps_painting_and_its_changes_arrive(qtbot, ws):
    host = Host(ws)
    qtbot.addWidget(host)
    gate, threads, ticks, got = threading.Event(), [], [], []

    def work():
        threads.append(threading.current_thread())
        assert gate.wait(10)
        ws.settings.set("role", "JMAC analyst")  # the same workspace: its own connection, the shared cache
        return 42

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    job = ops.run(host, "Working…", work, lambda result, changes: got.append((result, changes)))
    qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=5000)  # the UI thread runs its event loop meanwhile
    assert not job.done and got == []
    gate.set()
    qtbot.waitUntil(lambda: job.done, timeout=10000)
    timer.stop()
    assert threads and threads[0] is not threading.main_thread()
    result, changes = got[0]
    assert result == 42 and "role" in changes.ids(SETTINGS)
    assert host.heard == [changes]  # a view on its own hears what the work it started changed
    assert ws.settings.get("role") == "JMAC analyst"


def test_a_slow_job_shows_a_note_a_quick_one_does_not_and_a_failure_is_a_plain_sentence(qtbot, window, no_dialogs):
    gate = threading.Event()
    quick = ops.run(window, "Quick…", lambda: 1)
    qtbot.waitUntil(lambda: quick.done, timeout=5000)
    assert window.statusBar().currentMessage() != "Quick…"
    slow = ops.run(window, "Slow work…", lambda: gate.wait(10))
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Slow work…", timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: slow.done, timeout=10000)
    assert window.statusBar().currentMessage() != "Slow work…"

    def refuse():
        raise FieldkitError("The thing cannot be done: {why}.", why="no reason")

    failed = ops.run(window, "Failing…", refuse)
    qtbot.waitUntil(lambda: failed.done, timeout=5000)
    assert isinstance(failed.error, FieldkitError)
    assert no_dialogs[-1][0] == "warning" and no_dialogs[-1][2] == "The thing cannot be done: no reason."


def test_a_step_waited_for_holds_the_users_clicks_and_releases_its_worker_connection(qtbot, window):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QPushButton

    button = QPushButton("Import", window)
    button.show()
    clicks, workers = [], []
    button.clicked.connect(lambda: clicks.append(1))

    def work():
        workers.append(window.ws.db)
        window.ws.db.execute("SELECT 1")
        threading.Event().wait(0.4)
        return "checked"

    # a click while the step runs (before its note shows) must not start the same flow again
    click = QTimer()
    click.setSingleShot(True)
    click.timeout.connect(lambda: QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5)))
    click.timeout.connect(lambda: clicks.append("tried"))
    click.start(50)
    assert ops.run_and_wait(window, "Checking…", work, ws=window.ws) == "checked"
    assert clicks == ["tried"]
    assert workers and workers[0] not in window.ws._other_dbs  # the worker's connection was closed
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert clicks == ["tried", 1]  # input flows again once the step is done


def test_saving_in_the_editor_updates_the_count_and_the_map_without_a_search(qtbot, window):
    view, map_view = window.incidents, window.map
    window.show_page("map")
    qtbot.waitUntil(lambda: map_view.builds == 1, timeout=30000)
    window.show_page("incidents")
    before, builds = view.model.rowCount(), map_view.builds
    searches = []
    view.filter_changed.connect(searches.append)  # apply_filter (a new search) would send this
    ed = view.new_incident()
    _fill(qtbot, ed, title="Checkpoint moved to the Mansoa bridge")
    assert ed.save() is True
    iid = window.ws.incidents.search(IncidentFilter(text="Mansoa"))[0]["id"]
    assert view.model.rowCount() == before + 1 and view.count_label.text().startswith(f"{before + 1} incident")
    assert view.selected_id() == iid and searches == []
    assert map_view.builds == builds and map_view._dirty  # hidden: marked stale, not rebuilt on every change
    window.show_page("map")
    qtbot.waitUntil(lambda: map_view.builds == builds + 1, timeout=30000)
    assert iid in map_ids(map_view) and map_view.page.count == before + 1
    assert map_view.count_label.text().startswith(f"{before + 1} incident")


def test_trash_restore_and_purge_update_the_count(qtbot, window, monkeypatch, no_dialogs):
    view = window.incidents
    total = view.model.rowCount()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Duplicate report", True))
    view.table.selectRow(0)
    iid = view.selected_id()
    view.delete_button.click()
    assert view.model.rowCount() == total - 1 and view.model.row_of(iid) < 0
    assert view.count_label.text().startswith(f"{total - 1} incident")
    view.trash.setChecked(True)
    assert view.model.rowCount() == 1
    view.select_incident(iid)
    view.restore_button.click()
    assert view.model.rowCount() == 0 and view.count_label.text().startswith("0 incident")
    view.trash.setChecked(False)
    assert view.model.rowCount() == total
    view.select_incident(iid)
    view.delete_button.click()
    view.trash.setChecked(True)
    view.select_incident(iid)
    view.purge_button.click()  # the question defaults to No
    assert view.model.rowCount() == 1 and no_dialogs[-1][0] == "warning"
    no_dialogs.replies["Delete for good"] = QMessageBox.StandardButton.Yes
    view.purge_button.click()
    assert view.model.rowCount() == 0
    view.trash.setChecked(False)
    assert view.model.rowCount() == total - 1 and window.ws.counts()["incidents"] == total - 1


def test_a_setting_saved_anywhere_reaches_the_sync_view(qtbot, window):
    ops.do(window, lambda: window.ws.settings.set("device_label", "Gao team laptop 2"))
    assert "Gao team laptop 2" in window.sync.my_key.text()


@pytest.fixture
def hq_window(qtbot, tmp_path, demo_ws, no_dialogs):
    """HQ's main window, its workspace empty; the field laptop (demo data) trusts it and is trusted by it."""
    hq = Workspace(tmp_path / "hq", clock=demo_ws.clock)
    hq.settings.set("user_name", "HQ analyst")
    hq.trust.add(keys.public_identity(demo_ws), label="Bissau laptop")
    demo_ws.trust.add(keys.public_identity(hq), role="hq", label="HQ")
    win = MainWindow(hq, "en")
    qtbot.addWidget(win)
    win.show()
    yield win, demo_ws, hq
    win.close()
    ops.wait_all()
    hq.close()


def test_importing_through_the_sync_view_updates_the_list_the_checklist_and_the_log(qtbot, hq_window, tmp_path):
    win, field, hq = hq_window
    assert win.incidents.model.rowCount() == 0 and win.checklist.picker.count() == 0
    bundle.export_bundle(field, tmp_path / "b.fkb", include_demo=True)
    rep = win.sync.import_file(str(tmp_path / "b.fkb"))
    assert rep["added"] > 0
    n = hq.counts()["incidents"]
    assert n > 0 and win.incidents.model.rowCount() == n
    assert win.incidents.count_label.text().startswith(f"{n} incident")
    assert win.checklist.picker.count() == 2
    answers = hq.assessments.answers(win.checklist.aid)
    assert win.checklist.answers == answers and any(a["evidence"] for a in answers.values())
    for qid, button in win.checklist.evidence_buttons.items():  # the evidence shown is the imported evidence
        assert button.text() == f"Evidence ({len((answers.get(qid) or {}).get('evidence') or [])})…"
    assert field.device_id[:8] in win.sync.log.toPlainText() and f"{rep['added']} / 0 / 0" in win.sync.log.toPlainText()
    assert win.map._dirty  # rebuilt when shown


def test_resolving_a_conflict_updates_the_list_and_the_conflict_count(qtbot, hq_window, tmp_path, monkeypatch):
    win, field, hq = hq_window
    bundle.export_bundle(field, tmp_path / "1.fkb", include_demo=True)
    win.sync.import_file(str(tmp_path / "1.fkb"))
    rec = next(
        r for r in field.incidents.search() if r["status"] == "final" and r["severity"] < 5 and not r.get("sensitive")
    )
    field.clock.advance(hours=1)
    field.incidents.update(rec["id"], {"severity": 5}, reason="field")
    ed = win.incidents.edit_incident(rec["id"])
    ed.fields["place"].setText("HQ corrected place")
    ed.fields["reason"].setText("hq")
    assert ed.save() is True
    bundle.export_bundle(field, tmp_path / "2.fkb", incremental=True, include_demo=True)
    assert win.sync.import_file(str(tmp_path / "2.fkb"))["conflicts"] == 1
    view = win.incidents
    assert view.model.rowCount() == hq.counts()["incidents"]
    assert view.model.record(view.model.row_of(rec["id"]))["severity"] == rec["severity"]
    assert win.sync.conflicts.count() == 1

    def choose_theirs(dlg):
        dlg.choice["severity"].setCurrentIndex(1)  # the other device's severity
        dlg.resolve()
        return dlg.result()

    monkeypatch.setattr(ConflictDialog, "exec", choose_theirs)
    win.sync.open_conflict(win.sync.conflicts.item(0))
    assert hq.incidents.get(rec["id"])["severity"] == 5
    assert view.model.record(view.model.row_of(rec["id"]))["severity"] == 5  # no new search
    assert win.sync.conflicts.count() == 0 and "Conflicts (0)" in win.sync.tabs.tabText(1)


def test_passphrase_and_unknown_signer_are_told_apart_by_their_type(qtbot, tmp_path, demo_ws, no_dialogs, monkeypatch):
    hq = Workspace(tmp_path / "hq", clock=demo_ws.clock)  # does not trust the field laptop yet
    path = tmp_path / "p.fkb"
    bundle.export_bundle(demo_ws, path, passphrase="correct horse", encrypt_to_hq=False, include_demo=True)
    replies, asked = iter([("wrong horse", True), ("correct horse", True)]), []

    def get_text(parent, title, label, *a, **k):
        asked.append(title)
        return next(replies)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    no_dialogs.replies["Unknown sender"] = QMessageBox.StandardButton.Yes  # the user accepts (the default is No)
    view = SyncView(hq)
    qtbot.addWidget(view)
    rep = view.import_file(str(path))
    assert asked == ["Encrypted bundle", "Wrong passphrase"]
    fp = keys.public_identity(demo_ws)["fingerprint"]
    assert any(kind == "question" and title == "Unknown sender" and fp in text for kind, title, text in no_dialogs)
    assert rep["added"] > 0 and hq.trust.get(keys.public_identity(demo_ws)["sign"]) is not None
    ops.wait_all()
    hq.close()


def test_user_name_set_by_the_demo_job_is_the_one_the_ui_writes_into_new_versions(qtbot, ws, no_dialogs):
    """The demo job sets the user name; the UI, which read the (empty) name before, must hash with the new one."""
    win = MainWindow(ws, "en")
    qtbot.addWidget(win)
    assert ws.user_name == ""  # read (and cached) by the UI, as the start-up checks do
    job = win.load_demo(incidents=40)
    qtbot.waitUntil(lambda: job.done, timeout=60000)
    assert job.error is None and win.incidents.model.rowCount() == 40 and win.checklist.picker.count() == 2
    ed = win.incidents.new_incident()
    _fill(qtbot, ed, title="Roadblock on the Farim road")
    assert ed.save() is True
    iid = ws.incidents.search(IncidentFilter(text="Farim"))[0]["id"]
    assert ws.user_name == "Demo Monitor"
    assert ws.incidents.versions(iid)[-1]["author"] == "Demo Monitor"
    win.close()


def test_the_ui_never_opens_a_second_workspace():
    """Background work uses the UI's workspace: no view opens one of its own."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "ui"
    offenders = [
        str(p.relative_to(root))
        for p in root.rglob("*.py")
        if "Workspace(" in p.read_text(encoding="utf-8") and p.name != "app.py"
    ]
    assert offenders == []


def test_csv_export_runs_off_the_ui_thread(qtbot, window, tmp_path, monkeypatch, wait_for_jobs):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "i.csv"), ""))
    job = window.sync.export("csv")
    assert not job.done  # delivered later, on the UI thread
    wait_for_jobs()
    import csv

    with open(tmp_path / "i.csv", encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.reader(f))) == job.result + 1
    assert f"{job.result} incident" in window.sync.result.text()
