"""Coordinator subsidies of 三（五） as laws over any roster, and their cases pinned whole.

``test_subsidies.py`` states the amounts; here each line of any roster, of counts or of
named coordinators, under either reading of R3 and R13, is what the clause makes it, and a
grid of breakdowns (every field and sentence) is pinned in
``tests/golden/subsidies/whole/cases.txt``.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp
from hrss_policy.rules.funding import subsidy

from . import strategies as s
from .golden import assert_golden
from .render import render_all

K = hp.CoordinatorKind
FT, PT = hp.Employment.FULL_TIME, hp.Employment.PART_TIME
PER_STATION = attrs.evolve(hp.PLAN_2011, district_minimum_basis=hp.DistrictMinimumBasis.PER_STATION)
UNPAID = attrs.evolve(hp.PLAN_2011, full_time_public_servant_paid=False)
readings = st.sampled_from([hp.PLAN_2011, PER_STATION, UNPAID])
months = st.integers(min_value=1, max_value=36)
counts = st.integers(min_value=0, max_value=50)
rosters_of_counts = st.builds(
    hp.Roster.from_counts,
    full_time=counts,
    part_time=counts,
    part_time_public_servants=counts,
    full_time_public_servants=counts,
)


def _rates(employment: hp.Employment, params: hp.PolicyParameters) -> tuple[Decimal, Decimal]:
    if employment is FT:
        return params.city_subsidy_full_time, params.district_minimum_full_time
    return params.city_subsidy_part_time, params.district_minimum_part_time


@given(st.sampled_from(hp.Employment), st.booleans())
def test_a_coordinator_s_kind_is_its_employment_and_public_servant_status(employment, servant):
    kind = K.of(employment, servant)
    assert (kind.employment, kind.public_servant) == (employment, servant)
    assert hp.Coordinator(employment, public_servant=servant).kind is kind


@given(rosters_of_counts)
def test_a_roster_of_counts_holds_each_kind_s_count_and_no_empty_group(roster):
    assert all(n > 0 for _, n in roster.groups)
    assert [k for k, _ in roster.groups] == [k for k in K if roster.count(k)]
    assert roster.heads == sum(roster.count(k) for k in K)
    assert roster.by_counts
    assert roster.members is None


@given(s.rosters)
def test_a_roster_of_coordinators_counts_each_kind_it_holds(coordinators):
    roster = hp.Roster.of(coordinators)
    for kind in K:
        assert roster.count(kind) == sum(1 for c in coordinators if c.kind is kind)
    assert roster.members == tuple(coordinators)
    assert not roster.by_counts


@pytest.mark.requirement(id="funding.district_top_up")
@pytest.mark.reading(id="R3")
@pytest.mark.reading(id="R13")
@given(rosters_of_counts | s.rosters.map(hp.Roster.of), months, readings)
def test_each_line_is_the_clause_s_amount_for_its_kind_count_and_months(roster, n, params):
    b = hp.subsidy_for_months(roster, n, params=params)
    carried: set[hp.Employment] = set()
    for line in b.lines:
        kind = line.kind
        barred = kind is K.PART_TIME_PUBLIC_SERVANT or (
            kind is K.FULL_TIME_PUBLIC_SERVANT and not params.full_time_public_servant_paid
        )
        if barred:
            assert (line.city, line.district_minimum) == (0, 0)
            assert line.reason is not None
            assert line.note is None
            continue
        city, district = _rates(kind.employment, params)
        assert line.city == city * line.count * n
        if params.district_minimum_basis is hp.DistrictMinimumBasis.PER_COORDINATOR:
            assert line.district_minimum == district * line.count * n
        elif kind.employment in carried:
            assert line.district_minimum == 0
        else:
            carried.add(kind.employment)
            assert line.district_minimum == district * n
        assert line.reason is None
        servant_note = kind is K.FULL_TIME_PUBLIC_SERVANT
        assert (line.note == subsidy.FULL_TIME_PUBLIC_SERVANT_NOTE) == servant_note
        assert (line.note is None) == (not servant_note)
    assert b.months == n
    assert b.params is params
    assert b.by_counts == roster.by_counts


@given(rosters_of_counts, months, readings)
def test_a_breakdown_of_counts_has_one_line_per_kind_of_coordinator(roster, n, params):
    b = hp.subsidy_for_months(roster, n, params=params)
    assert [(ln.kind, ln.count) for ln in b.lines] == list(roster.groups)
    assert all(ln.coordinator.name is None and ln.coordinator.id is None for ln in b.lines)


@given(rosters_of_counts, months, readings)
def test_the_explanation_numbers_one_line_per_kind_and_multiplies_out_each_amount(
    roster, n, params
):
    b = hp.subsidy_for_months(roster, n, params=params)
    lines = b.explain().splitlines()
    assert len(lines) == len(b.lines) + 2
    for i, (text, line) in enumerate(zip(lines[1:-1], b.lines, strict=True), 1):
        assert text.startswith(f"{i}. {line.kind.employment.label}协理员{line.count}人，")
        if line.reason is not None:
            assert text.endswith(f"{line.reason}，不计补助。")
            continue
        city, _ = _rates(line.kind.employment, params)
        factors = f"{city}元 × {line.count}人" + (f" × {n}个月" if n > 1 else "")
        assert f"市级补助{factors} = {line.city}元，" in text
    assert lines[-1] == (
        f"合计市级补助{b.city}元，区级配套不少于{b.district_minimum}元，"
        f"市、区两级合计不少于{b.total_minimum}元。"
    )


@given(st.text(max_size=8), st.text(max_size=8))
def test_a_name_or_id_can_never_break_an_explanation_into_more_lines(name, ident):
    c = hp.Coordinator(PT, name=name or None, id=ident or None)
    b = hp.monthly_subsidy([c])
    text = b.explain()
    assert len(text.splitlines()) == 3
    assert not any(
        unicodedata.category(ch)[0] == "C" or unicodedata.category(ch) in ("Zl", "Zp")
        for ch in text.replace("\n", "")
    )
    who = " ".join(x for x in (ident, name) if x)
    if who and who.isprintable():
        assert text.splitlines()[1].startswith(f"1. {who}，兼职协理员，")
        assert c.label == f"{who} 兼职协理员"
    if not who:
        assert c.label == "兼职协理员"


@pytest.mark.requirement(id="funding.district_top_up")
@pytest.mark.reading(id="R3")
@pytest.mark.reading(id="R13")
@pytest.mark.reading(id="R17")
def test_the_subsidy_cases_read_as_pinned_for_review():
    named = [
        hp.Coordinator(FT, name="张三", id="XW-01"),
        hp.Coordinator(PT, name="李四"),
        hp.Coordinator(PT, id="XW-03"),
        hp.Coordinator(PT, public_servant=True, name="王五"),
        hp.Coordinator(FT, public_servant=True, name="赵六"),
        hp.Coordinator(FT, name="行\n分"),
    ]
    counts = hp.Roster.from_counts(
        full_time=2, part_time=3, part_time_public_servants=1, full_time_public_servants=1
    )
    cases = {
        "named coordinators, one month": hp.monthly_subsidy(named),
        "named coordinators, a quarter": hp.subsidy_for_months(named, 3),
        "named coordinators, per station": hp.monthly_subsidy(named, params=PER_STATION),
        "named coordinators, a full-time public servant unpaid": hp.monthly_subsidy(
            named, params=UNPAID
        ),
        "counts, one month": hp.monthly_subsidy(counts),
        "counts, a quarter": hp.subsidy_for_months(counts, 3),
        "counts, a year": hp.annual_subsidy(counts),
        "counts, a quarter per station": hp.subsidy_for_months(counts, 3, params=PER_STATION),
        "counts, a full-time public servant unpaid": hp.monthly_subsidy(counts, params=UNPAID),
        "one part-time coordinator": hp.monthly_subsidy([hp.Coordinator(PT)]),
        "only a part-time public servant": hp.monthly_subsidy(
            hp.Roster.from_counts(part_time_public_servants=2)
        ),
        "nobody, a quarter": hp.subsidy_for_months([], 3),
    }
    assert_golden("subsidies/whole/cases", render_all(cases))


def test_a_line_or_paragraph_separator_in_a_name_is_shown_escaped_never_obeyed():
    for separator in ("\u2028", "\u2029", "\n", "\x85"):
        c = hp.Coordinator(PT, name=f"张{separator}三")
        text = hp.monthly_subsidy([c]).explain()
        assert len(text.splitlines()) == 3
        escaped = separator.encode("unicode_escape").decode("ascii")
        assert f"1. 张{escaped}三，兼职协理员，" in text
