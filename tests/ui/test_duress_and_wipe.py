"""Issue 13, the panic wipe from the kiosk's own screens: the admin area's button (after a
confirmation) and the duress PIN typed at the PIN pad, which answers exactly as a wrong PIN.
Afterwards no canary is recoverable from the raw files even with the old key store, the
counts are as before, and the kiosk shows its usual welcome screen."""

from __future__ import annotations

from pathlib import Path

from kiosk.runtime import KioskContext
from kiosk.secrets import DataKeyStore
from tests.kiosk.test_panic_wipe import canary, canary_strings
from tests.support import COORDINATOR_PIN, valid_signer
from tests.sync.client.test_remnants import raw_files, read_rows, remaining
from ui.kiosk_window import KioskWindow, Step
from ui.selftest import KioskDriver, tap

DURESS_PIN = "582014"
SIGNERS = 12


def record_canaries(kiosk: KioskContext) -> dict[str, bytes]:
    for n in range(SIGNERS):
        kiosk.store.record(valid_signer(kiosk.campaign, n, **canary(n)), kiosk.campaign, "es", True)
    return {uuid: sealed for uuid, (sealed, _e, _p) in read_rows(kiosk.data_dir).items()}


def assert_nothing_recoverable(kiosk: KioskContext, blobs: dict[str, bytes], old_key: bytes) -> None:
    files = raw_files(kiosk.data_dir)
    assert remaining(blobs, files) == {name: [] for name in files}
    everything = b"".join(files.values())
    assert not [s for n in range(SIGNERS) for s in canary_strings(n) if s in everything]
    assert DataKeyStore(kiosk.key_store, kiosk.data_dir).load(kiosk.store.kiosk_id) != old_key
    assert all(kiosk.store.personal(uuid) is None for uuid in blobs)


def set_duress_pin(driver: KioskDriver, pin: str) -> None:
    driver.open_admin(COORDINATOR_PIN)
    panel = driver.window.admin_panel
    assert panel is not None
    panel.tabs.setCurrentIndex(3)  # Settings
    tap(panel.settings_page.safety.duress_button)
    assert driver.step is Step.PIN_CHANGE
    for _ in range(2):
        driver.enter_pin(pin, new=True)
    assert driver.step is Step.ADMIN
    assert "A duress PIN is set" in panel.settings_page.safety.duress_state.text()
    driver.tap_admin("back")


def test_the_duress_pin_looks_like_a_wrong_pin_and_erases_everything(
        window: KioskWindow, kiosk: KioskContext) -> None:
    driver = KioskDriver(window)
    set_duress_pin(driver, DURESS_PIN)
    blobs = record_canaries(kiosk)
    old_key = DataKeyStore(kiosk.key_store, kiosk.data_dir).load(kiosk.store.kiosk_id)
    assert old_key is not None
    window.refresh_counts()
    counter_before = window.welcome.counter.text()

    driver.corner_taps()
    driver.enter_pin("000111")  # a wrong PIN, for comparison
    wrong = (driver.step, window.screens.pin_pad.status.text(), window.screens.pin_pad.locked)
    for key in ("pin_failures", "pin_locked_until"):  # as after the coordinator's next right PIN
        kiosk.store.set_meta(key, "0")
    tap(window.screens.pin_pad.cancel_button)
    driver.corner_taps()
    driver.enter_pin(DURESS_PIN)
    duress = (driver.step, window.screens.pin_pad.status.text(), window.screens.pin_pad.locked)
    assert duress == wrong
    assert wrong[0] is Step.PIN and wrong[2] and "Try again in 5 seconds" in wrong[1]
    tap(window.screens.pin_pad.cancel_button)
    assert driver.step is Step.WELCOME
    window.refresh_counts()
    assert window.welcome.counter.text() == counter_before  # the counts stay
    assert kiosk.store.counts().total == SIGNERS
    assert_nothing_recoverable(kiosk, blobs, old_key)


def test_the_admin_button_erases_after_a_confirmation(window: KioskWindow, kiosk: KioskContext) -> None:
    blobs = record_canaries(kiosk)
    old_key = DataKeyStore(kiosk.key_store, kiosk.data_dir).load(kiosk.store.kiosk_id)
    assert old_key is not None
    driver = KioskDriver(window)
    driver.open_admin(COORDINATOR_PIN)
    panel = window.admin_panel
    assert panel is not None
    panel.tabs.setCurrentIndex(3)
    safety = panel.settings_page.safety
    tap(safety.wipe_button)
    assert safety.confirm_button.isVisible() and "cannot be undone" in safety.confirm_text.text()
    tap(safety.keep_button)  # second thoughts: nothing happens
    assert all(kiosk.store.personal(uuid) is not None for uuid in blobs)
    tap(safety.wipe_button)
    tap(safety.confirm_button)
    assert driver.step is Step.WELCOME
    assert kiosk.store.counts().total == SIGNERS
    assert_nothing_recoverable(kiosk, blobs, old_key)


def test_the_duress_pin_cannot_be_the_coordinator_pin(window: KioskWindow, kiosk: KioskContext,
                                                      tmp_path: Path) -> None:
    driver = KioskDriver(window)
    driver.open_admin(COORDINATOR_PIN)
    panel = window.admin_panel
    assert panel is not None
    tap(panel.settings_page.safety.duress_button)
    for _ in range(2):
        driver.enter_pin(COORDINATOR_PIN, new=True)
    assert driver.step is Step.PIN_CHANGE
    assert "must be different" in window.screens.pin_change_pad.status.text()
    assert "No duress PIN is set." in panel.settings_page.safety.duress_state.text()


def test_the_safety_section_is_in_spanish(window: KioskWindow, spanish: None) -> None:
    driver = KioskDriver(window)
    driver.open_admin(COORDINATOR_PIN)
    panel = window.admin_panel
    assert panel is not None
    safety = panel.settings_page.safety
    assert safety.duress_button.text() == "Fijar un PIN de emergencia"
    tap(safety.duress_button)
    assert "PIN de emergencia" in window.screens.pin_change_pad.prompt.text()
