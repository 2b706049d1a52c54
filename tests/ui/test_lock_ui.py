"""The app lock (issue 16): the unlock dialog counts wrong passphrases, Ctrl+L and the idle time lock, the quick
delete asks once (No by default), a plain workspace says so."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from fieldkit import vault
from tests.workspaces import TEST_PASSPHRASE, Workspace


def test_ctrl_l_locks_and_closes_the_editors(qtbot, window):
    with qtbot.waitSignal(window.lock_requested, timeout=2000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lock_action.isEnabled()


def test_the_idle_watcher_locks_after_the_idle_time_and_input_restarts_it(qtbot):
    from PySide6.QtWidgets import QWidget

    from ui.lock import IdleWatcher

    app = QApplication.instance()
    shown = QWidget()
    qtbot.addWidget(shown)
    shown.show()
    watcher = IdleWatcher(app, 10)
    try:
        assert watcher.timer.isActive() and watcher.timer.remainingTime() > 9 * 60 * 1000
        watcher.timer.start(50)
        key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(shown.windowHandle(), key)  # input reaches a window first
        assert watcher.timer.remainingTime() > 9 * 60 * 1000  # input restarts the count
        watcher.timer.start(50)
        with qtbot.waitSignal(watcher.idle, timeout=2000):
            pass
    finally:
        watcher.stop()
    assert not IdleWatcher(app, 0).timer.isActive()  # 0: never


def test_unlock_asks_again_after_a_wrong_passphrase_and_shows_the_count(qtbot, tmp_path, monkeypatch):
    from ui import app as app_module
    from ui.lock import UnlockDialog

    folder = tmp_path / "w"
    Workspace(folder).close()
    answers = ["wrong passphrase one", "wrong passphrase two", TEST_PASSPHRASE]
    shown = []

    def exec_(self):
        shown.append(self.failures.text() if not self.failures.isHidden() else "")
        self.passphrase.setText(answers.pop(0))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(UnlockDialog, "exec", exec_)

    class Args:
        self_test = False

    ws = app_module.open_workspace(folder, Args())
    try:
        assert ws.encrypted and not answers
        assert shown[0] == "" and "1 wrong" in shown[1] and "2 wrong" in shown[2]
        assert vault.lock_state(folder)["failed"] == 0  # reset by the unlock
    finally:
        ws.close()


def test_the_quick_delete_asks_once_and_defaults_to_no(qtbot, window, no_dialogs):
    fired = []
    window.wipe_requested.connect(lambda: fired.append(1))
    assert window.wipe() is False and fired == []  # the default button is No
    no_dialogs.replies["Delete this workspace now"] = QMessageBox.StandardButton.Yes
    assert window.wipe() is True and fired == [1]


def test_a_plain_workspace_says_so_and_offers_encryption(qtbot, tmp_path, no_dialogs, monkeypatch):
    from ui.main_window import MainWindow

    ws = Workspace(tmp_path / "plain", unencrypted=True)
    ws.settings.set("user_name", "Tester")
    monkeypatch.setattr(MainWindow, "offer_demo", lambda self: None)
    try:
        win = MainWindow(ws, "en")
        qtbot.addWidget(win)
        assert win.plain_notice.text().startswith("NOT encrypted") and not win.lock_action.isEnabled()
        offered = []
        monkeypatch.setattr(MainWindow, "offer_encryption", lambda self: offered.append(1) or False)
        win.startup_checks()
        assert offered == [1] and any("not encrypted" in t for _, _, t in no_dialogs)
        win.close()
    finally:
        ws.close()


def test_locking_closes_the_workspace_and_the_window_until_the_passphrase_is_typed(qtbot, tmp_path, monkeypatch):
    """The app's loop (ui.app.main): unlock, lock (the workspace closed, its data key gone, no window left), then the
    unlock dialog again."""
    from PySide6.QtCore import QTimer

    from ui import app as app_module
    from ui.lock import UnlockDialog
    from ui.main_window import MainWindow

    folder = tmp_path / "w"
    with Workspace(folder) as ws:
        ws.settings.set("user_name", "Tester")
    monkeypatch.setattr(MainWindow, "startup_checks", lambda self: None)
    monkeypatch.setattr("ui.errors.install_excepthook", lambda interactive: None)  # the session's own stays
    monkeypatch.setattr("fieldkit.logsetup.configure", lambda folder, *a, **k: None)
    seen = []

    def exec_(self):
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.append(
            {"key held": vault.key_of(folder) is not None, "windows": len(windows), "locked": self.windowTitle()}
        )
        if len(seen) == 1:
            self.passphrase.setText(TEST_PASSPHRASE)

            def lock_soon():
                win = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
                seen.append({"unlocked key held": vault.key_of(folder) is not None})
                win.lock()

            QTimer.singleShot(300, lock_soon)
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected  # the second time: the user walks away

    monkeypatch.setattr(UnlockDialog, "exec", exec_)
    assert app_module.main(["--data-dir", str(folder), "--lang", "en"]) == 0
    assert seen[0] == {"key held": False, "windows": 0, "locked": "Unlock FieldKit"}
    assert seen[1] == {"unlocked key held": True}
    assert seen[2] == {"key held": False, "windows": 0, "locked": "FieldKit is locked"}


def test_the_unlock_screen_speaks_the_language_chosen_in_the_app(qtbot, tmp_path, monkeypatch):
    """The language is a setting of the encrypted workspace, unreadable before the unlock: the unlock screen of the
    next start finds it beside the lock policy (a workspace that had it before learns it at its next start)."""
    from ui import app as app_module
    from ui.lock import UnlockDialog
    from ui.main_window import MainWindow

    folder = tmp_path / "w"
    with Workspace(folder) as ws:
        ws.settings.set("user_name", "Tester")
        ws.settings.set("language", "fr")  # chosen before the unlock screen learnt to keep it
    assert "language" not in vault.lock_state(folder)
    monkeypatch.setattr(MainWindow, "startup_checks", lambda self: None)
    monkeypatch.setattr("ui.errors.install_excepthook", lambda interactive: None)
    monkeypatch.setattr("fieldkit.logsetup.configure", lambda folder, *a, **k: None)
    monkeypatch.setattr("ui.i18n.system_language", lambda: "en")
    titles = []

    def exec_(self):
        titles.append(self.windowTitle())
        if self.windowTitle() in ("Unlock FieldKit", "Déverrouiller FieldKit"):  # unlock, then lock at once
            self.passphrase.setText(TEST_PASSPHRASE)
            from PySide6.QtCore import QTimer

            def lock_soon():
                next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()).lock()

            QTimer.singleShot(200, lock_soon)
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected  # locked: the user walks away

    monkeypatch.setattr(UnlockDialog, "exec", exec_)
    app_module.main(["--data-dir", str(folder)])
    assert titles[0] == "Unlock FieldKit" and vault.lock_state(folder)["language"] == "fr"
    app_module.main(["--data-dir", str(folder)])
    assert titles[2] == "Déverrouiller FieldKit"
    assert vault.lock_state(folder)["failed"] == 0  # the failed-unlock count and the language live side by side


def test_the_language_beside_the_lock_policy_is_a_code_and_survives_the_failure_count(tmp_path):
    from fieldkit.errors import FieldkitError

    folder = tmp_path / "w"
    Workspace(folder).close()
    vault.set_unlock_language(folder, "fr")
    vault.count_failed_unlock(folder)
    vault.set_lock_policy(folder, idle_minutes=5)
    assert vault.lock_state(folder) == {"idle_minutes": 5, "wipe_after": 0, "failed": 1, "language": "fr"}
    for bad in ("", "FR", "../x", "<b>fr</b>"):
        try:
            vault.set_unlock_language(folder, bad)
        except FieldkitError:
            pass
        else:
            raise AssertionError(bad)
    (folder / vault.LOCK_FILE).write_text('{"language": "<script>", "failed": 2}')
    assert vault.lock_state(folder) == {"idle_minutes": 10, "wipe_after": 0, "failed": 2}


def test_lock_unlock_lock_again_and_the_map_still_works_then_closing_the_window_ends_the_app(
    qtbot, tmp_path, monkeypatch
):
    """Each unlocked session runs its own event loop: ending the application's (as the lock once did) told Qt the
    app was quitting, the web engine tore itself down, and the second lock crashed the app (a segfault)."""
    from PySide6.QtCore import QTimer

    from ui import app as app_module
    from ui.lock import UnlockDialog
    from ui.main_window import MainWindow

    folder = tmp_path / "w"
    with Workspace(folder) as ws:
        ws.settings.set("user_name", "Tester")
    monkeypatch.setattr(MainWindow, "startup_checks", lambda self: None)
    monkeypatch.setattr("ui.errors.install_excepthook", lambda interactive: None)
    monkeypatch.setattr("fieldkit.logsetup.configure", lambda folder, *a, **k: None)
    dialogs, loaded = [], []

    def exec_(self):
        dialogs.append(self.windowTitle())
        self.passphrase.setText(TEST_PASSPHRASE)

        def later():
            win = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
            if len(dialogs) < 3:
                win.lock()
            else:  # the third session: the map page loads, then the user closes the window
                win.map.web.loaded.connect(lambda n: (loaded.append(n), win.close()))
                win.show_page("map")

        QTimer.singleShot(200, later)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(UnlockDialog, "exec", exec_)
    assert app_module.main(["--data-dir", str(folder), "--lang", "en"]) == 0
    assert dialogs == ["Unlock FieldKit", "FieldKit is locked", "FieldKit is locked"] and loaded == [0]


def test_the_passphrase_and_duress_dialogs_check_the_current_passphrase_and_destroy_nothing(qtbot, window):
    from ui.lock import PassphraseDialog

    ws, duress = window.ws, "the river is low this year"
    assert ws.encrypted
    dlg = PassphraseDialog(ws, window, duress=True)
    qtbot.addWidget(dlg)
    dlg.current.setText(TEST_PASSPHRASE)
    dlg.first.setText(duress)
    dlg.second.setText(duress + "x")
    dlg._ok()
    assert dlg.problem.text() == "The two passphrases differ." and dlg.result() == 0
    dlg.second.setText(duress)
    dlg.current.setText("not the passphrase at all")
    dlg._ok()
    assert "does not open" in dlg.problem.text() and dlg.result() == 0
    dlg.current.setText(TEST_PASSPHRASE)
    dlg._ok()
    assert dlg.result() == QDialog.DialogCode.Accepted and vault._is_duress(ws.folder, duress)
    # the duress passphrase typed in the open app is only a wrong one: nothing is destroyed
    change = PassphraseDialog(ws, window)
    qtbot.addWidget(change)
    change.current.setText(duress)
    change.first.setText("a brand new passphrase")
    change.second.setText("a brand new passphrase")
    change._ok()
    assert "does not open" in change.problem.text() and ws.counts()["incidents"] == window.ws.counts()["incidents"]
    assert vault.check_passphrase(ws.folder, TEST_PASSPHRASE)
    change.current.setText(TEST_PASSPHRASE)
    change._ok()
    assert change.result() == QDialog.DialogCode.Accepted
    assert vault.check_passphrase(ws.folder, "a brand new passphrase") and vault._is_duress(ws.folder, duress)
    remove = PassphraseDialog(ws, window, duress=True)
    qtbot.addWidget(remove)
    remove.current.setText("a brand new passphrase")
    remove.remove.setChecked(True)
    remove._ok()
    assert remove.result() == QDialog.DialogCode.Accepted and not vault._is_duress(ws.folder, duress)


def test_the_window_warms_the_page_cache_in_idle_steps_after_the_unlock(qtbot, window):
    window.start_warm_up()
    assert window._warm_up_timer.isActive()  # a step at a time, from the event loop: the window stays responsive
    qtbot.waitUntil(lambda: not window._warm_up_timer.isActive(), timeout=10000)


def test_the_empty_workspace_the_duress_passphrase_opens_speaks_the_same_language(
    qtbot, tmp_path, monkeypatch, no_dialogs
):
    """Nothing on screen may tell that the duress passphrase was typed: not the language switching back to the
    system's because the new, empty workspace has no language chosen yet, nor a greeting for a new installation
    (the startup checks run: the user's name came over, so no welcome dialog)."""
    from PySide6.QtCore import QTimer

    from ui import app as app_module
    from ui.lock import UnlockDialog
    from ui.main_window import MainWindow

    folder, duress = tmp_path / "w", "the river is low this year"
    with Workspace(folder) as ws:
        ws.settings.set("user_name", "Tester")
        ws.settings.set("language", "fr")
        profile = ws.duress_profile()
    vault.set_unlock_language(folder, "fr")
    vault.set_duress(folder, TEST_PASSPHRASE, duress, profile=profile)
    monkeypatch.setattr("ui.errors.install_excepthook", lambda interactive: None)
    monkeypatch.setattr("fieldkit.logsetup.configure", lambda folder, *a, **k: None)
    monkeypatch.setattr("ui.i18n.system_language", lambda: "en")
    seen, greeted = [], []
    monkeypatch.setattr("ui.main_window.WelcomeDialog.exec", lambda self: greeted.append(1) or 0)

    def exec_(self):
        seen.append(self.windowTitle())
        if len(seen) > 1:
            return QDialog.DialogCode.Rejected
        self.passphrase.setText(duress)

        def look():
            win = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
            seen.append((win.lang, win.ws.counts()["incidents"], win.ws.user_name))
            win.lock()

        QTimer.singleShot(200, look)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(UnlockDialog, "exec", exec_)
    app_module.main(["--data-dir", str(folder)])
    assert (
        seen[0] == "Déverrouiller FieldKit" and seen[1] == ("fr", 0, "Tester") and seen[2] == "FieldKit est verrouillé"
    )
    assert greeted == []
    with Workspace(folder, passphrase=duress) as ws:
        assert ws.settings.get("language") == "fr"


def test_travel_mode_shows_what_would_leave_asks_no_by_default_then_leaves_it(
    qtbot, tmp_path, incident_data, no_dialogs
):
    from PySide6.QtWidgets import QMessageBox

    from fieldkit.clock import FixedClock
    from fieldkit.sync import bundle, keys
    from ui.lock import TravelDialog

    clock = FixedClock("2026-06-01T12:00:00Z")
    with Workspace(tmp_path / "a", clock=clock) as alpha, Workspace(tmp_path / "hq", clock=clock) as hq:
        hq.trust.add(keys.public_identity(alpha), label="alpha")
        alpha.trust.add(keys.public_identity(hq), role="hq", label="HQ", checked="fingerprint")
        dlg = TravelDialog(alpha)
        qtbot.addWidget(dlg)
        qtbot.waitUntil(lambda: dlg.plan is not None, timeout=5000)
        assert "has not confirmed receiving any bundle" in dlg.summary.text()
        alpha.incidents.add(incident_data)
        clock.advance(minutes=1)
        bundle.export_bundle(alpha, tmp_path / "1.fkb")
        bundle.import_bundle(hq, tmp_path / "1.fkb")
        doc = hq.receipts.issue(alpha.device_id)
        alpha.receipts.accept(doc["body"], doc["signature"])
        clock.advance(days=40)
        dlg.plan = None
        dlg.refresh()
        qtbot.waitUntil(lambda: dlg.plan is not None, timeout=5000)
        assert dlg.summary.text().startswith("1 incident(s) would leave this laptop")
        dlg._ok()  # the question's default is No: nothing leaves
        assert alpha.counts()["incidents"] == 1 and dlg.result() == 0
        no_dialogs.replies["Travel mode"] = QMessageBox.StandardButton.Yes
        dlg._ok()
        assert alpha.counts()["incidents"] == 0 and dlg.result() == QDialog.DialogCode.Accepted
        assert hq.counts()["incidents"] == 1
