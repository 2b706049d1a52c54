"""Demo data never passes for real data: marked everywhere, left out of bundles unless asked for, removed in one
action (issue 20, point 1)."""

import json

from fieldkit import demo
from fieldkit.cli import main
from fieldkit.marks import DEMO_TAG
from fieldkit.sync import bundle, keys
from tests.workspaces import Workspace


def test_demo_records_are_marked_kept_out_of_bundles_and_removed_in_one_action(tmp_path, incident_data):
    ws = Workspace(tmp_path / "w")
    made = demo.fill(ws, incidents=30, seed=3)
    assert made == {"incidents": 30, "assessments": 2} and demo.present(ws)
    rows = ws.incidents.search()
    assert all(r["title"].startswith("[DEMO] ") and DEMO_TAG in r["tags"] for r in rows)
    assert all(a["area_name"].startswith("[DEMO] ") for a in ws.assessments.list())
    real = ws.incidents.add(incident_data)  # the user's own record beside the demo

    hq = Workspace(tmp_path / "hq")
    hq.trust.add(keys.public_identity(ws))
    m = bundle.export_bundle(ws, tmp_path / "b.fkb", plain=True)
    assert m["counts"]["incidents"] == 1 and m["counts"]["assessments"] == 0  # only the real one leaves
    m = bundle.export_bundle(ws, tmp_path / "all.fkb", plain=True, include_demo=True, include_sensitive=True)
    assert m["counts"]["incidents"] == 31 and m["counts"]["assessments"] == 2

    gone = demo.remove(ws)
    assert gone == {"incidents": 30, "assessments": 2} and not demo.present(ws)
    assert [r["id"] for r in ws.incidents.search()] == [real["id"]]
    assert ws.assessments.list() == [] and ws.verify()["ok"]
    ws.close()
    hq.close()


def test_the_cli_removes_demo_data_and_sends_it_only_when_asked(tmp_path, capsys):
    d = str(tmp_path / "w")
    assert main(["--data-dir", d, "demo", "--incidents", "20"]) == 0
    out = tmp_path / "b.fkb"
    assert main(["--data-dir", d, "export", "bundle", "--out", str(out), "--plain", "--format", "json"]) == 0
    capsys.readouterr()
    assert (
        main(
            [
                "--data-dir",
                d,
                "export",
                "bundle",
                "--out",
                str(out),
                "--plain",
                "--include-demo",
                "--include-sensitive",
                "--format",
                "json",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["counts"]["incidents"] == 20
    assert main(["--data-dir", d, "demo", "--remove"]) == 0
    assert "20 incidents" in capsys.readouterr().out
    assert main(["--data-dir", d, "incident", "list", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
