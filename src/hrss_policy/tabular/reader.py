"""Units read from a table's records: each row's cells, under the header's columns
(:mod:`.header`), read into a :class:`~hrss_policy.Unit` or its problems
(:class:`RowReader`), a whole CSV text read or refused (:func:`read_units`).
"""

from __future__ import annotations

import io
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from ..errors import PolicyError
from ..inspection.record import Unit
from ..inspection.unit import Inspection, assess
from ..plan.parameters import PLAN_2011, PolicyParameters, check_params
from .cells import PARSE, CellError, text_cell
from .duplicates import DuplicateIds
from .header import filled, find_header, map_header, position
from .ooxml import column_index
from .problems import empty_table
from .schema import COLUMNS, GROUPS, MAKERS, Column
from .schema import by_name as _BY_NAME
from .source import Problem, TableError
from .xlsx import Merged, column_letters

__all__ = ["RowReader", "decode", "inspect_table", "read_units"]


def decode(data: bytes, encoding: str | None = None) -> str:
    """Decode a whole CSV file's bytes, detecting UTF-8 or GB18030 as the command does.

    Raises:
        PolicyError: the encoding is unknown or the file is UTF-16.
        TableError: lines not in the file's encoding, each named (a file mixing UTF-8 and
            GBK lines is refused, never decoded whole as GB18030).
    """
    from .encoding import detect_encoding

    name = detect_encoding(lambda: io.BytesIO(data), encoding)
    return data.decode(name)


_T = TypeVar("_T")
_CACHED = frozenset({"kind", "yes_no", "equipment", "systems", "online"})
_CACHE_SIZE = 4096
#: The first column of a merged range (``F`` of ``F2:G2``).
_ANCHOR = re.compile(r"[A-Z]+")
_MISSING = object()
# district is required as a column but empty for kinds whose name has none.
_REQUIRED = tuple(c for c in COLUMNS if c.required and c.name != "district")


# -- rows ----------------------------------------------------------------------------------


class RowReader:
    """Turns the records of one table into units, or into the problems of each record.

    Args:
        header: The header record's cells.
        line: The header's line (a workbook may have a title above it).
        sheet: The worksheet's name for a workbook (positions become ``单位!D12``), or
            ``None`` for CSV (positions are line numbers).

    Raises:
        TableError: the header itself has problems (unknown, repeated or missing columns).
    """

    def __init__(
        self, header: Sequence[object], *, sheet: str | None = None, line: int = 1
    ) -> None:
        self.sheet = sheet
        names, problems = map_header(header)
        if problems:
            raise TableError(
                [Problem(position(sheet, line, i), en, zh, line) for i, en, zh in problems],
                zh=f"表头有{len(problems)}处问题",
            )
        self.names: tuple[str | None, ...] = tuple(names)
        self._unnamed = [i for i, name in enumerate(names) if name is None]
        self._columns = [None if n is None else _BY_NAME[n] for n in names]
        # (index, column, parser, cache) of each mapped column, in cell order.
        self._plan: list[tuple[int, Column, Callable[[object], Any], dict[str, Any] | None]] = [
            (i, c, PARSE[c.kind], {} if c.kind in _CACHED else None)
            for i, c in enumerate(self._columns)
            if c is not None
        ]
        self.id_index = names.index("id") if "id" in names else None
        # The value objects a unit is made of (its roster, premises, information systems,
        # service practice) repeat across a table. In a CSV file every cell is text, so the
        # same cells make the same object: it is looked up by its cells, unread.
        self._groups: list[tuple[str, Callable[[Sequence[object]], Any], dict[Any, Any]]] = []
        self._group_cells: list[frozenset[int]] = []
        for group, columns in GROUPS.items():
            where = tuple(names.index(c) for c in columns if c in names)
            if where:
                self._groups.append((group, _cells_getter(where), {}))
                self._group_cells.append(frozenset(where))
        self._by_cells = sheet is None  # a workbook's cells are typed: 1 and True look alike
        self._plans: dict[int, list[tuple[int, Column, Callable[[object], Any], Any]]] = {
            0: self._plan
        }

    def _named(self, index: int) -> bool:
        """Whether the column *index* (0 for A) has a header."""
        return index < len(self.names) and self.names[index] is not None

    def id_of(self, cells: Sequence[object]) -> str | None:
        """The row's unit id as the unit will hold it, or ``None`` (cheap: no other cell read)."""
        i = self.id_index
        if i is None or i >= len(cells):
            return None
        cell = cells[i]
        if cell is None or isinstance(cell, Problem):
            return None
        try:
            text = text_cell(cell.strip() if isinstance(cell, str) else cell)
        except CellError:
            return None
        return text or None

    def where(self, line: int, column: str | None = None) -> str:
        """The position of *column*'s cell in *line* (or of the line) for a message."""
        index = self.names.index(column) if column in self.names else None
        return position(self.sheet, line, index)

    def values(
        self, line: int, cells: Sequence[object], *, mask: int = 0
    ) -> dict[str, Any] | list[Problem]:
        """The row's cells read as values (empty cells left out), or its problems.

        *mask* leaves out the cells of the value objects already found by their cells.
        """
        # Values outside the header's columns are problems of the row, reported with the
        # problems of its cells (every problem at once).
        problems: list[Problem] = []
        if self._unnamed:
            problems += [
                Problem(
                    position(self.sheet, line, i),
                    f"a value in column {column_letters(i)}, whose header cell is empty; "
                    "give the column its header, or delete the value",
                    f"{column_letters(i)}列的表头为空，该列的数据没有对应的列名；"
                    "请补上列名或删去该值",
                    line,
                )
                for i in self._unnamed
                if i < len(cells) and filled(cells[i])
            ]
        width = len(self.names)
        extra = (
            next((i for i in range(width, len(cells)) if filled(cells[i])), None)
            if len(cells) > width
            else None
        )
        # A merge from a named column into one with no header (blank, or right of the
        # last one) is refused at the first such cell, as any merge across columns is; a
        # merge wholly outside the table's columns holds nothing and is left alone.
        ranges: set[str] = set()
        for i, cell in enumerate(cells):
            if (
                isinstance(cell, Merged)
                and (i >= width or i in self._unnamed)
                and cell.range not in ranges
                and self._named(column_index(_ANCHOR.match(cell.range).group()))  # type: ignore[union-attr]
            ):
                ranges.add(cell.range)
                problems.append(_merged(position(self.sheet, line, i), cell, line))
        values: dict[str, Any] = {}
        refused: set[str] = set()
        ncells = len(cells)
        plan = self._plans.get(mask)
        if plan is None:
            skip = set().union(*(c for n, c in enumerate(self._group_cells) if mask >> n & 1))
            plan = self._plans[mask] = [p for p in self._plan if p[0] not in skip]
        for i, column, parse, cache in plan:
            if i >= ncells:
                break
            cell = cells[i]
            if cell.__class__ is str:
                cell = cell.strip()
                if not cell:
                    continue
                if cache is not None:
                    value = cache.get(cell, _MISSING)
                    if value is not _MISSING:
                        values[column.name] = value
                        continue
            elif cell is None:
                continue
            elif cell.__class__ is Merged:
                problems.append(_merged(position(self.sheet, line, i), cell, line))
                refused.add(column.name)
                continue
            try:
                value = parse(cell)
            except CellError as exc:
                en = exc.en if exc.en.startswith(column.name) else f"{column.name}: {exc.en}"
                problems.append(
                    Problem(position(self.sheet, line, i), en, exc.zh_for(column.label), line)
                )
                refused.add(column.name)
                continue
            if cache is not None and cell.__class__ is str and len(cache) < _CACHE_SIZE:
                cache[cell] = value
            values[column.name] = value
        if extra is not None:
            problems.append(
                Problem(
                    position(self.sheet, line, extra),
                    f"a value in column {column_letters(extra)}, right of the header's "
                    f"last column ({width} columns); give the column its header, or delete "
                    "the value",
                    f"表头只有{width}列，{column_letters(extra)}列在表头最后一列的右侧，"
                    "该列的数据没有对应的列名；请补上列名或删去该值",
                    line,
                )
            )
        for column in _REQUIRED:
            if column.name not in values and column.name not in refused:
                problems.append(
                    Problem(
                        self.where(line, column.name),
                        f"{column.name} is required and empty",
                        f"{column.label}为必填项，不能为空",
                        line,
                    )
                )
        return problems or values

    def unit(self, line: int, cells: Sequence[object]) -> Unit | list[Problem]:
        """The row's :class:`~hrss_policy.Unit`, or every problem of the row."""
        found: dict[str, Any] = {}
        keys: dict[str, Any] = {}
        mask = 0
        if self._by_cells and len(cells) == len(self.names):
            for n, (group, cells_of, cache) in enumerate(self._groups):
                key = keys[group] = cells_of(cells)
                made = cache.get(key, _MISSING)
                if made is not _MISSING:
                    found[group] = made
                    mask |= 1 << n
        values = self.values(line, cells, mask=mask)
        if isinstance(values, list):
            return values
        try:
            for group, _, cache in self._groups:
                if group not in found:
                    made = found[group] = _GROUP_MAKERS[group](values)
                    if group in keys and len(cache) < _OBJECTS:
                        cache[keys[group]] = made
            return _unit(values, found)
        except PolicyError as exc:
            return [self.refused(line, exc)]

    def refused(self, line: int, exc: PolicyError) -> Problem:
        """A problem of *line* for a unit the library refused with *exc*."""
        return Problem(position(self.sheet, line, None), str(exc), exc.message_zh, line)

    def accepted(
        self,
        records: Iterable[tuple[int, list[Any]]],
        check: Callable[[Unit], _T],
        problems: list[Problem],
        seen: Callable[[str, int], object] | None = None,
    ) -> Iterator[tuple[Unit, _T]]:
        """Each record's unit and what *check* makes of it, for the records accepted.

        A record that cannot be read, a row whose cells are not a unit, and a unit *check*
        refuses with a :class:`~hrss_policy.PolicyError` are problems, put in *problems*
        in the order of the lines (every one of them: the caller refuses the table whole if
        there is any).

        Every record is read before the first unit is checked: one pass of each kind over
        a chunk is faster than the two alternating row by row (measured with
        ``benchmarks/bench_inspect.py``).

        Args:
            records: ``(line, cells)`` of the rows below the header.
            check: What to make of each unit: name it, or inspect it.
            problems: Where the problems go.
            seen: Called with ``(unit id, line)`` for each unit with an id, checked or not,
                to find duplicate ids.
        """
        read: list[tuple[int, Unit, int]] = []
        for line, cells in records:
            if cells and isinstance(cells[0], Problem):
                problems += cells
                continue
            unit = self.unit(line, cells)
            if isinstance(unit, list):
                problems += unit
                continue
            if seen is not None and unit.id is not None:
                seen(unit.id, line)
            # Where a refusal of the unit goes among the problems: after its line's own.
            read.append((line, unit, len(problems)))
        refused = 0
        for line, unit, at in read:
            try:
                yield unit, check(unit)
            except PolicyError as exc:
                problems.insert(at + refused, self.refused(line, exc))
                refused += 1


def _merged(where: str, cell: Merged, line: int) -> Problem:
    """The problem of a cell merged with its neighbours: each column is entered apart."""
    return Problem(
        where,
        f"the cell is merged with its neighbours ({cell.range}); unmerge the cells and "
        "enter the value of each column",
        f"该单元格与相邻单元格合并（{cell.range}），请取消合并并逐列填写",
        line,
    )


#: Each reader remembers up to this many of each kind of value object.
_OBJECTS = 4096


def _cells_getter(where: tuple[int, ...]) -> Callable[[Sequence[object]], Any]:
    return operator.itemgetter(*where)


def _maker(group: str) -> Callable[[dict[str, Any]], Any]:
    """Makes *group*'s value object from a row's values, ``None`` when none of its cells is
    filled."""
    columns = [(c.name, c.field) for c in COLUMNS if c.group == group]
    make = MAKERS[group]

    def made(values: dict[str, Any]) -> Any:
        given = {field: values[name] for name, field in columns if name in values}
        return make(**given) if given else None

    return made


_GROUP_MAKERS = {group: _maker(group) for group in GROUPS}
#: (column, keyword) of the unit's own columns, outside its value objects.
_OWN = tuple((c.name, c.field) for c in COLUMNS if c.group is None)


def _unit(values: dict[str, Any], made: dict[str, Any]) -> Unit:
    """The unit of a row's *values*, its value objects *made* (those the header has)."""
    own = {field: values[name] for name, field in _OWN if name in values}
    return Unit(**own, **made)


def _records(text: str) -> Iterator[tuple[int, list[Any]]]:
    from .source import Source

    data = text.encode("utf-8")
    yield from Source("<text>", None, "utf-8", lambda: io.BytesIO(data), len(data)).records()


def _read(
    records: Iterable[tuple[int, list[Any]]], check: Callable[[Unit], _T]
) -> list[tuple[Unit, _T]]:
    it = iter(records)
    first = find_header(it)
    if first is None:
        raise empty_table()
    reader = RowReader(first[1], line=first[0])
    problems: list[Problem] = []
    ids: dict[str, int] = {}

    def seen(unit_id: str, line: int) -> None:
        problems.extend(
            DuplicateIds.confirm(
                [(ids[unit_id], unit_id), (line, unit_id)] if unit_id in ids else [],
                lambda n: reader.where(n, "id"),
            )
        )
        ids.setdefault(unit_id, line)

    out = list(reader.accepted(it, check, problems, seen))
    if problems:
        raise TableError(problems, zh=f"文件有{len(problems)}处问题")
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
    return [unit for unit, _ in _read(_records(text), _unchecked)]


def inspect_table(text: str, *, params: PolicyParameters = PLAN_2011) -> list[Inspection]:
    """Read units from CSV text and inspect each, refusing the file whole on any problem.

    Besides the problems :func:`read_units` finds, a unit the rules refuse (a place that
    cannot make a standard name, a district given for a kind whose name has none) is a
    problem of its line, so every problem of the file is reported at once.

    Raises:
        TableError: the file has problems; each comes with its line number.
    """
    check_params(params)
    found = _read(_records(text), lambda u: assess(u, None, params))
    return [inspection for _, inspection in found]


def _unchecked(unit: Unit) -> None:
    return None
