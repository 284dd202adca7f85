"""Reading source documents from disk, refusing what is not readable text.

Bad input must give a clear message and never a half-read document: empty
files, binary files, files that are not UTF-8 and files beyond the size limit
raise :class:`DocumentError` naming the file and the reason.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
import unicodedata
from collections import Counter
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


# Signatures of the files people upload by mistake, so the message names what the file is.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"), (b"%PDF-", "PDF document; save it as plain text"),
    (b"PK\x03\x04", "ZIP archive, or a .docx/.odt/.epub, which are ZIP archives; save it as plain text"),
    (b"PK\x05\x06", "ZIP archive"), (b"\x1f\x8b", "gzip archive"), (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"), (b"\xfd7zXZ\x00", "xz archive"), (b"BZh", "bzip2 archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document; save it as plain text"),
    (b"II*\x00", "TIFF image"), (b"MM\x00*", "TIFF image"), (b"\x00\x00\x01\x00", "icon image"),
    (b"\x7fELF", "program (ELF executable)"), (b"MZ", "program (Windows executable)"),
    (b"SQLite format 3\x00", "SQLite database"), (b"OggS", "Ogg audio or video"), (b"fLaC", "FLAC audio"),
    (b"ID3", "MP3 audio"), (b"\x00asm", "WebAssembly program"), (b"wOFF", "web font"), (b"wOF2", "web font"),
)


def binary_kind(data: bytes) -> str | None:
    """What a file is when its first bytes are a known non-text signature, e.g. "PNG image".

    Short signatures that text could start with ("BZh", "MZ", "ID3") count only when the file also holds
    bytes no text has (NUL or other C0 controls).
    """
    head = data[:4096]
    binaryish = any(b < 9 or 13 < b < 27 for b in head)
    for magic, kind in _MAGIC:
        if data.startswith(magic) and (len(magic) >= 4 or binaryish):
            return kind
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}[data[8:12]]
    if data[4:8] == b"ftyp":
        return "MP4/MOV video or audio"
    return None


def _plausible_text(text: str) -> bool:
    """Reads like writing: printable, no NUL, no unassigned or private-use code points, few combining marks,
    and words: spaces, or nearly all Chinese, Japanese or Korean, which need none."""
    sample = text[:20000]
    if not sample or "\x00" in sample:
        return False
    categories = Counter(unicodedata.category(c) for c in sample)
    odd = sum(1 for c in sample if not (c.isprintable() or c in "\n\r\t\f")) + \
        categories["Cn"] + categories["Co"] + categories["Cs"]
    marks = categories["Mn"] + categories["Me"]
    spaces = sum(1 for c in sample if c.isspace())
    east_asian = sum(1 for c in sample if "\u3000" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af"
                     or "\uff00" <= c <= "\uffef")
    return odd <= len(sample) // 100 and marks <= len(sample) // 5 and (
        spaces * 50 >= len(sample) or east_asian * 10 >= len(sample) * 9)


def decode_wide(data: bytes) -> tuple[str, str] | None:
    """UTF-32 or UTF-16 (either byte order) without a byte-order mark, when one of them reads as text.

    Windows' "Unicode" text is UTF-16 little-endian; without a BOM its NUL bytes made it look binary.
    """
    for encoding, unit in (("utf-32-le", 4), ("utf-32-be", 4), ("utf-16-le", 2), ("utf-16-be", 2)):
        if len(data) % unit:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible_text(text):
            return text, f"{encoding} without a byte-order mark"
    return None


def decode_text(name: str, data: bytes) -> tuple[str, str]:
    """(text, encoding): BOMs first, then UTF-8, then Windows-1252 for text that is plainly not UTF-8."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise DocumentError(f"{name}: starts with a {encoding} byte-order mark but is not {encoding}") from None
    kind = binary_kind(data)
    if kind:
        raise DocumentError(f"{name}: not a text document ({kind})")
    if b"\x00" in data[:65536]:
        wide = decode_wide(data)
        if wide is not None:
            return wide
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
    wide = decode_wide(data)  # UTF-16 of scripts outside Latin has no NUL bytes ("托洛茨基" is 58 62 1b 6d …)
    if wide is not None:
        return wide
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


_NOT_REGULAR = ((stat.S_ISDIR, "a folder"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                (stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"))


def not_regular(mode: int) -> str | None:
    """What a file is when it is not a regular file ("a named pipe"), else None: devices never end
    (``/dev/zero``) and pipes block until someone writes, so neither is read."""
    if stat.S_ISREG(mode):
        return None
    return next((kind for test, kind in _NOT_REGULAR if test(mode)), "not a regular file")


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
    """Read one file as a :class:`Document`; the file name is what evidence cites.

    Only a regular file is read, and never more than ``max_bytes`` of it, even if it grows meanwhile: the
    file is opened without blocking and checked again on the open descriptor.
    """
    path = Path(path)
    try:
        kind = not_regular(os.stat(path).st_mode)
        if kind is None:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
            with os.fdopen(fd, "rb") as f:
                info = os.fstat(f.fileno())
                kind = not_regular(info.st_mode)
                if kind is None:
                    if info.st_size > max_bytes:
                        raise DocumentError(f"{path.name}: too large ({info.st_size:,} bytes; the limit is "
                                            f"{max_bytes:,})")
                    data = f.read(max_bytes + 1)
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if kind is not None:
        raise DocumentError(f"{path}: not a regular file ({kind}); only text files are read")
    return decode_document(path.name, data, max_bytes)


def document_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders into their text files (sorted), keep files as given.

    A path named explicitly that is not a regular file or a folder (a device, a pipe, a socket), or a file
    over :data:`MAX_BYTES`, is refused at once: the command stops with that reason rather than hanging,
    filling memory or reading part of a file. Inside folders, only regular text files are listed.
    """
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES
                                and f.name.lower() != "readme.md"))
            continue
        try:
            info = os.stat(p)
        except FileNotFoundError:
            raise DocumentError(f"{p}: no such file or folder") from None
        except OSError as exc:
            raise DocumentError(f"{p}: cannot read ({exc.strerror or exc})") from None
        kind = not_regular(info.st_mode)
        if kind is not None:
            raise DocumentError(f"{p}: not a regular file ({kind}); only text files are read")
        if info.st_size > MAX_BYTES:
            raise DocumentError(f"{p}: too large ({info.st_size:,} bytes; the limit is {MAX_BYTES:,})")
        found.append(p)
    return found


def iter_documents(paths: Iterable[str | Path]) -> Iterator[Document]:
    """Yield documents one at a time so a large corpus is never held whole."""
    for path in document_paths(paths):
        yield read_document(path)
