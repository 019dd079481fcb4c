"""Events: where and when the kiosk collects (a rally, a canvass shift), and how many signed at each."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.clock import utcnow
from kiosk.models import EventRecord, SignatureRecord
from kiosk.store_database import StoreDatabase


@dataclass(frozen=True)
class EventInfo:
    """An event as shown to coordinators, with its signature count."""

    id: int
    name: str
    place: str
    date: str
    canvasser: str
    count: int


class Events:
    """The events of one kiosk database."""

    def __init__(self, database: StoreDatabase) -> None:
        self._db = database

    def create(self, name: str, place: str = "", date: str = "", canvasser: str = "") -> int:
        """Add an event and return its id."""
        with Session(self._db.engine) as session, session.begin():
            record = EventRecord(name=name, place=place, date=date, canvasser=canvasser, created_at=utcnow())
            session.add(record)
            session.flush()
            return record.id

    def find_or_create(self, name: str, place: str = "", date: str = "", canvasser: str = "") -> int:
        """The id of the event with this name (and date), creating it if needed."""
        with Session(self._db.read_engine) as session:
            existing = session.scalar(select(EventRecord.id).where(EventRecord.name == name, EventRecord.date == date))
        return existing if existing is not None else self.create(name, place, date, canvasser)

    def exists(self, event_id: int) -> bool:
        """Whether an event with this id exists (cheap: checked on every signature)."""
        with Session(self._db.read_engine) as session:
            return session.get(EventRecord, event_id) is not None

    def listed(self, campaign_id: str | None = None) -> list[EventInfo]:
        """Every event with its signature count (of ``campaign_id``, or all), oldest first."""
        count_query = select(SignatureRecord.event_id, func.count()).group_by(SignatureRecord.event_id)
        if campaign_id is not None:
            count_query = count_query.where(SignatureRecord.campaign_id == campaign_id)
        with Session(self._db.read_engine) as session:
            counts = {event_id: n for event_id, n in session.execute(count_query)}
            rows = session.scalars(select(EventRecord).order_by(EventRecord.id)).all()
            return [EventInfo(r.id, r.name, r.place, r.date, r.canvasser, counts.get(r.id, 0)) for r in rows]
