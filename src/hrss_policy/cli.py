"""The ``hrss-policy`` command: argument parsing, file reading and printing only.

Every figure comes from the public API; this module holds no policy of its own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from . import __version__, _table
from .deadlines import check_quarterly_report, quarterly_report, quarterly_report_deadline
from .errors import PolicyError
from .inspection import Inspection
from .naming import agency_name_detail
from .reporting import report_submissions
from .staffing import staff_quota
from .subsidies import Coordinator, Employment, monthly_subsidy, subsidy_for_months
from .tabular import TableError, decode, inspect_table, write_csv
from .totals import rollup
from .units import UnitKind

SAMPLE = "zhuhai_2011_sample.csv"
SAMPLE_NOTE = "样例数据：单位为 2011 年珠海各区街道（镇）及部分社区（村），人数、面积、金额等均为示意数字，非官方统计。"

EXIT_OK = 0
EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def _count_arg(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number ≥ 0")
    return int(text)


def _kind_arg(text: str) -> UnitKind:
    try:
        return UnitKind.from_label(text)
    except PolicyError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _inspection_record(i: Inspection) -> dict[str, Any]:
    subsidy = i.subsidy
    return {
        "id": i.unit.id,
        "name": i.name,
        "kind": i.unit.kind.name,
        "area": i.area,
        "service_recipients": i.unit.service_recipients,
        "staff_quota": i.quota.staff,
        "actual_staff": i.unit.actual_staff,
        "extra_staff_allowed": i.quota.extra_staff_allowed,
        "monthly_city_subsidy": None if subsidy is None else str(subsidy.city),
        "monthly_district_minimum": None if subsidy is None else str(subsidy.district_minimum),
        "findings": [
            {
                "requirement": f.requirement,
                "clause": f.clause,
                "topic": f.topic,
                "status": f.status.value,
                "overdue": f.overdue,
                "message": f.explain(),
                "due": None if f.due is None else f.due.isoformat(),
            }
            for f in i.findings
        ],
    }


_CSV_HEADER = [
    "id",
    "name",
    "kind",
    "area",
    "service_recipients",
    "staff_quota",
    "actual_staff",
    "monthly_city_subsidy",
    "monthly_district_minimum",
    "findings",
]


def _read_file(path: str | None, encoding: str | None) -> tuple[str, bytes]:
    if path is None:
        return f"<sample {SAMPLE}>", resources.files("hrss_policy").joinpath(
            "data", SAMPLE
        ).read_bytes()
    if path == "-":
        return "<stdin>", sys.stdin.buffer.read()
    return path, Path(path).read_bytes()


def _inspect(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    label, data = _read_file(args.file, args.encoding)
    try:
        inspections = inspect_table(decode(data, args.encoding))
    except TableError as exc:
        for line, message in exc.problems:
            err.write(f"{label}:{line}: {message}\n")
        err.write(f"{label}: {len(exc.problems)} problem(s); nothing was inspected\n")
        return EXIT_BAD_INPUT
    except PolicyError as exc:
        err.write(f"{label}: {exc}\n")
        return EXIT_BAD_INPUT
    if args.format == "json":
        json.dump([_inspection_record(i) for i in inspections], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return EXIT_OK
    if args.format == "csv":
        rows = []
        for i in inspections:
            r = _inspection_record(i)
            r["findings"] = "".join(str(f) for f in i.findings if not f.passed)
            rows.append([r[k] for k in _CSV_HEADER])
        out.write(write_csv(_CSV_HEADER, rows))
        return EXIT_OK
    if args.file is None:
        out.write(SAMPLE_NOTE + "\n\n")
    header = ["编号", "标准名称", "服务对象", "定额", "实有", "市级月补助", "区级月补助≥", "问题"]
    rows = [
        [
            i.unit.id or "",
            i.name,
            i.unit.service_recipients,
            i.quota.staff,
            "" if i.unit.actual_staff is None else i.unit.actual_staff,
            "" if i.subsidy is None else i.subsidy.city,
            "" if i.subsidy is None else i.subsidy.district_minimum,
            len([f for f in i.findings if not f.passed]),
        ]
        for i in inspections
    ]
    out.write(_table.render(header, rows, right=frozenset({2, 3, 4, 5, 6, 7})) + "\n\n")
    flagged = [i for i in inspections if not i.passed]
    if flagged:
        out.write("发现的问题：\n")
        for i in flagged:
            out.write(f"{i.unit.id + ' ' if i.unit.id else ''}{i.name}\n")
            for f in i.findings:
                if not f.passed:
                    out.write(f"  {f}\n")
        out.write("\n")
    out.write("汇总：\n" + rollup(inspections).explain() + "\n")
    return EXIT_OK


def _quota(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    out.write(staff_quota(args.kind, args.service_recipients).explain() + "\n")
    return EXIT_OK


def _subsidy(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    roster = (
        [Coordinator(Employment.FULL_TIME)] * args.full_time
        + [Coordinator(Employment.PART_TIME)] * args.part_time
        + [Coordinator(Employment.PART_TIME, public_servant=True)] * args.public_servants
    )
    breakdown = (
        monthly_subsidy(roster) if args.months == 1 else subsidy_for_months(roster, args.months)
    )
    out.write(breakdown.explain() + "\n")
    return EXIT_OK


def _quarter_arg(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{4})\s*[Qq]\s*([1-4])\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"{text!r} is not a quarter; write it as 2024Q3")
    return int(match.group(1)), int(match.group(2))


def _date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as 2024-10-12"
        ) from None


def _deadline(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    year, quarter = args.quarter
    if args.submitted is None:
        out.write(f"{quarterly_report_deadline(year, quarter).isoformat()}\n")
        if args.explain:
            out.write(quarterly_report(year, quarter).explain() + "\n")
        return EXIT_OK
    out.write(check_quarterly_report(year, quarter, args.submitted).explain() + "\n")
    return EXIT_OK


def _submission_arg(text: str) -> tuple[str, dt.date | None]:
    area, sep, day = text.partition("=")
    if not sep or not area.strip():
        raise argparse.ArgumentTypeError(
            f"{text!r} is not DISTRICT=DATE; write 香洲区=2024-10-12, or 香洲区= if not yet submitted"
        )
    return area.strip(), _date_arg(day) if day.strip() else None


def _bulletin(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    year, quarter = args.quarter
    areas = [area for area, _ in args.submissions]
    repeated = sorted({a for a in areas if areas.count(a) > 1})
    if repeated:
        err.write(f"hrss-policy: error: district given twice: {', '.join(repeated)}\n")
        return EXIT_BAD_INPUT
    out.write(report_submissions(year, quarter, dict(args.submissions)).explain() + "\n")
    return EXIT_OK


def _name(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    detail = agency_name_detail(args.kind, args.place, district=args.district)
    out.write(detail.name + "\n")
    if args.explain:
        out.write(detail.explain() + "\n")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """Return the command's argument parser (used by the docs and the tests)."""
    parser = _Parser(
        prog="hrss-policy",
        description="珠海市乡镇街道人力资源社会保障公共服务平台建设实施方案（2011）计算工具。",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("inspect", help="inspect every unit of a CSV file and roll them up")
    p.add_argument(
        "file",
        nargs="?",
        help="CSV file of units ('-' for standard input); default: the shipped sample",
    )
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.add_argument(
        "--encoding",
        help="the file's encoding (default: UTF-8 with or without BOM, else GBK/GB18030)",
    )
    p.set_defaults(run=_inspect)

    p = sub.add_parser("deadline", help="the quarterly report deadline (四（二）), e.g. 2024Q3")
    p.add_argument("quarter", type=_quarter_arg, help="the quarter reported on, as 2024Q3")
    p.add_argument(
        "--submitted", type=_date_arg, metavar="DATE", help="check a submission date (YYYY-MM-DD)"
    )
    p.add_argument("--explain", action="store_true", help="also print the reasoning in Chinese")
    p.set_defaults(run=_deadline)

    p = sub.add_parser("bulletin", help="which districts reported a quarter late (四（二）)")
    p.add_argument("quarter", type=_quarter_arg, help="the quarter reported on, as 2024Q3")
    p.add_argument(
        "submissions",
        nargs="+",
        type=_submission_arg,
        metavar="DISTRICT=DATE",
        help="each district and the date it submitted (empty if it has not), e.g. 香洲区=2024-10-12",
    )
    p.set_defaults(run=_bulletin)

    p = sub.add_parser("name", help="the standard agency name of one unit (三（一）4)")
    p.add_argument("kind", type=_kind_arg, help="unit kind: a UnitKind name or its Chinese label")
    p.add_argument("place", help="place name, with or without its suffix")
    p.add_argument("--district", help="the administrative district, for kinds whose name has one")
    p.add_argument(
        "--explain", action="store_true", help="also print who fixes the name and by when"
    )
    p.set_defaults(run=_name)

    p = sub.add_parser("quota", help="the staffing quota of one unit (三（一）5)")
    p.add_argument("kind", type=_kind_arg, help="unit kind: a UnitKind name or its Chinese label")
    p.add_argument("service_recipients", type=_count_arg)
    p.set_defaults(run=_quota)

    p = sub.add_parser("subsidy", help="coordinator wage subsidies of one station (三（五）)")
    p.add_argument("--full-time", type=_count_arg, default=0, metavar="N")
    p.add_argument(
        "--part-time",
        type=_count_arg,
        default=0,
        metavar="N",
        help="part-time, not public servants",
    )
    p.add_argument(
        "--public-servants",
        type=_count_arg,
        default=0,
        metavar="N",
        help="part-time public servants",
    )
    p.add_argument("--months", type=_count_arg, default=1, metavar="N")
    p.set_defaults(run=_subsidy)
    return parser


def main(
    argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the command with *argv* (default: ``sys.argv[1:]``); return the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(argv)
    try:
        status: int = args.run(args, out, err)
    except (PolicyError, TypeError) as exc:
        err.write(f"hrss-policy: error: {exc}\n")
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader (``| head``) has gone: stop quietly, as Unix tools do. Pointing stdout
        # at devnull keeps the interpreter's final flush from failing a second time.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        err.write(f"hrss-policy: error: {exc.strerror or exc}: {exc.filename or ''}\n")
        return EXIT_BAD_INPUT
    return status
