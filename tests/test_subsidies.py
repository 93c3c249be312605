"""Coordinator wage subsidies of 三（五）, as a policy officer would state them."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp

from . import strategies as s

FT = hp.Employment.FULL_TIME
PT = hp.Employment.PART_TIME


def D(x: str) -> Decimal:
    return Decimal(x)


# -- worked examples -------------------------------------------------------------------


def test_one_full_time_coordinator_gets_1000_from_the_city_and_at_least_1000_from_the_district():
    s_ = hp.monthly_subsidy([hp.Coordinator(FT)])
    assert (s_.city, s_.district_minimum, s_.total_minimum) == (
        D("1000.00"),
        D("1000.00"),
        D("2000.00"),
    )


def test_one_part_time_coordinator_gets_800_from_the_city_and_at_least_800_from_the_district():
    s_ = hp.monthly_subsidy([hp.Coordinator(PT)])
    assert (s_.city, s_.district_minimum) == (D("800.00"), D("800.00"))


def test_the_design_example_roster_costs_the_city_1800_a_month():
    roster = [
        hp.Coordinator(FT),
        hp.Coordinator(PT),
        hp.Coordinator(PT, public_servant=True),
    ]
    s_ = hp.monthly_subsidy(roster)
    assert (s_.city, s_.district_minimum) == (D("1800.00"), D("1800.00"))
    assert s_.full_time_count == 1
    assert s_.part_time_count == 2
    assert s_.clauses == ("三（五）",)


def test_a_part_time_public_servant_gets_nothing_and_the_line_says_why():
    line = hp.monthly_subsidy([hp.Coordinator(PT, public_servant=True)]).lines[0]
    assert (line.city, line.district_minimum) == (D("0.00"), D("0.00"))
    assert line.reason == "公职人员兼职不得领取兼职报酬"


def test_a_full_time_public_servant_is_counted_as_a_full_time_head_and_noted():
    line = hp.monthly_subsidy([hp.Coordinator(FT, public_servant=True)]).lines[0]
    assert line.city == D("1000.00")
    assert line.reason is None
    assert line.note is not None
    assert "采用的解读" in line.note


def test_an_empty_roster_costs_nothing():
    s_ = hp.monthly_subsidy([])
    assert s_.total_minimum == D("0.00")
    assert s_.lines == ()


def test_a_quarter_is_three_months_of_the_monthly_amounts():
    s_ = hp.subsidy_for_months([hp.Coordinator(FT), hp.Coordinator(PT)], 3)
    assert (s_.months, s_.city, s_.district_minimum) == (3, D("5400.00"), D("5400.00"))


def test_a_year_is_twelve_months():
    s_ = hp.annual_subsidy([hp.Coordinator(FT)])
    assert (s_.months, s_.city) == (12, D("12000.00"))


def test_the_explanation_lists_each_coordinator_and_the_totals():
    text = hp.monthly_subsidy(
        [hp.Coordinator(FT, name="陈明", id="A01"), hp.Coordinator(PT, public_servant=True)]
    ).explain()
    assert "1. A01 陈明 专职协理员：市级 1000.00 元；区级配套不少于 1000.00 元" in text
    assert "2. 兼职协理员（公职人员）：0.00 元 — 公职人员兼职不得领取兼职报酬" in text
    assert "合计：市级 1000.00 元；区级配套不少于 1000.00 元；合计不少于 2000.00 元" in text


def test_an_amended_amount_flows_through_to_the_totals():
    amended = attrs.evolve(hp.PLAN_2011, city_subsidy_full_time=Decimal("1200"))
    assert hp.monthly_subsidy([hp.Coordinator(FT)], params=amended).city == D("1200.00")


def test_a_generator_roster_is_accepted():
    assert hp.monthly_subsidy(hp.Coordinator(FT) for _ in range(2)).city == D("2000.00")


# -- the district's actual payment ---------------------------------------------------------


def test_a_district_paying_less_than_its_minimum_is_short_by_the_difference():
    check = hp.check_district_payment(hp.monthly_subsidy([hp.Coordinator(FT)]), 900)
    assert not check.compliant
    assert check.shortfall == D("100.00")
    assert "不足：差 100.00 元" in check.explain()


def test_a_district_paying_more_than_its_minimum_is_compliant():
    check = hp.check_district_payment(hp.monthly_subsidy([hp.Coordinator(FT)]), Decimal("1500.50"))
    assert check.compliant
    assert check.shortfall == D("0.00")


def test_overpaying_one_coordinator_does_not_cover_underpaying_another():
    roster = [hp.Coordinator(FT), hp.Coordinator(PT)]
    check = hp.check_district_payment(hp.monthly_subsidy(roster), [1200, 700])
    assert check.paid == D("1900.00")
    assert not check.compliant
    assert check.line_shortfalls == ((1, D("100.00")),)


def test_paying_a_part_time_public_servant_is_reported_as_barred():
    roster = [hp.Coordinator(FT), hp.Coordinator(PT, public_servant=True)]
    check = hp.check_district_payment(hp.monthly_subsidy(roster), [1000, 300])
    assert not check.compliant
    assert check.barred_payments == ((1, D("300.00")),)
    assert "公职人员兼职不得领取兼职报酬" in check.explain()


def test_payments_must_match_the_roster_one_for_one():
    with pytest.raises(hp.PolicyError, match="2 amounts but the roster has 1"):
        hp.check_district_payment(hp.monthly_subsidy([hp.Coordinator(FT)]), [1000, 0])


@pytest.mark.parametrize("bad", [1000.0, "1000", True, None])
def test_a_payment_that_is_not_an_exact_amount_is_refused(bad):
    with pytest.raises(TypeError):
        hp.check_district_payment(hp.monthly_subsidy([hp.Coordinator(FT)]), bad)


def test_a_payment_with_fractions_of_a_fen_is_refused_not_rounded():
    with pytest.raises(hp.PolicyError, match="2 decimal places"):
        hp.check_district_payment(hp.monthly_subsidy([]), Decimal("0.001"))


def test_a_negative_payment_is_refused():
    with pytest.raises(hp.PolicyError, match="≥ 0"):
        hp.check_district_payment(hp.monthly_subsidy([]), -1)


# -- bad input -------------------------------------------------------------------------


def test_a_single_coordinator_must_be_given_as_a_list():
    with pytest.raises(TypeError, match=r"^roster must be a Roster or an iterable of Coordinator"):
        hp.monthly_subsidy(hp.Coordinator(FT))


def test_a_roster_must_hold_only_coordinators_and_the_bad_position_is_named():
    with pytest.raises(TypeError, match=r"roster\[1\] must be a Coordinator"):
        hp.monthly_subsidy([hp.Coordinator(FT), "兼职"])


@pytest.mark.parametrize("bad", [0, -1])
def test_months_must_be_at_least_one(bad):
    with pytest.raises(hp.PolicyError, match="months must be an int ≥ 1"):
        hp.subsidy_for_months([], bad)


def test_months_must_be_an_int():
    with pytest.raises(TypeError):
        hp.subsidy_for_months([], 1.5)


def test_a_coordinator_needs_an_employment_type_and_a_bool_public_servant_flag():
    with pytest.raises(TypeError):
        hp.Coordinator("专职")
    with pytest.raises(TypeError):
        hp.Coordinator(FT, public_servant="否")
    with pytest.raises(TypeError):
        hp.Coordinator(FT, name=7)


def test_a_parameter_set_refuses_float_money():
    with pytest.raises(TypeError, match="Decimal"):
        attrs.evolve(hp.PLAN_2011, city_subsidy_part_time=800.0)


# -- laws ------------------------------------------------------------------------------


@given(s.rosters, st.integers(min_value=1, max_value=36))
def test_the_lines_sum_exactly_to_the_totals(roster, months):
    s_ = hp.subsidy_for_months(roster, months)
    assert sum((ln.city for ln in s_.lines), Decimal(0)) == s_.city
    assert sum((ln.district_minimum for ln in s_.lines), Decimal(0)) == s_.district_minimum
    assert s_.total_minimum == s_.city + s_.district_minimum
    assert len(s_.lines) == len(roster)


@given(s.rosters)
def test_a_part_time_public_servant_always_adds_nothing(roster):
    before = hp.monthly_subsidy(roster)
    after = hp.monthly_subsidy([*roster, hp.Coordinator(PT, public_servant=True)])
    assert (after.city, after.district_minimum) == (before.city, before.district_minimum)


@given(s.rosters, s.coordinators)
def test_adding_a_coordinator_never_lowers_a_total(roster, extra):
    before = hp.monthly_subsidy(roster)
    after = hp.monthly_subsidy([*roster, extra])
    assert after.city >= before.city
    assert after.district_minimum >= before.district_minimum


@given(s.rosters, st.integers(min_value=1, max_value=36))
def test_every_amount_is_a_two_place_decimal(roster, months):
    s_ = hp.subsidy_for_months(roster, months)
    amounts = [s_.city, s_.district_minimum, s_.total_minimum]
    amounts += [a for ln in s_.lines for a in (ln.city, ln.district_minimum, ln.total_minimum)]
    for a in amounts:
        assert type(a) is Decimal
        assert a.as_tuple().exponent == -2


@given(s.rosters, st.integers(min_value=1, max_value=36))
def test_n_months_cost_exactly_n_times_one_month(roster, months):
    one = hp.monthly_subsidy(roster)
    many = hp.subsidy_for_months(roster, months)
    assert many.city == one.city * months
    assert many.district_minimum == one.district_minimum * months


@given(s.rosters)
def test_the_city_pays_1000_per_full_time_and_800_per_paid_part_time_head(roster):
    full = sum(1 for c in roster if c.employment is FT)
    paid_part = sum(1 for c in roster if c.employment is PT and not c.public_servant)
    assert hp.monthly_subsidy(roster).city == Decimal(1000 * full + 800 * paid_part)


@given(s.rosters)
def test_paying_exactly_each_minimum_is_always_compliant(roster):
    s_ = hp.monthly_subsidy(roster)
    check = hp.check_district_payment(s_, [ln.district_minimum for ln in s_.lines])
    assert check.compliant
    assert hp.check_district_payment(s_, s_.district_minimum).compliant


@given(s.rosters)
def test_every_subsidy_cites_a_clause_in_the_registry(roster):
    assert all(c in hp.CLAUSES for c in hp.monthly_subsidy(roster).clauses)


# -- rosters of counts (issue 12: counts stay counts) -------------------------------------


def test_a_roster_of_counts_costs_what_the_same_coordinators_listed_one_by_one_cost():
    counts = hp.Roster.from_counts(full_time=2, part_time=3, part_time_public_servants=1)
    listed = [hp.Coordinator(FT)] * 2 + [hp.Coordinator(PT)] * 3
    listed += [hp.Coordinator(PT, public_servant=True)]
    a, b = hp.monthly_subsidy(counts), hp.monthly_subsidy(listed)
    assert (a.city, a.district_minimum) == (b.city, b.district_minimum) == (D("4400.00"),) * 2


def test_a_roster_of_counts_has_one_line_per_kind_with_its_count():
    s_ = hp.monthly_subsidy(hp.Roster.from_counts(full_time=5, part_time_public_servants=2))
    assert [(ln.kind, ln.count, ln.city) for ln in s_.lines] == [
        (hp.CoordinatorKind.FULL_TIME, 5, D("5000.00")),
        (hp.CoordinatorKind.PART_TIME_PUBLIC_SERVANT, 2, D("0.00")),
    ]


def test_a_roster_of_2_to_the_53_full_time_coordinators_is_costed_without_listing_them():
    s_ = hp.monthly_subsidy(hp.Roster.from_counts(full_time=2**53))
    assert s_.city == Decimal(1000 * 2**53).quantize(D("0.01"))
    assert len(s_.lines) == 1
    assert s_.full_time_count == 2**53


def test_a_roster_of_coordinators_keeps_one_line_per_coordinator_in_order():
    roster = hp.Roster.of([hp.Coordinator(PT, name="李"), hp.Coordinator(FT, name="陈")])
    assert [ln.coordinator.name for ln in hp.monthly_subsidy(roster).lines] == ["李", "陈"]
    assert roster.groups == ((hp.CoordinatorKind.FULL_TIME, 1), (hp.CoordinatorKind.PART_TIME, 1))


def test_a_roster_is_a_value_that_hashes_pickles_and_copies():
    import copy
    import pickle

    for r in (
        hp.Roster.from_counts(full_time=3, full_time_public_servants=1),
        hp.Roster.of([hp.Coordinator(FT, name="陈")]),
    ):
        for twin in (pickle.loads(pickle.dumps(r)), copy.copy(r), copy.deepcopy(r)):
            assert twin == r
            assert hash(twin) == hash(r)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        r.groups = ()  # type: ignore[misc]


def test_a_count_of_zero_adds_no_group():
    assert hp.Roster.from_counts(part_time=0).groups == ()
    assert hp.Roster.from_counts() == hp.Roster(())


@pytest.mark.parametrize(
    "name", ["full_time", "part_time", "part_time_public_servants", "full_time_public_servants"]
)
def test_each_count_is_refused_by_its_own_name(name):
    with pytest.raises(hp.PolicyError, match=rf"^{name} must be an int ≥ 0"):
        hp.Roster.from_counts(**{name: -1})
    with pytest.raises(hp.PolicyError, match=rf"^{name} must be at most 9007199254740992"):
        hp.Roster.from_counts(**{name: 2**53 + 1})
    with pytest.raises(TypeError, match=rf"^{name} must be a whole number"):
        hp.Roster.from_counts(**{name: True})


def test_groups_that_contradict_the_members_are_refused():
    with pytest.raises(hp.PolicyError, match="groups do not count the members"):
        hp.Roster(((hp.CoordinatorKind.FULL_TIME, 2),), members=[hp.Coordinator(FT)])


def test_a_kind_given_twice_is_refused():
    kind = hp.CoordinatorKind.PART_TIME
    with pytest.raises(hp.PolicyError, match="lists PART_TIME twice"):
        hp.Roster(((kind, 1), (kind, 2)))


@given(
    st.integers(0, 40), st.integers(0, 40), st.integers(0, 40), st.integers(0, 40),
    st.integers(1, 36),
)  # fmt: skip
def test_counts_and_the_equivalent_list_give_the_same_amounts(ft, pt, pts, fts, months):
    counts = hp.Roster.from_counts(
        full_time=ft, part_time=pt, part_time_public_servants=pts, full_time_public_servants=fts
    )
    listed = (
        [hp.Coordinator(FT)] * ft
        + [hp.Coordinator(PT)] * pt
        + [hp.Coordinator(PT, public_servant=True)] * pts
        + [hp.Coordinator(FT, public_servant=True)] * fts
    )
    a, b = hp.subsidy_for_months(counts, months), hp.subsidy_for_months(listed, months)
    assert (a.city, a.district_minimum, a.total_minimum) == (
        b.city,
        b.district_minimum,
        b.total_minimum,
    )
    assert (a.full_time_count, a.part_time_count) == (b.full_time_count, b.part_time_count)
    assert hp.Roster.of(listed).groups == counts.groups
