"""Chinese in the PDFs: headings bold like the Latin ones, and no line starting with "，".

The bundled CJK face has no bold, so bold CJK is drawn filled and stroked (text render
mode 2); the test reads the page's content stream back with pypdf and checks which text
is drawn that way. Line breaking follows the Chinese rule that closing punctuation hangs
at the end of its line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.styles import ParagraphStyle

from kiosk.reports import export_tally
from kiosk.reports.fonts import REGULAR, paragraph, register_fonts
from kiosk.runtime import KioskContext
from kiosk.simulate import simulate

PETITION = "我们，洛杉矶的居民，要求奥巴马总统终止“安全社区”计划，因为它让家庭分离，让社区恐惧。"
NO_LINE_START = "，。、；：！？”）》"


def _drawn_text_by_mode(pdf: Path) -> dict[int, int]:
    """How many text-showing operators of the first page draw with each text render mode."""
    page = PdfReader(pdf).pages[0]
    operations = ContentStream(page.get_contents(), page.pdf).operations
    mode, saved, counts = 0, [], {}
    for operands, operator in operations:
        if operator == b"q":
            saved.append(mode)
        elif operator == b"Q":
            mode = saved.pop() if saved else 0
        elif operator == b"Tr":
            mode = int(operands[0])
        elif operator in (b"Tj", b"TJ", b"'", b'"'):
            counts[mode] = counts.get(mode, 0) + 1
    return counts


@pytest.fixture
def chinese_tally(kiosk: KioskContext, tmp_path: Path) -> Path:
    assert simulate(kiosk.store, kiosk.campaign, 12, seed=5, event_name="Plaza") == 12
    out = tmp_path / "tally-zh.pdf"
    export_tally(kiosk.store, kiosk.campaign, out, language="zh-Hans")
    return out


def test_chinese_headings_are_drawn_bold(chinese_tally: Path, kiosk: KioskContext, tmp_path: Path) -> None:
    modes = _drawn_text_by_mode(chinese_tally)
    # The title, the section headings and the table headers are filled and stroked; the body is not.
    assert modes.get(2, 0) >= 5, modes
    assert modes.get(0, 0) > modes[2]
    english = tmp_path / "tally-en.pdf"
    export_tally(kiosk.store, kiosk.campaign, english, language="en")
    assert _drawn_text_by_mode(english).get(2, 0) == 0  # Latin bold has its own face


def test_no_chinese_line_starts_with_closing_punctuation() -> None:
    register_fonts()
    style = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=12)
    for width in range(60, 300, 3):  # every width at which a comma could land first on a line
        flowable = paragraph(PETITION, style)
        flowable.wrap(width, 1000)
        lines = ["".join(getattr(fragment, "text", "") for fragment in line.words)
                 for line in flowable.blPara.lines]  # type: ignore[attr-defined]
        assert "".join(lines) == PETITION
        assert not [line for line in lines[1:] if line[:1] in NO_LINE_START], (width, lines)
