"""The hub's pages in every kiosk language, from the kiosk's own label files (issue 24).

No second registry of words: each page's words are the ``[hub]`` table of
resources/labels/<code>.toml. ``?lang=`` chooses, the browser remembers (a cookie), Arabic
runs right to left, and numbers are written the reader's way (Babel, with the campaign's
country).
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import uuid
from datetime import UTC, date, datetime, time, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from kiosk.languages import label_file, report_languages
from sync.hub.auth import set_password
from tests.sync.hub.support import HubProcess
from tests.sync.hub.test_dashboard import WAIT_S, _log_in
from tests.sync.hub.test_dashboard_layout import SPILLS, _axe_violations, chromium
from tests.sync.hub.test_hub_protocol import _signature

__all__ = ["chromium"]  # a fixture, shared with the layout tests

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
        # (big_caption is counted: a table of plural forms, of which every language has "other")
        for key in ("login_title", "total", "devices", "revoke", "revoke_confirm", "big_caption.other",
                    "language_choice"):
            assert key in words, (code, key)
        assert {_phrase(key) for key in words} <= {_phrase(key) for key in english}, code  # none never asked for


def test_login_dashboard_and_big_page_in_all_nine(module_hub: HubProcess) -> None:
    set_password(module_hub.context.engine, PASSWORD)
    for code in NINE:
        words = _words(code)
        anonymous = module_hub.session()
        login = anonymous.get(f"{module_hub.url}/login?lang={code}", timeout=10)
        assert _root(login.text) == (code, "rtl" if code == "ar" else "ltr")
        assert f"<h1>{html.escape(words['login_title'])}</h1>" in login.text
        big = anonymous.get(f"{module_hub.url}/big?lang={code}", timeout=10)
        caption = html.escape(words["big_caption.other"].replace("{count}", "").strip())
        assert _root(big.text)[0] == code and caption in big.text
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

    from kiosk.reports.labels import reader_locale

    assert format_decimal(12345, locale=reader_locale(code, "US")) == expected


# --- Every word in every language (issue 24, item 3): no English left on a coordinator's page ---

SCRIPTED = ("ar", "zh-Hans", "zh-Hant")  # languages in which no page word may read as English's
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def test_every_language_has_every_word_english_has() -> None:
    # A word a language lacks would be shown in English (the pages' fallback): none may lack one.
    # A counted phrase's forms are the language's own plural categories (test_dashboard_plurals.py),
    # so the phrases are compared, not their forms.
    english = {_phrase(key) for key in _words("en")}
    for code in report_languages():
        phrases = {_phrase(key) for key in _words(code)}
        assert phrases == english, (code, sorted(english - phrases))


def _phrase(key: str) -> str:
    """A word's key, or a counted phrase's without its plural form ("people.one" -> "people")."""
    return key.partition(".")[0]


def _english_sentences() -> list[str]:
    """English's hub words cut at their placeholders: each piece must not show on another page."""
    pieces = []
    for value in _words("en").values():
        for piece in _PLACEHOLDER.split(value):
            piece = piece.strip(" ;:,.()?")
            if len(piece) >= 4 and not piece.startswith("petition-kiosk"):
                pieces.append(piece)
    return pieces


class _VisibleText(HTMLParser):
    """A page's text a reader sees or hears: text outside scripts and styles, and labels."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._hidden += 1
        self.parts += [value for name, value in attrs if name in ("aria-label", "title", "alt") and value]

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def _english_in(text: str) -> list[str]:
    return [piece for piece in _english_sentences() if re.search(rf"\b{re.escape(piece)}\b", text)]


def _config_texts(page: str) -> dict[str, str]:
    found = re.search(r"const CONFIG = (\{.*?\});\n", page)
    assert found, "the page's settings"
    texts: dict[str, str] = json.loads(found.group(1))["texts"]
    return texts


@pytest.mark.parametrize("code", SCRIPTED)
def test_no_english_sentence_on_the_dashboard(module_hub: HubProcess, code: str) -> None:
    set_password(module_hub.context.engine, PASSWORD)
    coordinator = module_hub.session()
    page = coordinator.post(f"{module_hub.url}/login?lang={code}", data={"password": PASSWORD}, timeout=10).text
    assert _root(page)[0] == code
    reader = _VisibleText()
    reader.feed(page)
    shown = " ".join(reader.parts)
    assert _english_in(shown) == []
    assert _words(code)["pair_help"] in shown  # the line that used to stay English
    # The words the page's script writes in (upstream, Revoke's question) are the language's own.
    english = _words("en")
    assert [key for key, value in _config_texts(page).items() if key in english and value == english[key]] == []
    # An export's answer page too.
    nothing = coordinator.get(f"{module_hub.url}/export/csv?lang={code}&since=2031-01-01", timeout=30)
    assert nothing.status_code == 404 and _words(code)["export_nothing"] in nothing.text
    assert _english_in(nothing.text) == []


# --- The export's dates as the reader writes a date, ISO on the wire (issue 24, item 2) ---

DAY_A_AGO, DAY_B_AGO = 9, 2  # two days with signatures: 3 on the first, 2 on the second
CSV_BUTTON = "export-csv"


@pytest.fixture(scope="module")
def dated_days(module_hub: HubProcess, module_device_token: str) -> tuple[date, date]:
    """Signatures on two local days (3 and 2), uploaded by a paired kiosk."""
    today = datetime.now().astimezone().date()
    days = today - timedelta(days=DAY_A_AGO), today - timedelta(days=DAY_B_AGO)
    for day, count in zip(days, (3, 2), strict=True):
        noon = datetime.combine(day, time(12)).astimezone().astimezone(UTC)
        signatures = [_signature(event="Feria", signed_at=noon.strftime("%Y-%m-%dT%H:%M:%S.000Z"))
                      for _ in range(count)]
        answer = module_hub.session().post(
            module_hub.url + "/v1/signatures:batch", timeout=10,
            json={"kiosk_id": str(uuid.uuid4()), "campaign": module_hub.context.campaign.id, "signatures": signatures},
            headers={"Authorization": f"Bearer {module_device_token}"})
        assert answer.status_code == 200
    return days


def _choose(driver: Any, name: str, day: date | None) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    for part in ("year", "month", "day"):
        select = Select(driver.find_element(By.ID, f"export-{name}-{part}"))
        select.select_by_value(str(getattr(day, part)) if day else "")


def _downloaded_rows(driver: Any, folder: Path) -> list[dict[str, str]]:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, WAIT_S).until(lambda _: [p for p in folder.iterdir() if p.suffix == ".csv"])
    done = next(p for p in folder.iterdir() if p.suffix == ".csv")
    return list(csv.DictReader(io.StringIO(done.read_text("utf-8-sig"))))


@pytest.mark.parametrize(("code", "order", "march", "year_shown"), [
    ("es", ("day", "month", "year"), "marzo", "{year}"),
    ("ar", ("day", "month", "year"), "مارس", "{year}"),
    ("zh-Hans", ("year", "month", "day"), "3月", "{year}年"),
])
def test_export_dates_read_the_readers_way_and_filter(module_hub: HubProcess, chromium: Any,
                                                      dated_days: tuple[date, date], tmp_path: Path, code: str,
                                                      order: tuple[str, ...], march: str, year_shown: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    set_password(module_hub.context.engine, PASSWORD)
    chromium.delete_all_cookies()
    _log_in(chromium, module_hub, PASSWORD, lang=code)
    WebDriverWait(chromium, WAIT_S).until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-updated"))
    # No browser date field (it speaks the browser's mm/dd/yyyy): the language's own order and words.
    assert chromium.find_elements(By.CSS_SELECTOR, "input[type=date]") == []
    selects = chromium.find_elements(By.CSS_SELECTOR, "#export-since-date select")
    assert tuple(s.get_attribute("data-part") for s in selects) == order
    # As the eye meets them: left to right, or right to left in Arabic (the day at the right).
    seen = tuple(s.get_attribute("data-part") for s in sorted(selects, key=lambda s: s.rect["x"]))
    assert seen == (tuple(reversed(order)) if code == "ar" else order)
    month = Select(chromium.find_element(By.ID, "export-since-month"))
    assert next(o.text for o in month.options if o.get_attribute("value") == "3") == march
    this_year = datetime.now().astimezone().year
    year = Select(chromium.find_element(By.ID, "export-until-year"))
    assert year_shown.format(year=this_year) in [o.text for o in year.options]
    assert _axe_violations(chromium) == [], code  # each choice is named (day, month, year) for a screen reader
    for width in (390, 1280):
        chromium.set_window_size(width, 900)
        assert chromium.execute_script(SPILLS) == [], (code, width)

    # The second day alone: its 2 signatures, in the downloaded CSV.
    chromium.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path)})
    first, second = dated_days
    _choose(chromium, "since", second)
    _choose(chromium, "until", second)
    chromium.find_element(By.ID, CSV_BUTTON).click()
    assert len(_downloaded_rows(chromium, tmp_path)) == 2
    # Days without signatures: the answer says so in the language, and the link carried ISO days.
    empty = date(this_year - 2, 1, 1)
    _choose(chromium, "since", empty)
    _choose(chromium, "until", empty + timedelta(days=1))
    chromium.find_element(By.ID, CSV_BUTTON).click()
    WebDriverWait(chromium, WAIT_S).until(lambda d: d.find_elements(By.ID, "export-message"))
    assert chromium.find_element(By.ID, "export-message").text == _words(code)["export_nothing"]
    assert f"since={empty.isoformat()}&until={(empty + timedelta(days=1)).isoformat()}" in chromium.current_url
    chromium.back()
    WebDriverWait(chromium, WAIT_S).until(lambda d: d.find_elements(By.ID, "export-since-date"))
    if code == "es":
        # Half a date is not sent (nor read as no filter): the page says what is missing.
        _choose(chromium, "since", first)
        Select(chromium.find_element(By.ID, "export-since-day")).select_by_value("")
        before = chromium.current_url
        chromium.find_element(By.ID, CSV_BUTTON).click()
        message = chromium.execute_script("return document.getElementById('export-since-day').validationMessage")
        assert message == _words("es")["export_date_incomplete"]
        assert chromium.current_url == before


def test_the_arabic_charts_are_mirrored(module_hub: HubProcess, dated_days: tuple[date, date]) -> None:
    # Drawn for a right-to-left page, a chart's labels are at the right and its bars grow leftwards
    # (a left-to-right chart on an Arabic page put its labels out of the picture).
    set_password(module_hub.context.engine, PASSWORD)
    coordinator = module_hub.session()
    coordinator.post(f"{module_hub.url}/login", data={"password": PASSWORD}, timeout=10)
    for code, mirrored in (("en", False), ("ar", True)):
        chart = coordinator.get(f"{module_hub.url}/api/summary?lang={code}", timeout=10).json()["charts"]["event"]
        assert f'direction="{"rtl" if mirrored else "ltr"}"' in chart
        label = float(re.search(r'<text x="([\d.]+)"[^>]*><title>Feria', chart).group(1))  # type: ignore[union-attr]
        bar = re.search(r'<rect x="([\d.]+)"[^>]*width="([\d.]+)"', chart)
        assert bar is not None
        bar_left, bar_right = float(bar.group(1)), float(bar.group(1)) + float(bar.group(2))
        assert (label > bar_right) if mirrored else (label < bar_left), (code, chart[:300])


def test_haitian_creole_dates_are_written_in_haitian_creole(module_hub: HubProcess,
                                                             dated_days: tuple[date, date]) -> None:
    # CLDR has no month or day names for Haitian Creole (it answers "M12" and "Mon"): the
    # dashboard writes those dates from the kiosk's label file, as the PDFs do.
    set_password(module_hub.context.engine, PASSWORD)
    coordinator = module_hub.session()
    page = coordinator.post(f"{module_hub.url}/login?lang=ht", data={"password": PASSWORD}, timeout=10).text
    summary = coordinator.get(f"{module_hub.url}/api/summary?lang=ht", timeout=10).json()
    shown = [row["hour"] for row in summary["per_hour"]] + [device["last_seen"] for device in summary["devices"]]
    assert shown and summary["devices"]
    placeholders = re.compile(r"\bM\d\d\b|\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b")
    assert [text for text in [*shown, summary["charts"]["hour"]] if placeholders.search(text)] == []
    months = _label_months("ht")
    assert any(month in device["last_seen"] for device in summary["devices"] for month in months)
    assert f">{months[2]}</option>" in page  # the export's months too ("mas")


def _label_months(code: str) -> list[str]:
    labels = label_file(code)
    assert labels is not None
    return labels.table["months"].split()
