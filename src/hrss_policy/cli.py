"""The ``hrss-policy`` command. It parses arguments and prints; it holds no policy."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import __version__
from .staffing import community_staff_quota, street_staff_quota
from .subsidies import Coordinator, Employment, monthly_subsidy


def _examples() -> str:
    roster = [
        Coordinator(Employment.FULL_TIME),
        Coordinator(Employment.PART_TIME),
        Coordinator(Employment.PART_TIME, public_servant=True),
    ]
    parts = [
        "== 街道（镇）服务机构人员定额：服务对象 45000 人 ==",
        street_staff_quota(45_000).explain(),
        "",
        "== 社区（村）服务机构人员定额：服务对象 9000 人 ==",
        community_staff_quota(9_000).explain(),
        "",
        "== 协理员工资补助：专职 1 人、兼职 1 人、兼职公职人员 1 人 ==",
        monthly_subsidy(roster).explain(),
    ]
    return "\n".join(parts)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with *argv* (default: ``sys.argv[1:]``); return the exit status."""
    parser = argparse.ArgumentParser(
        prog="hrss-policy",
        description="珠海市乡镇街道人力资源社会保障公共服务平台建设实施方案（2011）计算工具",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "command", nargs="?", default="examples", choices=["examples"], help="what to run"
    )
    parser.parse_args(argv)
    sys.stdout.write(_examples() + "\n")
    return 0
