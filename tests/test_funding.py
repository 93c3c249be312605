"""The checks of 三（五）: what a district paid its coordinators, and the working funds budget."""

from __future__ import annotations

import copy
import datetime
import decimal
import pickle
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import hrss_policy as hp
from hrss_policy.plan.clauses import FUNDING, cited

from . import strategies as s
from .golden import assert_golden
from .test_subsidies import (
    DESIGN_ROSTER,
    PER_STATION,
    SERVANTS_UNPAID,
    assert_official_chinese,
    ft,
    pt,
    unnamed_rosters,
)

D_ = datetime.date

GOLDEN = Path(__file__).parent / "golden" / "funding"
NOT_MET = hp.Status.NOT_MET


def D(x: str) -> Decimal:
    return Decimal(x)


def hp_money(amount: Decimal) -> str:
    return f"{amount:f}元"


def design_month() -> hp.SubsidyBreakdown:
    return hp.monthly_subsidy(DESIGN_ROSTER)


def verdict(check: object) -> str:
    return check.explain().splitlines()[-1]  # type: ignore[attr-defined]


# -- a total for the month -----------------------------------------------------------------


@pytest.mark.requirement(id="funding.district_top_up")
def test_a_district_paying_900_where_1000_is_the_minimum_is_100_short():
    check = hp.check_district_payment(hp.monthly_subsidy([ft()]), 900)
    assert (check.passed, check.shortfall, check.paid) == (False, D("100.00"), D("900.00"))
    assert verdict(check) == (
        "【不达标】区级当月实付配套工资经费900.00元，未达到每月1000.00元的最低标准，差100.00元，"
        "依据三（五）应于2012年8月31日前完成。"
    )


@pytest.mark.requirement(id="funding.district_top_up")
def test_a_total_paid_to_a_station_whose_coordinators_are_all_barred_is_a_finding():
    """三（五）: 兼职人员属于公职人员的，按规定不得领取兼职报酬 — a total shows it too."""
    b = hp.monthly_subsidy(hp.Roster.from_counts(part_time_public_servants=1))
    check = hp.check_district_payment(b, Decimal("800"))
    assert (check.passed, check.unpayable, check.shortfall) == (False, D("800.00"), D("0.00"))
    assert verdict(check) == (
        "【不达标】区级当月实付配套工资经费800.00元，而本服务机构的协理员均属于公职人员，"
        "按规定不得领取兼职报酬，不应发放，多发800.00元，依据三（五）应于2012年8月31日前完成。"
    )
    assert hp.check_district_payment(b, 0).passed


@pytest.mark.requirement(id="funding.district_top_up")
@pytest.mark.reading(id="R3")
def test_a_total_paid_to_coordinators_barred_for_two_reasons_gives_both():
    """A station of one part-time and one full-time public servant, the full-time one
    unpaid under R3's alternative: nobody may take the total, and the finding says why
    of each, once each, in roster order."""
    params = attrs.evolve(hp.PLAN_2011, full_time_public_servant_paid=False)
    roster = hp.Roster.from_counts(part_time_public_servants=1, full_time_public_servants=1)
    b = hp.monthly_subsidy(roster, params=params)
    check = hp.check_district_payment(b, Decimal("500"), params=params)
    assert (check.passed, check.unpayable, check.shortfall) == (False, D("500.00"), D("0.00"))
    assert verdict(check) == (
        "【不达标】区级当月实付配套工资经费500.00元，而本服务机构的协理员均属于公职人员，"
        "按规定不得领取兼职报酬；属于公职人员，按所选解读不领取协理员工资补助，不应发放，"
        "多发500.00元，依据三（五）应于2012年8月31日前完成。"
    )


@pytest.mark.requirement(id="funding.district_top_up")
def test_a_district_paying_more_than_its_minimum_passes():
    check = hp.check_district_payment(hp.monthly_subsidy([ft()]), Decimal("1500.50"))
    assert check.passed
    assert check.shortfall == D("0.00")
    assert verdict(check).startswith("【达标】区级当月实付配套工资经费1500.50元")


@pytest.mark.requirement(id="funding.district_top_up")
def test_a_district_paying_exactly_its_minimum_passes_with_no_shortfall_line():
    check = hp.check_district_payment(design_month(), 1800)
    assert check.passed
    assert (check.shortfall, check.line_shortfalls) == (D("0.00"), ())
    assert "差" not in check.explain()


@pytest.mark.requirement(id="funding.district_top_up")
def test_a_quarter_is_checked_against_three_months_of_minimum():
    check = hp.check_district_payment(hp.subsidy_for_months([ft()], 3), 2700)
    assert check.shortfall == D("300.00")
    assert "3个月共3000.00元" in verdict(check)


# -- amounts per coordinator ---------------------------------------------------------------


@pytest.mark.requirement(id="funding.district_top_up")
@pytest.mark.reading(id="R13")
def test_overpaying_one_coordinator_does_not_cover_underpaying_another():
    check = hp.check_district_payment(hp.monthly_subsidy([ft(), pt()]), [1200, 700])
    assert check.paid == D("1900.00")
    assert not check.passed
    assert check.line_shortfalls == ((1, D("100.00")),)
    assert check.shortfall == D("100.00")
    assert (
        "第2人（兼职协理员）实发700.00元，未达到800.00元的最低标准，差100.00元" in check.explain()
    )


@pytest.mark.requirement(id="funding.district_top_up")
def test_paying_each_coordinator_exactly_the_minimum_adds_no_zero_shortfall_line():
    check = hp.check_district_payment(design_month(), [1000, 800, 0])
    assert check.passed
    assert (check.line_shortfalls, check.barred_payments) == ((), ())
    assert "差" not in check.explain()


@pytest.mark.requirement(id="funding.district_top_up")
@pytest.mark.parametrize("amount", ["0.01", "0.50", "300.00"])
def test_any_payment_to_a_part_time_public_servant_is_reported_as_barred(amount):
    check = hp.check_district_payment(design_month(), [1000, 800, D(amount)])
    assert not check.passed
    assert check.barred_payments == ((2, D(amount)),)
    assert check.shortfall == D("0.00")
    assert check.findings[0].status is NOT_MET
    text = check.explain()
    assert (
        f"第3人（兼职协理员）属于公职人员，按规定不得领取兼职报酬，但实际发放{amount}元，属违规发放"
        in text
    )
    assert verdict(check).startswith("【不达标】")


@pytest.mark.requirement(id="funding.district_top_up")
def test_paying_a_part_time_public_servant_nothing_is_no_finding():
    assert hp.check_district_payment(design_month(), [1000, 800, 0]).barred_payments == ()


@pytest.mark.requirement(id="funding.district_top_up")
@pytest.mark.reading(id="R3")
def test_under_the_other_reading_of_r3_paying_a_full_time_public_servant_is_barred():
    s_ = hp.monthly_subsidy([ft(public_servant=True)], params=SERVANTS_UNPAID)
    check = hp.check_district_payment(s_, [1000], params=SERVANTS_UNPAID)
    assert check.barred_payments == ((0, D("1000.00")),)
    assert "按所选解读不领取协理员工资补助，但实际发放1000.00元，属违规发放" in check.explain()


@pytest.mark.requirement(id="funding.district_top_up")
def test_a_roster_of_counts_is_paid_one_amount_per_kind():
    r = hp.Roster.from_counts(full_time=5, part_time=2, part_time_public_servants=1)
    check = hp.check_district_payment(hp.monthly_subsidy(r), [4000, 1600, 0])
    assert check.line_shortfalls == ((0, D("1000.00")),)
    assert "专职协理员5人实发4000.00元，未达到5000.00元的最低标准，差1000.00元" in check.explain()
    assert "区级当月按类别实付，合计5600.00元" in check.explain()


# -- the per-station reading (R13) ------------------------------------------------------------


@pytest.mark.requirement(id="funding.district_top_up")
@pytest.mark.reading(id="R13")
def test_per_station_two_full_time_coordinators_paid_500_each_meet_the_1000():
    s_ = hp.monthly_subsidy([ft(), ft(), pt()], params=PER_STATION)
    assert hp.check_district_payment(s_, [500, 500, 800], params=PER_STATION).passed


@pytest.mark.requirement(id="funding.district_top_up")
@pytest.mark.reading(id="R13")
def test_per_station_a_shortfall_is_judged_for_the_station_s_full_time_posts_together():
    s_ = hp.monthly_subsidy([ft(), ft(), pt()], params=PER_STATION)
    check = hp.check_district_payment(s_, [300, 600, 800])
    assert check.line_shortfalls == ((0, D("100.00")),)
    assert "专职协理员合计实发900.00元，未达到按服务机构计算1000.00元的最低标准" in check.explain()


# -- the check's arguments ------------------------------------------------------------------


@pytest.mark.requirement(id="funding.district_top_up")
@pytest.mark.reading(id="R13")
def test_a_roster_may_be_checked_directly_and_is_costed_under_the_parameters_given():
    assert hp.check_district_payment(DESIGN_ROSTER, 1800).passed
    counts = hp.Roster.from_counts(full_time=3)
    check = hp.check_district_payment(counts, 2000, params=PER_STATION)
    assert (check.passed, check.breakdown.district_minimum) == (True, D("1000.00"))


def test_parameters_that_contradict_the_breakdown_are_refused():
    with pytest.raises(hp.PolicyError, match=r"^params differ from the parameters") as exc:
        hp.check_district_payment(design_month(), 1800, params=PER_STATION)
    assert "参数不一致" in exc.value.message_zh


@pytest.mark.requirement(id="funding.district_top_up")
@pytest.mark.reading(id="R13")
def test_a_breakdown_under_amended_parameters_is_checked_under_them():
    s_ = hp.monthly_subsidy([ft(), ft()], params=PER_STATION)
    assert hp.check_district_payment(s_, 1000).passed


def test_payments_must_match_the_breakdown_line_for_line():
    with pytest.raises(hp.PolicyError, match=r"^paid has 2 amounts but the breakdown has 1 lines"):
        hp.check_district_payment(hp.monthly_subsidy([ft()]), [1000, 0])
    with pytest.raises(hp.PolicyError) as exc:
        hp.check_district_payment(hp.monthly_subsidy([ft()]), [])
    assert exc.value.message_zh == "区级实付金额共0项，而补助明细有1项，应逐项对应或只填合计"


@pytest.mark.parametrize("bad", [1000.0, "1000", True, None, {"a": 1}, b"1"])
def test_a_payment_that_is_not_an_exact_amount_is_refused(bad):
    with pytest.raises(TypeError, match=r"^paid must be a Decimal or int"):
        hp.check_district_payment(hp.monthly_subsidy([ft()]), bad)


def test_an_amount_per_line_that_is_not_exact_is_refused_naming_its_position():
    with pytest.raises(TypeError, match=r"^paid\[1\] must be a Decimal or int amount"):
        hp.check_district_payment(hp.monthly_subsidy([ft(), pt()]), [1000, 800.0])
    with pytest.raises(hp.PolicyError, match=r"^paid\[0\] must be ≥ 0 yuan") as exc:
        hp.check_district_payment(hp.monthly_subsidy([ft()]), [-1])
    assert exc.value.message_zh == "区级实付金额（第1项）不能为负数，收到-1"


def test_a_payment_with_fractions_of_a_fen_is_refused_not_rounded():
    with pytest.raises(hp.PolicyError, match=r"^paid must be in whole fen \(2 decimal places\)"):
        hp.check_district_payment(hp.monthly_subsidy([]), Decimal("0.001"))


def test_a_negative_or_absurd_payment_is_refused():
    with pytest.raises(hp.PolicyError, match=r"^paid must be ≥ 0 yuan, got -1"):
        hp.check_district_payment(hp.monthly_subsidy([]), -1)
    with pytest.raises(hp.PolicyError, match=r"^paid must be at most 999999999999.99 yuan"):
        hp.check_district_payment(hp.monthly_subsidy([]), Decimal("1E+30"))
    with pytest.raises(hp.PolicyError, match=r"^paid must be a finite amount"):
        hp.check_district_payment(hp.monthly_subsidy([]), Decimal("NaN"))


@pytest.mark.parametrize("bad", ["1800", 1800, None, hp.Coordinator(hp.Employment.FULL_TIME)])
def test_something_other_than_a_breakdown_or_roster_is_refused_naming_the_argument(bad):
    with pytest.raises(TypeError, match=r"^breakdown must be a SubsidyBreakdown, a Roster"):
        hp.check_district_payment(bad, 1800)
    with pytest.raises(TypeError, match=r"^breakdown\[0\] must be a Coordinator"):
        hp.check_district_payment(["专职"], 1800)


@pytest.mark.parametrize("bad", [None, "PLAN_2011"])
def test_the_parameters_are_type_checked_at_the_door(bad):
    with pytest.raises(TypeError, match=r"^params must be a PolicyParameters"):
        hp.check_district_payment(design_month(), 1800, params=bad)
    with pytest.raises(TypeError, match=r"^params must be a PolicyParameters"):
        hp.check_working_funds(True, params=bad)


@pytest.mark.requirement(id="funding.district_top_up")
@pytest.mark.requirement(id="funding.budget")
@pytest.mark.reading(id="R23")
def test_each_check_gives_one_finding_of_its_register_requirement_due_with_the_goal():
    (f,) = hp.check_district_payment(design_month(), 1700).findings
    # The text sets no date; both are due with 二's goal (R23).
    assert (f.requirement, f.clause, f.due, f.status) == (
        "funding.district_top_up",
        FUNDING,
        D_(2012, 8, 31),
        NOT_MET,
    )
    assert f.fact("paid") == "1700.00元"
    assert f.fact("minimum") == "1800.00元"
    (g,) = hp.check_working_funds(True).findings
    assert (g.requirement, g.clause, g.due, g.status) == (
        "funding.budget",
        FUNDING,
        D_(2012, 8, 31),
        hp.Status.MET,
    )


def test_every_check_declares_the_funding_clause():
    assert cited(hp.check_district_payment) == cited(hp.check_working_funds) == (FUNDING,)
    assert hp.check_working_funds(None).clauses == hp.check_district_payment([], 0).clauses


def test_checks_follow_the_shared_contract_and_are_values():
    from hrss_policy.typing import Checked

    for check in (
        hp.check_district_payment(design_month(), [1000, 700, 1]),
        hp.check_working_funds(False),
    ):
        assert isinstance(check, Checked)
        for twin in (pickle.loads(pickle.dumps(check)), copy.copy(check), copy.deepcopy(check)):
            assert twin == check
            assert twin.explain() == check.explain()
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            check.clauses = ()  # type: ignore[misc]


# -- the working funds in the budget (first paragraph) ---------------------------------------


@pytest.mark.requirement(id="funding.budget")
@pytest.mark.parametrize(
    ("reported", "status", "passed"),
    [(True, hp.Status.MET, True), (False, NOT_MET, False), (None, hp.Status.UNVERIFIED, False)],
)
def test_working_funds_in_the_budget_pass_and_unreported_ones_are_unverified(
    reported, status, passed
):
    check = hp.check_working_funds(reported)
    assert (check.status, check.passed, check.funds_in_budget) == (status, passed, reported)
    assert check.findings[0].status is status


@pytest.mark.parametrize("bad", [1, 0, "是", "否", "True"])
def test_working_funds_reported_as_anything_but_true_false_or_none_are_refused(bad):
    with pytest.raises(TypeError, match=r"^funds_in_budget must be True or False"):
        hp.check_working_funds(bad)


# -- golden explanations ------------------------------------------------------------------

GOLDEN_CASES = {
    "payment_shortfall": lambda: hp.check_district_payment(design_month(), 1700),
    "payment_exact_minimum": lambda: hp.check_district_payment(design_month(), 1800),
    "payment_overpayment": lambda: hp.check_district_payment(design_month(), 2000),
    "payment_per_coordinator_short": lambda: hp.check_district_payment(
        hp.monthly_subsidy([ft(name="陈明", id="A01"), pt(name="李华"), pt()]), [1200, 700, 800]
    ),
    "payment_per_coordinator_exact": lambda: hp.check_district_payment(
        design_month(), [1000, 800, 0]
    ),
    "payment_barred": lambda: hp.check_district_payment(design_month(), [1000, 800, D("0.50")]),
    "payment_barred_and_short": lambda: hp.check_district_payment(design_month(), [900, 800, 300]),
    "payment_per_station": lambda: hp.check_district_payment(
        hp.monthly_subsidy([ft(), ft(), pt(), pt(public_servant=True)], params=PER_STATION),
        [400, 500, 800, 0],
        params=PER_STATION,
    ),
    "payment_counts_roster": lambda: hp.check_district_payment(
        hp.monthly_subsidy(
            hp.Roster.from_counts(full_time=5, part_time=2, part_time_public_servants=1)
        ),
        [4000, 1600, 100],
    ),
    "payment_counts_roster_quarter_total": lambda: hp.check_district_payment(
        hp.subsidy_for_months(hp.Roster.from_counts(full_time=5, part_time=2), 3), 19000
    ),
    "payment_total_to_barred_only": lambda: hp.check_district_payment(
        hp.monthly_subsidy(hp.Roster.from_counts(part_time_public_servants=1)), D("800")
    ),
    "working_funds_in_budget": lambda: hp.check_working_funds(True),
    "working_funds_not_in_budget": lambda: hp.check_working_funds(False),
    "working_funds_not_reported": lambda: hp.check_working_funds(None),
}


@pytest.mark.requirement(id="funding.district_top_up")
@pytest.mark.requirement(id="funding.budget")
@pytest.mark.reading(id="R13")
@pytest.mark.parametrize("name", sorted(GOLDEN_CASES))
def test_the_explanation_reads_as_the_reviewed_golden_file(name):
    assert_golden(f"funding/{name}", GOLDEN_CASES[name]().explain())


@pytest.mark.parametrize("name", sorted(GOLDEN_CASES))
def test_each_golden_explanation_follows_the_style_guide(name):
    text = GOLDEN_CASES[name]().explain()
    assert_official_chinese(text)
    assert text.splitlines()[-1].startswith(("【达标】", "【不达标】", "【未核实】"))


def test_every_golden_file_has_a_case():
    assert {p.stem for p in GOLDEN.glob("*.txt")} == set(GOLDEN_CASES)


# -- laws ------------------------------------------------------------------------------


def payments(roster_and_params):
    """A roster, its parameter set and one payment per line of its month."""
    return roster_and_params.flatmap(
        lambda rp: st.tuples(
            st.just(rp[0]),
            st.just(rp[1]),
            st.lists(
                s.yuan,
                min_size=len(hp.monthly_subsidy(rp[0], params=rp[1]).lines),
                max_size=len(hp.monthly_subsidy(rp[0], params=rp[1]).lines),
            ),
        )
    )


rosters_and_params = st.tuples(unnamed_rosters, s.any_subsidy_parameters)


@pytest.mark.requirement(id="funding.district_top_up")
@given(payments(rosters_and_params))
def test_a_check_passes_exactly_when_nothing_is_short_and_nothing_barred_was_paid(case):
    roster, params, amounts = case
    check = hp.check_district_payment(roster, amounts, params=params)
    b = check.breakdown
    barred = [
        (i, a)
        for i, (ln, a) in enumerate(zip(b.lines, amounts, strict=True))
        if ln.barred and a > 0
    ]
    assert check.barred_payments == tuple(barred)
    assert check.passed == (check.shortfall == 0 and not barred)
    assert check.shortfall == sum((gap for _, gap in check.line_shortfalls), Decimal(0))
    assert all(gap > 0 for _, gap in check.line_shortfalls)
    assert (check.findings[0].status is hp.Status.MET) == check.passed
    assert check.paid == sum(amounts, Decimal(0))


@pytest.mark.requirement(id="funding.district_top_up")
@given(payments(rosters_and_params))
def test_the_explanation_always_ends_with_the_verdict(case):
    roster, params, amounts = case
    check = hp.check_district_payment(roster, amounts, params=params)
    text = check.explain()
    assert text.splitlines()[-1] == check.findings[0].explain()
    assert text.splitlines()[-1].startswith("【达标】" if check.passed else "【不达标】")
    assert_official_chinese(text)


@pytest.mark.requirement(id="funding.district_top_up")
@given(rosters_and_params)
def test_paying_every_line_its_minimum_always_passes(case):
    roster, params = case
    b = hp.monthly_subsidy(roster, params=params)
    assert hp.check_district_payment(b, [ln.district_minimum for ln in b.lines]).passed
    assert hp.check_district_payment(b, b.district_minimum).passed


@pytest.mark.requirement(id="funding.district_top_up")
@pytest.mark.reading(id="R13")
@given(rosters_and_params, st.data())
def test_one_fen_short_on_a_coordinator_owed_something_is_a_finding_of_one_fen(case, data):
    roster, params = case
    b = hp.monthly_subsidy(roster, params=params)
    owed = [i for i, ln in enumerate(b.lines) if ln.district_minimum > 0]
    assume(owed)
    i = data.draw(st.sampled_from(owed))
    amounts = [ln.district_minimum for ln in b.lines]
    amounts[i] -= D("0.01")
    check = hp.check_district_payment(b, amounts)
    assert check.line_shortfalls == ((i, D("0.01")),)
    assert not check.passed


@pytest.mark.requirement(id="funding.district_top_up")
@given(rosters_and_params, st.data())
def test_a_fen_paid_to_anyone_barred_is_always_reported(case, data):
    roster, params = case
    b = hp.monthly_subsidy(roster, params=params)
    barred = [i for i, ln in enumerate(b.lines) if ln.barred]
    assume(barred)
    i = data.draw(st.sampled_from(barred))
    amounts = [ln.district_minimum for ln in b.lines]
    amounts[i] = D("0.01")
    check = hp.check_district_payment(b, amounts)
    assert check.barred_payments == ((i, D("0.01")),)
    assert verdict(check).startswith("【不达标】")


@pytest.mark.requirement(id="funding.district_top_up")
@given(s.rosters, s.yuan)
def test_a_total_is_short_by_exactly_what_it_lacks(roster, paid):
    b = hp.monthly_subsidy(roster)
    check = hp.check_district_payment(b, paid)
    assert check.shortfall == max(b.district_minimum - paid, Decimal(0))
    steps = check.explain().splitlines()[1:-1]
    barred_all = bool(b.lines) and all(ln.barred for ln in b.lines)
    # Paid to a roster none of whom may draw pay: the whole total is a finding (三（五）).
    assert check.unpayable == (paid if barred_all else 0)
    if check.unpayable:
        assert steps[2].startswith("3. 而本服务机构的协理员均")
        assert len(steps) == 3
    else:
        assert steps[2:] == (["3. 实付未达到最低标准，差" + hp_money(check.shortfall) + "。"]
                             if paid < b.district_minimum else [])  # fmt: skip


@given(payments(rosters_and_params), s.hostile_contexts)
def test_a_check_is_identical_whatever_decimal_context_the_caller_has_set(case, context):
    roster, params, amounts = case
    paid = sum(amounts, Decimal(0))
    expected = hp.check_district_payment(roster, amounts, params=params)
    total = hp.check_district_payment(roster, paid, params=params)
    with decimal.localcontext(context):
        got = hp.check_district_payment(roster, amounts, params=params)
        got_total = hp.check_district_payment(roster, paid, params=params)
        texts = (got.explain(), got_total.explain())
    assert (got, got_total) == (expected, total)
    assert texts == (expected.explain(), total.explain())
