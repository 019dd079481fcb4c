"""The settings' change announcements as a Qt signal (the core's observer list, bridged).

:meth:`kiosk.settings.Settings.subscribe` is a plain observer list so the core stays Qt-free;
this turns it into :attr:`SettingsNotifier.settings_saved`, so widgets connect to it like any
other signal and stop hearing it when they are gone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.settings import Settings


class SettingsNotifier(QObject):
    """Emits :attr:`settings_saved` with the names of the settings a save changed."""

    settings_saved = Signal(object)  # frozenset[str]

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = settings.subscribe(self._on_settings_saved)
        self.destroyed.connect(self._unsubscribe)

    def close(self) -> None:
        """Stop listening (the owner is going away)."""
        self._unsubscribe()

    def _on_settings_saved(self, names: frozenset[str]) -> None:
        try:
            self.settings_saved.emit(names)
        except RuntimeError:  # the Qt side is already deleted: stop listening
            self._unsubscribe()
