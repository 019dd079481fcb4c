"""The admin PIN: scrypt hashing and a lockout that grows and survives a restart.

The hash lives in the ``pin_hash`` setting; an empty setting means :data:`DEFAULT_PIN`
(documented in the README, to be changed on first setup). Each wrong PIN locks the pad
for a delay that doubles (:func:`lockout_delay_s`); the failure count and the time the
lock ends are stored in the database's meta table, so pulling the plug or restarting the
app does not reset them. A clock set backwards cannot extend the lock beyond the maximum.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import time
from collections.abc import Callable

from kiosk.runtime import KioskContext

DEFAULT_PIN = "2468"
MIN_PIN_LENGTH = 4
MAX_PIN_LENGTH = 12
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES = 16
FIRST_DELAY_S = 5
MAX_DELAY_S = 3600
META_FAILURES = "pin_failures"
META_LOCKED_UNTIL = "pin_locked_until"


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


def lockout_delay_s(failures: int) -> int:
    """Seconds the pad stays locked after ``failures`` wrong PINs in a row."""
    if failures <= 0:
        return 0
    return int(min(FIRST_DELAY_S * 2 ** (failures - 1), MAX_DELAY_S))


def valid_new_pin(pin: str) -> bool:
    """A new PIN must be digits only, 4 to 12 of them."""
    return pin.isdigit() and pin.isascii() and MIN_PIN_LENGTH <= len(pin) <= MAX_PIN_LENGTH


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

    def uses_default_pin(self) -> bool:
        """True while no PIN has been set (the documented default is in force)."""
        return not self._ctx.settings.pin_hash

    def try_pin(self, pin: str) -> bool:
        """Check ``pin``; a wrong one (or any try while locked) extends the lockout."""
        if self.seconds_locked() > 0:
            return False
        stored = self._ctx.settings.pin_hash
        ok = check_pin_hash(pin, stored) if stored else hmac.compare_digest(pin, DEFAULT_PIN)
        if ok:
            self._ctx.store.set_meta(META_FAILURES, "0")
            self._ctx.store.set_meta(META_LOCKED_UNTIL, "0")
            return True
        failures = self.failures + 1
        self._ctx.store.set_meta(META_FAILURES, str(failures))
        self._ctx.store.set_meta(META_LOCKED_UNTIL, repr(self._clock() + lockout_delay_s(failures)))
        return False

    def change_pin(self, new_pin: str) -> None:
        """Store a new PIN's hash (raises ValueError if it is not 4-12 digits)."""
        if not valid_new_pin(new_pin):
            raise ValueError("pin_format")
        self._ctx.settings.set("pin_hash", hash_pin(new_pin))
        self._ctx.settings.save()
