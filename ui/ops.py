"""One way to run work from the UI and to tell every view what it changed.

- ``run(parent, text, fn, on_done, on_error)``: ``fn()`` runs off the UI thread (QThreadPool) inside
  ``ws.tracking()``; a note with ``text`` shows if it lasts over 0.3 s (no flash for quick work); then, on the UI
  thread, the Changes go to the router and ``on_done(result, changes)`` runs (or ``on_error(exc)``, by default
  ``show_error``: a plain sentence, never a traceback). Returns the ``Job``.
- ``run_and_wait(parent, text, fn)``: the same runner, for a step inside a dialog flow: returns ``fn``'s result (or
  raises its error) while the window keeps painting behind a window-modal note.
- ``do(parent, fn)``: quick work on the UI thread (saving an incident, answering a question), tracked and routed the
  same way.

The workspace is the ``ws`` of ``parent`` or of its nearest ancestor: background work uses the UI's workspace
(its own SQLite connection per thread, the same stores and caches), never a second ``Workspace``.
Where the Changes go: the nearest ancestor with a ``change_hub`` (the main window hands them to every view); with
none (a view on its own), the nearest ancestor with an ``on_changes`` method.
``fn`` never touches widgets: it runs on a worker thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QWidget

from fieldkit.changes import Changes
from fieldkit.errors import step_interrupted

log = logging.getLogger(__name__)
NOTE_AFTER_MS = 300

_alive: set = set()  # jobs still running (their Python objects must outlive the worker)


class ChangeHub(QObject):
    """The main window's router: every view connects ``changed`` to its ``on_changes``."""

    changed = Signal(object)

    def route(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)


def _valid(obj) -> bool:
    return obj is not None and shiboken6.isValid(obj)


def _ancestors(obj):
    while obj is not None:
        yield obj
        obj = obj.parent() if isinstance(obj, QObject) else None


def workspace_of(parent):
    return next((w.ws for w in _ancestors(parent) if getattr(w, "ws", None) is not None), None)


def _route_target(parent):
    """The hub above ``parent``, else the nearest object that has ``on_changes``, else None."""
    nearest = None
    for w in _ancestors(parent):
        hub = getattr(w, "change_hub", None)
        if hub is not None:
            return hub
        if nearest is None and callable(getattr(w, "on_changes", None)):
            nearest = w
    return nearest


def _deliver(target, changes: Changes) -> None:
    if not changes or not _valid(target):
        return
    if isinstance(target, ChangeHub):
        target.route(changes)
    else:
        target.on_changes(changes)


def route(parent, changes: Changes) -> None:
    """Hand ``changes`` to whoever above ``parent`` redraws the views."""
    _deliver(_route_target(parent), changes)


def do(parent, fn: Callable, ws=None):
    """Run quick work on the UI thread, collecting what it touched; the Changes are routed even when ``fn`` raises
    half-way (its error then goes to the caller)."""
    ws = ws or workspace_of(parent)
    if ws is None:
        return fn()
    try:
        with ws.tracking() as changes:
            return fn()
    finally:
        route(parent, changes)  # after the block: what the views do on hearing it is not part of it


class Job(QObject):
    """Work handed to the thread pool. ``finished`` is emitted on the UI thread once ``on_done``/``on_error`` ran;
    then ``done`` is True and ``result``, ``error`` and ``changes`` are set."""

    finished = Signal()
    _succeeded = Signal(object, object)
    _failed = Signal(object, object)

    def __init__(self, parent, text, fn, on_done, on_error, ws, modal, also):
        super().__init__()  # no Qt parent: the job outlives a view closed meanwhile
        self.parent_widget, self.text, self.fn, self.ws = parent, text, fn, ws
        self.on_done, self.on_error, self.modal, self.also = on_done, on_error, modal, also
        self.target = _route_target(parent)
        self.done = False
        self.result = self.error = None
        self.changes = Changes()
        self._note = None
        self._status = None
        self._succeeded.connect(self._finish_ok, Qt.ConnectionType.QueuedConnection)
        self._failed.connect(self._finish_error, Qt.ConnectionType.QueuedConnection)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self._show_note)

    # -- on the worker --------------------------------------------------------------------
    def work(self) -> None:
        changes = Changes()
        try:
            if self.ws is None:
                result = self.fn()
            else:
                with self.ws.tracking() as changes:
                    result = self.fn()
        except BaseException as e:  # delivered to the UI thread and shown there
            self._release()
            self._failed.emit(e, changes)
        else:
            self._release()
            self._succeeded.emit(result, changes)

    def _release(self) -> None:
        if self.ws is not None:
            try:
                self.ws.release_thread()
            except Exception:  # pragma: no cover - the result matters more than closing a connection
                log.warning("could not close a worker's database connection", exc_info=True)

    # -- on the UI thread -----------------------------------------------------------------
    def _show_note(self) -> None:
        parent = self.parent_widget if _valid(self.parent_widget) else None
        window = parent.window() if isinstance(parent, QWidget) else None
        if not self.modal and isinstance(window, QMainWindow):
            self._status = window.statusBar()
            self._status.showMessage(self.text)
            return
        note = QProgressDialog(self.text, "", 0, 0, parent)
        note.setCancelButton(None)
        note.setWindowTitle("FieldKit")
        note.setWindowModality(Qt.WindowModality.WindowModal if self.modal else Qt.WindowModality.NonModal)
        note.setMinimumDuration(0)
        note.show()
        self._note = note

    def _hide_note(self) -> None:
        self._later.stop()
        if self._note is not None and _valid(self._note):
            self._note.close()
            self._note.deleteLater()
        self._note = None
        if _valid(self._status) and self._status.currentMessage() == self.text:
            self._status.clearMessage()
        self._status = None

    def _settle(self, changes: Changes) -> bool:
        """Common end: note gone, changes routed. False when the widget that asked is gone (no callback then)."""
        self._hide_note()
        if self.also:
            changes.merge(self.also)
        self.changes = changes
        self.done = True
        _deliver(self.target, changes)
        return self.parent_widget is None or _valid(self.parent_widget)

    @Slot(object, object)
    def _finish_ok(self, result, changes) -> None:
        self.result = result
        try:
            if self._settle(changes) and self.on_done is not None:
                self.on_done(result, changes)
        finally:
            self._end()

    @Slot(object, object)
    def _finish_error(self, error, changes) -> None:
        self.error = error
        try:
            if not self._settle(changes):
                log.info(
                    "job %r failed after its window closed: %s (%s)",
                    self.text,
                    type(error).__name__,
                    getattr(error, "template", "message withheld"),
                )
            elif self.on_error is not None:
                self.on_error(error)
            else:
                from .errors import show_error

                show_error(self.parent_widget, error)
        finally:
            self._end()

    def _end(self) -> None:
        self.fn = self.on_done = self.on_error = None
        self.finished.emit()
        # let go of the job only once Qt is done delivering the call that ran this slot: a Python-owned QObject
        # freed inside its own slot would leave Qt touching freed memory
        QTimer.singleShot(0, lambda: _alive.discard(self))


class _Runnable(QRunnable):
    def __init__(self, job: Job):
        super().__init__()
        self.job = job

    def run(self):
        self.job.work()


def run(
    parent,
    text: str,
    fn: Callable,
    on_done: Callable | None = None,
    on_error: Callable | None = None,
    *,
    modal: bool = False,
    ws=None,
    also: Changes | None = None,
) -> Job:
    """Run ``fn()`` off the UI thread; see the module's docstring. ``also``: changes to route besides those the
    work recorded (demo data: every view redraws)."""
    job = Job(parent, text, fn, on_done, on_error, ws or workspace_of(parent), modal, also)
    _alive.add(job)
    job._later.start(NOTE_AFTER_MS)
    QThreadPool.globalInstance().start(_Runnable(job))
    return job


_INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.Wheel,
    QEvent.Type.Shortcut,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.Drop,
}


class _HoldInput(QObject):
    """Swallows the user's clicks and keys in the window of a dialog flow while one of its steps runs, also in the
    first 0.3 s before its window-modal note shows (a second click meanwhile would start the same flow twice), and a
    request to close that window. Other windows (a message box another job opened) keep working."""

    def __init__(self, window):
        super().__init__()
        self.window = window

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        kind = event.type()
        if kind not in _INPUT_EVENTS and kind != QEvent.Type.Close:
            return False
        if self.window is None or not _valid(self.window):
            return kind in _INPUT_EVENTS
        if isinstance(obj, QWidget):
            return _valid(obj) and obj.window() is self.window
        return False


def run_and_wait(parent, text: str, fn: Callable, *, ws=None):
    """Run ``fn()`` off the UI thread and return its result (or raise its error), the window painted meanwhile
    behind a window-modal note: for a long step inside a dialog flow (a large bundle's check). The user's input
    to that window is held until it returns. If the app quits meanwhile, the step is waited for, then its result
    delivered (never a loop spinning on a job that can no longer finish)."""
    app = QCoreApplication.instance()
    window = parent.window() if isinstance(parent, QWidget) and _valid(parent) else None
    hold = _HoldInput(window)
    # on the window and its widgets, not the application: an application-wide Python filter has PySide wrap every
    # object an event reaches while the step runs, re-entrantly, and that crashed (a segfault in
    # PySide::getWrapperForQObject during a bundle import, seen in tests/ui/test_changes_ui.py)
    held = [window, *window.findChildren(QWidget)] if window is not None else [app]
    for w in held:
        w.installEventFilter(hold)
    quitting: list[int] = []

    def on_quit() -> None:
        quitting.append(1)

    app.aboutToQuit.connect(on_quit)
    try:
        job = run(parent, text, fn, on_done=lambda *_: None, on_error=lambda _: None, modal=True, ws=ws)
        loop = QEventLoop()
        job.finished.connect(loop.quit)
        while not job.done:
            loop.exec()
            if not job.done and (quitting or QCoreApplication.closingDown()):
                QThreadPool.globalInstance().waitForDone(60000)
                QCoreApplication.sendPostedEvents()
                if not job.done:
                    raise step_interrupted()
    finally:
        for w in held:
            if w is app or _valid(w):
                w.removeEventFilter(hold)
        app.aboutToQuit.disconnect(on_quit)
    if job.error is not None:
        raise job.error
    return job.result


def pending() -> int:
    """How many jobs have not yet delivered their result."""
    return len(_alive)


def wait_all(timeout_ms: int = 60000) -> None:
    """Let every running job finish and deliver (at exit, before the workspace closes; in tests)."""
    for _ in range(20):
        if not _alive:
            return
        QThreadPool.globalInstance().waitForDone(timeout_ms)
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
