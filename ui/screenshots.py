"""``petition-kiosk screenshots --out DIR``: every screen in every language, as PNG.

Rendered offscreen at a typical kiosk tablet size in a throwaway data dir (file key store
in a temp location), with a made-up signer, so translators and reviewers can see each
screen without a tablet. Files are named ``<screen>_<language>.png``; with several
``--size`` values each size gets its own ``WxH`` folder.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ui.selftest import draw_on_pad, isolated_kiosk_environment

if TYPE_CHECKING:
    from ui.kiosk_window import KioskWindow

SCREEN_SIZE = (1280, 800)
EXAMPLE_SIGNER = {"given_name": "Ana María", "family_name": "Muñoz", "email": "ana.munoz@example.org",
                  "phone": "(213) 555-0147", "postal_code": "90011"}
BAD_SIGNER = {"given_name": "", "family_name": "Muñoz", "email": "ana.munoz@example", "phone": "",
              "postal_code": "9001"}


def parse_sizes(values: list[str] | None) -> list[tuple[int, int]]:
    """``["1024x600", "800x1280,600x1024"]`` -> sizes; ValueError names a bad one."""
    sizes = []
    for value in (part.strip() for item in values or () for part in item.split(",")):
        width, _, height = value.lower().partition("x")
        if not (width.isdigit() and height.isdigit() and int(width) > 0 and int(height) > 0):
            raise ValueError(value)
        sizes.append((int(width), int(height)))
    return sizes or [SCREEN_SIZE]


def settle() -> None:
    """Let every pending layout run: a size or screen change can switch layouts (columns,
    keyboard rows, short labels), which posts more layout requests."""
    from PySide6.QtWidgets import QApplication

    for _ in range(4):
        QApplication.processEvents()


def fill_fields(window: KioskWindow, values: dict[str, str]) -> None:
    """Put ``values`` in the form's fields (every other field empty)."""
    for name, edit in window.screens.form.fields.items():
        edit.setText(values.get(name, ""))


def screen_poses(window: KioskWindow, signed: int | None = None,
                 countdown_s: int | None = None) -> dict[str, Callable[[], None]]:
    """Every screen a signer can meet, each as a function that puts ``window`` there.

    Shared by the screenshots and the layout test, so both look at the same screens.
    ``signed`` is the count the thank-you screens show (default: the real count, plus this
    signer); ``countdown_s`` the "still there?" countdown (default: the window's own).
    """
    from ui.kiosk_window import Step

    def petition() -> None:
        window.screens.petition.scroll_to_top()
        window.go_to(Step.PETITION)

    def form() -> None:
        window.screens.form.clear()
        window.go_to(Step.FORM)
        fill_fields(window, EXAMPLE_SIGNER)
        window.screens.form.focus_field("postal_code")

    def form_errors() -> None:
        window.screens.form.clear()
        window.go_to(Step.FORM)
        fill_fields(window, BAD_SIGNER)
        window.screens.form.continue_button.click()

    def signature() -> None:
        form()
        window.go_to(Step.SIGNATURE)
        settle()  # the pad has its final size before it is drawn on
        window.screens.signature.pad.clear()
        draw_on_pad(window.screens.signature.pad)

    def review() -> None:
        signature()
        window.screens.form.consent.setChecked(True)
        window.screens.signature.continue_button.click()

    def thank_you() -> None:
        shown = signed if signed is not None else window.signed_count() + 1
        window.screens.thank_you.start(EXAMPLE_SIGNER["given_name"], shown)
        window.go_to(Step.THANK_YOU)
        window.screens.thank_you.stop_countdown()

    def still_there() -> None:
        form()
        window.screens.overlay.start(countdown_s if countdown_s is not None else window.clock.countdown_s)
        window.screens.overlay.pause()

    return {
        "welcome": window.start_over, "petition": petition, "form": form, "form-errors": form_errors,
        "signature": signature, "review": review, "thankyou": thank_you,
        "still-there": still_there, "pin": window.open_pin_pad,
    }


def discard_window(window: KioskWindow) -> None:
    """Release ``window`` and delete it now (processEvents alone leaves a deferred delete
    pending): its language translators go with it, so the next window starts in English, not
    in the last language this one showed."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.release()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def render_all(out_dir: Path, size: tuple[int, int] = SCREEN_SIZE) -> list[Path]:
    """Render every screen in every language into ``out_dir``; return the files written."""
    from PySide6.QtWidgets import QApplication

    from kiosk.errors import KeyStoreUnavailable
    from kiosk.runtime import open_kiosk
    from ui.kiosk_window import KioskWindow

    out_dir.mkdir(parents=True, exist_ok=True)
    with isolated_kiosk_environment("petition-kiosk-shots-") as root:
        app = QApplication.instance() or QApplication(sys.argv[:1])  # offscreen: set by the environment
        ctx = open_kiosk(root / "data")
        written: list[Path] = []
        try:
            ctx.store.ensure_key()
            from kiosk.pin import PinGuard

            PinGuard(ctx).change_pin("480913")  # a throwaway kiosk: its first-PIN screen is passed
            window = KioskWindow(ctx, windowed=True)
            window.resize(*size)
            window.show()
            window.clock.stop()  # nothing may time out while we pose the screens

            screens = screen_poses(window)

            def save(name: str, language: str) -> None:
                app.processEvents()
                target = out_dir / f"{name}_{language}.png"
                if not window.grab().save(str(target)):
                    raise OSError(f"could not write {target.name}")
                written.append(target)

            for language in ctx.campaign.languages:
                window.default_language = language  # start_over() returns to it between poses
                window.start_over()
                for name, pose in screens.items():
                    pose()
                    save(name, language)
                    window.screens.overlay.stop()
            # Last, because a kiosk that failed to start takes no more signatures.
            failure = KeyStoreUnavailable("")
            window.start_up.show_start_failure(failure)
            for language in ctx.campaign.languages:
                window.set_language(language)
                save("start-failure", language)
            # The first-start screen of a machine with no keyring (where the key lives).
            window.start_up.show_key_store_setup()
            for language in ctx.campaign.languages:
                window.set_language(language)
                settle()  # the cards grow for longer words in a second layout pass
                save("key-store-setup", language)
            discard_window(window)
        finally:
            ctx.close()
    return written
