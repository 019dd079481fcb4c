"""The benchmarks' smoke mode: each one once, at a small size, its bound printed but not asserted.

CI runs ``pytest -m bench`` with ``PETITION_BENCH_SMOKE=1`` after the main suite, so a broken
benchmark (an import gone, a fixture changed, a refusal where an export was) fails the day it
breaks, while the figures themselves, meaningless at that size and on a shared runner, are
only printed. Without the variable every benchmark runs at its full size and asserts its bound.
"""

from __future__ import annotations

import os

SMOKE = os.environ.get("PETITION_BENCH_SMOKE", "") == "1"


def sized(full: int, smoke: int) -> int:
    """``full`` for a real run, ``smoke`` in smoke mode."""
    return smoke if SMOKE else full


def bound(holds: bool, what: str) -> None:
    """Assert a benchmark's bound (``what`` says which); in smoke mode only print whether it held."""
    if SMOKE:
        print(f"  smoke run, bound not asserted: {what}: {'held' if holds else 'missed'}")
        return
    assert holds, what
