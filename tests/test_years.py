import pytest

from places.years import years_in


@pytest.mark.parametrize(("text", "expected"), [
    ("In January 1898 he was arrested.", [(1898, 1898, "explicit")]),
    ("He lived in Vienna from 1907 to 1914.", [(1907, 1914, "range")]),
    ("He lived there between 1907 and 1914.", [(1907, 1914, "range")]),
    ("Exile (1928–1929) in Alma Ata.", [(1928, 1929, "range")]),
    ("The years 1905-07 were decisive.", [(1905, 1907, "range")]),
    ("No year here, only 300 km and page 12.", []),
])
def test_explicit_years_and_ranges(text, expected):
    assert [(y.start, y.end, y.how) for y in years_in(text)] == expected


def test_relative_years_count_from_the_running_year():
    assert [(y.start, y.how) for y in years_in("Two years later he escaped.", running=1900)] == [(1902, "relative")]
    assert years_in("Two years later he escaped.") == []


def test_age_counts_from_the_birth_year():
    assert [(y.start, y.how) for y in years_in("At the age of nine he went to Odessa.", birth_year=1879)] == [
        (1888, "age")]


def test_ages_in_words_both_readings_agree():
    """The year-only reading and the precise one read the same ages: compound number words, "about", the bare
    "at twenty-seven he"; never "one of the delegates" or "a child"."""
    from places.dates import times_in

    for text, year in [("At the age of twenty-seven she went to Vienna.", 1847),
                       ("At about twenty-seven he left Zhongdu.", 1847), ("aged about 17, she left", 1837)]:
        assert [y.start for y in years_in(text, birth_year=1820)] == [year], text
        assert [t.label() for t in times_in(text, birth_year=1820)] == [str(year)], text
    for text in ("when he was one of the delegates", "when she was a child", "at three he"):
        assert years_in(text, birth_year=1820) == [], text


def test_a_year_before_a_colon_leads_a_chronology_entry():
    from places.years import years_in

    assert [(s.start, s.how) for s in years_in("7 June 1848: born in Paris.")] == [(1848, "explicit")]
    assert years_in("see p. 1848:12") == []  # a page and line, not a year
