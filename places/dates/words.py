"""The words of dates: month names in the languages biographies are translated from, seasons, numbers.

Month names are keyed in lower case without the trailing dot of an abbreviation; ``month_number`` reads any
of them. English names are matched capitalised (``May``, not the verb ``may``); the others in any case but only
next to a day or a year ("le 2 décembre 1851", "el 5 de mayo de 1862", "am 3. Mai 1848", "3 maja 1791").
"""

from __future__ import annotations

import re

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")
ENGLISH_ABBREVIATIONS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
                         "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
FOREIGN_MONTHS: dict[str, tuple[str, ...]] = {
    "de": ("januar|jänner", "februar", "märz|maerz", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "dezember"),
    "fr": ("janvier", "février|fevrier", "mars", "avril", "mai", "juin", "juillet", "août|aout", "septembre",
           "octobre", "novembre", "décembre|decembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre|setiembre",
           "octubre", "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"),
    # Polish dates use the genitive ("3 maja 1791"); a month with a year, the nominative ("maj 1926") or, after
    # "w", the locative ("w maju 1920").
    "pl": ("stycznia|styczeń|styczen|styczniu", "lutego|luty|lutym", "marca|marzec|marcu",
           "kwietnia|kwiecień|kwiecien|kwietniu", "maja|maj|maju", "czerwca|czerwiec|czerwcu", "lipca|lipiec|lipcu",
           "sierpnia|sierpień|sierpien|sierpniu", "września|wrzesnia|wrzesień|wrzesien|wrześniu|wrzesniu",
           "października|pazdziernika|październik|pazdziernik|październiku|pazdzierniku",
           "listopada|listopad|listopadzie", "grudnia|grudzień|grudzien|grudniu"),
}

MONTHS: dict[str, int] = {name.lower(): i for i, name in enumerate(ENGLISH_MONTHS, 1)}
MONTHS.update({abbr.lower(): n for abbr, n in ENGLISH_ABBREVIATIONS.items()})
for _names in FOREIGN_MONTHS.values():
    for _i, _forms in enumerate(_names, 1):
        MONTHS.update({form: _i for form in _forms.split("|")})


def _longest_first(names) -> str:
    return "|".join(sorted(set(names), key=len, reverse=True))


ENGLISH_MONTH_RE = _longest_first(ENGLISH_MONTHS)
MONTH_RE = (rf"(?:{ENGLISH_MONTH_RE}|(?:{_longest_first(ENGLISH_ABBREVIATIONS)})\.?"
            rf"|(?i:{_longest_first(f for names in FOREIGN_MONTHS.values() for n in names for f in n.split('|'))}))"
            r"(?![\w])")


def month_number(word: str) -> int:
    """1-12 for any month name this module knows.

    >>> month_number("Sept."), month_number("décembre"), month_number("maja")
    (9, 12, 5)
    """
    return MONTHS[word.rstrip(".").lower()]


SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # the month each season begins
SEASON_NAMES = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}

NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
_UNITS = "|".join(k for k, v in NUMBER_WORDS.items() if v < 10 and k not in ("a", "an"))
NUMBER_RE = rf"(?:(?:{'|'.join(TENS)})(?:[\s-](?:{_UNITS}))?|{_longest_first(NUMBER_WORDS)})"


def number_value(word: str) -> int | None:
    """The value of "17", "seventeen", "twenty-one", "a"; None for anything else.

    >>> number_value("twenty-one"), number_value("Seventeen"), number_value("17"), number_value("many")
    (21, 17, 17, None)
    """
    word = word.strip().lower()
    if word.isdigit():
        return int(word)
    parts = re.split(r"[\s-]+", word)
    if len(parts) == 2 and parts[0] in TENS and parts[1] in NUMBER_WORDS:
        return TENS[parts[0]] + NUMBER_WORDS[parts[1]]
    return TENS.get(word, NUMBER_WORDS.get(word))


ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                 "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                 "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
ORDINAL_WORDS.update({f"{tens}{sep}{word}": base + n for tens, base in (("twenty", 20), ("thirty", 30))
                      for word, n in list(ORDINAL_WORDS.items()) if n < 10 for sep in ("-", " ")
                      if base + n <= 31})


def ordinal_value(word: str) -> int | None:
    """ "twenty-third" → 23, "First" → 1.

    >>> ordinal_value("twenty-third"), ordinal_value("Thirty first"), ordinal_value("fourth")
    (23, 31, 4)
    """
    return ORDINAL_WORDS.get(re.sub(r"\s+", " ", word.lower()))


def ordinal(n: int) -> str:
    """ "19th", "21st", "12th"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
