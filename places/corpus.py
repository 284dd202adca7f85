"""Reading source documents from disk, refusing what is not readable text.

Bad input must give a clear message and never a half-read document: empty
files, binary files, files that are not UTF-8 and files beyond the size limit
raise :class:`DocumentError` naming the file and the reason.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path

from places.errors import DocumentError
from places.model import Document

MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class _TextOfHtml(HTMLParser):
    """The readable text of an HTML page: scripts, styles and tags dropped, block elements on their own lines."""

    BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote",
              "title", "header", "footer"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript", "template"):
            self.skip += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript", "template"):
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Visible text of HTML; quotes then cite this text, which is what a reader of the page sees."""
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def decode_text(name: str, data: bytes) -> tuple[str, str]:
    """(text, encoding): BOMs first, then UTF-8, then Windows-1252 for text that is plainly not UTF-8."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise DocumentError(f"{name}: starts with a {encoding} byte-order mark but is not {encoding}") from None
    if b"\x00" in data[:65536]:
        raise DocumentError(f"{name}: looks binary (contains NUL bytes), not a text document")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    lenient = data.decode("utf-8", errors="replace")
    replaced = lenient.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    if replaced <= max(3, len(data) // 2000) and len(lenient) > 200:
        return lenient, f"utf-8 ({replaced} invalid bytes replaced)"  # a few damaged bytes in a long UTF-8 text
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\r\n\t\f")
    if text and controls <= len(text) // 1000:
        return text, "cp1252"
    raise DocumentError(
        f"{name}: not UTF-8 text (invalid byte 0x{data[utf8_error.start]:02x} at offset {utf8_error.start}) "
        "and not Windows-1252 either; re-save it as UTF-8"
    )


def decode_document(name: str, data: bytes, max_bytes: int = MAX_BYTES) -> Document:
    """Turn raw bytes into a :class:`Document`, or say exactly why not.

    UTF-8 (with or without BOM), UTF-16/32 with a BOM and Windows-1252 are read;
    the encoding used is kept on the document. HTML files become their visible text.

    >>> decode_document("a.txt", "Born in Yanovka.".encode()).text
    'Born in Yanovka.'
    >>> decode_document("b.txt", "Born in Zürich.".encode("cp1252")).encoding
    'cp1252'
    """
    if len(data) > max_bytes:
        raise DocumentError(f"{name}: too large ({len(data):,} bytes; the limit is {max_bytes:,})")
    if not data.strip():
        raise DocumentError(f"{name}: empty document (no text to read)")
    text, encoding = decode_text(name, data)
    if name.lower().endswith((".html", ".htm")) or re.match(r"\s*<(!doctype html|html)\b", text[:200], re.I):
        text = html_to_text(text)
    if not text.strip():
        raise DocumentError(f"{name}: no readable text in it")
    title = document_title(text)
    return Document(name=name, text=text, sha256=hashlib.sha256(data).hexdigest(), title=title, encoding=encoding)


_GENERIC_HEADING = re.compile(
    r"(checked content|(table of )?contents|preface|foreword|introduction|abstract|summary|untitled|home|menu|"
    r"skip to( main)? content|(chapter|part|book) [\w.]+)\W*", re.I)


def document_title(text: str, limit: int = 120) -> str:
    """A title a reader recognises: the first heading that names something, else the opening sentence.

    Boilerplate headings of web pages and books ("Checked content", "PREFACE", "Contents") are passed over;
    a first line that is a paragraph gives its first sentence.

    >>> document_title("PREFACE\\n\\nLeon Trotsky was an active student. He read.")
    'Leon Trotsky was an active student.'
    >>> document_title("Checked content\\n\\n# Leon Trotsky\\n\\nRelated subjects")
    'Leon Trotsky'
    """
    for block in re.split(r"\n\s*\n", text[:20000])[:40]:  # paragraphs (hard-wrapped lines joined)
        first = " ".join(block.strip().split("\n", 1)[0].split()).lstrip("#").strip()
        if first and not _GENERIC_HEADING.fullmatch(first) and len(first.split()) <= 12 \
                and not re.search(r"[.!?,;:]$", first):  # a heading line (not wrapped prose), text below or not
            return first
        line = " ".join(block.split()).lstrip("#").strip()
        if not line or _GENERIC_HEADING.fullmatch(line) or _GENERIC_HEADING.fullmatch(first):
            if first and _GENERIC_HEADING.fullmatch(first) and line != first:
                line = " ".join(block.strip().split("\n", 1)[1].split())  # text under a boilerplate heading
            else:
                continue
        if len(line) > limit or re.search(r"[.!?]\s+\S", line):  # a paragraph: its first sentence
            sentence = re.match(r"(.+?[.!?])(\s|$)", line)
            line = sentence.group(1) if sentence else line
        return line if len(line) <= limit else line[:limit - 1].rsplit(" ", 1)[0] + "…"
    return ""


def read_document(path: str | Path, max_bytes: int = MAX_BYTES) -> Document:
    """Read one file as a :class:`Document`; the file name is what evidence cites."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise DocumentError(f"{path.name}: too large ({size:,} bytes; the limit is {max_bytes:,})")
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return decode_document(path.name, data, max_bytes)


def document_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders into their text files (sorted), keep files as given."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES
                                and f.name.lower() != "readme.md"))
        elif p.exists():
            found.append(p)
        else:
            raise DocumentError(f"{p}: no such file or folder")
    return found


def iter_documents(paths: Iterable[str | Path]) -> Iterator[Document]:
    """Yield documents one at a time so a large corpus is never held whole."""
    for path in document_paths(paths):
        yield read_document(path)
