"""geopy-compatible geocoders: the offline gazetteer, and Nominatim behind the same interface.

``GazetteerGeocoder`` is a ``geopy.geocoders.base.Geocoder`` so any geopy
caller (``RateLimiter``, ``partial(geocode, ...)``) can use it unchanged; it
never touches the network. ``raw`` carries the gazetteer id, kind, country
and source, so a caller can tell a town from a region.
"""

from __future__ import annotations

from geopy.geocoders.base import Geocoder
from geopy.location import Location

from places.gazetteer import Gazetteer
from places.model import Place


def place_to_location(place: Place) -> Location:
    raw = {
        "id": place.id, "name": place.name, "modern_name": place.modern_name, "kind": place.kind,
        "country": place.country, "source": place.source, "lat": place.lat, "lon": place.lon,
    }
    label = f"{place.name}, {place.country}" if place.country and place.country != place.name else place.name
    return Location(label, (place.lat, place.lon), raw)


class GazetteerGeocoder(Geocoder):
    """Offline geocoder over :class:`Gazetteer`; context hints steer ambiguous names.

    >>> GazetteerGeocoder(broad=False).geocode("Alma-Ata").raw["country"]
    'Kazakhstan'
    """

    def __init__(self, gazetteer: Gazetteer | None = None, broad: bool = True, online: Geocoder | None = None,
                 **kwargs):
        super().__init__(**kwargs)
        self.gazetteer = gazetteer or Gazetteer(broad=broad)
        self.online = online  # consulted only for names the gazetteer does not know

    def geocode(self, query: str, exactly_one: bool = True, timeout=None, *, country: str | None = None,
                near: tuple[float, float] | None = None, year: int | None = None):
        if not isinstance(query, str) or not query.strip():
            return None if exactly_one else []
        found = self.gazetteer.candidates(query.strip(), country=country, near=near, year=year)
        locations = [place_to_location(p) for p in found]
        if not locations and self.online is not None:
            return self.online.geocode(query.strip(), exactly_one=exactly_one)
        if exactly_one:
            return locations[0] if locations else None
        return locations

    def reverse(self, query, exactly_one: bool = True, timeout=None):
        lat, lon = (query.latitude, query.longitude) if hasattr(query, "latitude") else map(float, query)
        place = self.gazetteer.nearest(lat, lon)
        if place is None:
            return None if exactly_one else []
        loc = place_to_location(place)
        return loc if exactly_one else [loc]
