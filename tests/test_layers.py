"""The map is a pure function of (itinerary, options), tested by rendering HTML to a string."""

from __future__ import annotations

import json
import math
import re

import folium

from mapapp.assets import map_assets, topojson_to_geojson
from mapapp.layers import MapOptions, build_map, current_stops, isolate, legs, stops_until, years_label
from mapapp.timemap import inert_json, map_caption, map_title, plural, source_stop_counts, year_label
from places.model import Evidence, Itinerary, Place, Source, Stop

URL = re.compile(r"https?://[^\s\"'<>)]+")
PAYLOAD = re.compile(r"L\.timeMap\([a-z_0-9]+, JSON\.parse\((\"(?:[^\"\\]|\\.)*\")\)\)")


def stop(sid, name, lat, lon, start, end, kind="residence", quote="He lived there.", alternatives=(), doc="doc.txt"):
    place = Place(id=sid, name=name, lat=lat, lon=lon, kind="settlement", country="X")
    return Stop(f"{sid}-{start}", place, start, end, kind, (Evidence(doc, 10, quote),), 0.9, alternatives)


ITINERARY = Itinerary("Anna", (), (
    stop("odessa", "Odessa", 46.5, 30.7, 1879, 1890, "birth"),
    stop("vienna", "Vienna", 48.2, 16.4, 1907, 1914),
    stop("paris", "Paris", 48.9, 2.4, 1914, 1916),
    stop("coyoacan", "Coyoacán", 19.35, -99.16, 1937, 1940, "death"),
))


def html_for(itinerary=ITINERARY, assets=None, options=MapOptions(), **kwargs):
    return build_map(itinerary, options, assets, **kwargs).get_root().render()


def payload(html: str) -> dict:
    """The itinerary as the browser receives it: the JSON string the plugin's script parses."""
    (literal,) = PAYLOAD.findall(html)
    return json.loads(json.loads(literal))


def test_year_selects_the_stops_and_the_current_place():
    assert [s.place.name for s in stops_until(ITINERARY, 1910)] == ["Odessa", "Vienna"]
    assert [s.place.name for s in current_stops(ITINERARY, 1910)] == ["Vienna"]
    assert [s.place.name for s in current_stops(ITINERARY, 1914)] == ["Paris"]  # the newer of two spanning stops
    assert [s.place.name for s in current_stops(ITINERARY, 1925)] == ["Paris"]  # the last place known
    assert current_stops(ITINERARY, 1870) == []


def test_the_whole_itinerary_goes_to_the_browser_once_with_its_legs():
    html = html_for()
    assert html.count("L.timeMap(") == 1
    data = payload(html)
    assert [s["id"] for s in data["stops"]] == [s.id for s in ITINERARY.stops]
    assert [(leg["from"], leg["to"]) for leg in data["legs"]] == [(0, 1), (1, 2), (2, 3)]
    assert data["legs"][-1]["arrow"] is not None and len(data["legs"][-1]["path"]) > 2  # Paris→Coyoacán curves
    assert (data["config"]["yearMin"], data["config"]["yearMax"]) == (1879, 1940)
    assert "<svg" in data["kinds"]["exile"]["svg"] and data["kinds"]["exile"]["exile"] is True


def test_the_map_does_not_depend_on_the_year_shown():
    """One script per itinerary and options: the app mounts it once and the browser steps it."""
    a, b = html_for(initial={"year": 1900, "stop": None}), html_for(initial={"year": 1900, "stop": None})
    strip = re.compile(r"_[0-9a-f]{32}")
    assert strip.sub("", a) == strip.sub("", b)
    assert payload(html_for(options=MapOptions(show_future=True)))["config"]["showFuture"] is True


def test_local_assets_mean_no_url_leaves_the_host(tmp_path):
    vendor = tmp_path / "vendor"
    vendor.mkdir()
    for name in ("leaflet.js", "leaflet.css", "countries-110m.geojson"):
        (vendor / name).write_text("x")
    html = html_for(assets=map_assets("/app/static", vendor))
    assert URL.findall(html) == []
    for path in ("vendor/leaflet.js", "vendor/countries-110m.geojson", "timemap/timemap.js", "timemap/timemap.css"):
        assert f"/app/static/{path}" in html
    assert html.count("timemap/timemap.js") == 1  # declared once


def test_missing_assets_fall_back_to_the_cdn_and_warn_once(tmp_path, caplog):
    import mapapp.assets as assets_module
    assets_module._warned = False
    with caplog.at_level("WARNING"):
        first = map_assets(vendor_dir=tmp_path / "absent")
        map_assets(vendor_dir=tmp_path / "absent")
    assert not first.local and first.js[0][1].startswith("https://")
    assert sum("local map assets not found" in r.message for r in caplog.records) == 1
    html = html_for(assets=first)
    assert "openstreetmap" in html.lower()  # online tiles stand in for the local outlines
    assert "/app/static/timemap/timemap.js" in html  # the plugin ships with the app itself


def test_per_instance_assets_leave_folium_defaults_alone():
    before = list(folium.Map.default_js)
    html_for()
    assert folium.Map.default_js == before


def test_template_syntax_in_documents_is_never_evaluated_on_the_server():
    """branca renders the page's scripts as a Jinja template: the data must hold no brace for it to read."""
    quote = "{{ 'pw' ~ 'ned' }} {% if true %}yes{% endif %} {# c #} {{ cycler.__init__.__globals__ }}"
    itinerary = Itinerary("{{ 7*7 }}", (), (stop("odessa", "Odessa", 46.5, 30.7, 1879, 1890, quote=quote),))
    html = html_for(itinerary)
    # Evaluated, the template would print "pwned" and the subject "49": neither may appear as such (folium's
    # random element ids are hex, so "49" is looked for as a word of its own, not inside an id).
    without_ids = re.sub(r"[0-9a-f]{32}", "", html)
    assert "pwned" not in html and not re.search(r"(?<![0-9a-f])49(?![0-9a-f])", without_ids)
    data = payload(html)
    assert data["stops"][0]["evidence"][0]["quote"] == quote and data["subject"] == "{{ 7*7 }}"


def test_the_payload_string_carries_no_character_a_template_or_the_html_parser_would_read():
    evil = '</script><script>alert(1)</script><img src=x onerror=alert(2)> ${alert(3)} `x` {{x}} {%y%} &amp;'
    literal = inert_json({"q": evil})
    assert not set("{}<>&") & set(literal)
    assert json.loads(json.loads(literal)) == {"q": evil}
    itinerary = Itinerary("Anna", (), (stop("odessa", "Odessa", 46.5, 30.7, 1879, 1890, quote=evil),))
    html = html_for(itinerary)
    assert "<script>alert(1)" not in html and "<img src=x" not in html and "</script><script>" not in html
    assert payload(html)["stops"][0]["evidence"][0]["quote"] == evil  # the browser gets the exact text


def test_degenerate_itineraries_still_make_a_map():
    """One stop; every stop at one place; a stop without coordinates: a map, valid JSON, no NaN anywhere."""
    one = Itinerary("Anna", (), (stop("odessa", "Odessa", 46.5, 30.7, 1879, 1879, "birth"),))
    same = Itinerary("Anna", (), (stop("odessa", "Odessa", 46.5, 30.7, 1879, 1880),
                                  stop("odessa", "Odessa", 46.5, 30.7, 1885, 1890)))
    lost = Itinerary("Anna", (), (stop("odessa", "Odessa", 46.5, 30.7, 1879, 1880),
                                  stop("nowhere", "Nowhere", math.nan, math.nan, 1885, 1890),
                                  stop("paris", "Paris", 48.9, 2.4, 1891, 1892)))
    for itinerary in (one, same, lost):
        html = html_for(itinerary)
        assert "NaN" not in html
        data = payload(html)
        assert len(data["stops"]) == len(itinerary.stops) and data["config"]["yearMax"] > data["config"]["yearMin"]
    assert payload(html_for(same))["legs"] == []
    lost_data = payload(html_for(lost))
    assert lost_data["stops"][1]["lat"] is None and [(x["from"], x["to"]) for x in lost_data["legs"]] == [(0, 2)]
    nothing = Itinerary("Anna", (), (stop("nowhere", "Nowhere", math.nan, math.nan, 1885, 1890),))
    assert "NaN" not in html_for(nothing)


def test_years_before_the_common_era():
    caesar = Itinerary("Julius Caesar", (), (stop("rome", "Rome", 41.9, 12.5, -100, -58, "birth"),
                                             stop("rome", "Rome", 41.9, 12.5, -44, -44, "death")))
    assert year_label(-44) == "44 BC" and year_label(1917) == "1917"
    assert years_label(caesar.stops[0]) == "100 BC–58 BC"
    data = payload(html_for(caesar))
    assert (data["config"]["yearMin"], data["config"]["yearMax"]) == (-100, -44)


def test_titles_captions_and_sources_read_right():
    sources = (Source("a.txt", "", "The life of Anna"), Source("b.txt", "", ""))
    itinerary = Itinerary("Anna Petrova", sources, (
        stop("odessa", "Odessa", 46.5, 30.7, 1879, 1890, doc="a.txt"),
        stop("vienna", "Vienna", 48.2, 16.4, 1907, 1914, doc="a.txt")))
    assert map_title(itinerary) == "Anna Petrova: a life on the map"
    assert map_title(itinerary, "  My   map ") == "My map"
    assert "exile" not in map_title(itinerary)
    assert map_title(Itinerary("Anna \u202eevil", (), ())) == "Anna evil: a life on the map"
    assert map_caption(Itinerary("A", sources[:1], itinerary.stops[:1])).startswith("1 stop drawn from 1 document.")
    assert map_caption(itinerary).startswith("2 stops drawn from 2 documents.")
    assert plural(1, "stop") == "1 stop" and plural(0, "stop") == "0 stops"
    assert source_stop_counts(itinerary) == {"a.txt": 2, "b.txt": 0}
    assert payload(html_for(itinerary))["sources"][0] == {"doc": "a.txt", "title": "The life of Anna", "stops": 2}


def test_bidi_controls_in_names_are_isolated_for_markdown():
    name = "evil\u202e.txt"
    isolated = isolate(name)
    assert isolated == "\u2068evil.txt\u2069" and "\u202e" not in isolated


def test_topojson_conversion_unwraps_rings_across_the_antimeridian():
    topology = {
        "type": "Topology", "transform": {"scale": [1, 1], "translate": [0, 0]},
        "arcs": [[[170, 60], [20, 0], [-350, 5], [0, -5], [180, 0]], [[0, 0], [10, 0], [0, 10], [-10, 0], [0, -10]]],
        "objects": {"countries": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "arcs": [[0]], "properties": {"name": "Wrapland"}},
            {"type": "Polygon", "arcs": [[1]], "properties": {"name": "Squareland"}},
            {"type": "Polygon", "arcs": [[1]], "properties": {"name": "Antarctica"}},
        ]}},
    }
    features = topojson_to_geojson(topology)["features"]
    assert [f["properties"]["name"] for f in features] == ["Wrapland", "Squareland"]
    ring = features[0]["geometry"]["coordinates"][0][0]
    assert all(b[0] - a[0] <= 180 for a, b in zip(ring, ring[1:], strict=False))
    assert features[1]["geometry"]["coordinates"][0][0][0] == [0, 0]


def test_kinds_differ_in_shape_not_only_colour():
    from mapapp.layers import KIND_STYLE
    exile_like = {KIND_STYLE[k].shape for k in ("exile", "prison", "death", "birth", "deportation")}
    assert len(exile_like) == 5


def test_long_journeys_follow_the_great_circle():
    from mapapp.layers import route_path
    oslo, tampico = (59.91, 10.75), (22.25, -97.86)
    path = route_path(oslo, tampico)
    assert len(path) > 10 and max(lat for lat, _ in path) > oslo[0]  # bows north like a real sea route
    assert route_path((46.48, 30.73), (46.97, 31.99)) == [(46.48, 30.73), (46.97, 31.99)]
    assert all(leg["arrow"] is not None for leg in legs(ITINERARY))  # direction of travel on every long leg
