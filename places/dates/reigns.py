"""Years counted in an era or a reign: "in the sixth year of Zhongping", "the forty-first year of Jiajing",
"Kangxi 8", "the third year of King Sejong".

Biographies of people from China, Japan, Korea and Vietnam date events by era names far more often than by
Gregorian years, and a memoir translated from those languages may give no other date at all. The names and
their first years are in ``places/data/regnal_eras.json`` (766 eras and reigns, written by a helper from general
knowledge). An era name alone dates nothing ("the Kangxi emperor", "a Genroku screen"); only a year counted in it
does, so the reader looks for "year(s) of <era>" or "<era> <small number>" and nothing else. Where one name was
used by several dynasties ("Jianyuan": 140 BC and AD 343), the one nearest the narrative's year is meant.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from places.dates.words import ORDINAL_WORDS, TENS

ERAS_PATH = Path(__file__).parent.parent / "data" / "regnal_eras.json"
_TENS_ORDINAL = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
                 "seventieth": 70}
_ORDINAL = r"(?:\d{1,2}(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty)[\s-])?[a-z]+)"
_NAME_NUMBER = re.compile(r"[A-Z][\w'’-]+\s+[1-9]\d?(?![\d\w])")
_MONARCH = r"(?:(?:King|Emperor|Empress|Queen|Sultan|Shah|Tsar|Shogun)\s+)"


@dataclass(frozen=True)
class Era:
    """One era or reign: its name as written in the text's spelling, and the Gregorian years of its first and
    last years."""

    name: str
    start: int
    end: int


def ordinal_number(word: str) -> int | None:
    """ "sixth" → 6, "forty-first" → 41, "41st" → 41, "fiftieth" → 50; None for anything else.

    >>> ordinal_number("forty-first"), ordinal_number("3rd"), ordinal_number("eleventh"), ordinal_number("many")
    (41, 3, 11, None)
    """
    word = re.sub(r"\s+", "-", word.strip().lower())
    if m := re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", word):
        return int(m.group(1))
    if word in _TENS_ORDINAL:
        return _TENS_ORDINAL[word]
    tens, _, unit = word.partition("-")
    if unit and tens in TENS and ORDINAL_WORDS.get(unit, 10) < 10:
        return TENS[tens] + ORDINAL_WORDS[unit]
    return ORDINAL_WORDS.get(word)


@cache
def eras_by_name() -> dict[str, tuple[Era, ...]]:
    """Every spelling of every era (its name and its alternates) → the eras it may be."""
    rows = json.loads(ERAS_PATH.read_text(encoding="utf-8"))["eras"]
    out: dict[str, list[Era]] = {}
    for row in rows:
        for name in (row["name"], *row.get("alt", ())):
            out.setdefault(name, []).append(Era(row["name"], int(row["start"]), int(row["end"])))
    return {name: tuple(eras) for name, eras in out.items()}


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = "|".join(re.escape(n) for n in sorted(eras_by_name(), key=len, reverse=True))
    counted = re.compile(
        # "the sixth year of Zhongping", "the eleventh or twelfth year of Jian'an", "the third year of King Sejong",
        # "the 5th year of the Kansei era", "the second year of the reign of Yongzheng"
        rf"\b(?:the\s+)?(?P<n>{_ORDINAL})(?:\s+or\s+{_ORDINAL})?\s+years?\s+of\s+(?:the\s+)?"
        rf"(?:reign\s+of\s+(?:the\s+)?)?{_MONARCH}?(?P<era>{names})(?![\w'’-])(?:\s+(?:era|period|reign))?",
        re.IGNORECASE)
    # "Kangxi 8", "(Genroku 5)": a small number right after the name (never "Meiji 1868", a year)
    numbered = re.compile(rf"(?<![\w'’-])(?P<era>{names})\s+(?P<n>[1-9]\d?)(?![\d\w])")
    return counted, numbered


def _year(era: Era, n: int) -> int | None:
    """The Gregorian year of year ``n`` of ``era`` (no year 0 between 1 BC and AD 1); None past its end."""
    if n < 1 or era.start + n - 1 > era.end + 1:
        return None
    year = era.start + n - 1
    return year + 1 if era.start < 0 <= year else year


@dataclass(frozen=True)
class EraYear:
    """A year counted in an era, where it is written (``pos``..``end``)."""

    year: int
    pos: int
    end: int


def era_years(text: str, near: int | None = None) -> list[EraYear]:
    """The years counted in eras or reigns in ``text``, in order; ``near``: the narrative's year, which says
    which of several eras of one name is meant.

    >>> [y.year for y in era_years("In the sixth year of Zhongping he went to Luoyang; he died in Kangxi 8.")]
    [189, 1669]
    >>> [y.year for y in era_years("the Kangxi emperor, the Meiji era, in Meiji 1868")]
    []
    """
    # (only where a count can be: "year" for the one, a capitalised word before a small number for the other)
    tried = [p for p, can in zip(_patterns(), ("year" in text.lower(), _NAME_NUMBER.search(text)), strict=True)
             if can]
    found: list[EraYear] = []
    counted = _patterns()[0]
    for pattern in tried:
        for m in pattern.finditer(text):
            if any(f.pos < m.end() and m.start() < f.end for f in found):
                continue
            era_name = next((n for n in eras_by_name() if n.lower() == m.group("era").lower()), None) \
                if m.group("era") not in eras_by_name() else m.group("era")
            if era_name is None or not era_name[0].isupper() or not m.group("era")[0].isupper():
                continue  # ("the first year of peace": no era is written in lower case)
            n = ordinal_number(m.group("n")) if pattern is counted else int(m.group("n"))
            if n is None:
                continue
            years = [y for era in eras_by_name()[era_name] if (y := _year(era, n)) is not None]
            if not years:
                continue
            year = min(years, key=lambda y: abs(y - near)) if near is not None else years[-1]
            found.append(EraYear(year, m.start(), m.end()))
    return sorted(found, key=lambda y: y.pos)
