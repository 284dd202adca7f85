"""Property-based and fuzz tests: the pipeline never crashes, offsets always point at their quotes."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from places.corpus import decode_document
from places.errors import DocumentError
from places.extract import Extractor
from places.gazetteer import Gazetteer
from places.model import Document
from places.segment import split_sentences
from places.years import years_in
from tests.conftest import TINY_PLACES

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WORDS = ["Anna", "Petrova", "she", "he", "was", "born", "exiled", "arrested", "in", "to", "from", "at", "the",
         "lived", "escaped", "moved", "died", "and", "a", "year", "later", "age", "of", "nine", "Her", "friend",
         "\"", "“", "”", "(", ")", ",", ".", "!", "?", "\n", "\n\n", "—", "-", "St.", "Dr.", "en", "route",
         *[p.name for p in TINY_PLACES], *[str(y) for y in (1850, 1870, 1879, 1895, 1905, 1910, 1930, 1999)]]
prose = st.lists(st.sampled_from(WORDS), max_size=160).map(" ".join)
anything = st.one_of(prose, st.text(max_size=400))


@pytest.fixture(scope="module")
def extractor():
    return Extractor(Gazetteer(curated=TINY_PLACES, broad=False))


@SETTINGS
@given(anything)
def test_sentences_are_ordered_exact_slices(text):
    doc = Document("t.txt", text, "")
    previous_end = 0
    for s in split_sentences(doc):
        assert text[s.start:s.end] == s.text and s.text.strip() == s.text and s.text
        assert s.start >= previous_end
        previous_end = s.end


@SETTINGS
@given(anything)
def test_years_are_sorted_plausible_ranges(text):
    spans = years_in(text, birth_year=1879, running=1900)
    assert [s.pos for s in spans] == sorted(s.pos for s in spans)
    # (the years layer reads 1000-2099, medieval lives too: ``places.dates.years.YEAR``)
    assert all(1000 <= s.start <= s.end <= 2100 for s in spans)


@SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_document_or_a_clear_error(data):
    try:
        doc = decode_document("x.txt", data)
    except DocumentError as exc:
        assert str(exc).startswith("x.txt: ")
    else:
        assert doc.text.strip()


@SETTINGS
@given(prose)
def test_extraction_never_crashes_and_offsets_point_at_quotes(extractor, text):
    doc = Document("bio.txt", "Anna Petrova\n" + text, "")
    years = [int(y) for y in re.findall(r"\b1[5-9]\d\d\b|\b20\d\d\b", doc.text)]
    for stop in extractor.extract(doc, "Anna Petrova"):
        ev = stop.evidence
        assert doc.text[ev.offset:ev.offset + len(ev.quote)] == ev.quote
        assert stop.start <= stop.end
        assert years and min(years) <= stop.start <= max(years) + 20  # relative dates may run past the last year
        assert 0 < stop.confidence <= 1


def mutations(data: bytes, rng: random.Random, count: int) -> list[bytes]:
    out = []
    for _ in range(count):
        b = bytearray(data)
        for _ in range(rng.randint(1, 12)):
            op, i = rng.random(), rng.randrange(len(b))
            if op < 0.4:
                b[i] = rng.randrange(256)
            elif op < 0.7:
                del b[i:i + rng.randint(1, 200)]
            else:
                b[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        out.append(bytes(b))
    return out


@pytest.mark.corpus
def test_fuzz_mutated_corpus_documents_and_random_bytes(corpus_dir, extractor):
    rng = random.Random(20261121)
    samples = [p.read_bytes()[:40000] for p in sorted(corpus_dir.glob("*.txt"))]
    cases = [m for data in samples for m in mutations(data, rng, 6)]
    cases += [bytes(rng.randrange(256) for _ in range(rng.randint(0, 5000))) for _ in range(30)]
    read = 0
    for data in cases:
        try:
            doc = decode_document("fuzz.txt", data)
        except DocumentError:
            continue
        read += 1
        for stop in extractor.extract(doc, "Leon Trotsky"):
            assert doc.text[stop.evidence.offset:].startswith(stop.evidence.quote)
    assert read >= len(cases) // 3, f"only {read} of {len(cases)} mutated documents were readable text"


@pytest.mark.parametrize("text", [
    "A" * 50_000, "a" * 50_000, "(" * 20_000 + ")" * 20_000, "in " * 20_000 + "Paris",
    " ".join(["Moved"] * 5_000 + ["to"] + ["Saint"] * 5_000), "1" * 40_000, "“" * 10_000 + "Paris" + "”" * 10_000,
    ("Anna Petrova moved to " + "Xx-" * 10_000 + "ville in 1900. ") * 3, "-\n" * 20_000, "Mr. " * 20_000,
    "The " + "Real " * 8_000 + "in Paris.", "(" + "New York: " * 5_000 + "1964), 5.",
    "had " * 10_000 + "been in Paris.", "published " * 10_000 + "in Paris.", "believe that " * 5_000 + "Paris",
    "late " * 10_000 + "1930s", "Paris" + ", and " * 10_000 + "Vienna", "at the " * 10_000 + "outbreak of war",
    "In " + "a " * 10_000 + "the family",
])
def test_pathological_text_is_read_in_linear_time(extractor, text):
    """Inputs that make backtracking regexes explode; a catastrophic pattern would hang here (and in CI)."""
    doc = Document("p.txt", "Anna Petrova\n" + text, "")
    extractor.extract(doc, "Anna Petrova")
    split_sentences(doc)
    years_in(text)


NAME_PARTS = ["Milan", "Varese", "O'Brien", "Jean-Paul", "de", "la", "Łódź", "milan", "pre", "-", "'", "’s", " ",
              "\n", ",", ".", "newspaper", "the", "army", "(", ")", "_", "Milan2"]


@SETTINGS
@given(st.lists(st.sampled_from(NAME_PARTS), max_size=80).map("".join),
       st.sampled_from(["Milan", "Varese", "O'Brien", "Jean-Paul", "Jean", "Brien", "Łódź", "milan", "de la"]),
       st.booleans())
def test_the_word_index_finds_exactly_what_the_boundary_regex_finds(text, name, dash_is_word):
    from places.wordindex import WordIndex

    left, right = (r"(?<![\w-])", r"(?![\w-])") if dash_is_word else (r"(?<!\w)", r"(?!\w)")
    expected = [m.start() for m in re.finditer(left + re.escape(name) + right, text)]
    assert WordIndex(text).starts(name, dash_is_word) == expected


def test_judging_many_names_never_rescans_the_whole_document(monkeypatch, tmp_path):
    """The audit's quadratic case: thousands of distinct names after "moved to", each judged (a common word? a
    person? a newspaper?) by a regex over the whole document. The word index visits only each name's
    occurrences; any module-level regex call over the whole text again, per name, is the quadratic bug back."""
    from places.gazetteer import BroadIndex
    from places.mentions import BroadMentionFinder
    from tests.conftest import place

    names = [f"Vill{chr(97 + i // 26)}{chr(97 + i % 26)}ovo" for i in range(300)]
    broad = BroadIndex.build(tmp_path / "broad.sqlite", [place(f"g{i}", n, 50.0, 30.0) for i, n in enumerate(names)])
    text = "".join(f"In {1901 + i % 50} she moved to {n}. " for i, n in enumerate(names))
    whole_text_scans = []
    for function in ("search", "match", "finditer", "findall", "fullmatch", "sub"):
        real = getattr(re, function)

        def counting(pattern, string, *args, _real=real, **kwargs):
            if string is text:
                whole_text_scans.append(pattern)
            return _real(pattern, string, *args, **kwargs)
        monkeypatch.setattr(re, function, counting)
    finder = BroadMentionFinder(broad, text)
    found = [finder.resolve(n) for n in names]
    assert all(p is not None for p in found)
    assert len(whole_text_scans) <= 2, whole_text_scans[:3]
