"""The form: name, contact, ZIP as the campaign asks, the two consents, and a keyboard.

Two separate boxes, both unticked: email updates, and text messages (shown only once a
phone number is typed, since texting needs its own express consent). Each shows its own
wording from the campaign file; the store keeps the hash of each wording shown.

Fields appear according to the campaign's rules (required, optional, hidden). Validation
messages sit right under their field, in the signer's language, and are re-worded when
the language changes; what was typed stays. The on-screen keyboard types into whichever
field has focus; "Next" on it moves to the next field, like a phone.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.campaign import FORM_FIELDS, Campaign, CampaignText, FieldRule
from kiosk.errors import FieldError
from kiosk.validation import ADDRESS_MAX, EMAIL_MAX, NAME_MAX
from ui.messages import field_error_text
from ui.screens.error_reveal import reveal_first_error
from ui.style import COMPACT_TOUCH_TARGET_PX, key_px
from ui.widgets.common import finger_scrolling, label, set_button_text
from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.keyboard_pinyin import FAMILY_NAME, NAME_PART_PROPERTY
from ui.widgets.speaker_button import FieldSpeaker, screen_speaker, unspoken

FIELD_LIMITS = {"given_name": NAME_MAX, "family_name": NAME_MAX, "email": EMAIL_MAX,
                "phone": 32, "postal_code": 10, "address": ADDRESS_MAX}
NAME_FIELDS = ("given_name", "family_name", "address")
PERSON_NAME_PARTS = {"given_name": "given", "family_name": FAMILY_NAME}
FORM_COLUMNS = 3           # at most; fewer when the widest field title would not fit
FIELD_MIN_WIDTH_PX = 220  # a column is never narrower than this, whatever its title
CONTINUE_PX = 64
# Tight above and below: every pixel of height goes to the rows of fields above the keyboard.
MARGINS = (24, 4, 24, 4)
SPACING_PX = 4  # between the fields, the Continue row and the keyboard
COMPACT_MARGINS = (8, 4, 8, 4)
TALL_KEY_PX = 68        # a tablet held upright has height to spare: bigger keys, easier typing
TALL_FROM_PX = 1000     # the form's height from which the keys grow


class FormScreen(QWidget):
    """Who is signing."""

    continue_requested = Signal()

    def __init__(self, campaign: Campaign, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formScreen")
        self._campaign = campaign
        self._errors: dict[str, FieldError] = {}
        self._notice = ""
        self._first_error = ""  # the field whose message is brought into view once laid out
        self.fields: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.error_labels: dict[str, QLabel] = {}

        layout = QVBoxLayout(self)
        self._layout = layout
        layout.setContentsMargins(*MARGINS)
        layout.setSpacing(SPACING_PX)
        self.scroll_area = QScrollArea(self)
        finger_scrolling(self.scroll_area)
        # Always shown: a scrollbar that comes and goes changes the width, which re-wraps the
        # messages, which changes the height, which toggles the scrollbar again.
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setContentsMargins(4, 0, 4, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(2)
        self.notice = label(body, "screenError")
        self.notice.hide()
        shown = [name for name in FORM_FIELDS if campaign.rule(name) is not FieldRule.HIDDEN]
        self._shown = shown
        for name in shown:
            title = label(body, wrap=False)  # a wrapping title would squeeze the fields below it
            edit = QLineEdit(body)
            edit.setObjectName(f"field_{name}")
            edit.setMaxLength(FIELD_LIMITS[name] + 20)  # room to be told "too long", not cut silently
            edit.setProperty("autoCapitalize", name in NAME_FIELDS)
            if name in PERSON_NAME_PARTS:  # may be written in Chinese characters (the keyboard's pinyin)
                edit.setProperty(NAME_PART_PROPERTY, PERSON_NAME_PARTS[name])
            edit.installEventFilter(self)
            edit.returnPressed.connect(self._on_field_return_pressed)
            if name in ("email",):
                edit.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly
                                         | Qt.InputMethodHint.ImhNoAutoUppercase)
            elif name in ("phone", "postal_code"):
                edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
            error = label(body, "fieldError")
            error.hide()
            title.setBuddy(edit)
            self.fields[name] = edit
            self.labels[name] = title
            self.error_labels[name] = error
        self.contact_error = label(body, "fieldError")
        self.contact_error.hide()
        self._text: CampaignText | None = None
        # ``consent`` is the email-updates box (its first name, from when it was the only one).
        self.consent, self.consent_text, self._consent_box = self._consent_row(body, "consent")
        self.sms_consent, self.sms_consent_text, self._sms_box = self._consent_row(body, "smsConsent")
        for words in (self.consent_text, self.sms_consent_text):
            words.installEventFilter(self)  # tapping the words toggles the box too
        email_asked = campaign.asks_email_consent()
        self.consent.setVisible(email_asked)
        self.consent_text.setVisible(email_asked)
        self._show_sms_consent(False)
        if "phone" in self.fields:
            self.fields["phone"].textChanged.connect(self._on_phone_text_changed)
        # Takes the spare height of a tall screen below the consent, instead of spreading the rows apart.
        self._filler = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        self.scroll_area.setWidget(body)
        self._body = body
        self._grid = grid
        self._columns = 0
        self._compact = False
        self._larger_text = False
        self._place_fields(FORM_COLUMNS)
        self.scroll_area.viewport().installEventFilter(self)  # re-fit the rows when the width changes
        layout.addWidget(self.scroll_area, 1)

        bottom = QHBoxLayout()
        self.speaker = screen_speaker(self)
        bottom.addWidget(self.speaker)
        self.required_hint = label(self, "muted")
        self.continue_button = QPushButton(self)
        self.continue_button.setObjectName("primary")
        self.continue_button.setMinimumHeight(CONTINUE_PX)
        self.continue_button.clicked.connect(self.continue_requested)
        bottom.addWidget(self.required_hint, 1)
        bottom.addWidget(self.continue_button)
        layout.addLayout(bottom)
        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.next_requested.connect(self._on_keyboard_next_requested)
        unspoken(self.keyboard)
        layout.addWidget(self.keyboard)
        ordered = [self.fields[name] for name in shown]
        for first, second in itertools.pairwise(ordered):
            QWidget.setTabOrder(first, second)
        if ordered:
            QWidget.setTabOrder(ordered[-1], self.consent)
            QWidget.setTabOrder(self.consent, self.sms_consent)
            QWidget.setTabOrder(self.sms_consent, self.continue_button)
        for name, edit in self.fields.items():  # last: the form's event filter on each field needs the form whole
            FieldSpeaker(edit, self.labels[name].text)  # the only way what was typed is ever read aloud

    @staticmethod
    def _consent_row(body: QWidget, name: str) -> tuple[QCheckBox, QLabel, QHBoxLayout]:
        row = QHBoxLayout()
        box = QCheckBox(body)
        box.setObjectName(name)
        box.setChecked(False)  # never ticked for the signer
        words = label(body)
        words.setObjectName(f"{name}Text")
        row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(words, 1)
        return box, words, row

    # -- layout -------------------------------------------------------------------------

    def _place_fields(self, columns: int) -> None:
        """Lay the fields out ``columns`` a row (3 on a wide screen, 1 on a narrow one)."""
        grid = self._grid
        widgets: list[QWidget] = [self.notice, self.contact_error, *self.labels.values(), *self.fields.values(),
                                  *self.error_labels.values()]
        for widget in widgets:
            grid.removeWidget(widget)
        grid.removeItem(self._consent_box)
        grid.removeItem(self._sms_box)
        grid.removeItem(self._filler)
        grid.addWidget(self.notice, 0, 0, 1, columns)
        for index, name in enumerate(self._shown):
            row, column = 1 + (index // columns) * 3, index % columns
            grid.addWidget(self.labels[name], row, column)
            grid.addWidget(self.fields[name], row + 1, column)
            # At the top of its row: a one-line message beside a three-line one would otherwise
            # float halfway down, apart from its field.
            grid.addWidget(self.error_labels[name], row + 2, column, Qt.AlignmentFlag.AlignTop)
        consent_row = 1 + ((len(self._shown) + columns - 1) // columns) * 3
        grid.addWidget(self.contact_error, consent_row, 0, 1, columns)
        grid.addLayout(self._consent_box, consent_row + 1, 0, 1, columns)
        grid.addLayout(self._sms_box, consent_row + 2, 0, 1, columns)
        grid.addItem(self._filler, consent_row + 3, 0, 1, columns)
        for column in range(FORM_COLUMNS):
            grid.setColumnStretch(column, 1 if column < columns else 0)
        self._columns = columns

    def _columns_for(self, width: int) -> int:
        widest = max([FIELD_MIN_WIDTH_PX, *(title.sizeHint().width() for title in self.labels.values())])
        margins = self._grid.contentsMargins()
        spacing = self._grid.horizontalSpacing()
        fit = (width - margins.left() - margins.right() + spacing) // (widest + spacing)
        return max(1, min(FORM_COLUMNS, fit))

    @property
    def columns(self) -> int:
        """How many fields sit side by side now."""
        return self._columns

    def set_compact(self, compact: bool) -> None:
        """Tighter margins and 48 px targets on a short screen."""
        self._layout.setContentsMargins(*(COMPACT_MARGINS if compact else MARGINS))
        self._compact = compact
        self.continue_button.setMinimumHeight(COMPACT_TOUCH_TARGET_PX if compact else CONTINUE_PX)
        self._fit_keys(self.height())
        self._fit_body()

    def set_larger_text(self, larger_text: bool) -> None:
        """Keys a little lower with larger text (ui/style.py's key_px), for the taller fields."""
        self._larger_text = larger_text
        self._fit_keys(self.height())

    def _fit_keys(self, height: int) -> None:
        px = key_px(self._larger_text, self._compact)
        # Taller only: the width of ten keys a row must still fit a 600 px wide screen.
        self.keyboard.set_key_size(TALL_KEY_PX if height >= TALL_FROM_PX else px, px)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_keys(event.size().height())

    # -- values -------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        """What was typed, per field name (hidden fields are absent)."""
        return {name: edit.text() for name, edit in self.fields.items()}

    def consent_given(self) -> bool:
        """Whether the email-updates box is ticked."""
        return self.consent.isChecked() and self._campaign.asks_email_consent()

    def sms_consent_given(self) -> bool:
        """Whether the text-message box is shown (a phone was typed) and ticked."""
        return self.sms_consent.isChecked() and self._sms_asked()

    def _sms_asked(self) -> bool:
        # The same rule as Campaign.asks_sms_consent, which the store applies when recording.
        phone = self.fields.get("phone")
        return (phone is not None and bool(phone.text().strip()) and self._text is not None
                and bool(self._text.consent_sms))

    def _show_sms_consent(self, shown: bool) -> None:
        if not shown:
            # A box shown again (a phone typed anew) starts unticked: nothing ticked survives
            # the phone number it was about.
            self.sms_consent.setChecked(False)
        self.sms_consent.setVisible(shown)
        self.sms_consent_text.setVisible(shown)

    def _on_phone_text_changed(self, _text: str) -> None:
        shown = self._sms_asked()
        if shown != self.sms_consent.isVisibleTo(self._body):
            self._show_sms_consent(shown)
            self._fit_body()

    def clear(self) -> None:
        """Forget everything typed (privacy: the next person sees an empty form, and Ctrl+Z in
        it brings nothing back)."""
        for edit in self.fields.values():
            # Not clear(): it is undoable, so the field would keep the whole text in its undo
            # history. setText() starts a new history.
            edit.setText("")
            edit.setModified(False)
        self.keyboard.forget()
        self.consent.setChecked(False)
        self._show_sms_consent(False)
        self.show_errors({})
        self.show_notice("")
        self.scroll_area.verticalScrollBar().setValue(0)

    def focus_first(self) -> None:
        """Put the cursor in the first field and point the keyboard at it."""
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.setFocus()
            self.keyboard.set_target(first)

    def focus_field(self, name: str) -> None:
        """Put the cursor in one field (the first one with an error)."""
        edit = self.fields.get(name)
        if edit is not None:
            edit.setFocus()
            self.keyboard.set_target(edit)
            self.scroll_area.ensureWidgetVisible(edit)

    # -- errors -------------------------------------------------------------------------

    def show_errors(self, errors: dict[str, FieldError]) -> None:
        """Messages next to the offending fields (codes kept, so a language switch re-words them)."""
        self._errors = dict(errors)
        self._render_errors()
        first = next((name for name in self.fields if name in errors), None)
        if first is None and "contact" in errors:
            first = "email" if "email" in self.fields else "phone"
        if first is not None:
            self.focus_field(first)
            self._first_error = first
            # Once the scroll area has re-sized the body for the messages just shown (its own
            # posted layout request): scrolling before that measures the rows where they were.
            QTimer.singleShot(0, self._on_errors_laid_out)

    def _on_errors_laid_out(self) -> None:
        first, self._first_error = self._first_error, ""
        if first in self._errors or (first and "contact" in self._errors):
            self._reveal_errors(first)

    def _reveal_errors(self, first: str) -> None:
        own = self.error_labels.get(first)
        messages = [message for message in (*self.error_labels.values(), self.contact_error)
                    if message.isVisibleTo(self._body)]
        reveal_first_error(self.scroll_area, self._body, self.fields[first], self.labels[first],
                           own if own is not None and own.isVisibleTo(self._body) else None, messages)

    def show_notice(self, text: str) -> None:
        """A message for the whole form (e.g. "already signed"); empty hides it."""
        self._notice = text
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def errors(self) -> dict[str, FieldError]:
        """The errors shown now."""
        return dict(self._errors)

    def _render_errors(self) -> None:
        for name, error_label in self.error_labels.items():
            code = self._errors.get(name)
            error_label.setText(field_error_text(code, name) if code else "")
            error_label.setVisible(code is not None)
            edit = self.fields[name]
            edit.setProperty("invalid", code is not None)
            edit.style().unpolish(edit)
            edit.style().polish(edit)
            edit.setAccessibleDescription(error_label.text())
        contact = self._errors.get("contact")
        self.contact_error.setText(field_error_text(contact) if contact else "")
        self.contact_error.setVisible(contact is not None)
        self._fit_body()

    def _fit_body(self) -> None:
        # Wrapped messages need more height at a given width than the grid's minimum
        # admits; without this the scroll area squeezes rows into each other instead of
        # letting the signer scroll.
        width = self.scroll_area.viewport().width()
        columns = self._columns_for(width)
        if columns != self._columns:
            self._place_fields(columns)
        self._grid.activate()
        if self._grid.hasHeightForWidth():
            self._body.setMinimumHeight(self._grid.heightForWidth(width))


    # -- language -----------------------------------------------------------------------

    def retranslate(self, text: CampaignText) -> None:
        """Labels, consent and messages in the current language; typed values stay."""
        titles = {
            "given_name": self.tr("First name"),
            "family_name": self.tr("Last name"),
            "email": self.tr("Email"),
            "phone": self.tr("Mobile phone"),
            "postal_code": self.tr("ZIP code"),
            "address": self.tr("Street address"),
        }
        either = self._campaign.contact_required
        for name, title_label in self.labels.items():
            rule = self._campaign.rule(name)
            title = titles[name]
            if either and name in ("email", "phone") and rule is FieldRule.OPTIONAL:
                other = self.tr("phone") if name == "email" else self.tr("email")
                shown = self.tr("%1 (or %2)").replace("%1", title).replace("%2", other)
            elif rule is FieldRule.OPTIONAL:
                shown = self.tr("%1 (optional)").replace("%1", title)
            else:
                shown = title
            title_label.setText(shown)
            self.fields[name].setAccessibleName(shown)
        self._text = text
        self.consent_text.setText(text.consent_email)
        self.consent.setAccessibleName(self.tr("I agree to receive updates by email"))
        self.consent.setAccessibleDescription(text.consent_email)
        self.sms_consent_text.setText(text.consent_sms)
        self.sms_consent.setAccessibleName(self.tr("I agree to receive text messages"))
        self.sms_consent.setAccessibleDescription(text.consent_sms)
        if "phone" in self.fields:
            self._show_sms_consent(self._sms_asked())  # a language without a text wording hides it
        self.required_hint.setText(self.tr("Updates are optional. Your signature counts either way."))
        self.required_hint.setVisible(self._campaign.asks_email_consent())
        set_button_text(self.continue_button, self.tr("Next: sign ➜"), self.tr("Next: sign"))
        self.keyboard.retranslate()
        self._render_errors()

    # -- events -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_body()
        elif event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress) and isinstance(watched, QLineEdit):
            # A tap points the keyboard at the field even before the window is active
            # (focus events only arrive in the active window).
            if self.keyboard.target() is not watched:
                self.keyboard.set_target(watched)
        elif (watched in (self.consent_text, self.sms_consent_text)
              and event.type() == QEvent.Type.MouseButtonRelease
              and isinstance(event, QMouseEvent) and event.button() == Qt.MouseButton.LeftButton):
            (self.consent if watched is self.consent_text else self.sms_consent).toggle()
            return True
        return super().eventFilter(watched, event)

    def _next_field(self) -> None:
        target = self.keyboard.target()
        names = list(self.fields)
        current = next((i for i, n in enumerate(names) if self.fields[n] is target), -1)
        if current + 1 < len(names):
            self.focus_field(names[current + 1])
        else:
            self.continue_requested.emit()

    def _on_keyboard_next_requested(self) -> None:
        self._next_field()

    def _on_field_return_pressed(self) -> None:
        self._next_field()
