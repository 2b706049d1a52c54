-- FieldKit HQ store on PostgreSQL, schema step 5: the map's cluster index, the grid of the workspace's step 12
-- (db/migrations/0012_map_index.sql): a cell of level z (0..12 here: HQ's analysts zoom into towns holding tens of
-- thousands of incidents; the workspace stores 0..9) is 90 / 2^z degrees on each side, cx =
-- floor((lon + 180) / size), cy = floor((lat + 90) / size), counted per category, severity and sensitivity for the
-- incidents not in the trash that have a location (n incidents whose latitudes and longitudes add up to slat and
-- slon: a cluster is drawn at their mean). A view of the map then reads a few hundred cells, not a million rows.
-- Kept by statement triggers over transition tables: a publication's COPY or upsert of a thousand incidents
-- updates the cells in one grouped statement, not a thousand.
CREATE TABLE map_levels (
    z INTEGER PRIMARY KEY,
    size DOUBLE PRECISION NOT NULL
);
INSERT INTO map_levels (z, size) SELECT z, 90.0 / (1 << z) FROM generate_series(0, 12) AS z;

CREATE TABLE map_cells (
    z INTEGER NOT NULL,
    cx INTEGER NOT NULL,
    cy INTEGER NOT NULL,
    category TEXT NOT NULL,
    severity INTEGER NOT NULL,
    sensitive INTEGER NOT NULL,
    n BIGINT NOT NULL,
    slat DOUBLE PRECISION NOT NULL,
    slon DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (z, cx, cy, category, severity, sensitive)
);

INSERT INTO map_cells (z, cx, cy, category, severity, sensitive, n, slat, slon)
SELECT l.z, floor((i.lon + 180.0) / l.size)::int, floor((i.lat + 90.0) / l.size)::int, i.category, i.severity,
       (i.sensitive != 0)::int, count(*), sum(i.lat), sum(i.lon)
FROM incidents i CROSS JOIN map_levels l
WHERE i.deleted_at IS NULL AND i.lat IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6;

-- the statements that add (sign 1) or take away (sign -1) the rows of a transition table, run by the triggers below
-- with EXECUTE (a transition table is seen by the trigger's own function only)
-- every function names its search path (pg_catalog first): an object another role made in a schema on the path can
-- never stand in for a built-in one while the publishing role runs the trigger
CREATE FUNCTION fieldkit_map_cells_sql(rel TEXT, sign INTEGER) RETURNS TEXT LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, public AS $$
SELECT pg_catalog.format(
    'INSERT INTO map_cells AS c (z, cx, cy, category, severity, sensitive, n, slat, slon) '
    'SELECT l.z, floor((r.lon + 180.0) / l.size)::int, floor((r.lat + 90.0) / l.size)::int, r.category, '
    '       r.severity, (r.sensitive != 0)::int, %2$s * count(*), %2$s * sum(r.lat), %2$s * sum(r.lon) '
    'FROM %1$I r CROSS JOIN map_levels l WHERE r.deleted_at IS NULL AND r.lat IS NOT NULL '
    'GROUP BY 1, 2, 3, 4, 5, 6 '
    'ON CONFLICT (z, cx, cy, category, severity, sensitive) '
    'DO UPDATE SET n = c.n + excluded.n, slat = c.slat + excluded.slat, slon = c.slon + excluded.slon', rel, sign)
    || CASE WHEN sign < 0 THEN pg_catalog.format(
    '; DELETE FROM map_cells c USING (SELECT DISTINCT l.z, floor((r.lon + 180.0) / l.size)::int AS cx, '
    '       floor((r.lat + 90.0) / l.size)::int AS cy, r.category, r.severity, (r.sensitive != 0)::int AS sensitive '
    '       FROM %1$I r CROSS JOIN map_levels l WHERE r.deleted_at IS NULL AND r.lat IS NOT NULL) k '
    'WHERE c.z = k.z AND c.cx = k.cx AND c.cy = k.cy AND c.category = k.category AND c.severity = k.severity '
    '  AND c.sensitive = k.sensitive AND c.n <= 0', rel) ELSE '' END
$$;

CREATE FUNCTION fieldkit_map_cells_inserted() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public AS $$
BEGIN
    EXECUTE fieldkit_map_cells_sql('new_rows', 1);
    RETURN NULL;
END
$$;

CREATE FUNCTION fieldkit_map_cells_deleted() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public AS $$
BEGIN
    EXECUTE fieldkit_map_cells_sql('old_rows', -1);
    RETURN NULL;
END
$$;

-- the new rows first: a cell an edit leaves where it was never empties on the way
CREATE FUNCTION fieldkit_map_cells_updated() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public AS $$
BEGIN
    EXECUTE fieldkit_map_cells_sql('new_rows', 1);
    EXECUTE fieldkit_map_cells_sql('old_rows', -1);
    RETURN NULL;
END
$$;

CREATE TRIGGER map_cells_ai AFTER INSERT ON incidents REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION fieldkit_map_cells_inserted();
CREATE TRIGGER map_cells_ad AFTER DELETE ON incidents REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION fieldkit_map_cells_deleted();
CREATE TRIGGER map_cells_au AFTER UPDATE ON incidents REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION fieldkit_map_cells_updated();

-- dashboards (the viewer role) read the cells without the sensitive incidents
CREATE VIEW hq_map_cells AS
SELECT z, cx, cy, category, severity, n, slat, slon FROM map_cells WHERE sensitive = 0;

-- the importer keeps the cells through the triggers; analysts read them
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fieldkit_importer') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON map_cells TO fieldkit_importer;
        GRANT SELECT ON map_levels TO fieldkit_importer;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fieldkit_analyst') THEN
        GRANT SELECT ON map_cells, map_levels, hq_map_cells TO fieldkit_analyst;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fieldkit_viewer') THEN
        GRANT SELECT ON hq_map_cells TO fieldkit_viewer;
    END IF;
END
$$;
