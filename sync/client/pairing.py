"""The kiosk's side of pairing with a hub, and what a paired kiosk asks the hub.

``pair()`` reads the pairing code (the first 80 bits of the hub certificate's SHA-256 and a
one-time secret), fetches the certificate the hub presents and refuses it unless its
fingerprint starts with those 80 bits: a second server posing as the hub with another
certificate is refused before it hears the secret. It then enrolls over a connection pinned
to that exact certificate, keeps the device token through kiosk/secrets.py and writes the
pairing (address, full fingerprint, device id, campaign facts; no secret) to the data dir.
From then on sync goes to the hub with the json adapter, pinned (sync/client/config.py).

The hub's answer carries its HPKE public key, signed with the key of the hub's certificate
(sync/hub/key_binding.py). The signature is verified, and the key pinned in the kiosk's key
store with the certificates' fingerprints (kiosk/trust.py), then kept in the database, before
the pairing file is written; from then on every new record is sealed to it (sealed mode,
kiosk/hpke_seal.py), after a check against the pin. Records already waiting keep their solo
seal and sync as before. A hub from before sealed mode sends no key: the kiosk then stays in
solo mode. A key without a valid signature (a hub from before keys were signed) is refused.
A relay event hub (sync/hub/relay_link.py) hands out its campaign hub's key instead, with the
campaign hub's signature and its own vouch for that campaign hub's certificate: the kiosk
checks the whole chain (:func:`relay_voucher_of`) and pins the key with all three certificates.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import ssl
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from kiosk.clock import utcnow
from kiosk.errors import KioskError
from kiosk.first_count import META_HUB_COMBINED, META_HUB_LOCAL_BASE
from kiosk.hpke_seal import BadPublicKey, public_key_from_b64
from kiosk.secrets import get_device_token, set_device_token
from kiosk.trust import SOURCE_HUB, SealingTrust, verify_binding, verify_relay
from sync.client.hub_link import (
    META_HUB_AT,
    META_HUB_DELIVERED,
    META_HUB_ON_HUB,
    Pairing,
    load_pairing,
    pairing_path,
)
from sync.upstream.errors import SyncConfigError
from sync.upstream.http import Reply, TransportFailure, check_url, make_session, post

ENROLL_PATH = "/v1/devices:enroll"
TOTALS_PATH = "/v1/totals"
RECEIPTS_PATH = "/v1/receipts:query"
TIMEOUT = (5.0, 15.0)
# Same alphabet and split as sync/hub/devices.py (the kiosk must not need the hub extra).
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})
_FINGERPRINT_CHARS = 16  # 80 bits
_SECRET_CHARS = 8  # 40 bits


class PairingError(KioskError, code="pairing_failed"):
    """Pairing failed; ``code`` says why (the CLI and the admin page word it)."""

    def __init__(self, code: str) -> None:
        super().__init__()
        self.code = code


# The codes a PairingError carries.
BAD_CODE = "pairing_code_malformed"
CODE_INVALID = "pairing_code_invalid"
CODE_EXPIRED = "pairing_code_expired"
WRONG_CERTIFICATE = "hub_certificate_mismatch"
UNREACHABLE = "hub_unreachable"
INSECURE_URL = "hub_url_insecure"
BAD_ANSWER = "hub_bad_answer"
HUB_BUSY = "hub_busy"  # the hub turns pairing tries away for a while (too many lately)
KEY_UNSIGNED = "hub_key_unsigned"  # a sealing key its certificate's key did not sign
NO_KEY_STORE = "key_store_unavailable"
USAGE_CODES = frozenset({BAD_CODE, INSECURE_URL})


def _save_pairing(data_dir: Path, pairing: Pairing) -> None:
    fd, tmp = tempfile.mkstemp(dir=data_dir, prefix=".hub-pairing-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(pairing), handle, indent=2)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, pairing_path(data_dir))
    finally:
        Path(tmp).unlink(missing_ok=True)


def parse_code(typed: str) -> tuple[str, str]:
    """(fingerprint prefix as hex, secret) from a code as a person typed it."""
    raw = "".join(ch for ch in typed.upper() if not ch.isspace() and ch != "-").translate(_LOOKALIKES)
    if len(raw) != _FINGERPRINT_CHARS + _SECRET_CHARS or any(ch not in _CROCKFORD for ch in raw):
        raise PairingError(BAD_CODE)
    value = 0
    for char in raw[:_FINGERPRINT_CHARS]:
        value = value * 32 + _CROCKFORD.index(char)
    return f"{value:020x}", raw[_FINGERPRINT_CHARS:]


def fetch_certificate_sha256(url: str) -> str:
    """The SHA-256 of the certificate the server at ``url`` presents (not trusted yet)."""
    parts = urlsplit(url)
    host, port = parts.hostname or "", parts.port or 443
    try:
        pem = ssl.get_server_certificate((host, port), timeout=TIMEOUT[0])
    except (OSError, ssl.SSLError, ValueError):
        raise PairingError(UNREACHABLE) from None
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()


def _answer_json(answer: Reply | TransportFailure) -> dict[str, Any]:
    if isinstance(answer, TransportFailure):
        raise PairingError(UNREACHABLE)
    if answer.status == 403:
        reason = answer.error_reason("error")
        raise PairingError(CODE_EXPIRED if reason == CODE_EXPIRED else CODE_INVALID)
    if answer.status == 429:
        raise PairingError(HUB_BUSY)
    if answer.status != 200:
        raise PairingError(BAD_ANSWER)
    try:
        document = json.loads(answer.body)
    except ValueError:
        raise PairingError(BAD_ANSWER) from None
    if not isinstance(document, dict):
        raise PairingError(BAD_ANSWER)
    return document


class SealingKeeper(Protocol):
    """Where the hub's HPKE public key goes (the kiosk's store, which pins it in the key store)."""

    def set_sealing_key(self, public_b64: str, hub_certificate_sha256: str = "",
                        signer_certificate_sha256: str = "", relay_certificate_sha256: str = "") -> None: ...


def signer_of(document: dict[str, Any], public_key: str) -> str:
    """The SHA-256 of the certificate whose key signed ``public_key`` (kiosk/trust.py); raises if none did.

    Checked before anything is kept, like the key itself.
    """
    binding = document.get("hpke_public_key_binding")
    if not isinstance(binding, dict):
        raise PairingError(KEY_UNSIGNED)
    try:
        certificate = base64.b64decode(str(binding["certificate"]), validate=True)
        signature = base64.b64decode(str(binding["signature"]), validate=True)
    except (KeyError, TypeError, ValueError):
        raise PairingError(KEY_UNSIGNED) from None
    signer = verify_binding(certificate, public_key, signature)
    if signer is None:
        raise PairingError(KEY_UNSIGNED)
    return signer


def enroll_at(url: str, code: str, label: str, kiosk_id: str = "") -> tuple[str, str, dict[str, Any]]:
    """Enroll with the hub at ``url`` over a connection the pairing ``code`` pins; (its URL, its
    certificate's SHA-256, its answer). Raises :class:`PairingError`. Used by kiosks and by an
    event hub setting up relay mode with its campaign hub (sync/hub/relay_setup.py).

    ``kiosk_id`` (the kiosk's own UUID; an event hub's hub id) lets a hub that paired this kiosk
    before give it the same device back, name and figures included. It is sent as it is, not
    hashed: every batch this kiosk uploads carries it already, so a hash would hide nothing from
    the hub, and any hub it syncs with sees it the same way."""
    prefix, secret = parse_code(code)
    try:
        base = check_url(url)
    except SyncConfigError:
        raise PairingError(INSECURE_URL) from None
    if not base.startswith("https://"):
        raise PairingError(INSECURE_URL)
    fingerprint = fetch_certificate_sha256(base)
    if not fingerprint.startswith(prefix):
        raise PairingError(WRONG_CERTIFICATE)
    session = make_session(base, pinned_sha256=fingerprint)
    try:
        asked: dict[str, str] = {"secret": secret, "label": label}
        if kiosk_id:
            asked["kiosk_id"] = kiosk_id
        body = json.dumps(asked).encode()
        answer = post(session, base + ENROLL_PATH, body, {"Content-Type": "application/json"}, TIMEOUT)
    finally:
        session.close()
    return base, fingerprint, _answer_json(answer)


def relay_voucher_of(document: dict[str, Any], public_key: str, signer: str) -> str:
    """For an answer from a relay event hub: the SHA-256 of the event hub certificate that vouched
    for the campaign hub whose certificate (``signer``) signed ``public_key``; "" for a hub's own key.

    Raises :class:`PairingError` (``hub_key_unsigned``) unless the vouch holds and names that very
    campaign certificate: a key swapped in the relay's answer, or signed by another certificate
    than the one the event hub pinned, is refused before anything is kept.
    """
    relay = document.get("relay")
    if relay is None:
        return ""
    if not isinstance(relay, dict):
        raise PairingError(KEY_UNSIGNED)
    try:
        campaign_sha256 = str(relay["campaign_certificate_sha256"])
        certificate = base64.b64decode(str(relay["certificate"]), validate=True)
        signature = base64.b64decode(str(relay["signature"]), validate=True)
    except (KeyError, TypeError, ValueError):
        raise PairingError(KEY_UNSIGNED) from None
    voucher = verify_relay(certificate, campaign_sha256, public_key, signature)
    if voucher is None or not hmac.compare_digest(campaign_sha256, signer):
        raise PairingError(KEY_UNSIGNED)
    return voucher


def pair(data_dir: Path, url: str, code: str, label: str, key_store: str, kiosk_id: str,
         sealing: SealingKeeper | None = None) -> Pairing:
    """Pair this kiosk with the hub at ``url``; raises :class:`PairingError`.

    ``sealing`` receives the hub's HPKE public key (sealed mode) when the hub sends one: a relay
    event hub's answer carries its campaign hub's, which must hold through the chain
    (:func:`relay_voucher_of`).
    """
    base, fingerprint, document = enroll_at(url, code, label, kiosk_id)
    try:
        token, device_id = str(document["token"]), str(document["device_id"])
        campaign = document["campaign"]
        pairing = Pairing(base, fingerprint, device_id, str(document["hub_id"]), str(campaign["id"]),
                          int(campaign["goal"]), int(campaign["starting_count"]),
                          utcnow().isoformat(timespec="seconds"), kiosk_id)
        public_key = document.get("hpke_public_key")
        if public_key is not None:
            public_key = str(public_key)
            public_key_from_b64(public_key)  # a damaged key is refused before anything is kept
    except (KeyError, TypeError, ValueError, BadPublicKey):
        raise PairingError(BAD_ANSWER) from None
    signer = signer_of(document, public_key) if public_key is not None else ""
    voucher = relay_voucher_of(document, public_key, signer) if public_key is not None else ""
    try:
        set_device_token(kiosk_id, token, key_store)
    except KioskError:
        raise PairingError(NO_KEY_STORE) from None
    if public_key is not None and sealing is not None:
        try:
            sealing.set_sealing_key(public_key, hub_certificate_sha256=fingerprint,
                                    signer_certificate_sha256=signer, relay_certificate_sha256=voucher)
        except KioskError:  # the pin could not be kept: nothing is sealed to an unpinned key
            raise PairingError(NO_KEY_STORE) from None
    _save_pairing(data_dir, pairing)
    return pairing


def pinned_fingerprint(data_dir: Path, pairing: Pairing, key_store: str) -> str:
    """The hub certificate's SHA-256 that uploads pin: the one the key store pinned at pairing.

    The pairing file is on the disk: an address and fingerprint edited there would send the
    signatures to another server. The key store's pin wins, so such a server fails the TLS
    check and the signatures wait. A pairing from before keys were pinned (or a key store that
    cannot be read) keeps the file's fingerprint.
    """
    try:
        pin = SealingTrust(key_store, data_dir, pairing.kiosk_id).load()
    except KioskError:
        return pairing.fingerprint
    if pin is None or pin.source != SOURCE_HUB or not pin.hub_certificate_sha256:
        return pairing.fingerprint
    return pin.hub_certificate_sha256


@dataclass(frozen=True)
class HubTotals:
    """The campaign's combined count as the hub knows it."""

    total: int
    combined: int
    goal: int
    mine_on_hub: int = 0
    mine_delivered: int = 0


def fetch_totals(pairing: Pairing, waiting: int | None = None) -> HubTotals | None:
    """The hub's totals (telling it this kiosk's backlog); None when the hub cannot be asked."""
    import requests

    token = get_device_token(pairing.kiosk_id)
    if not token:
        return None
    session = make_session(pairing.url, pinned_sha256=pairing.fingerprint)
    params = {"waiting": str(waiting)} if waiting is not None else {}
    try:
        response = session.get(pairing.url + TOTALS_PATH, params=params, timeout=TIMEOUT,
                               headers={"Authorization": f"Bearer {token}"}, allow_redirects=False)
        if response.status_code != 200:
            return None
        document = response.json()
        mine = document.get("device") or {}
        return HubTotals(int(document["total"]), int(document["combined"]), int(document["goal"]),
                         int(mine.get("on_hub", 0)), int(mine.get("delivered_upstream", 0)))
    except (requests.exceptions.RequestException, ValueError, KeyError, TypeError):
        return None
    finally:
        session.close()


class MetaWriter(Protocol):
    """What :func:`refresh_hub_totals` needs from the kiosk's store."""

    def set_meta(self, key: str, value: str) -> None: ...

    def counts(self, campaign_id: str | None = None) -> Any: ...


def refresh_hub_totals(data_dir: Path, store: MetaWriter, campaign_id: str) -> HubTotals | None:
    """Ask the hub for the totals (telling it our backlog) and keep them for the welcome
    counter and the admin area; None (and the last figures kept) when the hub is out of reach."""
    pairing = load_pairing(data_dir)
    if pairing is None:
        return None
    # Read before asking: every signature stored here and not waiting is in the hub's answer
    # (only this thread uploads, and not while it asks), and what waits or comes later is not.
    counts = store.counts(campaign_id)
    totals = fetch_totals(pairing, waiting=int(counts.pending))
    if totals is None:
        return None
    for key, value in ((META_HUB_COMBINED, totals.combined), (META_HUB_ON_HUB, totals.mine_on_hub),
                       (META_HUB_DELIVERED, totals.mine_delivered),
                       (META_HUB_LOCAL_BASE, int(counts.total) - int(counts.pending))):
        store.set_meta(key, str(value))
    store.set_meta(META_HUB_AT, utcnow().isoformat(timespec="seconds"))
    return totals


def fetch_receipts(pairing: Pairing, uuids: list[str]) -> dict[str, str] | None:
    """Per signature ``on_hub`` or ``delivered_upstream``; None when the hub cannot be asked."""
    token = get_device_token(pairing.kiosk_id)
    if not token:
        return None
    session = make_session(pairing.url, pinned_sha256=pairing.fingerprint)
    try:
        answer = post(session, pairing.url + RECEIPTS_PATH, json.dumps({"uuids": uuids}).encode(),
                      {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}, TIMEOUT)
    finally:
        session.close()
    if isinstance(answer, TransportFailure) or answer.status != 200:
        return None
    try:
        receipts = json.loads(answer.body)["receipts"]
    except (ValueError, KeyError, TypeError):
        return None
    return {str(k): str(v) for k, v in receipts.items()} if isinstance(receipts, dict) else None


__all__ = ["Pairing", "PairingError", "fetch_receipts", "fetch_totals", "load_pairing", "pair", "refresh_hub_totals"]
