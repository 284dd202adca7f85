"""The real curated gazetteer and the geopy-compatible geocoder, offline."""

from __future__ import annotations

import pytest
from geopy.extra.rate_limiter import RateLimiter
from geopy.location import Location

from places.gazetteer import Gazetteer, haversine_km, load_curated, normalise
from places.geocode import GazetteerGeocoder


@pytest.fixture(scope="module")
def curated_geocoder():
    return GazetteerGeocoder(broad=False)


@pytest.mark.parametrize(("a", "b"), [
    ("Büyükada", "Buyukada"), ("Zürich", "Zurich"), ("Alma Ata", "Alma-Ata"), ("Ust-Kut", "Ust'-Kut"),
    ("COYOACÁN", "coyoacan"), ("Hønefoss", "Honefoss"),
])
def test_normalise_ignores_case_accents_apostrophes_and_hyphens(a, b):
    assert normalise(a) == normalise(b)


def test_curated_table_is_well_formed():
    places = load_curated()
    assert len(places) >= 100
    assert len({p.id for p in places}) == len(places)
    assert all(-90 <= p.lat <= 90 and -180 <= p.lon <= 180 for p in places)
    assert {p.kind for p in places} <= {"settlement", "island", "district", "region", "country"}


# (query, expected point, km tolerance): the brief's places and the names that defeat population ranking.
EXPECTED = [
    ("Yanovka", (47.89, 32.29), 30), ("Nikolayev", (46.97, 32.0), 30), ("Mykolaiv", (46.97, 32.0), 30),
    ("Berezov", (63.93, 65.05), 30), ("Berezovo", (63.93, 65.05), 30), ("Obdorsk", (66.53, 66.6), 30),
    ("Verkholensk", (54.1, 105.6), 30), ("Alma-Ata", (43.25, 76.92), 30), ("Almaty", (43.25, 76.92), 30),
    ("Prinkipo", (40.86, 29.12), 30), ("Büyükada", (40.86, 29.12), 30), ("Coyoacan", (19.35, -99.16), 30),
    ("Petrograd", (59.94, 30.31), 30), ("Leningrad", (59.94, 30.31), 30), ("Tsaritsyn", (48.72, 44.5), 30),
    ("Constantinople", (41.01, 28.95), 30), ("Elizavetgrad", (48.51, 32.26), 30), ("Kiev", (50.45, 30.52), 30),
    ("Kyiv", (50.45, 30.52), 30), ("London", (51.51, -0.13), 30), ("Vienna", (48.21, 16.37), 30),
    ("New York", (40.71, -74.01), 30), ("Amherst", (45.83, -64.2), 30), ("Cadiz", (36.53, -6.29), 30),
    ("Ust-Kut", (56.79, 105.76), 30), ("Siberia", (60.0, 100.0), 1500),
]


@pytest.mark.parametrize(("query", "point", "km"), EXPECTED)
def test_historical_names_resolve_where_they_were(curated_geocoder, query, point, km):
    loc = curated_geocoder.geocode(query)
    assert isinstance(loc, Location)
    assert haversine_km(loc.latitude, loc.longitude, *point) <= km, (query, loc.raw)
    assert loc.raw["source"] == "curated" and loc.raw["kind"] and loc.raw["id"]


def test_regions_and_countries_say_so(curated_geocoder):
    assert curated_geocoder.geocode("Siberia").raw["kind"] == "region"
    assert curated_geocoder.geocode("Norway").raw["kind"] == "country"


def test_unknown_names_give_none_not_a_far_namesake(curated_geocoder):
    assert curated_geocoder.geocode("Xyzzyville") is None
    assert curated_geocoder.geocode("") is None
    assert curated_geocoder.geocode("Xyzzyville", exactly_one=False) == []


def test_context_hints_choose_among_namesakes(tiny_gazetteer):
    geocoder = GazetteerGeocoder(tiny_gazetteer)
    assert geocoder.geocode("Cadiz", country="Philippines").raw["country"] == "Philippines"
    assert geocoder.geocode("Cadiz", country="Spain").raw["country"] == "Spain"
    assert geocoder.geocode("Cadiz", near=(11.0, 123.0)).raw["country"] == "Philippines"
    assert len(geocoder.geocode("Cadiz", exactly_one=False)) == 2


def test_reverse_finds_the_nearest_place(curated_geocoder):
    assert curated_geocoder.reverse((48.2, 16.4)).raw["name"] == "Vienna"


def test_works_behind_geopys_rate_limiter(tiny_gazetteer):
    geocode = RateLimiter(GazetteerGeocoder(tiny_gazetteer).geocode, min_delay_seconds=0)
    assert geocode("Wien").raw["id"] == "vienna"


def test_broad_layer_is_built_once_into_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("PLACES_CACHE_DIR", str(tmp_path))
    gazetteer = Gazetteer(broad=True, min_population=15000)
    assert gazetteer.candidates("Vienna")[0].source == "curated"
    assert not list(tmp_path.iterdir()), "the broad index is not loaded until a name needs it"
    found = gazetteer.candidates("Krasnoyarsk")
    assert found and found[0].source == "geonames" and found[0].country == "Russia"
    assert len(list(tmp_path.glob("gazetteer-*.sqlite"))) == 1
