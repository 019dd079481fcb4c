"""Every script renders: each character of every string the kiosk can show or print has a
glyph in a font the app ships (resources/fonts), never in whatever the machine has.

The strings: every translation in every .ts file, every campaign text in every language,
every PDF label, and the Arabic presentation forms the PDFs draw (reportlab does no
shaping, so the joined forms themselves must exist). The fonts are read from the shipped
files with QRawFont, so the machine's own fonts cannot hide a gap.
"""

from __future__ import annotations

import tomllib
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import arabic_reshaper
import pytest
from PySide6.QtGui import QFont, QRawFont

from kiosk.campaign import load_campaign
from kiosk.reports.labels import label_file, report_languages

REPO = Path(__file__).resolve().parents[2]
FONTS = REPO / "resources" / "fonts"
TRANSLATIONS = REPO / "resources" / "translations"
CAMPAIGN = REPO / "resources" / "campaigns" / "end-s-comm.toml"


@pytest.fixture(scope="module")
def shipped_fonts(qapp) -> list[QRawFont]:
    fonts = [QRawFont(str(path), 12, QFont.HintingPreference.PreferNoHinting) for path in sorted(FONTS.glob("*.ttf"))]
    assert fonts and all(font.isValid() for font in fonts)
    return fonts


def _drawn(text: str) -> set[str]:
    """The characters that need a glyph: not spaces, not invisible format marks (bidi isolates)."""
    return {ch for ch in unicodedata.normalize("NFC", text)
            if not ch.isspace() and unicodedata.category(ch) not in ("Cf", "Cc")}


def _ts_strings() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        strings = found.setdefault(ts.stem.partition("_")[2], [])
        for message in ET.parse(ts).getroot().iter("message"):
            found.setdefault("en", []).append(message.findtext("source") or "")  # the UI is written in English
            translation = message.find("translation")
            if translation is not None:
                strings += [translation.text or "", *(form.text or "" for form in translation.iter("numerusform"))]
    return found


def _campaign_strings() -> dict[str, list[str]]:
    tables = tomllib.loads(CAMPAIGN.read_text(encoding="utf-8"))["text"]
    return {code: [value for value in table.values() if isinstance(value, str)] for code, table in tables.items()}


def _label_strings() -> dict[str, list[str]]:
    found = {}
    for code in report_languages():
        labels = label_file(code)
        assert labels is not None
        found[code] = [labels.name, *labels.table.values()]
    return found


def _missing(strings: list[str], fonts: list[QRawFont]) -> list[str]:
    needed = set().union(*(_drawn(s) for s in strings)) if strings else set()
    return sorted(f"U+{ord(ch):04X} {unicodedata.name(ch, '?')}" for ch in needed
                  if not any(font.supportsCharacter(ord(ch)) for font in fonts))


def test_there_is_something_to_check() -> None:
    assert len(_ts_strings()) == 9 and len(_campaign_strings()) == 9 and len(_label_strings()) == 9


@pytest.mark.parametrize("language", ["en", "es", "vi", "zh_Hans", "zh_Hant", "ko", "tl", "ht", "ar"])
def test_every_screen_string_has_a_shipped_glyph(shipped_fonts: list[QRawFont], language: str) -> None:
    strings = _ts_strings()[language]
    assert len(strings) > 200
    assert _missing(strings, shipped_fonts) == []


@pytest.mark.parametrize("language", ["en", "es", "vi", "zh-Hans", "zh-Hant", "ko", "tl", "ht", "ar"])
def test_every_campaign_text_and_label_has_a_shipped_glyph(shipped_fonts: list[QRawFont], language: str) -> None:
    strings = _campaign_strings()[language] + _label_strings()[language]
    assert _missing(strings, shipped_fonts) == []
    text = load_campaign().text(language)
    assert _missing([text.petition, text.letter, text.consent], shipped_fonts) == []


def test_arabic_is_drawn_joined_from_shipped_presentation_forms(shipped_fonts: list[QRawFont]) -> None:
    strings = _ts_strings()["ar"] + _campaign_strings()["ar"] + _label_strings()["ar"]
    shaped = [arabic_reshaper.reshape(s) for s in strings]
    forms = {ch for s in shaped for ch in s if 0xFB50 <= ord(ch) <= 0xFEFF}
    assert len(forms) > 60  # the reshaper really joined letters: initial, medial, final forms, lam-alef
    assert _missing(shaped, shipped_fonts) == []


def test_the_check_catches_a_missing_script(shipped_fonts: list[QRawFont]) -> None:
    # Ethiopic is not shipped: the test must notice rather than pass on anything.
    assert _missing(["ሰላም"], shipped_fonts) != []
    assert _missing(["한국어", "繁體中文", "Tiếng Việt", "العربية"], shipped_fonts) == []
