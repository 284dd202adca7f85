"""Names the index holds in another spelling or word order, towns named after their region, place-name hints
with namesakes of their own, and first-order units the ISO join used to drop.

The indexes are tiny and written here (made-up names); the subdivision checks read the real packages."""

from __future__ import annotations

import math

import pytest

from places.gazetteer import BroadIndex, Gazetteer
from places.gazetteer.index import one_edit
from places.gazetteer.ranking import Context
from places.gazetteer.sources import Entry
from places.model import Place


def entry(pid, name, lat, lon, country, population=0, alts=(), kind="settlement", radius=0.0, importance=None):
    p = Place(id=pid, name=name, lat=lat, lon=lon, kind=kind, country=country, population=population,
              alt_names=tuple(alts), radius_km=radius, source="test")
    return Entry(p, primary=(name,), alternate=tuple(alts),
                 importance=math.log10(1 + population) if importance is None else importance)


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    index = BroadIndex.build(tmp_path_factory.mktemp("spelling") / "spelling.sqlite", [
        entry("brenholm", "Brenholm", 44.0, 26.0, "Bulgaria", 150_000, alts=("Brenschukov",)),
        entry("kelby", "Kelby", 50.0, 10.0, "Germany", 5_000, alts=("Kelbyshausen",)),  # too small to respell
        entry("mulstadt", "Mulstadt", 47.7, 7.3, "France", 110_000, alts=("Mülbergen",)),
        entry("muhlbergen", "Mühlbergen", 51.2, 10.4, "Germany", 38_000),
        entry("vostrok", "Vostrok", 43.0, 47.5, "Russia", 600_000, alts=("Grelovsk-Port",)),
        entry("brakoma", "Brakoma", 35.5, -97.5, "United States", kind="region", radius=300, importance=6.5),
        entry("brakoma-city", "Brakoma City", 35.5, -97.5, "United States", 600_000, alts=("Brakoma",)),
        # two pairs of namesakes: "Portly" and "Norby" in England and in Virginia
        entry("norby-gb", "Norby", 52.6, 1.0, "United Kingdom", kind="region", radius=50, importance=5.3),
        entry("norby-us", "Norby", 36.85, -76.29, "United States", 240_000),
        entry("portly-gb", "Portly", 50.8, -1.1, "United Kingdom", 200_000),
        entry("portly-us", "Portly", 36.84, -76.30, "United States", 95_000),
    ])
    return Gazetteer(curated=[], broad=index)


def test_one_edit_counts_one_insertion_deletion_substitution_or_swap():
    assert one_edit("rustchuk", "rustschuk") and one_edit("rustschuk", "rustchuk")
    assert one_edit("bussorah", "bassorah") and one_edit("mecheln", "mehceln")
    assert not one_edit("mechlin", "mecheln") and not one_edit("kvashnorgsk", "kvashnogorsk ")


def test_an_old_name_spelt_one_letter_off_finds_a_large_city_only(gazetteer):
    found = gazetteer.resolve("Brenschuko")  # a letter dropped from the city's old name
    assert found.place.id == "brenholm" and "one letter off" in found.reason
    assert gazetteer.resolve("Brenstchukov").place.id == "brenholm"  # a letter added
    assert gazetteer.resolve("Brentchuko").place is None  # two letters off: nothing
    assert gazetteer.resolve("Kelbyshauzen").place is None  # a town of 5,000 is not found by a respelling
    # in running text a near spelling is no evidence at all
    assert gazetteer.resolve("Brenschuko", context=Context(prose=True)).place is None


def test_a_country_hint_with_no_place_of_the_name_there_looks_for_a_near_spelling_in_that_country(gazetteer):
    assert gazetteer.resolve("Mühlbergen").place.id == "muhlbergen"
    assert gazetteer.resolve("Mühlbergen", country="France").place.id == "mulstadt"
    assert gazetteer.resolve("Mühlbergen", country="Spain").place is None


def test_a_name_of_two_words_finds_a_place_that_has_them_in_the_other_order(gazetteer):
    assert gazetteer.resolve("Port-Grelovsk").place.id == "vostrok"
    assert gazetteer.resolve("Port Grelovsk", context=Context(prose=True)).place is None


def test_a_town_named_for_its_region_does_not_take_the_bare_name_from_it(gazetteer):
    assert gazetteer.resolve("Brakoma").place.id == "brakoma"
    assert gazetteer.resolve("Brakoma City").place.id == "brakoma-city"


def test_a_place_name_hint_with_namesakes_settles_with_the_name_it_is_near(gazetteer):
    assert gazetteer.resolve("Norby").place.id == "norby-gb"  # alone, the English county
    assert gazetteer.resolve("Portly").place.id == "portly-gb"
    assert gazetteer.resolve("Portly", near="Norby").place.id == "portly-us"  # the pair 1 km apart


def test_first_order_units_under_a_geographical_grouping_or_missing_from_iso_are_kept():
    from places.gazetteer.sources.subdivisions import _official_names, iso_codes

    local, parents = _official_names()
    assert "ID-AC" in local and "ID-AC" not in parents  # Aceh: "Sumatera" is an island, not a government
    assert parents.get("IT-RM") == "IT-62"  # Rome's province stays inside Lazio
    codes = iso_codes([{"countryCode": "IN", "isoCode": "OR", "name": "Odisha"},
                       {"countryCode": "NO", "isoCode": "20", "name": "Finnmark"}], local)
    assert codes["IN-OR"] == "IN-OD" and codes["NO-20"] == "NO-20"  # joined by name; kept under its own code
