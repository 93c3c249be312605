"""Discover, from the code and the tests, which public names and tests belong to which clause.

This module imports nothing from Sphinx so that ``tests/test_docs.py`` can test it with the
test dependencies alone; :mod:`hrss_docs` turns its result into the clause-map page.

The rules, chosen so the map stays true as modules are added without anyone editing it:

* A public name (every name in ``hrss_policy.__all__`` that is a function or a class)
  implements the clauses found by the first of these that finds any:

  1. the summary (first paragraph) of its own docstring;
  2. its module, when the module serves *one* rule: the ids of its ``CLAUSE`` constant (a
     ``str`` or a sequence of ``str``), or else the single id its docstring summary cites;
  3. when its module serves several rules (``deadlines``: 四（二）, 二, 三（一）…), its own
     whole docstring, example output included (``plan_milestones`` prints the clause of
     each milestone); never the module's list, which would credit every deadline helper
     with every clause;
  4. the public class a function's return annotation names (``service_deadline`` →
     ``ServiceDeadline``, 三（四）), or for a class the functions that return it.

  Only summaries count in 1 and 2: further down, docstrings cite ids as examples
  (``e.g. "三（一）5"``), which would make every helper look like a rule. A name none of
  these finds implements no clause (the calendar, the errors, the parameters): the map
  lists it apart, as a tool the rules use. The Excel and command-line adapters are not
  in ``__all__`` and hold no policy, so they implement nothing: a worksheet figure's basis
  is the public function the adapter calls.
* A parameter of :data:`hrss_policy.PLAN_2011` belongs to the clause its metadata names.
* A test (``def test_*`` at module level or in a ``class Test*`` of ``tests/test_*.py``)
  pins clause X when X appears in the test's docstring or in a string in its body, in the
  summary of its module's docstring, or when its body *calls* a public function that
  implements X (``hp.street_staff_quota(...)`` pins 三（一）5). Naming a class or an enum
  pins nothing: a premises test that writes ``hp.UnitKind.COMMUNITY`` does not test the
  name templates of 三（一）4 that ``UnitKind`` comes from.

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
            # Or an explanation's closing citation, "……前完成（二）": bracketed, then the end
            # of the line or a stop. A section heading "（二）推进……" runs on into its title,
            # and "三（二）" is matched whole by its own, longer id first.
            parts.append(rf"(?<=（){re.escape(cid)}(?=）(?:$|[\s，。；、,.;]))")
        else:
            # "三（一）" must not match the start of "三（一）5".
            parts.append(rf"{re.escape(cid)}(?![0-9０-９])")
    return re.compile("|".join(f"(?:{p})" for p in parts), re.MULTILINE)


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
    """Return the clauses a module serves: its ``CLAUSE`` constant, else its summary's ids."""
    declared = getattr(module, "CLAUSE", None)
    if isinstance(declared, str):
        declared = (declared,)
    ids: set[str] = set()
    if isinstance(declared, tuple | list | frozenset | set):
        for item in declared:
            if isinstance(item, str):
                ids |= find_ids(item, pattern)
    return ids or find_ids(summary(module.__doc__), pattern)


def _returned_names(obj: Any, public: Iterable[str]) -> set[str]:
    """Return the public names a function's return annotation mentions."""
    try:
        annotation = inspect.signature(obj).return_annotation
    except (TypeError, ValueError):
        return set()
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
    words = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text))
    return words & set(public)


def implemented_clauses(package: ModuleType, pattern: re.Pattern[str]) -> dict[str, set[str]]:
    """Map each public function and class of *package* to the clause ids it implements.

    See the module docstring for the order of the rules; names implementing nothing map to
    an empty set.
    """
    objects: dict[str, Any] = {}
    for name in sorted(getattr(package, "__all__", ())):
        obj = getattr(package, name)
        if inspect.isfunction(obj) or inspect.isclass(obj):
            objects[name] = obj

    direct: dict[str, set[str]] = {}
    for name, obj in objects.items():
        declared = getattr(obj, "__hrss_clauses__", None)
        if declared:  # a function's own @cites(...) declaration wins over any docstring
            direct[name] = set(declared)
            continue
        ids = find_ids(summary(obj.__doc__), pattern)
        module = sys.modules.get(obj.__module__)
        module_ids = _module_clause_ids(module, pattern) if module is not None else set()
        if not ids and (len(module_ids) == 1 or _declares(module)):
            ids = module_ids
        if not ids and len(module_ids) > 1:
            ids = find_ids(inspect.getdoc(obj), pattern)
        direct[name] = ids

    result = dict(direct)
    returns = {
        name: _returned_names(obj, objects)
        for name, obj in objects.items()
        if inspect.isfunction(obj)
    }
    for name, obj in objects.items():
        if result[name]:
            continue
        if inspect.isfunction(obj):
            result[name] = (
                set().union(*(direct[r] for r in returns[name])) if returns[name] else set()
            )
        else:
            makers = [f for f, r in returns.items() if name in r]
            result[name] = set().union(*(direct[f] for f in makers)) if makers else set()
    return result


def _declares(module: ModuleType | None) -> bool:
    return module is not None and getattr(module, "CLAUSE", None) is not None


def implementers(package: ModuleType, pattern: re.Pattern[str]) -> dict[str, list[Implementer]]:
    """Map each clause id to the public functions and classes of *package* that implement it."""
    found: dict[str, list[Implementer]] = {}
    for name, ids in implemented_clauses(package, pattern).items():
        obj = getattr(package, name)
        kind = "function" if inspect.isfunction(obj) else "class"
        entry = Implementer(name, f"{obj.__module__}.{obj.__qualname__}", kind)
        for cid in ids:
            found.setdefault(cid, []).append(entry)
    return found


def unattributed(package: ModuleType, pattern: re.Pattern[str]) -> list[Implementer]:
    """Return the public functions and classes that implement no clause, by module."""
    out = []
    for name, ids in implemented_clauses(package, pattern).items():
        if not ids:
            obj = getattr(package, name)
            kind = "function" if inspect.isfunction(obj) else "class"
            out.append(Implementer(name, f"{obj.__module__}.{obj.__qualname__}", kind))
    return sorted(out, key=lambda i: (i.qualname.rsplit(".", 1)[0], i.kind != "function", i.name))


def _strings_in(node: ast.AST) -> Iterable[str]:
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            yield sub.value


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


def pinning_tests(
    test_files: Iterable[Path],
    pattern: re.Pattern[str],
    implemented_by: Mapping[str, list[Implementer]],
) -> dict[str, list[PinningTest]]:
    """Map each clause id to the tests in *test_files* that pin it."""
    clauses_of_name: dict[str, set[str]] = {}
    for cid, names in implemented_by.items():
        for imp in names:
            if imp.kind == "function":
                clauses_of_name.setdefault(imp.name, set()).add(cid)

    found: dict[str, list[PinningTest]] = {}
    for path in sorted(test_files):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        module_ids = find_ids(summary(ast.get_docstring(tree)), pattern)
        for name, node in _test_functions(tree):
            ids = set(module_ids)
            for text in _strings_in(node):
                ids |= find_ids(text, pattern)
            for ref in _called_names(node):
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
    describe = getattr(getattr(package, "PLAN_2011", None), "info", None)
    if describe is not None:
        for info in describe().values():
            if info.clause in entries:
                entries[info.clause].parameters.append(
                    (info.name, info.value, bool(info.adopted_reading))
                )
    return list(entries.values())
