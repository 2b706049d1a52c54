-- FieldKit schema step 6: authority over records.
-- Every version carries the Ed25519 signature of its version hash and the key that made it (the key of the
-- device that saved it, or, for a version that came without one, of the device that received it: "vouched").
-- The signing keys known for each device (this device's, the trusted devices', those a trusted sender vouched
-- for) are kept, sealed by this device's key, as are the trusted keys. Rows present before this step are signed
-- (vouched) and sealed by this device when the step runs (fieldkit.workspace: _sign_existing).
ALTER TABLE incident_versions ADD COLUMN signature TEXT NOT NULL DEFAULT '';
ALTER TABLE incident_versions ADD COLUMN signed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE assessment_versions ADD COLUMN signature TEXT NOT NULL DEFAULT '';
ALTER TABLE assessment_versions ADD COLUMN signed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE trusted_keys ADD COLUMN seal TEXT NOT NULL DEFAULT '';

CREATE TABLE device_keys (
    sign_key TEXT PRIMARY KEY,           -- hex Ed25519 public key
    device_id TEXT NOT NULL,
    vouched_by TEXT NOT NULL,            -- 'self', 'trusted', or the device id of the sender who vouched for it
    seal TEXT NOT NULL,                  -- this device's signature of (sign_key, device_id, vouched_by)
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_device_keys_device ON device_keys (device_id);
