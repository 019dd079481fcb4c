"""The hub's pages in every kiosk language, from the kiosk's own label files (issue 24).

No second registry of words: each page's words are the ``[hub]`` table of
resources/labels/<code>.toml. ``?lang=`` chooses, the browser remembers (a cookie), Arabic
runs right to left, and numbers are written the reader's way (Babel, with the campaign's
country).
"""

from __future__ import annotations

import html
import re

import pytest

from kiosk.languages import label_file, report_languages
from sync.hub.auth import set_password
from tests.sync.hub.support import HubProcess

PASSWORD = "la-lucha-sigue-2026"
NINE = ("ar", "en", "es", "ht", "ko", "tl", "vi", "zh-Hans", "zh-Hant")


def _words(code: str) -> dict[str, str]:
    labels = label_file(code)
    assert labels is not None
    return {k.removeprefix("hub."): v for k, v in labels.table.items() if k.startswith("hub.")}


def _root(page: str) -> tuple[str, str]:
    found = re.search(r'<html lang="([^"]+)" dir="([^"]+)"', page)
    assert found, page[:200]
    return found.group(1), found.group(2)


def test_every_kiosk_language_has_the_hub_words() -> None:
    assert set(NINE) <= set(report_languages())
    english = set(_words("en"))
    for code in NINE:
        words = _words(code)
        # The words a coordinator sees first are in the language itself, not English's fallback.
        for key in ("login_title", "total", "devices", "revoke", "revoke_confirm", "big_caption", "language_choice"):
            assert key in words, (code, key)
        assert set(words) <= english, code  # no word the pages never ask for


def test_login_dashboard_and_big_page_in_all_nine(module_hub: HubProcess) -> None:
    set_password(module_hub.context.engine, PASSWORD)
    for code in NINE:
        words = _words(code)
        anonymous = module_hub.session()
        login = anonymous.get(f"{module_hub.url}/login?lang={code}", timeout=10)
        assert _root(login.text) == (code, "rtl" if code == "ar" else "ltr")
        assert f"<h1>{html.escape(words['login_title'])}</h1>" in login.text
        big = anonymous.get(f"{module_hub.url}/big?lang={code}", timeout=10)
        assert _root(big.text)[0] == code and html.escape(words["big_caption"]) in big.text
        coordinator = module_hub.session()
        answer = coordinator.post(f"{module_hub.url}/login?lang={code}", data={"password": PASSWORD}, timeout=10)
        assert answer.status_code == 200
        assert _root(answer.text)[0] == code
        assert f'id="total-h">{html.escape(words["total"])}</h2>' in answer.text
        # Every language is offered, each named in its own words.
        for other in NINE:
            assert f'lang="{other}" hreflang="{other}"' in answer.text


def test_the_browser_remembers_the_chosen_language(module_hub: HubProcess) -> None:
    browser = module_hub.session()
    assert _root(browser.get(f"{module_hub.url}/login?lang=ar", timeout=10).text) == ("ar", "rtl")
    assert _root(browser.get(f"{module_hub.url}/login", timeout=10).text) == ("ar", "rtl")
    assert _root(browser.get(f"{module_hub.url}/big", timeout=10).text)[0] == "ar"
    # A browser asking for Traditional Chinese by region gets it, with nothing chosen yet.
    fresh = module_hub.session()
    page = fresh.get(f"{module_hub.url}/login", headers={"Accept-Language": "zh-TW,zh;q=0.8"}, timeout=10).text
    assert _root(page)[0] == "zh-Hant"


@pytest.mark.parametrize(("code", "expected"), [("en", "12,345"), ("ar", "12,345"), ("vi", "12.345")])
def test_numbers_the_readers_way(code: str, expected: str) -> None:
    from babel.numbers import format_decimal

    from sync.hub.dashboard_view import reader_locale

    assert format_decimal(12345, locale=reader_locale(code, "US")) == expected
