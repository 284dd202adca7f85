"""Famous small places of biographical note that no package holds with a point, or holds only under a name
a bigger namesake elsewhere wins.

Biographies name writers' houses and villages (Yasnaya Polyana, Grasmere, Illiers-Combray), artists'
colonies (Abramtsevo, Worpswede), places of exile and camps (Kureika, Gurs, Boven Digoel), pilgrimage and
monastic sites (Bodh Gaya, Montecassino), ancient sites people travelled to (Nalanda, Taxila, Memphis), battle
fields and mission or explorers' stations (Isandlwana, Ujiji, Kolobeng). GeoNames lists many of them only as
villages under 1,000 people, as a far town's other name, or not at all, so a name asked for with no hint
finds a namesake on another continent (Grasmere, New Zealand; Yasnaya Polyana, 1,200 km from Tolstoy's) or
nothing. ``places/data/famous_places.json`` holds them by hand, every row naming its source; a place is in
it only if the gazetteer without it answered the name wrongly or not at all (see the README).

A row is a settlement that counts like a town of ~30,000 people and is named in about nine languages
(``FAMOUS_IMPORTANCE``, ``FAMOUS_FAME``): being in the table is the evidence that readers know it, as for
the islands and regions of ``sources.areas``. So it wins over a far namesake town of up to some tens of
thousands when asked with no hint, loses to a real city (Memphis, Tennessee; Troy, Michigan), and, being an
ordinary candidate and not a ``curated`` one, gives way to a caller's country or point like any other place
(Grasmere with the hint New Zealand is the New Zealand one).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from places.errors import GazetteerError
from places.gazetteer.curated import DATA_DIR
from places.gazetteer.sources import Entry
from places.gazetteer.sources.areas import NAMED_FEATURE_IMPORTANCE, _slug
from places.gazetteer.sources.geonames import fame
from places.model import Place

FAMOUS_PATH = DATA_DIR / "famous_places.json"
# Older names of towns and cities ("Khanbaliq", "Bianliang", "Lin'an", "Hormuz"), in the same form and with the same
# weight: written from general knowledge by a helper that saw no project file, and kept only where the gazetteer
# without them answered the name wrongly or not at all (see the README)
HISTORICAL_NAMES_PATH = DATA_DIR / "historical_names.json"
# Named historical and cultural sites that are no town of their name (Mount Hiei, Kennin-ji, Alamut, Rorke's Drift,
# Monastery of Saint Naum), in the same form and with the same weight: written from general knowledge by helpers that
# saw no project file, and kept only where the gazetteer without them answered the name wrongly or not at all
SITES_PATH = DATA_DIR / "historical_sites.json"
FAMOUS_SOURCE = "famous"
FAMOUS_IMPORTANCE = NAMED_FEATURE_IMPORTANCE  # like a town of ~30,000 (see ``sources.areas``)
FAMOUS_FAME = 0.5  # the fame of a place named in about nine languages (``ranking.FAMOUS_HAMLET_FAME``)


def tables() -> tuple[tuple[Path, str], ...]:
    """The three tables read in this form, each with the prefix of its rows' ids (read when called, so a test may
    point one elsewhere)."""
    return (Path(FAMOUS_PATH), "famous"), (Path(HISTORICAL_NAMES_PATH), "oldname"), (Path(SITES_PATH), "site")


def entries(path: str | Path = FAMOUS_PATH, prefix: str = "famous") -> Iterator[Entry]:
    """The table's rows as settlements: its own name and the other names (spellings, old names,
    romanizations) all as its own, since each was written down for this place by hand. A malformed row, one
    without a source or with a kind other than settlement, is an error, never skipped."""
    try:
        rows = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GazetteerError(f"cannot read the famous places table {path}: {exc}") from None
    for row in rows:
        try:
            if row["kind"] != "settlement" or not row["source"] or not row["country"]:
                raise ValueError("kind must be settlement, and a source and a country are required")
            lat, lon = float(row["lat"]), float(row["lon"])
            if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
                raise ValueError("latitude or longitude out of range")
            place = Place(id=f"{prefix}-{_slug(row['name'])}", name=row["name"], lat=lat, lon=lon,
                          kind="settlement", country=row["country"], source=FAMOUS_SOURCE,
                          alt_names=tuple(row.get("alt_names") or ()))
        except (KeyError, TypeError, ValueError) as exc:
            raise GazetteerError(f"famous places row {row!r} is malformed: {exc}") from None
        yield Entry(place, primary=(place.name, *place.alt_names), importance=FAMOUS_IMPORTANCE,
                    fame=max(FAMOUS_FAME, fame(len(place.alt_names))))
