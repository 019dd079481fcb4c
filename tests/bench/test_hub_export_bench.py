"""Benchmark of ``hub export`` against the kiosk's own export of the same signatures
(run: pytest tests/bench/test_hub_export_bench.py -m bench -s).

A paired kiosk records SIGNATURES synthetic signers (``simulate``: sealed to the hub, with drawn
strokes) and syncs them to a real hub process. A paired kiosk cannot open what it sealed to the
hub (it refuses to print names: ``SealedOnTablet``), so the baseline is a solo kiosk, never
paired, holding the very same signers (the same ``simulate`` seed) under its own data key. Each
document is written from the solo kiosk's store and from the hub's database, in this process,
and the hub's time is printed as a ratio of the kiosk's (measured in the same run). The hub
opens each record's sealed part with its own key and redraws its drawing from the SVG the kiosk
sent; the kiosk reads its strokes. No timed assertion: the figures are for reading.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the hub extra is not installed (pip install -e '.[hub]')")

from kiosk.reports import ReportFilters, export_csv, export_sheets, export_tally
from kiosk.runtime import KioskContext, open_kiosk
from kiosk.simulate import simulate
from sync.hub.export import export_from_hub
from tests.bench.smoke import sized
from tests.sync.hub.support import HubProcess, hub_engine, paired

SIGNATURES = sized(2_000, 50)
KIOSK_EXPORTS = {"tally": export_tally, "sheets": export_sheets, "csv": export_csv}


def _timed(work: object) -> float:
    start = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - start


def test_hub_export_against_the_kiosks_own(kiosk: KioskContext, tmp_path: Path) -> None:
    solo = open_kiosk(tmp_path / "solo-kiosk")
    hub = HubProcess(tmp_path / "hub").start()
    try:
        paired(kiosk, hub)
        assert simulate(kiosk.store, kiosk.campaign, SIGNATURES, seed=11) == SIGNATURES
        assert simulate(solo.store, solo.campaign, SIGNATURES, seed=11) == SIGNATURES
        assert hub_engine(kiosk, batch_size=500).run_until_idle(300).pending == 0
        # Warm-up (fonts registered, modules loaded), so neither side pays for it in the figures.
        export_tally(solo.store, solo.campaign, tmp_path / "warm-up.pdf")
        print(f"\nhub export vs kiosk export, {SIGNATURES:,} signatures (one kiosk, all on the hub)")
        for kind, export in KIOSK_EXPORTS.items():
            suffix = ".csv" if kind == "csv" else ".pdf"
            local = _timed(lambda e=export, k=kind, s=suffix: e(  # type: ignore[misc]
                solo.store, solo.campaign, tmp_path / f"kiosk-{k}{s}", ReportFilters(), "en"))
            central = _timed(lambda k=kind, s=suffix: export_from_hub(  # type: ignore[misc]
                hub.context, k, tmp_path / f"hub-{k}{s}", ReportFilters(), "en"))
            print(f"  {kind:6}: kiosk {local:6.2f} s, hub {central:6.2f} s, hub/kiosk = {central / local:4.2f}")
            assert (tmp_path / f"hub-{kind}{suffix}").stat().st_size > 0
    finally:
        hub.stop()
        solo.close()
