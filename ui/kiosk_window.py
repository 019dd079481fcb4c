"""The kiosk window: a thin shell that wires the signing flow, the lock, the PIN and the clock.

One window holds a top bar (:mod:`ui.window.top_bar`) and a stack of screens, switched only by
:mod:`ui.window.navigation` (each step with its own enter and leave). The signing itself is
:class:`kiosk.session.SigningSession` (Qt-free); :mod:`ui.window.signing` hands it what the
screens hold and shows its typed outcome, and the window clears every field, the pad and the
clipboard whenever a session ends (thank-you, Start over, inactivity). The lock
(:mod:`ui.window.kiosk_lock`) swallows the shortcuts that would leave the kiosk and spots the
coordinator's hidden gesture, five taps in the top-left corner, which opens the PIN pad
(:mod:`ui.window.coordinator`, :mod:`ui.window.pin_flow`); the inactivity clock is
:mod:`ui.window.inactivity`; larger text and the compact look of short screens are
:mod:`ui.window.look`; the counters :mod:`ui.window.counts`. The close event is refused
unless the coordinator chose "Exit".

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
from kiosk.pin import PinGuard
from kiosk.runtime import KioskContext
from kiosk.session import SigningSession
from kiosk.validation import warm_up
from ui.full_screen import keep_full_screen
from ui.i18n import LanguageSwitcher, top_bar_languages
from ui.screens.welcome import WelcomeScreen
from ui.settings_notifier import SettingsNotifier
from ui.sync_indicator import SyncIndicator
from ui.window.coordinator import CoordinatorDoor
from ui.window.counts import NeverDown, signed_count, welcome_count
from ui.window.flow import Screen, SigningFlow
from ui.window.inactivity import STILL_THERE_MAX_S, STILL_THERE_MIN_S, InactivityClock
from ui.window.kiosk_lock import CORNER_PX, CORNER_TAPS, CORNER_WINDOW_S, KioskLock
from ui.window.look import WindowLook, set_style_sheet
from ui.window.navigation import Navigator
from ui.window.signing import SigningSteps
from ui.window.steps import PREVIOUS, SIGNING_STEPS, Step
from ui.window.top_bar import BAR_BUTTON_PX, BAR_SHORTENING_ORDER, TopBar

if TYPE_CHECKING:
    from ui.admin.panel import AdminPanel
    from ui.screens.key_store_setup import KeyStoreSetupScreen
    from ui.screens.start_failure import StartFailureScreen
    from ui.sync_bridge import SyncBridge

__all__ = ["BAR_BUTTON_PX", "BAR_SHORTENING_ORDER", "CORNER_PX", "CORNER_TAPS", "CORNER_WINDOW_S",
           "SIGNING_STEPS", "STILL_THERE_MAX_S", "STILL_THERE_MIN_S", "KioskWindow", "Step"]

log = logging.getLogger(__name__)
VALIDATOR_WARM_UP_DELAY_MS = 200
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
        self._counter = NeverDown()  # the welcome and thank-you counts never go down
        self._counts_follow_sync = False
        self._pin_guard = PinGuard(ctx)
        self.session = SigningSession(ctx)
        self.flow: SigningFlow | None = None  # the screens after the welcome screen: see _build_flow
        self.coordinator: CoordinatorDoor | None = None  # the PIN pads and the admin area, built with the flow
        self.signing: SigningSteps | None = None  # the flow's glue to the session, built with it
        campaign = ctx.campaign
        self.default_language = self._default_language()
        self.switcher = LanguageSwitcher(campaign.languages, self.default_language, self)
        self.setWindowTitle(campaign.text(self.default_language).title)
        # The style before any widget exists: each widget is then polished once, not twice.
        set_style_sheet(ctx.settings.larger_text, compact=False)

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
        self.look = WindowLook(self.top_bar, self._screens, ctx.settings.larger_text)

        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)
        self.navigator = Navigator(self.stack, self.top_bar, self)
        self.welcome = WelcomeScreen(campaign.languages, self)
        self.navigator.add_page(Step.WELCOME, self.welcome, enter=self.refresh_counts)
        self.start_failure: StartFailureScreen | None = None
        self.key_store_setup: KeyStoreSetupScreen | None = None
        # Explicit, so the layout of a wide screen never holds the window wider than a
        # rotated one: each screen re-arranges itself for the size it is given.
        self.setMinimumSize(MIN_WINDOW_PX, MIN_WINDOW_PX)
        self.welcome.start_requested.connect(self._on_welcome_start_requested)
        self.welcome.language_requested.connect(self.set_language)
        self.switcher.language_changed.connect(self._on_switcher_language_changed)

        self.clock = InactivityClock(ctx.settings, self)
        self.clock.idle.connect(self._on_clock_idle)
        self._settings = SettingsNotifier(ctx.settings, self)
        self._settings.settings_saved.connect(self._on_settings_saved)
        self.lock = KioskLock(self)
        self.lock.activity.connect(self.note_activity)
        self.lock.corner_gesture_made.connect(self.open_pin_pad)

        self.sync_indicator = SyncIndicator(self.welcome)
        self.welcome.set_indicator(self.sync_indicator)

        if not defer_storage:
            self._build_flow()  # now, so the style and the texts below reach every screen at once
        self.look.apply(self.language)
        self.retranslate()
        self.go_to(Step.WELCOME)
        if not defer_storage:
            self.open_storage()

    # -- start-up -------------------------------------------------------------------------

    def _build_flow(self) -> SigningFlow:
        """Every screen after the welcome screen, built in one step once the welcome screen is up."""
        flow = SigningFlow.build(self.ctx.campaign, self)
        pages = flow.pages()
        enter = {Step.FORM: self._on_form_entered, Step.PETITION: flow.petition.continue_button.setFocus}
        # The thank-you countdown must not pull anyone away from the next step.
        leave = {Step.THANK_YOU: flow.thank_you.stop}
        for step, page in pages.items():
            self.navigator.add_page(step, page, enter=enter.get(step), leave=leave.get(step))
        flow.petition.continue_requested.connect(self._on_petition_continue_requested)
        flow.review.edit_requested.connect(self._on_review_edit_requested)
        flow.thank_you.finished.connect(self.start_over)
        flow.overlay.expired.connect(self.start_over)
        signing = SigningSteps(self.ctx, self.session, flow, self.switcher, self)
        signing.step_wanted.connect(self.go_to)
        signing.saved.connect(self._on_signing_saved)
        signing.collection_stopped.connect(self.show_start_failure)  # a sealing key swapped on the disk
        coordinator = CoordinatorDoor(self.ctx, self._pin_guard, flow, self.navigator, self)
        coordinator.step_wanted.connect(self.go_to)
        coordinator.signer_dismissed.connect(self.clear_session)
        coordinator.welcome_wanted.connect(self.start_over)
        coordinator.admin_wanted.connect(self.open_admin)
        coordinator.wipe_wanted.connect(self.panic_wipe)
        coordinator.exit_wanted.connect(self.exit_kiosk)
        coordinator.collection_stopped.connect(self.show_start_failure)  # a PIN record edited on the disk
        self.flow, self.coordinator, self.signing = flow, coordinator, signing
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
            self.look.apply(self.language)  # the new screens get the style and the texts already in force
            self.retranslate()
        if self.ctx.needs_key_store_choice():
            log.info("first start without a keyring: asking where the data key lives")
            self.show_key_store_setup()
            return
        self.ctx.store.ensure_key()
        from kiosk.trust import check_trusted  # with the keyring: loaded with the store, not before the first frame

        check_trusted(self.ctx)  # the sealing key and the PIN record against their key-store pins
        if self.sync_bridge is None:
            from ui.sync_bridge import SyncBridge  # loads sync and requests: kept out of the first paint

            self.sync_bridge = SyncBridge(self.ctx, self)
        self.sync_bridge.attach(self.sync_indicator)
        if not self._counts_follow_sync:
            # The hub's figure arrives with the sync worker's rounds: the welcome counter follows.
            self.sync_bridge.status_changed.connect(self._on_sync_bridge_status_changed)
            self._counts_follow_sync = True
        self._storage_ready = True
        if self.current_step() is Step.WELCOME:
            self.refresh_counts()
        if self._pin_guard.needs_new_pin():
            self.ask_first_pin()

    def ask_first_pin(self) -> None:
        """No PIN was chosen (or it is the old documented default): the coordinator chooses
        one now, on the number pad, before the first signer."""
        assert self.coordinator is not None
        self.coordinator.ask_first_pin()

    def show_key_store_setup(self) -> KeyStoreSetupScreen:
        """Ask where the data key lives (first start without a keyring); the kiosk takes no signatures yet."""
        self._storage_ready = False
        self.clear_session()
        if self.key_store_setup is None:
            from ui.screens.key_store_setup import KeyStoreSetupScreen

            self.key_store_setup = KeyStoreSetupScreen(self)
            self.key_store_setup.chosen.connect(self._on_key_store_setup_chosen)
            self.navigator.add_page(Step.KEY_STORE_SETUP, self.key_store_setup)
            self.key_store_setup.set_compact(self.look.compact)
        self.go_to(Step.KEY_STORE_SETUP)
        return self.key_store_setup

    def _on_key_store_setup_chosen(self, choice: str) -> None:
        from kiosk.errors import KioskError
        from kiosk.settings import KeyStoreKind
        from ui.screens.key_store_setup import KeyStoreChoice

        # Either way the secrets go to the protected file store: there is no keyring for them.
        self.ctx.use_key_store(KeyStoreKind.FILE)
        assert self.coordinator is not None  # the flow is built before the choice is asked
        self.coordinator.pairing_wanted = choice == KeyStoreChoice.HUB
        log.info("key store chosen on screen: file (%s)", choice)
        try:
            self.open_storage()
        except KioskError as exc:  # e.g. a config dir inside the data dir: say so, as at any start
            self.show_start_failure(exc)
            self.start_failed.emit(exc)  # petition-kiosk run adds its line and ends on Close
            return
        if self.sync_bridge is not None:
            self.sync_bridge.start()  # what petition-kiosk run does once the store is open
        if self.coordinator.pairing_wanted and not self.coordinator.choosing_first_pin:
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

    def show_start_failure(self, error: BaseException) -> StartFailureScreen:
        """Replace the flow with a message for the canvasser; the kiosk takes no signatures.

        The screen words ``error`` itself, with its one technical line for the coordinator
        (from codes only, never personal data), in the kiosk's language.
        """
        self._storage_ready = False
        self.clock.stop()
        self.clear_session()
        if self.start_failure is None:
            from ui.screens.start_failure import StartFailureScreen

            self.start_failure = StartFailureScreen(self)
            self.navigator.add_page(Step.START_FAILURE, self.start_failure)
            self.start_failure.set_compact(self.look.compact)
        self.start_failure.show_problem(error)
        self.go_to(Step.START_FAILURE)
        return self.start_failure

    @property
    def screens(self) -> SigningFlow:
        """The screens after the welcome screen (built by :meth:`open_storage`)."""
        if self.flow is None:
            raise FlowNotBuilt()
        return self.flow

    @property
    def pin_guard(self) -> PinGuard:
        """The PIN policy in force (tests give it a clock of their own)."""
        return self._pin_guard

    @pin_guard.setter
    def pin_guard(self, guard: PinGuard) -> None:
        self._pin_guard = guard
        if self.coordinator is not None:
            self.coordinator.pin_flow.guard = guard

    # -- navigation (ui/window/navigation.py runs each step's enter and leave) ---------------

    def current_step(self) -> Step:
        """Which page is showing."""
        return self.navigator.current_step()

    def go_to(self, step: Step) -> None:
        """Leave the current step, show ``step`` and enter it."""
        self.navigator.go_to(step)

    def _on_form_entered(self) -> None:
        form = self.screens.form
        if not any(form.values().values()):
            form.focus_first()

    def refresh_counts(self) -> None:
        """Counter on the welcome screen: every signature so far (see :mod:`ui.window.counts`)."""
        self.welcome.set_counts(self._counter.shown(welcome_count(self.ctx)), self.ctx.campaign.goal)

    def signed_count(self) -> int:
        """Every signature so far (see :mod:`ui.window.counts`), never fewer than shown before."""
        return self._counter.shown(signed_count(self.ctx)) or 0

    def _on_sync_bridge_status_changed(self, _snapshot: object) -> None:
        if self._storage_ready and self.current_step() is Step.WELCOME:
            self.refresh_counts()

    def _on_top_bar_back_clicked(self) -> None:
        self.go_to(PREVIOUS.get(self.current_step(), Step.WELCOME))

    def _on_welcome_start_requested(self) -> None:
        if not self._storage_ready:
            return  # a kiosk that cannot save (yet) starts no signing
        self.screens.petition.scroll_to_top()
        self.go_to(Step.PETITION)

    def _on_petition_continue_requested(self) -> None:
        self.go_to(Step.FORM)

    def _on_review_edit_requested(self) -> None:
        self.go_to(Step.FORM)

    # -- signing (ui/window/signing.py asks the session; the window moves on) ---------------

    def _on_signing_saved(self, record_id: str, first_name: str) -> None:
        self.signature_saved.emit(record_id)
        self.clear_session(keep_language=True)
        self.screens.thank_you.start(first_name, self.signed_count())
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
            self.look.reset_larger_text(self.ctx.settings.larger_text, self.language)
        self.session_cleared.emit()

    def start_over(self) -> None:
        """Back to the welcome screen with nothing of the last signer left."""
        if self.flow is not None:
            self.flow.thank_you.stop()
        self.clear_session()
        self.go_to(Step.WELCOME)

    # -- language, text size, settings --------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Switch the whole UI now, keeping what was typed."""
        self.switcher.set_language(language)
        self._sync_language_buttons()  # a tap on the current language must not un-highlight it

    def _sync_language_buttons(self) -> None:
        self.top_bar.set_current(self.language, self.look.larger_text)
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
        self.look.fit(self.width())
        self._sync_language_buttons()
        self.setWindowTitle(text.title)

    def _on_top_bar_larger_text_clicked(self) -> None:
        self.look.toggle_larger_text(self.language)

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
                self.coordinator is not None and self.coordinator.choosing_first_pin):
            return  # the first PIN and the key store's place are not skipped by waiting
        if step in (Step.WELCOME, Step.THANK_YOU):
            if step is Step.WELCOME and self.language != self.default_language:
                self.start_over()
            return
        self.screens.overlay.start(self.clock.countdown_s)

    # -- the coordinator (ui/window/coordinator.py) -------------------------------------------

    def open_pin_pad(self) -> None:
        """The hidden gesture was made: ask for the coordinator PIN."""
        if self._storage_ready and self.coordinator is not None:  # the PIN's lockout lives in the store
            self.coordinator.open_pin_pad()

    def open_admin(self) -> None:
        """Show the admin area (created once, on first use)."""
        assert self.coordinator is not None
        self.coordinator.open_admin(self.sync_bridge)

    @property
    def admin_panel(self) -> AdminPanel | None:
        """The admin area, once opened."""
        return self.coordinator.admin_panel if self.coordinator is not None else None

    # -- showing and closing ------------------------------------------------------------------

    def show_kiosk(self) -> None:
        """Full screen and frameless, or a normal window with ``--windowed``."""
        if self.windowed:
            self.resize(*WINDOWED_SIZE)
            self.show()
        else:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
            self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
            # The one place the window goes full screen (also with no window manager, and after
            # the screen changes: see ui/full_screen.py).
            keep_full_screen(self)
        # Take keyboard focus at once: the first tap must land in a field, not wake the window.
        self.raise_()
        self.activateWindow()
        self.clock.restart()
        # Load the validators once the welcome screen is up, so the first submit is not slower.
        QTimer.singleShot(VALIDATOR_WARM_UP_DELAY_MS, warm_up)

    def release(self) -> None:
        """Lift the lock and close the window (forgetting the signer), without quitting Qt."""
        self.lock.release()
        self.clock.stop()
        if self.flow is not None:
            self.flow.thank_you.stop()
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
        self.look.resized(event.size(), self.language)
        if self.flow is not None and self.flow.overlay.isVisible():
            self.flow.overlay.setGeometry(self.rect())
