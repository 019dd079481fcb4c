"""Exports from the admin area: tally, signature sheets, CSV or the record of destruction, with
filters, progress and cancel.

Below the form, every export this kiosk saved that is still on disk is listed (where it is,
its size and age) with a button to delete it: exports hold signers' names, and a finished
file would otherwise stay wherever it was saved for as long as nobody remembers it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Slot
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.export_ledger import ExportFile, ExportLedger
from kiosk.reports import report_languages
from kiosk.runtime import KioskContext
from kiosk.settings import ExportKind
from ui.admin.common import button, label
from ui.admin.export_worker import ExportOutcome, ExportRequest, ExportRunner
from ui.i18n import language_name
from ui.messages import export_error_text

EXPORT_KINDS = tuple(ExportKind)
# The exports that list names: only the hub can make them for a tablet in sealed mode.
NAMED_KINDS = (ExportKind.SHEETS, ExportKind.CSV)
SUFFIXES: dict[str, str] = {ExportKind.TALLY: ".pdf", ExportKind.SHEETS: ".pdf", ExportKind.CSV: ".csv",
                            ExportKind.DESTRUCTION: ".pdf"}


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


class SavedExports(QWidget):
    """The exports still on disk, with where they are, their size and age, and a delete button."""

    def __init__(self, ledger: ExportLedger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._files: list[ExportFile] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = label(self, "heading")
        self.note = label(self)
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)
        self.delete_button = button(self)
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.status = label(self)
        self.status.setObjectName("saved_exports_status")
        for widget in (self.heading, self.note, self.table, self.delete_button, self.status):
            layout.addWidget(widget)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.heading.setText(self.tr("Exports saved by this kiosk"))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Size"), self.tr("Age")])
        self.delete_button.setText(self.tr("Delete the selected export"))
        self.reload()

    def reload(self) -> None:
        """Read the ledger again (after an export, a deletion, or when the page is shown)."""
        self._files = self._ledger.files()
        self.table.setRowCount(len(self._files))
        for row, saved in enumerate(self._files):
            cells = (str(saved.path), self._size(saved.size), self._age(saved.age_s()))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.note.setText(self.tr("These files hold signers' personal data. Delete each one once it has been "
                                  "delivered.") if self._files else self.tr("No exports are kept on this device."))
        self.delete_button.setEnabled(bool(self.table.selectedItems()))

    def _size(self, size: int) -> str:
        if size < 1024 * 1024:
            return self.tr("%1 KB").replace("%1", f"{max(1, round(size / 1024)):,}")
        return self.tr("%1 MB").replace("%1", f"{size / (1024 * 1024):,.1f}")

    def _age(self, seconds: float) -> str:
        hours = int(seconds // 3600)
        if hours < 1:
            return self.tr("less than an hour")
        if hours < 48:
            return self.tr("%1 hours").replace("%1", str(hours))
        return self.tr("%1 days").replace("%1", str(hours // 24))

    def _on_table_selection_changed(self) -> None:
        self.delete_button.setEnabled(bool(self.table.selectedItems()))

    def _on_delete_button_clicked(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if len(rows) != 1:
            return
        saved = self._files[rows.pop()]
        try:
            self._ledger.delete(saved.path)
        except OSError:
            self.status.setText(self.tr("Could not delete %1. Delete it by hand.").replace("%1", str(saved.path)))
        else:
            self.status.setText(self.tr("Deleted %1.").replace("%1", str(saved.path)))
        self.reload()


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
        self.saved = SavedExports(ExportLedger(ctx.data_dir), self)
        layout.addWidget(self.saved, 1)
        self.sealed_note = label(self)
        self.sealed_note.setObjectName("export_sealed_note")
        self.sealed_note.setWordWrap(True)
        layout.insertWidget(1, self.sealed_note)
        self._offer_kinds()
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.retranslate()
        self.reload_events()
        self._on_kind_combo_changed()

    def _offer_kinds(self) -> None:
        """In sealed mode, sheets and CSV (which list names) are shown greyed out, with the reason."""
        sealed = self._ctx.store.sealed_mode(self._ctx.campaign)
        model = self.kind_combo.model()
        for index, kind in enumerate(EXPORT_KINDS):
            if kind in NAMED_KINDS and isinstance(model, QStandardItemModel):
                item = model.item(index)
                if item is not None:
                    item.setEnabled(not sealed)
        if sealed and self.kind_combo.currentData() in NAMED_KINDS:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(ExportKind.TALLY))
        self.sealed_note.setVisible(sealed)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.heading.setText(self.tr("Export for organizers"))
        self.sealed_note.setText(self.tr(
            "Signature sheets and the spreadsheet list names. This tablet seals every signature for the hub "
            "and cannot open them: make those on the hub's dashboard. The tally works here."))
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
        self.saved.retranslate()

    def reload_events(self) -> None:
        """The event filter's choices: all events, then every event name (and which kinds are offered)."""
        self._offer_kinds()  # a pairing made since the page was built switches the tablet to sealed mode
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
            self.saved.reload()
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
        self.saved.reload()

    def describe_error(self, code: str, detail: str) -> str:
        """An export error code in words (no personal data: details are paths and event names)."""
        return export_error_text(code, detail)

    def shutdown(self) -> None:
        """Stop the export thread (before the app quits)."""
        self.runner.shutdown()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
