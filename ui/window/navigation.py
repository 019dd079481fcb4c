"""Which page of the window shows, and what each step does as it is entered and left.

Like Anki's ``moveToState``: every step may register its own enter and leave actions, and
:meth:`Navigator.go_to` runs the old step's leave, shows the new page (with the top bar the
step wants), then runs the new step's enter. Nothing else switches the window's stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QWidget

from ui.window.steps import BARLESS_STEPS, SIGNING_STEPS, Step
from ui.window.top_bar import TopBar

Action = Callable[[], None]


class Navigator:
    """The window's stack of pages, one per :class:`Step`, with each step's enter and leave."""

    def __init__(self, stack: QStackedWidget, top_bar: TopBar, window: QWidget) -> None:
        self._stack = stack
        self._top_bar = top_bar
        self._window = window
        self._pages: dict[Step, QWidget] = {}
        self._enter: dict[Step, Action] = {}
        self._leave: dict[Step, Action] = {}

    def add_page(self, step: Step, page: QWidget, enter: Action | None = None, leave: Action | None = None) -> None:
        """Put ``page`` on the stack for ``step``; ``enter``/``leave`` run as the step begins and ends."""
        self._stack.addWidget(page)
        self._pages[step] = page
        if enter is not None:
            self._enter[step] = enter
        if leave is not None:
            self._leave[step] = leave

    def current_step(self) -> Step:
        """Which page is showing."""
        current = self._stack.currentWidget()
        return next(step for step, page in self._pages.items() if page is current)

    def go_to(self, step: Step) -> None:
        """Leave the current step, show ``step`` and enter it."""
        previous = self.current_step() if self._stack.currentWidget() is not None else None
        if previous is not None and previous is not step and previous in self._leave:
            self._leave[previous]()
        self._stack.setCurrentWidget(self._pages[step])
        self._top_bar.show_for_step(in_flow=step in SIGNING_STEPS, languages=step is not Step.WELCOME)
        self._top_bar.setVisible(step not in BARLESS_STEPS)
        self._top_bar.fit(self._window.width())
        if step in self._enter:
            self._enter[step]()
