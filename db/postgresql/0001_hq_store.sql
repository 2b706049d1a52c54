-- FieldKit HQ store on PostgreSQL + PostGIS, schema step 1 (docs/hq-postgresql.md).
-- The same tables and columns as the SQLite workspace after its step 9 (db/migrations), so that a row copies across
-- unchanged and every version hash and signature stays valid: text stays text (the canonical JSON and the times
-- are hashed as stored), REAL is double precision. PostgreSQL adds what SQLite lacks: the location as a PostGIS
-- point (generated from lat/lon, GIST index) and full-text search (unaccent + the 'simple' and French configurations,
-- a generated tsvector, GIN index). Append-only: never edit a step that has shipped.
-- The extensions need a superuser (or a trusted-extension owner) the first time; on an existing server the
-- administrator creates them once (docs/hq-postgresql.md).

CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is STABLE (its dictionary could change), and a generated column needs an IMMUTABLE expression: text
-- search configurations whose word mappings go through the unaccent dictionary are what PostgreSQL's documentation
-- suggests (https://www.postgresql.org/docs/current/unaccent.html), and to_tsvector(regconfig, text) is immutable.
CREATE TEXT SEARCH CONFIGURATION fieldkit_simple (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION fieldkit_simple
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
CREATE TEXT SEARCH CONFIGURATION fieldkit_french (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION fieldkit_french
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    occurred_at TEXT NOT NULL,
    occurred_precision TEXT NOT NULL DEFAULT 'exact',
    reported_at TEXT NOT NULL,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    place TEXT NOT NULL DEFAULT '',
    location_precision TEXT NOT NULL DEFAULT 'exact',
    category TEXT NOT NULL,
    severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 5),
    actors TEXT NOT NULL DEFAULT '[]',
    actors_text TEXT NOT NULL DEFAULT '',
    source_type TEXT NOT NULL DEFAULT '',
    source_reliability TEXT NOT NULL DEFAULT '',
    source_credibility TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'final' CHECK (status IN ('draft', 'final')),
    sensitive INTEGER NOT NULL DEFAULT 0,
    device_id TEXT NOT NULL,
    origin_device TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    head_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    local_seq BIGINT NOT NULL DEFAULT 0,     -- the change number in the workspace that published the row
    geom geometry(Point, 4326) GENERATED ALWAYS AS (
        CASE WHEN lat IS NULL OR lon IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(lon, lat), 4326) END
    ) STORED,
    search tsvector GENERATED ALWAYS AS (
        to_tsvector('fieldkit_simple'::regconfig,
                    title || ' ' || description || ' ' || place || ' ' || actors_text)
        || to_tsvector('fieldkit_french'::regconfig,
                       title || ' ' || description || ' ' || place || ' ' || actors_text)
    ) STORED,
    CHECK ((lat IS NULL) = (lon IS NULL)),
    CHECK (lat IS NOT NULL OR status = 'draft')
);
CREATE INDEX idx_incidents_occurred ON incidents (occurred_at);
CREATE INDEX idx_incidents_category ON incidents (category);
CREATE INDEX idx_incidents_severity ON incidents (severity);
CREATE INDEX idx_incidents_deleted ON incidents (deleted_at);
CREATE INDEX idx_incidents_updated ON incidents (updated_at);
CREATE INDEX idx_incidents_geom ON incidents USING GIST (geom);
CREATE INDEX idx_incidents_search ON incidents USING GIN (search);

CREATE TABLE incident_versions (
    id TEXT PRIMARY KEY,
    incident_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    content TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL DEFAULT '',
    hash TEXT NOT NULL,
    device_id TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    signature TEXT NOT NULL DEFAULT '',
    signed_by TEXT NOT NULL DEFAULT '',
    UNIQUE (incident_id, version)
);

CREATE TABLE attachments (
    sha256 TEXT PRIMARY KEY,
    size BIGINT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE incident_attachments (
    id TEXT PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL REFERENCES attachments (sha256),
    filename TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (incident_id, sha256)
);

CREATE TABLE tombstones (
    id TEXT PRIMARY KEY,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    deleted_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    chain TEXT NOT NULL DEFAULT '[]',
    reason TEXT NOT NULL DEFAULT '',
    UNIQUE (record_type, record_id)
);

CREATE TABLE assessments (
    id TEXT PRIMARY KEY,
    checklist_id TEXT NOT NULL,
    checklist_version TEXT NOT NULL,
    area_name TEXT NOT NULL,
    area_lat DOUBLE PRECISION,
    area_lon DOUBLE PRECISION,
    area_bbox TEXT,
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    assessor TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'en',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
    based_on TEXT,
    position TEXT NOT NULL DEFAULT '',
    device_id TEXT NOT NULL,
    origin_device TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    version INTEGER NOT NULL DEFAULT 0,
    head_hash TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE answers (
    id TEXT PRIMARY KEY,
    assessment_id TEXT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    value TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (assessment_id, question_id)
);

CREATE TABLE assessment_versions (
    id TEXT PRIMARY KEY,
    assessment_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    content TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL DEFAULT '',
    hash TEXT NOT NULL,
    device_id TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    signature TEXT NOT NULL DEFAULT '',
    signed_by TEXT NOT NULL DEFAULT '',
    UNIQUE (assessment_id, version)
);

CREATE TABLE trusted_keys (
    id TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    box_key TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'colleague' CHECK (role IN ('colleague', 'hq')),
    fingerprint TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    seal TEXT NOT NULL DEFAULT '',
    checked TEXT NOT NULL DEFAULT 'first-use' CHECK (checked IN ('first-use', 'fingerprint', 'hq')),
    epoch INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE device_keys (
    sign_key TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    vouched_by TEXT NOT NULL,
    seal TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_device_keys_device ON device_keys (device_id);

CREATE TABLE bundle_exports (
    id TEXT PRIMARY KEY,
    destination TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    since TEXT,
    up_to TEXT NOT NULL,
    counts TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    base_sequence INTEGER NOT NULL DEFAULT 0,
    local_seq BIGINT NOT NULL DEFAULT 0,
    filters TEXT NOT NULL DEFAULT '{}',
    UNIQUE (destination, sequence)
);

-- A bundle counts once, whoever imported it and however many importers ran at once (ON CONFLICT DO NOTHING).
CREATE TABLE bundle_imports (
    id TEXT PRIMARY KEY,
    bundle_sha256 TEXT NOT NULL UNIQUE,
    device_id TEXT NOT NULL,
    device_label TEXT NOT NULL DEFAULT '',
    destination TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    bundle_created_at TEXT NOT NULL,
    report TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    base_sequence INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX idx_bundle_imports_device ON bundle_imports (device_id, destination, sequence);

CREATE TABLE conflicts (
    id TEXT PRIMARY KEY,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    remote_device TEXT NOT NULL,
    local_head TEXT NOT NULL,
    remote_head TEXT NOT NULL,
    remote_versions TEXT NOT NULL,
    resolved_at TEXT,
    resolution TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'edit' CHECK (kind IN ('edit', 'deletion')),
    UNIQUE (record_type, record_id, remote_head)
);

CREATE TABLE merged_heads (
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    head_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (record_type, record_id, head_hash)
);

CREATE TABLE revocations (
    sign_key TEXT PRIMARY KEY,
    device_id TEXT NOT NULL,
    from_time TEXT NOT NULL,
    from_sequence INTEGER,
    reason TEXT NOT NULL DEFAULT '',
    issued_by TEXT NOT NULL,
    statement TEXT NOT NULL,
    signature TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE key_rotations (
    new_key TEXT PRIMARY KEY,
    old_key TEXT NOT NULL,
    device_id TEXT NOT NULL,
    statement TEXT NOT NULL,
    old_signature TEXT NOT NULL,
    new_signature TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_key_rotations_device ON key_rotations (device_id);

CREATE TABLE receipts (
    id TEXT PRIMARY KEY,
    direction TEXT NOT NULL CHECK (direction IN ('issued', 'received')),
    device_id TEXT NOT NULL,
    issued_by TEXT NOT NULL,
    destination TEXT NOT NULL,
    up_to_sequence INTEGER NOT NULL,
    up_to_time TEXT,
    body TEXT NOT NULL,
    signature TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_receipts_stream ON receipts (direction, device_id, destination, up_to_sequence);

-- The HQ workspaces that publish into this store: which one, its signing key (the key that vouches for what it
-- received), and the highest change number (incidents.local_seq) published so far.
CREATE TABLE hq_sources (
    device_id TEXT PRIMARY KEY,
    sign_key TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    published_seq BIGINT NOT NULL DEFAULT 0,
    tables TEXT NOT NULL DEFAULT '{}',      -- JSON: table -> SHA-256 of the rows published whole (unchanged: skipped)
    published_at TEXT NOT NULL
);

-- Read-only views for dashboards and QGIS (add the layer "hq_incidents", geometry column "geom", key "id"):
-- the live incidents (not in the trash, not drafts) with their point; sensitive ones are left out of
-- hq_incidents and kept in hq_incidents_all, which the analyst role may read.
CREATE VIEW hq_incidents_all AS
SELECT id, title, description, occurred_at, occurred_precision, reported_at, lat, lon, place, location_precision,
       category, severity, actors, source_type, source_reliability, source_credibility, tags, sensitive,
       device_id, origin_device, version, head_hash, created_at, updated_at, geom
FROM incidents
WHERE deleted_at IS NULL AND status = 'final' AND geom IS NOT NULL;

CREATE VIEW hq_incidents AS
SELECT * FROM hq_incidents_all WHERE sensitive = 0;

CREATE VIEW hq_daily_counts AS
SELECT substr(occurred_at, 1, 10) AS day, category, count(*) AS incidents, max(severity) AS max_severity
FROM hq_incidents_all
GROUP BY 1, 2;
