"""The quick delete at scale: an encrypted workspace of 100,000 incidents and 1 GB of attachments destroyed by
``fieldkit.wipe`` (the keys first, then every file). Prints figures; asserts nothing.

    python bench/wipe.py [--incidents 100000] [--attachments-mb 1024] [--file-mb 4]

The attachment files are written as sparse files of the sealed size (their content does not matter to the time a
deletion takes, and writing 1 GB of real ciphertext would only slow the set-up). Target: under 2 s.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fieldkit import demo, vault  # noqa: E402
from fieldkit import wipe as wiping  # noqa: E402
from fieldkit.workspace import Workspace  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--incidents", type=int, default=100_000)
    ap.add_argument("--attachments-mb", type=int, default=1024)
    ap.add_argument("--file-mb", type=int, default=4)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp()) / "ws"
    t = time.perf_counter()
    ws = Workspace(folder, passphrase="bench passphrase, not a secret")
    ws.incidents.add_many(demo.make_incidents(args.incidents, 1, ws.clock.now(), demo.load_places()))
    ws.close()
    files = max(1, args.attachments_mb // args.file_mb)
    size = args.file_mb * 1024 * 1024
    for i in range(files):
        sha = hashlib.sha256(str(i).encode()).hexdigest()
        p = folder / "attachments" / sha[:2] / sha
        p.parent.mkdir(parents=True, exist_ok=True)
        with open(p, "wb") as f:
            f.write(vault.MAGIC)
            f.truncate(size)
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    print(
        f"set-up: {args.incidents:,} incidents, {files} attachment files, {total / 1e9:.2f} GB "
        f"in {time.perf_counter() - t:.1f} s"
    )
    t = time.perf_counter()
    done = wiping.wipe(folder)
    dt = time.perf_counter() - t
    print(f"{'wipe (keys first, then every file)':<48} {dt:>12.3f} s        target < 2 s; {done['removed']} files")
    print(f"{'folder left':<48} {str(folder.exists()):>12}")


if __name__ == "__main__":
    main()
