-- FieldKit HQ store on PostgreSQL, schema step 4: the bundle inbox. Any machine with the importer role hands
-- bundles to the store ('fieldkit hq submit'), several at once, without the HQ workspace or its keys (a bundle is
-- encrypted to HQ: a submitter can neither read it nor change it unseen). The HQ workspace's merge service
-- ('fieldkit hq serve') takes each waiting bundle under a row lock (FOR UPDATE SKIP LOCKED: two services never take
-- the same one), imports it with the one merge engine, publishes the result, and writes the outcome back here.
-- The same file submitted twice by one desk (at once, or again later) is one entry. A desk that only hands bundles
-- in logs in with a role in fieldkit_submitter: it may add an entry (never set its state or its submitter) and the
-- blocks of its own entry in the transaction that made it (a row-level policy made by 'hq init'), and read the
-- inbox; nothing else.
CREATE TABLE bundle_inbox (
    id TEXT PRIMARY KEY CHECK (id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
    sha256 TEXT NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size BIGINT NOT NULL CHECK (size BETWEEN 0 AND 8589934592),  -- the most a bundle's reader takes (8 GiB)
    name TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 200),  -- the file name given (shown as plain text)
    submitted_by TEXT NOT NULL DEFAULT current_user,
    submitted_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'imported', 'refused')),
    handled_at TIMESTAMPTZ,
    handled_by TEXT NOT NULL DEFAULT '',         -- the HQ workspace's device id
    report TEXT NOT NULL DEFAULT '{}',           -- JSON: the import's counts, or the refusal's plain sentence
    -- one entry per file and desk: a desk cannot squat another's file by handing in junk under its hash (the same
    -- file from two desks is imported twice, and the second import changes nothing)
    UNIQUE (sha256, submitted_by)
);
CREATE INDEX idx_bundle_inbox_waiting ON bundle_inbox (submitted_at) WHERE state = 'waiting';

-- the file, in blocks of 1 MiB, until it is imported (a refused one keeps them: it may be retried)
CREATE TABLE bundle_inbox_blocks (
    inbox_id TEXT NOT NULL REFERENCES bundle_inbox (id) ON DELETE CASCADE,
    n INTEGER NOT NULL CHECK (n >= 0),
    data BYTEA NOT NULL CHECK (octet_length(data) BETWEEN 1 AND 1048576),
    PRIMARY KEY (inbox_id, n)
);
ALTER TABLE bundle_inbox_blocks ALTER COLUMN data SET STORAGE EXTERNAL;

-- a block goes only into an entry its role made in the same transaction (submitted_at is the transaction's start):
-- no desk can spoil, or hold up, another desk's bundle by adding blocks to it. Who may read or delete blocks is
-- the grants' business (the importer, the analysts); the schema's owner is not bound by policies.
ALTER TABLE bundle_inbox_blocks ENABLE ROW LEVEL SECURITY;
CREATE POLICY fieldkit_blocks_own_entry ON bundle_inbox_blocks FOR INSERT WITH CHECK (
    EXISTS (SELECT 1 FROM bundle_inbox b WHERE b.id = inbox_id AND b.submitted_by = current_user
            AND b.submitted_at = now() AND b.state = 'waiting'));
CREATE POLICY fieldkit_blocks_read ON bundle_inbox_blocks FOR SELECT USING (true);
CREATE POLICY fieldkit_blocks_delete ON bundle_inbox_blocks FOR DELETE USING (true);

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
