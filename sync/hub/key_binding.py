"""The hub's sealing key, signed with its TLS certificate's key for the kiosks that pair.

A kiosk pins the hub's certificate through the pairing code. So that the HPKE public key it
seals every signer to is bound to that identity (and not only to whatever row its database
holds later), the enroll answer carries, beside ``hpke_public_key``, an ECDSA P-256 / SHA-256
signature over :func:`kiosk.trust.binding_message` made with the certificate's private key
(``tls/hub-key.pem``, sync/hub/tls.py), and the certificate itself (DER, base64), which the
kiosk verifies and pins in its key store (kiosk/trust.py). The certificate is sent rather than
taken from the TLS connection so that a hub behind a reverse proxy that terminates TLS with
its own certificate still pairs: the answer then arrives over the connection the pairing code
pinned (the proxy's), and vouches for the hub's own certificate.
"""

from __future__ import annotations

import base64
import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from kiosk.trust import binding_message
from sync.hub.relay_link import relay_answer
from sync.hub.tls import HubCertificate

if TYPE_CHECKING:
    from sync.hub.context import HubContext

BINDING_FIELD = "hpke_public_key_binding"


@functools.cache
def _signed(key_path: Path, cert_path: Path, public_b64: str) -> tuple[str, str]:
    key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise TypeError("the hub's TLS key is not an EC key")
    signature = key.sign(binding_message(public_b64), ec.ECDSA(hashes.SHA256()))
    der = x509.load_pem_x509_certificate(cert_path.read_bytes()).public_bytes(serialization.Encoding.DER)
    return base64.b64encode(der).decode("ascii"), base64.b64encode(signature).decode("ascii")


def sealing_key_binding(certificate: HubCertificate, public_b64: str) -> dict[str, str]:
    """The enroll answer's ``hpke_public_key_binding``: ``certificate`` (DER, base64) and ``signature``."""
    der_b64, signature_b64 = _signed(certificate.key_path, certificate.cert_path, public_b64)
    return {"certificate": der_b64, "signature": signature_b64}


def enroll_sealing(hub: HubContext) -> dict[str, Any]:
    """The enroll answer's sealing part: this hub's own key and binding, or on a relay hub the
    campaign hub's key, binding and this hub's vouch (sync/hub/relay_link.py, which raises
    :class:`~sync.hub.relay_link.RelayKeyUnverified` when that key fails its pin)."""
    if hub.relay is not None:
        return relay_answer(hub.hub_id, hub.certificate.key_path, hub.certificate.cert_path, hub.relay)
    public = hub.sealer.public_b64
    # Sealed mode: the kiosk seals every new record to this key (sync/hub/opening.py), signed with
    # the hub certificate's key, so the kiosk pins it to this hub.
    return {"hpke_public_key": public, BINDING_FIELD: sealing_key_binding(hub.certificate, public)}
