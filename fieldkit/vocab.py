"""Controlled vocabularies shipped in ``resources/vocabularies`` (codes are stable, labels translate)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from . import paths
from .errors import FieldkitError
from .languages import CODES

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: same result, ~10x faster


@dataclass(frozen=True)
class Term:
    code: str
    labels: dict
    descriptions: dict

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels.get("en") or self.code

    def description(self, lang: str = "en") -> str:
        return self.descriptions.get(lang) or self.descriptions.get("en") or ""


class Vocabularies:
    def __init__(self, lists: dict[str, list[Term]]):
        self._lists = lists
        self._index = {name: {t.code: t for t in terms} for name, terms in lists.items()}

    def terms(self, name: str) -> list[Term]:
        return list(self._lists[name])

    def codes(self, name: str) -> list[str]:
        return [t.code for t in self._lists[name]]

    def has(self, name: str, code: str) -> bool:
        return code in self._index.get(name, {})

    def label(self, name: str, code: str, lang: str = "en") -> str:
        term = self._index.get(name, {}).get(str(code))
        return term.label(lang) if term else str(code)


def load_file(path: Path) -> Vocabularies:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except (OSError, yaml.YAMLError) as e:
        raise FieldkitError(
            "The vocabulary file {path} could not be read: {error}", path=str(path), error=str(e)
        ) from e
    lists = {}
    for name, items in data.items():
        if name == "format_version":
            continue
        terms = []
        for item in items:
            labels = {k: v for k, v in item.items() if k in CODES}
            descs = {k.split("_", 1)[1]: v for k, v in item.items() if k.startswith("description_")}
            terms.append(Term(str(item["code"]), labels, descs))
        lists[name] = terms
    return Vocabularies(lists)


@lru_cache(maxsize=1)
def default() -> Vocabularies:
    return load_file(paths.resources_dir() / "vocabularies" / "vocabularies.yaml")
