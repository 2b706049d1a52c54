"""Right-to-left text (Arabic) in reportlab PDFs.

reportlab draws a string's characters left to right, one glyph each, as they come. Arabic needs two steps first:
shaping (each letter takes its joined form: arabic-reshaper) and the Unicode bidirectional algorithm (python-bidi),
which puts a line into visual order, Latin runs (place names, codes, numbers) kept left to right inside it. The
algorithm reorders one line at a time, so a paragraph is wrapped into lines in logical order first, then each line
is reordered: ``RTLParagraph``. python-bidi's pure-Python algorithm is used: it mirrors brackets in right-to-left
runs (its Rust one does not), and knows embeddings (LRE/RLE … PDF), which stand for the isolates it lacks.
The font, Amiri (OFL-1.1, Arabic and Latin), comes from the PyPI package fontpkg-amiri: nothing is committed."""

from __future__ import annotations

import unicodedata

from reportlab.lib.enums import TA_CENTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable

from .errors import FieldkitError

LRE, RLE, PDF = "\u202a", "\u202b", "\u202c"  # embeddings: a user's text keeps its own direction in a sentence
_MARKS = str.maketrans({c: None for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"})
# characters the Arabic font lacks, drawn with one it has
_SUBSTITUTES = str.maketrans({"\u2192": ":", "\u2190": ":", "\u2265": ">=", "\u2264": "<=", "\u2713": "+"})
REGULAR, BOLD = "FK-Arabic", "FK-Arabic-Bold"


def isolate(text) -> str:
    """``text`` (a title, a place name, a code) as one unit in a right-to-left sentence, in the direction of its
    first strong letter (as Unicode's first-strong isolate would)."""
    text = str(text)
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return f"{RLE}{text}{PDF}"
        if kind == "L":
            return f"{LRE}{text}{PDF}"
    return text


def visual(text: str) -> str:
    """One line of logical text in the visual order reportlab draws, Arabic letters shaped."""
    import arabic_reshaper
    from bidi.algorithm import get_display

    if not text:
        return ""
    return get_display(arabic_reshaper.reshape(text.translate(_SUBSTITUTES)), base_dir="R").translate(_MARKS)


def arabic_fonts() -> tuple[str, str]:
    """The report's regular and bold font names for Arabic (registered once)."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return REGULAR, BOLD
    try:
        import fontpkg_amiri
    except ImportError as e:
        raise FieldkitError("The Arabic font is not installed with this copy of FieldKit (fontpkg-amiri).") from e
    files = fontpkg_amiri.ROOT / "files"
    pdfmetrics.registerFont(TTFont(REGULAR, str(files / "Amiri-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(files / "Amiri-Bold.ttf")))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return REGULAR, BOLD


def wrap_lines(text: str, width: float, font: str, size: float) -> list[str]:
    """``text`` cut into lines (logical order) that fit ``width`` once shaped; a word longer than a line gets a
    line of its own."""
    lines: list[str] = []
    for para in str(text).split("\n"):
        words = para.split(" ")
        cur: list[str] = []
        for w in words:
            trial = " ".join([*cur, w])
            if cur and pdfmetrics.stringWidth(visual(trial), font, size) > width:
                lines.append(" ".join(cur))
                cur = [w]
            else:
                cur.append(w)
        lines.append(" ".join(cur))
    return lines


class RTLParagraph(Flowable):
    """Plain text (never markup) set right to left: right-aligned (or centred), wrapped, split across pages."""

    def __init__(self, text: str, style, colour=None, lines: list[str] | None = None):
        super().__init__()
        self.text = str(text)
        self.style = style
        self.colour = colour
        self._fixed = lines  # a part of a split paragraph: its lines are already cut
        self._lines: list[str] = lines or []
        self._wrapped_at = None
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        if self._fixed is None and self._wrapped_at != availWidth:
            self._lines = wrap_lines(self.text, availWidth, self.style.fontName, self.style.fontSize)
            self._wrapped_at = availWidth
        self.height = len(self._lines) * self.style.leading
        return availWidth, self.height

    def split(self, availWidth, availHeight):
        self.wrap(availWidth, availHeight)
        fit = int(availHeight // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(self._lines):
            return [self]
        return [
            RTLParagraph(self.text, self.style, self.colour, self._lines[:fit]),
            RTLParagraph(self.text, self.style, self.colour, self._lines[fit:]),
        ]

    def draw(self):
        c, st = self.canv, self.style
        c.setFont(st.fontName, st.fontSize)
        c.setFillColor(self.colour or st.textColor)
        for i, line in enumerate(self._lines):
            y = self.height - st.fontSize - i * st.leading
            shown = visual(line)
            if st.alignment == TA_CENTER:
                c.drawCentredString(self.width / 2, y, shown)
            else:  # right-to-left text starts at the right edge
                c.drawRightString(self.width, y, shown)
