"""Which public names and tests belong to which clause, read from the code's declarations.

This module imports nothing from Sphinx so that ``tests/test_docs.py`` can test it with the
test dependencies alone; :mod:`hrss_docs` turns its result into the clause-map page.

* A public function **implements** the clauses it declares with ``@cites(...)``
  (``hrss_policy.plan.clauses.cites``, read back with ``hrss_policy.plan.clauses.cited``). Nothing
  is inferred from docstrings.
* A public class implements the clauses of the public functions whose return annotation
  names it: ``StaffingQuota`` is what ``street_staff_quota`` (三（一）5) returns, and
  carries that clause in its ``.clauses``.
* A public name that implements no clause is a tool the rules use (the calendar, the
  registry, the parameters, findings, errors); the map lists it apart.
* A test **exercises** a clause when its body calls a public function that cites the
  clause, directly (``hp.street_staff_quota(...)``) or through a helper function of its
  own module. Quoting a clause id, naming a class or an enum, or reading the registry
  (``hp.CLAUSES``, ``hp.clause("一")``) exercises no rule, so a registry test pins
  neither 一, 三（一）1–3 nor 四（一）.
* A parameter of ``PLAN_2011`` belongs to the clause its metadata names.
"""

from __future__ import annotations

import ast
import inspect
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any


@dataclass(frozen=True)
class Implementer:
    """A public name that implements a clause."""

    name: str
    """The name as exported by the package, e.g. ``street_staff_quota``."""
    qualname: str
    """Its public path, where the API reference documents it: ``hrss_policy.<name>``."""
    kind: str
    """``"function"`` or ``"class"``."""


@dataclass(frozen=True)
class PinningTest:
    """A test that exercises a clause."""

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


def _cited(package: ModuleType) -> Callable[[Any], tuple[str, ...]]:
    """Return ``hrss_policy.plan.clauses.cited`` (or its equivalent before it was exported)."""
    clauses = getattr(package, "clauses", None)
    cited = getattr(clauses, "cited", None) or getattr(package, "cited", None)
    if callable(cited):
        return cited  # type: ignore[no-any-return]
    return lambda obj: tuple(getattr(obj, "__hrss_clauses__", ()))


def _public(package: ModuleType) -> dict[str, Any]:
    """The public functions and classes of *package*, by name."""
    objects = {}
    for name in sorted(getattr(package, "__all__", ())):
        obj = getattr(package, name)
        if inspect.isfunction(obj) or inspect.isclass(obj):
            objects[name] = obj
    return objects


def _returned_names(obj: Any, public: Iterable[str]) -> set[str]:
    """Return the public names a function's return annotation mentions."""
    try:
        annotation = inspect.signature(obj).return_annotation
    except (TypeError, ValueError):
        return set()
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
    return set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text)) & set(public)


def implemented_clauses(package: ModuleType) -> dict[str, set[str]]:
    """Map each public function and class of *package* to the clause ids it implements."""
    cited = _cited(package)
    objects = _public(package)
    result: dict[str, set[str]] = {
        name: set(cited(obj)) for name, obj in objects.items() if inspect.isfunction(obj)
    }
    for name, obj in objects.items():
        if inspect.isclass(obj):
            result[name] = set().union(
                *(
                    result[f]
                    for f, fn in objects.items()
                    if inspect.isfunction(fn) and name in _returned_names(fn, objects)
                )
            )
    return result


def _implementer(package: ModuleType, name: str) -> Implementer:
    obj = getattr(package, name)
    kind = "function" if inspect.isfunction(obj) else "class"
    return Implementer(name, f"{package.__name__}.{name}", kind)


def implementers(package: ModuleType) -> dict[str, list[Implementer]]:
    """Map each clause id to the public functions and classes of *package* that implement it."""
    found: dict[str, list[Implementer]] = {}
    for name, ids in implemented_clauses(package).items():
        for cid in ids:
            found.setdefault(cid, []).append(_implementer(package, name))
    return found


def unattributed(package: ModuleType) -> list[Implementer]:
    """Return the public functions and classes that implement no clause, by module."""
    out = [
        (getattr(package, name).__module__, _implementer(package, name))
        for name, ids in implemented_clauses(package).items()
        if not ids
    ]
    return [i for _m, i in sorted(out, key=lambda p: (p[0], p[1].kind != "function", p[1].name))]


def module_of(package: ModuleType, imp: Implementer) -> str:
    """The module that defines *imp* (the map groups the tools by it)."""
    return str(getattr(getattr(package, imp.name), "__module__", package.__name__))


def _called_names(node: ast.AST) -> set[str]:
    """Return the names called in *node*: ``f(...)`` and ``hp.f(...)`` give ``f``."""
    names: set[str] = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Call):
            if isinstance(sub.func, ast.Attribute):
                names.add(sub.func.attr)
            elif isinstance(sub.func, ast.Name):
                names.add(sub.func.id)
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


def _reached(node: ast.AST, helpers: Mapping[str, ast.AST]) -> set[str]:
    """The names a test calls, following the helper functions of its own module."""
    called: set[str] = set()
    todo = [node]
    seen: set[str] = set()
    while todo:
        names = _called_names(todo.pop())
        called |= names
        for name in names & set(helpers) - seen:
            seen.add(name)
            todo.append(helpers[name])
    return called


def pinning_tests(
    test_files: Iterable[Path], clauses_of_function: Mapping[str, set[str]]
) -> dict[str, list[PinningTest]]:
    """Map each clause id to the tests in *test_files* that exercise it."""
    found: dict[str, list[PinningTest]] = {}
    for path in sorted(test_files):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        helpers = {
            node.name: node
            for node in tree.body
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and not node.name.startswith("test")
        }
        for name, node in _test_functions(tree):
            ids: set[str] = set()
            for ref in _reached(node, helpers):
                ids |= clauses_of_function.get(ref, set())
            for cid in ids:
                found.setdefault(cid, []).append(PinningTest(path.name, name))
    return found


def _parameters(package: ModuleType) -> Iterable[tuple[str, Any, str, bool]]:
    """(name, value, clause, adopted) of every parameter of ``PLAN_2011``, either API."""
    plan = getattr(package, "PLAN_2011", None)
    read = getattr(plan, "info", None) or getattr(plan, "describe", None)
    if read is None:
        return
    for info in read().values():
        adopted = getattr(info, "reading", None) is not None or bool(
            getattr(info, "adopted_reading", False)
        )
        yield info.name, info.value, info.clause, adopted


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
    by_clause = implementers(package)
    functions = {
        name: ids
        for name, ids in implemented_clauses(package).items()
        if inspect.isfunction(getattr(package, name))
    }
    skip = set(exclude_tests)
    files = [p for p in tests_dir.glob("test_*.py") if p.name not in skip]
    tested = pinning_tests(files, functions)

    entries = {cid: ClauseEntry(cid, c.title, c.text) for cid, c in registry.items()}
    for cid, names in by_clause.items():
        if cid in entries:
            entries[cid].implementers = sorted(names, key=lambda i: (i.kind != "function", i.name))
    for cid, tests in tested.items():
        if cid in entries:
            entries[cid].tests = sorted(set(tests), key=lambda t: (t.file, t.name))
    for name, value, clause, adopted in _parameters(package):
        if clause in entries:
            entries[clause].parameters.append((name, value, adopted))
    return list(entries.values())
