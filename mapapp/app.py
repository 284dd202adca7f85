"""A life on a map: step through the years and read why each point is there.

Thin on purpose: widgets and layout. The map, its time control and its text panel are one folium map
(``mapapp.layers.build_map`` with the ``TimeMap`` plugin) mounted once through ``st_folium``; the browser
steps it with no round trip to this script, and keeps the moment in the page's address bar itself.
The map's script is the same on every rerun (the moment it opens at is fixed per session), so Streamlit
never re-mounts it; only a change of itinerary or of the sidebar's options draws a new map.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
import zipfile
from pathlib import Path

import streamlit as st
from streamlit_folium import st_folium

from mapapp import state
from mapapp.assets import local_assets_present
from mapapp.export import export_site
from mapapp.layers import MapOptions, build_map, isolate, md_escape
from mapapp.timemap import map_caption, map_title, plural, source_stop_counts
from places.extract import Extractor
from places.itinerary import itinerary_from_dict, itinerary_to_dict, load_itinerary
from places.pipeline import MAX_UPLOAD_FILE_BYTES, NO_DOCUMENTS_YET, UploadResult, build_from_uploads_cached

DEFAULT_ITINERARY = Path(__file__).resolve().parent.parent / "places" / "data" / "itinerary.json"
ITINERARY_PATH = Path(os.environ.get("EXILE_MAP_ITINERARY", DEFAULT_ITINERARY))
UPLOADED_MARK = "uploaded"  # ?map=uploaded: the link was copied from a map that lived in one browser session


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


def open_at(itinerary, params: dict) -> None:
    """Fix the moment this session's map opens at (when it cannot read the address bar itself)."""
    moment = state.moment_from_query(params, itinerary)
    st.session_state["initial"] = {"year": moment.year, "stop": moment.stop}
    st.session_state["notices"] = list(moment.notices)


def use_bundled() -> None:
    for key in ("custom", "custom_title"):
        st.session_state.pop(key, None)
    st.query_params.clear()
    open_at(bundled, {})


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
        st.session_state["custom_title"] = st.session_state.get("upload_title", "")
        st.query_params.clear()
        st.query_params["map"] = UPLOADED_MARK
        open_at(result.itinerary, {})


bundled = itinerary_for(str(ITINERARY_PATH), ITINERARY_PATH.stat().st_mtime)
itinerary = st.session_state.get("custom") or bundled
title = map_title(itinerary, st.session_state.get("custom_title", ""))
st.set_page_config(page_title=title, page_icon="🗺️", layout="wide")

if "initial" not in st.session_state:  # a new session: a link, a reload, or a first visit
    params = st.query_params.to_dict()
    open_at(itinerary, params)
    if params.get("map") == UPLOADED_MARK:
        st.session_state["notices"].insert(0, "This link was copied from a map of uploaded documents. Such a map "
                                              "lives only in the browser session that built it, so the bundled "
                                              "map opens instead.")
        del st.query_params["map"]
for notice in st.session_state.pop("notices", []):
    st.info(md_escape(notice))

st.title(md_escape(title))
st.caption(md_escape(map_caption(itinerary)))

# Behind a reverse proxy under a path prefix (--server.baseUrlPath), static files move with the prefix.
prefix = "/" + (st.get_option("server.baseUrlPath") or "").strip("/")
options = MapOptions(show_future=st.sidebar.toggle("Show later stops (faded)", value=False),
                     online_tiles=st.sidebar.toggle("OpenStreetMap tiles (needs internet)", value=False),
                     static_url=prefix.rstrip("/") + "/app/static")
counts = source_stop_counts(itinerary)
st.sidebar.markdown(f"**Sources** ({plural(len(itinerary.sources), 'document')})")
st.sidebar.markdown("\n".join(
    f"- {md_escape(isolate(s.title or s.doc))} — {plural(counts.get(s.doc, 0), 'stop')}" for s in itinerary.sources))

with st.sidebar.expander("Map your own documents", expanded="custom" in st.session_state):
    st.file_uploader("Documents (.txt, .md, .html)", accept_multiple_files=True, key="uploads",
                     help=f"Up to {MAX_UPLOAD_FILE_BYTES // 2**20} MB per file. Any file is accepted here, so that "
                          "one that is not text (an image, a PDF) is named with the reason after Build.")
    st.text_input("Whose life?", key="upload_subject", max_chars=120, placeholder="inferred from the documents")
    st.text_input("Title of the map (optional)", key="upload_title", max_chars=160,
                  placeholder="e.g. Thomas Mann: the years abroad")
    st.button("Build the map", on_click=build_uploaded, key="build", type="primary",
              disabled=not st.session_state.get("uploads"), help="Ready once the documents are listed above.")
    for message in st.session_state.get("upload_messages", []):
        st.caption(md_escape(isolate(message)))
    if "custom" in st.session_state:
        st.warning("This map lives in this browser session only: a reload or a copied link opens the bundled "
                   "map. Download it below to keep it.")
        st.button("Back to the bundled map", on_click=use_bundled, key="bundled")
    itinerary_json = json.dumps(itinerary_to_dict(itinerary), ensure_ascii=False, indent=1)
    st.download_button("Download the itinerary (JSON)", itinerary_json, file_name="itinerary.json",
                       mime="application/json", key="download-json")
    if local_assets_present():  # built on request only: a zip per page load would slow every visitor
        if st.session_state.get("site_for") == itinerary_json:
            st.download_button("Download the static site (zip)", site_zip(itinerary_json),
                               file_name="life-map-site.zip", mime="application/zip", key="download-site")
        else:
            st.button("Prepare the static site (zip)", key="prepare-site",
                      on_click=lambda: st.session_state.update(site_for=itinerary_json))

st_folium(build_map(itinerary, options, title=title, initial=st.session_state["initial"]), key="exile-map",
          height=760, use_container_width=True, returned_objects=[])
