"""The map is a pure function of (itinerary, year, options), tested by rendering HTML to a string."""

from __future__ import annotations

import re

import folium

from mapapp.assets import map_assets, topojson_to_geojson
from mapapp.layers import MapOptions, build_map, current_stops, popup_html, stops_until
from places.model import Evidence, Itinerary, Place, Stop

URL = re.compile(r"https?://[^\s\"'<>)]+")


def stop(sid, name, lat, lon, start, end, kind="residence", quote="He lived there.", alternatives=()):
    place = Place(id=sid, name=name, lat=lat, lon=lon, kind="settlement", country="X")
    return Stop(f"{sid}-{start}", place, start, end, kind, (Evidence("doc.txt", 10, quote),), 0.9, alternatives)


ITINERARY = Itinerary("Anna", (), (
    stop("odessa", "Odessa", 46.5, 30.7, 1879, 1890, "birth"),
    stop("vienna", "Vienna", 48.2, 16.4, 1907, 1914),
    stop("paris", "Paris", 48.9, 2.4, 1914, 1916),
    stop("coyoacan", "Coyoacán", 19.35, -99.16, 1937, 1940, "death"),
))


def stop_count(html: str) -> int:
    return len(re.findall(r'"cls": "stop stop-', html))


def html_for(year, itinerary=ITINERARY, assets=None, options=MapOptions()):
    return build_map(itinerary, year, options, assets).get_root().render()


def test_year_selects_the_stops_and_the_current_place():
    assert [s.place.name for s in stops_until(ITINERARY, 1910)] == ["Odessa", "Vienna"]
    assert [s.place.name for s in current_stops(ITINERARY, 1910)] == ["Vienna"]
    assert [s.place.name for s in current_stops(ITINERARY, 1914)] == ["Paris"]  # the newer of two spanning stops
    assert [s.place.name for s in current_stops(ITINERARY, 1925)] == ["Paris"]  # the last place known
    assert current_stops(ITINERARY, 1870) == []


def test_more_years_draw_more_markers_and_route():
    early, late = html_for(1880), html_for(1940)
    assert stop_count(early) == 1 and stop_count(late) == 4
    assert early.count('"className": "route"') == 0 and late.count('"className": "route"') == 3
    assert late.count(" stop-current") == 1
    assert late.count('"arrow": {"at"') == 3  # direction of travel on every long leg


def test_local_assets_mean_no_url_leaves_the_host(tmp_path):
    vendor = tmp_path / "vendor"
    vendor.mkdir()
    for name in ("leaflet.js", "leaflet.css", "countries-110m.geojson"):
        (vendor / name).write_text("x")
    html = html_for(1940, assets=map_assets("/app/static/vendor", vendor))
    assert URL.findall(html) == []
    assert "/app/static/vendor/leaflet.js" in html and "/app/static/vendor/countries-110m.geojson" in html


def test_missing_assets_fall_back_to_the_cdn_and_warn_once(tmp_path, caplog):
    import mapapp.assets as assets_module
    assets_module._warned = False
    with caplog.at_level("WARNING"):
        first = map_assets(vendor_dir=tmp_path / "absent")
        map_assets(vendor_dir=tmp_path / "absent")
    assert not first.local and first.js[0][1].startswith("https://")
    assert sum("local map assets not found" in r.message for r in caplog.records) == 1
    html = html_for(1940, assets=first)
    assert "openstreetmap" in html.lower()  # online tiles stand in for the local outlines


def test_per_instance_assets_leave_folium_defaults_alone():
    before = list(folium.Map.default_js)
    html_for(1940)
    assert folium.Map.default_js == before


def test_template_syntax_in_documents_is_never_evaluated_on_the_server():
    quote = "{{ 'pw' ~ 'ned' }} {% if true %}yes{% endif %} {# c #} {{ cycler.__init__.__globals__ }}"
    itinerary = Itinerary("Anna", (), (stop("odessa", "Odessa", 46.5, 30.7, 1879, 1890, quote=quote),))
    html = html_for(1900, itinerary)
    assert "pwned" not in html and "%\\u0026#125;yes" in html
    assert "\\u0026#123;\\u0026#123; \\u0026#x27;pw" in html  # shown as the characters typed


def test_document_text_cannot_run_in_a_popup():
    evil = '<script>alert(1)</script><img src=x onerror=alert(2)> ${alert(3)} `x` </script>'
    itinerary = Itinerary("Anna", (), (stop("odessa", "Odessa", 46.5, 30.7, 1879, 1890, quote=evil),))
    html = html_for(1900, itinerary)
    assert "<script>alert(1)" not in html and "<img src=x" not in html
    assert "${alert(3)}" not in html and "`x`" not in html
    body = popup_html(itinerary.stops[0])
    assert "&lt;script&gt;" in body and "&#36;&#123;alert(3)&#125;" in body


def test_popup_cites_sources_and_disagreements():
    s = stop("alma", "Alma Ata", 43.25, 76.9, 1928, 1929, "exile", quote="Exiled to\nAlma Ata.",
             alternatives=({"start": 1928, "docs": ["a.txt"]}, {"start": 1929, "docs": ["b.txt", "c.txt"]}))
    body = popup_html(s)
    assert "Exiled to Alma Ata." in body and "doc.txt, offset 10" in body
    assert "sources disagree: 1928 (a.txt) / 1929 (b.txt, c.txt)" in body


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


def test_long_journeys_follow_the_great_circle_and_future_stops_can_be_ghosted():
    from mapapp.layers import route_path
    oslo, tampico = (59.91, 10.75), (22.25, -97.86)
    path = route_path(oslo, tampico)
    assert len(path) > 10 and max(lat for lat, _ in path) > oslo[0]  # bows north like a real sea route
    assert route_path((46.48, 30.73), (46.97, 31.99)) == [(46.48, 30.73), (46.97, 31.99)]
    ghosted = html_for(1910, options=MapOptions(show_future=True))
    assert ghosted.count("stop-future") == 2 and stop_count(ghosted) == 4


def test_the_exile_strip_marks_exile_periods_and_the_year():
    from mapapp.layers import exile_strip_html
    itinerary = Itinerary("Anna", (), (
        stop("odessa", "Odessa", 46.5, 30.7, 1879, 1890, "birth"),
        stop("alma", "Alma Ata", 43.25, 76.9, 1928, 1929, "exile"),
        stop("prinkipo", "Prinkipo", 40.9, 29.1, 1929, 1933, "exile"),
    ))
    html = exile_strip_html(itinerary, 1930)
    assert html.count('class="exile-band"') == 2 and "Alma Ata 1928–1929" in html
    assert "left:90.91%" in html  # 1928 in 1879–1933


def test_the_panel_card_is_escaped_html_on_one_line():
    from mapapp.layers import stop_card_html
    s = stop("alma", "Alma Ata", 43.25, 76.9, 1928, 1929, "exile", quote="[x](javascript:alert(1)) <b>*hi*</b>\n\nok",
             alternatives=({"start": 1928, "docs": ["a.txt"]}, {"start": 1929, "docs": ["<i>b</i>.txt"]}))
    card = stop_card_html(s, open_evidence=True)
    assert card.startswith("<div>") and card.endswith("</div>") and "\n" not in card
    assert "&lt;b&gt;*hi*&lt;/b&gt;" in card and "&lt;i&gt;b&lt;/i&gt;.txt" in card and "<details open>" in card
