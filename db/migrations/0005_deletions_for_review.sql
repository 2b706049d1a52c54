-- FieldKit schema step 5: deletions that lose nothing.
-- A tombstone remembers the versions the deleting device had (chain: a JSON list of version hashes) and why it
-- deleted; an incoming
-- deletion of a record the receiver changed since, or of the receiver's own record, is held as a conflict of
-- kind 'deletion' (the record goes to the trash) instead of removing it for good.
ALTER TABLE tombstones ADD COLUMN chain TEXT NOT NULL DEFAULT '[]';
ALTER TABLE tombstones ADD COLUMN reason TEXT NOT NULL DEFAULT '';
ALTER TABLE conflicts ADD COLUMN kind TEXT NOT NULL DEFAULT 'edit' CHECK (kind IN ('edit', 'deletion'));
