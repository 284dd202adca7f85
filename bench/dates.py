"""The temporal layer's cost: 1 MB of biography prose, and hostile inputs at 100 KB and 1 MB (linear or not).

Run from the project root::

    .venv/bin/python bench/dates.py

Prose is the corpus (``../shared/corpus/*.txt``, read-only) or, where it is absent, the biographies in
``bench/``, repeated to 1 MB. Baselines measured in the same run: ``years_in`` (the year-only reader extraction
uses today) and one ``\\w+`` pass of ``re`` over the same text (the floor of any pure-Python reader). Each
hostile input is timed at 100 KB and at 1 MB; a ratio near 10 is linear, near 100 would be quadratic. Times are
the best of three runs (process CPU time, so other sessions on the machine disturb them less).
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from browser import table  # noqa: E402  (bench/browser.py: shared printing)

from places.dates import times_in, years_in  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
MB = 1_000_000
HOSTILE = {
    "years": "1917 ",
    "month names": "May ",
    "seasons without a year": "the spring ",
    "open day ranges": "13 January – ",
    "between without an end": "between 1848 and ",
    "ages without a number": "at the age of ",
    "relative times": "two years later ",
    "qualifiers": "the end of ",
    "circa marks": "c. ",
    "digits": "1",
}


def best_of(runs: int, fn, *args) -> float:
    times = []
    for _ in range(runs):
        t0 = time.process_time()
        fn(*args)
        times.append(time.process_time() - t0)
    return min(times)


def prose() -> tuple[str, str]:
    files = sorted(CORPUS.glob("*.txt")) or sorted((ROOT / "bench").glob("*/*.txt"))
    text = "\n\n".join(f.read_text(encoding="utf-8") for f in files)
    return (text * (MB // len(text) + 1))[:MB], f"{len(files)} files from {files[0].parent.relative_to(ROOT.parent)}"


def main() -> int:
    text, source = prose()
    words = re.compile(r"\w+")
    t_times = best_of(3, times_in, text)
    t_years = best_of(3, years_in, text)
    t_words = best_of(3, words.findall, text)
    found = times_in(text)
    print(f"1 MB of prose ({source}): {len(found)} times")
    print(table([
        ("reader", "CPU s / MB", "vs years_in", "vs one \\w+ pass"),
        ("times_in", f"{t_times:.3f}", f"{t_times / t_years:.1f}x", f"{t_times / t_words:.1f}x"),
        ("years_in (baseline)", f"{t_years:.3f}", "1.0x", f"{t_years / t_words:.1f}x"),
        ("re \\w+ (floor)", f"{t_words:.3f}", f"{t_words / t_years:.1f}x", "1.0x"),
    ]))
    rows = [("hostile input", "100 KB s", "1 MB s", "1 MB / 100 KB")]
    for name, unit in HOSTILE.items():
        small = (unit * (MB // 10 // len(unit) + 1))[:MB // 10]
        big = (unit * (MB // len(unit) + 1))[:MB]
        t_small = best_of(1, times_in, small)
        t_big = best_of(1, times_in, big)
        rows.append((name, f"{t_small:.3f}", f"{t_big:.3f}", f"{t_big / max(t_small, 1e-6):.1f}"))
    print("\n" + table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
