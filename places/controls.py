r"""Characters from a document or a file name that must not reach a screen raw, and their visible form.

C0 and C1 controls (ESC starts the ANSI sequences that recolour a terminal, move its cursor or retitle its
window; U+009B is a one-byte CSI; a carriage return or backspace overwrites what was printed), the
bidirectional embeddings, overrides and isolates that reorder the rest of a line (an unterminated U+202E in
one file name reverses every name after it), and invisible zero-width characters. They are written as
escapes a reader can see: ``\x1b``, ``\u202e``.

>>> visible("Paris\x1b[31m\u202eevil\tx")
'Paris\\x1b[31m\\u202eevil\\x09x'
"""

from __future__ import annotations

import re

UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """``text`` with every unsafe character written as a visible escape."""
    return UNSAFE.sub(_escape, text)
