"""Where the hub forwards what it receives: the configured upstream targets.

Targets are rows of ``hub_upstream_targets`` (migration h0007), so every hub process sees the
same list. Each carries what the campaign expects upstream: its tags (the campaign's
``[sync].tags`` unless ``hub upstream --tag`` named others), its country and language, and
the tags its key could not create at Action Network, which the dashboard names
(:func:`tags_to_create`). The worker that drains each target's outbox is
:mod:`sync.hub.forwarder`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from kiosk.clock import utcnow
from sync.hub.models import TargetState, UpstreamKind, UpstreamTargetRecord

# Under Action Network's 4 requests a second with more room than a kiosk leaves (0.97): several
# hub processes share one clock, and a request one of them sends late lands closer than one
# interval to the next process's; at 0.97 five requests then fell inside one second on a busy
# machine (a decliner's person signup and the tags made more requests to fall so).
DEFAULT_RATE_PER_S = 4.0 * 0.92


@dataclass(frozen=True)
class UpstreamTarget:
    """One upstream server: ``osdi`` (Action Network) or ``json`` (another hub)."""

    name: str
    kind: str
    url: str
    petition_id: str = ""
    ca_bundle: str = ""
    tags: tuple[str, ...] = ()
    country: str = "US"
    language: str = "en"
    # A hub upstream paired with a code (relay mode, sync/hub/relay_setup.py): its certificate's
    # SHA-256, pinned on every connection instead of a CA bundle.
    pinned_sha256: str = ""
    # Tunables, plain fields so a test can make them small (the kiosk's defaults otherwise).
    rate_per_s: float = DEFAULT_RATE_PER_S
    backoff_base_s: float = 2.0
    backoff_cap_s: float = 300.0
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 30.0


def _target(row: UpstreamTargetRecord) -> UpstreamTarget:
    return UpstreamTarget(
        name=row.name, kind=UpstreamKind(row.kind).value, url=row.url, petition_id=row.petition_id,
        ca_bundle=row.ca_bundle, tags=tuple(json.loads(row.tags or "[]")), country=row.country,
        language=row.language, pinned_sha256=row.pinned_sha256, rate_per_s=row.rate_per_s,
        backoff_base_s=row.backoff_base_s, backoff_cap_s=row.backoff_cap_s,
        connect_timeout_s=row.connect_timeout_s, read_timeout_s=row.read_timeout_s)


def load_targets(engine: Engine) -> list[UpstreamTarget]:
    """Every configured target, in the order they were first configured."""
    with Session(engine) as session:
        return [_target(row) for row in session.scalars(
            select(UpstreamTargetRecord).order_by(UpstreamTargetRecord.created_at, UpstreamTargetRecord.name))]


def configured_targets(engine: Engine) -> list[str]:
    """The names of the configured targets (each new signature is queued for each)."""
    with Session(engine) as session:
        return target_names(session)


def target_names(session: Session) -> list[str]:
    """:func:`configured_targets`, read inside ``session``'s transaction (a batch's own write:
    no second connection, and the list the batch's rows are queued for is the one it commits with)."""
    return list(session.scalars(select(UpstreamTargetRecord.name).order_by(UpstreamTargetRecord.created_at,
                                                                            UpstreamTargetRecord.name)))


def note_missing_tags(engine: Engine, name: str, missing: set[str]) -> None:
    """Keep the tags ``name``'s key could not create (the dashboard names them)."""
    state = TargetState.TAGS_MISSING if missing else TargetState.READY
    with Session(engine) as session, session.begin():
        session.execute(update(UpstreamTargetRecord).where(UpstreamTargetRecord.name == name).values(
            missing_tags=json.dumps(sorted(missing), ensure_ascii=False), state=state))


def report_missing_tags(engine: Engine, name: str, adapter: object) -> None:
    """Have an osdi adapter keep, for target ``name``, the tags its key could not create."""
    from sync.upstream.adapters.osdi import OsdiAdapter

    if isinstance(adapter, OsdiAdapter):
        adapter.on_missing_tags = lambda missing: note_missing_tags(engine, name, missing)


def check_tags_now(engine: Engine, hub_id: str, target: UpstreamTarget) -> set[str] | None:
    """Before the first forward: create ``target``'s tags at Action Network where its key can,
    and keep (and return) those it cannot; None when there is nothing to check (not osdi, no
    key yet, or Action Network did not answer: the first forward checks again)."""
    from kiosk.secrets import get_upstream_token
    from sync.hub.forwarder import target_config
    from sync.upstream.adapters import make_adapter
    from sync.upstream.adapters.osdi import OsdiAdapter
    from sync.upstream.errors import SyncConfigError

    token = get_upstream_token(hub_id, target.name)
    if target.kind != UpstreamKind.OSDI or not token or not target.tags:
        return None
    try:
        adapter = make_adapter(target_config(target), token)
    except SyncConfigError:
        return None
    try:
        if not isinstance(adapter, OsdiAdapter):  # an osdi target always makes one
            return None
        adapter.tags.ensure(target.tags)
        if adapter.tags.known is None:
            return None
        note_missing_tags(engine, target.name, adapter.tags.missing)
        return set(adapter.tags.missing)
    finally:
        adapter.close()


def tags_to_create(engine: Engine) -> dict[str, list[str]]:
    """Per target whose key cannot create them, the tags a coordinator must create in Action Network."""
    with Session(engine) as session:
        rows = session.execute(select(UpstreamTargetRecord.name, UpstreamTargetRecord.missing_tags).where(
            UpstreamTargetRecord.state == TargetState.TAGS_MISSING).order_by(UpstreamTargetRecord.created_at))
        return {name: json.loads(missing) for name, missing in rows}


def save_target(engine: Engine, target: UpstreamTarget) -> None:
    """Add or replace a target (by name), and queue for it every signature the hub already
    holds (a coordinator may set the target up after the first uploads), except those already
    purged after delivery; a repeat's entry is never sent, only settled with its batch (sync/upstream/riders.py)."""
    from sqlalchemy import literal

    from sync.hub.database import is_postgresql
    from sync.hub.models import HubSignature, UpstreamItem

    values = {
        "kind": UpstreamKind(target.kind), "url": target.url, "petition_id": target.petition_id,
        "ca_bundle": target.ca_bundle, "pinned_sha256": target.pinned_sha256,
        "tags": json.dumps(list(target.tags), ensure_ascii=False),
        "country": target.country, "language": target.language, "state": TargetState.READY, "missing_tags": "[]",
        "rate_per_s": target.rate_per_s, "backoff_base_s": target.backoff_base_s,
        "backoff_cap_s": target.backoff_cap_s, "connect_timeout_s": target.connect_timeout_s,
        "read_timeout_s": target.read_timeout_s,
    }
    with Session(engine) as session, session.begin():
        row = session.get(UpstreamTargetRecord, target.name)
        if row is None:
            session.add(UpstreamTargetRecord(name=target.name, created_at=utcnow(), **values))
        else:
            for key, value in values.items():
                setattr(row, key, value)
    if is_postgresql(engine):
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]
    # A WHERE, even one always true: SQLite reads "SELECT … FROM t ON CONFLICT" as a join's ON.
    # A signature purged after delivery (sync/hub/retention.py) has nothing left to send.
    chosen = select(literal(target.name), HubSignature.uuid, literal("pending"), literal(0)).where(
        HubSignature.uuid.is_not(None), HubSignature.purged_at.is_(None))
    with engine.begin() as connection:
        connection.execute(insert(UpstreamItem).from_select(["target", "uuid", "state", "attempts"], chosen)
                           .on_conflict_do_nothing())
