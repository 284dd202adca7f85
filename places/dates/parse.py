"""Every time expression in a text, with exact offsets, resolved to dates with their precision.

Three passes, each linear: ``scan`` matches ``TIME`` only at the words every time expression holds (plus the
named events, looked at only where a word of their name occurs) and gives the pieces; neighbouring pieces
joined by a dash, "to" or "between … and" become one range; then, in text order, each piece becomes a
``TimeSpan``, those that count from a previous time ("two years later", "that July") resolved against the
anchor, which each new time replaces. Work beside a match is done in a bounded window, never by reading the
text again.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from places.dates.named import event_pieces, events_by_word
from places.dates.pieces import Piece, accept, join_ranges, pieces_of, read_context
from places.dates.resolve import add_years, month_after, season_after, shift
from places.dates.scan import scan
from places.dates.span import TimeSpan, iso_date
from places.dates.years import citation_spans


def resolve_piece(piece: Piece, anchor: TimeSpan | None, birth_year: int | None) -> TimeSpan | None:
    """The ``TimeSpan`` a piece means, given the previous time and the birth year; None when it needs one of
    them and has none (nothing is invented)."""
    a, b, precision = piece.a, piece.b, piece.precision
    kind = piece.kind
    if piece.form in ("later", "after", "the"):
        if anchor is None:
            return None
        a, precision = shift(anchor, piece.extra["n"], piece.extra["unit"])  # n = 0: "that year", "the same day"
        b = a
    elif piece.form == "age":
        if birth_year is None:
            return None
        y = birth_year + piece.extra["age"]
        a = b = (y, None, None)
    elif piece.form == "event":
        years = piece.extra["years"]
        ref = anchor.last if anchor is not None else None
        y = min(years, key=lambda v: (abs(v - ref) if ref is not None else 0, v))
        a = b = (y, None, None)
    elif piece.form == "season" and not piece.has_year:
        if anchor is None:
            return None
        a, b = season_after(anchor, piece.extra["season"], piece.det)
    elif not piece.has_year:
        if anchor is None:
            return None
        y = month_after(anchor, a[1], a[2], piece.det)
        a = (y, a[1], a[2])
        b = (y if (b[1] or 0) >= (a[1] or 0) else add_years(y, 1), b[1], b[2])
    if precision == "decade" and piece.qualifier:
        base = a[0]
        a, b = {"early": ((base, None, None), (base + 3, None, None)), "mid": ((base + 4, None, None),
                (base + 6, None, None)), "late": ((base + 7, None, None), (base + 9, None, None))}[piece.qualifier]
    if precision == "century" and piece.qualifier:
        third = (b[0] - a[0] + 1) // 3
        lo = {"early": a[0], "mid": a[0] + third, "late": a[0] + 2 * third}[piece.qualifier]
        hi = {"early": a[0] + third - 1, "mid": a[0] + 2 * third - 1, "late": b[0]}[piece.qualifier]
        a, b = (lo, None, None), (hi, None, None)
    return TimeSpan(piece.start, piece.end, a[0], b[0], iso_date(*a), iso_date(*b), precision, kind,
                    piece.qualifier, piece.bound)


def times_in(text: str, *, anchor: TimeSpan | int | None = None, birth_year: int | None = None,
             cited: Sequence[tuple[int, int]] | None = None, chain: bool = True) -> list[TimeSpan]:
    """Every time expression in ``text``, in order, as ``TimeSpan``s with exact offsets.

    ``anchor``: the previous time in the narrative (a ``TimeSpan``, or a year), from which relative times count;
    with ``chain`` each time found becomes the anchor of the next ("In 1905 … Two years later …" gives 1907).
    Times that need an anchor or a ``birth_year`` and have none are left out. ``cited``: spans of
    bibliographic references (found here unless given); their years are publication dates, never times.

    >>> [t.label() for t in times_in("On 13 January 1917 he reached New York and left on 27 March.")]
    ['13 January 1917', '27 March 1917']
    >>> [(t.first, t.precision, t.kind) for t in times_in("Two years later he escaped.", anchor=1905)]
    [(1907, 'year', 'relative')]
    """
    if isinstance(anchor, int):
        anchor = TimeSpan.of_year(anchor)
    taken = sorted(citation_spans(text) if cited is None else cited)
    starts = [a for a, _ in taken]

    def in_citation(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and taken[i][0] <= pos < taken[i][1]

    pieces: list[Piece] = []
    matches, event_hits = scan(text, events_by_word())
    for m, lead in matches:
        for piece in pieces_of(m, text):
            if in_citation(piece.start):
                continue
            if piece.form not in ("later", "after", "age"):  # "at the end of that year" is qualified too
                read_context(text, piece, lead)
            if accept(piece, text):
                pieces.append(piece)
    pieces = join_ranges(pieces, text)
    events = event_pieces(text, event_hits) if event_hits else []
    if events:
        spans = [(p.start, p.end) for p in pieces]
        span_starts = [a for a, _ in spans]
        for event in events:
            i = bisect.bisect_left(span_starts, event.end)
            overlaps = i > 0 and spans[i - 1][1] > event.start
            if not overlaps and not in_citation(event.start):
                pieces.append(event)
        pieces.sort(key=lambda p: p.start)
    out: list[TimeSpan] = []
    for piece in pieces:
        span = resolve_piece(piece, anchor, birth_year)
        if span is not None:
            out.append(span)
            if chain:
                anchor = span
    return out
