"""Start-up: the rest of the flow and the store once the welcome screen is up, the key-store choice, the start failure.

``petition-kiosk run`` builds the window with ``defer_storage=True``: only the top bar and the
welcome screen are built and painted first. The other screens (:class:`ui.window.flow.SigningFlow`,
built in one step) and the store come after, because opening the store loads SQLAlchemy, the
cipher and the keyring, which cost more than the whole welcome screen; the counter's first figure
comes from :mod:`kiosk.first_count`. :meth:`StartUp.open_storage` runs on the GUI thread before
the event loop starts, so a tap that arrives meanwhile waits for it: no flow can begin on a kiosk
that cannot save. If it fails, :meth:`StartUp.show_start_failure` replaces the welcome screen with
a message for the canvasser. On the first start of a machine with no keyring the coordinator
chooses where the key lives instead (:mod:`ui.screens.key_store_setup`), then the PIN.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kiosk.errors import KioskError
from ui.window.coordinator import CoordinatorDoor
from ui.window.flow import Screen, SigningFlow
from ui.window.signing import SigningSteps
from ui.window.steps import Step

if TYPE_CHECKING:
    from ui.kiosk_window import KioskWindow
    from ui.screens.key_store_setup import KeyStoreSetupScreen
    from ui.screens.start_failure import StartFailureScreen

log = logging.getLogger(__name__)


class StartUp(QObject):
    """Builds the rest of the window once the welcome screen is up, opens the store, and says whether
    the kiosk can take signatures yet (with the two screens shown while it cannot)."""

    start_failed = Signal(object)  # the KioskError of a store opened after the key-store choice

    def __init__(self, window: KioskWindow) -> None:
        super().__init__(window)
        self._window = window
        self._counts_follow_sync = False  # the welcome counter is connected to the sync rounds once
        self.storage_ready = False  # the store is open and its key checked: signatures can be saved
        self.start_failure: StartFailureScreen | None = None  # built when first needed
        self.key_store_setup: KeyStoreSetupScreen | None = None

    def screens(self) -> list[Screen]:
        """The start-up screens built so far (for the look and the language in force)."""
        return [screen for screen in (self.start_failure, self.key_store_setup) if screen is not None]

    def retranslate(self) -> None:
        """The start-up screens in the current language."""
        if self.start_failure is not None:
            self.start_failure.retranslate()
        if self.key_store_setup is not None:
            self.key_store_setup.retranslate()

    def build_flow(self) -> None:
        """Every screen after the welcome screen, with its glue to the session and the coordinator's
        door, built in one step once the welcome screen is up, and wired to the window."""
        window = self._window
        flow = SigningFlow.build(window.ctx.campaign, window)
        flow.attach(window.navigator)
        flow.thank_you.finished.connect(window.start_over)
        flow.overlay.expired.connect(window.start_over)
        flow.overlay.dismissed.connect(window.read_aloud.stop)  # "I'm still here": the card's speech ends with it
        signing = SigningSteps(window.ctx, window.session, flow, window.languages.switcher, window)
        signing.step_wanted.connect(window.go_to)
        signing.saved.connect(window.thank_signer)
        signing.collection_stopped.connect(self.show_start_failure)  # a sealing key swapped on the disk
        coordinator = CoordinatorDoor(window.ctx, window.pin_guard, flow, window.navigator, window)
        coordinator.step_wanted.connect(window.go_to)
        coordinator.signer_dismissed.connect(window.clear_session)
        coordinator.welcome_wanted.connect(window.start_over)
        coordinator.admin_wanted.connect(window.open_admin)
        coordinator.wipe_wanted.connect(window.panic_wipe)
        coordinator.exit_wanted.connect(window.exit_kiosk)
        coordinator.collection_stopped.connect(self.show_start_failure)  # a PIN record edited on the disk
        window.flow, window.coordinator, window.signing = flow, coordinator, signing

    def open_storage(self) -> None:
        """Build the rest of the flow, open the store, check the data key, start the sync line.

        Raises :class:`~kiosk.errors.KioskError` (key store unavailable, key mismatch, storage
        error) and leaves the kiosk not ready: the caller shows :meth:`show_start_failure`.
        On a first start with no keyring it shows :meth:`show_key_store_setup` and returns, not
        ready; the choice opens the store again.
        """
        window = self._window
        if window.flow is None:
            self.build_flow()
            window.look.apply(window.language)  # the new screens get the style and the texts already in force
            window.retranslate()
        ctx = window.ctx
        if ctx.needs_key_store_choice():
            log.info("first start without a keyring: asking where the data key lives")
            self.show_key_store_setup()
            return
        ctx.store.ensure_key()
        from kiosk.trust import check_trusted  # with the keyring: loaded with the store, not before the first frame

        check_trusted(ctx)  # the sealing key and the PIN record against their key-store pins
        if window.sync_bridge is None:
            from ui.sync_bridge import SyncBridge  # loads sync and requests: kept out of the first paint

            window.sync_bridge = SyncBridge(ctx, window)
        window.sync_bridge.attach(window.sync_indicator)
        if not self._counts_follow_sync:
            # The hub's figure arrives with the sync worker's rounds: the welcome counter follows.
            window.sync_bridge.status_changed.connect(window.on_sync_status_changed)
            self._counts_follow_sync = True
        self.storage_ready = True
        if window.current_step() is Step.WELCOME:
            window.refresh_counts()
        if window.pin_guard.needs_new_pin():
            # No PIN was chosen (or it is the old documented default): the coordinator chooses
            # one now, on the number pad, before the first signer.
            assert window.coordinator is not None  # built with the flow, before the store opens
            window.coordinator.ask_first_pin()

    def show_key_store_setup(self) -> KeyStoreSetupScreen:
        """Ask where the data key lives (first start without a keyring); the kiosk takes no signatures yet."""
        window = self._window
        self.storage_ready = False
        window.clear_session()
        if self.key_store_setup is None:
            from ui.screens.key_store_setup import KeyStoreSetupScreen

            self.key_store_setup = KeyStoreSetupScreen(window)
            self.key_store_setup.chosen.connect(self._on_key_store_setup_chosen)
            window.navigator.add_page(Step.KEY_STORE_SETUP, self.key_store_setup)
            self.key_store_setup.set_compact(window.look.compact)
        window.go_to(Step.KEY_STORE_SETUP)
        return self.key_store_setup

    def _on_key_store_setup_chosen(self, choice: str) -> None:
        from kiosk.settings import KeyStoreKind
        from ui.screens.key_store_setup import KeyStoreChoice

        window = self._window
        # Either way the secrets go to the protected file store: there is no keyring for them.
        window.ctx.use_key_store(KeyStoreKind.FILE)
        coordinator = window.coordinator
        assert coordinator is not None  # the flow is built before the choice is asked
        coordinator.pairing_wanted = choice == KeyStoreChoice.HUB
        log.info("key store chosen on screen: file (%s)", choice)
        try:
            self.open_storage()
        except KioskError as exc:  # e.g. a config dir inside the data dir: say so, as at any start
            self.show_start_failure(exc)
            self.start_failed.emit(exc)  # petition-kiosk run adds its line and ends on Close
            return
        if window.sync_bridge is not None:
            window.sync_bridge.start()  # what petition-kiosk run does once the store is open
        if coordinator.pairing_wanted and not coordinator.choosing_first_pin:
            window.open_pin_pad()  # a PIN chosen before: it opens the way to the pairing page

    def show_start_failure(self, error: BaseException) -> StartFailureScreen:
        """Replace the flow with a message for the canvasser; the kiosk takes no signatures.

        The screen words ``error`` itself, with its one technical line for the coordinator
        (from codes only, never personal data), in the kiosk's language.
        """
        window = self._window
        self.storage_ready = False
        window.clock.stop()
        window.clear_session()
        if self.start_failure is None:
            from ui.screens.start_failure import StartFailureScreen

            self.start_failure = StartFailureScreen(window)
            window.navigator.add_page(Step.START_FAILURE, self.start_failure)
            self.start_failure.set_compact(window.look.compact)
        self.start_failure.show_problem(error)
        window.go_to(Step.START_FAILURE)
        return self.start_failure
