"""Translations (complete Spanish, .qm built at run time) and the screenshots / self-test / run commands."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QImage

from kiosk.campaign import load_campaign
from kiosk.errors import FieldError
from ui.i18n import LanguageSwitcher, qm_files, translations_dir
from ui.messages import field_error_text

REPO = Path(__file__).resolve().parents[2]
UI_SOURCES = ["ui/kiosk_window.py", "ui/messages.py", *sorted(str(p.relative_to(REPO)) for p in
              (REPO / "ui" / "window").glob("*.py")), *sorted(str(p.relative_to(REPO)) for p in
              (REPO / "ui" / "screens").glob("*.py")), *sorted(str(p.relative_to(REPO)) for p in
              (REPO / "ui" / "widgets").glob("*.py"))]
SCREENS = ("welcome", "petition", "form", "form-errors", "signature", "review", "thankyou",
           "still-there", "pin", "start-failure", "key-store-setup")


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    return cache


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name") or "", msg.findtext("source") or ""): msg
            for ctx in root.iter("context") for msg in ctx.iter("message")}


def test_spanish_is_complete_for_every_string_in_the_ui(tmp_path: Path) -> None:
    extracted = tmp_path / "extracted_es.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *UI_SOURCES, "-ts", str(extracted)], cwd=REPO, check=True, capture_output=True)
    wanted = _messages(extracted)
    shipped = _messages(translations_dir() / "kiosk_es.ts")
    assert len(wanted) > 80
    missing = sorted(key for key in wanted if key not in shipped)
    assert missing == []
    for key, message in shipped.items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") not in ("unfinished", "obsolete"), key
        if message.get("numerus") == "yes":
            forms = [f.text for f in translation.findall("numerusform")]
            assert len(forms) == 2 and all(forms), key
        else:
            assert (translation.text or "").strip(), key


def _untranslated(ts: Path) -> list[tuple[str, str]]:
    """The messages of ``ts`` that have no words (a draft's unfinished words count as words)."""
    empty = []
    for key, message in _messages(ts).items():
        translation = message.find("translation")
        if translation is not None and translation.get("type") in ("obsolete", "vanished"):
            continue
        if translation is None:
            empty.append(key)
        elif message.get("numerus") == "yes":
            if not all((form.text or "").strip() for form in translation.findall("numerusform")):
                empty.append(key)
        elif not (translation.text or "").strip():
            empty.append(key)
    return empty


@pytest.mark.parametrize("ts", sorted(translations_dir().glob("*.ts")), ids=lambda path: path.stem)
def test_every_language_has_words_for_every_message(ts: Path) -> None:
    """A drafted language may await its review, but no screen of it falls back to English."""
    assert _untranslated(ts) == []


def test_every_drafted_kiosk_language_has_every_string_of_the_ui(tmp_path: Path) -> None:
    extracted = tmp_path / "extracted.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *UI_SOURCES, "-ts", str(extracted)], cwd=REPO, check=True, capture_output=True)
    wanted = set(_messages(extracted))
    for ts in sorted(translations_dir().glob("kiosk_*.ts")):
        if ts.stem == "kiosk_en":
            continue
        assert sorted(wanted - set(_messages(ts))) == [], ts.name


def test_every_drafted_admin_language_has_every_string_of_the_admin_area(tmp_path: Path) -> None:
    extracted = tmp_path / "extracted_admin.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "ui" / "admin").glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(extracted)], cwd=REPO, check=True, capture_output=True)
    wanted = set(_messages(extracted))
    assert len(wanted) > 100
    for ts in sorted(translations_dir().glob("admin_*.ts")):
        assert sorted(wanted - set(_messages(ts))) == [], ts.name


def test_qm_is_built_at_run_time_into_the_cache(private_cache: Path) -> None:
    files = qm_files("es")
    assert files and all(private_cache in f.parents for f in files if f.parent != translations_dir())
    translator = QTranslator()
    kiosk_qm = next(f for f in files if f.name.startswith("kiosk_es"))
    assert translator.load(str(kiosk_qm))
    assert translator.translate("WelcomeScreen", "Tap to sign") == "Toque para firmar"


def test_a_stale_qm_next_to_its_ts_is_rebuilt(tmp_path: Path) -> None:
    directory = tmp_path / "translations"
    directory.mkdir()
    ts = directory / "kiosk_es.ts"
    shutil.copy(translations_dir() / "kiosk_es.ts", ts)
    stale = directory / "kiosk_es.qm"
    stale.write_bytes(b"old")
    os.utime(stale, (1, 1))  # older than the .ts: an edit was made after the last build
    files = qm_files("es", directory)
    assert stale not in files
    assert len(files) == 1 and QTranslator().load(str(files[0]))


def test_other_parts_ship_their_own_translation_files(tmp_path: Path) -> None:
    directory = tmp_path / "translations"
    directory.mkdir()
    shutil.copy(translations_dir() / "kiosk_es.ts", directory / "kiosk_es.ts")
    shutil.copy(translations_dir() / "kiosk_es.ts", directory / "extra_es.ts")
    assert [f.name.split("-")[0] for f in qm_files("es", directory)] == ["extra_es", "kiosk_es"]


def test_every_field_error_has_its_own_spanish_text(qapp) -> None:
    switcher = LanguageSwitcher(("en", "es"), "en")
    english = {code: field_error_text(code, "email") for code in FieldError}
    switcher.set_language("es")
    spanish = {code: field_error_text(code, "email") for code in FieldError}
    switcher.set_language("en")
    assert all(spanish[code] != english[code] for code in FieldError)
    assert len(set(spanish.values())) == len(FieldError)
    assert QCoreApplication.translate("Messages", "Please enter your ZIP code.") == "Please enter your ZIP code."


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ui.cli", *args], cwd=REPO, capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=180)


def test_screenshots_command_renders_every_screen_in_every_language(tmp_path: Path) -> None:
    out = tmp_path / "shots"
    result = _cli("screenshots", "--out", str(out))
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.glob("*.png"))
    languages = load_campaign().languages
    assert len(languages) == 9  # every language the campaign and the translation files hold
    assert names == sorted(f"{screen}_{lang}.png" for screen in SCREENS for lang in languages)
    image = QImage(str(out / "welcome_es.png"))
    assert (image.width(), image.height()) == (1280, 800)
    assert (out / "form_es.png").read_bytes() != (out / "form_en.png").read_bytes()
    assert (out / "form_ar.png").read_bytes() != (out / "form_en.png").read_bytes()
    assert (out / "key-store-setup_es.png").read_bytes() != (out / "key-store-setup_en.png").read_bytes()


def test_self_test_command_passes(tmp_path: Path) -> None:
    result = _cli("self-test")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("self-test passed")
    assert "Traceback" not in result.stderr
