"""Counted phrases on the hub's pages in the reader's plural form, and the draft notice (issue 24).

"1,605 شخصًا" is right Arabic only for a count ending in 11 to 99: each counted phrase of a
``[hub]`` table is a table of the language's CLDR plural forms (sync/hub/counted.py), picked
by Babel on the hub and by the browser's Intl.PluralRules on the big-number page, which must
agree. A draft translation says so on the coordinator's dashboard, never on the crowd's page.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

import pytest

from kiosk.languages import label_file, report_languages
from kiosk.reports.labels import reader_locale, right_to_left
from sync.hub.auth import set_password
from sync.hub.counted import COUNTED, PLACEHOLDER, caption, categories, form, forms, number
from sync.hub.dashboard import texts
from tests.sync.hub.support import HubProcess
from tests.sync.hub.test_dashboard import WAIT_S, _log_in
from tests.sync.hub.test_dashboard_layout import chromium
from tests.sync.hub.test_hub_protocol import _signature

__all__ = ["chromium"]  # a module fixture, shared with the layout tests' definition

PASSWORD = "la-lucha-sigue-2026"
COUNTRY = "US"  # the test campaign's
START = 1600  # the test campaign's starting_count: the big number is START + signatures


def _own_words(code: str) -> dict[str, str]:
    """The ``[hub]`` words of ``code``'s own label file (no English fallback)."""
    labels = label_file(code)
    assert labels is not None
    return {k.removeprefix("hub."): v for k, v in labels.table.items() if k.startswith("hub.")}


def test_every_counted_phrase_has_exactly_its_languages_plural_forms() -> None:
    for code in report_languages():
        locale = reader_locale(code, COUNTRY)
        for key in COUNTED:
            found = forms(_own_words(code), key)
            assert set(found) == categories(locale), (code, key, sorted(found))
            assert PLACEHOLDER in found["other"], (code, key)
            # Only a form for a count its words can name (0, 1, 2) may say the number in words.
            assert all(PLACEHOLDER in text or name in ("zero", "one", "two") for name, text in found.items()), code
            # The big page shows the number on its own, above its caption.
            if key == "big_caption":
                assert all(text.startswith(PLACEHOLDER) or PLACEHOLDER not in text for text in found.values()), code


# Arabic, for each count: the phrase "collected here" and the people line's noun.
ARABIC = {0: "لم يُجمع هنا أي توقيع", 1: "جُمع هنا توقيع واحد", 2: "جُمع هنا توقيعان", 3: "جُمعت هنا 3 تواقيع",
          11: "جُمع هنا 11 توقيعًا", 100: "جُمع هنا 100 توقيع", 1605: "جُمعت هنا 1,605 تواقيع"}  # 1605 ends in 05: "few"


@pytest.mark.parametrize("count", sorted(ARABIC))
def test_the_arabic_phrase_for_each_count(count: int) -> None:
    locale = reader_locale("ar", COUNTRY)
    words = texts()["ar"]
    assert form(words, "from_hub", count, locale).replace(PLACEHOLDER, number(count, locale)) == ARABIC[count]
    people = form(words, "people", count, locale).replace(PLACEHOLDER, number(count, locale))
    noun = {0: "لا أحد بعد", 1: "شخص واحد", 2: "شخصان", 3: "3 أشخاص", 11: "11 شخصًا", 100: "100 شخص",
            1605: "1,605 أشخاص"}[count]
    assert people.startswith(noun + " ("), people


def _upload(hub: HubProcess, token: str, count: int) -> None:
    signatures = [_signature(event="Feria") for _ in range(count)]
    answer = hub.session().post(
        hub.url + "/v1/signatures:batch", timeout=10,
        json={"kiosk_id": str(uuid.uuid4()), "campaign": hub.context.campaign.id, "signatures": signatures},
        headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200, answer.text


def _bring_to(hub: HubProcess, token: str, coordinator: Any, count: int) -> None:
    """Upload until the hub holds ``count`` signatures (the tests of this file share one hub,
    whose count only grows: the served counts 0 to 2 come before the live ones, 2 to 11)."""
    held = int(coordinator.get(f"{hub.url}/api/summary?lang=en", timeout=10).json()["signatures"])
    assert held <= count
    if count > held:
        _upload(hub, token, count - held)


def _text(page: str) -> str:
    return re.sub(r"<[^>]+>", "", page)


def _visible(page: str, ident: str) -> str:
    """The text of the element ``ident`` of a served page, tags removed."""
    found = re.search(rf'id="{ident}"[^>]*>(.*?)</p>', page, re.S)
    assert found, ident
    return re.sub(r"<[^>]+>", "", found.group(1)).strip()


@pytest.fixture(scope="module")
def coordinator(module_hub: HubProcess) -> Any:
    set_password(module_hub.context.engine, PASSWORD)
    session = module_hub.session()
    assert session.post(f"{module_hub.url}/login?lang=ar", data={"password": PASSWORD}, timeout=10).status_code == 200
    return session


def test_served_arabic_dashboard_and_big_page_say_the_count_in_its_form(
        module_hub: HubProcess, module_device_token: str, coordinator: Any) -> None:
    for count in (0, 1, 2):
        _bring_to(module_hub, module_device_token, coordinator, count)
        page = coordinator.get(f"{module_hub.url}/dashboard?lang=ar", timeout=10).text
        shown = [phrase for phrase in ARABIC.values() if phrase in _text(page)]
        assert shown == [ARABIC[count]], count
    # The people (1,600 gathered elsewhere + 2) and the big page's caption: Arabic's "other" form.
    assert "1,602 شخص (" in _text(page)
    big = module_hub.session().get(f"{module_hub.url}/big?lang=ar", timeout=10).text
    assert _visible(big, "big") == "1,602" and _visible(big, "big-caption") == "توقيع حتى الآن"


def test_the_draft_notice_is_on_draft_dashboards_only(module_hub: HubProcess, coordinator: Any) -> None:
    for code, draft in (("zh-Hans", True), ("ar", True), ("es", False), ("en", False)):
        page = coordinator.get(f"{module_hub.url}/dashboard?lang={code}", timeout=10).text
        labels = label_file(code)
        assert labels is not None and labels.is_draft == draft
        assert ('id="draft-notice"' in page) == draft, code
        if draft:
            assert _visible(page, "draft-notice") == labels.table["draft_notice"]
        # Never on the crowd's page.
        big = module_hub.session().get(f"{module_hub.url}/big?lang={code}", timeout=10).text
        assert 'id="draft-notice"' not in big and labels.table["draft_notice"] not in big


def test_the_hub_and_the_kiosk_agree_which_languages_run_right_to_left(module_hub: HubProcess) -> None:
    for code in report_languages():
        page = module_hub.session().get(f"{module_hub.url}/login?lang={code}", timeout=10).text
        assert f'dir="{"rtl" if right_to_left(code) else "ltr"}"' in page
    assert [code for code in report_languages() if right_to_left(code)] == ["ar"]


# In the browser: the big page's script writes the number and picks the caption as Babel does on
# the hub, in every language; and the live pages change their words with the count.
COUNTS = [0, 1, 2, 3, 11, 100, 1605, 1234567]


def test_live_pages_change_the_arabic_form_with_the_count(module_hub: HubProcess, module_device_token: str,
                                                           coordinator: Any, chromium: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    for code in report_languages():
        chromium.get(f"{module_hub.url}/big?lang={code}&poll")  # no stream held open: only the script is asked
        locale, words = reader_locale(code, COUNTRY), texts()[code]
        seen = chromium.execute_script("return arguments[0].map(n => [written(n), caption(n)])", COUNTS)
        assert seen == [[number(n, locale), caption(words, "big_caption", n, locale)] for n in COUNTS], code

    _bring_to(module_hub, module_device_token, coordinator, 2)
    chromium.delete_all_cookies()
    _log_in(chromium, module_hub, PASSWORD, lang="ar")

    def here(driver: Any) -> str:
        return str(driver.find_element(By.ID, "here-phrase").text)

    def big_caption_shown(driver: Any) -> str:
        return str(driver.find_element(By.ID, "big-caption").text)

    WebDriverWait(chromium, WAIT_S).until(lambda d: here(d) == ARABIC[2])
    dashboard = chromium.current_window_handle
    chromium.switch_to.new_window("tab")
    chromium.get(f"{module_hub.url}/big?lang=ar")
    WebDriverWait(chromium, WAIT_S).until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-updated"))
    assert big_caption_shown(chromium) == "توقيع حتى الآن"  # 1,602
    big = chromium.current_window_handle
    for step, count, big_caption in ((1, 3, "تواقيع حتى الآن"), (8, 11, "توقيعًا حتى الآن")):
        _upload(module_hub, module_device_token, step)
        WebDriverWait(chromium, WAIT_S).until(lambda d: d.find_element(By.ID, "big").text == f"1,6{count:02d}")
        assert big_caption_shown(chromium) == big_caption, count
        chromium.switch_to.window(dashboard)
        WebDriverWait(chromium, WAIT_S).until(lambda d: here(d) == ARABIC[count])
        assert chromium.find_element(By.ID, "here").text == str(count)
        chromium.switch_to.window(big)
    chromium.close()
    chromium.switch_to.window(dashboard)
