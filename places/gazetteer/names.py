"""Matching keys for place names and distances between points: the two primitives every layer shares."""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = re.compile(r"[’'`ʹʼ‘]")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_.,/]+")
_LEADING_THE = re.compile(r"^the\s+")
# Abbreviations that open a name's word: "St. Asaph" is Saint Asaph, "Mt. Vernon" Mount Vernon. Only before
# another word ("Main St" is a street, and its last word no abbreviation of a saint).
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sto": "santo", "sta": "santa", "mt": "mount", "ft": "fort"}


@lru_cache(maxsize=1 << 16)
def normalise(name: str) -> str:
    """Fold a place name for matching: case, accents, apostrophes and hyphens ignored (cached: the same
    names come back on every look-up).

    >>> normalise("Ust'-Kut") == normalise("Ust-Kut") == "ust kut"
    True
    >>> normalise("Büyükada")
    'buyukada'
    >>> normalise("St. Asaph") == normalise("Saint Asaph"), normalise("Mt Vernon"), normalise("Main St")
    (True, 'mount vernon', 'main st')
    """
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = folded.replace("ı", "i").replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("ł", "l")
    folded = folded.replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    folded = _APOSTROPHES.sub("", folded.casefold())
    words = _SEPARATORS.sub(" ", folded).split()
    return " ".join([_ABBREVIATIONS.get(w, w) for w in words[:-1]] + words[-1:])


@lru_cache(maxsize=1 << 14)
def query_key(name: str) -> str:
    """The key a query is looked up under: normalised, without a leading "the" ("the Baltic" is "Baltic").

    >>> query_key("The Crimea")
    'crimea'
    """
    return _LEADING_THE.sub("", normalise(name))


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))
