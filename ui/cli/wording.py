"""How a command words a failure: one line for a person, never a traceback (tracebacks can carry values)."""

from __future__ import annotations


def describe(exc: BaseException) -> str:
    """The operator's line for ``exc`` (:func:`ui.messages.operator_line`, in plain English).

    Imported only once there is something to word: the registry loads Qt's core module (no
    display needed), which a command that succeeds never pays for.
    """
    from ui.messages import operator_line

    return operator_line(exc)
