"""Each Arabic signer screen is the English one in a mirror, widget by widget.

Both languages are posed on the same window at 1280x800 (the screenshots' poses), and the
main widgets' rectangles are compared: an Arabic widget sits where the English one's mirror
image sits (x -> width - x - w), within a tolerance for words of other lengths. The number
pads (the form's and the PIN pad) and the drawing pad are the exception a signer relies on:
they keep their English places, 1 2 3 from left to right and a stroke where it was drawn.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QWidget,
)

from kiosk.runtime import KioskContext
from ui.kiosk_window import KioskWindow
from ui.screenshots import screen_poses, settle
from ui.widgets.signature_pad import SignaturePad

SIZE = (1280, 800)
TOLERANCE_PX = 12  # rounding, and a scrollbar's few pixels of frame
SCREENS = ("welcome", "petition", "form", "form-errors", "signature", "review", "thankyou", "still-there", "pin")
# Labels are left out: their places follow the lengths of the words around them (a wider
# column of Arabic titles moves the values), which is translation, not mirroring.
MAIN_KINDS = (QLineEdit, QAbstractScrollArea, QAbstractButton, SignaturePad)
# A widget set inside a label or a button (a speaker at the end of a field's title, or inside
# "Done") moves with its host's words: it is compared within its host, at the mirrored end.
TEXT_HOSTS = (QLabel, QAbstractButton)
Geometry = dict[str, QRect]
Hosts = dict[str, QRect]


def _is_pad_key(widget: QWidget) -> bool:
    """A key of the form's keyboard or of the coordinator's PIN pad."""
    parent = widget.parentWidget()
    return widget.property("class") == "key" or (parent is not None and parent.objectName() == "pinKeys")


def _main_widgets(window: KioskWindow) -> tuple[Geometry, Hosts]:
    """Every visible field, scroll area, button and pad by a name that is the same in every
    language (object names, numbered where one repeats), and the host rectangle of those set
    inside a label or a button."""
    found: Geometry = {}
    hosts: Hosts = {}
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, MAIN_KINDS) or _is_pad_key(widget):
            continue
        if not (widget.isVisible() and widget.isVisibleTo(window)) or widget.width() == 0:
            continue
        name = widget.objectName() or type(widget).__name__
        parent = widget.parentWidget()
        while parent is not None and parent is not window:  # the screen a widget belongs to
            if parent.objectName():
                name = f"{parent.objectName()}/{name}"
                break
            parent = parent.parentWidget()
        key, number = name, 1
        while key in found:
            number += 1
            key = f"{name}#{number}"
        found[key] = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        host = widget.parentWidget()
        if isinstance(host, TEXT_HOSTS):
            hosts[key] = QRect(host.mapTo(window, host.rect().topLeft()), host.size())
    return found, hosts


def _key_places(window: KioskWindow) -> dict[str, int]:
    """Where each pad key's centre is, from the left (form keyboard and PIN pad)."""
    return {key.objectName(): key.mapTo(window, key.rect().center()).x()
            for key in window.findChildren(QWidget)
            if _is_pad_key(key) and key.isVisible() and key.isVisibleTo(window) and key.objectName()}


@pytest.fixture(scope="module")
def geometry(qapp) -> Iterator[dict[str, dict[str, tuple[Geometry, dict[str, int], Hosts]]]]:  # type: ignore[no-untyped-def]
    """Every screen's main widgets and pad keys, in English and in Arabic, measured once."""
    from kiosk.pin import PinGuard
    from kiosk.runtime import open_kiosk
    from ui.selftest import isolated_kiosk_environment

    with isolated_kiosk_environment("mirror-") as root:
        ctx: KioskContext = open_kiosk(root / "data")
        ctx.store.ensure_key()
        PinGuard(ctx).change_pin("480913")
        window = KioskWindow(ctx, windowed=True)
        window.resize(*SIZE)
        window.show()
        window.clock.stop()
        measured: dict[str, dict[str, tuple[Geometry, dict[str, int], Hosts]]] = {}
        try:
            poses = screen_poses(window, signed=1234, countdown_s=20)
            for language in ("en", "ar"):
                window.default_language = language
                window.start_over()
                for screen in SCREENS:
                    poses[screen]()
                    settle()
                    widgets, hosts = _main_widgets(window)
                    measured.setdefault(screen, {})[language] = (widgets, _key_places(window), hosts)
                    window.screens.overlay.stop()
            yield measured
        finally:
            window.release()
            window.deleteLater()
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            ctx.close()


@pytest.mark.parametrize("screen", SCREENS)
def test_each_arabic_screen_is_the_english_one_mirrored(geometry, screen: str) -> None:  # type: ignore[no-untyped-def]
    english, _, english_hosts = geometry[screen]["en"]
    arabic, _, arabic_hosts = geometry[screen]["ar"]
    width = SIZE[0]
    pads = {name for name in english if "SignaturePad" in name or "signaturePad" in name}
    shared = sorted(set(english) & set(arabic) - pads)
    assert len(shared) >= 2, (screen, sorted(english), sorted(arabic))
    wrong = []
    for name in shared:
        en, ar = english[name], arabic[name]
        mirrored_centre = width - (en.x() + en.width() / 2)
        ar_centre = ar.x() + ar.width() / 2
        if name in english_hosts and name in arabic_hosts:
            # Within its host, as far from the host's mirrored edge as in English, whichever
            # edge it is held by (a speaker at the start of "Done", at the end of a title).
            en_host, ar_host = english_hosts[name], arabic_hosts[name]
            from_left = en.x() + en.width() / 2 - en_host.x()
            from_right = en_host.x() + en_host.width() - (en.x() + en.width() / 2)
            mirrored_centre = min((ar_host.x() + ar_host.width() - from_left, ar_host.x() + from_right),
                                  key=lambda centre: abs(centre - (ar.x() + ar.width() / 2)))
        # Words of another length change a widget's width around whichever edge holds it.
        allowed = TOLERANCE_PX + abs(ar.width() - en.width()) / 2
        if abs(ar_centre - mirrored_centre) > allowed or abs(ar.center().y() - en.center().y()) > TOLERANCE_PX + abs(
                ar.height() - en.height()) / 2:
            wrong.append(f"{name}: English {en.getRect()}, Arabic {ar.getRect()} "
                         f"(mirrored centre x {mirrored_centre:.0f}, Arabic {ar_centre:.0f})")
    assert not wrong, "\n".join(wrong)
    assert set(english) - pads == set(arabic) - pads, "the same widgets show in both languages"


@pytest.mark.parametrize("screen", ["form", "pin", "signature"])
def test_pads_keep_their_english_places_in_arabic(geometry, screen: str) -> None:  # type: ignore[no-untyped-def]
    english_widgets, english_keys, _ = geometry[screen]["en"]
    arabic_widgets, arabic_keys, _ = geometry[screen]["ar"]
    if screen == "signature":
        pads = [name for name in english_widgets if "SignaturePad" in name or "signaturePad" in name]
        assert pads
        for name in pads:  # the drawing pad is where it is in English, not mirrored
            assert abs(arabic_widgets[name].x() - english_widgets[name].x()) <= TOLERANCE_PX
        return
    prefix = "pin_" if screen == "pin" else "key_"
    digits = [f"{prefix}{digit}" for digit in "1234567890"]
    shown = [key for key in digits if key in english_keys and key in arabic_keys]
    assert len(shown) == 10, sorted(arabic_keys)
    for key in shown:  # the same place from the left, not its mirror image
        assert abs(arabic_keys[key] - english_keys[key]) <= TOLERANCE_PX, (key, english_keys[key], arabic_keys[key])
    assert arabic_keys[f"{prefix}1"] < arabic_keys[f"{prefix}2"] < arabic_keys[f"{prefix}3"]
