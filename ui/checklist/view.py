"""The guided "Spotting the Spoilers" flow: assessments, sections with progress, questions with help
and evidence, the summary (threat picture with chart and "why"), and comparison of two assessments."""

from __future__ import annotations

import html
import logging
from contextlib import contextmanager

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fieldkit import languages, paths
from fieldkit.changes import ANSWERS, ASSESSMENTS, INCIDENTS, TOMBSTONES
from fieldkit.checklists import records, scoring
from fieldkit.checklists.definition import text_of
from fieldkit.errors import FieldkitError, ValidationError
from fieldkit.palette import LEVEL_COLOURS, UNKNOWN_LEVEL

from .. import ops
from ..errors import show_error
from ..i18n import core_message, tr_msg
from ..widgets import ask, ok_cancel, tell
from .records import RecordsTab
from .widgets import AnswerWidget, EvidencePicker, SectionChart, level_name

log = logging.getLogger(__name__)


class NewAssessmentDialog(QDialog):
    def __init__(self, ws, lang, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New assessment"))
        form = QFormLayout(self)
        self.area = QLineEdit()
        self.area.setPlaceholderText(self.tr("e.g. Guinea-Bissau, Gao region"))
        areas = sorted({a["area_name"] for a in ws.assessments.list()})
        if areas:
            from PySide6.QtWidgets import QCompleter

            self.area.setCompleter(QCompleter(areas))
        self.checklist = QComboBox()
        for c in ws.checklists.current():  # new assessments use the latest version of a checklist
            self.checklist.addItem(f"{text_of(c.title, lang)} ({c.version})", c.key)
        today = ws.clock.now().date()
        from datetime import timedelta

        self.start = QLineEdit((today - timedelta(days=90)).isoformat())
        self.end = QLineEdit(today.isoformat())
        self.assessor = QLineEdit(ws.user_name)
        self.language = QComboBox()
        for x in languages.SHIPPED:
            self.language.addItem(x.native, x.code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.bbox = QLineEdit()
        self.bbox.setPlaceholderText(self.tr("optional: min lon, min lat, max lon, max lat"))
        self.from_last = QCheckBox(self.tr("Start from the area's latest assessment"))
        self.from_last.setChecked(True)
        form.addRow(self.tr("Area"), self.area)
        form.addRow(self.tr("Checklist"), self.checklist)
        form.addRow(self.tr("Period from"), self.start)
        form.addRow(self.tr("Period to"), self.end)
        form.addRow(self.tr("Assessor"), self.assessor)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Area bounds"), self.bbox)
        form.addRow("", self.from_last)
        self.error = QLabel()
        self.error.setStyleSheet("color:#c92a2a;")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        form.addRow(ok_cancel(self))


class ChecklistView(QWidget):
    def __init__(self, ws, lang: str = "en", parent=None):
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.aid: str | None = None
        self.last_import = None  # (what install said, the notes) of the last XLSForm imported here
        self.checklist = None
        self.answers: dict = {}
        self.boxes: dict[str, QGroupBox] = {}
        self.widgets: dict[str, AnswerWidget] = {}
        self.revise_reason = ""
        self._writing = False  # while this view saves: it redraws what it changed itself
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Assessment")))
        self.picker = QComboBox()
        self.picker.setMinimumWidth(200)  # the row must fit a 1366-pixel screen in every language
        self.picker.currentIndexChanged.connect(self._picked)
        top.addWidget(self.picker, 1)
        self.new_button = QPushButton(self.tr("New assessment…"))
        self.new_button.clicked.connect(self.new_assessment)
        top.addWidget(self.new_button)
        self.import_button = QPushButton(self.tr("Import checklist…"))
        self.import_button.setToolTip(
            self.tr("Add a checklist written as an XLSForm (.xlsx), the spreadsheet forms of ODK and KoboToolbox")
        )
        self.import_button.clicked.connect(lambda: self.import_checklist())
        top.addWidget(self.import_button)
        self.next_button = QPushButton(self.tr("Next unanswered"))
        self.next_button.setShortcut("Ctrl+J")
        self.next_button.setToolTip("Ctrl+J")
        self.next_button.clicked.connect(self.go_next_unanswered)
        top.addWidget(self.next_button)
        self.finalise_button = QPushButton(self.tr("Finalise"))
        self.finalise_button.clicked.connect(self.finalise)
        top.addWidget(self.finalise_button)
        self.upgrade_button = QPushButton(self.tr("Use the latest checklist"))
        self.upgrade_button.setToolTip(
            self.tr("This draft uses an earlier version of the checklist; its answers are carried over.")
        )
        self.upgrade_button.clicked.connect(self.upgrade)
        self.upgrade_button.setVisible(False)
        top.addWidget(self.upgrade_button)
        self.report_button = QPushButton(self.tr("PDF report…"))
        self.report_button.clicked.connect(lambda: self.pdf_report())
        self.report_language = QComboBox()  # the report follows the app's language unless another is chosen
        self.report_language.setToolTip(self.tr("Language of the PDF report"))
        for x in languages.SHIPPED:
            self.report_language.addItem(x.native, x.code)
        self.report_language.setCurrentIndex(max(0, self.report_language.findData(lang)))
        top.addWidget(self.report_language)
        top.addWidget(self.report_button)
        root.addLayout(top)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        root.addWidget(self.banner)

        self.tabs = QTabWidget()
        root.addWidget(self.tabs, 1)
        # guided flow
        flow = QSplitter(Qt.Orientation.Horizontal)
        self.sections = QListWidget()
        self.sections.setMinimumWidth(300)
        self.sections.currentRowChanged.connect(self._section_chosen)
        flow.addWidget(self.sections)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        flow.addWidget(self.scroll)
        flow.setSizes([320, 900])
        self.tabs.addTab(flow, self.tr("Questions"))
        # summary
        summary = QWidget()
        sl = QVBoxLayout(summary)
        self.level_label = QLabel()
        self.level_label.setTextFormat(Qt.TextFormat.RichText)
        sl.addWidget(self.level_label)
        self.chart = SectionChart()
        sl.addWidget(self.chart)
        self.why = QTextBrowser()
        sl.addWidget(self.why, 1)
        self.tabs.addTab(summary, self.tr("Summary"))
        # compare
        cmp = QWidget()
        cl = QVBoxLayout(cmp)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Compare with")))
        self.compare_with = QComboBox()
        self.compare_with.currentIndexChanged.connect(self.show_compare)
        row.addWidget(self.compare_with, 1)
        cl.addLayout(row)
        self.compare_text = QTextBrowser()
        cl.addWidget(self.compare_text, 1)
        self.tabs.addTab(cmp, self.tr("Compare"))
        self.records = RecordsTab(self)
        self.tabs.addTab(self.records, self.tr("Markets and actors"))
        self.tabs.currentChanged.connect(
            lambda i: (
                self.show_summary()
                if i == 1
                else self.show_compare()
                if i == 2
                else self.records.refresh()
                if i == 3
                else None
            )
        )
        self.reload()

    # ---- what changed ---------------------------------------------------------------------
    @contextmanager
    def _own_write(self):
        self._writing = True
        try:
            yield
        finally:
            self._writing = False

    def _write(self, fn):
        """A write of this view's own (an answer, a new assessment): tracked and heard by the other views; this
        one redraws the part it changed itself rather than the whole section (whose widget is sending the answer)."""
        with self._own_write():
            return ops.do(self, fn)

    def on_changes(self, changes):
        if self._writing:
            return
        if changes.touches(ASSESSMENTS, ANSWERS):  # an import, demo data, a conflict resolved
            section = getattr(self, "current_section", None) if self.aid else None
            keep = self.aid
            self.reload()
            if keep and keep == self.aid and section and self.checklist and self.tabs.currentIndex() == 0:
                self._select_section(section)
        elif changes.touches(INCIDENTS, TOMBSTONES):
            self.refresh_evidence()

    # ---- assessments ---------------------------------------------------------------------
    def reload(self):
        keep = self.aid
        self.picker.blockSignals(True)
        self.picker.clear()
        for a in self.ws.assessments.list():
            status = self.tr("final") if a["status"] == "final" else self.tr("in progress")
            self.picker.addItem(
                f"{a['area_name']} · {a['period_start']} {self.arrow} {a['period_end']} · {status}", a["id"]
            )
        self.picker.blockSignals(False)
        if self.picker.count() == 0:
            self.aid = None
            self._render_empty()
            return
        i = self.picker.findData(keep) if keep else -1
        if i < 0:  # prefer the latest assessment still in progress
            i = next(
                (
                    j
                    for j in range(self.picker.count())
                    if self.ws.assessments.get(self.picker.itemData(j))["status"] == "draft"
                ),
                0,
            )
        self.picker.setCurrentIndex(i)
        self._picked(i)

    def _render_empty(self):
        self.sections.clear()
        self.scroll.setWidget(QLabel(self.tr("No assessment yet. Click “New assessment…” to start one.")))
        self.banner.clear()
        for b in (self.next_button, self.finalise_button):
            b.setEnabled(False)

    def _picked(self, index):
        if index < 0:
            return
        self.aid = self.picker.itemData(index)
        self.revise_reason = ""
        rec = self.ws.assessments.get(self.aid)
        self.checklist = self.ws.assessments.checklist_of(rec)
        self.answers = self.ws.assessments.answers(self.aid)
        self.next_button.setEnabled(True)
        self._update_banner(rec)
        self._fill_sections()
        pos = rec["position"]
        target = pos if pos else None
        sid = self.checklist.question(target).section_id if target else self.checklist.sections[0].id
        self._select_section(sid)
        if target:
            QTimer.singleShot(0, lambda: self._focus_question(target))
        self._fill_compare_choices(rec)
        if self.tabs.currentIndex() == 1:
            self.show_summary()
        elif self.tabs.currentIndex() == 3:
            self.records.refresh()

    def _update_banner(self, rec):
        final = rec["status"] == "final"
        self.finalise_button.setEnabled(not final)
        try:
            latest = self.ws.checklists.latest(rec["checklist_id"]).version
        except FieldkitError:
            latest = rec["checklist_version"]
        self.upgrade_button.setVisible(not final and latest != rec["checklist_version"])
        if final:
            self.banner.setText(
                self.tr(
                    "This assessment is final (version {v}). Changing an answer needs a reason and is kept "
                    "as a new version."
                ).format(v=rec["version"])
            )
            self.banner.setStyleSheet("background:#e7f5ff; padding:6px;")
        else:
            self.banner.setText(self.tr("Answers are saved the moment you give them."))
            self.banner.setStyleSheet("color:#555; padding:2px;")

    def new_assessment(self):
        dlg = NewAssessmentDialog(self.ws, self.lang, self)
        while dlg.exec() == QDialog.DialogCode.Accepted:
            try:
                bbox = [float(x) for x in dlg.bbox.text().split(",")] if dlg.bbox.text().strip() else None
                rec = self._write(
                    lambda bbox=bbox: self.ws.assessments.new(
                        dlg.area.text(),
                        checklist_id=dlg.checklist.currentData(),
                        period_start=dlg.start.text(),
                        period_end=dlg.end.text(),
                        assessor=dlg.assessor.text(),
                        language=dlg.language.currentData(),
                        bbox=bbox,
                        from_last=dlg.from_last.isChecked(),
                    )
                )
            except ValueError:
                dlg.error.setText(self.tr("The area bounds must be four numbers."))
                continue
            except FieldkitError as e:
                dlg.error.setText(core_message(e))
                continue
            self.aid = rec["id"]
            self.reload()
            return rec
        return None

    # ---- sections and questions -----------------------------------------------------------
    def _progress(self):
        _, relevant = scoring.relevant_values(self.checklist, self.answers)
        out = {}
        for s in self.checklist.sections:
            rel = [q.id for q in s.questions if q.id in relevant]
            out[s.id] = (sum(1 for q in rel if q in self.answers), len(rel))
        return out, relevant

    def _fill_sections(self):
        current = self.sections.currentRow()
        progress, _ = self._progress()
        self.sections.blockSignals(True)
        self.sections.clear()
        for s in self.checklist.sections:
            done, total = progress[s.id]
            mark = "✓ " if total and done == total else ""
            item = QListWidgetItem(f"{mark}{text_of(s.title, self.lang)}   {done}/{total}")
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.sections.addItem(item)
        total_done = sum(d for d, _ in progress.values())
        total = sum(t for _, t in progress.values())
        self.sections.addItem(
            QListWidgetItem(self.tr("Overall: {done} of {total} answered").format(done=total_done, total=total))
        )
        self.sections.item(self.sections.count() - 1).setFlags(Qt.ItemFlag.NoItemFlags)
        self.sections.setCurrentRow(max(0, current))
        self.sections.blockSignals(False)

    def _select_section(self, sid):
        for i in range(self.sections.count()):
            if self.sections.item(i).data(Qt.ItemDataRole.UserRole) == sid:
                self.sections.blockSignals(True)
                self.sections.setCurrentRow(i)
                self.sections.blockSignals(False)
                self._render_section(sid)
                return

    def _section_chosen(self, row):
        item = self.sections.item(row)
        if item and item.data(Qt.ItemDataRole.UserRole):
            self._render_section(item.data(Qt.ItemDataRole.UserRole))

    def _render_section(self, sid):
        section = self.checklist.section(sid)
        self.current_section = sid
        host = QWidget()
        lay = QVBoxLayout(host)
        title = QLabel(
            f"<h2>{html.escape(text_of(section.title, self.lang))}</h2>"
            f"<p>{html.escape(text_of(section.help, self.lang))}</p>"
        )
        title.setWordWrap(True)
        lay.addWidget(title)
        self.boxes.clear()
        self.widgets.clear()
        self.notes: dict[str, QLineEdit] = {}
        self.evidence_buttons: dict[str, QPushButton] = {}
        self.error_labels: dict[str, QLabel] = {}
        for q in section.questions:
            box = QGroupBox()
            bl = QVBoxLayout(box)
            req = " *" if q.required else ""
            text = QLabel(f"<b>{html.escape(q.id)}.</b> {html.escape(text_of(q.text, self.lang))}{req}")
            text.setWordWrap(True)
            bl.addWidget(text)
            if q.help:
                h = QLabel(text_of(q.help, self.lang))
                h.setTextFormat(Qt.TextFormat.PlainText)  # shown as written (an apostrophe, never "&#x27;")
                h.setWordWrap(True)
                h.setStyleSheet("color:#555;")
                bl.addWidget(h)
            w = AnswerWidget(q, self.lang)
            w.answered.connect(lambda v, qid=q.id: self.save_answer(qid, v))
            bl.addWidget(w)
            err = QLabel()
            err.setStyleSheet("color:#c92a2a;")
            err.hide()
            bl.addWidget(err)
            row = QHBoxLayout()
            note = QLineEdit()
            note.setPlaceholderText(self.tr("Note (optional)"))
            note.editingFinished.connect(lambda qid=q.id, n=note: self.save_note(qid, n.text()))
            row.addWidget(note, 1)
            ev = QPushButton()
            ev.clicked.connect(lambda _=False, qid=q.id: self.pick_evidence(qid))
            row.addWidget(ev)
            bl.addLayout(row)
            src = q.source
            srcl = QLabel(
                f"<span style='color:#868e96'>{html.escape(self.tr('Source'))}: {html.escape(src.get('ref', ''))}"
                f"{(' — “' + html.escape(src['quote']) + '”') if src.get('quote') else ''}</span>"
            )
            srcl.setWordWrap(True)
            bl.addWidget(srcl)
            lay.addWidget(box)
            self.boxes[q.id], self.widgets[q.id], self.notes[q.id] = box, w, note
            self.evidence_buttons[q.id], self.error_labels[q.id] = ev, err
            a = self.answers.get(q.id)
            w.set_value(a["value"] if a else None)
            note.setText(a["note"] if a else "")
        lay.addStretch()
        self.scroll.setWidget(host)
        self._apply_relevance()

    def _apply_relevance(self):
        _, relevant = self._progress()
        for qid, box in self.boxes.items():
            box.setVisible(qid in relevant)
            n = len((self.answers.get(qid) or {}).get("evidence") or [])
            self.evidence_buttons[qid].setText(self.tr("Evidence ({n})…").format(n=n))
            self.evidence_buttons[qid].setEnabled(qid in self.answers)

    HIGHLIGHT = "QGroupBox { border: 2px solid #1c7ed6; border-radius: 4px; background: #e7f5ff; }"

    def _focus_question(self, qid):
        """Bring the question into view, give it the cursor, and mark it until another one is reached."""
        if qid in self.boxes:
            for other, box in self.boxes.items():
                if box.styleSheet() == self.HIGHLIGHT and other != qid:
                    box.setStyleSheet("")
            self.boxes[qid].setStyleSheet(self.HIGHLIGHT)
            self.scroll.ensureWidgetVisible(self.boxes[qid], 50, 50)
            # back to where the lines start (left, or right in Arabic: 0 is the reading start in both directions)
            self.scroll.horizontalScrollBar().setValue(0)
            self.widgets[qid].focus()

    def go_next_unanswered(self):
        if not self.aid:
            return
        nxt = scoring.next_unanswered(self.checklist, self.answers, getattr(self, "_last_qid", None))
        if nxt is None:
            tell(self, self.tr("Checklist"), self.tr("Every question that applies has an answer."))
            return
        self.tabs.setCurrentIndex(0)
        self._select_section(self.checklist.question(nxt).section_id)
        self._last_qid = nxt
        QTimer.singleShot(0, lambda: self._focus_question(nxt))

    # ---- saving ---------------------------------------------------------------------------
    def _reason_if_final(self) -> str | None:
        rec = self.ws.assessments.get(self.aid)
        if rec["status"] != "final":
            return ""
        if not self.revise_reason:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Change a final assessment"),
                self.tr("This assessment is final. Why are you changing it? The change is kept as a new version."),
            )
            if not ok or not reason.strip():
                return None
            self.revise_reason = reason.strip()
        return self.revise_reason

    def save_answer(self, qid, value, **extra):
        reason = self._reason_if_final()
        if reason is None:
            self._reset_widget(qid)
            return False
        try:
            saved = self._write(lambda: self.ws.assessments.answer(self.aid, qid, value, reason=reason, **extra))
        except ValidationError as e:
            self.error_labels[qid].setText(" ".join(tr_msg(v) for v in e.errors.values()))
            self.error_labels[qid].show()
            return False
        except FieldkitError as e:
            show_error(self, e)
            self._reset_widget(qid)
            return False
        self.error_labels[qid].hide()
        self._last_qid = qid
        if saved["value"] is None:
            self.answers.pop(qid, None)
        else:
            self.answers[qid] = {"value": saved["value"], "note": saved["note"], "evidence": saved["evidence"]}
        self._fill_sections()
        self._apply_relevance()
        self._update_banner(self.ws.assessments.get(self.aid))
        return True

    def _reset_widget(self, qid):
        a = self.answers.get(qid)
        self.widgets[qid].set_value(a["value"] if a else None)

    @property
    def arrow(self) -> str:
        """'From … to' reads towards the end of the line: leftwards right to left."""
        return "←" if self.isRightToLeft() else "→"

    def flush(self) -> None:
        """Save every answer and note typed but not saved yet (before the view is rebuilt in another language)."""
        for w in list(getattr(self, "widgets", {}).values()):
            w.flush()
        for qid, note in list(getattr(self, "notes", {}).items()):
            if note.isModified():
                note.setModified(False)
                self.save_note(qid, note.text())

    def state(self) -> dict:
        """What the user is looking at, to come back to after a rebuild."""
        return {"aid": self.aid, "section": getattr(self, "current_section", None), "tab": self.tabs.currentIndex()}

    def restore(self, state: dict) -> None:
        i = self.picker.findData(state.get("aid")) if state.get("aid") else -1
        if i >= 0 and i != self.picker.currentIndex():
            self.picker.setCurrentIndex(i)
            self._picked(i)
        if state.get("section") and self.aid and self.checklist:
            self._select_section(state["section"])
        self.tabs.setCurrentIndex(state.get("tab") or 0)

    def save_note(self, qid, text):
        a = self.answers.get(qid)
        if a is None:
            if text.strip():
                self.error_labels[qid].setText(self.tr("Give an answer first; the note is saved with it."))
                self.error_labels[qid].show()
            return
        if text != a["note"]:
            self.save_answer(qid, a["value"], note=text)

    def pick_evidence(self, qid):
        a = self.answers.get(qid)
        if a is None:
            return
        rec = self.ws.assessments.get(self.aid)
        dlg = EvidencePicker(self.ws, a["evidence"], rec["area_bbox"], self.lang, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.save_answer(qid, a["value"], evidence=dlg.selected)

    def refresh_evidence(self):
        """Incidents changed: the evidence lists (and their counts) as they are now."""
        if not self.aid:
            return
        self.answers = self.ws.assessments.answers(self.aid)
        if self.boxes and self.checklist:
            self._apply_relevance()
        if self.tabs.currentIndex() == 1:
            self.show_summary()

    def finalise(self):
        if not self.aid:
            return
        try:
            self._write(lambda: self.ws.assessments.finalise(self.aid))
        except ValidationError as e:
            # not ready (coverage, required answers, assessor): say what is missing; the user may insist, and
            # the result is then marked "insufficient – not for distribution" wherever it shows
            if not ask(
                self,
                self.tr("Finalise"),
                core_message(e)
                + "\n\n"
                + self.tr(
                    "Finalise anyway? The result will be marked “Insufficient – not for distribution” in the app, "
                    "the PDF report and the command line."
                ),
                default_yes=False,
                warning=True,
            ):
                return
            try:
                self._write(lambda: self.ws.assessments.finalise(self.aid, insist=True))
            except FieldkitError as e2:
                show_error(self, e2)
                return
        except FieldkitError as e:
            show_error(self, e)
            return
        self.reload()

    def upgrade(self):
        if not self.aid:
            return
        try:
            self._write(lambda: self.ws.assessments.upgrade(self.aid))
        except FieldkitError as e:
            show_error(self, e)
            return
        self.reload()

    def pdf_report(self, path: str | None = None, include_sensitive: bool | None = None):
        if not self.aid:
            return None
        from PySide6.QtWidgets import QFileDialog

        from fieldkit import reports

        if path is None:
            rec = self.ws.assessments.get(self.aid)
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the assessment report"),
                str(paths.exchange_dir() / f"assessment-{paths.file_label(rec['area_name'])}-{rec['period_end']}.pdf"),
                "PDF (*.pdf)",
            )
            if not path:
                return None
        aid = self.aid
        lang = self.report_language.currentData()
        if include_sensitive is None:
            include_sensitive = ask(
                self,
                self.tr("PDF report…"),
                self.tr(
                    "Include the incidents marked sensitive? They are then marked SENSITIVE in the report. "
                    "(No leaves them out.)"
                ),
                default_yes=False,
            )

        def done(_res, _changes):
            self.banner.setText(self.tr("Report written to {path}").format(path=path))

        return ops.run(
            self,
            self.tr("Writing the PDF report…"),
            lambda: reports.assessment_report(self.ws, aid, path, lang=lang, include_sensitive=include_sensitive),
            done,
        )

    def import_checklist(self, path: str | None = None):
        """Read an XLSForm off the UI thread, check it as the CLI does, and keep it in the workspace's checklists
        (nothing is kept if any check fails). Returns the Job, or None when the user cancels."""
        from PySide6.QtWidgets import QFileDialog

        from fieldkit.checklists import xlsform

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import a checklist (XLSForm)"), str(paths.exchange_dir()), "XLSForm (*.xlsx)"
            )
            if not path:
                return None
        ws = self.ws

        def work():
            imported = xlsform.read(path)
            return imported, xlsform.install(ws, imported)

        def done(result, _changes):
            imported, res = result
            c = imported.checklist
            self.last_import = (res, imported.notes)
            args = {"title": text_of(c.title, self.lang), "version": c.version, "n": len(c.questions())}
            if res["changed"]:
                text = self.tr("Checklist “{title}” (version {version}) imported: {n} questions.").format(**args)
            else:
                text = self.tr("Checklist “{title}” (version {version}) was already there: nothing changed.").format(
                    **args
                )
            if not scoring.is_scored(c):
                text += " " + self.tr(
                    "It carries no scores: assessments made with it are answered and finalised as usual, but no "
                    "threat level is computed (“not scored”)."
                )
            if imported.notes:
                text += "\n\n" + self.tr(
                    "%n row(s) of the form were skipped or kept without being evaluated:", "", len(imported.notes)
                )
                text += "\n" + "\n".join(imported.notes[:15]) + ("\n…" if len(imported.notes) > 15 else "")
            tell(self, self.tr("Import checklist"), text)

        return ops.run(self, self.tr("Reading the checklist…"), work, done)

    # ---- summary and compare ---------------------------------------------------------------
    def level_name(self, code):
        return level_name(code)

    def show_summary(self):
        if not self.aid:
            return
        s = self.ws.assessments.summary(self.aid, self.lang)  # checklist and rule texts in the interface language
        o = s["overall"]
        colour = LEVEL_COLOURS.get(o["level"], UNKNOWN_LEVEL)
        conf = {"high": self.tr("high"), "moderate": self.tr("moderate"), "low": self.tr("low")}.get(
            o["confidence"], o["confidence"]
        )
        cited = self.tr("%n answer(s) cite evidence", "", o["with_evidence"])
        no_score = (
            self.tr(
                "No score yet: a threat section is scored once at least {pct} of its scored questions have a known "
                "answer (not “unknown”); answer more of them."
            ).format(pct=f"{self.checklist.min_coverage:.0%}")
            if o["score"] is None and o.get("scored", True)
            else self.tr("This checklist carries no scores: no threat level is computed.")
            if not o.get("scored", True)
            else ""
        )
        marking = (
            f"<div style='background:#c92a2a;color:white;padding:4px;font-weight:bold'>"
            f"{html.escape(self.tr('Insufficient – not for distribution'))}</div>"
            if o.get("marking")
            else ""
        )
        self.level_label.setText(
            marking + f"<div style='font-size:18pt'>{html.escape(self.tr('Threat level'))}: "
            f"<span style='background:{colour};color:white;padding:2px 8px'>"
            f"&nbsp;{html.escape(self.level_name(o['level']))}&nbsp;</span>"
            f" &nbsp;{o['score'] if o['score'] is not None else '—'}/10</div>"
            f"<div>{html.escape(self.tr('Completeness'))} {o['completeness']:.0%} · "
            f"{html.escape(self.tr('Coverage'))} {o['coverage']:.0%}"
            f" · {html.escape(self.tr('Confidence'))}: {html.escape(conf)} · "
            f"{html.escape(cited)}</div>"
            + (f"<div style='color:#868e96'>{html.escape(no_score)}</div>" if no_score else "")
            + (
                f"<div style='color:#868e96'><i>{html.escape(self.rule_label())}</i></div>"
                if o.get("scored", True)
                else ""
            )
        )
        self.chart.set_sections(s["sections"])
        items = []
        for w in o["why"]:
            if w["kind"] == "tripwire":
                floor = self.tr("key finding, sets at least {level}").format(level=self.level_name(w["level"]))
                items.append(
                    f"<li><b>{html.escape(w.get('finding') or self.tr('Tripwire'))}</b> ({html.escape(floor)}): "
                    f"{html.escape(w['text'])}</li>"
                )
            else:
                detail = self.tr("threat {score} of 4, %n incident(s) cited", "", w["evidence"]).format(
                    score=f"{w['score']:.0f}"
                )
                items.append(
                    f"<li>{html.escape(w['question'])} {html.escape(w['text'])} {self.arrow} "
                    f"<b>{html.escape(w['answer'])}</b> "
                    f"({html.escape(detail)})</li>"
                )
        note = self.tr(
            "Scores are aids to judgement, not measurements. "
            "Unanswered and unknown answers lower coverage; they never count as zero. Each answer's threat runs from "
            "0 (none) to 4 (highest); the bars show each section's score from 1 to 10, coloured by its level."
        )
        flags = []
        reasons = {
            "out_of_period": self.tr("outside the assessment's period"),
            "weak_source": self.tr("source graded below C3"),
            "benign_answer": self.tr("cited on an answer that does not score high"),
            "deleted": self.tr("deleted"),
        }
        for f in o.get("evidence_flags") or []:
            why_not = ", ".join(reasons.get(x, x) for x in f["flags"])
            where = self.tr("graded {grade}, cited on {questions}").format(
                grade=f["grade"] or "?", questions=", ".join(f["questions"])
            )
            flags.append(f"<li>{html.escape(f['title'])} ({html.escape(where)}): {html.escape(why_not)}</li>")
        missing = []
        for p in o.get("finalise_problems") or []:
            if p["code"] == "coverage":
                missing.append(
                    self.tr("Known answers cover {cov} of the threat questions; {min} are needed.").format(
                        cov=f"{p['coverage']:.0%}", min=f"{p['min']:.0%}"
                    )
                )
            elif p["code"] == "required_missing":
                missing.append(self.tr("Required questions unanswered: {ids}").format(ids=", ".join(p["questions"])))
            elif p["code"] == "required_unknown":
                missing.append(
                    self.tr("Required questions answered “unknown”: {ids}").format(ids=", ".join(p["questions"]))
                )
            elif p["code"] == "other_unspecified":
                missing.append(
                    self.tr("“Other” picked without saying what in the note: {ids}").format(
                        ids=", ".join(p["questions"])
                    )
                )
            else:
                missing.append(self.tr("No assessor is named."))
        extra = ""
        if flags:
            title = self.tr("Evidence that does not count or is flagged")
            extra += f"<h3>{html.escape(title)}</h3><ul>{''.join(flags)}</ul>"
        if missing:
            extra += (
                f"<h3>{html.escape(self.tr('Not ready to finalise'))}</h3><ul>"
                + "".join(f"<li>{html.escape(m)}</li>" for m in missing)
                + "</ul>"
            )
        why = f"<h3>{html.escape(self.tr('Why this level'))}</h3><ul>{''.join(items) or '<li>—</li>'}</ul>"
        rule = (
            f"<p style='color:#868e96'>{html.escape(note)}</p>"
            f"<p style='color:#868e96'><i>{html.escape(self.rule_label())}</i></p>"
        )
        if not o.get("scored", True):  # a checklist without scores (a plain XLSForm): no level to explain
            why, rule = "", ""
        self.why.setHtml(why + extra + self._markets_summary() + rule)

    def rule_label(self):
        return self.tr(
            "The level rule is FieldKit's proposal to aid judgement, not an official methodology: the higher of the "
            "section mean's band and the floor set by key findings."
        )

    def _fill_compare_choices(self, rec):
        self.compare_with.blockSignals(True)
        self.compare_with.clear()
        for a in self.ws.assessments.list(rec["area_name"]):
            if a["id"] != rec["id"]:
                self.compare_with.addItem(
                    f"{a['period_start']} {self.arrow} {a['period_end']} ({a['status']})", a["id"]
                )
        self.compare_with.blockSignals(False)

    def show_compare(self):
        other = self.compare_with.currentData()
        if not self.aid or not other:
            self.compare_text.setHtml(
                "<p>" + html.escape(self.tr("There is no other assessment of this area to compare with.")) + "</p>"
            )
            return
        a, b = sorted(
            [self.ws.assessments.get(other), self.ws.assessments.get(self.aid)], key=lambda r: r["period_end"]
        )
        c = self.ws.assessments.compare(a["id"], b["id"], self.lang)
        e = html.escape
        rows = []
        for s in c["sections"]:
            d = s["delta"]
            arrow = "" if d is None else ("▲" if d > 0 else "▼" if d < 0 else "=")
            rows.append(
                f"<tr><td><b>{e(s['title'])}</b></td>"
                f"<td>{s['score_before'] if s['score_before'] is not None else '—'}</td>"
                f"<td>{s['score_after'] if s['score_after'] is not None else '—'}</td>"
                f"<td>{arrow} {'' if d is None else d}</td></tr>"
            )
            for ch in s["changes"]:
                rows.append(
                    f"<tr><td style='padding-left:16px;color:#444'>{e(ch['question'])} {e(ch['text'])}</td>"
                    f"<td>{e(ch['before'] or '—')}</td><td>{e(ch['after'] or '—')}</td><td></td></tr>"
                )
        review = (
            f"<p><b>{e(self.tr('The threat score rose by 2 points or more: review this area.'))}</b></p>"
            if c["review_triggered"]
            else ""
        )
        self.compare_text.setHtml(
            f"<h3>{e(a['period_end'])} {self.arrow} {e(b['period_end'])}: "
            f"{e(self.level_name(c['before']['level']))} {self.arrow} "
            f"{e(self.level_name(c['after']['level']))}</h3>{review}"
            f"<table cellspacing=4><tr><th align=left>{e(self.tr('Section'))}</th>"
            f"<th>{e(self.tr('Before'))}</th><th>{e(self.tr('After'))}</th><th>{e(self.tr('Change'))}</th></tr>"
            f"{''.join(rows)}</table>" + self._compare_records(a["id"], b["id"])
        )

    def _markets_summary(self) -> str:
        """The markets recorded, side by side: score, scale, harm, trend, routes (details in Markets and actors)."""
        markets = self.ws.assessment_records.markets(self.aid) if self.aid else []
        if not markets:
            return ""
        e = html.escape
        rows = []
        for m in markets:
            score = "—" if m["score"] is None else f"{m['score']:.1f}"
            routes = " → ".join(x or "?" for x in (m["origin"], m["transit"], m["destination"]))
            rows.append(
                f"<tr><td>{e(self.ws.vocab.label('criminal_market', m['market'], self.lang))}</td>"
                f"<td align=right><b>{score}</b></td><td>{e(records.label(m['trend'], self.lang))}</td>"
                f"<td>{e(routes)}</td></tr>"
            )
        return (
            f"<h3>{e(self.tr('Criminal markets'))}</h3><table cellspacing=4><tr>"
            f"<th align=left>{e(self.tr('Market'))}</th><th>{e(self.tr('Score /10'))}</th>"
            f"<th align=left>{e(self.tr('Trend'))}</th><th align=left>{e(self.tr('Routes'))}</th></tr>"
            f"{''.join(rows)}</table>"
        )

    def _compare_records(self, before, after) -> str:
        """The markets (score, trend) and actors (what changed) of the two assessments, side by side."""
        e = html.escape
        r = self.ws.assessment_records
        v = self.ws.vocab
        markets = r.compare_markets(before, after)
        actors = r.compare_actors(before, after)
        if not markets and not actors:
            return ""
        dash = "—"
        out = []
        if markets:
            out.append(
                f"<h3>{e(self.tr('Criminal markets'))}</h3><table cellspacing=4><tr>"
                f"<th align=left>{e(self.tr('Market'))}</th><th>{e(self.tr('Before'))}</th>"
                f"<th>{e(self.tr('After'))}</th><th>{e(self.tr('Trend'))}</th></tr>"
            )
            for m in markets:
                out.append(
                    f"<tr><td>{e(v.label('criminal_market', m['market'], self.lang))}</td>"
                    f"<td>{dash if m['score_before'] is None else m['score_before']}</td>"
                    f"<td>{dash if m['score_after'] is None else m['score_after']}</td>"
                    f"<td>{e(records.label(m['trend_before'] or 'unknown', self.lang))} → "
                    f"{e(records.label(m['trend_after'] or 'unknown', self.lang))}</td></tr>"
                )
            out.append("</table>")
        if actors:
            names = {
                "type": self.tr("Type"),
                "role": self.tr("Role in the chain"),
                "capability": self.tr("Capability"),
                "armed_links": self.tr("Armed groups"),
                "state_links": self.tr("State"),
                "trend": self.tr("Trend"),
            }
            out.append(f"<h3>{e(self.tr('Actors'))}</h3><ul>")
            for x in actors:
                if x["only"] == "before":
                    what = self.tr("only in the earlier assessment")
                elif x["only"] == "after":
                    what = self.tr("new in this assessment")
                elif x["changes"]:
                    what = ", ".join(
                        f"{names.get(k, k)}: {c['before'] if c['before'] is not None else '?'} → "
                        f"{c['after'] if c['after'] is not None else '?'}"
                        for k, c in x["changes"].items()
                    )
                else:
                    what = self.tr("unchanged")
                out.append(f"<li><b>{e(x['name'])}</b>: {e(what)}</li>")
            out.append("</ul>")
        return "".join(out)
