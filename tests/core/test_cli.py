import json
import subprocess
import sys
from pathlib import Path

import pytest

from fieldkit.cli import main

ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_help_lists_every_command(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    for cmd in ("init", "demo", "incident", "verify", "checklist", "assessment"):
        assert cmd in out


def test_version(capsys):
    with pytest.raises(SystemExit):
        main(["--version"])
    assert "FieldKit 0." in capsys.readouterr().out


def test_data_dir_env_and_flag(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FIELDKIT_DATA_DIR", str(tmp_path / "env"))
    assert run(capsys, "init")[0] == 0
    assert (tmp_path / "env" / "fieldkit.sqlite").exists()
    assert run(capsys, "--data-dir", str(tmp_path / "flag"), "init")[0] == 0
    assert (tmp_path / "flag" / "fieldkit.sqlite").exists()


def test_missing_workspace_is_a_plain_error(tmp_path, capsys):
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "none"), "incident", "list")
    assert code == 1 and "fieldkit init" in err and "Traceback" not in err
    assert not (tmp_path / "none").exists()


def test_demo_is_repeatable_with_the_same_seed(tmp_path, capsys):
    def dump(d):
        assert run(capsys, "--data-dir", str(d), "demo", "--incidents", "60", "--seed", "7")[0] == 0
        code, out, _ = run(capsys, "--data-dir", str(d), "incident", "list", "--format", "json")
        return [(r["id"], r["title"], r["lat"], r["category"]) for r in json.loads(out)]
    a, b = dump(tmp_path / "a"), dump(tmp_path / "b")
    assert len(a) == 60 and [x[0] for x in a] == [x[0] for x in b] and [x[1:] for x in a] == [x[1:] for x in b]
    code, out, _ = run(capsys, "--data-dir", str(tmp_path / "a"), "assessment", "list", "--format", "json")
    rows = json.loads(out)
    assert {r["status"] for r in rows} == {"draft", "final"} and len({r["area_name"] for r in rows}) == 1
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "a"), "demo")
    assert code == 1 and "already holds data" in err


def test_incident_add_list_show_edit_delete_restore(tmp_path, capsys):
    d = ["--data-dir", str(tmp_path)]
    run(capsys, *d, "init")
    photo = tmp_path / "p.jpg"
    photo.write_bytes(b"img")
    code, out, err = run(capsys, *d, "incident", "add", "--title", "Checkpoint levy", "--description", "Armed men charge traders",
                         "--occurred-at", "2026-01-03T08:00Z", "--lat", "12.1", "--lon", "-15.0", "--category", "EXTORT",
                         "--severity", "3", "--place", "Mansôa", "--source-grade", "C3", "--attach", str(photo),
                         "--actor", "Porto Gang:GANG", "--format", "json")
    assert code == 0, err
    rec = json.loads(out)
    for k in ("id", "title", "description", "occurred_at", "lat", "lon", "category", "severity", "status"):
        assert k in rec
    iid = rec["id"]
    assert len(rec["attachments"]) == 1
    code, out, _ = run(capsys, *d, "incident", "search", "mansoa", "--format", "json")
    assert [r["id"] for r in json.loads(out)] == [iid]
    code, _, err = run(capsys, *d, "incident", "edit", iid[:8], "--severity", "4")
    assert code == 1 and "reason" in err
    assert run(capsys, *d, "incident", "edit", iid[:8], "--severity", "4", "--reason", "confirmed")[0] == 0
    code, out, _ = run(capsys, *d, "incident", "show", iid, "--format", "json")
    shown = json.loads(out)
    assert shown["severity"] == 4 and [v["reason"] for v in shown["history"]] == ["Created", "confirmed"]
    assert run(capsys, *d, "incident", "delete", iid)[0] == 0
    code, out, _ = run(capsys, *d, "incident", "list", "--format", "json")
    assert json.loads(out) == []
    assert run(capsys, *d, "incident", "restore", iid)[0] == 0
    code, out, _ = run(capsys, *d, "verify")
    assert code == 0 and "Everything verifies" in out


def test_rejected_add_exits_1_and_changes_nothing(tmp_path, capsys):
    d = ["--data-dir", str(tmp_path)]
    run(capsys, *d, "init")
    code, _, err = run(capsys, *d, "incident", "add", "--title", "x", "--description", "y", "--occurred-at", "2026-01-01",
                       "--lat", "95", "--lon", "0", "--category", "MOVE_OBS", "--severity", "2")
    assert code == 1 and "Latitude" in err and len(err.strip().splitlines()) == 1
    code, out, _ = run(capsys, *d, "incident", "list", "--format", "json")
    assert json.loads(out) == []


def test_usage_error_exits_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as e:
        main(["--data-dir", str(tmp_path), "incident", "frobnicate"])
    assert e.value.code == 2


def test_list_prints_every_match_unless_limited(tmp_path, capsys):
    d = ["--data-dir", str(tmp_path)]
    run(capsys, *d, "demo", "--incidents", "120")
    code, out, _ = run(capsys, *d, "incident", "list", "--format", "json")
    assert len(json.loads(out)) == 120
    code, out, _ = run(capsys, *d, "incident", "list", "--limit", "5", "--format", "json")
    assert len(json.loads(out)) == 5


def test_assessment_commands(tmp_path, capsys):
    d = ["--data-dir", str(tmp_path)]
    run(capsys, *d, "init")
    code, out, _ = run(capsys, *d, "checklist", "show", "spotting-the-spoilers", "--format", "json")
    sections = json.loads(out)["sections"]
    assert len(sections) >= 8 and all({"id", "type", "source"} <= set(q) for s in sections for q in s["questions"])
    code, out, _ = run(capsys, *d, "assessment", "new", "--area", "Gao", "--format", "json")
    aid = json.loads(out)["id"]
    assert run(capsys, *d, "assessment", "answer", aid, "D1", "3")[0] == 0
    code, _, err = run(capsys, *d, "assessment", "answer", aid, "D1", "yes")
    assert code == 1 and "0 to 4" in err
    code, _, err = run(capsys, *d, "assessment", "answer", aid, "NOPE", "yes")
    assert code == 1 and "not a question" in err
    code, out, _ = run(capsys, *d, "assessment", "show", aid, "--format", "json")
    s = json.loads(out)
    assert {"sections", "overall"} <= set(s) and s["overall"]["level"] and "completeness" in s["overall"]
    assert all("score" in sec for sec in s["sections"])


def test_cli_runs_as_a_real_process_without_traceback(tmp_path):
    r = subprocess.run([sys.executable, "-m", "fieldkit", "--data-dir", str(tmp_path), "incident", "search", "x"],
                       cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 1 and "Traceback" not in r.stderr
