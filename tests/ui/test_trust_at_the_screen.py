"""What the tablet trusts, edited on the disk, as the people at the kiosk meet it (issue 22, point 5).

The real window (Qt offscreen) on a real SQLite file, a real hub process on 127.0.0.1 for the
paired kiosk, and the real ``petition-kiosk run`` in a child process for a restart. The disk is
edited with ``sqlite3`` as someone who had the tablet for a few minutes would. Collection stops
on the start-failure screen, in the kiosk's language; no signer is sealed to the planted key and
no planted or deleted PIN record opens the admin area or asks for a "first" PIN.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from kiosk.hpke_seal import SealedForHub, generate_private_key
from kiosk.pin import META_PIN_HASH, PinGuard, hash_pin
from kiosk.runtime import KioskContext, open_kiosk
from kiosk.settings import load_settings
from kiosk.store_keys import META_SEALING_KEY
from ui.kiosk_window import KioskWindow, Step
from ui.selftest import KioskDriver, sign_through_screens, tap

pytest.importorskip("fastapi", reason="the hub extra is not installed (pip install -e '.[hub]')")

from tests.sync.hub.support import HubProcess, paired  # after the skip: it imports the hub

REPO = Path(__file__).resolve().parents[2]
FIRST = {"given_name": "Begoña", "family_name": "Nuñez", "email": "begona@example.org", "postal_code": "90057"}
SECOND = {"given_name": "Ximena", "family_name": "Quispe", "email": "ximena@example.org", "postal_code": "90011"}
ATTACKER_PIN = "802461"
HEADING_ES = "Este quiosco no puede recibir firmas en este momento"
SEALING_KEY_CHANGED_ES = ("La clave con la que este quiosco protege las firmas fue cambiada en este aparato. Para "
                          "proteger a quienes firman, no acepta firmas hasta que se vuelva a vincular con su centro.")
PIN_RECORD_CHANGED_ES = ("El registro del PIN del coordinador fue cambiado en este aparato. Para proteger a quienes "
                         "firman, este quiosco no acepta firmas y su área de administración sigue cerrada.")


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[HubProcess]:
    process = HubProcess(tmp_path / "hub").start()
    yield process
    process.stop()


@pytest.fixture
def open_window(qtbot) -> Iterator[list[KioskWindow]]:  # type: ignore[no-untyped-def]
    """Opens windows on demand (after the test's set-up) and releases them after the test."""
    windows: list[KioskWindow] = []
    yield windows
    for window in windows:
        window.release()
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _window(qtbot, windows: list[KioskWindow], ctx: KioskContext) -> KioskWindow:  # type: ignore[no-untyped-def]
    window = KioskWindow(ctx, windowed=True)
    window.show_kiosk()
    qtbot.waitExposed(window)
    windows.append(window)
    return window


def _edit_row(path: Path, key: str, value: str | None) -> None:
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM meta WHERE key = ?", (key,))
        if value is not None:
            db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))


def _blobs(ctx: KioskContext) -> dict[str, bytes]:
    with sqlite3.connect(ctx.store.path) as db:
        return {u: bytes(b) for u, b in db.execute("SELECT uuid, sealed FROM signatures")}


def test_a_sealing_key_swapped_while_the_kiosk_runs_stops_collection_at_the_next_signer(
        qtbot, kiosk: KioskContext, hub: HubProcess, spanish: None,  # type: ignore[no-untyped-def]
        open_window: list[KioskWindow]) -> None:
    paired(kiosk, hub)
    window = _window(qtbot, open_window, kiosk)
    sign_through_screens(window, FIRST, language="es")
    assert window.current_step() is Step.THANK_YOU
    attacker = generate_private_key()
    _edit_row(kiosk.store.path, META_SEALING_KEY, attacker.public_b64)
    window.start_over()

    sign_through_screens(window, SECOND, language="es")

    assert window.current_step() is Step.START_FAILURE
    failure = window.start_up.start_failure
    assert failure is not None
    assert failure.heading.text() == HEADING_ES
    assert failure.message.text() == SEALING_KEY_CHANGED_ES
    assert "petition-kiosk pair --hub URL --code CODE" in failure.detail.text()
    assert not window.storage_ready
    tap(window.welcome.start_button)  # nobody gets back into the flow
    assert window.current_step() is Step.START_FAILURE
    blobs = _blobs(kiosk)
    assert len(blobs) == 1  # the first signer only
    opened_by_attacker = 0
    for record_id, blob in blobs.items():
        try:
            attacker.open(record_id, blob)
            opened_by_attacker += 1
        except SealedForHub:
            pass
    assert opened_by_attacker == 0
    [(record_id, blob)] = blobs.items()
    assert json.loads(hub.context.sealer.hpke.open(record_id, blob))["given_name"] == "Begoña"


def test_a_pin_record_rewritten_while_the_kiosk_runs_opens_nothing_and_stops_collection(
        qtbot, kiosk: KioskContext, spanish: None,  # type: ignore[no-untyped-def]
        open_window: list[KioskWindow]) -> None:
    window = _window(qtbot, open_window, kiosk)
    tap(window.welcome.language_buttons["es"])
    _edit_row(kiosk.store.path, META_PIN_HASH, hash_pin(ATTACKER_PIN))

    KioskDriver(window).open_admin(ATTACKER_PIN)

    assert window.admin_panel is None
    assert window.current_step() is Step.START_FAILURE
    failure = window.start_up.start_failure
    assert failure is not None
    assert failure.message.text() == PIN_RECORD_CHANGED_ES
    assert "docs/hub.md" in failure.detail.text()


def _start(data_dir: Path) -> dict[str, dict[str, object]]:
    """``petition-kiosk run`` (tests/ui/start_driver.py): what it showed, by report."""
    result = subprocess.run([sys.executable, "-m", "tests.ui.start_driver", "--data-dir", str(data_dir)], cwd=REPO,
                            capture_output=True, text=True, env=dict(os.environ), timeout=180)
    reports = {}
    for line in result.stdout.splitlines():
        tag, _, payload = line.partition(" ")
        reports[tag] = json.loads(payload)
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    return reports


@pytest.mark.parametrize("edit", ["pin-row-deleted", "sealing-key-swapped"])
def test_at_the_next_start_an_edited_disk_shows_the_start_failure_not_a_first_pin(data_dir: Path, edit: str) -> None:
    ctx = open_kiosk(data_dir)
    PinGuard(ctx).change_pin("135790")
    ctx.store.set_sealing_key(generate_private_key().public_b64)  # what pairing keeps (and pins)
    path = ctx.store.path
    ctx.close()
    settings, _ = load_settings(data_dir)
    settings.set("default_language", "es")
    settings.save()
    if edit == "pin-row-deleted":
        _edit_row(path, META_PIN_HASH, None)
    else:
        _edit_row(path, META_SEALING_KEY, generate_private_key().public_b64)

    reports = _start(data_dir)

    assert "SIGNED" not in reports and "READY" not in reports  # no first PIN chosen, nobody signed
    heading, reason, _advice, _detail, _close = reports["FAILURE"]["texts"]  # type: ignore[misc]
    assert heading == HEADING_ES
    assert reason == (PIN_RECORD_CHANGED_ES if edit == "pin-row-deleted" else SEALING_KEY_CHANGED_ES)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM signatures").fetchone()[0] == 0
        pin_row = db.execute("SELECT value FROM meta WHERE key = ?", (META_PIN_HASH,)).fetchone()
    assert (pin_row is None) == (edit == "pin-row-deleted")  # nothing written in the deleted row's place
