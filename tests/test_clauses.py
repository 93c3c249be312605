"""A result's clauses are declared once, on its class, and its function cites what it returns.

``@cites(...)`` on a result class is the one statement of the clauses it applies; its
``.clauses`` reads that declaration back, and the public function that returns it names the
class (``@cites(StaffingQuota)``). These laws hold over the whole public surface: every
public function's known-good call and generated calls (``tests/fuzzkit.py``), every public
class that has ``.clauses``.
"""

from __future__ import annotations

import datetime as dt
import inspect
import pickle
import typing
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

import hrss_policy as hp
from hrss_policy.core.citing import Cited
from hrss_policy.plan.clauses import FUNDING, NAMES, STAFFING, cited, cites

from . import fuzzkit

#: Results whose clauses are their own, not their class's, and why. Each has its own law below.
PER_INSTANCE = {
    # Every clause its findings apply, in the order of the plan: one unit's inspection.
    "Inspection": "inspect_unit",
    # Each milestone is set by its own clause (its parameter's metadata).
    "Milestone": "plan_milestones",
    # The clause of the requirement it checks, as the register states it.
    "Finding": None,
}
#: A function whose result quotes clauses it does not itself declare, and why: 三（一）1–3
#: hold nothing to compute; the profile is reference data, and the clause map lists no
#: implementer for them (tests/test_docs.py).
REFERENCE = {"unit_profile": "UnitProfile"}


def _function(name: str) -> str:
    """The public function a call's name (``check_staffing[station]``) calls."""
    return name.split("[")[0]


CALLS = [c for c in fuzzkit.calls() if inspect.isfunction(getattr(hp, _function(c.name), None))]
GENERATED = [
    g for g in fuzzkit.generated_calls() if inspect.isfunction(getattr(hp, _function(g.name), None))
]


def _public(kind: Any) -> dict[str, Any]:
    return {n: getattr(hp, n) for n in hp.__all__ if kind(getattr(hp, n))}


def _results(value: Any) -> list[Any]:
    """The results a call returned: the value, or each item of a tuple or list of them."""
    items = list(value) if isinstance(value, tuple | list) else [value]
    return [v for v in items if hasattr(type(v), "clauses")]


def _returned_class(function: Any) -> type | None:
    """The public class a function returns, alone or as a tuple of them, if any."""
    returned = typing.get_type_hints(function).get("return")
    if typing.get_origin(returned) is tuple:
        returned = typing.get_args(returned)[0]
    if isinstance(returned, type) and returned.__module__.startswith("hrss_policy."):
        return returned
    return None


def _law(name: str, value: Any) -> list[str]:
    """Every result *value* holds cites what the function *name* that made it declares."""
    function = getattr(hp, name)
    out = []
    for result in _results(value):
        kind = type(result).__name__
        if kind == "Inspection":
            expected = tuple(dict.fromkeys(f.clause for f in result.findings))
        elif kind == "Milestone":
            expected = (hp.PLAN_2011.info()[result.key].clause,)
            if not set(result.clauses) <= set(cited(function)):
                out.append(f"{name}: a milestone's {result.clauses} beyond {cited(function)}")
        elif name in REFERENCE:
            expected = cited(type(result))
        else:
            expected = cited(function)
        if result.clauses != expected:
            out.append(f"{name} → {kind}: {result.clauses} != {expected}")
    return out


@pytest.mark.parametrize("call", CALLS, ids=lambda c: c.name)
def test_every_result_of_a_public_function_cites_what_the_function_declares(call) -> None:
    args, kwargs = call.args(), call.kwargs()
    try:
        value = call.target()(*args, **kwargs)
    finally:
        if call.global_state:
            hp.reset_default_calendar()
    assert _law(_function(call.name), value) == []
    for result in _results(value):
        for finding in getattr(result, "findings", ()):
            # A finding cites its requirement's clause, the one the register states.
            assert finding.clauses == (hp.requirement(finding.requirement).clause,), finding


@pytest.mark.parametrize("gen", GENERATED, ids=lambda g: g.name)
def test_the_law_holds_over_generated_arguments(gen) -> None:
    @settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
    @given(gen.args)
    def run(drawn: tuple[tuple[Any, ...], dict[str, Any]]) -> None:
        args, kwargs = drawn
        outcome = fuzzkit.invoke(gen.target(), args, kwargs)
        if outcome[0] == "returned":
            assert _law(_function(gen.name), outcome[1]) == []

    run()


def test_the_law_covers_every_public_result_class() -> None:
    made = set()
    for call in CALLS:
        try:
            value = call.target()(*call.args(), **call.kwargs())
        finally:
            if call.global_state:
                hp.reset_default_calendar()
        made |= {type(r).__name__ for r in _results(value)}
    with_clauses = {n for n, c in _public(inspect.isclass).items() if hasattr(c, "clauses")}
    # Finding is made by the checks, inside their results; everything else by a function.
    assert with_clauses - made == {"Finding"}


def test_a_function_cites_exactly_what_the_class_it_returns_declares() -> None:
    pairs = {}
    for name, function in _public(inspect.isfunction).items():
        returned = _returned_class(function)
        if returned is not None and issubclass(returned, Cited):
            pairs[name] = returned
    mismatched = {n: c.__name__ for n, c in pairs.items() if cited(getattr(hp, n)) != cited(c)}
    assert mismatched == REFERENCE
    assert cited(hp.unit_profile) == ()  # the profile declares nothing, its class 三（一）1–3
    assert len(pairs) > 25  # every rule that returns a result is among them


def test_every_result_class_reads_its_clauses_from_its_declaration_or_says_why_not() -> None:
    for name, cls in _public(inspect.isclass).items():
        if not hasattr(cls, "clauses"):
            continue
        if name in PER_INSTANCE:
            assert not issubclass(cls, Cited), name
            continue
        assert issubclass(cls, Cited), name
        # Not a field: no constructor, evolve or record can make it cite something else.
        assert not (attrs.has(cls) and "clauses" in attrs.fields_dict(cls)), name
        assert set(cited(cls)) <= set(hp.CLAUSES), name


def test_a_milestone_s_clause_is_its_parameter_s_and_the_function_cites_them_all() -> None:
    milestones = hp.plan_milestones()
    assert cited(hp.plan_milestones) == tuple(
        dict.fromkeys(c for m in milestones for c in m.clauses)
    )
    assert set(cited(hp.plan_milestones)) == {
        "二",
        "三（一）",
        "三（一）4",
        "三（一）5",
        "三（二）",
    }


def test_the_declared_clauses_are_the_ones_the_public_surface_always_had() -> None:
    # Pinned as they were when each result class held them as a field default.
    assert cited(hp.street_staff_quota) == ("三（一）5",)
    assert hp.street_staff_quota(45_000).clauses == ("三（一）5",)
    assert hp.rollup([]).clauses == cited(hp.rollup) == (STAFFING, FUNDING)
    assert hp.unit_profile(hp.Level.STREET_TOWN).clauses == ("三（一）1", "三（一）2", "三（一）3")
    assert hp.agency_name_detail(hp.UnitKind.VILLAGE, "莲江村").clauses == (NAMES,)
    assert hp.calendar_month(2024, 10).clauses == ()
    assert hp.day_info(dt.date(2024, 10, 1)).clauses == ()
    assert hp.quarterly_report(2024, 3).span.clauses == ()
    assert cited(hp.staff_count) == cited(hp.staff_count_column) == (STAFFING,)
    assert cited(hp.quarterly_report_deadline) == ("四（二）",)


def test_a_result_s_clauses_are_read_only_and_survive_pickling() -> None:
    quota = hp.street_staff_quota(45_000)
    with pytest.raises(AttributeError):
        quota.clauses = ("三（五）",)  # type: ignore[misc]
    with pytest.raises(TypeError):
        attrs.evolve(quota, clauses=("三（五）",))
    assert "clauses" not in attrs.asdict(quota)
    assert pickle.loads(pickle.dumps(quota)).clauses == quota.clauses
    assert cited(quota) == quota.clauses  # an instance reads its class's declaration


def test_cites_takes_ids_and_what_declares_them_in_order_each_once() -> None:
    @cites(FUNDING)
    @attrs.frozen
    class Paid(Cited):
        amount: int

    @cites(STAFFING, Paid, FUNDING)
    def both() -> None: ...

    assert Paid(1).clauses == cited(Paid) == (FUNDING,)
    assert cited(both) == (STAFFING, FUNDING)

    @attrs.frozen
    class Tool(Cited):
        day: int

    assert Tool(1).clauses == cited(Tool) == ()


def test_cites_refuses_what_would_state_a_clause_twice_or_not_at_all() -> None:
    with pytest.raises(AssertionError, match="not a clause"):
        cites("三(一)5")
    with pytest.raises(TypeError, match="clause ids or what declares them"):
        cites(hp.is_working_day)  # a tool: it declares nothing to take over
    with pytest.raises(TypeError, match="not a Cited result"):

        @cites(FUNDING)
        class Loose:
            clauses = ("三（五）",)
