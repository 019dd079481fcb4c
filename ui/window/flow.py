"""Every screen after the welcome screen, built in one step once the welcome screen is up.

The window holds a :class:`SigningFlow` or nothing: no screen exists half-built, and code that
needs the flow asks for the object instead of checking flags. The screens' modules are
imported only here, so none of them is on the first frame.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget

from kiosk.campaign import Campaign, CampaignText
from ui.window.steps import Step

if TYPE_CHECKING:
    from ui.screens.form import FormScreen
    from ui.screens.petition import PetitionScreen
    from ui.screens.review import ReviewScreen
    from ui.screens.signature import SignatureScreen
    from ui.screens.thank_you import ThankYouScreen
    from ui.widgets.pin_pad import PinPad
    from ui.widgets.still_there import StillThereOverlay
    from ui.window.navigation import Navigator


class FlowNotBuilt(RuntimeError):
    """A screen of the flow was asked for before start-up built it (:mod:`ui.window.start_up`)."""


class Screen(Protocol):
    """What the window asks of every screen it shows."""

    def set_compact(self, compact: bool) -> None: ...


@runtime_checkable
class LargerTextScreen(Protocol):
    """A screen whose sizes (not only its type) change with larger text: the form's keys."""

    def set_larger_text(self, larger_text: bool) -> None: ...


@dataclass(frozen=True)
class SigningFlow:
    """The petition, form, signature, review and thank-you screens, the PIN pads and the overlay."""

    petition: PetitionScreen
    form: FormScreen
    signature: SignatureScreen
    review: ReviewScreen
    thank_you: ThankYouScreen
    pin_pad: PinPad
    pin_change_pad: PinPad
    overlay: StillThereOverlay

    @classmethod
    def build(cls, campaign: Campaign, parent: QWidget) -> SigningFlow:
        """Create every screen of the flow (parented to the window)."""
        from ui.screens.form import FormScreen
        from ui.screens.petition import PetitionScreen
        from ui.screens.review import ReviewScreen
        from ui.screens.signature import SignatureScreen
        from ui.screens.thank_you import ThankYouScreen
        from ui.widgets.pin_pad import PinPad
        from ui.widgets.still_there import StillThereOverlay

        pin_change_pad = PinPad(parent)
        pin_change_pad.setObjectName("pinChangePad")
        return cls(
            petition=PetitionScreen(parent), form=FormScreen(campaign, parent),
            signature=SignatureScreen(campaign.signature_required, parent), review=ReviewScreen(parent),
            thank_you=ThankYouScreen(parent), pin_pad=PinPad(parent), pin_change_pad=pin_change_pad,
            overlay=StillThereOverlay(parent))

    def pages(self) -> dict[Step, QWidget]:
        """The flow's pages of the window's stack."""
        return {Step.PETITION: self.petition, Step.FORM: self.form, Step.SIGNATURE: self.signature,
                Step.REVIEW: self.review, Step.THANK_YOU: self.thank_you, Step.PIN: self.pin_pad,
                Step.PIN_CHANGE: self.pin_change_pad}

    def attach(self, navigator: Navigator) -> None:
        """Put the flow's pages on the window's stack, with what each step does as it begins and ends,
        and the steps within the flow that need no one else (the petition's Continue, the review's Edit)."""
        enter = {Step.FORM: self.focus_form, Step.PETITION: self.petition.continue_button.setFocus}
        # The thank-you countdown must not pull anyone away from the next step.
        leave = {Step.THANK_YOU: self.thank_you.stop}
        for step, page in self.pages().items():
            navigator.add_page(step, page, enter=enter.get(step), leave=leave.get(step))
        to_form = partial(navigator.go_to, Step.FORM)  # same thread: no cross-thread slot to worry about
        self.petition.continue_requested.connect(to_form)
        self.review.edit_requested.connect(to_form)

    def focus_form(self) -> None:
        """The form is entered: the first field takes the keyboard, unless the signer typed already."""
        if not any(self.form.values().values()):
            self.form.focus_first()

    def screens(self) -> list[Screen]:
        """Every screen that takes the compact look."""
        return [self.petition, self.form, self.signature, self.review, self.thank_you, self.pin_pad,
                self.pin_change_pad]

    def retranslate(self, text: CampaignText) -> None:
        """Every screen of the flow in the current language."""
        for screen in (self.petition, self.form, self.signature, self.review, self.thank_you):
            screen.retranslate(text)
        self.pin_pad.retranslate()
        self.pin_change_pad.retranslate()
        self.overlay.retranslate()

    def clear(self) -> None:
        """Forget the signer on every screen."""
        self.form.clear()
        self.signature.clear()
        self.review.clear()
        self.overlay.stop()
