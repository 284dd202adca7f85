"""The compiled patterns of the temporal layer: one alternation scanned once over a text, and small patterns
applied only in a bounded window beside a match (so the cost stays linear in the text's length).

Each alternative of ``TIME`` is a named group; ``match.lastgroup`` says which form was found.
"""

from __future__ import annotations

import re

from places.dates.words import ENGLISH_ABBREVIATIONS, ENGLISH_MONTH_RE, MONTH_RE, NUMBER_RE, ORDINAL_WORDS

ERA_AFTER = r"(?:B\.C\.E\.|B\.C\.|BCE|BC|A\.D\.|AD|C\.E\.|CE)(?![\w])"
ERA_BEFORE = r"(?:A\.D\.|AD)"
Y4 = r"(?:1\d{3}|20\d\d)"  # a year next to a month or day: 1000-2099
BARE_YEAR = r"(?:1[5-9]\d\d|20\d\d)"  # a year standing alone: 1500-2099, as places.dates.years reads them
DASH = r"\s*[–—-]\s*"
_ABBREVIATIONS = "|".join(sorted(ENGLISH_ABBREVIATIONS, key=len, reverse=True))


def _year(name: str) -> str:
    """A year beside a month or day: "1917", "44 BC", "AD 79", "1066 CE"."""
    return (rf"(?P<{name}>{Y4}(?!\d)(?:\s?{ERA_AFTER})?|\d{{1,4}}\s?{ERA_AFTER}"
            rf"|{ERA_BEFORE}\s?\d{{1,4}}(?!\d))")


def _day(name: str) -> str:
    return rf"(?P<{name}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|er|\.)?(?!\d)"


def _month(name: str) -> str:
    return rf"(?P<{name}>{MONTH_RE})"


def _english_month(name: str) -> str:
    return rf"(?P<{name}>{ENGLISH_MONTH_RE}|(?:{_ABBREVIATIONS})\.?)(?![\w])"


def _STYLE(name: str) -> str:  # noqa: N802 (a pattern maker, like _day)
    """ "O.S." / "N.S." / "old style" before the other calendar's date in brackets."""
    return rf"(?:(?P<{name}>O\.\s?S\.|N\.\s?S\.|(?i:old\s+style|new\s+style))[:,]?\s*)?"


# "at fourteen" is an age only before a pause or the words a clause goes on with ("at fourteen he left"), not
# before a noun ("at fifty other shops") or a clock ("at ten o'clock").
_AFTER_BARE_AGE = (r"(?![\w-])(?=\s*[,;:)]|\s+(?:he|she|they|I|we|his|her|their|the|and|in|to|for|when|after|was"
                   r"|were|had|became|left|went|joined|moved|began|entered|lost|married)(?![\w]))")


_ORDINALS = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)).replace(" ", r"\s")
ABOUT = r"(?:(?:about|around|nearly|almost|roughly|some)\s+)?"
_AGE_NUMBER = rf"(?:\d{{1,3}}|{NUMBER_RE})"
# "when he was one of the delegates", "aged two months", "when she was six months pregnant": no age in years
NOT_AN_AGE = (r"(?!\s+(?i:of|months?|weeks?|days?|hours?|minutes?|miles?|kilomet(?:re|er)s?|versts?|times|per"
               r"|points?|percent|per\s+cent|o['’]?clock)(?![\w]))")

FORMS = {
    # 1917-01-13
    "iso": rf"(?<![\d./-])(?P<iso_y>{Y4})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01])(?![\d-])",
    # 13.1.1917, 13/01/1917 (read as a day only where the order is certain)
    "num": rf"(?<![\d./-])(?P<num_a>\d{{1,2}})(?P<num_s>[./])\s?(?P<num_b>\d{{1,2}})(?P=num_s)\s?(?P<num_y>{Y4})"
           r"(?!\d|[./]\d)",
    # 13 January 1917, 13th of January, 13–15 January 1917, 3. Mai 1848, 5 de mayo de 1862,
    # 7 November [O.S. 26 October] 1879
    "dmy": rf"{_day('dmy_d')}(?:{DASH}{_day('dmy_d2')})?(?:\s+of|\s+de)?\s+{_month('dmy_m')}"
           rf"(?:\s*[\[(]\s*{_STYLE('dmy_style')}{_day('dmy_alt_d')}\s+{_month('dmy_alt_m')}\s*[\])])?"
           rf"(?:,?\s+(?:of\s+|de\s+)?{_year('dmy_y')})?",
    # the first of May 1917, the twenty-third of March
    "dmyw": rf"(?:(?i:the)\s+)?(?P<dmyw_d>(?i:{_ORDINALS}))\s+of\s+{_month('dmyw_m')}"
            rf"(?:,?\s+{_year('dmyw_y')})?",
    # January 13, 1917; January 13th; January 13–15, 1917; October 25 (November 7), 1917
    "mdy": rf"{_english_month('mdy_m')}\s+(?:the\s+)?{_day('mdy_d')}(?:{DASH}{_day('mdy_d2')})?"
           rf"(?:\s*[\[(]\s*{_STYLE('mdy_style')}{_english_month('mdy_alt_m')}\s+{_day('mdy_alt_d')}\s*[\])])?"
           rf"(?:,?\s+{_year('mdy_y')})?(?![\d])",
    # January 1917, March–May 1917, mayo de 1862
    "my": rf"{_month('my_m')}(?:\s*[–—/-]\s*{_month('my_m2')})?,?\s+(?:of\s+|de\s+)?{_year('my_y')}",
    # the summers of 1890, 1891 and 1892
    "seasons": rf"(?i:(?P<seasons_s>spring|summer|autumn|fall|winter)s)\s+of\s+"
               rf"(?P<seasons_list>{Y4}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){Y4})+)(?!\d)",
    # spring 1929, the spring of 1929, winter 1917–18, that autumn (the determiner is read before it)
    "season": rf"(?i:(?P<season_s>spring|summer|autumn|fall|winter))(?![\w])(?:(?:\s+of)?,?\s+(?P<season_y>{Y4})"
              rf"(?!\d)(?:\s*[–—/-]\s*(?P<season_y2>\d{{4}}|\d{{1,2}})(?!\d))?)?",
    # c. 1850, circa 1850, about 1850, c. 1850–1855
    "circa": rf"(?P<circa_w>c\.|ca\.|(?i:circa|about|around|approximately|approx\.|roughly))\s?"
             rf"(?P<circa_y>{Y4}(?!\d)(?:\s?{ERA_AFTER})?|\d{{1,4}}\s?{ERA_AFTER})"
             rf"(?:{DASH}(?P<circa_y2>\d{{4}}|\d\d)(?!\d))?",
    # the 19th century, the nineteenth century, the 5th century BC
    "century": rf"(?P<century_n>\d{{1,2}}(?:st|nd|rd|th)|(?i:{_ORDINALS}))[\s-](?i:century)"
               rf"(?:\s(?P<century_era>{ERA_AFTER}))?",
    # the 1890s, 1890's; "1640s–1650s" (a range of decades, one span)
    "decade": r"(?P<decade_y>1[5-9]\d0|20\d0)['’]?s(?:\s*[–—-]\s*(?P<decade_y2>1[5-9]\d0|20\d0)['’]?s)?(?![\w])",
    # 1848–1852, 1848-52, 1917/18
    "years": rf"(?<![\d.:/])(?<!\d-)(?P<years_a>{BARE_YEAR})\s*(?:[–—-]|/)\s*(?P<years_b>{BARE_YEAR}|\d{{1,2}})"
             r"(?![\d])",
    # 44 BC, 100–44 BC, AD 79, 1066 CE
    "era": rf"(?:(?P<era_a>\d{{1,4}}){DASH})?(?P<era_b>\d{{1,4}})\s?(?P<era_e>{ERA_AFTER})",
    # AD 79
    "ad": rf"{ERA_BEFORE}\s?(?P<ad_y>\d{{1,4}})(?!\d)",
    # 1917
    "year": rf"(?<![\d.:/])(?<!\d-)(?P<year_y>{BARE_YEAR})(?![\d/:])",  # "in 1906.135": a footnote mark
    # July (alone; accepted only after a determiner or preposition)
    "month": rf"(?P<month_m>{ENGLISH_MONTH_RE})(?![\w])(?!\s+(?:[A-Z]|\d))",
    # two years later, a year afterwards, three months earlier
    "later": rf"(?i:(?P<later_n>{NUMBER_RE}|\d{{1,2}})\s+(?P<later_u>decade|year|month|week|day)s?\s+"
             r"(?P<later_dir>later|afterwards?|after(?=\s*[,.;:])|earlier|before(?=\s*[,.;:])|previously"
             # "Four or five years after his arrival": counted from the arrival the narrative has just told
             r"|after(?=\s+(?:his|her|their|the)\s+(?:arrival|return|release|landing|marriage|wedding|escape|"
             r"departure|coronation|accession)\b)"
             r"|on(?=\s*[,.;:])))",
    # after two years (in Siberia, of exile, …)
    "after": rf"(?i:after\s+(?P<after_n>{NUMBER_RE}|\d{{1,2}})\s+(?P<after_u>decade|year|month|week|day)s?)(?![\w])",
    # the following year, the same year, that day, the year before
    "the": r"(?i:(?P<the_det>the\s+(?:following|next|previous|preceding|same|very\s+same)|that(?:\s+same|\s+very)?"
           r"|this|next|last)\s+(?P<the_u>year|month|week|day|morning|afternoon|evening|night)(?![\w])"
           r"|the\s+(?P<the_u2>year|day)\s+(?P<the_dir>before|after)(?=\s*[,.;:]))",
    # at the age of ten, aged 17, at fourteen, when he was ten, a ten-year-old
    # ("at about twenty-seven he left Zhongdu", "at the age of about ten")
    "age": rf"(?i:(?:at|by)\s+the\s+age\s+of\s+{ABOUT}|aged\s+{ABOUT}|"
           rf"(?P<age_at>at)\s+{ABOUT}(?={NUMBER_RE}{_AFTER_BARE_AGE}))"
           rf"(?P<age_n>{_AGE_NUMBER})(?![\w-]){NOT_AN_AGE}"
           rf"|(?i:(?P<age_n2>\d{{1,2}}|{NUMBER_RE})[\s-]years?[\s-]old)(?![\w])"
           rf"|(?i:when\s+(?:he|she|I|they|the\s+(?:boy|girl|child)|(?-i:[A-Z][\w’'-]+))\s+(?:was|were)\s+"
           rf"(?P<age_n3>{_AGE_NUMBER})(?![\w-])"
           rf"{NOT_AN_AGE}"
           r"(?:\s+years?\s+old)?)"
           # "the year she turned twelve"
           rf"|(?i:(?:he|she|I|they|(?-i:[A-Z][\w’'-]+))\s+turned\s+)(?P<age_n4>{_AGE_NUMBER})(?![\w-]){NOT_AN_AGE}",
}

# Forms that open only with a digit are tried first and only at a digit; then the others, in the order above.
_OPENS_WITH_DIGIT = ("iso", "num", "dmy", "decade", "years", "era", "year")
TIME = re.compile(
    r"(?<![\w])(?:(?=\d)(?:" + "|".join(f"(?P<{n}>{FORMS[n]})" for n in _OPENS_WITH_DIGIT) + ")"
    r"|(?:" + "|".join(f"(?P<{n}>{b})" for n, b in FORMS.items() if n not in _OPENS_WITH_DIGIT) + "))"
)

# Read in a window just before a match: the preposition, determiner and qualifier that belong to it.
BEFORE = re.compile(
    r"(?i:(?:(?<![\w])(?P<prep>in|on|by|until|till|up\s+to|since|from|during|through|throughout|between|before"
    r"|after|of|to|at|around)\s+|(?<![\w])(?P<prefix>pre|post)-)?"
    r"(?:(?<![\w])(?P<det>that(?:\s+same|\s+very)?|this|the\s+(?:following|next|previous|preceding|same|very\s+same)"
    r"|next|last|the)\s+)?"
    r"(?:(?<![\w])(?P<qual>(?:early|late)(?:\s+in)?|mid|(?:the\s+|towards?\s+the\s+)?(?:beginning|start|middle|end|close)"
    r"\s+of(?:\s+the)?)(?:\s+|-))?)$"
)

# A number that is not a year: "page 1917", "No. 1917", "£1917", "1917 men", "1917 Main Street".
NOT_YEAR_BEFORE = re.compile(
    r"(?i:(?<![\w])(?:no|nr|nos|p|pp|pg|page|pages|room|number|numbers|vol|volume|chapter|op|opus|tel|art|fol"
    r"|folio|item|lot|cat|ms|plate|fig|figure|line|lines|col|column)\.?|[#§$£€¥])\s*$"
)
NOT_YEAR_AFTER = re.compile(
    r"\s*(?i:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet|ft|yards|versts?|people|persons|men|women|children"
    r"|soldiers|troops|workers|members|copies|votes|delegates|roubles|rubles|dollars|pounds|francs|marks|lire"
    r"|pesos|crowns|kg|kilos|tons?|tonnes|hectares|acres|pages|volumes|names|families|inhabitants|prisoners"
    r"|strikers|deaths|casualties|signatures|hours|houses|letters|%|per\s+cent|percent)(?![\w])"
    r"|\s+[A-Z]\w+\s+(?:Avenue|Street|Road|Boulevard|Lane|Place)(?![\w])"
)

# Between two dates that make one range: "1848–1852", "13 January – 27 March", "1848 to 1852", "… and …".
RANGE_GAP = re.compile(r"\s*(?:[–—-]|/)\s*|\s+(?:to|until|till|through|and|bis|au|à|al|a|do)\s+(?:the\s+)?")
RANGE_GAP_REACH = 14
ONWARDS = re.compile(r"\s+(?:onwards?(?![\w])|(?:on|and\s+after)(?=\s*(?:[,.;:)]|$)))")  # "from 1905 onwards"
