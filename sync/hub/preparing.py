"""Making an upload ready to write, on processes of its own: the contract check, the one HPKE
open of each record, its contact hashes and the driver's parameters.

Why processes: every step before the insert holds the interpreter lock. The open alone (the
hybrid ML-KEM-768 + X25519 KEM, kiosk/hpke_seal.py) costs 75 to 140 µs a record, the check,
the decoding and the hashing about as much again, and with ten kiosks uploading at once
they all queued for one lock in the hub's one web process, while the batch writer waited
among them to hand the database its rows. Here they run on :data:`os.cpu_count` spawned
processes, so the web process keeps TLS, HTTP and the writer, and every core works.

What crosses to a preparing process is the body the kiosk sent (its records as they were
sealed, or in clear before pairing, as they crossed the network) and, once, at its start, the
keys that opening and hashing take (:class:`IngestKeys`: never the data key). What comes back
is what will be stored: clear columns, keyed contact hashes and each blob as sealed. An opened
record's person never leaves the process that opened it.

:func:`prepare_upload` is the one path, in a preparing process or (a relay hub, a test's app,
a broken pool) on the caller's thread: the answers are the same either way.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Dialect
from sqlalchemy.engine import make_url
from starlette.concurrency import run_in_threadpool

from sync.hub.api_models import MAX_SIGNATURES
from sync.hub.clear_columns import screen_batch
from sync.hub.context import HubSealer, IngestKeys
from sync.hub.ingest import PreparedBatch, prepare_batch
from sync.hub.opening import SealedRecordRefused
from sync.hub.parent_death import die_with_parent
from sync.hub.protocol import batch_problem
from sync.protocol.reasons import Reason
from sync.protocol.v1 import WireProblem

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IngestSetting:
    """What preparing an upload needs to know of the hub (all of it picklable, no data key)."""

    campaign_id: str
    country: str
    keys: IngestKeys
    #: The database's SQLAlchemy driver name (``sqlite``, ``postgresql+psycopg``): the rows are
    #: bound for it. A name, never the URL, which may hold a password.
    drivername: str


@dataclass(frozen=True)
class UploadRefused:
    """The whole upload refused: answered ``status`` with the Error body of ``reason``."""

    status: int
    reason: str


@dataclass(frozen=True)
class PreparedUpload:
    """An upload made ready: the batch to write (None: nothing in it may be stored) and the
    "rejected" results of the signatures screened out (sync/hub/clear_columns.py)."""

    batch: PreparedBatch | None
    refused: list[dict[str, str]]


class PrepareContext:
    """What :func:`prepare_upload` works with, made once per process from an :class:`IngestSetting`:
    the keys at work (kiosk/hpke_seal.py's opening key, the contact key) and the dialect."""

    def __init__(self, setting: IngestSetting) -> None:
        self.setting = setting
        self.sealer = HubSealer.for_ingest(setting.keys)
        self.dialect: Dialect = make_url(f"{setting.drivername}://").get_dialect()()


def prepare_upload(preparing: PrepareContext, body: bytes, device_id: str,
                   version: str) -> PreparedUpload | UploadRefused:
    """``body`` checked against the contract, screened, opened once and hashed; or why it is refused."""
    try:
        # orjson: a 500-signature body parses in a third of json's time (same JSON, stricter:
        # no NaN, no lone surrogates, nesting capped).
        document: Any = orjson.loads(body)
    except orjson.JSONDecodeError:
        return UploadRefused(400, Reason.INVALID_JSON)
    if isinstance(document, dict) and isinstance(document.get("signatures"), list) \
            and len(document["signatures"]) > MAX_SIGNATURES:
        return UploadRefused(413, Reason.TOO_MANY_SIGNATURES)
    # The contract's own check, compiled from the same models (sync/hub/protocol.py).
    problem = batch_problem(document)
    if problem is not None:
        return UploadRefused(400, problem)
    if document["campaign"] != preparing.setting.campaign_id:
        return UploadRefused(404, Reason.UNKNOWN_CAMPAIGN)
    # Clear columns of the wrong shape (free text in a postal code): rejected, never stored.
    document, refused = screen_batch(document, preparing.setting.country)
    if not document["signatures"]:
        return PreparedUpload(None, refused)
    try:
        batch = prepare_batch(preparing.dialect, preparing.sealer, device_id, document, app_version=version)
    except WireProblem as wire:
        # Fits the contract (contentEncoding is an annotation) but does not decode.
        return UploadRefused(400, wire.code)
    except SealedRecordRefused:
        # Sealed to another key, or moved to another UUID: the kiosk narrows it down to the
        # one record and keeps it as rejected with this reason.
        return UploadRefused(400, Reason.SEALED_UNREADABLE)
    return PreparedUpload(batch, refused)


# A preparing process's own means, set once by its initializer.
_process_preparing: PrepareContext | None = None


def _start_process(setting: IngestSetting, parent_pid: int) -> None:
    global _process_preparing
    die_with_parent(parent_pid)
    _process_preparing = PrepareContext(setting)


def _prepare_in_process(body: bytes, device_id: str, version: str) -> PreparedUpload | UploadRefused:
    assert _process_preparing is not None, "a preparing process starts with its setting"
    return prepare_upload(_process_preparing, body, device_id, version)


def _ready() -> bool:
    return _process_preparing is not None


# Four prepare faster than one SQLite writer stores (about 5,000 records a second each, beside
# the writer's 12,000), and each holds about 80 MB: more would only cost memory.
MAX_PREPARING = 4


def default_processes(web_processes: int = 1) -> int:
    """Preparing processes for each web process: the cores shared between the web processes,
    at most :data:`MAX_PREPARING` in all."""
    cores = min(MAX_PREPARING, os.cpu_count() or 1)
    return max(1, cores // max(1, web_processes))


class UploadPreparer:
    """Prepares uploads on ``processes`` spawned processes (0: on the caller's thread).

    A relay hub prepares on the caller's thread: it opens nothing, so there is nothing to
    spread. Should a preparing process die (killed, out of memory), the upload it held is
    prepared on the caller's thread and the pool is started again for the next ones.
    """

    def __init__(self, setting: IngestSetting, processes: int) -> None:
        self._setting = setting
        self._here = PrepareContext(setting)
        self._processes = processes if setting.keys.opening_material is not None else 0
        self._pool: ProcessPoolExecutor | None = None

    @property
    def processes(self) -> int:
        """How many preparing processes this preparer runs (0: none, it prepares on the caller's thread)."""
        return self._processes

    def start(self) -> None:
        """Spawn the preparing processes now, each importing and reading its keys, so the
        first uploads do not wait for that (it takes about a second of CPU each)."""
        if self._processes and self._pool is None:
            # Spawned, not forked: the web process runs threads (the writer, the forwarder),
            # and a fork would copy whatever lock one of them held at that moment.
            self._pool = ProcessPoolExecutor(self._processes, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_start_process, initargs=(self._setting, os.getpid()))
            for _ in range(self._processes):
                self._pool.submit(_ready)

    async def prepare(self, body: bytes, device_id: str, version: str) -> PreparedUpload | UploadRefused:
        """:func:`prepare_upload` of ``body``, on a preparing process when there are any."""
        pool = self._pool
        if pool is not None:
            try:
                loop = asyncio.get_running_loop()
                return await loop.run_in_executor(pool, _prepare_in_process, body, device_id, version)
            except BrokenProcessPool:
                log.warning("a preparing process ended; starting them again")
                self._restart(pool)
        return await run_in_threadpool(prepare_upload, self._here, body, device_id, version)

    def _restart(self, broken: ProcessPoolExecutor) -> None:
        if self._pool is broken:
            self._pool = None
            broken.shutdown(wait=False, cancel_futures=True)
            self.start()

    def close(self) -> None:
        """Stop the preparing processes (those at work finish first)."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
