"""What only a browser shows: the app's map draws offline, steps in the browser without re-mounting, keeps
the moment in the address bar (links, Back/Forward, reload), frames each moment, and nothing leaves the host."""

from __future__ import annotations

import re

import pytest

from mapapp.layers import current_stops
from places.itinerary import load_itinerary
from tests.browser import ARTIFACTS, leaves_host, streamlit_server
from tests.conftest import ROOT

pytestmark = pytest.mark.browser
MAP_FRAME = "iframe[title='streamlit_folium.st_folium']"
BUNDLED = load_itinerary(ROOT / "places" / "data" / "itinerary.json")


class Page:
    """One browser tab on the app, recording every request and console error."""

    def __init__(self, browser, url: str):
        self.context = browser.new_context(viewport={"width": 1400, "height": 1000})
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(url)
        self.frame = self.page.frame_locator(MAP_FRAME)
        self.wait_ready()

    def wait_ready(self) -> None:
        self.frame.locator(".tm-heading").wait_for(timeout=30000)
        self.frame.locator("path.basemap").first.wait_for(state="attached", timeout=30000)

    def js(self, expression: str):
        return self.frame.locator("body").evaluate(expression)

    def year(self) -> int:
        return int(self.frame.locator("#tm-year").input_value())

    def heading(self) -> str:
        return self.frame.locator(".tm-heading").inner_text()

    def wait_for_year(self, year: int) -> None:
        self.frame.locator(".tm-heading", has_text=re.compile(rf"^{year}: ")).wait_for(timeout=15000)

    def count(self, selector: str) -> int:
        return self.frame.locator(selector).count()

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"))

    def outside(self) -> list[str]:
        return [u for u in self.requests if leaves_host(u)]

    def close(self) -> None:
        self.context.close()


def expected_stops(year: int) -> int:
    return sum(1 for s in BUNDLED.stops if s.start <= year)


def overlaps(boxes: list[dict]) -> list[tuple]:
    return [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
            if a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"]
            and a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"]]


@pytest.mark.parametrize(("year", "zoom"), [(1879, 5), (1902, 5), (1917, 2.5), (1929, 3), (1940, 5)])
def test_map_draws_offline_at_each_year_framed_with_labels_apart(browser, app_url, year, zoom):
    """Zoomed to the moment: a European year separates nearby cities, an ocean crossing shows both shores."""
    tab = Page(browser, f"{app_url}/?year={year}")
    assert tab.heading().startswith(f"{year}: ")
    assert tab.count(".stop") == expected_stops(year)
    assert tab.count("path.basemap") > 100, "the country outlines (served locally) are drawn"
    assert tab.count(".stop-current") >= 1
    tab.page.wait_for_timeout(300)  # labels are placed again once the frame has its final size
    labels = tab.js("""() => [...document.querySelectorAll('.stop-label')].map(e => {
        const r = e.getBoundingClientRect(); return {x: r.x, y: r.y, width: r.width, height: r.height}; })""")
    assert labels and overlaps(labels) == [], "permanent labels must not overlap"
    view = tab.js("""() => { const t = window.timeMap, b = t.map.getBounds(), f = t.focus();
                            return {inside: b.contains([f.lat, f.lon]), zoom: t.map.getZoom()}; }""")
    assert view["inside"] and view["zoom"] >= zoom, f"the camera frames the stop the moment is about: {view}"
    here = {s.place.name for s in current_stops(BUNDLED, year)}
    assert all(name in tab.heading() for name in here)
    tab.page.wait_for_timeout(300)
    tab.shot(f"map-{year}")
    assert tab.outside() == [], f"requests left localhost: {tab.outside()}"
    assert tab.errors == [], f"console errors: {tab.errors}"
    tab.close()


def test_more_of_the_route_in_1940_than_in_1902(browser, app_url):
    counts = {}
    for year in (1902, 1940):
        tab = Page(browser, f"{app_url}/?year={year}")
        counts[year] = (tab.count(".stop"), tab.count("path.route"))
        tab.close()
    assert counts[1940][0] > counts[1902][0] and counts[1940][1] > counts[1902][1]


def test_next_back_and_play_step_in_the_browser_and_update_the_address(browser, app_url):
    tab = Page(browser, f"{app_url}/?year=1879")
    second = BUNDLED.stops[1]
    tab.frame.get_by_role("button", name="Next").click()
    tab.wait_for_year(second.start)
    tab.page.wait_for_function(f"() => location.search.includes('year={second.start}&stop={second.id}')")
    tab.frame.get_by_role("button", name="Back").click()
    tab.wait_for_year(BUNDLED.stops[0].start)
    tab.page.wait_for_function(f"() => location.search.includes('stop={BUNDLED.stops[0].id}')")
    start = tab.year()
    tab.frame.get_by_role("button", name="Play").click()
    tab.page.wait_for_function(f"() => new URLSearchParams(location.search).get('year') > '{start}'", timeout=10000)
    tab.frame.get_by_role("button", name="Pause").click()
    paused = tab.year()
    tab.page.wait_for_timeout(2600)
    assert tab.year() == paused, "pause stops playback"
    assert tab.errors == []
    tab.close()


def test_play_moves_from_stop_to_stop_not_year_by_year(browser, app_url):
    tab = Page(browser, f"{app_url}/?stop={BUNDLED.stops[0].id}")
    tab.js("() => { window.timeMap.data.config.playMs = 50; }")
    tab.frame.get_by_role("button", name="Play").click()
    tab.frame.get_by_role("button", name="Play").wait_for(timeout=20000)  # back to Play at the end
    assert tab.js("() => window.timeMap.state.stop") == BUNDLED.stops[-1].id
    tab.close()


def test_a_deep_link_opens_the_year_and_the_stop(browser, app_url):
    stop = next(s for s in BUNDLED.stops if s.place.name == "Alma Ata")
    tab = Page(browser, f"{app_url}/?year=1929&stop={stop.id}")
    assert tab.year() == 1929
    assert tab.count(".stop-selected") == 1
    assert tab.frame.locator(".tm-card.selected").inner_text().startswith(" Alma Ata") or \
        "Alma Ata" in tab.frame.locator(".tm-card.selected").inner_text()
    tab.shot("deep-link-alma-ata")
    tab.close()


def test_a_fast_keyboard_burst_loses_no_step_and_never_remounts(browser, app_url):
    tab = Page(browser, f"{app_url}/?year=1879")
    tab.page.frame_locator(MAP_FRAME).locator("body").evaluate(
        "() => { window.__mountTag = 'first'; window.timeMap.map.__mountTag = 'first'; }")
    tab.frame.locator("#tm-year").focus()
    for _ in range(26):
        tab.page.keyboard.press("ArrowRight")
        tab.page.wait_for_timeout(30)
    tab.wait_for_year(1905)
    tab.page.wait_for_function("() => location.search.includes('year=1905')", timeout=10000)
    assert tab.count(".stop") == expected_stops(1905)
    assert tab.js("() => [window.__mountTag, window.timeMap.map.__mountTag]") == ["first", "first"]
    assert tab.page.locator(MAP_FRAME).count() == 1
    assert tab.errors == []
    tab.close()


def test_back_forward_and_reload_follow_the_address_bar(browser, app_url):
    first, second, third = BUNDLED.stops[:3]
    tab = Page(browser, f"{app_url}/?stop={first.id}")
    tab.frame.get_by_role("button", name="Next").click()
    tab.page.wait_for_function(f"() => location.search.includes('stop={second.id}')")  # one entry per pause
    tab.frame.get_by_role("button", name="Next").click()
    tab.page.wait_for_function(f"() => location.search.includes('stop={third.id}')")
    tab.page.go_back()
    tab.page.wait_for_function(f"() => location.search.includes('stop={second.id}')")
    tab.frame.locator(f".tm-card.selected[data-stop='{second.id}']").wait_for(timeout=10000)
    tab.page.go_forward()
    tab.frame.locator(f".tm-card.selected[data-stop='{third.id}']").wait_for(timeout=10000)
    tab.page.reload()
    tab.wait_ready()
    tab.frame.locator(f".tm-card.selected[data-stop='{third.id}']").wait_for(timeout=10000)
    assert tab.errors == []
    tab.close()


def test_a_manual_zoom_is_left_alone_until_the_next_step(browser, app_url):
    tab = Page(browser, f"{app_url}/?year=1917")
    tab.frame.locator(".leaflet-control-zoom-out").click()
    tab.frame.locator(".leaflet-control-zoom-out").click()
    tab.page.wait_for_timeout(600)
    zoom = tab.js("() => window.timeMap.map.getZoom()")
    tab.frame.locator(".tm-card summary").first.click()  # reading the panel is not a step
    tab.js("() => window.timeMap.render({})")
    assert tab.js("() => window.timeMap.map.getZoom()") == zoom
    tab.frame.locator("#tm-next").click()
    tab.page.wait_for_timeout(300)
    assert tab.js("() => window.timeMap.state.manual") is False
    tab.frame.locator(".tm-whole").click()
    tab.page.wait_for_timeout(600)
    assert tab.js("() => { const b = window.timeMap.map.getBounds();"
                  " return window.timeMap.stops.every(s => b.contains([s.lat, s.lon])); }")
    tab.close()


def test_the_app_runs_behind_a_path_prefix(browser):
    """As behind a reverse proxy at /exile/: static assets move with the prefix, the address bar still works."""
    with streamlit_server(prefix="exile") as url:
        assert url.endswith("/exile")
        tab = Page(browser, f"{url}/?year=1917")
        assert tab.count(".stop") == expected_stops(1917)
        assert any("/exile/app/static/vendor/leaflet.js" in u for u in tab.requests)
        assert any("/exile/app/static/timemap/timemap.js" in u for u in tab.requests)
        tab.frame.locator("#tm-next").click()
        tab.page.wait_for_function("() => location.pathname.startsWith('/exile') && location.search.includes('stop=')")
        tab.page.reload()
        tab.wait_ready()
        assert tab.js("() => window.timeMap.state.stop") is not None
        assert tab.outside() == [] and tab.errors == []
        tab.close()


def test_clicking_a_marker_selects_its_stop_in_the_panel(browser, app_url):
    stop = next(s for s in BUNDLED.stops if s.place.name == "Alma Ata")
    tab = Page(browser, f"{app_url}/?year=1928")
    tab.frame.locator(".stop-current").first.click()
    tab.page.wait_for_function(f"() => location.search.includes('stop={stop.id}')", timeout=15000)
    tab.frame.locator(f".tm-card.selected[data-stop='{stop.id}']").wait_for(timeout=15000)
    tab.frame.locator(".leaflet-popup-content").wait_for(timeout=5000)
    assert "Alma Ata" in tab.frame.locator(".leaflet-popup-content").inner_text()
    assert tab.errors == []
    tab.close()
