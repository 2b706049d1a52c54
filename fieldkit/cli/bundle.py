"""``import bundle|config|receipt``: verify and merge sync bundles (``export bundle`` writes them), apply HQ's config
bundles and receipts (``hq config export``, ``hq receipt``)."""

from __future__ import annotations

import sys

from ..errors import BundleSignerKeyChanged, BundleUntrustedSigner, FieldkitError
from ..text import one_line
from .common import PROMPT, actions, command, fmt_flag, out, passphrase


def add_commands(sub) -> None:
    imp = actions(sub.add_parser("import", help="import bundles"), "kind")
    s = imp.add_parser("bundle", help="verify and merge bundles (importing twice changes nothing)")
    s.add_argument("files", nargs="+", metavar="FILE")
    s.add_argument(
        "--trust", action="store_true", help="accept and remember the signer of a bundle from a device not yet trusted"
    )
    s.add_argument(
        "--replace-key",
        action="store_true",
        help="the signer is a device trusted under another key: trust its new key instead (check with its owner)",
    )
    s.add_argument("--passphrase", nargs="?", const=PROMPT)
    s.add_argument("--preview", action="store_true", help="show what would change, change nothing")
    fmt_flag(s)
    command(s, import_bundle)
    s = imp.add_parser(
        "config", help="apply a config bundle signed by HQ (keys, revocations, policy, checklists, basemaps)"
    )
    s.add_argument("file")
    s.add_argument(
        "--trust",
        action="store_true",
        help="first setup: accept the HQ key that signed it, after comparing its fingerprint with HQ",
    )
    s.add_argument("--passphrase", nargs="?", const=PROMPT)
    fmt_flag(s)
    command(s, import_config)
    s = imp.add_parser("receipt", help="take in HQ's receipt of the bundles it received from this device")
    s.add_argument("file")
    fmt_flag(s)
    command(s, import_receipt)


def import_bundle(ws, args) -> int:
    from ..sync import bundle

    pp = passphrase(args.passphrase)
    reports, code = [], 0
    for f in args.files:
        try:
            if args.preview:  # writes nothing: a signer not trusted yet is shown, not refused
                vb = bundle.read_bundle(ws, f, passphrase=pp, trust=True, replace_key=args.replace_key)
                rep = bundle.preview(ws, vb)
                label = one_line(vb.manifest.get("device_label")) or vb.manifest["device_id"]
                rep["signer"] = f"{label} ({vb.fingerprint})"
                rep["signer_trusted"] = vb.signer_trusted
            else:
                rep = bundle.import_bundle(ws, f, passphrase=pp, trust=args.trust, replace_key=args.replace_key)
            rep["file"] = f
            reports.append(rep)
        except BundleSignerKeyChanged as e:
            hint = (
                "only if its owner confirms, by a way you trust, that the device has a new key: --trust --replace-key"
            )
            reports.append({"file": f, "refused": e.message, "hint": hint})
            code = 1
            bundle.note_refusal(ws, f, e)
        except BundleUntrustedSigner as e:
            hint = "after checking the key fingerprint with its owner: --trust"
            reports.append({"file": f, "refused": e.message, "hint": hint})
            code = 1
            bundle.note_refusal(ws, f, e)
        except FieldkitError as e:
            reports.append({"file": f, "refused": e.message})
            code = 1
            bundle.note_refusal(ws, f, e)  # the import log remembers it (sync-status), without user content

    def show(rs):
        for r in rs:
            if "refused" in r:
                print(f"{r['file']}: REFUSED — {r['refused']}")
                if r.get("hint"):
                    print(f"   to accept it, {r['hint']}")
                continue
            if args.preview and not r.get("signer_trusted", True):
                print(f"{r['file']}: signed by {r['signer']}, a device not trusted yet (importing needs --trust)")
            print(
                f"{r['file']}: {'preview — ' if args.preview else ''}added {r['added']}, "
                f"unchanged {r['unchanged']}, updated {r['updated']}, conflicts {r['conflicts']}, "
                f"deleted {r['deleted']}, rejected {len(r['rejected'])}"
            )
            if r.get("deletions_for_review"):
                print(
                    f"   {r['deletions_for_review']} deletion(s) of incidents changed or made here held for review "
                    "(in the trash; see 'fieldkit conflicts list')"
                )
            if r.get("format_version") == 1:
                print(
                    "   notice: this bundle uses format 1: its versions carry no signatures of the devices that made "
                    "them; only the sender's own versions and those of devices never met here were accepted, and "
                    "this device vouches for them"
                )
            for rj in r["rejected"]:
                print(f"   rejected {rj['kind']} {rj['record'][:8]}: {rj['reason']}")
            if r.get("missing_sequences"):
                print(f"   warning: bundles {r['missing_sequences']} from this device were never imported here")

    out(args, reports, show)
    if code and args.format != "json":
        for r in reports:
            if "refused" in r:
                sys.stderr.write(f"Error: {r['refused']}\n")
    return max(code, _publish_to_hq(ws, args, reports))


def _publish_to_hq(ws, args, reports) -> int:
    """An HQ workspace with an HQ database (``hq init --database``): what the imports merged is published to it."""
    from ..hq.store import publish_after_import

    if args.preview:
        return 0
    e = publish_after_import(ws, reports)
    if e is None:
        return 0
    sys.stderr.write(
        f"Error: the bundles were imported into this workspace, but not published to the HQ database: {e.message} "
        "(run 'fieldkit hq publish' once it is reachable)\n"
    )
    return 1


def import_config(ws, args) -> int:
    from ..sync import config

    rep = config.import_config(ws, args.file, passphrase=passphrase(args.passphrase), trust=args.trust)

    def show(r):
        print(f"Config bundle {r['sequence']} from {r['hq']['label'] or r['hq']['device_id']} applied.")
        if r["hq_trusted_now"]:
            print(f"   HQ's key is now trusted (fingerprint {r['hq']['fingerprint']}).")
        if r["hq_rotated"]:
            print(f"   HQ moved to a new signing key (fingerprint {r['hq']['fingerprint']}), announced by its old key.")
        if r["epoch_changed"]:
            print("   HQ has a new encryption key: bundles made here are encrypted to it from now on.")
        print(
            f"   {r['devices_added']} device(s) added, {r['revocations']} revocation(s), {r['rotations']} key "
            f"rotation(s), {r['receipts']} receipt(s), {len(r['checklists'])} checklist(s), "
            f"{len(r['basemaps'])} basemap(s)."
        )
        for d in r["devices_differing"]:
            print(
                f"   notice: HQ lists {d['label'] or d['device_id']} under another key than the one trusted here; "
                "the key trusted here was kept (check with its owner)"
            )

    out(args, rep, show)
    return 0


def import_receipt(ws, args) -> int:
    doc = ws.receipts.read(args.file)
    body = ws.receipts.accept(doc.get("body"), str(doc.get("signature")))
    data = {"new": body is not None, "status": ws.receipts.status()}

    def show(d):
        print("Receipt taken in." if d["new"] else "This receipt was already taken in.")
        for st in d["status"]:
            print(
                f"   to {st['destination']}: HQ confirmed up to bundle {st['confirmed_sequence']} of "
                f"{st['last_sequence']}; {st['incidents_not_confirmed']} incident(s) changed since"
            )

    out(args, data, show)
    return 0
