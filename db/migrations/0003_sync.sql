-- FieldKit schema step 3: sync bundles — trusted keys, export sequences, import log, conflicts.

CREATE TABLE trusted_keys (
    id TEXT PRIMARY KEY,                 -- hex Ed25519 public (signing) key
    device_id TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    box_key TEXT NOT NULL,               -- hex X25519 public key, to encrypt bundles to this device
    role TEXT NOT NULL DEFAULT 'colleague' CHECK (role IN ('colleague', 'hq')),
    fingerprint TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE bundle_exports (
    id TEXT PRIMARY KEY,
    destination TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    since TEXT,                          -- NULL for a full export
    up_to TEXT NOT NULL,                 -- records changed up to this time are in the bundle
    counts TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (destination, sequence)
);

CREATE TABLE bundle_imports (
    id TEXT PRIMARY KEY,
    bundle_sha256 TEXT NOT NULL,
    device_id TEXT NOT NULL,
    device_label TEXT NOT NULL DEFAULT '',
    destination TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    bundle_created_at TEXT NOT NULL,
    report TEXT NOT NULL,                -- JSON: added, unchanged, updated, conflicts, rejected
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_bundle_imports_device ON bundle_imports(device_id, destination, sequence);

CREATE TABLE conflicts (
    id TEXT PRIMARY KEY,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    remote_device TEXT NOT NULL,
    local_head TEXT NOT NULL,
    remote_head TEXT NOT NULL,
    remote_versions TEXT NOT NULL,       -- JSON: the other device's whole chain, kept as it came
    resolved_at TEXT,
    resolution TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (record_type, record_id, remote_head)
);

-- A remote head already merged by a conflict resolution: importing it again changes nothing.
CREATE TABLE merged_heads (
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    head_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (record_type, record_id, head_hash)
);
