from places.model import Document
from places.segment import is_hard_wrapped, split_sentences


def doc(text):
    return Document("t.txt", text, "")


def test_sentences_are_exact_slices_of_the_text():
    d = doc("He went to St. Petersburg in 1896. There he met Dr. Ziv.\nIn 1898 he was arrested!  Then what?")
    sentences = split_sentences(d)
    assert [s.text for s in sentences] == [
        "He went to St. Petersburg in 1896.", "There he met Dr. Ziv.", "In 1898 he was arrested!", "Then what?"]
    assert all(d.text[s.start:s.end] == s.text for s in sentences)


def test_hard_wrapped_text_joins_lines_but_keeps_paragraphs():
    para = ("Trotsky was exiled to Siberia in 1900 together with his wife, and the couple\n"
            "lived there for two years before he escaped hidden in a load of hay on a\n"
            "wagon, reaching Samara and then London in the autumn of 1902 at last.\n")
    text = (para * 8) + "\n" + "A new paragraph starts here and it goes on for a while longer now.\n" * 3
    d = doc(text)
    assert is_hard_wrapped(text)
    first = split_sentences(d)[0]
    assert first.text.startswith("Trotsky was exiled") and first.text.endswith("at last.")
    assert "\n" in first.text


def test_one_paragraph_per_line_splits_at_every_line():
    d = doc("Leon Trotsky\nBorn 7 November 1879\nHe grew up in Yanovka.")
    assert [s.text for s in split_sentences(d)] == ["Leon Trotsky", "Born 7 November 1879", "He grew up in Yanovka."]


def test_runaway_text_without_punctuation_is_cut():
    d = doc("word " * 2000)
    sentences = split_sentences(d)
    assert len(sentences) > 1 and all(len(s.text) <= 1500 for s in sentences)
