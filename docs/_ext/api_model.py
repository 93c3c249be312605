"""The public surface of ``hrss_policy`` as the API reference shows it, from ``__all__``.

This module imports nothing from Sphinx so that the tests can check it with the test
dependencies alone; :mod:`hrss_api` renders it.

* Every name in ``hrss_policy.__all__`` (but ``__version__``) is a :class:`PublicName`,
  found in the submodule that defines it, and belongs to the **group** named by that
  submodule's first component below the package: ``hrss_policy.rules.staffing`` → ``staffing``,
  ``hrss_policy.rules.naming.parse`` → ``naming``. A group is one rule (or one tool the rules
  share) and gets one page, ``docs/api/<group>.md``; names of a group without a page
  are shown on ``docs/api/other.md``, so a new module is documented before anyone writes
  its page.
* On a group's page the functions come first (the rules a reader calls: those that
  declare a clause with ``@cites`` before the helpers), then the classes those functions
  return (their result types), then the other classes (inputs, enums), the exceptions
  and the data, each part in source order.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import pkgutil
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

#: Groups in the order a reader meets the plan: the rules, the inspection, then the tools.
GROUP_ORDER = (
    "staffing",
    "subsidies",
    "funding",
    "naming",
    "premises",
    "informatization",
    "service",
    "deadlines",
    "reporting",
    "register",
    "inspection",
    "totals",
    "progress",
    "calendar",
    "parameters",
    "readings",
    "clauses",
    "findings",
    "units",
    "typing",
    "errors",
)

#: The title of each group's page (and of its part of the API index); the clauses its
#: functions cite (``@cites``) are appended when the page is built.
GROUP_TITLES = {
    "staffing": "人员配备 Staffing",
    "subsidies": "协理员工资补助 Subsidies",
    "funding": "工作经费与配套经费 Working funds and district payment",
    "naming": "机构名称 Agency names",
    "premises": "服务场所 Premises",
    "informatization": "信息化建设 Information systems",
    "service": "公共服务专业化 Service practice",
    "deadlines": "期限 Deadlines",
    "reporting": "报送情况 Report submissions",
    "register": "检查要求 Requirement register",
    "inspection": "单位检查 Inspection",
    "totals": "汇总 Roll-up by district",
    "progress": "完成进度与通报 Progress and bulletin",
    "calendar": "工作日历 Working-day calendar",
    "parameters": "政策参数 Parameters",
    "readings": "采用的解读 Adopted readings",
    "clauses": "条款 Clauses",
    "findings": "检查发现 Findings",
    "units": "单位类型 Units",
    "typing": "结果协议 Result protocols",
    "errors": "错误 Errors",
    "other": "其他公开名称 Other public names",
}

#: The adapters: public modules that hold no policy and are not re-exported.
ADAPTERS = ("excel", "tabular", "cli")
#: Public modules whose names are not re-exported by the package (each has its own page).
OWN_PAGES = (*ADAPTERS, "typing")

KIND_ORDER = ("function", "result", "class", "enum", "exception", "data")


@dataclass(frozen=True)
class PublicName:
    """One name of ``hrss_policy.__all__`` as the reference documents it."""

    name: str
    kind: str
    """``function``, ``class``, ``enum``, ``exception`` or ``data``."""
    module: str
    """The module that defines it, e.g. ``hrss_policy.rules.staffing``."""
    line: int
    """Its line in that module (0 where unknown), for source order."""
    summary: str
    """The first sentence of its docstring ('' where it has none)."""
    exported_from: str = ""
    """The module the package's public table exports it from ('' where there is none)."""
    source: str = ""
    """The file that holds its definition ('' where unknown)."""

    @property
    def group(self) -> str:
        return group_of(self.exported_from or self.module)


#: Modules whose group is not their own name below their layer.
GROUP_OF_MODULE = {
    "funding.subsidy": "subsidies",
    "funding.roster": "subsidies",
    "funding.payment": "funding",
    "deadlines.reports": "deadlines",
    "deadlines.time_limits": "deadlines",
    "deadlines.views": "calendar",
    "unit": "inspection",
    "record": "inspection",
    "status": "findings",
    "coverage": "register",
    "parameter_types": "parameters",
    "bulletin": "progress",
}
#: The layers of the package (sub-packages that group modules, not rules themselves).
LAYERS = ("plan", "rules", "inspection", "core")


def group_of(module: str) -> str:
    """Return the group of a defining module: its name below its layer.

    ``hrss_policy.rules.staffing`` → ``staffing``, ``hrss_policy.rules.naming.parse`` →
    ``naming``, ``hrss_policy.calendar.notices`` → ``calendar``; the modules of
    :data:`GROUP_OF_MODULE` join the group it names (``rules.funding.subsidy`` → the
    subsidies).
    """
    parts = module.split(".")[1:]
    if parts and parts[0] in LAYERS:
        parts = parts[1:]
    if not parts:
        return "other"
    pair = ".".join(parts[:2])
    if pair in GROUP_OF_MODULE:
        return GROUP_OF_MODULE[pair]
    if parts[0] in GROUP_OF_MODULE:
        return GROUP_OF_MODULE[parts[0]]
    return parts[0]


_SENTENCE_END = re.compile(r"(?<=[.。])(?:\s|$)")


def first_sentence(doc: str | None) -> str:
    """Return the first sentence of a docstring's first paragraph, on one line."""
    if not doc:
        return ""
    para = " ".join(inspect.cleandoc(doc).split("\n\n", 1)[0].split())
    match = _SENTENCE_END.search(para)
    return para[: match.start()].strip() if match else para


def submodules(package: ModuleType, *, skip: Iterable[str] = ADAPTERS) -> list[ModuleType]:
    """Import and return every submodule of *package* but the adapters (and ``__main__``)."""
    skipped = {f"{package.__name__}.{s}" for s in skip} | {f"{package.__name__}.__main__"}
    found = []
    for info in pkgutil.walk_packages(package.__path__, prefix=f"{package.__name__}."):
        if info.name in skipped or any(info.name.startswith(f"{s}.") for s in skipped):
            continue
        found.append(importlib.import_module(info.name))
    return found


def _kind(obj: Any) -> str:
    if inspect.isclass(obj):
        if issubclass(obj, BaseException):
            return "exception"
        if issubclass(obj, enum.Enum):
            return "enum"
        return "class"
    if callable(obj) and (inspect.isfunction(obj) or inspect.isbuiltin(obj)):
        return "function"
    return "data"


def _source_file(obj: Any) -> str:
    """The file that defines *obj*, even when its ``__module__`` names the package that
    re-exports it (``hrss_policy.rules.naming``): a class is found through its own methods."""
    if inspect.isclass(obj):
        for value in vars(obj).values():
            function = value.fget if isinstance(value, property) else value
            code = getattr(function, "__code__", None)
            if code is not None and not code.co_filename.startswith("<"):
                return str(code.co_filename)
    try:
        return inspect.getsourcefile(obj) or ""
    except TypeError:
        return ""


def _line(obj: Any) -> int:
    path = _source_file(obj)
    if inspect.isclass(obj) and path:
        source = Path(path).read_text(encoding="utf-8")
        match = re.search(rf"^class {re.escape(obj.__name__)}\b", source, re.MULTILINE)
        if match:
            return source.count("\n", 0, match.start()) + 1
    try:
        return inspect.getsourcelines(obj)[1]
    except (OSError, TypeError):
        return 0


def _data_home(name: str, modules: Sequence[ModuleType]) -> tuple[str, int]:
    """Return the module that assigns the data *name* at top level, and the line."""
    for module in modules:
        try:
            source = inspect.getsource(module)
        except (OSError, TypeError):
            continue
        match = re.search(rf"^{re.escape(name)}\b[^=\n]*=", source, re.MULTILINE)
        if match:
            return module.__name__, source.count("\n", 0, match.start()) + 1
    for module in modules:
        if name in getattr(module, "__all__", ()):
            return module.__name__, 0
    return "hrss_policy", 0


def exported_from(package: ModuleType) -> dict[str, str]:
    """Map each public name to the module the package's public table lists it under.

    ``hrss_policy._SOURCES`` (name → module), generated from the ``__all__`` of the modules
    in ``PUBLIC_MODULES``: ``Notice`` is defined in ``calendar.notices`` and exported as
    part of the calendar.
    """
    sources = getattr(package, "_SOURCES", {})
    return {name: f"{package.__name__}.{module}" for name, module in sources.items()}


def public_names(package: ModuleType, data_docs: dict[str, str] | None = None) -> list[PublicName]:
    """Return every public name of *package* (its ``__all__``), in no particular order.

    *data_docs* maps a data name to its docstring (the string literal after the
    assignment, which Python does not keep; Sphinx's analyser reads it).
    """
    modules = submodules(package)
    table = exported_from(package)
    out = []
    for name in getattr(package, "__all__", ()):
        if name.startswith("__"):
            continue
        obj = getattr(package, name)
        kind = _kind(obj)
        if kind == "data":
            module, line = _data_home(name, modules)
            doc = (data_docs or {}).get(name, "")
            source = _source_file(sys.modules.get(module))
        else:
            module = getattr(obj, "__module__", package.__name__)
            line = _line(obj)
            doc = inspect.getdoc(obj) or ""
            source = _source_file(obj)
        out.append(
            PublicName(name, kind, module, line, first_sentence(doc), table.get(name, ""), source)
        )
    return out


def returned_names(obj: Any, candidates: Iterable[str]) -> list[str]:
    """Return the *candidates* a function's return annotation names, in order of mention."""
    try:
        annotation = inspect.signature(obj).return_annotation
    except (TypeError, ValueError):
        return []
    text = annotation if isinstance(annotation, str) else getattr(annotation, "__name__", "")
    wanted = set(candidates)
    words = re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text)
    return [w for i, w in enumerate(words) if w in wanted and w not in words[:i]]


def page_order(names: Sequence[PublicName], package: ModuleType) -> list[tuple[str, PublicName]]:
    """Return a group's names in page order, each with its section kind.

    Section kinds are those of :data:`KIND_ORDER`: a class returned by one of the group's
    functions is a ``result``.
    """
    by_source = sorted(names, key=lambda n: (n.source, n.line, n.name))
    classes = [n.name for n in by_source if n.kind == "class"]
    results: list[str] = []
    for n in by_source:
        if n.kind == "function":
            for r in returned_names(getattr(package, n.name), classes):
                if r not in results:
                    results.append(r)
    # The rules first: the functions that declare a clause (@cites), then the helpers.
    declared = set(cited_clauses_by_name(package, [n.name for n in by_source]))
    ordered: list[tuple[str, PublicName]] = []
    for section in KIND_ORDER:
        if section == "function":
            # A rule (a noun: street_staff_quota) before the check that compares a unit with
            # it (check_staffing), whichever module of the group's package holds each.
            functions = sorted(
                (n for n in by_source if n.kind == "function"),
                key=lambda n: n.name.startswith("check_"),
            )
            chosen = [n for n in functions if n.name in declared]
            chosen += [n for n in functions if n.name not in declared]
        elif section == "result":
            chosen = [n for r in results for n in by_source if n.name == r]
        elif section == "class":
            chosen = [n for n in by_source if n.kind == "class" and n.name not in results]
        else:
            chosen = [n for n in by_source if n.kind == section]
        ordered += [(section, n) for n in chosen]
    return ordered


def group_title(
    group: str,
    package: ModuleType,
    names: Sequence[PublicName] = (),
    pick: Callable[[str], str] = str,
) -> str:
    """Return the title of a group's page and the clauses its functions cite.

    The title is :data:`GROUP_TITLES`' (in the language *pick* chooses of its ``中文
    English``) or else the module's summary; the clauses are those the group's public
    functions declare with ``@cites``, in document order.
    """
    if group in GROUP_TITLES:
        title = pick(GROUP_TITLES[group])
    else:
        module = sys.modules.get(f"{package.__name__}.{group}")
        title = first_sentence(getattr(module, "__doc__", None)) or group
    clauses = cited_clauses([getattr(package, n.name) for n in names], package)
    return f"{title} — {', '.join(clauses)}" if clauses else title


def cited_clauses_by_name(package: ModuleType, names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The names among *names* that declare clauses (``@cites``), with their clauses."""
    cited = getattr(sys.modules.get(f"{package.__name__}.plan.clauses"), "cited", None)
    if cited is None:
        return {}
    out = {}
    for name in names:
        ids = tuple(cited(getattr(package, name)))
        if ids:
            out[name] = ids
    return out


def cited_clauses(objects: Iterable[Any], package: ModuleType) -> list[str]:
    """The clause ids *objects* declare (``hrss_policy.plan.clauses.cited``), in document order."""
    cited = getattr(sys.modules.get(f"{package.__name__}.plan.clauses"), "cited", None)
    registry = list(getattr(package, "CLAUSES", {}))
    if cited is None:
        return []
    found = {cid for obj in objects for cid in cited(obj)}
    return [cid for cid in registry if cid in found]


def sorted_groups(groups: Iterable[str]) -> list[str]:
    """Return *groups* in :data:`GROUP_ORDER`, unknown groups after them by name."""
    known = {g: i for i, g in enumerate(GROUP_ORDER)}
    return sorted(set(groups), key=lambda g: (known.get(g, len(known)), g))


#: The names an example may use without importing them itself, and their import line.
IMPORTS = (
    ("dt", "import datetime as dt"),
    ("Decimal", "from decimal import Decimal"),
    ("attrs", "import attrs"),
    ("hp", "import hrss_policy as hp"),
)

_PROMPT = re.compile(r"^\s*(?:>>>|\.\.\.)(?: |$)(.*)$", re.MULTILINE)


def example_source(text: str) -> str:
    """Return the Python typed after ``>>>`` and ``...`` prompts in *text*."""
    return "\n".join(_PROMPT.findall(text))


def names_used(text: str) -> set[str]:
    """Return which of the :data:`IMPORTS` names the examples in *text* use."""
    code = example_source(text)
    return {name for name, _ in IMPORTS if re.search(rf"(?<![\w.]){name}\b", code)}


def import_block(names: Iterable[str]) -> list[str]:
    """Return the import lines for *names*, grouped as isort would (stdlib, attrs, ours)."""
    wanted = set(names)
    lines = [line for name, line in IMPORTS if name in wanted]
    groups = [
        [ln for ln in lines if ln.startswith(("import datetime", "from decimal"))],
        [ln for ln in lines if ln == "import attrs"],
        [ln for ln in lines if "hrss_policy" in ln],
    ]
    out: list[str] = []
    for g in groups:
        if g:
            if out:
                out.append("")
            out += g
    return out


_ROLE_TARGET = re.compile(r":(?:py:)?(?:func|data|class|meth|attr|obj|const):`~?([A-Za-z_][\w.]*)`")


def referenced_internals(module: ModuleType, public: Iterable[str]) -> list[str]:
    """Return the names of *module* its docstrings refer to that the package does not export.

    ``clauses`` documents :func:`cites` and the clause constants (``STAFFING`` …) for the
    people who write rules; they are not in ``hrss_policy.__all__`` but the page's text
    links to them, so the page documents them too. Private names are never included.
    """
    exported = set(public)
    try:
        source = inspect.getsource(module)
    except (OSError, TypeError):
        return []
    found = []
    for target in _ROLE_TARGET.findall(source):
        name = target.rsplit(".", 1)[-1] if target.startswith(module.__name__) else target
        if "." in name or name.startswith("_") or name in exported or name in found:
            continue
        obj = getattr(module, name, None)
        if obj is None:
            continue
        home = getattr(obj, "__module__", module.__name__)
        if (inspect.isclass(obj) or inspect.isfunction(obj)) and home != module.__name__:
            continue
        found.append(name)
    return found


def module_source(name: str) -> str:
    """Return the source of the module *name* ('' where it has none)."""
    module = sys.modules.get(name)
    try:
        return inspect.getsource(module) if module is not None else ""
    except (OSError, TypeError):
        return ""
