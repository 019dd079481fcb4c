"""Where the hub forwards what it receives: the configured upstream targets.

Targets are kept in the database (``hub_meta``), so every hub process sees the same list.
The worker that drains each target's outbox is :mod:`sync.hub.forwarder`.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from sync.hub.context import get_meta, set_meta
from sync.hub.models import HubMeta

META_TARGETS = "upstream.targets"


@dataclass(frozen=True)
class UpstreamTarget:
    """One upstream server: ``osdi`` (Action Network) or ``json`` (another hub)."""

    name: str
    kind: str
    url: str
    petition_id: str = ""
    ca_bundle: str = ""
    tags: tuple[str, ...] = ()
    # A hub upstream paired with a code (relay mode, sync/hub/relay_setup.py): its certificate's
    # SHA-256, pinned on every connection instead of a CA bundle.
    pinned_sha256: str = ""
    # Tunables, plain fields so a test can make them small (the kiosk's defaults otherwise).
    backoff_base_s: float = 2.0
    backoff_cap_s: float = 300.0
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 30.0


def _parse_targets(raw: str | None) -> list[UpstreamTarget]:
    """The targets as stored in ``hub_meta`` (a JSON list), or none."""
    if not raw:
        return []
    return [UpstreamTarget(**{**entry, "tags": tuple(entry.get("tags", ()))}) for entry in json.loads(raw)]


def load_targets(engine: Engine) -> list[UpstreamTarget]:
    """Every configured target."""
    return _parse_targets(get_meta(engine, META_TARGETS))


def configured_targets(engine: Engine) -> list[str]:
    """The names of the configured targets (each new signature is queued for each)."""
    return [target.name for target in load_targets(engine)]


def target_names(session: Session) -> list[str]:
    """:func:`configured_targets`, read inside ``session``'s transaction (a batch's own write:
    no second connection, and the list the batch's rows are queued for is the one it commits with)."""
    raw = session.scalar(select(HubMeta.value).where(HubMeta.key == META_TARGETS))
    return [target.name for target in _parse_targets(raw)]


def save_target(engine: Engine, target: UpstreamTarget) -> None:
    """Add or replace a target (by name), and queue for it every signature the hub already
    holds (a coordinator may set the target up after the first uploads), except those already
    purged after delivery; a repeat's entry is never sent, only settled with its batch (sync/riders.py)."""
    from sqlalchemy import literal, select

    from sync.hub.database import is_postgresql
    from sync.hub.models import HubSignature, UpstreamItem

    kept = [t for t in load_targets(engine) if t.name != target.name]
    set_meta(engine, META_TARGETS, json.dumps([asdict(t) for t in [*kept, target]]))
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
