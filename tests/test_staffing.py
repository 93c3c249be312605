"""Staffing quotas of 三（一）5, as a policy officer would state them."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp

from . import strategies as s

# -- worked examples -------------------------------------------------------------------


def test_a_street_with_45000_recipients_gets_8_staff_because_7_5_rounds_up():
    q = hp.street_staff_quota(45_000)
    assert q.staff == 8
    assert q.level is hp.Level.STREET_TOWN
    assert q.clauses == ("三（一）5",)
    assert "45000 ÷ 6000 = 7.5，向上取整 → 8 人" in q.explain()


def test_a_street_with_exactly_6000_recipients_gets_exactly_1_worker():
    assert hp.street_staff_quota(6_000).staff == 1


def test_a_street_with_6001_recipients_needs_a_second_worker():
    assert hp.street_staff_quota(6_001).staff == 2


def test_a_street_with_no_recipients_is_still_staffed_by_one_worker():
    q = hp.street_staff_quota(0)
    assert q.staff == 1
    assert "不少于 1 人" in q.explain()


def test_an_inexact_ratio_is_shown_as_approximate_in_the_explanation():
    assert "10000 ÷ 6000 ≈ 1.67，向上取整 → 2 人" in hp.street_staff_quota(10_000).explain()


def test_floor_rounding_is_a_choice_the_caller_can_make():
    floor = attrs.evolve(hp.PLAN_2011, staff_rounding=hp.Rounding.FLOOR)
    q = hp.street_staff_quota(45_000, params=floor)
    assert q.staff == 7
    assert "向下取整 → 7 人" in q.explain()


def test_half_up_rounding_rounds_a_half_up_and_less_than_a_half_down():
    half = attrs.evolve(hp.PLAN_2011, staff_rounding=hp.Rounding.HALF_UP)
    assert hp.street_staff_quota(45_000, params=half).staff == 8
    assert hp.street_staff_quota(44_999, params=half).staff == 7


def test_an_amended_ratio_is_used_in_both_the_figure_and_the_explanation():
    amended = attrs.evolve(hp.PLAN_2011, street_recipients_per_staff=5000)
    q = hp.street_staff_quota(45_000, params=amended)
    assert q.staff == 9
    assert "每5000名服务对象" in q.explain()


def test_a_street_agency_may_ask_the_district_for_extra_staff_without_new_posts():
    route = hp.street_staff_quota(45_000).extra_staff
    assert route is not None
    assert route.approver == "区政府（管委会）"
    assert route.no_new_posts is True
    assert "政府购买服务" in route.funding


def test_a_community_station_gets_one_full_time_worker_in_principle():
    q = hp.community_staff_quota(3_000)
    assert q.staff == 1
    assert q.extra_staff_allowed is False
    assert q.extra_staff is None
    assert q.level is hp.Level.COMMUNITY_VILLAGE


def test_a_community_of_9000_may_ask_for_extra_staff_but_no_count_is_invented():
    q = hp.community_staff_quota(9_000)
    assert (q.staff, q.extra_staff_allowed) == (1, True)
    assert q.extra_staff is not None
    assert q.extra_staff.applicant == "街道（镇）"
    assert q.extra_staff.approver == "区政府（管委会）"


def test_a_community_of_exactly_8000_may_not_ask_for_extra_staff():
    assert hp.community_staff_quota(8_000).extra_staff_allowed is False
    assert hp.community_staff_quota(8_001).extra_staff_allowed is True


def test_community_staffing_is_filed_with_the_city_employment_service_centre():
    assert "市劳动就业服务中心备案" in (hp.community_staff_quota(100).filing or "")


def test_staffing_is_due_by_the_end_of_june_2012():
    assert hp.street_staff_quota(1).staffed_by.isoformat() == "2012-06-30"


def test_staff_quota_chooses_the_rule_by_the_level_of_the_unit_kind():
    for kind in hp.UnitKind:
        q = hp.staff_quota(kind, 45_000)
        assert q.level is kind.level
        assert q.staff == (8 if kind.level is hp.Level.STREET_TOWN else 1)


# -- checking actual staff -----------------------------------------------------------


def test_six_staff_against_a_quota_of_eight_is_a_shortfall_of_two():
    check = hp.check_staffing(hp.street_staff_quota(45_000), 6)
    assert check.status is hp.StaffingStatus.SHORTFALL
    assert check.difference == -2
    assert check.is_finding
    assert "缺 2 人" in check.explain()


def test_staff_at_quota_is_not_a_finding():
    check = hp.check_staffing(hp.street_staff_quota(45_000), 8)
    assert check.status is hp.StaffingStatus.AT_QUOTA
    assert not check.is_finding


def test_extra_staff_with_a_recorded_approval_is_not_a_finding():
    check = hp.check_staffing(hp.street_staff_quota(45_000), 10, extra_approved=True)
    assert check.status is hp.StaffingStatus.ABOVE_APPROVED
    assert not check.is_finding


def test_extra_staff_without_an_approval_is_a_finding():
    check = hp.check_staffing(hp.community_staff_quota(9_000), 2)
    assert check.status is hp.StaffingStatus.ABOVE_UNAPPROVED
    assert check.is_finding


def test_an_approval_cannot_be_recorded_for_a_small_community():
    with pytest.raises(hp.PolicyError, match="no route to extra staff"):
        hp.check_staffing(hp.community_staff_quota(8_000), 2, extra_approved=True)


def test_a_small_community_above_its_quota_is_told_it_does_not_qualify():
    check = hp.check_staffing(hp.community_staff_quota(500), 2)
    assert "不符合增加人员的条件" in check.explain()


# -- bad input -------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [True, False, 45_000.0, 45_000.5, "45000", None, [45_000]])
def test_recipients_that_are_not_an_int_are_refused_with_a_type_error(bad):
    for rule in (hp.street_staff_quota, hp.community_staff_quota):
        with pytest.raises(TypeError, match="service_recipients must be a whole number"):
            rule(bad)


def test_negative_recipients_are_refused_naming_the_value():
    with pytest.raises(hp.PolicyError, match=r"service_recipients must be an int ≥ 0, got -1"):
        hp.street_staff_quota(-1)


def test_a_policy_error_is_a_value_error():
    with pytest.raises(ValueError):  # noqa: PT011 - the base class is the point
        hp.community_staff_quota(-5)


def test_actual_staff_must_be_a_count():
    q = hp.street_staff_quota(100)
    with pytest.raises(TypeError):
        hp.check_staffing(q, 2.0)
    with pytest.raises(hp.PolicyError):
        hp.check_staffing(q, -1)
    with pytest.raises(TypeError):
        hp.check_staffing(q, 1, extra_approved=1)
    with pytest.raises(TypeError):
        hp.check_staffing("quota", 1)


def test_staff_quota_refuses_a_kind_given_as_text():
    with pytest.raises(TypeError, match="kind must be a UnitKind"):
        hp.staff_quota("DISTRICT_STREET", 100)


def test_a_quota_is_immutable():
    q = hp.street_staff_quota(100)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        q.staff = 99


# -- laws ------------------------------------------------------------------------------


@given(s.recipients, s.recipients)
def test_the_street_quota_never_decreases_as_recipients_grow(a, b):
    low, high = sorted((a, b))
    assert hp.street_staff_quota(low).staff <= hp.street_staff_quota(high).staff


@given(s.recipients, s.parameter_sets)
def test_under_every_rounding_the_quota_never_decreases_as_recipients_grow(n, params):
    assert (
        hp.street_staff_quota(n, params=params).staff
        <= hp.street_staff_quota(n + 1, params=params).staff
    )


@given(s.recipients)
def test_under_ceiling_the_quota_covers_every_recipient_with_less_than_one_block_spare(n):
    staff = hp.street_staff_quota(n).staff
    assert staff * 6000 >= n
    assert staff >= 1
    if n > 0:
        assert (staff - 1) * 6000 < n


@given(s.recipients)
def test_floor_never_exceeds_half_up_never_exceeds_ceiling(n):
    quotas = [
        hp.street_staff_quota(n, params=attrs.evolve(hp.PLAN_2011, staff_rounding=r)).staff
        for r in (hp.Rounding.FLOOR, hp.Rounding.HALF_UP, hp.Rounding.CEILING)
    ]
    assert quotas == sorted(quotas)


@given(s.recipients)
def test_a_community_may_ask_for_extra_staff_exactly_when_it_has_more_than_8000(n):
    q = hp.community_staff_quota(n)
    assert q.extra_staff_allowed == (n > 8000)
    assert (q.extra_staff is not None) == q.extra_staff_allowed
    assert q.staff == 1


@given(s.recipients, st.integers(min_value=0, max_value=500))
def test_the_staffing_check_difference_is_actual_minus_quota(n, actual):
    check = hp.check_staffing(hp.street_staff_quota(n), actual)
    assert check.difference == actual - check.quota.staff
    assert check.is_finding == (actual != check.quota.staff)


@given(s.not_counts)
def test_nothing_but_an_int_is_a_count_of_recipients(bad):
    with pytest.raises(TypeError):
        hp.street_staff_quota(bad)


@given(s.recipients)
def test_every_quota_cites_a_clause_in_the_registry(n):
    for q in (hp.street_staff_quota(n), hp.community_staff_quota(n)):
        assert q.clauses
        assert all(c in hp.CLAUSES for c in q.clauses)


def test_the_largest_accepted_count_still_gets_an_exact_quota():
    n = 2**53  # the largest whole number a spreadsheet holds exactly
    q = hp.street_staff_quota(n)
    assert q.staff == n // 6000 + 1


def test_a_count_beyond_the_documented_bound_is_refused_naming_the_argument():
    with pytest.raises(
        hp.PolicyError, match=r"service_recipients must be at most 9007199254740992"
    ):
        hp.street_staff_quota(10**40)


@given(st.integers(min_value=0, max_value=10**60), st.integers(min_value=1, max_value=10**6))
def test_each_rounding_rule_agrees_with_exact_fraction_arithmetic(n, per):
    import math
    from fractions import Fraction

    exact = Fraction(n, per)
    assert hp.Rounding.CEILING.divide(n, per) == math.ceil(exact)
    assert hp.Rounding.FLOOR.divide(n, per) == math.floor(exact)
    assert hp.Rounding.HALF_UP.divide(n, per) == math.floor(exact + Fraction(1, 2))
