"""The online fallback against a Nominatim-shaped server on loopback: a real HTTP round trip, no internet."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

from places.geocode import GazetteerGeocoder
from places.online import USER_AGENT, CachedNominatim


@pytest.fixture
def fake_nominatim():
    seen = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            query = parse_qs(urlparse(self.path).query)
            seen.append((query.get("q", [""])[0], self.headers.get("User-Agent")))
            body = [] if query.get("q") == ["Nowhere"] else [{
                "lat": "52.2297", "lon": "21.0122", "display_name": "Tiny Village, Mazovia, Poland",
                "name": "Tiny Village", "type": "village"}]
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"127.0.0.1:{server.server_address[1]}", seen
    server.shutdown()


def test_online_fallback_is_asked_once_per_name_and_cached_on_disk(fake_nominatim, tmp_path, tiny_gazetteer):
    domain, seen = fake_nominatim
    cache = tmp_path / "cache.json"
    online = CachedNominatim(cache_path=cache, min_delay_seconds=0, domain=domain, scheme="http")
    geocoder = GazetteerGeocoder(tiny_gazetteer, online=online)
    assert geocoder.geocode("Vienna").raw["source"] == "curated"  # known offline: never asked
    loc = geocoder.geocode("Tiny Village")
    assert loc.raw["source"] == "nominatim" and loc.raw["country"] == "Poland"
    assert (round(loc.latitude, 2), round(loc.longitude, 2)) == (52.23, 21.01)
    assert geocoder.geocode("tiny village").raw["source"] == "nominatim"
    assert geocoder.geocode("Nowhere") is None and geocoder.geocode("Nowhere") is None
    assert [q for q, _ in seen] == ["Tiny Village", "Nowhere"]
    assert all(agent == USER_AGENT for _, agent in seen)
    reopened = CachedNominatim(cache_path=cache, domain=domain, scheme="http")
    assert reopened.geocode("Tiny Village").raw["name"] == "Tiny Village"
    assert len(seen) == 2, "a new process reads the cache instead of asking again"


def test_the_rate_limit_defaults_to_one_request_per_second(tmp_path):
    assert CachedNominatim(cache_path=tmp_path / "c.json")._limited.min_delay_seconds == 1.0
