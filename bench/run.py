"""FieldKit speed figures at realistic scale. Prints named figures; asserts nothing.

    python bench/run.py [--quick] [--sizes N,N] [--plain]
                        [--only incidents,map,bundle,report,webengine,encryption,mapscale]

Workspaces are encrypted (the product's default; ``--plain`` for plain ones); ``encryption`` prints search, list,
import and verify times of an encrypted and a plain workspace holding the same records, in the same run (target:
encrypted within 1.5x of plain). The quick delete has its own script, ``bench/wipe.py``. ``mapscale`` runs
``bench/map_bench.py``: first paint and pan/zoom query times at 1,000 and 1,000,000 incidents (10,000 with
``--quick``) and their ratio (targets at 1,000,000: first paint < 1 s, each pan/zoom < 150 ms).

Targets (from the issues): map build with 100,000 incidents < 2 s; bundle import >= 1/3 of the
raw executemany rate; re-import of the same bundle < 3 s; list/search fluid at 100,000 rows.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from fieldkit import demo, maps, storage  # noqa: E402
from fieldkit.incidents import IncidentFilter  # noqa: E402
from fieldkit.workspace import Workspace  # noqa: E402

PASSPHRASE = "bench passphrase, not a secret"
PLAIN = False  # --plain


def open_ws(folder, plain: bool | None = None) -> Workspace:
    plain = PLAIN if plain is None else plain
    return Workspace(folder, unencrypted=True) if plain else Workspace(folder, passphrase=PASSPHRASE)


def figure(name: str, value: float, unit: str, note: str = "") -> None:
    print(f"{name:<48} {value:>12.3f} {unit:<8} {note}")


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def make_ws(n: int, seed: int = 1, plain: bool | None = None) -> Workspace:
    ws = open_ws(Path(tempfile.mkdtemp()) / f"ws{n}", plain)
    _, dt = timed(lambda: ws.incidents.add_many(demo.make_incidents(n, seed, ws.clock.now(), demo.load_places())))
    figure(f"insert {n:,} incidents (validated, hashed)", dt, "s")
    return ws


def bench_incidents(ws, n):
    _, dt = timed(lambda: ws.incidents.search_rowids(IncidentFilter()))
    figure(f"list all row ids ({n:,})", dt * 1000, "ms", "what the table model loads")
    ids, _ = timed(lambda: ws.incidents.search_rowids(IncidentFilter(text="convoy")))
    _, dt = timed(lambda: ws.incidents.search_rowids(IncidentFilter(text="convoy", severity_min=3), sort="rank"))
    figure(f"FTS5 ranked search + filter ({n:,})", dt * 1000, "ms")
    _, dt = timed(lambda: ws.incidents.rows_by_rowid(ids[:200]))
    figure("fetch one page of 200 rows", dt * 1000, "ms")
    _, dt = timed(lambda: ws.incidents.verify())
    figure(f"verify every chain ({n:,})", dt, "s")


def bench_map(ws, n):
    page, dt = timed(lambda: maps.build_map(ws))
    size = len(page.html) + sum(len(v) for v in page.files.values())
    figure(f"map build ({n:,} incidents)", dt, "s", "target < 2 s at 100,000")
    figure(f"map HTML + data size ({n:,})", size / 1e6, "MB")


def _raw_insert(hq) -> float:
    """The raw rate: a plain executemany of the same rows into a new SQLite file (default settings)."""
    rows = hq.db.execute("SELECT * FROM incidents").fetchall()
    vrows = hq.db.execute("SELECT * FROM incident_versions").fetchall()
    raw = sqlite3.connect(Path(tempfile.mkdtemp()) / "raw.sqlite")
    for t in ("incidents", "incident_versions"):
        raw.execute(hq.db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [t]).fetchone()[0])
    _settle()
    t = time.perf_counter()
    raw.executemany(f"INSERT INTO incidents VALUES ({','.join('?' * len(rows[0]))})", rows)
    raw.executemany(f"INSERT INTO incident_versions VALUES ({','.join('?' * len(vrows[0]))})", vrows)
    raw.commit()
    dt = time.perf_counter() - t
    raw.close()
    return dt


def bench_bundle(ws, n, repeat):
    """Import and raw insert alternate ``repeat`` times (this machine's timings vary by a third from run to
    run); the ratio is taken between the medians."""
    from fieldkit.sync import bundle, keys

    out = Path(tempfile.mkdtemp()) / "b.fkb"
    _, dt = timed(lambda: bundle.export_bundle(ws, out, encrypt_to_hq=False, plain=True))
    figure(f"bundle export ({n:,})", dt, "s", f"{out.stat().st_size / 1e6:.1f} MB")
    imports, raws, copies = [], [], []
    for i in range(repeat):
        hq = open_ws(Path(tempfile.mkdtemp()) / "hq")
        hq.trust.add(keys.public_identity(ws))
        _settle()
        rep, dt_imp = timed(lambda hq=hq: bundle.import_bundle(hq, out))
        imports.append(dt_imp)
        figure(f"bundle import ({n:,}), run {i + 1}", dt_imp, "s", f"added {rep['added']}")
        # a large import returns once committed; the copy of the write-ahead log into the database file follows
        # in a thread of its own (the user does not wait for it): timed here, and finished before anything else runs
        _, dt = timed(storage.wait_for_checkpoints)
        copies.append(dt)
        figure(f"  then checkpoint in the background ({n:,}), run {i + 1}", dt, "s", "after the import returned")
        if i == 0:
            _, dt = timed(lambda hq=hq: bundle.import_bundle(hq, out))
            figure(f"re-import same bundle ({n:,})", dt, "s", "target < 3 s")
        raws.append(_raw_insert(hq))
        figure(f"raw executemany of the same rows ({n:,}), run {i + 1}", raws[-1], "s")
        hq.close()
    figure(f"bundle import ({n:,}), median", statistics.median(imports), "s")
    figure(f"raw executemany ({n:,}), median", statistics.median(raws), "s")
    figure(
        "import rate / raw rate (medians)",
        statistics.median(raws) / statistics.median(imports),
        "ratio",
        "target >= 0.333",
    )
    both = [a + b for a, b in zip(imports, copies, strict=False)]
    figure(
        "  same, counting the background checkpoint",
        statistics.median(raws) / statistics.median(both),
        "ratio",
        "for comparison",
    )


def bench_encryption(n: int, repeat: int) -> None:
    """The same work on a plain and an encrypted workspace holding the same records, alternately ``repeat``
    times; medians compared."""
    from fieldkit.sync import bundle, keys

    def search(ws):
        return ws.incidents.search_rowids(IncidentFilter(text="convoy", severity_min=3), sort="rank")

    src = make_ws(n, plain=True)
    out = Path(tempfile.mkdtemp()) / "b.fkb"
    bundle.export_bundle(src, out, encrypt_to_hq=False, plain=True)
    times: dict[tuple[str, str], list[float]] = {}
    for _ in range(repeat):
        for kind in ("plain", "encrypted"):
            ws = open_ws(Path(tempfile.mkdtemp()) / kind, plain=kind == "plain")
            ws.trust.add(keys.public_identity(src))
            _settle()
            work = {
                "import": lambda ws=ws: (bundle.import_bundle(ws, out), storage.wait_for_checkpoints()),
                "list": lambda ws=ws: ws.incidents.search_rowids(IncidentFilter()),
                "search": lambda ws=ws: search(ws),
                "verify": lambda ws=ws: ws.verify(),
            }
            for name, fn in work.items():
                _, dt = timed(fn)
                times.setdefault((name, kind), []).append(dt)
                if name in ("list", "search"):  # again, its pages now in the connection's cache (decrypted)
                    warm = statistics.median(timed(fn)[1] for _ in range(5))
                    times.setdefault((name + ", warm", kind), []).append(warm)
            ws.close()
            # as in the app: opened again (its page cache empty), warmed up step by step while the user looks at
            # the window, then the first search
            ws = open_ws(ws.folder, plain=kind == "plain")
            t = time.perf_counter()
            steps = sum(1 for _ in ws.incidents.warm_up())
            times.setdefault((f"warm-up ({steps} steps)", kind), []).append(time.perf_counter() - t)
            times.setdefault(("search, after the warm-up", kind), []).append(timed(lambda ws=ws: search(ws))[1])
            ws.close()
    src.close()
    names = ["import", "list", "list, warm", "search", "search, warm", "search, after the warm-up", "verify"]
    names += sorted({name for name, _ in times if name.startswith("warm-up")})
    for name in names:
        plain, enc = statistics.median(times[(name, "plain")]), statistics.median(times[(name, "encrypted")])
        figure(f"{name} ({n:,}) plain, median", plain, "s")
        figure(f"{name} ({n:,}) encrypted, median", enc, "s")
        figure(f"{name} ({n:,}) encrypted / plain", enc / plain if plain else float("nan"), "ratio", "target <= 1.5")


def _settle() -> None:
    """Write out what earlier steps left in the page cache, so that no timed step pays for another's disk writes."""
    if hasattr(os, "sync"):
        os.sync()


def bench_report(ws, n):
    if n != 1_000:
        return
    from fieldkit import reports

    out = Path(tempfile.mkdtemp()) / "r.pdf"
    res, dt = timed(lambda: reports.incidents_report(ws, IncidentFilter(include_sensitive=True), out))
    figure(f"PDF report with a {res['incidents']:,}-incident annex", dt, "s", "target < 3 s")


def bench_webengine(ws, n):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    from ui.app import _prepare_environment

    _prepare_environment()
    from PySide6.QtWidgets import QApplication

    from ui.map.widget import MapWidget

    app = QApplication.instance() or QApplication([])
    w = MapWidget(ws)
    w.resize(1200, 800)
    w.show()
    done = []
    w.loaded.connect(done.append)
    t = time.perf_counter()
    w.show_map()
    while not done and time.perf_counter() - t < 120:
        app.processEvents()
        time.sleep(0.01)
    figure(f"QtWebEngine page loaded ({n:,})", time.perf_counter() - t, "s", "" if done else "timed out")
    w.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="1,000 and 10,000 only")
    ap.add_argument("--only", default="incidents,map,bundle,report,webengine,encryption,mapscale")
    ap.add_argument("--plain", action="store_true", help="plain workspaces (the default is encrypted ones)")
    ap.add_argument(
        "--repeat", type=int, default=3, help="bundle imports and raw inserts per size (medians are compared)"
    )
    ap.add_argument("--sizes", help="comma-separated incident counts (default 1,000, 10,000 and 100,000)")
    args = ap.parse_args()
    global PLAIN
    PLAIN = args.plain
    parts = set(args.only.split(","))
    sizes = [1_000, 10_000] if args.quick else [1_000, 10_000, 100_000]
    if args.sizes:
        sizes = [int(v) for v in args.sizes.replace("_", "").split(",")]
    folders = {}
    per_size = parts & {"incidents", "map", "bundle", "report", "webengine"}
    for n in sizes if per_size else ():
        print(f"--- {n:,} incidents")
        ws = make_ws(n)
        folders[n] = ws.folder
        if "incidents" in parts:
            bench_incidents(ws, n)
        if "map" in parts:
            bench_map(ws, n)
        if "bundle" in parts:
            bench_bundle(ws, n, args.repeat)
        if "report" in parts:
            bench_report(ws, n)
        ws.close()
    if "encryption" in parts:
        for n in sizes:
            print(f"--- encrypted vs plain, {n:,} incidents")
            bench_encryption(n, args.repeat)
    if "mapscale" in parts:
        import map_bench

        map_bench.run((1_000, 10_000) if args.quick else (1_000, 1_000_000))
    if "webengine" in parts:  # last: QtWebEngine's processes would otherwise share the CPU with the figures above
        print("--- QtWebEngine")
        for n in sizes:
            ws = open_ws(folders[n])
            bench_webengine(ws, n)
            ws.close()


if __name__ == "__main__":
    main()
