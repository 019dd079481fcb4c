"""Helpers shared by tests: a valid signer, a drawn signature."""

from __future__ import annotations

import functools
import hashlib
import hmac

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kiosk.campaign import Campaign
from kiosk.runtime import KioskContext
from kiosk.strokes import Point, Signature
from kiosk.validation import CleanSigner, SignerInput, validate_signer


def drawn_signature(points: int = 20) -> Signature:
    """A simple two-stroke signature."""
    first = tuple(Point(0.1 + 0.3 * i / points, 0.5 + 0.1 * (i % 3), i * 10, 0.5) for i in range(points))
    second = tuple(Point(0.5 + 0.3 * i / points, 0.4, i * 10, 0.6) for i in range(points))
    return Signature((first, second), aspect=3.0)


def valid_signer(campaign: Campaign, n: int = 0, **overrides: str) -> CleanSigner:
    """A validated signer with a distinct email per ``n``."""
    fields = {"given_name": "Ana", "family_name": "Muñoz", "email": f"ana{n}@example.org",
              "phone": "", "postal_code": "90011"}
    fields.update(overrides)
    clean, errors = validate_signer(SignerInput(**fields, signature=drawn_signature()), campaign)
    assert not errors, errors
    assert clean is not None
    return clean


def first_release_contact_hash(data_key: bytes, kind: str, normalized: str) -> str:
    """A repeat-signer hash as the first release made it: under a key derived from the data key.

    Used to build first-release databases and, in the seized-tablet tests, by the adversary
    who holds the data key and tries this derivation too.
    """
    hmac_key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"contact-hmac").derive(data_key)
    return hmac.new(hmac_key, f"{kind}:{normalized.casefold()}".encode(), hashlib.sha256).hexdigest()
def signature_only_campaign_toml() -> str:
    """The demo campaign as a "signature only" petition: name, ZIP and the drawn signature."""
    from pathlib import Path

    bundled = Path(__file__).resolve().parents[1] / "resources" / "campaigns" / "end-s-comm.toml"
    text = bundled.read_text("utf-8")
    start, end = text.index("[fields]"), text.index("[sync]")
    fields = ('[fields]\ngiven_name = "required"\nfamily_name = "required"\npostal_code = "required"\n'
              'contact = "none"\nsignature = "required"\n\n')
    return text[:start] + fields + text[end:]


#: The coordinator PIN of the test kiosks (a kiosk has no working default PIN, see kiosk/pin.py).
COORDINATOR_PIN = "135790"


@functools.cache
def coordinator_pin_hash() -> str:
    """The hash of :data:`COORDINATOR_PIN`, made once per test run (scrypt is slow on purpose)."""
    from kiosk.pin import hash_pin

    return hash_pin(COORDINATOR_PIN)


def choose_coordinator_pin(ctx: KioskContext) -> None:
    """What a coordinator does at a kiosk's first start: choose :data:`COORDINATOR_PIN`."""
    from kiosk.pin import META_PIN_HASH, META_PIN_IMPORTED

    ctx.store.set_meta(META_PIN_HASH, coordinator_pin_hash())
    ctx.store.set_meta(META_PIN_IMPORTED, "1")
