import pytest

from places.corpus import MAX_BYTES, decode_document, document_paths, read_document
from places.errors import DocumentError, PlacesError


def test_reads_utf8_text_with_bom_and_keeps_the_file_name(tmp_path):
    path = tmp_path / "bio.txt"
    path.write_bytes("\ufeffLeon Trotsky\nHe was born in Yanovka.".encode())
    doc = read_document(path)
    assert doc.name == "bio.txt"
    assert doc.text.startswith("Leon Trotsky")
    assert doc.title == "Leon Trotsky"
    assert len(doc.sha256) == 64


@pytest.mark.parametrize(("data", "message"), [
    (b"", "empty document"),
    (b"  \n\t ", "empty document"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "not a text document (PNG image)"),
    (b"\x00\x01\x02", "looks binary"),
    (b"caf\xe9 \x81\x8d\x8f\x90\x9d", "not UTF-8 text (invalid byte 0xe9 at offset 3) and not Windows-1252"),
    (b"\xff\xfeA\x00\x00\xd8", "byte-order mark but is not utf-16"),
    (b"<html><script>alert(1)</script></html>", "no readable text"),
])
def test_unreadable_documents_say_why(data, message):
    with pytest.raises(DocumentError, match=message.replace("(", r"\(").replace(")", r"\)")) as info:
        decode_document("bad.txt", data)
    assert str(info.value).startswith("bad.txt: ")
    assert isinstance(info.value, PlacesError) and isinstance(info.value, ValueError)


def test_too_large_documents_are_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(DocumentError, match="too large"):
        read_document(path)


def test_folders_expand_to_their_text_files_sorted(tmp_path):
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "a.md").write_text("a")
    (tmp_path / "README.md").write_text("about")
    (tmp_path / "image.png").write_bytes(b"x")
    assert [p.name for p in document_paths([tmp_path])] == ["a.md", "b.txt"]
    with pytest.raises(DocumentError, match="no such file"):
        document_paths([tmp_path / "missing"])


def test_common_encodings_are_read_and_named():
    for encoding, expected in (("utf-16", "utf-16"), ("cp1252", "cp1252"), ("utf-8-sig", "utf-8-sig")):
        doc = decode_document("z.txt", "Trotsky went to Zürich in 1914 – and on.".encode(encoding))
        assert doc.text == "Trotsky went to Zürich in 1914 – and on." and doc.encoding == expected


def test_html_documents_become_their_visible_text():
    page = (b"<!DOCTYPE html><html><head><title>Life</title><style>p{}</style></head><body>"
            b"<p>He was born in <b>Yanovka</b> in 1879.</p><script>alert('x')</script><p>He died.</p></body></html>")
    doc = decode_document("life.html", page)
    assert doc.text == "Life\nHe was born in Yanovka in 1879.\nHe died."


def test_a_few_damaged_bytes_in_long_utf8_text_are_replaced_and_said():
    data = ("He was born in Yanovka in 1879. " * 20).encode() + b"\xff\xfe" + b" He died in 1940."
    doc = decode_document("damaged.txt", data)
    assert doc.encoding == "utf-8 (2 invalid bytes replaced)" and doc.text.endswith("He died in 1940.")
