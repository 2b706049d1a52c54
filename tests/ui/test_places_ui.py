"""The incident editor's place box completes from the gazetteer and fills empty coordinates; picked coordinates
are described in words under them."""

from PySide6.QtCore import Qt

from tests.ui.test_i18n import french  # noqa: F401 - the fixture
from ui.incidents.editor import PLACE_NAME_ROLE


def _editor(qtbot, window):
    ed = window.incidents.new_incident()
    ed.activateWindow()
    qtbot.waitUntil(ed.isActiveWindow, timeout=3000)
    ed.place_edit.setFocus()
    return ed


def test_place_completion_from_the_gazetteer_fills_empty_coordinates(qtbot, window, wait_for_jobs):
    ed = _editor(qtbot, window)
    qtbot.keyClicks(ed.place_edit, "gabu")  # no accent typed
    qtbot.waitUntil(lambda: ed.place_model.rowCount() > 0, timeout=30000)
    wait_for_jobs()
    labels = [ed.place_model.item(i).text() for i in range(ed.place_model.rowCount())]
    assert labels[0] == "Gabú, Guinea-Bissau"
    comp = ed.place_edit.completer()
    assert comp.popup().isVisible()
    index = comp.completionModel().index(0, 0)
    assert index.data(PLACE_NAME_ROLE) == "Gabú"
    comp.popup().setCurrentIndex(index)
    qtbot.keyClick(comp.popup(), Qt.Key.Key_Return)
    assert ed.place_edit.text() == "Gabú"
    assert (ed.lat_edit.text(), ed.lon_edit.text()) == ("12.28", "-14.22222")
    assert ed.form_data()["lat"] == "12.28"
    qtbot.waitUntil(lambda: ed.place_hint.isVisible(), timeout=30000)
    assert ed.place_hint.text() == "In Gabú"


def test_a_chosen_place_never_replaces_typed_coordinates(qtbot, window, wait_for_jobs):
    ed = _editor(qtbot, window)
    ed.lat_edit.setText("12.1")
    ed.lon_edit.setText("-15.1")
    ed.place_edit.setFocus()
    qtbot.keyClicks(ed.place_edit, "Mansoa")
    qtbot.waitUntil(lambda: ed.place_model.rowCount() > 0, timeout=30000)
    wait_for_jobs()
    assert ed.place_model.item(0).text() == "Mansôa, Guinea-Bissau"
    comp = ed.place_edit.completer()
    comp.activated[type(comp.completionModel().index(0, 0))].emit(comp.completionModel().index(0, 0))
    assert (ed.lat_edit.text(), ed.lon_edit.text()) == ("12.1", "-15.1")


def test_picked_coordinates_are_described_in_words(qtbot, window, wait_for_jobs):
    ed = _editor(qtbot, window)
    ed.set_coordinates(12.2166, -14.61)  # what "Pick on map…" does with the point chosen
    qtbot.waitUntil(lambda: ed.place_hint.isVisible(), timeout=30000)
    assert ed.place_hint.text() == "8 km NE of Bafatá"
    ed.lat_edit.setText("95")  # not a position: no description
    qtbot.waitUntil(lambda: not ed.place_hint.isVisible(), timeout=5000)


def test_the_description_reads_in_french(french):
    from fieldkit import places
    from ui.i18n import tr_msg

    d = places.default().describe(12.2166, -14.61)
    assert tr_msg(d.message()) == "Bafatá : à 8 km au nord-est"
