"""Bundle and key commands (sync)."""
from __future__ import annotations


def add_commands(sub, export_sub, fmt_flag, filter_args) -> None:
    return None


def dispatch(ws, args, out, make_filter) -> int:
    raise SystemExit(2)
