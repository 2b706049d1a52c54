import pytest
from PySide6.QtWidgets import QApplication

from ui.main_window import AboutDialog, MainWindow


def test_four_jobs_are_one_click_away(qtbot, window):
    for key in ("checklist", "incidents", "map", "sync"):
        window.job_actions[key].trigger()
        assert window.stack.currentWidget() is window.pages[key]
    texts = [a.text() for a in window.findChild(type(window.addToolBar("x")), "jobs").actions()]
    assert texts == ["Checklist", "Incidents", "Map", "Sync"]


def test_status_bar_shows_the_workspace(window):
    from PySide6.QtWidgets import QLabel

    labels = [w.text() for w in window.statusBar().findChildren(QLabel)]
    assert any(str(window.ws.folder) in t for t in labels)


def test_about_lists_licences_and_data_credits(qtbot, demo_ws):
    dlg = AboutDialog(demo_ws)
    qtbot.addWidget(dlg)
    from PySide6.QtWidgets import QTextBrowser

    body = dlg.findChild(QTextBrowser).toPlainText()
    for needle in (
        "Leaflet",
        "BSD-2-Clause",
        "LGPL-3.0",
        "Natural Earth",
        "Public domain",
        "reportlab",
        "GeoNames",
        "CC BY 4.0",
    ):
        assert needle in body


def test_empty_workspace_offers_demo_data(qtbot, ws, no_dialogs):
    ws.settings.set("user_name", "Tester")
    win = MainWindow(ws, "en")
    qtbot.addWidget(win)
    win.startup_checks()  # the offer defaults to No: Enter never fills a real workspace with demo data
    assert any(kind == "question" and "demo" in text.lower() for kind, _, text in no_dialogs)
    assert ws.is_empty()
    from PySide6.QtWidgets import QMessageBox

    no_dialogs.replies["Empty workspace"] = QMessageBox.StandardButton.Yes
    win.startup_checks()
    qtbot.waitUntil(lambda: not ws.is_empty() and win.incidents.model.rowCount() == 500, timeout=30000)
    assert ws.counts()["assessments"] == 2


def test_unexpected_exception_shows_a_plain_dialog_and_is_logged(qtbot, window, no_dialogs, caplog):
    import sys

    from ui.errors import install_excepthook

    old = sys.excepthook
    install_excepthook()
    try:
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    assert no_dialogs and no_dialogs[-1][0] == "warning" and "Something unexpected went wrong" in no_dialogs[-1][2]
    assert "Traceback" not in no_dialogs[-1][2]
    assert any("uncaught exception" in r.message for r in caplog.records)


def test_about_credits_what_is_used_and_only_that():
    """Every Python package credited is one FieldKit imports; the rest are known components without a module."""
    import importlib

    from ui.main_window import THIRD_PARTY

    not_python = {"SQLite", "Leaflet 1.9", "Leaflet.markercluster", "libsodium", "libyaml"}
    names = [name for name, *_ in THIRD_PARTY]
    for name, _licence, _who, module in THIRD_PARTY:
        if module is None:
            assert name in not_python
        else:
            importlib.import_module(module)
    assert not any("cryptography" in n.lower() for n in names)
    for needed in ("PyNaCl", "libsodium", "orjson", "branca", "Jinja2", "XStatic-Leaflet"):
        assert needed in names


def test_verify_runs_off_the_ui_thread_and_reports(qtbot, window, no_dialogs):
    job = window.verify()
    qtbot.waitUntil(lambda: job.done, timeout=30000)
    assert job.result == window.ws.verify() and job.result["ok"]
    assert no_dialogs[-1][0] == "information" and "Everything verifies." in no_dialogs[-1][2]


def test_demo_data_is_said_in_the_status_bar_and_removed_from_the_file_menu(qtbot, demo_ws, no_dialogs):
    from PySide6.QtWidgets import QMessageBox

    win = MainWindow(demo_ws, "en")
    qtbot.addWidget(win)
    assert not win.demo_notice.isHidden() and win.remove_demo_action.isEnabled()
    assert win.remove_demo() is None  # asks first; No by default
    no_dialogs.replies["Remove demo data"] = QMessageBox.StandardButton.Yes
    job = win.remove_demo()
    qtbot.waitUntil(lambda: job.done, timeout=30000)
    assert demo_ws.counts()["incidents"] == 0
    qtbot.waitUntil(lambda: win.demo_notice.isHidden(), timeout=5000)
    assert not win.remove_demo_action.isEnabled()


def test_the_window_fits_the_screen_and_comes_back_at_the_size_it_was_left(qtbot, ws, monkeypatch):
    from PySide6.QtCore import QRect

    class Small:  # a 1366×768 laptop screen, less its task bar
        def availableGeometry(self):  # noqa: N802 - Qt's name
            return QRect(0, 0, 1366, 728)

    monkeypatch.setattr(MainWindow, "screen", lambda self: Small())
    win = MainWindow(ws, "en")
    qtbot.addWidget(win)
    assert win.width() <= 1366 and win.height() <= 728 - 40
    win.resize(900, 600)
    win.close()
    again = MainWindow(ws, "en")
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (900, 600)


def _languages():
    from ui import i18n

    return list(i18n.LANGUAGES)


@pytest.mark.parametrize("lang", _languages())
def test_every_view_fits_a_1366_pixel_wide_laptop_screen_in_every_language(qtbot, tmp_path, lang):
    """Field laptops have 1366×768 screens: no view may need a wider window (the checklist view's button row once
    did in French, and the window ran off the screen)."""
    from PySide6.QtWidgets import QApplication

    from fieldkit import demo
    from tests.workspaces import Workspace
    from ui import i18n

    i18n.install(QApplication.instance(), lang)
    # the widest case: a plain training workspace with demo data (both notices in the status bar), a long path
    ws = Workspace(tmp_path / ("a-long-folder-name-" * 6) / "w", unencrypted=True)
    try:
        demo.fill(ws, incidents=20)
        win = MainWindow(ws, lang)
        qtbot.addWidget(win)
        assert not win.demo_notice.isHidden() and not win.plain_notice.isHidden()
        for key in ("checklist", "incidents", "map", "sync"):
            win.show_page(key)
            assert win.minimumSizeHint().width() <= 1366 - 16, (lang, key, win.minimumSizeHint().width())
        win.close()
    finally:
        from ui import ops

        ops.wait_all()  # the map view's build runs on a worker's connection: closing the workspace under it crashed
        ws.close()
        i18n.install(QApplication.instance(), "en")


def test_help_offers_the_guide_the_shortcuts_and_a_diagnostics_file(qtbot, window, tmp_path, no_dialogs):
    import json

    from ui.main_window import GuideDialog, ShortcutsDialog

    labels = [a.text() for a in window.menuBar().actions()[-1].menu().actions()]
    assert {"User guide", "Keyboard shortcuts", "Report a problem…"} <= set(labels)
    guide = GuideDialog("fr", window)
    qtbot.addWidget(guide)
    text = guide.text.toPlainText()
    # the French guide (a first draft, which it says), not the English one with a note
    assert "Synchroniser un ordinateur de terrain et le QG" in text and "not translated yet" not in text
    assert "première version" in text
    sc = ShortcutsDialog(window)
    qtbot.addWidget(sc)
    job = window.report_problem(str(tmp_path / "d.json"))
    qtbot.waitUntil(lambda: job.done, timeout=30000)
    data = json.loads((tmp_path / "d.json").read_text())
    assert data["format"] == "fieldkit-diagnostics/1" and data["counts"]["incidents"] == window.ws.counts()["incidents"]
    assert "qt" in data and any(kind == "information" for kind, _, _ in no_dialogs)


def test_the_language_chosen_is_remembered_and_applied_at_once(qtbot, window, no_dialogs):
    from ui import i18n

    try:
        window._set_language("fr")
        assert window.ws.settings.get("language") == "fr"
        assert window.job_actions["incidents"].text() == "Incidents" and window.incidents.new_button.text() == (
            "Nouvel incident"
        )
        if window.ws.encrypted:  # kept where the unlock screen, shown before the settings can be read, finds it
            from fieldkit import vault

            assert vault.lock_state(window.ws.folder)["language"] == "fr"
    finally:
        i18n.install(QApplication.instance(), "en")


def test_a_lost_device_key_at_start_offers_a_new_identity_no_by_default(qtbot, tmp_path, incident_data, no_dialogs):
    from PySide6.QtWidgets import QMessageBox

    from fieldkit.errors import DeviceKeyMissing
    from tests.workspaces import Workspace
    from ui.errors import NewIdentityPrompt

    ws = Workspace(tmp_path / "w")
    ws.incidents.add(incident_data)
    ws.close()
    (tmp_path / "w" / "keys" / "device.json").unlink()
    try:
        Workspace(tmp_path / "w")
    except DeviceKeyMissing as e:
        error = e
    assert NewIdentityPrompt().ask(error) is False  # the default: quit, restore the file first
    assert no_dialogs[-1][1] == "The device key is missing" and "keys/device.json" in no_dialogs[-1][2]
    no_dialogs.replies["The device key is missing"] = QMessageBox.StandardButton.Yes
    assert NewIdentityPrompt().ask(error) is True
    again = Workspace(tmp_path / "w", create=False, new_identity=True)  # what the app then opens
    assert again.verify()["ok"] and again.counts()["incidents"] == 1
    again.close()
