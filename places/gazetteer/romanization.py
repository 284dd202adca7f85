"""Chinese names in the older romanizations (Wade–Giles, the Postal system) read as pinyin.

Biographies written before the 1980s name China's provinces and cities as "Kwangtung", "Szechwan",
"Chekiang", "Tientsin" or "Hankow"; the data packages name them in pinyin (Guangdong, Sichuan, Zhejiang,
Tianjin). GeoNames keeps old spellings only for some cities, and no package on PyPI or npm converts the
Postal romanization, so this module reads a name syllable by syllable with the two systems' rules and
offers every pinyin spelling it may stand for. The older systems do not mark every distinction pinyin
makes (Postal "k" is pinyin g, k, j or q), so one old name gives several readings; the gazetteer keeps
only those that name a place in China it holds, and only a well-known one (see ``core.Gazetteer``).

>>> "guangdong" in pinyin_readings("Kwangtung"), "sichuan" in pinyin_readings("Szechwan")
(True, True)
>>> pinyin_readings("Qorvantha")
()
"""

from __future__ import annotations

import itertools
import re
import unicodedata

MAX_READINGS = 4096
CHINA = ("China", "Taiwan", "Hong Kong", "Macao")

_INITIALS = ("ch'", "ts'", "tz'", "k'w", "hs", "ch", "ts", "tz", "ss", "sz", "sh", "hw", "kw", "k'", "p'", "t'",
             "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "s", "t", "w", "y")
_SYLLABLE = re.compile(
    r"(" + "|".join(re.escape(i) for i in _INITIALS) + r")?"
    r"((?<=[a-z'])w?[aeiouü]+(?:ng|n(?![aeiouü])|rh|h(?![aeiouü])|w(?![aeiouü]))?|[aeiouü]+(?:ng|n(?![aeiouü])|rh|h(?![aeiouü])|w(?![aeiouü]))?)")
# Wade–Giles / Postal initial -> the pinyin initials it may stand for (the Postal system drops the
# apostrophe of aspiration, and "k", "ch" and "ts" before i are pinyin j or q).
_INITIAL_READINGS = {
    "": ("",), "p": ("b", "p"), "p'": ("p",), "t": ("d", "t"), "t'": ("t",), "k": ("g", "k", "j", "q"),
    "k'": ("k", "q"), "kw": ("gu", "ku"), "k'w": ("ku",), "ch": ("zh", "ch", "j", "q"), "ch'": ("ch", "q"),
    "ts": ("z", "c", "j", "q"), "tz": ("z", "c"), "ts'": ("c", "q"), "tz'": ("c",), "hs": ("x",),
    "s": ("s", "x"), "ss": ("s",), "sz": ("s",), "sh": ("sh",), "j": ("r",), "hw": ("hu",), "h": ("h", "x"),
    "b": ("b",), "c": ("c",), "d": ("d",), "f": ("f",), "g": ("g",), "l": ("l",), "m": ("m",), "n": ("n",),
    "w": ("w",), "y": ("y",),
}
# Final -> the pinyin finals it may stand for.
_FINAL_READINGS = {
    "ih": ("i",), "eh": ("e", "ei"), "ieh": ("ie",), "ien": ("ian",), "ung": ("ong",), "iung": ("iong",),
    "uei": ("ui",), "ui": ("ui",), "ei": ("ei", "ui"), "o": ("o", "e", "uo"), "ow": ("ou",), "ou": ("ou",),
    "e": ("e", "ei", "i"), "erh": ("er",), "ü": ("u", "ü"), "üan": ("uan",), "üeh": ("ue",), "üen": ("un",),
    "oo": ("u",), "u": ("u", "i"), "iu": ("iu",), "en": ("en", "an"), "un": ("un",), "uo": ("uo",),
}


def _syllables(word: str) -> list[tuple[str, str]] | None:
    """The (initial, final) pairs a word splits into, or None when it is not made of such syllables."""
    out, pos = [], 0
    while pos < len(word):
        m = _SYLLABLE.match(word, pos)
        if not m or not m.group(2):
            return None
        out.append((m.group(1) or "", m.group(2)))
        pos = m.end()
    return out


_BEFORE_I = frozenset({"", "b", "p", "m", "d", "t", "n", "l", "j", "q", "x", "y"})


def _readings(initial: str, final: str) -> set[str]:
    """The pinyin syllables one old syllable may stand for. Pinyin writes j, q and x only before i and ü,
    and g, k, h, z, c, s, zh, ch, sh never there (but for the buzzed vowel of "shih" or "szu"): the old
    systems' "k", "ch", "ts", "s" and "h" are read so."""
    palatal = final[:1] in ("i", "ü") and final != "ih"
    found = set()
    for ini in _INITIAL_READINGS.get(initial, ()):
        if (ini in _BEFORE_I) != palatal and ini not in ("", "y", "b", "p", "m", "d", "t", "n", "l"):
            continue
        fin = final
        if fin.startswith("w") and ini:  # "chwan", "kwei": the w is pinyin u
            fin = "u" + fin[1:]
        for f in _FINAL_READINGS.get(fin, (fin,)):
            if ini.endswith("u") and f.startswith("u"):
                f = f[1:]
            if ini.endswith("u") and f == "ei":
                f = "i"  # "kwei", "hwei": gui, hui
            if initial in ("sz", "ss", "tz", "tz'") and f in ("e", "u"):
                f = "i"  # "sze", "tzu", "ssu": si, zi
            found.add(ini + f)
    return found


def _fold(name: str) -> list[str]:
    """Lower case, accents dropped, apostrophes (aspiration marks) kept; the words of the name."""
    text = re.sub(r"[’ʼ‘`]", "'", unicodedata.normalize("NFKD", name.casefold()))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return [w.replace("-", "").replace("‐", "") for w in re.split(r"[\s]+", text) if w]


def pinyin_readings(name: str) -> tuple[str, ...]:
    """Every pinyin spelling (lower case, syllables run together, as the index stores them) an older
    romanization of a Chinese name may stand for; () when the name is not made of such syllables, or would
    give too many readings."""
    per_word: list[list[str]] = []
    for word in _fold(name):
        syllables = _syllables(word)
        if not syllables or len(syllables) > 4:
            return ()
        options = [sorted(_readings(i, f)) for i, f in syllables]
        if any(not o for o in options):
            return ()
        per_word.append(["".join(p) for p in itertools.islice(itertools.product(*options), MAX_READINGS)])
    if not per_word or sum(len(w) for w in per_word) > MAX_READINGS:
        return ()
    readings = {"".join(p) for p in itertools.islice(itertools.product(*per_word), MAX_READINGS)}
    readings.discard("".join(_fold(name)).replace("'", ""))
    return tuple(sorted(readings))
