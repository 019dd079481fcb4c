"""One keyring slot: what every secret kept in the OS keyring goes through (kiosk/secrets.py)."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring

from kiosk.errors import KeyStoreUnavailable
from kiosk.secrets import SERVICE, KeyringSlot, get_sync_token, set_sync_token


def test_a_slot_keeps_reads_and_forgets_its_value_in_the_keyring() -> None:
    slot = KeyringSlot("test-slot:kiosk-1")
    assert slot.read() is None and slot.read_if_available() is None
    slot.write("s3cret")
    assert slot.read() == slot.read_if_available() == "s3cret"
    assert keyring.get_password(SERVICE, "test-slot:kiosk-1") == "s3cret"  # where the OS keeps it
    slot.delete()
    slot.delete()  # nothing left to forget: still fine
    assert slot.read() is None


def test_without_a_keyring_writes_refuse_and_lookups_miss(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")  # no backend chosen on purpose: the fail one is refused
    monkeypatch.delenv("PETITION_KIOSK_SYNC_TOKEN", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        slot = KeyringSlot("test-slot:kiosk-1")
        with pytest.raises(KeyStoreUnavailable):
            slot.write("s3cret")
        with pytest.raises(KeyStoreUnavailable):
            slot.read()
        assert slot.read_if_available() is None
        slot.delete()  # no keyring holds anything to forget
        with pytest.raises(KeyStoreUnavailable):
            set_sync_token("t0ken")
        assert get_sync_token() is None
    finally:
        keyring.set_keyring(previous)
