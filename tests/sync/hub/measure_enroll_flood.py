"""How many enrollment tries a hub answers and checks per second under a flood (issue 22).

Not a test: a measurement to run by hand against a real hub on 127.0.0.1 started here::

    .venv/bin/python -m tests.sync.hub.measure_enroll_flood [SECONDS] [one|many]

Four clients post wrong pairing secrets for SECONDS (default 10), from 127.0.0.1 (``one``) or
from a new loopback address every try (``many``, so each try is a new TLS connection). It
prints the answers per second and how many of them were checked against the code (not 429).
"""

from __future__ import annotations

import collections
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

CLIENTS = 4


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    many = len(sys.argv) > 2 and sys.argv[2] == "many"
    home = Path(tempfile.mkdtemp(prefix="enroll-flood-"))
    os.environ.update({"PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
                       "XDG_DATA_HOME": str(home / "xdg-data"), "XDG_CONFIG_HOME": str(home / "xdg-config")})
    from tests.sync.hub.support import HubProcess

    hub = HubProcess(home / "hub").start()
    counts: collections.Counter[int] = collections.Counter()
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(number: int) -> None:
        session = hub.session()
        tries = 0
        while time.monotonic() < stop:
            tries += 1
            if many:
                session.close()
                session = hub.session(source=f"127.0.{10 + number}.{tries % 250 + 1}")
            answer = session.post(hub.url + "/v1/devices:enroll", json={"secret": f"{number:02d}{tries:06d}"[:8]},
                                  timeout=10)
            with lock:
                counts[answer.status_code] += 1

    try:
        threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        hub.stop()
    total = sum(counts.values())
    checked = total - counts.get(429, 0)
    where = "a new loopback address each try" if many else "127.0.0.1"
    print(f"{seconds:.0f} s, {CLIENTS} clients from {where}: {total} answers ({total / seconds:.0f}/s); "
          f"checked against the code (not 429): {checked} ({checked / seconds:.1f}/s); by status {dict(counts)}")


if __name__ == "__main__":
    main()
