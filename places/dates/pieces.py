"""Pieces: what one match of ``TIME`` holds, before any anchor is known, and how two make a range.

A piece may lack its year ("27 March", "that July"); the words just before it (preposition, determiner,
qualifier) are read into it; neighbouring pieces joined by a dash, "to" or "between … and" become one range,
the one without a year taking its partner's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from places.dates.patterns import BEFORE, NOT_YEAR_AFTER, NOT_YEAR_BEFORE, ONWARDS, RANGE_GAP, RANGE_GAP_REACH
from places.dates.resolve import add_years, season_months, valid_day, winter_across
from places.dates.span import YMD
from places.dates.words import SEASONS, month_number, number_value, ordinal_value

MAX_RANGE_YEARS = 60  # "1848–1952" is two years, not a stay of a century
MAX_DATED_RANGE_YEARS = 125  # "3 May 1850 – 21 August 1920": full dates at both ends make a lifespan a range
BOUNDS = {"since": "since", "from": "since", "until": "until", "till": "until", "up to": "until", "to": "until",
          "before": "before", "after": "after", "by": "by"}
QUALIFIERS = {"early": "early", "beginning": "early", "start": "early", "mid": "mid", "middle": "mid",
              "late": "late", "end": "late", "close": "late", "towards": "late", "toward": "late"}
PRECISION_RANK = {"day": 0, "month": 1, "season": 2, "year": 3, "circa": 4, "decade": 5, "century": 6}



@dataclass
class Piece:
    """A time expression before resolution; ``a``/``b`` may lack their year (then the anchor gives it)."""

    start: int
    end: int
    form: str
    a: YMD | tuple[None, int | None, int | None]
    b: YMD | tuple[None, int | None, int | None]
    precision: str
    kind: str = "absolute"
    qualifier: str = ""
    bound: str = ""
    det: str = ""
    prep: str = ""
    prep_start: int = -1
    extra: dict = field(default_factory=dict)

    @property
    def has_year(self) -> bool:
        return self.a[0] is not None and self.b[0] is not None


def _year_value(written: str) -> int:
    """ "1917" → 1917, "44 BC" → -44, "AD 79" → 79."""
    number = int(re.search(r"\d+", written).group())
    return -number if "B" in written else number


def _tail_year(first: int, written: str) -> int:
    """The year an abbreviated range ends in: 1848-52 → 1852, 1917-8 → 1918, 1917–1918 → 1918."""
    if len(written) >= 4 or first < 1000:
        return int(written)
    return int(str(first)[:-len(written)] + written)


def read_context(text: str, piece: Piece, lead: Sequence[int]) -> None:
    """The preposition, determiner and qualifier just before a piece ("by the end of", "the following"):
    ``lead`` holds the starts of the words before it; the last two parts join the piece's span."""
    m = None
    for pos in lead:
        if pos < piece.start:
            m = BEFORE.fullmatch(text, pos, piece.start)
            if m is not None:
                break
    if ONWARDS.match(text, piece.end):  # "from 1905 onwards"
        piece.bound = "since"
    if m is None or m.start() == piece.start:
        return
    qual = m.group("qual")
    if qual:
        piece.qualifier = QUALIFIERS[re.sub(r"^the\s+", "", qual.lower()).split()[0]]
    piece.det = re.sub(r"\s+", " ", (m.group("det") or "").lower())
    prep = re.sub(r"\s+", " ", (m.group("prep") or "").lower()) or {"pre": "before", "post": "after"}.get(
        (m.group("prefix") or "").lower(), "")  # "pre-1914"
    piece.prep = prep
    piece.bound = BOUNDS.get(prep, "") or piece.bound
    if m.group("prep"):
        piece.prep_start = m.start("prep")
    det_joins = piece.det and (piece.form in ("season", "seasons", "decade", "century", "dmy", "dmyw") or (
        piece.det != "the" and piece.form in ("month", "mdy") and not piece.has_year))
    if qual and piece.det == "the":  # "the end of": one qualifier
        piece.det, det_joins = "", True
    piece.start = m.start("det") if det_joins else m.start("qual") if qual else piece.start


def _season_piece(m: re.Match, form: str, season_word: str, year: int | None, year2: str | None) -> Piece:
    start_month = SEASONS[season_word.lower()]
    if year is None:
        return Piece(m.start(form), m.end(form), "season", (None, None, None), (None, None, None), "season",
                      kind="relative", extra={"season": start_month})
    if start_month == 12 and year2:
        end_year = _tail_year(year, year2)
        if end_year == year + 1:
            a, b = winter_across(year)
            return Piece(m.start(form), m.end(form), "season", a, b, "season")
    a, b = season_months(start_month, year)
    return Piece(m.start(form), m.end(form), "season", a, b, "season")


def pieces_of(m: re.Match, text: str) -> list[Piece]:
    """What one match of ``TIME`` holds (usually one piece; a list of seasons holds several)."""
    form = m.lastgroup
    g = m.group
    s, e = m.start(form), m.end(form)
    if form == "iso":
        y, mo, d = int(g("iso_y")), int(g("iso_m")), int(g("iso_d"))
        return [Piece(s, e, form, (y, mo, d), (y, mo, d), "day")] if valid_day(y, mo, d) else []
    if form == "num":
        first, second, y = int(g("num_a")), int(g("num_b")), int(g("num_y"))
        if g("num_s") == ".":
            day, month = first, second  # 13.1.1917: the dotted order is day.month.year wherever it is used
        elif first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first:
            day, month = second, first
        else:  # 03/04/1917: the year is certain, the day and month are not
            return [Piece(s, e, form, (y, None, None), (y, None, None), "year")] if first <= 12 else []
        if not (1 <= month <= 12 and valid_day(y, month, day)):
            return []
        return [Piece(s, e, form, (y, month, day), (y, month, day), "day")]
    if form in ("dmy", "mdy"):
        month = month_number(g(f"{form}_m"))
        day, day2 = int(g(f"{form}_d")), int(g(f"{form}_d2") or g(f"{form}_d"))
        if g(f"{form}_alt_d"):  # two calendars: "7 November [O.S. 26 October]", "25 October (7 November)"
            other = (month_number(g(f"{form}_alt_m")), int(g(f"{form}_alt_d")))
            style = (g(f"{form}_style") or "").upper()
            # The Gregorian (new style) date is the one marked N.S., else the one not marked O.S., else the later.
            if style.startswith("N") or not style and other > (month, day):
                month, day = other
                day2 = day
        y = _year_value(g(f"{form}_y")) if g(f"{form}_y") else None
        if y == 0:  # "13 January 0 BC": historical years have no zero
            return []
        if day2 < day or not valid_day(y or 4, month, day) or not valid_day(y or 4, month, day2):
            return []
        return [Piece(s, e, form, (y, month, day), (y, month, day2), "day", kind="absolute" if y else "relative")]
    if form == "dmyw":
        month, day = month_number(g("dmyw_m")), ordinal_value(g("dmyw_d"))
        y = _year_value(g("dmyw_y")) if g("dmyw_y") else None
        if day is None or y == 0 or not valid_day(y or 4, month, day):
            return []
        return [Piece(s, e, form, (y, month, day), (y, month, day), "day", kind="absolute" if y else "relative")]
    if form == "my":
        y = _year_value(g("my_y"))
        if y == 0:  # "January 0 BC"
            return []
        m1 = month_number(g("my_m"))
        m2 = month_number(g("my_m2")) if g("my_m2") else m1
        y1 = y if m1 <= m2 else add_years(y, -1)  # December–February 1918
        return [Piece(s, e, form, (y1, m1, None), (y, m2, None), "month")]
    if form == "month":
        month = month_number(g("month_m"))
        return [Piece(s, e, form, (None, month, None), (None, month, None), "month", kind="relative")]
    if form == "seasons":
        word = g("seasons_s")
        out = []
        for year in re.finditer(r"\d{4}", g("seasons_list")):
            piece = _season_piece(m, form, word, int(year.group()), None)
            piece.start, piece.end = m.start("seasons_list") + year.start(), m.start("seasons_list") + year.end()
            out.append(piece)
        if out:
            out[0].start = s  # the first carries "the summers of"
        return out
    if form == "season":
        word, y = g("season_s"), g("season_y")
        return [_season_piece(m, form, word, int(y) if y else None, g("season_y2"))]
    if form == "circa":
        y = _year_value(g("circa_y"))
        if y == 0:
            return []
        y2 = g("circa_y2")
        end_year = _tail_year(y, y2) if y2 else y
        if end_year < y:
            end_year = y
        return [Piece(s, e, form, (y, None, None), (end_year, None, None), "circa")]
    if form == "century":
        word = g("century_n").lower()
        n = int(re.match(r"\d+", word).group()) if word[0].isdigit() else ordinal_value(word) or 0
        if not 1 <= n <= 21:
            return []
        bc = bool(g("century_era")) and "B" in g("century_era")
        first, last = ((n - 1) * 100, (n - 1) * 100 + 99) if not bc else (-n * 100, -(n - 1) * 100 - 1)
        first = max(first, 1) if not bc else first
        return [Piece(s, e, form, (first, None, None), (last, None, None), "century", kind="century")]
    if form == "decade":
        base = int(g("decade_y"))
        last = max(base, int(g("decade_y2") or base)) + 9
        return [Piece(s, e, form, (base, None, None), (last, None, None), "decade", kind="decade")]
    if form == "years":
        a = int(g("years_a"))
        written = g("years_b")
        b = _tail_year(a, written)
        if a < b <= a + MAX_RANGE_YEARS:
            return [Piece(s, e, form, (a, None, None), (b, None, None), "year")]
        out = [Piece(s, m.end("years_a"), "year", (a, None, None), (a, None, None), "year")]
        if len(written) == 4:
            out.append(Piece(m.start("years_b"), e, "year", (b, None, None), (b, None, None), "year"))
        return out
    if form == "ad":
        y = int(g("ad_y"))
        return [Piece(s, e, form, (y, None, None), (y, None, None), "year")] if y > 0 else []
    if form == "era":
        era = g("era_e")
        b = int(g("era_b"))
        if b == 0 or ("B" in era and b >= 1500 and era == "BC"):  # "in 1858 BC joined": British Columbia
            return []
        sign = -1 if "B" in era else 1
        a = int(g("era_a")) if g("era_a") else b
        if sign < 0 and a < b or sign > 0 and a > b:
            return []
        return [Piece(s, e, form, (sign * a, None, None), (sign * b, None, None), "year")]
    if form == "year":
        y = int(g("year_y"))
        return [Piece(s, e, form, (y, None, None), (y, None, None), "year")]
    if form in ("later", "after"):
        n = number_value(g(f"{form}_n"))
        if n is None:
            return []
        direction = -1 if form == "later" and g("later_dir").lower() in ("earlier", "before", "previously") else 1
        return [Piece(s, e, form, (None, None, None), (None, None, None), "year", kind="relative",
                       extra={"n": direction * n, "unit": g(f"{form}_u").lower()})]
    if form == "the":
        if g("the_u2"):
            n, unit = (1 if g("the_dir").lower() == "after" else -1), g("the_u2").lower()
        else:
            word = g("the_det").lower().split()[-1]
            n = 1 if word in ("following", "next") else -1 if word in ("previous", "preceding", "last") else 0
            unit = g("the_u").lower()
        unit = "day" if unit in ("morning", "afternoon", "evening", "night") else unit
        return [Piece(s, e, form, (None, None, None), (None, None, None), "year", kind="relative",
                       extra={"n": n, "unit": unit})]
    if form == "age":
        written = g("age_n") or g("age_n2") or g("age_n3") or g("age_n4")
        if written.lower() in ("a", "an") or (g("age_at") and (number_value(written) or 0) < 5):
            return []
        n = number_value(written)
        return [] if n is None or n > 120 else [
            Piece(s, e, form, (None, None, None), (None, None, None), "year", kind="age", extra={"age": n})]
    return []


def accept(piece: Piece, text: str) -> bool:
    """Pieces that need their context: a month or season alone, and a bare number that may be no year."""
    if piece.form == "month":  # "in May", "that July", "early March"; a bare "May" waits for a range partner
        cue = piece.det and piece.det != "the" or piece.prep not in ("", "of") or piece.qualifier
        piece.extra["alone"] = not cue  # "the Lessons of October" names no time
        return True
    if piece.form == "season" and not piece.has_year:
        word = text[piece.start:piece.end].split()[-1].lower()
        after_in = piece.prep in ("in", "during", "by", "until", "till", "through", "throughout") and (
            piece.det == "the" or piece.qualifier)  # "in the spring", "in early spring"
        if piece.det in ("", "the") and (word == "fall" or not after_in):
            return False  # "drank from the spring", "the fall of Paris"
        return not text.startswith(" of", piece.end) or word != "fall"
    if piece.form in ("year", "years", "circa"):
        window = max(0, piece.start - 12)
        if NOT_YEAR_BEFORE.search(text, window, piece.start) or NOT_YEAR_AFTER.match(text, piece.end):
            return False
    return True


def join_ranges(pieces: list[Piece], text: str) -> list[Piece]:
    """ "13 January – 27 March 1917", "from 1848 to 1852", "between 1848 and 1852": two pieces, one range;
    the one without a year takes its partner's."""
    out: list[Piece] = []
    i = 0
    joinable = ("iso", "num", "dmy", "dmyw", "mdy", "my", "year", "era", "ad", "month")
    while i < len(pieces):
        left = pieces[i]
        right = pieces[i + 1] if i + 1 < len(pieces) else None
        joined = None
        if right is not None and left.form in joinable and right.form in joinable and left.kind != "age" \
                and right.start - left.end <= RANGE_GAP_REACH and not right.det and not right.qualifier:
            gap = RANGE_GAP.fullmatch(text, left.end, right.start)
            if gap and (" and " not in gap.group() or left.prep == "between") \
                    and not (left.form == "month" and right.form == "month"):
                joined = _joined(left, right)
                if joined is not None and left.prep in ("from", "between"):
                    joined.start = left.prep_start
                    joined.bound = ""
        if joined is not None:
            out.append(joined)
            i += 2
        else:
            if not left.extra.get("alone"):
                out.append(left)
            i += 1
    return out


def _joined(left: Piece, right: Piece) -> Piece | None:
    """One range from two pieces, or None where they cannot be one (the end before the start, a century
    between two bare years, a month range against a bare year)."""
    (ya, ma, da), (yb, mb, db) = left.a, right.b
    if (ma is None) != (mb is None) and not (ya is not None and yb is not None):
        return None
    if ya is None and yb is not None:
        ya = yb if (ma or 0) <= (mb or 0) else add_years(yb, -1)
    elif yb is None and ya is not None:
        yb = ya if (mb or 0) >= (ma or 0) else add_years(ya, 1)
    if ya is not None and yb is not None and (
            not (ya, ma or 0, da or 0) < (yb, mb or 13, db or 32)
            or yb - ya > (MAX_DATED_RANGE_YEARS if ma is not None and mb is not None else MAX_RANGE_YEARS)):
        return None
    precision = max(left.precision, right.precision, key=PRECISION_RANK.__getitem__)
    kind = "absolute" if left.has_year or right.has_year else "relative"
    return Piece(left.start, right.end, "range", (ya, ma, da), (yb, mb, db), precision, kind=kind,
                  qualifier=left.qualifier, bound=left.bound, prep=left.prep, prep_start=left.prep_start)
