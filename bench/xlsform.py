"""XLSForm checklists' speed figures: reading and writing a large form, against loading the same checklist from its
YAML definition in the same run (the baseline: parsing and validating, which any import also does).
Prints named figures; asserts nothing.

    python bench/xlsform.py [--questions N] [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import openpyxl  # noqa: E402
import yaml  # noqa: E402

from fieldkit.checklists import definition, xlsform  # noqa: E402


def figure(name: str, value: float, unit: str, note: str = "") -> None:
    print(f"{name:<48} {value:>12.3f} {unit:<8} {note}")


def median_s(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def make_form(path: Path, n: int) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "survey"
    ws.append(["type", "name", "label::English (en)", "label::French (fr)", "hint", "relevant", "constraint"])
    for g in range(max(1, n // 50)):
        ws.append(["begin group", f"g{g}", f"Group {g}", f"Groupe {g}"])
        for i in range(50):
            k = g * 50 + i
            rel = f"${{q{k - 1}}} > 2" if k % 5 else None
            ws.append(["integer", f"q{k}", f"Question {k}", f"Question {k} (fr)", "A hint", rel, ". >= 0 and . <= 10"])
        ws.append(["end group"])
    wb.save(path)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--questions", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        form = Path(tmp) / "form.xlsx"
        make_form(form, args.questions)
        c = xlsform.read(form).checklist
        as_yaml = Path(tmp) / "form.yaml"
        as_yaml.write_text(yaml.safe_dump(xlsform.read(form).data, allow_unicode=True), encoding="utf-8")
        base = median_s(lambda: definition.load(as_yaml), args.repeat)
        read = median_s(lambda: xlsform.read(form), args.repeat)
        write = median_s(lambda: xlsform.write(c, Path(tmp) / "out.xlsx"), args.repeat)
        n = len(c.questions())
        figure("questions", n, "")
        figure("baseline: load the same checklist from YAML", base, "s")
        figure("read the XLSForm", read, "s", f"x{read / base:.1f} the baseline")
        figure("write the XLSForm", write, "s", f"x{write / base:.1f} the baseline")


if __name__ == "__main__":
    main()
