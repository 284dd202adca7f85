"""Who the documents are about, when nobody said: the person they name most.

A biography names its subject in full once or twice and then by one name, over and over: "Trotsky",
"Bolívar", "Ho", "Dr. Sun". So a full name (a run of two to four capitalised words, particles such as
"de" or "ibn" allowed between them) scores by how often its surname or its first name stands in the
text, plus how often it appears whole. Counting only whole names let a place ("New York", "Hong Kong",
"New Granada") or a name in a blog's heading ("Archive for the 'John Podesta' Category") win over the
subject: places are runs whose words rarely stand alone, and a heading is one line. A title that names
the person ("MARTÍ, José", "DEATH OF DR. SUN YAT-SEN") weighs half as much again; runs that open with a
place word ("New", "Saint", "Port") or that the curated gazetteer knows as a place are no person.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable

from places.model import Document

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_WORD = re.compile(rf"(?<![\w’'-])[{_UPPER}][^\W\d_]+(?:[-’'][^\W\d_]+)*(?![\w’'-])")
_PARTICLES = {"ibn", "bin", "ben", "de", "da", "di", "del", "della", "van", "von", "der", "du", "la", "le", "y",
              "al", "el", "dos", "das"}
_RUN = re.compile(rf"{_WORD.pattern}(?:[ \t]+(?:(?:{'|'.join(sorted(_PARTICLES))})[ \t]+)?{_WORD.pattern})*")
_PLACE_FIRST = {"new", "saint", "st", "san", "santa", "são", "port", "fort", "lake", "mount", "cape", "upper",
                "lower", "great", "north", "south", "east", "west", "central", "united", "soviet", "red", "white",
                "black", "grand", "old", "little", "northern", "southern", "eastern", "western"}
# Words that open a sentence or stand before a name without being one ("When Trotsky", "Comrade Trotsky").
_NOT_NAME = {"the", "a", "an", "in", "on", "at", "by", "after", "before", "when", "while", "during", "from", "with",
             "his", "her", "their", "its", "this", "that", "these", "those", "as", "for", "to", "of", "and", "but",
             "then", "there", "here", "once", "under", "since", "until", "although", "though", "because", "if",
             "despite", "between", "among", "over", "into", "through", "early", "late", "later", "soon", "now",
             "some", "many", "most", "both", "each", "every", "all", "no", "not", "only", "even", "still", "so",
             "thus", "yet", "also", "he", "she", "it", "they", "we", "you", "what", "where", "which", "who", "how",
             "why", "january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
             "sunday", "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "comrade", "citizen", "general", "colonel",
             "captain", "president", "premier", "king", "queen", "emperor", "tsar", "prince", "princess", "count",
             "countess", "baron", "father", "mother", "brother", "sister", "uncle", "aunt", "madame", "monsieur",
             "professor", "chairman", "senator", "minister", "see", "like", "dear", "my", "our", "your", "i", "me",
             "him", "us", "knew", "meanwhile", "recollections", "memories", "remembering", "beyond", "across",
             "past", "towards", "toward", "along", "outside", "inside", "around", "below", "above", "behind",
             "beside", "upon", "near", "against"}
# A run holding one of these names an institution, an event or a work, not a person ("Bolshevik Party").
_NOT_PERSON = {"party", "committee", "revolution", "army", "war", "wars", "soviet", "union", "congress",
               "conference", "university", "college", "school", "church", "museum", "company", "street", "square",
               "palace", "front", "opposition", "international", "republic", "empire", "kingdom", "state", "states",
               "government", "council", "assembly", "society", "league", "movement", "press", "times", "review",
               "news", "library", "institute", "academy", "hotel", "house", "bay", "river", "island", "islands",
               "mountains", "sea", "ocean", "city", "province", "region", "district", "county", "affairs",
               "commissar", "policy", "prize", "award", "collection", "archive", "category", "children",
               "people", "information", "portrait", "exile", "life", "works", "letters", "memoirs", "history",
               "road", "way", "journey", "voyage", "travels", "hall", "guild", "gardens", "trunks", "fort", "castle",
               "prison", "gaol", "jail", "fortress", "camp", "station", "bridge", "gate", "tower", "park", "temple",
               "mosque", "cathedral", "abbey", "monastery", "hospital", "opinion"}
MAX_NAME_WORDS = 4
SINGLE_MIN = 6  # a one-word name must stand inside sentences this often
SINGLE_WEIGHT = 0.5
_DEMONYM_ENDINGS = ("ish", "ese")  # English, Chinese: a people's word, no one's name (not "-ian": Faxian, Julian)
_DEMONYMS = {"french", "dutch", "greek", "arabic", "thai", "swiss", "cuban", "american", "african", "mexican",
             "korean", "german", "roman", "tibetan", "moroccan", "afghan", "latin", "slav", "jewish", "muslim",
             "russian", "italian", "indian", "persian", "canadian", "egyptian", "brazilian", "austrian", "hungarian",
             "norwegian", "prussian", "parisian", "asian", "european", "australian", "bolivian", "peruvian",
             "chilean", "argentinian", "argentine", "colombian", "venezuelan", "armenian", "georgian", "syrian",
             "algerian", "tunisian", "nigerian", "ethiopian", "belgian", "bohemian", "bavarian", "serbian",
             "croatian", "romanian", "bulgarian", "ukrainian", "lithuanian", "latvian", "estonian", "siberian"}
PER_DOCUMENT_CAP = 1000  # one long document must not outvote the others on its own
TITLE_WEIGHT = 1.5


def _demonym(word: str) -> bool:
    """A people's word ("Russian") or a street's name ("the Berggasse"), never a person's."""
    return word.lower().endswith((*_DEMONYM_ENDINGS, "gasse", "strasse", "straße", "platz")) or \
        word.lower() in _DEMONYMS


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def name_runs(text: str, opening_only: frozenset[str] = frozenset()) -> list[str]:
    """Runs of capitalised words that could be a person's full name, leading sentence words stripped, and
    leading words the text capitalises only where a line or sentence opens (``opening_only``: "Writes The
    Labyrinth", "Remembering Marc Chagall"). A run with a function word inside is a title, not a name.

    >>> name_runs("When Leon Trotsky reached New York, Ho Chi Minh was born.")
    ['Leon Trotsky', 'New York', 'Ho Chi Minh']
    """
    runs = []
    for m in _RUN.finditer(text):
        words = m.group().split()
        while words and (words[0].lower().rstrip(".") in _NOT_NAME or words[0] in opening_only):
            words = words[1:]
        if any(w.lower() in _NOT_NAME for w in words[1:]):
            continue
        names = [w for w in words if w not in _PARTICLES]  # "ibn" inside a name; "Ibn" opening one is a name
        if 2 <= len(names) <= MAX_NAME_WORDS:
            runs.append(" ".join(words))
    return runs


_VERB = re.compile(r"(?i:[a-z]+(?:s|ed))")  # "Writes", "Moves", "Returned": an entry's verb, when only opening
# a capitalised word inside a sentence (not after a bracket: "1402 – (July) Enters Nanjing" opens an entry)
_MIDDLE = re.compile(rf"(?<=[\w,;’'”])[ \t]+({_WORD.pattern})")
# "From the memoirs of Alexander Herzen", "DEATH OF DR. SUN YAT-SEN", "The Life of Simón Bolívar"
_TITLE_OF = re.compile(r"\b(?:(?:memoirs?|life|biography|recollections|reminiscences|autobiography|diary|journals?|"
                       r"letters|chronology|death|obituary|portrait|memory)\s+of|remembering)\s+(?:the\s+)?(?:late\s+)?"
                       # ("Remembering My Mother, Sarojini Naidu": the kin word before the name is the teller's)
                       r"(?:(?:my|our)\s+(?:dear\s+|late\s+)?(?:father|mother|uncle|aunt|friend|brother|sister|husband|"
                       r"wife|grandfather|grandmother|teacher|son|daughter|cousin),?\s+)?"
                       r"(?:(?:dr|mr|mrs|sir|general|professor|president|comrade)\.?\s+)?(.+?)\s*(?:\s[–—-]\s|[,:;(\[–—]|$)",
                       re.IGNORECASE)


# "My Friend Sarojini: Recollections by a Girlhood Companion", "My Father, Bapu: recollections by his second son"
_MY_KIN_TITLE = re.compile(r"^\W*(?:my|our)\s+(?:dear\s+|late\s+)?(?:father|mother|uncle|aunt|friend|brother|sister|"
                           r"husband|wife|grandfather|grandmother|teacher|master|son|daughter|cousin|godfather|"
                           r"stepfather),?\s+(?:the\s+)?(.+?)\s*(?:[:;(\[–—]|\s[-–—]\s|$)", re.IGNORECASE)


# "Jalal al-Din Rumi (1207-1273): A Chronology": a title that opens with a name and its years
_TITLE_NAME_YEARS = re.compile(rf"^\W*({_RUN.pattern})\s*\((?:[^()]*?\b)?\d{{3,4}}\b[^()]*\)")
# "Rosa Luxemburg was born on 5 March 1871 in Zamość", "Juan Domingo Perón (8 October 1895 – 1 July 1974) was": the
# name that opens a biography's first sentence with a birth or a life's years is whose life it is (not "Lev
# Bronshtein (he assumed the name Leon Trotsky in 1902) was born": a bracket that renames him is no life's years)
_LIFE_BRACKET = (r"\((?:c\.|ca\.|b\.|born|n[ée]e|baptised|baptized|christened|fl\.|\d|(?:January|February|March|April|"
                 r"May|June|July|August|September|October|November|December)\b)[^()]*?\d{3,4}\b[^()]*\)")
_LEDE = re.compile(rf"(?:^|\n)[ \t]*({_RUN.pattern})\s*(?:{_LIFE_BRACKET}\s*(?:,\s*)?"
                   r"(?:was|is)\b|,?\s+(?:was|is)\s+born\b)")
LEDE_REACH = 800  # characters: the opening paragraph, after a title


def lede_subject(text: str) -> str:
    """The person a biography's opening sentence is about, or "".

    >>> lede_subject("Red Rosa\\n\\nRosa Luxemburg was born on 5 March 1871 in Zamość.")
    'Rosa Luxemburg'
    >>> lede_subject("PERÓN\\n\\nJuan Domingo Perón (8 October 1895 – 1 July 1974) was an Argentine officer.")
    'Juan Domingo Perón'
    >>> lede_subject("I am the eldest of the four Chopin children, and I was three when my brother was born.")
    ''
    """
    # the first line that reads as prose (a title or a heading has no full stop): only its opening counts
    first = next((line for line in text[:LEDE_REACH].splitlines() if re.search(r"[.!?][\"”’')]*\s*$|\.\s", line)),
                 "")
    m = _LEDE.match("\n" + first)
    if m is None:
        return ""
    words = m.group(1).split()
    while words and words[0].lower() in _NOT_NAME:
        words = words[1:]
    names = [w for w in words if w not in _PARTICLES]
    return " ".join(words) if 2 <= len(names) <= MAX_NAME_WORDS else ""


def title_subject(title: str) -> str:
    """The person a title says the document is the life, memoirs or death of, or "".

    >>> title_subject("FROM THE MEMOIRS OF ALEXANDER HERZEN"), title_subject("DEATH OF DR. SUN YAT-SEN")
    ('Alexander Herzen', 'Sun Yat-Sen')
    >>> title_subject("My Friend Sarojini: Recollections"), title_subject("My Father as I Knew Him: recollections")
    ('Sarojini', '')
    """
    m = _TITLE_OF.search(title) or _TITLE_NAME_YEARS.search(title) or _MY_KIN_TITLE.search(title)
    if not m:
        return ""
    name = m.group(1).strip()
    if name.isupper():
        name = name.title()
    words = name.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or not all(_WORD.fullmatch(w) or w in _PARTICLES for w in words):
        return ""
    return name


def _scores(doc: Document, is_place: Callable[[str], bool]) -> Counter[str]:
    text = f"{doc.title}\n{doc.text}"
    words = Counter(m.group() for m in _WORD.finditer(text))
    inside = {m.group(1) for m in _MIDDLE.finditer(text)}
    # Verbs and gerunds that open entries or headings ("Writes The Labyrinth", "Remembering Marc Chagall"),
    # never capitalised inside a sentence; a given name that only opens sentences ("Rosa") stays.
    opening = frozenset(w for w in words if w not in inside and (w.lower().endswith("ing") or _VERB.fullmatch(w)))
    whole = Counter(name_runs(text, opening))
    title_words = {_fold(w) for w in re.findall(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*", doc.title)}
    scores: Counter[str] = Counter()
    for name, n in whole.items():
        # ("Ibn Battuta" counts by "Battuta": a capitalised particle is shared by every such name)
        parts = [w for w in name.split() if w.lower() not in _PARTICLES] or [w for w in name.split()]
        # (a whole run that is a town's name is no person; a surname may be one: Bell, Burton, Liang)
        if parts[0].lower() in _PLACE_FIRST or any(p.lower() in _NOT_PERSON for p in parts) or is_place(name):
            continue
        score = min(max(words[p] for p in parts), PER_DOCUMENT_CAP) + min(n, PER_DOCUMENT_CAP)
        if sum(_fold(p) in title_words for p in parts) >= min(2, len(parts)):
            score *= TITLE_WEIGHT
        scores[name] = score
    # A one-word name the text uses inside its sentences again and again ("Xuanzang", "Faxian"): half its count,
    # so a full name's run ("Leon Trotsky", counted by "Trotsky" and whole) still comes first
    best = max(scores.values(), default=0)
    for word in inside:
        n = words[word] - sum(k for run, k in whole.items() if word in run.split())  # standing alone ("Buenos" never)
        if n >= SINGLE_MIN and n * SINGLE_WEIGHT > best and word not in scores and not word.isupper() \
                and word.lower() not in _NOT_NAME | _NOT_PERSON | _PLACE_FIRST \
                and not _demonym(word) and not is_place(word):
            scores[word] = n * SINGLE_WEIGHT
    lede = lede_subject(doc.text)
    if lede and not is_place(lede):  # the opening sentence's person comes first in its own document
        scores[lede] = max(scores.values(), default=0) + 1
    for m in _WORD.finditer(doc.title):  # a one-word name in the title: "Solon", "Voltaire"
        word = m.group()
        if word.lower() not in _NOT_NAME | _NOT_PERSON | _PLACE_FIRST and not is_place(word) and word not in scores \
                and not _demonym(word):
            scores[word] = min(words[word], PER_DOCUMENT_CAP) * TITLE_WEIGHT
    return scores


def infer_subject(docs: Iterable[Document], is_place: Callable[[str], bool] = lambda name: False) -> str:
    """The person the documents name most (see the module's docstring); "" when they name nobody.

    Of equal scores the longer name wins ("Ho Chi Minh" over a stray "Ho Chi").
    """
    total: Counter[str] = Counter()
    docs = list(docs)
    titled = Counter(t for t in (title_subject(d.title) for d in docs) if t)
    if titled:  # "From the memoirs of Alexander Herzen": the title says whose they are
        return titled.most_common(1)[0][0]
    for doc in docs:
        total.update(_scores(doc, is_place))
    if not total:
        return ""
    return max(total.items(), key=lambda item: (item[1], len(item[0].split())))[0]
