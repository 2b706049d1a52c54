"""The signed inventory (version 2, fieldkit/workspace.py): each commit rehashes only the incident buckets it touched,
yet the digest always equals one computed from scratch, also when other connections committed meanwhile; a removal
behind the app's back is still found; an inventory of version 1 is still read."""

import json
import threading

from fieldkit import workspace as wsmod
from fieldkit.signatures import seal
from fieldkit.sync.keys import device_keys
from tests.workspaces import Workspace, raw_connect


def _stored(ws) -> dict:
    return json.loads(ws.db.execute("SELECT value FROM settings WHERE key = 'inventory'").fetchone()[0])


def _from_scratch(ws) -> tuple[str, int]:
    return wsmod._inventory_v2(ws.db.conn, wsmod._bucket_digests(ws.db.conn))


def test_each_commit_keeps_the_inventory_equal_to_one_made_from_scratch(tmp_path, incident_data):
    ws = Workspace(tmp_path / "w")
    other = Workspace(tmp_path / "w")  # a second connection to the same workspace (another window, a command)
    try:
        ws.incidents.add_many([{**incident_data, "title": f"Bulk {i}"} for i in range(300)])
        assert (_stored(ws)["digest"], _stored(ws)["count"]) == _from_scratch(ws)
        assert _stored(ws)["v"] == 2 and _stored(ws)["count"] == 300
        first = ws.incidents.search()[0]["id"]
        ws.incidents.update(first, {"severity": 5}, reason="Worse")  # one bucket rehashed
        assert (_stored(ws)["digest"], _stored(ws)["count"]) == _from_scratch(ws)
        # another connection commits: this one's buckets are stale and must not be trusted
        made = other.incidents.add({**incident_data, "title": "From the other window"})
        other.incidents.delete(first)
        other.incidents.purge(first)
        ws.incidents.update(made["id"], {"severity": 1}, reason="Less")
        assert (_stored(ws)["digest"], _stored(ws)["count"]) == _from_scratch(ws)
        # a worker thread's connection, then this one again
        t = threading.Thread(target=lambda: ws.incidents.add({**incident_data, "title": "From a worker"}))
        t.start()
        t.join()
        ws.incidents.add({**incident_data, "title": "After the worker"})
        assert (_stored(ws)["digest"], _stored(ws)["count"]) == _from_scratch(ws)
        assert ws.verify()["ok"] and other.verify()["ok"]
    finally:
        other.close()
        ws.close()


def test_a_commit_rehashes_only_the_buckets_it_touched(tmp_path, incident_data, monkeypatch):
    ws = Workspace(tmp_path / "w")
    try:
        ws.incidents.add_many([{**incident_data, "title": f"Bulk {i}"} for i in range(200)])
        asked = []
        real = wsmod._bucket_digests
        monkeypatch.setattr(
            wsmod, "_bucket_digests", lambda conn, prefixes=None: asked.append(prefixes) or real(conn, prefixes)
        )
        rec = ws.incidents.search()[0]
        ws.incidents.update(rec["id"], {"severity": 4}, reason="Worse")
        assert asked == [[rec["id"][:4]]]
    finally:
        ws.close()


def test_a_record_removed_behind_the_apps_back_is_still_found(tmp_path, incident_data):
    ws = Workspace(tmp_path / "w")
    try:
        ws.incidents.add_many([{**incident_data, "title": f"Bulk {i}"} for i in range(50)])
        gone = ws.incidents.search()[7]["id"]
        conn = raw_connect(ws.db_path)
        for table, key in (("incident_versions", "incident_id"), ("incidents", "id")):
            conn.execute(f"DELETE FROM {table} WHERE {key} = ?", [gone])
        conn.commit()
        conn.close()
        problems = ws.verify()["problems"]
        assert [p["kind"] for p in problems] == ["inventory"]
        assert "added or removed outside FieldKit" in problems[0]["problem"]
    finally:
        ws.close()


def test_an_inventory_of_version_1_is_still_read_and_the_next_commit_writes_version_2(tmp_path, incident_data):
    ws = Workspace(tmp_path / "w")
    try:
        ws.incidents.add({**incident_data})
        digest, count = wsmod._inventory(ws.db.conn)
        old = {"digest": digest, "count": count, "seal": seal(device_keys(ws).signing, "inventory", (digest, count))}
        with ws.db.atomic():
            ws.db.execute("UPDATE settings SET value = ? WHERE key = 'inventory'", [json.dumps(old)])
        ws.settings._cache.clear()
        assert ws.check_inventory() == []
        # version 1's seal does not pass for version 2 (nor the reverse): a changed "v" is found
        with ws.db.atomic():
            ws.db.execute("UPDATE settings SET value = ? WHERE key = 'inventory'", [json.dumps({**old, "v": 2})])
        assert [p["kind"] for p in ws.check_inventory()] == ["inventory"]
        ws.incidents.add({**incident_data, "title": "Next"})
        assert _stored(ws)["v"] == 2 and ws.check_inventory() == []
    finally:
        ws.close()


def test_a_remembered_seal_answers_only_the_same_question():
    """Seal checks are remembered (HQ reads thousands per bundle); a changed field, a field of another type that
    Python calls equal (1, 1.0, True), another key or another signature is verified anew."""
    from nacl.signing import SigningKey

    from fieldkit.signatures import seal, seal_ok

    key, other = SigningKey.generate(), SigningKey.generate()
    pub = key.verify_key.encode().hex()
    value = seal(key, "device-key", ("k", 1, None))
    assert seal_ok(pub, "device-key", ("k", 1, None), value)
    assert seal_ok(pub, "device-key", ["k", 1, None], value)  # a list of the same fields: the same message
    for fields in (("k", 1.0, None), ("k", True, None), ("k", 2, None), ("K", 1, None), ("k", 1, "")):
        assert not seal_ok(pub, "device-key", fields, value), fields
    assert not seal_ok(pub, "trusted-key", ("k", 1, None), value)
    assert not seal_ok(other.verify_key.encode().hex(), "device-key", ("k", 1, None), value)
    assert not seal_ok(pub, "device-key", ("k", 1, None), seal(other, "device-key", ("k", 1, None)))
