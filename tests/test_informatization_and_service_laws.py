"""Information systems (三（三）) and service practice (三（四）) as laws, and pinned whole.

For any evidence and inspection date: one finding per requirement in the register's
order, each stamped with the date and due by the milestone of 二 (R16); what was not
reported is unverified. A grid of checks is pinned in
``tests/golden/informatization_and_service/cases.txt``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp

from .builders import informatization
from .golden import assert_golden
from .render import assert_chinese_names_the_argument, refusal, render_all

#: The marks of a test that pins every requirement of 三（三）, in the register's order.
IT = (
    pytest.mark.requirement(id="it.network"),
    pytest.mark.requirement(id="it.software"),
    pytest.mark.requirement(id="it.systems"),
    pytest.mark.requirement(id="it.ledgers"),
    pytest.mark.requirement(id="it.online"),
)
#: The marks of a test that pins every requirement of 三（四）, in the register's order.
SERVICE = (
    pytest.mark.requirement(id="service.standards"),
    pytest.mark.requirement(id="service.operations"),
    pytest.mark.requirement(id="service.simplified"),
    pytest.mark.requirement(id="service.items_public"),
    pytest.mark.requirement(id="service.procedures_clear"),
    pytest.mark.requirement(id="service.one_stop"),
    pytest.mark.requirement(id="service.satisfied_window"),
    pytest.mark.requirement(id="service.first_contact"),
    pytest.mark.requirement(id="service.time_limit"),
    pytest.mark.requirement(id="service.accountability"),
    pytest.mark.requirement(id="service.training_system"),
    pytest.mark.requirement(id="service.training"),
    pytest.mark.requirement(id="service.certification"),
)
IT_IDS = [m.kwargs["id"] for m in IT]
SERVICE_IDS = [m.kwargs["id"] for m in SERVICE]
#: The service practice's yes-or-no fields, one per requirement before the two counts.
YES_NO = tuple(i.removeprefix("service.") for i in SERVICE_IDS[:-2])


def pins(*marks: pytest.MarkDecorator) -> Callable[[_F], _F]:
    """Mark a test with each of *marks* (the requirements it pins)."""

    def mark(test: _F) -> _F:
        for m in reversed(marks):
            test = m(test)
        return test

    return mark


AMENDED = attrs.evolve(
    hp.PLAN_2011,
    informatization_due=dt.date(2013, 9, 30),
    professionalization_due=dt.date(2013, 10, 31),
    business_systems=(hp.BusinessSystem.SOCIAL_INSURANCE, hp.BusinessSystem.EMPLOYMENT),
    online_services=(hp.OnlineService.INFORMATION_QUERY,),
    community_business_systems=tuple(hp.BusinessSystem),
    network_in_place=False,
)
optional_bools = st.none() | st.booleans()
optional_counts = st.none() | st.integers(0, 12)
systems = st.builds(
    hp.Informatization,
    network_connected=optional_bools,
    unified_software=optional_bools,
    business_systems=st.none() | st.frozensets(st.sampled_from(hp.BusinessSystem)),
    ledgers_kept=optional_bools,
    online_services=st.none() | st.frozensets(st.sampled_from(hp.OnlineService)),
)
practices = st.builds(
    hp.ServicePractice,
    **dict.fromkeys(YES_NO, optional_bools),
    trained_staff=optional_counts,
    certified_staff=optional_counts,
)
_F = TypeVar("_F", bound=Callable[..., Any])
units = st.sampled_from([*hp.Level, *hp.UnitKind])
dates = st.none() | st.dates(dt.date(2011, 11, 23), dt.date(2030, 12, 31))
params = st.sampled_from([hp.PLAN_2011, AMENDED])


def _yes_no(value: bool | None) -> hp.Status:
    if value is None:
        return hp.Status.UNVERIFIED
    return hp.Status.MET if value else hp.Status.NOT_MET


def _level(unit: hp.Level | hp.UnitKind) -> hp.Level:
    return unit.level if isinstance(unit, hp.UnitKind) else unit


@pytest.mark.reading(id="R19")
@pytest.mark.reading(id="R20")
@pins(*IT)
@pytest.mark.reading(id="R16")
@given(units, st.none() | systems, dates, params)
def test_each_information_requirement_is_one_finding_judged_on_what_was_reported(
    unit, given, as_of, p
):
    check = hp.check_informatization(unit, given, as_of=as_of, params=p)
    it = given if given is not None else hp.Informatization()
    assert [f.requirement for f in check.findings] == IT_IDS
    assert {(f.due, f.as_of) for f in check.findings} == {(p.informatization_due, as_of)}
    assert (check.level, check.due, check.informatization) == (
        _level(unit),
        p.informatization_due,
        it,
    )
    network, software, listed, ledgers, online = check.findings
    for f, value in ((network, it.network_connected), (software, it.unified_software)):
        # What the clause says exists is met unless reported otherwise (R20), with a note.
        presumed = value is None and p.network_in_place
        assert f.status is (hp.Status.MET if presumed else _yes_no(value))
        assert (f.note is not None) == presumed
        assert f.facts == ()
    assert (ledgers.status, ledgers.facts, ledgers.note) == (_yes_no(it.ledgers_kept), (), None)
    systems = (
        p.business_systems if _level(unit) is hp.Level.STREET_TOWN else p.community_business_systems
    )
    for f, present, required in (
        (listed, it.business_systems, systems),
        (online, it.online_services, p.online_services),
    ):
        assert f.fact("required") == "、".join(r.label for r in required)
        if present is None:
            assert f.status is hp.Status.UNVERIFIED
            assert [k for k, _ in f.facts] == ["required"]
            continue
        missing = [r.label for r in required if r not in present]
        assert f.fact("missing") == "、".join(missing)
        assert f.status is (hp.Status.NOT_MET if missing else hp.Status.MET)


@pins(*SERVICE)
@pytest.mark.reading(id="R16")
@given(units, st.none() | practices, optional_counts, dates, params)
def test_each_service_requirement_is_one_finding_and_training_counts_every_staff_member(
    unit, given, staff, as_of, p
):
    check = hp.check_service_practice(unit, given, staff=staff, as_of=as_of, params=p)
    practice = given if given is not None else hp.ServicePractice()
    assert [f.requirement for f in check.findings] == SERVICE_IDS
    judged = (
        p.training_first_due.year
        if as_of is None
        else max(p.training_first_due.year, as_of.year - 1)
    )
    # The yearly training is due by the end of the year judged (R22); the rest with 二 (R16).
    assert {
        (f.due, f.as_of, f.note) for f in check.findings if f.requirement != "service.training"
    } == {(p.professionalization_due, as_of, None)}
    assert (check.training_year, check.findings[11].due) == (judged, check.training_due)
    assert check.training_due is not None
    assert check.training_due.year == judged
    assert (check.level, check.due, check.practice, check.staff) == (
        _level(unit),
        p.professionalization_due,
        practice,
        staff,
    )
    yes_no = [getattr(practice, name) for name in YES_NO]
    for f, value in zip(check.findings[: len(YES_NO)], yes_no, strict=True):
        assert (f.status, f.facts) == (_yes_no(value), ())
    training, certification = check.findings[len(YES_NO) :]
    year = f"{judged}年"
    for f, name, count, extra, what in (
        (training, "trained", practice.trained_staff, {"year": year}, f"{year}轮训人数"),
        (certification, "certified", practice.certified_staff, {}, "持证人数"),
    ):
        # The reason names exactly the facts missing; no staff is not "all trained".
        missing = [t for t, v in ((what, count), ("工作人员数", staff)) if v is None]
        if missing or staff == 0:
            reason = f"未报送{'和'.join(missing)}" if missing else "实有工作人员0人"
            assert (f.status, dict(f.facts)) == (hp.Status.UNVERIFIED, {**extra, "reason": reason})
            continue
        assert dict(f.facts) == {
            **extra,
            name: f"{count}人",
            "staff": f"{staff}人",
            "gap": f"{max(staff - count, 0)}人",
        }
        assert f.status is (hp.Status.MET if count >= staff else hp.Status.NOT_MET)


@pins(*IT, *SERVICE)
@pytest.mark.reading(id="R16")
def test_the_information_and_service_cases_read_as_pinned_for_review():
    day = dt.date(2012, 9, 15)
    s, c = hp.Level.STREET_TOWN, hp.Level.COMMUNITY_VILLAGE
    full = informatization()
    cases = {
        "information systems, all in place": hp.check_informatization(s, full, as_of=day),
        "information systems, two systems missing, nothing online": hp.check_informatization(
            hp.UnitKind.COMMUNITY,
            hp.Informatization(
                network_connected=False,
                unified_software=True,
                business_systems=frozenset(hp.BusinessSystem)
                - {hp.BusinessSystem.EMPLOYMENT, hp.BusinessSystem.LABOR_INSPECTION},
                ledgers_kept=False,
                online_services=(),
            ),
            as_of=day,
        ),
        "information systems, nothing reported": hp.check_informatization(c, None),
        "information systems, amended lists and due date": hp.check_informatization(
            s, full, params=AMENDED
        ),
        "service, all practised, everyone trained": hp.check_service_practice(
            s,
            hp.ServicePractice(
                one_stop=True,
                first_contact=True,
                time_limit=True,
                accountability=True,
                trained_staff=8,
                certified_staff=9,
            ),
            staff=8,
            as_of=day,
        ),
        "service, two short of training, one of certificates": hp.check_service_practice(
            hp.UnitKind.VILLAGE,
            hp.ServicePractice(
                one_stop=False,
                first_contact=None,
                time_limit=True,
                accountability=False,
                trained_staff=1,
                certified_staff=2,
            ),
            staff=3,
            as_of=day,
        ),
        "service, no staff count, undated": hp.check_service_practice(
            s, hp.ServicePractice(trained_staff=3, certified_staff=3)
        ),
        "service, nothing reported, amended due date": hp.check_service_practice(
            c, None, staff=2, params=AMENDED
        ),
    }
    assert_golden("informatization_and_service/cases", render_all(cases))


REFUSALS = {
    "information systems that are a dict": (
        lambda: hp.check_informatization(hp.Level.STREET_TOWN, {"network_connected": True}),
        TypeError,
        r"^informatization must be an? Informatization, got \{",
    ),
    "a network reported as 1": (
        lambda: hp.Informatization(network_connected=1),
        TypeError,
        r"^network_connected must be True or False, got 1 \(int\)$",
    ),
    "business systems as text": (
        lambda: hp.Informatization(business_systems="就业"),
        TypeError,
        r"^business_systems must be an iterable",
    ),
    "an online service as text": (
        lambda: hp.Informatization(online_services=["网上办事"]),
        TypeError,
        r"^online_services\[0\] must be an? OnlineService",
    ),
    "a unit that is text (information systems)": (
        lambda: hp.check_informatization("street", None),
        TypeError,
        r"^unit must be a Level or UnitKind, got 'street' \(str\)$",
    ),
    "an inspection date as text (information systems)": (
        lambda: hp.check_informatization(hp.Level.STREET_TOWN, None, as_of="2012"),
        TypeError,
        r"^as_of must be a datetime\.date",
    ),
    "practice that is a dict": (
        lambda: hp.check_service_practice(hp.Level.STREET_TOWN, {"one_stop": True}),
        TypeError,
        r"^practice must be an? ServicePractice, got \{",
    ),
    "a staff count below zero": (
        lambda: hp.check_service_practice(hp.Level.STREET_TOWN, None, staff=-1),
        hp.PolicyError,
        r"^staff must be an int ≥ 0, got -1$",
    ),
    "a staff count as text": (
        lambda: hp.check_service_practice(hp.Level.STREET_TOWN, None, staff="8"),
        TypeError,
        r"^staff must be a whole number \(int\), got '8' \(str\)$",
    ),
    "trained staff below zero": (
        lambda: hp.ServicePractice(trained_staff=-1),
        hp.PolicyError,
        r"^trained_staff must be an int ≥ 0, got -1$",
    ),
    "a unit that is text (service)": (
        lambda: hp.check_service_practice(None, None),
        TypeError,
        r"^unit must be a Level or UnitKind, got None \(NoneType\)$",
    ),
    "an inspection date as text (service)": (
        lambda: hp.check_service_practice(hp.Level.STREET_TOWN, None, as_of="2012"),
        TypeError,
        r"^as_of must be a datetime\.date",
    ),
    "a parameter set that is not one (service)": (
        lambda: hp.check_service_practice(hp.Level.STREET_TOWN, None, params=None),
        TypeError,
        r"^params must be a PolicyParameters",
    ),
    "a parameter set that is not one (information systems)": (
        lambda: hp.check_informatization(hp.Level.STREET_TOWN, None, params=None),
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


def test_the_information_and_service_refusals_read_as_pinned_for_review():
    text = "\n\n".join(f"## {name}\n{refusal(call)}" for name, (call, _, _) in REFUSALS.items())
    assert_golden("informatization_and_service/refusals", text)
