"""Staffing of 三（一）5 as laws over any agency, and its cases pinned whole.

The worked examples of ``test_staffing.py`` state single figures; here the laws hold for
any recipients, staff and inspection date, and every field and sentence of a grid of
cases is pinned in ``tests/golden/staffing/cases.txt`` for an officer to review.
"""

from __future__ import annotations

import datetime as dt
import math
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp

from . import strategies as s
from .golden import assert_golden
from .render import render_all

STAFF = attrs.evolve(hp.PLAN_2011, station_full_time_evidence=hp.FullTimeEvidence.ACTUAL_STAFF)
NOTE = attrs.evolve(hp.PLAN_2011, over_quota_unapproved=hp.OverQuota.NOTE)

inspection_dates = st.none() | st.dates(dt.date(2011, 11, 23), dt.date(2030, 12, 31))
staff_counts = st.none() | st.integers(min_value=0, max_value=40)
quotas = st.one_of(
    s.recipients.map(hp.street_staff_quota),
    s.recipients.map(hp.community_staff_quota),
    st.integers(0, 20_000).map(lambda n: hp.community_staff_quota(n, params=STAFF)),
)


@st.composite
def station_evidence(draw: st.DrawFn) -> dict[str, object]:
    roster = draw(staff_counts)
    full_time = None if roster is None else draw(st.none() | st.integers(0, roster))
    return {
        "coordinators": roster,
        "full_time_coordinators": full_time,
        "filed": draw(st.none() | st.booleans()),
    }


@st.composite
def checks(draw: st.DrawFn) -> tuple[hp.StaffingQuota, hp.StaffingCheck, dict[str, object]]:
    quota = draw(quotas)
    kw: dict[str, object] = {
        "extra_approved": draw(st.booleans()),
        "as_of": draw(inspection_dates),
    }
    if quota.level is hp.Level.COMMUNITY_VILLAGE:
        kw.update(draw(station_evidence()))
    actual = draw(staff_counts)
    return quota, hp.check_staffing(quota, actual, **kw), {"actual": actual, **kw}


# -- laws ----------------------------------------------------------------------------------


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.requirement(id="staffing.extra_approval")
@pytest.mark.requirement(id="staffing.full_time")
@pytest.mark.requirement(id="staffing.filing")
@given(checks())
def test_every_staffing_finding_carries_the_inspection_date_and_the_staffing_due_date(case):
    quota, check, kw = case
    for f in check.findings:
        assert f.as_of == kw["as_of"]
        # The 备案 follows staffing (R23): its own parameter, the same date in the plan.
        expected_due = quota.params.filing_due if f.requirement == "staffing.filing" else quota.due
        assert f.due == expected_due
    assert check.clauses == ("三（一）5",)


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.requirement(id="staffing.extra_approval")
@pytest.mark.requirement(id="staffing.full_time")
@pytest.mark.requirement(id="staffing.filing")
@given(checks())
def test_a_station_has_four_findings_and_an_agency_two_at_most(case):
    quota, check, _ = case
    ids = [f.requirement for f in check.findings]
    extra = ["staffing.extra_approval"] if (check.difference or 0) > 0 else []
    station = ["staffing.full_time", "staffing.filing"]
    if quota.level is hp.Level.COMMUNITY_VILLAGE:
        assert ids == ["staffing.quota", *extra, *station]
    else:
        assert ids == ["staffing.quota", *extra]


@pytest.mark.requirement(id="staffing.extra_approval")
@pytest.mark.reading(id="R2")
@given(checks())
def test_an_approval_on_record_for_staff_not_above_a_quota_that_allows_no_extra_is_noted(case):
    quota, check, kw = case
    noted = (
        kw["extra_approved"]
        and not quota.extra_staff_allowed
        and (check.difference is None or check.difference <= 0)
    )
    assert bool(check.notes) == noted
    if noted:
        (note,) = check.notes
        assert note.startswith("记录了增加人员的批准，但服务对象")
        assert note.endswith("不具备增加人员的条件")


@pytest.mark.requirement(id="staffing.quota")
@given(checks())
def test_staff_are_unverified_exactly_when_unknown_or_contradicted_by_the_roster(case):
    _, check, kw = case
    roster = kw.get("coordinators")
    actual = kw["actual"]
    unknown = actual is None and roster is None
    contradicted = actual is not None and roster is not None and actual != roster
    assert (check.status is hp.StaffingStatus.UNVERIFIED) == (unknown or contradicted)
    assert (check.difference is None) == (unknown or contradicted)
    if not (unknown or contradicted):
        assert check.actual_staff == (actual if actual is not None else roster)
    quota_finding = check.findings[0]
    assert (quota_finding.status is hp.Status.UNVERIFIED) == (unknown or contradicted)


@pytest.mark.reading(id="R8")
@pytest.mark.requirement(id="staffing.full_time")
@pytest.mark.reading(id="R12")
@given(checks())
def test_the_station_full_time_worker_is_judged_on_the_evidence_the_reading_names(case):
    quota, check, kw = case
    if quota.level is not hp.Level.COMMUNITY_VILLAGE:
        return
    by_roster = quota.params.station_full_time_evidence is hp.FullTimeEvidence.ROSTER
    (finding,) = [f for f in check.findings if f.requirement == "staffing.full_time"]
    roster, actual = kw["coordinators"], kw["actual"]
    contradicted = actual is not None and roster is not None and actual != roster
    count = kw["full_time_coordinators"] if by_roster else check.actual_staff
    if count is None or (contradicted and not by_roster):
        assert finding.status is hp.Status.UNVERIFIED
        assert dict(finding.facts) == {"required": "1"}
        return
    assert finding.status is (hp.Status.MET if count >= 1 else hp.Status.NOT_MET)
    who = "专职协理员" if by_roster else "工作人员"
    found = f"配有{who}{count}人" if count else f"未配备{who}"
    assert dict(finding.facts) == {"required": "1", "found": found}


@pytest.mark.requirement(id="staffing.filing")
@given(checks())
def test_a_filing_is_met_if_made_not_met_if_not_and_unverified_if_not_reported(case):
    quota, check, kw = case
    if quota.level is not hp.Level.COMMUNITY_VILLAGE:
        return
    filing = check.findings[-1]
    assert filing.requirement == "staffing.filing"
    expected = {None: hp.Status.UNVERIFIED, True: hp.Status.MET, False: hp.Status.NOT_MET}
    assert filing.status is expected[kw["filed"]]
    assert filing.facts == ()
    assert filing.note is None


@pytest.mark.requirement(id="staffing.extra_approval")
@pytest.mark.reading(id="R11")
@given(checks())
def test_under_the_plan_s_reading_of_r11_no_staffing_finding_carries_a_remark(case):
    _, check, _ = case
    assert all(f.note is None for f in check.findings)


@pytest.mark.requirement(id="staffing.extra_approval")
@pytest.mark.reading(id="R11")
@given(s.recipients, st.integers(0, 40), inspection_dates)
def test_under_the_note_reading_unapproved_extra_staff_are_met_with_a_note(n, actual, as_of):
    quota = hp.street_staff_quota(n, params=NOTE)
    check = hp.check_staffing(quota, actual, extra_approved=False, as_of=as_of)
    if actual <= quota.staff:
        assert len(check.findings) == 1
        return
    extra = check.findings[1]
    assert extra.status is hp.Status.MET
    assert extra.note == "超出定额的人员应由街道（镇）报请区政府（管委会）批准"
    assert extra.fact("detail") == "未见区政府（管委会）批准"
    assert (extra.as_of, extra.due) == (as_of, quota.due)


@pytest.mark.requirement(id="staffing.quota")
@given(st.integers(1, 10**6), st.integers(1, 10**5))
def test_a_ratio_is_shown_as_a_short_decimal_only_when_it_is_one(n, per):
    params = attrs.evolve(hp.PLAN_2011, street_recipients_per_staff=per)
    line = hp.street_staff_quota(n, params=params).explain().splitlines()[1]
    whole, rest = divmod(n, per)
    if rest == 0:
        assert f"{n} ÷ {per} = {whole}，" in line
    elif (rest * 10_000) % per == 0:
        digits = f"{rest * 10_000 // per:04d}".rstrip("0")
        assert f"{n} ÷ {per} = {whole}.{digits}，" in line
        assert not digits.endswith("0")
    else:
        # ≈ a figure between the whole numbers, on the same side of the half as the ratio,
        # within half a unit of its last place: no rounding rule can read it otherwise.
        shown = line.split(" ≈ ")[1].split("，")[0]
        places = len(shown.split(".")[1])
        value = Fraction(shown)
        assert whole < value < whole + 1
        assert abs(value - Fraction(n, per)) <= Fraction(1, 2 * 10**places)
        half = whole + Fraction(1, 2)
        assert (value > half) == (Fraction(n, per) > half)


# -- the cases, whole -----------------------------------------------------------------------


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.requirement(id="staffing.extra_approval")
@pytest.mark.requirement(id="staffing.full_time")
@pytest.mark.requirement(id="staffing.filing")
@pytest.mark.reading(id="R1")
@pytest.mark.reading(id="R2")
@pytest.mark.reading(id="R11")
@pytest.mark.reading(id="R12")
def test_the_staffing_cases_read_as_pinned_for_review():
    half = attrs.evolve(hp.PLAN_2011, staff_rounding=hp.Rounding.HALF_UP)
    floor = attrs.evolve(hp.PLAN_2011, staff_rounding=hp.Rounding.FLOOR)
    amended = attrs.evolve(
        hp.PLAN_2011,
        street_recipients_per_staff=5_000,
        community_extra_staff_threshold=5_000,
        staffing_due=dt.date(2013, 6, 30),
    )
    street, station = hp.street_staff_quota(45_000), hp.community_staff_quota(3_000)
    day = dt.date(2012, 9, 15)
    cases = {
        "street 45000": street,
        "street 0 (R1 minimum)": hp.street_staff_quota(0),
        "street 6000": hp.street_staff_quota(6_000),
        "street 7500 (1.25)": hp.street_staff_quota(7_500),
        "street 2999 half up": hp.street_staff_quota(2_999, params=half),
        "street 11999 floor": hp.street_staff_quota(11_999, params=floor),
        "street 45000 amended ratio and due date": hp.street_staff_quota(45_000, params=amended),
        "station 3000": station,
        "station 8001": hp.community_staff_quota(8_001),
        "station 6000 amended threshold": hp.community_staff_quota(6_000, params=amended),
        "street shortfall on 2012-09-15": hp.check_staffing(street, 6, as_of=day),
        "street at quota": hp.check_staffing(street, 8, as_of=day),
        "street above, unapproved": hp.check_staffing(street, 10, as_of=day),
        "street above, approved": hp.check_staffing(street, 10, extra_approved=True),
        "street above, unapproved, note reading": hp.check_staffing(
            hp.street_staff_quota(45_000, params=NOTE), 9, as_of=day
        ),
        "street not reported": hp.check_staffing(street, None, as_of=day),
        "street approval recorded at quota": hp.check_staffing(street, 8, extra_approved=True),
        "station above, not allowed": hp.check_staffing(station, 2, as_of=day),
        "station above, not allowed, approval recorded": hp.check_staffing(
            station, 2, extra_approved=True, as_of=day
        ),
        "station at quota, approval recorded": hp.check_staffing(
            station, 1, extra_approved=True, coordinators=1, full_time_coordinators=1, filed=True
        ),
        "station not reported, approval recorded": hp.check_staffing(
            station, None, extra_approved=True
        ),
        "station roster contradicts staff": hp.check_staffing(
            station, 3, coordinators=2, full_time_coordinators=1, as_of=day
        ),
        "station roster stands for staff": hp.check_staffing(
            station, None, coordinators=2, full_time_coordinators=0, filed=False, as_of=day
        ),
        "station no coordinators": hp.check_staffing(
            station, None, coordinators=0, full_time_coordinators=0, as_of=day
        ),
        "station by actual staff (R12 reading)": hp.check_staffing(
            hp.community_staff_quota(3_000, params=STAFF), 1, coordinators=1,
            full_time_coordinators=0, as_of=day,
        ),
        "station by actual staff, none": hp.check_staffing(
            hp.community_staff_quota(3_000, params=STAFF), 0, as_of=day
        ),
        "station by actual staff, contradicted": hp.check_staffing(
            hp.community_staff_quota(3_000, params=STAFF), 2, coordinators=1,
            full_time_coordinators=1, as_of=day,
        ),
        "station 9000 above, approved": hp.check_staffing(
            hp.community_staff_quota(9_000), 2, extra_approved=True, coordinators=2,
            full_time_coordinators=1, filed=True, as_of=day,
        ),
    }  # fmt: skip
    assert_golden("staffing/cases", render_all(cases))


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.reading(id="R1")
@pytest.mark.reading(id="R2")
@given(
    st.integers(0, 10**7),
    st.integers(1, 20_000),
    st.sampled_from(hp.Rounding),
    st.integers(0, 3),
)
def test_a_street_quota_is_the_exact_ratio_rounded_as_the_reading_says_with_its_minimum(
    n, per, rounding, minimum
):
    params = attrs.evolve(
        hp.PLAN_2011,
        street_recipients_per_staff=per,
        staff_rounding=rounding,
        street_minimum_staff=max(minimum, 1),
    )
    exact = Fraction(n, per)
    rounded = {
        hp.Rounding.CEILING: math.ceil(exact),
        hp.Rounding.FLOOR: math.floor(exact),
        hp.Rounding.HALF_UP: math.floor(exact + Fraction(1, 2)),
    }[rounding]
    q = hp.street_staff_quota(n, params=params)
    assert (q.rounded, q.staff) == (rounded, max(rounded, params.street_minimum_staff))
    assert hp.staff_count(hp.Level.STREET_TOWN, n, params=params) == q.staff
    assert hp.extra_staff_allowed(hp.UnitKind.DISTRICT_TOWN, n, params=params) is True
    station = hp.community_staff_quota(n, params=params)
    assert hp.staff_count(hp.UnitKind.COMMUNITY, n, params=params) == station.staff
    assert hp.extra_staff_allowed(hp.Level.COMMUNITY_VILLAGE, n, params=params) is (
        n > params.community_extra_staff_threshold
    )


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.requirement(id="staffing.extra_approval")
@pytest.mark.reading(id="R21")
@given(
    st.integers(0, 20_000),
    st.integers(0, 5),
    st.integers(0, 5),
    st.none() | st.booleans(),
)
def test_a_part_time_coordinator_never_makes_a_station_over_quota(n, full, part, approved):
    """R21: adding part-time coordinators to a station changes nothing of its quota check."""
    quota = hp.community_staff_quota(n)
    alone = hp.check_staffing(
        quota, full, coordinators=full, full_time_coordinators=full, extra_approved=approved
    )
    more = hp.check_staffing(
        quota, full + part, coordinators=full + part, full_time_coordinators=full,
        extra_approved=approved,
    )  # fmt: skip
    assert (more.status, more.difference) == (alone.status, alone.difference)
    assert more.part_time_beside == part
    if full <= quota.staff:
        assert more.status is not hp.StaffingStatus.ABOVE_NOT_ALLOWED
        assert all(f.requirement != "staffing.extra_approval" for f in more.findings)


@pytest.mark.requirement(id="staffing.extra_approval")
@given(st.integers(0, 90_000), st.integers(0, 20))
def test_staff_above_quota_with_the_approval_not_reported_is_never_read_as_unapproved(n, actual):
    check = hp.check_staffing(hp.street_staff_quota(n), actual)
    assert check.status is not hp.StaffingStatus.ABOVE_UNAPPROVED
    for f in check.findings:
        if f.requirement == "staffing.extra_approval":
            assert f.status is hp.Status.UNVERIFIED
