"""Answer widgets per question type, the evidence picker and the per-section chart."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.checklists.definition import UNKNOWN, YESNO, text_of
from fieldkit.errors import FieldkitError
from fieldkit.incidents import IncidentFilter
from fieldkit.palette import LEVEL_COLOURS, UNKNOWN_LEVEL

from ..i18n import core_message
from ..widgets import WheelSafeComboBox, ok_cancel


def level_name(code: str | None) -> str:
    """A threat level's name in the user's language (the checklist's summary, its comparison, the HQ page)."""
    names = {
        "low": QCoreApplication.translate("ChecklistView", "Low"),
        "moderate": QCoreApplication.translate("ChecklistView", "Moderate"),
        "high": QCoreApplication.translate("ChecklistView", "High"),
        "severe": QCoreApplication.translate("ChecklistView", "Severe"),
        "insufficient": QCoreApplication.translate("ChecklistView", "Insufficient information"),
        "not_scored": QCoreApplication.translate("ChecklistView", "Not scored"),
    }
    return names.get(code or "", code or "—")


class AnswerWidget(QWidget):
    """Emits ``answered(value)`` the moment the user gives an answer (None clears it)."""

    answered = Signal(object)

    def __init__(self, question, lang: str, parent=None):
        super().__init__(parent)
        self.q = question
        self.lang = lang
        self._setting = False
        lay = QHBoxLayout(self) if question.type in ("yesno", "scale") else QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        t = question.type
        self.group = None
        if t in ("yesno", "scale"):
            self.group = QButtonGroup(self)
            choices = (
                [("yes", YESNO["yes"]), ("no", YESNO["no"])]
                if t == "yesno"
                else [(i, question.scale.get(i, {})) for i in range(5)]
            )
            for value, label in choices:
                text = text_of(label, lang) if t == "yesno" else f"{value} {text_of(label, lang)}"
                b = QRadioButton(text)
                b.setProperty("value", value)
                self.group.addButton(b)
                lay.addWidget(b)
            if question.allow_unknown:
                b = QRadioButton(text_of(YESNO[UNKNOWN], lang))
                b.setProperty("value", UNKNOWN)
                self.group.addButton(b)
                lay.addWidget(b)
            lay.addStretch()
            self.group.buttonClicked.connect(lambda b: self._emit(b.property("value")))
        elif t == "single":
            self.combo = WheelSafeComboBox()
            self.combo.addItem(self.tr("(no answer)"), None)
            for o in question.options:
                self.combo.addItem(text_of(o.label, lang), o.code)
            if question.allow_unknown:
                self.combo.addItem(text_of(YESNO[UNKNOWN], lang), UNKNOWN)
            self.combo.activated.connect(lambda i: self._emit(self.combo.itemData(i)))
            lay.addWidget(self.combo)
        elif t == "multi":
            self.boxes = []
            grid = QWidget()
            gl = QVBoxLayout(grid)
            gl.setContentsMargins(0, 0, 0, 0)
            gl.setSpacing(1)
            for o in question.options:
                cb = QCheckBox(text_of(o.label, lang))
                cb.setProperty("code", o.code)
                cb.setProperty("exclusive", o.exclusive)
                cb.toggled.connect(self._multi_changed)
                self.boxes.append(cb)
                gl.addWidget(cb)
            self.unknown_box = QCheckBox(text_of(YESNO[UNKNOWN], lang)) if question.allow_unknown else None
            if self.unknown_box:
                self.unknown_box.toggled.connect(self._multi_changed)
                gl.addWidget(self.unknown_box)
            lay.addWidget(grid)
        elif t in ("number", "date"):
            self.edit = QLineEdit()
            unit = text_of(question.unit, lang)
            self.edit.setPlaceholderText(
                (self.tr("a number") + (f" ({unit})" if unit else "")) if t == "number" else "2026-03-14"
            )
            self.edit.setToolTip(self.tr("Type 'unknown' if it is not known."))
            self.edit.editingFinished.connect(lambda: self._emit(self.edit.text().strip() or None))
            lay.addWidget(self.edit)
        else:
            self.text = QPlainTextEdit()
            self.text.setMaximumHeight(90)
            self.text.setTabChangesFocus(True)
            self._timer = QTimer(self, singleShot=True, interval=500)
            self._timer.timeout.connect(lambda: self._emit(self.text.toPlainText().strip() or None))
            self.text.textChanged.connect(lambda: None if self._setting else self._timer.start())
            lay.addWidget(self.text)

    def _emit(self, value):
        if not self._setting:
            self.answered.emit(value)

    def flush(self) -> None:
        """Save what is typed and not saved yet (the text's pause timer, a number or date not yet left): the
        view is about to be rebuilt (a change of language)."""
        timer = getattr(self, "_timer", None)
        if timer is not None and timer.isActive():
            timer.stop()
            self._emit(self.text.toPlainText().strip() or None)
        edit = getattr(self, "edit", None)
        if edit is not None and edit.isModified():
            edit.setModified(False)
            self._emit(edit.text().strip() or None)

    def _multi_changed(self, *_):
        if self._setting:
            return
        if self.unknown_box and self.unknown_box.isChecked():
            self._emit(UNKNOWN)
            return
        sender = self.sender()
        if sender in self.boxes and sender.isChecked():
            # "None observed" excludes every other choice, and any other choice excludes it
            self._setting = True
            try:
                for b in self.boxes:
                    if b is not sender and (bool(sender.property("exclusive")) or bool(b.property("exclusive"))):
                        b.setChecked(False)
            finally:
                self._setting = False
        picked = [b.property("code") for b in self.boxes if b.isChecked()]
        self._emit(picked if picked else None)

    def set_value(self, value):
        self._setting = True
        try:
            t = self.q.type
            if self.group is not None:
                for b in self.group.buttons():
                    b.setChecked(value is not None and b.property("value") == value)
                if value is None and self.group.checkedButton():
                    self.group.setExclusive(False)
                    self.group.checkedButton().setChecked(False)
                    self.group.setExclusive(True)
            elif t == "single":
                i = self.combo.findData(value)
                self.combo.setCurrentIndex(max(0, i))
            elif t == "multi":
                for b in self.boxes:
                    b.setChecked(isinstance(value, list) and b.property("code") in value)
                if self.unknown_box:
                    self.unknown_box.setChecked(value == UNKNOWN)
            elif t in ("number", "date"):
                self.edit.setText("" if value is None else str(value))
            else:
                self.text.setPlainText("" if value is None else str(value))
        finally:
            self._setting = False

    def focus(self):
        target = (
            self.group.buttons()[0]
            if self.group
            else getattr(self, "combo", None)
            or getattr(self, "edit", None)
            or (self.boxes[0] if getattr(self, "boxes", None) else None)
            or getattr(self, "text", None)
        )
        if target is not None:
            target.setFocus()


class EvidencePicker(QDialog):
    """Choose incidents that support an answer. Defaults to the assessment's area when it has one."""

    def __init__(self, ws, selected: list[str], bbox=None, lang="en", parent=None):
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.selected = list(selected)
        self.bbox = bbox
        self.setWindowTitle(self.tr("Evidence: incidents that support this answer"))
        self.resize(720, 520)
        lay = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search incidents…"))
        lay.addWidget(self.search)
        self.in_area = QCheckBox(self.tr("Only incidents in the assessment area"))
        self.in_area.setChecked(bbox is not None)
        self.in_area.setEnabled(bbox is not None)
        lay.addWidget(self.in_area)
        self.message = QLabel()
        self.message.setStyleSheet("color:#c92a2a;")
        lay.addWidget(self.message)
        self.list = QListWidget()
        lay.addWidget(self.list, 1)
        lay.addWidget(ok_cancel(self))
        self.search.textChanged.connect(self.refresh)
        self.in_area.toggled.connect(self.refresh)
        self.list.itemChanged.connect(self._toggled)
        self.refresh()

    def refresh(self):
        try:
            flt = IncidentFilter(
                text=self.search.text(), bbox=tuple(self.bbox) if self.in_area.isChecked() and self.bbox else None
            )
            rows = self.ws.incidents.search(
                flt, limit=300, sort="rank" if self.search.text().strip() else "occurred_at"
            )
            self.message.clear()
        except FieldkitError as e:
            self.message.setText(core_message(e))
            return
        chosen = [r for r in self.ws.incidents.search(IncidentFilter(ids=self.selected))] if self.selected else []
        self.list.blockSignals(True)
        self.list.clear()
        seen = set()
        for r in chosen + rows:
            if r["id"] in seen:
                continue
            seen.add(r["id"])
            item = QListWidgetItem(
                f"{r['occurred_at'][:10]}  S{r['severity']}  {r['source_reliability']}{r['source_credibility']}  "
                f"{r['title']} — {r['place']}"
            )
            item.setData(Qt.ItemDataRole.UserRole, r["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if r["id"] in self.selected else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def _toggled(self, item):
        iid = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked and iid not in self.selected:
            self.selected.append(iid)
        elif item.checkState() != Qt.CheckState.Checked and iid in self.selected:
            self.selected.remove(iid)


class SectionChart(QWidget):
    """Horizontal bars: each section's threat score (1-10) coloured by level, or its resilience."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self.setMinimumHeight(240)

    def set_sections(self, sections: list[dict]):
        self.rows = [s for s in sections if s["kind"] != "info"]
        self.setMinimumHeight(28 * len(self.rows) + 30)
        self.update()

    def paintEvent(self, event):
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w = self.width()
        label_w = min(330, int(w * 0.45))
        bar_w = w - label_w - 70
        rtl = self.isRightToLeft()

        def box(x, y, bw, bh) -> QRectF:  # right to left (Arabic) the chart is mirrored: bars grow leftwards
            return QRectF(w - x - bw, y, bw, bh) if rtl else QRectF(x, y, bw, bh)

        # (the painter takes the widget's direction: AlignRight keeps the labels against the bars either way)
        p.setPen(QPen(QColor("#868e96")))
        for i, s in enumerate(self.rows):
            y = 10 + i * 28
            p.setPen(QColor("#212529"))
            p.drawText(
                box(0, y, label_w - 8, 22), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, s["title"]
            )
            p.fillRect(box(label_w, y + 3, bar_w, 16), QColor("#f1f3f5"))
            value = s["score"] if s["kind"] == "threat" else s.get("resilience")
            if value is None:
                p.setPen(QColor("#868e96"))
                p.drawText(
                    box(label_w + 6, y, bar_w, 22),
                    Qt.AlignmentFlag.AlignVCenter,
                    self.tr("insufficient information"),
                )
                continue
            threat = s["kind"] == "threat"
            colour = QColor(LEVEL_COLOURS.get(s["level"], UNKNOWN_LEVEL) if threat else "#1971c2")
            p.fillRect(box(label_w, y + 3, bar_w * value / 10.0, 16), colour)
            p.setPen(QColor("#212529"))
            p.drawText(
                box(label_w + bar_w + 6, y, 60, 22),
                Qt.AlignmentFlag.AlignVCenter,
                self.locale().toString(value, "f", 1),
            )
        p.end()
