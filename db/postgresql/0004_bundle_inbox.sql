-- FieldKit HQ store on PostgreSQL, schema step 4: the bundle inbox. Any machine with the importer role hands
-- bundles to the store ('fieldkit hq submit'), several at once, without the HQ workspace or its keys (a bundle is
-- encrypted to HQ: a submitter can neither read it nor change it unseen). The HQ workspace's merge service
-- ('fieldkit hq serve') takes each waiting bundle under a row lock (FOR UPDATE SKIP LOCKED: two services never take
-- the same one), imports it with the one merge engine, publishes the result, and writes the outcome back here.
-- The same file submitted twice (by two people at once, or again later) is one entry: sha256 is unique. A desk that
-- only hands bundles in logs in with a role in fieldkit_submitter: it may add an entry (never set its state or its
-- submitter) and its blocks, and read the inbox; nothing else.
CREATE TABLE bundle_inbox (
    id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    size BIGINT NOT NULL CHECK (size >= 0),
    name TEXT NOT NULL DEFAULT '',               -- the file name the submitter gave (shown as plain text)
    submitted_by TEXT NOT NULL DEFAULT current_user,
    submitted_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'imported', 'refused')),
    handled_at TIMESTAMPTZ,
    handled_by TEXT NOT NULL DEFAULT '',         -- the HQ workspace's device id
    report TEXT NOT NULL DEFAULT '{}'            -- JSON: the import's counts, or the refusal's plain sentence
);
CREATE INDEX idx_bundle_inbox_waiting ON bundle_inbox (submitted_at) WHERE state = 'waiting';

-- the file, in blocks of 1 MiB, until it is imported (a refused one keeps them: it may be retried)
CREATE TABLE bundle_inbox_blocks (
    inbox_id TEXT NOT NULL REFERENCES bundle_inbox (id) ON DELETE CASCADE,
    n INTEGER NOT NULL CHECK (n >= 0),
    data BYTEA NOT NULL,
    PRIMARY KEY (inbox_id, n)
);
ALTER TABLE bundle_inbox_blocks ALTER COLUMN data SET STORAGE EXTERNAL;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fieldkit_importer') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON bundle_inbox, bundle_inbox_blocks TO fieldkit_importer;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fieldkit_analyst') THEN
        GRANT SELECT ON bundle_inbox TO fieldkit_analyst;
    END IF;
    -- (the submitter role, for the desks that only hand bundles in, is made by the next 'hq init')
END
$$;
