"""What the staffing rules of 三（一）5 refuse, and the words they refuse it with.

Each refusal names the argument at fault (``match=`` on its name and what is accepted), and
every message, in English and Chinese, is pinned in ``tests/golden/staffing/refusals.txt``.
"""

from __future__ import annotations

import datetime as dt

import pytest

import hrss_policy as hp

from .golden import assert_golden
from .render import assert_chinese_names_the_argument, refusal

STREET = hp.street_staff_quota(45_000)
STATION = hp.community_staff_quota(3_000)

CASES = {
    "negative recipients": (
        lambda: hp.street_staff_quota(-1),
        hp.PolicyError,
        r"^service_recipients must be an int ≥ 0, got -1$",
    ),
    "recipients above 2**53": (
        lambda: hp.community_staff_quota(2**53 + 1),
        hp.PolicyError,
        r"^service_recipients must be .*2\*\*53|^service_recipients must be .*9007199254740992",
    ),
    "recipients as a bool": (
        lambda: hp.street_staff_quota(True),
        TypeError,
        r"^service_recipients must be a whole number \(int\), got True \(bool\)$",
    ),
    "recipients as text": (
        lambda: hp.staff_quota(hp.Level.STREET_TOWN, "45000"),
        TypeError,
        r"^service_recipients must be a whole number \(int\), got '45000' \(str\)$",
    ),
    "a parameter set that is not one": (
        lambda: hp.street_staff_quota(1, params="PLAN_2011"),  # type: ignore[arg-type]
        TypeError,
        r"^params must be a PolicyParameters",
    ),
    "a kind given as text": (
        lambda: hp.staff_quota("village", 1),  # type: ignore[arg-type]
        TypeError,
        r"^kind must be a UnitKind or Level",
    ),
    "a quota that is not one": (
        lambda: hp.check_staffing(8, 8),  # type: ignore[arg-type]
        TypeError,
        r"^quota must be a StaffingQuota",
    ),
    "negative staff": (
        lambda: hp.check_staffing(STREET, -2),
        hp.PolicyError,
        r"^actual_staff must be an int ≥ 0, got -2$",
    ),
    "staff as a float": (
        lambda: hp.check_staffing(STREET, 8.0),  # type: ignore[arg-type]
        TypeError,
        r"^actual_staff must be a whole number \(int\), got 8\.0 \(float\)$",
    ),
    "an approval given as 1": (
        lambda: hp.check_staffing(STREET, 8, extra_approved=1),  # type: ignore[arg-type]
        TypeError,
        r"^extra_approved must be",
    ),
    "a roster count below zero": (
        lambda: hp.check_staffing(STATION, 1, coordinators=-1),
        hp.PolicyError,
        r"^coordinators must be an int ≥ 0, got -1$",
    ),
    "a full-time count below zero": (
        lambda: hp.check_staffing(STATION, 1, full_time_coordinators=-1),
        hp.PolicyError,
        r"^full_time_coordinators must be an int ≥ 0, got -1$",
    ),
    "full-time coordinators as text": (
        lambda: hp.check_staffing(STATION, 1, full_time_coordinators="1"),  # type: ignore[arg-type]
        TypeError,
        r"^full_time_coordinators must be a whole number \(int\), got '1' \(str\)$",
    ),
    "a filing given as 是": (
        lambda: hp.check_staffing(STATION, 1, filed="是"),  # type: ignore[arg-type]
        TypeError,
        r"^filed must be",
    ),
    "an inspection date as text": (
        lambda: hp.check_staffing(STREET, 8, as_of="2012-09-15"),  # type: ignore[arg-type]
        TypeError,
        r"^as_of must be a datetime\.date",
    ),
    "station evidence for a street agency": (
        lambda: hp.check_staffing(STREET, 8, filed=True),
        hp.PolicyError,
        r"^coordinators, full_time_coordinators and filed are evidence for a "
        r"community/village station only; leave them None for a street/town agency$",
    ),
    "a roster count for a street agency": (
        lambda: hp.check_staffing(STREET, 8, coordinators=8),
        hp.PolicyError,
        r"^coordinators, full_time_coordinators and filed are evidence",
    ),
    "full-time count for a street agency": (
        lambda: hp.check_staffing(STREET, 8, full_time_coordinators=0),
        hp.PolicyError,
        r"^coordinators, full_time_coordinators and filed are evidence",
    ),
    "more full-time coordinators than coordinators": (
        lambda: hp.check_staffing(STATION, 1, coordinators=1, full_time_coordinators=2),
        hp.PolicyError,
        r"^full_time_coordinators=2 is more than coordinators=1$",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_refusal_names_the_argument_at_fault(case):
    call, error, pattern = CASES[case]
    with pytest.raises(error, match=pattern) as info:
        call()
    assert_chinese_names_the_argument(info.value)


def test_as_many_full_time_coordinators_as_coordinators_is_accepted():
    check = hp.check_staffing(STATION, 1, coordinators=1, full_time_coordinators=1)
    assert check.passed is False  # the filing was not reported
    assert [f.status for f in check.findings[:2]] == [hp.Status.MET, hp.Status.MET]


def test_an_inspection_date_may_be_any_date_the_check_stamps_on_its_findings():
    day = dt.date(2030, 1, 1)
    assert {f.as_of for f in hp.check_staffing(STATION, 1, as_of=day).findings} == {day}


def test_the_staffing_refusals_read_as_pinned_for_review():
    text = "\n\n".join(f"## {name}\n{refusal(call)}" for name, (call, _, _) in CASES.items())
    assert_golden("staffing/refusals", text)
