import pytest
from PySide6.QtWidgets import QDialog

from fieldkit.sync import bundle, keys
from tests.workspaces import Workspace
from ui.sync.view import ConflictDialog, SyncView


@pytest.fixture
def field_and_hq(tmp_path, demo_ws):
    hq = Workspace(tmp_path / "hq", clock=demo_ws.clock)
    hq.trust.add(keys.public_identity(demo_ws), label="Bissau laptop")
    demo_ws.trust.add(keys.public_identity(hq), role="hq", label="HQ")
    yield demo_ws, hq
    hq.close()


def test_import_with_preview_then_report(qtbot, field_and_hq, no_dialogs, tmp_path):
    field, hq = field_and_hq
    bundle.export_bundle(field, tmp_path / "b.fkb", include_demo=True)
    view = SyncView(hq)
    qtbot.addWidget(view)
    rep = view.import_file(str(tmp_path / "b.fkb"))
    assert any(kind == "question" and "Would add" in text for kind, _, text in no_dialogs)
    assert rep["added"] > 0 and "Added" in view.report.toPlainText()
    assert (
        hq.counts()["incidents"]
        == field.db.execute("SELECT count(*) FROM incidents WHERE sensitive = 0 AND deleted_at IS NULL").fetchone()[0]
    )
    assert "Bissau laptop" in view.log.toPlainText() or field.device_id[:8] in view.log.toPlainText()


def test_refused_bundle_shows_a_plain_sentence(qtbot, field_and_hq, no_dialogs, tmp_path):
    field, hq = field_and_hq
    bad = tmp_path / "bad.fkb"
    bad.write_bytes(b"PK\x03\x04 truncated")
    view = SyncView(hq)
    qtbot.addWidget(view)
    assert view.import_file(str(bad)) is None
    assert "Refused" in view.report.toPlainText() and "Nothing was changed" in view.report.toPlainText()
    assert hq.is_empty()


def test_export_from_the_view_encrypts_to_hq(qtbot, field_and_hq, tmp_path):
    field, hq = field_and_hq
    view = SyncView(field)
    qtbot.addWidget(view)
    assert view.recipient.currentText().startswith("HQ")
    assert not view.include_demo.isHidden() and not view.include_demo.isChecked()  # demo data: left out unless ticked
    view.include_demo.setChecked(True)
    job = view.export_bundle(str(tmp_path / "v.fkb"))  # written off the UI thread
    qtbot.waitUntil(lambda: job.done, timeout=30000)
    m = job.result
    assert m["destination"] == hq.device_id
    assert bundle.import_bundle(hq, tmp_path / "v.fkb")["added"] > 0


def test_conflict_resolved_field_by_field_in_the_dialog(qtbot, field_and_hq, tmp_path):
    field, hq = field_and_hq
    bundle.export_bundle(field, tmp_path / "1.fkb", include_demo=True)
    bundle.import_bundle(hq, tmp_path / "1.fkb")
    rec = next(r for r in field.incidents.search() if r["status"] == "final")
    field.clock.advance(hours=1)
    field.incidents.update(rec["id"], {"severity": 5}, reason="field")
    hq.incidents.update(rec["id"], {"place": "HQ corrected place"}, reason="hq")
    bundle.export_bundle(field, tmp_path / "2.fkb", incremental=True, include_demo=True)
    assert bundle.import_bundle(hq, tmp_path / "2.fkb")["conflicts"] == 1
    view = SyncView(hq)
    qtbot.addWidget(view)
    assert view.conflicts.count() == 1 and "Conflicts (1)" in view.tabs.tabText(1)
    dlg = ConflictDialog(hq, view.conflicts.item(0).data(0x0100))
    qtbot.addWidget(dlg)
    dlg.choice["severity"].setCurrentIndex(1)  # the other device's severity
    dlg.resolve()
    assert dlg.result() == QDialog.DialogCode.Accepted
    got = hq.incidents.get(rec["id"])
    assert got["severity"] == 5 and got["place"] == "HQ corrected place"


def test_checking_and_importing_run_off_the_ui_thread(qtbot, field_and_hq, no_dialogs, tmp_path, monkeypatch):
    """A large bundle takes seconds: the window keeps painting (its event loop runs) meanwhile."""
    import threading
    import time

    from PySide6.QtCore import QTimer

    field, hq = field_and_hq
    bundle.export_bundle(field, tmp_path / "b.fkb", include_demo=True)
    threads, ticks = [], []
    for name in ("preview", "import_bundle"):
        real = getattr(bundle, name)

        def slow(*a, _real=real, **k):
            threads.append(threading.current_thread())
            time.sleep(0.3)
            return _real(*a, **k)

        monkeypatch.setattr(bundle, name, slow)
    view = SyncView(hq)
    qtbot.addWidget(view)
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    rep = view.import_file(str(tmp_path / "b.fkb"))
    timer.stop()
    assert rep["added"] > 0 and hq.counts()["incidents"] > 0
    assert len(threads) == 2 and all(t is not threading.main_thread() for t in threads)
    assert len(ticks) >= 10  # the UI thread's event loop kept running during the 0.6 s of work


def test_bundles_are_encrypted_to_hq_by_default_never_to_a_colleague_and_a_choice_stays(qtbot, tmp_path, demo_ws):
    colleague = Workspace(tmp_path / "colleague", clock=demo_ws.clock)
    hq = Workspace(tmp_path / "hq", clock=demo_ws.clock)
    demo_ws.trust.add(keys.public_identity(colleague), label="Gao laptop")
    view = SyncView(demo_ws)
    qtbot.addWidget(view)
    assert view.recipient.currentData() == ""  # no HQ key yet: a passphrase, as `fieldkit export bundle` asks
    view.refresh()  # e.g. after an import brought a new key
    assert view.recipient.currentData() == ""
    demo_ws.trust.add(keys.public_identity(hq), role="hq", label="HQ")
    view.refresh()
    assert view.recipient.currentText().startswith("HQ")
    at = view.recipient.findText("Gao laptop")
    view.recipient.setCurrentIndex(at)
    view.recipient.activated.emit(at)  # what a user's pick sends
    view.refresh()
    assert view.recipient.currentText() == "Gao laptop"
    colleague.close()
    hq.close()


def test_without_hq_a_bundle_is_protected_by_a_passphrase_and_plain_only_after_a_warning(
    qtbot, tmp_path, demo_ws, no_dialogs, monkeypatch
):
    import zipfile

    from PySide6.QtWidgets import QMessageBox

    from ui import ops
    from ui.sync import view as view_module

    view = SyncView(demo_ws)
    qtbot.addWidget(view)
    asked = []
    monkeypatch.setattr(
        view_module.SyncView, "_ask_passphrase", lambda self, *a: asked.append(a) or "correct horse battery"
    )
    job = view.export_bundle(str(tmp_path / "p.fkb"))
    qtbot.waitUntil(lambda: job.done, timeout=20000)
    assert asked and zipfile.ZipFile(tmp_path / "p.fkb").namelist() == ["envelope.json", "payload.bin"]

    view.recipient.setCurrentIndex(view.recipient.findData(view_module.PLAIN))
    assert view.export_bundle(str(tmp_path / "plain.fkb")) is None  # the warning defaults to No
    assert no_dialogs[-1][0] == "warning" and "anyone" in no_dialogs[-1][2]
    assert not (tmp_path / "plain.fkb").exists()
    no_dialogs.replies["A bundle anyone can read"] = QMessageBox.StandardButton.Yes
    job = view.export_bundle(str(tmp_path / "plain.fkb"))
    qtbot.waitUntil(lambda: job.done, timeout=20000)
    assert "manifest.json" in zipfile.ZipFile(tmp_path / "plain.fkb").namelist()
    ops.wait_all()


def test_removing_a_trusted_key_asks_first(qtbot, tmp_path, demo_ws, no_dialogs):
    colleague = Workspace(tmp_path / "colleague", clock=demo_ws.clock)
    demo_ws.trust.add(keys.public_identity(colleague), label="Gao laptop")
    view = SyncView(demo_ws)
    qtbot.addWidget(view)
    view.keys.setCurrentRow(0)
    view.remove_key()  # the question defaults to No
    assert no_dialogs[-1][1] == "Remove a trusted key" and "Gao laptop" in no_dialogs[-1][2]
    assert demo_ws.trust.list() != []
    colleague.close()


def test_the_conflict_dialog_reads_as_words_and_keeps_the_other_sides_reason(qtbot, field_and_hq, tmp_path):
    field, hq = field_and_hq
    bundle.export_bundle(field, tmp_path / "1.fkb", include_demo=True)
    bundle.import_bundle(hq, tmp_path / "1.fkb")
    rec = next(r for r in field.incidents.search() if r["status"] == "final")
    field.clock.advance(hours=1)
    field.incidents.update(rec["id"], {"severity": 5}, reason="casualties confirmed")
    hq.incidents.update(rec["id"], {"place": "HQ corrected place"}, reason="hq check")
    bundle.export_bundle(field, tmp_path / "2.fkb", incremental=True, include_demo=True)
    bundle.import_bundle(hq, tmp_path / "2.fkb")
    [c] = bundle.list_conflicts(hq)
    dlg = ConflictDialog(hq, c)
    qtbot.addWidget(dlg)
    header = [dlg.table.horizontalHeaderItem(i).text() for i in range(4)]
    assert header[1] == "Keep" and "Bissau laptop" in header[3]  # the choice first; the device by its name
    fields = [dlg.table.item(i, 0).text() for i in range(dlg.table.rowCount())]
    assert "date of the incident" in fields and "occurred_at" not in fields
    assert set(fields[:2]) == {"severity", "place"}  # what differs comes first
    values = [dlg.table.item(i, 2).text() for i in range(dlg.table.rowCount())]
    assert not any(v.endswith("Z") and "T" in v for v in values)  # times read as times
    assert any(v and v == dlg.ws.vocab.label("incident_category", rec["category"]) for v in values)  # labels, not codes
    intro = dlg.findChildren(__import__("PySide6.QtWidgets", fromlist=["QLabel"]).QLabel)[0].text()
    assert "casualties confirmed" in intro and "hq check" in intro
    dlg.resolve()
    assert "casualties confirmed" in hq.incidents.versions(rec["id"])[-1]["reason"]


def test_the_save_dialog_offers_the_usb_stick_and_a_name_that_says_what_it_is(
    qtbot, field_and_hq, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    from fieldkit import paths

    field, hq = field_and_hq
    stick = tmp_path / "STICK"
    stick.mkdir()
    monkeypatch.setattr(paths, "removable_media", lambda roots=None: [stick])
    offered = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda parent, title, where, *a: offered.append(where) or ("", "")
    )
    view = SyncView(field)
    qtbot.addWidget(view)
    assert view.export_bundle() is None  # cancelled
    assert offered[0].startswith(str(stick)) and "-bundle-to-HQ-" in offered[0] and offered[0].endswith(".fkb")


def test_plain_with_a_passphrase_and_a_recipient_gone_meanwhile_never_crash(
    qtbot, tmp_path, demo_ws, no_dialogs, monkeypatch
):
    import zipfile

    from ui import ops
    from ui.sync import view as view_module

    colleague = Workspace(tmp_path / "c", clock=demo_ws.clock)
    demo_ws.trust.add(keys.public_identity(colleague), label="Gao laptop")
    view = SyncView(demo_ws)
    qtbot.addWidget(view)
    monkeypatch.setattr(view_module.SyncView, "_ask_passphrase", lambda self, *a: "correct horse battery")
    view.recipient.setCurrentIndex(view.recipient.findData(view_module.PLAIN))
    view.use_passphrase.setChecked(True)  # "nobody" and a passphrase: a passphrase bundle, no warning
    job = view.export_bundle(str(tmp_path / "p.fkb"))
    qtbot.waitUntil(lambda: job.done, timeout=20000)
    assert job.error is None and zipfile.ZipFile(tmp_path / "p.fkb").namelist() == ["envelope.json", "payload.bin"]
    view.use_passphrase.setChecked(False)
    view.recipient.setCurrentIndex(view.recipient.findText("Gao laptop"))
    demo_ws.trust.remove(keys.public_identity(colleague)["sign"])  # removed after the list was filled
    assert view.export_bundle(str(tmp_path / "g.fkb")) is None and not (tmp_path / "g.fkb").exists()
    assert "no longer trusted" in no_dialogs[-1][2]
    ops.wait_all()
    colleague.close()


def test_a_refused_bundle_shows_in_the_import_log(qtbot, tmp_path, demo_ws, no_dialogs):
    view = SyncView(demo_ws)
    qtbot.addWidget(view)
    (tmp_path / "bad.fkb").write_bytes(b"not a zip at all")
    assert view.import_file(str(tmp_path / "bad.fkb")) is None
    assert "Refused" in view.log.toPlainText() and "damaged" in view.log.toPlainText()
