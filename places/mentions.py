"""Finding place names in sentences: gazetteer-driven, one compiled pattern.

Every name and alternate name of the curated table goes into a single
case-sensitive alternation (longest names first), so "New York" wins over
"York" and "Mexico City" over "Mexico". Names spanning a hard line break
still match because spaces in names match any run of white space.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from places.gazetteer import NameIndex, haversine_km, normalise
from places.model import Mention, Place, Sentence

AREA_KINDS = ("region", "country")


def _variants(name: str) -> set[str]:
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return {name, folded} if len(name) > 2 else set()


class MentionFinder:
    """Compiled matcher over a name index; ``find(sentence)`` lists the mentions in it."""

    def __init__(self, index: NameIndex):
        self.index = index
        surfaces: set[str] = set()
        for place in index.places:
            for name in (place.name, *place.alt_names):
                surfaces |= _variants(name)
        parts = [r"\s+".join(map(re.escape, s.split())) for s in sorted(surfaces, key=len, reverse=True)]
        self.pattern = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])") if parts else None

    def find(self, sentence: Sentence, text: str | None = None) -> list[Mention]:
        if self.pattern is None:
            return []
        found = []
        for m in self.pattern.finditer(sentence.text):
            surface = m.group()
            places = self.index.lookup(" ".join(surface.split()))
            if places:
                a = sentence.start + m.start()
                found.append(Mention(sentence, surface, a, a + len(surface), places[0]))
        return found


def drop_enclosing_areas(mentions: Iterable[Mention]) -> list[Mention]:
    """Keep "Alma Ata" and drop "Kazakhstan" from "Alma Ata in Kazakhstan".

    A region or country mention is redundant when the same sentence names a
    settlement inside it (same country, or within 1,500 km of the area's point).
    """
    mentions = list(mentions)
    settlements = [m.place for m in mentions if m.place.kind not in AREA_KINDS]

    def inside(area: Place, p: Place) -> bool:
        same_country = normalise(area.name) in (normalise(p.country), normalise(p.modern_name))
        if area.kind == "country" and same_country:
            return True
        return haversine_km(area.lat, area.lon, p.lat, p.lon) < 1500
    return [m for m in mentions if m.place.kind not in AREA_KINDS or not any(inside(m.place, p) for p in settlements)]
