import json

import pytest

from places.curation import CurationError, apply_curation, load_curation
from places.itinerary import itinerary_to_dict
from tests.test_layers import ITINERARY


def write(tmp_path, decisions):
    path = tmp_path / "curation.json"
    path.write_text(json.dumps({"version": 1, "subject": "Anna", "decisions": decisions}))
    return path


def test_confirm_correct_and_reject_each_with_a_reason_and_a_report(tmp_path):
    path = write(tmp_path, [
        {"id": "odessa-1879", "action": "confirm", "reason": "two documents agree"},
        {"id": "paris-1914", "action": "correct", "set": {"end": 1915, "kind": "exile"}, "reason": "left in 1915"},
        {"id": "vienna-1907", "action": "reject", "reason": "misread"},
        {"id": "gone-1900", "action": "reject", "reason": "stale"},
    ])
    curated, report = apply_curation(ITINERARY, load_curation(path))
    assert [s.id for s in curated.stops] == ["odessa-1879", "paris-1914", "coyoacan-1937"]
    paris = curated.stops[1]
    assert (paris.end, paris.kind, paris.curation["reason"]) == (1915, "exile", "left in 1915")
    assert curated.stops[0].confidence == 1.0
    assert report.summary() == ("curation touched 3 stops (1 confirmed, 1 corrected, 1 rejected); "
                                "1 decisions match no stop: gone-1900")
    data = itinerary_to_dict(curated)
    assert data["meta"]["curation"] == {"confirmed": 1, "corrected": 1, "rejected": 1}
    assert data["stops"][1]["curation"]["action"] == "correct"


@pytest.mark.parametrize(("decision", "message"), [
    ({"id": "x", "action": "reject", "reason": " "}, "needs a reason"),
    ({"id": "x", "action": "delete", "reason": "r"}, "action must be one of"),
    ({"id": "x", "action": "correct", "set": {"lat": 1}, "reason": "r"}, "may change only"),
    ({"id": "x", "action": "correct", "set": {"kind": "picnic"}, "reason": "r"}, "unknown kind"),
])
def test_a_malformed_decision_is_refused_with_its_reason(tmp_path, decision, message):
    with pytest.raises(CurationError, match=message):
        load_curation(write(tmp_path, [decision]))


def test_decisions_pin_the_quotes_they_judged_and_say_when_the_stop_changed(tmp_path):
    """Stop ids come from extraction: after an extractor change an id can name a stop made of other evidence."""
    path = write(tmp_path, [
        {"id": "odessa-1879", "action": "confirm", "reason": "r", "quotes": ["He lived there."]},
        {"id": "paris-1914", "action": "confirm", "reason": "r", "quotes": ["He was born in Paris."]},
        {"id": "vienna-1907", "action": "reject", "reason": "r", "quotes": ["Someone else lived in Vienna."]},
    ])
    _, report = apply_curation(ITINERARY, load_curation(path))
    assert report.review == [
        "vienna-1907: judged quote no longer there (Someone else lived in Vienna.…)",
        "vienna-1907: rejecting would also drop 1 unjudged quote(s) (He lived there.…)",
        "paris-1914: judged quote no longer there (He was born in Paris.…)",
    ]
    assert "review 3:" in report.summary()


def test_the_bundled_curation_fits_a_fresh_build(corpus_dir):
    """Every decision still finds its stop and the quotes it was made on, and no rejection drops unjudged ones."""
    from places.curation import DEFAULT_CURATION
    from places.pipeline import build

    _, result = build([corpus_dir], curation=DEFAULT_CURATION)
    assert result.curation is not None
    assert result.curation.unmatched == []
    assert result.curation.review == []


def test_reviewers_describe_the_bundled_documents(corpus_dir):
    from places.pipeline import build
    itinerary, _ = build([corpus_dir])
    titles = [s.title for s in itinerary.sources]
    assert len(set(titles)) == len(titles), "each bundled document reads as its own title"
    assert any(t.startswith("Encyclopedia article") for t in titles)


def test_a_malformed_sources_section_is_ignored(tmp_path):
    from places.curation import source_descriptions
    bad = tmp_path / "c.json"
    bad.write_text('{"sources": ["not", "a", "map"]}', encoding="utf-8")
    assert source_descriptions(bad) == {}
    assert source_descriptions(tmp_path / "missing.json") == {}
