"""First-order administrative regions worldwide: states, provinces, Länder, oblasts, cantons, regions.

Two packages, joined on the ISO 3166-2 code:

* ``country_state_city`` (MIT; data from the countries-states-cities database):
  English names, a point per subdivision, and ~150,000 towns tagged with their
  subdivision;
* ``pycountry`` (LGPL; the ISO 3166-2 tables of Debian's iso-codes): the local,
  official name ("Bayern", "Kríti", "Dolnośląskie") and which subdivisions sit
  inside another (Italian provinces inside regions), so only the first order is kept.

The two are joined on the ISO code, else on the name within the country ("Odisha" is IN-OR in one, IN-OD in
the other). A unit that ``country_state_city`` lists but today's ISO 3166-2 lacks is kept with its English name
alone, where the package lists towns in it to check its point against: most are first-order units renamed,
recoded or merged since (Norway's counties before 2020, Finnmark among them; Poland's voivodeships under their
older codes; Greece's prefectures), which is how biographies name them. A unit that ISO files under a purely
geographical grouping (Indonesia's provinces under "Sumatera" or "Jawa") is first-order all the same: the
grouping governs nothing.

The package's own point is wrong for a few regions (Marche and Lazio sit in
Florida and Quebec), so the point is checked against the region's towns: the
median of the towns wins when none of them lies near the given point. The radius
is the distance within which 85% of those towns lie, and the population the sum
of those towns' GeoNames populations.
"""

from __future__ import annotations

import json
import math
import re
import statistics
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from places.errors import GazetteerError
from places.gazetteer.names import haversine_km, normalise
from places.gazetteer.sources import Entry
from places.gazetteer.sources.areas import area_importance
from places.model import Place

REGION_IMPORTANCE = 5.7  # without town figures, at most like a city of ~500,000; smaller units (Malta's local
# councils) count as their size says
GIVEN_POINT_KM = 250.0
_TYPE_WORDS = re.compile(
    r"^(?:(?:the\s+)?(?:province|state|region|department|county|prefecture|governorate|oblast|district|"
    r"municipality|canton|republic|voivodeship|autonomous\s+(?:region|community|republic|province))\s+of\s+)|"
    r"(?:\s+[A-Z][a-z]+)?\s+autonomous\s+(?:region|okrug|oblast|prefecture|county)$|"  # "Guangxi Zhuang ..."
    r"\s+(?:province|region|oblast|krai|kray|governorate|state|prefecture|department|district|county|"
    r"voivodeship|canton|autonomous\s+okrug|autonomous\s+region|republic|municipality|territory|islands)$",
    re.IGNORECASE)


def _load(name: str) -> list[dict]:
    try:
        import country_state_city
    except ImportError as exc:  # pragma: no cover - dependency declared in pyproject
        raise GazetteerError("country_state_city is not installed; the regions layer needs it") from exc
    return json.loads((Path(country_state_city.__file__).parent / "data" / name).read_text(encoding="utf-8"))


# ISO 3166-2 types of a grouping that governs nothing: a unit filed under one is still first-order.
GEOGRAPHICAL_TYPES = frozenset({"Geographical unit", "Geographical region", "Chain (of islands)"})


def _official_names() -> tuple[dict[str, list[str]], dict[str, str]]:
    """ISO code -> local names, and ISO code -> the code of the administrative subdivision it lies in (if any;
    a geographical grouping is none)."""
    try:
        import pycountry
    except ImportError as exc:  # pragma: no cover - dependency declared in pyproject
        raise GazetteerError("pycountry is not installed; the regions layer needs it") from exc
    names: dict[str, list[str]] = {}
    parents: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        variants = []
        for part in re.split(r"\s*[;]\s*|\s+/\s+", sub.name):
            part = re.sub(r"\s*\[[^\]]*\]|\s*\([^)]*\)", "", part).strip()
            if part and part not in variants:
                variants.append(part)
        names[sub.code] = variants
        if sub.parent_code:
            parents[sub.code] = sub.parent_code
    grouping = {sub.code for sub in pycountry.subdivisions if sub.type in GEOGRAPHICAL_TYPES}
    return names, {code: parent for code, parent in parents.items() if parent not in grouping}


def iso_codes(states: list[dict], local: dict[str, list[str]]) -> dict[str, str]:
    """``country_state_city`` code -> ISO 3166-2 code: the same code, else the ISO unit of the country whose
    name is the state's (with or without its type word), else the state's own code (a unit ISO lacks today).

    >>> iso_codes([{"countryCode": "IN", "isoCode": "OR", "name": "Odisha"}], {"IN-OD": ["Odisha"]})
    {'IN-OR': 'IN-OD'}
    """
    by_name: dict[tuple[str, str], str] = {}
    for code, names in local.items():
        for n in names:
            for short in short_names(n):
                by_name.setdefault((code.split("-")[0], normalise(short)), code)
    found = {}
    for state in states:
        code = f"{state['countryCode']}-{state['isoCode']}"
        if code in local:
            found[code] = code
            continue
        keys = [(state["countryCode"], normalise(n)) for n in short_names(state["name"])]
        found[code] = next((by_name[k] for k in keys if k in by_name), code)
    return found


def country_centres() -> dict[str, tuple[float, float]]:
    """ISO code -> the centre point ``country_state_city`` gives each country (for island countries' points)."""
    centres = {}
    for c in _load("country.json"):
        try:
            centres[c["isoCode"]] = (float(c["latitude"]), float(c["longitude"]))
        except (KeyError, TypeError, ValueError):
            continue
    return centres


def short_names(name: str) -> list[str]:
    """A region's name with and without its type word: "Moscow Oblast" also answers to "Moscow".

    >>> short_names("Province of Salta")
    ['Province of Salta', 'Salta']
    >>> short_names("Guangxi Zhuang Autonomous Region")[1], short_names("Orkney Islands")[1]
    ('Guangxi', 'Orkney')
    """
    short = _TYPE_WORDS.sub("", name).strip()
    return [name, short] if short and short != name else [name]


def _top(code: str, parents: dict[str, str]) -> str:
    seen = set()
    while code in parents and code not in seen:
        seen.add(code)
        code = parents[code]
    return code


def entries(country_names: dict[str, str], town_populations: TownPopulations | None = None) -> Iterator[Entry]:
    """First-order regions; ``town_populations`` (GeoNames towns by name) gives each its population, the sum
    over its own towns, and so its importance: Yunnan or Bavaria outweigh a city's old name, Gaza Province
    in Mozambique does not outweigh Gaza."""
    local, parents = _official_names()
    states = _load("state.json")
    iso = iso_codes(states, local)
    towns: dict[str, list[tuple[float, float]]] = defaultdict(list)
    population: dict[str, dict[str, int]] = defaultdict(dict)
    for town in _load("city.json"):
        try:
            point = (float(town["latitude"]), float(town["longitude"]))
        except (KeyError, TypeError, ValueError):
            continue
        own = f"{town['countryCode']}-{town['stateCode']}"
        code = _top(iso.get(own, own), parents)
        towns[code].append(point)
        if town_populations is not None:
            found = town_populations.find(town["name"], *point)
            if found:
                population[code][found[0]] = found[1]
    emitted: set[str] = set()
    for state in states:
        code = iso[f"{state['countryCode']}-{state['isoCode']}"]
        if code in parents or code in emitted:  # second-order (an Italian province), or a unit already given
            continue
        emitted.add(code)
        country = country_names.get(state["countryCode"])
        if not country:
            continue
        inside = towns.get(code, [])
        if code not in local and not inside:
            continue  # a unit ISO lacks is kept only where its towns can check its point (the package's may be off)
        try:
            given = (float(state["latitude"]), float(state["longitude"]))
        except (KeyError, TypeError, ValueError):
            given = None
        point, radius = _point_and_radius(given, inside)
        if point is None:
            continue
        names = [n for n in dict.fromkeys((state["name"], *local.get(code, [])))
                 if normalise(n) != normalise(country)]
        # "Sverdlovsk" for Sverdlovsk Oblast is a name of convenience: an alternate, weaker than the city's.
        shorter = [s for n in names for s in short_names(n)[1:] if s not in names]
        if not names:
            continue
        yield Entry(
            Place(id=f"admin1-{code.lower()}", name=state["name"], lat=round(point[0], 4), lon=round(point[1], 4),
                  kind="region", country=country, source="regions", radius_km=radius,
                  alt_names=tuple(names[1:] + shorter), admin1=code),
            primary=tuple(names), alternate=tuple(shorter), importance=region_importance(
                sum(population[code].values()) if town_populations is not None else None, radius))


def region_importance(population: int | None, radius_km: float) -> float:
    """log10 of the people in the region's towns; without town figures, an equivalent from its size
    (at most that of ~500,000 people).

    >>> round(region_importance(8_000_000, 150), 2), round(region_importance(None, 150), 2)
    (6.9, 5.7)
    """
    if population:
        return math.log10(1 + population)
    return min(REGION_IMPORTANCE, area_importance(radius_km))


class TownPopulations:
    """GeoNames towns by normalised name, to give a region's towns (named, with a point) their population."""

    NEAR_KM = 15.0

    def __init__(self, towns: Iterable[tuple[str, str, float, float, int]]):
        self.by_name: dict[str, list[tuple[str, float, float, int]]] = defaultdict(list)
        for gid, name, lat, lon, pop in towns:
            self.by_name[normalise(name)].append((gid, lat, lon, pop))

    def find(self, name: str, lat: float, lon: float) -> tuple[str, int] | None:
        """(GeoNames id, population) of the town of that name within 15 km, if any."""
        for gid, tlat, tlon, pop in self.by_name.get(normalise(name), ()):
            if abs(tlat - lat) < 0.2 and haversine_km(lat, lon, tlat, tlon) <= self.NEAR_KM:
                return gid, pop
        return None


def _point_and_radius(given: tuple[float, float] | None,
                      towns: list[tuple[float, float]]) -> tuple[tuple[float, float] | None, float]:
    if not towns:
        return given, 100.0
    median = (statistics.median(t[0] for t in towns), statistics.median(t[1] for t in towns))
    # The given point stands when one of the region's own towns lies near it (Ontario's point is in its
    # empty north, far from the median of its towns); Marche's, in Florida, has none.
    point = given if given is not None and min(haversine_km(*given, *t) for t in towns) <= GIVEN_POINT_KM else median
    spread = sorted(haversine_km(*point, *t) for t in towns)
    radius = min(1500.0, max(25.0, spread[min(len(spread) - 1, math.floor(0.85 * len(spread)))]))
    return point, round(radius, 1)
