"""Where to look: the few places in a text where a time expression can be, found at the speed of ``str.find``.

Every time expression holds a number or one of a few words (a month, a season, "year", "day", "century", "age",
a number word). Those are found with ``str.find`` and a digit pattern, both C loops; ``TIME`` is then matched,
anchored, only at such a word or at the few words before it that can open an expression ("at the age of ten",
"the very same year", "mayo de 1862"). The cost is one pass of C search per core word plus a bounded amount of
work per hit, so it grows linearly with the text, whatever the text holds.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass

from places.dates.patterns import TIME
from places.dates.words import (
    ENGLISH_ABBREVIATIONS,
    ENGLISH_MONTHS,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    SEASONS,
    TENS,
)

_NUMBERS = [w for w, n in NUMBER_WORDS.items() if n >= 2] + list(TENS)
# Words an expression can open with (lower case): only there is ``TIME`` tried before a core word.
STARTERS = frozenset([
    *MONTHS, *SEASONS, *(f"{s}s" for s in SEASONS), *NUMBER_WORDS, *TENS, *ORDINAL_WORDS,
    "c", "ca", "circa", "about", "around", "approximately", "approx", "roughly", "ad", "a", "after", "the", "that",
    "this", "next", "last", "at", "by", "aged", "when", "he", "she", "i", "they",  # "she turned twelve"
])
DAY_WORDS = frozenset([*ORDINAL_WORDS, "the", "twenty", "thirty"])  # "the twenty-third of May"
# A core word (lower case): how many words before it an expression holding it may open with, and with which.
CORES: dict[str, tuple[int, frozenset[str]]] = {
    **{m.lower(): (3, DAY_WORDS) for m in ENGLISH_MONTHS}, **{a.lower(): (0, STARTERS) for a in ENGLISH_ABBREVIATIONS},
    **{w: (0, STARTERS) for s in SEASONS for w in (s, f"{s}s")},
    **{w: (3, STARTERS) for u in ("decade", "year", "month", "week", "day") for w in (u, f"{u}s")},
    **{w: (3, STARTERS) for w in ("morning", "afternoon", "evening", "night")},
    "century": (2, STARTERS), "age": (2, STARTERS), "aged": (0, STARTERS),
    **{w: (3, STARTERS) for w in _NUMBERS},
}
CAPITALISED = frozenset(w.lower() for w in (*ENGLISH_MONTHS, *ENGLISH_ABBREVIATIONS))  # "May", not "may"
DIGIT_CORE = (3, STARTERS)  # "when he was 17", "mayo de 1862", "A.D. 79", "c. 1850"
_WORD = re.compile(r"[^\W\d_]+|\d+")
CONTEXT_WORDS = 6  # words before an expression read for its preposition, determiner and qualifier


@dataclass
class Words:
    """The words of a text (letters or digits) in order: where each starts, and how it reads in lower case."""

    starts: list[int]
    lower: list[str]


def cores(text: str, also: Container[str] = frozenset()) -> tuple[
        Words, list[tuple[int, tuple[int, frozenset[str]]]], list[tuple[int, str]]]:
    """One pass over the words of ``text``: the words themselves, then (word index, (how many words before it
    to try, which words may open there)) for every number and core word, and (position, word) for every word of
    ``also`` (lower case).

    >>> words, found, hits = cores("Two years later, in 1905 after the Commune; he may go in May.", also={"commune"})
    >>> [words.lower[i] for i, _ in found], hits
    (['two', 'years', '1905', 'may'], [(35, 'commune')])
    """
    words = Words([], [])
    starts, lower = words.starts, words.lower
    found = []
    hits = []
    lookup = CORES.get
    for m in _WORD.finditer(text):
        word = m[0]
        starts.append(m.start())
        if word < ":":  # a number: digits sort before every letter
            found.append((len(lower), DIGIT_CORE))
            lower.append(word)
            continue
        low = word.lower()
        core = lookup(low)
        if core is not None and (low not in CAPITALISED or word[0].isupper()):
            found.append((len(lower), core))
        if low in also:
            hits.append((starts[-1], low))
        lower.append(low)
    return words, found, hits


def scan(text: str, also: Container[str] = frozenset()) -> tuple[list[tuple[re.Match[str], list[int]]],
                                                                  list[tuple[int, str]]]:
    """Each match of ``TIME`` in text order, with the starts of the words just before it (for the preposition,
    determiner and qualifier that belong to it); and where the words of ``also`` are."""
    matches: list[tuple[re.Match[str], list[int]]] = []
    consumed = 0
    tried: dict[int, re.Match[str] | None] = {}
    words, found, hits = cores(text, also)
    starts, lower = words.starts, words.lower
    for i, (lead_n, openers) in found:
        pos = starts[i]
        if pos < consumed:
            continue
        candidates = [starts[j] for j in range(max(0, i - lead_n), i)
                      if starts[j] >= consumed and lower[j] in openers]
        candidates.append(pos)
        for p in candidates:
            if p not in tried:
                if len(tried) > 64:  # only the last few words can be tried again
                    tried = {k: v for k, v in tried.items() if k >= candidates[0]}
                tried[p] = TIME.match(text, p)
            m = tried[p]
            if m is not None and m.end() > pos:
                matches.append((m, [starts[j] for j in range(max(0, i - CONTEXT_WORDS), i)
                                    if starts[j] >= consumed]))
                consumed = m.end()
                break
    return matches, hits
