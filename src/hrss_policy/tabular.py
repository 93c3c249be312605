"""Units read from a spreadsheet's CSV export, and results written back as CSV or JSON.

This is an adapter: it turns text cells into the library's values and holds no policy.
Input arrives as spreadsheets really export it — UTF-8 with or without a BOM, or
GBK/GB18030 from Excel on Chinese Windows — with English or Chinese column headers.
A bad file is refused whole, with every problem and its line at once.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

import attrs

from .errors import PolicyError
from .inspection import Inspection, Unit, inspect_unit
from .parameters import PLAN_2011, PolicyParameters
from .premises import Premises
from .subsidies import Roster
from .units import Equipment, UnitKind

__all__ = [
    "COLUMNS",
    "Column",
    "TableError",
    "csv_safe",
    "decode",
    "inspect_table",
    "read_units",
    "write_csv",
]


@attrs.frozen
class Column:
    """One column of the units table.

    Attributes:
        name: The canonical (English) header.
        aliases: Chinese headers accepted for it.
        required: Whether every file must have it.
        description: What it holds, in Chinese.
    """

    name: str
    aliases: tuple[str, ...]
    required: bool
    description: str


COLUMNS: tuple[Column, ...] = (
    Column(
        "kind", ("类型", "单位类型"), True, "单位类型：UnitKind 名称或中文（行政区街道、社区……）"
    ),
    Column("place", ("名称", "地名", "单位名称"), True, "街道、镇、功能区、社区或村的地名"),
    Column("district", ("区", "所在区"), True, "名称中含区名的单位所在行政区；其他类型留空"),
    Column("service_recipients", ("服务对象", "服务对象数"), True, "服务对象人数（整数）"),
    Column("id", ("编号",), False, "单位编号"),
    Column("area", ("所属区", "所属区域"), False, "汇总所属的区或功能区"),
    Column("actual_staff", ("实有人数", "在岗人数"), False, "实有工作人员数"),
    Column(
        "extra_staff_approved",
        ("增员已批准",),
        False,
        "增加人员是否已获区政府（管委会）批准（是/否）",
    ),
    Column("full_time_coordinators", ("专职协理员",), False, "专职协理员人数"),
    Column("part_time_coordinators", ("兼职协理员",), False, "兼职协理员人数（不含公职人员）"),
    Column("part_time_public_servants", ("兼职公职人员",), False, "属于公职人员的兼职协理员人数"),
    Column("district_paid", ("区级实付",), False, "区级财政当月实付协理员配套工资经费（元）"),
    Column("floor_area_m2", ("建筑面积",), False, "办公和服务场地建筑面积（平方米）"),
    Column("service_windows", ("服务窗口",), False, "服务窗口数"),
    Column("equipment", ("设备", "办公设备"), False, "已配备的设备，以、或；分隔"),
    Column("dedicated_office", ("专门办公室",), False, "是否设立专门办公室（是/否）"),
    Column("co_located", ("合署办公",), False, "是否与社区多功能服务平台合署办公（是/否）"),
    Column("current_name", ("现用名称",), False, "单位现用名称"),
)
"""Every column the units table accepts, in the order reports print them."""


class TableError(PolicyError):
    """A units table with problems; :attr:`problems` lists each as (line, message).

    Line numbers count the header as line 1, as a spreadsheet shows them.
    """

    def __init__(self, problems: Sequence[tuple[int, str]]) -> None:
        self.problems: tuple[tuple[int, str], ...] = tuple(problems)
        super().__init__("; ".join(f"line {ln}: {msg}" for ln, msg in self.problems))


def decode(data: bytes, encoding: str | None = None) -> str:
    """Decode a CSV file's bytes.

    With no *encoding*, UTF-8 (a BOM is dropped) is tried first and then GB18030, the
    superset of GBK that Excel on Chinese Windows writes; the first that decodes the whole
    file wins. UTF-8 is tried first because GB18030 decodes almost any byte sequence.

    Raises:
        PolicyError: the bytes are not valid in the named or any detected encoding.
    """
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except LookupError:
            raise PolicyError(f"unknown encoding {encoding!r}; try utf-8 or gbk") from None
        except UnicodeDecodeError as exc:
            raise PolicyError(
                f"the file is not valid {encoding}: {exc.reason} at byte {exc.start}"
            ) from None
        return text.removeprefix("\ufeff")
    for candidate in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(candidate)
        except UnicodeDecodeError:
            continue
    raise PolicyError(
        "the file is neither UTF-8 nor GBK/GB18030; save it as CSV UTF-8"
    ) from None  # pragma: no cover


_TRUE = {"是", "有", "y", "yes", "true", "1", "√", "已批准"}
_FALSE = {"否", "无", "n", "no", "false", "0", "×"}
_SPLIT = re.compile(r"[、,，;；/|\s]+")


def _count(text: str) -> int:
    if not re.fullmatch(r"\d+", text):
        raise ValueError(f"{text!r} is not a whole number ≥ 0 (digits only, no separators)")
    return int(text)


def _bool(text: str) -> bool:
    key = text.lower()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise ValueError(f"{text!r} is not yes/no; accepted: 是/否, Y/N, true/false, 1/0")


def _decimal(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"{text!r} is not a number") from None
    if not value.is_finite() or value < 0:
        raise ValueError(f"{text!r} is not a number ≥ 0")
    return value


def _equipment(text: str) -> frozenset[Equipment]:
    if text in ("无", "-"):
        return frozenset()
    return frozenset(Equipment.from_label(part) for part in _SPLIT.split(text) if part)


def _kind(text: str) -> UnitKind:
    return UnitKind.from_label(text)


_PARSERS: Mapping[str, Callable[[str], Any]] = {
    "kind": _kind,
    "service_recipients": _count,
    "actual_staff": _count,
    "extra_staff_approved": _bool,
    "full_time_coordinators": _count,
    "part_time_coordinators": _count,
    "part_time_public_servants": _count,
    "district_paid": _decimal,
    "floor_area_m2": _decimal,
    "service_windows": _count,
    "equipment": _equipment,
    "dedicated_office": _bool,
    "co_located": _bool,
}

_BY_HEADER = {alias: c for c in COLUMNS for alias in (c.name, *c.aliases)}


def _header(cells: list[str]) -> tuple[list[str | None], list[str]]:
    names: list[str | None] = []
    problems: list[str] = []
    seen: set[str] = set()
    for cell in cells:
        key = cell.strip().removeprefix("\ufeff")
        if not key:
            names.append(None)
            continue
        column = _BY_HEADER.get(key) or _BY_HEADER.get(key.lower())
        if column is None:
            accepted = ", ".join(c.name for c in COLUMNS)
            problems.append(
                f"unknown column {key!r}; accepted columns: {accepted} (or their Chinese names)"
            )
            names.append(None)
        elif column.name in seen:
            problems.append(f"column {column.name!r} appears twice")
            names.append(None)
        else:
            seen.add(column.name)
            names.append(column.name)
    missing = [c.name for c in COLUMNS if c.required and c.name not in seen]
    if missing:
        problems.append(f"missing required column(s): {', '.join(missing)}")
    return names, problems


def _unit(values: dict[str, Any]) -> Unit:
    coordinator_counts = [
        values.get(k)
        for k in ("full_time_coordinators", "part_time_coordinators", "part_time_public_servants")
    ]
    coordinators = None
    if any(n is not None for n in coordinator_counts):
        full, part, servants = (n or 0 for n in coordinator_counts)
        coordinators = Roster.from_counts(
            full_time=full, part_time=part, part_time_public_servants=servants
        )
    premises_fields = {
        k: values[k]
        for k in ("floor_area_m2", "service_windows", "equipment", "dedicated_office", "co_located")
        if values.get(k) is not None
    }
    return Unit(
        kind=values["kind"],
        place=values["place"],
        district=values.get("district"),
        service_recipients=values["service_recipients"],
        area=values.get("area"),
        id=values.get("id"),
        actual_staff=values.get("actual_staff"),
        extra_staff_approved=values.get("extra_staff_approved") or False,
        coordinators=coordinators,
        district_paid=values.get("district_paid"),
        premises=Premises(**premises_fields) if premises_fields else None,
        current_name=values.get("current_name"),
    )


def _read(text: str, check: Callable[[Unit], object] | None) -> list[tuple[Unit, Any]]:
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise TableError([(1, "the file is empty; the first line must be the header row")])
    names, header_problems = _header(rows[0])
    problems = [(1, p) for p in header_problems]
    if problems:
        raise TableError(problems)
    out: list[tuple[Unit, Any]] = []
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(names):
            problems.append((line, f"{len(row)} cells but the header has {len(names)} columns"))
            continue
        values: dict[str, Any] = {}
        row_problems: list[str] = []
        for name, cell in zip(names, row, strict=False):
            cell = cell.strip()
            if name is None or not cell:
                continue
            try:
                values[name] = _PARSERS.get(name, str)(cell)
            except (ValueError, TypeError) as exc:
                row_problems.append(f"{name}: {exc}")
        for column in COLUMNS:
            # district is required as a column but empty for kinds whose name has none.
            missing = column.required and column.name != "district" and column.name not in values
            if missing and not any(column.name in p for p in row_problems):
                row_problems.append(f"{column.name} is required and empty")
        if not row_problems:
            try:
                unit = _unit(values)
                out.append((unit, check(unit) if check else None))
            except (ValueError, TypeError) as exc:
                row_problems.append(str(exc))
        problems += [(line, p) for p in row_problems]
    if problems:
        raise TableError(problems)
    return out


def read_units(text: str) -> list[Unit]:
    """Read units from the text of a CSV file with a header row.

    Empty cells are "not reported". Every problem in the file is collected before
    anything is returned, so a file is either read whole or refused whole.

    Args:
        text: The decoded file (see :func:`decode`).

    Returns:
        One :class:`~hrss_policy.Unit` per data row, in file order.

    Raises:
        TableError: the file has problems; each comes with its line number.
    """
    return [unit for unit, _ in _read(text, None)]


def inspect_table(text: str, *, params: PolicyParameters = PLAN_2011) -> list[Inspection]:
    """Read units from CSV text and inspect each, refusing the file whole on any problem.

    Besides the problems :func:`read_units` finds, a unit the rules refuse (a place that
    cannot make a standard name, a district given for a kind whose name has none) is a
    problem of its line, so every problem of the file is reported at once.

    Raises:
        TableError: the file has problems; each comes with its line number.
    """
    return [inspection for _, inspection in _read(text, lambda u: inspect_unit(u, params=params))]


def csv_safe(value: object) -> str:
    """Return *value* as CSV cell text that a spreadsheet will not run as a formula.

    A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is
    prefixed with ``'``, as OWASP advises against CSV injection.
    """
    text = "" if value is None else str(value)
    if text and text[0] in "=+-@\t\r":
        return "'" + text
    return text


def write_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """Return CSV text with every cell neutralised by :func:`csv_safe`."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([csv_safe(h) for h in header])
    for row in rows:
        writer.writerow([csv_safe(v) for v in row])
    return out.getvalue()
