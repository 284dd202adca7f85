"""Merging per-document stops into one itinerary, and the itinerary's JSON contract.

``write_itinerary`` is the only writer of the file the app loads; ``load_itinerary``
the only reader. Documents that disagree on a year are not averaged: the stop
keeps each alternative with the documents behind it.
"""

from __future__ import annotations

import heapq
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from statistics import median

from places.dates import TimeSpan, iso_date, parse_iso
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


@dataclass(frozen=True)
class Placed:
    """A merged stop with where each document tells it (0..1): the material of route order."""

    stop: Stop
    positions: dict[str, float]

    @property
    def median(self) -> float:
        return median(self.positions.values())


FINEST = {p: i for i, p in enumerate(("day", "month", "season", "year", "circa", "decade", "century"))}


def _end_precision(date: str, precision: str) -> str:
    """The precision of one end: a season, circa, decade or century covers both ends; else the ISO length says."""
    if precision in ("season", "circa", "decade", "century"):
        return precision
    return {10: "day", 7: "month"}.get(len(date.lstrip("-")), "year")


def _with_dates(stop: Stop, times: list[TimeSpan]) -> Stop:
    """The stop's start and end as precisely as its quotes give them, where they agree with its years.

    The start comes from the finest time that begins in the stop's start year, the end from the finest time
    that ends in its end year; an end known only as a year stays a year.
    """
    starts = [t for t in times if t.first == stop.start]
    ends = [t for t in times if t.last == stop.end]
    start_date = end_date = start_precision = end_precision = ""
    if starts:
        t = min(starts, key=lambda t: (FINEST.get(t.precision, 9), t.start_date))
        start_date, start_precision = t.start_date, _end_precision(t.start_date, t.precision)
    if ends:
        t = min(ends, key=lambda t: (FINEST.get(t.precision, 9), -len(t.end_date)))
        end_date, end_precision = t.end_date, _end_precision(t.end_date, t.precision)
    return replace(stop, start_date=start_date, end_date=end_date, start_precision=start_precision,
                   end_precision=end_precision)


def dates_label(stop: Stop) -> str:
    """How a reader would write the stop's time: "13 January – 27 March 1917", "spring 1929", "1907–1914"."""
    start_date = stop.start_date or iso_date(stop.start)
    end_date = stop.end_date or iso_date(stop.end)
    coarse = max((stop.start_precision or "year", stop.end_precision or "year"), key=lambda p: FINEST.get(p, 3))
    span = TimeSpan(0, 0, stop.start, stop.end, start_date, end_date, coarse, "absolute")
    if coarse == "season" and stop.start_precision != stop.end_precision:
        span = TimeSpan(0, 0, stop.start, stop.end, iso_date(stop.start), iso_date(stop.end), "year", "absolute")
    return span.label()


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
                confidence=round(confidence, 2), alternatives=alternatives, moment=all(s.moment for s in visit))
    # An activity's own span ("his work, 1905, written in Vienna between 1908 and 1909") dates the work, not
    # the stay: it never tells where the stay ended.
    stop = _with_dates(stop, [s.when for s in visit if s.when is not None
                              and not (s.kind == "political_work" and s.when.first != s.when.last)])
    # Where each document tells this visit: the median of its mentions there, so that a summary
    # sentence early in a document ("in 1917 he returned to Petrograd") does not outweigh its narrative.
    told: dict[str, list[float]] = defaultdict(list)
    for s in visit:
        told[s.doc].append(s.position)
    return stop, {doc: median(ps) for doc, ps in told.items()}


LIFE_GOES_ON = 3  # places told after a "death" that show it was not the subject's (or not the end)


def merge_stops(raw: Iterable[RawStop], min_confidence: float = MIN_CONFIDENCE) -> list[Stop]:
    """One stop per place and period, in route order (time, then the documents' own narrative order),
    each stay ending where the next begins, kinds read from the course of the life."""
    raw = list(raw)
    born, died = lifetime(raw)
    after_death = {s.place.id for s in raw if died is not None and s.start > died and s.kind != "death"}
    if len(after_death) >= LIFE_GOES_ON:
        died = None  # several places after the "death": the life window must not hide them
    kept = [s for s in raw if (born is None or s.start >= born) and (died is None or s.start <= died)]
    by_place: dict[str, list[RawStop]] = defaultdict(list)
    for s in kept:
        by_place[s.place.id].append(s)
    merged = [_merge_visit(v) for stops in by_place.values() for v in _cluster(stops)]
    merged = [(s, pos) for s, pos in merged if s.confidence >= min_confidence]
    merged = _single_birth_and_death(merged)
    merged = _drop_covered_areas(merged)
    merged = _fold_weak_districts(merged)
    stops = _fold_areas_into_next_town(route_order([Placed(s, pos) for s, pos in merged]))
    stops = _fill_dwelling(stops, died)
    stops = kinds_from_life(join_overlapping_stays(stops))
    ids: Counter[str] = Counter()
    result = []
    for s in stops:
        base = f"{slug(s.place.name)}-{s.start}" if s.start >= 0 else f"{slug(s.place.name)}-{-s.start}-bc"
        ids[base] += 1
        sid = base if ids[base] == 1 else f"{base}-{ids[base]}"
        result.append(replace(s, id=sid))
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
    settlements_in: dict[int, list[Stop]] = defaultdict(list)  # by year, so an area meets only its own years
    for s, _ in merged:
        if s.place.kind not in AREA_KINDS:
            for year in range(s.start, min(s.end, s.start + MAX_DWELL_FILL) + 1):
                settlements_in[year].append(s)

    def covered(area: Stop) -> bool:
        years = range(area.start, min(area.end, area.start + MAX_DWELL_FILL) + 1)
        for s in {id(s): s for year in years for s in settlements_in.get(year, ())}.values():
            overlaps = s.start <= area.end and area.start <= s.end
            if overlaps and _inside(s.place, area.place):
                return True
        return False
    return [(s, pos) for s, pos in merged if s.place.kind not in AREA_KINDS or not covered(s)]


AREA_FOLD_YEARS = 0  # the same year: a town a year later may be a stay of its own (the gold codes "France 1914")


def _fold_areas_into_next_town(stops: list[Stop]) -> list[Stop]:
    """A country or region followed on the route by a town inside it, told in the same year, is the coarse
    telling of that town's stay: "exiled to Siberia" then "at Ust-Kut" (1900); "went to Italy in 1850 ... in
    Florence that year". The area joins the town's stop (its quotes and, where the area's kind says why the
    subject came, its kind) instead of being a point of its own at the country's centre. An area with another
    place between it and its town, or told in another year, stays: "moved to France on 19 November 1914" and
    "in Paris in January 1915" are two stops as the documents tell them (measured: allowing the next year
    folded those too, and the corpus golds code France 1914 and Switzerland 1914 as stops of their own).
    """
    out: list[Stop] = []
    i = 0
    while i < len(stops):
        area = stops[i]
        town = stops[i + 1] if i + 1 < len(stops) else None
        if town is not None and area.place.kind in AREA_KINDS and area.curation is None and town.curation is None \
                and "death" not in (area.kind, town.kind) and area.kind != "birth" \
                and area.place.id != town.place.id and _inside(town.place, area.place) \
                and 0 <= town.start - area.start <= AREA_FOLD_YEARS:
            evidence = tuple(sorted({(e.doc, e.offset): e for e in town.evidence + area.evidence}.values(),
                                    key=lambda e: (e.doc, e.offset)))
            kind = area.kind if area.kind in CONFINED_KINDS and town.kind in GENERIC_KINDS | {"travel"} \
                else town.kind
            out.append(replace(town, evidence=evidence, kind=kind, confidence=max(town.confidence, area.confidence)))
            i += 2
            continue
        prev = out[-1] if out else None
        if area.kind == "death" and area.place.kind in AREA_KINDS and area.curation is None and prev is not None \
                and prev.place.kind not in AREA_KINDS and _inside(prev.place, area.place) \
                and 0 <= area.start - prev.start <= MAX_DWELL_FILL:
            # "killed with an ice axe in Mexico in 1940" while living in Coyoacán: he died where he lived
            area = replace(area, place=prev.place)
        out.append(area)
        i += 1
    return out


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
        joined = replace(host, start=min(host.start, district.start), end=max(host.end, district.end),
                         evidence=evidence, confidence=max(host.confidence, district.confidence))
        out = [(joined, host_pos) if s is host else (s, p) for s, p in out if s is not district]
    # The other way round: "a special train to bring him to Mexico City" (a journey, told less often) and "lived in
    # the Coyoacán area", "the Commission of Inquiry held in Coyoacán": the city was the way in, the stay the
    # district's. (A stay told in the city keeps its own stop: "London 1902" beside "a house near King's Cross".)
    for district in [s for s, _ in out if s.place.kind == "district"]:
        for city in [s for s, _ in out if s.place.kind == "settlement" and s.start <= district.end + 1
                     and district.start <= s.end + 1 and len(s.evidence) < len(district.evidence)
                     and s.kind == "travel" and district.kind not in ("birth", "death")
                     and haversine_km(s.place.lat, s.place.lon, district.place.lat, district.place.lon)
                     <= DISTRICT_REACH_KM]:
            host = next((s for s, _ in out if s.place.id == district.place.id and s.start <= city.end + 1
                         and city.start <= s.end + 1), None)
            if host is None:
                continue
            evidence = tuple(sorted({(e.doc, e.offset): e for e in host.evidence + city.evidence}.values(),
                                    key=lambda e: (e.doc, e.offset)))
            joined = replace(host, start=min(host.start, city.start), end=max(host.end, city.end), evidence=evidence)
            out = [(joined, p) if s is host else (s, p) for s, p in out if s is not city]
    return out


def _precedes(a: Placed, b: Placed) -> int:
    """+1 if ``a`` comes first: by their dates where both are known to the month ("13 January" before "4 May"),
    else by the documents that tell both (a majority); 0 if they are split or silent."""
    da, db = (parse_iso(p.stop.start_date) if p.stop.start_date else None for p in (a, b))
    if da and db and da[1] is not None and db[1] is not None and (da[1], da[2] or 0) != (db[1], db[2] or 0):
        day_a, day_b = (da[1], da[2] or 0), (db[1], db[2] or 0)
        if da[2] is None or db[2] is None:
            day_a, day_b = (da[1], 0), (db[1], 0)  # "May" against "4 May": the month decides, or nothing
        return (day_a < day_b) - (day_b < day_a)
    votes = sum((a.positions[d] < b.positions[d]) - (b.positions[d] < a.positions[d])
                for d in a.positions.keys() & b.positions.keys())
    return (votes > 0) - (votes < 0)


PAIRWISE_LIMIT = 40  # stops in one year beyond which pairs are not compared (quadratic): real lives have < 30


def _date_key(stop: Stop) -> tuple[int, int]:
    if not stop.start_date:
        return (13, 0)
    _, month, day = parse_iso(stop.start_date)
    return (month or 13, day or 0)


def route_order(placed: list[Placed]) -> list[Stop]:
    """Stops by start year; within a year, in the order the documents tell them, merged across documents.

    Positions are comparable only inside one document, so a median over several documents can put New
    York after Halifax when one document tells only Halifax early on. Instead each pair within a year is
    ordered by the documents that tell both (a majority), and the pairs are merged by a topological sort
    (Kahn's algorithm), the median position breaking ties and any cycle. A stop told before another in
    every document that has both stays before it.

    >>> from places.model import Place, Stop
    >>> def st(name, pos): return Placed(Stop(name, Place(name, name, 0, 0, "settlement", ""), 1917, 1917,
    ...     "travel", ()), pos)
    >>> [s.id for s in route_order([st("halifax", {"a": 0.1, "b": 0.6}), st("new-york", {"b": 0.5}),
    ...                             st("petrograd", {"a": 0.2, "b": 0.7})])]
    ['new-york', 'halifax', 'petrograd']
    """
    out: list[Stop] = []
    by_year: dict[int, list[Placed]] = defaultdict(list)
    for p in placed:
        by_year[p.stop.start].append(p)
    for year in sorted(by_year):
        group = sorted(by_year[year], key=lambda p: (_date_key(p.stop), p.median))
        if len(group) > PAIRWISE_LIMIT:  # a degenerate text: dates, then the median position (n log n)
            out.extend(p.stop for p in group)
            continue
        group.sort(key=lambda p: p.median)
        n = len(group)
        after: list[list[int]] = [[] for _ in range(n)]
        waiting = [0] * n  # how many stops must come before each
        for i in range(n):
            for j in range(i + 1, n):
                order = _precedes(group[i], group[j])
                if order:
                    first, second = (i, j) if order > 0 else (j, i)
                    after[first].append(second)
                    waiting[second] += 1
        free = [i for i in range(n) if not waiting[i]]
        heapq.heapify(free)
        done = [False] * n
        for _ in range(n):
            # The free stop told earliest; in a cycle among documents, the earliest one not yet placed.
            nxt = heapq.heappop(free) if free else next(i for i in range(n) if not done[i])
            done[nxt] = True
            out.append(group[nxt].stop)
            for k in after[nxt]:
                waiting[k] -= 1
                if waiting[k] == 0 and not done[k]:
                    heapq.heappush(free, k)
            while free and done[free[0]]:
                heapq.heappop(free)
    return out


AREA_SCAN = 50  # stops looked at past a region's own towns for the next stay elsewhere


def _inside(place: Place, area: Place) -> bool:
    if area.kind == "country":
        return place.country == area.country
    return area.kind in AREA_KINDS and haversine_km(area.lat, area.lon, place.lat, place.lon) <= area.reach_km


def _ymd_key(date: str) -> tuple[int, int, int]:
    year, month, day = parse_iso(date)
    return year, month or 0, day or 0


def _fill_dwelling(stops: list[Stop], died: int | None) -> list[Stop]:
    """A stay lasts until the next stay begins (at most MAX_DWELL_FILL years), and never later.

    The text's own end of a stay is kept unless the route shows it over: Halifax told once in 1917 and
    again in 1919 is not two years in Halifax when Petrograd begins in 1917. The next stop is the next in
    route order (the same year counts), and a later visit to the same place stays a stop of its own.
    """
    n = len(stops)
    # Linear in the stops (a hostile text can give thousands): the next stop elsewhere, the next visit to the
    # same place and the next stop that is not a trip, each found once from the end.
    next_same: list[int | None] = [None] * n
    next_other: list[int | None] = [None] * n
    next_not_travel: list[int | None] = [None] * (n + 1)
    last_seen: dict[str, int] = {}
    for k in range(n - 1, -1, -1):
        next_same[k] = last_seen.get(stops[k].place.id)
        last_seen[stops[k].place.id] = k
        if k + 1 < n:
            # a gathering attended on the way ("the Zimmerwald conference") does not end the stay before it
            other = stops[k + 1].place.id != stops[k].place.id and not stops[k + 1].moment
            next_other[k] = k + 1 if other else next_other[k + 1]
        next_not_travel[k] = k if stops[k].kind != "travel" else next_not_travel[k + 1]

    def next_elsewhere(k: int, s: Stop) -> Stop | None:
        j = next_other[k] if stops[k].place.id == s.place.id else k
        if s.place.kind not in AREA_KINDS:
            return stops[j] if j is not None else None
        for m in range(j if j is not None else n, min(n, (j or n) + AREA_SCAN)):  # a region's own towns go on
            if stops[m].place.id != s.place.id and not _inside(stops[m].place, s.place):
                return stops[m]
        return None

    out = []
    for i, s in enumerate(stops):
        if s.curation is not None:  # a reviewer set these years
            out.append(s)
            continue
        next_stay = next_elsewhere(i, s)
        back = next_same[i]
        again = stops[back].start if back is not None and stops[back].start > s.end else None
        if s.kind in DWELLING_KINDS and back is not None and back > i + 1 and \
                (next_not_travel[i + 1] is None or next_not_travel[i + 1] >= back):
            # Trips away and back ("Vienna 1907 ... a journey to Petrograd ... Vienna 1912"): the stay goes on.
            next_stay = next_elsewhere(back, s)
        end = s.end
        told_end = bool(s.end_date) and s.end_date != s.start_date  # "the winter of 1919-20": the text ended it
        if s.kind in DWELLING_KINDS and not told_end and not s.moment:
            limit = next_stay.start if next_stay is not None else died
            if again is not None and back == i + 1:
                # Told again here with nothing told in between ("moved to Nikolayev" in 1893, "in Nikolayev" in
                # 1896): one stay, which runs into the later mention and is joined with it below.
                limit = again if limit is None else max(limit, again)
            elif again is not None:  # the next visit here is a stop of its own: one marker a year
                limit = again - 1 if limit is None else min(limit, again - 1)
            if limit is not None:
                end = max(end, min(limit, s.start + MAX_DWELL_FILL))
        if next_stay is not None and end > next_stay.start:
            end = max(s.start, next_stay.start)
        if end != s.end:  # the text's end no longer holds: the route gives the end, as a year or the next start
            nxt = next_stay if next_stay is not None and next_stay.start == end and next_stay.start_date else None
            s = replace(s, end_date=nxt.start_date if nxt else "", end_precision=nxt.start_precision if nxt else "")
        elif next_stay is not None and next_stay.start == end and next_stay.start_date and \
                (not s.end_date or s.end_date == s.start_date) and \
                (not s.end_date or _ymd_key(next_stay.start_date) > _ymd_key(s.end_date)):
            # Only a moment was told ("arrived on 13 January"): the stay lasts until the next stop's date.
            s = replace(s, end_date=next_stay.start_date, end_precision=next_stay.start_precision)
        out.append(replace(s, end=end))
    return out


def settle_after_review(stops: list[Stop]) -> list[Stop]:
    """Ends again once reviewers have rejected stops: a rejected stop no longer cuts the stay before it short.
    Stops a reviewer confirmed or corrected keep their years."""
    deaths = [s.start for s in stops if s.kind == "death"]
    return join_overlapping_stays(_fill_dwelling(list(stops), max(deaths) if deaths else None))


def join_overlapping_stays(stops: Iterable[Stop]) -> list[Stop]:
    """One stop per place and period: a later stop at a place whose stay (filled, or corrected by a reviewer)
    already covers its start joins that stay, keeping its quotes ("Coyoacán 1937–1940" and "Coyoacán 1940"
    are one place on the map). A death stays a stop of its own: it is the end of the life, not a stay."""
    out: list[Stop] = []
    last_at: dict[str, int] = {}  # the latest stay kept at each place, by its index in ``out``
    for s in stops:
        k = last_at.get(s.place.id)
        host = out[k] if k is not None else None
        if host is None or not host.start <= s.start <= host.end or "death" in (host.kind, s.kind):
            last_at[s.place.id] = len(out)
            out.append(s)
            continue
        evidence = tuple(sorted({(e.doc, e.offset): e for e in host.evidence + s.evidence}.values(),
                                key=lambda e: (e.doc, e.offset)))
        joined = replace(host, end=max(host.end, s.end), evidence=evidence,
                         confidence=max(host.confidence, s.confidence))
        if s.end > host.end:
            joined = replace(joined, end_date=s.end_date, end_precision=s.end_precision)
        out[k] = joined
    return out


CONFINED_KINDS = {"prison", "exile", "deportation", "internment"}  # moved by others: a transfer, not a flight
GENERIC_KINDS = {"residence", "emigration"}  # what a sentence says of a stay abroad without saying why


def kinds_from_life(stops: list[Stop]) -> list[Stop]:
    """Kinds read from the course of the life, where a sentence only says "lived" or "settled".

    After a deportation or an exile to a country never seen before, the stays abroad are exile until the
    subject is back in a country of the earlier life; after an escape, they are emigration. A kind the
    sentence states (prison, internment, political work...) is kept.
    """
    out: list[Stop] = []
    seen: set[str] = set()  # countries of the life before the current spell abroad
    spell, home = None, set()
    held = False  # the last stop was prison or banishment at home
    for s in stops:
        country = s.place.country
        if spell and country and country in home and s.kind not in ("exile", "deportation"):
            spell = None  # back in a country of the earlier life
        # An exile to a town in a country never seen is abroad; a region ("exiled to Siberia") is too coarse to
        # tell banishment at home from abroad under today's borders.
        if s.kind == "deportation" or (s.kind == "exile" and s.place.kind != "region" and country
                                       and country not in seen and seen):
            spell, home = "exile", set(seen)
        elif spell is None and (s.kind == "escape" or (
                held and s.kind not in CONFINED_KINDS and country and seen and country not in seen)):
            # Out of the country after an escape, or straight after prison or banishment at home: a flight.
            spell, home = "emigration", set(seen)
        held = s.kind in ("prison", "exile") and spell is None
        kind = s.kind
        if spell and country and country not in home and (kind in GENERIC_KINDS or (
                kind == "travel" and s.end > s.start)):  # a stay abroad, told only as "went" or "lived"
            kind = spell
        if country and spell is None:
            seen.add(country)
        out.append(replace(s, kind=kind))
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
    # Additive fields of the contract: the stop's time as precisely as its text gives it, and its label.
    if stop.start_date and parse_iso(stop.start_date)[0] == stop.start:
        d["start_date"], d["start_precision"] = stop.start_date, stop.start_precision
    if stop.end_date and parse_iso(stop.end_date)[0] == stop.end:
        d["end_date"], d["end_precision"] = stop.end_date, stop.end_precision
    d["dates"] = dates_label(replace(stop, start_date=d.get("start_date", ""), end_date=d.get("end_date", ""),
                                     start_precision=d.get("start_precision", ""),
                                     end_precision=d.get("end_precision", "")))
    if stop.alternatives:
        d["alternatives"] = [dict(a) for a in stop.alternatives]
    if stop.curation:
        d["curation"] = dict(stop.curation)
    if stop.moment:
        d["moment"] = True  # additive: a gathering attended, not a stay
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
                              s.get("curation"), start_date=str(s.get("start_date", "")),
                              end_date=str(s.get("end_date", "")), start_precision=str(s.get("start_precision", "")),
                              end_precision=str(s.get("end_precision", "")), moment=s.get("moment") is True))
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
