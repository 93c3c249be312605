"""The roll-up of staff and subsidies (三（一）5, 三（五）) as laws over any set of units.

Whatever the units: each area's totals are the sums over its units, the city's are the sums
over the areas, a year is ``months_per_year`` months, actual staff are summed over the units
that reported them, and adding inspections one at a time gives the same as the list.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import hrss_policy as hp

from . import strategies as s
from .golden import assert_golden
from .render import render_all

SIX_MONTHS = attrs.evolve(hp.PLAN_2011, months_per_year=6)
inspections = st.lists(s.units(), max_size=6).map(lambda us: [hp.inspect_unit(u) for u in us])
FIELDS = [
    "units",
    "street_town_units",
    "community_village_units",
    "staff_quota",
    "actual_staff",
    "staff_reported",
    "monthly_city",
    "monthly_district_minimum",
    "annual_city",
    "annual_district_minimum",
    "units_not_passed",
]


def _expected(items: list[hp.Inspection], months: int) -> dict[str, object]:
    city = sum((i.subsidy.city for i in items if i.subsidy), Decimal("0.00"))
    district = sum((i.subsidy.district_minimum for i in items if i.subsidy), Decimal("0.00"))
    street = sum(1 for i in items if i.unit.kind.level is hp.Level.STREET_TOWN)
    return {
        "units": len(items),
        "street_town_units": street,
        "community_village_units": len(items) - street,
        "staff_quota": sum(i.quota.staff for i in items),
        "actual_staff": sum(i.staffing.actual_staff or 0 for i in items),
        "staff_reported": sum(1 for i in items if i.staffing.actual_staff is not None),
        "monthly_city": city,
        "monthly_district_minimum": district,
        "annual_city": city * months,
        "annual_district_minimum": district * months,
        "units_not_passed": sum(1 for i in items if not i.passed),
    }


@pytest.mark.reading(id="R17")
@settings(max_examples=40, deadline=None)
@given(inspections, st.sampled_from([hp.PLAN_2011, SIX_MONTHS]))
def test_each_area_and_the_city_total_exactly_the_units_they_hold(items, params):
    r = hp.rollup(items, params=params)
    months = params.months_per_year
    assert [a.area for a in r.areas] == list(dict.fromkeys(i.area for i in items))
    for summary in r.areas:
        mine = [i for i in items if i.area == summary.area]
        assert {f: getattr(summary, f) for f in FIELDS} == _expected(mine, months)
    assert r.city.area == "全市"
    assert {f: getattr(r.city, f) for f in FIELDS} == _expected(items, months)
    for summary in (*r.areas, r.city):
        for f in FIELDS[6:10]:
            assert getattr(summary, f).as_tuple().exponent == -2
    assert r.clauses == ("三（一）5", "三（五）")
    assert r.explain().splitlines() == [a.describe() for a in (*r.areas, r.city)]


@settings(max_examples=40, deadline=None)
@given(inspections)
def test_a_tally_fed_one_at_a_time_gives_the_roll_up_of_the_list(items):
    tally = hp.RollupTally()
    for i in items:
        tally.add(i)
    assert tally.result() == hp.rollup(items)


def test_a_roll_up_of_nothing_is_an_empty_city():
    r = hp.rollup([])
    assert r.areas == ()
    assert {f: getattr(r.city, f) for f in FIELDS} == _expected([], 12)
    assert r.explain() == r.city.describe()


def test_a_roll_up_refuses_what_is_not_an_inspection_naming_it():
    with pytest.raises(TypeError, match=r"^inspections\[1\] must be an? Inspection"):
        hp.rollup([hp.inspect_unit(_street()), "拱北"])
    with pytest.raises(TypeError, match=r"^inspection must be an? Inspection"):
        hp.RollupTally().add("拱北")
    with pytest.raises(TypeError, match=r"^other must be an? RollupTally"):
        hp.RollupTally().merge([hp.inspect_unit(_street())])


def _street(**kw: object) -> hp.Unit:
    from .builders import street_unit

    return street_unit(**kw)


def test_the_roll_up_cases_read_as_pinned_for_review():
    from .builders import station_unit

    units = [
        _street(),
        _street(id="XZ-02", place="吉大", actual_staff=None, current_name=None),
        station_unit(
            coordinators=hp.Roster.from_counts(full_time=1, part_time=2),
            district_paid=Decimal("2000"),
        ),
        station_unit(id="DM-C1", area="斗门区", coordinators=None, district_paid=None),
        station_unit(id="HQ-C1", area="横琴新区", actual_staff=None),
    ]
    items = [hp.inspect_unit(u, as_of=dt.date(2012, 9, 15)) for u in units]
    cases = {
        "the plan's year of 12 months": hp.rollup(items),
        "a year of 6 months": hp.rollup(items, params=SIX_MONTHS),
        "nothing to roll up": hp.rollup([]),
    }
    assert_golden("totals/cases", render_all(cases))
