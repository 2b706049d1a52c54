"""Every shipped language: each has a .ts in which every visible string has a finished translation (with the
plural forms its language needs), placeholders survive translation, the .ts files are up to date with the code,
and the real window shows French."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from fieldkit import languages
from fieldkit.errors import ValidationError
from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}|%n")
# every .ts present (a new language's file is picked up as soon as it lands), and one for each shipped language
TS_LANGS = sorted({p.stem.split("_", 1)[1] for p in I18N.glob("fieldkit_*.ts")} | set(languages.CODES[1:]))


def messages(lang: str):
    root = ET.parse(I18N / f"fieldkit_{lang}.ts").getroot()
    for ctx in root.findall("context"):
        for m in ctx.findall("message"):
            yield ctx.findtext("name"), m


def test_every_shipped_language_has_a_ts_file():
    assert [c for c in languages.CODES[1:] if not (I18N / f"fieldkit_{c}.ts").exists()] == []


@pytest.mark.parametrize("lang", TS_LANGS)
def test_every_string_has_a_finished_translation(lang):
    assert (I18N / f"fieldkit_{lang}.ts").exists(), f"no fieldkit_{lang}.ts for the shipped language {lang}"
    untranslated = []
    for ctx, m in messages(lang):
        tr = m.find("translation")
        forms = [f.text for f in tr.findall("numerusform")] if m.get("numerus") == "yes" else [tr.text]
        if m.get("numerus") == "yes" and len(forms) != languages.get(lang).plural_forms:
            untranslated.append(f"[{ctx}] {m.findtext('source')}: {len(forms)} plural forms")
        if tr.get("type") in ("unfinished", "vanished", "obsolete") or not all((f or "").strip() for f in forms):
            untranslated.append(f"[{ctx}] {m.findtext('source')}")
    assert untranslated == []


@pytest.mark.parametrize("lang", [x for x in TS_LANGS if (I18N / f"fieldkit_{x}.ts").exists()])
def test_translations_keep_their_placeholders(lang):
    bad = []
    for _ctx, m in messages(lang):
        src = m.findtext("source")
        tr = m.find("translation")
        for form in [f.text for f in tr.findall("numerusform")] or [tr.text]:
            if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(form or "")):
                bad.append((src, form))
    assert bad == []


def test_the_ts_file_holds_every_string_of_the_code():
    r = subprocess.run(
        [sys.executable, "tools/update_translations.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert r.returncode == 0, r.stdout + r.stderr


@pytest.fixture
def french(qapp):
    lang = i18n.install(qapp, "fr")
    yield lang
    i18n.install(qapp, "en")


def test_main_window_in_french(qtbot, demo_ws, french, no_dialogs):
    from ui.main_window import MainWindow

    win = MainWindow(demo_ws, "fr")
    qtbot.addWidget(win)
    assert [a.text() for a in win.job_actions.values()] == [
        "Liste de contrôle",
        "Incidents",
        "Carte",
        "Synchronisation",
    ]
    assert win.incidents.new_button.text() == "Nouvel incident"
    assert (
        win.incidents.model.headerData(1, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.Orientation.Horizontal)
        == "Gravité"
    )
    assert win.checklist.sections.item(0).text().startswith(("A. Contexte", "✓ A. Contexte"))
    win.close()


def test_core_messages_reach_the_user_in_french(ws, incident_data, french):
    with pytest.raises(ValidationError) as e:
        ws.incidents.add({**incident_data, "lat": 95, "category": "NOPE"})
    text = i18n.core_message(e.value)
    assert "La latitude doit être un nombre entre -90 et 90." in text
    assert "«\u00a0NOPE\u00a0» n'est pas un code de catégorie connu." in text
    assert text.startswith("La saisie comporte 2 problème(s)")
