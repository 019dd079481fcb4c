"""The hub's pages are drawn in the app's shipped fonts, not in whatever the laptop has.

A coordinator's laptop with no Chinese, Korean or Arabic fonts showed those dashboards as
boxes. The hub now serves the fonts the kiosk ships (resources/fonts) as static files, cached
like the others, and page.css names them per script (unicode-range), so a browser fetches a
face only for a page that has its characters. Checked in headless Chromium against a real hub.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.sync.hub.support import HubProcess
from tests.sync.hub.test_dashboard import PASSWORD, WAIT_S, _log_in
from tests.sync.hub.test_dashboard_layout import chromium, shared_hub

__all__ = ["chromium", "shared_hub"]  # module fixtures, shared with the layout tests' definitions

SHOTS = os.environ.get("PETITION_KIOSK_SHOTS")  # a folder to keep the screenshots in, for a person to look at

# Each character of ``text`` drawn alone on a canvas in ``weight`` and ``family``, as a
# fingerprint of its pixels. A face that lacks the characters draws each as the same empty box
# ("tofu"), so two different characters give the same fingerprint; the real glyphs give
# different ones.
GLYPHS = """
const [weight, family, text, done] = arguments, font = weight + ' 48px ' + family;
document.fonts.load(font, text).then(() => {
  const canvas = document.createElement('canvas'); canvas.width = 64; canvas.height = 64;
  const g = canvas.getContext('2d');
  const prints = [...text].map(ch => {
    g.clearRect(0, 0, 64, 64); g.font = font; g.fillText(ch, 4, 52);
    const data = g.getImageData(0, 0, 64, 64).data; let h = 0;
    for (let i = 3; i < data.length; i += 4) h = (h * 31 + data[i]) % 1000000007;
    return h;
  });
  done(prints);
});
"""
FETCHED = ("return performance.getEntriesByType('resource').map(e => e.name.split('/').pop())"
           ".filter(n => n.endsWith('.ttf'))")
OTHER_FONTS = """
return [...document.querySelectorAll('body *')].filter(el => el.childElementCount === 0 && el.textContent.trim()
  && !el.closest('.code, svg, script') && !getComputedStyle(el).fontFamily.startsWith('"Petition Sans"'))
  .map(el => el.tagName + '#' + el.id + ': ' + getComputedStyle(el).fontFamily);
"""
LOADED = ("const [done] = arguments; document.fonts.ready.then(() => done([...document.fonts]"
          ".filter(f => f.status === 'loaded').map(f => f.unicodeRange)))")


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = Path(SHOTS) if SHOTS else tmp_path_factory.mktemp("shots")
    folder.mkdir(parents=True, exist_ok=True)
    yield folder


def test_fonts_are_static_files_cached_like_the_others(shared_hub: HubProcess) -> None:
    session = shared_hub.session()
    answer = session.get(shared_hub.url + "/static/DroidSansFallbackFull.ttf", timeout=30)
    shipped = Path(__file__).resolve().parents[3] / "resources" / "fonts" / "DroidSansFallbackFull.ttf"
    assert answer.status_code == 200 and answer.content == shipped.read_bytes()  # (requests un-gzips it)
    assert answer.headers["content-type"] == "font/ttf"
    # Gzipped for a browser that takes it: about half the bytes over the venue's Wi-Fi.
    assert answer.headers["content-encoding"] == "gzip"
    assert int(answer.headers["content-length"]) < 0.6 * shipped.stat().st_size
    plain = session.get(shared_hub.url + "/static/DroidSansFallbackFull.ttf", timeout=30,
                        headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers and plain.content == shipped.read_bytes()
    assert plain.headers["etag"] != answer.headers["etag"]
    css = session.get(shared_hub.url + "/static/page.css", timeout=10)
    assert css.headers["cache-control"] == answer.headers["cache-control"]
    again = session.get(shared_hub.url + "/static/DroidSansFallbackFull.ttf", timeout=10,
                        headers={"If-None-Match": answer.headers["etag"]})
    assert again.status_code == 304 and not again.content


def test_the_chinese_dashboard_is_drawn_in_the_shipped_face(shared_hub: HubProcess, chromium: Any,
                                                           shots: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    chromium.set_script_timeout(WAIT_S)
    _log_in(chromium, shared_hub, PASSWORD, lang="zh-Hans")
    WebDriverWait(chromium, WAIT_S).until(lambda d: d.find_element(By.ID, "total").text.strip() not in ("", "…"))
    heading = chromium.find_element(By.CSS_SELECTOR, "h1").text
    chinese = "".join(ch for ch in heading if "\u4e00" <= ch <= "\u9fff")
    assert len(set(chinese)) >= 2, heading
    weight, family = chromium.execute_script(
        "const s = getComputedStyle(document.querySelector('h1')); return [s.fontWeight, s.fontFamily]")
    assert family.startswith('"Petition Sans"') and weight == "700"
    drawn = chromium.execute_async_script(GLYPHS, weight, family, chinese)
    assert len(set(drawn)) == len(set(chinese)), "the heading's characters are drawn as identical boxes"
    # Bold, though the face has no bold: the browser draws it heavier than the body text.
    regular = chromium.execute_async_script(GLYPHS, "400", family, chinese)
    assert len(set(regular)) == len(set(chinese)) and set(regular).isdisjoint(drawn)
    assert "U+4E00-9FFF" in ",".join(chromium.execute_async_script(LOADED)).upper()
    # Buttons too (a browser gives them its own font unless told): only the pairing code is monospace.
    assert chromium.execute_script(OTHER_FONTS) == []
    chromium.set_window_size(1280, 1000)
    chromium.save_screenshot(str(shots / "dashboard-zh-Hans.png"))


def test_the_arabic_dashboard_is_drawn_in_the_shipped_face(shared_hub: HubProcess, chromium: Any,
                                                          shots: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    chromium.set_script_timeout(WAIT_S)
    chromium.get(f"{shared_hub.url}/dashboard?lang=ar")
    WebDriverWait(chromium, WAIT_S).until(lambda d: d.find_element(By.ID, "total").text.strip() not in ("", "…"))
    heading = chromium.find_element(By.CSS_SELECTOR, "h2").text
    arabic = "".join(ch for ch in heading if "\u0600" <= ch <= "\u06ff")
    assert len(set(arabic)) >= 2, heading
    assert "U+600-6FF" in ",".join(chromium.execute_async_script(LOADED)).upper()
    drawn = chromium.execute_async_script(GLYPHS, "700", '"Petition Sans"', arabic)
    assert len(set(drawn)) == len(set(arabic))
    chromium.save_screenshot(str(shots / "dashboard-ar.png"))


def test_a_page_fetches_only_the_faces_its_characters_need(shared_hub: HubProcess, chromium: Any) -> None:
    # The big-number page has no language menu: in English it needs only the Latin face.
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    chromium.set_script_timeout(WAIT_S)
    for lang, wanted in (("en", {"NotoSans-Regular.ttf"}), ("ko", {"NanumSquareR.ttf"})):
        # A face already in the browser's cache is taken from there for every page (and listed):
        # start cold, as a coordinator's browser does.
        chromium.get("about:blank")
        chromium.execute_cdp_cmd("Network.clearBrowserCache", {})
        chromium.get(f"{shared_hub.url}/big?lang={lang}")
        WebDriverWait(chromium, WAIT_S).until(lambda d: d.find_element(By.ID, "big").text.strip() not in ("", "…"))
        chromium.execute_async_script(LOADED)
        fetched = set(chromium.execute_script(FETCHED))
        assert wanted <= fetched and "DroidSansFallbackFull.ttf" not in fetched, (lang, fetched)
