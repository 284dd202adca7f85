"""Who a sentence is about, and what happened to them at a place.

Subject tracking is deliberately simple and general: a sentence is about the
subject when it names them (any part of the name given by the user), or when
it continues with a pronoun shortly after a sentence that did. Event typing
maps the verbs of a biography onto the itinerary's ``kind`` list; a place
counts only when a locative preposition ties it to the sentence's event.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from places.dates.words import ENGLISH_ABBREVIATIONS, ENGLISH_MONTHS

# a number or article right before a stretch of time ("a summer", "two years"): fixed-width look-behinds
_STRETCH_BEFORE = "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in ("a", "one", "the", "two", "three", "four", "five",
                                                              "six", "few", "some", "several")) + ")"
# Order matters only for ties at the same distance: earlier entries win.
# towns sacked or raided ("sacking Qurayyat and Muscat"): an event word and a town held, both
_SACKED = r"sacks|sacked|sacking|raids|raided|raiding"
EVENT_CUES: tuple[tuple[str, str], ...] = (
    # "b. 8 Dec. 1626, Stockholm; d. 19 Apr. 1689, Rome": a dictionary's abbreviations, before a date only
    # (never a compound: "the Dutch-born general manager", "her first-born son")
    ("birth", r"(?<![-‐])born|birthplace|birth|came\s+into\s+the\s+world|(?<!\()b\.(?=\s+(?:c\.\s*|ca\.\s*)?\d)"),
    # not "buried"; not "the Dies Committee" (a name)
    ("death", r"died|dies(?!\s+(?-i:[A-Z]))|murdered|assassinated|killed|"
              r"(?<!\()d\.(?=\s+(?:c\.\s*|ca\.\s*)?\d|\s+(?:there|at|in)\b)"),
    ("exile", r"exiled|banished|exile|banishment|asylum|accepted"),
    ("deportation", r"deported|expelled|expulsion|deportation"),
    ("internment", r"interned|internment|detained|detention camp|intercepted"),
    ("escape", r"escaped|escapes|escape|fled|flees|flee|fleeing"),
    ("prison", r"imprisoned|jailed|arrested|prison|prisoner|gaol|jail|incarcerated|arrest|cell|fortress|trial|"
               # "beat him ... and shut him up in Samarkand for months"
               r"shut\s+(?:him|her|them|me|us)\s+up|shut\s+up(?=\s+in\b)|"
               r"(?:held|kept|chained)(?=\s+(?:in\s+(?:chains|irons|prison|custody|captivity|a\s+cell)|prisoner|"
               r"captive|hostage)\b)|in\s+chains|"
               # "he was held first at Vidin, then at Shumen", "they were kept for a time at Tanggangzi" (a person
               # held: never "a Commission of Inquiry was held in Coyoacán")
               r"(?:(?<=\bhe\swas\s)|(?<=\bshe\swas\s)|(?<=\bI\swas\s)|(?<=\bthey\swere\s)|(?<=\bwe\swere\s)|"
               r"(?<=\band\swas\s)|(?<=\band\swere\s))"
               r"(?:held|kept)(?=\s+(?:\w+\s+){0,3}?(?:at|in)\s+(?-i:[A-Z]))|"
               r"(?<=was\s)tried|(?<=were\s)tried|tried(?=\s+(?:for|by|before|in\s+absentia)\b)|"
               r"sentenced|convicted|taken\s+prisoner|captured|taken\s+captive|penitentiary|"
               # "he was placed under restriction at Lodwar", "under house arrest at"
               r"under\s+(?:restriction|house\s+arrest|guard|detention)|"
               r"served\s+(?:her|his|a|the)\s+(?:\w+\s+)?(?:term|sentence)|"
               # "under a loose confinement at Santa María de Fe", "confined to the fortress at Ham"
               r"confinement|confined"),
    ("education", r"studied|studies|school|schooling|educated|university|gymnasium|student|enrolled|enrolls|enrols|"
                  # "won a scholarship to the Colegio de San Juan de Letran in Manila, where he earned his degree"
                  r"scholarship|degree|doctorate|diploma|licentiate|"
                  r"pupil|apprenticed|"
                  r"matriculated|matriculates|matriculating|educ\.|"
                  r"graduated|graduates"),
    ("emigration", r"emigrated|emigrates|emigration|emigr[eé]"),
    ("government", r"negotiations|delegation|peace talks|commissar|treaty talks|crowned|abdicated|appointed|"
                   r"appointments?|postings?|"
                   # "served as military attaché in Santiago de Chile"
                   r"governor|served|serves|serving|attach[ée]|"
                   # "installed as Prince of Transylvania at Marosvásárhely", "held courts of justice at Jedburgh",
                   # "presented them to Emperor Ferdinand II in Prague", "demoted to a minor post in Huazhou"
                   r"installed|enthroned|inaugurated|sworn\s+in|held\s+(?:court|courts|a\s+council|audience)|"
                   # "Raffles governed from Batavia and from the country palace at Buitenzorg"
                   r"governed|governs|governing|"
                   r"presented|demoted|promoted|"
                   # "was named director of a provincial museum in the city of Corrientes", "was made rector of the
                   # college at Macerata": an office given, held where its house is
                   r"(?:named|made|became|becomes)(?=\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:director|rector|head|"
                   r"professor|governor|bishop|abbot|prior|consul|minister|secretary|superintendent|inspector|"
                   r"principal|president|chief|commander|curator|librarian|chaplain|physician|surgeon|ambassador|"
                   r"envoy|prefect|judge|magistrate|intendant|administrator|lecturer|provincial|visitor|vicar)\b)"),
    ("military", r"armou?red train|commanded|commands|defen[cs]e of|red army|fought|enlisted|stationed|garrisoned|"
                 r"won\s+the\s+(?:\w+\s+)?battle|battle\s+of|siege\s+of|"
                 r"defends|defended|fortifies|fortified|besieges|besieged|"
                 # "sacking Qurayyat and Muscat", "raided Cádiz"
                 rf"{_SACKED}|stormed|storming|"
                 # "defeats the Austrians at Piski", "is wounded in the last battle at Temesvár", "shut up in Danzig
                 # with the garrison throughout the siege"
                 r"defeats|defeated|beaten|routed|wounded|victory|battles?|siege|garrison|bombardment|assault|"
                 r"led(?!\s+(?:him|her|them|us|me|to|up|by)\b)"),  # "led a legion to Milan", not "led him to"
    ("residence", r"lived|settled|moved|moving|residence|resided|stayed|home|house|villa|returned|reside|living|spent|"
                  r"back in|back at|back on|convalesced|recuperated|hiding|hid|refuge|stay|stays|move|remained|remain|"
                  # "fell so gravely ill at Jedburgh", "in the hospital at Cherdyn", "where she rested a week",
                  # "admitted in June 1974 to Hospital 305": illness and rest keep one at a place
                  r"ill|illness|sick|sickness|fever|hospital|hospitali[sz]ed|admitted|rested|resting|"
                  r"retired|"
                  # "established himself in 1821 at the abandoned mission of Santa Ana"
                  r"(?:established|establishes|installed|installs)\s+(?:himself|herself|themselves)|"
                  # "allowed to live in Bordeaux", "went to live at Lausanne"
                  r"live(?=\s+(?:\w+\s+){0,2}?(?:in|at)\s+(?-i:[A-Z]))|"
                  # "in June 1527 he stood beside his master at Sanlúcar": present there
                  r"(?:stood|waited|waiting)(?=\s+(?:[\w,]+\s+){0,5}?(?:at|in)\s+(?-i:[A-Z]))|"
                  r"(?:was|were|is|are)(?:\s+(?:still|already|then|now|again|back|living|once\s+more))?\s+(?:in|at)|"
                  r"lives|settles|settle|settling|moves|returns|posted|"
                  r"resides|remains|retires|rented|rents|spends|stayed on|lodging|residing|staying|"
                  r"based|headquartered|sojourn|sojourned|dug|excavated|excavating|"
                  # "lying in a fever at Ternate", "lay ill for a month at Latakia"
                  r"(?:lay|lying)(?=\s+(?:[\w-]+\s+){0,4}?(?:at|in)\s+(?-i:[A-Z]))|"
                  # "waiting months at Naha for repairs", "waited at Tiflis for a pass": a stay of its own
                  r"(?:waited|waiting|waits)(?=\s+(?:\w+\s+){0,2}(?:at|in)\s+(?-i:[A-Z]))|"
                  # "two years in Valencia", "after a winter at Davos" (the short stretches are travel's)
                  rf"{_STRETCH_BEFORE}(?:years?|months?|winters?)(?=\s+(?:in|at)\s+(?-i:[A-Z]))"),
    ("travel", r"arrived|travell?ed|went|visited|accompanied|accompanies|accompanying|accompany|"
               # "They were escorted to Nagasaki and delivered to the Dutch post on Dejima", "sailed out of Texel"
               r"escorted|delivered|handed\s+over|out\s+of|"
               # "late in 1051 they stumbled into Basra", "ventured into the streets of Canton", "completed his fourth
               # pilgrimage", "Lecture tour in western and southern India: Bombay, Nagpur and Madras"
               r"stumbled|ventured|pilgrimage|reunited|rejoined|(?:lecture|speaking|concert|inspection|study|state)\s+tours?|"
               # an athlete's or a guest's presence: "ran and won at Athens, at Osaka", "hurt himself at a race at
               # Zarautz", "a guest of honour at the Olympic Games in Munich"
               r"race|raced|races|racing|competed|competes|competing|marathon|(?:ran|won)(?=\s+(?:and\s+\w+\s+)?"
               r"(?:at|in)\b)|guests?\s+of\s+honou?r|"
               r"followed(?=\s+(?:(?:him|her|them|his|their)\b|(?-i:[A-Z])))|"
               r"sailed|reached|"
               r"followed(?=\s+(?:the\s+)?[a-z]+\s+to\s+[A-Z])|"  # "he followed the disease to Mérida"
               r"journeys?|left for|set off|voyages?|trips?|excursions?|crossed|stops(?=\s+(?:at|in|to)\b)|"
               # "then climbs Huangshan", "climbed Mount Tai in 1609"
               r"(?:climbs|climbed|climbing|ascends|ascended)(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
               # "He ran from his creditors, first to Paris, then to Vienna", "ran away to sea at Hull"
               r"(?:ran|runs)(?=\s+(?:off|away|from|to|back|home)\b)|"
               # "A notarial act places him at Padua on 27 August 1306", "1306 finds him in Padua"
               r"(?:places|placed|puts|finds|found|shows|showed)(?=\s+(?:him|her|them)\s+(?:\w+\s+){0,2}?(?:at|in)\s+"
               r"(?-i:[A-Z]))|"
               # "put the five-year-old queen ashore at Roscoff", "came ashore at Falmouth"
               r"ashore(?=\s+(?:at|in)\s+(?-i:[A-Z]))|"
               # "Alexander II received him at Chuguev": one is where one is received
               r"(?:received|receives)(?=\s+(?:him|her|them|me|us)\s+(?:\w+\s+){0,2}?(?:at|in)\s+(?-i:[A-Z]))|"
               # "at the port of Trinidad, Cabeza de Vaca was ashore buying supplies"; "The army halts at Otrar"
               r"(?:was|were|is|are)\s+ashore|halts|halt(?=\s+(?:at|in)\b)|"
               # "stopping on the way at Brussels", "stopped for a week in Cairo"
               r"stopp(?:ed|ing)(?=\s+(?:[\w-]+\s+){0,4}?(?:at|in)\s+(?-i:[A-Z]))|"
               r"(?<=road\s)(?:ran|led)|(?<=route\s)(?:ran|led)|(?<=way\s)(?:ran|led)|"
               r"(?:was|were)\s+present|flown|(?:came|went|got|goes|comes|set)\s+ashore|"
               r"came to|came\s+back|comes\s+back|coming\s+back|come\s+back|"
               # "came down to Kathmandu", "they turned south to Constantinople", "descended through the Terai"
               r"(?:came|comes|went|goes)\s+(?:down|up|over|across)\s+(?=to\b|into\b)|"
               # "Fieldwork in Samoa the same year", "research on Mangaia": a scholar's time in the field
               r"field\s?work|field\s+trips?|(?:research|researched|researching)(?=\s+(?:in|at|on)\s+(?-i:[A-Z]))|"
               r"(?:turned|turns|turning)\s+(?:north|south|east|west|back|inland|homeward)\w*|"
               r"(?:descended|descends|descending)(?=\s+(?:to|into|through|by|the\s+\w+\s+to)\b)|"
               r"got\s+back|gets\s+back|"
               r"taken to|sent|boarded|landed|bring|brought|passing through|way back|made his way|transferred|"
               r"made her way|met|visiting|visit|slipped|paused|(?<!\()left(?!\))|journeyed|headed|hurried|toured|"
               r"touring|reach|entered|entering|leave|leaving|cruised|cruises|cruising|carried|carries|conveyed|took(?!\s+place)|takes(?!\s+place)|taking(?!\s+place)|(?:was|were)\s+received|rowed|rode|drove|flew|marched|walked|steamed|shipped|sailing|cruise|"
               r"rides|riding|ridden|drives|driving|marches|marching|walks|walking|flying|steams|steaming|"
               r"called at|put in at|arrives|travels|goes|visits|sails|reaches|leaves|crosses|lands|tours|meets|enters|"
               r"dragged|hauled|smuggled|drifted|put\s+into|puts\s+into|entry\s+into|entrance\s+into|"
               r"anchored|anchors|anchoring|"
               # a performer's presence: "Debut at the Paris Opéra", "Opens in Sydney", "sang at Covent Garden"
               r"d[ée]but|d[ée]buts|performed|performs|performing|danced|dances|dancing|sang|sings|"
               r"(?:opens|opened)(?=\s+(?:in|at)\s+(?-i:[A-Z]))|"
               r"journeys|flies|embarked|embarks|boards|slips|wandered|wanders|passed|passes|proceeded|proceeds|"
               r"went\s+on|goes\s+on|set\s+out|sets\s+out|set\s+sail|sets\s+sail|disembarked|docked|stopped|"
               r"halted|camped|lodged|wintered|married|marries|returned|comes\s+to|stays|spent|moved\s+on|"
               # "The wedding took place in London" (not "her sister's wedding")
               r"(?<!['’]s\s)wedding(?=\s+(?:ceremony\s+)?(?:took|takes)\s+place)|"
               # base forms and participles ("did go back to Freiberg", "was summoned to Paris")
               r"go|going|gone|come|coming|(?<![’']s\s)(?:return|travel)|returning|arrive|arriving|travell?ing|sail|"
               r"summoned|recalled|invited\s+to|called\s+(?:back\s+)?to|"
               # ("he is diverted to Kaifeng to help close the breach", "redirected to Lyon")
               r"(?:diverted|redirected|rerouted|posted|transferred|moved|removed)\s+to|"
               # "In February 1912 Cai Yuanpei called him to Nanjing", "invited her to Rome"
               r"(?:called|invited)\s+(?:him|her|them|me|us)\s+(?:back\s+)?to(?=\s+(?:the\s+)?(?-i:[A-Z]))|ordered\s+to|retreated|retreating|"
               r"retreats|withdrew|withdrawing|withdraws|reaching|stopover|(?<=a\s)stop|climbed|ascended|climbs|arr\.|"
               r"ascends|first\s+saw|first\s+seen|"
               # "After a summer in Paris, ...", "a few weeks at Capri": a stretch of time at a place is a stay there
               rf"{_STRETCH_BEFORE}(?:summers?|springs?|autumns?|seasons?|weeks?|days?)(?=\s+(?:in|at)\s+(?-i:[A-Z]))|"
               r"(?:(?<=was\s)|(?<=were\s))taken(?!\s+(?:prisoner|captive|ill|place|part|over|up|by))"),
    ("political_work", r"organi[sz]ed|organi[sz]ing|worked|joined|congress|conference|editor|edited|editing|"
                       r"newspaper|chairman|elected|spoke|speech|soviet|attended|writing|wrote|written|write|"
                       r"attends|attending|attend|organizes|organises|works|joins|edits|presides|presided|speaks|"
                       r"founds|taught|"
                       # "gave a concert in Munich", "performed at the Salle Pleyel"
                       r"concerts?|recitals?|performed|performs|performing|"
                       # "a teaching post in Kōchi", "a professorship at Kazan"
                       r"teaching|teach|professorship|lectureship|"
                       r"teaches|lectured|lectures|negotiated|negotiates|"
                       # "he gathered more than a hundred organisations at Purwokerto"
                       r"(?:gathered|gathers|convened|convenes|assembled|assembles)(?=\s+(?:[\w-]+\s+){0,6}?(?:at|in)\s+"
                       r"(?-i:[A-Z]))|"
                       # "1513 – Vice-director of the Court of the Imperial Stud at Chuzhou": an entry opening with
                       # the office held
                       r"(?:(?<=–\s)|(?<=—\s)|(?<=:\s))(?:vice-|deputy\s+|chief\s+|assistant\s+|acting\s+)?"
                       r"(?:director|examiner|inspector|commissioner|magistrate|prefect|consul|ambassador|envoy|rector|"
                       r"abbot|professor|lecturer|secretary|minister|superintendent|intendant|chaplain)\b"),
)
_CUE = re.compile("|".join(rf"(?P<{kind}>\b(?:{pat})(?:\b|(?<=\.)))" for kind, pat in EVENT_CUES), re.IGNORECASE)
# "defends Warsaw", "Fortifies Ticonderoga": a town held is a place one is at ("defended the Soviet Union" is
# politics: ``is_locative`` takes these words before a town only)
HELD = r"defends|defended|defending|fortifies|fortified|fortifying|besieges|besieged|garrisons|garrisoned|" \
        r"captures|captured|capturing|storms|stormed|storming|takes|took|taking|besieging|garrisoning|" \
        rf"{_SACKED}|occupies|occupied|occupying|seizes|seized|seizing"
# ("takes Nagyszeben": a town taken is where the subject was)
_HELD_BEFORE = re.compile(rf"\b(?:{HELD})\s+(?:the\s+)?(?:\w+\s+){{0,1}}$", re.IGNORECASE)
_LOCATIVE = re.compile(r"\b(?:in|to|at|from|into|near|for|via|on|towards?|reached|reach|then|outside|attended|round|"
                       r"attends|attending|"
                       rf"{HELD}|"
                       r"through|back to|left|visited|visiting|toured|touring|entered|entering|around|across|"
                       r"reaches|visits|climbs|climbed|climbing|ascends|ascended|"
                       r"leaves|leave|leaving|enters|tours|by\s+way\s+of|as\s+far\s+as|throughout|reaching|"
                       # (one word between: "in little Freiberg", "near present-day Eshowe")
                       r"inside|off|arr\.|first\s+saw|first\s+seen)\s+(?:the\s+)?(?:(?:\w+|(?-i:[a-z]+-[a-z]+))\s+)?$",
                       re.IGNORECASE)
_LOCATIVE_OF = re.compile(r"\b(?:island|city|village|town|port|region|province|capital|area|university|univ\.|"
                          r"missions?|quarter|suburb|neighbou?rhood|spa|resort|"
                          # "a week at the leper settlement of Kalawao", "came into the harbour of Mingzhou"
                          r"settlement|colony|station|camp|monastery|abbey|priory|convent|temple|harbou?r|oasis|"
                          r"(?-i:bay)|"  # "anchored in the bay of Santa Lucia" (never the "Bay of Biscay")
                          r"universities|"
                          r"academy|college|conservatory|lyceum|lyc[ée]e|seminary|madrasah?|gymnasium|school|polytechnic|"
                          r"institute|congress|conference|council|synod|diet|fortifications|fortress|fort|citadel|mountain|volcano|summit)\s+of\s+"
                          # "sails to Crete for the final siege of Kandiye", "present at the capture of Hanya": the
                          # subject at a siege or a capture is at its town (not "after the siege of Paris")
                          r"|\b(?:at|for|in|to|during)\s+the\s+(?:\w+\s+)?(?:siege|capture|storming|sack|relief)\s+of\s+"
                          # "Commands the third siege of Kandahar": the commander at the siege
                          r"|\b(?:commands?|commanded|leads?|led|directs?|directed|conducts?|conducted)\s+the\s+"
                          r"(?:\w+\s+)?(?:siege|capture|storming|sack|relief|defen[cs]e)\s+of\s+"
                          # "was made archpriest of Yurievets", "appointed governor of Tobolsk": an office held there
                          # (not "the fleet of the new governor of India": another's office)
                          r"|\b(?:was|were|became|becomes|made|appointed|named|elected|consecrated|installed|as|"
                          r"served\s+as)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:priest|archpriest|bishop|archbishop|abbot|"
                          r"rector|pastor|vicar|curate|governor|mayor|prefect|viceroy)\s+of\s+"
                          # "at the Battle of Bailén", "during the siege of Oran": a battle one was at
                          r"|\b(?:at|(?:action|served|fought|wounded|fighting|service)\s+(?:\w+\s+){0,2}during)"
                          r"\s+the\s+(?:\w+\s+)?(?:siege|battle|storming|surrender|fall|capture)\s+of\s+$"
                          # "Carries letters to the Safavid governor of Tabriz", "Visits the Kurdish khan of Bitlis"
                          r"|\b(?:to|visits?|visited|visiting)\s+the\s+(?:[\w-]+\s+){0,3}(?:governor|khan|sultan|king|"
                          r"queen|emperor|shah|court|pasha|bey|emir|prince|duke|bishop|pope|tsar|viceroy)\s+of\s+$"
                          r"|\b(?:(?:took\s+part|served|fought|was\s+present|present)\s+(?:in|at)|won|lost|fought|"
                          r"commanded|led|directed)\s+the\s+(?:\w+\s+)?"
                          r"(?:defen[cs]e|siege|capture|capitulation|surrender|battle|storming|relief|bombardment|assault|"
                          r"attack|fall|taking)\s+of\s+(?:the\s+)?"
                          r"(?:the\s+)?$|\bby\s+way\s+of\s+$"
                          # "on the plains of Kansas", "on the shores of Lake Geneva", "in the hills of Judea"
                          r"|\b(?:in|on|at|to|along|near|outside|across|into)\s+the\s+(?:\w+\s+)?(?:plains|hills|"
                          r"mountains|shores?|banks?|coast|valley|streets|outskirts|suburbs|gates|walls|foothills|"
                          r"highlands|steppes?|deserts?|forests?|jungles?|interior)\s+of\s+$"
                          # a dictionary's "b. 8 Dec. (O.S.) 1626, Stockholm", an infobox's "Born 12 March 1821, Dole"
                          r"|\b(?:b|d|born|died)[.:]?\s+(?:c\.\s*|ca\.\s*)?(?:\d{1,2}\s+)?(?:[A-Z][a-z]{2,}\.?\s+)?"
                          r"(?:\d{1,2},?\s+)?(?:\([^)]{1,8}\)\s+)?\d{3,4},\s+$"
                          r"|\b(?:accepted|admitted|received)\s+by\s+$"
                          # "He was reporting the Spanish revolution from Madrid", "wrote home from Tiflis"
                          r"|\b(?:report(?:ed|ing|s)?|cabled|wrote|writing|writes|telegraphed)\s+(?:[\w-]+\s+){0,4}?"
                          r"from\s+$"
                          # "travelling by Tiflis to Erivan": "by" a town on the way
                          r"|\b(?:travell?ing|travell?ed|travels|went|going|came|coming|passing|passed|returning|"
                          r"returned)\s+by\s+(?:way\s+of\s+)?$", re.IGNORECASE)
_GATHERING_AFTER = re.compile(r"\s+(?:session|congress|conference|summit|assembly|exhibition|festival|games|"
                              r"olympics)\b", re.IGNORECASE)
_ATTENDED_BEFORE = re.compile(r"\b(?:attended|attends|attending|addressed|addresses|opened|at|to)(?:,\s*[\w-]+,)?\s+"
                              r"the\s+$", re.IGNORECASE)
_HOST_AFTER = re.compile(r"\s+(?:accepted|admitted|received|granted)\s+(?:him|her)\b", re.IGNORECASE)
_WAR_SPENT = re.compile(r"\b(?:rest|end|remainder|duration|course|years|months)\s+of\s+the\s+(?:\w+\s+)?"
                        r"(?:war|revolution|occupation|siege|emergency)\s+(?:in|at)\s+$", re.IGNORECASE)
# Words before a town that put the subject there though a word in them would say otherwise ("news in", "between",
# "court at" read as someone else's or as no locative):
_THERE_AFTER_ALL = re.compile(
    # "she received the news in Wiesbaden, where she was on a lecture tour"
    r"\b(?:received|receives|heard|hears|got|gets|learned|learns|learnt)\s+(?:the\s+|this\s+|that\s+)?(?:\w+\s+)?"
    r"news\s+(?:in|at)\s+(?:the\s+)?$"
    # "The next years were spent between London and Edinburgh": both are stays
    r"|\b(?:spent|spends|spending|divided|dividing|divides|alternated|alternating|shuttled|shuttling|lived|living|"
    r"lives)\s+(?:(?:his|her|their|the|its)\s+)?(?:\w+\s+){0,2}?between\s+(?:the\s+)?$"
    # "lives near the court at Phú Xuân", "lived with the court in Lahore": a ruler's court reached, joined or lived
    # by (not a court of law that sits "in" a town, nor one written to)
    r"|\b(?:at|near|with|joined|attended|visited|entered|reached|reaches|joins|visits|enters)\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?(?:royal\s+|imperial\s+)?court\s+(?:at|in)\s+(?:the\s+)?$", re.IGNORECASE)
_NOT_LOCATIVE = re.compile(r"\b(?:of|by|with|than|against|like|about|between)\s+(?:the\s+)?$"
                           # "the campaigns in which Russia defeated her enemies": the place is the clause's subject
                           r"|\b(?:in|at|to|from|during|after)\s+(?:which|whom|whose)\s+$"
                           r"|\b(?:pressure|orders?|instructions?|demands?|requests?|news|letters?|word|help|support|"
                           r"money|aid|telegrams?|events|developments|fighting|uprising|revolution|situation|court|"
                           r"revolt|rising|rebellion|insurrection|massacre|famine|riots?|coup|rule|disaster|"
                           r"catastrophe|defeat|crisis|war|"
                           r"courts|government|authorities|police|ministry|tribunal|publishers?|company|firm|bank|commission|"
                           r"committee|inquiry|hearings?|friends|comrades|colleagues|admirers|relatives|supporters|"
                           # "wrote an account for a ruler in Fez": the ruler is there
                           r"ruler|patron)\s+"
                           r"(?:from|in|of|at)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?$"
                           # "kept up a correspondence with naturalists in Chile", "wrote to friends in Paris": the
                           # people written to are there
                           r"|\b(?:correspondence|corresponded|corresponding|correspondents?|letters?|wrote|writes|"
                           r"writing)\s+(?:\w+\s+){0,3}?(?:with|to)\s+(?:[\w’'-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?$",
                           re.IGNORECASE)  # "pressure from Paris", "a court in", "rule in northern India"
_QUOTE_OPEN = "“\""
_NOT_REACHED = re.compile(r"\b(?:en\s+route|on\s+(?:the|his|her)\s+way|bound|heading|destined)\s+(?:to|for)\s+"
                          r"(?:\w+\s+){0,2}$"
                          # "made his way towards Morocco": a direction
                          r"|\btowards?\s+(?:the\s+)?$",
                          re.IGNORECASE)
_ADMIN_AFTER = re.compile(r"^\s*(?:guberniya|gubernia|governorate|province|oblast|region|district|raion|uyezd)\b",
                          re.IGNORECASE)
_STREET_BEFORE = re.compile(r"\b(?:avenida|calle|rue|avenue|via|ulitsa|plaza|boulevard|boulevard)\s+$", re.IGNORECASE)
_STREET_AFTER = re.compile(r"^\s+(?:street|avenue|road|square|station|boulevard|gate|gates|bridge|embankment|quay|"
                           r"canal|highway|prospect|park|gardens|terrace|crescent|lane|place)\b"  # ("in Holland Park")
                           # "buried in the Smolensk cemetery" (in Petersburg), "the Kazan Cathedral", "the Norra
                           # begravningsplatsen cemetery": a word of its own name may come between
                           r"|^(?:\s+[\w-]+)?\s+(?:cemetery|church|cathedral|monastery|convent|abbey|chapel)\b",
                           re.IGNORECASE)  # "outside the Serpukhov gate" (in Moscow)
_KIN = (r"(?:sons?|daughters?|wife|husband|father|mother|parents|brothers?|sisters?|friends?|children|family|"
        r"child|baby|infant|"  # ("where his only child, Alexandra, was born")
        r"grandson|granddaughter|grandfather|grandmother|grandparents|uncle|aunt|cousins?|nephew|niece|fiancée?|"
        r"supporters?|comrades?|followers?|secretary|guards?|bodyguards?|"
        # ("His widow returned to Hungary and died at Szepesszombat in 1825")
        r"widow|widower|step(?:son|daughter|father|mother|children)s?|heirs?|servants?|companions?|pupils?|"
        r"disciples?|colleagues?|partner|lover|mistress|"
        # ("His Buryat tutor and debating partner, Agvan Dorzhiev, travels to St Petersburg on his behalf")
        r"tutors?|attendants?|guardians?|envoys?|chaplains?|aides?)")
# "his brother", "my father", "Anna's husband": a relative or companion, whose movements are not the subject's
# (memoirs say "my").
OTHER_AGENT = re.compile(rf"\b(?:his|her|my|our|their|[A-Z]\w+['’]+s)\s+(?:\w+\s+){{0,2}}(?:half-|great-)?{_KIN}\b"
                         rf"|\b(?:a|an|one)\s+(?:\w+\s+){{0,1}}(?:sons?|daughters?|brothers?|sisters?|cousins?|"
                         # "a third son, Åsmund, died in 1917"
                         r"uncle|aunt|nephew|niece|grandsons?|granddaughters?|grandchild)\b"
                         r"|\bthe\s+(?:old\s+|young\s+|elder\s+)?(?:father|mother|grandfather|grandmother|uncle|aunt|"
                         r"husband|wife)\b", re.IGNORECASE)  # "The grandfather, far away in Ruse, took the news"
# The subject acted upon by a verb ("sent him", "took her to"), not named after a preposition ("kept from her")
_ACTS_ON = re.compile(r"(?<!\bfrom)(?<!\bwith)(?<!\bof)(?<!\bfor)(?<!\babout)(?<!\bwithout)\s+"
                      r"(?:him|her(?=\s*(?:[,.;]|$|(?:to|in|at|into|back|away|home|off|out|up|down|along|and|as|on|"
                      r"a|an|the)\b)))\b", re.IGNORECASE)
_KIN_AFTER = re.compile(rf"\s+(?:\w+\s+){{0,2}}{_KIN}\b", re.IGNORECASE)
# "sent him to Odessa", "took her to Paris": the subject as an object ("her husband" is a possessive)
_TAKES_LIST = re.compile(r"(?:took|takes|taking|brought|brings|bringing|sent|sends|sending)\b", re.IGNORECASE)
# the words after an object "her" ("took her to", "sent her away"), never a noun ("her mother"): a possessive
_AFTER_OBJECT_HER = (r"to|in|at|with|for|from|into|back|away|home|off|out|up|down|along|and|as|on|over|across|through|"
                     r"a|an|the")
_OBJECT_AFTER = re.compile(rf"\s+(?:him|her(?=\s*(?:[,.;]|$|(?:{_AFTER_OBJECT_HER})\b)))\b", re.IGNORECASE)
# "with his wife", "he and his wife": the subject goes along; ", and my brother left" is a new clause.
# "she left her husband", "he accompanied his father": a subject's pronoun, its verb, then the relative as object
# (not what was said or known of the relative: "he heard his father had gone to Paris")
_LISTED_KIN = re.compile(r",?\s+(?:and|or)\s+(?:then\s+|also\s+|later\s+)?", re.IGNORECASE)
_ACTOR_BEFORE_OBJECT = re.compile(r"\b(?:[Hh]e|[Ss]he|I|[Ww]e)\s+(?:\w+ly\s+)?(?!(?:said|says|wrote|writes|told|tells|"
                                  r"thought|knew|knows|learned|learnt|heard|hears|believed|feared|hoped|wished|wanted|was|"
                                  # ("She bore him a son": an indirect object before the relative)
                                  r"were|is|had|has)\b)[a-z]+\s+(?:(?:him|her|them|me|us)\s+)?$"
                                  # a chronology entry's own verb: "1840 – Leaves her husband and sails from Calcutta"
                                  r"|(?:^|[–—:;]\s*)[A-Z][a-z]+s\s+$"
                                  # the subject's purpose: "crossed the Pyrenees to choose a granddaughter as bride"
                                  r"|\bto\s+(?!be\b|have\b)[a-z]{3,}\s+$")
# "was married there to my mother, and left in 1888": a relative after a preposition acts in nothing
_PREPOSITION_BEFORE = re.compile(r"\b(?:to|for|from|at|of|about|towards?|near|beside|like|as|to\s+be\s+with|"
                                 r"to\s+(?:see|visit|meet|join|fetch|nurse|bury|marry|help|console|comfort))\s+$",
                                 re.IGNORECASE)
_WHO_FOLLOWS = re.compile(r"\s*,?\s*(?:who|whom)\b")  # "separated from his wife, who took their daughter to"
_ACCOMPANIED = re.compile(r"\b(?:with|by|accompanied\s+by)\s+$|(?:\b(?:he|she|I|we)|\b[A-Z]\w+)\s+and\s+$")
_AND_SUBJECT_AFTER = re.compile(r"(?:\s*,\s*[A-Z][\w’'-]+,)?\s+and\s+(?:he|she|I|we)\b")
# In a sentence about the subject's family: "she drilled her eldest son ...; by the autumn they were settled".
_FAMILY_TAKES_OVER = re.compile(r"[,;]\s*(?:\w+\s+){0,3}?(?:they|the\s+(?:whole\s+)?(?:family|household))\b")
# ("His parents separated before he was born, and the child was taken to León": the child is the subject)
# "Their first child, Sigmund, was", "Jacob's eldest son, Ivan, had": a child of others, named, right before the
# verb (never "a grandson, ..." or "his son, ...": the subject's own kin)
_NAMED_CHILD = re.compile(r"\b(?i:their|the|(?-i:[A-Z])[\w’'-]+['’]s)\s+(?:[\w-]+\s+){0,2}"
                          r"(?i:child|son|daughter|baby|infant|boy|girl)\s*,\s*"
                          r"([A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+)*)\s*,\s*"
                          r"(?:(?:was|had|has|is|then|later)\s+){0,2}$")


def child_named_as_subject(head: str, subject: re.Pattern[str]) -> bool:
    """``head`` (the text before a verb) ends with a child of others named by the subject's name alone ("Their
    first child, Sigmund, was" in a life of Sigmund Freud): the subject, though "child" is a kin word. Never
    "Trotsky's son, Leon Sedov, died" (a given name of the subject's, another's surname)."""
    m = _NAMED_CHILD.search(head, max(0, len(head) - 120))
    return m is not None and all(subject.fullmatch(word) for word in m.group(1).split())


_SUBJECT_TAKES_OVER = re.compile(r"[,;]\s*(?:\w+\s+){0,5}?(?:he|she|I|we|the\s+(?:child|boy|girl|infant|baby))\b")
CUE_REACH_BEFORE = 80
STRONG_REACH_BEFORE = 150
CUE_REACH_AFTER = 50
STRONG_KINDS = {"birth", "death", "exile", "deportation", "internment", "escape", "prison"}
STRONG_LIFE = ("birth", "death")


# The verb that opens a chronology entry ("Enters Charleston", "Defends Warsaw", "Returned to Paris"): a
# capitalised word of a verb's shape, never a given name ("Charles", "James" end otherwise).
# "Mother takes him north to", "his uncle brought her to": another person moves the subject along
_TAKES_ALONG = re.compile(r"\b(?:takes|took|taking|brings|brought|bringing|carries|carried|sends|sent|leads|led|"
                          r"accompanies|accompanied|escorts|escorted|fetches|fetched)\s+$", re.IGNORECASE)
ENTRY_VERB_FORM = re.compile(r"[A-Z][a-z]{2,}(?:ed|ers|ends|ies|ches|ves|ts|ds)|Reaches|Leaves|Visits|Enters|"
                             r"Crosses|Passes|Returns|Sails|Lands|Takes|Joins|Meets|Commands|Fortifies|Goes|Comes|"
                             # ("1657 – Follows Melek Ahmed, now governor of Silistre, to his seat")
                             r"Follows|Settles|Stays|Flees|Escapes|Works|Performs|Travels|Tours|Sets|Becomes|Makes|"
                             r"Gives|Sends|Remains|Wins|Buys|Rejoins|Resumes|Begins|Falls|Hears|Learns|Receives")


@dataclass(frozen=True)
class Cue:
    kind: str
    start: int
    end: int
    word: str = ""  # the event word itself ("died", "house")


def event_cues(text: str) -> list[Cue]:
    """Event words in ``text`` with the kind each suggests.

    >>> [c.kind for c in event_cues("He was arrested and exiled to Siberia.")]
    ['prison', 'exile']
    """
    return [Cue(m.lastgroup, m.start(), m.end(), m.group()) for m in _CUE.finditer(text)]


def cues_here(text: str) -> bool:
    return _CUE.search(text) is not None


# "He won the battle of Junín, but the war in Peru was ended by Sucre at Ayacucho": an event word does not
# reach into the next clause. (A bare ";" often elides the verb: "was in X in 1904; in Y in 1905".)
_NEW_CLAUSE = re.compile(r"[,;]\s+(?:but|while|whereas)\b")
# "at Milton on South Uist, where she had been born, and later at Dunvegan": a relative clause's event word is the
# place before it; it does not govern the places after the clause
CLAUSE_CLOSED = re.compile(r",\s+(?:and|then|but|or)\b")
WHERE_CLAUSE_OPEN = re.compile(r",\s+(?:where|in\s+which)\s+[^,;.]{0,40}$")


_DWELLING_NOUNS = {"house", "home", "villa", "residence"}
# "to be educated", "to study", "for treatment": a purpose; "..., where he had business, and they stayed" is not
_PURPOSE_BEFORE = re.compile(r"\b(?:to|for|in\s+order\s+to)\s+(?:be\s+|get\s+|\w+\s+)?$", re.IGNORECASE)
_AVOIDED = re.compile(r"\b(?:avoid|avoiding|evade|evading|escape|escaping|fear|fearing|threat\s+of|threatened\s+with|"
                      r"risk\s+of|risking)\s+(?:\w+\s+)?$", re.IGNORECASE)
_CLAUSE_GAP = re.compile(r"[;:]|,\s+(?:and|but|while|where|when)\b|\.\s")


CHAIN_REACH_BEFORE = 200
_CHAINED_DESTINATION = re.compile(r"(?:,|\band)\s+(?:then\s+|thence\s+|finally\s+)?(?:on\s+)?(?:in\s+turn\s+)?to\s+"
                                  # (a place, or a house named at it: never "to look for copies in India")
                                  r"(?:the\s+(?:[\w'’-]+\s+){0,3}?(?:at|of|in)\s+(?:the\s+)?)?$", re.IGNORECASE)


def kind_for(cues: list[Cue], pos: int, text: str | None = None) -> Cue | None:
    """The cue that governs a mention at ``pos``: the nearest one before it, else just after it."""
    # "made a journey by ox-wagon into the interior, over the mountains by Sir Lowry's Pass, to the mission at
    # Genadendal, and on to Swellendam": a destination of a journey told before, however long the way to it
    # ("Tours Manchuria and Korea at the invitation of the railway's president: Dalian, the battlefields at
    # Lüshun, Mukden and Harbin, then Seoul": the journey's places listed after a colon)
    if text is not None and _CLEFT_BEFORE.search(text, max(0, pos - 30), pos):
        that = _CLEFT_THAT.match(text, pos)  # "It was in Norwich, on 12 June 1802, that she was born"
        told = [c for c in cues if that is not None and that.end() <= c.start <= that.end() + 40]
        if told:
            return min(told, key=lambda c: c.start)
    chained = text is not None and _CHAINED_DESTINATION.search(text, max(0, pos - 60), pos) is not None
    before = [c for c in cues if c.end <= pos and pos - c.end <= (
        STRONG_REACH_BEFORE if c.kind in ("birth", "death") else
        CHAIN_REACH_BEFORE if c.kind == "travel" and (chained or (
            text is not None and ":" in text[c.end:pos] and ";" not in text[c.end:pos])) else CUE_REACH_BEFORE)
        and (text is None or not _NEW_CLAUSE.search(text, c.end, pos))]
    # "at Milton, where she had been born, and later at Dunvegan": a relative clause closed before the place by
    # ", and" is the place before it (where no other event word is left, it still says what kind of stay)
    own = [c for c in before if not (text is not None and CLAUSE_CLOSED.search(text, c.end, pos)
                                     and WHERE_CLAUSE_OPEN.search(text, 0, c.start))]
    before = own or [c for c in before if c.kind not in ("birth", "death")]  # (a birth there is never here)
    # an event word after the place governs it only within its clause ("sank off the Hyères islands; I was never
    # able to go to the place": the going is another clause's)
    after = [c for c in cues if c.start >= pos and c.start - pos <= CUE_REACH_AFTER and ";" not in text[pos:c.start]] \
        if text is not None else [c for c in cues if c.start >= pos and c.start - pos <= CUE_REACH_AFTER]
    if before:
        chosen = max(before, key=lambda c: c.end)
        if chosen.word.lower() in _DWELLING_NOUNS and text is not None:
            # "born in our parents' house in Cherepovets": the house says where, the birth what happened
            life = [c for c in before if c.kind in ("birth", "death") and not _CLAUSE_GAP.search(text, c.end, pos)]
            if life:
                return max(life, key=lambda c: c.end)
        # "sent him to Odessa to be educated": the purpose says more than the movement ("to avoid arrest" is
        # what the journey escaped, not a purpose).
        purpose = [c for c in after if c.kind not in ("travel", "political_work")
                   and not (text is not None and _AVOIDED.search(text, max(0, c.start - 30), c.start))
                   and (text is None or _PURPOSE_BEFORE.search(text, max(0, c.start - 30), c.start))]
        return purpose[0] if chosen.kind == "travel" and purpose else chosen
    return min(after, key=lambda c: c.start) if after else None


# "a restorer from Zurich", "an old friend from Vilna": whoever is described comes from there.
_ORIGIN = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}[\w-]+\s+from\s+(?:the\s+)?$"
                     r"|\b(?:representatives|delegates|delegations?|envoys|emissaries|diplomats|ambassadors|"
                     r"ministers|officials|agents|troops|soldiers|sailors|visitors|refugees|immigrants|emigrants|"
                     r"workers|students|comrades|friends|people|men|women|guests|pilgrims|merchants|traders)\s+"
                     r"(?:\w+\s+)?from\s+(?:the\s+)?(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:\s*,\s*|\s+and\s+|\s+or\s+))*$",
                     re.IGNORECASE)  # "negotiating with representatives from Germany and Austria"
_KIN_ORIGIN = re.compile(rf"\b{_KIN}\b(?:(?!\b(?:he|she|I|we|and)\b)[^.;:,]){{0,40}}?"
                         r"\b(?:came|come|coming|hailed|was|were|had\s+come)?\s*from\s+(?:the\s+)?$", re.IGNORECASE)
# "The family's ancestral home is Wu county in Suzhou", "his forebears came from Fife": where the family was from
_ANCESTRAL = re.compile(r"\b(?:ancestral\s+(?:home|seat|village|town|county|land|place)|ancestors|forebears|"
                        r"forefathers)\s+(?:is|was|were|lay|came|had\s+come)\b[^.;:]{0,40}$"
                        # ("The family had roots, it was said, in Hedong")
                        r"|\b(?:had|has|have)\s+(?:(?:its|their|his|her|deep)\s+)?roots\b[^.;:]{0,40}$"
                        r"|\b(?:roots|origins)\s+(?:lay|lie|were|are)\b[^.;:]{0,40}$"
                        # ("His clan claims descent from Qu Xia, a son of King Wu": an ancestor, no place)
                        r"|\b(?:descent|descended|descends)\s+from\s+(?:the\s+)?$", re.IGNORECASE)
# "the insurrection broke out in Warsaw": the place is where something happened, not where the subject was.
# "He left his property divided between his two families, one in Japan and one in England": a bequest
_BEQUEST = re.compile(r"\bleft\s+(?:his|her|their|all\s+his|all\s+her)\s+(?:\w+\s+)?(?:property|estate|fortune|money|"
                      r"library|books|papers|possessions|goods|belongings|lands?|house|houses|wealth)\b[^.;]*$",
                      re.IGNORECASE)
_HAPPENED_THERE = re.compile(r"(?<!wedding\s)(?<!marriage\s)(?<!ceremony\s)"  # (the subject's wedding: the caller's)
                             r"\b(?:broke\s+out|breaks\s+out|took\s+place|takes\s+place|erupted|erupts|occurred|"
                             r"occurs|happened|happens|raged|rages|(?:was|were|is|are)\s+fought)"
                             r"\s+(?:\w+\s+)?(?:in|at|near|around)\s+(?:the\s+)?$"
                             # "During the famine of 1896–1897 in the Central Provinces she sent workers": the
                             # place of a disaster, named as the time, not a stay
                             r"|\b(?:famine|epidemic|plague|earthquake|flood|floods|drought|cholera)\s+"
                             r"(?:of\s+[\d–-]+\s+)?(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# "the garrison at Wuchang mutinied", "; in April the Diet at Debrecen declares ...": a body at a place opens a
# clause and acts there (``_ACTS_AFTER`` the place), nobody is said to have gone
_BODY_AT_BEFORE = re.compile(r"(?:^|[,;:–—]\s*|\b(?:and|while|when|whereas|after|before|until|as)\s+)"
                             r"(?:(?:many|some|most|several|all|one|two|three|four|five)\s+of\s+)?"  # ("Many of the
                             # regiments in the Crimea had served in Jamaica")
                             r"(?:the|a|an)\s+(?!(?:\w+\s+)?(?:stay|visit|spell|time|while|winter|summer|year|month|"
                             r"week|few)\b)(?:[\w-]+\s+){0,2}(?:at|in)\s+$", re.IGNORECASE)
# "hoping to cross into the Kingdom", "meant to spend their summers there": a plan, not a visit.
_PLANNED = re.compile(r"\b(?:hoped|hoping|hopes|planned|planning|plans|intended|intending|intends|meant|meaning|wanted|"
                      r"agreed|agreeing|offered|promised|promising|promises|declined|refused|vowed|vowing|swore|pledged|"
                      r"wanting|wished|wishing|longed|dreamed|dreamt|proposed|expected|tried|trying|sought|"
                      # ("He had hoped, like many pilgrims of his day, to pray at Jerusalem": an aside between)
                      r"was\s+to|were\s+to|would\s+have|would\s+(?:like|love|have\s+liked))(?:\s*,[^,;.]{1,50},)?\s+"
                      r"(?:\w+\s+){0,1}to\s+"
                      r"(?:[\w'’]+\s+){0,12}$"
                      # "dreamed of going on to Germany", "others urged him to go to Japan": not that he went
                      r"|\b(?:asked|asks|asking)\s+(?:leave|permission)\s+to\s+(?:[\w'’]+\s+){0,12}$"
                      # "she announced that she would make the pilgrimage to Mecca": an intention told, not the journey
                      r"|\b(?:announced|announces|declared|declares|resolved|decided)\s+(?:that\s+)?(?:he|she|they|I|we)"
                      r"\s+would\s+(?:[\w'’]+\s+){0,8}$"
                      # "he proposed that he go in person as envoy to Korea": a proposal, not the journey
                      r"|\b(?:proposed|proposes|suggested|suggests|offered|offers|asked)\s+that\s+(?:he|she|they|I|we)\s+"
                      r"(?:should\s+)?(?:go|travel|sail|be\s+sent|visit)\b(?:[^.;]{0,60}?)\b(?:to|in|at)\s+(?:the\s+)?$"
                      # "Okakura urges her to visit Japan; she never goes": someone else's wish for her
                      r"|\b(?:urges?|urged|urging|begs?|begged|begging|press|presses|pressed|pressing)\s+(?:him|her|them|me|us)"
                      r"(?:\s*,[^,;.]{1,40},)?\s+"  # ("press him, without success, to return to Java")
                      r"to\s+(?:visit|go|come|travel|return|sail|move|settle|join)\s+(?:[\w'’]+\s+){0,6}$"
                      # "sought British backing for a return to Madagascar": what he sought, not where he went
                      r"|\b(?:backing|support|funds|money|permission|leave|help|aid)\s+for\s+(?:a|an|his|her|their|the)\s+"
                      r"(?:\w+\s+)?(?:return|journey|voyage|expedition|passage|trip|mission)\s+to\s+(?:[\w'’]+\s+){0,4}$"
                      # "waiting for a plane that was to carry him to Japan": a journey that did not happen (yet)
                      r"|\b(?:was|were)\s+to\s+(?:carry|take|bring|fly|ship|send|convey)\s+(?:him|her|them|me|us)\s+"
                      r"(?:\w+\s+){0,2}?(?:to|for)\s+(?:the\s+)?$"
                      # "He asked, as his condition, to be taken to Alexandria or Acre": a request, not a journey
                      r"|\basked\b[^.;]{0,40}?\bto\s+be\s+(?:taken|sent|allowed\s+to\s+go)\s+(?:[\w'’]+\s+){0,8}$"
                      # "His first plan, to return to Europe overland": a plan named as one
                      r"|\b(?:plan|plans|intention|hope|wish|dream|scheme)\s*,?\s+(?:was\s+)?to\s+(?:[\w'’]+\s+){0,10}$"
                      # "she was planning a journey to the Gold Coast": a journey planned, not made
                      r"|\b(?:planned|planning|plans|proposed|proposing|contemplated|contemplating|considered|"
                      r"considering)\s+(?:a|an|the|his|her|their)\s+(?:\w+\s+)?(?:journey|voyage|visit|trip|tour|"
                      # ("1930s – Plans a third journey, to Mongolia and Amdo")
                      r"return|move|expedition|mission),?\s+(?:[\w'’]+\s+){0,6}$"
                      # "he talked of a voyage home by way of Ceylon and Suez": talk of a journey, not the journey
                      r"|\b(?:talked|talks|talking|spoke|speaks|thought|dreamed|dreamt|dreams)(?:,[^,;.]{0,50},)?\s+of\s+"
                      r"(?:[\w'’]+\s+){0,10}$"
                      # "was offered the presidency of Harvard College in New England": an offer, not a journey
                      r"|\b(?:was|were|been|being)\s+offered\s+(?:[\w'’]+\s+){0,10}$"
                      # "Later claims a journey through Germany to Dunkirk": the subject's own unproven claim
                      r"|\bclaim(?:s|ed)\s+(?:a|an|to\s+have)\s+(?:[\w'’]+\s+){0,8}$"
                      # "the expedition to resettle the Black Poor in Sierra Leone", "set out to find a passage to
                      # India": the aim of an undertaking, not a place reached
                      r"|\b(?:expedition|mission|scheme|project|attempt|effort|set\s+out|sets\s+out)\s+to\s+"
                      r"(?!(?:the|a|an|his|her|their)\b)[a-z]+\s+"
                      r"(?:[\w'’]+\s+){0,8}$"
                      r"|\b(?:dreamed|dreamt|thought|talked|spoke)\s+of\s+\w+ing\s+(?:[\w'’]+\s+){0,4}$"
                      r"|\b(?:urged|begged|advised|pressed|implored|encouraged)\s+(?:\w+\s+){0,1}to\s+(?!stay|remain)"
                      r"(?:[\w'’]+\s+){1,8}$",  # (not "begged him to stay in Moscow": he was there)
                      re.IGNORECASE)
_TRIED_THERE = re.compile(r"\b(?:tried|trying|sought)\s+to\s+(?!(?:go|get|reach|return|cross|enter|travel|sail|"
                          r"come|move|escape|flee|leave|settle|visit)\b)[a-z]+\b[^,;]*\b(?:in|at)\s+(?:the\s+)?$",
                          re.IGNORECASE)
# "refused to sign and was banished to Kazakhstan": the plan ends where a clause of its own begins
# (and "promised to set him up as a printer and sent him to London": a deed told in the past after the plan)
_PLAN_ENDS = re.compile(r"\b(?:and|but)\s+(?:was|were|had|has|he|she|they|I|then|sent|took|brought|went|came|"
                        r"[a-z]{3,}ed)\b", re.IGNORECASE)
# "There was talk for a while of our going back to Europe", "the idea of settling in Italy": a gerund after a
# word for a plan or a wish.
_PLANNED_OF = re.compile(r"\b(?:talk|thoughts?|idea|plans?|hopes?|question|prospect|dreams?|possibility|"
                         # "Fu Jian's plan that Kumarajiva should come to Chang'an came to nothing"; "A request to
                         # visit England ... was refused"
                         r"intention)\s+(?:that|for)\s+[^.;]{0,60}?\b(?:should|would|was\s+to|might)\s+(?:\w+\s+){0,3}?"
                         r"(?:to|in|at)\s+(?:the\s+)?$"
                         r"|\brequests?\s+(?:\w+\s+){0,2}?to\s+(?:visit|go|travel|return|sail)\s+(?:to\s+)?$"
                         r"|\b(?:talk|thoughts?|idea|plans?|hopes?|question|prospect|dreams?|possibility|"
                         r"intention)\s+(?:\w+\s+){0,3}?of\s+(?:(?:\w+\s+){0,2}?\w+ing\s+(?:\w+\s+){0,3}|"
                         # "her hope of a post in Russia came to nothing"
                         r"(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:in|at)\s+(?:the\s+)?)$",
                         re.IGNORECASE)
# "read of the lockout at the steel works in Homestead": news of a place; "learned of her death from a newspaper
# in a café at Rochefort" says where the news reached him.
_HEARD_OF = re.compile(r"\b(?:read|heard|learned|learnt|news)\s+(?:of|about)\b(?:(?!\bfrom\b)[^.;:])*$",
                       re.IGNORECASE)
# "News of the Partition reaches him in Paris": where the news found the subject is where the subject was.
_NEWS_REACHED = re.compile(r"\b(?:reach\w*|found|finds|caught|catches)\s+(?:him|her|me|us)\s+(?:in|at)\s+$",
                           re.IGNORECASE)
# "his heart was taken back to Warsaw", "His remains were brought to Caracas": a body or a thing moved
_BODY = r"heart|body|remains|ashes|corpse|coffin|bones"
_REMAINS_MOVED = re.compile(rf"\b(?:{_BODY}|papers|archives?|library|"
                            r"collection|books|manuscripts?|case)\s+(?:was|were|is|are)\s+(?:\w+\s+){0,3}$",
                            re.IGNORECASE)
_REPRESENTS = re.compile(r"\b(?:consul|consuls|ambassador|envoy|minister|representative|delegate|agent)\s+"
                         r"(?:general\s+)?(?:of|for|from)\s+(?:the\s+)?(?:[A-Z][\w’'-]+,?\s+(?:and\s+)?){0,4}$")
# "Trotsky's house in Coyoacán was preserved ... and is now a museum", "His grave at Highgate is visited": a
# house or a grave kept after the life, not a stay
_MEMORIAL_BEFORE = re.compile(r"^\W*(?:(?:[A-ZÀ-Ž][\w’'-]*\s+){0,3}[A-ZÀ-Ž][\w’'-]*['’]s\s+|(?:his|her|their)\s+)"
                              r"(?:\w+\s+){0,2}(?:house|home|grave|"
                              r"tomb|study|room|apartment|villa|birthplace|flat)\s+(?:\w+\s+){0,2}(?:in|at|on)\s+"
                              r"(?:the\s+)?$", re.IGNORECASE)
_MEMORIAL_AFTER = re.compile(r"[^.;]*?\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:preserved|restored|"
                             r"demolished|converted|turned\s+into|kept|maintained|now|opened|visited|marked)\b",
                             re.IGNORECASE)
# "His remains are moved to a new mausoleum in the Santa Ifigenia cemetery in Santiago de Cuba": the body, however
# far the clause runs
_BODY_MOVED = re.compile(rf"\b(?:{_BODY})\s+(?:was|were|is|are)\s+[^;.]{{0,140}}$", re.IGNORECASE)
# "travelled through Syria and Palestine", "crossed across Central Asia": a whole area passed through (measured:
# "by way of" and "via" name areas the golds count as stops as often as not, so they stay)
_TRANSIT = re.compile(r"\b(?:through|across)\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+(?:and|or)\s+)?$",
                      re.IGNORECASE)
# "The voyage took them along the coast of Sardinia and past Crete": places seen from the deck
_PASSED_BY = re.compile(r"\b(?:along\s+the\s+(?:\w+\s+)?coasts?\s+of|off\s+the\s+(?:\w+\s+)?coasts?\s+of|"
                        # "Passes Guam in the Ladrones without anchoring", "passed Peshawar without halting"
                        r"(?-i:[Pp])ass(?:es|ed|ing)|"
                        r"(?<!\bin\s)(?<!\bthe\s)past|skirting|skirted|skirts|"
                        # "passed close to Borabora ... without landing"
                        r"(?:passed|sailed|came)\s+(?:close|near)(?:\s+to)?|"
                        # "sailed round Cape Horn", "rounded the Cape of Good Hope" (not "went round Shikoku", a
                        # survey of the island's coast)
                        r"(?:sail(?:ed|s|ing)?|steam(?:ed|s|ing)?)\s+(?:a)?round|round(?:ed|s|ing)|"
                        # "sailed with him past Zante and round the Peloponnese to Athens"
                        r"past\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+and\s+(?:a)?round)\s+(?:the\s+)?$",
                        re.IGNORECASE)
# "by way of Cartagena and the Azores touches at Lisbon", "Passes through Lima to the coast": the way, not a stay
_ON_THE_WAY = re.compile(r"\b(?:by\s+way\s+of|via|passing\s+through|pass(?:ed|es)?\s+through|"
                         r"touch(?:ed|es|ing)\s+at|call(?:ed|s|ing)\s+(?:briefly\s+)?at)\s+(?:the\s+)?"
                         # ("touched at Cape Horn and at Rio de Janeiro on the way")
                         # ("The fleet called at Pola, at Corfu, at Modon and at Candia")
                         r"(?:(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)*(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:at\s+)?"
                         r"(?:the\s+)?)*$", re.IGNORECASE)
# "born in Venice in 1364, the year King Charles the Fifth was crowned at Reims": a year named by another's event
_YEAR_OF_OTHERS = re.compile(r"\bthe\s+(?:same\s+|very\s+)?year\s+(?:that\s+|when\s+|in\s+which\s+)?"
                             r"((?:the\s+)?(?-i:[A-Z])[\w’'-]+(?:\s+(?:the\s+|of\s+)?(?-i:[A-Z])[\w’'-]+){0,4})\s+"
                             r"(?:was|were|had|[a-z]{3,}ed)\b[^.;,]*$", re.IGNORECASE)
# "enlisted as a cadet in the Ryazan infantry regiment": a unit named for a town
_UNIT_NAMED_AFTER = re.compile(r"\s+(?:(?:infantry|cavalry|rifle|grenadier|dragoon|hussar|artillery|guards?|"
                               r"musketeer|fusilier)\s+)?(?:regiment|battalion|brigade|division|corps|squadron)\b",
                               re.IGNORECASE)
# "went overland through Lar and Shiraz, Isfahan, Kashan and Qom to Tabriz", "came home through Urga", "by train and
# truck through Xi'an to Lanzhou": a route's towns (not a region toured: "travels through the North Island")
_WENT_THROUGH = re.compile(r"\b(?:(?:went|goes|came|comes|returned|returns|travell?ed|travels|journeyed|rode|marched|"
                           r"walked)\s+(?:\w+\s+)?|by\s+(?:train|rail|truck|lorry|car|bus|boat|ship|steamer|mule|"
                           r"horse|camel|road|sea|land)(?:\s+and\s+\w+)?\s+)through\s+"
                           r"(?:(?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)*(?:\s*,\s*|\s+and\s+))*$", re.IGNORECASE)
# "Hides at the village of Huazhou while the God Worshippers gather at Jintian": a group named in a clause of its own
_WHILE_OTHERS = re.compile(r"\b(?:while|whereas)\s+((?:the\s+)?(?:[A-Z][\w’'-]+\s+){1,3})[a-z]{3,}\b"
                           r"[^.;,]{0,40}?\b(?:at|in|to|into)\s+(?:the\s+)?$")
_WITHOUT_SUBJECT_BEFORE = re.compile(r"\bwithout\s+(?:him|her|me|us)\b", re.IGNORECASE)
# (a list of places may come between: "he goes to Dhaka and Shillong and to Bodh Gaya and Varanasi without her")
_WITHOUT_SUBJECT = re.compile(r"(?:[^.;]{0,30}?|(?:\s*(?:,|and|or)\s+(?:to\s+|at\s+|in\s+)?[A-Z][\w’'-]+"
                              r"(?:\s+[A-Z][\w’'-]+)?)+\s+)\bwithout\s+(?:him|her|me|us)\b", re.IGNORECASE)
# "Sends an embassy led by the brothers Ansa to London", "dispatched envoys to Lisbon": others go, the sender stays
_ENVOYS_SENT = re.compile(r"\b(?:sends?|sent|dispatch(?:es|ed)?|despatch(?:es|ed)?)\s+"
                          r"(?:an?\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?(?:embassy|envoys?|delegation|deputation|"
                          r"messengers?|emissar(?:y|ies)|ambassadors?|representatives?|troops|army|fleet|expedition)\b"
                          # (not past a clause of a person's own: "planned to send army men into Korea, and in
                          # August 1945 he had flown to Xi'an")
                          r"(?:(?!\b(?:he|she|I|we)\b)[^.;]){0,100}?\bto\s+(?:the\s+)?$", re.IGNORECASE)
_THING_MOVED = re.compile(r"\b(?:which|that)\s+(?:was|were|had\s+been|is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\s+"
                          r"(?:\w+\s+)?$"
                          # "dealt in rice and firewood shipped down the Tone River to Edo": goods go there (never
                          # "was shipped to": the subject, passive)
                          r"|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)\b(?:shipped|exported|floated|"
                          r"carted|freighted)\s+(?:[\w'’-]+\s+){0,5}?(?:to|for)\s+(?:the\s+)?$", re.IGNORECASE)
# "Zhaojun wrote to the Han court asking to come home", "sent a memorial to Beijing": a letter went there
_WROTE_TO = re.compile(r"\b(?:wrote|writes|writing|write|telegraphed|cabled|petitioned|appealed)\s+"
                       r"(?:again\s+|twice\s+|home\s+)?to\s+(?:the\s+)?$|\b(?:sent|sends|sending|addressed|addresses)\s+(?:a|an|his|her|"
                       r"their|several|many)?\s*(?:letters?|memorials?|petitions?|appeals?|messages?|word|telegrams?)\s+"
                       r"to\s+(?:the\s+)?$", re.IGNORECASE)
_WORK_APPEARED = re.compile(r"\b(?:published|printed|issued|performed|staged|translated|exhibited|premiered)\s+"
                            r"(?:\w+\s+)?$", re.IGNORECASE)  # "his memoirs had been published in Paris"
# "a house modelled on Callenberg Castle near Coburg": what a thing was made after, not where anyone was
# "Scholars travel to him from Fez, Meknes and Salé", "letters reach him from Djenné and from Gao": others or things
# come from there to the subject (the names listed after the first share it)
_COME_TO_SUBJECT_FROM = re.compile(r"\b(?:travel(?:led|s)?|came|come|comes|journeyed|flocked|wrote|writes|write|"
                                   r"reach(?:ed|es)?)\s+(?:to\s+)?(?:him|her|them)\s+from\s+"
                                   r"(?:(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*(?:\s*,\s*|\s+and\s+(?:from\s+)?|"
                                   r",\s+and\s+(?:from\s+)?))*$")
# "a novel set largely in France and Flanders", "Oroonoko, published, set in Surinam": where a work takes place
_WORK_SET_IN = re.compile(r"\b(?:novel|play|story|stories|poem|book|opera|film|tale|romance|comedy|tragedy|"
                          r"published)\b[^.;]{0,40}?\bset\s+(?:\w+ly\s+)?(?:in|at)\s+"
                          r"(?:(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*(?:\s*,\s*|\s+and\s+(?:in\s+)?))*$")
_MODELLED_ON = re.compile(r"\b(?:modell?ed|patterned|based|copied)\s+(?:on|upon|after|from)\s+"
                          r"(?:[^,;.]{0,40}?\b(?:in|at|near|of)\s+)?(?:the\s+)?$", re.IGNORECASE)
_TOPIC_BEFORE = re.compile(r"\b(?:book|books|novel|novels|account|study|essay|essays|poem|poems|article|articles|"
                           r"lecture|lectures|film|history|story|stories|treatise|pamphlet|thesis|play)\s+"
                           r"(?:on|about|of)\s+(?:[\w'’-]+\s+){0,6}(?<!\bin\s)(?<!\bat\s)$"
                           # "speaking in halls all over the city about the shooting at Amritsar": an event there
                           r"|\babout\s+the\s+(?:\w+\s+)?(?:shooting|shootings|massacre|killings?|riots?|siege|fall|"
                           r"uprising|rising|famine|fire|battle|war|revolt|strike|trial|murder|events)\s+(?:at|in|of)\s+$",
                           re.IGNORECASE)
# (not "gave his lecture on Pan-Asianism in Kobe": "in" or "at" says where the work was given)
# "the Duchy of Warsaw created at Tilsit", "the Treaty signed at Brest-Litovsk": a thing made there by others
_MADE_THERE = re.compile(r"\b[A-Z][\w’'-]+,?\s+(?:created|signed|concluded|established|proclaimed|founded)\s+"
                         r"(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w’'-]+\s+(?:and|or)\s+)?$")  # "concluded at X and"

# ("Not long afterwards Pascal sent him to Guernsey" is no negation)
_NEGATED = re.compile(r"\b(?:not(?!\s+(?:long|only|until|till|yet)\b)|never|nor|no\s+longer|refused|refuses|denied|"
                      r"barred|forbidden|banned|prevented|unable|"
                      r"declined|declines|declining|rejects|rejected|rejecting)\b", re.IGNORECASE)
_SETTLEMENT_OF = re.compile(r"\b(?:city|town|village|port|capital)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_WHOSE = re.compile(r"\bof\s+$")
_REACHED_AFTER = re.compile(r",?\s+which\s+(?:he|she|they|we|I)\s+(?:\w+\s+)?(?:reached|entered|made)\b", re.IGNORECASE)
_NEVER_AFTER = re.compile(r",?\s+(?:which|(?:a|an|the)\s+(?:\w+\s+)?(?:city|town|place|country|land|island|port)"
                          r"(?:\s+(?:that|which))?)\s+(?:he|she|they|I|we)\s+(?:had\s+)?(?:never|did\s+not|could\s+not|"
                          r"was\s+never\s+to|were\s+never\s+to)\s+(?:\w+\s+)?(?:reach|reached|see|seen|saw|visit|"
                          r"visited|enter|entered|set\s+foot\s+in)\b"
                          # "called briefly at St Helena, where he did not go ashore", "by way of Leghorn and Malta, at
                          # neither of which he went ashore": the ship was there, the subject never landed
                          r"|,?\s+where\s+(?:he|she|they|I|we)\s+(?:did\s+not|never|could\s+not)\s+(?:go\s+ashore|land|"
                          r"set\s+foot|disembark)\b"
                          r"|,?\s+at\s+(?:neither|none)\s+of\s+which\s+(?:he|she|they|I|we)\s+(?:went|got|came)\s+ashore\b"
                          # "sailed for New York under another name, but the authorities would not let her land"
                          r"|[^.;]{0,60}?,?\s+but\s+(?:the\s+)?[\w\s]{0,40}?(?:would\s+not|did\s+not|refused\s+to)\s+let\s+"
                          r"(?:him|her|them|me|us)\s+(?:land|ashore|in|enter|disembark)\b"
                          r"|[^.;]{0,60}?,?\s+but\s+(?:he|she|they|I|we)\s+(?:was|were)\s+(?:refused|denied)\s+"
                          r"(?:entry|permission\s+to\s+land|leave\s+to\s+land)\b"
                          # "was named consul in Naples, but the government refused to accept a woman, and she
                          # never took up the post": an office given and never held
                          r"|[^.;]{0,120}?\b(?:he|she|they|I|we)\s+(?:never|did\s+not|could\s+not)\s+"
                          r"(?:take\s+up|took\s+up|assume|assumed|occupy|occupied|fill|filled|hold|held)\s+"
                          r"(?:the|his|her|that|this)\s+(?:\w+\s+)?(?:post|office|appointment|position|chair|see|"
                          r"command|living|benefice)\b"
                          # "The Sydney ... calls at Aden without Annie landing": the ship was there, not she
                          r"|[^.;,]{0,30}?\s+without\s+(?:\w+\s+){0,2}?(?:landing|going\s+ashore|disembarking|"
                          r"setting\s+foot)\b"
                          # "from San Francisco to New York without stopping" (not the end of a way told on: "Returns
                          # to London by way of France without stopping")
                          r"|(?:(?!\bby\s+way\s+of\b|\bvia\b)[^.;,]){0,30}?\s+without\s+(?:\w+\s+){0,2}?"
                          r"(?:stopping|halting|a\s+halt|pausing)\b"
                          # "He had been invited to Moscow afterwards, but he went home instead": an invitation refused
                          r"|[^.;]{0,60}?,?\s+but\s+(?:he|she|they|I|we)\s+(?:\w+\s+){1,5}?instead\b",
                          re.IGNORECASE)
# "by way of Leghorn and Malta, at neither of which he went ashore": the list's earlier members too
_NEITHER_AFTER = re.compile(r"(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*){1,4},?\s+at\s+"
                            r"(?:neither|none)"
                            r"\s+of\s+which\s+(?:he|she|they|I|we)\s+(?:went|got|came)\s+ashore\b"
                            # "from Djenné and from Gao, though he does not travel to either town"
                            r"|(?:(?:\s*,\s*|\s+and\s+)(?:from\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*){0,4},?\s+"
                            r"(?:though|but|although)\s+(?:he|she|they)\s+(?:does|did)\s+not\s+(?:\w+\s+){0,2}?"
                            r"(?:to\s+)?(?:either|any|both|them|it|there)\b"
                            # "by way of Tlemcen and Algiers - towns he passed through rather than visited"
                            r"|(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*){0,4}\s*[-–—,(]\s*"
                            r"(?:both\s+|all\s+)?(?:towns?|places?|cities|ports?|villages?)\s+(?:which\s+|that\s+)?"
                            r"(?:he|she|they|I|we)\s+(?:only\s+|merely\s+)?(?:passed|went|sailed|rode)\s+through\b",
                            re.IGNORECASE)
# "whose premiere at Dresden in 1935 he did not attend": the place of an event the subject stayed away from
_NOT_ATTENDED_AFTER = re.compile(r"[^.;,]{0,30}?\b(?:he|she|they|I|we)\s+(?:did\s+not|could\s+not|was\s+unable\s+to|"
                                 r"never)\s+(?:attend|see|witness)\b", re.IGNORECASE)
# (in the place's own clause: not "reached Cochin and relieved Goa, which had been besieged in his absence")
_IN_ABSENTIA = re.compile(r"(?:(?!\b(?:and|which|who|where|while|but)\b)[^.;]){0,120}?\bin\s+(?:absentia|"
                          r"(?:his|her|their)\s+absence)\b", re.IGNORECASE)
_SUPERLATIVE_SCOPE = re.compile(r"\b(?:first|only|last|youngest|oldest)\s+(?:(?!to\b)[\w-]+\s+){1,3}(?:in|of)\s+"
                                r"(?:the\s+)?(?:[a-z]+\s+)?$", re.IGNORECASE)
# "The boy who would become the first Japanese to live in the United States was born in Naka-no-hama": what the
# subject would do later, told ahead of its time, not where the sentence's event was
_TOLD_AHEAD = re.compile(r"\b(?:who|which|that)\s+(?:would|was\s+to|were\s+to)\s+(?!have\b)(?:later\s+)?"
                         r"(?:[\w'’-]+\s+){0,12}$", re.IGNORECASE)
# "A lunar crater and the K. N. Toosi University of Technology in Tehran bear his name": what is named for the
# subject is there, not the subject (in the same clause: "He died in Tehran, where a street bears his name" is kept)
_NAMED_FOR_AFTER = re.compile(r"[^.;,]{0,80}?\b(?:(?:bears?|bore|carry|carries|takes?|took)\s+(?:his|her|their)\s+"
                              r"name|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+|since\s+)?"
                              r"named\s+(?:after|for)\s+(?:him|her|them))\b", re.IGNORECASE)
# "A memorial house stands in his native village in Thái Bình", "a statue of her was unveiled in Riga": a monument
_MONUMENT_BEFORE = re.compile(r"\b(?:memorial|statue|monument|plaque|bust|mausoleum|shrine|obelisk|cenotaph)s?\b"
                              r"(?:\s+[\w-]+){0,3}?\s+(?:stands?|stood|now\s+stands|was\s+(?:erected|unveiled|raised|"
                              r"put\s+up|dedicated)|were\s+(?:erected|unveiled|raised|put\s+up|dedicated)|has\s+been\s+"
                              r"(?:erected|unveiled|raised))\s+(?:[\w-]+\s+){0,5}?(?:in|at|on)\s+(?:the\s+)?$",
                              re.IGNORECASE)
# "... high schools in Đà Nẵng and Quảng Trị, places he did not visit": a denial after the places it covers
_DENIED_AFTER = re.compile(r"[^.;]{0,80}?,\s*(?:a\s+|the\s+)?(?:places?|towns?|cities|city|countries|country|lands?|"
                           r"regions?)\s+(?:that\s+|which\s+)?(?:he|she|they|I|we)\s+(?:never|did\s+not|didn['’]t|"
                           r"had\s+never|has\s+never|would\s+never)\s+(?:visit|visited|see|saw|seen|been\s+to|go\s+to|"
                           r"went\s+to|set\s+foot\s+in)\b", re.IGNORECASE)
_NAMED_FOR_BEFORE = re.compile(r"\b(?:named\s+(?:after|for)\s+(?:him|her|them)|in\s+(?:his|her|their)\s+"
                               r"(?:honou?r|memory))\s+(?:\w+\s+){0,4}(?:in|at|on)\s+(?:the\s+)?$", re.IGNORECASE)
# "Accounts that he also studied in Baghdad at this period are not supported by contemporary evidence", "there is
# no evidence that he ever visited Rome": a claim the text doubts or denies
_DOUBTED_BEFORE = re.compile(r"\b(?:no|little|scant)\s+(?:firm\s+|contemporary\s+|reliable\s+)?"
                             r"(?:evidence|record|proof|trace)\s+(?:that|of)\b[^.;]*$", re.IGNORECASE)
# "May have sailed to Brazil and Newfoundland with Norman fishermen": a conjecture (a birth or death so told is
# still the text's best word on where)
_CONJECTURED = re.compile(r"\b(?:may|might)\s+(?:well\s+|also\s+|even\s+)?have\s+(?:[\w'’]+\s+){0,8}$",
                          re.IGNORECASE)
_CLAIM_THAT = re.compile(r"\b(?:accounts?|claims?|reports?|stories|story|legends?|traditions?|assertions?)\s+"
                         r"(?:\w+\s+){0,3}?that\b[^.;]*$", re.IGNORECASE)
_CLAIM_DOUBTED = re.compile(r"[^.;]*?\b(?:is|are|was|were|remains?|has\s+been|have\s+been)\s+(?:\w+\s+)?"
                            r"(?:not\s+supported|unsupported|doubtful|dubious|unfounded|apocryphal|legendary|"
                            r"discounted|rejected|dismissed|unlikely|false|without\s+foundation|not\s+borne\s+out|"
                            r"uncorroborated|unconfirmed|unproven|doubted|disputed)\b", re.IGNORECASE)
_OUTSIDE = re.compile(r"\boutside\s+(?:of\s+)?(?:the\s+)?$", re.IGNORECASE)
_FROM = re.compile(r"\b(?:from|left|leave|leaves|leaving|out\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


def not_a_visit(text: str, start: int, end: int, cue: Cue | None = None, area: bool = False,
                settlement: bool = True, family: bool = False, subject_kin: re.Pattern[str] | None = None,
                subject: re.Pattern[str] | None = None) -> str | None:
    """Why a mention at ``text[start:end]`` is no visit, or None.

    >>> not_a_visit("en route to exile in Obdorsk", 21, 28)
    'not reached'
    >>> not_a_visit("born in the Kherson guberniya", 12, 19)
    'administrative area'
    >>> not_a_visit("He was not allowed to visit Paris.", 27, 32)
    'negated ("not allowed to visit Paris")'
    """
    before, after = text[max(0, start - 60):start], text[end:end + 30]
    if _NOT_REACHED.search(before) and not _REACHED_AFTER.match(text, end):
        return "not reached"  # (but "towards Franz Josef Land, which they reached in August")
    if _WITHOUT_SUBJECT.match(text, end):
        return "without the subject (\"ended at Ayacucho that December, without him\")"
    if _ORIGIN.search(before) or _KIN_ORIGIN.search(before) or _COME_TO_SUBJECT_FROM.search(text, 0, start):
        return "where someone else comes from (\"a revolutionary from Vilnius\")"
    if _ANCESTRAL.search(before):
        return "the family's ancestral home (\"the ancestral home is Wu county in Suzhou\"), not where it lived"
    if _ENVOYS_SENT.search(text, max(0, start - 140), start):
        return "others sent there (\"sends an embassy to London\"), not the subject"
    if _THING_MOVED.search(before) or _WROTE_TO.search(before) or _WORK_APPEARED.search(before) \
            or _REMAINS_MOVED.search(before) or _MADE_THERE.search(before) \
            or _BODY_MOVED.search(text, max(0, start - 160), start):
        return "a thing went there (\"which was smuggled into Russia\")"
    if _REPRESENTS.search(before):
        return "the country an office represents (\"consul of Uruguay, Argentina and Paraguay in New York\")"
    if _BEQUEST.search(text, max(0, start - 160), start):
        return "what was left to others there (\"left his property to two families, one in Japan\")"
    if _TOPIC_BEFORE.search(before) or _MODELLED_ON.search(before) or _WORK_SET_IN.search(text, 0, start):
        return "what a work is about (\"her book on the journey to Lhasa\")"
    if _HAPPENED_THERE.search(before):
        return "an event happened there (\"the insurrection broke out in Warsaw\")"
    if _BODY_AT_BEFORE.search(before) and _ACTS_AFTER.match(text, end):
        return "a body there acted (\"the garrison at Wuchang mutinied\")"
    if _MEMORIAL_BEFORE.search(text, 0, start) and _MEMORIAL_AFTER.match(text, end):
        return "a memorial (\"his house in Coyoacán was preserved ... and is now a museum\")"
    if _MONUMENT_BEFORE.search(before):
        return "a monument to the subject (\"a memorial house stands in his native village\"), not a visit"
    if _DENIED_AFTER.match(text, end):
        return "negated after the list (\"in Đà Nẵng and Quảng Trị, places he did not visit\")"
    if _NAMED_FOR_AFTER.match(text, end) or _NAMED_FOR_BEFORE.search(before):
        return "named for the subject (\"a university in Tehran bears his name\"), not a visit"
    if _DOUBTED_BEFORE.search(text, max(0, start - 120), start) or (
            _CLAIM_THAT.search(text, max(0, start - 120), start) and _CLAIM_DOUBTED.match(text, end)):
        return "a claim the text doubts (\"accounts that he studied in Baghdad are not supported\")"
    if _TOLD_AHEAD.search(text, max(0, start - 90), start):
        return "told ahead of its time (\"the boy who would become the first Japanese to live in the United States\")"
    if _CONJECTURED.search(text, max(0, start - 90), start) and not (cue is not None and cue.kind in STRONG_LIFE):
        return "a conjecture (\"may have sailed to Brazil\"), not a visit the text asserts"
    planned = _PLANNED.search(before)
    if planned and _TRIED_THERE.search(planned.group()):
        planned = None  # "She tried to make a living as a photographer in Berlin": the attempt was made there
    if (planned and not _PLAN_ENDS.search(planned.group())) or _PLANNED_OF.search(text, max(0, start - 90), start):
        return PLAN_REASON
    if _HEARD_OF.search(text, max(0, start - 90), start) and not _NEWS_REACHED.search(text, max(0, start - 40), start):
        return "news of something that happened there (\"read of the lockout at Homestead\")"
    if _NEVER_AFTER.match(text, end) or _NOT_ATTENDED_AFTER.match(text, end) or _NEITHER_AFTER.match(text, end):
        return "never reached (\"to Canton, which he never reached\")"
    if _IN_ABSENTIA.match(text, end):
        return "in absentia (\"the University of Göttingen awarded her a doctorate in absentia\")"
    if _SUPERLATIVE_SCOPE.search(before) and re.match(r"\s+to\s+[a-z]", text[end:end + 8]):
        return "the scope of a first or a record (\"the first woman in Europe to earn a doctorate\")"
    clause = re.split(r"[,;:()]|\b(?:and|but|though|although|while|whereas)\b", text[:start])[-1]
    if _NEGATED.search(clause):
        return "negated (\"not allowed to visit Paris\")"
    if area and _SETTLEMENT_OF.search(before):
        return "a town somewhere in a country or region (\"a small town of Mexico\"), not the whole of it"
    if area and _FROM.search(before):
        return "left a whole country or region: says nothing of where he was"
    if area and _OUTSIDE.search(before):
        return "outside a whole country or region (\"her first journey outside India\"): not in it"
    year_of = _YEAR_OF_OTHERS.search(text, max(0, start - 100), start)
    if year_of is not None and not (subject is not None and subject.search(year_of.group(1))):
        return "another's event the year is named by (\"in 1364, the year King Charles was crowned at Reims\")"
    if _UNIT_NAMED_AFTER.match(text, end):
        return "a regiment or unit named for the town (\"the Ryazan infantry regiment\"), not where it served"
    group = _WHILE_OTHERS.search(text, max(0, start - 80), start)
    if group is not None and not (subject is not None and subject.search(group.group(1))):
        return "where others were meanwhile (\"while the God Worshippers gather at Jintian\"), not the subject"
    if _PASSED_BY.search(before):
        return "passed by (\"along the coast of Sardinia and past Crete\"), not a stop"
    if _ON_THE_WAY.search(text, max(0, start - 160), start) or (
            not area and _WENT_THROUGH.search(text, max(0, start - 160), start)):  # (a long list: "Lar, ... Qom and")
        return "on the way (\"by way of Cartagena\", \"passes through Lima\"), not a stop"
    if area and _TRANSIT.search(before):
        return "passed through a whole country or region (\"travelled through Syria\"): a transit, not a stay"
    if cue is not None and cue.start < start and _WITHOUT_SUBJECT_BEFORE.search(text, cue.end, start):
        return "without the subject (\"sailed off without him and was later seized in Sumatra\")"
    if settlement and _ADMIN_AFTER.search(after):
        return "administrative area"
    if _STREET_BEFORE.search(before) or _STREET_AFTER.search(after):
        return "street name"
    semi = text.rfind(";", 0, start)
    if cue is not None and semi != -1 and cue.start < semi:
        # "Settles in Vienna; her son becomes a priest in Prague": the relative opens a clause of their own
        opening = re.compile(r"\s*").match(text, semi + 1).end()
        kin = OTHER_AGENT.match(text, opening)
        if kin is not None and kin.end() <= start and not (subject_kin and subject_kin.match(text, kin.start())):
            return "someone else's event"
    if cue is not None and cue.start < start:
        # (a relative named before a ";" acts in the clause before: "Taken to Spain with his parents; the family
        # lives in Valencia")
        zone_start = max(0, cue.start - 80, text.rfind(";", 0, cue.start) + 1)
        subject_is_object = _OBJECT_AFTER.match(text, cue.end)  # "his father sent him to Odessa"
        object_kin_end = -1  # where the last relative taken as the subject's object ended
        for kin in OTHER_AGENT.finditer(text, zone_start, cue.start):
            if object_kin_end >= 0 and _LISTED_KIN.fullmatch(text, object_kin_end, kin.start()):
                object_kin_end = kin.end()
                continue  # "She bore him a son and then a daughter": the second is an object as the first
            if subject_kin is not None and subject_kin.match(text, kin.start()):
                continue  # "My brother died in London" told by his sister: the subject
            if subject is not None and child_named_as_subject(text[:cue.start], subject):
                continue  # "Their first child, Sigmund, was born in Freiberg" in a life of Sigmund Freud
            if text.startswith(("'", "’"), kin.end()) or _WHOSE.search(text, max(0, kin.start() - 4), kin.start()):
                # "born in our parents' house in Cherepovets": a possessive names a thing, not who acts ("a distant
                # relative of her late husband": named as whose relative, acting in nothing)
                continue
            if _SUBJECT_TAKES_OVER.search(text, kin.end(), cue.start) or (
                    family and _FAMILY_TAKES_OVER.search(text, kin.end(), cue.start)):
                continue  # "after her husband died in London, she moved to Paris": her own move
            if _AND_SUBJECT_AFTER.match(text, kin.end()):
                continue  # "My mother and he went on to Sydney": the subject goes too
            if (_ACTOR_BEFORE_OBJECT.search(text, max(0, kin.start() - 40), kin.start()) or _PREPOSITION_BEFORE.search(
                    text, max(0, kin.start() - 12), kin.start())) and not _WHO_FOLLOWS.match(text, kin.end()):
                object_kin_end = kin.end()
                continue  # "she left her husband and son in St Petersburg and went to Zurich": the relative is
                # the object of the subject's own verb
            acts_on_subject = subject_is_object or _OBJECT_AFTER.search(text, kin.end(), cue.start) or (
                # "our mother took Emilia, Fryderyk and me to Reinerz": the subject named among those taken
                subject is not None and _TAKES_LIST.match(text, cue.start)
                and subject.search(text, cue.end, start) is not None)
            if not acts_on_subject and not _ACCOMPANIED.search(text, max(0, kin.start() - 20), kin.start()):
                return FAMILY_MOVE if CHILDREN_ALONG.search(text, kin.end(), start) else "someone else's event"
    return None


# "London was his home for most of the next year": a place that is the subject's home is where the subject was.
_HOME_AFTER = re.compile(r"\s+(?:was|became|remained|had\s+become|was\s+to\s+be|would\s+be)\s+"
                         r"(?:(?:his|her|their|my)\s+)(?:\w+\s+)?"
                         r"(?:home|base|residence|refuge)\b", re.IGNORECASE)
_INSTITUTION_AFTER = re.compile(r"\s+(?:prison|jail|gaol|fortress|university|gymnasium|school|soviet)\b",
                                re.IGNORECASE)


# "sailed on the Abyssinia", "aboard the Buford", "in the sealer Viking": a ship's name, not a place
_SHIP_BEFORE = re.compile(r"\b(?:(?:sailed|sailing|sails|steamed|voyage|passage|embarked|shipped|returned|crossed|"
                          r"went|came|left|travell?ed)\s+(?:on|in)\s+the\s+(?:\w+\s+)?|aboard\s+(?:the\s+)?"
                          r"(?:\w+\s+){0,2}|on\s+board\s+(?:the\s+)?(?:\w+\s+)?)$", re.IGNORECASE)
# "worked to keep Sweden neutral", "helped to free Greece": an infinitive's object, not a destination
_TO_VERB_BEFORE = re.compile(r"\bto\s+(?:keep|make|help|free|defend|save|rule|govern|represent|win|invade|attack|"
                             r"protect|conquer|unite|liberate|persuade|force|bring|drag|lead|reform|modernise|"
                             r"modernize|annex|divide|partition|betray|rebuild)\s+(?:the\s+)?$", re.IGNORECASE)
ORGANISATION_AFTER = re.compile(r"\s+(?:Party|Committee|Guardian|Times|Herald|Gazette|Post|Tribune|Trials?|"
                                 r"Organi[sz]ation|Bureau|Group|Club|Society|Company|Opposition|Bank|Exchange|"
                                 r"Review|Journal|Courier|Chronicle|Mercury|Telegraph)\b"
                                 # "on the large Turkestan canvases": things named for a place, made elsewhere
                                 r"|\s+(?:canvases|sketches|paintings|pictures|drawings|watercolou?rs|series|"
                                 r"letters|diaries|notebooks|stories|poems|novels|lectures|"
                                 # "a few lines for a Moscow paper", "a Paris publisher": a body named for its town
                                 r"paper|newspaper|journal|magazine|daily|weekly|publisher|publishers|firm|bank)\b")
_AND = re.compile(r"[,\s]*(?:and|or)\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
# "at Yingzhou in 1091 and Yangzhou": listed after a locative and a name with its own year (the name before may be
# one the gazetteer did not take)
_LISTED_AFTER_LOCATIVE = re.compile(r"\b(?:at|in|to)\s+[A-Z][\w’'-]+\s+in\s+\d{3,4}\s*,?\s+and\s+$")


# "The Real Situation in Russia", "A Journey from St. Petersburg to Moscow": a title, not a stay
_TITLE_BEFORE = re.compile(r"(?:^|[^.!?]\s)(?:The|A|An|My|Our)\s+[A-Z][\w’'-]+\s+(?:(?:[A-Z][\w’'.-]*|from|to|in|of|"
                           r"and|for|the)\s+)*(?:in|of|and|for|from|to)\s+$")


def is_locative(text: str, pos: int, end: int | None = None, place_ends: Iterable[int] = (),
                area: bool = False) -> bool:
    """Whether the words just before ``pos`` tie a place to an event ("exiled to X", "in X").

    "and X" counts only right after another place ("in Ust-Kut and Verkholensk"), never after
    any other word ("an article, Amoralism and Kronstadt").

    >>> is_locative("He was exiled to Siberia", 17), is_locative("the Tsar of Russia", 12)
    (True, False)
    """
    if any(e < pos and _AND.match(text, e, pos) for e in place_ends):
        return True
    before = text[max(0, pos - 40):pos]
    title = _TITLE_BEFORE.search(before)
    if title and not any(pos - len(before) + title.start() < e < pos for e in place_ends):
        # "The Real Situation in Russia" is a title, not a stay ("Leaves The Hague for Dresden": a place)
        return False
    if end is not None and re.match(r"['’]s\b", text[end:end + 3]) and re.search(r"\b(?:on|for|to)\s+$", before):
        return False  # "refusing to sign on Germany's terms": the place owns something, nobody is there
    if end is not None and _GATHERING_AFTER.match(text, end) and _ATTENDED_BEFORE.search(before):
        return True  # "attended, incognito, the Karachi session of the Congress"
    if _LOCATIVE_OF.search(before) or (not area and _EDGE_OF.search(before)) or _PLACE_AS_OBJECT.search(before) or (
            end is not None and (_INSTITUTION_AFTER.match(text, end) or _HOST_AFTER.match(text, end)
                                 or _HOME_AFTER.match(text, end))):
        return True
    if _WAR_SPENT.search(before):
        return True  # "spent the rest of the war in Chungking": a stretch of time at a place, not the war's place
    if _THERE_AFTER_ALL.search(before):
        return True
    if _NOT_LOCATIVE.search(before) or (area and _HELD_BEFORE.search(before)) or _SHIP_BEFORE.search(before) \
            or _TO_VERB_BEFORE.search(before):
        return False
    if end is not None and ORGANISATION_AFTER.match(text, end):
        return False  # "in the Moscow Party organization", "in the Manchester Guardian": a body, not a stay
    if _LOCATIVE.search(before) or _LISTED_AFTER_LOCATIVE.search(before):
        return True
    # "in Kiev, Odessa and Kharkov": a list goes on after a comma; "...; France asks for his extradition": a
    # place that opens a clause and does something is an actor, not where anyone was.
    # ("visited Europe 1884–88: Paris 1884; Kraków 1884–85": a list after a colon)
    return bool(re.search(r"(?:,|;|:)\s*(?:then\s+)?$", before)) and (end is None or not _ACTS_AFTER.match(text, end))


# Words right before a town that put the subject at it: "reached the valley of Copiapó" (never "the valley of the
# Arno", a river's), "1575 – Founds Seville" (a house founded there; never "Founds the Free India Centre"), "he sailed
# out of Texel"
_PLACE_AS_OBJECT = re.compile(r"\bvalley\s+of\s+$|\b(?:founds|founded|refounds|refounded)\s+$|"
                              r"\b(?:sailed|came|walked|rode|flew|drove|marched|steamed)\s+out\s+of\s+(?:the\s+)?$",
                              re.IGNORECASE)
# "a farm on the edge of Auburn": at the town; "on the edge of the Kalahari" or "of the Punjab" is no stay there
_EDGE_OF = re.compile(r"\b(?:edge|outskirts)\s+of\s+$", re.IGNORECASE)
_ACTS_AFTER = re.compile(r"\s+(?:(?:had|has|have|was|were|is|are|did|does|would|could|will)\b|"
                         r"(?!(?:and|or|as|is|was|its|his|this|thus|plus|towns|ports|cities|islands)\b)[a-z]{3,}(?:s|ed)\b)")


_THOUGHT = re.compile(r"\b(?:believ\w*|th(?:ought|inks?)|argu\w*|felt|feels?|fear\w*|hop(?:ed|es?|ing)|claim\w*|"
                      r"predict\w*|expect\w*|warn\w*|assert\w*|doubt\w*|insist\w*|"
                      # "Boccaccio and Villani say that he went as far as Paris": the sources' claim, not the text's
                      r"say|says)\s+that\b"
                      # "The news is said to have reached him at Siena", "tradition has it that": a hearsay presence
                      r"|\b(?:is|are|was|were)\s+said\s+to\s+have\b|\b(?:legend|tradition)\s+(?:has\s+it|says|holds)\b"
                      # "He may have studied in Paris, though no document proves it": a guess
                      r"|\b(?:may|might)\s+(?:also\s+)?have\s+(?:\w+\s+){0,2}?(?:studied|been|lived|gone|visited|"
                      r"travell?ed|stayed|met|spent|worked|taught)\b[^.;]{0,40}?\b(?:in|at|to)\s+(?:the\s+)?$"
                      # "some older authors place his birth instead in Castuera or Campanario": other sources' claim
                      # (not "Most historians place his birth in Herat": the text's own view)
                      r"|\b(?:some|other|older|earlier|later|a\s+few|several|certain)\s+(?:\w+\s+)?(?:authors?|sources?|"
                      r"writers?|historians?|scholars?|accounts?|biographers?)\s+(?:\w+\s+)?"
                      r"(?:place|places|placed|put|puts|locate|locates|located|give|gives)\s+(?:his|her|their)\s+"
                      r"(?:birth|death)\b"
                      # "further missions, perhaps as far as Champa": a guess, not a stay the text vouches for
                      r"|\b(?:perhaps|possibly)\s+(?:\w+\s+){0,3}?(?:to|at|in|as\s+far\s+as)\s+(?:the\s+)?$"
                      # "She later told audiences of a visit to Jerusalem": her own story, not a stay the text vouches
                      # for; "Thinks of sailing on from Bengal to Tonkin, but drops the plan"
                      r"|\b(?:told|tells|telling)\s+(?:\w+\s+){0,2}?of\s+(?:(?:a|an|her|his|their)\s+)?(?:\w+\s+)?"
                      r"(?:visits?|journeys?|trips?|voyages?|stays?)\s+to\s+(?:the\s+)?$"
                      r"|\b(?:thinks?|thought|thinking|dreams?|dreamt|dreamed|talks?|talked)\s+of\s+(?:\w+\s+){0,2}?"
                      r"\w+ing\b[^.;]{0,60}?\b(?:to|at|in|for)\s+(?:the\s+)?$"

                      # a teller's own recollection: "I think of him still as the little boy in the Southsea lodging
                      # house", "I remember her at Nice": an image kept, undated, not a stay told at this point
                      r"|\b(?:I|we)\s+(?:still\s+|often\s+|always\s+)?(?:think|thought|remember|picture|see|recall)\s+"
                      r"(?:of\s+)?(?:him|her)\b", re.IGNORECASE)


# "by his own later account he also visited Germany", "by his own claim rides on to Baku": the subject's word
# alone, which the text does not vouch for (a birth told so is still the birth: "By his own account, Olaudah
# Equiano was born in 1745 in Essaka")
_OWN_CLAIM = re.compile(r"\bby\s+(?:his|her|their)\s+own\s+(?:later\s+)?(?:account|claim|telling)\b", re.IGNORECASE)


def own_claim(text: str, pos: int) -> bool:
    """A place the subject alone claims to have been at ("by his own later account he also visited Germany").

    >>> own_claim("In 1939 he was in Turin; by his own later account he also visited Germany.", 67)
    True
    """
    claim = max(_OWN_CLAIM.finditer(text, 0, pos), key=lambda m: m.start(), default=None)
    return claim is not None and not re.search(r"[;]", text[claim.end():pos])


def reported_thought(text: str, pos: int) -> bool:
    """A place inside what someone believed, argued or hoped ("did not believe that the Red Army would
    find support in Poland") is a thought about the place, not a stay there.

    >>> reported_thought("He did not believe that the army would find support in Poland.", 52)
    True
    >>> reported_thought("I think of him still as the little boy in the Southsea lodging house.", 50)
    True
    >>> reported_thought("Hoping that the war would end, he returned to Rotterdam.", 45)
    False
    """
    thought = max(_THOUGHT.finditer(text, 0, pos), key=lambda m: m.start(), default=None)
    # ("Hoping that Maurice's death would let him go home, he returned to Rotterdam": the hope ends at its comma)
    return thought is not None and _MAIN_CLAUSE_RESUMES.search(text, thought.end(), pos) is None


_MAIN_CLAUSE_RESUMES = re.compile(r",\s+(?:he|she|they|I|we)\s+[a-z]+", re.IGNORECASE)


def inside_quotation(text: str, pos: int) -> bool:
    """True when ``pos`` sits inside an open quotation in the sentence (someone else's words)."""
    head = text[:pos]
    opened = head.count("“") - head.count("”")
    plain = head.count('"')
    return opened > 0 or plain % 2 == 1


# What the teller calls the subject when the teller is kin ("Recollections by his sister": "my brother"), by the
# teller's own relation and the subject's pronoun.
_KIN_OF_TELLER = {
    "sister": ("brother", "sister"), "brother": ("brother", "sister"), "son": ("father", "mother"),
    "daughter": ("father", "mother"), "wife": ("husband", None), "widow": ("husband", None),
    "husband": (None, "wife"), "niece": ("uncle", "aunt"), "nephew": ("uncle", "aunt"),
    "mother": ("son", "daughter"), "father": ("son", "daughter"), "grandson": ("grandfather", "grandmother"),
    "granddaughter": ("grandfather", "grandmother"), "stepson": ("stepfather", "stepmother"),
    "stepdaughter": ("stepfather", "stepmother"), "stepmother": ("stepson", "stepdaughter"),
    "stepfather": ("stepson", "stepdaughter"), "grandniece": ("great-uncle", "great-aunt"),
    "grandnephew": ("great-uncle", "great-aunt"), "cousin": ("cousin", "cousin"),
}
# (and a byline with the teller's name first: "by Nadezhda Yakovlevna Mandelstam, his wife")
_TELLER_IS_KIN = re.compile(r"\bby[ \t]+(?:(?:[A-Z][\w’'.-]*[ \t]+){0,4}[A-Z][\w’'.-]*,[ \t]+)?(his|her)[ \t]+"
                            r"(?:\w+[ \t]+){0,2}?(" + "|".join(_KIN_OF_TELLER) + r")\b",
                            re.IGNORECASE)
# ("My Elder Brother", "My Late Husband", "Our Younger Sister": a word of age or standing may come between)
TITLE_KIN_AGE = r"(?:(?:Elder|Eldest|Older|Oldest|Younger|Youngest|Big|Little|Late|Dear|Beloved|Twin|Half-)\s*)?"
_TITLE_KIN = re.compile(rf"\b(?:My|Our)\s+{TITLE_KIN_AGE}(Brother|Sister|Father|Mother|Husband|Wife|Son|Daughter|"
                        r"Uncle|Aunt|"
                        r"Grandfather|Grandmother)\b", re.IGNORECASE)
# "I am the younger daughter of Maria Sibylla Merian", "I am one of the younger brothers of the painter ..."
# (and with the teller's own name first: "I am Elizabeth Macquarie, born Elizabeth Campbell at Airds, and for more
# than sixteen years the wife of Lachlan Macquarie")
_TELLER_SAYS_KIN = re.compile(r"\bI\s+(?:am|was)\s+(?:(?-i:[A-Z])[^.;:]{0,150}?,?\s+)?(?:the|a|an|one\s+of\s+the|"
                              r"his|her)\s+(?:[\w-]+\s+){0,2}?(" + "|".join(_KIN_OF_TELLER) + r")s?\s+of\b",
                              re.IGNORECASE)
# "A Cousin's Memoir of Simone Weil", "A Granddaughter's Recollections": the teller's kin word, owning the memoir
_TELLER_OWNS_MEMOIR = re.compile(r"\b(?:A|An|The)\s+(?:[\w-]+\s+)?(" + "|".join(_KIN_OF_TELLER) + r")['’]s\s+"
                                 r"(?:memoirs?|recollections|reminiscences|memories)\b", re.IGNORECASE)
TELLER_HEAD = 600  # where a title or a byline stands
TITLE_MAX = 150  # a first line longer than this is the text's first paragraph, not its title
# What a servant, page or pupil who tells the life calls the subject, again and again: "my master", "my teacher"
_TELLER_SERVES = re.compile(r"\b[Mm]y\s+(master|mistress|teacher|lord|lady|patron)\b(?!\s+[A-Z])")
# (a byline naming the teller as the subject's servant, page or companion)
_TELLER_SERVES_BYLINE = re.compile(r"\bby\s+(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+,\s+(his|her)\s+(?:\w+\s+)?"
                                   r"(?:chamberlain|servant|page|squire|valet|steward|attendant|secretary|aide|"
                                   r"companion|ewer-bearer|bodyguard|interpreter|maid|lady-in-waiting)\b",
                                   re.IGNORECASE)
TELLER_SERVES_USES = 3  # (once or twice it may be anyone's: "my teacher at school")


def teller_kin(text: str, pronoun: str = "") -> tuple[str, ...]:
    """The kin word a relative who tells the life uses for the subject: "my brother" in "My Brother Ruddy", in
    "Recollections by his sister" or after "I am the younger sister of ...". Only the title, the byline or the
    teller's own words at the opening say so; without them "my father" in a friend's essay is the teller's own
    father, never the subject.

    >>> teller_kin("Recollections by his sister, Trix\\n\\nMy brother was born in Bombay.")
    ('brother',)
    >>> teller_kin("What I Remember of My Mother\\nby Dorothea\\n\\nShe was born in Frankfurt.")
    ('mother',)
    >>> teller_kin("Notes\\n\\nI am the younger daughter of Anna Petrova. She was born in Odessa.", "she")
    ('mother',)
    >>> teller_kin("Recollections of General Orlov\\n\\nI am Anna Orlova, born Anna Popova at Kiev, and for sixteen "
    ...            "years the wife of Ivan Orlov.", "he")
    ('husband',)
    >>> teller_kin("My Elder Brother\\n(recollections by Zhou Zuoren)\\n\\nHe was born in Shaoxing.")
    ('brother',)
    >>> teller_kin("Memories of Marc, by his friend\\n\\nMy father knew him.")
    ()
    >>> teller_kin("Anna, As I Knew Her: A Cousin's Memoir of Anna Petrova\\n\\nMy cousin was born in Kiev.", "she")
    ('cousin',)
    >>> teller_kin("The Roads He Was Sent Down\\nby Nadezhda Yakovlevna Orlova, his wife\\n\\nI met him in Kiev.")
    ('husband',)

    A servant, page or pupil says so by what the teller keeps calling the subject ("my master", three times or more):

    >>> teller_kin("The Water and the Road\\n\\nI carried my master's ewer. My master rode. We followed my master.")
    ('master',)
    >>> teller_kin("The Prince I Served\\nRecollections set down by Kelemen Mikes, his chamberlain\\n\\nWe sailed.")
    ('master',)
    """
    head = text[:TELLER_HEAD]
    first = head.split("\n", 1)[0]
    # (a title is short: an opening paragraph's "My father was a younger brother of Zhou Enlai" is the teller's own)
    m = _TITLE_KIN.search(first) if len(first) <= TITLE_MAX else None
    if m:
        return (m.group(1).lower(),)
    m = _TELLER_SERVES_BYLINE.search(head)
    if m:  # "set down at Rodosto by Kelemen Mikes, his chamberlain": the servant's "we" is the master's party
        return ("master" if m.group(1).lower() == "his" else "mistress",)
    m = _TELLER_IS_KIN.search(head)
    if m:
        teller, whose = m.group(2).lower(), m.group(1).lower()
    else:
        m = _TELLER_OWNS_MEMOIR.search(head.split("\n", 1)[0]) or _TELLER_SAYS_KIN.search(head)
        if m is None:
            served = Counter(w.group(1) for w in _TELLER_SERVES.finditer(text)).most_common(1)
            return (served[0][0],) if served and served[0][1] >= TELLER_SERVES_USES else ()
        if pronoun not in ("he", "she"):
            return ()
        teller, whose = m.group(1).lower(), "his" if pronoun == "he" else "her"
    his, her = _KIN_OF_TELLER[teller]
    word = his if whose == "his" else her
    return (word,) if word else ()


def kin_alias_pattern(words: tuple[str, ...]) -> str:
    """"my brother", "our brother" — never "my brother Grisha", who is someone else; "my parents" when the
    subject is the teller's mother or father ("My parents were married in Milwaukee on 24 December 1917").

    >>> bool(re.match(kin_alias_pattern(("mother",)), "My parents were married"))
    True
    """
    if not words:
        return ""
    # a parent called by the word alone, as a name ("Mother was born on 10 June 1904 in Hangzhou"), in the
    # middle of a sentence too, never as the start of another's kin ("Mother's brother")
    bare = [w.capitalize() for w in words if w in _BARE_KIN]
    if set(words) & {"mother", "father"}:
        words = (*words, "parents")
    mine = rf"\b(?:[Mm]y|[Oo]ur)\s+(?:{'|'.join(words)})\b(?!\s+[A-Z][a-z])"
    return mine + (rf"|(?-i:\b(?:{'|'.join(bare)})\b(?!['’]s)(?!\s+[A-Z][a-z]))" if bare else "")


_BARE_KIN = {"mother", "father", "grandmother", "grandfather", "granny", "grandpa", "grandma", "papa", "mama"}


# Words inside names that name no one by themselves: "Ibn Juzayy" is not Ibn Battuta, "van Gogh's" not van Eyck.
NAME_PARTICLES = {"ibn", "bin", "abu", "ben", "bint", "van", "von", "der", "den", "del", "della", "dos", "das",
                  "les", "ter", "ten", "mac", "zu"}


_TITLE_REALM = re.compile(r"\s+of\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+)*")  # ("of Ávila")


def name_parts(subject: str, least: int = 1) -> list[str]:
    """The words of the subject's name that can name them, without particles ("Ibn", "von"), brackets or quotes
    ("al-Hasan al-Wazzan (Leo Africanus)", "Ernesto 'Che' Guevara": the name in brackets or quotes names them too).

    >>> name_parts("al-Hasan al-Wazzan (Leo Africanus)"), name_parts("Ernesto 'Che' Guevara")
    (['al-Hasan', 'al-Wazzan', 'Leo', 'Africanus'], ['Ernesto', 'Che', 'Guevara'])
    >>> name_parts("Lakshmibai, Rani of Jhansi (Manikarnika Tambe)"), name_parts("Teresa of Ávila")
    (['Lakshmibai', 'Rani', 'Manikarnika', 'Tambe'], ['Teresa'])
    """
    # (a title's realm is a place, not a name: "Rani of Jhansi", "Queen of Scots", "Christina, Queen of Sweden")
    subject = _TITLE_REALM.sub(" ", subject)
    words = (w.strip("'\"‘’“”()[]") for w in re.split(r"[\s.()\[\],;]+", subject))
    return [p for p in words if p and len(p) >= least and p.lower() not in NAME_PARTICLES]


def subject_pattern(subject: str, kin: tuple[str, ...] = ()) -> re.Pattern[str]:
    """Any distinctive part of the subject's name (parts of three letters or more), and what a relative who
    tells the life calls them (``teller_kin``)."""
    parts = name_parts(subject, 3)
    if not parts:
        parts = [subject]
    # a part that opens with a lowercase particle is capitalised when it opens a sentence ("Al-Tusi was born
    # in Tus" in a life of Nasir al-Din al-Tusi)
    parts += [p[:1].upper() + p[1:] for p in parts if p[:1].islower() and re.match(r"[a-z]{1,3}-", p)]
    # A dictionary entry's initial for its headword ("C. succeeded at the age of five"): a capital of the
    # name, a full stop, then a lowercase word (so never the "C. S." of another person's initials).
    initials = sorted({p[0] for p in parts if p[0].isupper()})
    initial = rf"|(?<![\w.])[{''.join(initials)}]\.(?=\s+[a-z])" if initials else ""
    alias = "|" + kin_alias_pattern(kin) if kin else ""
    # a dictionary's headword in capitals ("NOGUCHI, HIDEYO (24 November 1876 – 21 May 1928)")
    shouted = [p.upper() for p in parts if len(p) >= 4 and p.upper() != p]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, parts + shouted)) + r")(?:['’]+s)?\b" + initial + alias)


_OTHER_DIES = re.compile(r"^\W*(?:(?:In|On|By)\s+[^,;]{1,30},?\s+)?(?:[A-Z][\w’'-]+\s+){1,3}"
                         r"(?:(?:the|of)\s+[A-Z][\w’'-]+\s+)?(?:[IVX]{1,5}\s+)?(?:died|dies|was\s+(?:killed|murdered|assassinated|executed|beheaded))\b")
_OPENING_STYLED = re.compile(r"^[“\"']?([A-Z][a-z]{2,})\s+(?:the\s+[A-Z][a-z]+|of\s+[A-Z][\w’'-]+)\s+"
                             r"(?:[a-z]{2,}s|[a-z]{3,}ed|was|is|had|has|died|fled|went|came|took|left)\b")
_OPENING_RULER = re.compile(r"^[“\"']?(?:(?:King|Queen|Tsar|Sultan|Emperor|Pope|Shah)\s+)?([A-Z][a-z]{2,})\s+"
                            r"[IVX]{1,5}\b")
# A work's title opening its sentence: "Die Waffen nieder! appeared in 1889", "Kokoro was published in 1914"
_WORK_OPENS = re.compile(r"^[“\"']?[A-ZÀ-ÖØ-Þ][\w’'-]*[!?,]?\s+(?:[\w’'-]+[!?,]?\s+){0,5}"
                         r"(?:appeared|was\s+(?:published|printed|staged|"
                         r"performed|serialised|serialized|translated|banned)|came\s+out|went\s+through)\b")
# (accented names too: "André", "José Bonifácio")
_OPENING_NAME = re.compile(r"^[“\"']?([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\s+(?:[A-Z]\.\s+)?([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,})\b"
                           r"(?!\s+(?:of|de)\b)")
NOT_GIVEN_NAMES = {
    "in", "on", "at", "by", "the", "a", "an", "after", "before", "when", "while", "during", "from", "with", "his",
    "her", "their", "its", "this", "that", "these", "those", "as", "for", "to", "of", "and", "but", "then", "there",
    "here", "once", "within", "under", "since", "until", "although", "though", "because", "if", "despite",
    "between", "among", "over", "into", "through", "throughout", "early", "late", "later", "soon", "some",
    "beyond", "across", "past", "towards", "toward", "along", "outside", "inside", "around", "below", "above",
    "behind", "beside", "upon", "near", "off", "against", "like", "unlike", "till", "our", "my", "your",
    "many", "most", "both", "each", "every", "all", "no", "not", "only", "even", "still", "back", "new", "old",
    "north", "south", "east", "west", "saint", "st", "mount", "lake", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "he", "she", "it", "they", "we",
    "what", "where", "which", "who", "how", "why", "leon", "red", "white", "soviet", "russian", "german", "french",
    # ("1857, July – Second Niger expedition in the Dayspring": an ordinal opens a thing, not a person's name)
    "first", "second", "third", "fourth", "fifth", "sixth", "last", "final", "next", "another",
}


# A time or place that opens a sentence before its subject: "In 1852", "Soon after,", and a time told relative to
# the last ("That winter they moved on", "The following spring she sailed", "Two years later he")
_RELATIVE_TIME = (r"(?:that|this|the\s+(?:next|following|same|previous)|next)\s+(?:spring|summer|autumn|fall|winter|"
                  r"year|month|week|day|morning|night|evening|season|january|february|march|april|may|june|july|"
                  r"august|september|october|november|december)|(?:a|an|one|two|three|four|five|six|seven|eight|"
                  r"nine|ten|some|several|a\s+few|\d{1,2})\s+(?:years?|months?|weeks?|days?)\s+(?:later|afterwards?)")
_SCENE = (r"(?:(?:(?:in|on|at|by|after|before|during|from|when|then|there|later|soon|early|late)\b[^,.]{0,40}?|"
          rf"{_RELATIVE_TIME})(?:,\s*|\s+)"
          # a participle's lead-in, whose doer is the clause's subject: "Leaving Lhasa at the end of November, they"
          r"|(?:having\s+)?[a-z]+ing\b[^,.;]{0,60}?,\s*)?")
# ("Three years later, after a siege of seven months, the boy-king rode into Samarkand": lead-ins before it)
_LEAD_INS = r"(?:[^,.;:]{0,40},\s*){0,2}"
_EPITHET_OPENS = re.compile(rf"^\W*(?:{_SCENE}|{_LEAD_INS})the\s+(?:\w+\s+){{0,2}}?(?:exile|revolutionary|"
                            r"leader|prisoner|émigré|emigre|commissar|writer|poet|novelist|author|student|boy|youth|young\s+man|"
                            r"young\s+woman|girl|agitator|fugitive|dissident|statesman|general)"
                            r"(?:-[a-z]+)?\b(?!\s+of\b)",  # ("the boy-king rode into Samarkand")
                            re.IGNORECASE)
# A sentence whose subject is the subject's career, with nobody else in it: "Brief appointments followed at Yingzhou
# in 1091", "Further postings took him to Canton and Amoy"
_CAREER_OPENS = re.compile(r"^\W*(?:(?:brief|short|further|other|new|later|more|two|three|several)\s+)?"
                           r"(?:appointments?|posts?|postings?|transfers?|assignments?|commands?|governorships?|"
                           r"prefectures?)\s+(?:followed|came|took\s+(?:him|her))\b"
                           # "The year 1803 was spent in New Spain", "The following winter was spent at Kinsale": a
                           # stretch of the life spent, by nobody named (not "spent by his brother")
                           r"|^\W*(?:the\s+)?(?:(?:next|following|same|last|first|whole|entire|rest\s+of\s+the|"
                           r"two|three|four|five|six|several|few)\s+)*(?:years?|winters?|summers?|springs?|autumns?|"
                           r"months?|weeks?|seasons?)(?:\s+(?:of\s+)?\d{3,4}(?:\s*[-–]\s*\d{2,4})?)?\s+(?:was|were)\s+"
                           r"spent\b(?![^.;]*\bby\s+(?:his|her|their|the)\b)", re.IGNORECASE)
# A life's opening that describes its subject before naming them: "The man whom the planters called Prince was born
# ...", "The girl who would become ... was born" (only in the first sentences, before any name of the subject)
LEDE_SENTENCES = 3
_LEDE_DESCRIBES = re.compile(r"^\W*The\s+(?:[a-z]+\s+){0,2}?(?:man|woman|boy|girl|child|monk|nun|scholar|"
                             r"traveller|traveler|prince|princess|slave|poet|painter|writer|pilgrim)\s+"
                             r"(?:who|whom|whose|that|known\s+as|called)\b")
# What a title may call its subject ("The Emir Who Became a Guest: The Life of Abd al-Qadir"): "the emir" then
# opens a sentence about the subject, as "the exile" does in any life
TITLE_NOUNS = ("emir", "sultan", "shah", "khan", "king", "queen", "prince", "princess", "emperor", "empress", "tsar",
               "pope", "cardinal", "bishop", "abbot", "monk", "nun", "lama", "imam", "sheikh", "rabbi", "admiral",
               "captain", "colonel", "marshal", "explorer", "traveller", "traveler", "pilgrim", "missionary",
               "naturalist", "painter", "composer", "scholar", "philosopher", "physician", "doctor", "adventurer",
               "chevalier", "liberator", "reformer", "wanderer", "envoy", "ambassador", "merchant", "sailor",
               "soldier", "engineer", "architect", "botanist", "scientist", "mathematician", "astronomer",
               "artist", "singer", "dancer", "actress", "actor", "photographer", "journalist", "princess")
TITLE_LINE = 160  # characters: a first line this short, without a sentence's full stop, is a title


def title_epithets(text: str) -> tuple[str, ...]:
    """The nouns of ``TITLE_NOUNS`` in a document's title line: what the document calls its subject.

    >>> title_epithets("The Emir Who Became a Guest: The Life of Abd al-Qadir\\n\\nAbd al-Qadir was born in 1808.")
    ('emir',)
    """
    first = text.lstrip().split("\n", 1)[0]
    if len(first) > TITLE_LINE or first.rstrip().endswith("."):
        return ()
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", first)}
    return tuple(dict.fromkeys(w for w in TITLE_NOUNS if w in words))


_GROUP_FORMED = re.compile(r"\b(?:he|she)\s+and\s+(?:his|her\s+)?[A-Z]?\w+|\b[A-Z]\w+\s+and\s+(?:he|she)\b"
                           r"|\b(?:his|her|the)\s+(?:family|wife|husband|parents)\b"
                           r"|\bwith\s+(?:him|her)\b"  # "the father took the ten-year-old Georg with him"
                           r"|\b(?:set\s+out|travell?ed|went|sailed|left|journeyed|fled|moved|toured)\b[^.;]{0,60}?"
                           r"\bwith\s+(?:his\s+|her\s+|the\s+young\s+|the\s+)?[A-Z]"  # "set out with the young X"
                           r"|\b(?:father|mother)\s+and\s+(?:son|daughter)\b"
                           # "his father decided to take him on the pilgrimage. They set out in 1825"
                           r"|\b(?:take|took|taking|takes|bring|brought|brings)\s+(?:him|her)\s+(?:on|with|along)\b"
                           # "where he met the botanist Bonpland; together they were to join ..."
                           r"|\btogether\s+they\b|\bthey\s+together\b|\bthe\s+two\s+(?:of\s+them|men|women|friends)\b"
                           # "Kim led its families by river to Changsha. That summer the refugees moved on": a party
                           # the subject leads
                           r"|\b(?:led|leads|leading|guided|guides|shepherded)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?"
                           r"(?:[\w-]+\s+){0,2}?(?:families|refugees|party|group|household|company|band|followers|"
                           r"pilgrims|caravan|column|exiles)\b",
                           re.IGNORECASE)
_MEMBER_OF = re.compile(r"\b(?:group|band|party|company|mission|team|body)\s+of\s+(?:[a-z]+\s+)?([A-Za-z]{4,}s)\b")
_GROUP_WORD = re.compile(r"\b(?:group|band|party|company|mission|team)\b", re.IGNORECASE)
_GROUP = re.compile(r"\b(?:they|the\s+(?:family|couple|two|pair|party|expedition|travellers|travelers|"
                    # ("he and a band of fellow prisoners seized a vessel ... the prisoners were embarked at Okhotsk")
                    r"prisoners|exiles|captives|convicts|fugitives|pilgrims|crew|caravan|column|refugees|"
                    r"two\s+(?:men|women|friends|travellers|travelers)))\b", re.IGNORECASE)
# The subject's own wedding in a life of the subject: "the couple" after it is the subject and the spouse
_WEDDED_COUPLE = re.compile(r"\b(?:wedding|married|marriage)\b[^.;]{0,120}?\bthe\s+(?:couple|newlyweds|pair)\b"
                            r"|\bthe\s+newlyweds\b", re.IGNORECASE)
# A person opening a sentence with a title that says whether "he" or "she" (group 1: a man's)
_TITLED_OPENS = re.compile(r"^\W*(?:(?:In|On|By|After)\s+[^,]{1,30},?\s+)?(?:(Don|Sir|Lord|Mr\.?|Monsieur|Señor|Signor|"
                           r"Herr|Count|Baron|Duke|Prince|King|Emperor|Sultan|Shah|Father|Brother)|Doña|Dona|Lady|"
                           r"Mrs\.?|Madame|Señora|Signora|Frau|Countess|Baroness|Duchess|Princess|Queen|Empress|"
                           r"Mother|Sister)\s+[A-Z]")
WEDDING_REACH = 3  # sentences after the subject's wedding in which "they" is still the couple
_OWN_WEDDING = re.compile(r"\b(?:married|marries|marry|marrying|wed|weds|wedding)\b", re.IGNORECASE)
# (and "Their honeymoon took them across America to Japan": the subject's own journey, told by its name)
_ROUTE_OPENS = re.compile(rf"^\W*{_SCENE}(?:the|their|his|her)\s+(?:road|route|way|journey|trail|path|track|march|"
                          r"voyage|crossing|passage|honeymoon|travels|wanderings)(?:\s+(?:back|home|north|south|east|"
                          r"west|out|on))?\s+(?:then\s+)?"
                          r"(?:ran|runs|led|leads|took|takes|lasted|went|goes|continued|wound|climbed|passed|"
                          r"turned)\b", re.IGNORECASE)
_VESSEL_GOES = (r"arrived|reached|sailed|anchored|landed|put\s+in|entered|docked|came|went|left|drifted|"
                r"wintered|stopped|called|touched|rounded|crossed")
# "aboard the Hoop", "transferred to the Liefde", "the junk Sea Adventure": a ship the subject sails in, by name
_VESSEL_NAMED = re.compile(r"\b(?:aboard|on\s+board(?:\s+of)?|transferred\s+to|embarked\s+(?:on|in)|"
                           r"took\s+passage\s+(?:on|in)|(?:ship|vessel|schooner|junk|steamer|frigate|galleon|"
                           r"brig|barque|sloop|yacht|liner)(?:\s+of\s+the\s+line)?),?\s+(?:the\s+)?((?-i:[A-Z])[\w’'-]+(?:\s+(?-i:[A-Z])[\w’'-]+)?)",
                           re.IGNORECASE)


# "to command HMS Endeavour", "sailed from Plymouth in HMS Resolution": a navy's ship the subject is in
_NAVY_SHIP = re.compile(r"\b(?:command|commanded|commanding|commands|in|aboard|joined)\s+(?:the\s+)?"
                        r"(?:HMS|USS|HMAS|RMS|SS)\s+((?-i:[A-Z])[\w’'-]+)")


def vessel_names(text: str, is_place: Callable[[str], bool] = lambda name: False) -> tuple[str, ...]:
    """The names of ships the document puts the subject aboard ("transferred to the Liefde"), so that "the
    Liefde drifted into the bay at Bungo" is the subject's voyage (as "the ship arrived at Goa" is).

    >>> vessel_names("He sailed aboard the Hoop; later he transferred to the Liefde.")
    ('Hoop', 'Liefde')
    """
    named = [m.group(1) for m in _VESSEL_NAMED.finditer(text)] + [m.group(1) for m in _NAVY_SHIP.finditer(text)]
    return tuple(dict.fromkeys(n for n in named if not is_place(n) and not _DEMONYM.fullmatch(n)))


_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ish|ese|ian|ch)")  # "a ship, British-built": a nation's word, no ship's name


# "The ships arrived at Goa on 6 May 1542", "The fleet wintered at Mozambique": the vessel the subject sails in
_VESSEL_OPENS = re.compile(rf"^\W*{_SCENE}the\s+(?:\w+\s+)?(?:ship|ships|fleet|vessel|convoy|caravan|expedition|party|"
                           r"boat|junk|steamer|schooner|frigate|galleon)\s+(?:then\s+|finally\s+|at\s+last\s+)?"
                           rf"(?:{_VESSEL_GOES})\b", re.IGNORECASE)
_COUNT_OF = re.compile(r"\W*(?:(?:one|two|three|four|five|six|seven|several|some|all|both|most|many|none|each)"
                       r"\s+of\s+)?", re.IGNORECASE)
_PARENTS_OPEN = re.compile(rf"^\W*{_SCENE}(?:(?:back|once|still|again)\s[^,;.]{{0,40}},\s+)?(?:they|their)\b",
                           re.IGNORECASE)
_COUPLE_OPENS = re.compile(rf"^\W*{_SCENE}(?:the\s+(?:couple|pair|newlyweds|wedding|marriage)|husband\s+and\s+wife|"
                           r"man\s+and\s+wife)\b", re.IGNORECASE)
# (and "The party travelled for more than three months across the Anatolian highlands": the company the subject
# travels in, right after the subject's own sentence)
_PAIR = (r"(?:the\s+(?:two|three|four|pair|couple)|both)(?:\s+(?:men|women|friends|companions|priests|brothers|"
         r"sisters|missionaries|fathers|monks|travell?ers|exiles))?")
# a group's verb that says or thinks, names or denies: "they said", "they were not": no journey of theirs
_NO_GROUP_DEED = r"(?!(?:said|say|says|thought|think|believed|called|call|named|knew|know|were\s+(?:not|never))\b)"
# ("His superiors paired him with Manoel Freyre. The two left Delhi": he and the companion just named with him)
_PAIR_OPENS = re.compile(rf"^\W*{_SCENE}{_PAIR}\s+(?!of\b){_NO_GROUP_DEED}", re.IGNORECASE)
# ("The court rested at Taiyuan", "the crusading army left Saint-Denis", "the marchers reached"; not "the Red Army")
_THEY_OPEN = re.compile(rf"^\W*{_SCENE}(?:they|the\s+(?:(?-i:[a-z]+)\s+)?(?:party|caravan|exiles|travell?ers|convoy|"
                        r"court|fleet|army|expedition|embassy|marchers|column|household|pilgrims|delegation|retinue|"
                        rf"entourage)|{_PAIR})\s+{_NO_GROUP_DEED}", re.IGNORECASE)
_FAMILY = re.compile(r"\b(?:the|his|her)\s+family\b", re.IGNORECASE)  # a child's family moves with the child
# "moved with his wife and children to Manchester", "took the three boys to Lausanne": a parent moves the
# children, the subject among them while a child (the caller knows the age).
CHILDREN_ALONG = re.compile(
    r"\b(?:with|took|takes|taking|brought|brings|bringing|sent|sends|moved|moves)\s+(?:(?:his|her|their|the|all)\s+)?"
    r"(?:(?:two|three|four|five|six|seven|eight|young|little|small|whole)\s+)*"
    r"(?:(?:wife|husband)\s+and\s+(?:the\s+|their\s+)?)?(?:children|family|sons|daughters|boys|girls|kids|household)\b",
    re.IGNORECASE)
_PARENT_AND_CHILD = re.compile(r"\b(?:father|mother|parents)\s+and\s+(?:son|daughter|child|children)\b", re.IGNORECASE)
_TOOK_THEM = re.compile(r"\b(?:took|takes|brought|brings|moved|sent)\s+them\b", re.IGNORECASE)
_CHILDREN_WORD = re.compile(r"\b(?:children|boys|girls|sons|daughters|kids)\b", re.IGNORECASE)
PLAN_REASON = "a plan or a wish (\"hoping to cross into\"), not a visit"
FAMILY_MOVE = "a parent's move with the children: the subject's only while a child"
GROUP_REACH = 2
PARAGRAPH_LEAD = 50  # characters of time phrase a paragraph may open with before the subject's pronoun
OTHER_REACH = 1  # sentences another person's passage holds the pronoun before it can be the subject's again
# "The historian Isaac Deutscher wrote ...", "Similarly the police spy Zubarev, confronted ...": a person
# introduced by what they are opens the sentence; the pronouns after it are theirs.
_ROLE = (r"(?:spy|agent|informer|journalist|correspondent|reporter|writer|poet|novelist|painter|historian|biographer|"
         r"critic|scholar|diplomat|ambassador|consul|minister|general|officer|colonel|captain|policeman|inspector|"
         r"lawyer|judge|prosecutor|publisher|editor|banker|doctor|physician|priest|composer|philosopher|friend|"
         r"rival|colleague|comrade|host|visitor|guest|secretary|emperor|king|queen|tsar|sultan|president|"
         r"premier|chancellor|dictator|leader|professor|teacher|tutor|master)")
# (with the person's name after it, more roles say another: "In 399 the monk Faxian set out from Chang'an")
_NAMED_ROLE = (r"(?:monk|nun|abbot|bishop|missionary|explorer|merchant|traveller|traveler|pilgrim|prince|princess|"
               r"governor|admiral|soldier|astronomer|scientist|chronicler|envoy)")
_OPENING_DESCRIBED = re.compile(
    # (a people's adjective too: "the French envoy Jean Bayol came up to Abomey")
    r"^\W*(?:[A-Z]?[a-z]+ly,?\s+)?(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er)\s+(?:(?:[a-z-]+|[A-Z][a-z]+(?:an|ish|ese|ch|ic|i))\s+)"
    r"{0,2}?"
    rf"(?:{_ROLE}|{_NAMED_ROLE})s?,?\s+((?:[A-Z][a-z]+\.?\s+){{0,2}}[A-Z][a-z]{{2,}})\b")
# "...; the professor went home to his village in Fukui": a person named by a role opens a clause of their own
_CLAUSE_ROLE = re.compile(rf"\s*the\s+(?:[a-z-]+\s+)?{_ROLE}s?\s+(?:had\s+|was\s+|were\s+)?[a-z]{{3,}}(?:ed|t)?\b")
# The subject of a sentence is several people: "Emanuel and Philipp took ...", "Princess Marie Bonaparte, the
# American ambassador and Ernest Jones arranged ...": no verb before the "and", a verb right after the last name.
# A sentence's date before its subject: "In 1852 Bryullov ...", "On 3 May 1850 Anita ..."
TIME_SCENE = re.compile(r"\W*(?:In|On|By|After|Before|During|From|Since|Until|Early\s+in|Late\s+in)\s+"
                        r"(?:[\w]+\s+){0,3}?\d{3,4},?\s+"
                        # a chronology entry's own date: "1638 - Murad IV marches east"
                        r"|\s*\d{3,4}(?:\s*[-–—]\s*\d{2,4})?\s+[-–—:]\s+"
                        # a month or season with no year: "In November William of Orange lands at Torbay"
                        r"|\W*(?:In|On|By|During|Early\s+in|Late\s+in)\s+(?:the\s+)?(?:early\s+|late\s+)?"
                        r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                        r"spring|summer|autumn|fall|winter)(?:\s+\d{1,2})?,?\s+(?=[A-Z])")
_PLURAL_OPENS = re.compile(r"^\W*(?:(?!\b(?:was|were|had|has|is|are|did|went|came|took|[a-z]{3,}ed)\b)[^;:.])"
                           r"{0,90}?\s+and\s+(?:[A-Z][\w’'-]+\s+){1,3}(?:[a-z]+ed|were|had|went|came|took|made|"
                           r"left|fled|gave|got|paid|sent|brought|kept|found|saw|met|lived|moved|stayed)\b")
_MONTH_WORDS = {*ENGLISH_MONTHS, *ENGLISH_ABBREVIATIONS}
_PAST_IRREGULAR = (r"Left|Spent|Went|Took|Fled|Became|Met|Made|Came|Sent|Taken|Brought|Gave|Found|Began|Wrote|"
                   r"Won|Lost|Fought|Held|Kept|Ran|Rode|Saw|Set|Sold|Bought|Built|Taught|Sought|Dwelt|Stood|"
                   r"Bore|Swore|Drew|Grew|Knew|Flew|Hid|Led|Paid|Lay|Sat|Struck|Returned|Lived|Moved|Settled")
# What follows the verb: a preposition, adverb or article, a date, or a capitalised word (checked: a month or
# a place, never "Exiled Poles").
_VERB_OPENS = re.compile(
    rf"^\W*(?:(?:Then|Thence|Later|Afterwards|Finally|Also|Secretly|Briefly|Again)\s+|[A-Z][a-z]+ly\s+)?"
    rf"(?:{_PAST_IRREGULAR}|(?!(?:Indeed|Need|Speed|Hundred|Kindred|[A-Z]\w*(?:fred|fried|med|hmed))\b)"
    rf"[A-Z][a-z]{{2,}}(?:ed|ied))\s+"
    r"(?:(?:in|at|to|from|for|by|on|with|into|onto|again|once|secretly|there|thence|back|as|the|a|an|his|her|"
    r"their|himself|herself|abroad|home|north|south|east|west|out|up|down|briefly|first|then|twice|until|till|"
    r"after|before|during|under|over|via|through|across|near|several|some|many|most|all)\b|\d"
    # "Studied medicine at Vienna", never "Exiled revolutionaries gathered" (a noun and then its verb)
    r"|[a-z]+\s+(?!(?:was|were|had|has|have|are|is|[a-z]+ed)\b)"
    r"|([A-Z][\w’'-]*\.?))")
# "Her tutor Ivan Sokol came to Vienna", "His friend Engels moved": a person the subject has opens the sentence
_OPENING_POSSESSED = re.compile(r"^\W*(?:His|Her|My|Their|Our)\s+(?:(?!(?:was|is|were|had|has)\b)[a-z-]+,?\s+){1,2}"
                                r"((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]{2,})\b"
                                # (not a place naming the subject's own doing: "His first Kyushu expedition lasted")
                                r"(?!\s+(?:expedition|journey|voyage|visit|trip|tour|campaign|mission|survey|stay|"
                                r"years|exile|period|posting|residence|sojourn|winter|summer)\b)")
_OPENING_SURNAME = re.compile(r"^[“\"']?([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,})(?:\s+|"
                              # "Kossuth, held since 1849 at Vidin and Shumen, is released": a name, an aside, a verb
                              r",\s+(?:(?!\b(?:he|she|they|we|I)\b)[^;:.,]){3,100}"
                              r"(?:,\s+(?:(?!\b(?:he|she|they|we|I)\b)[^;:.,]){3,100}){0,2},\s+)"
                              # ("Mantino later went to Venice": an adverb, an irregular past)
                              # ("Montserrat never recovered his health; he died at Salsette")
                              r"(?:(?:later|then|soon|also|himself|herself|eventually|finally|meanwhile|too|never|still|already|"
                              r"again|often|always|once|[a-z]{3,}ly)\s+){0,2}"
                              r"(?:was|were|had|has|is|are|did|would|could|became|went|came|left|fled|took|sent|gave|"
                              r"made|found|wrote|met|saw|ran|rode|got|kept|brought|fought|[a-z]{3,}ed|"
                              # a chronology's present: "Scot himself later flees to Norway"
                              r"flees|goes|moves|leaves|returns|sails|travels|settles|arrives|lands|marches|"
                              r"comes|becomes)\b")
# A group of other people opening the sentence ("Many fellow exiles move on to London; he remains in Paris")
# the subject as a child, the object of another's doing ("did not publicly acknowledge the boy")
_CHILD_OBJECT = re.compile(r"\b(?:[a-z]+)\s+the\s+(?:boy|girl|child|infant|baby)\b(?!\s+(?:[A-Z]|of\b))")
_OTHERS_OPEN = re.compile(r"^\W*(?:Many|Most|Some|Several|Few|Other|Others|Their|The)\s+(?:[a-z-]+\s+){0,2}?"
                          r"(?:[a-z]{3,}s|people|men|women|children)\s+(?:[a-z]+ly\s+)?"
                          r"(?:are|were|have|had|[a-z]{3,}ed|move|go|went|came|come|leave|left|fled|flee|stay|remain|"
                          r"return|settle|emigrate|sail|travel|travell?ed|die|make|made|took|take)\b")
_CONTRAST = re.compile(r"[;]|\b(?:but|while|whereas|yet)\b")


# A memoir's title says the subject's sex: "My Father, David Livingstone: recollections by his daughter"
_TITLE_SEX = re.compile(r"\bby\s+(his|her)\s+(?:\w+\s+){0,2}?(?:daughter|son|wife|husband|widow|niece|nephew|sister|"
                        r"brother|pupil|friend|grandson|granddaughter|cousin|secretary)\b"
                        r"|^\W*(?:my|our)\s+(?:dear\s+|late\s+)?(father|mother|uncle|aunt|brother|sister|husband|wife|"
                        r"grandfather|grandmother|son|daughter)\b", re.IGNORECASE)
_MALE_KIN = {"his", "father", "uncle", "brother", "husband", "grandfather", "son"}


def title_pronoun(text: str) -> str:
    """"he" or "she" as a memoir's title line tells it ("... recollections by his daughter", "My Mother the
    Traveller"), else "".

    >>> title_pronoun("My Father, David Livingstone: recollections by his daughter")
    'he'
    """
    first = text.lstrip().split("\n", 1)[0]
    m = _TITLE_SEX.search(first) if len(first) <= TITLE_LINE else None
    if m is None:
        return ""
    return "he" if (m.group(1) or m.group(2)).lower() in _MALE_KIN else "she"


_FEMALE_KIN = {"mother", "aunt", "sister", "wife", "grandmother", "daughter", "niece", "granddaughter", "widow"}


def kin_pronoun(kin: tuple[str, ...]) -> str:
    """"he" or "she" as the teller's kin word for the subject says ("Remembering My Mother, Sarojini Naidu"; "I am
    the elder of her two daughters"), else "" (a cousin or a friend says nothing of sex).

    >>> kin_pronoun(("mother",)), kin_pronoun(("brother",)), kin_pronoun(("cousin",))
    ('she', 'he', '')
    """
    word = kin[0] if kin else ""
    return "he" if word in _MALE_KIN else "she" if word in _FEMALE_KIN else ""


def subject_pronoun(texts: Iterable[str], subject: str) -> str:
    """"he" or "she" when the sentences that name the subject clearly use one (two to one), else ""."""
    pattern = subject_pattern(subject)
    parts = {p.lower() for p in name_parts(subject)}
    he = she = 0
    after = 0  # the two sentences after one that names the subject speak of the subject too, mostly
    opens: list[str] = []  # the pronoun opening each sentence that opens with one
    for text in texts:
        opening = _PRONOUN_OPENS.match(text)
        if opening:
            opens.append(opening.group(1).lower())
        own = _ENTRY_OWN.match(text)
        if own is not None:
            # "1840s – Finishes her education in London": a chronology's entry whose implicit subject's own
            # possessive follows its opening verb says which the subject is, though a husband of the same family
            # name ("Barker sails for India; he fights at Lucknow") fills the entries with his pronouns
            she += GENDERED_WEIGHT if own.group(1) == "her" else 0
            he += GENDERED_WEIGHT if own.group(1) == "his" else 0
        # Only a mention of the subject as a person counts: "Jacob Freud", "the Freud daughters" name the family
        # (a memoir of a family is full of its women and men), "Sigmund" or "Freud went" the subject; and only
        # the pronouns after the mention.
        clean = [m for m in pattern.finditer(text) if _personal_use(text, m.start(), parts)]
        if clean:
            after = 2
            # "my uncle's wife, Deng Yingchao, ... because he was the seventh": a noun of kin or rank set beside the
            # name says which the subject is, more surely than the pronouns of the others around it
            beside = _GENDERED_BEFORE.search(text, 0, clean[0].start())
            if beside is not None:
                she += GENDERED_WEIGHT if beside.group(1).lower() in _FEMALE_NOUNS else 0
                he += GENDERED_WEIGHT if beside.group(1).lower() in _MALE_NOUNS else 0
            counted = text[clean[0].end():]
            he += len(re.findall(r"\b(?:he|him|his)\b", counted, re.IGNORECASE))
            she += len(re.findall(r"\b(?:she|her|hers)\b", counted, re.IGNORECASE))
        elif after:
            after -= 1  # the next sentences continue the subject when they open with a pronoun ("He went ...")
            if _PRONOUN_OPENS.match(text):
                he += len(re.findall(r"\b(?:he|him|his)\b", text, re.IGNORECASE))
                she += len(re.findall(r"\b(?:she|her|hers)\b", text, re.IGNORECASE))
    found = "he" if he >= 2 * max(she, 1) else "she" if she >= 2 * max(he, 1) else ""
    if found or not opens:
        return found
    # A life told almost wholly by pronouns ("Rosa Luxemburg was born ..." and then "she" throughout): the
    # pronoun that opens its sentences, by a wide margin (three to one), is the subject's
    he_opens, she_opens = (sum(1 for p in opens if p in words) for words in (("he", "his"), ("she", "her")))
    return "he" if he_opens >= PRONOUN_OPENS_MIN and he_opens >= 3 * max(she_opens, 1) else \
        "she" if she_opens >= PRONOUN_OPENS_MIN and she_opens >= 3 * max(he_opens, 1) else ""


PRONOUN_OPENS_MIN = 5  # sentences opening with the pronoun before it speaks for the subject on its own
_FEMALE_NOUNS = {"wife", "mother", "aunt", "sister", "daughter", "widow", "queen", "empress", "princess", "lady",
                 "woman", "girl", "niece", "grandmother", "nun", "mistress", "duchess", "countess", "consort"}
_MALE_NOUNS = {"husband", "father", "uncle", "brother", "son", "widower", "king", "emperor", "prince", "lord", "man",
               "boy", "nephew", "grandfather", "monk", "master", "duke", "count"}
GENDERED_WEIGHT = 3  # a noun of kin or rank set beside the name counts as three pronouns
_ENTRY_OWN = re.compile(r"\s*(?:[-*•·]\s*)?(?:c\.\s*|ca\.\s*)?\d{3,4}s?\b[^.;]{0,30}?[–—:-]\s+"
                        r"(?:[A-Z][a-z]+ly\s+)?[A-Z][a-z]+(?:s|ed)\s+(his|her)\s+[a-z]")
_GENDERED_BEFORE = re.compile(r"\b(" + "|".join(sorted(_FEMALE_NOUNS | _MALE_NOUNS)) + r")\s*,\s*$", re.IGNORECASE)


_COUNTED = re.compile(r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Many|Some|Several|Few|All|Both|Most|"
                      r"His|Her|Their|The|This|These|Those|Its)\b")
_HOUSEHOLD = {"family", "household", "parents"}
# A clause whose subject is a thing that travels without the subject: letters, news, pictures, remains
# "moved on to Guangzhou and, when the city fell, to Liuzhou": the aside about a thing is closed, and the sentence's
# own journey goes on with a preposition
_ASIDE_OPENS = re.compile(r"\s*(?:when|while|as|after|before|until|once)\b", re.IGNORECASE)
_AFTER_ASIDE = re.compile(r"[^,;.]*,\s*(?:then\s+|later\s+|finally\s+)?(?:on\s+)?(?:to|into|at|for)\s+(?:the\s+)?")
_THING_OPENS = re.compile(r"(?:^\W*|[,;:]\s*|\b(?:and|while|whereas|but|as|when|until|where)\s+)"
                          r"(?:(?:the|a|an|his|her|their|its|some|many|several|two|three)\s+)?(?:[a-z]+\s+)?"
                          r"(?:messages?|letters?|telegrams?|cables?|news|word|reports?|rumou?rs?|petitions?|appeals?|"
                          r"parcels?|paintings?|pictures?|canvases|works|books?|manuscripts?|papers|archives?|"
                          r"chapters?|pages|verses|poems|"
                          r"cargoe?s?|goods|shipments?|"
                          r"ashes|remains|body|coffin|exhibitions?|collections?|"
                          # "When the town passed to Poland in 1920": a place changing hands, not a journey
                          r"town|city|province|territory|colony|island|port)"
                          r"(?:\s+(?:of|from|about|on)(?:\s+[\w'’-]+){1,5}?)?"
                          r"(?:,\s+[^,;.]{1,50},)?"  # ("His letters, carried by Dutch ships, reached England")
                          r"\s+(?:[a-z]+ly\s+)?"
                          r"(?:went|came|was|were|had|have|has|arrived|reached|travell?ed|passed|followed|brought|"
                          r"carried|took|moved|returned|fell|[a-z]{3,}ed)\b", re.IGNORECASE)
# "letters to Japan", "goods for Nagasaki and Hirado", "a votive tablet ... to the shrine in Sunpu": things sent there
_THING_TO_BEFORE = re.compile(r"\b(?:letters?|messages?|telegrams?|cables?|goods|cargoe?s?|petitions?|gifts?|tribute|"
                              r"reports?|tablets?|paintings?|parcels?|remittances?|"
                              # "Sends a copy of his collected works to the Donglin Temple"
                              r"(?:a\s+)?cop(?:y|ies)\s+of\s+(?:\w+\s+){0,4}?(?:works?|books?|poems?|letters?|writings|"
                              r"sutras?|scriptures?|manuscripts?|paintings?)"
                              r")\s+(?:\w+\s+){0,3}?(?:to|for)\s+"
                              r"(?:the\s+)?(?:(?:[A-Z][\w’'-]+,?\s+)+(?:and|or)\s+)?$")
_COMMA = re.compile(r",\s+")
# a name and a verb of going or staying (not "Smilga and Tukhachevsky were defeated at Warsaw", where the subject
# may have been too): "..., Seryozha fled to the Soviet Union"
# (", when Francis Xavier arrived there from Yamaguchi": a subordinate clause of another's too)
_COMMA_OTHER_GOES = re.compile(r"\s*(?:(?:when|while|as|until|where)\s+)?(?:the\s+)?"
                               r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]{2,}"
                               # ("..., the Liefde's captain set his course for Japan": another's command)
                               r"(?:['’]s\s+(?:captain|master|pilot|commander|crew|men|owner|owners))?)\s+(?:[a-z]+ly\s+)?"
                               r"(?:fled|went|moved|returned|left|sailed|travell?ed|emigrated|settled|died|escaped|"
                               r"arrived|came|hurried|rode|drove|flew|lived|stayed|remained|was\s+born|"
                               r"set\s+(?:his|her|their|its)\s+course|steered|headed|made\s+for|"
                               r"(?:was|were)\s+(?:sent|taken|deported|exiled|banished))\b")
_OTHERS_EVENT_BEFORE = re.compile(r"\b(?:murder|death|assassination|execution|killing|suicide|funeral|burial|arrest|"
                                  r"capture|defeat)\s+of\s+([^,;.()]{1,60}?)\s+(?:in|at|near|outside|on)\s+(?:the\s+)?$"
                                  # "his father's death at Nola is reported to him": whose, by the possessive
                                  r"|\b((?:his|her|their|my)\s+\w+|[A-Z][\w-]+)['’]s\s+(?:murder|death|"
                                  r"assassination|execution|killing|suicide|funeral|burial|arrest)\s+(?:in|at|near)\s+$",
                                  re.IGNORECASE)
# A clause whose subject is a body of others: "other squadrons go on to Arabia", "A party of seven men from the
# fleet goes on to Mecca", "the rest of the crew sailed home"
_BODY_OF_OTHERS = re.compile(r"\s*(?:the\s+)?(?:other|some|several|most|many|part|two|three|four|five|six|seven|"
                          r"a\s+(?:party|detachment|squadron|few)|the\s+rest)\s+(?:of\s+(?:the|his|her|their)\s+)?"
                          r"(?:\w+\s+){0,2}?(?:squadrons?|ships?|fleets?|men|members|companions|soldiers|sailors|"
                          # ("1913 – Four sons of noble families sent to school at Rugby")
                          r"envoys|troops|parties|others|crew|sons|daughters|boys|girls|students|pupils|monks)\b"
                          r"(?!\s+(?:and|with)\s+(?:he|she|him|her)\b)"
                          # "1903 – A British force under Colonel Younghusband crosses into Tibet": an army of others
                          r"|\s*(?:a|an|the)\s+(?:[A-Z][a-z]+\s+)?(?:force|army|expedition|column|garrison|fleet)\s+"
                          r"(?:under|led\s+by|commanded\s+by)\b"
                          # "1895 – The envoys are kept waiting in London": the ones the subject sent
                          r"|\s*the\s+(?:envoys|embassy|delegation|deputation|messengers|emissaries|ambassadors)\b",
                          re.IGNORECASE)
# "Minna went to Dresden" (Minna is also a town in Nigeria): a name that goes, flees or dies is a person's
_PERSON_GOES = re.compile(r"\s+(?:went|goes|travell?ed|travels|sailed|sails|fled|flees|returned|returns|moved|moves|"
                          r"died|dies|married|marries|arrived|arrives|stayed|stays|wrote|writes)\b")
_CLAUSE_MARK = re.compile(r"[;:]|\s[–—]\s")
# a subordinate clause of another person's opening the sentence: "When Vinayak Damodar Savarkar, arrested ...,"
_SUBORDINATE_OTHER = re.compile(r"\W*(?:When|After|Before|As\s+soon\s+as|Once|Until|While|Although|Though|Since|"
                                r"Because)\s+((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]{2,})(?=,|\s+(?:[a-z]+ly\s+)?"
                                r"(?:is|was|are|were|has|had|[a-z]{3,}(?:ed|es|ts|ds|ks|ns|ls|rs|ys))\b)")
# a clause's fronted phrase: a preposition or an adverb of place or time first ("On 28 March, far away in Magelang,")
_FRONTED_OPENS = re.compile(r"\W*(?:in|on|at|during|after|before|far|back|meanwhile|elsewhere|near|across|outside|"
                            r"inside|there|that|the\s+same|by|from)\b", re.IGNORECASE)
# another's name and any verb right after the comma: "..., Diponegoro is arrested"
_FRONTED_OTHER = re.compile(r"\s*((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]{2,})\s+(?:[a-z]+ly\s+)?"
                            r"(?:is|was|are|were|has|had|[a-z]{3,}(?:ed|es|ts|ds|ks|ns|ls|rs|ys))\b")
# A conjunction that joins a clause of its own to one that has its verb already ("revolution breaks out in Vienna
# and Metternich flees to England", "is sent to Aleppo, while Kossuth and the refugees are moved to Shumen")
_JOINED_CLAUSE = re.compile(r",?\s+(?:and|while|whereas)\s+(?=[A-Z])")
# two peoples' adjectives joined before one noun ("the Angolan and Mozambican movements"): no clause of its own
_PEOPLES_WORD_BEFORE = re.compile(r"\b[A-Z][\w’'-]*(?:an|ese|ish|ic|i)\s*$")
_PEOPLES_WORD_NOUN = re.compile(r"[A-Z][\w’'-]*(?:an|ese|ish|ic|i)\s+[a-z]")
_HAS_VERB = re.compile(r"\b(?:is|was|are|were|has|had|[a-z]{3,}(?:ed|es|ts|ds|ks|ns|ls|rs|ys)|went|came|took|left|"
                       r"fled|gave|got|made|found|kept|met|saw|ran|rode|wrote|sent|brought|became|spent|held|led|"
                       r"taught|began|drove|flew|rose|sailed)\b")
# a clause's own time before its subject: "; in April the Diet at Debrecen declares ..."
_CLAUSE_TIME = re.compile(r"\s*(?:(?:in|on|by|from|during|early\s+in|late\s+in)\s+(?:the\s+)?(?:[\w]+\s+){0,2}?"
                          rf"(?:\d{{3,4}}|{'|'.join(ENGLISH_MONTHS)}|spring|summer|autumn|fall|winter)\b,?"
                          # ("At the Delhi Durbar, George V announces": a named occasion before the clause's subject)
                          r"|(?:at|in|on)\s+the\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3},)?",
                          re.IGNORECASE)
# (a ruler's or officer's title before the name: "When the emperor Henry VII came down into Italy in 1310")
# the teller taken somewhere by work or duty: "My work took me twice to Salt Lake City"
_TAKES_TELLER = re.compile(r"\b(?:took|takes|brought|brings|sent|sends|carried|led)\s+me\b")
# the subject joins the teller's company: "Tupaia begged to come with us", "I took him aboard the Endeavour"
_JOINS_TELLER = re.compile(r"\b(?:(?:begged|asked|wished|wanted|agreed|came|went|sailed|travell?ed)\s+(?:to\s+)?"
                           r"(?:come|go|sail|travel)?\s*with\s+(?:me|us)|(?:took|take|taken)\s+(?:him|her)\s+"
                           r"(?:aboard|on\s+board|with\s+(?:me|us)))\b", re.IGNORECASE)
# a sentence whose subject is "we", after at most a short time phrase: "On the 20th we came to Raiatea"
_WE_OPENS = re.compile(r"^\W*(?:[^,;.]{0,40}?,?\s+)?[Ww]e\s+(?!(?:said|thought|heard|learned|knew)\b)[a-z]+")
# the teller with the subject, so that "we" is both: "I went with her", "she took four of us", "she and I"
_TELLER_WITH_SUBJECT = re.compile(r"\b(?:with\s+(?:her|him)|(?:she|he)\s+and\s+I|(?:her|him)\s+and\s+me|"
                                  r"(?:took|brought|sent)\s+(?:me|us)|of\s+us)\b", re.IGNORECASE)
_JOINED_GROUP = re.compile(r"(?:[;,]\s*(?:and\s+|when\s+|where\s+)?)(?:the\s+(?:family|couple)|they)\s+(?!said|thought)"
                           r"[a-z]+", re.IGNORECASE)
_GROUP_ACTED_ON = re.compile(r"\b(?:received|sent|took|brought|carried|put|shipped|escorted|led|welcomed|conveyed|"
                             r"transported|guided|ferried|imprisoned|held|kept|lodged|housed|marched|deported)\s+them\b")
_TAKES_US = re.compile(r"\b(?:took|takes|brought|brings|sent|sends|led|leads)\s+(?:the\s+(?:two|three|four|five|six)\s+"
                       r"of\s+|all\s+of\s+)?us\b", re.IGNORECASE)
# (the tracker's object "her" reads a few more words as following an object: "took her north", "on her behalf" not)
_HER_OBJECT = (rf"her(?=\s*(?:[,.;:)]|$|(?:{_AFTER_OBJECT_HER}|by|before|after|again|once|there|here|that|this|north|"
               r"south|east|west|abroad|inland|ashore|aboard|overseas|upstairs|onward|onwards)\b))")
_VERB_NEXT = re.compile(r"\s+(?:also\s+|then\s+|herself\s+|himself\s+)?(?!had\b|would\b|could\b)[a-z]{2,}\b")
_TELLER_MEETS = re.compile(r"\b(?:I|we)\s+(?:first\s+|last\s+|again\s+|often\s+|finally\s+)?"
                           # ("At Christmas 1938 I went to visit her at Kungälv")
                           r"(?:(?:went|came|travell?ed|drove|flew|sailed|hurried)\s+(?:\w+\s+){0,2}?to\s+)?"
                           r"(?:met|meet|saw|see|found|"
                           r"visited|visit|joined|rejoined)\s+()[^.;]{0,40}?\b(?:in|at)\s+(?:the\s+)?$")
_KIN_APPOSITIVE = re.compile(rf",\s+(?:his|her|their)\s+(?:\w+\s+)?{_KIN}\b", re.IGNORECASE)
_GIVEN_AFTER = re.compile(r"[ \t]+([A-Z][a-z][\w’'-]*)\b(?![ \t]+(?:of|de|da|von|van)\b)")
# where a clause of its own joins the sentence ("; she travelled", ", and there ... she was married", "and he was
# killed")
_JOINED_CLAUSE_MARK = re.compile(r";\s*|,?\s+(?:and|but)\s+")
# "there, in 1896, at ": scene words and phrases before a fronted place
# "it was in Norwich ... that my aunt was born", "It was at Yasnaya Polyana that he wrote": a place put first
_CLEFT_BEFORE = re.compile(r"\bit\s+(?:was|is)\s+(?:only\s+|also\s+|here\s+|there\s+)?(?:in|at|on|to|near)\s+"
                           r"(?:the\s+)?$", re.IGNORECASE)
_CLEFT_THAT = re.compile(r"[^.;]{0,120}?\bthat\s+", re.IGNORECASE)
_FRONTED = re.compile(r"(?:(?:there|then|here|later|soon|afterwards|(?:in|on|at|by|during|from)\s+(?:the\s+)?"
                      r"[\w’'-]+(?:\s+[\w’'-]+){0,2})\s*,?\s*)*(?:in|at|near)\s+(?:the\s+)?", re.IGNORECASE)
_FRONTED_AFTER = re.compile(r"[\w’'. -]{0,40}?,\s*")  # the place's own name, then the comma before the subject
# a participle opening a clause is no person ("Having failed a third time to win over the government, leaves Kamakura")
_PARTICIPLE_OPENER = re.compile(r"Having|Being|Leaving|Returning|Travell?ing|Arriving|Finding|Hearing|Learning|Seeing|"
                                r"Failing|Feeling|Fearing|Taking|Making|Passing|Crossing|Following|Wishing|Hoping|"
                                r"Refusing|Reali[sz]ing|Knowing|Thinking|Believing|Disappointed|Exhausted|Unable")
_CLAUSE_OTHER = re.compile(r"\s*(?:the\s+(?:(?:emperor|empress|king|queen|pope|tsar|tsarina|sultan|shah|general|"
                           r"governor|prince|princess|duke|duchess|count|countess|bishop|archbishop|cardinal|"
                           r"president|viceroy|emir|khan|caliph|regent|marquis|marquess)\s+)?)?((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]{2,}?"
                           r"(?:\s+[IVX]{1,5}\b)?)"  # ("James II flees to France")
                           # "Miranda's expedition lands at Coro": a possession of another acts
                           r"(?:['’]s\s+(?:[a-z]+\s+){0,2}?[a-z]{3,}(?=\s))?"
                           r"(?:\s+(?:himself|herself|themselves))?"  # ("Puji himself lived far away in Luoyang")
                           # "Roberval, still waiting for artillery, stays behind at La Rochelle": an aside between
                           r"(?P<aside>,\s+(?!(?:and|but|or|then|where|when|while|who|whom|whose|which|that|in|on|at|"
                           r"by|from|to|early|late|after|before|among|with|was|were|is|are|had|has|have|did|will|would)\b)"
                           r"(?![^,;.]*\b(?:he|she|they|we|I|him|her|them|us|me)\b)[a-z][^,;.\d]{2,50},)?"
                           # "the Diet at Debrecen declares", "Kossuth and the remaining refugees are moved"
                           r"(?:\s+(?:at|in)\s+[A-Z][\w’'-]+)?(?:\s+and\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?\s+"
                           r"(?:was|were|had|has|is|are|did|became|[a-z]{3,}ed|goes|dies|flees|came|went|fled|left|"
                           r"took|brought|sent|wrote|met|saw|ran|rode|gave|got|made|found|kept|"
                           r"[a-z]{3,}(?:es|ts|ds|ks|ns|ls|rs|ys))\b")
_VERB_RIGHT_AFTER = re.compile(r"\s+[a-z]+")
_REFLEXIVE_AFTER = re.compile(r"\s+(?:himself|herself)\b")  # "Puji himself lived": a person, though a town is so called
_WHO_CLAUSE = re.compile(r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*),\s+who\b[^;.()—–]*$")
_SUBORDINATE = re.compile(r"[;:]|\b(?:when|while|where|after|before|because|since|as|that|who|and|but)\b")
# ", and served his sentence": a joined clause that opens with its verb, sharing the subject before it
_SHARED_SUBJECT = re.compile(r",\s+(?:and|but)\s+(?!(?:he|she|I|we|they|it|the|a|an|his|her|my|our|their|this|that|"
                             r"there|then|in|on|at|by|after|before|when|later|soon|from)\b)[a-z]+(?:ed|t)\b")
_CLAUSE_START = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|where|when)\b|\b(?:that|who|whom)\b")
_PRONOUN_OPENS = re.compile(r"\W*(?:(?:in|on|at|by|after|before|during|then|later|soon)\b[^,.;]{0,40}?,?\s+)?"
                            r"(he|she|his|her)\b", re.IGNORECASE)
# A surname that names someone else or the family: another given name before it ("Jacob Freud"), or "the"
# ("the Freud daughters").
_FAMILY_USE = re.compile(r"\b([A-Z][a-z]+|the)\s+$")
# A Russian or South Slavic patronymic ("Alekseyevich", "Nikolayevna", "Ilyich"): the middle of one person's name
# "William of Orange", "Catherine of Aragon", "Frederick II": a ruler's or saint's style after a given name (never
# a second name: "Sarojini Chattopadhyay" is a maiden name, "Fridtjof Wedel-Jarlsberg Nansen" a middle one)
# (not "After the Bolsheviks gained a majority in the Petrograd Soviet, Trotsky was elected Chairman": what the others
# did there is the scene of his own election)
_SUBORDINATE_OPENS = re.compile(r"\W*(?:When|While|Once|Until|Although|Though|Because|As\s+soon\s+as)\s+")
# "When Ghazi Muhammad's successor, Hamzat Bek, was murdered at Khunzakh": a name set off by commas renames who
# the clause is about; the clause goes on after it
_APPOSITIVE_NAME = re.compile(r",\s+(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+,(?=\s+[a-z])")
_FIRST_WORD = re.compile(r"\W*([A-Z][\w’'-]+)")
_OPENING_ADVERB = re.compile(r"\W*(?:Then|Later|Afterwards|Meanwhile|Soon|Finally|Eventually|Next)\s*,?\s+(?=[A-Z])")
_SURNAME_AFTER_GIVEN = re.compile(r"\s+(?:of\s+(?:the\s+)?([A-Z][\w’'-]+)|((?:[IVX]+)\b))")
_PATRONYMIC = re.compile(r"(?:ovich|evich|vich|ovna|evna|yevna|ichna|ilyich|ovič|evič)$")


def _personal_use(text: str, at: int, parts: set[str], initial: str = "") -> bool:
    """Whether the mention of the subject's name at ``at`` names the subject: not "the Freud daughters", not
    "Jacob Freud" (another given name; one with the subject's initial may be the same one: "Lev Trotsky", and
    a patronymic stands between: "Pyotr Alekseyevich Kropotkin" in a life of Peter Kropotkin)."""
    before = _FAMILY_USE.search(text, max(0, at - 30), at)
    if before is not None and _PATRONYMIC.search(before.group(1)):
        before = _FAMILY_USE.search(text, max(0, before.start() - 30), before.start()) or before
    if before is None or before.group(1).lower() in parts:
        return True
    word = before.group(1)
    if word == "the" and _RULER_TITLE.match(text, at):
        return True  # "the Rani" in a life of Lakshmibai, Rani of Jhansi: the subject's own title
    # (a particle of the subject's own name: "Abu Taleb" in a life of Mirza Abu Taleb Khan, "Ibn Sina")
    return word != "the" and (word.islower() or word.lower() in NOT_GIVEN_NAMES or word[0] == initial
                              or word.lower() in TITLES or word.lower() in NAME_PARTICLES)


_RULER_TITLE = re.compile(r"(?:Rani|Raja|Rajah|Maharaja|Maharani|Begum|Nawab|Queen|King|Emperor|Empress|Sultan|"
                          r"Sultana|Shah|Khedive|Emir|Amir|Khan|Tsar|Tsarina|Kaiser|Mikado|Shogun|Negus|Pasha|Bey|"
                          r"Imam|Mahdi|Caliph|Peshwa|Nizam)\b(?!\s+of\b)")
# Words of address and rank, never a name of the person they stand before (also read by ``extract.pet_names``)
TITLES = {"mr", "mrs", "miss", "ms", "dr", "sir", "lady", "lord", "professor", "prof", "general", "comrade",
           "president", "queen", "king", "emperor", "empress", "tsar", "prince", "princess", "count", "countess",
           "baron", "saint", "father", "brother", "sister", "colonel", "captain", "marshal", "citizen", "herr",
           "frau", "monsieur", "madame", "señor", "don", "doña", "signor", "pope", "chancellor", "premier",
           # a relative's form of address: "Aunt Mary went home to Kingston" told by her great-niece
           "aunt", "auntie", "uncle", "cousin", "granny", "grandma", "grandpa", "grandmother", "grandfather", "mother",
          "sultan", "duke", "duchess", "master", "mistress"}


class SubjectTracker:
    """Feeds sentences in order; says whether each one is about the subject.

    A pronoun keeps the subject in focus for up to ``reach`` sentences after the
    last sentence that named them, unless a sentence opens with another
    person's full name ("John Podesta, the former…"), which takes the focus.
    """

    def __init__(self, subject: str, reach: int = 20, is_place: Callable[[str], bool] = lambda word: False,
                 pronoun: str = "", kin: tuple[str, ...] = (), epithets: tuple[str, ...] = (),
                 is_proper: Callable[[str], bool] = lambda word: True, vessels: tuple[str, ...] = ()):
        self.is_place = is_place
        self.pronoun = pronoun
        # "the Liefde drifted into the bay": a ship the document put the subject aboard (``vessel_names``)
        # ("She anchored in Matavai Bay" after "Endeavour sailed ...", in a man's life: the ship is "she")
        ship_she = "|she" if pronoun == "he" else ""
        self.vessel_opens = re.compile(
            rf"^\W*(?:{_SCENE}|{_LEAD_INS})(?:(?:the\s+)?(?:{'|'.join(map(re.escape, vessels))}){ship_she})\s+"
            r"(?:then\s+|finally\s+|at\s+last\s+)?"
            rf"(?:{_VESSEL_GOES})\b", re.IGNORECASE) if vessels else None
        self.is_proper = is_proper  # the document writes the word capitalised inside a sentence too: a name
        # With the subject's pronoun known, "she died there" in a life of a man is about someone else,
        # and a possessive ("her sentence began in Berlin") carries the subject too.
        # "I" is a memoir's own subject: the document said whose memoir it is (``memoir_of``), and "we" is
        # a group the narrator is in. The first-person words are matched case-sensitively ("I", not "i").
        words = {"he": r"he|him|his", "she": r"she|her|hers", "I": r"(?-i:I)|me|my|myself|we|us|our"}.get(
            pronoun, r"he|she|him")
        self.pronouns = re.compile(rf"\b(?:{words})\b", re.IGNORECASE)
        opener = {"I": r"(?-i:I)|we"}.get(pronoun, pronoun or "he|she")
        if kin and pronoun != "I":
            # told by a relative ("Recollections by his sister"): "we" is the family, the subject among them
            words, opener = f"{words}|we|us", f"{opener}|we"
            self.pronouns = re.compile(rf"\b(?:{words})\b", re.IGNORECASE)
        self.opens = re.compile(rf"^\W*{_SCENE}(?:{opener})\b", re.IGNORECASE)
        # "The emir went up to Paris" in a life titled "The Emir Who Became a Guest" (see ``title_epithets``)
        self.epithet = re.compile(rf"^\W*(?:{_SCENE}|{_LEAD_INS})the\s+(?:\w+\s+){{0,2}}?(?:{'|'.join(epithets)})"
                                  r"\b(?!\s+of\b)",
                                  re.IGNORECASE) if epithets else _EPITHET_OPENS
        self.nominative = re.compile(rf"\b(?:{opener})\b", re.IGNORECASE)  # the subject as a clause's subject
        # (an object "her", never the possessive: "travelled to Paris on her behalf" is not acting on her)
        self.object = re.compile(
            rf"\b(?:{ {'he': 'him', 'she': _HER_OBJECT, 'I': 'me|us'}.get(pronoun, 'him|' + _HER_OBJECT) })\b(?!self)")
        self.pattern = subject_pattern(subject, kin)
        self.kin = re.compile(kin_alias_pattern(kin)) if kin else None  # "my brother" is the subject here
        self.parent_told = bool(set(kin) & {"mother", "father"})  # told by a child: "they" may be the parents
        self.parts = {p.lower() for p in name_parts(subject)}
        names = name_parts(subject)
        # the first of two or three names, when the document uses the whole name as one ("Zheng Chenggong",
        # "Kang Youwei"): a family name first, which relatives share
        self.family_first = names[0].lower() if 2 <= len(names) <= 3 else ""
        self.given = names[0].lower() if len(names) >= 2 else ""  # the first of two or more names
        self.initial = subject.strip()[:1].upper()  # "Lev Trotsky" for Leon Trotsky, never "Jacob Trotsky"
        # "The Grahams had come home to London": the household of the subject's last name, the subject among them
        # (any name after the first: "Lady Anne Barnard (Lady Anne Lindsay)" has married into one and was born to one)
        surnames = [re.escape(n) for n in names[1:] if n[:1].isupper() and len(n) > 2 and n.lower() not in TITLES]
        self.household = re.compile(rf"^\W*{_SCENE}the\s+(?-i:{'|'.join(surnames)})(?:e?s)\b(?!['’])",
                                    re.IGNORECASE) if surnames else None
        self.reach = 10**9 if pronoun == "I" else reach
        self.since_named: int | None = 0 if pronoun == "I" else None  # a memoir's narrator is there from line one
        self.group_at: int | None = None  # sentences since one put the subject in a group
        self.group_noun: re.Pattern | None = None  # "a group of Jesuits ... included ... Gerbillon": "the Jesuits"
        self.members = ""  # the last group's members named ("a group of Jesuits"), for "The group ... included"
        self.other_at: int | None = None  # sentences since one opened with another person
        self.by_family = False  # the last sentence was the subject's only as one of "the family"
        self.unnamed_fed = 0  # sentences fed before the subject was first named
        self.with_teller = False  # a friend's memoir said the subject joined the teller's company
        self.lede = False
        self.married = False  # a sentence about the subject told their wedding: "the couple" includes them
        self.since_wedding: int | None = None  # sentences since that wedding was told
        self.other_is_opposite = False  # the person who took the focus is of the other pronoun
        self.opposite = {"he": re.compile(r"\b(?:she|her)\b", re.IGNORECASE),
                         "she": re.compile(r"\b(?:he|him|his)\b", re.IGNORECASE)}.get(pronoun)

    def names_subject(self, text: str, start: int = 0, end: int | None = None) -> list[re.Match]:
        """The mentions of the subject's name in ``text[start:end]`` that name the subject: not "Thomas Stevenson"
        (another given name) in a life of Robert Louis Stevenson, nor "the Freud daughters"."""
        end = len(text) if end is None else end
        return [m for m in self.pattern.finditer(text, start, end)
                if (self.kin is not None and self.kin.match(text, m.start()))
                or (_personal_use(text, m.start(), self.parts, self.initial)
                    and not self._namesake(text, m.group(), m.end()) and not self._kin_of_name(text, m))]

    def _kin_of_name(self, text: str, m: re.Match) -> bool:
        """The subject's family name opening another person's name, as East Asian names put it first, with the
        relation said beside it: "Zheng Zhilong, his father, born at Shijing" in a life of Zheng Chenggong (not
        "Zheng Chenggong" himself, nor a name the subject also bears)."""
        if m.group().lower() != self.family_first:
            return False
        after = _GIVEN_AFTER.match(text, m.end())
        # (only with the relation said beside it: "Sarojini Chattopadhyay" is the subject by her maiden name)
        return after is not None and after.group(1).lower() not in self.parts and not self.is_place(after.group(1)) \
            and _KIN_APPOSITIVE.match(text, after.end()) is not None

    def _namesake(self, text: str, word: str, end: int) -> bool:
        """The subject's given name with another's style after it: "William of Orange" or "William III" in a life
        of William Penn."""
        if not self.given or word.lower() != self.given:
            return False
        after = _SURNAME_AFTER_GIVEN.match(text, end)
        return after is not None and (after.group(2) is not None or after.group(1).lower() not in self.parts)

    def other_kin(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """A relative or companion named in ``text[start:end]`` who is not the subject ("his son"; not "my
        brother" when his sister tells the life)."""
        end = len(text) if end is None else end
        return any(self.kin is None or not self.kin.match(text, m.start())
                   for m in OTHER_AGENT.finditer(text, start, end))

    def someone_else_opens(self, text: str) -> bool:
        """Another person opens the sentence, after its date if it has one ("In 1965 Isabel travelled to
        Argentina on his behalf")."""
        if self._someone_else_opens(text):
            return True
        adverb = _OPENING_ADVERB.match(text)  # ("Then Yuan Zhen was recalled, and later exiled to Jiangling")
        if adverb is not None and self._someone_else_opens(text[adverb.end():]):
            return True
        scene = TIME_SCENE.match(text)
        return scene is not None and scene.end() < len(text) and self._someone_else_opens(text[scene.end():])

    def _someone_else_opens(self, text: str) -> bool:
        first = _FIRST_WORD.match(text)
        if first is not None and self._namesake(text, first.group(1), first.end(1)):
            return True  # "William of Orange lands at Torbay" in a life of William Penn
        m = _OPENING_NAME.match(text)
        if m and _WORK_OPENS.match(text):
            return False  # "Die Waffen nieder! appeared in 1889 and made her famous": a book, no person
        if m:  # (never a town's two-word name: "December: San José, Costa Rica, where he meets ...")
            first, last = m.group(1), m.group(2)
            # (nor a participle's lead-in: "Leaving Lhasa at the end of November, they crossed the Himalaya")
            return first.lower() not in NOT_GIVEN_NAMES and not {first.lower(), last.lower()} & self.parts \
                and not _PARTICIPLE_OPENER.fullmatch(first) \
                and not (re.match(r"\s*[,;:.]", text[m.end():]) and self.is_place(f"{first} {last}"))
        m = _OPENING_DESCRIBED.match(text)
        if m:
            named = {w.lower().rstrip(".") for w in m.group(1).split()}
            return not named & self.parts and not self.is_place(m.group(1).split()[-1])
        m = _OPENING_RULER.match(text) or _OPENING_STYLED.match(text)
        # ("Murad IV marches east and takes Baghdad", "William of Orange lands at Torbay", "Catherine the Great
        # dies"; not "When I was ten")
        if m and m.group(1).lower() not in self.parts | NOT_GIVEN_NAMES and not self.is_place(m.group(1)):
            return True
        m = _OPENING_SURNAME.match(text)  # "Stalin was born in Gori. He ..." : the pronoun is Stalin now
        # (never a common word that opens a sentence: "Release came in the summer of 1857. He left ...")
        return m is not None and m.group(1).lower() not in NOT_GIVEN_NAMES | self.parts | _HOUSEHOLD \
            and not self.is_place(m.group(1)) and not _COUNTED.match(m.group(1)) and self.is_proper(m.group(1))

    def about_subject(self, text: str, paragraph: bool = False) -> tuple[bool, bool]:
        """(about the subject, named explicitly): see ``_about_subject``; a sentence of the subject's that tells
        their wedding ("On 27 September 1868 she married Vladimir", not "his parents married") makes a later "the
        couple" theirs. ``paragraph``: the sentence opens a paragraph."""
        if self.since_wedding is not None:
            self.since_wedding += 1
        about, named = self._about_subject(text, paragraph)
        member = _MEMBER_OF.search(text)
        self.members = member.group(1) if member else self.members
        if about and self.kin is None and _JOINS_TELLER.search(text):
            self.with_teller = True  # "Tupaia begged to come with us": from here the teller's "we" has him in it
        wed = _OWN_WEDDING.search(text) if about else None
        if wed and not OTHER_AGENT.search(text, 0, wed.start()):
            self.married = True
            self.since_wedding = 0
        return about, named

    def _about_subject(self, text: str, paragraph: bool = False) -> tuple[bool, bool]:
        """(about the subject, named explicitly).

        A sentence naming the subject only as a possessive ("Trotsky's son
        died in Paris") is about someone else, unless a pronoun carries him.
        A pronoun that opens a sentence continues the focus as if he were named
        ("He ... . He ... ."), so a biography that names him once still reads;
        so does a description of him as the sentence's subject ("The exile
        reached ...", "The Bolshevik leader spent ..."), and "they" right after
        a sentence that put him in a group ("he and Krupskaya", "his family").
        """
        self.by_family = False
        self.lede = False  # the sentence is the opening that describes the subject before naming them
        # "Jacob Freud", "the Freud daughters": the surname of another member of the family names no one here
        names = self.names_subject(text)
        if any(not re.search(r"['’]+s$", m.group()) or not _KIN_AFTER.match(text, m.end()) for m in names):
            self.focus(text)
            return True, True
        if names:
            self.focus(text)
            return bool(self.pronouns.search(text)), False
        self.unnamed_fed += 1
        if self.since_named is None and self.unnamed_fed <= LEDE_SENTENCES and _LEDE_DESCRIBES.match(text):
            # "The man whom the planters of Mississippi called Prince was born in 1762 at Timbo": a life that opens
            # by describing its subject before it names them
            self.focus(text)
            self.lede = True
            return True, False
        if self.since_named is not None:
            if self.since_named <= self.reach and _WEDDED_COUPLE.search(text):
                self.since_named += 1
                self.other_at, self.group_at = None, 0  # "The wedding took place in Wandsbek, and the couple
                return True, False  # honeymooned at Lübeck": the subject's own wedding, whoever was named before
            if self.since_named <= self.reach and (_ROUTE_OPENS.match(text) or _VESSEL_OPENS.match(text) or (
                    self.vessel_opens is not None and self.vessel_opens.match(text))):
                # "From there the road ran west to Tashkent and then to Samarkand", "In the spring of 1657 the march
                # went on. They crossed Lake Baikal": the subject's journey goes on, with the party he travels in
                self.since_named += 1
                self.other_at, self.group_at = None, 0
                return True, False
            if self.married and self.parent_told and _PARENTS_OPEN.match(text) and not self.other_at \
                    and self.since_named <= self.reach:
                # a child's memoir of a mother: "In the summer of 1878, back at Crabbet, they founded the stud",
                # "Their first journeys together, to Algeria in 1874": the teller's parents, the subject with them
                self.since_named += 1
                self.group_at = 0
                return True, False
            if self.since_wedding is not None and self.since_wedding <= WEDDING_REACH and _THEY_OPEN.match(text) \
                    and not self.object.search(text):
                # "She married Andrew Barnard. It was Dundas who found Andrew a post at the Cape. They sailed in
                # February 1797": "they" just after the subject's wedding is the couple, whoever came between
                self.since_named += 1
                self.group_at = 0
                return True, False
            if self.married and _COUPLE_OPENS.match(text) and not self.other_at:
                # "In the autumn of 1874 the couple returned to Russia": the subject and the spouse, years on
                self.since_named += 1
                self.group_at = 0
                return True, False
            if self.household is not None and self.since_named <= self.reach and self.household.match(text):
                self.since_named += 1
                self.by_family = True  # (the caller knows whether the subject is a child or married into it)
                self.group_at = 0
                return True, False
            if self.verb_opens(text):
                self.focus(text)  # "Abdicated in Uppsala 6 June 1654; left Sweden ...": the entry's own subject
                return True, False
            if self.since_named <= self.reach and self.other_at is None and _CAREER_OPENS.match(text):
                # "Brief appointments followed at Yingzhou in 1091 and Yangzhou in 1092": the subject's posts
                self.since_named += 1
                return True, False
            kin_opens = re.match(r"\W*", text)
            kin = OTHER_AGENT.match(text, kin_opens.end() if kin_opens else 0)
            if kin is not None and not self.nominative.search(text, kin.end()) \
                    and not _ACTS_ON.search(text, kin.end()) and not _FAMILY.match(text, kin.start()):
                # "Her mother, kept from her by the regents, was confined at Gripsholm, fled to Denmark and retired
                # to Brandenburg": the relative's sentence, the subject neither acts nor is acted upon
                self.since_named += 1
                return False, False
            possessed = _OPENING_POSSESSED.match(text)
            if possessed and not {w.lower() for w in possessed.group(1).split()} & self.parts \
                    and not self.is_place(possessed.group(1)) and not (
                        self.since_named < self.reach and self.own_pronoun_clause(text) is not None):
                # (unless the subject's own clause follows: "His first wife, Dawa Phuti, died in 1944, ..., and in
                # 1945 he took a post as orderly in Chitral")
                # "Her tutor Ivan Sokol came to Vienna": the sentence is his, though "her" names the subject; the
                # pronoun stays hers ("His father, Apollo, was a poet. In 1861 the family moved ...")
                self.since_named += 1
                return False, False
            acted_on = self.group_at is not None and self.group_at < GROUP_REACH and self.since_named < self.reach \
                and _GROUP_ACTED_ON.search(text) is not None and not _CHILDREN_WORD.search(text)
            if acted_on or self.someone_else_opens(text):
                if acted_on:
                    # "The Dutch received them kindly ... and sent them on by sea to Colombo", after "he and
                    # Stephen Rutland ... They walked north": others act on the group the subject is in
                    self.since_named += 1
                    self.group_at = 0
                    return True, False
                if (self.object.search(text) or _CHILD_OBJECT.search(text)) and self.since_named < self.reach:
                    self.since_named += 1  # "Cárdenas welcomed him": the other person acts on the subject
                    # (or on "the boy": "Ambrosio never married Isabel and did not acknowledge the boy")
                    return True, False
                if self.since_named < self.reach and (self.married or self.kin is not None) and (
                        _JOINED_GROUP.search(text) or _TAKES_US.search(text)):
                    # "In 1854 Thomas became superintendent at Lynton, and the family lived there until 1856, when
                    # they returned to Perth" (the subject married into it); "Papa took the two of us to Munich"
                    # told by the subject's sister: the subject is among them
                    self.since_named += 1
                    self.group_at = 0
                    self.by_family = bool(_FAMILY.search(text))
                    return True, False
                if self.since_named < self.reach and self.own_pronoun_clause(text) is not None:
                    # "Jogiches preferred to stay in the shadows in Zurich; she travelled for the cause": the
                    # subject's own clause after the other's (the caller keeps the other's places out)
                    self.since_named += 1
                    return True, False
                if _PLURAL_OPENS.match(text):
                    # "Marie Bonaparte, the ambassador and Ernest Jones arranged his release. On 4 June he left
                    # Vienna": several people are never "he", so the pronoun stays the subject's
                    self.since_named += 1
                    return False, False
                if _OTHER_DIES.match(text):
                    # "Catherine the Great died the following year, but ... In 1800 she spent five months in
                    # Moscow": the dead take no pronoun after their death; it stays the subject's
                    self.since_named += 1
                    return False, False
                self.other_at = 0  # "Stalin was born in Gori. He ...": the pronoun is the other person's now
                # "Grandmother had hoped for weeks; she got a few afternoons. He went on to Worcester": the other
                # person is "she" to a "he" subject, so the next "He" is the subject's again
                # (or a title says so: "Don Pedro spent her money. She died in Madrid")
                titled = _TITLED_OPENS.match(text)
                self.other_is_opposite = self.opposite is not None and (bool(self.opposite.search(text)) or (
                    titled is not None and (titled.group(1) is not None) == (self.pronoun == "she"))) \
                    and not self.nominative.search(text)
                self.since_named += 1
                self.group_at = None
                return False, False
            self.since_named += 1
            if self.other_at is not None and self.opens.match(text) and (self.other_is_opposite or (
                    self.opposite is not None and self.opposite.search(text, self.opens.match(text).end()))):
                # ("General Hadji-Petros had fought since boyhood. In 1852 she followed him to Lamia": the other
                # person is "him" to a "she" subject, so "she" is the subject's)
                self.focus(text)
                return True, False
            if self.other_at is not None:
                self.other_at += 1
                # ("Brown was hanged that December. ¶ That same year she bought a small farm": a paragraph that
                # opens with the subject's pronoun is the subject's again, whoever the last one was about)
                if (self.other_at <= OTHER_REACH and not (paragraph and self.leads(text))) \
                        or not self.nominative.search(text):
                    return False, False
                # The other person's passage is over: a sentence opening with the subject's pronoun is the
                # subject's again ("Pan Tadeusz was published in 1834. In 1839 he was appointed ...").
                self.other_at = None
            if self.group_at is not None:
                self.group_at += 1
            epithet = _EPITHET_OPENS.match(text) or self.epithet.match(text)
            if self.since_named <= self.reach and (self.pronouns.search(text) or epithet):
                if self.opens.match(text) or epithet:
                    self.focus(text)
                elif _GROUP_FORMED.search(text):
                    self.group_at = 0
                return True, False
            if self.with_teller and _WE_OPENS.match(text):
                self.group_at = 0  # "On the 20th we came to Raiatea": the company the subject joined
                return True, False
            if self.group_at is not None and self.group_at <= GROUP_REACH and (
                    _GROUP.search(text) or (self.group_noun is not None and self.group_noun.match(text))):
                self.by_family = bool(_FAMILY.search(text))  # "the family" still needs the subject to be a child
                self.group_at = 0  # "they" again: the group travels on together
                return True, False
            pair = _PAIR_OPENS.match(text) is not None and self.since_named <= self.reach
            if (pair or (self.since_named <= 1 and self.other_at is None)) \
                    and _THEY_OPEN.match(text) and not self.object.search(text):
                # "He was attached as chaplain to the voevoda's march ... They recrossed Lake Baikal": "they" right
                # after the subject's own sentence, acting on no one, is the party the subject travels with
                self.group_at = 0
                return True, False
            if self.since_named <= self.reach and (_FAMILY.search(text, 0, 50) or CHILDREN_ALONG.search(text) or (
                    _TOOK_THEM.search(text) and _CHILDREN_WORD.search(text)) or _PARENT_AND_CHILD.search(text)):
                self.by_family = True  # the caller knows whether a child is still with the family
                if _PARENT_AND_CHILD.search(text):
                    self.group_at = 0  # "father and son went on to England. They arrived in London ..."
                return True, False  # "In 1882 the family moved to St Petersburg."
        return False, False

    def leads(self, text: str) -> bool:
        """The subject's pronoun is the first clause's subject, after at most a short time phrase naming no one
        ("That same year she bought", "In April 1860, she", not "When Brown died she")."""
        m = self.nominative.search(text, 0, PARAGRAPH_LEAD)
        if m is None:
            return False
        before = text[:m.start()]
        names = [w for w in re.findall(r"\b[A-Z][\w’'-]*", before)[1:] if w not in _MONTH_WORDS]
        return not names and not re.search(r"\b(?:he|she|they|we|I|his|her|their)\b", before, re.IGNORECASE)

    def verb_opens(self, text: str) -> bool:
        """A sentence with no subject of its own that opens with a past-tense verb ("Crowned at Stockholm",
        "Wintered 1656–57 at Pesaro", "Secretly instructed in Catholicism", "Left Brussels Sept. 1655"): in
        a dictionary entry or a telegraphic chronicle the entry's subject is understood; never an adjective
        before a noun ("Exiled Poles gathered", "Wounded soldiers were brought")."""
        m = _VERB_OPENS.match(text)
        if m is None:
            return False
        after = m.group(1)
        return after is None or not after[0].isupper() or after.rstrip(".") in _MONTH_WORDS or self.is_place(after)

    def other_pronoun_at(self, text: str, pos: int) -> bool:
        """The clause holding ``pos`` has a subject of the other pronoun ("that she too had been born in
        Freiberg", "In 1892 she followed Eli to New York" in a life of a man): someone else's doing. Only
        when the subject's pronoun is known, and only nominatives ("he married her in Vienna" is his)."""
        # told by a relative: "I came to Meudon myself in 1927" is the teller's; so in any life told of "he" or
        # "she" ("I was in Orléans when the letter came", a grand-niece whose title names no kin)
        teller = self.kin is not None or self.opposite is not None
        if self.opposite is None and not teller:
            return False
        if self.vessel_opens is not None and self.vessel_opens.match(text):
            return False  # ("She anchored in Matavai Bay": the ship the subject commands)
        starts = [m for m in _CLAUSE_START.finditer(text, 0, pos)]
        start = starts[-1].end() if starts else 0
        # (a friend's "we" is the teller's own household: "In 1963 we moved on to Nairobi, and her letters followed")
        # (not after the teller joined the subject: "I went with her; we stayed three months at Las Palmas")
        mine = r"I|(?i:we)" if self.kin is None and self.pronoun in ("he", "she") and not self.with_teller \
            and not _TELLER_WITH_SUBJECT.search(text, 0, pos) else r"I"
        words = r"\b(?:(?i:he|she))\b" if not teller else rf"\b(?:{mine})\b" if self.opposite is None else \
            rf"\b(?:(?i:he|she)|{mine})\b"
        # (never one in brackets: "we (or rather they, for I was not yet born) moved to Nuremberg")
        clause = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), text[start:pos])
        if teller and _TAKES_TELLER.search(clause) and not self.nominative.search(clause) \
                and not self.pattern.search(clause):
            return True  # "My work took me over most of eastern Utah and twice to Salt Lake City": the teller's
        subjects = list(re.finditer(words, clause))
        if not subjects and starts and _SHARED_SUBJECT.match(text, starts[-1].start()):
            # "he was sent to prison for a speech at Woodford, and served his sentence in Galway": a clause with no
            # subject of its own shares the one before
            start = starts[-2].end() if len(starts) > 1 else 0
            clause = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), text[start:pos])
            subjects = list(re.finditer(words, clause))
        if not subjects:
            return False
        at = start + subjects[-1].start()
        taken = self.object.search(text, start + subjects[-1].end(), pos)
        if taken is not None and _TAKES_ALONG.search(text, max(start, taken.start() - 16), taken.start()):
            return False  # "in about 353 she took him across the mountains to Kashmir": the subject goes too
        together = re.search(r"\band\s+$", text[max(start, at - 40):at]) and self.pattern.search(
            text, max(start, at - 40), at)  # "Marina and I were placed in a school in Lausanne": she is there too
        return not together and not self.nominative.fullmatch(subjects[-1].group()) \
            and not self.pattern.search(text, start + subjects[-1].end(), pos)

    def other_opens_before(self, text: str, pos: int) -> bool:
        """Another person opens the sentence (after its date, if any) and the subject is named only after ``pos``:
        "Kostomarov was sent to Saratov and Kulish to Tula, but Taras ... was sent to the Orenburg Corps"."""
        scene = TIME_SCENE.match(text)
        opening = text[scene.end():] if scene else text
        if _OTHERS_OPEN.match(opening):
            # (a group: the subject comes back only in a clause set against theirs, "; he remains in Paris")
            later = self.pattern.search(text, pos) or self.nominative.search(text, pos)
            return later is not None and _CONTRAST.search(text, pos, later.start()) is not None \
                and not self.pattern.search(text, 0, pos) and not self.nominative.search(text, 0, pos) \
                and not self.object.search(text, 0, pos)
        if not self.someone_else_opens(opening):
            return False
        first = self.pattern.search(text)
        if first is None:  # "Jogiches preferred to stay in Zurich; she travelled ...": her pronoun opens a later clause
            first = self.own_pronoun_clause(text)
        word = re.match(r"\W*(\w+)", opening)
        if first is None and not (word and ENTRY_VERB_FORM.fullmatch(word.group(1))):
            # "the French envoy Jean Bayol came up to Abomey ...; the prince received him coldly": another person
            # opens, and the subject comes in only after the place, acted upon (not a chronology entry's own verb,
            # "Accompanies Unur on his embassies: at Acre, ...")
            first = self.object.search(text, pos)
        # ("Kievskaya Mysl sent him to the Balkans": the other acts on the subject, who goes)
        return first is not None and first.start() > pos and not self.nominative.search(text, 0, pos) \
            and not self.object.search(text, 0, pos)

    def kin_opens_before(self, text: str, pos: int) -> bool:
        """A relative opens the sentence and the subject is neither named nor the subject of a clause before
        ``pos`` ("Her mother ... fled secretly to Denmark in 1640 and retired to Brandenburg; C. never ...")."""
        lead = _COUNT_OF.match(text)  # (and "Four of his sisters, too old to get visas, stayed behind in Vienna")
        kin = OTHER_AGENT.match(text, lead.end() if lead else 0)
        return kin is not None and not _FAMILY.match(text, kin.start()) and not self.pattern.search(text, 0, pos) \
            and not self.nominative.search(text, kin.end(), pos) and not _ACTS_ON.search(text, kin.end(), pos)

    def clause_opens_with_other(self, text: str, pos: int, entry: bool = False) -> bool:
        """The clause holding ``pos`` opens with another person acting ("1579 – Teaches Latin at Goa; Ruggieri
        goes ahead to Macau", "1606 – Valignano dies in Macau", "Miranda's expedition lands at Coro"): their
        doing, not the subject's. ``entry``: the text is a later sentence of a chronology's entry, whose opening
        is judged here as well ("1820 – Armistice at Trujillo. Morillo sails for Spain.")."""
        sub = _SUBORDINATE_OPENS.match(text)
        plain = _APPOSITIVE_NAME.sub(lambda m: " " * len(m.group()), text[:pos]) + text[pos:] if sub else text
        if sub is not None and "," not in plain[sub.end():pos] and not self.nominative.search(text, sub.end(), pos) \
                and not self.pattern.search(text, sub.end(), pos):  # ("When Pitt returned in 1804 she followed him")
            # "When Digby retired to England in 1814, Rammohun ... settled in Calcutta": the opening clause is
            # another person's, the subject acts only after its comma
            other = _CLAUSE_OTHER.match(plain, sub.end())
            if other is not None and other.end(1) <= pos and not {
                    w.lower() for w in other.group(1).split()} & (self.parts | NOT_GIVEN_NAMES | _HOUSEHOLD) \
                    and not self.is_place(other.group(1)) and not _COUNTED.match(other.group(1)):
                return True
        start = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, pos)), default=0)
        for joined in _JOINED_CLAUSE.finditer(text, start, pos):
            if _PEOPLES_WORD_BEFORE.search(text, start, joined.start()) and \
                    _PEOPLES_WORD_NOUN.match(text, joined.end()):
                continue  # "the leaders of the Angolan and Mozambican movements were received": one noun phrase
            if _HAS_VERB.search(text, start, joined.start()):
                start = joined.end()
        if start:
            start = _CLAUSE_TIME.match(text, start).end()
        if start and _CLAUSE_ROLE.match(text, start):
            return True
        if (start or entry) and _BODY_OF_OTHERS.match(text, start):
            return True  # ("...as far as Semudera; other squadrons go on to Arabia", "A party of seven men goes on")
        # (a sentence's own opening is the tracker's, but for an entry's later sentences)
        m = _CLAUSE_OTHER.match(text, start) if start or entry else None
        if m is not None and m.group("aside") and (pos < m.end("aside") or not _VERB_RIGHT_AFTER.fullmatch(
                text, m.end("aside"), m.end()) or self.object.search(text, m.end(), pos)):
            # an aside is only a person's ("Roberval, still waiting for artillery, stays behind") when the verb
            # follows it at once, the place is not inside it, and the subject is not acted on ("Charles Gordon,
            # governor-general of the Sudan, ... sends him to Lado")
            return False
        if m is None or m.end(1) > pos or _COUNTED.match(m.group(1)) \
                or ENTRY_VERB_FORM.fullmatch(m.group(1).split()[0]) or _PARTICIPLE_OPENER.fullmatch(m.group(1)):
            return False  # ("1882 – Commands outposts around Charleston": the entry's own verb)
        taken = self.object.search(text, m.end(1), pos)
        if taken and _TAKES_ALONG.search(text, m.end(1), taken.start()):
            return False  # ("1789 – Mother takes him north to Aberdeen": the subject is taken along)
        words = {w.lower() for w in m.group(1).split()}
        # ("1930 – Family settles in San Isidro": the subject's own family, a child among them, is the caller's
        # to judge; a town's name may also be a man's, "Miranda's expedition lands at Coro", never "Miranda dies")
        possessive = text.startswith(("'s", "’s"), m.end(1))
        return not words & (self.parts | NOT_GIVEN_NAMES | _HOUSEHOLD) and (
            possessive or not self.is_place(m.group(1)) or _PERSON_GOES.match(text, m.end(1)) is not None
            or m.group("aside") is not None  # (a town "Roberval" does not wait, "still waiting for artillery")
            or _REFLEXIVE_AFTER.match(text, m.end(1)) is not None)

    def things_move_at(self, text: str, pos: int) -> bool:
        """The clause holding ``pos`` has a thing for its subject, a letter or a picture, and the subject is not in
        it: "while messages went back and forth to Lhasa", "his pictures were shown in Chicago". (Not "a letter
        from Paris reached him at Capri": the thing came to the subject, who is there.)"""
        if _THING_TO_BEFORE.search(text, max(0, pos - 60), pos):
            return True  # "his business letters to Japan are carried by other captains": the letters go, not he
        thing = None
        for m in _THING_OPENS.finditer(text, 0, pos):
            thing = m
        if thing is None or _CLAUSE_MARK.search(text, thing.end(), pos) or (
                _AFTER_ASIDE.fullmatch(text, thing.end(), pos) and _ASIDE_OPENS.match(text, thing.start())):
            return False
        return not (self.pattern.search(text, thing.start(), pos) or self.nominative.search(text, thing.end(), pos)
                    or self.object.search(text, thing.end(), pos))

    def others_event_at(self, text: str, pos: int) -> bool:
        """``pos`` is where another person's death, arrest or murder happened: "after the murder of a Soviet
        defector near Lausanne", "on the death of his father in Vienna" (not "the arrest of Trotsky in Halifax")."""
        m = _OTHERS_EVENT_BEFORE.search(text, max(0, pos - 100), pos)
        whose = m.group(1) or m.group(2) if m is not None else ""
        return m is not None and not self.pattern.search(whose) and not self.object.search(whose) \
            and not re.match(r"\s*(?:him|her|me|himself|herself)\s*$", whose)  # (not "the death of her mother")

    def comma_clause_of_other(self, text: str, pos: int) -> bool:
        """After a comma, another person's name and a verb open the clause holding ``pos``: "In September, after
        the murder of a defector near Lausanne, Seryozha fled to the Soviet Union" (his flight, not hers)."""
        start = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, pos)), default=0)
        opener = None
        for comma in _COMMA.finditer(text, start, pos):
            m = _COMMA_OTHER_GOES.match(text, comma.end())
            if m is not None and m.end(1) <= pos and not _COUNTED.match(m.group(1)) \
                    and not ENTRY_VERB_FORM.fullmatch(m.group(1).split()[0]):
                opener = m
        if opener is None:
            return False
        # (the subject named, or the subject's pronoun, before ``pos``: they are in it too: "..., Kievskaya Mysl sent
        # him to the Balkans")
        return self._other_named_alone(text, opener, pos)

    def _other_named_alone(self, text: str, name: re.Match, end: int) -> bool:
        """``name.group(1)`` names someone else (no part of the subject's name, no household word, no place), and
        from it to ``end`` the subject is neither named nor its pronoun, as subject or object."""
        words = {w.lower() for w in name.group(1).split()}
        after = name.end(1)
        return not words & (self.parts | NOT_GIVEN_NAMES | _HOUSEHOLD) and not self.is_place(name.group(1)) \
            and not self.pattern.search(text, after, end) and not self.nominative.search(text, after, end) \
            and not self.object.search(text, after, end)

    def subordinate_of_other(self, text: str, pos: int) -> bool:
        """The sentence opens with a subordinate clause of another person's ("When Vinayak Savarkar, arrested in London
        in March 1910, escaped ... at Marseilles, Cama ..."), and ``pos`` lies in it, before the subject enters."""
        m = _SUBORDINATE_OTHER.match(text)
        if m is None or pos < m.end(1) or _COUNTED.match(m.group(1)):
            return False
        return self._other_named_alone(text, m, pos) and not _CLAUSE_MARK.search(text, m.end(1), pos)

    def fronted_for_other(self, text: str, pos: int) -> bool:
        """``pos`` is in a clause's fronted phrase (no verb yet), and after its comma another person's name and
        verb open the clause: "On 28 March, far away in Magelang, Diponegoro is arrested" in a painter's life (the
        scene of the other's doing; not when the subject is named in that clause too: "In Paris, Pierre met her")."""
        start = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, pos)), default=0)
        if not _FRONTED_OPENS.match(text, start):
            return False
        # (the fronted phrase may hold more than one comma: "On 28 March, far away in Magelang, ...")
        m = next((m for c in _COMMA.finditer(text, start) if (m := _FRONTED_OTHER.match(text, c.end()))), None)
        if m is None or _HAS_VERB.search(text, start, m.start()) or _CLAUSE_MARK.search(text, start, m.start()) \
                or m.start() <= pos < m.end(1) or _COUNTED.match(m.group(1)) \
                or ENTRY_VERB_FORM.fullmatch(m.group(1).split()[0]):
            return False
        end = next((c.start() for c in _CLAUSE_MARK.finditer(text, m.end())), len(text))
        # ("..., Diponegoro is arrested ... and sent into exile at Manado": the place after is in his clause too)
        return pos < end and self._other_named_alone(text, m, end)

    def in_someone_elses_who_clause(self, text: str, pos: int) -> bool:
        """"... replaced him with Natsume Sōseki, who had just come back from two years in London": a relative
        clause on another person's name speaks of that person."""
        m = _WHO_CLAUSE.search(text, 0, pos)
        if m is None or self.pattern.search(m.group(1)) or self.is_place(m.group(1).split()[-1]):
            return False
        closed = text.find(",", m.end(1) + 1, pos)  # ("Prince Menshikov, who distrusted him, had him sent first to
        # Kazan": after the who-clause's comma the man acts on the subject, who goes)
        return closed < 0 or not self.object.search(text, closed, pos)

    def own_pronoun_clause(self, text: str) -> re.Match | None:
        """The subject's own pronoun ("he" or "she", never a group's "they" or "we") opening a clause joined after
        another's, with its verb: "Jogiches preferred to stay in the shadows in Zurich; she travelled"."""
        if self.pronoun not in ("he", "she"):
            return None
        for mark in _JOINED_CLAUSE_MARK.finditer(text):  # ("Stalin called for his murder and he was killed")
            # ("..., leaving him with two small daughters, and in 1945 he took a post": after ", and" a time may
            # come first; after ";" the pronoun goes on with the other person as often: "Jianren did not stay long
            # with us; in 1921 he left for Shanghai")
            # ("..., and that autumn he went north to Dingzhou")
            time = r"(?:(?:(?:in|on|by|during|after|from)\s+(?:the\s+)?(?:\w+\s+){0,3}?\d{3,4}|(?:in\s+)?" \
                r"(?:that|the\s+same|the\s+following|the\s+next|next|later\s+that|early\s+that|late\s+that)\s+" \
                r"(?:year|spring|summer|autumn|fall|winter|month)),?\s+)?" if ";" not in mark.group() else ""
            m = re.compile(rf"{time}{self.pronoun}\b", re.IGNORECASE).match(text, mark.end())
            if m is not None and _VERB_NEXT.match(text, m.end()):
                return m
        return None

    def teller_meets_subject(self, text: str, pos: int) -> bool:
        """The teller meets, finds or visits the subject at ``pos``: "I met him in Kiev on 1 May 1919", "I first
        saw her at Geneva" (the subject was there; the teller's "I" is not someone else acting apart)."""
        m = _TELLER_MEETS.search(text, max(0, pos - 60), pos)
        return m is not None and self.object.match(text, m.end(1)) is not None

    def subject_fronted_clause(self, text: str, pos: int) -> bool:
        """The clause holding ``pos`` is the subject's own, its place and time told before its subject: "Her
        father's posts took the family on to Hunan, and there, in 1896, at Xiangtan, she was married". Only a
        joined clause (after ", and", ", but" or ";"), with nothing before the place but "there", "then" and time
        or place phrases, and the subject's pronoun right after the place's phrase."""
        start = max((m.end() for m in _JOINED_CLAUSE_MARK.finditer(text, 0, pos)), default=-1)
        if start < 0 or not _FRONTED.fullmatch(text, start, pos):
            return False
        after = _FRONTED_AFTER.match(text, pos)
        return after is not None and self.nominative.match(text, after.end()) is not None

    def cleft_of_subject(self, text: str, pos: int) -> bool:
        """A cleft sentence whose clause after "that" is the subject's: "My grandfather was a manufacturer there,
        and it was in Norwich, on 12 June 1802, that my aunt was born" (whoever opened the sentence)."""
        if _CLEFT_BEFORE.search(text, max(0, pos - 30), pos) is None:
            return False
        that = _CLEFT_THAT.match(text, pos)
        if that is None:
            return False
        at = that.end()
        return bool(self.pattern.match(text, at) or self.nominative.match(text, at)
                    or (self.kin is not None and self.kin.match(text, at)))

    def cleft_of_other(self, text: str, pos: int) -> bool:
        """A cleft sentence whose clause after "that" is the teller's or the other pronoun's: "It was at Miyazu
        that I entered her service"."""
        if _CLEFT_BEFORE.search(text, max(0, pos - 30), pos) is None:
            return False
        that = _CLEFT_THAT.match(text, pos)
        if that is None:
            return False
        teller = self.pronoun != "I" and re.match(r"(?:I|we)\b", text[that.end():], re.IGNORECASE) is not None
        if teller and (self.object.search(text, that.end(), that.end() + 30)
                       or self.pattern.search(text, that.end(), that.end() + 40)):
            return False  # "It was in Shanghai that I next saw her", "that I first saw Shevchenko": hers too
        return teller or (self.opposite is not None and self.opposite.match(text, that.end()) is not None)

    def opener_pronoun_at(self, text: str, pos: int) -> bool:
        """Another person opens the sentence and the subject is only named after them, as an object ("The
        journalist Walter Duranty met Trotsky several times when he worked in Moscow"): the clause's "he"
        before ``pos`` is the opener's."""
        if not self.someone_else_opens(text):
            return False
        named = self.pattern.search(text)
        start = max((m.end() for m in _SUBORDINATE.finditer(text, 0, pos)), default=0)
        subjects = list(re.finditer(r"\b(?:he|she)\b", text[start:pos], re.IGNORECASE))
        return named is not None and named.start() > 0 and bool(subjects) and start > named.end() \
            and not self.pattern.search(text, start, pos)

    def focus(self, text: str) -> None:
        self.since_named = 0
        self.other_at = None
        named_pair = any(re.match(r"\s+and\s+[A-Z]", text[m.end():]) or
                         re.search(r"[A-Z]\w+\s+and\s+$", text[:m.start()]) for m in self.pattern.finditer(text))
        if named_pair or _GROUP_FORMED.search(text):  # "Goldman and Berkman campaigned ... They were arrested"
            self.group_at = 0
            member = _MEMBER_OF.search(text)
            members = member.group(1) if member else self.members if _GROUP_WORD.search(text) else ""
            if members:
                # "a group of Jesuits ... The group included Bouvet, Tachard and Gerbillon": later "The Jesuits
                # stayed at Ayutthaya", "The five Jesuits reached Beijing" is the group the subject travels with
                self.group_noun = re.compile(rf"^\W*{_SCENE}the\s+(?:[a-z]+\s+)?{re.escape(members)}\b",
                                             re.IGNORECASE)
