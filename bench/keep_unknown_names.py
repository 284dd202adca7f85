"""Keep a helper's table rows only where the gazetteer without them answers the row's names wrongly or not at all.

How ``places/data/historical_sites.json`` was made (session 13) from two tables written from general knowledge by
helpers that saw no project file (``/work/blind/sitesA``, ``/work/blind/sitesB``):

    echo '[]' > places/data/historical_sites.json && python -m places index
    python bench/keep_unknown_names.py places/data/historical_sites.json ../blind/sitesA/sites.json \
        ../blind/sitesB/sites.json && python -m places index

A row is dropped when every usable name of it already resolves within 30 km of the row, when no name is usable
(a name shared by two rows, under five letters, a common word, or qualified in brackets), when its country has no
ISO code, or when an earlier row is the same site. The rest keep their usable names, the first one as the row's,
less any name that a country, a region or a town of 50,000 people or more answers now (a site must never take a
big namesake's name over).

Session 14 added two more tables the same way (``/work/blind/sitesC``: the Pacific, Africa and the Americas;
``/work/blind/sitesD``: Asia, the Middle East and Europe; written by helpers that saw no project file), appended
after the rows already there and checked against the index that already held them:

    python bench/keep_unknown_names.py /tmp/new.json ../blind/sitesC/sites.json ../blind/sitesD/sites.json \
        --append-to places/data/historical_sites.json && python -m places index

Session 15 the same with two tables of small inhabited places (villages, estates, castles, small ports;
``/work/blind/sitesE``: Europe; ``/work/blind/sitesF``: the rest of the world), now also never taking a name that
a table of the project answers already (a historical name, a famous place, an earlier site) far from the row.
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from places.gazetteer import Gazetteer, haversine_km  # noqa: E402
from places.gazetteer.ranking import country_code  # noqa: E402
from places.gazetteer.sources.areas import _slug  # noqa: E402

KNOWN_KM = 30
COMMON = {"calvary", "zion", "hermitage", "citadel", "acropolis", "forum", "capitol", "kremlin", "alhambra", "tower",
          "abbey", "priory", "castle", "fort", "palace", "mount", "mission", "station", "plantation", "cathedral"}


BIG_NAMESAKE = 50_000


def main(out: str, *tables: str) -> None:
    append_to = None
    if "--append-to" in tables:
        i = tables.index("--append-to")
        append_to, tables = Path(tables[i + 1]), tables[:i] + tables[i + 2:]
    gazetteer = Gazetteer()
    rows = [row for table in tables for row in json.loads(Path(table).read_text(encoding="utf-8"))]
    existing = json.loads(append_to.read_text(encoding="utf-8")) if append_to else []
    shared = collections.Counter(n.lower() for r in rows for n in {r["name"], *r.get("alt_names", [])})
    kept, dropped, slugs = [], collections.Counter(), {_slug(r["name"]) for r in existing}
    for row in rows:
        if len(country_code(row["country"])) != 2:
            dropped["country unknown"] += 1
            continue
        names = [n for n in dict.fromkeys([row["name"], *row.get("alt_names", [])])
                 if shared[n.lower()] == 1 and len(n) >= 5 and n.lower() not in COMMON and not re.search(r"[()]", n)]
        if not names:
            dropped["no usable name"] += 1
            continue
        known = [(p := gazetteer.resolve(n).place) is not None
                 and haversine_km(p.lat, p.lon, row["lat"], row["lon"]) <= KNOWN_KM for n in names]
        if all(known):
            dropped[f"already known within {KNOWN_KM} km"] += 1
            continue
        # (nor a name a table of the project answers already: "Yanjing", Beijing's old name, is no Tibetan village)
        names = [n for n in names if not ((p := gazetteer.resolve(n).place) is not None and (
            p.kind in ("country", "region") or p.population >= BIG_NAMESAKE or p.source != "geonames"))]
        if not names:
            dropped["every name a big namesake's"] += 1
            continue
        name, *alts = names
        if _slug(name) in slugs:
            dropped["the same site twice"] += 1
            continue
        slugs.add(_slug(name))
        kept.append({**row, "name": name, "alt_names": alts,
                     "source": row["source"] + "; kept only where the gazetteer knew no place of the name there"})
    Path(out).write_text(json.dumps(kept, ensure_ascii=False, indent=1), encoding="utf-8")
    if append_to is not None:
        append_to.write_text(json.dumps(existing + kept, ensure_ascii=False, indent=1), encoding="utf-8")
    print(len(rows), "rows ->", len(kept), "kept;", dict(dropped), file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
