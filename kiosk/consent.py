"""What a signer agreed to, per channel, and the proof of the wording they were shown.

Email updates and text messages are asked separately (texting needs its own express
consent under US law and the carriers' 10DLC rules). Which boxes a form shows follows from
the campaign and what was typed (:meth:`Campaign.asks_email_consent`,
:meth:`Campaign.asks_sms_consent`), so the store can work out, for every signature, which
wordings were on screen and keep the SHA-256 of each.
"""

from __future__ import annotations

from kiosk.campaign import Campaign
from kiosk.signature import Consent


def consent_answers(campaign: Campaign, language: str, phone: str, email_ticked: bool,
                    sms_ticked: bool) -> Consent:
    """The answers as recorded: a box that was not shown cannot have been ticked."""
    text = campaign.text(language)
    email_shown = campaign.asks_email_consent()
    sms_shown = campaign.asks_sms_consent(language, phone)
    return Consent(
        email=email_ticked and email_shown,
        email_text_sha256=text.consent_email_sha256 if email_shown else None,
        sms=sms_ticked and sms_shown,
        sms_text_sha256=text.consent_sms_sha256 if sms_shown else None,
    )
