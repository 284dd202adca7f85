"""Typed records that cross module boundaries.

Every stage takes one of these and returns a richer one; they are frozen so a
stage cannot quietly change what an earlier stage produced.
"""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = (
    "birth",
    "childhood",
    "education",
    "political_work",
    "prison",
    "exile",
    "escape",
    "emigration",
    "travel",
    "internment",
    "deportation",
    "residence",
    "government",
    "military",
    "death",
)


@dataclass(frozen=True)
class Document:
    """A source text as read from disk; ``name`` is the file name cited as evidence."""

    name: str
    text: str
    sha256: str
    title: str = ""
    encoding: str = "utf-8"  # how the bytes were read (utf-8, utf-16, cp1252…)


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document; ``start``/``end`` index into ``Document.text``."""

    doc: str
    index: int
    start: int
    end: int
    text: str


CONTINENT_KM = 600.0  # a region of no one country this wide (Europe, the West Indies, the Maghreb) is no point
CITY_SIZED_KM = 15.0  # a country or region no wider than this is a city-state (Gibraltar 1.4 km, Malta 10)


@dataclass(frozen=True)
class Place:
    """A gazetteer entry: where a name points on the map, and what sort of place it is."""

    id: str
    name: str
    lat: float
    lon: float
    kind: str
    country: str
    modern_name: str = ""
    alt_names: tuple[str, ...] = ()
    source: str = "curated"
    population: int = 0
    name_years: tuple[int, int] | None = None
    radius_km: float = 0.0  # a region's extent, for "is this town inside it" (0: unknown)
    admin1: str = ""  # ISO 3166-2 code of a region, or of the first-order region a town lies in ("US-NY"; "": unknown)

    @property
    def wide(self) -> bool:
        """A country or region larger than a town: being in it or leaving it says nothing of where one was.
        Gibraltar, Monaco or San Marino (a known radius of 15 km or less) are as precise as a town: "sails from
        Gibraltar" places him there."""
        return self.kind in ("region", "country") and not 0 < self.radius_km <= CITY_SIZED_KM

    @property
    def continental(self) -> bool:
        """A region across many countries and at least ``CONTINENT_KM`` wide: "sailed for Europe", "toured the
        West Indies". Its point, somewhere in the middle, says nothing of where the subject was; the towns the
        text names next do. (A country's own region, "exiled to Siberia", is not continental.)"""
        return self.kind == "region" and not self.country and self.radius_km >= CONTINENT_KM

    @property
    def reach_km(self) -> float:
        """How far from its point a region reaches: its radius, or 1,500 km where the gazetteer gives none."""
        return self.radius_km or 1500.0


@dataclass(frozen=True)
class Mention:
    """A place name found in a sentence, with its character span in the document."""

    sentence: Sentence
    surface: str
    start: int
    end: int
    place: Place


@dataclass(frozen=True)
class Evidence:
    """Why a stop is on the map: a verbatim sentence and where it stands."""

    doc: str
    offset: int
    quote: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Stop:
    """A dated visit of the subject to a place, with the evidence behind it."""

    id: str
    place: Place
    start: int
    end: int
    kind: str
    evidence: tuple[Evidence, ...]
    confidence: float = 0.5
    alternatives: tuple[dict, ...] = ()
    curation: dict | None = None  # set when a person confirmed or corrected the stop, with the reason
    # As precise as the text gives them (ISO 8601 cut to precision: "1917-01-13", "1917-01", "1917"), with the
    # precision of each end (day, month, season, year, circa, decade, century); "" where only years are known.
    start_date: str = ""
    end_date: str = ""
    start_precision: str = ""
    end_precision: str = ""
    # Only gatherings attended ("the congress in Brussels"): a visit of days, which neither lasts until the next
    # stop nor ends the stay it interrupts.
    moment: bool = False


@dataclass(frozen=True)
class Source:
    doc: str
    sha256: str
    title: str


def source_of(doc: Document) -> Source:
    """What an itinerary keeps of a document: its name, fingerprint and title, not its text."""
    return Source(doc.name, doc.sha256, doc.title)


@dataclass(frozen=True)
class Itinerary:
    """The merged result the app draws: one subject, its sources, its stops in order."""

    subject: str
    sources: tuple[Source, ...]
    stops: tuple[Stop, ...]
    version: int = 1
    meta: dict = field(default_factory=dict)
