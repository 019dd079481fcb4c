"""Translation loading and live language switching.

Every ``*_<lang>.ts`` in ``resources/translations`` belongs to the UI (other parts of the
app may ship their own, e.g. ``admin_es.ts``). A compiled ``.qm`` is used when it sits next
to its ``.ts`` and is at least as new (a packaged build ships them there: run
``pyside6-lrelease resources/translations/*.ts`` at build time). Otherwise the ``.ts`` is
compiled at run time with ``pyside6-lrelease`` into the user cache dir, keyed by the
content hash, so a developer's edit shows up on the next start without a build step.

:class:`LanguageSwitcher` installs the translators for one language at a time and tells
the window, which re-labels every screen at once while keeping what the signer typed.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QObject, QTranslator, Signal

from kiosk.paths import APP_NAME

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"  # the language the UI strings are written in (kiosk_en.ts: plurals only)
LRELEASE_TIMEOUT_S = 60

# Names of languages in their own language, for the language buttons.
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "pt": "Português",
    "zh": "中文",
    "vi": "Tiếng Việt",
    "ko": "한국어",
    "ht": "Kreyòl",
    "ar": "العربية",
}


def translations_dir() -> Path:
    """Where the bundled ``.ts``/``.qm`` files live."""
    return Path(str(resources.files("resources").joinpath("translations")))


def _lrelease() -> str | None:
    candidates = [
        Path(sys.executable).parent / "pyside6-lrelease",
        Path(sys.executable).parent / "pyside6-lrelease.exe",
    ]
    try:
        import PySide6

        package = Path(PySide6.__file__).parent
        candidates += [package / "lrelease", package / "lrelease.exe"]
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        pass
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def cache_dir() -> Path:
    """Where run-time compiled ``.qm`` files go."""
    path = Path(platformdirs.user_cache_dir(APP_NAME)) / "translations"
    path.mkdir(parents=True, exist_ok=True)
    return path


def compile_ts(ts_file: Path, out_dir: Path | None = None) -> Path | None:
    """Compile one ``.ts`` to ``.qm`` in the cache (or ``out_dir``); None if impossible."""
    digest = hashlib.sha256(ts_file.read_bytes()).hexdigest()[:16]
    target = (out_dir or cache_dir()) / f"{ts_file.stem}-{digest}.qm"
    if target.is_file():
        return target
    tool = _lrelease()
    if tool is None:
        log.warning("no lrelease found; %s stays untranslated", ts_file.name)
        return None
    partial = target.with_suffix(".qm.tmp")
    try:
        subprocess.run([tool, "-silent", str(ts_file), "-qm", str(partial)],  # noqa: S603 - fixed tool, our files
                       check=True, capture_output=True, timeout=LRELEASE_TIMEOUT_S)
        partial.replace(target)
    except (OSError, subprocess.SubprocessError):
        log.warning("could not compile %s", ts_file.name)
        partial.unlink(missing_ok=True)
        return None
    return target


def qm_files(language: str, directory: Path | None = None) -> list[Path]:
    """Compiled translation files for ``language``, building missing or stale ones."""
    directory = directory or translations_dir()
    found: dict[str, Path] = {}
    for qm in sorted(directory.glob(f"*_{language}.qm")):
        ts = qm.with_suffix(".ts")
        if not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime:
            found[qm.stem] = qm
    for ts in sorted(directory.glob(f"*_{language}.ts")):
        if ts.stem not in found:
            compiled = compile_ts(ts)
            if compiled is not None:
                found[ts.stem] = compiled
    return [found[stem] for stem in sorted(found)]


class LanguageSwitcher(QObject):
    """Installs the translators of the chosen language and announces the change."""

    language_changed = Signal(str)

    def __init__(self, languages: tuple[str, ...], initial: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.languages = languages
        self._translators: list[QTranslator] = []
        self._language = ""
        self.set_language(initial if initial in languages else languages[0])

    @property
    def language(self) -> str:
        """The current language code."""
        return self._language

    def set_language(self, language: str) -> None:
        """Switch every translated string to ``language`` now."""
        if language == self._language:
            return
        app = QCoreApplication.instance()
        for translator in self._translators:
            if app is not None:
                QCoreApplication.removeTranslator(translator)
        self._translators = []
        # The source language is loaded too: its .ts carries the English plural forms
        # ("1 second" / "5 seconds") that the source strings can only write as "second(s)".
        for qm in qm_files(language):
            translator = QTranslator(self)
            if translator.load(str(qm)):
                QCoreApplication.installTranslator(translator)
                self._translators.append(translator)
            else:
                log.warning("unreadable translation %s", qm.name)
        self._language = language
        self.language_changed.emit(language)


def language_name(code: str) -> str:
    """The language's own name for its button."""
    return LANGUAGE_NAMES.get(code, code.upper())
