"""Excel smoke test run inside Pyodide by smoke.mjs after smoke.py: the worksheet functions
through the real xlwings wheel, as xlwings Lite runs them.

xlwings is imported as Lite and Server import it (``XLWINGS_ON_SERVER``), so
``hrss_policy.excel`` registers with xlwings' own Office.js decorators; the functions are
then found in xlwings' metadata (nothing is listed here by hand) and called through
``custom_functions_call`` with request bodies shaped as the add-in sends them: first each
function's worked examples, then one 100,000-row column per function, timed (printed, not
asserted; target ≤ 0.5 s a call). That path is xlwings PRO code: outside Lite it needs a
licence key, and this test uses the free non-commercial mode.
"""

import datetime as dt
import gc
import os
import random
import sys
import time

import hrss_policy as hp

ROWS = 100_000
EPOCH = dt.date(1899, 12, 30)

# Without xlwings, importing the module names the extra to install.
sys.modules["xlwings"] = None
try:
    import hrss_policy.excel
except ImportError as err:
    if "hrss-policy[excel]" not in str(err):
        raise AssertionError(f"ImportError without the extra's name: {err}") from err
else:
    raise AssertionError("hrss_policy.excel imported without xlwings")
del sys.modules["xlwings"]
sys.modules.pop("hrss_policy.excel", None)

os.environ["XLWINGS_ON_SERVER"] = "true"
os.environ.setdefault("XLWINGS_LICENSE_KEY", "noncommercial")
import xlwings  # noqa: E402
import xlwings.server as server  # noqa: E402

from hrss_policy import excel as excel  # noqa: E402


def cpu_seconds():
    """CPU time of this Node process (user + system): a busy machine inflates wall time."""
    try:
        from js import process  # Node's process object, through Pyodide

        usage = process.cpuUsage()
        return (usage.user + usage.system) / 1e6
    except ImportError:  # not in Node
        return time.process_time()


def body(name, args):
    """A custom-function request as xlwings Lite's add-in sends it."""
    return {
        "func_name": name,
        "args": args,
        "caller_address": "[units.xlsx]Sheet1!F2",
        "content_language": "zh-CN",
        "version": xlwings.__version__,
        "client": "Office.js",
        "runtime": "1.3",
    }


async def call(name, args):
    return await server.custom_functions_call(body(name, args), excel)


def as_excel(value):
    if isinstance(value, dt.date):
        return float((value - EPOCH).days)
    return value


def sample_columns(rng, rows):
    """A realistic value of each worksheet argument per row, as Office.js sends cells."""
    first, last = (dt.date(2012, 1, 1) - EPOCH).days, (dt.date(2025, 12, 31) - EPOCH).days
    kinds = [k.label for k in hp.UnitKind]
    draws = {
        "service_recipients": lambda: rng.randrange(0, 60_000),
        "unit_kind": lambda: rng.choice(kinds),
        "full_time": lambda: rng.randrange(0, 4),
        "part_time": lambda: rng.randrange(0, 6),
        "part_time_public_servants": lambda: rng.randrange(0, 3),
        "months": lambda: rng.randrange(1, 13),
        "place": lambda: rng.choice(["拱北", "吉大", "前山", "夏湾", "井岸", "白蕉"]),
        "district": lambda: rng.choice(["香洲", "斗门", "金湾", None]),
        "day": lambda: rng.randrange(first, last),
        "start_day": lambda: rng.randrange(first, last),
        "end_day": lambda: rng.randrange(first, last),
        "working_days": lambda: rng.randrange(0, 60),
        "year": lambda: rng.randrange(2012, 2026),
        "quarter": lambda: rng.randrange(1, 5),
    }
    return {name: [[draw()] for _ in range(rows)] for name, draw in draws.items()}


async def main():
    meta = server.custom_functions_meta(excel)
    found = sorted(f["id"] for f in meta["functions"])
    if found != excel.__all__:
        raise AssertionError(f"xlwings registered {found}, the module exports {excel.__all__}")
    for f in meta["functions"]:
        if len(f["description"]) > 255 or "\n" in f["description"]:
            raise AssertionError(f"{f['id']}: description is not one line of ≤ 255 characters")
    examples = excel.examples()
    tried = 0
    for name, cases in examples.items():
        for args, expected in cases:
            (got,) = (await call(name, [[[a]] for a in args]))[0]
            ok = expected.text in got if hasattr(expected, "text") else got == as_excel(expected)
            if not ok:
                raise AssertionError(f"{name}{args}: expected {expected!r}, got {got!r}")
            tried += 1
    print(
        f"xlwings {xlwings.__version__}: {len(found)} worksheet functions registered "
        f"and {tried} examples called through its custom-function path"
    )

    columns = sample_columns(random.Random(2011), ROWS)
    params = {f["id"]: [p["name"] for p in f["parameters"]] for f in meta["functions"]}
    print(
        f"one call over {ROWS} rows (target ≤ 0.5 s), wall and CPU seconds, through xlwings' "
        "custom-function path and of the function alone:"
    )
    slowest = 0.0
    for name in found:
        if name == "HRSS_EXPLAIN" or not set(params[name]) <= set(columns):
            # Explanations are computed on request; a new argument needs sample cells.
            print(f"  {name:28} (not timed)")
            continue
        args = [columns[p] for p in params[name]]
        # Each timing starts from a collected heap, so that the garbage of one call is
        # not collected in the time of the next (the sample columns alone are 1.4 million
        # lists for the collector to walk).
        gc.collect()
        t0, c0 = time.perf_counter(), cpu_seconds()
        out = await call(name, args)
        via, via_cpu = time.perf_counter() - t0, cpu_seconds() - c0
        gc.collect()
        t0, c0 = time.perf_counter(), cpu_seconds()
        getattr(excel, name)(*args)
        alone, alone_cpu = time.perf_counter() - t0, cpu_seconds() - c0
        if len(out) != ROWS:
            raise AssertionError(f"{name}: {len(out)} rows back for {ROWS}")
        slowest = max(slowest, via_cpu)
        print(
            f"  {name:28} via xlwings {via:6.3f} s (CPU {via_cpu:6.3f} s)  "
            f"alone {alone:6.3f} s (CPU {alone_cpu:6.3f} s)"
        )
    print(f"slowest 100,000-row call through xlwings: CPU {slowest:.3f} s (target ≤ 0.5 s)")
