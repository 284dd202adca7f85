"""The real Streamlit app, run headless through AppTest: what it mounts, and what a session opens at."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from places.itinerary import load_itinerary
from tests.conftest import ROOT
from tests.test_layers import payload

APP = str(ROOT / "mapapp" / "app.py")
BUNDLED = load_itinerary(ROOT / "places" / "data" / "itinerary.json")


def run_app(**params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def map_args(at: AppTest) -> dict:
    (component,) = at.get("component_instance")
    return json.loads(component.proto.json_args)


def map_data(at: AppTest) -> dict:
    return payload(f"L.timeMap(map_div, JSON.parse({map_args(at)['script'].split('JSON.parse(', 1)[1]}")


def test_app_mounts_one_map_of_the_whole_itinerary_with_local_assets():
    at = run_app()
    args = map_args(at)
    assert all(link.startswith("/app/static/") for link in args["js_links"] + args["css_links"])
    assert "/app/static/timemap/timemap.js" in args["js_links"]
    assert args["script"].count("L.timeMap(") == 1 and args["feature_group"] is None
    data = map_data(at)
    assert len(data["stops"]) == len(BUNDLED.stops) and data["config"]["urlMode"] == "query"
    assert data["config"]["initial"] == {"year": 1940, "stop": None}
    assert at.title[0].value == "Leon Trotsky\\: a life on the map" and "exile" not in at.title[0].value
    assert at.caption[0].value.startswith(f"{len(BUNDLED.stops)} stops drawn from {len(BUNDLED.sources)} documents")


def test_reruns_send_the_same_script_so_the_browser_never_remounts_the_map():
    at = run_app(year="1917")
    first = map_args(at)
    at.text_input(key="upload_subject").input("Someone").run()
    at.run()
    again = map_args(at)
    assert again["script"] == first["script"] and again["key"] == first["key"]
    at.toggle[0].set_value(True).run()  # later stops ghosted: a different map, mounted anew on purpose
    assert map_data(at)["config"]["showFuture"] is True and map_args(at)["key"] != first["key"]


def test_a_link_opens_its_year_and_stop():
    stop = next(s for s in BUNDLED.stops if s.place.name == "Alma Ata")
    at = run_app(year="1929", stop=stop.id)
    assert map_data(at)["config"]["initial"] == {"year": 1929, "stop": stop.id}
    at = run_app(stop=stop.id)
    assert map_data(at)["config"]["initial"] == {"year": stop.start, "stop": stop.id}


@pytest.mark.parametrize("params", [
    {"year": "<script>alert(1)</script>"}, {"year": "1e9"}, {"year": "19299999999"}, {"year": "-5"},
    {"stop": "no-such-stop"}, {"stop": "<img src=x onerror=alert(1)>"}, {"year": "1929", "stop": "x" * 5000},
    {"stop": "__proto__"}, {"stop": "constructor"},
])
def test_odd_parameters_fall_back_with_a_notice(params):
    at = run_app(**params)
    initial = map_data(at)["config"]["initial"]
    assert 1879 <= initial["year"] <= 1940 and initial["stop"] is None
    assert any(m.value.startswith(("Ignored the link", "The link")) for m in at.info)


def test_a_link_to_an_uploaded_map_explains_why_the_bundled_one_opens():
    at = run_app(map="uploaded", year="1929")
    assert "lives only in the browser session that built it" in at.info[0].value
    assert "map" not in at.query_params and map_data(at)["config"]["initial"]["year"] == 1929


def test_an_uploaded_biography_gets_its_own_title_and_says_where_it_lives():
    """AppTest cannot drive a file uploader: the session holds what Build puts there (a real build)."""
    from places.extract import Extractor
    from places.pipeline import build_from_uploads
    text = ("Anna Petrova was born in Odessa in 1860. In 1880 Anna Petrova moved to Vienna. "
            "In 1890 she moved to Paris, where she died in 1901.\n")
    result = build_from_uploads([("anna.txt", text.encode())], "Anna Petrova", Extractor())
    at = run_app()
    at.session_state["custom"] = result.itinerary
    at.run()
    assert at.title[0].value == "Anna Petrova\\: a life on the map" and "exile" not in at.title[0].value
    assert any("browser session only" in w.value for w in at.warning)
    assert map_data(at)["subject"] == "Anna Petrova"
    at.session_state["custom_title"] = "Anna Petrova's travels"
    at.run()
    assert at.title[0].value == "Anna Petrova's travels" and map_data(at)["title"] == "Anna Petrova's travels"
    at.button(key="bundled").click().run()
    assert map_data(at)["subject"] == BUNDLED.subject


def test_starting_the_app_does_not_open_the_geonames_index(tmp_path, monkeypatch):
    """The app needs only the built itinerary; the broad gazetteer is for uploads, opened on first use."""
    monkeypatch.setenv("PLACES_CACHE_DIR", str(tmp_path))
    at = run_app(year="1917")
    at.toggle[0].set_value(True).run()
    assert list(tmp_path.iterdir()) == []
