"""Fuzz the public API of hrss_policy for a long run, and print what was tried and found.

The checks are those of ``tests/test_fuzz_api.py`` (``tests/fuzzkit.py``): every public
callable with each argument replaced by each hostile value, every parameter field amended
to each hostile value, every rule over generated arguments (whole ranges, extreme
amended parameter sets, custom calendars), the documented laws, threads and memory. Each
call runs under a time bound and again under a one-digit decimal context with every trap
on. Failures are grouped by class, with the first input of each.

    python scripts/fuzz_api.py --examples 2000          # about 70 000 generated calls
    python scripts/fuzz_api.py --examples 500 --jobs 2  # both cores
    python scripts/fuzz_api.py --all                    # also the values awaiting a decision

Exit status 1 when anything failed. The adapters (cli, tabular, excel) are left out.
"""

from __future__ import annotations

import argparse
import collections
import multiprocessing
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import attrs
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

import hrss_policy as hp
from tests import fuzzkit

Found = list[tuple[str, str, str]]  # (class, call, detail and input)


def _settings(examples: int) -> settings:
    return settings(
        max_examples=examples,
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )


def hostile(include_open: bool) -> tuple[int, Found]:
    """Every public callable with each argument replaced by each hostile value."""
    found: Found = []
    tried = 0
    for call in fuzzkit.calls():
        for label, make, arg, desc in fuzzkit.mutations(call):
            if not include_open and (
                label in fuzzkit.OPEN_VALUES or (call.name, label) in fuzzkit.OPEN_CALLS
            ):
                continue
            tried += 1
            found += [
                (f.kind, f.call, f"{desc}: {f.detail}") for f in fuzzkit.run_call(call, make, arg)
            ]
    for name, label, make in fuzzkit.param_mutations():
        if not include_open and label in fuzzkit.OPEN_VALUES:
            continue
        tried += 1
        outcome = fuzzkit.invoke(attrs.evolve, (hp.PLAN_2011,), {name: make()})
        if outcome[0] == "raised":
            found += [
                (f.kind, "evolve", f"evolve({name}={label}): {f.detail}")
                for f in fuzzkit.check_refusal("evolve", outcome[1], name, [])
            ]
    return tried, found


def generated(name: str, examples: int, seed_value: int) -> tuple[int, Found]:
    """One rule over *examples* generated argument lists."""
    gen = {g.name: g for g in fuzzkit.generated_calls()}[name]
    found: Found = []
    tried = [0]

    @seed(seed_value)
    @_settings(examples)
    @given(gen.args)
    def run(drawn: Any) -> None:
        tried[0] += 1
        for f in fuzzkit.run_generated(gen, drawn):
            found.append((f.kind, f.call, f"{f.detail}\n        input: {drawn!r:.400}"))

    run()
    return tried[0], found


def laws(examples: int, seed_value: int) -> tuple[int, Found]:
    """The documented laws, each over *examples* generated cases."""
    found: Found = []
    tried = [0]
    d = fuzzkit.D(2012, 9, 15)

    def record(failures: list[fuzzkit.Failure], what: Any) -> None:
        tried[0] += 1
        found.extend(
            (f.kind, f.call, f"{f.detail}\n        input: {what!r:.400}") for f in failures
        )

    def inspect_all(units: list[hp.Unit], params: hp.PolicyParameters) -> list[hp.Inspection]:
        return [hp.inspect_unit(u, as_of=d, params=params) for u in units]

    cases = [
        (
            st.tuples(fuzzkit.calendars(), fuzzkit.any_dates, st.integers(-(10**6), 10**6)),
            lambda c: fuzzkit.law_calendar(*c),
        ),
        (
            st.tuples(fuzzkit.parameter_sets(), fuzzkit.counts, fuzzkit.counts),
            lambda c: fuzzkit.law_quotas(*c),
        ),
        (
            st.tuples(
                fuzzkit.rosters, fuzzkit.positive_counts, fuzzkit.parameter_sets(), fuzzkit.amounts
            ),
            lambda c: fuzzkit.law_subsidy(*c),
        ),
        (
            st.tuples(fuzzkit.units(), fuzzkit.parameter_sets()),
            lambda c: fuzzkit.law_inspection(inspect_all([c[0]], c[1])[0], c[1]),
        ),
        (
            st.tuples(st.lists(fuzzkit.units(), max_size=12), fuzzkit.parameter_sets()),
            lambda c: fuzzkit.law_progress(inspect_all(c[0], c[1]), d, c[1]),
        ),
    ]
    for strategy, law in cases:
        _run_law(strategy, law, examples, seed_value, record, tried)
    return tried[0], found


def _run_law(
    strategy: Any, law: Any, examples: int, seed_value: int, record: Any, tried: list[int]
) -> None:
    @seed(seed_value)
    @_settings(examples)
    @given(strategy)
    def run(case: Any) -> None:
        try:
            record(law(case), case)
        except hp.PolicyError:  # an amended set refusing the date, a name refused
            tried[0] += 1

    run()


def _generated_job(job: tuple[str, int, int]) -> tuple[str, int, Found, float]:
    start = time.perf_counter()
    tried, found = generated(*job)
    return job[0], tried, found, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=1000, help="generated cases per rule")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=1, help="processes (the machine has 2 cores)")
    parser.add_argument("--all", action="store_true", help="include values awaiting a decision")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    classes: dict[str, Found] = collections.defaultdict(list)
    total = 0

    tried, found = hostile(args.all)
    total += tried
    print(f"hostile arguments: {tried} calls, {len(found)} failures", flush=True)
    for f in found:
        classes[f[0]].append(f)

    names = [g.name for g in fuzzkit.generated_calls()]
    jobs = [(n, args.examples, args.seed) for n in names]
    if args.jobs > 1:
        with multiprocessing.get_context("spawn").Pool(args.jobs) as pool:
            results = pool.imap_unordered(_generated_job, jobs)
            done = list(results)
    else:
        done = map(_generated_job, jobs)
    for name, tried, found, seconds in done:
        total += tried
        print(
            f"generated {name}: {tried} cases, {len(found)} failures, {seconds:.1f} s", flush=True
        )
        for f in found:
            classes[f[0]].append(f)

    tried, found = laws(args.examples, args.seed)
    total += tried
    print(f"laws: {tried} cases, {len(found)} failures", flush=True)
    for f in found:
        classes[f[0]].append(f)

    for what, check in (("threads", fuzzkit.check_threads), ("memory", fuzzkit.check_memory)):
        failures = check()
        total += 1
        print(f"{what}: {len(failures)} failures", flush=True)
        for f in failures:
            classes[f.kind].append((f.kind, f.call, f.detail))

    elapsed = time.perf_counter() - start
    print(f"\n{total} calls and cases in {elapsed:.0f} s; {len(classes)} failure classes")
    for kind, items in sorted(classes.items()):
        print(f"\n== {kind}: {len(items)}")
        seen: set[str] = set()
        for _, call, detail in items:
            if call not in seen:
                seen.add(call)
                print(f"   {call}: {detail}")
    return 1 if classes else 0


if __name__ == "__main__":
    sys.exit(main())
