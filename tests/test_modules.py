"""The pipeline's modules define each module-level name once: a pattern written again under a name already taken
silently replaces the first for every caller (``_NAME_GOES_ON`` in ``places/extract.py`` once meant two things, and
the later one won), which no linter reports for plain assignments."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "places"


@pytest.mark.parametrize("module", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_level_name_is_assigned_twice(module):
    tree = ast.parse(module.read_text(encoding="utf-8"))
    names = Counter(target.id for node in tree.body if isinstance(node, (ast.Assign, ast.AnnAssign))
                    for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
                    if isinstance(target, ast.Name) and target.id != "__all__")
    assert not [name for name, n in names.items() if n > 1]
