"""Slow core calls run off the UI thread; results come back on it. Never touch widgets from the worker."""
from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn, signals):
        super().__init__()
        self.fn = fn
        self.signals = signals

    def run(self):
        try:
            result = self.fn()
        except BaseException as e:  # delivered to the UI thread, shown there
            self.signals.failed.emit(e)
        else:
            self.signals.done.emit(result)


_alive: set = set()


def run_in_background(fn: Callable, on_done: Callable, on_error: Callable) -> None:
    signals = _Signals()
    _alive.add(signals)

    def finish(cb, value):
        _alive.discard(signals)
        cb(value)
    signals.done.connect(lambda r: finish(on_done, r))
    signals.failed.connect(lambda e: finish(on_error, e))
    QThreadPool.globalInstance().start(_Job(fn, signals))


def run_and_wait(parent: QWidget, text: str, fn: Callable):
    """Run ``fn`` off the UI thread and return its result (or raise its error), keeping the window painted
    behind a progress note meanwhile: for a long step inside a dialog flow (a large bundle's check)."""
    note = QProgressDialog(text, "", 0, 0, parent)
    note.setCancelButton(None)
    note.setWindowModality(Qt.WindowModality.WindowModal)
    note.setMinimumDuration(0)
    note.hide()
    later = QTimer(note)  # shown only if the work lasts: no flash for a quick one
    later.setSingleShot(True)
    later.timeout.connect(note.show)
    later.start(300)
    loop, box = QEventLoop(), {}
    run_in_background(fn, lambda r: (box.update(result=r), loop.quit()), lambda e: (box.update(error=e), loop.quit()))
    if not box:
        loop.exec()
    later.stop()
    note.close()
    note.deleteLater()
    if "error" in box:
        raise box["error"]
    return box["result"]
