"""The exile map: step through the years of a life on a map, and read why each point is there.

Thin on purpose: it reads the URL, draws widgets and hands the work to
``mapapp.state`` (what to show) and ``mapapp.layers`` (pure map builders).
The base map stays the same across years so the browser keeps it mounted;
only the year's layer is swapped in (``feature_group_to_add``), inside a
fragment so a step reruns only this part of the page.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
import time
import zipfile
from pathlib import Path

import streamlit as st
from streamlit_folium import st_folium

from mapapp import layers, state
from mapapp.assets import local_assets_present
from mapapp.export import export_site
from mapapp.layers import MapOptions, esc, md_escape, year_range, years_label
from places.extract import Extractor
from places.itinerary import itinerary_from_dict, itinerary_to_dict, load_itinerary
from places.pipeline import MAX_UPLOAD_FILE_BYTES, NO_DOCUMENTS_YET, UploadResult, build_from_uploads_cached

DEFAULT_ITINERARY = Path(__file__).resolve().parent.parent / "places" / "data" / "itinerary.json"
ITINERARY_PATH = Path(os.environ.get("EXILE_MAP_ITINERARY", DEFAULT_ITINERARY))
PLAY_SECONDS = 1.2


@st.cache_data(show_spinner=False)
def itinerary_for(path: str, mtime: float):
    return load_itinerary(path)


@st.cache_resource(show_spinner=False)
def shared_extractor() -> Extractor:
    """One extractor (compiled gazetteer patterns, GeoNames index) for every visitor; it holds no visitor data."""
    return Extractor()


def itinerary_from_uploads(files: tuple[tuple[str, bytes], ...], subject: str) -> UploadResult:
    """Built in its own process within the upload budget, with progress per document; stopped when this
    visitor's session ends. Cached (bounded) by the files' content and the subject."""
    from streamlit.runtime import get_instance
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    session_id = get_script_run_ctx().session_id
    bar = st.progress(0.0, text="Reading the documents and placing the stops…")

    def progress(done: int, total: int, name: str) -> None:  # also where Streamlit stops a run whose visitor left
        bar.progress(done / max(1, total), text=f"Read {done} of {total} documents…")

    result = build_from_uploads_cached(list(files), subject, shared_extractor(), isolate=True, progress=progress,
                                       cancelled=lambda: not get_instance().is_active_session(session_id))
    bar.empty()
    return result


@st.cache_data(show_spinner=False, max_entries=16)
def site_zip(itinerary_json: str) -> bytes:
    """The static site of an itinerary as a zip, for download."""
    with tempfile.TemporaryDirectory() as tmp:
        export_site(itinerary_from_dict(json.loads(itinerary_json)), Path(tmp) / "site")
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
            for file in sorted((Path(tmp) / "site").rglob("*")):
                if file.is_file():
                    zf.write(file, file.relative_to(tmp))
        return buffer.getvalue()


def show(year: int, stop: str | None = None) -> None:
    """Callback target of every control: one place that changes the moment and the URL."""
    st.session_state["year"] = year
    st.session_state["stop"] = stop
    st.query_params.from_dict(state.query_for(state.Moment(year, stop)))


def on_slider() -> None:
    year = st.session_state["year"]
    selected = state.find_stop(itinerary, st.session_state.get("stop"))
    show(year, selected.id if selected and selected.start <= year else None)


def on_map_click() -> None:
    """A click on a marker selects its stop (a callback, so it runs before the widgets are drawn)."""
    point = (st.session_state.get("exile-map") or {}).get("last_object_clicked")
    if point:
        hit = state.stop_near(itinerary, st.session_state["year"], point["lat"], point["lng"])
        if hit is not None:
            show(st.session_state["year"], hit.id)


def step(direction: int) -> None:
    st.session_state["playing"] = False
    target = state.neighbour_stop(itinerary, st.session_state["year"], st.session_state.get("stop"), direction)
    if target is not None:
        show(target.start, target.id)


def toggle_play() -> None:
    playing = not st.session_state.get("playing", False)
    first, last = year_range(itinerary)
    if playing and st.session_state["year"] >= last:
        show(first)
    st.session_state["playing"] = playing
    st.session_state["last_tick"] = time.monotonic()


def use_bundled() -> None:
    st.session_state.pop("custom", None)
    show(year_range(bundled)[1])


def build_uploaded() -> None:
    """Sidebar form → an itinerary of the visitor's own documents, kept in this visitor's session only."""
    files = tuple((f.name, f.getvalue()) for f in st.session_state.get("uploads") or ())
    if not files:
        st.session_state["upload_messages"] = [NO_DOCUMENTS_YET]
        return
    result = itinerary_from_uploads(files, st.session_state.get("upload_subject", ""))
    st.session_state["upload_messages"] = result.messages
    if result.itinerary is not None and result.itinerary.stops:
        st.session_state["custom"] = result.itinerary
        show(year_range(result.itinerary)[1])


st.set_page_config(page_title="Trotsky's exile map", page_icon="🗺️", layout="wide")
bundled = itinerary_for(str(ITINERARY_PATH), ITINERARY_PATH.stat().st_mtime)
itinerary = st.session_state.get("custom") or bundled

if "year" not in st.session_state:
    moment = state.moment_from_query(st.query_params.to_dict(), itinerary)
    for notice in moment.notices:
        st.toast(notice)
    show(moment.year, moment.stop)
    st.session_state["playing"] = False

st.title(f"{md_escape(itinerary.subject)}: a life in exile")
st.caption(f"{len(itinerary.stops)} stops drawn from {len(itinerary.sources)} documents. "
           "Step through the years; click a point or a stop in the list to read the evidence.")

# Behind a reverse proxy under a path prefix (--server.baseUrlPath), static files move with the prefix.
prefix = "/" + (st.get_option("server.baseUrlPath") or "").strip("/")
options = MapOptions(show_future=st.sidebar.toggle("Show later stops (faded)", value=False),
                     online_tiles=st.sidebar.toggle("OpenStreetMap tiles (needs internet)", value=False),
                     asset_base_url=prefix.rstrip("/") + "/app/static/vendor")
st.sidebar.markdown("**Kinds of stop** (exile and its kin in bold)")
legend = [f"<div style='display:flex;align-items:center;gap:6px'>{svg}"
          f"<span style='font-weight:{700 if kind in layers.EXILE_KINDS else 400}'>{esc(label)}</span></div>"
          for kind, svg, label in layers.legend_items(itinerary)]
st.sidebar.markdown("".join(legend), unsafe_allow_html=True)
st.sidebar.caption("Sources: " + md_escape(", ".join(s.doc for s in itinerary.sources)))

with st.sidebar.expander("Map your own documents", expanded="custom" in st.session_state):
    st.file_uploader("Documents (.txt, .md, .html)", accept_multiple_files=True, key="uploads",
                     help=f"Up to {MAX_UPLOAD_FILE_BYTES // 2**20} MB per file. Any file is accepted here, so that "
                          "one that is not text (an image, a PDF) is named with the reason after Build.")
    st.text_input("Whose life?", key="upload_subject", max_chars=120, placeholder="inferred from the documents")
    st.button("Build the map", on_click=build_uploaded, key="build", type="primary",
              disabled=not st.session_state.get("uploads"), help="Ready once the documents are listed above.")
    for message in st.session_state.get("upload_messages", []):
        st.caption(md_escape(message))
    if "custom" in st.session_state:
        st.button("Back to the bundled map", on_click=use_bundled, key="bundled")
    itinerary_json = json.dumps(itinerary_to_dict(itinerary), ensure_ascii=False, indent=1)
    st.download_button("Download the itinerary (JSON)", itinerary_json, file_name="itinerary.json",
                       mime="application/json", key="download-json")
    if local_assets_present():  # built on request only: a zip per page load would slow every visitor
        if st.session_state.get("site_for") == itinerary_json:
            st.download_button("Download the static site (zip)", site_zip(itinerary_json),
                               file_name="exile-map-site.zip", mime="application/zip", key="download-site")
        else:
            st.button("Prepare the static site (zip)", key="prepare-site",
                      on_click=lambda: st.session_state.update(site_for=itinerary_json))


def moment_view(timed: bool) -> None:
    """The part of the page that changes with the year; it reruns alone on a step or a playback tick.

    Only a playing view reruns on a timer (``timed``); when play or pause flips that, the whole page
    reruns once to set the fragment up again.
    """
    if st.session_state.get("playing", False) != timed:
        st.rerun()
    due = time.monotonic() - st.session_state.get("last_tick", 0.0) >= PLAY_SECONDS * 0.8
    if st.session_state.get("playing") and due:
        year, more = state.next_play_year(st.session_state["year"], year_range(itinerary)[1])
        show(year)
        st.session_state["playing"] = more
        st.session_state["last_tick"] = time.monotonic()

    prev_col, play_col, next_col, slider_col = st.columns([1, 1, 1, 6], vertical_alignment="bottom")
    prev_col.button("◀ Back", on_click=step, args=(-1,), use_container_width=True, key="prev",
                    help="Previous stop")
    play_col.button("⏸ Pause" if st.session_state.get("playing") else "▶ Play", on_click=toggle_play,
                    use_container_width=True, key="play")
    next_col.button("Next ▶", on_click=step, args=(1,), use_container_width=True, key="next", help="Next stop")
    first, last = year_range(itinerary)
    if not first <= st.session_state["year"] <= last:
        st.session_state["year"] = min(last, max(first, st.session_state["year"]))
    year = slider_col.slider("Year", first, last, key="year", on_change=on_slider)
    slider_col.markdown(layers.exile_strip_html(itinerary, year), unsafe_allow_html=True)

    selected = state.find_stop(itinerary, st.session_state.get("stop"))
    here = layers.current_stops(itinerary, year)
    map_col, text_col = st.columns([5, 2])
    with map_col:
        centre = (selected.place.lat, selected.place.lon) if selected else None
        st_folium(layers.base_map(itinerary, options), feature_group_to_add=layers.year_layer(
            itinerary, year, options, selected.id if selected else None), key="exile-map", height=620,
            use_container_width=True, returned_objects=["last_object_clicked"], center=centre,
            on_change=on_map_click)
    with text_col:
        where = " · ".join(s.place.name for s in here) or "before the first stop"
        st.subheader(f"{year}: {where}")
        st.markdown(f"{len(layers.stops_until(itinerary, year))} of {len(itinerary.stops)} stops by {year}.")
        recent, upcoming = state.stops_around(itinerary, year)
        with st.container(height=520, border=False):
            for stop in recent:
                stop_card(stop, is_current=stop in here, is_selected=selected is not None and stop.id == selected.id)
            if upcoming is not None:
                st.caption(f"Next: {upcoming.place.name}, {years_label(upcoming)}")


def stop_card(stop, is_current: bool, is_selected: bool) -> None:
    """One stop in the panel: the text alternative of its marker, with the evidence (two elements a card,
    so a year step sends few messages)."""
    marker = "★ " if is_selected else "● " if is_current else ""
    with st.container(border=True):
        st.markdown(layers.stop_card_html(stop, open_evidence=is_selected), unsafe_allow_html=True)
        st.button(f"{marker}Show {stop.place.name} on the map", key=f"select-{stop.id}", on_click=show,
                  args=(stop.start if stop.start > st.session_state["year"] else st.session_state["year"], stop.id))


playing = st.session_state.get("playing", False)
st.fragment(moment_view, run_every=PLAY_SECONDS if playing else None)(playing)
