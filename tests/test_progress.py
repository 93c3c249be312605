"""District progress, the 四（二） 通报 of slow completion, the 报送 record and the roll-up."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp

from .builders import practice, station_unit, street_unit
from .golden import assert_golden

D = dt.date
DAY = D(2012, 9, 15)


def _city() -> list[hp.Inspection]:
    """香洲 complete; 斗门 short of staff at one agency; 金湾 with a unit that reported nothing."""
    units = [
        street_unit(),
        station_unit(),
        street_unit(id="DM-01", kind=hp.UnitKind.DISTRICT_TOWN, place="井岸", district="斗门",
                    current_name="珠海市斗门区井岸镇人力资源和社会保障服务所", actual_staff=5,
                    service=practice(5)),
        street_unit(id="JW-01", kind=hp.UnitKind.DISTRICT_TOWN, place="三灶", district="金湾",
                    current_name="珠海市金湾区三灶镇人力资源和社会保障服务所"),
        hp.Unit(kind=hp.UnitKind.VILLAGE, place="鱼林", area="金湾区", service_recipients=800),
    ]  # fmt: skip
    return [hp.inspect_unit(u, as_of=DAY) for u in units]


@pytest.mark.reading(id="R9")
@pytest.mark.reading(id="R10")
def test_a_district_s_completion_is_its_met_requirements_over_those_due():
    p = hp.district_progress(_city(), as_of=DAY)
    by = {d.district: d for d in p.districts}
    assert by["香洲区"].rate == 1
    # The 2012 training is due by 2012-12-31 (R22): not yet counted on 2012-09-15.
    assert by["斗门区"].due == 23
    assert by["斗门区"].met == 22
    assert by["斗门区"].rate == Fraction(22, 23)
    assert by["斗门区"].verified_rate == Fraction(22, 23)
    assert by["斗门区"].overdue_by_clause == (("三（一）5", 1),)
    assert by["金湾区"].unverified == 23
    assert p.city.units == 5
    assert p.city.due == sum(d.due for d in p.districts)


@pytest.mark.reading(id="R9")
@pytest.mark.reading(id="R10")
def test_requirements_not_yet_due_are_not_counted():
    p = hp.district_progress(_city(), as_of=DAY)
    before = hp.district_progress(
        [hp.inspect_unit(i.unit, as_of=D(2012, 1, 1)) for i in _city()], as_of=D(2012, 1, 1)
    )
    assert before.city.due < p.city.due


@pytest.mark.reading(id="R9")
@pytest.mark.reading(id="R10")
def test_unverified_requirements_are_due_but_never_met():
    p = hp.district_progress(_city(), as_of=DAY)
    jw = next(d for d in p.districts if d.district == "金湾区")
    assert jw.met + jw.not_met + jw.unverified == jw.due
    assert jw.rate is not None
    assert jw.rate < 1


@pytest.mark.reading(id="R9")
def test_the_bulletin_names_the_districts_below_the_city_rate_for_criticism():
    # 斗门 is short of staff (known); 金湾 reported nothing: named apart, never slow (R24).
    b = hp.progress_bulletin(_city(), as_of=DAY)
    assert b.slow_districts == ("斗门区",)
    assert b.incomplete_reporting == ()  # 23 of 金湾's 48 due unverified: not more than half
    assert b.threshold == b.progress.city.verified_rate
    assert "斗门区完成进度较慢，已到期事项核实完成率低于全市" in b.explain()
    assert b.explain().splitlines()[-2] == "珠海市就业工作联席会议办公室"
    third = attrs.evolve(hp.PLAN_2011, incomplete_reporting_share=Fraction(1, 3))
    named = hp.progress_bulletin(_city(), as_of=DAY, params=third)
    assert named.incomplete_reporting == ("金湾区",)
    assert "金湾区已到期事项中未报送无法核实的超过33.33%，报送不全，另行通报" in named.explain()


@pytest.mark.reading(id="R9")
@pytest.mark.reading(id="R24")
def test_counting_unverified_as_not_met_is_the_alternative_reading():
    counts = attrs.evolve(hp.PLAN_2011, unverified_counts_as_not_met=True)
    b = hp.progress_bulletin(_city(), as_of=DAY, params=counts)
    assert b.slow_districts == ("金湾区",)  # 16 of 34 met, below the city rate
    assert b.threshold == b.progress.city.rate
    assert b.incomplete_reporting == ()


@pytest.mark.reading(id="R9")
def test_the_slowest_k_districts_can_be_named_instead():
    slowest = attrs.evolve(hp.PLAN_2011, slow_progress=hp.SlowProgress.SLOWEST,
                           slow_progress_count=2)  # fmt: skip
    b = hp.progress_bulletin(_city(), as_of=DAY, params=slowest)
    # Only a district with a requirement known to be not met can be among the slowest.
    assert b.slow_districts == ("斗门区",)


@pytest.mark.reading(id="R9")
def test_a_fixed_rate_can_be_the_threshold_instead():
    fixed = attrs.evolve(hp.PLAN_2011, slow_progress=hp.SlowProgress.BELOW_RATE,
                         slow_progress_rate=Fraction(96, 100))  # fmt: skip
    b = hp.progress_bulletin(_city(), as_of=DAY, params=fixed)
    assert b.slow_districts == ("斗门区",)
    assert b.threshold == Fraction(96, 100)


@pytest.mark.reading(id="R9")
@pytest.mark.reading(id="R10")
@pytest.mark.parametrize("day", [D(2011, 11, 23), D(2011, 12, 30)])
def test_on_a_date_when_nothing_is_due_the_bulletin_names_no_one(day):
    b = hp.progress_bulletin([hp.inspect_unit(i.unit, as_of=day) for i in _city()], as_of=day)
    assert (b.slow_districts, b.incomplete_reporting, b.progress.city.due) == ((), (), 0)
    text = b.explain()
    assert (
        f"截至{day.year}年{day.month}月{day.day}日，方案各项要求均未到期，本期不对任何区通报批评。"
        in text
    )
    assert "较慢" not in text
    assert "报送不全" not in text


@pytest.mark.reading(id="R9")
def test_a_late_quarterly_report_has_no_bearing_on_the_bulletin():
    # The 通报 is about completion; the 报送 record is a separate fact (R9).
    b = hp.progress_bulletin(_city(), as_of=DAY)
    assert "报送" not in "".join(b.slow_districts)
    assert not hasattr(hp, "report_bulletin")


def test_an_inspection_dated_otherwise_is_refused_by_the_progress():
    with pytest.raises(hp.PolicyError, match="cannot be counted as of 2012-09-16"):
        hp.district_progress(_city(), as_of=D(2012, 9, 16))


def test_the_progress_tally_gives_the_same_as_the_list_form():
    tally = hp.ProgressTally(as_of=DAY)
    for ins in _city():
        tally.add(ins)
    assert tally.result() == hp.district_progress(_city(), as_of=DAY)


@pytest.mark.reading(id="R9")
@given(st.integers(min_value=0, max_value=8), st.integers(min_value=0, max_value=8))
def test_adding_a_unit_meeting_every_requirement_never_lowers_a_district_s_rate(good, short):
    units = [street_unit(actual_staff=5, service=practice(5))] * short + [street_unit()] * good
    items = [hp.inspect_unit(u, as_of=DAY) for u in units]
    before = hp.district_progress(items, as_of=DAY).city.rate
    after = hp.district_progress([*items, hp.inspect_unit(street_unit(), as_of=DAY)],
                                 as_of=DAY).city.rate  # fmt: skip
    assert after is not None
    assert before is None or after >= before


@pytest.mark.reading(id="R9")
@given(st.lists(st.booleans(), min_size=1, max_size=6))
def test_a_district_whose_units_all_meet_every_requirement_is_never_named_slow(flags):
    units = [street_unit()]
    for i, ok in enumerate(flags):
        units.append(street_unit(id=f"DM-{i}", place="井岸", district="斗门",
                                 kind=hp.UnitKind.DISTRICT_TOWN,
                                 current_name="珠海市斗门区井岸镇人力资源和社会保障服务所",
                                 actual_staff=8 if ok else 2))  # fmt: skip
    b = hp.progress_bulletin([hp.inspect_unit(u, as_of=DAY) for u in units], as_of=DAY)
    assert "香洲区" not in b.slow_districts


@pytest.mark.reading(id="R9")
def test_the_bulletin_reads_as_the_joint_meeting_office_would_issue_it():
    assert_golden("bulletin", hp.progress_bulletin(_city(), as_of=DAY).explain())


# -- the 报送 record ----------------------------------------------------------------------


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R6")
def test_the_submission_record_puts_missing_then_late_then_on_time_reports():
    r = hp.report_submissions(
        2024, 3, {"香洲区": D(2024, 10, 12), "斗门区": D(2024, 10, 16), "金湾区": None}
    )
    assert [(e.district, e.status) for e in r.entries] == [
        ("金湾区", hp.SubmissionStatus.NOT_SUBMITTED),
        ("斗门区", hp.SubmissionStatus.LATE),
        ("香洲区", hp.SubmissionStatus.ON_TIME),
    ]
    assert r.entries[1].working_days_late == 3
    assert r.due == D(2024, 10, 12)
    assert not r.passed
    assert_golden("submissions", r.explain())


def test_a_submission_given_as_text_is_refused_naming_the_district():
    with pytest.raises(TypeError, match=r"submissions\['香洲区'\] must be a datetime.date"):
        hp.report_submissions(2024, 3, {"香洲区": "2024-10-12"})


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R6")
def test_the_submission_record_refuses_a_quarter_before_reporting_began():
    with pytest.raises(hp.NotApplicableError, match=r"^year=2011, quarter=3: the plan requires"):
        hp.report_submissions(2011, 3, {"香洲区": D(2011, 10, 1)})


# -- the roll-up ---------------------------------------------------------------------------


@pytest.mark.reading(id="R17")
def test_the_roll_up_adds_quotas_and_subsidies_by_area_and_for_the_city():
    r = hp.rollup(_city())
    xz = r.areas[0]
    assert (xz.area, xz.units, xz.staff_quota) == ("香洲区", 2, 9)
    assert str(xz.monthly_city) == "1000.00"
    assert str(xz.annual_city) == "12000.00"
    assert r.city.units == 5
    assert r.city.units_not_passed == 2
    assert_golden("rollup", r.explain())


@pytest.mark.reading(id="R9")
@pytest.mark.reading(id="R10")
@given(
    st.lists(
        st.tuples(st.booleans(), st.booleans(), st.integers(min_value=0, max_value=12)),
        min_size=1,
        max_size=6,
    )
)
def test_unverified_is_never_counted_as_met(spec):
    units = []
    for reported, named, staff in spec:
        units.append(street_unit(actual_staff=staff if reported else None,
                                 current_name=None if not named else street_unit().current_name,
                                 premises=None if not reported else street_unit().premises))  # fmt: skip
    items = [hp.inspect_unit(u, as_of=DAY) for u in units]
    p = hp.district_progress(items, as_of=DAY).city
    due = [f for i in items for f in i.findings if f.due is not None and f.due <= DAY]
    assert p.met == sum(f.status is hp.Status.MET for f in due)
    assert p.unverified == sum(f.status is hp.Status.UNVERIFIED for f in due)
    assert p.met + p.not_met + p.unverified == p.due == len(due)


def test_the_roll_up_cites_its_clauses_and_says_what_was_not_reported():
    assert hp.cited(hp.rollup) == ("三（一）5", "三（五）")
    zone = hp.Unit(kind=hp.UnitKind.ZONE, place="高新区", service_recipients=25_000)
    station = hp.Unit(kind=hp.UnitKind.COMMUNITY, place="夏湾", area="香洲",
                      service_recipients=3_000)  # fmt: skip
    gx, xz = (hp.rollup([hp.inspect_unit(u)]).areas[0].describe() for u in (zone, station))
    assert "依据三（一）5，人员定额5人，实有人数未报送" in gx
    assert "无社区（村）服务站，不涉及协理员补助" in gx
    assert "实有0人" not in gx
    assert "0.00元" not in gx
    assert "依据三（五），社区（村）服务站未报送协理员配备情况，补助无法计算" in xz
    assert "1个社区" not in xz  # a count of one is not counted
