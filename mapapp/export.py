"""A self-contained static site of the map: open index.html from a folder, a USB stick or any static host.

It is the app's folium map saved with folium's own ``Map.save``: the same TimeMap plugin steps through
the years in the browser (slider, Play, Back/Next, ``#year=…&stop=…`` links), with Leaflet, the plugin
and the country outlines copied beside the page. The outlines ship as a script file
(``window.TIMEMAP_BASEMAP = …``) because browsers refuse ``fetch`` from ``file://``.

Nothing from a document is pasted into the page as text: the title, caption and every name reach it
inside the plugin's JSON and are set as text nodes by the script.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
from pathlib import Path

from mapapp.assets import BASEMAP_FILE, TIMEMAP_DIR, VENDOR_DIR, MapAssets, local_assets_present
from mapapp.layers import MapOptions, build_map
from places.errors import PlacesError
from places.model import Itinerary

_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def _js_assignment(name: str, value) -> str:
    """``window.NAME = <json>;`` — JSON is valid JavaScript, and ``</`` is escaped for good measure."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f"window.{name} = {text};\n"


EXPORT_ASSETS = MapAssets(
    js=(("leaflet", "assets/leaflet.js"), ("basemap", "assets/basemap.js")),
    css=(("leaflet_css", "assets/leaflet.css"),),
    basemap_url=None, local=True, basemap_inline=True,
    timemap_js="assets/timemap.js", timemap_css="assets/timemap.css")


def content_security_policy(page: str) -> str:
    """Scripts only from the site's folder and the page's own inline scripts (by hash); no requests out."""
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'"
                      for s in _INLINE_SCRIPT.findall(page))
    return (f"default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; connect-src 'none'")


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
    for name in ("timemap.js", "timemap.css"):
        shutil.copy2(TIMEMAP_DIR / name, assets / name)
    basemap = json.loads((vendor_dir / BASEMAP_FILE).read_text(encoding="utf-8"))
    (assets / "basemap.js").write_text(_js_assignment("TIMEMAP_BASEMAP", basemap), encoding="utf-8")
    m = build_map(itinerary, MapOptions(), EXPORT_ASSETS, url_mode="hash", header=True)
    index = out / "index.html"
    m.save(str(index))
    page = index.read_text(encoding="utf-8")
    # The policy goes right after the page's first <head>, which folium's template writes before any data.
    csp = f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy(page)}">'
    head = page.index("<head>") + len("<head>")
    index.write_text(page[:head] + "\n    " + csp + page[head:], encoding="utf-8")
    return index
