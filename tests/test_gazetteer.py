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


# ---------------------------------------------------------------- broad layers, ranking, refusal, context
# A small broad index written for these tests (real BroadIndex, real ranking; the names are real places with
# round figures), and the real index for what only the real data can show.

def entry(pid, name, lat, lon, kind="settlement", country="", population=0, alts=(), radius=0.0, importance=None):
    import math

    from places.gazetteer.sources import Entry
    from places.model import Place

    p = Place(id=pid, name=name, lat=lat, lon=lon, kind=kind, country=country, population=population,
              alt_names=tuple(alts), radius_km=radius, source="test")
    return Entry(p, primary=(name,), alternate=tuple(alts),
                 importance=math.log10(1 + population) if importance is None else importance)


@pytest.fixture(scope="module")
def small_broad(tmp_path_factory):
    from places.gazetteer import BroadIndex

    return BroadIndex.build(tmp_path_factory.mktemp("broad") / "small.sqlite", [
        entry("vt", "Vermont", 44.0, -72.7, kind="region", country="United States", radius=150, importance=5.6),
        entry("vt-au", "Vermont", -37.84, 145.19, country="Australia", population=10_000),
        entry("kal", "Kaliningrad", 54.71, 20.51, country="Russia", population=430_000, alts=("Königsberg",)),
        entry("chojna", "Chojna", 52.96, 14.43, country="Poland", population=7_000, alts=("Königsberg",)),
        entry("jay", "Jayapura", -2.53, 140.72, country="Indonesia", population=300_000, alts=("Noordwijk",)),
        entry("hamlet", "Kazygurt", 41.76, 69.38, country="Kazakhstan", population=9_000, alts=("Bolshevik",)),
        entry("harvard", "Harvard", 42.5, -71.58, country="United States", population=6_000),
        entry("wat-ca", "Waterloo", 43.47, -80.52, country="Canada", population=100_000),
        entry("wat-be", "Waterloo", 50.71, 4.4, country="Belgium", population=30_000),
        entry("brussels", "Brussels", 50.85, 4.35, country="Belgium", population=1_000_000),
        entry("be", "Belgium", 50.85, 4.35, kind="country", country="Belgium", population=11_000_000, radius=100,
              importance=7.0),
        entry("black-sea", "Black Sea", 43.4, 34.0, kind="sea", radius=500, importance=6.3),
    ])


@pytest.fixture
def broad_only(small_broad):
    return Gazetteer(curated=[], broad=small_broad)


def test_a_region_beats_a_small_namesake_town(broad_only):
    found = broad_only.resolve("Vermont")
    assert found.place.id == "vt" and found.place.kind == "region"
    assert [c.place.id for c, _ in found.ranked] == ["vt", "vt-au"]


def test_a_historical_name_resolves_to_the_city_that_bore_it(broad_only):
    found = broad_only.resolve("Königsberg")
    assert found.place.id == "kal" and "alternate name" in found.reason


def test_a_weak_far_candidate_is_refused_with_the_reason(broad_only):
    far = broad_only.resolve("Noordwijk", near=(52.2, 4.4))  # only Jayapura has it, as an alternate name
    assert far.place is None and far.refused and "far namesake" in far.reason and "Jayapura" in far.reason
    small = broad_only.resolve("Bolshevik")  # an alternate name of a village: weak evidence
    assert small.place is None and "alternate name of a small place" in small.reason
    building = broad_only.resolve("Harvard University")
    assert building.place is None and "street or building" in building.reason
    geocoder = GazetteerGeocoder(broad_only)
    assert geocoder.geocode("Noordwijk", near=(52.2, 4.4)) is None
    assert "far namesake" in geocoder.geocode("Noordwijk", near=(52.2, 4.4), exactly_one=False)[0].raw["refused"]


def test_a_context_hint_changes_the_answer(broad_only):
    geocoder = GazetteerGeocoder(broad_only)
    assert geocoder.geocode("Waterloo").raw["country"] == "Canada"
    assert geocoder.geocode("Waterloo", country="Belgium").raw["country"] == "Belgium"
    assert geocoder.geocode("Waterloo", country="BE").raw["country"] == "Belgium"
    assert geocoder.geocode("Waterloo", near=(50.85, 4.35)).raw["country"] == "Belgium"
    assert geocoder.geocode("Waterloo", near="Brussels").raw["country"] == "Belgium"  # a place name as the hint
    assert geocoder.geocode("Vermont", country="Australia").raw["id"] == "vt-au"


def test_the_document_context_reaches_names_in_running_text(small_broad):
    from places.gazetteer import document_countries, mention_place

    text = "The battle was fought in Belgium. Later, in Belgium again, he rode to Waterloo."
    countries = document_countries(text, small_broad)
    assert countries == ("Belgium",)
    assert mention_place(small_broad, "Waterloo", countries=countries)[0].country == "Belgium"
    assert mention_place(small_broad, "Waterloo")[0].country == "Canada"
    assert mention_place(small_broad, "Black Sea")[0] is None  # a sea is no stop
    place, why = mention_place(small_broad, "Harvard", named_as="Harvard University")
    assert place is None and "street or building" in why


def test_extract_explain_shows_why_a_name_named_no_place(small_broad, tiny_gazetteer):
    from places.extract import Extractor
    from places.model import Document

    gazetteer = Gazetteer(curated=tiny_gazetteer.curated.places, broad=small_broad)
    text = "Anna Petrova was born in Odessa in 1870. In 1890 Anna Petrova studied at Harvard University."
    log: list = []
    stops = Extractor(gazetteer).extract(Document("a.txt", text, ""), "Anna Petrova", explain=log)
    assert [s.place.id for s in stops] == ["odessa"]
    verdicts = {surface: verdict for _, surface, verdict in log}
    assert "street or building" in verdicts["Harvard University"]


# ---------------------------------------------------------------- the real index

@pytest.fixture(scope="module")
def real_gazetteer(tmp_path_factory):
    """Every real source (cities of 15,000 or more, to keep the build short), built once for this module."""
    from places.gazetteer import BroadIndex, build_entries

    index = BroadIndex.build(tmp_path_factory.mktemp("real") / "real.sqlite", build_entries(15000))
    return Gazetteer(broad=index)


@pytest.mark.parametrize(("query", "kind", "point", "km"), [
    ("Vermont", "region", (44.0, -72.7), 300), ("Crete", "island", (35.24, 24.8), 100),
    ("Bavaria", "region", (48.8, 11.5), 300), ("Danzig", "settlement", (54.35, 18.65), 30),
    ("Black Sea", "sea", (43.4, 34.0), 300), ("Patagonia", "region", (-45.0, -69.0), 600),
])
def test_real_layers_hold_regions_islands_seas_and_old_names(real_gazetteer, query, kind, point, km):
    place = real_gazetteer.resolve(query).place
    assert place is not None and place.kind == kind, (query, place)
    assert haversine_km(place.lat, place.lon, *point) <= km


@pytest.mark.parametrize("nonsense", ["Xyzzyville", "Qorvantha", "Blimberton-on-Sneed", "Plinkersholm", "Zq"])
def test_nonsense_names_give_none(real_gazetteer, nonsense):
    assert GazetteerGeocoder(real_gazetteer).geocode(nonsense) is None


def test_the_index_is_built_once_and_then_only_opened(tmp_path, monkeypatch):
    from places.gazetteer import BROAD_VERSION, index_path, load_broad

    monkeypatch.setenv("PLACES_CACHE_DIR", str(tmp_path))
    first = load_broad(15000)
    assert first.path == index_path(15000) and f"-v{BROAD_VERSION}-" in first.path.name
    built = first.path.stat().st_mtime_ns
    assert load_broad(15000).path.stat().st_mtime_ns == built
    assert first.db.execute("SELECT count(*) FROM places WHERE kind = 'region'").fetchone()[0] > 1000


# ---------------------------------------------------------------- how the query's own spelling and hints weigh
# Invented names, so only the mechanisms can answer them.

@pytest.fixture(scope="module")
def spelling_broad(tmp_path_factory):
    from dataclasses import replace

    from places.gazetteer import BroadIndex

    canton = entry("canton", "Canton of Lorvaux", 46.6, 6.6, kind="region", country="Switzerland", radius=40,
                   importance=5.7)
    oblast = entry("oblast", "Novaria Oblast", 56.8, 60.6, kind="region", country="Russia", radius=200,
                   importance=6.6)
    governorate = entry("gov", "Monastra Governorate", 35.7, 10.8, kind="region", country="Tunisia", radius=30,
                        importance=5.6)
    return BroadIndex.build(tmp_path_factory.mktemp("spelling") / "spelling.sqlite", [
        replace(canton, primary=("Canton of Lorvaux", "Lorvaux")),
        entry("le-lorvaux", "Le Lorvaux", 46.65, 6.7, country="Switzerland", population=1_100, alts=("Lorvaux",)),
        replace(oblast, primary=("Novaria Oblast", "Novaria")),
        replace(entry("grad", "Velikograd", 56.84, 60.6, country="Russia", population=1_400_000, alts=("Novaria",)),
                fame=0.8),  # a city that size has names in many languages
        entry("verac-fr", "Vérac", 48.9, 2.0, country="France", population=1_400),
        entry("verac", "Verac", 3.6, 98.7, country="Indonesia", population=2_400_000),
        entry("kalivary", "Kalivary", 50.23, 12.87, country="Czechia", population=45_000, alts=("Karlsbrunn",)),
        entry("carlsbrunn", "Carlsbrunn", 33.16, -117.35, country="United States", population=115_000,
              alts=("Karlsbrunn",)),
        entry("tornek", "Tornek", 53.01, 18.6, country="Poland", population=200_000, alts=("Tornik",)),
        entry("tornik", "Tornik", 51.2, 5.8, country="The Netherlands", population=2_300),
        entry("tarusk", "Tarusk", 54.7, 37.2, country="Russia", population=10_000),
        entry("tulsk", "Tulsk", 36.15, -95.99, country="United States", population=400_000, alts=("Tarusk",)),
        # a famous city's foreign name borne far away by a town known in one language (named after the city), and
        # a transliteration borne by a town known in as many languages as the city
        replace(entry("genava", "Genava", 46.2, 6.14, country="Switzerland", population=200_000, alts=("Ginavra",)),
                fame=0.9),
        replace(entry("ginavra", "Ginavra", 3.7, -76.3, country="Colombia", population=6_000), fame=0.15),
        replace(entry("tulvosk", "Tulvosk", 36.1, -96.0, country="United States", population=400_000,
                      alts=("Tarvosk",)), fame=0.55),
        replace(entry("tarvosk", "Tarvosk", 54.7, 37.2, country="Russia", population=10_000), fame=0.6),
        # a city's English name, a letter off its own, borne by a far village known in a third as many languages
        replace(entry("sevorra", "Sevorra", 37.4, -6.0, country="Spain", population=690_000, alts=("Sevorre",)),
                fame=0.91),
        replace(entry("sevorre-us", "Sevorre", 41.0, -81.9, country="United States", population=2_300), fame=0.66),
        # a holy city's English name, borne as their own by small towns far away and as an other name by the old
        # town of a city an eighth its size
        replace(entry("madrona", "Madrona", 24.47, 39.61, country="Saudi Arabia", population=1_300_000,
                      alts=("Medrona",)), fame=0.94),
        replace(entry("medrona-us", "Medrona", 41.14, -81.86, country="United States", population=26_000), fame=0.54),
        replace(entry("old-town", "Fessa al Bali", 34.06, -4.97, country="Morocco", population=155_000,
                      alts=("Medrona",)), fame=0.3),
        replace(governorate, primary=("Monastra Governorate", "Monastra")),
        entry("monastra-tn", "Monastra", 35.77, 10.83, country="Tunisia", population=93_000),
        entry("monastra-mk", "Bitovo", 41.03, 21.33, country="North Macedonia", population=69_000,
              alts=("Monastra",)),
    ])


def test_a_region_beats_a_village_filed_under_its_name_but_a_big_town_at_its_point_takes_it(spelling_broad):
    gazetteer = Gazetteer(curated=[], broad=spelling_broad)
    assert gazetteer.resolve("Lorvaux").place.id == "canton"  # Le Lorvaux is no seat of the canton
    assert gazetteer.resolve("Novaria").place.id == "grad"  # the city the oblast was named after


def test_the_querys_accents_choose_the_place_spelt_so(spelling_broad):
    gazetteer = Gazetteer(curated=[], broad=spelling_broad)
    assert gazetteer.resolve("Vérac").place.id == "verac-fr"
    assert gazetteer.resolve("Verac").place.id == "verac"  # without accents: the big city, as before


def test_a_respelling_of_a_towns_own_name_loses_to_a_real_other_name(spelling_broad):
    gazetteer = Gazetteer(curated=[], broad=spelling_broad)
    assert gazetteer.resolve("Karlsbrunn").place.id == "kalivary"  # Carlsbrunn's own name, respelt
    assert gazetteer.resolve("Tornik").place.id == "tornek"  # an old name that respells the city's own still wins
    assert gazetteer.resolve("Tarusk").place.id == "tarusk"  # ...but a transliteration from far away does not
    assert gazetteer.resolve("Tarvosk").place.id == "tarvosk"


def test_a_citys_exonym_is_no_transliteration_of_a_far_village(spelling_broad):
    # "Seville" is Sevilla's English name (65 names), not Seville, Ohio (20): a respelling a letter or two off is
    # a name in another language, so how many names each holds compares, not the log of it
    gazetteer = Gazetteer(curated=[], broad=spelling_broad)
    assert gazetteer.resolve("Sevorre").place.id == "sevorra"
    # ...nor is "Medina" of Madinah (75 names) weakened by Medina, Ohio (11), or by the old town of Fez, an eighth
    # of its size, that bears it as an other name
    assert gazetteer.resolve("Medrona").place.id == "madrona"


def test_a_famous_citys_foreign_name_beats_an_obscure_far_town_named_after_it(spelling_broad):
    gazetteer = Gazetteer(curated=[], broad=spelling_broad)
    assert gazetteer.resolve("Ginavra").place.id == "genava"
    assert gazetteer.resolve("Ginavra", country="Colombia").place.id == "ginavra"


def test_a_callers_near_point_overturns_population_but_a_narratives_places_do_not(spelling_broad):
    from places.gazetteer.ranking import Context

    gazetteer = Gazetteer(curated=[], broad=spelling_broad)
    assert gazetteer.resolve("Monastra").place.id == "monastra-tn"
    assert gazetteer.resolve("Monastra", near=(40.64, 22.94)).place.id == "monastra-mk"  # 150 km, not 1,100
    narrative = Context(near=((40.64, 22.94),))  # a life may jump continents between two sentences
    assert gazetteer.resolve("Monastra", context=narrative).place.id == "monastra-tn"


def test_a_world_city_under_another_spelling_is_itself_far_from_the_context():
    """An alternate spelling of a city of a million ("Fez" for Fes) is not refused as a far namesake."""
    from places.geocode import GazetteerGeocoder
    geocoder = GazetteerGeocoder()
    fez = geocoder.geocode("Fez", near=(30.04, 31.24))  # the narrative was in Cairo
    assert fez is not None and fez.raw["country"] == "Morocco"


# ---------------------------------------------------------------- hamlets, older romanizations, island countries
# Invented names again: only the mechanisms can answer them.

def hamlet(pid, name, lat, lon, country, population=700, alts=(), fame=0.0):
    from dataclasses import replace

    from places.gazetteer.sources.geonames import HAMLET_SOURCE

    e = entry(pid, name, lat, lon, country=country, population=population, alts=alts)
    return replace(e, place=replace(e.place, source=HAMLET_SOURCE), fame=fame)


@pytest.fixture(scope="module")
def hamlet_broad(tmp_path_factory):
    from dataclasses import replace

    from places.gazetteer import BroadIndex

    return BroadIndex.build(tmp_path_factory.mktemp("hamlets") / "hamlets.sqlite", [
        hamlet("vallombre", "Vallombre", 49.1, 1.5, "France", fame=0.6),  # a painter's village, named in 12 languages
        hamlet("quietford", "Quietford", 52.0, -1.0, "United Kingdom", fame=0.15),  # known to its neighbours only
        entry("brackmoor-town", "Brackmoor", 45.9, -1.0, country="France", population=25_000),
        hamlet("brackmoor-hamlet", "Brackmoor", 47.1, 5.6, "France", fame=0.6),
        hamlet("orlen-sur-lys", "Orlen-sur-Lys", 47.0, 5.5, "France", fame=0.6),
        entry("orlen", "Orlen", 50.0, 3.0, kind="region", country="France", radius=60, importance=5.5),
        hamlet("kolmau", "Kölmau", 47.6, 16.1, "Austria", fame=0.0),
        replace(entry("kolmgrad", "Kolmgrad", 54.7, 20.5, country="Russia", population=450_000, alts=("Kölmau",)),
                fame=0.9),
        entry("belgrade-x", "Besonville", 47.2, 6.0, country="France", population=120_000),
        replace(entry("kotara", "Kotara", 42.4, 18.8, country="Montenegro", population=5_000, alts=("Cattarino",)),
                fame=0.6),
        replace(entry("nidra", "Nidra", 55.3, 21.0, country="Lithuania", population=3_000, alts=("Niddelin",)),
                fame=0.2),
        replace(entry("mirow", "Mirow", 45.0, 20.0, country="Serbia", population=6_000, alts=("Dvorec",)), fame=0.6),
        replace(entry("pirow", "Pirow", 46.0, 21.0, country="Romania", population=4_000, alts=("Dvorec",)), fame=0.6),
    ])


def test_a_hamlet_that_alone_bears_its_name_answers_when_asked_for_but_needs_support_in_running_text(hamlet_broad):
    from places.gazetteer.ranking import Context

    gazetteer = Gazetteer(curated=[], broad=hamlet_broad)
    assert gazetteer.resolve("Vallombre").place.id == "vallombre"
    assert gazetteer.resolve("Quietford").place.id == "quietford"  # asked for by name: the only place so called
    quiet = gazetteer.resolve("Quietford", context=Context(prose=True))  # a capitalised word in a sentence
    assert quiet.place is None and "hamlet known in few languages" in quiet.reason
    far = gazetteer.resolve("Quietford", near=(10.0, 100.0))  # the caller's point is on another continent
    assert far.place is None and "hamlet" in far.reason
    assert gazetteer.resolve("Quietford", country="United Kingdom").place.id == "quietford"
    assert gazetteer.resolve("Quietford", near=(52.1, -1.1)).place.id == "quietford"


def test_a_hamlet_never_beats_a_real_town_of_its_name_unless_the_caller_points_at_it(hamlet_broad):
    from places.gazetteer.ranking import Context

    gazetteer = Gazetteer(curated=[], broad=hamlet_broad)
    assert gazetteer.resolve("Brackmoor").place.id == "brackmoor-town"
    narrative = Context(near=((47.24, 6.02),), countries=("France",))  # the narrative is next to the hamlet
    assert gazetteer.resolve("Brackmoor", context=narrative).place.id == "brackmoor-town"
    assert gazetteer.resolve("Brackmoor", near=(47.1, 5.6)).place.id == "brackmoor-hamlet"  # the caller's own point
    # a hamlet is named only by its own name, never through a longer one that begins with the query
    assert gazetteer.resolve("Orlen").place.id == "orlen"
    assert all(c.place.id != "orlen-sur-lys" or not c.primary for c, _ in gazetteer.resolve("Orlen").ranked)


def test_a_refused_hamlet_gives_way_and_never_weakens_a_larger_places_claim(hamlet_broad):
    gazetteer = Gazetteer(curated=[], broad=hamlet_broad)
    found = gazetteer.resolve("Kölmau")  # the hamlet's accents match the query; the city's old name is the answer
    assert found.place.id == "kolmgrad" and "alternate name" in found.reason


def test_in_running_text_a_hamlet_near_the_narrative_is_not_enough(hamlet_broad):
    from places.gazetteer import mention_place
    from places.model import Place

    here = Place(id="b", name="Besonville", lat=47.24, lon=6.02, kind="settlement", country="France")
    place, why = mention_place(hamlet_broad, "Quietford", near=(here,), countries=("United Kingdom",))
    assert place is None and "hamlet" in why


def test_an_old_name_only_one_well_known_town_bears_is_that_town(hamlet_broad):
    gazetteer = Gazetteer(curated=[], broad=hamlet_broad)
    assert gazetteer.resolve("Cattarino").place.id == "kotara"  # named in many languages, the only bearer
    obscure = gazetteer.resolve("Niddelin")  # the only bearer, but known to few
    assert obscure.place is None and "alternate name of a small place" in obscure.reason
    shared = gazetteer.resolve("Dvorec")  # two small towns share the old name: neither for sure
    assert shared.place is None


def test_older_romanizations_of_chinese_names_read_as_pinyin(tmp_path):
    from places.gazetteer import BroadIndex
    from places.gazetteer.romanization import pinyin_readings

    assert "zhejiang" in pinyin_readings("Chekiang") and "xiangtan" in pinyin_readings("Hsiang-t'an")
    assert "suzhou" in pinyin_readings("Soochow") and "xuzhou" not in pinyin_readings("Soochow")  # s is x only before i
    assert pinyin_readings("Blimberton") == () and pinyin_readings("Xyzzy") == ()
    index = BroadIndex.build(tmp_path / "cn.sqlite", [
        entry("zj", "Zhejiang", 29.2, 120.5, kind="region", country="China", radius=200, importance=7.5),
        entry("zhij", "Zhijiang", 30.4, 111.8, country="China", population=8_000),  # a reading too, but small
        entry("fj-town", "Fujian", 20.0, 110.0, country="China", population=3_000),
        entry("gy", "Guiyang", 26.6, 106.7, country="China", population=1_500_000),
        entry("kuiyang", "Kuiyang", 40.0, -3.0, country="Spain", population=200_000),  # not in China
    ])
    gazetteer = Gazetteer(curated=[], broad=index)
    found = gazetteer.resolve("Chekiang")
    assert found.place.id == "zj" and "older romanization of Zhejiang" in found.reason
    assert gazetteer.resolve("Kweiyang").place.id == "gy"
    assert gazetteer.resolve("Fukien").place is None  # only a small town reads so: no guess
    assert gazetteer.resolve("Kuiyang").place.id == "kuiyang"  # a name that exists is never re-read


def test_an_island_countrys_main_island_weighs_like_the_country_and_its_point_stays_on_it(tmp_path):
    import json

    from places.gazetteer import BroadIndex
    from places.gazetteer.sources import areas
    from places.gazetteer.sources.geonames import country_point

    table = tmp_path / "areas.json"
    table.write_text(json.dumps([
        {"name": "Velmora", "kind": "island", "lat": 23.7, "lon": 121.0, "radius_km": 100, "country": "Tavira",
         "source": "written for this test"},
        {"name": "Little Skerry", "kind": "island", "lat": 24.0, "lon": 122.0, "radius_km": 5, "country": "Tavira",
         "source": "written for this test"},
    ]), encoding="utf-8")
    islands = {"Tavira": (7.3, 107.0)}
    rows = {e.place.name: e.importance for e in areas.entries(table, island_countries=islands)}
    assert rows["Velmora"] == 7.3 and rows["Little Skerry"] < 5.0
    index = BroadIndex.build(tmp_path / "isl.sqlite", [
        *areas.entries(table, island_countries=islands),
        entry("velmora-town", "Velmora", -26.2, -58.2, country="Argentina", population=220_000),
    ])
    assert Gazetteer(curated=[], broad=index).resolve("Velmora").place.kind == "island"
    # a country of islands whose largest town lies on another island is put at its centre; one whose largest
    # town is on its main island keeps the town
    assert country_point((-7.9, -14.4), (-15.95, -5.7), 11.0, island=True) == (-15.95, -5.7)
    assert country_point((18.0, -76.8), (18.25, -77.5), 59.0, island=True) == (18.0, -76.8)
    assert country_point((-7.9, -14.4), (-15.95, -5.7), 11.0, island=False) == (-7.9, -14.4)


def test_a_village_whose_longer_name_begins_with_a_city_s_name_does_not_take_it_on_nearness(tmp_path):
    from places.gazetteer import BroadIndex

    broad = BroadIndex.build(tmp_path / "prefix.sqlite", [
        entry("port", "Portville", 43.1, 5.9, country="Franconia", population=170_000),
        entry("village", "Portville-sur-Loing", 46.7, 4.1, country="Franconia", population=1_600,
              alts=("Portville",)),  # GeoNames files such towns under the head of their name too
        entry("capital", "Capitalia", 48.85, 2.35, country="Franconia", population=2_000_000),
        entry("volga", "Riverton", 50.0, 45.5, country="Ruritania", population=16_000),
        entry("amur", "Riverton-on-Amur", 53.1, 140.7, country="Ruritania", population=27_000, alts=("Riverton",)),
    ])
    gazetteer = Gazetteer(curated=[], broad=broad)
    assert gazetteer.resolve("Portville", near="Capitalia").place.id == "port"  # the city, though farther
    # a larger town whose name begins with the query keeps its claim near its own region
    assert gazetteer.resolve("Riverton", near=(52.0, 113.0)).place.id == "amur"


def test_a_town_does_not_borrow_its_small_provinces_weight_against_a_larger_region_of_the_name(real_gazetteer):
    montana = real_gazetteer.resolve("Montana").place  # Montana, Bulgaria, is the seat of a province of 150,000
    assert (montana.kind, montana.country) == ("region", "United States")
    louis = real_gazetteer.resolve("Saint-Louis", country="Senegal").place  # a rival region only a little larger
    assert (louis.kind, louis.country) == ("settlement", "Senegal")  # ... leaves the seat its weight


def test_the_narratives_latest_place_weighs_more_than_older_ones(tmp_path):
    from places.gazetteer import BroadIndex, mention_place
    from places.model import Place

    broad = BroadIndex.build(tmp_path / "recent.sqlite", [
        entry("athens-gr", "Athens", 37.98, 23.73, country="Greece", population=660_000,
              alts=("Athina", "Athènes", "Atene", "Atenas", "Athen", "Afiny", "Ateny", "Aten", "Atina", "Athenai",
                    "Atēnas", "Athény", "Ateena", "Athen")),  # named in many languages, as GeoNames has it
        entry("athens-us", "Athens", 33.96, -83.38, country="United States", population=127_000),
    ])
    def town(pid, lat, lon):
        return Place(pid, pid, lat, lon, "settlement", "")

    america = town("Augusta", 33.47, -82.0)  # next door to the American Athens, long ago in the narrative
    europe = (town("London", 51.5, -0.1), town("Paris", 48.85, 2.35), town("Madrid", 40.4, -3.7))
    levant = town("Smyrna", 38.42, 27.14)
    place, _ = mention_place(broad, "Athens", near=(america, *europe, levant))
    assert place.id == "athens-gr"  # "he sailed for the Levant; he visited Athens", years after America
    place, _ = mention_place(broad, "Athens", near=(levant, *europe, america))
    assert place.id == "athens-us"  # back in America, the American town


def test_a_country_hint_no_candidate_satisfies_gives_nothing(broad_only):
    found = broad_only.resolve("Waterloo", country="Japan")
    assert found.place is None and "Japan" in found.reason  # not the Belgian or Canadian one against the hint


def test_a_city_that_alone_bears_its_name_answers_far_from_the_narrative(tmp_path):
    from places.gazetteer import BroadIndex, mention_place
    from places.model import Place

    broad = BroadIndex.build(tmp_path / "sole.sqlite", [
        entry("orleans", "Nouvelle Orléans", 29.95, -90.07, country="Freedonia", population=390_000),
        entry("hamlet", "Shilo", 35.15, -88.34, country="Freedonia", population=3_000),
    ])
    liverpool = Place("lp", "Liverpool", 53.4, -2.98, "settlement", "United Kingdom")
    assert mention_place(broad, "Nouvelle Orléans", near=(liverpool,))[0].id == "orleans"  # a voyage goes far
    assert mention_place(broad, "Shilo", near=(liverpool,))[0] is None  # a small place far away is a namesake


def test_an_edited_curated_table_gets_an_index_of_its_own(tmp_path, monkeypatch):
    from places.gazetteer import index_path
    from places.gazetteer.sources import areas

    table = tmp_path / "table.json"
    table.write_text('[{"name": "Ruritania"}]', encoding="utf-8")
    monkeypatch.setattr(areas, "TABLES", (table,))
    before = index_path(15000)
    table.write_text('[{"name": "Ruritania", "alt_names": ["Rurit"]}]', encoding="utf-8")
    assert index_path(15000) != before  # a stale index built from the old table is never opened


def test_a_city_called_by_the_same_other_name_as_its_region_is_its_seat(tmp_path):
    from places.gazetteer import BroadIndex, Gazetteer

    broad = BroadIndex.build(tmp_path / "seat.sqlite", [
        entry("ob", "Ostrava Oblast", 58.2, 32.6, kind="region", country="Russia", radius=150, importance=5.7,
              alts=("Ostrava",)),
        entry("city", "Velikaya Ostrava", 58.5, 31.3, country="Russia", population=220_000, alts=("Ostrava",)),
    ])
    g = Gazetteer(curated=[], broad=False)
    g.broad = broad
    assert g.resolve("Ostrava").place.id == "city"


def test_an_island_group_is_found_under_its_islands_name(tmp_path):
    from places.gazetteer import BroadIndex, Gazetteer

    broad = BroadIndex.build(tmp_path / "isl.sqlite", [
        entry("mv", "Maldives", 3.25, 73.0, kind="country", country="Maldives", radius=300, importance=5.7)])
    g = Gazetteer(curated=[], broad=False)
    g.broad = broad
    assert g.resolve("the Maldive Islands").place.id == "mv"
    assert g.resolve("Maldive Isles").place.id == "mv"
    assert g.resolve("Qwerty Islands").place is None


def test_a_world_city_overshadows_small_towns_under_its_old_name(tmp_path):
    from places.gazetteer import BroadIndex, Gazetteer

    broad = BroadIndex.build(tmp_path / "old.sqlite", [
        entry("xa", "Xianfu", 34.26, 108.93, country="China", population=9_600_000, alts=("Changhan",)),
        entry("town", "Changhan", 30.83, 109.56, country="China", population=12_000),
        entry("jz", "Jingzhu", 30.33, 112.24, country="China", population=1_000_000),
    ])
    g = Gazetteer(curated=[], broad=False)
    g.broad = broad
    from places.gazetteer.ranking import Context

    # a narrative was just at Jingzhu, 250 km from the small town and 600 km from the old capital
    narrative = Context(near=((30.33, 112.24),), countries=("China",), prose=True)
    assert g.resolve("Changhan", context=narrative).place.id == "xa"


def test_a_text_told_in_england_is_told_in_the_united_kingdom(tmp_path):
    from places.gazetteer import BroadIndex
    from places.gazetteer.context import document_countries

    broad = BroadIndex.build(tmp_path / "uk.sqlite", [
        entry("gb", "United Kingdom", 54.0, -2.0, kind="country", country="United Kingdom", radius=400,
              importance=7.8),
        entry("ge", "Georgia", 42.0, 43.5, kind="country", country="Georgia", radius=200, importance=6.6,
              alts=("Georgie",))])
    text = "We came home to England in 1871. Georgie, our cousin, stayed with us in Scotland."
    assert document_countries(text, broad) == ("United Kingdom",)


def test_a_second_order_region_answers_unless_a_town_inside_it_bears_its_name(real_gazetteer):
    """Belgium's first order is three regions; biographies name its provinces. Limburg with the hint Belgium is
    the province (the town Limbourg lies in Liège province, 58 km away), Hainaut the province; but a province
    named for its capital (Namur, Treviso) is never stored: the name means the town."""
    from places.gazetteer.ranking import Context
    from places.gazetteer.sources.provinces import PROVINCE_SOURCE

    limburg = real_gazetteer.resolve("Limburg", country="Belgium").place
    assert (limburg.kind, limburg.country, limburg.source) == ("region", "Belgium", PROVINCE_SOURCE)
    assert haversine_km(limburg.lat, limburg.lon, 50.93, 5.34) <= 50  # Hasselt, its capital
    assert real_gazetteer.resolve("Limburg").place.country == "The Netherlands"  # the larger first-order one
    hainaut = real_gazetteer.resolve("Hainaut").place
    assert (hainaut.kind, hainaut.source) == ("region", PROVINCE_SOURCE)
    # a country's (or a first-order region's) name is only an alternate of a province: the province answers to
    # the caller's hint, the country to a sentence after Brussels
    broad = Gazetteer(curated=[], broad=real_gazetteer.broad)
    assert broad.resolve("Luxembourg", country="Belgium").place.source == PROVINCE_SOURCE
    in_prose = Context(countries=("Belgium",), near=((50.85, 4.35),), prose=True)  # a sentence after Brussels
    assert broad.resolve("Luxembourg", context=in_prose).place.kind == "country"
    for town in ("Namur", "Treviso"):
        assert not [m for m in real_gazetteer.broad.matches(town) if m.place.source == PROVINCE_SOURCE]
        assert real_gazetteer.resolve(town).place.kind == "settlement"


# ---------------------------------------------------------------- famous small places (``sources.famous``)

def test_the_famous_places_table_is_well_formed():
    """Every row names its source and a country the hints understand, and no two rows share an id."""
    from places.gazetteer.ranking import country_code
    from places.gazetteer.sources import famous

    found = list(famous.entries())
    older = list(famous.entries(famous.HISTORICAL_NAMES_PATH, prefix="oldname"))
    sites = list(famous.entries(famous.SITES_PATH, prefix="site"))
    assert len(found) >= 300 and len(older) >= 300 and len(sites) >= 1000
    assert len({e.place.id for e in (*found, *older, *sites)}) == len(found) + len(older) + len(sites)
    for e in (*found, *older, *sites):
        assert e.place.kind == "settlement" and e.place.source == famous.FAMOUS_SOURCE
        assert len(country_code(e.place.country)) == 2, e.place


def test_a_famous_places_row_without_a_source_is_an_error(tmp_path):
    from places.errors import GazetteerError
    from places.gazetteer.sources import famous

    table = tmp_path / "famous.json"
    table.write_text('[{"name": "Ruritania Abbey", "kind": "settlement", "lat": 1, "lon": 2, "country": "France",'
                     ' "source": ""}]', encoding="utf-8")
    with pytest.raises(GazetteerError, match="source"):
        list(famous.entries(table))


def test_a_famous_small_place_wins_over_a_bigger_far_namesake(real_gazetteer):
    """Borodino, asked with no hint, is the battlefield near Mozhaysk, not the Siberian town of 20,000 (the
    index holds no other place there); Glencoe is the Scottish glen, not the South African town of 21,000."""
    borodino = real_gazetteer.resolve("Borodino").place
    assert borodino.source == "famous" and haversine_km(borodino.lat, borodino.lon, 55.52, 35.82) <= 30
    glencoe = real_gazetteer.resolve("Glencoe").place
    assert glencoe.country == "United Kingdom" and haversine_km(glencoe.lat, glencoe.lon, 56.68, -5.10) <= 30
    assert real_gazetteer.resolve("Yasnaya Polyana").place.source == "famous"


def test_older_names_of_cities_are_where_they_stood(real_gazetteer):
    """"Khanbaliq" and "Zhongdu" are Beijing, "Bianliang" Kaifeng, "Yanjing" Beijing and not the small town of
    that name in Chongqing (the older-names table, ``places/data/historical_names.json``)."""
    for name, (lat, lon) in {"Khanbaliq": (39.9, 116.4), "Zhongdu": (39.9, 116.4), "Bianliang": (34.8, 114.35),
                             "Yanjing": (39.9, 116.4)}.items():
        place = real_gazetteer.resolve(name).place
        assert place is not None and haversine_km(place.lat, place.lon, lat, lon) <= 30, (name, place)


def test_historical_sites_are_where_they_stand(real_gazetteer):
    """Monasteries, mountains and palaces no town is named for (``places/data/historical_sites.json``): "Mount Hiei"
    and "Hieizan" are the mountain above Kyoto, "Rongbuk" the monastery below Everest, "Kalawao" the leper settlement
    on Molokai."""
    for name, (lat, lon) in {"Mount Hiei": (35.07, 135.83), "Hieizan": (35.07, 135.83), "Rongbuk": (28.2, 86.83),
                             "Kalawao": (21.19, -156.98), "Enryaku-ji": (35.07, 135.84)}.items():
        place = real_gazetteer.resolve(name).place
        assert place is not None and haversine_km(place.lat, place.lon, lat, lon) <= 30, (name, place)


def test_a_hint_pointing_elsewhere_still_gets_the_namesake(real_gazetteer):
    """The famous layer ranks like any place, not like the curated table: a caller's country or point wins."""
    glencoe = real_gazetteer.resolve("Glencoe", country="South Africa").place
    assert glencoe.country == "South Africa" and glencoe.source == "geonames"
    borodino = real_gazetteer.resolve("Borodino", near=(56.01, 92.87)).place  # Krasnoyarsk
    assert borodino.source == "geonames" and haversine_km(borodino.lat, borodino.lon, 56.01, 92.87) <= 300
    memphis = real_gazetteer.resolve("Memphis").place  # a real city of the name stays what it means
    assert memphis.country == "United States"
    memphis = real_gazetteer.resolve("Memphis", country="Egypt").place
    assert memphis.source == "famous" and haversine_km(memphis.lat, memphis.lon, 29.85, 31.25) <= 30


def test_the_famous_layer_is_in_the_index_built_at_set_up(real_gazetteer, tmp_path, monkeypatch):
    from places.gazetteer import index_path
    from places.gazetteer.sources import famous

    count = real_gazetteer.broad.db.execute("SELECT count(*) FROM places WHERE source = ?",
                                            (famous.FAMOUS_SOURCE,)).fetchone()[0]
    assert count == sum(len(list(famous.entries(path, prefix=prefix))) for path, prefix in famous.tables())
    table = tmp_path / "famous.json"
    table.write_text("[]", encoding="utf-8")
    monkeypatch.setattr(famous, "FAMOUS_PATH", table)
    before = index_path(15000)
    table.write_text("[ ]", encoding="utf-8")
    assert index_path(15000) != before  # an edited table gets an index of its own


@pytest.mark.parametrize(("query", "point"), [
    # GeoNames writes a bilingual town's names as one ("Donostia / San Sebastián"): each is its own name
    ("San Sebastián", (43.31, -1.97)),
    # a state named after a town: membership by the region's code, not distance from the state's point (New York
    # State's is its city, nearer Auburn, Massachusetts than Auburn, New York)
    ("Auburn, New York", (42.93, -76.57)), ("Auburn, Massachusetts", (42.19, -71.84)),
    # the curated Amherst is the Nova Scotian one; the state names another
    ("Amherst, Massachusetts", (42.37, -72.52)),
])
def test_real_towns_by_their_own_bilingual_names_and_by_the_state_they_are_in(real_gazetteer, query, point):
    from places.gazetteer import load_curated

    gazetteer = Gazetteer(curated=load_curated(), broad=real_gazetteer.broad)
    place = gazetteer.resolve(query).place
    assert place is not None and haversine_km(place.lat, place.lon, *point) <= 15, (query, place)


def test_a_name_ending_in_a_feature_word_is_not_run_together(tmp_path):
    """"Ise Bay" (a bay in Japan) is not "Isebay", one of GeoNames' spellings of the Russian town Psebay; a
    town's name run together still finds it ("Montecristi" for "Monte Cristi"), and "Isebay" is still Psebay."""
    from places.gazetteer import BroadIndex

    broad = BroadIndex.build(tmp_path / "b.sqlite", [
        entry("psebay", "Psebay", 44.12, 40.81, country="Russia", population=10_700, alts=("Isebay",)),
        entry("mc", "Monte Cristi", 19.85, -71.65, country="Dominican Republic", population=20_000)])
    assert broad.matches("Ise Bay") == []
    assert [m.place.id for m in broad.matches("Isebay")] == ["psebay"]
    assert [m.place.id for m in broad.matches("Montecristi")] == ["mc"]


def test_a_romanizations_long_vowel_chooses_no_small_place_spelt_so(tmp_path):
    """"Kōchi" is the city GeoNames spells Kochi (332,000 people), not the small Kōchi near Kawazu that keeps
    the macron; a name's own accents still choose the place spelt so ("Vérac", as before)."""
    from places.gazetteer import BroadIndex

    broad = BroadIndex.build(tmp_path / "b.sqlite", [
        entry("kochi", "Kochi", 33.56, 133.53, country="Japan", population=332_000),
        entry("kochi-small", "Kōchi", 34.70, 138.94, country="Japan", population=7_200),
        entry("verac-fr", "Vérac", 48.9, 2.0, country="France", population=1_400),
        entry("verac", "Verac", 3.6, 98.7, country="Indonesia", population=2_400_000)])
    gazetteer = Gazetteer(curated=[], broad=broad)
    assert gazetteer.resolve("Kōchi").place.id == "kochi"
    assert gazetteer.resolve("Vérac").place.id == "verac-fr"
