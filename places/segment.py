"""Sentence segmentation that keeps exact offsets into the original text.

Quotes shown as evidence must be verbatim substrings of their document, so we
never rewrite the text: we only decide where sentences start and end. Hard
line-wrapped documents (pamphlets, OCR) treat a single newline as a space;
documents with one paragraph per line treat every newline as a boundary, which
also keeps infobox and caption lines apart from the prose.
"""

from __future__ import annotations

import re
from statistics import median

from places.dates.words import MONTH_RE
from places.model import Document, Sentence

ABBREVIATIONS = {
    "st", "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "capt", "sgt", "rev", "jr", "sr",
    "vs", "etc", "e.g", "i.e", "cf", "no", "vol", "pp", "p", "ed", "eds", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "ca", "c", "b.c", "a.d", "b.c.e",
    "c.e",
    # a dictionary of biography's short forms ("arr. Paris late 1832", "nr. Lida", "educ. Piarist school",
    # "prof. at", "Univ. of Wilno", "publ. Santiago", "govt.", "mem. of")
    "arr", "dep", "nr", "dau", "educ", "publ", "enl", "govt", "mem", "univ", "coll", "acad", "inst", "soc",
    "assoc", "dept", "est", "estd", "fl", "cent", "vols", "repr", "trans", "tr", "edn", "ff", "viz", "ibid", "op",
    "cit", "nos", "ret", "apptd", "maj", "adm", "gov", "pres", "sec", "supt", "asst", "dir", "bros", "co", "ltd",
    "inc", "mt", "ft", "abt", "approx", "incl", "mss", "mag", "phil", "hon", "rt",
}
# A dictionary entry's "b. 1626, Stockholm; d. 1689", "m. 1877", "fl. 1340", "educ. Uppsala": a lone lowercase
# letter (never "Plan B.") or a known short form before a full stop abbreviates a word.
# also dotted initials ("(O.S.)", "N.S.") and a person's initial ("with A. Mickiewicz, T. Zan and J. Czeczot")
_DICTIONARY_ABBREVIATION = re.compile(r"[a-z]|fl|educ|succ|cr|[A-Za-z](?:\.[A-Za-z])+|[A-Z]")
_DAY_DOT = re.compile(r"(?<![\d.])\d{1,2}\.$")
_MONTH_NEXT = re.compile(rf"\s+{MONTH_RE}\b")
_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s)")
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
MAX_SENTENCE = 1500


_LIST_ENTRY = re.compile(r"\s*(?:[-*•·]\s|\d{3,4}(?:\s*[-–—]\s*\d{2,4})?\s*[-–—:.)|\t]"
                         r"|\d{1,2}\.?\s+[A-Z][a-z]+\.?\s+\d{3,4}\s*[-–—:])")


def is_hard_wrapped(text: str) -> bool:
    """True when most lines are cut at a fixed width (pamphlets, OCR output).

    A list (a chronology "1851 – Flees to Brussels.", bullets) has lines of similar length too, but each
    line is an entry of its own: lines that open as entries say it is not wrapped prose.

    >>> entry = "– Lived for another year in the town of Besançon, France."
    >>> is_hard_wrapped("\\n".join(f"{1800 + i} {entry}" for i in range(30)))
    False
    """
    lines = [line for line in text.splitlines() if line.strip()]
    lengths = [len(line) for line in lines]
    if len(lengths) < 20 or sum(_LIST_ENTRY.match(line) is not None for line in lines) >= 0.3 * len(lines):
        return False
    return 45 <= median(lengths) <= 110 and sum(n > 160 for n in lengths) < len(lengths) * 0.05


def _paragraphs(text: str, hard_wrapped: bool) -> list[tuple[int, int]]:
    """Spans of paragraphs: blank lines always split; single newlines split unless hard-wrapped."""
    splitter = _BLANK_LINE if hard_wrapped else re.compile(r"\n")
    spans, pos = [], 0
    for m in splitter.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return spans


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, pos = [], start
    for m in _END.finditer(text, start, end):
        cut = m.end()
        word = re.search(r"([\w.]+)[.!?]+[\"”’')\]]*$", text[max(start, cut - 20):cut])
        if word and m.group().startswith(".") and (word.group(1).lower().rstrip(".") in ABBREVIATIONS
                                                   or _DICTIONARY_ABBREVIATION.fullmatch(word.group(1))):
            continue
        nxt = re.match(r"\s+(\S)", text[cut:min(end, cut + 10)] + " x")
        if nxt and nxt.group(1).islower():
            continue
        if _DAY_DOT.search(text, max(start, cut - 4), cut) and _MONTH_NEXT.match(text, cut, end):
            continue  # "am 10. Januar 1794", "on 27. November 1754": a German day number, not a sentence end
        spans.append((pos, cut))
        pos = cut
    spans.append((pos, end))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        while b - a > MAX_SENTENCE:  # runaway text with no punctuation: cut at a space
            cut = text.rfind(" ", a, a + MAX_SENTENCE)
            cut = cut if cut > a else a + MAX_SENTENCE
            out.append((a, cut))
            a = cut + 1 if text[cut:cut + 1] == " " else cut
        if b > a:
            out.append((a, b))
    return out


def split_sentences(doc: Document) -> list[Sentence]:
    """Split a document into sentences whose ``text`` equals ``doc.text[start:end]``.

    >>> d = Document("t.txt", "He was born in Yanovka. In 1898 he was arrested.", "")
    >>> [s.text for s in split_sentences(d)]
    ['He was born in Yanovka.', 'In 1898 he was arrested.']
    """
    text = doc.text
    hard = is_hard_wrapped(text)
    sentences: list[Sentence] = []
    for p_start, p_end in _paragraphs(text, hard):
        for a, b in _sentence_spans(text, p_start, p_end):
            sentences.append(Sentence(doc.name, len(sentences), a, b, text[a:b]))
    return sentences
