"""Import cost of hrss_policy against attrs, and the cost of the first real call.

The target (docs/contributing/architecture.md): ``python -c "import hrss_policy"`` costs at most 15 ms more than
``python -c "import attrs"``. Each command runs in a fresh interpreter many times,
interleaved so that machine load falls on all of them alike; the medians are printed.

Run from the repository root: ``python benchmarks/bench_import.py [RUNS]``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = {
    "python (nothing)": "pass",
    "import attrs": "import attrs",
    "import hrss_policy": "import hrss_policy",
    "first quota": "import hrss_policy as hp; hp.street_staff_quota(45000)",
    "first deadline": "import hrss_policy as hp; hp.quarterly_report_deadline(2024, 3)",
}


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(runs):
        for name, code in COMMANDS.items():
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], env=env, check=True)
            times[name].append((time.perf_counter() - start) * 1000)
    median = {name: statistics.median(ts) for name, ts in times.items()}
    print(f"{runs} runs each, median wall time of a fresh interpreter")
    for name, ms in median.items():
        print(f"{name:20s} {ms:8.1f} ms")
    extra = median["import hrss_policy"] - median["import attrs"]
    verdict = "ok" if extra <= 15 else "over target"
    print(f"import hrss_policy − import attrs: {extra:+.1f} ms (target ≤ +15 ms) {verdict}")


if __name__ == "__main__":
    main()
