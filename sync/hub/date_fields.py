"""The dashboard's date filters, written the way the coordinator's language writes a date.

A browser's own ``<input type=date>`` speaks the browser's locale (mm/dd/yyyy on an English
laptop, whatever language the page is in). So a date is three choices instead: day, month
and year, in the order CLDR gives the page's language (Babel, the language with the
campaign's country), each choice worded by CLDR ("marzo", "3月", "2026年", "7일"). The page's
script puts the chosen day in a hidden field as ISO (YYYY-MM-DD): only that goes on the wire,
and the server reads it as every other export does.

CLDR has no month names for some languages (Haitian Creole's are "M03"); those use the
kiosk's own label file (``months`` and ``short_date_format``), which the PDFs use too.
"""

from __future__ import annotations

import html
from datetime import date

from babel import Locale
from babel.dates import format_skeleton

from kiosk.languages import label_file
from kiosk.reports.labels import reader_locale
from sync.hub.dashboard_view import cldr_lacks_names

YEARS_BACK = 4  # a campaign's signatures are from this year or the few before it
PARTS = ("year", "month", "day")


def part_order(locale: Locale, lang: str) -> tuple[str, ...]:
    """"year", "month" and "day" in the order the language writes a date in digits."""
    if cldr_lacks_names(locale):
        labels = label_file(lang)
        pattern = labels.table.get("short_date_format", "") if labels else ""
        found = {part: pattern.find("{" + part) for part in PARTS}
    else:
        pattern = str(locale.date_formats["short"].pattern)
        found = {"year": pattern.find("y"), "month": max(pattern.find("M"), pattern.find("L")),
                 "day": pattern.find("d")}
    if min(found.values()) < 0:
        return PARTS  # the ISO order, when a pattern names no part
    return tuple(sorted(PARTS, key=lambda part: found[part]))


def month_names(locale: Locale, lang: str) -> list[str]:
    """The twelve months as the language names them alone (not inside a date)."""
    if cldr_lacks_names(locale):
        labels = label_file(lang)
        names = (labels.table.get("months", "") if labels else "").split()
        if len(names) == 12:
            return names
    wide = locale.months["stand-alone"]["wide"]
    short = locale.months["stand-alone"]["abbreviated"]
    # A language that numbers its months (3月, 3월, Tháng 3) writes that number in a date, not
    # the spelled-out name (三月); the others spell the whole name (marzo, مارس).
    return [str(short[m]) if any(ch.isdigit() for ch in str(short[m])) else str(wide[m]) for m in range(1, 13)]


def _options(pairs: list[tuple[int, str]], unchosen: str) -> str:
    # Nothing chosen shows the part's name ("Día", "年"): the reader sees which box is which.
    first = f'<option value="">{html.escape(unchosen)}</option>'
    return first + "".join(f'<option value="{value}">{html.escape(text)}</option>' for value, text in pairs)


def date_fields(name: str, legend: str, t: dict[str, str], lang: str, country: str, today: date) -> str:
    """One date filter: a fieldset of the three choices, and the hidden ISO field ``name``."""
    locale = reader_locale(lang, country)
    choices = {
        "year": [(year, str(format_skeleton("y", date(year, 1, 1), locale=locale)))
                 for year in range(today.year - YEARS_BACK, today.year + 1)],
        "month": list(enumerate(month_names(locale, lang), start=1)),
        "day": [(day, str(format_skeleton("d", date(2000, 1, day), locale=locale))) for day in range(1, 32)],
    }
    selects = "".join(
        f'<select id="export-{name}-{part}" data-part="{part}" aria-label="{html.escape(t["export_" + part])}">'
        f'{_options(choices[part], t["export_" + part])}</select>' for part in part_order(locale, lang))
    return (f'<fieldset class="date" id="export-{name}-date" data-for="export-{name}">'
            f"<legend>{html.escape(legend)}</legend>{selects}"
            f'<input type="hidden" name="{name}" id="export-{name}"></fieldset>')
