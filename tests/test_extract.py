from places.extract import Extractor, infer_subject
from places.model import Document

BIO = (
    "Anna Petrova\n"
    "Anna Petrova was born in Odessa in 1870. At the age of twenty she moved to Vienna. "
    "In 1895 Petrova was arrested in Vienna and exiled to Siberia. Two years later she escaped. "
    "Her friend Ivan was born in Gori. Petrova read a book printed in Prague. "
    "She wrote: \"London is grey\". From 1905 to 1910 she lived in Paris. "
    "Petrova died in Coyoacán in 1930."
)


def extract(tiny_gazetteer, text=BIO, subject="Anna Petrova"):
    doc = Document("bio.txt", text, "", "Anna Petrova")
    return Extractor(tiny_gazetteer).extract(doc, subject)


def test_stops_carry_place_years_kind_and_a_verbatim_quote(tiny_gazetteer):
    stops = extract(tiny_gazetteer)
    got = [(s.place.id, s.start, s.end, s.kind) for s in stops]
    assert got == [
        ("odessa", 1870, 1870, "birth"),
        ("vienna", 1890, 1890, "residence"),
        ("vienna", 1895, 1895, "prison"),
        ("siberia", 1895, 1895, "exile"),
        ("paris", 1905, 1910, "residence"),
        ("coyoacan", 1930, 1930, "death"),
    ]
    for s in stops:
        assert BIO[s.evidence.offset:s.evidence.offset + len(s.evidence.quote)] == s.evidence.quote
        assert 0 < s.confidence <= 1


def test_places_of_other_people_books_and_quotations_are_not_stops(tiny_gazetteer):
    places = {s.place.id for s in extract(tiny_gazetteer)}
    assert not places & {"gori", "prague", "london"}


def test_the_subject_is_a_parameter(tiny_gazetteer):
    assert extract(tiny_gazetteer, subject="Boris Somebody") == []


def test_subject_inferred_from_titles_and_text():
    docs = [Document("a.txt", "Anna Petrova\nAnna Petrova lived. Anna Petrova wrote.", "", "Anna Petrova"),
            Document("b.txt", "Anna Petrova was here. New York is big.", "", "Notes")]
    assert infer_subject(docs) == "Anna Petrova"


def test_names_missing_from_the_curated_table_come_from_geonames_with_guards(tmp_path, tiny_gazetteer):
    from places.gazetteer import BroadIndex, Gazetteer
    from tests.conftest import place

    broad = BroadIndex.build(tmp_path / "broad.sqlite", [
        place("g1", "Shushenskoye", 53.32, 91.94, alts=("Shushenskoe",)),
        place("g2", "Kazygurt", 41.76, 69.38, alts=("Lenin",)),  # a village GeoNames also calls "Lenin"
        place("g3", "Red", 17.0, 74.15),
        place("g4", "Canadian", 35.9, -100.4),
    ])
    gazetteer = Gazetteer(curated=tiny_gazetteer.curated.places, broad=broad)
    text = ("Vladimir Lenin was exiled to Shushenskoye in 1897. In 1898 Lenin travelled to Lenin. "
            "He wrote about the red flag. In 1899 Lenin went to Red. In 1900 Lenin sailed to Canadian waters.")
    doc = Document("lenin.txt", text, "")
    stops = Extractor(gazetteer).extract(doc, "Vladimir Lenin")
    assert [(s.place.name, s.start, s.kind) for s in stops] == [("Shushenskoye", 1897, "exile")]
