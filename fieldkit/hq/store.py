"""The HQ store on PostgreSQL: what an HQ workspace merged, published for many readers (docs/hq-postgresql.md).

The merge engine is the workspace's own (``fieldkit.sync.bundle``: validation, authority, conflicts, deletions,
receipts), on the workspace's database; nothing here merges. ``publish`` copies the result of that work into
PostgreSQL in one transaction: the incidents changed since the last publication (the workspace's change numbers,
``incidents.local_seq``) with their whole signed history and attachment links, the contents of the attachments the
store lacks (in blocks of 1 MiB), the deletions, and the whole of the small tables (assessments, keys, imports,
conflicts, receipts, revocations). Rows are copied as they are stored, so
every version hash and signature stays valid and ``verify`` recomputes them on the server, with each attachment's
SHA-256.

Publications are serialised by an advisory lock, and each reads the workspace after taking it, so the last one to
commit always carries the newest state, whatever number of importers run at once. A store is fed by one HQ
workspace (``hq_sources``): another workspace's publication is refused, since the two would each hold their own
merge of the same records.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import weakref
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import HqStoreError, IntegrityFailure, SearchQueryError, msg
from ..hashing import canonical_json
from ..incidents import LIST_COLUMNS, ROW_COLUMNS, content_of
from ..incidents.fields import source_grade
from ..incidents.search import _TOKEN_RE
from ..signatures import SignatureCheck, chain_problems
from ..storage import atomic_write
from . import pg

log = logging.getLogger(__name__)

SETTING = "hq_database"  # the workspace setting naming the store (a DSN without a password)
_PUBLISH_LOCK = 7_210_022

INCIDENT_COLUMNS = (*ROW_COLUMNS, "actors_text", "local_seq")
# the small tables copied whole at every publication: table -> key columns
WHOLE = {
    "tombstones": ("id",),
    "assessments": ("id",),
    "answers": ("id",),
    "assessment_versions": ("id",),
    "assessment_judgements": ("assessment_id", "position"),
    "assessment_markets": ("assessment_id", "market"),
    "assessment_actors": ("assessment_id", "name"),
    "trusted_keys": ("id",),
    "device_keys": ("sign_key",),
    "bundle_exports": ("id",),
    "bundle_imports": ("id",),
    "conflicts": ("id",),
    "merged_heads": ("record_type", "record_id", "head_hash"),
    "revocations": ("sign_key",),
    "key_rotations": ("new_key",),
    "receipts": ("id",),
    "attachments": ("sha256",),
}
# a bundle counts once in the store, also when an older workspace logged it twice
_SELECT = {
    "bundle_imports": "SELECT * FROM bundle_imports WHERE rowid IN "
    "(SELECT min(rowid) FROM bundle_imports GROUP BY bundle_sha256)"
}
_CHUNK = 500
MAP_LEVELS = 12  # the deepest zoom the store's map cells hold (schema step 5)
EXTENT_LEVEL = 7  # the cells the app's map page is fitted to
_STAGED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # connection -> its staging tables


READ_SETTING = "hq_read_database"  # an analyst's desk: the HQ database it reads (``fieldkit hq connect``)


def configured(ws) -> str | None:
    """The DSN of the HQ store this workspace publishes to, or None (the SQLite workspace alone)."""
    return ws.settings.get(SETTING) or None


def reading(ws) -> str | None:
    """The DSN of the HQ store this workspace reads: the one it publishes to (an HQ workspace), else the one an
    analyst's desk connected to (``fieldkit hq connect``, which never publishes there), else None."""
    return configured(ws) or ws.settings.get(READ_SETTING) or None


def publish_after_import(ws, reports: list[dict]):
    """After bundle imports (the CLI's and the app's): publish to the workspace's HQ database, if it has one and an
    import changed something. Returns None, or the plain error that kept it from publishing (the imports stand: the
    next publication, or ``hq publish``, carries them)."""
    from ..errors import FieldkitError

    dsn = configured(ws)
    if not dsn or not any("refused" not in r and not r.get("already_imported") for r in reports):
        return None
    try:
        HqStore(dsn).publish(ws)
    except FieldkitError as e:
        log.warning("the imports were not published to the HQ database: %s", type(e).__name__)
        return e
    return None


def _columns(sqlite_conn, table: str) -> list[str]:
    return [r[1] for r in sqlite_conn.execute(f"PRAGMA table_info({table})")]


class HqStore:
    """One HQ database. Each thread that uses it keeps a connection of its own (the server's text search
    dictionaries are loaded once per connection); ``close`` ends this thread's."""

    def __init__(self, dsn: str):
        self.dsn = pg.check_dsn(dsn)
        self._local = threading.local()

    @contextmanager
    def connect(self):
        """This thread's connection; the work inside the block is committed at its end, or rolled back."""
        conn = getattr(self._local, "conn", None)
        if conn is None or conn.closed or conn.broken:
            conn = self._local.conn = pg.connect(self.dsn)
        try:
            yield conn
            with pg.translated():
                conn.commit()
        except BaseException:
            _STAGED.pop(conn, None)  # staging tables made in the transaction are gone with it
            try:
                conn.rollback()
            except Exception:  # noqa: BLE001 - the connection is gone: the next use makes a new one
                self.close()
            raise

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        self._local.conn = None
        if conn is not None:
            conn.close()

    # -- setting up ---------------------------------------------------------------------------------
    def init(self, *, roles: bool = True) -> dict:
        """Upgrade the schema; make the importer and analyst roles (needs CREATEROLE; ``roles=False`` skips it)."""
        with self.connect() as conn:
            applied = pg.upgrade(conn)
            made = pg.ensure_roles(conn) if roles else []
            version = pg.schema_version(conn)
        return {"schema": version, "applied": applied, "roles_made": made}

    # -- publishing ----------------------------------------------------------------------------------
    def publish(self, ws, *, full: bool = False) -> dict:
        """Copy what the workspace holds and the store does not yet into the store, in one transaction. ``full``:
        every row again (``hq init`` and ``hq migrate``), also those the store is believed to hold."""
        from psycopg import sql

        sconn = ws.db.conn
        with self.connect() as conn, pg.translated():
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(%s)", [_PUBLISH_LOCK])
                src = conn.execute("SELECT device_id, published_seq, tables FROM hq_sources").fetchall()
                if src and src[0][0] != ws.device_id:
                    raise HqStoreError(
                        "This HQ database is fed by another FieldKit workspace (device {other}): nothing was "
                        "published. Use a database of its own for this workspace.",
                        other=src[0][0],
                    )
                since, digests = (src[0][1], json.loads(src[0][2])) if src and not full else (0, {})
                started = not sconn.in_transaction
                if started:
                    sconn.execute("BEGIN")  # one snapshot of the workspace (WAL: writers go on meanwhile)
                try:
                    counts = self._copy(ws, conn, sql, since, digests)
                finally:
                    if started:
                        sconn.execute("COMMIT")
        log.info("published to the HQ store: %s", counts)
        return counts

    def _copy(self, ws, conn, sql, since: int, digests: dict) -> dict:
        sconn = ws.db.conn
        top = sconn.execute("SELECT coalesce(max(local_seq), 0) FROM incidents").fetchone()[0]
        changed = sconn.execute(
            f"SELECT {', '.join(INCIDENT_COLUMNS)} FROM incidents WHERE local_seq > ? ORDER BY local_seq", [since]
        ).fetchall()
        # the small tables first (incident_attachments refer to attachments)
        whole = {}
        for table, key in WHOLE.items():
            cols = _columns(sconn, table)
            rows = sconn.execute(
                _SELECT.get(table, f"SELECT {', '.join(cols)} FROM {table}") + f" ORDER BY {', '.join(key)}"
            ).fetchall()
            whole[table] = len(rows)
            digest = hashlib.sha256(repr(rows).encode()).hexdigest()
            if digests.get(table) == digest:
                continue  # as published last time
            _upsert(conn, sql, table, cols, key, rows, replace_all=table != "attachments")
            digests[table] = digest
        ids = [r[0] for r in changed]
        held = {r[0] for r in conn.execute("SELECT id FROM incidents WHERE id = ANY(%s)", [ids])} if ids else set()
        # new incidents go straight in (COPY); those the store holds are updated through a staging table
        _copy_rows(conn, sql, "incidents", INCIDENT_COLUMNS, [r for r in changed if r[0] not in held])
        _upsert(conn, sql, "incidents", INCIDENT_COLUMNS, ("id",), [r for r in changed if r[0] in held])
        vcols = _columns(sconn, "incident_versions")
        acols = _columns(sconn, "incident_attachments")
        n_versions = 0
        for i in range(0, len(ids), _CHUNK):
            part = ids[i : i + _CHUNK]
            marks = ", ".join("?" * len(part))
            again = [i for i in part if i in held]
            if again:  # their history and links as they stand now (a first version may have been rewritten)
                conn.execute("DELETE FROM incident_versions WHERE incident_id = ANY(%s)", [again])
                conn.execute("DELETE FROM incident_attachments WHERE incident_id = ANY(%s)", [again])
            versions = sconn.execute(
                f"SELECT {', '.join(vcols)} FROM incident_versions WHERE incident_id IN ({marks})", part
            ).fetchall()
            links = sconn.execute(
                f"SELECT {', '.join(acols)} FROM incident_attachments WHERE incident_id IN ({marks})", part
            ).fetchall()
            _copy_rows(conn, sql, "incident_versions", vcols, versions)
            _copy_rows(conn, sql, "incident_attachments", acols, links)
            n_versions += len(versions)
        files_sent, files_missing = _send_contents(ws, conn)
        gone = [
            r[0]
            for r in sconn.execute(
                "SELECT record_id FROM tombstones WHERE record_type = 'incident' "
                "AND record_id NOT IN (SELECT id FROM incidents)"
            )
        ]
        deleted = 0
        for i in range(0, len(gone), _CHUNK):
            part = gone[i : i + _CHUNK]
            conn.execute("DELETE FROM incident_versions WHERE incident_id = ANY(%s)", [part])
            deleted += conn.execute("DELETE FROM incidents WHERE id = ANY(%s)", [part]).rowcount
        keys = ws.key_book.device_of()
        own = next((k for k, d in keys.items() if d == ws.device_id), "")
        conn.execute(
            "INSERT INTO hq_sources (device_id, sign_key, label, published_seq, tables, published_at) "
            "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (device_id) DO UPDATE SET sign_key = excluded.sign_key, "
            "label = excluded.label, published_seq = excluded.published_seq, tables = excluded.tables, "
            "published_at = excluded.published_at",
            [
                ws.device_id,
                own,
                ws.settings.get("device_label", "") or "",
                top,
                json.dumps(digests),
                ws.clock.now_iso(),
            ],
        )
        return {
            "incidents": len(changed),
            "versions": n_versions,
            "deleted": deleted,
            **whole,
            "attachment_files_sent": files_sent,
            "attachment_files_not_here": files_missing,
        }

    # -- checking ------------------------------------------------------------------------------------
    def verify(self, ws) -> dict:
        """Recompute every chain in the store (hashes, links, signatures against the workspace's known keys), compare
        each live row with its last version, and the store's records with the workspace's. Same shape as
        ``Workspace.verify``."""
        problems: list[dict] = []
        signed = SignatureCheck(ws)
        only_there: list[dict] = []  # in the store, not in the workspace
        only_here: list[dict] = []
        differ: list[dict] = []
        # a million incidents are read as streams in id order and joined as they come (server-side cursors and the
        # workspace's own cursor): memory stays that of one incident's history, whatever the store's size
        with self.connect() as conn, pg.translated():
            links: dict[str, list] = {}
            for iid, sha, filename in conn.execute("SELECT incident_id, sha256, filename FROM incident_attachments"):
                links.setdefault(iid, []).append({"sha256": sha, "filename": filename})
            vcur = conn.cursor(name="fieldkit_verify_versions")
            vcur.itersize = 5000
            vcur.execute(
                "SELECT incident_id, version, content, reason, prev_hash, hash, device_id, author, created_at, "
                'signature, signed_by FROM incident_versions ORDER BY incident_id COLLATE "C", version'
            )
            versions = _grouped(vcur)
            icur = conn.cursor(name="fieldkit_verify_incidents")
            icur.itersize = 5000
            icur.execute(f'SELECT {", ".join(ROW_COLUMNS)} FROM incidents ORDER BY id COLLATE "C"')
            local = iter(ws.db.execute("SELECT id, head_hash FROM incidents ORDER BY id"))
            here = next(local, None)
            pending = next(versions, None)
            n = 0
            for row in icur:
                n += 1
                rec = _record(row)
                iid = rec["id"]
                while pending is not None and pending[0] < iid:  # a history whose incident is gone
                    problems.append(_gone(pending[0]))
                    pending = next(versions, None)
                chain = []
                if pending is not None and pending[0] == iid:
                    chain, pending = pending[1], next(versions, None)
                problems += _check_chain(rec, chain, links.get(iid, []), signed)
                while here is not None and here[0] < iid:
                    only_here.append(_not_yet(here[0]))
                    here = next(local, None)
                if here is not None and here[0] == iid:
                    if here[1] != rec["head_hash"]:
                        differ.append(_differs(iid))
                    here = next(local, None)
                else:
                    only_there.append(_not_here(iid))
            while pending is not None:
                problems.append(_gone(pending[0]))
                pending = next(versions, None)
            while here is not None:
                only_here.append(_not_yet(here[0]))
                here = next(local, None)
            icur.close()
            vcur.close()
            n_asm = 0
            a_chains: dict[str, list] = {}
            for r in conn.execute(
                "SELECT assessment_id, version, content, reason, prev_hash, hash, device_id, author, created_at, "
                "signature, signed_by FROM assessment_versions ORDER BY assessment_id, version"
            ):
                a_chains.setdefault(r[0], []).append(r)
            for aid, status, head in conn.execute("SELECT id, status, head_hash FROM assessments ORDER BY id"):
                n_asm += 1
                problems += _check_assessment(aid, status, head, a_chains.get(aid, []), signed)
            n_files, file_problems = _check_contents(conn)
            problems += file_problems
        problems += only_here + only_there + differ
        checked = {"incidents": n, "assessments": n_asm, "attachments": n_files, "vouched_versions": signed.vouched}
        return {"checked": checked, "problems": problems, "ok": not problems}

    # -- reading -------------------------------------------------------------------------------------
    def counts(self) -> dict:
        with self.connect() as conn, pg.translated():
            q = lambda s: conn.execute(s).fetchone()[0]  # noqa: E731
            return {
                "incidents": q("SELECT count(*) FROM incidents WHERE deleted_at IS NULL"),
                "incidents_in_trash": q("SELECT count(*) FROM incidents WHERE deleted_at IS NOT NULL"),
                "incident_versions": q("SELECT count(*) FROM incident_versions"),
                "bundle_imports": q("SELECT count(*) FROM bundle_imports"),
                "open_conflicts": q("SELECT count(*) FROM conflicts WHERE resolved_at IS NULL"),
                "tombstones": q("SELECT count(*) FROM tombstones"),
                "attachment_files": q("SELECT count(DISTINCT sha256) FROM attachment_blocks"),
                "inbox_waiting": q("SELECT count(*) FROM bundle_inbox WHERE state = 'waiting'"),
                "inbox_refused": q("SELECT count(*) FROM bundle_inbox WHERE state = 'refused'"),
            }

    def records(
        self,
        text: str = "",
        *,
        include_sensitive: bool = False,
        limit: int | None = None,
        columns=ROW_COLUMNS,
        newest: bool = False,
    ) -> Iterator[dict]:
        """Live incidents (not in the trash), oldest first, or those matching ``text`` (the workspace's search rules,
        ``tsquery_text``: words also find the words they begin, "phrases", AND/OR/NOT, -word; accents ignored,
        French stems), best first; ``newest``: newest first in both cases (as the app's list sorts a search; a
        common word's tens of thousands of matches are not ranked). Streams (a server-side cursor)."""
        where = ["deleted_at IS NULL"]
        params: list = []
        order = "occurred_at DESC, id DESC" if newest else "occurred_at, id"
        query = tsquery_text(text) if text.strip() else ""
        ranked = bool(query) and not newest  # newest first skips ts_rank, which reads every matching row
        if query:
            where.append("(search @@ to_tsquery('fieldkit_simple', %s) OR search @@ to_tsquery('fieldkit_french', %s))")
            params += [query, query]
        if ranked:
            order = (
                "ts_rank(search, to_tsquery('fieldkit_simple', %s) || to_tsquery('fieldkit_french', %s)) DESC, "
                "occurred_at DESC, id"
            )
        if not include_sensitive:
            where.append("sensitive = 0")
        q = f"SELECT {', '.join(columns)} FROM incidents WHERE {' AND '.join(where)} ORDER BY {order}"
        if ranked:
            params += [query, query]
        if limit is not None:
            q += " LIMIT %s"
            params.append(int(limit))
        with self.connect() as conn, pg.translated():
            empty = "SELECT numnode(to_tsquery('fieldkit_simple', %s))"
            if text.strip() and (not query or conn.execute(empty, [query]).fetchone()[0] == 0):
                raise SearchQueryError("The search '{query}' has no word to look for.", query=text)
            if query and newest and limit is not None:
                yield from self._newest_matches(conn, columns, where, params[:2], int(limit))
                return
            with conn.cursor(name="fieldkit_records") as cur:
                cur.itersize = 2000
                cur.execute(q, params)
                for row in cur:
                    rec = _record(row, columns)
                    rec["source_grade"] = source_grade(rec)
                    yield rec

    RECENT_WINDOW = 20_000  # the newest live incidents looked through first for a search listed newest first

    def _newest_matches(self, conn, columns, where: list[str], query: list, limit: int) -> Iterator[dict]:
        """The ``limit`` newest incidents matching a search, fast whether the words are common or rare. A common word
        (tens of thousands of matches) has its newest matches among the newest incidents: they are looked through
        first, in date order, and when ``limit`` of them match those are the answer (every other match is older).
        Otherwise (a rarer word) the full-text index finds every match and they are sorted; the planner is kept from
        walking the date index for them (it would read the whole store to find a few)."""
        cols = ", ".join(columns)
        live = " AND ".join(w for w in where if "@@" not in w)
        match = next(w for w in where if "@@" in w)
        recent = conn.execute(
            f"SELECT {cols} FROM (SELECT * FROM incidents WHERE {live} ORDER BY occurred_at DESC, id DESC "
            f"LIMIT %s) r WHERE {match} ORDER BY occurred_at DESC, id DESC LIMIT %s",
            [self.RECENT_WINDOW, *query, limit],
        ).fetchall()
        if len(recent) < limit:
            conn.execute("SET LOCAL enable_indexscan = off")  # this transaction only: the index's bitmap instead
            recent = conn.execute(
                f"SELECT {cols} FROM incidents WHERE {' AND '.join(where)} ORDER BY occurred_at DESC, id DESC LIMIT %s",
                [*query, limit],
            ).fetchall()
        for row in recent:
            rec = _record(row, columns)
            rec["source_grade"] = source_grade(rec)
            yield rec

    def search(self, text: str, *, limit: int = 50, include_sensitive: bool = False) -> list[dict]:
        return list(self.records(text, include_sensitive=include_sensitive, limit=limit, columns=LIST_COLUMNS))

    def save_attachment(self, sha: str, dest) -> int:
        """Write the plain content of the attachment ``sha`` as the store holds it to ``dest`` (an export the user
        chose): whole or not at all, and only if its blocks add up to its SHA-256 and size. Returns the size."""
        from ..incidents.attachments import SHA256

        if not SHA256.fullmatch(sha or ""):
            raise IntegrityFailure("The attachment name {sha} is not a SHA-256.", sha=str(sha)[:12])
        with self.connect() as conn, pg.translated():
            row = conn.execute("SELECT size FROM attachments WHERE sha256 = %s", [sha]).fetchone()
            if row is None or not conn.execute("SELECT 1 FROM attachment_blocks WHERE sha256 = %s", [sha]).fetchone():
                raise IntegrityFailure("The attachment {sha} is not in the HQ database.", sha=sha[:12])
            size = 0

            def blocks():
                nonlocal size
                for n, (i, data) in enumerate(_blocks_of(conn, sha)):
                    if i != n:
                        raise IntegrityFailure("The attachment {sha} is incomplete in the HQ database.", sha=sha[:12])
                    size += len(data)
                    yield bytes(data)
                if size != row[0]:  # before the file is put in place: a file already at ``dest`` stays as it was
                    raise IntegrityFailure("The attachment {sha} is incomplete in the HQ database.", sha=sha[:12])

            try:
                atomic_write(Path(dest), blocks(), expect_sha256=sha)
            except IntegrityFailure:
                raise IntegrityFailure(
                    "The attachment {sha} in the HQ database does not match its SHA-256 (altered on the server): "
                    "nothing was written.",
                    sha=sha[:12],
                ) from None
        return size

    def map_clusters(
        self,
        bbox,
        zoom: int,
        *,
        categories=(),
        severity_min: int | None = None,
        severity_max: int | None = None,
        include_sensitive: bool = False,
    ) -> dict:
        """The map's clusters of the view ``bbox`` = (west, south, east, north) at ``zoom``, on the workspace's grid
        (``fieldkit.mapindex``): ``{"zoom", "clusters": [[lat, lon, n]], "total", "source"}``. Zooms 0..12 read the
        store's map cells (schema step 5: a few hundred rows whatever the store's size); deeper zooms group the
        view's rows, found through the spatial index. Incidents in the trash or without a location are not shown;
        drafts are, as on the workspace's map."""
        from .. import mapindex

        z = mapindex._zoom(zoom)
        west, south, east, north = (float(v) for v in bbox)
        south, north = sorted((mapindex._clamp_lat(south), mapindex._clamp_lat(north)))
        size = mapindex.cell_size(z)
        where, params = [], []
        if categories:
            where.append("category = ANY(%s)")
            params.append([c.upper() for c in categories])
        if severity_min is not None:
            where.append("severity >= %s")
            params.append(int(severity_min))
        if severity_max is not None:
            where.append("severity <= %s")
            params.append(int(severity_max))
        if not include_sensitive:
            where.append("sensitive = 0")
        extra = "".join(" AND " + w for w in where)
        rows = []
        with self.connect() as conn, pg.translated():
            for w, e in mapindex.lon_ranges(west, east):
                if z <= MAP_LEVELS:
                    rows += conn.execute(
                        "SELECT sum(slat) / sum(n), sum(slon) / sum(n), sum(n) FROM map_cells "
                        "WHERE z = %s AND cx BETWEEN %s AND %s AND cy BETWEEN %s AND %s"
                        f"{extra} GROUP BY cx, cy HAVING sum(n) > 0",
                        [
                            z,
                            int((w + 180.0) / size),
                            int((e + 180.0) / size),
                            int((south + 90.0) / size),
                            int((north + 90.0) / size),
                            *params,
                        ],
                    ).fetchall()
                else:
                    rows += conn.execute(
                        "SELECT avg(lat), avg(lon), count(*) FROM incidents "
                        "WHERE geom && ST_MakeEnvelope(%s, %s, %s, %s, 4326) AND deleted_at IS NULL"
                        f"{extra} GROUP BY floor((lon + 180.0) / %s), floor((lat + 90.0) / %s)",
                        [w, south, e, north, *params, size, size],
                    ).fetchall()
        found = [[lat, lon, int(n)] for lat, lon, n in rows]
        return {
            "zoom": z,
            "clusters": found,
            "total": sum(c[2] for c in found),
            "source": "cells" if z <= MAP_LEVELS else "rows",
        }

    def map_view(self, bbox, zoom: int, *, include_sensitive: bool = False) -> dict:
        """What the app's map shows of a view, in the workspace map's own answer (``mapindex.clusters``):
        ``{"zoom", "clusters": [[lat, lon, n]], "points": [[lat, lon, severity, category, title, date, id]],
        "total", "source"}``. A cell holding one incident, and from ``mapindex.POINTS_ZOOM`` on every incident of the
        view (up to ``POINT_LIMIT``), is a point the user can open; the rest are ``map_clusters``."""
        from .. import mapindex

        z = mapindex._zoom(zoom)
        west, south, east, north = (float(v) for v in bbox)
        south, north = sorted((mapindex._clamp_lat(south), mapindex._clamp_lat(north)))
        hidden = "" if include_sensitive else " AND sensitive = 0"
        cols = "lat, lon, severity, category, title, substr(occurred_at, 1, 10), id"
        live = f"deleted_at IS NULL{hidden}"
        if z >= mapindex.POINTS_ZOOM:
            rows = []
            with self.connect() as conn, pg.translated():
                for w, e in mapindex.lon_ranges(west, east):
                    rows += conn.execute(
                        f"SELECT {cols} FROM incidents WHERE geom && ST_MakeEnvelope(%s, %s, %s, %s, 4326) AND {live} "
                        "ORDER BY id LIMIT %s",
                        [w, south, e, north, mapindex.POINT_LIMIT + 1],
                    ).fetchall()
            if len(rows) <= mapindex.POINT_LIMIT:
                points = [list(r) for r in rows]
                return {"zoom": z, "clusters": [], "points": points, "total": len(points), "source": "rows"}
        got = self.map_clusters(bbox, z, include_sensitive=include_sensitive)
        clusters, points = [], []
        singles = [c for c in got["clusters"] if c[2] == 1][: mapindex.POINT_LIMIT]
        if singles:
            eps = 1e-7  # a cell's sums after edits may differ from the incident's own position in the last digits
            with self.connect() as conn, pg.translated():
                for lat, lon, _n in singles:
                    row = conn.execute(
                        f"SELECT {cols} FROM incidents WHERE geom && ST_MakeEnvelope(%s, %s, %s, %s, 4326) "
                        f"AND {live} ORDER BY id LIMIT 1",
                        [lon - eps, lat - eps, lon + eps, lat + eps],
                    ).fetchone()
                    if row is not None:
                        points.append(list(row))
        found = {(p[0], p[1]) for p in points}
        for c in got["clusters"]:
            if c[2] == 1 and any(abs(c[0] - a) <= 1e-7 and abs(c[1] - b) <= 1e-7 for a, b in found):
                continue
            clusters.append(c)
        return {"zoom": z, "clusters": clusters, "points": points, "total": got["total"], "source": got["source"]}

    def map_summary(self, *, include_sensitive: bool = False) -> dict:
        """What the app's map page needs before its first view: ``count`` (live incidents with a location),
        ``unplaced`` (without one), ``extent`` [west, south, east, north] or None, ``categories`` present,
        ``period`` (first and last day) or None, and the assessed ``areas`` (name, bbox, period)."""
        from .. import mapindex

        hidden = "" if include_sensitive else " AND sensitive = 0"
        with self.connect() as conn, pg.translated():
            # the map cells answer without reading the rows (a million of them at HQ): the count and categories
            # at level 0, the extent to the nearest cell of level 7 (0.7 degrees: the page only fits the map to it;
            # the deepest level has a row per cell, category and severity, 800,000 of them at a million incidents)
            cats = conn.execute(
                f"SELECT category, sum(n) FROM map_cells WHERE z = 0{hidden} GROUP BY category HAVING sum(n) > 0"
            ).fetchall()
            placed = sum(int(n) for _c, n in cats)
            box = conn.execute(
                f"SELECT min(cx), min(cy), max(cx), max(cy) FROM map_cells WHERE z = %s AND n > 0{hidden}",
                [EXTENT_LEVEL],
            ).fetchone()
            extent = None
            if box[0] is not None:
                w, s, _e, _n = mapindex.cell_bounds(box[0], box[1], EXTENT_LEVEL)
                _w, _s, e, n = mapindex.cell_bounds(box[2], box[3], EXTENT_LEVEL)
                extent = [max(-180.0, w), max(-90.0, s), min(180.0, e), min(90.0, n)]
            unplaced = conn.execute(
                f"SELECT count(*) FROM incidents WHERE deleted_at IS NULL AND lat IS NULL{hidden}"
            ).fetchone()[0]
            first = conn.execute(
                f"SELECT substr(occurred_at, 1, 10) FROM incidents WHERE deleted_at IS NULL{hidden} "
                "ORDER BY occurred_at LIMIT 1"
            ).fetchone()
            last = conn.execute(
                f"SELECT substr(occurred_at, 1, 10) FROM incidents WHERE deleted_at IS NULL{hidden} "
                "ORDER BY occurred_at DESC LIMIT 1"
            ).fetchone()
            areas = [
                {"name": name, "bbox": _bbox(bbox), "period": f"{start} – {end}"}
                for name, bbox, start, end in conn.execute(
                    "SELECT area_name, area_bbox, period_start, period_end FROM assessments "
                    "WHERE deleted_at IS NULL AND area_bbox IS NOT NULL AND area_bbox <> '' ORDER BY area_name"
                )
            ]
        areas = [a for a in areas if a["bbox"] is not None]
        return {
            "count": placed,
            "unplaced": int(unplaced or 0),
            "extent": extent,
            "categories": sorted(c for c, _n in cats if c),
            "period": None if first is None else (first[0], last[0]),
            "areas": areas,
        }

    def incident(self, iid: str, *, include_sensitive: bool = False) -> dict | None:
        """One live incident as the store holds it, with its signed history (oldest first: version, when, by
        which device and author, why, the signing key and the version's hash) and its attachments; None when the
        store has no such incident (or it is sensitive and ``include_sensitive`` is off)."""
        hidden = "" if include_sensitive else " AND sensitive = 0"
        with self.connect() as conn, pg.translated():
            row = conn.execute(
                f"SELECT {', '.join(ROW_COLUMNS)} FROM incidents WHERE id = %s AND deleted_at IS NULL{hidden}",
                [iid],
            ).fetchone()
            if row is None:
                return None
            rec = _record(row)
            rec["source_grade"] = source_grade(rec)
            label = conn.execute(  # the reporting device as HQ knows it (its trusted key's label, the newest)
                "SELECT label FROM trusted_keys WHERE device_id = %s ORDER BY created_at DESC LIMIT 1",
                [rec["origin_device"]],
            ).fetchone()
            rec["origin_label"] = label[0] if label else ""
            rec["history"] = [
                {
                    "version": v,
                    "created_at": at,
                    "device_id": dev,
                    "author": author,
                    "reason": reason,
                    "signed_by": by,
                    "hash": h,
                }
                for v, at, dev, author, reason, by, h in conn.execute(
                    "SELECT version, created_at, device_id, author, reason, signed_by, hash FROM incident_versions "
                    "WHERE incident_id = %s ORDER BY version",
                    [iid],
                )
            ]
            rec["attachments"] = [
                {"sha256": sha, "filename": name, "size": size, "in_store": bool(held)}
                for sha, name, size, held in conn.execute(
                    "SELECT a.sha256, a.filename, coalesce(f.size, 0), EXISTS (SELECT 1 FROM attachment_blocks b "
                    "WHERE b.sha256 = a.sha256) FROM incident_attachments a LEFT JOIN attachments f "
                    "ON f.sha256 = a.sha256 WHERE a.incident_id = %s ORDER BY a.filename",
                    [iid],
                )
            ]
        return rec

    ASSESSMENT_COLUMNS = (
        "id",
        "checklist_id",
        "checklist_version",
        "area_name",
        "period_start",
        "period_end",
        "assessor",
        "language",
        "status",
        "position",
        "origin_device",
        "updated_at",
    )

    def assessments(self, *, limit: int = 200) -> list[dict]:
        """The live assessments the store holds, the latest period first."""
        cols = self.ASSESSMENT_COLUMNS
        with self.connect() as conn, pg.translated():
            rows = conn.execute(
                f"SELECT {', '.join(cols)} FROM assessments WHERE deleted_at IS NULL "
                "ORDER BY period_end DESC, area_name, id LIMIT %s",
                [int(limit)],
            ).fetchall()
        return [dict(zip(cols, r, strict=True)) for r in rows]

    def assessment_summary(self, rec: dict, checklists, lang: str | None = None) -> dict:
        """An assessment's threat picture computed here from what the store holds (its answers and the incidents
        they cite), with the checklist of ``checklists`` (the workspace's registry) it was made with, exactly as the
        workspace computes it (``assessments.evaluate_record``). Raises NotFound when that checklist is not here."""
        from ..checklists.assessments import EVIDENCE_COLUMNS, evaluate_record, evidence_records

        checklist = checklists.get(rec["checklist_id"], rec["checklist_version"])
        with self.connect() as conn, pg.translated():
            answers = {}
            for qid, value, note, evidence in conn.execute(
                "SELECT question_id, value, note, evidence FROM answers WHERE assessment_id = %s", [rec["id"]]
            ):
                try:
                    value, evidence = json.loads(value), json.loads(evidence)
                except ValueError:  # never written by FieldKit: the question counts as unanswered
                    continue
                answers[qid] = {
                    "value": value,
                    "note": note,
                    "evidence": [str(i) for i in evidence] if isinstance(evidence, list) else [],
                }
            ids = sorted({i for a in answers.values() for i in a["evidence"]})
            rows = (
                conn.execute(f"SELECT {', '.join(EVIDENCE_COLUMNS)} FROM incidents WHERE id = ANY(%s)", [ids])
                if ids
                else []
            )
            incidents = evidence_records(rows)
        return evaluate_record(checklist, rec, answers, incidents, lang)

    def clusters(self, cell_degrees: float = 0.5, *, include_sensitive: bool = False) -> list[dict]:
        """The map's clusters computed by the server: live final incidents grouped on a grid of ``cell_degrees``,
        each with its centre, count and highest severity."""
        view = "hq_incidents_all" if include_sensitive else "hq_incidents"
        with self.connect() as conn, pg.translated():
            rows = conn.execute(
                "SELECT ST_X(c), ST_Y(c), n, top FROM (SELECT ST_Centroid(ST_Collect(geom)) AS c, count(*) AS n, "
                f"max(severity) AS top FROM {view} GROUP BY ST_SnapToGrid(geom, %s)) g ORDER BY n DESC",
                [float(cell_degrees)],
            ).fetchall()
        return [{"lon": x, "lat": y, "count": n, "max_severity": top} for x, y, n, top in rows]


def tsquery_text(text: str) -> str:
    """What a user typed, as PostgreSQL ``to_tsquery`` text with the workspace's search rules (``fts_query``): a word
    of three letters or more also finds the words it begins ("fisher" finds "fishermen"), ``word*`` is a prefix,
    "quoted phrases" match as phrases, AND/OR/NOT are operators, and ``-word`` leaves a word out. Every word goes in
    quoted, so nothing typed is read as query syntax; the server's dictionaries normalise it (accents, French
    stems)."""
    if text.count('"') % 2:
        raise SearchQueryError('The search "{text}" has an unclosed quotation mark.', text=text)
    quote = lambda w: "'" + w.replace("\\", "\\\\").replace("'", "''") + "'"  # noqa: E731
    terms: list[str] = []  # operands and the operators between them
    pending = "&"
    for tok in _TOKEN_RE.findall(text):
        if tok in ("AND", "OR", "NOT"):
            if not terms or pending != "&" or terms[-1] in ("&", "|"):
                raise SearchQueryError(
                    'The search "{text}" starts or ends with AND, OR or NOT; put words on both sides.', text=text
                )
            pending = {"AND": "&", "OR": "|", "NOT": "& !"}[tok]
            terms.append(pending)
            continue
        negate = tok.startswith("-") and len(tok) > 1
        word = tok[1:] if negate else tok
        if word.startswith('"'):
            inner = word.strip('"').split()
            if not inner:
                continue
            operand = "(" + " <-> ".join(quote(w) for w in inner) + ")"
        elif word.endswith("*") and len(word) > 1:
            operand = quote(word[:-1]) + ":*"
        else:
            operand = quote(word) + (":*" if len(word) >= 3 else "")
        if terms and terms[-1] not in ("&", "|", "& !"):
            terms.append("&")
        terms.append(("!" if negate else "") + operand)
        pending = "&"
    if terms and terms[-1] in ("&", "|", "& !"):
        raise SearchQueryError(
            'The search "{text}" starts or ends with AND, OR or NOT; put words on both sides.', text=text
        )
    return " ".join(terms)


def _grouped(rows) -> Iterator[tuple[str, list]]:
    """(record id, its rows) from rows ordered by their first column."""
    key, group = None, []
    for r in rows:
        if r[0] != key:
            if group:
                yield key, group
            key, group = r[0], []
        group.append(r)
    if group:
        yield key, group


def _gone(iid: str) -> dict:
    return {"record": iid, "kind": "incident", "problem": msg("history exists for an incident that is gone")}


def _not_yet(iid: str) -> dict:
    return {"record": iid, "kind": "incident", "problem": msg("is not in the HQ database yet")}


def _not_here(iid: str) -> dict:
    return {"record": iid, "kind": "incident", "problem": msg("is in the HQ database but not in the workspace")}


def _differs(iid: str) -> dict:
    return {
        "record": iid,
        "kind": "incident",
        "problem": msg("differs between the HQ database and the workspace (publish again)"),
    }


def _bbox(text) -> list[float] | None:
    """An assessment's area box as the workspace stores it (JSON [west, south, east, north]); None if it is not
    one (the page draws only four numbers)."""
    try:
        box = json.loads(text)
    except (TypeError, ValueError):
        return None
    if isinstance(box, list) and len(box) == 4 and all(isinstance(v, int | float) for v in box):
        return [float(v) for v in box]
    return None


def _record(row, columns=ROW_COLUMNS) -> dict:
    rec = dict(zip(columns, row, strict=False))
    for k in ("actors", "tags", "markets"):
        if isinstance(rec.get(k), str):
            rec[k] = json.loads(rec[k])
    if "sensitive" in rec:
        rec["sensitive"] = bool(rec["sensitive"])
    return rec


def _check_chain(rec: dict, chain: list, attachments: list[dict], signed: SignatureCheck) -> list[dict]:
    iid = rec["id"]
    if not chain:
        return [{"record": iid, "kind": "incident", "problem": msg("has no stored history")}]
    out = [
        {"record": iid, "kind": "incident", "problem": m} for m in chain_problems(iid, [r[1:] for r in chain], signed)
    ]
    last = chain[-1]
    live = canonical_json(content_of(rec, attachments))
    if live != last[2] or rec["head_hash"] != last[5] or rec["version"] != last[1]:
        out.append(
            {
                "record": iid,
                "kind": "incident",
                "problem": msg("the current record differs from its last saved version (edited outside FieldKit)"),
            }
        )
    return out


def _check_assessment(aid: str, status: str, head: str, chain: list, signed: SignatureCheck) -> list[dict]:
    """An assessment's chain as the workspace's verify checks it (hashes, links, signatures, the head); its answers
    against the last version are checked in the workspace (``fieldkit verify``)."""
    if status == "final" and not chain:
        return [{"record": aid, "kind": "assessment", "problem": msg("is final but has no stored history")}]
    out = [
        {"record": aid, "kind": "assessment", "problem": m}
        for m in chain_problems(aid, [r[1:] for r in chain], signed, kind="assessment")
    ]
    if chain and status == "final" and head != chain[-1][5]:
        out.append(
            {
                "record": aid,
                "kind": "assessment",
                "problem": msg("the current answers differ from the last saved version (edited outside FieldKit)"),
            }
        )
    return out


_BLOCK = 1 << 20  # attachment contents travel and are stored in blocks of 1 MiB


class _Altered(Exception):
    pass


def _rechunk(blocks: Iterable[bytes], size: int = _BLOCK) -> Iterator[bytes]:
    buf = bytearray()
    for b in blocks:
        buf += b
        while len(buf) >= size:
            yield bytes(buf[:size])
            del buf[:size]
    if buf:
        yield bytes(buf)


def _send_contents(ws, conn) -> tuple[int, int]:
    """Send the plain content of every attachment the store lacks (each in a savepoint of the publication). A file
    missing here (a bundle that carried the record but not the file) or altered here is not sent: ``hq verify``
    reports it, and a later publication sends it once it is back. Returns (sent, not sent)."""
    held = {r[0] for r in conn.execute("SELECT DISTINCT sha256 FROM attachment_blocks")}
    files = ws.incidents.files
    sent = not_sent = 0
    for (sha,) in ws.db.execute("SELECT sha256 FROM attachments ORDER BY sha256").fetchall():
        if sha in held:
            continue
        path = files.path(sha)
        if not path.is_file():
            not_sent += 1
            continue
        try:
            with conn.transaction(), conn.cursor() as cur:
                h = hashlib.sha256()
                with cur.copy("COPY attachment_blocks (sha256, n, data) FROM STDIN") as cp:
                    for n, block in enumerate(_rechunk(files.plain_blocks(path))):
                        h.update(block)
                        cp.write_row((sha, n, block))
                if h.hexdigest() != sha:
                    raise _Altered
            sent += 1
        except (_Altered, IntegrityFailure):  # the savepoint is rolled back: nothing of this file is sent
            log.warning("an attachment file of the workspace does not match its SHA-256: not sent")
            not_sent += 1
    return sent, not_sent


def _blocks_of(conn, sha: str) -> Iterator[tuple[int, bytes]]:
    with conn.cursor(name=f"fieldkit_blocks_{sha[:16]}") as cur:
        cur.itersize = 8  # 8 MiB at a time
        cur.execute("SELECT n, data FROM attachment_blocks WHERE sha256 = %s ORDER BY n", [sha])
        yield from cur


def _check_contents(conn) -> tuple[int, list[dict]]:
    """Recompute each stored attachment's SHA-256 and size from its blocks; an attachment an incident links to and
    the store does not hold is reported too."""
    problems = []
    rows = conn.execute(
        "SELECT a.sha256, a.size, EXISTS (SELECT 1 FROM attachment_blocks b WHERE b.sha256 = a.sha256), "
        "EXISTS (SELECT 1 FROM incident_attachments l WHERE l.sha256 = a.sha256) FROM attachments a ORDER BY 1"
    ).fetchall()
    checked = 0
    for sha, size, stored, linked in rows:
        if not stored:
            if linked:
                why = msg("the file is not in the HQ database (publish from the workspace)")
                problems.append({"record": sha, "kind": "attachment", "problem": why})
            continue
        checked += 1
        h, total, gap = hashlib.sha256(), 0, False
        for expected, (n, data) in enumerate(_blocks_of(conn, sha)):
            if n != expected:
                gap = True
                break
            h.update(data)
            total += len(data)
        if gap or total != size or h.hexdigest() != sha:
            why = msg("the file was altered or cut short in the HQ database")
            problems.append({"record": sha, "kind": "attachment", "problem": why})
    return checked, problems


def _copy_rows(conn, sql, table: str, cols: Iterable[str], rows: list) -> None:
    if not rows:
        return
    stmt = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, cols))
    )
    with conn.cursor() as cur, cur.copy(stmt) as cp:
        for r in rows:
            cp.write_row(r)


def _upsert(conn, sql, table: str, cols, key, rows: list, *, replace_all: bool = False) -> None:
    """Insert or update ``rows`` by ``key`` (through a staging table filled by COPY); with ``replace_all`` the rows
    of ``table`` not among them are deleted."""
    if not rows and not replace_all:
        return
    cols = list(cols)
    stage = sql.Identifier(f"_stage_{table}")
    ident = sql.Identifier(table)
    collist = sql.SQL(", ").join(map(sql.Identifier, cols))
    staged = _STAGED.setdefault(conn, set())
    if table not in staged:  # one staging table per connection and table, emptied at each commit
        conn.execute(
            sql.SQL("CREATE TEMP TABLE {} ON COMMIT DELETE ROWS AS SELECT {} FROM {} WITH NO DATA").format(
                stage, collist, ident
            )
        )
        staged.add(table)
    if rows:
        with conn.cursor() as cur, cur.copy(sql.SQL("COPY {} ({}) FROM STDIN").format(stage, collist)) as cp:
            for r in rows:
                cp.write_row(r)
    keylist = sql.SQL(", ").join(map(sql.Identifier, key))
    if replace_all:
        conn.execute(
            sql.SQL("DELETE FROM {t} WHERE ({k}) NOT IN (SELECT {k} FROM {s})").format(t=ident, k=keylist, s=stage)
        )
    others = [c for c in cols if c not in key]
    action = (
        sql.SQL("DO UPDATE SET ")
        + sql.SQL(", ").join(sql.SQL("{c} = excluded.{c}").format(c=sql.Identifier(c)) for c in others)
        if others
        else sql.SQL("DO NOTHING")
    )
    conn.execute(
        sql.SQL("INSERT INTO {t} ({c}) SELECT {c} FROM {s} ON CONFLICT ({k}) ").format(
            t=ident, c=collist, s=stage, k=keylist
        )
        + action
    )
    conn.execute(sql.SQL("DELETE FROM {}").format(stage))  # emptied for a later use in this transaction
