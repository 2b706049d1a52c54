"""'Pick on map': a click sets the coordinates; the chosen point is shown before it is accepted."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from ..widgets import ok_cancel
from .widget import MapWidget


class PickDialog(QDialog):
    def __init__(self, ws, start=None, parent=None, lang="en"):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pick a location"))
        self.resize(900, 640)
        self.choice = None
        lay = QVBoxLayout(self)
        self.label = QLabel(self.tr("Click on the map to place the incident."))
        lay.addWidget(self.label)
        self.map = MapWidget(ws, lang, pick=True)
        self.map.bridge.pointPicked.connect(self._picked)
        lay.addWidget(self.map, 1)
        self.buttons = ok_cancel(self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        lay.addWidget(self.buttons)
        self.map.show_map(pick_start=start)

    def _picked(self, lat, lon):
        self.choice = (round(lat, 5), round(lon, 5))
        self.label.setText(
            self.tr("Chosen point: latitude {lat:.5f}, longitude {lon:.5f}. Click OK to use it.").format(
                lat=lat, lon=lon
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)


def pick_location(ws, parent=None, start=None):
    dlg = PickDialog(ws, start, parent)
    return dlg.choice if dlg.exec() == QDialog.DialogCode.Accepted else None
