"""What only a browser shows: the map draws offline, controls step through time, links open a moment,
nothing leaves the host, and stepping never re-mounts the map."""

from __future__ import annotations

import re

import pytest

from places.itinerary import load_itinerary
from tests.browser import ARTIFACTS, leaves_host, streamlit_server
from tests.conftest import ROOT

pytestmark = pytest.mark.browser
MAP_FRAME = "iframe[title='streamlit_folium.st_folium']"
YEAR_INPUT = "input[type=range][aria-label=Year]"
BUNDLED = load_itinerary(ROOT / "places" / "data" / "itinerary.json")






class Page:
    """One browser tab on the app, recording every request and console error."""

    def __init__(self, browser, url: str):
        self.context = browser.new_context(viewport={"width": 1400, "height": 950})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(url)
        self.frame = self.page.frame_locator(MAP_FRAME)
        self.frame.locator(".stop").first.wait_for(state="attached", timeout=30000)
        self.frame.locator("path.basemap").first.wait_for(state="attached", timeout=30000)

    def year(self) -> int:
        return int(self.page.locator(YEAR_INPUT).input_value())

    def wait_for_year(self, year: int) -> None:
        """Until the server has drawn ``year``: the slider shows it and the panel's heading names it."""
        self.page.wait_for_function(f"() => document.querySelector('{YEAR_INPUT}')?.value == '{year}'",
                                    timeout=15000)
        self.page.get_by_role("heading", name=re.compile(rf"^{year}: ")).wait_for(timeout=15000)

    def count(self, selector: str) -> int:
        return self.frame.locator(selector).count()

    def wait_for_stops(self, n: int) -> None:
        self.page.wait_for_function(
            f"""() => {{ const f = document.querySelector("{MAP_FRAME}");
                 return f && f.contentDocument && f.contentDocument.querySelectorAll('.stop').length == {n}; }}""",
            timeout=15000)

    def map_state(self) -> dict:
        frame = self.page.frame_locator(MAP_FRAME).locator("body")
        return frame.evaluate("() => ({zoom: window.map_div.getZoom(), tag: window.__mountTag || null})")

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"))

    def outside(self) -> list[str]:
        return [u for u in self.requests if leaves_host(u)]

    def close(self) -> None:
        self.context.close()


def expected_stops(year: int) -> int:
    return sum(1 for s in BUNDLED.stops if s.start <= year)


@pytest.mark.parametrize("year", [1879, 1902, 1917, 1929, 1940])
def test_map_draws_offline_at_each_year(browser, app_url, year):
    tab = Page(browser, f"{app_url}/?year={year}")
    tab.wait_for_stops(expected_stops(year))
    assert tab.count("path.basemap") > 100, "the country outlines (served locally) are drawn"
    assert tab.count(".stop-current") >= 1
    assert tab.page.get_by_role("heading", name=re.compile(rf"^{year}: ")).is_visible()
    tab.page.wait_for_timeout(300)
    tab.shot(f"map-{year}")
    assert tab.outside() == [], f"requests left localhost: {tab.outside()}"
    assert tab.errors == [], f"console errors: {tab.errors}"
    tab.close()


def test_more_of_the_route_in_1940_than_in_1902(browser, app_url):
    counts = {}
    for year in (1902, 1940):
        tab = Page(browser, f"{app_url}/?year={year}")
        tab.wait_for_stops(expected_stops(year))
        counts[year] = (tab.count(".stop"), tab.count("path.route"))
        tab.close()
    assert counts[1940][0] > counts[1902][0] and counts[1940][1] > counts[1902][1]


def test_next_previous_and_play_change_the_year(browser, app_url):
    tab = Page(browser, f"{app_url}/?year=1879")
    second = BUNDLED.stops[1]
    tab.page.get_by_role("button", name="Next ▶").click()
    tab.wait_for_year(second.start)
    assert f"stop={second.id}" in tab.page.url
    tab.page.get_by_role("button", name="◀ Back").click()
    tab.wait_for_year(BUNDLED.stops[0].start)
    start = tab.year()
    tab.page.get_by_role("button", name="▶ Play").click()
    tab.wait_for_year(start + 2)
    tab.page.get_by_role("button", name="⏸ Pause").click()
    tab.page.wait_for_timeout(2500)
    paused = tab.year()
    tab.page.wait_for_timeout(2500)
    assert tab.year() == paused, "pause stops playback"
    assert tab.errors == []
    tab.close()


def test_a_deep_link_opens_the_year_and_the_stop(browser, app_url):
    stop = next(s for s in BUNDLED.stops if s.place.name == "Alma Ata")
    tab = Page(browser, f"{app_url}/?year=1929&stop={stop.id}")
    assert tab.year() == 1929
    tab.frame.locator(".stop-selected").first.wait_for(state="attached", timeout=15000)
    assert tab.page.get_by_text(f"★ Show {stop.place.name} on the map").is_visible()
    tab.shot("deep-link-alma-ata")
    tab.close()


def test_stepping_by_keyboard_keeps_the_map_mounted_and_its_zoom(browser, app_url):
    tab = Page(browser, f"{app_url}/?year=1905")
    tab.frame.locator(".leaflet-control-zoom-in").click()
    tab.frame.locator(".leaflet-control-zoom-in").click()
    tab.page.wait_for_timeout(500)
    tab.page.frame_locator(MAP_FRAME).locator("body").evaluate("() => { window.__mountTag = 'first-mount'; }")
    before = tab.map_state()
    slider = tab.page.locator(YEAR_INPUT)
    slider.focus()
    for year in range(1906, 1911):
        slider.press("ArrowRight")
        tab.wait_for_year(year)
        tab.wait_for_stops(expected_stops(year))
    after = tab.map_state()
    assert after == before, f"the map was re-mounted or lost its zoom: {before} -> {after}"
    assert tab.errors == []
    tab.close()


def test_the_app_runs_behind_a_path_prefix(browser):
    """As behind a reverse proxy at /exile/: static assets move with the prefix, nothing breaks."""
    with streamlit_server(prefix="exile") as url:
        assert url.endswith("/exile")
        tab = Page(browser, f"{url}/?year=1917")
        tab.wait_for_stops(expected_stops(1917))
        assert any("/exile/app/static/vendor/leaflet.js" in u for u in tab.requests)
        assert tab.outside() == [] and tab.errors == []
        tab.close()


def test_clicking_a_marker_selects_its_stop_in_the_panel(browser, app_url):
    stop = next(s for s in BUNDLED.stops if s.place.name == "Alma Ata")
    tab = Page(browser, f"{app_url}/?year=1928")
    tab.frame.locator(".stop-current").first.click()
    tab.page.wait_for_function(f"() => location.search.includes('stop={stop.id}')", timeout=15000)
    tab.page.get_by_text(f"★ Show {stop.place.name} on the map").wait_for(timeout=15000)
    assert tab.errors == []
    tab.close()
