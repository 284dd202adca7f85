"""Pure folium builders: the map is a function of (itinerary, year, options).

The base map (basemap outlines, view) does not depend on the year, so the
app can keep it mounted and swap only :func:`year_layer`; :func:`build_map`
puts both together for tests and exports. Everything from a document reaches
the browser through JSON encoding, never through HTML or JS templates, so a
document's text cannot run as script in a popup.
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass

import folium
from branca.element import MacroElement
from jinja2 import Template

from mapapp.assets import MapAssets, map_assets
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
    """What the viewer chose; ``asset_base_url`` is where the browser finds Leaflet and the basemap."""

    show_future: bool = False
    online_tiles: bool = False
    asset_base_url: str = "/app/static/vendor"


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
    """Country outlines fetched from a URL at run time (never embedded in the page per step)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        fetch({{ this.url|tojson }}).then(function (r) { return r.json(); }).then(function (data) {
            var layer = L.geoJSON(data, {interactive: false, className: "basemap", style: {{ this.style|tojson }}});
            layer.addTo({{ this._parent.get_name() }});
            layer.bringToBack();
        });
        {% endmacro %}
    """)

    def __init__(self, url: str):
        super().__init__()
        self._name = "GeoJsonBasemap"
        self.url = url
        self.style = {"color": "#9e9a8f", "weight": 0.7, "fillColor": "#efe9dc", "fillOpacity": 1.0}




def esc(text: object) -> str:
    """HTML-escape, and neutralise what else could run: ``$``/backticks (JS template literals) and braces.

    Braces matter because branca re-parses every rendered script as a Jinja template: ``{{ … }}`` in a
    document would otherwise be evaluated on the server.
    """
    return (html.escape(str(text), quote=True).replace("$", "&#36;").replace("`", "&#96;")
            .replace("{", "&#123;").replace("}", "&#125;"))


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md_escape(text: object) -> str:
    r"""Text shown through Streamlit's Markdown as the same characters: no links, HTML, formulas or emphasis.

    >>> print(md_escape("[x](javascript:alert(1)) <b>"))
    \[x\]\(javascript\:alert\(1\)\) \<b\>
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))


def years_label(stop: Stop) -> str:
    return str(stop.start) if stop.end == stop.start else f"{stop.start}–{stop.end}"


def popup_html(stop: Stop, max_quotes: int = 1) -> str:
    """Place then and now, years, kind, and the evidence quotes with their documents."""
    now = f" (now {esc(stop.place.modern_name)})" if stop.place.modern_name and \
        stop.place.modern_name != stop.place.name else ""
    parts = [f"<b>{esc(stop.place.name)}</b>{now}",
             f"<br>{esc(years_label(stop))} · {esc(kind_style(stop.kind).label)}"]
    if stop.alternatives:
        alts = " / ".join(f"{esc(a['start'])} ({esc(', '.join(a['docs']))})" for a in stop.alternatives)
        parts.append(f"<br><i>sources disagree: {alts}</i>")
    for ev in stop.evidence[:max_quotes]:
        quote = " ".join(ev.quote.split())
        parts.append(f"<blockquote style='margin:6px 0;padding-left:6px;border-left:3px solid #ccc'>"
                     f"“{esc(quote)}”<br><small>{esc(ev.doc)}, offset {ev.offset}</small></blockquote>")
    if stop.curation:
        parts.append(f"<small><i>Reviewed ({esc(stop.curation.get('action', ''))}): "
                     f"{esc(stop.curation.get('reason', ''))}</i></small><br>")
    if len(stop.evidence) > max_quotes:  # the rest is in the panel: every step re-sends the year's popups
        parts.append(f"<small>and {len(stop.evidence) - max_quotes} more quotes in the panel</small>")
    return "".join(parts)


def stop_card_html(stop: Stop, open_evidence: bool = False, max_quotes: int = 5) -> str:
    """The panel's card of a stop as escaped HTML: name then and now, years, kind, disagreements, review, evidence."""
    lines = [f"{shape_svg(stop.kind, 14)} <b>{esc(stop.place.name)}</b> · {esc(years_label(stop))} · "
             f"{esc(kind_style(stop.kind).label)}"]
    muted = []
    if stop.place.modern_name and stop.place.modern_name != stop.place.name:
        muted.append(f"Now {stop.place.modern_name}, {stop.place.country}")
    if stop.alternatives:
        muted.append("Sources disagree: " + " / ".join(f"{a['start']} ({', '.join(a['docs'])})"
                                                       for a in stop.alternatives))
    if stop.curation:
        muted.append(f"Reviewed ({stop.curation.get('action')}): {stop.curation.get('reason')}")
    lines += [f"<div style='color:#666;font-size:.85em'>{esc(m)}</div>" for m in muted]
    quotes = "".join(f"<p style='margin:4px 0'>“{esc(' '.join(ev.quote.split()))}”<br>"
                     f"<small>— {esc(ev.doc)}, offset {ev.offset}</small></p>" for ev in stop.evidence[:max_quotes])
    lines.append(f"<details{' open' if open_evidence else ''}><summary>Evidence ({len(stop.evidence)})</summary>"
                 f"{quotes}</details>")
    # One <div> on one line: Markdown treats it as a raw HTML block and leaves its text alone.
    return "<div>" + "".join(lines) + "</div>"


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


class YearData(MacroElement):
    """The year's route and stops, drawn in the browser from one JSON object.

    One element instead of hundreds: branca compiles every rendered element as a Jinja template, which
    made a year step cost ~100 ms of server time, and JSON is smaller than the equivalent generated code.
    Popups and tooltips are HTML we built with :func:`esc`; the JSON goes in through ``tojson``.
    """

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function (group, data) {
            data.legs.forEach(function (leg) {
                L.polyline(leg.path, leg.style).addTo(group);
                if (leg.arrow) {
                    L.marker(leg.arrow.at, {interactive: false, keyboard: false, icon: L.divIcon({
                        html: leg.arrow.html, className: "route-arrow", iconSize: [14, 14], iconAnchor: [7, 7]
                    })}).addTo(group);
                }
            });
            data.stops.forEach(function (s) {
                var m = L.marker([s.lat, s.lon], {title: s.title, zIndexOffset: s.z, icon: L.divIcon({
                    html: data.icons[s.icon], className: s.cls, iconSize: [s.size, s.size],
                    iconAnchor: [s.size / 2, s.size / 2]
                })});
                m.bindPopup(s.popup, {maxWidth: 360});
                if (s.tooltip) {
                    m.bindTooltip(s.tooltip, {permanent: s.label, direction: "right", offset: [14, 0],
                                              className: s.label ? "stop-label" : ""});
                }
                m.addTo(group);
            });
        })({{ this._parent.get_name() }}, {{ this.data|tojson }});
        {% endmacro %}
    """)

    def __init__(self, data: dict):
        super().__init__()
        self._name = "YearData"
        self.data = data


def stop_data(stop: Stop, icons: dict, current: bool = False, selected: bool = False, future: bool = False) -> dict:
    """A stop as the browser draws it: its kind's shape and colour, keyboard-focusable, evidence in its popup.

    Symbols go into ``icons`` once per kind and state; stops refer to them by key (less to send per step).
    """
    size = 26 if current else 22 if selected else 16
    classes = ["stop", f"stop-{stop.kind}"]
    classes += ["stop-current"] * current + ["stop-selected"] * selected + ["stop-future"] * future
    ring = "box-shadow:0 0 0 3px #ffd54f;border-radius:50%;" if selected else ""
    icon = (f'<div style="opacity:{0.35 if future else 1};{ring}width:{size}px;height:{size}px">'
            f"{shape_svg(stop.kind, size, current)}</div>")
    icons[f"{stop.kind}|{size}|{current}|{selected}|{future}"] = icon
    return {
        "lat": stop.place.lat, "lon": stop.place.lon, "size": size, "cls": " ".join(classes),
        "z": 1000 if current else 500 if selected else 0, "icon": f"{stop.kind}|{size}|{current}|{selected}|{future}",
        "title": re.sub(r"[{}<>]", "", f"{stop.place.name}, {years_label(stop)}, {kind_style(stop.kind).label}"),
        "popup": popup_html(stop),
        "tooltip": None if future else esc(f"{stop.place.name} {years_label(stop)}"),
        "label": current or selected,  # a permanent tooltip
    }


def direction_arrow(path: list[tuple[float, float]]) -> tuple[float, float, float] | None:
    """Where the arrow of a leg goes and how it turns (lat, lon, degrees), or None for a leg too short to need one."""
    a, b = path[0], path[-1]
    if haversine_km(*a, *b) <= 150:
        return None
    mid = len(path) // 2
    at = path[mid] if len(path) > 2 else ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    angle = screen_bearing(path[max(0, mid - 1)], path[min(len(path) - 1, mid + 1)])
    return round(at[0], 4), round(at[1], 4), round(angle)


def leg_data(a: tuple[float, float], b: tuple[float, float], opacity: float, latest: bool) -> dict:
    """One leg of the route: straight or along the great circle, with an arrow for the direction of travel."""
    path = route_path(a, b)
    leg = {"path": [[round(x, 3), round(y, 3)] for x, y in path],
           "style": {"color": "#7a1f1f", "weight": 3 if latest else 2, "opacity": opacity,
                     "dashArray": None if latest else "6 4", "className": "route"},
           "arrow": None}
    arrow = direction_arrow(path)
    if arrow is not None:
        lat, lon, angle = arrow
        leg["arrow"] = {"at": [lat, lon],
                        "html": (f'<div style="transform:rotate({angle:.0f}deg);opacity:{opacity:.2f};color:#7a1f1f;'
                                 'font-size:14px;line-height:14px;width:14px;text-align:center">&#10148;</div>')}
    return leg


def year_layer(itinerary: Itinerary, year: int, options: MapOptions = MapOptions(),
               selected: str | None = None) -> folium.FeatureGroup:
    """Everything that changes with the year: the route so far, the stops, the current place."""
    visited = stops_until(itinerary, year)
    current = {s.id for s in current_stops(itinerary, year)}
    n = len(visited)
    legs = []
    for i in range(1, n):  # older legs fade; the latest is solid
        a = (visited[i - 1].place.lat, visited[i - 1].place.lon)
        b = (visited[i].place.lat, visited[i].place.lon)
        if a != b:
            legs.append(leg_data(a, b, round(0.25 + 0.65 * (i / max(1, n - 1)), 2), latest=i == n - 1))
    stops, icons = [], {}
    if options.show_future:
        stops += [stop_data(s, icons, future=True, selected=s.id == selected)
                  for s in itinerary.stops if s.start > year]
    stops += [stop_data(s, icons, current=s.id in current, selected=s.id == selected) for s in visited]
    group = folium.FeatureGroup(name=f"{year}")
    YearData({"legs": legs, "stops": stops, "icons": icons}).add_to(group)
    return group


def base_map(itinerary: Itinerary, options: MapOptions = MapOptions(), assets: MapAssets | None = None) -> OfflineMap:
    """The year-independent map: view over all stops, local outlines, optional online tiles."""
    assets = assets or map_assets(options.asset_base_url)
    lats = [s.place.lat for s in itinerary.stops] or [50.0]
    lons = [s.place.lon for s in itinerary.stops] or [30.0]
    m = OfflineMap(assets, location=((min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2), zoom_start=3,
                   min_zoom=2, max_zoom=10, world_copy_jump=False, control_scale=True)
    m.get_root().header.add_child(folium.Element(
        "<style>.leaflet-container{background:#cfdde6}.stop-label{font-weight:600}</style>"))
    if assets.basemap_url:
        GeoJsonBasemap(assets.basemap_url).add_to(m)
    if options.online_tiles or not assets.basemap_url:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)").add_to(m)
    m.fit_bounds([[min(lats), min(lons)], [max(lats), max(lons)]], padding=(20, 20))
    return m


def build_map(itinerary: Itinerary, year: int, options: MapOptions = MapOptions(),
              assets: MapAssets | None = None) -> OfflineMap:
    """The whole map at ``year``: base map plus the year's layer."""
    m = base_map(itinerary, options, assets)
    year_layer(itinerary, year, options).add_to(m)
    return m


def exile_strip_html(itinerary: Itinerary, year: int) -> str:
    """A thin band under the slider: exile periods in their colours, the selected year as a mark.

    Only numbers and fixed colours go in, so it is safe as HTML.
    """
    lo, hi = year_range(itinerary)
    span = max(1, hi - lo + 1)

    def left(y: float) -> float:
        return round(100 * (y - lo) / span, 2)
    bands = "".join(
        f'<div class="exile-band" title="{esc(s.place.name)} {esc(years_label(s))}" style="position:absolute;'
        f"left:{left(s.start)}%;width:{max(0.8, left(s.end + 1) - left(s.start))}%;top:0;bottom:0;"
        f'background:{kind_style(s.kind).colour};opacity:.75"></div>'
        for s in itinerary.stops if s.kind in EXILE_KINDS)
    mark = (f'<div style="position:absolute;left:{left(year + 0.5)}%;top:-3px;bottom:-3px;width:2px;'
            'background:#111"></div>')
    return (f'<div role="img" aria-label="Exile periods from {lo} to {hi}" style="position:relative;height:8px;'
            f'background:#eee;border-radius:4px;margin:-6px 0 6px">{bands}{mark}</div>')


def legend_items(itinerary: Itinerary) -> list[tuple[str, str, str]]:
    """(kind, symbol SVG, label) for the kinds present, in the contract's order."""
    present = {s.kind for s in itinerary.stops}
    return [(k, shape_svg(k), style.label) for k, style in KIND_STYLE.items() if k in present]
