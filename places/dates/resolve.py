"""Counting from an anchor: "two years later", "the following spring", "that July", "on 27 March".

The anchor is the previous time in the narrative (a ``TimeSpan``). A count moves from its end ("later") or its
start ("earlier") and keeps no more precision than both the unit and the anchor have: "three days later" after
"13 January 1917" is 16 January 1917, after "1917" it is 1917.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from places.dates.span import YMD, TimeSpan

FORWARD = ("following", "next")
BACKWARD = ("previous", "preceding", "last")


def add_years(year: int, n: int) -> int:
    """Historical years have no zero: 2 BC + 3 years is AD 2.

    >>> add_years(-2, 3), add_years(1905, 2), add_years(1, -1)
    (2, 1907, -1)
    """
    astronomical = (year if year > 0 else year + 1) + n
    return astronomical if astronomical > 0 else astronomical - 1


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = month - 1 + n
    return add_years(year, index // 12), index % 12 + 1


def shift(anchor: TimeSpan, n: int, unit: str) -> tuple[YMD, str]:
    """The point ``n`` units after (``n`` > 0, from the anchor's end) or before (from its start) the anchor,
    with the precision that survives.

    >>> a = TimeSpan(0, 0, 1917, 1917, "1917-01-13", "1917-01-13", "day", "absolute")
    >>> shift(a, 3, "day"), shift(a, 3, "month"), shift(a, -2, "year")
    (((1917, 1, 16), 'day'), ((1917, 4, None), 'month'), ((1915, None, None), 'year'))
    """
    year, month, day = anchor.last_ymd if n >= 0 else anchor.first_ymd
    if unit == "decade":
        n, unit = n * 10, "year"
    if unit == "year":
        return (add_years(year, n), None, None), "year"
    if unit == "month":
        if month is None:
            return (year, None, None), "year"
        y, m = _add_months(year, month, n)
        return (y, m, None), "month"
    days = n * 7 if unit == "week" else n
    if day is not None and month is not None and year > 0:
        try:
            d = date(year, month, day) + timedelta(days=days)
        except (OverflowError, ValueError):
            return (year, None, None), "year"
        return (d.year, d.month, d.day), "day"
    if month is not None:
        y, m = _add_months(year, month, round(days / 30.4))
        return (y, m, None), "month"
    return (year, None, None), "year"


def month_after(anchor: TimeSpan, month: int, day: int | None, det: str) -> int:
    """The year of a month (and day) the text gives without one, read against the anchor.

    "that July" is the anchor's year; "the following March" the next March after it; "the previous May" the
    last one before it; a bare "in March" or "on 27 March" moves forward: the anchor's year unless that date
    is already behind the anchor's month, then the next year.

    >>> a = TimeSpan(0, 0, 1917, 1917, "1917-11", "1917-11", "month", "absolute")
    >>> month_after(a, 3, None, "that"), month_after(a, 3, None, ""), month_after(a, 3, None, "the following")
    (1917, 1918, 1918)
    """
    year, a_month, a_day = anchor.last_ymd
    word = det.split()[-1] if det else ""
    if word in FORWARD:
        return year if a_month is not None and month > a_month else add_years(year, 1)
    if word in BACKWARD:
        first_year, first_month, _ = anchor.first_ymd
        return first_year if first_month is not None and month < first_month else add_years(first_year, -1)
    if word in ("that", "this", "same", "very"):
        return year
    if a_month is not None and (month, day or 31) < (a_month, a_day or 1):
        return add_years(year, 1)
    return year


def season_months(season_start: int, year: int) -> tuple[YMD, YMD]:
    """The months of a season of ``year``: spring 03–05, summer 06–08, autumn 09–11. Winter alone is the
    winter months that open the year (01–02); the winter that starts in December is written "winter 1917–18"
    and is made with ``winter_across``."""
    if season_start == 12:
        return (year, 1, None), (year, 2, None)
    return (year, season_start, None), (year, season_start + 2, None)


def winter_across(year: int) -> tuple[YMD, YMD]:
    """December of ``year`` to February of the next."""
    return (year, 12, None), (add_years(year, 1), 2, None)


def season_after(anchor: TimeSpan, season_start: int, det: str) -> tuple[YMD, YMD]:
    """A season the text gives without a year ("that winter", "the following spring"), read against the anchor.

    >>> a = TimeSpan(0, 0, 1905, 1905, "1905-10", "1905-10", "month", "absolute")
    >>> season_after(a, 12, "that"), season_after(a, 3, "the following")
    (((1905, 12, None), (1906, 2, None)), ((1906, 3, None), (1906, 5, None)))
    """
    year, a_month, _ = anchor.last_ymd
    word = det.split()[-1] if det else ""
    if word in FORWARD:
        if season_start == 12:
            y = add_years(year, 1) if a_month == 12 else year
            return winter_across(y)
        y = year if a_month is not None and season_start > a_month else add_years(year, 1)
        return season_months(season_start, y)
    if word in BACKWARD:
        first_year, first_month, _ = anchor.first_ymd
        if season_start == 12:
            y = first_year if first_month == 12 else add_years(first_year, -1)
            return winter_across(y)
        y = first_year if first_month is not None and season_start + 2 < first_month else add_years(first_year, -1)
        return season_months(season_start, y)
    if season_start == 12 and a_month is not None and a_month >= 9:  # "that winter" after October 1905
        return winter_across(year)
    if word not in ("that", "this", "same", "very") and a_month is not None and season_start + 2 < a_month:
        return season_months(season_start, add_years(year, 1))  # "in the spring" after October: the next one
    return season_months(season_start, year)


def valid_day(year: int, month: int, day: int) -> bool:
    """31 February is no date; years before AD 1 are checked against the proleptic calendar of AD 4."""
    return 1 <= day <= calendar.monthrange(year if year > 0 else 4, month)[1]
