"""A protocol v1 server (docs/sync-protocol.md): dedup by UUID in SQLite, Bearer auth.

Run in a thread via :func:`start_json_server`, or as a child process (``python -m
tests.sync.servers.json_server --port P --db FILE --token T [--die-mid-batch]``) so a test
can kill it for real and start it again on the same port and database.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from tests.sync.servers.base import AppServer, Fault, RequestHandler, RunningServer, ServerApp

BATCH_PATH = "/v1/signatures:batch"
REPO = Path(__file__).resolve().parents[3]
REQUIRED = ("uuid", "signed_at", "event", "language", "postal_code", "person", "consent", "signature_svg")


class JsonProtocolApp(ServerApp):
    """The server's behaviour."""

    def __init__(self, db_path: Path, token: str, max_batch: int = 500) -> None:
        super().__init__(db_path, token)
        self.max_batch = max_batch
        self.reject_uuids: set[str] = set()
        #: Set when a ``HANG_AFTER_COMMIT`` batch is stored and its answer is being held.
        self.held = threading.Event()

    def create_schema(self) -> None:
        self.db.execute("CREATE TABLE IF NOT EXISTS signatures (uuid TEXT PRIMARY KEY, kiosk_id TEXT, "
                        "campaign TEXT, body TEXT, received_at REAL)")
        self.db.execute("CREATE TABLE IF NOT EXISTS deliveries (uuid TEXT, status TEXT, at REAL)")

    # -- what tests read ------------------------------------------------------------------

    def stored_uuids(self) -> list[str]:
        with self.db_lock:
            return [row[0] for row in self.db.execute("SELECT uuid FROM signatures")]

    def stored(self, uuid: str) -> dict[str, Any]:
        with self.db_lock:
            row = self.db.execute("SELECT body FROM signatures WHERE uuid = ?", (uuid,)).fetchone()
        return dict(json.loads(row[0]))

    def delivery_count(self) -> int:
        with self.db_lock:
            return int(self.db.execute("SELECT count(*) FROM deliveries").fetchone()[0])

    # -- the protocol ------------------------------------------------------------------------

    def handle_post(self, handler: RequestHandler, path: str, headers: dict[str, str], body: bytes) -> None:
        fault, params = self.faults.next()
        if path != BATCH_PATH:
            self.record(404, fault)
            handler.answer(404, {"error": "not_found"})
            return
        token = headers.get("authorization", "").removeprefix("Bearer ")
        if token not in self.tokens:
            self.record(401, fault)
            handler.answer(401, {"error": "unauthorized"})
            return
        if self.answer_server_fault(handler, fault, params, {500: "internal", 429: "slow_down"}):
            return
        try:
            document = json.loads(body)
            signatures = document["signatures"]
            kiosk_id, campaign = str(document["kiosk_id"]), str(document["campaign"])
            assert isinstance(signatures, list)
        except (ValueError, KeyError, TypeError, AssertionError):
            self.record(400, fault)
            handler.answer(400, {"error": "bad_request"})
            return
        if len(signatures) > self.max_batch:
            self.record(413, fault)
            handler.answer(413, {"error": "too_many"})
            return
        results = self._store(signatures, kiosk_id, campaign, fault)
        self.record(200, fault)
        if fault is Fault.HANG_AFTER_COMMIT:
            self.held.set()
            time.sleep(params.get("seconds", self.hang_s))  # stored; the answer is still in flight
        if fault is Fault.RESET_AFTER_COMMIT:
            handler.reset()
        elif fault is Fault.EMPTY_200:
            handler.answer(200, raw=b"")
        elif fault is Fault.MALFORMED_200:
            handler.answer(200, raw=json.dumps({"results": results}).encode()[: params.get("cut", 40)])
        else:
            handler.answer(200, {"results": results})

    def _store(self, signatures: list[Any], kiosk_id: str, campaign: str, fault: Fault | None) -> list[dict[str, Any]]:
        results: list[dict[str, Any]] = []
        die_at = len(signatures) // 2 if fault is Fault.DIE_MID_BATCH else None
        with self.db_lock:
            self.db.execute("BEGIN IMMEDIATE")
            for index, item in enumerate(signatures):
                if die_at is not None and index == die_at:
                    self.db.execute("COMMIT")  # the first half made it to disk
                    os._exit(17)  # the process dies mid-batch, without answering
                if not isinstance(item, dict) or any(key not in item for key in REQUIRED) \
                        or not isinstance(item["uuid"], str):
                    results.append({"uuid": item.get("uuid") if isinstance(item, dict) else None,
                                    "status": "rejected", "reason": "invalid_signature"})
                    continue
                uuid = item["uuid"]
                self.db.execute("INSERT INTO deliveries VALUES (?, ?, ?)", (uuid, "received", time.time()))
                if uuid in self.reject_uuids:
                    results.append({"uuid": uuid, "status": "rejected", "reason": "blocked_by_server"})
                    continue
                cursor = self.db.execute("INSERT OR IGNORE INTO signatures VALUES (?, ?, ?, ?, ?)",
                                         (uuid, kiosk_id, campaign, json.dumps(item), time.time()))
                if cursor.rowcount:
                    results.append({"uuid": uuid, "status": "accepted", "receipt": f"srv-{cursor.lastrowid}"})
                else:
                    results.append({"uuid": uuid, "status": "duplicate"})
            self.db.execute("COMMIT")
        return results


def start_json_server(db_path: Path, token: str, max_batch: int = 500, port: int = 0) -> RunningServer:
    """A protocol v1 server on a thread; ``.url`` is what the kiosk is configured with."""
    return RunningServer(JsonProtocolApp(db_path, token, max_batch), port=port)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--die-mid-batch", action="store_true")
    args = parser.parse_args()
    app = JsonProtocolApp(Path(args.db), args.token)
    if args.die_mid_batch:
        app.faults.add(Fault.DIE_MID_BATCH)
    server = AppServer(args.port, app)
    print("ready", flush=True)
    server.serve_forever(poll_interval=0.05)



class ServerProcess:
    """The protocol v1 server in a child process (its CPU work does not share our GIL)."""

    def __init__(self, db_path: Path, token: str, port: int | None = None, *extra: str) -> None:
        from tests.sync.servers.base import free_port

        self.port = port or free_port()
        self.db_path = db_path
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.sync.servers.json_server", "--port", str(self.port), "--db", str(db_path),
             "--token", token, *extra], cwd=REPO, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        if self.process.stdout.readline().strip() != "ready":
            raise RuntimeError("test server did not start")

    def stored_uuids(self) -> list[str]:
        with sqlite3.connect(self.db_path) as db:
            return [row[0] for row in db.execute("SELECT uuid FROM signatures")]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)

    def __enter__(self) -> ServerProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


if __name__ == "__main__":
    main()
