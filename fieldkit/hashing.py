"""Canonical JSON and SHA-256: the basis of tamper-evident history."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path


def canonical_json(obj) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while True:
            block = f.read(chunk)
            if not block:
                break
            h.update(block)
    return h.hexdigest()


def version_hash(*, record_id: str, version: int, content: str, prev_hash: str, reason: str,
                 created_at: str, device_id: str, author: str) -> str:
    """Hash of one stored version: its canonical content chained to the previous version's hash.

    Equal to ``sha256(canonical_json({...}))`` of the eight fields (keys in sorted order), written out by
    hand because it runs once per version on every import and verify (tests/core/test_hashing.py checks
    that both forms agree)."""
    d = _quote if type(author) is type(content) is type(created_at) is type(device_id) is type(prev_hash) \
        is type(reason) is type(record_id) is str else _dumps
    envelope = (f'{{"author":{d(author)},"content":{d(content)},"created_at":{d(created_at)},"device_id":{d(device_id)},'
                f'"prev_hash":{d(prev_hash)},"reason":{d(reason)},"record_id":{d(record_id)},"version":{int(version)}}}')
    return sha256_text(envelope)


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_quote = json.encoder.encode_basestring  # what _dumps does for a str, without the Python-level dispatch
