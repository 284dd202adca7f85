"""The document's context for names it gives without comment, and the choice for one mention.

Extraction calls :func:`mention_place` for a capitalised phrase after a locative
word ("exiled to X"): the phrase is judged against the places the narrative has
just been at and the countries the document names, with the ranking of
``places.gazetteer.ranking`` and two stricter rules for running text.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from places.gazetteer.core import BESIDE_AREA_KM, SEAT_NEAR_KM, Gazetteer, facility_name, seat_building
from places.gazetteer.index import BroadIndex
from places.gazetteer.names import haversine_km, normalise
from places.gazetteer.ranking import WATER_KINDS, Context, distance_to, landmass, short_form, vouched
from places.model import Place

ISLAND_SHORE_KM = 20  # "Milton, South Uist": a place of the name this far off the island's reach is not on it
MENTION_ALT_IMPORTANCE = 5.0  # in running text an alternate name must belong to a city of ~100,000 or more:
# GeoNames lists "Lenin" and "Bolshevik" as other names of villages
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+){0,3}")


@lru_cache(maxsize=8)
def _gazetteer(index: BroadIndex) -> Gazetteer:
    return Gazetteer(curated=[], broad=index)


# The lands of an empire a biography names by the empire ("born at Pereyaslav, in Russia", "the Habsburg
# lands", "an Ottoman subject"): today's countries that were inside it, as the realm's evidence for a town there
REALMS = {
    "russia": ("Ukraine", "Belarus", "Lithuania", "Latvia", "Estonia", "Moldova", "Finland", "Poland", "Georgia",
               "Armenia", "Azerbaijan", "Kazakhstan", "Uzbekistan", "Turkmenistan", "Kyrgyzstan", "Tajikistan"),
    "russian empire": "russia", "soviet union": "russia", "ussr": "russia",
    "austria": ("Czechia", "Slovakia", "Hungary", "Slovenia", "Croatia", "Bosnia and Herzegovina", "Poland",
                "Ukraine", "Romania"),
    "austria-hungary": "austria", "habsburg empire": "austria",
    "ottoman empire": ("Turkey", "Greece", "Bulgaria", "Syria", "Lebanon", "Israel", "Palestinian Territory",
                       "Jordan", "Iraq", "Egypt", "Libya", "Albania", "North Macedonia", "Serbia", "Bosnia and "
                       "Herzegovina"),
    "turkey": "ottoman empire",
    "prussia": ("Germany", "Poland", "Russia", "Lithuania"),
    "yugoslavia": ("Serbia", "Croatia", "Slovenia", "Bosnia and Herzegovina", "Montenegro", "North Macedonia",
                   "Kosovo"),
}
REALM_EXTRA = 4  # successor countries added after the ones the document names itself


def realm_lands(key: str) -> tuple[str, ...]:
    """The countries today inside the realm a normalised name names, following another realm's name.

    >>> realm_lands("soviet union")[:2], realm_lands("france")
    (('Ukraine', 'Belarus'), ())
    """
    lands = REALMS.get(key, ())
    return realm_lands(lands) if isinstance(lands, str) else lands


def document_countries(text: str, index: BroadIndex, limit: int = 4) -> tuple[str, ...]:
    """The countries a document names, most often first ("Dominican Republic", "Belgium"): a phrase of
    capitalised words, or its tail ("the Dominican Republic's"), that is a country's name in the index. An
    empire's name adds the countries now inside it, after those (``REALMS``: "Russia" in a life of the 1880s
    speaks for Pereyaslav, in today's Ukraine)."""
    names = index.countries()
    counts: Counter[str] = Counter()
    lands: Counter[str] = Counter()
    for m in _CAPITALISED.finditer(text):
        words = m.group().split()
        for i in range(len(words)):  # "the Dominican Republic's": every tail of the phrase
            for j in range(len(words), i, -1):
                key = normalise(" ".join(words[i:j]).rstrip("'’s"))
                if key in names or key in REALMS:
                    if key in names:
                        counts[names[key]] += 1
                    for land in realm_lands(key):
                        lands[land] += 1
                    break
    named = [name for name, _ in counts.most_common(limit)]
    # (only the lands of the realms among the document's leading countries, or named as realms)
    extra = [land for land, _ in lands.most_common() if land not in named][:REALM_EXTRA]
    return (*named, *extra)


# "America", "the Americas", "the New World": the landmass named without a country
_AMERICAS = re.compile(r"\b(?:America|Americas|New World)\b")


def document_landmasses(text: str, index: BroadIndex) -> tuple[str, ...]:
    """Every landmass (``ranking.landmass``) the document names a country on, however seldom, or a first-order
    region of ("in Pennsylvania"), or names itself ("America"): where its bare names may lie. Empty when it names
    none, and then a name may lie anywhere."""
    countries = index.countries()
    found = {landmass(c) for c in document_countries(text, index, limit=len(countries))}
    found |= {landmass(code.split("-")[0]) for code in document_regions(text, index, limit=len(countries))}
    if _AMERICAS.search(text):
        found.add(landmass("US"))
    return tuple(sorted(found - {""}))


# "Auburn, New York", "Dorchester County, Maryland", "Nashville, Tennessee": a region named after a comma, right
# after a capitalised word, is where a town lies
_TOWN_THEN_REGION = re.compile(r"\b[A-Z][\w'’.-]+,\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
# "in Maryland", "across Tennessee", "Maryland's Eastern Shore": a name after a preposition, or owning something
_REGION_ALONE = re.compile(r"\b(?:in|to|from|of|across|through|throughout|into|around)\s+"
                           r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?![\w'’-]|\s+[A-Z])"
                           r"|\b([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})['’]s\b")
_COMPASS = {"north", "south", "east", "west", "centre", "center", "central", "coast", "littoral", "capital"}
TOWN_NAME_IMPORTANCE = 4.0  # a region's name that is also a town's of ~10,000 people names the town as often


def document_regions(text: str, index: BroadIndex, limit: int = 4) -> tuple[str, ...]:
    """The first-order regions a document places its towns in, as ISO 3166-2 codes, most often first: context
    for the bare names it gives ("Preston" in a life told on Maryland's Eastern Shore is the Maryland village,
    not the Lancashire town). A region counts where it follows a town after a comma ("Auburn, New York"), and
    where it stands alone after a preposition or owns something ("in Maryland", "Maryland's") unless a town of
    some size bears its name too ("in New York" is the city as often as the state). Never a name that is also
    a country ("Georgia"), another region (Galicia in Spain, and Galicia of Austria-Hungary in the areas
    layer) or a word the text uses in lower case ("north", Cameroon's North Region)."""
    names = index.regions()
    counts: Counter[str] = Counter()
    for m in _TOWN_THEN_REGION.finditer(text):
        key = normalise(m.group(1))  # (the whole run: "Skopje, North Macedonia" names no region "North")
        if key in names:
            counts[key] += 1
    alone: Counter[str] = Counter()
    for m in _REGION_ALONE.finditer(text):
        key = normalise(m.group(1) or m.group(2))
        if key in names:
            alone[key] += 1
    for key, n in alone.items():
        if not any(p.kind == "settlement" and normalise(p.name) == key and p.population >= 10 ** TOWN_NAME_IMPORTANCE
                   for p in index.lookup(key)):
            counts[key] += n
    countries = index.countries()

    def unequivocal(key: str) -> bool:
        if key in countries or key in _COMPASS or re.search(rf"\b{re.escape(key)}\b", text):
            return False
        return not any(p.kind != "settlement" and p.admin1 != names[key] and normalise(p.name) == key
                       for p in index.lookup(key))

    return tuple(names[key] for key, _ in counts.most_common() if unequivocal(key))[:limit]


SHORE_KM = 30.0  # a town this close to a lake's or bay's extent is on its shore


def shore_town(ranked, water: Place) -> Place | None:
    """The town a lake, bay or sea shares its name with, on its shore: someone who "settled at Windermere"
    lives in the town by the lake, not on the water. Only a town answering to the name as its own, within
    ``SHORE_KM`` of the water's extent (``ranked``: a resolution's candidates with their scores)."""
    towns = [c.place for c, _ in ranked if c.place.kind == "settlement" and c.primary and not c.hamlet
             and distance_to(c.place, water.lat, water.lon) - water.radius_km <= SHORE_KM]
    return towns[0] if towns else None


def vouched_name(index: BroadIndex, phrase: str) -> Place | None:
    """The place a name the author vouches for names ("Cialis, probably the town now called Karashahr"): asked for
    by name, as a caller would, not judged as a capitalised word of running text (where an alternate name of a
    small town is too weak to trust)."""
    found = _gazetteer(index).resolve(phrase, context=Context())
    return found.place if found.place is not None and found.place.kind not in WATER_KINDS else None


def mention_place(index: BroadIndex, phrase: str, near: tuple[Place, ...] = (),
                  countries: tuple[str, ...] = (), named_as: str = "", within: str = "",
                  beside: Place | None = None, regions: tuple[str, ...] = (),
                  landmasses: tuple[str, ...] = ()) -> tuple[Place | None, str]:
    """The place a phrase in running text names, or None and why.

    ``near``: the places the narrative has just been at; their countries join the
    document's ``countries``. ``named_as``: the phrase as the text gave it, before a
    caller stripped a tail such as "University" or "Square". ``within``: the region or
    country the text names right after it ("Freiberg in Moravia"): the place of that name
    inside it, when there is one (``Gazetteer._in_area``). ``regions``: the first-order regions the document
    places its towns in (``document_regions``), which speak for a town inside them; ``landmasses``: those it
    names lands on (``document_landmasses``), across an ocean from which a namesake pays. Besides the gazetteer's
    own refusals, a sea or lake is no stop (a town of its name on its shore is), an
    alternate name only counts for a large city or a place the context vouches for
    (``ranking.vouched``: no rival near, and the place in the document's countries or
    near its recent places), and a street or building named after
    a town ("Harvard University", "Pushkin Square") only counts for a city of 100,000
    or more ("Moscow University").
    """
    gazetteer = _gazetteer(index)
    ctx = Context(countries=tuple(dict.fromkeys((*countries, *(p.country for p in near if p.country)))),
                  near=tuple((p.lat, p.lon) for p in near if p.lat or p.lon), prose=True, regions=regions,
                  landmasses=landmasses)
    if beside is not None:  # "Vailima, above Apia": the text's own statement of where it is, like a caller's point
        ctx = Context(near=((beside.lat, beside.lon),), prose=True, pinned=True)  # (its countries say nothing more)
    found = gazetteer.resolve(phrase, context=ctx)
    inside_found = False  # a place of the name lies inside the region or country the text names with it
    if within:
        inside = gazetteer._in_area(f"{phrase} in {within}", ctx)
        inside_found = inside is not None and inside.place is not None
        found = inside if inside_found else found
        area = gazetteer.resolve(within, context=ctx).place
        # (an island too: "Born: 1722, Milton, South Uist" where no Milton lies on the island)
        area = area if area is not None and area.kind in ("region", "country", "island") else None
        if area is not None and not inside_found and found.place is not None and haversine_km(
                found.place.lat, found.place.lon, area.lat, area.lon) > area.reach_km + (
                    BESIDE_AREA_KM if area.kind != "island" else ISLAND_SHORE_KM):
            # "a house at Alderley, in Gloucestershire" where the gazetteer knows no Alderley there: the text
            # rules out the namesake in Queensland
            return None, f"no place of that name in {area.name} (only {found.place.name}, {found.place.country})"
        # ("to study biology at Bryn Mawr College in Pennsylvania": the college's town, inside the state the text
        # names, is where she was, however small; never "Fisk University in Nashville", a founder's name by a town)
        inside_found = inside_found and area is not None
    best = found.ranked[0][0] if found.ranked else None
    if best is not None and named_as and facility_name(named_as) and normalise(named_as) != normalise(phrase) \
            and not inside_found and not (seat_building(named_as) and (not ctx.near or min(
                haversine_km(best.place.lat, best.place.lon, lat, lon) for lat, lon in ctx.near) <= SEAT_NEAR_KM)) \
            and not (best.place.kind == "settlement" and best.importance >= MENTION_ALT_IMPORTANCE):
        return None, f"a street or building named after a small place ({named_as}; {best.place.name}, " \
                     f"{best.place.country})"
    if found.place is None or best is None:
        return None, found.reason
    if best.place.kind in WATER_KINDS:
        shore = shore_town(found.ranked, best.place)
        if shore is None:
            return None, f"a sea or lake ({best.place.name}) is not a stop"
        return shore, f"the town of {best.place.name} on its shore (a sea or lake is not a stop)"
    if not best.primary and best.importance < MENTION_ALT_IMPORTANCE and not inside_found \
            and not vouched(found.ranked, ctx, phrase) \
            and not short_form(found.ranked, phrase):
        return None, f"only an alternate name of {best.place.name}, {best.place.country} (too small to trust in prose)"
    return found.place, found.reason
