import re

import pytest
from pypdf import PdfReader

from fieldkit import demo, reports
from fieldkit.cli import main
from fieldkit.incidents import IncidentFilter

HOSTILE_NOTE = "<b>not bold</b> & <font color=red>x</font> </para> ]]>"


def text_of(pdf):
    r = PdfReader(str(pdf))
    return [page.extract_text() for page in r.pages]


@pytest.fixture
def demo_ws(ws):
    ws.settings.set("user_name", "Léa Dupré")
    demo.fill(ws, incidents=300, seed=5)
    return ws


def test_assessment_report_has_cover_summary_sections_evidence_and_footer(demo_ws, tmp_path):
    ws = demo_ws
    a = next(x for x in ws.assessments.list() if x["status"] == "final")
    answers = ws.assessments.answers(a["id"])
    cited = next(q for q, x in answers.items() if x["evidence"])
    inc = ws.incidents.get(answers[cited]["evidence"][0])
    ws.assessments.answer(a["id"], "A5", answers["A5"]["value"], note=HOSTILE_NOTE, reason="added a note")
    res = reports.assessment_report(ws, a["id"], tmp_path / "r.pdf", marking="UN RESTRICTED")
    pages = text_of(tmp_path / "r.pdf")
    full = "\n".join(pages)
    for needle in (
        "Organized crime threat assessment",
        "Guinea-Bissau",
        "Léa Dupré",
        "Summary",
        "Threat level",
        "Why this level",
        "A. Context and vulnerabilities",
        "I. Sources, early warning and recommendations",
        "Incidents in the area",
        "Annex: incidents in the area and period",
        "Completeness",
    ):
        assert needle in full, needle
    summary = ws.assessments.summary(a["id"])
    assert f"{summary['overall']['score']}/10" in full
    assert inc["title"][:40] in full.replace("\n", " ")  # evidence is listed under its answer
    assert HOSTILE_NOTE in full.replace("\n", " ")  # markup printed literally
    for i, page in enumerate(pages, start=1):
        assert (
            f"Page {i} of {len(pages)}" in page and "UN RESTRICTED" in page and res["digest"] in page.replace("\n", "")
        )


def test_report_follows_the_assessment_language(demo_ws, tmp_path):
    ws = demo_ws
    a = ws.assessments.new("Tombouctou", language="fr", bbox=[-4, 15, -2, 18])
    ws.assessments.answer(a["id"], "A1", "2", note="Contrôle très réduit à l'est — «zone grise»")
    reports.assessment_report(ws, a["id"], tmp_path / "fr.pdf")
    full = "\n".join(text_of(tmp_path / "fr.pdf"))
    for needle in (
        "Évaluation de la menace du crime organisé",
        "Synthèse",
        "Niveau de menace",
        "A. Contexte et vulnérabilités",
        "Contrôle très réduit à l'est — «zone grise»",
        "Page 1 sur",
    ):
        assert needle in full, needle


def test_annex_of_1000_incidents_spans_pages_with_repeated_headers(ws, tmp_path):
    ws.incidents.add_many(demo.make_incidents(1000, 2, ws.clock.now(), demo.load_places()))
    res = reports.incidents_report(ws, IncidentFilter(include_sensitive=True), tmp_path / "i.pdf")
    pages = text_of(tmp_path / "i.pdf")
    assert res["incidents"] == 1000 and len(pages) > 10
    header = re.compile(r"Date\s*Place\s*Category\s*Sev\.\s*Source\s*Title")
    assert all(header.search(pg) for pg in pages[1:]), "the table header repeats on every page"


def test_verify_report_detects_later_changes(demo_ws, tmp_path, capsys):
    ws = demo_ws
    a = next(x for x in ws.assessments.list() if x["status"] == "final")
    reports.assessment_report(ws, a["id"], tmp_path / "r.pdf")
    assert reports.verify_report(ws, tmp_path / "r.pdf")["match"]
    ws.assessments.answer(a["id"], "A1", "0", reason="new information")
    assert not reports.verify_report(ws, tmp_path / "r.pdf")["match"]
    assert main(["--data-dir", str(ws.folder), "verify-report", str(tmp_path / "r.pdf")]) == 1
    assert "does NOT match" in capsys.readouterr().out


def test_report_cli(demo_ws, tmp_path, capsys):
    ws = demo_ws
    a = ws.assessments.list()[0]
    d = ["--data-dir", str(ws.folder)]
    assert main(d + ["report", "assessment", a["id"][:8], "--out", str(tmp_path / "a.pdf")]) == 0
    assert main(d + ["verify-report", str(tmp_path / "a.pdf")]) == 0
    assert main(d + ["report", "incidents", "--severity-min", "4", "--out", str(tmp_path / "b.pdf")]) == 0
    assert "Incident report" in text_of(tmp_path / "b.pdf")[0]
    notpdf = tmp_path / "x.pdf"
    notpdf.write_text("hello")
    assert main(d + ["verify-report", str(notpdf)]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_incident_report_verifies_until_an_incident_changes(demo_ws, tmp_path):
    ws = demo_ws
    flt = IncidentFilter(severity_min=4, bbox=(-17, 10, -13, 13))
    reports.incidents_report(ws, flt, tmp_path / "i.pdf")
    res = reports.verify_report(ws, tmp_path / "i.pdf")
    assert res["match"] and res["kind"] == "incidents"
    rec = ws.incidents.search(flt)[0]
    ws.incidents.update(rec["id"], {"title": rec["title"] + " (corrected)"}, reason="typo")
    assert not reports.verify_report(ws, tmp_path / "i.pdf")["match"]


def test_incident_report_with_drafts_without_a_location_says_how_many_are_off_the_map(ws, incident_data, tmp_path):
    ws.incidents.add(incident_data)
    ws.incidents.add({**incident_data, "title": "Rumour of a camp", "status": "draft", "lat": None, "lon": None})
    for lang, needle in (("en", "Not on the map (drafts without a location yet): 1"), ("fr", "Absents de la carte")):
        res = reports.incidents_report(ws, IncidentFilter(), tmp_path / f"i-{lang}.pdf", lang=lang)
        text = " ".join(page.extract_text() for page in PdfReader(res["path"]).pages)
        assert needle in " ".join(text.split()) and "Rumour of a camp" in text
    # a map of nothing but drafts without a location draws, and says so
    ws2_filter = IncidentFilter(status="draft")
    res = reports.incidents_report(ws, ws2_filter, tmp_path / "drafts.pdf")
    assert reports.verify_report(ws, res["path"])["match"]
