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

from places.gazetteer.core import Gazetteer
from places.gazetteer.index import BroadIndex
from places.gazetteer.names import normalise
from places.gazetteer.ranking import Context
from places.model import Place

MENTION_ALT_IMPORTANCE = 5.0  # in running text an alternate name must belong to a city of ~100,000 or more:
# GeoNames lists "Lenin" and "Bolshevik" as other names of villages
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+){0,3}")


@lru_cache(maxsize=8)
def _gazetteer(index: BroadIndex) -> Gazetteer:
    return Gazetteer(curated=[], broad=index)


def document_countries(text: str, index: BroadIndex, limit: int = 4) -> tuple[str, ...]:
    """The countries a document names, most often first ("Dominican Republic", "Belgium").

    >>> # needs the index; see tests/test_gazetteer.py
    """
    names = index.countries()
    counts: Counter[str] = Counter()
    for m in _CAPITALISED.finditer(text):
        words = m.group().split()
        for i in range(len(words)):  # "the Dominican Republic's": every tail of the phrase
            for j in range(len(words), i, -1):
                key = normalise(" ".join(words[i:j]).rstrip("'’s"))
                if key in names:
                    counts[names[key]] += 1
                    break
    return tuple(name for name, _ in counts.most_common(limit))


def mention_place(index: BroadIndex, phrase: str, near: tuple[Place, ...] = (),
                  countries: tuple[str, ...] = ()) -> tuple[Place | None, str]:
    """The place a phrase in running text names, or None and why.

    ``near``: the places the narrative has just been at; their countries join the
    document's ``countries``. Besides the gazetteer's own refusals, a sea is no
    stop, and an alternate name only counts for a large city.
    """
    gazetteer = _gazetteer(index)
    ctx = Context(countries=tuple(dict.fromkeys((*countries, *(p.country for p in near if p.country)))),
                  near=tuple((p.lat, p.lon) for p in near if p.lat or p.lon))
    found = gazetteer.resolve(phrase, context=ctx)
    if found.place is None:
        return None, found.reason
    best = found.ranked[0][0]
    if best.place.kind == "sea":
        return None, f"a sea or lake ({best.place.name}) is not a stop"
    if not best.primary and best.importance < MENTION_ALT_IMPORTANCE:
        return None, f"only an alternate name of {best.place.name}, {best.place.country} (too small to trust in prose)"
    return found.place, found.reason
