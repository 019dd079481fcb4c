"""The pages of the kiosk window and the order of the signing steps."""

from __future__ import annotations

from enum import StrEnum


class Step(StrEnum):
    """The pages of the window's stack."""

    WELCOME = "welcome"
    PETITION = "petition"
    FORM = "form"
    SIGNATURE = "signature"
    REVIEW = "review"
    THANK_YOU = "thankyou"
    PIN = "pin"
    PIN_CHANGE = "pinchange"
    ADMIN = "admin"
    START_FAILURE = "startfailure"
    KEY_STORE_SETUP = "keystoresetup"  # first start without a keyring: where the key lives


SIGNING_STEPS = (Step.PETITION, Step.FORM, Step.SIGNATURE, Step.REVIEW)
# Where Back goes from each signing step.
PREVIOUS = {Step.PETITION: Step.WELCOME, Step.FORM: Step.PETITION, Step.SIGNATURE: Step.FORM,
            Step.REVIEW: Step.SIGNATURE}
# Steps without the top bar (the coordinator's own pages).
BARLESS_STEPS = (Step.PIN, Step.PIN_CHANGE, Step.ADMIN)
