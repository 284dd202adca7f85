"""Kept so ``from places.years import years_in`` still works: the code lives in ``places.dates.years``."""

from places.dates.years import (  # noqa: F401
    EVENTS_PATH,
    NUMBERS,
    YEAR,
    YearSpan,
    citation_spans,
    event_spans,
    years_in,
)

__all__ = ["EVENTS_PATH", "NUMBERS", "YEAR", "YearSpan", "citation_spans", "event_spans", "years_in"]
