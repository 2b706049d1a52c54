"""Slow core calls run off the UI thread; results come back on it. Never touch widgets from the worker."""
from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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
