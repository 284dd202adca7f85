"""The naive app a folium + Streamlit tutorial builds, as a baseline for bench/browser.py and bench/server.py.

A year slider and, on every rerun, the WHOLE folium map rebuilt the way tutorials do it: one folium
``Marker`` (with a tooltip) per stop and a ``PolyLine`` per leg, added to a new map (Leaflet and the country
outlines come from the same local files as in the real app, and the markers carry the same ``stop`` class so
the benchmark can count them), handed to ``st_folium`` with no ``key``, no ``feature_group_to_add`` and the
default returned objects. (Tutorials' ``folium.Popup`` needs jQuery from a CDN, which an offline page lacks,
so the baseline uses tooltips.) The component's identity is a hash of
the map's script, so whenever the year changes what is drawn, Streamlit mounts a new iframe: Leaflet, the
outlines and every marker are loaded and drawn again.

Run it from the project root (so ``.streamlit/config.toml`` turns static serving on)::

    .venv/bin/python -m streamlit run bench/baseline_app.py

Streamlit serves ``/app/static/...`` from the ``static/`` folder next to the *entry script*, and ``bench/`` has
none, so run this way the map's ``/app/static/vendor/...`` requests get 404 and the map stays blank offline.
bench/browser.py therefore copies this file and ``mapapp/static/vendor`` into a temporary directory
(``TMP/baseline_app.py`` + ``TMP/static/vendor``) and runs ``streamlit run TMP/baseline_app.py`` from the
project root, with the project root on ``PYTHONPATH``; nothing is copied or linked inside the repository.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if not (ROOT / "places").is_dir():  # running as a copy outside the repository: the project root is the cwd
    ROOT = Path.cwd()
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import folium  # noqa: E402
import streamlit as st  # noqa: E402
from streamlit_folium import st_folium  # noqa: E402

from mapapp.assets import map_assets  # noqa: E402
from mapapp.layers import (  # noqa: E402
    YEAR_MAX,
    YEAR_MIN,
    GeoJsonBasemap,
    OfflineMap,
    current_stops,
    shape_svg,
    stops_until,
)
from places.itinerary import load_itinerary  # noqa: E402


@st.cache_resource
def itinerary():
    return load_itinerary(ROOT / "places" / "data" / "itinerary.json")


def start_year() -> int:
    try:
        return min(YEAR_MAX, max(YEAR_MIN, int(st.query_params.get("year", YEAR_MIN))))
    except ValueError:
        return YEAR_MIN


def naive_map(itinerary, year: int) -> folium.Map:
    """What a tutorial builds: a folium element per marker and per line, all of it anew on every rerun."""
    assets = map_assets()
    m = OfflineMap(assets, location=(50, 30), zoom_start=3)
    GeoJsonBasemap(assets.basemap_url).add_to(m)
    visited = stops_until(itinerary, year)
    current = {s.id for s in current_stops(itinerary, year)}
    for a, b in zip(visited, visited[1:], strict=False):
        folium.PolyLine([(a.place.lat, a.place.lon), (b.place.lat, b.place.lon)], color="#7a1f1f").add_to(m)
    for s in visited:
        size = 26 if s.id in current else 16
        folium.Marker((s.place.lat, s.place.lon), tooltip=f"{s.place.name} {s.start}",
                      icon=folium.DivIcon(html=shape_svg(s.kind, size), icon_size=(size, size),
                                          class_name="stop")).add_to(m)
    return m


st.set_page_config(page_title="Exile map (baseline)", layout="wide")
data = itinerary()
st.title(f"{data.subject} (baseline: whole map per rerun)")
year = st.slider("Year", YEAR_MIN, YEAR_MAX, value=start_year())
st_folium(naive_map(data, year), height=620, width=900)
st.subheader(f"{year}: " + (" · ".join(s.place.name for s in current_stops(data, year)) or "before the first stop"))
