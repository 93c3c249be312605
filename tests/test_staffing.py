"""Staffing quotas of 三（一）5, as a policy officer would state them."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp

from . import strategies as s
from .golden import assert_golden

# -- worked examples -------------------------------------------------------------------


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.reading(id="R1")
def test_a_street_with_45000_recipients_gets_8_staff_because_7_5_rounds_up():
    q = hp.street_staff_quota(45_000)
    assert q.staff == 8
    assert q.level is hp.Level.STREET_TOWN
    assert q.clauses == ("三（一）5",)
    assert "45000 ÷ 6000 = 7.5，向上取整，定额为8人。" in q.explain()


@pytest.mark.requirement(id="staffing.quota")
def test_a_street_with_exactly_6000_recipients_gets_exactly_1_worker():
    assert hp.street_staff_quota(6_000).staff == 1


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.reading(id="R1")
def test_a_street_with_6001_recipients_needs_a_second_worker():
    assert hp.street_staff_quota(6_001).staff == 2


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.reading(id="R1")
def test_a_street_with_no_recipients_is_still_staffed_by_one_worker():
    q = hp.street_staff_quota(0)
    assert (q.staff, q.rounded) == (1, 0)
    assert "得0人；机构已设立，至少配备1人（本库解读R1：" in q.explain()
    assert q.explain().splitlines()[1].endswith("），定额为1人。")


@pytest.mark.requirement(id="staffing.quota")
def test_a_ratio_that_is_not_a_short_decimal_is_shown_approximately_never_as_a_whole():
    assert "10000 ÷ 6000 ≈ 1.67，向上取整，定额为2人。" in hp.street_staff_quota(10_000).explain()
    assert "6001 ÷ 6000 ≈ 1.0002，向上取整，定额为2人。" in hp.street_staff_quota(6_001).explain()
    assert "2000 ÷ 6000 ≈ 0.33，向上取整，定额为1人。" in hp.street_staff_quota(2_000).explain()


@pytest.mark.requirement(id="staffing.quota")
def test_an_exact_ratio_names_no_rounding():
    assert "12000 ÷ 6000 = 2，定额为2人。" in hp.street_staff_quota(12_000).explain()


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.reading(id="R1")
def test_the_explanation_never_shows_a_ratio_that_contradicts_the_rounding():
    floor = attrs.evolve(hp.PLAN_2011, staff_rounding=hp.Rounding.FLOOR)
    half = attrs.evolve(hp.PLAN_2011, staff_rounding=hp.Rounding.HALF_UP)
    assert (
        "11999 ÷ 6000 ≈ 1.9998，向下取整，定额为1人。"
        in hp.street_staff_quota(11_999, params=floor).explain()
    )
    assert (
        "2999 ÷ 6000 ≈ 0.4998，四舍五入，得0人"
        in hp.street_staff_quota(2_999, params=half).explain()
    )


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.reading(id="R1")
def test_floor_rounding_is_a_choice_the_caller_can_make():
    floor = attrs.evolve(hp.PLAN_2011, staff_rounding=hp.Rounding.FLOOR)
    q = hp.street_staff_quota(45_000, params=floor)
    assert q.staff == 7
    assert "向下取整，定额为7人。" in q.explain()


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.reading(id="R1")
def test_half_up_rounding_rounds_a_half_up_and_less_than_a_half_down():
    half = attrs.evolve(hp.PLAN_2011, staff_rounding=hp.Rounding.HALF_UP)
    assert hp.street_staff_quota(45_000, params=half).staff == 8
    assert hp.street_staff_quota(44_999, params=half).staff == 7


@pytest.mark.requirement(id="staffing.quota")
def test_an_amended_ratio_is_used_in_both_the_figure_and_the_explanation():
    amended = attrs.evolve(hp.PLAN_2011, street_recipients_per_staff=5000)
    q = hp.street_staff_quota(45_000, params=amended)
    assert q.staff == 9
    assert "每5000名服务对象" in q.explain()


@pytest.mark.requirement(id="staffing.extra_approval")
def test_a_street_agency_may_ask_the_district_for_extra_staff_without_new_posts():
    route = hp.street_staff_quota(45_000).extra_staff
    assert route is not None
    assert route.approver == "区政府（管委会）"
    assert route.no_new_posts is True
    assert "政府购买服务" in route.funding


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.reading(id="R2")
def test_a_community_station_gets_one_full_time_worker_in_principle():
    q = hp.community_staff_quota(3_000)
    assert q.staff == 1
    assert q.extra_staff_allowed is False
    assert q.extra_staff is None
    assert q.level is hp.Level.COMMUNITY_VILLAGE


@pytest.mark.requirement(id="staffing.extra_approval")
@pytest.mark.reading(id="R2")
def test_a_community_of_9000_may_ask_for_extra_staff_but_no_count_is_invented():
    q = hp.community_staff_quota(9_000)
    assert (q.staff, q.extra_staff_allowed) == (1, True)
    assert q.extra_staff is not None
    assert q.extra_staff.applicant == "街道（镇）"
    assert q.extra_staff.approver == "区政府（管委会）"


@pytest.mark.requirement(id="staffing.extra_approval")
@pytest.mark.reading(id="R2")
def test_a_community_of_exactly_8000_may_not_ask_for_extra_staff():
    assert hp.community_staff_quota(8_000).extra_staff_allowed is False
    assert hp.community_staff_quota(8_001).extra_staff_allowed is True


@pytest.mark.requirement(id="staffing.filing")
def test_community_staffing_is_filed_with_the_city_employment_service_centre():
    assert "市劳动就业服务中心备案" in (hp.community_staff_quota(100).filing or "")


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.reading(id="R7")
def test_staffing_is_due_by_the_end_of_june_2012():
    q = hp.street_staff_quota(1)
    assert q.due.isoformat() == "2012-06-30"
    assert "工作人员应于2012年6月30日前配备到位。" in q.explain()


@pytest.mark.requirement(id="staffing.quota")
def test_staff_quota_chooses_the_rule_by_the_level_of_the_unit_kind():
    for kind in hp.UnitKind:
        q = hp.staff_quota(kind, 45_000)
        assert q.level is kind.level
        assert q.staff == (8 if kind.level is hp.Level.STREET_TOWN else 1)


# -- checking actual staff -----------------------------------------------------------


@pytest.mark.requirement(id="staffing.quota")
def test_six_staff_against_a_quota_of_eight_is_a_shortfall_of_two():
    check = hp.check_staffing(hp.street_staff_quota(45_000), 6)
    assert check.status is hp.StaffingStatus.SHORTFALL
    assert check.difference == -2
    assert not check.passed
    (f,) = check.findings
    assert (f.requirement, f.status) == ("staffing.quota", hp.Status.NOT_MET)
    assert str(f) == (
        "【不达标】实有工作人员6人，低于定额8人，缺2人，依据三（一）5应于2012年6月30日前配备到位。"
    )


@pytest.mark.requirement(id="staffing.quota")
def test_staff_at_quota_is_not_a_finding():
    check = hp.check_staffing(hp.street_staff_quota(45_000), 8)
    assert check.status is hp.StaffingStatus.AT_QUOTA
    assert check.passed
    assert [f.requirement for f in check.findings] == ["staffing.quota"]


@pytest.mark.requirement(id="staffing.extra_approval")
def test_extra_staff_with_a_recorded_approval_meets_the_approval_requirement():
    check = hp.check_staffing(hp.street_staff_quota(45_000), 10, extra_approved=True)
    assert check.status is hp.StaffingStatus.ABOVE_APPROVED
    assert check.passed
    approval = check.findings[1]
    assert approval.requirement == "staffing.extra_approval"
    assert "超出定额2人，已经区政府（管委会）批准" in str(approval)


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.requirement(id="staffing.extra_approval")
@pytest.mark.reading(id="R11")
def test_extra_staff_without_an_approval_is_a_finding_that_approval_is_to_be_sought():
    check = hp.check_staffing(hp.street_staff_quota(45_000), 10, extra_approved=False)
    assert check.status is hp.StaffingStatus.ABOVE_UNAPPROVED
    quota, approval = check.findings
    assert quota.status is hp.Status.MET  # the staffing standard itself is met (R11)
    assert approval.status is hp.Status.NOT_MET
    assert "应由街道（镇）报请区政府（管委会）批准" in str(approval)


@pytest.mark.requirement(id="staffing.extra_approval")
@pytest.mark.reading(id="R11")
def test_over_quota_without_approval_can_be_read_as_a_note_only():
    note = attrs.evolve(hp.PLAN_2011, over_quota_unapproved=hp.OverQuota.NOTE)
    check = hp.check_staffing(hp.street_staff_quota(45_000, params=note), 10, extra_approved=False)
    assert check.passed
    assert check.findings[1].note == "超出定额的人员应由街道（镇）报请区政府（管委会）批准"


@pytest.mark.requirement(id="staffing.extra_approval")
def test_extra_staff_whose_approval_was_not_reported_is_unverified_never_unapproved():
    check = hp.check_staffing(hp.street_staff_quota(45_000), 9, as_of=dt.date(2012, 9, 1))
    assert check.status is hp.StaffingStatus.ABOVE_APPROVAL_UNREPORTED
    assert check.extra_approved is None
    assert str(check.findings[1]) == (
        "【未核实】实有工作人员超出定额，未报送是否经区政府（管委会）批准，无法核实，"
        "依据三（一）5应于2012年6月30日前完成。"
    )


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.reading(id="R21")
def test_a_part_time_coordinator_does_not_count_against_a_station_s_quota():
    """R21: 三（五） funds 兼职协理员 by name; they are not the station's 新增人员."""
    check = hp.check_staffing(hp.community_staff_quota(3_000), 2, coordinators=2,
                              full_time_coordinators=1, filed=True, as_of=dt.date(2012, 9, 1))  # fmt: skip
    assert (check.status, check.counted_staff, check.part_time_beside) == (
        hp.StaffingStatus.AT_QUOTA,
        1,
        1,
    )
    assert [f.requirement for f in check.findings] == [
        "staffing.quota", "staffing.full_time", "staffing.filing"
    ]  # fmt: skip
    assert str(check.findings[0]) == (
        "【达标】实有工作人员专职1人（另有兼职协理员1人不计入定额，本库解读R21：社区村服务机构只按专职人员对照定额，兼职协理员另列不计入），"
        "达到定额1人，依据三（一）5。"
    )


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.reading(id="R21")
def test_counting_every_head_is_the_alternative_reading_of_who_counts():
    heads = attrs.evolve(hp.PLAN_2011, station_staff_counted=hp.StaffCounted.ALL_HEADS)
    check = hp.check_staffing(hp.community_staff_quota(3_000, params=heads), 2, coordinators=2,
                              full_time_coordinators=1, filed=True)  # fmt: skip
    assert (check.status, check.counted_staff) == (hp.StaffingStatus.ABOVE_NOT_ALLOWED, 2)


@pytest.mark.requirement(id="staffing.extra_approval")
@pytest.mark.reading(id="R11")
@pytest.mark.reading(id="R2")
def test_a_small_station_above_its_quota_has_more_staff_than_the_plan_allows():
    check = hp.check_staffing(hp.community_staff_quota(500), 2, coordinators=2,
                              full_time_coordinators=2, filed=True)  # fmt: skip
    assert check.status is hp.StaffingStatus.ABOVE_NOT_ALLOWED
    approval = check.findings[1]
    assert approval.status is hp.Status.NOT_MET
    assert "服务对象500人未超过8000人，不得增加人员，依据三（一）5，超出部分应于" in str(approval)
    assert str(approval).endswith("2012年6月30日前调整。")


@pytest.mark.requirement(id="staffing.extra_approval")
@pytest.mark.reading(id="R2")
def test_an_approval_recorded_for_a_small_station_at_quota_is_a_note_not_an_error():
    check = hp.check_staffing(hp.community_staff_quota(8_000), 1, extra_approved=True)
    assert check.notes == (
        "记录了增加人员的批准，但服务对象8000人未超过8000人，不具备增加人员的条件",
    )


@pytest.mark.reading(id="R8")
@pytest.mark.requirement(id="staffing.full_time")
@pytest.mark.reading(id="R12")
def test_a_station_without_a_full_time_coordinator_falls_short_of_one_full_time_worker():
    check = hp.check_staffing(hp.community_staff_quota(3_000), 1, coordinators=1,
                              full_time_coordinators=0, filed=True)  # fmt: skip
    full_time = check.findings[1]
    assert full_time.requirement == "staffing.full_time"
    assert str(full_time) == (
        "【不达标】未配备专职协理员，未达到原则上配备1名专职工作人员的标准，"
        "依据三（一）5应于2012年6月30日前配备到位。"
    )


@pytest.mark.requirement(id="staffing.quota")
def test_a_station_s_actual_staff_that_contradict_its_roster_is_unverified_not_guessed():
    check = hp.check_staffing(hp.community_staff_quota(3_000), 3, coordinators=2,
                              full_time_coordinators=1)  # fmt: skip
    assert check.status is hp.StaffingStatus.UNVERIFIED
    assert "实有人数3人与协理员名册2人不一致" in str(check.findings[0])


@pytest.mark.requirement(id="staffing.quota")
def test_a_station_s_roster_stands_for_its_staff_when_no_count_is_reported():
    check = hp.check_staffing(hp.community_staff_quota(3_000), None, coordinators=1,
                              full_time_coordinators=1, filed=True)  # fmt: skip
    assert check.actual_staff == 1
    assert check.passed


@pytest.mark.requirement(id="staffing.filing")
def test_a_station_s_filing_with_the_employment_service_centre_is_checked():
    check = hp.check_staffing(hp.community_staff_quota(3_000), 1, coordinators=1,
                              full_time_coordinators=1, filed=False)  # fmt: skip
    assert "未由区人力资源社会保障部门报市劳动就业服务中心备案" in str(check.findings[-1])


def test_station_evidence_is_refused_for_a_street_agency():
    with pytest.raises(hp.PolicyError, match="community/village station only"):
        hp.check_staffing(hp.street_staff_quota(100), 1, filed=True)


# -- bad input -------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [True, False, 45_000.0, 45_000.5, "45000", None, [45_000]])
def test_recipients_that_are_not_an_int_are_refused_with_a_type_error(bad):
    for rule in (hp.street_staff_quota, hp.community_staff_quota):
        with pytest.raises(TypeError, match="service_recipients must be a whole number"):
            rule(bad)


def test_negative_recipients_are_refused_naming_the_value():
    with pytest.raises(hp.PolicyError, match=r"service_recipients must be an int ≥ 0, got -1"):
        hp.street_staff_quota(-1)


def test_actual_staff_must_be_a_count():
    q = hp.street_staff_quota(100)
    with pytest.raises(TypeError, match="actual_staff must be a whole number"):
        hp.check_staffing(q, 2.0)
    with pytest.raises(hp.PolicyError, match="actual_staff must be an int ≥ 0"):
        hp.check_staffing(q, -1)
    with pytest.raises(TypeError, match="extra_approved must be True or False"):
        hp.check_staffing(q, 1, extra_approved=1)
    with pytest.raises(TypeError, match="quota must be a StaffingQuota"):
        hp.check_staffing("quota", 1)


def test_staff_quota_refuses_a_kind_given_as_text():
    with pytest.raises(TypeError, match="kind must be a UnitKind or Level"):
        hp.staff_quota("DISTRICT_STREET", 100)


@pytest.mark.parametrize("bad", [None, "PLAN_2011", {}])
def test_a_parameter_set_that_is_not_one_is_refused_at_the_door(bad):
    with pytest.raises(TypeError, match="params must be a PolicyParameters"):
        hp.street_staff_quota(100, params=bad)


def test_a_quota_is_immutable():
    q = hp.street_staff_quota(100)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        q.staff = 99


# -- laws ------------------------------------------------------------------------------


@pytest.mark.requirement(id="staffing.quota")
@given(s.recipients, s.recipients)
def test_the_street_quota_never_decreases_as_recipients_grow(a, b):
    low, high = sorted((a, b))
    assert hp.street_staff_quota(low).staff <= hp.street_staff_quota(high).staff


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.reading(id="R1")
@given(s.recipients, s.parameter_sets)
def test_under_every_rounding_the_quota_never_decreases_as_recipients_grow(n, params):
    assert (
        hp.street_staff_quota(n, params=params).staff
        <= hp.street_staff_quota(n + 1, params=params).staff
    )


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.reading(id="R1")
@given(s.recipients)
def test_under_ceiling_the_quota_covers_every_recipient_with_less_than_one_block_spare(n):
    staff = hp.street_staff_quota(n).staff
    assert staff * 6000 >= n
    assert staff >= 1
    if n > 0:
        assert (staff - 1) * 6000 < n


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.reading(id="R1")
@given(s.recipients)
def test_floor_never_exceeds_half_up_never_exceeds_ceiling(n):
    quotas = [
        hp.street_staff_quota(n, params=attrs.evolve(hp.PLAN_2011, staff_rounding=r)).staff
        for r in (hp.Rounding.FLOOR, hp.Rounding.HALF_UP, hp.Rounding.CEILING)
    ]
    assert quotas == sorted(quotas)


@pytest.mark.requirement(id="staffing.extra_approval")
@pytest.mark.reading(id="R2")
@given(s.recipients)
def test_a_community_may_ask_for_extra_staff_exactly_when_it_has_more_than_8000(n):
    q = hp.community_staff_quota(n)
    assert q.extra_staff_allowed == (n > 8000)
    assert (q.extra_staff is not None) == q.extra_staff_allowed
    assert q.staff == 1


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.requirement(id="staffing.extra_approval")
@given(s.recipients, st.integers(min_value=0, max_value=500))
def test_the_staffing_check_difference_is_actual_minus_quota(n, actual):
    check = hp.check_staffing(hp.street_staff_quota(n), actual)
    assert check.difference == actual - check.quota.staff
    assert check.passed == (actual == check.quota.staff)
    assert (len(check.findings) == 2) == (actual > check.quota.staff)


@given(s.not_counts)
def test_nothing_but_an_int_is_a_count_of_recipients(bad):
    with pytest.raises(
        TypeError, match=r"^service_recipients must be a whole number \(int\), got "
    ):
        hp.street_staff_quota(bad)


@given(s.recipients)
def test_every_quota_cites_a_clause_in_the_registry(n):
    for q in (hp.street_staff_quota(n), hp.community_staff_quota(n)):
        assert q.clauses
        assert all(c in hp.CLAUSES for c in q.clauses)


@pytest.mark.requirement(id="staffing.quota")
def test_the_largest_accepted_count_still_gets_an_exact_quota():
    n = 2**53  # the largest whole number a spreadsheet holds exactly
    q = hp.street_staff_quota(n)
    assert q.staff == n // 6000 + 1


def test_a_count_beyond_the_documented_bound_is_refused_naming_the_argument():
    with pytest.raises(
        hp.PolicyError, match=r"service_recipients must be at most 9007199254740992"
    ):
        hp.street_staff_quota(10**40)


@pytest.mark.reading(id="R1")
@given(st.integers(min_value=0, max_value=10**60), st.integers(min_value=1, max_value=10**6))
def test_each_rounding_rule_agrees_with_exact_fraction_arithmetic(n, per):
    import math
    from fractions import Fraction

    exact = Fraction(n, per)
    assert hp.Rounding.CEILING.divide(n, per) == math.ceil(exact)
    assert hp.Rounding.FLOOR.divide(n, per) == math.floor(exact)
    assert hp.Rounding.HALF_UP.divide(n, per) == math.floor(exact + Fraction(1, 2))


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.requirement(id="staffing.extra_approval")
@pytest.mark.requirement(id="staffing.full_time")
@pytest.mark.requirement(id="staffing.filing")
@pytest.mark.reading(id="R1")
def test_the_explanations_read_as_an_officer_would_write_them():
    half = attrs.evolve(hp.PLAN_2011, staff_rounding=hp.Rounding.HALF_UP)
    cases = [
        hp.street_staff_quota(45_000),
        hp.street_staff_quota(6_001),
        hp.street_staff_quota(0),
        hp.street_staff_quota(2_999, params=half),
        hp.community_staff_quota(3_000),
        hp.community_staff_quota(9_000),
        hp.check_staffing(hp.street_staff_quota(45_000), 6, as_of=dt.date(2012, 9, 15)),
        hp.check_staffing(hp.street_staff_quota(45_000), 10, as_of=dt.date(2012, 5, 2)),
        hp.check_staffing(hp.community_staff_quota(9_000), 2, extra_approved=True,
                          coordinators=2, full_time_coordinators=1, filed=True),
        hp.check_staffing(hp.community_staff_quota(500), 3, coordinators=2,
                          full_time_coordinators=0),
        # R21: a village of 3000 with one full-time and one part-time coordinator
        hp.check_staffing(hp.community_staff_quota(3_000), 2, coordinators=2,
                          full_time_coordinators=1, filed=False, as_of=dt.date(2012, 9, 1)),
        # extra staff, the approval not reported: unverified
        hp.check_staffing(hp.street_staff_quota(45_000), 9, as_of=dt.date(2012, 9, 1)),
    ]  # fmt: skip
    assert_golden("staffing", "\n\n".join(c.explain() for c in cases))


@given(st.sampled_from(list(hp.UnitKind) + list(hp.Level)), s.recipients, s.parameter_sets)
def test_the_staff_count_is_the_quota_s_number_of_staff(kind, n, params):
    assert hp.staff_count(kind, n, params=params) == hp.staff_quota(kind, n, params=params).staff


@pytest.mark.parametrize(
    ("bad", "error"), [(True, TypeError), (-1, hp.PolicyError), (1.0, TypeError)]
)
def test_the_staff_count_refuses_what_the_quota_refuses(bad, error):
    with pytest.raises(error, match="service_recipients"):
        hp.staff_count(hp.Level.STREET_TOWN, bad)


@given(st.sampled_from(list(hp.UnitKind) + list(hp.Level)), s.recipients, s.parameter_sets)
def test_extra_staff_allowed_is_the_quota_s_answer(kind, n, params):
    q = hp.staff_quota(kind, n, params=params)
    assert hp.extra_staff_allowed(kind, n, params=params) == q.extra_staff_allowed


@given(
    st.sampled_from(list(hp.UnitKind) + list(hp.Level)),
    st.lists(s.recipients, max_size=30),
    s.parameter_sets,
)
def test_a_column_of_staff_counts_is_the_staff_count_of_each_unit_in_order(kind, ns, params):
    expected = [hp.staff_count(kind, n, params=params) for n in ns]
    assert hp.staff_count_column(kind, ns, params=params) == expected
    assert hp.staff_count_column(kind, iter(ns), params=params) == expected
    assert hp.extra_staff_allowed_column(kind, tuple(ns), params=params) == [
        hp.extra_staff_allowed(kind, n, params=params) for n in ns
    ]


@pytest.mark.parametrize("column", [hp.staff_count_column, hp.extra_staff_allowed_column])
@pytest.mark.parametrize(
    ("bad", "error", "message"),
    [
        (True, TypeError, r"service_recipients\[2\] must be a whole number"),
        (-1, hp.PolicyError, r"service_recipients\[2\] must be an int ≥ 0"),
        (9000.0, TypeError, r"service_recipients\[2\] must be a whole number"),
        (2**53 + 1, hp.PolicyError, r"service_recipients\[2\] must be at most"),
        (None, TypeError, r"service_recipients\[2\]"),
    ],
)
def test_a_column_refuses_the_first_unit_that_one_unit_s_count_refuses_by_its_row(
    column, bad, error, message
):
    with pytest.raises(error, match=message) as refused:
        column(hp.Level.COMMUNITY_VILLAGE, [9000, 0, bad, -5])
    if error is hp.PolicyError:
        assert "第3项" in refused.value.message_zh


@pytest.mark.parametrize("column", [hp.staff_count_column, hp.extra_staff_allowed_column])
def test_a_column_is_an_iterable_of_counts_not_text_or_one_count(column):
    for bad in ("45000", 45_000, None):
        with pytest.raises(TypeError, match="service_recipients must be an iterable of int"):
            column(hp.Level.STREET_TOWN, bad)
    assert column(hp.Level.STREET_TOWN, []) == []
