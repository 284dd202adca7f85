"""Bounds on one build of someone's documents: time, work and memory, enforced while it runs.

An upload is untrusted. Its size is limited at the door, but what holds a server core is the work it
causes, and a visitor who leaves should not leave a core busy behind them. So a build has a budget
(:class:`BuildBudget`): characters of text to extract, counted before each document starts; seconds,
enforced by running the extraction in a child process that is killed at the deadline, or as soon as
``cancelled()`` says nobody is waiting; and memory, an address-space limit on that child. The child's
memory goes back to the system when it ends, so the server's footprint does not grow with builds.

Documents finished before a stop are kept: a build that runs out of time maps what it has read and
names what it has not.
"""

from __future__ import annotations

import os
import pickle
import queue as queue_module
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from places.extract import Extractor, RawStop
from places.gazetteer import BroadIndex, Gazetteer
from places.model import Document, Place

POLL_SECONDS = 0.25  # how often a waiting build looks at the clock and at ``cancelled()``


@dataclass(frozen=True)
class BuildBudget:
    """What one build may spend. ``seconds`` covers the extraction of all documents, start-up included."""

    seconds: float = 60.0
    characters: int = 4_000_000  # of decoded text; about 8 s of ordinary prose, 40 s of the worst seen
    memory_mb: int = 2048  # address space of the extracting process (isolated builds only)


@dataclass(frozen=True)
class DocumentOutcome:
    """One finished document: its stops, and a note when it gave none."""

    index: int
    stops: tuple[RawStop, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True)
class ExtractionRun:
    """The documents finished, in order, and why the run ended early (``None`` when it did not)."""

    outcomes: tuple[DocumentOutcome, ...]
    stopped: str | None = None  # "time", "cancelled" or "failed: <reason>"


@dataclass(frozen=True)
class ExtractorSpec:
    """How to rebuild an :class:`Extractor` in another process (a live one holds an SQLite connection)."""

    curated: tuple[Place, ...]
    broad: str | bool  # the GeoNames index file, or whether to open the default one
    min_population: int

    @classmethod
    def of(cls, extractor: Extractor) -> ExtractorSpec:
        gazetteer = extractor.gazetteer
        option = getattr(gazetteer, "_broad_option", True)
        broad = str(option.path) if isinstance(option, BroadIndex) else bool(option)
        return cls(tuple(gazetteer.curated.places), broad, getattr(gazetteer, "min_population", 1000))

    def build(self) -> Extractor:
        broad = BroadIndex(self.broad) if isinstance(self.broad, str) else self.broad
        return Extractor(Gazetteer(curated=self.curated, broad=broad, min_population=self.min_population))


def _outcome(extractor: Extractor, index: int, doc: Document, subject: str) -> DocumentOutcome:
    from places.pipeline import extract_explained  # the pipeline imports this module

    notes: list[str] = []
    stops = extract_explained(extractor, doc, subject, notes)
    return DocumentOutcome(index, tuple(stops), tuple(notes))


_WARM_UP = "Anna Petrova was born in Odessa in 1847. In 1870 she moved to Vienna, in Austria, and met Lenin."


def _warm_up(extractor: Extractor) -> None:
    """One short extraction before the memory bound, so everything the extraction loads on first use is loaded."""
    extractor.extract(Document("warm-up", _WARM_UP, "", ""), "Anna Petrova")


def _limit_memory(megabytes: int) -> None:
    try:
        import resource

        limit = megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):  # not on this platform, or already lower
        pass


def _child() -> None:
    """The extracting process (``python -m places.budget``): reads its job as one pickle on stdin, writes one
    pickle per finished document on stdout, then ``None``; a failure is written as a one-line string."""
    job = pickle.load(sys.stdin.buffer)
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not corrupt the stream of results
    bounded = False
    try:
        extractor = job["spec"].build()
        # The bound is on the documents' work, set once the code is loaded and has run once (modules imported
        # on first use, such as pycountry's tables, load now): a compiler or an import out of memory reports a
        # SyntaxError or an ImportError, never the documents' size.
        _warm_up(extractor)
        _limit_memory(job["memory_mb"])
        bounded = True
        for i, doc in enumerate(job["docs"]):
            pickle.dump(_outcome(extractor, i, doc, job["subject"]), out)
            out.flush()
        pickle.dump(None, out)
    except MemoryError:
        pickle.dump("failed: the documents need more memory than a build may use", out)
    except (SyntaxError, ImportError):
        # (under the bound, only a module left to load can fail so: it ran out of memory loading)
        pickle.dump("failed: the documents need more memory than a build may use" if bounded
                    else "failed: the build could not load its code", out)
    except Exception as exc:  # reported to the parent as a message, never a traceback on the page
        pickle.dump(f"failed: {type(exc).__name__}", out)
    out.flush()


def _start_child(job: dict) -> subprocess.Popen:
    """A fresh interpreter (never a fork of a threaded server), importing ``places`` from where we did."""
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    child = subprocess.Popen([sys.executable, "-m", "places.budget"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             env=env, cwd=root)

    def send() -> None:  # in a thread: the caller keeps watching the clock while the child starts and reads
        try:
            pickle.dump(job, child.stdin)
            child.stdin.close()
        except (OSError, ValueError):  # it died, or was killed, before reading it all
            pass
    threading.Thread(target=send, daemon=True).start()
    return child


def _read_results(child: subprocess.Popen, results: queue_module.Queue) -> None:
    """Thread: the child's messages into a queue, then an ``EOFError`` when it ends."""
    try:
        while True:
            results.put(pickle.load(child.stdout))
    except Exception:  # EOF, or a message cut short by a kill
        results.put(EOFError())


def extract_within(docs: list[Document], subject: str, extractor: Extractor, budget: BuildBudget | None = None,
                   progress: Callable[[int, int, str], None] | None = None,
                   cancelled: Callable[[], bool] | None = None, isolate: bool = False) -> ExtractionRun:
    """Extract each document, stopping at the budget's deadline or when ``cancelled()`` turns true.

    ``progress(done, total, name)`` is called when a document is finished (``name``), and again every
    :data:`POLL_SECONDS` while an isolated build waits, so a caller can show it is alive (and a web app
    can notice there, by an exception, that its visitor has gone). In-process builds check the clock
    between documents only; ``isolate=True`` runs them in a child process killed at the deadline.
    """
    deadline = time.monotonic() + (budget.seconds if budget is not None else float("inf"))
    if isolate:
        return _extract_isolated(docs, subject, extractor, budget or BuildBudget(float("inf")), deadline, progress,
                                 cancelled)
    outcomes = []
    for i, doc in enumerate(docs):
        if time.monotonic() >= deadline:
            return ExtractionRun(tuple(outcomes), "time")
        if cancelled is not None and cancelled():
            return ExtractionRun(tuple(outcomes), "cancelled")
        outcomes.append(_outcome(extractor, i, doc, subject))
        if progress is not None:
            progress(i + 1, len(docs), doc.name)
    return ExtractionRun(tuple(outcomes))


def _extract_isolated(docs, subject, extractor, budget, deadline, progress, cancelled) -> ExtractionRun:
    child = _start_child({"spec": ExtractorSpec.of(extractor), "docs": docs, "subject": subject,
                          "memory_mb": budget.memory_mb})
    results: queue_module.Queue = queue_module.Queue()
    threading.Thread(target=_read_results, args=(child, results), daemon=True).start()
    outcomes: list[DocumentOutcome] = []
    stopped: str | None = None
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                stopped = "time"
                break
            if cancelled is not None and cancelled():
                stopped = "cancelled"
                break
            try:
                item = results.get(timeout=min(POLL_SECONDS, remaining))
            except queue_module.Empty:
                if progress is not None:
                    progress(len(outcomes), len(docs), docs[len(outcomes) - 1].name if outcomes else "")
                continue
            if item is None:
                break
            if isinstance(item, EOFError):
                stopped = "failed: the extracting process ended unexpectedly"
                break
            if isinstance(item, str):
                stopped = item
                break
            outcomes.append(item)
            if progress is not None:
                progress(len(outcomes), len(docs), docs[item.index].name)
    finally:  # on every way out, a visitor gone (an exception from ``progress``) included
        if child.poll() is None:
            child.kill()
        child.wait(timeout=10)
        child.stdout.close()
    return ExtractionRun(tuple(outcomes), stopped)


if __name__ == "__main__":  # run as places.budget, so what it pickles names that module, not __main__
    from places.budget import _child as child

    child()
