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
