"""The hub's own TLS key and self-signed certificate, made at first start.

Kiosks do not trust the certificate through a CA: they pin its SHA-256 fingerprint, which
the pairing code carries. So the certificate names every address the hub may be reached at
(for browsers), but a kiosk's trust never depends on those names.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import stat
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from sync.hub.paths import tls_dir

KEY_NAME = "hub-key.pem"
CERT_NAME = "hub-cert.pem"
CERT_VALID_DAYS = 3650  # pinned, not CA-trusted: renewal would mean pairing every kiosk again


@dataclass(frozen=True)
class HubCertificate:
    """Where the key and certificate are, and the certificate's SHA-256 (hex)."""

    key_path: Path
    cert_path: Path
    sha256: str


def fingerprint_of_pem(pem: bytes) -> str:
    """SHA-256 of the certificate's DER form, lowercase hex (what a kiosk pins)."""
    certificate = x509.load_pem_x509_certificate(pem)
    return certificate.fingerprint(hashes.SHA256()).hex()


def _local_names() -> tuple[list[str], list[ipaddress.IPv4Address | ipaddress.IPv6Address]]:
    names = ["localhost"]
    addresses: list[ipaddress.IPv4Address | ipaddress.IPv6Address] = [ipaddress.ip_address("127.0.0.1")]
    host = socket.gethostname()
    if host and host not in names:
        names.append(host)
    try:
        for info in socket.getaddrinfo(host, None):
            address = ipaddress.ip_address(info[4][0])
            if address not in addresses:
                addresses.append(address)
    except (OSError, ValueError):
        pass  # no resolver on a venue laptop: loopback and the host name will do
    return names, addresses


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, stat.S_IRUSR | stat.S_IWUSR)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def ensure_certificate(hub_dir: Path) -> HubCertificate:
    """The hub's key and certificate, made now if this hub has none yet."""
    folder = tls_dir(hub_dir)
    key_path, cert_path = folder / KEY_NAME, folder / CERT_NAME
    if not (key_path.exists() and cert_path.exists()):
        key = ec.generate_private_key(ec.SECP256R1())
        names, addresses = _local_names()
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "petition-kiosk hub")])
        now = datetime.now(UTC)
        alt_names: list[x509.GeneralName] = [x509.DNSName(n) for n in names]
        alt_names += [x509.IPAddress(a) for a in addresses]
        certificate = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5))
            .not_valid_after(now + timedelta(days=CERT_VALID_DAYS))
            .add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .sign(key, hashes.SHA256())
        )
        key_path.unlink(missing_ok=True)
        cert_path.unlink(missing_ok=True)
        _write_private(key_path, key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                    serialization.NoEncryption()))
        _write_private(cert_path, certificate.public_bytes(serialization.Encoding.PEM))
    return HubCertificate(key_path, cert_path, fingerprint_of_pem(cert_path.read_bytes()))
