"""What a bundle says reaches the user as plain text, and a deletion of a record changed here waits for review."""

from PySide6.QtCore import Qt

from fieldkit.clock import FixedClock
from fieldkit.sync import bundle, keys
from tests.workspaces import Workspace
from ui import ops
from ui.sync.view import SyncView


def test_a_device_label_cannot_fake_the_trust_prompt(qtbot, tmp_path, no_dialogs):
    clock = FixedClock("2026-06-01T12:00:00Z")
    stranger, hq = Workspace(tmp_path / "s", clock=clock), Workspace(tmp_path / "hq", clock=clock)
    colleague = Workspace(tmp_path / "c", clock=clock)
    fake = keys.public_identity(colleague)["fingerprint"]
    label = f"<b>Gao team</b> (key {fake})<!--"  # rich text would show the colleague's fingerprint, hide the real one
    stranger.settings.set("device_label", label)
    stranger.incidents.add(
        {
            "title": "x",
            "description": "y",
            "occurred_at": "2026-05-01",
            "lat": 1,
            "lon": 1,
            "category": "MOVE_OBS",
            "severity": 2,
        }
    )
    bundle.export_bundle(stranger, tmp_path / "s.fkb", plain=True)
    view = SyncView(hq)
    qtbot.addWidget(view)
    assert view.import_file(str(tmp_path / "s.fkb")) is None  # the prompt defaults to No
    assert "not accepted" in view.report.toPlainText()  # and the view says nothing was imported
    i = next(i for i, (kind, title, _) in enumerate(no_dialogs) if title == "Unknown sender")
    text = no_dialogs[i][2]
    assert no_dialogs.formats[i] == Qt.TextFormat.PlainText
    assert label in text and keys.public_identity(stranger)["fingerprint"] in text
    assert hq.trust.get(keys.public_identity(stranger)["sign"]) is None
    ops.wait_all()
    for w in (stranger, hq, colleague):
        w.close()


def test_a_deletion_held_for_review_is_kept_or_removed_from_the_sync_view(qtbot, tmp_path, no_dialogs, incident_data):
    clock = FixedClock("2026-06-01T12:00:00Z")
    field, hq = Workspace(tmp_path / "f", clock=clock), Workspace(tmp_path / "hq", clock=clock)
    hq.trust.add(keys.public_identity(field))
    rec = field.incidents.add(incident_data)
    bundle.export_bundle(field, tmp_path / "1.fkb", plain=True)
    view = SyncView(hq)
    qtbot.addWidget(view)
    view.import_file(str(tmp_path / "1.fkb"))
    hq.incidents.update(rec["id"], {"severity": 5}, reason="HQ correction")
    field.incidents.delete(rec["id"])
    field.incidents.purge(rec["id"], reason="duplicate")
    clock.advance(minutes=5)
    bundle.export_bundle(field, tmp_path / "2.fkb", incremental=True, plain=True)
    rep = view.import_file(str(tmp_path / "2.fkb"))
    assert rep["deletions_for_review"] == 1 and hq.incidents.get(rec["id"])["deleted_at"]
    assert any("held for review" in text for _, _, text in no_dialogs)  # said in the preview
    assert view.conflicts.count() == 1 and "deleted on" in view.conflicts.item(0).text()
    view.open_conflict(view.conflicts.item(0))  # the default answer: keep it
    assert "duplicate" in no_dialogs[-1][2] and no_dialogs.formats[-1] == Qt.TextFormat.PlainText
    assert not hq.incidents.get(rec["id"])["deleted_at"] and view.conflicts.count() == 0
    ops.wait_all()
    field.close()
    hq.close()


def test_a_new_key_for_a_known_device_is_a_loud_warning_that_defaults_to_no(qtbot, tmp_path, no_dialogs, incident_data):
    clock = FixedClock("2026-06-01T12:00:00Z")
    field, hq, impostor = (Workspace(tmp_path / n, clock=clock) for n in ("f", "hq", "i"))
    hq.trust.add(keys.public_identity(field))
    impostor.settings.set("device_id", field.device_id)
    impostor.incidents.add(incident_data)
    bundle.export_bundle(impostor, tmp_path / "i.fkb", plain=True)
    view = SyncView(hq)
    qtbot.addWidget(view)
    assert view.import_file(str(tmp_path / "i.fkb")) is None  # the default: No
    kind, title, text = no_dialogs[-1]
    assert title == "The sender's key has changed" and no_dialogs.formats[-1] == Qt.TextFormat.PlainText
    assert keys.public_identity(field)["fingerprint"] in text and keys.public_identity(impostor)["fingerprint"] in text
    assert hq.counts()["incidents"] == 0 and hq.trust.get(keys.public_identity(impostor)["sign"]) is None
    assert "Refused" in view.report.toPlainText()
    from PySide6.QtWidgets import QMessageBox

    no_dialogs.replies["The sender's key has changed"] = QMessageBox.StandardButton.Yes  # its owner confirmed
    rep = view.import_file(str(tmp_path / "i.fkb"))
    assert rep["added"] == 1 and hq.trust.get(keys.public_identity(field)["sign"]) is None
    ops.wait_all()
    for w in (field, hq, impostor):
        w.close()


def test_a_bundle_swapped_after_its_preview_is_not_imported_under_the_trust_given(
    qtbot, tmp_path, no_dialogs, incident_data, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    import ui.widgets

    clock = FixedClock("2026-06-01T12:00:00Z")
    friend, stranger, hq = (Workspace(tmp_path / n, clock=clock) for n in ("f", "s", "hq"))
    for w in (friend, stranger):
        w.incidents.add(incident_data)
    stick = tmp_path / "stick.fkb"
    bundle.export_bundle(friend, stick, plain=True)
    bundle.export_bundle(stranger, tmp_path / "other.fkb", plain=True)
    no_dialogs.replies["Unknown sender"] = QMessageBox.StandardButton.Yes  # the friend's key, checked aloud
    answer = ui.widgets._run_box

    def swap_during_preview(box):
        if box.windowTitle() == "Import preview":  # meanwhile, someone swaps the file on the stick
            stick.write_bytes((tmp_path / "other.fkb").read_bytes())
            return QMessageBox.StandardButton.Yes
        return answer(box)

    monkeypatch.setattr("ui.widgets._run_box", swap_during_preview)
    view = SyncView(hq)
    qtbot.addWidget(view)
    assert view.import_file(str(stick)) is None
    assert "changed since it was checked" in view.report.toPlainText()
    assert hq.counts()["incidents"] == 0
    assert hq.trust.get(keys.public_identity(stranger)["sign"]) is None
    assert hq.trust.get(keys.public_identity(friend)["sign"]) is None  # nothing was imported, nothing trusted
    ops.wait_all()
    for w in (friend, stranger, hq):
        w.close()


def test_a_label_with_line_breaks_cannot_push_the_real_fingerprint_away(qtbot, tmp_path, no_dialogs, incident_data):
    import io
    import json
    import zipfile

    clock = FixedClock("2026-06-01T12:00:00Z")
    stranger, hq, colleague = (Workspace(tmp_path / n, clock=clock) for n in ("s", "hq", "c"))
    stranger.incidents.add(incident_data)
    bundle.export_bundle(stranger, tmp_path / "s.fkb", plain=True)
    fake = keys.public_identity(colleague)["fingerprint"]
    z = zipfile.ZipFile(tmp_path / "s.fkb")
    items = {n: z.read(n) for n in z.namelist()}
    m = json.loads(items["manifest.json"])
    m["device_label"] = "Gao\nKey fingerprint: " + fake + "\u202e" + "\n" * 100  # fits in 200 characters
    items["manifest.json"] = json.dumps(m).encode()
    items["manifest.sig"] = keys.device_keys(stranger).signing.sign(items["manifest.json"]).signature.hex().encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zz:
        for n, d in items.items():
            zz.writestr(n, d)
    (tmp_path / "x.fkb").write_bytes(out.getvalue())
    view = SyncView(hq)
    qtbot.addWidget(view)
    assert view.import_file(str(tmp_path / "x.fkb")) is None
    text = next(t for _, title, t in no_dialogs if title == "Unknown sender")
    real = keys.public_identity(stranger)["fingerprint"]
    assert text.index(real) < text.index(fake)  # the real fingerprint comes first
    assert "\u202e" not in text and "\n\n\n" not in text  # the label is one plain line
    ops.wait_all()
    for w in (stranger, hq, colleague):
        w.close()


def test_a_new_key_for_hqs_device_never_becomes_hqs_key_and_a_second_hq_asks_first(
    qtbot, tmp_path, no_dialogs, incident_data, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    clock = FixedClock("2026-06-01T12:00:00Z")
    hqws, field, impostor, other = (Workspace(tmp_path / n, clock=clock) for n in ("hq", "f", "i", "o"))
    field.trust.add(keys.public_identity(hqws), role="hq", label="HQ Bamako")
    impostor.settings.set("device_id", hqws.device_id)  # poses as HQ with its own key
    impostor.settings.set("device_label", "HQ Bamako (new laptop)")
    impostor.incidents.add(incident_data)
    bundle.export_bundle(impostor, tmp_path / "i.fkb", plain=True)
    view = SyncView(field)
    qtbot.addWidget(view)
    no_dialogs.replies["The sender's key has changed"] = QMessageBox.StandardButton.Yes
    no_dialogs.replies["Import preview"] = QMessageBox.StandardButton.Yes
    view.import_file(str(tmp_path / "i.fkb"))
    warned = next(t for _, title, t in no_dialogs if title == "The sender's key has changed")
    assert "HQ's" in warned
    new = field.trust.get(keys.public_identity(impostor)["sign"])
    assert new["role"] == "colleague" and new["label"] == "HQ Bamako"  # not HQ's key, not the bundle's name
    assert field.trust.hq() is None and bundle.default_recipients(field) == []

    # trusting another key as HQ while one is HQ's asks first (No by default)
    field.trust.add(keys.public_identity(other), role="hq", label="HQ (old)")
    newhq = Workspace(tmp_path / "n", clock=clock)
    (tmp_path / "k.json").write_text(__import__("json").dumps(keys.public_identity(newhq)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "k.json"), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda parent, title, label, items, *a, **k: (items[1], True))
    no_dialogs.replies["Trust a key"] = QMessageBox.StandardButton.Yes
    view.trust_key()
    assert any(title == "Replace HQ's key" for _, title, _ in no_dialogs)
    assert field.trust.hq()["sign"] == keys.public_identity(other)["sign"]  # unchanged: the answer was No
    ops.wait_all()
    for w in (hqws, field, impostor, other, newhq):
        w.close()
