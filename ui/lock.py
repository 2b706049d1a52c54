"""The app lock: the passphrase asked at start and after a lock (Ctrl+L, or the idle time), a new workspace's
passphrase, and the idle watcher. While locked the workspace is closed: its window, its connections and its
data key are gone (``ui.app`` opens it again after an unlock)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from fieldkit import vault

from .widgets import ok_cancel

_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class UnlockDialog(QDialog):
    """The passphrase of an encrypted workspace. Shows how many wrong passphrases were typed since the last unlock
    (and, under a wipe policy, how many are left)."""

    def __init__(self, folder, parent=None, *, locked: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("FieldKit is locked") if locked else self.tr("Unlock FieldKit"))
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("This workspace is encrypted. Type its passphrase to open it."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        lay.addLayout(form)
        self.failures = QLabel()
        self.failures.setStyleSheet("color: #c92a2a")
        self.failures.setWordWrap(True)
        lay.addWidget(self.failures)
        lay.addWidget(ok_cancel(self))
        self.show_failures(vault.lock_state(folder))

    def show_failures(self, state: dict) -> None:
        n = state["failed"]
        text = self.tr("%n wrong passphrase(s) since the last unlock.", "", n) if n else ""
        if n and state["wipe_after"]:
            text += " " + self.tr("After %n more, the workspace will be destroyed.", "", state["wipe_after"] - n)
        self.failures.setText(text)
        self.failures.setVisible(bool(text))

    def value(self) -> str:
        return self.passphrase.text()


class NewWorkspaceDialog(QDialog):
    """The passphrase of a new workspace (typed twice), or, for training only, a plain one."""

    def __init__(self, parent=None, *, encrypting: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protect this workspace"))
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "This workspace is not encrypted yet: anyone who takes this laptop could read it. Choose a passphrase "
                "(at least 10 characters; a few words are easiest to remember). Nobody can recover a lost passphrase."
            )
            if encrypting
            else self.tr(
                "Choose a passphrase for the new workspace (at least 10 characters; a few words are easiest to "
                "remember). FieldKit asks for it at every start. Nobody can recover a lost passphrase."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.first, self.second = QLineEdit(), QLineEdit()
        for w in (self.first, self.second):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase"), self.first)
        form.addRow(self.tr("Again"), self.second)
        lay.addLayout(form)
        self.training = QCheckBox(self.tr("Training only: keep this workspace NOT encrypted"))
        self.training.setChecked(False)
        lay.addWidget(self.training)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c92a2a")
        self.problem.setWordWrap(True)
        self.problem.hide()
        lay.addWidget(self.problem)
        lay.addWidget(ok_cancel(self, self._ok))
        self.training.toggled.connect(lambda on: (self.first.setEnabled(not on), self.second.setEnabled(not on)))

    def _ok(self) -> None:
        if self._check():
            self.accept()

    def _check(self) -> bool:
        if self.training.isChecked():
            return True
        if self.first.text() != self.second.text():
            self.problem.setText(self.tr("The two passphrases differ."))
        elif len(self.first.text()) < vault.MIN_PASSPHRASE:
            self.problem.setText(self.tr("The passphrase is too short: use at least 10 characters."))
        else:
            return True
        self.problem.show()
        return False

    def value(self) -> str | None:
        """The passphrase chosen, or None for a plain (training) workspace."""
        return None if self.training.isChecked() else self.first.text()


class IdleWatcher(QObject):
    """Emits ``idle`` after ``minutes`` without keyboard, mouse or touch input anywhere in the app (0: never).

    It watches the app's top-level windows (``QWindow``: every input event reaches one first), never the whole
    application: an application-wide filter in Python has every event of every object wrapped, objects still being
    built included, and the map's web engine then crashed the app (a request job wrapped half-made)."""

    idle = Signal()

    def __init__(self, app, minutes: int):
        super().__init__(app)
        self.app = app
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.minutes = minutes
        if minutes > 0:
            self.timer.start(minutes * 60 * 1000)
            for window in app.topLevelWindows():
                self.watch(window)
            app.focusWindowChanged.connect(self.watch)
            # a window that opens without taking the focus (a dialog's parent gets it back) is found within seconds
            self._sweep = QTimer(self)
            self._sweep.timeout.connect(lambda: [self.watch(w) for w in self.app.topLevelWindows()])
            self._sweep.start(2000)

    def watch(self, window) -> None:
        if window is not None and self.minutes > 0:
            window.installEventFilter(self)  # installing it twice keeps one

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        if event.type() in _INPUT_EVENTS and self.minutes > 0:
            self.timer.start(self.minutes * 60 * 1000)
        return False

    def stop(self) -> None:
        self.timer.stop()
        if self.minutes > 0:
            self._sweep.stop()
            try:
                self.app.focusWindowChanged.disconnect(self.watch)
            except (RuntimeError, TypeError):
                pass
            for window in self.app.topLevelWindows():
                window.removeEventFilter(self)
        self.minutes = 0


class PassphraseDialog(QDialog):
    """Change the workspace passphrase, or set (or remove) its duress passphrase, from the open app. The current
    passphrase is asked first; the duress passphrase typed there is only a wrong one (nothing is destroyed while the
    workspace is open). The key derivation takes about a second: it runs off the UI thread."""

    def __init__(self, ws, parent=None, *, duress: bool = False):
        super().__init__(parent)
        self.ws, self.duress = ws, duress
        self.setWindowTitle(self.tr("Duress passphrase") if duress else self.tr("Change the passphrase"))
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A duress passphrase is a second passphrase for when you are forced to open FieldKit. Typed when "
                "FieldKit asks for the passphrase, it destroys this workspace at once and opens an empty one in its "
                "place; nothing on screen says so. Choose one you will not type by mistake. HQ keeps what you "
                "already sent; the rest is lost."
            )
            if duress
            else self.tr(
                "The data is not re-encrypted: only the key that opens it is wrapped again under the new passphrase. "
                "Nobody can recover a lost passphrase."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(intro)
        form = QFormLayout()
        self.current, self.first, self.second = QLineEdit(), QLineEdit(), QLineEdit()
        for w in (self.current, self.first, self.second):
            w.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Current passphrase"), self.current)
        form.addRow(self.tr("Duress passphrase") if duress else self.tr("New passphrase"), self.first)
        form.addRow(self.tr("Again"), self.second)
        lay.addLayout(form)
        self.remove = QCheckBox(self.tr("Remove the duress passphrase"))
        self.remove.setVisible(duress)
        self.remove.toggled.connect(lambda on: (self.first.setEnabled(not on), self.second.setEnabled(not on)))
        lay.addWidget(self.remove)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c92a2a")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        lay.addWidget(self.problem)
        lay.addWidget(ok_cancel(self, self._ok))

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _ok(self) -> None:
        from fieldkit.errors import FieldkitError

        from . import ops
        from .i18n import core_message

        removing = self.duress and self.remove.isChecked()
        if not removing:
            if self.first.text() != self.second.text():
                return self._say(self.tr("The two passphrases differ."))
            if len(self.first.text()) < vault.MIN_PASSPHRASE:
                return self._say(self.tr("The passphrase is too short: use at least 10 characters."))
        folder, current, new = self.ws.folder, self.current.text(), self.first.text()
        profile = self.ws.duress_profile()  # read here, on the UI thread's connection
        if self.duress:

            def work():
                vault.set_duress(folder, current, None if removing else new, workspace_open=True, profile=profile)
        else:

            def work():
                vault.change_passphrase(folder, current, new, workspace_open=True)

        try:
            ops.run_and_wait(self, self.tr("Checking the passphrase…"), work, ws=self.ws)
        except FieldkitError as e:
            self.current.selectAll()
            return self._say(core_message(e))
        self.accept()


class TravelDialog(QDialog):
    """Travel mode: what HQ confirmed holding, and nothing here needs, leaves this laptop (``fieldkit.sync.travel``).
    Shows first what would leave and what stays, and why; asks once (No by default)."""

    def __init__(self, ws, parent=None):
        from PySide6.QtWidgets import QSpinBox

        super().__init__(parent)
        self.ws, self.plan = ws, None
        self.setWindowTitle(self.tr("Travel mode"))
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Before a checkpoint or a journey, leave on this laptop only what is needed. Incidents HQ confirmed "
                "holding (its receipt) leave this laptop, unless they changed lately, an assessment cites them or "
                "a conflict names them. HQ keeps them: nothing is deleted there."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(intro)
        form = QFormLayout()
        self.keep_days = QSpinBox()
        self.keep_days.setRange(0, 3650)
        self.keep_days.setValue(30)
        self.keep_days.setSuffix(self.tr(" days"))
        form.addRow(self.tr("Keep what changed in the last"), self.keep_days)
        lay.addLayout(form)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.summary)
        self.buttons = ok_cancel(self, self._ok)
        lay.addWidget(self.buttons)
        self.keep_days.valueChanged.connect(lambda _: self.refresh())
        self.refresh()

    def refresh(self):
        """Compute the plan off the UI thread (it reads every incident)."""
        from fieldkit.sync import travel

        from . import ops

        days = self.keep_days.value()
        self.summary.setText(self.tr("Counting…"))
        self.buttons.setEnabled(False)

        def done(p, _changes):
            if p["keep_days"] == self.keep_days.value():
                self.show_plan(p)

        return ops.run(self, self.tr("Counting…"), lambda: travel.plan(self.ws, days), done)

    def show_plan(self, p: dict) -> None:
        self.plan = p
        k, n = p["kept"], len(p["incidents"])
        if not p["receipts"]:
            text = self.tr(
                "HQ has not confirmed receiving any bundle from this laptop yet: nothing can leave. Send a bundle to "
                "HQ and import the receipt it gives back first."
            )
        else:
            text = (
                self.tr("%n incident(s) would leave this laptop", "", n)
                + " "
                + self.tr("(%1 attachment(s), %2 MB).")
                .replace("%1", str(p["attachments"]))
                .replace("%2", f"{p['bytes'] / 1e6:.1f}")
            )
            text += "\n" + self.tr(
                "Kept here: %1 that HQ has not confirmed, %2 changed lately, %3 cited by an assessment, %4 in an "
                "open conflict."
            ).replace("%1", str(k["not_confirmed"])).replace("%2", str(k["recent"])).replace(
                "%3", str(k["cited"])
            ).replace("%4", str(k["in_conflict"]))
        self.summary.setText(text)
        self.buttons.setEnabled(True)
        self.adjustSize()  # the wrapped texts keep their height when the summary grows

    def _ok(self) -> None:
        from fieldkit.errors import FieldkitError
        from fieldkit.sync import travel

        from . import ops
        from .i18n import core_message
        from .widgets import ask

        if self.plan is None or not self.plan["incidents"]:
            return self.accept()
        n = len(self.plan["incidents"])
        if not ask(
            self,
            self.tr("Travel mode"),
            self.tr("Remove %n incident(s) from this laptop now? HQ keeps them.", "", n),
            default_yes=False,
        ):
            return
        days = self.keep_days.value()
        try:
            self.plan = ops.run_and_wait(
                self, self.tr("Leaving incidents behind…"), lambda: travel.apply(self.ws, days), ws=self.ws
            )
        except FieldkitError as e:
            self.summary.setText(core_message(e))
            return
        self.accept()
