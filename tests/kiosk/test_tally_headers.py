"""The tally's column headers never break a word in two ("Signature" / "s"), in either language.

Read back from the real PDF with pdfplumber: every word in the header band of the "By event"
table (the narrowest columns) is a whole word of one of the column titles, and every title
word is there.
"""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from kiosk.reports import export_tally
from kiosk.reports.labels import Labels
from kiosk.runtime import KioskContext
from kiosk.simulate import simulate

BY_EVENT_COLUMNS = ("col.event", "col.date", "col.canvasser", "col.count", "col.synced", "col.waiting", "col.opted_in")


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_by_event_headers_keep_every_word_whole(kiosk: KioskContext, tmp_path: Path, language: str) -> None:
    simulate(kiosk.store, kiosk.campaign, 30)
    out = tmp_path / f"tally-{language}.pdf"
    export_tally(kiosk.store, kiosk.campaign, out, language=language)
    labels = Labels(language)
    titles = [labels[key] for key in BY_EVENT_COLUMNS]
    title_words = {word for title in titles for word in title.split()}
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        words = page.extract_words()
        rects = page.rects
    first = next(w for w in words if w["text"] == titles[0])
    # The header row is the shaded band behind the first column's title.
    shade = next(r for r in rects if r["fill"] and r["x0"] <= first["x0"] and r["x1"] >= first["x1"]
                 and r["top"] <= first["top"] and r["bottom"] >= first["bottom"])
    band = [w["text"] for w in words if w["top"] >= shade["top"] - 0.5 and w["bottom"] <= shade["bottom"] + 0.5
            and w["x0"] >= shade["x0"] - 0.5 and w["x1"] <= shade["x1"] + 0.5]
    fragments = [text for text in band if text not in title_words]
    assert not fragments, f"header words split in the {language} tally: {fragments}"
    assert title_words <= set(band), f"missing from the header row: {title_words - set(band)}"
