"""Trusting keys: fingerprints long enough to read aloud safely, never taken from a file, and a new key for a
device already trusted is a loud refusal until its replacement is chosen explicitly."""

import json

import pytest

from fieldkit.clock import FixedClock
from fieldkit.errors import BundleSignerKeyChanged, FieldkitError, KeyClaimsKnownDevice
from fieldkit.sync import bundle, keys
from tests.workspaces import Workspace


@pytest.fixture
def three(tmp_path):
    clock = FixedClock("2026-06-01T12:00:00Z")
    ws = [Workspace(tmp_path / n, clock=clock) for n in ("hq", "field", "impostor")]
    yield (*ws, clock, tmp_path)
    for w in ws:
        w.close()


def test_fingerprints_are_128_bits_in_groups_and_extend_the_old_ones(three):
    hq, field, _, _, _ = three
    fp = keys.public_identity(field)["fingerprint"]
    groups = fp.split(" ")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert int("".join(groups), 16).bit_length() <= 128 and len("".join(groups)) * 4 == 128
    old = " ".join(groups[:5])  # what FieldKit showed before: a key noted then is still found
    hq.trust.add(keys.public_identity(field))
    assert hq.trust.find(old)["sign"] == keys.public_identity(field)["sign"]
    assert hq.trust.get(keys.public_identity(field)["sign"])["fingerprint"] == fp


def test_a_fingerprint_written_in_a_key_file_is_never_believed(three):
    hq, field, impostor, _, tmp = three
    ident = keys.public_identity(impostor)
    forged = {**ident, "fingerprint": keys.public_identity(field)["fingerprint"]}
    (tmp / "k.json").write_text(json.dumps(forged))
    assert keys.read_public_key(tmp / "k.json")["fingerprint"] == ident["fingerprint"]
    (tmp / "bad.json").write_text(json.dumps({**ident, "device_id": "../../x"}))
    with pytest.raises(FieldkitError, match="not a FieldKit public key"):
        keys.read_public_key(tmp / "bad.json")


def test_a_key_claiming_a_trusted_device_is_refused_until_it_replaces_the_old(three):
    hq, field, impostor, _, _ = three
    hq.trust.add(keys.public_identity(field), role="hq")
    fake = {**keys.public_identity(impostor), "device_id": field.device_id}
    with pytest.raises(KeyClaimsKnownDevice, match="already trusted under another key"):
        hq.trust.add(fake)
    assert [k["sign"] for k in hq.trust.list()] == [keys.public_identity(field)["sign"]]
    k = hq.trust.add(fake, replace=True)
    assert [x["sign"] for x in hq.trust.list()] == [fake["sign"]]
    assert k["role"] == "colleague"  # a replacement never becomes HQ's key unless named so
    assert k["label"] == keys.public_identity(field)["label"]  # and keeps the name it was trusted under


def test_a_bundle_signed_by_a_new_key_for_a_trusted_device_is_refused_even_with_trust(three, incident_data):
    hq, field, impostor, clock, tmp = three
    hq.trust.add(keys.public_identity(field))
    impostor.settings.set("device_id", field.device_id)  # poses as the field laptop, with its own key
    impostor.settings.set("device_label", "Gao laptop")
    impostor.incidents.add(incident_data)
    bundle.export_bundle(impostor, tmp / "i.fkb", encrypt_to_hq=False, plain=True)
    with pytest.raises(BundleSignerKeyChanged) as e:
        bundle.import_bundle(hq, tmp / "i.fkb", trust=True)
    assert e.value.params["known_fp"] == keys.public_identity(field)["fingerprint"]
    assert e.value.params["fp"] == keys.public_identity(impostor)["fingerprint"]
    assert hq.counts()["incidents"] == 0 and hq.trust.get(keys.public_identity(impostor)["sign"]) is None
    rep = bundle.import_bundle(hq, tmp / "i.fkb", trust=True, replace_key=True)  # the owner confirmed a new key
    assert rep["added"] == 1 and hq.trust.get(keys.public_identity(field)["sign"]) is None


def test_a_trusted_key_may_only_speak_for_its_own_device(three, incident_data):
    hq, field, colleague, clock, tmp = three
    hq.trust.add(keys.public_identity(field))
    hq.trust.add(keys.public_identity(colleague))  # trusted, but as the colleague's laptop
    colleague.settings.set("device_id", field.device_id)  # now claims to be the field laptop
    colleague.incidents.add(incident_data)
    bundle.export_bundle(colleague, tmp / "c.fkb", encrypt_to_hq=False, plain=True)
    with pytest.raises(bundle.BundleError, match="signed with the key of another device"):
        bundle.import_bundle(hq, tmp / "c.fkb", trust=True)
    assert hq.counts()["incidents"] == 0


def test_ids_are_accepted_only_in_the_form_fieldkit_writes():
    from fieldkit.ids import is_uuid, new_id

    rid = new_id()
    assert is_uuid(rid)
    for other in (rid.upper(), "{" + rid + "}", "urn:uuid:" + rid, rid.replace("-", ""), " " + rid, None, 7):
        assert not is_uuid(other)


def test_a_bundle_whose_signer_has_no_valid_encryption_key_is_refused(three, incident_data):
    from .test_sync import _rezip

    hq, field, _, clock, tmp = three
    field.incidents.add(incident_data)
    bundle.export_bundle(field, tmp / "f.fkb", encrypt_to_hq=False, plain=True)
    signing = keys.device_keys(field).signing

    def bad_box(items):
        m = json.loads(items["manifest.json"])
        m["signer"]["box"] = "zz" * 32
        items["manifest.json"] = json.dumps(m).encode()
        items["manifest.sig"] = signing.sign(items["manifest.json"]).signature.hex().encode()

    (tmp / "b.fkb").write_bytes(_rezip((tmp / "f.fkb").read_bytes(), bad_box))
    with pytest.raises(bundle.BundleError, match="no valid encryption key"):
        bundle.import_bundle(hq, tmp / "b.fkb", trust=True)
    assert hq.trust.list() == [] and hq.counts()["incidents"] == 0


def test_text_from_others_is_shown_as_one_plain_line():
    from fieldkit.text import one_line

    assert one_line("Gao\nKey fingerprint: AAAA\r\n\n\n") == "Gao Key fingerprint: AAAA"
    assert one_line("evil\u202egnp.exe\u200b") == "evilgnp.exe"
    assert one_line("\x1b[8mhidden\x1b[0m") == "[8mhidden[0m"
    assert one_line("x" * 100, 10) == "x" * 9 + "…"
