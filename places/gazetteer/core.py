"""The gazetteer: the curated table first, then (lazily) the broad index, ranked by context."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import cached_property

from places.gazetteer.curated import NameIndex, load_curated
from places.gazetteer.index import BroadIndex, Match, load_broad
from places.gazetteer.names import haversine_km, normalise, query_key
from places.gazetteer.ranking import (
    AREA_KINDS,
    CAPITAL_GAP,
    HAMLET_SOURCE,
    OBSCURE_IMPORTANCE,
    OVERSHADOW_GAP,
    SOLE_CITY_IMPORTANCE,
    TINY_IMPORTANCE,
    WORLD_CITY_IMPORTANCE,
    Candidate,
    Context,
    contradicted,
    in_country,
    refusal,
    ruled_out,
    score,
    supported_by,
    village_answer,
)
from places.gazetteer.romanization import CHINA, pinyin_readings
from places.gazetteer.sources.famous import FAMOUS_SOURCE
from places.gazetteer.sources.geonames import names_held
from places.gazetteer.sources.villages import VILLAGE_SOURCE
from places.model import Place

# A name ending in one of these is a street, square or building, never the town it names ("Harvard University",
# "Pushkin Square"): it is not looked up by its first words.
FACILITY_WORDS = frozenset({
    "street", "st", "avenue", "ave", "road", "rd", "square", "boulevard", "lane", "prospect", "prospekt", "bridge",
    "station", "university", "college", "hotel", "church", "cathedral", "palace", "prison", "gaol", "jail",
    "hospital", "school", "gymnasium", "museum", "theatre", "theater", "hall", "house", "park", "gate", "gardens",
    "barracks", "fortress", "castle", "library", "institute", "academy", "building", "tower", "embankment",
    "quay", "platz", "strasse", "straße", "ulitsa", "plaza", "rue", "via", "cemetery", "monastery", "abbey",
})


SEAT_KM = 30.0
_ISLANDS_OF = re.compile(r"(?:the\s+)?(.+?[a-z])\s+(?:Islands|Isles)$", re.IGNORECASE)
SEAT_ALT_KM = 100.0  # a city named by the same other name as its region, within this of the region's point
SEAT_SHARE = 1.0  # log10: a town named for its region holds at least a tenth of the region's weight
COMPARABLE_SHARE = 0.5  # log10: a town of comparable size, a third of another's people or more
VARIANT_RATIO = 0.6  # an alternate this close in spelling to the place's own name is a respelling of it
TRANSLITERATION_KM = 1500.0  # a respelling that another town this far away bears as its own is a transliteration
TRANSLITERATION_NAMES_SHARE = 0.5  # ... when that town is named in comparably many languages (half as many or more)


# A macron or circumflex over a vowel only marks it long in a romanization ("Kōchi", "Kyôto", "Mākaha"); GeoNames
# drops it from most cities' own names ("Kochi", 332,000 people), so it chooses no place spelt with it
# (the small Kōchi near Kawazu) over them, as the accents of a name in its own script do ("Vérac").
_LONG_VOWEL = re.compile(r"(?<=[aeiouAEIOU])[\u0304\u0302]")


def _accented(name: str) -> bool:
    """Whether a name carries letters that matching folds away (accents, ł, ø...)."""
    return normalise(name) != " ".join(re.sub(r"[’'`ʹʼ‘\-‐‑–—_.,/]", " ", name.casefold()).split())


def _respells(query: str, place: Place) -> bool:
    """Whether the query is only a respelling of the place's own name ("Karlsbad" of Carlsbad, California;
    "Tarusa" of Tulsa in GeoNames' transliterations back from other scripts), not another name of its own
    (Königsberg of Kaliningrad)."""
    return SequenceMatcher(None, query_key(query), query_key(place.name)).ratio() >= VARIANT_RATIO


def _weigh_spelling(name: str, candidates: list[Candidate]) -> list[Candidate]:
    """Mark the candidates the query's own spelling speaks against (see :func:`ranking.score`):

    * an alternate that only respells a place's own name, when a town of comparable size (a third as many
      people or more; "Medina" is the old town of Fez too, an eighth of Madinah's size) holds the query as a
      genuinely other name: "Karlsbad" is Karlovy Vary's German name
      and only the German spelling of Carlsbad, California; or when a town of a thousand people or more
      bears it as its own name far away (over 1,500 km) and is itself known in comparably many languages
      (half as many names or more): a respelling used far from the place is a transliteration back from another
      script ("Tarusa", Tulsa in Japanese; Tarusa is a Russian town named in 20 languages). The counts of
      names compare, not the fame (their log): "Seville" stays Sevilla's (65 names) though Seville, Ohio, holds
      20, and "Medina" Madinah's (75) though Medina, Ohio, holds 11. (Measured: comparing the log kept "Tus" for
      a village near Mashhad rather than Tucson, and lost Seville and Medina.) A town known
      in one or two languages that bears a famous city's foreign name is more likely named after it
      ("Ginebra", Spanish for Geneva, and a Colombian town of 6,000).
      (Only against such rivals: an old name is often a respelling too, Brünn of Brno, Thorn of Toruń, and
      must still beat a town of that name nearby, Brunn in Austria or Thorn in the Netherlands.)
    * a place whose name lacks the query's accents, when another place's name has them: the name as written
      is not its own, so it counts as an alternate (not for a romanization's long-vowel marks, ``_LONG_VOWEL``).

    Hamlets (under 1,000 people) are no rivals in either rule: the smallest tier never weakens another
    place's claim (Königsberg, a village of 588 in Austria, leaves "Königsberg" to Kaliningrad).
    """
    alternates = [i for i, c in enumerate(candidates) if not c.primary and not c.curated and not c.hamlet]
    variants = {i for i in alternates if _respells(name, candidates[i].place)}
    others = [candidates[i] for i in alternates if i not in variants]
    owners = [c for c in candidates if c.primary and c.place.kind == "settlement" and c.importance >= 3.0]

    def weak(c: Candidate) -> bool:
        # (not the region around the place itself, which bears the name too: "Medina" of Madinah and its province)
        rivals = [o.importance for o in others
                  if haversine_km(o.place.lat, o.place.lon, c.place.lat, c.place.lon) > SEAT_ALT_KM]
        if rivals and c.importance - max(rivals) <= COMPARABLE_SHARE:
            return True
        return any(haversine_km(o.place.lat, o.place.lon, c.place.lat, c.place.lon) > TRANSLITERATION_KM
                   and names_held(o.fame) >= names_held(c.fame) * TRANSLITERATION_NAMES_SHARE for o in owners)

    candidates = [replace(c, variant=True) if i in variants and weak(c) else c for i, c in enumerate(candidates)]
    if _accented(_LONG_VOWEL.sub("", unicodedata.normalize("NFD", name))):
        spelt = [name.casefold() in c.place.name.casefold() and not c.hamlet for c in candidates]
        if any(spelt):
            candidates = [c if ok else replace(c, primary=False, unspelt=True)
                          for c, ok in zip(candidates, spelt, strict=True)]
    return candidates


ROMANIZED_IMPORTANCE = 5.0  # a city of ~100,000 or more, or a region: one a reader knows by its older name


HINT_READING_MARGIN = 1.0  # a place-name hint's readings within this score of its best all count as its points
RIVAL_REGION_MARGIN = 0.5  # a region of the name elsewhere three times as populous as a town's own province


def _older_romanization(index: BroadIndex, name: str) -> tuple[list[Match], str]:
    """The places in China a name in an older romanization stands for ("Kwangtung": Guangdong), and the
    pinyin it was read as. Only regions and cities of 100,000 or more: a reading is a guess, so it must land
    on a place well known under the older name, never on a village whose pinyin happens to match."""
    readings = pinyin_readings(name)
    found = [m for m in index.matches_keys(readings) if m.primary and m.place.country in CHINA
             and (m.place.kind != "settlement" or m.importance >= ROMANIZED_IMPORTANCE)]
    return found, (found[0].place.name if found else "")


def _respelt(index: BroadIndex, name: str, matches: list[Match], ctx: Context) -> list[Match]:
    """The large towns a name one letter off one of theirs may mean (``BroadIndex.near_matches``), asked only
    when the name as written finds nothing, or nothing in the country the caller names ("Mühlhausen" in France
    is Mulhouse, "Mülhausen"; "Rustchuk" is Ruse, "Rustschuk"): an old name is spelt many ways, and a list of
    them is never complete. In the caller's country only, when one is named."""
    if matches and not (ctx.country and not any(in_country(m.place, ctx.country) for m in matches)):
        return []
    seen = {m.place.id for m in matches}
    return [m for m in index.near_matches(name) if m.place.id not in seen
            and (not ctx.country or in_country(m.place, ctx.country))]


def _weigh_claims(candidates: list[Candidate]) -> list[Candidate]:
    """Mark the hamlets (under 1,000 people) whose name a real town or a region also bears as its own
    (``outranked``), and keep ``prefix`` only on towns a larger town outranks by bearing the very name
    (see :func:`ranking.score`)."""
    owned = any(c.primary and not c.curated and not c.hamlet and (c.place.kind != "settlement" or c.importance
                                                                   >= TINY_IMPORTANCE) for c in candidates)
    candidates = [replace(c, outranked=True) if c.hamlet and owned else c for c in candidates]
    # A town named "Toulon-sur-Arroux" answers to "Toulon" with its context halved only while a larger town
    # bears "Toulon" as its very name; "Nikolayevsk-on-Amur", larger than the Volga Nikolayevsk, keeps it all.
    exact = [c.importance for c in candidates if c.primary and not c.prefix]
    return [replace(c, prefix=False) if c.prefix and not any(i > c.importance for i in exact) else c
            for c in candidates]


def _weigh_namesakes(candidates: list[Candidate], ctx: Context) -> list[Candidate]:
    """Mark the towns a hundred times smaller than a city of 100,000 or more of their name, or smaller at all
    than a national capital of it (Athens, Georgia; ``overshadowed``),
    and the established other names (of a town of 10,000 or more, not a mere respelling) of a place while
    every place bearing the name as its own is far from the context (``owners_far``); see
    :func:`ranking.score`."""
    # (a city of a million or more overshadows under its old names too: the towns called Chang'an are not the
    # Chang'an of history, Xi'an)
    cities = [c for c in candidates if not c.prefix and c.place.kind == "settlement" and (
        (c.primary and c.importance >= SOLE_CITY_IMPORTANCE)
        or (not c.variant and not c.respelt and c.importance >= WORLD_CITY_IMPORTANCE))]
    owners_near = not ctx.given or any(c.primary and supported_by(c.place, ctx) for c in candidates)

    def overshadowed(c: Candidate) -> bool:
        return c.place.kind == "settlement" and any(
            o.importance >= c.importance + (CAPITAL_GAP if o.capital else OVERSHADOW_GAP) for o in cities)
    return [replace(c, overshadowed=overshadowed(c),
                    owners_far=not c.primary and not owners_near and not (c.variant or c.respelt or c.unspelt)
                    and c.importance >= OBSCURE_IMPORTANCE) for c in candidates]


@dataclass(frozen=True)
class Resolution:
    """The answer for a name: ``place`` (None when refused or unknown), ``reason`` why, and every
    candidate ranked best first with its score."""

    query: str
    place: Place | None
    reason: str
    ranked: tuple[tuple[Candidate, float], ...] = ()

    @property
    def refused(self) -> bool:
        return self.place is None and bool(self.ranked)


def abridged(query: str, own: str) -> bool:
    """Whether a query of two words or more is a place's own name with words left out of its middle, first
    and last word kept: "Sils Maria" of Sils-Segl Maria, "Civitella Val di Chiana" of Civitella in Val di
    Chiana. GeoNames files such short forms among a place's other names, but they are the place's own name as
    people write it, not another name (``query`` and ``own`` normalised).

    >>> abridged("sils maria", "sils segl maria"), abridged("sils", "sils segl maria")
    (True, False)
    >>> abridged("segl maria", "sils segl maria"), abridged("sils maria segl", "sils segl maria")
    (False, False)
    """
    words, own_words = query.split(), own.split()
    if not 2 <= len(words) < len(own_words) or words[0] != own_words[0] or words[-1] != own_words[-1]:
        return False
    rest = iter(own_words)
    return all(w in rest for w in words)


def facility_name(name: str) -> bool:
    """A street, square or building named after a town: "Harvard University", "Red Square".

    >>> facility_name("Harvard University"), facility_name("Kent")
    (True, False)
    """
    words = re.findall(r"[\w']+", name.casefold())
    return len(words) > 1 and words[-1] in FACILITY_WORDS


# A castle, palace or abbey called after a town stands in it ("born at Linlithgow Palace", "Stirling Castle"):
# unlike a university or a street named after a place elsewhere ("Harvard University" in Cambridge). Not one
# named for a saint ("the San Carlos Palace" in Bogotá) or far from the narrative ("the Liria Palace" in Madrid).
SEAT_BUILDINGS = frozenset({"palace", "castle", "abbey", "priory", "cathedral", "fortress", "citadel", "kremlin"})
_SAINT_WORDS = frozenset({"san", "santa", "santo", "saint", "st", "sankt", "são", "sainte", "ste"})
SEAT_NEAR_KM = 150.0


def seat_building(name: str) -> bool:
    """A castle, palace or abbey named after a town, not a saint: "Linlithgow Palace", "Stirling Castle".

    >>> seat_building("Linlithgow Palace"), seat_building("San Carlos Palace"), seat_building("Harvard University")
    (True, False, False)
    """
    words = re.findall(r"[\w']+", name.casefold())
    return len(words) > 1 and words[-1] in SEAT_BUILDINGS and words[0] not in _SAINT_WORDS


BESIDE_AREA_KM = 400  # "X in <area>" with no X inside it: an X this far beyond the area's edge is meant
REGION_REACH_KM = 450  # how far "X, <region>" looks from a region's point when the region's radius is smaller


class Gazetteer:
    """Curated names first, then (lazily) every broad source, ranked by context.

    ``candidates("Nikolayev", country="Ukraine")`` lists every place the name
    may mean, best first; ``resolve`` also says when the best is too weak to use.
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

    def context(self, country: str | None = None, near=None, year: int | None = None,
                countries: Iterable[str] = ()) -> Context:
        """Hints as a :class:`Context`; ``near`` may be a point, several points, a place or a place name."""
        points = self._points(near)
        return Context(country=country or None, countries=tuple(countries), near=points, year=year,
                       pinned=bool(points))

    def _points(self, near) -> tuple[tuple[float, float], ...]:
        if near is None or near == ():
            return ()
        if isinstance(near, Place):
            return ((near.lat, near.lon),)
        if isinstance(near, str):
            found = self.resolve(near)
            if found.place is None:
                return ()
            # A place name as a hint may itself have namesakes: every reading nearly as likely as the best
            # counts, so the two names settle each other ("Portsmouth" near "Norfolk" is the Virginian pair, 3 km
            # apart, though Norfolk alone is the English county).
            top = found.ranked[0][1]
            return tuple(dict.fromkeys((c.place.lat, c.place.lon) for c, s in found.ranked
                                       if s >= top - HINT_READING_MARGIN))
        if len(near) == 2 and all(isinstance(x, int | float) for x in near):
            return ((float(near[0]), float(near[1])),)
        return tuple(pt for item in near for pt in self._points(item))

    def _candidates(self, name: str, ctx: Context, broad_only: bool = False) -> list[Candidate]:
        """The curated rows for a name; the broad index too where the curated table has none, or the caller's
        hints rule out every row it has (Georgia with country="US" is the state); ``broad_only``: the broad
        index's alone (the curated rows lie outside the region the text names)."""
        found = [] if broad_only else self.curated.lookup(name) or self.curated.lookup(query_key(name))
        key = normalise(name)
        curated = [Candidate(p, primary=normalise(p.name) == key, importance=_importance(p), curated=True)
                   for p in found]
        if (curated and not all(contradicted(c.place, ctx) for c in curated)) or self.broad is None:
            return curated  # (in this order: a name the curated table settles never opens the broad index)
        # a famous small place the caller's own hints rule out is no candidate (``ranking.score``)
        matches = [m for m in self.broad.matches(name) if m.place.source != VILLAGE_SOURCE
                   and not (m.place.source == FAMOUS_SOURCE and ruled_out(m.place, ctx))]
        reading = ""
        if not matches and not curated:
            matches, reading = _older_romanization(self.broad, name)
        if not matches and not curated and not ctx.prose:
            matches = [m for m in self.broad.reordered(name) if m.place.source != VILLAGE_SOURCE]
        respelt = [] if curated or ctx.prose else _respelt(self.broad, name, matches, ctx)
        key = query_key(name) + " "
        areas = [m for m in matches if m.place.kind in ("region", "island")]
        found = [self._candidate(m, key, areas) for m in matches]
        found += [Candidate(m.place, False, m.importance, fame=m.fame, respelt=True) for m in respelt]
        if reading:
            found = [replace(c, primary=True, reading=reading) for c in found]
        return _weigh_namesakes(_weigh_claims(_weigh_spelling(name, curated + found)), ctx)

    @staticmethod
    def _candidate(m: Match, key: str, areas: list[Match]) -> Candidate:
        """A town whose own name begins with the query ("Noordwijk-Binnen" for "Noordwijk") is named by it
        as surely as by its full name. A town inside a region or island of that name is
        its seat when the name is its own (Salzburg); so is a town at the region's very point whose name the
        region took (Sverdlovsk Oblast and Sverdlovsk, now Yekaterinburg), when it holds a fair share of the
        region's people (a tenth or more): then the name is the town's own too. A village near a region's
        point that GeoNames also files under the region's name ("Le Vaud" under "Vaud", "Chiapa de Corzo"
        under "Chiapas") is not its seat."""
        if m.place.kind != "settlement":
            return Candidate(m.place, m.primary, m.importance, fame=m.fame)
        # a town named by its own name stands only for a region of that own name; one called by another name, for
        # a region called so too
        areas = [a for a in areas if a.primary] if m.primary else areas

        def km(a: Match) -> float:
            return haversine_km(a.place.lat, a.place.lon, m.place.lat, m.place.lon)

        # A town whose own name is the region's name and a word more ("Oklahoma City", "Kansas City") took its
        # name from the region: the bare name is the region's, never the town's as its seat.
        # A region's main city called by the same other name ("Novgorod" for Veliky Novgorod and Novgorod Oblast,
        # "Nizhny Novgorod" for both the city and its oblast) is its seat too, when it lies near the region's point.
        seat_km = SEAT_KM if m.primary else SEAT_ALT_KM
        named_for = [] if normalise(m.place.name).startswith(key) else [
            a for a in areas if km(a) <= min(seat_km, a.place.radius_km or seat_km)
            and m.importance >= a.importance - SEAT_SHARE]
        # A hamlet (no seat of local government) never stands for its island or region, nor a village for its
        # island (an island's weight is its size, not its people): the village of Pátmos (541 people) is on
        # Patmos, but "Patmos" is the island; the town of Capri, a tenth of the island's weight, may stand for it.
        seats = [a for a in areas if km(a) <= a.place.radius_km and m.place.source != HAMLET_SOURCE and (
            a.place.kind != "island" or m.importance >= a.importance - SEAT_SHARE)] if m.primary else named_for
        # A larger region of the name elsewhere is what the name means first: Montana, Bulgaria, seat of a
        # small province, does not borrow its province's weight against the American state.
        top = max((a.importance for a in areas), default=0.0)
        seats = [a for a in seats if a.importance >= top - RIVAL_REGION_MARGIN]
        if not named_for and normalise(m.place.name) != key.strip():
            seats = []  # "Oklahoma City" is in Oklahoma, but "Oklahoma" is the state: a longer name is no seat
        hamlet = m.place.source == HAMLET_SOURCE
        prefix = not m.primary and not named_for and normalise(m.place.name).startswith(key) and not hamlet
        primary = m.primary or bool(named_for) or prefix or abridged(key.strip(), normalise(m.place.name))
        return Candidate(m.place, primary, m.importance, fame=m.fame,
                         seat_of=max((a.importance for a in seats), default=None), prefix=prefix, capital=m.capital,
                         seat_area=max(seats, key=lambda a: a.importance).place if seats else None)

    def resolve(self, name: str, *, country: str | None = None, near=None, year: int | None = None,
                context: Context | None = None) -> Resolution:
        """The place ``name`` means here, or None with the reason (unknown, a street, a weak candidate)."""
        name = " ".join(name.split())
        ctx = context if context is not None else self.context(country, near, year)
        if not name:
            return Resolution(name, None, "empty name")
        candidates = self._candidates(name, ctx)
        group = _ISLANDS_OF.match(name)
        if not candidates and group:
            # "the Maldive Islands", "the Philippine Islands": the island group under its short plural name
            candidates = [c for c in self._candidates(group.group(1) + "s", ctx)
                          if c.place.kind in ("country", "island", "region")]
        if not candidates and (inside := self._in_area(name, ctx)) is not None:
            return inside
        if not candidates:
            if facility_name(name):
                return Resolution(name, None, "a street or building name, not a place the gazetteer holds")
            return self._village(name, (), ctx) or Resolution(name, None, "no place of that name")
        if ctx.regions and any(c.place.kind in ("country", "region") and c.primary for c in candidates):
            # the regions a document places its towns in choose between towns, never a town over a country or
            # region of its name ("sent to Jamaica" in a life told partly in New York is not Jamaica, Queens)
            ctx = replace(ctx, regions=())
        ranked = tuple(sorted(((c, score(c, ctx)) for c in candidates), key=lambda cs: -cs[1]))
        if ctx.country and not any(in_country(c.place, ctx.country) for c, _ in ranked):
            # the caller said where: a namesake elsewhere is the wrong place, not a near miss
            village = self._village(name, ranked, ctx)
            if village is not None and village.place is not None:
                return village
            return Resolution(name, None, f"no place of that name in {ctx.country}", ranked)
        why = refusal(ranked, ctx, name)
        if why and ranked[0][0].hamlet and any(not c.hamlet for c, _ in ranked):
            # a hamlet too small to answer gives way: the tier below 1,000 people never hides the answer the
            # larger places give
            ranked = tuple(cs for cs in ranked if not cs[0].hamlet) + tuple(cs for cs in ranked if cs[0].hamlet)
            why = refusal(ranked, ctx, name)
        best = ranked[0][0]
        if why:
            village = None if best.curated or facility_name(name) else self._village(name, ranked, ctx)
            if village is not None and village.place is not None:
                return village
            return Resolution(name, None, why, ranked)
        how = "curated" if best.curated else ("own name" if best.primary else "alternate name")
        if best.respelt:
            how = f"one letter off a name of {best.place.name}"
        if best.reading:
            how = f"an older romanization of {best.place.name}"
        return Resolution(name, best.place, f"{how}; score {ranked[0][1]:.2f}"
                          + (f" over {len(ranked) - 1} other candidate(s)" if len(ranked) > 1 else ""), ranked)

    def _villages(self, name: str) -> list[Candidate]:
        """The villages (``sources.villages``) bearing the name: their own name is the only one they have."""
        if self.broad is None:
            return []
        return [Candidate(m.place, True, m.importance) for m in self.broad.matches(name)
                if m.place.source == VILLAGE_SOURCE and normalise(m.place.name) == query_key(name)]

    def _village(self, name: str, ranked, ctx: Context) -> Resolution | None:
        """The last tier: a village, when no larger place answers (``ranked``: the refused candidates with their
        scores) and ``ranking.village_answer`` allows it; None when no village bears the name."""
        villages = self._villages(name)
        if not villages:
            return None
        found, why = village_answer(villages, [c for c, _ in ranked], ctx, name)
        scored = tuple(sorted(((c, score(c, ctx)) for c in villages), key=lambda cs: -cs[1]))
        if found is None:
            return Resolution(name, None, why, (*ranked, *scored))
        first = tuple(cs for cs in scored if cs[0] is found)
        return Resolution(name, found.place, f"{why}; population {found.place.population:,}",
                          (*first, *(cs for cs in scored if cs[0] is not found), *ranked))

    def _in_area(self, name: str, ctx: Context) -> Resolution | None:
        """"Freiberg in Moravia", "Freiberg in Mähren", "Concord, Massachusetts": a town named with the region or
        country it lies in is the town of that name inside it (Příbor, once Freiberg), not a larger namesake
        elsewhere (Freiberg in Saxony). None when the name has no such tail, the tail is no region, country or
        island, or no place of the head's name lies inside it: then the words say nothing about where."""
        head, sep, tail = name.rpartition(" in ")
        if not sep:  # "Concord, Massachusetts", "Hannibal, Missouri": the geocoder's "town, region" form
            head, sep, tail = name.rpartition(", ")
        if not sep or not head or not tail:
            return None
        area = self.resolve(tail, context=ctx).place
        if area is None or area.kind not in ("region", "country", "island"):
            # "Rochester, New York": the tail names where the town lies, so its region reading, if it has one
            areas = [p for p in (self.broad.lookup(tail) if self.broad is not None else [])
                     if p.kind in ("region", "country", "island") and normalise(p.name) == normalise(tail)]
            if not areas:
                # "Nola, in the Kingdom of Naples", "Montmartre in Paris": a town names the realm or the city
                # around the place, so the place of that name beside it is meant
                return self._beside_area(head, area, replace(ctx, near=((area.lat, area.lon),), pinned=True)) \
                    if area is not None else None
            area = max(areas, key=lambda p: p.population)
        within = replace(ctx, near=((area.lat, area.lon),), pinned=True)

        def inside(p: Place) -> bool:
            if area.kind == "country":
                return in_country(p, area.name)
            if area.admin1 and p.admin1:  # both coded: membership, not distance (Auburn, MA is near New York's point)
                return p.admin1 == area.admin1
            # ("Rochester, New York": a state's point may sit far from its towns, New York State's is the city)
            reach = area.radius_km if sep == " in " else max(area.radius_km, REGION_REACH_KM)
            return haversine_km(p.lat, p.lon, area.lat, area.lon) <= reach + SEAT_KM and (
                not area.country or in_country(p, area.country))

        named = self._candidates(head, within)
        candidates = [c for c in named if inside(c.place) and c.place.id != area.id]
        if not candidates and named and all(c.curated for c in named):
            # "Amherst, Massachusetts": the curated Amherst is the Nova Scotian one; the region says it is another
            candidates = [c for c in self._candidates(head, within, broad_only=True)
                          if inside(c.place) and c.place.id != area.id]
        # the region named with the town is the caller's hint: the one village of the name inside it, when no
        # larger place there answers ("Grantchester, Cambridgeshire")
        villages = [c for c in self._villages(head) if inside(c.place)]
        village = (Resolution(name, villages[0].place, f"the only village of that name in {area.name}; population "
                              f"{villages[0].place.population:,}", tuple((c, score(c, within)) for c in villages))
                   if len(villages) == 1 else None)
        if not candidates:
            return village or self._beside_area(head, area, within)
        ranked = tuple(sorted(((c, score(c, within)) for c in candidates), key=lambda cs: -cs[1]))
        why = refusal(ranked, within, head)
        best = ranked[0][0]
        if why:
            return village or Resolution(name, None, why, ranked)
        how = "own name" if best.primary else "alternate name"
        return Resolution(name, best.place, f"{how} in {area.name}; score {ranked[0][1]:.2f}", ranked)

    def _beside_area(self, head: str, area: Place, within: Context) -> Resolution | None:
        """"Maragheh in Azerbaijan" when no Maragheh lies in today's Azerbaijan: the region the text means was
        larger or older (Iranian Azerbaijan), so the place of that name nearest it, if close, is meant, not a
        namesake near the narrative's last stop across Persia. None when none lies within ``BESIDE_AREA_KM``
        of the area's edge."""
        if area.kind == "island":
            return None  # an island's shore is its edge: "Milton, South Uist" is no Milton on the mainland
        found = self.resolve(head, context=within)
        if found.place is None or haversine_km(found.place.lat, found.place.lon, area.lat, area.lon) \
                > area.radius_km + BESIDE_AREA_KM:
            return None
        return Resolution(f"{head} in {area.name}", found.place, f"beside {area.name}; {found.reason}", found.ranked)

    def candidates(self, name: str, country: str | None = None, near=None, year: int | None = None) -> list[Place]:
        """Every place the name may mean, best first (refusal not applied)."""
        return [c.place for c, _ in self.resolve(name, country=country, near=near, year=year).ranked]

    def nearest(self, lat: float, lon: float) -> Place | None:
        pool = [p for p in self.curated.places if p.kind in ("settlement", "island", "district")]
        if self.broad is not None:
            found = self.broad.nearest(lat, lon)
            pool += [found] if found else []
        return min(pool, key=lambda p: haversine_km(lat, lon, p.lat, p.lon), default=None)


def _importance(place: Place) -> float:
    import math

    if place.population:
        return math.log10(1 + place.population)
    return 5.7 if place.kind in AREA_KINDS else 3.0
