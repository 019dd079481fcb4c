"""Child process for the remnants test: record, wait for the parent, sync, purge, then hang.

``python -m tests.sync.client.remnants_child DATA_DIR URL TOKEN COUNT`` records COUNT canary
signers (email and phone), prints ``recorded``, waits for a line on stdin, syncs them to the
json server at URL with immediate retention (so every confirmed record is purged), prints
``purged N`` and sleeps until the parent kills it with SIGKILL — never a clean close, so
SQLite's own close-time checkpoint cannot tidy up.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from kiosk.hygiene import harden_process
from kiosk.runtime import open_kiosk
from sync.client.engine import SyncEngine
from sync.client.retention import RetentionMode, RetentionRule
from sync.upstream.target import KIND_JSON, SyncConfig
from tests.support import valid_signer


def canary_phone(n: int) -> str:
    """The n-th canary phone number: all in one exchange, as an adversary's candidate list is."""
    return f"(213) 555-{7000 + n:04d}"


def canary_email(n: int) -> str:
    return f"zz.remnant.{n}@example.org"


def main() -> None:
    harden_process()
    data_dir, url, token, count = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
    ctx = open_kiosk(data_dir)
    for n in range(count):
        signer = valid_signer(ctx.campaign, n, given_name="Remnantia", family_name=f"Canaryson{n}",
                              email=canary_email(n), phone=canary_phone(n))
        ctx.store.record(signer, ctx.campaign, "es", consent_updates=n % 2 == 0)
    print("recorded", flush=True)
    sys.stdin.readline()
    config = SyncConfig(kind=KIND_JSON, url=url, petition_id="", connect_timeout_s=5.0, read_timeout_s=5.0)
    engine = SyncEngine(ctx.store, ctx.campaign.id, config, token_source=lambda: token,
                        retention=RetentionRule(RetentionMode.IMMEDIATE))
    report = engine.run_until_idle(60)
    print(f"purged {report.purged}", flush=True)
    while True:
        time.sleep(60)


if __name__ == "__main__":
    main()
