"""Every public result's explanation is pinned in a golden file an officer reviews.

Each public class with an ``explain()`` is listed with one typical instance, whose whole
explanation must appear in some file under ``tests/golden/``; a result class added to the
public API and not listed fails the last test, so no explanation goes unreviewed.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import hrss_policy as hp

from .builders import street_unit
from .test_naming_whole import BATCH
from .test_progress_laws import _city

D = dt.date
GOLDEN = Path(__file__).resolve().parent / "golden"
K = hp.UnitKind
SUO = "人力资源和社会保障服务所"


def _inspections() -> list[hp.Inspection]:
    return [hp.inspect_unit(street_unit(), as_of=D(2012, 9, 15))]


EXAMPLES: dict[str, Callable[[], Any]] = {
    "AgencyName": lambda: hp.agency_name_detail(K.DISTRICT_TOWN, "白蕉镇", district="斗门"),
    "AgencyNameBatch": lambda: hp.agency_names(BATCH),
    "AgencyNameCheck": lambda: hp.check_agency_name(
        K.DISTRICT_STREET, "拱北", f"珠海市香洲区拱北街道{SUO}", district="香洲"
    ),
    "AgencyNameParts": lambda: hp.parse_agency_name(f"珠海市香洲区拱北街道办事处{SUO}"),
    "CalendarMonth": lambda: hp.calendar_month(2024, 10),
    "CalendarQuarter": lambda: hp.calendar_quarter(2024, 3),
    "DayInfo": lambda: hp.day_info(D(2024, 10, 12)),
    "DistrictPaymentCheck": lambda: hp.check_district_payment([], 0),
    "Finding": lambda: hp.check_staffing(
        hp.street_staff_quota(45_000), 6, as_of=D(2012, 9, 15)
    ).findings[0],
    "InformatizationCheck": lambda: hp.check_informatization(hp.Level.COMMUNITY_VILLAGE, None),
    "Inspection": lambda: _inspections()[0],
    "Milestone": lambda: hp.plan_milestones()[0],
    "PremisesCheck": lambda: hp.check_premises(
        hp.UnitKind.DISTRICT_TOWN, None, as_of=D(2012, 9, 15)
    ),
    "Progress": lambda: hp.district_progress(_city(D(2012, 9, 15)), as_of=D(2012, 9, 15)),
    "ProgressBulletin": lambda: hp.progress_bulletin(_inspections(), as_of=D(2012, 9, 15)),
    "QuarterlyReport": lambda: hp.quarterly_report(2024, 3),
    "QuarterlyReportCheck": lambda: hp.check_quarterly_report(2024, 3, D(2024, 10, 13)),
    "Rollup": lambda: hp.rollup([]),
    "ServiceDeadline": lambda: hp.service_deadline(D(2026, 2, 13), 3),
    "ServicePracticeCheck": lambda: hp.check_service_practice(
        hp.Level.STREET_TOWN, hp.ServicePractice(trained_staff=3, certified_staff=3)
    ),
    "ServiceTimeLimitCheck": lambda: hp.check_service_time_limit(D(2026, 2, 13), 3, D(2026, 2, 26)),
    "StaffingCheck": lambda: hp.check_staffing(
        hp.street_staff_quota(45_000), 6, as_of=D(2012, 9, 15)
    ),
    "StaffingQuota": lambda: hp.street_staff_quota(45_000),
    "SubmissionRecord": lambda: hp.report_submissions(2024, 1, {}),
    "SubsidyBreakdown": lambda: hp.subsidy_for_months([], 3),
    "UnitProfile": lambda: hp.unit_profile(hp.Level.STREET_TOWN),
    "WorkingDaySpan": lambda: hp.quarterly_report(2024, 3).span,
    "WorkingFundsCheck": lambda: hp.check_working_funds(None),
}


def _golden_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(GOLDEN.rglob("*.txt")))


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_the_explanation_of_each_public_result_is_in_a_reviewed_golden_file(name):
    value = EXAMPLES[name]()
    assert type(value).__name__ == name
    assert value.explain() in _golden_text()


def test_every_public_result_with_an_explanation_has_an_example_here():
    results = {
        name
        for name in hp.__all__
        if inspect.isclass(getattr(hp, name))
        and callable(getattr(getattr(hp, name), "explain", None))
    }
    assert results == set(EXAMPLES)


def test_an_example_of_money_is_decimal_never_float():
    check = EXAMPLES["DistrictPaymentCheck"]()
    assert check.shortfall == Decimal("0.00")
