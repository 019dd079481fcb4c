"""The admin area driven like a coordinator would: set an event, sign, watch the counts, export, cancel."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from kiosk.runtime import KioskContext
from kiosk.simulate import simulate
from tests.support import valid_signer
from ui.admin.panel import AdminPanel


def _count(panel: AdminPanel, key: str) -> int:
    return int(panel.overview.values[key].text().replace(",", ""))


def test_set_an_event_sign_and_see_the_counts_change(panel: AdminPanel, kiosk: KioskContext, qtbot: QtBot) -> None:
    page = panel.event_page
    panel.tabs.setCurrentIndex(1)
    qtbot.keyClicks(page.name_edit, "MacArthur Park rally")
    qtbot.keyClicks(page.place_edit, "MacArthur Park, Los Angeles")
    page.canvasser_edit.clear()
    qtbot.keyClicks(page.canvasser_edit, "Team Rosa")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)

    event_id = kiosk.current_event_id()
    assert event_id is not None
    assert [e.name for e in kiosk.store.events()] == ["MacArthur Park rally"]
    assert kiosk.store.events()[0].canvasser == "Team Rosa"
    assert (kiosk.data_dir / "settings.json").read_text(encoding="utf-8").count(str(event_id)) >= 1
    assert "MacArthur Park rally" in panel.overview.event_name.text()
    assert (_count(panel, "today"), _count(panel, "this_event"), _count(panel, "total")) == (0, 0, 0)

    # Two people sign at the rally, one signed yesterday elsewhere (no event).
    for n in range(2):
        kiosk.store.record(valid_signer(kiosk.campaign, n), kiosk.campaign, "es", True, event_id=event_id)
    panel.refresh()
    assert (_count(panel, "today"), _count(panel, "this_event"), _count(panel, "total")) == (2, 2, 2)
    assert _count(panel, "waiting") == 2

    kiosk.store.record(valid_signer(kiosk.campaign, 7), kiosk.campaign, "en", False)
    qtbot.waitUntil(lambda: _count(panel, "total") == 3, timeout=8000)  # the panel refreshes by itself
    assert _count(panel, "this_event") == 2
    # Issue 22: the same person again is a signature more; behind the PIN, the people count them once.
    kiosk.store.record(valid_signer(kiosk.campaign, 7), kiosk.campaign, "en", False)
    panel.refresh()
    assert (_count(panel, "total"), _count(panel, "people")) == (4, 3)
    assert panel.overview.row_labels["people"].text() == "People (a repeat signer counted once)"


def test_rejected_reasons_are_listed(panel: AdminPanel, kiosk: KioskContext) -> None:
    from sqlalchemy import update
    from sqlalchemy.orm import Session

    from kiosk.models import SignatureRecord

    uuid = kiosk.store.record(valid_signer(kiosk.campaign, 1), kiosk.campaign, "en", False)
    with Session(kiosk.store.engine) as session, session.begin():
        session.execute(update(SignatureRecord).where(SignatureRecord.uuid == uuid)
                        .values(state="rejected", last_error="invalid_email"))
    panel.refresh()
    assert _count(panel, "rejected") == 1
    # In words (issue 23), no longer the bare code the server sent.
    assert "the email address was refused: 1" in panel.overview.reasons.text()
    assert "invalid_email" not in panel.overview.reasons.text()


def test_key_store_warning_only_for_the_file_store(qtbot: QtBot, kiosk: KioskContext,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    plain = AdminPanel(kiosk, None)
    qtbot.addWidget(plain)
    assert plain.key_store_warning.isHidden()
    plain.shutdown()
    monkeypatch.setenv("PETITION_KIOSK_KEY_STORE", "file")
    warned = AdminPanel(kiosk, None)
    qtbot.addWidget(warned)
    warned.show()
    assert warned.key_store_warning.isVisible()
    assert "file" in warned.key_store_warning.text()
    warned.shutdown()


def test_export_a_tally_with_progress(panel: AdminPanel, kiosk: KioskContext, qtbot: QtBot, tmp_path: Path) -> None:
    simulate(kiosk.store, kiosk.campaign, 40, seed=5, event_name="Church hall")
    page = panel.export_page
    page.reload_events()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("tally"))
    page.event_combo.setCurrentIndex(page.event_combo.findData("Church hall"))
    out = tmp_path / "tally.pdf"
    page.path_edit.setText(str(out))
    values: list[int] = []
    page.progress.valueChanged.connect(values.append)
    with qtbot.waitSignal(page.runner.finished, timeout=30000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.progress.value() == 100
    assert any(0 < v < 100 for v in values)  # it moved through the middle, not just jumped
    assert "Saved 40 signatures" in page.result.text()
    with pdfplumber.open(out) as pdf:
        assert "Collected 40" in pdf.pages[0].extract_text()


def test_cancel_an_export(panel: AdminPanel, kiosk: KioskContext, qtbot: QtBot, tmp_path: Path) -> None:
    simulate(kiosk.store, kiosk.campaign, 120, seed=6)
    page = panel.export_page
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("sheets"))
    out = tmp_path / "sheets.pdf"
    page.path_edit.setText(str(out))
    with qtbot.waitSignal(page.runner.finished, timeout=30000) as finished:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
        assert page.cancel_button.isEnabled()
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].error_code == "export_cancelled"
    assert "cancelled" in page.result.text().lower()
    assert not out.exists()
    assert [p for p in tmp_path.iterdir() if p.suffix == ".part"] == []
    assert page.export_button.isEnabled() and not page.cancel_button.isEnabled()


def test_export_errors_are_one_clear_sentence(panel: AdminPanel, kiosk: KioskContext, qtbot: QtBot,
                                              tmp_path: Path) -> None:
    page = panel.export_page
    page.path_edit.setText(str(tmp_path / "t.pdf"))
    with qtbot.waitSignal(page.runner.finished, timeout=30000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.result.text() == "No signatures match these filters. Nothing was saved."
    kiosk.store.record(valid_signer(kiosk.campaign, 1), kiosk.campaign, "en", False)
    page.path_edit.setText(str(tmp_path / "missing" / "t.pdf"))
    with qtbot.waitSignal(page.runner.finished, timeout=30000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert "Cannot save there" in page.result.text()


def test_settings_are_saved(panel: AdminPanel, kiosk: KioskContext, qtbot: QtBot) -> None:
    page = panel.settings_page
    page.retention_combo.setCurrentIndex(page.retention_combo.findData("immediate"))
    assert not page.days_spin.isEnabled()
    page.timeout_spin.setValue(120)
    page.language_combo.setCurrentIndex(page.language_combo.findData("es"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    from kiosk.settings import load_settings

    saved, _ = load_settings(kiosk.data_dir)
    assert (saved["retention"], saved["inactivity_timeout_s"], saved["default_language"]) == ("immediate", 120, "es")


def test_sync_settings_and_token_go_to_the_right_places(panel: AdminPanel, kiosk: KioskContext, qtbot: QtBot) -> None:
    from kiosk.secrets import get_sync_token

    page = panel.sync_page
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("json"))
    page.url_edit.setText("https://petitions.example.org")
    qtbot.keyClicks(page.token_edit, "tok-123-secret")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert get_sync_token() == "tok-123-secret"
    assert page.token_edit.text() == ""
    settings_text = (kiosk.data_dir / "settings.json").read_text(encoding="utf-8")
    assert "https://petitions.example.org" in settings_text and "tok-123-secret" not in settings_text
    assert "A token is saved" in page.token_state.text()


def test_sync_now_reaches_the_bridge(qtbot: QtBot, kiosk: KioskContext) -> None:
    from PySide6.QtCore import QObject

    class Bridge(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.calls = 0

        def sync_now(self) -> None:
            self.calls += 1

    bridge = Bridge()
    widget = AdminPanel(kiosk, bridge)
    qtbot.addWidget(widget)
    qtbot.mouseClick(widget.sync_page.sync_now_button, Qt.MouseButton.LeftButton)
    assert bridge.calls == 1
    widget.shutdown()


def test_the_admin_area_in_spanish(panel: AdminPanel, qtbot: QtBot, spanish: None) -> None:
    qtbot.waitUntil(lambda: panel.back_button.text() == "Volver a las firmas", timeout=3000)
    assert panel.export_page.export_button.text() == "Exportar"
    assert panel.overview.heading.text() == "Firmas en este quiosco"
    assert panel.tabs.tabText(4) == "Exportaciones"


def test_coordinator_sets_up_an_event_with_taps_alone(panel: AdminPanel, kiosk: KioskContext, qtbot: QtBot) -> None:
    from ui.widgets.keyboard_layouts import key_object_name

    page = panel.event_page
    panel.tabs.setCurrentIndex(1)
    assert not panel.keyboard.isVisible()  # nothing to type yet: the keyboard stays out of the way
    qtbot.mouseClick(page.name_edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.keyboard.isVisible, timeout=3000)

    def tap(key: str) -> None:
        qtbot.mouseClick(panel.keyboard.findChild(QPushButton, key_object_name(key)), Qt.MouseButton.LeftButton)

    for key in ("p", "e", "ñ", "a", "space", "a", "l", "t", "a"):
        tap(key)
    assert page.name_edit.text() == "Peña Alta"  # each word starts with a capital, as in the signer form
    tap("next")
    assert page.place_edit.hasFocus()
    for key in ("p", "a", "r", "k"):
        tap(key)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert [(e.name, e.place) for e in kiosk.store.events()] == [("Peña Alta", "Park")]
    assert not panel.keyboard.isVisible()  # a button took focus: the keyboard went away


def test_signatures_kept_for_lack_of_contact_are_shown_as_not_sent_upstream(panel: AdminPanel,
                                                                              kiosk: KioskContext) -> None:
    from sqlalchemy import update
    from sqlalchemy.orm import Session

    from kiosk.models import NOT_SENT_NO_CONTACT, SignatureRecord, SyncState

    uuid = kiosk.store.record(valid_signer(kiosk.campaign, 1), kiosk.campaign, "en", False)
    with Session(kiosk.store.engine) as session, session.begin():
        session.execute(update(SignatureRecord).where(SignatureRecord.uuid == uuid)
                        .values(state=SyncState.NOT_SENT, last_error=NOT_SENT_NO_CONTACT))
    panel.refresh()
    assert (_count(panel, "not_sent"), _count(panel, "rejected"), _count(panel, "total")) == (1, 0, 1)
    assert panel.overview.row_labels["not_sent"].text() == "Not sent upstream (no contact)"


def test_export_the_record_of_destruction_in_spanish(panel: AdminPanel, kiosk: KioskContext, qtbot: QtBot,
                                                     tmp_path: Path) -> None:
    from sqlalchemy import update
    from sqlalchemy.orm import Session

    from kiosk.clock import utcnow
    from kiosk.models import SignatureRecord

    simulate(kiosk.store, kiosk.campaign, 6, seed=5)
    with Session(kiosk.store.engine) as session, session.begin():
        session.execute(update(SignatureRecord).values(state="synced", synced_at=utcnow()))
    assert kiosk.store.purge_synced(utcnow()) == 6
    page = panel.export_page
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("destruction"))
    page.language_combo.setCurrentIndex(page.language_combo.findData("es"))
    out = tmp_path / "destruccion.pdf"
    page.path_edit.setText(str(out))
    with qtbot.waitSignal(page.runner.finished, timeout=30000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert "6 records destroyed" in page.result.text()
    with pdfplumber.open(out) as pdf:
        text = pdf.pages[0].extract_text()
    assert "En este dispositivo se destruyeron los datos personales de 6 registros de firmas." in text
    assert "Por un coordinador (borrar ahora)" in text


def test_the_new_admin_rows_are_in_spanish(panel: AdminPanel, qtbot: QtBot, spanish: None) -> None:
    qtbot.waitUntil(lambda: panel.back_button.text() == "Volver a las firmas", timeout=3000)
    assert panel.overview.row_labels["not_sent"].text() == "No enviadas al servidor (sin contacto)"
    page = panel.export_page
    assert page.kind_combo.itemText(page.kind_combo.findData("destruction")) == (
        "Constancia de destrucción de datos personales (PDF)")
