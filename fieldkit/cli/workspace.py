"""``init``, ``demo``, ``info``, ``config``, ``verify``: the workspace itself."""

from __future__ import annotations

from ..errors import FieldkitError
from .common import CREATE, NONE, command, fmt_flag, open_ws, out

SETTINGS = ("user_name", "role", "device_label", "language", "marking")


def add_commands(sub) -> None:
    s = sub.add_parser(
        "init", help="create the workspace (encrypted under a passphrase: $FIELDKIT_PASSPHRASE or asked)"
    )
    s.add_argument(
        "--unencrypted", action="store_true", help="a plain workspace anyone with the laptop can read (training only)"
    )
    command(s, init, workspace=CREATE)
    s = sub.add_parser("demo", help="fill an empty workspace with realistic demo data")
    s.add_argument("--incidents", type=int, default=500)
    s.add_argument("--seed", type=int, default=1)
    s.add_argument("--remove", action="store_true", help="remove every demo record ([DEMO]); the real ones stay")
    command(s, demo, workspace=NONE)  # checks its flags before it creates anything
    s = sub.add_parser("info", help="show the workspace folder, device and record counts")
    fmt_flag(s)
    command(s, info)
    s = sub.add_parser("config", help="show or set user settings (user_name, role, device_label, language, marking)")
    s.add_argument("key", nargs="?")
    s.add_argument("value", nargs="?")
    fmt_flag(s)
    command(s, config)
    s = sub.add_parser("verify", help="check every history chain and attachment for tampering")
    fmt_flag(s)
    command(s, verify)
    s = sub.add_parser(
        "diagnostics", help="write a diagnostics file for reporting a problem (no user content, docs/diagnostics.md)"
    )
    s.add_argument("--out", required=True)
    command(s, diagnostics)


def init(ws, args) -> int:
    if ws.encrypted:
        print(f"Workspace ready in {ws.folder} (encrypted: it opens only with its passphrase).")
    else:
        if getattr(args, "unencrypted", False):  # kept plain on purpose: the app does not offer encryption each start
            ws.settings.set("plain_by_choice", "1")
        print(f"Workspace ready in {ws.folder} (NOT encrypted: anyone with this computer can read it).")
    return 0


def demo(_ws, args) -> int:
    from .. import demo as demo_data

    if args.remove:
        with open_ws(args, create=False) as ws:
            gone = demo_data.remove(ws)
            print(f"Demo data removed: {gone['incidents']} incidents, {gone['assessments']} assessments.")
        return 0
    if args.incidents < 0:
        raise FieldkitError("--incidents must be 0 or more.")
    with open_ws(args, create=True) as ws:
        made = demo_data.fill(ws, incidents=args.incidents, seed=args.seed)
        print(f"Demo data loaded into {ws.folder}: {made['incidents']} incidents, {made['assessments']} assessments.")
    return 0


def info(ws, args) -> int:
    data = {
        "folder": str(ws.folder),
        "device_id": ws.device_id,
        "user_name": ws.user_name,
        "counts": ws.counts(),
        "encrypted": ws.encrypted,
    }
    label = ws.settings.get("device_label") or "no label"

    def show(d):
        print(f"Workspace: {d['folder']}")
        print(f"Device: {d['device_id']} ({label})")
        print(f"User: {d['user_name'] or '(not set)'}")
        for k, v in d["counts"].items():
            print(f"{k.replace('_', ' ').capitalize()}: {v}")
        print("Encrypted: yes" if d["encrypted"] else "Encrypted: NO (anyone with this computer can read it)")

    out(args, data, show)
    return 0


def config(ws, args) -> int:
    if args.key is None:
        out(args, ws.settings.all(), lambda d: print("\n".join(f"{k} = {v}" for k, v in d.items())))
        return 0
    if args.key not in SETTINGS and args.key != "device_id":
        raise FieldkitError("Unknown setting {key}; use one of: {allowed}.", key=args.key, allowed=", ".join(SETTINGS))
    if args.value is None:
        print(ws.settings.get(args.key, ""))
        return 0
    if args.key == "device_id":
        raise FieldkitError("The device id cannot be changed.")
    ws.settings.set(args.key, args.value)
    print(f"{args.key} = {args.value}")
    return 0


def verify(ws, args) -> int:
    data = ws.verify()

    def show(d):
        c = d["checked"]
        print(
            f"Checked {c['incidents']} incident(s), {c['assessments']} assessment(s), {c['attachments']} attachment(s)."
        )
        for p in d["problems"]:
            print(f"FAIL {p['kind']} {p['record']}: {p['problem']}")
        print("Everything verifies." if d["ok"] else f"{len(d['problems'])} problem(s) found.")

    out(args, data, show)
    return 0 if data["ok"] else 1


def diagnostics(ws, args) -> int:
    from .. import diagnostics as diag

    path = diag.write(ws, args.out)
    print(f"Diagnostics written to {path} (no records, names or keys in it).")
    return 0
