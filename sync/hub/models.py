"""The hub's SQLAlchemy models: signatures received, devices, pairing codes, the upstream
outbox, dashboard sessions and login attempts, and a key/value table.

Personal fields are kept as they were sealed: a sealed-mode kiosk's HPKE blob as received, a
clear upload (over TLS) sealed once at ingest to the same HPKE key, derived from the hub's data
key (sync/hub/context.py); rows from before migration h0004 keep their AES-256-GCM blobs.
Only what the tallies need stays in clear columns. Contact hashes are keyed (HMAC under a key
derived from the data key), so a copied database cannot be brute-forced for phones.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Boolean, Enum, Float, ForeignKey, Index, Integer, LargeBinary, String, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kiosk.models import KeyValueRow, UTCDateTime


class HubBase(DeclarativeBase):
    """Declarative base of the hub schema (apart from the kiosk's)."""


class HubMeta(KeyValueRow, HubBase):
    """Key/value facts: hub id, coordinator password hash, campaign id."""

    __tablename__ = "hub_meta"


class Device(HubBase):
    """A paired kiosk (or a downstream hub). Only the token's SHA-256 is kept.

    ``kiosk_id`` is the kiosk's own id (its database's UUID; a downstream hub's hub id), sent
    when it enrolls: a kiosk that pairs again gets this same row back, with its name and its
    figures, instead of a second "(unnamed)" row beside a revoked one. Null for a device that
    paired before the id was sent.
    """

    __tablename__ = "hub_devices"
    __table_args__ = (Index("ux_hub_devices_kiosk_id", "kiosk_id", unique=True),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    label: Mapped[str] = mapped_column(String(100), default="")
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    app_version: Mapped[str] = mapped_column(String(40), default="")
    waiting: Mapped[int] = mapped_column(Integer, default=0)
    kiosk_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class PairingCode(HubBase):
    """A one-time enrollment secret (its SHA-256), valid until ``expires_at``."""

    __tablename__ = "hub_pairing_codes"

    secret_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class HubSignature(HubBase):
    """One signature as received (UUID is the idempotency key across every kiosk)."""

    __tablename__ = "hub_signatures"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    campaign_id: Mapped[str] = mapped_column(String(100))
    device_id: Mapped[str] = mapped_column(ForeignKey("hub_devices.id"))
    kiosk_id: Mapped[str] = mapped_column(String(64))
    event: Mapped[str] = mapped_column(String(200), default="")
    # Where the event was held (migration h0009; empty for rows from before, and from kiosks that
    # do not send it). A server default only: inserts written for an older schema leave it out.
    event_place: Mapped[str] = mapped_column(String(200), server_default="")
    language: Mapped[str] = mapped_column(String(8))
    postal_code: Mapped[str] = mapped_column(String(16), default="")
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    consent_updates: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_sha256: Mapped[str] = mapped_column(String(64))
    # consent_updates/consent_sha256 above are the email consent (the protocol's first names).
    # The text-message consent; NULL on a row from before migration h0004, whose text-message
    # consent is inside its sealed payload.
    consent_sms: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    consent_sms_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    has_drawing: Mapped[bool] = mapped_column(Boolean, default=False)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    email_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    phone_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # False for a second signature by the same person from another kiosk: kept, not counted.
    counted: Mapped[bool] = mapped_column(Boolean, default=True)
    # When retention destroyed the sealed blob (then empty): set once the signature was delivered
    # to every upstream target and the hub's retention days had passed (sync/hub/retention.py).
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (
        Index("ix_hub_signatures_campaign_counted", "campaign_id", "counted"),
        # SQLite writes one batch at a time, so its repeat look-up sees every counted person.
        Index("ix_hub_signatures_email", "campaign_id", "email_hash").ddl_if(dialect="sqlite"),
        Index("ix_hub_signatures_phone", "campaign_id", "phone_hash").ddl_if(dialect="sqlite"),
        # PostgreSQL writes several at once: a counted person is unique per campaign, so the
        # second of two simultaneous uploads of one person collides instead of counting twice.
        Index("ux_hub_signatures_counted_email", "campaign_id", "email_hash", unique=True,
              postgresql_where=text("counted")).ddl_if(dialect="postgresql"),
        Index("ux_hub_signatures_counted_phone", "campaign_id", "phone_hash", unique=True,
              postgresql_where=text("counted")).ddl_if(dialect="postgresql"),
        Index("ix_hub_signatures_device", "device_id"),
    )


class UpstreamItem(HubBase):
    """One signature's journey to one upstream target (the hub's outbox).

    A worker takes a row by setting ``lease_until`` in the future (``FOR UPDATE SKIP
    LOCKED`` on PostgreSQL), so two hub processes never send the same row at once.
    ``attempt_started_at`` is written before a request carrying the row goes out and cleared
    with its answer: set on a row that is not being sent, it says the upstream may have
    recorded it (migration h0011, sync/hub/in_doubt.py).
    """

    __tablename__ = "hub_upstream"

    target: Mapped[str] = mapped_column(String(40), primary_key=True)
    uuid: Mapped[str] = mapped_column(ForeignKey("hub_signatures.uuid"), primary_key=True)
    state: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    lease_owner: Mapped[str | None] = mapped_column(String(64), nullable=True)
    last_error: Mapped[str | None] = mapped_column(String(64), nullable=True)
    receipt: Mapped[str | None] = mapped_column(Text, nullable=True)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    attempt_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    # In the lease order whole (migration h0013): a lease reads the first due rows and stops.
    __table_args__ = (Index("ix_hub_upstream_due", "target", "state", "next_attempt_at", "uuid"),)


class UpstreamKind(StrEnum):
    """What an upstream target speaks."""

    OSDI = "osdi"  # Action Network's record-signature helper (sync/upstream/adapters/osdi.py)
    JSON = "json"  # the json protocol v1: another hub, or a self-hosted server


class TargetState(StrEnum):
    """Whether an upstream target takes everything the campaign expects."""

    READY = "ready"
    #: Its key cannot create tags that Action Network does not have: the dashboard names them.
    TAGS_MISSING = "tags_missing"


def _enum_values(kind: type[StrEnum]) -> list[str]:
    return [member.value for member in kind]


class UpstreamTargetRecord(HubBase):
    """One upstream target, as ``hub upstream`` configured it (sync/hub/upstream.py reads it)."""

    __tablename__ = "hub_upstream_targets"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[UpstreamKind] = mapped_column(Enum(UpstreamKind, name="hub_upstream_kind",
                                                    values_callable=_enum_values))
    url: Mapped[str] = mapped_column(Text)
    petition_id: Mapped[str] = mapped_column(String(200), default="")
    ca_bundle: Mapped[str] = mapped_column(Text, default="")
    # A campaign hub paired with a code (relay mode): its certificate's SHA-256, pinned instead of a CA.
    pinned_sha256: Mapped[str] = mapped_column(String(64), default="")
    #: JSON list: the campaign's ``[sync].tags`` (or those ``hub upstream --tag`` named).
    tags: Mapped[str] = mapped_column(Text, default="[]")
    country: Mapped[str] = mapped_column(String(2), default="US")
    language: Mapped[str] = mapped_column(String(35), default="en")
    state: Mapped[TargetState] = mapped_column(Enum(TargetState, name="hub_upstream_state",
                                                    values_callable=_enum_values), default=TargetState.READY)
    #: JSON list: tags the key could not create (the coordinator creates them by hand).
    missing_tags: Mapped[str] = mapped_column(Text, default="[]")
    rate_per_s: Mapped[float] = mapped_column(Float)
    backoff_base_s: Mapped[float] = mapped_column(Float)
    backoff_cap_s: Mapped[float] = mapped_column(Float)
    connect_timeout_s: Mapped[float] = mapped_column(Float)
    read_timeout_s: Mapped[float] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class HubPurgeLogEntry(HubBase):
    """A record of destruction: how many signatures' sealed blobs one purge destroyed, per event.

    Counts only, never a name or a contact: what a coordinator can show a signer or a lawyer.
    """

    __tablename__ = "hub_purge_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    purged_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    event: Mapped[str] = mapped_column(String(200), default="", server_default="")
    count: Mapped[int] = mapped_column(Integer)
    days: Mapped[int] = mapped_column(Integer)  # the retention setting it ran under (0: at once)


class DashboardSession(HubBase):
    """A coordinator's logged-in browser (the cookie's SHA-256)."""

    __tablename__ = "hub_sessions"

    token_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)


class LoginAttempt(HubBase):
    """A failed login, kept a while so every hub process sees the same limits (sync/hub/auth.py).

    ``source`` is the SHA-256 of the client's address (empty once that source logged in).
    """

    __tablename__ = "hub_login_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    source: Mapped[str] = mapped_column(String(64), default="", server_default="", index=True)
