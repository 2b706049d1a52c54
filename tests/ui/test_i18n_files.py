"""Every translation file ships whole: it holds the same messages as the French one, lrelease compiles it with no
warning and reports every message finished, and its placeholders and accelerators survive."""

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from fieldkit import languages
from ui import i18n

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
FILES = sorted(I18N.glob("fieldkit_*.ts"))
PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}|%n|%\d")


def messages(ts: Path):
    for ctx in ET.parse(ts).getroot().findall("context"):
        for m in ctx.findall("message"):
            yield ctx.findtext("name"), m


def test_the_languages_are_there():
    assert {p.stem.removeprefix("fieldkit_") for p in FILES} >= {"fr", "pt", "es"}


@pytest.mark.parametrize("ts", FILES, ids=lambda p: p.stem)
def test_same_messages_as_french(ts):
    french = {(c, m.findtext("source")) for c, m in messages(I18N / "fieldkit_fr.ts")}
    assert {(c, m.findtext("source")) for c, m in messages(ts)} == french


@pytest.mark.parametrize("ts", FILES, ids=lambda p: p.stem)
def test_lrelease_compiles_it_with_every_message_finished(ts, tmp_path):
    r = subprocess.run(
        [i18n._lrelease(), str(ts), "-qm", str(tmp_path / "out.qm")], capture_output=True, text=True, check=True
    )
    out = r.stdout + r.stderr
    total = sum(1 for _ in messages(ts))
    assert f"Generated {total} translation(s) ({total} finished and 0 unfinished)" in out, out
    assert "warning" not in out.lower() and "untranslated" not in out.lower(), out


@pytest.mark.parametrize("ts", FILES, ids=lambda p: p.stem)
def test_placeholders_accelerators_and_plural_forms_survive(ts):
    bad = []
    for ctx, m in messages(ts):
        src = m.findtext("source")
        tr = m.find("translation")
        forms = [f.text or "" for f in tr.findall("numerusform")] if m.get("numerus") == "yes" else [tr.text or ""]
        if m.get("numerus") == "yes" and len(forms) != languages.get(ts.stem.split("_", 1)[1]).plural_forms:
            bad.append((ctx, src, "forms"))
        for form in forms:
            if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(form)):
                bad.append((ctx, src, form))
            if ("&" in src) != ("&" in form) or src.count("\n") != form.count("\n"):
                bad.append((ctx, src, form))
    assert bad == []
