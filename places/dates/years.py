"""Time anchoring: years and year ranges in a sentence, and the narrative's running year."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from places.dates.patterns import ABOUT, NOT_AN_AGE
from places.dates.words import ENGLISH_ABBREVIATIONS, ENGLISH_MONTH_RE, NUMBER_RE, number_value

EVENTS_PATH = Path(__file__).parent.parent / "data" / "historical_events.json"

YEAR = r"(1\d\d\d|20\d\d)"  # 1000-2099: medieval lives too (Ibn Battuta's 1325); counts are guarded below
_MONTH_NAME = rf"(?:{ENGLISH_MONTH_RE}|{'|'.join(sorted(ENGLISH_ABBREVIATIONS, key=len, reverse=True))})"
_RANGE = re.compile(
    rf"(?:from\s+(?:\w+\s+)?{YEAR}\s+(?:to|until|till)\s+(?:\w+\s+)?{YEAR})"
    rf"|(?:between\s+{YEAR}\s+and\s+{YEAR})"
    # ("1601 – 24 January: enters Beijing" is a year and then a day, not 1601–1624)
    rf"|(?<!\d){YEAR}\s*[–—-]\s*({YEAR}|\d\d)(?!\d)(?!\s+{_MONTH_NAME}\b)",
    re.IGNORECASE,
)
# A year, not a number: "13.7.1772" and "7 June 1848:" are years; "3.1772", "1848:12" and "1,905 men" are not.
_YEAR = re.compile(rf"(?:(?<=\d\.\d\.)|(?<=\d\.\d\d\.)|(?<![\d/.:,-])){YEAR}"
                   r"(?![\d/]|:\d|,\d|\s*(?:km|miles|metres|meters|feet|people|members|copies|men|"
                   r"women|soldiers|troops|workers|pages|roubles|rubles|dollars|pounds|francs|delegates|prisoners|"
                   r"families|volumes|ships|horses|slaves|pilgrims)\b"
                   r"|\s+[A-Z]\w+\s+(?:Avenue|Street|Road|Boulevard|Lane|Place)\b"
                   # a year of another calendar: "(Ramadan 1002 AH)", "1002 A.H."
                   r"|\s*A\.?H\.?(?!\w))")
# Lives before the year 1000 ("In 629 he left Chang'an"): three digits are a year only after a time word and
# not before a count's noun ("of 300 monks", "500 li"), and only in a document whose years are mostly so written
# (``three_digit_years``), so "in 300 places" in a modern life never becomes a year.
_EARLY_YEAR = re.compile(r"\b(?:[Ii]n|[Bb]y|[Ff]rom|of|[Uu]ntil|[Tt]ill|[Ss]ince|around|about|circa|c\.|ca\.|"
                         r"[Bb]efore|[Aa]fter|year|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)\s+([1-9]\d\d)"
                         r"(?![\d,.]\d|\s*(?:km|mi|li|ft|kg|m)\b|\s*%|\s*A\.?H\.?(?!\w))"
                         r"(?!\s+(?!(?:his|was|has|is|its|as|thus|this|us)\b)[a-z]+s\b)")
_EARLY_RANGE = re.compile(r"(?<![\d,.])([1-9]\d\d)\s*[–—-]\s*([1-9]\d\d)(?![\d,.]\d)")
# A chronology's entry led by a three-digit year: "707 – Travels north to study at Luoyang."
_EARLY_LEAD = re.compile(r"^[ \t]*(?:c\.\s*)?([1-9]\d\d)(?=\s*(?:[–—:|]|-\s|,\s))", re.MULTILINE)
EARLY_MIN = 3  # three-digit years a document must have before they count at all
_LEAD_1000S = re.compile(r"^[ \t]*(?:c\.\s*)?(1[01]\d\d)(?=\s*(?:[–—:|]|-\s|,\s))", re.MULTILINE)
EARLY_LEAD_GAP = 60  # years between a chronology's last three-digit entry and its first four-digit one


def three_digit_years(text: str) -> bool:
    """Whether the document dates its life in three-digit years (a life before 1000): at least EARLY_MIN
    of them after a time word or leading a chronology's entry, and more than its four-digit years (a modern
    book's references stay modern).

    >>> three_digit_years("Born in 602. In 615 he left. By 625 he was back. The 1996 edition.")
    True
    >>> three_digit_years("In 1905 he led 300 men. In 1906 he was in 200 towns. In 1907 he left.")
    False
    >>> three_digit_years("688 – Born in Yangzhou.\\n707 – Travels north.\\n713 – Returns to Yangzhou.")
    True
    >>> three_digit_years("989 – Born in Xuzhou.\\n1011 – Walks to the Academy.\\n1015 – Passes in Kaifeng.")
    True
    """
    early = len(_EARLY_YEAR.findall(text)) + len(_EARLY_LEAD.findall(text))
    if early >= EARLY_MIN and early > len(_YEAR.findall(text)):
        return True
    # a chronology across the year 1000 ("989, 8th month – Born in Xuzhou." ... "1011 – Walks to the Academy"): its
    # entries led by three-digit years run straight on into four-digit ones
    leads = [int(y) for y in _EARLY_LEAD.findall(text)]
    later = [int(y) for y in _LEAD_1000S.findall(text)]
    return bool(leads) and bool(later) and min(later) - max(leads) <= EARLY_LEAD_GAP


# ("1640s–1650s – Childhood in Kent": a range of decades is one span)
_DECADE = re.compile(r"\b(?:(early|mid|late)[\s-]+)?(1\d\d0|20\d0)['’]?s(?:\s*[–—-]\s*(1\d\d0|20\d0)['’]?s)?\b",
                     re.IGNORECASE)
# The ages a sentence dates by (``patterns.FORMS["age"]`` reads the same for the precise layer): "at the age of
# twenty-seven", "aged 17", "when he was ten", "was ten when", "at about twenty-seven he left"; never "when he was
# one of the delegates" or "when she was a child"
_AGE_WORD = rf"(\d{{1,2}}|{NUMBER_RE})(?![\w-]){NOT_AN_AGE}"
_AGE = re.compile(rf"\b(?:at|by)\s+the\s+age\s+of\s+{ABOUT}{_AGE_WORD}|\baged\s+{ABOUT}{_AGE_WORD}"
                  rf"|\bwhen\s+(?:the\s+(?:boy|girl|child)|\w+)\s+was\s+{_AGE_WORD}(?:\s+years?\s+old)?"
                  rf"|\bwas\s+{_AGE_WORD}(?:\s+years?\s+old)?\s+when\b"
                  rf"|\bat\s+{ABOUT}({NUMBER_RE})(?=\s*,|\s+(?:he|she|they|I|we)\b)"
                  # "The year she turned twelve her father took her to Madras"
                  rf"|\b(?:he|she|I|they|(?-i:[A-Z][\w’'-]+))\s+turned\s+{_AGE_WORD}", re.IGNORECASE)
# "In his late twenties he made his first long journey to the north", "in her early thirties": a stretch of ages
_AGE_DECADE = re.compile(r"\b(?:in|during|by)\s+(?:his|her|their|my)\s+(?:(early|mid|middle|late)[\s-]+)?"
                         r"(teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b",
                         re.IGNORECASE)
_DECADE_OF_AGE = {"teens": 10, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                  "seventies": 70, "eighties": 80, "nineties": 90}
_PART_OF_DECADE = {"early": (0, 3), "mid": (4, 6), "middle": (4, 6), "late": (7, 9), None: (0, 9)}
_RELATIVE = re.compile(r"(?<![\w-])(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+later\b|"
                       r"\bafter\s+(?:a|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\b|"
                       r"\bthe\s+(?:following|next)\s+year\b", re.IGNORECASE)
NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
           "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}


_PAREN = re.compile(r"\([^()]*\)|^[^()]*\)|\([^()]*$")
_CITATION_MARK = re.compile(
    r"[A-Z][\w .’'-]{1,40}[:;]\s*[A-Z]"  # (New York: Vintage Books, 1965)
    r"|\bquoted\s+in\b|\b(?:ibid|op\.\s*cit)\b|\bpp?\.?\s?\d"
    r"|\b(?:Press|Publishers?|Publishing|Books|vol\.?|eds?\.|trans\.)(?:\s|,|$)"
    r"|\b(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"[A-Z][a-z]+,?\s+(?:1[6-9]|20)\d\d(?:[-–]\d+)?\s*$"  # (Well Red, London, 2004), not (… – 21 August 1940)
)


_WORK_BEFORE = re.compile(r"(?i:\b(?:book|biography|novel|pamphlet|article|essay|memoirs?|autobiography|author\s+of|"
                          r"published|wrote|written)\b[^()]{0,60})$"  # "his book The Revolution (1934)"
                          r"|[A-Z][\w’'-]*[:,]?\s+(?:(?:(?:of|the|and|in|a|an|to|for|on)\s+)*[A-Z][\w’'-]*[:,]?\s+){0,5}"
                          r"(?:(?:of|the|and|in|a|an|to|for|on)\s+)*[A-Z][\w’'-]*\s*$")  # a title: First Blood (1964)


_PAGE_AFTER = re.compile(r"\s*,\s*(?:pp?\.?\s*)?\d{1,4}(?:[-–]\d+)?\s*\.?\s*$")  # "(... 1964), 48."


def citation_spans(text: str) -> list[tuple[int, int]]:
    """Parentheses that hold a bibliographic reference; the years in them are publication dates.

    A footnote broken across sentences ("Krieger Publishing Co., 1976), 10.") counts too.

    >>> t = "he wrote (quoted in Isaac Deutscher, The Prophet Outcast, London, 2003, p350)."
    >>> [t[a:b] for a, b in citation_spans(t)]
    ['(quoted in Isaac Deutscher, The Prophet Outcast, London, 2003, p350)']
    >>> citation_spans("during the Russo-Japanese War (1904–1905)")
    []
    >>> citation_spans("quoted in Stalin's book The October Revolution (1934)")
    [(47, 53)]
    >>> citation_spans("Inc., 1964), 48.")
    [(0, 11)]
    >>> citation_spans("Leon Trotsky (born 7 November 1879 – 21 August 1940) was")
    []
    """
    found = []
    for m in _PAREN.finditer(text):
        inner = m.group().strip("()")
        if _YEAR.search(inner) and (_CITATION_MARK.search(inner) or _PAGE_AFTER.match(text, m.end()) or (
                re.fullmatch(r"\s*\d{4}\s*", inner) and _WORK_BEFORE.search(text, max(0, m.start() - 70), m.start()))):
            found.append(m.span())
    return found


@dataclass(frozen=True)
class YearSpan:
    """A time anchor: ``start``..``end`` (inclusive), where it is in the text, how it was found."""

    start: int
    end: int
    pos: int
    how: str  # "explicit", "range", "relative", "age", "running"


_TIME_WORDS = (r"(?:at|during|after|following|before|when|until|since|by|amid|on\s+the\s+eve\s+of|news\s+of|"
               r"outbreak\s+of|start\s+of|end\s+of)")


@cache
def _event_patterns() -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], int, int], ...]]:
    """One cheap pattern of all event names (most sentences name none), then one full pattern per event."""
    rows = json.loads(EVENTS_PATH.read_text(encoding="utf-8"))["events"]
    out = []
    for row in rows:
        lead = row.get("only_after", "")
        out.append((re.compile(rf"\b{_TIME_WORDS}\s+(?:the\s+)?(?:\w+\s+){{0,2}}?{lead}(?:{row['pattern']})\b",
                               re.IGNORECASE), int(row["start"]), int(row["end"])))
    names = re.compile("|".join(rf"\b{row.get('only_after', '')}(?:{row['pattern']})\b" for row in rows), re.IGNORECASE)
    return names, tuple(out)


def event_spans(text: str, running: int | None = None) -> list[YearSpan]:
    """Years of named events after a time word: "when Bloody Sunday took place" is 1905.

    Where one phrase fits two events ("at the outbreak of war"), the one nearer the narrative's year wins.

    >>> [(s.start, s.how) for s in event_spans("At the outbreak of war he was living in Vienna.", running=1917)]
    [(1914, 'event')]
    >>> event_spans("He wrote a history of the October Revolution.")
    []
    """
    names, patterns = _event_patterns()
    if not names.search(text):
        return []
    by_pos: dict[int, list[int]] = {}
    for pattern, start, end in patterns:
        for m in pattern.finditer(text):
            year = end if m.group().lower().startswith(("after", "following", "end of")) else start
            by_pos.setdefault(m.start(), []).append(year)
    spans = []
    for pos, years in sorted(by_pos.items()):
        year = min(years, key=lambda y: (abs(y - running) if running is not None else 0, y))
        spans.append(YearSpan(year, year, pos, "event"))
    return spans


def _expand(a: str, b: str) -> tuple[int, int]:
    start = int(a)
    end = int(b) if len(b) == 4 else start // 100 * 100 + int(b)
    return (start, end) if start <= end else (start, start)


def years_in(text: str, birth_year: int | None = None, running: int | None = None,
             cited: list[tuple[int, int]] | None = None, early: bool = False) -> list[YearSpan]:
    """Every time anchor in ``text``, in order of position; years inside ``cited`` (the citation spans, found
    here unless the caller already has them) are publication dates and not anchors.

    >>> [(y.start, y.end) for y in years_in("From 1907 to 1914 he lived in Vienna.")]
    [(1907, 1914)]
    >>> [(y.start, y.how) for y in years_in("A year later he escaped.", running=1902)]
    [(1903, 'relative')]
    >>> [(y.start, y.end) for y in years_in("In Mexico in the late 1930s he met Breton.")]
    [(1937, 1939)]
    """
    spans: list[YearSpan] = []
    taken: list[tuple[int, int]] = list(citation_spans(text) if cited is None else cited)
    for m in _RANGE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        groups = [g for g in m.groups() if g]
        start, end = _expand(groups[0], groups[1])
        if end - start <= 60:
            spans.append(YearSpan(start, end, m.start(), "range"))
            taken.append(m.span())
    for m in _DECADE.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            base, part = int(m.group(2)), (m.group(1) or "").lower()
            start, end = {"early": (base, base + 3), "mid": (base + 4, base + 6), "late": (base + 7, base + 9)}.get(
                part, (base, base + 9))
            end = max(end, int(m.group(3)) + 9) if m.group(3) else end
            spans.append(YearSpan(start, end, m.start(), "range"))
            taken.append(m.span())
    if early:  # a life before 1000 (``three_digit_years`` of the whole document): "(602–664)", "in 629"
        for m in _EARLY_RANGE.finditer(text):
            start, end = int(m.group(1)), int(m.group(2))
            if start <= end <= start + 100 and not any(a <= m.start() < b for a, b in taken):
                spans.append(YearSpan(start, end, m.start(), "range"))
                taken.append(m.span())
        for m in (*_EARLY_YEAR.finditer(text), *_EARLY_LEAD.finditer(text)):
            if not any(a <= m.start(1) < b for a, b in taken):
                y = int(m.group(1))
                spans.append(YearSpan(y, y, m.start(1), "explicit"))
                taken.append(m.span(1))
    for m in _YEAR.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            y = int(m.group(1))
            spans.append(YearSpan(y, y, m.start(), "explicit"))
    if birth_year is not None:
        for m in _AGE.finditer(text):
            word = next(g for g in m.groups() if g)
            age = None if word.lower() in ("a", "an") else number_value(word)
            if age is not None and age < 120 and (m.group(5) is None or age >= 5):
                spans.append(YearSpan(birth_year + age, birth_year + age, m.start(), "age"))
        for m in _AGE_DECADE.finditer(text):
            decade = _DECADE_OF_AGE[m.group(2).lower()]
            lo, hi = _PART_OF_DECADE[m.group(1).lower() if m.group(1) else None]
            lo = max(lo, 3) if decade == 10 else lo  # (the teens are 13 to 19)
            spans.append(YearSpan(birth_year + decade + lo, birth_year + decade + hi, m.start(), "age"))
    if not spans:
        spans.extend(event_spans(text, running))
    if running is not None and not spans:
        for m in _RELATIVE.finditer(text):
            words = m.group().lower().split()
            n = next((NUMBERS[w] for w in words if w in NUMBERS), 1)
            spans.append(YearSpan(running + n, running + n, m.start(), "relative"))
    return sorted(spans, key=lambda s: s.pos)
