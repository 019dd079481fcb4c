"""The coordinator's dashboard password (scrypt hash in the database) and login sessions.

Login is rate-limited by failures kept in the database, so every hub process counts the same
attempts. Session cookies are random 256-bit values of which only the SHA-256 is stored.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
from datetime import datetime, timedelta

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session

from kiosk.clock import utcnow
from sync.hub.context import get_meta, set_meta
from sync.hub.devices import sha256_hex
from sync.hub.models import DashboardSession, LoginAttempt

META_PASSWORD = "dashboard.password_scrypt"  # noqa: S105 - the meta key, not a password
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
SCRYPT_MAXMEM = 64 * 1024 * 1024
SESSION_LIFETIME = timedelta(hours=12)
FAILURE_WINDOW = timedelta(minutes=5)
MAX_FAILURES_IN_WINDOW = 5


def _scrypt(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, maxmem=SCRYPT_MAXMEM)


def set_password(engine: Engine, password: str) -> None:
    """Store the scrypt hash of the coordinator's password (and end every open session)."""
    salt = os.urandom(16)
    encoded = "scrypt$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(_scrypt(password, salt)).decode()
    set_meta(engine, META_PASSWORD, encoded)
    with Session(engine) as session, session.begin():
        session.execute(delete(DashboardSession))


def has_password(engine: Engine) -> bool:
    """Whether a coordinator password was set."""
    return bool(get_meta(engine, META_PASSWORD))


def password_matches(engine: Engine, password: str) -> bool:
    """Whether ``password`` is the coordinator's."""
    stored = get_meta(engine, META_PASSWORD)
    if not stored:
        return False
    _, salt, digest = stored.split("$")
    return hmac.compare_digest(_scrypt(password, base64.b64decode(salt)), base64.b64decode(digest))


def login_blocked(engine: Engine, now: datetime | None = None) -> bool:
    """Too many failed logins lately (from anywhere): refuse before checking the password."""
    since = (now or utcnow()) - FAILURE_WINDOW
    with Session(engine) as session:
        failures = session.scalar(select(func.count()).select_from(LoginAttempt).where(LoginAttempt.at >= since))
    return int(failures or 0) >= MAX_FAILURES_IN_WINDOW


def note_failure(engine: Engine) -> None:
    """Remember one failed login (and forget old ones)."""
    now = utcnow()
    with Session(engine) as session, session.begin():
        session.add(LoginAttempt(at=now))
        session.execute(delete(LoginAttempt).where(LoginAttempt.at < now - FAILURE_WINDOW))


def open_session(engine: Engine) -> str:
    """A new session; returns the cookie value."""
    token = secrets.token_urlsafe(32)
    now = utcnow()
    with Session(engine) as session, session.begin():
        session.add(DashboardSession(token_sha256=sha256_hex(token), created_at=now, expires_at=now + SESSION_LIFETIME))
    return token


def session_valid(engine: Engine, cookie: str) -> bool:
    """Whether ``cookie`` is a live coordinator session."""
    if not cookie:
        return False
    with Session(engine) as session:
        row = session.get(DashboardSession, sha256_hex(cookie))
    return row is not None and row.expires_at > utcnow()


def close_session(engine: Engine, cookie: str) -> None:
    """Log out."""
    with Session(engine) as session, session.begin():
        session.execute(delete(DashboardSession).where(DashboardSession.token_sha256 == sha256_hex(cookie)))
