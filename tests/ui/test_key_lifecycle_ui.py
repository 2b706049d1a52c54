"""The Sync view's keys over time: fingerprints in words and a QR code, how each key was trusted, config bundles,
receipts, revocations and new keys, from the window."""

import json

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from fieldkit.clock import FixedClock
from fieldkit.sync import bundle, config, keys, lifecycle
from tests.workspaces import Workspace
from ui import ops
from ui.sync.lifecycle import FingerprintDialog
from ui.sync.view import SyncView


def _pair(tmp_path):
    clock = FixedClock("2026-06-01T12:00:00Z")
    field, hq = Workspace(tmp_path / "f", clock=clock), Workspace(tmp_path / "hq", clock=clock)
    field.settings.set("device_label", "Gao team")
    hq.settings.set("device_label", "HQ Bamako")
    return clock, field, hq


def test_fingerprint_dialog_shows_the_words_and_records_the_check(qtbot, tmp_path, no_dialogs):
    clock, field, hq = _pair(tmp_path)
    try:
        k = hq.trust.add(keys.public_identity(field), label="Gao team")
        dlg = FingerprintDialog(hq, k)
        qtbot.addWidget(dlg)
        assert [w.text() for w in dlg.word_labels] == lifecycle.fingerprint_words(k["sign"])
        assert not dlg.qr.pixmap().isNull()
        assert dlg.confirm_button.isVisibleTo(dlg) and "not checked" in dlg.status.text()
        dlg.confirm_button.click()
        assert hq.trust.get(k["sign"])["checked"] == "fingerprint"
        assert not dlg.confirm_button.isVisibleTo(dlg) and "fingerprint checked" in dlg.status.text()
    finally:
        ops.wait_all()
        field.close()
        hq.close()


def test_trusting_a_key_file_says_whether_it_was_compared(qtbot, tmp_path, no_dialogs, monkeypatch):
    clock, field, hq = _pair(tmp_path)
    try:
        view = SyncView(hq)
        qtbot.addWidget(view)
        (tmp_path / "k.json").write_text(json.dumps(keys.public_identity(field)))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "k.json"), ""))
        monkeypatch.setattr(QInputDialog, "getItem", lambda parent, title, label, items, *a, **k: (items[0], True))
        view.trust_key()  # the default answer: Cancel
        assert hq.trust.list() == []
        asked = next(t for _, title, t in no_dialogs if title == "Trust a key")
        assert " ".join(lifecycle.fingerprint_words(keys.public_identity(field)["sign"])) in asked
        no_dialogs.replies["Trust a key"] = QMessageBox.StandardButton.Ignore
        view.trust_key()
        assert hq.trust.list()[0]["checked"] == "first-use"
        assert "fingerprint not checked" in view.keys.item(0).text()
    finally:
        ops.wait_all()
        field.close()
        hq.close()


def test_config_receipt_and_revocation_from_the_window(qtbot, tmp_path, no_dialogs, monkeypatch, incident_data):
    clock, field, hq = _pair(tmp_path)
    try:
        hq.trust.add(keys.public_identity(field), label="Gao team")
        hqview, fview = SyncView(hq), SyncView(field)
        qtbot.addWidget(hqview)
        qtbot.addWidget(fview)
        field.incidents.add(incident_data)
        clock.advance(minutes=1)
        bundle.export_bundle(field, tmp_path / "1.fkb", plain=True)
        bundle.import_bundle(hq, tmp_path / "1.fkb")
        # HQ writes a config bundle; the new laptop compares HQ's fingerprint, then applies it
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "c.fkc"), ""))
        hqview.export_config()
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "c.fkc"), ""))
        fview.import_config()  # the default answer to "HQ's key": No
        assert field.trust.hq() is None
        no_dialogs.replies["HQ's key"] = QMessageBox.StandardButton.Yes
        fview.import_config()
        assert field.trust.hq()["checked"] == "fingerprint"
        assert any(title == "Config applied" for _, title, _ in no_dialogs)
        # HQ selects the device and writes a receipt; the laptop shows what HQ confirmed
        hqview.keys.setCurrentRow(0)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "r.json"), ""))
        hqview.write_receipt()
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "r.json"), ""))
        fview.import_receipt()
        assert "HQ confirmed bundles up to number 1 of 1" in fview.confirmed.text()
        # HQ revokes the device's key: the list says so
        answers = iter([("2026-06-02", True), ("laptop stolen", True)])
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
        hqview.keys.setCurrentRow(0)
        hqview.revoke_key()
        assert hq.revocations.get(keys.public_identity(field)["sign"])["reason"] == "laptop stolen"
        assert "REVOKED from 2026-06-02" in hqview.keys.item(0).text()
        assert config.policy(field)["lock_minutes"] == 10
        assert fview.include_sensitive.isEnabled()
        # HQ's next config keeps sensitive incidents on the devices: the choice is no longer offered
        config.export_config(
            hq, tmp_path / "c2.fkc", policy_values={"sensitive_may_leave": False}, to_keys=[], plain=True
        )
        ops.do(fview, lambda: config.import_config(field, tmp_path / "c2.fkc"))
        assert not fview.include_sensitive.isEnabled() and not fview.include_sensitive.isChecked()
    finally:
        ops.wait_all()
        field.close()
        hq.close()
