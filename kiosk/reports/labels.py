"""Words printed in the exported documents, per report language.

These are document content (they end up on paper delivered to the petition's target), so
they live with the reports rather than in the Qt translation files: one TOML file per
language in ``resources/labels/<file code>.toml`` (see :mod:`kiosk.languages`), read at run
time. Adding a language is adding its file; a key missing from a file falls back to English.
Nested tables name the keys (``[tally] title`` is ``tally.title``); ``[meta]`` holds the
language's own name and whether a native speaker has reviewed the file.

Numbers, shares and plurals are written the reader's way from CLDR through Babel, in the
locale of the report language with the campaign's country (es-US, zh-Hans-US, ar-US …).
A phrase with a count may be a table of CLDR plural forms (``[sheets.count]`` with ``one``,
``other`` …, Arabic's ``zero``, ``one``, ``two``, ``few``, ``many`` and ``other``): Babel's
plural rule for the locale picks the form.
"""

from __future__ import annotations

import unicodedata
from datetime import date as Day
from datetime import datetime
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_skeleton
from babel.numbers import format_decimal, parse_pattern

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


__all__ = [
    "DEFAULT_LANGUAGE",
    "DRAFT",
    "REVIEWED",
    "LabelFile",
    "Labels",
    "label_file",
    "reader_locale",
    "report_languages",
    "right_to_left",
]

DEFAULT_COUNTRY = "US"


@lru_cache(maxsize=64)
def reader_locale(language: str, country: str = DEFAULT_COUNTRY) -> Locale:
    """The CLDR locale of a report language read in ``country`` ("es" in "US" is es_US).

    CLDR has no data for most language-and-country pairs (ar_US, zh_Hans_US); those read as
    the language itself, which is what CLDR's own fallback would give.
    """
    tag = language.replace("-", "_")
    for candidate in (f"{tag}_{country}", tag):
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
    return Locale.parse(f"{DEFAULT_LANGUAGE}_{DEFAULT_COUNTRY}")


def right_to_left(language: str) -> bool:
    """Whether ``language`` is read right to left (CLDR's character order, through Babel).

    The one answer for every page and document of the kiosk and the hub: the PDFs mirror
    their tables by it, and the hub's pages set ``dir="rtl"`` and mirror their charts by it.
    """
    return bool(reader_locale(language).character_order == "right-to-left")


class Labels:
    """The label table of one report language, with number and date formatting."""

    def __init__(self, language: str, country: str = DEFAULT_COUNTRY) -> None:
        english = label_file(DEFAULT_LANGUAGE)
        if english is None:
            raise FileNotFoundError(label_file_name(DEFAULT_LANGUAGE))
        chosen = label_file(language) or english
        self.language = chosen.code
        self.review_status = chosen.review_status
        self._table = chosen.table
        self._english = english.table
        self.locale = reader_locale(self.language, country)

    @property
    def right_to_left(self) -> bool:
        """Whether the language is read right to left (:func:`right_to_left`): its tables mirror."""
        return right_to_left(self.language)

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

    def plural(self, key: str, count: int, **values: object) -> str:
        """The phrase ``key`` for ``count`` in the plural form CLDR gives the locale, filled in.

        ``{count}`` is the number written the reader's way. A language whose file has the
        phrase as one string (no forms) uses it for every count; a missing form falls back
        to ``other``, and a language without the phrase to English's forms.
        """
        form = self.locale.plural_form(count)
        for table in (self._table, self._english):
            for candidate in (f"{key}.{form}", f"{key}.other", key):
                phrase = table.get(candidate)
                if phrase:
                    return phrase.format(count=self.number(count), **values)
        raise KeyError(key)

    def number(self, value: int) -> str:
        """A whole number as the locale writes it (CLDR's grouping, Latin digits)."""
        return str(format_decimal(value, locale=self.locale))

    def percent(self, part: int, whole: int) -> str:
        """``part`` as a share of ``whole`` with one decimal, in the locale's percent pattern."""
        share = part / whole if whole else 0.0
        pattern = parse_pattern(self.locale.percent_formats[None].pattern)
        pattern.frac_prec = (1, 1)  # one decimal, always: 0.0 %, 12.5 %
        return str(pattern.apply(share, self.locale))

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

    def month_day(self, day: Day) -> str:
        """A day without its year, in digits in the order CLDR gives the locale (a chart's axis).

        Invisible direction marks (Arabic's RLM) are dropped: the PDF's own bidi pass orders
        the run, and the bundled fonts have no glyph for them.
        """
        text = str(format_skeleton("Md", day, locale=self.locale))
        return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")

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

    def footer(self, page: int, pages: int, draft_mark: bool = True) -> str:
        """The page footer: "Page x of y", and the draft notice while the labels await review.

        ``draft_mark=False`` for documents delivered to the target (the signature sheets):
        the notice is for the coordinator, not for a congressional office.
        """
        text = self.format("page", page=self.number(page), pages=self.number(pages))
        return f"{text} · {self['draft_notice']}" if draft_mark and self.is_draft else text
