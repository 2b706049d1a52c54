-- FieldKit schema step 13: whether a device is known here by its records, answered from an index. A merge asks it for
-- the devices a bundle names (nobody may write under the name of a device met here); it used to read every device
-- id of every version for each bundle, which at HQ's scale (a million versions) cost more than the merge itself.
CREATE INDEX idx_incident_versions_device ON incident_versions (device_id);
CREATE INDEX idx_assessment_versions_device ON assessment_versions (device_id);
CREATE INDEX idx_incidents_device ON incidents (device_id);
