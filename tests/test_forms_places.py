"""Place names as new biographies write them (issue: read any biography truly): lists of towns, institutions named
for their town, hamlets on small islands, a town's bay and its modern name, routes, and names joined by "del".

Each text is written for its test; each test fails without the mechanism it names.
"""

from __future__ import annotations

from tests.test_forms import got, stops_of, with_broad


def test_a_list_of_towns_is_not_a_town_and_the_region_it_lies_in(tmp_path, tiny_gazetteer):
    """"at Bonn, Berlin and finally Halle": Berlin is a Land too, but Bonn does not lie in it (both carry a
    first-order region code), so the three are three towns, not "Bonn, (in) Berlin"."""
    gazetteer = with_broad(tmp_path, tiny_gazetteer,
        ("g-bonn", "Bonn", 50.73, 7.10, "settlement", "Germany", 300_000, 0.0, "DE-NW"),
        ("g-berlin-land", "Berlin", 52.50, 13.40, "region", "Germany", 3_500_000, 40.0, "DE-BE"),
        ("g-berlin", "Berlin", 52.52, 13.41, "settlement", "Germany", 3_500_000, 0.0, "DE-BE"),
        ("g-halle", "Halle", 51.48, 11.97, "settlement", "Germany", 230_000, 0.0, "DE-ST"),
    )
    text = ("Anna Petrova was born in Odessa in 1862. In 1887 she studied agricultural economics at Bonn, Berlin and "
            "finally Halle, where she received her doctorate in 1890.")
    places = {p for p, _, _ in got(stops_of(gazetteer, text))}
    assert {"g-bonn", "g-halle"} <= places and places & {"g-berlin", "g-berlin-land"}, places


def test_an_institution_named_for_its_town_with_its_standing_between(tmp_path, tiny_gazetteer):
    """"a professor at Kyoto Imperial University", "studied at the Sapporo Agricultural College": the town
    before its institution's standing or subject and its kind."""
    gazetteer = with_broad(tmp_path, tiny_gazetteer,
        ("g-kyoto", "Kyoto", 35.01, 135.77, "settlement", "Japan", 1_400_000),
        ("g-sapporo", "Sapporo", 43.06, 141.35, "settlement", "Japan", 1_900_000),
    )
    text = ("Anna Petrova was born in Odessa in 1862. In 1881 she studied at the Sapporo Agricultural College. In "
            "1903 she became a professor at Kyoto Imperial University.")
    stops = {(p, y) for p, y, _ in got(stops_of(gazetteer, text))}
    assert {("g-kyoto", 1903), ("g-sapporo", 1881)} <= stops, stops


def test_a_name_joined_by_del_is_a_name_though_its_first_word_is_a_common_one(tmp_path, tiny_gazetteer):
    """"Mar del Plata" in a text that also says "el mar" (a song's title): "mar" occurs in lower case, but a
    name joined by "del" that the gazetteer knows whole is a place."""
    gazetteer = with_broad(tmp_path, tiny_gazetteer,
        ("g-mdp", "Mar del Plata", -38.0, -57.55, "settlement", "Argentina", 600_000),
    )
    text = ("Anna Petrova was born in Odessa in 1892. In 1930 she wrote the song 'Anna y el mar'. On 18 October "
            "1938 she took the train to Mar del Plata and took a room in a boarding house.")
    assert ("g-mdp", 1938) in {(p, y) for p, y, _ in got(stops_of(gazetteer, text))}


def test_a_towns_bay_and_its_modern_name(tmp_path, tiny_gazetteer):
    """"anchored in the bay of Santa Lucia, the present Rio de Janeiro": the bay of a place named by its modern
    name is a stop there; "the Bay of Biscay", a sea's own name, is not."""
    gazetteer = with_broad(tmp_path, tiny_gazetteer,
        ("g-rio", "Rio de Janeiro", -22.9, -43.2, "settlement", "Brazil", 6_000_000),
        ("g-biscay", "Biscay", 43.2, -2.9, "region", "Spain", 1_100_000, 40.0),
    )
    text = ("Anna Petrova was born in Odessa in 1480. In December 1519 she anchored for two weeks in the bay of "
            "Santa Lucia, the present Rio de Janeiro, where the crews traded. In 1520 she sailed across the Bay of "
            "Biscay to Vienna.")
    places = {(p, y) for p, y, _ in got(stops_of(gazetteer, text))}
    assert ("g-rio", 1519) in places and not any(p == "g-biscay" for p, _ in places), places


def test_a_hamlet_the_gazetteer_lacks_on_a_small_island_is_the_island(tmp_path, tiny_gazetteer):
    """"born at Milton on South Uist": no Milton lies on the island, which is small enough to stand for it; a
    far namesake Milton is never taken, and a large island (Java) never stands for its villages."""
    gazetteer = with_broad(tmp_path, tiny_gazetteer,
        ("g-uist", "South Uist", 57.25, -7.33, "island", "United Kingdom", 0, 14.0),
        ("g-java", "Java", -7.5, 110.0, "island", "Indonesia", 0, 400.0),
        ("g-milton", "Milton", 42.25, -71.07, "settlement", "United States", 27_000),
    )
    text = ("Anna Petrova was born in 1722 at Milton on South Uist. In 1750 she lived at Kampung Baru on Java. In "
            "1760 she moved to Vienna.")
    stops = got(stops_of(gazetteer, text))
    assert ("g-uist", 1722, "birth") in stops, stops
    assert not any(p in ("g-java", "g-milton") for p, _, _ in stops), stops


def test_a_birth_in_a_relative_clause_is_not_the_next_places(tiny_gazetteer):
    """"lived from 1780 at Odessa, where she had been born, and later at Prague": Prague is a residence of 1780,
    not her birth, and not told as earlier than the sentence ("had been" is Odessa's)."""
    text = ("Anna Petrova was born in Odessa in 1722. After some months in Vienna she returned and lived from 1780 "
            "with her brother at Odessa, where she had been born, and later at Prague.")
    stops = got(stops_of(tiny_gazetteer, text))
    assert ("prague", 1780, "residence") in stops, stops
    assert not any(p == "prague" and k == "birth" for p, _, k in stops), stops


def test_the_towns_of_a_route_gone_through_are_no_stops(tiny_gazetteer):
    """"went overland through Vienna and Prague, Geneva and London to Paris": a route's towns, however long the
    list, and only its end is a stop."""
    text = ("Anna Petrova was born in Odessa in 1430. In 1472 she went overland through Vienna and Prague, Geneva "
            "and London to Paris.")
    stops = {(p, y) for p, y, _ in got(stops_of(tiny_gazetteer, text))}
    assert ("paris", 1472) in stops, stops
    assert not {p for p, _ in stops} & {"vienna", "prague", "geneva", "london"}, stops


def test_another_person_set_off_by_an_aside_acts_in_a_chronology_entry(tiny_gazetteer):
    """"Roberval, still waiting for artillery, stays behind at La Rochelle": another man, his aside, his verb;
    but "Charles Gordon, governor-general of the Sudan, sends him to Vienna" moves the subject."""
    text = ("Anna Petrova: a chronology\n\n1491 – Born in Odessa.\n"
            "1541, 23 May – Sails from Odessa with five ships; Roberval, still waiting for artillery, stays behind at "
            "Paris.\n1546 – Charles Gordon, governor-general of the Sudan, sends her to Vienna.\n")
    stops = {(p, y) for p, y, _ in got(stops_of(tiny_gazetteer, text))}
    assert ("vienna", 1546) in stops and ("paris", 1541) not in stops, stops


def test_a_conjecture_is_no_visit(tiny_gazetteer):
    """"May have sailed to Prague and Vienna with Norman fishermen; no document proves it": a conjecture, not a
    journey the text asserts."""
    text = ("Anna Petrova: a chronology\n\n1491 – Born in Odessa.\n"
            "1519 – May have sailed to Prague and Vienna with Norman fishermen; no document proves it.\n"
            "1534 – Sails to Paris.\n")
    stops = got(stops_of(tiny_gazetteer, text))
    assert ("odessa", 1491, "birth") in stops and ("paris", 1534, "travel") in stops, stops
    assert not {p for p, _, _ in stops} & {"prague", "vienna"}, stops


def test_a_place_naming_the_subjects_own_expedition_is_no_other_person(tiny_gazetteer):
    """"His first Kyushu expedition lasted from 1809 to 1811; in 1810 he reached Kagoshima": "His first Kyushu"
    is not another person opening the sentence (as "His tutor Ivan Sokol came" would be)."""
    text = ("Anna Petrova was born in Odessa in 1745. Her first Kyushu expedition lasted from 1809 to 1811; in 1810 "
            "she reached Vienna and crossed to Prague.")
    stops = {(p, y) for p, y, _ in got(stops_of(tiny_gazetteer, text))}
    assert {("vienna", 1810), ("prague", 1810)} <= stops, stops


def test_a_town_after_a_comma_is_the_documents_city_not_a_far_region_of_its_name(tmp_path, tiny_gazetteer):
    """"died at his house in Hatchobori, Edo" where the document's Edo is the city (Tokyo): Edo State, Nigeria,
    is a region of the same name, but the name already stood for the city here."""
    gazetteer = with_broad(tmp_path, tiny_gazetteer,
        ("g-tokyo", "Edo", 35.69, 139.69, "settlement", "Japan", 9_000_000, 0.0, "JP-13", ["Tokyo"]),
        ("g-edo-state", "Edo", 6.6, 5.9, "region", "Nigeria", 300_000, 100.0, "NG-ED"),
        ("g-hatch", "Hatchōbori", 35.675, 139.78, "settlement", "Japan", 5_000, 0.0, "JP-13", ["Hatchobori"]),
        ("g-hatch-ng", "Hatchobori", 6.5, 5.8, "settlement", "Nigeria", 300),
    )
    text = ("Anna Petrova was born in Odessa in 1745. In 1795 she moved to Edo. She died at her house in "
            "Hatchobori, Edo, on 17 May 1818.")
    stops = got(stops_of(gazetteer, text))
    assert any(p in ("g-hatch", "g-tokyo") and y == 1818 and k == "death" for p, y, k in stops), stops
    assert not any(p in ("g-edo-state", "g-hatch-ng") for p, _, _ in stops), stops


def test_goods_shipped_to_a_town_and_an_island_sailed_round_are_no_stops(tiny_gazetteer):
    """"dealt in rice and firewood shipped down the river to Vienna"; "sailed round Siberia" / "past Prague and
    round the Kazakhstan": a passage; "in 1808 she went round Siberia", a survey of it, is a stop."""
    text = ("Anna Petrova was born in Odessa in 1745. In 1762 she dealt in rice and firewood shipped down the river "
            "to Vienna. In 1770 she sailed with him past Prague and round the Kazakhstan to Paris. In 1808 she went "
            "round Siberia.")
    stops = {(p, y) for p, y, _ in got(stops_of(tiny_gazetteer, text))}
    assert ("paris", 1770) in stops and ("siberia", 1808) in stops, stops
    assert not {p for p, _ in stops} & {"vienna", "prague", "kazakhstan"}, stops


def test_a_wide_area_after_a_place_the_gazetteer_lacks_is_no_point_for_it(tmp_path, tiny_gazetteer):
    """"went far south to Shaozhou, in Guangdong": the province says where the unknown town lies, and its centre
    is hundreds of kilometres from it, so it is no stop; "moved to Pent Farm in Kent" keeps the county, small enough
    to stand for the farm."""
    gazetteer = with_broad(tmp_path, tiny_gazetteer,
        ("g-gd", "Guangdong", 23.4, 113.4, "region", "China", 100_000_000, 300.0),
        ("g-kent", "Kent", 51.2, 0.7, "region", "United Kingdom", 1_500_000, 50.0),
    )
    text = ("Anna Petrova was born in Odessa in 1562. In 1596 she went far south to Shaozhou, in Guangdong, as a "
            "tutor. In 1620 she moved to Pent Farm in Kent.")
    stops = {(p, y) for p, y, _ in got(stops_of(gazetteer, text))}
    assert ("g-kent", 1620) in stops and not any(p == "g-gd" for p, _ in stops), stops


def test_an_infoboxs_line_of_birth_names_the_town_where_its_parts_say(tmp_path, tiny_gazetteer):
    """"Born: Jorge Borges Acevedo, 24 August 1899, Buenos Aires, Argentina": the parts of an infobox line have no
    locative word, and the town is the birthplace (the country only says where it lies); "Born: 1722, Milton,
    South Uist, Scotland": no Milton lies on the island, so the island, not a mainland Milton beside it."""
    gazetteer = with_broad(tmp_path, tiny_gazetteer,
        ("g-ba", "Buenos Aires", -34.6, -58.38, "settlement", "Argentina", 13_000_000),
        ("g-ar", "Argentina", -34.0, -64.0, "country", "Argentina", 45_000_000, 1400.0),
        ("g-uist", "South Uist", 57.25, -7.33, "island", "United Kingdom", 0, 14.0),
        ("g-milton", "Milton", 57.34, -4.50, "settlement", "United Kingdom", 3_000),
        ("g-scot", "Scotland", 56.8, -4.2, "region", "United Kingdom", 5_400_000, 250.0),
    )
    born = "Anna Petrova\n\nBorn: Anna Maria Petrova Acevedo, 24 August 1899, Buenos Aires, Argentina\n\nShe wrote."
    assert ("g-ba", 1899, "birth") in got(stops_of(gazetteer, born)), got(stops_of(gazetteer, born))
    island = "Anna Petrova\n\nBorn: 1722, Milton, South Uist, Scotland\n\nShe wrote."
    stops = got(stops_of(gazetteer, island))
    assert ("g-uist", 1722, "birth") in stops and not any(p == "g-milton" for p, _, _ in stops), stops


def test_a_letter_written_to_a_place_is_no_visit(tiny_gazetteer):
    """"Zhaojun wrote to the Han court asking to come home", "sent a memorial to Prague": the letter went."""
    text = ("Anna Petrova was born in Odessa in 1850. In 1870 she wrote to Vienna asking to be allowed to come home, "
            "and in 1871 she sent a memorial to Prague. In 1872 she went to Paris.")
    stops = {p for p, _, _ in got(stops_of(tiny_gazetteer, text))}
    assert "paris" in stops and not {"vienna", "prague"} & stops, stops


def test_two_peoples_adjectives_joined_before_one_noun_open_no_clause(tiny_gazetteer):
    """"he and the leaders of the Angolan and Mozambican movements were received in Vienna": "and Mozambican
    movements were received" is no clause of other people; the subject is among those received."""
    text = ("Anna Petrova was born in Odessa in 1924. In July 1970 she and the leaders of the Angolan and Mozambican "
            "movements were received in Vienna by the Pope.")
    assert ("vienna", 1970) in {(p, y) for p, y, _ in got(stops_of(tiny_gazetteer, text))}


def test_a_year_named_by_anothers_event_a_unit_named_for_a_town_and_routes_home(tiny_gazetteer):
    """"born in Odessa in 1364, the year King Charles the Fifth was crowned at Paris": Paris is the king's; "the
    Prague infantry regiment" is no stay in Prague; "came home through Vienna", "by train and truck through Geneva
    to London", "touched at York and at New York on the way": the towns of a way."""
    text = ("Anna Petrova was born in Odessa in 1364, the year King Charles the Fifth was crowned at Paris. In 1380 "
            "she enlisted as a cadet in the Prague infantry regiment. In 1383 she came home through Vienna that "
            "autumn. In 1390 she went by train and truck through Geneva to London. In 1393 they touched at York and "
            "at New York on the way, and reached Coyoacán.")
    stops = {(p, y) for p, y, _ in got(stops_of(tiny_gazetteer, text))}
    assert {("odessa", 1364), ("london", 1390), ("coyoacan", 1393)} <= stops, stops
    assert not {p for p, _ in stops} & {"paris", "prague", "vienna", "geneva", "york", "new-york"}, stops


def test_the_modern_name_inside_a_bracket_of_names_and_a_name_given_later(tmp_path, tiny_gazetteer):
    """"Born in Jiaying prefecture (Kaying; present-day Meizhou), in the hills of Guangdong": of the names in the
    bracket the modern one says which town (Jiaying is also another name of Kajang, Malaysia), and the province
    around it is no second birthplace; "Kawakawa, the settlement later called Te Araroa": the later name is the town
    (the gazetteer's Kawakawa is another, 400 km away)."""
    gazetteer = with_broad(tmp_path, tiny_gazetteer,
        ("g-kajang", "Kajang", 2.99, 101.79, "settlement", "Malaysia", 236_000, 0.0, "", ["Jiaying"]),
        ("g-meizhou", "Meizhou", 24.29, 116.12, "settlement", "China", 380_000, 0.0, "CN-GD"),
        ("g-gd", "Guangdong", 23.4, 113.4, "region", "China", 100_000_000, 300.0, "CN-GD"),
        ("g-kawa", "Kawakawa", -35.38, 174.07, "settlement", "New Zealand", 1_300),
        ("g-araroa", "Te Araroa", -37.63, 178.37, "settlement", "New Zealand", 20_000),
    )
    text = ("Anna Petrova was born in 1848 in Jiaying prefecture (Kaying; present-day Meizhou), in the hills of "
            "Guangdong. In 1874 she moved to Kawakawa, the settlement later called Te Araroa.")
    stops = got(stops_of(gazetteer, text))
    assert ("g-meizhou", 1848, "birth") in stops and ("g-araroa", 1874) in {(p, y) for p, y, _ in stops}, stops
    assert not any(p in ("g-kajang", "g-gd", "g-kawa") for p, _, _ in stops), stops


def test_a_niece_memoir_without_a_title_names_its_subject_by_a_noun_beside_her_name(tiny_gazetteer):
    """A memoir with no title line whose first paragraph says "My father was a younger brother of Ivan Orlov, and
    we called my uncle's wife, Anna Petrova, Seventh Aunt, because he was the seventh": "My father" in that
    paragraph is no title ("My Father"), and "wife" beside the name says the subject is "she", whatever the men's
    pronouns around it."""
    from places.events import subject_pronoun, teller_kin

    first = ("I am one of the Orlov nieces. My father was a younger brother of Ivan Orlov, and all of us children "
             "called my uncle's wife, Anna Petrova, Seventh Aunt, because he was the seventh of his generation.")
    text = (first + " I was born in 1937 in Odessa.\n\nShe was born on 4 February 1904 in Vienna. When she was nine, "
            "in 1913, they came to Prague. In 1938 she worked in Paris.")
    assert teller_kin(text, "she") == ()
    # (the noun beside the name outweighs the two pronouns of the uncle after it)
    assert subject_pronoun([first, "She was born in Vienna."], "Anna Petrova") == "she"
    stops = {(p, y) for p, y, _ in got(stops_of(tiny_gazetteer, text))}
    assert {("vienna", 1904), ("paris", 1938)} <= stops and ("odessa", 1937) not in stops, stops


def test_a_chronology_entry_at_a_place_after_its_months_or_decade(tiny_gazetteer):
    """"1608, late August – At Basel", "1617, spring – Again in Agra", "1840s – Finishes her education in London",
    "1640s–1650s – Childhood in Vienna": a sub-entry's months or season in lower case, "again" before the place,
    and a decade (or a range of decades) leading the entry; "Plans a third journey, to Geneva" is a plan."""
    text = ("Anna Petrova: a chronology\n\n"
            "1601 – Born in Odessa.\n"
            "1608, late August – At Paris; admires the cathedral.\n"
            "1610 – Returns to Odessa.\n"
            "1617, spring – Again in Paris; argues with a priest in the market.\n"
            "1620s – Finishes her education in London.\n"
            "1640s–1650s – Childhood of her daughter in Prague; lives in Vienna.\n"
            "1660s – Plans a third journey, to Geneva and York, that never takes place.\n")
    stops = {(p, s.start, s.end) for s in stops_of(tiny_gazetteer, text) for p in [s.place.id]}
    years = {(p, a) for p, a, _ in stops}
    assert {("paris", 1608), ("paris", 1617), ("london", 1620)} <= years, stops
    assert ("vienna", 1640, 1659) in stops, stops
    assert not {p for p, _ in years} & {"geneva", "york"}, stops


def test_a_chronology_whose_husband_shares_her_family_name_is_still_hers(tiny_gazetteer):
    """A chronology of Anna Petrova whose husband is "Petrova" too ("Petrova sails for Geneva; he fights there"):
    the entries whose opening verb is followed by her own possessive ("Joins her husband", "Finishes her studies")
    say the implicit subject is "she", so "she follows him to Paris" is hers."""
    from places.events import subject_pronoun

    lines = ["Anna Petrova: a chronology",
             "1850 – Marries Ivan Petrova of the artillery in Odessa.",
             "1857 – Petrova sails for Geneva with his battery; he fights at York.",
             "1860 – Joins her husband in Vienna.",
             "1862 – Finishes her memoirs.",
             "1878 – Petrova becomes governor; she follows him to Paris and spends the summers at Prague."]
    assert subject_pronoun(lines, "Anna Petrova") == "she"
    stops = {(p, y) for p, y, _ in got(stops_of(tiny_gazetteer, "\n".join(lines) + "\n"))}
    assert ("paris", 1878) in stops, stops


def test_a_town_named_with_of_a_country_gloss_and_a_lycee(tmp_path, tiny_gazetteer):
    """"at the Government House in Port of Spain": the town's name joined by "of", whole (never "Port" alone);
    "Born: c. 1703, near Axim, Gold Coast (present-day Ghana)": the country glosses the old region, the town stays;
    "at the lycée of Saint-Louis" is the town, "the seminary of San José" a dedication."""
    gazetteer = with_broad(tmp_path, tiny_gazetteer,
        ("g-pos", "Port of Spain", 10.67, -61.52, "settlement", "Trinidad and Tobago", 49_000),
        ("g-trinidad", "Trinidad", 10.45, -61.25, "island", "Trinidad and Tobago", 1_300_000, 50.0),
        ("g-port", "Port", 49.3, -0.8, "settlement", "France", 2_000),
        ("g-axim", "Axim", 4.87, -2.24, "settlement", "Ghana", 27_000),
        ("g-ghana", "Ghana", 7.9, -1.0, "country", "Ghana", 30_000_000, 300.0),
        ("g-stl", "Saint-Louis", 16.03, -16.5, "settlement", "Senegal", 170_000),
        ("g-sanjose", "San José", 9.93, -84.08, "settlement", "Costa Rica", 330_000),
    )
    text = ("Born: c. 1703, near Axim, Gold Coast (present-day Ghana)\n\n"
            "Anna Petrova was a teacher. In 1720 she studied at the lycée of Saint-Louis. In 1725 she taught at the "
            "seminary of San José. In 1750 she sailed to Trinidad. In 1751 she lived at the Government House in Port "
            "of Spain.")
    stops = {(p, y) for p, y, _ in got(stops_of(gazetteer, text))}
    assert {("g-axim", 1703), ("g-stl", 1720), ("g-pos", 1751)} <= stops, stops
    assert not {p for p, _ in stops} & {"g-ghana", "g-port", "g-sanjose"}, stops


def test_a_chronology_across_the_year_1000_with_glosses_and_the_next_year(tmp_path, tiny_gazetteer):
    """"989, 8th month – Born in Xuzhou" leads a chronology whose later entries are led by four-digit years: the
    three-digit year is a year; "the next year moved to Chenzhou" in the entry of 1030 is 1031 (not the year after
    the entry before); "demoted to Raozhou (Poyang, Jiangxi)": the gloss with its province names the town; "The
    family's ancestral home is Wu county in Suzhou" is no stay."""
    gazetteer = with_broad(tmp_path, tiny_gazetteer,
        ("g-xuzhou", "Xuzhou", 34.2, 117.28, "settlement", "China", 1_000_000),
        ("g-suzhou", "Suzhou", 31.3, 120.6, "settlement", "China", 1_300_000),
        ("g-kaifeng", "Kaifeng", 34.8, 114.3, "settlement", "China", 800_000),
        ("g-chenzhou", "Chenzhou", 33.7, 114.9, "settlement", "China", 100_000),
        ("g-poyang", "Poyang", 29.0, 116.67, "settlement", "China", 200_000),
        ("g-jiangxi", "Jiangxi", 27.6, 115.7, "region", "China", 40_000_000, 300.0),
    )
    text = ("Anna Petrova: a chronology\n\n"
            "989, 8th month – Born in Xuzhou. The family's ancestral home is Wu county in Suzhou.\n"
            "1011 – Walks to the academy; studies for five years.\n"
            "1028, 12th month – Called to Kaifeng as a collator.\n"
            "1030 – Sent out as vice-prefect of the river bend; the next year moved to Chenzhou.\n"
            "1036 – Serves as prefect of Kaifeng; demoted to Raozhou (Poyang, Jiangxi).\n")
    stops = {(p, y) for p, y, _ in got(stops_of(gazetteer, text))}
    assert {("g-xuzhou", 989), ("g-chenzhou", 1031), ("g-poyang", 1036)} <= stops, stops
    assert not {p for p, _ in stops} & {"g-suzhou", "g-jiangxi"}, stops


def test_a_village_near_a_town_the_gazetteer_knows_only_far_away(tmp_path, tiny_gazetteer):
    """"Moves to Leigh, near Tonbridge, Kent": the only Leigh the gazetteer has is 300 km away, so the village
    is one it lacks and Tonbridge stands for it, in its later mentions too ("Dies at Leigh"); a namesake within
    reach of the town ("Chernihiv, not far from Kyiv", 130 km) is kept."""
    gazetteer = with_broad(tmp_path, tiny_gazetteer,
        ("g-leigh", "Leigh", 53.50, -2.52, "settlement", "United Kingdom", 45_000),
        ("g-tonbridge", "Tonbridge", 51.20, 0.27, "settlement", "United Kingdom", 40_000),
        ("g-chernihiv", "Chernihiv", 51.50, 31.30, "settlement", "Ukraine", 285_000),
        ("g-kyiv", "Kyiv", 50.45, 30.52, "settlement", "Ukraine", 2_800_000),
    )
    text = ("Anna Petrova: a chronology\n\n"
            "1815 – Born in London.\n"
            "1863 – Moves to Chernihiv, not far from Kyiv, with her father.\n"
            "1879 – Moves to Leigh, near Tonbridge, Kent, to live with her daughter.\n"
            "1883, 9 August – Dies at Leigh.\n")
    stops = got(stops_of(gazetteer, text))
    assert ("g-tonbridge", 1879, "residence") in stops and ("g-tonbridge", 1883, "death") in stops, stops
    assert ("g-chernihiv", 1863, "residence") in stops, stops
    assert not {p for p, _, _ in stops} & {"g-leigh", "g-kyiv"}, stops


def test_a_stay_until_a_later_year_roots_and_another_opening_after_then(tiny_gazetteer):
    """"In 1944 she served with a unit in Paris until 1946": the stay runs to the later year; "The family had
    roots, it was said, in Prague" is no stay; "Then Ivan Orlov was recalled, and later exiled to Geneva; he wrote
    a poem about her": a man named after "Then" opens the sentence, his exile is not hers."""
    text = ("Anna Petrova was born in Odessa in 1923. The family had roots, it was said, in Prague, but she never "
            "saw it. In 1944 she served with a unit in Paris until 1946. In 1950 she met Ivan Orlov in London. Then "
            "Ivan Orlov was recalled, and later exiled to Geneva; he wrote a poem about her from there.")
    stops = {(s.place.id, s.start, s.end) for s in stops_of(tiny_gazetteer, text)}
    assert ("paris", 1944, 1946) in stops, stops
    assert not {p for p, _, _ in stops} & {"prague", "geneva"}, stops


def test_a_chronology_led_by_two_digit_years_bc(tiny_gazetteer):
    """"87 BC – With his father's army in the camp outside Paris": a year of one or two digits with its era leads
    the entry as a longer year does."""
    text = ("Anna Petrova: a chronology\n\n"
            "106 BC, 29 September – Born in Odessa, son of a general.\n"
            "89 BC – Serves on his father's staff at the siege of Prague.\n"
            "87 BC – With his father's army in the camp outside Paris during the civil war.\n"
            "80 BC, March – Back in Vienna, celebrates a triumph.\n")
    stops = {(p, y) for p, y, _ in got(stops_of(tiny_gazetteer, text))}
    assert {("odessa", -106), ("paris", -87), ("vienna", -80)} <= stops, stops


def test_a_cleft_sentence_puts_the_place_first_and_a_peoples_descent_is_no_place(tiny_gazetteer):
    """"My grandfather was a manufacturer there, and it was in Vienna, on 12 June 1802, in a house in the old
    town, that my aunt was born": the clause after "that" is the subject's (whoever opened the sentence) and its
    birth; "It was at Prague that I entered her service" is the teller's, "It was in Paris that I next saw her"
    the subject's too; "came from Geneva stock" names a people's descent."""
    text = ("My Aunt Anna\n\nI am the daughter of Ivan Petrov, and Anna Petrova was my father's sister.\n\n"
            "Our family came from Geneva stock and settled in Odessa. My grandfather Thomas was a manufacturer "
            "there, and it was in Vienna, on 12 June 1802, in a house in the old town, that my aunt was born. It "
            "was at Prague that I entered her service in 1830. In 1832 she moved to London. It was in Paris that I "
            "next saw her, in the spring of 1840.")
    stops = got(stops_of(tiny_gazetteer, text))
    assert ("vienna", 1802, "birth") in stops and ("paris", 1840) in {(p, y) for p, y, _ in stops}, stops
    assert not {p for p, _, _ in stops} & {"geneva", "prague"}, stops


def test_a_quarter_in_a_city_and_a_village_on_its_edge_whose_namesakes_are_far(tmp_path, tiny_gazetteer):
    """"born in our father's house at San Polo in Venice": the only San Polo the gazetteer has is a village
    200 km away, so the quarter is Venice's; "Clapham, then a village on the edge of London": its namesake 70 km
    away is not on London's edge; "Herborn in Nassau" keeps its town, though a far city is called Nassau;
    "The family's roots lay in Prague" is no stay."""
    gazetteer = with_broad(tmp_path, tiny_gazetteer,
        ("g-sanpolo", "San Polo", 44.89, 10.36, "settlement", "Italy", 6_000),
        ("g-venice", "Venice", 45.44, 12.33, "settlement", "Italy", 51_000),
        ("g-clapham", "Clapham", 52.16, -0.50, "settlement", "United Kingdom", 4_500),
        ("g-london", "London", 51.51, -0.13, "settlement", "United Kingdom", 8_900_000),
        ("g-herborn", "Herborn", 50.68, 8.30, "settlement", "Germany", 20_000),
        ("g-nassau", "Nassau", 25.06, -77.34, "settlement", "Bahamas", 227_000),
    )
    text = ("Anna Petrova was born in our father's house at San Polo in Venice, on 25 November 1854. The family's "
            "roots lay in Prague. In 1873 she moved to Clapham, then a village on the edge of London. In 1880 she "
            "studied at the academy of Herborn in Nassau.")
    stops = {(p, y) for p, y, _ in got(stops_of(gazetteer, text))}
    assert {("g-venice", 1854), ("g-herborn", 1880)} <= stops and stops & {("london", 1873), ("g-london", 1873)}
    assert not {p for p, _ in stops} & {"g-sanpolo", "g-clapham", "prague"}, stops


def test_a_memoir_that_says_its_years_are_hijri_and_a_group_named_by_its_members(tiny_gazetteer):
    """A translator's note "Dates are given in the years of the Hijra" makes every bare year of the memoir a Hijri
    one ("in the year 891" is 1486); "a group of Jesuits ... The group included Bouvet and Anna Petrova. They
    sailed ... The Jesuits stayed at Vienna": the group named by its members is the subject's."""
    memoir = ("What I Remember of My Father, Anna Petrova\n\n[Translator's note: dates are given in the years of "
              "the Hijra, as in the original.]\n\nAnna Petrova was born at Odessa in the year 891. In 925 he went to "
              "Paris to seek the favour of the sultan.")
    stops = {(p, y) for p, y, _ in got(stops_of(tiny_gazetteer, memoir))}
    assert {("odessa", 1486), ("paris", 1519)} <= stops, stops
    group = ("Anna Petrova was born in Odessa in 1654. In 1684 the king decided to send a group of Jesuits to "
             "China. The group, led by Ivan Orlov, included Joachim Bouvet and Anna Petrova. They sailed from London "
             "on 3 March 1685. After a long voyage the ship reached Geneva. The Jesuits stayed at Vienna until 1687.")
    assert ("vienna", 1685) in {(p, y) for p, y, _ in got(stops_of(tiny_gazetteer, group))}


def test_an_occasion_before_another_persons_entry_and_a_purpose_meant(tiny_gazetteer):
    """"1911, 12 December – At the Delhi Durbar, George V announces that the capital will move from Paris to
    Vienna": the occasion named first, then the king's doing; "sailed again for London, meaning to return within the
    year and buy a small estate in Geneva": a purpose, no visit."""
    text = ("Anna Petrova: a chronology\n\n"
            "1909 – Born in Odessa.\n"
            "1911, 12 December – At the Delhi Durbar, George V announces that the capital will move from Paris to "
            "Vienna.\n"
            "1928 – Sails again for London, meaning to return within the year and buy a small estate in Geneva.\n")
    stops = {(p, y) for p, y, _ in got(stops_of(tiny_gazetteer, text))}
    assert ("london", 1928) in stops and not {p for p, _ in stops} & {"paris", "vienna", "geneva"}, stops


def test_ports_of_call_listed_each_with_its_own_at(tiny_gazetteer):
    """"the fleet called at Geneva, at Prague, at Vienna and at York, and in November she landed at London": each
    port of call in the list keeps "at", and all are on the way; the landing is the stop."""
    text = ("Anna Petrova was born in Odessa in 1454. In 1472 the fleet called at Geneva, at Prague, at Vienna and at "
            "York, and in November she landed at London.")
    stops = {p for p, _, _ in got(stops_of(tiny_gazetteer, text))}
    assert "london" in stops and not stops & {"geneva", "prague", "vienna", "york"}, stops


def test_a_chronology_whose_years_are_all_bc_and_a_descent_claimed(tiny_gazetteer):
    """"All years are BC." above a chronology: "c. 340 – Born in Odessa" is 340 BC and "c. 340–320 – Childhood in
    Odessa" runs from 340 to 320 BC; "claims descent from York Xia, a son of the king": an ancestor, no place."""
    text = ("Anna Petrova (c. 340 – 278 BC): a chronology\n\nDates are uncertain. All years are BC.\n\n"
            "c. 340 – Born in Odessa.\n"
            "c. 330 – Claims descent from York Xia, a son of the king; goes to Prague.\n"
            "c. 340–320 – Lives in Odessa with the family.\n"
            "313 – Sent to Paris; spends some months there.\n"
            "278 – Dies in Vienna.\n")
    stops = {(s.place.id, s.start, s.end) for s in stops_of(tiny_gazetteer, text)}
    assert {("odessa", -340, -340), ("paris", -313, -313), ("vienna", -278, -278)} <= stops, stops
    assert ("odessa", -340, -320) in stops and ("prague", -330, -330) in stops, stops
    assert not any(p == "york" for p, _, _ in stops), stops


def test_a_pronouns_death_in_the_year_the_articles_opening_gives_is_the_subjects(tiny_gazetteer):
    """"Juan Pérez (c. 1468 – 3 June 1548) ... In 1546 Pope Paul III raised the see, with Pérez as its first
    archbishop, though the pallium did not reach him before his death. Worn out by age, he died in Vienna on 3 June
    1548": the last man named is the pope, but the death is dated as the opening dates the life's end."""
    text = ("Juan Pérez (c. 1468 – 3 June 1548) was a Basque friar and bishop.\n\n"
            "Pérez was born about 1468 in Odessa. He sailed to Paris in 1528. In 1546 Pope Paul III raised Paris to a "
            "metropolitan see, with Pérez as its first archbishop, though the pallium did not reach him before his "
            "death. Worn out by age, he died in Vienna on 3 June 1548, aged about eighty.")
    stops = {(p, y, k) for p, y, k in got(stops_of(tiny_gazetteer, text, "Juan Pérez"))}
    assert ("vienna", 1548, "death") in stops, stops
    # another man's death in another year stays his
    other = text.replace("on 3 June 1548, aged about eighty", "in 1547")
    assert not any(p == "vienna" for p, _, _ in got(stops_of(tiny_gazetteer, other, "Juan Pérez")))


def test_places_listed_after_a_plan_a_denial_or_a_naming_share_its_verdict(tiny_gazetteer):
    """"asked leave to give up his see and go as a missionary to Paris or to Prague, but the emperor refused": both
    are a plan, however far the list runs from the verb; "still honoured in Geneva and York, places she did not
    visit": a denial after the list; "A memorial house stands in
    her native village in Prague": a monument."""
    text = ("Anna Petrova was born in Odessa in 1468. In 1530 she moved to Vienna. In 1539 she repeatedly asked "
            "leave to give up her post and go as a missionary to Paris or to Prague, but the emperor refused her.")
    places = {p for p, _, _ in got(stops_of(tiny_gazetteer, text))}
    assert "vienna" in places and not places & {"paris", "prague"}, places
    denied = ("Anna Petrova was born in Odessa in 1726. In 1756 she served at Vienna. She is still honoured in "
              "Geneva and York, places she did not visit.")
    places = {p for p, _, _ in got(stops_of(tiny_gazetteer, denied))}
    assert "vienna" in places and not places & {"geneva", "york"}, places
    # (after her own sentence, a monument's "her native village")
    monument = ("Anna Petrova was born in Odessa in 1726. In 1756 she served at Vienna. She is still honoured in "
                "Geneva and York. A memorial house stands in her native village in Prague.")
    places = {p for p, _, _ in got(stops_of(tiny_gazetteer, monument))}
    assert "vienna" in places and "prague" not in places, places


def test_a_person_named_like_a_town_acting_himself_and_a_feature_named_like_a_far_town(tmp_path, tiny_gazetteer):
    """"the Chan master Puji ...; Puji himself lived far away in Luoyang": a man, though a town is called Puji;
    "Liangzhou, the garrison city of the Hexi corridor": the corridor, not the town of Hexi 1,400 km away (while
    "the Yandang mountains near Wenzhou" may stand at the village of Yandang beside them)."""
    gazetteer = with_broad(tmp_path, tiny_gazetteer,
        ("g-puji", "Puji", 23.3, 116.0, "settlement", "China", 20_000),
        ("g-luoyang", "Luoyang", 34.62, 112.45, "settlement", "China", 2_000_000),
        ("g-changan", "Chang'an", 34.27, 108.94, "settlement", "China", 8_000_000),
        ("g-hexi", "Hexi", 28.8, 107.3, "settlement", "China", 30_000),
        ("g-liangzhou", "Liangzhou", 37.93, 102.64, "settlement", "China", 1_000_000),
        ("g-yandang", "Yandang", 28.35, 121.14, "settlement", "China", 0),
        ("g-wenzhou", "Wenzhou", 28.0, 120.67, "settlement", "China", 3_000_000),
    )
    text = ("Anna Petrova was born in 1701 at Chang'an. Her first teacher was the Chan master Puji, and the learning "
            "of the master was the first inheritance the girl received; Puji himself lived far away in Luoyang and "
            "the child saw him rarely. In 1737 she spent a year at Liangzhou, the great garrison city of the Hexi "
            "corridor. In 1750 she climbed the Yandang mountains near Wenzhou.")
    places = {p for p, _, _ in got(stops_of(gazetteer, text))}
    assert "g-liangzhou" in places and not places & {"g-luoyang", "g-hexi"}, places
    assert "g-yandang" in places, places
