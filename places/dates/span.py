"""A time found in a text, as precise as the text gives it: the record the temporal layer hands on.

Years (``first``/``last``) are historical years, BC negative and no year zero: 44 BC is ``-44``, AD 14 is ``14``.
The ISO-8601 dates (``start_date``/``end_date``) follow ISO's own astronomical numbering, where 1 BC is year
``0000``: 44 BC is ``"-0043"``. Each is cut to the precision its end has: "1917-01-13" (day), "1917-01" (month),
"1917" (year and coarser). A season is given by its months (spring 1929 is "1929-03" to "1929-05"), a decade
or century by its years ("1890" to "1899").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from places.dates.words import ENGLISH_MONTHS, SEASON_NAMES, ordinal
from places.dates.years import YearSpan

PRECISIONS = ("day", "month", "season", "year", "circa", "decade", "century")  # finest first
KINDS = ("absolute", "relative", "age", "event", "decade", "century")
YMD = tuple[int, int | None, int | None]  # historical year, month or None, day or None


def iso_date(year: int, month: int | None = None, day: int | None = None) -> str:
    """ISO 8601 for a historical year (BC negative), cut after the last part given.

    >>> iso_date(1917, 1, 13), iso_date(1917, 1), iso_date(1917), iso_date(-44), iso_date(79)
    ('1917-01-13', '1917-01', '1917', '-0043', '0079')
    """
    astronomical = year if year > 0 else year + 1
    out = f"{astronomical:04d}" if astronomical >= 0 else f"-{-astronomical:04d}"
    if month is not None:
        out += f"-{month:02d}"
        if day is not None:
            out += f"-{day:02d}"
    return out


_ISO = re.compile(r"(-?)(\d{4,})(?:-(\d\d)(?:-(\d\d))?)?")


def parse_iso(value: str) -> YMD:
    """The inverse of ``iso_date``: (historical year, month or None, day or None).

    >>> parse_iso("1917-01-13"), parse_iso("-0043"), parse_iso("1890")
    ((1917, 1, 13), (-44, None, None), (1890, None, None))
    """
    m = _ISO.fullmatch(value)
    if m is None:
        raise ValueError(f"not an ISO date: {value!r}")
    astronomical = -int(m.group(2)) if m.group(1) else int(m.group(2))
    year = astronomical if astronomical > 0 else astronomical - 1
    return year, int(m.group(3)) if m.group(3) else None, int(m.group(4)) if m.group(4) else None


def year_label(year: int) -> str:
    """ "1917", "44 BC", "AD 79" (an era is named only where the number alone would not read as a year)."""
    if year < 0:
        return f"{-year} BC"
    return f"AD {year}" if year < 1000 else str(year)


def _point_label(ymd: YMD, with_year: bool = True) -> str:
    year, month, day = ymd
    parts = [str(day)] if day is not None else []
    if month is not None:
        parts.append(ENGLISH_MONTHS[month - 1])
    if with_year:
        parts.append(year_label(year))
    return " ".join(parts)


_QUALIFIER_WORDS = {"early": "early ", "mid": "mid-", "late": "late "}


@dataclass(frozen=True)
class TimeSpan:
    """A time expression found at ``text[start:end]`` and what it means.

    ``first``/``last``: the years it covers (historical, BC negative). ``start_date``/``end_date``: ISO 8601,
    each cut to its own precision. ``precision``: the coarser of the two ends (day, month, season, year, circa,
    decade, century). ``kind``: how the text gives it: ``absolute`` (the year is written), ``relative`` (counted
    from the previous time: "two years later", "that July", "on 27 March"), ``age`` (from the birth year),
    ``event`` (a named event: "when Bloody Sunday took place"), ``decade``, ``century``. ``qualifier``: early,
    mid or late ("late 1902", "the end of 1905" is late); the dates stay those of the whole unit. ``bound``:
    the word before it that makes it a limit rather than a time inside the stay: since, until, before, after,
    by (empty otherwise).
    """

    start: int
    end: int
    first: int
    last: int
    start_date: str
    end_date: str
    precision: str
    kind: str
    qualifier: str = ""
    bound: str = ""

    @classmethod
    def of_year(cls, year: int, start: int = 0, end: int = 0, kind: str = "absolute") -> TimeSpan:
        """A whole year, e.g. the narrative's running year used as an anchor."""
        iso = iso_date(year)
        return cls(start, end, year, year, iso, iso, "year", kind)

    @property
    def first_ymd(self) -> YMD:
        return parse_iso(self.start_date)

    @property
    def last_ymd(self) -> YMD:
        return parse_iso(self.end_date)

    @property
    def order_key(self) -> tuple[int, int, int]:
        """Where it starts, for sorting (BC before AD; a missing month or day sorts first: "1917" before
        "1917-03"). Two times tie at their precision when the parts both have are equal; that is left to the
        caller (narrative order).

        >>> sorted(["1917-03-01", "-0043", "1917"], key=lambda d: TimeSpan(0, 0, 0, 0, d, d, "", "").order_key)
        ['-0043', '1917', '1917-03-01']
        """
        year, month, day = self.first_ymd
        return year, month or 0, day or 0

    @property
    def how(self) -> str:
        """The older ``YearSpan.how`` vocabulary (explicit, range, relative, age, event), for callers that
        still reason in years."""
        if self.kind in ("relative", "age", "event"):
            return self.kind
        return "explicit" if self.first == self.last and self.precision not in ("decade", "century") else "range"

    def as_year_span(self) -> YearSpan:
        """The older year-only record (``start``/``end`` are years there, ``pos`` the offset), so code written
        for ``years_in`` can read these times unchanged.

        >>> TimeSpan(3, 7, 1907, 1914, "1907", "1914", "year", "absolute").as_year_span()
        YearSpan(start=1907, end=1914, pos=3, how='range')
        """
        return YearSpan(self.first, self.last, self.start, self.how)

    def label(self) -> str:
        """How a reader would write it: "13 January 1917", "January 1917", "spring 1929", "c. 1850", "the 1890s",
        "44 BC", "13 January – 27 March 1917", "1848–1852".

        >>> TimeSpan(0, 0, 1917, 1917, "1917-01-13", "1917-03-27", "day", "absolute").label()
        '13 January – 27 March 1917'
        >>> TimeSpan(0, 0, 1929, 1929, "1929-03", "1929-05", "season", "absolute").label()
        'spring 1929'
        """
        a, b = self.first_ymd, self.last_ymd
        q = _QUALIFIER_WORDS.get(self.qualifier, "")
        if self.precision == "century":
            century = a[0] // 100 + 1 if a[0] > 0 else (-a[0] - 1) // 100 + 1  # 1800–1899: the 19th
            return f"the {q}{ordinal(century)} century" + (" BC" if a[0] < 0 else "")
        if self.precision == "decade":
            return f"the {q}{a[0] // 10 * 10}s"
        if self.precision == "season":
            name = "winter" if a[1] in (12, 1, 2) else SEASON_NAMES.get(a[1] or 0, "season")
            if a[1] == 12 and b[0] == a[0] + 1:  # the winter of 1917–18
                return f"{q}{name} {a[0]}–{str(b[0])[-2:]}"
            return f"{q}{name} {year_label(a[0])}"
        if self.precision == "circa":
            return "c. " + (year_label(a[0]) if a[0] == b[0] else f"{a[0]}–{b[0]}")
        return q + _range_label(a, b)


def _range_label(a: YMD, b: YMD) -> str:
    if a == b:
        return _point_label(a)
    if a[1] is None and b[1] is None:  # years
        if a[0] < 0 and b[0] < 0:
            return f"{-a[0]}–{-b[0]} BC"
        return f"{year_label(a[0])}–{year_label(b[0])}" if a[0] > 0 else f"{year_label(a[0])} – {year_label(b[0])}"
    if a[0] == b[0] and a[1] is not None and b[1] is not None:
        if a[2] is None and b[2] is None:  # March–May 1917
            return f"{ENGLISH_MONTHS[a[1] - 1]}–{_point_label(b)}"
        if a[1] == b[1] and a[2] is not None and b[2] is not None:  # 13–15 January 1917
            return f"{a[2]}–{_point_label(b)}"
        return f"{_point_label(a, with_year=False)} – {_point_label(b)}"
    return f"{_point_label(a)} – {_point_label(b)}"
