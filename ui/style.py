"""The kiosk's look: colours and sizes as named constants, applied to a QSS template.

The template lives in ``resources/styles/kiosk.qss``; this module fills in the colours and
type sizes. Colours are chosen for reading outdoors at arm's length: every text colour has
at least 4.5:1 contrast against the background it sits on (WCAG AA), which
``tests/ui/test_style.py`` checks by reading the rendered style. The larger-text toggle
scales every size by :data:`LARGER_TEXT_FACTOR`.
"""

from __future__ import annotations

import re
from importlib import resources
from string import Template

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
BUTTON_CHROME_PX = 20  # vertical padding + border of a button: min-height counts the content only
FIELD_CHROME_PX = 16
KEY_CHROME_PX = 4     # keys have borders but no padding
PIN_KEY_PX = 80       # the coordinator's PIN keys: big, few
LARGER_TEXT_FACTOR = 1.3
MIN_CONTRAST = 4.5


def _template() -> Template:
    text = resources.files("resources").joinpath("styles", "kiosk.qss").read_text(encoding="utf-8")
    return Template(text)


def stylesheet(larger_text: bool = False) -> str:
    """The application stylesheet, optionally with larger type."""
    factor = LARGER_TEXT_FACTOR if larger_text else 1.0
    values: dict[str, str | int] = dict(PALETTE)
    values.update(
        base=round(BASE_PX * factor),
        large=round(LARGE_PX * factor),
        huge=round(HUGE_PX * factor),
        target=round(TOUCH_TARGET_PX * factor),
        button_content=round(TOUCH_TARGET_PX * factor) - BUTTON_CHROME_PX,
        field_content=round(TOUCH_TARGET_PX * factor) - FIELD_CHROME_PX,
        key_content=round(TOUCH_TARGET_PX * factor) - KEY_CHROME_PX,
        pin_key_content=round(PIN_KEY_PX * factor) - KEY_CHROME_PX,
        pin_key_width=round(PIN_KEY_PX * factor * 1.7),
    )
    return _template().substitute(values)


def font_px(larger_text: bool = False) -> int:
    """Body text size in pixels."""
    return round(BASE_PX * (LARGER_TEXT_FACTOR if larger_text else 1.0))


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
