"""Canonical JSON and SHA-256: the basis of tamper-evident history."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import orjson


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


def version_hash(
    *,
    record_id: str,
    version: int,
    content: str,
    prev_hash: str,
    reason: str,
    created_at: str,
    device_id: str,
    author: str,
) -> str:
    """Hash of one stored version: its canonical content chained to the previous version's hash.

    Equal to ``sha256(canonical_json({...}))`` of the eight fields (keys in sorted order), written out by
    hand because it runs once per version on every import and verify (tests/core/test_hashing.py checks
    that both forms agree)."""
    if (
        type(author)
        is type(content)
        is type(created_at)
        is type(device_id)
        is type(prev_hash)
        is type(reason)
        is type(record_id)
        is str
    ):
        return version_hash_text(record_id, int(version), content, prev_hash, reason, created_at, device_id, author)
    d = _dumps
    envelope = (
        f'{{"author":{d(author)},"content":{d(content)},"created_at":{d(created_at)},"device_id":{d(device_id)},'
        f'"prev_hash":{d(prev_hash)},"reason":{d(reason)},"record_id":{d(record_id)},"version":{int(version)}}}'
    )
    return sha256_text(envelope)


def version_hash_text(
    record_id: str,
    version: int,
    content: str,
    prev_hash: str,
    reason: str,
    created_at: str,
    device_id: str,
    author: str,
) -> str:
    """``version_hash`` for arguments already known to be text (and an int version): the bulk-import path."""
    q = _quote
    try:  # the content is long and full of quotes: orjson writes the same JSON string, faster
        body = orjson.dumps(content)
    except TypeError:  # not valid Unicode (a lone surrogate): the json module's form, which encode() then refuses
        body = q(content).encode()
    h = hashlib.sha256(f'{{"author":{q(author)},"content":'.encode())
    h.update(body)
    h.update(
        f',"created_at":{q(created_at)},"device_id":{q(device_id)},"prev_hash":{q(prev_hash)},"reason":{q(reason)},'
        f'"record_id":{q(record_id)},"version":{version}}}'.encode()
    )
    return h.hexdigest()


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_quote = json.encoder.encode_basestring  # what _dumps does for a str, without the Python-level dispatch
