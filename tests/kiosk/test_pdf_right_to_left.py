"""An Arabic tally's tables run right to left, read back out of the PDF.

The same data is exported in English and in Arabic and the words' positions are parsed back
with pdfplumber: in English an event's row starts with its name at the left and its counts
follow to the right; in Arabic the name sits at the right edge and the counts to its left,
the table flush with the right margin.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pdfplumber
import pytest

from kiosk.campaign import Campaign
from kiosk.reports import export_tally
from kiosk.reports.tally import MARGIN, PAGE_SIZE
from kiosk.runtime import KioskContext
from kiosk.simulate import simulate

EVENT = "Harbor rally"
SIGNERS = 23


@pytest.fixture
def tallies(kiosk: KioskContext, tmp_path: Path) -> dict[str, list[dict]]:  # type: ignore[type-arg]
    """The words of the English and the Arabic tally of one event's signers."""
    assert simulate(kiosk.store, kiosk.campaign, SIGNERS, seed=3, event_name=EVENT, kiosk_label="Tablet 7") == SIGNERS
    words = {}
    for language in ("en", "ar"):
        out = tmp_path / f"tally-{language}.pdf"
        export_tally(kiosk.store, kiosk.campaign, out, language=language)
        with pdfplumber.open(out) as pdf:
            words[language] = [{**word, "page": page.page_number} for page in pdf.pages
                               for word in page.extract_words()]
    return words


def _row(words: list[dict], anchor: str) -> list[dict]:  # type: ignore[type-arg]
    """The words on the same line as the first word ``anchor``, left to right."""
    first = next(word for word in words if word["text"] == anchor)
    return sorted((word for word in words if word["page"] == first["page"] and abs(word["top"] - first["top"]) < 3),
                  key=lambda word: word["x0"])


def test_the_arabic_tally_tables_run_right_to_left(tallies) -> None:  # type: ignore[no-untyped-def]
    english = _row(tallies["en"], "Harbor")
    arabic = _row(tallies["ar"], "Harbor")
    count = str(SIGNERS)
    assert [word["text"] for word in english][:2] == ["Harbor", "rally"]  # the name first, at the left
    assert english[0]["x0"] < next(word for word in english if word["text"] == count)["x0"]
    # Arabic: the name is the last word from the left (the first a reader meets), the count left of it.
    assert [word["text"] for word in arabic][-2:] == ["Harbor", "rally"], [word["text"] for word in arabic]
    assert next(word for word in arabic if word["text"] == count)["x1"] < arabic[-2]["x0"]
    # Flush with the right margin (less the cell's padding), as the English table is with the left.
    right_edge = PAGE_SIZE[0] - MARGIN
    assert right_edge - 12 < arabic[-1]["x1"] <= right_edge
    assert MARGIN <= english[0]["x0"] < MARGIN + 12


def test_the_arabic_canvasser_table_puts_the_kiosk_left_of_the_canvasser(tallies) -> None:  # type: ignore[no-untyped-def]
    english = [word["text"] for word in _row(tallies["en"], "Tablet")]
    arabic = [word["text"] for word in _row(tallies["ar"], "Tablet")]
    # English: canvasser ("(not set)") | kiosk | count; Arabic mirrors it: count | kiosk | canvasser.
    assert english[0] == "(not" and english.index("Tablet") > 0 and english[-1] == str(SIGNERS), english
    assert arabic[0] == str(SIGNERS) and arabic[1:3] == ["Tablet", "7"], arabic
    assert arabic[-1].endswith(")"), arabic  # the Arabic "(not set)", its brackets mirrored as read


def test_arabic_signature_sheets_run_right_to_left(kiosk: KioskContext, tmp_path: Path) -> None:
    from kiosk.reports import export_sheets
    from kiosk.reports.sheets import COLUMNS
    from tests.support import valid_signer

    kiosk.store.record(valid_signer(kiosk.campaign, 1, given_name="Rosa", family_name="Peña"), kiosk.campaign, "es",
                       consent_updates=False)
    rows = {}
    for language in ("en", "ar"):
        out = tmp_path / f"sheets-{language}.pdf"
        export_sheets(kiosk.store, kiosk.campaign, out, language=language)
        with pdfplumber.open(out) as pdf:
            words = [{**word, "page": page.page_number} for page in pdf.pages for word in page.extract_words()]
        rows[language] = _row(words, "Rosa")
    english, arabic = ([word["text"] for word in rows[language]] for language in ("en", "ar"))
    # English: number | name | place | date; Arabic: date | place | name | number.
    assert english[:3] == ["1", "Rosa", "Peña"], english
    assert arabic[-3:] == ["Rosa", "Peña", "1"], arabic
    name_column = COLUMNS[1]
    assert rows["ar"][-3]["x0"] > PAGE_SIZE[0] - (name_column.x + name_column.width)  # inside the mirrored column


# An Arabic paragraph whose first word is Latin still reads from the right (issue 24): its base
# direction is the document's, not its first letter's, and the Latin word keeps its own order.
FRAME_PADDING = 6  # reportlab's default padding inside a page template's frame (the tally's)
LATIN_FIRST_TITLE = "S-Comm يجب أن ينتهي الآن"
LATIN_FIRST_LETTER = "S-Comm برنامج فاشل فرّق آلاف العائلات وجعل مجتمعاتنا أقل أمانًا، مثل برنامج 287(g)."


def _latin_first(campaign: Campaign) -> Campaign:
    arabic = replace(campaign.text("ar"), title=LATIN_FIRST_TITLE, letter=LATIN_FIRST_LETTER)
    return replace(campaign, texts={**campaign.texts, "ar": arabic})


def _line_of(out: Path, anchor: str) -> list[dict]:  # type: ignore[type-arg]
    """The words on the first page's line that has ``anchor``, left to right."""
    with pdfplumber.open(out) as pdf:
        words = [{**word, "page": 1} for word in pdf.pages[0].extract_words()]
    return _row(words, anchor)


@pytest.mark.parametrize("document", ["tally", "sheets"])
def test_an_arabic_paragraph_that_starts_with_a_latin_word_reads_from_the_right(
        kiosk: KioskContext, tmp_path: Path, document: str) -> None:
    from kiosk.reports import export_sheets
    from kiosk.reports import sheets as sheets_module

    campaign = _latin_first(kiosk.campaign)
    assert simulate(kiosk.store, campaign, 3, seed=5, event_name=EVENT) == 3
    out = tmp_path / f"{document}-ar.pdf"
    if document == "tally":
        export_tally(kiosk.store, campaign, out, language="ar")  # its subtitle is the campaign's title
        right_edge = PAGE_SIZE[0] - MARGIN - FRAME_PADDING
    else:
        export_sheets(kiosk.store, campaign, out, language="ar")  # the cover has the letter
        right_edge = sheets_module.PAGE_WIDTH - sheets_module.MARGIN
    line = _line_of(out, "S-Comm")
    latin = next(word for word in line if word["text"] == "S-Comm")
    # The first word read is at the right edge, the Arabic words follow it to the left.
    assert latin is line[-1], [word["text"] for word in line]
    assert len(line) >= 3
    assert right_edge - 2 < latin["x1"] <= right_edge + 0.5
    if document == "sheets":
        # A Latin name inside the paragraph reads as written: "287(g)", not the bidi algorithm's "(g)287".
        with pdfplumber.open(out) as pdf:
            cover = [word["text"] for word in pdf.pages[0].extract_words()]
        assert any(word.endswith("287(g)") for word in cover), cover
        assert not any("(g)287" in word for word in cover), cover
