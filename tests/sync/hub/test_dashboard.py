"""The dashboard in a real browser (Debian's chromium through chromedriver, headless): a
coordinator logs in, watches the total change after a kiosk uploads, in English and in
Spanish; the public big-number page shows the count and never a name. Plus the login's
rules over plain HTTP: hashed password, a guesser slowed down at its own address only, cookie
flags, no way in with a token."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.runtime import KioskContext
from kiosk.secrets import get_device_token
from kiosk.simulate import simulate
from sync.hub.auth import FREE_FAILURES, set_password
from sync.hub.context import get_meta
from tests.sync.hub.support import HubProcess, headless_chromium, hub_engine, hub_people, paired

PASSWORD = "la-lucha-sigue-2026"
WAIT_S = 15  # generous: the page polls every second; this only bounds a broken page


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    driver = headless_chromium(tmp_path / "chromium-profile")
    yield driver
    driver.quit()


def _text_becomes(driver: Any, element_id: str, expected: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, WAIT_S).until(lambda d: d.find_element(By.ID, element_id).text == expected)
    assert driver.find_element(By.ID, element_id).text == expected


def _digits(shown: str) -> str:
    """A number as shown in Spanish: es-US (the campaign's country) writes 1,615; es alone 1.615 or 1615."""
    return shown.replace(".", "").replace(",", "").replace("\u00a0", "")


def _log_in(driver: Any, hub: HubProcess, password: str, lang: str = "en") -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.wait import WebDriverWait

    driver.get(f"{hub.url}/login?lang={lang}")
    driver.find_element(By.ID, "password").send_keys(password)
    button = driver.find_element(By.ID, "login")
    button.click()
    # The click only starts the form's submission: wait for the answer's page to replace this one.
    WebDriverWait(driver, 15).until(lambda _: _replaced(button))


def _replaced(element: Any) -> bool:
    """Whether ``element``'s page has been replaced. While the old document is being torn down,
    chromedriver may answer "Node with given id does not belong to the document" rather than a
    stale reference: that is the same news, a moment early."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException

    try:
        element.is_enabled()
    except StaleElementReferenceException:
        return True
    except WebDriverException as failure:
        if "does not belong to the document" in str(failure):
            return True
        raise
    return False


def test_coordinator_watches_the_total_change_in_both_languages(
        browser: Any, hub: HubProcess, kiosk: KioskContext, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    set_password(hub.context.engine, PASSWORD)
    assert PASSWORD not in (get_meta(hub.context.engine, "dashboard.password_scrypt") or "")
    start = kiosk.campaign.starting_count
    _log_in(browser, hub, "not the password")
    assert "/login" in browser.current_url
    assert browser.find_element(By.ID, "message").text == "That password is not right."
    _log_in(browser, hub, PASSWORD)
    assert browser.current_url.startswith(hub.url + "/dashboard")
    _text_becomes(browser, "total", f"{start:,}")

    paired(kiosk, hub, label="Tablet 1")
    simulate(kiosk.store, kiosk.campaign, 12)
    assert hub_engine(kiosk).run_until_idle(30).pending == 0
    _text_becomes(browser, "total", f"{start + 12:,}")
    rows = browser.find_elements(By.CSS_SELECTOR, "#per-kiosk tr")
    assert [r.text for r in rows] == ["Tablet 1 12"]
    assert "Tablet 1" in browser.find_element(By.ID, "devices").text
    browser.save_screenshot(str(tmp_path / "dashboard_en.png"))

    browser.find_element(By.ID, "lang-es").click()  # the language menu (every kiosk language)
    assert browser.find_element(By.TAG_NAME, "h2").text == "Firmas"
    simulate(kiosk.store, kiosk.campaign, 3, seed=2)
    assert hub_engine(kiosk).run_until_idle(30).pending == 0
    expected = start + 15
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, WAIT_S).until(lambda d: _digits(d.find_element(By.ID, "total").text) == str(expected))
    assert "Dispositivos vinculados" in browser.page_source
    # The pairing code shows only when asked for (issue 26: a photo of the screen paired a device).
    assert not browser.find_element(By.ID, "pairing").is_displayed()
    browser.find_element(By.ID, "show-code").click()
    WebDriverWait(browser, WAIT_S).until(lambda d: d.find_element(By.ID, "pair-code").text.count("-") == 5)
    assert "<svg" in browser.find_element(By.CLASS_NAME, "qr").get_attribute("innerHTML")
    browser.save_screenshot(str(tmp_path / "dashboard_es.png"))
    for name in ("dashboard_en.png", "dashboard_es.png"):
        assert (tmp_path / name).stat().st_size > 10_000


def test_the_public_big_number_shows_the_count_and_no_name(browser: Any, hub: HubProcess,
                                                            kiosk: KioskContext) -> None:
    from selenium.webdriver.common.by import By

    paired(kiosk, hub)
    simulate(kiosk.store, kiosk.campaign, 8)
    assert hub_engine(kiosk).run_until_idle(30).pending == 0
    # The kiosk sealed them to the hub: the names are read where they can be opened.
    names = list(hub_people(hub).values())
    assert len(names) == 8
    browser.get(f"{hub.url}/big?lang=es")
    from selenium.webdriver.support.ui import WebDriverWait

    expected = str(kiosk.campaign.starting_count + 8)
    WebDriverWait(browser, WAIT_S).until(lambda d: _digits(d.find_element(By.ID, "big").text) == expected)
    assert "personas han firmado" in browser.page_source
    page = browser.page_source
    for person in names:
        assert person["given_name"] not in page and person["family_name"] not in page
        assert not person["email"] or person["email"] not in page


def test_a_guesser_is_slowed_down_while_the_coordinator_at_another_address_logs_in(hub: HubProcess) -> None:
    set_password(hub.context.engine, PASSWORD)
    guesser = hub.session(source="127.0.0.1")
    for _ in range(FREE_FAILURES):
        assert guesser.post(hub.url + "/login", data={"password": "guess"}, timeout=10,
                            allow_redirects=False).status_code == 401
    # Now this address waits before its next password is even checked, the right one included.
    blocked = guesser.post(hub.url + "/login", data={"password": PASSWORD}, timeout=10, allow_redirects=False)
    assert blocked.status_code == 429 and "hub_session" not in blocked.headers.get("set-cookie", "")
    first_wait = int(blocked.headers["Retry-After"])
    assert first_wait >= 1
    # The coordinator's browser at another address is not kept out meanwhile.
    coordinator = hub.session(source="127.0.0.2")
    answer = coordinator.post(hub.url + "/login", data={"password": PASSWORD}, timeout=10, allow_redirects=False)
    assert answer.status_code == 303 and "hub_session=" in answer.headers["set-cookie"]
    # The guesser's next wrong try, once its wait is over, makes the next wait longer.
    time.sleep(first_wait + 0.2)
    assert guesser.post(hub.url + "/login", data={"password": "guess"}, timeout=10,
                        allow_redirects=False).status_code == 401
    again = guesser.post(hub.url + "/login", data={"password": PASSWORD}, timeout=10, allow_redirects=False)
    assert again.status_code == 429 and int(again.headers["Retry-After"]) > first_wait


def test_the_session_cookie_is_secure_httponly_samesite(hub: HubProcess) -> None:
    set_password(hub.context.engine, PASSWORD)
    answer = hub.session().post(hub.url + "/login", data={"password": PASSWORD}, timeout=10, allow_redirects=False)
    assert answer.status_code == 303
    cookie = answer.headers["set-cookie"].lower()
    assert "hub_session=" in cookie and "secure" in cookie and "httponly" in cookie and "samesite=strict" in cookie


def test_a_device_token_cannot_log_in(hub: HubProcess, kiosk: KioskContext) -> None:
    set_password(hub.context.engine, PASSWORD)
    paired(kiosk, hub)
    token = get_device_token(kiosk.store.kiosk_id)
    assert token
    session = hub.session()
    as_password = session.post(hub.url + "/login", data={"password": token}, timeout=10, allow_redirects=False)
    assert as_password.status_code == 401
    with_header = session.get(hub.url + "/api/summary", headers={"Authorization": f"Bearer {token}"}, timeout=10)
    assert with_header.status_code == 401


def test_revoking_from_the_dashboard_pauses_that_kiosk(hub: HubProcess, kiosk: KioskContext) -> None:
    from sync.hub.devices import list_devices
    from sync.upstream.errors import SyncCode

    set_password(hub.context.engine, PASSWORD)
    paired(kiosk, hub, label="Tablet 2")
    session = hub.session()
    assert session.post(hub.url + "/login", data={"password": PASSWORD}, timeout=10).status_code == 200
    (device,) = list_devices(hub.context.engine)
    assert session.post(f"{hub.url}/devices/{device.id}/revoke", timeout=10).status_code == 200
    devices = session.get(hub.url + "/api/summary", timeout=10).json()["devices"]
    assert devices == [{**devices[0], "label": "Tablet 2", "revoked": True}]
    simulate(kiosk.store, kiosk.campaign, 4)
    report = hub_engine(kiosk).drain()
    assert report.paused == SyncCode.AUTH_FAILED and report.pending == 4 and report.rejected == 0
