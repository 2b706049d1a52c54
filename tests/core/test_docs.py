"""The docs stay honest: every CLI command is in the user guide, and the formats are documented with a version."""

from pathlib import Path

from fieldkit.cli import build_parser

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_every_cli_command_is_in_the_user_guide():
    guide = (DOCS / "user-guide.md").read_text()
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    missing = [
        name
        for name in sub.choices
        if f"`{name}" not in guide and f" {name}`" not in guide and f"`{name}`" not in guide
    ]
    assert missing == []


def test_formats_are_documented_with_a_version():
    assert "version 1" in (DOCS / "bundle-format.md").read_text()
    assert "fieldkit-checklist/1" in (DOCS / "checklist-format.md").read_text()


def test_user_guide_screenshots_exist():
    import re

    guide = (DOCS / "user-guide.md").read_text()
    for img in re.findall(r"\]\((screenshots/[^)]+)\)", guide):
        assert (DOCS / img).is_file(), img


def test_the_guide_in_every_shipped_language_has_the_english_one_s_sections_commands_and_images():
    """Help → User guide opens the guide in the app's language (a first draft, said on its first lines): each keeps
    the English guide's sections, every command and code span as written, and its screenshots."""
    import re

    from fieldkit import languages, paths

    english = (DOCS / "user-guide.md").read_text(encoding="utf-8")

    def spans(text):
        return sorted(re.sub(r"\s+", " ", s) for s in re.findall(r"`([^`]+)`", text))

    for lang in languages.CODES:
        if lang == "en":
            continue
        path = paths.user_guide(lang)
        assert path is not None and path.name == f"user-guide.{lang}.md", lang
        text = path.read_text(encoding="utf-8")
        assert len(re.findall(r"(?m)^#+ ", text)) == len(re.findall(r"(?m)^#+ ", english)), lang
        assert spans(text) == spans(english), lang
        assert re.findall(r"\]\((screenshots/[^)]+)\)", text) == re.findall(r"\]\((screenshots/[^)]+)\)", english)
