"""SQLAlchemy models: signatures (which double as the sync outbox), events, metadata.

Only non-personal columns are stored in clear: postal code (for tallies), language,
timestamps, consent flags and sync state. Names, email, phone, address and strokes are in
``sealed``; ``email_hash``/``phone_hash`` are keyed hashes for repeat-signer detection.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, LargeBinary, String, Text, false
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC and hands them back aware (SQLite has no zones)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return value.replace(tzinfo=UTC) if value is not None else None


class SyncState(StrEnum):
    """Where a signature is in its journey to the central server."""

    PENDING = "pending"
    SYNCED = "synced"
    REJECTED = "rejected"
    #: Kept on this device and never sent: the target (Action Network) needs an email or a
    #: phone and the signer gave neither (a "signature only" campaign). Counted, in the
    #: sheets and tallies, never purged by retention; the reason is in ``last_error``.
    NOT_SENT = "not_sent"


#: ``last_error`` of a :attr:`SyncState.NOT_SENT` row whose signer gave no contact details.
NOT_SENT_NO_CONTACT = "no_contact"
#: ``last_error`` of a record that was waiting when the panic wipe erased its personal data.
NOT_SENT_WIPED = "wiped"
#: ``purge_log.rule`` of a panic wipe (a retention purge logs its :class:`~kiosk.settings.RetentionMode`).
PURGE_RULE_WIPE = "wipe"


class Base(DeclarativeBase):
    """Declarative base of the kiosk schema."""


class KeyValueRow:
    """The two columns of a table of facts, one row a fact (the kiosk's ``meta``, the hub's ``hub_meta``)."""

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class MetaEntry(KeyValueRow, Base):
    """Key/value facts about this database: kiosk id, key check, PIN lockout state."""

    __tablename__ = "meta"


class EventRecord(Base):
    """Where and when the kiosk collected (a rally, a canvass shift)."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(200), default="")
    date: Mapped[str] = mapped_column(String(10), default="")  # ISO date, local to the event
    canvasser: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SignatureRecord(Base):
    """One signature and its outbox entry."""

    __tablename__ = "signatures"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    campaign_id: Mapped[str] = mapped_column(String(100), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id"), nullable=True, index=True)
    kiosk_id: Mapped[str] = mapped_column(String(36))
    kiosk_label: Mapped[str] = mapped_column(String(100), default="")
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    language: Mapped[str] = mapped_column(String(8))
    # The first single "updates" consent; since revision 0003 it is the email consent and
    # its text hash, kept so older readers and the json protocol's ``consent.updates`` hold.
    consent_updates: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_sha256: Mapped[str] = mapped_column(String(64))
    # Each channel's answer and the SHA-256 of the exact wording shown beside its box
    # (NULL: the box was not shown, e.g. no phone was given, so nothing was asked).
    consent_email: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_email_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    consent_sms: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_sms_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    postal_code: Mapped[str] = mapped_column(String(16), default="")
    has_drawing: Mapped[bool] = mapped_column(Boolean, default=False)
    sealed: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    email_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    phone_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # A repeat signer's signature (the same person already stored): counted among the
    # signatures, once among the people, and never sent upstream on its own (sync/client/engine.py).
    repeat: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Outbox columns.
    state: Mapped[str] = mapped_column(String(16), default=SyncState.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    server_receipt: Mapped[str | None] = mapped_column(Text, nullable=True)
    synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (
        Index("ix_signatures_email_hash", "campaign_id", "email_hash"),
        Index("ix_signatures_phone_hash", "campaign_id", "phone_hash"),
        Index("ix_signatures_outbox", "state", "next_attempt_at"),
    )


class PurgeLogEntry(Base):
    """A record of destruction: one retention purge of personal data (counts only, no names).

    What a coordinator can show a signer or a lawyer: how many records' personal fields were
    destroyed, when, on which device, and under which retention rule.
    """

    __tablename__ = "purge_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    purged_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    count: Mapped[int] = mapped_column(Integer)
    kiosk_id: Mapped[str] = mapped_column(String(36))
    kiosk_label: Mapped[str] = mapped_column(String(100), default="")
    rule: Mapped[str] = mapped_column(String(16))  # immediate, days, manual or wipe
    days: Mapped[int | None] = mapped_column(Integer, nullable=True)  # the "days" rule's setting
