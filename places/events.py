"""Who a sentence is about, and what happened to them at a place.

Subject tracking is deliberately simple and general: a sentence is about the
subject when it names them (any part of the name given by the user), or when
it continues with a pronoun shortly after a sentence that did. Event typing
maps the verbs of a biography onto the itinerary's ``kind`` list; a place
counts only when a locative preposition ties it to the sentence's event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Order matters only for ties at the same distance: earlier entries win.
EVENT_CUES: tuple[tuple[str, str], ...] = (
    ("birth", r"born|birthplace|birth"),
    ("death", r"died|murdered|assassinated|killed|buried"),
    ("exile", r"exiled|banished|exile|banishment|asylum|accepted"),
    ("deportation", r"deported|expelled|expulsion|deportation"),
    ("internment", r"interned|internment|detained|detention camp|intercepted"),
    ("escape", r"escaped|escape|fled|flee|fleeing"),
    ("prison", r"imprisoned|jailed|arrested|prison|gaol|jail|incarcerated|arrest|cell|fortress|trial"),
    ("education", r"studied|school|schooling|educated|university|gymnasium|student"),
    ("emigration", r"emigrated|emigration|emigr[eé]"),
    ("government", r"negotiations|delegation|peace talks|commissar|treaty talks"),
    ("military", r"armou?red train|commanded|defen[cs]e of|red army"),
    ("residence", r"lived|settled|moved|moving|residence|resided|stayed|home|house|villa|returned|reside|living|spent|"
                  r"back in"),
    ("travel", r"arrived|travell?ed|went|visited|sailed|reached|journey|left for|set off|voyage|trip|crossed|"
               r"came to|taken to|sent|boarded|landed|bring|brought|passing through|way back|made his way|transferred|"
               r"made her way|met"),
    ("political_work", r"organi[sz]ed|organi[sz]ing|worked|joined|congress|conference|editor|edited|editing|"
                       r"newspaper|chairman|elected|spoke|speech|soviet|attended|writing|wrote for"),
)
_CUE = re.compile("|".join(rf"(?P<{kind}>\b(?:{pat})\b)" for kind, pat in EVENT_CUES), re.IGNORECASE)
_LOCATIVE = re.compile(r"\b(?:in|to|at|from|into|near|for|via|on|towards?|reached|then|and|outside|attended|"
                       r"through|back to)\s+(?:the\s+)?(?:\w+\s+){0,1}$", re.IGNORECASE)
_LOCATIVE_OF = re.compile(r"\b(?:island|city|village|town|port|region|province|capital|area)\s+of\s+$"
                          r"|\b(?:accepted|admitted|received)\s+by\s+$", re.IGNORECASE)
_HOST_AFTER = re.compile(r"\s+(?:accepted|admitted|received|granted)\s+(?:him|her)\b", re.IGNORECASE)
_NOT_LOCATIVE = re.compile(r"\b(?:of|by|with|than|against|like|about|between)\s+(?:the\s+)?$", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:he|she|him)\b", re.IGNORECASE)
_QUOTE_OPEN = "“\""
_NOT_REACHED = re.compile(r"\b(?:en\s+route|on\s+(?:the|his|her)\s+way|bound|heading|destined)\s+(?:to|for)\s+"
                          r"(?:\w+\s+){0,2}$", re.IGNORECASE)
_ADMIN_AFTER = re.compile(r"^\s*(?:guberniya|gubernia|governorate|province|oblast|region|district|raion|uyezd)\b",
                          re.IGNORECASE)
_STREET_BEFORE = re.compile(r"\b(?:avenida|calle|rue|avenue|via|ulitsa|plaza|boulevard|boulevard)\s+$", re.IGNORECASE)
_STREET_AFTER = re.compile(r"^\s+(?:street|avenue|road|square|station|boulevard)\b", re.IGNORECASE)
_OTHER_AGENT = re.compile(r"\b(?:his|her|[A-Z]\w+['’]+s)\s+(?:\w+\s+){0,2}(?:son|daughter|wife|husband|father|mother|"
                          r"brother|sister|friend|children|family|grandson|granddaughter|supporters?|comrades?|"
                          r"followers?|secretary|guards?|bodyguards?)\b", re.IGNORECASE)
_KIN = (r"(?:son|daughter|wife|husband|father|mother|brother|sister|friend|children|family|grandson|granddaughter|"
        r"supporters?|comrades?|followers?|secretary|guards?|bodyguards?)")
_KIN_AFTER = re.compile(rf"\s+(?:\w+\s+){{0,2}}{_KIN}\b", re.IGNORECASE)
_OBJECT_AFTER = re.compile(r"\s+(?:him|her)\b", re.IGNORECASE)
_ACCOMPANIED = re.compile(r"\b(?:with|and|by|accompanied by)\s+$", re.IGNORECASE)
CUE_REACH_BEFORE = 80
STRONG_REACH_BEFORE = 150
CUE_REACH_AFTER = 50
STRONG_KINDS = {"birth", "death", "exile", "deportation", "internment", "escape", "prison"}


@dataclass(frozen=True)
class Cue:
    kind: str
    start: int
    end: int


def event_cues(text: str) -> list[Cue]:
    """Event words in ``text`` with the kind each suggests.

    >>> [c.kind for c in event_cues("He was arrested and exiled to Siberia.")]
    ['prison', 'exile']
    """
    return [Cue(m.lastgroup, m.start(), m.end()) for m in _CUE.finditer(text)]


def cues_here(text: str) -> bool:
    return _CUE.search(text) is not None


def kind_for(cues: list[Cue], pos: int) -> Cue | None:
    """The cue that governs a mention at ``pos``: the nearest one before it, else just after it."""
    before = [c for c in cues if c.end <= pos and pos - c.end <= (
        STRONG_REACH_BEFORE if c.kind in ("birth", "death") else CUE_REACH_BEFORE)]
    after = [c for c in cues if c.start >= pos and c.start - pos <= CUE_REACH_AFTER]
    if before:
        chosen = max(before, key=lambda c: c.end)
        # "sent him to Odessa to be educated": the purpose says more than the movement.
        purpose = [c for c in after if c.kind not in ("travel", "political_work")]
        return purpose[0] if chosen.kind == "travel" and purpose else chosen
    return min(after, key=lambda c: c.start) if after else None


_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)


def not_a_visit(text: str, start: int, end: int, cue: Cue | None = None, area: bool = False,
                settlement: bool = True) -> str | None:
    """Why a mention at ``text[start:end]`` is no visit, or None.

    >>> not_a_visit("en route to exile in Obdorsk", 21, 28)
    'not reached'
    >>> not_a_visit("born in the Kherson guberniya", 12, 19)
    'administrative area'
    """
    before, after = text[max(0, start - 60):start], text[end:end + 30]
    if _NOT_REACHED.search(before):
        return "not reached"
    if area and _FROM.search(before):
        return "left a whole country or region: says nothing of where he was"
    if settlement and _ADMIN_AFTER.search(after):
        return "administrative area"
    if _STREET_BEFORE.search(before) or _STREET_AFTER.search(after):
        return "street name"
    if cue is not None and cue.start < start:
        zone_start = max(0, cue.start - 80)
        subject_is_object = _OBJECT_AFTER.match(text, cue.end)  # "his father sent him to Odessa"
        for kin in _OTHER_AGENT.finditer(text, zone_start, cue.start):
            if not subject_is_object and not _ACCOMPANIED.search(text, max(0, kin.start() - 20), kin.start()):
                return "someone else's event"
    return None


_INSTITUTION_AFTER = re.compile(r"\s+(?:prison|jail|gaol|fortress|university|gymnasium|school)\b", re.IGNORECASE)


def is_locative(text: str, pos: int, end: int | None = None) -> bool:
    """Whether the words just before ``pos`` tie a place to an event ("exiled to X", "in X").

    >>> is_locative("He was exiled to Siberia", 17), is_locative("the Tsar of Russia", 12)
    (True, False)
    """
    before = text[max(0, pos - 40):pos]
    if _LOCATIVE_OF.search(before) or (end is not None and (_INSTITUTION_AFTER.match(text, end)
                                                             or _HOST_AFTER.match(text, end))):
        return True
    if _NOT_LOCATIVE.search(before):
        return False
    return bool(_LOCATIVE.search(before)) or bool(re.search(r"(?:,|;)\s*(?:then\s+)?$", before))


def inside_quotation(text: str, pos: int) -> bool:
    """True when ``pos`` sits inside an open quotation in the sentence (someone else's words)."""
    head = text[:pos]
    opened = head.count("“") - head.count("”")
    plain = head.count('"')
    return opened > 0 or plain % 2 == 1


def subject_pattern(subject: str) -> re.Pattern[str]:
    """Any distinctive part of the subject's name (parts of three letters or more)."""
    parts = [p for p in re.split(r"[\s.]+", subject) if len(p) >= 3]
    if not parts:
        parts = [subject]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, parts)) + r")(?:['’]+s)?\b")


_OPENING_NAME = re.compile(r"^[“\"']?([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?([A-Z][a-z]{2,})\b(?!\s+(?:of|de)\b)")
_NOT_GIVEN_NAMES = {
    "in", "on", "at", "by", "the", "a", "an", "after", "before", "when", "while", "during", "from", "with", "his",
    "her", "their", "its", "this", "that", "these", "those", "as", "for", "to", "of", "and", "but", "then", "there",
    "here", "once", "within", "under", "since", "until", "although", "though", "because", "if", "despite",
    "between", "among", "over", "into", "through", "throughout", "early", "late", "later", "soon", "some",
    "many", "most", "both", "each", "every", "all", "no", "not", "only", "even", "still", "back", "new", "old",
    "north", "south", "east", "west", "saint", "st", "mount", "lake", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "he", "she", "it", "they", "we",
    "what", "where", "which", "who", "how", "why", "leon", "red", "white", "soviet", "russian", "german", "french",
}


class SubjectTracker:
    """Feeds sentences in order; says whether each one is about the subject.

    A pronoun keeps the subject in focus for up to ``reach`` sentences after the
    last sentence that named them, unless a sentence opens with another
    person's full name ("John Podesta, the former…"), which takes the focus.
    """

    def __init__(self, subject: str, reach: int = 20):
        self.pattern = subject_pattern(subject)
        self.parts = {p.lower() for p in re.split(r"[\s.]+", subject) if p}
        self.reach = reach
        self.since_named: int | None = None

    def _someone_else_opens(self, text: str) -> bool:
        m = _OPENING_NAME.match(text)
        if not m:
            return False
        first, last = m.group(1), m.group(2)
        return first.lower() not in _NOT_GIVEN_NAMES and not {first.lower(), last.lower()} & self.parts

    def about_subject(self, text: str) -> tuple[bool, bool]:
        """(about the subject, named explicitly).

        A sentence naming the subject only as a possessive ("Trotsky's son
        died in Paris") is about someone else, unless a pronoun carries him.
        """
        names = list(self.pattern.finditer(text))
        if any(not re.search(r"['’]+s$", m.group()) or not _KIN_AFTER.match(text, m.end()) for m in names):
            self.since_named = 0
            return True, True
        if names:
            self.since_named = 0
            return bool(_PRONOUN.search(text)), False
        if self.since_named is not None:
            if self._someone_else_opens(text):
                self.since_named = None
                return False, False
            self.since_named += 1
            if self.since_named <= self.reach and _PRONOUN.search(text):
                return True, False
        return False, False
