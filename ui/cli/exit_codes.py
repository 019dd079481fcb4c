"""The exit codes of every ``petition-kiosk`` command (the contract in DESIGN.md).

A script reads three outcomes, whatever the command: done, failed, or asked for wrongly.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """What a command's exit status tells a script (an ``int``, so ``sys.exit`` takes it as is)."""

    OK = 0  # done
    FAILED = 1  # it could not be done: nothing matched, the hub refused, no key store, a full disk …
    USAGE = 2  # bad usage: a flag or a value that cannot be right as typed
