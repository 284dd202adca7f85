"""URL state: reading ``?year=`` safely. Pure, so it is tested without Streamlit."""

from __future__ import annotations

from dataclasses import dataclass

from mapapp.layers import YEAR_MAX, YEAR_MIN


@dataclass(frozen=True)
class YearChoice:
    year: int
    notice: str | None = None  # a quiet message when the URL asked for something unusable


def year_from_query(value: object, default: int = YEAR_MAX, lo: int = YEAR_MIN, hi: int = YEAR_MAX) -> YearChoice:
    """The year a link asks for, or the default with a notice when the value is unusable.

    >>> year_from_query("1929"), year_from_query("<script>").year
    (YearChoice(year=1929, notice=None), 1940)
    """
    if value is None or value == "":
        return YearChoice(default)
    if isinstance(value, list):
        value = value[-1] if value else ""
    text = str(value).strip()
    if len(text) > 8 or not text.lstrip("-").isdigit():
        return YearChoice(default, f"Ignored the link's year (not a year); showing {default}.")
    year = int(text)
    if not lo <= year <= hi:
        clamped = min(hi, max(lo, year))
        return YearChoice(clamped, f"The link's year {year} is outside {lo}–{hi}; showing {clamped}.")
    return YearChoice(year)
