"""The exit codes of every ``petition-kiosk`` command (the contract in DESIGN.md).

A script reads three outcomes, whatever the command: done, failed, or asked for wrongly; a
person reads why on stderr, one line that starts with the program's name (:func:`fail`).
"""

from __future__ import annotations

import sys
from enum import IntEnum


class ExitCode(IntEnum):
    """What a command's exit status tells a script (an ``int``, so ``sys.exit`` takes it as is)."""

    OK = 0  # done
    FAILED = 1  # it could not be done: nothing matched, the hub refused, no key store, a full disk …
    USAGE = 2  # bad usage: a flag or a value that cannot be right as typed


def fail(line: str, code: ExitCode = ExitCode.FAILED) -> ExitCode:
    """Say on stderr why the command stopped (one line, after the program's name) and give its exit code."""
    print(f"petition-kiosk: {line}", file=sys.stderr)
    return code
