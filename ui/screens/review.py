"""Review: what will be sent, with the signature, before the final tap."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.campaign import CampaignText
from kiosk.strokes import Signature
from ui.i18n import isolate
from ui.style import COMPACT_TOUCH_TARGET_PX
from ui.widgets.common import label, scrolling_column, set_button_text, stack_when_narrow
from ui.widgets.signature_pad import SignaturePad
from ui.widgets.speaker_button import ValueSpeaker, screen_speaker

REVIEW_PAD_HEIGHT_PX = 170
MIN_PAD_HEIGHT_PX = 96  # a short screen (or larger text) still shows the whole signature, smaller
EDIT_PX = 72


def full_name(given: str, family: str) -> str:
    """The name as its script writes it: 王小明 (family first, no space) in Chinese characters,
    "Ana María Muñoz" otherwise."""
    if given and family and all(unicodedata.name(ch, "").startswith("CJK") for ch in given + family):
        return family + given
    return " ".join(part for part in (given, family) if part)
MARGINS = (48, 16, 48, 16)
COMPACT_MARGINS = (16, 4, 16, 4)


class ReviewScreen(QWidget):
    """Check your details, then "Sign the petition"."""

    edit_requested = Signal()
    submit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewScreen")
        self._values: dict[str, str] = {}
        self._consent = False
        self._sms_consent = False
        self._consents_asked = True
        self._error_text = ""
        layout = QVBoxLayout(self)
        self._layout = layout
        layout.setContentsMargins(*MARGINS)
        layout.setSpacing(10)
        self.heading = label(self, "title")
        layout.addWidget(self.heading)
        # What will be sent (the typed details, the consents, the drawn signature) scrolls when
        # larger text on a short screen has no room for all of it: the signature shrinks
        # first (the body is never shorter than its minimum), then the body scrolls, and the
        # heading, any error and the two buttons stay in view.
        self.body_area, body, body_layout = scrolling_column(self)
        self.body_area.setObjectName("reviewBody")
        body_layout.setContentsMargins(0, 0, 0, 0)
        self._body_layout = body_layout
        self.details = QFormLayout()
        # A long email beside its title would not fit a narrow screen: put it under the title there.
        self.details.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.details.setHorizontalSpacing(24)
        # Each value as wide as its words, so it sits beside its title in Arabic too: a full-width
        # label draws a Latin value ("Ana María") at its own left edge, ~900 px from the title.
        self.details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.details.setVerticalSpacing(8)
        body_layout.addLayout(self.details)
        self.pad = SignaturePad(body, read_only=True)
        self.pad.setMinimumHeight(MIN_PAD_HEIGHT_PX)
        self.pad.setMaximumHeight(REVIEW_PAD_HEIGHT_PX)
        body_layout.addWidget(self.pad, 1)  # takes the spare height, up to its maximum
        body_layout.addStretch(0)
        self._body = body
        layout.addWidget(self.body_area, 1)
        self.error = label(self, "screenError")
        self.error.hide()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.speaker = screen_speaker(self)
        row.addWidget(self.speaker)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("editDetails")
        self.edit_button.setMinimumHeight(EDIT_PX)
        self.edit_button.clicked.connect(self.edit_requested)
        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName("huge")
        self.submit_button.clicked.connect(self.submit_requested)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        row.addWidget(self.submit_button)
        layout.addLayout(row)
        self._row = row

    def set_compact(self, compact: bool) -> None:
        """Tighter spacing, a smaller signature and 48 px targets on a short screen."""
        self._layout.setContentsMargins(*(COMPACT_MARGINS if compact else MARGINS))
        self._layout.setSpacing(4 if compact else 10)
        self.details.setVerticalSpacing(2 if compact else 8)
        self._body_layout.setSpacing(4 if compact else 10)
        self.edit_button.setMinimumHeight(COMPACT_TOUCH_TARGET_PX if compact else EDIT_PX)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        margins = self._layout.contentsMargins()
        stack_when_narrow(self._row, event.size().width() - margins.left() - margins.right())

    def show_signer(self, values: dict[str, str], consent: bool, signature: Signature | None,
                    sms_consent: bool = False, consents_asked: bool = True) -> None:
        """Fill in what the signer entered (``consent``: email updates; ``sms_consent``: texts)."""
        self._values = dict(values)
        self._consent = consent
        self._sms_consent = sms_consent
        self._consents_asked = consents_asked
        self.pad.set_signature(signature)
        self.pad.setVisible(signature is not None)
        self.show_error("")
        self._render()

    def show_error(self, text: str) -> None:
        """A problem with saving (the form stays filled, the signer may retry)."""
        self._error_text = text
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def clear(self) -> None:
        """Forget the signer."""
        self._values = {}
        self._consent = False
        self._sms_consent = False
        self.pad.set_signature(None)
        self.show_error("")
        self._render()

    def _render(self) -> None:
        while self.details.rowCount():
            self.details.removeRow(0)
        name = full_name(self._values.get("given_name", ""), self._values.get("family_name", ""))
        rows = [
            (self.tr("Name"), name),
            (self.tr("Email"), self._values.get("email", "")),
            (self.tr("Phone"), self._values.get("phone", "")),
            (self.tr("ZIP code"), self._values.get("postal_code", "")),
            (self.tr("Address"), self._values.get("address", "")),
        ]
        for title, value in rows:
            if value.strip():
                value_label = label(self._body)
                # Isolated: in Arabic "+12135550147" read "12135550147+" (a leading "+" has
                # no direction of its own, so it took the Arabic paragraph's).
                value_label.setText(isolate(value))
                value_label.setObjectName("heading")
                ValueSpeaker(value_label, title)  # the only way a value here is read aloud
                self.details.addRow(QLabel(title, self._body), value_label)
        if not self._consents_asked:
            return  # a signature-only campaign asks for no updates
        updates = self.tr("Yes") if self._consent else self.tr("No")
        self.details.addRow(QLabel(self.tr("Email updates"), self._body),
                             QLabel(updates, self._body))
        if self._values.get("phone", "").strip():
            texts = self.tr("Yes") if self._sms_consent else self.tr("No")
            self.details.addRow(QLabel(self.tr("Text messages"), self._body),
                                 QLabel(texts, self._body))

    def retranslate(self, text: CampaignText) -> None:
        """Labels in the current language."""
        self.heading.setText(self.tr("Please check your details"))
        self.pad.setAccessibleName(self.tr("Your signature"))
        set_button_text(self.edit_button, self.tr("← Change my details"), self.tr("Change my details"))
        set_button_text(self.submit_button, self.tr("Sign the petition"))
        self._render()
