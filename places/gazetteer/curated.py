"""The curated layer: historical names checked by hand (``places/data/historical_places.json``).

It wins wherever it knows a name, because population ranking alone picks the
wrong Yanovka, Nikolayev or Berezov; it is small enough to load at start-up.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from places.errors import GazetteerError
from places.gazetteer.names import normalise
from places.model import Place

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
CURATED_PATH = DATA_DIR / "historical_places.json"


class NameIndex:
    """Places by normalised name (each name and alternate name)."""

    def __init__(self, places: Iterable[Place]):
        self.places: list[Place] = list(places)
        self.by_name: dict[str, list[Place]] = defaultdict(list)
        for place in self.places:
            for name in {place.name, place.modern_name, *place.alt_names}:
                key = normalise(name) if name else ""
                if key and place not in self.by_name[key]:
                    self.by_name[key].append(place)

    def lookup(self, name: str) -> list[Place]:
        return list(self.by_name.get(normalise(name), ()))

    def names(self) -> dict[str, list[Place]]:
        return self.by_name


def load_curated(path: str | Path = CURATED_PATH) -> list[Place]:
    """Read the curated table; a malformed row is an error, never silently skipped."""
    try:
        rows = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GazetteerError(f"cannot read the curated gazetteer {path}: {exc}") from None
    places = []
    for row in rows:
        try:
            years = row.get("name_years")
            places.append(Place(
                id=row["id"], name=row["name"], lat=float(row["lat"]), lon=float(row["lon"]),
                kind=row["kind"], country=row.get("country") or "", modern_name=row.get("modern_name") or "",
                alt_names=tuple(row.get("alt_names") or ()), source="curated",
                name_years=tuple(years) if years else None, radius_km=float(row.get("radius_km") or 0.0),
            ))
        except (KeyError, TypeError, ValueError) as exc:
            raise GazetteerError(f"curated gazetteer row {row!r} is malformed: {exc}") from None
    return places
