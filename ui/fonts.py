"""The fonts the kiosk ships, registered at start and used for every screen.

Without this the screens were drawn in whatever the machine had (DejaVu Sans on one, Noto
Sans on another), so a layout that fit on one machine wrapped or scrolled on the next. Every
font file under ``resources/fonts`` (recursively, so a script's font added later is picked up
without code) is registered with ``QFontDatabase``, and the application font and the
stylesheet name the shipped families in order: the UI family first, then fallbacks for the
scripts it lacks (the PDFs use the same files, see kiosk/reports/fonts.py).

Registering is done once per process; :func:`install_shipped_fonts` is safe to call again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

log = logging.getLogger(__name__)

FONT_SUFFIXES = frozenset({".ttf", ".otf", ".ttc", ".otc"})
# The face the layouts are designed and tested with (its metrics decide what fits).
UI_FAMILY = "Noto Sans"
# Then, for characters it lacks: broad coverage (Greek, Cyrillic, Arabic...), then CJK.
# Any other shipped family follows these, in name order.
PREFERRED_FALLBACKS = ("DejaVu Sans", "Droid Sans Fallback")


@dataclass(frozen=True)
class ShippedFonts:
    """What was registered: the families in the order the screens use them, and the files."""

    families: tuple[str, ...]
    files: tuple[str, ...]

    def qss_family_list(self) -> str:
        """The families as a stylesheet ``font-family`` value."""
        return ", ".join(f'"{family}"' for family in self.families)


_installed: ShippedFonts | None = None


def fonts_dir() -> Path:
    """Where the shipped fonts live (also inside the frozen bundle)."""
    return Path(str(resources.files("resources").joinpath("fonts")))


def font_files(root: Path | None = None) -> list[Path]:
    """Every font file under ``root`` (default: resources/fonts), in a stable order."""
    base = root or fonts_dir()
    return sorted(path for path in base.rglob("*") if path.is_file() and path.suffix.lower() in FONT_SUFFIXES)


def ordered_families(registered: set[str]) -> tuple[str, ...]:
    """The UI family, then the preferred fallbacks, then the rest; only those registered."""
    first = [family for family in (UI_FAMILY, *PREFERRED_FALLBACKS) if family in registered]
    return (*first, *sorted(registered - set(first)))


def install_shipped_fonts() -> ShippedFonts:
    """Register the shipped fonts and make them the application font (once per process).

    Needs a QGuiApplication. A file Qt cannot read is skipped and logged by name only.
    """
    global _installed  # one registration per process, like QFontDatabase itself
    if _installed is not None:
        return _installed
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return ShippedFonts((), ())  # nothing can be registered before the application exists
    registered: set[str] = set()
    files: list[str] = []
    for path in font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font file not usable: %s", path.name)
            continue
        files.append(path.name)
        registered.update(QFontDatabase.applicationFontFamilies(font_id))
    _installed = ShippedFonts(ordered_families(registered), tuple(files))
    if _installed.families:
        font = QFont(app.font())
        font.setFamilies(list(_installed.families))
        app.setFont(font)
    else:
        log.warning("no shipped fonts found: the screens use the machine's fonts")
    return _installed
