"""Small widgets every view shares."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QMessageBox, QSizePolicy


def ok_cancel(dialog: QDialog, on_ok: Callable | None = None) -> QDialogButtonBox:
    """The OK/Cancel row of a dialog: OK runs ``on_ok`` (by default it accepts the dialog), Cancel rejects it.
    The caller places the returned box in its layout."""
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(on_ok or dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


# ---- message boxes whose text is always plain (never Qt's auto-detected rich text) --------------------
# Text in a message box often carries what came from a file or a bundle (a device label, a file name, a
# record's title). Qt's static QMessageBox functions guess "rich text" from a tag in it, which lets such a
# text hide or fake the rest of the message; these never guess.
_KINDS = {
    QMessageBox.Icon.Question: "question",
    QMessageBox.Icon.Warning: "warning",
    QMessageBox.Icon.Information: "information",
    QMessageBox.Icon.Critical: "critical",
}


def _run_box(box: QMessageBox) -> QMessageBox.StandardButton:
    """Show the box and return the standard button chosen (Escape gives the box's escape button)."""
    box.exec()
    return box.standardButton(box.clickedButton()) if box.clickedButton() else QMessageBox.StandardButton.NoButton


def plain_box(parent, icon, title: str, text: str, buttons, default) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(default)
    return box


def ask(parent, title: str, text: str, *, default_yes: bool = True, warning: bool = False) -> bool:
    """A Yes/No question in plain text; ``default_yes=False`` for a decision that is hard to undo; ``warning``
    shows it with the warning icon (a risk to the user's data or safety, not a routine question)."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question
    box = plain_box(parent, icon, title, text, yes | no, yes if default_yes else no)
    return _run_box(box) == yes


def choose(parent, title: str, text: str, labels: dict) -> QMessageBox.StandardButton:
    """A question with named answers: ``labels`` maps standard buttons (the first is the default) to their text.
    Returns the button chosen, or Cancel when the box is closed."""
    buttons = QMessageBox.StandardButton.NoButton
    for b in labels:
        buttons |= b
    box = plain_box(parent, QMessageBox.Icon.Question, title, text, buttons, next(iter(labels)))
    for b, label in labels.items():
        box.button(b).setText(label)
    got = _run_box(box)
    return got if got in labels else QMessageBox.StandardButton.Cancel


def tell(parent, title: str, text: str, *, warning: bool = False) -> None:
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    _run_box(plain_box(parent, icon, title, text, QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Ok))


class WheelSafeComboBox(QComboBox):
    """A drop-down that a mouse wheel changes only once the user has given it focus (a click, Tab): scrolling a
    page of questions over it scrolls the page, never the answer."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event):  # noqa: N802 - Qt's name
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # goes on to the scroll area around it


def fit_combo(combo, chars: int) -> None:
    """A combo box that does not widen its row to its longest item (a vocabulary label in French or Portuguese
    pushed windows off a 1366-pixel screen): it is ``chars`` characters wide at least, takes the room it is given,
    and its list opens wide enough to read every item."""
    from PySide6.QtWidgets import QComboBox

    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    view = combo.view()
    view.setMinimumWidth(max(view.sizeHintForColumn(0) + 24, 0))


class ElidedLabel(QLabel):
    """A one-line plain-text label that takes the room it is given and ends in "…" when the text does not fit (its
    full text in the tooltip): a long notice or path never makes the window wider than a 1366-pixel screen."""

    def __init__(self, text: str = "", parent=None, *, min_chars: int = 12):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * min_chars)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text
        self.setToolTip(text)
        super().setText(text)
        self.update()

    def sizeHint(self):  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        hint.setWidth(self.fontMetrics().horizontalAdvance(self._full) + 8)
        return hint

    def paintEvent(self, event):  # noqa: N802 - Qt's name
        from PySide6.QtGui import QPainter

        p = QPainter(self)
        p.setPen(self.palette().color(self.foregroundRole()))
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())
        p.drawText(self.rect(), int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), shown)
