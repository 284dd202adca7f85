"""Where each word of a document occurs, indexed once, so a question about one name costs its occurrences.

The broad mention finder asks, for every candidate name, whether the document also uses it as a common
word, a person's name or a newspaper's. Asked with a regular expression over the whole text, that costs
the document's length per candidate, and a document of thousands of distinct names after "moved to"
costs the square of its length (the audit measured 144 kB at 49 s). Here the text is read once into a
map from each maximal run of word characters (``\\w+``) to its start offsets; finding a name then visits
only the places where its rarest run occurs.

Exactness: in any match of ``(?<![\\w-])NAME(?![\\w-])`` or ``\\bNAME\\b``, each ``\\w+`` run of NAME is a
maximal run of the text (its neighbours inside NAME are not word characters, and the boundaries at the
ends forbid word characters outside), so the start offsets of any one run, shifted by its offset in
NAME, hold every match.

>>> index = WordIndex("Varese is near Milan. The Milan-Turin line; pre-Milan.")
>>> index.starts("Milan", dash_is_word=True), index.starts("Milan", dash_is_word=False)
([15], [15, 26, 48])
"""

from __future__ import annotations

import re
from array import array

_RUN = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")


class WordIndex:
    """Start offsets of every maximal ``\\w+`` run of ``text`` (about one small integer per word)."""

    def __init__(self, text: str):
        self.text = text
        self._runs: dict[str, array] = {}
        for m in _RUN.finditer(text):
            starts = self._runs.get(m.group())
            if starts is None:
                starts = self._runs[m.group()] = array("l")
            starts.append(m.start())

    def ends_word(self, pos: int, dash_is_word: bool) -> bool:
        """True when the character at ``pos`` (or the text's edge) ends a word."""
        if pos < 0 or pos >= len(self.text):
            return True
        c = self.text[pos]
        return not (_WORD_CHAR.match(c) or (dash_is_word and c == "-"))

    def starts(self, name: str, dash_is_word: bool = True, *, closed: bool = True) -> list[int]:
        """Offsets where ``name`` occurs as a whole word: not preceded (and, when ``closed``, not followed)
        by a word character, or by a hyphen when ``dash_is_word`` (the ``(?<![\\w-])`` boundary)."""
        runs = [(m.start(), m.group()) for m in _RUN.finditer(name)]
        if not runs:
            return []
        offset, rarest = min(runs, key=lambda run: len(self._runs.get(run[1], ())))
        text, found = self.text, []
        for start in self._runs.get(rarest, ()):
            pos = start - offset
            if pos >= 0 and text.startswith(name, pos) and self.ends_word(pos - 1, dash_is_word) and \
                    (not closed or self.ends_word(pos + len(name), dash_is_word)):
                found.append(pos)
        return found

    def occurs(self, name: str, dash_is_word: bool = True) -> bool:
        """Whether ``name`` occurs as a whole word anywhere in the text."""
        return bool(self.starts(name, dash_is_word))
