"""Historical and cultural regions and the French départements in the broad layer: the shipped table, and how
a region ranks against cities and towns of its name.

Fixtures are tiny tables and indexes written here (made-up names), except for the checks on the shipped table."""

from __future__ import annotations

import json
import math

import pytest

from places.gazetteer import BroadIndex, Gazetteer
from places.gazetteer.sources import Entry, areas
from places.model import Place


def town(pid, name, lat, lon, population, country="Testland"):
    p = Place(id=pid, name=name, lat=lat, lon=lon, kind="settlement", country=country, population=population,
              source="test")
    return Entry(p, primary=(name,), importance=math.log10(1 + population))


def test_the_shipped_historical_regions_are_sourced_regions_with_a_country():
    rows = json.loads(areas.HISTORICAL_REGIONS_PATH.read_text(encoding="utf-8"))
    assert len(rows) >= 400
    assert all(r["kind"] == "region" and r["source"].startswith("hand-curated") and r["country"] for r in rows)
    by_name = {e.place.name: e.place for e in areas.entries(areas.HISTORICAL_REGIONS_PATH)}
    # an old province, a département under its pre-1968 name, an old Chinese province, a princely state
    assert by_name["Guyenne"].country == "France"
    assert "Seine-Inférieure" in by_name["Seine-Maritime"].alt_names
    assert by_name["Szechwan"].country == "China" and by_name["Travancore"].country == "India"


@pytest.fixture(scope="module")
def region_index(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("regions")
    path = tmp / "regions.json"
    path.write_text(json.dumps([
        {"name": "Varonne", "alt_names": ["Varonne-Inférieure"], "kind": "region", "lat": 47.0, "lon": 3.0,
         "radius_km": 45, "country": "Testland", "source": "written for this test"},
        {"name": "Quercelle", "alt_names": [], "kind": "region", "lat": 45.0, "lon": 1.0, "radius_km": 40,
         "country": "Testland", "source": "written for this test"},
    ]), encoding="utf-8")
    return BroadIndex.build(tmp / "regions.sqlite", [
        *areas.entries(path),
        town("varonne-city", "Varonne", 41.0, -74.0, 1_500_000, country="Farland"),  # a big city of the name
        town("quercelle-town", "Quercelle", 40.0, -80.0, 3_000, country="Farland"),  # a small far namesake
    ])


def test_a_big_city_keeps_its_name_against_a_region_of_the_same_name(region_index):
    assert Gazetteer(curated=[], broad=region_index).resolve("Varonne").place.id == "varonne-city"


def test_a_region_beats_a_small_far_town_and_answers_to_its_old_name(region_index):
    gazetteer = Gazetteer(curated=[], broad=region_index)
    assert gazetteer.resolve("Quercelle").place.kind == "region"
    assert gazetteer.resolve("Varonne-Inférieure").place.name == "Varonne"
