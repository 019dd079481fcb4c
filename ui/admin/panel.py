"""The admin area, behind the coordinator PIN.

Interface the kiosk window relies on:
- ``AdminPanel(ctx, sync_bridge, parent)``: a QWidget shown after the right PIN.
- signal ``exit_requested``: the coordinator chose to exit the kiosk.
- signal ``closed``: back to the signing flow.
- signal ``pin_change_requested``: the kiosk window shows its PIN-change dialog.
- signal ``duress_pin_requested``: the kiosk window asks for the duress PIN on its pad.
- signal ``wipe_requested``: the coordinator confirmed the panic wipe (kiosk/wipe.py).

Pages: the numbers (today, this event, all time, waiting, rejected and why), the event and
kiosk name, sync settings with Sync now, kiosk settings, and exports with progress and
cancel. A warning shows at the top while the data key is kept in a file instead of the OS
keyring. The numbers refresh every few seconds while the area is open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QBoxLayout, QLineEdit, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from kiosk.reports import report_languages
from kiosk.runtime import KioskContext
from ui.admin.common import button, label
from ui.admin.event_page import EventPage
from ui.admin.export_page import ExportPage
from ui.admin.overview_page import OverviewPage
from ui.admin.pair_page import PairPage
from ui.admin.settings_page import SettingsPage
from ui.admin.sync_page import SyncPage
from ui.style import COMPACT_BELOW_PX, COMPACT_TOUCH_TARGET_PX
from ui.widgets.keyboard import KEY_HEIGHT_PX, OnScreenKeyboard

REFRESH_MS = 5_000
SYNC_TAB = 2  # the tab holding the sync settings and the hub pairing form


def _scrollable(page: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setWidget(page)
    return area


class AdminPanel(QWidget):
    """The coordinator's area: numbers, event set-up, sync, settings, exports, exit."""

    exit_requested = Signal()
    closed = Signal()
    pin_change_requested = Signal()
    duress_pin_requested = Signal()
    wipe_requested = Signal()

    def __init__(self, ctx: KioskContext, sync_bridge: QObject | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        layout = QVBoxLayout(self)
        self._layout = layout
        bar = QWidget(self)
        bar.setObjectName("topBar")
        # The title and the buttons share one row on a wide screen; on a narrow one the
        # buttons go below the title, and one above the other if even that is too narrow.
        self._bar_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, bar)
        self.title = label(bar, "title", wrap=False)
        self._bar_layout.addWidget(self.title, 1)
        self._buttons_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._bar_layout.addLayout(self._buttons_row)
        self.back_button = button(bar, "barButton")
        self.pin_button = button(bar, "barButton")
        self.exit_button = button(bar, "barButton")
        for widget, signal in ((self.back_button, self.closed), (self.pin_button, self.pin_change_requested),
                               (self.exit_button, self.exit_requested)):
            widget.clicked.connect(signal)
            self._buttons_row.addWidget(widget)
        layout.addWidget(bar)
        self.key_store_warning = label(self, "screenError")
        self.key_store_warning.setVisible(ctx.key_store == "file")
        layout.addWidget(self.key_store_warning)

        self.overview = OverviewPage(ctx, self)
        self.event_page = EventPage(ctx, self)
        self.sync_page = SyncPage(ctx, sync_bridge, self)
        self.pair_page = PairPage(ctx, sync_bridge, self)
        self.settings_page = SettingsPage(ctx, self)
        self.settings_page.safety.duress_pin_requested.connect(self.duress_pin_requested)
        self.settings_page.safety.wipe_confirmed.connect(self.wipe_requested)
        self.export_page = ExportPage(ctx, self._coordinator_language(), self)
        self.tabs = QTabWidget(self)
        # Pairing with a hub sits under the sync settings, on the same tab: a sixth tab would not
        # fit a tablet held upright without scroll arrows too small for a finger.
        sync_tab = QWidget(self)
        sync_layout = QVBoxLayout(sync_tab)
        sync_layout.setContentsMargins(0, 0, 0, 0)
        sync_layout.addWidget(self.sync_page)
        sync_layout.addWidget(self.pair_page)
        for page in (self.overview, self.event_page, sync_tab, self.settings_page, self.export_page):
            self.tabs.addTab(_scrollable(page, self.tabs), "")
        layout.addWidget(self.tabs, 1)
        # Kiosk tablets have no keyboard: the coordinator types event names, URLs and the
        # token with the same on-screen keyboard signers use. It shows while a field has focus.
        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.hide()
        self.keyboard.next_requested.connect(self._on_keyboard_next_requested)
        layout.addWidget(self.keyboard)
        self.event_page.event_changed.connect(self._on_event_page_event_changed)
        self.exit_requested.connect(self.export_page.shutdown)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_app_about_to_quit)
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)
        self.retranslate()

    def show_pairing(self) -> None:
        """Open the Sync tab at the hub pairing form, its address field ready for typing."""
        self.tabs.setCurrentIndex(SYNC_TAB)
        area = self.tabs.currentWidget()
        if isinstance(area, QScrollArea):
            area.ensureWidgetVisible(self.pair_page.url_edit)
        self.pair_page.url_edit.setFocus()

    def _coordinator_language(self) -> str:
        # The window's language switcher knows which language the screens are in.
        switcher = getattr(self.parent(), "switcher", None)
        language = str(getattr(switcher, "language", "") or "")
        return language if language in report_languages() else "en"

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.title.setText(self.tr("Coordinator area"))
        self.back_button.setText(self.tr("Back to signing"))
        self.pin_button.setText(self.tr("Change PIN"))
        self.exit_button.setText(self.tr("Exit the kiosk"))
        self.key_store_warning.setText(self.tr(
            "Warning: there is no OS keyring on this device, so the key that protects signers' data is kept in a "
            "file. Anyone who takes this device and that file can read the signatures. Use a device with a "
            "keyring for collecting when you can."))
        for index, text in enumerate((self.tr("Numbers"), self.tr("Event"), self.tr("Sync"), self.tr("Settings"),
                                      self.tr("Exports"))):
            self.tabs.setTabText(index, text)
        self._arrange_bar(self.width())  # the new words may need another arrangement

    def _arrange_bar(self, width: int) -> None:
        buttons = (self.back_button, self.pin_button, self.exit_button)
        spacing = max(self._bar_layout.spacing(), 0)
        margins = self._bar_layout.contentsMargins()
        outer = self._layout.contentsMargins()
        room = width - margins.left() - margins.right() - outer.left() - outer.right()
        buttons_width = sum(b.sizeHint().width() for b in buttons) + 2 * spacing
        one_row = self.title.sizeHint().width() + spacing + buttons_width <= room
        self._bar_layout.setDirection(QBoxLayout.Direction.LeftToRight if one_row else QBoxLayout.Direction.TopToBottom)
        self._buttons_row.setDirection(QBoxLayout.Direction.LeftToRight if buttons_width <= room
                                       else QBoxLayout.Direction.TopToBottom)

    @Slot(QWidget, QWidget)
    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self.isAncestorOf(new):
            return  # focus left the admin area (or the window lost it): leave the keyboard be
        if isinstance(new, QLineEdit) and not new.isReadOnly():
            self.keyboard.set_target(new)
            self.keyboard.retranslate()
            self.keyboard.show()
        else:
            self.keyboard.set_target(None)
            self.keyboard.hide()

    @Slot()
    def _on_keyboard_next_requested(self) -> None:
        self.focusNextChild()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_bar(event.size().width())
        # On a short screen the keys take the minimum size, as the signer's keyboard does,
        # so the field being typed in stays in view above them.
        compact = min(event.size().width(), event.size().height()) < COMPACT_BELOW_PX
        self.keyboard.set_key_size(COMPACT_TOUCH_TARGET_PX if compact else KEY_HEIGHT_PX)

    @Slot()
    def refresh(self) -> None:
        """Re-read counts and sync state."""
        self.overview.refresh()
        self.sync_page.refresh()
        self.pair_page.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        self.event_page.reload_events()
        self.export_page.reload_events()
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        self.keyboard.set_target(None)
        self.keyboard.hide()
        super().hideEvent(event)

    def shutdown(self) -> None:
        """Stop background work (the export thread). Safe to call more than once."""
        self._timer.stop()
        self.export_page.shutdown()

    @Slot()
    def _on_app_about_to_quit(self) -> None:
        self.shutdown()

    @Slot()
    def _on_event_page_event_changed(self) -> None:
        self.overview.refresh()
        self.export_page.reload_events()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
