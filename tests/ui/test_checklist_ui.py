from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from fieldkit.checklists import scoring


def _new_assessment(ws, area="Gao"):
    return ws.assessments.new(area)


def test_complete_a_section_through_the_real_widgets(qtbot, window):
    ws = window.ws
    a = _new_assessment(ws)
    window.show_page("checklist")
    view = window.checklist
    view.reload()
    view.picker.setCurrentIndex(view.picker.findData(a["id"]))
    view._select_section("A")
    for w in view.widgets.values():
        q = w.q
        if q.type in ("yesno", "scale"):
            buttons = w.group.buttons()
            view.scroll.ensureWidgetVisible(buttons[1])
            qtbot.mouseClick(buttons[1], Qt.MouseButton.LeftButton)
        elif q.type == "single":
            w.combo.setCurrentIndex(2)
            w.combo.activated.emit(2)
        elif q.type == "multi":
            w.boxes[0].setChecked(True)
    answers = ws.assessments.answers(a["id"])
    section = ws.assessments.checklist_of(a["id"]).section("A")
    assert set(answers) == {q.id for q in section.questions}
    assert answers["A1"]["value"] == 1 and answers["A4"]["value"] == "no"
    n = len(section.questions)  # A10 and A11 added in version 2.0.0
    assert f"{n}/{n}" in view.sections.item(0).text() and view.sections.item(0).text().startswith("✓")


def test_relevance_hides_and_shows_questions(qtbot, window):
    ws = window.ws
    a = _new_assessment(ws, "Kidal")
    view = window.checklist
    view.reload()
    view.picker.setCurrentIndex(view.picker.findData(a["id"]))
    view._select_section("B")
    assert not view.boxes["B2"].isVisibleTo(view)  # only when markets are picked
    view.widgets["B1"].boxes[0].setChecked(True)
    assert view.boxes["B2"].isVisibleTo(view)
    assert ws.assessments.answers(a["id"])["B1"]["value"] == ["DRG_COC"]


def test_wrong_value_is_refused_inline(qtbot, window):
    ws = window.ws
    a = _new_assessment(ws, "Mopti")
    view = window.checklist
    view.reload()
    view.picker.setCurrentIndex(view.picker.findData(a["id"]))
    view._select_section("E")
    w = view.widgets["E8"]
    w.edit.setText("lots")
    w.edit.editingFinished.emit()
    assert view.error_labels["E8"].isVisibleTo(view) and "number" in view.error_labels["E8"].text()
    assert "E8" not in ws.assessments.answers(a["id"])


def test_next_unanswered_and_resume(qtbot, window):
    ws = window.ws
    a = _new_assessment(ws, "Timbuktu")
    ws.assessments.answer(a["id"], "A1", "2")
    view = window.checklist
    view.reload()
    view.picker.setCurrentIndex(view.picker.findData(a["id"]))
    view.go_next_unanswered()
    assert view.current_section == "A"
    assert scoring.next_unanswered(view.checklist, view.answers, "A1") == "A2"
    qtbot.waitUntil(lambda: view.boxes[view._last_qid].styleSheet() == view.HIGHLIGHT, timeout=3000)
    first = view._last_qid
    view.go_next_unanswered()  # the next one is marked, the one before no longer
    qtbot.waitUntil(lambda: view.boxes[view._last_qid].styleSheet() == view.HIGHLIGHT, timeout=3000)
    assert view._last_qid != first and view.boxes[first].styleSheet() == ""


def test_summary_and_compare_pages(qtbot, window):
    view = window.checklist
    view.reload()
    view.tabs.setCurrentIndex(1)
    assert "Threat level" in view.level_label.text()
    assert view.chart.rows and "Why this level" in view.why.toPlainText()
    assert " of 4, " in view.why.toPlainText() and "from 0 (none) to 4" in view.why.toPlainText()  # explained
    view.tabs.setCurrentIndex(2)
    assert "→" in view.compare_text.toPlainText()


def test_changing_a_final_assessment_asks_for_a_reason(qtbot, window, monkeypatch):
    ws = window.ws
    final = next(a for a in ws.assessments.list() if a["status"] == "final")
    view = window.checklist
    view.picker.setCurrentIndex(view.picker.findData(final["id"]))
    view._select_section("A")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("New patrol report", True))
    view.widgets["A5"].group.buttons()[4].click()
    vs = ws.assessments.versions(final["id"])
    assert vs[-1]["reason"] == "New patrol report" and vs[-1]["content"]["answers"]["A5"]["value"] == 4


def test_pdf_report_from_the_checklist_view(qtbot, window, tmp_path, monkeypatch, wait_for_jobs):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "a.pdf"), "PDF (*.pdf)"))
    window.checklist.report_button.click()
    wait_for_jobs()  # the report is written off the UI thread
    assert (tmp_path / "a.pdf").stat().st_size > 10_000


def test_pdf_report_from_the_incident_list_follows_its_filters(qtbot, window, tmp_path, monkeypatch, wait_for_jobs):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "i.pdf"), "PDF (*.pdf)"))
    window.incidents.severity.setValue(4)
    window.incidents.report_button.click()
    wait_for_jobs()
    from fieldkit.reports import incidents_digest, read_digest

    assert read_digest(tmp_path / "i.pdf") == incidents_digest(window.ws, window.incidents.current_filter())


def test_the_mouse_wheel_scrolls_the_page_and_never_changes_an_answer(qtbot, window):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    ws = window.ws
    a = _new_assessment(ws)
    window.show_page("checklist")
    view = window.checklist
    view.reload()
    view.picker.setCurrentIndex(view.picker.findData(a["id"]))
    view._select_section("A")
    w = next((w for w in view.widgets.values() if w.q.type == "single"), None)
    assert w is not None
    combo = w.combo
    view.scroll.ensureWidgetVisible(combo)
    before = combo.currentIndex()
    heard = []
    w.answered.connect(heard.append)

    def wheel(target):
        pos = QPointF(5, 5)
        ev = QWheelEvent(
            pos,
            QPointF(target.mapToGlobal(QPoint(5, 5))),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(target, ev)

    view.scroll.setFocus()
    wheel(combo)  # scrolling the page over the drop-down
    assert combo.currentIndex() == before and heard == []
    assert ws.assessments.answers(a["id"]) == {}
    combo.setFocus()  # once the user chose the control, the wheel works as usual
    wheel(combo)
    assert combo.currentIndex() != before


def test_the_pdf_report_follows_the_apps_language(qtbot, demo_ws, no_dialogs, tmp_path, monkeypatch, wait_for_jobs):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    from ui.main_window import MainWindow

    win = MainWindow(demo_ws, "fr")  # the app in French, the assessment written in English
    qtbot.addWidget(win)
    a = next(x for x in demo_ws.assessments.list() if x["status"] == "final")
    assert a["language"] == "en"
    win.checklist.picker.setCurrentIndex(win.checklist.picker.findData(a["id"]))
    assert win.checklist.report_language.currentData() == "fr"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "fr.pdf"), "PDF (*.pdf)"))
    win.checklist.report_button.click()
    wait_for_jobs()
    text = "\n".join(page.extract_text() for page in PdfReader(str(tmp_path / "fr.pdf")).pages)
    assert "Niveau de menace" in text and "Threat level" not in text
    win.close()


def test_a_summary_without_a_score_says_what_is_needed(qtbot, window):
    ws = window.ws
    a = _new_assessment(ws, "Kidal")
    view = window.checklist
    view.reload()
    view.picker.setCurrentIndex(view.picker.findData(a["id"]))
    view.show_summary()
    text = view.level_label.text()
    assert "—/10" in text and "No score yet" in text and "%" in text


def test_finalise_an_empty_assessment_asks_then_marks_it(qtbot, window, monkeypatch):
    import ui.checklist.view as view_mod

    ws = window.ws
    a = _new_assessment(ws, "Tessalit")
    view = window.checklist
    view.reload()
    view.picker.setCurrentIndex(view.picker.findData(a["id"]))
    asked = []
    monkeypatch.setattr(view_mod, "ask", lambda parent, title, text, **kw: asked.append(text) or False)
    view.finalise()
    assert asked and "required" in asked[0] and ws.assessments.get(a["id"])["status"] == "draft"
    monkeypatch.setattr(view_mod, "ask", lambda parent, title, text, **kw: True)
    view.finalise()
    assert ws.assessments.get(a["id"])["status"] == "final"
    view.picker.setCurrentIndex(view.picker.findData(a["id"]))
    view.tabs.setCurrentIndex(1)
    view.show_summary()
    assert "Insufficient – not for distribution" in view.level_label.text()
    assert "proposal to aid judgement" in view.why.toPlainText() and "Not ready to finalise" in view.why.toPlainText()


def test_none_observed_unticks_the_other_choices_and_back(qtbot, window):
    ws = window.ws
    a = _new_assessment(ws, "Ménaka")
    view = window.checklist
    view.reload()
    view.picker.setCurrentIndex(view.picker.findData(a["id"]))
    view._select_section("A")
    w = view.widgets["A3"]
    box = {b.property("code"): b for b in w.boxes}
    box["poverty"].setChecked(True)
    box["corruption"].setChecked(True)
    assert ws.assessments.answers(a["id"])["A3"]["value"] == ["poverty", "corruption"]
    box["none"].setChecked(True)  # "None observed" clears the rest
    assert not box["poverty"].isChecked() and not box["corruption"].isChecked()
    assert ws.assessments.answers(a["id"])["A3"]["value"] == ["none"]
    box["borders"].setChecked(True)  # and any other choice clears "None observed"
    assert not box["none"].isChecked()
    assert ws.assessments.answers(a["id"])["A3"]["value"] == ["borders"]


def test_a_draft_on_an_earlier_checklist_version_can_be_upgraded(qtbot, window):
    ws = window.ws
    a = ws.assessments.new("Ansongo", checklist_id="spotting-the-spoilers@1.0.0")
    ws.assessments.answer(a["id"], "D1", "2")
    view = window.checklist
    view.reload()
    view.picker.setCurrentIndex(view.picker.findData(a["id"]))
    assert not view.upgrade_button.isHidden()
    view.upgrade()
    assert ws.assessments.get(a["id"])["checklist_version"] == "2.0.0"
    assert ws.assessments.answers(a["id"])["D1b"]["value"] == 2
    assert view.upgrade_button.isHidden() and view.checklist.version == "2.0.0"


def test_help_text_is_shown_as_written_in_french(qtbot, demo_ws, no_dialogs):
    from PySide6.QtWidgets import QLabel

    from ui.main_window import MainWindow

    win = MainWindow(demo_ws, "fr")
    qtbot.addWidget(win)
    a = _new_assessment(demo_ws)
    win.show_page("checklist")
    view = win.checklist
    view.reload()
    view.picker.setCurrentIndex(view.picker.findData(a["id"]))
    view.lang = "fr"
    view._select_section("I")
    # the labels shown as plain text (set so, or holding no tag: Qt then shows the text as it is)
    shown = [
        lbl.text()
        for lbl in view.findChildren(QLabel)
        if lbl.textFormat() == Qt.TextFormat.PlainText or "<" not in lbl.text()
    ]
    assert any("plutôt qu'à" in t for t in shown)  # I4's help, with its apostrophe
    assert not any("&#x27;" in t or "&amp;" in t for t in shown)
    win.close()


def test_import_checklist_from_an_xlsform(qtbot, window, no_dialogs, tmp_path, monkeypatch, wait_for_jobs):
    """Issue 22: *Import checklist…* reads the form off the UI thread with the CLI's checks; a bad file is one plain
    sentence and leaves nothing behind."""
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    form = Path(__file__).parents[1] / "data" / "xlsform" / "UCL_Biomass_Plot_Form.xlsx"
    folder = window.ws.folder / "checklists"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(form), "XLSForm (*.xlsx)"))
    window.checklist.import_button.click()
    wait_for_jobs()
    kind, _title, text = no_dialogs[-1]
    assert kind == "information" and "UCL_Biomass_Plot_Form" in text and "no threat level" in text
    assert "repeat 'trees'" in text
    assert window.ws.checklists.get("UCL_Biomass_Plot_Form").version == "2022-04-11"
    files = sorted(p.name for p in folder.iterdir())
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 broken")
    window.checklist.import_checklist(str(bad))
    wait_for_jobs()
    kind, _title, text = no_dialogs[-1]
    assert kind == "warning" and text.startswith("bad.xlsx: not an .xlsx workbook") and "Traceback" not in text
    assert sorted(p.name for p in folder.iterdir()) == files


def test_an_unscored_checklist_says_not_scored_in_the_summary(qtbot, window):
    from pathlib import Path

    from fieldkit.checklists import xlsform

    ws = window.ws
    form = Path(__file__).parents[1] / "data" / "xlsform" / "UCL_Biomass_Plot_Form.xlsx"
    xlsform.install(ws, xlsform.read(form))
    a = ws.assessments.new("Plot 7", checklist_id="UCL_Biomass_Plot_Form", assessor="Field team")
    ws.assessments.answer(a["id"], "leader_name", "Andrea")
    view = window.checklist
    view.reload()
    view.picker.setCurrentIndex(view.picker.findData(a["id"]))
    view.tabs.setCurrentIndex(1)
    assert "Not scored" in view.level_label.text() and "no threat level is computed" in view.level_label.text()
    assert "Why this level" not in view.why.toPlainText()


def test_markets_and_actors_tab_records_shows_and_compares(qtbot, window, monkeypatch):
    from ui.checklist import records as records_ui

    ws = window.ws
    a = ws.assessments.new("Gao", period_start="2026-01-01", period_end="2026-03-31")
    b = ws.assessments.new("Gao", period_start="2026-04-01", period_end="2026-05-31")
    ws.assessment_records.set_market(a["id"], "DRG_COC", scale=2, harm=2)
    view = window.checklist
    view.reload()
    view.picker.setCurrentIndex(view.picker.findData(b["id"]))
    view.tabs.setCurrentIndex(3)
    tab = view.records
    assert tab.markets.rowCount() == 0 and tab.judgements.rowCount() >= 1

    def fill_market(dlg):
        dlg.market.setCurrentIndex(dlg.market.findData("FIN"))
        dlg.scale.setCurrentIndex(dlg.scale.findData(3))
        dlg.fields["origin"].setText("<b>Bissau</b>")
        dlg.actors.setText("Route Network")
        dlg._ok()
        return dlg.result()

    monkeypatch.setattr(records_ui.MarketDialog, "exec", fill_market)
    tab.add_market()
    assert ws.assessment_records.markets(b["id"])[0]["market"] == "FIN"
    assert tab.markets.rowCount() == 1 and tab.markets.item(0, 5).text().startswith("<b>Bissau</b>")

    def bad_actor(dlg):
        dlg.name.setText("   ")
        dlg._ok()  # refused inline: the dialog stays open with the reason
        assert dlg.error.text() and ws.assessment_records.actors(b["id"]) == []
        dlg.name.setText("Route Network")
        dlg.capability.setCurrentIndex(dlg.capability.findData(4))
        dlg._ok()
        return dlg.result()

    monkeypatch.setattr(records_ui.ActorDialog, "exec", bad_actor)
    tab.add_actor()
    assert tab.actors.rowCount() == 1 and tab.actors.item(0, 3).text() == "4/4"
    assert tab.actors.item(0, 7).text().startswith("Financial crimes")  # the market it runs, by its label

    view.tabs.setCurrentIndex(1)  # the summary shows the markets side by side too
    assert "Criminal markets" in view.why.toPlainText() and "Financial crimes" in view.why.toPlainText()
    view.compare_with.setCurrentIndex(view.compare_with.findData(a["id"]))
    view.show_compare()
    html_text = view.compare_text.toPlainText()
    assert "Criminal markets" in html_text and "Cocaine" in html_text and "Route Network" in html_text


def test_the_pdf_report_asks_before_including_sensitive_incidents(qtbot, window, no_dialogs, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QMessageBox

    ws = window.ws
    view = window.checklist
    a = next(x for x in ws.assessments.list() if x["status"] == "final")
    view.reload()
    view.picker.setCurrentIndex(view.picker.findData(a["id"]))
    iid = next(i for x in ws.assessments.answers(a["id"]).values() for i in x["evidence"])
    ws.incidents.update(iid, {"sensitive": True, "title": "Informant at the quarry"}, reason="protect")

    def text_of(path):
        return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())

    out = tmp_path / "no.pdf"
    view.pdf_report(str(out))  # the question's default: No
    qtbot.waitUntil(lambda: "Report written" in view.banner.text(), timeout=20000)
    assert no_dialogs[-1][1] == "PDF report…" and "Informant at the quarry" not in text_of(out)
    view.banner.setText("")
    no_dialogs.replies["PDF report…"] = QMessageBox.StandardButton.Yes
    out = tmp_path / "yes.pdf"
    view.pdf_report(str(out))
    qtbot.waitUntil(lambda: "Report written" in view.banner.text(), timeout=20000)
    assert "[SENSITIVE] Informant at the quarry" in text_of(out)
