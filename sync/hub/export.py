"""The hub's signatures as a report source: ``hub export`` and the dashboard's downloads.

The tally, the signature sheets and the CSV are kiosk/reports' own (the same code, fonts
and labels as a kiosk's ``export``); this module only reads the hub's database for them
(:class:`HubSource`, a :class:`~kiosk.reports.source.ReportSource`).

What the hub's reports cover:
- every kiosk's signatures for the campaign, a person who signed at two kiosks once: the
  row kept is the *counted* one, i.e. the first the hub received (the later copies have
  ``counted`` false), which is also the one forwarded upstream;
- "synced" means delivered to every upstream target (or simply on the hub, when it forwards
  nowhere: then the hub is the server of record), "waiting" that some target still waits,
  "rejected" that a target refused it (its reason is the upstream's short code);
- the kiosk column is the device's label given at pairing (its id when it has none); the
  event is the name the kiosk sent (the hub knows no place, date or canvasser);
- a signature purged after delivery (sync/hub/retention.py) keeps its row, so it is counted
  everywhere, but its personal part is gone: the sheets say how many were purged, the CSV marks
  the row ``personal_data_purged``, as a kiosk's do.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Integer, case, cast, create_engine, event, func, select
from sqlalchemy.engine import Connection

from kiosk.campaign import Campaign
from kiosk.models import SyncState
from kiosk.reports import ExportResult, ReportFilters, UnknownEvent, export_csv, export_sheets, export_tally
from kiosk.reports.filters import SelectT
from kiosk.reports.source import ReportRow, ReportView, RowCounts
from kiosk.reports.state_figures import state_figures
from kiosk.reports.tally_data import HOURS_PER_DAY, TOP_POSTAL_CODES, EventTally, TallyData
from kiosk.signature import PersonalData
from kiosk.strokes import MAX_POINTS, Point, Signature, Stroke, clamp_points, signature_from_svg
from sync.hub.context import HubContext, HubSealer
from sync.hub.database import SQLITE_BUSY_TIMEOUT_MS
from sync.hub.models import Device, HubSignature, UpstreamItem

QUARTER_SECONDS = 15 * 60  # every zone's offset is whole quarter hours (see tally_data)
CURVE_SAMPLES = 12  # points per curve segment of a foreign SVG
DEVICE_ID_SHOWN = 8  # a device without a label is shown by the start of its id
_RANK_SYNCED, _RANK_PENDING, _RANK_REJECTED = 0, 1, 2
EXPORT_SUFFIXES = {"tally": ".pdf", "sheets": ".pdf", "csv": ".csv"}
HUB_EXPORTS = {"tally": export_tally, "sheets": export_sheets, "csv": export_csv}


def _upstream_rank() -> Any:
    """Per signature, its worst upstream state (rejected > waiting > delivered) and a reason."""
    item = UpstreamItem
    rank = func.max(case((item.state == SyncState.REJECTED, _RANK_REJECTED),
                         (item.state == SyncState.PENDING, _RANK_PENDING), else_=_RANK_SYNCED))
    reason = func.max(case((item.state == SyncState.REJECTED, item.last_error), else_=None))
    return select(item.uuid.label("uuid"), rank.label("rank"), reason.label("reason")).group_by(item.uuid).subquery()


def _epoch_seconds(engine: Engine, column: Any) -> Any:
    # signed_at is naive UTC in both databases (kiosk.models.UTCDateTime).
    if engine.dialect.name == "postgresql":
        return cast(func.floor(func.extract("epoch", column)), Integer)
    return cast(func.strftime("%s", column), Integer)


class HubView:
    """One read of the hub's counted signatures for a :mod:`kiosk.reports` export."""

    def __init__(self, conn: Connection, engine: Engine, sealer: HubSealer) -> None:
        self._conn = conn
        self._engine = engine
        self._sealer = sealer
        self._up = _upstream_rank()
        rank = func.coalesce(self._up.c.rank, _RANK_SYNCED)
        self._state = case((rank == _RANK_REJECTED, SyncState.REJECTED.value),
                           (rank == _RANK_PENDING, SyncState.PENDING.value), else_=SyncState.SYNCED.value)

    def _scoped(self, query: SelectT, campaign_id: str, filters: ReportFilters, people: bool = True) -> SelectT:
        sig = HubSignature
        query = query.where(sig.campaign_id == campaign_id)
        if people:  # a repeat signer once; without: every signature received
            query = query.where(sig.counted.is_(True))
        if filters.event is not None:
            known = self._conn.scalar(select(func.count()).select_from(sig).where(
                sig.campaign_id == campaign_id, sig.event == filters.event))
            if not known:
                raise UnknownEvent(filters.event)
            query = query.where(sig.event == filters.event)
        start, end = filters.utc_bounds()
        if start is not None:
            query = query.where(sig.signed_at >= start)
        if end is not None:
            query = query.where(sig.signed_at < end)
        return query

    def _with_state(self, query: SelectT) -> SelectT:
        return query.outerjoin(self._up, self._up.c.uuid == HubSignature.uuid)

    def counts(self, campaign_id: str, filters: ReportFilters) -> RowCounts:
        """Counted signatures matching, and those whose personal part was not purged after delivery."""
        sig = HubSignature
        kept = func.coalesce(func.sum(case((sig.purged_at.is_(None), 1), else_=0)), 0)
        matching, listed = self._conn.execute(self._scoped(select(func.count(), kept).select_from(sig),
                                                           campaign_id, filters)).one()
        return RowCounts(int(matching), int(listed))

    def rows(self, campaign_id: str, filters: ReportFilters, personal_only: bool = False) -> Iterator[ReportRow]:
        """Each counted signature, its sealed part opened with the hub's key (None once purged)."""
        sig = HubSignature
        label = func.coalesce(func.nullif(Device.label, ""), func.substr(sig.device_id, 1, DEVICE_ID_SHOWN))
        query = self._with_state(
            select(sig.uuid, sig.signed_at, sig.language, sig.postal_code, sig.event, sig.event_place,
                   sig.consent_updates, sig.consent_sha256, sig.consent_sms, sig.consent_sms_sha256, sig.sealed,
                   sig.purged_at, label.label("kiosk"),
                   self._state.label("state"),
                   self._up.c.reason).select_from(sig).join(Device, Device.id == sig.device_id))
        if personal_only:
            query = query.where(sig.purged_at.is_(None))
        query = self._scoped(query, campaign_id, filters).order_by(sig.signed_at, sig.uuid)
        for row in self._conn.execute(query):
            # A relay hub holds no key that opens a record: its rows read as purged ones do.
            opened = (self._sealer.open_record(row.uuid, row.sealed)
                      if row.purged_at is None and self._sealer.can_open else None)
            sms, sms_sha256 = row.consent_sms, row.consent_sms_sha256
            if sms is None and opened is not None:  # a row from before migration h0004: consent sealed inside
                sms = opened.consent is not None and opened.consent.sms
                sms_sha256 = opened.consent.sms_text_sha256 if opened.consent is not None else None
            yield ReportRow(
                uuid=row.uuid, signed_at=row.signed_at, language=row.language, postal_code=row.postal_code,
                event=row.event, event_place=row.event_place or "", event_date="", canvasser="", kiosk=row.kiosk,
                consent_updates=bool(row.consent_updates), consent_email_sha256=row.consent_sha256 or "",
                consent_sms=bool(sms), consent_sms_sha256=sms_sha256 or "",
                state=row.state, reason=(row.reason or "") if row.state == SyncState.REJECTED else "",
                person=_with_strokes(opened.personal) if opened is not None else None)

    def tally(self, campaign_id: str, filters: ReportFilters, step: Callable[[], None] | None = None) -> TallyData:
        """The tally's figures, counted by the database (the SMS opt-ins read from the sealed part)."""
        def done() -> None:
            if step is not None:
                step()

        sig, conn = HubSignature, self._conn

        def scoped(query: SelectT) -> SelectT:
            return self._scoped(query, campaign_id, filters)

        by_state: dict[str, int] = {}
        opted_in = 0
        first: datetime | None = None
        last: datetime | None = None
        for state, n, opted, low, high in conn.execute(scoped(self._with_state(
                select(self._state, func.count(), func.coalesce(func.sum(case((sig.consent_updates.is_(True), 1),
                                                                              else_=0)), 0),
                       func.min(sig.signed_at), func.max(sig.signed_at)).select_from(sig))).group_by(self._state)):
            by_state[state] = int(n)
            opted_in += int(opted)
            first = low if first is None or (low is not None and low < first) else first
            last = high if last is None or (high is not None and high > last) else last
        done()

        synced_n = case((self._state == SyncState.SYNCED.value, 1), else_=0)
        waiting_n = case((self._state == SyncState.PENDING.value, 1), else_=0)
        opted_n = case((sig.consent_updates.is_(True), 1), else_=0)
        event_rows = conn.execute(scoped(self._with_state(
            select(sig.event, func.count(), func.sum(synced_n), func.sum(waiting_n), func.sum(opted_n),
                   func.min(sig.signed_at)).select_from(sig))).group_by(sig.event))
        ordered = sorted(event_rows, key=lambda r: (r[0] == "", r[5], r[0]))
        events = tuple(EventTally(index if name else None, name, "", "", "", int(n), int(synced or 0),
                                  int(waiting or 0), int(opted or 0))
                       for index, (name, n, synced, waiting, opted, _) in enumerate(ordered, start=1))
        done()

        quarter = _epoch_seconds(self._engine, sig.signed_at) / QUARTER_SECONDS
        bucket = cast(func.floor(quarter), Integer) if self._engine.dialect.name == "postgresql" else cast(
            quarter, Integer)
        days: Counter[date] = Counter()
        hours = [0] * HOURS_PER_DAY
        for index, n in conn.execute(scoped(select(bucket, func.count()).select_from(sig)).group_by(bucket)):
            moment = datetime.fromtimestamp(int(index) * QUARTER_SECONDS, UTC).astimezone()
            days[moment.date()] += int(n)
            hours[moment.hour] += int(n)
        done()

        label = func.coalesce(func.nullif(Device.label, ""), func.substr(sig.device_id, 1, DEVICE_ID_SHOWN))
        kiosks = conn.execute(scoped(select(label, func.count()).select_from(sig)
                                     .join(Device, Device.id == sig.device_id)).group_by(label))
        canvassers = tuple(sorted((("", str(k), int(n)) for k, n in kiosks), key=lambda r: (-r[2], r[1])))
        done()

        def ranked(column: Any) -> list[tuple[str, int]]:
            found = conn.execute(scoped(select(column, func.count()).select_from(sig)).group_by(column))
            return sorted(((str(v), int(n)) for v, n in found), key=lambda r: (-r[1], r[0]))

        postal = ranked(sig.postal_code)
        done()
        languages = ranked(sig.language)
        done()

        reason = func.coalesce(self._up.c.reason, "")
        rejected = conn.execute(scoped(self._with_state(select(reason, func.count()).select_from(sig))
                                       .where(self._state == SyncState.REJECTED.value)).group_by(reason))
        rejections = tuple(sorted(((str(r), int(n)) for r, n in rejected), key=lambda r: (-r[1], r[0])))
        done()

        # Consent to texts is a clear column; only rows from before migration h0004 keep it
        # inside the sealed part, and only those are opened.
        opted_in_sms = int(conn.scalar(scoped(select(func.count()).select_from(sig))
                                       .where(sig.consent_sms.is_(True))) or 0)
        older = conn.execute(scoped(select(sig.uuid, sig.sealed).select_from(sig)).where(
            sig.consent_sms.is_(None), sig.purged_at.is_(None)))
        opted_in_sms += sum(1 for uuid, blob in older
                            if (consent := self._sealer.open_record(uuid, blob).consent) is not None and consent.sms)

        # Every signature received, a repeat signer's too: the figure the kiosks and the public saw.
        signatures = int(conn.scalar(self._scoped(select(func.count()).select_from(sig), campaign_id, filters,
                                                  people=False)) or 0)

        purged = int(conn.scalar(scoped(select(func.count()).select_from(sig)).where(sig.purged_at.is_not(None)))
                     or 0)

        return TallyData(
            purged=purged,
            **state_figures(by_state),  # counted signatures only: each one a person
            signatures=signatures,
            opted_in=opted_in,
            opted_in_sms=opted_in_sms,
            first=first.astimezone() if first else None,
            last=last.astimezone() if last else None,
            events=events,
            days=tuple(sorted(days.items())),
            hours=tuple(hours),
            canvassers=canvassers,
            postal_codes=tuple(postal[:TOP_POSTAL_CODES]),
            languages=tuple(languages),
            rejections=rejections,
            where="hub",
        )


def _with_strokes(personal: PersonalData) -> PersonalData:
    """A record's personal part with strokes for the sheets: a hub often has only the SVG."""
    if personal.strokes or not personal.svg:
        return personal
    drawing = signature_from_svg(personal.svg) or strokes_of_any_svg(personal.svg)
    return PersonalData.of(personal.person, drawing)


def strokes_of_any_svg(svg: str) -> Signature | None:
    """Strokes from an SVG another program drew (the protocol is public): every shape's outline,
    curves sampled, transforms applied, so the sheets can draw it as they draw a kiosk's.

    None when it cannot be read (no drawing is then shown; nothing about it is logged).
    """
    from svgelements import SVG, Close, Line, Move, Shape
    from svgelements import Path as SvgPath

    try:
        document = SVG.parse(io.StringIO(svg))
        width, height = float(document.width), float(document.height)
        if not (width > 0 and height > 0):
            return None
        strokes: list[Stroke] = []
        points: list[Point] = []
        total = 0

        def flush() -> None:
            if points:
                strokes.append(clamp_points(points))
            points.clear()

        for element in document.elements():
            if not isinstance(element, Shape):
                continue
            for segment in SvgPath(element).segments():
                if isinstance(segment, Move):
                    flush()
                    ends = [segment.end]
                elif isinstance(segment, Line | Close):
                    ends = [segment.end]
                else:  # curves and arcs: sampled finely enough for a printed row
                    ends = [segment.point(i / CURVE_SAMPLES) for i in range(1, CURVE_SAMPLES + 1)]
                points.extend(Point(float(end.x) / width, float(end.y) / height) for end in ends if end is not None)
                total += len(ends)
                if total > MAX_POINTS:
                    return None
            flush()
    except Exception:  # any malformed document is "no drawing", never a failed export
        return None
    kept = tuple(stroke for stroke in strokes if stroke)
    return Signature(strokes=kept, aspect=width / height) if kept else None


def _on_reader_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # the BEGIN below is ours
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def _begin_deferred(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def reader_engine(engine: Engine) -> Engine:
    """An engine for long reads of the hub's database that never holds a write lock.

    The hub's own SQLite engine begins every transaction IMMEDIATE (ingest must queue for
    the lock, see sync.hub.database); an export that did so would stop every kiosk's upload
    for as long as a 10,000-row sheet takes. A deferred BEGIN in WAL mode is a snapshot that
    takes no lock. PostgreSQL's MVCC needs nothing of the kind: the same engine serves.
    """
    if engine.dialect.name != "sqlite":
        return engine
    reader = create_engine(engine.url, connect_args={"check_same_thread": False, "timeout": 30})
    event.listen(reader, "connect", _on_reader_connect)
    event.listen(reader, "begin", _begin_deferred)
    return reader


class HubSource:
    """The hub's database as a :class:`~kiosk.reports.source.ReportSource`."""

    def __init__(self, engine: Engine, sealer: HubSealer) -> None:
        self.engine = engine
        self.sealer = sealer
        self._reader = reader_engine(engine)

    @contextmanager
    def snapshot(self) -> Iterator[ReportView]:
        """One read transaction: a WAL snapshot on SQLite, REPEATABLE READ on PostgreSQL."""
        connection = self._reader.connect()
        if self._reader.dialect.name == "postgresql":
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
        with connection as conn, conn.begin():
            yield HubView(conn, self._reader, self.sealer)

    def close(self) -> None:
        """Release the reader's connections (the hub's own engine stays open)."""
        if self._reader is not self.engine:
            self._reader.dispose()


def export_from_hub(hub: HubContext, kind: str, out_path: str | Path, filters: ReportFilters | None = None,
                    language: str | None = None) -> ExportResult:
    """Write one of ``tally``, ``sheets``, ``csv`` across every kiosk of the hub's campaign."""
    source = HubSource(hub.engine, hub.sealer)
    try:
        return HUB_EXPORTS[kind](source, hub.campaign, Path(out_path), filters, language)
    finally:
        source.close()


def export_file_name(campaign: Campaign, kind: str, day: date) -> str:
    """``<campaign>-<kind>-<YYYY-MM-DD>.pdf|csv``: what a downloaded export is called."""
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in campaign.id) or "campaign"
    return f"{safe}-{kind}-{day.isoformat()}{EXPORT_SUFFIXES[kind]}"
