"""Work before authentication is bounded: numbers in a manifest, key-derivation costs, inflation, destination."""

import io
import json
import tracemalloc
import zipfile

import pytest

from fieldkit.errors import BundleDamaged, BundleNotForThisDevice
from fieldkit.sync import bundle

from .test_sync import _plain, _resign, _rezip, fingerprint_of, pair  # noqa: F401 - the fixture


def test_a_sequence_number_out_of_range_is_refused_and_changes_nothing(pair):
    field, hq, clock, tmp = pair
    raw = _rezip(_plain(pair), lambda it: _resign(field, it, lambda m: m.__setitem__("sequence", 10**12)))
    (tmp / "big.fkb").write_bytes(raw)
    before = fingerprint_of(hq)
    with pytest.raises(BundleDamaged, match="out of range"):
        bundle.import_bundle(hq, tmp / "big.fkb")
    assert fingerprint_of(hq) == before


def test_missing_bundles_are_found_from_gaps_not_by_counting_every_number(pair):
    field, hq, clock, tmp = pair
    for seq in (1, 9_000_000):
        raw = _rezip(
            _plain(pair),
            lambda it, s=seq: _resign(field, it, lambda m: m.update(sequence=s, base_sequence=s - 1)),
        )
        (tmp / f"{seq}.fkb").write_bytes(raw)
        clock.advance(minutes=1)
        bundle.import_bundle(hq, tmp / f"{seq}.fkb")
    (missing,) = bundle.missing_bundles(hq).values()
    assert missing[:3] == [2, 3, 4] and len(missing) == bundle.MISSING_LISTED


def _encrypted(pair, passphrase="correct horse"):
    field, hq, clock, tmp = pair
    bundle.export_bundle(field, tmp / "e.fkb", passphrase=passphrase, encrypt_to_hq=False)
    return (tmp / "e.fkb").read_bytes()


def _legacy(plain: bytes, passphrase: str, ops: int, mem: int) -> bytes:
    """A bundle encrypted as FieldKit's format 1 did: one secretbox, the Argon2id costs written in the envelope."""
    import base64

    import nacl.pwhash
    import nacl.secret
    import nacl.utils

    key = nacl.utils.random(32)
    salt = nacl.utils.random(nacl.pwhash.argon2id.SALTBYTES)
    kek = nacl.pwhash.argon2id.kdf(
        32,
        passphrase.encode(),
        salt,
        opslimit=nacl.pwhash.argon2id.OPSLIMIT_INTERACTIVE,
        memlimit=nacl.pwhash.argon2id.MEMLIMIT_INTERACTIVE,
    )
    envelope = {
        "format": "fieldkit-bundle-encrypted",
        "format_version": 1,
        "cipher": "xsalsa20-poly1305",
        "recipients": [],
        "passphrase": {
            "kdf": "argon2id",
            "salt": base64.b64encode(salt).decode(),
            "opslimit": ops,
            "memlimit": mem,
            "wrapped_key": base64.b64encode(nacl.secret.SecretBox(kek).encrypt(key)).decode(),
        },
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        z.writestr("envelope.json", json.dumps(envelope))
        z.writestr("payload.bin", nacl.secret.SecretBox(key).encrypt(plain))
    return out.getvalue()


def test_the_passphrase_cost_is_never_taken_from_the_unsigned_envelope(pair):
    import nacl.pwhash

    field, hq, clock, tmp = pair

    def costly(items):
        env = json.loads(items["envelope.json"])
        env["passphrase"]["memlimit"] = 2**31  # 2 GiB of memory for one guess
        env["passphrase"]["opslimit"] = 10**6
        items["envelope.json"] = json.dumps(env).encode()

    # format 2: the cost is fixed by the format; what the envelope says is never read
    (tmp / "k.fkb").write_bytes(_rezip(_encrypted(pair), costly))
    assert bundle.import_bundle(hq, tmp / "k.fkb", passphrase="correct horse")["added"] == 3
    # format 1 wrote the cost in the envelope: it is bounded before any work
    interactive = nacl.pwhash.argon2id.OPSLIMIT_INTERACTIVE, nacl.pwhash.argon2id.MEMLIMIT_INTERACTIVE
    (tmp / "old.fkb").write_bytes(_legacy(_plain(pair), "correct horse", *interactive))
    assert bundle.import_bundle(hq, tmp / "old.fkb", passphrase="correct horse")["unchanged"] == 3
    (tmp / "old-costly.fkb").write_bytes(_legacy(_plain(pair), "correct horse", 10**6, 2**31))
    tracemalloc.start()
    try:
        with pytest.raises(BundleDamaged, match="costlier"):
            bundle.import_bundle(hq, tmp / "old-costly.fkb", passphrase="correct horse")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 256 << 20


def test_an_encrypted_payload_that_would_inflate_is_refused_before_it_is_read(pair):
    field, hq, clock, tmp = pair
    envelope = zipfile.ZipFile(io.BytesIO(_encrypted(pair))).read("envelope.json")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("envelope.json", envelope)
        z.writestr("payload.bin", b"\0" * (300 << 20))  # 300 MB of zeros: a few hundred KB in the file
    (tmp / "bomb.fkb").write_bytes(out.getvalue())
    assert (tmp / "bomb.fkb").stat().st_size < 2 << 20
    before = fingerprint_of(hq)
    tracemalloc.start()
    try:
        with pytest.raises(BundleDamaged, match="inflates"):
            bundle.import_bundle(hq, tmp / "bomb.fkb", passphrase="correct horse")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 256 << 20 and fingerprint_of(hq) == before


def test_a_plain_bundle_signed_for_another_device_is_not_imported(pair, tmp_path):
    from tests.workspaces import Workspace

    field, hq, clock, tmp = pair
    other = Workspace(tmp_path / "other", clock=clock)
    raw = _rezip(_plain(pair), lambda it: _resign(field, it, lambda m: m.__setitem__("destination", other.device_id)))
    (tmp / "d.fkb").write_bytes(raw)
    with pytest.raises(BundleNotForThisDevice):
        bundle.import_bundle(hq, tmp / "d.fkb")
    other.close()


def _peak_while_refused(fn, match):
    tracemalloc.start()
    try:
        with pytest.raises(BundleDamaged, match=match):
            fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


BIG = 280 << 20  # more than the memory budget: holding it whole would show


def test_a_large_forged_encrypted_payload_is_refused_at_its_first_chunk_in_bounded_memory(pair):
    field, hq, clock, tmp = pair
    envelope = zipfile.ZipFile(io.BytesIO(_encrypted(pair))).read("envelope.json")
    with zipfile.ZipFile(tmp / "forged.fkb", "w", zipfile.ZIP_STORED) as z:
        z.writestr("envelope.json", envelope)
        with z.open("payload.bin", "w", force_zip64=True) as f:
            block = bytes(range(256)) * 4096
            for _ in range(BIG // len(block)):
                f.write(block)
    before = fingerprint_of(hq)
    peak = _peak_while_refused(
        lambda: bundle.import_bundle(hq, tmp / "forged.fkb", passphrase="correct horse"), "fail authentication"
    )
    assert peak < 256 << 20 and fingerprint_of(hq) == before
    assert not any((hq.folder / "tmp").iterdir())  # no scratch file left behind


def test_a_large_member_that_does_not_match_its_hash_is_refused_in_bounded_memory(pair):
    field, hq, clock, tmp = pair
    name = "attachments/" + "ab" * 32
    src = zipfile.ZipFile(io.BytesIO(_plain(pair)))
    items = {n: src.read(n) for n in src.namelist()}
    m = json.loads(items["manifest.json"])
    m["members"][name] = {"sha256": "cd" * 32, "size": BIG}
    m["counts"]["attachments"] += 1
    items["manifest.json"] = json.dumps(m).encode()
    from fieldkit.sync import keys

    items["manifest.sig"] = keys.device_keys(field).signing.sign(items["manifest.json"]).signature.hex().encode()
    with zipfile.ZipFile(tmp / "big.fkb", "w", zipfile.ZIP_STORED) as z:
        for n, d in items.items():
            z.writestr(n, d)
        with z.open(name, "w", force_zip64=True) as f:
            block = bytes(range(256)) * 4096
            for _ in range(BIG // len(block)):
                f.write(block)
    before = fingerprint_of(hq)
    peak = _peak_while_refused(lambda: bundle.import_bundle(hq, tmp / "big.fkb"), "does not match its recorded hash")
    assert peak < 256 << 20 and fingerprint_of(hq) == before


def test_large_attachments_of_a_bundle_refused_late_never_sit_in_memory(pair):
    """Attachments that match their hashes wait in scratch files beyond a small budget: a bundle refused after its
    members were read (an unreadable deletion record) stays within the memory bound, and leaves no scratch file."""
    import hashlib

    from fieldkit.sync import keys

    field, hq, clock, tmp = pair
    src = zipfile.ZipFile(io.BytesIO(_plain(pair)))
    items = {n: src.read(n) for n in src.namelist()}
    items["records/tombstones.jsonl"] = b'{"record_type": "incident", "record_id": "not-a-uuid"}\n'
    import random

    bodies = {}
    for i in range(3):  # 300 MB of photos in all, as they would come: they do not compress
        body = random.Random(i).randbytes(100 << 20)
        bodies["attachments/" + hashlib.sha256(body).hexdigest()] = body
    m = json.loads(items["manifest.json"])
    for name, body in [*items.items(), *bodies.items()]:
        if name.startswith("records/") or name.startswith("attachments/"):
            m["members"][name] = {"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)}
    items["manifest.json"] = json.dumps(m).encode()
    items["manifest.sig"] = keys.device_keys(field).signing.sign(items["manifest.json"]).signature.hex().encode()
    with zipfile.ZipFile(tmp / "late.fkb", "w", zipfile.ZIP_STORED) as z:
        for n, d in [*items.items(), *bodies.items()]:
            z.writestr(n, d)
    del bodies
    before = fingerprint_of(hq)
    tracemalloc.start()
    try:
        with pytest.raises(BundleDamaged, match="tombstone record in the bundle is not readable"):
            bundle.import_bundle(hq, tmp / "late.fkb")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 256 << 20 and fingerprint_of(hq) == before
    assert not [p for p in (hq.folder / "tmp").iterdir()]


def test_a_large_attachment_comes_in_through_a_scratch_file_and_nothing_is_left(pair, incident_data):
    import gc
    import random

    field, hq, clock, tmp = pair
    video = tmp / "v.mp4"
    video.write_bytes(random.Random(7).randbytes(40 << 20))  # above the in-memory budget for one member
    field.incidents.add({**incident_data, "title": "Filmed"}, attachments=[video])
    bundle.export_bundle(field, tmp / "b.fkb", encrypt_to_hq=False, plain=True)
    rep = bundle.import_bundle(hq, tmp / "b.fkb")
    assert rep["added"] == 4  # the pair's two incidents, its assessment, and the filmed one
    rec = next(r for r in hq.incidents.search() if r["title"] == "Filmed")
    [att] = hq.incidents.get(rec["id"])["attachments"]
    assert hq.incidents.open_attachment(att["sha256"]).read_bytes() == video.read_bytes()
    gc.collect()
    assert not [p for p in (hq.folder / "tmp").iterdir()] and hq.verify()["ok"]
