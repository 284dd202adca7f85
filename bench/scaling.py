"""Does the work grow linearly with the input? Hostile and normal text at 1x, 2x and 4x, timed as ratios.

Run from the project root::

    .venv/bin/python bench/scaling.py [--base-kb 72] [--repeat 3] [--no-2mb] [--json F]

**Hostile** is the audit's denial-of-service shape, written here from scratch: "In 1931 she moved to X."
with X thousands of distinct real GeoNames names (a fixed shuffle of every settlement name, so each size
draws names of the same mix; the names pass the gazetteer, so every guard of the broad finder runs on
each). **Normal** is the corpus (``../shared/corpus``, else ``bench/bios``) concatenated and cut at a
paragraph to the size. Each size is timed through the two doors a user has:

- **CLI**: ``places.cli.main(["build", FILE, "-o", OUT, "--subject", S])`` in this process (CPU time, the
  best of ``--repeat``; interpreter start-up left out, it does not grow with the input);
- **app**: ``build_from_uploads(..., isolate=True)``, what the upload form runs: a child process under the
  upload budget (the child's CPU time, and wall time; both include the child's start-up, about 0.5 s of
  CPU that does not grow with the input and pulls the app's ratios below the CLI's).

Linear work doubles the time when the input doubles (2x -> ~2, 4x -> ~4); the issue's bar is 4x in at most
6x the time. With ``--no-2mb`` left off it also uploads a 2 MB hostile document through the app path with
the default budget and reports how long it took and how it ended (finished, or stopped at the budget with
its message). No test asserts any of these times; they go in ``bench/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from browser import machine_busy, table  # noqa: E402  (bench/browser.py: shared measuring and printing)

from places.cli import main as cli_main  # noqa: E402
from places.extract import Extractor  # noqa: E402
from places.gazetteer import load_broad  # noqa: E402
from places.pipeline import MAX_UPLOAD_FILE_BYTES, build_from_uploads  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
SUBJECTS = {"hostile": "Anna Petrova", "normal": "Leon Trotsky"}


def geonames_names() -> list[str]:
    names = [r[0] for r in load_broad().db.execute(
        "SELECT DISTINCT name FROM places WHERE kind = 'settlement' ORDER BY name")]
    random.Random(20261130).shuffle(names)
    return names


def hostile_text(size: int, names: list[str]) -> str:
    parts, n, i = ["Anna Petrova was born in Odessa in 1900.\n"], 0, 0
    while n < size:
        line = f"In {1901 + i % 60} she moved to {names[i % len(names)]}. "
        parts.append(line)
        n += len(line)
        i += 1
    return "".join(parts)


def normal_text(size: int) -> str:
    folder = CORPUS if any(CORPUS.glob("*.txt")) else ROOT / "bench" / "bios"
    pool = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
    if len(pool) < size:
        raise SystemExit(f"{folder} holds {len(pool):,} characters; --base-kb x 4 must fit in it")
    cut = pool.rfind("\n", 0, size)
    return pool[:cut if cut > size // 2 else size]


def time_cli(path: Path, subject: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp, contextlib.redirect_stderr(io.StringIO()):
            t = time.process_time()
            rc = cli_main(["build", str(path), "-o", str(Path(tmp) / "out.json"), "--subject", subject,
                           "--no-curation"])
            best = min(best, time.process_time() - t)
        if rc != 0:
            raise SystemExit(f"build failed on {path}")
    return best


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_app(data: bytes, subject: str, extractor: Extractor, repeat: int) -> tuple[float, float]:
    """(best wall s, best CPU s of the build's child process) over ``repeat`` uploads."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        t, c = time.perf_counter(), children_cpu()
        build_from_uploads([("doc.txt", data)], subject, extractor, isolate=True)
        wall, cpu = min(wall, time.perf_counter() - t), min(cpu, children_cpu() - c)
    return wall, cpu


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base-kb", type=int, default=72, help="size of the 1x input (default 72 kB)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-2mb", action="store_true", help="skip the 2 MB upload")
    ap.add_argument("--only-2mb", action="store_true", help="only the 2 MB upload")
    ap.add_argument("--json", help="also write the figures here")
    args = ap.parse_args(argv)

    busy = machine_busy(1.0)
    names = geonames_names()
    extractor = Extractor()  # shared by the app-path runs, as the app shares one
    rows = [("input", "size", "CLI CPU s", "CLI ratio", "app CPU s", "app ratio", "app wall s", "wall ratio")]
    out: dict = {"machine_busy_before": busy, "base_kb": args.base_kb, "runs": []}
    with tempfile.TemporaryDirectory() as tmp:
        for kind in () if args.only_2mb else ("hostile", "normal"):
            base_cli = base_app = base_wall = None
            for factor in (1, 2, 4):
                size = args.base_kb * 1000 * factor
                text = hostile_text(size, names) if kind == "hostile" else normal_text(size)
                path = Path(tmp) / f"{kind}-{factor}x.txt"
                path.write_text(text, encoding="utf-8")
                cli_s = time_cli(path, SUBJECTS[kind], args.repeat)
                wall_s, app_s = time_app(text.encode(), SUBJECTS[kind], extractor, args.repeat)
                base_cli, base_app, base_wall = base_cli or cli_s, base_app or app_s, base_wall or wall_s
                rows.append((f"{kind} {factor}x", f"{len(text.encode()) / 1000:.0f} kB", f"{cli_s:.2f}",
                             f"{cli_s / base_cli:.2f}", f"{app_s:.2f}", f"{app_s / base_app:.2f}", f"{wall_s:.2f}",
                             f"{wall_s / base_wall:.2f}"))
                out["runs"].append({"kind": kind, "factor": factor, "bytes": len(text.encode()), "cli_cpu_s": cli_s,
                                    "app_cpu_s": app_s, "app_wall_s": wall_s})
                print(rows[-1], flush=True)
        if not args.no_2mb:
            data = hostile_text(MAX_UPLOAD_FILE_BYTES, names).encode()[:MAX_UPLOAD_FILE_BYTES]
            data = data[:data.rindex(b". ") + 2]  # the largest hostile file the upload form accepts
            t = time.perf_counter()
            result = build_from_uploads([("hostile-2mb.txt", data)], "Anna Petrova", extractor, isolate=True)
            elapsed = time.perf_counter() - t
            ended = result.messages[-1] if result.messages else "finished"
            out["upload_2mb"] = {"bytes": len(data), "wall_s": elapsed, "ended": ended,
                                 "stops": len(result.itinerary.stops) if result.itinerary else 0}
    out["machine_busy_after"] = machine_busy(1.0)
    print()
    if len(rows) > 1:
        print(table(rows))
    print(f"\nmachine busy before/after (all CPUs, others included): {out['machine_busy_before']:.0%} / "
          f"{out['machine_busy_after']:.0%}")
    if "upload_2mb" in out:
        u = out["upload_2mb"]
        print(f"2 MB hostile upload through the app path: {u['wall_s']:.1f} s, {u['stops']} stops; ended: {u['ended']}")
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
