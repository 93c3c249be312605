"""The layers of the package, enforced from its imports (docs/contributing/architecture.md).

Each module's imports are read from its source: an import that points up a layer, or
into another module's private name across packages, fails here with the line to fix.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import attrs
import pytest

import hrss_policy as hp

SRC = Path(hp.__file__).resolve().parent

#: What each layer may import of the package (besides itself). The order is the layers'
#: order from the bottom up; an adapter (tabular, excel, cli) may build on anything below
#: it, the rules only on the plan, the calendar and the foundation.
ALLOWED: dict[str, frozenset[str]] = {
    "errors": frozenset(),
    "core": frozenset({"errors"}),
    "plan": frozenset({"errors", "core"}),
    "calendar": frozenset({"errors", "core"}),
    "rules": frozenset({"errors", "core", "plan", "calendar"}),
    "typing": frozenset({"errors", "core", "plan"}),
    "inspection": frozenset({"errors", "core", "plan", "calendar", "rules"}),
    "tabular": frozenset({"errors", "core", "plan", "calendar", "rules", "inspection"}),
    "excel": frozenset(
        {"errors", "core", "plan", "calendar", "rules", "inspection", "tabular", "package"}
    ),
    "cli": frozenset(
        {"errors", "core", "plan", "calendar", "rules", "inspection", "tabular", "package"}
    ),
    "package": frozenset(
        {"errors", "core", "plan", "calendar", "rules", "inspection", "tabular", "cli", "typing"}
    ),
}


def _module(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _layer(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1 or parts[1] in ("__main__",):
        return "package"
    return parts[1]


def _imports(path: Path) -> list[tuple[int, str, tuple[str, ...]]]:
    """Each ``(line, absolute module, names)`` *path* imports from the package."""
    module = _module(path)
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            if target.split(".")[0] == "hrss_policy":
                names = tuple(a.name for a in node.names)
                if target in ("hrss_policy",) or target.count(".") == 1:
                    # ``from .. import x``: x may be a module of that package.
                    subs = [
                        f"{target}.{n}"
                        for n in names
                        if (SRC.parent / f"{target}.{n}".replace(".", "/")).exists()
                        or (SRC.parent / (f"{target}.{n}".replace(".", "/") + ".py")).exists()
                    ]
                    if subs and len(subs) == len(names):
                        found += [(node.lineno, s, ()) for s in subs]
                        continue
                found.append((node.lineno, target, names))
        elif isinstance(node, ast.Import):
            found += [
                (node.lineno, a.name, ())
                for a in node.names
                if a.name.split(".")[0] == "hrss_policy"
            ]
    return found


MODULES = sorted(SRC.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: _module(p))
def test_a_module_imports_only_the_layers_below_it(path: Path) -> None:
    here = _layer(_module(path))
    wrong = [
        f"{path.relative_to(SRC.parent)}:{line}: {here} imports {target}"
        for line, target, _names in _imports(path)
        if _layer(target) != here and _layer(target) not in ALLOWED[here]
    ]
    assert wrong == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: _module(p))
def test_no_module_takes_a_private_name_from_another_package(path: Path) -> None:
    # A fast path is an in-package entry of its own (each rule's ``assess``), never another
    # module's private function.
    here = _module(path)
    home = here if path.name == "__init__.py" else here.rsplit(".", 1)[0]
    wrong = [
        f"{path.relative_to(SRC.parent)}:{line}: {name} from {target}"
        for line, target, names in _imports(path)
        for name in names
        if name.startswith("_")
        and not name.startswith("__")
        and not target.startswith(home + ".")
        and target != home
    ]
    assert wrong == []


def test_the_layers_named_here_are_the_sub_packages_there_are() -> None:
    packages = {p.name for p in SRC.iterdir() if (p / "__init__.py").exists()}
    modules = {p.stem for p in SRC.glob("*.py") if p.stem not in ("__init__", "__main__")}
    assert packages | modules == set(ALLOWED) - {"package"}


def test_the_rules_never_import_the_inspection_or_an_adapter() -> None:
    # The statement of the layer rule that matters most, checked directly over the rules.
    for path in (SRC / "rules").rglob("*.py"):
        for line, target, _names in _imports(path):
            assert _layer(target) not in ("inspection", "tabular", "excel", "cli", "package"), (
                f"{path}:{line}: {target}"
            )


# -- signatures a person can read --------------------------------------------------------


def test_the_plan_shows_as_its_name_in_a_signature() -> None:
    assert repr(hp.PLAN_2011) == "PLAN_2011"
    shown = str(inspect.signature(hp.inspect_unit))
    assert shown.endswith("params: 'PolicyParameters' = PLAN_2011) -> 'Inspection'")
    assert len(shown) < 200


def test_an_amended_set_shows_the_amendment_that_rebuilds_it() -> None:
    amended = attrs.evolve(hp.PLAN_2011, street_recipients_per_staff=5000, months_per_year=10)
    shown = repr(amended)
    assert shown == (
        "attrs.evolve(PLAN_2011, street_recipients_per_staff=5000, months_per_year=10)"
    )
    assert eval(shown, {"attrs": attrs, "PLAN_2011": hp.PLAN_2011}) == amended


@pytest.mark.parametrize("name", sorted(hp.__all__))
def test_no_public_signature_spells_out_the_parameter_set(name: str) -> None:
    obj = getattr(hp, name)
    if not callable(obj) or (isinstance(obj, type) and not hasattr(obj, "__init__")):
        return
    try:
        shown = str(inspect.signature(obj))
    except (TypeError, ValueError):
        return
    assert "PolicyParameters(" not in shown


# -- readings and the parameters that switch them ------------------------------------------


def test_every_reading_is_switched_by_a_parameter_or_an_argument() -> None:
    fields = {f.name for f in attrs.fields(hp.PolicyParameters)}
    for r in hp.READINGS:
        assert r.switches, f"{r.id} names nothing that chooses another reading"
        parameters = [s for s in r.switches if s in fields]
        # Only a reading no parameter can hold (the calendar is an argument) says so.
        assert parameters or r.arguments == r.switches, r.id


def test_a_reading_s_switches_are_the_parameters_whose_metadata_names_it() -> None:
    for f in attrs.fields(hp.PolicyParameters):
        rid = f.metadata.get("reading")
        if rid:
            assert f.name in hp.reading(rid).switches
    for r in hp.READINGS:
        for name in r.switches:
            if not name.endswith("="):
                assert attrs.fields_dict(hp.PolicyParameters)[name].metadata["reading"] == r.id


# -- tests a reader can navigate ---------------------------------------------------------

TESTS = Path(__file__).resolve().parent


def _marks(kind: str) -> dict[str, list[str]]:
    """Each id named by a ``pytest.mark.<kind>(id="…")`` in the test modules, and where.

    Read from the sources rather than from a collection, so the check holds whichever tests
    a run selects. A mark of another form (no ``id=``, an id that is not a literal) is
    reported under the id ``"?"``.
    """
    found: dict[str, list[str]] = {}
    for path in sorted(TESTS.glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == kind
                and isinstance(node.func.value, ast.Attribute)
                and node.func.value.attr == "mark"
            ):
                continue
            ids = [k.value for k in node.keywords if k.arg == "id"]
            literal = (
                len(ids) == 1
                and not node.args
                and len(node.keywords) == 1
                and isinstance(ids[0], ast.Constant)
                and isinstance(ids[0].value, str)
            )
            key = ids[0].value if literal else "?"  # type: ignore[union-attr]
            found.setdefault(key, []).append(f"{path.name}:{node.lineno}")
    return found


@pytest.mark.parametrize(
    ("kind", "known"),
    [
        ("requirement", [r.id for r in hp.REQUIREMENTS]),
        ("reading", [r.id for r in hp.READINGS]),
    ],
)
def test_every_requirement_and_reading_is_pinned_by_a_marked_test(
    kind: str, known: list[str]
) -> None:
    # ``pytest -m "requirement(id='premises.floor_area')"`` lists what pins a rule; a rule
    # no test names is one nobody can find the tests of (docs/contributing/tests.md).
    marks = _marks(kind)
    missing = [i for i in known if i not in marks]
    assert missing == [], f"no test carries pytest.mark.{kind}(id=…) for: {', '.join(missing)}"


@pytest.mark.parametrize(
    ("kind", "known"),
    [
        ("requirement", {r.id for r in hp.REQUIREMENTS}),
        ("reading", {r.id for r in hp.READINGS}),
    ],
)
def test_every_mark_names_a_known_requirement_or_reading_by_keyword(
    kind: str, known: set[str]
) -> None:
    # -m matches keyword arguments only, so the id is given as id="…"; a misspelt id would
    # select nothing and hide the test from the reader looking for it.
    unknown = {i: where for i, where in _marks(kind).items() if i not in known}
    assert unknown == {}, f'pytest.mark.{kind} with an unknown id or not as id="…": {unknown}'
