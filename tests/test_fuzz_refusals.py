"""Refusals an outside fuzzing run broke, pinned: a refusal never fails while it describes
the value it refuses, stays short whatever the input's size, and names every argument in
Chinese in its Chinese message."""

from __future__ import annotations

import re
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp

from .builders import station_unit

FT = hp.Coordinator(hp.Employment.FULL_TIME)

#: Integers past 4300 digits, whose ``str`` Python refuses (CVE-2020-10735), either sign.
huge_ints = st.builds(
    lambda k, sign: sign * 10**k, st.integers(4301, 6000), st.sampled_from([1, -1])
)
#: Texts of 10 000 to 200 000 characters.
huge_texts = st.builds(
    lambda c, n: c * n, st.characters(exclude_categories=["Cs"]), st.integers(10_000, 200_000)
)

#: Public calls, each taking the hostile value in one argument (named second).
CALLS = [
    (lambda v: hp.check_district_payment(hp.monthly_subsidy([FT]), v), "paid"),
    (lambda v: hp.check_district_payment(hp.monthly_subsidy([FT]), [v]), "paid"),
    (lambda v: station_unit(district_paid=v), "district_paid"),
    (lambda v: hp.Premises(floor_area_m2=v), "floor_area_m2"),
    (lambda v: attrs.evolve(hp.PLAN_2011, city_subsidy_full_time=v), "city_subsidy_full_time"),
    (lambda v: attrs.evolve(hp.PLAN_2011, administrative_districts=v), "administrative_districts"),
    (lambda v: hp.agency_name(v, "拱北", district="香洲"), "kind"),
    (lambda v: hp.agency_name(hp.UnitKind.ZONE, "横琴新区", district=v), "district"),
    (lambda v: hp.agency_name(hp.UnitKind.DISTRICT_STREET, "拱北", district=v), "district"),
    (
        lambda v: hp.agency_name(
            hp.UnitKind.DISTRICT_STREET, "拱北", district="香洲", city_prefix=v
        ),
        "city_prefix",
    ),
    (lambda v: hp.check_agency_name(hp.UnitKind.COMMUNITY, "夏湾", v), "current_name"),
    (lambda v: hp.AgencyUnit(v, "拱北"), "kind"),
    (lambda v: hp.AgencyUnit(hp.UnitKind.ZONE, "横琴新区", merged_town=v), "merged_town"),
    (lambda v: hp.agency_names([v]).failures[0].message, "unit"),
    (lambda v: hp.UnitKind.from_label(v), ("label", "unit kind")),
    (lambda v: hp.Equipment.from_label(v), ("label", "equipment")),
    (lambda v: hp.check_premises(v, None), "unit"),
    (lambda v: hp.unit_profile(v), "level"),
    (lambda v: hp.requirement(v), "requirement"),
    (lambda v: hp.clause(v), "clause"),
    (lambda v: hp.reading(v), "reading"),
    (lambda v: hp.PLAN_2011.clause_of(v), ("name", "parameter")),
    (lambda v: hp.Finding("premises.floor_area", hp.Status.MET, ((v, "x"),)), "facts"),
    (lambda v: hp.report_submissions(2024, 3, {v: None}), "submissions"),
]


def _refusal(call, value, *, must_refuse=True):
    try:
        result = call(value)
    except (TypeError, hp.PolicyError) as exc:
        return exc
    if isinstance(result, str):  # a message recorded in a result
        return result
    if must_refuse:
        pytest.fail(f"{value!r:.60} was accepted")
    return None


def _assert_short_and_named(refusal, name):
    if refusal is None:  # a text accepted as given (a name checked later)
        return
    message = refusal if isinstance(refusal, str) else str(refusal)
    assert len(message) < 2000
    assert any(n in message for n in ((name,) if isinstance(name, str) else name)), message
    if isinstance(refusal, hp.PolicyError):
        assert len(refusal.message_zh) < 2000


@pytest.mark.parametrize(("call", "name"), CALLS)
@given(value=huge_ints)
def test_a_refusal_of_an_integer_too_long_to_print_says_its_size(call, name, value):
    _assert_short_and_named(_refusal(call, value), name)


@pytest.mark.parametrize(("call", "name"), CALLS)
@given(value=huge_texts)
def test_a_refusal_of_an_enormous_text_quotes_it_cut_short(call, name, value):
    _assert_short_and_named(_refusal(call, value, must_refuse=False), name)


def test_a_huge_amount_is_refused_in_chinese_by_its_size():
    with pytest.raises(hp.PolicyError) as info:
        hp.check_district_payment(hp.monthly_subsidy([FT]), 10**30)
    assert info.value.message_zh == "区级实付金额不得超过999999999999.99元，收到一个约31位的整数"


def test_a_value_whose_repr_fails_is_refused_by_its_type():
    class Unprintable:
        def __repr__(self) -> str:
            raise RuntimeError("no repr")

    with pytest.raises(
        TypeError, match=r"paid must be .* got <Unprintable object> \(Unprintable\)"
    ):
        hp.check_district_payment(hp.monthly_subsidy([FT]), Unprintable())


def test_asking_for_a_parameter_by_something_other_than_its_name_is_a_type_error():
    with pytest.raises(TypeError, match="name must be a str"):
        hp.PLAN_2011.clause_of(Decimal("sNaN"))


_COUNT_FIELDS = [
    f.name
    for f in attrs.fields(hp.PolicyParameters)
    if isinstance(getattr(hp.PLAN_2011, f.name), int)
    and not isinstance(getattr(hp.PLAN_2011, f.name), bool)
]


@pytest.mark.parametrize("field", _COUNT_FIELDS)
def test_a_refused_amendment_names_the_parameter_in_chinese(field):
    with pytest.raises(hp.PolicyError, match=field) as info:
        attrs.evolve(hp.PLAN_2011, **{field: -1})
    zh = info.value.message_zh
    assert not re.search(r"[A-Za-z_]{3,}", zh), zh
    assert hp.PLAN_2011.info()[field].description in zh


def test_rounding_names_its_numbers_in_chinese():
    with pytest.raises(hp.PolicyError) as info:
        hp.Rounding.CEILING.divide(-1, 6000)
    assert info.value.message_zh == "被除数应为不小于0的整数，收到-1"


class _Unhashable:
    """A caller's object whose hash and equality raise."""

    def __eq__(self, other):
        raise RuntimeError("__eq__")

    def __hash__(self):
        raise RuntimeError("__hash__")


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (hp.requirement, "requirement_id"),
        (hp.clause, "clause_id"),
        (hp.reading, "reading_id"),
        (hp.PLAN_2011.clause_of, "name"),
        (lambda v: hp.Finding(v, hp.Status.MET), "requirement"),
        (hp.UnitKind.from_label, "label"),
        (hp.normalize_district, "district"),
    ],
)
def test_an_id_is_checked_for_its_type_before_it_is_looked_up(call, name):
    with pytest.raises(TypeError, match=f"{name}.* must be a str"):
        call(_Unhashable())
