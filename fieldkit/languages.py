"""The languages FieldKit ships: one list, used by the core (content maps, reports, CLI choices) and the UI
(translations, layout direction, locale).

A content map (``{"en": ..., "fr": ...}``) may carry any of these languages; a language it lacks falls back to
English (``text_in``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639-1, the key in content maps and the suffix of resources/i18n/fieldkit_<code>.ts
    native: str  # the language's name in itself (the menu shows this)
    english: str
    direction: str  # "ltr" or "rtl"
    qlocale: str  # the name of the QLocale.Language member (the UI maps it; the core does not import Qt)
    first_draft: bool = False  # translations written here, not yet reviewed by a native speaker
    plural_forms: int = 2  # numerus forms Qt's lrelease expects in its .ts (Qt's rules: Arabic has six)


SHIPPED: tuple[Language, ...] = (
    Language("en", "English", "English", "ltr", "English"),
    Language("fr", "Français", "French", "ltr", "French"),
    Language("ar", "العربية", "Arabic", "rtl", "Arabic", first_draft=True, plural_forms=6),
    Language("pt", "Português", "Portuguese", "ltr", "Portuguese", first_draft=True),
    Language("es", "Español", "Spanish", "ltr", "Spanish", first_draft=True),
)
CODES: tuple[str, ...] = tuple(x.code for x in SHIPPED)
DEFAULT = "en"
_BY_CODE = {x.code: x for x in SHIPPED}


def get(code: str | None) -> Language:
    """The shipped language ``code`` names, English for anything else."""
    return _BY_CODE.get(code or "", _BY_CODE[DEFAULT])


def shipped(code: str | None) -> str:
    """``code`` if FieldKit ships it, else English."""
    return get(code).code


def is_rtl(code: str | None) -> bool:
    return get(code).direction == "rtl"


def from_locale_name(name: str) -> str:
    """The shipped language of a locale name such as ``fr_FR.UTF-8`` or ``ar``; English when none matches."""
    head = (name or "").strip().lower().replace("-", "_").split("_")[0].split(".")[0]
    return head if head in _BY_CODE else DEFAULT


def text_in(value, lang: str = DEFAULT) -> str:
    """The text of a content map in ``lang``, falling back to English (a language the map lacks, or an empty
    text); a plain string is the same in every language."""
    if isinstance(value, dict):
        return value.get(lang) or value.get(DEFAULT) or ""
    return "" if value is None else str(value)


def complete(table: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """A table of labels per language, {lang: {key: text}}, with every shipped language present and every key
    a language lacks taken from English."""
    base = table[DEFAULT]
    return {code: {**base, **table.get(code, {})} for code in CODES}
