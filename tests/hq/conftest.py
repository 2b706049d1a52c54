"""A real PostgreSQL + PostGIS server for the HQ tests.

The server: ``FIELDKIT_TEST_POSTGRES`` (a DSN to a role that may create databases, e.g. the one
``tools/pg_test_cluster.sh start`` prints; ``.ci/run`` starts one and sets it), else a throwaway cluster this session
starts with that script (when PostgreSQL is installed) and stops at the end. Each test gets a database of its own,
made from a template holding the postgis and unaccent extensions, and dropped after the test. With no server the
tests are skipped, unless ``FIELDKIT_REQUIRE_POSTGRES=1`` (set by ``.ci/run``): then they fail."""

from __future__ import annotations

import os
import subprocess
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tools" / "pg_test_cluster.sh"
TEMPLATE = "fieldkit_test_template"


def _no_server(why: str):
    if os.environ.get("FIELDKIT_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"FIELDKIT_REQUIRE_POSTGRES=1 but no PostgreSQL server for the HQ tests: {why}", pytrace=False)
    pytest.skip(f"no PostgreSQL server for the HQ tests: {why}")


def with_dbname(dsn: str, dbname: str) -> str:
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    params = conninfo_to_dict(dsn)
    params["dbname"] = dbname
    return make_conninfo(**params)


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory):
    """The admin DSN of a running server whose template database has postgis and unaccent."""
    try:
        import psycopg
    except ImportError:
        _no_server("psycopg is not installed (pip install -e '.[test]')")
    dsn = os.environ.get("FIELDKIT_TEST_POSTGRES")
    started = None
    if not dsn:
        folder = Path(f"/tmp/fieldkit-pg-{uuid.uuid4().hex[:8]}")  # short: a unix socket path is limited to ~100
        try:
            r = subprocess.run(["bash", str(SCRIPT), "start", str(folder)], capture_output=True, text=True, timeout=120)
        except (OSError, subprocess.TimeoutExpired) as e:
            _no_server(str(e))
        if r.returncode != 0:
            _no_server(r.stderr.strip().splitlines()[-1] if r.stderr.strip() else "the cluster did not start")
        dsn, started = r.stdout.strip(), folder
    try:
        with psycopg.connect(dsn, autocommit=True, connect_timeout=10) as conn:
            if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [TEMPLATE]).fetchone() is None:
                conn.execute(f"CREATE DATABASE {TEMPLATE}")
            with psycopg.connect(with_dbname(dsn, TEMPLATE), autocommit=True) as t:
                t.execute("CREATE EXTENSION IF NOT EXISTS postgis")
                t.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    except psycopg.Error as e:
        if started:
            subprocess.run(["bash", str(SCRIPT), "stop", str(started)], capture_output=True)
        _no_server(str(e).strip().splitlines()[0])
    yield dsn
    if started:
        subprocess.run(["bash", str(SCRIPT), "stop", str(started)], capture_output=True)


@pytest.fixture
def pg_dsn(pg_server):
    """The DSN of a fresh database (postgis, unaccent), dropped after the test."""
    import psycopg

    name = f"fieldkit_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    yield with_dbname(pg_server, name)
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def with_user(dsn: str, user: str) -> str:
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    params = conninfo_to_dict(dsn)
    params["user"] = user
    return make_conninfo(**params)


@pytest.fixture(autouse=True)
def _collect_garbage_after():
    """Collect what an HQ test leaves in reference cycles (tracebacks of expected errors, with the rows their frames
    held) before the next test: tests/ui/test_binding.py counts references to None around Qt calls, and a collection
    of that garbage falling inside its loop would be counted against the binding."""
    yield
    import gc

    gc.collect()
