"""Adding a language is adding files: a tenth language from a folder of files alone.

French is not shipped. The test writes its Qt Linguist file, its PDF labels and a campaign
with a ``[text.fr]`` table into temp folders, points ``PETITION_KIOSK_LANGUAGES_DIR`` at them,
and checks that the welcome picker, the command line and the PDFs all take French, with no
code change.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

from kiosk.languages import LANGUAGES_DIR_ENV, report_languages
from kiosk.runtime import open_kiosk
from kiosk.simulate import simulate
from tests.support import choose_coordinator_pin
from ui.i18n import language_name, translation_status, ui_languages
from ui.kiosk_window import KioskWindow
from ui.selftest import tap

REPO = Path(__file__).resolve().parents[2]
CAMPAIGN = REPO / "resources" / "campaigns" / "end-s-comm.toml"

FRENCH_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation type="unfinished">Français</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Tap to sign</source>
        <translation type="unfinished">Touchez pour signer</translation>
    </message>
</context>
</TS>
"""

FRENCH_LABELS = """
page = "Page {page} sur {pages}"
draft_notice = "Traduction provisoire, en attente de relecture"

[meta]
name = "Français"
review_status = "draft"

[tally]
title = "Décompte des signatures"
"""

FRENCH_TEXT = """
[text.fr]
title = "Mettre fin à S-Comm"
target = "Président Obama"
summary = "« Communautés sûres » ne peut pas être réparé."
petition = "Le programme doit prendre fin."
letter = "Monsieur le Président, mettez fin à S-Comm."
consent = "Oui, NDLON peut m'écrire au sujet de cette campagne."
consent_email = "Oui, NDLON peut m'écrire au sujet de cette campagne."
consent_sms = "Oui, NDLON peut m'envoyer des SMS. Fréquence variable. Répondez STOP pour arrêter."
"""


@pytest.fixture
def french(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A languages folder holding French, and a campaign file with a French text table."""
    folder = tmp_path / "languages"
    (folder / "translations").mkdir(parents=True)
    (folder / "labels").mkdir()
    (folder / "translations" / "kiosk_fr.ts").write_text(FRENCH_TS, encoding="utf-8")
    (folder / "labels" / "fr.toml").write_text(FRENCH_LABELS, encoding="utf-8")
    campaign = tmp_path / "campaign.toml"
    campaign.write_text(CAMPAIGN.read_text(encoding="utf-8") + FRENCH_TEXT, encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv(LANGUAGES_DIR_ENV, str(folder))
    return campaign


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ui.cli", *args], cwd=REPO, capture_output=True, text=True,
                          env=dict(os.environ), timeout=180)


def test_french_is_unknown_without_its_files(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(LANGUAGES_DIR_ENV, raising=False)
    assert "fr" not in ui_languages() and "fr" not in report_languages()
    result = _cli("export", "tally", "--out", str(tmp_path / "t.pdf"), "--language", "fr")
    assert result.returncode == 2 and "fr" in result.stderr


def test_the_picker_offers_the_added_language_by_its_own_name_and_switches_to_it(
        qtbot, french: Path, data_dir: Path) -> None:
    assert "fr" in ui_languages()
    assert language_name("fr") == "Français"
    assert translation_status("fr") == "draft"
    ctx = open_kiosk(data_dir, str(french))
    choose_coordinator_pin(ctx)
    window = KioskWindow(ctx, windowed=True)
    try:
        window.show_kiosk()
        button = window.welcome.language_buttons["fr"]
        assert button.text() == "Français"
        tap(button)
        assert window.language == "fr"
        assert window.welcome.title.text() == "Mettre fin à S-Comm"
        assert window.welcome.start_button.text() == "Touchez pour signer"
    finally:
        window.release()
        window.deleteLater()
        ctx.close()


def test_the_command_line_prints_a_tally_in_the_added_language(french: Path, data_dir: Path) -> None:
    ctx = open_kiosk(data_dir, str(french))
    simulate(ctx.store, ctx.campaign, 3, seed=1, kiosk_label="k")
    ctx.close()
    out = data_dir / "tally_fr.pdf"
    result = _cli("--campaign", str(french), "export", "tally", "--out", str(out), "--language", "fr")
    assert result.returncode == 0, result.stderr
    with pdfplumber.open(out) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "Décompte des signatures" in text
    assert "Président Obama" in text  # the campaign's French target
    assert "Traduction provisoire, en attente de relecture" in text  # draft labels say so


def test_a_translation_source_with_an_entity_bomb_is_read_as_holding_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # An added file that declares entities (here "billion laughs") is refused before any is
    # expanded: the language is named by its PDF labels instead, and the kiosk does not hang.
    folder = tmp_path / "languages"
    (folder / "translations").mkdir(parents=True)
    (folder / "labels").mkdir()
    bomb = ('<?xml version="1.0"?>\n<!DOCTYPE TS [\n<!ENTITY l0 "lol">\n'
            + "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">\n' for i in range(1, 10))
            + ']>\n<TS version="2.1" language="fr"><context><name>Language</name><message>'
              '<source>English</source><translation>&l9;</translation></message></context></TS>\n')
    (folder / "translations" / "kiosk_fr.ts").write_text(bomb, encoding="utf-8")
    (folder / "labels" / "fr.toml").write_text(FRENCH_LABELS, encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv(LANGUAGES_DIR_ENV, str(folder))
    assert language_name("fr") == "Français"  # from labels/fr.toml, not from the bomb
