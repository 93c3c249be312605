"""The documentation's clause map finds the right implementers and tests.

The map (docs/clauses.md) is generated at build time by docs/_ext/clause_index.py; an
auditor reads it as "these functions apply this clause, these tests pin it", so a wrong
match is a wrong statement about the basis of a figure. These tests need no Sphinx.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp

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
PATTERN = ci.clause_pattern(hp.CLAUSES)
clause_ids = st.sampled_from(list(hp.CLAUSES))


def _entry(entries: list, clause_id: str):  # type: ignore[no-untyped-def]
    (entry,) = [e for e in entries if e.id == clause_id]
    return entry


def _names(entry) -> set[str]:  # type: ignore[no-untyped-def]
    return {i.name for i in entry.implementers}


@given(clause_ids)
def test_every_clause_id_is_found_when_quoted(clause_id: str) -> None:
    assert ci.find_ids(f'clauses == ("{clause_id}",)', PATTERN) == {clause_id}


@given(clause_ids)
def test_every_clause_id_is_found_in_an_explanation_s_citation(clause_id: str) -> None:
    if len(clause_id) == 1:
        # "（一）" is a section number, never the clause 一, so citations use quotes.
        text = f"依据 {clause_id} 的规定"
    else:
        text = f"45000 ÷ 6000 = 7.5，向上取整 → 8 人（{clause_id}）"
    assert ci.find_ids(text, PATTERN) == {clause_id}


def test_the_section_三_一_is_not_found_inside_the_item_三_一_5() -> None:
    assert ci.find_ids("人员定额（三（一）5）", PATTERN) == {"三（一）5"}
    assert ci.find_ids("规范化建设（三（一））", PATTERN) == {"三（一）"}


def test_the_numerals_一_and_二_inside_chinese_words_are_not_clause_ids() -> None:
    assert ci.find_ids("街道（镇）服务机构为公益一类事业单位，开展一站式服务", PATTERN) == set()
    assert ci.find_ids("推进服务场所标准化建设（三（二））", PATTERN) == {"三（二）"}


def test_the_map_lists_every_clause_once_in_document_order() -> None:
    entries = ci.build_map(hp, ROOT / "tests")
    assert [e.id for e in entries] == list(hp.CLAUSES)
    assert [e.title for e in entries] == [c.title for c in hp.CLAUSES.values()]


def test_the_staffing_functions_implement_the_staffing_clause_and_nothing_else() -> None:
    entries = ci.build_map(hp, ROOT / "tests")
    staffing = {"street_staff_quota", "community_staff_quota", "staff_quota", "check_staffing"}
    assert staffing <= _names(_entry(entries, "三（一）5"))
    for entry in entries:
        if entry.id != "三（一）5":
            assert not staffing & _names(entry), entry.id


def test_the_subsidy_functions_implement_the_funding_clause() -> None:
    entry = _entry(ci.build_map(hp, ROOT / "tests"), "三（五）")
    assert {"monthly_subsidy", "annual_subsidy", "check_district_payment"} <= _names(entry)
    assert ("city_subsidy_full_time", hp.PLAN_2011.city_subsidy_full_time, False) in (
        entry.parameters
    )


def test_a_clause_cited_only_as_an_example_in_a_docstring_does_not_make_an_implementer() -> None:
    # clause()'s docstring shows hp.clause("三（五）") as an example; it implements no rule.
    entries = ci.build_map(hp, ROOT / "tests")
    assert all("clause" not in _names(e) for e in entries)


def test_a_test_pins_a_clause_by_calling_its_function_or_by_citing_it(tmp_path: Path) -> None:
    (tmp_path / "test_sample.py").write_text(
        '"""Sample tests."""\n'
        "import hrss_policy as hp\n"
        "def test_calls_the_subsidy_rule():\n"
        "    assert hp.monthly_subsidy([]).city == 0\n"
        "def test_cites_the_reporting_clause():\n"
        '    """Quarterly reports of 四（二）."""\n'
        "class TestGroup:\n"
        "    def test_cites_in_an_assertion(self):\n"
        '        assert "三（二）" in hp.CLAUSES\n'
        "def test_mentions_no_clause():\n"
        "    assert 1 + 1 == 2\n"
        "def helper_is_not_a_test():\n"
        "    hp.street_staff_quota(1)\n",
        encoding="utf-8",
    )
    entries = ci.build_map(hp, tmp_path)
    pinned = {e.id: [t.nodeid for t in e.tests] for e in entries if e.tests}
    assert pinned == {
        "三（五）": ["tests/test_sample.py::test_calls_the_subsidy_rule"],
        "四（二）": ["tests/test_sample.py::test_cites_the_reporting_clause"],
        "三（二）": ["tests/test_sample.py::TestGroup::test_cites_in_an_assertion"],
    }


def test_a_test_module_whose_summary_cites_a_clause_pins_it_with_every_test(
    tmp_path: Path,
) -> None:
    (tmp_path / "test_reports.py").write_text(
        '"""Deadlines of 四（二）."""\ndef test_a():\n    pass\ndef test_b():\n    pass\n',
        encoding="utf-8",
    )
    entry = _entry(ci.build_map(hp, tmp_path), "四（二）")
    assert [t.name for t in entry.tests] == ["test_a", "test_b"]


def test_excluded_test_files_pin_nothing(tmp_path: Path) -> None:
    (tmp_path / "test_docs.py").write_text(
        'def test_x():\n    assert "三（五）"\n', encoding="utf-8"
    )
    entries = ci.build_map(hp, tmp_path, exclude_tests=["test_docs.py"])
    assert all(not e.tests for e in entries)


def test_the_repository_s_own_tests_pin_the_staffing_and_subsidy_clauses() -> None:
    entries = ci.build_map(hp, ROOT / "tests", exclude_tests=["test_docs.py"])
    files = {t.file for t in _entry(entries, "三（一）5").tests}
    assert "test_staffing.py" in files
    assert "test_subsidies.py" in {t.file for t in _entry(entries, "三（五）").tests}


def test_a_deadline_helper_is_not_credited_with_every_clause_its_module_serves() -> None:
    # deadlines.py serves 四（二）, 二, 三（一）, 三（二） and 三（四）; each name gets its own.
    entries = ci.build_map(hp, ROOT / "tests")
    assert "quarterly_report_deadline" in _names(_entry(entries, "四（二）"))
    assert "service_deadline" in _names(_entry(entries, "三（四）"))
    for cid in ("二", "三（一）", "三（二）", "三（四）"):
        assert "quarterly_report_deadline" not in _names(_entry(entries, cid)), cid
    for cid in ("二", "三（一）", "三（二）", "四（二）"):
        assert "service_deadline" not in _names(_entry(entries, cid)), cid


def test_the_milestones_are_credited_with_the_clause_of_each_milestone() -> None:
    entries = ci.build_map(hp, ROOT / "tests")
    milestone_clauses = {cid for m in hp.plan_milestones() for cid in m.clauses}
    assert milestone_clauses == {"二", "三（一）", "三（一）4", "三（一）5", "三（二）"}
    for entry in entries:
        has = {"plan_milestones", "Milestone"} <= _names(entry)
        assert has == (entry.id in milestone_clauses), entry.id


def test_a_class_returned_by_a_rule_function_shares_its_clause() -> None:
    found = ci.implemented_clauses(hp, PATTERN)
    assert found["ServiceDeadline"] == {"三（四）"} == found["service_deadline"]
    assert found["Milestone"] == found["plan_milestones"]


def test_the_inspection_implements_the_inspection_and_bulletin_clause_only() -> None:
    found = ci.implemented_clauses(hp, PATTERN)
    for name in ("inspect_unit", "district_progress", "progress_bulletin", "report_submissions"):
        assert found[name] == {"四（二）"}, name


def test_the_calendar_and_the_registry_implement_no_clause_and_are_listed_apart() -> None:
    found = ci.implemented_clauses(hp, PATTERN)
    tools = {i.name for i in ci.unattributed(hp, PATTERN)}
    for name in ("is_working_day", "add_working_days", "working_days_between", "clause"):
        assert found[name] == set(), name
        assert name in tools
    assert not tools & {"street_staff_quota", "agency_name", "inspect_unit"}


def test_no_excel_worksheet_function_is_listed_as_implementing_a_clause() -> None:
    # The adapter holds no policy: the basis of a worksheet figure is the function it calls.
    entries = ci.build_map(hp, ROOT / "tests")
    listed = {i.qualname for e in entries for i in e.implementers}
    assert not [q for q in listed if q.startswith(("hrss_policy.excel", "hrss_policy.cli"))]


def test_every_public_function_and_class_is_either_an_implementer_or_a_tool() -> None:
    found = ci.implemented_clauses(hp, PATTERN)
    listed = {i.name for imps in ci.implementers(hp, PATTERN).values() for i in imps}
    tools = {i.name for i in ci.unattributed(hp, PATTERN)}
    assert listed | tools == set(found)
    assert not listed & tools


def test_naming_an_enum_in_a_test_does_not_pin_the_clause_it_comes_from(tmp_path: Path) -> None:
    (tmp_path / "test_sample.py").write_text(
        "import hrss_policy as hp\n"
        "def test_premises_of_a_community():\n"
        "    hp.check_premises(hp.UnitKind.COMMUNITY, hp.Premises())\n",
        encoding="utf-8",
    )
    pinned = {e.id for e in ci.build_map(hp, tmp_path) if e.tests}
    assert pinned == {"三（二）"}


@given(st.sampled_from(["一", "二"]))
def test_a_one_character_clause_closing_an_explanation_line_is_found(clause_id: str) -> None:
    assert ci.find_ids(f"全面完成：2011-12-31 前完成（{clause_id}）", PATTERN) == {clause_id}
    assert ci.find_ids(f"（{clause_id}）推进服务机构规范化建设", PATTERN) == set()
