"""The static site: the app's folium map saved with Map.save, opened from file:// in headless Chromium."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import pytest

from mapapp.export import EXPORT_ASSETS, export_site
from mapapp.layers import MapOptions, OfflineMap, build_map
from mapapp.state import moment_from_query
from mapapp.timemap import TimeMap, timemap_data
from places.errors import PlacesError
from places.itinerary import load_itinerary, write_itinerary
from places.model import Itinerary
from tests.conftest import ROOT
from tests.test_layers import ITINERARY, payload, stop

EVIL = '</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> ${window.__pwned=3}'
HOSTILE = Itinerary("Anna <b>bold</b>", (), (
    stop("odessa", "Odessa", 46.5, 30.7, 1879, 1890, "birth", quote=EVIL),
    stop("vienna", "Vienna", 48.2, 16.4, 1907, 1914, quote="He lived in Vienna."),
))
BUNDLED = load_itinerary(ROOT / "places" / "data" / "itinerary.json")


def test_the_site_is_the_apps_map_saved_with_its_assets(tmp_path):
    index = export_site(ITINERARY, tmp_path / "site")
    page = index.read_text(encoding="utf-8")
    assert page.count("L.timeMap(") == 1 and "app.js" not in page
    assert payload(page)["config"]["urlMode"] == "hash"
    for name in ("leaflet.js", "leaflet.css", "timemap.js", "timemap.css", "basemap.js"):
        assert (tmp_path / "site" / "assets" / name).is_file() and f"assets/{name}" in page
    assert "Content-Security-Policy" in page and "connect-src 'none'" in page
    assert not (ROOT / "mapapp" / "site").exists(), "no second renderer"


def test_export_refuses_without_local_assets(tmp_path):
    with pytest.raises(PlacesError, match="web assets are not installed"):
        export_site(ITINERARY, tmp_path / "site", vendor_dir=tmp_path / "nothing")


def test_the_cli_writes_a_site_and_puts_names_in_json_only(tmp_path):
    path = tmp_path / "hostile.json"
    write_itinerary(HOSTILE, path)
    r = subprocess.run([sys.executable, "-m", "mapapp", "export", str(tmp_path / "site"), "--itinerary", str(path)],
                       capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "<b>bold" not in index and "</script><script>window" not in index
    assert payload(index)["subject"] == "Anna <b>bold</b>"


# ------------------------------------------------------------------------------------------ in the browser

@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1300, "height": 900})
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    yield page
    context.close()


def open_site(page, index, fragment: str = "") -> None:
    page.goto(index.as_uri() + fragment)
    page.wait_for_function("() => window.timeMap && document.querySelector('.tm-heading').textContent")


def heading(page) -> str:
    return page.locator(".tm-heading").inner_text()


@pytest.mark.browser
def test_the_exported_site_works_from_file_with_no_request_outside_its_folder(page, tmp_path):
    index = export_site(BUNDLED, tmp_path / "site")
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    open_site(page, index, "#year=1902")
    page.locator("path.basemap").first.wait_for(state="attached")
    assert page.locator("path.basemap").count() > 100
    early = page.locator(".stop").count()
    assert early == sum(1 for s in BUNDLED.stops if s.start <= 1902)
    assert heading(page).startswith("1902: ")
    page.locator("#tm-year").focus()
    for _ in range(38):  # a fast burst: every press counts
        page.keyboard.press("ArrowRight")
    assert heading(page).startswith("1940: ")
    assert page.locator(".stop").count() == len(BUNDLED.stops) > early
    page.wait_for_function("() => location.hash === '#year=1940'")
    page.locator("#tm-prev").click()
    page.wait_for_function("() => location.hash.includes('stop=')")
    page.locator("#tm-year").fill("1900")
    page.locator("#tm-play").click()
    page.wait_for_function("() => window.timeMap.state.year >= 1902", timeout=10000)
    page.locator("#tm-play").click()
    assert page.evaluate("() => window.timeMap.state.playing") is False
    outside = [u for u in requests if not u.startswith(tmp_path.as_uri())]
    assert outside == [], f"requests left the site's folder: {outside}"
    assert page.errors == []


@pytest.mark.browser
def test_links_back_forward_and_reload_in_the_export(page, tmp_path):
    index = export_site(BUNDLED, tmp_path / "site")
    first, second, third = BUNDLED.stops[:3]
    open_site(page, index, f"#stop={first.id}")
    assert page.evaluate("() => window.timeMap.state.stop") == first.id
    page.locator("#tm-next").click()
    page.wait_for_function(f"() => location.hash.endsWith('stop={second.id}')")  # one history entry per pause
    page.locator("#tm-next").click()
    page.wait_for_function(f"() => location.hash === '#year={third.start}&stop={third.id}'")
    page.go_back()
    page.wait_for_function(f"() => window.timeMap.state.stop === '{second.id}'")
    assert page.locator(".tm-card.selected").count() == 1
    page.go_forward()
    page.wait_for_function(f"() => window.timeMap.state.stop === '{third.id}'")
    page.reload()
    page.wait_for_function(f"() => window.timeMap && window.timeMap.state.stop === '{third.id}'")
    assert page.errors == []


@pytest.mark.browser
def test_document_text_never_runs_in_the_exported_site(page, tmp_path):
    index = export_site(HOSTILE, tmp_path / "site")
    open_site(page, index, "#year=1900&stop=odessa-1879")
    page.locator(".leaflet-marker-icon.stop-birth").click()
    page.locator(".leaflet-popup-content").wait_for()
    assert "onerror" in page.locator(".leaflet-popup-content").inner_text()  # shown as text
    page.locator(".tm-card details").first.evaluate("d => d.open = true")
    assert page.locator("h1").inner_text() == "Anna <b>bold</b>: a life on the map"
    assert page.evaluate("() => window.__pwned") is None and page.errors == []


@pytest.mark.browser
def test_text_that_names_a_placeholder_stays_the_visitors_text(page, tmp_path):
    subject = "__SOURCES__ __LEGEND__ __CAPTION__ __TITLE__ {{ 7*7 }} $& $1"
    index = export_site(Itinerary(subject, (), ITINERARY.stops), tmp_path / "site")
    open_site(page, index)
    expected = f"{subject}: a life on the map"
    assert page.locator("h1").inner_text() == expected and page.title() == expected
    assert page.errors == []


@pytest.mark.browser
@pytest.mark.parametrize("fragment", ["#stop=__proto__", "#stop=constructor", "#stop=hasOwnProperty",
                                      "#year=toString", "#stop=valueOf&year=__proto__"])
def test_links_naming_object_properties_give_the_notice(page, tmp_path, fragment):
    index = export_site(ITINERARY, tmp_path / "site")
    open_site(page, index, fragment)
    assert page.locator(".tm-notice").inner_text().startswith("Ignored the link's")
    assert heading(page).startswith("1940: ") and page.errors == []


LINKS = [{"year": "1929"}, {"year": "1e9"}, {"year": ""}, {"year": "-5"}, {"year": "19299999999"},
         {"year": "\u0661\u0669\u0661\u0660"}, {"year": " 1910 "}, {"year": "+1910"}, {"year": "0x77a"},
         {"stop": "paris-1914"}, {"stop": "paris-1914", "year": "1880"}, {"stop": "__proto__"},
         {"stop": "constructor"}, {"stop": "PARIS-1914"}, {"stop": "x" * 5000, "year": "1920"},
         {"stop": "<img src=x onerror=alert(1)>"}, {"stop": "vienna-1907", "year": "2000"}]


@pytest.mark.browser
def test_the_app_and_the_export_read_links_with_the_same_rules(page, tmp_path):
    """mapapp.state (the app's session start) and timemap.js (every page) agree on every link."""
    index = export_site(ITINERARY, tmp_path / "site")
    open_site(page, index)
    for params in LINKS:
        expected = moment_from_query(params, ITINERARY)
        got = page.evaluate("""(params) => { const t = window.timeMap, q = new URLSearchParams(params).toString();
            return L.TimeMap.readMoment(q, t.stops, t.byId, t.range, t.range[1]); }""", params)
        assert (got["year"], got["stop"], tuple(got["notices"])) == \
            (expected.year, expected.stop, expected.notices), params


@pytest.mark.browser
@pytest.mark.parametrize("case", ["one stop", "one place", "no coordinates", "nothing placed", "BC"])
def test_degenerate_itineraries_show_a_map_on_the_place(page, tmp_path, case):
    stops = {
        "one stop": (stop("odessa", "Odessa", 46.5, 30.7, 1879, 1879, "birth"),),
        "one place": (stop("odessa", "Odessa", 46.5, 30.7, 1879, 1880),
                      stop("odessa", "Odessa", 46.5, 30.7, 1885, 1890)),
        "no coordinates": (stop("odessa", "Odessa", 46.5, 30.7, 1879, 1880),
                           stop("nowhere", "Nowhere", math.nan, math.nan, 1885, 1890)),
        "nothing placed": (stop("nowhere", "Nowhere", math.nan, math.nan, 1885, 1890),),
        "BC": (stop("rome", "Rome", 41.9, 12.5, -100, -58, "birth"),
               stop("rome", "Rome", 41.9, 12.5, -44, -44, "death")),
    }[case]
    index = export_site(Itinerary("Anna", (), stops), tmp_path / "site")
    open_site(page, index)
    view = page.evaluate("() => { const m = window.timeMap.map, c = m.getCenter();"
                         " return {zoom: m.getZoom(), lat: c.lat, lng: c.lng}; }")
    assert all(math.isfinite(v) for v in view.values()), view
    placed = [s for s in stops if math.isfinite(s.place.lat)]
    assert page.locator(".stop").count() == len(placed)
    if placed:
        assert view["zoom"] >= 5 and abs(view["lat"] - placed[-1].place.lat) < 1  # zoomed on the place
    assert page.locator(".tm-card").count() >= 1
    if case == "BC":
        assert heading(page).startswith("44 BC: Rome")
    if case == "nothing placed":
        assert "No stop of this map has coordinates" in page.locator(".tm-notice").inner_text()
    page.locator("#tm-prev").click()
    assert page.errors == [], page.errors


@pytest.mark.browser
def test_an_unterminated_right_to_left_override_does_not_reverse_what_follows(page, tmp_path):
    """The quote and its source share a line: without isolation ", offset 10" after it would read backwards."""
    s = stop("odessa", "Odessa", 46.5, 30.7, 1879, 1890, quote="He said \u202eabc", doc="later.txt")
    index = export_site(Itinerary("Anna", (), (s,)), tmp_path / "site")
    open_site(page, index, f"#stop={s.id}")
    order = page.evaluate("""() => {
        const q = document.querySelector('.tm-card details .tm-quote');
        const walker = document.createTreeWalker(q, NodeFilter.SHOW_TEXT);
        let node; while ((node = walker.nextNode())) { if (node.data.includes('offset')) break; }
        const at = (i) => { const r = document.createRange(); const k = node.data.indexOf('offset') + i;
                            r.setStart(node, k); r.setEnd(node, k + 1); return r.getBoundingClientRect().left; };
        return [at(0), at(2), at(5)];
    }""")
    assert order[0] < order[1] < order[2], f"'offset' is drawn right to left: {order}"


@pytest.mark.browser
def test_dates_finer_than_a_year_are_shown_when_the_itinerary_has_them(page, tmp_path):
    data = timemap_data(ITINERARY, url_mode="hash", header=True)
    data["stops"][1].update(dates="13 January – 27 March 1907", start_date="1907-01-13", end_date="1907-03-27",
                            start_precision="day", end_precision="day")
    export_site(ITINERARY, tmp_path / "site")  # the assets
    m = OfflineMap(EXPORT_ASSETS, location=(48, 16), zoom_start=5)
    TimeMap(data, EXPORT_ASSETS.timemap_js, EXPORT_ASSETS.timemap_css).add_to(m)
    m.save(str(tmp_path / "site" / "dated.html"))
    open_site(page, tmp_path / "site" / "dated.html", "#stop=vienna-1907")
    assert "13 January – 27 March 1907" in page.locator(".tm-card.selected").inner_text()
    assert page.errors == []


def test_build_map_for_the_export_is_the_apps_map_with_another_address_bar():
    app, site = build_map(ITINERARY, MapOptions()), build_map(ITINERARY, MapOptions(), EXPORT_ASSETS, url_mode="hash")
    a, b = payload(app.get_root().render()), payload(site.get_root().render())
    assert a["stops"] == b["stops"] and a["legs"] == b["legs"] and json.dumps(a["kinds"]) == json.dumps(b["kinds"])
