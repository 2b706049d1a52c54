-- FieldKit schema step 12: the map's cluster index (issue 19).
-- map_cells counts the incidents on the map (not in the trash, with a location) per grid cell, for the zoom
-- levels 0..9 of map_levels: a cell of level z is 90 / 2^z degrees of longitude by as many of latitude (about
-- 64 screen pixels at web zoom z). Each cell is split by category, severity and the sensitive mark, so the
-- map's category, severity and sensitivity filters are answered from here; n incidents whose latitudes and
-- longitudes add up to slat and slon (the cluster is drawn at their mean). cx = floor((lon + 180) / size),
-- cy = floor((lat + 90) / size). The table is kept in step by the triggers below, inside the transaction that
-- changes the incident (the incident store stays the one writer). A later step that rebuilds the incidents
-- table must make these triggers again, as 0007 does for the full-text ones.

CREATE TABLE map_levels (
    z INTEGER PRIMARY KEY,
    size REAL NOT NULL                   -- cell side in degrees: 90 / 2^z
);
INSERT INTO map_levels (z, size) VALUES
    (0, 90.0), (1, 45.0), (2, 22.5), (3, 11.25), (4, 5.625), (5, 2.8125), (6, 1.40625), (7, 0.703125),
    (8, 0.3515625), (9, 0.17578125);

CREATE TABLE map_cells (
    z INTEGER NOT NULL,
    cx INTEGER NOT NULL,
    cy INTEGER NOT NULL,
    category TEXT NOT NULL,
    severity INTEGER NOT NULL,
    sensitive INTEGER NOT NULL,          -- 0 or 1
    n INTEGER NOT NULL,
    slat REAL NOT NULL,
    slon REAL NOT NULL,
    PRIMARY KEY (z, cx, cy, category, severity, sensitive)
) WITHOUT ROWID;

INSERT INTO map_cells (z, cx, cy, category, severity, sensitive, n, slat, slon)
SELECT l.z, CAST((i.lon + 180.0) / l.size AS INTEGER), CAST((i.lat + 90.0) / l.size AS INTEGER), i.category,
       i.severity, i.sensitive != 0, count(*), sum(i.lat), sum(i.lon)
FROM incidents i CROSS JOIN map_levels l
WHERE i.deleted_at IS NULL AND i.lat IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6;

CREATE TRIGGER map_cells_ai AFTER INSERT ON incidents
WHEN new.deleted_at IS NULL AND new.lat IS NOT NULL BEGIN
    INSERT INTO map_cells (z, cx, cy, category, severity, sensitive, n, slat, slon)
    SELECT z, CAST((new.lon + 180.0) / size AS INTEGER), CAST((new.lat + 90.0) / size AS INTEGER), new.category,
           new.severity, new.sensitive != 0, 1, new.lat, new.lon
    FROM map_levels WHERE true
    ON CONFLICT DO UPDATE SET n = n + 1, slat = slat + excluded.slat, slon = slon + excluded.slon;
END;

CREATE TRIGGER map_cells_ad AFTER DELETE ON incidents
WHEN old.deleted_at IS NULL AND old.lat IS NOT NULL BEGIN
    UPDATE map_cells SET n = n - 1, slat = slat - old.lat, slon = slon - old.lon
    WHERE category = old.category AND severity = old.severity AND sensitive = (old.sensitive != 0)
      AND (z, cx, cy) IN (SELECT z, CAST((old.lon + 180.0) / size AS INTEGER), CAST((old.lat + 90.0) / size AS INTEGER)
                          FROM map_levels);
    DELETE FROM map_cells
    WHERE n <= 0 AND category = old.category AND severity = old.severity AND sensitive = (old.sensitive != 0)
      AND (z, cx, cy) IN (SELECT z, CAST((old.lon + 180.0) / size AS INTEGER), CAST((old.lat + 90.0) / size AS INTEGER)
                          FROM map_levels);
END;

CREATE TRIGGER map_cells_au AFTER UPDATE OF lat, lon, category, severity, sensitive, deleted_at ON incidents BEGIN
    UPDATE map_cells SET n = n - 1, slat = slat - old.lat, slon = slon - old.lon
    WHERE old.deleted_at IS NULL AND old.lat IS NOT NULL
      AND category = old.category AND severity = old.severity AND sensitive = (old.sensitive != 0)
      AND (z, cx, cy) IN (SELECT z, CAST((old.lon + 180.0) / size AS INTEGER), CAST((old.lat + 90.0) / size AS INTEGER)
                          FROM map_levels);
    DELETE FROM map_cells
    WHERE old.deleted_at IS NULL AND old.lat IS NOT NULL
      AND n <= 0 AND category = old.category AND severity = old.severity AND sensitive = (old.sensitive != 0)
      AND (z, cx, cy) IN (SELECT z, CAST((old.lon + 180.0) / size AS INTEGER), CAST((old.lat + 90.0) / size AS INTEGER)
                          FROM map_levels);
    INSERT INTO map_cells (z, cx, cy, category, severity, sensitive, n, slat, slon)
    SELECT z, CAST((new.lon + 180.0) / size AS INTEGER), CAST((new.lat + 90.0) / size AS INTEGER), new.category,
           new.severity, new.sensitive != 0, 1, new.lat, new.lon
    FROM map_levels WHERE new.deleted_at IS NULL AND new.lat IS NOT NULL
    ON CONFLICT DO UPDATE SET n = n + 1, slat = slat + excluded.slat, slon = slon + excluded.slon;
END;
