"""The kiosk window: the signing flow, the kiosk lock, inactivity and the way to admin.

One window holds a top bar (Back, language, larger text, Start over) and a stack of
screens. It owns the signing session: it validates through the core, records through
the store and clears every field, the pad and the clipboard whenever a session ends
(thank-you, Start over, inactivity).

The lock: full screen and frameless unless ``--windowed``; the close event is refused
unless the coordinator chose "Exit" in the admin area; Esc, Alt+F4, Ctrl+Q/W and similar
shortcuts are swallowed by an application-wide event filter. The hidden way in for the
coordinator: **five taps in the top-left corner within three seconds** opens the PIN pad.

Start-up (``defer_storage=True``, as ``petition-kiosk run`` does): only the top bar and the
welcome screen are built and painted first. The other screens and the store come after,
because opening the store loads SQLAlchemy, the cipher and the keyring, which cost more than
the whole welcome screen; the counter's first figure comes from :mod:`kiosk.first_count`.
:meth:`KioskWindow.open_storage` runs on the GUI thread before the event loop starts, so a tap
that arrives meanwhile waits for it: no flow can begin on a kiosk that cannot save. If it
fails, :meth:`KioskWindow.show_start_failure` replaces the welcome screen with a message for
the canvasser.
"""

from __future__ import annotations

import logging
import time
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.campaign import CampaignText
from kiosk.errors import AlreadySigned, FieldError, KioskError
from kiosk.first_count import stored_signature_count
from kiosk.runtime import KioskContext
from kiosk.strokes import Point, Signature
from kiosk.validation import SignerInput, validate_form_fields, validate_signer, warm_up
from ui.i18n import LanguageSwitcher, language_name
from ui.messages import storage_error_text
from ui.pin import PinGuard, valid_new_pin
from ui.screens.welcome import WelcomeScreen
from ui.style import COMPACT_BELOW_PX, stylesheet, touch_target_px
from ui.sync_indicator import SyncIndicator
from ui.widgets.fitting_button import FittingButton

if TYPE_CHECKING:
    from ui.screens.form import FormScreen
    from ui.screens.petition import PetitionScreen
    from ui.screens.review import ReviewScreen
    from ui.screens.signature import SignatureScreen
    from ui.screens.start_failure import StartFailureScreen
    from ui.screens.thank_you import ThankYouScreen
    from ui.sync_bridge import SyncBridge
    from ui.widgets.pin_pad import PinPad
    from ui.widgets.still_there import StillThereOverlay

VALIDATOR_WARM_UP_DELAY_MS = 200

log = logging.getLogger(__name__)

CORNER_PX = 96              # the hidden corner's size
CORNER_TAPS = 5
CORNER_WINDOW_S = 3.0
STILL_THERE_MAX_S = 20      # the visible countdown before clearing
STILL_THERE_MIN_S = 5
BAR_BUTTON_PX = 60
# The window fits any screen at least this big; the screens re-arrange themselves below.
MIN_WINDOW_PX = 600
# A screen whose shorter side is below this gets the compact look: 48 px targets, tighter padding.
# When the top bar's full labels do not fit, these buttons switch to their short label, in
# this order (the least needed words first), until the bar fits.
BAR_SHORTENING_ORDER = ("larger_text", "back", "languages", "start_over")
# A two-point stroke that satisfies "a signature exists" when only the contact details are
# being checked for a repeat signer (before the real signature is drawn).
_CONTACT_CHECK_SIGNATURE = Signature(((Point(0.1, 0.5), Point(0.9, 0.5)),))


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


class _Screen(Protocol):
    """What the window asks of every screen it shows."""

    def set_compact(self, compact: bool) -> None: ...


# Input that counts as "someone is here" besides key and mouse presses.
_ACTIVITY_EVENTS = (QEvent.Type.MouseMove, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TabletPress,
                    QEvent.Type.Wheel)
SIGNING_STEPS = (Step.PETITION, Step.FORM, Step.SIGNATURE, Step.REVIEW)
_PREVIOUS = {Step.PETITION: Step.WELCOME, Step.FORM: Step.PETITION, Step.SIGNATURE: Step.FORM,
             Step.REVIEW: Step.SIGNATURE}


def _is_lock_breaking_key(event: QKeyEvent) -> bool:
    """Esc, Alt+F4, Ctrl+Q/W, Ctrl+Alt+Backspace-style shortcuts, F11 (leave full screen)."""
    key = event.key()
    mods = event.modifiers()
    ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier) or bool(mods & Qt.KeyboardModifier.MetaModifier)
    alt = bool(mods & Qt.KeyboardModifier.AltModifier)
    if key in (Qt.Key.Key_Escape, Qt.Key.Key_F11, Qt.Key.Key_Close, Qt.Key.Key_Exit, Qt.Key.Key_Cancel):
        return True
    if alt and key in (Qt.Key.Key_F4, Qt.Key.Key_Tab, Qt.Key.Key_Space, Qt.Key.Key_Left, Qt.Key.Key_Right):
        return True
    return ctrl and key in (Qt.Key.Key_Q, Qt.Key.Key_W, Qt.Key.Key_F4, Qt.Key.Key_N, Qt.Key.Key_T,
                            Qt.Key.Key_P, Qt.Key.Key_O, Qt.Key.Key_S)


class KioskWindow(QWidget):
    """The signing flow behind a kiosk lock."""

    signature_saved = Signal(str)
    session_cleared = Signal()

    # The flow after the welcome screen, built by _build_flow once the welcome screen is up.
    petition: PetitionScreen
    form: FormScreen
    signature: SignatureScreen
    review: ReviewScreen
    thank_you: ThankYouScreen
    pin_pad: PinPad
    pin_change_pad: PinPad
    overlay: StillThereOverlay

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
        self.pin_guard = PinGuard(ctx)
        self._exit_allowed = False
        self._corner_taps: list[float] = []
        self._last_tap: tuple[int, int, int] = (-1, 0, 0)
        self._step_before_pin = Step.WELCOME
        self._larger_text = bool(ctx.settings["larger_text"])
        self._compact = False
        self._bar_labels: dict[str, tuple[str, str, str]] = {}  # button key -> (full, short, accessible)
        self._pending_pin = ""
        self.still_there_countdown_s = self._countdown_for(self._timeout_s())
        campaign = ctx.campaign
        default_language = ctx.settings["default_language"] or campaign.default_language
        self.default_language = default_language if default_language in campaign.languages else \
            campaign.default_language
        self.switcher = LanguageSwitcher(campaign.languages, self.default_language, self)
        self.setWindowTitle(campaign.text(self.default_language).title)
        # The style before any widget exists: each widget is then polished once, not twice.
        self._set_app_style()

        # -- layout ---------------------------------------------------------------------
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.top_bar = QWidget(self)
        self.top_bar.setObjectName("topBar")
        self.top_bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        bar = QHBoxLayout(self.top_bar)
        self._bar_layout = bar
        bar.setContentsMargins(12, 8, 12, 8)
        self.back_button = self._bar_button("backButton")
        self.back_button.clicked.connect(self._on_back_clicked)
        bar.addWidget(self.back_button)
        bar.addStretch(1)
        self.language_buttons: dict[str, FittingButton] = {}
        for code in campaign.languages:
            button = FittingButton(self.top_bar)
            button.setObjectName("language")
            button.setProperty("languageCode", code)
            button.setCheckable(True)
            button.setMinimumHeight(BAR_BUTTON_PX)
            # On a narrow screen the code ("ES") stands in for the name ("Español").
            button.set_labels((language_name(code), code.upper()), language_name(code))  # see _fit_top_bar
            button.clicked.connect(lambda _checked=False, c=code: self.set_language(c))
            bar.addWidget(button)
            self.language_buttons[code] = button
        self.larger_text_button = self._bar_button("largerTextButton")
        self.larger_text_button.setCheckable(True)
        self.larger_text_button.clicked.connect(self._on_larger_text_clicked)
        bar.addWidget(self.larger_text_button)
        bar.addStretch(1)
        self.start_over_button = self._bar_button("startOverButton")
        self.start_over_button.clicked.connect(self.start_over)
        bar.addWidget(self.start_over_button)
        outer.addWidget(self.top_bar)

        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)
        self.welcome = WelcomeScreen(campaign.languages, self)
        self.stack.addWidget(self.welcome)
        self._pages: dict[Step, QWidget] = {Step.WELCOME: self.welcome}
        self._flow_built = False  # the other screens: see _build_flow
        self.admin_panel: QWidget | None = None
        self.start_failure: StartFailureScreen | None = None
        # Explicit, so the layout of a wide screen never holds the window wider than a
        # rotated one: each screen re-arranges itself for the size it is given.
        self.setMinimumSize(MIN_WINDOW_PX, MIN_WINDOW_PX)
        self.welcome.start_requested.connect(self._on_welcome_start_requested)
        self.welcome.language_requested.connect(self.set_language)
        self.switcher.language_changed.connect(self._on_switcher_language_changed)

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self._on_idle_timer_timeout)

        self.sync_indicator = SyncIndicator(self.welcome)
        self.welcome.set_indicator(self.sync_indicator)

        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        if not defer_storage:
            self._build_flow()  # now, so the style and the texts below reach every screen at once
        self._apply_style()
        self.retranslate()
        self.go_to(Step.WELCOME)
        if not defer_storage:
            self.open_storage()

    # -- start-up -------------------------------------------------------------------------

    def _build_flow(self) -> None:
        """Every screen after the welcome screen, built once the welcome screen is up.

        Their modules are imported here for the same reason: none of it is on the first frame.
        """
        from ui.screens.form import FormScreen
        from ui.screens.petition import PetitionScreen
        from ui.screens.review import ReviewScreen
        from ui.screens.signature import SignatureScreen
        from ui.screens.thank_you import ThankYouScreen
        from ui.widgets.pin_pad import PinPad
        from ui.widgets.still_there import StillThereOverlay

        campaign = self.ctx.campaign
        self.petition = PetitionScreen(self)
        self.form = FormScreen(campaign, self)
        self.signature = SignatureScreen(campaign.signature_required, self)
        self.review = ReviewScreen(self)
        self.thank_you = ThankYouScreen(self)
        self.pin_pad = PinPad(self)
        self.pin_change_pad = PinPad(self)
        self.pin_change_pad.setObjectName("pinChangePad")
        pages: dict[Step, QWidget] = {
            Step.PETITION: self.petition, Step.FORM: self.form, Step.SIGNATURE: self.signature,
            Step.REVIEW: self.review, Step.THANK_YOU: self.thank_you, Step.PIN: self.pin_pad,
            Step.PIN_CHANGE: self.pin_change_pad,
        }
        for step, page in pages.items():
            self.stack.addWidget(page)
            self._pages[step] = page
        self.overlay = StillThereOverlay(self)
        self.petition.continue_requested.connect(self._on_petition_continue_requested)
        self.form.continue_requested.connect(self._on_form_continue_requested)
        self.signature.continue_requested.connect(self._on_signature_continue_requested)
        self.review.edit_requested.connect(self._on_review_edit_requested)
        self.review.submit_requested.connect(self.submit)
        self.thank_you.finished.connect(self._on_thank_you_finished)
        self.pin_pad.pin_entered.connect(self._on_pin_pad_pin_entered)
        self.pin_pad.cancelled.connect(self._on_pin_pad_cancelled)
        self.pin_change_pad.pin_entered.connect(self._on_pin_change_pad_pin_entered)
        self.pin_change_pad.cancelled.connect(self._on_pin_change_pad_cancelled)
        self.overlay.expired.connect(self._on_overlay_expired)
        self._flow_built = True

    def _screens(self) -> list[_Screen]:
        """The screens built so far (the welcome screen first; the flow once built)."""
        screens: list[_Screen] = [self.welcome]
        if self._flow_built:
            screens += [self.petition, self.form, self.signature, self.review, self.thank_you, self.pin_pad,
                        self.pin_change_pad]
        if self.start_failure is not None:
            screens.append(self.start_failure)
        return screens

    def open_storage(self) -> None:
        """Build the rest of the flow, open the store, check the data key, start the sync line.

        Raises :class:`~kiosk.errors.KioskError` (key store unavailable, key mismatch, storage
        error) and leaves the kiosk not ready: the caller shows :meth:`show_start_failure`.
        """
        if not self._flow_built:
            self._build_flow()
            self._apply_style()  # the new screens get the style and the texts already in force
            self.retranslate()
        self.ctx.store.ensure_key()
        if self.sync_bridge is None:
            from ui.sync_bridge import SyncBridge  # loads sync and requests: kept out of the first paint

            self.sync_bridge = SyncBridge(self.ctx, self)
        self.sync_bridge.attach(self.sync_indicator)
        self._storage_ready = True
        if self.current_step() is Step.WELCOME:
            self.refresh_counts()

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
        self.idle_timer.stop()
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

    # -- helpers --------------------------------------------------------------------------

    def _bar_buttons(self) -> dict[str, list[FittingButton]]:
        return {"back": [self.back_button], "start_over": [self.start_over_button],
                "larger_text": [self.larger_text_button], "languages": list(self.language_buttons.values())}

    def _fit_top_bar(self) -> None:
        """Full labels where the bar has room; short ones, least needed first, where it has not."""
        if not self._bar_labels:
            return
        labels = dict(self._bar_labels)
        for code in self.language_buttons:
            labels[f"language_{code}"] = (language_name(code), code.upper(), language_name(code))
        groups = {key: [(button, labels[key] if key != "languages" else
                         labels[f"language_{button.property('languageCode')}"]) for button in buttons]
                  for key, buttons in self._bar_buttons().items()}
        bar = self._bar_layout
        margins = bar.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        shortened: set[str] = set()
        for step in (None, *BAR_SHORTENING_ORDER):
            if step is not None:
                shortened.add(step)
            shown = [(button, texts[1] if key in shortened else texts[0])
                     for key, members in groups.items() for button, texts in members if not button.isHidden()]
            needed = sum(button.size_for(text).width() for button, text in shown) \
                + bar.spacing() * (len(shown) + 1)  # the two stretches may count as items too
            if needed <= room:
                break
        for key, members in groups.items():
            for button, (full, short, accessible) in members:
                # The short label stays second: the button still falls back to it on its own.
                button.set_labels((short,) if key in shortened else (full, short), accessible)

    def _bar_button(self, name: str) -> FittingButton:
        button = FittingButton(self.top_bar)
        button.setObjectName("barButton")
        button.setProperty("role", name)
        button.setMinimumHeight(BAR_BUTTON_PX)
        return button

    def _timeout_s(self) -> int:
        return max(int(self.ctx.settings["inactivity_timeout_s"]), 1)

    @staticmethod
    def _countdown_for(timeout_s: int) -> int:
        return max(STILL_THERE_MIN_S, min(STILL_THERE_MAX_S, timeout_s // 3))

    def _set_app_style(self) -> None:
        app = QApplication.instance()
        sheet = stylesheet(self._larger_text, self._compact)
        if isinstance(app, QApplication) and app.styleSheet() != sheet:  # a new sheet re-polishes every widget
            app.setStyleSheet(sheet)

    def _apply_style(self) -> None:
        self._set_app_style()
        self.larger_text_button.setChecked(self._larger_text)
        bar_px = touch_target_px(self._larger_text, self._compact) if self._compact else BAR_BUTTON_PX
        for button in (self.back_button, self.larger_text_button, self.start_over_button,
                       *self.language_buttons.values()):
            button.setMinimumHeight(bar_px)
        for screen in self._screens():
            screen.set_compact(self._compact)
        self._fit_top_bar()

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

    def current_step(self) -> Step:
        """Which page is showing."""
        current = self.stack.currentWidget()
        return next(step for step, page in self._pages.items() if page is current) \
            if current is not self.admin_panel else Step.ADMIN

    def show_kiosk(self) -> None:
        """Full screen and frameless, or a normal window with ``--windowed``."""
        if self.windowed:
            self.resize(1280, 800)
            self.show()
        else:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
            self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
            self.showFullScreen()
        # Take keyboard focus at once: the first tap must land in a field, not wake the window.
        self.raise_()
        self.activateWindow()
        self.idle_timer.start(self._timeout_s() * 1000)
        # Load the validators once the welcome screen is up, so the first submit is not slower.
        QTimer.singleShot(VALIDATOR_WARM_UP_DELAY_MS, warm_up)

    # -- navigation -----------------------------------------------------------------------

    def go_to(self, step: Step) -> None:
        """Show ``step`` and set up the top bar for it."""
        if step is Step.ADMIN and self.admin_panel is not None:
            self.stack.setCurrentWidget(self.admin_panel)
        else:
            self.stack.setCurrentWidget(self._pages[step])
        in_flow = step in SIGNING_STEPS
        self.back_button.setVisible(in_flow)
        self.start_over_button.setVisible(in_flow)
        self.top_bar.setVisible(step not in (Step.PIN, Step.PIN_CHANGE, Step.ADMIN))
        for button in self.language_buttons.values():
            button.setVisible(step is not Step.WELCOME)  # the welcome screen has its own, bigger ones
        self._fit_top_bar()
        if step is Step.WELCOME:
            self.refresh_counts()
        elif step is Step.FORM and not any(self.form.values().values()):
            self.form.focus_first()
        elif step is Step.PETITION:
            self.petition.continue_button.setFocus()

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

    def _on_back_clicked(self) -> None:
        step = self.current_step()
        self.go_to(_PREVIOUS.get(step, Step.WELCOME))

    def _on_welcome_start_requested(self) -> None:
        if not self._storage_ready:
            return  # a kiosk that cannot save (yet) starts no signing
        self.petition.scroll_to_top()
        self.go_to(Step.PETITION)

    def _on_petition_continue_requested(self) -> None:
        self.go_to(Step.FORM)

    def _raw_input(self, signature: Signature | None) -> SignerInput:
        values = self.form.values()
        return SignerInput(
            given_name=values.get("given_name", ""), family_name=values.get("family_name", ""),
            email=values.get("email", ""), phone=values.get("phone", ""),
            postal_code=values.get("postal_code", ""), address=values.get("address", ""),
            signature=signature)

    def _on_form_continue_requested(self) -> None:
        errors = validate_form_fields(self._raw_input(None), self.ctx.campaign)
        self.form.show_errors(errors)
        if errors:
            return
        clean, _ = validate_signer(self._raw_input(_CONTACT_CHECK_SIGNATURE), self.ctx.campaign)
        try:
            repeat = clean is not None and self.ctx.store.is_repeat_signer(clean, self.ctx.campaign.id)
        except Exception as exc:  # a courtesy check only: record() checks again and reports
            log.warning("repeat-signer check failed: %s", type(exc).__name__)
            repeat = False
        if repeat:
            self._finish_session(first_name="", already_signed=True)
            return
        self.go_to(Step.SIGNATURE)

    def _on_signature_continue_requested(self) -> None:
        drawn = self.signature.pad.signature()
        if self.ctx.campaign.signature_required and drawn is None:
            self.signature.show_error(FieldError.SIGNATURE_REQUIRED)
            return
        self.review.show_signer(self.form.values(), self.form.consent_given(), drawn)
        self.go_to(Step.REVIEW)

    def _on_review_edit_requested(self) -> None:
        self.go_to(Step.FORM)

    def submit(self) -> None:
        """Record the signature; "thank you" only once it is durably stored."""
        clean, errors = validate_signer(self._raw_input(self.signature.pad.signature()), self.ctx.campaign)
        if clean is None:
            if set(errors) == {"signature"}:
                self.signature.show_error(FieldError.SIGNATURE_REQUIRED)
                self.go_to(Step.SIGNATURE)
            else:
                errors.pop("signature", None)
                self.form.show_errors(errors)
                self.go_to(Step.FORM)
            return
        try:
            record_id = self.ctx.store.record(
                clean, self.ctx.campaign, self.language, self.form.consent_given(),
                event_id=self.ctx.current_event_id(), kiosk_label=self.ctx.settings["kiosk_label"])
        except AlreadySigned:
            self._finish_session(first_name="", already_signed=True)
            return
        except KioskError as exc:  # StorageError (full disk), KeyMismatch …: keep everything, allow retry
            log.error("signature not saved: %s", exc.code)  # the code only: no signer data
            self.review.show_error(storage_error_text())
            return
        self.signature_saved.emit(record_id)
        self._finish_session(first_name=clean.given_name, already_signed=False)

    def _finish_session(self, first_name: str, already_signed: bool) -> None:
        self.clear_session(keep_language=True)
        self.thank_you.start(first_name, already_signed, self.signed_count())
        self.go_to(Step.THANK_YOU)

    def _on_thank_you_finished(self) -> None:
        self.start_over()

    # -- privacy ----------------------------------------------------------------------------

    def clear_session(self, keep_language: bool = False) -> None:
        """Forget the signer: every field, the pad, the review, messages and the clipboard."""
        if self._flow_built:
            self.form.clear()
            self.signature.clear()
            self.review.clear()
            self.overlay.stop()
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()
        if not keep_language:
            self.set_language(self.default_language)
            if self._larger_text != bool(self.ctx.settings["larger_text"]):
                self._larger_text = bool(self.ctx.settings["larger_text"])
                self._apply_style()
        self.session_cleared.emit()

    def start_over(self) -> None:
        """Back to the welcome screen with nothing of the last signer left."""
        if self._flow_built:
            self.thank_you.stop()
        self.clear_session()
        self.go_to(Step.WELCOME)

    # -- language and text size ---------------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Switch the whole UI now, keeping what was typed."""
        self.switcher.set_language(language)
        self._sync_language_buttons()  # a tap on the current language must not un-highlight it

    def _sync_language_buttons(self) -> None:
        for code, button in self.language_buttons.items():
            button.setChecked(code == self.language)
        self.welcome.set_current_language(self.language)

    def _on_switcher_language_changed(self, _language: str) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        """Every screen in the current language."""
        text = self.campaign_text()
        self.welcome.retranslate(text)
        if self._flow_built:
            for screen in (self.petition, self.form, self.signature, self.review, self.thank_you):
                screen.retranslate(text)
            self.pin_pad.retranslate()
            self.pin_change_pad.retranslate()
            self.overlay.retranslate()
        if self.start_failure is not None:
            self.start_failure.retranslate()
        # The short labels are for narrow screens (a tablet held upright, larger text).
        self._bar_labels = {
            "back": (self.tr("← Back"), "←", self.tr("Back")),
            "start_over": (self.tr("Start over"), "↺", self.tr("Start over")),
            "larger_text": (self.tr("A+ Larger text"), "A+", self.tr("Larger text")),
        }
        self._fit_top_bar()
        self._sync_language_buttons()
        self.setWindowTitle(text.title)

    def _on_larger_text_clicked(self) -> None:
        self._larger_text = not self._larger_text
        self._apply_style()

    # -- inactivity -------------------------------------------------------------------------

    def _on_idle_timer_timeout(self) -> None:
        step = self.current_step()
        if step is Step.START_FAILURE:
            return
        if step in (Step.WELCOME, Step.THANK_YOU):
            if step is Step.WELCOME and self.language != self.default_language:
                self.start_over()
            return
        self.overlay.start(self.still_there_countdown_s)

    def _on_overlay_expired(self) -> None:
        self.start_over()

    def note_activity(self) -> None:
        """Someone touched the kiosk: restart the inactivity clock."""
        self.idle_timer.start(self._timeout_s() * 1000)

    # -- admin ------------------------------------------------------------------------------

    def _register_corner_tap(self, event: QMouseEvent) -> None:
        global_pos = event.globalPosition().toPoint()
        identity = (event.timestamp(), global_pos.x(), global_pos.y())
        if identity == self._last_tap:
            return  # the same tap, propagated to a parent widget
        self._last_tap = identity
        local = self.mapFromGlobal(global_pos)
        under = QApplication.widgetAt(global_pos)
        if not (0 <= local.x() < CORNER_PX and 0 <= local.y() < CORNER_PX) or isinstance(under, QAbstractButton):
            # Taps on a real button (Back sits near the corner) are never part of the gesture.
            self._corner_taps.clear()
            return
        now = time.monotonic()
        self._corner_taps = [t for t in self._corner_taps if now - t <= CORNER_WINDOW_S] + [now]
        if len(self._corner_taps) >= CORNER_TAPS:
            self._corner_taps.clear()
            self.open_pin_pad()

    def open_pin_pad(self) -> None:
        """The hidden gesture was made: ask for the coordinator PIN."""
        if not self._storage_ready:
            return  # the PIN's lockout and the admin area live in the store
        self.overlay.stop()
        step = self.current_step()
        if step is Step.THANK_YOU:
            self.thank_you.stop()  # its countdown must not pull the coordinator away
        self._step_before_pin = step if step not in (Step.PIN, Step.THANK_YOU) else Step.WELCOME
        self.pin_pad.reset()
        self.pin_pad.set_prompt(self.tr("Coordinator PIN"))
        self.pin_pad.lock_for(self.pin_guard.seconds_locked())
        self.go_to(Step.PIN)

    def _on_pin_pad_pin_entered(self, pin: str) -> None:
        if self.pin_guard.try_pin(pin):
            self.pin_pad.reset()
            self.clear_session()
            self.open_admin()
            return
        self.pin_pad.show_error(self.tr("That PIN is not right."))
        self.pin_pad.lock_for(self.pin_guard.seconds_locked())

    def _on_pin_pad_cancelled(self) -> None:
        # Back to where the gesture was made: a signer who hit the corner by chance keeps their form.
        self.go_to(self._step_before_pin)

    def open_admin(self) -> None:
        """Show the admin area (created once, on first use)."""
        if self.admin_panel is None:
            from ui.admin.panel import AdminPanel

            panel = AdminPanel(self.ctx, self.sync_bridge, self)
            panel.exit_requested.connect(self._on_admin_exit_requested)
            panel.closed.connect(self._on_admin_closed)
            panel.pin_change_requested.connect(self._on_admin_pin_change_requested)
            self.stack.addWidget(panel)
            self.admin_panel = panel
        self.go_to(Step.ADMIN)

    def _on_admin_closed(self) -> None:
        self.start_over()

    def _on_admin_exit_requested(self) -> None:
        self.exit_kiosk()

    def _on_admin_pin_change_requested(self) -> None:
        self._pending_pin = ""
        self.pin_change_pad.reset()
        self.pin_change_pad.set_prompt(self.tr("Enter the new PIN (4 to 12 digits)"))
        self.go_to(Step.PIN_CHANGE)

    def _on_pin_change_pad_pin_entered(self, pin: str) -> None:
        if not self._pending_pin:
            if not valid_new_pin(pin):
                self.pin_change_pad.show_error(self.tr("A PIN has 4 to 12 digits."))
                return
            self._pending_pin = pin
            self.pin_change_pad.reset()
            self.pin_change_pad.set_prompt(self.tr("Enter the new PIN again"))
            return
        if pin != self._pending_pin:
            self._pending_pin = ""
            self.pin_change_pad.reset()
            self.pin_change_pad.set_prompt(self.tr("Enter the new PIN (4 to 12 digits)"))
            self.pin_change_pad.show_error(self.tr("The two PINs were different. Please start again."))
            return
        self.pin_guard.change_pin(pin)
        self._pending_pin = ""
        self.go_to(Step.ADMIN)

    def _on_pin_change_pad_cancelled(self) -> None:
        self._pending_pin = ""
        self.go_to(Step.ADMIN)

    def release(self) -> None:
        """Lift the lock and close the window (forgetting the signer), without quitting Qt."""
        self._exit_allowed = True
        self.idle_timer.stop()
        if self._flow_built:
            self.thank_you.stop()
        self.clear_session()
        shutdown = getattr(self.admin_panel, "shutdown", None)
        if callable(shutdown):
            shutdown()  # the admin area's export thread must end before the window goes
        if self.sync_bridge is not None:
            self.sync_bridge.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.close()

    def exit_kiosk(self) -> None:
        """The coordinator chose to exit: really close and end the application."""
        self.release()
        app = QApplication.instance()
        if app is not None:
            app.quit()

    # -- the lock ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._exit_allowed:
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
        if self._flow_built and self.overlay.isVisible():
            self.overlay.setGeometry(self.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(event, QKeyEvent):
            self.note_activity()
            if not self._exit_allowed and _is_lock_breaking_key(event):
                event.accept()
                return True
        elif kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            if isinstance(watched, QWidget) and watched.window() is self:
                self.note_activity()
                self._register_corner_tap(event)
        elif kind in _ACTIVITY_EVENTS:
            self.note_activity()
        return super().eventFilter(watched, event)
