"""The "Still there?" overlay: a visible countdown before an idle form is wiped.

Shown over the whole window when nobody has touched the kiosk for the inactivity timeout.
A tap on the big button (or anywhere on the card) keeps everything; when the countdown
reaches zero :attr:`expired` fires and the window clears the form, the pad and the
clipboard. Its speaker reads the card aloud in the signer's language, like every signer
screen (Section 508 §402: speech for every prompt), the seconds as they are when tapped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.widgets.speaker_button import screen_speaker

COUNTDOWN_TICK_MS = 1000
CARD_WIDTH_PX = 760  # a fixed width lets the wrapped countdown text claim the height it needs
CARD_SIDE_GAP_PX = 16  # on a narrow screen the card leaves this much scrim on either side
SCRIM = QColor(0, 0, 0, 170)


class StillThereOverlay(QWidget):
    """A dimmed full-window overlay with a countdown and an "I'm still here" button."""

    expired = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("stillThere")
        self._remaining = 0
        self._timer = QTimer(self)
        self._timer.setInterval(COUNTDOWN_TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        card = QWidget(self)
        card.setObjectName("overlayCard")
        card.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        card.setFixedWidth(CARD_WIDTH_PX)
        self._card = card
        inner = QVBoxLayout(card)
        self._card_layout = inner
        inner.setContentsMargins(40, 32, 40, 32)
        inner.setSpacing(20)
        self.question = QLabel(card)
        self.question.setObjectName("title")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The speaker reads the card (question, countdown, button), not the dimmed screen behind it.
        self.speaker = screen_speaker(card)
        top = QHBoxLayout()
        top.addWidget(self.speaker)
        top.addWidget(self.question, 1)
        top.addSpacing(self.speaker.sizeHint().width())  # the question stays centred on the card
        self.countdown = QLabel(card)
        self.countdown.setObjectName("heading")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setWordWrap(True)
        self.stay_button = QPushButton(card)
        self.stay_button.setObjectName("huge")
        self.stay_button.clicked.connect(self.dismiss)
        inner.addLayout(top)
        inner.addWidget(self.countdown)
        inner.addWidget(self.stay_button)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignCenter)
        outer.addStretch(1)
        self.hide()
        self.retranslate()

    def start(self, seconds: int) -> None:
        """Cover the window and count down from ``seconds``."""
        self._remaining = seconds
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.retranslate()
        self.show()
        self.raise_()
        self.stay_button.setFocus()
        self._timer.start()

    def dismiss(self) -> None:
        """The signer is still here: keep everything."""
        was_visible = self.isVisible()
        self._timer.stop()
        self.hide()
        if was_visible:
            self.dismissed.emit()

    def pause(self) -> None:
        """Freeze the countdown where it is (screenshots)."""
        self._timer.stop()

    def stop(self) -> None:
        """Hide without signalling (the window moved on by itself)."""
        self._timer.stop()
        self.hide()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.question.setText(self.tr("Still there?"))
        self.countdown.setText(self.tr(
            "For your privacy, this form will be cleared in %n second(s).", "", self._remaining))
        self.stay_button.setText(self.tr("I'm still here"))
        self.stay_button.setAccessibleName(self.tr("I'm still here, keep my form"))
        self._fit_card()

    def _fit_card(self) -> None:
        # Longer languages and narrower screens wrap to more lines: size the card for this
        # text at this width, not the last one.
        width = min(CARD_WIDTH_PX, self.width() - 2 * CARD_SIDE_GAP_PX) if self.width() > 0 else CARD_WIDTH_PX
        self._card.setFixedWidth(width)
        self._card.setFixedHeight(self._card_layout.totalHeightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_card()

    def _on_timer_timeout(self) -> None:
        self._remaining -= 1
        if self._remaining <= 0:
            self._timer.stop()
            self.hide()
            self.expired.emit()
            return
        self.retranslate()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), SCRIM)
        painter.end()
