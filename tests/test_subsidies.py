"""Coordinator wage subsidies of 三（五）, as a policy officer would state them."""

from __future__ import annotations

import copy
import decimal
import pickle
import re
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp
from hrss_policy.plan.clauses import FUNDING, cited
from hrss_policy.rules.funding.subsidy import MAX_MONTHS

from . import strategies as s
from .golden import assert_golden

FT = hp.Employment.FULL_TIME
PT = hp.Employment.PART_TIME
K = hp.CoordinatorKind
GOLDEN = Path(__file__).parent / "golden" / "subsidies"
PER_STATION = attrs.evolve(hp.PLAN_2011, district_minimum_basis=hp.DistrictMinimumBasis.PER_STATION)
SERVANTS_UNPAID = attrs.evolve(hp.PLAN_2011, full_time_public_servant_paid=False)


def D(x: str) -> Decimal:
    return Decimal(x)


def ft(**kw: object) -> hp.Coordinator:
    return hp.Coordinator(FT, **kw)  # type: ignore[arg-type]


def pt(**kw: object) -> hp.Coordinator:
    return hp.Coordinator(PT, **kw)  # type: ignore[arg-type]


DESIGN_ROSTER = [ft(), pt(), pt(public_servant=True)]


def listed(counts: dict[str, int]) -> list[hp.Coordinator]:
    """The coordinators a roster of counts stands for, one by one."""
    return (
        [ft()] * counts.get("full_time", 0)
        + [pt()] * counts.get("part_time", 0)
        + [pt(public_servant=True)] * counts.get("part_time_public_servants", 0)
        + [ft(public_servant=True)] * counts.get("full_time_public_servants", 0)
    )


# -- worked examples -------------------------------------------------------------------


@pytest.mark.requirement(id="funding.district_top_up")
def test_one_full_time_coordinator_gets_1000_from_the_city_and_at_least_1000_from_the_district():
    s_ = hp.monthly_subsidy([ft()])
    assert (s_.city, s_.district_minimum, s_.total_minimum) == (
        D("1000.00"),
        D("1000.00"),
        D("2000.00"),
    )


@pytest.mark.requirement(id="funding.district_top_up")
def test_one_part_time_coordinator_gets_800_from_the_city_and_at_least_800_from_the_district():
    s_ = hp.monthly_subsidy([pt()])
    assert (s_.city, s_.district_minimum) == (D("800.00"), D("800.00"))


@pytest.mark.requirement(id="funding.district_top_up")
def test_the_design_example_roster_costs_the_city_1800_a_month():
    s_ = hp.monthly_subsidy(DESIGN_ROSTER)
    assert (s_.city, s_.district_minimum) == (D("1800.00"), D("1800.00"))
    assert (s_.full_time_count, s_.part_time_count, s_.heads) == (1, 2, 3)
    assert s_.clauses == ("三（五）",)


@pytest.mark.requirement(id="funding.district_top_up")
def test_a_part_time_public_servant_gets_nothing_because_the_document_bars_part_time_pay():
    line = hp.monthly_subsidy([pt(public_servant=True)]).lines[0]
    assert (line.city, line.district_minimum) == (D("0.00"), D("0.00"))
    assert line.barred
    assert line.reason == "属于公职人员，按规定不得领取兼职报酬"


@pytest.mark.requirement(id="funding.district_top_up")
@pytest.mark.reading(id="R3")
def test_a_full_time_public_servant_is_counted_as_a_full_time_head_and_the_line_says_so():
    s_ = hp.monthly_subsidy([ft(public_servant=True)])
    line = s_.lines[0]
    assert (line.city, line.district_minimum, line.barred) == (D("1000.00"), D("1000.00"), False)
    assert line.note is not None
    assert "本库解读R3：" in line.note
    assert line.note in s_.explain()


@pytest.mark.requirement(id="funding.district_top_up")
@pytest.mark.reading(id="R3")
def test_under_the_other_reading_of_r3_a_full_time_public_servant_draws_no_coordinator_pay():
    s_ = hp.monthly_subsidy([ft(public_servant=True), ft()], params=SERVANTS_UNPAID)
    assert (s_.city, s_.district_minimum) == (D("1000.00"), D("1000.00"))
    assert s_.lines[0].barred
    assert "按所选解读不领取协理员工资补助" in s_.explain()


@pytest.mark.requirement(id="funding.district_top_up")
@pytest.mark.reading(id="R13")
def test_per_station_a_district_owes_1000_for_its_full_time_and_800_for_its_part_time_posts():
    roster = [ft(), ft(), ft(), pt(), pt(), pt(public_servant=True)]
    s_ = hp.monthly_subsidy(roster, params=PER_STATION)
    assert (s_.city, s_.district_minimum) == (D("4600.00"), D("1800.00"))
    assert [ln.district_minimum for ln in s_.lines] == [
        D(x) for x in ("1000", "0", "0", "800", "0", "0")
    ]
    assert "区级配套已按服务机构计入第1项" in s_.explain()


@pytest.mark.requirement(id="funding.district_top_up")
@pytest.mark.reading(id="R13")
def test_per_station_a_station_of_part_time_public_servants_only_is_owed_nothing():
    s_ = hp.monthly_subsidy(hp.Roster.from_counts(part_time_public_servants=3), params=PER_STATION)
    assert s_.district_minimum == D("0.00")


@pytest.mark.requirement(id="funding.district_top_up")
@pytest.mark.reading(id="R3")
@pytest.mark.reading(id="R13")
def test_per_station_a_full_time_public_servant_brings_the_1000_only_under_r3s_default():
    roster = [ft(public_servant=True), pt()]
    assert hp.monthly_subsidy(roster, params=PER_STATION).district_minimum == D("1800.00")
    unpaid = attrs.evolve(PER_STATION, full_time_public_servant_paid=False)
    assert hp.monthly_subsidy(roster, params=unpaid).district_minimum == D("800.00")


@pytest.mark.requirement(id="funding.district_top_up")
@pytest.mark.reading(id="R13")
def test_per_station_a_quarter_is_three_months_of_the_station_minimum():
    r = hp.Roster.from_counts(full_time=4, part_time=2)
    s_ = hp.subsidy_for_months(r, 3, params=PER_STATION)
    assert (s_.city, s_.district_minimum) == (D("16800.00"), D("5400.00"))


def test_an_empty_roster_costs_nothing_and_says_it_has_no_coordinators():
    s_ = hp.monthly_subsidy([])
    assert s_.total_minimum == D("0.00")
    assert s_.lines == ()
    assert "未配备协理员" in s_.explain()


def test_a_quarter_is_three_months_of_the_monthly_amounts():
    s_ = hp.subsidy_for_months([ft(), pt()], 3)
    assert (s_.months, s_.city, s_.district_minimum) == (3, D("5400.00"), D("5400.00"))


@pytest.mark.reading(id="R17")
def test_a_year_is_twelve_months_unless_the_parameters_say_otherwise():
    assert (hp.annual_subsidy([ft()]).months, hp.annual_subsidy([ft()]).city) == (12, D("12000.00"))
    half = attrs.evolve(hp.PLAN_2011, months_per_year=6)
    assert hp.annual_subsidy([ft()], params=half).city == D("6000.00")


def test_an_amended_amount_flows_through_to_the_totals_and_the_explanation():
    amended = attrs.evolve(hp.PLAN_2011, city_subsidy_full_time=Decimal("1200"))
    s_ = hp.monthly_subsidy([ft()], params=amended)
    assert s_.city == D("1200.00")
    assert s_.params is amended
    assert "市级补助1200.00元" in s_.explain()


def test_a_generator_roster_is_accepted():
    assert hp.monthly_subsidy(ft() for _ in range(2)).city == D("2000.00")


def test_a_roster_object_of_coordinators_gives_the_same_breakdown_as_the_list():
    assert hp.monthly_subsidy(hp.Roster.of(DESIGN_ROSTER)) == hp.monthly_subsidy(DESIGN_ROSTER)


def test_every_rule_declares_the_funding_clause():
    for rule in (hp.monthly_subsidy, hp.subsidy_for_months, hp.annual_subsidy):
        assert cited(rule) == (FUNDING,)


# -- rosters of counts (counts stay counts) -------------------------------------


def test_a_roster_of_counts_costs_what_the_same_coordinators_listed_one_by_one_cost():
    counts = hp.Roster.from_counts(full_time=2, part_time=3, part_time_public_servants=1)
    a, b = (
        hp.monthly_subsidy(counts),
        hp.monthly_subsidy([ft(), ft(), pt(), pt(), pt(), *DESIGN_ROSTER[2:]]),
    )
    assert (a.city, a.district_minimum) == (b.city, b.district_minimum) == (D("4400.00"),) * 2


def test_a_roster_of_counts_has_one_line_per_kind_with_its_count():
    s_ = hp.monthly_subsidy(hp.Roster.from_counts(full_time=5, part_time_public_servants=2))
    assert s_.by_counts
    assert [(ln.kind, ln.count, ln.city) for ln in s_.lines] == [
        (K.FULL_TIME, 5, D("5000.00")),
        (K.PART_TIME_PUBLIC_SERVANT, 2, D("0.00")),
    ]
    assert "1000.00元 × 5人 = 5000.00元" in s_.explain()


def test_a_roster_of_2_to_the_53_full_time_coordinators_is_costed_without_listing_them():
    s_ = hp.monthly_subsidy(hp.Roster.from_counts(full_time=2**53))
    assert s_.city == Decimal(f"{1000 * 2**53}.00")
    assert len(s_.lines) == 1
    assert s_.full_time_count == 2**53


def test_the_largest_roster_over_the_most_months_is_still_exact_to_the_fen():
    r = hp.Roster.from_counts(**dict.fromkeys(["full_time", "part_time"], 2**53))
    s_ = hp.subsidy_for_months(r, MAX_MONTHS)
    assert s_.city == Decimal(f"{1800 * 2**53 * 2**53}.00")
    assert "E" not in s_.explain()
    assert re.search(r"合计市级补助\d+\.\d\d元", s_.explain())


def test_a_roster_of_coordinators_keeps_one_line_per_coordinator_in_order():
    roster = hp.Roster.of([pt(name="李"), ft(name="陈")])
    assert [ln.coordinator.name for ln in hp.monthly_subsidy(roster).lines] == ["李", "陈"]
    assert roster.groups == ((K.FULL_TIME, 1), (K.PART_TIME, 1))
    assert not roster.by_counts


def test_a_roster_says_how_many_of_each_kind_it_holds():
    r = hp.Roster.from_counts(part_time=3, full_time_public_servants=2)
    assert [r.count(k) for k in K] == [0, 3, 0, 2]
    assert r.heads == 5
    with pytest.raises(TypeError, match=r"^kind must be a CoordinatorKind"):
        r.count("part_time")  # type: ignore[arg-type]


def test_a_roster_is_a_value_that_hashes_pickles_and_copies():
    for r in (
        hp.Roster.from_counts(full_time=3, full_time_public_servants=1),
        hp.Roster.of([ft(name="陈")]),
    ):
        for twin in (pickle.loads(pickle.dumps(r)), copy.copy(r), copy.deepcopy(r)):
            assert twin == r
            assert hash(twin) == hash(r)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            r.groups = ()  # type: ignore[misc]
        assert not hasattr(r, "__dict__")


def test_a_breakdown_is_a_value_that_pickles_and_copies():
    s_ = hp.subsidy_for_months(hp.Roster.from_counts(full_time=2), 3, params=PER_STATION)
    for twin in (pickle.loads(pickle.dumps(s_)), copy.deepcopy(s_)):
        assert twin == s_
        assert twin.explain() == s_.explain()


def test_a_count_of_zero_adds_no_group():
    assert hp.Roster.from_counts(part_time=0).groups == ()
    assert hp.Roster.from_counts() == hp.Roster(())


def test_groups_are_kept_in_the_order_of_the_kinds_whatever_order_they_are_given_in():
    assert hp.Roster(((K.PART_TIME, 1), (K.FULL_TIME, 2))).groups == (
        (K.FULL_TIME, 2),
        (K.PART_TIME, 1),
    )


@pytest.mark.parametrize(
    "name", ["full_time", "part_time", "part_time_public_servants", "full_time_public_servants"]
)
def test_each_count_is_refused_by_its_own_name(name):
    with pytest.raises(hp.PolicyError, match=rf"^{name} must be an int ≥ 0, got -1$") as exc:
        hp.Roster.from_counts(**{name: -1})
    assert exc.value.message_zh.endswith("人数应为不小于0的整数，收到-1")
    with pytest.raises(hp.PolicyError, match=rf"^{name} must be at most 9007199254740992"):
        hp.Roster.from_counts(**{name: 2**53 + 1})
    with pytest.raises(TypeError, match=rf"^{name} must be a whole number"):
        hp.Roster.from_counts(**{name: True})
    with pytest.raises(TypeError, match=rf"^{name} must be a whole number"):
        hp.Roster.from_counts(**{name: 3.0})


def test_counts_are_given_by_keyword_only():
    with pytest.raises(TypeError):
        hp.Roster.from_counts(1, 2)  # type: ignore[misc]


def test_groups_that_contradict_the_members_are_refused():
    with pytest.raises(hp.PolicyError, match=r"^groups do not count the members") as exc:
        hp.Roster(((K.FULL_TIME, 2),), members=[ft()])
    assert exc.value.message_zh == "协理员分组人数与名单不符"


def test_a_kind_given_twice_is_refused():
    with pytest.raises(hp.PolicyError, match=r"^groups lists PART_TIME twice") as exc:
        hp.Roster(((K.PART_TIME, 1), (K.PART_TIME, 2)))
    assert "兼职协理员" in exc.value.message_zh


@pytest.mark.parametrize(
    ("groups", "pattern"),
    [
        ([(K.FULL_TIME, 1)], r"^groups must be a tuple"),
        (((K.FULL_TIME,),), r"^groups\[0\] must be a \(CoordinatorKind, count\) pair"),
        ((("full_time", 1),), r"^groups\[0\]\[0\] must be a CoordinatorKind"),
    ],
)
def test_malformed_groups_are_refused_naming_the_position(groups, pattern):
    with pytest.raises(TypeError, match=pattern):
        hp.Roster(groups)


def test_a_roster_of_coordinators_refuses_anything_else_naming_the_argument():
    with pytest.raises(TypeError, match=r"^coordinators must be an iterable of Coordinator"):
        hp.Roster.of("专职")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^coordinators\[1\] must be a Coordinator"):
        hp.Roster.of([ft(), "兼职"])  # type: ignore[list-item]


# -- bad input -------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [ft(), "", "专职", b"", 3, None])
def test_a_roster_that_is_not_a_list_of_coordinators_is_refused(bad):
    with pytest.raises(TypeError, match=r"^roster must be a Roster or an iterable of Coordinator"):
        hp.monthly_subsidy(bad)


def test_a_roster_must_hold_only_coordinators_and_the_bad_position_is_named():
    with pytest.raises(TypeError, match=r"^roster\[1\] must be a Coordinator"):
        hp.monthly_subsidy([ft(), "兼职"])


@pytest.mark.parametrize("bad", [0, -1])
def test_months_must_be_at_least_one(bad):
    with pytest.raises(hp.PolicyError, match=rf"^months must be an int ≥ 1, got {bad}$") as exc:
        hp.subsidy_for_months([], bad)
    assert exc.value.message_zh == f"月数应为不小于1的整数，收到{bad}"


@pytest.mark.parametrize("bad", [2**53 + 1, 10**24, 10**32])
def test_months_past_2_to_the_53_are_refused_rather_than_printed_in_scientific_notation(bad):
    with pytest.raises(hp.PolicyError, match=r"^months must be at most 9007199254740992") as exc:
        hp.subsidy_for_months([ft()], bad)
    assert exc.value.message_zh.startswith("月数不得超过9007199254740992")


@pytest.mark.parametrize("bad", [1.5, 3.0, "3", True, None])
def test_months_must_be_an_int(bad):
    with pytest.raises(TypeError, match=r"^months must be a whole number"):
        hp.subsidy_for_months([], bad)


@pytest.mark.parametrize("rule", [hp.monthly_subsidy, hp.annual_subsidy])
@pytest.mark.parametrize("bad", [None, "PLAN_2011", {}])
def test_parameters_that_are_not_a_parameter_set_are_refused_at_the_door(rule, bad):
    with pytest.raises(TypeError, match=r"^params must be a PolicyParameters"):
        rule([ft()], params=bad)
    with pytest.raises(TypeError, match=r"^params must be a PolicyParameters"):
        hp.subsidy_for_months([ft()], 2, params=bad)


def test_a_coordinator_needs_an_employment_type_and_a_bool_public_servant_flag():
    with pytest.raises(TypeError, match=r"^employment must be a Employment"):
        hp.Coordinator("专职")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^public_servant must be True or False"):
        hp.Coordinator(FT, public_servant="否")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^name must be a str"):
        hp.Coordinator(FT, name=7)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^id must be a str"):
        hp.Coordinator(FT, id=7)  # type: ignore[arg-type]


def test_a_parameter_set_refuses_float_money():
    with pytest.raises(TypeError, match=r"^city_subsidy_part_time must be a Decimal"):
        attrs.evolve(hp.PLAN_2011, city_subsidy_part_time=800.0)


# -- the Chinese explanation (golden files an officer reviews line by line) -------------------

GOLDEN_CASES = {
    "design_roster": lambda: hp.monthly_subsidy(DESIGN_ROSTER),
    "named_roster_for_a_quarter": lambda: hp.subsidy_for_months(
        [
            ft(name="陈明", id="A01"),
            pt(name="李华"),
            pt(public_servant=True),
            ft(public_servant=True),
        ],
        3,
    ),
    "counts_roster_for_a_year": lambda: hp.annual_subsidy(
        hp.Roster.from_counts(full_time=5, part_time=2, part_time_public_servants=1)
    ),
    "per_station_basis": lambda: hp.monthly_subsidy(
        [ft(name="陈明"), ft(name="王强"), pt(), pt(public_servant=True)], params=PER_STATION
    ),
    "per_station_counts_for_a_quarter": lambda: hp.subsidy_for_months(
        hp.Roster.from_counts(full_time=3, part_time=2, full_time_public_servants=1),
        3,
        params=PER_STATION,
    ),
    "full_time_public_servant_unpaid": lambda: hp.monthly_subsidy(
        hp.Roster.from_counts(full_time=1, full_time_public_servants=1), params=SERVANTS_UNPAID
    ),
    "empty_roster": lambda: hp.monthly_subsidy([]),
}


@pytest.mark.requirement(id="funding.district_top_up")
@pytest.mark.reading(id="R3")
@pytest.mark.reading(id="R13")
@pytest.mark.reading(id="R17")
@pytest.mark.parametrize("name", sorted(GOLDEN_CASES))
def test_the_explanation_reads_as_the_reviewed_golden_file(name):
    assert_golden(f"subsidies/{name}", GOLDEN_CASES[name]().explain())


def test_every_golden_file_has_a_case():
    assert {p.stem for p in GOLDEN.glob("*.txt")} == set(GOLDEN_CASES)


def assert_official_chinese(text: str) -> None:
    """The style guide's rules that a machine can check."""
    assert not re.search(r"\dE[+-]?\d", text), "scientific notation"
    assert not re.search(r"\d (元|人|个月)", text), "a space between a number and its unit"
    assert "少于不少于" not in text, "a double negative"
    assert "获付" not in text, "获付 is not the word: 实付/实发"
    assert "（三（" not in text, "a clause cited in brackets"
    for line in text.splitlines():
        assert line.count("：") <= 1, f"chained colons: {line}"
    numbered = [int(m.group(1)) for m in re.finditer(r"^(\d+)\. ", text, re.M)]
    assert numbered == list(range(1, len(numbered) + 1))


@pytest.mark.parametrize("name", sorted(GOLDEN_CASES))
def test_each_golden_explanation_follows_the_style_guide(name):
    assert_official_chinese(GOLDEN_CASES[name]().explain())


# -- laws ------------------------------------------------------------------------------


def _all_amounts(s_: hp.SubsidyBreakdown) -> list[Decimal]:
    out = [s_.city, s_.district_minimum, s_.total_minimum]
    return out + [a for ln in s_.lines for a in (ln.city, ln.district_minimum, ln.total_minimum)]


@given(s.rosters, st.integers(min_value=1, max_value=36), s.any_subsidy_parameters)
def test_the_lines_sum_exactly_to_the_totals(roster, months, params):
    s_ = hp.subsidy_for_months(roster, months, params=params)
    assert sum((ln.city for ln in s_.lines), Decimal(0)) == s_.city
    assert sum((ln.district_minimum for ln in s_.lines), Decimal(0)) == s_.district_minimum
    assert s_.total_minimum == s_.city + s_.district_minimum
    assert len(s_.lines) == len(roster)


@given(s.coordinator_counts, st.integers(min_value=1, max_value=36), s.any_subsidy_parameters)
def test_the_lines_of_a_roster_of_counts_sum_exactly_to_the_totals(counts, months, params):
    s_ = hp.subsidy_for_months(hp.Roster.from_counts(**counts), months, params=params)
    assert sum((ln.city for ln in s_.lines), Decimal(0)) == s_.city
    assert sum((ln.district_minimum for ln in s_.lines), Decimal(0)) == s_.district_minimum
    assert sum(ln.count for ln in s_.lines) == sum(counts.values())


@given(s.rosters, s.any_subsidy_parameters)
def test_a_part_time_public_servant_always_adds_nothing(roster, params):
    before = hp.monthly_subsidy(roster, params=params)
    after = hp.monthly_subsidy([*roster, pt(public_servant=True)], params=params)
    assert (after.city, after.district_minimum) == (before.city, before.district_minimum)
    assert after.lines[-1].barred


@given(s.rosters, s.coordinators, s.any_subsidy_parameters)
def test_adding_a_coordinator_never_lowers_a_total(roster, extra, params):
    before = hp.monthly_subsidy(roster, params=params)
    after = hp.monthly_subsidy([*roster, extra], params=params)
    assert after.city >= before.city
    assert after.district_minimum >= before.district_minimum


@given(s.coordinator_counts, st.sampled_from(K), s.any_subsidy_parameters)
def test_one_more_coordinator_of_any_kind_never_lowers_the_city_subsidy(counts, kind, params):
    more = {**counts, kind.count_name: counts[kind.count_name] + 1}
    a = hp.monthly_subsidy(hp.Roster.from_counts(**counts), params=params)
    b = hp.monthly_subsidy(hp.Roster.from_counts(**more), params=params)
    assert b.city >= a.city
    assert b.district_minimum >= a.district_minimum


@given(s.coordinator_counts, st.integers(1, 36), s.any_subsidy_parameters)
def test_counts_and_the_equivalent_list_give_the_same_amounts(counts, months, params):
    a = hp.subsidy_for_months(hp.Roster.from_counts(**counts), months, params=params)
    b = hp.subsidy_for_months(listed(counts), months, params=params)
    assert (a.city, a.district_minimum, a.total_minimum) == (
        b.city,
        b.district_minimum,
        b.total_minimum,
    )
    assert (a.full_time_count, a.part_time_count) == (b.full_time_count, b.part_time_count)
    assert hp.Roster.of(listed(counts)).groups == hp.Roster.from_counts(**counts).groups


@given(s.rosters, st.integers(min_value=1, max_value=36), s.any_subsidy_parameters)
def test_every_amount_is_a_two_place_decimal(roster, months, params):
    for a in _all_amounts(hp.subsidy_for_months(roster, months, params=params)):
        assert type(a) is Decimal
        assert a.as_tuple().exponent == -2


@given(s.rosters, st.integers(min_value=1, max_value=36), s.any_subsidy_parameters)
def test_n_months_cost_exactly_n_times_one_month(roster, months, params):
    one = hp.monthly_subsidy(roster, params=params)
    many = hp.subsidy_for_months(roster, months, params=params)
    assert many.city == one.city * months
    assert many.district_minimum == one.district_minimum * months


@pytest.mark.reading(id="R3")
@given(s.rosters, st.booleans())
def test_the_city_pays_1000_per_full_time_and_800_per_paid_part_time_head(roster, servants_paid):
    params = attrs.evolve(hp.PLAN_2011, full_time_public_servant_paid=servants_paid)
    full = sum(1 for c in roster if c.employment is FT and (servants_paid or not c.public_servant))
    paid_part = sum(1 for c in roster if c.employment is PT and not c.public_servant)
    assert hp.monthly_subsidy(roster, params=params).city == Decimal(1000 * full + 800 * paid_part)


@pytest.mark.requirement(id="funding.district_top_up")
@pytest.mark.reading(id="R13")
@given(s.rosters)
def test_per_coordinator_the_district_minimum_matches_the_city_subsidy_head_for_head(roster):
    s_ = hp.monthly_subsidy(roster)
    assert s_.district_minimum == s_.city


@pytest.mark.requirement(id="funding.district_top_up")
@pytest.mark.reading(id="R3")
@pytest.mark.reading(id="R13")
@given(s.rosters, st.booleans())
def test_per_station_the_district_owes_1000_if_any_paid_full_time_and_800_if_any_paid_part_time(
    roster, servants_paid
):
    params = attrs.evolve(PER_STATION, full_time_public_servant_paid=servants_paid)
    any_full = any(c.employment is FT and (servants_paid or not c.public_servant) for c in roster)
    any_part = any(c.employment is PT and not c.public_servant for c in roster)
    expected = Decimal(1000 * any_full + 800 * any_part)
    assert hp.monthly_subsidy(roster, params=params).district_minimum == expected


@given(s.rosters, st.integers(1, 36), s.any_subsidy_parameters, s.hostile_contexts)
def test_results_are_identical_whatever_decimal_context_the_caller_has_set(
    roster, months, params, context
):
    expected = hp.subsidy_for_months(roster, months, params=params)
    with decimal.localcontext(context):
        got = hp.subsidy_for_months(roster, months, params=params)
        text = got.explain()
        annual = hp.annual_subsidy(roster, params=params)
    assert got == expected
    assert [str(a) for a in _all_amounts(got)] == [str(a) for a in _all_amounts(expected)]
    assert text == expected.explain()
    assert annual == hp.annual_subsidy(roster, params=params)


@given(s.hostile_contexts)
def test_huge_amounts_stay_plain_and_exact_under_any_decimal_context(context):
    r = hp.Roster.from_counts(full_time=2**53, part_time=2**53 - 1)
    expected = hp.subsidy_for_months(r, 10**15)
    with decimal.localcontext(context):
        got = hp.subsidy_for_months(r, 10**15)
    assert got == expected
    assert str(got.city) == f"{(1000 * 2**53 + 800 * (2**53 - 1)) * 10**15}.00"


#: Rosters without names: a caller's names are printed as given (escaped), so the style
#: guide's rules are checked on the library's own words.
unnamed_rosters = s.rosters.map(lambda r: [attrs.evolve(c, name=None) for c in r])


@given(unnamed_rosters, st.integers(1, 36), s.any_subsidy_parameters)
def test_every_explanation_follows_the_style_guide(roster, months, params):
    text = hp.subsidy_for_months(roster, months, params=params).explain()
    assert_official_chinese(text)
    assert text.splitlines()[-1].startswith("合计市级补助")


@given(s.rosters)
def test_every_subsidy_cites_a_clause_in_the_registry(roster):
    assert all(c in hp.CLAUSES for c in hp.monthly_subsidy(roster).clauses)


def test_a_name_with_a_line_break_is_shown_escaped_and_cannot_break_the_explanation():
    text = hp.monthly_subsidy([ft(name="陈\n明"), pt(id="\u2028")]).explain()
    assert "1. 陈\\n明，专职协理员" in text
    assert "2. \\u2028，兼职协理员" in text
    assert len(text.splitlines()) == 4
