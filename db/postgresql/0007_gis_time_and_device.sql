-- FieldKit HQ store on PostgreSQL, schema step 7: the layers GIS staff and dashboards open carry the incident's time
-- as a timestamp (QGIS's temporal controller and a dashboard's time filter need one; occurred_at stays the text the
-- workspace signed) and the label of the device that first reported it (the trusted key's label, the newest one
-- when a device's key was replaced), so a layer can be styled or filtered by device.

-- a stored time that is not one (never written by FieldKit, which validates every time) gives no timestamp rather
-- than an error for every reader of the layer
CREATE FUNCTION fieldkit_time(t TEXT) RETURNS TIMESTAMPTZ LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, public AS $$
BEGIN
    RETURN t::timestamptz;
EXCEPTION WHEN others THEN
    RETURN NULL;
END
$$;

-- a device's label is looked up per incident
CREATE INDEX idx_trusted_keys_device ON trusted_keys (device_id, created_at);

-- the app's map counts the live incidents without a location (drafts) apart: a few rows, found without reading a
-- million (the rest of its summary comes from the map cells)
CREATE INDEX idx_incidents_unplaced ON incidents (sensitive) WHERE deleted_at IS NULL AND lat IS NULL;

-- columns appended: OR REPLACE keeps the views' grants
CREATE OR REPLACE VIEW hq_incidents_all AS
SELECT i.id, i.title, i.description, i.occurred_at, i.occurred_precision, i.reported_at, i.lat, i.lon, i.place,
       i.location_precision, i.category, i.severity, i.actors, i.source_type, i.source_reliability,
       i.source_credibility, i.tags, i.sensitive, i.device_id, i.origin_device, i.version, i.head_hash, i.created_at,
       i.updated_at, i.geom, i.markets, i.fatalities,
       fieldkit_time(i.occurred_at) AS occurred_time,
       (SELECT t.label FROM trusted_keys t WHERE t.device_id = i.origin_device
        ORDER BY t.created_at DESC LIMIT 1) AS origin_label
FROM incidents i
WHERE i.deleted_at IS NULL AND i.status = 'final' AND i.geom IS NOT NULL;

CREATE OR REPLACE VIEW hq_incidents AS
SELECT * FROM hq_incidents_all WHERE sensitive = 0;
