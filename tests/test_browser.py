"""What only a browser shows: the map draws offline, with markers and route, and nothing leaves the host."""

from __future__ import annotations

import pytest

from tests.browser import ARTIFACTS, CHROMIUM_ARGS, chromium_path, leaves_host, streamlit_server

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def browser():
    path = chromium_path()
    if path is None:
        pytest.skip("Debian chromium is not installed (CI installs it: apt-get install chromium chromium-driver)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="module")
def app_url():
    with streamlit_server() as url:
        yield url


def open_map(browser, url: str, name: str):
    """Load ``url``; wait until the map iframe has drawn its markers; record every request and console error."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    requests, errors = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(url)
    frame = page.frame_locator("iframe[title='streamlit_folium.st_folium']")
    frame.locator("path.stop").first.wait_for(state="attached", timeout=30000)
    frame.locator("path.basemap").first.wait_for(state="attached", timeout=30000)
    page.wait_for_timeout(300)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
    counts = {cls: frame.locator(f"path.{cls}").count() for cls in ("stop", "route", "basemap", "stop-current")}
    return page, context, counts, requests, errors


def test_map_draws_offline_with_more_route_in_1940_than_1902(browser, app_url):
    seen = {}
    for year in (1902, 1940):
        page, context, counts, requests, errors = open_map(browser, f"{app_url}/?year={year}", f"map-{year}")
        assert counts["basemap"] > 100, "the country outlines (served locally) are drawn"
        assert counts["stop"] > 0 and counts["stop-current"] >= 1
        outside = [u for u in requests if leaves_host(u)]
        assert outside == [], f"requests left localhost: {outside}"
        assert page.get_by_text(f"{year}:", exact=False).first.is_visible()
        assert errors == [], f"console errors: {errors}"
        seen[year] = counts
        context.close()
    assert seen[1940]["stop"] > seen[1902]["stop"]
    assert seen[1940]["route"] > seen[1902]["route"]
