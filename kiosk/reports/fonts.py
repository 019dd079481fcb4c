"""Fonts for the exported PDFs, so that every signer's name prints as itself.

reportlab draws a string in one font and does no OpenType shaping, so:
- every string is split into runs by which bundled font has each character (per-glyph
  fallback: DejaVu Sans covers Latin incl. Vietnamese, Greek, Cyrillic and Arabic;
  Droid Sans Fallback covers Chinese and Japanese; NanumSquare covers Korean Hangul,
  which Droid Sans Fallback lacks);
- right-to-left text (Arabic) is shaped into its joined presentation forms with
  ``arabic_reshaper``; ``python-bidi`` resolves each character's embedding level, and the
  text is put into visual order from those levels, with brackets and quotation marks at
  right-to-left levels mirrored (python-bidi's own reordering leaves "(" and "«" unmirrored);
- a paragraph's base direction is its document's (``rtl``: right to left in an Arabic
  document, even when a line starts with a Latin word such as "S-Comm"), not its first
  letter's; a string without right-to-left letters (a Latin name, a number) is left as it is,
  an isolated left-to-right run, and so is any string drawn without ``rtl`` (a signer's name);
- text is NFC-normalised first, because a precomposed letter has a glyph where a base
  letter plus a combining mark would be placed badly without shaping.
The fonts are TrueType and embedded as subsets; their licences are beside them in
``resources/fonts``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from bidi.mirror import MIRRORED
from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.fonts import addMapping
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

REGULAR = "PetitionSans"
BOLD = "PetitionSans-Bold"
CJK = "PetitionFallbackCJK"
HANGUL = "PetitionHangul"
_FONT_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
    HANGUL: "NanumSquareR.ttf",
}
_RTL_CLASSES = {"R", "AL"}
# The CJK and Hangul faces have no bold (a bold CJK face is 4 MB+ more in every bundle; a
# subset cannot hold every name's characters), so bold is drawn: each glyph filled and also
# stroked with its own colour, the outline this share of the type size wide.
SYNTHETIC_BOLD_STROKE = 0.035
_FILL_AND_STROKE = "2 Tr"
_FILL = "0 Tr"
# Chinese punctuation that may not start a line (GB/T 15834, and the "kinsoku" of JIS X 4051
# that reportlab keeps): reportlab's list is the Japanese one and lacks the full-width comma,
# so a Chinese line could begin with "，".
CHINESE_CANNOT_START = "，；：！？）》〉」』〕】’”"
RTL_FILL = 0.97  # a wrapped right-to-left line fills at most this share of the width: no re-wrap


@dataclass(frozen=True)
class _Face:
    name: str
    codepoints: frozenset[int]


def font_path(file_name: str) -> str:
    """Filesystem path of a bundled font file."""
    return str(resources.files("resources").joinpath("fonts", file_name))


@lru_cache(maxsize=1)
def _faces() -> dict[str, _Face]:
    # Binary (Flate only) streams: ASCII85 on top would make every export a quarter
    # bigger and slower, for 7-bit mail transports nobody uses for these files.
    rl_config.useA85 = 0
    faces = {}
    for name, file_name in _FONT_FILES.items():
        font = TTFont(name, font_path(file_name))
        pdfmetrics.registerFont(font)
        faces[name] = _Face(name, frozenset(font.face.charToGlyph))
    # A canvas opens every page in its base font; reportlab's is Helvetica, which is never
    # embedded, so a printer would substitute it. Every canvas from here on starts in ours.
    rl_config.canvas_basefontname = REGULAR
    # Paragraph markup's <b> then picks the bold face.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    _teach_chinese_line_breaking()
    return faces


def register_fonts() -> None:
    """Register the bundled fonts with reportlab (cheap after the first call)."""
    _faces()


def _teach_chinese_line_breaking() -> None:
    # reportlab's CJK wrapping reads this module-level list each time it breaks a line; the
    # characters are added once, so a Chinese comma hangs at the end of its line instead.
    import reportlab.platypus.paragraph as reportlab_paragraph

    known: str = getattr(reportlab_paragraph, "ALL_CANNOT_START")  # noqa: B009  (untyped module)
    missing = "".join(ch for ch in CHINESE_CANNOT_START if ch not in known)
    if missing:
        setattr(reportlab_paragraph, "ALL_CANNOT_START", known + missing)  # noqa: B010


def _chain(bold: bool) -> tuple[_Face, ...]:
    faces = _faces()
    return (faces[BOLD if bold else REGULAR], faces[REGULAR], faces[CJK], faces[HANGUL])


def is_rtl(text: str) -> bool:
    """Whether ``text`` has right-to-left letters (Arabic, Hebrew …)."""
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


@lru_cache(maxsize=4096)
def visual(text: str, rtl: bool = False) -> str:
    """The string as it must be drawn left to right: NFC, Arabic joined, RTL reordered.

    ``rtl``: the text is a paragraph of a right-to-left document, read from the right whatever
    its first letter; otherwise its first strong letter sets its direction (the bidi
    algorithm's default, right for a string isolated from its surroundings such as a name).
    """
    text = unicodedata.normalize("NFC", text)
    if not is_rtl(text):
        return text
    if rtl:
        text = isolate_latin_runs(text)
    return _reorder(arabic_reshaper.reshape(text), rtl).translate(_NO_ISOLATES)


_LRI, _PDI = "\u2066", "\u2069"
_NO_ISOLATES = str.maketrans("", "", "\u2066\u2067\u2068\u2069")  # no glyph in the fonts: dropped once ordered
_STRONG_OR_DIGIT = {"L", "EN"}
_CLOSING = {")": "(", "]": "[", "}": "{"}


def isolate_latin_runs(text: str) -> str:
    """Each Latin phrase of a right-to-left paragraph in a left-to-right isolate (LRI … PDI).

    So "برنامج 287(g)." shows the program's name as written, "287(g)", where the bidi algorithm
    alone would draw "(g)287" (digits after Arabic letters are Arabic numbers, and the brackets
    then take the paragraph's direction). A phrase is a run of words that have Latin letters and
    no right-to-left ones; it is trimmed to its first and last letter or digit (sentence
    punctuation and quotation marks stay in the paragraph's direction), keeping a closing
    bracket it opened ("287(g)").
    """
    parts = re.split(r"(\s+)", text)
    out: list[str] = []
    index = 0
    while index < len(parts):
        if not _is_latin_word(parts[index]):
            out.append(parts[index])
            index += 1
            continue
        end = index  # the phrase: Latin words joined by the spaces between them
        while end + 2 < len(parts) and _is_latin_word(parts[end + 2]):
            end += 2
        out.append(_isolated("".join(parts[index:end + 1])))
        index = end + 1
    return "".join(out)


def _is_latin_word(word: str) -> bool:
    classes = [unicodedata.bidirectional(ch) for ch in word]
    return "L" in classes and not any(c in _RTL_CLASSES for c in classes)


def _isolated(phrase: str) -> str:
    core = [i for i, ch in enumerate(phrase) if unicodedata.bidirectional(ch) in _STRONG_OR_DIGIT]
    first, last = core[0], core[-1] + 1
    inner = phrase[first:last]
    open_brackets = sum(inner.count(ch) for ch in _CLOSING.values()) - sum(inner.count(ch) for ch in _CLOSING)
    while open_brackets > 0 and last < len(phrase) and phrase[last] in _CLOSING:
        last += 1
        open_brackets -= 1
    return f"{phrase[:first]}{_LRI}{phrase[first:last]}{_PDI}{phrase[last:]}"


_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def _levels(text: str, rtl: bool = False) -> list[int]:
    """The Unicode bidi embedding level of each character (python-bidi reports them per UTF-8 byte)."""
    report = str(get_display(text, base_dir="R" if rtl else None, debug=True))
    per_byte = [int(n) for n in _LEVEL.findall(report.split("levels:", 1)[1].split("paragraphs:", 1)[0])]
    levels, offset = [], 0
    for ch in text:
        levels.append(per_byte[offset] if offset < len(per_byte) else 0)
        offset += len(ch.encode("utf-8"))
    return levels


def _reorder(text: str, rtl: bool = False) -> str:
    """Rule L2 of the bidi algorithm: reverse runs from the highest level down; mirror at odd levels."""
    levels = _levels(text, rtl)
    chars = [MIRRORED.get(ch, ch) if level % 2 else ch for ch, level in zip(text, levels, strict=True)]
    odd = [level for level in levels if level % 2]
    if not odd:
        return "".join(chars)
    for level in range(max(levels), min(odd) - 1, -1):
        start = 0
        while start < len(chars):
            if levels[start] < level:
                start += 1
                continue
            end = start
            while end < len(chars) and levels[end] >= level:
                end += 1
            chars[start:end] = chars[start:end][::-1]
            levels[start:end] = levels[start:end][::-1]
            start = end
    return "".join(chars)


@lru_cache(maxsize=8192)
def runs(text: str, bold: bool = False) -> tuple[tuple[str, str], ...]:
    """``(font name, substring)`` pieces of an already visual string, by glyph coverage."""
    chain = _chain(bold)
    pieces: list[tuple[str, str]] = []
    current = chain[0]
    buffer: list[str] = []
    for ch in text:
        code = ord(ch)
        # Spaces and marks stay with the run they sit in (if its font has them), so a name
        # is not split into more runs than needed.
        if (ch.isspace() or unicodedata.combining(ch)) and code in current.codepoints:
            face = current
        else:
            face = next((f for f in chain if code in f.codepoints), chain[0])
        if face is not current and buffer:
            pieces.append((current.name, "".join(buffer)))
            buffer = []
        current = face
        buffer.append(ch)
    if buffer:
        pieces.append((current.name, "".join(buffer)))
    return tuple(pieces)


@lru_cache(maxsize=16384)
def _layout(text: str, bold: bool, rtl: bool = False) -> tuple[tuple[tuple[str, str, float], ...], float]:
    """Runs of ``text`` with their widths at size 1 (widths scale linearly with size)."""
    pieces = tuple((font, piece, stringWidth(piece, font, 1.0)) for font, piece in runs(visual(text, rtl), bold))
    return pieces, sum(width for _, _, width in pieces)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of ``text`` drawn with :func:`draw_text`."""
    return _layout(text, bold)[1] * size


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float, bold: bool = False,
              align: str = "left", rtl: bool = False) -> float:
    """Draw ``text`` with per-glyph fallback and shaping; return its width.

    ``rtl``: the text is the right-to-left document's own words (a heading, a footer), read
    from the right even when it starts with a Latin word; without it, a signer's data.
    """
    pieces, unit = _layout(text, bold, rtl)
    width = unit * size
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    for font, piece, piece_unit in pieces:
        canvas.setFont(font, size)
        if bold and font in _NO_BOLD_FACE:
            with synthetic_bold(canvas, size):
                canvas.drawString(x, y, piece)
        else:
            canvas.drawString(x, y, piece)
        x += piece_unit * size
    return width


_NO_BOLD_FACE = (CJK, HANGUL)


@contextmanager
def synthetic_bold(canvas: Canvas, size: float, colour: Color | None = None) -> Iterator[None]:
    """Text drawn inside is filled and stroked in its fill colour: bold for a face that has none."""
    canvas.saveState()
    canvas.setLineWidth(size * SYNTHETIC_BOLD_STROKE)
    canvas.setLineJoin(1)  # round: no spikes at the strokes' sharp corners
    stroke = colour if colour is not None else getattr(canvas, "_fillColorObj", None)
    if stroke is not None:
        canvas.setStrokeColor(stroke)
    canvas.addLiteral(_FILL_AND_STROKE)
    try:
        yield
    finally:
        canvas.addLiteral(_FILL)
        canvas.restoreState()


def needs_synthetic_bold(text: str) -> bool:
    """Whether bold ``text`` has letters (CJK, Hangul) that only a face without bold can draw."""
    return any(font in _NO_BOLD_FACE for font, _piece in runs(visual(text), True))


class SyntheticBoldParagraph(Paragraph):
    """A bold paragraph whose CJK or Hangul letters are drawn bold by stroking their outlines."""

    def draw(self) -> None:
        with synthetic_bold(self.canv, self.style.fontSize, self.style.textColor):
            super().draw()


def fit_size(text: str, max_width: float, size: float, min_size: float, bold: bool = False) -> float:
    """The largest size from ``size`` down to ``min_size`` at which ``text`` fits."""
    width = text_width(text, size, bold)
    if width <= max_width or width == 0:
        return size
    return max(min_size, size * max_width / width)


def markup(text: str, bold: bool = False, rtl: bool = False) -> str:
    """Paragraph markup for ``text`` with the same fallback runs as :func:`draw_text`."""
    parts = []
    for font, piece in runs(visual(text, rtl), bold):
        parts.append(f'<font name="{font}">{escape(piece)}</font>')
    return "".join(parts)


class ShapedParagraph(Flowable):
    """A paragraph of right-to-left text, wrapped before it is reordered for drawing.

    Reordering a whole paragraph and then letting reportlab wrap it would put its first
    words on the last line. So the words are wrapped in logical order at the width the
    frame offers, and each line is then shaped and reordered on its own, right-aligned.
    In a right-to-left document (``rtl``) every line reads from the right, the one that
    starts with a Latin word too.
    """

    def __init__(self, text: str, style: ParagraphStyle, bold: bool = False, rtl: bool = False) -> None:
        super().__init__()
        self.text = unicodedata.normalize("NFC", text)
        self.style = style
        self.bold = bold
        self.rtl = rtl
        self._paragraph: Paragraph | None = None

    def _lines(self, width: float) -> list[str]:
        lines: list[str] = []
        current = ""
        for word in self.text.split():
            candidate = f"{current} {word}" if current else word
            if current and text_width(candidate, self.style.fontSize, self.bold) > width * RTL_FILL:
                lines.append(current)
                current = word
            else:
                current = candidate
        return [*lines, current] if current else lines

    def _laid_out(self, width: float) -> Paragraph:
        alignment = self.style.alignment if self.style.alignment == TA_CENTER else TA_RIGHT
        style = ParagraphStyle(f"{self.style.name}-rtl", parent=self.style, alignment=alignment)
        lines = (markup(line, self.bold, self.rtl) for line in self._lines(width))
        self._paragraph = Paragraph("<br/>".join(lines), style)
        return self._paragraph

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        width, height = self._laid_out(availWidth).wrap(availWidth, availHeight)
        return float(width), float(height)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return list(self._laid_out(availWidth).split(availWidth, availHeight))

    def draw(self) -> None:
        if self._paragraph is not None:
            self._paragraph.drawOn(self.canv, 0, 0)


def paragraph(text: str, style: ParagraphStyle, bold: bool = False, rtl: bool = False) -> Flowable:
    """A paragraph of ``text`` with fallback fonts; right-to-left text wraps as it reads.

    ``rtl``: the paragraph belongs to a right-to-left document, so it reads from the right
    even when its first word is Latin ("S-Comm …").
    """
    if is_rtl(text):
        return ShapedParagraph(text, style, bold, rtl)
    if any(0x3040 <= ord(ch) <= 0x30FF or 0x3400 <= ord(ch) <= 0x9FFF for ch in text):
        # Chinese and Japanese put no spaces between words: a line may break between any
        # two characters, not only at the few spaces around Latin words ("S-Comm").
        # (Korean spaces its words, so it keeps breaking at spaces.)
        style = ParagraphStyle(f"{style.name}-cjk", parent=style, wordWrap="CJK")
    if (bold or style.fontName == BOLD) and needs_synthetic_bold(text):
        return SyntheticBoldParagraph(markup(text, bold), style)
    return Paragraph(markup(text, bold), style)
