"""A process the hub starts ends when the process that started it ends, even by ``kill -9``.

The hub's web workers (sync/hub/serve.py) would otherwise keep the listening socket and go on
answering uploads, so the hub started again on the same port could not bind it; its
preparing processes (sync/hub/preparing.py) would wait for work forever, each holding the
keys that open records.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading

PARENT_POLL_S = 0.5
_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent_pid: int) -> None:
    """End this process when process ``parent_pid`` (the one that started it) ends, even by ``kill -9``."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):  # the poll below still ends the orphan
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent_pid:
        os._exit(1)  # the parent was gone before the line above took effect

    def watch() -> None:
        while os.getppid() == parent_pid:
            threading.Event().wait(PARENT_POLL_S)
        os._exit(1)

    threading.Thread(target=watch, name="hub-parent-watch", daemon=True).start()
