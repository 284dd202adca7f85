"""Run every benchmark in sequence: `.venv/bin/python bench/run_all.py [--only browser,server] [--log DIR]`.

Each script runs from the project root with this interpreter and its own time limit; its output streams through
as it comes (and is also saved to ``DIR/<name>.txt`` with ``--log``). The exit status is non-zero if any failed.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCHES = ("geocode", "extract", "dates", "browser", "server", "pipeline")
TIME_LIMIT_S = 300  # each benchmark is designed to take well under this


def kill_group(proc: subprocess.Popen) -> None:
    """End the benchmark and what it started (its process group, whose id is its pid)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)


def run(name: str, log_dir: Path | None) -> tuple[int | str, float]:
    print(f"\n===== bench/{name}.py =====", flush=True)
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(ROOT / "bench" / f"{name}.py")], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1,
                            start_new_session=True)  # its own process group: servers and browsers it started
    lines = []
    watchdog = threading.Timer(TIME_LIMIT_S, kill_group, (proc,))  # a silent hang cannot outlive the limit
    watchdog.start()
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            print(line, end="", flush=True)
            lines.append(line)
        status: int | str = proc.wait()
    finally:
        watchdog.cancel()
    if time.perf_counter() - started >= TIME_LIMIT_S and status != 0:
        status = f"killed after {TIME_LIMIT_S} s"
    if log_dir is not None:
        log_dir.mkdir(parents=True, exist_ok=True)
        (log_dir / f"{name}.txt").write_text("".join(lines), encoding="utf-8")
    return status, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help=f"comma-separated subset of {','.join(BENCHES)}")
    parser.add_argument("--log", type=Path, help="also save each benchmark's output into this folder")
    args = parser.parse_args(argv)
    names = BENCHES if not args.only else tuple(n.strip() for n in args.only.split(",") if n.strip())
    unknown = [n for n in names if n not in BENCHES]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    results = [(name, *run(name, args.log)) for name in names]
    print("\n===== summary =====")
    for name, status, seconds in results:
        print(f"bench/{name}.py: {'ok' if status == 0 else f'FAILED ({status})'} in {seconds:.0f} s")
    return 0 if all(status == 0 for _, status, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
