"""A QWebEngineView showing a FieldKit map, served by the app itself (fieldkit://<host>/index.html)."""

from __future__ import annotations

import itertools
import logging
import threading

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView

from fieldkit import mapindex, maps, places
from fieldkit.mbtiles import active_basemap

from .. import ops
from .web import SCHEME, Bridge, MapSchemeHandler, map_profile

log = logging.getLogger(__name__)
_hosts = itertools.count(1)


def _words():
    return {
        "legend_category": QCoreApplication.translate("map", "Category"),
        "legend_severity": QCoreApplication.translate("map", "Severity"),
        "severity": QCoreApplication.translate("map", "severity"),
        "open": QCoreApplication.translate("map", "Open in FieldKit"),
        "heatmap": QCoreApplication.translate("map", "Heatmap"),
    }


class MapWidget(QWebEngineView):
    loaded = Signal(int)

    def __init__(self, ws, lang="en", pick=False, parent=None, towns=False):
        super().__init__(parent)
        self.towns = towns  # label the gazetteer's towns
        self.ws = ws
        self.lang = lang
        self.pick = pick
        self.host = f"map{next(_hosts)}"
        profile = map_profile()
        # one handler per profile: views share it and publish under their own host name
        self.handler = _shared_handler(profile)
        page = QWebEnginePage(profile, self)
        s = page.settings()
        s.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False)
        s.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, False)
        self.setPage(page)
        self.bridge = Bridge(self)
        self.channel = QWebChannel(self)
        self.channel.registerObject("bridge", self.bridge)
        page.setWebChannel(self.channel)
        self.bridge.pageLoaded.connect(self.loaded)
        self._asked = 0  # the latest build asked for: an older one that ends later is dropped
        self.week: tuple[str, str] | None = None  # the time slider's week: the view shows only its incidents
        self.heat = False

    def show_map(
        self, flt=None, colour_by="category", pick_start=None, on_built=None, source=None, on_error=None
    ) -> ops.Job:
        """Build the page and its data off the UI thread (a large workspace takes a while), then load it here.
        ``on_built(page)`` runs on the UI thread once the page is handed to QtWebEngine; ``loaded(n)`` follows
        when the page has drawn its n incidents. ``source``: incidents kept elsewhere (the HQ database): an object
        with ``summary()`` (``HqStore.map_summary``) and ``view(bbox, zoom)`` (``HqStore.map_view``), asked off
        the UI thread; the workspace then gives only the words and the basemap. ``on_error(error)``: instead of a
        dialog when the page could not be built (the HQ database out of reach)."""
        self._asked += 1
        asked, labels, ws, lang, pick, heat = self._asked, _words(), self.ws, self.lang, self.pick, self.heat

        def build():
            tiles = active_basemap(ws)
            summary = source.summary() if source is not None else None
            page = maps.build_map(
                ws,
                flt,
                colour_by=colour_by,
                lang=lang,
                app=True,
                pick=pick,
                pick_start=pick_start,
                tiles=tiles,
                labels=labels,
                towns=self.towns,
                heat=heat,
                summary=summary,
            )
            return page, tiles

        def built(result, _changes):
            if asked != self._asked:
                return
            page, tiles = result
            self.handler.publish(
                self.host,
                page,
                tiles,
                source.view
                if source is not None
                else lambda bbox, zoom: mapindex.clusters(ws, bbox, zoom, self._filter(flt)),
                _town_labels if self.towns else None,
                remote=source is not None,
            )
            self.load(QUrl(f"fieldkit://{self.host}/index.html"))
            if on_built is not None:
                on_built(page)

        return ops.run(self, self.tr("Drawing the map…"), build, built, on_error)

    def _filter(self, flt):
        return mapindex.in_week(flt, self.week) if self.week else flt

    def set_week(self, week: tuple[str, str] | None) -> None:
        """Show one week of the filtered period (None: all of it); the page asks again for its view."""
        self.week = week
        self.page().runJavaScript("window.FK_REFRESH && FK_REFRESH(); 1")

    def set_heat(self, on: bool) -> None:
        self.heat = bool(on)
        self.page().runJavaScript(f"window.FK_SET_HEAT && FK_SET_HEAT({'true' if self.heat else 'false'}); 1")

    def fly_to(self, lat: float, lon: float, zoom: int = 11) -> None:
        """Move the map to a point (a place found by the search box)."""
        lat, lon, zoom = float(lat), float(lon), int(zoom)
        self.page().runJavaScript(f"window.FK_MAP && FK_MAP.flyTo([{lat:.6f}, {lon:.6f}], {zoom}); 1")


_building = threading.Lock()


def _town_labels(bbox, zoom):
    """The town labels of a view; none until the gazetteer's index is built (then built off the UI thread, once:
    the labels come with the next move of the map)."""
    g = places.default()
    if not g.ready:
        if _building.acquire(blocking=False):

            def build():
                try:
                    g.ensure()
                except Exception as e:  # noqa: BLE001 - no gazetteer: the map has no town labels
                    log.info("no town labels: %s", type(e).__name__)

            threading.Thread(target=build, name="gazetteer-index", daemon=True).start()
        return []
    return maps.town_labels(g, bbox, zoom)


def _shared_handler(profile):
    """One scheme handler per profile; each map view publishes under its own host name."""
    h = getattr(profile, "_fk_handler", None)
    if h is None:
        h = MapSchemeHandler(profile)
        profile.installUrlSchemeHandler(SCHEME, h)
        profile._fk_handler = h
    return h
