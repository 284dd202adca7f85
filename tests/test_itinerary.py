from __future__ import annotations

import json

import pytest

from places.errors import ItineraryError
from places.extract import RawStop
from places.itinerary import build_itinerary, itinerary_to_dict, load_itinerary, merge_stops, write_itinerary
from places.model import Document, Evidence, source_of
from tests.conftest import TINY_PLACES

PLACES = {p.id: p for p in TINY_PLACES}


def raw(doc, pid, start, kind="residence", end=None, conf=0.9, offset=0):
    return RawStop(doc, PLACES[pid], start, end or start, kind, Evidence(doc, offset, f"{pid} {start}"), conf, 0.5)


def test_same_place_and_period_merge_keeping_every_source_and_disagreement():
    stops = merge_stops([
        raw("a.txt", "alma-ata", 1928, "exile"), raw("b.txt", "alma-ata", 1929, "exile"),
        raw("c.txt", "alma-ata", 1928, "deportation", offset=5),
    ])
    (s,) = stops
    assert (s.id, s.start, s.kind) == ("alma-ata-1928", 1928, "exile")
    assert [e.doc for e in s.evidence] == ["a.txt", "b.txt", "c.txt"]
    assert s.alternatives == ({"start": 1928, "docs": ["a.txt", "c.txt"]}, {"start": 1929, "docs": ["b.txt"]})


def test_separate_visits_stay_separate_and_in_time_order():
    stops = merge_stops([raw("a.txt", "london", 1907), raw("a.txt", "london", 1902), raw("a.txt", "vienna", 1908),
                         raw("a.txt", "paris", 1904)])
    assert [s.id for s in stops] == ["london-1902", "paris-1904", "london-1907", "vienna-1908"]


def test_one_birthplace_and_areas_covered_by_their_towns_are_dropped():
    stops = merge_stops([
        raw("a.txt", "yanovka", 1879, "birth"), raw("b.txt", "yanovka", 1879, "birth"),
        raw("a.txt", "odessa", 1879, "birth"), raw("a.txt", "kazakhstan", 1928), raw("a.txt", "alma-ata", 1928),
    ])
    assert [s.place.id for s in stops] == ["yanovka", "alma-ata"]


def test_weak_single_mentions_are_left_out():
    assert merge_stops([raw("a.txt", "paris", 1915, conf=0.4)]) == []


def test_write_then_load_round_trips_the_contract(tmp_path):
    docs = [Document("a.txt", "text", "f" * 64, "A title")]
    itinerary = build_itinerary("Anna", [source_of(d) for d in docs], [raw("a.txt", "alma-ata", 1928, "exile")])
    path = tmp_path / "it.json"
    write_itinerary(itinerary, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 1 and data["subject"] == "Anna"
    assert data["sources"] == [{"doc": "a.txt", "sha256": "f" * 64, "title": "A title"}]
    stop = data["stops"][0]
    assert {"id", "place", "modern_name", "country", "lat", "lon", "start", "end", "kind", "evidence"} <= set(stop)
    assert itinerary_to_dict(load_itinerary(path)) == data


@pytest.mark.parametrize("content", ["", "[]", '{"version": 2}', '{"version": 1, "sources": [], "stops": [{}]}',
                                     '{"version": 1, "sources": [], "stops": [{"id": "x", "kind": "picnic"}]}'])
def test_broken_itinerary_files_are_refused(tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(ItineraryError):
        load_itinerary(path)


def test_a_weak_district_joins_its_city_and_a_strong_one_stays():
    from tests.conftest import place
    kings_cross = place("kings-cross", "King's Cross", 51.53, -0.12, kind="district", country="United Kingdom")
    PLACES["kings-cross"] = kings_cross
    stops = merge_stops([raw("a.txt", "london", 1902), raw("b.txt", "london", 1902, offset=3),
                         raw("c.txt", "kings-cross", 1902)])
    assert [(s.id, len(s.evidence)) for s in stops] == [("london-1902", 3)]
    stops = merge_stops([raw("a.txt", "london", 1902), raw("b.txt", "kings-cross", 1902),
                         raw("c.txt", "kings-cross", 1902, offset=3)])
    assert [s.id for s in stops] == ["london-1902", "king-s-cross-1902"]


def _at(doc, p, start, kind, position, offset):
    return RawStop(doc, p, start, start, kind, Evidence(doc, offset, f"{p.id} {start}"), 0.9, position)


def test_an_area_told_just_before_a_place_inside_it_the_same_year_is_that_place_s_stay():
    from tests.conftest import place
    italy = place("italy", "Italy", 42.8, 12.8, kind="country", country="Italy")
    tuscany = place("tuscany", "Tuscany", 43.4, 11.1, kind="region", country="Italy")
    tuscany = tuscany.__class__(**{**tuscany.__dict__, "radius_km": 150.0})
    stops = merge_stops([_at("a.txt", PLACES["paris"], 1849, "residence", 0.1, 1),
                         _at("a.txt", italy, 1850, "exile", 0.2, 2),
                         _at("a.txt", tuscany, 1850, "residence", 0.3, 3)])
    assert [(s.place.id, s.kind, len(s.evidence)) for s in stops] == [("paris", "residence", 1),
                                                                      ("tuscany", "exile", 2)]
    # another place told between them, or the next year: the area stays a stop of its own
    stops = merge_stops([_at("a.txt", italy, 1850, "exile", 0.2, 2), _at("a.txt", PLACES["geneva"], 1850, "travel",
                                                                         0.25, 3),
                         _at("a.txt", tuscany, 1850, "residence", 0.3, 4)])
    assert [s.place.id for s in stops] == ["italy", "geneva", "tuscany"]
    stops = merge_stops([_at("a.txt", PLACES["france"], 1914, "emigration", 0.2, 2),
                         _at("a.txt", PLACES["paris"], 1915, "political_work", 0.3, 3)])
    assert [s.place.id for s in stops] == ["france", "paris"]


def test_a_place_told_again_with_nothing_between_is_one_stay():
    stops = merge_stops([_at("a.txt", PLACES["odessa"], 1893, "education", 0.1, 1),
                         _at("a.txt", PLACES["odessa"], 1896, "residence", 0.2, 2),
                         _at("a.txt", PLACES["london"], 1902, "residence", 0.3, 3)])
    assert [(s.place.id, s.start, s.end, len(s.evidence)) for s in stops] == [("odessa", 1893, 1902, 2),
                                                                              ("london", 1902, 1902, 1)]
    # a trip between them: two visits, one marker each
    stops = merge_stops([_at("a.txt", PLACES["odessa"], 1893, "education", 0.1, 1),
                         _at("a.txt", PLACES["vienna"], 1895, "travel", 0.15, 2),
                         _at("a.txt", PLACES["odessa"], 1896, "residence", 0.2, 3)])
    assert [(s.place.id, s.start, s.end) for s in stops] == [("odessa", 1893, 1895), ("vienna", 1895, 1895),
                                                             ("odessa", 1896, 1896)]


def test_a_death_told_in_a_country_is_where_the_subject_lived_in_it():
    stops = merge_stops([_at("a.txt", PLACES["coyoacan"], 1937, "residence", 0.1, 1),
                         _at("a.txt", PLACES["mexico"], 1940, "death", 0.9, 2)])
    assert [(s.place.id, s.kind, s.start) for s in stops] == [("coyoacan", "residence", 1937),
                                                              ("coyoacan", "death", 1940)]
    # another country's towns say nothing of where a death in Mexico was
    stops = merge_stops([_at("a.txt", PLACES["paris"], 1937, "residence", 0.1, 1),
                         _at("a.txt", PLACES["mexico"], 1940, "death", 0.9, 2)])
    assert [s.place.id for s in stops] == ["paris", "mexico"]


def test_a_gathering_attended_is_a_visit_that_neither_lasts_nor_ends_the_stay():
    from dataclasses import replace as _replace
    congress = _replace(_at("a.txt", PLACES["geneva"], 1915, "political_work", 0.2, 2), moment=True)
    stops = merge_stops([_at("a.txt", PLACES["paris"], 1914, "residence", 0.1, 1), congress,
                         _at("a.txt", PLACES["cadiz-es"], 1916, "residence", 0.3, 3)])
    assert [(s.place.id, s.start, s.end) for s in stops] == [("paris", 1914, 1916), ("geneva", 1915, 1915),
                                                             ("cadiz-es", 1916, 1916)]
    assert stops[1].moment and not stops[0].moment


def test_a_city_told_once_joins_the_district_inside_it_told_more_often():
    from tests.conftest import place
    PLACES["mexico-city"] = place("mexico-city", "Mexico City", 19.43, -99.13, country="Mexico")
    district = place("coyo-d", "Coyoacán", 19.35, -99.16, kind="district", country="Mexico")
    PLACES["coyo-d"] = district
    stops = merge_stops([_at("a.txt", PLACES["mexico-city"], 1937, "travel", 0.1, 1),
                         _at("a.txt", district, 1937, "residence", 0.2, 2),
                         _at("b.txt", district, 1937, "residence", 0.2, 3)])
    assert [(s.place.id, len(s.evidence)) for s in stops] == [("coyo-d", 3)]
