"""The core never imports Qt or the UI package: checked on the source and on a real import."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_core_sources_do_not_import_qt_or_ui():
    offenders = []
    for path in (ROOT / "fieldkit").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for n in names:
                if n.split(".")[0] in ("PySide6", "shiboken6", "ui", "PyQt5", "PyQt6"):
                    offenders.append(f"{path.relative_to(ROOT)} imports {n}")
    assert offenders == []


def test_importing_every_core_module_loads_no_qt():
    code = (
        "import pkgutil, importlib, sys, fieldkit\n"
        "for m in pkgutil.walk_packages(fieldkit.__path__, 'fieldkit.'):\n"
        "    if m.name != 'fieldkit.__main__': importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
