"""Writes tests/data/workspace-v1.sqlite: a workspace at schema step 1 with three incidents.
Run once when a new schema step lands (the file is committed so upgrades are tested on a real old file)."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fieldkit import storage  # noqa: E402
from fieldkit.clock import FixedClock  # noqa: E402

out = ROOT / "tests" / "data" / "workspace-v1.sqlite"
out.unlink(missing_ok=True)
clock = FixedClock("2026-01-10T08:00:00Z")
db = storage.open_database(out, clock=clock, upto=1)
db.execute(
    "INSERT INTO settings (key, value, updated_at) VALUES ('device_id', '7b4f1c1e-9a53-4c51-8f21-1a2b3c4d5e6f', ?)",
    [clock.now_iso()],
)
db.conn.commit()


class _WS:  # the smallest workspace the incident store needs at schema step 1
    pass


from fieldkit import vocab  # noqa: E402
from fieldkit.incidents import IncidentStore  # noqa: E402

ws = _WS()
ws.db, ws.clock, ws.vocab, ws.device_id, ws.user_name = (
    db,
    clock,
    vocab.default(),
    "7b4f1c1e-9a53-4c51-8f21-1a2b3c4d5e6f",
    "fixture",
)
ws.attachments_dir = out.parent / "unused"
store = IncidentStore(ws)
for i, (title, cat) in enumerate(
    [
        ("Convoy at the river crossing", "MOVE_OBS"),
        ("Checkpoint levy on traders", "EXTORT"),
        ("Cocaine seizure at the port", "INT_SEIZURE"),
    ]
):
    store.add(
        {
            "title": title,
            "description": "fixture",
            "occurred_at": f"2026-01-0{i + 1}",
            "lat": 11.8,
            "lon": -15.2,
            "category": cat,
            "severity": i + 2,
        }
    )
db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
db.conn.execute("PRAGMA journal_mode=DELETE")
db.conn.close()
print("wrote", out)
