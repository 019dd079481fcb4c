"""Where the hub forwards what it receives: the configured upstream targets.

Targets are kept in the database (``hub_meta``), so every hub process sees the same list.
The worker that drains each target's outbox is :mod:`sync.hub.forwarder`.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from sqlalchemy import Engine

from sync.hub.context import get_meta, set_meta

META_TARGETS = "upstream.targets"


@dataclass(frozen=True)
class UpstreamTarget:
    """One upstream server: ``osdi`` (Action Network) or ``json`` (another hub)."""

    name: str
    kind: str
    url: str
    petition_id: str = ""
    ca_bundle: str = ""


def load_targets(engine: Engine) -> list[UpstreamTarget]:
    """Every configured target."""
    raw = get_meta(engine, META_TARGETS)
    if not raw:
        return []
    return [UpstreamTarget(**entry) for entry in json.loads(raw)]


def configured_targets(engine: Engine) -> list[str]:
    """The names of the configured targets (each new signature is queued for each)."""
    return [target.name for target in load_targets(engine)]


def save_target(engine: Engine, target: UpstreamTarget) -> None:
    """Add or replace a target (by name)."""
    kept = [t for t in load_targets(engine) if t.name != target.name]
    set_meta(engine, META_TARGETS, json.dumps([asdict(t) for t in [*kept, target]]))
