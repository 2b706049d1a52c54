import io
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
    code, out, err = run(
        capsys,
        *d,
        "incident",
        "add",
        "--title",
        "Checkpoint levy",
        "--description",
        "Armed men charge traders",
        "--occurred-at",
        "2026-01-03T08:00Z",
        "--lat",
        "12.1",
        "--lon",
        "-15.0",
        "--category",
        "EXTORT",
        "--severity",
        "3",
        "--place",
        "Mansôa",
        "--source-grade",
        "C3",
        "--attach",
        str(photo),
        "--actor",
        "Porto Gang:GANG",
        "--format",
        "json",
    )
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
    code, _, err = run(
        capsys,
        *d,
        "incident",
        "add",
        "--title",
        "x",
        "--description",
        "y",
        "--occurred-at",
        "2026-01-01",
        "--lat",
        "95",
        "--lon",
        "0",
        "--category",
        "MOVE_OBS",
        "--severity",
        "2",
    )
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
    r = subprocess.run(
        [sys.executable, "-m", "fieldkit", "--data-dir", str(tmp_path), "incident", "search", "x"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert r.returncode == 1 and "Traceback" not in r.stderr


# -- the CLI package: one module per noun ---------------------------------------------------------------------------

# Every command path the CLI has (issue 13): HQ scripts call these, so one that disappears fails here.
COMMANDS = [
    "init",
    "demo",
    "info",
    "config",
    "verify",
    "diagnostics",
    "incident",
    "incident add",
    "incident list",
    "incident search",
    "incident show",
    "incident edit",
    "incident delete",
    "incident restore",
    "incident purge",
    "incident attachment",
    "checklist",
    "checklist list",
    "checklist show",
    "checklist validate",
    "checklist import",
    "checklist export",
    "assessment",
    "assessment new",
    "assessment answer",
    "assessment show",
    "assessment list",
    "assessment compare",
    "assessment finalise",
    "assessment upgrade",
    "assessment market",
    "assessment market set",
    "assessment market list",
    "assessment market remove",
    "assessment market compare",
    "assessment actor",
    "assessment actor set",
    "assessment actor list",
    "assessment actor remove",
    "assessment actor compare",
    "assessment judgement",
    "assessment judgement list",
    "assessment judgement set",
    "assessment judgement remove",
    "assessment judgement reset",
    "map",
    "basemap",
    "basemap add",
    "basemap list",
    "basemap cut",
    "basemap use",
    "export",
    "export csv",
    "export geojson",
    "export kml",
    "export bundle",
    "report",
    "report assessment",
    "report incidents",
    "verify-report",
    "import",
    "import bundle",
    "import config",
    "import receipt",
    "keys",
    "keys show",
    "keys export",
    "keys trust",
    "keys list",
    "keys remove",
    "keys new-identity",
    "keys fingerprint",
    "keys confirm",
    "keys rotate",
    "hq",
    "hq revoke",
    "hq revocations",
    "hq receipt",
    "hq config",
    "hq config export",
    "hq init",
    "hq migrate",
    "hq publish",
    "hq verify",
    "hq status",
    "hq search",
    "hq export",
    "hq export csv",
    "hq export geojson",
    "hq export kml",
    "hq attachment",
    "hq submit",
    "hq inbox",
    "hq conflicts",
    "hq resolve",
    "hq serve",
    "hq connect",
    "conflicts",
    "conflicts list",
    "conflicts show",
    "conflicts resolve",
    "sync-status",
    "passphrase",
    "passphrase set",
    "passphrase change",
    "passphrase duress",
    "lock-policy",
    "travel",
    "wipe",
    "places",
    "places search",
    "places near",
]


def _command_parsers():
    """{path: parser} for every command and subcommand, in the order ``--help`` shows them."""
    import argparse

    from fieldkit.cli import build_parser

    found = {}

    def walk(parser, prefix):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    found[" ".join(prefix + [name])] = sub
                    walk(sub, prefix + [name])

    walk(build_parser(), [])
    return found


def _minimal_argv(parser):
    """The fewest arguments the command accepts: each required positional and option given once."""
    argv = []
    for action in parser._actions:
        if action.option_strings:
            if action.required:
                argv += [action.option_strings[0], action.choices[0] if action.choices else "x"]
        elif action.nargs not in ("?", "*") and action.dest != "help":
            argv.append(action.choices[0] if action.choices else "x")
    return argv


def test_every_command_of_today_is_still_there_in_order():
    assert list(_command_parsers()) == COMMANDS


def test_every_command_module_registers_its_handlers_with_set_defaults():
    import importlib
    import pkgutil

    import fieldkit.cli as cli

    nouns = {m.name for m in pkgutil.iter_modules(cli.__path__)} - {"common"}
    assert nouns == {m.__name__.rsplit(".", 1)[1] for m in cli.MODULES}  # no noun module is left out of the CLI
    parsers = _command_parsers()
    leaves = [p for p in parsers if not any(q.startswith(p + " ") for q in parsers)]
    used = set()
    for path in leaves:
        argv = path.split() + _minimal_argv(parsers[path])
        args = cli.build_parser().parse_args(argv)
        assert callable(args.func), path
        assert args.workspace in ("existing", "create", "none"), path
        module = importlib.import_module(args.func.__module__)
        assert module in cli.MODULES, path
        used.add(module)
    assert used == set(cli.MODULES)  # every noun module adds at least one command


def test_info_is_readable_text_by_default_and_json_with_format_json(tmp_path, capsys):
    from tests.workspaces import Workspace

    d = ["--data-dir", str(tmp_path)]
    run(capsys, *d, "init")
    run(capsys, *d, "config", "user_name", "Alice")
    run(capsys, *d, "config", "device_label", "laptop-3")
    code, out, err = run(capsys, *d, "info")
    assert code == 0 and err == ""
    with Workspace(tmp_path, create=False) as ws:
        device, counts = ws.device_id, ws.counts()
    lines = out.splitlines()
    assert lines[:3] == [f"Workspace: {tmp_path}", f"Device: {device} (laptop-3)", "User: Alice"]
    assert lines[3:-1] == [f"{k.replace('_', ' ').capitalize()}: {v}" for k, v in counts.items()]
    assert lines[-1] == "Encrypted: yes"
    assert "Incidents: 0" in lines and not out.lstrip().startswith("{")
    code, out, _ = run(capsys, *d, "info", "--format", "json")
    data = json.loads(out)
    assert code == 0 and list(data) == ["folder", "device_id", "user_name", "counts", "encrypted"]
    expected = {"folder": str(tmp_path), "device_id": device, "user_name": "Alice", "counts": counts, "encrypted": True}
    assert out == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"  # byte for byte what it always was


def test_verify_reports_what_the_workspace_finds(tmp_path, capsys, monkeypatch):
    from fieldkit.workspace import Workspace  # the class the CLI opens

    d = ["--data-dir", str(tmp_path)]
    run(capsys, *d, "init")
    found = {
        "checked": {"incidents": 3, "attachments": 1, "assessments": 2},
        "problems": [{"record": "abc", "kind": "incident", "problem": "it was edited outside FieldKit"}],
        "ok": False,
    }
    monkeypatch.setattr(Workspace, "verify", lambda self: found)
    code, out, _ = run(capsys, *d, "verify")
    assert code == 1
    assert out == (
        "Checked 3 incident(s), 2 assessment(s), 1 attachment(s).\n"
        "FAIL incident abc: it was edited outside FieldKit\n1 problem(s) found.\n"
    )
    code, out, _ = run(capsys, *d, "verify", "--format", "json")
    assert code == 1 and json.loads(out) == found


def test_exit_codes_2_for_usage_and_1_for_rejected_input(tmp_path, capsys):
    d = ["--data-dir", str(tmp_path)]
    for argv in (["incident", "add", "--title", "x"], ["--bogus"], ["info", "--format", "xml"], ["export"]):
        with pytest.raises(SystemExit) as e:
            main(d + argv)
        err = capsys.readouterr().err
        assert e.value.code == 2 and err.startswith("usage: fieldkit") and "Traceback" not in err, argv
    assert main([]) == 2
    capsys.readouterr()
    run(capsys, *d, "init")
    for argv in (
        ["config", "bogus", "x"],
        ["incident", "show", "nosuchid"],
        ["assessment", "new", "--area", "G", "--bbox=x,y"],
    ):
        code, out, err = run(capsys, *d, *argv)
        assert code == 1 and out == "" and len(err.splitlines()) == 1 and err.startswith("Error: "), argv
        assert "Traceback" not in err
    for argv, want in ((["incident", "frobnicate"], 2), (["config", "bogus", "x"], 1)):
        r = subprocess.run([sys.executable, "-m", "fieldkit", *d, *argv], cwd=ROOT, capture_output=True, text=True)
        assert r.returncode == want and "Traceback" not in r.stderr, argv
        if want == 1:
            assert r.stderr.splitlines() == [
                "Error: Unknown setting bogus; use one of: user_name, role, device_label, language, marking."
            ]


def test_nothing_from_the_data_reaches_the_terminal_as_control_codes(tmp_path, capsys):
    """A record's title with escape sequences (clear screen, conceal) or a carriage return prints as text."""
    from fieldkit.cli import main

    d = str(tmp_path / "ws")
    assert main(["--data-dir", d, "init"]) == 0
    hostile = "Convoy\x1b[2J\x1b[8m hidden\rOverwritten\u202e"
    assert (
        main(
            [
                "--data-dir",
                d,
                "incident",
                "add",
                "--title",
                hostile,
                "--description",
                "d",
                "--occurred-at",
                "2026-05-01",
                "--lat",
                "12",
                "--lon",
                "-1",
                "--category",
                "MOVE_OBS",
                "--severity",
                "2",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["--data-dir", d, "incident", "list"]) == 0
    text = capsys.readouterr().out
    assert "Convoy" in text and "\x1b" not in text and "\r" not in text and "\u202e" not in text
    assert main(["--data-dir", d, "incident", "list", "--format", "json"]) == 0
    assert hostile in [r["title"] for r in json.loads(capsys.readouterr().out)]  # JSON keeps the data, escaped


def test_a_bad_bounding_box_is_a_plain_error(tmp_path, capsys):
    from fieldkit.cli import main

    d = str(tmp_path / "ws")
    main(["--data-dir", d, "init"])
    capsys.readouterr()
    assert main(["--data-dir", d, "assessment", "new", "--area", "Gao", "--bbox", "x,y"]) == 1
    err = capsys.readouterr().err
    assert "bounding box" in err and "unexpected" not in err


def test_the_bundle_passphrase_comes_from_its_own_variable(tmp_path, capsys, monkeypatch):
    from fieldkit.cli import main

    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    for d in (a, b):
        main(["--data-dir", d, "init"])
    monkeypatch.setenv("FIELDKIT_BUNDLE_PASSPHRASE", "correct horse battery")
    out = str(tmp_path / "x.fkb")
    assert main(["--data-dir", a, "export", "bundle", "--out", out, "--passphrase"]) == 0
    assert main(["--data-dir", b, "import", "bundle", out, "--passphrase", "--trust"]) == 0


def test_a_short_bundle_passphrase_is_refused_and_one_on_the_command_line_warns(tmp_path, capsys):
    from fieldkit.cli import main

    d = str(tmp_path / "a")
    main(["--data-dir", d, "init"])
    capsys.readouterr()
    assert main(["--data-dir", d, "export", "bundle", "--out", str(tmp_path / "x.fkb"), "--passphrase", "x"]) == 1
    err = capsys.readouterr().err
    assert "at least 10 characters" in err and "can be seen by other programs" in err
    assert not (tmp_path / "x.fkb").exists()


def test_a_deletion_held_for_review_is_shown_and_resolved_from_the_cli(tmp_path, capsys, incident_data):
    from fieldkit.clock import FixedClock
    from fieldkit.sync import bundle, keys
    from tests.workspaces import Workspace

    clock = FixedClock("2026-06-01T12:00:00Z")
    field, hq = Workspace(tmp_path / "f", clock=clock), Workspace(tmp_path / "hq", clock=clock)
    hq.trust.add(keys.public_identity(field))
    rec = field.incidents.add(incident_data)
    bundle.export_bundle(field, tmp_path / "1.fkb", plain=True)
    bundle.import_bundle(hq, tmp_path / "1.fkb")
    hq.incidents.update(rec["id"], {"severity": 5}, reason="HQ correction")
    field.incidents.delete(rec["id"])
    field.incidents.purge(rec["id"], reason="duplicate entry")
    clock.advance(minutes=5)
    bundle.export_bundle(field, tmp_path / "2.fkb", incremental=True, plain=True)
    bundle.import_bundle(hq, tmp_path / "2.fkb")
    hq.close()
    field.close()
    d = str(tmp_path / "hq")
    code, text, _ = run(capsys, "--data-dir", d, "conflicts", "list", "--format", "json")
    [c] = json.loads(text)
    assert code == 0 and c["kind"] == "deletion"
    code, text, err = run(capsys, "--data-dir", d, "conflicts", "show", c["id"][:8], "--format", "json")
    shown = json.loads(text)
    assert code == 0 and shown["kind"] == "deletion" and shown["reason"] == "duplicate entry" and shown["in_trash"]
    assert shown["record_id"] == rec["id"] and set(shown["choices"]) == {"local", "remote"}
    code, text, _ = run(capsys, "--data-dir", d, "conflicts", "show", c["id"][:8])
    assert code == 0 and "duplicate entry" in text and "--keep remote" in text
    code, text, _ = run(capsys, "--data-dir", d, "conflicts", "resolve", c["id"][:8], "--keep", "remote")
    assert code == 0 and "removed for good" in text
    code, text, err = run(capsys, "--data-dir", d, "incident", "show", rec["id"])
    assert code == 1 and "Traceback" not in err


def test_a_bundle_is_never_plain_unless_asked(tmp_path, capsys, monkeypatch):
    import zipfile

    monkeypatch.delenv("FIELDKIT_BUNDLE_PASSPHRASE", raising=False)
    # FIELDKIT_PASSPHRASE is set: it is the workspace's passphrase, never a bundle's
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # a script: no terminal to ask on
    d = str(tmp_path / "a")
    run(capsys, "--data-dir", d, "init")
    out = tmp_path / "x.fkb"
    code, _, err = run(capsys, "--data-dir", d, "export", "bundle", "--out", str(out))
    assert code == 1 and "--plain" in err and "readable by anyone" in err and not out.exists()
    monkeypatch.setenv("FIELDKIT_BUNDLE_PASSPHRASE", "correct horse battery")
    code, text, _ = run(capsys, "--data-dir", d, "export", "bundle", "--out", str(out))
    assert code == 0 and "encrypted" in text
    assert zipfile.ZipFile(out).namelist() == ["envelope.json", "payload.bin"]
    monkeypatch.delenv("FIELDKIT_BUNDLE_PASSPHRASE")
    code, text, _ = run(capsys, "--data-dir", d, "export", "bundle", "--out", str(out), "--plain")
    assert code == 0 and "not encrypted" in text and "manifest.json" in zipfile.ZipFile(out).namelist()


def test_a_device_label_is_one_line_of_plain_text(tmp_path, capsys):
    d = str(tmp_path / "a")
    run(capsys, "--data-dir", d, "init")
    code, _, err = run(capsys, "--data-dir", d, "config", "device_label", "Gao\nKey fingerprint: 0000")
    assert code == 1 and "one line" in err
    code, _, err = run(capsys, "--data-dir", d, "config", "device_label", "x" * 201)
    assert code == 1 and "200" in err
    assert run(capsys, "--data-dir", d, "config", "device_label", "Gao laptop 2")[0] == 0


def test_a_diagnostics_file_holds_no_user_content(tmp_path, capsys, incident_data):
    d = str(tmp_path / "w")
    run(capsys, "--data-dir", d, "init")
    run(capsys, "--data-dir", d, "config", "device_label", "Secret Station Kilo")
    run(
        capsys,
        "--data-dir",
        d,
        "incident",
        "add",
        "--title",
        "Informant Fatou met the convoy",
        "--description",
        "x",
        "--occurred-at",
        "2026-05-01",
        "--lat",
        "1",
        "--lon",
        "1",
        "--category",
        "MOVE_OBS",
        "--severity",
        "2",
    )
    out = tmp_path / "diag.json"
    code, text, err = run(capsys, "--data-dir", d, "diagnostics", "--out", str(out))
    assert code == 0, err
    body = out.read_text()
    data = json.loads(body)
    assert data["format"] == "fieldkit-diagnostics/1" and data["counts"]["incidents"] == 1 and data["verify"]["ok"]
    for secret in ("Secret Station", "Fatou", "convoy"):
        assert secret not in body


def test_a_refused_import_is_remembered_without_user_content(tmp_path, capsys, incident_data):
    from fieldkit.sync import bundle
    from tests.workspaces import Workspace

    stranger = Workspace(tmp_path / "s")
    stranger.settings.set("device_label", "Secret Station Kilo")
    stranger.incidents.add(incident_data)
    bundle.export_bundle(stranger, tmp_path / "s.fkb", plain=True)
    stranger.close()
    d = str(tmp_path / "hq")
    run(capsys, "--data-dir", d, "init")
    code, _, _ = run(capsys, "--data-dir", d, "import", "bundle", str(tmp_path / "s.fkb"))
    assert code == 1
    (tmp_path / "t.fkb").write_bytes(b"not a zip")
    run(capsys, "--data-dir", d, "import", "bundle", str(tmp_path / "t.fkb"))
    code, text, _ = run(capsys, "--data-dir", d, "sync-status", "--format", "json")
    refused = json.loads(text)["refused"]
    assert [r["kind"] for r in refused] == ["BundleDamaged", "BundleUntrustedSigner"]  # newest first
    assert refused[1]["bundle_sha256"] and "{label}" in refused[1]["template"]
    assert "Secret Station" not in json.dumps(refused) and "s.fkb" not in json.dumps(refused)
    code, text, _ = run(capsys, "--data-dir", d, "sync-status")
    assert "REFUSED" in text


def test_a_lost_device_key_is_a_plain_refusal_until_a_new_identity_is_chosen(tmp_path, capsys, incident_data):
    from fieldkit.sync import keys
    from tests.workspaces import Workspace

    d = tmp_path / "w"
    ws = Workspace(d)
    hq = Workspace(tmp_path / "hq")
    ws.trust.add(keys.public_identity(hq), role="hq")
    ws.incidents.add(incident_data)
    old = keys.public_identity(ws)["fingerprint"]
    ws.close()
    hq.close()
    (d / "keys" / "device.json").unlink()  # a restore that forgot the keys folder
    code, _, err = run(capsys, "--data-dir", str(d), "incident", "list")
    assert code == 1 and "device key" in err and "new-identity" in err and "Traceback" not in err
    assert not (d / "keys" / "device.json").exists()  # nothing made silently
    code, _, err = run(capsys, "--data-dir", str(d), "keys", "new-identity")
    assert code == 1 and "--confirm" in err
    code, text, _ = run(capsys, "--data-dir", str(d), "keys", "new-identity", "--confirm")
    assert code == 0 and "fingerprint" in text
    ws = Workspace(d)
    assert keys.public_identity(ws)["fingerprint"] != old and ws.trust.list() == []  # trusted again after checking
    assert ws.verify()["ok"]  # its own earlier versions stay verifiable
    ws.close()


def test_a_draft_is_added_without_coordinates_and_a_final_one_still_needs_them(tmp_path, capsys):
    d = ["--data-dir", str(tmp_path)]
    run(capsys, *d, "init")
    base = ["incident", "add", "--title", "Rumour of a camp", "--occurred-at", "2026-01-03", "--category", "MOVE_OBS"]
    base += ["--severity", "2"]
    code, out, err = run(capsys, *d, *base)
    assert code == 2 and "--description, --lat, --lon" in err and "--draft" in err
    assert json.loads(run(capsys, *d, "incident", "list", "--format", "json")[1]) == []
    code, out, err = run(capsys, *d, *base, "--draft", "--format", "json")
    assert code == 0, err
    rec = json.loads(out)
    assert (rec["status"], rec["lat"], rec["lon"], rec["description"]) == ("draft", None, None, "")
    code, out, err = run(capsys, *d, "incident", "show", rec["id"])
    assert code == 0 and "lat: \n" in out and "None" not in out
    # finalising needs the location; a decimal comma is understood
    code, out, err = run(capsys, *d, "incident", "edit", rec["id"], "--status", "final", "--description", "Seen.")
    assert code == 1 and "Latitude and longitude are required" in err
    code, out, err = run(
        capsys,
        *d,
        "incident",
        "edit",
        rec["id"],
        "--status",
        "final",
        "--description",
        "Seen.",
        "--lat",
        "12,28",
        "--lon",
        "-15,6",
    )
    assert code == 0, err
    got = json.loads(run(capsys, *d, "incident", "show", rec["id"], "--format", "json")[1])
    assert (got["lat"], got["lon"], got["status"]) == (12.28, -15.6, "final")
    # only a draft may drop its location
    code, out, err = run(capsys, *d, "incident", "edit", rec["id"], "--no-location", "--reason", "unsure")
    assert code == 1 and "Latitude and longitude are required" in err
    code, out, err = run(capsys, *d, "incident", "edit", rec["id"], "--no-location", "--lat", "1")
    assert code == 2
    code, out, err = run(capsys, *d, "incident", "edit", rec["id"], "--no-location", "--draft", "--reason", "unsure")
    assert code == 0, err
    got = json.loads(run(capsys, *d, "incident", "show", rec["id"], "--format", "json")[1])
    assert (got["lat"], got["lon"], got["status"]) == (None, None, "draft")
    with pytest.raises(SystemExit) as e:
        main(d + base + ["--draft", "--status", "final"])
    assert e.value.code == 2 and "not allowed with argument --draft" in capsys.readouterr().err


def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path, capsys, monkeypatch):
    """'fieldkit ... | head': the pipe closes before the output ends; no "something unexpected went wrong". (In
    process: whether a real pipe is still open when a command ends depends on how much the system's pipes hold.)"""

    class GoneReader(io.TextIOBase):
        def write(self, text):
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", GoneReader())
    assert main(["--data-dir", str(tmp_path), "checklist", "show"]) == 1
    assert main(["--data-dir", str(tmp_path), "checklist", "show", "--format", "json"]) == 1
    err = capsys.readouterr().err
    assert "unexpected" not in err and "Traceback" not in err and "BrokenPipe" not in err
