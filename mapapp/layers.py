"""Pure folium builders: the map is a function of (itinerary, year, options).

The base map (basemap outlines, view) does not depend on the year, so the
app can keep it mounted and swap only :func:`year_layer`; :func:`build_map`
puts both together for tests and exports. Everything from a document reaches
the browser through JSON encoding, never through HTML or JS templates, so a
document's text cannot run as script in a popup.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import folium
from branca.element import MacroElement
from jinja2 import Template

from mapapp.assets import MapAssets, map_assets
from places.model import Itinerary, Stop

YEAR_MIN, YEAR_MAX = 1879, 1940
KIND_STYLE: dict[str, tuple[str, str]] = {  # kind -> (colour, label)
    "birth": ("#2e7d32", "birth"), "childhood": ("#66bb6a", "childhood"), "education": ("#00897b", "education"),
    "political_work": ("#5e35b1", "political work"), "prison": ("#424242", "prison"),
    "exile": ("#c62828", "exile"), "escape": ("#ef6c00", "escape"), "emigration": ("#1565c0", "emigration"),
    "travel": ("#78909c", "travel"), "internment": ("#6d4c41", "internment"),
    "deportation": ("#ad1457", "deportation"), "residence": ("#0277bd", "residence"),
    "government": ("#f9a825", "government"), "military": ("#8d6e63", "military"), "death": ("#000000", "death"),
}


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


class SafePopup(MacroElement):
    """A popup bound from a JSON string: no jQuery, no template literal, nothing executes."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.bindPopup({{ this.html|tojson }}, {maxWidth: 360});
        {% endmacro %}
    """)

    def __init__(self, html_text: str):
        super().__init__()
        self._name = "SafePopup"
        self.html = html_text


class SafeTooltip(MacroElement):
    _template = Template("""
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.bindTooltip({{ this.text|tojson }}, {{ this.options|tojson }});
        {% endmacro %}
    """)

    def __init__(self, text: str, permanent: bool = False):
        super().__init__()
        self._name = "SafeTooltip"
        self.text = text
        self.options = {"permanent": permanent, "direction": "right", "className": "stop-label" if permanent else ""}


def esc(text: object) -> str:
    """HTML-escape, and neutralise ``$`` and backticks in case a template literal ever sees it."""
    return html.escape(str(text), quote=True).replace("$", "&#36;").replace("`", "&#96;")


def years_label(stop: Stop) -> str:
    return str(stop.start) if stop.end == stop.start else f"{stop.start}–{stop.end}"


def popup_html(stop: Stop, max_quotes: int = 3) -> str:
    """Place then and now, years, kind, and the evidence quotes with their documents."""
    now = f" (now {esc(stop.place.modern_name)})" if stop.place.modern_name and \
        stop.place.modern_name != stop.place.name else ""
    parts = [f"<b>{esc(stop.place.name)}</b>{now}",
             f"<br>{esc(years_label(stop))} · {esc(KIND_STYLE.get(stop.kind, ('', stop.kind))[1])}"]
    if stop.alternatives:
        alts = " / ".join(f"{esc(a['start'])} ({esc(', '.join(a['docs']))})" for a in stop.alternatives)
        parts.append(f"<br><i>sources disagree: {alts}</i>")
    for ev in stop.evidence[:max_quotes]:
        quote = " ".join(ev.quote.split())
        parts.append(f"<blockquote style='margin:6px 0;padding-left:6px;border-left:3px solid #ccc'>"
                     f"“{esc(quote)}”<br><small>{esc(ev.doc)}, offset {ev.offset}</small></blockquote>")
    if len(stop.evidence) > max_quotes:
        parts.append(f"<small>and {len(stop.evidence) - max_quotes} more sources</small>")
    return "".join(parts)


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


def year_layer(itinerary: Itinerary, year: int, options: MapOptions = MapOptions()) -> folium.FeatureGroup:
    """Everything that changes with the year: the route so far, the stops, the current place."""
    group = folium.FeatureGroup(name=f"{year}")
    visited = stops_until(itinerary, year)
    current = {s.id for s in current_stops(itinerary, year)}
    points = [(s.place.lat, s.place.lon) for s in visited]
    n = len(points)
    for i in range(1, n):  # older segments fade
        opacity = 0.25 + 0.65 * (i / max(1, n - 1))
        folium.PolyLine([points[i - 1], points[i]], color="#7a1f1f", weight=2.5, opacity=round(opacity, 2),
                        dash_array=None if i == n - 1 else "6 4", class_name="route").add_to(group)
    if options.show_future:
        for s in itinerary.stops:
            if s.start > year:
                marker = folium.CircleMarker((s.place.lat, s.place.lon), radius=4, color="#999", weight=1,
                                             fill=True, fill_opacity=0.2, opacity=0.5, class_name="stop-future")
                SafePopup(popup_html(s)).add_to(marker)
                marker.add_to(group)
    for s in visited:
        colour = KIND_STYLE.get(s.kind, ("#555", s.kind))[0]
        is_current = s.id in current
        marker = folium.CircleMarker((s.place.lat, s.place.lon), radius=9 if is_current else 5,
                                     color="#111" if is_current else colour, weight=3 if is_current else 1,
                                     fill=True, fill_color=colour, fill_opacity=0.95 if is_current else 0.7,
                                     class_name="stop stop-current" if is_current else "stop")
        SafePopup(popup_html(s)).add_to(marker)
        SafeTooltip(f"{s.place.name} {years_label(s)}", permanent=is_current).add_to(marker)
        marker.add_to(group)
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


def legend_items(itinerary: Itinerary) -> list[tuple[str, str, str]]:
    """(kind, colour, label) for the kinds present, in the contract's order."""
    present = {s.kind for s in itinerary.stops}
    return [(k, c, label) for k, (c, label) in KIND_STYLE.items() if k in present]
