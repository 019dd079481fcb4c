"""On a tablet in sealed mode the admin area offers no export that lists names, and says why."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from pytestqt.qtbot import QtBot

from kiosk.hpke_seal import generate_private_key
from kiosk.runtime import KioskContext
from kiosk.simulate import simulate
from ui.admin.panel import AdminPanel

NAMED = ("sheets", "csv")


def _offered(panel: AdminPanel) -> dict[str, bool]:
    combo = panel.export_page.kind_combo
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    return {str(combo.itemData(i)): model.item(i).isEnabled() for i in range(combo.count())}


def _seal(panel: AdminPanel, kiosk: KioskContext) -> None:
    kiosk.store.set_sealing_key(generate_private_key().public_b64)  # what pairing keeps
    panel.hide()
    panel.show()  # the admin area re-reads what it offers each time it opens


def test_a_sealed_tablet_greys_out_sheets_and_csv_with_the_reason_and_the_tally_works(
        panel: AdminPanel, kiosk: KioskContext, qtbot: QtBot, tmp_path: Path) -> None:
    page = panel.export_page
    assert all(_offered(panel).values()) and page.sealed_note.isHidden()
    _seal(panel, kiosk)
    simulate(kiosk.store, kiosk.campaign, 5)
    offered = _offered(panel)
    assert [kind for kind, enabled in offered.items() if not enabled] == list(NAMED)
    assert not page.sealed_note.isHidden()  # shown whenever the export page is
    assert "cannot open them" in page.sealed_note.text() and "hub" in page.sealed_note.text()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("tally"))
    out = tmp_path / "tally.pdf"
    page.path_edit.setText(str(out))
    with qtbot.waitSignal(page.runner.finished, timeout=30000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert out.exists() and page.result.text().startswith("Saved 5 signatures")


def test_the_reason_in_spanish(panel: AdminPanel, kiosk: KioskContext, qtbot: QtBot, spanish: None) -> None:
    _seal(panel, kiosk)
    note = panel.export_page.sealed_note
    qtbot.waitUntil(lambda: note.text().startswith("Las hojas de firmas y la hoja de cálculo"), timeout=3000)
    assert "centro" in note.text()
