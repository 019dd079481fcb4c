"""Issue 22: the tally shows both figures, signatures and people, read back from the PDF.

Every "thank you" is a signature (a repeat signer's too: that is what the welcome counter and
``status --json`` count); the people count a repeat signer once. The coordinator's tally
shows both, on its own line each.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pdfplumber
import pytest

from kiosk.reports import export_tally
from kiosk.runtime import KioskContext
from tests.support import valid_signer
from ui import cli

PEOPLE_LABEL = "People (a repeat signer counted once)"
PEOPLE_LABEL_ES = "Personas (quien firmó dos veces cuenta una vez)"


def _number(text: str, label: str) -> int:
    match = re.search(rf"^{re.escape(label)}\s+([\d,.\s]+?)$", text, re.MULTILINE)
    assert match, f"{label!r} not found in {text[:400]!r}"
    return int(re.sub(r"\D", "", match.group(1)))


def _pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_the_tally_shows_signatures_and_people(kiosk: KioskContext, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    campaign = kiosk.campaign
    for given, email in (("Ana", "ana@example.org"), ("Luis", "luis@example.org"), ("Ana", "ANA@example.org"),
                         ("Marta", "marta@example.org"), ("Ana", "ana@example.org")):
        kiosk.store.record(valid_signer(campaign, given_name=given, email=email), campaign, "es", False)
    out = tmp_path / "tally.pdf"
    export_tally(kiosk.store, campaign, out)
    text = _pdf_text(out)
    assert _number(text, "Collected") == 5  # five "thank you"s
    assert _number(text, PEOPLE_LABEL) == 3  # Ana, Luis and Marta
    assert cli.main(["status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert (status["total"], status["people"]) == (5, 3)

    spanish = tmp_path / "recuento.pdf"
    export_tally(kiosk.store, campaign, spanish, language="es")
    texto = _pdf_text(spanish)
    assert _number(texto, "Recogidas") == 5 and _number(texto, PEOPLE_LABEL_ES) == 3
