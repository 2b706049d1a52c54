-- FieldKit HQ store on PostgreSQL, schema step 2: the SQLite workspace's step 11 (issue 18), mirrored column for
-- column: incidents name the criminal markets they bear on and the people killed; an assessment's key judgements,
-- markets and actors. (The workspace's step 10 is an index of its own list and step 12 its map cells: the store
-- has its own spatial index and clusters, so neither is mirrored.)
ALTER TABLE incidents ADD COLUMN markets TEXT NOT NULL DEFAULT '[]';
ALTER TABLE incidents ADD COLUMN fatalities INTEGER;

CREATE TABLE assessment_judgements (
    assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    likelihood TEXT NOT NULL,
    confidence TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (assessment_id, position)
);

CREATE TABLE assessment_markets (
    assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    market TEXT NOT NULL,
    scale INTEGER,
    harm INTEGER,
    trend TEXT NOT NULL DEFAULT 'unknown',
    origin TEXT NOT NULL DEFAULT '',
    transit TEXT NOT NULL DEFAULT '',
    destination TEXT NOT NULL DEFAULT '',
    prices TEXT NOT NULL DEFAULT '',
    seizures TEXT NOT NULL DEFAULT '',
    actors TEXT NOT NULL DEFAULT '[]',
    note TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (assessment_id, market)
);

CREATE TABLE assessment_actors (
    assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    type TEXT NOT NULL DEFAULT 'UNKNOWN',
    role TEXT NOT NULL DEFAULT '',
    capability INTEGER,
    armed_links TEXT NOT NULL DEFAULT 'unknown',
    state_links TEXT NOT NULL DEFAULT 'unknown',
    trend TEXT NOT NULL DEFAULT 'unknown',
    note TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (assessment_id, name)
);

-- the layers GIS staff open carry them too (columns appended: OR REPLACE keeps the views' grants)
CREATE OR REPLACE VIEW hq_incidents_all AS
SELECT id, title, description, occurred_at, occurred_precision, reported_at, lat, lon, place, location_precision,
       category, severity, actors, source_type, source_reliability, source_credibility, tags, sensitive,
       device_id, origin_device, version, head_hash, created_at, updated_at, geom, markets, fatalities
FROM incidents
WHERE deleted_at IS NULL AND status = 'final' AND geom IS NOT NULL;

CREATE OR REPLACE VIEW hq_incidents AS
SELECT * FROM hq_incidents_all WHERE sensitive = 0;

-- the roles hq init made read and write these tables as they do the others (a store made before this step)
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fieldkit_importer') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON assessment_judgements, assessment_markets, assessment_actors
            TO fieldkit_importer;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fieldkit_analyst') THEN
        GRANT SELECT ON assessment_judgements, assessment_markets, assessment_actors TO fieldkit_analyst;
    END IF;
END
$$;
