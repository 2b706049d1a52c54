-- FieldKit schema step 10: the list of live incidents is read from an index alone. The incident list (every live
-- incident, newest first) used to look up each row in the table to check that it is not in the trash: at 100,000
-- incidents that read nearly every page of the table, and in an encrypted workspace decrypted each one. An index on
-- (deleted_at, occurred_at) holds what the list needs, in its order (the row id comes with every index entry); it
-- replaces the index on deleted_at alone, which the trash and the purge of old deletions use through it as well.
DROP INDEX idx_incidents_deleted;
CREATE INDEX idx_incidents_deleted_occurred ON incidents (deleted_at, occurred_at);
