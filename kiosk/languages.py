"""Where each language's files live, and how a language code maps to a file name.

A language is a set of files, never code: its Qt Linguist files (``<part>_<file code>.ts``
in ``resources/translations``), its PDF labels (``resources/labels/<file code>.toml``) and
the campaign's ``[text.<code>]`` table. Codes are BCP 47 (``en``, ``zh-Hans``, ``ar``): they
are what the signature rows, the campaign file and ``--language`` carry. File names use
Qt's underscore spelling of the same code (``kiosk_zh_Hans.ts``, ``zh_Hans.toml``) — one
mapping, both ways, in :func:`file_code` and :func:`code_from_file`.

Languages added outside the install (a community's own translation, a test) go in the
folder named by ``PETITION_KIOSK_LANGUAGES_DIR``, with the same ``translations/`` and
``labels/`` sub-folders; they are found exactly like the bundled ones.
"""

from __future__ import annotations

import os
import re
from importlib import resources
from pathlib import Path

DEFAULT_LANGUAGE = "en"  # the language every other one falls back to
LANGUAGES_DIR_ENV = "PETITION_KIOSK_LANGUAGES_DIR"
TRANSLATIONS = "translations"
LABELS = "labels"

# language (2-3 letters), optional script (Hans), optional region (US): BCP 47's common part.
_CODE = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$")


def is_language_code(code: str) -> bool:
    """Whether ``code`` is a language code the kiosk accepts (``es``, ``zh-Hant``, ``pt-BR``)."""
    return bool(_CODE.match(code))


def file_code(code: str) -> str:
    """The code as file names spell it: ``zh-Hans`` -> ``zh_Hans``."""
    return code.replace("-", "_")


def code_from_file(spelling: str) -> str:
    """The language code a file name's spelling stands for: ``zh_Hans`` -> ``zh-Hans``."""
    return spelling.replace("_", "-")


def resource_dirs(kind: str) -> list[Path]:
    """The folders holding one kind of language file: bundled first, then the added ones."""
    folders = [Path(str(resources.files("resources").joinpath(kind)))]
    extra = os.environ.get(LANGUAGES_DIR_ENV, "").strip()
    if extra:
        folders.append(Path(extra).expanduser() / kind)
    return [folder for folder in folders if folder.is_dir()]


def label_files() -> dict[str, Path]:
    """Each report language's label file, by code (an added folder's file wins)."""
    found: dict[str, Path] = {}
    for folder in resource_dirs(LABELS):
        for path in sorted(folder.glob("*.toml")):
            found[code_from_file(path.stem)] = path
    return found


def report_languages() -> tuple[str, ...]:
    """Languages the documents can be labelled in: one per label file, English first."""
    codes = sorted(label_files(), key=lambda code: (code != DEFAULT_LANGUAGE, code))
    return tuple(codes)
