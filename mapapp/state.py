"""Reading a shared moment from a link, decided without Streamlit.

The browser steps the map itself (``timemap.js``) and reads ``year``/``stop`` from the address bar with
the same rules as :func:`moment_from_query` here (the app uses this one for the moment a new session
opens at when the map cannot see the address bar). A test runs both on the same links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mapapp.layers import YEAR_MAX, YEAR_MIN, year_range
from mapapp.timemap import year_label
from places.model import Itinerary, Stop

_STOP_ID = re.compile(r"[a-z0-9][a-z0-9_-]{0,80}", re.ASCII)
_YEAR = re.compile(r"-?[0-9]+", re.ASCII)  # ASCII digits only, as JavaScript's [0-9]


@dataclass(frozen=True)
class YearChoice:
    year: int
    notice: str | None = None  # a quiet message when the URL asked for something unusable


@dataclass(frozen=True)
class Moment:
    """A shareable state: the year and, optionally, one selected stop."""

    year: int
    stop: str | None = None
    notices: tuple[str, ...] = ()


_SPACE = " \t\n\r\f\v"  # ASCII whitespace only, trimmed the same way in timemap.js


def _single(value: object) -> str:
    if isinstance(value, list):
        value = value[-1] if value else ""
    return "" if value is None else str(value)


def year_from_query(value: object, default: int = YEAR_MAX, lo: int = YEAR_MIN, hi: int = YEAR_MAX) -> YearChoice:
    """The year a link asks for, or the default with a notice when the value is unusable.

    >>> year_from_query("1929"), year_from_query("<script>").year
    (YearChoice(year=1929, notice=None), 1940)
    """
    text = _single(value).strip(_SPACE)
    if not text:
        return YearChoice(default)
    if len(text) > 8 or not _YEAR.fullmatch(text):
        return YearChoice(default, f"Ignored the link's year (not a year); showing {year_label(default)}.")
    year = int(text)
    if not lo <= year <= hi:
        clamped = min(hi, max(lo, year))
        return YearChoice(clamped, f"The link's year {year_label(year)} is outside {year_label(lo)}–{year_label(hi)}; "
                                   f"showing {year_label(clamped)}.")
    return YearChoice(year)


def moment_from_query(params: dict, itinerary: Itinerary) -> Moment:
    """Read ``?year=1929&stop=alma-ata-1928``: a stop without a year opens at the stop's first year."""
    notices = []
    stop_id = _single(params.get("stop")).strip(_SPACE)
    stop = None
    if stop_id:
        stop = find_stop(itinerary, stop_id) if _STOP_ID.fullmatch(stop_id) else None
        if stop is None:
            notices.append("Ignored the link's stop (no such stop on this map).")
    lo, hi = year_range(itinerary)
    default = stop.start if stop else hi
    choice = year_from_query(params.get("year"), default=default, lo=lo, hi=hi)
    if choice.notice:
        notices.append(choice.notice)
    year = choice.year
    if stop is not None and stop.start > year:
        notices.append(f"The stop {stop.place.name} begins in {year_label(stop.start)}; "
                       f"showing {year_label(stop.start)}.")
        year = stop.start
    return Moment(year, stop.id if stop else None, tuple(notices))


def query_for(moment: Moment) -> dict[str, str]:
    """The URL parameters of a moment (what a copied link holds)."""
    return {"year": str(moment.year), **({"stop": moment.stop} if moment.stop else {})}


def find_stop(itinerary: Itinerary, stop_id: str | None) -> Stop | None:
    return next((s for s in itinerary.stops if s.id == stop_id), None)
