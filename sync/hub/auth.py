"""The coordinator's dashboard password (scrypt hash in the database) and login sessions.

Login is slowed down by failures kept in the database, so every hub process counts the same
ones (:func:`login_wait`):

- *Per source* (the client's address, see :func:`sync.hub.throttle.source_of`): three wrong
  passwords are free (a coordinator mistypes); after that a source waits 2 s, then 4, 8, …
  up to 5 minutes before its next password is checked. A right password clears its failures.
  A guesser at one address thus slows down only itself: the coordinator's browser at another
  address is checked at once.
- *Overall*, a cap on guesses: once the last five minutes hold :data:`SOFT_GLOBAL_FAILURES`
  failures from anywhere, only a source that has not failed in those five minutes is checked
  (the coordinator typing the right password from a fresh browser still gets in); at
  :data:`HARD_GLOBAL_FAILURES` nobody is checked until the oldest failure leaves the window.
  Many addresses are needed to reach either: one address makes about ten in five minutes.

Session cookies are random 256-bit values of which only the SHA-256 is stored.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
import os
import secrets
from datetime import datetime, timedelta

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.orm import Session

from kiosk.store import utcnow
from sync.hub.context import get_meta, set_meta
from sync.hub.devices import sha256_hex
from sync.hub.models import DashboardSession, LoginAttempt

META_PASSWORD = "dashboard.password_scrypt"  # noqa: S105 - the meta key, not a password
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
SCRYPT_MAXMEM = 64 * 1024 * 1024
SESSION_LIFETIME = timedelta(hours=12)
SOURCE_WINDOW = timedelta(minutes=15)  # a source's failures are remembered this long
GLOBAL_WINDOW = timedelta(minutes=5)
FREE_FAILURES = 3
MAX_SOURCE_DELAY_S = 300
SOFT_GLOBAL_FAILURES = 30
HARD_GLOBAL_FAILURES = 100


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


def _source_delay_s(failures: int) -> float:
    """How long a source waits after its ``failures``-th failure in a row."""
    if failures < FREE_FAILURES:
        return 0.0
    return float(min(2 ** (failures - FREE_FAILURES + 1), MAX_SOURCE_DELAY_S))


def login_wait(engine: Engine, source: str, now: datetime | None = None) -> int:
    """0 if a password from ``source`` may be checked now; else the seconds it must wait."""
    now = now or utcnow()
    with Session(engine) as session:
        mine = list(session.scalars(select(LoginAttempt.at).where(
            LoginAttempt.source == _source_key(source), LoginAttempt.at >= now - SOURCE_WINDOW)
            .order_by(LoginAttempt.at)))
        newest = list(session.scalars(select(LoginAttempt.at).where(LoginAttempt.at >= now - GLOBAL_WINDOW)
                                      .order_by(LoginAttempt.at.desc()).limit(HARD_GLOBAL_FAILURES)))
    until = now
    if mine:
        until = max(until, mine[-1] + timedelta(seconds=_source_delay_s(len(mine))))
    failed_lately = bool(mine) and mine[-1] >= now - GLOBAL_WINDOW
    cap = SOFT_GLOBAL_FAILURES if failed_lately else HARD_GLOBAL_FAILURES
    if len(newest) >= cap:
        # Until the window holds fewer failures than the cap: the cap-th newest has left it.
        until = max(until, newest[cap - 1] + GLOBAL_WINDOW)
    return math.ceil((until - now).total_seconds()) if until > now else 0


def _source_key(source: str) -> str:
    # The address's SHA-256, kept 15 minutes: no address in plain sight (though one could try
    # every IPv4 address against it; it is not secret, only not displayed).
    return hashlib.sha256(source.encode()).hexdigest()


def note_failure(engine: Engine, source: str) -> None:
    """Remember one failed login from ``source`` (and forget old ones)."""
    now = utcnow()
    with Session(engine) as session, session.begin():
        session.add(LoginAttempt(at=now, source=_source_key(source)))
        session.execute(delete(LoginAttempt).where(LoginAttempt.at < now - SOURCE_WINDOW))


def note_success(engine: Engine, source: str) -> None:
    """A right password: ``source`` starts afresh (the failures still count overall)."""
    with Session(engine) as session, session.begin():
        session.execute(update(LoginAttempt).where(LoginAttempt.source == _source_key(source))
                        .values(source=""))


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
