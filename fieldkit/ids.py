import os
import re
import time
import uuid

_CANONICAL = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def new_id() -> str:
    return str(uuid.uuid4())


def ordered_id_stream(value: int | None = None):
    """Fresh UUIDs (RFC 9562 version 7) that sort in the order they are made: a millisecond timestamp, then
    random bits incremented by one for each id (the "monotonic random" method).

    Rows written in bulk with these keys append to the end of the primary-key index instead of landing at
    random places in it (a bulk import writes far fewer pages)."""
    if value is None:  # ``value``: the first id as a 128-bit number (tests)
        ms = time.time_ns() // 1_000_000
        rand = int.from_bytes(os.urandom(10), "big")
        rand_a, rand_b = (
            rand >> 68,
            rand & ((1 << 40) - 1),
        )  # 22 free bits above rand_b: increments never reach the variant
        value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    low_bits = (1 << 48) - 1
    while True:  # the first four groups change only when the last one (48 bits) wraps around
        h = f"{value >> 48:020x}"
        prefix = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-"
        for low in range(value & low_bits, low_bits + 1):
            yield f"{prefix}{low:012x}"
        value = (value | low_bits) + 1


def is_uuid(value: str) -> bool:
    """True for an id in the one form FieldKit writes: lower-case hex, 8-4-4-4-12. Other spellings of the same
    UUID (upper case, braces, ``urn:uuid:``) are refused: two spellings would be two records."""
    return type(value) is str and _CANONICAL.fullmatch(value) is not None
