"""Other names of countries: what a country is called in other languages and its short common name.

A biography quotes letters and papers in their own language ("nach Neuseeland", "en Alemania") and names
countries by their short form ("the Congo", "Burma"); the GeoNames country rows carry one English name
each. Two packages supply the rest, read once at index build:

* ``babel`` (BSD; the Unicode CLDR data): every territory's name in every language. Only the languages
  in :data:`LANGUAGES` are read (the main languages of Europe and of the world's large literatures, ~45
  of CLDR's 700 locales): a name in a language few biographies quote adds nothing but risk. CLDR writes
  a second common name in brackets ("Myanmar (Burma)") and distinguishes namesakes by their capital
  ("Congo - Kinshasa"): each part counts.
* ``pycountry`` (ISO 3166-1): the name ISO files a country under, whose head before the comma is its
  short common name ("Congo, The Democratic Republic of the" is the Congo; "Korea, Republic of", Korea).

All of these are alternate names (``Entry.alternate``): a country still answers first to its own. Where
two countries share a short name (the two Congos, the two Koreas) the ranking weighs them like any
namesakes: the more populous first, the one near the narrative when it has been nearby.
"""

from __future__ import annotations

import re
from functools import lru_cache

from places.gazetteer.names import normalise

# CLDR locales read for country names: the languages a biography most often quotes.
LANGUAGES = (
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "bs", "sr_Latn", "hu", "ro", "bg",
    "ru", "uk", "be", "el", "tr", "sv", "da", "nb", "fi", "et", "lv", "lt", "ca", "gl", "eu", "ga", "cy", "is",
    "sq", "mk", "lb", "af", "id", "ms", "sw", "he", "ar", "fa", "hi", "zh", "ja", "ko", "ka", "hy", "yi", "la",
)
_BRACKETED = re.compile(r"^(.+?)\s*\((.+)\)$")
MIN_LENGTH = 4  # letters: a shorter name ("Irã", "Oman" aside) is an abbreviation or a word of the text


def _parts(name: str) -> list[str]:
    """A CLDR name and the names inside it: "Myanmar (Burma)" is also "Myanmar" and "Burma".

    >>> _parts("Myanmar (Burma)")
    ['Myanmar (Burma)', 'Myanmar', 'Burma']
    """
    m = _BRACKETED.match(name)
    return [name, m.group(1), m.group(2)] if m else [name]


@lru_cache(maxsize=len(LANGUAGES))
def _cldr(language: str) -> dict[str, tuple[str, ...]]:
    """ISO code -> the country's names in one language (empty when babel is missing: the layer then holds
    GeoNames' English names only)."""
    try:
        from babel import Locale, UnknownLocaleError
    except ImportError:  # pragma: no cover - dependency declared in pyproject
        return {}
    try:
        territories = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):  # pragma: no cover - a locale a babel release lacks
        return {}
    found: dict[str, dict[str, None]] = {}
    for code, name in territories.items():
        if len(code) == 2 and code.isalpha():
            for part in _parts(name):
                if len(part) >= MIN_LENGTH:
                    found.setdefault(code.upper(), {})[part] = None
    return {code: tuple(names) for code, names in found.items()}


def short_name(iso_name: str) -> str:
    """The head of an ISO name filed with its state form after a comma: the country's common name.

    >>> short_name("Congo, The Democratic Republic of the"), short_name("Korea, Republic of")
    ('Congo', 'Korea')
    >>> short_name("Virgin Islands, British"), short_name("France")
    ('', '')
    """
    head, _, tail = iso_name.partition(", ")
    return head if tail and re.search(r"\bof(?: the)?$", tail) else ""


@lru_cache(maxsize=1)
def _iso() -> dict[str, tuple[str, ...]]:
    try:
        import pycountry
    except ImportError:  # pragma: no cover - dependency declared in pyproject
        return {}
    found = {}
    for c in pycountry.countries:
        names = [getattr(c, "common_name", ""), getattr(c, "official_name", ""), short_name(c.name), c.name]
        found[c.alpha_2] = tuple(n for n in dict.fromkeys(names) if n and "," not in n)
    return found


def english_names(code: str) -> tuple[str, ...]:
    """The country's other English names (ISO code ``code``): CLDR's and ISO's."""
    code = code.upper()
    return tuple(dict.fromkeys((*_cldr("en").get(code, ()), *_iso().get(code, ()))))


def foreign_names(code: str) -> tuple[str, ...]:
    """The country's names in the other :data:`LANGUAGES` (a caller drops those a town bears as its own:
    ``index.build_entries``)."""
    code = code.upper()
    english = {normalise(n) for n in english_names(code)}
    return tuple(n for n in dict.fromkeys(n for language in LANGUAGES[1:] for n in _cldr(language).get(code, ()))
                 if normalise(n) not in english)
