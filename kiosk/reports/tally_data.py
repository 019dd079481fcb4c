"""The numbers of a tally, computed with SQL aggregates on one database snapshot.

Everything is counted by SQLite (GROUP BY), so a tally of 100,000 signatures reads a few
thousand rows, not 100,000. Times are grouped in UTC quarter hours and then moved to local
time: every time zone's offset is a whole number of quarter hours (India +5:30, Nepal
+5:45), so each quarter falls entirely into one local hour and one local day.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Integer, case, cast, func, select
from sqlalchemy.engine import Connection

from kiosk.models import EventRecord, SignatureRecord, SyncState
from kiosk.reports.filters import ReportFilters, SelectT
from kiosk.reports.state_figures import state_figures

TOP_POSTAL_CODES = 15
HOURS_PER_DAY = 24
_QUARTER_FORMAT = "%Y-%m-%d %H:%M"
QUARTER_MINUTES = 15


@dataclass(frozen=True)
class EventTally:
    """One event's line in the tally (``id`` None: signatures without an event)."""

    id: int | None
    name: str
    place: str
    date: str
    canvasser: str
    count: int
    synced: int
    waiting: int
    opted_in: int


@dataclass(frozen=True)
class TallyData:
    """Every figure a tally shows."""

    total: int = 0  # the signatures every other figure is a share of (the hub: one per person)
    # The tally's two headline figures (issue 22): every signature collected, a repeat signer's
    # too, and the people among them (a repeat signer once). The kiosk in sealed mode cannot tell
    # a repeat (only the hub can), so there its people are its signatures.
    signatures: int = 0
    people: int = 0
    synced: int = 0
    waiting: int = 0
    rejected: int = 0
    not_sent: int = 0  # kept on the kiosk: the target needs contact details they did not give
    opted_in: int = 0  # to email updates (the first single consent was "updates")
    opted_in_sms: int = 0  # to text messages (their own, separate consent)
    purged: int = 0
    first: datetime | None = None  # local time of the first signature
    last: datetime | None = None
    events: tuple[EventTally, ...] = ()
    days: tuple[tuple[date, int], ...] = ()
    hours: tuple[int, ...] = field(default_factory=lambda: (0,) * HOURS_PER_DAY)
    canvassers: tuple[tuple[str, str, int], ...] = ()  # (canvasser, kiosk label, count)
    postal_codes: tuple[tuple[str, int], ...] = ()
    languages: tuple[tuple[str, int], ...] = ()
    rejections: tuple[tuple[str, int], ...] = ()
    where: str = "kiosk"  # whose clock "local time" means: this kiosk's, or a hub's (across kiosks)


def _count_if(condition: Any) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _local(moment: datetime | None) -> datetime | None:
    return moment.astimezone() if moment is not None else None


TALLY_STEPS = 7


def collect_tally(conn: Connection, campaign_id: str, filters: ReportFilters,
                  step: Callable[[], None] | None = None) -> TallyData:
    """Count the matching signatures every way the tally shows them.

    ``step`` is called after each query (progress and cancel checks).
    """
    def scoped(query: SelectT) -> SelectT:
        return filters.apply(query, conn, campaign_id)

    def done() -> None:
        if step is not None:
            step()

    sig = SignatureRecord
    by_state: dict[str, int] = {}
    opted_in = opted_in_sms = purged = repeats = 0
    first: datetime | None = None
    last: datetime | None = None
    totals = scoped(select(sig.state, func.count(), _count_if(sig.consent_updates.is_(True)),
                           _count_if(sig.sealed.is_(None)), func.min(sig.signed_at),
                           func.max(sig.signed_at), _count_if(sig.consent_sms.is_(True)),
                           _count_if(sig.repeat.is_(True))).group_by(sig.state))
    for state, n, opted, gone, low, high, opted_sms, repeated in conn.execute(totals):
        by_state[state] = n
        repeats += repeated
        opted_in += opted
        opted_in_sms += opted_sms
        purged += gone
        first = low if first is None or (low is not None and low < first) else first
        last = high if last is None or (high is not None and high > last) else last
    done()

    event_rows = scoped(select(sig.event_id, func.count(), _count_if(sig.state == SyncState.SYNCED),
                               _count_if(sig.state == SyncState.PENDING),
                               _count_if(sig.consent_updates.is_(True))).group_by(sig.event_id))
    infos = {e.id: e for e in conn.execute(select(EventRecord.id, EventRecord.name, EventRecord.place,
                                                  EventRecord.date, EventRecord.canvasser))}
    events = []
    for event_id, n, synced, waiting, opted in conn.execute(event_rows):
        info = infos.get(event_id)
        events.append(EventTally(event_id, info.name if info else "", info.place if info else "",
                                 info.date if info else "", info.canvasser if info else "",
                                 n, synced, waiting, opted))
    events.sort(key=lambda e: (e.id is None, e.date, e.id or 0))
    done()

    minute = cast(func.strftime("%M", sig.signed_at), Integer)
    bucket = func.strftime("%Y-%m-%d %H:", sig.signed_at).concat(
        func.printf("%02d", minute // QUARTER_MINUTES * QUARTER_MINUTES))
    days: Counter[date] = Counter()
    hours = [0] * HOURS_PER_DAY
    for text, n in conn.execute(scoped(select(bucket, func.count()).group_by(bucket))):
        moment = datetime.strptime(text, _QUARTER_FORMAT).replace(tzinfo=UTC).astimezone()
        days[moment.date()] += n
        hours[moment.hour] += n
    done()

    canvasser_rows = scoped(
        select(func.coalesce(EventRecord.canvasser, ""), sig.kiosk_label, func.count())
        .select_from(sig).outerjoin(EventRecord, EventRecord.id == sig.event_id)
        .group_by(func.coalesce(EventRecord.canvasser, ""), sig.kiosk_label))
    canvassers = sorted(((c, k, n) for c, k, n in conn.execute(canvasser_rows)),
                        key=lambda row: (-row[2], row[0], row[1]))
    done()

    postal_rows = scoped(select(sig.postal_code, func.count()).group_by(sig.postal_code))
    postal = sorted(((code, n) for code, n in conn.execute(postal_rows)), key=lambda r: (-r[1], r[0]))
    done()

    language_rows = scoped(select(sig.language, func.count()).group_by(sig.language))
    languages = sorted(((code, n) for code, n in conn.execute(language_rows)), key=lambda r: (-r[1], r[0]))
    done()

    reason = func.coalesce(sig.last_error, "")
    rejection_rows = scoped(select(reason, func.count()).where(sig.state == SyncState.REJECTED).group_by(reason))
    rejections = sorted(((r, n) for r, n in conn.execute(rejection_rows)), key=lambda r: (-r[1], r[0]))
    done()

    return TallyData(
        **state_figures(by_state, repeats),
        signatures=sum(by_state.values()),
        opted_in=opted_in,
        opted_in_sms=opted_in_sms,
        purged=purged,
        first=_local(first),
        last=_local(last),
        events=tuple(events),
        days=tuple(sorted(days.items())),
        hours=tuple(hours),
        canvassers=tuple(canvassers),
        postal_codes=tuple(postal[:TOP_POSTAL_CODES]),
        languages=tuple(languages),
        rejections=tuple(rejections),
    )
