"""``petition-kiosk self-test``: an offscreen end-to-end smoke test of the real kiosk.

In a fresh temporary data dir (with the file key store in a temporary place, so the
machine's keyring and data are never touched) it opens the real kiosk window, signs once
through the real screens — taps on the on-screen keys and a stroke on the pad — checks
that the signature is in the database and opens back up, and exports a PDF tally when
the reports module is present. Exit 0 on success, 1 with one clear line otherwise.
The packaging work runs it from the frozen app.

The driving helpers (:func:`tap`, :func:`type_text`, :func:`draw_on_pad`,
:func:`sign_through_screens`) are shared with the UI tests, so the self-test and the
tests exercise the same path a finger takes.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from kiosk.runtime import KioskContext
    from ui.kiosk_window import KioskWindow, Step
    from ui.widgets.keyboard import OnScreenKeyboard
    from ui.widgets.signature_pad import SignaturePad

# A loop with a curl, then an underline: enough points to look like a signature.
DEMO_STROKES: tuple[tuple[tuple[float, float], ...], ...] = (
    ((0.08, 0.6), (0.12, 0.3), (0.18, 0.25), (0.22, 0.5), (0.26, 0.7), (0.32, 0.4), (0.38, 0.3), (0.44, 0.55),
     (0.5, 0.65), (0.56, 0.35), (0.62, 0.45), (0.7, 0.6)),
    ((0.1, 0.82), (0.4, 0.8), (0.7, 0.83), (0.9, 0.8)),
)
SELF_TEST_PIN = "480913"  # chosen in the self-test's throwaway kiosk only
SELF_TEST_SIGNER = {"given_name": "Ñusta", "family_name": "Núñez", "email": "self-test@example.org",
                    "postal_code": "90011"}


@contextmanager
def isolated_kiosk_environment(prefix: str) -> Iterator[Path]:
    """A temp dir with its own data dir, config dir, cache and file key store.

    The variables are restored afterwards, so a test or a frozen app that calls this
    leaves the process as it found it.
    """
    names = ("PETITION_KIOSK_KEY_STORE", "PETITION_KIOSK_KEY_FILE", "PETITION_KIOSK_DATA_DIR",
             "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "QT_QPA_PLATFORM")
    saved = {name: os.environ.get(name) for name in names}
    with tempfile.TemporaryDirectory(prefix=prefix) as temp:
        root = Path(temp)
        os.environ.update({
            "PETITION_KIOSK_KEY_STORE": "file",
            "PETITION_KIOSK_KEY_FILE": str(root / "key" / "data.key"),
            "PETITION_KIOSK_DATA_DIR": str(root / "data"),
            "XDG_CONFIG_HOME": str(root / "config"),
            "XDG_CACHE_HOME": saved["XDG_CACHE_HOME"] or str(root / "cache"),
            "QT_QPA_PLATFORM": saved["QT_QPA_PLATFORM"] or "offscreen",
        })
        (root / "key").mkdir(mode=0o700)
        try:
            yield root
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


# -- driving the real widgets ----------------------------------------------------------------

def tap(widget: QWidget) -> None:
    """A finger tap (press and release at the centre)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, widget.rect().center())


def type_text(keyboard: OnScreenKeyboard, text: str) -> None:
    """Type ``text`` with taps on the on-screen keys only (shift for capitals, "ABC" for Latin
    letters where the layout is of another script or letters would be pinyin)."""
    for char in text:
        if char == " ":
            tap(keyboard.key_button("space"))
            continue
        key = char.lower()
        try:
            keyboard.key_button(key)
        except KeyError:  # a Latin name on a layout of another script: the signer taps "ABC" first
            tap(keyboard.key_button("switch"))
        if keyboard.writes_pinyin:  # so too where letters would be pinyin for Chinese characters
            tap(keyboard.key_button("switch"))
        if char.isalpha() and char.isupper() != keyboard.shifted:
            tap(keyboard.key_button("shift"))
        tap(keyboard.key_button(key))


def draw_on_pad(pad: SignaturePad, strokes: Sequence[Sequence[tuple[float, float]]] = DEMO_STROKES) -> None:
    """Draw ``strokes`` (0..1 of the drawing area) with mouse drags, as a finger would."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    area = pad.drawing_area()

    def at(x: float, y: float) -> QPoint:
        return QPoint(round(area.left() + x * area.width()), round(area.top() + y * area.height()))

    for stroke in strokes:
        first, *rest = stroke
        QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(*first))
        for point in rest:
            QTest.mouseMove(pad, at(*point), 5)
        QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(*rest[-1]), 5)


def fill_form(window: KioskWindow, values: dict[str, str]) -> None:
    """Tap each field and type its value on the on-screen keyboard."""
    form = window.screens.form
    for name, value in values.items():
        field = form.fields[name]
        form.scroll_area.ensureWidgetVisible(field)  # a finger would scroll to it first
        tap(field)
        type_text(form.keyboard, value)


def sign_through_screens(window: KioskWindow, values: dict[str, str], consent: bool = True,
                         language: str | None = None, draw: bool = True, sms_consent: bool = False) -> None:
    """Welcome → petition → form → signature → review → "Sign the petition", by taps only.

    ``consent`` taps the email-updates box, ``sms_consent`` the text-message box (which the
    form shows only once a phone number was typed); a box the campaign does not show is skipped.
    """
    if language is not None:
        tap(window.welcome.language_buttons[language])
    tap(window.welcome.start_button)
    screens = window.screens
    tap(screens.petition.continue_button)
    fill_form(window, values)
    form = screens.form
    for wanted, box in ((consent, form.consent), (sms_consent, form.sms_consent)):
        if wanted and box.isVisibleTo(form):
            form.scroll_area.ensureWidgetVisible(box)  # a finger would scroll to it first
            tap(box)
    tap(form.continue_button)
    if draw:
        draw_on_pad(screens.signature.pad)
    tap(screens.signature.continue_button)
    tap(screens.review.submit_button)


class KioskDriver:
    """Drives the real kiosk window as a person does (taps, the keyboard, the pad) and reads
    what the screen shows, so tests need not reach into the window's internals."""

    def __init__(self, window: KioskWindow) -> None:
        self.window = window

    @property
    def step(self) -> Step:
        """The page on screen."""
        return self.window.current_step()

    def corner_taps(self, count: int | None = None) -> None:
        """Taps in the hidden top-left corner (five open the PIN pad)."""
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtTest import QTest

        from ui.window.kiosk_lock import CORNER_TAPS

        for _ in range(CORNER_TAPS if count is None else count):
            QTest.mouseClick(self.window.top_bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                             QPoint(5, 5))

    def enter_pin(self, pin: str, new: bool = False) -> None:
        """Tap the digits and OK on the PIN pad (``new``: the pad for a new PIN)."""
        screens = self.window.screens
        pad = screens.pin_change_pad if new else screens.pin_pad
        for digit in pin:
            tap(pad.key_button(digit))
        tap(pad.ok_button)

    def open_admin(self, pin: str) -> None:
        """The corner gesture, then the PIN."""
        self.corner_taps()
        self.enter_pin(pin)

    def tap_admin(self, button: str) -> None:
        """Tap one of the admin area's bar buttons: ``back`` (to signing), ``change_pin`` or ``exit``."""
        panel = self.window.admin_panel
        if panel is None:
            raise SelfTestFailed("the admin area is not open")
        buttons = {"back": "back_button", "change_pin": "pin_button", "exit": "exit_button"}
        tap(getattr(panel, buttons[button]))

    def start(self, language: str | None = None) -> None:
        """From the welcome screen to the form (in ``language`` if given)."""
        if language is not None:
            tap(self.window.welcome.language_buttons[language])
        tap(self.window.welcome.start_button)
        tap(self.window.screens.petition.continue_button)

    def fill_form(self, values: dict[str, str]) -> None:
        """Tap each field and type its value on the on-screen keyboard."""
        fill_form(self.window, values)

    def continue_from_form(self) -> None:
        """Tap "Next: sign"."""
        tap(self.window.screens.form.continue_button)

    def draw(self) -> None:
        """Sign on the pad with a finger."""
        draw_on_pad(self.window.screens.signature.pad)

    def continue_from_signature(self) -> None:
        """Tap the signature screen's Continue."""
        tap(self.window.screens.signature.continue_button)

    def back(self) -> None:
        """Tap Back in the top bar."""
        tap(self.window.top_bar.back_button)

    def start_over(self) -> None:
        """Tap Start over in the top bar (back to the welcome screen, the last signer forgotten)."""
        tap(self.window.top_bar.start_over_button)

    def to_signature(self, values: dict[str, str], language: str | None = None) -> None:
        """From the welcome screen through a filled form (``values``) to the signature pad."""
        self.start(language)
        self.fill_form(values)
        self.continue_from_form()

    def to_review(self, values: dict[str, str], language: str | None = None) -> None:
        """From the welcome screen to the review, with ``values`` typed and a signature drawn."""
        self.to_signature(values, language)
        self.draw()
        self.continue_from_signature()

    def submit(self) -> None:
        """Tap "Sign the petition" on the review screen."""
        tap(self.window.screens.review.submit_button)

    def walk_every_step(self, values: dict[str, str]) -> Iterator[Step]:
        """From the welcome screen, by taps, through every step a signer meets and on to the PIN
        pad; yields each step once it is on screen (``values``: what the signer types)."""
        from ui.window.steps import Step

        yield self.step  # the welcome screen
        tap(self.window.welcome.start_button)
        yield self.step
        tap(self.window.screens.petition.continue_button)
        yield self.step
        self.fill_form(values)
        self.continue_from_form()
        yield self.step
        self.draw()
        self.continue_from_signature()
        yield self.step
        self.submit()
        yield self.step
        self.corner_taps()
        if self.step is not Step.PIN:
            raise SelfTestFailed("the corner gesture did not open the PIN pad")
        yield self.step

    def screen_texts(self) -> list[str]:
        """Every text a person can read on screen now: the top bar, then the page, in widget order.

        Labels, buttons and check boxes that are visible; what the signer typed in a field is
        not a label and is not included (the review repeats it as labels, and is).
        """
        from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

        texts: list[str] = []
        for area in (self.window.top_bar, self.window.stack.currentWidget()):
            for widget in area.findChildren(QWidget) if area is not None else ():
                if isinstance(widget, QLabel | QAbstractButton) and widget.isVisible() and widget.text():
                    texts.append(widget.text())
        return texts

    def top_bar_offers_back_and_start_over(self) -> bool:
        """Whether Back and Start over are on screen."""
        return self.window.top_bar.back_button.isVisible() and self.window.top_bar.start_over_button.isVisible()


# -- the run (the command is ui/cli/screens.py) ----------------------------------------------

class SelfTestFailed(Exception):
    """One step of the self-test did not do what it should (message is for a person)."""


def run_self_test(root: Path) -> str:
    """Sign once through the real screens in ``root``, read it back, export a tally; what was done.

    Raises :class:`SelfTestFailed` (or a :class:`~kiosk.errors.KioskError`) at the first step that fails.
    """
    from PySide6.QtWidgets import QApplication

    from kiosk.runtime import open_kiosk
    from ui.kiosk_window import KioskWindow, Step

    ctx = open_kiosk(root / "data")
    try:
        ctx.store.ensure_key()
        app = QApplication.instance() or QApplication(sys.argv[:1])
        window = KioskWindow(ctx, windowed=True)
        window.show_kiosk()
        app.processEvents()
        try:
            # A new kiosk first asks for its coordinator PIN: chosen on the pad, as a person would.
            if window.current_step() is not Step.PIN_CHANGE:
                raise SelfTestFailed("a new kiosk did not ask for a coordinator PIN first")
            driver = KioskDriver(window)
            for _ in range(2):
                driver.enter_pin(SELF_TEST_PIN, new=True)
            if window.current_step() is not Step.WELCOME:
                raise SelfTestFailed("the chosen coordinator PIN was not taken")
            language = "es" if "es" in ctx.campaign.languages else ctx.campaign.default_language
            sign_through_screens(window, SELF_TEST_SIGNER, consent=True, language=language)
            app.processEvents()
            if window.current_step() is not Step.THANK_YOU:
                raise SelfTestFailed(f"the signing flow stopped at the '{window.current_step().value}' screen")
            if window.screens.form.values()["given_name"] or not window.screens.signature.pad.is_empty():
                raise SelfTestFailed("the form was not cleared after thank-you")
            uuids = list(ctx.store.all_uuids())
            if len(uuids) != 1:
                raise SelfTestFailed(f"expected 1 stored signature, found {len(uuids)}")
            personal = ctx.store.personal(uuids[0])
            if personal is None or personal.given_name != SELF_TEST_SIGNER["given_name"] or personal.signature is None:
                raise SelfTestFailed("the stored signature could not be read back as entered")
        finally:
            window.release()
            window.deleteLater()
            app.processEvents()
        return _export_tally(ctx, root)
    finally:
        ctx.close()


def _export_tally(ctx: KioskContext, root: Path) -> str:
    try:
        from kiosk.reports import EXPORTS, ReportFilters
        from kiosk.settings import ExportKind
    except ImportError:
        return "PDF tally skipped (reports not installed)"
    out = root / "tally.pdf"
    EXPORTS[ExportKind.TALLY](ctx.store, ctx.campaign, out, ReportFilters.parse(None, None, None), "en")
    if not out.is_file() or not out.read_bytes().startswith(b"%PDF"):
        raise SelfTestFailed("the PDF tally was not written")
    return "PDF tally written"
