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


def stops_of(tiny_gazetteer, text, subject="Anna Petrova"):
    return [(s.place.id, s.start, s.end) for s in extract(tiny_gazetteer, text, subject)]


def test_publication_years_in_citations_never_date_a_stop(tiny_gazetteer):
    text = ("Anna Petrova was born in Odessa in 1870. In 1895 she settled in Vienna. "
            "Her letters were printed later (quoted in J. Smith, Exiles, London, 1976, p35). "
            "She then moved to Paris.")
    assert ("paris", 1895, 1895) in stops_of(tiny_gazetteer, text)


def test_a_look_back_in_a_digression_does_not_move_the_narrative(tiny_gazetteer):
    text = ("Anna Petrova was born in Odessa in 1870. In 1917 Petrova lived in Vienna. "
            "The crowd reminded observers of the days of 1905. She then moved to Paris.")
    assert ("paris", 1917, 1917) in stops_of(tiny_gazetteer, text)


def test_a_pronoun_chain_keeps_a_sparsely_named_subject(tiny_gazetteer):
    text = "Anna Petrova was born in Odessa in 1870. " + "She read. " * 22 + "In 1899 she moved to Paris."
    assert ("paris", 1899, 1899) in stops_of(tiny_gazetteer, text)


def test_they_after_a_group_with_the_subject(tiny_gazetteer):
    text = ("Anna Petrova was born in Odessa in 1870. In 1895 she and Ivan married. "
            "In 1896 they settled in Geneva.")
    assert ("geneva", 1896, 1896) in stops_of(tiny_gazetteer, text)


def test_an_epithet_as_sentence_subject_is_the_subject(tiny_gazetteer):
    text = "Anna Petrova was born in Odessa in 1870. In 1901 the young revolutionary moved to Geneva."
    assert ("geneva", 1901, 1901) in stops_of(tiny_gazetteer, text)


def test_someone_elses_birth_and_their_pronouns_are_not_the_subjects(tiny_gazetteer):
    text = ("Anna Petrova was born in 1870. In 1900 she was exiled to Siberia, where her two daughters were born. "
            "Ivanov was born in Gori. He moved to Prague in 1902.")
    got = stops_of(tiny_gazetteer, text)
    assert ("siberia", 1900, 1900) in got
    assert not any(pid in ("gori", "prague") for pid, _, _ in got)
    assert Extractor(tiny_gazetteer).lifetime(
        __import__("places.segment", fromlist=["split_sentences"]).split_sentences(
            Document("b.txt", text, "", "")), "Anna Petrova")[0] == 1870


def test_birth_without_its_year_is_not_dated_by_the_narrative(tiny_gazetteer):
    text = "In 1905 Anna Petrova used the name of the village she was born in, Yanovka."
    assert not any(pid == "yanovka" for pid, _, _ in stops_of(tiny_gazetteer, text))


def test_thoughts_negations_titles_and_look_backs_are_not_visits(tiny_gazetteer):
    text = ("Anna Petrova was born in Odessa in 1870. In 1910 Petrova argued that revolution would come in France. "
            "In 1911 she was not allowed to visit Paris. In 1912 she wrote The Real Situation in Kazakhstan. "
            "In 1913 Petrova lived in Vienna, having escaped from exile in Siberia. "
            "In 1914 Petrova refused to sign on Spain's terms.")
    got = stops_of(tiny_gazetteer, text)
    assert ("vienna", 1913, 1913) in got
    assert not any(pid in ("france", "paris", "kazakhstan", "siberia", "spain") for pid, _, _ in got), got


def test_and_ties_a_place_only_after_another_place(tiny_gazetteer):
    text = ("Anna Petrova was born in Odessa in 1870. In 1901 Petrova moved to Vienna and Paris. "
            "In 1902 she wrote an article, Amoralism and Geneva, in London.")
    got = stops_of(tiny_gazetteer, text)
    assert ("paris", 1901, 1901) in got
    assert not any(pid == "geneva" for pid, _, _ in got)


def test_named_events_and_decades_date_a_sentence(tiny_gazetteer):
    text = ("Anna Petrova was born in Odessa in 1870. When Bloody Sunday took place, Petrova was living in Geneva. "
            "In Paris in the late 1930s Petrova met a painter.")
    got = stops_of(tiny_gazetteer, text)
    assert ("geneva", 1905, 1905) in got
    assert ("paris", 1937, 1939) in got


def test_explain_gives_a_verdict_for_every_mention(tiny_gazetteer):
    log: list = []
    Extractor(tiny_gazetteer).extract(Document("bio.txt", BIO, "", ""), "Anna Petrova", explain=log)
    verdicts = {surface: verdict for _, surface, verdict in log}
    assert verdicts["Gori"] in ("someone else's event", "not about the subject")  # "Her friend Ivan was born in Gori"
    assert verdicts["London"] == "inside a quotation"
    assert verdicts["Odessa"].startswith("stop: birth 1870")


def test_places_in_a_bibliographic_reference_are_not_stops(tiny_gazetteer):
    text = ("Anna Petrova was born in Odessa in 1870. In 1905 she was in Vienna. "
            "We were in our element” (Anna Petrova, My Life, London, 2004, p191).")
    got = stops_of(tiny_gazetteer, text)
    assert ("vienna", 1905, 1905) in got
    assert not any(pid == "london" for pid, _, _ in got)
