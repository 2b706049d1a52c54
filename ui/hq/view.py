"""The HQ database page: the fused picture as the HQ database on PostgreSQL holds it (docs/hq-postgresql.md), for
an HQ workspace that publishes there and for an analyst's desk that reads it (``fieldkit hq connect``).

Read-only, with the least privilege an analyst's role has: the incidents (searched with the server's full-text
search, ``HqStore.search``), one incident with its signed history and attachments, the map drawn from the server's
own clusters (``HqStore.map_view``: only what a view shows crosses the network), and the store's open conflicts,
whose resolution an analyst asks of the HQ workspace's merge service (``Inbox.ask_resolution``, as ``fieldkit hq
resolve`` does). Every query runs off the UI thread; a server out of reach is said on the page, never in a dialog.
Everything the server gives is shown as plain text."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit import languages
from fieldkit.changes import CONFLICTS, INCIDENTS
from fieldkit.errors import FieldkitError, HqUnreachable, NotFound
from fieldkit.hq import pg
from fieldkit.incidents import LIST_COLUMNS
from fieldkit.incidents.fields import value_text
from fieldkit.text import one_line

from .. import ops
from ..checklist.widgets import level_name
from ..errors import show_error
from ..i18n import field_name
from ..widgets import tell

log = logging.getLogger(__name__)

LIMIT = 200  # rows the list shows, newest first (a search narrows them)


class _MapSource:
    """The map's incidents from the HQ database (``MapWidget.show_map(source=...)``)."""

    def __init__(self, store, include_sensitive: bool):
        self.store, self.include_sensitive = store, include_sensitive

    def summary(self) -> dict:
        return self.store.map_summary(include_sensitive=self.include_sensitive)

    def view(self, bbox, zoom) -> dict:
        return self.store.map_view(bbox, zoom, include_sensitive=self.include_sensitive)


def _isolated(text: str, rtl: bool) -> str:
    """A value typed in Latin letters keeps its own order in a right-to-left page (the workspace's list does so)."""
    return f"\u2068{text}\u2069" if rtl and text else text


class HqView(QWidget):
    """The page. ``dsn``: the HQ database to read (no password in it: ~/.pgpass or PGPASSWORD)."""

    loaded = Signal(int)  # the list was filled with n incidents

    def __init__(self, ws, dsn: str, lang: str = "en", parent=None):
        super().__init__(parent)
        from fieldkit.hq.inbox import Inbox
        from fieldkit.hq.store import HqStore

        self.ws, self.dsn, self.lang = ws, dsn, lang
        self.rtl = languages.is_rtl(lang)
        self.store = HqStore(dsn)
        self.inbox = Inbox(dsn)
        self.rows: list[dict] = []
        self.conflicts: list[dict] = []
        self.assessments: list[tuple[dict, dict | None]] = []  # (record, its threat picture's overall or None)
        self.shown_id: str | None = None  # the incident the detail pane shows
        self._chosen_id: str | None = None  # the conflict chosen
        self.asked: dict[str, str] = {}  # conflict id -> the id of the request this page made for it
        self.request_states: dict[str, dict] = {}  # request id -> the request as the database holds it
        self._asked = 0
        self._map_stale = True

        name, host = pg.describe(dsn)
        where = (
            self.tr("The HQ database {name} on {host}").format(name=name, host=host)
            if host
            else self.tr("The HQ database {name} on this computer").format(name=name)
        )
        head = QLabel(where)
        head.setTextFormat(Qt.PlainText)
        head.setStyleSheet("font-weight: bold")
        self.summary = QLabel("")
        self.summary.setTextFormat(Qt.PlainText)
        self.summary.setWordWrap(True)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr('Search the HQ database (words, "phrases", OR, -word)…'))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.refresh)
        self.sensitive = QCheckBox(self.tr("Include sensitive incidents"))
        self.sensitive.toggled.connect(self._sensitive_toggled)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.sensitive)
        bar.addWidget(refresh)

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Title"),
                self.tr("Category"),
                self.tr("Severity"),
                self.tr("Place"),
                self.tr("Source"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Choose an incident to read it and its signed history."))
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self.tabs = QTabWidget()
        self.tabs.addTab(split, self.tr("Incidents"))
        self.map = None
        try:
            from ..map.widget import MapWidget

            self.map = MapWidget(ws, lang)
            self.map.bridge.incidentRequested.connect(self.show_incident)
            self.tabs.addTab(self.map, self.tr("Map"))
        except ImportError as e:  # QtWebEngine missing: the list and the conflicts still work
            log.warning("HQ map unavailable: %s", type(e).__name__)
        self.tabs.addTab(self._assessments_tab(), self.tr("Assessments"))
        self.tabs.addTab(self._conflicts_tab(), self.tr("Conflicts"))
        self.tabs.currentChanged.connect(self._tab_changed)

        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(self.summary)
        lay.addLayout(bar)
        lay.addWidget(self.tabs, 1)
        self._loaded_once = False

    # -- the assessments --------------------------------------------------------------------------
    def _assessments_tab(self) -> QWidget:
        w = QWidget()
        note = QLabel(
            self.tr(
                "The assessments the HQ database holds, their threat level computed here from the answers and the "
                "incidents they cite, as the checklist computes it. An assessment whose information is insufficient "
                "is marked so: it is not for distribution."
            )
        )
        note.setWordWrap(True)
        self.assessment_table = QTableWidget(0, 7)
        self.assessment_table.setHorizontalHeaderLabels(
            [
                self.tr("Area"),
                self.tr("Period"),
                self.tr("Status"),
                self.tr("Threat level"),
                self.tr("Confidence"),
                self.tr("Coverage"),
                self.tr("Assessor"),
            ]
        )
        self.assessment_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.assessment_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.assessment_table.verticalHeader().setVisible(False)
        self.assessment_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the level is read whole, its marking included: never cut to make room for the area's name
        self.assessment_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        lay = QVBoxLayout(w)
        lay.addWidget(note)
        lay.addWidget(self.assessment_table, 1)
        return w

    def level_text(self, overall: dict | None) -> str:
        """A threat level as the checklist names it; never a level without its 'not for distribution' marking."""
        if overall is None:
            return self.tr("checklist not on this computer")
        text = level_name(overall["level"])
        if overall.get("score") is not None:
            text += f" ({overall['score']:.1f}/10)"
        if overall.get("marking"):
            text += " · " + self.tr("Insufficient – not for distribution")
        return text

    def _fill_assessments(self) -> None:
        words = {"high": self.tr("high"), "moderate": self.tr("moderate"), "low": self.tr("low")}
        status = {"draft": self.tr("Draft"), "final": self.tr("Final")}
        self.assessment_table.setRowCount(len(self.assessments))
        for i, (rec, overall) in enumerate(self.assessments):
            cells = [
                one_line(rec["area_name"] or "", 200),
                f"{rec['period_start']} – {rec['period_end']}",
                status.get(rec["status"], rec["status"]),
                self.level_text(overall),
                words.get(overall["confidence"], overall["confidence"]) if overall else "—",
                f"{overall['coverage']:.0%}" if overall else "—",
                one_line(rec["assessor"] or "", 80),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setToolTip(text)
                if col == 3 and overall and overall.get("marking"):
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.assessment_table.setItem(i, col, item)

    # -- the conflicts ----------------------------------------------------------------------------
    def _conflicts_tab(self) -> QWidget:
        w = QWidget()
        note = QLabel(
            self.tr(
                "Conflicts the HQ workspace holds open. Choose which side to keep: the HQ workspace's merge service "
                "applies it as a new signed version naming you, and the next refresh shows it gone."
            )
        )
        note.setWordWrap(True)
        self.conflict_table = QTableWidget(0, 6)
        self.conflict_table.setHorizontalHeaderLabels(
            [
                self.tr("Since"),
                self.tr("Record"),
                self.tr("Other device"),
                self.tr("Kind"),
                self.tr("Id"),
                self.tr("Your request"),
            ]
        )
        self.conflict_table.itemSelectionChanged.connect(self._conflict_chosen)
        self.conflict_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflict_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflict_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflict_table.verticalHeader().setVisible(False)
        self.conflict_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.keep_local = QPushButton(self.tr("Keep HQ's version"))
        self.keep_remote = QPushButton(self.tr("Keep the other device's version"))
        self.keep_local.clicked.connect(lambda: self.ask_resolution("local"))
        self.keep_remote.clicked.connect(lambda: self.ask_resolution("remote"))
        self.conflict_detail = QPlainTextEdit()
        self.conflict_detail.setReadOnly(True)
        self.conflict_detail.setMaximumHeight(160)
        self.conflict_detail.setPlaceholderText(self.tr("Choose a conflict to compare the two versions."))
        self.conflict_note = QLabel("")
        self.conflict_note.setTextFormat(Qt.PlainText)
        self.conflict_note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.keep_local)
        row.addWidget(self.keep_remote)
        row.addStretch(1)
        lay = QVBoxLayout(w)
        lay.addWidget(note)
        lay.addWidget(self.conflict_table, 1)
        lay.addWidget(self.conflict_detail)
        lay.addLayout(row)
        lay.addWidget(self.conflict_note)
        return w

    def ask_resolution(self, keep: str, reason: str | None = None) -> ops.Job | None:
        """Ask the merge service to resolve the chosen conflict, keeping ``keep`` ('local' or 'remote')."""
        r = self.conflict_table.currentRow()
        if r < 0 or r >= len(self.conflicts):
            tell(self, self.tr("Conflicts"), self.tr("Choose a conflict first."))
            return None
        conflict = self.conflicts[r]
        if self._waiting_request(conflict["id"]):
            tell(
                self,
                self.tr("Conflicts"),
                self.tr("You already asked for this conflict; the HQ workspace has not applied it yet."),
            )
            return None
        if reason is None:
            side = self.tr("Keep HQ's version") if keep == "local" else self.tr("Keep the other device's version")
            reason, ok = QInputDialog.getText(
                self,
                side,
                self.tr("{record}: why (kept with the decision)?").format(
                    record=one_line(conflict["title"] or conflict["record_id"], 120)
                ),
            )
            if not ok:
                return None
        inbox = self.inbox

        def done(request, _changes):
            self.asked[conflict["id"]] = request["id"]
            self.request_states[request["id"]] = request
            self._fill_conflicts()
            self.conflict_note.setText(
                self.tr(
                    "Asked: the HQ workspace applies it when its merge service next looks (the HQ window, or "
                    "'fieldkit hq serve')."
                )
            )

        return ops.run(
            self,
            self.tr("Asking the HQ workspace…"),
            lambda: inbox.ask_resolution(conflict["id"], keep, reason=reason),
            on_done=done,
        )

    # -- loading -----------------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if not self._loaded_once:
            self._loaded_once = True
            self.refresh()

    def on_changes(self, changes) -> None:
        """The HQ workspace's own imports (its inbox, a bundle) publish to the database: read it again if shown."""
        if self._loaded_once and changes.touches(INCIDENTS, CONFLICTS) and self.isVisible():
            self.refresh()

    def _sensitive_toggled(self, _on: bool) -> None:
        self._map_stale = True
        self.refresh()

    def _tab_changed(self, _i: int) -> None:
        if self.map is not None and self.tabs.currentWidget() is self.map and self._map_stale:
            self._draw_map()

    def refresh(self) -> ops.Job:
        """Read the list (the search, if any), the counts and the open conflicts off the UI thread."""
        self._asked += 1
        asked, store, inbox = self._asked, self.store, self.inbox
        text, include = self.search.text(), self.sensitive.isChecked()
        checklists, lang = self.ws.checklists, self.lang
        asked_ids = list(self.asked.values())

        def work():
            # newest first, searched or not, as the workspace's list (a common word is not ranked over its
            # tens of thousands of matches)
            rows = list(store.records(text, include_sensitive=include, limit=LIMIT, columns=LIST_COLUMNS, newest=True))
            assessed = []
            for rec in store.assessments():
                try:
                    overall = store.assessment_summary(rec, checklists, lang)["overall"]
                except NotFound:  # made with a checklist this computer does not have
                    overall = None
                assessed.append((rec, overall))
            states = {q["id"]: q for q in inbox.requests(ids=asked_ids)} if asked_ids else {}
            return rows, store.map_summary(include_sensitive=include), inbox.open_conflicts(), assessed, states

        def done(result, _changes):
            if asked != self._asked:
                return
            self.rows, summary, self.conflicts, self.assessments, states = result
            self.request_states.update(states)
            self.conflict_note.setText("")
            self._fill(summary)
            self._fill_assessments()
            self.loaded.emit(len(self.rows))

        self._map_stale = True
        if self.map is not None and self.tabs.currentWidget() is self.map:
            self._draw_map()
        return ops.run(self, self.tr("Reading the HQ database…"), work, on_done=done, on_error=self._failed)

    def _failed(self, error) -> None:
        if isinstance(error, HqUnreachable):
            self.summary.setText(self.tr("The HQ database is out of reach: Refresh to try again."))
        elif isinstance(error, FieldkitError):
            show_error(self, error)
        else:
            log.error("reading the HQ database failed: %s", type(error).__name__)
            self.summary.setText(self.tr("The HQ database could not be read (details in the log)."))

    def _fill(self, summary: dict) -> None:
        v = self.ws.vocab
        self.summary.setText(
            self.tr(
                "Incidents on the map: {count} (without a location: {unplaced}) · listed: {shown}, {order} · open "
                "conflicts: {conflicts}"
            ).format(
                order=self.tr("newest first"),
                shown=len(self.rows),
                count=summary["count"],
                unplaced=summary["unplaced"],
                conflicts=len(self.conflicts),
            )
        )
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            title = _isolated(one_line(r.get("title") or "", 200), self.rtl)
            cells = [
                _isolated(value_text("occurred_at", r.get("occurred_at")), self.rtl),
                title + (" · " + self.tr("sensitive") if r.get("sensitive") else ""),
                v.label("incident_category", r.get("category") or "", self.lang),
                str(r.get("severity") or ""),
                _isolated(one_line(r.get("place") or "", 120), self.rtl),
                r.get("source_grade") or "",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, r["id"])
                self.table.setItem(i, c, item)
        self._select_shown()
        self._fill_conflicts()

    def _select_shown(self) -> None:
        """The list's highlighted row is the incident the detail pane shows, or none is (and the pane is empty)."""
        row = next((i for i, r in enumerate(self.rows) if r["id"] == self.shown_id), None)
        self.table.blockSignals(True)
        try:
            if row is None:
                self.table.clearSelection()
                self.table.setCurrentItem(None)
                self.shown_id = None
                self.detail.setPlainText("")
            else:
                self.table.selectRow(row)
                self.table.scrollToItem(self.table.item(row, 0))
        finally:
            self.table.blockSignals(False)

    def _waiting_request(self, conflict_id: str) -> bool:
        rid = self.asked.get(conflict_id)
        return bool(rid) and self.request_states.get(rid, {}).get("state", "waiting") == "waiting"

    def _request_text(self, conflict_id: str) -> str:
        rid = self.asked.get(conflict_id)
        if not rid:
            return ""
        req = self.request_states.get(rid, {})
        keep = (req.get("choices") or {}).get("keep")
        side = self.tr("HQ's version") if keep == "local" else self.tr("the other device's version") if keep else ""
        state = req.get("state", "waiting")
        if state == "refused":
            return self.tr("refused: {side}").format(side=side)
        if state == "applied":
            return self.tr("applied: {side}").format(side=side)
        return self.tr("waiting: {side}").format(side=side)

    def _fill_conflicts(self) -> None:
        """The open conflicts; the one chosen stays chosen (by its id, not its row) across a refresh."""
        chosen = self._chosen_id
        self.conflict_table.blockSignals(True)
        try:
            self.conflict_table.setRowCount(len(self.conflicts))
            for i, c in enumerate(self.conflicts):
                kind = self.tr("deleted on one side") if c["kind"] == "deletion" else self.tr("edited on both sides")
                cells = [
                    value_text("occurred_at", c["created_at"]),
                    _isolated(one_line(c["title"] or c["record_id"], 200), self.rtl),
                    _isolated(one_line(c["remote_label"] or c["remote_device"][:8], 80), self.rtl),
                    kind,
                    c["id"][:8],
                    self._request_text(c["id"]),
                ]
                for col, text in enumerate(cells):
                    self.conflict_table.setItem(i, col, QTableWidgetItem(text))
            row = next((i for i, c in enumerate(self.conflicts) if c["id"] == chosen), None)
            self.conflict_table.clearSelection()
            self.conflict_table.setCurrentItem(None)
            if row is not None:
                self.conflict_table.selectRow(row)
        finally:
            self.conflict_table.blockSignals(False)
        self._conflict_chosen()

    def _conflict_chosen(self) -> None:
        r = self.conflict_table.currentRow()
        chosen = bool(self.conflict_table.selectedItems()) and 0 <= r < len(self.conflicts)
        conflict = self.conflicts[r] if chosen else None
        self._chosen_id = conflict["id"] if conflict else None
        may = conflict is not None and not self._waiting_request(conflict["id"])
        self.keep_local.setEnabled(may)
        self.keep_remote.setEnabled(may)
        self._compare(conflict)

    def _compare(self, conflict: dict | None) -> ops.Job | None:
        """The chosen conflict's two versions, the fields that differ (read off the UI thread)."""
        self.conflict_detail.setPlainText("")
        if conflict is None:
            return None
        if conflict["kind"] == "deletion":
            self.conflict_detail.setPlainText(
                self.tr("Deleted on the other device, changed here: keep it (HQ's version) or delete it for good.")
            )
            return None
        inbox, cid, v, lang = self.inbox, conflict["id"], self.ws.vocab, self.lang

        def done(rows, _changes):
            if self._chosen_id != cid:
                return
            differ = [r for r in rows if r["differs"]]
            lines = [
                self.tr("{field}: HQ “{local}” · the other device “{remote}”").format(
                    field=field_name(r["field"]),
                    local=_isolated(value_text(r["field"], r["local"], 120, v, lang), self.rtl),
                    remote=_isolated(value_text(r["field"], r["remote"], 120, v, lang), self.rtl),
                )
                for r in differ
            ]
            self.conflict_detail.setPlainText("\n".join(lines) or self.tr("The two versions hold the same values."))

        return ops.run(
            self,
            self.tr("Comparing the two versions…"),
            lambda: inbox.conflict_fields(cid),
            on_done=done,
            on_error=self._failed,
        )

    def _draw_map(self) -> None:
        self._map_stale = False
        self.map.show_map(source=_MapSource(self.store, self.sensitive.isChecked()), on_error=self._map_failed)

    def _map_failed(self, error) -> None:
        self._map_stale = True  # drawn again at the next refresh or visit
        self._failed(error)

    # -- one incident ------------------------------------------------------------------------------
    def _selected(self) -> None:
        r = self.table.currentRow()
        item = self.table.item(r, 0) if r >= 0 else None
        if item is not None:
            self.show_incident(item.data(Qt.ItemDataRole.UserRole))

    def show_incident(self, iid: str) -> ops.Job:
        store, include = self.store, self.sensitive.isChecked()

        def done(rec, _changes):
            self.tabs.setCurrentIndex(0)
            self.shown_id = str(iid) if rec else None
            self.detail.setPlainText(
                self._describe(rec) if rec else self.tr("This incident is not in the HQ database.")
            )
            if rec:
                self._select_shown()

        return ops.run(
            self,
            self.tr("Reading the incident…"),
            lambda: store.incident(str(iid), include_sensitive=include),
            on_done=done,
            on_error=self._failed,
        )

    def _describe(self, rec: dict) -> str:
        v, lang = self.ws.vocab, self.lang
        iso = lambda text: _isolated(text, self.rtl)  # noqa: E731 - Latin text keeps its order in Arabic
        lines = [iso(one_line(rec.get("title") or "", 500)), ""]
        for key in (
            "occurred_at",
            "place",
            "lat",
            "lon",
            "category",
            "severity",
            "actors",
            "source_grade",
            "status",
            "tags",
        ):
            label = field_name(key)
            lines.append(f"{label[:1].upper()}{label[1:]}: {iso(value_text(key, rec.get(key), 300, v, lang))}")
        lines.append(
            self.tr("Reported by: {device}").format(
                device=iso(one_line(rec.get("origin_label") or "", 80) or (rec.get("origin_device") or "—")[:8])
            )
        )
        if rec.get("sensitive"):
            lines.append(self.tr("Sensitive: handle as its source requires."))
        lines += ["", iso(rec.get("description") or ""), ""]
        lines.append(self.tr("Signed history (versions: {n}):").format(n=len(rec["history"])))
        for h in rec["history"]:
            who = (
                self.tr("by {author}, device {device}").format(
                    author=iso(one_line(h["author"], 80)), device=iso(h["device_id"][:8])
                )
                if h["author"]
                else self.tr("device {device}").format(device=iso(h["device_id"][:8]))
            )
            line = self.tr("v{version} · {when} · {who} · signed with key {key}").format(
                version=h["version"],
                when=iso(value_text("occurred_at", h["created_at"])),
                who=who,
                key=iso((h["signed_by"] or "—")[:8]),
            )
            lines.append(f"{line} · {iso(one_line(h['reason'], 200))}" if h["reason"] else line)
        if rec["attachments"]:
            lines += ["", self.tr("Attachments:")]
            for a in rec["attachments"]:
                state = self.tr("held by the HQ database") if a["in_store"] else self.tr("not in the HQ database yet")
                lines.append(f"  {iso(one_line(a['filename'], 200))} ({a['size']} B, {a['sha256'][:12]}…): {state}")
        return "\n".join(lines)
