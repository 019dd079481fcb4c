"""Kiosk settings, declared once: each a typed attribute with its default, range or choices and doc.

Like Electrum's ``ConfigVar``: ``settings.inactivity_timeout_s`` is an ``int``, read with no
``int()`` at the call site, and the admin area takes its ranges and choices from the same
declaration. Saving announces what changed (:meth:`Settings.subscribe`, a Qt-free observer list
that ``ui/`` bridges to a Qt signal), so a saved setting takes effect at once wherever it is used.

Stored as JSON in the data dir. Unknown keys are ignored and values of the wrong type or out of
range fall back to the default, so a hand-edited or half-written file never stops a kiosk at a
rally. A file that is not JSON at all is moved aside (kept for the coordinator) and defaults are
used; the caller gets a :class:`~kiosk.errors.ConfigError` to show.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from kiosk.errors import ConfigError
from kiosk.paths import settings_path

T = TypeVar("T")


class SyncKind(StrEnum):
    """Which server the kiosk syncs to. ``CAMPAIGN`` (only as a setting): the campaign's choice."""

    CAMPAIGN = ""
    OSDI = "osdi"
    JSON = "json"
    NONE = "none"


class RetentionMode(StrEnum):
    """When personal fields are purged after confirmed upload."""

    IMMEDIATE = "immediate"
    DAYS = "days"
    MANUAL = "manual"


class ExportKind(StrEnum):
    """What the coordinator can export."""

    TALLY = "tally"
    SHEETS = "sheets"
    CSV = "csv"
    DESTRUCTION = "destruction"  # the record of what retention destroyed


class KeyStoreKind(StrEnum):
    """Where the data key lives."""

    KEYRING = "keyring"
    FILE = "file"


@dataclass(frozen=True)
class Setting:
    """One declared setting, as the file and the admin area see it."""

    name: str
    type: type
    default: Any
    choices: tuple[Any, ...] = ()
    doc: str = ""
    minimum: int | None = None
    maximum: int | None = None

    def accepts(self, value: Any) -> bool:
        """Whether ``value`` is a valid value for this setting."""
        if self.type is not bool and isinstance(value, bool):
            return False
        if issubclass(self.type, Enum):
            return isinstance(value, str) and value in {member.value for member in self.type}
        if not isinstance(value, self.type):
            return False
        if isinstance(value, int):
            if self.minimum is not None and value < self.minimum:
                return False
            if self.maximum is not None and value > self.maximum:
                return False
        return not self.choices or value in self.choices

    def coerce(self, value: Any) -> Any:
        """The stored value as its declared type (an enum member for an enum setting)."""
        return self.type(value) if issubclass(self.type, Enum) else value


class ConfigVar(Generic[T]):
    """A typed setting declared as a class attribute of :class:`Settings`."""

    def __init__(self, default: T, *, doc: str, choices: tuple[T, ...] = (), minimum: int | None = None,
                 maximum: int | None = None) -> None:
        self.default = default
        self.doc = doc
        self.choices = choices
        self.minimum = minimum
        self.maximum = maximum
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @property
    def setting(self) -> Setting:
        """The declaration as a plain value (type, default, range, choices, doc)."""
        return Setting(self.name, type(self.default), self.default, self.choices, self.doc, self.minimum,
                       self.maximum)

    @overload
    def __get__(self, obj: None, owner: type) -> ConfigVar[T]: ...

    @overload
    def __get__(self, obj: Settings, owner: type) -> T: ...

    def __get__(self, obj: Settings | None, owner: type) -> ConfigVar[T] | T:
        if obj is None:
            return self
        value: T = obj[self.name]
        return value

    def __set__(self, obj: Settings, value: T) -> None:
        obj.set(self.name, value)


SettingsListener = Callable[[frozenset[str]], None]


class Settings:
    """The settings file as typed attributes, with atomic saves that announce what changed."""

    kiosk_label = ConfigVar("", doc="Name of this device in reports (e.g. 'Tablet 3').")
    canvasser = ConfigVar("", doc="Canvasser or team label used for new events.")
    current_event_id = ConfigVar(0, minimum=0, doc="Event new signatures belong to (0 = none).")
    default_language = ConfigVar("", doc="Language of the welcome screen; '' = campaign's.")
    inactivity_timeout_s = ConfigVar(90, minimum=1, maximum=900,
                                     doc="Seconds without a touch before the form clears.")
    retention = ConfigVar(RetentionMode.DAYS, doc="When personal data is purged after confirmed upload.")
    retention_days = ConfigVar(14, minimum=0, maximum=365, doc="Days to keep personal data after upload.")
    sync_kind = ConfigVar(SyncKind.CAMPAIGN, doc="Which server to sync to; '' = campaign's.")
    sync_url = ConfigVar("", doc="Server base URL; '' = campaign's.")
    sync_petition_id = ConfigVar("", doc="Petition id on the server; '' = campaign's.")
    sync_ca_bundle = ConfigVar("", doc="Path of a CA bundle for a self-hosted server.")
    key_store = ConfigVar(KeyStoreKind.KEYRING, doc="Where the data key lives.")
    # Read once by kiosk/pin.py, moved into the database and emptied: the PIN lives there now.
    pin_hash = ConfigVar("", doc="an older release's admin PIN hash, moved into the database at start.")
    larger_text = ConfigVar(False, doc="Bigger type for signers who need it.")
    speech_volume = ConfigVar(80, minimum=0, maximum=100, doc="Loudness of the read-aloud voice, in percent.")

    def __init__(self, path: Path, values: dict[str, Any]) -> None:
        self.path = path
        self._values = values
        self._unsaved: set[str] = set()
        self._listeners: list[SettingsListener] = []

    def __getitem__(self, name: str) -> Any:
        setting = SETTINGS[name]
        return setting.coerce(self._values[name]) if name in self._values else setting.default

    def set(self, name: str, value: Any) -> None:
        """Change one setting in memory (call :meth:`save` to persist and announce it)."""
        setting = SETTINGS[name]
        if not setting.accepts(value):
            raise ValueError(name)
        value = setting.coerce(value)
        if self[name] != value:
            self._unsaved.add(name)
        self._values[name] = value

    def subscribe(self, listener: SettingsListener) -> Callable[[], None]:
        """Call ``listener(names)`` after each save that changed those settings; returns an unsubscribe."""
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)
        return unsubscribe

    def save(self) -> None:
        """Write atomically (a power cut leaves the old file or the new one, never half), then announce."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".settings-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(self._values, handle, indent=2, sort_keys=True, ensure_ascii=False)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        changed, self._unsaved = frozenset(self._unsaved), set()
        if changed:
            for listener in list(self._listeners):
                listener(changed)


SETTINGS: dict[str, Setting] = {
    var.name: var.setting for var in vars(Settings).values() if isinstance(var, ConfigVar)
}


def load_settings(data_dir: Path) -> tuple[Settings, ConfigError | None]:
    """Load settings; a corrupt file is moved aside and reported, never fatal."""
    path = settings_path(data_dir)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings(path, {}), None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        aside = path.with_name(f"{path.name}.corrupt-{int(time.time())}")
        os.replace(path, aside)
        return Settings(path, {}), ConfigError(aside.name)
    if not isinstance(raw, dict):
        aside = path.with_name(f"{path.name}.corrupt-{int(time.time())}")
        os.replace(path, aside)
        return Settings(path, {}), ConfigError(aside.name)
    values = {k: SETTINGS[k].coerce(v) for k, v in raw.items() if k in SETTINGS and SETTINGS[k].accepts(v)}
    return Settings(path, values), None
