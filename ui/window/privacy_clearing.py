"""Forgetting the signer when a session ends: thank-you, Start over, the inactivity reset.

What a signer typed and drew lives in more places than the fields show: each field's undo
history (Ctrl+Z would bring the last name back for the next person), the on-screen keyboard's
half-composed syllable, the review's labels, the pad's strokes, the session's sealed record, the
clipboard. :func:`forget_signer` empties all of them, then
:func:`kiosk.freed_memory.release_freed_memory` frees what is left for the garbage collector and
hands free pages back to the system; the allocator settings of :mod:`kiosk.freed_memory` overwrite every
block freed on the way, so a memory dump of the running kiosk finds nothing of the signer
(``tests/ui/test_nothing_left_in_memory.py``).
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from kiosk.freed_memory import release_freed_memory
from kiosk.session import SigningSession
from ui.window.flow import SigningFlow


def forget_signer(session: SigningSession, flow: SigningFlow | None) -> None:
    """Every trace of the signer on the screens, in the session and on the clipboard, gone now."""
    session.forget()
    if flow is not None:
        flow.clear()
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.clear()
    release_freed_memory()
