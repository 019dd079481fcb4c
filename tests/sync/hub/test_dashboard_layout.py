"""The dashboard reads at a glance, at every width a coordinator's screen has (issue 26).

In headless Chromium against a real hub: no page scrolls sideways and no element spills out
of its card at 390, 800, 1280 or 1920 px; the numbers arrive pushed (server-sent events) and
change after an upload without a reload; Revoke asks first; the pairing code is hidden until
asked for and hides again once a kiosk pairs; upstream says plainly that it is not set up.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sync.hub.auth import set_password
from tests.sync.hub.support import HubProcess, enroll_over_http, headless_chromium
from tests.sync.hub.test_dashboard import PASSWORD, WAIT_S, _log_in
from tests.sync.hub.test_hub_protocol import _signature

WIDTHS = (390, 800, 1280, 1920)

# Every visible element's box against the page's width and its own card's; a table may
# scroll inside its own box (.scroll), which is not the page scrolling.
SPILLS = """
const width = document.documentElement.clientWidth, found = [];
if (document.documentElement.scrollWidth > width) found.push('page scrolls: ' + document.documentElement.scrollWidth);
for (const el of document.querySelectorAll('body *')) {
  if (el.closest('.scroll') && !el.classList.contains('scroll')) continue;
  const r = el.getBoundingClientRect();
  if (!r.width || !r.height) continue;
  if (r.right > width + 1 || r.left < -1) found.push(el.tagName + '#' + el.id + ' ' + r.left + '..' + r.right);
  const card = el.parentElement && el.parentElement.closest('section');
  const c = card && card.getBoundingClientRect();
  if (c && r.right > c.right + 1) found.push(el.tagName + '#' + el.id + ' out of its card');
}
return found;
"""


@pytest.fixture(scope="module")
def shared_hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HubProcess]:
    process = HubProcess(tmp_path_factory.mktemp("layout") / "hub").start()
    set_password(process.context.engine, PASSWORD)
    yield process
    process.stop()


@pytest.fixture(scope="module")
def chromium(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    driver = headless_chromium(tmp_path_factory.mktemp("profile"))
    yield driver
    driver.quit()


def _upload(hub: HubProcess, token: str, count: int, event: str = "Rally") -> None:
    document = {"kiosk_id": str(uuid.uuid4()), "campaign": hub.context.campaign.id,
                "signatures": [_signature(event=event) for _ in range(count)]}
    answer = hub.session().post(hub.url + "/v1/signatures:batch", json=document, timeout=10,
                                headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200


def test_pushed_numbers_confirmed_revoke_hidden_code_and_plain_upstream(shared_hub: HubProcess,
                                                                        chromium: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    hub = shared_hub
    token = enroll_over_http(hub, "127.0.0.21", "Tablet A")
    _log_in(chromium, hub, PASSWORD)
    start = hub.context.campaign.starting_count
    WebDriverWait(chromium, WAIT_S).until(lambda d: d.find_element(By.ID, "total").text == f"{start:,}")
    assert chromium.find_element(By.TAG_NAME, "body").get_attribute("data-live") == "stream"
    _upload(hub, token, 5, "Church")
    WebDriverWait(chromium, WAIT_S).until(lambda d: d.find_element(By.ID, "total").text == f"{start + 5:,}")
    assert "Church" in chromium.find_element(By.ID, "chart-event").get_attribute("innerHTML")
    assert chromium.find_element(By.ID, "upstream-none").text.startswith("Not set up")
    assert chromium.find_element(By.TAG_NAME, "h1").text  # the campaign's title, not its id

    assert not chromium.find_element(By.ID, "pairing").is_displayed()
    chromium.find_element(By.ID, "show-code").click()
    WebDriverWait(chromium, WAIT_S).until(lambda d: d.find_element(By.ID, "pairing").is_displayed())
    code = chromium.find_element(By.ID, "pair-code").text
    from sync.hub.devices import parse_code

    parsed = parse_code(code)
    assert parsed is not None
    answer = hub.session(source="127.0.0.22").post(hub.url + "/v1/devices:enroll", timeout=10,
                                                   json={"secret": parsed.secret, "label": "Tablet B"})
    assert answer.status_code == 200
    WebDriverWait(chromium, WAIT_S).until(lambda d: not d.find_element(By.ID, "pairing").is_displayed())

    def click_revoke() -> None:
        from selenium.common.exceptions import StaleElementReferenceException

        for _ in range(5):  # the row is redrawn when its "last seen" moves (an upload a moment ago)
            try:
                chromium.find_element(By.XPATH, "//tbody[@id='devices']/tr[td[1]='Tablet A']//button").click()
                return
            except StaleElementReferenceException:
                continue
        raise AssertionError("the Revoke button kept being redrawn")

    click_revoke()
    chromium.switch_to.alert.dismiss()  # asked first; "Cancel" leaves it paired
    assert _upload(hub, token, 1) is None
    click_revoke()
    chromium.switch_to.alert.accept()
    # The form's answer brings the dashboard back: its row says so once the summary arrives.
    WebDriverWait(chromium, WAIT_S).until(lambda d: any(
        "Tablet A" in r.text and "revoked" in r.text for r in d.find_elements(By.CSS_SELECTOR, "#devices tr")))
    answer = hub.session().post(hub.url + "/v1/signatures:batch", json={}, timeout=10,
                                headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 401


@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_fits_without_sideways_scroll(shared_hub: HubProcess, chromium: Any, width: int) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    hub = shared_hub
    token = enroll_over_http(hub, f"127.0.1.{width % 250}", f"A kiosk with a long name {width}")
    for event in ("Rally at the county courthouse steps", "March"):
        _upload(hub, token, 3, event)
    chromium.set_window_size(width, 900)
    chromium.delete_all_cookies()
    for page in ("/login", "/big"):
        chromium.get(hub.url + page)
        assert chromium.execute_script(SPILLS) == [], (page, width)
    _log_in(chromium, hub, PASSWORD)
    WebDriverWait(chromium, WAIT_S).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#devices tr"))
    chromium.find_element(By.ID, "show-code").click()
    WebDriverWait(chromium, WAIT_S).until(lambda d: d.find_element(By.ID, "pairing").is_displayed())
    assert chromium.execute_script(SPILLS) == [], width
    chromium.save_screenshot(str(Path(hub.data_dir).parent / f"dashboard-{width}.png"))
    # Right to left, and the longest words: the same boxes must hold.
    for code in ("ar", "tl"):
        chromium.get(f"{hub.url}/dashboard?lang={code}")
        WebDriverWait(chromium, WAIT_S).until(
            lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-updated"))
        assert chromium.execute_script(SPILLS) == [], (code, width)
        chromium.save_screenshot(str(Path(hub.data_dir).parent / f"dashboard-{code}-{width}.png"))


def _axe_violations(driver: Any) -> list[str]:
    """axe-core's findings on the page in ``driver`` (the copy shipped by axe-selenium-python)."""
    import axe_selenium_python

    script = Path(axe_selenium_python.__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
    driver.execute_script(script.read_text("utf-8"))
    driver.set_script_timeout(30)
    result = driver.execute_async_script("const done = arguments[arguments.length - 1];"
                                         "axe.run(document).then(r => done(r.violations));")
    return [f"{v['id']}: {[n['target'] for n in v['nodes']][:3]}" for v in result]


def test_axe_core_finds_nothing_on_any_page(shared_hub: HubProcess, chromium: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    hub = shared_hub
    chromium.set_window_size(1280, 1000)
    chromium.delete_all_cookies()
    # axe really looks: the findings measured on the old pages (issue 26) on a page made to have them.
    chromium.get("data:text/html,<html><body><div>no landmark, no heading</div><img src=x></body></html>")
    assert {v.split(":")[0] for v in _axe_violations(chromium)} >= {"image-alt", "html-has-lang"}
    for page in ("/login", "/login?lang=es", "/big"):
        chromium.get(hub.url + page)
        assert _axe_violations(chromium) == [], page
    _log_in(chromium, hub, PASSWORD)
    WebDriverWait(chromium, WAIT_S).until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-updated"))
    chromium.find_element(By.ID, "show-code").click()
    WebDriverWait(chromium, WAIT_S).until(lambda d: d.find_element(By.ID, "pairing").is_displayed())
    assert _axe_violations(chromium) == [], "/dashboard"
