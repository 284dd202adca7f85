"""Named events that date a sentence ("when Bloody Sunday took place", "at the outbreak of war"), from
``places/data/historical_events.json``, looked for only where a word of an event's name occurs."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from places.dates.pieces import Piece
from places.dates.years import _TIME_WORDS, EVENTS_PATH

_EVENT_STOPWORDS = frozenset({"the", "of", "and", "one", "two", "first", "second", "great", "world", "july",
                              "february", "october", "december", "paris", "french", "louis"})
EVENT_REACH = 120  # how far before an event's name its time word may stand


@dataclass(frozen=True)
class _Event:
    name: re.Pattern[str]  # the event's name alone
    told: re.Pattern[str]  # a time word, then the name, ending where the name ends
    first: int
    last: int


@cache
def events_by_word() -> dict[str, tuple[_Event, ...]]:
    """Named events (``places/data/historical_events.json``) by the words of their names, so the scanner looks
    for an event only where one of its words occurs ("war", "revolution", "commune")."""
    rows = json.loads(EVENTS_PATH.read_text(encoding="utf-8"))["events"]
    by_word: dict[str, list[_Event]] = {}
    for row in rows:
        lead = row.get("only_after", "")
        event = _Event(
            re.compile(rf"(?<![\w]){lead}(?:{row['pattern']})(?![\w])", re.IGNORECASE),
            re.compile(rf"(?<![\w]){_TIME_WORDS}\s+(?:the\s+)?(?:\w+\s+){{0,2}}?{lead}(?:{row['pattern']})$",
                       re.IGNORECASE),
            int(row["start"]), int(row["end"]))
        words = {w.lower() for w in re.findall(r"[^\W\d_]{3,}", re.sub(r"\\\w", " ", row["pattern"]))}
        words -= _EVENT_STOPWORDS
        if not words:
            raise ValueError(f"historical event {row['pattern']!r} has no word to be found by")
        for word in words:
            by_word.setdefault(word, []).append(event)
    return {word: tuple(events) for word, events in by_word.items()}


def event_pieces(text: str, hits: list[tuple[int, str]]) -> list[Piece]:
    """An event named where one of its words occurs and told after a time word ("when Bloody Sunday took
    place"); where one phrase fits two events ("at the outbreak of war") both years are kept and the anchor
    chooses."""
    by_word = events_by_word()
    found: dict[tuple[int, int], list[int]] = {}
    for pos, word in hits:
        for event in by_word[word]:
            name = event.name.search(text, max(0, pos - 60), min(len(text), pos + 60))
            if name is None or not name.start() <= pos < name.end():
                continue
            told = event.told.search(text, max(0, name.start() - EVENT_REACH), name.end())
            if told is None:
                continue
            years = found.setdefault((told.start(), told.end()), [])
            year = event.last if told.group().lower().startswith(("after", "following", "end of")) else event.first
            if year not in years:
                years.append(year)
    out: list[Piece] = []
    for (start, end), years in sorted(found.items()):
        if out and start < out[-1].end:  # the same phrase found from two of its words
            continue
        out.append(Piece(start, end, "event", (None, None, None), (None, None, None), "year", kind="event",
                          extra={"years": years}))
    return out
