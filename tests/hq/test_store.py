"""The HQ store on PostgreSQL (fieldkit.hq.store): an HQ workspace fed by bundles from three devices, migrated and
published to a real server, verified there; concurrent importers; search, clusters and exports from the store."""

import csv
import hashlib
import json
import threading

import psycopg
import pytest

from fieldkit.cli import main
from fieldkit.clock import FixedClock
from fieldkit.errors import HqStoreError, IntegrityFailure
from fieldkit.hq.store import SETTING, HqStore
from fieldkit.sync import bundle, keys
from tests.workspaces import Workspace

PLACES = [("Gabú", 12.28, -14.22), ("Bissau", 11.86, -15.6), ("Bafatá", 12.17, -14.66)]


@pytest.fixture
def hq_setup(tmp_path, incident_data):
    """An HQ workspace and three field devices, each with a bundle of incidents (one with a photo) for HQ."""
    clock = FixedClock("2026-06-01T12:00:00Z")
    hq = Workspace(tmp_path / "hq", clock=clock)
    hq.settings.set("device_label", "JMAC HQ")
    devices, files = [], []
    for n, (place, lat, lon) in enumerate(PLACES):
        f = Workspace(tmp_path / f"field{n}", clock=clock)
        f.settings.set("device_label", f"Team {n}")
        hq.trust.add(keys.public_identity(f))
        f.trust.add(keys.public_identity(hq), role="hq", label="HQ")
        photo = tmp_path / f"p{n}.jpg"
        photo.write_bytes(b"jpeg%d" % n * 300)
        f.incidents.add({**incident_data, "place": place, "lat": lat, "lon": lon}, attachments=[photo])
        f.incidents.add(
            {**incident_data, "title": f"Checkpoint levy {n}", "category": "EXTORT", "lat": lat, "lon": lon}
        )
        f.incidents.add({**incident_data, "title": f"Informant meeting {n}", "sensitive": True})
        if n == 0:  # a final assessment, with its signed chain
            a = f.assessments.new("Gabú")
            f.assessments.answer(a["id"], "A1", "3")
            f.assessments.finalise(a["id"], insist=True)
        files.append(tmp_path / f"b{n}.fkb")
        bundle.export_bundle(f, files[-1], include_sensitive=True)
        devices.append(f)
    yield hq, devices, files, tmp_path
    for w in (hq, *devices):
        w.close()


def _pg(dsn, sql, params=()):
    with psycopg.connect(dsn) as c:
        return c.execute(sql, params).fetchall()


def test_an_sqlite_hq_is_migrated_with_every_chain_and_signature_and_verifies(hq_setup, pg_dsn, capsys):
    hq, devices, files, _ = hq_setup
    for f in files:
        bundle.import_bundle(hq, f)
    devices[0].incidents.update(devices[0].incidents.search()[0]["id"], {"severity": 5}, reason="Worse")
    hq_conflict_id = hq.incidents.search()[0]["id"]
    hq.close()
    d = str(hq.folder)
    assert main(["--data-dir", d, "hq", "migrate", "--to", pg_dsn, "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["verify"]["ok"] and report["published"]["incidents"] == 9
    assert report["published"]["bundle_imports"] == 3
    assert report["published"]["assessments"] == 1 and report["verify"]["checked"]["assessments"] == 1
    hq = Workspace(hq.folder)
    try:
        assert hq.settings.get(SETTING) == pg_dsn
        local = {r[0]: r[1:] for r in hq.db.execute("SELECT id, head_hash, version FROM incidents")}
        remote = {r[0]: r[1:] for r in _pg(pg_dsn, "SELECT id, head_hash, version FROM incidents")}
        assert remote == local
        lv = sorted(hq.db.execute("SELECT id, hash, signature, signed_by, content FROM incident_versions").fetchall())
        rv = sorted(_pg(pg_dsn, "SELECT id, hash, signature, signed_by, content FROM incident_versions"))
        assert rv == lv
        assert _pg(pg_dsn, "SELECT count(*) FROM incident_attachments")[0][0] == 3
        assert _pg(pg_dsn, "SELECT count(*) FROM trusted_keys")[0][0] == 3
        # the store shows up as a PostGIS layer: the sensitive incidents stay out of hq_incidents
        assert _pg(pg_dsn, "SELECT count(*) FROM hq_incidents")[0][0] == 6
        assert _pg(pg_dsn, "SELECT count(*) FROM hq_incidents_all")[0][0] == 9
        assert hq_conflict_id in remote
    finally:
        hq.close()
    assert main(["--data-dir", d, "hq", "verify"]) == 0
    assert "Everything verifies." in capsys.readouterr().out


def test_attachment_contents_reach_the_store_and_verify_there(hq_setup, pg_dsn, tmp_path, capsys, incident_data):
    """Each attachment's plain content is published in 1 MiB blocks, recomputed by verify, saved back only whole and
    matching its SHA-256; one altered on the server, or missing here, is reported."""
    hq, devices, files, _ = hq_setup
    big = tmp_path / "video.bin"
    big.write_bytes(bytes(range(256)) * (10 * 1024 + 7))  # 2.5 MiB: three blocks
    f = devices[1]
    f.incidents.add({**incident_data, "title": "Filmed unloading", "place": "Bissau"}, attachments=[big])
    bundle.export_bundle(f, tmp_path / "b1-2.fkb", incremental=True, include_sensitive=True)
    for b in (*files, tmp_path / "b1-2.fkb"):
        bundle.import_bundle(hq, b)
    store = HqStore(pg_dsn)
    store.init()
    report = store.publish(hq)
    assert report["attachment_files_sent"] == 4 and report["attachment_files_not_here"] == 0
    big_sha = hashlib.sha256(big.read_bytes()).hexdigest()
    assert _pg(pg_dsn, "SELECT count(*) FROM attachment_blocks WHERE sha256 = %s", [big_sha])[0][0] == 3
    assert store.publish(hq)["attachment_files_sent"] == 0  # sent once
    v = store.verify(hq)
    assert v["ok"] and v["checked"]["attachments"] == 4
    out = tmp_path / "out.bin"
    assert store.save_attachment(big_sha, out) == big.stat().st_size
    assert out.read_bytes() == big.read_bytes()
    # the encrypted workspace keeps its files sealed; the store holds the plain content
    assert hq.encrypted and not (hq.attachments_dir / big_sha[:2] / big_sha).read_bytes().startswith(b"\x00\x01\x02")
    # a block altered on the server: verify says so, and nothing is saved from it
    with psycopg.connect(pg_dsn) as c:
        c.execute(
            "UPDATE attachment_blocks SET data = overlay(data placing 'X'::bytea from 10) WHERE sha256 = %s AND n = 1",
            [big_sha],
        )
    v = store.verify(hq)
    assert [(p["kind"], p["record"]) for p in v["problems"]] == [("attachment", big_sha)]
    out.unlink()
    with pytest.raises(IntegrityFailure):
        store.save_attachment(big_sha, out)
    assert not out.exists() and not list(tmp_path.glob(".out.bin.*"))
    # the CLI: verify exits 1 naming it; the attachment command refuses with a plain sentence
    hq.settings.set(SETTING, pg_dsn)
    hq.close()
    d = str(hq.folder)
    capsys.readouterr()
    assert main(["--data-dir", d, "hq", "verify"]) == 1
    assert f"FAIL attachment {big_sha}" in capsys.readouterr().out
    assert main(["--data-dir", d, "hq", "attachment", big_sha, "--out", str(out)]) != 0
    assert "does not match its SHA-256" in capsys.readouterr().err and not out.exists()
    small = _pg(pg_dsn, "SELECT sha256 FROM attachments WHERE size < 10000 ORDER BY 1")[0][0]
    assert main(["--data-dir", d, "hq", "attachment", small, "--out", str(out), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["size"] == out.stat().st_size
    assert hashlib.sha256(out.read_bytes()).hexdigest() == small


def test_an_attachment_missing_here_is_not_sent_and_verify_says_so(hq_setup, pg_dsn):
    hq, _, files, _ = hq_setup
    bundle.import_bundle(hq, files[0])
    sha = hq.db.execute("SELECT sha256 FROM attachments").fetchone()[0]
    (hq.attachments_dir / sha[:2] / sha).unlink()
    store = HqStore(pg_dsn)
    store.init()
    report = store.publish(hq)
    assert report["attachment_files_sent"] == 0 and report["attachment_files_not_here"] == 1
    v = store.verify(hq)
    assert [(p["kind"], p["record"]) for p in v["problems"]] == [("attachment", sha)]
    assert "not in the HQ database" in v["problems"][0]["problem"]


def test_verify_on_the_store_finds_a_version_edited_on_the_server(hq_setup, pg_dsn):
    hq, _, files, _ = hq_setup
    bundle.import_bundle(hq, files[0])
    store = HqStore(pg_dsn)
    store.init()
    store.publish(hq)
    assert store.verify(hq)["ok"]
    with psycopg.connect(pg_dsn) as c:
        c.execute("UPDATE incident_versions SET content = replace(content, 'Convoy', 'Convoi') WHERE version = 1")
        c.execute("UPDATE incidents SET severity = 1 WHERE title LIKE 'Checkpoint%'")
        c.execute("UPDATE assessment_versions SET reason = 'Rewritten'")
    problems = store.verify(hq)["problems"]
    texts = " | ".join(p["problem"] for p in problems)
    assert "altered after it was saved" in texts
    assert "differs from its last saved version" in texts
    assert any(p["kind"] == "assessment" and "altered" in p["problem"] for p in problems)


def test_verify_joins_the_store_and_the_workspace_record_by_record(hq_setup, pg_dsn, incident_data):
    """verify reads both sides as streams in id order: an incident removed on the server (its history left), one
    not published yet and one whose head moved on the server are each named."""
    hq, _, files, _ = hq_setup
    for f in files:
        bundle.import_bundle(hq, f)
    store = HqStore(pg_dsn)
    store.init()
    store.publish(hq)
    assert store.verify(hq)["ok"]
    ids = sorted(r[0] for r in _pg(pg_dsn, "SELECT id FROM incidents"))
    gone, moved = ids[0], ids[-1]
    with psycopg.connect(pg_dsn) as c:
        c.execute("DELETE FROM incidents WHERE id = %s", [gone])
        c.execute("UPDATE incidents SET head_hash = 'x' WHERE id = %s", [moved])
    late = hq.incidents.add({**incident_data, "title": "Not published yet"})["id"]
    purged = ids[1]
    hq.incidents.delete(purged)
    hq.incidents.purge(purged)
    found = {(p["record"], str(p["problem"])) for p in store.verify(hq)["problems"]}
    assert (purged, "is in the HQ database but not in the workspace") in found
    assert (gone, "history exists for an incident that is gone") in found
    assert (gone, "is not in the HQ database yet") in found
    assert (late, "is not in the HQ database yet") in found
    assert (moved, "differs between the HQ database and the workspace (publish again)") in found
    assert len(found) == 6  # and the moved head no longer matches its last version


def test_every_import_publishes_and_deletions_follow(hq_setup, pg_dsn, capsys):
    hq, devices, files, tmp = hq_setup
    hq.close()
    d = str(hq.folder)
    assert main(["--data-dir", d, "hq", "init", "--database", pg_dsn]) == 0
    assert main(["--data-dir", d, "import", "bundle", str(files[0]), str(files[1])]) == 0
    assert _pg(pg_dsn, "SELECT count(*) FROM incidents")[0][0] == 6
    f = devices[0]
    gone = f.incidents.search()[0]["id"]
    f.incidents.delete(gone)
    f.incidents.purge(gone)
    bundle.export_bundle(f, tmp / "b0-2.fkb", incremental=True, include_sensitive=True)
    assert main(["--data-dir", d, "import", "bundle", str(tmp / "b0-2.fkb")]) == 0
    assert _pg(pg_dsn, "SELECT count(*) FROM incidents WHERE id = %s", [gone])[0][0] == 0
    assert _pg(pg_dsn, "SELECT count(*) FROM incident_versions WHERE incident_id = %s", [gone])[0][0] == 0
    assert _pg(pg_dsn, "SELECT count(*) FROM tombstones WHERE record_id = %s", [gone])[0][0] == 1
    capsys.readouterr()
    assert main(["--data-dir", d, "hq", "verify"]) == 0


def test_the_same_bundle_imported_twice_at_once_counts_once(hq_setup, pg_dsn):
    hq, _, files, _ = hq_setup
    store = HqStore(pg_dsn)
    store.init()
    hq.settings.set(SETTING, pg_dsn)
    barrier = threading.Barrier(4)
    errors = []

    def importer(path):
        try:
            barrier.wait()
            bundle.import_bundle(hq, path)
            store.publish(hq)
        except Exception as e:  # noqa: BLE001 - reported by the assertion below
            errors.append(e)
        finally:
            hq.release_thread()

    # the same bundle twice, and two others, all at once
    threads = [threading.Thread(target=importer, args=(p,)) for p in (files[0], files[0], files[1], files[2])]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert hq.db.execute("SELECT count(*) FROM bundle_imports").fetchone()[0] == 3
    assert _pg(pg_dsn, "SELECT count(*) FROM bundle_imports")[0][0] == 3
    assert _pg(pg_dsn, "SELECT count(*) FROM incidents")[0][0] == 9
    assert _pg(pg_dsn, "SELECT count(*) FROM incident_versions")[0][0] == 9
    assert store.verify(hq)["ok"]


def test_publishers_at_once_lose_no_update(hq_setup, pg_dsn):
    hq, _, files, _ = hq_setup
    for f in files:
        bundle.import_bundle(hq, f)
    store = HqStore(pg_dsn)
    store.init()
    ids = [r["id"] for r in hq.incidents.search()]
    errors = []

    def edit_and_publish(iid, n):
        try:
            hq.incidents.update(iid, {"severity": 1 + n % 5}, reason=f"edit {n}")
            store.publish(hq)
        except Exception as e:  # noqa: BLE001
            errors.append(e)
        finally:
            hq.release_thread()

    threads = [threading.Thread(target=edit_and_publish, args=(iid, n)) for n, iid in enumerate(ids[:6])]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    local = dict(hq.db.execute("SELECT id, head_hash FROM incidents").fetchall())
    assert dict(_pg(pg_dsn, "SELECT id, head_hash FROM incidents")) == local
    assert store.verify(hq)["ok"]


def test_a_store_fed_by_another_workspace_is_refused(hq_setup, pg_dsn, tmp_path):
    hq, _, files, _ = hq_setup
    store = HqStore(pg_dsn)
    store.init()
    store.publish(hq)
    other = Workspace(tmp_path / "other-hq")
    try:
        with pytest.raises(HqStoreError, match="fed by another"):
            store.publish(other)
    finally:
        other.close()


def test_search_clusters_and_exports_come_from_the_store(hq_setup, pg_dsn, tmp_path, capsys):
    hq, _, files, _ = hq_setup
    for f in files:
        bundle.import_bundle(hq, f)
    store = HqStore(pg_dsn)
    store.init()
    store.publish(hq)
    assert {r["place"] for r in store.search("gabu")} == {"Gabú"}
    assert len(store.search("levy")) == 3
    assert store.search("informant") == []  # sensitive: left out unless asked
    assert len(store.search("informant", include_sensitive=True)) == 3
    clusters = store.clusters(1.0)
    assert sum(c["count"] for c in clusters) == 6 and len(clusters) >= 2
    hq.settings.set(SETTING, pg_dsn)
    hq.close()
    d = str(hq.folder)
    out = tmp_path / "hq.csv"
    assert main(["--data-dir", d, "hq", "export", "csv", "--out", str(out), "--search", "levy"]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert sorted(r["title"] for r in rows) == ["Checkpoint levy 0", "Checkpoint levy 1", "Checkpoint levy 2"]
    gj = tmp_path / "hq.geojson"
    assert main(["--data-dir", d, "hq", "export", "geojson", "--out", str(gj)]) == 0
    feats = json.loads(gj.read_text())["features"]
    assert len(feats) == 6 and all(f["geometry"]["type"] == "Point" for f in feats)
    capsys.readouterr()
    assert main(["--data-dir", d, "hq", "search", "gabu", "--format", "json"]) == 0
    assert [r["place"] for r in json.loads(capsys.readouterr().out)] == ["Gabú"]


def test_the_store_searches_as_the_workspace_does(hq_setup, pg_dsn):
    """Words find the words they begin, accents ignored; phrases, OR, NOT and -word; what is typed is never query
    syntax; the same incidents as the workspace's own search."""
    from fieldkit.errors import SearchQueryError
    from fieldkit.hq.store import tsquery_text
    from fieldkit.incidents.search import IncidentFilter

    hq, _, files, _ = hq_setup
    for f in files:
        bundle.import_bundle(hq, f)
    store = HqStore(pg_dsn)
    store.init()
    store.publish(hq)
    titles = lambda q, **kw: sorted(r["title"] for r in store.search(q, include_sensitive=True, **kw))  # noqa: E731
    assert titles("checkp") == ["Checkpoint levy 0", "Checkpoint levy 1", "Checkpoint levy 2"]
    assert {r["place"] for r in store.search("gab")} == {"Gabú"}  # a prefix, accent-blind
    assert titles("lev*") == titles("levy") and len(titles("le")) == 0  # two letters: a whole word only
    assert titles('"checkpoint levy" 1') == ["Checkpoint levy 1"]
    assert titles('"levy checkpoint"') == []  # a phrase keeps its order
    assert len(titles("levy OR informant")) == 6
    assert len(titles("northern NOT levy")) == len(titles("northern -levy")) == 6
    for q in ("checkp", "gab", "levy OR informant", "northern NOT levy", '"checkpoint levy" 1', "northern -levy"):
        mine = {r["id"] for r in hq.incidents.search(IncidentFilter(text=q), limit=100)}
        assert {r["id"] for r in store.search(q, limit=100, include_sensitive=True)} == mine, q
    # query syntax typed as text is text: no error from the server, no match, nothing injected
    for hostile in ("a:* & !b", "levy') OR ('1'='1", "\\'; DROP TABLE incidents; --", "<-> | &"):
        try:
            store.search(hostile)
        except SearchQueryError:  # a plain sentence (no word to look for), never the server's syntax error
            pass
    assert titles("levy') OR ('1'='1") == titles("levy")  # OR is the user's; the rest are words
    assert len(_pg(pg_dsn, "SELECT id FROM incidents")) == 9
    for bad in ('"unclosed', "OR levy", "levy AND", "levy AND OR x", "!!! ..."):
        with pytest.raises(SearchQueryError):
            store.search(bad)
    assert tsquery_text("fisher") == "'fisher':*"


def test_a_password_in_the_address_is_refused_and_never_recorded(hq_setup, capsys):
    hq, *_ = hq_setup
    hq.close()
    d = str(hq.folder)
    assert main(["--data-dir", d, "hq", "init", "--database", "postgresql://hq:s3cret@localhost/x"]) != 0
    err = capsys.readouterr().err
    assert "password" in err and "s3cret" not in err
    w = Workspace(hq.folder)
    try:
        assert w.settings.get(SETTING) is None
    finally:
        w.close()


def test_publishing_writes_nothing_here(hq_setup, pg_dsn):
    from tests.workspaces import dump

    hq, _, files, _ = hq_setup
    for f in files:
        bundle.import_bundle(hq, f)
    before = list(dump(hq.db.conn))
    store = HqStore(pg_dsn)
    store.init()
    store.publish(hq)
    store.verify(hq)
    assert list(dump(hq.db.conn)) == before


def test_the_workspace_publishes_as_an_importer_and_an_analyst_may_not(hq_setup, pg_dsn, capsys):
    from fieldkit.errors import HqPermissionDenied
    from tests.hq.conftest import with_user

    hq, _, files, _ = hq_setup
    bundle.import_bundle(hq, files[0])
    HqStore(pg_dsn).init()  # as the schema's owner
    with psycopg.connect(pg_dsn, autocommit=True) as c:
        c.execute("DROP ROLE IF EXISTS jmac_import")
        c.execute("DROP ROLE IF EXISTS amina")
        c.execute("CREATE ROLE jmac_import LOGIN IN ROLE fieldkit_importer")
        c.execute("CREATE ROLE amina LOGIN IN ROLE fieldkit_analyst")
    try:
        with pytest.raises(HqPermissionDenied):
            HqStore(with_user(pg_dsn, "amina")).publish(hq)
        hq.close()
        d = str(hq.folder)
        importer = with_user(pg_dsn, "jmac_import")
        assert main(["--data-dir", d, "hq", "init", "--database", importer, "--no-roles"]) == 0
        assert main(["--data-dir", d, "import", "bundle", str(files[1])]) == 0
        assert _pg(pg_dsn, "SELECT count(*) FROM incidents")[0][0] == 6
        assert main(["--data-dir", d, "hq", "verify"]) == 0
    finally:
        with psycopg.connect(pg_dsn, autocommit=True) as c:
            c.execute("DROP OWNED BY jmac_import, amina")
            c.execute("DROP ROLE jmac_import, amina")


def test_markets_and_fatalities_reach_the_store_and_its_gis_layer(tmp_path, pg_dsn, incident_data):  # noqa: F811
    """Schema step 2 mirrors the workspace's step 11: an incident's markets and deaths are published, and the
    layer QGIS opens (hq_incidents) carries them."""
    with Workspace(tmp_path / "hq") as hq:
        HqStore(pg_dsn).init()
        hq.settings.set(SETTING, pg_dsn)
        rec = hq.incidents.add({**incident_data, "markets": ["DRG_COC"], "fatalities": 3})
        HqStore(pg_dsn).publish(hq)
        with psycopg.connect(pg_dsn) as c:
            row = c.execute("SELECT markets, fatalities FROM hq_incidents WHERE id = %s", [rec["id"]]).fetchone()
        assert row == ('["DRG_COC"]', 3)
        assert HqStore(pg_dsn).verify(hq)["ok"]


def test_the_stores_map_cells_give_the_workspaces_clusters_after_every_change(tmp_path, pg_dsn):
    """The store's map cells (schema step 5, statement triggers) hold the workspace's grid: every view, zoom and
    filter gives the clusters the workspace's own map gives, after incidents are added, edited, moved, put in the
    trash and purged, and published each time."""
    from fieldkit import demo, mapindex
    from fieldkit.incidents import IncidentFilter

    ws = Workspace(tmp_path / "hq", unencrypted=True)
    try:
        ws.incidents.add_many(demo.make_incidents(600, 1, ws.clock.now(), demo.load_places()))
        store = HqStore(pg_dsn)
        store.init()
        views = [
            ((-180, -85, 180, 85), 0),
            ((-25, 0, 10, 25), 4),
            ((-17, 10.5, -13, 13), 7),
            ((-16, 11.5, -15, 12.5), 9),
        ]
        views.append(((-15.7, 11.8, -15.5, 11.9), 12))  # the deepest cells (the workspace groups its rows there)
        views.append(((-15.65, 11.84, -15.6, 11.88), 14))  # deeper than the cells: grouped from the rows

        def same():
            store.publish(ws)
            for bbox, z in views:
                for kw in ({}, {"categories": ["EXTORT", "ARMED"]}, {"severity_min": 4}, {"include_sensitive": True}):
                    flt = IncidentFilter(
                        categories=kw.get("categories", []),
                        severity_min=kw.get("severity_min"),
                        include_sensitive=kw.get("include_sensitive", False),
                    )
                    theirs = store.map_clusters(bbox, z, **kw)
                    if z <= 9:  # the workspace's own map reads its cells: the same cells
                        mine = mapindex.clusters(ws, bbox, z, flt)
                        want = sorted([c[2], c[0], c[1]] for c in mine["clusters"])
                        want = sorted(want + [[1, p[0], p[1]] for p in mine["points"]])
                    else:  # counted here from the rows: the cells the view touches (z <= 12), else the view itself
                        want = _grid(ws, bbox, z, flt)
                    assert theirs["total"] == sum(w[0] for w in want), (bbox, z, kw)
                    got = sorted([c[2], c[0], c[1]] for c in theirs["clusters"])
                    assert len(got) == len(want), (bbox, z, kw)
                    for g, w in zip(got, want, strict=True):  # the same cells (sums added in another order)
                        assert g[0] == w[0] and abs(g[1] - w[1]) < 1e-6 and abs(g[2] - w[2]) < 1e-6, (bbox, z, kw)

        same()
        rows = ws.incidents.search(limit=40)
        for r in rows[:10]:
            ws.incidents.update(r["id"], {"severity": 5, "category": "EXTORT"}, reason="Reclassified")
        for r in rows[10:20]:
            ws.incidents.update(r["id"], {"lat": r["lat"] + 0.5, "lon": r["lon"] - 0.5}, reason="Moved")
        for r in rows[20:30]:
            ws.incidents.delete(r["id"])
        for r in rows[30:35]:
            ws.incidents.delete(r["id"])
            ws.incidents.purge(r["id"])
        same()
        for r in rows[20:25]:
            ws.incidents.restore(r["id"])
        same()
        assert _pg(pg_dsn, "SELECT count(*) FROM map_cells WHERE n <= 0")[0][0] == 0
    finally:
        ws.close()


def _grid(ws, bbox, z, flt):
    """[n, mean lat, mean lon] per cell of level z, from the workspace's live located incidents matching ``flt``:
    those in the cells the view touches (z <= 12, the store's cells), else those in the view."""
    from fieldkit.mapindex import cell_of

    west, south, east, north = bbox
    lo, hi = cell_of(south, west, z), cell_of(north, east, z)
    cells: dict = {}
    for r in ws.incidents.search(flt):
        if r["lat"] is None:
            continue
        cx, cy = cell_of(r["lat"], r["lon"], z)
        inside = (
            lo[0] <= cx <= hi[0] and lo[1] <= cy <= hi[1]
            if z <= 12
            else west <= r["lon"] <= east and south <= r["lat"] <= north
        )
        if inside:
            n, slat, slon = cells.get((cx, cy), (0, 0.0, 0.0))
            cells[(cx, cy)] = (n + 1, slat + r["lat"], slon + r["lon"])
    return sorted([n, slat / n, slon / n] for n, slat, slon in cells.values())
