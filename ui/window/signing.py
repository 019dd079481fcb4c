"""The signing steps' glue: what the screens hold goes to the Qt-free session, and its typed
outcome comes back as the next step or a message on the screen that needs another look.

:class:`kiosk.session.SigningSession` decides (validation, sealing, the record);
:class:`SigningSteps` only reads the form and the pad, asks the session when the signer leaves
the form, the signature and the review, and shows what it answered. It never words a rule
itself: field errors are the core's codes, worded by :mod:`ui.messages`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.errors import FieldError
from kiosk.runtime import KioskContext
from kiosk.session import Outcome, OutcomeKind, Placement, SigningSession
from kiosk.validation import SignerInput
from ui.i18n import LanguageSwitcher
from ui.messages import storage_error_text
from ui.window.flow import SigningFlow
from ui.window.steps import Step

CHECKPOINT_AFTER_MS = 100  # after the thank-you screen has painted


class SigningSteps(QObject):
    """Asks the session as the signer leaves each step; emits where the window goes next."""

    step_wanted = Signal(Step)
    saved = Signal(str, str)  # the record's id, the signer's first name (for the thank-you only)
    # A KioskError: the sealing key no longer matches its key-store pin (kiosk/trust.py). Nothing
    # was sealed; the window stops collecting and says why.
    collection_stopped = Signal(object)

    def __init__(self, ctx: KioskContext, session: SigningSession, flow: SigningFlow, switcher: LanguageSwitcher,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._session = session
        self._flow = flow
        self._switcher = switcher  # the signer's language is recorded with the signature
        flow.form.continue_requested.connect(self._on_form_continue_requested)
        flow.signature.continue_requested.connect(self._on_signature_continue_requested)
        flow.review.submit_requested.connect(self.submit)

    def _raw_input(self) -> SignerInput:
        """What the signer has typed and drawn so far."""
        values = self._flow.form.values()
        return SignerInput(
            given_name=values.get("given_name", ""), family_name=values.get("family_name", ""),
            email=values.get("email", ""), phone=values.get("phone", ""),
            postal_code=values.get("postal_code", ""), address=values.get("address", ""),
            signature=self._flow.signature.pad.signature())

    def _placement(self) -> Placement:
        form = self._flow.form
        return Placement(self._switcher.language, form.consent_given(), form.sms_consent_given())

    def _on_form_continue_requested(self) -> None:
        outcome = self._session.leave_form(self._raw_input())
        self._flow.form.show_errors(dict(outcome.field_errors))
        self._show_outcome(outcome, Step.SIGNATURE)

    def _on_signature_continue_requested(self) -> None:
        raw = self._raw_input()
        outcome = self._session.leave_signature(raw)
        if outcome.kind is OutcomeKind.READY:
            outcome = self._session.review(raw, self._placement())
            signer = outcome.signer
            if signer is not None:
                # The cleaned signer, as it will be stored (trimmed names, the phone as dialled).
                form = self._flow.form
                shown = {"given_name": signer.given_name, "family_name": signer.family_name, "email": signer.email,
                         "phone": signer.phone, "postal_code": signer.postal_code, "address": signer.address}
                self._flow.review.show_signer(shown, form.consent_given(), signer.signature,
                                              sms_consent=form.sms_consent_given(),
                                              consents_asked=self._ctx.campaign.asks_email_consent())
        self._show_outcome(outcome, Step.REVIEW)

    def submit(self) -> None:
        """Record the signature; "thank you" only once it is durably stored."""
        self._show_outcome(self._session.submit(self._raw_input(), self._placement()), Step.THANK_YOU)

    def _show_outcome(self, outcome: Outcome, next_step: Step) -> None:
        """Show what the session answered: the next step, or where the signer must look again."""
        kind = outcome.kind
        if kind is OutcomeKind.READY:
            self.step_wanted.emit(next_step)
        elif kind is OutcomeKind.FIELDS_INVALID:
            self._flow.form.show_errors(dict(outcome.field_errors))
            self.step_wanted.emit(Step.FORM)
        elif kind is OutcomeKind.SIGNATURE_MISSING:
            self._flow.signature.show_error(FieldError.SIGNATURE_REQUIRED)
            self.step_wanted.emit(Step.SIGNATURE)
        elif kind is OutcomeKind.NOT_SAVED:
            from kiosk.trust import trust_failure  # loaded with the store already

            stopped = trust_failure(outcome.error_code)
            if stopped is not None:
                self.collection_stopped.emit(stopped)
                return
            self._flow.review.show_error(storage_error_text())
        else:  # SAVED
            self.saved.emit(outcome.record_id, outcome.first_name)
            # The WAL goes back into the database file once "thank you" is on screen, not before.
            QTimer.singleShot(CHECKPOINT_AFTER_MS, self._on_checkpoint_due)

    def _on_checkpoint_due(self) -> None:
        self._ctx.store.checkpoint()
