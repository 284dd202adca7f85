"""The static site: written by `python -m mapapp export`, opened from file:// in headless Chromium."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from mapapp.export import export_site, site_data
from places.errors import PlacesError
from places.model import Itinerary
from tests.conftest import ROOT
from tests.test_layers import ITINERARY, stop

EVIL = '</script><script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> ${window.__pwned=3}'
HOSTILE = Itinerary("Anna <b>bold</b>", (), (
    stop("odessa", "Odessa", 46.5, 30.7, 1879, 1890, "birth", quote=EVIL),
    stop("vienna", "Vienna", 48.2, 16.4, 1907, 1914, quote="He lived in Vienna."),
))


def test_site_data_has_the_itinerary_legs_and_symbols():
    data = site_data(ITINERARY)
    assert [s["id"] for s in data["itinerary"]["stops"]] == [s.id for s in ITINERARY.stops]
    assert [(leg["from"], leg["to"]) for leg in data["legs"]] == [(0, 1), (1, 2), (2, 3)]
    assert data["legs"][-1]["arrow"] is not None and len(data["legs"][-1]["path"]) > 2  # Paris→Coyoacán curves
    assert "<svg" in data["config"]["kinds"]["exile"]["svg"]


def test_export_refuses_without_local_assets(tmp_path):
    with pytest.raises(PlacesError, match="web assets are not installed"):
        export_site(ITINERARY, tmp_path / "site", vendor_dir=tmp_path / "nothing")


def test_the_cli_writes_a_site_and_escapes_names(tmp_path):
    path = tmp_path / "hostile.json"
    from places.itinerary import write_itinerary
    write_itinerary(HOSTILE, path)
    r = subprocess.run([sys.executable, "-m", "mapapp", "export", str(tmp_path / "site"), "--itinerary", str(path)],
                       capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    index = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "Anna &lt;b&gt;bold&lt;/b&gt;" in index and "<b>bold" not in index
    data = (tmp_path / "site" / "assets" / "data.js").read_text(encoding="utf-8")
    assert "</script>" not in data
    assert json.loads(data.removeprefix("window.EXILE_DATA = ").removesuffix(";\n"))["itinerary"]["subject"] == \
        "Anna <b>bold</b>"


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1300, "height": 900})
    yield context.new_page()
    context.close()


@pytest.mark.browser
def test_the_exported_site_works_from_file_with_no_request_outside_its_folder(page, tmp_path):
    index = export_site(load_bundled(), tmp_path / "site")
    requests, errors = [], []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(index.as_uri() + "#year=1902")
    page.locator(".stop").first.wait_for(state="attached")
    assert page.locator("path.basemap").count() > 100
    early = page.locator(".stop").count()
    assert page.locator("#heading").inner_text().startswith("1902: ")
    page.locator("#year").focus()
    for _ in range(38):
        page.keyboard.press("ArrowRight")
    assert page.locator("#heading").inner_text().startswith("1940: ")
    assert page.locator(".stop").count() > early
    assert page.url.endswith("#year=1940")
    page.locator("#prev").click()
    assert "stop=" in page.url
    page.locator("#year").fill("1900")
    page.locator("#play").click()
    page.wait_for_function("() => window.exileMap.state.year >= 1902", timeout=10000)
    page.locator("#play").click()
    outside = [u for u in requests if not u.startswith(tmp_path.as_uri())]
    assert outside == [], f"requests left the site's folder: {outside}"
    assert errors == []


@pytest.mark.browser
def test_document_text_never_runs_in_the_exported_site(page, tmp_path):
    index = export_site(HOSTILE, tmp_path / "site")
    page.goto(index.as_uri() + "#year=1900&stop=odessa-1879")
    page.locator(".stop").first.wait_for(state="attached")
    page.locator(".leaflet-marker-icon.stop-birth").click()
    page.locator(".leaflet-popup-content").wait_for()
    assert "onerror" in page.locator(".leaflet-popup-content").inner_text()  # shown as text
    page.locator("details").first.evaluate("d => d.open = true")
    assert page.evaluate("() => window.__pwned") is None


def load_bundled():
    from places.itinerary import load_itinerary
    return load_itinerary(ROOT / "places" / "data" / "itinerary.json")
