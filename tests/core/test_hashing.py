import random

from fieldkit.hashing import canonical_json, sha256_text, version_hash


def test_hand_written_envelope_equals_canonical_json():
    rng = random.Random(4)
    alphabet = 'aé"\\\n\t</>€😀\u2028 {}[],:'
    for _ in range(300):
        fields = {k: "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
                  for k in ("record_id", "content", "prev_hash", "reason", "created_at", "device_id", "author")}
        n = rng.randint(1, 10_000)
        expected = sha256_text(canonical_json({**fields, "version": n}))
        assert version_hash(version=n, **fields) == expected
