"""The whole path from document files to an itinerary, shared by the CLI and the app."""

from __future__ import annotations

import hashlib
import pickle
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from places.budget import BuildBudget, extract_within
from places.buildcache import BoundedCache
from places.controls import visible
from places.corpus import decode_document, document_paths, read_document
from places.curation import (
    DEFAULT_CURATION,
    CurationReport,
    apply_curation,
    curation_subject,
    load_curation,
    source_descriptions,
)
from places.errors import DocumentError
from places.extract import Extractor, RawStop, infer_subject, with_era_years
from places.itinerary import build_itinerary, settle_after_review
from places.model import Document, Itinerary, Source, source_of
from places.years import years_in


@dataclass
class ExtractionResult:
    subject: str
    sources: list[Source]
    stops: list[RawStop]
    skipped: list[str] = field(default_factory=list)  # one clear message per unreadable document
    notes: list[str] = field(default_factory=list)  # one line per readable document that gave no stops
    curation: CurationReport | None = None


def iter_readable(paths: Iterable[str | Path], skipped: list[str]) -> Iterator[Document]:
    """Readable documents one at a time (a large corpus is never held whole); a message per one that is not.

    Identical files are read once: a copy would count its quotes twice as corroboration.
    """
    seen: dict[str, str] = {}
    for path in document_paths(paths):
        try:
            doc = read_document(path)
        except DocumentError as exc:
            skipped.append(str(exc))
            continue
        if doc.sha256 in seen:
            skipped.append(f"{doc.name}: same content as {seen[doc.sha256]}, read once")
            continue
        seen[doc.sha256] = doc.name
        yield doc


def why_no_stops(doc: Document, subject: str, log: list[tuple[str, str, str]]) -> str:
    """One line saying why a document gave no stops, from the extractor's verdicts on its place mentions."""
    if not log:
        return f"{doc.name}: no stops of {subject}: no place names found"
    reasons = Counter(verdict for _, _, verdict in log)
    mentions = f"{len(log)} place mention{'s' if len(log) != 1 else ''}"
    if set(reasons) == {"not about the subject"}:
        return f"{doc.name}: no stops of {subject}: {mentions}, none in a sentence about {subject}"
    reason, n = reasons.most_common(1)[0]
    return (f"{doc.name}: no stops of {subject}: {mentions}, none a dated stop "
            f"(most often: {reason}, {n}×; `python -m places extract --explain` lists them all)")


_BEFORE_COMMON_ERA = re.compile(r"\b\d{1,4}(?:\s*(?:st|nd|rd|th)\s+century)?\s*(?:B\.\s?C\.(?:\s?E\.)?|BCE?\b)"
                                r"|\b\d{1,4}\s+before\s+(?:Christ|the\s+(?:common|Christian)\s+era)\b")


def date_warnings(doc: Document, stops: list[RawStop], this_year: int | None = None) -> list[str]:
    """Dates the map cannot show truly: years before the common era (unless the year reader supports them),
    and stops dated after this year, which are mapped as written but are likely a mistake.

    >>> date_warnings(Document("caesar.txt", "He crossed the Rubicon in 49 BC.", ""), [])
    []
    >>> date_warnings(Document("solon.txt", "Solon lived in the 6th century BC.", ""), [])
    ['solon.txt: years before the common era ("6th century BC") are not supported yet; events dated so are not mapped']
    """
    warnings = []
    bce = _BEFORE_COMMON_ERA.search(doc.text)
    if bce and not any(span.start <= 0 for span in with_era_years(bce.group(), years_in(bce.group()))):
        warnings.append(f"{doc.name}: years before the common era (\"{' '.join(bce.group().split())}\") are not "
                        "supported yet; events dated so are not mapped")
    this_year = this_year or date.today().year
    future = sorted({y for s in stops for y in (s.start, s.end) if y > this_year})
    if future:
        n = sum(1 for s in stops if s.end > this_year)
        span = f"{future[0]}–{future[-1]}" if len(future) > 1 else str(future[0])
        warnings.append(f"{doc.name}: {n} stop{'s' if n != 1 else ''} dated in the future ({span}), mapped as "
                        "written; check the document's dates")
    return warnings


def extract_explained(extractor: Extractor, doc: Document, subject: str, notes: list[str]) -> list[RawStop]:
    """The document's stops; when there are none, a note saying why goes to ``notes``, and so does a date the
    map cannot show truly (:func:`date_warnings`)."""
    log: list[tuple[str, str, str]] = []
    stops = extractor.extract(doc, subject, explain=log)
    if not stops:
        notes.append(why_no_stops(doc, subject, log))
    notes.extend(date_warnings(doc, stops))
    return stops


def read_documents(paths: Iterable[str | Path]) -> tuple[list[Document], list[str]]:
    """All readable documents in memory (for small inputs), and the messages for the others."""
    skipped: list[str] = []
    docs = list(iter_readable(paths, skipped))
    return docs, skipped


def extract_documents(docs: list[Document], subject: str | None = None,
                      extractor: Extractor | None = None) -> ExtractionResult:
    extractor = extractor or Extractor()
    subject = subject or infer_subject(docs, extractor.is_place)  # (a town named most is nobody's life)
    result = ExtractionResult(subject, [source_of(d) for d in docs], [])
    for doc in docs:
        result.stops.extend(extract_explained(extractor, doc, subject, result.notes))
    return result


def build(paths: Iterable[str | Path], subject: str | None = None,
          curation: str | Path | None = DEFAULT_CURATION) -> tuple[Itinerary, ExtractionResult]:
    """Extract, merge and (when a curation file is given and exists) curate, streaming the documents.

    Without a subject, a first pass over the files infers it; then each document is read, extracted
    and let go, so memory holds the stops, not the corpus.
    """
    paths = list(paths)
    extractor = Extractor()
    subject = subject or infer_subject(iter_readable(paths, []), extractor.is_place)
    result = ExtractionResult(subject, [], [])
    for doc in iter_readable(paths, result.skipped):
        result.sources.append(source_of(doc))
        result.stops.extend(extract_explained(extractor, doc, subject, result.notes))
    itinerary = build_itinerary(subject, result.sources, result.stops)
    if curation is not None and Path(curation).exists() and curation_subject(curation) == itinerary.subject:
        itinerary, result.curation = apply_curation(itinerary, load_curation(curation))
        itinerary = replace(itinerary, stops=tuple(settle_after_review(list(itinerary.stops))))
        described = source_descriptions(curation)
        itinerary = replace(itinerary, sources=tuple(replace(s, title=described.get(s.doc, s.title))
                                                     for s in itinerary.sources))
    return itinerary, result


MAX_UPLOAD_FILE_BYTES = 2 * 1024 * 1024
MAX_UPLOAD_TOTAL_BYTES = 8 * 1024 * 1024
MAX_UPLOAD_FILES = 20


@dataclass
class UploadResult:
    itinerary: Itinerary | None
    messages: list[str]  # one line per problem or notice, for the person who uploaded
    complete: bool = True  # False when the build stopped early (time, cancelled, failed): not worth caching


UPLOAD_BUDGET = BuildBudget()
NO_DOCUMENTS_YET = ("No documents have arrived yet. A file still uploading is not listed under the box: wait until "
                    "it is, then press Build the map again.")


def stopped_message(stopped: str, budget: BuildBudget | None, done: list[Document], rest: list[Document]) -> str:
    """One line saying why a build ended early, what it kept and what it did not read."""
    unread = ", ".join(d.name for d in rest)
    if stopped == "time":
        seconds = f"{budget.seconds:g} s" if budget is not None else "its time"
        return (f"Stopped at the time budget ({seconds}): {len(done)} of {len(done) + len(rest)} documents read; "
                f"not finished: {unread}. Upload fewer or shorter documents to map them all.")
    return f"The build stopped ({stopped.removeprefix('failed: ')}); not finished: {unread}."


def build_from_uploads(files: list[tuple[str, bytes]], subject: str | None = None,
                       extractor: Extractor | None = None, progress=None, *,
                       budget: BuildBudget | None = UPLOAD_BUDGET, cancelled=None,
                       isolate: bool = False) -> UploadResult:
    """An itinerary from uploaded files, within limits; every refused file is named with its reason.

    ``progress(done, total, name)`` is called per document, so a caller can show progress. ``budget``
    bounds the work (characters of text, checked before each document) and the time (checked between
    documents, or enforced by killing the extracting process when ``isolate``); ``cancelled()``, polled
    while it runs, stops it early: a web app passes "the visitor has gone".
    """
    result = _build_from_uploads(files, subject, extractor, progress, budget, cancelled, isolate)
    # File names and quotes in messages come from the visitor: controls and bidi overrides are shown, not obeyed.
    return UploadResult(result.itinerary, [visible(m) for m in result.messages], result.complete)


def _build_from_uploads(files, subject, extractor, progress, budget, cancelled, isolate) -> UploadResult:
    messages: list[str] = []
    if len(files) > MAX_UPLOAD_FILES:
        messages.append(f"Only the first {MAX_UPLOAD_FILES} files were read ({len(files)} uploaded).")
        files = files[:MAX_UPLOAD_FILES]
    docs, total, characters = [], 0, 0
    for name, data in files:
        if len(data) > MAX_UPLOAD_FILE_BYTES:
            messages.append(f"{name}: too large ({len(data):,} bytes; the limit per file is "
                            f"{MAX_UPLOAD_FILE_BYTES:,})")
            continue
        if total + len(data) > MAX_UPLOAD_TOTAL_BYTES:
            messages.append(f"{name}: skipped, the documents together exceed {MAX_UPLOAD_TOTAL_BYTES:,} bytes")
            continue
        try:
            doc = decode_document(name, data)
        except DocumentError as exc:
            messages.append(str(exc))
            continue
        if any(d.sha256 == doc.sha256 for d in docs):
            messages.append(f"{name}: same content as another document, read once")
            continue
        if budget is not None and characters + len(doc.text) > budget.characters:
            messages.append(f"{name}: not read, the build's work budget ({budget.characters:,} characters of text) "
                            f"is spent by the documents before it")
            continue
        if doc.encoding != "utf-8":
            messages.append(f"{name}: read as {doc.encoding}")
        total += len(data)
        characters += len(doc.text)
        docs.append(doc)
    if not docs:
        messages.append("No readable documents: nothing to map.")
        return UploadResult(None, messages)
    extractor = extractor or Extractor()
    subject = (subject or "").strip()[:120] or infer_subject(docs, extractor.is_place)
    if not subject:
        messages.append("Could not tell whose life this is: type the subject's name.")
        return UploadResult(None, messages)
    run = extract_within(docs, subject, extractor, budget, progress, cancelled, isolate)
    if run.stopped == "cancelled":
        return UploadResult(None, [*messages, "The build was cancelled."], complete=False)
    finished = [docs[o.index] for o in run.outcomes]
    for outcome in run.outcomes:
        messages.extend(outcome.notes)
    if run.stopped is not None:
        messages.append(stopped_message(run.stopped, budget, finished, docs[len(finished):]))
    if not finished:
        return UploadResult(None, messages, complete=run.stopped is None)
    itinerary = build_itinerary(subject, [source_of(d) for d in finished],
                                [s for o in run.outcomes for s in o.stops])
    if not itinerary.stops:
        messages.append(f"No stops of {subject} could be placed on the map.")
    return UploadResult(itinerary, messages, complete=run.stopped is None)


UPLOAD_RESULTS = BoundedCache(max_entries=16, max_bytes=64 * 2**20)


def build_from_uploads_cached(files: list[tuple[str, bytes]], subject: str | None = None,
                              extractor: Extractor | None = None, cache: BoundedCache = UPLOAD_RESULTS,
                              **options) -> UploadResult:
    """:func:`build_from_uploads`, remembered by the files' names and bytes and the subject in a bounded cache
    (only someone uploading the same bytes gets this result); builds that stopped early are not kept."""
    key = hashlib.sha256(repr(subject or "").encode())
    for name, data in files:
        key.update(hashlib.sha256(name.encode("utf-8", "surrogatepass")).digest() + hashlib.sha256(data).digest())
    hit = cache.get(key.hexdigest())
    if hit is not None:
        return UploadResult(hit.itinerary, list(hit.messages), hit.complete)
    result = build_from_uploads(files, subject, extractor, **options)
    if result.complete:
        cache.put(key.hexdigest(), result, len(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)))
    return result
