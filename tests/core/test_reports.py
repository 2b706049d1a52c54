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


# ---- issue 18: the front page a Head of Mission acts on ------------------------------------------------------
def _final(ws):
    return next(x for x in ws.assessments.list() if x["status"] == "final")


def test_page_one_gives_the_bottom_line_judgements_warning_responses_and_gaps(demo_ws, tmp_path):
    ws = demo_ws
    a = _final(ws)
    ws.assessments.answer(a["id"], "I9", "internal", reason="narrower circle")
    ws.assessments.answer(a["id"], "B11", "unknown", reason="not known")
    res = reports.assessment_report(ws, a["id"], tmp_path / "r.pdf")
    page1 = text_of(tmp_path / "r.pdf")[0]
    flat = " ".join(page1.split())
    for needle in (
        "Bottom line up front",
        "Key judgements",
        "Early warning",
        "Recommended recipients",
        "Recommended responses",
        "Do-no-harm check",
        "Main information gaps",
        "Originator",
        "Information cut-off",
        "Distribution",
        "STRICTLY CONFIDENTIAL",
    ):
        assert needle in flat, needle
    assert "UN RESTRICTED" not in flat and res["sensitivity"] == "strictly" and not res["draft"]
    judgements = ws.assessment_records.front_judgements(a["id"], "en")["judgements"]
    assert 3 <= len(judgements) <= 6
    for j in judgements:
        assert " ".join(j["text"].split())[:50] in flat
    assert "confidence:" in flat and ("likely" in flat or "almost certain" in flat)
    assert "B11" in flat.split("Answered “unknown”")[1]  # an unknown answer is listed, not dropped
    assert "DRAFT" not in flat  # a final report carries no watermark


def test_the_marking_follows_the_sharing_answer_and_the_analyst_judgements_print(demo_ws, tmp_path):
    ws = demo_ws
    a = _final(ws)
    ws.assessments.answer(a["id"], "I9", "releasable", reason="public version")
    ws.assessment_records.set_judgement(
        a["id"], 1, "Cocaine <b>flows</b> will grow.", "almost_certain", "high", reason="HoM"
    )
    res = reports.assessment_report(ws, a["id"], tmp_path / "r.pdf")
    pages = text_of(tmp_path / "r.pdf")
    flat = " ".join(pages[0].split())
    assert res["marking"] == "UNCLASSIFIED" and all("UNCLASSIFIED" in page for page in pages)
    assert "Cocaine <b>flows</b> will grow. [almost certain · confidence: high]" in flat
    assert "Set by the analyst" in flat


def test_a_draft_is_watermarked_and_evidence_lines_show_grade_date_and_period(demo_ws, tmp_path):
    ws = demo_ws
    draft = next(x for x in ws.assessments.list() if x["status"] == "draft")
    answers = ws.assessments.answers(draft["id"])
    incidents = ws.assessments.evidence_incidents(answers)
    outside = next(
        i for i in incidents.values() if not draft["period_start"] <= i["occurred_at"][:10] <= draft["period_end"]
    )
    res = reports.assessment_report(ws, draft["id"], tmp_path / "d.pdf")
    pages = text_of(tmp_path / "d.pdf")
    assert res["draft"] and all("DRAFT" in page for page in pages)
    flat = " ".join(" ".join(pages).split())
    grade = f"{outside['source_reliability']}{outside['source_credibility']}"
    line = f"[graded {grade} · {outside['occurred_at'][:10]}]"
    assert line in flat
    after = flat.split(line, 1)[1][:200]
    assert "OUTSIDE THE PERIOD" in after
    assert "Sources by grade" in flat and "Reliability" in flat


def test_sensitive_incidents_are_left_out_unless_included_then_marked(demo_ws, tmp_path):
    ws = demo_ws
    a = _final(ws)
    answers = ws.assessments.answers(a["id"])
    iid = next(i for x in answers.values() for i in x["evidence"])
    inc = ws.incidents.get(iid)
    ws.incidents.update(
        iid, {"sensitive": True, "title": "Informant met the cell leader at the quarry"}, reason="protect"
    )
    reports.assessment_report(ws, a["id"], tmp_path / "out.pdf")
    flat = " ".join(" ".join(text_of(tmp_path / "out.pdf")).split())
    assert "Informant met the cell leader" not in flat, flat[flat.find("Informant") - 300 : flat.find("Informant") + 50]
    assert "marked sensitive are left out" in flat
    res = reports.assessment_report(ws, a["id"], tmp_path / "in.pdf", include_sensitive=True)
    flat = " ".join(" ".join(text_of(tmp_path / "in.pdf")).split())
    assert "[SENSITIVE]" in flat and "Informant met the cell leader" in flat and res["sensitive_left_out"] == 0
    assert inc["id"] == iid


def test_the_french_report_uses_french_typography(demo_ws, tmp_path):
    ws = demo_ws
    a = _final(ws)
    reports.assessment_report(ws, a["id"], tmp_path / "fr.pdf", lang="fr")
    pages = text_of(tmp_path / "fr.pdf")
    flat = " ".join(pages[0].split())
    o = ws.assessments.summary(a["id"], "fr")["overall"]
    assert f"{o['score']}".replace(".", ",") + "/10" in flat
    assert f"{o['coverage'] * 100:.0f} %" in pages[0].replace("\u00a0", " ")
    assert "Niveau de menace :" in flat.replace("\u00a0", " ")
    assert "Confiance : " in flat.replace("\u00a0", " ") or "confiance : " in flat.replace("\u00a0", " ")
    assert "L'essentiel" in flat and "Jugements clés" in flat and "CONFIDENTIEL" in flat
    assert "Preuves" not in " ".join(pages)


def test_a_polygon_is_cut_to_the_view_not_pushed_onto_its_border():
    # an L-shaped country leaving the view at the top right: pushing its outside corner onto the border would fill
    # the sea in between; cutting keeps the notch
    ring = [(0, 0), (10, 0), (10, 4), (4, 4), (4, 10), (0, 10), (0, 0)]
    cut = reports.clip_ring(ring, -1, -1, 6, 6)
    assert (6.0, 4.0) in cut and (4.0, 6.0) in cut and (6.0, 6.0) not in cut
    assert reports.clip_ring([(20, 20), (30, 20), (30, 30)], 0, 0, 10, 10) == []


def test_the_report_map_has_place_names_a_scale_bar_and_a_north_arrow(demo_ws, tmp_path):
    from reportlab.graphics.shapes import String

    rows = demo_ws.incidents.search(IncidentFilter(bbox=(-16.9, 10.8, -13.6, 12.7)))
    st = reports._styles()
    drawing = reports._map_of(rows, [-16.9, 10.8, -13.6, 12.7], reports.L["en"], st)[0]
    texts = [c.text for c in drawing.contents if isinstance(c, String)]
    assert "N" in texts and any(t.endswith(" km") for t in texts)
    assert "Guinea-Bissau" in texts and "Senegal" in texts  # country names
    assert {r["place"] for r in rows if r["lat"] is not None} & set(texts)  # the incidents' places
    assert reports._nice_length(73) == 50 and reports._nice_length(230) == 200 and reports._nice_length(0.3) == 0.2
