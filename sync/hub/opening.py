"""The hub's side of sealed records: what an upload holds, and a stored record made ready to send.

The hub keeps each record as it was sealed (DESIGN.md, "One format at rest"): a sealed-mode
kiosk's HPKE blob as received, a clear upload sealed once to the same key at ingest. It opens
a record only three times in its life, each here or through :class:`HubSealer`:

- at ingest, :func:`upload_contents`, to hash the contacts so a repeat signer counts once;
- to forward it upstream, :func:`stored_outgoing` (a relay hub, holding no key that opens it,
  sends the blob on unopened);
- to export it (sync/hub/export.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.errors import KioskError
from kiosk.hpke_seal import SealedForHub, is_hub_sealed
from kiosk.signature import ClearColumns, Consent, PayloadUnreadable, PersonalData, decode_payload
from sync.hub.context import HubSealer
from sync.hub.models import Device, HubSignature
from sync.protocol import Outgoing

#: The reject reason a sealed record that does not open gets (sync/upstream/sanitize.py lists it).
SEALED_UNREADABLE = "sealed_unreadable"


class SealedRecordRefused(SealedForHub):
    """An uploaded sealed record that does not open here, or holds something unexpected."""

    code = SEALED_UNREADABLE


def upload_contents(sealer: HubSealer, item: Outgoing) -> PersonalData:
    """The person and drawing of one upload: as sent in clear, or opened from its blob.

    A sealed upload must open with the hub's HPKE key under the UUID the kiosk sent, and hold
    a readable payload; else :class:`SealedRecordRefused`.
    """
    if item.sealed is None:
        return PersonalData(item.person, None, item.signature_svg)
    try:
        personal = decode_payload(sealer.hpke.open(item.uuid, item.sealed)).personal
        personal.signature_svg  # noqa: B018 - a drawing that does not read is refused now, not upstream
    except (SealedForHub, PayloadUnreadable):
        raise SealedRecordRefused("does not open") from None
    return personal


def stored_outgoing(sealer: HubSealer, columns: ClearColumns, consent: Consent, sms_in_payload: bool,
                    blob: bytes) -> Outgoing | None:
    """A stored record opened for sending upstream; None when it does not open.

    ``consent`` is the row's clear columns. ``sms_in_payload``: a row stored before the hub
    kept the text-message consent in a column (migration h0004) has it only inside its
    sealed payload, and it is read from there.
    """
    if not sealer.can_open:
        # A relay hub sends the record on as it was sealed, to the campaign hub that can open it.
        return Outgoing.of(columns, consent, sealed=blob) if is_hub_sealed(blob) else None
    try:
        opened = sealer.open_record(columns.uuid, blob)
    except KioskError:
        return None
    if sms_in_payload:
        sealed_consent = opened.consent
        consent = replace(consent, sms=sealed_consent.sms if sealed_consent else False,
                          sms_text_sha256=sealed_consent.sms_text_sha256 if sealed_consent else None)
    try:
        return Outgoing.of(columns, consent, opened.personal)
    except KioskError:  # a drawing that does not read
        return None


def records_with_kiosk_names(session: Session, uuids: Sequence[str]) -> list[tuple[HubSignature, str]]:
    """The stored rows of ``uuids``, each with the name its kiosk was paired under (what a
    coordinator reads upstream as the kiosk's name)."""
    query = (select(HubSignature, Device.label).outerjoin(Device, Device.id == HubSignature.device_id)
             .where(HubSignature.uuid.in_(list(uuids))))
    return [(record, label or "") for record, label in session.execute(query)]


def stored_clear_columns(record: HubSignature, kiosk_name: str = "") -> tuple[ClearColumns, Consent, bool]:
    """A stored row's clear columns, its consent, and whether its text-message consent is sealed inside."""
    columns = ClearColumns(record.uuid, record.campaign_id, record.kiosk_id, record.signed_at, record.event,
                           record.language, record.postal_code, kiosk_label=kiosk_name,
                           event_place=record.event_place or "")
    consent = Consent(record.consent_updates, record.consent_sha256 or None, bool(record.consent_sms),
                      record.consent_sms_sha256)
    return columns, consent, record.consent_sms is None
