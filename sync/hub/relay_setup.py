"""Setting an event hub up as a relay of a campaign hub: ``hub upstream --relay --url URL --code CODE``.

The event hub pairs with the campaign hub the way a kiosk does (sync/client/pairing.py): the campaign
hub's pairing code pins its certificate, the enrollment gives the event hub a device token
(kept as the upstream target's token) and the campaign hub's HPKE public key signed with its
certificate's key. The event hub checks that signature, pins the signing certificate in its
key store (sync/hub/relay_link.py), and saves a json upstream target pinned to the campaign
hub's TLS certificate. Then it destroys the keys it no longer needs: the opening key and the
contact key (sync/hub/hub_keys.py), and it renews its data key, which on a hub from before keys
had one job each could derive both again.

Refused while the hub holds a record not yet purged (it could never be opened again) or has a
paired kiosk (that kiosk seals to this hub's own key, which is about to go): set relay mode up
before pairing the event's kiosks.
"""

from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kiosk.crypto import new_data_key
from kiosk.errors import KioskError
from kiosk.hpke_seal import BadPublicKey, public_key_from_b64
from kiosk.secrets import DataKeyStore, hub_key_store_kind, set_upstream_token
from sync.client.pairing import BAD_ANSWER, PairingError, enroll_at, signer_of
from sync.hub.context import HubContext
from sync.hub.hub_keys import META_CONTACT_CHECK, META_OPENING_SHA256, destroy_record_keys
from sync.hub.models import Device, HubMeta, HubSignature
from sync.hub.recovery import key_account
from sync.hub.relay_link import RELAY_FIELD, RelayLink, save_relay
from sync.hub.upstream import UpstreamTarget, save_target


class RelaySetupRefused(KioskError, code="relay_setup_refused"):
    """Relay mode cannot be set up; ``detail``: holds_records, devices_paired, other_campaign, relay_upstream."""


def _check_empty(hub: HubContext) -> None:
    with Session(hub.engine) as session:
        unpurged = session.scalar(select(func.count()).select_from(HubSignature)
                                  .where(HubSignature.purged_at.is_(None)))
        devices = session.scalar(select(func.count()).select_from(Device).where(Device.revoked_at.is_(None)))
    if unpurged:
        raise RelaySetupRefused("holds_records")
    if devices:
        raise RelaySetupRefused("devices_paired")


def set_up_relay(hub: HubContext, url: str, code: str, name: str, label: str) -> RelayLink:
    """Make ``hub`` a relay of the campaign hub at ``url``; raises :class:`PairingError` or
    :class:`RelaySetupRefused` before changing anything."""
    _check_empty(hub)
    base, fingerprint, document = enroll_at(url, code, label, hub.hub_id)  # re-pairing keeps its row
    try:
        token = str(document["token"])
        public_key = str(document["hpke_public_key"])
        public_key_from_b64(public_key)
        campaign_id = str(document["campaign"]["id"])
        binding = document["hpke_public_key_binding"]
        link = RelayLink(name, base, str(document["hub_id"]), fingerprint, signer_of(document, public_key),
                         public_key, str(binding["certificate"]), str(binding["signature"]))
    except (KeyError, TypeError, ValueError, BadPublicKey):
        raise PairingError(BAD_ANSWER) from None
    if campaign_id != hub.campaign.id:
        raise RelaySetupRefused("other_campaign")
    if document.get(RELAY_FIELD) is not None:
        raise RelaySetupRefused("relay_upstream")  # one relay between a kiosk and the key that opens
    set_upstream_token(hub.hub_id, name, token)
    save_target(hub.engine, UpstreamTarget(name, "json", base, pinned_sha256=fingerprint))
    save_relay(hub.engine, hub.hub_id, link)
    destroy_record_keys(hub.hub_id)
    with Session(hub.engine) as session, session.begin():
        session.execute(delete(HubMeta).where(HubMeta.key.in_([META_OPENING_SHA256, META_CONTACT_CHECK])))
    # No record is left that the old data key opens (nothing unpurged), and on a migrated hub it
    # could derive the opening and contact keys again: it is replaced (a recovery kit made before
    # holds the old one; a relay hub's kit holds nothing that opens a record).
    DataKeyStore(hub_key_store_kind(), hub.directory).replace(key_account(hub.hub_id), new_data_key())
    return link
