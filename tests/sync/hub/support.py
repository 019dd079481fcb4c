"""Running real hub processes for the tests: ``petition-kiosk hub serve`` on 127.0.0.1."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import requests

from kiosk.runtime import KioskContext
from sync.client.config import resolve_config
from sync.client.engine import SyncEngine
from sync.client.pairing import pair
from sync.hub.context import HubContext, open_hub
from sync.hub.devices import new_pairing_code
from sync.upstream.http import PinnedAdapter, make_session
from sync.upstream.target import SyncConfig
from tests.sync.servers.base import free_port

REPO = Path(__file__).resolve().parents[3]
START_TIMEOUT_S = 30.0


def cli(*args: str, stdin: str = "", timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``petition-kiosk ARGS`` as a real process (the test's environment, so its keyring)."""
    return subprocess.run([sys.executable, "-m", "ui.cli", *args], cwd=REPO, input=stdin, capture_output=True,
                          text=True, timeout=timeout, env=os.environ.copy(), check=False)



CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


def headless_chromium(profile: Path, window: str = "1280,1000") -> Any:
    """Debian's Chromium, headless, in its own profile, trusting the hub's self-signed
    certificate (kiosks pin it; a browser is told to accept it). Skips the test where Chromium,
    its driver or selenium is not installed."""
    import pytest

    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    if not CHROMIUM or not CHROMEDRIVER:
        pytest.skip("Debian's chromium and chromium-driver are not installed")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                 f"--user-data-dir={profile}", f"--window-size={window}", "--ignore-certificate-errors",
                 "--lang=en-US"):
        options.add_argument(flag)
    return webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=CHROMEDRIVER))

class FromAddress(PinnedAdapter):
    """The pinned adapter, with every connection's socket bound to one local address."""

    def __init__(self, sha256_hex: str, source: str) -> None:
        self._source = source
        super().__init__(sha256_hex)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["source_address"] = (self._source, 0)
        super().init_poolmanager(*args, **kwargs)


class HubProcess:
    """``petition-kiosk hub serve`` in a child process, killable and restartable."""

    def __init__(self, data_dir: Path, database: str | None = None, port: int | None = None,
                 extra_env: dict[str, str] | None = None, workers: int | None = None) -> None:
        self.data_dir = data_dir
        self.database = database
        self.workers = workers
        self.port = port or free_port()
        self.url = f"https://127.0.0.1:{self.port}"
        self.extra_env = extra_env or {}
        self.process: subprocess.Popen[str] | None = None
        self._context: HubContext | None = None

    def start(self) -> HubProcess:
        args = [sys.executable, "-m", "ui.cli", "hub", "serve", "--listen", f"127.0.0.1:{self.port}",
                "--data-dir", str(self.data_dir)]
        if self.database:
            args += ["--database", self.database]
        if self.workers:
            args += ["--workers", str(self.workers)]
        env = {**os.environ, **self.extra_env}
        # Output to a file, not a pipe nobody drains (a full pipe would stall the hub).
        self.log_path = self.data_dir.parent / f"{self.data_dir.name}-{self.port}.log"
        self.data_dir.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("a") as log:
            self.process = subprocess.Popen(args, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT, text=True)
        deadline = time.monotonic() + START_TIMEOUT_S
        fingerprint = self.context.certificate.sha256
        session = make_session(self.url, pinned_sha256=fingerprint)
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"hub exited: {self.log_path.read_text()}")
            try:
                if session.get(self.url + "/healthz", timeout=1).status_code == 200:
                    session.close()
                    return self
            except requests.exceptions.RequestException:
                time.sleep(0.1)
        raise RuntimeError("hub did not start")

    @property
    def context(self) -> HubContext:
        """The hub's database and certificate, opened in this (test) process."""
        if self._context is None:
            self._context = open_hub(self.data_dir, self.database)
        return self._context

    def pair_code(self, **kwargs: Any) -> str:
        code, _ = new_pairing_code(self.context.engine, self.context.certificate.sha256, **kwargs)
        return code

    def session(self, source: str | None = None) -> requests.Session:
        """A session pinned to the hub, its connections made from ``source`` (a loopback address
        such as 127.0.0.2: a second machine, as far as the hub can tell) when given."""
        session = make_session(self.url, pinned_sha256=self.context.certificate.sha256)
        if source is not None:
            session.mount("https://", FromAddress(self.context.certificate.sha256, source))
        return session

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
        if self._context is not None:
            self._context.close()
            self._context = None


def enroll_over_http(hub: HubProcess, source: str, label: str = "Tablet") -> str:
    """A fresh device token, enrolled with a fresh code from ``source`` (a loopback address)."""
    from sync.hub.devices import parse_code

    parsed = parse_code(hub.pair_code())
    assert parsed is not None
    answer = hub.session(source=source).post(hub.url + "/v1/devices:enroll", timeout=10,
                                             json={"secret": parsed.secret, "label": label})
    assert answer.status_code == 200, answer.text
    token: str = answer.json()["token"]
    return token


def paired(kiosk: KioskContext, hub: HubProcess, label: str = "Tablet 1") -> None:
    """Pair ``kiosk`` with ``hub`` the way ``petition-kiosk pair`` does (new records then sealed to the hub)."""
    pair(kiosk.data_dir, hub.url, hub.pair_code(), label, kiosk.key_store, kiosk.store.kiosk_id,
         sealing=kiosk.store)


def fast(config: SyncConfig, **overrides: Any) -> SyncConfig:
    """Tiny timeouts and backoff, so the fault tests take seconds."""
    values: dict[str, Any] = {"connect_timeout_s": 2.0, "read_timeout_s": 3.0, "backoff_base_s": 0.01,
                              "backoff_cap_s": 0.3}
    values.update(overrides)
    return replace(config, **values)


def hub_engine(kiosk: KioskContext, **overrides: Any) -> SyncEngine:
    """The kiosk's real sync engine, configured as a paired kiosk's is."""
    config = fast(resolve_config(kiosk.campaign, kiosk.settings, data_dir=kiosk.data_dir), **overrides)
    return SyncEngine(kiosk.store, kiosk.campaign.id, config)


def hub_uuids(hub: HubProcess) -> list[str]:
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from sync.hub.models import HubSignature

    with Session(hub.context.engine) as session:
        return list(session.scalars(select(HubSignature.uuid)))


def hub_people(hub: HubProcess) -> dict[str, dict[str, Any]]:
    """Every signature's personal part as the hub holds it (opened with the hub's key), by UUID.

    A paired kiosk seals its records to the hub and cannot open them itself: tests that need
    the names signers typed read them here.
    """
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from sync.hub.models import HubSignature

    with Session(hub.context.engine) as session:
        rows = list(session.execute(select(HubSignature.uuid, HubSignature.sealed)))
    # A row purged after delivery (sync/hub/retention.py) has an empty blob: nothing to open.
    return {uuid: json.loads(hub.context.sealer.open(uuid, sealed)) for uuid, sealed in rows if sealed}


def status_json(hub: HubProcess) -> dict[str, Any]:
    args = ["hub", "status", "--json", "--data-dir", str(hub.data_dir)]
    if hub.database:
        args += ["--database", hub.database]
    done = cli(*args)
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def wait_for(predicate: Any, timeout_s: float = 60.0, poll_s: float = 0.2) -> bool:
    """Poll ``predicate`` until true or the (generous) deadline passes; its last value."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = bool(predicate())
        if value or time.monotonic() > deadline:
            return value
        time.sleep(poll_s)


def forward_to(hub: HubProcess, kind: str, url: str, token: str, petition: str = "", name: str = "main") -> None:
    """Configure an upstream target on ``hub`` (fast backoff) with its key in the keyring."""
    from sync.hub.forwarder import set_target_token
    from sync.hub.upstream import UpstreamTarget, save_target

    set_target_token(hub.context.hub_id, name, token)
    save_target(hub.context.engine, UpstreamTarget(name, kind, url, petition, tags=("kiosk",), backoff_base_s=0.05,
                                                   backoff_cap_s=0.5, connect_timeout_s=2.0, read_timeout_s=2.0))


def upstream_states(hub: HubProcess) -> dict[str, int]:
    from sqlalchemy import func, select
    from sqlalchemy.orm import Session

    from sync.hub.models import UpstreamItem

    with Session(hub.context.engine) as session:
        return {s: int(n) for s, n in session.execute(
            select(UpstreamItem.state, func.count()).group_by(UpstreamItem.state))}


UPLOAD_BYTES = 3000  # more than a TLS handshake's client messages, less than a batch of ten


DROP_HOLD_S = 1.0  # far below the kiosk's read timeout in the lost-answer test


class FaultProxy:
    """A TCP proxy between kiosks and a hub that can lose or hold the hub's answers.

    It works below TLS (the kiosk's pin still sees the hub's own certificate), so a fault hits
    whatever answer is on the wire: ``drop`` resets the kiosk's connection as soon as the hub
    starts answering (the hub committed, the kiosk never hears it); ``hang`` holds the answer
    until the kiosk gives up waiting.
    """

    def __init__(self, target_port: int) -> None:
        import socket
        import threading

        self.target_port = target_port
        self.mode: str | None = None
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.url = f"https://127.0.0.1:{self.port}"
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        import socket
        import threading

        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection(("127.0.0.1", self.target_port), timeout=5)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            state = {"asked": 0}
            threading.Thread(target=self._pump, args=(client, server, False, state), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client, True, state), daemon=True).start()

    @staticmethod
    def _reset(sock: Any) -> None:
        import socket
        import struct

        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            sock.close()
        except OSError:
            pass

    def _pump(self, source: Any, sink: Any, answers: bool, state: dict[str, int]) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                if not answers:
                    state["asked"] += len(data)
                # Only an answer to an upload (kilobytes sent) is faulted, never the TLS handshake.
                elif state["asked"] > UPLOAD_BYTES and self.mode == "drop":
                    # Hold what the hub sends for a moment before the kiosk's connection dies: a
                    # TLS 1.3 session ticket can cross the upload on a loaded machine, and killing
                    # the kiosk's side on it would cut the upload before the hub heard it all (the
                    # other pump goes on forwarding meanwhile). The hub's side stays open, so it
                    # finishes what it read; its answer is lost.
                    time.sleep(DROP_HOLD_S)
                    self._reset(sink)
                    source.settimeout(10)
                    while source.recv(65536):
                        pass
                    break
                while answers and state["asked"] > UPLOAD_BYTES and self.mode == "hang":
                    time.sleep(0.05)
                if answers:
                    state["asked"] = 0
                sink.sendall(data)
        except OSError:
            pass
        finally:
            self._reset(sink) if answers and self.mode else sink.close()
            source.close()

    def close(self) -> None:
        self._closed = True
        self.listener.close()


def spawned_children(parent: int) -> list[int]:
    """The processes ``parent`` spawned with multiprocessing (uvicorn's web workers, the hub's
    preparing processes), from Linux /proc."""
    children = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
    return [int(pid) for pid in children if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()]


def alive(pid: int) -> bool:
    """Whether process ``pid`` runs (a zombie, ended but not yet reaped, does not)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
