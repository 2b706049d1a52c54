"""Connections to the HQ store on PostgreSQL (psycopg 3), its schema steps and its roles.

- A DSN never carries a password (it is recorded in the workspace and may reach a log): the password belongs in
  ``PGPASSFILE``/``~/.pgpass`` or ``PGPASSWORD``, which libpq reads itself.
- psycopg's errors become typed FieldKit errors with a plain sentence (``explain``): server unreachable, permission
  denied, disk full, busy.
- Schema steps are ``db/postgresql/NNNN_name.sql``, numbered and contiguous like ``db/migrations``; each runs in one
  transaction, recorded in ``_migrations``; a store from a newer FieldKit is refused untouched; two processes
  upgrading at once wait for each other (an advisory lock).
"""

from __future__ import annotations

import logging
import re
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..clock import Clock
from ..errors import DatabaseBusy, DatabaseTooNew, DiskFull, HqPermissionDenied, HqStoreError, HqUnreachable
from ..paths import app_root

log = logging.getLogger(__name__)

IMPORTER_ROLE = "fieldkit_importer"  # publishes bundles' merged records (INSERT/UPDATE/DELETE on the tables)
ANALYST_ROLE = "fieldkit_analyst"  # reads the tables and the views, sensitive incidents included
VIEWER_ROLE = "fieldkit_viewer"  # reads the views without sensitive incidents only (dashboards, GIS staff's QGIS)
SUBMITTER_ROLE = "fieldkit_submitter"  # hands bundles to the inbox only (the desks of other machines: hq submit)
_MIGRATE_LOCK = 7_210_021  # pg_advisory_xact_lock key: one schema upgrade at a time


def _psycopg():
    try:
        import psycopg
    except ImportError as e:
        raise HqStoreError(
            "The HQ store on PostgreSQL needs the psycopg package: install FieldKit with its 'hq' extra "
            "(pip install 'fieldkit[hq]')."
        ) from e
    return psycopg


def migrations_dir() -> Path:
    return app_root() / "db" / "postgresql"


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    sql: str


def available_migrations() -> list[Migration]:
    found = []
    for p in sorted(migrations_dir().glob("*.sql")):
        m = re.fullmatch(r"(\d{4})_(\w+)\.sql", p.name)
        if m:
            found.append(Migration(int(m.group(1)), m.group(2), p.read_text(encoding="utf-8")))
    numbers = [m.number for m in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise HqStoreError("The PostgreSQL schema steps are not numbered 1, 2, 3... ({numbers}).", numbers=numbers)
    return found


def check_dsn(dsn: str) -> str:
    """The DSN as given, if it is one psycopg can read and it holds no password (refused: a DSN is recorded in the
    workspace)."""
    psycopg = _psycopg()
    from psycopg.conninfo import conninfo_to_dict

    try:
        params = conninfo_to_dict(dsn)
    except psycopg.ProgrammingError as e:
        raise HqStoreError("The PostgreSQL address could not be read: {error}", error=_first_line(e)) from e
    if params.get("password"):
        raise HqStoreError(
            "The PostgreSQL address holds a password: FieldKit records the address in the workspace, so the "
            "password must stay out of it. Put it in a .pgpass file (or PGPASSFILE), or in PGPASSWORD."
        )
    return dsn


def safe_dsn(dsn: str) -> str:
    """The DSN with any password left out, for messages and logs."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    try:
        params = conninfo_to_dict(dsn)
    except Exception:  # noqa: BLE001 - an unreadable DSN is shown as nothing
        return "?"
    params.pop("password", None)
    return make_conninfo(**params)


def describe(dsn: str) -> tuple[str, str | None]:
    """What the status bar names a DSN by: (the database, the server as "host" or "host:port", or None for a local
    socket on this computer). No role, no password. ("?", None) for an address that cannot be read."""
    try:
        from psycopg.conninfo import conninfo_to_dict

        params = conninfo_to_dict(dsn)
    except Exception:  # noqa: BLE001 - psycopg missing, or an address it cannot read
        return "?", None
    host = params.get("host") or ""
    name = params.get("dbname") or params.get("user") or "?"
    if not host or host.startswith("/"):
        return name, None
    return name, host + (f":{params['port']}" if params.get("port") else "")


def _first_line(e: BaseException) -> str:
    text = str(e).strip()
    return text.splitlines()[0] if text else type(e).__name__


def explain(e: BaseException, dsn: str = "") -> HqStoreError | DiskFull | DatabaseBusy | None:
    """A typed, plain error for what PostgreSQL reported, or None when it is not one of the known cases."""
    psycopg = _psycopg()
    from psycopg import errors as pe

    if isinstance(e, psycopg.OperationalError) and getattr(e, "sqlstate", None) is None:
        return HqUnreachable(
            "The HQ database server could not be reached ({error}): nothing was changed. Check that the server "
            "is running and that this computer may connect to it.",
            error=_first_line(e),
        )
    if isinstance(e, (pe.InsufficientPrivilege, pe.InvalidAuthorizationSpecification, pe.InvalidPassword)):
        return HqPermissionDenied(
            "The HQ database refused this work: the role has no permission for it ({error}). Nothing was "
            "changed; ask the database administrator for the FieldKit role this work needs.",
            error=_first_line(e),
        )
    if isinstance(e, (pe.DiskFull, pe.OutOfMemory, pe.InsufficientResources)):
        return DiskFull(
            "The HQ database server has no space left: nothing was changed. Ask its administrator to free "
            "some space, then try again."
        )
    if isinstance(e, (pe.LockNotAvailable, pe.DeadlockDetected, pe.SerializationFailure)):
        return DatabaseBusy(
            "The workspace is busy with other work (another FieldKit window or command is writing to it): "
            "nothing was changed. Try again when that work is done."
        )
    if isinstance(e, pe.UndefinedFile) or isinstance(e, pe.FeatureNotSupported):
        return HqStoreError(
            "The HQ database server lacks what FieldKit needs ({error}): install PostGIS on it "
            "(docs/hq-postgresql.md). Nothing was changed.",
            error=_first_line(e),
        )
    return None


@contextmanager
def translated(dsn: str = ""):
    """Turn psycopg's errors raised inside the block into FieldKit's typed errors."""
    psycopg = _psycopg()
    try:
        yield
    except psycopg.Error as e:
        plain = explain(e, dsn)
        if plain is not None:
            raise plain from e
        raise HqStoreError("The HQ database reported an error: {error}", error=_first_line(e)) from e


def connect(dsn: str, *, autocommit: bool = False):
    """A connection to the HQ store (no password in ``dsn``: libpq reads .pgpass / PGPASSWORD)."""
    psycopg = _psycopg()
    check_dsn(dsn)
    with translated(dsn):
        return psycopg.connect(dsn, autocommit=autocommit, connect_timeout=15, application_name="fieldkit")


def schema_version(conn) -> int:
    with translated():
        if conn.execute("SELECT to_regclass('_migrations')").fetchone()[0] is None:
            conn.commit()
            return 0
        row = conn.execute("SELECT coalesce(max(number), 0) FROM _migrations").fetchone()
        conn.commit()
    return int(row[0])


def upgrade(conn, clock: Clock | None = None) -> list[int]:
    """Apply the pending schema steps, each in one transaction. A store of a newer FieldKit is refused untouched."""
    clock = clock or Clock()
    migrations = available_migrations()
    latest = migrations[-1].number if migrations else 0
    applied = []
    with translated():
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", [_MIGRATE_LOCK])
            if conn.execute("SELECT to_regclass('_migrations')").fetchone()[0] is None:  # (an importer may not CREATE)
                conn.execute(
                    "CREATE TABLE _migrations "
                    "(number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
                )
            done = {r[0] for r in conn.execute("SELECT number FROM _migrations")}
            found = max(done, default=0)
            if found > latest:
                raise DatabaseTooNew(
                    "This workspace was written by a newer version of FieldKit (database schema {found}, "
                    "this version knows up to {latest}). Update FieldKit to open it; the file was left untouched.",
                    found=found,
                    latest=latest,
                )
            for m in migrations:
                if m.number in done:
                    continue
                log.info("applying PostgreSQL step %04d_%s", m.number, m.name)
                with conn.transaction():  # a savepoint: a step that fails leaves nothing of itself
                    conn.execute(m.sql)
                    conn.execute(
                        "INSERT INTO _migrations (number, name, applied_at) VALUES (%s, %s, %s)",
                        [m.number, m.name, clock.now_iso()],
                    )
                applied.append(m.number)
    return applied


ROLE_GRANTS = {
    IMPORTER_ROLE: "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
    # reading, and asking for a conflict's resolution (a request's own columns: who and when are the server's).
    # Granted here, not only by the schema step that made the table: on a new server the steps run before the roles
    # exist, and a step's grant to a role not yet made is skipped
    ANALYST_ROLE: "GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}; "
    "GRANT INSERT (id, conflict_id, choices, reason) ON conflict_requests TO {role}",
    VIEWER_ROLE: "GRANT SELECT ON hq_incidents, hq_daily_counts, hq_map_cells TO {role}",
    # a new entry's columns only (its state, submitter and time are the server's), its blocks, and reading the inbox
    SUBMITTER_ROLE: "GRANT SELECT, INSERT (id, sha256, size, name) ON bundle_inbox TO {role}; "
    "GRANT INSERT ON bundle_inbox_blocks TO {role}",
}


def ensure_roles(conn) -> list[str]:
    """The group roles (NOLOGIN: each person logs in with a role of their own, made a member of one of them;
    docs/hq-postgresql.md): the importer may write the records, the analyst reads them all, the viewer only the
    views without sensitive incidents, the submitter only hands bundles to the inbox. Returns the roles made now.
    Needs CREATEROLE the first time (``hq init`` as the database's owner)."""
    from psycopg import sql

    made = []
    with translated():
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", [_MIGRATE_LOCK])
            for role, grant in ROLE_GRANTS.items():
                if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone() is None:
                    conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
                    made.append(role)
                db = conn.execute("SELECT current_database()").fetchone()[0]
                conn.execute(
                    sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(db), sql.Identifier(role))
                )
                conn.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(sql.Identifier(role)))
                conn.execute(sql.SQL(grant).format(role=sql.Identifier(role)))
            # the importer never changes the schema, its log of steps, the map's grid or the analysts' views
            conn.execute(
                sql.SQL("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON _migrations, map_levels FROM {}").format(
                    sql.Identifier(IMPORTER_ROLE)
                )
            )
            # nobody but the schema's owner makes objects in it (PostgreSQL before 15 let every role do so: a
            # function of the same name there could stand in for a built-in one in the owner's or importer's work)
            conn.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    return made
