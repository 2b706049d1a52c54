"""``keys show|export|trust|list|remove|new-identity|fingerprint|confirm|rotate``: this device's key and the keys it
trusts."""

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
    s.add_argument(
        "--checked",
        action="store_true",
        help="you compared the key's fingerprint with its owner (words or groups, by phone or in person); else the "
        "key is listed as trusted on first use",
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
    s = k.add_parser(
        "fingerprint",
        help="a key's fingerprint in words and groups to read aloud, and as a QR code (this device's by default)",
    )
    s.add_argument("key", nargs="?", help="a trusted key (label, fingerprint or device id); default: this device")
    s.add_argument("--file", help="a public key file, before trusting it")
    s.add_argument("--qr", action="store_true", help="also draw the QR code in the terminal")
    fmt_flag(s)
    command(s, fingerprint)
    s = k.add_parser("confirm", help="record that you compared a trusted key's fingerprint with its owner")
    s.add_argument("key", help="label, fingerprint or device id")
    command(s, confirm)
    s = k.add_parser(
        "rotate",
        help="move this device to new keys: peers follow a new signing key (announced in the next bundles); a new "
        "encryption key is a new epoch (HQ: tell the devices with 'hq config export')",
    )
    g = s.add_mutually_exclusive_group()
    g.add_argument("--signing", action="store_true", help="only a new signing key")
    g.add_argument("--encryption", action="store_true", help="only a new encryption key (a new epoch)")
    fmt_flag(s)
    command(s, rotate)


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
        keys.read_public_key(args.file),
        label=args.label,
        role="hq" if args.hq else None,
        replace=args.replace,
        checked="fingerprint" if args.checked else "first-use",
    )
    how = "fingerprint checked" if k["checked"] == "fingerprint" else "trusted on first use, fingerprint not checked"
    print(f"Trusted {k['label'] or k['device_id']} ({k['role']}, {how}), fingerprint {k['fingerprint']}.")
    return 0


HOW = {"first-use": "first use (not checked)", "fingerprint": "fingerprint checked", "hq": "listed by HQ"}


def list_(ws, args) -> int:
    def show_list(d):
        for k in d:
            print(f"{k['role']:<9} {k['fingerprint']}  {one_line(k['label']) or k['device_id']}  [{HOW[k['checked']]}]")
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


def fingerprint(ws, args) -> int:
    from ..sync import keys, lifecycle

    if args.file:
        ident = keys.read_public_key(args.file)
    elif args.key:
        ident = ws.trust.find(args.key)
    else:
        ident = keys.public_identity(ws)
    card = lifecycle.fingerprint_card(ident)

    def show(d):
        print(f"Device {d['device_id']} ({one_line(d['label']) or 'no label'})")
        print(f"Fingerprint: {d['fingerprint']}")
        words = d["words"]
        print("Words:       " + " ".join(words[:6]) + "\n             " + " ".join(words[6:]))
        if d["checked"]:
            print(f"Trusted by:  {HOW[d['checked']]}")
        if args.qr:
            lifecycle.qr_code(ident).terminal(compact=True)

    out(args, card, show)
    return 0


def confirm(ws, args) -> int:
    k = ws.trust.confirm(ws.trust.find(args.key)["sign"])
    print(f"{k['label'] or k['device_id']}: fingerprint checked ({k['fingerprint']}).")
    return 0


def rotate(ws, args) -> int:
    from ..sync import keys

    old = keys.public_identity(ws)
    new = ws.rotations.rotate_own(signing=not args.encryption, encryption=not args.signing)
    data = {"old": old, "new": new}

    def show(d):
        if d["old"]["sign"] != d["new"]["sign"]:
            print(
                f"New signing key: fingerprint {d['new']['fingerprint']} (was {d['old']['fingerprint']}). Your next "
                "bundles announce it, signed by the old key; peers follow it with a notice."
            )
        if d["old"]["box"] != d["new"]["box"]:
            print(
                f"New encryption key: epoch {d['new']['epoch']}. Bundles made for the old key still open here. "
                "HQ: send the devices a config bundle (fieldkit hq config export) so they encrypt to the new key."
            )

    out(args, data, show)
    return 0
