"""Child process for the crash test: records signatures forever, printing each UUID after commit.

Run as ``python -m tests.kiosk.crash_child DATA_DIR START``; the parent kills it with SIGKILL.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk.campaign import load_campaign
from kiosk.store import SignatureStore
from kiosk.validation import CleanSigner
from tests.support import drawn_signature


def main() -> None:
    data_dir, start = Path(sys.argv[1]), int(sys.argv[2])
    campaign = load_campaign()
    store = SignatureStore(data_dir, key_store_kind="file")
    drawing = drawn_signature()
    n = start
    while True:
        signer = CleanSigner("Zoë", "Ñúñez", f"crash{n}@example.org", "", "90011", "", drawing)
        record_id = store.record(signer, campaign, "es", consent_updates=n % 2 == 0)
        # Printed only after record() returned, i.e. after the durable commit.
        sys.stdout.write(record_id + "\n")
        sys.stdout.flush()
        n += 1


if __name__ == "__main__":
    main()
