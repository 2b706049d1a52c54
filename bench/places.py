"""The gazetteer's speed figures: building its index (once per machine), opening it, searching and describing.
Prints named figures; asserts nothing.

    python bench/places.py [--repeat N]

The build runs into a fresh temporary folder (the user's cache is not touched). The baseline in the same run is
reading GeoNames' cities500 JSON alone, the part of the build no index can avoid.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fieldkit import places  # noqa: E402


def figure(name: str, value: float, unit: str, note: str = "") -> None:
    print(f"{name:<48} {value:>12.3f} {unit:<8} {note}")


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=20, help="runs per look-up (medians are printed)")
    args = ap.parse_args()
    t = time.perf_counter()
    records, _countries = places.load_records()
    read = time.perf_counter() - t
    figure(f"read {places.DATASET} JSON ({len(records):,} places)", read, "s", "baseline")
    del records
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "places.sqlite"
        g = places.Gazetteer(path)
        t = time.perf_counter()
        g.ensure()
        build = time.perf_counter() - t
        figure("build the index (first use on a machine)", build, "s", f"{build / read:.1f}x the JSON read")
        figure("index file size", path.stat().st_size / 1e6, "MB")
        t = time.perf_counter()
        again = places.Gazetteer(path)
        again.search("bafata")
        figure("open the built index and search once", (time.perf_counter() - t) * 1000, "ms")
        for text, cc in (("gabu", None), ("b", None), ("ba", "GW"), ("nova lamego", None)):
            label = f"search '{text}'" + (f" in {cc}" if cc else "")
            figure(label, median_ms(lambda text=text, cc=cc: again.search(text, country=cc), args.repeat), "ms")
        figure("near(12.2166, -14.61), 5 places", median_ms(lambda: again.near(12.2166, -14.61), args.repeat), "ms")
        figure("describe(12.2166, -14.61)", median_ms(lambda: again.describe(12.2166, -14.61), args.repeat), "ms")
        figure("describe(0, -30) (mid-ocean)", median_ms(lambda: again.describe(0.0, -30.0), 3), "ms")


if __name__ == "__main__":
    main()
