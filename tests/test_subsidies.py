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
    with pytest.raises(TypeError, match="a list, even for one coordinator"):
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
