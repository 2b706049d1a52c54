"""Incidents: search box, filter bar, sortable virtual table, detail panel, trash."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from fieldkit import paths
from fieldkit.changes import ATTACHMENTS, INCIDENTS, TOMBSTONES
from fieldkit.errors import FieldkitError
from fieldkit.incidents import IncidentFilter

from .. import ops
from ..errors import show_error
from ..i18n import core_message
from ..widgets import ask, fit_combo
from .editor import IncidentEditor
from .model import IncidentTableModel

log = logging.getLogger(__name__)
COLUMN_MAX = 160  # pixels: the widest a column of coded text (category...) is made for its longest label (the
# title column has the rest; a cut label or title shows whole in its tooltip and in the detail pane)
TITLE_SHARE = 0.35  # of the list's width: the least the title column keeps while other columns can give way


class IncidentsView(QWidget):
    filter_changed = Signal(object)  # the IncidentFilter now shown (the map follows it)
    open_assessment = Signal(str)  # an editor's link to the actor records of an assessment

    def __init__(self, ws, lang: str = "en", parent=None):
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.editors: list[IncidentEditor] = []
        root = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr('Search title, description, place, actors…  ("exact phrase", word*, OR, NOT)')
        )
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 3)
        self.new_button = QPushButton(self.tr("New incident"))
        self.new_button.setToolTip("Ctrl+N")
        self.new_button.clicked.connect(self.new_incident)
        bar.addWidget(self.new_button)
        self.report_button = QPushButton(self.tr("PDF report…"))
        self.report_button.setToolTip(self.tr("The incidents shown, as a PDF table with a map"))
        self.report_button.clicked.connect(lambda: self.pdf_report())
        bar.addWidget(self.report_button)
        root.addLayout(bar)

        filters = QHBoxLayout()
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), "")
        for t in ws.vocab.terms("incident_category"):
            self.category.addItem(t.label(lang), t.code)
        fit_combo(self.category, 14)
        filters.addWidget(self.category, 2)
        self.market = QComboBox()  # the list and the map (which follows this filter) by criminal market
        self.market.addItem(self.tr("All markets"), "")
        for t in ws.vocab.terms("criminal_market"):
            self.market.addItem(t.label(lang), t.code)
        fit_combo(self.market, 14)
        filters.addWidget(self.market, 2)
        filters.addWidget(QLabel(self.tr("Severity ≥")))
        self.severity = QSpinBox()
        self.severity.setRange(1, 5)
        filters.addWidget(self.severity)
        self.date_from = QLineEdit()
        self.date_from.setPlaceholderText(self.tr("from YYYY-MM-DD"))
        self.date_to = QLineEdit()
        self.date_to.setPlaceholderText(self.tr("to YYYY-MM-DD"))
        filters.addWidget(self.date_from)
        filters.addWidget(self.date_to)
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), "")
        self.status.addItem(self.tr("Final"), "final")
        self.status.addItem(self.tr("Draft"), "draft")
        filters.addWidget(self.status)
        self.bbox = QLineEdit()
        self.bbox.setPlaceholderText(self.tr("area: min lon, min lat, max lon, max lat"))
        self.bbox.setClearButtonEnabled(True)
        filters.addWidget(self.bbox, 2)
        self.trash = QCheckBox(self.tr("Trash"))
        filters.addWidget(self.trash)
        root.addLayout(filters)
        self.message = QLabel()
        self.message.setStyleSheet("color:#c92a2a;")
        self.message.hide()
        root.addWidget(self.message)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.model = IncidentTableModel(ws, lang, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()
        self.table.doubleClicked.connect(lambda idx: self.edit_incident(self.model.incident_id(idx.row())))
        split.addWidget(self.table)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._anchor)
        rl.addWidget(self.detail)
        btns = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.clicked.connect(lambda: self.edit_incident(self.selected_id()))
        self.delete_button = QPushButton(self.tr("Move to trash"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(self.tr("Delete for good"))
        self.purge_button.clicked.connect(self.purge_selected)
        for b in (self.edit_button, self.delete_button, self.restore_button, self.purge_button):
            btns.addWidget(b)
        rl.addLayout(btns)
        split.addWidget(right)
        split.setSizes([960, 400])  # the list takes most of the width, and its title column the most of that
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.splitterMoved.connect(lambda *_: self._fit_columns())
        root.addWidget(split, 1)
        self.count_label = QLabel()
        root.addWidget(self.count_label)

        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        for w in (self.date_from, self.date_to, self.bbox):
            w.textChanged.connect(self._debounce.start)
        for w in (self.category, self.status, self.market):
            w.currentIndexChanged.connect(self.apply_filter)
        self.severity.valueChanged.connect(self.apply_filter)
        self.trash.toggled.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.model.modelReset.connect(self._show_selected)
        QShortcut(
            QKeySequence.StandardKey.New, self, activated=self.new_incident, context=Qt.ShortcutContext.WindowShortcut
        )
        QShortcut(
            QKeySequence.StandardKey.Find, self, activated=self.focus_search, context=Qt.ShortcutContext.WindowShortcut
        )
        self.setTabOrder(self.search, self.new_button)
        self.apply_filter()

    # ---- filtering ---------------------------------------------------------------------------
    def current_filter(self) -> IncidentFilter:
        bbox = None
        if self.bbox.text().strip():
            try:
                bbox = tuple(float(x) for x in self.bbox.text().replace(";", ",").split(","))
                if len(bbox) != 4:
                    raise ValueError
            except ValueError:
                raise FieldkitError("The area must be four numbers: min lon, min lat, max lon, max lat.") from None
        return IncidentFilter(
            text=self.search.text(),
            categories=[self.category.currentData()] if self.category.currentData() else [],
            markets=[self.market.currentData()] if self.market.currentData() else [],
            severity_min=self.severity.value() if self.severity.value() > 1 else None,
            date_from=self.date_from.text().strip() or None,
            date_to=self.date_to.text().strip() or None,
            status=self.status.currentData() or None,
            bbox=bbox,
            trash=self.trash.isChecked(),
        )

    def apply_filter(self):
        try:
            flt = self.current_filter()
            self.model.set_filter(flt)
        except FieldkitError as e:
            self.message.setText(core_message(e))
            self.message.show()
            return
        self.message.hide()
        self._show_count()
        self.filter_changed.emit(flt)

    def _show_count(self):
        n = self.model.rowCount()
        where = self.tr(" in the trash") if self.model.filter.trash else ""
        self.count_label.setText(self.tr("%n incident(s)", "", n) + where)

    # ---- what changed elsewhere ------------------------------------------------------------
    def on_changes(self, changes):
        """Incidents, their attachments or deletions changed (here, in an editor, by an import...): the same
        query again, the count and the selected incident shown anew."""
        if changes.touches(INCIDENTS, ATTACHMENTS, TOMBSTONES):
            self.refresh_list()

    def refresh_list(self):
        keep = self.selected_id()
        self.model.refresh()
        self._show_count()
        if keep and self.model.row_of(keep) >= 0:
            self.select_incident(keep)

    def set_bbox(self, bbox):
        self.bbox.setText(", ".join(f"{v:.4f}" for v in bbox) if bbox else "")

    def focus_search(self):
        self.search.setFocus()
        self.search.selectAll()

    # ---- selection and detail ----------------------------------------------------------------
    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.incident_id(rows[0].row()) if rows else None

    def select_incident(self, incident_id: str):
        row = self.model.row_of(incident_id)
        if row < 0:
            self.search.clear()
            self.trash.setChecked(False)
            self.apply_filter()
            row = self.model.row_of(incident_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _show_selected(self, *_):
        iid = self.selected_id()
        in_trash = self.trash.isChecked()
        self.edit_button.setEnabled(bool(iid) and not in_trash)
        self.delete_button.setEnabled(bool(iid) and not in_trash)
        self.restore_button.setVisible(in_trash)
        self.purge_button.setVisible(in_trash)
        self.restore_button.setEnabled(bool(iid))
        self.purge_button.setEnabled(bool(iid))
        if not iid:
            self.detail.setHtml(
                "<p style='color:#777'>" + html.escape(self.tr("Select an incident to see it here.")) + "</p>"
            )
            return
        self.detail.setHtml(self.detail_html(iid))

    def _fit_columns(self) -> None:
        """Columns that fit their headings and the title column the widest: each column but the title (which takes
        the rest, at least TITLE_SHARE of the list's width) as wide as its heading, sort arrow included, and its
        longest coded text (labels in this language, at most COLUMN_MAX); when the list is too narrow for both,
        the category, place and status columns give way first, never below their heading. Run again when the
        list's width changes; a cut label or title shows whole in its tooltip and in the detail pane."""
        header = self.table.horizontalHeader()
        cells = self.table.fontMetrics()
        pad = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 12
        want, floor = {}, {}
        for col, key in enumerate(self.model.KEYS):
            if key == "title":
                continue
            heading = header.sectionSizeHint(col)
            texts = self.model.widest_texts(col)
            content = max(cells.horizontalAdvance(t) for t in texts) + pad if texts else 110
            want[col] = max(heading, min(content, COLUMN_MAX))
            floor[col] = heading if key in ("category", "place", "status") else want[col]
        title = self.model.KEYS.index("title")
        room = self.table.viewport().width()
        excess = sum(want.values()) + max(header.sectionSizeHint(title), int(room * TITLE_SHARE)) - room
        give = sum(want[c] - floor[c] for c in want)
        for col in want:
            cut = (
                0
                if excess <= 0 or give == 0
                else min(want[col] - floor[col], excess * (want[col] - floor[col]) // give + 1)
            )
            header.resizeSection(col, want[col] - cut)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_columns)  # once the list has its new width

    def detail_html(self, iid: str) -> str:
        r = self.ws.incidents.get(iid)
        v = self.ws.vocab
        e = html.escape
        rows = [
            (
                self.tr("When"),
                f"{r['occurred_at'][:16].replace('T', ' ')} UTC "
                f"({v.label('time_precision', r['occurred_precision'], self.lang)})",
            ),
            (
                self.tr("Where"),
                (
                    f"{r['place']} — {r['lat']:.5f}, {r['lon']:.5f} "
                    f"({v.label('location_precision', r['location_precision'], self.lang)})"
                    if r["lat"] is not None
                    else " — ".join(x for x in (r["place"], self.tr("no coordinates yet (draft)")) if x)
                ),
            ),
            (self.tr("Category"), v.label("incident_category", r["category"], self.lang)),
            (self.tr("Severity"), f"{r['severity']} · {v.label('severity', str(r['severity']), self.lang)}"),
            (
                self.tr("Actors"),
                "; ".join(
                    a["name"] + (f" ({v.label('actor_type', a['type'], self.lang)})" if a["type"] else "")
                    for a in r["actors"]
                ),
            ),
            (
                self.tr("Source"),
                " ".join(
                    x
                    for x in (
                        v.label("source_type", r["source_type"], self.lang) if r["source_type"] else "",
                        r["source_grade"],
                    )
                    if x
                ),
            ),
            (self.tr("Tags"), ", ".join(r["tags"])),
            (
                self.tr("Status"),
                (self.tr("final") if r["status"] == "final" else self.tr("draft"))
                + (" · " + self.tr("sensitive") if r["sensitive"] else ""),
            ),
            (self.tr("Reported"), r["reported_at"][:16].replace("T", " ")),
        ]
        body = "".join(
            f"<tr><td style='color:#666;padding-right:8px'>{e(k)}</td><td>{e(str(val))}</td></tr>" for k, val in rows
        )
        atts = (
            "".join(
                f"<li><a href='att:{a['sha256']}'>{e(a['filename'])}</a> ({a['size']:,} B)"
                f"<br><code>SHA-256 {a['sha256']}</code></li>"
                for a in r["attachments"]
            )
            or f"<li>{e(self.tr('none'))}</li>"
        )
        hist = "".join(
            f"<li>v{h['version']} · {e(h['created_at'][:16].replace('T', ' '))} · {e(h['reason'])} · "
            f"<code>{h['hash'][:12]}</code>{self._revoked_mark(h)}</li>"
            for h in reversed(self.ws.incidents.versions(iid))
        )
        return (
            f"<h3>{e(r['title'])}</h3><p>{e(r['description']).replace(chr(10), '<br>')}</p><table>{body}</table>"
            f"<h4>{e(self.tr('Attachments'))}</h4><ul>{atts}</ul><h4>{e(self.tr('History'))}</h4><ul>{hist}</ul>"
            f"<p style='color:#999'>id {r['id']}</p>"
        )

    def _revoked_mark(self, h) -> str:
        """A version signed by a key HQ revoked: kept when signed before the revocation, marked either way."""
        mark = self.ws.revocations.mark(h.get("signed_by", ""), h["created_at"])
        if mark is None:
            return ""
        text = (
            self.tr("signed by a key HQ revoked from {when}: after the revocation (see Verify)")
            if mark["after"]
            else self.tr("signed before HQ revoked the key (from {when})")
        ).format(when=mark["from_time"][:16].replace("T", " "))
        return f" · <span style='color:#c92a2a'>{html.escape(text)}</span>"

    def _anchor(self, url):
        text = url.toString()
        if text.startswith("att:"):
            self.save_attachment(text[4:])

    def save_attachment(self, sha: str):
        try:
            self.ws.incidents.open_attachment(sha)  # verifies the hash first
        except FieldkitError as e:
            show_error(self, e)
            return
        name = next(
            (a["filename"] for a in self.ws.incidents.attachments(self.selected_id() or "") if a["sha256"] == sha), sha
        )
        dest, _ = QFileDialog.getSaveFileName(self, self.tr("Save attachment"), name)
        if dest:
            try:
                self.ws.incidents.copy_attachment(sha, dest)  # the plain content, checked again
            except (FieldkitError, OSError) as e:
                show_error(self, e)

    def pdf_report(self, path: str | None = None):
        from fieldkit import reports

        if path is None:
            name = paths.suggested_name(
                "incident-report", self.ws.settings.get("device_label") or "", self.ws.clock.now(), "pdf"
            )
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the incident report"), str(paths.exchange_dir() / name), "PDF (*.pdf)"
            )
            if not path:
                return None
        try:
            flt = self.current_filter()
        except FieldkitError as e:
            show_error(self, e)
            return None

        def done(_res, _changes):
            self.count_label.setText(self.tr("Report written to {path}").format(path=path))

        return ops.run(
            self,
            self.tr("Writing the PDF report…"),
            lambda: reports.incidents_report(self.ws, flt, path, lang=self.lang),
            done,
        )

    # ---- actions -----------------------------------------------------------------------------
    def _open_editor(self, editor: IncidentEditor):
        editor.saved.connect(self._after_save)
        editor.open_assessment.connect(self.open_assessment.emit)
        editor.finished.connect(lambda _=None, ed=editor: self.editors.remove(ed) if ed in self.editors else None)
        self.editors.append(editor)
        editor.show()
        return editor

    def new_incident(self):
        return self._open_editor(IncidentEditor(self.ws, lang=self.lang, parent=self))

    def open_draft(self, draft: dict):
        return self._open_editor(IncidentEditor(self.ws, draft=draft, lang=self.lang, parent=self))

    def edit_incident(self, iid: str | None):
        if iid and not self.trash.isChecked():
            return self._open_editor(IncidentEditor(self.ws, iid, lang=self.lang, parent=self))

    def _after_save(self, iid: str):
        self.select_incident(iid)  # the list itself was refreshed by on_changes

    def delete_selected(self):
        iid = self.selected_id()
        if not iid:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Move to trash"),
            self.tr("Why is this incident being removed?"),
            text=self.tr("Moved to the trash"),
        )
        if not ok:
            return
        try:
            ops.do(self, lambda: self.ws.incidents.delete(iid, reason=reason))
        except FieldkitError as e:
            show_error(self, e)

    def restore_selected(self):
        iid = self.selected_id()
        if not iid:
            return
        try:
            ops.do(self, lambda: self.ws.incidents.restore(iid))
        except FieldkitError as e:
            show_error(self, e)

    def purge_selected(self):
        iid = self.selected_id()
        if not iid:
            return
        if not ask(
            self,
            self.tr("Delete for good"),
            self.tr("Delete this incident and its history for good? This cannot be undone."),
            default_yes=False,
            warning=True,
        ):
            return
        try:
            ops.do(self, lambda: self.ws.incidents.purge(iid))
        except FieldkitError as e:
            show_error(self, e)
