"""A new campaign's signatures table on a real PostgreSQL: the hub analyses it while it fills,
so the repeat-signer look-up probes the contact-hash index instead of reading the campaign.

Without it the planner had no statistics until autovacuum came by (a minute or more), and
every batch's look-up read every row the campaign held (sync/hub/planner_statistics.py).
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path

from sqlalchemy import text

from sync.hub.context import open_hub
from sync.hub.devices import device_for_token, enroll, new_pairing_code, parse_code
from sync.hub.ingest import prepare_batch
from sync.hub.writer import BatchWriter
from tests.sync.hub.test_hub_protocol import _signature

ROWS_PER_BATCH = 500
FILLED = 40_000  # at this size probing 500 hashes costs less than reading the campaign


def _plan_of_the_repeat_lookup(engine: object, campaign: str) -> str:
    with engine.connect() as connection:  # type: ignore[attr-defined]
        plan = connection.exec_driver_sql(
            "EXPLAIN SELECT email_hash, phone_hash, counted FROM hub_signatures "
            "WHERE campaign_id = %s AND email_hash = ANY(%s) AND counted",
            (campaign, [f"{n:064x}" for n in range(500)])).all()
    return "\n".join(line[0] for line in plan)


def test_the_hub_analyses_a_filling_campaign_and_probes_the_hash_index(
        tmp_path: Path, postgres_cluster: object) -> None:
    hub = open_hub(tmp_path / "hub", postgres_cluster.new_database())  # type: ignore[attr-defined]
    try:
        code, _ = new_pairing_code(hub.engine, hub.certificate.sha256)
        parsed = parse_code(code)
        assert parsed is not None
        device = device_for_token(hub.engine, enroll(hub.engine, parsed.secret, "Tablet", "test")[1])
        assert device is not None
        writer = BatchWriter(hub.engine)
        analysed = None
        for round_number in range(120):
            people = [_signature(uuid=str(uuid.uuid4()), person={
                "given_name": f"Given{round_number}x{n}", "family_name": "Family",
                "email": f"p{round_number}x{n}@example.org", "phone": "", "address": ""})
                for n in range(ROWS_PER_BATCH)]
            document = {"kiosk_id": str(uuid.uuid4()), "campaign": hub.campaign.id, "signatures": people}
            assert all(r["status"] == "accepted" for r in writer.store(prepare_batch(
                hub.engine.dialect, hub.sealer, device.id, document)).results)
            with hub.engine.connect() as connection:
                analysed = connection.execute(text(
                    "SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'hub_signatures'")).scalar()
            if analysed is not None and (round_number + 1) * ROWS_PER_BATCH >= FILLED:
                break
            time.sleep(0.3)  # PostgreSQL publishes its change counters about once a second
        assert analysed is not None, "the hub never analysed its signatures table"
        plan = _plan_of_the_repeat_lookup(hub.engine, hub.campaign.id)
        assert "ux_hub_signatures_counted_email" in plan and "Seq Scan" not in plan, plan.splitlines()[0]
    finally:
        hub.close()
