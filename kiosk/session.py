"""The signing session: one signer's way from the form to a stored signature, without Qt.

Like Anki's ``col.add_note()``, the screens ask and show: :class:`SigningSession` validates,
seals and records, and answers each step with a typed
:class:`Outcome`. It never words a message (``ui/`` does, from the codes) and never logs
what the signer typed.

The steps, as the kiosk walks them:
- :meth:`SigningSession.leave_form`: the typed fields are validated once; nothing is looked up
  (whether a contact signed before must not show on any screen, see kiosk/ledger.py);
- :meth:`SigningSession.review`: the whole signature is validated and sealed while the review
  shows it, so the tap on "Sign" is left only the durable commit;
- :meth:`SigningSession.submit`: the commit. "Thank you" may show only on :attr:`OutcomeKind.SAVED`.
  A repeat signer (same full name, same email or phone) gets the same SAVED and the same
  thank-you as anyone; the store counts them once.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum, auto
from types import MappingProxyType
from typing import TYPE_CHECKING

from kiosk.consent import consent_answers
from kiosk.errors import FieldError, KioskError
from kiosk.runtime import KioskContext
from kiosk.validation import CleanSigner, SignerInput, validate_signer

if TYPE_CHECKING:  # the store (SQLAlchemy) loads after the first frame: see kiosk/runtime.py
    from kiosk.ledger import SealedSignature

log = logging.getLogger(__name__)

SIGNATURE_FIELD = "signature"


class OutcomeKind(Enum):
    """What a step of the session came to, and so what the screen shows next."""

    READY = auto()              # go on to the next step
    FIELDS_INVALID = auto()     # show ``field_errors`` on the form
    SIGNATURE_MISSING = auto()  # ask for the signature again
    NOT_SAVED = auto()          # the store refused (full disk, key trouble): keep everything, allow a retry
    SAVED = auto()              # durably stored: "thank you"


_NO_ERRORS: Mapping[str, FieldError] = MappingProxyType({})


@dataclass(frozen=True)
class Outcome:
    """A step's answer: its kind plus what the screen needs to show it."""

    kind: OutcomeKind
    field_errors: Mapping[str, FieldError] = field(default_factory=lambda: _NO_ERRORS)
    record_id: str = ""
    first_name: str = ""
    error_code: str = ""  # a KioskError code for NOT_SAVED (never personal data)
    #: READY from :meth:`SigningSession.review`: the cleaned signer that will be stored, to show.
    signer: CleanSigner | None = None


_READY = Outcome(OutcomeKind.READY)


@dataclass(frozen=True)
class Placement:
    """The signer's language and consent boxes: clear columns, taken as they stand at the tap."""

    language: str
    consent_updates: bool  # the email-updates box
    consent_sms: bool = False  # the text-message box


class SigningSession:
    """One signer at a time: checks, seals and records through the store."""

    def __init__(self, ctx: KioskContext) -> None:
        self._ctx = ctx
        self._campaign = ctx.campaign
        self._sealed: tuple[SignerInput, SealedSignature] | None = None

    def leave_form(self, raw: SignerInput) -> Outcome:
        """Validate the typed fields (once). No repeat check: its answer would be an oracle."""
        clean, errors = validate_signer(dataclasses.replace(raw, signature=None), self._campaign,
                                        require_signature=False)
        if clean is None:
            return Outcome(OutcomeKind.FIELDS_INVALID, MappingProxyType(errors))
        return _READY

    def leave_signature(self, raw: SignerInput) -> Outcome:
        """The signature step is done when the campaign's rule for a drawing is met."""
        drawn = raw.signature if raw.signature and not raw.signature.is_empty else None
        if self._campaign.signature_required and drawn is None:
            return Outcome(OutcomeKind.SIGNATURE_MISSING)
        return _READY

    def review(self, raw: SignerInput, placement: Placement) -> Outcome:
        """Validate everything and seal it now, while the review shows (before the tap).

        READY carries the cleaned signer: the review shows what will be stored, not what was typed.
        """
        outcome, clean = self._validate(raw)
        if clean is not None:
            outcome = Outcome(OutcomeKind.READY, signer=clean)
            try:
                self._sealed = (raw, self._ctx.store.seal(clean, self._campaign, placement.language,
                                                      placement.consent_updates,
                                                      consent_sms=placement.consent_sms))
            except KioskError:
                self._sealed = None  # the tap seals again, and reports what goes wrong
        return outcome

    def submit(self, raw: SignerInput, placement: Placement) -> Outcome:
        """Durably record the signature: :attr:`OutcomeKind.SAVED` only once committed.

        A repeat signer is SAVED too: stored as a row of its own, marked a repeat, counted once among
        the people (kiosk/ledger.py).
        """
        outcome, clean = self._validate(raw)
        if clean is None:
            return outcome
        try:
            if self._sealed is not None and self._sealed[0] == raw:
                sealed = self._sealed[1]  # sealed while the review showed
            else:
                sealed = self._ctx.store.seal(clean, self._campaign, placement.language, placement.consent_updates,
                                              consent_sms=placement.consent_sms)
            # The language and the consent boxes may change on the review screen: they are
            # clear columns, taken as they stand at the tap.
            sealed = dataclasses.replace(
                sealed, language=placement.language,
                consent=consent_answers(self._campaign, placement.language, clean.phone,
                                        placement.consent_updates, placement.consent_sms))
            store = self._ctx.store
            record_id = store.commit(sealed, self._ctx.current_event_id(), self._ctx.settings.kiosk_label)
        except KioskError as exc:  # StorageError (full disk), KeyMismatch …: keep everything, allow retry
            log.error("signature not saved: %s", exc.code)  # the code only: no signer data
            return Outcome(OutcomeKind.NOT_SAVED, error_code=exc.code)
        self.forget()
        return Outcome(OutcomeKind.SAVED, record_id=record_id, first_name=clean.given_name)

    def forget(self) -> None:
        """Drop anything sealed for the last signer (the session ended)."""
        self._sealed = None

    def _validate(self, raw: SignerInput) -> tuple[Outcome, CleanSigner | None]:
        """The whole signature validated: READY with the clean signer, or where to send the signer."""
        clean, errors = validate_signer(raw, self._campaign)
        if clean is not None:
            return _READY, clean
        if set(errors) == {SIGNATURE_FIELD}:
            return Outcome(OutcomeKind.SIGNATURE_MISSING), None
        fields = {name: code for name, code in errors.items() if name != SIGNATURE_FIELD}
        return Outcome(OutcomeKind.FIELDS_INVALID, MappingProxyType(fields)), None
