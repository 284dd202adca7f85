"""From one document to the subject's dated stops, each with its evidence.

The stages run in order over the sentences of a document: segmentation,
subject tracking, mention finding, time anchoring, event typing, and stop
construction. Nothing here knows who the subject is beyond the name it is
given, so the same code reads a biography of anyone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from places.dates import TimeSpan, times_in
from places.dates.hijri import HijriYears
from places.dates.reigns import era_years
from places.dates.words import ENGLISH_MONTHS, NUMBER_RE, number_value, ordinal_value
from places.dates.years import YearSpan, citation_spans, three_digit_years, years_in
from places.events import (
    CHILDREN_ALONG,
    CLAUSE_CLOSED,
    ENTRY_VERB_FORM,
    FAMILY_MOVE,
    NAME_PARTICLES,
    NOT_GIVEN_NAMES,
    OTHER_AGENT,
    PLAN_REASON,
    STRONG_KINDS,
    TIME_SCENE,
    TITLE_KIN_AGE,
    TITLES,
    WHERE_CLAUSE_OPEN,
    Cue,
    SubjectTracker,
    child_named_as_subject,
    cues_here,
    event_cues,
    inside_quotation,
    is_locative,
    kin_pronoun,
    kind_for,
    name_parts,
    not_a_visit,
    own_claim,
    reported_thought,
    subject_pattern,
    subject_pronoun,
    teller_kin,
    title_epithets,
    title_pronoun,
    vessel_names,
)
from places.gazetteer import Gazetteer
from places.mentions import BroadMentionFinder, MentionFinder, drop_enclosing_areas
from places.model import Document, Evidence, Mention, Place, Sentence
from places.segment import split_sentences
from places.subject import infer_subject  # noqa: F401 - callers import it from here

MAX_QUOTE = 320
LIFESPAN = 100  # years after birth a narrative's date can plausibly be about the subject's life
NEAR_PLACES = 5  # recent places that disambiguate a GeoNames name
CHILDHOOD = 18  # up to this age "the family moved" moves the subject too
RUNNING_REACH = 12  # sentences a year stays the narrative's date without being repeated


@dataclass(frozen=True)
class RawStop:
    """A stop as one document states it, before merging across documents."""

    doc: str
    place: Place
    start: int
    end: int
    kind: str
    evidence: Evidence
    confidence: float
    position: float  # where in the document (0..1): narrative order within a year
    when: TimeSpan | None = None  # the text's own time for it, finer than a year where the text gives it
    moment: bool = False  # a gathering attended ("the congress in Brussels"): a visit, never a stay to fill


# a year that opens a sentence: "In 1924", "In the spring of 1924", "By March 1921", "Early in 1917"
_OPENS_WITH_YEAR = re.compile(r"\W*(?:In|By|During|Early\s+in|Late\s+in|From)\s+(?:the\s+)?(?:(?:early\s+|late\s+)?"
                              r"(?:spring|summer|autumn|fall|winter|[A-Z][a-z]+)\s+(?:of\s+)?)?(\d{3,4})\b(?!\s*(?:BC|BCE))")

# "river forts on the Delaware", "West Point on the Hudson": towns and states are "in", rivers "on the"
_ON_THE_RIVER = re.compile(r"\bon\s+the\s+$", re.IGNORECASE)
_LAND_AFTER = re.compile(r"\s+(?:peninsula|island|islands|coast|shore|plateau|steppe|estate)\b", re.IGNORECASE)
_WHERE_ONE_DID = re.compile(r"\s*,?\s*where\s+(?:he|she|they|I|we)\s+([^,;.]*)")


def stay_told_after(text: str, end: int, cue: Cue) -> Cue:
    """A journey's end the text goes on to live in ("He went to Zurich, where he published a pamphlet", "was
    transferred to Nikolayev, where he was first introduced to Marx") is a stay, of the kind its where-clause
    tells (a residence unless it says study or work); "went to Paris, where he met Lenin" stays a journey.

    >>> stay_told_after("He went to Zurich where he published a pamphlet.", 17, Cue("travel", 3, 7, "went")).kind
    'residence'
    >>> stay_told_after("He went to Paris, where he met Lenin.", 16, Cue("travel", 3, 7, "went")).kind
    'travel'
    """
    m = _WHERE_ONE_DID.match(text, end)
    if m is None:
        return cue
    told = event_cues(m.group(1))
    if told and told[0].kind in ("travel", "birth", "death"):
        return cue
    kind = told[0].kind if told and told[0].kind in ("education", "political_work", "residence") else "residence"
    return Cue(kind, cue.start, cue.end, cue.word)


# Gatherings one attends: the place is where the subject was for days, not where the stay went on.
_MOMENT_WORDS = {"congress", "conference", "attended", "attends", "spoke", "speaks", "speech", "presided",
                 "presides", "lectured", "lectures"}  # ("lectured in Australia in 1891 and 1892": a tour, no home)


def is_moment(cue: Cue) -> bool:
    """Whether the event word tells a gathering attended ("during the congress in Brussels in 1903")."""
    return cue.kind == "political_work" and cue.word.lower() in _MOMENT_WORDS


def quote_around(text: str, start: int, end: int, focus: int) -> tuple[int, str]:
    """A verbatim slice of ``text[start:end]`` of at most MAX_QUOTE characters around ``focus``."""
    if end - start <= MAX_QUOTE:
        return start, text[start:end]
    a = max(start, focus - MAX_QUOTE // 2)
    b = min(end, a + MAX_QUOTE)
    a = max(start, b - MAX_QUOTE)
    if a > start:
        space = text.find(" ", a, a + 30)
        a = space + 1 if space != -1 else a
    if b < end:
        space = text.rfind(" ", b - 30, b)
        b = space if space != -1 else b
    return a, text[a:b]


def stop_confidence(named: bool, dated: str, kind: str) -> float:
    """How sure a single sentence makes us: who (named or a pronoun), when (how dated), what (event)."""
    who = 0.25 if named else 0.15
    when = {"explicit": 0.25, "range": 0.25, "age": 0.15, "relative": 0.15, "event": 0.15}.get(dated, 0.1)
    what = 0.2 if kind in STRONG_KINDS else 0.0 if kind == "political_work" else 0.1
    return min(1.0, 0.3 + who + when + what)


def nearest_span(text: str, spans: list, pos: int, end: int | None = None):
    """The time anchor closest to ``pos`` (a place's start; ``end``: where it ends, from which a year after it
    counts: "to Ramgarh in 1805, to Bhagalpur in 1808" gives Bhagalpur 1808); years in a parenthesis that does
    not hold ``pos`` come last.

    In "X (he took the name in 1902) was born in Yanovka on 7 November 1879",
    Yanovka gets 1879, not the aside's 1902.
    """
    if not spans:
        return None
    def aside(span) -> bool:
        opened = text.rfind("(", 0, span.pos)
        closed = text.find(")", span.pos)
        return opened != -1 and closed != -1 and not opened < pos < closed and text.rfind(")", 0, span.pos) < opened
    def later_clause(span) -> bool:  # "In 1890 she moved to Vienna and in 1899 ...": 1899 is the next clause's
        return span.pos > pos and _CLAUSE_BREAK.search(text, pos, span.pos) is not None

    def earlier_clause(span) -> bool:  # "in Geneva 1826; arr. Paris late 1832": 1826 is the last clause's
        return span.pos < pos and ";" in text[span.pos:pos]
    # "in June 1325, at the age of twenty-one, he left for Mecca": an age is a year reckoned (one off at times),
    # the year written beside it is the year
    written = any(s.how in ("explicit", "range") for s in spans)

    def reckoned(span) -> bool:
        return written and span.how == "age"

    def bound(span) -> bool:
        """"In October 1960 she made her first journey outside India since 1929, to ... Las Vegas": a year after
        "since" bounds a stretch; another year of the sentence dates its places."""
        return len(spans) > 1 and _SINCE_BEFORE.search(text, max(0, span.pos - 8), span.pos) is not None
    after = pos if end is None else end
    own_after = any(s.pos >= after and not later_clause(s) for s in spans)

    def earlier_part(span) -> bool:
        """"to Algeria in 1874 and to Egypt in the winter of 1875–76": the year before "and to" dates the part
        before, when the place has a year of its own after it."""
        return own_after and span.pos < pos and _NEXT_PLACE_PART.search(text, span.pos, pos) is not None

    return min(spans, key=lambda s: (aside(s), later_clause(s), earlier_clause(s), earlier_part(s), reckoned(s),
                                     bound(s), pos - s.pos if s.pos < pos else max(0, s.pos - after)))


_NEXT_PLACE_PART = re.compile(r"\s(?:and|then)\s+(?:then\s+|later\s+|finally\s+)?(?:to|at|in|on|into)\s+(?:the\s+)?$")


_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)


# "In Siberia, he became aware of the differences within the party, which had been decimated by arrests in 1898":
# the year of a relative clause told as earlier dates that clause, not the place before it
_EARLIER_RELATIVE = re.compile(r"\b(?:which|that|who|whom)\s+(?:\w+\s+)?had\b", re.IGNORECASE)
# (", where in 1896 he married": a where-clause's year dates its own event, not the arrival it follows)
_CLAUSE_BREAK = re.compile(r";|,?\s(?:and|but|then|while|whereas|until|before|after)\s|,\s+where\s")


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTHS_OR_SEASONS = rf"(?:(?:Early|Late)\s+)?(?:{_MONTHS}|Spring|Summer|Autumn|Fall|Winter)"
_MONTH_DAY = re.compile(rf"\b(?:{_MONTHS}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTHS}"
                        rf"|(?:in|by|until|from)\s+(?:early\s+|late\s+)?{_MONTHS})\b")
_PLUPERFECT = re.compile(r"\b(?:had|having)\s+(?:\w+ly\s+|earlier\s+|once\s+|already\s+)?(?:been|read|[a-z]+ed)\b",
                         re.IGNORECASE)
_HELD_EARLIER = re.compile(r"[^,.;]{0,20}?\b(?:in\s+which|where)\s+(?:he|she)\s+had\s+(?:\w+\s+)?been\b", re.IGNORECASE)


def proper_names(text: str) -> Callable[[str], bool]:
    """Whether the document writes a word capitalised inside a sentence too (after anything but a sentence's end, a
    quote or a bracket), so that it is a name there, not a common word that opened one sentence ("Release came").

    >>> is_name = proper_names("Release came in 1857. He worked with the physician Jacob Mantino. Mantino went on.")
    >>> is_name("Mantino"), is_name("Release"), proper_names("In 1870 Kostomarov was sent.")("Kostomarov")
    (True, False, True)
    """
    seen: dict[str, bool] = {}

    def is_proper(word: str) -> bool:
        if word not in seen:  # an occurrence whose previous character is no sentence's end, quote or bracket
            seen[word] = any(m.start() > 0 and text[:m.start()].rstrip()[-1:] not in ("", ".", "!", "?", '"', "“",
                                                                                       "(", "[", "\n")
                             and text[m.start() - 1] in " \t"
                             for m in re.finditer(rf"\b{re.escape(word)}\b", text))
        return seen[word]
    return is_proper


def look_back_at(text: str, cue, start: int, end: int) -> int:
    """Where the sentence tells the event as earlier than its own time, or -1: "having escaped from exile
    in Siberia", "the Odessa prison in which he had earlier been held". A year after that point dates the
    earlier event itself; a year before it dates the main clause, not this place.

    >>> t = "In 1913 she lived in Vienna, having escaped from exile in Siberia."
    >>> look_back_at(t, Cue("residence", 12, 17), 21, 27), look_back_at(t, Cue("exile", 50, 55), 59, 66)
    (-1, 29)
    >>> t = "In 1868, when the army had marched on to Bukhara, he was in Samarkand."
    >>> look_back_at(t, Cue("residence", 51, 54), 61, 70)
    -1
    >>> t = "In 1853, after the ships had appeared in the bay, the shogunate summoned him to Edo."
    >>> look_back_at(t, Cue("government", 63, 71), 79, 82)
    -1
    """
    lo = max(0, min(cue.start, start) - 40)
    lo = max(lo, text.rfind(";", lo, start) + 1)  # "...with whom he had been corresponding; then to Prague"
    found = _PLUPERFECT.search(text, lo, start)
    if found and not _BY_DATE.search(text, max(0, found.start() - 40), found.start()) \
            and not _MAIN_CLAUSE_AFTER.search(text, found.end(), start) \
            and not _NEW_TIME_PART.search(text, found.end(), start) \
            and not (CLAUSE_CLOSED.search(text, found.end(), start)
                     and WHERE_CLAUSE_OPEN.search(text, 0, found.start())):
        # (not a relative clause closed before the place: "at Milton, where she had been born, and later at
        # Dunvegan" — the pluperfect is Milton's)
        return found.start()
    held = _HELD_EARLIER.match(text, end)
    return held.start() if held else -1


# "when the army had marched on to Bukhara, he was in Samarkand": the main clause begins after the comma
# (and "after Perry's ships had appeared in Edo Bay, the shogunate summoned him to Edo": another acts on the subject)
_MAIN_CLAUSE_AFTER = re.compile(r",\s*(?:then\s+)?(?:(?:he|she|I|we|they)\s+(?!had\b)\w+|(?:the|a|an)\s+"
                                r"(?:[\w-]+\s+){0,3}?(?:[a-z]+ed|sent|took|brought|gave|made|led|let|kept|met|found|"
                                r"told|put)\s+(?:him|her|them|me|us|(?-i:[A-Z])[\w’'-]+)\b)", re.IGNORECASE)
# "in Valencia, where the government had fled, and from the following year in Barcelona": a part of its own
_NEW_TIME_PART = re.compile(r",\s+(?:and\s+|then\s+)+(?:from|in|by|during|after|early\s+in|late\s+in)\s+(?:the\s+)?"
                            r"(?:following|next|\d)", re.IGNORECASE)
# "by the end of 1812 had reached Cartagena": the date says by when, and dates the pluperfect itself
_BY_DATE = re.compile(r"\bby\s+(?:the\s+(?:end|middle|spring|summer|autumn|winter|beginning)\s+of\s+|early\s+|"
                      r"late\s+|mid-?)?(?:\w+\s+)?\d{3,4}\s*,?\s*(?:he|she|they|I|we)?\s*$"
                      # "By the end of September she had reached Toulouse": a month of the narrative's year
                      rf"|\bby\s+(?:the\s+(?:end|middle|beginning)\s+of\s+|early\s+|late\s+|mid-?)?(?:{_MONTHS}|"
                      r"spring|summer|autumn|fall|winter)\s*,?\s*(?:he|she|they|I|we)?\s*$"
                      # "By then my father had moved to Penang": by the narrative's own time
                      r"|\bby\s+(?:then|that\s+time|this\s+time|now)\s*,?\s*(?:[\w'’]+\s+){0,3}$", re.IGNORECASE)
# (after a time of its own: "On 3 December 1894, at Vailima, he came down", "That summer of 1876 at Grez he ...")
_SCENE_TIME = (r"(?:(?:On|In|By|During|That|This|The\s+following|Early\s+in|Late\s+in)\s+"
               r"[^,;.]{0,30}?(?:\b\d{3,4}|spring|summer|autumn|fall|winter)\b"
               # "Later that year, at Latakia, she fell ill", "Two years later, at Ray, he ..."
               r"|(?:Later|Soon|Shortly|Next)(?:\s+(?:that|this|the\s+same|the\s+next|the\s+following)\s+"
               r"(?:year|spring|summer|autumn|fall|winter|month))?"
               r"|(?:A|One|Two|Three|Four|Five|Six|Some|Several)\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?)\s+"
               r"(?:later|afterwards?))"
               r",?\s+")
_SCENE_OPENS = re.compile(rf"\W*(?:{_SCENE_TIME})?(?:In|At|in|at|While\s+in|Back\s+in|Once\s+in)\s+(?:the\s+)?")
_AT_OPENS = re.compile(r"\W*At\s+")
_TIMED_SCENE = re.compile(rf"\W*{_SCENE_TIME}")
_TIME_AFTER_PLACE = re.compile(r",?\s+(?:that|this|the\s+following|the\s+next|in|during|early\s+in|late\s+in)\s+"
                               r"[^,;.]{0,20}?(?:\b\d{3,4}|spring|summer|autumn|fall|winter|year)\b,?\s+")
_PRONOUN_SUBJECT = re.compile(r"(?:he|she)\b")
_SPACE = re.compile(r"\s+")
# "In Paris during 1915, ", "In Rome, in August 1805, on the Monte Sacro, ", "In Chengdu, crowded with refugees
# and their teachers, ": up to the subject after the scene
_SCENE_COMMAS = [re.compile(rf"(?:[^,;.]{{0,60}},\s*){{{n}}}") for n in (1, 2, 3)]
_SCENE_CLAUSE = re.compile(r"[^,;.]{0,80}")
_SCENE_JOINED = re.compile(r"[^,;.]{0,80},\s+and\s+(?:then\s+)?")
# The subject's own clause (``Extractor.clause_cue``): "in"/"at" right before the place, the clause's start,
# a scene-setting opening before its subject, and nouns whose "in" places a thing, not the subject.
_CLAUSE_PLACE = re.compile(r"\b(?:in|at)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,1}$|"
                           r"\b(?:in|on|at)\s+the\s+(?:\w+\s+)?(?:plains|hills|mountains|shores?|banks?|coast|"
                           r"valley|outskirts|suburbs|streets)\s+of\s+$", re.IGNORECASE)
_CLAUSE_OPENING = re.compile(r"[;:]\s*|,\s+(?:and|but|while|whereas|where|when)\s+"
                             r"|\b(?:and|but|then|which|that|whom)\s+(?=(?:he|she|I)\b)"
                             r"|\d{4}\s+and\s+(?=(?:in|at)\s)")  # "field work in Alsace 1836 and in Lorraine 1837"
# "the rising, which he directed from Lugano", "she wrote from Paris": a verb of doing, then "from" the place
# where it was done (never one of leaving: "fled from", "returned from" are event words of their own).
_FROM_AFTER_VERB = re.compile(r"\b(?:directed|wrote|ruled|led|organi[sz]ed|reported|commanded|governed|managed|"
                              r"edited|cabled|telegraphed|corresponded|watched|conspired|plotted|agitated|"
                              r"campaigned|broadcast|preached|taught)\s+(from\s+(?:the\s+)?)$")
_CLAUSE_SCENE = re.compile(r"\W*(?:(?:in|on|by|from|until|during|early|late)\s+(?:the\s+)?(?:early\s+|late\s+)?"
                           rf"(?:{_MONTHS}|spring|summer|autumn|fall|winter)(?:\s+\d{{1,2}})?(?:,?\s+\d{{3,4}})?,?\s+"
                           r"(?:of\s+(?:that|the\s+same|the\s+following|the\s+next)\s+year,?\s+)?|"
                           r"(?:in|on|at|by|after|before|during|from|when|then|later|soon|early|late|there|"
                           r"that|the\s+(?:next|following))\b[^,;]{0,40}?,\s*|(?:in|on|by|after|during)\s+"
                           r"(?:[\w.]+\s+){0,3}?\d{3,4}\s+|(?:then|later|soon|there|meanwhile|afterwards)\s+)?",
                           re.IGNORECASE)
_THING_IN = re.compile(r"\b(?:revolution|war|wars|events?|situation|crisis|famine|uprising|rising|strikes?|"
                       r"interests?|articles?|books?|reports?|essays?|studies|research|investments?|property|"
                       r"properties|shares|estates?|land|lands|news|affairs|politics|history|conditions|"
                       r"movement|struggle|fighting|battle|elections?|government|massacres?|pogroms?|riots?|"
                       r"troubles|exhibitions?|performances?|publication|editions?|interest)\s+(?:\w+\s+)?$",
                       re.IGNORECASE)
# The subject's verb comes first ("Trotsky with Lenin and soldiers in Petrograd" is a caption, "Leon Trotsky
# Memorial meeting held at" a name); a verb of saying, thinking or seeing is about a place, not at it; a
# preposition between the verb and the place attaches the place to a noun ("after the Nazi takeover in
# Germany", "a period of stability in Europe"); a place that goes on as a longer name is not the place
# ("in the Manchester Guardian").
_CLAUSE_VERB = re.compile(r"\s*(?:(?:also|then|still|again|now|soon|later|first|once|already|briefly|[a-z]+ly)\s+)?"
                          r"((?:was|were|had|has|is|are|went|came|took|spent|taught|made|kept|found|gave|held|"
                          r"saw|knew|met|ran|sat|stood|lay|fought|won|lost|wrote|thought|said|hoped|called|heard|"
                          r"bought|sought|caught|built|sent|lent|left|felt|slept|spoke|rode|drove|led|fled|told|"
                          r"sold|began|sang|read|did|got|put|set|let|became|grew|drew|threw|flew|"
                          r"[a-z]{2,}ed|[a-z]{3,}(?<!s)s))\b")
_NOT_PRESENCE_VERB = re.compile(r"hoped|thought|believed|said|wrote|argued|called|described|predicted|feared|saw|"
                                r"knew|read|learned|learnt|urged|demanded|criticised|criticized|praised|"
                                r"refuted|denounced|attacked|supported|opposed|named|considered|regarded|"
                                r"condemned|blamed|claimed|denied|expected|imagined|dreamed|dreamt|planned|"
                                r"wanted|wished|intended|proposed|suggested|compared|contrasted")
_ATTACHED_ELSEWHERE = re.compile(r"\b(?:of|after|before|during|since|about|against|over|from|towards?|into|than|"
                                 r"like|between|among|by)\b|\b(?:for|to|with)\s+(?![A-Z])")  # "engineer to General X"
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")
# "In 1892 the two were running a lunchroom in Worcester": a group the subject is in, as the clause's subject
_GROUP_SUBJECT = re.compile(r"(?:they|the\s+(?:two|couple|pair|family|brothers|sisters)|we)\b", re.IGNORECASE)
_SOME_PLACE = re.compile(r"\b(?i:in|at|of|to|into|for|from|reached|visited|entered|left)\s+(?:the\s+)?[A-Z]")
_CLAUSE_PLACE_ANYWHERE = re.compile(r"\b(?i:in|at|of)\s+(?:the\s+)?[A-Z]")
TELEGRAPHIC_WORDS = 4  # "field work in", "studies at": a verbless clause of a dictionary entry
CLAUSE_WORDS = 8  # "he was clerking in a country store in": the verb and its object, not a whole digression
# "b. 3 Mar. 1870", "d. 19 Apr. 1930": a dictionary's abbreviations, before a date only
# "Liliʻuokalani, born Lydia Liliʻu Kamakaʻeha, was ...": the name she was born with, no birth of a year or place
# "born Razafindrahety,", "(born Lij Tafari Makonnen;": a name given at birth, before a comma, a ";" or a bracket
_BORN_AS = re.compile(r"\bborn\s+((?:[A-Z][\w’'ʻ-]+\s+){0,4}[A-Z][\w’'ʻ-]+)(?=\s*[,;)])")
# Another name the opening gives the subject, by which the text may go on ("Ayuba Suleiman Diallo (Job ben
# Solomon)", "Known to the English of his day as Job ben Solomon:", "better known as Tantia Tope"): a name in
# brackets right after the subject's, or after "known ... as" (a sentence opening with "Known" describes the subject)
_NAME_WORDS = r"((?:[A-Z][\w’'ʻ-]+\s+(?:(?:ibn|bin|ben|bint|abu|wa|de|da|di|del|van|von|der|al|el|y|la|le)\s+)?){0,4}" \
    r"[A-Z][\w’'ʻ-]+)"
_REST_OF_NAME = re.compile(r"(?:\s+[A-Z][\w’'ʻ-]+)*")
_BRACKETED_NAME = re.compile(r"\s*\(" + _NAME_WORDS + r"\)")
_KNOWN_AS = re.compile(r"(?:^|(?<=[.:;\n]\s)|(?<=\n))Known\b[^.;:\n]{0,50}?\bas\s+" + _NAME_WORDS
                       + r"|\b(?:also|better|widely|commonly|often)\s+(?:known|called)\s+(?:to\s[^.;:\n]{0,40}?)?"
                       r"(?:as\s+)?" + _NAME_WORDS
                       # "Xiao Hong was the pen name of Zhang Naiying, who was born ... in Hulan"
                       + r"|\b(?:pen|stage|assumed|literary|religious|monastic|adopted|regnal)[\s-]name\s+of\s+"
                       + _NAME_WORDS + r"|\bpseudonym\s+of\s+" + _NAME_WORDS, re.MULTILINE)
_EARLIER_NAME = re.compile(r"(?:^|(?<=[.:;\n]\s)|(?<=\n))" + _NAME_WORDS + r",\s+(?:who|whom)\s+(?:(?:later|afterwards|"
                           r"would\s+become|became)\s+)?(?:as|under\s+the\s+name(?:\s+of)?|known\s+as)\s+$",
                           re.MULTILINE)
BIRTH_NAME_REACH = 1500  # characters: the opening, where a life gives its subject's names
# "Everyone called her Mickey", "known to her friends as Bobo", "nicknamed him Tom": what the subject was called
_CALLED_HER = re.compile(r"\b(?:called|nicknamed|dubbed)\s+(?:her|him)\s+([A-Z][a-z]{2,})\b"
                         r"|\bknown\s+to\s+(?:her|his|their|all\s+her|all\s+his)\s+(?:\w+\s+){0,2}?as\s+"
                         r"([A-Z][a-z]{2,})\b")
# (particles between: "born Kamau wa Ngengi,", "born Muhammad ibn Abdallah,")
# a birth told as a noun, and whose: "Birth at Taktser, in Amdo, of Lhamo Dhondup", "the birth of his son at Kew"
_OTHERS_BIRTH = re.compile(r"[Bb]irth\b[^.;]{0,60}?\bof\s+(?:his|her|their|a|an|[A-Z])")
# (and one name before a ";": "Born Mihr-un-Nisa; styled Nur Mahal (1611)")
_BIRTH_NAME = re.compile(r"born\s+(?:(?:(?-i:[A-Z])[\w’'ʻ-]+\s+(?:(?:wa|bin|ibn|bint|de|da|di|del|van|von|der|al|el|y|"
                         r"la|le)\s+)?){1,5}(?-i:[A-Z])[\w’'ʻ-]+\s*,|(?-i:[A-Z])[\w’'ʻ-]+\s*;)", re.IGNORECASE)
_BORN = re.compile(r"(?<![\w-])born\b|\bcame\s+into\s+the\s+world\b|(?<!\()\bb\.(?=\s+(?:c\.\s*|ca\.\s*)?\d)",
                   re.IGNORECASE)
# (a suicide ends the life in ``lifetime`` only: "Berkman shot himself in Nice, and she hurried there" is a visit)
_DIED = re.compile(r"\b(?:died|murdered|assassinated|killed|hanged\s+(?:himself|herself)|"
                   r"took\s+(?:his|her)\s+own\s+life|committed\s+suicide|shot\s+(?:himself|herself))\b"
                   r"|(?<!\()\bd\.(?=\s+(?:c\.\s*|ca\.\s*)?\d)", re.IGNORECASE)
# "died in Edo in the spring of 1682, at the age of eighty-three", "died at Rodosto in 1735, aged 59"
_AGED_AFTER_DEATH = re.compile(rf"[^.;]{{0,120}}?\b(?:at\s+the\s+age\s+of|aged)\s+(\d{{1,3}}|{NUMBER_RE})\b")
_AGE_AT_DEATH = re.compile(rf"\W*(?:he|she|I)\s+was\s+(?:(\d{{1,3}}|{NUMBER_RE})(?:\s+years?\s+(?:of\s+age|old))?\b"
                           r"|in\s+(?:his|her|my)\s+([a-z]+(?:[\s-][a-z]+)?)\s+year\b)", re.IGNORECASE)


PET_NAME_USES = 2
_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+$")
_PET_ENDING = re.compile(r"(?:y|ie|i|o|ey|chen|ka|sha|nya|ito|ita)$")
# Short forms that do not open like the given name ("Tom" for Thomas, "Jack" for John, "Sasha" for Alexander)
SHORT_FORMS = {
    "thomas": ("Tom", "Tommy"), "william": ("Bill", "Will", "Willy", "Billy"), "robert": ("Bob", "Bobby", "Rob"),
    "richard": ("Dick", "Rick"), "john": ("Jack", "Johnny"), "edward": ("Ned", "Ted", "Teddy", "Eddie"),
    "henry": ("Harry", "Hal"), "margaret": ("Peggy", "Meg", "Maggie", "Daisy"), "mary": ("Polly", "Molly", "Mamie"),
    "elizabeth": ("Bess", "Bessie", "Betsy", "Betty", "Lizzie", "Eliza", "Lisa"), "catherine": ("Kate", "Kitty"),
    "katherine": ("Kate", "Kitty"), "ann": ("Nancy", "Annie"), "anne": ("Nancy", "Annie"), "james": ("Jim", "Jimmy",
    "Jamie"), "charles": ("Charlie", "Chas"), "frederick": ("Fred", "Freddie"), "alexander": ("Sasha", "Sandy",
    "Alex"), "aleksandr": ("Sasha",), "nikolai": ("Kolya",), "nikolay": ("Kolya",), "ivan": ("Vanya",),
    "dmitri": ("Mitya",), "dmitry": ("Mitya",), "mikhail": ("Misha",), "sergei": ("Seryozha",), "pyotr": ("Petya",),
    "vladimir": ("Volodya",), "yekaterina": ("Katya",), "ekaterina": ("Katya",), "maria": ("Masha",),
    "anastasia": ("Nastya",), "sofia": ("Sonya",), "sophia": ("Sonya", "Sophie"), "francis": ("Frank",),
    "francisco": ("Paco", "Pancho"), "josé": ("Pepe",), "jose": ("Pepe",), "giuseppe": ("Peppino", "Beppe"),
    "lawrence": ("Larry",), "patrick": ("Pat", "Paddy"), "sarah": ("Sally",), "helen": ("Nell", "Nellie"),
    "eleanor": ("Nell", "Nellie"), "dorothy": ("Dolly", "Dot"), "martha": ("Patsy",), "harriet": ("Hattie",),
}
AGE_REACH = 3
DATELINE_REACH = 800  # a dateline opens its report
_DATELINE = re.compile(rf"^\s*([A-Z][A-Z .'’-]{{2,30}}),\s+(?:[A-Z][a-z]+,\s+)?(?:{_MONTHS}|(?:Jan|Feb|Mar|Apr|Jun|"
                       r"Jul|Aug|Sept?|Oct|Nov|Dec)\.)\s+\d{1,2}\b", re.MULTILINE)


def age_told(match: re.Match) -> int | None:
    """The age an obituary gives after an undated death: "He was 68 years of age", "She was seventy-two",
    "He was in his sixty-fourth year" (63).

    >>> age_told(_AGE_AT_DEATH.match("He was in his sixty-fourth year.")), age_told(_AGE_AT_DEATH.match("She was 68."))
    (63, 68)
    """
    if match.group(1):
        return number_value(match.group(1))
    words = re.split(r"[\s-]+", match.group(2).lower())
    tens = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
            "eightieth": 80, "ninetieth": 90}
    if len(words) == 1:
        value = ordinal_value(words[0]) or tens.get(words[0])
    else:
        value = (number_value(words[0]) or 0) + (ordinal_value(words[1]) or 0) if number_value(words[0]) else None
    return value - 1 if value else None
_DIED_AGED = re.compile(r"\b(?:died|dying|death|killed|murdered|assassinated)\b.{0,80}?"
                        r"\b(?:age\s+of|aged)\s+(\d{1,3})\b"
                        r"|\b(?:age\s+of|aged)\s+(\d{1,3})\b.{0,80}?\b(?:died|dying|death)\b", re.IGNORECASE)


_TERMINAL = re.compile(r"[.!?:;][\"”’')\]]*$")


def is_caption(text: str) -> bool:
    """Headings, captions and infobox lines: short and without a sentence's final punctuation.

    >>> is_caption("Trotsky's house on the island of Büyükada, Istanbul, as it appears today")
    True
    """
    return len(text) < 160 and not _TERMINAL.search(text.rstrip())


def birth_year_in(text: str, spans: list, own: bool = False) -> int | None:
    """The subject's birth year if this sentence gives it: "born ... 1879", or "died aged 60 in 1940". ``own``:
    the caller has found the birth to be the subject's (``own_death``: "Their first child, Sigmund, was born")."""
    explicit = [sp.start for sp in spans if sp.how == "explicit"]
    if not explicit:
        return None
    born = _BORN.search(text)
    if born:
        before = text[max(0, born.start() - 80):born.start()]
        if not own and (re.search(r"\b(?:were|are)\s+$", before) or OTHER_AGENT.search(before)):
            return None  # "where his two daughters were born": someone else's birth
        # The year told with the birth: soon after "born" ("born ... on 7 November 1879"), or just before it.
        # A life's range counts by its first year ("born ...; 7 November 1879 – 21 August 1940").
        after = [sp for sp in spans if sp.how in ("explicit", "range") and 0 <= sp.pos - born.end() <= 150]
        # (or the entry's leading date, however long: "1556, 26 October (21 Dhu al-Hijja 963 AH) – Born at")
        lead = entry_lead(text)
        # (or the date inside a cleft sentence's fronted part: "it was in Norwich, on 12 June 1802, in a house in
        # Magdalen Street, that my aunt was born")
        cleft = _CLEFT_OPENS.search(text, max(0, born.start() - 160), born.start())
        close = [sp for sp in spans if sp.how in ("explicit", "range") and sp.pos <= born.start()
                 and (born.start() - sp.pos <= 40 or sp.pos < lead <= born.start()
                      or (cleft is not None and sp.pos > cleft.start()))]
        return min(after or close, key=lambda sp: sp.pos).start if after or close else None
    died = _DIED_AGED.search(text)
    if died:
        return max(explicit) - int(died.group(1) or died.group(2))
    return None
_CLEFT_OPENS = re.compile(r"\bit\s+(?:was|is)\s+(?:in|at|on|near)\b[^.;]*\bthat\s+(?:\w+\s+){0,3}(?:was|were)\s+$",
                          re.IGNORECASE)
_LEADING_TIME = re.compile(
    # "Early 1898:", "Late June 1901:", "Spring 1795 –", "January–March 1900:" lead an entry too
    rf"\s*(?:[-*•·]\s*)?(?:(?i:c\.|ca\.|circa|about|early|late|mid-?|spring|summer|autumn|fall|winter)\s*)?"
    rf"(?:{_MONTHS}\s*[-–—]\s*(?=(?:\d{{1,2}}\s+)?{_MONTHS}))?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\.?\s+{_MONTHS}\s+|{_MONTHS}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?)?"
    # ("1840s – Finishes her education in London": a decade leads an entry too)
    # ("89 BC – Serves on his father's staff": a year of one or two digits with its era)
    r"(?:\d{3,4}(?:-\d\d(?:-\d\d)?)?|1[5-9]\d0['’]?s|\d{1,2}(?=\s*(?:BC|BCE|AD|CE)\b))(?:\s*(?:BC|BCE|AD|CE)\b)?"
    rf"(?:\s*(?:[-–—]|to)\s*(?:\d{{1,2}}\s+{_MONTHS}\s+|{_MONTHS}\s+)?\d{{2,4}})?"
    r"\s*(?:[-–—:|)]|\.(?=\s)|,(?=\s)|\t)\s*")


def leading_time(line: str) -> int:
    """Where the text of a chronology entry begins after its leading date, or 0 if the line has none.

    A chronology ("1851 – Flees to Brussels after the coup; settles in Jersey.") names its subject once,
    in its title; each line's leading year or date governs the line and its implicit subject is the
    document's subject.

    >>> leading_time("1851 – Flees to Brussels."), leading_time("13 January 1917: arrives in New York.")
    (7, 17)
    >>> leading_time("1905 was a year of revolution."), leading_time("In 1905 he was arrested.")
    (0, 0)
    """
    m = _LEADING_TIME.match(line) or _LEADING_MONTHS.match(line)
    return m.end() if m else 0


# a sub-entry's months or season after the entry's year, in either case: "1608, late August – At Basel", "1617,
# spring – Again in Agra"
_SUB_MONTHS = rf"(?:(?i:early|late|mid-?)\s*)?(?:{_MONTHS}|(?i:spring|summer|autumn|fall|winter))"
# A sub-entry under a year's entry: "July–September: defends Warsaw", "24 March: proclaims ..." (a colon or a
# dash after months or a day and a month; never "May he rest" or "March 1917 saw").
_LEADING_MONTHS = re.compile(rf"\s*(?:[-*•·]\s*)?(?:\d{{1,2}}\s+)?{_SUB_MONTHS}(?:\s+\d{{1,2}})?"
                             rf"(?:\s*[-–—]\s*(?:\d{{1,2}}\s+)?{_SUB_MONTHS}(?:\s+\d{{1,2}})?)?"
                             # ("1556, 26 October (21 Dhu al-Hijja 963 AH) – Born": another calendar's date aside)
                             r"(?:\s*\([^()]{1,40}\))?\s*(?::|\s[-–—])\s*"
                             # "(December) In London.", "(January–March) At New Orleans."
                             rf"|\s*\(\s*(?:\d{{1,2}}\s+)?{_MONTHS_OR_SEASONS}(?:\s+\d{{1,2}})?"
                             rf"(?:\s*[-–—]\s*(?:\d{{1,2}}\s+)?{_MONTHS_OR_SEASONS}(?:\s+\d{{1,2}})?)?\s*\)\s*")
# ("Spring: in Basra", "Autumn: in London": a season heads a sub-entry as a month does)


# "1940 – In Kunming; meets ...", "1925 – June: at Canton": an entry that opens with where the subject was.
# An entry that is just a place: "1800 – Paris; pamphlet ...", "1801–1815 – Berville, near Fontainebleau."
_ENTRY_PLACE = re.compile(r"[\W\d]*(?:[-–—:]\s*)?")
# "November: Moscow, for the"; "1846 – Montevideo in January; Rio de Janeiro in February; Paris from May;", "1847 –
# Rome and Naples in the spring; Germany, Switzerland and England;": a place (or a list) with its own time
_ENTRY_PLACE_END = re.compile(r"(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*){0,4}"
                              r"(?:\s+(?:in|from|until|till|during|by)\s+(?:the\s+)?(?:early\s+|late\s+|mid-)?"
                              rf"(?:{_MONTHS}|spring|summer|autumn|fall|winter)\b)?"
                              r"\s*(?:[;.:]|,\s+(?:near|in|then|for|where|to|with)\b|$)")
_SUB_ENTRY_START = re.compile(r";\s*$")  # the place opens a clause of the entry after a ";"
# a sub-entry of a chronology's line, after its own time and a colon: "Fifth month: at Matsushima", "Summer: back at
# Fukagawa" (the line's subject, there at that time)
_SUB_ENTRY_SCENE = re.compile(r"(?:^|[.;]\s+|\)\s*)(?:[A-Z0-9][\w ]{0,40}?|\d{1,2}\s+[A-Z][a-z]+)\s*:\s*"
                              r"(?:back\s+)?(?:in|at|on)\s+(?:the\s+)?$")
_ENTRY_SCENE = re.compile(r"[\W\d]*(?:(?:early|late|spring|summer|autumn|fall|winter|[A-Z][a-z]+)\s*(?:\d{1,2}\s*)?"
                          r"(?:[:,]|\s[–—-])?\s*)?(?:in|at|on)\s+(?:the\s+)?"
                          # ("1830, summer – On the island of Heligoland", "In the town of Nevers")
                          r"(?:(?:island|isle|town|city|village|port|estate)\s+of\s+)?", re.IGNORECASE)


def entry_scene_cue(text: str, pos: int) -> Cue | None:
    """A chronology entry whose text opens with "In X" or "At X" puts the subject there in the entry's time.

    >>> entry_scene_cue("1940 – In Kunming; meets friends.", 10).kind
    'residence'
    >>> entry_scene_cue("1940 – Meets friends in Kunming.", 25) is None
    True
    >>> entry_scene_cue("1830, summer – On the island of Heligoland; hears the news.", 32).kind
    'residence'
    >>> entry_scene_cue("1689 – Sells the hut. Fifth month: at Matsushima.", 38).kind
    'residence'
    >>> entry_scene_cue("1677–1679 – In India, mostly at Surat, trading in diamonds.", 32).kind
    'residence'
    """
    lead = entry_lead(text)
    if lead and (_ENTRY_SCENE.fullmatch(text, lead, pos) or _ENTRY_ROLE.fullmatch(text, lead, pos)):
        return Cue("residence", lead, pos)
    scene = _ENTRY_SCENE.match(text, lead) if lead else None
    if scene is not None and scene.end() < pos and _SCENE_NARROWED.fullmatch(text, scene.end(), pos):
        return Cue("residence", lead, pos)  # "1677–1679 – In India, mostly at Surat, trading in diamonds"
    sub = _SUB_ENTRY_SCENE.search(text, max(0, pos - 60), pos)
    if lead and sub is not None:  # "... Fifth month: at Matsushima", "Summer: back at Fukagawa"
        return Cue("residence", sub.start(), pos)
    return None


# the entry's scene narrowed to a town after a comma: "In India, mostly at Surat", "In Italy, chiefly in Rome"
_SCENE_NARROWED = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*,\s+(?:(?:mostly|chiefly|mainly|largely|partly|"
                             r"first|then|later|also|briefly|above\s+all)\s+)?(?:at|in)\s+(?:the\s+)?")
# "1832 – Clerk in a shop at Valparaíso", "1833–1836 – Foreman at the silver mines of Chañarcillo": an entry that
# opens with the subject's post and then where it was held
# ("1830 – Provincial administration commissioner of Hubei, at Wuchang": a few words of the post before its noun)
_ENTRY_ROLE = re.compile(r"[\W\d]*(?:[A-Z][a-z]+\s+)?(?:[a-z-]+\s+){0,2}?(?i:clerk|foreman|teacher|tutor|secretary|"
                         r"professor|consul|governor|governor-general|ambassador|minister|editor|student|pupil|"
                         r"apprentice|librarian|physician|doctor|surgeon|chaplain|lecturer|envoy|director|headmaster|"
                         r"schoolmaster|manager|engineer|correspondent|curate|vicar|pastor|priest|bishop|abbot|prior|"
                         r"officer|captain|commander|mayor|judge|agent|resident|attaché|attache|commissioner|"
                         r"inspector|superintendent|viceroy|intendant|prefect|magistrate|counsell?or|council+or|"
                         r"adviser|advisor|deputy|delegate|chancellor|treasurer|translator|interpreter)s?\b[^;.]{0,60}?"
                         r"\b(?:at|in|of|near)\s+(?:the\s+)?")


# an entry that opens with a stage of a journey instead of a verb: "From the Persian Gulf by sea to India", "To Paris
# by way of Lyon", "Back to Surat", "Thence overland to Agra"
_ENTRY_MOVES = re.compile(r"\W*(?:(?:From|Thence|Then|Back|On|Onward|Onwards)\b[^.;]{0,60}?\bto\s+(?:the\s+)?[A-Z]|"
                          r"To\s+(?:the\s+)?[A-Z]|Via\s+[A-Z])")


def entry_lead(text: str) -> int:
    """Where an entry's own words begin after its year and a sub-entry's months: "1962 – August–September: in
    Moscow", "November: Moscow, for the anniversary".

    >>> entry_lead("1962 – August–September: in Moscow."), entry_lead("November: Moscow.")
    (25, 10)
    >>> entry_lead("1556, 26 October (21 Dhu al-Hijja 963 AH) – Born at Araouane.")
    44
    """
    lead = leading_time(text)
    return lead + leading_time(text[lead:])


# The next stage of a journey told in one sentence: "..., then to Prague and Vienna", "; and on to Munich".
_GOES_ON = re.compile(r"(?:[,;]\s*(?:and\s+)?(?:then|thence|finally|later|mostly|mainly|chiefly|largely)\b|"
                      r"\band\s+(?:then|thence|on)\b|"
                      r"\bthen\b)\s*(?:on\s+)?(?:to|via|through|by\s+way\s+of)?\s*(?:the\s+)?(?:\w+\s+)?$",
                      re.IGNORECASE)
# ", and from the spring of 1946 in a camp near Khabarovsk": a clause with no verb of its own, the last one's
_ELIDED_VERB = re.compile(r"[,;]\s+and\s+(?:then,?\s+)?(?:(?:from|in|by|during|after|until)\s+[^,;.]{0,30}?"
                          r"\b(?:\d{3,4}|spring|summer|autumn|fall|winter),?\s+)?"
                          # ("sent as vice-prefect to Hangzhou ..., and then, from 1074, as prefect to Mizhou")
                          r"(?:as\s+(?:a\s+|an\s+|the\s+)?[\w-]+\s+)?(?:in|at|to)\s+(?:(?:a|an|the)\s+"
                          r"(?:[\w-]+\s+){1,2}(?:near|outside|of|at|in)\s+)?$", re.IGNORECASE)
_ELIDED_END = re.compile(r"\s*(?:[,;.)]|$|(?:where|until|till|for)\b)")  # (not "and in Austria the mood grew")
_LISTED_WITH = re.compile(r"\s*(?:,\s*)?(?:and|or)?\s*(?:the\s+)?")  # "to Prague and Vienna", "Prague, Vienna"
_HOME_WORDS = ("house", "home", "villa", "residence")
_YEAR_AFTER = re.compile(r",?\s+(?:c\.\s*)?\d{3,4}\b")


def list_item(text: str, start: int, end: int) -> bool:
    """A place opening an item of a list after a colon, with its year ("visited Europe 1884–88: Paris 1884;
    Kraków 1884–85; Rome 1886; Jerusalem 1887"): the list's event word governs every item.

    >>> t = "visited Europe 1884–88: Paris 1884; Rome 1886; Jerusalem 1887."
    >>> list_item(t, 36, 40), list_item("lived in Paris; Rome was far.", 16, 20)
    (True, False)
    """
    semi = text.rfind(";", 0, start)
    return semi != -1 and not text[semi + 1:start].strip() and ":" in text[:semi] \
        and _YEAR_AFTER.match(text, end) is not None
THERE_REACH = 2  # sentences back that "there" reaches for the place of the last stop
# "died there", "settled there for good": an event word, then "there" ("there was a war" is no place).
_THERE = re.compile(r"\bthere\b(?!\s+(?:was|were|is|are|had|has|have|will|would|seems?|seemed|came|arose|"
                    r"began|followed|remained|existed|lived\s+(?:a|an|the|his|her)\b))", re.IGNORECASE)


_TITLE_JUST_BEFORE = re.compile(r"\b(?:General|Gen\.|Colonel|Col\.|Admiral|Commodore|Major|Captain|Capt\.|"
                                r"Lieutenant|Sergeant|President|Governor|Senator|Judge|Justice|Bishop|Cardinal|Pope|"
                                r"Mr\.?|Mrs\.?|Miss|Dr\.?|Professor|Prof\.|Reverend|Rev\.|Sir|Dame|Lady|Lord)\s+$")
_LISTED_WITH_PREVIOUS = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?:to\s+|at\s+|in\s+)?(?:the\s+)?")
# "never saw Newport herself", "did not visit Rome": a place the subject never went to (not "never saw Spain again",
# where the subject had been)
_NEVER_SEEN = re.compile(r"\b(?:never|not)\s+(?:once\s+|actually\s+|even\s+)?(?:saw|see|seen|visited|visit|"
                         r"set\s+foot\s+in|went\s+to|go\s+to|been\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
_AGAIN_AFTER = re.compile(r"[^.;,]{0,20}?\b(?:again|once\s+more|any\s+more|anymore)\b", re.IGNORECASE)
# "the barony of Aubonne", "at Gorgora": a name after a word that makes it a place (not "In January")
_NAMED_AFTER_PLACE_WORD = re.compile(r"\b(?:at|in|to|near|(?:barony|estate|town|village|city|castle|manor|county|"
                                     r"island|port|fortress|monastery|mission|abbey|parish|farm)\s+of)\s+(?:the\s+)?"
                                     r"([A-Z][\w’'-]+)")


def there_mentions(sentence: Sentence, place: Place) -> list[Mention]:
    """"there" after an event word in a sentence that names no place: the place of the narrative's last stop.

    >>> from places.model import Place, Sentence
    >>> vienna = Place("vienna", "Vienna", 48.2, 16.37, "settlement", "Austria")
    >>> t = "She died there on 3 March 1910."
    >>> [m.place.name for m in there_mentions(Sentence("d", 0, 0, len(t), t), vienna)]
    ['Vienna']
    >>> there_mentions(Sentence("d", 0, 0, 16, "There was a war."), vienna)
    []
    """
    found = []
    for m in _THERE.finditer(sentence.text):
        cues = [c for c in event_cues(sentence.text[:m.start()]) if m.start() - c.end <= 30]
        if cues:
            a = sentence.start + m.start()
            found.append(Mention(sentence, m.group(), a, a + len(m.group()), place))
    return found[:1]


_NEXT_PART = re.compile(r"[,;]|\band\b")
_FORWARD = re.compile(r"\b(?:next|following|later|afterwards?|subsequent|succeeding)\b"
                      r"|\b(?:year|spring|summer|autumn|winter)\s+after\b", re.IGNORECASE)  # ("the year after")


def with_relative_years(spans: list, times: list[TimeSpan], running: int | None, text: str = "") -> list:
    """Where a sentence gives no year of its own, the years its relative times count to from the narrative's
    date ("three years afterwards", "a decade later", "the following spring"), read by ``places.dates``;
    the year-only reading knows just "N years later" and "the following year".

    >>> [(sp.start, sp.how) for sp in with_relative_years([], times_in("A decade later he left.", anchor=1890), 1890)]
    [(1900, 'relative')]
    """
    explicit = [sp for sp in spans if sp.how != "relative"]
    if running is None and not explicit:
        return spans
    relative = [YearSpan(t.first, t.last, t.start, "relative") for t in times
                if t.kind == "relative" and not t.bound and t.precision in ("year", "season", "month", "day")]
    if explicit:
        # "In 1867 he followed the campaign in Kansas, and the next year ... to Abyssinia": a relative time after
        # the sentence's own year counts from it (``places.dates`` anchors it there) and dates what follows it
        # ("the next year", "the following spring"; a bare "23 December" keeps the sentence's year)
        # (never "after seventeen years away", the length of an absence)
        counted = {t.start for t in times if t.kind == "relative" and t.precision in ("year", "season")
                   and _FORWARD.search(text, t.start, t.end)}
        later = [sp for sp in relative if sp.pos in counted and sp.pos > explicit[0].pos
                 and all(abs(sp.pos - e.pos) > 3 for e in explicit)]
        seen = {t.first for t in times if t.kind != "relative"}
        if running is not None:
            # "1030 – Sent out as vice-prefect of Hezhong; the next year moved to Chenzhou": a year the precise
            # reading does not take alone (before 1500) left it counting from the narrative's date; it counts from
            # the sentence's own year before it
            later = [YearSpan(base.end + sp.start - running, base.end + sp.end - running, sp.pos, sp.how)
                     if base.start not in seen else sp
                     for sp in later for base in [max((e for e in explicit if e.pos < sp.pos), key=lambda e: e.pos)]]
        return sorted(explicit + later, key=lambda sp: sp.pos)
    return sorted(relative, key=lambda sp: sp.pos) if relative else spans


# The first word of an entry's text, after a day and month of its own ("26 August: enters Hanoi").
_ENTRY_OPENER = re.compile(r"\W*(?:(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?\s*[:,–—-]\s*)?"
                           # "In August joins ...", "From March designs ...": a time before the entry's verb
                           # ("From 3 to 25 June personally supervises ...": days, and an adverb, before it)
                           r"(?:(?:in|on|from|by|until|till|during|early|late|after|before)\s+(?:the\s+)?"
                           r"(?:\d{1,2}(?:\s*(?:to|and|–|-)\s*\d{1,2})?\s+)?(?:early\s+|"
                           rf"late\s+)?(?:{_MONTHS}|spring|summer|autumn|fall|winter)(?:\s+\d{{1,2}})?,?\s+)?"
                           r"(?:(?!only\b)(?-i:[a-z]+ly)\s+)?([A-Za-z]+)", re.IGNORECASE)
_INFOBOX_LIFE = re.compile(r"\s*(?:Born|Died|Place\s+of\s+(?:birth|death)|Birth\s*place)\b\s*[:\t]?", re.IGNORECASE)
# "the prince Akbar was born", "her son Arnold was born": a title or a relation in lower case before a name
_RELATION_TITLE = (r"(?:the|his|her|their|our|my)\s+(?:(?:young|infant|little|eldest|elder|younger|youngest|first|"
                   r"second|third|new|future|baby)\s+)?(?:prince|princess|king|queen|emperor|empress|sultan|shah|"
                   r"heir|son|daughter|brother|sister|child|boy|girl|nephew|niece|grandson|granddaughter|cousin|"
                   r"half-brother|half-sister)")
_TITLE_BEFORE_NAME = re.compile(r"\W*(?:Dr|Mr|Mrs|Ms|Mme|Prof|Professor|Sir|Dame|Lord|Lady|General|Gen|Colonel|Col|"
                                r"Captain|Capt|President|Rev|Father|Saint|St|" + _RELATION_TITLE
                                + r")\.?,?\s+(?=[A-Z])")
_RELATION_BEFORE_NAME = re.compile(r"\W*" + _RELATION_TITLE + r",?\s+(?=[A-Z])")
_NAME_OPENS = re.compile(r"\W*([A-Z][a-z]+)\b(?!['’])((?:\s+[A-Z][a-z]*\.?)*)")
_INFOBOX_DEATH = re.compile(r"\s*(?:Died|Place\s+of\s+death)\s*[:\t]", re.IGNORECASE)
# Verbs that open chronology entries without being an event of their own ("Becomes editor of Iskra").
# A sub-entry's own time after the entry's year: "November: ", "27 October: ", "Spring – ", "(May) "
_SUB_LEAD = re.compile(rf"\W*(?:(?:\d{{1,2}}\s+)?{_MONTHS}(?:\s+\d{{1,2}})?|(?i:early|late|mid-?)\s+{_MONTHS}|"
                       r"Spring|Summer|Autumn|Fall|Winter)\s*[:–—-]\s*|")
_ENTRY_VERB = re.compile(r"(?:is|was|becomes|became|marries|married|publishes|published|meets|met|writes|begins|began|"
                         r"takes|took|founds|founded|receives|received|completes|starts|works|gives|gave|"
                         r"joins|returns|leaves|sets|makes|made|spends|accompanies|accompanied|helps|serves|served|"
                         r"present|with)",  # ("1663 - Present at the fall of Uyvar", "1669 - With the army at Candia")
                         re.IGNORECASE)
INFOBOX_REACH = 3000  # an infobox sits at the top of its article
_MEMOIR = re.compile(r"\b(?:memoirs?|recollections|reminiscences|autobiography|diar(?:y|ies)|journals?|"
                     r"my\s+life|told\s+by\s+(?:him|her)self|in\s+(?:his|her)\s+own\s+words)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\bI\b")


def memoir_of(text: str, subject: str) -> bool:
    """Whether the document says it is the subject's own memoir, so that "I" is the subject.

    The opening must name the subject and call the text a memoir (recollections, diary, autobiography),
    and the text must speak in the first person; "I" in any other document stays unknown.

    >>> memoir_of("From the memoirs of Anna Petrova.\\nI was born in Odessa. I left. I came back.", "Anna Petrova")
    True
    >>> memoir_of("Recollections of Anna Petrova by her stepson, Ivan Orlov\\nI was. I left. I came.", "Anna Petrova")
    False
    >>> memoir_of("My Elder Brother Ivan\\nRecollections by Pyotr Orlov\\nI was. I left. I came.", "Ivan Orlov")
    False
    >>> memoir_of("Anna, As I Knew Her: A Cousin's Memoir of Anna Petrova\\nI was. I left. I came.", "Anna Petrova")
    False
    >>> memoir_of("The Lady I Served\\nRecollections of Anna Petrova, set down by Ivan Orlov, her steward\\nI was. I "
    ...           "left. I came.", "Anna Petrova")
    False
    >>> memoir_of("My Teacher Anna Petrova: Recollections of a Pupil\\nI was. I left. I came.", "Anna Petrova")
    False
    >>> memoir_of("Mickey: A Memoir of Anna Petrova\\nI was her friend. I met her. I left. She was born in Kiev.",
    ...           "Anna Petrova")
    False
    >>> memoir_of("Recollections of Anna Petrova\\nIt was I, Ivan Orlov, who met her. I left. I came.", "Anna Petrova")
    False
    """
    head = text[:600]
    named = subject_pattern(subject)
    author = _MEMOIR_BY.search(head)
    if author and not named.search(author.group(1)):
        return False  # "(recollections by Zhou Zuoren)" in an essay on Lu Xun: the teller is someone else
    byline = _BYLINE.search(head.split("\n", 1)[0])
    if byline and not named.search(byline.group(1)):
        return False  # "recollections of Robert Louis Stevenson by Lloyd Osbourne": of him, by someone else
    teller = _TELLER_NAMES_SELF.search(head)
    if teller and not named.search(next(g for g in teller.groups() if g)):
        return False  # "it was I, Joseph Banks, who took him aboard": the teller is someone else
    born_told = _THIRD_PERSON_BORN.search(text) or any(
        _NAME_THEN_BORN.match(text, m.end()) for m in named.finditer(text, 0, 20000))
    return bool(_MEMOIR.search(head) and named.search(head)) and \
        not _TOLD_BY_OTHER.search(head) and not (teller_kin(head, "he") or teller_kin(head, "she")) \
        and len(_FIRST_PERSON.findall(text[:20000])) >= 3 \
        and not (born_told and not _FIRST_PERSON_BORN.search(text))
    # ("I am Elizabeth Macquarie, ... the wife of Lachlan Macquarie": the teller names a relation to the subject;
    # "Mickey: A Memoir of Emily Hahn ... She was born in St. Louis": a memoir about her, told by another)


# "Recollections by his sister", "Memories of X, by his niece", "My Brother Ruddy": someone else remembers the
# subject, so "I" is the teller, not the subject.
# ("A Cousin's Memoir of Simone Weil", "Simone, As I Knew Her": someone else's memoir of the subject)
_TOLD_BY_OTHER = re.compile(r"\bby\s+(?:his|her|their)\s+(?!own\b)(?:[\w-]+\s+){0,2}?[\w-]{3,}\b"
                            # ("set down at Rodosto by Kelemen Mikes, his chamberlain")
                            r"|\bby\s+(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+,\s+(?:his|her|their)\s+(?!own\b)"
                            r"(?:[\w-]+\s+){0,2}?[\w-]{3,}\b"
                            r"|\b[\w-]+['’]s\s+(?:memoirs?|recollections|reminiscences|memories)\s+of\b"
                            r"|\bas\s+I\s+knew\s+(?:him|her|them)\b"
                            rf"|^\W*(?:My|Our)\s+{TITLE_KIN_AGE}(?:Brother|Sister|"
                            r"Father|Mother|"
                            r"Uncle|Aunt|Husband|Wife|Son|Daughter|Friend|Grandfather|Grandmother|Teacher|Master|"
                            r"Mistress)\b"
                            # "My Teacher Sesshū: Recollections of a Pupil"
                            r"|\b(?:memoirs?|recollections|reminiscences|memories)\s+(?:of|by)\s+(?:a|an|his|her)\s+"
                            r"(?:pupil|servant|friend|disciple|student|companion|follower|page|secretary)\b",
                            re.IGNORECASE)
# the life's birth told in the third person, and the teller's nowhere: the memoir is about the subject, not theirs
_THIRD_PERSON_BORN = re.compile(r"(?:^|[.!?]\s+|\n)(?:She|He)\s+(?:was\s+born|had\s+been\s+born)\b")
_FIRST_PERSON_BORN = re.compile(r"\bI\s+(?:was\s+born|had\s+been\s+born)\b")
# "Tupaia was then a man of some forty-five years, born about 1725": the subject's name, then the birth
_NAME_THEN_BORN = re.compile(r"[^.;!?\n]{0,80}?(?:\bwas\s+born|,\s+born)\b")
# the teller names themself: "it was I, Joseph Banks, who", "My name is ...", "I am Elizabeth Macquarie"
_TELLER_NAMES_SELF = re.compile(r"\bI,\s+((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+),"
                                r"|\b[Mm]y\s+name\s+is\s+((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)"
                                r"|\bI\s+am\s+((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)")
# "... by Lloyd Osbourne" in a title line: who wrote it
_BYLINE = re.compile(r"\bby\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+,?\s+)?((?:[A-Z][\w’'.-]+\s+){0,3}"
                     r"[A-Z][\w’'-]+)")
# "(from the recollections of Anastasia Tsvetaeva)", "Memoirs by Zhou Zuoren": whose memoir the text is
_MEMOIR_BY = re.compile(r"\b(?:recollections|memoirs?|memories|reminiscences|diary|diaries)\s+(?:of|by)\s+"
                        r"((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)")


_CLAUSE_CUT = re.compile(r"[,;:()–—]|\b(?:after|when|before|once|until|as|since|while|where|following|and|but|"
                         r"whom|whose)\b", re.IGNORECASE)
_DEATH_FILLER = re.compile(r"(?:\s|\d|[-–—.]|\b(?:was|were|had|has|is|then|finally|later|soon|suddenly|eventually|"
                           r"also|there|in|on|at|the|that|this|same|year|years|month|months|shortly|afterwards|"
                           r"himself|herself|tragically|peacefully|early|late|age|aged|of|bc|ad|he|she|i|"
                           r"january|february|march|april|may|june|july|august|september|october|november|"
                           r"december|spring|summer|autumn|winter|fall)\b)*", re.IGNORECASE)


# "Roerich was not there to see it.", "He was not present.", "She did not attend." (a whole sentence)
_PARAGRAPH_BEFORE = re.compile(r"\n[ \t]*\n\s*$")  # a blank line right before a sentence: it opens a paragraph
_NOT_THERE = re.compile(r"^\W*(?:[A-Z][\w’'-]+\s+){1,3}(?:(?:was|were|had\s+not\s+been)\s+(?:not|never|nowhere)\s+"
                        r"(?:there|present|among\s+them)|(?:did\s+not|could\s+not|was\s+unable\s+to|never)\s+"
                        r"(?:attend|go|come|be\s+there)(?:\s+(?:to\s+it|there))?)\b[^A-Z;:]{0,40}$")
_BURIED_BEFORE = re.compile(r"\b(?:buried|interred|laid\s+to\s+rest|reburied|re-buried|entombed|cremated|"
                            r"(?:his|her|their)\s+(?:grave|tomb|remains|ashes))\b[^.;]{0,120}$", re.IGNORECASE)
# "We took him back to Rochester to be buried": the body's journey
_TO_BE_BURIED = re.compile(r"\s+(?:\w+\s+){0,2}?to\s+be\s+(?:buried|interred|laid\s+to\s+rest|cremated)\b",
                           re.IGNORECASE)
# "Obdorsk, Siberia", "Semudera in northern Sumatra": the area after a refused place says where it lies
_WHERE_REFUSED_LIES = re.compile(r",\s*|\s+in\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?")
_WHERE_UNKNOWN_LIES = re.compile(r",\s*(?:in\s+)?(?:the\s+)?|\s+(?:in|on)\s+(?:the\s+)?", re.IGNORECASE)
_WIDE_KINDS = ("region", "country", "island")
AREA_STANDS_FOR_KM = 100  # a county or a small region may stand for a farm in it ("Pent Farm in Kent"); a province not
_UNKNOWN_REASONS = ("no place of that name", "a hamlet", "a small place far", "only a village", "an alternate name of "
                    "several", "only an alternate name")
_OBJECT_SLOT = re.compile(r"\b(?:to|find|found|see|saw|meet|met|join|joined|with|for|of|visit|visited|reach|reached|"
                          r"follow|followed|help|helped)\s+$", re.IGNORECASE)
_DEATH_PLACE_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:at|in|near)\s+(?:the\s+)?", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|that|which)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_WHO_AFTER_NAME = re.compile(r"([\w’'-]+)\s*,\s*who\s+(?:\w+\s+){0,2}$")
_HE_OR_SHE = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_AND_ONLY = re.compile(r"\s*(?:and\s+)?(?:then\s+|later\s+|soon\s+)?")
DEATH_YEAR_REACH = 80  # characters between a death word and the year that dates it
_BOUND_BEFORE = re.compile(r"\b(?:from|since|until|till|between|after|before)\s+$", re.IGNORECASE)


LEDE_YEAR_REACH = 40  # characters between a place in an article's lede and the year that dates it
LOOK_AHEAD_YEARS = 10  # a relative time this far ahead that puts the subject nowhere is a look ahead
LIVED_ON = 2  # sentences naming the subject acting in years after a death that so cannot be the subject's


def named_acting(text: str, tracker: SubjectTracker) -> bool:
    """The subject named (not as a possessive) as the subject of an event word: "In March 1926 Marina spent two
    weeks in London", not "Marina's letters reached Prague" or "a museum in Trotsky's house"."""
    for m in tracker.pattern.finditer(text):
        if re.match(r"['’]", text[m.end():m.end() + 1]) or OTHER_AGENT.match(text, m.start()):
            continue
        after = text[m.end():m.end() + 40]
        if any(c.start < 25 and c.kind != "death" for c in event_cues(after)):
            return True
    return False


def own_death(text: str, at: int, tracker: SubjectTracker) -> bool:
    """Whether the death word at ``text[at:]`` tells the subject's death, not another person's.

    The clause before the verb must name the subject, carry the subject's pronoun, or name no one
    ("Died in Paris", "in 1940 was murdered"); "after Franco died in Madrid", "his son died in Paris" and
    "the old emperor died in Vienna" are someone else's deaths and must not end the subject's life.

    >>> t = SubjectTracker("Anna Petrova", pronoun="she")
    >>> own_death("In 1975, after Franco died in Madrid, she returned.", 23, t)
    False
    >>> own_death("In 1930 she died in Paris.", 12, t), own_death("1930 – Dies in Paris.", 7, t)
    (True, True)
    >>> own_death("She leaves two sons; a third son, Ivan, died in 1917.", 38, t)
    False
    >>> own_death("Ivan moved to Kiev, where he died in 1955.", 29, t)
    False
    >>> own_death("Ivan Petrova died in Kiev in 1887.", 13, t)
    False
    >>> own_death("Dr. Anna Petrova, who died yesterday at Kiev, was a poet.", 27, t)
    True
    >>> own_death("Their first child, Anna, was born in Kiev in 1856.", 25, t)  # (a birth too)
    True
    >>> own_death("In 1107 her father-in-law, himself fallen from favour, died.", 55, t)
    False
    >>> own_death("He settled at Harrow, where his only child, Alexandra, was born in 1887.", 55, t)  # (a birth too)
    False
    >>> own_death("In 1541 the men of Almagro broke into the palace and killed my grandfather.", 53, t)
    False
    """
    head = text[:at]
    if _KILLED_SOMEONE.match(text, at) and not re.search(r"\b(?:was|were|been|being)\s+$", head):
        return False  # "the men of Almagro broke into the palace and killed my grandfather": a killing, not a death
    if child_named_as_subject(head, tracker.pattern):
        return True  # "Their first child, Sigmund, was born": the subject, however called
    if tracker.other_kin(head, max(0, len(head) - 60)) and not re.search(r",\s*$", head):
        return False
    appositive = re.search(r",\s*[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+)*,\s*$", head)  # "a son, Åsmund,"
    if appositive and tracker.other_kin(head, max(0, appositive.start() - 40), appositive.start()) \
            and not tracker.names_subject(head, appositive.start(), appositive.end()):
        return False  # (not "Their first child, Sigmund, was born in Freiberg" in a life of Sigmund Freud)
    described = _NAME_DESCRIBED.search(head)  # "Mahadev Desai, his secretary, died there": the name's own death
    if described and not tracker.names_subject(head, described.start(1), described.end(1)):
        return False
    who = _WHO_AFTER_NAME.search(head)  # "Dr. Sun Yat-sen, who died yesterday at Peking": the name's own clause
    if who and tracker.names_subject(head, who.start(1), who.end(1)):
        return True
    if _RELATIVE_BEFORE.search(head):
        return False  # "he demonstrated it in the brains of patients who had died of paralysis": theirs
    opener = OTHER_AGENT.match(head, len(head) - len(head.lstrip(" \t\"“'")))
    if opener is not None and tracker.other_kin(head, opener.start(), opener.end()) and not any(
            not _OBJECT_SLOT.search(head, max(0, m.start() - 20), m.start())
            for m in tracker.pattern.finditer(head, opener.end())):
        # "My brother Robert ... sailed for Natal to find our father; he enlisted and died a prisoner": the
        # brother's death (the subject is only the object of his search)
        return False
    aside = _TRAILING_ASIDE.search(head)
    if aside is not None and tracker.other_kin(head, max(0, aside.start() - 40), aside.start()):
        return False  # "The next spring, in 1107, her father-in-law, himself fallen from favour, died": his death
    if tracker.lede and not tracker.other_kin(head) and ";" not in head:
        return True  # "The man whom the planters called Prince was born in 1762 at Timbo": the life's subject
    cuts = list(_CLAUSE_CUT.finditer(head))
    clause = head[cuts[-1].end():] if cuts else head
    if (not clause.strip() or (_HE_OR_SHE.match(clause.lstrip()) and cuts and ";" in cuts[-1].group())
            or _AND_ONLY.fullmatch(clause)) \
            and tracker.someone_else_opens(text) and not tracker.names_subject(text) \
            and not tracker.object.search(text, 0, at):
        # "Montserrat never recovered his health; he died at Salsette": his pronoun goes on; "Tomiko married
        # another man, was widowed young, and died in 1909": hers, with no subject of its own
        return False
    if tracker.other_kin(clause) or (re.search(r"\bI\b", clause) and not tracker.nominative.fullmatch("I")):
        return False  # (told by a relative or a servant, "I was born at Zágon in 1690" is the teller's own birth)
    named = [m for m in tracker.names_subject(clause) if not re.search(r"['’]+s$", m.group())]
    if not named and tracker.pattern.search(clause):
        return False  # "Thomas Stevenson died in Edinburgh" in a life of Robert Louis Stevenson: his father
    if named or tracker.nominative.search(clause):
        return True
    if tracker.opposite is not None and _HE_OR_SHE.search(clause):
        return False  # "Helena moved to Kalimpong, where she died in 1955", in a man's life
    return _DEATH_FILLER.fullmatch(clause) is not None


# a death verb with an object: someone killed someone ("and killed my grandfather"), no death of the clause's subject
_KILLED_SOMEONE = re.compile(r"(?:killed|kills|murdered|murders|assassinated|assassinates|slew|slays)\s+"
                             r"(?!(?:in|at|on|by|near|during|with|while|when|there|outright|instantly|himself|herself|"
                             r"themselves|soon|later|shortly)\b)(?:[a-z]+\s+)?(?:my|his|her|their|our|the|a|an|"
                             r"(?-i:[A-Z]))", re.IGNORECASE)
_TRAILING_ASIDE = re.compile(r",\s*[^,;]{1,60},\s*(?:(?:was|had|then|later)\s+)?$")  # ", himself fallen from favour, "
_NAME_DESCRIBED = re.compile(r"\b([A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+)*),\s*"
                             r"(?:his|her|their|my|our|the|a|an)\s+[^,;]{1,40},\s*$")
_ERA = re.compile(r"\b(?:BC|BCE|AD|CE|B\.C\.|A\.D\.)(?!\w)")
_LIFE_SPAN = re.compile(r"^\W*(?:(?:[A-ZÀ-Ž][\w’'.-]*|y|de|da|del|di|van|von|der|le|la|ibn|bin|bint|"
                        r"born|née|nee|called|known\s+as|also),?\s+){0,8}"
                        r"[A-ZÀ-Ž][\w’'-]+\s*(\((?:[^()]|\([^()]*\)){0,80}?\b\d{3,4}\b"
                        r"(?:[^()]|\([^()]*\)){0,20}?[–—-](?:[^()]|\([^()]*\)){0,40}?\b\d{3,4}\b[^()]{0,40}\))")


def life_span_after_name(text: str) -> list[tuple[int, int]]:
    """The parenthesis of birth and death after a name opening a sentence ("Alexander Radishchev (20 August
    1749 – 12 September 1802) was a writer whose book ... earned him exile to Siberia"): its years are the
    life's ends, which the document's birth and death already hold, never the date of the sentence's places.

    >>> t = "Anna Petrova (3 May 1847 – 1 June 1902) was a writer whose exile to Siberia made her name."
    >>> [t[a:b] for a, b in life_span_after_name(t)]
    ['(3 May 1847 – 1 June 1902)']
    >>> len(life_span_after_name("Ivan Orlov, born Ivan Orlovsky (30 August 1844 – 29 February 1924), was a poet."))
    1
    >>> life_span_after_name("In 1905 he went to Kiev (then in Russia).")
    []
    >>> life_span_after_name("The family lived in Valencia (1857–1859) before returning to Havana.")
    []
    """
    m = _LIFE_SPAN.match(text)
    return [m.span(1)] if m else []


# "Worn out by age, he died in Mexico City on 3 June 1548": the pronoun's own death verb
_PRONOUN_DIES = re.compile(r"(?:^\W*|[,;]\s+|\band\s+|\bthen\s+)(he|she)\s+(?:\w+\s+)?(?:died|dies|passed\s+away)\b",
                           re.IGNORECASE)


def stated_death_year(text: str, early: bool = False) -> int | None:
    """The year of death an article states before its narrative: the bracket after the name that opens it
    ("Juan de Zumárraga (c. 1468 – 3 June 1548) was ...") or an infobox line ("Died: 3 June 1548, Mexico City").

    >>> stated_death_year("Died: 3 June 1548, Mexico City\\nJuan de Zumárraga was a friar.")
    1548
    >>> stated_death_year("Anna Petrova (3 May 1847 – 1 June 1902) was a writer.")
    1902
    >>> stated_death_year("Anna Petrova was a writer. She died in 1902.") is None
    True
    """
    head = text[:INFOBOX_REACH]
    for line in head.splitlines():
        if _INFOBOX_DEATH.match(line):
            years = [sp.start for sp in years_in(line, early=early) if sp.how == "explicit"]
            if years:
                return years[0]
    for line in head.splitlines():
        lede = life_span_after_name(line)
        if lede:
            a, b = lede[0]
            years = [sp.start for sp in years_in(line[a:b], early=early) if sp.how == "explicit"]
            return years[-1] if len(years) >= 2 else None
    return None


def life_end_told(text: str, pronoun: str, death_year: int | None, early: bool = False) -> bool:
    """Whether the sentence tells the subject's own death by pronoun, dated in the year the article's opening
    gives for the life's end: "In 1546 Pope Paul III raised Mexico to a see. Worn out by age, he died in
    Mexico City on 3 June 1548" is the subject's death, whoever the last man named was.

    >>> life_end_told("Worn out by age, he died in Mexico City on 3 June 1548.", "he", 1548)
    True
    >>> life_end_told("Worn out by age, he died in Mexico City on 3 June 1548.", "she", 1548)
    False
    >>> life_end_told("His patron, the duke, died in 1548.", "he", 1548)
    False
    """
    if death_year is None:
        return False
    m = _PRONOUN_DIES.search(text)
    if m is None or m.group(1).lower() != pronoun.lower():
        return False
    return any(sp.start == death_year and sp.how == "explicit" and abs(sp.pos - m.end()) <= DEATH_YEAR_REACH
               for sp in years_in(text, early=early))


def with_era_years(text: str, spans: list, times: list[TimeSpan] | None = None) -> list:
    """The years of a sentence, with those written with an era ("born in 100 BC", "in AD 79") that the
    year-only reading (four digits, 1000-2099) cannot see. BC years are negative.

    >>> [(sp.start, sp.how) for sp in with_era_years("Caesar was born in 100 BC.", [])]
    [(-100, 'explicit')]
    """
    if not _ERA.search(text):
        return spans
    times = times_in(text) if times is None else times
    era = [YearSpan(t.first, t.last, t.start, t.how) for t in times if t.first < 1000 and t.kind == "absolute"]
    return sorted(spans + era, key=lambda sp: sp.pos) if era else spans


# "Dates before the Qin unification are uncertain ... All years are BC.": a document whose every year is one BC
_ALL_BC = re.compile(r"\b(?:all\s+)?(?:the\s+)?(?:years|dates)\b[^.\n]{0,30}?\b(?:are|is)\s+(?:all\s+)?"
                     r"(?:BC|BCE|B\.\s?C\.(?:E\.)?)(?![\w])", re.IGNORECASE)
_ERA_AFTER = re.compile(r"\s*(?:BC|BCE|AD|CE|B\.C\.|A\.D\.)(?![\w])")
_LITERAL = re.compile(r"(\d{1,4})(?:\s*[–—-]\s*(\d{1,4}))?")


def with_all_bc(sentence: Sentence, spans: list, bc: bool) -> list:
    """The years of a document that says all its years are BC ("All years are BC"), as negative years: "c. 340–320"
    is -340 to -320; a year marked with its own era stays as read."""
    if not bc:
        return spans
    out = []
    for sp in spans:
        if sp.how in ("explicit", "range") and sp.start > 0:
            m = _LITERAL.search(sentence.text, sp.pos)
            if m is not None and sp.start in (int(m.group(1)), int(m.group(2) or 0)) \
                    and not _ERA_AFTER.match(sentence.text, m.end()):
                a, b = int(m.group(1)), int(m.group(2)) if m.group(2) else int(m.group(1))
                sp = YearSpan(-max(a, b), -min(a, b), sp.pos, sp.how)
        out.append(sp)
    return out


def with_hijri_years(sentence: Sentence, spans: list, hijri: HijriYears | None) -> list:
    """The years of a sentence with those the document counts from the Hijra given as Christian years ("in 623
    (1226)": 1226; "the winter of 309" in a text that says "309 of the Hijra": 921)."""
    if hijri is None:
        return spans
    out = []
    for sp in spans:
        if sp.how in ("explicit", "range") and sp.start > 0:
            a = sentence.text.find(str(sp.start), sp.pos)
            glossed = hijri.glossing.get(sentence.start + a) if a >= 0 else None
            if glossed is not None and glossed >= sentence.start:
                # "Around 623 (1226) she went to Vienna": the bracketed gloss is where the Hijri year stands, no
                # aside of the sentence
                sp = YearSpan(sp.start, sp.end, glossed - sentence.start, sp.how)
            first = hijri.at.get(sentence.start + a) if a >= 0 else None
            if first is not None:
                b = sentence.text.find(str(sp.end), a + 1) if sp.end != sp.start else -1
                last = hijri.at.get(sentence.start + b, first) if b >= 0 else first
                sp = YearSpan(first, max(first, last), sp.pos, sp.how)
        out.append(sp)
    return out


def with_reign_years(text: str, spans: list, near: int | None) -> list:
    """The years of a sentence, with those counted in an East Asian era or reign ("in the sixth year of
    Zhongping", "Kangxi 8"), the era of a reused name chosen nearest the narrative's year ``near``.

    >>> [(sp.start, sp.how) for sp in with_reign_years("In the sixth year of Zhongping he went to Luoyang.", [], None)]
    [(189, 'explicit')]
    """
    counted = [YearSpan(y.year, y.year, y.pos, "explicit") for y in era_years(text, near)]
    return sorted(spans + counted, key=lambda sp: sp.pos) if counted else spans


def precise_time(times: list[TimeSpan], text: str, pos: int, start: int, end: int) -> TimeSpan | None:
    """Of the times in a sentence, the one that says when the mention at ``pos`` happened, at its own precision,
    if it agrees with the years the mention was given (``start``-``end``); None leaves the stop at year precision.

    >>> t = "He arrived in New York on 13 January 1917 and left on 27 March."
    >>> precise_time(times_in(t), t, 14, 1917, 1917).label()
    '13 January 1917'
    """
    fitting = [t for t in times if t.first <= start <= t.last and t.first <= end and not t.bound
               and t.precision != "year" or (t.first == start and t.last == end and not t.bound)]
    if not fitting:
        return None
    def same_clause(t: TimeSpan) -> bool:  # "He left New York on 27 March, but ... in Halifax": not Halifax's date
        a, b = (pos, t.start) if t.start > pos else (t.end, pos)
        return _CLAUSE_BREAK.search(text, a, b) is None
    fitting = [t for t in fitting if same_clause(t)]
    if not fitting:
        return None
    best = min(fitting, key=lambda t: abs(t.start - pos))
    return best if best.precision != "year" or best.first != best.last else None


def date_mention(text: str, cue: Cue, frame: Cue | None, start: int, end: int, spans: list, plausible: list,
                 life: tuple[int | None, int | None], running: int | None,
                 earlier: int | None = None) -> tuple[int, int, str] | str:
    """When the subject was at the place named at ``text[start:end]``: (first year, last year, how it was
    dated), or the reason it has no date.

    A birth or death takes the document's own year for it; an event told as earlier than the sentence's
    time ("having escaped from Siberia") takes no later year; otherwise the nearest year in the sentence
    (inside the scene for "In Paris during 1915, ..."), else the narrative's running year.
    """
    span = nearest_span(text, [sp for sp in plausible if (frame is None or sp.pos < frame.end)
                               and not (sp.pos > end and _EARLIER_RELATIVE.search(text, end, sp.pos))
                               # ("a voyage to York in 1617 and, the year after, one to Prague": the later time
                               # opens the next part, it does not date York)
                               and not (sp.pos > end and sp.how == "relative" and _NEXT_PART.search(text, end, sp.pos))
                               ], start, end)
    life_event = {"birth": life[0], "death": life[1]}.get(cue.kind, 0)
    if life_event is None and cue.kind == "birth":
        life_event = birth_year_in(text, spans) or None
    if life_event is None and (cue.kind == "birth" or span is None or span.how != "explicit"):
        return f"{cue.kind} without its year"  # "the village he was born in" is no birth date
    if life_event:  # the document's own birth or death year, whatever other years the sentence holds
        return life_event, life_event, "explicit"
    back = look_back_at(text, cue, start, end)
    if back >= 0 and (span is None or span.pos < back):
        return "told as earlier than the sentence's date (\"had been\")"
    if span is not None and span.pos > end and span.how == "explicit" and _UNTIL.search(text, end, span.pos):
        # "at school in Odessa until his expulsion in 1928": the year ends the stay; its start is the
        # narrative's year, if the narrative has one that is not later.
        if running is not None and running < span.start:  # (this sentence has already set it to its own year)
            return running, span.end, "running"
        if earlier is not None and earlier <= span.start and _CLAUSE_BREAK.search(text, end, span.pos):
            # "left for Marseille and went on to Geneva and finally Lausanne, where he remained until the end of
            # 1850": the end is the last place's; the earlier stages keep the narrative's year
            return earlier, earlier, "running"
        return "only its end is dated (\"until ... 1928\")"
    if span is not None and span.pos < start and span.how in ("explicit", "range") and (_LATER_VERB.search(
            text, span.pos, start) or _REST_OF_LIFE.search(text, span.pos, start)):
        # "as Commissar in 1917–1918, she later served as envoy to Norway": the year dates the earlier clause
        return "told as later than the sentence's year (\"she later served\")"
    if span is not None and span.pos > end and earlier is not None and earlier < span.start \
            and _FROM_LATER_CLAUSE.search(text, end, span.pos):
        # "He was flown to Chita and held in a sanatorium, and from the spring of 1946 in a camp near
        # Khabarovsk": the later year opens the next stretch; Chita keeps the narrative's year
        return earlier, earlier, "running"
    if span is not None:
        ends = [sp for sp in plausible if sp.pos > end and sp.how == "explicit" and sp.start >= span.end
                and _UNTIL_AFTER.fullmatch(text, end, sp.pos)] if span.pos < start else []
        if ends:  # "In 1944 he served with a colonial unit in Niger until 1946": the stay runs to the later year
            return span.start, ends[0].end, span.how
        return span.start, span.end, span.how
    if running is not None:
        if _VAGUE_LATER.search(text, 0, start):
            return "years passed uncounted (\"in later years\"): the narrative's year does not hold"
        return running, running, "running"
    return "no date"


_FROM_LATER_CLAUSE = re.compile(r"[,;]\s+and\s+(?:then\s+)?(?:from|since|after)\s+(?:the\s+)?[^,;.]{0,25}$",
                                re.IGNORECASE)
_UNTIL = re.compile(r"\b(?:until|till|up\s+until)\b", re.IGNORECASE)
# right after the place, its stay's end: "in Niger until 1946", "at Kuruman until the spring of 1870"
_UNTIL_AFTER = re.compile(r"[^,;.()]{0,20}?\b(?:until|till|up\s+to)\s+(?:(?:the\s+)?(?:end|spring|summer|autumn|"
                          r"winter|beginning|middle)\s+of\s+)?(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?"
                          r"(?:\d{1,2}\s+[A-Z][a-z]+\s+)?", re.IGNORECASE)
# "opened her first school in 1907, and spent the last four decades of her life in Spain, the Netherlands and
# India": a stretch of the life after the sentence's year, not that year
_REST_OF_LIFE = re.compile(r"\b(?:the\s+rest|the\s+remainder|the\s+last\s+(?:\w+\s+){0,2}(?:years|decades))\s+of\s+"
                           r"(?:his|her|their)\s+life\b", re.IGNORECASE)
# "she later served", "he eventually settled": the verb after a year is told as later than that year
_LATER_VERB = re.compile(r"\b(?:he|she|they|I|we)\s+(?:later|afterwards|subsequently|eventually)\s+[a-z]+",
                         re.IGNORECASE)
_STAY_VERB = r"(?:spent|spend|spends|lived|lives|stayed|stays|remained|remains|resided|worked|taught)"
_ABOUT_N = (r"(?:(?:more|less)\s+than\s+|almost\s+|nearly\s+|some\s+|about\s+|over\s+|the\s+next\s+)?"
            rf"({NUMBER_RE}|\d{{1,2}})")
# "He spent more than four years in Turkey", "she lived in London for ten years": a stay's told length.
_STAY_FOR = re.compile(rf"\b{_STAY_VERB}\s+(?:there\s+)?(?:for\s+)?{_ABOUT_N}\s+years?\b"
                       rf"|\b{_STAY_VERB}\b[^.;:]{{0,60}}?\bfor\s+{_ABOUT_N}\s+years?\b", re.IGNORECASE)


def named_only_after(text: str, pos: int, tracker: SubjectTracker) -> bool:
    """The sentence names the subject, but only after ``pos``: its opening clause may be another person's
    ("Minna went to Dresden, and in August 1858 Wagner went to Venice")."""
    return bool(tracker.pattern.search(text, pos)) and not tracker.pattern.search(text, 0, pos) \
        and not tracker.nominative.search(text, 0, pos)


def subject_in_clause(text: str, pos: int, tracker: SubjectTracker) -> bool:
    """Whether the subject (named or as the nominative pronoun) is in the clause that holds ``pos``."""
    start = max(text.rfind(";", 0, pos), text.rfind(":", 0, pos)) + 1
    ends = [i for i in (text.find(";", pos), text.find(":", pos)) if i != -1]
    clause = text[start:min(ends) if ends else len(text)]
    return bool(tracker.pattern.search(clause) or tracker.nominative.search(clause))


_NEXT_STAGE = re.compile(r"\b(?:before|until|till|then|after|afterwards)\b", re.IGNORECASE)


def stay_years(text: str, pos: int) -> int | None:
    """The length in years the sentence gives the stay at ``pos`` ("spent more than four years in Turkey"),
    or None; only within the stay's own words (60 characters around the place).

    >>> stay_years("He spent more than four years in Turkey, but not through choice.", 33)
    4
    >>> stay_years("In 1900 he was sentenced to four years in exile in Ust-Kut.", 51) is None
    True
    >>> stay_years("She lived at Xiangtan for seven years before coming with him to Peking.", 64) is None
    True
    """
    for m in _STAY_FOR.finditer(text, max(0, pos - 60), min(len(text), pos + 60)):
        if m.end() <= pos and _NEXT_STAGE.search(text, m.end(), pos):
            continue  # "lived at Xiangtan for seven years before coming with him to Peking": Xiangtan's length
        value = number_value(m.group(1) or m.group(2))
        if value and 1 <= value <= 60:
            return value
    return None
# "In later years he lived in Nice": years pass that the text does not count. ("Eventually" is too often
# the same year to be one of them.)
_VAGUE_LATER = re.compile(r"\b(?:later\s+in\s+life|in\s+later\s+(?:years|life)|in\s+time|"
                          r"over\s+the\s+(?:following|next|coming)\s+(?:years|decades)|in\s+the\s+years\s+that\s+"
                          r"followed|years\s+later|decades\s+later)\b", re.IGNORECASE)


class Extractor:
    """Runs the stages over documents; holds the compiled matcher so it is built once."""

    def __init__(self, gazetteer: Gazetteer | None = None):
        self.gazetteer = gazetteer or Gazetteer()
        self.finder = MentionFinder(self.gazetteer.curated)
        self._is_place: dict[str, bool] = {}

    def pet_names(self, text: str, subject: str) -> tuple[str, ...]:
        """The short forms of the subject's given name the document uses for them ("Ruddy" for Rudyard, "Willy"
        for Wilhelm, "Sandro" for Alessandro is not found: only a shared opening of three letters counts): a
        capitalised word used at least twice that opens like the given name, ends like a pet name, and is no
        place and no part of the name already; or a well-known short form that opens otherwise (``SHORT_FORMS``:
        "Tom" for Thomas Wentworth Wills, "Sasha" for Alexander), used at least twice."""
        parts = name_parts(subject.replace(",", " "), 3)
        if not parts:
            return ()
        given = parts[0]
        counts: dict[str, int] = {}
        for m in re.finditer(rf"\b{re.escape(given[:3])}[a-z]{{1,5}}\b", text):
            counts[m.group()] = counts.get(m.group(), 0) + 1
        # (a short form that is also a town's name counts when the text never puts anyone at it: "Nancy was born in
        # our father's house" for Ann, with no "in Nancy" anywhere)
        known = [short for short in SHORT_FORMS.get(given.lower(), ()) if short not in parts and len(
            re.findall(rf"\b{re.escape(short)}\b", text)) >= PET_NAME_USES and not (self.is_place(short) and re.search(
                rf"\b(?:in|at|near)\s+{re.escape(short)}\b", text))]
        # (or the given name cut short, standing alone as a name: "Pram" for Pramoedya, never "Shah Jahan" for
        # Jahanara nor a title, "Prince" for Princess)
        def cut_short(word: str) -> bool:
            if len(word) < 4 or not given.startswith(word) or word.lower() in TITLES:
                return False
            alone = [m for m in re.finditer(rf"\b{re.escape(word)}\b(?!\s+[A-Z])", text)
                     if not _NAME_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())]
            return len(alone) >= PET_NAME_USES
        return tuple(word for word, n in counts.items() if n >= PET_NAME_USES and word not in parts
                     and (_PET_ENDING.search(word) or cut_short(word)) and not self.is_place(word)) + tuple(known)

    def birth_names(self, text: str, subject: str) -> tuple[str, ...]:
        """The names the subject was born with, as the opening tells them ("Ranavalona III, born Razafindrahety,
        was the last sovereign", "Haile Selassie I (born Lij Tafari Makonnen; 23 July 1892"): the text may call
        the subject so later ("Razafindrahety was born on 22 November 1861 at Amparibe"). So too another name the
        opening gives: in brackets after the subject's ("Ayuba Suleiman Diallo (Job ben Solomon)"), or "known as"
        ("Known to the English of his day as Job ben Solomon: ...", "Tatya Tope, also called Ramachandra")."""
        pattern = subject_pattern(subject)
        found = []
        for m in pattern.finditer(text, 0, BIRTH_NAME_REACH):  # "Ayuba Suleiman Diallo (Job ben Solomon)"
            after = _REST_OF_NAME.match(text, m.end())  # (the rest of the name first)
            bracket = _BRACKETED_NAME.match(text, after.end())
            if bracket is not None and not any(w in ENGLISH_MONTHS or self.is_place(w)
                                               for w in bracket.group(1).split()):
                found += [w for w in bracket.group(1).split() if w.lower() not in NAME_PARTICLES]
        for m in pattern.finditer(text, 0, BIRTH_NAME_REACH):
            # "Catherine Wilson Malcolm, who as Kate Sheppard would lead the campaign, was born in Liverpool": the
            # name the subject had before the one the text is about
            # (a "who" is a person: no test for places, which surnames like Malcolm also name)
            earlier = _EARLIER_NAME.search(text, max(0, m.start() - 120), m.start())
            words = earlier.group(1).split("\n")[-1].split() if earlier is not None else []
            if not any(w in ENGLISH_MONTHS for w in words):
                found += [w for w in words if w.lower() not in NAME_PARTICLES]
        for m in _KNOWN_AS.finditer(text, 0, BIRTH_NAME_REACH):
            name = next(g for g in m.groups() if g)
            sentence_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            if (m.group(1) or pattern.search(text, sentence_start, m.start())) and not any(
                    w in ENGLISH_MONTHS or self.is_place(w) for w in name.split()):
                found += [w for w in name.split() if w.lower() not in NAME_PARTICLES]
        for m in _CALLED_HER.finditer(text, 0, BIRTH_NAME_REACH):
            # "Everyone called her Mickey, and so shall I": the name the text goes on to use
            name = m.group(1) or m.group(2)
            if not self.is_place(name) and name not in ENGLISH_MONTHS:
                found.append(name)
        for m in _BORN_AS.finditer(text, 0, BIRTH_NAME_REACH):
            words = m.group(1).split()
            sentence_start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            if pattern.search(text, sentence_start, m.start()) and not any(
                    w in ENGLISH_MONTHS or self.is_place(w) for w in words):
                found += [w for w in words if w.lower() not in NAME_PARTICLES]
        return tuple(w for w in dict.fromkeys(found) if not re.search(rf"\b{re.escape(w)}\b", subject))

    @staticmethod
    def dateline_span(text: str) -> tuple[int, int]:
        """Where a news report's dateline lies ("PETROPOLIS, Brazil, Feb. 23 —"): no place in it is a stop."""
        m = _DATELINE.search(text, 0, DATELINE_REACH)
        return (m.start(), m.end()) if m else (0, 0)

    def dateline_place(self, text: str) -> tuple[Place, ...]:
        """A news report's dateline ("LONDON, May 10. —", "PETROPOLIS, Brazil, Feb. 23 —") says where the report
        was written: context for the first names of the text (the London Whitehall), never a stop itself."""
        m = _DATELINE.search(text, 0, DATELINE_REACH)
        if m is None:
            return ()
        name = m.group(1).strip().title()
        found = self.gazetteer.curated.lookup(name) or (
            [p for p in self.gazetteer.broad.lookup(name) if p.name.lower() == name.lower() and p.population >= 50_000]
            if self.gazetteer.broad is not None else [])
        return (found[0],) if found and (found[0].lat or found[0].lon) else ()

    def is_place(self, word: str) -> bool:
        """A place name ("Vienna was ...", "Rochester was a disappointment") opens a sentence about a city,
        not a person: curated, or a GeoNames town of 10,000 or more under that very name (asked once a word)."""
        if word not in self._is_place:
            broad = self.gazetteer.broad
            self._is_place[word] = bool(self.gazetteer.curated.lookup(word)) or (broad is not None and any(
                p.name == word and p.population >= 10_000 for p in broad.lookup(word)))
        return self._is_place[word]

    @staticmethod
    def frame_cue(text: str, start: int, end: int, tracker: SubjectTracker) -> Cue | None:
        """"In Paris during 1915, Trotsky tried ...": a sentence that opens by setting the scene at a place
        and then has the subject act puts him there, whatever the verb. The cue ends at the comma, so
        only a date in the scene ("during 1915") or the narrative's date applies."""
        if not _SCENE_OPENS.fullmatch(text, 0, start):
            return None
        # "That summer of 1876 at Grez he attached himself to our table" (a time first: "In Italy he was known as
        # Giovanni" is how he was called there, not a stay)
        # ("In Paris that autumn Benyovszky persuaded the ministers": a time of its own after the place)
        # ("At Rangpur he rose to be sheristadar": "at" and the subject right after the town)
        after = _TIME_AFTER_PLACE.match(text, end) or (_SPACE.match(text, end) if _TIMED_SCENE.match(text)
                                                       or _AT_OPENS.fullmatch(text, 0, start) else None)
        if after and (tracker.pattern.match(text, after.end()) or _PRONOUN_SUBJECT.match(text, after.end())):
            return Cue("residence", max(0, start - 3), after.end())
        for comma in _SCENE_COMMAS:  # (the fewest asides first: "In Chengdu, crowded ..., Xuanzang studied ..., and")
            after = comma.match(text, end)
            if after and (tracker.pattern.match(text, after.end()) or _PRONOUN_SUBJECT.match(text, after.end())):
                return Cue("residence", max(0, start - 3), after.end())
        # "At Mérida the townspeople first hailed him as Liberator": the scene's clause acts on the subject
        clause = _SCENE_CLAUSE.match(text, end)
        if clause and tracker.object.search(clause.group()) and not OTHER_AGENT.search(clause.group()):
            return Cue("residence", max(0, start - 3), end)
        # "At Yeniseysk that summer the order was changed again, and he was attached as chaplain to ...": the
        # scene's first clause is about something else, the next one joined to it is the subject's
        joined = _SCENE_JOINED.match(text, end)
        if joined and (tracker.pattern.match(text, joined.end()) or _PRONOUN_SUBJECT.match(text, joined.end())):
            return Cue("residence", max(0, start - 3), joined.end())
        return None

    @staticmethod
    def clause_cue(text: str, start: int, end: int, tracker: SubjectTracker, implicit: bool = False) -> Cue | None:
        """"He was clerking in a country store in Arkansas when ...", "she taught for a year at Lausanne": no
        event word, but the subject opens the clause and acts "in" or "at" the place within a few words, so
        that is where the subject was (a residence, the weakest kind). Never a place that qualifies a
        thing ("a book on the revolution in France", "property in Kent")."""
        before = text[:start]
        prep = _CLAUSE_PLACE.search(before)
        prep_at = prep.start() if prep else -1
        if prep is None:
            done_from = _FROM_AFTER_VERB.search(before)
            prep_at = done_from.start(1) if done_from else -1
        if prep_at < 0 or _THING_IN.search(before, 0, prep_at):
            return None
        clause_at = max((m.end() for m in _CLAUSE_OPENING.finditer(before) if m.end() <= prep_at), default=0)
        opening = _CLAUSE_SCENE.match(before, clause_at)
        at = opening.end() if opening else clause_at
        who = tracker.pattern.match(before, at) or tracker.nominative.match(before, at) or (
            _GROUP_SUBJECT.match(before, at) if tracker.group_at is not None else None)
        if who is not None:
            verb_at = who.end()
        elif implicit and _CLAUSE_VERB.match(before, at):
            # a chronology entry or a dictionary's subjectless sentence: "in December becomes chief engineer
            # to General Greene at Charlotte", "1814 – In May meets Tsar Alexander in Paris"
            verb_at = at
        elif implicit and _YEAR_AFTER.match(text, end) and len(before[at:prep_at].split()) <= TELEGRAPHIC_WORDS \
                and not re.search(r"[A-Z]", before[at:prep_at]):
            # a dictionary's verbless clause: "...; field work in Alsace 1836 and in Lorraine 1837;"
            return Cue("residence", prep_at, start, "")
        else:
            return None
        between = before[verb_at:prep_at]
        verb = _CLAUSE_VERB.match(between)
        if verb is None or len(between.split()) > CLAUSE_WORDS or _NOT_PRESENCE_VERB.fullmatch(verb.group(1)) \
                or _ATTACHED_ELSEWHERE.search(between, verb.end()) or _NAME_GOES_ON.match(text, end):
            return None
        return Cue("residence", prep_at, start, "")

    def entry_acts(self, text: str) -> bool:
        """A chronology entry that opens with the implicit subject's verb ("Fortifies Ticonderoga", "Continues at
        West Point", "26 August: enters Hanoi"), not with someone else ("The estates revolt in Prague", "Chiang
        Kai-shek turns on ...") or a noun ("Defeat of the estates at ...")."""
        lead = leading_time(text)
        lead += leading_time(text[lead:])  # "1794 – 24 March: proclaims ..."
        m = _ENTRY_OPENER.match(text, lead)
        if m is None:
            return False
        word = m.group(1)
        return _ENTRY_VERB.fullmatch(word) is not None or (
            re.fullmatch(r"[A-Za-z][a-z]{2,}(?:s|es)", word) is not None and not self.is_place(word)
            and word.lower() not in ("news", "this", "his", "has", "was", "is", "its", "hers")) or (
            # "Admitted to the Corps of Cadets in Warsaw", "Sent to the college at Lubieszów"
            re.fullmatch(r"[A-Z][a-z]{2,}(?:ed|en)|Sent|Spent|Left|Kept|Built|Lent|Felt|Slept|Went|Brought|Taught|"
                         r"Caught|Fought|Bought|Sought", word) is not None and not self.is_place(word)
            and re.match(r"\s+(?:[a-z]|\d)", text[m.end():]) is not None)

    def someone_else_acts(self, text: str, cue: Cue, tracker: SubjectTracker, related: bool = False) -> bool:
        """The clause of a birth or death opens with another person's name: "Anita, who was pregnant, died".
        ``related``: only a name after a relation or title in lower case ("the prince Akbar was born"), for a
        birth: a name alone before "was born" is as often the subject's own at birth ("Margaret Dwyer ... was
        born", in a life of Daisy Bates)."""
        # "Stalin put out a call for his murder and he was killed in Mexico": "and he" opens a clause of its own
        clause = re.split(r"[.;:]|,\s+(?:and|but|while)\s|\s(?:and|but)\s+(?=(?:he|she|I)\b)", text[:cue.start])[-1]
        scene = TIME_SCENE.match(clause)  # "In 1852 Bryullov, whom Taras worshipped, died in Italy"
        at = scene.end() if scene else 0
        title = (_RELATION_BEFORE_NAME if related else _TITLE_BEFORE_NAME).match(clause, at)
        # ("Dr. Sun Yat-sen, who died yesterday at Peking")
        if related and title is None:
            return False
        m = _NAME_OPENS.match(clause, title.end() if title else at)
        # "Sir Henry Morton Stanley, the African explorer, died": a title before the subject's own name
        run = {w.lower().rstrip(".") for w in (m.group(1) + m.group(2)).split()} if m else set()
        return m is not None and m.group(1).lower() not in NOT_GIVEN_NAMES | tracker.parts \
            and not run & tracker.parts and not tracker.pattern.match(clause, m.start(1)) \
            and not self.is_place(m.group(1)) \
            and not (m.group(1).endswith("ing") and not m.group(2))  # "Having caught malaria ..., he died"

    @staticmethod
    def about(sentence, tracker: SubjectTracker, text: str) -> tuple[bool, bool, bool]:
        """(about the subject, named, a listed entry): prose goes to the tracker; an entry of a chronology
        ("1851 – Flees to Brussels.") or an infobox line ("Born: 12 March 1821, Besançon") has the
        document's subject as its implicit subject unless it opens with someone else ("1821 – Napoleon
        dies on Saint Helena", "1830 – His father dies")."""
        line_start = text.rfind("\n", 0, sentence.start) + 1
        line_end = text.find("\n", line_start)
        line = text[line_start:line_end if line_end != -1 else len(text)]
        lead = leading_time(line)
        infobox = not lead and line_start == sentence.start and sentence.start < INFOBOX_REACH \
            and _INFOBOX_LIFE.match(line) is not None
        if not lead and not infobox:
            about, named = tracker.about_subject(sentence.text, paragraph=_PARAGRAPH_BEFORE.search(
                text, max(0, sentence.start - 40), sentence.start) is not None)
            return about, named, False
        rest = sentence.text[lead:] if line_start == sentence.start else sentence.text
        rest = rest[_SUB_LEAD.match(rest).end():]  # "1688 – November: William of Orange lands at Torbay."
        about, named = tracker.about_subject(rest)
        if about or infobox:
            return True, True, True
        opener = re.match(r"\W*([A-Z][\w’'-]*)", rest)
        verb_first = opener is not None and (_ENTRY_VERB.fullmatch(opener.group(1)) is not None
                                             or ENTRY_VERB_FORM.fullmatch(opener.group(1)) is not None or any(
            c.start == opener.start(1) for c in event_cues(rest[:opener.end(1) + 1])))
        if OTHER_AGENT.match(rest) or (not verb_first and tracker.someone_else_opens(rest)) or (
                opener and tracker.pronouns.fullmatch(opener.group(1)) is None
                and opener.group(1).lower() in ("he", "she", "they", "i", "we")):
            return False, False, True
        tracker.focus(rest)
        return True, True, True

    def lifetime(self, sentences: list, subject: str, pronoun: str = "", text: str = "",
                 kin: tuple[str, ...] | None = None, early: bool | None = None,
                 hijri: HijriYears | None | bool = False) -> tuple[int | None, int | None]:
        """A first pass for birth and death years, so "at the age of nine" works before the birth is told
        and years of later events (a 1976 edition) never become the narrative's date. (``kin``, ``early`` and
        ``hijri`` are the document's, as ``extract`` reads them; found here when not given.)"""
        if kin is None:
            kin = teller_kin(text, pronoun) if pronoun != "I" else ()
        hijri = HijriYears.of(text) if hijri is False else hijri
        bc = _ALL_BC.search(text) is not None  # "All years are BC."
        early = (three_digit_years(text) or bc or (hijri is not None and hijri.whole)) if early is None else early
        tracker = SubjectTracker(subject, is_place=self.is_place, pronoun=pronoun, kin=kin,
                                 epithets=title_epithets(text), is_proper=proper_names(text))
        born = died = by_age = None  # a "born" year beats one reckoned from "died aged 60" (a year off at times)
        # an obituary: "... died this afternoon. [He had been failing ...] He was 68 years of age." (the age within
        # AGE_REACH sentences of the undated death)
        undated_death, age_at_death, died_aged = 0, None, None
        acts = []  # (year, sentence) of the subject named, acting, with a year: "In March 1926 Marina spent ..."
        for sentence in sentences:
            if self.about(sentence, tracker, text)[0]:
                acting = named_acting(sentence.text, tracker)
                told_age = _AGE_AT_DEATH.match(sentence.text)
                if undated_death and told_age and age_at_death is None:
                    age_at_death = age_told(told_age)
                undated_death = max(0, undated_death - 1)
                spans = with_era_years(sentence.text, years_in(sentence.text, early=early))
                # (the birth: "the sixth year of Xiping")
                spans = with_all_bc(sentence, with_hijri_years(sentence, with_reign_years(sentence.text, spans, born),
                                                               hijri), bc)
                if acting:
                    acts += [sp.start for sp in spans if sp.how in ("explicit", "range")]
                lede = life_span_after_name(sentence.text)
                if lede and by_age is None:
                    # "Toussaint Louverture (c. 20 May 1743 – 7 April 1803) was ...": the life's ends, the
                    # birth's year for a later "was born on the Bréda plantation" that gives none
                    ends = [sp for sp in spans if lede[0][0] <= sp.pos < lede[0][1] and sp.how == "explicit"]
                    if len(ends) >= 2 and ends[0].start < ends[-1].start:
                        by_age = ends[0].start
                        died = died if died is not None else ends[-1].start
                birth = _BORN.search(sentence.text)
                if birth is not None and _BIRTH_NAME.match(sentence.text, birth.start()):
                    birth = None  # "Liliʻuokalani, born Lydia Kamakaʻeha, was ... reigning from 1891": a name
                if birth is not None and lede and lede[0][1] <= birth.start():
                    # "Jomo Kenyatta (c. 1897 – 22 August 1978), born Kamau wa Ngengi, was ... Prime Minister from
                    # 1963": the bracket gave the birth's year; the sentence's later years are the career's
                    birth = None
                if born is None and not (lede and by_age is not None) \
                        and (birth is None or own_death(sentence.text, birth.start(), tracker)):
                    year = birth_year_in(sentence.text, spans, own=birth is not None)
                    if birth is not None:
                        born = year
                    elif by_age is None:
                        by_age = year
                for m in _DIED.finditer(sentence.text):
                    # The year of the death itself: near the word, and no bound of something else ("he lived
                    # from 1901 at Polhøgda, the house where he has now died" gives no year of death).
                    dating = [sp.start for sp in spans if sp.how == "explicit"
                              and abs(sp.pos - m.start()) <= DEATH_YEAR_REACH
                              and ";" not in sentence.text[min(sp.pos, m.start()):max(sp.pos, m.start())]
                              and not _BOUND_BEFORE.search(sentence.text, max(0, sp.pos - 12), sp.pos)]
                    if dating and own_death(sentence.text, m.start(), tracker):
                        died = max(died or 0, max(dating))
                        aged = _AGED_AFTER_DEATH.match(sentence.text, m.end())
                        if aged is not None and died_aged is None:
                            died_aged = number_value(aged.group(1))
                    elif not spans and own_death(sentence.text, m.start(), tracker):
                        undated_death = AGE_REACH
        born = born if born is not None else by_age
        if born is None and died is not None and died_aged:
            # "My teacher died in Edo in the spring of 1682, at the age of eighty-three": born in 1599 or 1598
            born = died - died_aged
        if died is None and born is not None and age_at_death is not None:
            died = born + age_at_death  # may be a year early: the birthday can fall after the death's date
        if born is not None and died is not None and not born < died <= born + LIFESPAN:
            died = None
        if died is not None and sum(year > died for year in acts) >= LIVED_ON:
            # "We brought her back to Tarusa, and she died there" (the mother) in a sister's memoir: the subject,
            # named, goes on acting in later years, so that death was someone else's; the life window stays open
            died = None
        return born, died

    def extract(self, doc: Document, subject: str, explain: list[tuple[str, str, str]] | None = None) -> list[RawStop]:
        """The subject's stops in ``doc``; ``explain``, if given, collects (sentence, place, verdict) for every
        place mention, so a reader can see why a mention did or did not become a stop."""
        def why(sentence_text: str, surface: str, verdict: str) -> None:
            if explain is not None:
                explain.append((sentence_text, surface, verdict))

        text, total = doc.text, max(1, len(doc.text))
        sentences = split_sentences(doc)
        subject = " ".join((subject, *self.pet_names(text, subject), *self.birth_names(text, subject)))
        # ("Ruddy" in a sister's memoir of Rudyard; "Razafindrahety" for Ranavalona III)
        pronoun = "I" if memoir_of(text, subject) else subject_pronoun((s.text for s in sentences), subject) \
            or title_pronoun(text)  # (a memoir full of women and men: its title says whose life)
        kin = teller_kin(text, pronoun) if pronoun != "I" else ()  # "Recollections by his sister": "my brother"
        pronoun = kin_pronoun(kin) or pronoun  # ("The Nightingale at Home: Remembering My Mother, ..."; a daughter's
        # memoir is full of the men around her mother, so its sentences alone may say otherwise)
        tracker = SubjectTracker(subject, is_place=self.is_place, pronoun=pronoun, kin=kin,
                                 epithets=title_epithets(text), is_proper=proper_names(text),
                                 vessels=vessel_names(text, self.is_place))
        stops: list[RawStop] = []
        running: int | None = None
        running_age = RUNNING_REACH + 1
        anchor: TimeSpan | None = None  # the narrative's last time, from which "on 27 March" counts
        hijri = HijriYears.of(text)  # a life told in years of the Hijra: "in 623 (1226)", "the winter of 309"
        # a life before 1000 ("In 629 he left the capital"), or one told wholly in Hijri years
        bc = _ALL_BC.search(text) is not None  # "All years are BC.": its bare years count back
        early = three_digit_years(text) or bc or (hijri is not None and hijri.whole)
        birth_year, death_year = self.lifetime(sentences, subject, pronoun, text, kin=kin, early=early, hijri=hijri)
        last_year = death_year or (birth_year + LIFESPAN if birth_year else None)
        stated_death = stated_death_year(text, early)  # ("Died: 3 June 1548"), which a pronoun's death may match
        near: tuple[Place, ...] = self.dateline_place(text)  # the last places found: context for ambiguous names
        last_named: tuple[int, Place] | None = None  # (sentence, place) of the last town a sentence named
        dateline = self.dateline_span(text)
        last_stop_at: int | None = None  # the sentence of the last stop: "there" points back at most THERE_REACH
        broad = BroadMentionFinder(self.gazetteer.broad, text) if self.gazetteer.broad is not None else None
        before_sentence = [0, 0]  # len(stops) before the previous sentence, and before this one
        for sentence in sentences:
            before_sentence = [before_sentence[1], len(stops)]
            about, named, listed = self.about(sentence, tracker, text)
            life_end = life_end_told(sentence.text, pronoun, stated_death, early)
            about = about or life_end
            sentence_opens_line = text.rfind("\n", 0, sentence.start) + 1 == sentence.start
            if about and _NOT_THERE.match(sentence.text) and before_sentence[0] < len(stops):
                # "... it was signed at the White House in Washington. Roerich was not there to see it.": the
                # sentence before told a place of the day, and this one says the subject was absent from it
                for stop in stops[before_sentence[0]:]:
                    why(sentence.text, stop.place.name, "the next sentence says the subject was not there")
                del stops[before_sentence[0]:]
            # An article's lede ("Anna Petrova (1847–1902) was a writer whose exile in Paris ...") sums up the
            # life: its places have only the years it gives them, never the narrative's.
            lede = life_span_after_name(sentence.text)
            cited = citation_spans(sentence.text) + lede
            spans = years_in(sentence.text, birth_year=birth_year, running=running, cited=cited, early=early)
            if anchor is not None and running is not None and anchor.first != running:
                anchor = TimeSpan.of_year(running)
            times = [t for t in times_in(sentence.text, anchor=anchor or running, birth_year=birth_year, cited=cited)
                     if t.precision != "century"] if about or _ERA.search(sentence.text) else []
            spans = with_era_years(sentence.text, spans, times)
            spans = with_reign_years(sentence.text, spans, running)
            spans = with_hijri_years(sentence, spans, hijri)
            spans = with_all_bc(sentence, spans, bc)
            spans = with_relative_years(spans, times, running if running_age <= RUNNING_REACH else None, sentence.text)
            plausible = [sp for sp in spans if (birth_year is None or birth_year <= sp.start)
                         and (last_year is None or sp.start <= last_year)]
            family_year = plausible[0].start if plausible else running
            if about and tracker.by_family and birth_year is not None and family_year is not None \
                    and family_year - birth_year > CHILDHOOD and not tracker.married:
                # "the family rented a villa" when the subject is grown up: not the subject's move, unless the
                # subject has married since ("Early in 1917 the family settled at Serdobol": his own household)
                about = False
            # A child among "the three boys" or "the family": "they" in the sentence includes the subject.
            child_with_family = birth_year is not None and family_year is not None and \
                family_year - birth_year <= CHILDHOOD and (tracker.by_family or CHILDREN_ALONG.search(sentence.text))
            if not re.search(r"\w{3}", sentence.text):
                continue  # a fragment ("." of an elided quotation) neither moves nor ages the narrative
            earlier = running if running_age <= RUNNING_REACH else None  # the narrative's year before this sentence
            if plausible and _INFOBOX_DEATH.match(sentence.text):
                pass  # "Died: 12 September 1802" above the article: the end of the life, not the narrative's date
            elif plausible and running is not None and all(sp.how == "relative" for sp in plausible) and (
                    not about or not any(subject_in_clause(sentence.text, sp.pos, tracker) for sp in plausible)
                    or (min(sp.start for sp in plausible) - running >= LOOK_AHEAD_YEARS
                        and not _SOME_PLACE.search(sentence.text))):
                # ("In the book he published thirty-three years later he described the crossing": a look ahead
                # at no place, not the narrative's own step)
                # "The bargain was never kept. Ten years later Tang armies destroyed the kingdom": another's story
                # told ahead, not the narrative moving on (so too when the subject comes in only after a ";")
                running_age += 1
            elif plausible and running is not None and all(
                    _EARLIER_RELATIVE.search(sentence.text, 0, sp.pos) and sp.start <= running for sp in plausible):
                # "..., which had been decimated by arrests in 1899" told in 1900: a look back, not the date ("who
                # had earlier had conflicts ... in May 1919" told in 1918 says the narrative has reached 1919)
                running_age += 1
            elif plausible:
                # Of several years, the one nearest the narrative's date continues it ("(January 20, 1917)
                # ... his hatred of 1905" stays in 1917).
                year = plausible[-1].start if running is None else \
                    min((sp.start for sp in plausible), key=lambda y: abs(y - running))
                opening = _OPENS_WITH_YEAR.match(sentence.text)
                if opening is not None and int(opening.group(1)) in {sp.start for sp in plausible}:
                    # "In the spring of 1924 the poet Tagore visited Beijing": a year that opens the sentence is the
                    # narrative's clock, whoever the sentence is about (not a look back told in passing)
                    year = int(opening.group(1))
                if about or running is None or year >= running - 1 or opening is not None:
                    running, running_age = year, 0
                else:  # a look back in a digression ("the October days of 1905"): the narrative stays where it was
                    running_age += 1
            elif last_year is not None and any(sp.start > last_year for sp in spans):
                running, running_age = None, RUNNING_REACH + 1  # the text moved past the subject's life
            elif spans:  # a glance back before his birth ("the French Revolution of 1789"): the date stays
                running_age += 1
            elif about and running_age <= RUNNING_REACH and _MONTH_DAY.search(sentence.text):
                running_age = 0  # "he left New York on March 27": the narrative goes on in the same year
            else:
                running_age += 1
            if not about or (is_caption(sentence.text) and not listed):
                passed = self.finder.find(sentence) if explain is not None or not about else []
                if broad is not None and (explain is not None or (not about and _GROUP_SUBJECT.search(sentence.text)
                                                                  and _SOME_PLACE.search(sentence.text))):
                    # (the broad layer's names too, without changing what it remembers)
                    passed += broad.find_unkept(sentence, list(passed), near)
                for m in passed:
                    why(sentence.text, m.surface, "caption" if about else "not about the subject")
                    if not about and m.place.kind == "settlement" and m.place not in near and broad is not None \
                            and m.place.country in broad.countries:
                        # "The family ... landed at Lyttelton. From the port they crossed to Christchurch": where the
                        # narrative is, the subject there or not, says which namesake comes next (the table's places
                        # of any other's sentence, the broad layer's only of the household's, whose look-up costs;
                        # and only in a country the document names: never a namesake found for another's sentence)
                        near = (*near[-(NEAR_PLACES - 1):], m.place)
                continue
            found = self.finder.find(sentence)
            if broad is not None:
                found = [broad.curated_or_namesake(m, near) for m in found
                         if not broad.prefixed(m) and not broad.given_name(m) and not broad.tail_of_longer_name(m)]
            if broad is not None and (cues_here(sentence.text) or listed
                                      or _CLAUSE_PLACE_ANYWHERE.search(sentence.text)):
                found += broad.find(sentence, found, near)
                for m in found:
                    if m.start in broad.appositives:
                        why(sentence.text, m.surface, "names where the town before it lies (\"Rochester, New York\")")
                found = [m for m in found if m.start not in broad.appositives]
                for surface, reason in broad.refusals_in(sentence) if explain is not None else ():
                    why(sentence.text, surface, f"not a place here: {reason}")
            mentions = sorted(drop_enclosing_areas(found), key=lambda m: m.start)  # as the sentence tells them
            for m in [m for m in mentions if _BURIED_BEFORE.search(sentence.text, 0, m.start - sentence.start)
                      or _TO_BE_BURIED.match(sentence.text, m.end - sentence.start)]:
                # "She died there on 14 May 1881, and she was buried ... at Kensal Green": a grave is no stop, and
                # "there" is then the place before
                why(sentence.text, m.surface, "a burial place: where the body went, not the subject")
                mentions.remove(m)
            if not mentions and near and last_stop_at is not None and sentence.index - last_stop_at <= THERE_REACH \
                    and any(sp.how in ("explicit", "range") for sp in plausible):
                # "She died there on 3 March 1910." (its own year); "there" is the last place the previous
                # sentence named, a stop or not ("a vessel bound for New Orleans. He arrived there early in 1859")
                there = last_named[1] if last_named is not None and last_named[0] == sentence.index - 1 else near[-1]
                mentions = there_mentions(sentence, there)
                own = [m for m in _NAMED_AFTER_PLACE_WORD.finditer(sentence.text, 0, mentions[0].start - sentence.start)
                       if m.group(1) not in ENGLISH_MONTHS and m.group(1).lower() not in tracker.parts
                       and m.group(1) not in there.name] if mentions else []
                if own:
                    # "Buys the barony of Aubonne ... and settles there": "there" is the place the sentence named
                    # before it, which the gazetteer does not know, not the last sentence's
                    why(sentence.text, "there", "the sentence's own place before it, which no gazetteer layer knows")
                    mentions = []
            last = mentions[-1].place if mentions and mentions[-1].surface.lower() != "there" else None
            if last is not None and (last.lat or last.lon) and last.kind not in ("region", "country"):
                last_named = (sentence.index, last)
            if not mentions:
                continue
            cues = event_cues(sentence.text)
            moved_on: int | None = None  # where a stay's told length takes the narrative ("spent four years in X")
            last_cue: Cue | None = None  # the event of the sentence's last stop: a journey's stages share it
            place_ends: list[int] = []  # ends of the places tied to the sentence so far: "in X and Y"
            refused_end = -1  # where the last refused mention ended: its appositive area shares the verdict
            # where the names the gazetteer knew nothing of end ("Shaozhou, in Guangdong", "Blanc-Sablon on the
            # Labrador shore"): a wide area named after one says where that place lies, and is no point for it
            unknown_ends = [sentence.text.find(surface) + len(surface)
                            for surface, reason in (broad.refusals_in(sentence) if broad is not None else ())
                            if reason.startswith(_UNKNOWN_REASONS) and surface in sentence.text]
            thing_end = -1  # where the last place things went to ended: the names listed after it share it
            wish_end, wish_reason = -1, ""  # where the last place of a plan or a denial ended, and why
            # "a servant in Newport whom she had met in Boston, but Phillis never saw Newport herself": a place the
            # sentence says the subject never saw is no stop wherever else the sentence names it
            never_seen = {m.place.id for m in mentions for seen in re.finditer(
                rf"\b{re.escape(m.surface)}\b", sentence.text) if _NEVER_SEEN.search(
                sentence.text, max(0, seen.start() - 40), seen.start()) and not _AGAIN_AFTER.match(
                sentence.text, seen.end())}
            for mention in mentions:
                local = mention.start - sentence.start
                if mention.place.kind in ("region", "country", "island") and refused_end >= 0 and \
                        _WHERE_REFUSED_LIES.fullmatch(sentence.text, refused_end, local):
                    why(sentence.text, mention.surface, "names where a refused place is (\"Obdorsk, Siberia\")")
                    continue
                refused_end = local + len(mention.surface)
                if mention.place.kind in _WIDE_KINDS and mention.place.reach_km > AREA_STANDS_FOR_KM and any(
                        _WHERE_UNKNOWN_LIES.fullmatch(sentence.text, end, local) for end in unknown_ends):
                    why(sentence.text, mention.surface, "names where a place the gazetteer lacks lies (\"Shaozhou, "
                        "in Guangdong\"): too wide to stand for it")
                    continue
                if _TITLE_JUST_BEFORE.search(sentence.text, max(0, local - 20), local):
                    # "wrote her verses to General Washington", "met President Lincoln": a man, not a town
                    why(sentence.text, mention.surface, "a person's name after a title (\"General Washington\")")
                    continue
                if mention.place.id in never_seen:
                    why(sentence.text, mention.surface, "the sentence says the subject never saw it")
                    continue
                if mention.place.continental:
                    why(sentence.text, mention.surface, "not a place here: a region across many countries "
                        f"({mention.place.name}) is no point on the map")
                    continue
                if mention.place.source != "curated" and mention.surface.lower() in tracker.parts:
                    # "the news reaches Liang in the south" in a life of Liang Qichao: the subject, not Lyon
                    why(sentence.text, mention.surface, "the subject's own name")
                    continue
                if dateline[0] <= mention.start < dateline[1]:
                    why(sentence.text, mention.surface, "in the report's dateline (\"PETROPOLIS, Brazil, Feb. 23 —\")")
                    continue
                if any(a <= local < b for a, b in cited):
                    why(sentence.text, mention.surface, "in a bibliographic reference (\"My Life, London, 2004\")")
                    continue
                if inside_quotation(sentence.text, local):
                    why(sentence.text, mention.surface, "inside a quotation")
                    continue
                if not child_with_family and not tracker.subject_fronted_clause(sentence.text, local) \
                        and not tracker.cleft_of_subject(sentence.text, local) \
                        and not tracker.teller_meets_subject(sentence.text, local) and (
                        tracker.other_pronoun_at(sentence.text, local)
                        or tracker.cleft_of_other(sentence.text, local)
                        or tracker.opener_pronoun_at(sentence.text, local)
                        or tracker.kin_opens_before(sentence.text, local)
                        or tracker.in_someone_elses_who_clause(sentence.text, local)
                        or tracker.clause_opens_with_other(sentence.text, local,
                                                           entry=(listed and not sentence_opens_line)
                                                           or named_only_after(sentence.text, local, tracker))
                        or tracker.comma_clause_of_other(sentence.text, local)
                        or tracker.fronted_for_other(sentence.text, local)
                        or tracker.subordinate_of_other(sentence.text, local)
                        or tracker.other_opens_before(sentence.text, local)):
                    # (a mother who "took the three boys to Lausanne" takes the child subject along)
                    why(sentence.text, mention.surface, "someone else's doing: the clause's subject is another pronoun")
                    continue
                if tracker.others_event_at(sentence.text, local):
                    why(sentence.text, mention.surface, "where someone else's death, arrest or murder happened")
                    continue
                if tracker.things_move_at(sentence.text, local) or (
                        thing_end >= 0 and _LISTED_WITH_PREVIOUS.fullmatch(sentence.text, thing_end, local)):
                    # (and the names listed with such a place: "which were shipped to Nagasaki and Hirado")
                    thing_end = local + len(mention.surface)
                    why(sentence.text, mention.surface, "things go there (letters, pictures, news), not the subject")
                    continue
                entry_place = listed and (_ENTRY_PLACE.fullmatch(sentence.text, entry_lead(sentence.text), local)
                                          is not None or _SUB_ENTRY_START.search(sentence.text, 0, local)) and \
                    _ENTRY_PLACE_END.match(sentence.text, local + len(mention.surface)) is not None
                if mention.surface.lower() != "there" and not entry_place and \
                        not is_locative(sentence.text, local, local + len(mention.surface), place_ends,
                                        area=mention.place.wide):
                    why(sentence.text, mention.surface, "no locative word before it")
                    continue
                place_ends.append(local + len(mention.surface))
                frame = None
                cue = kind_for(cues, local, sentence.text)
                if cue is not None and cue.kind == "death" and cue.start > local and any(
                        other.start - sentence.start > cue.end and _DEATH_PLACE_AFTER.fullmatch(
                            sentence.text, cue.end, other.start - sentence.start) for other in mentions):
                    # "member of the Rockefeller Institute, New York, died at Accra": the death has its own place
                    why(sentence.text, mention.surface, "a death told at the place named after it")
                    continue
                if cue is not None and cue.word.lower() in _HOME_WORDS:
                    # "died this afternoon at Polhøgda, his house at Lysaker": the house is where the death was
                    deaths = [c for c in cues if c.kind == "death" and c.end <= cue.start and local - c.end <= 150
                              and own_death(sentence.text, c.start, tracker)
                              and not self.someone_else_acts(sentence.text, c, tracker)]
                    cue = deaths[-1] if deaths else cue
                if cue is None and last_cue is not None and (
                        _GOES_ON.search(sentence.text, max(0, local - 24), local) or
                        (_ELIDED_VERB.search(sentence.text, max(0, local - 90), local)
                         and _ELIDED_END.match(sentence.text, local + len(mention.surface))) or
                        any(_LISTED_WITH.fullmatch(sentence.text, e, local) for e in place_ends[-2:-1])
                        or list_item(sentence.text, local, local + len(mention.surface))):
                    cue = last_cue  # "went first to Dresden, then to Leitmeritz ...; then to Prague and Vienna"
                if cue is None and listed:
                    # "1777 – Fortifies Ticonderoga", "1779 – Continues at West Point": the entry is the subject's
                    # doing, so a place tied to it by a locative word is where the subject was that year
                    cue = entry_scene_cue(sentence.text, local)
                    if cue is None and self.entry_acts(sentence.text):
                        cue = Cue("residence", local, local)
                    if cue is None and _ENTRY_MOVES.match(sentence.text, entry_lead(sentence.text)):
                        # "1640–1641 – From the Persian Gulf by sea to India; at Surat, and from there inland to
                        # Agra": an entry of stages with no verb is the subject's journey
                        cue = Cue("travel", local, local)
                if cue is None:
                    cue = frame = self.frame_cue(sentence.text, local, local + len(mention.surface), tracker)
                if cue is None and entry_place:
                    cue = Cue("residence", local, local)  # "1800 – Paris; pamphlet ...": the entry's place
                if cue is None:
                    cue = self.clause_cue(sentence.text, local, local + len(mention.surface), tracker,
                                          implicit=listed or tracker.verb_opens(sentence.text))
                if cue is None:
                    why(sentence.text, mention.surface, "no event word near it")
                    continue
                if cue.kind == "travel":
                    cue = stay_told_after(sentence.text, local + len(mention.surface), cue)
                area = mention.place.wide
                if mention.place.kind not in ("island", "district") and _ON_THE_RIVER.search(
                        sentence.text, max(0, local - 8), local) and not _LAND_AFTER.match(
                        sentence.text, local + len(mention.surface)):
                    why(sentence.text, mention.surface, "a river's name (\"forts on the Delaware\"), not a stop")
                    continue
                reason = not_a_visit(sentence.text, local, local + len(mention.surface), cue, area,
                                     settlement=not area, family=child_with_family, subject_kin=tracker.kin,
                                     subject=tracker.pattern)
                if reason is None and wish_end >= 0 and _LISTED_WITH_PREVIOUS.fullmatch(sentence.text, wish_end, local):
                    # "asked leave to go as a missionary to China or to the Moluccas": the names listed after a
                    # place of a plan or a denial share its verdict, however far the list runs from the verb
                    reason = wish_reason
                if reason is not None and reason.startswith((PLAN_REASON, "negated")):
                    wish_end, wish_reason = local + len(mention.surface), reason
                if reason == FAMILY_MOVE and birth_year is not None and family_year is not None \
                        and family_year - birth_year <= CHILDHOOD:
                    reason = None  # "his father moved with his wife and children to Manchester": a child goes too
                if reason:
                    if reason.startswith("a thing went there"):
                        thing_end = local + len(mention.surface)
                    why(sentence.text, mention.surface, reason)
                    continue
                if reported_thought(sentence.text, local):
                    why(sentence.text, mention.surface, "in what someone thought or said, not where the subject was")
                    continue
                if cue.kind != "birth" and own_claim(sentence.text, local):
                    why(sentence.text, mention.surface, "the subject's own claim (\"by his own account\")")
                    continue
                if spans and not plausible:
                    why(sentence.text, mention.surface, "dated outside the subject's life")
                    continue
                if cue.kind == "birth" and ((_OTHERS_BIRTH.match(sentence.text, cue.start) and not
                                             tracker.names_subject(sentence.text, cue.end))
                                            or self.someone_else_acts(sentence.text, cue, tracker, related=True)):
                    # "1935 – Birth at Taktser, in Amdo, of Lhamo Dhondup, later recognised as his successor"
                    why(sentence.text, mention.surface, "someone else's birth (\"Birth at Taktser of Lhamo Dhondup\")")
                    continue
                if cue.kind == "death" and not life_end and (self.someone_else_acts(sentence.text, cue, tracker)
                                            or not own_death(sentence.text, cue.start, tracker)):
                    why(sentence.text, mention.surface, "someone else's death (\"Anita ... died near Ravenna\")")
                    continue
                # (in a lede, a year dates only the place beside it: "a leading figure of the Paris Commune of 1871
                # and, after her deportation to New Caledonia, ..." gives New Caledonia no year)
                near_years = plausible if not lede else [
                    sp for sp in plausible if abs(sp.pos - local) <= LEDE_YEAR_REACH
                    and not re.search(r"[,;]", sentence.text[min(sp.pos, local):max(sp.pos, local)])]
                dating = date_mention(sentence.text, cue, frame, local, local + len(mention.surface), spans,
                                      near_years, (birth_year, death_year),
                                      running if running_age <= RUNNING_REACH and not lede else None, earlier)
                if isinstance(dating, str):
                    why(sentence.text, mention.surface, dating)
                    continue
                start, end, dated = dating
                if moved_on is not None and dated == "running" and start < moved_on:
                    # "lived at Xiangtan for seven years before coming with him to Peking": the next stage of the
                    # sentence begins where the stay it told the length of ended
                    start = end = moved_on
                lasted = stay_years(sentence.text, local) if start == end and cue.kind not in ("birth", "death") \
                    else None
                if lasted:  # "He spent more than four years in Turkey": the stay lasts, and the narrative moves on
                    end = min(start + lasted, last_year) if last_year is not None else start + lasted
                    moved_on = max(moved_on or end, end)
                when = precise_time(times, sentence.text, local, start, end)
                refused_end = -1
                why(sentence.text, mention.surface, f"stop: {cue.kind} {start}-{end} ({dated}"
                    + (f", {when.label()}: {when.precision})" if when else ")"))
                confidence = stop_confidence(named, dated, cue.kind)
                offset, quote = quote_around(text, sentence.start, sentence.end, mention.start)
                last_stop_at = sentence.index
                last_cue = cue if cue.kind in ("travel", "residence", "political_work") else None
                if mention.place not in near and (mention.place.lat or mention.place.lon):
                    near = (*near[-(NEAR_PLACES - 1):], mention.place)
                stops.append(RawStop(
                    doc=doc.name, place=mention.place, start=start, end=end, kind=cue.kind,
                    evidence=Evidence(doc.name, offset, quote), confidence=round(confidence, 2),
                    position=mention.start / total, when=when, moment=is_moment(cue),
                ))
            if moved_on is not None:
                running, running_age, moved_on = moved_on, 0, None
            if times and running is not None:
                fitting = [t for t in times if t.first == running]
                anchor = fitting[-1] if fitting else anchor
        return stops
