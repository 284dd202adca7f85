"""One error family for the pipeline, so callers can catch ``PlacesError``.

Like geopy's ``GeocoderQueryError(GeopyError, ValueError)``, each error also
inherits the builtin it resembles, so generic ``except ValueError`` still works.
"""


class PlacesError(Exception):
    """Base of every error the pipeline raises on purpose."""


class DocumentError(PlacesError, ValueError):
    """A document cannot be read as text (empty, binary, too large, not UTF-8)."""


class GazetteerError(PlacesError, RuntimeError):
    """The gazetteer data is missing or malformed."""


class ItineraryError(PlacesError, ValueError):
    """An itinerary file does not follow the contract."""
