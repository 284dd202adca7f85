"""``python -m places``: build an itinerary, extract raw stops, geocode names.

The CLI only parses arguments, calls the library and prints; every failure a
user can cause ends with a one-line message on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from places.controls import visible
from places.curation import DEFAULT_CURATION
from places.errors import PlacesError


def terminal_safe(text: str) -> str:
    """``text`` as a terminal may show it: controls, ANSI escapes and bidi overrides as visible escapes."""
    return visible(text)


_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def json_safe(text: str) -> str:
    """JSON text (whose strings already escape C0 controls) with the other unsafe characters as ``\\uXXXX``
    escapes: the same JSON value, nothing raw."""
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def say(message: str) -> None:
    """One line on stderr, safe for a terminal."""
    print(terminal_safe(message), file=sys.stderr)


def _cmd_build(args: argparse.Namespace) -> int:
    from places.itinerary import write_itinerary
    from places.pipeline import build

    curation = None if args.no_curation else args.curation
    itinerary, result = build(args.paths, args.subject, curation)
    for message in result.skipped:
        say(f"skipped: {message}")
    for message in result.notes:
        say(f"note: {message}")
    if result.curation is not None:
        say(result.curation.summary())
    if not result.sources:
        raise PlacesError("no readable documents")
    out = Path(args.output)
    write_itinerary(itinerary, out)
    say(f"wrote {out}: {len(itinerary.stops)} stops from {len(result.sources)} documents "
        f"({len(result.stops)} raw stops) about {itinerary.subject}")
    return 0


def _cmd_extract(args: argparse.Namespace) -> int:
    from places.pipeline import extract_documents, read_documents

    docs, skipped = read_documents(args.paths)
    for message in skipped:
        say(f"skipped: {message}")
    if not docs:
        raise PlacesError("no readable documents")
    if args.explain:
        from places.extract import Extractor, infer_subject

        extractor = Extractor()
        subject = args.subject or infer_subject(docs, extractor.is_place)
        for doc in docs:
            log: list[tuple[str, str, str]] = []
            extractor.extract(doc, subject, explain=log)
            for sentence, surface, verdict in log:
                fields = (doc.name, surface, verdict, " ".join(sentence.split())[:200])
                print("\t".join(map(terminal_safe, fields)))
        return 0
    result = extract_documents(docs, args.subject)
    for message in result.notes:
        say(f"note: {message}")
    stops = [{
        "doc": s.doc, "place": s.place.name, "lat": s.place.lat, "lon": s.place.lon, "start": s.start,
        "end": s.end, "kind": s.kind, "quote": s.evidence.quote, "offset": s.evidence.offset,
        "confidence": s.confidence,
    } for s in result.stops]
    if args.json:
        print(json_safe(json.dumps({"subject": result.subject, "stops": stops}, ensure_ascii=False, indent=1)))
    else:
        for s in stops:
            fields = (s["doc"], f"{s['start']}-{s['end']}", s["kind"], s["place"], str(s["confidence"]))
            print("\t".join(map(terminal_safe, fields)))
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
        say(f"error: {exc}")
        return 2
