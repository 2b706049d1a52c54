"""A QWebEngineView showing a FieldKit map, served by the app itself (fieldkit://<host>/index.html)."""
from __future__ import annotations

import itertools
import logging

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineSettings
from PySide6.QtWebEngineWidgets import QWebEngineView

from fieldkit import maps
from fieldkit.mbtiles import active_basemap

from .web import SCHEME, Bridge, MapSchemeHandler, map_profile

log = logging.getLogger(__name__)
_hosts = itertools.count(1)


def _words():
    return {"legend_category": QCoreApplication.translate("map", "Category"),
            "legend_severity": QCoreApplication.translate("map", "Severity"),
            "severity": QCoreApplication.translate("map", "severity"),
            "open": QCoreApplication.translate("map", "Open in FieldKit")}


class MapWidget(QWebEngineView):
    loaded = Signal(int)

    def __init__(self, ws, lang="en", pick=False, parent=None):
        super().__init__(parent)
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
        self.count = 0

    def show_map(self, flt=None, colour_by="category", pick_start=None):
        tiles = active_basemap(self.ws)
        page = maps.build_map(self.ws, flt, colour_by=colour_by, lang=self.lang, app=True, pick=self.pick,
                              pick_start=pick_start, tiles=tiles, labels=_words())
        self.count = page.count
        self.handler.publish(self.host, page, tiles)
        self.load(QUrl(f"fieldkit://{self.host}/index.html"))
        return page


def _shared_handler(profile):
    """One scheme handler per profile; each map view publishes under its own host name."""
    h = getattr(profile, "_fk_handler", None)
    if h is None:
        h = MapSchemeHandler(profile)
        profile.installUrlSchemeHandler(SCHEME, h)
        profile._fk_handler = h
    return h
