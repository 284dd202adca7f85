"""The temporal layer on sentences written for these tests: every form, its offsets, dates, precision and label."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from places.dates import PRECISIONS, TimeSpan, iso_date, parse_iso, times_in
from places.dates.span import KINDS
from places.dates.years import years_in


def found(text: str, **kwargs) -> list[tuple[str, str, str, str, str]]:
    """(surface, start_date, end_date, precision, kind) of every time in ``text``."""
    return [(text[t.start:t.end], t.start_date, t.end_date, t.precision, t.kind) for t in times_in(text, **kwargs)]


def labels(text: str, **kwargs) -> list[str]:
    return [t.label() for t in times_in(text, **kwargs)]


@pytest.mark.parametrize(("text", "surface", "iso"), [
    ("The ship docked on 13 January 1917 in fog.", "13 January 1917", "1917-01-13"),
    ("The ship docked on January 13, 1917, in fog.", "January 13, 1917", "1917-01-13"),
    ("The ship docked on January 13th 1917 in fog.", "January 13th 1917", "1917-01-13"),
    ("The ship docked on the 13th of January, 1917.", "the 13th of January, 1917", "1917-01-13"),
    ("The ship docked on Jan. 13, 1917.", "Jan. 13, 1917", "1917-01-13"),
    ("The ship docked on 13 Sept. 1917.", "13 Sept. 1917", "1917-09-13"),
    ("Logged as 1917-01-13 by the harbour master.", "1917-01-13", "1917-01-13"),
    ("Logged as 13.1.1917 by the harbour master.", "13.1.1917", "1917-01-13"),
    ("Logged as 13/01/1917 by the harbour master.", "13/01/1917", "1917-01-13"),
    ("Logged as 01/13/1917 by the harbour master.", "01/13/1917", "1917-01-13"),
])
def test_full_dates_in_every_common_order(text, surface, iso):
    assert found(text) == [(surface, iso, iso, "day", "absolute")]


def test_a_numeric_date_whose_day_and_month_could_swap_keeps_only_its_year():
    assert found("Logged as 03/04/1917 by the clerk.") == [("03/04/1917", "1917", "1917", "year", "absolute")]
    assert found("Logged as 3.4.1917 by the clerk.")[0][1] == "1917-04-03"  # dots are day.month everywhere


@pytest.mark.parametrize(("text", "surface", "iso"), [
    ("Die Familie zog am 3. Mai 1848 nach Köln.", "3. Mai 1848", "1848-05-03"),
    ("Il arriva le 2 décembre 1851 à Bruxelles.", "2 décembre 1851", "1851-12-02"),
    ("Llegó el 5 de mayo de 1862 a Puebla.", "5 de mayo de 1862", "1862-05-05"),
    ("Arrivò il 5 maggio 1821 a Genova.", "5 maggio 1821", "1821-05-05"),
    ("Przyjechał 3 maja 1791 do Warszawy.", "3 maja 1791", "1791-05-03"),
    ("Il partit le 1er août 1914 pour Paris.", "1er août 1914", "1914-08-01"),
    ("Im März 1920 zog sie nach Wien.", "März 1920", "1920-03"),
    ("W maju 1920 wyjechał do Kijowa.", "maju 1920", "1920-05"),
    ("En septiembre de 1868 volvió a Madrid.", "septiembre de 1868", "1868-09"),
])
def test_month_names_of_translations(text, surface, iso):
    precision = "day" if iso.count("-") == 2 else "month"
    assert found(text) == [(surface, iso, iso, precision, "absolute")]


def test_months_with_a_year_and_qualified_years():
    assert found("In March 1917 the tsar fell.") == [("March 1917", "1917-03", "1917-03", "month", "absolute")]
    assert labels("In late 1902 he crossed the border.") == ["late 1902"]
    assert labels("Early 1843 was cold.") == ["early 1843"]
    assert labels("By the end of 1905 she was in prison.") == ["late 1905"]
    assert labels("They met in mid-1911.") == ["mid-1911"]
    [end] = times_in("By the end of 1905 she was in prison.")
    assert (end.first, end.start_date, end.precision, end.qualifier, end.bound) == (1905, "1905", "year", "late", "by")


def test_a_month_without_a_year_takes_it_from_the_anchor():
    anchor = times_in("She arrived on 13 January 1917.")[0]
    assert found("That July she left.", anchor=anchor) == [("That July", "1917-07", "1917-07", "month", "relative")]
    assert found("She left on 27 March.", anchor=anchor) == [("27 March", "1917-03-27", "1917-03-27", "day",
                                                            "relative")]
    late = times_in("She arrived in November 1917.")[0]
    assert labels("In March she left.", anchor=late) == ["March 1918"]  # the narrative goes forward
    assert labels("That March had been hard.", anchor=late) == ["March 1917"]
    assert labels("The following March she left.", anchor=late) == ["March 1918"]
    assert times_in("That July she left.") == []  # no anchor, no year: nothing is invented


def test_a_month_name_alone_is_a_time_only_with_a_word_that_makes_it_one():
    assert found("May the court forgive him; August Bebel spoke.") == []
    assert found("He may go in May.", anchor=1900) == [("May", "1900-05", "1900-05", "month", "relative")]


@pytest.mark.parametrize(("text", "label", "start", "end"), [
    ("In the spring of 1929 they sailed.", "spring 1929", "1929-03", "1929-05"),
    ("Summer 1890 was spent at the lake.", "summer 1890", "1890-06", "1890-08"),
    ("They left in the autumn of 1905.", "autumn 1905", "1905-09", "1905-11"),
    ("They left in the fall of 1905.", "autumn 1905", "1905-09", "1905-11"),
    ("The winter of 1917–18 was hungry.", "winter 1917–18", "1917-12", "1918-02"),
    ("The winter of 1917 was hungry.", "winter 1917", "1917-01", "1917-02"),
])
def test_seasons_with_a_year(text, label, start, end):
    [t] = times_in(text)
    assert (t.label(), t.start_date, t.end_date, t.precision, t.kind) == (label, start, end, "season", "absolute")


def test_seasons_counted_from_the_anchor():
    october = times_in("He was arrested in October 1905.")[0]
    assert labels("That winter he was moved.", anchor=october) == ["winter 1905–06"]
    assert labels("The following spring he escaped.", anchor=october) == ["spring 1906"]
    assert labels("The next summer he escaped.", anchor=1905) == ["summer 1906"]
    assert labels("In the autumn he escaped.", anchor=1905) == ["autumn 1905"]
    assert found("He drank from the spring. The fall of Paris shook him.", anchor=1905) == []


@pytest.mark.parametrize(("text", "surface", "label"), [
    ("She lived in Geneva from 1848 to 1852.", "from 1848 to 1852", "1848–1852"),
    ("She lived in Geneva between 1848 and 1852.", "between 1848 and 1852", "1848–1852"),
    ("She lived in Geneva 1848–1852.", "1848–1852", "1848–1852"),
    ("She lived in Geneva (1848-52).", "1848-52", "1848–1852"),
    ("She lived in Geneva March–May 1917.", "March–May 1917", "March–May 1917"),
    ("She lived in Geneva 13 January – 27 March 1917.", "13 January – 27 March 1917", "13 January – 27 March 1917"),
    ("She lived in Geneva from January 1917 to March 1918.", "from January 1917 to March 1918",
     "January 1917 – March 1918"),
    ("She lived in Geneva 13–15 January 1917.", "13–15 January 1917", "13–15 January 1917"),
    ("She lived in Geneva January 13–15, 1917.", "January 13–15, 1917", "13–15 January 1917"),
])
def test_ranges(text, surface, label):
    [t] = times_in(text)
    assert (text[t.start:t.end], t.label(), t.kind) == (surface, label, "absolute")


def test_a_range_keeps_each_end_at_its_own_precision():
    [t] = times_in("She lived there from 13 January 1917 to 1919.")
    assert (t.start_date, t.end_date, t.precision, t.first, t.last) == ("1917-01-13", "1919", "year", 1917, 1919)


def test_two_years_joined_by_and_are_a_list_unless_between_makes_them_a_range():
    assert labels("In 1890, 1891 and 1892 she wintered in Nice.") == ["1890", "1891", "1892"]
    assert labels("The summers of 1890, 1891 and 1892 were spent there.") == [
        "summer 1890", "summer 1891", "summer 1892"]


def test_decades_and_centuries():
    assert found("In the 1890s he read law.") == [("the 1890s", "1890", "1899", "decade", "decade")]
    assert labels("In the early 1930s he wrote.") == ["the early 1930s"]
    [t] = times_in("In the early 1930s he wrote.")
    assert (t.first, t.last) == (1930, 1933)
    assert found("A house of the 19th century.") == [("the 19th century", "1800", "1899", "century", "century")]
    assert labels("Towns of the nineteenth century and the 5th century BC.") == [
        "the 19th century", "the 5th century BC"]


@pytest.mark.parametrize(("text", "label"), [
    ("The mill was built c. 1850 by the river.", "c. 1850"),
    ("The mill was built circa 1850 by the river.", "c. 1850"),
    ("The mill was built about 1850 by the river.", "c. 1850"),
    ("The mill was built c. 1850–55 by the river.", "c. 1850–1855"),
])
def test_circa(text, label):
    [t] = times_in(text)
    assert (t.label(), t.precision, t.first) == (label, "circa", 1850)


def test_years_before_christ_are_negative_and_their_iso_dates_astronomical():
    [caesar] = times_in("Caesar died on 15 March 44 BC in Rome.")
    assert (caesar.first, caesar.start_date, caesar.label()) == (-44, "-0043-03-15", "15 March 44 BC")
    assert [(t.first, t.last, t.label()) for t in times_in("From 100–44 BC; Vesuvius erupted in AD 79.")] == [
        (-100, -44, "100–44 BC"), (79, 79, "AD 79")]
    assert labels("Built in 300 BCE and rebuilt in 1066 CE.") == ["300 BC", "1066"]


def test_relative_times_count_from_the_anchor_and_chain():
    text = ("He was arrested in 1905. Two years later he escaped. The following year he married, "
            "a year afterwards he moved, and the same year he fell ill.")
    assert [(t.first, t.kind) for t in times_in(text)] == [
        (1905, "absolute"), (1907, "relative"), (1908, "relative"), (1909, "relative"), (1909, "relative")]
    assert labels("After two years he escaped.", anchor=1902) == ["1904"]
    assert labels("A year earlier he had escaped.", anchor=1902) == ["1901"]


def test_relative_times_keep_only_the_precision_the_anchor_has():
    day = times_in("He landed on 13 January 1917.")[0]
    assert labels("Three days later he spoke.", anchor=day) == ["16 January 1917"]
    assert labels("Three months later he left.", anchor=day) == ["April 1917"]
    assert labels("The next day he spoke.", anchor=day) == ["14 January 1917"]
    assert labels("Three months later he left.", anchor=1917) == ["1917"]
    assert times_in("Two years later he escaped.") == []


def test_ages_count_from_the_birth_year():
    text = "At the age of ten he went to school; aged 17 he left; at fourteen he worked; at ten o'clock he slept."
    assert [(text[t.start:t.end], t.first, t.kind) for t in times_in(text, birth_year=1879)] == [
        ("At the age of ten", 1889, "age"), ("aged 17", 1896, "age"), ("at fourteen", 1893, "age")]
    assert labels("When she was twenty-one she married.", birth_year=1850) == ["1871"]
    assert labels("When Anna was nine, her father sent her to Odessa.", birth_year=1850) == ["1859"]
    assert times_in("At the age of ten he went to school.") == []
    # "The year she turned twelve her father took her to Madras", in both readings
    assert labels("The year she turned twelve her father took her to Madras.", birth_year=1879) == ["1891"]
    assert [y.start for y in years_in("The year she turned twelve she went to Madras.", birth_year=1879)] == [1891]


def test_named_events_date_a_sentence():
    [t] = times_in("When Bloody Sunday took place he was abroad.")
    assert (t.first, t.kind, t.precision) == (1905, "event", "year")
    assert [t.first for t in times_in("At the outbreak of war he was in Vienna.", anchor=1938)] == [1939]


@pytest.mark.parametrize("text", [
    "See page 1917 of the ledger.",
    "A column of 1,200 men marched.",
    "Prisoner No. 1917 was released.",
    "The strike brought out 1917 men.",
    "The bill came to £1917.",
    "He lived at 1917 Grand Avenue.",
    "See pp. 1915-17 of the report.",
    "Dinner was at ten o'clock.",
    "He drank from the spring.",
])
def test_numbers_and_words_that_are_not_times(text):
    assert found(text, anchor=1900, birth_year=1879) == []


def test_publication_years_in_citations_are_never_times():
    text = "He said so (Isaac Deutscher, The Prophet Armed, London: Verso, 1954) in 1921."
    assert labels(text) == ["1921"]


def test_an_event_year_before_a_noun_is_a_year():
    assert labels("The 1917 Revolution changed her life.") == ["1917"]


def test_offsets_are_exact_slices():
    text = "Né le 2 décembre 1851, il partit en 1870; two years later, in the spring of 1874, il revint."
    for t in times_in(text):
        assert text[t.start:t.end].strip() == text[t.start:t.end] and t.end > t.start
    assert [text[t.start:t.end] for t in times_in(text)] == [
        "2 décembre 1851", "1870", "two years later", "the spring of 1874"]


def test_iso_dates_round_trip_and_the_bc_convention_is_documented_by_example():
    for ymd in [(1917, 1, 13), (1917, 1, None), (1917, None, None), (-44, 3, 15), (-1, None, None), (1, None, None)]:
        assert parse_iso(iso_date(*ymd)) == ymd
    assert iso_date(-1) == "0000"  # 1 BC is ISO year zero


def test_an_int_anchor_is_a_whole_year():
    assert TimeSpan.of_year(1905).label() == "1905"
    assert times_in("The following year he left.", anchor=1905)[0].first == 1906


def test_how_speaks_the_older_year_vocabulary():
    assert [t.how for t in times_in("In 1905, from 1907 to 1914, and two years later.")] == [
        "explicit", "range", "relative"]


@pytest.mark.parametrize(("text", "surface", "label", "bound"), [
    ("She was in Kraków early in 1869.", "early in 1869", "early 1869", ""),
    ("Towards the end of 1905 she fled.", "Towards the end of 1905", "late 1905", ""),
    ("She left at the end of that year.", "the end of that year", "late 1890", ""),
    ("Until the beginning of March 1917 she stayed.", "the beginning of March 1917", "early March 1917", "until"),
    ("The end of the 1890s was quiet.", "The end of the 1890s", "the late 1890s", ""),
    ("Since 1907 she had lived in Vienna.", "1907", "1907", "since"),
    ("Her pre-1914 writings were lost.", "1914", "1914", "before"),
])
def test_qualifiers_and_bounds_read_before_a_time(text, surface, label, bound):
    [t] = times_in(text, anchor=1890)
    assert (text[t.start:t.end], t.label(), t.bound) == (surface, label, bound)


def test_a_footnote_mark_after_a_year_leaves_the_year():
    assert labels("He had laid it out in 1906.135 Later he moved.") == ["1906"]
    assert labels("It grew between 1893 and 1902.24 Then it fell.") == ["1893–1902"]


DATE_WORDS = ["13", "1st", "January", "Jan.", "May", "may", "mai", "de", "of", "the", "that", "following", "next",
              "spring", "summer", "winter", "fall", "springs", "year", "years", "months", "day", "later", "earlier",
              "after", "before", "between", "and", "from", "to", "–", "-", "/", ".", ",", "c.", "circa", "about",
              "BC", "AD", "1848", "1852", "52", "1890s", "19th", "century", "early", "late", "end", "mid-", "at",
              "age", "aged", "ten", "twenty-one", "when", "he", "was", "1917-01-13", "13.1.1917", "03/04/1917",
              "No.", "p.", "men", "(", ")", "London:", "Press,", "war", "outbreak", "Commune", "\n", "44", "0", "31"]
date_prose = st.lists(st.sampled_from(DATE_WORDS), max_size=60).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(date_prose, st.text(max_size=200)), st.one_of(st.none(), st.integers(-500, 2100)))
def test_every_time_found_is_a_consistent_record(text, anchor):
    if anchor == 0:
        anchor = None
    spans = times_in(text, anchor=anchor, birth_year=1879)
    previous_end = 0
    for t in spans:
        assert previous_end <= t.start < t.end <= len(text)
        assert text[t.start:t.end].strip() == text[t.start:t.end]
        previous_end = t.end
        a, b = parse_iso(t.start_date), parse_iso(t.end_date)
        assert (a[0], b[0]) == (t.first, t.last) and t.first <= t.last and 0 not in (t.first, t.last)
        assert (a[0], a[1] or 0, a[2] or 0) <= (b[0], b[1] or 12, b[2] or 31)
        assert t.precision in PRECISIONS and t.kind in KINDS and t.label()


@pytest.mark.parametrize("text", [
    "1917 " * 4_000, "May " * 5_000, "the spring " * 2_000, "13 January – " * 2_000, "between 1848 and " * 1_500,
    "at the age of " * 2_000, "c. " * 10_000 + "1850", "(" * 10_000 + "1917" + ")" * 10_000, "1" * 50_000,
    "the end of " * 3_000 + "1905", "two years later " * 2_000, "that " * 5_000 + "July",
])
def test_pathological_text_is_read_in_linear_time(text):
    """Inputs that would make a backtracking or rescanning reader explode; bench/dates.py measures the scaling."""
    times_in(text, anchor=1900, birth_year=1879)


@pytest.mark.parametrize("text", [
    "When he was one of the delegates he spoke.",
    "Aged two months she was baptised.",
    "When she was six months pregnant she fled.",
])
def test_numbers_after_age_words_that_are_no_age(text):
    assert times_in(text, birth_year=1879) == []


def test_more_relative_forms():
    october = times_in("He was arrested in October 1905.")[0]
    assert labels("A decade later he returned.", anchor=1905) == ["1915"]
    assert labels("In the spring he escaped.", anchor=october) == ["spring 1906"]  # the narrative goes forward
    assert labels("That spring he had been ill.", anchor=october) == ["spring 1905"]
    assert labels("From January to March 1917 he was ill.") == ["January–March 1917"]
    assert labels("January to March 1917 he was ill.") == ["January–March 1917"]


@pytest.mark.parametrize(("text", "label"), [
    ("Anna Petrova (born 7 November [O.S. 26 October] 1879) was a printer.", "7 November 1879"),
    ("On 26 October (N.S. 8 November) 1917 she spoke.", "8 November 1917"),
    ("On 25 October (7 November) 1917 she spoke.", "7 November 1917"),  # unmarked: the later is the Gregorian
    ("On October 25 (November 7), 1917 she spoke.", "7 November 1917"),
])
def test_dates_given_in_two_calendars_keep_the_gregorian_one(text, label):
    assert labels(text) == [label]


def test_a_lifespan_in_parentheses_is_no_citation():
    text = "Anna Petrova (Russian: Анна; 3 May 1850 – 21 August 1920) was a printer."
    assert labels(text) == ["3 May 1850 – 21 August 1920"]


@pytest.mark.parametrize(("text", "surface", "label"), [
    ("On the first of May 1917 she marched.", "the first of May 1917", "1 May 1917"),
    ("On the twenty-third of March, 1919, she left.", "the twenty-third of March, 1919", "23 March 1919"),
    ("She left on the thirty-first of January.", "the thirty-first of January", "31 January 1905"),
])
def test_days_written_as_ordinal_words(text, surface, label):
    [t] = times_in(text, anchor=1905)
    assert (text[t.start:t.end], t.label()) == (surface, label)


def test_onwards_makes_a_time_a_start():
    assert [t.bound for t in times_in("From 1905 onwards she lived abroad; in 1910 on board a ship.")] == [
        "since", ""]
    assert [t.bound for t in times_in("In 1905 and after, she wrote.")] == ["since"]


def test_words_that_only_look_like_times():
    assert times_in("Workers at fifty other shops struck.", birth_year=1879) == []
    assert times_in("He wrote The Lessons of October.", anchor=1924) == []
    assert labels("He knew Stalin in the winter of 1917-8.") == ["winter 1917–18"]
    assert labels("The years 1905-6 were hard.") == ["1905–1906"]


@pytest.mark.parametrize("text", [
    "He lived in Vienna from 1907 to 1914.",
    "He lived there between 1907 and 1914.",
    "In January 1898 he was arrested.",
    "Exile (1928–1929) in Alma Ata.",
])
def test_the_year_only_record_of_a_time_is_what_years_in_gives(text):
    """The same years and kinds; ``pos`` is where the whole expression starts ("January 1898", not "1898")."""
    from places.dates import years_in
    assert [(y.start, y.end, y.how) for y in (t.as_year_span() for t in times_in(text))] == [
        (y.start, y.end, y.how) for y in years_in(text)]


def test_after_years_somewhere_counts_from_the_anchor():
    assert labels("After four years in captivity, he escaped.", anchor=1897) == ["1901"]
    assert labels("After two years of exile he returned.", anchor=1906) == ["1908"]


@pytest.mark.parametrize("text", ["January 0 BC", "13 January 0 BC", "c. 0 BC", "the first of May 0 AD"])
def test_year_zero_is_no_year(text):
    """Historical years have no zero (found by the property test above: "January 0 BC" gave a year 0)."""
    assert all(0 not in (t.first, t.last) for t in times_in(text))


@pytest.mark.parametrize("text, near, years", [
    ("In the sixth year of Zhongping he went to Luoyang.", None, [189]),
    ("He was born in the twenty-eighth year of Wanli, at Yuyao.", None, [1600]),
    ("in the eleventh or twelfth year of Jian'an he sent envoys", None, [206]),
    ("He died in Edo in the fourth month of the second year of Tenna.", None, [1682]),
    ("Appointed in Kangxi 8 (1669); in the spring of Tenshō 12 he left.", None, [1669, 1584]),
    ("in the 3rd year of the reign of Qianlong", None, [1738]),
    ("In the third year of King Sejong he went to Seoul.", None, [1421]),
    # one name, two dynasties: the one nearest the narrative's year
    ("in the second year of Jianyuan", 340, [344]),
    ("in the second year of Jianyuan", -150, [-139]),
    # an era named, no year counted in it; a year after the name; a count past the era's end; lower case
    ("the Kangxi emperor received him; a Genroku screen; in Meiji 1868; the first year of peace", None, []),
    ("in the ninety-ninth year of Tenna", None, []),
])
def test_a_year_counted_in_an_east_asian_era_or_reign(text, near, years):
    from places.dates.reigns import era_years
    assert [y.year for y in era_years(text, near)] == years


def test_a_memoir_dated_only_by_era_years_gives_dated_stops(tiny_gazetteer):
    """A translated memoir that gives no Gregorian year at all ("the sixth year of Xiping", "Chuping 2")."""
    from places.extract import Extractor
    from places.model import Document

    text = ("Anna Petrova was born in Odessa in the sixth year of Xiping. At the age of ten she went to Paris. In the "
            "sixth year of Zhongping she moved to Vienna. In Chuping 2 she went to Prague.")
    stops = Extractor(tiny_gazetteer).extract(Document("t.txt", text, "", "Anna Petrova"), "Anna Petrova")
    got = {(s.place.id, s.start) for s in stops}
    # (the age counts from a birth year told in an era: the first pass over the life reads eras too)
    assert {("odessa", 177), ("paris", 187), ("vienna", 189), ("prague", 191)} <= got, got


def test_years_of_the_hijra_glossed_marked_or_bare_are_read_as_christian_years():
    """"in the year 309 of the Hijra", "around 623 (1226)", "676 AH", and a bare "309" near them; the Christian
    glosses and a Christian year of the same text ("21 June 921") stay as they are; a text that never says it
    counts from the Hijra is read as it is."""
    from places.dates.hijri import HijriYears, christian_year

    text = ("In the year 309 of the Hijra he left Baghdad; on 21 June 921 he was in Rayy. He spent the winter of 309 "
            "in Gurganj. Around 623 (1226) the poet fled; in 676 AH he rode north.")
    years = HijriYears.of(text)
    got = {text[a:a + 3]: year for a, year in years.at.items()}
    assert got == {"309": 921, "623": 1226, "676": christian_year(676)}
    assert christian_year(676) == 1277
    assert len(years.at) == 4 and text.index("921") not in years.at and text.index("1226") not in years.at
    assert HijriYears.of("Born in 629 in Chang'an; in 645 he was back, and in 664 he died.") is None


def test_a_memoir_counting_from_the_hijra_dates_its_stops_in_christian_years(tiny_gazetteer):
    from places.extract import Extractor
    from places.model import Document

    text = ("My teacher, Anna Petrova, was born in Odessa around the year 606, about 1210. Around 623 (1226) she "
            "went to Vienna, and she came home to Odessa in 655 (1257). In 690 she died in Prague.")
    stops = Extractor(tiny_gazetteer).extract(Document("t.txt", text, "", "Anna Petrova"), "Anna Petrova")
    got = {(s.place.id, s.start) for s in stops}
    assert {("odessa", 1210), ("vienna", 1226), ("odessa", 1257), ("prague", 1291)} <= got, got
