"""The package's own source: checks no linter of the pinned set makes."""
from __future__ import annotations

import ast
import collections
from pathlib import Path

import pytest

import helpers

MODULES = sorted(Path(helpers.__file__).parent.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(Path(helpers.__file__).parent)))
def test_no_module_binds_a_top_level_name_twice(path):
    """A second pattern or function of the same name silently replaces the first (a rule then
    reads another rule's pattern): every module-level name is bound once."""
    counts: collections.Counter = collections.Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            counts.update(t.id for t in targets if isinstance(t, ast.Name))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            counts[node.name] += 1
    assert [name for name, n in counts.items() if n > 1] == []
