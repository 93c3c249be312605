"""Working-day arithmetic of hrss_policy against the holidays package, as ratios.

Run from the repository root:

    PYTHONPATH=src python benchmarks/bench_calendar.py

Both sides answer the same questions on the same dates in one process, with their data
already built (the first call of each is made before timing). A ratio is holidays' time
per call divided by ours: "50×" means ours is fifty times faster. Targets (docs/contributing/architecture.md):
add_working_days ≥ 20× for n = 5 and ≥ 500× for n = 250; working_days_between over a
year ≥ 100×. Nothing here asserts a time: this prints, a reviewer reads.
"""

from __future__ import annotations

import datetime as dt
import random
import timeit

from holidays.countries.china import China

import hrss_policy as hp

TARGETS = {"add n=5": 20, "add n=250": 500, "between 1 year": 100}


def _per_call(fn, args_list, repeat=5):
    def run():
        for args in args_list:
            fn(*args)

    best = min(timeit.repeat(run, number=1, repeat=repeat))
    return best / len(args_list)


def main() -> None:
    rng = random.Random(2011)
    cal = hp.default_calendar()
    # Every year held, whichever the last one is; starts leave a year of room after them.
    ref = China(years=range(cal.first_year, cal.last_year + 1))
    room = (dt.date(cal.last_year - 1, 1, 1) - dt.date(2012, 1, 1)).days
    starts = [dt.date(2012, 1, 1) + dt.timedelta(days=rng.randrange(0, room)) for _ in range(300)]
    # Same answers first: a fast wrong answer is not a result.
    for d in starts:
        assert hp.add_working_days(d, 5) == ref.get_nth_working_day(d, 5)
        assert hp.add_working_days(d, 250) == ref.get_nth_working_day(d, 250)
        end = d + dt.timedelta(days=365)
        # holidays counts [start, end]; ours counts (start, end].
        assert hp.working_days_between(d, end) + hp.is_working_day(d) == (
            ref.get_working_days_count(d, end)
        )

    cases = {
        "add n=5": (
            lambda d: ref.get_nth_working_day(d, 5),
            lambda d: hp.add_working_days(d, 5),
        ),
        "add n=250": (
            lambda d: ref.get_nth_working_day(d, 250),
            lambda d: hp.add_working_days(d, 250),
        ),
        "between 1 year": (
            lambda d: ref.get_working_days_count(d, d + dt.timedelta(days=365)),
            lambda d: hp.working_days_between(d, d + dt.timedelta(days=365)),
        ),
    }
    print(f"holidays {__import__('holidays').__version__}, {len(starts)} start dates")
    print(f"{'case':<16}{'holidays µs':>14}{'hrss_policy µs':>16}{'ratio':>10}{'target':>9}")
    for name, (theirs, ours) in cases.items():
        args = [(d,) for d in starts]
        t_ref = _per_call(theirs, args, repeat=5 if name != "add n=5" else 30)
        t_ours = _per_call(ours, args, repeat=50)
        ratio = t_ref / t_ours
        ok = "ok" if ratio >= TARGETS[name] else "MISSED"
        print(
            f"{name:<16}{t_ref * 1e6:>14.2f}{t_ours * 1e6:>16.3f}{ratio:>9.0f}×"
            f"{TARGETS[name]:>7}× {ok}"
        )
    # Span independence: the cost of a count over 0 days and over every year held.
    short = _per_call(lambda d: cal.working_days_between(d, d), [(d,) for d in starts], 20)
    first, last = dt.date(cal.first_year, 1, 1), dt.date(cal.last_year, 12, 31)
    long_ = _per_call(lambda d: cal.working_days_between(first, last), [(d,) for d in starts], 20)
    years = cal.last_year - cal.first_year + 1
    print(f"span independence: {years}-year count / 0-day count = {long_ / short:.2f}")
    # The explained forms build a value per day skipped; measured, not compared.
    span = _per_call(lambda d: hp.working_day_offset(d, 5), [(d,) for d in starts], 10)
    print(f"working_day_offset(d, 5) with its explanation: {span * 1e6:.1f} µs per call")


if __name__ == "__main__":
    main()
