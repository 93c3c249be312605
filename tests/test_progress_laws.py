"""District completion and the 通报 of 四（二） as laws over any units, and pinned whole.

For any inspections and date: a district's due, met, not met, unverified and overdue
requirements are counted from its units' findings due by then (R9, R10), the city's from
all of them; the rate is exact and shown rounded half up; the 通报 names the slow districts
under each reading of 完成进度较慢 and says why. The bulletins are pinned in
``tests/golden/progress/cases.txt``.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hrss_policy as hp
from hrss_policy.inspection.progress import percent
from hrss_policy.plan import clauses

from . import strategies as s
from .builders import station_unit, street_unit
from .golden import assert_golden
from .render import refusal, render_all

D = dt.date
dates = st.dates(D(2011, 11, 23), D(2014, 12, 31))
NOT_UNDATED = attrs.evolve(hp.PLAN_2011, undated_requirements_due=False)
CLAUSE_ORDER = list(hp.CLAUSES)


def _counts(items: list[hp.Inspection], as_of: dt.date, undated: bool) -> dict[str, object]:
    due = met = not_met = unverified = overdue = passed = 0
    late: dict[str, int] = {}
    for i in items:
        counted = [
            f
            for f in i.findings
            if (f.due is None and undated) or (f.due is not None and f.due <= as_of)
        ]
        due += len(counted)
        met += sum(f.status is hp.Status.MET for f in counted)
        not_met += sum(f.status is hp.Status.NOT_MET for f in counted)
        unverified += sum(f.status is hp.Status.UNVERIFIED for f in counted)
        passed += all(f.status is hp.Status.MET for f in counted)
        for f in counted:
            if f.status is hp.Status.NOT_MET and f.due is not None and as_of > f.due:
                overdue += 1
                late[f.clause] = late.get(f.clause, 0) + 1
    return {
        "units": len(items),
        "units_passed": passed,
        "due": due,
        "met": met,
        "not_met": not_met,
        "unverified": unverified,
        "overdue": overdue,
        # Every requirement, due or not, and those met: the overall completion.
        "requirements": sum(len(i.findings) for i in items),
        "requirements_met": sum(f.status is hp.Status.MET for i in items for f in i.findings),
        "overdue_by_clause": tuple(sorted(late.items(), key=lambda c: CLAUSE_ORDER.index(c[0]))),
    }


def _fields(d: hp.DistrictProgress) -> dict[str, object]:
    return {k: v for k, v in attrs.asdict(d, recurse=False).items() if k != "district"}


@pytest.mark.reading(id="R9")
@pytest.mark.reading(id="R10")
@settings(max_examples=60, deadline=None)
@given(st.lists(s.units(), max_size=6), dates, st.booleans(), st.booleans())
def test_each_district_counts_exactly_the_requirements_of_its_units_due_by_the_date(
    units, as_of, dated, undated
):
    params = hp.PLAN_2011 if undated else NOT_UNDATED
    items = [hp.inspect_unit(u, as_of=as_of if dated else None) for u in units]
    p = hp.district_progress(items, as_of=as_of, params=params)
    assert p.as_of == as_of
    assert [d.district for d in p.districts] == list(dict.fromkeys(i.area for i in items))
    for d in p.districts:
        mine = [i for i in items if i.area == d.district]
        assert _fields(d) == _counts(mine, as_of, undated)
        assert d.rate == (Fraction(d.met, d.due) if d.due else None)
    assert p.city.district == "全市"
    assert _fields(p.city) == _counts(items, as_of, undated)
    assert p.clauses == ("四（二）",)
    lines = p.explain().splitlines()
    day = f"{as_of.year}年{as_of.month}月{as_of.day}日"
    assert lines[0] == f"依据四（二），截至{day}各区公共服务平台建设完成情况如下："
    assert lines[1:] == [d.describe() for d in (*p.districts, p.city)]


@pytest.mark.reading(id="R9")
@given(st.integers(0, 10**6), st.integers(1, 10**6))
def test_a_rate_is_shown_to_two_places_rounded_half_up(met, due):
    rate = Fraction(min(met, due), due)
    shown = percent(rate)
    whole, _, frac = shown.removesuffix("%").partition(".")
    assert len(frac) == 2
    hundredths = Fraction(int(whole) * 100 + int(frac))
    assert hundredths - Fraction(1, 2) <= rate * 10_000 < hundredths + Fraction(1, 2)


@pytest.mark.reading(id="R9")
@given(
    st.integers(0, 50), st.integers(0, 50), st.integers(0, 50), st.integers(0, 5),
    st.integers(0, 30), st.integers(0, 30),
)  # fmt: skip
def test_a_district_s_sentence_gives_every_count_it_holds(
    met, not_met, unverified, overdue, later, early
):
    overdue = min(overdue, not_met)
    by_clause = (("三（一）5", overdue),) if overdue else ()
    due = met + not_met + unverified
    total, total_met = due + later, met + min(early, later)
    d = hp.DistrictProgress(
        "香洲区", 3, 1, due, met, not_met, unverified, overdue, by_clause, total, total_met
    )
    text = d.describe()
    overall = ""
    if total and total == due:
        overall = "；全部要求均已到期"
    elif total:
        overall = (
            f"；全部{total}项要求（含尚未到期）已完成{total_met}项，"
            f"总体完成率{percent(Fraction(total_met, total))}"
        )
    if not due:
        assert text == f"香洲区：3个单位，截至检查日期尚无已到期事项{overall}。"
        return
    # 逾期 is part of 未完成, said inside it (a nested status), never beside it.
    if not overdue:
        status = f"未完成{not_met}项"
    else:
        # A count of one is not counted: 已逾期, 为 for one item; 均已逾期, 均为 for more.
        each = "均为" if overdue > 1 else "为"
        if overdue == not_met:
            late = "均已逾期" if overdue > 1 else "已逾期"
        else:
            late = f"其中逾期{overdue}项"
        status = f"未完成{not_met}项，{late}，逾期的{each}三（一）5人员配备"
    verified = met + not_met
    # Completion on what was reported is its own figure (R24).
    known = (
        f"已核实{verified}项，核实完成率{percent(Fraction(met, verified))}"
        if verified
        else "已核实0项"
    )
    assert text == (
        f"香洲区：3个单位，已到期事项应完成{due}项，已完成{met}项，已到期事项完成率"
        f"{percent(Fraction(met, due))}；{status}；未报送无法核实{unverified}项；{known}；"
        f"到期事项均已完成的单位1个{overall}。"
    )


def _city(as_of: dt.date) -> list[hp.Inspection]:
    units = [
        street_unit(),
        street_unit(id="XZ-02", place="吉大", actual_staff=3),
        street_unit(
            id="DM-01",
            kind=hp.UnitKind.DISTRICT_TOWN,
            place="井岸",
            district="斗门",
            actual_staff=None,
        ),
        station_unit(id="DM-C1", area="斗门区", coordinators=None, district_paid=None),
        station_unit(id="JW-C1", area="金湾区"),
    ]
    return [hp.inspect_unit(u, as_of=as_of) for u in units]


@pytest.mark.reading(id="R9")
def test_the_bulletins_read_as_pinned_for_review():
    day, early = D(2012, 9, 15), D(2011, 12, 1)
    items = _city(day)
    slowest = attrs.evolve(hp.PLAN_2011, slow_progress=hp.SlowProgress.SLOWEST)
    two = attrs.evolve(slowest, slow_progress_count=2)
    rate = attrs.evolve(
        hp.PLAN_2011, slow_progress=hp.SlowProgress.BELOW_RATE, slow_progress_rate=Fraction(9, 10)
    )
    low = attrs.evolve(rate, slow_progress_rate=Fraction(1, 10))
    good = [hp.inspect_unit(street_unit(), as_of=day)]
    cases = {
        "below the city rate": hp.progress_bulletin(items, as_of=day),
        "the slowest district": hp.progress_bulletin(items, as_of=day, params=slowest),
        "the two slowest districts": hp.progress_bulletin(items, as_of=day, params=two),
        "below a fixed 90 %": hp.progress_bulletin(items, as_of=day, params=rate),
        "none below a fixed 10 %": hp.progress_bulletin(items, as_of=day, params=low),
        "one district, none below the city": hp.progress_bulletin(good, as_of=day),
        "the slowest, with nothing to compare": hp.progress_bulletin([], as_of=day, params=slowest),
        "nothing due yet": hp.progress_bulletin(_city(early), as_of=early, params=NOT_UNDATED),
        "from a progress already counted": hp.progress_bulletin(
            hp.district_progress(items, as_of=day), as_of=day
        ),
        "the progress itself": hp.district_progress(items, as_of=day),
    }
    assert_golden("progress/cases", render_all(cases))


REFUSALS = {
    "an inspection of another date": (
        lambda: hp.district_progress(_city(D(2012, 9, 15)), as_of=D(2012, 9, 16)),
        hp.PolicyError,
        r"^an inspection dated 2012-09-15 cannot be counted as of 2012-09-16; inspect it as "
        r"of the same date, or undated$",
    ),
    "a progress of another date": (
        lambda: hp.progress_bulletin(
            hp.district_progress([], as_of=D(2012, 9, 15)), as_of=D(2012, 9, 16)
        ),
        hp.PolicyError,
        r"^the progress given is as of 2012-09-15, not 2012-09-16$",
    ),
    "a date before the plan": (
        lambda: hp.district_progress([], as_of=D(2011, 11, 22)),
        hp.PolicyError,
        r"^as_of",
    ),
    "an item that is not an inspection": (
        lambda: hp.district_progress(["拱北"], as_of=D(2012, 9, 15)),
        TypeError,
        r"^inspections\[0\] must be an? Inspection",
    ),
    "a tally given something else": (
        lambda: hp.ProgressTally(as_of=D(2012, 9, 15)).add(None),
        TypeError,
        r"^inspection must be an? Inspection",
    ),
    "a tally merged with something else": (
        lambda: hp.ProgressTally(as_of=D(2012, 9, 15)).merge({"香洲区": 1}),
        TypeError,
        r"^other must be an? ProgressTally",
    ),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_each_refusal_names_what_is_at_fault(case):
    call, error, pattern = REFUSALS[case]
    with pytest.raises(error, match=pattern) as info:
        call()
    if isinstance(info.value, hp.PolicyError):
        assert info.value.message_zh


def test_the_progress_refusals_read_as_pinned_for_review():
    text = "\n\n".join(f"## {name}\n{refusal(call)}" for name, (call, _, _) in REFUSALS.items())
    assert_golden("progress/refusals", text)


@pytest.mark.reading(id="R10")
def test_a_requirement_is_due_on_its_due_date_and_overdue_only_after_it():
    # Staffing is due by 2012-06-30 (三（一）5): a street agency three short on that day
    # counts as due and not met, and is overdue from the next day.
    short = street_unit(actual_staff=5)
    on_the_day = hp.district_progress([hp.inspect_unit(short)], as_of=dt.date(2012, 6, 30))
    the_day_after = hp.district_progress([hp.inspect_unit(short)], as_of=dt.date(2012, 7, 1))
    before = hp.district_progress([hp.inspect_unit(short)], as_of=dt.date(2012, 6, 29))
    staffing = clauses.STAFFING
    assert before.city.due < on_the_day.city.due
    assert staffing not in dict(on_the_day.city.overdue_by_clause)
    assert dict(the_day_after.city.overdue_by_clause)[staffing] >= 1


def _progress(counts: list[tuple[int, int, int]], day: dt.date) -> hp.Progress:
    districts = tuple(
        hp.DistrictProgress(f"第{i}区", 1, 0, m + n + u, m, n, u, 0, ())
        for i, (m, n, u) in enumerate(counts, 1)
    )
    city = (
        hp.DistrictProgress(
            "全市",
            len(counts),
            0,
            *(sum(c) for c in zip(*[(m + n + u, m, n, u) for m, n, u in counts], strict=True)),
            0,
            (),
        )
        if counts
        else hp.DistrictProgress("全市", 0, 0, 0, 0, 0, 0, 0, ())
    )
    return hp.Progress(as_of=day, districts=districts, city=city)


_COUNTS = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30), st.integers(0, 30)),
                   min_size=1, max_size=6)  # fmt: skip
_RULES = st.sampled_from(
    [
        hp.PLAN_2011,
        attrs.evolve(hp.PLAN_2011, slow_progress=hp.SlowProgress.SLOWEST, slow_progress_count=3),
        attrs.evolve(
            hp.PLAN_2011,
            slow_progress=hp.SlowProgress.BELOW_RATE,
            slow_progress_rate=Fraction(99, 100),
        ),
    ]
)


@pytest.mark.reading(id="R9")
@pytest.mark.reading(id="R24")
@given(_COUNTS, _RULES)
def test_a_district_with_no_verified_shortfall_is_never_named_slow(counts, params):
    """R24: slow is judged on requirements known to be not met, never on unverified ones."""
    day = D(2012, 9, 15)
    b = hp.progress_bulletin(_progress(counts, day), as_of=day, params=params)
    by = {d.district: d for d in b.progress.districts}
    for name in b.slow_districts:
        assert by[name].not_met > 0
    for name in b.incomplete_reporting:
        d = by[name]
        assert d.unverified * 2 > d.due
    if b.progress.city.due == 0:
        assert b.slow_districts == b.incomplete_reporting == ()


@pytest.mark.reading(id="R9")
@pytest.mark.reading(id="R24")
@given(_COUNTS, st.integers(0, 30))
def test_unverified_items_added_to_a_district_never_make_it_slow(counts, extra):
    day = D(2012, 9, 15)
    first = hp.progress_bulletin(_progress(counts, day), as_of=day)
    m, n, u = counts[0]
    more = hp.progress_bulletin(_progress([(m, n, u + extra), *counts[1:]], day), as_of=day)
    assert ("第1区" in more.slow_districts) == ("第1区" in first.slow_districts)
