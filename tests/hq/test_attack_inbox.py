"""Attacks on the HQ store's bundle inbox and attachment contents (review of fieldkit/hq/inbox.py, store.py and
db/postgresql/0003..0005). Each test PASSES when FieldKit defends and FAILS where it does not.

Attackers: a desk whose login role is only in fieldkit_submitter (it may use psql directly, not only 'hq submit'),
and a compromised database server (the superuser DSN) for the attachment blocks."""

import hashlib
import json
import os
import threading
import uuid

import psycopg
import pytest

from fieldkit.cli import main
from fieldkit.errors import FieldkitError, IntegrityFailure
from fieldkit.hq import inbox as inbox_mod
from fieldkit.hq.inbox import Inbox
from fieldkit.hq.store import SETTING, HqStore
from fieldkit.sync import bundle
from fieldkit.text import LABEL_MAX
from tests.hq.conftest import TEMPLATE, with_dbname, with_user
from tests.hq.test_store import _pg, hq_setup  # noqa: F401 - the HQ workspace and three devices

MIB = 1 << 20


@pytest.fixture
def pg_dsn(pg_server):
    """A fresh database of this review's own (named attack_*), dropped after the test."""
    name = f"attack_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    yield with_dbname(pg_server, name)
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def served(hq_setup, pg_dsn):  # noqa: F811
    hq, devices, files, tmp = hq_setup
    HqStore(pg_dsn).init()
    HqStore(pg_dsn).publish(hq, full=True)
    hq.settings.set(SETTING, pg_dsn)
    return hq, devices, files, tmp


@pytest.fixture
def desks(pg_dsn):
    """Two desks with only the submitter role: the victim and the attacker."""
    suffix = uuid.uuid4().hex[:8]
    names = {"victim": f"attack_victim_{suffix}", "attacker": f"attack_desk_{suffix}"}
    with psycopg.connect(pg_dsn, autocommit=True) as c:
        for n in names.values():
            c.execute(f"CREATE ROLE {n} LOGIN IN ROLE fieldkit_submitter")
    yield {k: with_user(pg_dsn, v) for k, v in names.items()}
    with psycopg.connect(pg_dsn, autocommit=True) as c:
        c.execute(f"DROP OWNED BY {', '.join(names.values())}")
        c.execute(f"DROP ROLE {', '.join(names.values())}")


def _submit(dsn, path):
    box = Inbox(dsn)
    try:
        return box.submit(path)
    finally:
        box.close()


def _serve_all(hq, dsn, **kw):
    box = Inbox(dsn)
    try:
        return {e["id"]: e for e in box.serve(hq, once=True, **kw)}
    finally:
        box.close()


def _raw_entry(dsn, *, id_=None, sha=None, size=0, name="x.fkb", blocks=()):
    """An entry made by hand with psql, as the submitter role may."""
    id_ = id_ or str(uuid.uuid4())
    with psycopg.connect(dsn) as c:
        c.execute(
            "INSERT INTO bundle_inbox (id, sha256, size, name) VALUES (%s, %s, %s, %s)",
            [id_, sha or hashlib.sha256(os.urandom(16)).hexdigest(), size, name],
        )
        for n, data in enumerate(blocks):
            c.execute("INSERT INTO bundle_inbox_blocks (inbox_id, n, data) VALUES (%s, %s, %s)", [id_, n, data])
    return id_


# -- 1. entries another desk can spoil --
def test_another_desk_cannot_spoil_an_entry_with_an_extra_block(served, desks, pg_dsn):
    hq, _, files, _ = served
    victim = _submit(desks["victim"], files[0])
    n_blocks = _pg(pg_dsn, "SELECT count(*) FROM bundle_inbox_blocks WHERE inbox_id = %s", [victim["id"]])[0][0]
    try:  # the attacker reads the inbox (granted), sees the waiting entry, and appends one block to it
        with psycopg.connect(desks["attacker"]) as c:
            c.execute(
                "INSERT INTO bundle_inbox_blocks (inbox_id, n, data) VALUES (%s, %s, 'junk')", [victim["id"], n_blocks]
            )
    except psycopg.Error:
        pass  # refused by the database: defended
    outcome = _serve_all(hq, pg_dsn)
    assert outcome[victim["id"]]["state"] == "imported", outcome[victim["id"]]["report"]


def test_a_desk_that_knows_a_bundle_sha_cannot_squat_it(served, desks, pg_dsn):
    """A desk that handled the same stick registers the bundle's SHA-256 first, with no blocks (or junk): the real
    submission is then 'already in the inbox' and the bundle never comes in through the inbox."""
    hq, _, files, _ = served
    data = files[0].read_bytes()
    _raw_entry(desks["attacker"], sha=hashlib.sha256(data).hexdigest(), size=len(data), blocks=[b"junk"])
    try:
        _submit(desks["victim"], files[0])
    except FieldkitError:
        pass
    _serve_all(hq, pg_dsn)
    assert _pg(pg_dsn, "SELECT count(*) FROM bundle_imports")[0][0] == 1  # files[0] was imported


def test_a_desks_open_transaction_does_not_hide_the_waiting_entries(served, desks, pg_dsn):
    """The foreign key check of a block inserted for another entry takes FOR KEY SHARE on its row, which conflicts
    with the service's FOR UPDATE: SKIP LOCKED then skips the entry as long as the attacker idles (and a rollback
    leaves no trace)."""
    hq, _, files, _ = served
    victim = _submit(desks["victim"], files[1])
    attacker = psycopg.connect(desks["attacker"])
    try:
        try:
            attacker.execute(
                "INSERT INTO bundle_inbox_blocks (inbox_id, n, data) VALUES (%s, 1000000, '')", [victim["id"]]
            )
        except psycopg.Error:
            attacker.rollback()
        box = Inbox(pg_dsn)
        try:
            taken = box.serve_once(hq)
        finally:
            box.close()
        assert taken is not None and taken["id"] == victim["id"]
    finally:
        attacker.rollback()
        attacker.close()


def test_a_crafted_envelope_does_not_stop_the_service_for_everyone(served, desks, pg_dsn, tmp_path):
    """100 bytes anyone can write (no key, no signature): an envelope whose 'recipients' is a number. The merge
    engine raises TypeError, not a FieldkitError: serve_once lets it out with the entry still 'waiting' (the
    transaction is rolled back), so 'hq serve' and the HQ window stop at the oldest entry, every time."""
    import zipfile

    hq, _, files, _ = served
    with zipfile.ZipFile(files[0]) as z:
        env, payload = json.loads(z.read("envelope.json")), z.read("payload.bin")
    poison = tmp_path / "poison.fkb"
    with zipfile.ZipFile(poison, "w") as w:
        w.writestr("envelope.json", json.dumps({**env, "recipients": 1}))
        w.writestr("payload.bin", payload)
    bad = _submit(desks["attacker"], poison)
    good = _submit(desks["victim"], files[1])
    outcome = _serve_all(hq, pg_dsn)  # must not raise
    assert outcome[bad["id"]]["state"] == "refused"
    assert outcome[good["id"]]["state"] == "imported"


# -- 3. exhaustion --
def _counting_blocks(monkeypatch):
    seen = {"bytes": 0, "largest": 0}
    real = inbox_mod._blocks

    def counted(conn, entry_id):
        for b in real(conn, entry_id):
            seen["bytes"] += len(b)
            seen["largest"] = max(seen["largest"], len(b))
            yield b

    monkeypatch.setattr(inbox_mod, "_blocks", counted)
    return seen


def test_serve_reads_no_more_than_the_entry_declares(served, desks, pg_dsn, monkeypatch):
    """An entry says 1,000 bytes and holds 4 MiB (it could hold gigabytes: nothing bounds the blocks): the service
    writes them all to the HQ workspace's scratch folder before it looks at the SHA-256."""
    hq, _, _, _ = served
    eid = _raw_entry(desks["attacker"], size=1000, blocks=[os.urandom(MIB) for _ in range(4)])
    seen = _counting_blocks(monkeypatch)
    outcome = _serve_all(hq, pg_dsn)
    assert outcome[eid]["state"] == "refused"
    assert seen["bytes"] <= MIB, f"{seen['bytes']} bytes read for an entry of 1000"


def test_an_entry_larger_than_any_bundle_is_refused_unread(served, desks, pg_dsn, monkeypatch):
    hq, _, _, _ = served
    with pytest.raises(psycopg.errors.CheckViolation):  # the store takes no such entry (schema step 4)
        _raw_entry(desks["attacker"], size=bundle.MAX_TOTAL * 4, blocks=[os.urandom(MIB) for _ in range(3)])
    assert _pg(pg_dsn, "SELECT count(*) FROM bundle_inbox")[0][0] == 0


def test_a_block_longer_than_1_mib_is_refused(served, desks, pg_dsn, monkeypatch):
    """The service fetches 8 blocks at a time (itersize 8) and copies each: 8 blocks of up to 1 GB each."""
    hq, _, _, _ = served
    try:
        eid = _raw_entry(desks["attacker"], size=5 * MIB, blocks=[os.urandom(5 * MIB)])
    except psycopg.Error:
        return  # refused by the database: defended
    seen = _counting_blocks(monkeypatch)
    outcome = _serve_all(hq, pg_dsn)
    assert outcome[eid]["state"] == "refused" and seen["largest"] <= MIB


def test_a_huge_name_never_reaches_the_service_or_the_listing(served, desks, pg_dsn):
    hq, _, _, _ = served
    try:
        eid = _raw_entry(desks["attacker"], name="A" * 2_000_000, blocks=[b"x"])
    except psycopg.Error:
        return  # refused by the database: defended
    box = Inbox(desks["victim"])
    try:
        listed = box.entries()
    finally:
        box.close()
    assert all(len(e["name"]) <= LABEL_MAX for e in listed)  # 'hq inbox' of every desk reads it 200 at a time
    outcome = _serve_all(hq, pg_dsn)
    assert len(outcome[eid]["name"]) <= LABEL_MAX


def test_an_id_cannot_forge_lines_of_the_listing(served, desks, capsys):
    hq, _, _, _ = served
    try:
        _raw_entry(desks["attacker"], id_="\nOK all ", blocks=[b"x"])
    except psycopg.Error:
        return  # ids must be UUIDs: defended
    _raw_entry(desks["attacker"], blocks=[b"y"])
    capsys.readouterr()
    assert main(["hq", "inbox", "--database", desks["victim"]]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3, lines  # two entries and the count


def test_a_waiting_entry_without_blocks_or_with_a_gap_is_refused_and_changes_nothing(served, desks, pg_dsn):
    hq, _, files, _ = served
    empty = _raw_entry(desks["attacker"], size=10)
    data = files[2].read_bytes()
    gap = str(uuid.uuid4())
    with psycopg.connect(desks["attacker"]) as c:  # the real file, its first block numbered 1
        c.execute(
            "INSERT INTO bundle_inbox (id, sha256, size, name) VALUES (%s, %s, %s, 'b.fkb')",
            [gap, hashlib.sha256(data).hexdigest(), len(data)],
        )
        c.execute("INSERT INTO bundle_inbox_blocks (inbox_id, n, data) VALUES (%s, 1, %s)", [gap, data])
    outcome = _serve_all(hq, pg_dsn)
    assert outcome[empty]["state"] == outcome[gap]["state"] == "refused"
    assert _pg(pg_dsn, "SELECT count(*) FROM incidents")[0][0] == 0
    assert not list((hq.folder / "tmp").glob("inbox-*"))


def test_trust_for_one_entry_never_trusts_another_entrys_signer(served, desks, pg_dsn, tmp_path, incident_data):
    from fieldkit.sync import keys
    from tests.workspaces import Workspace

    hq, _, _, _ = served
    made = []
    for who in ("Stranger A", "Stranger B"):
        w = Workspace(tmp_path / who.replace(" ", ""), clock=hq.clock)
        try:
            w.trust.add(keys.public_identity(hq), role="hq", label="HQ")
            w.incidents.add({**incident_data, "title": who})
            bundle.export_bundle(w, tmp_path / f"{who}.fkb")
        finally:
            w.close()
        made.append(_submit(desks["attacker"], tmp_path / f"{who}.fkb")["id"])
    first = _serve_all(hq, pg_dsn)
    assert {e["state"] for e in first.values()} == {"refused"}
    box = Inbox(pg_dsn)
    try:
        for eid in made:
            box.retry(eid)
    finally:
        box.close()
    sha0 = _pg(pg_dsn, "SELECT sha256 FROM bundle_inbox WHERE id = %s", [made[0]])[0][0]
    again = _serve_all(hq, pg_dsn, trust={made[0]: sha0})
    assert again[made[0]]["state"] == "imported" and again[made[1]]["state"] == "refused"
    assert _pg(pg_dsn, "SELECT title FROM incidents") == [("Stranger A",)]


def test_a_trust_given_for_one_entry_is_not_reused_for_a_file_swapped_into_it(
    served, desks, pg_dsn, tmp_path, incident_data
):
    """'hq serve --trust ID' runs for days. Someone who can write the inbox (the importer role, or the server) puts
    entry ID back to waiting with another stranger's file: that signer is trusted too, for good."""
    from fieldkit.sync import keys
    from tests.workspaces import Workspace

    hq, _, _, _ = served
    paths = []
    for who in ("Stranger A", "Stranger B"):
        w = Workspace(tmp_path / who.replace(" ", ""), clock=hq.clock)
        try:
            w.trust.add(keys.public_identity(hq), role="hq", label="HQ")
            w.incidents.add({**incident_data, "title": who})
            bundle.export_bundle(w, tmp_path / f"{who}.fkb")
        finally:
            w.close()
        paths.append(tmp_path / f"{who}.fkb")
    eid = _submit(desks["victim"], paths[0])["id"]
    sha_a = hashlib.sha256(paths[0].read_bytes()).hexdigest()
    trusted = {eid: sha_a}  # the operator checked Stranger A's fingerprint for this entry and its file
    box = Inbox(pg_dsn)
    try:
        assert box.serve_once(hq, trust=trusted)["state"] == "imported"
        data = paths[1].read_bytes()
        with psycopg.connect(pg_dsn) as c:  # the swap (any role with UPDATE on the inbox)
            c.execute(
                "UPDATE bundle_inbox SET state = 'waiting', sha256 = %s, size = %s WHERE id = %s",
                [hashlib.sha256(data).hexdigest(), len(data), eid],
            )
            c.execute("INSERT INTO bundle_inbox_blocks (inbox_id, n, data) VALUES (%s, 0, %s)", [eid, data])
        again = box.serve_once(hq, trust=trusted)
    finally:
        box.close()
    assert again["state"] == "refused"
    assert _pg(pg_dsn, "SELECT title FROM incidents WHERE title LIKE 'Stranger%%'") == [("Stranger A",)]


def test_a_zip_bomb_is_refused_quickly(served, desks, pg_dsn, tmp_path):
    import time
    import zipfile

    hq, _, files, _ = served
    with zipfile.ZipFile(files[0]) as z:
        env = z.read("envelope.json")
    bomb = tmp_path / "bomb.fkb"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as w:
        w.writestr("envelope.json", env)
        with w.open("payload.bin", "w", force_zip64=True) as m:
            zero = bytes(MIB)
            for _ in range(300):
                m.write(zero)
    eid = _submit(desks["attacker"], bomb)["id"]
    t = time.monotonic()
    outcome = _serve_all(hq, pg_dsn)
    assert outcome[eid]["state"] == "refused"
    assert time.monotonic() - t < 20
    assert not list((hq.folder / "tmp").iterdir()) or all(
        p.stat().st_size < 10 * MIB for p in (hq.folder / "tmp").iterdir()
    )


# -- 2. escalation --
@pytest.mark.parametrize(
    "sql",
    [
        "SELECT count(*) FROM attachment_blocks",
        "SELECT count(*) FROM attachments",
        "SELECT count(*) FROM incident_versions",
        "SELECT count(*) FROM map_cells",
        "SELECT count(*) FROM hq_incidents",
        "SELECT data FROM bundle_inbox_blocks",
        "INSERT INTO bundle_inbox (id, sha256, size, handled_by) VALUES ('x', 'y', 1, 'hq')",
        "INSERT INTO bundle_inbox (id, sha256, size, report) VALUES ('x', 'y', 1, '{}')",
        "INSERT INTO bundle_inbox (id, sha256, size, submitted_at) VALUES ('x', 'y', 1, now())",
        "UPDATE bundle_inbox_blocks SET data = ''",
        "DELETE FROM bundle_inbox_blocks",
        "TRUNCATE bundle_inbox",
        "CREATE TABLE public.attack_t (x int)",
        "CREATE FUNCTION public.format(text, text, integer) RETURNS text LANGUAGE sql AS 'SELECT 1::text'",
    ],
)
def test_the_submitter_reads_and_writes_nothing_else(served, desks, sql):
    with psycopg.connect(desks["attacker"]) as c, pytest.raises(psycopg.errors.InsufficientPrivilege):
        c.execute(sql)


def test_the_submitter_cannot_forge_submitted_by_with_set_role(served, desks, pg_dsn):
    with psycopg.connect(desks["attacker"]) as c:
        for role in ("fieldkit_importer", "fieldkit_analyst", "postgres"):
            with pytest.raises(psycopg.Error):
                c.execute(f"SET ROLE {role}")
            c.rollback()


@pytest.fixture
def pg14_dsn(pg_server):
    """A database as PostgreSQL 13 and 14 (supported: docs/hq-postgresql.md) make them: PUBLIC may CREATE in the
    public schema (PostgreSQL 15 revoked that default)."""
    name = f"attack_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    dsn = with_dbname(pg_server, name)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("GRANT CREATE ON SCHEMA public TO PUBLIC")
    yield dsn
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_a_submitter_cannot_plant_a_function_the_publication_runs(hq_setup, pg14_dsn):  # noqa: F811
    """The map cells' trigger function calls format(text, text, integer) with the caller's search_path: a
    public.format of that exact signature outranks pg_catalog.format(text, VARIADIC "any"), and runs as the
    publishing role (HQ's, the database's owner at 'hq init')."""
    hq, devices, files, _ = hq_setup
    store = HqStore(pg14_dsn)
    store.init()
    store.publish(hq, full=True)
    role = f"attack_desk_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg14_dsn, autocommit=True) as c:
        c.execute(f"CREATE ROLE {role} LOGIN IN ROLE fieldkit_submitter")
    try:
        planted = True
        try:
            with psycopg.connect(with_user(pg14_dsn, role)) as c:
                c.execute("CREATE TABLE public.attack_loot (t text)")
                c.execute("GRANT INSERT ON public.attack_loot TO PUBLIC")
                c.execute(
                    "CREATE FUNCTION public.format(f text, a text, b integer) RETURNS text LANGUAGE sql AS $$ "
                    "INSERT INTO public.attack_loot SELECT title FROM incidents; "
                    "SELECT pg_catalog.format(f, a, b) $$"
                )
                c.execute("GRANT EXECUTE ON FUNCTION public.format(text, text, integer) TO PUBLIC")
        except psycopg.Error:
            planted = False
        for f in files:
            bundle.import_bundle(hq, f)
        store.publish(hq)  # the HQ workspace publishes: the map cells' triggers run
        if planted:
            with psycopg.connect(with_user(pg14_dsn, role)) as c:
                loot = c.execute("SELECT t FROM public.attack_loot").fetchall()
            assert loot == [], f"the submitter read {len(loot)} incident titles, e.g. {loot[:2]}"
    finally:
        store.close()
        with psycopg.connect(pg14_dsn, autocommit=True) as c:
            c.execute(f"DROP OWNED BY {role}")
            c.execute(f"DROP ROLE {role}")


# -- 4. attachments altered in the store (a compromised server) --
@pytest.fixture
def big_attachment(served, pg_dsn, tmp_path, incident_data):
    """An incident of the HQ workspace with a 2.5 MiB attachment, published (3 blocks)."""
    hq, _, _, _ = served
    f = tmp_path / "video.bin"
    f.write_bytes(os.urandom(2 * MIB + MIB // 2))
    hq.incidents.add(incident_data, attachments=[f])
    HqStore(pg_dsn).publish(hq)
    sha = hashlib.sha256(f.read_bytes()).hexdigest()
    assert _pg(pg_dsn, "SELECT count(*) FROM attachment_blocks WHERE sha256 = %s", [sha])[0][0] == 3
    return hq, sha, f.read_bytes()


def _alter(dsn, *sqls):
    with psycopg.connect(dsn) as c:
        for s in sqls:
            c.execute(s)


def _problems(hq, dsn):
    return [p for p in HqStore(dsn).verify(hq)["problems"] if p["kind"] == "attachment"]


@pytest.mark.parametrize(
    "alteration",
    [
        ["DELETE FROM attachment_blocks WHERE n = 1"],  # a gap
        ["DELETE FROM attachment_blocks WHERE n = 2"],  # cut short
        ["UPDATE attachment_blocks SET data = data || 'x'::bytea WHERE n = 2"],  # longer
        ["UPDATE attachment_blocks SET n = n + 1000", "UPDATE attachment_blocks SET n = n - 999"],  # numbered from 1
        [  # a duplicate block 1 (the primary key dropped on the server)
            "ALTER TABLE attachment_blocks DROP CONSTRAINT attachment_blocks_pkey",
            "INSERT INTO attachment_blocks SELECT sha256, n, data FROM attachment_blocks WHERE n = 1",
        ],
        [  # blocks 0 and 1 swapped
            "ALTER TABLE attachment_blocks DROP CONSTRAINT attachment_blocks_n_check",
            "UPDATE attachment_blocks SET n = -1 WHERE n = 0",
            "UPDATE attachment_blocks SET n = 0 WHERE n = 1",
            "UPDATE attachment_blocks SET n = 1 WHERE n = -1",
        ],
    ],
)
def test_altered_blocks_are_reported_and_never_written(big_attachment, pg_dsn, tmp_path, alteration):
    hq, sha, _ = big_attachment
    _alter(pg_dsn, *alteration)
    assert _problems(hq, pg_dsn), "hq verify missed it"
    dest = tmp_path / "out.bin"
    with pytest.raises(IntegrityFailure):
        HqStore(pg_dsn).save_attachment(sha, dest)
    assert not dest.exists() and not list(tmp_path.glob(".out.bin.*"))


def test_a_size_mismatch_leaves_the_file_already_at_the_destination(big_attachment, pg_dsn, tmp_path):
    """'whole or not at all': with attachments.size altered, save_attachment replaces the user's file with the
    content, sees the size differ, and unlinks it: the file that was at --out is gone."""
    hq, sha, _ = big_attachment
    _alter(pg_dsn, f"UPDATE attachments SET size = size + 1 WHERE sha256 = '{sha}'")
    assert _problems(hq, pg_dsn)
    dest = tmp_path / "out.bin"
    dest.write_bytes(b"the analyst's own file")
    with pytest.raises(IntegrityFailure):
        HqStore(pg_dsn).save_attachment(sha, dest)
    assert dest.exists(), "the file that was at --out was deleted"
    assert dest.read_bytes() == b"the analyst's own file"


def test_blocks_of_the_right_content_in_other_sizes_still_verify(big_attachment, pg_dsn, tmp_path):
    """Not an attack that should be caught: the same bytes re-cut are the same file (the check is the SHA-256)."""
    hq, sha, content = big_attachment
    _alter(pg_dsn, f"DELETE FROM attachment_blocks WHERE sha256 = '{sha}'")
    with psycopg.connect(pg_dsn) as c:
        c.execute("INSERT INTO attachment_blocks VALUES (%s, 0, %s)", [sha, content])
    assert not _problems(hq, pg_dsn)
    assert HqStore(pg_dsn).save_attachment(sha, tmp_path / "o.bin") == len(content)


# -- 5. map cells --
def _cells(dsn):
    return sorted(
        (z, cx, cy, cat, sev, s, n, round(slat, 6), round(slon, 6))
        for z, cx, cy, cat, sev, s, n, slat, slon in _pg(
            dsn, "SELECT z, cx, cy, category, severity, sensitive, n, slat, slon FROM map_cells"
        )
    )


def _cells_from_rows(dsn):
    return sorted(
        (z, cx, cy, cat, sev, s, n, round(slat, 6), round(slon, 6))
        for z, cx, cy, cat, sev, s, n, slat, slon in _pg(
            dsn,
            "SELECT l.z, floor((i.lon + 180.0) / l.size)::int, floor((i.lat + 90.0) / l.size)::int, i.category, "
            "i.severity, (i.sensitive != 0)::int, count(*), sum(i.lat), sum(i.lon) FROM incidents i CROSS JOIN "
            "map_levels l WHERE i.deleted_at IS NULL AND i.lat IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6",
        )
    )


def test_map_cells_follow_every_publication_path(served, pg_dsn):
    hq, _, files, _ = served
    for f in files:
        bundle.import_bundle(hq, f)
    store = HqStore(pg_dsn)
    store.publish(hq)
    assert _cells(pg_dsn) == _cells_from_rows(pg_dsn)
    ids = [r["id"] for r in hq.incidents.search()]
    hq.incidents.update(ids[0], {"lat": -45.0, "lon": 170.0, "severity": 1}, reason="moved")
    hq.incidents.update(ids[1], {"sensitive": True}, reason="sensitive")
    hq.incidents.delete(ids[2])
    hq.incidents.delete(ids[3])
    hq.incidents.purge(ids[3])
    store.publish(hq)
    assert _cells(pg_dsn) == _cells_from_rows(pg_dsn)
    store.publish(hq, full=True)  # hq migrate / hq init: every row again
    assert _cells(pg_dsn) == _cells_from_rows(pg_dsn)


def test_the_importer_cannot_bypass_the_triggers(served, pg_dsn):
    suffix = uuid.uuid4().hex[:8]
    name = f"attack_imp_{suffix}"
    with psycopg.connect(pg_dsn, autocommit=True) as c:
        c.execute(f"CREATE ROLE {name} LOGIN IN ROLE fieldkit_importer")
    try:
        for sql in (
            "TRUNCATE incidents CASCADE",
            "ALTER TABLE incidents DISABLE TRIGGER map_cells_au",
            "SET session_replication_role = replica",
        ):
            with psycopg.connect(with_user(pg_dsn, name)) as c, pytest.raises(psycopg.Error):
                c.execute(sql)
    finally:
        with psycopg.connect(pg_dsn, autocommit=True) as c:
            c.execute(f"DROP OWNED BY {name}")
            c.execute(f"DROP ROLE {name}")


def test_concurrent_submissions_of_the_same_file_make_one_entry(served, desks, pg_dsn):
    _, _, files, _ = served
    got, errors = [], []

    def go(dsn):
        try:
            got.append(_submit(dsn, files[0]))
        except Exception as e:  # noqa: BLE001
            errors.append(e)

    ts = [threading.Thread(target=go, args=(desks[k],)) for k in ("victim", "attacker", "victim", "attacker")]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    # one entry per desk (a desk cannot squat another's file); the merge counts the bundle once
    assert not errors and len({g["id"] for g in got}) == 2 and sum(g["new"] for g in got) == 2
    assert _pg(pg_dsn, "SELECT count(*) FROM bundle_inbox")[0][0] == 2
    assert json.dumps(got[0], default=str)
