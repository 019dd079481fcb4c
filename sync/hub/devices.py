"""Paired devices and pairing codes.

A pairing code is the first 80 bits of the hub certificate's SHA-256 (so the kiosk can pin
it before trusting anything the hub says) followed by a 40-bit one-time enrollment secret,
written in Crockford's base32 (no I, L, O, U) and grouped by four for typing. The hub keeps
only the secret's SHA-256, with its expiry, in the database: any hub process can check it.
One code is live at a time: making a new one (``hub serve``, ``hub pair-code``, opening the
dashboard) cancels every code not yet used, so a code seen earlier on a screen is worth nothing.
A device's bearer token is 256 random bits; only its SHA-256 is stored. A kiosk sends its own
id when it enrolls, and one that pairs again gets its row back (one row per kiosk on the dashboard).
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.clock import utcnow
from sync.hub.models import Device, PairingCode

CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
FINGERPRINT_BITS = 80
SECRET_BITS = 40
GROUP = 4
CODE_LIFETIME = timedelta(minutes=15)
TOKEN_BYTES = 32
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


class PairingRefused(Exception):
    """Enrollment refused; ``code`` is ``pairing_code_invalid`` or ``pairing_code_expired``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def _b32(value: int, bits: int) -> str:
    chars = []
    for _ in range(bits // 5):
        chars.append(CROCKFORD[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def _unb32(text: str) -> int:
    value = 0
    for char in text:
        value = value * 32 + CROCKFORD.index(char)
    return value


def sha256_hex(text: str) -> str:
    """SHA-256 of ``text`` as hex (how secrets and tokens are kept)."""
    return hashlib.sha256(text.encode()).hexdigest()


def format_code(fingerprint_hex: str, secret: str) -> str:
    """``XXXX-XXXX-…``: the fingerprint prefix then the secret."""
    prefix = int(fingerprint_hex[: FINGERPRINT_BITS // 4], 16)
    raw = _b32(prefix, FINGERPRINT_BITS) + secret
    return "-".join(raw[i : i + GROUP] for i in range(0, len(raw), GROUP))


@dataclass(frozen=True)
class ParsedCode:
    """What a typed pairing code says: the pinned fingerprint prefix and the secret."""

    fingerprint_prefix: str  # lowercase hex, FINGERPRINT_BITS / 4 digits
    secret: str


def parse_code(typed: str) -> ParsedCode | None:
    """Read a code as a person typed it (any case, dashes or spaces, O for 0); None if it
    cannot be a pairing code."""
    raw = "".join(ch for ch in typed.upper() if not ch.isspace() and ch != "-").translate(_LOOKALIKES)
    want = (FINGERPRINT_BITS + SECRET_BITS) // 5
    if len(raw) != want or any(ch not in CROCKFORD for ch in raw):
        return None
    split = FINGERPRINT_BITS // 5
    prefix = f"{_unb32(raw[:split]):0{FINGERPRINT_BITS // 4}x}"
    return ParsedCode(prefix, raw[split:])


def new_pairing_code(engine: Engine, fingerprint_hex: str, now: datetime | None = None) -> tuple[str, datetime]:
    """A fresh code (and when it expires); its secret's hash goes into the database, and every
    earlier code not yet used is cancelled (refused from now on as ``pairing_code_invalid``)."""
    now = now or utcnow()
    secret = _b32(secrets.randbits(SECRET_BITS), SECRET_BITS)
    expires = now + CODE_LIFETIME
    with Session(engine) as session, session.begin():
        session.execute(delete(PairingCode).where(PairingCode.used_at.is_(None)))
        session.add(PairingCode(secret_sha256=sha256_hex(secret), created_at=now, expires_at=expires))
    return format_code(fingerprint_hex, secret), expires


def enroll(engine: Engine, secret: str, label: str, app_version: str, now: datetime | None = None,
           kiosk_id: str | None = None) -> tuple[str, str]:
    """Use up a pairing secret and make a device; returns (device id, bearer token).

    A kiosk that sends its ``kiosk_id`` and was paired before gets its own row back (see
    :func:`_claim_row`); otherwise a new row is made.
    """
    try:
        return _enroll_once(engine, secret, label, app_version, now or utcnow(), kiosk_id)
    except IntegrityError:
        # Two enrollments of one kiosk raced and the other made its row first: this one rolled
        # back whole (its code unused), and now finds that row.
        return _enroll_once(engine, secret, label, app_version, now or utcnow(), kiosk_id)


def _enroll_once(engine: Engine, secret: str, label: str, app_version: str, now: datetime,
                 kiosk_id: str | None) -> tuple[str, str]:
    token = secrets.token_urlsafe(TOKEN_BYTES)
    digest = sha256_hex(secret.upper())
    with Session(engine) as session, session.begin():
        code = session.get(PairingCode, digest)
        if code is None or code.used_at is not None:
            raise PairingRefused("pairing_code_invalid")
        if code.expires_at <= now:
            raise PairingRefused("pairing_code_expired")
        # Conditional update: of two kiosks racing with one code, only one wins.
        used = session.execute(update(PairingCode).where(
            PairingCode.secret_sha256 == digest, PairingCode.used_at.is_(None)).values(used_at=now))
        if used.rowcount != 1:  # type: ignore[attr-defined]
            raise PairingRefused("pairing_code_invalid")
        known = session.scalar(select(Device).where(Device.kiosk_id == kiosk_id)) if kiosk_id else None
        if known is not None:
            _claim_row(known, label, sha256_hex(token), app_version)
            return known.id, token
        device_id = str(uuid.uuid4())
        session.add(Device(id=device_id, label=label[:100], token_sha256=sha256_hex(token), created_at=now,
                           app_version=app_version[:40], waiting=0, kiosk_id=kiosk_id))
        session.flush()  # a racing enrollment of the same kiosk fails here, inside the transaction
    return device_id, token


def _claim_row(device: Device, label: str, token_sha256: str, app_version: str) -> None:
    """Give a kiosk that pairs again its old row: the coordinator sees one row per kiosk, with
    the name it had and every figure it gathered, and its earlier uploads' receipts stay its own.

    The new token replaces the old one (revoked or not: a re-installed kiosk's old token is
    worth nothing now, and a copy of it must not keep uploading). A label the kiosk sends wins;
    none keeps the name the row had.
    """
    device.token_sha256 = token_sha256
    device.revoked_at = None
    device.app_version = app_version[:40]
    device.waiting = 0
    if label:
        device.label = label[:100]


def device_for_token(engine: Engine, token: str) -> Device | None:
    """The live (not revoked) device holding ``token``."""
    with Session(engine, expire_on_commit=False) as session:
        device = session.scalar(select(Device).where(Device.token_sha256 == sha256_hex(token)))
    if device is None or device.revoked_at is not None:
        return None
    return device


def revoke(engine: Engine, device_id: str, now: datetime | None = None) -> bool:
    """Revoke a device: its token answers 401 from now on. False if there is no such device."""
    with Session(engine) as session, session.begin():
        done = session.execute(update(Device).where(Device.id == device_id, Device.revoked_at.is_(None))
                               .values(revoked_at=now or utcnow()))
        return bool(done.rowcount)  # type: ignore[attr-defined]


def list_devices(engine: Engine) -> list[Device]:
    """Every device, newest first."""
    with Session(engine, expire_on_commit=False) as session:
        return list(session.scalars(select(Device).order_by(Device.created_at.desc())))


def report_waiting(engine: Engine, device_id: str, waiting: int, app_version: str = "") -> None:
    """What a kiosk said about itself when it asked for the totals (its backlog, its version)."""
    values: dict[str, object] = {"waiting": max(0, waiting), "last_seen_at": utcnow()}
    if app_version:
        values["app_version"] = app_version[:40]
    with Session(engine) as session, session.begin():
        session.execute(update(Device).where(Device.id == device_id).values(**values))
