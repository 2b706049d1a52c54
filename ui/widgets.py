"""Small widgets every view shares."""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox


def ok_cancel(dialog: QDialog, on_ok: Callable | None = None) -> QDialogButtonBox:
    """The OK/Cancel row of a dialog: OK runs ``on_ok`` (by default it accepts the dialog), Cancel rejects it.
    The caller places the returned box in its layout."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(on_ok or dialog.accept)
    box.rejected.connect(dialog.reject)
    return box
