"""Names in running text: countries in other languages and short forms, abbreviated saints, old names the
context vouches for, small namesakes of great cities, and a town named with the region it lies in.

Every index here is built from places written for the test (made-up names), except the country-name
source, which is checked on the shipped CLDR and ISO data it reads."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from places.gazetteer import BroadIndex, Gazetteer, mention_place, normalise
from places.gazetteer.index import with_other_names
from places.gazetteer.sources import Entry, country_names
from places.model import Place


def town(pid, name, lat, lon, population, country="Testland", alternate=(), capital=False):
    p = Place(id=pid, name=name, lat=lat, lon=lon, kind="settlement", country=country, population=population,
              source="test")
    return Entry(p, primary=(name,), alternate=tuple(alternate), importance=math.log10(1 + population),
                 capital=capital)


def area(pid, name, lat, lon, radius, kind="region", country="Testland", alternate=()):
    p = Place(id=pid, name=name, lat=lat, lon=lon, kind=kind, country=country, radius_km=radius, source="test")
    return Entry(p, primary=(name,), alternate=tuple(alternate), importance=5.7)


def here(*points):
    return tuple(Place(id=f"p{i}", name=f"P{i}", lat=lat, lon=lon, kind="settlement", country=country)
                 for i, (lat, lon, country) in enumerate(points))


# --- countries --------------------------------------------------------------------------------------------

def test_countries_answer_to_their_names_in_other_languages_and_their_short_forms():
    assert {"Neuseeland", "Nouvelle-Zélande"} <= set(country_names.foreign_names("NZ"))
    assert "Alemania" in country_names.foreign_names("DE")
    assert "Burma" in country_names.english_names("MM")  # CLDR's "Myanmar (Burma)"
    assert "Congo" in country_names.english_names("CD")  # ISO's "Congo, The Democratic Republic of the"


def test_a_foreign_country_name_a_town_bears_as_its_own_stays_the_towns():
    country = Entry(Place(id="country-tn", name="Tunisia", lat=36.8, lon=10.2, kind="country", country="Tunisia"),
                    primary=("Tunisia",), importance=7.0)
    named = with_other_names(country, owned={"tunis"})
    assert "Tunis" not in named.alternate and "Tunesien" in named.alternate
    assert "Tunis" in with_other_names(country, owned=set()).alternate


def test_a_countrys_short_name_beats_a_village_of_that_name(tmp_path):
    country = Entry(Place(id="country-zz", name="Republic of the Vorlanda", lat=-4.3, lon=15.3, kind="country",
                          country="Republic of the Vorlanda", radius_km=800), primary=("Republic of the Vorlanda",),
                    alternate=("Vorlanda",), importance=7.9)
    index = BroadIndex.build(tmp_path / "c.sqlite", [country, town("v", "Vorlanda", -10.0, -50.0, 5_000, "Farland")])
    assert mention_place(index, "the Vorlanda")[0].id == "country-zz"


# --- abbreviations ----------------------------------------------------------------------------------------

def test_abbreviated_saints_mounts_and_forts_are_their_full_names(tmp_path):
    assert normalise("St. Asaph") == normalise("Saint Asaph")
    assert normalise("Ste-Marie") == normalise("Sainte Marie")
    assert normalise("Mt. Vernon") == normalise("Mount Vernon") and normalise("Ft. Worth") == normalise("Fort Worth")
    assert normalise("Market St") == "market st"  # a street's last word is no saint
    index = BroadIndex.build(tmp_path / "s.sqlite", [town("a", "Saint Orvel", 53.2, -3.4, 3_400)])
    place, why = mention_place(index, "St. Orvel", near=here((53.4, -3.0, "Testland")))
    assert place is not None and place.id == "a", why


# --- alternate names in prose -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def old_names(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("old")
    return BroadIndex.build(tmp / "old.sqlite", [
        town("sov", "Sovetgrad", 55.1, 21.9, 43_000, country="Eastland", alternate=("Tilsberg",)),
        town("dusz", "Duszbad", 50.4, 16.4, 4_900, country="Westland", alternate=("Reinbach",)),
        town("volos", "Volossa", 51.0, 20.0, 86_000, country="Westland", alternate=("Vol",)),
        town("far-small", "Ostrova", -20.0, 140.0, 6_000, country="Farland", alternate=("Kessin",)),
        town("kv", "Karlov Var", 50.23, 12.87, 45_000, country="Westland", alternate=("Carlsford",)),
        town("carlsford", "Carlsford", 33.16, -117.35, 115_000, country="Farland"),
    ])


def test_an_old_name_of_a_town_near_the_narrative_is_taken_in_prose(old_names):
    warsaw = here((52.23, 21.01, "Westland"))
    assert mention_place(old_names, "Reinbach", near=warsaw, countries=("Westland",))[0].id == "dusz"
    assert mention_place(old_names, "Tilsberg", near=here((54.7, 20.5, "Westland")))[0].id == "sov"


def test_an_old_name_of_a_far_small_town_stays_refused_in_prose(old_names):
    place, why = mention_place(old_names, "Kessin", near=here((52.23, 21.01, "Westland")), countries=("Westland",))
    assert place is None and "alternate name" in why
    # nor does a short one, near or not: "Works, Vol. XIV" is no visit to Volos
    assert mention_place(old_names, "Vol", near=here((52.23, 21.01, "Westland")), countries=("Westland",))[0] is None


def test_a_near_old_name_beats_a_far_town_that_bears_it_as_its_own(old_names):
    central = here((52.23, 21.01, "Westland"), (51.05, 13.74, "Eastland"), (48.2, 16.37, "Southland"))
    assert mention_place(old_names, "Carlsford", near=central)[0].id == "kv"
    # with the narrative in the far town's country, its own name wins as before
    assert mention_place(old_names, "Carlsford", near=here((34.0, -118.2, "Farland")))[0].id == "carlsford"


# --- namesakes of great cities ----------------------------------------------------------------------------

def test_a_capital_is_not_lost_to_a_namesake_near_one_recent_place(tmp_path):
    index = BroadIndex.build(tmp_path / "a.sqlite", [
        town("athens", "Athenai", 37.98, 23.73, 664_000, country="Hellas", capital=True),
        town("athens-ga", "Athenai", 33.96, -83.38, 127_000, country="Farland"),
        town("athens-ny", "Athenai", 42.26, -73.81, 1_600, country="Farland"),
    ])
    story = here((48.2, 16.37, "Austria"), (40.71, -74.0, "Farland"))  # Vienna, then New York
    assert mention_place(index, "Athenai", near=story)[0].id == "athens"
    # a caller's own point still decides: the namesake the caller points at
    assert Gazetteer(curated=[], broad=index).resolve("Athenai", near=(42.2, -73.8)).place.id == "athens-ny"


# --- "X in Y" ---------------------------------------------------------------------------------------------

def test_a_town_named_with_its_region_is_the_one_inside_it(tmp_path):
    index = BroadIndex.build(tmp_path / "f.sqlite", [
        area("moravia", "Moravina", 49.4, 17.0, 100, alternate=("Mähranien",)),
        town("pribor", "Pribory", 49.64, 18.14, 8_800, alternate=("Freiborg",)),
        town("freiberg", "Freiborg", 50.91, 13.34, 43_000),
    ])
    g = Gazetteer(curated=[], broad=index)
    assert g.resolve("Freiborg").place.id == "freiberg"
    assert g.resolve("Freiborg in Moravina").place.id == "pribor"
    assert g.resolve("Freiborg in Mähranien").place.id == "pribor"
    vienna = here((48.2, 16.37, "Testland"))
    assert mention_place(index, "Freiborg", near=vienna, within="Moravina")[0].id == "pribor"
    assert mention_place(index, "Freiborg", near=vienna, within="January")[0].id == "freiberg"  # no region: as before


def test_a_town_comma_its_region_is_the_one_inside_it_even_when_a_city_bears_the_regions_name(tmp_path):
    index = BroadIndex.build(tmp_path / "c.sqlite", [
        area("yorkshire-state", "Nova", 40.7, -74.0, 150, country="Testland"),  # its point is its big city
        town("nova-city", "Nova", 40.7, -74.0, 8_000_000),
        town("roch-far", "Rochet", 44.0, -92.5, 120_000),
        town("roch-in", "Rochet", 43.15, -77.6, 100_000),
    ])
    g = Gazetteer(curated=[], broad=index)
    assert g.resolve("Rochet").place.id == "roch-far"
    assert g.resolve("Rochet, Nova").place.id == "roch-in"  # the region reading of "Nova", 400 km from its point
    assert g.resolve("Blorpet, Nova").place is None


def test_a_city_alone_with_its_own_region_is_that_city_however_far_the_narrative_was(tmp_path):
    # "at Ségou" after a narrative still in Scotland (the African villages before it are in no gazetteer): a city
    # of 200,000 that only its own region shares a name with is no far namesake
    index = BroadIndex.build(tmp_path / "s.sqlite", [
        replace(town("segou", "Segora", 13.44, -6.26, 200_000, "Mali"), fame=0.6),  # named in 15 languages
        area("segou-region", "Segora", 13.5, -6.2, 200, country="Mali")])
    assert mention_place(index, "Segora", near=here((55.95, -3.19, "United Kingdom")))[0].id == "segou"


def test_a_seat_is_as_near_as_its_region(tmp_path):
    # "Leaves Valparaíso" after Santiago: the region of the name reaches nearer Santiago than its port does, but the
    # port is its seat, so it is as near as the region and keeps the weight a seat has
    index = BroadIndex.build(tmp_path / "v.sqlite", [
        replace(town("valpo", "Valpora", -33.05, -71.62, 280_000, "Chile"), fame=0.8),  # named in 40 languages
        area("valpo-region", "Valpora", -33.0, -71.4, 100, country="Chile")])
    assert mention_place(index, "Valpora", near=here((-33.45, -70.67, "Chile")), countries=("Chile",))[0].id == "valpo"


def test_an_other_name_inside_the_region_the_text_names_is_trusted(tmp_path):
    """"winters at Bahcesaray, in the Crimea": a small town's other name is no proof in prose, but the region the
    text names around it vouches for it."""
    from places.gazetteer import BroadIndex, Gazetteer
    from places.gazetteer.context import mention_place
    from places.gazetteer.sources import Entry
    from places.model import Place

    town = Place("bakh", "Bakhchysaray", 44.75, 33.86, "settlement", "Ukraine", population=27_000, source="test",
                 alt_names=("Bahcesaray",))
    crimea = Place("crimea", "Crimea", 45.3, 34.4, "region", "Ukraine", radius_km=200, source="test")
    broad = BroadIndex.build(tmp_path / "b.sqlite", [
        Entry(town, primary=("Bakhchysaray",), alternate=("Bahcesaray",), importance=4.4),
        Entry(crimea, primary=("Crimea",), alternate=(), importance=6.0)])
    Gazetteer(curated=[], broad=broad)
    assert mention_place(broad, "Bahcesaray")[0] is None
    assert mention_place(broad, "Bahcesaray", within="Crimea")[0].id == "bakh"


def test_a_country_closing_a_citys_own_name_is_the_city(tmp_path):
    """"served as military attaché in Santiago de Chile": Chile closes the city's name, the city is the stop."""
    from places.extract import Extractor
    from places.gazetteer import BroadIndex, Gazetteer
    from places.model import Document, Place

    broad = BroadIndex.build(tmp_path / "b.sqlite", [
        Place("santiago", "Santiago", -33.46, -70.65, "settlement", "Chile", population=4_800_000, source="test",
              alt_names=("Santiago de Chile",))])
    chile = Place("chile", "Chile", -33.0, -71.0, "country", "Chile", radius_km=1500)
    gazetteer = Gazetteer(curated=[chile], broad=broad)
    text = "Juan Perez was born in 1895. From 1936 to 1938 he served as military attaché in Santiago de Chile."
    stops = Extractor(gazetteer).extract(Document("t.txt", text, "", ""), "Juan Perez")
    assert [(s.place.id, s.start) for s in stops] == [("santiago", 1936)]


# --- across an ocean --------------------------------------------------------------------------------------

def test_a_namesake_across_an_ocean_from_every_land_the_document_names_pays(tmp_path):
    """Córdoba in a life told through Spain, Morocco and Egypt is the Andalusian city, not the larger Argentine
    one; once the document names a land across the ocean too ("America", once), nothing is said."""
    from places.gazetteer import document_landmasses

    index = BroadIndex.build(tmp_path / "o.sqlite", [
        area("es", "Spain", 40.0, -4.0, 500, kind="country", country="Spain"),
        area("ma", "Morocco", 32.0, -6.0, 500, kind="country", country="Morocco"),
        area("ar", "Argentina", -34.0, -64.0, 1500, kind="country", country="Argentina"),
        replace(town("cordova-ar", "Cordovia", -31.4, -64.19, 1_400_000, "Argentina"), fame=0.8),
        replace(town("cordova-es", "Cordovia", 37.88, -4.78, 320_000, "Spain"), fame=0.8),
    ])
    old = "He was born at Cordovia. The family fled to Morocco and later to Egypt; he never saw Spain again."
    assert document_landmasses(old, index) == ("old world",)
    assert mention_place(index, "Cordovia")[0].id == "cordova-ar"  # nothing said: the larger city
    landmasses = document_landmasses(old, index)
    assert mention_place(index, "Cordovia", countries=("Morocco",), landmasses=landmasses)[0].id == "cordova-es"
    crossing = old + " His son sailed for America."
    assert document_landmasses(crossing, index) == ("americas", "old world")
    assert mention_place(index, "Cordovia", countries=("Morocco",),
                         landmasses=document_landmasses(crossing, index))[0].id == "cordova-ar"


# --- the document's own short form ------------------------------------------------------------------------

def test_a_short_form_of_a_longer_name_the_document_gives_is_that_place(tmp_path):
    """"home again at Yasnaya" in a memoir that names Yasnaya Polyana: not a village of that short name across
    the country; but "sent to the Tower" by Cork stays what it was, and so does a short form near the narrative."""
    from places.mentions import BroadMentionFinder

    index = BroadIndex.build(tmp_path / "y.sqlite", [
        town("polyana", "Yarva Polyana", 54.07, 37.52, 2_000, "Russia"),
        town("yarva-far", "Yarva", 50.83, 115.80, 7_800, "Russia"),
        town("moscow", "Moskva", 55.75, 37.62, 10_000_000, "Russia"),
        town("kazan", "Kazan", 55.79, 49.12, 1_200_000, "Russia"),
    ])
    text = "I was born at Yarva Polyana in 1884. In April 1861 he was home again at Yarva."
    assert BroadMentionFinder(index, "He went to Yarva.").resolve("Yarva").id == "yarva-far"  # no longer name
    finder = BroadMentionFinder(index, text)
    assert finder.resolve("Yarva", near=here((55.79, 49.12, "Russia"))).id == "polyana"  # Kazan: 900 against 4,500 km
    near_far_one = here((51.0, 114.0, "Russia"))  # the narrative beside the village: the village
    assert BroadMentionFinder(index, text).resolve("Yarva", near=near_far_one).id == "yarva-far"


def test_a_word_opening_a_sentence_before_a_place_is_no_given_name(tmp_path):
    """"Yet Antigua was her home": "Yet" is no given name, so "Antigua" is no surname and stays a place."""
    from places.mentions import BroadMentionFinder

    index = BroadIndex.build(tmp_path / "a.sqlite", [town("antigua", "Antiguo", 17.12, -61.85, 22_000)])
    text = "She sailed with him to Antiguo. Yet Antiguo was a hard place. She stayed in Antiguo for years."
    assert BroadMentionFinder(index, text).resolve("Antiguo").id == "antigua"
