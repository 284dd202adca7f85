"""Server work per year step and memory, with 1 and with 20 concurrent sessions (doubles as a bounded load test).

Run from the project root::

    .venv/bin/python bench/server.py [--sessions 20] [--seconds 60] [--single-steps 40] [--no-baseline] [--json F]

Starts ``streamlit run mapapp/app.py`` on 127.0.0.1 and reads the server process's CPU time (utime + stime from
``/proc/<pid>/stat``) and resident memory (VmRSS, VmHWM from ``/proc/<pid>/status``) around:

1. one session (one headless page) pressing ArrowRight/ArrowLeft on the Year slider ``--single-steps`` times;
2. ``--sessions`` pages in one browser, each stepping on its own (starting at different years, turning at
   1879/1940) for ``--seconds``.

A step counts as done when its page shows the new year (heading and ``.stop`` markers, as in bench/browser.py);
a step not done within 30 s, a console error, a page error, or a Streamlit exception box is an error. CPU per
step is the server's CPU time over the stepping window divided by the steps done; the idle rate (measured for a
few seconds with the pages open and nobody stepping) is reported too. With ``--no-baseline`` the naive app
(bench/baseline_app.py) is not measured; otherwise its one-session CPU per step is measured the same way.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.browser import (  # noqa: E402
    APP_SCRIPT,
    ARM_JS,
    CHROMIUM,
    CHROMIUM_ARGS,
    MAP_FRAME,
    PROBE_JS,
    READ_JS,
    VIEWPORT,
    YEAR_INPUT,
    OtherLoad,
    baseline_server,
    cpu_seconds,
    descendants,
    done_js,
    expected_stops,
    layer_changes,
    pct,
    streamlit,
    table,
    wait_for_quiet,
)
from mapapp.layers import YEAR_MAX, YEAR_MIN  # noqa: E402

STEP_TIMEOUT_MS = 30000
IDLE_SECONDS = 3.0
LOAD_CONCURRENCY = 4
LOAD_BUDGET_S = 120.0  # all sessions of a phase must show their map within this, or count as errors
SETTLE_MS = 100  # shorter than bench/browser.py's: this one counts work, not latency
DONE_JS = done_js(SETTLE_MS)


def machine_jiffies() -> tuple[int, int]:
    """(busy, total) CPU time of the whole machine from /proc/stat, in clock ticks."""
    with open("/proc/stat") as fh:
        values = [int(v) for v in fh.readline().split()[1:]]
    idle = values[3] + (values[4] if len(values) > 4 else 0)
    return sum(values) - idle, sum(values)


def client_cpu_seconds(exclude: int) -> dict[int, float]:
    """CPU seconds of each process this benchmark started except the server ``exclude`` (the browser, its driver)."""
    out = {}
    for pid in descendants(os.getpid()) - {exclude} - descendants(exclude):
        with contextlib.suppress(OSError, ValueError, IndexError):  # it may have ended meanwhile
            out[pid] = cpu_seconds(pid)
    return out


def process_name(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/comm") as fh:
            return fh.read().strip()
    except OSError:
        return ""


def memory_mb(pid: int) -> dict[str, float]:
    out = {}
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0]) / 1024
    return out


@dataclass
class Session:
    index: int
    year: int
    context: object = None
    page: object = None
    direction: int = 1
    steps: int = 0
    failed: int = 0
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    load_s: float = 0.0


async def open_session(browser, url: str, index: int, year: int, gate: asyncio.Semaphore) -> Session:
    s = Session(index, year)
    async with gate:
        s.context = await browser.new_context(viewport=VIEWPORT)
        s.page = page = await s.context.new_page()
        page.on("console", lambda m: s.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: s.errors.append(str(e)))
        await page.add_init_script("window.__benchRaf = false;")
        await page.add_init_script(PROBE_JS)
        t0 = time.perf_counter()
        await page.goto(f"{url}/?year={year}", timeout=120000)
        await page.wait_for_function(f"() => {{ const f = document.querySelector({json.dumps(MAP_FRAME)});"
                                     f" return f && f.contentDocument &&"
                                     f" f.contentDocument.querySelectorAll('.stop').length == {expected_stops(year)}"
                                     f" && (document.querySelector({json.dumps(YEAR_INPUT)})"
                                     f" || f.contentDocument.querySelector('#tm-year')); }}",
                                     timeout=120000, polling=100)
        await (await year_input(page)).focus()
        s.load_s = time.perf_counter() - t0
    return s


async def year_input(page):
    """The Year slider: inside the map's frame (the app's TimeMap) or on the page (the naive app)."""
    in_frame = page.frame_locator(MAP_FRAME).locator("#tm-year")
    return in_frame if await in_frame.count() else page.locator(YEAR_INPUT)


async def step(s: Session) -> None:
    if not YEAR_MIN <= s.year + s.direction <= YEAR_MAX:
        s.direction = -s.direction
    target = s.year + s.direction
    page = s.page
    limit = STEP_TIMEOUT_MS / 1000
    try:
        await asyncio.wait_for(page.evaluate(ARM_JS, [target, expected_stops(target), layer_changes(target, s.year)]),
                               limit)
        await asyncio.wait_for(page.keyboard.press("ArrowRight" if s.direction > 0 else "ArrowLeft"), limit)
        await page.wait_for_function(DONE_JS, timeout=STEP_TIMEOUT_MS, polling=50)
        state = await asyncio.wait_for(page.evaluate(READ_JS), limit)
        if state["press"] is not None:
            s.latencies.append(state["since"] - state["press"])
        s.steps += 1
        s.year = target
    except Exception as exc:  # a step that never showed its year is an error of the run, not a crash
        s.failed += 1
        s.errors.append(f"step to {target}: {str(exc).splitlines()[0]}")
        with contextlib.suppress(Exception):  # resynchronise with what the page shows
            slider = await year_input(page)
            s.year = int(await slider.input_value(timeout=STEP_TIMEOUT_MS))
            await slider.focus(timeout=STEP_TIMEOUT_MS)


async def exception_boxes(s: Session) -> int:
    return await asyncio.wait_for(s.page.locator("[data-testid=stException]").count(), STEP_TIMEOUT_MS / 1000)


def progress(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message} (load average {os.getloadavg()[0]:.2f})", file=sys.stderr,
          flush=True)


async def idle_rate(pid: int, seconds: float = IDLE_SECONDS) -> float:
    c0, t0 = cpu_seconds(pid), time.perf_counter()
    await asyncio.sleep(seconds)
    return (cpu_seconds(pid) - c0) / (time.perf_counter() - t0)


async def measure(browser, url: str, pid: int, sessions: int, seconds: float | None, max_steps: int | None) -> dict:
    """Open ``sessions`` pages, then step them all until ``seconds`` pass or each did ``max_steps`` steps."""
    gate = asyncio.Semaphore(LOAD_CONCURRENCY)
    span = YEAR_MAX - 1 - (YEAR_MIN + 1)
    starts = [YEAR_MIN + 1 + (i * 37) % span for i in range(sessions)] if sessions > 1 else [1900]
    t_load = time.perf_counter()
    load_deadline = t_load + LOAD_BUDGET_S
    load_errors: list[str] = []

    async def open_one(i: int, y: int) -> Session | None:
        try:
            return await asyncio.wait_for(open_session(browser, url, i, y, gate),
                                          timeout=max(1.0, load_deadline - time.perf_counter()))
        except Exception as exc:  # a page that never showed its map is an error of the run
            load_errors.append(f"session {i} did not load within the {LOAD_BUDGET_S:g} s budget: "
                               f"{type(exc).__name__} {str(exc).splitlines()[0] if str(exc) else ''}")
            return None

    opened = [s for s in await asyncio.gather(*(open_one(i, y) for i, y in enumerate(starts))) if s is not None]
    load_wall = time.perf_counter() - t_load
    progress(f"{len(opened)}/{sessions} sessions open in {load_wall:.0f} s; stepping")
    if not opened:
        raise SystemExit("no session could be opened: " + "; ".join(load_errors[:3]))
    await asyncio.sleep(1.0)
    mem_loaded = memory_mb(pid)
    idle = await idle_rate(pid)

    deadline = time.perf_counter() + seconds if seconds else None

    async def run(s: Session) -> None:
        while (deadline is None or time.perf_counter() < deadline) and (max_steps is None or s.steps < max_steps):
            await step(s)

    c0, t0, m0, b0 = cpu_seconds(pid), time.perf_counter(), machine_jiffies(), client_cpu_seconds(pid)
    await asyncio.gather(*(run(s) for s in opened))
    wall = time.perf_counter() - t0
    cpu = cpu_seconds(pid) - c0
    m1, b1 = machine_jiffies(), client_cpu_seconds(pid)
    driver = {k for k in b1 if process_name(k) == "node"}  # Playwright's driver, not the browser
    client_cpu = sum(v - b0[k] for k, v in b1.items() if k in b0 and k not in driver)  # alive all along
    driver_cpu = sum(v - b0[k] for k, v in b1.items() if k in b0 and k in driver)
    machine_busy = (m1[0] - m0[0]) / max(1, m1[1] - m0[1])
    mem_after = memory_mb(pid)
    boxes = sum([await exception_boxes(s) for s in opened])
    latencies = [ms for s in opened for ms in s.latencies]
    steps = sum(s.steps for s in opened)
    failed = sum(s.failed for s in opened)
    errors = load_errors + [e for s in opened for e in s.errors]
    for s in opened:
        await s.context.close()
    return {
        "sessions": sessions, "opened": len(opened), "load_errors": len(load_errors), "load_wall_s": load_wall,
        "load_s_median": statistics.median(s.load_s for s in opened),
        "rss_loaded_mb": mem_loaded["VmRSS"], "rss_after_mb": mem_after["VmRSS"], "hwm_mb": mem_after["VmHWM"],
        "idle_cpu_per_s": idle, "wall_s": wall, "cpu_s": cpu, "steps": steps, "failed": failed,
        "cpu_per_step_s": cpu / steps if steps else float("nan"),
        "cpu_per_step_net_s": (cpu - idle * wall) / steps if steps else float("nan"),
        "steps_per_s": steps / wall if wall else float("nan"), "server_cpu_util": cpu / wall if wall else 0.0,
        "client_cpu_s": client_cpu, "client_cpu_per_step_s": client_cpu / steps if steps else float("nan"),
        "driver_cpu_per_step_s": driver_cpu / steps if steps else float("nan"),
        "machine_busy": machine_busy,
        "latency_median_ms": statistics.median(latencies) if latencies else float("nan"),
        "latency_p95_ms": pct(latencies, 95), "errors": len(errors), "error_samples": errors[:5],
        "exception_boxes": boxes,
    }


async def bench(args) -> dict:
    from playwright.async_api import async_playwright

    out: dict = {}
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            with streamlit(APP_SCRIPT) as server:
                pid = server.proc.pid
                await asyncio.sleep(1.0)
                out["rss_started_mb"] = memory_mb(pid)["VmRSS"]
                progress(f"server up in {server.healthy:.1f} s; one session, {args.single_steps} steps")
                out["one"] = await measure(browser, server.url, pid, 1, None, args.single_steps)
                progress(f"{args.sessions} sessions for {args.seconds:g} s")
                await asyncio.sleep(2.0)
                out["many"] = await measure(browser, server.url, pid, args.sessions, args.seconds, None)
                out["server_log_tracebacks"] = server.log.read_text(errors="replace").count("Traceback")
            if not args.no_baseline:
                progress(f"baseline, one session, {args.single_steps} steps")
                with baseline_server() as server:
                    await asyncio.sleep(1.0)
                    out["baseline_one"] = await measure(browser, server.url, server.proc.pid, 1, None,
                                                        args.single_steps)
        finally:
            await browser.close()
    return out


def report(out: dict, args) -> str:
    one, many, base = out["one"], out["many"], out.get("baseline_one")
    cols = [("one", one), ("many", many)] + ([("base", base)] if base else [])
    head = ("metric", "ours, 1 session", f"ours, {many['sessions']} sessions") + (
        ("baseline, 1 session",) if base else ())

    def row(label, fmt):
        return (label,) + tuple(fmt(r) for _, r in cols)

    rows = [head,
            row("steps done", lambda r: r["steps"]),
            row("failed steps", lambda r: r["failed"]),
            row("sessions that did not load in time", lambda r: r["load_errors"]),
            row("console/page errors + exception boxes",
                lambda r: r["errors"] - r["failed"] - r["load_errors"] + r["exception_boxes"]),
            row("sessions: time to open all (≤ 4 at once), s", lambda r: f"{r['load_wall_s']:.1f}"),
            row("stepping wall time, s", lambda r: f"{r['wall_s']:.1f}"),
            row("steps/s (all sessions)", lambda r: f"{r['steps_per_s']:.1f}"),
            row("server CPU per step, ms", lambda r: f"{r['cpu_per_step_s'] * 1000:.0f}"),
            row("  minus idle rate, ms", lambda r: f"{r['cpu_per_step_net_s'] * 1000:.0f}"),
            row("server CPU use while stepping (1.0 = a core)", lambda r: f"{r['server_cpu_util']:.2f}"),
            row("server idle CPU with pages open (cores)", lambda r: f"{r['idle_cpu_per_s']:.3f}"),
            row("browser CPU per step (all Chromium processes), ms",
                lambda r: f"{r['client_cpu_per_step_s'] * 1000:.0f}"),
            row("Playwright driver CPU per step, ms", lambda r: f"{r['driver_cpu_per_step_s'] * 1000:.0f}"),
            row(f"whole machine busy while stepping ({os.cpu_count()} CPUs)", lambda r: f"{r['machine_busy']:.0%}"),
            row("step latency median, ms", lambda r: f"{r['latency_median_ms']:.0f}"),
            row("step latency p95, ms", lambda r: f"{r['latency_p95_ms']:.0f}"),
            row("page load (goto → markers) median, s", lambda r: f"{r['load_s_median']:.2f}"),
            row("RSS with the sessions open, MB", lambda r: f"{r['rss_loaded_mb']:.0f}"),
            row("RSS after stepping, MB", lambda r: f"{r['rss_after_mb']:.0f}"),
            row("peak RSS so far (VmHWM), MB", lambda r: f"{r['hwm_mb']:.0f}")]
    lines = [f"server benchmark: streamlit run {APP_SCRIPT}; {args.single_steps} steps with one session, then "
             f"{args.sessions} sessions stepping for {args.seconds:g} s (one headless Chromium, 127.0.0.1)", "",
             table(rows), "",
             f"RSS of the server before any session: {out['rss_started_mb']:.0f} MB; "
             f"per extra session ≈ {(many['rss_loaded_mb'] - one['rss_after_mb']) / max(1, many['sessions']):.1f} MB "
             f"(RSS with {many['sessions']} open minus RSS after the single session); "
             f"tracebacks in the server log: {out['server_log_tracebacks']}"]
    if base:
        ours = one["cpu_per_step_s"]  # 0 when the browser steps alone (the TimeMap): no ratio then
        lines.append(f"server CPU per step, baseline {base['cpu_per_step_s'] * 1000:.0f} ms, ours "
                     f"{ours * 1000:.0f} ms" + (f" ({base['cpu_per_step_s'] / ours:.1f}x)" if ours else ""))
    for label, r in cols:
        for e in r["error_samples"]:
            lines.append(f"{label}: {e}")
    ok = many["failed"] == 0 and many["errors"] == 0 and many["exception_boxes"] == 0 and many["load_errors"] == 0
    lines.append(f"\nload test with {many['sessions']} sessions: {'PASS' if ok else 'FAIL'} "
                 f"({many['opened']}/{many['sessions']} sessions opened, {many['steps']} steps, "
                 f"{many['failed']} failed, {many['errors']} errors, "
                 f"{many['exception_boxes']} exception boxes)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=20, help="concurrent sessions (default %(default)s)")
    parser.add_argument("--seconds", type=float, default=60.0, help="stepping time with them (default %(default)s)")
    parser.add_argument("--single-steps", type=int, default=30, help="steps with one session (default %(default)s)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the naive app's one-session run")
    parser.add_argument("--json", type=Path, help="also write the raw results to this file")
    args = parser.parse_args(argv)
    if not (1 <= args.sessions <= 40 and 1 <= args.seconds <= 180 and 1 <= args.single_steps <= 200):
        parser.error("keep it bounded: --sessions 1..40, --seconds 1..180, --single-steps 1..200")
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} not found (apt-get install chromium)")
    quiet = wait_for_quiet()
    started, load = time.perf_counter(), OtherLoad()
    out = asyncio.run(bench(args))
    print(report(out, args))
    print(f"machine: {quiet}; after: load average {os.getloadavg()[0]:.2f}\n{load.report()}")
    print(f"\n(wall time {time.perf_counter() - started:.0f} s)")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
