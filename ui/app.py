"""``fieldkit-app``: the desktop application."""

from __future__ import annotations

import argparse
import logging
import os
import sys

from fieldkit.languages import CODES as LANGUAGE_CODES


def _prepare_environment():
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # QtWebEngine refuses to start as root otherwise
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
    if "--disable-background-networking" not in flags:  # the map never reaches the network; neither does Chromium
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = (
            flags + " --disable-background-networking --disable-component-update"
        ).strip()
    try:  # must be imported, and the map's URL scheme registered, before the QApplication exists
        import PySide6.QtWebEngineWidgets  # noqa: F401

        from .map.web import register_scheme

        register_scheme()
    except ImportError:
        pass


def parse_args(argv):
    p = argparse.ArgumentParser(prog="fieldkit-app", description="FieldKit desktop app")
    p.add_argument("--data-dir", help="workspace folder (default: $FIELDKIT_DATA_DIR or the user data folder)")
    p.add_argument(
        "--lang",
        choices=list(LANGUAGE_CODES),
        help="interface language (default: the saved setting, else the system's)",
    )
    p.add_argument(
        "--self-test",
        action="store_true",
        help="start, open the workspace ($FIELDKIT_PASSPHRASE) and every view, then exit (0 = healthy)",
    )
    return p.parse_args(argv)


# how the event loop of one unlocked session ends, besides quitting
LOCK, WIPE, ENCRYPT = 77, 78, 79


def open_workspace(folder, args, *, locked: bool = False, passphrase: str | None = None):
    """The workspace of ``folder``, its passphrase asked for (an encrypted one), chosen (a new one) or taken from
    ``$FIELDKIT_PASSPHRASE`` (the self-test); None when the user gave up. Raises what cannot be asked about."""
    from PySide6.QtWidgets import QDialog

    from fieldkit import vault
    from fieldkit.errors import DeviceKeyMissing, WorkspaceWiped, WrongPassphrase
    from fieldkit.workspace import Workspace

    from .errors import NewIdentityPrompt
    from .i18n import core_message
    from .lock import NewWorkspaceDialog, UnlockDialog
    from .widgets import tell

    def make(**kw):
        try:
            return Workspace(folder, **kw)
        except DeviceKeyMissing as e:
            if args.self_test or not NewIdentityPrompt().ask(
                e
            ):  # the key file lost: quit (to restore it), or a new one
                raise
            return Workspace(folder, create=False, new_identity=True, **kw)

    if args.self_test or passphrase is not None:
        pw = passphrase or os.environ.get("FIELDKIT_PASSPHRASE")
        return make(passphrase=pw)
    if vault.is_encrypted(folder):
        while True:
            dlg = UnlockDialog(folder, locked=locked)
            if dlg.exec() != QDialog.DialogCode.Accepted:
                return None
            try:
                return make(passphrase=dlg.value())
            except WrongPassphrase:
                continue  # the dialog shows the count
            except WorkspaceWiped as e:
                tell(None, "FieldKit", core_message(e), warning=True)
                return None
    if (folder / "fieldkit.sqlite").exists():
        return make()  # plain: the window says so and offers to encrypt it
    dlg = NewWorkspaceDialog()
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = dlg.value()
    ws = make(passphrase=chosen, unencrypted=chosen is None)
    if chosen is None:
        ws.settings.set(PLAIN_BY_CHOICE, "1")
    return ws


PLAIN_BY_CHOICE = "plain_by_choice"  # setting: a training workspace, kept plain on purpose (no offer to encrypt)


def _remember_unlock_language(ws, log, unlock_language: str | None) -> None:
    """The language chosen in the app, also where the unlock screen can read it (a workspace set up before the
    unlock screen learnt it gets it at its next start); a workspace with no language chosen yet (the empty one the
    duress passphrase made) takes the unlock screen's."""
    from fieldkit import storage, vault
    from fieldkit.errors import FieldkitError

    chosen = ws.settings.get("language")
    try:
        if chosen and ws.encrypted:
            vault.set_unlock_language(ws.folder, chosen)
        elif unlock_language:
            ws.settings.set("language", unlock_language)
    except (FieldkitError, OSError, *storage.Error):
        log.info("the language of the unlock screen could not be remembered")


def main(argv=None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    _prepare_environment()
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from fieldkit import conversion, logsetup, paths, vault
    from fieldkit import wipe as wiping
    from fieldkit.errors import FieldkitError

    from . import i18n
    from .errors import install_excepthook
    from .i18n import core_message
    from .lock import IdleWatcher
    from .main_window import MainWindow
    from .widgets import tell

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("FieldKit")
    app.setOrganizationName("FieldKit")
    folder = paths.resolve_data_dir(args.data_dir)
    logsetup.configure(folder)
    log = logging.getLogger("ui.app")
    install_excepthook(interactive=not args.self_test)
    # the unlock screen speaks the language the user chose in the app (kept beside the lock policy, outside the
    # encrypted area: the workspace's own settings are not readable yet)
    i18n.install(app, args.lang or vault.lock_state(folder).get("language") or i18n.system_language())
    locked, passphrase = False, None
    while True:
        try:
            ws = open_workspace(folder, args, locked=locked, passphrase=passphrase)
        except FieldkitError as e:
            if args.self_test:
                sys.stderr.write(f"self-test FAILED: {e.message}\n")
                return 1
            tell(None, "FieldKit", core_message(e), warning=True)
            return 1
        passphrase = None
        if ws is None:
            return 0 if locked else 1
        # the language chosen, else the one the unlock screen spoke (a workspace made empty by the duress passphrase
        # keeps speaking it), else the system's
        unlock_language = vault.lock_state(folder).get("language") if ws.encrypted else None
        lang = i18n.install(app, args.lang or ws.settings.get("language") or unlock_language or i18n.system_language())
        _remember_unlock_language(ws, log, unlock_language)
        log.info("FieldKit started on %s (language %s)", folder, lang)
        win = MainWindow(ws, lang)
        win.show()
        if args.self_test:
            return _self_test(app, win, ws, folder, lang, log)
        # One unlocked session is an event loop of its own, ended by a lock, a wipe, an encryption or the window
        # closed. Not the application's loop: ending that one (QCoreApplication.exit) tells Qt the app is quitting,
        # and the map's web engine then tears itself down: the next session's web view crashed the app on its first
        # lock (seen after a lock, an unlock and a second lock).
        session = QEventLoop()
        watcher = IdleWatcher(app, vault.lock_state(folder)["idle_minutes"] if ws.encrypted else 0)
        watcher.idle.connect(lambda s=session: s.exit(LOCK))
        win.lock_requested.connect(lambda s=session: s.exit(LOCK))
        win.wipe_requested.connect(lambda s=session: s.exit(WIPE))
        win.encrypt_requested.connect(lambda s=session: s.exit(ENCRYPT))
        win.closed.connect(lambda s=session: s.exit(0))
        if not locked:
            QTimer.singleShot(0, win.startup_checks)
        win.start_warm_up()
        code = session.exec()
        watcher.stop()
        chosen = win.new_passphrase
        _shutdown(win)
        ws.close()
        del win, ws  # nothing of the workspace stays with the app while it is locked
        import gc

        gc.collect()
        if code == LOCK:
            log.info("locked")
            locked = True
            continue
        if code == WIPE:
            wiping.wipe(folder)
            tell(None, "FieldKit", QCoreApplication.translate("app", "The workspace was destroyed."))
            return 0
        if code == ENCRYPT and chosen:
            try:
                conversion.encrypt_in_place(folder, chosen)
            except FieldkitError as e:
                tell(None, "FieldKit", core_message(e), warning=True)
            passphrase, locked = chosen, False
            continue
        return code


def _self_test(app, win, ws, folder, lang, log) -> int:
    from PySide6.QtCore import QTimer

    ok = {"value": True}

    def check():
        try:
            for key in ("checklist", "incidents", "sync"):
                win.show_page(key)
                app.processEvents()
            from fieldkit.sync.bundle import helper_process_answers

            if not helper_process_answers(ws):
                raise RuntimeError("no helper process for bundle imports")
            web = getattr(win.map, "web", None)
            if web is None:
                raise RuntimeError("the map (QtWebEngine) is not available")
            web.loaded.connect(map_loaded)
            win.show_page("map")
            QTimer.singleShot(60000, lambda: finish(False, "the map page did not load within 60 s"))
        except Exception:
            log.exception("self-test failed")
            finish(False, "a view failed to open")

    def map_loaded(n):
        blocked = win.map.web.page().profile().interceptor.blocked
        finish(
            not blocked,
            f"map loaded offline with {n} incidents" if not blocked else f"non-local requests: {blocked}",
        )

    def finish(success, detail):
        if ok.get("done"):
            return
        ok["done"], ok["value"] = True, success
        print(
            f"self-test {'ok' if success else 'FAILED'}: {detail}; workspace {folder}, "
            f"{ws.counts()['incidents']} incidents, language {lang}"
        )
        app.quit()

    QTimer.singleShot(200, check)
    app.exec()
    _shutdown(win)
    ws.close()
    return 0 if ok["value"] else 1


def _shutdown(win) -> None:
    """Let running jobs end, then close windows and the map's web profile in the order Qt expects."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from . import ops

    ops.wait_all()  # before the workspace closes: no job is cut short
    win.close()
    win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    try:
        from .map import web

        web.shutdown()
    except ImportError:
        pass


if __name__ == "__main__":
    sys.exit(main())
