"""Exports from the admin area: tally, signature sheets, CSV or the record of destruction, with
filters, progress and cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from kiosk.reports import report_languages
from kiosk.runtime import KioskContext
from ui.admin.common import button, label
from ui.admin.export_worker import ExportOutcome, ExportRequest, ExportRunner
from ui.i18n import language_name

EXPORT_KINDS = ("tally", "sheets", "csv", "destruction")
SUFFIXES = {"tally": ".pdf", "sheets": ".pdf", "csv": ".csv", "destruction": ".pdf"}


def default_folder() -> Path:
    """Where exports go unless the coordinator picks another place."""
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


def _row(parent: QWidget, first: QWidget, second: QWidget) -> QWidget:
    """Two widgets side by side in one form row."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(first, 1 if isinstance(first, QLineEdit) else 0)
    layout.addWidget(second, 0 if isinstance(first, QLineEdit) else 1)
    return row


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


class ExportPage(QWidget):
    """Pick what to export and where; watch it run; cancel it."""

    def __init__(self, ctx: KioskContext, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._running_kind = ""
        self.runner = ExportRunner(self)
        self.runner.progressed.connect(self._on_runner_progressed)
        self.runner.finished.connect(self._on_runner_finished)
        layout = QVBoxLayout(self)
        self.heading = label(self, "heading")
        layout.addWidget(self.heading)
        form = QFormLayout()
        self.kind_combo = QComboBox(self)
        for kind in EXPORT_KINDS:
            self.kind_combo.addItem("", kind)
        self.event_combo = QComboBox(self)
        self.since_check, self.until_check = QCheckBox(self), QCheckBox(self)
        today = QDate.currentDate()
        self.since_edit, self.until_edit = QDateEdit(today, self), QDateEdit(today, self)
        for check, edit in ((self.since_check, self.since_edit), (self.until_check, self.until_edit)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        self.language_combo = QComboBox(self)
        for code in report_languages():
            self.language_combo.addItem(language_name(code), code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.path_edit = QLineEdit(self)
        self.browse_button = button(self)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        path_row = _row(self, self.path_edit, self.browse_button)
        since_row = _row(self, self.since_check, self.since_edit)
        until_row = _row(self, self.until_check, self.until_edit)
        self._form_labels = [QLabel(self) for _ in range(6)]
        for row_label, field in zip(self._form_labels, (self.kind_combo, self.event_combo, since_row, until_row,
                                                        self.language_combo, path_row), strict=True):
            form.addRow(row_label, field)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.export_button = button(self, "primary")
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.cancel_button = button(self)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.cancel_button.setEnabled(False)
        buttons.addWidget(self.export_button, 1)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.result = label(self)
        self.result.setObjectName("export_result")
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.retranslate()
        self.reload_events()
        self._on_kind_combo_changed()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.heading.setText(self.tr("Export for organizers"))
        names = {"tally": self.tr("Tally (PDF)"), "sheets": self.tr("Signature sheets for delivery (PDF)"),
                 "csv": self.tr("Spreadsheet of signatures (CSV)"),
                 "destruction": self.tr("Record of destruction of personal data (PDF)")}
        for index, kind in enumerate(EXPORT_KINDS):
            self.kind_combo.setItemText(index, names[kind])
        if self.event_combo.count():
            self.event_combo.setItemText(0, self.tr("All events"))
        self.since_check.setText(self.tr("from"))
        self.until_check.setText(self.tr("until"))
        for row_label, text in zip(self._form_labels, (self.tr("What"), self.tr("Event"), self.tr("First day"),
                                                       self.tr("Last day"), self.tr("Language of the document"),
                                                       self.tr("Save as")), strict=True):
            row_label.setText(text)
        self.browse_button.setText(self.tr("Choose…"))
        self.export_button.setText(self.tr("Export"))
        self.cancel_button.setText(self.tr("Cancel export"))

    def reload_events(self) -> None:
        """The event filter's choices: all events, then every event name."""
        chosen = self.event_combo.currentData()
        self.event_combo.clear()
        self.event_combo.addItem(self.tr("All events"), None)
        names = sorted({e.name for e in self._ctx.store.events(self._ctx.campaign.id)})
        for name in names:
            self.event_combo.addItem(name, name)
        self.event_combo.setCurrentIndex(max(0, self.event_combo.findData(chosen)))

    def _suggested_path(self, kind: str) -> Path:
        stamp = date.today().isoformat()
        return default_folder() / f"{self._ctx.campaign.id}-{kind}-{stamp}{SUFFIXES[kind]}"

    def _on_kind_combo_changed(self, *_args: object) -> None:
        kind = str(self.kind_combo.currentData())
        current = self.path_edit.text().strip()
        if not current:
            self.path_edit.setText(str(self._suggested_path(kind)))
            return
        path = Path(current)
        if path.suffix.lower() != SUFFIXES[kind]:
            self.path_edit.setText(str(path.with_suffix(SUFFIXES[kind])))

    def _on_browse_button_clicked(self) -> None:
        kind = str(self.kind_combo.currentData())
        pattern = self.tr("PDF documents (*.pdf)") if SUFFIXES[kind] == ".pdf" else self.tr("CSV files (*.csv)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the export as"), self.path_edit.text(), pattern)
        if path:
            self.path_edit.setText(path)

    def build_request(self) -> ExportRequest | None:
        """The export the form describes, or None (with a message) if it is incomplete."""
        path = self.path_edit.text().strip()
        if not path:
            self.result.setText(self.tr("Choose where to save the export."))
            return None
        since = _day(self.since_edit) if self.since_check.isChecked() else None
        until = _day(self.until_edit) if self.until_check.isChecked() else None
        if since and until and since > until:
            self.result.setText(self.tr("The first day is after the last day."))
            return None
        event = self.event_combo.currentData()
        return ExportRequest(
            kind=str(self.kind_combo.currentData()), out_path=str(Path(path).expanduser()),
            event=event if isinstance(event, str) else None, since=since, until=until,
            language=str(self.language_combo.currentData()), data_dir=str(self._ctx.data_dir),
            key_store=self._ctx.key_store, campaign=self._ctx.campaign)

    def _on_export_button_clicked(self) -> None:
        request = self.build_request()
        if request is None or not self.runner.start(request):
            return
        self._running_kind = request.kind
        self.progress.setValue(0)
        self.result.setText(self.tr("Exporting…"))
        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)

    def _on_cancel_button_clicked(self) -> None:
        self.runner.cancel()
        self.cancel_button.setEnabled(False)
        self.result.setText(self.tr("Cancelling…"))

    @Slot(int, int)
    def _on_runner_progressed(self, done: int, total: int) -> None:
        self.progress.setValue(done * 100 // max(total, 1))

    @Slot(object)
    def _on_runner_finished(self, outcome: ExportOutcome) -> None:
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if outcome.error_code:
            self.progress.setValue(0)
            self.result.setText(self.describe_error(outcome.error_code, outcome.error_detail))
            return
        self.progress.setValue(100)
        if self._running_kind == "destruction":
            # Its count is of records whose personal data was destroyed, not of signatures listed.
            self.result.setText(self.tr("Saved the record of destruction (%1 records destroyed) to %2.").replace(
                "%1", f"{outcome.signatures:,}").replace("%2", outcome.path))
            return
        text = self.tr("Saved %1 signatures to %2.").replace("%1", f"{outcome.signatures:,}").replace(
            "%2", outcome.path)
        if outcome.purged:
            text += " " + self.tr("%1 signatures whose personal data was purged after upload are not listed.").replace(
                "%1", f"{outcome.purged:,}")
        self.result.setText(text)

    def describe_error(self, code: str, detail: str) -> str:
        """An export error code in words (no personal data: details are paths and event names)."""
        if code == "export_nothing_matches" and detail == "all_purged":
            return self.tr("Nothing to put on signature sheets: the personal data of every matching signature "
                           "was purged after upload. Nothing was saved.")
        texts = {
            "export_nothing_matches": self.tr("No signatures match these filters. Nothing was saved."),
            "export_unwritable": self.tr("Cannot save there: the folder does not exist or is read-only. "
                                         "Choose another place."),
            "export_disk_full": self.tr("The disk is full. Nothing was saved; free some space or choose another "
                                        "place."),
            "export_cancelled": self.tr("Export cancelled. Nothing was saved."),
            "export_unknown_event": self.tr("That event no longer exists."),
            "export_bad_filter": self.tr("The first day is after the last day."),
            "key_mismatch": self.tr("The data key of this kiosk is missing or wrong, so signatures cannot be "
                                    "opened."),
            "storage_error": self.tr("The signature database could not be read."),
        }
        return texts.get(code, self.tr("The export failed (%1). Nothing was saved.").replace("%1", code))

    def shutdown(self) -> None:
        """Stop the export thread (before the app quits)."""
        self.runner.shutdown()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
