"""Counted phrases on the hub's pages: "1 person", "3 people", Arabic's six forms.

A phrase with a count is, in a ``[hub]`` table of resources/labels/<code>.toml, a table of
CLDR plural categories (``people = { one = "{count} person …", other = "{count} people …" }``),
only those the language has; ``{count}`` is where the number goes, written the reader's
way. The same convention as the PDFs' phrases (``[sheets.count]``, kiosk/reports/labels.py).
A form may leave ``{count}`` out where the language says the number in words (Arabic's
"توقيع واحد", one signature).

The server picks the form with Babel (the language with the campaign's country). The
big-number page's live updates pick it in the browser with ``Intl.PluralRules`` from the
forms this module embeds in the page (its document is the same for every language).
"""

from __future__ import annotations

import html

from babel import Locale
from babel.numbers import format_decimal

PLACEHOLDER = "{count}"
#: The hub's counted phrases (the keys of ``[hub]`` that are tables of plural forms).
COUNTED = ("people", "from_hub", "big_caption")


def categories(locale: Locale) -> frozenset[str]:
    """The CLDR plural categories of ``locale`` (Babel leaves ``other``, always there, out of its tags)."""
    return frozenset(locale.plural_form.tags) | {"other"}


def forms(words: dict[str, str], key: str) -> dict[str, str]:
    """The plural forms of the phrase ``key`` in ``words`` (a language's ``[hub]`` words), by category."""
    prefix = f"{key}."
    return {name.removeprefix(prefix): text for name, text in words.items() if name.startswith(prefix)}


def form(words: dict[str, str], key: str, count: int, locale: Locale) -> str:
    """The phrase ``key`` for ``count``, still with its ``{count}``: the form CLDR's rule picks."""
    found = forms(words, key)
    return found.get(str(locale.plural_form(count))) or found["other"]


def number(count: int, locale: Locale) -> str:
    """``count`` as the reader writes it (CLDR's grouping, Latin digits, as the PDFs)."""
    return str(format_decimal(count, locale=locale))


def caption(words: dict[str, str], key: str, count: int, locale: Locale) -> str:
    """The phrase for ``count`` without its number, for a page that shows the number on its
    own above it (the big-number page: its forms start with ``{count}``)."""
    return form(words, key, count, locale).replace(PLACEHOLDER, "").strip()


def browser_tag(locale: Locale) -> str:
    """The BCP 47 tag a browser's ``Intl`` reads as the same locale (zh_Hans_US -> zh-Hans-US)."""
    return "-".join(part for part in (locale.language, locale.script, locale.territory) if part)


def counted_html(words: dict[str, str], key: str, count: int, locale: Locale, number_id: str,
                 number_class: str = "") -> str:
    """The phrase for ``count`` as HTML: the words around the number, the number in its own
    element (``number_id``) for the page's script to follow. A form that says the number in
    words has no number element; the script puts one back when the count changes."""
    before, placeholder, after = form(words, key, count, locale).partition(PLACEHOLDER)
    shown = number(count, locale)
    cls = f' class="{number_class}"' if number_class else ""
    middle = f'<span id="{number_id}"{cls}>{html.escape(shown)}</span>' if placeholder else ""
    return f"{html.escape(before)}{middle}{html.escape(after)}"
