"""The screens use the fonts the kiosk ships, so they look the same on every machine (issue 11).

The strongest check is the one a person would make: the same screens drawn on a machine with
no fonts of its own at all look pixel for pixel like the ones drawn with this machine's fonts.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QFontInfo, QImage

from ui.fonts import UI_FAMILY, font_files, fonts_dir, install_shipped_fonts, ordered_families
from ui.kiosk_window import KioskWindow

REPO = Path(__file__).resolve().parents[2]
SCREENSHOT_TIMEOUT_S = 180
NO_FONTS_CONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>{fonts}</dir>
  <cachedir>{cache}</cachedir>
  <include ignore_missing="yes">/etc/fonts/conf.d</include>
</fontconfig>
"""


def test_the_screens_are_drawn_in_the_shipped_ui_font(window: KioskWindow) -> None:
    shipped = install_shipped_fonts()
    assert shipped.families[0] == UI_FAMILY
    assert {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "DroidSansFallbackFull.ttf"} <= set(shipped.files)
    welcome = window.welcome
    for widget in (welcome.title, welcome.summary, welcome.counter, welcome.start_button):
        info = QFontInfo(widget.font())
        assert info.family() == UI_FAMILY, f"{widget.objectName()} is drawn in {info.family()}"
    assert QFontInfo(welcome.title.font()).styleName() == "Bold"  # the shipped bold face
    # Characters the UI font lacks (CJK) fall back to a shipped font, not to the machine's.
    assert "Droid Sans Fallback" in window.welcome.start_button.font().families()


def test_a_font_added_in_a_subfolder_later_is_found(tmp_path: Path) -> None:
    (tmp_path / "arabic").mkdir()
    shutil.copy(fonts_dir() / "DejaVuSans.ttf", tmp_path / "arabic" / "SomeArabic.ttf")
    shutil.copy(fonts_dir() / "LICENSE-DejaVu.txt", tmp_path / "arabic" / "LICENSE.txt")
    assert [p.relative_to(tmp_path).as_posix() for p in font_files(tmp_path)] == ["arabic/SomeArabic.ttf"]
    assert ordered_families({"Noto Sans Arabic", "DejaVu Sans", "Noto Sans", "Droid Sans Fallback"}) == (
        "Noto Sans", "DejaVu Sans", "Droid Sans Fallback", "Noto Sans Arabic")


def _screenshots(out: Path, tmp_path: Path, fontconfig: Path | None) -> None:
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO),
                "PETITION_KIOSK_DATA_DIR": str(tmp_path / f"data-{out.name}")})
    if fontconfig is not None:
        env["FONTCONFIG_FILE"] = str(fontconfig)
    done = subprocess.run([sys.executable, "-m", "ui.cli", "screenshots", "--out", str(out)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=SCREENSHOT_TIMEOUT_S, check=False)
    assert done.returncode == 0, done.stderr[-2000:]


def test_every_screen_looks_the_same_on_a_machine_with_no_fonts_of_its_own(tmp_path: Path) -> None:
    (tmp_path / "no-fonts").mkdir()
    config = tmp_path / "fonts.conf"
    config.write_text(NO_FONTS_CONFIG.format(fonts=tmp_path / "no-fonts", cache=tmp_path / "fc-cache"))
    _screenshots(tmp_path / "this-machine", tmp_path, None)
    _screenshots(tmp_path / "bare-machine", tmp_path, config)
    names = sorted(p.name for p in (tmp_path / "this-machine").glob("*.png"))
    assert len(names) >= 20 and any(name.endswith("_es.png") for name in names)
    assert sorted(p.name for p in (tmp_path / "bare-machine").glob("*.png")) == names
    differ = [name for name in names
              if QImage(str(tmp_path / "this-machine" / name)) != QImage(str(tmp_path / "bare-machine" / name))]
    assert not differ, f"drawn differently without the machine's fonts: {differ}"
