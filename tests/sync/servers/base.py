"""Shared machinery of the test servers: threads or a child process, faults, request log.

The servers are real HTTP/1.1 servers (``ThreadingHTTPServer``) on 127.0.0.1 with a real
SQLite database; faults are queued per request so a test can say "the next answer is a 500"
or "commit, then reset the connection" and watch the kiosk recover.
"""

from __future__ import annotations

import contextlib
import json
import socket
import sqlite3
import ssl
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from enum import StrEnum
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


class Fault(StrEnum):
    """What the server does wrong on one request."""

    ERROR_500 = "500"
    RESET_AFTER_COMMIT = "reset_after_commit"
    HANG = "hang"
    EMPTY_200 = "empty_200"
    MALFORMED_200 = "malformed_200"
    RATE_LIMITED = "429"
    DIE_MID_BATCH = "die_mid_batch"  # commit part of the batch, then the process dies
    HANG_AFTER_COMMIT = "hang_after_commit"  # store everything, then hold the answer (``seconds``)


@dataclass
class FaultPlan:
    """Faults for the next requests, in order (thread-safe)."""

    queue: deque[tuple[Fault, dict[str, Any]]] = field(default_factory=deque)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, fault: Fault, times: int = 1, **params: Any) -> None:
        with self.lock:
            for _ in range(times):
                self.queue.append((fault, params))

    def next(self) -> tuple[Fault | None, dict[str, Any]]:
        with self.lock:
            return self.queue.popleft() if self.queue else (None, {})


@dataclass(frozen=True)
class LoggedRequest:
    """One request as the server saw it."""

    at: float  # time.monotonic()
    status: int
    fault: str


class ServerApp:
    """State common to both servers: DB, tokens, faults, request log."""

    def __init__(self, db_path: Path, token: str) -> None:
        self.db_path = db_path
        self.tokens = {token}
        self.faults = FaultPlan()
        self.log: list[LoggedRequest] = []
        self.hang_s = 5.0
        self.retry_after_s = 1
        self.exit_process_on_die = False
        self.db_lock = threading.Lock()
        self.db = sqlite3.connect(db_path, check_same_thread=False, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        # "accepted" lets a kiosk purge its copy: like a real server, commit durably before answering.
        self.db.execute("PRAGMA synchronous=FULL")
        self.create_schema()

    def create_schema(self) -> None:
        raise NotImplementedError

    def handle_post(self, handler: RequestHandler, path: str, headers: dict[str, str], body: bytes) -> None:
        raise NotImplementedError

    def handle_get(self, handler: RequestHandler, path: str, headers: dict[str, str]) -> None:
        """A GET (a server that reads nothing answers 404)."""
        self.record(404, None)
        handler.answer(404, {"error": "not found"})

    def answer_server_fault(self, handler: RequestHandler, fault: Fault | None, params: dict[str, Any],
                            errors: dict[int, str]) -> bool:
        """Play a planned hang, 500 or 429 (``errors`` words each in the server's own style).

        Returns True when the request was answered with a fault; a hang then carries on.
        """
        if fault is Fault.HANG:
            time.sleep(params.get("seconds", self.hang_s))
        if fault is Fault.ERROR_500:
            self.record(500, fault)
            handler.answer(500, {"error": errors[500]})
            return True
        if fault is Fault.RATE_LIMITED:
            self.record(429, fault)
            handler.answer(429, {"error": errors[429]}, extra_headers={"Retry-After": str(self.retry_after_s)})
            return True
        return False

    def record(self, status: int, fault: Fault | None) -> None:
        self.log.append(LoggedRequest(time.monotonic(), status, fault.value if fault else ""))

    def statuses(self) -> list[int]:
        return [entry.status for entry in self.log]


class RequestHandler(BaseHTTPRequestHandler):
    """Dispatches to the app; knows how to answer, reset or hang."""

    protocol_version = "HTTP/1.1"
    server: AppServer

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        headers = {k.lower(): v for k, v in self.headers.items()}
        self.server.app.handle_post(self, self.path, headers, body)

    def do_GET(self) -> None:
        headers = {k.lower(): v for k, v in self.headers.items()}
        self.server.app.handle_get(self, self.path, headers)

    def answer(self, status: int, document: Any = None, raw: bytes | None = None,
               extra_headers: dict[str, str] | None = None) -> None:
        payload = raw if raw is not None else (b"" if document is None else json.dumps(document).encode())
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        for name, value in (extra_headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)

    def reset(self) -> None:
        """Drop the connection with a TCP RST and no answer at all."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)
        self.connection.close()

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass


class AppServer(ThreadingHTTPServer):
    """A threading server that carries its app and stays quiet about dropped clients."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, port: int, app: ServerApp) -> None:
        super().__init__(("127.0.0.1", port), RequestHandler)
        self.app = app

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


class RunningServer:
    """A server app running on a thread; ``url`` is its base URL."""

    def __init__(self, app: ServerApp, path_prefix: str = "", port: int = 0,
                 tls: ssl.SSLContext | None = None) -> None:
        self.app = app
        self.httpd = AppServer(port, app)
        if tls is not None:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.port = self.httpd.server_address[1]
        scheme = "https" if tls is not None else "http"
        self.url = f"{scheme}://127.0.0.1:{self.port}{path_prefix}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)

    def __enter__(self) -> RunningServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def free_port() -> int:
    """A loopback port that was free a moment ago."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
