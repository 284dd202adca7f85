"""Shared fixtures. Tests are offline by construction: sockets may reach loopback only."""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

import pytest

from places.gazetteer import Gazetteer
from places.model import Place

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_local(address) -> bool:
    if not isinstance(address, tuple):  # AF_UNIX paths
        return True
    host = address[0]
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _guarded(real):
    def connect(self, address):
        if not _is_local(address):
            raise OSError(f"tests must not touch the network (tried to connect to {address!r})")
        return real(self, address)
    return connect


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    monkeypatch.setattr(socket.socket, "connect", _guarded(_real_connect))
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded(_real_connect_ex))


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir() or not any(CORPUS.glob("*.txt")):
        pytest.skip(f"the corpus is not at {CORPUS} (tests that read it need ../shared/corpus beside the project)")
    return CORPUS


def place(pid, name, lat, lon, kind="settlement", country="", alts=(), modern=""):
    return Place(id=pid, name=name, lat=lat, lon=lon, kind=kind, country=country, alt_names=tuple(alts),
                 modern_name=modern)


TINY_PLACES = [
    place("yanovka", "Yanovka", 48.04, 32.56, country="Ukraine", modern="Bereslavka"),
    place("odessa", "Odessa", 46.48, 30.73, country="Ukraine", alts=("Odesa",)),
    place("london", "London", 51.51, -0.13, country="United Kingdom"),
    place("vienna", "Vienna", 48.21, 16.37, country="Austria", alts=("Wien",)),
    place("new-york", "New York", 40.71, -74.01, country="United States", alts=("New York City",)),
    place("york", "York", 53.96, -1.08, country="United Kingdom"),
    place("paris", "Paris", 48.85, 2.35, country="France"),
    place("geneva", "Geneva", 46.2, 6.14, country="Switzerland", alts=("Genève",)),
    place("prague", "Prague", 50.09, 14.42, country="Czechia"),
    place("gori", "Gori", 41.98, 44.11, country="Georgia"),
    place("alma-ata", "Alma Ata", 43.25, 76.91, country="Kazakhstan", alts=("Alma-Ata", "Almaty"), modern="Almaty"),
    place("prinkipo", "Prinkipo", 40.87, 29.12, kind="island", country="Turkey", alts=("Büyükada",),
          modern="Büyükada"),
    place("coyoacan", "Coyoacán", 19.35, -99.16, country="Mexico", alts=("Coyoacan",)),
    place("siberia", "Siberia", 60.0, 100.0, kind="region", country="Russia"),
    place("kazakhstan", "Kazakhstan", 48.0, 67.0, kind="country", country="Kazakhstan"),
    place("france", "France", 46.6, 2.4, kind="country", country="France"),
    place("mexico", "Mexico", 23.6, -102.5, kind="country", country="Mexico"),
    place("cadiz-es", "Cadiz", 36.53, -6.29, country="Spain", alts=("Cádiz",)),
    place("cadiz-ph", "Cadiz", 10.95, 123.31, country="Philippines"),
    place("spain", "Spain", 40.2, -3.7, kind="country", country="Spain"),
]


@pytest.fixture
def tiny_gazetteer() -> Gazetteer:
    return Gazetteer(curated=TINY_PLACES, broad=False)


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium through Playwright, shared by the browser tests (never a downloaded browser)."""
    from tests.browser import CHROMIUM_ARGS, chromium_path

    path = chromium_path()
    if path is None:
        pytest.skip("Debian chromium is not installed (CI installs it: apt-get install chromium chromium-driver)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="session")
def app_url():
    """The real app, started once with ``streamlit run`` on a loopback port."""
    from tests.browser import streamlit_server

    with streamlit_server() as url:
        yield url
