"""Helpers for the browser tests: a real ``streamlit run`` and Debian's headless Chromium."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage"]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "[::1]", "::1"}


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def free_port() -> int:
    with contextlib.closing(socket.socket()) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_healthy(base: str, proc: subprocess.Popen, timeout: float, log: Path, poll: float = 0.2) -> None:
    """Poll Streamlit's health endpoint until it answers; fail with the log's tail if the process dies or times out."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"streamlit did not start:\n{log.read_text()[-3000:]}")
        time.sleep(poll)


def stop_process(proc: subprocess.Popen, grace: float = 10.0) -> None:
    """Terminate, and kill if it does not end within ``grace`` seconds."""
    proc.terminate()
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@contextlib.contextmanager
def streamlit_server(script: str = "mapapp/app.py", env: dict | None = None, timeout: float = 60.0,
                     prefix: str = ""):
    """Start ``streamlit run`` on a free loopback port; yield its base URL; stop it afterwards."""
    port = free_port()
    cmd = [sys.executable, "-m", "streamlit", "run", script, "--server.port", str(port),
           "--server.address", "127.0.0.1", "--server.headless", "true"]
    if prefix:
        cmd += ["--server.baseUrlPath", prefix]
    log = (ARTIFACTS / f"streamlit-{port}.log")
    ARTIFACTS.mkdir(exist_ok=True)
    with log.open("w") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})})
        base = f"http://127.0.0.1:{port}" + (f"/{prefix.strip('/')}" if prefix else "")
        try:
            wait_until_healthy(base, proc, timeout, log)
            yield base
        finally:
            stop_process(proc)


def leaves_host(url: str) -> bool:
    """True for a request to anything but this machine (data:, blob: and about: stay in the page)."""
    parsed = urlparse(url)
    if parsed.scheme in ("data", "blob", "about", "chrome-extension", "file"):
        return False
    return parsed.hostname not in LOCAL_HOSTS
