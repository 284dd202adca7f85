"""The whole path from document files to an itinerary, shared by the CLI and the app."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from places.corpus import document_paths, read_document
from places.curation import DEFAULT_CURATION, CurationReport, apply_curation, curation_subject, load_curation
from places.errors import DocumentError
from places.extract import Extractor, RawStop, infer_subject
from places.itinerary import build_itinerary
from places.model import Document, Itinerary


@dataclass
class ExtractionResult:
    subject: str
    documents: list[Document]
    stops: list[RawStop]
    skipped: list[str] = field(default_factory=list)  # one clear message per unreadable document
    curation: CurationReport | None = None


def read_documents(paths: Iterable[str | Path]) -> tuple[list[Document], list[str]]:
    """Readable documents, and a message for each one that is not (nothing is silently lost)."""
    docs, skipped = [], []
    for path in document_paths(paths):
        try:
            docs.append(read_document(path))
        except DocumentError as exc:
            skipped.append(str(exc))
    return docs, skipped


def extract_documents(docs: list[Document], subject: str | None = None,
                      extractor: Extractor | None = None) -> ExtractionResult:
    subject = subject or infer_subject(docs)
    extractor = extractor or Extractor()
    stops = [s for doc in docs for s in extractor.extract(doc, subject)]
    return ExtractionResult(subject, docs, stops)


def build(paths: Iterable[str | Path], subject: str | None = None,
          curation: str | Path | None = DEFAULT_CURATION) -> tuple[Itinerary, ExtractionResult]:
    """Extract, merge and (when a curation file is given and exists) curate."""
    docs, skipped = read_documents(paths)
    result = extract_documents(docs, subject)
    result.skipped = skipped
    itinerary = build_itinerary(result.subject, docs, result.stops)
    if curation is not None and Path(curation).exists() and curation_subject(curation) == itinerary.subject:
        itinerary, result.curation = apply_curation(itinerary, load_curation(curation))
    return itinerary, result
