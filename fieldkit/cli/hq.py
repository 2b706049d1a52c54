"""``hq revoke|revocations|receipt|config export``: what HQ says to the field devices, signed with its key
(``import config`` and ``import receipt`` take it in on a device). ``hq init|migrate|publish|verify|status|search|
export|attachment|submit|inbox|conflicts|resolve|serve|connect``: the HQ store on PostgreSQL + PostGIS (``fieldkit.hq``,
docs/hq-postgresql.md)."""

from __future__ import annotations

import os
import sys

from ..errors import FieldkitError
from ..text import one_line
from .common import NONE, PROMPT, actions, command, fmt_flag, open_ws, out, passphrase


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
    add_store_commands(h)


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


# -- the HQ store on PostgreSQL (docs/hq-postgresql.md) ------------------------------------------------------------
def add_store_commands(h) -> None:
    s = h.add_parser(
        "init",
        help="keep this HQ workspace's merged records in a PostgreSQL + PostGIS database too (many analysts, QGIS): "
        "makes its schema and roles and publishes what the workspace holds; every import then publishes",
    )
    s.add_argument("--database", required=True, metavar="DSN", help="postgresql://role@host/db (no password in it)")
    s.add_argument("--no-roles", action="store_true", help="do not make the importer and analyst roles")
    fmt_flag(s)
    command(s, store_init)
    s = h.add_parser(
        "migrate",
        help="copy this (SQLite) HQ workspace into a PostgreSQL database, every chain and signature as it is, "
        "then verify the copy",
    )
    s.add_argument("--to", required=True, metavar="DSN")
    s.add_argument("--no-roles", action="store_true")
    fmt_flag(s)
    command(s, store_migrate)
    s = h.add_parser("publish", help="publish to the HQ database what changed in this workspace since last time")
    fmt_flag(s)
    command(s, store_publish)
    s = h.add_parser("verify", help="recompute every chain and signature in the HQ database, compare with here")
    fmt_flag(s)
    command(s, store_verify)
    s = h.add_parser("status", help="the HQ database this workspace publishes to (or reads), and what it holds")
    s.add_argument("--database", metavar="DSN", help="the HQ database (default: this workspace's, if it has one)")
    fmt_flag(s)
    command(s, store_status, workspace=NONE)
    s = h.add_parser(
        "search",
        help="search the HQ database as the workspace searches (words find the words they begin, "
        '"phrases", AND, OR, NOT, -word; accents ignored)',
    )
    s.add_argument("query")
    s.add_argument("--limit", type=int, default=50)
    s.add_argument("--include-sensitive", action="store_true")
    s.add_argument("--database", metavar="DSN", help="the HQ database (default: this workspace's, if it has one)")
    fmt_flag(s)
    command(s, store_search, workspace=NONE)
    e = actions(h.add_parser("export", help="export the HQ database's incidents for spreadsheets and GIS"), "kind")
    for kind in ("csv", "geojson", "kml"):
        s = e.add_parser(kind, help=f"write the HQ database's incidents as {kind.upper()}")
        s.add_argument("--out", required=True)
        s.add_argument("--search", default="")
        s.add_argument("--include-sensitive", action="store_true", help="also export incidents marked sensitive")
        command(s, store_export)
    s = h.add_parser(
        "attachment",
        help="save an attachment as the HQ database holds it to a file, after checking its SHA-256 (an export)",
    )
    s.add_argument("sha256", help="the attachment's SHA-256 (see 'incident show')")
    s.add_argument("--out", required=True)
    fmt_flag(s)
    command(s, store_attachment)
    s = h.add_parser(
        "submit",
        help="hand bundles to the HQ database's inbox from any desk (a role in fieldkit_submitter; no HQ workspace "
        "needed); the HQ workspace's 'hq serve', or its window, imports them",
    )
    s.add_argument("files", nargs="+")
    s.add_argument("--database", metavar="DSN", help="the HQ database (default: this workspace's, if it has one)")
    s.add_argument(
        "--wait",
        type=float,
        metavar="SECONDS",
        help="wait up to this long for the imports' outcome (exit code 3 if one is still waiting then)",
    )
    fmt_flag(s)
    command(s, store_submit, workspace=NONE)
    s = h.add_parser("inbox", help="the bundles handed to the HQ database, newest first, and what became of them")
    s.add_argument("--state", choices=["waiting", "imported", "refused"])
    s.add_argument("--database", metavar="DSN", help="the HQ database (default: this workspace's, if it has one)")
    s.add_argument(
        "--retry", metavar="ID", help="put this refused bundle back in the queue (its id, or the 8 characters shown)"
    )
    fmt_flag(s)
    command(s, store_inbox, workspace=NONE)
    s = h.add_parser("conflicts", help="the open conflicts the HQ database holds (from any analyst's desk)")
    s.add_argument("--database", metavar="DSN", help="the HQ database (default: this workspace's, if it has one)")
    fmt_flag(s)
    command(s, store_conflicts, workspace=NONE)
    s = h.add_parser(
        "resolve",
        help="ask the HQ workspace to resolve a conflict of the HQ database (an analyst role; 'hq serve' or the HQ "
        "window applies it as a new version naming who asked)",
    )
    s.add_argument("id", help="the conflict's id (or the start of it) from 'hq conflicts'")
    s.add_argument("--keep", choices=["local", "remote"], default="local", help="HQ's side or the other device's")
    s.add_argument("--field", action="append", default=[], metavar="NAME=local|remote")
    s.add_argument("--reason", default="")
    s.add_argument("--database", metavar="DSN", help="the HQ database (default: this workspace's, if it has one)")
    s.add_argument("--wait", type=float, metavar="SECONDS", help="wait for the outcome (exit code 3 if still waiting)")
    fmt_flag(s)
    command(s, store_resolve, workspace=NONE)
    s = h.add_parser(
        "serve",
        help="import the bundles handed to the HQ database as they come (the one merge engine, then a publication); "
        "runs until stopped, or with --once until none is waiting",
    )
    s.add_argument("--once", action="store_true", help="import what is waiting, then stop")
    s.add_argument("--interval", type=float, default=30.0, help="seconds between looks when not woken (default 30)")
    s.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="ID",
        help="trust the signer of this inbox entry (its id or the 8 characters 'hq inbox' shows; repeatable), after "
        "checking its fingerprint with its owner; a refused entry goes back in the queue first ('hq inbox --retry')",
    )
    s.add_argument(
        "--passphrase", nargs="?", const=PROMPT, help="the passphrase of bundles made with one (else refused)"
    )
    fmt_flag(s)
    command(s, store_serve)
    s = h.add_parser(
        "connect",
        help="an analyst's desk: read an HQ database from this workspace (the app's HQ database page, 'hq search', "
        "'hq conflicts'...) with your own login role; nothing is published there",
    )
    s.add_argument("--database", metavar="DSN", help="postgresql://role@host/db (no password in it)")
    s.add_argument("--off", action="store_true", help="stop reading the HQ database")
    fmt_flag(s)
    command(s, store_connect)


def _store(ws, dsn: str | None = None, *, read: bool = False):
    """The HQ database this workspace publishes to; ``read``: or the one it reads (an analyst's desk)."""
    from ..hq.store import HqStore, configured, reading

    dsn = dsn or (reading(ws) if read else configured(ws))
    if not dsn and read:  # an analyst's desk: reading one, never making this workspace an HQ that publishes
        raise FieldkitError(
            "This workspace reads no HQ database: connect it with 'fieldkit hq connect --database "
            "postgresql://ROLE@HOST/DB' (or give --database)."
        )
    if not dsn:
        raise FieldkitError(
            "This workspace has no HQ database: set one with 'fieldkit hq init --database postgresql://...'."
        )
    return HqStore(dsn)


def _set_up(ws, args, dsn: str) -> dict:
    from ..hq import pg
    from ..hq.store import SETTING

    store = _store(ws, dsn)
    setup = store.init(roles=not args.no_roles)
    published = store.publish(ws, full=True)
    ws.settings.set(SETTING, dsn)
    return {"database": pg.safe_dsn(dsn), **setup, "published": published}


def store_init(ws, args) -> int:
    data = _set_up(ws, args, args.database)
    out(
        args,
        data,
        lambda d: print(
            f"HQ database ready ({d['database']}, schema {d['schema']}); {d['published']['incidents']} incident(s) "
            "published. Every import into this workspace now publishes to it."
        ),
    )
    return 0


def store_migrate(ws, args) -> int:
    data = _set_up(ws, args, args.to)
    data["verify"] = _store(ws).verify(ws)

    def show(d):
        p = d["published"]
        print(
            f"Copied {p['incidents']} incident(s) with {p['versions']} version(s), {p['bundle_imports']} bundle "
            f"import(s), {p['conflicts']} conflict(s) and {p['tombstones']} deletion(s) to {d['database']}."
        )
        _show_verify(d["verify"])

    out(args, data, show)
    return 0 if data["verify"]["ok"] else 1


def store_publish(ws, args) -> int:
    data = _store(ws).publish(ws)
    out(args, data, lambda d: print(f"Published {d['incidents']} incident(s); {d['deleted']} removed."))
    return 0


def _show_verify(d) -> None:
    print(
        f"Checked {d['checked']['incidents']} incident(s) and {d['checked'].get('attachments', 0)} attachment "
        "file(s) in the HQ database."
    )
    for p in d["problems"]:
        print(f"FAIL {p['kind']} {p['record']}: {p['problem']}")
    print("Everything verifies." if d["ok"] else f"{len(d['problems'])} problem(s) found.")


def store_verify(ws, args) -> int:
    data = _store(ws).verify(ws)
    out(args, data, _show_verify)
    return 0 if data["ok"] else 1


def _reader(args):
    """The HQ database of ``--database``, else the one the workspace publishes to or reads (opened only to read its
    address), for the commands an analyst runs from any desk."""
    from ..hq.store import HqStore

    if args.database:
        return HqStore(args.database)
    ws = open_ws(args)
    try:
        return _store(ws, read=True)
    finally:
        ws.close()


def store_status(_ws, args) -> int:
    from ..hq import pg

    store = _reader(args)
    data = {"database": pg.safe_dsn(store.dsn), **store.counts()}
    out(args, data, lambda d: print("\n".join(f"{k}: {v}" for k, v in d.items())))
    return 0


def store_search(_ws, args) -> int:
    rows = _reader(args).search(args.query, limit=args.limit, include_sensitive=args.include_sensitive)

    def show(rs):
        for r in rs:
            print(f"{r['id'][:8]}  {r['occurred_at'][:10]}  {r['category']:<10} {one_line(r['title'])}")
        print(f"{len(rs)} incident(s).")

    out(args, rows, show)
    return 0


def store_attachment(ws, args) -> int:
    size = _store(ws, read=True).save_attachment(args.sha256.strip().lower(), args.out)
    data = {"sha256": args.sha256.strip().lower(), "size": size, "out": args.out}
    out(args, data, lambda d: print(f"Attachment {d['sha256'][:12]} ({d['size']} bytes) written to {d['out']}."))
    return 0


def _inbox(args):
    """The inbox of ``--database``, else of the HQ database of the workspace (opened only to read its address)."""
    from ..hq.inbox import Inbox
    from ..hq.store import reading

    dsn = args.database
    if not dsn:
        ws = open_ws(args)
        try:
            dsn = reading(ws)
        finally:
            ws.close()
    if not dsn:
        raise FieldkitError(
            "No HQ database given: use --database postgresql://role@host/db (or run this in a workspace set up "
            "with 'fieldkit hq init')."
        )
    return Inbox(dsn)


def _entry_line(e: dict) -> str:
    rep = e.get("report") or {}
    if e.get("kind") == "resolution":
        how = {
            "applied": "applied (a new version)",
            "refused": f"REFUSED — {one_line(rep.get('refused', ''), 600)}",
        }.get(e["state"], "waiting for HQ")
        return (
            f"{one_line(e['id'][:8])}  conflict {one_line(e['conflict_id'][:8])}  asked by "
            f"{one_line(e['requested_by'])}: {how}"
        )
    if e["state"] == "imported":
        how = (
            f"imported: added {rep.get('added', 0)}, updated {rep.get('updated', 0)}, "
            f"conflicts {rep.get('conflicts', 0)}, deleted {rep.get('deleted', 0)}"
        )
    elif e["state"] == "refused":
        how = f"REFUSED — {one_line(rep.get('refused', ''), 600)}"
    else:
        how = "waiting for HQ's import"
    return f"{one_line(e['id'][:8])}  {one_line(e['name'])}  {e['size']} bytes  by {one_line(e['submitted_by'])}: {how}"


def store_submit(_ws, args) -> int:
    inbox = _inbox(args)
    entries, code = [], 0
    try:
        for f in args.files:
            try:
                entries.append({"file": f, **inbox.submit(f)})
            except FieldkitError as e:
                entries.append({"file": f, "refused": e.message})
                code = 1
        if args.wait is not None:
            sent = [e["id"] for e in entries if "id" in e]
            now = {e["id"]: e for e in inbox.wait(sent, args.wait)} if sent else {}
            entries = [{**e, **now.get(e.get("id"), {})} for e in entries]
    finally:
        inbox.close()
    if any(e.get("state") == "refused" for e in entries):
        code = 1
    elif code == 0 and args.wait is not None and any(e.get("state") == "waiting" for e in entries):
        code = 3

    def show(es):
        for e in es:
            if "id" not in e:
                print(f"{e['file']}: NOT SENT — {e['refused']}")
                continue
            was = "" if e["new"] else " (this file was already in the inbox)"
            print(f"{e['file']}: {_entry_line(e)}{was}")

    out(args, entries, show)
    if code == 3 and args.format != "json":
        sys.stderr.write(
            f"Still waiting after {args.wait:g} s: is the HQ workspace's merge service running ('fieldkit hq serve', "
            "or the HQ workspace open in the app)?\n"
        )
    return code


def store_inbox(_ws, args) -> int:
    inbox = _inbox(args)
    try:
        if args.retry:
            entry = inbox.retry(args.retry)
            out(args, entry, lambda e: print(f"Back in the queue: {_entry_line(e)}"))
            return 0
        entries = inbox.entries(state=args.state)
    finally:
        inbox.close()

    def show(es):
        for e in es:
            print(_entry_line(e))
        print(f"{len(es)} bundle(s).")

    out(args, entries, show)
    return 0


def store_conflicts(_ws, args) -> int:
    inbox = _inbox(args)
    try:
        rows = inbox.open_conflicts()
    finally:
        inbox.close()

    def show(rs):
        for c in rs:
            what = "deleted there, in the trash here" if c.get("kind") == "deletion" else "changed on both"
            who = one_line(c["remote_label"]) or c["remote_device"][:8]
            print(
                f"{c['id'][:8]}  {c['record_type']} {c['record_id'][:8]} {one_line(c['title'], 40)}  {what}  "
                f"from {who}  {c['created_at'][:16]}"
            )
        if not rs:
            print("No open conflicts.")

    out(args, rows, show)
    return 0


def store_resolve(_ws, args) -> int:
    fields = {}
    for f in args.field:
        name, _, side = f.partition("=")
        fields[name.strip()] = side.strip()
    inbox = _inbox(args)
    try:
        req = inbox.ask_resolution(args.id, args.keep, fields, args.reason)
        if args.wait is not None:
            req = inbox.wait_requests([req["id"]], args.wait)[0]
    finally:
        inbox.close()
    out(args, req, lambda e: print(_entry_line(e)))
    if req["state"] == "refused":
        return 1
    return 3 if args.wait is not None and req["state"] == "waiting" else 0


def store_serve(ws, args) -> int:
    import signal

    from ..hq.inbox import Inbox

    inbox = Inbox(_store(ws).dsn)
    trust = {}
    for t in args.trust:  # the entry named and the file it holds now; a refused one goes back in the queue
        full = inbox.full_id(t)
        entry = inbox.entries(ids=[full])[0]
        trust[full] = entry["sha256"]
        if entry["state"] == "refused":
            inbox.retry(full)
    stopping = []
    old = signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    done, code = [], 0
    try:
        for e in inbox.serve(
            ws,
            passphrase=passphrase(args.passphrase),
            trust=trust,
            once=args.once,
            interval=args.interval,
            stop=lambda: bool(stopping),
            on_unreachable=lambda e: sys.stderr.write(
                f"{e.message} The inbox will be looked at again in {args.interval:g} s.\n"
            ),
        ):
            done.append(e)
            code = 1 if e["state"] == "refused" else code
            if args.format != "json":
                print(_entry_line(e), flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, old)
        inbox.close()
    if args.format == "json":
        out(args, done)
    else:
        requests = sum(1 for e in done if e.get("kind") == "resolution")
        print(
            f"{len(done) - requests} bundle(s) and {requests} conflict resolution request(s) taken from the HQ "
            "database's inbox."
        )
    return code


def store_connect(ws, args) -> int:
    """An analyst's desk: read the HQ database (the app's HQ database page, 'hq search', 'hq conflicts'...), never
    publish to it. The address is checked first: a role that cannot read the store is refused, nothing is kept."""
    from ..hq import pg
    from ..hq.store import READ_SETTING, HqStore, configured

    if configured(ws):
        raise FieldkitError(
            "This workspace publishes to an HQ database already ('fieldkit hq status'): it reads that one."
        )
    if args.off:
        ws.settings.set(READ_SETTING, "")
        data = {"database": None}
        out(args, data, lambda _d: print("This workspace no longer reads an HQ database."))
        return 0
    if not args.database:
        raise FieldkitError("No HQ database given: use --database postgresql://role@host/db (or --off).")
    store = HqStore(args.database)
    try:
        counts = store.counts()
    finally:
        store.close()
    ws.settings.set(READ_SETTING, store.dsn)
    data = {"database": pg.safe_dsn(store.dsn), "incidents": counts["incidents"]}
    out(
        args,
        data,
        lambda d: print(f"This workspace reads the HQ database {d['database']} ({d['incidents']} incidents)."),
    )
    return 0


def store_export(ws, args) -> int:
    from .. import exports

    rows = _store(ws, read=True).records(args.search, include_sensitive=args.include_sensitive)
    n = exports.EXPORTERS[args.kind](ws, args.out, include_sensitive=args.include_sensitive, rows=rows)
    left_out = "" if args.include_sensitive else " (sensitive incidents left out)"
    print(f"Exported {n} incident(s) from the HQ database to {args.out}{left_out}.")
    return 0
