"""Uncaught exceptions are reported by type and place only, never by message.

An exception's message can carry what a signer typed ("invalid literal for int(): 'Ana'"),
and Python prints it, with the traceback, to stderr and so to the kiosk's journal. Installed
at start, this hook writes one line instead: the exception's type and the code locations it
passed through, which is what a developer needs and nothing a seized tablet's logs could
reveal.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

log = logging.getLogger(__name__)
FRAMES_SHOWN = 6


def describe_crash(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """``unexpected ValueError at form.py:120 <- kiosk_window.py:402``: no message, no values."""
    frames = traceback.extract_tb(tb)[-FRAMES_SHOWN:]
    where = " <- ".join(f"{Path(frame.filename).name}:{frame.lineno}" for frame in reversed(frames))
    return f"unexpected {exc_type.__name__}" + (f" at {where}" if where else "")


def _report(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> None:
    line = describe_crash(exc_type, tb)
    log.error("%s", line)
    print(f"petition-kiosk: {line}", file=sys.stderr, flush=True)


def _report_thread(args: threading.ExceptHookArgs) -> None:
    _report(args.exc_type, args.exc_value, args.exc_traceback)


def install() -> None:
    """Route uncaught exceptions (the GUI thread's slots and every other thread) to the guard."""
    sys.excepthook = _report
    threading.excepthook = _report_thread
