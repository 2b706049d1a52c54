"""The incident editor: inline validation, autosave of every keystroke to an editor draft
(survives a crash), attachments with their SHA-256, version history, Ctrl+S to save."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit import languages, places
from fieldkit.clock import iso
from fieldkit.errors import FieldkitError, ValidationError
from fieldkit.incidents import EDITABLE, DraftStore, validate
from fieldkit.incidents.fields import parse_coordinate, value_text, version_changes

from .. import ops
from ..errors import show_error
from ..i18n import field_name, tr_msg
from ..widgets import WheelSafeComboBox, ask, choose, tell

log = logging.getLogger(__name__)
AUTOSAVE_MS = 300
PLACE_SEARCH_MS = 150  # a pause in typing before the gazetteer is asked
PLACE_COMPLETIONS = 15
PLACE_NAME_ROLE = Qt.ItemDataRole.UserRole + 1
PLACE_POINT_ROLE = Qt.ItemDataRole.UserRole + 2
INVALID_STYLE = "border: 1px solid #c92a2a;"  # a text box whose value is refused (its message is under it)


def _decimals(value: float) -> str:
    """A coordinate with its decimals (at most the six that are stored), without trailing zeros: 12.28, -15.6."""
    return f"{value:.6f}".rstrip("0").rstrip(".")


class MarketPicker(QToolButton):
    """The criminal markets an incident bears on: a drop-down of checkable markets (the vocabulary's labels); the
    button names those picked."""

    textChanged = Signal(str)  # the editor listens to every field the same way

    def __init__(self, vocab, lang, parent=None):
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.menu_ = QMenu(self)
        self.actions_: dict[str, QAction] = {}
        for t in vocab.terms("criminal_market"):
            a = QAction(t.label(lang), self.menu_)
            a.setCheckable(True)
            a.toggled.connect(self._update)
            self.menu_.addAction(a)
            self.actions_[t.code] = a
        self.setMenu(self.menu_)
        self._update()

    def codes(self) -> list[str]:
        return [c for c, a in self.actions_.items() if a.isChecked()]

    def set_codes(self, codes) -> None:
        for c, a in self.actions_.items():
            a.blockSignals(True)
            a.setChecked(c in (codes or []))
            a.blockSignals(False)
        self._update()

    def _update(self, *_):
        picked = [a.text() for a in self.actions_.values() if a.isChecked()]
        self.setText(", ".join(picked) if picked else self.tr("None picked"))
        self.textChanged.emit(self.text())


class IncidentEditor(QDialog):
    saved = Signal(str)
    open_assessment = Signal(str)  # an actor record's assessment, asked for from the line under the actors

    def __init__(self, ws, incident_id: str | None = None, draft: dict | None = None, lang: str = "en", parent=None):
        super().__init__(parent)
        self.ws = ws
        self.lang = lang
        # the decimal separator of the app's language: coordinates are shown with it ("12,28" in French); both
        # are read (fields.parse_coordinate), and a comma read as a decimal point is said where it is not the usual one
        locale = QLocale(getattr(QLocale.Language, languages.get(lang).qlocale))
        self.decimal = locale.decimalPoint() or "."
        self.zero = locale.zeroDigit() or "0"  # Arabic writes its own digits (٠١٢…); both are read
        self.drafts = DraftStore(ws)
        self.incident_id = incident_id or (draft or {}).get("record_id")
        if draft is None and incident_id:  # one draft per incident: changes left unsaved earlier come back here
            draft = self.drafts.for_record(incident_id)
        self.draft_id = (draft or {}).get("id")
        self.current = ws.incidents.get(self.incident_id) if self.incident_id else None
        self._loading = True
        self._touched: set[str] = set()
        self._closing = False
        self.new_files: list[str] = []
        self.removed: set[str] = set()
        self.setWindowTitle(self.tr("Edit incident") if self.current else self.tr("New incident"))
        self.resize(760, 720)
        self._build()
        if draft:
            self._set_form(draft["data"])
            self.recovered.setText(
                self.tr("This draft was recovered from an interrupted session. Check it and save it, or discard it.")
            )
            self.recovered.show()
        elif self.current:
            self._set_form(self.current)
        else:
            self._set_form(
                {
                    "occurred_at": iso(ws.clock.now())[:16],
                    "severity": 2,
                    "status": "final",
                    "location_precision": "exact",
                    "occurred_precision": "exact",
                }
            )
        self._loading = False
        self._autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave_timer.timeout.connect(self.autosave)
        self._refresh_reason()

    # ---- building -------------------------------------------------------------------------
    def _combo(self, vocab_name: str, blank: bool = False) -> QComboBox:
        c = WheelSafeComboBox()
        if blank:
            c.addItem(self.tr("(not set)"), "")
        for t in self.ws.vocab.terms(vocab_name):
            c.addItem(f"{t.label(self.lang)}" + (f" ({t.code})" if vocab_name not in ("severity",) else ""), t.code)
        return c

    def _build(self):
        root = QVBoxLayout(self)
        self.recovered = QLabel()
        self.recovered.setWordWrap(True)
        self.recovered.setStyleSheet("background:#fff3bf; padding:6px; border-radius:4px;")
        self.recovered.hide()
        root.addWidget(self.recovered)
        self.tabs = QTabWidget()
        root.addWidget(self.tabs)
        form_host = QWidget()
        form = QFormLayout(form_host)
        self.tabs.addTab(form_host, self.tr("Incident"))
        self.fields: dict = {}
        self.errors: dict[str, QLabel] = {}

        def add(key, label, widget, hint=None):
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            err = QLabel()
            err.setStyleSheet("color:#c92a2a;")
            err.setWordWrap(True)
            err.hide()
            box.addWidget(err)
            if hint:
                widget.setToolTip(hint)
            self.errors[key] = err
            self.fields[key] = widget
            form.addRow(label, box)

        add("title", self.tr("Title"), QLineEdit())
        self.fields["title"].setPlaceholderText(self.tr("What happened, in a few words"))
        add("description", self.tr("Description"), QPlainTextEdit())
        self.fields["description"].setMinimumHeight(80)
        when = QLineEdit()
        when.setPlaceholderText("2026-03-14T22:30")
        add("occurred_at", self.tr("When (UTC)"), when, self.tr("ISO 8601: 2026-03-14, 2026-03 or 2026-03-14T22:30"))
        prec = WheelSafeComboBox()
        for code, label in (
            ("exact", self.tr("Exact")),
            ("day", self.tr("Day")),
            ("month", self.tr("Month")),
            ("approximate", self.tr("Approximate")),
        ):
            prec.addItem(label, code)
        add("occurred_precision", self.tr("Time precision"), prec)
        place_row = QWidget()
        pl = QHBoxLayout(place_row)
        pl.setContentsMargins(0, 0, 0, 0)
        self.place_edit = QLineEdit()
        self.place_edit.setPlaceholderText(self.tr("Place name (pick a known place to fill the coordinates)"))
        # completion from the gazetteer (GeoNames' populated places): each edit asks it, off the UI thread (its index
        # is built there on first use), and the list shows what it found, most populous first
        self.place_model = QStandardItemModel(self)
        comp = QCompleter(self.place_model, self)
        comp.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)  # the model holds the matches
        comp.setCompletionRole(PLACE_NAME_ROLE)  # the name goes into the box; the list shows "Gabú, Guinea-Bissau"
        comp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        comp.activated[QModelIndex].connect(self._place_chosen)
        self.place_edit.setCompleter(comp)
        self._place_search_seq = 0
        self._place_busy = self._place_again = False  # one search at a time (the first may wait for the index)
        self._place_timer = QTimer(self, singleShot=True, interval=PLACE_SEARCH_MS)
        self._place_timer.timeout.connect(self._search_places)
        self.place_edit.textEdited.connect(lambda _t: self._place_timer.start())
        pl.addWidget(self.place_edit)
        self.pick_button = QPushButton(self.tr("Pick on map…"))
        self.pick_button.clicked.connect(self._pick_on_map)
        pl.addWidget(self.pick_button)
        add("place", self.tr("Place"), place_row)
        self.fields["place"] = self.place_edit
        coords = QWidget()
        cv = QVBoxLayout(coords)
        cv.setContentsMargins(0, 0, 0, 0)
        cv.setSpacing(1)
        cl = QHBoxLayout()
        self.lat_edit, self.lon_edit = QLineEdit(), QLineEdit()
        self.lat_edit.setPlaceholderText(self.tr("latitude, e.g. 11.86"))
        self.lon_edit.setPlaceholderText(self.tr("longitude, e.g. -15.60"))
        cl.addWidget(self.lat_edit)
        cl.addWidget(self.lon_edit)
        cv.addLayout(cl)
        self.coords_note = QLabel()  # how typed coordinates were read, when a comma was taken as the decimal point
        self.coords_note.setStyleSheet("color:#555;")
        self.coords_note.hide()
        cv.addWidget(self.coords_note)
        self.place_hint = QLabel()  # the coordinates in words, from the gazetteer: "8 km NE of Bafatá"
        self.place_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.place_hint.setStyleSheet("color:#555;")
        self.place_hint.hide()
        cv.addWidget(self.place_hint)
        self._describe_seq = 0
        self._describe_timer = QTimer(self, singleShot=True, interval=PLACE_SEARCH_MS)
        self._describe_timer.timeout.connect(self._describe_coordinates)
        self.lat_edit.textChanged.connect(lambda _t: self._describe_timer.start())
        self.lon_edit.textChanged.connect(lambda _t: self._describe_timer.start())
        coords.setToolTip(self.tr("A draft may be saved without coordinates; a final incident needs both."))
        add("lat", self.tr("Latitude / longitude (WGS84)"), coords)
        self.fields["lat"], self.fields["lon"] = self.lat_edit, self.lon_edit
        self.errors["lon"] = self.errors["lat"]
        lp = WheelSafeComboBox()
        for code in ("exact", "near", "district", "region", "country"):
            lp.addItem(self.ws.vocab.label("location_precision", code, self.lang), code)
        add("location_precision", self.tr("Location precision"), lp)
        add("category", self.tr("Category"), self._combo("incident_category"))
        sev = WheelSafeComboBox()
        for t in self.ws.vocab.terms("severity"):
            sev.addItem(f"{t.code} · {t.label(self.lang)} — {t.description(self.lang)}", int(t.code))
        add("severity", self.tr("Severity"), sev)
        actors = QLineEdit()
        actors.setPlaceholderText(self.tr("Name:TYPE; another name:TYPE  (types: NETWORK, GANG, ARMED_NSAG…)"))
        add("actors", self.tr("Actors involved"), actors)
        self.actor_records = QLabel()  # the actor records of assessments that name the same actors
        self.actor_records.setWordWrap(True)
        self.actor_records.setTextFormat(Qt.TextFormat.RichText)  # links; every name and area in it is escaped
        self.actor_records.linkActivated.connect(self.open_assessment.emit)
        self.actor_records.setStyleSheet("color:#495057;")
        form.addRow("", self.actor_records)
        actors.textChanged.connect(self._show_actor_records)
        add("markets", self.tr("Criminal markets"), MarketPicker(self.ws.vocab, self.lang))
        fat = QLineEdit()
        fat.setPlaceholderText(self.tr("empty if not known"))
        add("fatalities", self.tr("People killed"), fat)
        add("source_type", self.tr("Source type"), self._combo("source_type", blank=True))
        grade = QWidget()
        gl = QHBoxLayout(grade)
        gl.setContentsMargins(0, 0, 0, 0)
        self.rel_combo = self._combo("source_reliability", blank=True)
        self.cred_combo = self._combo("information_credibility", blank=True)
        gl.addWidget(self.rel_combo)
        gl.addWidget(self.cred_combo)
        add("source_reliability", self.tr("Source reliability / information credibility"), grade)
        self.fields["source_reliability"], self.fields["source_credibility"] = self.rel_combo, self.cred_combo
        self.errors["source_credibility"] = self.errors["source_grade"] = self.errors["source_reliability"]
        add("tags", self.tr("Tags"), QLineEdit())
        self.fields["tags"].setPlaceholderText(self.tr("comma-separated"))
        st = WheelSafeComboBox()
        st.addItem(self.tr("Final"), "final")
        st.addItem(self.tr("Draft"), "draft")
        add("status", self.tr("Status"), st)
        add("sensitive", self.tr("Sensitive"), QCheckBox(self.tr("Sensitive (kept out of exports unless chosen)")))
        add("reason", self.tr("Reason for the change"), QLineEdit())
        self.fields["reason"].setPlaceholderText(self.tr("Required to change a final incident"))

        # attachments tab
        att = QWidget()
        al = QVBoxLayout(att)
        self.att_list = QListWidget()
        al.addWidget(self.att_list)
        row = QHBoxLayout()
        self.add_att = QPushButton(self.tr("Add file…"))
        self.add_att.clicked.connect(self._add_files)
        self.rm_att = QPushButton(self.tr("Remove"))
        self.rm_att.clicked.connect(self._remove_file)
        row.addWidget(self.add_att)
        row.addWidget(self.rm_att)
        row.addStretch()
        al.addLayout(row)
        self.tabs.addTab(att, self.tr("Attachments"))
        # history tab
        self.history = QTextBrowser()
        self.tabs.addTab(self.history, self.tr("History"))
        self._fill_history()

        self.status_label = QLabel()
        self.status_label.setStyleSheet("color:#555;")
        root.addWidget(self.status_label)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = buttons.addButton(self.tr("Discard"), QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.discard_button.clicked.connect(self.discard)
        buttons.rejected.connect(self.reject)
        root.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        for key, w in self.fields.items():
            sig = (
                getattr(w, "textChanged", None)
                if not isinstance(w, (QComboBox, QCheckBox))
                else (w.currentIndexChanged if isinstance(w, QComboBox) else w.toggled)
            )
            sig.connect(lambda *_, k=key: self._changed(k))

    # ---- form data -------------------------------------------------------------------------
    def form_data(self) -> dict:
        f = self.fields
        actors = []
        for part in f["actors"].text().split(";"):
            name, _, atype = part.partition(":")
            if name.strip():
                actors.append({"name": name.strip(), "type": atype.strip().upper()})
        return {
            "title": f["title"].text(),
            "description": f["description"].toPlainText(),
            "occurred_at": f["occurred_at"].text(),
            "occurred_precision": f["occurred_precision"].currentData(),
            "place": f["place"].text(),
            "lat": f["lat"].text(),
            "lon": f["lon"].text(),
            "location_precision": f["location_precision"].currentData(),
            "category": f["category"].currentData(),
            "severity": f["severity"].currentData(),
            "actors": actors,
            "source_type": f["source_type"].currentData(),
            "source_reliability": f["source_reliability"].currentData(),
            "source_credibility": f["source_credibility"].currentData(),
            "tags": [t.strip() for t in f["tags"].text().split(",") if t.strip()],
            "markets": f["markets"].codes(),
            "fatalities": f["fatalities"].text().strip() or None,
            "status": f["status"].currentData(),
            "sensitive": f["sensitive"].isChecked(),
            "reason": f["reason"].text(),
            "new_files": list(self.new_files),
            "removed": sorted(self.removed),
        }

    def _set_form(self, d: dict):
        f = self.fields

        def combo(key, value):
            i = f[key].findData(value)
            if i >= 0:
                f[key].setCurrentIndex(i)

        f["title"].setText(d.get("title") or "")
        f["description"].setPlainText(d.get("description") or "")
        occ = d.get("occurred_at") or ""
        f["occurred_at"].setText(occ.replace(":00.000Z", "").replace(".000Z", "") if occ.endswith("Z") else occ)
        combo("occurred_precision", d.get("occurred_precision") or "exact")
        f["place"].setText(d.get("place") or "")
        f["lat"].setText(self._coordinate_text(d.get("lat")))
        f["lon"].setText(self._coordinate_text(d.get("lon")))
        combo("location_precision", d.get("location_precision") or "exact")
        combo("category", d.get("category"))
        combo("severity", int(d["severity"]) if str(d.get("severity") or "").isdigit() else 2)
        f["actors"].setText(
            "; ".join(f"{a['name']}:{a['type']}" if a.get("type") else a["name"] for a in d.get("actors") or [])
        )
        combo("source_type", d.get("source_type") or "")
        combo("source_reliability", d.get("source_reliability") or "")
        combo("source_credibility", d.get("source_credibility") or "")
        f["tags"].setText(", ".join(d.get("tags") or []))
        f["markets"].set_codes(d.get("markets") or [])
        f["fatalities"].setText("" if d.get("fatalities") is None else str(d.get("fatalities")))
        combo("status", d.get("status") or "final")
        f["sensitive"].setChecked(bool(d.get("sensitive")))
        f["reason"].setText(d.get("reason") or "")
        self.new_files = list(d.get("new_files") or [])
        self.removed = set(d.get("removed") or [])
        self._fill_attachments()

    def _coordinate_text(self, value) -> str:
        """A stored coordinate in the form's text, with the language's decimal separator (text typed earlier, from
        a draft, is kept as it was)."""
        if value is None or value == "":
            return ""
        if isinstance(value, str):
            return value
        return self._local(_decimals(float(value)))

    def _local(self, number: str) -> str:
        """A number written with ASCII digits and '.', in the language's digits and decimal separator."""
        digits = {str(d): chr(ord(self.zero) + d) for d in range(10)} if self.zero != "0" else {}
        return "".join(digits.get(c, c) for c in number.replace(".", self.decimal))

    def _fill_attachments(self):
        self.att_list.clear()
        for a in (self.current or {}).get("attachments", []):
            if a["sha256"] in self.removed:
                continue
            item = QListWidgetItem(f"{a['filename']}  ({a['size']:,} B)  SHA-256 {a['sha256']}")
            item.setData(Qt.ItemDataRole.UserRole, ("stored", a["sha256"]))
            self.att_list.addItem(item)
        for p in self.new_files:
            item = QListWidgetItem(self.tr("{name}  (to be added on save)").format(name=Path(p).name))
            item.setData(Qt.ItemDataRole.UserRole, ("new", p))
            self.att_list.addItem(item)

    def _fill_history(self):
        if not self.current:
            self.history.setHtml(
                "<p>" + html.escape(self.tr("No history yet: the first save creates version 1.")) + "</p>"
            )
            return
        rows = []
        versions = self.ws.incidents.versions(self.current["id"])
        for i in range(len(versions) - 1, -1, -1):
            v = versions[i]
            changed = version_changes(versions[i - 1]["content"] if i else None, v["content"])
            what = (
                "<br>".join(
                    html.escape(
                        f"{field_name(k)}: {value_text(k, old, 60, self.ws.vocab, self.lang)} → "
                        f"{value_text(k, new, 60, self.ws.vocab, self.lang)}"
                    )
                    for k, old, new in changed
                )
                if i
                else html.escape(self.tr("created"))
            )
            rows.append(
                f"<tr valign=top><td>{v['version']}</td><td>{html.escape(v['created_at'][:19].replace('T', ' '))}</td>"
                f"<td>{html.escape(v['author'] or v['device_id'][:8])}</td><td>{html.escape(v['reason'])}</td>"
                f"<td>{what}</td><td><code>{v['hash'][:16]}…</code></td></tr>"
            )
        head = "".join(
            f"<th align=left>{html.escape(h)}</th>"
            for h in (
                self.tr("Version"),
                self.tr("Saved (UTC)"),
                self.tr("By"),
                self.tr("Reason"),
                self.tr("What changed"),
                self.tr("SHA-256"),
            )
        )
        self.history.setHtml(f"<table cellspacing=6><tr>{head}</tr>{''.join(rows)}</table>")

    # ---- behaviour -------------------------------------------------------------------------
    def _changed(self, key):
        if self._loading:
            return
        self._touched.add(key)
        self._autosave_timer.start()
        self._live_validate()
        if key == "status":
            self._refresh_reason()

    def _show_actor_records(self, *_):
        """Which assessments hold a record of an actor named here (the same name, any case)."""
        names = [p.partition(":")[0].strip() for p in self.fields["actors"].text().split(";")]
        lines = []
        for name in [n for n in names if n][:20]:
            found = self.ws.assessment_records.assessments_with_actor(name)
            if found:
                where = "; ".join(
                    f"<a href='{html.escape(a['id'])}'>{html.escape(a['area_name'])} "
                    f"{html.escape(a['period_start'])} → {html.escape(a['period_end'])}</a>"
                    for a in found[:3]
                )
                lines.append(self.tr("{name}: actor record in {where}").format(name=html.escape(name), where=where))
        self.actor_records.setText("<br>".join(lines))
        self.actor_records.setVisible(bool(lines))

    def _refresh_reason(self):
        needs = bool(self.current and self.current["status"] == "final")
        self.fields["reason"].setEnabled(needs)

    def _live_validate(self):
        data = self.form_data()
        errors = {}
        try:
            validate(data, self.ws.vocab, self.ws.clock.now())
        except ValidationError as e:
            errors = e.errors
        self._show_errors(
            {
                k: v
                for k, v in errors.items()
                if k in self._touched or (k == "lon" and "lat" in self._touched) or k.startswith("source")
            }
        )
        self._explain_coordinates(errors)

    def _explain_coordinates(self, errors: dict) -> None:
        """Where the comma is not the decimal separator (English), coordinates typed with one are read as decimals
        and the form says so ("Read as 12.28, -15.6"): never a silent reading."""
        texts = [self.lat_edit.text().strip(), self.lon_edit.text().strip()]
        note = ""
        if self.decimal != "," and any("," in t for t in texts) and not ({"lat", "lon"} & set(errors)):
            try:
                lat, lon = (parse_coordinate(t) for t in texts)
                note = self.tr("Read as {lat}, {lon} (the comma taken as the decimal point).").format(
                    lat=_decimals(lat), lon=_decimals(lon)
                )
            except ValueError:
                note = ""
        self.coords_note.setText(note)
        self.coords_note.setVisible(bool(note))

    def _show_errors(self, errors: dict):
        shown = set()
        for label in self.errors.values():
            if id(label) in shown:
                continue
            msgs = [errors[k] for k in errors if self.errors.get(k) is label]
            if msgs:
                label.setText(" ".join(tr_msg(m) for m in msgs))
                label.show()
                shown.add(id(label))
            else:
                label.hide()
        for key, widget in self.fields.items():  # the refused text boxes themselves are marked red
            if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                widget.setStyleSheet(INVALID_STYLE if key in errors else "")
        self._go_to_first_error(errors)

    def _go_to_first_error(self, errors: dict) -> None:
        """Show the tab that holds the first field in error (in the form's order) and put the cursor in it."""
        for key, widget in self.fields.items():
            if key not in errors or widget is None:
                continue
            for i in range(self.tabs.count()):
                page = self.tabs.widget(i)
                if page is widget or page.isAncestorOf(widget):
                    self.tabs.setCurrentIndex(i)
                    break
            widget.setFocus()
            return

    def autosave(self):
        """Commit whatever is typed, valid or not, as an editor draft."""
        data = self.form_data()
        self.draft_id = ops.do(self, lambda: self.drafts.save(self.draft_id, data, record_id=self.incident_id))
        self.status_label.setText(
            self.tr("Draft autosaved at {time}").format(time=self.ws.clock.now().strftime("%H:%M:%S"))
        )

    def _search_places(self):
        """Ask the gazetteer for the places starting with what is typed; only the latest answer is shown."""
        text = self.place_edit.text().strip()
        self._place_search_seq += 1
        seq = self._place_search_seq
        if len(text) < 2:
            self.place_model.clear()
            return
        if self._place_busy:  # asked again once the running search is answered
            self._place_again = True
            return
        self._place_busy = True

        def settled():
            self._place_busy = False
            if self._place_again and not self._closing:
                self._place_again = False
                self._search_places()

        def found(result, _changes):
            if seq == self._place_search_seq and not self._closing:
                self._fill_place_model(result)
                if self.place_edit.hasFocus() and result:
                    self.place_edit.completer().complete()
            settled()

        def failed(error):
            self._gazetteer_failed(error)
            settled()

        ops.run(
            self,
            self.tr("Preparing the list of places…"),
            lambda: places.default().search(text, limit=PLACE_COMPLETIONS),
            found,
            failed,
        )

    def _fill_place_model(self, found) -> None:
        self.place_model.clear()
        for p in found:
            item = QStandardItem(p.label)
            item.setData(p.name, PLACE_NAME_ROLE)
            item.setData((p.lat, p.lon), PLACE_POINT_ROLE)
            item.setToolTip(f"{_decimals(p.lat)}, {_decimals(p.lon)}")
            item.setEditable(False)
            self.place_model.appendRow(item)

    def _gazetteer_failed(self, error) -> None:
        """No gazetteer (data missing): the place box stays a plain text box; the reason shows under it once."""
        log.info("gazetteer unavailable: %s", getattr(error, "template", type(error).__name__))
        self.place_hint.setText(tr_msg(error) if isinstance(error, FieldkitError) else "")
        self.place_hint.setVisible(bool(self.place_hint.text()))

    def _place_chosen(self, index):
        """A place picked from the list fills the coordinates when they are empty (typed ones are never replaced)."""
        point = index.data(PLACE_POINT_ROLE)
        if not point:
            return
        if not self.lat_edit.text().strip() and not self.lon_edit.text().strip():
            self.lat_edit.setText(self._coordinate_text(point[0]))
            self.lon_edit.setText(self._coordinate_text(point[1]))
            self._touched.update({"lat", "lon"})

    def _describe_coordinates(self):
        """Under the coordinates, where they are in words ("8 km NE of Bafatá"), from the gazetteer."""
        self._describe_seq += 1
        seq = self._describe_seq
        try:
            lat, lon = parse_coordinate(self.lat_edit.text()), parse_coordinate(self.lon_edit.text())
            places.check_point(lat, lon)
        except (ValueError, FieldkitError):
            self.place_hint.clear()
            self.place_hint.hide()
            return

        def described(result, _changes):
            if seq != self._describe_seq or self._closing:
                return
            self.place_hint.setText(tr_msg(result.message()) if result is not None else "")
            self.place_hint.setVisible(result is not None)

        ops.run(
            self,
            self.tr("Preparing the list of places…"),
            lambda: places.default().describe(lat, lon),
            described,
            self._gazetteer_failed,
        )

    def set_coordinates(self, lat: float, lon: float):
        self.lat_edit.setText(self._local(f"{lat:.5f}"))
        self.lon_edit.setText(self._local(f"{lon:.5f}"))
        self._touched.update({"lat", "lon"})

    def _pick_on_map(self):
        try:
            from ..map.picker import pick_location
        except ImportError:  # the map needs QtWebEngine
            tell(self, self.tr("Map"), self.tr("The map is not available on this computer."))
            return
        start = None
        try:
            start = (parse_coordinate(self.lat_edit.text()), parse_coordinate(self.lon_edit.text()))
        except ValueError:
            pass
        chosen = pick_location(self.ws, self, start)
        if chosen:
            self.set_coordinates(*chosen)

    def _add_files(self):
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        if files:
            self.new_files.extend(files)
            self._fill_attachments()
            self._changed("attachments")

    def _remove_file(self):
        item = self.att_list.currentItem()
        if not item:
            return
        kind, value = item.data(Qt.ItemDataRole.UserRole)
        if kind == "new":
            self.new_files.remove(value)
        else:
            self.removed.add(value)
        self._fill_attachments()
        self._changed("attachments")

    def save(self) -> bool:
        data = self.form_data()
        reason = data.pop("reason")
        files = data.pop("new_files")
        removed = data.pop("removed")
        self._touched.update(self.fields)

        def write():
            if self.current:
                changes = {k: v for k, v in data.items() if k in EDITABLE}
                rec = self.ws.incidents.update(
                    self.current["id"], changes, reason=reason, add_attachments=files, remove_attachments=removed
                )
            else:
                rec = self.ws.incidents.add(data, attachments=files)
            if self.draft_id:
                self.drafts.discard(self.draft_id)
            self.drafts.discard_for(rec["id"])
            return rec

        try:
            rec = ops.do(self, write)  # the list, its count, the map and the checklist's evidence hear of it
        except ValidationError as e:
            self._show_errors(e.errors)
            self.status_label.setText(self.tr("Not saved: please correct the fields marked in red."))
            return False
        except FieldkitError as e:
            show_error(self, e)
            return False
        self.draft_id = None
        self._autosave_timer.stop()
        self.saved.emit(rec["id"])
        log.info("incident %s saved from the editor", rec["id"])
        self.accept()
        return True

    def discard(self, confirmed: bool = False):
        if (self.draft_id or self._touched) and not confirmed:
            if not ask(
                self,
                self.tr("Discard changes"),
                self.tr("Discard what you typed? This cannot be undone."),
                default_yes=False,
                warning=True,
            ):
                return
        self._autosave_timer.stop()
        if self.draft_id:
            ops.do(self, lambda: self.drafts.discard(self.draft_id))
            self.draft_id = None
        self._closing = True
        QDialog.reject(self)

    def close_keeping_draft(self) -> None:
        """Close without asking, what was typed kept as a draft (the app is closing)."""
        self._closing = True
        self.reject()

    def reject(self):
        """Closing (Escape, the window's close button) with unsaved changes asks: keep editing (the default), keep
        them as a draft (it comes back when this incident, or the app, is opened again), or discard them."""
        if self._touched and not self._closing:
            keep, close, drop = (
                QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
                QMessageBox.StandardButton.Discard,
            )
            got = choose(
                self,
                self.tr("Unsaved changes"),
                self.tr("This incident has changes that are not saved yet."),
                {keep: self.tr("Keep editing"), close: self.tr("Keep as a draft and close"), drop: self.tr("Discard")},
            )
            if got == drop:
                self._closing = True
                self.discard(confirmed=True)
                return
            if got != close:
                return
        # closing keeps the autosaved draft: nothing typed is lost
        if self._autosave_timer.isActive() or (self._touched and not self.draft_id):
            self._autosave_timer.stop()
            self.autosave()
        super().reject()
