"""One list of shipped languages, used by the core everywhere; content in a language that lacks a text falls
back to English."""

import json

import pytest

from fieldkit import languages, reports
from fieldkit.checklists import definition
from fieldkit.cli import main
from fieldkit.errors import ValidationError
from fieldkit.vocab import load_file


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_shipped_languages():
    assert languages.CODES == ("en", "fr", "ar", "pt", "es")
    assert [x.code for x in languages.SHIPPED if x.direction == "rtl"] == ["ar"]
    assert {x.code: x.plural_forms for x in languages.SHIPPED} == {"en": 2, "fr": 2, "ar": 6, "pt": 2, "es": 2}
    assert languages.is_rtl("ar") and not languages.is_rtl("fr") and not languages.is_rtl("xx")
    assert languages.shipped("pt") == "pt" and languages.shipped("de") == "en" and languages.shipped(None) == "en"
    assert languages.from_locale_name("ar_SA.UTF-8") == "ar" and languages.from_locale_name("pt-BR") == "pt"
    assert languages.from_locale_name("de_DE") == "en" and languages.from_locale_name("") == "en"


def test_a_content_map_falls_back_to_english():
    text = {"en": "Yes", "fr": "Oui", "ar": "نعم", "pt": ""}
    assert languages.text_in(text, "ar") == "نعم"
    assert languages.text_in(text, "pt") == "Yes"  # empty: English
    assert languages.text_in(text, "es") == "Yes"  # missing: English
    assert languages.text_in("plain", "ar") == "plain" and languages.text_in(None, "es") == ""
    assert definition.text_of(text, "es") == "Yes"
    table = languages.complete({"en": {"a": "A", "b": "B"}, "ar": {"a": "أ"}})
    assert set(table) == set(languages.CODES) and table["ar"] == {"a": "أ", "b": "B"} and table["es"]["a"] == "A"
    assert set(reports.L) == set(languages.CODES) and all(set(reports.L[c]) == set(reports.L["en"]) for c in reports.L)


def test_a_checklist_keeps_the_labels_of_every_shipped_language():
    data = {
        "format": definition.FORMAT,
        "id": "t",
        "version": "1",
        "title": {"en": "T", "ar": "ت"},
        "sources": {"S0": "a source"},
        "sections": [
            {
                "id": "A",
                "title": {"en": "A", "es": "A (es)"},
                "questions": [
                    {
                        "id": "A1",
                        "type": "single",
                        "text": {"en": "Which?", "pt": "Qual?"},
                        "source": {"ref": "S0", "quote": "q"},
                        "options": [
                            {
                                "code": "x",
                                "en": "X",
                                "ar": "س",
                                "pt": "X (pt)",
                                "es": "X (es)",
                                "sw": "X (sw)",
                                "extra": "no",
                            },
                            {"code": "y", "en": "Y"},
                        ],
                    }
                ],
            }
        ],
    }
    c = definition.from_data(data)
    q = c.question("A1")
    # a form's own languages stay too (an XLSForm in Swahili: label::Swahili (sw)); a key that is no language code
    # does not
    assert q.options[0].label == {"en": "X", "ar": "س", "pt": "X (pt)", "es": "X (es)", "sw": "X (sw)"}
    assert q.display("x", "ar") == "س" and q.display("y", "ar") == "Y" and q.display("x", "es") == "X (es)"
    assert definition.text_of(c.title, "ar") == "ت" and definition.text_of(c.title, "pt") == "T"


def test_vocabulary_labels_in_every_shipped_language(tmp_path):
    f = tmp_path / "v.yaml"
    f.write_text("format_version: 1\nseverity:\n  - {code: '1', en: Minor, ar: طفيف, es: Leve}\n", encoding="utf-8")
    v = load_file(f)
    assert v.label("severity", "1", "ar") == "طفيف" and v.label("severity", "1", "es") == "Leve"
    assert v.label("severity", "1", "pt") == "Minor"


@pytest.mark.parametrize("lang", ["ar", "pt", "es"])
def test_the_cli_takes_every_shipped_language(tmp_path, capsys, lang):
    d = ["--data-dir", str(tmp_path)]
    assert run(capsys, *d, "init")[0] == 0
    code, out, err = run(capsys, *d, "assessment", "new", "--area", "Gao", "--lang", lang, "--format", "json")
    assert code == 0, err
    assert json.loads(out)["language"] == lang
    code, out, _ = run(capsys, *d, "checklist", "show", "spotting-the-spoilers", "--lang", lang, "--format", "json")
    assert code == 0 and json.loads(out)["sections"]
    code, _, err = run(capsys, *d, "report", "incidents", "--out", str(tmp_path / "r.pdf"), "--lang", lang)
    assert code == 0, err
    assert run(capsys, *d, "verify-report", str(tmp_path / "r.pdf"))[0] == 0


def test_an_unknown_language_is_refused(ws):
    with pytest.raises(ValidationError) as e:
        ws.assessments.new("Gao", language="de")
    assert "language" in e.value.errors


def test_coordinates_written_the_arabic_way_are_read():
    from fieldkit.incidents.fields import parse_coordinate

    assert parse_coordinate("١١٫٨٦") == 11.86  # Arabic-Indic digits, Arabic decimal separator
    assert parse_coordinate("\u061c-١٥٫٦٠٠٠٠") == -15.6  # as QLocale writes a negative number in Arabic
    assert parse_coordinate("11.86") == 11.86
    with pytest.raises(ValueError):
        parse_coordinate("١١٫٨٫٦")


def test_every_vocabulary_term_has_a_label_in_every_shipped_language():
    from fieldkit.vocab import default

    v = default()
    missing = [(n, t.code, c) for n in v._lists for t in v.terms(n) for c in languages.CODES if not t.labels.get(c)]
    assert missing == []
    assert v.terms("severity")[4].description("ar") and v.terms("severity")[4].description("es")


@pytest.mark.parametrize("name", ["spotting-the-spoilers.yaml", "spotting-the-spoilers-1.0.0.yaml"])
def test_every_text_of_the_shipped_checklists_is_in_every_language(name):
    from pathlib import Path

    from fieldkit.checklists.definition import load

    c = load(Path(__file__).resolve().parents[2] / "resources" / "checklists" / name)
    texts = [c.title, c.description] + [s.title for s in c.sections] + [s.help for s in c.sections]
    for s in c.sections:
        for q in s.questions:
            texts += [q.text, q.help] if q.help else [q.text]
            texts += [o.label for o in q.options]
            if q.type == "scale":
                texts += list(q.scale.values())  # the labels of the scale's points
    missing = [t.get("en") for t in texts for code in languages.CODES if not t.get(code)]
    assert missing == []


def test_every_label_of_the_pdf_reports_is_written_in_every_shipped_language():
    """The English fallback is for a text a language lacks by accident: the reports' own labels are all there (the
    front page, markets and actors of issue 18 included)."""
    from fieldkit import languages, reports

    for lang in languages.CODES:
        missing = sorted(set(reports.L_BY_LANG["en"]) - set(reports.L_BY_LANG.get(lang, {})))
        assert missing == [], (lang, missing)
        assert set(reports.SENSITIVITY[lang]) == set(reports.SENSITIVITY["en"]), lang
