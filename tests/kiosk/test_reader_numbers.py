"""Numbers, shares and plurals in the PDFs the reader's way, and documents in the right language.

Issue 24's PDF and CSV items, read back as a reader sees them: the expected figures come from
Babel (CLDR) itself, never from the report code, and the Python default ("1,600", "0.0 %") must
not appear where the locale writes them otherwise.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime
from pathlib import Path

import pdfplumber
import pytest
from babel import Locale
from babel.dates import format_skeleton
from babel.numbers import format_decimal, format_percent

from kiosk.reports import export_sheets, export_tally
from kiosk.reports.labels import Labels
from kiosk.runtime import KioskContext
from kiosk.simulate import simulate
from tests.support import valid_signer
from ui import cli

ARABIC_SIGNATURES = {
    0: "لا توقيع في الصفحات التالية.",
    1: "توقيع واحد في الصفحات التالية.",
    2: "توقيعان في الصفحات التالية.",
    3: "3 تواقيع في الصفحات التالية.",
    11: "11 توقيعًا في الصفحات التالية.",
    300: "300 توقيع في الصفحات التالية.",  # not "300 توقيعًا" (the example)
}


def _text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return unicodedata.normalize("NFC", "\n".join(page.extract_text() or "" for page in pdf.pages))


def _bare(text: str) -> str:
    """Arabic without its vowel marks (text extraction drops a shaped tanween), full stops off."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not unicodedata.combining(ch)).rstrip(".")


def _logical_lines(path: Path) -> list[str]:
    """Lines of shaped, visually ordered Arabic back in logical order (as test_reports does)."""
    return [_bare(line[::-1]) for line in _text(path).splitlines()]


@pytest.mark.parametrize(("language", "locale"), [("es", "es_US"), ("vi", "vi"), ("en", "en_US")])
def test_the_tally_writes_the_earlier_count_and_shares_as_cldr_does(kiosk: KioskContext, tmp_path: Path,
                                                                    language: str, locale: str) -> None:
    assert simulate(kiosk.store, kiosk.campaign, 8, seed=4) == 8
    out = tmp_path / f"tally-{language}.pdf"
    export_tally(kiosk.store, kiosk.campaign, out, language=language)
    text = _text(out)
    earlier = kiosk.campaign.starting_count
    assert earlier == 1600
    assert format_decimal(earlier, locale=locale) in text
    # Nothing is synced yet: 0 of 8, a share in the locale's own percent pattern with one decimal.
    assert _one_decimal_percent(0.0, locale) in text
    assert "0.0 %" not in text  # the old Python default
    if language == "vi":
        assert "1,600" not in text and "1.600" in text


def _one_decimal_percent(share: float, locale: str) -> str:
    """Babel's own percent in ``locale``'s CLDR pattern, forced to one decimal."""
    pattern = Locale.parse(locale).percent_formats[None].pattern.replace("0%", "0.0%").replace("0\xa0%", "0.0\xa0%")
    return str(format_percent(share, locale=locale, format=pattern))


@pytest.mark.parametrize(("language", "locale", "seen"), [
    ("en", "en_US", "12.5%"), ("es", "es_US", "12.5%"), ("vi", "vi", "12,5%"), ("ar", "ar", "12.5%")])
def test_shares_are_babels_percent_with_one_decimal(language: str, locale: str, seen: str) -> None:
    assert Labels(language).percent(1, 8) == _one_decimal_percent(0.125, locale) == seen


@pytest.mark.parametrize("count", sorted(ARABIC_SIGNATURES))
def test_arabic_count_phrases_take_the_cldr_plural_form(count: int) -> None:
    assert Labels("ar").plural("sheets.count", count) == ARABIC_SIGNATURES[count]


@pytest.mark.parametrize("count", [3, 11])
def test_arabic_sheets_say_the_count_in_its_plural_form(kiosk: KioskContext, tmp_path: Path, count: int) -> None:
    assert simulate(kiosk.store, kiosk.campaign, count, seed=7) == count
    out = tmp_path / f"sheets-ar-{count}.pdf"
    export_sheets(kiosk.store, kiosk.campaign, out, language="ar")
    lines = _logical_lines(out)
    assert any(_bare(ARABIC_SIGNATURES[count]) in line for line in lines)


def test_sheets_go_out_in_the_targets_language_without_a_draft_mark(kiosk: KioskContext, tmp_path: Path) -> None:
    assert kiosk.campaign.target_language == "en"
    assert simulate(kiosk.store, kiosk.campaign, 5, seed=2) == 5
    default = tmp_path / "sheets.pdf"
    export_sheets(kiosk.store, kiosk.campaign, default)
    text = _text(default)
    assert "5 signatures on the following pages." in text and "Page 1 of" in text
    chosen = tmp_path / "sheets-vi.pdf"
    export_sheets(kiosk.store, kiosk.campaign, chosen, language="vi")
    draft_notice = Labels("vi")["draft_notice"]
    assert Labels("vi").is_draft
    assert draft_notice not in _text(chosen).replace("\n", " ")
    # ... while the coordinator's own tally in the same draft language carries it.
    tally = tmp_path / "tally-vi.pdf"
    export_tally(kiosk.store, kiosk.campaign, tally, language="vi")
    assert draft_notice in _text(tally)


def test_the_cli_sheets_without_language_are_in_the_target_language(kiosk: KioskContext, tmp_path: Path) -> None:
    assert simulate(kiosk.store, kiosk.campaign, 2, seed=9) == 2
    out = tmp_path / "sheets.pdf"
    assert cli.main(["--data-dir", str(kiosk.data_dir), "export", "sheets", "--out", str(out)]) == 0
    assert "2 signatures on the following pages." in _text(out)


def test_the_record_of_destruction_exports_in_arabic_from_the_cli(kiosk: KioskContext, tmp_path: Path) -> None:
    out = tmp_path / "destruction-ar.pdf"
    assert cli.main(["--data-dir", str(kiosk.data_dir), "export", "destruction", "--out", str(out),
                     "--language", "ar"]) == 0
    lines = _logical_lines(out)
    assert any(_bare("سجل إتلاف البيانات الشخصية") in line for line in lines)
    assert any(_bare(Labels("ar").plural("destruction.statement", 0)) in line for line in lines)
    assert any(_bare(Labels("ar")["draft_notice"]) in line for line in lines)  # the coordinator's document



@pytest.mark.parametrize(("language", "axis"), [("en", "3/12"), ("es", "12/3"), ("zh-Hans", "3/12")])
def test_the_by_day_chart_writes_days_in_the_readers_order(kiosk: KioskContext, tmp_path: Path, language: str,
                                                           axis: str) -> None:
    march_12 = datetime(2026, 3, 12, 12).astimezone()  # local noon: the local day is March 12
    for n in range(3):
        kiosk.store.record(valid_signer(kiosk.campaign, n), kiosk.campaign, "en", consent_updates=False,
                           signed_at=march_12)
    assert str(format_skeleton("Md", march_12.date(), locale=Labels(language).locale)) == axis  # CLDR's own
    out = tmp_path / f"tally-{language}.pdf"
    export_tally(kiosk.store, kiosk.campaign, out, language=language)
    labels = [line for line in _text(out).splitlines() if line.strip() in ("3/12", "12/3")]
    assert labels == [axis]  # one day on the axis, month and day in the reader's order
