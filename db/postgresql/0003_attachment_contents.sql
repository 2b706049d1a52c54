-- FieldKit HQ store on PostgreSQL, schema step 3: the attachments' contents. Until this step the store held an
-- attachment's hash, size and name only, and the file stayed in the HQ workspace's folder; now every publication
-- also sends the plain content of each attachment the store lacks, in blocks of 1 MiB (so neither side ever holds a
-- whole video in memory), and 'hq verify' recomputes each one's SHA-256 from its blocks. An attachment is complete
-- when its blocks are numbered 0..n-1 and add up to attachments.size. The viewer role reads none of it (it reads the
-- views only); the analyst reads it, as it reads sensitive incidents (docs/hq-postgresql.md).
CREATE TABLE attachment_blocks (
    sha256 TEXT NOT NULL REFERENCES attachments (sha256) ON DELETE CASCADE,
    n INTEGER NOT NULL CHECK (n >= 0),
    data BYTEA NOT NULL,
    PRIMARY KEY (sha256, n)
);
-- PostgreSQL compresses large values itself; photos and videos do not compress: keep them as they are
ALTER TABLE attachment_blocks ALTER COLUMN data SET STORAGE EXTERNAL;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fieldkit_importer') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON attachment_blocks TO fieldkit_importer;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fieldkit_analyst') THEN
        GRANT SELECT ON attachment_blocks TO fieldkit_analyst;
    END IF;
END
$$;
