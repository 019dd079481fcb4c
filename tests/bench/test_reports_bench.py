"""Benchmarks of the exports (run: pytest tests/bench/test_reports_bench.py -m bench -s).

- Tally PDF for 100,000 signatures: seconds and peak memory growth, against a naive tally
  that reads every row into Python, measured in the same run. Budget: 5 s, 200 MB.
  The 100,000 rows are inserted with SQL (no personal fields: a tally needs none), because
  sealing 100,000 synthetic signers through ``simulate`` takes minutes.
- Signature sheets for 10,000 signatures (real sealed records with drawn strokes, made by
  ``simulate``): pages per second, against reportlab drawing the same rows as plain text
  on a canvas in the same run.
"""

from __future__ import annotations

import io
import math
import random
import sqlite3
import time
import uuid as uuid_module
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from kiosk.reports import ReportFilters, export_sheets, export_tally
from kiosk.reports.sheets import ROWS_PER_PAGE
from kiosk.runtime import KioskContext
from kiosk.simulate import simulate
from tests.bench.smoke import bound, sized

TALLY_ROWS = sized(100_000, 2_000)
SHEET_ROWS = sized(10_000, 200)
TALLY_BUDGET_S = 5.0
MEMORY_BUDGET_MB = 200.0


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _reset_peak() -> None:
    # Linux: writing 5 to clear_refs resets VmHWM (the peak resident set) to the current RSS.
    Path("/proc/self/clear_refs").write_text("5")


def _insert_tally_rows(kiosk: KioskContext, count: int) -> None:
    rng = random.Random(7)
    events = [kiosk.store.create_event(name, place, "2026-11-0" + str(i + 1), canvasser)
              for i, (name, place, canvasser) in enumerate((
                  ("MacArthur Park rally", "Los Angeles", "Team Rosa"),
                  ("Day labor center open house", "Pasadena", "Team Luis"),
                  ("Sunday mass at La Placita", "Los Angeles", "Team Ana")))]
    start = datetime(2026, 11, 1, 8, tzinfo=UTC)
    zips = [f"9{rng.randint(0, 9999):04d}" for _ in range(60)]
    consent = kiosk.campaign.text("en").consent_sha256
    rows = []
    for i in range(count):
        signed = start + timedelta(days=rng.randrange(14), hours=rng.randrange(12), minutes=rng.randrange(60))
        state = rng.choices(("pending", "synced", "rejected"), weights=(30, 68, 2))[0]
        rows.append((str(uuid_module.UUID(int=rng.getrandbits(128))), kiosk.campaign.id, rng.choice(events),
                     kiosk.store.kiosk_id, f"Tablet {i % 4 + 1}", signed.strftime("%Y-%m-%d %H:%M:%S.%f"),
                     rng.choice(("es", "es", "en")), rng.random() < 0.6, consent, rng.choice(zips), True,
                     None, state, 0, "invalid_email" if state == "rejected" else None))
    with sqlite3.connect(kiosk.store.path) as db:
        db.executemany(
            "INSERT INTO signatures (uuid, campaign_id, event_id, kiosk_id, kiosk_label, signed_at, language, "
            "consent_updates, consent_sha256, postal_code, has_drawing, sealed, state, attempts, last_error) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def _naive_tally(kiosk: KioskContext) -> float:
    """Baseline: read every row into Python and count there (what a simple loop would do)."""
    started = time.perf_counter()
    counts: dict[tuple[str, str], int] = {}
    with sqlite3.connect(kiosk.store.path) as db:
        for state, event_id, signed_at, postal in db.execute(
                "SELECT state, event_id, signed_at, postal_code FROM signatures"):
            key = (state, signed_at[:13])
            counts[key] = counts.get(key, 0) + 1
            counts[(str(event_id), postal)] = counts.get((str(event_id), postal), 0) + 1
    return time.perf_counter() - started


def test_tally_of_100k_signatures(kiosk: KioskContext, tmp_path: Path) -> None:
    _insert_tally_rows(kiosk, TALLY_ROWS)
    assert kiosk.store.counts(kiosk.campaign.id).total == TALLY_ROWS
    naive_s = _naive_tally(kiosk)

    _reset_peak()
    rss_before = _status_kb("VmRSS")
    started = time.perf_counter()
    result = export_tally(kiosk.store, kiosk.campaign, tmp_path / "tally.pdf", ReportFilters())
    elapsed = time.perf_counter() - started
    growth_mb = (_status_kb("VmHWM") - rss_before) / 1024

    print(f"\n[bench] tally PDF, {TALLY_ROWS:,} signatures: {elapsed:.2f} s, {result.pages} pages, "
          f"peak memory growth {growth_mb:.1f} MB")
    print(f"[bench] baseline (naive Python loop over all rows, no PDF): {naive_s:.2f} s; "
          f"tally / baseline = {elapsed / naive_s:.2f}x")
    print(f"[bench] budget: {elapsed / TALLY_BUDGET_S:.2f} of 5 s, {growth_mb / MEMORY_BUDGET_MB:.2f} of 200 MB")
    assert result.signatures == TALLY_ROWS
    bound(elapsed <= TALLY_BUDGET_S, f"tally in {elapsed:.2f} s <= {TALLY_BUDGET_S} s")
    bound(growth_mb <= MEMORY_BUDGET_MB, f"memory growth {growth_mb:.1f} MB <= {MEMORY_BUDGET_MB} MB")


def _plain_text_sheets(rows: list[tuple[str, str, str, str]], out: io.BytesIO) -> int:
    """Baseline: the same rows as plain text on a canvas, same rows per page, no signatures."""
    canvas = Canvas(out, pagesize=LETTER)
    pages = 0
    for start in range(0, len(rows), ROWS_PER_PAGE):
        y = 700.0
        for number, name, place, day in rows[start:start + ROWS_PER_PAGE]:
            canvas.setFont("Helvetica", 9)
            canvas.drawString(40, y, number)
            canvas.drawString(70, y, name.encode("latin-1", "replace").decode("latin-1"))
            canvas.drawString(260, y, place)
            canvas.drawString(350, y, day)
            y -= 44
        canvas.showPage()
        pages += 1
    canvas.save()
    return pages


def test_signature_sheets_for_10k_signatures(kiosk: KioskContext, tmp_path: Path) -> None:
    made = time.perf_counter()
    assert simulate(kiosk.store, kiosk.campaign, SHEET_ROWS, seed=11) == SHEET_ROWS
    print(f"\n[bench] simulate {SHEET_ROWS:,} signers: {time.perf_counter() - made:.1f} s (setup, not measured)")

    _reset_peak()
    rss_before = _status_kb("VmRSS")
    started = time.perf_counter()
    result = export_sheets(kiosk.store, kiosk.campaign, tmp_path / "sheets.pdf")
    elapsed = time.perf_counter() - started
    growth_mb = (_status_kb("VmHWM") - rss_before) / 1024
    size_mb = (tmp_path / "sheets.pdf").stat().st_size / 1e6

    # The baseline draws the same rows (already decrypted, so it measures drawing only).
    rows = []
    for number, record_id in enumerate(sorted(kiosk.store.all_uuids()), start=1):
        person = kiosk.store.personal(record_id)
        assert person is not None
        rows.append((str(number), f"{person.given_name} {person.family_name}", "90011", "11/28/2026"))
    started = time.perf_counter()
    baseline_pages = _plain_text_sheets(rows, io.BytesIO())
    baseline_s = time.perf_counter() - started

    pages_per_s = result.pages / elapsed
    baseline_rate = baseline_pages / baseline_s
    print(f"[bench] signature sheets, {SHEET_ROWS:,} signatures: {result.pages} pages in {elapsed:.2f} s = "
          f"{pages_per_s:.0f} pages/s ({size_mb:.1f} MB file, peak memory growth {growth_mb:.1f} MB)")
    print(f"[bench] baseline plain-text canvas, same rows: {baseline_pages} pages in {baseline_s:.2f} s = "
          f"{baseline_rate:.0f} pages/s; sheets take {elapsed / baseline_s:.1f}x the baseline time "
          f"(decrypting, vector signatures, font fallback)")
    assert result.signatures == SHEET_ROWS
    assert result.pages == 1 + math.ceil(SHEET_ROWS / ROWS_PER_PAGE)
