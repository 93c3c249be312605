"""Every public value other systems pass around pickles, copies, compares and hashes.

The objects are gathered by calling the public API the way a caller would and walking the
results' attributes, so a new public class is covered as soon as some result holds one;
a public class no walk reaches fails the test until an example is added below.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import inspect
import pickle
from decimal import Decimal
from typing import Any

import attrs
import pytest

import hrss_policy as hp

from .builders import station_unit, street_unit

D = dt.date
#: Public classes that are not values: accumulators a caller feeds, with mutable state.
NOT_VALUES = {"ProgressTally", "RollupTally"}
#: Values still being made to pickle and hash in this round (the calendar's
#: mappingproxy fields); their owner removes them when done. The set must end empty.
PENDING: set[str] = set()


def _roots() -> list[Any]:
    FT = hp.Coordinator(hp.Employment.FULL_TIME, public_servant=True, name="张三", id="1")
    PT = hp.Coordinator(hp.Employment.PART_TIME)
    inspections = [
        hp.inspect_unit(street_unit(actual_staff=10), as_of=D(2012, 9, 15)),
        hp.inspect_unit(
            station_unit(coordinators=[FT, PT], actual_staff=2, district_paid=900),
            as_of=D(2012, 9, 15),
        ),
    ]
    roots: list[Any] = [
        *inspections,
        hp.district_progress(inspections, as_of=D(2012, 9, 15)),
        hp.progress_bulletin(inspections, as_of=D(2012, 9, 15)),
        hp.rollup(inspections),
        hp.report_submissions(2024, 3, {"香洲区": D(2024, 10, 14), "金湾区": None}),
        hp.quarterly_report(2024, 3),
        hp.check_quarterly_report(2024, 3, D(2024, 10, 14)),
        hp.service_deadline(D(2026, 2, 13), 3),
        hp.check_service_time_limit(D(2026, 2, 13), 3, D(2026, 2, 26)),
        hp.plan_milestones(),
        hp.calendar_coverage(),
        hp.default_calendar().schedule(2024),
        hp.default_calendar(),
        hp.calendar_month(2024, 10),
        hp.calendar_quarter(2024, 3),
        hp.agency_name_detail(hp.UnitKind.DISTRICT_STREET, "拱北", district="香洲"),
        hp.parse_agency_name("珠海市斗门区井岸镇人力资源和社会保障服务所"),
        hp.check_agency_name(hp.UnitKind.COMMUNITY, "夏湾", "夏湾社区服务站"),
        hp.agency_names([hp.AgencyUnit(hp.UnitKind.COMMUNITY, "夏湾"), (hp.UnitKind.ZONE, "x")]),
        hp.AgencyUnit(hp.UnitKind.DISTRICT_STREET, "拱北", district="香洲"),
        hp.annual_subsidy([FT, PT]),
        hp.check_district_payment(hp.monthly_subsidy([FT, PT]), [Decimal(1000), 800]),
        hp.Roster.from_counts(full_time=2, part_time=1),
        hp.check_working_funds(True),
        hp.PLAN_2011,
        hp.PLAN_2011.info(),
        hp.CLAUSES,
        hp.READINGS,
        hp.REQUIREMENTS,
        hp.COVERAGE,
        hp.unit_profile(hp.Level.COMMUNITY_VILLAGE),
        hp.PolicyError("english", zh="中文"),
        hp.NotApplicableError("english", zh="中文"),
        hp.CalendarNotConfirmedError("english", zh="中文"),
        hp.CalendarDataError("english", zh="中文"),
    ]
    try:
        hp.parse_agency_name("珠海市香洲区拱北街道人力资源和社会保障服务所")
    except hp.NonStandardNameError as err:
        roots.append(err)
    return roots


def _walk(value: Any, seen: dict[int, Any], depth: int = 0) -> None:
    if id(value) in seen or depth > 8:
        return
    seen[id(value)] = value
    if isinstance(value, str | bytes | int | Decimal | dt.date | enum.Enum) or value is None:
        return
    if isinstance(value, dict) or hasattr(value, "items"):
        for k, v in value.items():
            _walk(k, seen, depth + 1)
            _walk(v, seen, depth + 1)
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            _walk(item, seen, depth + 1)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            _walk(getattr(value, field.name), seen, depth + 1)


def _instances() -> dict[str, list[Any]]:
    seen: dict[int, Any] = {}
    for root in _roots():
        _walk(root, seen)
    found: dict[str, list[Any]] = {}
    public = {getattr(hp, n): n for n in hp.__all__ if inspect.isclass(getattr(hp, n))}
    for value in seen.values():
        name = public.get(type(value))
        if name is not None:
            found.setdefault(name, []).append(value)
    return found


INSTANCES = _instances()
PUBLIC_CLASSES = sorted(
    n
    for n in hp.__all__
    if inspect.isclass(getattr(hp, n))
    and not issubclass(getattr(hp, n), enum.Enum)
    and n not in NOT_VALUES
    and n not in PENDING
)


def test_every_public_value_class_has_an_example_reached_through_the_api():
    assert [n for n in PUBLIC_CLASSES if n not in INSTANCES] == []


@pytest.mark.parametrize("name", PUBLIC_CLASSES)
def test_a_public_value_survives_pickle_and_copy_unchanged(name):
    for value in INSTANCES.get(name, [])[:3]:
        for twin in (pickle.loads(pickle.dumps(value)), copy.copy(value), copy.deepcopy(value)):
            assert type(twin) is type(value)
            if isinstance(value, BaseException):
                assert (str(twin), getattr(twin, "message_zh", None)) == (
                    str(value),
                    getattr(value, "message_zh", None),
                )
            else:
                assert twin == value


@pytest.mark.parametrize("name", PUBLIC_CLASSES)
def test_a_frozen_public_value_hashes_and_its_copies_hash_alike(name):
    cls = getattr(hp, name)
    if not attrs.has(cls) or not attrs.fields(cls) or cls.__setattr__ is object.__setattr__:
        return
    for value in INSTANCES.get(name, [])[:3]:
        try:
            h = hash(value)
        except TypeError as err:  # a frozen value holding an unhashable field
            pytest.fail(f"{name} is frozen but does not hash: {err}")
        assert hash(pickle.loads(pickle.dumps(value))) == h
