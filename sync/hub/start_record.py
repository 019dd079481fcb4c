"""How a hub was started, kept in its data dir so every ``hub`` command opens the same hub.

``hub serve --database postgresql+psycopg://… --listen …`` is typed once; ``hub pair-code``,
``hub status``, ``hub export`` and the rest, run later without those options, read them from
``hub-start.json`` in the data dir. Without it a PostgreSQL hub's ``hub pair-code`` opened a
fresh SQLite hub beside it and printed a code the running hub refused.

The file never holds a secret: the database URL is kept without its password. A password that
was given on the URL goes to the hub's secret store (kiosk/secrets.py's :class:`HubSecret`);
PostgreSQL's own ways (``PGPASSWORD``, ``~/.pgpass``, a service file) keep working as they are,
since the URL then has no password and libpq looks there.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from kiosk.errors import KioskError
from kiosk.secrets import HubSecret, hub_key_store_kind
from sync.hub.paths import HUB_DATABASE_NAME, TLS_DIR_NAME, default_database_url

RECORD_NAME = "hub-start.json"
RECORD_VERSION = 1


class OtherHubHere(KioskError, code="hub_other_database"):
    """This data dir already belongs to a hub on another database (``detail``: that database, no password)."""


@dataclass(frozen=True)
class StartRecord:
    """The database (without its password) and the listen address a hub was started with."""

    database_url: str
    listen: str | None = None


def without_password(url: str) -> str:
    """``url`` with any password taken out (the user name, host and database stay)."""
    parsed = make_url(url)
    # URL.set(password=None) means "leave it as it is": the named tuple's own _replace clears it.
    return parsed._replace(password=None).render_as_string(hide_password=False) if parsed.password else url


def read_record(directory: Path) -> StartRecord | None:
    """The record in ``directory``, or None where no hub has recorded its start there."""
    try:
        data = json.loads((directory / RECORD_NAME).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return None  # unreadable: treated as absent, and written whole again on the next start
    url = data.get("database_url") if isinstance(data, dict) else None
    if not isinstance(url, str) or not url:
        return None
    listen = data.get("listen")
    return StartRecord(url, listen if isinstance(listen, str) and listen else None)


def write_record(directory: Path, record: StartRecord) -> None:
    """Keep ``record`` in ``directory`` (owner-only, written whole: a temp file renamed into place)."""
    assert make_url(record.database_url).password is None, "a password never goes into the record"
    path = directory / RECORD_NAME
    tmp = path.with_name(f".{RECORD_NAME}.{os.getpid()}.tmp")
    payload = {"version": RECORD_VERSION, "database_url": record.database_url, "listen": record.listen}
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, stat.S_IRUSR | stat.S_IWUSR)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(payload, handle, indent=2)
        handle.write("\n")
    os.replace(tmp, path)


def _password_secret(directory: Path) -> HubSecret:
    # Named after the data dir: one machine may run two hubs from two data dirs.
    digest = hashlib.sha256(str(directory.resolve()).encode("utf-8")).hexdigest()[:16]
    return HubSecret(hub_key_store_kind(), f"hub-database-password:{digest}")


def resolve_database(directory: Path, given: str | None) -> str:
    """The database URL a command opens: ``given``, else the recorded one, else the embedded SQLite.

    Refuses (:class:`OtherHubHere`) a ``given`` database other than the one this data dir's
    hub was started with, and, for a data dir whose hub predates the record and keeps no
    SQLite file here, a command without ``--database``: either would open a second hub.
    Records the database on the first start, keeping a password given on the URL in the
    hub's secret store.
    """
    record = read_record(directory)
    if record is None:
        if given is None:
            if (directory / TLS_DIR_NAME).is_dir() and not (directory / HUB_DATABASE_NAME).exists():
                raise OtherHubHere("")  # a hub ran here on a database this command cannot know
            given = default_database_url(directory)
        _remember(directory, given, None)
        return given
    if given is None:
        return _with_remembered_password(directory, record.database_url)
    if without_password(given) != record.database_url:
        raise OtherHubHere(record.database_url)
    if make_url(given).password:
        _password_secret(directory).write(str(make_url(given).password))
    return given


def remember_listen(directory: Path, database_url: str, listen: str) -> None:
    """Record the address ``hub serve`` listens on, beside its database."""
    _remember(directory, database_url, listen)


def recorded_listen(directory: Path) -> str | None:
    """The listen address the hub was last served on, if any."""
    record = read_record(directory)
    return record.listen if record else None


def _remember(directory: Path, url: str, listen: str | None) -> None:
    password = make_url(url).password
    if password:
        _password_secret(directory).write(str(password))
    previous = read_record(directory)
    kept_listen = listen if listen is not None else (previous.listen if previous else None)
    write_record(directory, StartRecord(without_password(url), kept_listen))


def _with_remembered_password(directory: Path, url: str) -> str:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return url
    password = _password_secret(directory).read()
    if not password:
        return url  # PGPASSWORD, ~/.pgpass or trust: libpq finds it as before
    return parsed.set(password=password).render_as_string(hide_password=False)
