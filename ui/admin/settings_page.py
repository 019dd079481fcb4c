"""Kiosk settings in the admin area: retention, inactivity timeout, default language, and the
safety section (duress PIN, panic wipe: ui/admin/safety_section.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from kiosk.runtime import KioskContext
from kiosk.settings import RetentionMode, Settings
from ui.admin.common import button, label
from ui.admin.safety_section import SafetySection
from ui.admin.speech_section import SpeechSection
from ui.i18n import language_name

RETENTION_CHOICES = tuple(RetentionMode)
# The admin area offers no less than half a minute: a signer needs time to read the petition.
MIN_TIMEOUT_S = 30
MAX_TIMEOUT_S = Settings.inactivity_timeout_s.maximum or MIN_TIMEOUT_S
MAX_RETENTION_DAYS = Settings.retention_days.maximum or 1


class SettingsPage(QWidget):
    """Retention of personal data, the inactivity timeout and the welcome screen's language."""

    def __init__(self, ctx: KioskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        layout = QVBoxLayout(self)
        self.heading = label(self, "heading")
        layout.addWidget(self.heading)
        form = QFormLayout()
        self.retention_combo = QComboBox(self)
        for choice in RETENTION_CHOICES:
            self.retention_combo.addItem("", choice)
        self.retention_combo.setCurrentIndex(RETENTION_CHOICES.index(ctx.settings.retention))
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(1, MAX_RETENTION_DAYS)
        self.days_spin.setValue(ctx.settings.retention_days)
        self.timeout_spin = QSpinBox(self)
        self.timeout_spin.setRange(MIN_TIMEOUT_S, MAX_TIMEOUT_S)
        self.timeout_spin.setSingleStep(15)
        self.timeout_spin.setValue(min(MAX_TIMEOUT_S, max(MIN_TIMEOUT_S, ctx.settings.inactivity_timeout_s)))
        self.language_combo = QComboBox(self)
        self.language_combo.addItem("", "")
        for code in ctx.campaign.languages:
            self.language_combo.addItem(language_name(code), code)
        index = self.language_combo.findData(ctx.settings.default_language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self._form_labels = [QLabel(self) for _ in range(4)]
        for row_label, field in zip(self._form_labels, (self.retention_combo, self.days_spin, self.timeout_spin,
                                                        self.language_combo), strict=True):
            form.addRow(row_label, field)
        layout.addLayout(form)
        self.retention_combo.currentIndexChanged.connect(self._on_retention_combo_changed)
        self.save_button = button(self, "primary")
        self.save_button.clicked.connect(self._on_save_button_clicked)
        layout.addWidget(self.save_button)
        self.status = label(self, "muted")
        layout.addWidget(self.status)
        self.safety = SafetySection(ctx, self)
        layout.addWidget(self.safety)
        self.speech = SpeechSection(ctx, self)  # the read-aloud voice: volume, and which languages can be heard
        layout.addWidget(self.speech)
        layout.addStretch(1)
        self._on_retention_combo_changed()
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.heading.setText(self.tr("Kiosk settings"))
        names = {RetentionMode.IMMEDIATE: self.tr("Delete right after upload"),
                 RetentionMode.DAYS: self.tr("Delete some days after upload"),
                 RetentionMode.MANUAL: self.tr("Keep until deleted by hand")}
        for index, choice in enumerate(RETENTION_CHOICES):
            self.retention_combo.setItemText(index, names[choice])
        self.days_spin.setSuffix(self.tr(" days"))
        self.timeout_spin.setSuffix(self.tr(" s"))
        self.language_combo.setItemText(0, self.tr("As the campaign says"))
        for row_label, text in zip(self._form_labels, (
                self.tr("Personal data on this kiosk"), self.tr("Days to keep after upload"),
                self.tr("Clear an abandoned form after"), self.tr("Language of the welcome screen")), strict=True):
            row_label.setText(text)
        self.save_button.setText(self.tr("Save settings"))

    def _on_retention_combo_changed(self, *_args: object) -> None:
        self.days_spin.setEnabled(self.retention_combo.currentData() == RetentionMode.DAYS)

    def _on_save_button_clicked(self) -> None:
        settings = self._ctx.settings
        settings.retention = RetentionMode(self.retention_combo.currentData())
        settings.retention_days = self.days_spin.value()
        settings.inactivity_timeout_s = self.timeout_spin.value()
        settings.default_language = str(self.language_combo.currentData())
        settings.save()
        self.status.setText(self.tr("Settings saved."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
