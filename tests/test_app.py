"""The real Streamlit app, run headless through AppTest."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from places.itinerary import load_itinerary
from tests.conftest import ROOT

APP = str(ROOT / "mapapp" / "app.py")
BUNDLED = load_itinerary(ROOT / "places" / "data" / "itinerary.json")


def run_app(year: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    if year is not None:
        at.query_params["year"] = year
    at.run()
    assert not at.exception, at.exception
    return at


def map_args(at: AppTest) -> dict:
    (component,) = at.get("component_instance")
    return json.loads(component.proto.json_args)


def stops_line(at: AppTest) -> str:
    return next(m.value for m in at.markdown if " stops by " in m.value)


def test_app_runs_on_the_bundled_itinerary_with_local_assets():
    at = run_app()
    assert at.slider[0].value == 1940
    args = map_args(at)
    assert all(link.startswith("/app/static/vendor/") for link in args["js_links"] + args["css_links"])
    assert stops_line(at) == f"{len(BUNDLED.stops)} of {len(BUNDLED.stops)} stops by 1940."


def test_the_slider_changes_the_stops_shown_without_remounting_the_map():
    at = run_app()
    late = map_args(at)
    at.slider[0].set_value(1902).run()
    early = map_args(at)
    expected = sum(1 for s in BUNDLED.stops if s.start <= 1902)
    assert stops_line(at) == f"{expected} of {len(BUNDLED.stops)} stops by 1902."
    assert early["feature_group"].count("L.circleMarker") == expected
    assert late["feature_group"].count("L.circleMarker") == len(BUNDLED.stops)
    assert early["key"] == late["key"], "the base map must stay the same so the browser keeps it mounted"
    assert at.query_params["year"] == ["1902"] or at.query_params["year"] == "1902"


def test_a_link_opens_its_year():
    at = run_app("1929")
    assert at.slider[0].value == 1929
    assert at.subheader[0].value.startswith("1929: ")


@pytest.mark.parametrize("value", ["<script>alert(1)</script>", "1e9", "", "19299999999", "-5"])
def test_odd_year_parameters_fall_back_quietly(value):
    at = run_app(value)
    assert 1879 <= at.slider[0].value <= 1940
    assert not at.exception
