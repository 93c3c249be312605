"""The documentation's clause map credits exactly what the code declares and the tests run.

The map (docs/clauses.md) is generated at build time by docs/_ext/clause_index.py; an
auditor reads it as "these functions apply this clause, these tests exercise it", so a
wrong entry is a wrong statement about the basis of a figure. These tests need no Sphinx.
"""

from __future__ import annotations

import importlib.util
import inspect
import sys
from pathlib import Path
from types import ModuleType

import hrss_policy as hp
from hrss_policy.plan.clauses import cited

ROOT = Path(__file__).resolve().parent.parent


def _load_clause_index() -> ModuleType:
    path = ROOT / "docs" / "_ext" / "clause_index.py"
    spec = importlib.util.spec_from_file_location("clause_index", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # dataclasses resolve annotations through sys.modules, so register before running it.
    sys.modules.setdefault("clause_index", module)
    spec.loader.exec_module(module)
    return module


ci = _load_clause_index()


def _entry(entries: list, clause_id: str):  # type: ignore[no-untyped-def]
    (entry,) = [e for e in entries if e.id == clause_id]
    return entry


def _names(entry) -> set[str]:  # type: ignore[no-untyped-def]
    return {i.name for i in entry.implementers}


def _public_functions() -> dict[str, object]:
    return {n: getattr(hp, n) for n in hp.__all__ if inspect.isfunction(getattr(hp, n, None))}


def test_the_map_lists_every_clause_once_in_document_order() -> None:
    entries = ci.build_map(hp, ROOT / "tests")
    assert [e.id for e in entries] == list(hp.CLAUSES)
    assert [e.title for e in entries] == [c.title for c in hp.CLAUSES.values()]


def test_a_function_implements_exactly_the_clauses_it_declares() -> None:
    found = ci.implemented_clauses(hp)
    for name, function in _public_functions().items():
        assert found[name] == set(cited(function)), name


def test_the_staffing_rule_is_listed_under_its_clause_and_nowhere_else() -> None:
    entries = ci.build_map(hp, ROOT / "tests")
    staffing = {"street_staff_quota", "community_staff_quota", "staff_quota", "check_staffing"}
    assert staffing <= _names(_entry(entries, "三（一）5"))
    for entry in entries:
        if entry.id != "三（一）5":
            assert not staffing & _names(entry), entry.id


def test_a_class_returned_by_a_rule_function_shares_its_clause() -> None:
    found = ci.implemented_clauses(hp)
    assert found["StaffingQuota"] == {"三（一）5"} == found["street_staff_quota"]


def test_a_docstring_that_quotes_a_clause_makes_no_implementer() -> None:
    # clause()'s docstring shows hp.clause("三（五）"); it declares nothing and is a tool.
    entries = ci.build_map(hp, ROOT / "tests")
    assert all("clause" not in _names(e) for e in entries)
    assert "clause" in {i.name for i in ci.unattributed(hp)}


def test_the_calendar_and_the_registry_are_tools_listed_apart() -> None:
    found = ci.implemented_clauses(hp)
    tools = {i.name for i in ci.unattributed(hp)}
    for name in ("is_working_day", "add_working_days", "working_days_between", "clause"):
        assert found[name] == set(), name
        assert name in tools
    assert not tools & {"street_staff_quota", "inspect_unit"}


def test_every_public_function_and_class_is_either_an_implementer_or_a_tool() -> None:
    found = ci.implemented_clauses(hp)
    listed = {i.name for imps in ci.implementers(hp).values() for i in imps}
    tools = {i.name for i in ci.unattributed(hp)}
    assert listed | tools == set(found)
    assert not listed & tools


def test_no_adapter_is_listed_as_implementing_a_clause() -> None:
    # The adapters hold no policy: the basis of a worksheet figure is the function it calls.
    entries = ci.build_map(hp, ROOT / "tests")
    listed = {i.qualname for e in entries for i in e.implementers}
    assert all(q == f"hrss_policy.{q.rsplit('.', 1)[1]}" for q in listed)


def _sample(tmp_path: Path, body: str) -> list:  # type: ignore[type-arg]
    (tmp_path / "test_sample.py").write_text(body, encoding="utf-8")
    return ci.build_map(hp, tmp_path)


def _pinned(entries: list) -> dict[str, list[str]]:  # type: ignore[type-arg]
    return {e.id: [t.nodeid for t in e.tests] for e in entries if e.tests}


def test_a_test_exercises_a_clause_by_calling_a_function_that_declares_it(
    tmp_path: Path,
) -> None:
    entries = _sample(
        tmp_path,
        "import hrss_policy as hp\n"
        "from hrss_policy import street_staff_quota\n"
        "def test_calls_the_rule_through_the_package():\n"
        "    assert hp.community_staff_quota(9000).staff == 1\n"
        "class TestGroup:\n"
        "    def test_calls_the_rule_by_its_name(self):\n"
        "        assert street_staff_quota(45000).staff == 8\n"
        "def test_mentions_no_rule():\n"
        "    assert 1 + 1 == 2\n"
        "def helper_is_not_a_test():\n"
        "    hp.street_staff_quota(1)\n",
    )
    assert _pinned(entries) == {
        "三（一）5": [
            "tests/test_sample.py::TestGroup::test_calls_the_rule_by_its_name",
            "tests/test_sample.py::test_calls_the_rule_through_the_package",
        ]
    }


def test_a_test_exercises_a_clause_through_a_helper_of_its_own_file(tmp_path: Path) -> None:
    entries = _sample(
        tmp_path,
        "import hrss_policy as hp\n"
        "def quota(n):\n"
        "    return hp.street_staff_quota(n)\n"
        "def test_through_a_helper():\n"
        "    assert quota(45000).staff == 8\n",
    )
    assert _pinned(entries) == {"三（一）5": ["tests/test_sample.py::test_through_a_helper"]}


def test_quoting_a_clause_or_reading_the_registry_exercises_no_rule(tmp_path: Path) -> None:
    entries = _sample(
        tmp_path,
        '"""Tests of 四（二）, 一 and 三（一）1."""\n'
        "import hrss_policy as hp\n"
        "def test_the_registry_holds_the_guiding_principle():\n"
        '    """一 is the guiding principle."""\n'
        '    assert hp.clause("一").title\n'
        '    assert "三（一）1" in hp.CLAUSES\n'
        "def test_naming_an_enum_is_not_a_rule():\n"
        "    assert hp.UnitKind.COMMUNITY\n",
    )
    assert _pinned(entries) == {}


def test_the_clauses_with_nothing_to_compute_are_exercised_by_no_test() -> None:
    entries = ci.build_map(hp, ROOT / "tests", exclude_tests=["test_docs.py"])
    for cid in ("一", "三（一）1", "三（一）2", "三（一）3", "四（一）"):
        assert _entry(entries, cid).tests == [], cid


def test_the_repository_s_own_tests_exercise_the_staffing_rule() -> None:
    entries = ci.build_map(hp, ROOT / "tests", exclude_tests=["test_docs.py"])
    assert "test_staffing.py" in {t.file for t in _entry(entries, "三（一）5").tests}


def test_excluded_test_files_pin_nothing(tmp_path: Path) -> None:
    (tmp_path / "test_docs.py").write_text(
        "import hrss_policy as hp\ndef test_x():\n    hp.street_staff_quota(1)\n",
        encoding="utf-8",
    )
    entries = ci.build_map(hp, tmp_path, exclude_tests=["test_docs.py"])
    assert all(not e.tests for e in entries)


def test_the_parameters_of_a_clause_are_listed_with_their_value() -> None:
    entry = _entry(ci.build_map(hp, ROOT / "tests"), "三（五）")
    assert ("city_subsidy_full_time", hp.PLAN_2011.city_subsidy_full_time, False) in (
        entry.parameters
    )
