"""The admin PIN: scrypt hashing and a lockout that grows and survives a restart.

The hash and the lockout live in the database's meta table (through the store), not in
``settings.json``: deleting or corrupting that file resets neither. A ``pin_hash`` an older
release kept in ``settings.json`` is moved into the database once and removed from the file.

There is no working default PIN. A kiosk with no PIN chosen (a new one, or one still on the
first release's documented :data:`DEFAULT_PIN`) asks the coordinator to choose one before the
first signer (:meth:`PinGuard.needs_new_pin`), and a PIN everybody could guess is refused
(:func:`valid_new_pin`). Each wrong PIN locks the pad for a delay that doubles
(:func:`lockout_delay_s`), so pulling the plug or restarting the app does not reset it. A
clock set backwards cannot extend the lock beyond the maximum.

A *duress PIN* (optional, set in the admin area) erases all personal data when typed at the
pad (kiosk/wipe.py) and is answered exactly as a wrong PIN is: the same message, the same
lockout, the same work (both hashes are checked for every PIN typed).

The PIN's row is authenticated under a key in the key store (kiosk/trust.py): it holds the
hash and an HMAC over it and the duress PIN's hash. A row edited on the disk, a duress row
edited or removed, or the PIN's row deleted is refused with
:class:`~kiosk.trust.PinRecordChanged` (the admin area stays closed, collection stops) instead
of opening to another PIN or asking for a "first" one. A row from before this release (no
key yet) is authenticated as it stands at its first reading.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import itertools
import os
import time
from collections.abc import Callable
from enum import Enum, auto
from typing import TYPE_CHECKING

from kiosk.runtime import KioskContext

if TYPE_CHECKING:  # kiosk.trust loads the keyring: only once a PIN is looked at, after the first frame
    from kiosk.trust import PinRecordKey

DEFAULT_PIN = "2468"  # the first release's documented default: never accepted, never choosable
MIN_PIN_LENGTH = 4
MAX_PIN_LENGTH = 12
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES = 16
FIRST_DELAY_S = 5
MAX_DELAY_S = 3600
META_FAILURES = "pin_failures"
META_LOCKED_UNTIL = "pin_locked_until"
META_PIN_HASH = "pin_hash"
META_PIN_IMPORTED = "pin_settings_imported"  # settings.json's pin_hash was looked at (once)
META_DURESS_HASH = "duress_pin_hash"


class PinCheck(Enum):
    """What a PIN typed at the pad came to."""

    OPEN = auto()    # the coordinator PIN: the admin area opens
    WRONG = auto()   # not right (or the pad is locked)
    DURESS = auto()  # the duress PIN: wipe, and answer as for a wrong PIN


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """``scrypt$N$r$p$salt$hash`` (base64) for ``pin``."""
    salt = salt or os.urandom(SALT_BYTES)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    encode = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${encode(salt).decode()}${encode(digest).decode()}"


def check_pin_hash(pin: str, stored: str) -> bool:
    """Whether ``pin`` matches a hash made by :func:`hash_pin`."""
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
        if scheme != "scrypt":
            return False
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        actual = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=int(n), r=int(r), p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


@functools.cache
def _decoy_hash() -> str:
    """Checked against when no duress PIN is set, so every PIN costs two scrypt runs either way."""
    return hash_pin("0", salt=b"\x00" * SALT_BYTES)


def lockout_delay_s(failures: int) -> int:
    """Seconds the pad stays locked after ``failures`` wrong PINs in a row."""
    if failures <= 0:
        return 0
    return int(min(FIRST_DELAY_S * 2 ** (failures - 1), MAX_DELAY_S))


def valid_new_pin(pin: str) -> bool:
    """A new PIN must be digits only, 4 to 12 of them (see :func:`easy_to_guess` too)."""
    return pin.isdigit() and pin.isascii() and MIN_PIN_LENGTH <= len(pin) <= MAX_PIN_LENGTH


def easy_to_guess(pin: str) -> bool:
    """The documented default, one digit repeated, or a run up or down (1234, 9876, 7890)."""
    if pin == DEFAULT_PIN or len(set(pin)) == 1:
        return True
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    return steps in ({1}, {9})


class PinGuard:
    """Checks PINs against the stored hash and enforces the persistent lockout."""

    def __init__(self, ctx: KioskContext, clock: Callable[[], float] = time.time) -> None:
        self._ctx = ctx
        self._clock = clock

    @property
    def failures(self) -> int:
        """Wrong PINs in a row (persisted)."""
        raw = self._ctx.store.get_meta(META_FAILURES)
        return int(raw) if raw and raw.isdigit() else 0

    def seconds_locked(self) -> int:
        """Seconds until another PIN may be tried (0 = the pad is open)."""
        raw = self._ctx.store.get_meta(META_LOCKED_UNTIL)
        try:
            until = float(raw) if raw else 0.0
        except ValueError:
            until = 0.0
        remaining = until - self._clock()
        if remaining <= 0:
            return 0
        # A clock moved backwards must not lock the coordinator out for longer than the
        # current step of the schedule allows.
        return int(min(remaining, lockout_delay_s(self.failures) or MAX_DELAY_S)) + 1

    def _records(self) -> PinRecordKey:
        from kiosk.trust import PinRecordKey

        ctx = self._ctx
        return PinRecordKey(ctx.key_store, ctx.data_dir, ctx.store.kiosk_id)

    def _duress_row(self) -> str:
        return self._ctx.store.get_meta(META_DURESS_HASH) or ""

    def stored_hash(self) -> str:
        """The PIN's hash from the database ('' = none chosen), checked against its key-store MAC.

        Raises :class:`~kiosk.trust.PinRecordChanged` when the row (or the duress PIN's) was
        edited or removed since this kiosk last wrote it. An older setting is moved in once,
        only while no PIN was ever authenticated here (else a planted one would be a reset).
        """
        from kiosk.trust import PinRecordChanged, is_sealed_row

        store = self._ctx.store
        records = self._records()
        stored = store.get_meta(META_PIN_HASH)
        keys = records.keys()
        if keys:
            return records.open(keys, stored, self._duress_row())
        if stored is None and store.get_meta(META_PIN_IMPORTED) is None:
            old = self._ctx.settings.pin_hash
            if old:
                stored = old
            store.set_meta(META_PIN_IMPORTED, "1")
            if old:  # the file no longer holds a PIN: nothing there to delete or forge
                self._ctx.settings.set("pin_hash", "")
                self._ctx.settings.save()
        if not stored:
            return ""
        if is_sealed_row(stored):
            # A MAC with no key to check it: the key store lost it, or the row was made elsewhere.
            raise PinRecordChanged("changed")
        # A PIN from before the record was authenticated: authenticated now, as it stands.
        self._write(stored, self._duress_row())
        return stored

    def _write(self, pin_hash: str, duress_hash: str) -> None:
        """Store the PIN's row (with its MAC) and the duress PIN's row in one transaction."""
        from sqlalchemy.orm import Session  # the store has loaded it already

        from kiosk.models import MetaEntry

        records = self._records()
        key = records.new_key()  # kept in the key store before any row depends on it
        with Session(self._ctx.store.engine) as session, session.begin():
            session.merge(MetaEntry(key=META_PIN_HASH, value=records.seal(key, pin_hash, duress_hash)))
            if duress_hash:
                session.merge(MetaEntry(key=META_DURESS_HASH, value=duress_hash))
            session.merge(MetaEntry(key=META_PIN_IMPORTED, value="1"))
        records.settle(key)

    def needs_new_pin(self) -> bool:
        """True while no PIN was chosen, or the chosen one is the documented default."""
        stored = self.stored_hash()
        return not stored or check_pin_hash(DEFAULT_PIN, stored)

    def try_pin(self, pin: str) -> bool:
        """Check ``pin``; a wrong one extends the lockout (a try while locked is refused)."""
        return self.check(pin) is PinCheck.OPEN

    def check(self, pin: str) -> PinCheck:
        """Check ``pin`` against the coordinator PIN and the duress PIN (the caller wipes on DURESS).

        A duress PIN counts as a wrong one for the lockout, so nothing on the pad tells them apart.
        """
        if self.seconds_locked() > 0:
            return PinCheck.WRONG
        stored = self.stored_hash()  # raises PinRecordChanged: a forged row opens nothing
        duress = self._duress_row()
        ok = bool(stored) and check_pin_hash(pin, stored)  # no PIN chosen: nothing opens
        # Checked whatever the first answer: a duress PIN takes as long as any other.
        is_duress = check_pin_hash(pin, duress) if duress else check_pin_hash(pin, _decoy_hash())
        if ok:
            self._ctx.store.set_meta(META_FAILURES, "0")
            self._ctx.store.set_meta(META_LOCKED_UNTIL, "0")
            return PinCheck.OPEN
        failures = self.failures + 1
        self._ctx.store.set_meta(META_FAILURES, str(failures))
        self._ctx.store.set_meta(META_LOCKED_UNTIL, repr(self._clock() + lockout_delay_s(failures)))
        return PinCheck.DURESS if is_duress and bool(duress) else PinCheck.WRONG

    def has_duress_pin(self) -> bool:
        """Whether a duress PIN is set."""
        return bool(self._ctx.store.get_meta(META_DURESS_HASH))

    def set_duress_pin(self, pin: str) -> None:
        """Store the duress PIN's hash (ValueError ``pin_format``, ``pin_easy`` or ``pin_same``)."""
        if not valid_new_pin(pin):
            raise ValueError("pin_format")
        if easy_to_guess(pin):
            raise ValueError("pin_easy")
        stored = self.stored_hash()
        if stored and check_pin_hash(pin, stored):
            raise ValueError("pin_same")
        self._write(stored, hash_pin(pin))  # the PIN's MAC covers the duress PIN's hash

    def change_pin(self, new_pin: str) -> None:
        """Store a new PIN's hash in the database.

        Raises ValueError ``pin_format`` if it is not 4-12 digits, ``pin_easy`` if anyone could
        guess it (:func:`easy_to_guess`), ``pin_same`` if it is the duress PIN.
        """
        if not valid_new_pin(new_pin):
            raise ValueError("pin_format")
        if easy_to_guess(new_pin):
            raise ValueError("pin_easy")
        duress = self._duress_row()
        if duress and check_pin_hash(new_pin, duress):
            raise ValueError("pin_same")
        self._write(hash_pin(new_pin), duress)
