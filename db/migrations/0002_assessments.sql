-- FieldKit schema step 2: "Spotting the Spoilers" assessments, their answers and history.

CREATE TABLE assessments (
    id TEXT PRIMARY KEY,
    checklist_id TEXT NOT NULL,
    checklist_version TEXT NOT NULL,
    area_name TEXT NOT NULL,
    area_lat REAL,
    area_lon REAL,
    area_bbox TEXT,                      -- JSON [min_lon, min_lat, max_lon, max_lat] or NULL
    period_start TEXT NOT NULL,          -- ISO date
    period_end TEXT NOT NULL,
    assessor TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
    based_on TEXT,                       -- the assessment this one started from
    position TEXT NOT NULL DEFAULT '',   -- question id where the user was, for resuming
    device_id TEXT NOT NULL,
    origin_device TEXT NOT NULL DEFAULT '',
    deleted_at TEXT,
    version INTEGER NOT NULL DEFAULT 0,  -- 0 until first finalised
    head_hash TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_assessments_area ON assessments(area_name);

CREATE TABLE answers (
    id TEXT PRIMARY KEY,
    assessment_id TEXT NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    value TEXT NOT NULL,                 -- JSON
    note TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '[]', -- JSON list of incident ids
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
    UNIQUE (assessment_id, version)
);
