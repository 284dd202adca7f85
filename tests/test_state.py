from mapapp.state import Moment, moment_from_query, query_for
from tests.test_layers import ITINERARY


def test_a_moment_round_trips_through_the_url():
    moment = Moment(1910, "vienna-1907")
    assert query_for(moment) == {"year": "1910", "stop": "vienna-1907"}
    assert moment_from_query(query_for(moment), ITINERARY) == moment


def test_a_stop_without_a_year_opens_where_it_begins_and_an_early_year_moves_to_it():
    assert moment_from_query({"stop": "paris-1914"}, ITINERARY) == Moment(1914, "paris-1914")
    late = moment_from_query({"year": "1880", "stop": "paris-1914"}, ITINERARY)
    assert (late.year, late.stop) == (1914, "paris-1914") and late.notices


def test_unusable_parameters_give_defaults_and_a_notice():
    m = moment_from_query({"year": ["1900", "abc"], "stop": "javascript:alert(1)"}, ITINERARY)
    assert (m.year, m.stop) == (1940, None) and len(m.notices) == 2


def test_only_ascii_digits_make_a_year_and_only_own_stops_a_stop():
    """The browser reads links with JavaScript's [0-9]; Python's \\d would also take '١٩٢٩'."""
    assert moment_from_query({"year": "\u0661\u0669\u0661\u0660"}, ITINERARY).notices
    for name in ("__proto__", "constructor", "hasOwnProperty", "toString"):
        m = moment_from_query({"stop": name}, ITINERARY)
        assert m.stop is None and m.notices == ("Ignored the link's stop (no such stop on this map).",)
