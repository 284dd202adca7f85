"""geopy-compatible geocoders: the offline gazetteer, and Nominatim behind the same interface.

``GazetteerGeocoder`` is a ``geopy.geocoders.base.Geocoder`` so any geopy
caller (``RateLimiter``, ``partial(geocode, ...)``) can use it unchanged; it
never touches the network. ``raw`` carries the gazetteer id, kind, country,
source and why this candidate was chosen, so a caller can tell a town from a
region and a sure answer from a close call.
"""

from __future__ import annotations

from geopy.geocoders.base import Geocoder
from geopy.location import Location

from places.gazetteer import Gazetteer, Resolution
from places.model import Place


def place_to_location(place: Place, **extra) -> Location:
    raw = {
        "id": place.id, "name": place.name, "modern_name": place.modern_name, "kind": place.kind,
        "country": place.country, "source": place.source, "lat": place.lat, "lon": place.lon,
        "radius_km": place.radius_km, **extra,
    }
    label = f"{place.name}, {place.country}" if place.country and place.country != place.name else place.name
    return Location(label, (place.lat, place.lon), raw)


class GazetteerGeocoder(Geocoder):
    """Offline geocoder over :class:`Gazetteer`; context hints steer ambiguous names.

    Hints are keyword arguments: ``country`` (a name or ISO code), ``near`` (a
    ``(lat, lon)`` point, several, or a place name) and ``year``. A name whose best
    candidate is too weak gives None; :meth:`explain` says why.

    >>> GazetteerGeocoder(broad=False).geocode("Alma-Ata").raw["country"]
    'Kazakhstan'
    """

    def __init__(self, gazetteer: Gazetteer | None = None, broad: bool = True, online: Geocoder | None = None,
                 **kwargs):
        super().__init__(**kwargs)
        self.gazetteer = gazetteer or Gazetteer(broad=broad)
        self.online = online  # consulted only for names the gazetteer does not know

    def explain(self, query: str, *, country: str | None = None, near=None, year: int | None = None) -> Resolution:
        """The whole decision: the place (or None), the reason, and every candidate with its score."""
        return self.gazetteer.resolve(query if isinstance(query, str) else "", country=country, near=near, year=year)

    def geocode(self, query: str, exactly_one: bool = True, timeout=None, *, country: str | None = None,
                near=None, year: int | None = None):
        if not isinstance(query, str) or not query.strip():
            return None if exactly_one else []
        found = self.explain(query.strip(), country=country, near=near, year=year)
        if not found.ranked and self.online is not None:
            return self.online.geocode(query.strip(), exactly_one=exactly_one)
        if exactly_one:
            return None if found.place is None else place_to_location(
                found.place, reason=found.reason, score=round(found.ranked[0][1], 2))
        # Every candidate, best first; a refused best says so in its raw["refused"].
        return [place_to_location(c.place, score=round(s, 2), primary_name=c.primary,
                                  **({"refused": found.reason} if i == 0 and found.place is None else {}))
                for i, (c, s) in enumerate(found.ranked)]

    def reverse(self, query, exactly_one: bool = True, timeout=None):
        lat, lon = (query.latitude, query.longitude) if hasattr(query, "latitude") else map(float, query)
        place = self.gazetteer.nearest(lat, lon)
        if place is None:
            return None if exactly_one else []
        loc = place_to_location(place)
        return loc if exactly_one else [loc]
