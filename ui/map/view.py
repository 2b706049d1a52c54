"""The Map job: incidents (same filters as the list), assessment areas, basemap choice, export."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit import mapindex, maps, mbtiles, paths, places
from fieldkit.changes import ASSESSMENTS, INCIDENTS, SETTINGS, TOMBSTONES

from .. import ops
from ..widgets import ask, fit_combo
from .widget import MapWidget

log = logging.getLogger(__name__)


class MapView(QWidget):
    open_incident = Signal(str)
    bbox_chosen = Signal(object)

    def __init__(self, ws, lang="en", parent=None):
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        self.filter = None
        self._dirty = True  # the page shown is stale: rebuilt now if visible, else when next shown
        self._view_bbox = None
        self.page = None  # the last page built (maps.MapPage): its data is what the map shows
        self.builds = 0  # how many pages were built and loaded
        self._asked = 0  # how many were asked for
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Colour by")))
        self.colour = QComboBox()
        self.colour.addItem(self.tr("Category"), "category")
        self.colour.addItem(self.tr("Severity"), "severity")
        self.colour.currentIndexChanged.connect(self.reload)
        bar.addWidget(self.colour)
        bar.addWidget(QLabel(self.tr("Basemap")))
        self.basemap = QComboBox()
        fit_combo(self.basemap, 16)
        bar.addWidget(self.basemap)
        self.add_basemap_button = QPushButton(self.tr("Add MBTiles…"))
        self.add_basemap_button.clicked.connect(self.add_basemap)
        bar.addWidget(self.add_basemap_button)
        self.packs_button = QPushButton(self.tr("Packs…"))
        self.packs_button.clicked.connect(self.show_packs)
        bar.addWidget(self.packs_button)
        self.area_button = QPushButton(self.tr("Filter incidents to this view"))
        self.area_button.clicked.connect(lambda: self.bbox_chosen.emit(self._view_bbox))
        bar.addWidget(self.area_button)
        self.export_button = QPushButton(self.tr("Export offline map…"))
        self.export_button.clicked.connect(self.export)
        self.find_box = QLineEdit()
        self.find_box.setPlaceholderText(self.tr("Find a place…"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.returnPressed.connect(self.find_place)
        bar.addStretch()
        self.count_label = QLabel()
        bar.addWidget(self.count_label)
        lay.addLayout(bar)
        when = QHBoxLayout()  # the row must fit a 1366-pixel screen in every language: two rows
        when.addWidget(self.find_box)
        self.heat_box = QCheckBox(self.tr("Heatmap"))
        self.heat_box.toggled.connect(lambda on: self.web.set_heat(on))
        when.addWidget(self.heat_box)
        self.week_box = QCheckBox(self.tr("Week by week"))
        self.week_box.toggled.connect(self._week_moved)
        when.addWidget(self.week_box)
        self.week_slider = QSlider(Qt.Orientation.Horizontal)
        self.week_slider.setEnabled(False)
        self.week_slider.valueChanged.connect(lambda _v: self._week_timer.start())
        when.addWidget(self.week_slider, 1)
        self.week_label = QLabel()
        when.addWidget(self.week_label)
        when.addWidget(self.export_button)
        self._week_timer = QTimer(self)  # a dragged slider asks once it rests, not at every step
        self._week_timer.setSingleShot(True)
        self._week_timer.setInterval(120)
        self._week_timer.timeout.connect(self._week_moved)
        self.weeks: list[tuple[str, str]] = []
        lay.addLayout(when)
        self.web = MapWidget(ws, lang, towns=True)
        self.web.bridge.incidentRequested.connect(self.open_incident)
        self.web.bridge.viewChangedTo.connect(lambda w, s, e, n: setattr(self, "_view_bbox", (w, s, e, n)))
        lay.addWidget(self.web, 1)
        self._fill_basemaps()
        self.basemap.currentIndexChanged.connect(self._basemap_chosen)

    def _fill_basemaps(self):
        self.basemap.blockSignals(True)
        self.basemap.clear()
        self.basemap.addItem(self.tr("Natural Earth outlines (built in)"), "")
        found = mbtiles.list_basemaps(self.ws)
        if found:
            self.basemap.addItem(self.tr("Best pack for the view"), mbtiles.AUTO)
        for p in found:
            self.basemap.addItem(p.stem, p.name)
        i = self.basemap.findData(self.ws.settings.get("basemap") or "")
        self.basemap.setCurrentIndex(max(0, i))
        self.basemap.blockSignals(False)

    def _basemap_chosen(self):
        builds = self._asked
        ops.do(self, lambda: self.ws.settings.set("basemap", self.basemap.currentData() or ""))
        if self._asked == builds:  # on its own (no main window) this view hears no change
            self._stale()

    def add_basemap(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add an MBTiles basemap"), "", "MBTiles (*.mbtiles)")
        if not path:
            return

        def done(_result, _changes):
            self._fill_basemaps()
            self._stale()

        return ops.run(self, self.tr("Adding the basemap…"), lambda: mbtiles.add_basemap(self.ws, path), done)

    def _week_moved(self, *_):
        on = self.week_box.isChecked() and bool(self.weeks)
        self.week_slider.setEnabled(on)
        week = self.weeks[min(self.week_slider.value(), len(self.weeks) - 1)] if on else None
        text = ""
        if week:
            n = mapindex.count(self.ws, mapindex.in_week(self.filter, week))[0]  # the date index: a few ms at 1M
            text = self.tr("{start} to {end}").format(start=week[0], end=week[1])
            text += " · " + self.tr("%n incident(s) this week", "", n)
        self.week_label.setText(text)
        if week != self.web.week:
            self.web.set_week(week)

    def _set_period(self, period) -> None:
        """The slider's weeks: those of the filtered period (the week shown stays if it still is one)."""
        current = self.web.week
        self.weeks = mapindex.weeks(*period) if period else []
        self.week_slider.blockSignals(True)
        self.week_slider.setRange(0, max(0, len(self.weeks) - 1))
        self.week_slider.setValue(self.weeks.index(current) if current in self.weeks else 0)
        self.week_slider.blockSignals(False)
        self._week_moved()

    def find_place(self) -> ops.Job | None:
        """Look the typed name up in the gazetteer (off the UI thread) and fly to it; several places: a list."""
        text = self.find_box.text().strip()
        if not text:
            return None

        def found(result, _changes):
            self.places_found = result
            if not result:
                self.count_label.setText(self.tr("No place called {name} is known.").format(name=text))
            elif len(result) == 1:
                self.go_to(result[0])
            else:
                menu = QMenu(self)
                for p in result:
                    act = menu.addAction(p.label.replace("&", "&&"))  # plain text: & is no shortcut mark
                    act.triggered.connect(lambda _=False, p=p: self.go_to(p))
                self.places_menu = menu
                menu.popup(self.find_box.mapToGlobal(self.find_box.rect().bottomLeft()))

        return ops.run(
            self, self.tr("Preparing the list of places…"), lambda: places.default().search(text, limit=8), found
        )

    def go_to(self, place) -> None:
        self.web.fly_to(place.lat, place.lon, 11)

    def show_packs(self):
        """The pack manager: every basemap pack of the workspace with its zooms, coverage and size (as text)."""
        dlg = PacksDialog(mbtiles.packs(self.ws), self)
        self.packs_dialog = dlg
        dlg.open()
        return dlg

    def set_filter(self, flt):
        self.filter = flt
        self._stale()

    def on_changes(self, changes):
        """Incidents (or the assessment areas drawn) changed, or the basemap setting: the map is rebuilt now if it
        is shown, else marked stale and rebuilt when next shown (a hidden map does not rebuild on every change)."""
        settings = changes.ids(SETTINGS)
        basemap = settings is None or "basemap" in settings
        if basemap and (self.basemap.currentData() or "") != (self.ws.settings.get("basemap") or ""):
            self._fill_basemaps()
        if basemap or changes.touches(INCIDENTS, TOMBSTONES, ASSESSMENTS):
            self._stale()

    def _stale(self):
        self._dirty = True
        if self.isVisible():
            self.reload()

    def ensure_loaded(self):
        if self._dirty:
            self.reload()

    def reload(self) -> ops.Job:
        self._dirty = False
        self._asked += 1
        return self.web.show_map(self.filter, colour_by=self.colour.currentData(), on_built=self._built)

    def _built(self, page):
        self.page = page
        self._set_period(page.period)
        self.builds += 1
        text = self.tr("%Ln incident(s) on the map", "", page.count)  # %Ln: 1,000,000 as the language writes it
        if page.unplaced:
            text += " · " + self.tr("%n without a location yet (not shown)", "", page.unplaced)
        self.count_label.setText(text)

    def export(self):
        name = paths.suggested_name("map", self.ws.settings.get("device_label") or "", self.ws.clock.now(), "html")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export an offline map"), str(paths.exchange_dir() / name), "HTML (*.html)"
        )
        if not path:
            return
        flt, colour = self.filter, self.colour.currentData()
        sensitive = ask(
            self,
            self.tr("Export an offline map"),
            self.tr(
                "The map file can be opened by anyone who gets it. Include the incidents marked sensitive? (No leaves "
                "them out.)"
            ),
            default_yes=False,
        )

        def done(out, _changes):
            self.count_label.setText(self.tr("Map written to {path}").format(path=str(out)))

        return ops.run(
            self,
            self.tr("Writing the offline map…"),
            lambda: maps.export_map(self.ws, path, flt, colour_by=colour, lang=self.lang, include_sensitive=sensitive),
            done,
        )


class PacksDialog(QDialog):
    COLUMNS = ("file", "name", "zooms", "coverage", "size", "attribution")

    def __init__(self, infos, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Basemap packs"))
        lay = QVBoxLayout(self)
        self.table = QTableWidget(len(infos), len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Name"),
                self.tr("Zoom levels"),
                self.tr("Covers (W, S, E, N)"),
                self.tr("Size"),
                self.tr("Attribution"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, info in enumerate(infos):
            if "error" in info:
                cells = [info["file"], self.tr("Unreadable: {error}").format(error=info["error"]), "", "", "", ""]
            else:
                b = info["bounds"]
                cells = [
                    info["file"],
                    info["name"],
                    f"{info['minzoom']}–{info['maxzoom']}",
                    ", ".join(f"{v:g}" for v in b) if b else self.tr("unknown"),
                    self.tr("{mb} MB").format(mb=f"{info['bytes'] / 1e6:.1f}"),
                    info["attribution"],
                ]
            for col, value in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(str(value)))  # an item shows plain text, never HTML
        self.table.resizeColumnsToContents()
        lay.addWidget(self.table)
        if not infos:
            lay.addWidget(
                QLabel(self.tr("No basemap packs yet: add an MBTiles file, or cut one with 'fieldkit basemap cut'."))
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(820, 300)
