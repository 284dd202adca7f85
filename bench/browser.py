"""Browser benchmarks, all in one run: the app, its static export, a plain Leaflet page (the limit) and the naive
tutorial app (bench/baseline_app.py), stepped the same way in the same Chromium.

Run from the project root::

    .venv/bin/python bench/browser.py [--steps 32] [--cold-runs 3] [--verbose] [--json FILE]

Measures, with Debian's headless Chromium driven by Playwright, all traffic on 127.0.0.1 or file://:

a. year-step latency: open the page at 1900, focus its Year slider and press ArrowRight ``--steps`` times. A step
   is timed from the keydown event (absolute ``performance.timeOrigin + performance.now()``, so a key pressed
   inside the map's iframe counts) until the page shows the new year: a heading (the panel's, in the page or
   the iframe) starts with "<year>: " and the map holds exactly as many ``.stop`` markers as stops had begun by
   then; for the naive app, which rebuilds its map, none of the previous markers may be left either. That state
   must hold for ``SETTLE_MS`` so a later re-mount cannot hide behind it. The time reported is until the frame
   that shows it was painted (the next animation frame after the state first held, then the task after it);
   the time until the DOM alone held it is reported beside it. Each
   step also records whether the map was re-mounted (a tag on the iframe's window and on its Leaflet map).
b. a fast burst: 26 ArrowRight presses 30 ms apart from 1879; the page must end at 1905 (map, panel and, where
   there is one, the address bar), so no keypress is lost.
c. cold start: ``streamlit run`` started → health check → markers attached (the app and the naive app); for the
   export and the plain page, a fresh browser context opening the file → markers attached.
d. payload: bytes the browser received, from a CDP session (``Network.loadingFinished`` encodedDataLength for
   HTTP loads, ``Network.webSocketFrameReceived`` payload lengths for the Streamlit websocket), at first load
   and per step.

The plain page is written by this script beside the export (same Leaflet, outlines and stops; markers made once,
a year = add/remove layers and set the heading's text): what any design can at best reach on this machine.
The naive app cannot be run from bench/ as is (Streamlit serves /app/static from the folder next to the entry
script): it is copied with mapapp/static/vendor into a temporary directory and run from the project root.
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

from mapapp.export import export_site  # noqa: E402
from mapapp.layers import current_stops, legs, stops_until  # noqa: E402
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
BURST_FROM, BURST_PRESSES, BURST_GAP_MS = 1879, 26, 30
VIEWPORT = {"width": 1400, "height": 950}

# Installed in every frame. The top page keeps the state; a key pressed in the map's iframe reports to it.
PROBE_JS = """
(() => {
  const abs = () => performance.timeOrigin + performance.now();
  if (window.top !== window) {
    window.addEventListener('keydown', () => {
      try { const b = window.top.__bench; if (b) { b.press = abs(); b.msgs = []; } } catch (e) {}
    }, true);
    return;
  }
  if (window.__bench) return;
  const MAP = "iframe[title='streamlit_folium.st_folium']";
  const b = window.__bench = {target: null, expected: -1, fresh: false, press: null, since: null, ok: false,
                              observed: null, abs};
  b.frameDoc = () => { const f = document.querySelector(MAP);
                       try { return f && f.contentDocument; } catch (e) { return null; } };
  b.mapDoc = () => b.frameDoc() || document;
  b.leaflet = (w) => w && (w.map_div || (w.timeMap && w.timeMap.map) || w.plainMap);
  b.check = () => {
    if (b.target === null) return;
    const now = abs();
    const d = b.frameDoc();
    const docs = d ? [document, d] : [document];
    const heading = docs.some(doc => [...doc.querySelectorAll('h1,h2,h3,h4,.tm-heading')]
      .some(h => h.textContent.trim().startsWith(b.target + ': ')));
    if (d && d !== b.observed) {  // a new iframe document: watch it too
      b.observed = d;
      new MutationObserver(b.check).observe(d, {childList: true, subtree: true, characterData: true});
    }
    const stops = [...b.mapDoc().querySelectorAll('.stop')];
    const ok = heading && stops.length === b.expected && (!b.fresh || !stops.some(s => s.__benchOld));
    if (ok && !b.ok) {
      b.since = now;
      const since = now;  // the frame that shows it: the next animation frame, then the task after its paint
      requestAnimationFrame(() => setTimeout(() => { if (b.since === since) b.painted = abs(); }, 0));
    }
    if (!ok) { b.since = null; b.painted = null; }
    b.ok = ok;
  };
  b.arm = (target, expected, fresh) => {
    const doc = b.mapDoc();
    doc.querySelectorAll('.stop').forEach(s => { s.__benchOld = true; });
    const w = doc.defaultView;
    w.__benchTag = 'mounted';
    const m = b.leaflet(w);
    if (m && typeof m === 'object') m.__benchTag = 'mounted';
    // a renderer that keeps its markers (the TimeMap, the plain page) has no fresh ones to wait for
    if (w.timeMap || w.plainMap) fresh = false;
    Object.assign(b, {target, expected, fresh, press: null, since: null, painted: null, ok: false});
  };
  b.remounted = () => {
    const w = b.mapDoc().defaultView, m = b.leaflet(w);
    return {frame: !(w && w.__benchTag === 'mounted'), map: !(m && m.__benchTag === 'mounted')};
  };
  window.addEventListener('keydown', () => { b.press = abs(); b.msgs = []; }, true);
  b.msgs = [];
  const NativeWS = window.WebSocket;  // message arrival times, to split a step into server and browser time
  window.WebSocket = class extends NativeWS {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', () => { if (b.press !== null) b.msgs.push(abs()); });
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
            f" return b.ok && b.since !== null && (b.painted !== null || window.__benchRaf === false)"
            f" && b.abs() - b.since >= {settle_ms}; }}")


DONE_JS = done_js()
READ_JS = ("() => ({press: window.__bench.press, since: window.__bench.since, painted: window.__bench.painted,"
           " msgs: window.__bench.msgs, re: window.__bench.remounted()})")


def pct(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


@dataclass(frozen=True)
class Target:
    """One page design under test: where it lives, where its Year slider is, whether it rebuilds its markers."""

    name: str
    url: str  # without the moment; ``link(year)`` adds it
    slider: str
    in_frame: bool
    rebuilds: bool
    hash_links: bool

    def link(self, year: int) -> str:
        return f"{self.url}#year={year}" if self.hash_links else f"{self.url}/?year={year}"

    def slider_in(self, page):
        return page.frame_locator(MAP_FRAME).locator(self.slider) if self.in_frame else page.locator(self.slider)

    def address_year(self, page) -> int | None:
        """The year in the address bar (None for the naive app, which keeps none)."""
        if self.name == "naive app":
            return None
        query = page.url.split("#", 1)[1] if self.hash_links else page.url.split("?", 1)[-1]
        for part in query.split("&"):
            if part.startswith("year="):
                return int(part[5:])
        return None


PLAIN_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>plain Leaflet page</title>
<link rel="stylesheet" href="assets/leaflet.css">
<style>html,body{margin:0;height:100%;font-family:sans-serif}#bar{height:50px;display:flex;align-items:center;gap:8px}
#year{flex:1}#map{position:absolute;top:50px;bottom:0;left:0;right:320px}
aside{position:absolute;top:50px;right:0;width:310px}.stop{background:#b3261e;border-radius:50%}</style>
<script src="assets/leaflet.js"></script><script src="assets/basemap.js"></script><script src="plain-data.js"></script>
</head><body><div id="bar"><input type="range" id="year" aria-label="Year"></div><div id="map"></div>
<aside><h2 id="heading"></h2></aside>
<script>
(function () {
  var D = window.PLAIN, map = L.map("map").setView([50, 30], 3), slider = document.getElementById("year");
  window.plainMap = map;
  L.geoJSON(window.TIMEMAP_BASEMAP, {className: "basemap", interactive: false}).addTo(map);
  var markers = D.stops.map(function (s) {
    return L.marker([s.lat, s.lon], {icon: L.divIcon({className: "stop", iconSize: [12, 12]})}); });
  var lines = D.legs.map(function (l) { return L.polyline(l.path, {className: "route", color: "#7a1f1f"}); });
  function show(year) {
    D.stops.forEach(function (s, i) { if (s.start <= year) { markers[i].addTo(map); } else { markers[i].remove(); } });
    D.legs.forEach(function (l, i) {
      if (D.stops[l.to].start <= year) { lines[i].addTo(map); } else { lines[i].remove(); } });
    document.getElementById("heading").textContent = year + ": " + (D.current[year] || "");
    slider.value = String(year);
    history.replaceState(null, "", "#year=" + year);
  }
  slider.min = D.min; slider.max = D.max;
  slider.addEventListener("input", function () { show(parseInt(slider.value, 10)); });
  var m = /year=(\\d+)/.exec(location.hash);
  show(m ? parseInt(m[1], 10) : D.max);
})();
</script></body></html>
"""


def write_plain_page(site: Path) -> Path:
    """The limit: the same stops and legs on a hand-written Leaflet page, markers made once."""
    lo = min(s.start for s in ITINERARY.stops)
    hi = max(s.end for s in ITINERARY.stops)
    data = {"stops": [{"lat": s.place.lat, "lon": s.place.lon, "start": s.start} for s in ITINERARY.stops],
            "legs": legs(ITINERARY), "min": lo, "max": hi,
            "current": {y: " · ".join(s.place.name for s in current_stops(ITINERARY, y)) for y in range(lo, hi + 1)}}
    (site / "plain-data.js").write_text("window.PLAIN = " + json.dumps(data) + ";\n", encoding="utf-8")
    page = site / "plain.html"
    page.write_text(PLAIN_PAGE, encoding="utf-8")
    return page


class Tab:
    """One page of a target with a probe, a CDP traffic counter and error capture."""

    def __init__(self, browser, target: Target, year: int):
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
        self.page.goto(target.link(year))
        self.page.wait_for_function(
            f"() => {{ const b = window.__bench; if (!b) return false; const d = b.mapDoc();"
            f" return d.querySelectorAll('.stop').length == {expected_stops(year)}"
            f" && d.querySelector('path.basemap'); }}", timeout=60000, polling=20)
        self.load_s = time.perf_counter() - t0
        self.page.wait_for_timeout(1000)  # let late loads (outlines, fonts) finish before counting the first load
        self.first_load = self.traffic.snapshot()

    def close(self) -> None:
        self.context.close()


def step_run(browser, target: Target, steps: int) -> dict:
    """Step the slider ``steps`` times from START_YEAR; one record per step."""
    tab = Tab(browser, target, START_YEAR)
    page = tab.page
    slider = target.slider_in(page)
    slider.focus()
    records = []
    for i in range(1, steps + 1):
        year = START_YEAR + i
        fresh = target.rebuilds and layer_changes(year)
        page.evaluate(ARM_JS, [year, expected_stops(year), fresh])
        before = tab.traffic.snapshot()
        page.keyboard.press("ArrowRight")
        record = {"year": year, "layer_changes": layer_changes(year), "ok": True}
        try:
            page.wait_for_function(DONE_JS, timeout=STEP_TIMEOUT_MS, polling=25)
            state = page.evaluate(READ_JS)
            press, since = state["press"], state["since"]
            record["ms"] = state["painted"] - press if press is not None else None  # as the viewer sees it
            record["dom_ms"] = since - press if press is not None else None  # the page's state alone
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


def burst_run(browser, target: Target) -> dict:
    """26 ArrowRight presses 30 ms apart: where the slider, the heading, the markers and the address end up."""
    tab = Tab(browser, target, BURST_FROM)
    page = tab.page
    slider = target.slider_in(page)
    slider.focus()
    goal = BURST_FROM + BURST_PRESSES
    for _ in range(BURST_PRESSES):
        page.keyboard.press("ArrowRight")
        page.wait_for_timeout(BURST_GAP_MS)
    page.evaluate(ARM_JS, [goal, expected_stops(goal), False])
    with contextlib.suppress(Exception):
        page.wait_for_function(DONE_JS, timeout=8000, polling=50)
    page.wait_for_timeout(500)
    shown = page.evaluate("() => window.__bench.ok")
    result = {"goal": goal, "slider": int(slider.input_value()), "shown": bool(shown),
              "address": target.address_year(page), "errors": list(tab.errors)}
    tab.close()
    return result


def summarise_steps(run: dict) -> dict:
    ok = [r for r in run["steps"] if r["ok"] and r["ms"] is not None]
    ms = [r["ms"] for r in ok]
    dom = [r["dom_ms"] for r in ok]
    changed = [r["ms"] for r in ok if r["layer_changes"]]
    per_step = [r["http_bytes"] + r["ws_bytes"] for r in run["steps"]]
    return {
        "steps": len(run["steps"]), "failed": len(run["steps"]) - len(ok),
        "median_ms": statistics.median(ms) if ms else float("nan"), "p95_ms": pct(ms, 95),
        "max_ms": max(ms) if ms else float("nan"),
        "dom_median_ms": statistics.median(dom) if dom else float("nan"), "dom_p95_ms": pct(dom, 95),
        "changed_steps": len(changed),
        "changed_median_ms": statistics.median(changed) if changed else float("nan"),
        "changed_p95_ms": pct(changed, 95),
        "frame_remounts": sum(bool(r.get("remount_frame")) for r in run["steps"]),
        "map_remounts": sum(bool(r.get("remount_map")) for r in run["steps"]),
        "step_bytes_median": statistics.median(per_step) if per_step else 0,
        "step_bytes_max": max(per_step) if per_step else 0,
        "step_ws_bytes_median": statistics.median(r["ws_bytes"] for r in run["steps"]),
        "first_load_bytes": run["first_load"]["http_bytes"] + run["first_load"]["ws_bytes"],
        "first_load_requests": run["first_load"]["requests"],
        "load_s": run["load_s"], "errors": len(run["errors"]), "outside": len(run["outside"]),
        "final_slider": run["final_slider"],
    }


def server_cold_start(browser, script: str | Path, runs: int, env: dict | None = None) -> list[float]:
    """Process start → markers attached in a fresh browser context, ``runs`` times (seconds)."""
    out = []
    for _ in range(runs):
        with streamlit(script, env=env) as server:
            context = browser.new_context(viewport=VIEWPORT)
            page = context.new_page()
            page.goto(f"{server.url}/?year={START_YEAR}")
            page.frame_locator(MAP_FRAME).locator(".stop").first.wait_for(state="attached", timeout=60000)
            out.append(time.perf_counter() - server.started)
            context.close()
    return out


def page_cold_start(browser, target: Target, runs: int) -> list[float]:
    """A fresh browser context opening a file page → markers attached (seconds)."""
    out = []
    for _ in range(runs):
        context = browser.new_context(viewport=VIEWPORT)
        page = context.new_page()
        t0 = time.perf_counter()
        page.goto(target.link(START_YEAR))
        page.locator(".stop").first.wait_for(state="attached", timeout=60000)
        out.append(time.perf_counter() - t0)
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


NAMES = ("app", "export", "plain Leaflet page", "naive app")


def report(runs: dict, bursts: dict, cold: dict, steps: int) -> str:
    sums = {name: summarise_steps(runs[name]) for name in NAMES}
    lines = [f"browser benchmark: {steps} ArrowRight steps from {START_YEAR}, Chromium headless, 127.0.0.1 and "
             f"file:// only; a step ends when the new year's markers and heading have held for {SETTLE_MS} ms", ""]
    rows = [("metric",) + NAMES]

    def row(label, fn):
        rows.append((label,) + tuple(fn(sums[n], n) for n in NAMES))
    row("step until painted, median ms", lambda o, n: f"{o['median_ms']:.0f}")
    row("step until painted, p95 ms", lambda o, n: f"{o['p95_ms']:.0f}")
    row("step until painted, max ms", lambda o, n: f"{o['max_ms']:.0f}")
    row("step until the DOM shows it, median ms", lambda o, n: f"{o['dom_median_ms']:.0f}")
    row("step until the DOM shows it, p95 ms", lambda o, n: f"{o['dom_p95_ms']:.0f}")
    row("steps that change the map, median ms", lambda o, n: f"{o['changed_median_ms']:.0f}")
    row("failed steps", lambda o, n: o["failed"])
    row("iframe / map re-mounts", lambda o, n: f"{o['frame_remounts']}/{o['map_remounts']} of {o['steps']}")
    row("bytes received per step, median", lambda o, n: kb(o["step_bytes_median"]))
    row("bytes received per step, max", lambda o, n: kb(o["step_bytes_max"]))
    row("first load: bytes received", lambda o, n: kb(o["first_load_bytes"]))
    row("first load: goto → markers, s", lambda o, n: f"{o['load_s']:.2f}")
    row("burst of 26 presses: ends at", lambda o, n: (
        f"{bursts[n]['slider']}{'' if bursts[n]['shown'] else ' (not shown)'}"
        + (f", URL {bursts[n]['address']}" if bursts[n]['address'] is not None else "")))
    row("cold start, median s", lambda o, n: f"{statistics.median(cold[n]):.2f}" if cold.get(n) else "-")
    row("console/page errors", lambda o, n: o["errors"] + len(bursts[n]["errors"]))
    row("requests leaving the host", lambda o, n: o["outside"])
    lines.append(table(rows))
    app, export, plain, naive = (sums[n] for n in NAMES)
    lines += ["", "cold start: the apps from `streamlit run` to markers; the files from a new browser context "
              "opening them (no server)"]

    def within(o, limit_median, limit_p95):
        return o["median_ms"] <= limit_median * plain["median_ms"] and o["p95_ms"] <= limit_p95 * plain["p95_ms"]
    targets = []
    for name, o in (("app", app), ("export", export)):
        targets += [
            (f"{name}: median ≤ 2x the plain page's, p95 ≤ 4x",
             f"{ratio(o['median_ms'], plain['median_ms'])} / {ratio(o['p95_ms'], plain['p95_ms'])}",
             within(o, 2, 4)),
            (f"{name}: ≥ 10x faster than the naive app (median)", ratio(naive["median_ms"], o["median_ms"]),
             naive["median_ms"] >= 10 * o["median_ms"]),
            (f"{name}: every step seen, 0 re-mounts", f"{o['failed']} failed, {o['frame_remounts'] + o['map_remounts']}"
             " re-mounts", o["failed"] == 0 and o["frame_remounts"] + o["map_remounts"] == 0),
            (f"{name}: no keypress lost in the burst", f"{bursts[name]['slider']} of {bursts[name]['goal']}",
             bursts[name]["slider"] == bursts[name]["goal"] and bursts[name]["shown"]
             and bursts[name]["address"] == bursts[name]["goal"]),
        ]
    lines += ["", table([("target", "measured", "met")] + [(t, m, "yes" if ok else "NO") for t, m, ok in targets])]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=32, help="ArrowRight presses per design (default %(default)s)")
    parser.add_argument("--cold-runs", type=int, default=3, help="cold starts per design (default %(default)s)")
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
    runs, bursts, cold = {}, {}, {}
    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp, sync_playwright() as p:
        site = Path(tmp) / "site"
        export = Target("export", export_site(ITINERARY, site).as_uri(), "#tm-year", False, False, True)
        plain = Target("plain Leaflet page", write_plain_page(site).as_uri(), "#year", False, False, True)
        browser = launch(p)
        try:
            cold["app"] = server_cold_start(browser, APP_SCRIPT, args.cold_runs)
            for target in (export, plain):
                cold[target.name] = page_cold_start(browser, target, args.cold_runs)
            with streamlit(APP_SCRIPT) as server:
                app = Target("app", server.url, "#tm-year", True, False, False)
                runs["app"], bursts["app"] = step_run(browser, app, args.steps), burst_run(browser, app)
            for target in (export, plain):
                runs[target.name], bursts[target.name] = step_run(browser, target, args.steps), \
                    burst_run(browser, target)
            with baseline_server() as server:
                naive = Target("naive app", server.url, YEAR_INPUT, False, True, False)
                runs[naive.name], bursts[naive.name] = step_run(browser, naive, args.steps), burst_run(browser, naive)
        finally:
            browser.close()
    print(report(runs, bursts, cold, args.steps))
    print(f"\nmachine: {quiet}; after: load average {os.getloadavg()[0]:.2f}\n{load.report()}")
    for label in NAMES:
        run = runs[label]
        for r in (r for r in run["steps"] if not r["ok"]):
            print(f"{label}: step to {r['year']} failed: {r.get('error')}")
        for e in (run["errors"] + bursts[label]["errors"])[:5]:
            print(f"{label}: console error: {e}")
        if args.verbose:
            for r in run["steps"]:
                ms = f"{r['ms']:.0f} ms" if r.get("ms") is not None else "failed"
                print(f"{label} {r['year']}: {ms}, layer changes {r['layer_changes']}, "
                      f"remount frame {r.get('remount_frame')} map {r.get('remount_map')}, "
                      f"ws {r['ws_bytes']} B in {r['ws_frames']} frames, http {r['http_bytes']} B")
    print(f"\n(wall time {time.perf_counter() - started:.0f} s)")
    if args.json:
        args.json.write_text(json.dumps({"runs": runs, "bursts": bursts, "cold": cold}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
