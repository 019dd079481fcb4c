"""Kiosk settings, declared once with their types and defaults.

Stored as JSON in the data dir. Every setting is a :class:`Setting` in :data:`SETTINGS`;
unknown keys are ignored and values of the wrong type fall back to the default, so a
hand-edited or half-written file never stops a kiosk at a rally. A file that is not JSON
at all is moved aside (kept for the coordinator) and defaults are used; the caller gets a
:class:`~kiosk.errors.ConfigError` to show.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.errors import ConfigError
from kiosk.paths import settings_path


@dataclass(frozen=True)
class Setting:
    """One declared setting."""

    name: str
    type: type
    default: Any
    choices: tuple[Any, ...] = ()
    doc: str = ""

    def accepts(self, value: Any) -> bool:
        """Whether ``value`` is a valid value for this setting."""
        if self.type is int and isinstance(value, bool):
            return False
        if not isinstance(value, self.type):
            return False
        return not self.choices or value in self.choices


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting("kiosk_label", str, "", doc="Name of this device in reports (e.g. 'Tablet 3')."),
        Setting("canvasser", str, "", doc="Canvasser or team label used for new events."),
        Setting("current_event_id", int, 0, doc="Event new signatures belong to (0 = none)."),
        Setting("default_language", str, "", doc="Language of the welcome screen; '' = campaign's."),
        Setting("inactivity_timeout_s", int, 90, doc="Seconds without a touch before the form clears."),
        Setting("retention", str, "days", ("immediate", "days", "manual"),
                doc="When personal data is purged after confirmed upload."),
        Setting("retention_days", int, 14, doc="Days to keep personal data after upload."),
        Setting("sync_kind", str, "", ("", "osdi", "json", "none"), doc="'' = campaign's."),
        Setting("sync_url", str, "", doc="Server base URL; '' = campaign's."),
        Setting("sync_petition_id", str, "", doc="Petition id on the server; '' = campaign's."),
        Setting("sync_ca_bundle", str, "", doc="Path of a CA bundle for a self-hosted server."),
        Setting("key_store", str, "keyring", ("keyring", "file"), doc="Where the data key lives."),
        Setting("pin_hash", str, "", doc="scrypt hash of the admin PIN; '' = the default PIN."),
        Setting("larger_text", bool, False, doc="Bigger type for signers who need it."),
    )
}


class Settings:
    """Typed view of the settings file with atomic saves."""

    def __init__(self, path: Path, values: dict[str, Any]) -> None:
        self.path = path
        self._values = values

    def __getitem__(self, name: str) -> Any:
        return self._values.get(name, SETTINGS[name].default)

    def set(self, name: str, value: Any) -> None:
        """Change one setting in memory (call :meth:`save` to persist)."""
        setting = SETTINGS[name]
        if not setting.accepts(value):
            raise ValueError(name)
        self._values[name] = value

    def as_dict(self) -> dict[str, Any]:
        """Every setting with its effective value."""
        return {name: self[name] for name in SETTINGS}

    def save(self) -> None:
        """Write atomically: a power cut leaves the old file or the new one, never half."""
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
    values = {k: v for k, v in raw.items() if k in SETTINGS and SETTINGS[k].accepts(v)}
    return Settings(path, values), None
