"""A self-contained static site of the map: open index.html from a folder, a USB stick or any static host.

The page steps through the years in the browser (slider, play, previous/next,
a ``#year=…&stop=…`` link) with the same symbols, routes and evidence as the
app, and makes no request beyond its own files. Data ships as JavaScript files
rather than JSON fetched at run time, because browsers refuse ``fetch`` from
``file://``.
"""

from __future__ import annotations

import html
import json
import shutil
from pathlib import Path

from mapapp.assets import BASEMAP_FILE, VENDOR_DIR, local_assets_present
from mapapp.layers import (
    KIND_STYLE,
    GeoJsonBasemap,
    direction_arrow,
    route_path,
    shape_svg,
    year_range,
)
from places.errors import PlacesError
from places.itinerary import itinerary_to_dict
from places.model import Itinerary

SITE_DIR = Path(__file__).parent / "site"
PLAY_MS = 1200


def _js_assignment(name: str, value) -> str:
    """``window.NAME = <json>;`` — JSON is valid JavaScript, and ``</`` is escaped for good measure."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f"window.{name} = {text};\n"


def legs(itinerary: Itinerary) -> list[dict]:
    """The route between consecutive stops, with great-circle paths and an arrow on long legs."""
    out = []
    stops = itinerary.stops
    for i in range(1, len(stops)):
        a = (stops[i - 1].place.lat, stops[i - 1].place.lon)
        b = (stops[i].place.lat, stops[i].place.lon)
        if a == b:
            continue
        path = route_path(a, b)
        arrow = direction_arrow(path)
        out.append({"from": i - 1, "to": i, "path": [[round(x, 3), round(y, 3)] for x, y in path],
                    "arrow": list(arrow) if arrow else None})
    return out


def site_data(itinerary: Itinerary) -> dict:
    return {
        "itinerary": itinerary_to_dict(itinerary),
        "legs": legs(itinerary),
        "config": {
            "yearMin": year_range(itinerary)[0], "yearMax": year_range(itinerary)[1], "playMs": PLAY_MS,
            "kinds": {k: {"label": style.label, "svg": shape_svg(k, 16)} for k, style in KIND_STYLE.items()},
            "fallbackSvg": shape_svg("unknown", 16),
            "basemapStyle": GeoJsonBasemap("").style,
        },
    }


def export_site(itinerary: Itinerary, out_dir: str | Path, vendor_dir: Path = VENDOR_DIR) -> Path:
    """Write the site into ``out_dir`` (created if needed); returns the path of index.html."""
    if not local_assets_present(vendor_dir):
        raise PlacesError(f"the map's web assets are not installed in {vendor_dir}: run `make run` or "
                          "`python -m mapapp.assets install node_modules` first")
    out = Path(out_dir)
    assets = out / "assets"
    assets.mkdir(parents=True, exist_ok=True)
    for name in ("leaflet.js", "leaflet.css"):
        shutil.copy2(vendor_dir / name, assets / name)
    shutil.copytree(vendor_dir / "images", assets / "images", dirs_exist_ok=True)
    shutil.copy2(SITE_DIR / "app.js", assets / "app.js")
    shutil.copy2(SITE_DIR / "site.css", assets / "site.css")
    basemap = json.loads((vendor_dir / BASEMAP_FILE).read_text(encoding="utf-8"))
    (assets / "basemap.js").write_text(_js_assignment("EXILE_BASEMAP", basemap), encoding="utf-8")
    (assets / "data.js").write_text(_js_assignment("EXILE_DATA", site_data(itinerary)), encoding="utf-8")
    present = {s.kind for s in itinerary.stops}
    legend = "".join(f"<div>{shape_svg(k, 14)}<span>{html.escape(style.label)}</span></div>"
                     for k, style in KIND_STYLE.items() if k in present)
    title = f"{itinerary.subject or 'A life'}: a life in exile"
    caption = (f"{len(itinerary.stops)} stops drawn from {len(itinerary.sources)} documents. Step through the years; "
               "click a point or a stop in the list to read the evidence.")
    page = (SITE_DIR / "index.html").read_text(encoding="utf-8")
    for key, value in (("__TITLE__", html.escape(title)), ("__CAPTION__", html.escape(caption)),
                       ("__LEGEND__", legend),
                       ("__SOURCES__", html.escape(", ".join(s.doc for s in itinerary.sources)))):
        page = page.replace(key, value)
    index = out / "index.html"
    index.write_text(page, encoding="utf-8")
    return index
