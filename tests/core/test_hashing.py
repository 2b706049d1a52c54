import random

from fieldkit.hashing import canonical_json, sha256_text, version_hash


def test_hand_written_envelope_equals_canonical_json():
    rng = random.Random(4)
    alphabet = 'aé"\\\n\t\r\b\f\x00\x01\x1f\x7f</>€😀\u2028\ufeff {}[],:'
    for _ in range(300):
        fields = {
            k: "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
            for k in ("record_id", "content", "prev_hash", "reason", "created_at", "device_id", "author")
        }
        n = rng.randint(1, 10_000)
        expected = sha256_text(canonical_json({**fields, "version": n}))
        assert version_hash(version=n, **fields) == expected


def test_text_that_is_not_unicode_is_refused_as_by_the_canonical_form():
    import pytest

    fields = dict(record_id="r", content="\ud800", prev_hash="", reason="", created_at="", device_id="d", author="")
    with pytest.raises(UnicodeEncodeError):
        sha256_text(canonical_json({**fields, "version": 1}))
    with pytest.raises(UnicodeEncodeError):
        version_hash(version=1, **fields)
