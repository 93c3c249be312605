"""How long ``hrss-policy inspect`` takes, and how much memory, over a whole country's units.

China has on the order of 40,000 township-level units (streets and towns) and 600,000
village-level units (communities and villages). This script generates a units table of
that shape (illustrative figures, every evidence column filled, most requirements met,
some not), runs the command on it as a user would, and prints the wall time, the CPU
time and the peak memory of the command with its worker processes. Target (docs/contributing/architecture.md):
640,000 units in at most 30 s and 300 MB on a 2-core machine, output streamed.

    python benchmarks/bench_inspect.py                 # 64,000 and 640,000 units
    python benchmarks/bench_inspect.py 64000 --quiet   # one size, summary-only mode
    python benchmarks/bench_inspect.py 64000 --profile # where the time goes, in one process

Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEADER = (
    "id,kind,place,district,area,service_recipients,actual_staff,full_time_coordinators,"
    "part_time_coordinators,part_time_public_servants,district_paid,staffing_filed,"
    "funds_in_budget,floor_area_m2,service_windows,equipment,dedicated_office,co_located,"
    "current_name,network_connected,unified_software,business_systems,ledgers_kept,"
    "online_services,one_stop,first_contact,time_limit,accountability,trained_staff,"
    "certified_staff"
)
_HAN = "东南西北中新安平和兴华乐康宁福寿山水田林海港湾桥江河湖石岭岗坑塘庄园"
_STREET_EQUIPMENT = "电脑、打印机、档案柜、传真机、LED电子显示屏、自助查询机"
_STATION_EQUIPMENT = "电脑（网络设备）、档案柜、信息发布栏、打印机、电话、传真机"
_SYSTEMS = "就业、社会保险、职业培训、退休人员管理、劳动关系协调、劳动监察"


def generate(units: int, path: Path, seed: int = 2011) -> None:
    """Write a table of *units* units: one street or town in 16, the rest stations."""
    rng = random.Random(seed)

    def yes(p: float = 0.95) -> str:
        return "是" if rng.random() < p else "否"

    with path.open("w", encoding="utf-8", newline="") as f:
        f.write(HEADER + "\n")
        for i in range(units):
            place = "".join(rng.choice(_HAN) for _ in range(3))
            district = rng.choice(("香洲", "斗门", "金湾"))
            area = f"{district}区"
            it = f"{yes()},{yes()},{_SYSTEMS},{yes()},网上办事、信息查询,{yes()},{yes()},{yes()},{yes()}"
            if i % 16 == 0:
                recipients = rng.randint(2_000, 90_000)
                staff = -(-recipients // 6000) - (rng.random() < 0.1)
                row = (
                    f"U{i:07d},DISTRICT_STREET,{place},{district},{area},{recipients},{staff},"
                    f",,,,,{yes()},{rng.randint(250, 500)},{rng.randint(1, 5)},{_STREET_EQUIPMENT},,,"
                    f",{it},{staff},{staff}"
                )
            else:
                kind = rng.choice(("COMMUNITY", "VILLAGE"))
                suffix = "社区" if kind == "COMMUNITY" else "村"
                name = f"{place}{suffix}人力资源和社会保障服务站"
                full, part = rng.choice(((1, 0), (1, 1), (0, 1), (1, 0)))
                paid = 1000 * full + 800 * part - (100 if rng.random() < 0.05 else 0)
                row = (
                    f"U{i:07d},{kind},{place},,{area},{rng.randint(300, 12_000)},{full + part},"
                    f"{full},{part},0,{paid},{yes()},,,{rng.randint(1, 3)},{_STATION_EQUIPMENT},"
                    f"是,,{name},{it},{full + part},{full + part}"
                )
            f.write(row + "\n")


def _tree_rss_kb(root: int) -> int:
    """The resident memory of *root* and its descendants, from /proc (Linux)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        try:
            with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
        stack += children.get(pid, [])
    return total


def run(path: Path, extra: list[str]) -> dict[str, float]:
    """Run the command on *path*, output to a file; time, CPU and peak memory."""
    out = path.with_suffix(".out")
    command = [sys.executable, "-m", "hrss_policy", "inspect", str(path), *extra]
    before = os.times()
    start = time.perf_counter()
    with out.open("wb") as sink:
        proc = subprocess.Popen(command, stdout=sink, stderr=subprocess.PIPE)
        peak = 0
        while proc.poll() is None:
            peak = max(peak, _tree_rss_kb(proc.pid))
            time.sleep(0.05)
        _, err = proc.communicate()
    wall = time.perf_counter() - start
    after = os.times()
    if proc.returncode != 0:
        raise SystemExit(f"exit {proc.returncode}: {err.decode('utf-8', 'replace')[-2000:]}")
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return {"wall": wall, "cpu": cpu, "peak_mb": peak / 1024, "out_mb": out.stat().st_size / 1e6}


def profile(path: Path) -> None:
    """Where the time goes: the whole command in this process, one job, under cProfile."""
    from hrss_policy.cli import main

    sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    profiler = cProfile.Profile()
    profiler.enable()
    main(["inspect", str(path), "--jobs", "1"], out=sink)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(40)
    stats.sort_stats("tottime").print_stats(25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("units", nargs="*", type=int, default=[64_000, 640_000])
    parser.add_argument("--profile", action="store_true", help="profile one process instead")
    args, extra = parser.parse_known_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores; options: {extra or '(table)'}")
    with tempfile.TemporaryDirectory() as tmp:
        for units in args.units:
            path = Path(tmp) / f"units_{units}.csv"
            generate(units, path)
            size = path.stat().st_size / 1e6
            if args.profile:
                profile(path)
                continue
            r = run(path, extra)
            print(
                f"{units:>8} units ({size:6.1f} MB): {r['wall']:6.1f} s wall, {r['cpu']:6.1f} s CPU, "
                f"peak {r['peak_mb']:5.0f} MB (command and workers), output {r['out_mb']:.0f} MB; "
                f"{r['wall'] / units * 1e6:.0f} µs per unit"
            )


if __name__ == "__main__":
    main()
