"""Issue 22: checklists written as XLSForms (ODK / KoboToolbox) imported, answered and exported back."""

import json
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from fieldkit.checklists import scoring, xlsform
from fieldkit.checklists.registry import ChecklistRegistry
from fieldkit.cli import main
from fieldkit.errors import ChecklistDefinitionError, ValidationError

REAL_FORM = Path(__file__).parents[1] / "data" / "xlsform" / "UCL_Biomass_Plot_Form.xlsx"


def workbook(path, survey, choices=None, settings=None, extra=None):
    """A workbook from lists of rows (the first row of each sheet is its header)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "survey"
    for r in survey:
        ws.append(r)
    for name, rows in (("choices", choices), ("settings", settings), *((extra or {}).items())):
        if rows:
            sh = wb.create_sheet(name)
            for r in rows:
                sh.append(r)
    wb.save(path)
    return path


SURVEY = [
    [
        "type",
        "name",
        "label::English (en)",
        "label::French (fr)",
        "hint::English (en)",
        "required",
        "relevant",
        "constraint",
    ],
    ["begin group", "ctx", "Context", "Contexte", "About the area", None, None, None],
    ["select_one yn", "armed", "Armed groups present?", "Groupes armés présents ?", None, "yes", None, None],
    ["select_multiple goods", "goods", "Goods trafficked", "Biens", "Pick all", None, "${armed} = 'yes'", None],
    [
        "integer",
        "killings",
        "Killings",
        "Homicides",
        None,
        None,
        "selected(${goods}, 'arms') or ${armed} != 'no'",
        ". >= 0 and . <= 500",
    ],
    ["end group", None, None, None, None, None, None, None],
    ["begin group", "more", "More", "Plus", None, None, "${armed} = 'yes'", None],
    ["decimal", "share", "Share", "Part", None, None, None, ". >= 0 and . <= 1"],
    ["text", "notes", "Notes", "Notes", None, None, "not(${share} > 0.5)", None],
    ["date", "seen", "Last seen", "Vu", None, None, None, None],
    ["note", "thanks", "Thanks", "Merci", None, None, None, None],
    ["end group", None, None, None, None, None, None, None],
]
CHOICES = [
    ["list_name", "name", "label::English (en)", "label::French (fr)"],
    ["yn", "yes", "Yes", "Oui"],
    ["yn", "no", "No", "Non"],
    ["goods", "arms", "Arms", "Armes"],
    ["goods", "drugs", "Drugs", "Drogues"],
    ["goods", "none", "None", "Aucun"],
]
SETTINGS = [["form_id", "form_title", "version"], ["area-check", "Area check", "3"]]


@pytest.fixture
def form(tmp_path):
    return workbook(tmp_path / "form.xlsx", SURVEY, CHOICES, SETTINGS)


def test_a_form_reads_as_a_validated_checklist(form):
    im = xlsform.read(form)
    c = im.checklist
    assert (c.id, c.version, c.title) == ("area-check", "3", {"en": "Area check"})
    assert [s.id for s in c.sections] == ["ctx", "more"]
    assert [(q.id, q.type) for q in c.questions()] == [
        ("armed", "single"),
        ("goods", "multi"),
        ("killings", "number"),
        ("share", "number"),
        ("notes", "text"),
        ("seen", "date"),
    ]
    armed, goods, killings, share, notes = (c.question(q) for q in ("armed", "goods", "killings", "share", "notes"))
    assert armed.required and armed.text == {"en": "Armed groups present?", "fr": "Groupes armés présents ?"}
    assert goods.help == {"en": "Pick all"} and goods.option("arms").label == {"en": "Arms", "fr": "Armes"}
    assert (killings.min, killings.max, killings.integer) == (0, 500, True)
    assert (share.min, share.max, share.integer) == (0, 1, False)
    # relevance: translated into FieldKit's rules and evaluated; a group's rule applies to each of its questions
    assert goods.relevant.evaluate({"armed": "yes"}) and not goods.relevant.evaluate({"armed": "no"})
    assert killings.relevant.evaluate({"armed": "no", "goods": ["arms"]})
    assert not killings.relevant.evaluate({"armed": "no", "goods": ["drugs"]})
    assert share.relevant.evaluate({"armed": "yes"}) and not share.relevant.evaluate({"armed": "no"})
    assert not notes.relevant.evaluate({"armed": "yes", "share": 0.9})
    assert notes.relevant.evaluate({"armed": "yes", "share": 0.2})
    assert any("note 'thanks' is skipped" in n for n in im.notes)
    with pytest.raises(ValueError):
        killings.coerce("501")  # the constraint is evaluated
    # no FieldKit columns: nothing is scored
    assert not scoring.is_scored(c) and {s.kind for s in c.sections} == {"info"}


def test_an_unscored_checklist_is_answered_and_finalised_and_says_not_scored(ws, form):
    xlsform.install(ws, xlsform.read(form))
    a = ws.assessments.new("Gao", checklist_id="area-check", assessor="A. Analyst")
    for qid, value in (("armed", "yes"), ("goods", "arms,drugs"), ("killings", "12"), ("share", "0.3")):
        ws.assessments.answer(a["id"], qid, value)
    with pytest.raises(ValidationError):
        ws.assessments.answer(a["id"], "killings", "-1")
    o = ws.assessments.summary(a["id"])["overall"]
    assert o["level"] == scoring.NOT_SCORED and o["scored"] is False and o["score"] is None
    assert not [p for p in o["finalise_problems"] if p["code"] == "coverage"]  # no scores: coverage does not apply
    ws.assessments.finalise(a["id"])
    assert ws.assessments.get(a["id"])["status"] == "final"


def test_a_form_in_french_only_imports_with_its_french_standing_in_for_english(tmp_path):
    survey = [["type", "name", "label::French (fr)"], ["select_one yn", "armed", "Groupes armés ?"]]
    choices = [["list_name", "name", "label::French (fr)"], ["yn", "yes", "Oui"], ["yn", "no", "Non"]]
    im = xlsform.read(
        workbook(tmp_path / "fr.xlsx", survey, choices, [["form_id", "default_language"], ["f", "French (fr)"]])
    )
    q = im.checklist.question("armed")
    assert q.text == {"fr": "Groupes armés ?", "en": "Groupes armés ?"} and q.option("yes").label["en"] == "Oui"
    assert "3 text(s) have no English: the form's fr text stands in" in im.notes


def test_fieldkit_columns_carry_scores_and_the_checklist_scores(tmp_path):
    survey = [
        ["type", "name", "label", "fieldkit_kind", "fieldkit_weight", "fieldkit_source", "fieldkit_quote"],
        ["begin group", "T", "Threats", "threat", 2, None, None],
        ["select_one lvl", "q1", "How bad?", None, None, "S1", "a quote"],
        ["end group", None, None, None, None, None, None],
    ]
    choices = [["list_name", "name", "label", "fieldkit_score"], ["lvl", "low", "Low", 0], ["lvl", "high", "High", 4]]
    extra = {
        "fieldkit_sources": [["ref", "text"], ["S1", "A paper"]],
        "fieldkit_tripwires": [["when", "level", "reason"], ["q1 == 'high'", "severe", "Very bad"]],
    }
    im = xlsform.read(workbook(tmp_path / "s.xlsx", survey, choices, [["form_id"], ["scored"]], extra))
    c = im.checklist
    assert scoring.is_scored(c) and c.section("T").weight == 2
    assert c.question("q1").source == {"ref": "S1", "quote": "a quote"} and c.sources == {"S1": "A paper"}
    res = scoring.evaluate(c, {"q1": {"value": "high"}})
    assert res["overall"]["level"] == "severe" and res["overall"]["score"] == 10.0


def test_spotting_the_spoilers_goes_to_xlsform_and_back_unchanged(tmp_path):
    c = ChecklistRegistry().latest("spotting-the-spoilers")
    out = xlsform.write(c, tmp_path / "sts.xlsx")
    back = xlsform.read(out)
    assert back.notes == []
    assert xlsform.meaning(back.checklist) == xlsform.meaning(c)
    # and the comparison sees a change: one option's score edited in the workbook
    wb = openpyxl.load_workbook(out)
    ch = wb["choices"]
    head = [cell.value for cell in ch[1]]
    row = next(r for r in ch.iter_rows(min_row=2) if r[head.index("fieldkit_score")].value not in (None, 0))
    row[head.index("fieldkit_score")].value = 0
    wb.save(out)
    assert xlsform.meaning(xlsform.read(out).checklist) != xlsform.meaning(c)


def test_the_export_is_an_xlsform_odk_reads(tmp_path):
    pyxform = pytest.importorskip("pyxform.xls2xform")
    c = ChecklistRegistry().latest("spotting-the-spoilers")
    res = pyxform.convert(xlsform=str(xlsform.write(c, tmp_path / "sts.xlsx")), validate=False)
    assert "<h:title>" in res.xform and "D1b" in res.xform


def test_a_real_form_from_odk_imports_is_answered_and_exports_back_equal(ws, tmp_path):
    im = xlsform.read(REAL_FORM)
    c = im.checklist
    assert c.id == "UCL_Biomass_Plot_Form" and c.version == "2022-04-11"  # the version is the saved value of =NOW()
    assert [s.id for s in c.sections] == ["info", "location", "main"]
    assert c.question("leader_name").text == {"sw": "Jina Lako", "en": "Your Name"}
    assert c.question("disturbance").type == "multi" and c.question("canopy_cover").integer
    assert c.question("disturbance").option("burning").label == {"sw": "Moto", "en": "Burning"}
    notes = " ".join(im.notes)
    assert "repeat 'trees'" in notes and "select_one_from_file" in notes and "geopoint" in notes
    # its rule with typographic quotes is no XPath FieldKit evaluates: kept as written, said so
    assert c.question("leader_name_other").xlsform["relevant"] == "${leader_name} = ‘other’"
    res = xlsform.install(ws, im)
    assert res["changed"]
    a = ws.assessments.new("Plot 7", checklist_id=c.id, assessor="Field team")
    ws.assessments.answer(a["id"], "leader_name", "Andrea")
    ws.assessments.answer(a["id"], "disturbance", "burning,grazing")
    ws.assessments.answer(a["id"], "canopy_cover", "45")
    with pytest.raises(ValidationError):
        ws.assessments.answer(a["id"], "plant_phase", "2031")
    assert ws.assessments.summary(a["id"])["overall"]["level"] == scoring.NOT_SCORED
    back = xlsform.read(xlsform.write(ws.checklists.get(c.id), tmp_path / "ucl.xlsx"))
    assert xlsform.meaning(back.checklist) == xlsform.meaning(c)
    pyxform = pytest.importorskip("pyxform.xls2xform")
    assert "leader_name" in pyxform.convert(xlsform=str(tmp_path / "ucl.xlsx"), validate=False).xform


def test_install_is_whole_or_nothing_and_keeps_versions_apart(ws, form, tmp_path):
    folder = ws.folder / "checklists"
    res = xlsform.install(ws, xlsform.read(form))
    path = Path(res["path"])
    assert path.parent == folder and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,79}\.yaml", path.name)
    assert ws.checklists.get("area-check").version == "3"
    assert not xlsform.install(ws, xlsform.read(form))["changed"]  # the same again: nothing changes
    changed = [list(r) for r in SURVEY]
    changed[2][2] = "Armed groups seen?"
    other = workbook(tmp_path / "other.xlsx", changed, CHOICES, SETTINGS)
    before = path.read_bytes()
    with pytest.raises(xlsform.XlsformError, match="already installed"):
        xlsform.install(ws, xlsform.read(other))
    assert path.read_bytes() == before and sorted(p.name for p in folder.iterdir()) == [path.name]


@pytest.mark.parametrize(
    ("change", "expect"),
    [
        (
            lambda s, c: s.__setitem__(2, ["select_one nolist", "armed", "A", "A", None, None, None, None]),
            r"sheet survey, row 3: the choice list 'nolist' is not on the choices sheet",
        ),
        (
            lambda s, c: s.__setitem__(3, ["text", "armed", "A", "A", None, None, None, None]),
            r"sheet survey, row 4: the name 'armed' is used twice",
        ),
        (lambda s, c: s.pop(5), r"sheet survey, row 2: the group 'ctx' has no 'end group'"),
        (
            lambda s, c: s.__setitem__(3, ["text", "2bad", "A", "A", None, None, None, None]),
            r"sheet survey, row 4: the name '2bad' must start with a letter",
        ),
        (
            lambda s, c: c.append(["goods", "arms", "Arms again", "x"]),
            r"sheet survey, row 4 \(question goods\): option 'arms' is listed twice",
        ),
        (
            lambda s, c: s[0].append("fieldkit_relevant") or s[3].append("seen == '2026-01-01'"),
            r"sheet survey, row 4 \(question goods\): the relevance rule refers to 'seen', which is not an earlier",
        ),
        (
            lambda s, c: s.__setitem__(4, s[4][:7] + [". >= 0 and . <= 5"] + []) or s[4].__setitem__(3, "=1+1"),
            r"sheet survey, row 5: column label: a formula with no saved value",
        ),
    ],
)
def test_errors_name_the_sheet_and_row(tmp_path, change, expect):
    survey, choices = [list(r) for r in SURVEY], [list(r) for r in CHOICES]
    change(survey, choices)
    with pytest.raises(ChecklistDefinitionError, match=expect):
        xlsform.read(workbook(tmp_path / "bad.xlsx", survey, choices, SETTINGS))


def test_a_bad_form_id_names_the_settings_row(tmp_path):
    settings = [["form_id", "version"], ["bad/id", "1"]]
    with pytest.raises(xlsform.XlsformError, match=r"sheet settings, row 2: form_id 'bad/id' must be"):
        xlsform.read(workbook(tmp_path / "f.xlsx", SURVEY, CHOICES, settings))


@pytest.mark.parametrize(
    ("key", "value", "expect"),
    [
        ("levels", "5", "levels must be a list"),
        ("levels", "[{code: low}]", "levels must be a list"),
        ("evidence", "[1, 2]", "evidence must be a mapping"),
        ("migrations", "{a: b}", "migrations must be a list"),
        ("levels", "[unclosed", "levels: not valid JSON or YAML"),
        ("min_coverage", "2", "min_coverage: '2' is not a number from 0 to 1"),
        ("format", "fieldkit-xlsform/9", "is not fieldkit-xlsform/1"),
    ],
)
def test_a_wrong_fieldkit_sheet_is_named(tmp_path, key, value, expect):
    extra = {"fieldkit": [["key", "value"], [key, value]]}
    with pytest.raises(xlsform.XlsformError, match=re.escape("sheet fieldkit: ") + ".*" + re.escape(expect)):
        xlsform.read(workbook(tmp_path / "f.xlsx", SURVEY, CHOICES, SETTINGS, extra))


def test_hostile_workbooks_are_refused_plainly(tmp_path, monkeypatch):
    notzip = tmp_path / "x.xlsx"
    notzip.write_bytes(b"<html>not a workbook</html>")
    with pytest.raises(xlsform.XlsformError, match="not an .xlsx workbook"):
        xlsform.read(notzip)
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (80 << 20))
    with pytest.raises(xlsform.XlsformError, match="unpacks to far more"):
        xlsform.read(bomb)
    entity = tmp_path / "entity.xlsx"  # an XML entity bomb inside a real workbook's sheet
    good = workbook(tmp_path / "good.xlsx", SURVEY, CHOICES, SETTINGS)
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(entity, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(
                    b"<worksheet",
                    b'<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet',
                    1,
                )
            dst.writestr(item, data)
    with pytest.raises(xlsform.XlsformError, match="not an .xlsx workbook"):
        xlsform.read(entity)
    (tmp_path / "huge.xlsx").write_bytes(b"\0" * 16)
    monkeypatch.setattr(xlsform, "MAX_FILE", 8)
    with pytest.raises(xlsform.XlsformError, match="too large"):
        xlsform.read(tmp_path / "huge.xlsx")
    monkeypatch.setattr(xlsform, "MAX_FILE", 10 << 20)
    many = [SURVEY[0]] + [["text", f"q{i}", f"Q{i}"] for i in range(60)]
    monkeypatch.setattr(xlsform, "MAX_ROWS", 50)
    with pytest.raises(xlsform.XlsformError, match="sheet survey: more than 50 rows"):
        xlsform.read(workbook(tmp_path / "many.xlsx", many))
    monkeypatch.setattr(xlsform, "MAX_COLS", 5)
    with pytest.raises(xlsform.XlsformError, match="sheet survey, row 2: more than 5 columns"):
        xlsform.read(workbook(tmp_path / "wide.xlsx", [["type", "name", "label"], ["text", "q", "Q", "a", "b", "c"]]))
    monkeypatch.setattr(xlsform, "MAX_COLS", 200)
    monkeypatch.setattr(xlsform, "MAX_CELL", 100)
    with pytest.raises(xlsform.XlsformError, match=r"row 2: column label::English \(en\): the text is too long"):
        xlsform.read(workbook(tmp_path / "long.xlsx", [SURVEY[0], ["text", "q", "x" * 101]]))
    with pytest.raises(xlsform.XlsformError, match="no 'survey' sheet"):
        wb = openpyxl.Workbook()
        wb.active.title = "other"
        wb.save(tmp_path / "nosurvey.xlsx")
        xlsform.read(tmp_path / "nosurvey.xlsx")


def test_a_checklists_words_never_become_formulas(tmp_path, form):
    c = xlsform.read(form).checklist
    c.question("armed").text["en"] = '=HYPERLINK("http://example.org","click")'
    out = xlsform.write(c, tmp_path / "o.xlsx")
    wb = openpyxl.load_workbook(out)
    assert not [cell for sh in wb.worksheets for row in sh.iter_rows() for cell in row if cell.data_type == "f"]
    assert xlsform.read(out).checklist.question("armed").text["en"].startswith("=HYPERLINK")


@pytest.mark.parametrize(
    ("xpath", "fieldkit"),
    [
        ("${a} = 'x'", "a == 'x'"),
        ("${n} >= 3 and ${n} < '10'", "n >= 3 and n < 10"),
        ("selected(${m}, 'p') or not(${a} = 'y')", "(m contains 'p') or not (a == 'y')"),
        ("count-selected(${m}) > 1", "count(m) > 1"),
        ("${a} != ''", "answered(a)"),
        ("${s} = 2", "s == '2'"),
        ("selected(${a}, 'x')", "(a == 'x')"),  # on a single answer: equality, never a substring
    ],
)
def test_xpath_rules_translate(xpath, fieldkit):
    types = {"a": "single", "n": "number", "m": "multi", "s": "single"}
    assert xlsform.from_xpath(xpath, types) == fieldkit


@pytest.mark.parametrize("xpath", ["string-length(${a}) > 3", "${a} + 1 > 2", ". > 3", "${later} = 'x'"])
def test_xpath_rules_fieldkit_does_not_evaluate_are_named(xpath):
    with pytest.raises(xlsform.Untranslatable):
        xlsform.from_xpath(xpath, {"a": "text"})


def test_cli_import_export_validate(tmp_path, capsys, form):
    d = ["--data-dir", str(tmp_path / "data")]
    assert main([*d, "init", "--unencrypted"]) == 0
    capsys.readouterr()
    assert main([*d, "checklist", "import", str(form), "--format", "json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["id"] == "area-check" and got["changed"] and got["scored"] is False and got["questions"] == 6
    assert main([*d, "checklist", "list", "--format", "json"]) == 0
    assert {"area-check", "spotting-the-spoilers"} <= {c["id"] for c in json.loads(capsys.readouterr().out)}
    assert main([*d, "checklist", "show", "area-check", "--lang", "fr", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["sections"][0]["title"] == "Contexte"
    assert main([*d, "checklist", "export", "area-check", "--xlsform", str(tmp_path / "out.xlsx")]) == 0
    capsys.readouterr()
    assert main([*d, "checklist", "validate", str(tmp_path / "out.xlsx")]) == 0
    assert "is valid: area-check@3" in capsys.readouterr().out
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"nope")
    assert main([*d, "checklist", "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: bad.xlsx: not an .xlsx workbook") and "Traceback" not in err


def test_hq_imports_a_form_and_ships_it_to_a_field_laptop_in_a_config_bundle(tmp_path):
    from fieldkit.clock import FixedClock
    from fieldkit.sync import config, keys
    from tests.workspaces import Workspace

    clock = FixedClock("2026-06-01T12:00:00Z")
    hq, field = Workspace(tmp_path / "hq", clock=clock), Workspace(tmp_path / "field", clock=clock)
    try:
        hq.trust.add(keys.public_identity(field), label="field")
        field.trust.add(keys.public_identity(hq), role="hq", label="HQ", checked="fingerprint")
        res = xlsform.install(hq, xlsform.read(REAL_FORM))
        config.export_config(hq, tmp_path / "c.fkc", checklists=[res["path"]])
        rep = config.import_config(field, tmp_path / "c.fkc")
        assert rep["checklists"] == ["UCL_Biomass_Plot_Form@2022-04-11"]
        shipped = field.checklists.get("UCL_Biomass_Plot_Form")
        assert xlsform.meaning(shipped) == xlsform.meaning(hq.checklists.get("UCL_Biomass_Plot_Form"))
        a = field.assessments.new("Plot 9", checklist_id=shipped.id)
        field.assessments.answer(a["id"], "slope", "12")
    finally:
        hq.close()
        field.close()
