-- FieldKit schema step 1: settings, incidents with tamper-evident history, attachments,
-- editor drafts, full-text search.  Append-only: never edit a step that has shipped.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE incidents (
    id TEXT PRIMARY KEY,                 -- UUID
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    occurred_at TEXT NOT NULL,           -- ISO 8601 UTC
    occurred_precision TEXT NOT NULL DEFAULT 'exact',
    reported_at TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    location_precision TEXT NOT NULL DEFAULT 'exact',
    category TEXT NOT NULL,
    severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 5),
    actors TEXT NOT NULL DEFAULT '[]',   -- JSON list of {"name", "type"}
    actors_text TEXT NOT NULL DEFAULT '',-- flattened for full-text search
    source_type TEXT NOT NULL DEFAULT '',
    source_reliability TEXT NOT NULL DEFAULT '',
    source_credibility TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',     -- JSON list of strings
    status TEXT NOT NULL DEFAULT 'final' CHECK (status IN ('draft', 'final')),
    sensitive INTEGER NOT NULL DEFAULT 0,
    device_id TEXT NOT NULL,             -- device that created it
    origin_device TEXT NOT NULL DEFAULT '', -- device whose bundle brought it (HQ fusion); '' = local
    deleted_at TEXT,                     -- in the trash when set
    version INTEGER NOT NULL DEFAULT 1,
    head_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_incidents_occurred ON incidents(occurred_at);
CREATE INDEX idx_incidents_category ON incidents(category);
CREATE INDEX idx_incidents_severity ON incidents(severity);
CREATE INDEX idx_incidents_latlon ON incidents(lat, lon);
CREATE INDEX idx_incidents_deleted ON incidents(deleted_at);
CREATE INDEX idx_incidents_updated ON incidents(updated_at);

CREATE TABLE incident_versions (
    id TEXT PRIMARY KEY,                 -- UUID of this version
    incident_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    content TEXT NOT NULL,               -- canonical JSON of the record at this version
    reason TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL DEFAULT '',
    hash TEXT NOT NULL,                  -- SHA-256 over content, prev_hash and metadata
    device_id TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (incident_id, version)
);
CREATE INDEX idx_incident_versions_incident ON incident_versions(incident_id);

CREATE TABLE attachments (
    sha256 TEXT PRIMARY KEY,             -- content address; the file lives at attachments/ab/abcdef...
    size INTEGER NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE incident_attachments (
    id TEXT PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL REFERENCES attachments(sha256),
    filename TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (incident_id, sha256)
);

-- The editor's autosave: whatever the user has typed, valid or not, kept until saved or discarded.
CREATE TABLE editor_drafts (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'incident',
    record_id TEXT,                      -- the record being edited, NULL for a new one
    data TEXT NOT NULL,                  -- JSON of the form fields
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Records purged from the trash: kept so that the deletion can travel to other devices.
CREATE TABLE tombstones (
    id TEXT PRIMARY KEY,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    deleted_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (record_type, record_id)
);

CREATE VIRTUAL TABLE incidents_fts USING fts5(
    title, description, place, actors_text,
    content='incidents', content_rowid='rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER incidents_ai AFTER INSERT ON incidents BEGIN
    INSERT INTO incidents_fts(rowid, title, description, place, actors_text)
    VALUES (new.rowid, new.title, new.description, new.place, new.actors_text);
END;
CREATE TRIGGER incidents_ad AFTER DELETE ON incidents BEGIN
    INSERT INTO incidents_fts(incidents_fts, rowid, title, description, place, actors_text)
    VALUES ('delete', old.rowid, old.title, old.description, old.place, old.actors_text);
END;
CREATE TRIGGER incidents_au AFTER UPDATE OF title, description, place, actors_text ON incidents BEGIN
    INSERT INTO incidents_fts(incidents_fts, rowid, title, description, place, actors_text)
    VALUES ('delete', old.rowid, old.title, old.description, old.place, old.actors_text);
    INSERT INTO incidents_fts(rowid, title, description, place, actors_text)
    VALUES (new.rowid, new.title, new.description, new.place, new.actors_text);
END;
