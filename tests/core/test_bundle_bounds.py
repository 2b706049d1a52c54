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
        raw = _rezip(_plain(pair), lambda it, s=seq: _resign(field, it, lambda m: m.__setitem__("sequence", s)))
        (tmp / f"{seq}.fkb").write_bytes(raw)
        clock.advance(minutes=1)
        bundle.import_bundle(hq, tmp / f"{seq}.fkb")
    (missing,) = bundle.missing_bundles(hq).values()
    assert missing[:3] == [2, 3, 4] and len(missing) == bundle.MISSING_LISTED


def _encrypted(pair, passphrase="correct horse"):
    field, hq, clock, tmp = pair
    bundle.export_bundle(field, tmp / "e.fkb", passphrase=passphrase, encrypt_to_hq=False)
    return (tmp / "e.fkb").read_bytes()


def test_the_passphrase_cost_is_never_taken_from_the_unsigned_envelope(pair):
    field, hq, clock, tmp = pair

    def costly(items):
        env = json.loads(items["envelope.json"])
        env["passphrase"]["memlimit"] = 2**31  # 2 GiB of memory for one guess
        items["envelope.json"] = json.dumps(env).encode()

    (tmp / "k.fkb").write_bytes(_rezip(_encrypted(pair), costly))
    tracemalloc.start()
    with pytest.raises(BundleDamaged, match="costlier"):
        bundle.import_bundle(hq, tmp / "k.fkb", passphrase="correct horse")
    peak = tracemalloc.get_traced_memory()[1]
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
    with pytest.raises(BundleDamaged, match="inflates"):
        bundle.import_bundle(hq, tmp / "bomb.fkb", passphrase="correct horse")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 256 << 20 and fingerprint_of(hq) == before


def test_a_plain_bundle_signed_for_another_device_is_not_imported(pair, tmp_path):
    from fieldkit.workspace import Workspace

    field, hq, clock, tmp = pair
    other = Workspace(tmp_path / "other", clock=clock)
    raw = _rezip(_plain(pair), lambda it: _resign(field, it, lambda m: m.__setitem__("destination", other.device_id)))
    (tmp / "d.fkb").write_bytes(raw)
    with pytest.raises(BundleNotForThisDevice):
        bundle.import_bundle(hq, tmp / "d.fkb")
    other.close()
