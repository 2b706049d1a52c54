"""The Sync job: exports to a chosen folder (a USB stick). Bundle export/import arrive with sync bundles."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget)

from fieldkit import exports
from fieldkit.errors import FieldkitError

from ..errors import show_error


class SyncView(QWidget):
    imported = Signal()

    def __init__(self, ws, lang="en", parent=None):
        super().__init__(parent)
        self.ws = ws
        lay = QVBoxLayout(self)
        box = QGroupBox(self.tr("Export for spreadsheets and GIS"))
        bl = QVBoxLayout(box)
        bl.addWidget(QLabel(self.tr("Writes every incident (not those in the trash) to a file you choose, e.g. on a USB stick. "
                                    "Nothing leaves this computer any other way.")))
        self.sensitive = QCheckBox(self.tr("Include incidents marked sensitive"))
        bl.addWidget(self.sensitive)
        row = QHBoxLayout()
        for fmt, label in (("csv", self.tr("CSV (spreadsheet)…")), ("geojson", self.tr("GeoJSON (GIS)…")), ("kml", self.tr("KML (Google Earth)…"))):
            b = QPushButton(label)
            b.clicked.connect(lambda _=False, f=fmt: self.export(f))
            row.addWidget(b)
        row.addStretch()
        bl.addLayout(row)
        self.result = QLabel()
        bl.addWidget(self.result)
        lay.addWidget(box)
        lay.addStretch()

    def export(self, fmt: str):
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export incidents"), f"fieldkit-incidents.{fmt}")
        if not path:
            return
        try:
            n = exports.EXPORTERS[fmt](self.ws, path, include_sensitive=self.sensitive.isChecked())
        except (FieldkitError, OSError) as e:
            show_error(self, e)
            return
        self.result.setText(self.tr("%n incident(s) written to {path}", "", n).format(path=path))
