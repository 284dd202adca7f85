"""``python -m places``: build an itinerary, extract raw stops, geocode names.

The CLI only parses arguments, calls the library and prints; every failure a
user can cause ends with a one-line message on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from places.curation import DEFAULT_CURATION
from places.errors import PlacesError


def _cmd_build(args: argparse.Namespace) -> int:
    from places.itinerary import write_itinerary
    from places.pipeline import build

    curation = None if args.no_curation else args.curation
    itinerary, result = build(args.paths, args.subject, curation)
    for message in result.skipped:
        print(f"skipped: {message}", file=sys.stderr)
    for message in result.notes:
        print(f"note: {message}", file=sys.stderr)
    if result.curation is not None:
        print(result.curation.summary(), file=sys.stderr)
    if not result.sources:
        raise PlacesError("no readable documents")
    out = Path(args.output)
    write_itinerary(itinerary, out)
    print(f"wrote {out}: {len(itinerary.stops)} stops from {len(result.sources)} documents "
          f"({len(result.stops)} raw stops) about {itinerary.subject}", file=sys.stderr)
    return 0


def _cmd_extract(args: argparse.Namespace) -> int:
    from places.pipeline import extract_documents, read_documents

    docs, skipped = read_documents(args.paths)
    for message in skipped:
        print(f"skipped: {message}", file=sys.stderr)
    if not docs:
        raise PlacesError("no readable documents")
    if args.explain:
        from places.extract import Extractor, infer_subject

        extractor, subject = Extractor(), args.subject or infer_subject(docs)
        for doc in docs:
            log: list[tuple[str, str, str]] = []
            extractor.extract(doc, subject, explain=log)
            for sentence, surface, verdict in log:
                print(f"{doc.name}\t{surface}\t{verdict}\t{' '.join(sentence.split())[:200]}")
        return 0
    result = extract_documents(docs, args.subject)
    for message in result.notes:
        print(f"note: {message}", file=sys.stderr)
    stops = [{
        "doc": s.doc, "place": s.place.name, "lat": s.place.lat, "lon": s.place.lon, "start": s.start,
        "end": s.end, "kind": s.kind, "quote": s.evidence.quote, "offset": s.evidence.offset,
        "confidence": s.confidence,
    } for s in result.stops]
    if args.json:
        json.dump({"subject": result.subject, "stops": stops}, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for s in stops:
            print(f"{s['doc']}\t{s['start']}-{s['end']}\t{s['kind']}\t{s['place']}\t{s['confidence']}")
    return 0


def _near_hint(text: str | None):
    """``--near``: "lat,lon" or a place name (resolved by the gazetteer itself)."""
    if not text:
        return None
    parts = text.split(",")
    if len(parts) == 2:
        try:
            return float(parts[0]), float(parts[1])
        except ValueError:
            pass
    return text


def _cmd_geocode(args: argparse.Namespace) -> int:
    from places.geocode import GazetteerGeocoder, place_to_location

    online = None
    if args.online:
        from places.online import CachedNominatim

        online = CachedNominatim()
    geocoder = GazetteerGeocoder(broad=not args.curated_only, online=online)
    near = _near_hint(args.near)
    if isinstance(near, str) and geocoder.explain(near).place is None:
        raise PlacesError(f"--near {near!r}: {geocoder.explain(near).reason}")
    rows = []
    for name in args.names:
        found = geocoder.explain(name, country=args.country, near=near, year=args.year)
        loc = place_to_location(found.place) if found.place else None
        if loc is None and not found.ranked and online is not None:
            loc = online.geocode(name)
        raw = loc.raw if loc else {}
        rows.append({"query": name, "name": raw.get("name"), "lat": loc.latitude if loc else None,
                     "lon": loc.longitude if loc else None, "kind": raw.get("kind"),
                     "country": raw.get("country"), "source": raw.get("source"), "reason": found.reason})
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for r in rows:
            where = f"{r['lat']:.4f}, {r['lon']:.4f}" if r["name"] else "not found"
            print(f"{r['query']}\t{r['name'] or '-'}\t{where}\t{r['kind'] or ''}\t{r['country'] or ''}\t{r['reason']}")
    return 0


def _cmd_index(args: argparse.Namespace) -> int:
    import time

    from places.gazetteer import load_broad

    started = time.perf_counter()
    index = load_broad(args.min_population)
    count = index.db.execute("SELECT count(*) FROM places").fetchone()[0]
    print(f"broad gazetteer ready: {count:,} places in {index.path} ({time.perf_counter() - started:.1f} s)",
          file=sys.stderr)
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m places", description="Places of a life, from documents to a map.")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="extract, merge and write the itinerary JSON")
    b.add_argument("paths", nargs="+", help="document files or folders of .txt/.md files")
    b.add_argument("-o", "--output", required=True, help="itinerary JSON to write")
    b.add_argument("--subject", help="whose itinerary (default: inferred from the documents)")
    b.add_argument("--curation", default=str(DEFAULT_CURATION),
                   help="curation file of confirmed/corrected/rejected stop ids (default: the bundled one, if present)")
    b.add_argument("--no-curation", action="store_true", help="write the itinerary exactly as extracted")
    b.set_defaults(func=_cmd_build)
    e = sub.add_parser("extract", help="print the raw per-document stops")
    e.add_argument("paths", nargs="+")
    e.add_argument("--json", action="store_true", help="print JSON")
    e.add_argument("--subject")
    e.add_argument("--explain", action="store_true",
                   help="instead of stops, every place mention with why it is or is not a stop")
    e.set_defaults(func=_cmd_extract)
    g = sub.add_parser("geocode", help="resolve place names offline")
    g.add_argument("names", nargs="+")
    g.add_argument("--json", action="store_true")
    g.add_argument("--country", help="prefer places in this country (a name or ISO code)")
    g.add_argument("--near", metavar="PLACE", help="prefer places near this one (a place name or 'lat,lon')")
    g.add_argument("--year", type=int, help="prefer names in use in this year")
    g.add_argument("--curated-only", action="store_true", help="skip the GeoNames layer")
    g.add_argument("--online", action="store_true",
                   help="ask Nominatim (1 request/s, cached on disk) for names the offline gazetteer lacks")
    g.set_defaults(func=_cmd_geocode)
    i = sub.add_parser("index", help="build the broad layers of the gazetteer once (cached)")
    i.add_argument("--min-population", type=int, default=1000, choices=(500, 1000, 5000, 15000))
    i.set_defaults(func=_cmd_index)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except PlacesError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
