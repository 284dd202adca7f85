from places.events import SubjectTracker, event_cues, inside_quotation, is_locative, kind_for


def test_event_words_map_to_kinds():
    kinds = [c.kind for c in event_cues("Born in Yanovka, he was imprisoned, exiled and deported; he escaped.")]
    assert kinds == ["birth", "prison", "exile", "deportation", "escape"]


def test_the_nearest_preceding_cue_governs_a_place():
    text = "He was arrested in Odessa and exiled to Siberia."
    cues = event_cues(text)
    assert kind_for(cues, text.index("Odessa")).kind == "prison"
    assert kind_for(cues, text.index("Siberia")).kind == "exile"


def test_only_locative_mentions_count():
    text = "Stalin, born in Gori, read the history of Prague and fled to Vienna."
    assert is_locative(text, text.index("Gori"))
    assert not is_locative(text, text.index("Prague"))
    assert is_locative(text, text.index("Vienna"))


def test_quotations_are_detected():
    text = 'He wrote: "I remember London well", and then he left for Paris.'
    assert inside_quotation(text, text.index("London"))
    assert not inside_quotation(text, text.index("Paris"))


def test_subject_tracking_follows_names_and_pronouns():
    tracker = SubjectTracker("Leon Trotsky", reach=2)
    assert tracker.about_subject("Trotsky was born in 1879.") == (True, True)
    assert tracker.about_subject("He went to school in Odessa.") == (True, False)
    assert tracker.about_subject("Stalin was born in Gori.") == (False, False)
    assert tracker.about_subject("He was a seminarist.") == (False, False)  # out of reach
    assert tracker.about_subject("Bronstein's father farmed.") == (False, False)


def test_the_subject_as_object_and_purpose_clauses():
    from places.events import not_a_visit
    text = "When he was nine, his father sent him to Odessa to be educated."
    cues = event_cues(text)
    pos = text.index("Odessa")
    cue = kind_for(cues, pos)
    assert cue.kind == "education"  # the purpose, not the movement
    assert not_a_visit(text, pos, pos + 6, kind_for([c for c in cues if c.kind == "travel"], pos)) is None
    other = "His father moved to Odessa."
    assert not_a_visit(other, other.index("Odessa"), other.index("Odessa") + 6,
                       kind_for(event_cues(other), other.index("Odessa"))) == "someone else's event"


def test_hosts_and_areas_count_as_where_he_was():
    for text, place in (("Norway accepted him in 1935.", "Norway"), ("He was accepted by Turkey.", "Turkey"),
                        ("He was banished to the remote area of Kazakhstan.", "Kazakhstan")):
        pos = text.index(place)
        assert is_locative(text, pos, pos + len(place)), text
