"""Merging per-document stops into one itinerary, and the itinerary's JSON contract.

``write_itinerary`` is the only writer of the file the app loads; ``load_itinerary``
the only reader. Documents that disagree on a year are not averaged: the stop
keeps each alternative with the documents behind it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from statistics import median

from places.errors import ItineraryError
from places.extract import RawStop
from places.gazetteer import haversine_km
from places.model import KINDS, Evidence, Itinerary, Place, Source, Stop

VERSION = 1
DWELLING_KINDS = {"birth", "childhood", "education", "prison", "exile", "emigration", "internment", "residence",
                  "government", "political_work", "military"}
MAX_DWELL_FILL = 12
MIN_CONFIDENCE = 0.6
KIND_WEIGHT = {"birth": 1.5, "death": 1.5, "exile": 1.4, "deportation": 1.2, "internment": 1.3, "prison": 1.2,
               "escape": 1.2, "education": 1.1}
AREA_KINDS = ("region", "country")


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "place"


def lifetime(raw: Iterable[RawStop]) -> tuple[int | None, int | None]:
    """Birth and death years as most documents state them (None where none does)."""
    raw = list(raw)
    births = Counter(s.start for s in raw if s.kind == "birth")
    deaths = Counter(s.start for s in raw if s.kind == "death")
    pick = (lambda c: max(c.items(), key=lambda kv: (kv[1], -kv[0]))[0] if c else None)
    return pick(births), pick(deaths)


def _cluster(stops: list[RawStop]) -> list[list[RawStop]]:
    """Stops at one place whose years touch (one year of slack) form one visit."""
    clusters: list[list[RawStop]] = []
    last_end = 0  # the latest end in the open cluster, kept as it grows (never rescanned)
    for s in sorted(stops, key=lambda s: (s.start, s.end)):
        if clusters and s.start <= last_end + 1:
            clusters[-1].append(s)
            last_end = max(last_end, s.end)
        else:
            clusters.append([s])
            last_end = s.end
    return clusters


def _merge_visit(visit: list[RawStop]) -> tuple[Stop, float]:
    place = visit[0].place
    by_doc: dict[str, int] = {}
    for s in visit:
        by_doc[s.doc] = min(by_doc.get(s.doc, s.start), s.start)
    support = Counter(by_doc.values())
    start = max(support.items(), key=lambda kv: (kv[1], -kv[0]))[0]
    alternatives: tuple[dict, ...] = ()
    if len(support) > 1:
        alternatives = tuple(
            {"start": year, "docs": sorted(d for d, y in by_doc.items() if y == year)} for year in sorted(support)
        )
    votes: Counter[str] = Counter()
    for s in visit:
        votes[s.kind] += s.confidence * KIND_WEIGHT.get(s.kind, 1.0)
    kind = votes.most_common(1)[0][0]
    end = max(start, max(s.end for s in visit))
    evidence = sorted({(s.evidence.doc, s.evidence.offset): s.evidence for s in visit}.values(),
                      key=lambda e: (e.doc, e.offset))
    confidence = min(1.0, max(s.confidence for s in visit) + 0.1 * (len(by_doc) - 1))
    stop = Stop(id="", place=place, start=start, end=end, kind=kind, evidence=tuple(evidence),
                confidence=round(confidence, 2), alternatives=alternatives)
    return stop, median(s.position for s in visit)


def merge_stops(raw: Iterable[RawStop], min_confidence: float = MIN_CONFIDENCE) -> list[Stop]:
    """One stop per place and period, ordered by time and then by narrative position."""
    raw = list(raw)
    born, died = lifetime(raw)
    kept = [s for s in raw if (born is None or s.start >= born) and (died is None or s.start <= died)]
    by_place: dict[str, list[RawStop]] = defaultdict(list)
    for s in kept:
        by_place[s.place.id].append(s)
    merged = [_merge_visit(v) for stops in by_place.values() for v in _cluster(stops)]
    merged = [(s, pos) for s, pos in merged if s.confidence >= min_confidence]
    merged = _single_birth_and_death(merged)
    merged = _drop_covered_areas(merged)
    merged = _fold_weak_districts(merged)
    merged.sort(key=lambda sp: (sp[0].start, sp[1]))
    stops = [s for s, _ in merged]
    stops = _fill_dwelling(stops, died)
    ids: Counter[str] = Counter()
    result = []
    for s in stops:
        base = f"{slug(s.place.name)}-{s.start}"
        ids[base] += 1
        sid = base if ids[base] == 1 else f"{base}-{ids[base]}"
        result.append(Stop(sid, s.place, s.start, s.end, s.kind, s.evidence, s.confidence, s.alternatives))
    return result


def _docs(stop: Stop) -> int:
    return len({e.doc for e in stop.evidence})


def _single_birth_and_death(merged: list[tuple[Stop, float]]) -> list[tuple[Stop, float]]:
    """One birthplace and one place of death: the settlement most documents name.

    "Born in Yanovka, near Yelizavetgrad, Kherson Governorate" names three
    places for one birth; the others stay out rather than becoming stops.
    """
    out = list(merged)
    for kind in ("birth", "death"):
        candidates = [sp for sp in out if sp[0].kind == kind]
        if len(candidates) > 1:
            best = max(candidates, key=lambda sp: (sp[0].place.kind not in AREA_KINDS, _docs(sp[0]),
                                                   sp[0].confidence, -sp[0].start))
            out = [sp for sp in out if sp[0].kind != kind or sp is best]
    return out


def _drop_covered_areas(merged: list[tuple[Stop, float]]) -> list[tuple[Stop, float]]:
    """A country or region adds nothing when a place inside it is a stop at the same time.

    "He reached Russia" in 1917 is already drawn by Petrograd 1917; "exiled to
    Siberia" stays when no Siberian town of those years is known. Countries
    cover their own towns; regions the towns within their reach (``Place.reach_km``).
    The years must overlap: Switzerland 1914 is a stay of its own when the next
    Swiss town is Zimmerwald 1915.
    """
    settlements = [s for s, _ in merged if s.place.kind not in AREA_KINDS]

    def covered(area: Stop) -> bool:
        for s in settlements:
            overlaps = s.start <= area.end and area.start <= s.end
            if area.place.kind == "country":
                inside = area.place.country == s.place.country
            else:
                inside = haversine_km(area.place.lat, area.place.lon, s.place.lat, s.place.lon) <= area.place.reach_km
            if overlaps and inside:
                return True
        return False
    return [(s, pos) for s, pos in merged if s.place.kind not in AREA_KINDS or not covered(s)]


DISTRICT_REACH_KM = 15.0


def _fold_weak_districts(merged: list[tuple[Stop, float]]) -> list[tuple[Stop, float]]:
    """A district with less evidence than its city at the same time joins the city's stop.

    "A house near King's Cross" (one quote) and London 1902 (five) are one stop in London; Coyoacán, with
    more evidence than a passing "Mexico City", keeps its own.
    """
    out = list(merged)
    for district in [s for s, _ in merged if s.place.kind == "district"]:
        d = district
        hosts = [(s, p) for s, p in out if s.place.kind == "settlement" and s.start <= d.end + 1
                 and d.start <= s.end + 1 and len(s.evidence) > len(d.evidence)
                 and haversine_km(s.place.lat, s.place.lon, d.place.lat, d.place.lon) <= DISTRICT_REACH_KM]
        if not hosts:
            continue
        host, host_pos = max(hosts, key=lambda sp: len(sp[0].evidence))
        evidence = tuple(sorted({(e.doc, e.offset): e for e in host.evidence + district.evidence}.values(),
                                key=lambda e: (e.doc, e.offset)))
        joined = Stop(host.id, host.place, min(host.start, district.start), max(host.end, district.end), host.kind,
                      evidence, max(host.confidence, district.confidence), host.alternatives)
        out = [(joined, host_pos) if s is host else (s, p) for s, p in out if s is not district]
    return out


def _fill_dwelling(stops: list[Stop], died: int | None) -> list[Stop]:
    """A place he lived in lasts until the next place starts (at most MAX_DWELL_FILL years)."""
    out = []
    starts = [n.start for n in stops]  # sorted: the next place is found by bisection, not by a rescan
    for s in stops:
        end = s.end
        if s.kind in DWELLING_KINDS:
            j = bisect_left(starts, max(s.start + 1, s.end))
            while j < len(stops) and stops[j].place.id == s.place.id:
                j += 1
            later = [stops[j].start] if j < len(stops) else []
            if later:
                end = max(end, min(min(later), s.start + MAX_DWELL_FILL))
            elif died is not None:
                end = max(end, min(died, s.start + MAX_DWELL_FILL))
        out.append(Stop(s.id, s.place, s.start, end, s.kind, s.evidence, s.confidence, s.alternatives))
    return out


def build_itinerary(subject: str, sources: Iterable[Source], raw: Iterable[RawStop]) -> Itinerary:
    return Itinerary(subject=subject, sources=tuple(sources), stops=tuple(merge_stops(raw)))


def stop_to_dict(stop: Stop) -> dict:
    d = {
        "id": stop.id, "place": stop.place.name, "modern_name": stop.place.modern_name or stop.place.name,
        "country": stop.place.country, "lat": round(stop.place.lat, 4), "lon": round(stop.place.lon, 4),
        "start": stop.start, "end": stop.end, "kind": stop.kind, "confidence": stop.confidence,
        "place_id": stop.place.id, "place_kind": stop.place.kind,
        "evidence": [{"doc": e.doc, "offset": e.offset, "quote": e.quote} for e in stop.evidence],
    }
    if stop.alternatives:
        d["alternatives"] = [dict(a) for a in stop.alternatives]
    if stop.curation:
        d["curation"] = dict(stop.curation)
    return d


def itinerary_to_dict(itinerary: Itinerary) -> dict:
    return {
        "version": itinerary.version, "subject": itinerary.subject,
        "sources": [{"doc": s.doc, "sha256": s.sha256, "title": s.title} for s in itinerary.sources],
        "stops": [stop_to_dict(s) for s in itinerary.stops],
        **({"meta": itinerary.meta} if itinerary.meta else {}),
    }


def write_itinerary(itinerary: Itinerary, path: str | Path) -> None:
    """The one writer of itinerary files: stable key order, UTF-8, trailing newline."""
    Path(path).write_text(json.dumps(itinerary_to_dict(itinerary), ensure_ascii=False, indent=1) + "\n",
                          encoding="utf-8")


def itinerary_from_dict(data: dict) -> Itinerary:
    """Parse and check an itinerary; a file that breaks the contract is refused with the reason."""
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise ItineraryError(f"not an itinerary of version {VERSION}")
    try:
        sources = tuple(Source(s["doc"], s.get("sha256", ""), s.get("title", "")) for s in data["sources"])
        stops = []
        for s in data["stops"]:
            if s["kind"] not in KINDS:
                raise ItineraryError(f"stop {s.get('id')!r}: unknown kind {s['kind']!r}")
            place = Place(id=s.get("place_id", s["id"]), name=s["place"], lat=float(s["lat"]), lon=float(s["lon"]),
                          kind=s.get("place_kind", "settlement"), country=s.get("country", ""),
                          modern_name=s.get("modern_name", ""))
            evidence = tuple(Evidence(e["doc"], int(e["offset"]), e["quote"]) for e in s["evidence"])
            stops.append(Stop(s["id"], place, int(s["start"]), int(s["end"]), s["kind"], evidence,
                              float(s.get("confidence", 0.5)), tuple(s.get("alternatives", ())),
                              s.get("curation")))
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, ItineraryError):
            raise
        raise ItineraryError(f"malformed itinerary: {exc!r}") from None
    return Itinerary(subject=str(data.get("subject", "")), sources=sources, stops=tuple(stops),
                     meta=data.get("meta") or {})


def load_itinerary(path: str | Path) -> Itinerary:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ItineraryError(f"cannot read itinerary {path}: {exc}") from None
    return itinerary_from_dict(data)
