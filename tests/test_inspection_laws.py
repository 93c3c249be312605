"""A unit's whole inspection as laws over any unit and date, and its cases pinned whole.

For any unit and inspection date: every finding is dated that day; the funding finding is
the budget for an agency and the district's top-up for a station (unverified, saying what
was not reported, when its coordinators or the payment are missing); the area is the one
reported (a district spelled either way), else the district, else the zone, else 未注明;
the remarks are the staffing check's, then the subsidy's. Cases are pinned in
``tests/golden/inspection/cases.txt``, refusals in ``tests/golden/inspection/refusals.txt``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hrss_policy as hp
from hrss_policy.rules.funding import subsidy

from . import strategies as s
from .builders import station_unit, street_unit
from .golden import assert_golden
from .render import assert_chinese_names_the_argument, refusal, render_all

D = dt.date
K = hp.UnitKind
dates = st.none() | st.dates(D(2011, 11, 23), D(2014, 12, 31))


def _expected_area(unit: hp.Unit) -> str:
    given = (unit.area or "").strip()
    if given:
        bare = given.removesuffix("区")
        return f"{bare}区" if f"{bare}区" in hp.PLAN_2011.administrative_districts else given
    if unit.district is not None:
        return f"{unit.district.removesuffix('区')}区"
    return unit.place if unit.kind is K.ZONE else "未注明"


@pytest.mark.requirement(id="funding.budget")
@pytest.mark.requirement(id="funding.district_top_up")
@settings(max_examples=80, deadline=None)
@given(s.units(), dates)
def test_every_finding_is_dated_and_the_funding_finding_fits_the_unit(unit, as_of):
    ins = hp.inspect_unit(unit, as_of=as_of)
    assert ins.as_of == as_of
    assert {f.as_of for f in ins.findings} == {as_of}
    funding = ins.findings[-1]
    station = unit.kind.level is hp.Level.COMMUNITY_VILLAGE
    if not station:
        assert funding.requirement == "funding.budget"
        expected = {None: hp.Status.UNVERIFIED, True: hp.Status.MET, False: hp.Status.NOT_MET}
        assert funding.status is expected[unit.funds_in_budget]
        assert (ins.subsidy, ins.payment) == (None, None)
        return
    assert funding.requirement == "funding.district_top_up"
    assert funding.due == hp.PLAN_2011.funding_due  # due with 二's goal (R23)
    if unit.coordinators is None:
        assert (funding.status, funding.facts) == (
            hp.Status.UNVERIFIED,
            (("missing", "协理员配备情况"),),
        )
        assert (ins.subsidy, ins.payment) == (None, None)
        return
    assert ins.subsidy == hp.monthly_subsidy(unit.coordinators)
    if unit.district_paid is None:
        assert (funding.status, funding.facts) == (
            hp.Status.UNVERIFIED,
            (("missing", "区级当月实付配套工资经费"),),
        )
        assert ins.payment is None
    else:
        assert ins.payment == hp.check_district_payment(ins.subsidy, unit.district_paid)
        assert funding.status is ins.payment.status
        assert funding.facts == ins.payment.findings[0].facts


@settings(max_examples=80, deadline=None)
@given(s.units())
def test_a_unit_is_rolled_up_under_its_area_its_district_or_its_zone(unit):
    assert hp.inspect_unit(unit).area == _expected_area(unit)


@pytest.mark.reading(id="R3")
@settings(max_examples=80, deadline=None)
@given(s.units(), dates)
def test_the_remarks_are_the_staffing_check_s_then_the_subsidy_s_each_once(unit, as_of):
    ins = hp.inspect_unit(unit, as_of=as_of)
    subsidy_notes = []
    if ins.subsidy is not None:
        subsidy_notes = list(dict.fromkeys(ln.note for ln in ins.subsidy.lines if ln.note))
    assert ins.notes == (*ins.staffing.notes, *subsidy_notes)
    servants = unit.coordinators is not None and unit.coordinators.count(
        hp.CoordinatorKind.FULL_TIME_PUBLIC_SERVANT
    )
    assert (subsidy.FULL_TIME_PUBLIC_SERVANT_NOTE in ins.notes) == bool(servants)


@settings(max_examples=80, deadline=None)
@given(s.units(), dates)
def test_the_explanation_heads_with_the_unit_and_ends_with_the_tally(unit, as_of):
    ins = hp.inspect_unit(unit, as_of=as_of)
    lines = ins.explain().splitlines()
    who = f"{unit.id} {ins.name}" if unit.id else ins.name
    when = (
        "未指定检查日期" if as_of is None else f"检查日期{as_of.year}年{as_of.month}月{as_of.day}日"
    )
    # The unit by its place, never by the 类型 column's word (行政区街道).
    head, described, tail = lines[0].partition("，")[0], lines[0].split("，")[1:-1], lines[0]
    assert head == who
    assert tail.endswith(f"，{when}。")
    if unit.kind not in (K.COMMUNITY, K.VILLAGE):  # 社区、村 are the place's own suffix
        assert unit.kind.label not in "，".join(described)
    if ins.area != "未注明":
        assert ins.area in lines[0]
    assert lines[1] == f"人员定额{ins.quota.staff}人，依据三（一）5。"
    met = sum(f.status is hp.Status.MET for f in ins.findings)
    not_met = ins.not_met
    detail = ""
    if as_of is not None and not_met:
        overdue = sum(f.overdue for f in not_met)
        pending = sum(f.not_yet_due for f in not_met)
        undated = len(not_met) - overdue - pending
        rest = f"、未定期限{undated}项" if undated else ""
        detail = f"（其中逾期{overdue}项、尚未到期{pending}项{rest}）"
    assert lines[-1] == (
        f"共{len(ins.findings)}项要求：达标{met}项，不达标{len(not_met)}项{detail}，"
        f"未报送无法核实{len(ins.unverified)}项。"
    )
    shown = [f.explain() for f in ins.findings if f.status is not hp.Status.MET]
    assert all(text in lines for text in shown)


@pytest.mark.requirement(id="funding.district_top_up")
@pytest.mark.reading(id="R3")
def test_a_station_with_coordinators_but_no_payment_reported_shows_its_subsidy_unverified():
    unit = station_unit(
        coordinators=hp.Roster.from_counts(full_time=1, full_time_public_servants=1),
        actual_staff=2,
        district_paid=None,
    )
    ins = hp.inspect_unit(unit, as_of=D(2012, 9, 15))
    assert ins.subsidy is not None
    assert ins.subsidy.city == Decimal("2000.00")
    assert ins.payment is None
    assert ins.findings[-1].explain() == (
        "【未核实】未报送区级当月实付配套工资经费，无法核实区级配套工资经费是否达到最低标准，"
        "依据三（五）应于2012年8月31日前完成。"
    )
    assert ins.notes == (subsidy.FULL_TIME_PUBLIC_SERVANT_NOTE,)


@pytest.mark.reading(id="R10")
@pytest.mark.reading(id="R14")
def test_the_inspection_cases_read_as_pinned_for_review():
    day = D(2012, 9, 15)
    cases = {
        "a street agency meeting every requirement": hp.inspect_unit(street_unit(), as_of=day),
        "a street agency, area given as a bare district with spaces": hp.inspect_unit(
            street_unit(area=" 斗门 ", actual_staff=10, funds_in_budget=False), as_of=day
        ),
        "a street agency, area an unlisted zone, undated": hp.inspect_unit(
            street_unit(area="某某开发区", id=None, funds_in_budget=None)
        ),
        "a station with a public servant and a short payment": hp.inspect_unit(
            station_unit(
                coordinators=[
                    hp.Coordinator(hp.Employment.FULL_TIME, public_servant=True),
                    hp.Coordinator(hp.Employment.PART_TIME),
                ],
                actual_staff=2,
                extra_staff_approved=True,
                district_paid=Decimal("1500"),
            ),
            as_of=day,
        ),
        "a station with no coordinators reported, no area": hp.inspect_unit(
            station_unit(area=None, coordinators=None, district_paid=None, id=None),
            as_of=D(2012, 3, 1),
        ),
        "a zone merged with its town, named after it": hp.inspect_unit(
            hp.Unit(
                kind=K.ZONE,
                place="横琴新区",
                merged_town="横琴",
                current_name="珠海横琴镇人力资源和社会保障服务所",
                service_recipients=12_000,
                actual_staff=2,
            ),
            as_of=day,
        ),
        "a town under a zone, blank area": hp.inspect_unit(
            hp.Unit(kind=K.ZONE_TOWN, place="南水", area="  ", service_recipients=6_001)
        ),
    }
    assert_golden("inspection/cases", render_all(cases))


REFUSALS = {
    "coordinators for a street agency": (
        lambda: street_unit(coordinators=[hp.Coordinator(hp.Employment.FULL_TIME)]),
        hp.PolicyError,
        r"^coordinators given for a DISTRICT_STREET unit, but they are evidence for "
        r"community/village stations only; leave them empty$",
    ),
    "every station's evidence for a street agency": (
        lambda: street_unit(
            coordinators=hp.Roster.from_counts(full_time=1),
            staffing_filed=True,
            district_paid=Decimal("1000"),
        ),
        hp.PolicyError,
        r"^coordinators, staffing_filed, district_paid given for a DISTRICT_STREET unit",
    ),
    "a filing for a town": (
        lambda: street_unit(
            kind=K.DISTRICT_TOWN, place="井岸", district="斗门", staffing_filed=False
        ),
        hp.PolicyError,
        r"^staffing_filed given for a DISTRICT_TOWN unit, but they are evidence for "
        r"community/village stations only",
    ),
    "a budget for a station": (
        lambda: station_unit(funds_in_budget=True),
        hp.PolicyError,
        r"^funds_in_budget given for a COMMUNITY unit, but they are evidence for "
        r"street/town agencies only; leave them empty$",
    ),
    "a merged town for a street": (
        lambda: street_unit(merged_town="拱北"),
        hp.PolicyError,
        r"^merged_town is for a zone merged with its town \(ZONE\), not DISTRICT_STREET$",
    ),
    "a merged town given as a number": (
        lambda: hp.Unit(kind=K.ZONE, place="横琴新区", service_recipients=1000, merged_town=5),
        TypeError,
        r"^merged_town must be",
    ),
    "a payment with fractions of a fen": (
        lambda: station_unit(district_paid=Decimal("1000.001")),
        hp.PolicyError,
        r"^district_paid must be in whole fen",
    ),
    "a payment as a float": (
        lambda: station_unit(district_paid=1000.0),
        TypeError,
        r"^district_paid must be a Decimal or int",
    ),
    "coordinators as text": (
        lambda: station_unit(coordinators="张三"),
        TypeError,
        r"^coordinators must be",
    ),
    "coordinators holding text": (
        lambda: station_unit(coordinators=["张三"]),
        TypeError,
        r"^coordinators\[0\] must be a Coordinator",
    ),
    "something that is not a unit": (
        lambda: hp.inspect_unit("拱北"),
        TypeError,
        r"^unit must be a Unit, got '拱北' \(str\)$",
    ),
    "a date before the plan": (
        lambda: hp.inspect_unit(street_unit(), as_of=D(2011, 11, 22)),
        hp.PolicyError,
        r"^as_of",
    ),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_each_refusal_names_what_is_at_fault(case):
    call, error, pattern = REFUSALS[case]
    with pytest.raises(error, match=pattern) as info:
        call()
    assert_chinese_names_the_argument(info.value)


def test_the_inspection_refusals_read_as_pinned_for_review():
    text = "\n\n".join(f"## {name}\n{refusal(call)}" for name, (call, _, _) in REFUSALS.items())
    assert_golden("inspection/refusals", text)


@pytest.mark.reading(id="R10")
@given(s.units(), st.dates(D(2011, 11, 23), D(2016, 12, 31)))
def test_nothing_is_overdue_before_its_due_date(unit, as_of):
    """R10: every requirement has a due date, and none is overdue on or before it."""
    ins = hp.inspect_unit(unit, as_of=as_of)
    for f in ins.findings:
        assert f.due is not None, f.requirement
        if as_of <= f.due:
            assert not f.overdue
            assert f.verdict is not hp.Verdict.OVERDUE
    if as_of < min(f.due for f in ins.findings if f.due is not None):
        assert ins.overdue == ()
        day = hp.district_progress([ins], as_of=as_of)
        assert (day.city.due, hp.progress_bulletin([ins], as_of=as_of).slow_districts) == (0, ())
