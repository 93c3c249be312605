"""What the subsidy rules of 三（五） refuse, and the words they refuse it with.

Each refusal names the argument at fault (``match=``); every message, in English and
Chinese, is pinned in ``tests/golden/subsidies/whole/refusals.txt``.
"""

from __future__ import annotations

import pytest

import hrss_policy as hp

from .golden import assert_golden
from .render import assert_chinese_names_the_argument, refusal

K = hp.CoordinatorKind
FT = hp.Coordinator(hp.Employment.FULL_TIME)

CASES = {
    "an empty text as a roster": (
        lambda: hp.monthly_subsidy(""),  # type: ignore[arg-type]
        TypeError,
        r"^roster must be a Roster or an iterable of Coordinator \(a list, even for one "
        r"coordinator\), got '' \(str\)$",
    ),
    "one coordinator, not a list": (
        lambda: hp.annual_subsidy(FT),  # type: ignore[arg-type]
        TypeError,
        r"^roster must be a Roster or an iterable of Coordinator",
    ),
    "a number as a roster": (
        lambda: hp.subsidy_for_months(3, 1),  # type: ignore[arg-type]
        TypeError,
        r"^roster must be a Roster or an iterable of Coordinator .* got 3 \(int\)$",
    ),
    "a list holding text": (
        lambda: hp.monthly_subsidy([FT, "张三"]),  # type: ignore[list-item]
        TypeError,
        r"^roster\[1\] must be a Coordinator",
    ),
    "no months": (
        lambda: hp.subsidy_for_months([FT], 0),
        hp.PolicyError,
        r"^months must be an int ≥ 1, got 0$",
    ),
    "more months than 2**53": (
        lambda: hp.subsidy_for_months([FT], 2**53 + 1),
        hp.PolicyError,
        r"^months must be at most 9007199254740992, got 9007199254740993$",
    ),
    "months as a bool": (
        lambda: hp.subsidy_for_months([FT], True),
        TypeError,
        r"^months must be a whole number \(int\), got True \(bool\)$",
    ),
    "a parameter set that is not one": (
        lambda: hp.monthly_subsidy([FT], params=None),  # type: ignore[arg-type]
        TypeError,
        r"^params must be a PolicyParameters",
    ),
    "a negative count of part-time coordinators": (
        lambda: hp.Roster.from_counts(part_time=-1),
        hp.PolicyError,
        r"^part_time must be an int ≥ 0, got -1$",
    ),
    "a count of public servants as text": (
        lambda: hp.Roster.from_counts(part_time_public_servants="2"),  # type: ignore[arg-type]
        TypeError,
        r"^part_time_public_servants must be a whole number \(int\), got '2' \(str\)$",
    ),
    "groups that are a list": (
        lambda: hp.Roster([(K.FULL_TIME, 1)]),  # type: ignore[arg-type]
        TypeError,
        r"^groups must be a tuple",
    ),
    "a group that is not a pair": (
        lambda: hp.Roster(((K.FULL_TIME, 1), (K.PART_TIME,))),  # type: ignore[arg-type]
        TypeError,
        r"^groups\[1\] must be a \(CoordinatorKind, count\) pair, got \(<CoordinatorKind",
    ),
    "a group that is a list": (
        lambda: hp.Roster(([K.FULL_TIME, 1],)),  # type: ignore[arg-type]
        TypeError,
        r"^groups\[0\] must be a \(CoordinatorKind, count\) pair, got \[",
    ),
    "a group of an unknown kind": (
        lambda: hp.Roster((("full_time", 1),)),  # type: ignore[arg-type]
        TypeError,
        r"^groups\[0\]\[0\] must be a CoordinatorKind",
    ),
    "a kind listed twice": (
        lambda: hp.Roster(((K.PART_TIME, 1), (K.PART_TIME, 2))),
        hp.PolicyError,
        r"^groups lists PART_TIME twice; give each kind of coordinator once$",
    ),
    "a negative group count named by its keyword": (
        lambda: hp.Roster(((K.FULL_TIME_PUBLIC_SERVANT, -3),)),
        hp.PolicyError,
        r"^full_time_public_servants must be an int ≥ 0, got -3$",
    ),
    "members the groups do not count": (
        lambda: hp.Roster(((K.FULL_TIME, 2),), members=(FT,)),
        hp.PolicyError,
        r"^groups do not count the members of the roster; build it with Roster\.of\(coordinators\)$",
    ),
    "members that are not coordinators": (
        lambda: hp.Roster(((K.FULL_TIME, 1),), members=("张三",)),  # type: ignore[arg-type]
        TypeError,
        r"^members\[0\] must be a Coordinator",
    ),
    "Roster.of a single coordinator": (
        lambda: hp.Roster.of(FT),  # type: ignore[arg-type]
        TypeError,
        r"^coordinators must be",
    ),
    "a count of a kind given as text": (
        lambda: hp.Roster.of([FT]).count("full_time"),  # type: ignore[arg-type]
        TypeError,
        r"^kind must be a CoordinatorKind",
    ),
    "an employment given as text": (
        lambda: hp.Coordinator("full_time"),  # type: ignore[arg-type]
        TypeError,
        r"^employment must be an? Employment, got .full_time. \(str\)$",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_refusal_names_the_argument_at_fault(case):
    call, error, pattern = CASES[case]
    with pytest.raises(error, match=pattern) as info:
        call()
    assert_chinese_names_the_argument(info.value)


def test_a_roster_given_the_members_it_counts_is_accepted():
    roster = hp.Roster(((K.FULL_TIME, 1),), members=(FT,))
    assert roster == hp.Roster.of([FT])


def test_a_roster_of_counts_is_named_and_ordered_by_kind_whatever_order_it_was_given_in():
    roster = hp.Roster(((K.PART_TIME, 2), (K.FULL_TIME, 1), (K.PART_TIME_PUBLIC_SERVANT, 0)))
    assert roster.groups == ((K.FULL_TIME, 1), (K.PART_TIME, 2))


def test_the_subsidy_refusals_read_as_pinned_for_review():
    text = "\n\n".join(f"## {name}\n{refusal(call)}" for name, (call, _, _) in CASES.items())
    assert_golden("subsidies/whole/refusals", text)
