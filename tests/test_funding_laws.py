"""The funding checks of 三（五） pinned whole: every field, finding and sentence.

``test_funding.py`` states the laws of a payment and the golden explanations; here each
check of a grid of payments is rendered whole (what was paid, every line's gap, every
barred payment, the finding's facts) in ``tests/golden/funding/whole/cases.txt``, and the
refusals with their messages in ``tests/golden/funding/whole/refusals.txt``.
"""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp

from .golden import assert_golden
from .render import assert_chinese_names_the_argument, refusal, render_all

FT, PT = hp.Employment.FULL_TIME, hp.Employment.PART_TIME
PER_STATION = attrs.evolve(hp.PLAN_2011, district_minimum_basis=hp.DistrictMinimumBasis.PER_STATION)
UNPAID = attrs.evolve(hp.PLAN_2011, full_time_public_servant_paid=False)
NAMED = [
    hp.Coordinator(FT, name="张三"),
    hp.Coordinator(PT, id="XW-02"),
    hp.Coordinator(PT, public_servant=True, name="王五"),
    hp.Coordinator(FT, public_servant=True),
    hp.Coordinator(PT),
]
COUNTS = hp.Roster.from_counts(
    full_time=2, part_time=2, part_time_public_servants=1, full_time_public_servants=1
)


@pytest.mark.requirement(id="funding.district_top_up")
@given(st.integers(min_value=1, max_value=10_000))
def test_a_fen_paid_to_a_part_time_public_servant_is_barred_whatever_the_amount(fen):
    amount = Decimal(fen).scaleb(-2)
    check = hp.check_district_payment(NAMED, [1000, 800, amount, 1000, 800])
    assert check.barred_payments == ((2, amount),)
    assert check.line_shortfalls == ()
    assert not check.passed
    assert (
        f"第3人（王五，兼职协理员）属于公职人员，按规定不得领取兼职报酬，但实际发放{amount}元，属违规发放"
        in (check.findings[0].explain())
    )


@pytest.mark.requirement(id="funding.district_top_up")
@pytest.mark.reading(id="R3")
@pytest.mark.reading(id="R13")
def test_the_payment_cases_read_as_pinned_for_review():
    month = hp.monthly_subsidy(NAMED)
    quarter = hp.subsidy_for_months(NAMED, 3)
    cases = {
        "a total, exactly the minimum": hp.check_district_payment(month, 3600),
        "a total, short": hp.check_district_payment(month, Decimal("3599.99")),
        "a total, over": hp.check_district_payment(month, 5000),
        "a quarter's total, short": hp.check_district_payment(quarter, 9000),
        "per line, exact": hp.check_district_payment(month, [1000, 800, 0, 1000, 800]),
        "per line, one short and one barred": hp.check_district_payment(
            month, [1000, 700, Decimal("0.50"), 1000, 900]
        ),
        "per line for a quarter, short": hp.check_district_payment(
            quarter, [3000, 2400, 0, 2000, 2400]
        ),
        "per line, a full-time public servant unpaid under R3's other reading": (
            hp.check_district_payment(
                hp.monthly_subsidy(NAMED, params=UNPAID), [1000, 800, 0, 1, 800]
            )
        ),
        "per station, a total short": hp.check_district_payment(
            hp.monthly_subsidy(NAMED, params=PER_STATION), 1700
        ),
        "per station, per line pooled and short": hp.check_district_payment(
            hp.monthly_subsidy(NAMED, params=PER_STATION), [400, 300, 0, 500, 300]
        ),
        "per station, per line pooled and met": hp.check_district_payment(
            hp.monthly_subsidy(NAMED, params=PER_STATION), [0, 0, 0, 1000, 800]
        ),
        "counts, per kind, short and barred": hp.check_district_payment(
            COUNTS, [2000, 1000, 1, 1000]
        ),
        "counts, a full-time public servant paid short": hp.check_district_payment(
            COUNTS, [2000, 1600, 0, 900]
        ),
        "per line, a barred payment before a short one": hp.check_district_payment(
            month, [1000, 800, 1, 1000, 0]
        ),
        "counts, a quarter per kind, per station": hp.check_district_payment(
            hp.subsidy_for_months(COUNTS, 3, params=PER_STATION), [3000, 2000, 0, 0]
        ),
        "nobody on the roster, nothing paid": hp.check_district_payment([], 0),
        "working funds in the budget": hp.check_working_funds(True),
        "working funds not in the budget": hp.check_working_funds(False),
        "working funds not reported": hp.check_working_funds(None),
    }
    assert_golden("funding/whole/cases", render_all(cases))


ONE = hp.monthly_subsidy([hp.Coordinator(FT)])
REFUSALS = {
    "a payment as a float": (
        lambda: hp.check_district_payment(ONE, 1000.0),
        TypeError,
        r"^paid must be a Decimal or int total, or a sequence of amounts \(one per line of "
        r"the breakdown\), got 1000\.0 \(float\)$",
    ),
    "a payment as text": (
        lambda: hp.check_district_payment(ONE, "1000"),
        TypeError,
        r"^paid must be a Decimal or int total, or a sequence of amounts .* got '1000' \(str\)$",
    ),
    "more amounts than lines": (
        lambda: hp.check_district_payment(ONE, [1000, 0]),
        hp.PolicyError,
        r"^paid has 2 amounts but the breakdown has 1 lines; give one amount per line "
        r"\(per coordinator, or per kind for a roster of counts\), or a total$",
    ),
    "an amount per line that is negative": (
        lambda: hp.check_district_payment(ONE, [-1]),
        hp.PolicyError,
        r"^paid\[0\] must be ≥ 0 yuan",
    ),
    "a breakdown that is text": (
        lambda: hp.check_district_payment("1800", 1800),
        TypeError,
        r"^breakdown must be a SubsidyBreakdown, a Roster or an iterable of Coordinator, "
        r"got '1800' \(str\)$",
    ),
    "a list of text as a breakdown": (
        lambda: hp.check_district_payment(["专职"], 1800),
        TypeError,
        r"^breakdown\[0\] must be a Coordinator",
    ),
    "parameters contradicting the breakdown": (
        lambda: hp.check_district_payment(ONE, 1000, params=PER_STATION),
        hp.PolicyError,
        r"^params differ from the parameters the breakdown was computed under "
        r"\(district_minimum_basis\); pass the same params= to both, or pass the roster$",
    ),
    "working funds reported as 1": (
        lambda: hp.check_working_funds(1),
        TypeError,
        r"^funds_in_budget must be True or False",
    ),
    "working funds under a parameter set that is not one": (
        lambda: hp.check_working_funds(True, params="PLAN_2011"),
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


@pytest.mark.requirement(id="funding.district_top_up")
@pytest.mark.reading(id="R13")
def test_a_breakdown_is_checked_under_its_own_parameters_when_the_plan_is_passed():
    breakdown = hp.monthly_subsidy([hp.Coordinator(FT)], params=PER_STATION)
    assert hp.check_district_payment(breakdown, 1000, params=hp.PLAN_2011).passed


def test_the_funding_refusals_read_as_pinned_for_review():
    text = "\n\n".join(f"## {name}\n{refusal(call)}" for name, (call, _, _) in REFUSALS.items())
    assert_golden("funding/whole/refusals", text)


@pytest.mark.requirement(id="funding.district_top_up")
def test_nothing_paid_to_no_coordinator_is_a_two_place_zero_not_a_bare_zero():
    check = hp.check_district_payment([], [])
    assert str(check.paid) == "0.00"
    assert str(check.shortfall) == "0.00"
    assert check.passed
