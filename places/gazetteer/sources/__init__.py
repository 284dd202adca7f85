"""Adapters that turn a data package into gazetteer entries, one module per source.

Each adapter yields :class:`Entry` records; the index (``places.gazetteer.index``)
stores them all the same way, so a new source is a new module here and one line
in ``index.SOURCES``.
"""

from __future__ import annotations

from dataclasses import dataclass

from places.model import Place


@dataclass(frozen=True)
class Entry:
    """A place with the names it answers to: ``primary`` (its own, English or local) and ``alternate``
    (other languages, old names, variant spellings: weaker evidence). ``importance`` is a population
    equivalent on a log10 scale (a first-order region counts like a city of half a million); ``fame`` how
    much better known the place is than its size says (see ``sources.geonames.fame``)."""

    place: Place
    primary: tuple[str, ...]
    alternate: tuple[str, ...] = ()
    importance: float = 0.0
    fame: float = 0.0
    capital: bool = False  # a national capital: what its name means to a reader before any namesake
