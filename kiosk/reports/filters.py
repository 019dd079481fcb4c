"""Filters shared by every export: one event (by name), a first and a last day.

Days are calendar days in the kiosk's local time zone, because that is the day the
coordinator stood at the rally; they become UTC bounds on ``signed_at`` here, once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.engine import Connection

from kiosk.models import EventRecord, SignatureRecord
from kiosk.reports.errors import BadFilter, UnknownEvent

# Any select over signatures; the filters keep its column types.
SelectT = TypeVar("SelectT", bound="Select[*tuple[Any, ...]]")


def parse_day(text: str | None, option: str) -> date | None:
    """``YYYY-MM-DD`` to a date; ``None`` stays ``None``; anything else is :class:`BadFilter`."""
    if text is None or not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise BadFilter(option) from None


def _local_midnight(day: date) -> datetime:
    # A naive local datetime made aware with astimezone() follows the zone's DST rules
    # for that very day, unlike a fixed offset taken from "now".
    return datetime.combine(day, time()).astimezone()


@dataclass(frozen=True)
class ReportFilters:
    """Which signatures an export covers. Empty fields mean "no limit"."""

    event: str | None = None
    since: date | None = None
    until: date | None = None

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise BadFilter("since>until")

    @classmethod
    def parse(cls, event: str | None = None, since: str | None = None, until: str | None = None) -> ReportFilters:
        """Build from command-line or form text; raises :class:`BadFilter` for a bad date."""
        return cls(event=(event or "").strip() or None, since=parse_day(since, "since"),
                   until=parse_day(until, "until"))

    @property
    def is_empty(self) -> bool:
        """True when the export covers everything."""
        return self.event is None and self.since is None and self.until is None

    def utc_bounds(self) -> tuple[datetime | None, datetime | None]:
        """``[start, end)`` on ``signed_at`` for the chosen days."""
        start = _local_midnight(self.since) if self.since else None
        end = _local_midnight(self.until + timedelta(days=1)) if self.until else None
        return start, end

    def event_ids(self, conn: Connection) -> list[int] | None:
        """Ids of the events named by the filter (several events may share a name)."""
        if self.event is None:
            return None
        ids = list(conn.scalars(select(EventRecord.id).where(EventRecord.name == self.event)))
        if not ids:
            raise UnknownEvent(self.event)
        return ids

    def apply(self, query: SelectT, conn: Connection, campaign_id: str) -> SelectT:
        """Restrict a query over :class:`SignatureRecord` to the campaign and these filters."""
        query = query.where(SignatureRecord.campaign_id == campaign_id)
        ids = self.event_ids(conn)
        if ids is not None:
            query = query.where(SignatureRecord.event_id.in_(ids))
        start, end = self.utc_bounds()
        if start is not None:
            query = query.where(SignatureRecord.signed_at >= start)
        if end is not None:
            query = query.where(SignatureRecord.signed_at < end)
        return query
