"""Hub benchmarks (run: pytest tests/bench/test_hub_bench.py -m bench -s).

- Ingest: 10 kiosks × N signatures (``HUB_BENCH_PER_KIOSK``, default 2,000; the issue's
  figure is 10,000), on SQLite and on PostgreSQL, beside a bare driver ``executemany`` of the
  very same rows into a fresh copy of the schema in the same run. Two figures: end to end
  (the kiosks' real engines, all in this process) and the hub's ingest (the requests those
  engines sent, recorded, their sealed blobs sealed again to a fresh hub's key, sent again at
  once to it). Target: the hub's ingest at least 0.5 of the bare driver's rate (see the test's
  docstring for what each side includes). Printed beside it: the hub's CPU per signature, the
  bare driver's, and the one HPKE open each record costs the hub, all from the same run.
- Forwarding: 200 signatures from the hub to the Action Network double. Target: at least 98%
  of the hub's own pace (4/s x 0.92, sync/hub/upstream.py), zero 429s.
- Dashboard latency: one upload → the number changed in headless chromium, p50 and p99.
"""

from __future__ import annotations

import base64
import json
import os
import random
import re
import sqlite3
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the hub extra is not installed")

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.hpke_seal import HubPrivateKey, PublicSealer
from kiosk.runtime import KioskContext, open_kiosk
from kiosk.simulate import simulate
from sync.client.pairing import pair
from sync.hub.database import SQLITE_CACHE_KIB, make_hub_engine, migrate_hub
from sync.hub.models import HubSignature
from sync.hub.upstream import DEFAULT_RATE_PER_S
from tests.bench.smoke import bound, sized
from tests.sync.helpers import PETITION, TOKEN
from tests.sync.hub.postgres import postgres_cluster  # noqa: F401 - a fixture used below
from tests.sync.hub.support import HubProcess, forward_to, headless_chromium, hub_engine, upstream_states, wait_for
from tests.sync.servers.osdi_server import start_osdi_server

KIOSKS = sized(10, 2)
PER_KIOSK = int(os.environ.get("HUB_BENCH_PER_KIOSK", sized(2000, 20)))
FORWARD_COUNT = sized(200, 10)
LATENCY_SAMPLES = sized(20, 3)
PACE_KEPT = 0.98  # of the hub's own pace toward Action Network, kept by its limiter
COLUMNS = [c.name for c in HubSignature.__table__.columns]


@pytest.fixture
def bench_kiosks(tmp_path: Path) -> Iterator[list[KioskContext]]:
    """Ten kiosks, not yet paired and holding nothing: they record once paired, as in the field."""
    opened = [open_kiosk(tmp_path / f"kiosk-{i}") for i in range(KIOSKS)]
    yield opened
    for kiosk in opened:
        kiosk.close()


def _bare_insert_rate(rows: list[tuple[Any, ...]], url: str | None, sqlite_path: Path) -> tuple[float, float]:
    """Rows per second of a bare driver executemany (500 rows per transaction, as the hub's batches),
    and this process's CPU seconds per row doing it.

    The same rows the hub stored, into a fresh copy of the hub's schema (same indexes), with
    the hub's connection settings (SQLite: WAL, ``synchronous=FULL``, ``BEGIN IMMEDIATE``, its page cache;
    PostgreSQL: the server's defaults, a commit per batch). Foreign keys are off here (the
    bare copy has no device rows): if anything that makes the baseline faster. The CPU is this
    process's: on SQLite it includes the database's own work (in process, as in the hub's), on
    PostgreSQL only the driver's side (the server's work is in its own processes, for the hub too).
    """
    placeholders = ", ".join(["?"] * len(COLUMNS)) if url is None else ", ".join(["%s"] * len(COLUMNS))
    statement = f"INSERT INTO hub_signatures ({', '.join(COLUMNS)}) VALUES ({placeholders})"
    if url is None:
        connection = sqlite3.connect(sqlite_path, isolation_level=None)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")  # the hub's page cache, as on its connections
        started, cpu = time.perf_counter(), time.process_time()
        for offset in range(0, len(rows), 500):
            connection.execute("BEGIN IMMEDIATE")
            connection.executemany(statement, rows[offset:offset + 500])
            connection.execute("COMMIT")
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        connection.close()
        return len(rows) / elapsed, cpu / len(rows)
    import psycopg

    conninfo = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo) as connection:
        connection.execute("ALTER TABLE hub_signatures DROP CONSTRAINT IF EXISTS hub_signatures_device_id_fkey")
        connection.commit()
        started, cpu = time.perf_counter(), time.process_time()
        for offset in range(0, len(rows), 500):
            with connection.cursor() as cursor:
                cursor.executemany(statement, rows[offset:offset + 500])
            connection.commit()
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    return len(rows) / elapsed, cpu / len(rows)


def _best_bare_rate(rows: list[tuple[Any, ...]], tmp_path: Path, new_url: Any) -> tuple[float, float]:
    """The faster of two bare runs, each into a fresh empty schema (the stronger baseline), and
    the lesser of their CPU per row."""
    rates = []
    for attempt in range(2):
        url = new_url()
        path = tmp_path / f"bare-{attempt}.sqlite3"
        engine = make_hub_engine(url or f"sqlite:///{path}")
        migrate_hub(engine)
        engine.dispose()
        rates.append(_bare_insert_rate(rows, url, path))
    return max(rate for rate, _ in rates), min(cpu for _, cpu in rates)


class _RecordedUploads:
    """Keeps each upload body the kiosks' real engines send (the call itself goes through)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from sync.upstream.adapters import json_batch

        self.bodies: dict[str, list[bytes]] = {}
        real_post = json_batch.post

        def recording_post(session: Any, url: str, body: bytes, headers: Any, timeout: Any) -> Any:
            kiosk_id = json.loads(body)["kiosk_id"]
            self.bodies.setdefault(kiosk_id, []).append(body)
            return real_post(session, url, body, headers, timeout)

        monkeypatch.setattr(json_batch, "post", recording_post)


_SEALED_FIELD = re.compile(rb'"sealed":"([^"]*)"')


def _resealed(bodies: dict[str, list[bytes]], opener: HubPrivateKey,
              to: PublicSealer) -> tuple[dict[str, list[bytes]], float]:
    """The recorded uploads with each sealed record opened and sealed again to another hub's key
    (the same UUID and payload, so byte for byte the same but for the blob), and the CPU seconds
    per record the opens took here: the one HPKE open the hub does to each at ingest."""
    opening = [0.0]
    count = 0

    def reseal(uuids: Iterator[str]) -> Callable[[re.Match[bytes]], bytes]:
        def swap(match: re.Match[bytes]) -> bytes:
            uuid = next(uuids)
            began = time.process_time()
            payload = opener.open(uuid, base64.b64decode(match.group(1)))
            opening[0] += time.process_time() - began
            return b'"sealed":"' + base64.b64encode(to.seal(uuid, payload)) + b'"'
        return swap

    resealed: dict[str, list[bytes]] = {}
    for kiosk_id, sent in bodies.items():
        for body in sent:
            uuids = [item["uuid"] for item in json.loads(body)["signatures"] if "sealed" in item]
            count += len(uuids)
            resealed.setdefault(kiosk_id, []).append(_SEALED_FIELD.sub(reseal(iter(uuids)), body))
    return resealed, opening[0] / max(1, count)


def _own_cpu_seconds(pid: int) -> float:
    """User + system CPU time so far of one process, from Linux /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time so far of a process and its live descendants (the hub's web
    workers on PostgreSQL, the processes that prepare its uploads), from Linux /proc."""
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return _own_cpu_seconds(pid) + sum(_cpu_seconds(int(child)) for child in children)


def _replay(hub: HubProcess, bodies: dict[str, list[bytes]]) -> float:
    """Send every kiosk's recorded uploads at once (one connection per kiosk, one request at a
    time, as a kiosk does) with freshly enrolled device tokens; the seconds it took."""
    from sync.hub.devices import enroll, parse_code

    tokens = {}
    for kiosk_id in bodies:
        parsed = parse_code(hub.pair_code())
        assert parsed is not None
        tokens[kiosk_id] = enroll(hub.context.engine, parsed.secret, kiosk_id[:20], "bench")[1]
    failures: list[str] = []

    def upload(kiosk_id: str) -> None:
        session = hub.session()
        headers = {"Authorization": f"Bearer {tokens[kiosk_id]}", "Content-Type": "application/json"}
        for body in bodies[kiosk_id]:
            answer = session.post(hub.url + "/v1/signatures:batch", data=body, headers=headers, timeout=(5, 120))
            results = answer.json().get("results", []) if answer.status_code == 200 else []
            if len(results) != body.count(b'"uuid"') or any(r["status"] != "accepted" for r in results):
                failures.append(f"{answer.status_code}")
        session.close()

    threads = [threading.Thread(target=upload, args=(kiosk_id,)) for kiosk_id in bodies]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    assert not failures, failures[:5]
    return elapsed


def _stored_rows(hub: HubProcess) -> list[tuple[Any, ...]]:
    with Session(hub.context.engine) as session:
        return [tuple(r) for r in session.execute(select(*HubSignature.__table__.columns))]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_ingest_against_a_bare_driver(backend: str, tmp_path: Path, bench_kiosks: list[KioskContext],
                                      request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two figures, each beside the same bare baseline:

    - end to end: the ten kiosks' real sync engines (reading their records, TLS, waiting for
      each answer) upload at once to a hub process. All ten kiosks run in this one test
      process, on the same cores as the hub, so this figure is bounded by the kiosks' own work
      (one interpreter lock for all ten), not only the hub's;
    - hub ingest (the target): the very requests those engines sent, recorded byte for byte,
      sent again at once to a fresh hub process over TLS, one connection per kiosk. This times
      what the hub does — TLS, HTTP, parsing, the contract check, the one HPKE open of each
      record, contact hashes, the repeat look-up, the insert and each batch's durable commit —
      with the kiosks' work left on the kiosks, where it runs in the field.

    The kiosks are paired before anyone signs (pairing keeps the hub's key, as the admin page
    and ``pair`` do), so every record is sealed to the hub on the tablet and travels sealed:
    the field's shape. The fresh hub has keys of its own, so each recorded blob is opened and
    sealed again to it before the clock starts (only the blob changes); those opens, timed
    here, are the floor of the hub's own CPU per signature.

    Also the hub's CPU per signature, beside the bare driver's in this run.
    """
    databases: list[str | None] = [None, None, None, None]
    if backend == "postgresql":
        cluster = request.getfixturevalue("postgres_cluster")
        databases = [cluster.new_database() for _ in databases]
    recorder = _RecordedUploads(monkeypatch)
    total = KIOSKS * PER_KIOSK
    hub = HubProcess(tmp_path / "hub", database=databases[0]).start()
    try:
        for index, kiosk in enumerate(bench_kiosks):
            pair(kiosk.data_dir, hub.url, hub.pair_code(), f"Tablet {index}", kiosk.key_store, kiosk.store.kiosk_id,
                 sealing=kiosk.store)
            assert kiosk.store.sealed_mode(kiosk.campaign)
            simulate(kiosk.store, kiosk.campaign, PER_KIOSK, seed=1000 + index)
        engines = [hub_engine(kiosk, read_timeout_s=60.0) for kiosk in bench_kiosks]
        started = time.perf_counter()
        threads = [threading.Thread(target=e.run_until_idle, args=(600,)) for e in engines]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        end_to_end = total / (time.perf_counter() - started)
        assert len(_stored_rows(hub)) == total
        opener = hub.context.sealer.hpke
    finally:
        hub.stop()
    replayed = HubProcess(tmp_path / "hub-replay", database=databases[1]).start()
    try:
        assert replayed.process is not None
        bodies, open_cpu = _resealed(recorder.bodies, opener, PublicSealer(replayed.context.sealer.public_b64))
        assert sum(body.count(b'"sealed":') for sent in bodies.values() for body in sent) == total
        pid = replayed.process.pid
        cpu_before, own_before, senders_before = _cpu_seconds(pid), _own_cpu_seconds(pid), time.process_time()
        elapsed = _replay(replayed, bodies)
        senders_cpu = (time.process_time() - senders_before) / total
        hub_cpu = (_cpu_seconds(pid) - cpu_before) / total
        own_cpu = (_own_cpu_seconds(pid) - own_before) / total
        rows = _stored_rows(replayed)
        assert len(rows) == total
    finally:
        replayed.stop()
    spare = iter(databases[2:])
    bare_rate, bare_cpu = _best_bare_rate(rows, tmp_path, lambda: next(spare))
    hub_rate = total / elapsed
    ratio = hub_rate / bare_rate
    print(f"\nhub ingest [{backend}], {KIOSKS} kiosks x {PER_KIOSK} = {total} signatures, sealed on the kiosks:\n"
          f"  bare driver executemany of the same rows (best of 2): {bare_rate:,.0f}/s, "
          f"{bare_cpu * 1e6:.0f} us CPU per row in its process\n"
          f"  hub ingest (recorded uploads sent at once): {hub_rate:,.0f}/s, ratio {ratio:.3f} (bound >= 0.5)\n"
          f"  hub process CPU per signature: {hub_cpu * 1e6:.0f} us, {hub_cpu / bare_cpu:.1f}x the bare driver's; "
          f"of it one HPKE open (timed here) {open_cpu * 1e6:.0f} us; the rest {(hub_cpu - open_cpu) * 1e6:.0f} us;\n"
          f"    the hub's first process {own_cpu * 1e6:.0f} us, the processes it started (preparing uploads; "
          f"web workers) {(hub_cpu - own_cpu) * 1e6:.0f} us; the ten senders (this process, on the same cores) "
          f"{senders_cpu * 1e6:.0f} us\n"
          f"  end to end (the kiosks' engines in this process): {end_to_end:,.0f}/s, "
          f"ratio {end_to_end / bare_rate:.3f}")
    bound(ratio >= 0.5, f"hub ingest [{backend}] {ratio:.3f} of the bare driver's rate >= 0.5")


def test_forwarding_rate_to_action_network(tmp_path: Path, kiosk: KioskContext) -> None:
    simulate(kiosk.store, kiosk.campaign, FORWARD_COUNT, seed=77)
    hub = HubProcess(tmp_path / "hub").start()
    try:
        pair(kiosk.data_dir, hub.url, hub.pair_code(), "Tablet", kiosk.key_store, kiosk.store.kiosk_id)
        assert hub_engine(kiosk).run_until_idle(120).pending == 0
        with start_osdi_server(tmp_path / "osdi.sqlite3", TOKEN, PETITION) as osdi:
            forward_to(hub, "osdi", osdi.url, TOKEN, PETITION)
            assert wait_for(lambda: upstream_states(hub).get("synced", 0) >= FORWARD_COUNT, 300)
            log = osdi.app.log
            span = log[-1].at - log[0].at
            rate = (len(log) - 1) / span
            too_many = osdi.app.too_many_requests()  # type: ignore[attr-defined]
            print(f"\nhub forwarding to the Action Network double: {len(log)} requests, {rate:.2f} requests/s, "
                  f"{too_many} x 429 (target: at least {PACE_KEPT:.0%} of the hub's pace, {DEFAULT_RATE_PER_S:.2f}/s "
                  f"= 4/s x 0.92, sync/hub/upstream.py; zero 429s)")
            assert sorted(osdi.app.kiosk_ids()) == sorted(kiosk.store.all_uuids())  # type: ignore[attr-defined]
    finally:
        hub.stop()
    # Printed and never asserted until now. The target was 3.8/s when hub targets paced at
    # 4 x 0.97 like a kiosk; they pace at 4 x 0.92 since several hub processes share the slots
    # (sync/hub/upstream.py), so what is held is that the limiter wastes none of them.
    bound(rate >= PACE_KEPT * DEFAULT_RATE_PER_S and too_many == 0,
          f"hub forwarding {rate:.2f} requests/s >= {PACE_KEPT:.0%} of {DEFAULT_RATE_PER_S:.2f}, {too_many} x 429")


def test_dashboard_latency(tmp_path: Path, kiosk: KioskContext) -> None:
    from selenium.webdriver.common.by import By

    from sync.hub.auth import set_password
    from tests.sync.hub.test_dashboard import PASSWORD

    driver = headless_chromium(tmp_path / "profile")
    hub = HubProcess(tmp_path / "hub").start()
    try:
        set_password(hub.context.engine, PASSWORD)
        pair(kiosk.data_dir, hub.url, hub.pair_code(), "Tablet", kiosk.key_store, kiosk.store.kiosk_id)
        driver.get(hub.url + "/login")
        driver.find_element(By.ID, "password").send_keys(PASSWORD)
        driver.find_element(By.ID, "login").click()
        samples = []
        rng = random.Random(3)
        for index in range(LATENCY_SAMPLES):
            # Upload at a random moment of the page's polling cycle, not right after a poll.
            time.sleep(rng.uniform(0, 1.0))
            before = driver.find_element(By.ID, "total").text
            simulate(kiosk.store, kiosk.campaign, 1, seed=5000 + index)
            started = time.perf_counter()
            assert hub_engine(kiosk).run_until_idle(30).pending == 0
            while driver.find_element(By.ID, "total").text == before:
                time.sleep(0.01)
            samples.append(time.perf_counter() - started)
        samples.sort()
        p50 = statistics.median(samples)
        p99 = samples[min(len(samples) - 1, round(0.99 * (len(samples) - 1)))]
        print(f"\ndashboard latency, upload -> number changed in chromium ({len(samples)} uploads): "
              f"p50 {p50 * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms (page polls every 1,000 ms; target < 2,000 ms)")
    finally:
        driver.quit()
        hub.stop()
