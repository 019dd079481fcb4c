"""Fonts for the exported PDFs, so that every signer's name prints as itself.

reportlab draws a string in one font and does no OpenType shaping, so:
- every string is split into runs by which bundled font has each character (per-glyph
  fallback: DejaVu Sans covers Latin incl. Vietnamese, Greek, Cyrillic and Arabic;
  Droid Sans Fallback covers Chinese, Japanese and Korean);
- right-to-left text (Arabic) is shaped into its joined presentation forms with
  ``arabic_reshaper`` and put into visual order with ``python-bidi`` before drawing;
- text is NFC-normalised first, because a precomposed letter has a glyph where a base
  letter plus a combining mark would be placed badly without shaping.
The fonts are TrueType and embedded as subsets; their licences are beside them in
``resources/fonts``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

REGULAR = "PetitionSans"
BOLD = "PetitionSans-Bold"
CJK = "PetitionFallbackCJK"
_FONT_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}
_RTL_CLASSES = {"R", "AL"}


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
    # Paragraph markup's <b> then picks the bold face.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return faces


def register_fonts() -> None:
    """Register the bundled fonts with reportlab (cheap after the first call)."""
    _faces()


def _chain(bold: bool) -> tuple[_Face, ...]:
    faces = _faces()
    return (faces[BOLD if bold else REGULAR], faces[REGULAR], faces[CJK])


def is_rtl(text: str) -> bool:
    """Whether ``text`` has right-to-left letters (Arabic, Hebrew …)."""
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


@lru_cache(maxsize=4096)
def visual(text: str) -> str:
    """The string as it must be drawn left to right: NFC, Arabic joined, RTL reordered."""
    text = unicodedata.normalize("NFC", text)
    if not is_rtl(text):
        return text
    return str(get_display(arabic_reshaper.reshape(text)))


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
def _layout(text: str, bold: bool) -> tuple[tuple[tuple[str, str, float], ...], float]:
    """Runs of ``text`` with their widths at size 1 (widths scale linearly with size)."""
    pieces = tuple((font, piece, stringWidth(piece, font, 1.0)) for font, piece in runs(visual(text), bold))
    return pieces, sum(width for _, _, width in pieces)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of ``text`` drawn with :func:`draw_text`."""
    return _layout(text, bold)[1] * size


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float, bold: bool = False,
              align: str = "left") -> float:
    """Draw ``text`` with per-glyph fallback and shaping; return its width."""
    pieces, unit = _layout(text, bold)
    width = unit * size
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    for font, piece, piece_unit in pieces:
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += piece_unit * size
    return width


def fit_size(text: str, max_width: float, size: float, min_size: float, bold: bool = False) -> float:
    """The largest size from ``size`` down to ``min_size`` at which ``text`` fits."""
    width = text_width(text, size, bold)
    if width <= max_width or width == 0:
        return size
    return max(min_size, size * max_width / width)


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup for ``text`` with the same fallback runs as :func:`draw_text`."""
    parts = []
    for font, piece in runs(visual(text), bold):
        parts.append(f'<font name="{font}">{escape(piece)}</font>')
    return "".join(parts)
