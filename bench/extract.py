"""Extraction quality against hand-made gold, per document: `python bench/extract.py [--json]`.

Gold lives in bench/gold/<doc>.json (the corpus, read from ../shared/corpus),
bench/bios/gold.json (two short biographies of other people, written for this)
and bench/heldout*/gold.json (pairs written with their gold by sessions that never
saw the extractor; each folder's README says when it was measured blind).
Each document is extracted alone (`places extract`), its stops merged within
the document as the map does (same place and period once, confidence >= 0.6, a
country or region dropped while a town inside it is a stop at the same time),
and both sides put in the same normal form (one stop per place and period),
then matched one-to-one against the gold: within 50 km, and for dated scores
year ranges overlapping with one year of slack. The dated scores are the
headline; the place-only scores ignore years, and the raw-row scores take every
row `extract` prints, before any merging or threshold (lower precision:
duplicates at other years, low-confidence rows). Also times extraction of the
whole corpus once the gazetteer is loaded.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from places.corpus import read_document  # noqa: E402
from places.evaluate import GoldStop, Score, gold_stops, match, merge_gold  # noqa: E402
from places.extract import Extractor  # noqa: E402
from places.gazetteer import Gazetteer  # noqa: E402
from places.itinerary import merge_stops  # noqa: E402
from places.subject import infer_subject  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
GOLD = ROOT / "bench" / "gold"
BIOS = ROOT / "bench" / "bios"
# bench/heldout*/: written with gold by helper sessions that never saw the code; each README says when it
# was measured blind and whether its misses have been read since (then it is development data).
HELDOUTS = sorted(p for p in (ROOT / "bench").glob("heldout*") if p.is_dir())


def cases() -> list[tuple[Path, str, list[dict], str]]:
    """(document, subject, gold stops, document form) for every gold file."""
    found = []
    for gold_file in sorted(GOLD.glob("*.json")):
        data = json.loads(gold_file.read_text(encoding="utf-8"))
        found.append((CORPUS / data["doc"], data["subject"], data["stops"], data.get("form", "")))
    for folder in (BIOS, *HELDOUTS):
        gold = folder / "gold.json"
        if gold.exists():
            for name, data in json.loads(gold.read_text(encoding="utf-8")).items():
                found.append((folder / name, data["subject"], data["stops"], data.get("form", "")))
    return found


def normal_form(stops) -> list[tuple[float, float, int, int]]:
    """The gold's normal form for predicted stops or rows: one per place and period (touching years merge)."""
    return [(g.lat, g.lon, g.start, g.end) for g in merge_gold(
        [GoldStop(s.place.name, s.place.lat, s.place.lon, s.start, s.end, s.kind) for s in stops])]


def evaluate(extractor: Extractor, gazetteer: Gazetteer, path: Path, subject: str, rows: list[dict],
             form: str = "", infer: bool = False) -> dict:
    doc = read_document(path)
    if infer:  # as a user who uploads the document and names nobody: the subject is inferred from it alone
        subject = infer_subject([doc], extractor.is_place)
    raw = extractor.extract(doc, subject)
    predicted = normal_form(merge_stops(raw))
    gold = merge_gold(gold_stops(rows, gazetteer))
    # The raw rows of `places extract`, before any merging and confidence threshold.
    raw_score, _, _ = match(normal_form(raw), gold, dated=True)
    place_score, _, _ = match(predicted, gold, dated=False)
    dated_score, extra, missed = match(predicted, gold, dated=True)
    return {
        "doc": path.name, "form": form, "set": path.parent.name, "subject": subject,
        "places": place_score, "dated": dated_score, "raw": raw_score,
        "extra": [f"{predicted[i][2]}-{predicted[i][3]} at {predicted[i][0]:.1f},{predicted[i][1]:.1f}" for i in extra],
        "missed": [f"{gold[i].place} {gold[i].start}-{gold[i].end}" for i in missed],
    }


def row(name: str, s: Score) -> str:
    counts = f"({s.tp}/{s.predicted} predicted, {s.gold} gold)"
    return f"{name:<28} {s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f}   {counts}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--verbose", action="store_true", help="list extra and missed stops")
    parser.add_argument("--infer-subject", action="store_true",
                        help="infer each document's subject from the document alone instead of the gold's")
    args = parser.parse_args()
    gazetteer = Gazetteer()
    extractor = Extractor(gazetteer)
    results = [evaluate(extractor, gazetteer, p, subj, rows, form, args.infer_subject)
               for p, subj, rows, form in cases() if p.exists()]
    corpus_docs = [read_document(p) for p in sorted(CORPUS.glob("*.txt"))]
    started = time.perf_counter()
    for doc in corpus_docs:
        extractor.extract(doc, "Leon Trotsky")
    seconds = time.perf_counter() - started
    size = sum(len(d.text.encode()) for d in corpus_docs)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if args.json:
        print(json.dumps({"results": [{**r, "places": vars(r["places"]), "dated": vars(r["dated"]),
                                       "raw": vars(r["raw"])} for r in results],
                          "corpus_seconds": seconds, "corpus_bytes": size, "peak_mb": peak_mb}, indent=1))
        return 0
    print(f"{'dated stops':<28} {'prec':>6} {'rec':>6} {'F1':>6}   {'':<28} set, form")
    for r in results:
        print(f"{row(r['doc'], r['dated']):<78} {r['set']}, {r['form']}")
    print(f"\n{'stops (place only)':<28} {'prec':>6} {'rec':>6} {'F1':>6}")
    for r in results:
        print(row(r["doc"], r["places"]))
    print(f"\n{'raw rows, dated':<28} {'prec':>6} {'rec':>6} {'F1':>6}   (every row of `extract`, no threshold)")
    for r in results:
        print(row(r["doc"], r["raw"]))
    if args.verbose:
        for r in results:
            print(f"\n{r['doc']}\n  extra:  {', '.join(r['extra'])}\n  missed: {', '.join(r['missed'])}")
    print(f"\ncorpus extraction: {size / 1e3:.0f} KB in {seconds:.2f} s "
          f"({size / 1e6 / seconds:.2f} MB/s, one core, gazetteer loaded); peak memory {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
