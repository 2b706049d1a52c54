import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from fieldkit.incidents import DraftStore, IncidentFilter
from ui.main_window import MainWindow


def _fill(qtbot, ed, title="Convoy of 9 trucks at Cacheu", lat="12.27", lon="-16.16"):
    qtbot.keyClicks(ed.fields["title"], title)
    qtbot.keyClicks(ed.fields["description"], "Seen from the river bank at dusk.")
    ed.fields["occurred_at"].clear()
    qtbot.keyClicks(ed.fields["occurred_at"], "2026-05-20T18:30")
    qtbot.keyClicks(ed.lat_edit, lat)
    qtbot.keyClicks(ed.lon_edit, lon)
    ed.fields["category"].setCurrentIndex(ed.fields["category"].findData("MOVE_OBS"))
    ed.fields["severity"].setCurrentIndex(ed.fields["severity"].findData(3))


def test_create_through_the_editor_with_ctrl_s(qtbot, window):
    view = window.incidents
    before = window.ws.counts()["incidents"]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    ed = view.editors[-1]
    ed.activateWindow()
    qtbot.waitUntil(ed.isActiveWindow, timeout=3000)
    _fill(qtbot, ed)
    qtbot.keyClick(ed.fields["title"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.ws.counts()["incidents"] == before + 1
    rec = window.ws.incidents.search(IncidentFilter(text="Cacheu"))[0]
    assert rec["severity"] == 3 and rec["lat"] == 12.27 and rec["occurred_at"].startswith("2026-05-20T18:30")
    assert view.selected_id() == rec["id"]
    assert DraftStore(window.ws).list() == []


def test_inline_validation_blocks_bad_input(qtbot, window):
    ed = window.incidents.new_incident()
    _fill(qtbot, ed, lat="95")
    assert ed.errors["lat"].isVisible() and "Latitude" in ed.errors["lat"].text()
    before = window.ws.counts()["incidents"]
    assert ed.save() is False
    assert window.ws.counts()["incidents"] == before
    ed.lat_edit.clear()
    qtbot.keyClicks(ed.lat_edit, "11.9")
    assert not ed.errors["lat"].isVisible()
    assert ed.save() is True


def test_editing_a_final_incident_requires_a_reason(qtbot, window):
    view = window.incidents
    view.table.selectRow(0)
    iid = view.selected_id()
    if window.ws.incidents.get(iid)["status"] != "final":
        window.ws.incidents.update(iid, {"status": "final", "description": "x"})
    ed = view.edit_incident(iid)
    ed.fields["severity"].setCurrentIndex(ed.fields["severity"].findData(5))
    assert ed.save() is False
    assert ed.errors["reason"].isVisible()
    qtbot.keyClicks(ed.fields["reason"], "Casualties confirmed by hospital")
    assert ed.save() is True
    history = window.ws.incidents.versions(iid)
    assert history[-1]["reason"] == "Casualties confirmed by hospital" and history[-1]["content"]["severity"] == 5


def test_search_box_and_filters_drive_the_table(qtbot, window):
    view = window.incidents
    total = view.model.rowCount()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    qtbot.keyClicks(view.search, "convoy")
    qtbot.waitUntil(lambda: view.model.rowCount() < total, timeout=3000)
    expected = window.ws.incidents.count(IncidentFilter(text="convoy"))
    assert view.model.rowCount() == expected > 0
    view.severity.setValue(4)
    assert view.model.rowCount() == window.ws.incidents.count(IncidentFilter(text="convoy", severity_min=4))
    view.search.setText('"unclosed')
    qtbot.waitUntil(lambda: view.message.isVisible(), timeout=3000)
    assert "quotation mark" in view.message.text()


def test_sorting_by_a_column_header(qtbot, window):
    view = window.incidents
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    sev = [view.model.record(r)["severity"] for r in range(view.model.rowCount())]
    assert sev == sorted(sev, reverse=True)


def test_trash_and_restore_through_the_view(qtbot, window, monkeypatch):
    view = window.incidents
    view.table.selectRow(0)
    iid = view.selected_id()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Duplicate report", True))
    view.delete_button.click()
    assert window.ws.incidents.get(iid)["deleted_at"]
    view.trash.setChecked(True)
    assert view.model.row_of(iid) >= 0
    view.select_incident(iid)
    view.restore_button.click()
    assert window.ws.incidents.get(iid)["deleted_at"] is None
    assert [v["reason"] for v in window.ws.incidents.versions(iid)][-2:] == [
        "Duplicate report",
        "Restored from the trash",
    ]


def test_a_draft_left_behind_is_recovered_at_next_start(qtbot, demo_ws, no_dialogs):
    win = MainWindow(demo_ws, "en")
    qtbot.addWidget(win)
    ed = win.incidents.new_incident()
    qtbot.keyClicks(ed.fields["title"], "Half-typed report about the mine")
    qtbot.waitUntil(lambda: len(DraftStore(demo_ws).list()) == 1, timeout=3000)
    # the app dies here: no save, no close. A new window on the same workspace:
    win2 = MainWindow(demo_ws, "en")
    qtbot.addWidget(win2)
    win2.startup_checks()
    assert any(kind == "information" and "recovered" in text for kind, _, text in no_dialogs)
    recovered = win2.incidents.editors[-1]
    assert recovered.fields["title"].text() == "Half-typed report about the mine"
    assert recovered.recovered.isVisibleTo(recovered)


def test_escape_with_unsaved_changes_asks_and_an_incidents_draft_comes_back_once(qtbot, demo_ws, no_dialogs):
    from PySide6.QtWidgets import QMessageBox

    win = MainWindow(demo_ws, "en")
    qtbot.addWidget(win)
    rec = demo_ws.incidents.search()[0]
    ed = win.incidents.edit_incident(rec["id"])
    ed.fields["title"].selectAll()
    qtbot.keyClicks(ed.fields["title"], "Corrected title, not saved yet")
    qtbot.keyClick(ed, Qt.Key.Key_Escape)  # the question defaults to "Keep editing"
    assert no_dialogs[-1][1] == "Unsaved changes" and ed.isVisible()
    no_dialogs.replies["Unsaved changes"] = QMessageBox.StandardButton.Save  # keep as a draft and close
    qtbot.keyClick(ed, Qt.Key.Key_Escape)
    assert not ed.isVisible()
    assert [d["record_id"] for d in DraftStore(demo_ws).list()] == [rec["id"]]
    again = win.incidents.edit_incident(rec["id"])  # the same incident opened again: its draft, not a second one
    assert again.fields["title"].text() == "Corrected title, not saved yet"
    qtbot.keyClicks(again.fields["reason"], "Title corrected")
    assert again.save()
    assert DraftStore(demo_ws).list() == [] and demo_ws.incidents.get(rec["id"])["title"].startswith("Corrected")


def test_saving_from_another_tab_shows_the_field_in_error(qtbot, window):
    ed = window.incidents.new_incident()
    _fill(qtbot, ed, lat="")
    ed.tabs.setCurrentIndex(ed.tabs.count() - 1)  # the user is looking at another tab
    assert ed.save() is False
    assert ed.tabs.currentIndex() == 0 and ed.errors["lat"].isVisibleTo(ed)


def test_the_history_says_what_each_version_changed(qtbot, window):
    ws = window.ws
    rec = ws.incidents.search()[0]
    ws.incidents.update(rec["id"], {"severity": 5 if rec["severity"] != 5 else 1, "place": "Cacheu river"}, reason="r")
    ed = window.incidents.edit_incident(rec["id"])
    text = ed.history.toPlainText()
    assert "severity" in text and "Cacheu river" in text and "→" in text
    assert "created" in text


@pytest.fixture
def editors(qtbot, ws):
    """Open editors on ``ws``; each is closed (its autosave stopped) before the workspace closes."""
    from ui.incidents.editor import IncidentEditor

    made = []

    def make(incident_id=None, lang="en"):
        ed = IncidentEditor(ws, incident_id, lang=lang)
        qtbot.addWidget(ed)
        ed.show()
        made.append(ed)
        return ed

    yield make
    for ed in made:
        ed._autosave_timer.stop()
        ed._closing = True
        ed.close()


def test_a_decimal_comma_is_read_and_said_in_english(qtbot, ws, no_dialogs, editors):
    ed = editors()
    _fill(qtbot, ed, lat="12,28", lon="-15,6")
    assert ed.coords_note.isVisible() and ed.coords_note.text() == (
        "Read as 12.28, -15.6 (the comma taken as the decimal point)."
    )
    assert not ed.errors["lat"].isVisible() and ed.lat_edit.styleSheet() == ""
    assert ed.save() is True
    rec = ws.incidents.search(IncidentFilter(text="Cacheu"))[0]
    assert (rec["lat"], rec["lon"]) == (12.28, -15.6)


def test_two_numbers_in_one_coordinate_box_are_refused_in_red(qtbot, ws, no_dialogs, editors):
    ed = editors()
    _fill(qtbot, ed, lat="12.28, -15.6", lon="")
    assert ed.errors["lat"].isVisible() and "is two numbers" in ed.errors["lat"].text()
    assert ed.lat_edit.styleSheet() == "border: 1px solid #c92a2a;" and not ed.coords_note.isVisible()
    assert ed.save() is False and ws.counts()["incidents"] == 0
    ed.lat_edit.clear()
    qtbot.keyClicks(ed.lat_edit, "12.28")
    qtbot.keyClicks(ed.lon_edit, "-15.6")
    assert not ed.errors["lat"].isVisible() and ed.lat_edit.styleSheet() == ""
    assert ed.save() is True


def test_in_french_the_comma_is_the_decimal_separator(qtbot, ws, no_dialogs, editors):
    ed = editors(lang="fr")
    ed.set_coordinates(12.28, -15.6)
    assert (ed.lat_edit.text(), ed.lon_edit.text()) == ("12,28000", "-15,60000")
    ed.lat_edit.clear()
    _fill(qtbot, ed, lat="11,5", lon="")
    assert not ed.coords_note.isVisible() and not ed.errors["lat"].isVisible()
    assert ed.save() is True
    rec = ws.incidents.search(IncidentFilter(text="Cacheu"))[0]
    assert (rec["lat"], rec["lon"]) == (11.5, -15.6)
    again = editors(rec["id"], "fr")
    assert (again.lat_edit.text(), again.lon_edit.text()) == ("11,5", "-15,6")


def test_a_draft_is_saved_without_a_location_and_a_final_one_is_not(qtbot, ws, no_dialogs, editors):
    ed = editors()
    _fill(qtbot, ed, lat="", lon="")
    assert ed.save() is False
    assert ed.errors["lat"].isVisible() and "a draft may be saved without them" in ed.errors["lat"].text()
    ed.fields["status"].setCurrentIndex(ed.fields["status"].findData("draft"))
    assert not ed.errors["lat"].isVisible()
    assert ed.save() is True
    rec = ws.incidents.search(IncidentFilter(text="Cacheu"))[0]
    assert (rec["status"], rec["lat"], rec["lon"]) == ("draft", None, None)
    again = editors(rec["id"], "en")
    assert again.lat_edit.text() == again.lon_edit.text() == ""
    qtbot.keyClicks(again.lat_edit, "12.5")  # one coordinate without the other: refused, even in a draft
    assert again.save() is False and "Give the longitude too" in again.errors["lon"].text()
    assert again.lon_edit.styleSheet() == "border: 1px solid #c92a2a;"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_incident_table_cuts_no_heading_and_gives_the_title_the_most_room(qtbot, qapp, demo_ws, no_dialogs, lang):
    from ui import i18n

    i18n.install(qapp, lang)
    try:
        win = MainWindow(demo_ws, lang)
        qtbot.addWidget(win)
        win.resize(1366, 740)
        win.show()
        view = win.incidents
        header, keys = view.table.horizontalHeader(), view.model.KEYS
        title = keys.index("title")

        def widths():
            return [header.sectionSize(c) for c in range(len(keys))]

        qtbot.waitUntil(lambda: widths()[title] == max(widths()), timeout=3000)
        for col in range(len(keys)):  # every heading whole, sort arrow included
            assert header.sectionSize(col) >= header.sectionSizeHint(col), (lang, view.model.headers()[col])
        cells = view.table.fontMetrics()
        for key in ("occurred_at", "severity", "source"):  # the short coded columns show their texts whole
            col = keys.index(key)
            widest = max(cells.horizontalAdvance(t) for t in view.model.widest_texts(col))
            assert header.sectionSize(col) > widest, (lang, key)
        assert widths()[title] >= 0.3 * view.table.viewport().width()
        narrow = widths()[title]
        win.resize(1800, 900)  # a wider window: the title column takes the room
        qtbot.waitUntil(lambda: widths()[title] > narrow + 200, timeout=3000)
        rec = view.model.record(0)
        assert view.model.data(view.model.index(0, title), Qt.ItemDataRole.ToolTipRole) == rec["title"]
        win.close()
    finally:
        i18n.install(qapp, "en")


def test_the_editor_records_markets_and_fatalities_and_names_actor_records(qtbot, ws, no_dialogs, editors):
    a = ws.assessments.new("Gao")
    ws.assessment_records.set_actor(a["id"], "Northern Route Network", type="NETWORK")
    ed = editors()
    _fill(qtbot, ed)
    ed.fields["markets"].actions_["DRG_COC"].setChecked(True)
    ed.fields["markets"].actions_["ARMS"].setChecked(True)
    assert "Cocaine" in ed.fields["markets"].text()
    qtbot.keyClicks(ed.fields["fatalities"], "-2")
    ed._touched.add("fatalities")
    ed._live_validate()
    assert ed.errors["fatalities"].isVisibleTo(ed)  # refused inline
    ed.fields["fatalities"].setText("2")
    qtbot.keyClicks(ed.fields["actors"], "<b>x</b>; northern route network:NETWORK")
    assert ed.actor_records.isVisibleTo(ed) and "Gao" in ed.actor_records.text()
    assert f"href='{a['id']}'" in ed.actor_records.text() and "<b>x</b>" not in ed.actor_records.text()
    asked = []
    ed.open_assessment.connect(asked.append)
    ed.actor_records.linkActivated.emit(a["id"])
    assert asked == [a["id"]]
    ed.fields["actors"].setText("northern route network:NETWORK")
    assert ed.save() is True
    rec = ws.incidents.search(IncidentFilter(markets=["ARMS"]))[0]
    assert rec["title"].startswith("Convoy of 9") and ws.incidents.get(rec["id"])["fatalities"] == 2
    assert ws.incidents.get(rec["id"])["markets"] == ["ARMS", "DRG_COC"]


def test_the_list_and_the_map_filter_by_market(qtbot, window):
    view = window.incidents
    code = next(m for r in window.ws.incidents.search() for m in window.ws.incidents.get(r["id"])["markets"])
    view.market.setCurrentIndex(view.market.findData(code))
    expected = window.ws.incidents.count(IncidentFilter(markets=[code]))
    assert 0 < view.model.rowCount() == expected < window.ws.incidents.count(IncidentFilter())
    assert view.current_filter().markets == [code]


def test_an_actor_link_in_the_editor_opens_the_assessments_actor_records(qtbot, window):
    ws = window.ws
    a = ws.assessments.new("Gao")
    ws.assessment_records.set_actor(a["id"], "Porto Gang", type="GANG")
    window.checklist.reload()
    ed = window.incidents.new_incident()
    qtbot.keyClicks(ed.fields["actors"], "Porto Gang")
    ed.actor_records.linkActivated.emit(a["id"])
    assert window.stack.currentWidget() is window.checklist
    assert window.checklist.aid == a["id"] and window.checklist.tabs.currentIndex() == 3
    assert window.checklist.records.actors.item(0, 0).text() == "Porto Gang"
