"""Translations: Qt .ts sources in resources/i18n are compiled to .qm on first use (pyside6-lrelease)
into the user cache, so no generated file is committed. Core error messages are English templates
translated here in the "core" context."""

from __future__ import annotations

import hashlib
import locale
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from fieldkit import languages, paths

log = logging.getLogger(__name__)
LANGUAGES = languages.CODES  # every shipped language (fieldkit/languages.py)


def ts_path(lang: str) -> Path:
    return paths.resources_dir() / "i18n" / f"fieldkit_{lang}.ts"


def _lrelease() -> str | None:
    exe = Path(sys.executable).parent / "pyside6-lrelease"
    if exe.exists():
        return str(exe)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_qm(lang: str) -> Path | None:
    """Path of the .qm for ``lang``: shipped next to the .ts (frozen build) or compiled into the cache."""
    ts = ts_path(lang)
    shipped = ts.with_suffix(".qm")
    if shipped.exists() and (not ts.exists() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.exists():
        return None
    cache = Path(platformdirs.user_cache_dir("FieldKit", appauthor=False)) / "i18n"
    cache.mkdir(parents=True, exist_ok=True)
    # named after the .ts's content: two checkouts (or versions) sharing the cache never take each other's
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    qm = cache / f"fieldkit_{lang}-{digest}.qm"
    if qm.exists():
        return qm
    tool = _lrelease()
    if tool is None:
        log.warning("no lrelease found; %s stays untranslated", lang)
        return None
    r = subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
    if r.returncode != 0:
        log.warning("lrelease failed: %s", r.stderr)
        return None
    return qm


def system_language() -> str:
    name = QLocale.system().name() or (locale.getlocale()[0] or "")
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(var):
            name = os.environ[var]
            break
    return languages.from_locale_name(name)


_installed: list[QTranslator] = []


def install(app, lang: str) -> str:
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang not in LANGUAGES:
        lang = "en"
    if lang != "en":
        qm = compiled_qm(lang)
        tr = QTranslator(app)
        if qm and tr.load(str(qm)):
            app.installTranslator(tr)
            _installed.append(tr)
        qt_tr = QTranslator(app)  # Qt's own dialogs (buttons etc.)
        from PySide6.QtCore import QLibraryInfo

        if qt_tr.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_tr)
            _installed.append(qt_tr)
    QLocale.setDefault(locale_of(lang))
    # Arabic mirrors the whole interface: layouts, tables, forms, menus and scroll bars
    rtl = languages.is_rtl(lang)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    if lang == "ar":
        _arabic_font()
    return lang


_fonts_added: list[int] = []


def _arabic_font() -> None:
    """Amiri, shipped as a Python package, so Arabic shows on a laptop with no Arabic system font (Qt falls back
    to it for Arabic letters)."""
    if _fonts_added:
        return
    try:
        import fontpkg_amiri
    except ImportError:
        log.warning("the Arabic font package is missing; Arabic shows with the system's fonts")
        return
    from PySide6.QtGui import QFontDatabase

    for name in ("Amiri-Regular.ttf", "Amiri-Bold.ttf"):
        _fonts_added.append(QFontDatabase.addApplicationFont(str(fontpkg_amiri.ROOT / "files" / name)))


def locale_of(lang: str) -> QLocale:
    """The QLocale of a shipped language: numbers and dates are written the way its readers expect."""
    return QLocale(getattr(QLocale.Language, languages.get(lang).qlocale))


def translate_in(lang: str, context: str, text: str) -> str:
    """``text`` in ``lang`` (not necessarily the language installed now): for a notice about switching language,
    said in the language chosen."""
    if lang == "en" or lang not in LANGUAGES:
        return text
    qm = compiled_qm(lang)
    tr = QTranslator()
    if qm and tr.load(str(qm)):
        return tr.translate(context, text) or text
    return text


def tr_msg(m) -> str:
    """A core message (``fieldkit.errors.Msg`` or plain text) in the user's language."""
    template = getattr(m, "template", None)
    if template is None:
        return QCoreApplication.translate("core", str(m))
    text = QCoreApplication.translate("core", template)
    try:
        return text.format(**m.params)
    except (KeyError, IndexError, ValueError):
        return str(m)


# how a field is named to an English-speaking user (other languages: the context "fields" of their .ts file)
FIELD_LABELS = {
    "occurred_at": "date of the incident",
    "occurred_precision": "precision of the date",
    "reported_at": "date reported",
    "lat": "latitude",
    "lon": "longitude",
    "location_precision": "precision of the place",
    "source_type": "source type",
    "source_reliability": "source reliability",
    "source_credibility": "information credibility",
    "source_grade": "source grade",
    "period_start": "start of the period",
    "period_end": "end of the period",
    "bbox": "area bounds",
    "based_on": "based on",
    "device_label": "device label",
    "user_name": "your name",
    "markets": "criminal markets",
    "fatalities": "people killed",
    "armed_links": "links to armed groups",
    "state_links": "links to the state",
}


def field_name(key: str) -> str:
    text = QCoreApplication.translate("fields", key)
    return FIELD_LABELS.get(key, key.replace("_", " ")) if text == key else text


def core_message(exc) -> str:
    """A core FieldkitError as a sentence in the user's language."""
    template = getattr(exc, "template", None)
    if template is None:
        return str(exc)
    text = QCoreApplication.translate("core", template)
    try:
        params = dict(exc.params)
        if hasattr(exc, "errors"):
            params["details"] = "; ".join(f"{field_name(k)}: {tr_msg(v)}" for k, v in exc.errors.items())
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return exc.message
