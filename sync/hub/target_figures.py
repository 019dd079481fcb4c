"""``hub status``'s figures per upstream target, and its device counts as the device list has them.

Each signature is queued once per target, so adding the targets together counted a signature
once per target ("1226 waiting, 1332 delivered" for 1,279 signatures): every figure here
belongs to one target. Devices are counted as :func:`sync.hub.devices.list_devices` lists
them: every paired device, the revoked ones apart. A repeat signer's entry rides the queue unsent
(sync/upstream/riders.py), so the figures count only what is sent: the counted signatures.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, Integer, func, select
from sqlalchemy.orm import Session

from sync.hub.models import Device, HubSignature, UpstreamItem
from sync.hub.upstream import configured_targets


@dataclass(frozen=True)
class TargetFigures:
    """One upstream target's outbox: waiting, delivered, refused, and the error that still stands."""

    name: str
    pending: int
    synced: int
    rejected: int
    last_error: str | None


@dataclass(frozen=True)
class DeviceCounts:
    """Paired devices as the list shows them: those that may upload, and those revoked."""

    active: int
    revoked: int

    @property
    def listed(self) -> int:
        """Every device on the list."""
        return self.active + self.revoked


# Only what goes upstream: a repeat signer's entry takes its batch's fate but is never sent.
_SENT = (HubSignature.uuid == UpstreamItem.uuid) & HubSignature.counted.is_(True)


def target_figures(engine: Engine) -> list[TargetFigures]:
    """The figures of every configured target (and of any target still holding queued rows), by name."""
    with Session(engine) as session:
        counts: dict[str, dict[str, int]] = {}
        for target, state, count in session.execute(
                select(UpstreamItem.target, UpstreamItem.state, func.count()).join(HubSignature, _SENT)
                .group_by(UpstreamItem.target, UpstreamItem.state)):
            counts.setdefault(target, {})[state] = int(count)
        # Only a waiting row's error stands: a delivered row's was overcome.
        errors = dict(session.execute(
            select(UpstreamItem.target, func.max(UpstreamItem.last_error)).join(HubSignature, _SENT)
            .where(UpstreamItem.state == "pending", UpstreamItem.last_error.is_not(None))
            .group_by(UpstreamItem.target)).all())
    names = list(dict.fromkeys([*configured_targets(engine), *sorted(counts)]))
    return [TargetFigures(name, counts.get(name, {}).get("pending", 0), counts.get(name, {}).get("synced", 0),
                          counts.get(name, {}).get("rejected", 0), errors.get(name)) for name in names]


def signatures_upstream(engine: Engine) -> tuple[int, int]:
    """Signatures (not rows) still waiting for some target, and those delivered to every target."""
    with Session(engine) as session:
        waiting = session.scalar(select(func.count(func.distinct(UpstreamItem.uuid))).join(HubSignature, _SENT)
                                 .where(UpstreamItem.state == "pending"))
        per_signature = (select(UpstreamItem.uuid).join(HubSignature, _SENT).group_by(UpstreamItem.uuid)
                         .having(func.count() == func.sum((UpstreamItem.state == "synced").cast(Integer))))
        delivered = session.scalar(select(func.count()).select_from(per_signature.subquery()))
    return int(waiting or 0), int(delivered or 0)


def device_counts(engine: Engine) -> DeviceCounts:
    """Active and revoked devices, counted over the same rows the device list shows."""
    with Session(engine) as session:
        revoked = Device.revoked_at.is_not(None)
        rows = dict(session.execute(select(revoked, func.count()).group_by(revoked)).all())
    return DeviceCounts(int(rows.get(False, 0)), int(rows.get(True, 0)))
