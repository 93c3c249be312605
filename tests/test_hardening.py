"""What an outside fuzzing run broke, pinned: results independent of the caller's decimal
context, refusals at the door, findings that cannot be built wrong."""

from __future__ import annotations

import datetime as dt
import decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp

from .builders import station_unit, street_unit

D = dt.date

contexts = st.builds(
    lambda prec, rounding, traps: decimal.Context(
        prec=prec,
        rounding=rounding,
        traps=[
            t
            for t, on in zip(
                (decimal.Inexact, decimal.Rounded, decimal.InvalidOperation, decimal.Overflow),
                traps,
                strict=True,
            )
            if on
        ],
    ),
    st.integers(min_value=1, max_value=12),
    st.sampled_from(
        [decimal.ROUND_FLOOR, decimal.ROUND_CEILING, decimal.ROUND_DOWN, decimal.ROUND_HALF_UP]
    ),
    st.tuples(st.booleans(), st.booleans(), st.booleans(), st.booleans()),
)


def _results() -> list[object]:
    FT, PT = hp.Coordinator(hp.Employment.FULL_TIME), hp.Coordinator(hp.Employment.PART_TIME)
    inspections = [
        hp.inspect_unit(street_unit(), as_of=D(2012, 9, 15)),
        hp.inspect_unit(street_unit(actual_staff=3, service=None), as_of=D(2012, 9, 15)),
        hp.inspect_unit(station_unit(district_paid=999), as_of=D(2012, 9, 15)),
    ]
    return [
        hp.annual_subsidy([FT, PT]).city,
        hp.check_district_payment(hp.monthly_subsidy([FT]), 999).shortfall,
        hp.street_staff_quota(45_001).staff,
        hp.street_staff_quota(45_001).explain(),
        hp.check_premises(hp.Level.STREET_TOWN, hp.Premises(floor_area_m2=299)).explain(),
        [i.explain() for i in inspections],
        hp.rollup(inspections).explain(),
        hp.progress_bulletin(inspections, as_of=D(2012, 9, 15)).explain(),
    ]


EXPECTED = _results()


@given(contexts)
def test_no_result_depends_on_the_caller_s_decimal_context(ctx):
    with decimal.localcontext(ctx):
        got = _results()
    assert got == EXPECTED


@pytest.mark.parametrize(
    ("kwargs", "error", "pattern"),
    [
        ({"status": "met"}, TypeError, "status must be a Status"),
        ({"due": "2012-06-30"}, TypeError, "due must be a datetime.date"),
        ({"as_of": dt.datetime(2012, 9, 15)}, TypeError, "as_of must be a datetime.date"),
        ({"requirement": "staffing"}, hp.PolicyError, "no requirement 'staffing'"),
        ({"requirement": 5}, TypeError, "requirement must be a str"),
        ({"facts": {"area": 250}}, TypeError, "facts must be"),
        ({"note": 1}, TypeError, "note must be a str"),
    ],
)
def test_a_finding_cannot_be_built_with_a_wrong_field(kwargs, error, pattern):
    base = {"requirement": "premises.floor_area", "status": hp.Status.MET}
    with pytest.raises(error, match=pattern):
        hp.Finding(**{**base, **kwargs})


@pytest.mark.parametrize("bad", [None, 5, "units", [1, 2]])
def test_rolling_up_what_is_not_inspections_is_refused_naming_the_argument(bad):
    with pytest.raises(TypeError, match="inspections"):
        hp.rollup(bad)


@pytest.mark.parametrize("bad", [None, "PLAN_2011", 2011])
@pytest.mark.parametrize(
    "call",
    [
        lambda p: hp.inspect_unit(street_unit(), params=p),
        lambda p: hp.check_premises(hp.Level.STREET_TOWN, None, params=p),
        lambda p: hp.check_informatization(hp.Level.STREET_TOWN, None, params=p),
        lambda p: hp.check_service_practice(hp.Level.STREET_TOWN, None, params=p),
        lambda p: hp.community_staff_quota(1, params=p),
        lambda p: hp.district_progress([], as_of=D(2012, 1, 1), params=p),
        lambda p: hp.progress_bulletin([], as_of=D(2012, 1, 1), params=p),
        lambda p: hp.report_submissions(2024, 3, {}, params=p),
        lambda p: hp.requirements(params=p),
        lambda p: hp.rollup([], params=p),
    ],
)
def test_a_parameter_set_that_is_not_one_is_refused_at_the_door(call, bad):
    with pytest.raises(TypeError, match="params must be a PolicyParameters"):
        call(bad)


def test_rounding_refuses_a_zero_divisor_with_a_policy_error():
    with pytest.raises(hp.PolicyError, match="denominator must be an int ≥ 1"):
        hp.Rounding.CEILING.divide(5, 0)


def test_a_sub_fen_parameter_amount_is_refused_not_rounded():
    import attrs

    with pytest.raises(hp.PolicyError, match="city_subsidy_full_time must be in whole fen"):
        attrs.evolve(hp.PLAN_2011, city_subsidy_full_time=decimal.Decimal("1000.004"))
