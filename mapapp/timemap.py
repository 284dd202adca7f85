"""The time map as a folium plugin: the whole itinerary goes to the browser once, as JSON, and
``timemap.js`` draws every moment there (route, stops, popups, time control, text panel).

Written the way folium writes its plugins (``folium/plugins/timeline.py``): a ``MacroElement`` with
``JSCSSMixin`` whose JS and CSS are files of their own, declared once. The Streamlit app shows the map
through ``st_folium`` and the static export saves it with ``Map.save``: one renderer for both.

Text from documents reaches the page only inside a JSON string that the script parses (``JSON.parse``)
and then puts into text nodes. That string holds no ``{``, ``}``, ``<``, ``>`` or ``&`` characters at
all (they are ``\\u`` escapes), because branca re-reads every rendered script as a Jinja template (a
document saying ``{{ 7*7 }}`` must stay those characters) and because ``</script>`` must not close
the script early.
"""

from __future__ import annotations

import json
import math
import re

from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template

from places.itinerary import itinerary_to_dict
from places.model import Itinerary

PLAY_MS = 1200
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_INERT = str.maketrans({"{": "\\u007b", "}": "\\u007d", "<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def inert_json(value) -> str:
    """A JavaScript string literal holding ``value`` as JSON, safe inside a script and a Jinja template.

    >>> any(c in inert_json({"q": "{{x}}</script>"}) for c in "{}<>&")
    False
    """
    return json.dumps(json.dumps(value, allow_nan=False)).translate(_INERT)


def plural(n: int, one: str, many: str | None = None) -> str:
    """``plural(1, "document") == "1 document"``; ``plural(5, "document") == "5 documents"``."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def year_label(year: int) -> str:
    """Years before the common era as historians write them: ``year_label(-44) == "44 BC"``."""
    return f"{-year} BC" if year < 0 else str(year)


def _finite(x) -> bool:
    return isinstance(x, (int, float)) and math.isfinite(x)


def map_title(itinerary: Itinerary, custom: str = "") -> str:
    """The page's title: what the visitor typed, else the itinerary's own, else the subject's name.

    No kind of life is assumed (not every life mapped here is an exile). Bidi controls are dropped, so
    a name cannot turn the rest of the title around.
    """
    meta_title = itinerary.meta.get("title") if isinstance(itinerary.meta, dict) else None
    for title in (custom, meta_title if isinstance(meta_title, str) else ""):
        title = BIDI_CONTROLS.sub("", title or "")
        if title.strip():
            return " ".join(title.split())[:160]
    subject = " ".join(BIDI_CONTROLS.sub("", itinerary.subject or "").split())
    return f"{subject}: a life on the map" if subject else "A life on the map"


def map_caption(itinerary: Itinerary) -> str:
    return (f"{plural(len(itinerary.stops), 'stop')} drawn from {plural(len(itinerary.sources), 'document')}. "
            "Step through the years; click a point or a stop in the list to read the evidence.")


def source_stop_counts(itinerary: Itinerary) -> dict[str, int]:
    """How many stops each document supports (a stop counts once per document it is cited from)."""
    counts = {s.doc: 0 for s in itinerary.sources}
    for stop in itinerary.stops:
        for doc in {e.doc for e in stop.evidence}:
            counts[doc] = counts.get(doc, 0) + 1
    return counts


def timemap_data(itinerary: Itinerary, *, show_future: bool = False, url_mode: str = "query",
                 header: bool = False, title: str = "", initial: dict | None = None) -> dict:
    """Everything the browser needs, once: the stops (as the itinerary JSON has them, plus whatever
    optional fields the pipeline adds, such as ``dates``), the legs' geometry, the kinds' symbols."""
    from mapapp.layers import EXILE_KINDS, KIND_STYLE, legs, shape_svg, year_range

    stops = itinerary_to_dict(itinerary)["stops"]
    for s in stops:  # a stop without coordinates stays in the list and the panel, off the map
        for key in ("lat", "lon"):
            if not _finite(s.get(key)):
                s[key] = None
    counts = source_stop_counts(itinerary)
    lo, hi = year_range(itinerary)
    return {
        "title": map_title(itinerary, title),
        "caption": map_caption(itinerary),
        "subject": itinerary.subject,
        "stops": stops,
        "legs": legs(itinerary),
        "sources": [{"doc": s.doc, "title": s.title, "stops": counts.get(s.doc, 0)} for s in itinerary.sources],
        "kinds": {k: {"label": st.label, "svg": shape_svg(k, 16), "colour": st.colour, "exile": k in EXILE_KINDS}
                  for k, st in KIND_STYLE.items()},
        "fallbackSvg": shape_svg("unknown", 16),
        "config": {"yearMin": lo, "yearMax": hi, "playMs": PLAY_MS, "showFuture": bool(show_future),
                   "urlMode": url_mode, "header": bool(header), "initial": initial},
    }


class TimeMap(JSCSSMixin, MacroElement):
    """The itinerary on the map, stepped in the browser; ``js_url``/``css_url`` locate ``timemap.js``/``.css``
    (per instance: the app serves them under its path prefix, the export beside the page)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.timeMap({{ this._parent.get_name() }}, JSON.parse({{ this.payload }}));
        {% endmacro %}
    """)

    def __init__(self, data: dict, js_url: str, css_url: str):
        super().__init__()
        self._name = "TimeMap"
        self.payload = inert_json(data)
        self.default_js = [("timemap", js_url)]
        self.default_css = [("timemap_css", css_url)]
