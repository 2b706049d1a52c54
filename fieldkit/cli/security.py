"""``passphrase set|change|duress``, ``lock-policy``, ``travel``, ``wipe``: encryption at rest, travel mode and
the quick delete."""

from __future__ import annotations

import sys

from .. import logsetup, paths
from ..errors import FieldkitError
from .common import (
    ENV_DURESS_PASSPHRASE,
    NONE,
    actions,
    command,
    env_or_terminal,
    fmt_flag,
    new_passphrase,
    out,
    workspace_passphrase,
)


def add_commands(sub) -> None:
    p = sub.add_parser("passphrase", help="encrypt a plain workspace, or change the workspace passphrase")
    acts = actions(p, "action")
    s = acts.add_parser(
        "set", help="encrypt a plain workspace in place under a new passphrase ($FIELDKIT_NEW_PASSPHRASE or asked)"
    )
    command(s, set_passphrase, workspace=NONE)
    s = acts.add_parser(
        "change",
        help="change the passphrase ($FIELDKIT_PASSPHRASE: the current one, $FIELDKIT_NEW_PASSPHRASE: the new one)",
    )
    command(s, change_passphrase, workspace=NONE)
    s = acts.add_parser(
        "duress",
        help="set a duress passphrase: typed at the unlock, it destroys the workspace and opens an empty one "
        "($FIELDKIT_PASSPHRASE: the workspace's, $FIELDKIT_DURESS_PASSPHRASE: the duress one)",
    )
    s.add_argument("--off", action="store_true", help="remove the duress passphrase")
    command(s, duress_passphrase, workspace=NONE)
    s = sub.add_parser(
        "lock-policy", help="show or set when the app locks itself and whether failed unlocks wipe the workspace"
    )
    s.add_argument("--idle-minutes", type=int, help="lock after this many minutes without input (0: never; default 10)")
    s.add_argument(
        "--wipe-after", type=int, help="destroy the workspace after this many wrong passphrases in a row (0: never)"
    )
    command(s, lock_policy, workspace=NONE)
    s = sub.add_parser(
        "travel",
        help="travel mode: remove from this laptop the incidents HQ confirmed holding that nothing here needs",
    )
    s.add_argument("--keep-days", type=_days, default=30, help="keep incidents changed in the last N days (default 30)")
    s.add_argument("--dry-run", action="store_true", help="only say what would leave")
    s.add_argument("--yes", action="store_true", help="do not ask")
    fmt_flag(s)
    command(s, travel_mode)
    s = sub.add_parser("wipe", help="destroy the workspace now: its keys first, then every file (asks once)")
    s.add_argument("--yes", action="store_true", help="do not ask")
    command(s, wipe, workspace=NONE)


def _days(value: str) -> int:
    import argparse

    try:
        n = int(value)
    except ValueError:
        n = -1
    if not 0 <= n <= 3650:
        raise argparse.ArgumentTypeError("a number of days from 0 to 3650")
    return n


def travel_mode(ws, args) -> int:
    from ..sync import travel

    p = travel.plan(ws, args.keep_days)
    n = len(p["incidents"])
    remove = not args.dry_run and n > 0
    if remove and not args.yes:
        if not sys.stdin.isatty():
            raise FieldkitError("Travel mode needs --yes when no one is at a terminal to confirm.")
        answer = env_or_terminal((), f"Remove {n} incident(s) from this laptop (HQ keeps them)? Type YES: ")
        if (answer or "").strip() != "YES":
            print("Nothing was removed.")
            return 1
    if remove:
        p = travel.apply(ws, args.keep_days)
    data = {
        "incidents": len(p["incidents"]),
        "attachments": p["attachments"],
        "bytes": p["bytes"],
        "kept": p["kept"],
        "receipts": p["receipts"],
        "keep_days": p["keep_days"],
        "removed": remove,
    }

    def text(d):
        k = d["kept"]
        verb = "left this laptop" if d["removed"] else "would leave this laptop"
        print(
            f"{d['incidents']} incident(s) {verb} ({d['attachments']} attachment(s), "
            f"{d['bytes'] / 1e6:.1f} MB); HQ keeps them. Kept here: {k['not_confirmed']} HQ has not confirmed, "
            f"{k['recent']} changed in the last {d['keep_days']} days, {k['cited']} cited by an assessment, "
            f"{k['in_conflict']} in an open conflict."
        )
        if not d["receipts"]:
            print("HQ has not confirmed receiving any bundle yet: import its receipt first.")

    out(args, data, text)
    return 0


def _folder(args):
    folder = paths.resolve_data_dir(args.data_dir)
    from .. import wipe as wiping

    if not wiping.is_workspace(folder):
        raise FieldkitError(
            "There is no FieldKit workspace in {folder}. Run 'fieldkit init' first, or check --data-dir.",
            folder=str(folder),
        )
    return folder


def set_passphrase(_ws, args) -> int:
    from .. import conversion, vault

    folder = _folder(args)
    if vault.is_encrypted(folder):
        raise FieldkitError("This workspace is already encrypted; use 'fieldkit passphrase change'.")
    new = new_passphrase("New workspace passphrase: ")
    if not new:
        raise FieldkitError("No new passphrase was given (set FIELDKIT_NEW_PASSPHRASE, or run it at a terminal).")
    logsetup.configure(folder)
    conversion.encrypt_in_place(folder, new)
    print(f"The workspace in {folder} is now encrypted: it opens only with its passphrase.")
    return 0


def change_passphrase(_ws, args) -> int:
    from .. import vault

    folder = _folder(args)
    if not vault.is_encrypted(folder):
        raise FieldkitError("This workspace is not encrypted; use 'fieldkit passphrase set' to encrypt it.")
    old = workspace_passphrase(folder)
    new = new_passphrase("New workspace passphrase: ")
    if not new:
        raise FieldkitError("No new passphrase was given (set FIELDKIT_NEW_PASSPHRASE, or run it at a terminal).")
    _duress_aware(folder, old, lambda: vault.change_passphrase(folder, old, new))
    logsetup.configure(folder)
    print("The workspace passphrase was changed (the data was not re-encrypted: it did not need to be).")
    return 0


def _duress_aware(folder, current: str, fn):
    """Run ``fn`` (which unlocks the workspace with ``current``); given the duress passphrase, the workspace is
    destroyed, the empty one made in its place, and ``fn`` done on that one, as if nothing had happened."""
    from .. import wipe as wiping
    from ..errors import DuressPassphrase

    try:
        return fn()
    except DuressPassphrase:
        wiping.respond_to_duress(folder, current)
        return fn()


def duress_passphrase(_ws, args) -> int:
    from .. import vault

    folder = _folder(args)
    if not vault.is_encrypted(folder):
        raise FieldkitError("This workspace is not encrypted; use 'fieldkit passphrase set' to encrypt it.")
    current = workspace_passphrase(folder)
    if args.off:
        _duress_aware(folder, current, lambda: vault.set_duress(folder, current, None))
        print("The duress passphrase was removed: only the workspace passphrase opens it.")
        return 0
    from ..workspace import Workspace

    with Workspace(folder, create=False, passphrase=current) as ws:  # what the empty workspace will take over
        profile = ws.duress_profile()
    duress = new_passphrase("Duress passphrase: ", names=(ENV_DURESS_PASSPHRASE,))
    if not duress:
        raise FieldkitError("No duress passphrase was given (set FIELDKIT_DURESS_PASSPHRASE, or run it at a terminal).")
    vault.set_duress(folder, current, duress, profile=profile)
    print(
        "The duress passphrase is set. Typed when FieldKit asks for the passphrase, it destroys this workspace at "
        "once and opens an empty one in its place; nothing on screen says so."
    )
    return 0


def lock_policy(_ws, args) -> int:
    from .. import vault

    folder = _folder(args)
    if args.idle_minutes is None and args.wipe_after is None:
        state = vault.lock_state(folder)
    else:
        state = vault.set_lock_policy(folder, idle_minutes=args.idle_minutes, wipe_after=args.wipe_after)
    idle = f"after {state['idle_minutes']} minute(s) without input" if state["idle_minutes"] else "never when idle"
    wipe_rule = f"after {state['wipe_after']} wrong passphrases in a row" if state["wipe_after"] else "never"
    print(
        f"The app locks {idle}; the workspace is wiped {wipe_rule}; failed unlocks since the last: {state['failed']}."
    )
    return 0


def wipe(_ws, args) -> int:
    from .. import wipe as wiping

    folder = _folder(args)
    if not args.yes:
        if not sys.stdin.isatty():
            raise FieldkitError("Deleting the workspace needs --yes when no one is at a terminal to confirm.")
        answer = env_or_terminal((), f"Destroy the workspace in {folder} for good? Type YES to confirm: ")
        if (answer or "").strip() != "YES":
            print("Nothing was deleted.")
            return 1
    done = wiping.wipe(folder)
    print(f"The workspace in {folder} was destroyed ({done['removed']} files).")
    if done["left"]:
        print(f"Files FieldKit did not write were left in the folder: {len(done['left'])}.")
    return 0
