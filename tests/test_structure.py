"""The guide's structure rules that a reader cannot enforce by eye: every function in guardrails_lite/ is at most
60 lines long (from its `def` to its last line, docstring and comments included; decorators not counted)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "guardrails_lite"
MAX_LINES = 60


def function_lengths(source: str) -> list[tuple[str, int, int]]:
    """(qualified name, first line, length in lines) of every function and method in `source`, nested ones too."""
    found: list[tuple[str, int, int]] = []

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                name = f"{prefix}{child.name}"
                if not isinstance(child, ast.ClassDef):
                    assert child.end_lineno is not None
                    found.append((name, child.lineno, child.end_lineno - child.lineno + 1))
                visit(child, name + ".")
            else:
                visit(child, prefix)

    visit(ast.parse(source), "")
    return found


def test_the_measure_counts_every_kind_of_function() -> None:
    source = (
        "def a():\n    return 1\n\n"
        "class C:\n    async def m(self):\n        x = 1\n\n        return x\n\n"
        "    @property\n    def p(self):\n        def inner():\n            pass\n        return inner\n"
    )
    assert function_lengths(source) == [("a", 1, 2), ("C.m", 5, 4), ("C.p", 11, 4), ("C.p.inner", 12, 2)]


def test_the_package_is_where_the_test_looks() -> None:
    files = list(PACKAGE.rglob("*.py"))
    assert len(files) > 100
    assert sum(len(function_lengths(f.read_text(encoding="utf-8"))) for f in files) > 1000


def test_no_function_in_the_package_is_longer_than_60_lines() -> None:
    long = [
        f"{path.relative_to(PACKAGE.parent)}:{line} {name} ({length} lines)"
        for path in sorted(PACKAGE.rglob("*.py"))
        for name, line, length in function_lengths(path.read_text(encoding="utf-8"))
        if length > MAX_LINES
    ]
    if long:
        pytest.fail("functions over 60 lines (split them into named steps):\n" + "\n".join(long))
