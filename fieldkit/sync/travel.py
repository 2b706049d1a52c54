"""Travel mode: leave on the laptop only what is needed before crossing checkpoints.

An incident can leave the laptop when HQ confirmed holding it as it is here (a receipt HQ signed covers a bundle
that carried its current version: sensitive and demo incidents only when that bundle carried them), when it has
not changed for ``keep_days`` days, when no assessment cites it as evidence and no open conflict names it. Such
incidents are removed from this laptop only (``IncidentStore.leave_behind``: no tombstone, no deletion sent to
anyone); HQ keeps them, and a colleague's bundle may bring them back. Nothing is removed without a receipt.
"""

from __future__ import annotations

import json
from datetime import timedelta

from ..errors import FieldkitError
from ..marks import DEMO_TAG

DEFAULT_KEEP_DAYS = 30


def _delivered(ws) -> list[tuple[int, dict]]:
    """(local change number covered, filters) of every bundle this device made that HQ confirmed receiving."""
    out = []
    for destination, confirmed in ws.receipts.confirmed().items():
        cond = "" if destination == "any" else "AND destination = ?"
        params = [int(confirmed["up_to_sequence"])] + ([] if destination == "any" else [destination])
        for local_seq, filters in ws.db.execute(
            f"SELECT local_seq, filters FROM bundle_exports WHERE sequence <= ? {cond}", params
        ):
            try:
                f = json.loads(filters or "{}")
            except ValueError:
                f = {}
            out.append((int(local_seq or 0), f if isinstance(f, dict) else {}))
    return out


def plan(ws, keep_days: int = DEFAULT_KEEP_DAYS) -> dict:
    """What travel mode would remove: ``{"incidents": [ids], "attachments": n, "bytes": n, "kept": {...reasons},
    "receipts": bool}``. Reads only."""
    if not 0 <= int(keep_days) <= 3650:
        raise FieldkitError("{name} must be between 0 and 3650.", name="keep_days")
    delivered = _delivered(ws)
    cutoff = (ws.clock.now() - timedelta(days=int(keep_days))).isoformat().replace("+00:00", "Z")
    cited = {
        r[0]
        for r in ws.db.execute(
            "SELECT DISTINCT je.value FROM answers, json_each(answers.evidence) AS je "
            "WHERE json_valid(answers.evidence)"
        )
    }
    in_conflict = {
        r[0]
        for r in ws.db.execute("SELECT record_id FROM conflicts WHERE resolved_at IS NULL AND record_type = 'incident'")
    }
    leave, kept = [], {"not_confirmed": 0, "recent": 0, "cited": 0, "in_conflict": 0}
    rows = ws.db.execute(
        "SELECT id, local_seq, updated_at, sensitive, "
        "EXISTS (SELECT 1 FROM json_each(incidents.tags) WHERE value = ?) FROM incidents",
        [DEMO_TAG],
    )
    for iid, seq, updated, sensitive, demo in rows:
        carried = any(
            covered >= int(seq or 0) and (not sensitive or f.get("sensitive")) and (not demo or f.get("demo"))
            for covered, f in delivered
        )
        if not carried:
            kept["not_confirmed"] += 1
        elif updated >= cutoff:
            kept["recent"] += 1
        elif iid in cited:
            kept["cited"] += 1
        elif iid in in_conflict:
            kept["in_conflict"] += 1
        else:
            leave.append(iid)
    files, size = _attachments_only_of(ws, leave)
    return {
        "incidents": leave,
        "attachments": files,
        "bytes": size,
        "kept": kept,
        "receipts": bool(delivered),
        "keep_days": int(keep_days),
    }


def _attachments_only_of(ws, ids: list[str]) -> tuple[int, int]:
    """How many attachments (and their plain bytes) only the incidents ``ids`` use."""
    leave, users = set(ids), {}
    for sha, iid in ws.db.execute("SELECT sha256, incident_id FROM incident_attachments"):
        users.setdefault(sha, set()).add(iid)
    only = [sha for sha, who in users.items() if who <= leave]
    sizes = dict(ws.db.execute("SELECT sha256, size FROM attachments"))
    return len(only), sum(int(sizes.get(sha) or 0) for sha in only)


def apply(ws, keep_days: int = DEFAULT_KEEP_DAYS) -> dict:
    """Remove from this laptop what ``plan`` lists, in one transaction (the attachment files after it). Returns
    the plan that was carried out."""
    done = plan(ws, keep_days)
    if not done["receipts"]:
        raise FieldkitError(
            "HQ has not confirmed receiving any bundle from this laptop yet: nothing can be left behind. Send a "
            "bundle to HQ and import the receipt it gives back first."
        )
    with ws.db.atomic():
        orphans = ws.incidents.leave_behind(done["incidents"])
    ws.incidents.forget_files(orphans)
    return done
