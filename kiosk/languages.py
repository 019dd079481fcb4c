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

The label files are read here too (not in :mod:`kiosk.reports`), so the UI can name a
language and tell a draft from a reviewed one without loading the report machinery, or
the database layer it pulls in, before the first frame is painted.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

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


REVIEWED = "reviewed"
DRAFT = "draft"


@dataclass(frozen=True)
class LabelFile:
    """One language's labels as read from its file."""

    code: str
    name: str
    review_status: str
    table: dict[str, str]

    @property
    def is_draft(self) -> bool:
        """Whether a native speaker has yet to review these labels."""
        return self.review_status != REVIEWED


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in table.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        elif isinstance(value, str):
            flat[f"{prefix}{key}"] = value
    return flat


def _read(path: Path) -> LabelFile:
    doc = tomllib.loads(path.read_text(encoding="utf-8"))
    meta = doc.pop("meta", {})
    code = code_from_file(path.stem)
    status = str(meta.get("review_status", DRAFT))  # never claim a review nobody recorded
    return LabelFile(code, str(meta.get("name", code)), status, _flatten(doc))


@lru_cache(maxsize=32)
def _cached(path: Path, mtime_ns: int) -> LabelFile:
    return _read(path)


def label_file(language: str) -> LabelFile | None:
    """The labels of ``language``, or None when no file has them."""
    path = label_files().get(language)
    if path is None:
        return None
    return _cached(path, path.stat().st_mtime_ns)
