"""Islands, lakes, seas and their other-language names in the broad layer: the curated feature tables, how
their rows rank against towns of the same name, and what running text makes of a lake.

Fixtures are tiny tables and indexes written here (made-up names), except for the checks on the shipped
tables themselves."""

from __future__ import annotations

import json
import math

import pytest

from places.gazetteer import BroadIndex, Gazetteer, mention_place, normalise
from places.gazetteer.ranking import AREA_KINDS, WATER_KINDS, country_code
from places.gazetteer.sources import Entry, areas
from places.gazetteer.sources.geonames import HAMLET_SOURCE
from places.model import Place


def town(pid, name, lat, lon, population, country="Testland", source="test"):
    p = Place(id=pid, name=name, lat=lat, lon=lon, kind="settlement", country=country, population=population,
              source=source)
    return Entry(p, primary=(name,), importance=math.log10(1 + population))


def table(tmp_path, rows, name="features.json"):
    path = tmp_path / name
    path.write_text(json.dumps([{"source": "written for this test", "country": "Testland", "alt_names": [], **r}
                                for r in rows]), encoding="utf-8")
    return path


# --- the shipped tables -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def shipped():
    return list(areas.entries())


def test_every_shipped_feature_row_is_well_formed_and_names_its_source(shipped):
    assert len(shipped) >= 1200  # the historical areas plus the wider layer of islands and waters
    ids = [e.place.id for e in shipped]
    assert len(set(ids)) == len(ids)
    for e in shipped:
        p = e.place
        assert p.kind in areas.KINDS and -90 <= p.lat <= 90 and -180 <= p.lon <= 180 and p.radius_km > 0
        assert not p.country or len(country_code(p.country)) == 2, (p.name, p.country)
    for path in areas.TABLES:
        assert all(row["source"] for row in json.loads(path.read_text(encoding="utf-8")))


def test_no_name_belongs_to_two_shipped_features(shipped):
    owners: dict[str, str] = {}
    for e in shipped:
        for name in {normalise(n) for n in e.primary}:
            assert owners.setdefault(name, e.place.name) == e.place.name, f"{name!r}: {owners[name]}, {e.place.name}"


def test_shipped_lakes_are_lakes_and_areas(shipped):
    kinds = {e.place.name: e.place.kind for e in shipped}
    assert kinds["Lake Geneva"] == kinds["Lake Baikal"] == kinds["Loch Ness"] == "lake"
    assert kinds["Black Sea"] == "sea" and kinds["Patmos"] == "island"
    assert "lake" in AREA_KINDS and set(WATER_KINDS) == {"sea", "lake"}


@pytest.mark.parametrize("name, feature", [
    ("Osterinsel", "Easter Island"), ("Île de Pâques", "Easter Island"), ("Neue Hebriden", "New Hebrides"),
    ("Kamtschatka", "Kamchatka"), ("Baikalsee", "Lake Baikal"), ("Feuerland", "Tierra del Fuego"),
    ("Mer Noire", "Black Sea"), ("Genfersee", "Lake Geneva"), ("Sandwich Islands", "Hawaiian Islands"),
])
def test_translated_biographies_names_belong_to_the_feature(shipped, name, feature):
    owners = [e.place.name for e in shipped if normalise(name) in {normalise(n) for n in e.primary}]
    assert owners == [feature]


# --- ranking a feature against towns of its name ------------------------------------------------------------

@pytest.fixture(scope="module")
def feature_index(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("features")
    rows = table(tmp, [
        {"name": "Skerra", "kind": "island", "lat": 56.3, "lon": -6.4, "radius_km": 3},
        {"name": "Pelmos", "kind": "island", "lat": 37.3, "lon": 26.55, "radius_km": 6},
        {"name": "Ambermere", "kind": "lake", "lat": 54.36, "lon": -2.93, "radius_km": 9,
         "alt_names": ["Lac d'Ambre", "Ambersee"]},
        {"name": "Korvasee", "kind": "lake", "lat": 60.0, "lon": 30.0, "radius_km": 20},
        {"name": "Caprola", "kind": "island", "lat": 40.55, "lon": 14.24, "radius_km": 5},
    ])
    return BroadIndex.build(tmp / "features.sqlite", [
        *areas.entries(rows),
        town("skerra-far", "Skerra", 41.0, -74.0, 15_000, country="Farland"),  # named after the island
        town("farcity", "Farcity", 41.2, -74.1, 500_000, country="Farland"),
        town("pelmos-village", "Pelmos", 37.31, 26.55, 541),  # the island's own village, a seat of its commune
        town("pelmos-hamlet", "Pelmos", 37.29, 26.56, 600, source=HAMLET_SOURCE),
        town("ambermere-town", "Ambermere", 54.38, -2.91, 8_000),  # on the lake's shore
        town("caprola-town", "Caprola", 40.55, 14.25, 7_000),  # the island's town, a fair share of it
        town("korvasee-far", "Korvasee", -33.0, 151.0, 2_000, country="Farland"),
    ])


def test_a_named_island_beats_a_small_far_town_of_its_name(feature_index):
    found = Gazetteer(curated=[], broad=feature_index).resolve("Skerra")
    assert found.place.kind == "island" and found.place.name == "Skerra"


def test_context_still_turns_the_name_to_the_town(feature_index):
    gazetteer = Gazetteer(curated=[], broad=feature_index)
    assert gazetteer.resolve("Skerra", near="Farcity").place.id == "skerra-far"
    assert gazetteer.resolve("Skerra", country="Farland").place.id == "skerra-far"


def test_a_hamlet_on_an_island_does_not_stand_for_the_island(feature_index):
    found = Gazetteer(curated=[], broad=feature_index).resolve("Pelmos")
    assert found.place is not None and found.place.kind == "island", found.reason


def test_a_town_of_some_size_still_stands_for_its_island(feature_index):
    assert Gazetteer(curated=[], broad=feature_index).resolve("Caprola").place.id == "caprola-town"


def test_other_language_names_of_a_feature_are_its_own_and_count_as_fame(tmp_path):
    rows = table(tmp_path, [
        {"name": "Ambermere", "kind": "lake", "lat": 54.36, "lon": -2.93, "radius_km": 9,
         "alt_names": ["Lac d'Ambre", "Ambersee"]},
        {"name": "Korvasee", "kind": "lake", "lat": 60.0, "lon": 30.0, "radius_km": 9},
    ])
    found = {e.place.name: e for e in areas.entries(rows)}
    assert set(found["Ambermere"].primary) == {"Ambermere", "Lac d'Ambre", "Ambersee"}
    assert found["Ambermere"].fame > found["Korvasee"].fame == 0.0
    assert found["Ambermere"].importance == found["Korvasee"].importance >= areas.NAMED_FEATURE_IMPORTANCE


def test_a_table_row_of_an_unknown_kind_is_an_error_that_names_it(tmp_path):
    from places.errors import GazetteerError

    rows = table(tmp_path, [{"name": "Nowhere Reef", "kind": "reef", "lat": 0, "lon": 0, "radius_km": 1}])
    with pytest.raises(GazetteerError, match="Nowhere Reef"):
        list(areas.entries(rows))


# --- running text: a lake is no stop, the town on its shore is ----------------------------------------------

def test_a_lake_in_running_text_gives_the_town_of_its_name_on_its_shore(feature_index):
    assert Gazetteer(curated=[], broad=feature_index).resolve("Ambermere").place.kind == "lake"
    place, why = mention_place(feature_index, "Ambermere")
    assert place is not None and place.id == "ambermere-town" and "shore" in why


def test_a_lake_with_no_town_of_its_name_on_its_shore_is_no_stop(feature_index):
    assert Gazetteer(curated=[], broad=feature_index).resolve("Korvasee").place.kind == "lake"
    place, why = mention_place(feature_index, "Korvasee")
    assert place is None and "sea or lake" in why
    place, why = mention_place(feature_index, "Ambersee")  # another name of a lake: its shore town is not
    assert place is None and "sea or lake" in why             # named by it
