"""Pure folium builders: the map is a function of (itinerary, options).

:func:`build_map` makes one folium map holding the whole itinerary (the
:class:`mapapp.timemap.TimeMap` plugin); the browser draws every year from it.
What is computed here is data for that one renderer: the kinds' symbols, the
legs' great-circle paths and arrows. Everything from a document reaches the
browser as JSON and then text nodes, never as HTML or template source.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import folium
from branca.element import MacroElement
from jinja2 import Template

from mapapp.assets import MapAssets, map_assets
from mapapp.timemap import BIDI_CONTROLS, TimeMap, timemap_data, year_label
from places.gazetteer import haversine_km
from places.model import Itinerary, Stop

YEAR_MIN, YEAR_MAX = 1879, 1940


@dataclass(frozen=True)
class KindStyle:
    """How a kind of stop looks: colour and shape, so colour is never the only cue."""

    colour: str
    shape: str
    label: str


SHAPES = {  # SVG drawn in a 20x20 box
    "circle": '<circle cx="10" cy="10" r="7"/>',
    "square": '<rect x="3.5" y="3.5" width="13" height="13"/>',
    "triangle": '<polygon points="10,2.5 18,17 2,17"/>',
    "diamond": '<polygon points="10,1.5 18.5,10 10,18.5 1.5,10"/>',
    "star": ('<polygon points="10,1.5 12.4,7.3 18.6,7.6 13.8,11.6 15.4,17.8 10,14.3 4.6,17.8 6.2,11.6 '
             '1.4,7.6 7.6,7.3"/>'),
    "cross": '<polygon points="7,2 13,2 13,7 18,7 18,13 13,13 13,18 7,18 7,13 2,13 2,7 7,7"/>',
    "hexagon": '<polygon points="10,1.5 17.5,5.8 17.5,14.2 10,18.5 2.5,14.2 2.5,5.8"/>',
}
KIND_STYLE: dict[str, KindStyle] = {
    "birth": KindStyle("#2e7d32", "star", "birth"),
    "childhood": KindStyle("#66bb6a", "circle", "childhood"),
    "education": KindStyle("#00897b", "circle", "education"),
    "political_work": KindStyle("#5e35b1", "circle", "political work"),
    "prison": KindStyle("#424242", "square", "prison"),
    "exile": KindStyle("#c62828", "diamond", "exile"),
    "escape": KindStyle("#ef6c00", "triangle", "escape"),
    "emigration": KindStyle("#1565c0", "hexagon", "emigration"),
    "travel": KindStyle("#78909c", "circle", "travel"),
    "internment": KindStyle("#6d4c41", "square", "internment"),
    "deportation": KindStyle("#ad1457", "triangle", "deportation"),
    "residence": KindStyle("#0277bd", "circle", "residence"),
    "government": KindStyle("#f9a825", "hexagon", "government"),
    "military": KindStyle("#8d6e63", "hexagon", "military"),
    "death": KindStyle("#000000", "cross", "death"),
}
EXILE_KINDS = {"exile", "deportation", "internment", "emigration"}


def kind_style(kind: str) -> KindStyle:
    return KIND_STYLE.get(kind, KindStyle("#555555", "circle", kind.replace("_", " ")))


def shape_svg(kind: str, size: int = 16, current: bool = False) -> str:
    """The marker/legend symbol of a kind: an inline SVG with no text from any document."""
    style = kind_style(kind)
    stroke = "#111" if current else "#fff"
    width = 2.5 if current else 1.5
    return (f'<svg width="{size}" height="{size}" viewBox="0 0 20 20" aria-hidden="true" '
            f'style="overflow:visible"><g fill="{style.colour}" stroke="{stroke}" stroke-width="{width}">'
            f'{SHAPES[style.shape]}</g></svg>')


@dataclass(frozen=True)
class MapOptions:
    """What the viewer chose; ``static_url`` is where the browser finds Leaflet, the basemap and the plugin."""

    show_future: bool = False
    online_tiles: bool = False
    static_url: str = "/app/static"


class OfflineMap(folium.Map):
    """A folium Map whose scripts come from :class:`MapAssets`, per instance.

    folium's ``default_js`` is class-level state shared by every map in the
    process; setting it on the instance keeps other maps (and tests) unaffected.
    """

    def __init__(self, assets: MapAssets, **kwargs):
        super().__init__(tiles=None, **kwargs)
        self.default_js = list(assets.js)
        self.default_css = list(assets.css)


class GeoJsonBasemap(MacroElement):
    """Country outlines, loaded once: from ``window.TIMEMAP_BASEMAP`` when a script file set it (the export,
    since browsers refuse ``fetch`` from ``file://``), else fetched from ``url``."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (window.TIMEMAP_BASEMAP ? Promise.resolve(window.TIMEMAP_BASEMAP)
            : fetch({{ this.url|tojson }}).then(function (r) { return r.json(); })).then(function (data) {
            var layer = L.geoJSON(data, {interactive: false, className: "basemap", style: {{ this.style|tojson }}});
            layer.addTo({{ this._parent.get_name() }});
            layer.bringToBack();
        });
        {% endmacro %}
    """)

    def __init__(self, url: str | None):
        super().__init__()
        self._name = "GeoJsonBasemap"
        self.url = url
        self.style = {"color": "#9e9a8f", "weight": 0.7, "fillColor": "#efe9dc", "fillOpacity": 1.0}


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md_escape(text: object) -> str:
    r"""Text shown through Streamlit's Markdown as the same characters: no links, HTML, formulas or emphasis.

    >>> print(md_escape("[x](javascript:alert(1)) <b>"))
    \[x\]\(javascript\:alert\(1\)\) \<b\>
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))


def isolate(text: object) -> str:
    """A name from a document, kept from reordering what follows it: its own bidi controls removed, the
    whole wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (Markdown has no ``<bdi>``)."""
    return "\u2068" + BIDI_CONTROLS.sub("", str(text)) + "\u2069"


def years_label(stop: Stop) -> str:
    """``1917`` or ``1917–1919``; years before the common era as ``44 BC``."""
    if stop.end == stop.start:
        return year_label(stop.start)
    return f"{year_label(stop.start)}–{year_label(stop.end)}"


def year_range(itinerary: Itinerary) -> tuple[int, int]:
    """The slider's range: the subject's years as the itinerary knows them (1879–1940 for the bundled map)."""
    if not itinerary.stops:
        return YEAR_MIN, YEAR_MAX
    lo = min(s.start for s in itinerary.stops)
    hi = max(s.end for s in itinerary.stops)
    return lo, max(hi, lo + 1)


def stops_until(itinerary: Itinerary, year: int) -> list[Stop]:
    """Stops that had begun by ``year``, in itinerary order."""
    return [s for s in itinerary.stops if s.start <= year]


def current_stops(itinerary: Itinerary, year: int) -> list[Stop]:
    """Where he was in ``year``: stops spanning it, else the latest stop begun before it."""
    spanning = [s for s in itinerary.stops if s.start <= year <= s.end]
    if spanning:
        latest = max(s.start for s in spanning)
        return [s for s in spanning if s.start == latest]
    before = stops_until(itinerary, year)
    return before[-1:] if before else []


def great_circle(a: tuple[float, float], b: tuple[float, float], steps: int) -> list[tuple[float, float]]:
    """Points along the great circle from ``a`` to ``b`` (lat, lon): long journeys draw as curves.

    >>> [tuple(round(x) for x in p) for p in great_circle((0, 0), (0, 90), 2)]
    [(0, 0), (0, 45), (0, 90)]
    """
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    d = 2 * math.asin(min(1.0, math.sqrt(math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2)
                                         * math.sin((lon2 - lon1) / 2) ** 2)))
    if d < 1e-9:
        return [a, b]
    points = []
    for i in range(steps + 1):
        f = i / steps
        x1, x2 = math.sin((1 - f) * d) / math.sin(d), math.sin(f * d) / math.sin(d)
        x = x1 * math.cos(lat1) * math.cos(lon1) + x2 * math.cos(lat2) * math.cos(lon2)
        y = x1 * math.cos(lat1) * math.sin(lon1) + x2 * math.cos(lat2) * math.sin(lon2)
        z = x1 * math.sin(lat1) + x2 * math.sin(lat2)
        points.append((math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))))
    return points


def route_path(a: tuple[float, float], b: tuple[float, float]) -> list[tuple[float, float]]:
    """Short legs straight, long ones (over ~800 km) along the great circle, unwrapped across 180°."""
    km = haversine_km(*a, *b)
    if km < 800:
        return [a, b]
    points = great_circle(a, b, max(8, int(km / 500)))
    out = [points[0]]
    for lat, lon in points[1:]:
        prev = out[-1][1]
        while lon - prev > 180:
            lon -= 360
        while lon - prev < -180:
            lon += 360
        out.append((lat, lon))
    return out


def screen_bearing(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Clockwise degrees from east of the segment a→b as drawn on the Web Mercator map."""
    def project(p):
        return math.radians(p[1]), math.log(math.tan(math.pi / 4 + math.radians(max(-85, min(85, p[0]))) / 2))
    (x1, y1), (x2, y2) = project(a), project(b)
    return math.degrees(math.atan2(-(y2 - y1), x2 - x1))


def direction_arrow(path: list[tuple[float, float]]) -> tuple[float, float, float] | None:
    """Where the arrow of a leg goes and how it turns (lat, lon, degrees), or None for a leg too short to need one."""
    a, b = path[0], path[-1]
    if haversine_km(*a, *b) <= 150:
        return None
    mid = len(path) // 2
    at = path[mid] if len(path) > 2 else ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    angle = screen_bearing(path[max(0, mid - 1)], path[min(len(path) - 1, mid + 1)])
    return round(at[0], 4), round(at[1], 4), round(angle)


def legs(itinerary: Itinerary) -> list[dict]:
    """The route between consecutive stops that have coordinates: great-circle paths on long legs, with an
    arrow (lat, lon, screen angle) where the leg is long enough to need one."""
    out = []
    stops = itinerary.stops
    placed = [i for i, s in enumerate(stops) if math.isfinite(s.place.lat) and math.isfinite(s.place.lon)]
    for i, j in zip(placed, placed[1:], strict=False):
        a = (stops[i].place.lat, stops[i].place.lon)
        b = (stops[j].place.lat, stops[j].place.lon)
        if a == b:
            continue
        path = route_path(a, b)
        arrow = direction_arrow(path)
        out.append({"from": i, "to": j, "path": [[round(x, 3), round(y, 3)] for x, y in path],
                    "arrow": list(arrow) if arrow else None})
    return out


def build_map(itinerary: Itinerary, options: MapOptions = MapOptions(), assets: MapAssets | None = None, *,
              url_mode: str = "query", header: bool = False, title: str = "",
              initial: dict | None = None) -> OfflineMap:
    """The map of a whole life: outlines, optional online tiles, and the :class:`TimeMap` that steps it.

    Nothing here depends on the year shown, so the app keeps one mounted map while the browser steps it;
    ``initial`` (``{"year", "stop"}``) is where the map opens when the address bar says nothing.
    """
    assets = assets or map_assets(options.static_url)
    placed = [s for s in itinerary.stops if math.isfinite(s.place.lat) and math.isfinite(s.place.lon)]
    centre = (placed[-1].place.lat, placed[-1].place.lon) if placed else (30.0, 10.0)
    m = OfflineMap(assets, location=centre, zoom_start=5 if placed else 2, min_zoom=2, max_zoom=12,
                   world_copy_jump=False, control_scale=True, zoom_snap=0.5)
    if assets.basemap_url or assets.basemap_inline:
        GeoJsonBasemap(assets.basemap_url).add_to(m)
    if options.online_tiles or not (assets.basemap_url or assets.basemap_inline):
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)").add_to(m)
    data = timemap_data(itinerary, show_future=options.show_future, url_mode=url_mode, header=header, title=title,
                        initial=initial)
    TimeMap(data, assets.timemap_js, assets.timemap_css).add_to(m)
    return m


