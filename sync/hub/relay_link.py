"""A relay event hub's link to its campaign hub: the campaign hub's sealing key, pinned through the chain.

An event hub in relay mode (``petition-kiosk hub upstream --relay``, sync/hub/relay_setup.py)
hands its kiosks, at pairing, the campaign hub's HPKE public key instead of a key of its own,
and relays their sealed records unopened. The chain a kiosk checks:

1. the pairing code pins the event hub's certificate (as for any hub);
2. the event hub vouches, with its certificate's key, for the campaign hub's certificate
   (its SHA-256) and that certificate's sealing key (:func:`kiosk.trust.relay_message`);
3. the campaign hub's certificate signed that sealing key (:func:`kiosk.trust.binding_message`),
   as it does for its own kiosks (sync/hub/key_binding.py).

The event hub pinned the campaign hub's certificate when it enrolled with it over a TLS
connection its pairing code pinned. The link (key, binding, addresses) is a ``hub_meta`` row;
the campaign certificate's SHA-256 is also kept in the hub's key store
(``hub-relay-pin:<hub id>``), and every enroll answer checks the row against that pin and the
binding's signature first (:meth:`RelayLink.verified`): a database edit that swaps the key is
refused there and never reaches a kiosk.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from kiosk.errors import KioskError
from kiosk.secrets import HubSecret, hub_key_store_kind
from kiosk.trust import relay_message, verify_binding
from sync.hub.models import HubMeta

META_RELAY = "relay.link"
RELAY_FIELD = "relay"


class RelayKeyUnverified(KioskError, code="relay_key_unverified"):
    """The campaign hub's key this relay hub would hand out does not match its pin: nothing is handed out."""


@dataclass(frozen=True)
class RelayLink:
    """What a relay event hub knows about its campaign hub (nothing secret)."""

    target: str  # the upstream target its records go to
    campaign_url: str
    campaign_hub_id: str
    tls_sha256: str  # the campaign hub's TLS certificate, pinned for forwarding
    signer_sha256: str  # the certificate that signed the sealing key (the chain's anchor)
    hpke_public_key: str
    certificate_b64: str  # that certificate, DER
    signature_b64: str  # its signature over the sealing key

    def binding(self) -> dict[str, str]:
        """The campaign hub's ``hpke_public_key_binding``, passed along as received."""
        return {"certificate": self.certificate_b64, "signature": self.signature_b64}

    def verified(self, hub_id: str) -> bool:
        """Whether the row still matches the key-store pin and the campaign hub's own signature."""
        pinned = relay_pin(hub_id).read() or ""
        try:
            der = base64.b64decode(self.certificate_b64, validate=True)
            signature = base64.b64decode(self.signature_b64, validate=True)
        except ValueError:
            return False
        signer = verify_binding(der, self.hpke_public_key, signature)
        return (signer is not None and hmac.compare_digest(signer, pinned)
                and hmac.compare_digest(signer, self.signer_sha256))


def relay_pin(hub_id: str) -> HubSecret:
    """Where the key store keeps the campaign hub certificate's SHA-256."""
    return HubSecret(hub_key_store_kind(), f"hub-relay-pin:{hub_id}")


def load_relay(engine: Engine) -> RelayLink | None:
    """This hub's relay link, or None (a standalone hub)."""
    with Session(engine) as session:
        raw = session.scalar(select(HubMeta.value).where(HubMeta.key == META_RELAY))
    if not raw:
        return None
    return RelayLink(**json.loads(raw))


def save_relay(engine: Engine, hub_id: str, link: RelayLink) -> None:
    """Pin the campaign hub's certificate in the key store, then keep the link."""
    relay_pin(hub_id).write(link.signer_sha256)
    with Session(engine) as session, session.begin():
        session.merge(HubMeta(key=META_RELAY, value=json.dumps(asdict(link), separators=(",", ":"))))


@functools.cache
def _vouch(key_path: Path, cert_path: Path, signer_sha256: str, public_b64: str) -> tuple[str, str]:
    from cryptography import x509

    key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise TypeError("the hub's TLS key is not an EC key")
    signature = key.sign(relay_message(signer_sha256, public_b64), ec.ECDSA(hashes.SHA256()))
    der = x509.load_pem_x509_certificate(cert_path.read_bytes()).public_bytes(serialization.Encoding.DER)
    return base64.b64encode(der).decode("ascii"), base64.b64encode(signature).decode("ascii")


def relay_answer(hub_id: str, key_path: Path, cert_path: Path, link: RelayLink) -> dict[str, Any]:
    """The enroll answer's sealing part on a relay hub: the campaign hub's key, its binding, and this
    hub's vouch for that campaign hub; raises :class:`RelayKeyUnverified` when the link fails its pin."""
    if not link.verified(hub_id):
        raise RelayKeyUnverified()
    der_b64, signature_b64 = _vouch(key_path, cert_path, link.signer_sha256, link.hpke_public_key)
    return {
        "hpke_public_key": link.hpke_public_key,
        "hpke_public_key_binding": link.binding(),
        RELAY_FIELD: {"campaign_hub_id": link.campaign_hub_id, "campaign_certificate_sha256": link.signer_sha256,
                      "certificate": der_b64, "signature": signature_b64},
    }


def certificate_sha256(der_b64: str) -> str:
    """SHA-256 (hex) of a base64 DER certificate."""
    return hashlib.sha256(base64.b64decode(der_b64)).hexdigest()
