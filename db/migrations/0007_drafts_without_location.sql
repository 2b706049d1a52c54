-- FieldKit schema step 7: a draft incident may lack a location.
-- incidents.lat and incidents.lon become nullable: NULL for both (a draft whose place is not known yet) or a
-- number for both; only a draft may have none (fieldkit/incidents/fields.py validate is the judge, the CHECKs
-- below a last guard). SQLite cannot drop a NOT NULL constraint, so the table is rebuilt as its documentation
-- says (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"): a new table,
-- every row copied with its rowid (the full-text index incidents_fts refers to rows by rowid), the old table
-- dropped, the new one renamed, its indexes and full-text triggers made again. The runner
-- (fieldkit/storage.py) turns foreign keys off during a step, so that dropping the old table does not cascade
-- to incident_attachments, and checks them before the step commits. The columns keep their order and every
-- other constraint; incident_versions (the signed history) is not touched.

CREATE TABLE incidents_new (
    id TEXT PRIMARY KEY,                 -- UUID
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    occurred_at TEXT NOT NULL,           -- ISO 8601 UTC
    occurred_precision TEXT NOT NULL DEFAULT 'exact',
    reported_at TEXT NOT NULL,
    lat REAL,                            -- NULL with lon: a draft without a location yet
    lon REAL,
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
    updated_at TEXT NOT NULL,
    CHECK ((lat IS NULL) = (lon IS NULL)),
    CHECK (lat IS NOT NULL OR status = 'draft')
);

INSERT INTO incidents_new (
    rowid, id, title, description, occurred_at, occurred_precision, reported_at, lat, lon, place,
    location_precision, category, severity, actors, actors_text, source_type, source_reliability,
    source_credibility, tags, status, sensitive, device_id, origin_device, deleted_at, version, head_hash,
    created_at, updated_at
)
SELECT
    rowid, id, title, description, occurred_at, occurred_precision, reported_at, lat, lon, place,
    location_precision, category, severity, actors, actors_text, source_type, source_reliability,
    source_credibility, tags, status, sensitive, device_id, origin_device, deleted_at, version, head_hash,
    created_at, updated_at
FROM incidents ORDER BY rowid;

DROP TABLE incidents;                    -- its indexes and triggers go with it
ALTER TABLE incidents_new RENAME TO incidents;

CREATE INDEX idx_incidents_occurred ON incidents(occurred_at);
CREATE INDEX idx_incidents_category ON incidents(category);
CREATE INDEX idx_incidents_severity ON incidents(severity);
CREATE INDEX idx_incidents_latlon ON incidents(lat, lon);
CREATE INDEX idx_incidents_deleted ON incidents(deleted_at);
CREATE INDEX idx_incidents_updated ON incidents(updated_at);

-- the full-text index (incidents_fts, external content 'incidents', by rowid) is kept as it is: the rows kept
-- their rowids; its triggers are made again on the new table
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
