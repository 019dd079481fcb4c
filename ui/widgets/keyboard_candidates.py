"""The candidate bar of the on-screen keyboard's pinyin mode: the letters typed, and the
characters they can be written as, a page at a time.

It takes the keyboard's top row (the digits, which a name does not need) while letters are
being composed, so the keys below never move. From the start of the row: the pinyin typed so
far, "◀", as many candidates as fit the width whole (each as high and at least as wide as the
keys below it, so a character is as easy to hit as a letter; words are wider), and "▶". The
arrows page through the rest; on the first page "◀" is disabled, on the last "▶". A tap on a
candidate says which one was chosen; the keyboard puts it in the field. Buttons never take
focus, so the field keeps its cursor.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from ui.widgets.pinyin import Candidate

MOST_PER_PAGE = 12  # buttons kept ready; the width decides how many show
CANDIDATE_MARGIN_PX = 12  # each side of a word on its button, so 欧阳 never touches the frame
BUFFER_MARGIN_PX = 8


class CandidateBar(QWidget):
    """Pinyin typed, then a page of the characters it can be written as, with paging arrows."""

    candidate_chosen = Signal(object)  # the Candidate tapped

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("candidateBar")
        self._candidates: list[Candidate] = []
        self._page_starts = [0]
        self._page = 0
        self._key_px = 0
        self._columns = 1  # key columns the bar spans: a candidate is at least one column wide
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self._row = row
        self.buffer_label = QLabel(self)
        self.buffer_label.setObjectName("pinyinBuffer")
        self.buffer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.buffer_label.setMargin(BUFFER_MARGIN_PX)
        self.previous_button = self._button("candidate_previous", "◀")
        self.previous_button.clicked.connect(self._on_previous_button_clicked)
        self.more_button = self._button("candidate_more", "▶")
        self.more_button.clicked.connect(self._on_more_button_clicked)
        self.buttons = [self._button(f"candidate_{index}", "") for index in range(MOST_PER_PAGE)]
        for index, button in enumerate(self.buttons):
            button.clicked.connect(lambda _checked=False, i=index: self._on_candidate_clicked(i))
        row.addWidget(self.buffer_label)
        row.addWidget(self.previous_button)
        for button in self.buttons:
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.more_button)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setProperty("class", "key")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        return button

    def set_key_size(self, px: int) -> None:
        """Every button at least a key high and a key wide, as the keys below."""
        self._key_px = px
        for button in (self.previous_button, self.more_button, *self.buttons):
            button.setMinimumSize(px, px)
        self.setMinimumHeight(px)
        self._paginate()

    def set_columns(self, columns: int, gap_px: int) -> None:
        """The bar spans ``columns`` of keys ``gap_px`` apart: its buttons are as wide as they."""
        self._columns = max(1, columns)
        self._row.setSpacing(gap_px)
        self._paginate()

    def _slot_px(self) -> int:
        """A key column's width (at least a key's height)."""
        spacing = self._row.spacing()
        return max(self._key_px, (self.width() - (self._columns - 1) * spacing) // self._columns)

    def set_accessible_names(self, previous: str, more: str) -> None:
        """What a screen reader says for the arrows (in the signer's language)."""
        self.previous_button.setAccessibleName(previous)
        self.more_button.setAccessibleName(more)

    def show_candidates(self, typed: str, candidates: list[Candidate]) -> None:
        """The pinyin ``typed`` (its syllables apart) and the first page of ``candidates``."""
        self.buffer_label.setText(typed)
        self.buffer_label.setAccessibleName(typed)
        self._candidates = list(candidates)
        self._page = 0
        self._paginate()

    def clear(self) -> None:
        """Nothing typed: no letters of a name left in the bar's labels for the next signer."""
        self.show_candidates("", [])
        for button in self.buttons:
            button.setText("")
            button.setAccessibleName("")

    def candidates_shown(self) -> list[str]:
        """The candidates on the page showing now, in order."""
        return [button.text() for button in self.buttons if button.isVisibleTo(self)]

    @property
    def page(self) -> int:
        """The page showing (0 is the first)."""
        return self._page

    # -- pages ---------------------------------------------------------------------------

    def _width_for(self, text: str) -> int:
        return max(self._slot_px(), self.buttons[0].fontMetrics().horizontalAdvance(text) + 2 * CANDIDATE_MARGIN_PX)

    def _paginate(self) -> None:
        """Split the candidates into pages that fit the width beside the typed letters and arrows."""
        spacing = self._row.spacing()
        arrow = self._slot_px()
        for button in (self.previous_button, self.more_button):
            button.setFixedWidth(arrow)
        room = self.width() - self.buffer_label.sizeHint().width() - 2 * arrow - 3 * spacing
        starts = [0]
        used = 0
        for index, candidate in enumerate(self._candidates):
            wanted = self._width_for(candidate.text) + spacing
            on_page = index - starts[-1]
            if on_page and (used + wanted > room or on_page == MOST_PER_PAGE):
                starts.append(index)
                used = 0
            used += wanted
        self._page_starts = starts
        self._page = min(self._page, len(starts) - 1)
        self._show_page()

    def _show_page(self) -> None:
        start = self._page_starts[self._page]
        end = self._page_starts[self._page + 1] if self._page + 1 < len(self._page_starts) else len(self._candidates)
        shown = self._candidates[start:end]
        for index, button in enumerate(self.buttons):
            if index < len(shown):
                text = shown[index].text
                button.setText(text)
                button.setAccessibleName(text)
                button.setFixedWidth(self._width_for(text))
            button.setVisible(index < len(shown))
        self.previous_button.setEnabled(self._page > 0)
        self.more_button.setEnabled(self._page + 1 < len(self._page_starts))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._paginate()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            # "A+" restyles the buttons after the bar: measure the words once they have their type.
            QTimer.singleShot(0, self, self._paginate)  # not after the bar is gone (a window closed)

    # -- taps -----------------------------------------------------------------------------

    def _on_candidate_clicked(self, index: int) -> None:
        chosen = self._page_starts[self._page] + index
        if chosen < len(self._candidates):
            self.candidate_chosen.emit(self._candidates[chosen])

    def _on_previous_button_clicked(self) -> None:
        self._page = max(0, self._page - 1)
        self._show_page()

    def _on_more_button_clicked(self) -> None:
        self._page = min(len(self._page_starts) - 1, self._page + 1)
        self._show_page()
