-- FieldKit schema step 11: what an analyst records per assessment besides the checklist answers (issue 18):
-- the key judgements of the report's front page (when the analyst overrides the derived ones), the criminal markets
-- present (one row per market code of the criminal_market vocabulary) and the actors (one row per actor name).
-- One writer: fieldkit/checklists/records.py (AssessmentRecords). Deleting an assessment's rows goes with it.

CREATE TABLE assessment_judgements (
    assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,           -- 1, 2, 3... as printed
    text TEXT NOT NULL,
    likelihood TEXT NOT NULL,            -- an estimative term code (records.LIKELIHOOD)
    confidence TEXT NOT NULL,            -- low / moderate / high
    updated_at TEXT NOT NULL,
    PRIMARY KEY (assessment_id, position)
);

CREATE TABLE assessment_markets (
    assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    market TEXT NOT NULL,                -- criminal_market vocabulary code
    scale INTEGER,                       -- 0-4: size and reach (value, volumes, people involved); NULL = unknown
    harm INTEGER,                        -- 0-4: harm to people, the state, the economy, the environment
    trend TEXT NOT NULL DEFAULT 'unknown',  -- rising / stable / falling / unknown
    origin TEXT NOT NULL DEFAULT '',
    transit TEXT NOT NULL DEFAULT '',
    destination TEXT NOT NULL DEFAULT '',
    prices TEXT NOT NULL DEFAULT '',
    seizures TEXT NOT NULL DEFAULT '',
    actors TEXT NOT NULL DEFAULT '[]',   -- JSON list of actor names (rows of assessment_actors by name)
    note TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (assessment_id, market)
);

CREATE TABLE assessment_actors (
    assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    name TEXT NOT NULL COLLATE NOCASE,
    type TEXT NOT NULL DEFAULT 'UNKNOWN', -- actor_type vocabulary code
    role TEXT NOT NULL DEFAULT '',       -- actor_role vocabulary code: the actor's place in the chain
    capability INTEGER,                  -- 0-4; NULL = unknown
    armed_links TEXT NOT NULL DEFAULT 'unknown',  -- none / some / strong / unknown
    state_links TEXT NOT NULL DEFAULT 'unknown',
    trend TEXT NOT NULL DEFAULT 'unknown',
    note TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (assessment_id, name)
);

-- Incidents name the criminal markets they bear on (the same codes) and how many people were killed. Both are
-- editable fields left out of a version's content while at their default ([] and NULL), so every version written
-- before this step, and every bundle from an earlier FieldKit, keeps its content and hash (docs/bundle-format.md).
ALTER TABLE incidents ADD COLUMN markets TEXT NOT NULL DEFAULT '[]';  -- JSON list of criminal_market codes, sorted
ALTER TABLE incidents ADD COLUMN fatalities INTEGER;                 -- NULL = not known / not recorded
