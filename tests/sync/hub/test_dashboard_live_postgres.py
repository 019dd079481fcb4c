"""Live figures across hub processes on one PostgreSQL: an upload taken by any worker reaches
every open page's stream (the counters' triggers NOTIFY at commit; each process LISTENs).

Two hub worker processes share the database; four pages follow the public stream over four
connections (so they land on both workers), and each upload, whichever worker takes it,
reaches all four within seconds, never by polling.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from pathlib import Path

import requests

from tests.sync.hub.support import HubProcess, enroll_over_http
from tests.sync.hub.test_hub_protocol import _signature

PAGES = 4
FOLLOW_S = 5.0


def _follow(hub: HubProcess, seen: list[int], ready: threading.Event, stop: threading.Event) -> None:
    try:
        with hub.session().get(hub.url + "/api/big/stream", stream=True, timeout=(10, 30)) as answer:
            assert answer.headers["content-type"].startswith("text/event-stream")
            for line in answer.iter_lines():
                if line.startswith(b"data:"):
                    seen.append(json.loads(line[5:])["combined"])
                    ready.set()
                if stop.is_set():
                    return
    except requests.exceptions.RequestException:
        if not stop.is_set():
            raise  # the stream broke while the test still listened: the figures would show it


def test_every_page_on_every_worker_hears_each_upload(tmp_path: Path, postgres_cluster: object) -> None:
    url = postgres_cluster.new_database()  # type: ignore[attr-defined]
    hub = HubProcess(tmp_path / "hub", database=url, workers=2).start()
    stop = threading.Event()
    try:
        token = enroll_over_http(hub, "127.0.0.31", "Tablet")
        start = hub.context.campaign.starting_count
        pages: list[list[int]] = [[] for _ in range(PAGES)]
        readies = [threading.Event() for _ in range(PAGES)]
        threads = [threading.Thread(target=_follow, args=(hub, seen, ready, stop), daemon=True)
                   for seen, ready in zip(pages, readies, strict=True)]
        for thread in threads:
            thread.start()
        assert all(ready.wait(15) for ready in readies)
        session = hub.session()
        for upload in (1, 2, 3):
            document = {"kiosk_id": str(uuid.uuid4()), "campaign": hub.context.campaign.id,
                        "signatures": [_signature() for _ in range(upload)]}
            # A fresh connection each time: uvicorn's workers share the socket, so uploads land on either.
            session.close()
            session = hub.session()
            answer = session.post(hub.url + "/v1/signatures:batch", json=document, timeout=10,
                                  headers={"Authorization": f"Bearer {token}"})
            assert answer.status_code == 200
            expected = start + sum(range(1, upload + 1))
            deadline = time.monotonic() + FOLLOW_S
            while time.monotonic() < deadline and not all(seen and seen[-1] == expected for seen in pages):
                time.sleep(0.02)
            assert [seen[-1] for seen in pages] == [expected] * PAGES
    finally:
        stop.set()
        hub.stop()
