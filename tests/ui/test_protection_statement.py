"""The admin area says what solo mode protects and what it does not (issue 13, item 3).

Reached as a coordinator reaches it (the corner gesture and the PIN) on a kiosk with no hub:
the Numbers page says the data key on this device protects a copied database, not the
device taken together with its key store, and recommends a hub, in English and in Spanish.
(Once paired, it says records are sealed to the hub: tests/ui/test_key_store_setup.py pairs
with a real hub from the admin area and reads it there.)
"""

from __future__ import annotations

from tests.support import COORDINATOR_PIN
from ui.kiosk_window import KioskWindow
from ui.selftest import KioskDriver
from ui.window.steps import Step


def _statement(window: KioskWindow) -> tuple[str, str]:
    KioskDriver(window).open_admin(COORDINATOR_PIN)
    assert window.current_step() is Step.ADMIN
    panel = window.admin_panel
    assert panel is not None
    protection = panel.overview.protection  # type: ignore[attr-defined]
    assert protection.isVisibleTo(panel)
    return protection.heading.text(), protection.text.text()


def test_solo_mode_says_what_it_protects_and_what_it_does_not_and_recommends_a_hub(window: KioskWindow) -> None:
    heading, text = _statement(window)
    assert heading == "How this kiosk protects signers"
    assert text.startswith("Solo mode: no hub is paired.")
    assert "protects a copied database, but not this device taken together with its key store" in text
    assert "Pair with a hub" in text


def test_solo_mode_statement_in_spanish(window: KioskWindow, spanish: None) -> None:
    window.set_language("es")
    heading, text = _statement(window)
    assert heading == "Cómo protege este quiosco a los firmantes"
    assert text.startswith("Modo independiente: no hay ningún centro vinculado.")
    assert "protege una copia de la base de datos, pero no este dispositivo junto con su almacén de claves" in text
    assert "Vincule el quiosco con un centro" in text
