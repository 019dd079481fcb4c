"""Live figures: the dashboard and the big-number page are pushed each change (server-sent events).

Pages used to poll their JSON every second, and at a million signatures each poll recounted
everything (issue 26). Now each hub process has one :class:`LiveFigures`: a thread notices
every commit to the database, the process builds each page's document once per change (from
the counters of :mod:`sync.hub.aggregates`, a few rows), and every open page's stream is sent
the new document only if it differs from the one it has. Three dashboards open cost one
build per change, not three polls a second.

How a commit is noticed:

- SQLite: ``PRAGMA data_version`` on a connection of its own, read every
  :data:`SQLITE_CHECK_S` (it changes whenever any other connection, of this process or
  another, commits; reading it touches no page of the file).
- PostgreSQL: ``LISTEN petition_hub``; the counters' triggers send ``NOTIFY`` in the writing
  transaction, which PostgreSQL delivers at its commit to every hub process listening.

The browser falls back to polling the same documents when a proxy holds the stream back
(sync/hub/web/live.js).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import AsyncIterator, Callable
from typing import Any

from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from sync.hub.aggregates import CHANNEL
from sync.hub.database import is_postgresql

log = logging.getLogger(__name__)

SQLITE_CHECK_S = 0.02
HEARTBEAT_S = 15.0  # a comment line now and then, so an idle stream is not cut by a proxy
RETRY_MS = 1000  # the browser's wait before it reconnects a dropped stream
LISTEN_RETRY_S = 2.0


class LiveFigures:
    """One process's change feed and its per-change documents."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._version = 0
        self._changed: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._documents: dict[str, tuple[int, bytes]] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()

    def _start(self) -> None:
        if self._thread is not None:
            return
        self._loop = asyncio.get_running_loop()
        self._changed = asyncio.Event()
        watch = self._listen_postgresql if is_postgresql(self._engine) else self._watch_sqlite
        self._thread = threading.Thread(target=watch, name="hub-live-figures", daemon=True)
        self._thread.start()

    def close(self) -> None:
        """Stop the watching thread (the process is ending)."""
        self._stop.set()

    def _bump(self) -> None:
        # On the event loop: a new version, and every waiting stream wakes up.
        self._version += 1
        if self._changed is not None:
            self._changed.set()
            self._changed = asyncio.Event()

    def _notify(self) -> None:
        if self._loop is not None and not self._loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: nobody is listening
                self._loop.call_soon_threadsafe(self._bump)

    def _watch_sqlite(self) -> None:
        connection = self._engine.raw_connection()
        try:
            last = None
            while not self._stop.wait(SQLITE_CHECK_S):
                cursor = connection.cursor()
                version = cursor.execute("PRAGMA data_version").fetchone()[0]
                cursor.close()
                if version != last:
                    if last is not None:
                        self._notify()
                    last = version
        finally:
            connection.close()

    def _listen_postgresql(self) -> None:
        import psycopg  # imported only by a hub that runs on PostgreSQL

        url = self._engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        while not self._stop.is_set():
            try:
                with psycopg.connect(url, autocommit=True) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self._notify()  # anything missed while not listening
                    while not self._stop.is_set():
                        for _ in connection.notifies(timeout=1.0, stop_after=1):
                            self._notify()
            except psycopg.Error as exc:
                log.warning("hub live figures: listening failed (%s); retrying", type(exc).__name__)
                self._stop.wait(LISTEN_RETRY_S)

    async def document(self, name: str, build: Callable[[], bytes]) -> bytes:
        """``name``'s document as of the latest change, built once per change in this process."""
        self._start()
        lock = self._locks.setdefault(name, asyncio.Lock())
        async with lock:
            cached = self._documents.get(name)
            if cached is not None and cached[0] == self._version:
                return cached[1]
            version = self._version
            payload = await run_in_threadpool(build)
            self._documents[name] = (version, payload)
            return payload

    async def stream(self, event: str, build: Callable[[], bytes], name: str = "") -> AsyncIterator[bytes]:
        """Server-sent events named ``event``: the document ``name`` (default: the event's name)
        now, then again each time it changes."""
        name = name or event
        self._start()
        yield f"retry: {RETRY_MS}\n\n".encode()
        sent: bytes | None = None
        while True:
            assert self._changed is not None
            changed = self._changed  # taken before building, so a change meanwhile is not missed
            payload = await self.document(name, build)
            if payload != sent:
                yield b"event: " + event.encode() + b"\ndata: " + payload + b"\n\n"
                sent = payload
            try:
                await asyncio.wait_for(changed.wait(), HEARTBEAT_S)
            except TimeoutError:
                yield b": still here\n\n"


def live_figures(app_state: Any, engine: Engine) -> LiveFigures:
    """The process's :class:`LiveFigures`, made on first use."""
    figures: LiveFigures | None = getattr(app_state, "live_figures", None)
    if figures is None:
        figures = app_state.live_figures = LiveFigures(engine)
    return figures
