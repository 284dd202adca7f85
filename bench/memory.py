"""The server's memory over 20 uploads of different documents, and its CPU after a visitor leaves mid-build.

Run from the project root::

    .venv/bin/python bench/memory.py [--uploads 20] [--json F] [--app-root DIR]

Starts ``streamlit run mapapp/app.py`` on 127.0.0.1 and, for each upload, opens a new page in Debian Chromium
(Playwright), uploads one document, presses **Build the map**, waits for the visitor's map and closes the page.
The documents all differ: each is one corpus document (``../shared/corpus``, else ``bench/bios``) with a header
line of its own, and every other one also carries a hostile section (distinct place names after "moved to",
``--hostile-kb``, 100 kB). After each build it reads the server's resident memory (VmRSS, /proc) and counts
the processes below it; at the end, after the pages are closed, RSS again and the peak (VmHWM), and once more
after Streamlit has let the closed sessions go (``server.disconnectedSessionTTL``, 120 s, then one new visit).

Then a visitor uploads a 2 MB hostile document and leaves 3 s after its build process started: the script
reports how long that process outlived the page, and the CPU seconds the server and everything below it used in
the 10 s after.

``--app-root DIR`` runs the app from another checkout (e.g. an export of an older commit, for a before/after
in the same session); no test asserts any of these figures; they go in ``bench/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from browser import cpu_seconds, descendants, launch, streamlit  # noqa: E402
from server import memory_mb  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"


def documents(count: int, hostile_bytes: int = 100_000) -> list[tuple[str, str]]:
    from places.gazetteer import load_broad

    names = [r[0] for r in load_broad().db.execute(
        "SELECT DISTINCT name FROM places WHERE kind = 'settlement' ORDER BY name")]
    random.Random(7).shuffle(names)
    folder = CORPUS if any(CORPUS.glob("*.txt")) else ROOT / "bench" / "bios"
    sources = sorted(folder.glob("*.txt"))
    docs, used = [], 0
    for i in range(count):
        text = f"Upload {i} of {count}\n\n" + sources[i % len(sources)].read_text(encoding="utf-8")
        if i % 2 and hostile_bytes:
            lines, size = [], 0
            while size < hostile_bytes:
                line = f"In {1890 + used % 40} he moved to {names[used % len(names)]}. "
                lines.append(line)
                size += len(line)
                used += 1
            text += "\n\n" + "".join(lines)
        docs.append((f"upload-{i:02d}.txt", text))
    return docs


def tree_cpu(pid: int) -> float:
    total = 0.0
    for p in {pid, *descendants(pid)}:
        with contextlib.suppress(OSError):  # it ended meanwhile
            total += cpu_seconds(p)
    return total


def upload(browser, url: str, path: Path, subject: str, wait: bool = True, timeout_ms: int = 180_000):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.goto(url)
    page.get_by_text("Map your own documents").click()
    page.locator("input[type=file]").set_input_files(str(path))
    page.get_by_text(path.name).first.wait_for(timeout=60_000)  # listed: the upload has arrived
    page.get_by_label("Whose life?").fill(subject)
    page.get_by_label("Whose life?").press("Enter")
    page.get_by_role("button", name="Build the map").click()
    if wait:
        page.get_by_role("button", name="Back to the bundled map").wait_for(timeout=timeout_ms)
    return context


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--uploads", type=int, default=20)
    ap.add_argument("--app-root", default=str(ROOT), help="checkout whose mapapp/app.py to run")
    ap.add_argument("--hostile-kb", type=int, default=100, help="hostile section of every other document (0: none)")
    ap.add_argument("--no-leave", action="store_true", help="skip the visitor who leaves mid-build")
    ap.add_argument("--only-leave", action="store_true", help="only the visitor who leaves mid-build")
    ap.add_argument("--session-ttl", type=int, default=120, help="the server's disconnectedSessionTTL (s)")
    ap.add_argument("--json")
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    app_root = Path(args.app_root).resolve()
    # The server runs from this project's root (its .streamlit/config.toml applies); PYTHONSAFEPATH keeps that
    # folder off sys.path, so `places` and `mapapp` come from the app root even when it is another checkout.
    env = {"PYTHONPATH": os.pathsep.join(x for x in (str(app_root), os.environ.get("PYTHONPATH", "")) if x),
           "PYTHONSAFEPATH": "1"}
    out: dict = {"app_root": str(app_root), "uploads": []}
    with tempfile.TemporaryDirectory() as tmp, streamlit(app_root / "mapapp" / "app.py", env=env) as server, \
            sync_playwright() as pw:
        browser = launch(pw)
        pid = server.proc.pid
        context = browser.new_context()
        page = context.new_page()
        page.goto(server.url)
        page.get_by_role("heading", name="a life in exile").first.wait_for(timeout=60_000)
        context.close()
        out["rss_start_mb"] = memory_mb(pid)["VmRSS"]
        print(f"server RSS after one visit: {out['rss_start_mb']:.0f} MB", flush=True)
        for i, (name, text) in enumerate(documents(args.uploads, args.hostile_kb * 1000) if not args.only_leave
                                         else []):
            path = Path(tmp) / name
            path.write_text(text, encoding="utf-8")
            started = time.perf_counter()
            upload(browser, server.url, path, "Leon Trotsky").close()
            row = {"doc": name, "kB": len(text.encode()) / 1000, "build_s": time.perf_counter() - started,
                   "rss_mb": memory_mb(pid)["VmRSS"], "processes_below": len(descendants(pid))}
            out["uploads"].append(row)
            print(f"{i + 1:2d} {name} {row['kB']:6.0f} kB  {row['build_s']:5.1f} s  RSS {row['rss_mb']:5.0f} MB  "
                  f"processes below the server: {row['processes_below']}", flush=True)
        time.sleep(0 if args.only_leave else 5)
        mem = memory_mb(pid)
        out["rss_end_mb"], out["hwm_mb"] = mem["VmRSS"], mem["VmHWM"]
        print(f"after the last page closed (+5 s): RSS {mem['VmRSS']:.0f} MB, peak {mem['VmHWM']:.0f} MB", flush=True)
        # Streamlit keeps a closed page's session (its state, uploaded files) for server.disconnectedSessionTTL
        # (120 s by default) in case it reconnects; a new session after that lets the expired ones go.
        time.sleep(0 if args.only_leave else args.session_ttl + 10)
        context = browser.new_context()
        context.new_page().goto(server.url)
        time.sleep(5)
        context.close()
        time.sleep(2)
        out["rss_after_ttl_mb"] = memory_mb(pid)["VmRSS"]
        if not args.only_leave:
            print(f"after the closed sessions expired (+{args.session_ttl + 10} s, one new visit): RSS "
                  f"{out['rss_after_ttl_mb']:.0f} MB", flush=True)

        if args.no_leave:
            browser.close()
            if args.json:
                Path(args.json).write_text(json.dumps(out, indent=1))
            return 0
        # A visitor leaves 3 s into a long build (--only-leave: straight after the first visit).
        from bench.scaling import geonames_names, hostile_text  # noqa: PLC0415

        big = Path(tmp) / "leaving-2mb.txt"
        data = hostile_text(2_000_000, geonames_names()).encode()[:2_000_000]
        big.write_bytes(data[:data.rindex(b". ") + 2])
        context = upload(browser, server.url, big, "Anna Petrova", wait=False)
        waited = time.perf_counter()
        while not descendants(pid) and time.perf_counter() - waited < 30:  # its build process has started
            time.sleep(0.1)  # (an app that builds in the server's own process has none: 30 s, then leave)
        time.sleep(3)
        below_at_leave = len(descendants(pid))
        context.close()
        left = time.perf_counter()
        while descendants(pid) and time.perf_counter() - left < 120:
            time.sleep(0.1)
        outlived = time.perf_counter() - left
        cpu0 = tree_cpu(pid)
        time.sleep(10)
        cpu_after = tree_cpu(pid) - cpu0
        out["leave"] = {"processes_below_at_leave": below_at_leave, "build_outlived_page_s": outlived,
                        "cpu_s_in_10s_after": cpu_after, "processes_below_after": len(descendants(pid))}
        print(f"visitor left mid-build: {below_at_leave} build process(es) running at leave, gone "
              f"{outlived:.1f} s after the page closed; server CPU in the next 10 s: {cpu_after:.2f} s", flush=True)
        browser.close()
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
