"""The optional online fallback: Nominatim through geopy, polite and cached.

Used only when asked for (``python -m places geocode --online``), never by the
app or the tests against the real service. Nominatim's usage policy allows at
most one request per second for a whole application, requires an identifying
user agent and asks that results be cached: ``RateLimiter`` enforces the
first, the constructor the second, a JSON file in the cache folder the third.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from places.gazetteer import cache_dir, normalise

USER_AGENT = "exile-map/0.1 (offline-first map of a biography; cached, at most 1 request/s)"


class CachedNominatim(Geocoder):
    """Nominatim with a disk cache and a one-request-per-second limit; ``raw`` says ``source: nominatim``."""

    def __init__(self, cache_path: str | Path | None = None, min_delay_seconds: float = 1.0,
                 user_agent: str = USER_AGENT, **nominatim_kwargs):
        super().__init__()
        self.nominatim = Nominatim(user_agent=user_agent, **nominatim_kwargs)
        self._limited = RateLimiter(self.nominatim.geocode, min_delay_seconds=min_delay_seconds, max_retries=1)
        self.cache_path = Path(cache_path) if cache_path else cache_dir() / "nominatim-cache.json"
        self._lock = threading.Lock()
        try:
            self._cache: dict[str, dict | None] = json.loads(self.cache_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self._cache = {}

    def _save(self) -> None:
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.cache_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._cache, ensure_ascii=False), encoding="utf-8")
        tmp.replace(self.cache_path)

    def geocode(self, query: str, exactly_one: bool = True, timeout=None, **_hints):
        key = normalise(query)
        with self._lock:
            if key not in self._cache:
                found = self._limited(query, exactly_one=True)
                self._cache[key] = None if found is None else {
                    "name": found.raw.get("name") or found.address.split(",")[0], "lat": found.latitude,
                    "lon": found.longitude, "address": found.address, "osm_type": found.raw.get("type", ""),
                }
                self._save()
            hit = self._cache[key]
        if hit is None:
            return None if exactly_one else []
        raw = {"id": f"nominatim-{key}", "name": hit["name"], "kind": "settlement", "country":
               hit["address"].split(",")[-1].strip(), "source": "nominatim", "lat": hit["lat"], "lon": hit["lon"]}
        loc = Location(hit["address"], (hit["lat"], hit["lon"]), raw)
        return loc if exactly_one else [loc]
