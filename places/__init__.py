"""Places of a life: from documents to a dated, evidenced itinerary.

A library (it never imports streamlit or folium); ``python -m places`` is its CLI.
"""

from places.errors import DocumentError, GazetteerError, ItineraryError, PlacesError

__all__ = ["DocumentError", "GazetteerError", "ItineraryError", "PlacesError"]
