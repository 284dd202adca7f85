"""Kinds and end years of the corpus route, against a careful reading: `python bench/route.py [--json]`.

The route is the uncurated build of the bundled corpus (``../shared/corpus``, read-only), so curation cannot
hide what the extractor does. The careful reading is the hand-made gold of each corpus document
(``bench/gold/*.json``): a built stop is judged when some gold stop lies within 50 km and overlaps its years
(one year of slack). For each judged stop:

- **kind**: the exile family (exile, deportation, emigration, internment) agrees with the gold's — a year
  abroad after an expulsion is exile, not residence; otherwise any kind agrees (the documents themselves
  call the same stay residence, political work or travel);
- **end**: the built end year is within one year of a matching gold stop's end (a visit of weeks must not
  become a twelve-year residence).

Stops no gold judges (a place the golds leave out) are counted apart, never as agreement.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from places.evaluate import GoldStop, gold_stops  # noqa: E402
from places.gazetteer import Gazetteer, haversine_km  # noqa: E402
from places.pipeline import build  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
GOLD = ROOT / "bench" / "gold"
EXILE_FAMILY = {"exile", "deportation", "emigration", "internment"}
KM, SLACK = 50.0, 1


def judge(stops, gold: list[GoldStop]) -> dict:
    judged = kind_ok = end_ok = both = 0
    unjudged, disagreements = [], []
    for stop in stops:
        matches = [g for g in gold if haversine_km(stop.place.lat, stop.place.lon, g.lat, g.lon) <= KM
                   and stop.start <= g.end + SLACK and g.start <= stop.end + SLACK]
        if not matches:
            unjudged.append(f"{stop.place.name} {stop.start}-{stop.end}")
            continue
        judged += 1
        kind = any((stop.kind in EXILE_FAMILY) == (g.kind in EXILE_FAMILY) for g in matches)
        end = any(abs(stop.end - g.end) <= SLACK for g in matches)
        kind_ok += kind
        end_ok += end
        both += kind and end
        if not (kind and end):
            disagreements.append(f"{stop.place.name} {stop.start}-{stop.end} {stop.kind}: gold "
                                 + ", ".join(sorted({f'{g.start}-{g.end} {g.kind}' for g in matches})))
    return {"stops": len(stops), "judged": judged, "kind_agrees": kind_ok, "end_agrees": end_ok, "both": both,
            "unjudged": unjudged, "disagreements": disagreements}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}: nothing to measure", file=sys.stderr)
        return 2
    gazetteer = Gazetteer()
    gold = [g for path in sorted(GOLD.glob("*.json")) for g in gold_stops(json.loads(path.read_text())["stops"],
                                                                           gazetteer)]
    itinerary, _ = build([CORPUS], curation=None)
    result = judge(itinerary.stops, gold)
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    n = max(1, result["judged"])
    print(f"uncurated corpus route: {result['stops']} stops, {result['judged']} judged by the gold")
    print(f"  exile family agrees: {result['kind_agrees']}/{result['judged']} ({result['kind_agrees'] / n:.0%})")
    print(f"  end year agrees:     {result['end_agrees']}/{result['judged']} ({result['end_agrees'] / n:.0%})")
    print(f"  both:                {result['both']}/{result['judged']} ({result['both'] / n:.0%})")
    for line in result["disagreements"]:
        print(f"  disagrees: {line}")
    print(f"  not judged (no gold stop there then): {', '.join(result['unjudged']) or '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
