"""The worksheet functions over 100,000 rows, against bare Python loops, as ratios.

Run from the repository root:

    PYTHONPATH=src python benchmarks/bench_excel.py

For each function: one call over a 100,000-row column (as xlwings passes it: a list of
one-cell rows, whole numbers as ints as Office.js sends them), and a bare Python loop
computing the same values from the same cells (``max(1, -(-v // 6000))`` for the street
quota; the calendar's own index for the working-day functions). Both run in this one
process, in turns, best of five. Target (docs/contributing/architecture.md): each ratio ≤ 15×. The cells are
realistic and varied (service recipients 0–60,000, dates over 2012–2025 …); equal cells
are computed once by the adapter, so the figure for columns with all-distinct counts is
printed too, and the quotas over whole floats, as the classic add-in sends numbers. The same calls through xlwings'
custom-function path are timed in Pyodide by the smoke test (pyodide/smoke_excel.py):
outside Pyodide that path tries to import ``pyodide.ffi`` once per cell, which would
measure the failed imports, not the functions. Nothing here asserts a time: this
prints, a reviewer reads.
"""

from __future__ import annotations

import datetime as dt
import random
import timeit
from collections.abc import Callable
from typing import Any

import hrss_policy as hp

ROWS = 100_000
TARGET = 15
EPOCH = dt.date(1899, 12, 30)


def columns(rng: random.Random, rows: int) -> dict[str, list[Any]]:
    """A realistic value of each worksheet argument per row, as Office.js sends cells."""
    first = (dt.date(2012, 1, 1) - EPOCH).days
    last = (dt.date(2025, 12, 31) - EPOCH).days
    kinds = [k.label for k in hp.UnitKind]

    def draw(f: Callable[[], Any]) -> list[Any]:
        return [f() for _ in range(rows)]

    return {
        "service_recipients": draw(lambda: rng.randrange(0, 60_000)),
        "unit_kind": draw(lambda: rng.choice(kinds)),
        "full_time": draw(lambda: rng.randrange(0, 4)),
        "part_time": draw(lambda: rng.randrange(0, 6)),
        "part_time_public_servants": draw(lambda: rng.randrange(0, 3)),
        "months": draw(lambda: rng.randrange(1, 13)),
        "place": draw(lambda: rng.choice(["拱北", "吉大", "前山", "夏湾", "井岸", "白蕉"])),
        "district": draw(lambda: rng.choice(["香洲", "斗门", "金湾", None])),
        "day": draw(lambda: rng.randrange(first, last)),
        "start_day": draw(lambda: rng.randrange(first, last)),
        "end_day": draw(lambda: rng.randrange(first, last)),
        "working_days": draw(lambda: rng.randrange(0, 60)),
        "year": draw(lambda: rng.randrange(2012, 2026)),
        "quarter": draw(lambda: rng.randrange(1, 5)),
    }


def bare_loops(cols: dict[str, list[Any]]) -> dict[str, Callable[[], Any]]:
    """The same values by the plan's arithmetic and the calendar's index, no checks at all."""
    p = hp.PLAN_2011
    cal = hp.default_calendar()
    cum, work, start = cal._cum, cal._work, cal._start
    off = EPOCH.toordinal() - start
    n = cols["service_recipients"]
    street = {k.label for k in hp.UnitKind if k.level is hp.Level.STREET_TOWN}
    ft, pt, _, months = (
        cols[k] for k in ("full_time", "part_time", "part_time_public_servants", "months")
    )
    full, part = int(p.city_subsidy_full_time), int(p.city_subsidy_part_time)
    ends = {q: (3 * q, 31 if q in (1, 4) else 30) for q in (1, 2, 3, 4)}

    def deadline(y: int, q: int) -> dt.date:
        m, d = ends[q]
        i = dt.date(y, m, d).toordinal() - start
        return work[cum[i + 1] + 4]

    return {
        "HRSS_STREET_QUOTA": lambda: [max(1, -(-v // 6000)) for v in n],
        "HRSS_COMMUNITY_QUOTA": lambda: [1 for v in n],
        "HRSS_COMMUNITY_EXTRA_STAFF": lambda: [v > 8000 for v in n],
        "HRSS_STAFF_QUOTA": lambda: [
            max(1, -(-v // 6000)) if k in street else 1
            for k, v in zip(cols["unit_kind"], n, strict=True)
        ],
        "HRSS_SUBSIDY_CITY": lambda: [
            float((a * full + b * part) * m) for a, b, m in zip(ft, pt, months, strict=True)
        ],
        "HRSS_SUBSIDY_DISTRICT_MIN": lambda: [
            float((a * full + b * part) * m) for a, b, m in zip(ft, pt, months, strict=True)
        ],
        "HRSS_AGENCY_NAME": lambda: [
            f"珠海市{d}区{pl}街道办事处人力资源和社会保障服务所"
            for pl, d in zip(cols["place"], cols["district"], strict=True)
        ],
        "HRSS_IS_WORKING_DAY": lambda: [cum[s + off + 1] != cum[s + off] for s in cols["day"]],
        "HRSS_ADD_WORKING_DAYS": lambda: [
            work[cum[s + off + 1] + k - 1]
            for s, k in zip(cols["start_day"], cols["working_days"], strict=True)
        ],
        "HRSS_WORKING_DAYS_BETWEEN": lambda: [
            cum[b + off + 1] - cum[a + off + 1]
            for a, b in zip(cols["start_day"], cols["end_day"], strict=True)
        ],
        "HRSS_QUARTERLY_DEADLINE": lambda: [
            deadline(y, q) for y, q in zip(cols["year"], cols["quarter"], strict=True)
        ],
    }


def best(f: Callable[[], Any], repeat: int = 5) -> float:
    return min(timeit.repeat(f, number=1, repeat=repeat))


def pair(bare: Callable[[], Any], ours: Callable[[], Any]) -> tuple[float, float]:
    """Best of five of each, taken in turns, so that a busy machine slows both alike."""
    times = [(best(bare, 1), best(ours, 1)) for _ in range(5)]
    return min(t[0] for t in times), min(t[1] for t in times)


def main() -> None:
    from hrss_policy import excel as excel

    cols = columns(random.Random(2011), ROWS)
    loops = bare_loops(cols)
    print(f"{ROWS} rows per call, best of 5, target ≤ {TARGET}× the bare loop")
    print(f"{'function':28} {'bare loop':>10} {'HRSS_ call':>11} {'ratio':>7}")
    for name in excel.__all__:
        f = getattr(excel, name)
        params = list(f.__signature__.parameters)
        if name not in loops or not set(params) <= set(cols):
            print(f"{name:28} (no bare loop or sample cells for it here)")
            continue
        args = [[[v] for v in cols[p]] for p in params]
        bare, ours = pair(loops[name], lambda f=f, args=args: f(*args))
        print(f"{name:28} {bare:8.4f} s {ours:9.4f} s {ours / bare:6.1f}×")
    distinct = [[float(v)] for v in random.Random(1).sample(range(10**7), ROWS)]
    values = [v for [v] in distinct]
    bare, ours = pair(
        lambda: [max(1, -(-v // 6000)) for v in values], lambda: excel.HRSS_STREET_QUOTA(distinct)
    )
    print(f"{'HRSS_STREET_QUOTA, distinct':28} {bare:8.4f} s {ours:9.4f} s {ours / bare:6.1f}×")
    # The classic add-in sends every number as a float: the adapter checks each is whole
    # and hands the rule ints.
    floats = [[float(v)] for v in cols["service_recipients"]]
    for name in ("HRSS_STREET_QUOTA", "HRSS_COMMUNITY_QUOTA", "HRSS_COMMUNITY_EXTRA_STAFF"):
        f = getattr(excel, name)
        bare, ours = pair(loops[name], lambda f=f: f(floats))
        label = f"{name[5:]}, float cells"
        print(f"{label:28} {bare:8.4f} s {ours:9.4f} s {ours / bare:6.1f}×")
    # Where a quota's time goes: the staffing rule's own call over the whole column (as
    # the adapter makes it), against the whole worksheet call.
    counts = cols["service_recipients"]
    column = [[v] for v in counts]
    for name, level in [
        ("HRSS_STREET_QUOTA", hp.Level.STREET_TOWN),
        ("HRSS_COMMUNITY_QUOTA", hp.Level.COMMUNITY_VILLAGE),
    ]:
        lib, ours = pair(
            lambda level=level: hp.staff_count_column(level, counts),
            lambda name=name: getattr(excel, name)(column),
        )
        print(f"{name}: hp.staff_count_column {lib:.4f} s of {ours:.4f} s")
    few = [[r] for r in cols["service_recipients"][:1000]]
    explain = best(lambda: excel.HRSS_EXPLAIN("HRSS_STREET_QUOTA", few))
    print(f"HRSS_EXPLAIN of HRSS_STREET_QUOTA over 1000 rows (on request only): {explain:.3f} s")


if __name__ == "__main__":
    main()
