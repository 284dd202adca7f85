"""The temporal layer: times in a text with their precision, and the years of the older year-only reading.

>>> from places.dates import times_in
>>> [t.label() for t in times_in("He lived in Vienna from 1907 to 1914 and in the spring of 1917 sailed home.")]
['1907–1914', 'spring 1917']
"""

from places.dates.parse import times_in
from places.dates.span import PRECISIONS, TimeSpan, iso_date, parse_iso
from places.dates.years import YearSpan, citation_spans, event_spans, years_in

__all__ = ["PRECISIONS", "TimeSpan", "YearSpan", "citation_spans", "event_spans", "iso_date", "parse_iso",
           "times_in", "years_in"]
