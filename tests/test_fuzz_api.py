"""The public API as a stranger calls it: every promise of docs/guides/reliability.md, checked
on whatever comes back from hostile and generated arguments (``tests/fuzzkit.py``).

At a count CI can afford; ``scripts/fuzz_api.py`` runs the same checks long. The adapters
(``cli``, ``tabular``, ``excel``) are left out.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hrss_policy as hp

from . import fuzzkit

CALLS = {c.name: c for c in fuzzkit.calls()}
GENERATED = {g.name: g for g in fuzzkit.generated_calls()}
#: Generated examples per rule here; the long run draws tens of thousands.
EXAMPLES = 40


def test_every_public_callable_has_a_known_good_call():
    covered = {name.split("[")[0].split(".")[0] for name in CALLS}
    public = {
        n
        for n in hp.__all__
        if callable(getattr(hp, n))
        and not (isinstance(getattr(hp, n), type) and issubclass(getattr(hp, n), Exception))
    }
    results = {n for n in public if n[0].isupper()}  # result and enum classes
    assert sorted(public - results - covered - {"ClauseId"}) == []


@pytest.mark.parametrize("name", sorted(CALLS))
def test_a_public_callable_keeps_its_promises_on_every_hostile_argument(name):
    call = CALLS[name]
    failures = [
        str(f)
        for label, make, arg, desc in fuzzkit.mutations(call)
        if label not in fuzzkit.OPEN_VALUES and (name, label) not in fuzzkit.OPEN_CALLS
        for f in fuzzkit.run_call(call, make, arg)
    ]
    assert failures == []


@pytest.mark.parametrize("field", fuzzkit.PARAM_FIELDS)
def test_an_amended_parameter_set_refuses_every_hostile_value_naming_the_field(field):
    import attrs

    failures = []
    for label, make in fuzzkit.HOSTILE:
        if label in fuzzkit.OPEN_VALUES:
            continue
        outcome = fuzzkit.invoke(attrs.evolve, (hp.PLAN_2011,), {field: make()})
        if outcome[0] == "raised":
            failures += fuzzkit.check_refusal("evolve", outcome[1], field, [])
    assert [str(f) for f in failures] == []


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_a_rule_keeps_its_promises_over_generated_arguments(name):
    gen = GENERATED[name]

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
    @given(gen.args)
    def run(drawn):
        assert [str(f) for f in fuzzkit.run_generated(gen, drawn)] == []

    run()


@given(
    fuzzkit.calendars(),
    fuzzkit.any_dates,
    st.one_of(st.integers(-300, 300), st.integers(-(10**6), 10**6)),
)
def test_working_days_between_undoes_add_working_days_on_any_calendar(cal, d, n):
    assert fuzzkit.law_calendar(cal, d, n) == []


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.reading(id="R1")
@given(fuzzkit.parameter_sets(), fuzzkit.counts, fuzzkit.counts)
def test_quotas_never_fall_as_recipients_rise_under_any_parameter_set(params, a, b):
    assert fuzzkit.law_quotas(params, a, b) == []


@given(fuzzkit.rosters, fuzzkit.positive_counts, fuzzkit.parameter_sets(), fuzzkit.amounts)
def test_subsidy_lines_sum_exactly_to_the_totals_and_the_shortfall(roster, months, params, paid):
    assert fuzzkit.law_subsidy(roster, months, params, paid) == []


@given(fuzzkit.units(), fuzzkit.inspection_dates, fuzzkit.parameter_sets())
def test_an_inspection_has_one_finding_per_applicable_requirement_in_order(unit, as_of, params):
    try:
        ins = hp.inspect_unit(unit, as_of=as_of, params=params)
    except hp.PolicyError:  # a date before an amended set's effective date, a bad name
        return
    assert fuzzkit.law_inspection(ins, params) == []


@given(st.lists(fuzzkit.units(), max_size=8), fuzzkit.parameter_sets())
def test_district_progress_counts_add_up_and_the_tally_agrees(units, params):
    as_of = fuzzkit.D(2012, 9, 15)
    try:
        inspections = [hp.inspect_unit(u, as_of=as_of, params=params) for u in units]
    except hp.PolicyError:
        return
    assert fuzzkit.law_progress(inspections, as_of, params) == []


def test_results_are_identical_in_every_thread_and_decimal_context():
    assert fuzzkit.check_threads(rounds=3, workers=4) == []


def test_a_count_costs_the_same_memory_for_one_head_and_for_two_to_the_53():
    assert fuzzkit.check_memory() == []
