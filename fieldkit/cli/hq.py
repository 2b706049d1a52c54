"""``hq revoke|revocations|receipt|config export``: what HQ says to the field devices, signed with its key
(``import config`` and ``import receipt`` take it in on a device)."""

from __future__ import annotations

import os

from ..errors import FieldkitError
from ..text import one_line
from .common import PROMPT, actions, command, fmt_flag, out, passphrase


def add_commands(sub) -> None:
    h = sub.add_parser("hq", help="HQ: revocations, receipts and config bundles for the field devices")
    h = actions(h, "action")
    s = h.add_parser(
        "revoke",
        help="revoke a device's key from a date or a bundle sequence on: its later bundles are refused everywhere "
        "the revocation reaches (in the next config bundle)",
    )
    s.add_argument("device", help="the device's label, fingerprint or id (a trusted key)")
    s.add_argument("--from", dest="from_", required=True, metavar="DATE|SEQ", help="YYYY-MM-DD[THH:MM] or a number")
    s.add_argument("--reason", default="")
    fmt_flag(s)
    command(s, revoke)
    s = h.add_parser("revocations", help="the revocations known here")
    fmt_flag(s)
    command(s, revocations)
    s = h.add_parser(
        "receipt", help="write a signed receipt of what was received from a device (carry it back to the device)"
    )
    s.add_argument("--for", dest="device", required=True, help="the device's label, fingerprint or id")
    s.add_argument("--out", required=True)
    fmt_flag(s)
    command(s, receipt)
    c = actions(h.add_parser("config", help="config bundles for the field devices"), "what")
    s = c.add_parser(
        "export",
        help="write a config bundle signed by this HQ: its encryption key and epoch, the trusted devices, "
        "revocations, receipts, policy, checklists and basemaps; encrypted to every trusted device",
    )
    s.add_argument("--out", required=True)
    s.add_argument("--checklist", action="append", default=[], metavar="FILE", help="a checklist definition to send")
    s.add_argument("--basemap", action="append", default=[], metavar="FILE", help="an MBTiles basemap to send")
    s.add_argument("--lock-minutes", type=int, help="lock the app after this many idle minutes (default 10)")
    s.add_argument("--wipe-after", type=int, metavar="N", help="wipe after N failed unlocks (0: never; the default)")
    s.add_argument(
        "--sensitive-may-leave",
        choices=["yes", "no"],
        help="whether incidents marked sensitive may leave the devices in bundles",
    )
    s.add_argument("--to", action="append", default=[], metavar="KEY", help="encrypt only to these trusted keys")
    s.add_argument("--passphrase", nargs="?", const=PROMPT, help="also encrypt with a passphrase")
    s.add_argument("--plain", action="store_true", help="do not encrypt: anyone who finds the file can read it")
    fmt_flag(s)
    command(s, config_export)


def _key(ws, ref: str) -> dict:
    return ws.trust.find(ref)


def revoke(ws, args) -> int:
    k = _key(ws, args.device)
    v = args.from_.strip()
    r = ws.revocations.issue(
        k,
        from_sequence=int(v) if v.isdigit() else None,
        from_time=None if v.isdigit() else v,
        reason=args.reason,
    )
    data = {k2: r[k2] for k2 in ("sign", "device_id", "from_time", "from_sequence", "reason")}
    out(
        args,
        data,
        lambda d: print(
            f"Revoked the key of {one_line(k['label']) or k['device_id']} ({k['fingerprint']}) from "
            + (f"bundle {d['from_sequence']} (time {d['from_time']})" if d["from_sequence"] else d["from_time"])
            + " on. Send it to the devices in the next config bundle (fieldkit hq config export)."
        ),
    )
    return 0


def revocations(ws, args) -> int:
    names = ws.trust.device_names()
    data = [
        {k: r[k] for k in ("sign", "device_id", "from_time", "from_sequence", "reason", "issued_by")}
        for r in ws.revocations.all()
    ]

    def show(d):
        for r in d:
            since = f"bundle {r['from_sequence']}" if r["from_sequence"] else r["from_time"]
            print(f"{names.get(r['device_id'], r['device_id'])}: revoked from {since} ({r['reason'] or 'no reason'})")
        if not d:
            print("No revocations.")

    out(args, data, show)
    return 0


def receipt(ws, args) -> int:
    try:
        device = _key(ws, args.device)["device_id"]
    except FieldkitError:
        device = args.device  # a device known only by its bundles
    body = ws.receipts.write(device, args.out)

    def show(d):
        for st in d["streams"]:
            print(
                f"Receipt {args.out}: up to bundle {st['up_to_sequence']} for {st['destination']}"
                + (f"; missing {st['missing']}" if st["missing"] else "")
            )
        print(f"{d['pending_conflicts']} conflict(s) pending here.")

    out(args, body, show)
    return 0


def config_export(ws, args) -> int:
    from ..sync import config, keys

    pol = {}
    if args.lock_minutes is not None:
        pol["lock_minutes"] = args.lock_minutes
    if args.wipe_after is not None:
        pol["wipe_after_failures"] = args.wipe_after
    if args.sensitive_may_leave:
        pol["sensitive_may_leave"] = args.sensitive_may_leave == "yes"
    to = [keys.read_public_key(r) if os.path.exists(r) else ws.trust.find(r) for r in args.to] or None
    try:
        m = config.export_config(
            ws,
            args.out,
            checklists=args.checklist,
            basemaps=args.basemap,
            policy_values=pol,
            to_keys=to,
            passphrase=passphrase(args.passphrase),
            plain=args.plain,
        )
    except config.ConfigRefused as e:
        raise FieldkitError(e.template, **e.params) from e
    out(
        args,
        m,
        lambda d: print(
            f"Config bundle {args.out} written: number {d['sequence']}, {d['devices']} device(s), encrypted to "
            f"{d['recipients']} device(s)."
        ),
    )
    return 0
