"""The signer's language and the kiosk's default one.

Made before any widget, so the translators are in place when the first one is worded. The
default is the saved ``default_language`` setting where the campaign has that language,
else the campaign's own; a saved change takes effect at once (:attr:`WindowLanguage.default_saved`:
the window turns the welcome screen to it, and every later signer starts in it). Switching keeps
what was typed: :class:`ui.i18n.LanguageSwitcher` swaps the translators and
:attr:`WindowLanguage.changed` asks the window to word every screen again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.runtime import KioskContext
from ui.i18n import LanguageSwitcher
from ui.settings_notifier import SettingsNotifier


def default_language(ctx: KioskContext) -> str:
    """The language every signer starts in: the saved setting where the campaign has it, else the campaign's."""
    campaign = ctx.campaign
    wanted = ctx.settings.default_language or campaign.default_language
    return wanted if wanted in campaign.languages else campaign.default_language


class WindowLanguage(QObject):
    """The language in force (through one :class:`~ui.i18n.LanguageSwitcher`) and the default one."""

    changed = Signal()  # the language in force changed: every screen is worded again
    default_saved = Signal(str)  # the coordinator saved another default language

    def __init__(self, ctx: KioskContext, parent: QObject) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.default = default_language(ctx)
        self.switcher = LanguageSwitcher(ctx.campaign.languages, self.default, self)
        self.switcher.language_changed.connect(self._on_switcher_language_changed)
        self._settings = SettingsNotifier(ctx.settings, self)
        self._settings.settings_saved.connect(self._on_settings_saved)

    @property
    def current(self) -> str:
        """The signer's language."""
        return self.switcher.language

    def _on_switcher_language_changed(self, _language: str) -> None:
        self.changed.emit()

    def _on_settings_saved(self, names: frozenset[str]) -> None:
        if "default_language" in names:  # the clock follows its own setting
            self.default = default_language(self._ctx)
            self.default_saved.emit(self.default)
