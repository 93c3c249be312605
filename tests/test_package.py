"""The package as a whole: its surface, its registry, its parameters, its import cost."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

import hrss_policy as hp


def test_every_name_in_all_is_importable_and_nothing_is_listed_twice():
    assert len(hp.__all__) == len(set(hp.__all__))
    for name in hp.__all__:
        assert hasattr(hp, name), name


def test_the_version_is_a_string():
    assert isinstance(hp.__version__, str)
    assert hp.__version__.count(".") >= 2


def test_importing_the_package_does_not_import_holidays_or_dateutil():
    code = "import sys, hrss_policy; print(sorted(m for m in sys.modules if m.split('.')[0] in ('holidays', 'dateutil', 'xlwings')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_policy_error_is_a_value_error():
    for exc in (
        hp.PolicyError,
        hp.NotApplicableError,
        hp.CalendarNotConfirmedError,
        hp.CalendarDataError,
    ):
        assert issubclass(exc, ValueError)
        assert issubclass(exc, hp.PolicyError)


# -- the clause registry --------------------------------------------------------------


@pytest.mark.parametrize(
    "clause_id",
    [
        "二",
        "三（一）1",
        "三（一）2",
        "三（一）3",
        "三（一）4",
        "三（一）5",
        "三（二）",
        "三（三）",
        "三（四）",
        "三（五）",
        "四（一）",
        "四（二）",
    ],
)
def test_the_registry_holds_every_clause_the_rules_cite(clause_id):
    c = hp.clause(clause_id)
    assert c.id == clause_id
    assert c.title
    assert len(c.text) > 20


def test_clause_texts_are_the_document_s_own_words():
    assert "每6000名服务对象配备1名工作人员" in hp.clause("三（一）5").text
    assert "服务对象超过8000人的社区（村）" in hp.clause("三（一）5").text
    assert "按规定不得领取兼职报酬" in hp.clause("三（五）").text
    assert "在每个季度结束后5个工作日内" in hp.clause("四（二）").text
    assert "原则上不少于300平方米" in hp.clause("三（二）").text
    assert "珠海市XX区XX街道办事处（镇）人力资源和社会保障服务所" in hp.clause("三（一）4").text


@pytest.mark.parametrize("clause_id", list(hp.CLAUSES))
def test_every_clause_text_is_an_exact_substring_of_the_shipped_document(clause_id):
    assert hp.clause(clause_id).text in hp.document_text()


@pytest.mark.parametrize("clause_id", ["三（一）5", "三（二）", "三（五）"])
def test_a_clause_spanning_two_paragraphs_keeps_its_paragraph_break(clause_id):
    first, second = hp.clause(clause_id).text.split("\n\n")
    assert first
    assert second


def test_the_shipped_document_is_the_policy_the_project_implements():
    shared = Path(__file__).resolve().parents[2] / "shared" / "policy" / "000_b1f610bcbebb8112.txt"
    if shared.exists():  # the source beside the checkout, as CI lays it out
        assert shared.read_text(encoding="utf-8") == hp.document_text()
    assert "关于加强乡镇街道人力资源社会保障公共服务平台建设的实施方案" in hp.document_text()


def test_every_public_function_declares_only_clauses_that_exist():
    import inspect

    for name in hp.__all__:
        value = getattr(hp, name)
        if inspect.isfunction(value):
            assert set(hp.cited(value)) <= set(hp.CLAUSES), name


def test_the_rule_functions_cite_the_clause_they_implement():
    assert hp.cited(hp.street_staff_quota) == ("三（一）5",)
    assert hp.cited(hp.check_premises) == ("三（二）",)
    assert hp.cited(hp.check_informatization) == ("三（三）",)
    assert hp.cited(hp.check_service_practice) == ("三（四）",)
    assert hp.cited(hp.progress_bulletin) == ("四（二）",)
    assert hp.cited(hp.is_working_day) == ()  # a tool the rules use, not a rule


def test_the_registry_pickles_and_copies():
    import copy
    import pickle

    assert dict(pickle.loads(pickle.dumps(hp.CLAUSES))) == dict(hp.CLAUSES)
    assert dict(copy.deepcopy(hp.CLAUSES)) == dict(hp.CLAUSES)


def test_clause_ids_are_in_document_order():
    assert list(hp.CLAUSES)[:4] == ["一", "二", "三（一）", "三（一）1"]
    assert list(hp.CLAUSES)[-1] == "四（二）"


def test_an_unknown_clause_is_refused_and_a_half_width_bracket_is_pointed_out():
    with pytest.raises(hp.PolicyError, match="full-width brackets"):
        hp.clause("三(五)")
    with pytest.raises(hp.PolicyError, match="known ids"):
        hp.clause("五")
    with pytest.raises(TypeError, match=r"^clause_id must be a str, got 5 \(int\)$"):
        hp.clause(5)


def test_the_registry_cannot_be_changed():
    with pytest.raises(TypeError):
        hp.CLAUSES["五"] = hp.CLAUSES["四（二）"]  # type: ignore[index]


# -- the parameter set ---------------------------------------------------------------


def test_the_2011_plan_is_dated_the_day_the_notice_was_issued():
    assert hp.PLAN_2011.effective_from == dt.date(2011, 11, 23)
    assert "2011年11月23日" in hp.PLAN_2011.source


def test_every_number_of_the_plan_is_in_the_parameter_set_with_its_clause():
    info = hp.PLAN_2011.info()
    expected = {
        "street_recipients_per_staff": (6000, "三（一）5"),
        "community_extra_staff_threshold": (8000, "三（一）5"),
        "community_full_time_staff": (1, "三（一）5"),
        "city_subsidy_full_time": (Decimal("1000.00"), "三（五）"),
        "district_minimum_full_time": (Decimal("1000.00"), "三（五）"),
        "city_subsidy_part_time": (Decimal("800.00"), "三（五）"),
        "district_minimum_part_time": (Decimal("800.00"), "三（五）"),
        "street_minimum_floor_area_m2": (300, "三（二）"),
        "report_working_days": (5, "四（二）"),
        "renaming_due": (dt.date(2011, 12, 31), "三（一）4"),
        "staffing_due": (dt.date(2012, 6, 30), "三（一）5"),
        "premises_due": (dt.date(2012, 8, 31), "三（二）"),
    }
    for name, (value, clause_id) in expected.items():
        assert (info[name].value, info[name].clause) == (value, clause_id), name


def test_every_parameter_cites_a_clause_that_exists():
    for info in hp.PLAN_2011.info().values():
        assert info.clause in hp.CLAUSES
        assert info.description


@pytest.mark.reading(id="R1")
def test_adopted_readings_are_flagged_as_such():
    info = hp.PLAN_2011.info()
    assert info["staff_rounding"].adopted_reading
    assert info["street_minimum_staff"].adopted_reading
    assert not info["street_recipients_per_staff"].adopted_reading


def test_the_parameter_set_is_immutable_and_amended_by_evolve():
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        hp.PLAN_2011.street_recipients_per_staff = 1  # type: ignore[misc]
    amended = attrs.evolve(hp.PLAN_2011, community_extra_staff_threshold=5000)
    assert amended.community_extra_staff_threshold == 5000
    assert hp.PLAN_2011.community_extra_staff_threshold == 8000


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("street_recipients_per_staff", 0, hp.PolicyError),
        ("street_recipients_per_staff", 6000.0, TypeError),
        ("street_recipients_per_staff", True, TypeError),
        ("city_subsidy_full_time", Decimal("-1"), hp.PolicyError),
        ("city_subsidy_full_time", 1000.0, TypeError),
        ("city_subsidy_full_time", Decimal("1000.004"), hp.PolicyError),
        ("staff_rounding", "ceiling", TypeError),
        ("first_report_quarter", 5, hp.PolicyError),
        ("staffing_due", dt.datetime(2012, 6, 30), TypeError),
    ],
)
def test_an_amended_parameter_set_is_validated(field, value, error):
    with pytest.raises(error, match=rf"^{field} must be "):
        attrs.evolve(hp.PLAN_2011, **{field: value})


def test_amounts_given_with_fewer_places_are_stored_to_the_fen():
    amended = attrs.evolve(hp.PLAN_2011, city_subsidy_full_time=Decimal("1200"))
    assert str(amended.city_subsidy_full_time) == "1200.00"


def test_clause_of_names_the_source_of_a_parameter():
    assert hp.PLAN_2011.clause_of("report_working_days") == "四（二）"
    with pytest.raises(hp.PolicyError, match="no parameter"):
        hp.PLAN_2011.clause_of("nope")


def test_unit_kinds_are_found_by_name_or_chinese_label():
    assert hp.UnitKind.from_label(" DISTRICT_STREET ") is hp.UnitKind.DISTRICT_STREET
    assert hp.UnitKind.from_label("社区") is hp.UnitKind.COMMUNITY
    with pytest.raises(hp.PolicyError, match="accepted"):
        hp.UnitKind.from_label("district_street")
    with pytest.raises(
        TypeError, match=r"^label \(unit kind\) must be a str, got None \(NoneType\)$"
    ):
        hp.UnitKind.from_label(None)


def test_the_typed_imports_of_the_package_are_generated_from_the_public_table():
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parent.parent / "scripts" / "sync_public.py"
    done = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert set(hp.__all__) == set(hp._SOURCES) | {"__version__"}


def test_the_package_exports_exactly_the_public_modules_all_and_no_name_twice():
    import importlib

    names = [
        name
        for module in hp.PUBLIC_MODULES
        for name in importlib.import_module(f"hrss_policy.{module}").__all__
    ]
    assert len(names) == len(set(names))
    assert sorted(names) == sorted(set(hp.__all__) - {"__version__"})


def test_every_exported_name_comes_from_the_module_the_table_names():
    import importlib

    for name, module in hp._SOURCES.items():
        assert getattr(hp, name) is getattr(importlib.import_module(f"hrss_policy.{module}"), name)


def test_an_unknown_attribute_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'street_quota'"):
        hp.street_quota  # noqa: B018


def test_star_import_gives_every_public_name():
    namespace: dict[str, object] = {}
    exec("from hrss_policy import *", namespace)
    assert set(hp.__all__) <= set(namespace)
