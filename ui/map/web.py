"""QtWebEngine plumbing for the offline map: the ``fieldkit:`` URL scheme that serves the page, its
installed assets and MBTiles tiles; a private (off-the-record) profile; and a request interceptor
that blocks — and records — anything that is not local."""

from __future__ import annotations

import json
import logging
import mimetypes
import re
from concurrent.futures import ThreadPoolExecutor
from itertools import count

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QFile, QIODevice, QObject, Qt, QUrlQuery, Signal, Slot
from PySide6.QtWebEngineCore import (
    QWebEngineProfile,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from fieldkit import maps
from fieldkit.errors import FieldkitError

log = logging.getLogger(__name__)
SCHEME = b"fieldkit"
LOCAL_SCHEMES = {"fieldkit", "data", "blob", "about", "qrc"}
_TILE = re.compile(r"^/tiles/(\d+)/(\d+)/(\d+)\.\w+$")


def register_scheme() -> None:
    """Must run before the QApplication is created."""
    if QWebEngineUrlScheme.schemeByName(SCHEME).name() == SCHEME:
        return
    s = QWebEngineUrlScheme(SCHEME)
    s.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    s.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.LocalScheme
        | QWebEngineUrlScheme.Flag.LocalAccessAllowed
        | QWebEngineUrlScheme.Flag.CorsEnabled
        | QWebEngineUrlScheme.Flag.ContentSecurityPolicyIgnored
        | getattr(QWebEngineUrlScheme.Flag, "FetchApiAllowed", QWebEngineUrlScheme.Flag(0))
    )
    QWebEngineUrlScheme.registerScheme(s)


class MapSchemeHandler(QWebEngineUrlSchemeHandler):
    """Serves fieldkit://map/<path>: generated pages and data, installed assets, MBTiles tiles."""

    _answered = Signal(int, object)  # a view query asked off the UI thread: (its number, the JSON or None)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.remote: set[str] = set()  # hosts whose view queries go to a server: asked off the UI thread
        self._pool: ThreadPoolExecutor | None = None  # one thread: its one connection to the server is reused
        self._waiting: dict[int, QWebEngineUrlRequestJob] = {}
        self._numbers = count(1)
        self._answered.connect(self._reply_later, Qt.ConnectionType.QueuedConnection)
        self.sites: dict[str, tuple[dict, object]] = {}  # host -> (pages by path, MBTiles or None)
        self.queries: dict[str, object] = {}  # host -> clusters(bbox, zoom) or None
        self.towns: dict[str, object] = {}  # host -> towns(bbox, zoom) or None
        self.assets = {"/" + k: v for k, v in maps.asset_files().items()}
        self.qwebchannel = b""
        f = QFile(":/qtwebchannel/qwebchannel.js")
        if f.open(QIODevice.OpenModeFlag.ReadOnly):
            self.qwebchannel = bytes(f.readAll())
            f.close()

    def publish(self, host: str, page: maps.MapPage, tiles=None, clusters=None, towns=None, remote=False) -> None:
        """``clusters(bbox, zoom)``: what the page shows of a view (``mapindex.clusters`` for the page's filter),
        answered at ``clusters?w=&s=&e=&n=&z=``; ``towns(bbox, zoom)`` the town labels, at ``places?...``.
        ``remote``: ``clusters`` asks a server (the HQ database): it runs on a worker thread, never the UI's."""
        (self.remote.add if remote else self.remote.discard)(host)
        pages = {
            "/index.html": page.html.encode("utf-8"),
            "/assets/qwebchannel.js": self.qwebchannel,
            **{"/" + k: v for k, v in page.files.items()},
        }
        self.sites[host] = (pages, tiles)
        self.queries[host] = clusters
        self.towns[host] = towns

    def requestStarted(self, job: QWebEngineUrlRequestJob):
        url = job.requestUrl()
        path = url.path()
        pages, tiles = self.sites.get(url.host(), ({}, None))
        data, mime = None, None
        if path == "/clusters" and url.host() in self.remote:
            number = next(self._numbers)
            self._waiting[number] = job
            if self._pool is None:
                self._pool = ThreadPoolExecutor(1, thread_name_prefix="map-remote-views")
            queries = self.queries
            self._pool.submit(lambda: self._answered.emit(number, self._view_query(queries, url)))
            return
        if path in ("/clusters", "/places"):
            data = self._view_query(self.queries if path == "/clusters" else self.towns, url)
            if data is None:
                job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)
                return
            mime = "application/json"
        elif path in pages:
            data = pages[path]
        elif path in self.assets:
            data = self.assets[path].read_bytes()
        else:
            m = _TILE.match(path)
            if m and tiles is not None:
                data = tiles.tile(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                mime = tiles.mime
                if data is None:
                    job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
                    return
        if data is None:
            log.warning("map asked for unknown %s", path)
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        if mime is None:
            mime = mimetypes.guess_type(path)[0] or "application/octet-stream"
            if path.endswith(".js"):
                mime = "text/javascript"
        self._reply(job, mime, data)

    @staticmethod
    def _reply(job, mime: str, data: bytes) -> None:
        buf = QBuffer(job)
        buf.setData(QByteArray(data))
        buf.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(mime.encode(), buf)

    @Slot(int, object)
    def _reply_later(self, number: int, data) -> None:
        job = self._waiting.pop(number, None)
        if job is None or not shiboken6.isValid(job):  # the page went away, or moved on, meanwhile
            return
        if data is None:
            job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)
        else:
            self._reply(job, "application/json", data)

    def _view_query(self, queries: dict, url) -> bytes | None:
        query = queries.get(url.host())
        if query is None:
            return None
        q = QUrlQuery(url)
        try:
            bbox = [float(q.queryItemValue(k)) for k in ("w", "s", "e", "n")]
            zoom = round(float(q.queryItemValue("z")))
        except (ValueError, OverflowError):
            log.warning("map asked for clusters with a malformed view")
            return None
        try:
            result = query(bbox, zoom)
        except FieldkitError as e:  # e.g. a search the filter cannot run: the page keeps what it shows
            log.warning("map view query refused: %s", type(e).__name__)
            return None
        except Exception as e:  # noqa: BLE001 - e.g. the workspace locked or busy: the page keeps what it shows
            log.warning("map view query failed: %s", type(e).__name__)  # the type only: no user content in a log
            return None
        return json.dumps(result, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class LocalOnlyInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request that would leave the machine, and remembers all URLs asked for."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.requested: list[str] = []
        self.blocked: list[str] = []

    def interceptRequest(self, info):
        url = info.requestUrl()
        self.requested.append(url.toString())
        if url.scheme() not in LOCAL_SCHEMES:
            self.blocked.append(url.toString())
            log.warning("blocked a non-local request from the map: %s", url.toString())
            info.block(True)


_profile = None


def map_profile():
    """One private profile for every map view: no disk cache, no cookies on disk, no network."""
    global _profile
    if _profile is None:
        _profile = QWebEngineProfile()  # off the record
        _profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        _profile.setPersistentCookiesPolicy(QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies)
        _profile.interceptor = LocalOnlyInterceptor(_profile)
        _profile.setUrlRequestInterceptor(_profile.interceptor)
        _profile.handlers = []
    return _profile


class Bridge(QObject):
    """What the page may call, through QWebChannel."""

    incidentRequested = Signal(str)
    pointPicked = Signal(float, float)
    viewChangedTo = Signal(float, float, float, float)
    pageLoaded = Signal(int)

    @Slot(str)
    def openIncident(self, iid):
        self.incidentRequested.emit(iid)

    @Slot(float, float)
    def picked(self, lat, lon):
        self.pointPicked.emit(lat, lon)

    @Slot(float, float, float, float)
    def viewChanged(self, w, s, e, n):
        self.viewChangedTo.emit(w, s, e, n)

    @Slot(int)
    def loaded(self, n):
        self.pageLoaded.emit(n)


def shutdown() -> None:
    """Delete the map profile after every page using it (avoids Qt's 'profile released before page' warning)."""
    global _profile
    if _profile is not None:
        from PySide6.QtCore import QEvent
        from PySide6.QtWebEngineWidgets import QWebEngineView
        from PySide6.QtWidgets import QApplication

        for w in QApplication.allWidgets():
            if isinstance(w, QWebEngineView) and w.page() is not None and w.page().profile() is _profile:
                w.page().deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        _profile.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        _profile = None
