"""The one place that turns exceptions into plain sentences for the user."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication

from fieldkit import storage
from fieldkit.errors import FieldkitError

from .i18n import core_message

log = logging.getLogger(__name__)


def show_error(parent, exc: BaseException, title: str | None = None) -> None:
    exc = storage.explain(exc) or exc  # a full or failing disk is said plainly, wherever SQLite reported it
    if isinstance(exc, FieldkitError):
        msg = core_message(exc)
        log.info("rejected (%s): %s", type(exc).__name__, exc.template)  # the template: no user content in the log
    else:
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
        msg = (
            QCoreApplication.translate(
                "errors", "Something unexpected went wrong. Your saved work is safe; the details are in the log file."
            )
            + f"\n\n{type(exc).__name__}: {exc}"
        )
    from .widgets import tell

    tell(parent, title or "FieldKit", msg, warning=True)


def install_excepthook(interactive: bool = True) -> None:
    """Log every uncaught exception and tell the user in a plain sentence. Not ``interactive`` (the headless
    self-test): say it on stderr and exit with 1 at once, never wait for a click nobody will make."""

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("uncaught exception", exc_info=(exc_type, exc, tb))  # the log's formatter withholds the message
        if not interactive:
            sys.stderr.write(f"self-test FAILED: uncaught {exc_type.__name__}: {exc}\n")
            sys.stderr.flush()
            os._exit(1)
        app = QApplication.instance()
        if app is not None:
            try:
                show_error(app.activeWindow(), exc)
            except Exception:  # pragma: no cover - last resort
                pass

    sys.excepthook = hook


class NewIdentityPrompt(QObject):
    """At start, the device key file is gone: say so, and offer (No by default) to go on with a new key."""

    def ask(self, error) -> bool:
        """True when the user chose a new identity (the app then opens the workspace with one); else the app quits
        and the user may restore the key file first."""
        from PySide6.QtWidgets import QMessageBox

        from .widgets import choose

        text = (
            core_message(error)
            + "\n\n"
            + self.tr(
                "A new identity cannot be undone: this device will trust nobody until you trust HQ's and your "
                "colleagues' keys again, and they must accept this device's new key."
            )
        )
        got = choose(
            None,
            self.tr("The device key is missing"),
            text,
            {
                QMessageBox.StandardButton.Cancel: self.tr("Quit (restore the key file first)"),
                QMessageBox.StandardButton.Yes: self.tr("Make a new identity"),
            },
        )
        return got == QMessageBox.StandardButton.Yes
