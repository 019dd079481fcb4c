"""What the decliner's extra request costs at Action Network's 4 requests a second
(run: pytest tests/bench/test_osdi_rate_bench.py -m bench -s).

- direct: the same number of signers, all saying yes, then all declining email, then a mix,
  each sent from a kiosk's engine to the double at its real limit (4/s); printed as
  signatures a minute and as the ratio to the all-yes run of this same run.
- through a hub: a mix forwarded by a real hub process; printed as requests a second and the
  double's 429 answers.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from kiosk.runtime import KioskContext, open_kiosk
from tests.support import choose_coordinator_pin, valid_signer
from tests.sync.helpers import PETITION, TOKEN, make_engine, osdi_config
from tests.sync.hub.support import HubProcess, hub_engine, paired, upstream_states, wait_for
from tests.sync.servers.osdi_server import OsdiApp, start_osdi_server

COUNT = 24


def _sign(kiosk: KioskContext, share_declining: float, prefix: str) -> None:
    rng = random.Random(7)
    for n in range(COUNT):
        declines = rng.random() < share_declining
        kiosk.store.record(valid_signer(kiosk.campaign, n, email=f"{prefix}{n}@example.org"), kiosk.campaign, "es",
                           not declines)


def _direct_rate(tmp_path: Path, share_declining: float, name: str) -> tuple[float, int, int]:
    kiosk = open_kiosk(tmp_path / name)
    choose_coordinator_pin(kiosk)
    try:
        _sign(kiosk, share_declining, name)
        with start_osdi_server(tmp_path / f"{name}.sqlite3", TOKEN, PETITION) as server:
            app: OsdiApp = server.app  # type: ignore[assignment]
            for tag in (*kiosk.campaign.sync.tags,):
                app.add_tag(tag)  # tags made beforehand: only signatures are measured
            engine = make_engine(kiosk, osdi_config(server.url, tags=()))
            started = time.monotonic()
            report = engine.run_until_idle(120)
            elapsed = time.monotonic() - started
            assert report.confirmed == COUNT
            return COUNT / elapsed * 60, len(app.log), app.too_many_requests()
    finally:
        kiosk.close()


def test_the_decliners_extra_request_at_four_a_second(tmp_path: Path) -> None:
    runs = {}
    for name, share in (("all-yes", 0.0), ("all-decline", 1.0), ("mixed-30", 0.3)):
        runs[name] = _direct_rate(tmp_path, share, name)
    base = runs["all-yes"][0]
    print()
    for name, (per_minute, requests_made, refused) in runs.items():
        print(f"direct {name:12} {per_minute:6.1f} signatures/min ({per_minute / base:.2f} of all-yes), "
              f"{requests_made} requests, {refused} answers 429")

    kiosk = open_kiosk(tmp_path / "paired")
    choose_coordinator_pin(kiosk)
    hub = HubProcess(tmp_path / "hub").start()
    try:
        paired(kiosk, hub)
        _sign(kiosk, 0.3, "hub")
        assert hub_engine(kiosk).run_until_idle(60).pending == 0
        with start_osdi_server(tmp_path / "hub-an.sqlite3", TOKEN, PETITION) as server:
            app: OsdiApp = server.app  # type: ignore[assignment]
            from sync.hub.forwarder import set_target_token
            from sync.hub.upstream import UpstreamTarget, save_target

            set_target_token(hub.context.hub_id, "an", TOKEN)
            save_target(hub.context.engine, UpstreamTarget("an", "osdi", server.url, PETITION,
                                                           tags=tuple(kiosk.campaign.sync.tags)))
            assert wait_for(lambda: upstream_states(hub).get("synced", 0) >= COUNT, 120)
            times = [entry.at for entry in app.log]
            span = times[-1] - times[0]
            print(f"hub forwarding: {len(times)} requests in {span:.1f} s = {(len(times) - 1) / span:.2f} requests/s, "
                  f"{app.too_many_requests()} answers 429, {len(app.signups)} person signups, "
                  f"{len(app.sent)} signatures")
    finally:
        hub.stop()
        kiosk.close()
