"""``keys show|export|trust|list|remove|new-identity``: this device's key and the keys it trusts."""

from __future__ import annotations

import json

from ..errors import FieldkitError
from ..text import one_line
from .common import NONE, actions, command, fmt_flag, out, workspace_passphrase


def add_commands(sub) -> None:
    k = actions(sub.add_parser("keys", help="this device's key and the keys it trusts"), "action")
    s = k.add_parser("show", help="this device's public key and fingerprint")
    fmt_flag(s)
    command(s, show)
    s = k.add_parser("export", help="write this device's public key to a file (give it to HQ or a colleague)")
    s.add_argument("--out", required=True)
    command(s, export)
    s = k.add_parser("trust", help="trust a public key file")
    s.add_argument("file")
    s.add_argument("--label")
    s.add_argument("--hq", action="store_true", help="this is HQ's key: bundles are encrypted to it by default")
    s.add_argument(
        "--replace",
        action="store_true",
        help="the device trusted under another key has a new key: trust this one instead (check with its owner)",
    )
    command(s, trust)
    s = k.add_parser("list", help="the keys this device trusts (role, fingerprint, label)")
    fmt_flag(s)
    command(s, list_)
    s = k.add_parser("remove", help="stop trusting a key (its bundles are then refused)")
    s.add_argument("key", help="label, fingerprint or device id")
    command(s, remove)
    s = k.add_parser(
        "new-identity",
        help="the device key file was lost: make a new key (HQ and colleagues must trust it again; "
        "this device trusts nobody until you trust their keys again)",
    )
    s.add_argument("--confirm", action="store_true", help="required: a new identity cannot be undone")
    command(s, new_identity, workspace=NONE)


def show(ws, args) -> int:
    from ..sync import keys

    out(
        args,
        keys.public_identity(ws),
        lambda d: print(f"Device {d['device_id']} ({d['label'] or 'no label'})\nFingerprint: {d['fingerprint']}"),
    )
    return 0


def export(ws, args) -> int:
    from ..sync import keys

    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(keys.public_identity(ws), f, indent=1)
    print(f"Public key written to {args.out} (fingerprint {keys.public_identity(ws)['fingerprint']}).")
    return 0


def trust(ws, args) -> int:
    from ..sync import keys

    k = ws.trust.add(
        keys.read_public_key(args.file), label=args.label, role="hq" if args.hq else None, replace=args.replace
    )
    print(f"Trusted {k['label'] or k['device_id']} ({k['role']}), fingerprint {k['fingerprint']}.")
    return 0


def list_(ws, args) -> int:
    def show_list(d):
        for k in d:
            print(f"{k['role']:<9} {k['fingerprint']}  {one_line(k['label']) or k['device_id']}")
        if not d:
            print("No trusted keys.")

    out(args, ws.trust.list(), show_list)
    return 0


def remove(ws, args) -> int:
    k = ws.trust.find(args.key)
    ws.trust.remove(k["sign"])
    print(f"Removed {k['label'] or k['device_id']}.")
    return 0


def new_identity(_ws, args) -> int:
    from .. import logsetup, paths
    from ..sync import keys
    from ..workspace import Workspace

    folder = paths.resolve_data_dir(args.data_dir)
    if keys.key_file(folder).exists():  # sealed in an encrypted workspace: its presence is what counts
        raise FieldkitError(
            "This workspace has its device key; nothing to do (a key is replaced only when its file was lost)."
        )
    if not args.confirm:
        raise FieldkitError("A new identity cannot be undone: run it again with --confirm.")
    logsetup.configure(folder)
    with Workspace(folder, create=False, new_identity=True, passphrase=workspace_passphrase(folder)) as ws:
        ident = keys.public_identity(ws)
    print(
        f"New device key made; fingerprint {ident['fingerprint']}. Give `fieldkit keys export` to HQ and colleagues "
        "(they accept it as a new key for this device), and trust their keys here again."
    )
    return 0
