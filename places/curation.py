"""Human curation of the built itinerary: confirm, correct or reject a stop by id, always with a reason.

Extraction stays automatic and is measured as it is (``bench/extract.py``);
curation is a small committed file a historian can review line by line. It
applies in ``build`` only, never in ``extract``, and ``build`` reports what it
touched, including decisions that no longer match any stop (stale ids) and
decisions whose stop no longer holds the quotes they were made on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from places.errors import PlacesError
from places.model import KINDS, Itinerary, Stop

DEFAULT_CURATION = Path(__file__).parent / "data" / "curation.json"
ACTIONS = ("confirm", "correct", "reject")
CORRECTABLE = ("start", "end", "kind")


class CurationError(PlacesError, ValueError):
    """The curation file breaks its own rules (no reason, unknown action, bad correction)."""


@dataclass(frozen=True)
class Decision:
    id: str
    action: str
    reason: str
    changes: dict = field(default_factory=dict)
    quotes: tuple[str, ...] = ()  # the evidence the decision was made on (substrings of the stop's quotes)


@dataclass
class CurationReport:
    confirmed: list[str] = field(default_factory=list)
    corrected: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    review: list[str] = field(default_factory=list)  # decisions whose stop no longer holds what was judged

    @property
    def touched(self) -> int:
        return len(self.confirmed) + len(self.corrected) + len(self.rejected)

    def summary(self) -> str:
        text = (f"curation touched {self.touched} stops ({len(self.confirmed)} confirmed, "
                f"{len(self.corrected)} corrected, {len(self.rejected)} rejected)")
        if self.unmatched:
            text += f"; {len(self.unmatched)} decisions match no stop: {', '.join(self.unmatched)}"
        if self.review:
            text += f"; review {len(self.review)}: {'; '.join(self.review)}"
        return text


def curation_subject(path: str | Path) -> str:
    """Whose itinerary a curation file is for: it applies to that subject only."""
    try:
        return str(json.loads(Path(path).read_text(encoding="utf-8")).get("subject", ""))
    except (OSError, ValueError, AttributeError):
        return ""


def source_descriptions(path: str | Path = DEFAULT_CURATION) -> dict[str, str]:
    """Short descriptions of the bundled documents, written by reviewers ("sources": {file: description}):
    a reader recognises "An encyclopedia article (schools edition)" where two documents open with the same
    heading. A malformed section gives none, never an error: titles then come from the documents."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    found = data.get("sources") if isinstance(data, dict) else None
    if not isinstance(found, dict):
        return {}
    return {str(k): " ".join(str(v).split()) for k, v in found.items() if isinstance(v, str) and v.strip()}


def load_curation(path: str | Path = DEFAULT_CURATION) -> list[Decision]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CurationError(f"cannot read curation file {path}: {exc}") from None
    decisions = []
    for i, row in enumerate(data.get("decisions", []) if isinstance(data, dict) else []):
        where = f"{path}: decision {i + 1}"
        if not isinstance(row, dict) or not isinstance(row.get("id"), str):
            raise CurationError(f"{where}: needs an 'id'")
        if row.get("action") not in ACTIONS:
            raise CurationError(f"{where} ({row['id']}): action must be one of {', '.join(ACTIONS)}")
        if not str(row.get("reason", "")).strip():
            raise CurationError(f"{where} ({row['id']}): every decision needs a reason")
        changes = row.get("set") or {}
        if row["action"] == "correct":
            if not changes or set(changes) - set(CORRECTABLE):
                raise CurationError(f"{where} ({row['id']}): 'set' may change only {', '.join(CORRECTABLE)}")
            if "kind" in changes and changes["kind"] not in KINDS:
                raise CurationError(f"{where} ({row['id']}): unknown kind {changes['kind']!r}")
        quotes = row.get("quotes") or []
        if not isinstance(quotes, list) or not all(isinstance(q, str) and q.strip() for q in quotes):
            raise CurationError(f"{where} ({row['id']}): 'quotes' must be a list of quoted evidence")
        decisions.append(Decision(row["id"], row["action"], str(row["reason"]).strip(), dict(changes),
                                  tuple(quotes)))
    return decisions


def _drifted(stop: Stop, decision: Decision) -> list[str]:
    """Why a decision may no longer fit its stop: ids come from extraction, so a changed extractor can give
    the id to a stop made of other evidence. Decisions pin the quotes they judged; this says when those are
    gone, or when a rejection would also drop quotes nobody judged."""
    if not decision.quotes:
        return []
    texts = [" ".join(e.quote.split()) for e in stop.evidence]
    pinned = [" ".join(q.split()) for q in decision.quotes]
    notes = [f"{stop.id}: judged quote no longer there ({q[:40]}…)" for q in pinned if not any(q in t for t in texts)]
    if decision.action == "reject":
        unjudged = [t for t in texts if not any(q in t for q in pinned)]
        if unjudged:
            notes.append(f"{stop.id}: rejecting would also drop {len(unjudged)} unjudged quote(s) "
                         f"({unjudged[0][:40]}…)")
    return notes


def apply_curation(itinerary: Itinerary, decisions: list[Decision]) -> tuple[Itinerary, CurationReport]:
    """The itinerary with the decisions applied; confirmed and corrected stops carry their reason."""
    by_id = {d.id: d for d in decisions}
    report = CurationReport()
    stops: list[Stop] = []
    for stop in itinerary.stops:
        decision = by_id.get(stop.id)
        if decision is not None:
            report.review.extend(_drifted(stop, decision))
        if decision is None:
            stops.append(stop)
        elif decision.action == "reject":
            report.rejected.append(stop.id)
        elif decision.action == "confirm":
            report.confirmed.append(stop.id)
            stops.append(replace(stop, confidence=1.0, curation={"action": "confirm", "reason": decision.reason}))
        else:
            changed = replace(stop, **decision.changes,
                              curation={"action": "correct", "reason": decision.reason, "set": decision.changes})
            if changed.end < changed.start:
                raise CurationError(f"correction of {stop.id} would end before it starts")
            report.corrected.append(stop.id)
            stops.append(changed)
    known = {s.id for s in itinerary.stops}
    report.unmatched = [d.id for d in decisions if d.id not in known]
    stops.sort(key=lambda s: s.start)
    meta = {**itinerary.meta, "curation": {"confirmed": len(report.confirmed), "corrected": len(report.corrected),
                                           "rejected": len(report.rejected)}}
    return replace(itinerary, stops=tuple(stops), meta=meta), report
