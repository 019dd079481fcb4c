"""Refresh every ``resources/translations/*.ts`` from the UI sources with ``pyside6-lupdate``.

Each part has its own sources: ``kiosk_`` the signer's window, its screens and widgets and the
message registry, ``admin_`` the admin area, ``sync_`` the sync indicator (the same lists
``tests/ui/test_i18n_and_commands.py`` extracts). Existing translations are kept; entries whose
English is gone are marked vanished for a translator to drop. ``kiosk_en.ts`` and ``sync_en.ts``
hold plural forms only (``-pluralonly``); kiosk_en.ts also names the language ("English"),
which lupdate would drop there, so it is left alone. lupdate does not know Haitian Creole
(``ht``): its files are refreshed as Vietnamese (one plural form, like ht) and renamed back.

Usage: ``python packaging/update_translations.py`` (from anywhere; needs PySide6's lupdate).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TRANSLATIONS = REPO / "resources" / "translations"
LUPDATE_TIMEOUT_S = 120
UNKNOWN_TO_LUPDATE = {"ht": "vi"}  # language lupdate lacks -> one it knows with the same plural forms
LEFT_ALONE = {"kiosk_en.ts"}


def sources(part: str) -> list[str]:
    """The UI files whose strings go into ``<part>_<lang>.ts``, relative to the repository."""
    def glob(folder: str) -> list[str]:
        return sorted(str(p.relative_to(REPO)) for p in (REPO / folder).glob("*.py"))

    if part == "kiosk":
        return ["ui/kiosk_window.py", "ui/messages.py", *glob("ui/window"), *glob("ui/screens"), *glob("ui/widgets")]
    if part == "admin":
        return glob("ui/admin")
    if part == "sync":
        return ["ui/sync_indicator.py"]
    raise SystemExit(f"update_translations: no sources known for {part}_*.ts")


def find_lupdate() -> str:
    """The ``lupdate`` that ships with PySide6 (next to the interpreter, else on PATH)."""
    for name in ("pyside6-lupdate", "pyside6-lupdate.exe"):
        candidate = Path(sys.executable).parent / name
        if candidate.is_file():
            return str(candidate)
    found = shutil.which("pyside6-lupdate")
    if found is None:
        raise SystemExit("update_translations: no pyside6-lupdate found (install PySide6 in this environment)")
    return found


def update(ts: Path, tool: str) -> None:
    """Run lupdate on one file, standing in a language lupdate knows for one it does not."""
    part, language = ts.stem.split("_", 1)
    stand_in = UNKNOWN_TO_LUPDATE.get(language)
    text = ts.read_text(encoding="utf-8")
    if stand_in:
        ts.write_text(text.replace(f'language="{language}"', f'language="{stand_in}"', 1), encoding="utf-8")
    try:
        extra = ["-pluralonly"] if language == "en" else []
        subprocess.run([tool, *extra, *sources(part), "-ts", str(ts)],  # noqa: S603 - fixed tool, our files
                       cwd=REPO, check=True, timeout=LUPDATE_TIMEOUT_S)
    finally:
        if stand_in:
            updated = ts.read_text(encoding="utf-8")
            ts.write_text(updated.replace(f'language="{stand_in}"', f'language="{language}"', 1), encoding="utf-8")


def main() -> int:
    """Refresh every translation file but the ones left alone."""
    tool = find_lupdate()
    for ts in sorted(TRANSLATIONS.glob("*_*.ts")):
        if ts.name not in LEFT_ALONE:
            update(ts, tool)
    return 0


if __name__ == "__main__":
    sys.exit(main())
