"""What a change touched, so that every view can decide whether to redraw.

Every store method that writes records what it touched on the workspace (``ws.touched(kind, ids)``).
Whoever runs a piece of work collects those notes with ``ws.tracking()`` and hands the resulting
``Changes`` to the views (the UI's ``ops`` module does this for every job). A view asks
``changes.touches(INCIDENTS)`` or ``changes.ids(INCIDENTS)``; it never inspects what the work returned.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# the kinds of things a change can touch
INCIDENTS = "incidents"
ATTACHMENTS = "attachments"
DRAFTS = "drafts"
ASSESSMENTS = "assessments"
ANSWERS = "answers"
CONFLICTS = "conflicts"
TRUST = "trust"
SETTINGS = "settings"
BUNDLES = "bundles"  # the logs of bundles exported and imported
TOMBSTONES = "tombstones"
KINDS = (INCIDENTS, ATTACHMENTS, DRAFTS, ASSESSMENTS, ANSWERS, CONFLICTS, TRUST, SETTINGS, BUNDLES, TOMBSTONES)

# above this many ids of one kind, only "many" is kept (a bulk import does not carry 100,000 ids around)
MAX_IDS = 1000


@dataclass
class Changes:
    """Which kinds of records a piece of work touched and, while they are few, which ids.

    ``ids(kind)`` is None when the kind was touched in bulk (every record of it may have changed)."""

    _ids: dict[str, set[str] | None] = field(default_factory=dict)

    def add(self, kind: str, ids=()) -> None:
        if kind not in KINDS:
            raise ValueError(f"unknown kind of change: {kind}")
        ids = list(ids) if ids is not None else None
        if kind not in self._ids:
            self._ids[kind] = set()
        have = self._ids[kind]
        if have is None:
            return
        if ids is None:
            self._ids[kind] = None
            return
        have.update(ids)
        if len(have) > MAX_IDS:
            self._ids[kind] = None

    def add_bulk(self, kind: str) -> None:
        """Every record of ``kind`` may have changed."""
        self.add(kind, None)

    def merge(self, other: Changes) -> Changes:
        for kind, ids in other._ids.items():
            self.add(kind, ids)
        return self

    def touches(self, *kinds: str) -> bool:
        return any(k in self._ids for k in kinds)

    def ids(self, kind: str) -> set[str] | None:
        """The ids touched of ``kind`` (empty when it was not touched); None when touched in bulk."""
        if kind not in self._ids:
            return set()
        ids = self._ids[kind]
        return None if ids is None else set(ids)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self._ids)

    def __bool__(self) -> bool:
        return bool(self._ids)

    def __repr__(self) -> str:
        parts = [f"{k}={'*' if v is None else len(v)}" for k, v in sorted(self._ids.items())]
        return f"Changes({', '.join(parts)})"


def everything() -> Changes:
    """A change after which every view redraws (a workspace opened anew, demo data loaded)."""
    c = Changes()
    for kind in KINDS:
        c.add_bulk(kind)
    return c
