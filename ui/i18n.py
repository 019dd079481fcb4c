"""Translation loading and live language switching.

Every ``<part>_<lang>.ts`` in ``resources/translations`` (and in an added languages folder,
see :mod:`kiosk.languages`) belongs to the UI (``kiosk_``, ``admin_``, ``sync_`` …), and the
languages the UI speaks are discovered from these files: adding a language is adding files.
Each language names itself in its own files (the translation of "English" in context
``Language``), and its ``.ts`` says whether a native speaker has reviewed it (Qt Linguist's
``type="unfinished"`` marks a draft; lrelease still compiles drafts into the ``.qm``).

A compiled ``.qm`` is used when it sits next to its ``.ts`` and is at least as new (a
packaged build ships them there: run ``pyside6-lrelease resources/translations/*.ts`` at
build time). Otherwise the ``.ts`` is compiled at run time with ``pyside6-lrelease`` into
the user cache dir, keyed by the content hash, so a developer's edit shows up on the next start without a build step.

:class:`LanguageSwitcher` installs the translators for one language at a time and tells
the window, which re-labels every screen at once while keeping what the signer typed.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import subprocess
import sys
import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path

import platformdirs
from defusedxml import DefusedXmlException, ElementTree
from PySide6.QtCore import QCoreApplication, QObject, QTranslator, Signal
from PySide6.QtGui import QGuiApplication

from kiosk.languages import TRANSLATIONS, code_from_file, file_code, label_file, resource_dirs
from kiosk.paths import APP_NAME

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"  # the language the UI strings are written in (kiosk_en.ts: plurals only)
LRELEASE_TIMEOUT_S = 60

# Each translation names its language in its own script: the translation of this string.
NAME_CONTEXT = "Language"
NAME_SOURCE = "English"  # marked for translators (lupdate) in ui/screens/welcome.py
DRAFT, REVIEWED = "draft", "reviewed"


def translations_dir() -> Path:
    """Where the bundled ``.ts``/``.qm`` files live."""
    return Path(str(resources.files("resources").joinpath("translations")))


def translation_dirs() -> list[Path]:
    """Every folder with UI translations: the bundled one, then an added languages folder."""
    return resource_dirs(TRANSLATIONS)


def _translation_files(language: str | None = None) -> list[Path]:
    """``.ts``/``.qm`` files of ``language`` (of every language when None), bundled first."""
    pattern = f"*_{file_code(language)}" if language else "*_*"
    return [path for folder in translation_dirs() for suffix in (".ts", ".qm")
            for path in sorted(folder.glob(pattern + suffix))]


def _language_of(path: Path) -> str:
    return code_from_file(path.stem.partition("_")[2])


def ui_languages() -> tuple[str, ...]:
    """Languages the UI speaks: one per translation file present, the source language first."""
    found = {_language_of(path) for path in _translation_files()}
    found.discard(SOURCE_LANGUAGE)
    return (SOURCE_LANGUAGE, *sorted(found))


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
    """Compiled translation files for ``language``, building missing or stale ones.

    Looks in ``directory``, or else in every translations folder (an added folder's file
    replaces a bundled one of the same name).
    """
    found: dict[str, Path] = {}
    for folder in [directory] if directory is not None else translation_dirs():
        found.update(_qm_files_in(folder, file_code(language)))
    return [found[stem] for stem in sorted(found)]


def _qm_files_in(directory: Path, spelling: str) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for qm in sorted(directory.glob(f"*_{spelling}.qm")):
        ts = qm.with_suffix(".ts")
        if not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime:
            found[qm.stem] = qm
    for ts in sorted(directory.glob(f"*_{spelling}.ts")):
        if ts.stem not in found:
            compiled = compile_ts(ts)
            if compiled is not None:
                found[ts.stem] = compiled
    return found


_current_language = SOURCE_LANGUAGE


def current_language() -> str:
    """The language whose translators are installed now (the source language before any)."""
    return _current_language


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
        global _current_language  # one UI language at a time, app-wide like the translators
        _current_language = language
        self.language_changed.emit(language)


@lru_cache(maxsize=64)
def _ts_unfinished(ts_file: Path, _mtime_ns: int) -> int:
    """How many of one ``.ts`` file's translations await review (``type="unfinished"``).

    Read by expat through defusedxml, which refuses entities and external references, so an
    added file can neither reach out nor expand; a file that does not parse counts as none.
    """
    try:
        root = ElementTree.parse(ts_file).getroot()
    except (ElementTree.ParseError, DefusedXmlException, OSError):
        log.warning("unreadable translation source %s", ts_file.name)
        return 0
    return sum(1 for translation in root.iter("translation") if translation.get("type") == "unfinished")


@lru_cache(maxsize=64)
def _name_from_qm(qm_file: Path) -> str:
    translator = QTranslator()
    return (translator.translate(NAME_CONTEXT, NAME_SOURCE) or "") if translator.load(str(qm_file)) else ""


@lru_cache(maxsize=64)
def _ts_name(ts_file: Path, _mtime_ns: int) -> str:
    """The language's own name in one ``.ts`` file, or "": read only as far as the message that
    holds it (about a fifth of a kiosk file). A file without that context as Qt Linguist writes
    it (the admin and sync files) is passed over on a glance. The picker names every language
    before the kiosk's first frame: 54 ms with Qt's reader over every file, about 9 ms so."""
    try:
        if f"<name>{NAME_CONTEXT}</name>".encode() not in ts_file.read_bytes():
            return ""
        context = source = ""
        for _event, element in ElementTree.iterparse(ts_file, events=("end",)):
            if element.tag == "name" and not source:
                context = element.text or ""
            elif element.tag == "source":
                source = element.text or ""
            elif element.tag == "translation":
                if (context, source) == (NAME_CONTEXT, NAME_SOURCE) \
                        and element.get("type") not in ("obsolete", "vanished"):
                    return "".join(element.itertext()).strip()
                source = ""
            elif element.tag == "context":
                context = source = ""
    except (ElementTree.ParseError, DefusedXmlException, OSError):
        log.warning("unreadable translation source %s", ts_file.name)
    return ""


def language_name(code: str) -> str:
    """The language's own name, in its own script, as its own files give it."""
    for ts in _translation_files(code):
        if ts.suffix == ".ts" and (name := _ts_name(ts, ts.stat().st_mtime_ns)):
            return name
    for qm in _translation_files(code):  # a packaged build ships only the compiled files
        if qm.suffix == ".qm" and (name := _name_from_qm(qm)):
            return name
    labels = label_file(code)
    if labels is not None:
        return labels.name
    return NAME_SOURCE if code == SOURCE_LANGUAGE else code


def translation_status(code: str) -> str:
    """``"draft"`` while any of the language's screens or labels await a native speaker's review."""
    if code == SOURCE_LANGUAGE:
        return REVIEWED
    labels = label_file(code)
    unfinished = any(_ts_unfinished(ts, ts.stat().st_mtime_ns)
                     for ts in _translation_files(code) if ts.suffix == ".ts")
    if unfinished or (labels is not None and labels.is_draft):
        return DRAFT
    return REVIEWED


FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE = "\u2068", "\u2069"


def isolate(value: str) -> str:
    """``value`` wrapped in bidi isolates when it goes into right-to-left text (or is RTL itself).

    Without them an email, a number or a Latin name inserted into an Arabic sentence can
    pull the punctuation around it to the wrong side ("!Ana ,شكرًا"); with them it keeps
    its own order and the sentence keeps its own.
    """
    right_to_left = any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in value)
    if value and (QGuiApplication.isRightToLeft() or right_to_left):
        return f"{FIRST_STRONG_ISOLATE}{value}{POP_DIRECTIONAL_ISOLATE}"
    return value


TOP_BAR_LANGUAGES = 2  # the top bar's quick switch; every language is on the welcome screen's picker


def top_bar_languages(languages: tuple[str, ...]) -> tuple[str, ...]:
    """The languages the top bar offers on every screen: the campaign's first ones.

    Nine buttons do not fit a 1024 px bar beside Back, Larger text and Start over; the
    default language and the next (Spanish here) are the switches signers reach for, and
    Back leads to the welcome screen, whose picker holds every language.
    """
    return languages[:TOP_BAR_LANGUAGES]
