-- FieldKit schema step 4: UNIQUE (incident_id, version) already indexes incident_id; the extra index only
-- slowed down every write of a version (bundle imports at 100,000 incidents).
DROP INDEX IF EXISTS idx_incident_versions_incident;
