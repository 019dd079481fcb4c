"""The admin area lists the exports saved on this device and deletes them on request."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.runtime import KioskContext
from kiosk.simulate import simulate
from ui.admin.panel import AdminPanel


def _export_csv(panel: AdminPanel, qtbot: QtBot, out: Path) -> None:
    page = panel.export_page
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("csv"))
    page.path_edit.setText(str(out))
    with qtbot.waitSignal(page.runner.finished, timeout=30000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)


def test_a_finished_export_is_listed_with_place_size_and_age_and_can_be_deleted(
        panel: AdminPanel, kiosk: KioskContext, qtbot: QtBot, tmp_path: Path) -> None:
    saved = panel.export_page.saved
    assert saved.table.rowCount() == 0 and saved.note.text() == "No exports are kept on this device."
    simulate(kiosk.store, kiosk.campaign, 30)
    out = tmp_path / "signers.csv"
    _export_csv(panel, qtbot, out)
    assert out.exists()
    assert saved.table.rowCount() == 1
    cells = [saved.table.item(0, column).text() for column in range(3)]
    assert cells[0] == str(out.resolve())
    assert cells[1] == f"{max(1, round(out.stat().st_size / 1024))} KB"
    assert cells[2] == "less than an hour"
    assert "personal data" in saved.note.text()
    assert not saved.delete_button.isEnabled()  # nothing chosen yet
    saved.table.selectRow(0)
    assert saved.delete_button.isEnabled()
    qtbot.mouseClick(saved.delete_button, Qt.MouseButton.LeftButton)
    assert not out.exists()
    assert saved.table.rowCount() == 0
    assert saved.status.text() == f"Deleted {out.resolve()}."


def test_the_saved_exports_list_in_spanish(panel: AdminPanel, kiosk: KioskContext, qtbot: QtBot,
                                           tmp_path: Path, spanish: None) -> None:
    saved = panel.export_page.saved
    qtbot.waitUntil(lambda: saved.heading.text() == "Exportaciones guardadas por este quiosco", timeout=3000)
    assert saved.note.text() == "No se guarda ninguna exportación en este dispositivo."
    simulate(kiosk.store, kiosk.campaign, 5)
    _export_csv(panel, qtbot, tmp_path / "firmas.csv")
    assert saved.table.item(0, 2).text() == "menos de una hora"
    assert saved.delete_button.text() == "Borrar la exportación elegida"
