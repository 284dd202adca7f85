from mapapp.state import Moment, moment_from_query, neighbour_stop, query_for, stop_near, stops_around
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


def test_neighbours_follow_travel_order():
    assert neighbour_stop(ITINERARY, 1879, "odessa-1879", 1).id == "vienna-1907"
    assert neighbour_stop(ITINERARY, 1907, "vienna-1907", -1).id == "odessa-1879"
    assert neighbour_stop(ITINERARY, 1940, "coyoacan-1937", 1) is None
    assert neighbour_stop(ITINERARY, 1900, None, 1).id == "vienna-1907"
    assert neighbour_stop(ITINERARY, 1900, None, -1).id == "odessa-1879"


def test_a_click_finds_the_stop_drawn_there_and_the_panel_lists_recent_and_next():
    assert stop_near(ITINERARY, 1920, 48.21, 16.38).id == "vienna-1907"
    assert stop_near(ITINERARY, 1900, 48.21, 16.38) is None  # not drawn yet
    recent, upcoming = stops_around(ITINERARY, 1915)
    assert [s.id for s in recent] == ["paris-1914", "vienna-1907", "odessa-1879"] and upcoming.id == "coyoacan-1937"
