"""Benchmark: latency of recording one signature vs a raw sqlite3 WAL+FULL insert.

Recording = validate the form, seal the personal fields (strokes, SVG, AES-GCM, contact
hashes), durable commit (with the repeat-signer check). The baseline is a bare ``sqlite3``
insert of a blob of the same size into a WAL database with ``synchronous=FULL``, one commit
per row, measured in the same run on the same disk, interleaved with the signatures (one raw
insert after each signature recorded, in several rounds): each side's figure is its best
round's, so a scheduler stall on a shared machine lands on both sides alike or on neither.

The signing session seals a signature when the review shows it (:meth:`SignatureStore.seal`),
and the kiosk checkpoints the WAL once "thank you" shows (:meth:`SignatureStore.checkpoint`),
so all that is left for the signer's tap on "Sign" is :meth:`SignatureStore.commit`: its p99
ratio to the raw insert (which checkpoints inside its commits, as SQLite does by default) is the
figure that matters, at most 5. The whole path (validate, seal, commit) is printed beside it.

Run for both modes: ``solo`` (AES-GCM under the tablet's data key, contact hashes) and
``sealed`` (HPKE ML-KEM-768 + X25519 to a hub's public key, no contact hash; kiosk/hpke_seal.py),
each with its own raw-insert baseline in the same run, of its own blob's size.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import time
from pathlib import Path

import pytest

from kiosk.hpke_seal import generate_private_key
from kiosk.runtime import KioskContext
from kiosk.strokes import Signature
from kiosk.validation import SignerInput, validate_signer
from tests.bench.smoke import bound, sized
from tests.support import drawn_signature

ROUNDS = sized(5, 2)
PER_ROUND = int(os.environ.get("BENCH_RECORDS", sized(200, 15)))  # signatures (and raw inserts) a round
MAX_P99_RATIO = 5


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


@pytest.mark.parametrize("mode", ["solo", "sealed"])
def test_record_latency_against_raw_sqlite_insert(kiosk: KioskContext, tmp_path: Path, mode: str) -> None:
    drawing = drawn_signature(points=150)  # a realistic finger signature
    kiosk.store.ensure_key()
    store, campaign = kiosk.store, kiosk.campaign
    if mode == "sealed":
        store.set_sealing_key(generate_private_key().public_b64)  # what pairing with a hub keeps
    assert store.sealed_mode(campaign) == (mode == "sealed")

    def signer_input(n: int) -> SignerInput:
        # A new drawing each time (as the pad makes one per signer): nothing computed for the
        # last signer can be reused.
        fresh = Signature(drawing.strokes, drawing.aspect)
        return SignerInput("Guadalupe", "Hernández", f"lupe{n}@example.org", "", "90057", "", fresh)

    first = store.record(validate_signer(signer_input(-1), campaign)[0], campaign, "es", True)  # type: ignore[arg-type]
    with sqlite3.connect(store.path) as conn:
        blob_size = len(conn.execute("SELECT sealed FROM signatures WHERE uuid = ?", (first,)).fetchone()[0])

    raw_db = sqlite3.connect(tmp_path / "raw.sqlite3", isolation_level=None)
    raw_db.execute("PRAGMA journal_mode=WAL")
    raw_db.execute("PRAGMA synchronous=FULL")
    raw_db.execute("CREATE TABLE t (id TEXT PRIMARY KEY, body BLOB)")
    payload = os.urandom(blob_size + 300)  # + the clear columns of a row

    def raw_insert(n: int) -> float:
        started = time.perf_counter()
        raw_db.execute("BEGIN IMMEDIATE")
        raw_db.execute("INSERT INTO t VALUES (?, ?)", (f"{n:036d}", payload))
        raw_db.execute("COMMIT")
        return time.perf_counter() - started

    # Interleaved: each signature recorded is followed by one raw insert, round after round, so
    # both sides see the same disk, the same cache and the same neighbours' load. A p99 over a
    # few hundred samples is set by its two or three slowest, and on a shared machine one
    # scheduler stall of a few milliseconds is enough; so each side's figure is its best
    # round's p99 (the same rule for both), and every round's ratio is printed beside it.
    rounds: list[dict[str, list[float]]] = []
    n = 0
    for _ in range(ROUNDS):
        samples: dict[str, list[float]] = {"record": [], "seal": [], "after tap": [], "raw insert": []}
        for _ in range(PER_ROUND):
            raw = signer_input(n)
            started = time.perf_counter()
            clean, errors = validate_signer(raw, campaign)
            assert clean is not None, errors
            sealed = store.seal(clean, campaign, "es", consent_updates=True)
            tapped = time.perf_counter()
            store.commit(sealed)
            done = time.perf_counter()
            samples["record"].append(done - started)
            samples["seal"].append(tapped - started)
            samples["after tap"].append(done - tapped)
            store.checkpoint()  # as the kiosk does once "thank you" shows
            samples["raw insert"].append(raw_insert(n))
            n += 1
        rounds.append(samples)
    raw_db.close()
    assert store.counts(campaign.id).total == ROUNDS * PER_ROUND + 1

    def p99(values: list[float]) -> float:
        return percentile(values, 0.99) * 1000

    best = {name: (min(statistics.median(r[name]) for r in rounds) * 1000, min(p99(r[name]) for r in rounds))
            for name in rounds[0]}
    raw_p50, raw_p99 = best["raw insert"]
    print(f"\nrecord one signature, {mode} mode, {ROUNDS} interleaved rounds of {PER_ROUND} (blob {blob_size} B), "
          f"best round of each:")
    for name, (p50, p99_ms) in best.items():
        print(f"  {name:>10}: p50 {p50:.2f} ms  p99 {p99_ms:.2f} ms   ratio to raw: p50 {p50 / raw_p50:.2f}"
              f"  p99 {p99_ms / raw_p99:.2f}")
    print("  each round, after-tap p99 / raw insert p99: " + ", ".join(
        f"{p99(r['after tap']):.2f}/{p99(r['raw insert']):.2f} ms = {p99(r['after tap']) / p99(r['raw insert']):.2f}"
        for r in rounds))
    p99_ratio = best["after tap"][1] / raw_p99
    print(f"  limit: after-tap p99 ratio {MAX_P99_RATIO}")
    bound(p99_ratio <= MAX_P99_RATIO, f"after-tap p99 ratio {p99_ratio:.2f} <= {MAX_P99_RATIO}")
