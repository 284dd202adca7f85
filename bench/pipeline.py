"""Pipeline throughput: the corpus replicated 1x, 10x and 100x, built by the CLI in a fresh subprocess.

Run from the project root::

    .venv/bin/python bench/pipeline.py [--factors 1,10,100] [--limit-s 240] [--json F]

The corpus (``../shared/corpus/*.txt``, read-only) is copied N times (``copyNNN_<name>``) into a
``tempfile.TemporaryDirectory``; ``python -m places build TMP -o TMP/out.json`` runs in a subprocess through
``places.cli.main`` (the same code path as the command line), which reports its own build time and peak memory
(VmHWM of its fresh address space, and the largest ru_maxrss of any process it started itself). Before the
largest factor runs, its time is extrapolated from the previous one (linear); if that is over ``--limit-s``, the
largest factor is halved until it fits, and the report says so. Every run also has a hard timeout.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from browser import machine_busy, table  # bench/browser.py: shared measuring and printing

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
HARD_TIMEOUT_S = 290

# Runs in a fresh interpreter: times places.cli.main and reports this process's peak memory.
CHILD = r"""
import json, resource, sys, time
t0 = time.perf_counter()
from places.cli import main
t1 = time.perf_counter()
rc = main(["build", sys.argv[1], "-o", sys.argv[2]])
t2 = time.perf_counter()
hwm = None
with open("/proc/self/status") as fh:
    for line in fh:
        if line.startswith("VmHWM:"):
            hwm = int(line.split()[1])
print(json.dumps({"rc": rc, "import_s": t1 - t0, "build_s": t2 - t1, "hwm_kb": hwm,
                  "children_maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def replicate(corpus: Path, factor: int, dest: Path) -> tuple[int, int]:
    """Copy every corpus .txt ``factor`` times into ``dest``; (files, bytes)."""
    sources = sorted(corpus.glob("*.txt"))
    if not sources:
        raise SystemExit(f"no .txt documents in {corpus}")
    dest.mkdir(parents=True)
    files = size = 0
    for i in range(factor):
        for src in sources:
            # A line of its own makes each copy a distinct document: identical files are read only once.
            data = src.read_bytes() + f"\n\n(Copy {i} of {src.name}.)\n".encode()
            (dest / f"copy{i:03d}_{src.name}").write_bytes(data)
            files += 1
            size += len(data)
    return files, size


def run(factor: int, timeout: float) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-pipeline-") as tmp:
        docs = Path(tmp) / "docs"
        files, size = replicate(CORPUS, factor, docs)
        out = Path(tmp) / "out.json"
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(x for x in (str(ROOT), os.environ.get("PYTHONPATH", ""))
                                                           if x))
        t0, r0 = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
        proc = subprocess.run([sys.executable, "-c", CHILD, str(docs), str(out)], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=timeout)
        wall = time.perf_counter() - t0
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (r1.ru_utime + r1.ru_stime) - (r0.ru_utime + r0.ru_stime)
        if proc.returncode != 0:
            raise SystemExit(f"build of {factor}x failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
        child = json.loads(proc.stdout.strip().splitlines()[-1])
        itinerary = json.loads(out.read_text(encoding="utf-8"))
        evidence = sum(len(s.get("evidence", [])) for s in itinerary["stops"])
        summary = next((line for line in proc.stderr.splitlines() if line.startswith("wrote ")), "")
        return {"factor": factor, "files": files, "mb": size / 1e6, "wall_s": wall, "cpu_s": cpu,
                "build_s": child["build_s"],
                "import_s": child["import_s"], "peak_mb": child["hwm_kb"] / 1024,
                "children_peak_mb": child["children_maxrss_kb"] / 1024, "stops": len(itinerary["stops"]),
                "evidence": evidence, "out_mb": out.stat().st_size / 1e6, "summary": summary}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factors", default="1,10,100", help="replication factors (default %(default)s)")
    parser.add_argument("--limit-s", type=float, default=240.0,
                        help="largest run's predicted time limit, s (default %(default)s)")
    parser.add_argument("--json", type=Path, help="also write the raw results to this file")
    args = parser.parse_args(argv)
    factors = sorted({int(f) for f in args.factors.split(",") if f.strip()})
    if not factors or factors[0] < 1 or factors[-1] > 200:
        parser.error("factors must be between 1 and 200")
    if not CORPUS.is_dir():
        raise SystemExit(f"corpus not found at {CORPUS}")
    busy, waited = machine_busy(1.0), 0.0
    while busy > 0.25 and waited < 60:  # the build is single-threaded, but on 2 CPUs others still slow it
        busy = machine_busy(2.0)
        waited += 2
    print(f"CPUs {busy:.0%} busy before starting (waited {waited:.0f} s; load average {os.getloadavg()[0]:.2f})",
          file=sys.stderr)
    started = time.perf_counter()
    results, notes = [], []
    for factor in factors:
        if results and factor == factors[-1]:
            prev = results[-1]
            predicted = prev["wall_s"] * factor / prev["factor"]
            while predicted > args.limit_s and factor > prev["factor"] * 2:
                notes.append(f"{factor}x predicted {predicted:.0f} s > {args.limit_s:g} s: halved")
                factor //= 2
                predicted = prev["wall_s"] * factor / prev["factor"]
        print(f"building {factor}x ...", file=sys.stderr, flush=True)
        results.append(run(factor, HARD_TIMEOUT_S))

    base = results[0]
    rows = [("corpus x", "files", "MB", "build s", "MB/s", "wall s", "CPU s", "peak MB", "stops", "evidence", "out MB",
             f"time / {base['factor']}x", f"peak / {base['factor']}x")]
    for r in results:
        rows.append((f"{r['factor']}x", r["files"], f"{r['mb']:.1f}", f"{r['build_s']:.2f}",
                     f"{r['mb'] / r['build_s']:.2f}", f"{r['wall_s']:.2f}", f"{r['cpu_s']:.2f}",
                     f"{r['peak_mb']:.0f}", r["stops"],
                     r["evidence"], f"{r['out_mb']:.1f}", f"{r['build_s'] / base['build_s']:.1f}",
                     f"{r['peak_mb'] / base['peak_mb']:.2f}"))
    print("pipeline benchmark: `python -m places build` on ../shared/corpus/*.txt replicated; "
          "one fresh subprocess per size\n")
    print(table(rows))
    if len(results) >= 2:
        small, big = results[-2], results[-1]
        scale = big["factor"] / small["factor"]
        print(f"\n{big['factor']}x / {small['factor']}x: time {big['build_s'] / small['build_s']:.1f} "
              f"(linear = {scale:g}), peak memory {big['peak_mb'] / small['peak_mb']:.2f}x "
              f"(+{big['peak_mb'] - small['peak_mb']:.0f} MB for {big['mb'] - small['mb']:.0f} MB more text)")
    for note in notes:
        print(f"note: {note}")
    if any(r["children_peak_mb"] > 1 for r in results):
        print("note: the build started processes of its own; their peak RSS: "
              + ", ".join(f"{r['factor']}x {r['children_peak_mb']:.0f} MB" for r in results))
    print("build s: places.cli.main in the subprocess (imports excluded); wall s: the whole subprocess; CPU s: its "
          "user+system time (≈ wall s: one core, not slowed by other work); peak MB: its VmHWM")
    print(f"machine: CPUs {busy:.0%} busy before starting; load average after {os.getloadavg()[0]:.2f}")
    print(f"\n(wall time {time.perf_counter() - started:.0f} s)")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
