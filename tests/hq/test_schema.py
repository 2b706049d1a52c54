"""The HQ store's schema on PostgreSQL (db/postgresql): steps, PostGIS points, full-text search, roles, errors."""

import psycopg
import pytest

from fieldkit.errors import DatabaseTooNew, HqStoreError, HqUnreachable
from fieldkit.hq import pg

ROW = dict(
    id="i1",
    title="Convoi de camions",
    description="Vu de nuit près de Gabú",
    occurred_at="2026-05-30T22:15:00Z",
    reported_at="2026-05-31T08:00:00Z",
    lat=11.86,
    lon=-15.6,
    place="Gabú",
    category="MOVE_OBS",
    severity=3,
    actors_text="Northern Route Network",
    device_id="d1",
    head_hash="h1",
    created_at="2026-05-31T08:00:00Z",
    updated_at="2026-05-31T08:00:00Z",
)


def _insert(conn, **over):
    row = {**ROW, **over}
    cols = ", ".join(row)
    conn.execute(f"INSERT INTO incidents ({cols}) VALUES ({', '.join(['%s'] * len(row))})", list(row.values()))


@pytest.fixture
def conn(pg_dsn):
    c = pg.connect(pg_dsn)
    pg.upgrade(c)
    yield c
    c.close()


def test_the_steps_are_numbered_and_each_applies_once(pg_dsn):
    with pg.connect(pg_dsn) as c:
        assert pg.schema_version(c) == 0
        assert pg.upgrade(c) == [m.number for m in pg.available_migrations()]
        assert pg.upgrade(c) == []
        assert pg.schema_version(c) == pg.available_migrations()[-1].number


def test_a_store_of_a_newer_fieldkit_is_refused_untouched(conn):
    conn.execute("INSERT INTO _migrations VALUES (999, 'future', 'x')")
    conn.commit()
    with pytest.raises(DatabaseTooNew):
        pg.upgrade(conn)
    assert pg.schema_version(conn) == 999


def test_the_location_is_a_postgis_point_with_a_spatial_index(conn):
    _insert(conn)
    _insert(conn, id="draft", lat=None, lon=None, status="draft")
    conn.commit()
    assert conn.execute("SELECT ST_AsText(geom) FROM incidents WHERE id = 'i1'").fetchone()[0] == "POINT(-15.6 11.86)"
    assert conn.execute("SELECT geom FROM incidents WHERE id = 'draft'").fetchone()[0] is None
    assert conn.execute("SELECT Find_SRID('public', 'incidents', 'geom')").fetchone()[0] == 4326
    idx = conn.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'idx_incidents_geom'").fetchone()[0]
    assert "gist" in idx.lower()
    near = conn.execute(
        "SELECT id FROM incidents WHERE ST_DWithin(geom::geography, ST_MakePoint(-15.5, 11.9)::geography, 20000)"
    ).fetchall()
    assert near == [("i1",)]
    with pytest.raises(psycopg.errors.CheckViolation):  # a final incident must have a place on the map
        _insert(conn, id="bad", lat=None, lon=None)


@pytest.mark.parametrize(
    ("query", "found"),
    [("gabu", True), ("Gabú", True), ("camion", True), ("northern", True), ("pres", True), ("bissau", False)],
)
def test_full_text_search_ignores_accents_and_stems_french(conn, query, found):
    _insert(conn)
    conn.commit()
    hits = conn.execute(
        "SELECT id FROM incidents WHERE search @@ websearch_to_tsquery('fieldkit_simple', %s) "
        "OR search @@ websearch_to_tsquery('fieldkit_french', %s)",
        [query, query],
    ).fetchall()
    assert bool(hits) is found
    plan = conn.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'idx_incidents_search'").fetchone()[0]
    assert "gin" in plan.lower()


def test_the_qgis_view_has_the_live_final_incidents_and_leaves_sensitive_ones_out(conn):
    _insert(conn)
    _insert(conn, id="secret", sensitive=1)
    _insert(conn, id="trash", deleted_at="2026-06-01T00:00:00Z")
    conn.commit()
    assert [r[0] for r in conn.execute("SELECT id FROM hq_incidents")] == ["i1"]
    assert sorted(r[0] for r in conn.execute("SELECT id FROM hq_incidents_all")) == ["i1", "secret"]
    assert conn.execute("SELECT type FROM geometry_columns WHERE f_table_name = 'hq_incidents'").fetchone() == (
        "POINT",
    )


def test_the_gis_layers_carry_a_timestamp_and_the_reporting_devices_label(conn):
    """Schema step 7: QGIS's temporal controller needs a time column; GIS staff style by device."""
    _insert(conn)
    _insert(conn, id="odd", occurred_at="not a time")  # never written by FieldKit: no timestamp, no error
    dev = conn.execute("SELECT origin_device FROM incidents WHERE id = 'i1'").fetchone()[0]
    for key, label, at in (
        ("k1", "Gabu laptop (old key)", "2026-01-01T00:00:00Z"),
        ("k2", "Gabu laptop", "2026-03-01"),
    ):
        conn.execute(
            "INSERT INTO trusted_keys (id, device_id, label, box_key, fingerprint, created_at, updated_at) "
            "VALUES (%s, %s, %s, 'b', 'f', %s, %s)",
            [key, dev, label, at, at],
        )
    conn.commit()
    rows = dict(
        (r[0], r[1:])
        for r in conn.execute("SELECT id, occurred_time, origin_label FROM hq_incidents ORDER BY id").fetchall()
    )
    occurred = conn.execute("SELECT occurred_at FROM incidents WHERE id = 'i1'").fetchone()[0]
    assert rows["i1"][0] == conn.execute("SELECT %s::timestamptz", [occurred]).fetchone()[0]
    assert rows["i1"][1] == "Gabu laptop" and rows["odd"][0] is None
    kinds = dict(
        conn.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'hq_incidents'"
        ).fetchall()
    )
    assert kinds["occurred_time"] == "timestamp with time zone" and kinds["origin_label"] == "text"


def test_the_same_bundle_counts_once(conn):
    row = ("b1", "sha", "d1", "", "hq", 1, "t", "{}", "t", "t", 0)
    sql = "INSERT INTO bundle_imports VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING"
    conn.execute(sql, row)
    conn.execute(sql, ("b2", *row[1:]))
    assert conn.execute("SELECT count(*) FROM bundle_imports").fetchone()[0] == 1


def test_roles_least_privilege(conn, pg_dsn):
    assert set(pg.ensure_roles(conn)) <= {pg.IMPORTER_ROLE, pg.ANALYST_ROLE, pg.VIEWER_ROLE, pg.SUBMITTER_ROLE}
    pg.ensure_roles(conn)  # again: nothing to make, grants repeated
    conn.execute("CREATE ROLE analyst_amina LOGIN IN ROLE fieldkit_analyst")
    conn.execute("CREATE ROLE importer_jmac LOGIN IN ROLE fieldkit_importer")
    conn.execute("CREATE ROLE gis_omar LOGIN IN ROLE fieldkit_viewer")
    _insert(conn)
    _insert(conn, id="secret", sensitive=1)
    conn.commit()
    with psycopg.connect(pg_dsn, user="gis_omar") as v:
        assert v.execute("SELECT id FROM hq_incidents").fetchall() == [("i1",)]
        assert v.execute("SELECT count(*) FROM hq_daily_counts").fetchone()[0] == 1
        # the map cells without the sensitive incident (each point counts once per zoom 0..12)
        assert v.execute("SELECT sum(n) FROM hq_map_cells WHERE z = 3").fetchone()[0] == 1
        for forbidden in (
            "SELECT * FROM incidents",
            "SELECT * FROM hq_incidents_all",
            "SELECT * FROM map_cells",
            "SELECT * FROM bundle_inbox",
            "SELECT * FROM attachment_blocks",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                v.execute(forbidden)
            v.rollback()
    with psycopg.connect(pg_dsn, user="analyst_amina") as a:
        assert a.execute("SELECT count(*) FROM hq_incidents_all").fetchone()[0] == 2
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            a.execute("DELETE FROM incidents")
    with psycopg.connect(pg_dsn, user="importer_jmac") as i:
        i.execute("UPDATE incidents SET severity = 4")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            i.execute("DROP TABLE incidents")
    conn.execute("DROP OWNED BY analyst_amina, importer_jmac, gis_omar")
    conn.execute("DROP ROLE analyst_amina, importer_jmac, gis_omar")
    conn.commit()


def test_the_roles_get_what_they_need_when_made_after_the_schema_steps(conn):
    """On a new server the schema steps run before the group roles exist, so a step's own grant to a role is
    skipped: making the roles must grant everything each needs (an analyst asking for a conflict's resolution)."""
    pg.ensure_roles(conn)
    roles = (pg.IMPORTER_ROLE, pg.ANALYST_ROLE, pg.VIEWER_ROLE, pg.SUBMITTER_ROLE)
    for role in roles:  # as if the steps had found no such role
        conn.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}")
    conn.commit()
    pg.ensure_roles(conn)
    may = lambda role, what, table: conn.execute(  # noqa: E731
        "SELECT has_table_privilege(%s, %s, %s)", [role, table, what]
    ).fetchone()[0]
    column = lambda role, table, col: conn.execute(  # noqa: E731
        "SELECT has_column_privilege(%s, %s, %s, 'INSERT')", [role, table, col]
    ).fetchone()[0]
    assert all(column(pg.ANALYST_ROLE, "conflict_requests", c) for c in ("id", "conflict_id", "choices", "reason"))
    assert not column(pg.ANALYST_ROLE, "conflict_requests", "state")
    assert not column(pg.ANALYST_ROLE, "conflict_requests", "requested_by")
    assert may(pg.ANALYST_ROLE, "SELECT", "conflict_requests") and may(pg.ANALYST_ROLE, "SELECT", "map_cells")
    assert not may(pg.ANALYST_ROLE, "UPDATE", "conflict_requests")
    for table in ("incidents", "conflict_requests", "bundle_inbox", "attachment_blocks", "map_cells"):
        assert may(pg.IMPORTER_ROLE, "INSERT", table) and may(pg.IMPORTER_ROLE, "DELETE", table), table
    assert may(pg.VIEWER_ROLE, "SELECT", "hq_map_cells") and not may(pg.VIEWER_ROLE, "SELECT", "incidents")
    assert column(pg.SUBMITTER_ROLE, "bundle_inbox", "sha256") and not column(
        pg.SUBMITTER_ROLE, "bundle_inbox", "state"
    )
    assert may(pg.SUBMITTER_ROLE, "INSERT", "bundle_inbox_blocks")


def test_a_password_never_goes_in_the_address():
    with pytest.raises(HqStoreError, match="password"):
        pg.check_dsn("postgresql://hq:secret@localhost/fieldkit")
    assert "secret" not in pg.safe_dsn("postgresql://hq:secret@localhost/fieldkit")
    assert pg.check_dsn("postgresql://hq@localhost/fieldkit")


def test_an_unreachable_server_is_a_plain_typed_error(tmp_path):
    with pytest.raises(HqUnreachable, match="could not be reached"):
        pg.connect(f"postgresql:///fieldkit?host={tmp_path}")
