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
