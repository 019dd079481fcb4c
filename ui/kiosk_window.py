"""The kiosk window: a thin shell that wires its parts, each a module of :mod:`ui.window` (listed there).

One window holds a top bar and a stack of screens, switched only by :mod:`ui.window.navigation`.
Start-up (the welcome screen painted before the rest of the flow and the store, the key-store
choice, the start failure) is :mod:`ui.window.start_up`. The signing itself is the Qt-free
:class:`kiosk.session.SigningSession`, asked by :mod:`ui.window.signing`; the window clears every
field, the pad and the clipboard whenever a session ends (thank-you, Start over, inactivity).
The lock swallows the shortcuts that would leave the kiosk, and the close event is refused
unless the coordinator chose "Exit".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from kiosk.pin import PinGuard
from kiosk.runtime import KioskContext
from kiosk.session import SigningSession
from kiosk.validation import warm_up
from ui.full_screen import show_as_kiosk
from ui.i18n import top_bar_languages
from ui.screens.welcome import WelcomeScreen
from ui.sync_indicator import SyncIndicator
from ui.window.coordinator import CoordinatorDoor
from ui.window.counts import NeverDown, signed_count, welcome_count
from ui.window.flow import FlowNotBuilt, Screen, SigningFlow
from ui.window.inactivity import IdleReaction, InactivityClock, idle_reaction
from ui.window.kiosk_lock import CORNER_TAPS, KioskLock
from ui.window.language import WindowLanguage
from ui.window.look import WindowLook, set_style_sheet
from ui.window.navigation import Navigator
from ui.window.privacy_clearing import forget_signer
from ui.window.read_aloud import ReadAloud
from ui.window.signing import SigningSteps
from ui.window.start_up import StartUp
from ui.window.steps import PREVIOUS, Step
from ui.window.top_bar import TopBar
from ui.window.wipe import wipe_personal_data

if TYPE_CHECKING:
    from ui.admin.panel import AdminPanel
    from ui.screens.key_store_setup import KeyStoreSetupScreen
    from ui.sync_bridge import SyncBridge

__all__ = ["CORNER_TAPS", "KioskWindow", "Step"]

VALIDATOR_WARM_UP_DELAY_MS = 200
# The window fits any screen at least this big; the screens re-arrange themselves below.
MIN_WINDOW_PX = 600


class KioskWindow(QWidget):
    """The signing flow behind a kiosk lock."""

    signature_saved = Signal(str)
    session_cleared = Signal()

    def __init__(self, ctx: KioskContext, windowed: bool = False, sync_bridge: SyncBridge | None = None,
                 defer_storage: bool = False) -> None:
        super().__init__(None)
        self.setObjectName("kioskWindow")
        self.ctx = ctx
        if not defer_storage:
            ctx.store.ensure_key()  # never show a flow that cannot save
        self.windowed = windowed
        self.sync_bridge = sync_bridge
        self._counter = NeverDown()  # the welcome and thank-you counts never go down
        self._pin_guard = PinGuard(ctx)
        self.session = SigningSession(ctx)
        # The screens after the welcome screen, built with their glue by StartUp.build_flow.
        self.flow: SigningFlow | None = None
        self.coordinator: CoordinatorDoor | None = None
        self.signing: SigningSteps | None = None
        campaign = ctx.campaign
        self.languages = WindowLanguage(ctx, self)  # its translators before any widget is worded
        self.languages.changed.connect(self.retranslate)
        self.languages.default_saved.connect(self._on_languages_default_saved)
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
        self.read_aloud = ReadAloud(self)  # every speaker button's tap (ui/widgets/speaker_button.py)
        self.welcome = WelcomeScreen(campaign.languages, self)
        self.navigator.add_page(Step.WELCOME, self.welcome, enter=self.refresh_counts)
        self.start_up = StartUp(self)  # the store, the key-store choice, the start failure
        # Explicit, so the layout of a wide screen never holds the window wider than a
        # rotated one: each screen re-arranges itself for the size it is given.
        self.setMinimumSize(MIN_WINDOW_PX, MIN_WINDOW_PX)
        self.welcome.start_requested.connect(self._on_welcome_start_requested)
        self.welcome.language_requested.connect(self.set_language)

        self.clock = InactivityClock(ctx.settings, self)
        self.clock.idle.connect(self._on_clock_idle)
        self.lock = KioskLock(self)
        self.lock.activity.connect(self.note_activity)
        self.lock.corner_gesture_made.connect(self.open_pin_pad)

        self.sync_indicator = SyncIndicator(self.welcome)
        self.welcome.set_indicator(self.sync_indicator)

        if not defer_storage:
            self.start_up.build_flow()  # now, so the style and the texts below reach every screen at once
        self.look.apply(self.language)
        self.retranslate()
        self.go_to(Step.WELCOME)
        if not defer_storage:
            self.open_storage()

    # -- start-up (ui/window/start_up.py) --------------------------------------------------

    def _screens(self) -> list[Screen]:
        """The screens built so far (the welcome screen first; the flow once built)."""
        screens: list[Screen] = [self.welcome]
        if self.flow is not None:
            screens += self.flow.screens()
        return screens + self.start_up.screens()

    def open_storage(self) -> None:
        """Build the rest of the flow, open the store, check the data key, start the sync line."""
        self.start_up.open_storage()

    @property
    def key_store_setup(self) -> KeyStoreSetupScreen | None:
        """The first-start screen that asks where the key lives, once shown."""
        return self.start_up.key_store_setup

    def panic_wipe(self) -> None:
        """Erase all personal data now (the duress PIN, or the admin area's confirmed button)."""
        self.clear_session()
        wipe_personal_data(self.ctx)

    @property
    def storage_ready(self) -> bool:
        """Whether signatures can be saved (the store is open and its key checked)."""
        return self.start_up.storage_ready

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

    def refresh_counts(self) -> None:
        """Counter on the welcome screen: every signature so far (see :mod:`ui.window.counts`)."""
        self.welcome.set_counts(self._counter.shown(welcome_count(self.ctx)), self.ctx.campaign.goal)

    def signed_count(self) -> int:
        """Every signature so far (see :mod:`ui.window.counts`), never fewer than shown before."""
        return self._counter.shown(signed_count(self.ctx)) or 0

    def on_sync_status_changed(self, _snapshot: object) -> None:
        """A sync round ended: the hub's figure may have moved, so the welcome counter follows it."""
        if self.storage_ready and self.current_step() is Step.WELCOME:
            self.refresh_counts()

    def _on_top_bar_back_clicked(self) -> None:
        self.go_to(PREVIOUS.get(self.current_step(), Step.WELCOME))

    def _on_welcome_start_requested(self) -> None:
        if not self.storage_ready:
            return  # a kiosk that cannot save (yet) starts no signing
        self.screens.petition.scroll_to_top()
        self.go_to(Step.PETITION)

    # -- signing (ui/window/signing.py asks the session; the window moves on) ---------------

    def thank_signer(self, record_id: str, first_name: str) -> None:
        """The signature is saved: forget the signer (keeping their language) and thank them."""
        self.signature_saved.emit(record_id)
        self.clear_session(keep_language=True)
        self.screens.thank_you.start(first_name, self.signed_count())
        self.go_to(Step.THANK_YOU)

    # -- privacy ----------------------------------------------------------------------------

    def clear_session(self, keep_language: bool = False) -> None:
        """Forget the signer: every field, the pad, the review, messages and the clipboard
        (:mod:`ui.window.privacy_clearing`)."""
        forget_signer(self.session, self.flow)
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
        self.languages.switcher.set_language(language)
        self._sync_language_buttons()  # a tap on the current language must not un-highlight it

    def _sync_language_buttons(self) -> None:
        self.top_bar.set_current(self.language, self.look.larger_text)
        self.welcome.set_current_language(self.language)

    def retranslate(self) -> None:
        """Every screen in the current language."""
        text = self.ctx.campaign.text(self.language)
        self.welcome.retranslate(text)
        if self.flow is not None:
            self.flow.retranslate(text)
        self.start_up.retranslate()
        self.top_bar.retranslate()
        self.look.fit(self.width())
        self._sync_language_buttons()
        self.setWindowTitle(text.title)

    def _on_top_bar_larger_text_clicked(self) -> None:
        self.look.toggle_larger_text(self.language)

    def _on_languages_default_saved(self, language: str) -> None:
        if self.current_step() is Step.WELCOME:  # a signer on their way keeps theirs
            self.set_language(language)

    @property
    def default_language(self) -> str:
        """The language every signer starts in (the screenshots set it, to pose each language)."""
        return self.languages.default

    @default_language.setter
    def default_language(self, language: str) -> None:
        self.languages.default = language

    @property
    def language(self) -> str:
        """The signer's language."""
        return self.languages.current

    # -- inactivity -------------------------------------------------------------------------

    def note_activity(self) -> None:
        """Someone touched the kiosk: restart the inactivity clock."""
        self.clock.restart()

    def _on_clock_idle(self) -> None:
        first_pin = self.coordinator is not None and self.coordinator.choosing_first_pin
        reaction = idle_reaction(self.current_step(), first_pin, self.language == self.default_language)
        if reaction is IdleReaction.START_OVER:
            self.start_over()
        elif reaction is IdleReaction.ASK_STILL_THERE:
            self.screens.overlay.start(self.clock.countdown_s)

    # -- the coordinator (ui/window/coordinator.py) -------------------------------------------

    def open_pin_pad(self) -> None:
        """The hidden gesture was made: ask for the coordinator PIN."""
        if self.storage_ready and self.coordinator is not None:  # the PIN's lockout lives in the store
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
        """Full screen and frameless, or a normal window with ``--windowed`` (:mod:`ui.full_screen`)."""
        show_as_kiosk(self, self.windowed)
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
