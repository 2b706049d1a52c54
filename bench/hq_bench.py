"""HQ store on PostgreSQL: ingest, search and cluster figures. Prints named figures; asserts nothing.

    python bench/hq_bench.py [--devices 20] [--incidents 500] [--dsn postgresql:///postgres?host=...]

N simulated field devices x M incidents each, one bundle per device. Ingest = the HQ workspace's import (the one merge
engine: validation, authority, merge) and the publication to PostgreSQL (``import bundle`` does both), timed:
- by a single importer (every bundle in turn);
- by four importer processes at once on a second HQ workspace (each imports a quarter of the bundles);
against PostgreSQL's own ``COPY`` of the same rows (incidents and their versions) into an empty store of the same
schema, in the same run (the issue's target: ingest at least 1/3 of COPY). Then the store's full-text search and its
map-cluster query (targets at 1,000,000 incidents: < 100 ms and < 150 ms).

Without ``--dsn`` a throwaway cluster is started with tools/pg_test_cluster.sh (PostgreSQL + PostGIS installed),
and stopped at the end. The issue's full scale is 1,000 x 1,000; run that only on a machine of its own.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402
from psycopg.conninfo import conninfo_to_dict, make_conninfo  # noqa: E402

from fieldkit import demo  # noqa: E402
from fieldkit.hq.store import SETTING, HqStore  # noqa: E402
from fieldkit.sync import bundle, keys  # noqa: E402
from fieldkit.workspace import Workspace  # noqa: E402


def figure(name: str, value: float, unit: str, note: str = "") -> None:
    print(f"{name:<56} {value:>12.3f} {unit:<10} {note}", flush=True)


def with_db(dsn: str, name: str) -> str:
    p = conninfo_to_dict(dsn)
    p["dbname"] = name
    return make_conninfo(**p)


CREATED: list[str] = []  # the databases this run made (dropped at the end)


def new_database(admin: str) -> str:
    name = f"fieldkit_bench_{uuid.uuid4().hex[:8]}"
    CREATED.append(name)
    with psycopg.connect(admin, autocommit=True) as c:
        c.execute(f"CREATE DATABASE {name}")
    dsn = with_db(admin, name)
    HqStore(dsn).init(roles=False)
    return dsn


def make_devices(base: Path, hq: Workspace, n: int, m: int) -> list[Path]:
    places = demo.load_places()
    files = []
    for d in range(n):
        f = Workspace(base / f"field{d}", unencrypted=True)
        f.settings.set("device_label", f"device {d}")
        f.incidents.add_many(demo.make_incidents(m, d + 1, f.clock.now(), places))
        f.trust.add(keys.public_identity(hq), role="hq", label="HQ")
        files.append(base / f"b{d}.fkb")
        bundle.export_bundle(
            f, files[-1], include_demo=True, include_sensitive=True, plain=True, encrypt_to_hq=False
        )  # both HQs read them
        f.close()
    return files


def make_hq(folder: Path, devices_base: Path, n: int, dsn: str) -> Workspace:
    hq = Workspace(folder, unencrypted=True)
    for d in range(n):
        f = Workspace(devices_base / f"field{d}", unencrypted=True)
        hq.trust.add(keys.public_identity(f))
        f.close()
    hq.settings.set(SETTING, dsn)
    return hq


def import_share(folder: str, files: list[str], dsn: str) -> tuple[int, float, float, int]:
    """One importer process: opens the HQ workspace, imports its bundles, publishing after each (as the CLI does).
    An import that found the workspace busy for longer than its wait (another importer's merge) is tried again, as
    a user would, and counted. Returns (incidents added, seconds importing, seconds publishing, retries)."""
    from fieldkit.errors import DatabaseBusy

    ws = Workspace(folder, unencrypted=True)
    try:
        store, n, t_import, t_publish, retries = HqStore(dsn), 0, 0.0, 0.0, 0
        for f in files:
            t = time.perf_counter()
            for attempt in range(20):
                try:
                    n += bundle.import_bundle(ws, f)["added"]
                    break
                except DatabaseBusy:
                    retries += 1
                    if attempt == 19:
                        raise
            t_import += time.perf_counter() - t
            t = time.perf_counter()
            store.publish(ws)
            t_publish += time.perf_counter() - t
        return n, t_import, t_publish, retries
    finally:
        ws.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--devices", type=int, default=20)
    ap.add_argument("--incidents", type=int, default=500)
    ap.add_argument("--dsn", default=os.environ.get("FIELDKIT_TEST_POSTGRES"))
    ap.add_argument(
        "--devices-dir",
        help="keep the devices' workspaces and bundles in this folder, and reuse them when a run of the same size "
        "left them there (making 1,000 x 1,000 takes minutes; it is not part of any figure)",
    )
    ap.add_argument(
        "--four-devices",
        type=int,
        metavar="N",
        help="run the four concurrent importers on the first N devices only (default: all). At 1,000 x 1,000 four "
        "importers on one HQ workspace fill the disk with its write-ahead log (docs/hq-postgresql.md, Speed)",
    )
    a = ap.parse_args()
    cluster = None
    if not a.dsn:
        cluster = Path(f"/tmp/fieldkit-bench-pg-{uuid.uuid4().hex[:6]}")
        a.dsn = subprocess.run(
            ["bash", str(ROOT / "tools" / "pg_test_cluster.sh"), "start", str(cluster)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    try:
        with psycopg.connect(a.dsn, autocommit=True) as c:
            c.execute("SELECT 1 FROM pg_extension")  # reachable
            server = c.execute("SHOW server_version").fetchone()[0]
            fsync = c.execute("SHOW fsync").fetchone()[0]
        total = a.devices * a.incidents
        print(
            f"HQ benchmark: {a.devices} devices x {a.incidents} incidents = {total:,}; "
            f"PostgreSQL {server}, fsync={fsync}"
        )
        base = Path(a.devices_dir) if a.devices_dir else Path(tempfile.mkdtemp(prefix="fieldkit-hq-bench-"))
        made = base / f"made-{a.devices}x{a.incidents}"
        if made.exists():
            files = [base / f"b{d}.fkb" for d in range(a.devices)]
            for hq in ("hq1", "hq2"):  # the HQ workspaces of an earlier run go; the devices stay
                shutil.rmtree(base / hq, ignore_errors=True)
            print(f"   (the devices and bundles of an earlier run are reused from {base})")
        else:
            t = time.perf_counter()
            hq0 = Workspace(base / "hq0", unencrypted=True)  # an HQ key for the devices to know
            files = make_devices(base, hq0, a.devices, a.incidents)
            hq0.close()
            figure("make the devices' bundles (not part of ingest)", time.perf_counter() - t, "s")
            made.touch()

        # 1. a single importer
        dsn1 = new_database(a.dsn)
        hq1 = make_hq(base / "hq1", base, a.devices, dsn1)
        hq1.close()
        t = time.perf_counter()
        _, t_import, t_publish, _ = import_share(str(base / "hq1"), [str(f) for f in files], dsn1)
        single = time.perf_counter() - t
        figure("ingest, single importer (import + publish)", total / single, "inc/s", f"{single:.2f} s")
        figure("   of which the workspace's import (merge engine)", t_import, "s")
        figure("   of which the publication to PostgreSQL", t_publish, "s")

        # 2. four importer processes at once, on a second HQ workspace and store
        dsn2 = new_database(a.dsn)
        hq2 = make_hq(base / "hq2", base, a.devices, dsn2)
        hq2.close()
        subset = files[: a.four_devices] if a.four_devices else files
        total4 = len(subset) * a.incidents
        shares = [[str(f) for f in subset[i::4]] for i in range(4)]
        t = time.perf_counter()
        with ProcessPoolExecutor(4) as pool:
            results = list(pool.map(import_share, [str(base / "hq2")] * 4, shares, [dsn2] * 4))
        added, retries = sum(r[0] for r in results), sum(r[3] for r in results)
        four = time.perf_counter() - t
        figure(
            "ingest, 4 concurrent importers (import + publish)",
            total4 / four,
            "inc/s",
            f"{four:.2f} s for {total4:,} incidents ({len(subset)} devices)",
        )
        with psycopg.connect(dsn2) as c:
            n2 = c.execute("SELECT count(*) FROM incidents").fetchone()[0]
        print(
            f"   (4 importers: {added:,} added in the workspace, {n2:,} incidents in the store; {retries} import(s) "
            "found the workspace busy past the 10 s wait and were tried again)"
        )

        # 3. PostgreSQL's COPY of the same rows into an empty store of the same schema
        dsn3 = new_database(a.dsn)
        hq1 = Workspace(base / "hq1", unencrypted=True)
        from fieldkit.hq.store import INCIDENT_COLUMNS

        inc = hq1.db.execute(f"SELECT {', '.join(INCIDENT_COLUMNS)} FROM incidents").fetchall()
        vcols = [r[1] for r in hq1.db.execute("PRAGMA table_info(incident_versions)")]
        ver = hq1.db.execute(f"SELECT {', '.join(vcols)} FROM incident_versions").fetchall()
        with psycopg.connect(dsn3) as c:
            t = time.perf_counter()
            with c.cursor() as cur:
                with cur.copy(f"COPY incidents ({', '.join(INCIDENT_COLUMNS)}) FROM STDIN") as cp:
                    for r in inc:
                        cp.write_row(r)
                with cur.copy(f"COPY incident_versions ({', '.join(vcols)}) FROM STDIN") as cp:
                    for r in ver:
                        cp.write_row(r)
            c.commit()
            copy = time.perf_counter() - t
        figure("PostgreSQL COPY of the same rows (baseline)", len(inc) / copy, "inc/s", f"{copy:.2f} s")
        figure("ingest single / COPY (target >= 0.33)", (total / single) / (len(inc) / copy), "ratio")
        figure("ingest 4 importers / COPY", (total4 / four) / (len(inc) / copy), "ratio")

        # 4. search and clusters on the store of the single importer
        store = HqStore(dsn1)
        for q in ("convoy", "checkpoint", "gabu"):
            times = []
            for _ in range(5):
                t = time.perf_counter()
                store.search(q, limit=50, include_sensitive=True)
                times.append(time.perf_counter() - t)
            figure(f"search '{q}' (50 best, {total:,} rows; median of 5)", statistics.median(times) * 1000, "ms")
            times = []
            for _ in range(5):  # as the app's HQ page lists a search: newest first, not ranked
                t = time.perf_counter()
                list(store.records(q, limit=50, include_sensitive=True, newest=True))
                times.append(time.perf_counter() - t)
            figure(f"search '{q}' (50 newest, as the HQ page; median of 5)", statistics.median(times) * 1000, "ms")
        views = {
            "world, zoom 2": ((-180, -85, 180, 85), 2),
            "West Africa, zoom 5": ((-25, 0, 10, 25), 5),
            "Guinea-Bissau, zoom 8": ((-17, 10.5, -13, 13), 8),
            "Bissau, zoom 12": ((-15.7, 11.8, -15.5, 11.9), 12),
            "Bissau, zoom 14 (from the rows)": ((-15.65, 11.84, -15.6, 11.88), 14),
        }
        for name, (bbox, z) in views.items():
            times = []
            for _ in range(5):
                t = time.perf_counter()
                got = store.map_clusters(bbox, z, include_sensitive=True)
                times.append(time.perf_counter() - t)
            figure(
                f"map clusters of a view: {name} ({len(got['clusters'])}; median of 5)",
                statistics.median(times) * 1000,
                "ms",
            )
        # the app's HQ database page: its first look (the newest 500, the map's summary) and its map's views
        page = {
            "HQ page: the newest 500 incidents": lambda: list(store.records(limit=500, newest=True)),
            "HQ page: the map's summary (counts, extent, period)": lambda: store.map_summary(),
            "HQ page: one incident with its history": lambda: store.incident(hq1_first),
            "HQ page map view: West Africa, zoom 5": lambda: store.map_view((-25, 0, 10, 25), 5),
            "HQ page map view: Bissau, zoom 12": lambda: store.map_view((-15.7, 11.8, -15.5, 11.9), 12),
            "HQ page map view: a street, zoom 17 (points)": lambda: store.map_view((-15.62, 11.85, -15.61, 11.86), 17),
        }
        hq1_first = next(iter(store.records(limit=1, newest=True)))["id"]
        for name, fn in page.items():
            times = []
            for _ in range(5):
                t = time.perf_counter()
                fn()
                times.append(time.perf_counter() - t)
            figure(f"{name} (median of 5)", statistics.median(times) * 1000, "ms")
        for cell in (1.0, 0.1):  # the whole store on an arbitrary grid, from the rows (GIS staff's query)
            times = []
            for _ in range(5):
                t = time.perf_counter()
                n = len(store.clusters(cell, include_sensitive=True))
                times.append(time.perf_counter() - t)
            figure(
                f"map clusters, {cell} degree grid ({n} clusters; median of 5)", statistics.median(times) * 1000, "ms"
            )
        hq1.close()
    finally:
        if not cluster:  # a server of the user's: the databases made for this run go
            with psycopg.connect(a.dsn, autocommit=True) as c:
                for name in CREATED:
                    c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if cluster:
            subprocess.run(["bash", str(ROOT / "tools" / "pg_test_cluster.sh"), "stop", str(cluster)])


if __name__ == "__main__":
    main()
