"""Setting up the kiosk for an event: which event new signatures belong to, and the kiosk's label."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.runtime import KioskContext
from ui.admin.common import button, label
from ui.i18n import isolate

NAME_MAX = 200


class EventPage(QWidget):
    """Start a new event or pick an earlier one; name this kiosk."""

    event_changed = Signal()

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        layout = QVBoxLayout(self)
        self.new_heading = label(self, "heading")
        layout.addWidget(self.new_heading)
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.place_edit = QLineEdit(self)
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.canvasser_edit = QLineEdit(ctx.settings.canvasser, self)
        for edit in (self.name_edit, self.place_edit, self.canvasser_edit):
            edit.setMaxLength(NAME_MAX)
            edit.setProperty("autoCapitalize", True)  # the on-screen keyboard starts with a capital
        self._form_labels = [QLabel(self) for _ in range(4)]
        for row_label, field in zip(self._form_labels, (self.name_edit, self.place_edit, self.date_edit,
                                                        self.canvasser_edit), strict=True):
            form.addRow(row_label, field)
        layout.addLayout(form)
        self.start_button = button(self, "primary")
        self.start_button.clicked.connect(self._on_start_button_clicked)
        layout.addWidget(self.start_button)

        self.existing_heading = label(self, "heading")
        layout.addWidget(self.existing_heading)
        self.event_combo = QComboBox(self)
        layout.addWidget(self.event_combo)
        self.use_button = button(self)
        self.use_button.clicked.connect(self._on_use_button_clicked)
        layout.addWidget(self.use_button)

        self.kiosk_heading = label(self, "heading")
        layout.addWidget(self.kiosk_heading)
        self.kiosk_label_edit = QLineEdit(ctx.settings.kiosk_label, self)
        self.kiosk_label_edit.setMaxLength(100)
        layout.addWidget(self.kiosk_label_edit)
        self.kiosk_button = button(self)
        self.kiosk_button.clicked.connect(self._on_kiosk_button_clicked)
        layout.addWidget(self.kiosk_button)
        self.status = label(self, "muted")
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.retranslate()
        self.reload_events()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.new_heading.setText(self.tr("Start a new event"))
        for row_label, text in zip(self._form_labels, (self.tr("Event name"), self.tr("Place"), self.tr("Date"),
                                                       self.tr("Canvasser or team")), strict=True):
            row_label.setText(text)
        self.start_button.setText(self.tr("Start this event"))
        self.existing_heading.setText(self.tr("Or continue an earlier event"))
        self.use_button.setText(self.tr("Use the chosen event"))
        self.kiosk_heading.setText(self.tr("Name of this kiosk in reports"))
        self.kiosk_button.setText(self.tr("Save the kiosk name"))

    def reload_events(self) -> None:
        """Fill the list of earlier events, selecting the current one."""
        current = self._ctx.current_event_id()
        self.event_combo.clear()
        for event in reversed(self._ctx.store.events(self._ctx.campaign.id)):
            text = " — ".join(part for part in (event.name, event.date, event.place) if part)
            self.event_combo.addItem(text, event.id)
            if event.id == current:
                self.event_combo.setCurrentIndex(self.event_combo.count() - 1)
        self.use_button.setEnabled(self.event_combo.count() > 0)

    def _set_current(self, event_id: int) -> None:
        self._ctx.settings.set("current_event_id", event_id)
        self._ctx.settings.save()
        self.reload_events()
        self.event_changed.emit()

    def _on_start_button_clicked(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if not name:
            self.status.setText(self.tr("Give the event a name first."))
            return
        canvasser = " ".join(self.canvasser_edit.text().split())
        event_id = self._ctx.store.create_event(name, " ".join(self.place_edit.text().split()),
                                                self.date_edit.date().toString("yyyy-MM-dd"), canvasser)
        self._ctx.settings.set("canvasser", canvasser)
        self._set_current(event_id)
        self.name_edit.clear()
        self.place_edit.clear()
        self.status.setText(self.tr("New signatures now belong to “%1”.").replace("%1", isolate(name)))

    def _on_use_button_clicked(self) -> None:
        event_id = self.event_combo.currentData()
        if isinstance(event_id, int):
            self._set_current(event_id)
            self.status.setText(self.tr("New signatures now belong to “%1”.").replace(
                "%1", self.event_combo.currentText()))

    def _on_kiosk_button_clicked(self) -> None:
        self._ctx.settings.set("kiosk_label", " ".join(self.kiosk_label_edit.text().split()))
        self._ctx.settings.save()
        self.status.setText(self.tr("Kiosk name saved."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
