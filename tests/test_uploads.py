"""Visitors' own documents: limits, bad files and clear messages (the library the app's upload form calls)."""

from __future__ import annotations

import pytest

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


def children_running(marker: str = "places.budget") -> list[int]:
    """Processes started by this test process whose command line names ``marker``."""
    import os
    from pathlib import Path

    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            cmdline = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (OSError, ValueError, IndexError):
            continue
        if ppid == os.getpid() and marker in cmdline:
            found.append(int(stat.parent.name))
    return found


def test_an_isolated_build_maps_the_same_stops_as_one_in_process():
    files = [("petrova.txt", BIO.encode()), ("nothing.txt", b"A recipe for soup with no places and no dates at all.")]
    seen = []
    here = build_from_uploads(files, "", extractor())
    there = build_from_uploads(files, "", extractor(), isolate=True,
                               progress=lambda done, total, name: seen.append((done, total, name)))
    assert there.itinerary == here.itinerary and there.messages == here.messages
    assert (2, 2, "nothing.txt") in seen
    assert children_running() == []


def test_the_work_budget_names_the_documents_it_could_not_read():
    from places.budget import BuildBudget

    budget = BuildBudget(characters=len(BIO) + 10)
    result = build_from_uploads([("a.txt", BIO.encode()), ("b.txt", BIO.encode() + b"More.")], "", extractor(),
                                budget=budget)
    assert result.messages == [f"b.txt: not read, the build's work budget ({len(BIO) + 10:,} characters of text) "
                               "is spent by the documents before it"]
    assert [s.doc for s in result.itinerary.sources] == ["a.txt"]


def test_the_time_budget_stops_the_build_and_its_process_with_a_message():
    from places.budget import BuildBudget

    files = [("a.txt", BIO.encode()), ("b.txt", BIO.encode() + b"More.")]
    for isolate in (False, True):
        result = build_from_uploads(files, "", extractor(), budget=BuildBudget(seconds=0), isolate=isolate)
        assert result.itinerary is None
        assert result.messages == ["Stopped at the time budget (0 s): 0 of 2 documents read; not finished: a.txt, "
                                   "b.txt. Upload fewer or shorter documents to map them all."]
        assert children_running() == []


def test_a_visitor_who_leaves_stops_the_build_and_its_process():
    result = build_from_uploads([("a.txt", BIO.encode())], "", extractor(), isolate=True, cancelled=lambda: True)
    assert result.itinerary is None and result.messages == ["The build was cancelled."]

    class VisitorGone(BaseException):
        """What Streamlit raises in a script whose session has ended."""

    def progress(done, total, name):
        assert children_running(), "the build runs in its own process"
        raise VisitorGone

    long = "Anna Petrova\n" + BIO * 6000  # a second or more of work: still running when the visitor goes
    with pytest.raises(VisitorGone):
        build_from_uploads([("a.txt", long.encode())], "", extractor(), isolate=True, progress=progress)
    assert children_running() == [], "the build process ended with its visitor"


def test_a_build_that_needs_too_much_memory_says_so():
    from places.budget import BuildBudget

    result = build_from_uploads([("a.txt", BIO.encode())], "", extractor(), isolate=True,
                                budget=BuildBudget(memory_mb=8))
    assert result.itinerary is None
    assert result.messages[-1].startswith("The build stopped (the "), result.messages


def test_wide_text_without_a_byte_order_mark_is_read_not_called_binary():
    """Windows "Unicode" text is UTF-16 little-endian; without a BOM its NUL bytes looked binary."""
    from places.corpus import decode_document

    chinese = "托洛茨基生于扬诺夫卡。他后来流亡到墨西哥。"  # UTF-16 of it has no NUL byte at all
    for text in (BIO, chinese):
        for encoding in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
            doc = decode_document("wide.txt", text.encode(encoding))
            assert doc.text == text and doc.encoding == f"{encoding} without a byte-order mark"
    result = build_from_uploads([("petrova.txt", BIO.encode("utf-16-le"))], "", extractor())
    assert result.messages == ["petrova.txt: read as utf-16-le without a byte-order mark"]
    assert len(result.itinerary.stops) == 5


def test_images_archives_and_pdfs_are_named_for_what_they_are():
    import gzip
    import io
    import zipfile

    from places.corpus import decode_document
    from places.errors import DocumentError

    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("word/document.xml", "<w:t>Anna Petrova</w:t>")
    files = {
        "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(30), "PNG image"),
        "scan.jpg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG image"),
        "paper.pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document; save it as plain text"),
        "letter.docx": (archive.getvalue(), "ZIP archive, or a .docx/.odt/.epub, which are ZIP archives; save it "
                                            "as plain text"),
        "notes.txt.gz": (gzip.compress(BIO.encode()), "gzip archive"),
        "anim.gif": (b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "GIF image"),
    }
    for name, (data, kind) in files.items():
        try:
            decode_document(name, data)
        except DocumentError as exc:
            assert str(exc) == f"{name}: not a text document ({kind})"
        else:
            raise AssertionError(f"{name} was read as text")
    assert decode_document("m.txt", b"MZ is where the story starts.").text == "MZ is where the story starts."
    result = build_from_uploads([("photo.txt", files["photo.txt"][0]), ("petrova.txt", BIO.encode())], "",
                                extractor())
    assert result.messages == ["photo.txt: not a text document (PNG image)"]


def test_years_before_the_common_era_and_in_the_future_are_said():
    caesar = b"Gaius Caesar\nGaius Caesar was born in Rome in 100 BC. In 58 B.C. Caesar went to Paris.\n"
    future = (b"Anna Petrova\nAnna Petrova was born in Odessa in 2071. In 2090 Petrova was arrested in Vienna. "
              b"Petrova died in Paris in 2099.\n")
    result = build_from_uploads([("caesar.txt", caesar)], "", extractor())
    assert not [m for m in result.messages if "common era" in m]  # BC years are read: nothing to warn of
    assert ("Paris", -58) in [(s.place.name, s.start) for s in result.itinerary.stops]  # "In 58 B.C. ... Paris"
    solon = b"Solon\nSolon was born in Athens in the 7th century BC and travelled to Egypt in the 6th century BC.\n"
    result = build_from_uploads([("solon.txt", solon)], "", extractor())
    assert any("years before the common era" in m and "not supported yet" in m for m in result.messages)
    result = build_from_uploads([("future.txt", future)], "", extractor())
    assert result.messages == ["future.txt: 3 stops dated in the future (2071–2099), mapped as written; check the "
                               "document's dates"]
    plain = build_from_uploads([("petrova.txt", BIO.encode())], "", extractor())
    assert plain.messages == [], "an ordinary biography gets neither warning"


def test_build_waits_until_the_documents_have_arrived():
    """A file still uploading is not in the uploader's value yet: Build is disabled until one has arrived,
    and a build with none says that documents may still be arriving."""
    from streamlit.testing.v1 import AppTest

    from places.pipeline import NO_DOCUMENTS_YET
    from tests.conftest import ROOT

    at = AppTest.from_file(str(ROOT / "mapapp" / "app.py"), default_timeout=60).run()
    build = at.button(key="build")
    assert build.disabled
    assert "arrived" in NO_DOCUMENTS_YET and "Choose" not in NO_DOCUMENTS_YET
