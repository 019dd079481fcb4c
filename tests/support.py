"""Helpers shared by tests: a valid signer, a drawn signature."""

from __future__ import annotations

from kiosk.campaign import Campaign
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


def signature_only_campaign_toml() -> str:
    """The demo campaign as a "signature only" petition: name, ZIP and the drawn signature."""
    from pathlib import Path

    bundled = Path(__file__).resolve().parents[1] / "resources" / "campaigns" / "end-s-comm.toml"
    text = bundled.read_text("utf-8")
    start, end = text.index("[fields]"), text.index("[sync]")
    fields = ('[fields]\ngiven_name = "required"\nfamily_name = "required"\npostal_code = "required"\n'
              'contact = "none"\nsignature = "required"\n\n')
    return text[:start] + fields + text[end:]
