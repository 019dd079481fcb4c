"""The kiosk window: a thin shell that wires the signing flow, the lock, the PIN and the clock.

One window holds a top bar (:mod:`ui.window.top_bar`) and a stack of screens. The signing
itself is :class:`kiosk.session.SigningSession` (Qt-free): the window asks it at each step and
shows its typed outcome, and clears every field, the pad and the clipboard whenever a session
ends (thank-you, Start over, inactivity). The lock (:mod:`ui.window.kiosk_lock`) swallows the
shortcuts that would leave the kiosk and spots the coordinator's hidden gesture, five taps in
the top-left corner, which opens the PIN pad (:mod:`ui.window.pin_flow`); the inactivity clock
is :mod:`ui.window.inactivity`. The close event is refused unless the coordinator chose "Exit".

Start-up (``defer_storage=True``, as ``petition-kiosk run`` does): only the top bar and the
welcome screen are built and painted first. The other screens (:class:`ui.window.flow.SigningFlow`,
built in one step) and the store come after, because opening the store loads SQLAlchemy, the
cipher and the keyring, which cost more than the whole welcome screen; the counter's first figure
comes from :mod:`kiosk.first_count`. :meth:`KioskWindow.open_storage` runs on the GUI thread
before the event loop starts, so a tap that arrives meanwhile waits for it: no flow can begin
on a kiosk that cannot save. If it fails, :meth:`KioskWindow.show_start_failure` replaces the
welcome screen with a message for the canvasser. On the first start of a machine with no
keyring the coordinator chooses where the key lives instead (:mod:`ui.screens.key_store_setup`),
then the PIN.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from kiosk.campaign import CampaignText
from kiosk.errors import FieldError
from kiosk.first_count import stored_signature_count
from kiosk.pin import PinGuard
from kiosk.runtime import KioskContext
from kiosk.session import Outcome, OutcomeKind, Placement, SigningSession
from kiosk.validation import SignerInput, warm_up
from ui.full_screen import keep_full_screen
from ui.i18n import LanguageSwitcher, top_bar_languages
from ui.messages import storage_error_text
from ui.screens.welcome import WelcomeScreen
from ui.settings_notifier import SettingsNotifier
from ui.style import COMPACT_BELOW_PX, stylesheet
from ui.sync_indicator import SyncIndicator
from ui.window.flow import Screen, SigningFlow
from ui.window.inactivity import STILL_THERE_MAX_S, STILL_THERE_MIN_S, InactivityClock
from ui.window.kiosk_lock import CORNER_PX, CORNER_TAPS, CORNER_WINDOW_S, KioskLock
from ui.window.pin_flow import PinFlow
from ui.window.steps import BARLESS_STEPS, PREVIOUS, SIGNING_STEPS, Step
from ui.window.top_bar import BAR_BUTTON_PX, BAR_SHORTENING_ORDER, TopBar

if TYPE_CHECKING:
    from ui.screens.form import FormScreen
    from ui.screens.key_store_setup import KeyStoreSetupScreen
    from ui.screens.petition import PetitionScreen
    from ui.screens.review import ReviewScreen
    from ui.screens.signature import SignatureScreen
    from ui.screens.start_failure import StartFailureScreen
    from ui.screens.thank_you import ThankYouScreen
    from ui.sync_bridge import SyncBridge
    from ui.widgets.pin_pad import PinPad
    from ui.widgets.still_there import StillThereOverlay

__all__ = ["BAR_BUTTON_PX", "BAR_SHORTENING_ORDER", "CORNER_PX", "CORNER_TAPS", "CORNER_WINDOW_S",
           "SIGNING_STEPS", "STILL_THERE_MAX_S", "STILL_THERE_MIN_S", "KioskWindow", "Step"]

log = logging.getLogger(__name__)
VALIDATOR_WARM_UP_DELAY_MS = 200
CHECKPOINT_AFTER_MS = 100  # after the thank-you screen has painted
# The window fits any screen at least this big; the screens re-arrange themselves below.
MIN_WINDOW_PX = 600
WINDOWED_SIZE = (1280, 800)


class FlowNotBuilt(RuntimeError):
    """A screen of the flow was asked for before :meth:`KioskWindow.open_storage` built it."""


class KioskWindow(QWidget):
    """The signing flow behind a kiosk lock."""

    signature_saved = Signal(str)
    session_cleared = Signal()
    start_failed = Signal(object)  # the KioskError of a store opened after the key-store choice

    def __init__(self, ctx: KioskContext, windowed: bool = False, sync_bridge: SyncBridge | None = None,
                 defer_storage: bool = False) -> None:
        super().__init__(None)
        self.setObjectName("kioskWindow")
        self.ctx = ctx
        if not defer_storage:
            ctx.store.ensure_key()  # never show a flow that cannot save
        self.windowed = windowed
        self.sync_bridge = sync_bridge
        self._storage_ready = False
        self._pin_guard = PinGuard(ctx)
        self.session = SigningSession(ctx)
        self.flow: SigningFlow | None = None  # the screens after the welcome screen: see _build_flow
        self._pin_flow: PinFlow | None = None
        self._step_before_pin = Step.WELCOME
        self._larger_text = ctx.settings.larger_text
        self._compact = False
        campaign = ctx.campaign
        self.default_language = self._default_language()
        self.switcher = LanguageSwitcher(campaign.languages, self.default_language, self)
        self.setWindowTitle(campaign.text(self.default_language).title)
        # The style before any widget exists: each widget is then polished once, not twice.
        self._set_app_style()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        # The top bar keeps a quick switch for the campaign's first languages; the welcome
        # screen's picker holds all of them.
        self.top_bar = TopBar(top_bar_languages(campaign.languages), self)
        self.top_bar.back_clicked.connect(self._on_top_bar_back_clicked)
        self.top_bar.start_over_clicked.connect(self.start_over)
        self.top_bar.larger_text_clicked.connect(self._on_top_bar_larger_text_clicked)
        self.top_bar.language_clicked.connect(self.set_language)
        outer.addWidget(self.top_bar)
        self.back_button = self.top_bar.back_button
        self.start_over_button = self.top_bar.start_over_button
        self.larger_text_button = self.top_bar.larger_text_button
        self.language_buttons = self.top_bar.language_buttons

        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)
        self.welcome = WelcomeScreen(campaign.languages, self)
        self.stack.addWidget(self.welcome)
        self._pages: dict[Step, QWidget] = {Step.WELCOME: self.welcome}
        self.admin_panel: QWidget | None = None
        self.start_failure: StartFailureScreen | None = None
        self.key_store_setup: KeyStoreSetupScreen | None = None
        self._pair_after_setup = False  # the coordinator chose a hub: the pairing page follows the PIN
        # Explicit, so the layout of a wide screen never holds the window wider than a
        # rotated one: each screen re-arranges itself for the size it is given.
        self.setMinimumSize(MIN_WINDOW_PX, MIN_WINDOW_PX)
        self.welcome.start_requested.connect(self._on_welcome_start_requested)
        self.welcome.language_requested.connect(self.set_language)
        self.switcher.language_changed.connect(self._on_switcher_language_changed)

        self.clock = InactivityClock(ctx.settings, self)
        self.clock.idle.connect(self._on_clock_idle)
        self.idle_timer = self.clock.timer
        self._settings = SettingsNotifier(ctx.settings, self)
        self._settings.settings_saved.connect(self._on_settings_saved)
        self.lock = KioskLock(self)
        self.lock.activity.connect(self.note_activity)
        self.lock.corner_gesture_made.connect(self.open_pin_pad)

        self.sync_indicator = SyncIndicator(self.welcome)
        self.welcome.set_indicator(self.sync_indicator)

        if not defer_storage:
            self._build_flow()  # now, so the style and the texts below reach every screen at once
        self._apply_style()
        self.retranslate()
        self.go_to(Step.WELCOME)
        if not defer_storage:
            self.open_storage()

    # -- start-up -------------------------------------------------------------------------

    def _build_flow(self) -> SigningFlow:
        """Every screen after the welcome screen, built in one step once the welcome screen is up."""
        flow = SigningFlow.build(self.ctx.campaign, self)
        for step, page in flow.pages().items():
            self.stack.addWidget(page)
            self._pages[step] = page
        flow.petition.continue_requested.connect(self._on_petition_continue_requested)
        flow.form.continue_requested.connect(self._on_form_continue_requested)
        flow.signature.continue_requested.connect(self._on_signature_continue_requested)
        flow.review.edit_requested.connect(self._on_review_edit_requested)
        flow.review.submit_requested.connect(self.submit)
        flow.thank_you.finished.connect(self.start_over)
        flow.overlay.expired.connect(self.start_over)
        pin_flow = PinFlow(self._pin_guard, flow.pin_pad, flow.pin_change_pad, self)
        pin_flow.unlocked.connect(self._on_pin_flow_unlocked)
        pin_flow.cancelled.connect(self._on_pin_flow_cancelled)
        pin_flow.change_finished.connect(self._on_pin_flow_change_finished)
        pin_flow.first_pin_chosen.connect(self._on_pin_flow_first_pin_chosen)
        pin_flow.duress_entered.connect(self.panic_wipe)
        self.flow, self._pin_flow = flow, pin_flow
        return flow

    def _screens(self) -> list[Screen]:
        """The screens built so far (the welcome screen first; the flow once built)."""
        screens: list[Screen] = [self.welcome]
        if self.flow is not None:
            screens += self.flow.screens()
        if self.start_failure is not None:
            screens.append(self.start_failure)
        if self.key_store_setup is not None:
            screens.append(self.key_store_setup)
        return screens

    def open_storage(self) -> None:
        """Build the rest of the flow, open the store, check the data key, start the sync line.

        Raises :class:`~kiosk.errors.KioskError` (key store unavailable, key mismatch, storage
        error) and leaves the kiosk not ready: the caller shows :meth:`show_start_failure`.
        On a first start with no keyring it shows :meth:`show_key_store_setup` and returns, not
        ready; the choice opens the store again.
        """
        if self.flow is None:
            self._build_flow()
            self._apply_style()  # the new screens get the style and the texts already in force
            self.retranslate()
        if self.ctx.needs_key_store_choice():
            log.info("first start without a keyring: asking where the data key lives")
            self.show_key_store_setup()
            return
        self.ctx.store.ensure_key()
        if self.sync_bridge is None:
            from ui.sync_bridge import SyncBridge  # loads sync and requests: kept out of the first paint

            self.sync_bridge = SyncBridge(self.ctx, self)
        self.sync_bridge.attach(self.sync_indicator)
        self._storage_ready = True
        if self.current_step() is Step.WELCOME:
            self.refresh_counts()
        if self._pin_guard.needs_new_pin():
            self.ask_first_pin()

    def ask_first_pin(self) -> None:
        """No PIN was chosen (or it is the old documented default): the coordinator chooses
        one now, on the number pad, before the first signer."""
        assert self._pin_flow is not None
        self.overlay.stop()
        self.clear_session()
        self._pin_flow.ask_first()
        self.go_to(Step.PIN_CHANGE)

    def _on_pin_flow_first_pin_chosen(self) -> None:
        if self._pair_after_setup:
            self.clear_session()
            self.open_admin()  # straight on to the pairing page the coordinator chose
            return
        self.start_over()

    def show_key_store_setup(self) -> KeyStoreSetupScreen:
        """Ask where the data key lives (first start without a keyring); the kiosk takes no signatures yet."""
        self._storage_ready = False
        self.clear_session()
        if self.key_store_setup is None:
            from ui.screens.key_store_setup import KeyStoreSetupScreen

            self.key_store_setup = KeyStoreSetupScreen(self)
            self.key_store_setup.chosen.connect(self._on_key_store_setup_chosen)
            self.stack.addWidget(self.key_store_setup)
            self._pages[Step.KEY_STORE_SETUP] = self.key_store_setup
            self.key_store_setup.set_compact(self._compact)
        self.go_to(Step.KEY_STORE_SETUP)
        return self.key_store_setup

    def _on_key_store_setup_chosen(self, choice: str) -> None:
        from kiosk.errors import KioskError
        from kiosk.settings import KeyStoreKind
        from ui.error_lines import describe
        from ui.screens.key_store_setup import KeyStoreChoice

        # Either way the secrets go to the protected file store: there is no keyring for them.
        self.ctx.use_key_store(KeyStoreKind.FILE)
        self._pair_after_setup = choice == KeyStoreChoice.HUB
        log.info("key store chosen on screen: file (%s)", choice)
        try:
            self.open_storage()
        except KioskError as exc:  # e.g. a config dir inside the data dir: say so, as at any start
            self.show_start_failure(exc.code, describe(exc))
            self.start_failed.emit(exc)  # petition-kiosk run adds its line and ends on Close
            return
        if self.sync_bridge is not None:
            self.sync_bridge.start()  # what petition-kiosk run does once the store is open
        if self._pair_after_setup and not (self._pin_flow is not None and self._pin_flow.choosing_first):
            self.open_pin_pad()  # a PIN chosen before: it opens the way to the pairing page

    def panic_wipe(self) -> None:
        """Erase all personal data now (the duress PIN, or the admin area's confirmed button).

        The screen does not change for it: after the duress PIN the pad says what it says for
        any wrong PIN, and Cancel leads back to the usual welcome screen with the usual count.
        """
        from kiosk.errors import KioskError
        from kiosk.wipe import panic_wipe

        self.clear_session()
        try:
            panic_wipe(self.ctx)
        except KioskError as exc:  # the disk refused: the data may still be there, retry from admin
            log.error("panic wipe failed: %s", exc.code)

    @property
    def welcome_painted(self) -> bool:
        """Whether the welcome screen has reached the screen at least once."""
        return self.welcome.first_painted_at is not None

    @property
    def storage_ready(self) -> bool:
        """Whether signatures can be saved (the store is open and its key checked)."""
        return self._storage_ready

    def show_start_failure(self, code: str, detail: str = "") -> StartFailureScreen:
        """Replace the flow with a message for the canvasser; the kiosk takes no signatures.

        ``detail`` is the one technical line for the coordinator (never personal data).
        """
        self._storage_ready = False
        self.clock.stop()
        self.clear_session()
        if self.start_failure is None:
            from ui.screens.start_failure import StartFailureScreen

            self.start_failure = StartFailureScreen(self)
            self.stack.addWidget(self.start_failure)
            self._pages[Step.START_FAILURE] = self.start_failure
            self.start_failure.set_compact(self._compact)
        self.start_failure.show_problem(code, detail)
        self.go_to(Step.START_FAILURE)
        return self.start_failure

    # -- the flow's screens (they exist once the flow is built) ----------------------------

    def _flow(self) -> SigningFlow:
        if self.flow is None:
            raise FlowNotBuilt()
        return self.flow

    @property
    def petition(self) -> PetitionScreen:
        """The petition screen."""
        return self._flow().petition

    @property
    def form(self) -> FormScreen:
        """The form screen."""
        return self._flow().form

    @property
    def signature(self) -> SignatureScreen:
        """The signature screen."""
        return self._flow().signature

    @property
    def review(self) -> ReviewScreen:
        """The review screen."""
        return self._flow().review

    @property
    def thank_you(self) -> ThankYouScreen:
        """The thank-you screen."""
        return self._flow().thank_you

    @property
    def pin_pad(self) -> PinPad:
        """The coordinator PIN pad."""
        return self._flow().pin_pad

    @property
    def pin_change_pad(self) -> PinPad:
        """The pad for a new PIN."""
        return self._flow().pin_change_pad

    @property
    def overlay(self) -> StillThereOverlay:
        """The "Still there?" card."""
        return self._flow().overlay

    @property
    def pin_guard(self) -> PinGuard:
        """The PIN policy in force (tests give it a clock of their own)."""
        return self._pin_guard

    @pin_guard.setter
    def pin_guard(self, guard: PinGuard) -> None:
        self._pin_guard = guard
        if self._pin_flow is not None:
            self._pin_flow.guard = guard

    @property
    def still_there_countdown_s(self) -> int:
        """Seconds the "Still there?" card counts down before clearing."""
        return self.clock.countdown_s

    @still_there_countdown_s.setter
    def still_there_countdown_s(self, seconds: int) -> None:
        self.clock.countdown_s = seconds

    # -- navigation -----------------------------------------------------------------------

    def current_step(self) -> Step:
        """Which page is showing."""
        current = self.stack.currentWidget()
        return next(step for step, page in self._pages.items() if page is current) \
            if current is not self.admin_panel else Step.ADMIN

    def go_to(self, step: Step) -> None:
        """Leave the current step, show ``step`` and enter it."""
        previous = self.current_step() if self.stack.currentWidget() is not None else None
        if previous is not None and previous is not step:
            self._leave(previous)
        if step is Step.ADMIN and self.admin_panel is not None:
            self.stack.setCurrentWidget(self.admin_panel)
        else:
            self.stack.setCurrentWidget(self._pages[step])
        self.top_bar.show_for_step(in_flow=step in SIGNING_STEPS, languages=step is not Step.WELCOME)
        self.top_bar.setVisible(step not in BARLESS_STEPS)
        self._fit_top_bar()
        self._enter(step)

    def _enter(self, step: Step) -> None:
        if step is Step.WELCOME:
            self.refresh_counts()
        elif step is Step.FORM and not any(self.form.values().values()):
            self.form.focus_first()
        elif step is Step.PETITION:
            self.petition.continue_button.setFocus()

    def _leave(self, step: Step) -> None:
        if step is Step.THANK_YOU:
            self.thank_you.stop()  # its countdown must not pull anyone away from the next step

    def refresh_counts(self) -> None:
        """Counter on the welcome screen: the starting count plus this kiosk's signatures."""
        campaign = self.ctx.campaign
        if self.ctx.store_is_open:
            signed: int | None = self.signed_count()
        else:  # the first frame, before the store is open
            stored = stored_signature_count(self.ctx.data_dir, campaign.id)
            signed = None if stored is None else campaign.starting_count + stored
        self.welcome.set_counts(signed, campaign.goal)

    def signed_count(self) -> int:
        """Everyone counted so far: the campaign's combined count from a paired hub, else the
        starting count plus this kiosk's signatures."""
        from sync.hub_link import combined_count

        hub = combined_count(self.ctx.data_dir, self.ctx.store, self.ctx.campaign.id)
        if hub is not None:
            return hub
        return self.ctx.campaign.starting_count + self.ctx.store.counts(self.ctx.campaign.id).total

    def _on_top_bar_back_clicked(self) -> None:
        self.go_to(PREVIOUS.get(self.current_step(), Step.WELCOME))

    def _on_welcome_start_requested(self) -> None:
        if not self._storage_ready:
            return  # a kiosk that cannot save (yet) starts no signing
        self.petition.scroll_to_top()
        self.go_to(Step.PETITION)

    def _on_petition_continue_requested(self) -> None:
        self.go_to(Step.FORM)

    # -- signing (the session decides; the window shows) ------------------------------------

    def _raw_input(self) -> SignerInput:
        """What the signer has typed and drawn so far."""
        values = self.form.values()
        return SignerInput(
            given_name=values.get("given_name", ""), family_name=values.get("family_name", ""),
            email=values.get("email", ""), phone=values.get("phone", ""),
            postal_code=values.get("postal_code", ""), address=values.get("address", ""),
            signature=self.signature.pad.signature())

    def _placement(self) -> Placement:
        return Placement(self.language, self.form.consent_given(), self.form.sms_consent_given())

    def _on_form_continue_requested(self) -> None:
        outcome = self.session.leave_form(self._raw_input())
        self.form.show_errors(dict(outcome.field_errors))
        self._show_outcome(outcome, Step.SIGNATURE)

    def _on_signature_continue_requested(self) -> None:
        raw = self._raw_input()
        outcome = self.session.leave_signature(raw)
        if outcome.kind is OutcomeKind.READY:
            self.review.show_signer(self.form.values(), self.form.consent_given(), raw.signature,
                                    sms_consent=self.form.sms_consent_given(),
                                    consents_asked=self.ctx.campaign.asks_email_consent())
            outcome = self.session.review(raw, self._placement())
        self._show_outcome(outcome, Step.REVIEW)

    def _on_review_edit_requested(self) -> None:
        self.go_to(Step.FORM)

    def submit(self) -> None:
        """Record the signature; "thank you" only once it is durably stored."""
        self._show_outcome(self.session.submit(self._raw_input(), self._placement()), Step.THANK_YOU)

    def _show_outcome(self, outcome: Outcome, next_step: Step) -> None:
        """Show what the session answered: the next step, or where the signer must look again."""
        kind = outcome.kind
        if kind is OutcomeKind.READY:
            self.go_to(next_step)
        elif kind is OutcomeKind.FIELDS_INVALID:
            self.form.show_errors(dict(outcome.field_errors))
            self.go_to(Step.FORM)
        elif kind is OutcomeKind.SIGNATURE_MISSING:
            self.signature.show_error(FieldError.SIGNATURE_REQUIRED)
            self.go_to(Step.SIGNATURE)
        elif kind is OutcomeKind.NOT_SAVED:
            self.review.show_error(storage_error_text())
        else:  # SAVED
            self.signature_saved.emit(outcome.record_id)
            self._finish_session(first_name=outcome.first_name)
            # The WAL goes back into the database file once "thank you" is on screen, not before.
            QTimer.singleShot(CHECKPOINT_AFTER_MS, self._on_checkpoint_due)

    def _on_checkpoint_due(self) -> None:
        self.ctx.store.checkpoint()

    def _finish_session(self, first_name: str) -> None:
        self.clear_session(keep_language=True)
        self.thank_you.start(first_name, self.signed_count())
        self.go_to(Step.THANK_YOU)

    # -- privacy ----------------------------------------------------------------------------

    def clear_session(self, keep_language: bool = False) -> None:
        """Forget the signer: every field, the pad, the review, messages and the clipboard."""
        self.session.forget()
        if self.flow is not None:
            self.flow.clear()
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()
        if not keep_language:
            self.set_language(self.default_language)
            if self._larger_text != self.ctx.settings.larger_text:
                self._larger_text = self.ctx.settings.larger_text
                self._apply_style()
        self.session_cleared.emit()

    def start_over(self) -> None:
        """Back to the welcome screen with nothing of the last signer left."""
        if self.flow is not None:
            self.thank_you.stop()
        self.clear_session()
        self.go_to(Step.WELCOME)

    # -- language, text size, settings --------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Switch the whole UI now, keeping what was typed."""
        self.switcher.set_language(language)
        self._sync_language_buttons()  # a tap on the current language must not un-highlight it

    def _sync_language_buttons(self) -> None:
        self.top_bar.set_current(self.language, self._larger_text)
        self.welcome.set_current_language(self.language)

    def _on_switcher_language_changed(self, _language: str) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        """Every screen in the current language."""
        text = self.campaign_text()
        self.welcome.retranslate(text)
        if self.flow is not None:
            self.flow.retranslate(text)
        if self.start_failure is not None:
            self.start_failure.retranslate()
        if self.key_store_setup is not None:
            self.key_store_setup.retranslate()
        self.top_bar.retranslate()
        self._fit_top_bar()
        self._sync_language_buttons()
        self.setWindowTitle(text.title)

    def _on_top_bar_larger_text_clicked(self) -> None:
        self._larger_text = not self._larger_text
        self._apply_style()

    def _default_language(self) -> str:
        campaign = self.ctx.campaign
        wanted = self.ctx.settings.default_language or campaign.default_language
        return wanted if wanted in campaign.languages else campaign.default_language

    def _on_settings_saved(self, names: frozenset[str]) -> None:
        """A saved default language takes effect now (the clock follows its own setting)."""
        if "default_language" in names:
            self.default_language = self._default_language()
            if self.current_step() is Step.WELCOME:
                self.set_language(self.default_language)

    def _set_app_style(self) -> None:
        app = QApplication.instance()
        sheet = stylesheet(self._larger_text, self._compact)
        if isinstance(app, QApplication) and app.styleSheet() != sheet:  # a new sheet re-polishes every widget
            app.setStyleSheet(sheet)

    def _apply_style(self) -> None:
        self._set_app_style()
        self.top_bar.set_current(self.language, self._larger_text)
        self.top_bar.set_look(self._larger_text, self._compact)
        for screen in self._screens():
            screen.set_compact(self._compact)
        self._fit_top_bar()

    def _fit_top_bar(self) -> None:
        self.top_bar.fit(self.width())

    @property
    def compact(self) -> bool:
        """Whether the window has the short-screen look (48 px targets, tighter spacing)."""
        return self._compact

    def campaign_text(self) -> CampaignText:
        """The campaign text in the signer's language."""
        return self.ctx.campaign.text(self.language)

    @property
    def language(self) -> str:
        """The signer's language."""
        return self.switcher.language

    # -- inactivity -------------------------------------------------------------------------

    def note_activity(self) -> None:
        """Someone touched the kiosk: restart the inactivity clock."""
        self.clock.restart()

    def _on_clock_idle(self) -> None:
        step = self.current_step()
        if step in (Step.START_FAILURE, Step.KEY_STORE_SETUP) or (
                self._pin_flow is not None and self._pin_flow.choosing_first):
            return  # the first PIN and the key store's place are not skipped by waiting
        if step in (Step.WELCOME, Step.THANK_YOU):
            if step is Step.WELCOME and self.language != self.default_language:
                self.start_over()
            return
        self.overlay.start(self.still_there_countdown_s)

    # -- the coordinator --------------------------------------------------------------------

    def open_pin_pad(self) -> None:
        """The hidden gesture was made: ask for the coordinator PIN."""
        if not self._storage_ready or self._pin_flow is None or self._pin_flow.choosing_first:
            return  # the PIN's lockout and the admin area live in the store
        self.overlay.stop()
        step = self.current_step()
        self._step_before_pin = step if step not in (Step.PIN, Step.THANK_YOU) else Step.WELCOME
        self._pin_flow.ask()
        self.go_to(Step.PIN)

    def _on_pin_flow_unlocked(self) -> None:
        self.clear_session()
        self.open_admin()

    def _on_pin_flow_cancelled(self) -> None:
        # Back to where the gesture was made: a signer who hit the corner by chance keeps their form.
        self.go_to(self._step_before_pin)

    def open_admin(self) -> None:
        """Show the admin area (created once, on first use)."""
        if self.admin_panel is None:
            from ui.admin.panel import AdminPanel

            panel = AdminPanel(self.ctx, self.sync_bridge, self)
            panel.exit_requested.connect(self.exit_kiosk)
            panel.closed.connect(self._on_admin_closed)
            panel.pin_change_requested.connect(self._on_admin_pin_change_requested)
            panel.duress_pin_requested.connect(self._on_admin_duress_pin_requested)
            panel.wipe_requested.connect(self._on_admin_wipe_requested)
            self.stack.addWidget(panel)
            self.admin_panel = panel
        self.go_to(Step.ADMIN)
        show_pairing = getattr(self.admin_panel, "show_pairing", None)
        if self._pair_after_setup and callable(show_pairing):
            self._pair_after_setup = False
            show_pairing()

    def _on_admin_closed(self) -> None:
        self.start_over()

    def _on_admin_pin_change_requested(self) -> None:
        if self._pin_flow is not None:
            self._pin_flow.ask_new()
            self.go_to(Step.PIN_CHANGE)

    def _on_admin_duress_pin_requested(self) -> None:
        if self._pin_flow is not None:
            self._pin_flow.ask_duress()
            self.go_to(Step.PIN_CHANGE)

    def _on_admin_wipe_requested(self) -> None:
        self.panic_wipe()
        self.start_over()  # the usual welcome screen, the usual count

    def _on_pin_flow_change_finished(self) -> None:
        self.go_to(Step.ADMIN)

    # -- showing and closing ------------------------------------------------------------------

    def show_kiosk(self) -> None:
        """Full screen and frameless, or a normal window with ``--windowed``."""
        if self.windowed:
            self.resize(*WINDOWED_SIZE)
            self.show()
        else:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
            self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
            self._show_full_screen()
        # Take keyboard focus at once: the first tap must land in a field, not wake the window.
        self.raise_()
        self.activateWindow()
        self.clock.restart()
        # Load the validators once the welcome screen is up, so the first submit is not slower.
        QTimer.singleShot(VALIDATOR_WARM_UP_DELAY_MS, warm_up)

    def _show_full_screen(self) -> None:
        """The one place the window goes full screen (also with no window manager, and after
        the screen changes: see ui/full_screen.py)."""
        keep_full_screen(self)

    def release(self) -> None:
        """Lift the lock and close the window (forgetting the signer), without quitting Qt."""
        self.lock.release()
        self.clock.stop()
        if self.flow is not None:
            self.thank_you.stop()
        self.clear_session()
        shutdown = getattr(self.admin_panel, "shutdown", None)
        if callable(shutdown):
            shutdown()  # the admin area's export thread must end before the window goes
        if self.sync_bridge is not None:
            self.sync_bridge.stop()
        self.close()

    def exit_kiosk(self) -> None:
        """The coordinator chose to exit: really close and end the application."""
        self.release()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.lock.exit_allowed:
            event.accept()
        else:
            event.ignore()  # Alt+F4, the window manager's close button, a stray close(): stay

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        compact = min(event.size().width(), event.size().height()) < COMPACT_BELOW_PX
        if compact != self._compact:
            self._compact = compact
            self._apply_style()
        else:
            self._fit_top_bar()
        if self.flow is not None and self.flow.overlay.isVisible():
            self.flow.overlay.setGeometry(self.rect())
