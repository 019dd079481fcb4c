"""Measure what a memory read of a live kiosk finds after each way a signer leaves (issue 22).

Not a test: it prints, for each phase of tests/ui/memory_child.py (thank-you, Start over, the
inactivity reset), every canary found and where (encoding, region), so allocator settings can be
compared. Extra ``NAME=value`` arguments go into the kiosk's environment, for example:

    .venv/bin/python -m tests.ui.measure_memory_after_signers                        # as shipped
    .venv/bin/python -m tests.ui.measure_memory_after_signers PETITION_KIOSK_SCRUBBING=1   # no restart:
        # pymalloc as a frozen bundle has it, glibc's perturb byte set with mallopt

Usage: ``python -m tests.ui.measure_memory_after_signers [NAME=value ...]`` (Linux, ptrace rights).
"""

from __future__ import annotations

import collections
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.process_memory import search
from tests.ui.test_nothing_left_in_memory import PHASES, REPO, canary_signer, needles


def main(overrides: list[str]) -> int:
    rng = random.Random()
    signers = [canary_signer(rng) for _ in PHASES]
    with tempfile.TemporaryDirectory(prefix="kiosk-memory-") as temp:
        root = Path(temp)
        (root / "signers.json").write_text(json.dumps([{k: v[::-1] for k, v in s.items()} for s in signers]))
        bundled = (REPO / "resources" / "campaigns" / "end-s-comm.toml").read_text("utf-8")
        (root / "campaign.toml").write_text(bundled.replace('address = "hidden"', 'address = "optional"'))
        (root / "keys").mkdir(mode=0o700)
        env = dict(os.environ, PETITION_KIOSK_KEY_STORE="file", PETITION_KIOSK_KEY_FILE=str(root / "keys" / "k"),
                   QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO), XDG_CONFIG_HOME=str(root / "config"))
        env.update(dict(item.split("=", 1) for item in overrides))
        started = time.monotonic()
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.memory_child", "--data-dir", str(root / "data"),
             "--campaign", str(root / "campaign.toml"), "--signers", str(root / "signers.json")],
            cwd=REPO, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        assert process.stdin is not None and process.stdout is not None
        try:
            looked_for: dict[str, str] = {}
            next(line for line in process.stdout if line.startswith("READY"))
            for number, (phase, signer) in enumerate(zip(PHASES, signers, strict=True), start=1):
                process.stdin.write(phase + "\n")
                process.stdin.flush()
                next(line for line in process.stdout if line.startswith("CLEARED"))
                looked_for.update(needles(number, signer))
                hits = search(process.pid, looked_for)
                found = collections.Counter((h.label, h.encoding, h.region) for h in hits)
                print(f"after {phase} ({time.monotonic() - started:.0f} s): {len(hits)} found")
                for (label, encoding, region), count in sorted(found.items()):
                    print(f"    {label:36} {encoding:10} {region:12} {count}")
            process.stdin.write("quit\n")
            process.stdin.flush()
            process.wait(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
