"""The broad layer: every adapter's entries in one SQLite file, built once at set-up.

``python -m places index`` (run by ``make``) or the first look-up that needs it
builds the file in the user's cache folder; the app's start never opens it.
SQLite keeps it compact on disk, opens in milliseconds and answers a name in
microseconds, so nothing is parsed at start-up and memory stays small.
"""

from __future__ import annotations

import hashlib
import math
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from places.gazetteer.names import haversine_km, normalise, query_key
from places.gazetteer.sources import (
    Entry,
    admin_codes,
    areas,
    country_names,
    famous,
    geonames,
    provinces,
    subdivisions,
    villages,
)
from places.model import Place

BROAD_SCHEMA = """
CREATE TABLE places (rowid INTEGER PRIMARY KEY, id TEXT, name TEXT, lat REAL, lon REAL, kind TEXT,
                     country TEXT, population INTEGER, radius_km REAL, importance REAL, fame REAL, source TEXT,
                     capital INTEGER, admin1 TEXT);
CREATE TABLE names (key TEXT, place INTEGER, is_primary INTEGER, PRIMARY KEY (key, place)) WITHOUT ROWID;
CREATE INDEX places_lat ON places (lat);
CREATE TABLE near_names (key TEXT, place INTEGER, PRIMARY KEY (key, place)) WITHOUT ROWID;
"""
# Only towns this large (log10 population: ~100,000 people) are found under a spelling one letter off one of
# their names: an old name written another way ("Rustchuk" for Rustschuk, Ruse) is worth finding for a city a
# reader may know, never for a village whose name a made-up word happens to resemble.
NEAR_SPELLING_IMPORTANCE = 5.0
NEAR_SPELLING_MIN = 7  # letters: shorter names are too close to too many others
NEAR_SPELLING_MAX = 24


def constituent_countries() -> dict[str, str]:
    """Normalised name -> sovereign country, for the subdivisions ISO 3166-2 (via pycountry) calls countries:
    England, Scotland, Wales (United Kingdom); Aruba, Curaçao, Sint Maarten (Netherlands)."""
    import pycountry

    out = {}
    for sub in pycountry.subdivisions:
        if sub.type == "Country":
            country = pycountry.countries.get(alpha_2=sub.country_code)
            if country is not None:
                out[normalise(sub.name.split(" [")[0])] = country.name
    return out


def deletions(key: str) -> set[str]:
    """The key with one letter dropped, anywhere but the first (an old spelling keeps the first letter).

    >>> sorted(deletions("ruse"))
    ['rse', 'rue', 'rus']
    """
    return {key[:i] + key[i + 1:] for i in range(1, len(key))}


def near_spelling_keys(keys: Iterable[str]) -> set[str]:
    """What a place is stored under in ``near_names``: each single-word key of a fit length and its deletions,
    so that a query one insertion, deletion or substitution away shares one of them (the symmetric-delete
    scheme)."""
    found = set()
    for key in keys:
        if " " not in key and NEAR_SPELLING_MIN - 1 <= len(key) <= NEAR_SPELLING_MAX:
            found.add(key)
            found |= deletions(key)
    return found


def one_edit(a: str, b: str) -> bool:
    """Whether two keys differ by at most one insertion, deletion, substitution or swap of neighbours.

    >>> one_edit("rustchuk", "rustschuk"), one_edit("mechlin", "mecheln"), one_edit("muhlhausen", "mulhausen")
    (True, False, True)
    """
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return (a[i + 1:] == b[i + 1:] or a[i + 1:] == b[i:] or a[i:] == b[i + 1:]
            or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1]))
BROAD_VERSION = 19


@dataclass(frozen=True)
class Match:
    """A place found under a name, and whether that name is one of its own (primary) or an alternate."""

    place: Place
    primary: bool
    importance: float
    fame: float = 0.0
    capital: bool = False


FEATURE_WORDS = frozenset({"bay", "gulf", "sea", "ocean", "lake", "river", "strait", "straits", "sound", "island",
                           "islands", "isle", "mountains", "mountain", "mount", "hills", "cape", "peninsula",
                           "coast", "province", "district", "valley", "desert", "forest"})


def match_keys(names: Iterable[str]) -> set[str]:
    """The keys a name is stored and looked up under: normalised, and without spaces where it has any,
    so "Montecristi" finds "Monte Cristi".

    >>> sorted(match_keys(["Monte Cristi"]))
    ['monte cristi', 'montecristi']
    """
    keys = {normalise(n) for n in names if n}
    return {k for key in keys for k in (key, key.replace(" ", "")) if k}


def cache_dir() -> Path:
    base = os.environ.get("PLACES_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "exile-map")
    return Path(base)


def build_entries(min_population: int = 1000) -> Iterator[Entry]:
    """Every source, in one stream: GeoNames cities and countries, the villages below them (for
    ``min_population`` of 1,000 or less), first-order regions, islands/lakes/seas/regions, the second-order
    regions those lack (``sources.provinces``: unless a town inside bears the name), the famous small places
    and older names of towns (``sources.famous``); countries last, with their other names
    (``sources.country_names``)."""
    towns, countries, owned = [], [], set()
    unit_keys = {k.replace(" ", "") for k in provinces.name_keys()}
    borne: dict[str, set[str]] = {}  # GeoNames id of a town -> the second-order units' names it bears
    codes = admin_codes.load()
    for e in geonames.entries(min_population, subdivisions.country_centres(), codes):
        if e.place.kind == "country":
            countries.append(e)
            continue
        if e.place.kind == "settlement":
            towns.append((e.place.id, e.place.name, e.place.lat, e.place.lon, e.place.population))
        if e.place.source != geonames.HAMLET_SOURCE:
            owned |= match_keys(e.primary)
            keys = {normalise(n).replace(" ", "") for n in (*e.primary, *e.alternate)} & unit_keys
            if keys:
                borne[e.place.id.removeprefix("geonames-")] = keys
        yield e
    names = geonames.country_names(min_population)
    if min_population <= 1000:  # (a village owns no name: a country's foreign name is never blocked by one)
        yield from villages.entries(skip={t[0] for t in towns}, country_names=names, codes=codes)
    regions = [*subdivisions.entries(names, subdivisions.TownPopulations(towns)),
               *areas.entries(island_countries=geonames.island_countries(min_population))]
    held = [(normalise(n), e.place.country, e.place.lat, e.place.lon) for e in regions
            for n in (*e.primary, *e.alternate)]
    first_order = {e.place.id.removeprefix("admin1-").upper() for e in regions}
    larger = {normalise(n) for e in (*countries, *regions) if e.place.kind == "country" or e.place.id.startswith(
        "admin1-") for n in e.primary} | {normalise(n) for n in names.values()}
    regions += provinces.entries(names, borne, held, first_order, larger)
    for e in (*regions, *(e for path, prefix in famous.tables() for e in famous.entries(path, prefix=prefix))):
        owned |= match_keys(e.primary)
        yield e
    owned |= {k for e in countries for k in match_keys(e.primary)}
    yield from (with_other_names(e, owned) for e in countries)


def with_other_names(country: Entry, owned: set[str]) -> Entry:
    """A country with its other names as alternates: its English ones ("Burma", "the Congo"), and its names in
    other languages ("Neuseeland", "Alemania") unless a town, region or another country bears one as its own
    ("Tunis", French for Tunisia, is the city; "Salvador" the Brazilian city): in an English text the name
    means that place, and the country keeps its English names."""
    code = country.place.id.removeprefix("country-")
    foreign = [n for n in country_names.foreign_names(code) if not match_keys([n]) & owned]
    return replace(country, alternate=(*country.alternate, *country_names.english_names(code), *foreign))


def build_broad_places(min_population: int = 1000) -> list[Place]:
    """The places of every source (for callers that want records, not the index)."""
    return [e.place for e in build_entries(min_population)]


class BroadIndex:
    """Places of every broad source by normalised name, in an SQLite file built once."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        self._countries: dict[str, str] | None = None
        self._regions: dict[str, str] | None = None

    @classmethod
    def build(cls, path: str | Path, entries: Iterable[Entry | Place]) -> BroadIndex:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.tmp{os.getpid()}")
        tmp.unlink(missing_ok=True)
        db = sqlite3.connect(tmp)
        db.executescript(BROAD_SCHEMA)
        rows, names, near = [], [], []
        for i, e in enumerate(entries, start=1):
            if isinstance(e, Place):  # a bare place: its name is primary, its alternates are not
                e = Entry(e, primary=(e.name,), alternate=e.alt_names, importance=math.log10(1 + e.population))
            p = e.place
            rows.append((i, p.id, p.name, p.lat, p.lon, p.kind, p.country, p.population, p.radius_km, e.importance,
                         e.fame, p.source, int(e.capital), p.admin1))
            primary = match_keys(e.primary)
            names.extend((key, i, 1) for key in primary)
            names.extend((key, i, 0) for key in match_keys(e.alternate) - primary)
            if p.kind == "settlement" and e.importance >= NEAR_SPELLING_IMPORTANCE:
                near.extend((key, i) for key in near_spelling_keys(primary | match_keys(e.alternate)))
        db.executemany("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        db.executemany("INSERT OR IGNORE INTO names VALUES (?, ?, ?)", names)
        db.executemany("INSERT OR IGNORE INTO near_names VALUES (?, ?)", near)
        db.execute(f"PRAGMA user_version = {BROAD_VERSION}")
        db.commit()
        db.execute("VACUUM")
        db.close()
        tmp.replace(path)
        return cls(path)

    _COLUMNS = "p.id, p.name, p.lat, p.lon, p.kind, p.country, p.population, p.radius_km, p.source, p.admin1"

    @staticmethod
    def _place(row) -> Place:
        pid, name, lat, lon, kind, country, population, radius, source, admin1 = row
        return Place(id=pid, name=name, lat=lat, lon=lon, kind=kind, country=country, source=source,
                     population=population, radius_km=radius or 0.0, admin1=admin1 or "")

    def matches(self, name: str) -> list[Match]:
        """Every place answering to ``name`` (a leading "the" ignored), with how it answers. A name that ends
        in a word for a feature ("Ise Bay", "Sable Island") is looked up with its spaces: run together it could
        be some other place's spelling (GeoNames gives the Russian town Psebay the name "Isebay")."""
        keys = match_keys((name, query_key(name)))
        if query_key(name).rsplit(" ", 1)[-1] in FEATURE_WORDS:
            keys = {k for k in keys if " " in k}
        return self.matches_keys(keys)

    def matches_keys(self, keys: Iterable[str]) -> list[Match]:
        """Every place stored under any of ``keys`` (already normalised), most important first."""
        keys = tuple(keys)
        if not keys:
            return []
        rows = self.db.execute(
            f"SELECT {self._COLUMNS}, max(n.is_primary), p.importance, p.fame, p.capital FROM names n "
            "JOIN places p ON p.rowid = n.place "
            f"WHERE n.key IN ({','.join('?' * len(keys))}) GROUP BY p.rowid ORDER BY p.importance DESC LIMIT 80",
            keys).fetchall()
        return [Match(self._place(r[:10]), bool(r[10]), r[11], r[12], bool(r[13])) for r in rows]

    def near_matches(self, name: str) -> list[Match]:
        """The large towns (see ``NEAR_SPELLING_IMPORTANCE``) one of whose names is one letter off ``name`` (a
        letter added, dropped, changed, or two swapped; never the first), as alternates, most important first."""
        key = query_key(name).replace(" ", "")
        if len(key) < NEAR_SPELLING_MIN or len(key) > NEAR_SPELLING_MAX:
            return []
        probes = (key, *deletions(key))
        ids = [r[0] for r in self.db.execute(
            f"SELECT DISTINCT place FROM near_names WHERE key IN ({','.join('?' * len(probes))})", probes)]
        found = []
        for pid in ids:
            keys = [k.replace(" ", "") for (k,) in self.db.execute("SELECT key FROM names WHERE place = ?", (pid,))]
            if any(k[:1] == key[:1] and one_edit(key, k) for k in keys):
                row = self.db.execute(f"SELECT {self._COLUMNS}, p.importance, p.fame FROM places p WHERE p.rowid = ?",
                                      (pid,)).fetchone()
                found.append(Match(self._place(row[:10]), False, row[10], row[11]))
        return sorted(found, key=lambda m: -m.importance)

    def reordered(self, name: str) -> list[Match]:
        """Places stored under the name's words in another order ("Port-Petrovsk" for Petrovsk-Port), for a
        name of two or three words."""
        words = query_key(name).split()
        if not 2 <= len(words) <= 3:
            return []
        from itertools import permutations

        keys = {" ".join(p) for p in permutations(words)} - {" ".join(words)}
        return self.matches_keys(keys)

    def lookup(self, name: str) -> list[Place]:
        """Places answering to ``name``, most important first (the old interface: no ranking by context)."""
        return [m.place for m in self.matches(name)]

    def countries(self) -> dict[str, str]:
        """Normalised country name -> the country's name, for reading which countries a text names: its own
        name, and the countries ISO 3166-2 files inside it ("England", "Scotland" and "Wales" are the United
        Kingdom's: a life told in England is told in the United Kingdom). (Its names in other languages stay out:
        "Georgie", a girl in an English memoir, is Georgia in French.)"""
        if self._countries is None:
            found = {normalise(n): n for (n,) in self.db.execute("SELECT name FROM places WHERE kind = 'country'")}
            found.update({k: v for k, v in constituent_countries().items() if k not in found and v in found.values()})
            self._countries = found
        return self._countries

    def regions(self) -> dict[str, str]:
        """Normalised own name -> ISO 3166-2 code, for the first-order regions whose code the towns carry
        ("tennessee" -> "US-TN"), to read which regions a text names a town's whereabouts by."""
        if self._regions is None:
            self._regions = {normalise(name): code for name, code in self.db.execute(
                "SELECT p.name, p.admin1 FROM places p WHERE p.kind = 'region' AND p.admin1 != ''")}
        return self._regions

    def largest_town_in(self, admin1: str) -> Place | None:
        """The most populous town of a first-order region (its ISO 3166-2 code): what a text usually means by the
        region's name when it calls it a city ("Chuquisaca, the city" is Sucre)."""
        if not admin1:
            return None
        row = self.db.execute(
            f"SELECT {self._COLUMNS} FROM places p WHERE kind = 'settlement' AND admin1 = ? "
            "ORDER BY population DESC LIMIT 1", (admin1,)).fetchone()
        return self._place(row) if row else None

    def nearest(self, lat: float, lon: float, within_deg: float = 2.0) -> Place | None:
        """The town nearest a point (a village is no name for a point: readers know the town)."""
        rows = self.db.execute(
            f"SELECT {self._COLUMNS} FROM places p "
            "WHERE kind = 'settlement' AND source != ? AND lat BETWEEN ? AND ?",
            (villages.VILLAGE_SOURCE, lat - within_deg, lat + within_deg)).fetchall()
        places = [self._place(r) for r in rows]
        return min(places, key=lambda p: haversine_km(lat, lon, p.lat, p.lon), default=None)


def tables_fingerprint() -> str:
    """Eight hex digits of the curated tables' bytes: an edited table gets an index of its own, so a cache built
    from an earlier version of the data is never read (the version number alone was bumped by hand)."""
    digest = hashlib.sha256()
    for table in (*areas.TABLES, *(path for path, _ in famous.tables())):
        digest.update(Path(table).read_bytes())
    return digest.hexdigest()[:8]


def index_path(min_population: int = 1000) -> Path:
    return cache_dir() / f"gazetteer-{min_population}-v{BROAD_VERSION}-{tables_fingerprint()}.sqlite"


def load_broad(min_population: int = 1000) -> BroadIndex:
    """The broad layer, built on first use (or by ``python -m places index``) into the cache folder."""
    path = index_path(min_population)
    if path.exists():
        try:
            index = BroadIndex(path)
            if index.db.execute("PRAGMA user_version").fetchone()[0] == BROAD_VERSION:
                return index
        except sqlite3.DatabaseError:
            pass
        path.unlink(missing_ok=True)  # a corrupt or stale cache is rebuilt, never trusted
    return BroadIndex.build(path, build_entries(min_population))
