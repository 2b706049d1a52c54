-- FieldKit schema step 8: keys that live a life (docs/security.md, "Key lifecycle").
-- How each trusted key was checked: 'first-use' (accepted as it came, not checked), 'fingerprint' (its fingerprint
-- was compared out of band), 'hq' (listed in a config bundle signed by the HQ key trusted here). The seal of a row
-- covers it when it is not 'first-use' (rows sealed before this step stay valid).
ALTER TABLE trusted_keys ADD COLUMN checked TEXT NOT NULL DEFAULT 'first-use'
    CHECK (checked IN ('first-use', 'fingerprint', 'hq'));
-- HQ's encryption-key epoch the row's box_key belongs to (0: before epochs; a config bundle raises it).
ALTER TABLE trusted_keys ADD COLUMN epoch INTEGER NOT NULL DEFAULT 0;

-- Revocations of signing keys, each a statement signed by the HQ key that issued it (self-proving: no seal).
CREATE TABLE revocations (
    sign_key TEXT PRIMARY KEY,           -- hex Ed25519 key revoked
    device_id TEXT NOT NULL,
    from_time TEXT NOT NULL,             -- what the key signed at or after this time is refused
    from_sequence INTEGER,               -- and bundles of this sequence number or later (NULL: by time only)
    reason TEXT NOT NULL DEFAULT '',
    issued_by TEXT NOT NULL,             -- hex signing key of the HQ that signed the statement
    statement TEXT NOT NULL,             -- the statement as signed (canonical JSON)
    signature TEXT NOT NULL,             -- hex Ed25519 signature of the statement by issued_by
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- A device's announcement that its signing key changed: signed by the old key (and by the new one, proving it).
CREATE TABLE key_rotations (
    new_key TEXT PRIMARY KEY,
    old_key TEXT NOT NULL,
    device_id TEXT NOT NULL,
    statement TEXT NOT NULL,             -- canonical JSON as signed
    old_signature TEXT NOT NULL,
    new_signature TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_key_rotations_device ON key_rotations (device_id);

-- Receipts: what HQ confirmed it received from a device ('received': kept by the device; 'issued': written by HQ).
CREATE TABLE receipts (
    id TEXT PRIMARY KEY,
    direction TEXT NOT NULL CHECK (direction IN ('issued', 'received')),
    device_id TEXT NOT NULL,             -- the device whose bundles are confirmed
    issued_by TEXT NOT NULL,             -- hex signing key of the HQ that signed it
    destination TEXT NOT NULL,
    up_to_sequence INTEGER NOT NULL,     -- every bundle 1..N of this stream was received
    up_to_time TEXT,                     -- the 'created_at' of bundle N (what it covered), as the device wrote it
    body TEXT NOT NULL,                  -- canonical JSON as signed
    signature TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_receipts_stream ON receipts (direction, device_id, destination, up_to_sequence);

-- A bundle covers the sequence numbers base_sequence+1 .. sequence (an incremental bundle made after a receipt
-- carries again what was not confirmed).
ALTER TABLE bundle_imports ADD COLUMN base_sequence INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bundle_exports ADD COLUMN base_sequence INTEGER NOT NULL DEFAULT 0;
