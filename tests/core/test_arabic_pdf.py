"""Arabic PDF reports: shaped glyphs, right-to-left order with Latin runs kept whole, a font that covers Arabic,
mirrored tables, and the report still verifies."""

import arabic_reshaper
import pytest
from pypdf import PdfReader

from fieldkit import demo, pdftext, reports


def test_visual_order_shapes_reorders_and_mirrors():
    word = "الجريمة"
    shown = pdftext.visual(word)
    assert all(0xFE70 <= ord(c) <= 0xFEFF for c in shown)  # every letter in its joined (presentation) form
    assert len(shown) == len(word)
    # right to left: the first letter of the word is drawn last (rightmost); a Latin run reads left to right
    line = pdftext.visual("في " + pdftext.isolate("Bafatá (GB-BA)"))
    assert line.startswith("Bafatá (GB-BA)") and line.endswith(pdftext.visual("في"))
    # without the isolation the plain algorithm moves the closing bracket: why user text is isolated
    assert pdftext.visual("في Bafatá (GB-BA)") != line
    # brackets in Arabic text are mirrored, so they still open on the right
    assert pdftext.visual("الصمود (الأعلى)").startswith("(")
    # a user's text keeps its brackets inside a right-to-left sentence
    assert pdftext.visual("المنطقة: " + pdftext.isolate("[DEMO] Gao")).startswith("[DEMO] Gao")
    assert "\u202a" not in line and pdftext.isolate("غاو").startswith(pdftext.RLE)


def test_long_text_wraps_into_lines_that_fit(tmp_path):
    reg, _ = pdftext.arabic_fonts()
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = " ".join(["تقييم تهديد الجريمة المنظمة في المنطقة"] * 12)
    lines = pdftext.wrap_lines(text, 200, reg, 10)
    assert len(lines) > 3 and " ".join(lines) == text  # nothing lost, logical order kept
    assert all(stringWidth(pdftext.visual(x), reg, 10) <= 200 for x in lines)


@pytest.fixture
def report_ws(ws):
    ws.settings.set("user_name", "Tester")
    demo.fill(ws, incidents=60, seed=3)
    return ws


def test_an_assessment_report_in_arabic(report_ws, tmp_path):
    ws = report_ws
    a = next(x for x in ws.assessments.list() if x["status"] == "final")
    out = tmp_path / "ar.pdf"
    res = reports.assessment_report(ws, a["id"], out, lang="ar")
    assert reports.verify_report(ws, out)["match"] is True
    pdf = PdfReader(str(out))
    fonts = {str(f["/BaseFont"]) for pg in pdf.pages for f in pg["/Resources"]["/Font"].values()}
    assert any("Amiri" in f for f in fonts)  # a font covering Arabic is embedded
    text = pdf.pages[0].extract_text()
    # the heading drawn in shaped glyphs (pypdf reads a right-to-left run back into logical order)
    assert arabic_reshaper.reshape(reports.L["ar"]["report"]) in text
    assert "[DEMO] Guinea-Bissau" in text and res["incidents"] > 0
    english = tmp_path / "en.pdf"
    reports.assessment_report(ws, a["id"], english, lang="en")
    fonts_en = {str(f["/BaseFont"]) for f in PdfReader(str(english)).pages[0]["/Resources"]["/Font"].values()}
    assert not any("Amiri" in f for f in fonts_en)


def test_an_incidents_report_in_arabic_mirrors_its_table(report_ws, tmp_path):
    from fieldkit.incidents import IncidentFilter

    st = reports._styles("ar")
    table = reports._annex_table(report_ws, report_ws.incidents.search(IncidentFilter()), "ar", st)
    header = [c.text for c in table._cellvalues[0]]
    assert header[0] == reports.L["ar"]["title"] and header[-1] == reports.L["ar"]["date"]  # read right to left
    out = tmp_path / "i.pdf"
    reports.incidents_report(report_ws, IncidentFilter(), out, lang="ar")
    assert reports.verify_report(report_ws, out)["match"] is True


@pytest.mark.parametrize("lang", ["pt", "es"])
def test_portuguese_and_spanish_reports_use_their_labels(report_ws, tmp_path, lang):
    from fieldkit.incidents import IncidentFilter

    out = tmp_path / f"{lang}.pdf"
    reports.incidents_report(report_ws, IncidentFilter(), out, lang=lang)
    text = PdfReader(str(out)).pages[0].extract_text()
    assert reports.L[lang]["incidents_report"] in text
