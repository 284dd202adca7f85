"""Who a document is about when nobody says (``places.subject``): texts written for the test."""

from __future__ import annotations

from places.model import Document
from places.subject import infer_subject, name_runs


def doc(text, title=""):
    return Document("t.txt", text, "", title)


def test_the_name_that_stands_alone_most_is_the_subject_not_a_place_named_in_full():
    text = ("Anna Petrova was born in New York. Petrova left New York in 1890, and New York forgot her. "
            "In New York they said Petrova would come back to New York; Petrova never saw New York again.")
    assert infer_subject([doc(text)]) == "Anna Petrova"


def test_a_blog_heading_does_not_outweigh_the_subject_of_the_posts():
    text = ("Archive for the 'John Smith' Category\n"
            + "Leon Kovalenko wrote to John Smith. " + "Kovalenko moved again. Kovalenko was arrested. " * 5)
    assert infer_subject([doc(text, "Archive for the 'John Smith' Category")]) == "Leon Kovalenko"


def test_a_dictionary_title_in_capitals_surname_first_names_the_subject():
    text = ("José Pérez y Gómez, poet, was born in Havana. Pérez studied in Madrid, where he met Carlos Ruiz. "
            "Carlos Ruiz and Carlos Ruiz's brother Carlos Ruiz Jr. published Pérez.")
    assert infer_subject([doc(text, "PÉREZ, José")]) in ("José Pérez y Gómez", "José Pérez")


def test_family_name_first_and_particles_are_names():
    assert infer_subject([doc("Ho Van Lam was born in Hue. Ho went to Paris; Ho came back. Ho died.")]) \
        == "Ho Van Lam"
    assert infer_subject([doc("Ibn Jubayr left Granada. Ibn Jubayr sailed from Ceuta; Jubayr reached Acre.")]) \
        == "Ibn Jubayr"


def test_sentence_words_and_titles_are_stripped_from_runs():
    assert name_runs("When Comrade Leon Kovalenko reached the Bolshevik Party") == ["Leon Kovalenko",
                                                                                 "Bolshevik Party"]
    assert infer_subject([doc("The Bolshevik Party met. The Bolshevik Party voted. Comrade Anna Petrova spoke.")]) \
        == "Anna Petrova"


def test_a_one_word_name_in_the_title_is_a_subject():
    assert infer_subject([doc("Solon was born in Athens. Solon travelled to Egypt. Solon came home.", "Solon")]) \
        == "Solon"
    assert infer_subject([doc("Leon Kovalenko was born in Kiev. Kovalenko left.", "Leon Kovalenko")]) \
        == "Leon Kovalenko"  # the whole name, not one of its words


def test_a_title_that_says_whose_memoirs_or_life_it_is_names_the_subject():
    text = "I left the Sparrow Hills in 1834. Nick Ogarev came. I went to the Sparrow Hills again with Nick Ogarev."
    assert infer_subject([doc(text, "FROM THE MEMOIRS OF ALEXANDER HERZEN")]) == "Alexander Herzen"


def test_verbs_that_open_chronology_entries_are_not_given_names():
    text = ("John Amos Comenius: a chronology\n1592 – Born in Nivnice.\n1628 – Writes The Labyrinth; "
            "Comenius goes into exile.\n1641 – Travels to London, where Comenius meets Samuel Hartlib.\n"
            "1642 – Writes Pansophiae Prodromus.\n1650 – Comenius moves to Sárospatak.")
    assert infer_subject([doc(text)]) == "John Amos Comenius"


def test_a_memoirs_title_a_shared_particle_a_one_word_name_and_no_town(tiny_gazetteer):
    """"My Friend Sarojini: Recollections ..." names her; "Ibn Battuta" counts by "Battuta", not by the "Ibn" every
    such name shares; a one-word name the text keeps using ("Xuanzang") is a subject; a town named most often is
    nobody's life when the caller says what a place is."""
    memoir = doc("Sarojini Naidu was my friend. We met in Hyderabad. She wrote poems.",
                 "My Friend Sarojini: Recollections by a Girlhood Companion")
    assert infer_subject([memoir]) == "Sarojini"
    text = ("Ibn Battuta travelled on. " * 3 + "Then Battuta saw the sea. " * 5 + "Later Ibn Juzayy wrote. " * 4
            + "Later Ibn Khaldun read it. " * 3)
    assert infer_subject([doc(text)]) == "Ibn Battuta"
    monk = doc("The monk set out in 629. " + "Then Xuanzang crossed the desert. " * 8, "The Road West")
    assert infer_subject([monk]) == "Xuanzang"
    faxian = doc("Faxian was born in 337. " + "Then the monks crossed the desert. " * 3, "Faxian: The Long Road West")
    assert infer_subject([faxian]) == "Faxian"  # (a name ending like "Russian" is still a name)
    street = doc("Sigmund Freud lived there. " + "Later Freud wrote. " * 3, "The Uncle in the Berggasse")
    assert infer_subject([street]) == "Sigmund Freud"  # (a street in the title is nobody)
    from places.extract import Extractor
    from places.pipeline import extract_documents

    towns = doc("In Alma Ata, Domingo Sarmiento wrote. " + "Later Alma Ata burned. " * 6)
    assert extract_documents([towns], extractor=Extractor(tiny_gazetteer)).subject == "Domingo Sarmiento"


def test_the_lede_names_the_subject_of_a_life_told_by_pronouns():
    """"Rosa Petrova was born ..." and then "she" throughout, while another is named in full again and again: the
    opening sentence's person is whose life it is; a bracket that renames her gives no life's years."""
    text = ("Red Rosa\n\nRosa Petrova was born on 5 March 1871 in Zamosc. She moved to Warsaw in 1873. "
            + "Karl Weber wrote to her; Karl Weber visited her; Karl Weber was arrested; Karl Weber spoke. " * 2
            + "She died in Berlin in 1919.")
    assert infer_subject([doc(text)]) == "Rosa Petrova"
    renamed = ("Lev Orlov (he took the name Leon Zotov in 1902) was born in Odessa. Zotov went to Vienna. Zotov "
               "went to London. Zotov went to Paris. Zotov came home.")
    assert infer_subject([doc(renamed)]) == "Leon Zotov"


def test_a_title_with_years_or_remembering_names_the_subject():
    """"Jalal Rumi (1207-1273): A Chronology"; "My Sister Xuan: Remembering Qiu Lan"; "Remembering My Mother, Vera
    Orlova": the title says whose life; "Johannesburg Fort" is no one."""
    entries = "1207 – Born in Balkh. 1219 – Walad Baha leaves; Walad Baha goes to Konya; Walad Baha dies."
    assert infer_subject([doc(entries, "Jalal Rumi (1207-1273): A Chronology")]) == "Jalal Rumi"
    assert infer_subject([doc("She wrote poems.", "My Sister Xuan: Remembering Qiu Lan")]) == "Qiu Lan"
    assert infer_subject([doc("She wrote poems.", "At Home: Remembering My Mother, Vera Orlova")]) == "Vera Orlova"
    jail = ("He was held in Johannesburg Fort. Johannesburg Fort was cold. Johannesburg Fort again. Johannesburg "
            "Fort. Anton Meyer Gandhi was a lawyer; Gandhi wrote; Gandhi spoke.")
    assert infer_subject([doc(jail)]) == "Anton Meyer Gandhi"
