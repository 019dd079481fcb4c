"""Shared pieces of the sync tests: fast configs, engines and the exactly-once check."""

from __future__ import annotations

import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.models import SignatureRecord, SyncState
from kiosk.runtime import KioskContext
from sync.client.engine import SyncEngine
from sync.upstream.target import KIND_JSON, KIND_OSDI, SyncConfig

TOKEN = "tok-3f9c1e7a-test-only"
PETITION = "petition-1"


def fast_config(kind: str, url: str, **overrides: object) -> SyncConfig:
    """Tiny timeouts and backoff so fault tests take seconds; real limits otherwise."""
    values: dict[str, object] = {
        "kind": kind, "url": url, "petition_id": PETITION, "tags": ("kiosk", "end-s-comm"),
        "connect_timeout_s": 2.0, "read_timeout_s": 2.0, "backoff_base_s": 0.01, "backoff_cap_s": 0.2,
    }
    values.update(overrides)
    return SyncConfig(**values)  # type: ignore[arg-type]


def json_config(url: str, **overrides: object) -> SyncConfig:
    return fast_config(KIND_JSON, url, **overrides)


def osdi_config(url: str, **overrides: object) -> SyncConfig:
    return fast_config(KIND_OSDI, url, **overrides)


def make_engine(kiosk: KioskContext, config: SyncConfig, token: str | None = TOKEN, **kwargs: object) -> SyncEngine:
    holder = {"token": token}
    engine = SyncEngine(kiosk.store, kiosk.campaign.id, config, token_source=lambda: holder["token"],
                        rng=random.Random(7), **kwargs)  # type: ignore[arg-type]
    engine.token_holder = holder  # type: ignore[attr-defined]  # tests swap tokens through it
    return engine


def rows(kiosk: KioskContext) -> list[SignatureRecord]:
    with Session(kiosk.store.engine) as session:
        return list(session.scalars(select(SignatureRecord)))


def assert_exactly_once(server_uuids: list[str], kiosk: KioskContext) -> None:
    """Every local signature is on the server exactly once, nothing else is, none is lost."""
    local = sorted(kiosk.store.all_uuids())
    assert len(server_uuids) == len(set(server_uuids)), "a signature reached the server twice"
    assert sorted(server_uuids) == local
    for row in rows(kiosk):
        assert row.state == SyncState.SYNCED, (row.state, row.last_error)
        assert row.server_receipt
        assert row.synced_at is not None
