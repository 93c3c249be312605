"""How the command writes inspections: a table, CSV or JSON, one chunk at a time.

Presentation only: every figure, verdict and sentence comes from the library. A
:class:`Renderer` turns a chunk of units into text and a partial :class:`Tally`; the
pipeline writes the texts in file order and merges the tallies.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

import attrs

from . import _table
from ._cli_text import text
from .inspection import Inspection, Unit, inspect_unit
from .naming import agency_name_detail
from .tabular import csv_safe, write_csv

__all__ = ["Layout", "RenderJob", "Rendered", "Renderer", "Tally", "preamble", "summary"]

SCHEMA_VERSION = "1.0"


@attrs.frozen
class RenderJob:
    """What every chunk is rendered for."""

    fmt: str
    lang: str
    as_of: dt.date | None = None
    sample: bool = False


@attrs.define
class Layout:
    """The widths of the table's text columns, measured in the check pass."""

    id: int = 0
    name: int = 0

    def widen(self, other: Layout) -> None:
        """Make room for *other*'s widths too."""
        self.id = max(self.id, other.id)
        self.name = max(self.name, other.name)


@attrs.define
class Tally:
    """The roll-up, accumulated chunk by chunk: units and units with findings per area."""

    job: RenderJob | None = None
    areas: dict[str, list[int]] = attrs.field(factory=dict)

    def add(self, inspection: Inspection) -> None:
        """Count one inspection."""
        counts = self.areas.setdefault(inspection.area, [0, 0])
        counts[0] += 1
        counts[1] += inspection.has_findings

    def merge(self, other: Tally) -> None:
        """Add another tally's counts."""
        for area, (units, flagged) in other.areas.items():
            counts = self.areas.setdefault(area, [0, 0])
            counts[0] += units
            counts[1] += flagged


@attrs.define
class Rendered:
    """A chunk's text and tally."""

    text: str
    tally: Tally
    units: int


_HEADER_ZH = ["编号", "标准名称", "服务对象", "定额", "实有", "问题"]
_HEADER_EN = ["id", "name", "recipients", "quota", "staff", "findings"]
_CSV_HEADER = ["id", "name", "kind", "area", "service_recipients", "staff_quota", "actual_staff"]


class Renderer:
    """Renders chunks of units for one :class:`RenderJob`."""

    def __init__(self, job: RenderJob) -> None:
        self.job = job

    def check(self, unit: Unit) -> Layout:
        """Name *unit* as the inspection will (refusing what it refuses); its widths."""
        name = agency_name_detail(unit.kind, unit.place, district=unit.district).name
        return Layout(_table.width(unit.id or ""), _table.width(name))

    def render(self, units: Sequence[Unit], layout: Layout) -> Rendered:
        """Inspect and render *units*."""
        tally = Tally()
        parts: list[str] = []
        fmt = self.job.fmt
        for unit in units:
            inspection = inspect_unit(unit)
            tally.add(inspection)
            if fmt == "table":
                parts.append(self._row(inspection, layout))
            elif fmt == "csv":
                parts.append(write_csv([], [_csv_row(inspection)]).partition("\n")[2])
            elif fmt == "json":
                parts.append(json.dumps(_record(inspection), ensure_ascii=False))
        if fmt == "json":
            body = ",\n".join(parts)
            return Rendered(body, tally, len(units))
        return Rendered("".join(parts), tally, len(units))

    def _row(self, i: Inspection, layout: Layout) -> str:
        cells = [
            _table.pad(i.unit.id or "", layout.id),
            _table.pad(i.name, layout.name),
            _table.pad(str(i.unit.service_recipients), 8, right=True),
            _table.pad(str(i.quota.staff), 4, right=True),
            _table.pad(
                "" if i.unit.actual_staff is None else str(i.unit.actual_staff), 4, right=True
            ),
            _table.pad(str(len(i.shortfalls)), 4, right=True),
        ]
        lines = [_table.safe("  ".join(cells).rstrip())]
        lines += [_table.safe(f"  {f}") for f in i.findings]
        return "\n".join(lines) + "\n"


def _csv_row(i: Inspection) -> list[object]:
    return [
        i.unit.id,
        i.name,
        i.unit.kind.name,
        i.area,
        i.unit.service_recipients,
        i.quota.staff,
        i.unit.actual_staff,
    ]


def _record(i: Inspection) -> dict[str, Any]:
    return {
        "id": i.unit.id,
        "name": i.name,
        "kind": i.unit.kind.name,
        "area": i.area,
        "findings": [
            {"clause": f.clause, "message": f.message, "due": f.due and f.due.isoformat()}
            for f in i.findings
        ],
    }


def preamble(job: RenderJob, layout: Layout) -> str:
    """What is written before the first unit."""
    if job.fmt == "table":
        head = text(job.lang, "sample_note") + "\n\n" if job.sample else ""
        header = _HEADER_ZH if job.lang == "zh" else _HEADER_EN
        widths = [layout.id, layout.name, 8, 4, 4, 4]
        right = [False, False, True, True, True, True]
        cells = [_table.pad(h, w, right=r) for h, w, r in zip(header, widths, right, strict=True)]
        return head + "  ".join(cells).rstrip() + "\n" + "  ".join("-" * w for w in widths) + "\n"
    if job.fmt == "csv":
        return write_csv(_CSV_HEADER, [])
    if job.fmt == "json":
        return f'{{"schema_version": "{SCHEMA_VERSION}", "document": "inspection", "units": [\n'
    return ""


def summary(job: RenderJob, tally: Tally) -> str:
    """What is written after the last unit."""
    lines = [
        f"{area}：{units}个单位，{flagged}个单位有问题"
        for area, (units, flagged) in tally.areas.items()
    ]
    if job.fmt == "json":
        return "\n]}\n"
    if job.fmt == "csv":
        return ""
    return "\n汇总：\n" + "\n".join(lines) + "\n"


__all__ += ["csv_safe"]
