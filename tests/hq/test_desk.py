"""An analyst's desk on the HQ database: the store's reads for the app (map summary and views with points, one
incident with its signed history, the newest incidents), 'hq connect', and the app's HQ database page reading a
real server with an analyst's own login role (list, search, an incident's history, the map's server-side clusters,
asking for a conflict's resolution)."""

import json
import uuid

import psycopg
import pytest

from fieldkit import demo, mapindex
from fieldkit.cli import main
from fieldkit.hq.store import EXTENT_LEVEL, READ_SETTING, SETTING, HqStore, reading
from fieldkit.incidents import IncidentFilter
from fieldkit.sync import bundle
from tests.hq.conftest import with_user
from tests.hq.test_inbox import conflicted, served  # noqa: F401 - the inbox tests' fixtures
from tests.hq.test_store import hq_setup  # noqa: F401
from tests.ui.conftest import no_dialogs, wait_for_jobs  # noqa: F401 - the UI tests' fixtures
from tests.workspaces import Workspace


@pytest.fixture
def analyst(pg_dsn):
    """A login role of its own in fieldkit_analyst (the store's schema made first)."""
    HqStore(pg_dsn).init()
    name = f"analyst_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_dsn, autocommit=True) as c:
        c.execute(f"CREATE ROLE {name} LOGIN IN ROLE fieldkit_analyst")
    yield with_user(pg_dsn, name)
    with psycopg.connect(pg_dsn, autocommit=True) as c:
        c.execute(f"DROP OWNED BY {name}")
        c.execute(f"DROP ROLE {name}")


@pytest.fixture
def published(tmp_path, pg_dsn, analyst):
    """An HQ workspace with 400 demo incidents (some sensitive, some edited), published."""
    ws = Workspace(tmp_path / "hq", unencrypted=True)
    ws.incidents.add_many(demo.make_incidents(400, 1, ws.clock.now(), demo.load_places()))
    some = ws.incidents.search(IncidentFilter(include_sensitive=True), limit=15)
    for r in some[:5]:
        ws.incidents.update(r["id"], {"severity": 5}, reason="checked with the patrol")
    for r in some[5:]:
        ws.incidents.update(r["id"], {"sensitive": True}, reason="names an informant")
    ws.settings.set(SETTING, pg_dsn)
    HqStore(pg_dsn).publish(ws, full=True)
    yield ws
    ws.close()


def test_the_store_answers_the_apps_map_as_the_workspace_does(published, analyst):
    ws, store = published, HqStore(analyst)
    for sensitive in (False, True):
        flt = IncidentFilter(include_sensitive=sensitive)
        got = store.map_summary(include_sensitive=sensitive)
        assert got["count"] == mapindex.count(ws, flt)[0] > 100
        assert got["unplaced"] == mapindex.count(ws, flt)[1]
        assert got["categories"] == sorted(mapindex.categories(ws, flt))
        assert tuple(got["period"]) == tuple(mapindex.period(ws, flt))
        west, south, east, north = got["extent"]  # every incident in it, to the nearest cell of level 7
        frm, params, _ = flt.to_sql()
        tight = ws.db.execute(f"SELECT min(i.lon), min(i.lat), max(i.lon), max(i.lat) {frm}", params).fetchone()
        cell = mapindex.cell_size(EXTENT_LEVEL)
        assert tight[0] - cell <= west <= tight[0] and tight[1] - cell <= south <= tight[1]
        assert tight[2] <= east <= tight[2] + cell and tight[3] <= north <= tight[3] + cell
        for bbox, z in (((-180, -85, 180, 85), 2), ((-17, 10.5, -13, 13), 7), ((-16, 11.5, -15, 12.5), 9)):
            theirs, mine = store.map_view(bbox, z, include_sensitive=sensitive), mapindex.clusters(ws, bbox, z, flt)
            assert theirs["total"] == mine["total"], (bbox, z)
            # a cell of one incident is that incident, which the user can open: the same ones as here
            assert sorted(p[6] for p in theirs["points"]) == sorted(p[6] for p in mine["points"]), (bbox, z)
            assert sorted(c[2] for c in theirs["clusters"]) == sorted(c[2] for c in mine["clusters"]), (bbox, z)
    # from the points zoom on, the view's incidents one by one, sensitive ones only when asked for
    one = ws.incidents.search(IncidentFilter(include_sensitive=True), limit=1)[0]
    near = (one["lon"] - 0.001, one["lat"] - 0.001, one["lon"] + 0.001, one["lat"] + 0.001)
    pts = store.map_view(near, 17, include_sensitive=True)
    assert one["id"] in {p[6] for p in pts["points"]} and pts["clusters"] == []
    assert pts["points"][0][4] and len(pts["points"][0]) == 7
    every = {r["id"] for r in ws.incidents.search(IncidentFilter(include_sensitive=True), limit=1000)}
    hidden = every - {r["id"] for r in ws.incidents.search(IncidentFilter(include_sensitive=False), limit=1000)}
    assert len(hidden) >= 10
    everything = store.map_view((-180, -85, 180, 85), 17)
    assert not hidden & {p[6] for p in everything["points"]}


def test_one_incident_with_its_signed_history_and_the_newest_first(published, analyst):
    ws, store = published, HqStore(analyst)
    edited = ws.incidents.search(IncidentFilter(include_sensitive=True), limit=1000)
    rec = next(r for r in edited if ws.incidents.get(r["id"])["version"] == 2)
    got = store.incident(rec["id"], include_sensitive=True)
    mine = ws.incidents.versions(rec["id"])
    assert [h["hash"] for h in got["history"]] == [v["hash"] for v in mine]
    assert got["history"][-1]["reason"] == "checked with the patrol" and got["severity"] == 5
    assert got["history"][0]["signed_by"] and got["source_grade"]
    secret = next(r for r in edited if r["sensitive"])
    assert store.incident(secret["id"]) is None and store.incident(secret["id"], include_sensitive=True)
    assert store.incident("no-such-id") is None
    newest = [r["id"] for r in store.records(newest=True, limit=5, include_sensitive=True)]
    by_time = sorted(edited, key=lambda r: (r["occurred_at"], r["id"]), reverse=True)
    assert newest == [r["id"] for r in by_time[:5]]
    # a search listed newest first gives the newest matches, whether the newest incidents hold enough of them
    # (a common word) or the full-text index must find them all (a rare one)
    every = sorted(edited, key=lambda r: (r["occurred_at"], r["id"]), reverse=True)
    for window in (20_000, 30, 1):
        store.RECENT_WINDOW = window
        for word, n in (("checkpoint", 5), ("checkpoint", 300), ("levy", 3), ("gabu", 2), ("Bissau", 40)):
            ids = {r["id"] for r in store.search(word, limit=1000, include_sensitive=True)}
            want = [r["id"] for r in every if r["id"] in ids][:n]
            got = [r["id"] for r in store.records(word, newest=True, limit=n, include_sensitive=True)]
            assert got == want, (window, word, n)
    del store.RECENT_WINDOW
    # a search, newest first (the page's list), finds what the ranked search finds
    found = list(store.records("checkpoint", newest=True, include_sensitive=True))
    assert {r["id"] for r in found} == {r["id"] for r in store.search("checkpoint", limit=1000, include_sensitive=True)}
    assert [r["occurred_at"] for r in found] == sorted((r["occurred_at"] for r in found), reverse=True) and found


def test_an_analysts_desk_connects_reads_and_never_publishes(published, analyst, tmp_path, capsys):
    desk = Workspace(tmp_path / "desk")
    desk.close()
    d = str(tmp_path / "desk")
    # an address that cannot be read is refused and nothing is kept
    assert main(["--data-dir", d, "hq", "connect", "--database", with_user(analyst, "nobody_here")]) == 1
    assert "could not be reached" in capsys.readouterr().err
    assert main(["--data-dir", d, "hq", "connect", "--database", "postgresql://a:secret@localhost/x"]) == 1
    with Workspace(tmp_path / "desk") as w:
        assert reading(w) is None
    capsys.readouterr()
    assert main(["--data-dir", d, "hq", "connect", "--database", analyst, "--format", "json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert said["incidents"] == HqStore(analyst).counts()["incidents"] > 100
    assert main(["--data-dir", d, "hq", "search", "convoy", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)
    assert main(["--data-dir", d, "hq", "conflicts", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    out = tmp_path / "hq.csv"  # the exports work from the desk too, and say what they left out
    assert main(["--data-dir", d, "hq", "export", "csv", "--out", str(out)]) == 0
    assert "(sensitive incidents left out)" in capsys.readouterr().out and out.stat().st_size > 1000
    # the desk never publishes: there is nothing it publishes to
    assert main(["--data-dir", d, "hq", "publish"]) == 1
    with Workspace(tmp_path / "desk") as w:
        assert reading(w) == analyst and w.settings.get(SETTING) in (None, "")
    assert main(["--data-dir", d, "hq", "connect", "--off"]) == 0
    with Workspace(tmp_path / "desk") as w:
        assert reading(w) is None and w.settings.get(READ_SETTING) == ""
    capsys.readouterr()
    assert main(["--data-dir", d, "hq", "search", "convoy"]) == 1  # the advice is to connect, never 'hq init'
    said = capsys.readouterr().err
    assert "hq connect" in said and "hq init" not in said
    # any desk, no workspace at all: search and status with --database
    nowhere = str(tmp_path / "no-workspace")
    capsys.readouterr()
    assert main(["--data-dir", nowhere, "hq", "search", "convoy", "--database", analyst, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)
    assert main(["--data-dir", nowhere, "hq", "status", "--database", analyst, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["incidents"] > 100
    assert main(["--data-dir", nowhere, "hq", "status"]) == 1  # no workspace, no address: said plainly
    # an HQ workspace reads the database it publishes to
    published.close()
    assert main(["--data-dir", str(published.folder), "hq", "connect", "--database", analyst]) == 1


def test_the_hq_page_reads_the_database_with_an_analysts_role(
    qtbot,
    published,
    analyst,
    tmp_path,
    no_dialogs,  # noqa: F811
    wait_for_jobs,  # noqa: F811
):
    from ui.hq.view import LIMIT
    from ui.main_window import MainWindow

    desk = Workspace(tmp_path / "desk", unencrypted=True)
    try:
        desk.settings.set(READ_SETTING, analyst)
        win = MainWindow(desk, "en")
        qtbot.addWidget(win)
        assert "hq" in win.pages and win.job_actions["hq"].text() == "HQ database"
        assert win.hq_notice.text().startswith("Reads the HQ database fieldkit_test_")
        win.show_page("hq")
        page = win.hq
        with qtbot.waitSignal(page.loaded, timeout=30000) as got:
            pass
        n_plain = published.db.execute("SELECT count(*) FROM incidents WHERE sensitive = 0").fetchone()[0]
        assert n_plain > LIMIT and got.args == [LIMIT] and page.table.rowCount() == LIMIT  # the newest, first
        newest = [r["id"] for r in HqStore(analyst).records(newest=True, limit=LIMIT)]
        assert [page.table.item(i, 0).data(256) for i in range(LIMIT)] == newest
        assert f"Incidents on the map: {HqStore(analyst).map_summary()['count']} " in page.summary.text()
        assert "newest first" in page.summary.text()
        # the search is the server's, with the workspace's rules
        page.search.setText("checkpoint")
        with qtbot.waitSignal(page.loaded, timeout=30000):
            page.refresh()
        want = {r["id"] for r in HqStore(analyst).search("checkpoint", limit=1000)}
        shown = {page.table.item(i, 0).data(256) for i in range(page.table.rowCount())}
        assert shown == want and 0 < len(shown) < n_plain
        # an incident, its signed history as plain text; the highlighted row is always the one shown
        iid = page.table.item(2, 0).data(256)
        job = page.show_incident(iid)
        qtbot.waitUntil(lambda: job.done, timeout=30000)
        text = page.detail.toPlainText()
        assert "Signed history (" in text and published.incidents.get(iid)["title"] in text
        assert page.table.currentRow() == 2 and page.shown_id == iid
        page.search.setText("-checkpoint " + published.incidents.get(iid)["title"].split()[0])
        with qtbot.waitSignal(page.loaded, timeout=30000):
            page.refresh()
        row = page.table.currentRow()
        assert (row >= 0 and page.table.item(row, 0).data(256) == iid) or (
            not page.table.selectedItems() and page.detail.toPlainText() == "" and page.shown_id is None
        )
        page.search.setText("zzzznothing")
        with qtbot.waitSignal(page.loaded, timeout=30000):
            page.refresh()
        assert page.table.rowCount() == 0 and page.detail.toPlainText() == "" and page.shown_id is None
        page.search.setText("")
        with qtbot.waitSignal(page.loaded, timeout=30000):
            page.refresh()
        # the map asks the server for its views off the UI thread
        if page.map is not None:
            page.tabs.setCurrentWidget(page.map)
            with qtbot.waitSignal(page.map.loaded, timeout=60000):
                pass
            handler = page.map.handler
            assert page.map.host in handler.remote
        wait_for_jobs()
        win.close()
    finally:
        desk.close()


def test_an_analyst_asks_for_a_conflicts_resolution_from_the_page(
    qtbot,
    conflicted,  # noqa: F811
    pg_dsn,
    tmp_path,
    no_dialogs,  # noqa: F811
):
    from fieldkit.hq.inbox import Inbox
    from ui.hq.view import HqView

    hq, recs = conflicted
    name = f"amina_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_dsn, autocommit=True) as c:
        c.execute(f"CREATE ROLE {name} LOGIN IN ROLE fieldkit_analyst")
    desk = Workspace(tmp_path / "desk", unencrypted=True)
    try:
        page = HqView(desk, with_user(pg_dsn, name))
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.loaded, timeout=30000):
            page.refresh()
        assert page.conflict_table.rowCount() == 2 and not page.keep_remote.isEnabled()  # none chosen yet
        # the reporting device as HQ knows it (the label HQ trusts for it)
        assert page.store.incident(recs[0]["id"])["origin_label"] == "Team 0"
        job = page.show_incident(recs[0]["id"])
        qtbot.waitUntil(lambda: job.done, timeout=30000)
        assert "Reported by: Team 0" in page.detail.toPlainText()
        titles = {page.conflict_table.item(i, 1).text() for i in range(2)}
        assert titles == {hq.incidents.get(r["id"])["title"] for r in recs}
        page.conflict_table.selectRow(1)  # the chosen conflict stays chosen across a refresh, by its id
        second = page.conflicts[1]["id"]
        with qtbot.waitSignal(page.loaded, timeout=30000):
            page.refresh()
        assert page.conflicts[page.conflict_table.currentRow()]["id"] == second
        page.conflict_table.selectRow(0)
        assert page.keep_remote.isEnabled()
        # the two versions side by side: the fields that differ (the device changed severity and place)
        qtbot.waitUntil(
            lambda: "Place" in page.conflict_detail.toPlainText() or "place" in page.conflict_detail.toPlainText(),
            timeout=30000,
        )
        compared = page.conflict_detail.toPlainText()
        assert "Gabú market" in compared and "HQ “" in compared
        rows = page.inbox.conflict_fields(page.conflicts[0]["id"])
        assert {r["field"] for r in rows if r["differs"]} >= {"severity", "place"}
        first = page.conflicts[0]["id"]
        job = page.ask_resolution("remote", reason="The team saw it")
        qtbot.waitUntil(lambda: job.done, timeout=30000)
        assert job.error is None and "Asked" in page.conflict_note.text()
        # asked: marked so, and not asked twice (a second, contradicting request would only be refused)
        assert page.conflict_table.item(0, 5).text() == "waiting: the other device's version"
        assert not page.keep_local.isEnabled() and page.ask_resolution("local", reason="no") is None
        hq_inbox = Inbox(pg_dsn)
        try:
            done = list(hq_inbox.serve(hq, once=True))
        finally:
            hq_inbox.close()
        assert [e["state"] for e in done] == ["applied"] and done[0]["requested_by"] == name
        with qtbot.waitSignal(page.loaded, timeout=30000):
            page.refresh()
        assert page.conflict_table.rowCount() == 1 and first not in {c["id"] for c in page.conflicts}
        assert page.conflict_note.text() == "" and page.request_states[page.asked[first]]["state"] == "applied"
        page.close()
    finally:
        desk.close()
        with psycopg.connect(pg_dsn, autocommit=True) as c:
            c.execute(f"DROP OWNED BY {name}")
            c.execute(f"DROP ROLE {name}")


def test_an_address_that_cannot_be_used_leaves_the_window_working(qtbot, tmp_path, no_dialogs):  # noqa: F811
    from ui.main_window import MainWindow

    desk = Workspace(tmp_path / "desk", unencrypted=True)
    try:
        desk.settings.set(READ_SETTING, "postgresql://amina:secret@hq-db/fieldkit_hq")  # set by hand, with a password
        win = MainWindow(desk, "en")
        qtbot.addWidget(win)
        assert "hq" not in win.pages and "hq" not in win.job_actions and "incidents" in win.pages
        win.close()
    finally:
        desk.close()


def test_assessments_threat_picture_from_the_store_is_the_workspaces(
    qtbot,
    served,  # noqa: F811
    pg_dsn,
    analyst,
    tmp_path,
    no_dialogs,  # noqa: F811
):
    """The page's assessments: the threat level computed from what the store holds is the one the workspace
    computes, its 'not for distribution' marking included; a checklist this computer lacks is said, never guessed."""
    from ui.hq.view import HqView

    hq, _devices, files, _ = served
    for f in files:
        bundle.import_bundle(hq, f)
    scored = hq.assessments.new("Bafatá")  # HQ's own, with every scale and yes/no question answered: a level
    checklist = hq.assessments.checklist_of(scored["id"])
    for q in (q for s in checklist.sections for q in s.questions if q.scored and q.type in ("scale", "yesno")):
        hq.assessments.answer(scored["id"], q.id, "3" if q.type == "scale" else "yes")
    HqStore(pg_dsn).publish(hq)
    store = HqStore(analyst)
    wanted = {}
    for mine in hq.assessments.list():
        wanted[mine["area_name"]] = want = hq.assessments.summary(mine["id"])["overall"]
        (rec,) = [r for r in store.assessments() if r["id"] == mine["id"]]
        got = store.assessment_summary(rec, hq.checklists)["overall"]
        for key in ("level", "score", "coverage", "confidence", "marking", "sufficient", "known", "answered"):
            assert got[key] == want[key], (mine["area_name"], key)
    assert wanted["Bafatá"]["score"] is not None and wanted["Gabú"]["level"] == "insufficient"
    desk = Workspace(tmp_path / "desk", unencrypted=True)
    try:
        page = HqView(desk, analyst)
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.loaded, timeout=30000):
            page.refresh()
        assert page.assessment_table.rowCount() == 2
        shown = {page.assessment_table.item(i, 0).text(): page.assessment_table.item(i, 3).text() for i in range(2)}
        assert shown == {area: page.level_text(w) for area, w in wanted.items()}
        assert shown["Bafatá"].split(" (")[0] in ("Low", "Moderate", "High", "Severe")
        assert "not for distribution" in shown["Gabú"]  # a level is never shown without its marking
        with psycopg.connect(pg_dsn) as c:  # a checklist version this computer does not have
            c.execute("UPDATE assessments SET checklist_version = '99.0.0'")
        with qtbot.waitSignal(page.loaded, timeout=30000):
            page.refresh()
        assert {page.assessment_table.item(i, 3).text() for i in range(2)} == {"checklist not on this computer"}
        page.close()
    finally:
        desk.close()


def test_an_analysts_desk_is_not_offered_demo_data(qtbot, tmp_path, no_dialogs, monkeypatch):  # noqa: F811
    from ui.main_window import MainWindow

    offered = []
    monkeypatch.setattr(MainWindow, "offer_demo", lambda self: offered.append(1))
    for reads in (False, True):
        desk = Workspace(tmp_path / f"desk{reads}", unencrypted=True)
        try:
            desk.settings.set("plain_by_choice", "1")
            desk.settings.set("user_name", "Amina")
            if reads:
                desk.settings.set(READ_SETTING, "postgresql://amina@hq-db/fieldkit_hq")
            win = MainWindow(desk, "en")
            qtbot.addWidget(win)
            win.startup_checks()
            win.close()
        finally:
            desk.close()
    assert offered == [1]  # the empty field workspace is offered demo data, the desk is not
