"""The kiosk's look: colours and sizes as named constants, applied to a QSS template.

The template lives in ``resources/styles/kiosk.qss``; this module fills in the colours,
type sizes and the shipped font families (ui/fonts.py). Colours are chosen for reading
outdoors at arm's length: every text colour has at least 4.5:1 contrast against the
background it sits on (WCAG AA), which ``tests/ui/test_style.py`` checks by reading the
rendered style. The larger-text toggle scales every size by :data:`LARGER_TEXT_FACTOR`.
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path
from string import Template

from ui.fonts import install_shipped_fonts

# Palette (hex, no alpha).
PALETTE: dict[str, str] = {
    "bg": "#F7F5F0",                # warm off-white: less glare than pure white in sun
    "text": "#1B1B1B",
    "muted": "#4A4A48",
    "error": "#A4161A",
    "primary": "#0B5C4B",           # deep green, white text on it
    "primary_pressed": "#07402F",
    "on_primary": "#FFFFFF",
    "secondary_bg": "#E4E0D6",
    "secondary_pressed": "#CFC9BB",
    "border": "#6B675E",
    "focus": "#B35900",
    "bar_bg": "#1E3A5F",            # top bar: navy, white text
    "bar_button_bg": "#2C5282",
    "bar_text": "#FFFFFF",
    "key_bg": "#FFFFFF",
    "field_bg": "#FFFFFF",
    "track": "#E4E0D6",
}

BASE_PX = 22          # body text, readable at arm's length
LARGE_PX = 28
HUGE_PX = 40
TOUCH_TARGET_PX = 56  # above the 48 px minimum so a shaky finger still hits
# The on-screen keys with larger text: their letters grow, the keys give up 2 px a row (as high
# as a line of those letters, still above the 48 px minimum), so that with the keyboard's tighter
# rows three rows of fields show above it at 1280x800 in every language.
LARGER_TEXT_KEY_PX = 54
COMPACT_BELOW_PX = 720  # a screen whose shorter side is below this gets the compact layout
COMPACT_TOUCH_TARGET_PX = 48  # short screens (1024x600): the minimum, so the keyboard and form both fit
COMPACT_HUGE_PX = 32  # short screens: titles one size down so they take two lines, not three
BUTTON_PADDING = "8px 18px"
COMPACT_BUTTON_PADDING = "4px 12px"  # short or narrow screens: room for the words, not the frame
HUGE_PADDING = "20px 40px"
# Short screens: "Tap to sign" and "Sign the petition" keep their big type, but a 72 px
# button has no room for 40 px of padding around a line of it; the words come first.
COMPACT_HUGE_PADDING = "4px 24px"
# A big button with the screen's speaker inside its leading end ("Done" on the thank-you
# screen): the same room at both ends, so the word stays centred and clear of the speaker
# (48 px, inset by up to a third of the button's height) in either direction of writing.
HUGE_WITH_SPEAKER_PADDING = "20px 96px"
COMPACT_HUGE_WITH_SPEAKER_PADDING = "4px 68px"
# The welcome screen's language names: the row is exactly a touch target high on a short
# screen, so the name gets the room inside the border (a larger-text line is ~40 px).
LANGUAGE_PADDING = "0px 12px"
BUTTON_CHROME_PX = 20  # vertical padding + border of a button: min-height counts the content only
COMPACT_BUTTON_CHROME_PX = 12
FIELD_CHROME_PX = 16
FIELD_LINE_FACTOR = 1.3  # a line of a field's text, for its font size (Noto's ascent + descent)
KEY_CHROME_PX = 4     # keys have borders but no padding
PIN_KEY_PX = 80       # the coordinator's PIN keys: big, few
COMPACT_PIN_KEY_PX = 64  # four rows of them still fit 600 px with the prompt and OK
LARGER_TEXT_FACTOR = 1.3
MIN_CONTRAST = 4.5
MIN_OUTLINE_CONTRAST = 3.0  # a control's outline against what is around it (WCAG 1.4.11)
CHECK_MARK_FILE = "check.svg"  # the tick in a ticked check box, white on the primary colour


def _template() -> Template:
    text = resources.files("resources").joinpath("styles", "kiosk.qss").read_text(encoding="utf-8")
    return Template(text)


def touch_target_px(larger_text: bool = False, compact: bool = False) -> int:
    """The height of a button, field or key in pixels."""
    if compact:
        return COMPACT_TOUCH_TARGET_PX  # the type still grows with larger text; the targets stay the minimum
    return round(TOUCH_TARGET_PX * (LARGER_TEXT_FACTOR if larger_text else 1.0))


def key_px(larger_text: bool = False, compact: bool = False) -> int:
    """The height of an on-screen key in pixels (the coordinator's PIN keys are bigger)."""
    if compact:
        return COMPACT_TOUCH_TARGET_PX
    return LARGER_TEXT_KEY_PX if larger_text else TOUCH_TARGET_PX


def stylesheet(larger_text: bool = False, compact: bool = False) -> str:
    """The application stylesheet, optionally with larger type and/or for a short screen."""
    factor = LARGER_TEXT_FACTOR if larger_text else 1.0
    target = touch_target_px(larger_text, compact)
    # The PIN keys are big already; with larger text only their digits grow, so the pad still fits.
    pin_key = COMPACT_PIN_KEY_PX if compact else PIN_KEY_PX
    chrome = COMPACT_BUTTON_CHROME_PX if compact else BUTTON_CHROME_PX
    values: dict[str, str | int] = dict(PALETTE)
    values.update(
        base=round(BASE_PX * factor),
        large=round(LARGE_PX * factor),
        huge=round((COMPACT_HUGE_PX if compact else HUGE_PX) * factor),
        # On a short screen the keys keep body-sized letters, so a 48 px key still shows them whole.
        key_font=round((BASE_PX if compact else LARGE_PX) * factor),
        target=target,
        tab_scroller=2 * target,  # both arrows of a crowded tab bar share this width
        button_content=target - chrome,
        # A field is as high as a touch target or its own line of text, whichever is more: with
        # larger text the target's 1.3x left three rows of fields no room above the keyboard.
        field_content=max(touch_target_px(False, compact) - FIELD_CHROME_PX,
                          round(LARGE_PX * factor * FIELD_LINE_FACTOR)),
        # The on-screen keys do not grow with larger text (their letters do; five rows of 73 px
        # keys left room for one and a half rows of fields at 1280x800): they lose 2 px instead.
        key_content=key_px(larger_text, compact) - KEY_CHROME_PX,
        pin_key_content=pin_key - KEY_CHROME_PX,
        pin_key_width=round(pin_key * 1.7),
        button_padding=COMPACT_BUTTON_PADDING if compact else BUTTON_PADDING,
        huge_padding=COMPACT_HUGE_PADDING if compact else HUGE_PADDING,
        huge_with_speaker_padding=COMPACT_HUGE_WITH_SPEAKER_PADDING if compact else HUGE_WITH_SPEAKER_PADDING,
        language_padding=LANGUAGE_PADDING,
        check_mark=Path(str(resources.files("resources").joinpath("styles", CHECK_MARK_FILE))).as_posix(),
        # The shipped fonts, registered on first use, so a layout never depends on the machine's.
        font_family=install_shipped_fonts().qss_family_list() or "sans-serif",
    )
    return _template().substitute(values)


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of ``#RRGGBB``."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio between two ``#RRGGBB`` colours (1..21)."""
    a, b = relative_luminance(foreground), relative_luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_DECL = re.compile(r"(background-color|color)\s*:\s*(#[0-9A-Fa-f]{6})")


def text_colour_pairs(qss: str) -> list[tuple[str, str, str]]:
    """(selector, text colour, background colour) for every rule that sets a colour.

    A rule that sets only one of the two inherits the other from the base ``QWidget``
    rule, which is how Qt resolves it for these widgets.
    """
    qss = re.sub(r"/\*.*?\*/", "", qss, flags=re.S)
    rules: list[tuple[str, dict[str, str]]] = [
        (sel.strip(), dict(_DECL.findall(body))) for sel, body in _RULE.findall(qss)]
    base = next(decls for sel, decls in rules if sel == "QWidget")
    pairs = []
    for selector, decls in rules:
        if not decls or "::chunk" in selector or "::handle" in selector:
            continue  # the progress chunk and scrollbar handle carry no text
        for single in (part.strip() for part in selector.split(",")):
            pairs.append((single, decls.get("color", base["color"]),
                          decls.get("background-color", base["background-color"])))
    return pairs
