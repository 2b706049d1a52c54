"""The checklists shipped in ``resources/checklists`` (and any a mission adds with ``load_extra``)."""

from __future__ import annotations

from pathlib import Path

from .. import paths
from ..errors import NotFound
from .definition import Checklist, load

DEFAULT_CHECKLIST = "spotting-the-spoilers"


class ChecklistRegistry:
    """``folder``: the shipped definitions; ``extra``: a workspace's own (those HQ sent in a config bundle). A
    definition of the mission never replaces a shipped one of the same id and version."""

    def __init__(self, folder: Path | None = None, extra: Path | None = None):
        self.folder = folder or (paths.resources_dir() / "checklists")
        self.extra = extra
        self._by_key: dict[str, Checklist] | None = None

    def _load(self) -> dict[str, Checklist]:
        by_key = self._by_key
        if by_key is None:  # filled before it is shared: another thread never sees it half loaded
            by_key = {}
            for folder in [self.folder] + ([self.extra] if self.extra and self.extra.is_dir() else []):
                for p in sorted(folder.glob("*.y*ml")) + sorted(folder.glob("*.json")):
                    c = load(p)
                    by_key.setdefault(c.key, c)
            self._by_key = by_key
        return by_key

    def reload(self) -> None:
        """Read the definitions again (a config bundle brought new ones)."""
        self._by_key = None

    def all(self) -> list[Checklist]:
        return sorted(self._load().values(), key=lambda c: (c.id, c.version))

    def current(self) -> list[Checklist]:
        """The latest version of each checklist: what a new assessment is made with (earlier versions stay loadable
        for the assessments made with them)."""
        return [self.latest(cid) for cid in sorted({c.id for c in self.all()})]

    def latest(self, checklist_id: str = DEFAULT_CHECKLIST) -> Checklist:
        found = [c for c in self.all() if c.id == checklist_id]
        if not found:
            raise NotFound("No checklist with id {id}.", id=checklist_id)
        return max(found, key=lambda c: [int(p) if p.isdigit() else p for p in c.version.split(".")])

    def get(self, checklist_id: str, version: str | None = None) -> Checklist:
        if version is None:
            if "@" in checklist_id:
                checklist_id, version = checklist_id.split("@", 1)
            else:
                return self.latest(checklist_id)
        c = self._load().get(f"{checklist_id}@{version}")
        if c is None:
            raise NotFound("No checklist {id} version {version}.", id=checklist_id, version=version)
        return c
