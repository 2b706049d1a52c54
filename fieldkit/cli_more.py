"""Commands added by later features (map, sync, reports). Kept apart so cli.py stays readable."""
from __future__ import annotations


def add_commands(sub, fmt_flag, filter_args) -> None:
    return None


def dispatch(ws, args, out, make_filter) -> int:
    raise SystemExit(2)
