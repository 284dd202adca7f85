"""Years of the Islamic calendar: "in the year 309 of the Hijra", "around 623 (1226)", "676 AH", "the winter of 309".

A memoir or a chronicle of a Muslim life may count years from the Hijra, glossing some with the Christian year
("around the year 606, about 1210") and leaving others bare ("spent the winter of 309 there"). Read as Christian
years they put a thirteenth-century poet in the seventh century and end his life six hundred years early. A
document is read in this calendar only where it says so: a year "of the Hijra", "AH"/"A.H.", or a year glossed by
a Christian one 560–625 years later ("631 (1234)"). Then a year so marked, a year glossed so, and a bare three-digit
year near the document's other Hijri years (and not near its Christian ones: "the twenty-first of June 921" in the
same text stays 921) is converted; the Christian glosses stay as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DECLARED = re.compile(r"\bof\s+the\s+Hij(?:ra|rah|ri)\b|\bA\.\s?H\.|\bAH\b|\bHijri\b|\bafter\s+the\s+Hij(?:ra|rah)\b",
                       re.IGNORECASE)
# a document that says all its years are Hijri ones: "Dates are given in the years of the Hijra", "all years are
# Hijri years", "dates follow the Hijri calendar"
_WHOLE = re.compile(r"\b(?:dates|years)\s+(?:are\s+)?(?:given|counted|reckoned|written|kept|follow)\s+"
                    r"(?:(?:in|from|by|after)\s+)?(?:the\s+)?(?:(?:years?|era|calendar)\s+of\s+the\s+)?"
                    r"Hij(?:ra|rah|ri)\b|\b(?:dates|years)\s+are\s+(?:all\s+)?(?:Hijri|AH)\b", re.IGNORECASE)
_YEAR = r"(\d{3,4})"
# a year and its Christian gloss: "623 (1226)", "606, about 1210", "309 of the Hijra, 921 by the Christians'
# reckoning", "the year 690, in December 1291", "676 AH (1277)"
_GLOSSED = re.compile(_YEAR + r"(?:\s+(?:AH|A\.\s?H\.)|\s+of\s+the\s+Hij(?:ra|rah))?"
                      r"(?:\s*\(\s*(?:c\.\s*|ca\.\s*|about\s+|around\s+|AD\s+|CE\s+)?"
                      r"|,\s*(?:(?:about|around|that\s+is|or|in|i\.e\.)\s+)?(?:(?:early|late|mid-?)\s+)?"
                      r"(?:[A-Z][a-z]+\s+)?)" + _YEAR + r"(?!\d)")
_MARKED = re.compile(_YEAR + r"\s+(?:AH|A\.\s?H\.)(?!\w)|\b(?:AH|A\.\s?H\.)\s*" + _YEAR + r"\b|" + _YEAR
                     + r"\s+of\s+the\s+Hij(?:ra|rah)\b", re.IGNORECASE)
_BARE = re.compile(r"(?<![\d,.])\b(\d{3})\b(?![\d,.]\d)")
GLOSS_GAP = (560, 625)  # a Christian year lies this far after its Hijri year (1 AH = 622; 1400 AH = 1979)
NEAR_YEARS = 40  # a bare year this near the document's Hijri years (and not its Christian ones) is one of them


def christian_year(hijri: int) -> int:
    """The Christian year in which most of a Hijri year falls (a lunar year is 0.97 of a solar one).

    >>> christian_year(309), christian_year(606), christian_year(676), christian_year(1002)
    (921, 1210, 1277, 1594)
    """
    return int(hijri * 0.970229 + 622.0548)  # (1 Muharram 1 AH: 16 July 622; the middle of year N, rounded down)


@dataclass(frozen=True)
class HijriYears:
    """Where a document writes Hijri years (offsets of their digits) and their Christian years."""

    at: dict[int, int]  # offset of a Hijri year's first digit → its Christian year
    glossing: dict[int, int]  # offset of a Christian gloss's first digit → that of the Hijri year it glosses
    whole: bool = False  # the document says all its years are Hijri ones (its three-digit years are years)

    @classmethod
    def of(cls, text: str) -> HijriYears | None:
        """The document's Hijri years, or None when it never says it counts from the Hijra.

        >>> y = HijriYears.of("In the year 309 of the Hijra he left; on 21 June 921 he was in Rayy. The winter of "
        ...                   "309 he spent in Gurganj, and in 310 he went on.")
        >>> sorted(y.at.values())
        [921, 921, 922]
        >>> HijriYears.of("In 629 he left Chang'an; in 645 he was back.") is None
        True
        >>> sorted(HijriYears.of("[Dates are given in the years of the Hijra.] Born at Sasaram in the year 891; in "
        ...                      "917 he went home.").at.values())
        [1486, 1511]
        """
        pairs = [m for m in _GLOSSED.finditer(text)
                 if GLOSS_GAP[0] <= int(m.group(2)) - int(m.group(1)) <= GLOSS_GAP[1]]
        marked = list(_MARKED.finditer(text))
        if not pairs and not marked and not _DECLARED.search(text):
            return None
        whole = _WHOLE.search(text)  # "Dates are given in the years of the Hijra, as in the original."
        if not pairs and not marked and not whole:
            return None  # the calendar is named ("the Hijri calendar") but no year is said to be in it
        at: dict[int, int] = {}
        glossing: dict[int, int] = {}
        christian: list[int] = []
        for m in pairs:
            at[m.start(1)] = int(m.group(2))
            glossing[m.start(2)] = m.start(1)
            christian.append(int(m.group(2)))
        for m in marked:
            i = next(i for i in (1, 2, 3) if m.group(i))
            at.setdefault(m.start(i), christian_year(int(m.group(i))))
        hijri = [int(text[a:a + 4].rstrip(" ,.;:()")) for a in at]
        lo, hi = (min(hijri) - NEAR_YEARS, max(hijri) + NEAR_YEARS) if hijri and not whole else (0, 999)
        for m in _BARE.finditer(text):
            n = int(m.group(1))
            if m.start(1) in at or m.start(1) in glossing or not lo <= n <= hi:
                continue
            if any(abs(n - c) <= NEAR_YEARS for c in christian):
                continue  # ("the twenty-first of June 921": a Christian year of the same text)
            at[m.start(1)] = christian_year(n)
        return cls(at, glossing, whole is not None)

    def christian(self, offset: int, year: int) -> int:
        """The Christian year for a year read at ``offset`` (its first digit), or the year itself."""
        return self.at.get(offset, year)
