"""The map's web assets, declared once: served locally when installed, from a CDN otherwise.

``make run``/``make test`` install them from the npm registry (``package.json``)
into ``mapapp/static/vendor`` with ``python -m mapapp.assets install node_modules``;
Streamlit serves that folder at ``/app/static/vendor`` (static serving is on in
``.streamlit/config.toml``). A host that installed only the Python package has
no such folder: the map then falls back to the CDN and says so once in the log.
"""

from __future__ import annotations

import json
import logging
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).parent / "static"
VENDOR_DIR = STATIC_DIR / "vendor"
TIMEMAP_DIR = STATIC_DIR / "timemap"  # the map's own script and style: part of the source, always present
STATIC_URL = "/app/static"
LEAFLET_VERSION = "1.9.4"
CDN_URL = f"https://cdn.jsdelivr.net/npm/leaflet@{LEAFLET_VERSION}/dist"
BASEMAP_FILE = "countries-110m.geojson"
REQUIRED = ("leaflet.js", "leaflet.css", BASEMAP_FILE)
_warned = False


@dataclass(frozen=True)
class MapAssets:
    """Where the browser gets Leaflet, the basemap and the TimeMap plugin; ``local`` says whether any of it
    leaves the host. ``basemap_inline``: a script in ``js`` sets ``window.TIMEMAP_BASEMAP`` (the export)."""

    js: tuple[tuple[str, str], ...]
    css: tuple[tuple[str, str], ...]
    basemap_url: str | None
    local: bool
    timemap_js: str = f"{STATIC_URL}/timemap/timemap.js"
    timemap_css: str = f"{STATIC_URL}/timemap/timemap.css"
    basemap_inline: bool = False


def local_assets_present(vendor_dir: Path = VENDOR_DIR) -> bool:
    return all((vendor_dir / name).is_file() for name in REQUIRED)


def map_assets(static_url: str = STATIC_URL, vendor_dir: Path = VENDOR_DIR) -> MapAssets:
    """Local assets when installed; otherwise Leaflet from the CDN, with one warning per process.

    ``static_url`` is where the app serves ``mapapp/static`` (``/app/static``, behind a path prefix
    ``/PREFIX/app/static``); the plugin's own files are always served from there.
    """
    global _warned
    static = static_url.rstrip("/")
    plugin = {"timemap_js": f"{static}/timemap/timemap.js", "timemap_css": f"{static}/timemap/timemap.css"}
    if local_assets_present(vendor_dir):
        base = f"{static}/vendor"
        return MapAssets(js=(("leaflet", f"{base}/leaflet.js"),), css=(("leaflet_css", f"{base}/leaflet.css"),),
                         basemap_url=f"{base}/{BASEMAP_FILE}", local=True, **plugin)
    if not _warned:
        log.warning("local map assets not found in %s; loading Leaflet from %s (needs internet). "
                    "Run `make run` or `python -m mapapp.assets install node_modules` to serve them locally.",
                    vendor_dir, CDN_URL)
        _warned = True
    return MapAssets(js=(("leaflet", f"{CDN_URL}/leaflet.js"),), css=(("leaflet_css", f"{CDN_URL}/leaflet.css"),),
                     basemap_url=None, local=False, **plugin)


def _decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * sx + tx, 4), round(y * sy + ty, 4)))
        arcs.append(points)
    return arcs


def _ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    ring: list[tuple[float, float]] = []
    for i in indexes:
        points = arcs[i] if i >= 0 else arcs[~i][::-1]
        ring.extend(points[1:] if ring else points)
    return ring


def _unwrap(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Rings that cross the 180° meridian are shifted east so Leaflet draws no line across the world."""
    if any(abs(a[0] - b[0]) > 180 for a, b in zip(ring, ring[1:], strict=False)):
        return [(lon + 360 if lon < 0 else lon, lat) for lon, lat in ring]
    return ring


def topojson_to_geojson(topology: dict, obj: str = "countries") -> dict:
    """Natural Earth TopoJSON (world-atlas) to a GeoJSON FeatureCollection; Antarctica is left out."""
    arcs = _decode_arcs(topology)
    features = []
    for geom in topology["objects"][obj]["geometries"]:
        name = (geom.get("properties") or {}).get("name", "")
        if name == "Antarctica" or geom.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        polygons = [geom["arcs"]] if geom["type"] == "Polygon" else geom["arcs"]
        coords = [[[list(p) for p in _unwrap(_ring(arcs, ring))] for ring in polygon] for polygon in polygons]
        features.append({"type": "Feature", "properties": {"name": name},
                         "geometry": {"type": "MultiPolygon", "coordinates": coords}})
    return {"type": "FeatureCollection", "features": features}


def install(node_modules: Path, vendor_dir: Path = VENDOR_DIR) -> None:
    """Copy Leaflet and convert the Natural Earth outlines into ``vendor_dir``."""
    dist = node_modules / "leaflet" / "dist"
    atlas = node_modules / "world-atlas" / "countries-110m.json"
    if not dist.is_dir() or not atlas.is_file():
        raise SystemExit(f"error: {node_modules} lacks leaflet/dist or world-atlas; run `npm install` first")
    vendor_dir.mkdir(parents=True, exist_ok=True)
    for name in ("leaflet.js", "leaflet.css"):
        shutil.copy2(dist / name, vendor_dir / name)
    shutil.copytree(dist / "images", vendor_dir / "images", dirs_exist_ok=True)
    geojson = topojson_to_geojson(json.loads(atlas.read_text(encoding="utf-8")))
    (vendor_dir / BASEMAP_FILE).write_text(json.dumps(geojson, separators=(",", ":")), encoding="utf-8")
    print(f"installed map assets into {vendor_dir} ({len(geojson['features'])} countries)")


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "install":
        raise SystemExit("usage: python -m mapapp.assets install NODE_MODULES_DIR")
    install(Path(sys.argv[2]))
