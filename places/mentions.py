"""Finding place names in sentences: gazetteer-driven, one compiled pattern.

Every name and alternate name of the curated table goes into a single
case-sensitive alternation (longest names first), so "New York" wins over
"York" and "Mexico City" over "Mexico". Names spanning a hard line break
still match because spaces in names match any run of white space.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cached_property

from places.dates.words import ENGLISH_ABBREVIATIONS, ENGLISH_MONTH_RE
from places.events import ENTRY_VERB_FORM, HELD, ORGANISATION_AFTER
from places.gazetteer import (
    NameIndex,
    document_countries,
    document_landmasses,
    document_regions,
    haversine_km,
    mention_place,
    normalise,
    vouched_name,
)
from places.gazetteer.ranking import FAR_KM
from places.model import Mention, Place, Sentence
from places.wordindex import WordIndex

AREA_KINDS = ("region", "country")


def _variants(name: str) -> set[str]:
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return {name, folded} if len(name) > 2 else set()


class MentionFinder:
    """Compiled matcher over a name index; ``find(sentence)`` lists the mentions in it."""

    def __init__(self, index: NameIndex):
        self.index = index
        surfaces: set[str] = set()
        for place in index.places:
            for name in (place.name, *place.alt_names):
                surfaces |= _variants(name)
        parts = [r"\s+".join(map(re.escape, s.split())) for s in sorted(surfaces, key=len, reverse=True)]
        self.pattern = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])") if parts else None

    def find(self, sentence: Sentence, text: str | None = None) -> list[Mention]:
        if self.pattern is None:
            return []
        found = []
        # matched on the text with its letters' accents dropped one for one (offsets unchanged), so a translation's
        # "París" or "Génève" is the table's Paris or Geneva
        for m in self.pattern.finditer(_fold_letters(sentence.text)):
            surface = sentence.text[m.start():m.end()]
            places = self.index.lookup(" ".join(surface.split())) or self.index.lookup(" ".join(m.group().split()))
            if places:
                a = sentence.start + m.start()
                found.append(Mention(sentence, surface, a, a + len(surface), places[0]))
        return found


_EVENT_HEAD = re.compile(r"Battle|Siege|Treaty|Peace|Congress|Council|Sack|Fall|Capture|Massacre|Revolt|Rising|"
                         r"Uprising|Conquest|Relief|Diet|Synod|Edict|Union")
_TWO_NAME_WORDS_BEFORE = re.compile(r"\b([A-Z][\w’'-]+)[ \t]+([A-Z][\w’'-]+)[ \t]+$")


def _fold_letters(text: str) -> str:
    """Each character without its accents, one for one ("París" -> "Paris"); characters that do not fold to one
    base letter stay as they are, so offsets into the text hold."""
    out = []
    for c in text:
        if c.isascii():
            out.append(c)
            continue
        base = unicodedata.normalize("NFKD", c)[0]
        out.append(base if len(base) == 1 and base.isalpha() else c)
    return "".join(out)


_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*[^\W\d_]"  # a capitalised Latin word, accents included ("Zamość", "Łódź")
# "Rio Grande do Sul", "Frankfurt an der Oder", "Tangier on 24 May" (no "on" before a number)
# a month never continues a name ("Arrested in Wilno Oct. 1823")
_MONTH_WORD = rf"(?:{ENGLISH_MONTH_RE}|{'|'.join(sorted(ENGLISH_ABBREVIATIONS, key=len, reverse=True))})\b"
# ("St. Louis, Missouri", "Mt. Vernon", "Ft. Worth": an abbreviated saint, mount or fort opens the name)
_PHRASE = r"((?:(?:St|Ste|Mt|Ft)\.[ \t]+)?"
_PHRASE += rf"(?:{_WORD})(?:\s+(?!{_MONTH_WORD})(?:{_WORD}|(?:de\s+la|de\s+las|de\s+los|de|la|le|del|do|da|dos|das|di|"
_PHRASE += r"della|delle|dei|degli|du|"
_PHRASE += r"des|sul|am|an\s+der|an\s+den|"
_PHRASE += rf"an|im|in\s+der|ob\s+der|bei|sur|sous|en|upon|on)\s+(?!{_MONTH_WORD}){_WORD})\b)*)"
_CANDIDATE = re.compile(
    r"\b(?i:in|to|at|from|near|into|for|reached|reach|reaching|reaches|via|entered|enters|entering|around|across|"
    # ("in 1808 he went round Shikoku": a survey of an island's coast; not "a voyage round the Malay peninsula")
    r"(?:went|goes|go|walked|travell?ed|journeyed|marched|rode|drove|toured)\s+(?:all\s+)?round|visited|"
    r"(?:sailed|came|walked|rode|flew|drove|marched|steamed)\s+out\s+of|founds|founded|refounds|refounded|"
    rf"{HELD}|"
    r"visiting|visits|toured|touring|tours|off|inside|outside|on|through|throughout|towards?|left|leaving|leaves|"
    r"climbs|climbed|climbing|ascends|ascended|"
    r"as\s+far\s+as|by\s+way\s+of|arr\.|first\s+saw|first\s+seen)\s+"
    # "born in little Freiberg", "to distant Tobolsk": an adjective of size or distance before a town
    r"(?:the\s+)?(?:(?i:little|small|tiny|old|ancient|remote|distant|far-off|nearby|provincial|sleepy|"
    r"native|beloved|dusty|northern|southern|present-day|modern-day|modern|today's)\s+)?" + _PHRASE
)
# "the University of Vilna", "at the Congress of Tours", "the port of Zaitun": the place after an institution, a
# gathering or a kind of place.
_INSTITUTION_OF = re.compile(
    r"\b(?i:university|univ\.|academy|college|conservatory|lyceum|gymnasium|polytechnic|institute|congress|conference|"

    r"council|synod|diet|island|isle|city|town|village|port|defen[cs]e|siege|capture|capitulation|surrender|"
    r"plains|hills|mountains|shores?|banks|coast|valley|outskirts|suburbs|streets|steppes?|interior|fortifications|"
    r"edge|"
    r"battle|mountain|volcano|summit|fortress|fort|citadel|"
    # ("to the open roadstead of Islay", "the oasis of Figuig", "the monastery of Kumbum", "the plain of Junín")
    r"roadstead|harbou?r|anchorage|oasis|monastery|missions?|settlement|plain|ruins|site|atoll|archipelago|"
    # ("born in the Carrascal quarter of San Juan"; not "district" or "parish": "the District of Columbia")
    r"quarter|suburb|neighbou?rhood|spa|resort|"
    # ("anchored in the bay of Santa Lucia, the present Rio de Janeiro": a town's bay, lower case; never the
    # "Bay of Biscay", a sea's own name)
    r"(?-i:bay))"
    r"\s+of\s+(?:the\s+)?" + _PHRASE)
# "completed his secondary education at the lycée of Saint-Louis", "the seminary of Quito": a school in its town,
# never one named for its saint ("the convent of San José", "the seminary of San Carlos": a dedication)
_SCHOOL_OF = re.compile(r"\b(?i:lyc[ée]e|seminary|madrasah?)\s+of\s+(?:the\s+)?"
                        r"(?!(?:San|Santa|Santo|São|St\.?|Saint|Sainte|Sankt)\s)" + _PHRASE)
# An infobox's line of birth or death above an article: its parts after the colon and between commas, with no
# locative word, name the places ("Born: Jorge Borges Acevedo, 24 August 1899, Buenos Aires, Argentina")
_INFOBOX_LIFE_LINE = re.compile(r"\s*(?:Born|Died|Place\s+of\s+(?:birth|death)|Birth\s*place)\s*:", re.IGNORECASE)
_INFOBOX_PART = re.compile(r"(?:^\s*[A-Za-z ]+:\s*|,\s+)" + _PHRASE + r"(?=\s*(?:[,(]|$))")
# "the Carrascal quarter of San Juan": a part of the town after it, named for itself, no town of its own
_OF_NAME_AFTER = re.compile(rf"\s+of\s+((?:{_WORD})(?:\s+(?:{_WORD}))*)")
_DESCENT_AFTER = re.compile(r"\s+(?:stock|descent|ancestry|extraction|parentage|lineage|blood)\b")
_QUARTER_AFTER = re.compile(r"\s+(?:quarter|district|suburb|neighbou?rhood|ward|barrio)\s+of\s+[A-Z]")
# "attended, incognito, the Karachi session of the Congress", "the Faizpur session": a gathering named for the town
# it met in
# "was born in 1118 in the capital, Heian-kyō", "reached the port town, Sakai": the name in apposition to the place
_NAMED_AFTER_NOUN = re.compile(r"\b(?i:in|at|to|from|near|reached|entered)\s+the\s+(?:[a-z]+\s+){0,2}?"
                               r"(?i:capital|city|town|port|village|harbou?r)\s*,\s+" + _PHRASE
                               + r"(?=\s*[,;.)]|\s+(?:in|on)\b)")
_NOUN_OF = re.compile(r"(capital|city|town|port|village|harbou?r)\s*,", re.IGNORECASE)
_THE_NOUN = re.compile(r"\b(?i:in|at|to|from|near|reached|entered|left|leaves|leaving|into)\s+the\s+"
                       r"(capital|city|town|port)\b(?!\s*,|\s+(?:of|where|which|that|was|had)\b|['’])")
_GATHERING_NAMED = re.compile(r"\b(?i:attended|attends|attending|addressed|addresses|opened|at|to)(?:,\s*[\w-]+,)?\s+"
                              r"the\s+" + _PHRASE + r"(?=\s+(?i:session|congress|conference|summit|assembly|exhibition|"
                              r"festival|games|olympics)\b)")
# "Travels in the Crimea: Kozlov, Bakhchisaray, Chatyr-Dag", "passed from one emir to the next: Konya, Bursa":
# a list after a colon names the places of the journey (the rest of it is taken as a list, below)
# ("countries: Cairo (June), New Delhi (early July), ...": a bracket may follow each)
# ("1901 – Spring: Melbourne; Adelaide and Perth on the way out": a sub-entry's place alone before ";" or ".")
_COLON_LIST = re.compile(r"(?<![\d\s]):\s+(?:the\s+)?" + _PHRASE + r"(?=\s*(?:\([^()]{0,30}\)\s*)?(?:[,;.]|$))")
# "1846 – Montevideo in January; Rio de Janeiro in February;": a chronology's place, alone or with its own time,
# opening the entry or a clause of it
_SUB_ENTRY = re.compile(r"(?:^|\s[–—]\s+|;\s+)(?:the\s+)?" + _PHRASE
                        + r"(?=(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*){0,4}"  # "Rome and Naples"
                        r"(?:\s+(?:in|from|until|till|during)\s+"
                        rf"(?:the\s+)?(?:early\s+|late\s+)?(?:{ENGLISH_MONTH_RE}|spring|summer|autumn|fall|winter)\b)?"
                        r"\s*[;.])")
# A name coordinated with a place already found ("through Tlemcen and Bejaia", "visited Zeila, Mogadishu"):
# a list of places shares the preposition of its first member.
# ("visited Kazan and then Orenburg", "reaches Stockholm, then Gothenburg": a route's next stage)
_COORDINATED = re.compile(r"(?:\s*\([^()]{0,30}\))?"  # "Cairo (June), New Delhi (early July), Tokyo and Hiroshima"
                          # ("at Yingzhou in 1091 and Yangzhou in 1092": each with its own year)
                          r"(?:\s+(?:in|from|until)\s+(?:[A-Z][a-z]+\s+)?\d{3,4})?"
                          r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:(?:then|later|finally)\s+)?(?:the\s+)?"
                          + _PHRASE)
# a finite verb right after a name listed with a place: the name opens a clause of its own ("and Maria lived")
_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:(?:also|then|later|soon|still|never)\s+)?(?:was|were|is|are|had|has|did|"
                                r"lived|died|stayed|went|came|returned|moved|married|wrote|remained|settled)\b")
# "the port of Zaitun, now Quanzhou", "Nikolayev (now Mykolaiv)": the modern name stands for an old one.
_NOW_CALLED = re.compile(r"\s*(?:,\s*|\(\s*)(?:(?:which\s+is\s+)?now|today|modern|present-day|later|"
                         # "Purushapura, the modern Peshawar", "Jiankang, the present Nanjing", "today's Patna"
                         r"the\s+(?:modern|present(?:-day)?)(?:\s+(?:city|town|port)\s+of)?|today['’]s|"
                         # "Jiecha, usually identified with Kashgar", "Yepoti, probably Java"
                         r"(?:(?:usually|generally|often|commonly|probably)\s+)?identified\s+(?:with|as)|"
                         r"probably|perhaps|possibly)\s+(?:called\s+)?"
                         # "Purushapura, the old royal city of Gandhara that is now Peshawar"
                         r"(?:the\s+)?" + _PHRASE + r"|\s*,\s*[^,;.()]{0,70}?\b"
                         r"(?:(?:that|which)\s+is\s+(?:now|today)\s+(?:called\s+|known\s+as\s+)?|now\s+called\s+|"
                         # ("Kawakawa, the settlement later called Te Araroa")
                         r"(?:later|afterwards|since)\s+(?:called|renamed|known\s+as)\s+|"
                         r"known\s+today\s+as\s+)(?:the\s+)?" + _PHRASE
                         # "born in Kamihirayanagi, a farming village on the Kokai River in Hitachi Province, in what is
                         # now the city of Tsukubamirai"
                         + r"|\s*,\s*(?:[^,;.()]{0,70}?,\s*){0,2}?in\s+what\s+(?:is|are)\s+(?:now|today)\s+"
                         r"(?:the\s+(?:city|town|village|district|prefecture|province|state)\s+of\s+)?" + _PHRASE)
_GLOSS_COUNTRY = re.compile(r",\s*((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s*\)")
_PLACE_PART_AFTER = re.compile(r"\s+(?:port|harbou?r|docks|quays?|suburbs?|outskirts|streets|gates?|walls|"
                               r"waterfront|old\s+town|citadel|fortress|prison|jail|gaol)\b")
# (and an Arabic or Persian name going on with its article or patronym: "which passes to Nur al-Din", "Ahmad ibn
# Tulun", "Nizam ud-Din")
_NAME_GOES_ON = re.compile(r"\s+(?:de|di|da|del|della|dei|degli|des|du|do|dos|das)['’]\s*[A-Z]"
                           r"|[ \t]+(?:al|ad|ud|ed|ul|el)-[A-Z]|[ \t]+(?:ibn|bin|bint)[ \t]+[A-Z]")
_SAINTS_HOUSE = re.compile(r"(?:St\.?|Saint|San|Santa|Sankt)\s+[A-Z][\w-]+['’]s$")
# "Jiaying prefecture (Kaying; present-day Meizhou)": of the names in the bracket, the modern one says which town
_GLOSS_MODERN = re.compile(r"(?:\s+(?i:prefecture|province|county|commandery|district))?\s*\([^()]{0,40}?[;,]\s*"
                           r"(?:now|today|modern|present-day)\s+" + _PHRASE + r"\s*\)")
_LATER_GLOSS = re.compile(r",\s+(?:in\s+)?[^,;.()]{2,40}(?:,\s+[^,;.()]{2,40}){0,2}\s*\(\s*(?:now|today|modern|"
                          r"present-day)\s+" + _PHRASE)
# ("demoted to Raozhou (Poyang, Jiangxi)", "vice-prefect of Hezhong (Puzhou, on the Yellow River bend)": the gloss
# goes on after a comma with where its town lies)
_GLOSS = re.compile(r"\s*\(\s*(?:now\s+|today\s+|modern\s+|present-day\s+)?" + _PHRASE
                    + r"(?:\s*,\s*[^()]{2,50})?\s*\)")
_WHERE_AFTER = re.compile(r",\s+((?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*){0,2})\b")
# A newspaper's abbreviations of American states after a town ("Ossining, N. Y.", "Concord, Mass."): the state
US_STATE_ABBREVIATIONS = {
    "N.Y.": "New York", "Mass.": "Massachusetts", "Pa.": "Pennsylvania", "Penn.": "Pennsylvania", "Ill.": "Illinois",
    "Calif.": "California", "Cal.": "California", "Conn.": "Connecticut", "N.J.": "New Jersey", "Md.": "Maryland",
    "Va.": "Virginia", "Ga.": "Georgia", "Fla.": "Florida", "Ala.": "Alabama", "Miss.": "Mississippi",
    "La.": "Louisiana", "Tex.": "Texas", "Mo.": "Missouri", "Ky.": "Kentucky", "Tenn.": "Tennessee",
    "Ohio": "Ohio", "Ind.": "Indiana", "Mich.": "Michigan", "Wis.": "Wisconsin", "Minn.": "Minnesota",
    "Ia.": "Iowa", "Kans.": "Kansas", "Kan.": "Kansas", "Neb.": "Nebraska", "Colo.": "Colorado",
    "Ariz.": "Arizona", "Ore.": "Oregon", "Wash.": "Washington", "Vt.": "Vermont", "N.H.": "New Hampshire",
    "Me.": "Maine", "R.I.": "Rhode Island", "Del.": "Delaware", "N.C.": "North Carolina", "S.C.": "South Carolina",
    "W.Va.": "West Virginia", "Ark.": "Arkansas", "Okla.": "Oklahoma", "Nev.": "Nevada", "N.M.": "New Mexico",
    "Mont.": "Montana", "Wyo.": "Wyoming", "Ida.": "Idaho", "Utah": "Utah", "D.C.": "District of Columbia",
}
_STATE_ABBREVIATION_AFTER = re.compile(r",\s+((?:[A-Z]\.\s?){2,3}|[A-Z][a-z]{1,4}\.)(?=[\s,;)]|$)")
APPOSITIVE_KM = 800  # a region's representative point may be far from its towns (New York State's is the city)
NEAR_AT_MOST = 6  # recent places a name is judged against (a hostile sentence may list hundreds)
COORDINATED_KM = 2500  # the members of one list lie in one part of the world; farther is a namesake or no place
# An institution named in its own language before its town: the town is the place.
_INSTITUTION_HEAD = re.compile(r"^(?:Colegio|Collège|Universidad|Université|Universität|Universidade|Universita|"
                               r"Università|Instituto|Institut|Liceo|Lycée|Seminario|Séminaire|Academia|Académie|"
                               r"Escuela|École|Convento|Couvent|Gymnasium|Hochschule)\s+(?:de(?:\s+la|\s+los|"
                               r"\s+las)?|du|des|d['’]|di|der|zu|of)\s+")
SMALL_ISLAND_KM = 40  # an island this wide may stand for a village on it that the gazetteer lacks (Skye, not Java)
ON_AREA_KM = 100  # a town "on" an island or coast lies within its radius, or this near its point
_ON_ISLAND = re.compile(r"(.+?)\s+on\s+(?:the\s+)?[A-Z]")  # "Louisbourg on Cape Breton (Island)"
_SAINTS_TOWN = re.compile(r"(?:San|Santa|Santo|São|Sao|Saint|Sainte|St\.?|Ste\.?)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
                          r"\s+(?:de|del|de\s+la|de\s+los|de\s+las|do|da|dos|das)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)$")
_CALLED_A_CITY_AFTER = re.compile(r",\s+(?:then\s+|now\s+)?the\s+(?:\w+\s+){0,2}?(?:city|town|capital)\b")
_CITY_OF_BEFORE = re.compile(r"\bthe\s+(?:\w+\s+)?(?:city|town)\s+of\s+$", re.IGNORECASE)
_LONGER_NAME_TAIL = re.compile(r"([ -](?:(?:de|del|da|do|di|la|le|sur|on|upon)[ -])?[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?)")
SHORT_FORM_MAX_POPULATION = 100_000  # a smaller town of a name is no rival to the document's longer name opening
# with it ("Yasnaya", a village in Zabaykalsky, against Yasnaya Polyana); a city is ("Washington" beside Washington
# Place)
SAME_PLACE_KM = 50.0
_IN_TOWN_AFTER = re.compile(r",\s+in\s+" + _PHRASE + r"(?=\s*[,;.)]|\s+(?:for|where|and)\b)")
NOW_CALLED_FAR_KM = 100.0  # an old name found this far from the modern name the text gives is a namesake
_GENERIC_TAIL = {"university", "prison", "fortress", "conference", "congress", "soviet", "party", "station",
                 "island", "province", "region", "district", "gymnasium", "school", "house", "palace", "square",
                 # "Cheltenham Ladies' College": a school named for its town (the possessive cut the phrase there)
                 "college", "ladies", "women", "girls", "boys", "academy", "seminary", "institute",
                 # "Aberdeen Grammar School", "the Bombay Medical College": the kind of school before its noun
                 # (not "military" or "lyceum": "the Frunze Military Academy", "the Richelieu Lyceum" bear a man's name)
                 "grammar", "high", "normal", "medical", "technical", "polytechnic",
                 # "the Yankton Reservation", "the Carlisle Indian Industrial School", "the Kuruman Mission"
                 "reservation", "reserve", "agency", "mission", "indian", "industrial",
                 # "died at the Nairobi Hospital", "the Lahore Museum": a house of the town, named for it
                 "hospital", "infirmary", "clinic", "sanatorium", "museum", "hotel", "cathedral"}
# The standing of an institution between its town and its kind ("Kyoto Imperial University"); cut only after the
# kind was cut, so "New York State" stays the state
_INSTITUTION_STANDING = {"imperial", "national", "royal", "state", "municipal", "federal", "provincial", "public",
                         # "the Sapporo Agricultural College": what it teaches, between the town and its kind
                         "agricultural", "theological", "veterinary", "commercial", "naval", "engineering", "art",
                         "arts", "music", "law", "mining", "forestry"}
_NOT_PLACE_WORDS = {"west", "east", "north", "south", "western", "eastern", "northern", "southern",
                    "january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                    "saturday", "sunday", "god", "christ", "marxism", "socialism", "communism", "bolshevism",
                    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                    # feasts and fasts ("in Damascus for Ramadan", "home for Christmas"): times, not places
                    "ramadan", "easter", "christmas", "passover", "lent", "advent", "pentecost", "whitsun",
                    "hanukkah", "diwali", "eid", "yom",
                    # languages ("speaking in English, German and Yiddish"): Indiana has a town called English
                    "english", "german", "french", "yiddish", "hebrew", "latin", "greek", "italian", "spanish",
                    "russian", "polish", "portuguese", "dutch", "swedish", "danish", "norwegian", "arabic",
                    "turkish", "persian", "chinese", "japanese", "czech", "hungarian", "welsh", "gaelic"}
# Words that alone name no place, though a town somewhere may be called so: a kind of place capitalised when it
# stands for one ("the Gulf", "the Coast": Papua New Guinea has a Gulf Province), a title, a language
_ALONE_NO_NAME = {"king", "queen", "emperor", "empress", "tsar", "czar", "sultan", "shah", "pope", "prince",
                  "princess", "duke", "duchess", "lord", "lady", "governor", "president", "khan", "emir",
                  # ("telegraphed to the King of Greece", "wrote, in Turki, his memoirs": a title, a language)
                  "turki", "urdu", "hindi", "sanskrit", "swahili", "tibetan", "manchu",
                  "gulf", "sea", "ocean", "lake", "lakes", "river", "bay", "coast", "cape", "islands", "isles",
                  "mountains", "desert", "steppe", "valley", "plateau", "peninsula", "strait", "straits", "channel",
                  "delta", "isthmus", "frontier", "border", "continent", "mainland", "interior", "highlands"}
_NAME_JOINERS = {"de", "del", "da", "do", "dos", "das", "di", "della", "des", "du", "la", "las", "los", "el", "sur",
                 "am", "an", "upon"}
_PLACE_PREFIXES = {"new", "port", "fort", "saint", "st", "san", "santa", "great", "little", "old", "lake", "mount",
                   "northern", "southern", "eastern", "western", "central",  # "Southern Rhodesia", "Central Asia"
                   # a saint in the languages of colonial towns ("São Paulo" after "the Fazenda São Bernardo")
                   "são", "sao", "santo", "sainte", "ste", "sankt", "sint",
                   "cape", "grand", "la", "le", "el", "los", "las",
                   # "West Point", "North Carolina", "East Prussia", "Upper Silesia": a compass word opens a name
                   "north", "south", "east", "west", "upper", "lower"}
_JOINED_NAME_BEFORE = re.compile(r"(?<![\w-])([A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+\s+(?:de|del|da|do|di|du|de\s+la|of)\s+)$")
_PREFIX_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+)\s+$")
_SURNAME_AFTER = re.compile(r"[ \t]+([A-Z][a-zß-öø-ÿā-ž’'-]{2,})\b")
# where a person's name stands: the sentence's start, after a comma, "and" or "with" ("my mother, Sophia ...")
_NAME_SLOT_BEFORE = re.compile(r"(?:^|,|\band|\bwith)\s*$")
_ARTICLES = {"the", "la", "le", "les", "el", "los", "las", "den", "de"}  # "The Hague", "La Paz": no common word
_DEMONYM_ENDINGS = ("ian", "ese", "ish", "iss", "nch", "tch")  # Canadian, Japanese, Polish, Swiss, French, Dutch
# A given name or a title right before a word ("Diego Rivera", "Mr. Rivera"), on the same line and never a
# sentence's last word ("Rochester, New York.\n\nRochester was ...").
# "Máximo Gómez", "J. Smith", "Dr. Rochester" (a title's or an initial's dot; not "the North Star. Rochester was")
_GIVEN_BEFORE = re.compile(r"\b([A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž]+|(?:[A-Z]|Dr|Mr|Mrs|Ms|Mme|Mlle|Gen|Col|Capt|Lt|Rev|"
                           r"Prof|Fr|Sgt|Maj|Adm|Gov|Sen|Hon|Sr|Jr)\.)[ \t]+$")
# A chronology entry's verb before a place ("1783 – Enters Charleston", "Defends Warsaw") is no given name.
_ENTRY_VERB_BEFORE = ENTRY_VERB_FORM
_ENTRY_OPENS = re.compile(r"(?:^|[–—;:]\s*)$")  # where an entry's (or its clause's) own verb stands
_FUNCTION_WORDS = {"in", "at", "to", "from", "the", "of", "and", "near", "for", "by", "with", "on", "into", "a",
                   "an", "as", "via", "then", "where", "when", "while", "after", "before", "his", "her", "their",
                   "saint", "st", "san", "santa", "new", "old", "upper", "lower", "north", "south", "east", "west",
                   # prepositions that open a sentence ("Beyond Dunhuang lay the desert"): no given name
                   "beyond", "across", "past", "towards", "toward", "through", "along", "outside", "inside", "around",
                   "over", "under", "below", "above", "behind", "beside", "within", "upon", "between",
                   "leaving", "reaching", "like", "unlike", "since", "until", "till", "during",
                   # determiners that open a sentence ("Those Jerusalem years"): no given name either
                   "those", "these", "this", "that", "our", "my", "your", "its", "all", "both", "every", "each",
                   "some", "many", "most", "no", "another", "one",
                   # adverbs and conjunctions that open a sentence ("Yet Antigua was her home"): no given name
                   "yet", "still", "so", "thus", "now", "there", "here", "also", "even", "but", "or", "nor", "once",
                   "later", "soon", "meanwhile", "instead", "only", "perhaps"}


_KIN_AFTER_NAME = re.compile(r"['’]s\s+(?:\w+\s+)?(?:son|wife|father|mother|brother|sister|daughter)\b")
_NEXT_LOWER_WORD = re.compile(r"\s+([a-z]+)")
# Words that make the name after them a publication ("the newspaper Pravda", "edited Iskra"), found in one
# pass: the lookahead sees every start, so overlapping openings are all found.
_PUBLICATION_BEFORE = re.compile(
    r"(?=(\b(?:newspapers?|papers?|journals?|magazines?|gazettes?|periodicals?|reviews?)\s+"
    r"(?:called\s+|named\s+)?[“\"']?|\b(?:edit\w*|publish\w*|issues?\s+of|copies\s+of|wrote\s+for)\s+))")
_PUBLICATION_AFTER = re.compile(r"[”\"']?(?:\s*\([^)]{0,40}\))?,?\s+(?:a|an|the)\s+(?:[\w-]+,?\s+){0,4}"
                                r"(?:newspaper|paper|journal|magazine|daily|weekly)\b")


def _nearest_km(place: Place, near: tuple[Place, ...]) -> float:
    """Kilometres from a place to the nearest of the narrative's recent places (0 when there are none)."""
    return min((haversine_km(place.lat, place.lon, p.lat, p.lon) for p in near if p.lat or p.lon), default=0.0)


def _verdict_key(phrase: str, near: tuple[Place, ...], within: str, beside: Place | None) -> str:
    """What a verdict on a phrase depends on: the phrase, the places around, the area and the neighbour named."""
    return f"{phrase}|{[p.id for p in near]}" + (f"|in {within}" if within else "") + (
        f"|by {beside.id}" if beside is not None else "")


class BroadMentionFinder:
    """Names the curated table lacks, looked up in the GeoNames layer, with guards against people and words.

    Only a capitalised phrase right after a locative preposition is a candidate
    ("exiled to Shushenskoye"). It is refused when the document also uses it as a
    common word ("red"), or as a person's name ("Vladimir Lenin", "Diego Rivera"),
    since GeoNames has villages called Lenin, Stalin and Rivera.
    """

    def __init__(self, index, text: str):
        self.index = index
        self.text = text
        self.words = WordIndex(text)  # every test below visits a name's occurrences, never the whole text
        self._publication_ends = {m.end(1) for m in _PUBLICATION_BEFORE.finditer(text)}
        self._verdicts: dict[str, Place | None] = {}
        self.reasons: dict[str, str] = {}
        self.refused: dict[int, list[tuple[str, str]]] = {}  # sentence index -> (phrase, why it named no place)
        self._usable_cache: dict[str, bool] = {}
        self._word_cache: dict[str, bool] = {}
        self._found: dict[str, bool] = {}
        self.appositives: set[int] = set()  # where a name says where the town before it lies ("Rochester, New York")
        # One sense per document: a name already taken for a place here ("sails to the Dominican Republic and goes
        # to Montecristi") names the same place when it comes back ("Meets Gómez again in Montecristi").
        self.named: dict[str, Place] = {}
        self.the_noun: dict[str, Place] = {}  # "the capital, Heian-kyō": what "the capital" names from then on

    def _person_like(self, word: str) -> bool:
        for start in self.words.starts(word):
            line = self.text[self.text.rfind("\n", 0, start) + 1:start]
            if (line.count('"') % 2 == 1) or line.count("“") > line.count("”"):
                continue  # a quoted saying ("Meri Jhansi nahin dungi"): its words are no name before the town's
            given = _GIVEN_BEFORE.search(self.text, max(0, start - 20), start)
            if given and given.group(1).rstrip(".").lower() not in _FUNCTION_WORDS \
                    and not _ENTRY_VERB_BEFORE.fullmatch(given.group(1)) and not self._entry_verb(given) \
                    and not given.group(1).endswith("ing") \
                    and not self._has_name(f"{given.group(1)} {word}"):  # "Nizhny Novgorod" names a town, not a man
                return True
            end = start + len(word)
            if _KIN_AFTER_NAME.match(self.text[end:end + 40]):
                return True
        return False

    def _entry_verb(self, given: re.Match) -> bool:
        """A capitalised word in -s where a chronology entry's verb stands ("1658 – Abandons Lahore; retreats"): the
        entry's verb, no given name before a surname."""
        word, at = given.group(1), given.start(1)
        line = self.text[self.text.rfind("\n", 0, at) + 1:at]
        return word.endswith("s") and not word.endswith("ss") and bool(re.search(r"(?:^\s*|[–—;:]\s*)$", line))

    def _publication(self, word: str) -> bool:
        """The document calls it a newspaper, journal or book ("the newspaper Pravda", "Pravda, the paper")."""
        for start in self.words.starts(word, dash_is_word=False, closed=False):
            end = start + len(word)
            if start in self._publication_ends and self.words.ends_word(end, dash_is_word=False):
                return True
            if _PUBLICATION_AFTER.match(self.text, end):
                return True
        return False

    def _common_word(self, phrase: str) -> bool:
        words = phrase.split()
        if len(words) > 1 and (words[0].lower() in _PLACE_PREFIXES or (
                words[0].lower() in _ARTICLES and self._named_with_article(" ".join(words[:2])))):
            return False  # "New Bern", "Port Said", "The Hague": a place name may open with a common word
        first = words[0]
        lower = first.lower()
        if len(words) > 2 and words[1] in _NAME_JOINERS and self._has_name(phrase):
            return False  # "Mar del Plata", "Rio de Janeiro": a name joined so is a name, though "mar" is a word
        if len(words) > 1 and lower.endswith(_DEMONYM_ENDINGS) and self._has_name(phrase):
            return False  # "British Columbia", "French Guiana": a people's adjective opening a name the layer knows
        if len(words) == 1 and lower in _ALONE_NO_NAME:
            return True  # "Leaves Isfahan for the Gulf", "the King", "in Turki": no place's name alone
        return lower in _NOT_PLACE_WORDS or (lower.endswith(_DEMONYM_ENDINGS) and self._adjective(first)
                                             and not self._area_named(first)) or (
            lower != first and self.words.occurs(lower))

    def _area_named(self, word: str) -> bool:
        """A region's, island's or country's own name that ends like a people's word ("Fujian", "Tian Shan"):
        "the Fujian coast" uses the province's name, it is no adjective of a people."""
        return any(p.kind in ("region", "country", "island") and normalise(p.name) == normalise(word)
                   for p in self.index.lookup(word))

    def _adjective(self, word: str) -> bool:
        """Used before a noun somewhere in the document ("the Japanese army"): Varese is never followed so."""
        for start in self.words.starts(word, closed=False):
            m = _NEXT_LOWER_WORD.match(self.text, start + len(word))
            if m and m.group(1) not in _FUNCTION_WORDS | {"was", "is", "were", "had", "has", "which", "who", "that"}:
                return True
        return False

    def _usable(self, phrase: str) -> bool:
        """Not a common word, a person or a publication in this document (judged once per phrase, and the
        tests of its first word once per word; each visits only the name's occurrences)."""
        if phrase not in self._usable_cache:
            words = phrase.split()
            prefixed = len(words) > 1 and (words[0].lower() in _PLACE_PREFIXES or (
                # "British Columbia", "The Hague" (not "The Stalin School": the article belongs to the name)
                (words[0].lower().endswith(_DEMONYM_ENDINGS) and self._has_name(" ".join(words[:2])))
                or (words[0].lower() in _ARTICLES and self._named_with_article(" ".join(words[:2])))))
            # ("Mar del Plata" where the text also says "el mar": a name joined by "del" is judged whole)
            joined = len(words) > 2 and words[1] in _NAME_JOINERS and self._has_name(phrase)
            first = phrase if joined else " ".join(words[:2]) if prefixed else words[0]
            prefixed = prefixed or joined
            if first not in self._word_cache:
                # ("San Lorenzo" in a life of San Martín: a place's prefix is no given name)
                self._word_cache[first] = not self._common_word(first) and (prefixed or not self._person_like(words[0]))
            self._usable_cache[phrase] = self._word_cache[first] and not self._publication(phrase)
        return self._usable_cache[phrase]

    def given_name(self, mention: Mention) -> bool:
        """A table's name that opens a person's full name where a name stands: "my mother, Sophia Engastromenos, who
        was seventeen" (Sophia is also Sofia). ("in London Lenin ...", "the Zimmerwald Conference" keep theirs.)"""
        at, text = mention.sentence.start, mention.sentence.text
        surname = _SURNAME_AFTER.match(text, mention.end - at)
        if surname is None or not _NAME_SLOT_BEFORE.search(text, max(0, mention.start - at - 16), mention.start - at):
            return False
        word = surname.group(1)
        # (not "the Petrograd Soviet", "Moscow Party": a body named for its town)
        return word.lower() not in _FUNCTION_WORDS | _GENERIC_TAIL and not ORGANISATION_AFTER.match(f" {word}") \
            and not self._has_name(word) and not self._has_name(f"{mention.surface} {word}")

    def tail_of_longer_name(self, mention: Mention) -> bool:
        """A table's other name closing a longer capitalised name that is no place: "Sophia" (Sofia) in "recites
        the Quran in Hagia Sophia". The word before is no people's adjective ("Soviet Russia", "Venetian Crete"),
        no compass word or "New" (``prefixed``), and the place is called by an alternate name, never its own
        ("Prussian Silesia", "Red Vienna" keep theirs)."""
        if normalise(mention.surface) == normalise(mention.place.name):
            return False
        head = mention.sentence.text[:mention.start - mention.sentence.start]
        word = _PREFIX_WORD_BEFORE.search(head)
        if word is None or not head[:word.start()].strip():  # (a sentence's first word may be any word)
            return False
        lower = word.group(1).lower()
        return not (lower in _PLACE_PREFIXES or lower.endswith(_DEMONYM_ENDINGS) or lower.endswith(("an", "ic"))
                    or lower in _NOT_PLACE_WORDS or self._has_name(word.group(1)))

    def curated_or_namesake(self, mention: Mention, near: tuple[Place, ...]) -> Mention:
        """A curated row found by one of its other names, unless the document speaks for a namesake: "The Héros
        reached Brest" in a life told in France and Haiti is the French port, not Brest-Litovsk (whose modern
        name it is). Only when the row's place is in none of the document's countries and far from every recent
        place, and the broad layer's answer in this context lies far away, in one of the document's countries."""
        own, phrase = mention.place, " ".join(mention.surface.split())
        at = mention.sentence.start
        if own.kind in AREA_KINDS and (_CITY_OF_BEFORE.search(mention.sentence.text, 0, mention.start - at)
                                       or _CALLED_A_CITY_AFTER.match(mention.sentence.text, mention.end - at)):
            # "a convent school in the city of Salta": the city the region is named after, not the province
            town = self.resolve(phrase, near)
            if town is not None and town.kind == "settlement":
                return Mention(mention.sentence, mention.surface, mention.start, mention.end, town)
        area = _IN_AREA.match(mention.sentence.text, mention.end - mention.sentence.start)
        if area is not None and normalise(phrase) != normalise(own.name):
            # "arrested after a meeting at Vienne, in the Isère": the town of that name inside the area the text
            # names, when the row's place lies outside it (Vienne is also the French name of Vienna)
            inside = self.resolve(phrase, near, " ".join(area.group(1).split()))
            if inside is not None and inside.id != own.id and haversine_km(
                    own.lat, own.lon, inside.lat, inside.lon) > SEAT_KM:
                return Mention(mention.sentence, mention.surface, mention.start, mention.end, inside)
        if normalise(phrase) == normalise(own.name) or own.country in self.countries or any(
                haversine_km(own.lat, own.lon, p.lat, p.lon) <= FAR_KM for p in near if p.lat or p.lon):
            return mention
        other = self.resolve(phrase, near)
        if other is None or other.country not in self.countries or \
                haversine_km(own.lat, own.lon, other.lat, other.lon) <= FAR_KM:
            return mention
        return Mention(mention.sentence, mention.surface, mention.start, mention.end, other)

    def prefixed(self, mention: Mention) -> bool:
        """The table's name is the tail of a longer name the broad layer knows: "Mexico" in "went west to New
        Mexico", "Carolina" in "North Carolina" (a compass word or "New", "Port", "San" opens the name)."""
        head = mention.sentence.text[:mention.start - mention.sentence.start]
        joined = _JOINED_NAME_BEFORE.search(head)
        if joined is not None and self._has_name(f"{joined.group(1)} {' '.join(mention.surface.split())}"):
            return True  # "Santiago de Chile", "Rio de Janeiro": the country closes the city's own name
        two = _TWO_NAME_WORDS_BEFORE.search(head)
        if two is not None and self._has_name(f"{two.group(1)} {two.group(2)} {' '.join(mention.surface.split())}"):
            return True  # "Wales" in "the colony of New South Wales"
        word = _PREFIX_WORD_BEFORE.search(head)
        lower = word.group(1).lower() if word is not None else ""
        # (or a people's adjective: "Columbia" in "Victoria, in British Columbia")
        return bool(lower) and (lower in _PLACE_PREFIXES or lower.endswith(_DEMONYM_ENDINGS)
                                or lower in _NOT_PLACE_WORDS) \
            and self._has_name(f"{word.group(1)} {' '.join(mention.surface.split())}")

    def _longer_name(self, phrase: str) -> str | None:
        """The longer name the document gives a place whose name opens with ``phrase`` ("Yasnaya Polyana",
        "Spasskoye-Lutovinovo", "Santiago de Compostela"), or None: a word or two capitalised after it, joined by
        a space, a hyphen or a particle, that is no generic tail ("Kazan University" is Kazan)."""
        for start in self.words.starts(phrase, closed=False):  # (each occurrence, never the whole text again)
            m = _LONGER_NAME_TAIL.match(self.text, start + len(phrase))
            if m is None:
                continue
            tail = m.group(1).strip(" -").split()[-1].lower()
            if tail not in _GENERIC_TAIL and tail not in _NOT_PLACE_WORDS and self._has_name(phrase + m.group(1)):
                return phrase + m.group(1)
        return None

    def _has_name(self, phrase: str) -> bool:
        """Whether the broad layer knows the name at all (asked once per phrase): the cheap test first, so the
        document-wide tests of ``_usable`` run only for names that could be places."""
        if phrase not in self._found:
            self._found[phrase] = bool(self.index.lookup(phrase))
        return self._found[phrase]

    def _named_with_article(self, phrase: str) -> bool:
        """A place's own name opens with the article ("The Hague", "La Paz"); the index's keys drop it, so "The
        Stalin" would find Donetsk (once Stalino) without this test."""
        key = normalise(phrase)
        return any(normalise(p.name) == key for p in self.index.lookup(phrase))

    def resolve(self, phrase: str, near: tuple[Place, ...] = (), within: str = "",
                beside: Place | None = None) -> Place | None:
        """The broad-layer place a phrase names, judged by ``places.gazetteer.mention_place`` against ``near``
        (the places the narrative has just been at) and the countries the document names: "buried in
        Canterbury" after Kraków, England and New York is Kent's Canterbury; "a café at Rochefort" in a French
        life is the French one; "Pent Farm in Kent" is not Kent, Washington. Why a phrase named no place is
        kept in ``reasons`` for ``extract --explain``. ``beside``: the town the text says it is next to
        ("Vailima, above Apia"), which says where it is as a caller's hint would.
        """
        original = phrase
        phrase = _INSTITUTION_HEAD.sub("", phrase)  # "the Colegio de La Serena", "the Université de Lyon"
        words = phrase.split()
        island = bool(words) and words[-1].lower() == "island"
        while words and words[-1].lower() in _GENERIC_TAIL:
            words = words[:-1]
            if len(words) > 1 and words[-1].lower() in _INSTITUTION_STANDING:
                words = words[:-1]  # "Kyoto Imperial University", "Moscow State University": the town
        if len(words) < len(original.split()) and words and re.search(r"['’]s$", words[-1]):
            # "Queen's College", "Blackwell's Island": named for its owner, who is no place ("Queens", New York)
            return None
        phrase = " ".join(words)
        whole = _INSTITUTION_HEAD.sub("", original)
        if whole != phrase and island and self._has_name(whole):
            phrase = whole  # "Bruny Island", "Flinders Island": the island the gazetteer knows by its whole name
            # (no town "Bruny"; not the town of Flinders)
        if not phrase:
            return None
        key = _verdict_key(original, near, within, beside)
        if not within and phrase in self.named:
            self._verdicts[key], self.reasons[key] = self.named[phrase], "named so earlier in the document"
        if key not in self._verdicts:
            place, why = None, "no place of that name in the gazetteer"
            if self._has_name(phrase):  # the gazetteer first: most capitalised phrases are no place
                place, why = None, "a common word, a person or a publication in this document"
                if self._usable(phrase):
                    place, why = mention_place(self.index, phrase, near, self.countries, named_as=original,
                                               within=within, beside=beside, regions=self.regions,
                                               landmasses=self.landmasses)
            head = _ON_ISLAND.match(phrase)
            if place is None and head and not self._has_name(phrase):
                # "Louisbourg on Cape Breton (Island)": the town, if the gazetteer has one of that name on the
                # island, coast or peninsula named after it (never a namesake elsewhere)
                area_name = phrase[head.end() - 1:]
                # (or a town of the name the area is called by: "Anzac Cove on Gallipoli", by Gelibolu)
                areas = [a for a in self.index.lookup(area_name) if a.kind != "settlement"] or \
                    [a for a in self.index.lookup(f"{area_name} Island") if a.kind != "settlement"] or \
                    self.index.lookup(area_name)
                towns = [t for t in self.index.lookup(head.group(1)) if t.kind == "settlement" and any(
                    haversine_km(t.lat, t.lon, a.lat, a.lon) <= max(a.radius_km, ON_AREA_KM) for a in areas)]
                if towns:
                    place = max(towns, key=lambda t: t.population)
                    why = f"{place.name} on {area_name}"
                elif len(islands := [a for a in areas if a.kind == "island" and a.radius_km <= SMALL_ISLAND_KM]) == 1:
                    # "born at Milton on South Uist", "Monkstadt on Skye": a hamlet the gazetteer lacks, on an
                    # island small enough to stand for it (never a namesake elsewhere; never Java for its villages)
                    place = islands[0]
                    why = f"a place the gazetteer lacks, on {place.name}: the island stands for it"
            if island and place is not None and place.kind == "country" and not self._has_name(original):
                # "Mozambique Island" is an island off the coast, not the country it gave its name to
                place, why = None, f"an island named like a country ({original}), not the country"
            if place is None and not within:
                # "home to Lynn" after "Born at Bishop's Lynn (now King's Lynn)": the last word of a town the document
                # has named in full is that town, though the word alone is too weak a name to trust in prose
                fuller = [named for longer, named in self.named.items() if named.kind == "settlement" and re.search(
                    rf"(?:\s|['’]s\s){re.escape(phrase)}$", longer)]
                if fuller:
                    place, why = fuller[0], f"the last word of {fuller[0].name}, named so earlier in the document"
            saint = _SAINTS_TOWN.match(phrase) if place is None else None
            if saint is not None and any(not re.search(r"\b(?:de|del|la|los|las|do|da|dos|das)\s+$", self.text[
                    max(0, at - 6):at]) for at in self.words.starts(saint.group(1))):
                # (only when the document also calls it by that part alone: "left Culiacán"; "San Francisco de
                # Malabon" is not Malabon)
                # "San Miguel de Culiacán", "Santa Fe de Bogotá": a colonial foundation under its saint's name, the
                # town the gazetteer knows by its last part
                place = self.resolve(saint.group(1), near)
                why = f"{saint.group(1)}, named with its founders' saint" if place is not None else why
            longer = self._longer_name(phrase) if not within and place is not None and place.kind == "settlement" \
                and place.population < SHORT_FORM_MAX_POPULATION else None
            if longer is not None:
                # "home again at Yasnaya" in a memoir that names Yasnaya Polyana: the document's own short form
                other = self.resolve(longer, near)
                if other is not None and other.kind not in ("region", "country") and haversine_km(
                        place.lat, place.lon, other.lat, other.lon) > SAME_PLACE_KM \
                        and (_nearest_km(place, near) > FAR_KM and _nearest_km(other, near) < _nearest_km(place, near)
                             if any(p.lat or p.lon for p in near) else
                             other.source in ("famous", "curated") or other.population >= place.population):
                    # (only for a namesake far from where the narrative is, and the longer name nearer: "sent to
                    # the Tower" by Cork is no Tower Hill in Jamaica; before any place, a known place or a larger
                    # one than the namesake)
                    place, why = other, f"short for {longer}, as the document names it"
            self._verdicts[key], self.reasons[key] = place, why
        return self._verdicts[key]

    @cached_property
    def countries(self) -> tuple[str, ...]:
        """The countries the document names: context for every name it gives without comment."""
        return document_countries(self.text, self.index)

    @cached_property
    def landmasses(self) -> tuple[str, ...]:
        """The landmasses the document names lands on: a namesake across an ocean from all of them pays."""
        return document_landmasses(self.text, self.index)

    @cached_property
    def regions(self) -> tuple[str, ...]:
        """The first-order regions the document places its towns in ("Auburn, New York"): context too."""
        return document_regions(self.text, self.index)

    def refusals_in(self, sentence: Sentence) -> list[tuple[str, str]]:
        """(phrase, why) for each candidate phrase of ``sentence`` that named no place: for ``extract --explain``."""
        return self.refused.get(sentence.index, [])

    def find_unkept(self, sentence: Sentence, taken: list[Mention], near: tuple[Place, ...] = ()) -> list[Mention]:
        """What :meth:`find` would give for a sentence the extraction passes over (not about the subject), for
        ``extract --explain`` and for the context of the next names: the document's memory of names it took
        (``named``, ``appositives``, ``refused``, ``the_noun``) is left as it was, so explaining a document never
        changes what it yields."""
        named, appositives, refused = dict(self.named), set(self.appositives), self.refused.get(sentence.index)
        the_noun = dict(self.the_noun)
        try:
            return self.find(sentence, taken, near)
        finally:
            self.named, self.appositives, self.the_noun = named, appositives, the_noun
            if refused is None:
                self.refused.pop(sentence.index, None)
            else:
                self.refused[sentence.index] = refused

    def find(self, sentence: Sentence, taken: list[Mention], near: tuple[Place, ...] = ()) -> list[Mention]:
        """Candidates after a locative word, then the names listed with any place found ("through Tlemcen and
        Bejaia"): a listed name is looked up near its neighbour and kept only within ``COORDINATED_KM`` of it."""
        spans = [(m.start, m.end) for m in taken]
        found: list[Mention] = []

        def near_at(pos: int) -> tuple[Place, ...]:
            """The narrative's recent places, then those the sentence names before ``pos`` ("at Constantinople
            and at Athens": the Greek Athens), the latest last."""
            before = sorted((m for m in (*taken, *found) if m.end <= pos and (m.place.lat or m.place.lon)),
                            key=lambda m: m.start)
            return (*near, *(m.place for m in before))[-NEAR_AT_MOST:] if before else near

        patterns = (_INSTITUTION_OF, _SCHOOL_OF, _CANDIDATE, _COLON_LIST, _SUB_ENTRY, _GATHERING_NAMED,
                    _NAMED_AFTER_NOUN)
        if _INFOBOX_LIFE_LINE.match(sentence.text):
            patterns += (_INFOBOX_PART,)  # "Born: Jorge Borges Acevedo, 24 August 1899, Buenos Aires, Argentina"
        for pattern in patterns:
            for m in pattern.finditer(sentence.text):
                added = self._candidate(sentence, m, spans, near_at(sentence.start + m.start(1)), found, None)
                if added is not None and pattern is _NAMED_AFTER_NOUN:
                    self.the_noun[_NOUN_OF.search(m.group()).group(1).lower()] = added.place
        # "At eighteen he was enrolled in the capital": the capital the document named as such before
        for m in _THE_NOUN.finditer(sentence.text):
            place = self.the_noun.get(m.group(1).lower())
            a, b = sentence.start + m.start(1), sentence.start + m.end(1)
            if place is not None and not any(x < b and a < y for x, y in spans + [(f.start, f.end) for f in found]):
                found.append(Mention(sentence, m.group(1), a, b, place))
        # (where a listed name would begin, the place it is listed with): places found, and candidates refused
        # ("visited Zeila, Mogadishu": the list goes on after a name the gazetteer did not take)
        queue = sorted([(m.end - sentence.start, m.place) for m in taken + found]
                       + [(m.end(1), None) for m in _CANDIDATE.finditer(sentence.text)], key=lambda q: q[0])
        seen: set[int] = set()
        while queue:
            end, place = queue.pop(0)
            m = _COORDINATED.match(sentence.text, end)
            if m is None or end in seen or (place is not None and place.kind in AREA_KINDS):
                continue
            seen.add(end)
            if _CLAUSE_VERB_AFTER.match(sentence.text, m.end(1)):
                continue  # "brought her across to London, and Maria lived with them": a person opens a clause
            listed_with = place if place is not None and (place.lat or place.lon) else None
            here = near_at(sentence.start + m.start(1))
            added = self._candidate(sentence, m, spans, (*here, listed_with) if listed_with else here, found,
                                    listed_with)
            queue.insert(0, (m.end(1), added.place if added else None))
        return sorted(found, key=lambda m: m.start)

    def _candidate(self, sentence: Sentence, m: re.Match, spans: list[tuple[int, int]], near: tuple[Place, ...],
                   found: list[Mention], listed_with: Place | None) -> Mention | None:
        if not m.group(1)[0].isupper():
            return None
        a = sentence.start + m.start(1)
        b = a + len(m.group(1))
        if any(x < b and a < y for x, y in spans):
            return None
        phrase = " ".join(m.group(1).split())
        end = m.end(1)
        whole = _OF_NAME_AFTER.match(sentence.text, end)
        if whole is not None and any(
                p.kind in ("settlement", "island") and normalise(p.name) == normalise(f"{phrase} of {whole.group(1)}")
                for p in self.index.lookup(f"{phrase} of {' '.join(whole.group(1).split())}")):
            # "the Government House in Port of Spain", "on the Isle of Wight": a town's own name joined by "of",
            # whole (the phrase stops at "of" for "the University of Vilna")
            phrase, end = f"{phrase} of {' '.join(whole.group(1).split())}", whole.end(1)
            b = sentence.start + end
        feature = _FEATURE_AFTER.match(sentence.text, end)
        if feature is not None:
            # "the Hexi corridor", "the Wudang mountains": a feature named so, which the gazetteer may know whole;
            # a town of the bare name is no stand-in for it unless it lies near the places around it ("the Yandang
            # mountains near Wenzhou"; a region as "the Kumaon hills" stays the region)
            whole = f"{phrase} {feature.group(1).capitalize()}"
            if any(p.kind != "settlement" for p in self.index.lookup(whole)):
                phrase, end = whole, feature.end(1)
                b = sentence.start + end
            else:
                by = _NEAR_AFTER.match(sentence.text, feature.end(1))
                neighbour = self.resolve(" ".join(by.group(1).split()), near) if by else None
                around = (*near, neighbour) if neighbour is not None else near
                bare = self.resolve(phrase, around)
                if bare is not None and bare.kind == "settlement" and not any(
                        haversine_km(bare.lat, bare.lon, p.lat, p.lon) <= NEAR_TOWN_KM for p in around):
                    self.refused.setdefault(sentence.index, []).append(
                        (m.group(1), f"\"{phrase} {feature.group(1)}\" names a feature, not the far town so called"))
                    return None
        if _DESCENT_AFTER.match(sentence.text, end):
            # "came from Huguenot stock", "of Scottish descent": a people's name before a word of descent
            self.refused.setdefault(sentence.index, []).append((m.group(1), "a people's descent, not a place"))
            return None
        if _QUARTER_AFTER.match(sentence.text, end):
            self.refused.setdefault(sentence.index, []).append((m.group(1), "a quarter of the town named after it"))
            return None
        if _EVENT_HEAD.fullmatch(phrase) and re.match(r"\s+of\s+[A-Z]", sentence.text[end:]):
            # "the Battle of Las Salinas", "the Treaty of Tordesillas": an event's name, never the town Battle
            self.refused.setdefault(sentence.index, []).append((m.group(1), "the head of an event's name"))
            return None
        if _NAME_GOES_ON.match(sentence.text, end):  # "the Campo de' Fiori in Rome": a square's name
            self.refused.setdefault(sentence.index, []).append((m.group(1), "the start of a longer name"))
            return None
        if re.search(r"['’]s$", phrase):
            if _SAINTS_HOUSE.match(phrase):  # "near St Peter's": a church, not a town called so
                self.refused.setdefault(sentence.index, []).append((m.group(1), "a church named for its saint"))
                return None
            if not _PLACE_PART_AFTER.match(sentence.text, end):  # "deported at Stalin's orders"
                self.refused.setdefault(sentence.index, []).append((m.group(1), "a possessive, not a place"))
                return None
            phrase = phrase[:-2]  # "sailed from Lima's port": Lima
        # "Rochester, New York", "Worcester, Massachusetts": the region or country named right after a town says
        # where to look for it
        where = _STATE_ABBREVIATION_AFTER.match(sentence.text, end) or _WHERE_AFTER.match(sentence.text, end)
        areas: list[Place] = []
        infobox = _INFOBOX_LIFE_LINE.match(sentence.text) is not None
        if where and " ".join(where.group(1).split()) != phrase:
            area_name = US_STATE_ABBREVIATIONS.get(re.sub(r"\s+", "", where.group(1)), " ".join(where.group(1).split()))
            areas = [p for p in self.index.lookup(area_name) if p.kind in AREA_KINDS]
            if infobox and not areas:
                # "Born: 1722, Milton, South Uist, Scotland", "Asahi, Nakashima District, Aichi Prefecture": an
                # infobox names where the town lies by its island, or by the first part after it the gazetteer knows
                for part in _WHERE_AFTER.finditer(sentence.text, end):
                    name = " ".join(part.group(1).split())
                    areas = [p for p in self.index.lookup(name) if p.kind in (*AREA_KINDS, "island")]
                    if areas:
                        area_name, where = name, part
                        break
            known = self.named.get(area_name)
            if known is not None and known.kind not in AREA_KINDS:
                # "Hatchobori, Edo" where the document's Edo is the city (Tokyo): near that city, never inside
                # Edo State, Nigeria
                areas, near = [], (*near, known)
            if areas:
                near = (*near, areas[0])
        by = _NEAR_AFTER.match(sentence.text, end)
        beside = None
        if by and " ".join(by.group(1).split()) != phrase:
            # "Asadabad, near Hamadan", "Vailima, above Apia": the town named as its neighbour says which namesake
            # it is, and that a village of few people is meant
            name = " ".join(by.group(1).split())  # (far from the narrative, a pair is its own evidence)
            neighbour = self.resolve(name, near) or self.resolve(name)
            if neighbour is not None and (neighbour.kind == "settlement" or not neighbour.wide):
                beside = neighbour  # (a city-state too: "Roquebrune, near Monaco")
        shore = _ON_WATER_AFTER.match(sentence.text, end) if beside is None else None
        if shore is not None:
            # "Villeneuve, on the Lake of Geneva": the lake it lies on says which namesake it is
            lakes = [p for name in _water_names(" ".join(shore.group(1).split())) for p in self.index.lookup(name)
                     if p.kind == "lake"]  # (a sea or gulf is too wide to say which: "Bushehr on the Persian Gulf")
            beside = lakes[0] if lakes else None
        # "Freiberg in Moravia": the Freiberg inside Moravia (and "Medellín, a small town on the Guadiana river in
        # Extremadura": a description of the town before the region it lies in)
        area = _IN_AREA.match(sentence.text, end) or _DESCRIBED_IN_AREA.match(sentence.text, end)
        within = " ".join(area.group(1).split()) if area else ""
        if not within and areas:
            within = area_name  # "near Alexandria, Tennessee": the Alexandria inside Tennessee, however small
        place = self.resolve(phrase, near, within, beside)
        if place is not None and beside is not None and by is not None and place.kind == "settlement" \
                and not _BEARING.search(by.group()) and haversine_km(place.lat, place.lon, beside.lat, beside.lon) > (
                    QUARTER_KM if _AT_EDGE.search(by.group()) else NEAR_TOWN_KM):
            # "Moves to Leigh, near Tonbridge, Kent": the gazetteer knows only a far namesake (Leigh, Lancashire),
            # so the village is one it lacks, and the town it is near stands for it (and for its later mentions)
            place = beside
            self.named[phrase] = place
        if area is not None and place is not None and place.kind == "settlement" and within \
                and place.population < QUARTER_NAMESAKE_MAX and not _AREA_WORD_AFTER.match(sentence.text, area.end()) \
                and not any(p.kind in AREA_KINDS for p in self.index.lookup(within)):
            # "in our father's house at San Polo in Venice": a quarter of the city named after it, where the gazetteer
            # knows the name only as a far village (San Polo d'Enza); "Hiraizumi in Mutsu" is taken the same way,
            # wrongly (an old province named like a far city: see bench/RESULTS.md, session 16)
            town = self.resolve(within, near)
            if town is not None and town.kind == "settlement" and town.population >= QUARTER_CITY_MIN and haversine_km(
                    place.lat, place.lon, town.lat, town.lon) > QUARTER_FAR_KM:
                place = town
                self.named[phrase] = place
        if place is not None and place.kind == "region" and (_CALLED_A_CITY_AFTER.match(sentence.text, end)
                                                              or _CITY_OF_BEFORE.search(sentence.text, 0, m.start(1))):
            # "she returned to Chuquisaca, the city where she was born", "the city of Oaxaca": a region's name for
            # its chief town (Sucre, Oaxaca de Juárez)
            place = self.index.largest_town_in(place.admin1) or place
            self.named[" ".join(phrase.split())] = place  # (the document's later "Chuquisaca" is the city too)
        verb = phrase.split(" ", 1)
        if place is None and len(verb) == 2 and _ENTRY_VERB_BEFORE.fullmatch(verb[0]) and verb[1][0].isupper() \
                and _ENTRY_OPENS.search(sentence.text, 0, m.start(1)):
            # "1794 – Attends Aberdeen Grammar School": a chronology entry's verb, capitalised, opens the phrase
            place = self.resolve(verb[1], near, within, beside)
            if place is not None:
                a += m.group(1).index(verb[1].split()[0])
                phrase = verb[1]
        if place is not None and any(a.country == place.country and haversine_km(
                place.lat, place.lon, a.lat, a.lon) <= max(a.reach_km, APPOSITIVE_KM)
                # (both coded and the name a town's too: membership, not distance: "at Bonn, Berlin and Halle" lists
                # three towns, Bonn is not in the Land of Berlin)
                and not (a.admin1 and place.admin1 and a.admin1 != place.admin1 and any(
                    t.kind == "settlement" for t in self.index.lookup(area_name))) for a in areas):
            # the name after the comma is where the town lies, not a place of its own ("New York" the state)
            self.appositives.add(sentence.start + where.start(1))
        why = self.reasons.get(_verdict_key(phrase, near, within, beside), "no place of that name")
        if place is not None and listed_with is not None and \
                haversine_km(place.lat, place.lon, listed_with.lat, listed_with.lon) > COORDINATED_KM:
            place, why = None, f"listed with {listed_with.name} but {COORDINATED_KM:,} km or more from it"
        # "at Verbó, in Nyitra County, Kingdom of Hungary (now Vrbové, Slovakia)": the gloss after the town's
        # appositives is still its own
        gloss = _GLOSS_MODERN.match(sentence.text, end) or _GLOSS.match(sentence.text, end) \
            or _LATER_GLOSS.match(sentence.text, end)
        if gloss is not None and gloss.group(1)[0].isupper() and not (place is not None and place.source == "curated"):
            # "at Thorn (Toruń)", "Kowno (Kaunas)": the author's own gloss says which town; it wins over a namesake
            country = _GLOSS_COUNTRY.match(sentence.text, gloss.end(1))  # "(now Vrbové, Slovakia)"
            glossed = self.resolve(" ".join(gloss.group(1).split()), near,
                                   " ".join(country.group(1).split()) if country else "")
            # (an island or a country as the gloss only where the name before it is unknown or far from it: "the
            # Île de France (Mauritius)", never "Galicia (Spain)", which says where the region lies)
            # (nor the country the town lies in, glossing the old region named after it: "near Axim, Gold Coast
            # (present-day Ghana)")
            if glossed is not None and (glossed.kind not in AREA_KINDS or place is None or haversine_km(
                    place.lat, place.lon, glossed.lat, glossed.lon) > NOW_CALLED_FAR_KM) and not (
                    place is not None and glossed.kind == "country"
                    and normalise(glossed.name) == normalise(place.country)):
                place, b = glossed, sentence.start + gloss.end(1)
        town_after = _IN_TOWN_AFTER.match(sentence.text, end) if place is not None else None
        if town_after is not None and place.kind == "settlement" and place.source != "curated":
            # "spent the summer at Cornell, in Ithaca", "studied stage design at Yale, in New Haven": a college or a
            # house in the town named after it, never a far namesake town of that name
            town = self.resolve(" ".join(town_after.group(1).split()), near)
            if town is not None and town.kind == "settlement" and haversine_km(
                    place.lat, place.lon, town.lat, town.lon) > SAME_PLACE_KM:
                place, b = town, sentence.start + town_after.end(1)
        if listed_with is None and (place is None or place.source != "curated"):
            # "Zaitun, now Quanzhou"; and where a namesake was found, the author's modern name says which town:
            # "at Jiaozhou, the city that is now Hanoi" (not Jiaozhou in Shandong, 2,000 km away)
            now = _NOW_CALLED.match(sentence.text, end)
            modern = next((g for g in now.groups() if g), "") if now is not None else ""
            if modern and modern[0].isupper():
                modern_place = self.resolve(" ".join(modern.split()), near) or (
                    vouched_name(self.index, " ".join(modern.split())) if place is None else None)
                if modern_place is not None and (place is None or haversine_km(
                        place.lat, place.lon, modern_place.lat, modern_place.lon) > NOW_CALLED_FAR_KM):
                    place = modern_place
                    b = sentence.start + now.end()  # the mention covers "Zaitun, now Quanzhou": both names
        if place is None:
            self.refused.setdefault(sentence.index, []).append((m.group(1), why))
            return None
        mention = Mention(sentence, sentence.text[a - sentence.start:b - sentence.start], a, b, place)
        self.named.setdefault(phrase, place)
        spans.append((a, b))
        found.append(mention)
        return mention


def drop_enclosing_areas(mentions: Iterable[Mention]) -> list[Mention]:
    """Keep "Alma Ata" and drop "Kazakhstan" from "Alma Ata in Kazakhstan".

    A country mention is redundant when the same sentence names a settlement in
    that country; a region's, when it names one within the region's reach.
    """
    mentions = list(mentions)
    settlements = [m for m in mentions if m.place.kind not in AREA_KINDS]

    def same_clause(a: Mention, b: Mention) -> bool:
        """Not across a ";": a dictionary's "interned in East Prussia 1831–32; left for Saxony; in Dresden 1832"
        names each stay in a clause of its own."""
        first, second = sorted((a, b), key=lambda m: m.start)
        at = a.sentence.start  # (between them: "Jiaying prefecture (Kaying; present-day Meizhou)" holds its own ";")
        return ";" not in a.sentence.text[first.end - at:second.start - at]

    def inside(area: Place, p: Place) -> bool:
        if area.kind == "country":  # a country holds its own towns, not its neighbours' (Luxembourg, Paris)
            return normalise(area.name) in (normalise(p.country), normalise(p.modern_name)) or \
                normalise(area.country) == normalise(p.country)
        same_country = not area.country or not p.country or normalise(area.country) == normalise(p.country)
        return same_country and haversine_km(area.lat, area.lon, p.lat, p.lon) < area.reach_km

    def seat_of_other(m: Mention) -> bool:
        """"Herborn in Nassau": a town named right after another as where it lies is not a visit of its own."""
        at, text = m.sentence.start, m.sentence.text
        # (not a list's next member: "at Mainz, Mannheim and Strasbourg in turn")
        listed = _LIST_GOES_ON.match(text, m.end - at) is not None
        return any(o is not m and o.place.kind not in AREA_KINDS and o.end <= m.start
                   and _WHERE_IT_LIES.fullmatch(text, o.end - at, m.start - at)
                   and not (listed and "," in text[o.end - at:m.start - at])
                   and haversine_km(o.place.lat, o.place.lon, m.place.lat, m.place.lon) < SEAT_KM
                   for o in mentions)
    def names_where(m: Mention) -> bool:
        """"Maragheh in Azerbaijan": an area named right after a town says where the town lies (the region of
        its time, wider than today's country of that name), not a visit of its own."""
        at, text = m.sentence.start, m.sentence.text
        return any(o.end <= m.start and _WHERE_IT_LIES.fullmatch(text, o.end - at, m.start - at) is not None
                   for o in settlements)
    # ("Surabaya in Java", "Galle in Ceylon": an island named as where the town lies)
    return [m for m in mentions if (m.place.kind not in AREA_KINDS or not any(
                inside(m.place, t.place) and same_clause(m, t) for t in settlements) and not names_where(m))
            and not (m.place.kind not in AREA_KINDS and seat_of_other(m))
            and not (m.place.kind == "island" and names_where(m))]


_LIST_GOES_ON = re.compile(r"\s+(?:and|or)\s+[A-Z]|\s*,\s*(?:and\s+|or\s+)?[A-Z]")
# (and "Zelazowa Wola, the estate of Countess Skarbek, west of Warsaw", "Kuruman, some sixty miles north of Vryburg":
# a compass bearing from a town, after a short description of the place, says where it is as "near" does)
# (after a description too: "Gloucester, a mountain village of liberated Africans above Freetown")
_NEAR_AFTER = re.compile(r",?\s+(?:(?:then\s+)?(?:the|a|an)\s+[^,;.()]{1,50}?(?:,\s+|\s+(?=(?:near|above|below|outside|"
                         r"on\s+the\s+(?:edge|outskirts))\b)))?"
                         # ("Clapham, then a village on the edge of London")
                         r"(?:near|above|below|outside|beyond|close\s+to|on\s+the\s+(?:edge|outskirts)\s+of|"
                         r"not\s+far\s+from|just\s+outside|(?:(?:some|about|a\s+few)\s+)?(?:[\w-]+\s+(?:miles|"
                         r"kilometres|kilometers|km|leagues|versts)\s+)?(?:due\s+)?(?:north|south|east|west)"
                         r"(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?" + _PHRASE)
# "Villeneuve, on the Lake of Geneva", "Cologny, on the shore of Lake Geneva": the water a town lies on
_ON_WATER_AFTER = re.compile(r",?\s+(?:on|by|beside)\s+(?:the\s+)?(?:(?:shores?|banks?|edge)\s+of\s+(?:the\s+)?)?"
                             r"((?:Lake|Gulf|Bay|Sea)\s+(?:of\s+)?[A-Z][\w’'-]+|[A-Z][\w’'-]+\s+(?:Lake|Sea|Bay|Gulf))")


def _water_names(name: str) -> list[str]:
    """A lake's or sea's name as written, and without its "of" ("Lake of Geneva": Lake Geneva)."""
    return list(dict.fromkeys((name, re.sub(r"^(Lake|Bay|Gulf|Sea)\s+of\s+", r"\1 ", name))))


# The region or country a place is said to lie in, or the realm by its city ("at Nola, in the Kingdom of Naples")
# (never a month or a season: "from Hobart in March 1912" is no Hobart inside a "March")
# ("in the Basque province of Guipúzcoa", "in the Kingdom of Naples": a people's word or a unit's kind may come first)
_IN_AREA = re.compile(r",?\s+in\s+(?:the\s+)?(?:(?:[A-Z][\w-]+\s+)?(?:Kingdom|Duchy|Grand\s+Duchy|Principality|"
                      r"Republic|Empire|County|(?i:province|county|department|district|region|state)|"
                      r"Electorate|Viceroyalty|Khanate|Emirate|Sultanate|Margraviate|Landgraviate)\s+of\s+"
                      rf"(?:the\s+)?)?"
                      # ("Urenui, in north Taranaki", "in southern Anhui": a part of the area named by a compass word)
                      r"(?:(?:north|south|east|west|northern|southern|eastern|western|central|upper|lower|"
                      r"north-?(?:east|west)(?:ern)?|south-?(?:east|west)(?:ern)?)\s+)?"
                      rf"(?!{_MONTH_WORD}|(?:Spring|Summer|Autumn|Fall|Winter)\b)" + _PHRASE)
_DESCRIBED_IN_AREA = re.compile(r",\s+(?:(?:a|an)\s+(?:small\s+|little\s+|large\s+|remote\s+|market\s+|fishing\s+|"
                                r"mountain\s+|river\s+|coastal\s+)*(?:town|village|city|port|hamlet|settlement)\s+"
                                r"(?:[\w’'-]+\s+){0,6}?"
                                # ("St Leonards, by the sea in Sussex", "Cologny, on the lake in Geneva")
                                r"|(?:by|on|near|beside)\s+the\s+(?:sea|coast|lake|river|shore)\s+)"
                                r"in\s+(?:the\s+)?" + _PHRASE)
# "Herborn in Nassau", "Lysaker, near Oslo", "the Coyoacán area of Mexico City": where the first town lies
_WHERE_IT_LIES = re.compile(r",?\s+(?:in|near)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?"
                            r"|\s*,\s*|"
                            r"\s+(?:area|district|quarter|suburb|"
                            r"neighbou?rhood|part|borough|outskirts)\s+of\s+(?:the\s+)?")
_AT_EDGE = re.compile(r"\b(?:edge|outskirts|outside)\b")  # "Clapham, then a village on the edge of London"
QUARTER_NAMESAKE_MAX = 10_000  # a village of a quarter's name far from the city named after it is no rival
QUARTER_CITY_MIN = 50_000  # a city large enough to have quarters of their own names
QUARTER_FAR_KM = 100
# a feature's common noun after a name: "the Hexi corridor", "the Wudang mountains" (not "valley" or "plain", where a
# town often names its own: "the Kathmandu valley")
_FEATURE_AFTER = re.compile(r"\s+(corridor|mountains|hills|range|desert|steppe|lake|river|gorges?|marshes|forest|"
                            r"estuary|glacier)\b")
_AREA_WORD_AFTER = re.compile(r"\s+(?i:province|prefecture|county|district|region|state|oblast|governorate|shire)\b")
QUARTER_KM = 30  # a village "on the edge of" a town lies within this of it; a namesake farther is another place
NEAR_TOWN_KM = 200  # a namesake farther than this from the town the text says it is near is another place
_BEARING = re.compile(r"\d|\b(?:miles|kilometres|kilometers|km|leagues|versts|north|south|east|west)\b")
SEAT_KM = 60  # "Herborn in Nassau", "Lysaker, near Oslo": within this of the town named first
