"""Premises of 三（二） as laws over any premises, and their cases pinned whole.

For any unit, premises and inspection date: one finding per requirement of the level in
the register's order, each stamped with the inspection date and the premises due date; what
was not reported is unverified, never met and never short. A grid of checks is pinned in
``tests/golden/premises/cases.txt`` and the refusals in ``tests/golden/premises/refusals.txt``.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp
from hrss_policy.rules import premises as premises_rule

from .builders import STATION_KIT, STREET_KIT
from .golden import assert_golden
from .render import assert_chinese_names_the_argument, refusal, render_all

E = hp.Equipment
STREET_IDS = ["premises.floor_area", "premises.windows", "premises.equipment"]
STATION_IDS = ["premises.office", "premises.windows", "premises.equipment"]
AMENDED = attrs.evolve(
    hp.PLAN_2011,
    premises_due=dt.date(2013, 8, 31),
    street_minimum_floor_area_m2=350,
    street_equipment=(E.PRINTER, E.COMPUTER),
)

optional_bools = st.none() | st.booleans()
premises = st.builds(
    hp.Premises,
    floor_area_m2=st.none()
    | st.integers(0, 1_000)
    | st.decimals(0, 1_000, places=2, allow_nan=False, allow_infinity=False),
    service_windows=st.none() | st.integers(0, 5),
    equipment=st.none() | st.frozensets(st.sampled_from(E)),
    dedicated_office=optional_bools,
    co_located=optional_bools,
)
units = st.sampled_from([*hp.Level, *hp.UnitKind])
dates = st.none() | st.dates(dt.date(2011, 11, 23), dt.date(2030, 12, 31))
params = st.sampled_from([hp.PLAN_2011, AMENDED])


def _level(unit: hp.Level | hp.UnitKind) -> hp.Level:
    return unit.level if isinstance(unit, hp.UnitKind) else unit


@pytest.mark.requirement(id="premises.floor_area")
@pytest.mark.requirement(id="premises.office")
@pytest.mark.requirement(id="premises.windows")
@pytest.mark.requirement(id="premises.equipment")
@given(units, st.none() | premises, dates, params)
def test_one_finding_per_requirement_of_the_level_dated_and_due_as_the_premises(
    unit, given, as_of, p
):
    check = hp.check_premises(unit, given, as_of=as_of, params=p)
    level = _level(unit)
    ids = STREET_IDS if level is hp.Level.STREET_TOWN else STATION_IDS
    assert [f.requirement for f in check.findings] == ids
    assert {(f.due, f.as_of) for f in check.findings} == {(p.premises_due, as_of)}
    assert all(f.note is None for f in check.findings)
    assert (check.level, check.due) == (level, p.premises_due)
    assert check.premises == (given if given is not None else hp.Premises())
    assert check.clauses == ("三（二）",)
    assert check.explain().splitlines()[0] == (
        f"依据三（二），{level.label}的服务场所应于{p.premises_due.year}年"
        f"{p.premises_due.month}月{p.premises_due.day}日前基本达标。"
    )


@pytest.mark.requirement(id="premises.floor_area")
@pytest.mark.reading(id="R8")
@given(premises, dates, params)
def test_a_street_agency_s_floor_area_is_short_by_exactly_the_gap(given, as_of, p):
    f = hp.check_premises(hp.Level.STREET_TOWN, given, as_of=as_of, params=p).findings[0]
    minimum = p.street_minimum_floor_area_m2
    area = given.floor_area_m2
    assert f.fact("minimum") == f"{minimum}平方米"
    if area is None:
        assert f.status is hp.Status.UNVERIFIED
        assert [k for k, _ in f.facts] == ["minimum"]
    elif area >= minimum:
        assert f.status is hp.Status.MET
        assert [k for k, _ in f.facts] == ["minimum", "area"]
    else:
        assert f.status is hp.Status.NOT_MET
        gap = Decimal(minimum) - area
        assert Decimal(f.fact("gap").removesuffix("平方米")) == gap


@pytest.mark.requirement(id="premises.office")
@given(premises, dates)
def test_a_station_s_office_is_met_by_its_own_or_a_shared_one_and_unknown_if_not_said(given, as_of):
    f = hp.check_premises(hp.UnitKind.COMMUNITY, given, as_of=as_of).findings[0]
    office, shared = given.dedicated_office, given.co_located
    if office:
        assert (f.status, f.facts) == (hp.Status.MET, (("how", "设有专门办公室"),))
    elif shared:
        assert (f.status, f.facts) == (hp.Status.MET, (("how", "与社区多功能服务平台合署办公"),))
    elif office is False and shared is False:
        assert (f.status, f.facts) == (hp.Status.NOT_MET, ())
    else:
        assert (f.status, f.facts) == (hp.Status.UNVERIFIED, ())


@pytest.mark.requirement(id="premises.windows")
@given(units, premises)
def test_windows_are_met_by_at_least_one_and_named_as_the_level_calls_them(unit, given):
    f = hp.check_premises(unit, given).findings[1]
    window = "对外服务窗口" if _level(unit) is hp.Level.STREET_TOWN else "服务窗口"
    assert dict(f.facts) == {"window": window, "count": str(given.service_windows)}
    n = given.service_windows
    expected = hp.Status.UNVERIFIED if n is None else hp.Status.MET if n else hp.Status.NOT_MET
    assert f.status is expected


@pytest.mark.reading(id="R18")
@pytest.mark.requirement(id="premises.equipment")
@given(units, premises, params)
def test_the_missing_equipment_is_each_required_item_absent_in_the_order_required(unit, given, p):
    level = _level(unit)
    check = hp.check_premises(unit, given, params=p)
    f = check.findings[2]
    required = p.street_equipment if level is hp.Level.STREET_TOWN else p.community_equipment

    def names(items: tuple[hp.Equipment, ...]) -> str:
        return "、".join(premises_rule.equipment_label(e, level) for e in items)

    if given.equipment is None:
        assert check.missing_equipment == ()
        assert f.status is hp.Status.UNVERIFIED
    else:
        missing = tuple(e for e in required if e not in given.equipment)
        assert check.missing_equipment == missing
        assert f.status is (hp.Status.NOT_MET if missing else hp.Status.MET)
    assert dict(f.facts) == {"required": names(required), "missing": names(check.missing_equipment)}
    assert len(set(check.missing_equipment)) == len(check.missing_equipment)


@pytest.mark.requirement(id="premises.equipment")
def test_a_station_s_computers_are_named_with_their_network_equipment_a_street_s_not():
    assert (
        premises_rule.equipment_label(E.COMPUTER, hp.Level.COMMUNITY_VILLAGE) == "电脑（网络设备）"
    )
    assert premises_rule.equipment_label(E.COMPUTER, hp.Level.STREET_TOWN) == "电脑"
    assert premises_rule.equipment_label(E.FAX, hp.Level.COMMUNITY_VILLAGE) == "传真机"


@pytest.mark.requirement(id="premises.floor_area")
@pytest.mark.requirement(id="premises.office")
@pytest.mark.requirement(id="premises.windows")
@pytest.mark.requirement(id="premises.equipment")
@pytest.mark.reading(id="R8")
def test_the_premises_cases_read_as_pinned_for_review():
    day = dt.date(2012, 9, 15)
    s, c = hp.Level.STREET_TOWN, hp.Level.COMMUNITY_VILLAGE
    cases = {
        "street, compliant": hp.check_premises(
            s, hp.Premises(floor_area_m2=320, service_windows=3, equipment=STREET_KIT)
        ),
        "street, 250.5 m², no window, three items missing": hp.check_premises(
            s,
            hp.Premises(
                floor_area_m2=Decimal("250.5"),
                service_windows=0,
                equipment={E.COMPUTER, E.FAX, E.LED_DISPLAY},
            ),
            as_of=day,
        ),
        "street, nothing reported": hp.check_premises(hp.UnitKind.DISTRICT_TOWN, None, as_of=day),
        "street, amended standard": hp.check_premises(
            s, hp.Premises(floor_area_m2=320, service_windows=1, equipment=set()), params=AMENDED
        ),
        "station, compliant, own office": hp.check_premises(
            c, hp.Premises(service_windows=1, dedicated_office=True, equipment=STATION_KIT)
        ),
        "station, shared office, computers missing": hp.check_premises(
            hp.UnitKind.VILLAGE,
            hp.Premises(service_windows=2, co_located=True, equipment=STATION_KIT - {E.COMPUTER}),
            as_of=day,
        ),
        "station, neither office, no window, no equipment": hp.check_premises(
            c,
            hp.Premises(service_windows=0, dedicated_office=False, co_located=False, equipment=()),
            as_of=day,
        ),
        "station, office not said": hp.check_premises(
            c, hp.Premises(dedicated_office=False), as_of=day
        ),
    }
    assert_golden("premises/cases", render_all(cases))


REFUSALS = {
    "a floor area as a float": (
        lambda: hp.Premises(floor_area_m2=300.0),
        TypeError,
        r"^floor_area_m2 must be a Decimal or int number of m², or None, got 300\.0 \(float\)$",
    ),
    "a floor area as True": (
        lambda: hp.Premises(floor_area_m2=True),
        TypeError,
        r"^floor_area_m2 must be a Decimal or int number of m², or None, got True \(bool\)$",
    ),
    "a negative floor area": (
        lambda: hp.Premises(floor_area_m2=-1),
        hp.PolicyError,
        r"^floor_area_m2 must be a finite number from 0 to 1000000000, got -1$",
    ),
    "a floor area above a billion m²": (
        lambda: hp.Premises(floor_area_m2=10**9 + 1),
        hp.PolicyError,
        r"^floor_area_m2 must be a finite number from 0 to 1000000000, got 1000000001$",
    ),
    "an infinite floor area": (
        lambda: hp.Premises(floor_area_m2=Decimal("Infinity")),
        hp.PolicyError,
        r"^floor_area_m2 must be a finite number from 0 to 1000000000, got Infinity$",
    ),
    "equipment as text": (
        lambda: hp.Premises(equipment="电脑"),
        TypeError,
        r"^equipment must be an iterable of Equipment, got '电脑' \(str\)$",
    ),
    "equipment as a number": (
        lambda: hp.Premises(equipment=6),
        TypeError,
        r"^equipment must be an iterable of Equipment, got 6 \(int\)$",
    ),
    "an item of equipment as text": (
        lambda: hp.Premises(equipment=[E.FAX, "电脑"]),
        TypeError,
        r"^equipment items must be Equipment \(use Equipment\.from_label for text\), "
        r"got '电脑' \(str\)$",
    ),
    "windows as text": (
        lambda: hp.Premises(service_windows="3"),
        TypeError,
        r"^service_windows must be",
    ),
    "an office reported as 1": (
        lambda: hp.Premises(dedicated_office=1),
        TypeError,
        r"^dedicated_office must be",
    ),
    "a unit that is text": (
        lambda: hp.check_premises("street", None),
        TypeError,
        r"^unit must be a Level or UnitKind, got 'street' \(str\)$",
    ),
    "premises that are a dict": (
        lambda: hp.check_premises(hp.Level.STREET_TOWN, {"floor_area_m2": 300}),
        TypeError,
        r"^premises must be a Premises",
    ),
    "an inspection date as text": (
        lambda: hp.check_premises(hp.Level.STREET_TOWN, None, as_of="2012-09-15"),
        TypeError,
        r"^as_of must be a datetime\.date",
    ),
    "a parameter set that is not one": (
        lambda: hp.check_premises(hp.Level.STREET_TOWN, None, params={}),
        TypeError,
        r"^params must be a PolicyParameters",
    ),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_each_refusal_names_the_argument_at_fault(case):
    call, error, pattern = REFUSALS[case]
    with pytest.raises(error, match=pattern) as info:
        call()
    assert_chinese_names_the_argument(info.value)


def test_a_floor_area_of_exactly_a_billion_m2_or_nothing_is_accepted():
    assert hp.Premises(floor_area_m2=10**9).floor_area_m2 == 10**9
    assert hp.Premises(floor_area_m2=0).floor_area_m2 == 0


def test_the_premises_refusals_read_as_pinned_for_review():
    text = "\n\n".join(f"## {name}\n{refusal(call)}" for name, (call, _, _) in REFUSALS.items())
    assert_golden("premises/refusals", text)
