"""The Qt binding keeps Python's reference counts right: a call returning nothing must not release None.

PySide6 6.12.0 on Python 3.11 does (each ``widget.update()`` drops one reference to None), and the interpreter
aborts with "deallocating None" or "deallocating True or False", at exit or mid-run, the user's unsaved work lost.
pyproject.toml keeps that release out; this test fails on any binding that brings it back.
"""

import sys

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

CALLS = 2000


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None, True and False are immortal from Python 3.12")
def test_calls_returning_nothing_keep_none_alive(qtbot, qapp):
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(CALLS):
        w.update()
        w.setEnabled(True)
        QCoreApplication.postEvent(w, QEvent(QEvent.Type.User))
    qapp.processEvents()
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    # Ordinary churn moves these by a few; a binding that drops one per call moves them by thousands.
    for b, a in zip(before, after, strict=True):
        assert b - a < CALLS // 2, (before, after)
