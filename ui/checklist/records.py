"""The "Markets and actors" tab of the checklist view: the criminal markets and actors recorded with an
assessment, side by side, and the key judgements the report's first page prints (derived, or the analyst's).

Everything is written through ``ws.assessment_records`` (fieldkit/checklists/records.py); a final assessment asks
for a reason first, as an answer does."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.checklists import records
from fieldkit.errors import FieldkitError, ValidationError

from ..errors import show_error
from ..i18n import tr_msg
from ..widgets import ask, ok_cancel


def _levels(combo: QComboBox, unknown: str, value) -> None:
    combo.addItem(unknown, None)
    for n in range(5):
        combo.addItem(f"{n}/4", n)
    combo.setCurrentIndex(combo.findData(value) if value is not None else 0)


def _codes(combo: QComboBox, codes, lang, value) -> None:
    for c in codes:
        combo.addItem(records.label(c, lang), c)
    i = combo.findData(value)
    combo.setCurrentIndex(i if i >= 0 else 0)


def _item(text) -> QTableWidgetItem:
    return QTableWidgetItem(str(text))  # plain text: a name or route is never read as markup


class _FormDialog(QDialog):
    def __init__(self, title, parent):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#c92a2a")
        self.error.hide()
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.error)
        lay.addWidget(ok_cancel(self, self._ok))
        self.save = None  # set by the caller: () -> None, raises ValidationError

    def _ok(self):
        try:
            self.save()
        except ValidationError as e:
            self.error.setText(" ".join(tr_msg(v) for v in e.errors.values()))
            self.error.show()
            return
        except FieldkitError as e:
            show_error(self, e)
            return
        self.accept()


class MarketDialog(_FormDialog):
    def __init__(self, ws, lang, market: dict | None, actor_names, parent=None):
        super().__init__(self.tr("Criminal market"), parent)
        m = market or {}
        self.market = QComboBox()
        for t in ws.vocab.terms("criminal_market"):
            self.market.addItem(t.label(lang), t.code)
        if m:
            self.market.setCurrentIndex(self.market.findData(m["market"]))
            self.market.setEnabled(False)
        self.scale, self.harm = QComboBox(), QComboBox()
        _levels(self.scale, self.tr("unknown"), m.get("scale"))
        _levels(self.harm, self.tr("unknown"), m.get("harm"))
        self.trend = QComboBox()
        _codes(self.trend, records.TRENDS, lang, m.get("trend", "unknown"))
        self.fields = {}
        self.form.addRow(self.tr("Market"), self.market)
        self.form.addRow(self.tr("Scale (size and reach)"), self.scale)
        self.form.addRow(self.tr("Harm"), self.harm)
        self.form.addRow(self.tr("Trend"), self.trend)
        for key, label in (
            ("origin", self.tr("Origin")),
            ("transit", self.tr("Transit")),
            ("destination", self.tr("Destination")),
            ("prices", self.tr("Prices")),
            ("seizures", self.tr("Seizures")),
        ):
            self.fields[key] = QLineEdit(m.get(key, ""))
            self.form.addRow(label, self.fields[key])
        self.actors = QLineEdit(", ".join(m.get("actors") or []))
        self.actors.setPlaceholderText(self.tr("Actor names, separated by commas"))
        if actor_names:
            self.actors.setToolTip(self.tr("Recorded actors: {names}").format(names=", ".join(actor_names)))
        self.form.addRow(self.tr("Actors running it"), self.actors)
        self.note = QPlainTextEdit(m.get("note", ""))
        self.note.setMaximumHeight(70)
        self.form.addRow(self.tr("Note"), self.note)

    def values(self) -> dict:
        return {
            "scale": self.scale.currentData(),
            "harm": self.harm.currentData(),
            "trend": self.trend.currentData(),
            **{k: w.text() for k, w in self.fields.items()},
            "actors": [n for n in self.actors.text().split(",") if n.strip()],
            "note": self.note.toPlainText(),
        }


class ActorDialog(_FormDialog):
    def __init__(self, ws, lang, actor: dict | None, parent=None):
        super().__init__(self.tr("Actor"), parent)
        a = actor or {}
        self.name = QLineEdit(a.get("name", ""))
        if a:
            self.name.setReadOnly(True)
        self.type = QComboBox()
        for t in ws.vocab.terms("actor_type"):
            self.type.addItem(t.label(lang), t.code)
        self.type.setCurrentIndex(max(0, self.type.findData(a.get("type", "UNKNOWN"))))
        self.role = QComboBox()
        self.role.addItem(self.tr("not known"), "")
        for t in ws.vocab.terms("actor_role"):
            self.role.addItem(t.label(lang), t.code)
        self.role.setCurrentIndex(max(0, self.role.findData(a.get("role", ""))))
        self.capability = QComboBox()
        _levels(self.capability, self.tr("unknown"), a.get("capability"))
        self.armed, self.state, self.trend = QComboBox(), QComboBox(), QComboBox()
        _codes(self.armed, records.LINKS, lang, a.get("armed_links", "unknown"))
        _codes(self.state, records.LINKS, lang, a.get("state_links", "unknown"))
        _codes(self.trend, records.TRENDS, lang, a.get("trend", "unknown"))
        self.note = QPlainTextEdit(a.get("note", ""))
        self.note.setMaximumHeight(70)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Type"), self.type)
        self.form.addRow(self.tr("Role in the chain"), self.role)
        self.form.addRow(self.tr("Capability"), self.capability)
        self.form.addRow(self.tr("Links to armed groups"), self.armed)
        self.form.addRow(self.tr("Links to the state"), self.state)
        self.form.addRow(self.tr("Trend"), self.trend)
        self.form.addRow(self.tr("Note"), self.note)

    def values(self) -> dict:
        return {
            "type": self.type.currentData(),
            "role": self.role.currentData(),
            "capability": self.capability.currentData(),
            "armed_links": self.armed.currentData(),
            "state_links": self.state.currentData(),
            "trend": self.trend.currentData(),
            "note": self.note.toPlainText(),
        }


class JudgementDialog(_FormDialog):
    def __init__(self, lang, judgement: dict | None, parent=None):
        super().__init__(self.tr("Key judgement"), parent)
        j = judgement or {}
        self.text = QPlainTextEdit(j.get("text", ""))
        self.text.setMaximumHeight(90)
        self.likelihood, self.confidence = QComboBox(), QComboBox()
        _codes(self.likelihood, records.LIKELIHOOD, lang, j.get("likelihood", "likely"))
        _codes(self.confidence, records.CONFIDENCE, lang, j.get("confidence", "low"))
        self.form.addRow(self.tr("Judgement"), self.text)
        self.form.addRow(self.tr("Likelihood"), self.likelihood)
        self.form.addRow(self.tr("Confidence"), self.confidence)


class RecordsTab(QWidget):
    """Markets and actors side by side, and the key judgements, of the assessment the view shows."""

    def __init__(self, view):
        super().__init__()
        self.view = view
        self.ws = view.ws
        self.lang = view.lang
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel("<b>" + self.tr("Key judgements (first page of the report)") + "</b>"))
        self.judgement_source = QLabel()
        lay.addWidget(self.judgement_source)
        self.judgements = self._table([self.tr("Judgement"), self.tr("Likelihood"), self.tr("Confidence")])
        self.judgements.setWordWrap(True)
        lay.addWidget(self.judgements, 2)
        lay.addLayout(
            self._buttons(
                (self.tr("Edit judgement…"), self.edit_judgement),
                (self.tr("Add judgement…"), self.add_judgement),
                (self.tr("Remove judgement"), self.remove_judgement),
                (self.tr("Back to the derived judgements"), self.reset_judgements),
            )
        )
        lay.addWidget(QLabel("<b>" + self.tr("Criminal markets") + "</b>"))
        self.markets = self._table(
            [
                self.tr("Market"),
                self.tr("Score /10"),
                self.tr("Scale"),
                self.tr("Harm"),
                self.tr("Trend"),
                self.tr("Routes (origin → transit → destination)"),
                self.tr("Prices / seizures"),
                self.tr("Actors"),
            ]
        )
        lay.addWidget(self.markets, 2)
        lay.addLayout(
            self._buttons(
                (self.tr("Add market…"), self.add_market),
                (self.tr("Edit market…"), self.edit_market),
                (self.tr("Remove market"), self.remove_market),
            )
        )
        lay.addWidget(QLabel("<b>" + self.tr("Actors") + "</b>"))
        self.actors = self._table(
            [
                self.tr("Actor"),
                self.tr("Type"),
                self.tr("Role in the chain"),
                self.tr("Capability"),
                self.tr("Armed groups"),
                self.tr("State"),
                self.tr("Trend"),
                self.tr("Markets"),
                self.tr("Incidents in the period"),
            ]
        )
        lay.addWidget(self.actors, 2)
        lay.addLayout(
            self._buttons(
                (self.tr("Add actor…"), self.add_actor),
                (self.tr("Edit actor…"), self.edit_actor),
                (self.tr("Remove actor"), self.remove_actor),
            )
        )
        self._markets: list[dict] = []
        self._actors: list[dict] = []
        self._judgements: list[dict] = []

    def _table(self, headers) -> QTableWidget:
        t = QTableWidget(0, len(headers))
        t.setHorizontalHeaderLabels(headers)
        t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        t.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        t.horizontalHeader().setStretchLastSection(True)
        t.verticalHeader().setVisible(False)
        return t

    def _buttons(self, *pairs) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, fn in pairs:
            b = QPushButton(text)
            b.clicked.connect(fn)
            row.addWidget(b)
        row.addStretch(1)
        return row

    # ---- showing -----------------------------------------------------------------------------
    def refresh(self):
        aid = self.view.aid
        r = self.ws.assessment_records
        if not aid:
            for t in (self.judgements, self.markets, self.actors):
                t.setRowCount(0)
            return
        rec = self.ws.assessments.get(aid)
        front = r.front_judgements(aid, self.lang)
        self._judgements = front["judgements"]
        self.judgement_source.setText(
            self.tr("Set by the analyst.")
            if front["source"] == "analyst"
            else self.tr("Derived from the answers; edit one to set them yourself.")
        )
        self._fill(
            self.judgements,
            [
                [j["text"], records.label(j["likelihood"], self.lang), records.label(j["confidence"], self.lang)]
                for j in self._judgements
            ],
        )
        self._markets = r.markets(aid)
        v = self.ws.vocab
        self._fill(
            self.markets,
            [
                [
                    v.label("criminal_market", m["market"], self.lang),
                    "—" if m["score"] is None else f"{m['score']:.1f}",
                    "?" if m["scale"] is None else f"{m['scale']}/4",
                    "?" if m["harm"] is None else f"{m['harm']}/4",
                    records.label(m["trend"], self.lang),
                    " → ".join(x or "?" for x in (m["origin"], m["transit"], m["destination"])),
                    " / ".join(x for x in (m["prices"], m["seizures"]) if x),
                    ", ".join(m["actors"]),
                ]
                for m in self._markets
            ],
        )
        self._actors = r.actors(aid)
        period = (rec["period_start"], rec["period_end"])
        self._fill(
            self.actors,
            [
                [
                    a["name"],
                    v.label("actor_type", a["type"], self.lang),
                    v.label("actor_role", a["role"], self.lang) if a["role"] else "—",
                    "?" if a["capability"] is None else f"{a['capability']}/4",
                    records.label(a["armed_links"], self.lang),
                    records.label(a["state_links"], self.lang),
                    records.label(a["trend"], self.lang),
                    ", ".join(v.label("criminal_market", c, self.lang) for c in a["markets"]),
                    str(len(r.incidents_mentioning(a["name"], period=period))),
                ]
                for a in self._actors
            ],
        )

    def _fill(self, table, rows):
        table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                table.setItem(i, j, _item(text))
        table.resizeColumnsToContents()
        if table is self.judgements:  # the judgement's text wraps in its column; the two codes stay narrow
            table.setColumnWidth(0, max(300, table.viewport().width() - 320))
            table.resizeRowsToContents()

    def _selected(self, table, items):
        row = table.currentRow()
        return items[row] if 0 <= row < len(items) else None

    # ---- writing -----------------------------------------------------------------------------
    def _run(self, dialog, fn):
        reason = self.view._reason_if_final()
        if reason is None:
            return
        dialog.save = lambda: self.view._write(lambda: fn(reason))
        if dialog.exec():
            self.refresh()

    def add_market(self):
        self._market(None)

    def edit_market(self):
        m = self._selected(self.markets, self._markets)
        if m:
            self._market(m)

    def _market(self, m):
        dlg = MarketDialog(self.ws, self.lang, m, [a["name"] for a in self._actors], self)
        self._run(
            dlg,
            lambda reason: self.ws.assessment_records.set_market(
                self.view.aid, dlg.market.currentData(), reason=reason, **dlg.values()
            ),
        )

    def remove_market(self):
        m = self._selected(self.markets, self._markets)
        if m and ask(self, self.tr("Remove market"), self.tr("Remove this market from the assessment?")):
            self._direct(
                lambda reason: self.ws.assessment_records.remove_market(self.view.aid, m["market"], reason=reason)
            )

    def add_actor(self):
        self._actor(None)

    def edit_actor(self):
        a = self._selected(self.actors, self._actors)
        if a:
            self._actor(a)

    def _actor(self, a):
        dlg = ActorDialog(self.ws, self.lang, a, self)
        self._run(
            dlg,
            lambda reason: self.ws.assessment_records.set_actor(
                self.view.aid, dlg.name.text(), reason=reason, **dlg.values()
            ),
        )

    def remove_actor(self):
        a = self._selected(self.actors, self._actors)
        if a and ask(self, self.tr("Remove actor"), self.tr("Remove this actor from the assessment?")):
            self._direct(
                lambda reason: self.ws.assessment_records.remove_actor(self.view.aid, a["name"], reason=reason)
            )

    def edit_judgement(self):
        j = self._selected(self.judgements, self._judgements)
        if j:
            self._judgement(j["position"], j)

    def add_judgement(self):
        self._judgement(len(self._judgements) + 1, None)

    def _judgement(self, position, j):
        dlg = JudgementDialog(self.lang, j, self)
        self._run(
            dlg,
            lambda reason: self.ws.assessment_records.set_judgement(
                self.view.aid,
                position,
                dlg.text.toPlainText(),
                dlg.likelihood.currentData(),
                dlg.confidence.currentData(),
                lang=self.lang,
                reason=reason,
            ),
        )

    def remove_judgement(self):
        j = self._selected(self.judgements, self._judgements)
        if j:
            self._direct(
                lambda reason: self.ws.assessment_records.remove_judgement(
                    self.view.aid, j["position"], lang=self.lang, reason=reason
                )
            )

    def reset_judgements(self):
        if ask(self, self.tr("Key judgements"), self.tr("Go back to the judgements derived from the answers?")):
            self._direct(lambda reason: self.ws.assessment_records.reset_judgements(self.view.aid, reason=reason))

    def _direct(self, fn):
        reason = self.view._reason_if_final()
        if reason is None:
            return
        try:
            self.view._write(lambda: fn(reason))
        except FieldkitError as e:
            show_error(self, e)
        self.refresh()
