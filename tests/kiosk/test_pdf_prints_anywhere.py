"""Every PDF the kiosk and the hub write prints the same on any printer (issue 26, item 8).

Each document is written for real and read back with pypdf: every font on every page carries
its own font program, none is a bare standard font the printer would substitute, and each
PDF says its title and its language.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.languages import report_languages
from kiosk.reports import export_destruction, export_sheets, export_tally
from kiosk.runtime import KioskContext
from kiosk.simulate import simulate
from sync.hub.recovery import seal_key
from sync.hub.recovery_page import write_page
from tests.pdf_fonts import assert_prints_anywhere

HUB_ID = "6f1c1c1e-2b7a-4e0c-9a43-3c1d2b1a0f11"


@pytest.fixture
def signed(kiosk: KioskContext) -> KioskContext:
    assert simulate(kiosk.store, kiosk.campaign, 12, seed=3, event_name="Plaza rally") == 12
    return kiosk


@pytest.mark.parametrize("language", report_languages())
def test_tally_sheets_and_destruction_embed_every_font(signed: KioskContext, tmp_path: Path, language: str) -> None:
    for name, export in (("tally", export_tally), ("sheets", export_sheets), ("destruction", export_destruction)):
        out = tmp_path / f"{name}-{language}.pdf"
        export(signed.store, signed.campaign, out, language=language)
        assert_prints_anywhere(out, language)


def test_the_recovery_kit_embeds_its_fonts(tmp_path: Path) -> None:
    kit = seal_key(HUB_ID, bytes(32), "seven tired ravens sing loudly", log2_n=10)
    out = write_page(tmp_path / "recovery.pdf", HUB_ID, "demo", kit)
    assert_prints_anywhere(out, "en")
