"""The full corpus, read from ../shared/corpus: the brief's places, exact quotes, no false visits."""

from __future__ import annotations

import pytest

from places.corpus import read_document
from places.gazetteer import haversine_km
from places.itinerary import itinerary_to_dict, load_itinerary
from places.pipeline import build
from tests.conftest import ROOT

pytestmark = pytest.mark.corpus

BRIEF = {  # the brief's eight places: (rough point, km, years he was there)
    "yanovka": ((47.9, 32.3), 50, (1879, 1888)), "siberia": ((60.0, 100.0), 2000, (1898, 1907)),
    "london": ((51.5, -0.1), 50, (1902, 1907)), "vienna": ((48.2, 16.4), 50, (1907, 1914)),
    "new_york": ((40.7, -74.0), 50, (1917, 1917)), "alma_ata": ((43.25, 76.9), 50, (1928, 1929)),
    "prinkipo": ((40.87, 29.12), 50, (1929, 1933)), "coyoacan": ((19.35, -99.16), 50, (1937, 1940)),
}
REGIONS = {"siberia"}
NEVER_THERE = {"gori", "obdorsk", "kronstadt", "prague"}


@pytest.fixture(scope="module")
def built(corpus_dir):
    return build([corpus_dir])


def test_the_brief_places_are_stops_at_plausible_points_and_years(built):
    itinerary, _ = built
    for pid, (point, km, (first, last)) in BRIEF.items():
        stops = [s for s in itinerary.stops if s.place.id == pid]
        if pid in REGIONS:  # a region is drawn by its towns where the documents name them (Ust-Kut, Berezov)
            stops += [s for s in itinerary.stops if s.place.kind not in ("region", "country")
                      and haversine_km(s.place.lat, s.place.lon, *point) <= km]
        assert stops, f"{pid} is missing"
        assert any(haversine_km(s.place.lat, s.place.lon, *point) <= km for s in stops)
        assert any(s.start <= last + 1 and s.end >= first - 1 for s in stops), (pid, [(s.start, s.end) for s in stops])


def test_every_quote_is_verbatim_from_its_document(built, corpus_dir):
    itinerary, _ = built
    texts = {p.name: read_document(p).text for p in corpus_dir.glob("*.txt")}
    for s in itinerary.stops:
        assert s.evidence
        for e in s.evidence:
            assert texts[e.doc][e.offset:e.offset + len(e.quote)] == e.quote


def test_places_he_never_visited_are_not_stops(built):
    itinerary, _ = built
    assert not {s.place.id for s in itinerary.stops} & NEVER_THERE


def test_the_subject_is_inferred(built):
    assert built[0].subject == "Leon Trotsky"


def test_the_committed_itinerary_is_what_the_pipeline_builds(built, corpus_dir):
    committed = itinerary_to_dict(load_itinerary(ROOT / "places" / "data" / "itinerary.json"))
    fresh = itinerary_to_dict(built[0])
    assert committed == fresh, "places/data/itinerary.json is stale: run `make itinerary` and commit it"
    for source in committed["sources"]:
        assert read_document(corpus_dir / source["doc"]).sha256 == source["sha256"]


def test_the_blog_posts_on_us_politics_give_no_stops(built):
    """Doc 003 is mostly posts on US politics; only the reprinted biography may give stops, and in the
    United States he was only ever in New York (1917)."""
    itinerary, _ = built
    american = {s.place.id for s in itinerary.stops if s.place.country == "United States"}
    assert american <= {"new_york", "bronx"}, american
    for s in itinerary.stops:
        if s.place.country == "United States":
            assert s.start <= 1917 <= s.end + 1, (s.id, s.start, s.end)


def _when(stop):
    from places.dates import parse_iso
    year, month, day = parse_iso(stop.start_date) if stop.start_date else (stop.start, None, None)
    return year, month, day


def test_the_uncurated_route_never_goes_back_in_time(corpus_dir):
    """Each leg starts no earlier than the last: by year, and by month and day where both stops have them."""
    itinerary, _ = build([corpus_dir], curation=None)
    stops = itinerary.stops
    for a, b in zip(stops, stops[1:], strict=False):
        (ya, ma, da), (yb, mb, db) = _when(a), _when(b)
        assert ya <= yb, (a.id, b.id)
        if ya == yb and ma is not None and mb is not None:
            assert (ma, da or 0) <= (mb, db or 99) or da is None or db is None, (a.id, a.start_date, b.id, b.start_date)
    ids = [s.id for s in stops if s.start == 1917]
    assert ids.index("new-york-1917") < ids.index("halifax-1917") < ids.index("petrograd-1917")


def test_stays_end_no_later_than_the_next_stay_begins(built):
    """A trip away and back (travel) or a gathering attended (a moment) does not end a stay; the next stay
    elsewhere does."""
    itinerary, _ = built
    stops = itinerary.stops
    for i, s in enumerate(stops):
        nxt = next((n for n in stops[i + 1:] if n.place.id != s.place.id and n.kind != "travel" and not n.moment),
                   None)
        if nxt is not None and s.curation is None and s.place.kind not in ("region", "country"):
            assert s.end <= max(s.start, nxt.start), (s.id, s.end, nxt.id, nxt.start)
