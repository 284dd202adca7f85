"""Results of recent builds, kept by count and by size so a server's memory stays bounded.

A visitor who uploads the same documents again gets the earlier result at once; a stream of different
uploads evicts the oldest results (least recently used) once either limit is reached, so the cache can
never hold more than ``max_bytes`` of results whatever is uploaded. Safe to share between the threads
of a web server.

>>> cache = BoundedCache(max_entries=2, max_bytes=100)
>>> cache.put("a", "x", 60); cache.put("b", "y", 60); cache.get("a"), cache.get("b"), cache.size_bytes
(None, 'y', 60)
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any


class BoundedCache:
    """A least-recently-used map with a limit on entries and on the sum of their sizes (in bytes)."""

    def __init__(self, max_entries: int = 16, max_bytes: int = 64 * 2**20):
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self._entries: OrderedDict[str, tuple[Any, int]] = OrderedDict()
        self._lock = threading.Lock()
        self.size_bytes = 0

    def get(self, key: str) -> Any | None:
        with self._lock:
            if key not in self._entries:
                return None
            self._entries.move_to_end(key)
            return self._entries[key][0]

    def put(self, key: str, value: Any, size: int) -> None:
        """Keep ``value`` unless it alone exceeds the byte limit; evict the oldest until both limits hold."""
        with self._lock:
            if key in self._entries:
                self.size_bytes -= self._entries.pop(key)[1]
            if size > self.max_bytes:
                return
            self._entries[key] = (value, size)
            self.size_bytes += size
            while len(self._entries) > self.max_entries or self.size_bytes > self.max_bytes:
                self.size_bytes -= self._entries.popitem(last=False)[1][1]

    def __len__(self) -> int:
        return len(self._entries)
