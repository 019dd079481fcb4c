"""``petition-kiosk hub serve``: the app on uvicorn, over TLS with the hub's own certificate.

On PostgreSQL the web app runs in several worker processes (uvicorn's own supervisor): one
Python process parses, checks and seals about 0.9 of a core's worth of uploads before the
interpreter lock stops it, and the database takes concurrent writers. The hub keeps no
state outside its database and key store, so each worker opens the same hub and answers
any request. SQLite keeps one process: its one writer groups the uploads' commits
(sync/hub/writer.py), which needs every upload in one process. The forwarder runs once, in
the supervising process (several would still forward each row once, by their leases, but
would share the one upstream rate between them for nothing).
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sys
import uuid
from dataclasses import asdict, dataclass

import uvicorn
from fastapi import FastAPI

from sync.hub.app import create_app
from sync.hub.context import DEFAULT_PORT, HubContext, open_hub
from sync.hub.database import is_postgresql
from sync.hub.forwarder import Forwarder
from sync.hub.parent_death import die_with_parent
from sync.hub.preparing import default_processes

GIL_SWITCH_S = 0.0005
DEFAULT_HOST = "0.0.0.0"  # noqa: S104 - an event hub is reached by kiosks over the venue's Wi-Fi
MAX_DEFAULT_WORKERS = 4  # past this the database, not the Python side, is what waits
WORKER_ENV = "PETITION_KIOSK_HUB_WORKER"  # how a worker process learns which hub to open


def parse_listen(listen: str | None) -> tuple[str, int]:
    """``HOST:PORT`` (or ``:PORT``, or ``HOST``) into a host and a port; ValueError if unreadable."""
    if not listen:
        return DEFAULT_HOST, DEFAULT_PORT
    host, sep, port = listen.rpartition(":")
    if not sep:
        return listen, DEFAULT_PORT
    number = int(port)
    if not 0 < number < 65536:
        raise ValueError("port out of range")
    return host.strip("[]") or DEFAULT_HOST, number


def worker_processes(hub: HubContext, requested: int | None) -> int:
    """How many web processes serve ``hub``: on PostgreSQL ``requested``, else one per core (at
    most :data:`MAX_DEFAULT_WORKERS`); on SQLite always one, whose one writer groups the commits."""
    if not is_postgresql(hub.engine):
        return 1
    return requested or max(1, min(MAX_DEFAULT_WORKERS, os.cpu_count() or 1))


@dataclass(frozen=True)
class WorkerSpec:
    """What a worker process needs to open the same hub as its supervisor. The keys are not in
    it: each worker reads them from the key store itself. The database URL is, with its
    password if the operator gave one, which is why it travels in the environment (readable
    by the same user only) rather than on a command line."""

    data_dir: str
    database_url: str
    campaign: str | None
    parent_pid: int
    preparing_processes: int


def serve(hub: HubContext, host: str, port: int, workers: int | None = None, campaign: str | None = None) -> None:
    """Run until interrupted, with :func:`worker_processes` web processes."""
    logging.getLogger("uvicorn.error").setLevel(logging.WARNING)
    processes = worker_processes(hub, workers)
    several = processes > 1
    if not is_postgresql(hub.engine):
        # SQLite's one batch writer thread hands the interpreter lock away at every database
        # call and must win it back from the threads parsing other kiosks' uploads; at the
        # default 5 ms switch interval each of those waits could outlast the call itself,
        # with the write lock held. (PostgreSQL has no such writer: there the short interval
        # only cost switching.)
        sys.setswitchinterval(GIL_SWITCH_S)
    preparing = default_processes(processes)  # each web process's share of the cores (sync/hub/preparing.py)
    app: FastAPI | None = None if several else create_app(hub, preparing)
    if several:
        spec = WorkerSpec(str(hub.directory), hub.engine.url.render_as_string(hide_password=False), campaign,
                          os.getpid(), preparing)
        # Spawned workers inherit the environment.
        os.environ[WORKER_ENV] = json.dumps(asdict(spec))
    forwarder = Forwarder(hub, owner=f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}")
    forwarder.start()
    try:
        uvicorn.run(app or f"{__name__}:worker_app", factory=app is None, workers=processes,
                    host=host, port=port, ssl_keyfile=str(hub.certificate.key_path),
                    ssl_certfile=str(hub.certificate.cert_path), log_level="warning",
                    access_log=False,  # request lines carry URLs only, but keep the log lean
                    timeout_graceful_shutdown=5)
    finally:
        forwarder.close()
        if app is not None:
            app.state.batch_writer.close()


def worker_app() -> FastAPI:
    """A worker process's app (uvicorn calls this in each process it spawns)."""
    spec = WorkerSpec(**json.loads(os.environ[WORKER_ENV]))
    die_with_parent(spec.parent_pid)
    hub = open_hub(spec.data_dir, spec.database_url, spec.campaign)
    return create_app(hub, spec.preparing_processes)
