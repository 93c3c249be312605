"""How large ``hrss-policy inspect --format csv`` is for a country of units that report little.

A bureau's first table often holds no more than each unit's kind, place, district and
service recipients: nearly every requirement is then unverified. This script generates
such a sparse table (one street or town in 16, the rest communities and villages, every
evidence column absent), runs the command on it as a user would, counts the bytes of the
CSV as they stream (nothing is written to disk) and prints the size per row and in all.
The findings cell gives each finding not met in full and the unverified in one sentence,
as the text table does; the JSON output keeps every finding.

    python benchmarks/bench_csv_size.py            # 640,000 units
    python benchmarks/bench_csv_size.py 64000      # another size

Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEADER = "id,kind,place,district,area,service_recipients"
_HAN = "东南西北中新安平和兴华乐康宁福寿山水田林海港湾桥江河湖石岭岗坑塘庄园"


def generate(units: int, path: Path, seed: int = 2011) -> None:
    """Write a sparse table of *units* units: what a unit is, and nothing it reported."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write(HEADER + "\n")
        for i in range(units):
            place = "".join(rng.choice(_HAN) for _ in range(3))
            district = rng.choice(("香洲", "斗门", "金湾"))
            if i % 16 == 0:
                row = f"U{i:07d},DISTRICT_STREET,{place},{district},{district}区,"
                row += str(rng.randint(2_000, 90_000))
            else:
                kind = rng.choice(("COMMUNITY", "VILLAGE"))
                row = f"U{i:07d},{kind},{place},,{district}区,{rng.randint(300, 12_000)}"
            f.write(row + "\n")


def measure(path: Path) -> tuple[int, int, float]:
    """Run the command on *path*; the CSV's bytes, its data rows and the wall time."""
    command = [sys.executable, "-m", "hrss_policy", "inspect", str(path)]
    command += ["--format", "csv", "--as-of", "2012-09-15"]
    start = time.perf_counter()
    size = lines = 0
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        assert proc.stdout is not None
        for chunk in iter(lambda: proc.stdout.read(1 << 20), b""):  # type: ignore[union-attr]
            size += len(chunk)
            lines += chunk.count(b"\n")
        err = proc.stderr.read() if proc.stderr else b""
    if proc.returncode != 0:
        raise SystemExit(f"exit {proc.returncode}: {err.decode('utf-8', 'replace')[-2000:]}")
    return size, lines - 1, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("units", nargs="?", type=int, default=640_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sparse.csv"
        generate(args.units, path)
        size, rows, wall = measure(path)
    print(
        f"{args.units:,} sparse units: CSV {size:,} bytes ({size / 1e6:,.1f} MB), "
        f"{size / max(rows, 1):,.0f} bytes a row, {wall:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
