"""Browser benchmarks of the map app against the naive baseline (bench/baseline_app.py), in the same run.

Run from the project root::

    .venv/bin/python bench/browser.py [--steps 32] [--cold-runs 3] [--verbose] [--json FILE]

Measures, with Debian's headless Chromium driven by Playwright, all traffic on 127.0.0.1:

a. year-step latency: open ``/?year=1900``, focus the Year slider and press ArrowRight ``--steps`` times. A step
   is timed from the keydown event (``performance.now()`` in the page) until the page shows the new year: the
   panel heading starts with "<year>: ", the map iframe holds exactly as many ``.stop`` markers as stops had
   begun by that year and, when that year's layer differs from the previous one, none of the previous
   markers is left (fresh elements). That state must then hold for ``SETTLE_MS`` so a later re-mount cannot
   hide behind it; the time is when it first became true. Each step also records whether the map was
   re-mounted: a tag is set on the iframe's window and on its Leaflet map before the key press and looked for
   afterwards.
b. cold start: ``streamlit run mapapp/app.py`` started → health check → first page load → markers attached.
c. payload: bytes the browser received, from a CDP session (``Network.loadingFinished`` encodedDataLength for
   HTTP loads, ``Network.webSocketFrameReceived`` payload lengths for the Streamlit websocket), at first load
   and per step.

The baseline cannot be run from bench/ as is (Streamlit serves /app/static from the folder next to the entry
script): it is copied with mapapp/static/vendor into a temporary directory and run from the project root; see
its docstring.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mapapp.layers import current_stops, stops_until  # noqa: E402
from places.itinerary import load_itinerary  # noqa: E402
from tests.browser import CHROMIUM_ARGS, free_port, leaves_host, stop_process, wait_until_healthy  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
MAP_FRAME = "iframe[title='streamlit_folium.st_folium']"
YEAR_INPUT = "input[type=range][aria-label=Year]"
APP_SCRIPT = "mapapp/app.py"
BASELINE_SCRIPT = ROOT / "bench" / "baseline_app.py"
VENDOR = ROOT / "mapapp" / "static" / "vendor"
ITINERARY = load_itinerary(ROOT / "places" / "data" / "itinerary.json")
START_YEAR = 1900
SETTLE_MS = 300
STEP_TIMEOUT_MS = 20000
VIEWPORT = {"width": 1400, "height": 950}

# Installed in the top page: records the keydown time and when "the page shows year N" became true.
PROBE_JS = """
(() => {
  if (window.top !== window || window.__bench) return;
  const MAP = "iframe[title='streamlit_folium.st_folium']";
  const b = window.__bench = {target: null, expected: -1, fresh: false, press: null, since: null, ok: false,
                              observed: null};
  b.frameDoc = () => { const f = document.querySelector(MAP);
                       try { return f && f.contentDocument; } catch (e) { return null; } };
  b.check = () => {
    if (b.target === null) return;
    const now = performance.now();
    const heading = [...document.querySelectorAll('h1,h2,h3,h4')]
      .some(h => h.textContent.trim().startsWith(b.target + ': '));
    const d = b.frameDoc();
    if (d && d !== b.observed) {  // a new iframe document: watch it too
      b.observed = d;
      new MutationObserver(b.check).observe(d, {childList: true, subtree: true});
    }
    const stops = d ? [...d.querySelectorAll('.stop')] : [];
    const ok = heading && stops.length === b.expected && (!b.fresh || !stops.some(s => s.__benchOld));
    if (ok && !b.ok) b.since = now;
    if (!ok) b.since = null;
    b.ok = ok;
  };
  b.arm = (target, expected, fresh) => {
    const d = b.frameDoc();
    if (d) {
      d.querySelectorAll('.stop').forEach(s => { s.__benchOld = true; });
      const w = d.defaultView;
      w.__benchTag = 'mounted';
      if (w.map_div && typeof w.map_div === 'object') w.map_div.__benchTag = 'mounted';
    }
    Object.assign(b, {target, expected, fresh, press: null, since: null, ok: false});
  };
  b.remounted = () => {
    const d = b.frameDoc(); const w = d && d.defaultView;
    return {frame: !(w && w.__benchTag === 'mounted'),
            map: !(w && w.map_div && w.map_div.__benchTag === 'mounted')};
  };
  window.addEventListener('keydown', () => { b.press = performance.now(); b.msgs = []; }, true);
  b.msgs = [];
  const NativeWS = window.WebSocket;  // message arrival times, to split a step into server and browser time
  window.WebSocket = class extends NativeWS {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', () => { if (b.press !== null) b.msgs.push(performance.now()); });
    }
  };
  const start = () => {
    new MutationObserver(b.check).observe(document, {childList: true, subtree: true, characterData: true});
    if (window.__benchRaf === false) return;  // many pages at once: mutations and polling only, to spare the CPU
    const tick = () => { b.check(); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
"""


# ------------------------------------------------------------------------------------------------ servers

@dataclass
class Server:
    url: str
    proc: subprocess.Popen
    log: Path
    started: float  # time.perf_counter() just before Popen
    healthy: float = 0.0  # seconds from start to the first 200 on /_stcore/health


@contextlib.contextmanager
def streamlit(script: str | Path, env: dict | None = None, timeout: float = 60.0) -> Iterator[Server]:
    """``streamlit run SCRIPT`` from the project root (so .streamlit/config.toml applies) on a loopback port.

    The log goes to a temporary file, not into the repository; it is printed if the server fails to start.
    """
    port = free_port()
    cmd = [sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(port),
           "--server.address", "127.0.0.1", "--server.headless", "true",
           "--browser.gatherUsageStats", "false"]
    with tempfile.TemporaryDirectory(prefix="bench-streamlit-") as tmp:
        log = Path(tmp) / "streamlit.log"
        with log.open("w") as out:
            started = time.perf_counter()
            proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
                                    env={**os.environ, **(env or {})})
            server = Server(f"http://127.0.0.1:{port}", proc, log, started)
            try:
                wait_until_healthy(server.url, proc, timeout, log, poll=0.02)
                server.healthy = time.perf_counter() - started
                yield server
            finally:
                stop_process(proc)


@contextlib.contextmanager
def baseline_server() -> Iterator[Server]:
    """The baseline, copied with the vendor assets into a temporary folder and run from the project root."""
    with tempfile.TemporaryDirectory(prefix="bench-baseline-") as tmp:
        shutil.copy2(BASELINE_SCRIPT, Path(tmp) / "baseline_app.py")
        shutil.copytree(VENDOR, Path(tmp) / "static" / "vendor")
        pythonpath = os.pathsep.join(x for x in (str(ROOT), os.environ.get("PYTHONPATH", "")) if x)
        with streamlit(Path(tmp) / "baseline_app.py", env={"PYTHONPATH": pythonpath}) as server:
            yield server


def machine_busy(seconds: float = 1.0) -> float:
    """Fraction of the machine's CPU time that was busy over ``seconds`` (from /proc/stat)."""
    def sample() -> tuple[int, int]:
        with open("/proc/stat") as fh:
            values = [int(v) for v in fh.readline().split()[1:]]
        return sum(values) - values[3] - values[4], sum(values)
    b0, t0 = sample()
    time.sleep(seconds)
    b1, t1 = sample()
    return (b1 - b0) / max(1, t1 - t0)


class OtherLoad:
    """CPU time the rest of the machine used while this benchmark ran: all CPUs' busy time minus ours.

    Ours is this process plus every process below it (servers, the Playwright driver, Chromium's processes),
    whose CPU times a background thread samples every ``interval`` s, keeping each one's last value (so a
    process that ended still counts, up to its last sample).
    """

    def __init__(self, interval: float = 0.5):
        self.seen: dict[int, float] = {}
        self.machine0, self.self0, self.t0 = self._machine(), self._self(), time.perf_counter()
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._sample, args=(interval,), daemon=True)
        self.thread.start()

    @staticmethod
    def _machine() -> float:
        with open("/proc/stat") as fh:
            values = [int(v) for v in fh.readline().split()[1:]]
        return (sum(values) - values[3] - values[4]) / os.sysconf("SC_CLK_TCK")

    @staticmethod
    def _self() -> float:
        me = resource.getrusage(resource.RUSAGE_SELF)
        return me.ru_utime + me.ru_stime

    def _sample(self, interval: float) -> None:
        baseline = None
        while True:
            now = {}
            for pid in descendants(os.getpid()):
                with contextlib.suppress(OSError, ValueError, IndexError):
                    now[pid] = cpu_seconds(pid)
            if baseline is None:
                baseline = dict(now)  # what they had used before we started counting
            for pid, cpu in now.items():
                self.seen[pid] = cpu - baseline.get(pid, 0.0)
            if self.stopped.wait(interval):
                return

    def report(self) -> str:
        self.stopped.set()
        self.thread.join()
        wall = time.perf_counter() - self.t0
        machine = self._machine() - self.machine0
        ours = self._self() - self.self0 + sum(self.seen.values())
        others = max(0.0, machine - ours)
        return (f"during the run ({wall:.0f} s on {os.cpu_count()} CPUs) this benchmark and what it started used "
                f"{ours:.0f} CPU-s, other processes {others:.0f} CPU-s ({others / wall:.2f} CPUs on average)")


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process, in seconds (fields 14 and 15 of /proc/<pid>/stat)."""
    with open(f"/proc/{pid}/stat") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def descendants(pid: int) -> set[int]:
    """Every live process below ``pid`` (children, grandchildren, ...)."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        parents.setdefault(ppid, []).append(int(entry))
    found, todo = set(), [pid]
    while todo:
        for child in parents.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def wait_for_quiet(limit: float = 0.25, max_wait: float = 90.0) -> str:
    """Wait (up to ``max_wait`` s) until other processes leave the CPUs mostly idle; say what was seen.

    The machine is shared: a test run or a build elsewhere would show up as latency here.
    """
    started = time.perf_counter()
    busy = machine_busy()
    while busy > limit and time.perf_counter() - started < max_wait:
        busy = machine_busy(2.0)
    waited = time.perf_counter() - started
    return (f"CPUs {busy:.0%} busy before starting (waited {waited:.0f} s; load average "
            f"{os.getloadavg()[0]:.2f})" + ("" if busy <= limit else " - NOT QUIET, figures may be inflated"))


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)


# ------------------------------------------------------------------------------------------------ measuring

@dataclass
class Traffic:
    """Bytes the browser received, from the DevTools protocol."""

    http_bytes: int = 0
    ws_bytes: int = 0
    ws_frames: int = 0
    requests: int = 0
    urls: list[str] = field(default_factory=list)

    def total(self) -> int:
        return self.http_bytes + self.ws_bytes

    def snapshot(self) -> tuple[int, int, int, int]:
        return self.http_bytes, self.ws_bytes, self.ws_frames, self.requests

    def attach(self, page) -> None:
        cdp = page.context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.on("Network.loadingFinished", self._loaded)
        cdp.on("Network.webSocketFrameReceived", self._frame)
        cdp.on("Network.requestWillBeSent", self._request)

    def _loaded(self, params: dict) -> None:
        self.http_bytes += int(params.get("encodedDataLength", 0))

    def _frame(self, params: dict) -> None:
        response = params.get("response", {})
        data = response.get("payloadData", "")
        if response.get("opcode") == 2:  # binary frames (Streamlit's protobuf) arrive base64-encoded
            size = len(base64.b64decode(data)) if data else 0
        else:
            size = len(data.encode("utf-8"))
        self.ws_bytes += size
        self.ws_frames += 1

    def _request(self, params: dict) -> None:
        self.requests += 1
        self.urls.append(params.get("request", {}).get("url", ""))


def expected_stops(year: int) -> int:
    return len(stops_until(ITINERARY, year))


def layer_changes(year: int, previous: int | None = None) -> bool:
    """Whether the map's content at ``year`` differs from ``previous`` (default ``year - 1``).

    Both apps draw a function of (stops begun, current stops); when neither changes the year's layer is
    identical and neither app needs to touch the markers, so no fresh marker is waited for.
    """
    def key(y: int):
        return [s.id for s in stops_until(ITINERARY, y)], [s.id for s in current_stops(ITINERARY, y)]
    return key(year) != key(year - 1 if previous is None else previous)


ARM_JS = "([y, n, f]) => window.__bench.arm(y, n, f)"


def done_js(settle_ms: int = SETTLE_MS) -> str:
    """Predicate: the armed year is shown and has held for ``settle_ms``."""
    return (f"() => {{ const b = window.__bench; b.check();"
            f" return b.ok && b.since !== null && performance.now() - b.since >= {settle_ms}; }}")


DONE_JS = done_js()
READ_JS = ("() => ({press: window.__bench.press, since: window.__bench.since, msgs: window.__bench.msgs,"
           " re: window.__bench.remounted()})")


def pct(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


class Tab:
    """One page on an app with a probe, a CDP traffic counter and error capture."""

    def __init__(self, browser, url: str):
        self.context = browser.new_context(viewport=VIEWPORT)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.traffic = Traffic()
        self.traffic.attach(self.page)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.outside.append(r.url) if leaves_host(r.url) else None)
        self.page.add_init_script(PROBE_JS)
        t0 = time.perf_counter()
        self.page.goto(url)
        frame = self.page.frame_locator(MAP_FRAME)
        frame.locator(".stop").first.wait_for(state="attached", timeout=60000)
        frame.locator("path.basemap").first.wait_for(state="attached", timeout=60000)
        self.page.wait_for_function(f"() => document.querySelector({json.dumps(MAP_FRAME)}).contentDocument"
                                    f".querySelectorAll('.stop').length == {expected_stops(START_YEAR)}",
                                    timeout=30000)
        self.load_s = time.perf_counter() - t0
        self.page.wait_for_timeout(1000)  # let late loads (outlines, fonts) finish before counting the first load
        self.first_load = self.traffic.snapshot()

    def close(self) -> None:
        self.context.close()


def step_run(browser, url: str, steps: int) -> dict:
    """Step the slider ``steps`` times from START_YEAR; one record per step."""
    tab = Tab(browser, f"{url}/?year={START_YEAR}")
    page = tab.page
    slider = page.locator(YEAR_INPUT)
    slider.focus()
    records = []
    for i in range(1, steps + 1):
        year = START_YEAR + i
        fresh = layer_changes(year)
        page.evaluate(ARM_JS, [year, expected_stops(year), fresh])
        before = tab.traffic.snapshot()
        slider.press("ArrowRight")
        record = {"year": year, "layer_changes": fresh, "ok": True}
        try:
            page.wait_for_function(DONE_JS, timeout=STEP_TIMEOUT_MS, polling=25)
            state = page.evaluate(READ_JS)
            press, since = state["press"], state["since"]
            record["ms"] = since - press if press is not None else None
            before_done = [t - press for t in state["msgs"] if t <= since] if press is not None else []
            record["first_msg_ms"] = before_done[0] if before_done else None
            record["last_msg_ms"] = before_done[-1] if before_done else None
            record["remount_frame"] = state["re"]["frame"]
            record["remount_map"] = state["re"]["map"]
        except Exception as exc:  # a failed step is a result, not a crash
            record.update(ok=False, ms=None, error=str(exc).splitlines()[0])
            page.wait_for_timeout(1000)
        after = tab.traffic.snapshot()
        record.update(http_bytes=after[0] - before[0], ws_bytes=after[1] - before[1],
                      ws_frames=after[2] - before[2], requests=after[3] - before[3])
        records.append(record)
    result = {"load_s": tab.load_s, "first_load": dict(zip(("http_bytes", "ws_bytes", "ws_frames", "requests"),
                                                          tab.first_load, strict=True)),
              "steps": records, "errors": list(tab.errors), "outside": list(tab.outside),
              "final_slider": int(slider.input_value())}
    tab.close()
    return result


def summarise_steps(run: dict) -> dict:
    ok = [r for r in run["steps"] if r["ok"] and r["ms"] is not None]
    ms = [r["ms"] for r in ok]
    changed = [r["ms"] for r in ok if r["layer_changes"]]
    per_step = [r["http_bytes"] + r["ws_bytes"] for r in run["steps"]]
    return {
        "steps": len(run["steps"]), "failed": len(run["steps"]) - len(ok),
        "median_ms": statistics.median(ms) if ms else float("nan"), "p95_ms": pct(ms, 95),
        "max_ms": max(ms) if ms else float("nan"),
        "changed_steps": len(changed),
        "changed_median_ms": statistics.median(changed) if changed else float("nan"),
        "changed_p95_ms": pct(changed, 95),
        "frame_remounts": sum(bool(r.get("remount_frame")) for r in run["steps"]),
        "map_remounts": sum(bool(r.get("remount_map")) for r in run["steps"]),
        "step_bytes_median": statistics.median(per_step) if per_step else 0,
        "step_bytes_max": max(per_step) if per_step else 0,
        "step_ws_bytes_median": statistics.median(r["ws_bytes"] for r in run["steps"]),
        "step_http_bytes_median": statistics.median(r["http_bytes"] for r in run["steps"]),
        "step_requests_median": statistics.median(r["requests"] for r in run["steps"]),
        "first_load_bytes": run["first_load"]["http_bytes"] + run["first_load"]["ws_bytes"],
        "first_load_requests": run["first_load"]["requests"],
        "load_s": run["load_s"], "errors": len(run["errors"]), "outside": len(run["outside"]),
        "final_slider": run["final_slider"],
    }


def cold_start(browser, runs: int) -> list[dict]:
    """Process start → health → markers attached in a fresh browser context, ``runs`` times."""
    out = []
    for _ in range(runs):
        with streamlit(APP_SCRIPT) as server:
            context = browser.new_context(viewport=VIEWPORT)
            page = context.new_page()
            page.goto(f"{server.url}/?year={START_YEAR}")
            page.frame_locator(MAP_FRAME).locator(".stop").first.wait_for(state="attached", timeout=60000)
            markers = time.perf_counter() - server.started
            page.frame_locator(MAP_FRAME).locator("path.basemap").first.wait_for(state="attached", timeout=60000)
            outlines = time.perf_counter() - server.started
            out.append({"health_s": server.healthy, "markers_s": markers, "outlines_s": outlines})
            context.close()
    return out


# ------------------------------------------------------------------------------------------------ report

def kb(n: float) -> str:
    return f"{n / 1024:,.1f} KB"


def table(rows: list[tuple]) -> str:
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for i, r in enumerate(rows):
        lines.append("  ".join(str(c).ljust(w) if j == 0 else str(c).rjust(w)
                               for j, (c, w) in enumerate(zip(r, widths, strict=True))))
        if i == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def ratio(a: float, b: float) -> str:
    return f"{a / b:.1f}x" if b else "-"


def report(ours: dict, base: dict, cold: list[dict], steps: int) -> str:
    o, b = summarise_steps(ours), summarise_steps(base)
    lines = [f"browser benchmark: {steps} ArrowRight steps from {START_YEAR}, Chromium headless, 127.0.0.1 only; "
             f"a step ends when the new year's markers and heading have held for {SETTLE_MS} ms", ""]
    rows = [("metric", "ours", "baseline", "baseline/ours"),
            ("step latency, median ms", f"{o['median_ms']:.0f}", f"{b['median_ms']:.0f}",
             ratio(b["median_ms"], o["median_ms"])),
            ("step latency, p95 ms", f"{o['p95_ms']:.0f}", f"{b['p95_ms']:.0f}", ratio(b["p95_ms"], o["p95_ms"])),
            ("step latency, max ms", f"{o['max_ms']:.0f}", f"{b['max_ms']:.0f}", ratio(b["max_ms"], o["max_ms"])),
            (f"steps that change the map ({o['changed_steps']}), median ms", f"{o['changed_median_ms']:.0f}",
             f"{b['changed_median_ms']:.0f}", ratio(b["changed_median_ms"], o["changed_median_ms"])),
            ("steps that change the map, p95 ms", f"{o['changed_p95_ms']:.0f}", f"{b['changed_p95_ms']:.0f}",
             ratio(b["changed_p95_ms"], o["changed_p95_ms"])),
            ("iframe re-mounts / steps", f"{o['frame_remounts']}/{o['steps']}", f"{b['frame_remounts']}/{b['steps']}",
             "-"),
            ("Leaflet map re-created / steps", f"{o['map_remounts']}/{o['steps']}",
             f"{b['map_remounts']}/{b['steps']}", "-"),
            ("failed steps", o["failed"], b["failed"], "-"),
            ("bytes received per step, median", kb(o["step_bytes_median"]), kb(b["step_bytes_median"]),
             ratio(b["step_bytes_median"], o["step_bytes_median"])),
            ("bytes received per step, max", kb(o["step_bytes_max"]), kb(b["step_bytes_max"]),
             ratio(b["step_bytes_max"], o["step_bytes_max"])),
            ("  of which websocket, median", kb(o["step_ws_bytes_median"]), kb(b["step_ws_bytes_median"]), "-"),
            ("  of which HTTP, median", kb(o["step_http_bytes_median"]), kb(b["step_http_bytes_median"]), "-"),
            ("HTTP requests per step, median", f"{o['step_requests_median']:g}", f"{b['step_requests_median']:g}",
             "-"),
            ("first load: bytes received", kb(o["first_load_bytes"]), kb(b["first_load_bytes"]),
             ratio(b["first_load_bytes"], o["first_load_bytes"])),
            ("first load: requests", o["first_load_requests"], b["first_load_requests"], "-"),
            ("first load: goto → all markers, s (warm server)", f"{o['load_s']:.2f}", f"{b['load_s']:.2f}",
             ratio(b["load_s"], o["load_s"])),
            ("console/page errors", o["errors"], b["errors"], "-"),
            ("requests leaving 127.0.0.1", o["outside"], b["outside"], "-")]
    lines.append(table(rows))
    cold_rows = [("cold start, ours (process start →)", "median s", "min s", "max s")]
    for label, k in (("health check OK", "health_s"), ("markers attached", "markers_s"),
                     ("country outlines drawn", "outlines_s")):
        vals = [c[k] for c in cold]
        cold_rows.append((label, f"{statistics.median(vals):.2f}", f"{min(vals):.2f}", f"{max(vals):.2f}"))
    lines += ["", table(cold_rows) + f"\n({len(cold)} runs, each a new server process and a new browser context)"]
    cold_med = statistics.median(c["markers_s"] for c in cold)
    speedup = b["median_ms"] / o["median_ms"] if o["median_ms"] else float("nan")
    targets = [
        ("median step ≥ 5x faster than the baseline", f"{speedup:.1f}x", speedup >= 5),
        ("p95 step < 150 ms", f"{o['p95_ms']:.0f} ms", o["p95_ms"] < 150),
        ("cold start ≤ 3 s (process start → markers)", f"{cold_med:.2f} s", cold_med <= 3),
        ("< 50 KB per step (max over steps)", kb(o["step_bytes_max"]), o["step_bytes_max"] < 50 * 1024),
        ("no re-mount while stepping", f"{o['frame_remounts'] + o['map_remounts']}",
         o["frame_remounts"] + o["map_remounts"] == 0),
    ]
    lines += ["", table([("target", "measured", "met")] + [(t, m, "yes" if ok else "NO") for t, m, ok in targets])]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=32, help="ArrowRight presses per app (default %(default)s)")
    parser.add_argument("--cold-runs", type=int, default=3, help="cold starts of our app (default %(default)s)")
    parser.add_argument("--json", type=Path, help="also write the raw results to this file")
    parser.add_argument("--verbose", action="store_true", help="print every step")
    args = parser.parse_args(argv)
    if not 1 <= args.steps <= 40:  # 1900 + 40 = 1940, the slider's end
        parser.error("--steps must be between 1 and 40")
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} not found (apt-get install chromium)")
    if not (VENDOR / "leaflet.js").exists():
        raise SystemExit(f"{VENDOR} lacks Leaflet; run `make run` or `python -m mapapp.assets install node_modules`")
    from playwright.sync_api import sync_playwright

    quiet = wait_for_quiet()
    started, load = time.perf_counter(), OtherLoad()
    with sync_playwright() as p:
        browser = launch(p)
        try:
            cold = cold_start(browser, args.cold_runs)
            with streamlit(APP_SCRIPT) as server:
                ours = step_run(browser, server.url, args.steps)
            with baseline_server() as server:
                base = step_run(browser, server.url, args.steps)
        finally:
            browser.close()
    print(report(ours, base, cold, args.steps))
    print(f"\nmachine: {quiet}; after: load average {os.getloadavg()[0]:.2f}\n{load.report()}")
    for label, run in (("ours", ours), ("baseline", base)):
        failed = [r for r in run["steps"] if not r["ok"]]
        for r in failed:
            print(f"{label}: step to {r['year']} failed: {r.get('error')}")
        for e in run["errors"][:5]:
            print(f"{label}: console error: {e}")
        if args.verbose:
            for r in run["steps"]:
                ms = f"{r['ms']:.0f} ms" if r.get("ms") is not None else "failed"
                first, last = r.get("first_msg_ms"), r.get("last_msg_ms")
                if first is not None:
                    ms += f" (first websocket message {first:.0f} ms, last before done {last:.0f} ms)"
                print(f"{label} {r['year']}: {ms}, layer changes {r['layer_changes']}, "
                      f"remount frame {r.get('remount_frame')} map {r.get('remount_map')}, "
                      f"ws {r['ws_bytes']} B in {r['ws_frames']} frames, http {r['http_bytes']} B, "
                      f"{r['requests']} requests")
    print(f"\n(wall time {time.perf_counter() - started:.0f} s)")
    if args.json:
        args.json.write_text(json.dumps({"ours": ours, "baseline": base, "cold": cold}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
