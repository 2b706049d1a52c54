"""The HQ tests' own server (tests/hq/conftest.py, tools/pg_test_cluster.sh): a real PostgreSQL with PostGIS."""

import psycopg


def test_each_test_gets_a_fresh_database_with_postgis_and_unaccent(pg_dsn):
    with psycopg.connect(pg_dsn) as conn:
        exts = {r[0] for r in conn.execute("SELECT extname FROM pg_extension")}
        assert {"postgis", "unaccent"} <= exts
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0] == 1
        point = conn.execute("SELECT ST_AsText(ST_SetSRID(ST_MakePoint(-15.6, 11.86), 4326))").fetchone()[0]
        assert point == "POINT(-15.6 11.86)"
        conn.execute("CREATE TABLE left_behind (x int)")
        conn.commit()


def test_the_next_test_does_not_see_the_previous_ones_tables(pg_dsn):
    with psycopg.connect(pg_dsn) as conn:
        assert conn.execute("SELECT to_regclass('left_behind')").fetchone()[0] is None
