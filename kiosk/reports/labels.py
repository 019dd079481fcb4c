"""Words printed in the exported documents, per report language.

These are document content (they end up on paper delivered to the petition's target), so
they live with the reports rather than in the Qt translation files: one TOML file per
language in ``resources/labels/<file code>.toml`` (see :mod:`kiosk.languages`), read at run
time. Adding a language is adding its file; a key missing from a file falls back to English.
Nested tables name the keys (``[tally] title`` is ``tally.title``); ``[meta]`` holds the
language's own name and whether a native speaker has reviewed the file.
"""

from __future__ import annotations

from datetime import date as Day
from datetime import datetime

from kiosk.languages import (
    DEFAULT_LANGUAGE,
    DRAFT,
    REVIEWED,
    LabelFile,
    file_code,
    label_file,
    report_languages,
)


def label_file_name(language: str) -> str:
    """The file that holds ``language``'s labels (for messages to a translator)."""
    return f"{file_code(language)}.toml"


__all__ = ["DEFAULT_LANGUAGE", "DRAFT", "REVIEWED", "LabelFile", "Labels", "label_file", "report_languages"]


class Labels:
    """The label table of one report language, with number and date formatting."""

    def __init__(self, language: str) -> None:
        english = label_file(DEFAULT_LANGUAGE)
        if english is None:
            raise FileNotFoundError(label_file_name(DEFAULT_LANGUAGE))
        chosen = label_file(language) or english
        self.language = chosen.code
        self.review_status = chosen.review_status
        self._table = chosen.table
        self._english = english.table

    @property
    def is_draft(self) -> bool:
        """Whether these labels still await a native speaker's review (the PDFs say so)."""
        return self.review_status != REVIEWED

    def __getitem__(self, key: str) -> str:
        return self._table.get(key) or self._english[key]

    def get(self, key: str, default: str) -> str:
        """A label, or ``default`` when no table has ``key``."""
        return self._table.get(key) or self._english.get(key) or default

    def format(self, key: str, **values: object) -> str:
        """A label with ``{placeholders}`` filled in."""
        return self[key].format(**values)

    @staticmethod
    def number(value: int) -> str:
        """Thousands grouped with commas, as both US English and Mexican Spanish write them."""
        return f"{value:,}"

    @staticmethod
    def percent(part: int, whole: int) -> str:
        """``part`` as a share of ``whole`` with one decimal (0 of 0 is 0.0 %)."""
        share = 100.0 * part / whole if whole else 0.0
        return f"{share:.1f} %"

    def filter_parts(self, event: str | None, since: Day | None, until: Day | None) -> list[str]:
        """The filters of an export, one phrase each ("Event: …", "from …", "to …")."""
        parts = []
        if event:
            parts.append(f"{self['tally.filter_event']}: {event}")
        if since:
            parts.append(f"{self['tally.filter_since']} {self.date(since)}")
        if until:
            parts.append(f"{self['tally.filter_until']} {self.date(until)}")
        return parts

    def date(self, day: Day) -> str:
        """A day written out the way the report language writes it."""
        month = self["months"].split()[day.month - 1]
        return self["date_format"].format(month=month, day=day.day, year=day.year)

    def short_date(self, day: Day) -> str:
        """A day in digits, in the order the report language uses."""
        return self["short_date_format"].format(month=day.month, day=day.day, year=day.year)

    def date_time(self, moment: datetime) -> str:
        """A local date and a 24-hour time."""
        return f"{self.date(moment.date())} {moment:%H:%M}"

    def language_name(self, code: str) -> str:
        """A signer language's name in the report language, else its own name, else the code."""
        own = label_file(code)
        return self.get(f"lang.{code}", own.name if own is not None else code)

    def footer(self, page: int, pages: int) -> str:
        """The page footer: "Page x of y", and the draft notice while the labels await review."""
        text = self.format("page", page=self.number(page), pages=self.number(pages))
        return f"{text} · {self['draft_notice']}" if self.is_draft else text
