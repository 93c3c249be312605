"""Discover, from the code and the tests, which public names and tests belong to which clause.

This module imports nothing from Sphinx so that ``tests/test_docs.py`` can test it with the
test dependencies alone; :mod:`hrss_docs` turns its result into the clause-map page.

The rules, chosen so the map stays true as modules are added without anyone editing it:

* A public name (every name in ``hrss_policy.__all__`` that is a function or a class)
  implements clause X when X is cited by its module's ``CLAUSE`` constant (a ``str`` or a
  sequence of ``str``), by the summary (first paragraph) of its module's docstring, or by
  the summary of its own docstring. Only summaries count: further down, docstrings cite
  ids as examples (``e.g. "三（一）5"``), which would make every helper look like a rule.
* A parameter of :data:`hrss_policy.PLAN_2011` belongs to the clause its metadata names.
* A test (``def test_*`` at module level or in a ``class Test*`` of ``tests/test_*.py``)
  pins clause X when X appears in the test's docstring or in a string in its body, in the
  summary of its module's docstring, or when its body refers to a public name that
  implements X (``hp.street_staff_quota(...)`` pins 三（一）5).

Clause ids are matched exactly as the document numbers them. The one-character ids
(``一``, ``二``) are ordinary characters of Chinese prose, so they count only where they
stand alone (not inside a word, nor inside a longer id such as ``三（二）``).
"""

from __future__ import annotations

import ast
import inspect
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

_CJK = "\u3400-\u4dbf\u4e00-\u9fff"


def clause_pattern(ids: Iterable[str]) -> re.Pattern[str]:
    """Return a regex that finds the given clause ids in text, longest id first."""
    parts = []
    for cid in sorted(ids, key=len, reverse=True):
        if len(cid) == 1:
            # A lone numeral: not part of a word, not inside a bracketed section number.
            parts.append(rf"(?<![{_CJK}（）]){re.escape(cid)}(?![{_CJK}（）])")
        else:
            # "三（一）" must not match the start of "三（一）5".
            parts.append(rf"{re.escape(cid)}(?![0-9０-９])")
    return re.compile("|".join(f"(?:{p})" for p in parts))


def find_ids(text: str | None, pattern: re.Pattern[str]) -> set[str]:
    """Return every clause id *pattern* finds in *text* (``None`` finds nothing)."""
    return set(pattern.findall(text)) if text else set()


def summary(doc: str | None) -> str:
    """Return the first paragraph of a docstring."""
    if not doc:
        return ""
    return inspect.cleandoc(doc).split("\n\n", 1)[0]


@dataclass(frozen=True)
class Implementer:
    """A public name that implements a clause."""

    name: str
    """The name as exported by the package, e.g. ``street_staff_quota``."""
    qualname: str
    """The dotted path where autodoc documents it, e.g. ``hrss_policy.staffing.street_staff_quota``."""
    kind: str
    """``"function"`` or ``"class"``."""


@dataclass(frozen=True)
class PinningTest:
    """A test that pins a clause."""

    file: str
    """The test file's name, e.g. ``test_staffing.py``."""
    name: str
    """The test's name, ``Class.method`` for a method."""

    @property
    def nodeid(self) -> str:
        """The pytest node id, e.g. ``tests/test_staffing.py::test_x``."""
        return f"tests/{self.file}::{self.name.replace('.', '::')}"


@dataclass
class ClauseEntry:
    """Everything the clause map shows for one clause."""

    id: str
    title: str
    text: str
    implementers: list[Implementer] = field(default_factory=list)
    parameters: list[tuple[str, Any, bool]] = field(default_factory=list)
    tests: list[PinningTest] = field(default_factory=list)


def _module_clause_ids(module: ModuleType, pattern: re.Pattern[str]) -> set[str]:
    ids = find_ids(summary(module.__doc__), pattern)
    declared = getattr(module, "CLAUSE", None)
    if isinstance(declared, str):
        declared = (declared,)
    if isinstance(declared, tuple | list | frozenset | set):
        for item in declared:
            if isinstance(item, str):
                ids |= find_ids(item, pattern)
    return ids


def implementers(package: ModuleType, pattern: re.Pattern[str]) -> dict[str, list[Implementer]]:
    """Map each clause id to the public functions and classes of *package* that implement it."""
    found: dict[str, list[Implementer]] = {}
    for name in sorted(getattr(package, "__all__", ())):
        obj = getattr(package, name)
        if inspect.isfunction(obj):
            kind = "function"
        elif inspect.isclass(obj):
            kind = "class"
        else:
            continue
        module = sys.modules.get(obj.__module__)
        ids = _module_clause_ids(module, pattern) if module is not None else set()
        ids |= find_ids(summary(obj.__doc__), pattern)
        entry = Implementer(name, f"{obj.__module__}.{obj.__qualname__}", kind)
        for cid in ids:
            found.setdefault(cid, []).append(entry)
    return found


def _strings_in(node: ast.AST) -> Iterable[str]:
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            yield sub.value


def _names_in(node: ast.AST) -> set[str]:
    names: set[str] = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Attribute):
            names.add(sub.attr)
        elif isinstance(sub, ast.Name):
            names.add(sub.id)
    return names


def _test_functions(tree: ast.Module) -> Iterable[tuple[str, ast.AST]]:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith(
            "test"
        ):
            yield node.name, node
        elif isinstance(node, ast.ClassDef) and node.name.startswith("Test"):
            for item in node.body:
                if isinstance(
                    item, ast.FunctionDef | ast.AsyncFunctionDef
                ) and item.name.startswith("test"):
                    yield f"{node.name}.{item.name}", item


def pinning_tests(
    test_files: Iterable[Path],
    pattern: re.Pattern[str],
    implemented_by: Mapping[str, list[Implementer]],
) -> dict[str, list[PinningTest]]:
    """Map each clause id to the tests in *test_files* that pin it."""
    clauses_of_name: dict[str, set[str]] = {}
    for cid, names in implemented_by.items():
        for imp in names:
            clauses_of_name.setdefault(imp.name, set()).add(cid)

    found: dict[str, list[PinningTest]] = {}
    for path in sorted(test_files):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        module_ids = find_ids(summary(ast.get_docstring(tree)), pattern)
        for name, node in _test_functions(tree):
            ids = set(module_ids)
            for text in _strings_in(node):
                ids |= find_ids(text, pattern)
            for ref in _names_in(node):
                ids |= clauses_of_name.get(ref, set())
            for cid in ids:
                found.setdefault(cid, []).append(PinningTest(path.name, name))
    return found


def build_map(
    package: ModuleType,
    tests_dir: Path,
    *,
    exclude_tests: Iterable[str] = (),
) -> list[ClauseEntry]:
    """Return one :class:`ClauseEntry` per clause of ``package.CLAUSES``, in document order.

    Args:
        package: The imported ``hrss_policy`` package.
        tests_dir: The folder holding ``test_*.py``.
        exclude_tests: File names to leave out (tests of the docs themselves pin no rule).
    """
    registry = package.CLAUSES
    pattern = clause_pattern(registry)
    by_clause = implementers(package, pattern)
    skip = set(exclude_tests)
    files = [p for p in tests_dir.glob("test_*.py") if p.name not in skip]
    tested = pinning_tests(files, pattern, by_clause)

    entries = {cid: ClauseEntry(cid, c.title, c.text) for cid, c in registry.items()}
    for cid, names in by_clause.items():
        if cid in entries:
            entries[cid].implementers = sorted(names, key=lambda i: (i.kind != "function", i.name))
    for cid, tests in tested.items():
        if cid in entries:
            entries[cid].tests = sorted(set(tests), key=lambda t: (t.file, t.name))
    describe = getattr(getattr(package, "PLAN_2011", None), "describe", None)
    if describe is not None:
        for info in describe().values():
            if info.clause in entries:
                entries[info.clause].parameters.append(
                    (info.name, info.value, bool(info.adopted_reading))
                )
    return list(entries.values())
