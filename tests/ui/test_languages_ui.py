"""Every shipped language in the interface: the menu lists them, the switch applies at once without losing what
was typed, and Arabic mirrors the window."""

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from fieldkit import languages
from ui import i18n


@pytest.fixture
def back_to_english(qapp):
    yield
    i18n.install(qapp, "en")


def test_the_language_menu_lists_every_shipped_language(window):
    menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and a.menu().actions()[0].data() == "en")
    assert [a.data() for a in menu.actions()] == list(languages.CODES)
    assert [a.text() for a in menu.actions()] == [x.native for x in languages.SHIPPED]
    assert [a.isChecked() for a in menu.actions()] == [c == "en" for c in languages.CODES]


def test_the_switch_applies_without_a_restart_and_keeps_what_was_typed(qtbot, window, back_to_english):
    ws = window.ws
    a = ws.assessments.new("Gao")
    window.show_page("checklist")
    view = window.checklist
    view.reload()
    view.picker.setCurrentIndex(view.picker.findData(a["id"]))
    view._picked(view.picker.currentIndex())
    view._select_section("A")
    first = next(q for q in view.widgets if view.widgets[q].q.type in ("yesno", "scale"))
    view.widgets[first].group.buttons()[1].click()  # answered, then a note typed and not left yet
    view.notes[first].setText("note typed before the switch")
    view.notes[first].setModified(True)
    editor = window.incidents.new_incident()
    editor.fields["title"].setText("Typed, never saved")
    editor._touched = True

    window._set_language("fr")

    assert window.lang == "fr" and ws.settings.get("language") == "fr"
    assert window.job_actions["checklist"].text() == "Liste de contrôle"
    assert window.stack.currentWidget() is window.checklist  # the same page
    assert window.checklist.aid == a["id"] and window.checklist.current_section == "A"
    assert ws.assessments.answers(a["id"])[first]["note"] == "note typed before the switch"
    assert window.checklist.notes[first].text() == "note typed before the switch"
    reopened = [e.fields["title"].text() for e in window.incidents.editors]
    assert reopened == ["Typed, never saved"]
    assert QLocale().language() == QLocale.Language.French
    for e in list(window.incidents.editors):
        e.close_keeping_draft()


def test_arabic_mirrors_the_window(qtbot, window, back_to_english):
    window._set_language("ar")
    assert QApplication.instance().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.incidents.table.layoutDirection() == Qt.LayoutDirection.RightToLeft  # tables mirror
    assert QLocale().language() == QLocale.Language.Arabic
    assert window.incidents.severity.locale().language() == QLocale.Language.Arabic  # numbers in Arabic digits
    assert window.incidents.severity.text() == QLocale(QLocale.Language.Arabic).toString(
        window.incidents.severity.value()
    )
    window._set_language("en")
    assert window.incidents.severity.locale().language() == QLocale.Language.English
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_window_in_arabic_and_the_first_draft_notice(qtbot, window, back_to_english):
    from ui.main_window import AboutDialog

    window._set_language("ar")
    assert [a.text() for a in window.job_actions.values()] == ["القائمة المرجعية", "الحوادث", "الخريطة", "المزامنة"]
    assert window.incidents.new_button.text() == "حادث جديد"
    about = AboutDialog(window.ws, window)
    qtbot.addWidget(about)
    assert "مسودة أولى" in about.draft_note  # the app says the translation awaits a native speaker's review
    english = AboutDialog(window.ws, window, lang="en")
    qtbot.addWidget(english)
    assert not hasattr(english, "draft_note")
    # plural forms: Arabic has six in Qt, and each count picks its own
    tr = QApplication.translate
    assert tr("IncidentsView", "%n incident(s)", "", 2) == "2 حادثان"
    assert tr("IncidentsView", "%n incident(s)", "", 5) == "5 حوادث"


def test_an_arabic_editor_writes_coordinates_in_arabic_digits_and_saves_them(qtbot, ws, incident_data, no_dialogs):
    from ui.incidents.editor import IncidentEditor

    iid = ws.incidents.add({**incident_data, "lat": 11.86, "lon": -15.6})["id"]
    ed = IncidentEditor(ws, iid, lang="ar")
    qtbot.addWidget(ed)
    assert ed.lat_edit.text() == "١١٫٨٦" and ed.lon_edit.text() == "-١٥٫٦"
    ed.set_coordinates(12.5, -16.25)
    assert ed.lat_edit.text() == "١٢٫٥٠٠٠٠"
    ed._touched.add("reason")
    ed.fields["reason"].setText("moved")
    assert ed.save()
    assert ws.incidents.get(iid)["lat"] == 12.5 and ws.incidents.get(iid)["lon"] == -16.25


def test_in_arabic_a_question_brought_into_view_shows_where_its_lines_start(qtbot, window, back_to_english):
    window._set_language("ar")
    ws = window.ws
    a = ws.assessments.new("Gao")
    window.show_page("checklist")
    view = window.checklist
    view.reload()
    view.picker.setCurrentIndex(view.picker.findData(a["id"]))
    view._picked(view.picker.currentIndex())
    window.resize(700, 600)
    qid = view.checklist.sections[0].questions[-1].id
    view._focus_question(qid)
    bar = view.scroll.horizontalScrollBar()
    assert bar.value() == 0  # right to left, 0 shows the right edge: the start of every line
    assert view.scroll.widget().x() == -bar.maximum()


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_the_section_chart_mirrors_right_to_left(qtbot, direction):
    from PySide6.QtGui import QColor

    from fieldkit.palette import LEVEL_COLOURS
    from ui.checklist.widgets import SectionChart

    chart = SectionChart()
    qtbot.addWidget(chart)
    chart.setLayoutDirection(direction)
    chart.resize(600, 100)
    chart.set_sections([{"kind": "threat", "title": "A", "score": 10.0, "level": "severe"}])
    img = chart.grab().toImage()
    severe = QColor(LEVEL_COLOURS["severe"]).rgb()
    # a full bar: it covers the middle either way, and the side away from the labels
    left_quarter, right_quarter = img.pixelColor(100, 21).rgb(), img.pixelColor(500, 21).rgb()
    assert img.pixelColor(300, 21).rgb() == severe
    if direction == Qt.LayoutDirection.RightToLeft:
        assert left_quarter == severe and right_quarter != severe  # labels on the right, bar to their left
    else:
        assert right_quarter == severe and left_quarter != severe


def test_from_to_arrows_point_towards_the_end_of_the_line(qtbot, window, back_to_english):
    window.ws.assessments.new("Gao")
    window.checklist.reload()
    assert "→" in window.checklist.picker.itemText(0)
    window._set_language("ar")
    assert "←" in window.checklist.picker.itemText(0) and "→" not in window.checklist.picker.itemText(0)
