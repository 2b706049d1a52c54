"""A virtual table of incidents: holds only the ordered row ids of the current query and fetches
row contents page by page as they scroll into view, so 100,000 incidents stay fluid."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from fieldkit import languages
from fieldkit.incidents import IncidentFilter
from fieldkit.palette import SEVERITY_TINTS

PAGE = 200


class IncidentTableModel(QAbstractTableModel):
    KEYS = ("occurred_at", "severity", "category", "title", "place", "source", "status")

    def __init__(self, ws, lang: str = "en", parent=None):
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.filter = IncidentFilter()
        self.sort_key = "occurred_at"
        self.descending = True
        self._rowids: list[int] = []
        self._pages: dict[int, dict[int, dict]] = {}

    def headers(self):
        return [
            self.tr("Date"),
            self.tr("Severity"),
            self.tr("Category"),
            self.tr("Title"),
            self.tr("Place"),
            self.tr("Source"),
            self.tr("Status"),
        ]

    def widest_texts(self, column: int) -> list[str]:
        """The longest texts the column shows whatever the data (its codes' labels, the date's form...), for
        sizing it; [] for the columns of free text (title, place)."""
        key = self.KEYS[column]
        v = self.ws.vocab
        if key == "occurred_at":
            return ["2026-12-31 23:59"]
        if key == "severity":
            return [f"{t.code} · {t.label(self.lang)}" for t in v.terms("severity")]
        if key == "category":
            return [t.label(self.lang) for t in v.terms("incident_category")]
        if key == "source":
            return ["B2", "F6"]
        if key == "status":
            return [self.tr("final") + " · " + self.tr("sensitive"), self.tr("draft") + " · " + self.tr("sensitive")]
        return []

    # -- query --------------------------------------------------------------------------------
    def set_filter(self, flt: IncidentFilter) -> None:
        """Run the query (may raise SearchQueryError: the caller shows it, the model stays as it was)."""
        rowids = self.ws.incidents.search_rowids(flt, sort=self.sort_key, descending=self.descending)
        self.beginResetModel()
        self.filter = flt
        self._rowids = rowids
        self._pages.clear()
        self.endResetModel()

    def refresh(self) -> None:
        self.set_filter(self.filter)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        key = self.KEYS[column]
        self.sort_key = {"source": "source"}.get(key, key)
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    # -- Qt model -----------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rowids)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.KEYS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def record(self, row: int) -> dict | None:
        if not 0 <= row < len(self._rowids):
            return None
        page = row // PAGE
        if page not in self._pages:
            ids = self._rowids[page * PAGE : (page + 1) * PAGE]
            self._pages[page] = self.ws.incidents.rows_by_rowid(ids)
            if len(self._pages) > 50:  # keep memory bounded while scrolling far
                self._pages.pop(next(iter(self._pages)))
        return self._pages[page].get(self._rowids[row])

    def incident_id(self, row: int) -> str | None:
        rec = self.record(row)
        return rec["id"] if rec else None

    def row_of(self, incident_id: str) -> int:
        rid = self.ws.db.execute("SELECT rowid FROM incidents WHERE id = ?", [incident_id]).fetchone()
        if rid and rid[0] in self._rowids:
            return self._rowids.index(rid[0])
        return -1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        rec = self.record(index.row())
        if rec is None:
            return None
        key = self.KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "occurred_at":
                return rec["occurred_at"][:16].replace("T", " ")
            if key == "severity":
                return f"{rec['severity']} · {self.ws.vocab.label('severity', str(rec['severity']), self.lang)}"
            if key == "category":
                return self.ws.vocab.label("incident_category", rec["category"], self.lang)
            if key == "source":
                return f"{rec['source_reliability']}{rec['source_credibility']}"
            if key == "status":
                s = self.tr("final") if rec["status"] == "final" else self.tr("draft")
                return s + (" · " + self.tr("sensitive") if rec.get("sensitive") else "")
            value = rec.get(key)
            if value and languages.is_rtl(self.lang):
                # a title or place typed in Latin letters keeps its own order in a right-to-left table
                return f"\u2068{value}\u2069"
            return value
        if role == Qt.ItemDataRole.BackgroundRole and key == "severity":
            return QColor(SEVERITY_TINTS.get(rec["severity"], "#ffffff"))
        if role == Qt.ItemDataRole.ToolTipRole and key == "category":
            return f"{self.ws.vocab.label('incident_category', rec['category'], self.lang)} ({rec['category']})"
        if role == Qt.ItemDataRole.ToolTipRole and key in ("title", "place"):
            return rec.get(key) or None  # the whole text, when the column is too narrow for it
        if role == Qt.ItemDataRole.UserRole:
            return rec["id"]
        return None
