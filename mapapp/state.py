"""What the page shows, decided without Streamlit: URL parameters, stepping, selection.

Pure functions of the itinerary and plain values, so AppTest and unit tests
can check them, and the entry script stays a thin layer of widgets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mapapp.layers import YEAR_MAX, YEAR_MIN, stops_until, year_range
from places.gazetteer import haversine_km
from places.model import Itinerary, Stop

_STOP_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,80}$")


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


def _single(value: object) -> str:
    if isinstance(value, list):
        value = value[-1] if value else ""
    return "" if value is None else str(value)


def year_from_query(value: object, default: int = YEAR_MAX, lo: int = YEAR_MIN, hi: int = YEAR_MAX) -> YearChoice:
    """The year a link asks for, or the default with a notice when the value is unusable.

    >>> year_from_query("1929"), year_from_query("<script>").year
    (YearChoice(year=1929, notice=None), 1940)
    """
    text = _single(value).strip()
    if not text:
        return YearChoice(default)
    if len(text) > 8 or not re.fullmatch(r"-?\d+", text):
        return YearChoice(default, f"Ignored the link's year (not a year); showing {default}.")
    year = int(text)
    if not lo <= year <= hi:
        clamped = min(hi, max(lo, year))
        return YearChoice(clamped, f"The link's year {year} is outside {lo}–{hi}; showing {clamped}.")
    return YearChoice(year)


def moment_from_query(params: dict, itinerary: Itinerary) -> Moment:
    """Read ``?year=1929&stop=alma-ata-1928``: a stop without a year opens at the stop's first year."""
    notices = []
    stop_id = _single(params.get("stop")).strip()
    stop = None
    if stop_id:
        stop = find_stop(itinerary, stop_id) if _STOP_ID.match(stop_id) else None
        if stop is None:
            notices.append("Ignored the link's stop (no such stop on this map).")
    lo, hi = year_range(itinerary)
    default = stop.start if stop else hi
    choice = year_from_query(params.get("year"), default=default, lo=lo, hi=hi)
    if choice.notice:
        notices.append(choice.notice)
    year = choice.year
    if stop is not None and stop.start > year:
        notices.append(f"The stop {stop.place.name} begins in {stop.start}; showing {stop.start}.")
        year = stop.start
    return Moment(year, stop.id if stop else None, tuple(notices))


def query_for(moment: Moment) -> dict[str, str]:
    """The URL parameters of a moment (what a copied link holds)."""
    return {"year": str(moment.year), **({"stop": moment.stop} if moment.stop else {})}


def find_stop(itinerary: Itinerary, stop_id: str | None) -> Stop | None:
    return next((s for s in itinerary.stops if s.id == stop_id), None)


def neighbour_stop(itinerary: Itinerary, year: int, selected: str | None, step: int) -> Stop | None:
    """The next (``step=1``) or previous (``-1``) stop in travel order from the selection or the year."""
    stops = list(itinerary.stops)
    current = find_stop(itinerary, selected)
    if current is not None and current.start <= year:
        i = stops.index(current) + step
        return stops[i] if 0 <= i < len(stops) else None
    if step > 0:
        return next((s for s in stops if s.start > year), None)
    before = [s for s in stops if s.start < year]
    return before[-1] if before else None


def stop_near(itinerary: Itinerary, year: int, lat: float, lon: float, km: float = 30.0) -> Stop | None:
    """The stop drawn at a clicked point (the latest visible one where several share a place)."""
    hits = [s for s in stops_until(itinerary, year) if haversine_km(lat, lon, s.place.lat, s.place.lon) <= km]
    return hits[-1] if hits else None


def stops_around(itinerary: Itinerary, year: int, before: int = 10) -> tuple[list[Stop], Stop | None]:
    """The panel's list: the latest ``before`` stops begun by ``year`` (newest first), and the next one."""
    visited = stops_until(itinerary, year)
    upcoming = next((s for s in itinerary.stops if s.start > year), None)
    return list(reversed(visited[-before:])), upcoming


def next_play_year(year: int, last: int = YEAR_MAX) -> tuple[int, bool]:
    """Playback steps one year; it stops at the end."""
    nxt = min(last, year + 1)
    return nxt, nxt < last
