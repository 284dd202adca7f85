"""Visitors' own documents: limits, bad files and clear messages (the library the app's upload form calls)."""

from __future__ import annotations

from places.extract import Extractor
from places.gazetteer import Gazetteer
from places.pipeline import MAX_UPLOAD_FILE_BYTES, MAX_UPLOAD_FILES, build_from_uploads
from tests.conftest import TINY_PLACES

BIO = ("Anna Petrova\nAnna Petrova was born in Odessa in 1870. In 1895 Petrova was arrested in Vienna and exiled to "
       "Siberia. From 1905 to 1910 she lived in Paris. Petrova died in Coyoacán in 1930.\n")


def extractor():
    return Extractor(Gazetteer(curated=TINY_PLACES, broad=False))


def test_a_biography_becomes_an_itinerary_and_bad_files_are_named_with_their_reason():
    seen = []
    result = build_from_uploads([
        ("petrova.txt", BIO.encode()),
        ("empty.txt", b""),
        ("photo.txt", b"\x89PNG\x00\x00"),
        ("latin.txt", BIO.encode("cp1252")),
        ("huge.txt", b"x" * (MAX_UPLOAD_FILE_BYTES + 1)),
        ("nothing.txt", b"A recipe for soup with no places and no dates at all."),
    ], "", extractor(), progress=lambda done, total, name: seen.append((done, total, name)))
    assert result.itinerary is not None and result.itinerary.subject == "Anna Petrova"
    assert [s.place.name for s in result.itinerary.stops] == ["Odessa", "Vienna", "Siberia", "Paris", "Coyoacán"]
    assert result.messages == [
        "empty.txt: empty document (no text to read)",
        "photo.txt: looks binary (contains NUL bytes), not a text document",
        "latin.txt: read as cp1252",
        f"huge.txt: too large ({MAX_UPLOAD_FILE_BYTES + 1:,} bytes; the limit per file is {MAX_UPLOAD_FILE_BYTES:,})",
        "nothing.txt: no stops of Anna Petrova: no place names found",
    ]
    assert seen[-1] == (3, 3, "nothing.txt")


def test_nothing_readable_or_no_subject_says_so():
    nothing = build_from_uploads([("a.txt", b"")], "", extractor())
    assert nothing.messages[-1] == "No readable documents: nothing to map."
    result = build_from_uploads([("a.txt", BIO.encode())], "Boris Somebody", extractor())
    assert result.itinerary is not None and result.itinerary.stops == ()
    assert result.messages[-1] == "No stops of Boris Somebody could be placed on the map."


def test_identical_copies_are_read_once():
    result = build_from_uploads([("a.txt", BIO.encode()), ("copy.txt", BIO.encode())], "", extractor())
    assert result.messages == ["copy.txt: same content as another document, read once"]
    assert len(result.itinerary.sources) == 1


def test_too_many_files_are_cut_with_a_message():
    files = [(f"{i}.txt", BIO.encode() + str(i).encode()) for i in range(MAX_UPLOAD_FILES + 3)]
    result = build_from_uploads(files, "Anna Petrova", extractor())
    assert result.messages[0] == f"Only the first {MAX_UPLOAD_FILES} files were read ({MAX_UPLOAD_FILES + 3} uploaded)."
    assert len(result.itinerary.sources) == MAX_UPLOAD_FILES
