"""The real Streamlit app, run headless through AppTest: state, controls and URL logic."""

from __future__ import annotations

import json
import re

import pytest
from streamlit.testing.v1 import AppTest

from places.itinerary import load_itinerary
from tests.conftest import ROOT

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


def drawn_stops(at: AppTest) -> int:
    return len(re.findall(r'"cls": "stop stop-', map_args(at)["feature_group"]))


def stops_line(at: AppTest) -> str:
    return next(m.value for m in at.markdown if " stops by " in m.value)


def query(at: AppTest) -> dict:
    return {k: (v[-1] if isinstance(v, list) else v) for k, v in at.query_params.items()}


def test_app_runs_on_the_bundled_itinerary_with_local_assets():
    at = run_app()
    assert at.slider[0].value == 1940
    args = map_args(at)
    assert all(link.startswith("/app/static/vendor/") for link in args["js_links"] + args["css_links"])
    assert stops_line(at) == f"{len(BUNDLED.stops)} of {len(BUNDLED.stops)} stops by 1940."
    assert drawn_stops(at) == len(BUNDLED.stops)


def test_the_slider_changes_the_stops_shown_without_remounting_the_map():
    at = run_app()
    late = map_args(at)
    at.slider[0].set_value(1902).run()
    expected = sum(1 for s in BUNDLED.stops if s.start <= 1902)
    assert stops_line(at) == f"{expected} of {len(BUNDLED.stops)} stops by 1902."
    assert drawn_stops(at) == expected < len(BUNDLED.stops)
    assert map_args(at)["key"] == late["key"], "the base map must stay the same so the browser keeps it mounted"
    assert query(at) == {"year": "1902"}


def test_next_and_previous_walk_the_stops_in_order_and_update_the_link():
    at = run_app(year="1879")
    first, second = BUNDLED.stops[0], BUNDLED.stops[1]
    at.button(key="next").click().run()
    assert at.session_state["stop"] == second.id and at.slider[0].value == second.start
    assert query(at) == {"year": str(second.start), "stop": second.id}
    at.button(key="prev").click().run()
    assert at.session_state["stop"] == first.id and at.slider[0].value == first.start


def test_play_steps_one_year_per_tick_and_pause_stops():
    at = run_app(year="1900")
    at.button(key="play").click().run()
    assert at.session_state["playing"] is True
    at.session_state["last_tick"] = 0.0  # the tick is due, as after PLAY_SECONDS
    at.run()
    assert at.slider[0].value == 1901
    at.button(key="play").click().run()
    assert at.session_state["playing"] is False
    at.session_state["last_tick"] = 0.0
    at.run()
    assert at.slider[0].value == 1901


def test_a_link_opens_its_year_and_stop():
    stop = next(s for s in BUNDLED.stops if s.place.name == "Alma Ata")
    at = run_app(year="1929", stop=stop.id)
    assert at.slider[0].value == 1929 and at.session_state["stop"] == stop.id
    assert at.subheader[0].value.startswith("1929: ")
    assert "stop-selected" in map_args(at)["feature_group"]
    assert map_args(at)["center"] == [stop.place.lat, stop.place.lon]
    at = run_app(stop=stop.id)
    assert at.slider[0].value == stop.start


def test_selecting_a_stop_in_the_panel_centres_the_map_on_it():
    at = run_app(year="1917")
    button = next(b for b in at.button if b.key and b.key.startswith("select-petrograd"))
    button.click().run()
    stop = next(s for s in BUNDLED.stops if s.id == at.session_state["stop"])
    assert stop.place.name == "Petrograd"
    assert map_args(at)["center"] == [stop.place.lat, stop.place.lon]


@pytest.mark.parametrize("params", [
    {"year": "<script>alert(1)</script>"}, {"year": "1e9"}, {"year": ""}, {"year": "19299999999"}, {"year": "-5"},
    {"stop": "no-such-stop"}, {"stop": "<img src=x onerror=alert(1)>"}, {"year": "1929", "stop": "x" * 5000},
])
def test_odd_parameters_fall_back_quietly(params):
    at = run_app(**params)
    assert 1879 <= at.slider[0].value <= 1940
    assert at.session_state["stop"] is None
    assert not at.exception


def test_starting_the_app_does_not_open_the_geonames_index(tmp_path, monkeypatch):
    """The app needs only the built itinerary; the broad gazetteer is for uploads, opened on first use."""
    monkeypatch.setenv("PLACES_CACHE_DIR", str(tmp_path))
    at = run_app(year="1917")
    at.slider[0].set_value(1929).run()
    assert list(tmp_path.iterdir()) == []
