"""The exile map: a year slider over a folium map of the bundled itinerary.

Thin on purpose: it reads the URL, draws widgets and hands the work to
``mapapp.layers`` (pure map builders) and ``places`` (the itinerary). The base
map stays the same across years so the browser keeps it mounted; only the
year's layer is swapped in (``feature_group_to_add``).
"""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st
from streamlit_folium import st_folium

from mapapp.layers import (
    KIND_STYLE,
    YEAR_MAX,
    YEAR_MIN,
    MapOptions,
    base_map,
    current_stops,
    esc,
    legend_items,
    stops_until,
    year_layer,
    years_label,
)
from mapapp.state import year_from_query
from places.itinerary import load_itinerary

DEFAULT_ITINERARY = Path(__file__).resolve().parent.parent / "places" / "data" / "itinerary.json"
ITINERARY_PATH = Path(os.environ.get("EXILE_MAP_ITINERARY", DEFAULT_ITINERARY))


@st.cache_data(show_spinner=False)
def itinerary_for(path: str, mtime: float):
    return load_itinerary(path)


def sync_year_to_url() -> None:
    st.query_params["year"] = str(st.session_state["year"])


st.set_page_config(page_title="Trotsky's exile map", page_icon="🗺️", layout="wide")
itinerary = itinerary_for(str(ITINERARY_PATH), ITINERARY_PATH.stat().st_mtime)

if "year" not in st.session_state:
    choice = year_from_query(st.query_params.get("year"))
    st.session_state["year"] = choice.year
    if choice.notice:
        st.toast(choice.notice)
    st.query_params["year"] = str(choice.year)

st.title(f"{itinerary.subject}: a life in exile")
st.caption(f"{len(itinerary.stops)} stops drawn from {len(itinerary.sources)} documents. "
           "Click a point to read the evidence.")
year = st.slider("Year", YEAR_MIN, YEAR_MAX, key="year", on_change=sync_year_to_url)

options = MapOptions(online_tiles=st.sidebar.toggle("OpenStreetMap tiles (needs internet)", value=False),
                     show_future=st.sidebar.toggle("Show later stops (ghosted)", value=False))
st.sidebar.markdown("**Kinds of stop**")
st.sidebar.markdown("".join(
    f"<div><span style='display:inline-block;width:12px;height:12px;border-radius:6px;background:{colour};"
    f"margin-right:6px'></span>{esc(label)}</div>" for _, colour, label in legend_items(itinerary)),
    unsafe_allow_html=True)

here = current_stops(itinerary, year)
map_col, text_col = st.columns([5, 2])
with map_col:
    st_folium(base_map(itinerary, options), feature_group_to_add=year_layer(itinerary, year, options),
              key="exile-map", height=620, use_container_width=True, returned_objects=[])
with text_col:
    if here:
        st.subheader(f"{year}: " + " · ".join(s.place.name for s in here))
    else:
        st.subheader(f"{year}: no stop yet")
    visited = stops_until(itinerary, year)
    st.write(f"{len(visited)} of {len(itinerary.stops)} stops by {year}.")
    for stop in reversed(visited[-12:]):
        label = KIND_STYLE.get(stop.kind, ("", stop.kind))[1]
        with st.expander(f"{stop.place.name} · {years_label(stop)} · {label}", expanded=stop in here):
            if stop.place.modern_name and stop.place.modern_name != stop.place.name:
                st.write(f"Now: {stop.place.modern_name}, {stop.place.country}")
            if stop.alternatives:
                st.write("Sources disagree: " + " / ".join(
                    f"{a['start']} ({', '.join(a['docs'])})" for a in stop.alternatives))
            for ev in stop.evidence[:3]:
                st.text(f"“{' '.join(ev.quote.split())}”\n— {ev.doc}, offset {ev.offset}")
