"""Reading source documents from disk, refusing what is not readable text.

Bad input must give a clear message and never a half-read document: empty
files, binary files, files that are not UTF-8 and files beyond the size limit
raise :class:`DocumentError` naming the file and the reason.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from places.errors import DocumentError
from places.model import Document

MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".md")


def decode_document(name: str, data: bytes, max_bytes: int = MAX_BYTES) -> Document:
    """Turn raw bytes into a :class:`Document`, or say exactly why not.

    >>> decode_document("a.txt", "Born in Yanovka.".encode()).text
    'Born in Yanovka.'
    """
    if len(data) > max_bytes:
        raise DocumentError(f"{name}: too large ({len(data):,} bytes; the limit is {max_bytes:,})")
    if not data.strip():
        raise DocumentError(f"{name}: empty document (no text to read)")
    if b"\x00" in data[:65536]:
        raise DocumentError(f"{name}: looks binary (contains NUL bytes), not a text document")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"{name}: not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-save it as UTF-8"
        ) from None
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")[:120]
    return Document(name=name, text=text, sha256=hashlib.sha256(data).hexdigest(), title=title)


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
