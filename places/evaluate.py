"""Scoring extracted stops against hand-made gold: precision, recall and F1.

A predicted stop matches a gold stop when they are within ``km`` (50 km) and,
for dated scores, their year ranges overlap with ``slack`` (one year) to spare.
Matching is one-to-one and greedy in gold order, so a stop found twice counts
once and the second copy costs precision.
"""

from __future__ import annotations

from dataclasses import dataclass

from places.gazetteer import Gazetteer, haversine_km


@dataclass(frozen=True)
class GoldStop:
    place: str
    lat: float
    lon: float
    start: int
    end: int
    kind: str
    quote: str = ""


@dataclass(frozen=True)
class Score:
    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def gold_stops(rows: list[dict], gazetteer: Gazetteer) -> list[GoldStop]:
    """Gold rows name places; coordinates come from the row or, failing that, the gazetteer."""
    out = []
    for row in rows:
        lat, lon = row.get("lat"), row.get("lon")
        if lat is None or lon is None:
            found = gazetteer.candidates(row["place"])
            if not found:
                raise ValueError(f"gold place {row['place']!r} has no coordinates and is not in the gazetteer")
            lat, lon = found[0].lat, found[0].lon
        out.append(GoldStop(row["place"], float(lat), float(lon), int(row["start"]), int(row["end"]), row["kind"],
                            row.get("quote", "")))
    return out


def merge_gold(gold: list[GoldStop], km: float = 50.0, slack: int = 1) -> list[GoldStop]:
    """One gold stop per place and period, as the itinerary has: annotators may split a visit by kind."""
    merged: list[GoldStop] = []
    for g in sorted(gold, key=lambda g: (g.start, g.end)):
        for i, m in enumerate(merged):
            if haversine_km(m.lat, m.lon, g.lat, g.lon) <= km and g.start <= m.end + slack and m.start <= g.end + slack:
                merged[i] = GoldStop(m.place, m.lat, m.lon, min(m.start, g.start), max(m.end, g.end), m.kind, m.quote)
                break
        else:
            merged.append(g)
    return merged


def match(predicted: list[tuple[float, float, int, int]], gold: list[GoldStop], dated: bool, km: float = 50.0,
          slack: int = 1) -> tuple[Score, list[int], list[int]]:
    """Score ``predicted`` (lat, lon, start, end) against ``gold``; also return unmatched indexes of each."""
    free = set(range(len(predicted)))
    missed = []
    for gi, g in enumerate(gold):
        best = None
        for pi in sorted(free):
            lat, lon, start, end = predicted[pi]
            if haversine_km(lat, lon, g.lat, g.lon) > km:
                continue
            if dated and not (start <= g.end + slack and g.start <= end + slack):
                continue
            best = pi
            break
        if best is None:
            missed.append(gi)
        else:
            free.discard(best)
    tp = len(gold) - len(missed)
    return Score(tp, len(predicted), len(gold)), sorted(free), missed
