"""How the command turns inspections into output, one chunk of units at a time.

Presentation only: every figure, verdict, sentence and count comes from the library
(:func:`~hrss_policy.inspect_unit`, :class:`~hrss_policy.RollupTally`,
:class:`~hrss_policy.ProgressTally`). A :class:`Renderer` (in a worker process, or in the
command's own) inspects a chunk of units and returns its output — text for ``inspect``,
records for a report — and a partial :class:`Tally`; the pipeline writes the outputs in
file order and merges the tallies.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from typing import Any

import attrs

from ..core import validate as _validate
from ..core import zh as _zh
from ..inspection.progress import ProgressTally
from ..inspection.record import Unit
from ..inspection.totals import RollupTally
from ..inspection.unit import Inspection, assess
from ..plan.findings import Finding
from ..plan.parameters import PLAN_2011
from ..plan.register import REQUIREMENTS
from ..plan.status import Status
from ..rules.naming import agency_name_detail
from ..tabular import write_csv
from ..tabular.schema import by_name as _COLUMN
from . import grid as _table
from .messages import text

__all__ = [
    "MARK",
    "SCHEMA_VERSION",
    "Layout",
    "RenderJob",
    "Rendered",
    "Renderer",
    "Tally",
    "finding_record",
    "pad_rows",
    "preamble",
    "summary",
    "unit_record",
]

#: The version of the JSON documents' schemas (``hrss_policy/schemas/*.json``).
SCHEMA_VERSION = "1.0"


def _in_force(job: object, field: object, as_of: dt.date | None) -> None:
    if as_of is not None:
        PLAN_2011.require_in_force("as_of", as_of)


@attrs.frozen
class RenderJob:
    """What every chunk is rendered for.

    Attributes:
        fmt: ``table``, ``csv``, ``json`` or ``quiet`` (inspect); ``records`` (a report:
            the records of the units of :attr:`areas`); ``none`` (the bulletin: tallies).
        lang: The command's language.
        as_of: The inspection date, or ``None``; a date before the plan applies is
            refused here, once for the whole run.
        sample: Whether the input is the shipped sample.
        areas: For ``records``, the district names a unit's area must be one of.
        calendar_files: The years whose holiday schedule came from a file.
    """

    fmt: str
    lang: str
    as_of: dt.date | None = attrs.field(default=None, validator=_in_force)
    sample: bool = False
    areas: frozenset[str] = frozenset()
    calendar_files: tuple[int, ...] = ()


@attrs.define
class Layout:
    """The widths of the table's text columns, measured as the records are read."""

    id: int = 2
    name: int = 4

    def widen(self, other: Layout) -> None:
        """Make room for *other*'s widths too."""
        self.id = max(self.id, other.id)
        self.name = max(self.name, other.name)


class Tally:
    """The roll-up (and, given a date, the progress) of the units rendered so far."""

    def __init__(self, as_of: dt.date | None) -> None:
        self.rollup = RollupTally()
        self.progress = None if as_of is None else ProgressTally(as_of=as_of)
        self.areas: dict[str, int] = {}
        self.matched = 0

    def add(self, inspection: Inspection) -> None:
        """Count one inspection."""
        self.rollup.add(inspection)
        if self.progress is not None:
            self.progress.add(inspection)
        self.areas[inspection.area] = self.areas.get(inspection.area, 0) + 1

    def merge(self, other: Tally) -> None:
        """Add another part's counts (parts merged in file order)."""
        self.rollup.merge(other.rollup)
        if self.progress is not None and other.progress is not None:
            self.progress.merge(other.progress)
        for area, n in other.areas.items():
            self.areas[area] = self.areas.get(area, 0) + n
        self.matched += other.matched


@attrs.define
class Rendered:
    """A chunk's output (text, or records), tally and number of units."""

    output: Any
    tally: Tally
    units: int


#: The text table's headers in each language: id, name, then the figures; the input
#: columns' headers are the units table's own.
_HEADERS = {
    "zh": (
        _COLUMN["id"].label,
        "标准名称",
        _COLUMN["service_recipients"].label,
        "定额",
        "实有",
        "达标",
        "不达标",
        "未核实",
    ),
    "en": ("id", "name", "recipients", "quota", "staff", "met", "not met", "unverified"),
}
#: The figures' columns are at least this wide (a header may ask for more).
_FIGURE_WIDTHS = (9, 5, 5, 4, 6, 6)


def _figure_widths(lang: str) -> tuple[int, ...]:
    """The width of each figure column in *lang*: its header's, or the figures' if wider."""
    return tuple(
        max(w, _table.width(h)) for w, h in zip(_FIGURE_WIDTHS, _HEADERS[lang][2:], strict=True)
    )


def _text_widths(layout: Layout, lang: str) -> tuple[int, int]:
    """The widths of the id and name columns: the longest cell's, or the header's if wider."""
    id_header, name_header = _HEADERS[lang][:2]
    return max(layout.id, _table.width(id_header)), max(layout.name, _table.width(name_header))


CSV_HEADER = [
    "id",
    "name",
    "kind",
    "area",
    "service_recipients",
    "staff_quota",
    "actual_staff",
    "monthly_city_subsidy",
    "monthly_district_minimum",
    "met",
    "not_met",
    "overdue",
    "unverified",
    "findings",
]


class Renderer:
    """Inspects and renders chunks of units for one :class:`RenderJob`."""

    def __init__(self, job: RenderJob) -> None:
        self.job = job
        self._figures = _figure_widths(job.lang if job.lang in _HEADERS else "zh")

    def check(self, unit: Unit) -> Layout:
        """Name *unit* as the inspection will, refusing what it refuses; the row's widths."""
        name = agency_name_detail(
            unit.kind, unit.place, district=unit.district, merged_town=unit.merged_town
        ).name
        return _layout(unit, name)

    def inspect(self, unit: Unit) -> Inspection:
        """Inspect *unit* as of the job's date (checked once, by :class:`RenderJob`)."""
        return assess(unit, self.job.as_of, PLAN_2011)

    @staticmethod
    def layout(inspection: Inspection) -> Layout:
        """The widths of *inspection*'s row."""
        return _layout(inspection.unit, inspection.name)

    def render(self, inspections: Iterable[Inspection], layout: Layout | None) -> Rendered:
        """Render *inspections* (table rows marked for :func:`pad_rows` when *layout* is
        ``None``)."""
        job = self.job
        tally = Tally(job.as_of)
        parts: list[Any] = []
        fmt = job.fmt
        n = 0
        for inspection in inspections:
            n += 1
            tally.add(inspection)
            if fmt == "table":
                parts.append(self._row(inspection, layout))
            elif fmt == "csv":
                parts.append(_csv_row(inspection))
            elif fmt == "json":
                parts.append(json.dumps(unit_record(inspection), ensure_ascii=False))
            elif fmt == "records" and inspection.area in job.areas:
                parts.append(unit_record(inspection))
                tally.matched += 1
        if fmt == "csv":
            return Rendered(write_csv([], parts).removeprefix("\n"), tally, n)
        if fmt == "json":
            return Rendered(",\n".join(parts), tally, n)
        if fmt == "records":
            return Rendered(parts, tally, n)
        return Rendered("".join(parts), tally, n)

    def _row(self, i: Inspection, layout: Layout | None) -> str:
        met = not_met = 0
        shown: list[str] = []
        missing: list[str] = []
        for f in i.findings:
            status = f.status
            if status is Status.MET:
                met += 1
            elif status is Status.NOT_MET:
                not_met += 1
                shown.append(f"    {_table.safe(f.explain())}")
            else:
                missing.append(_LABELS[f.requirement])
        staff = i.staffing.actual_staff
        unit_id = _table.safe(i.unit.id or "")
        figures = (
            i.unit.service_recipients,
            i.quota.staff,
            "" if staff is None else staff,
            met,
            not_met,
            len(missing),
        )
        numbers = "  ".join(f"{v:>{w}}" for v, w in zip(figures, self._figures, strict=True))
        if layout is None:  # widths known only at the end: marked, padded by pad_rows
            first = f"{unit_id}{MARK}{i.name}{MARK}{numbers}"
        else:
            id_width, name_width = _text_widths(layout, self.job.lang)
            first = f"{_table.pad(unit_id, id_width)}  {_table.pad(i.name, name_width)}  {numbers}"
        lines = [first, *shown]
        if missing:
            lines.append(f"    {_zh.unverified(missing)}")
        lines += [f"    【说明】{_table.safe(note)}。" for note in i.notes]
        return "\n".join(lines) + "\n"


_LABELS = {r.id: r.label for r in REQUIREMENTS}


def _layout(unit: Unit, name: str) -> Layout:
    return Layout(_table.width(_table.safe(unit.id or "")), _table.width(name))


#: Separates a table row's id, name and figures until the columns' widths are known.
#: A control character: :func:`_table.safe` escapes any in the data, so it marks only rows.
MARK = "\x1f"


_MARKED = re.compile(f"^([^\n{MARK}]*){MARK}([^\n{MARK}]*){MARK}", re.M)


def pad_rows(text: str, layout: Layout, lang: str) -> str:
    """*text* (rendered with no layout) with each table row's id and name padded to the
    widths of *layout* and of the headers in *lang*."""
    if MARK not in text:
        return text
    pad = _table.pad
    id_width, name_width = _text_widths(layout, lang)

    def padded(m: re.Match[str]) -> str:
        return f"{pad(m[1], id_width)}  {pad(m[2], name_width)}  "

    return _MARKED.sub(padded, text)


def _counts(i: Inspection) -> tuple[int, int, int]:
    met = not_met = unverified = 0
    for f in i.findings:
        if f.status is Status.MET:
            met += 1
        elif f.status is Status.NOT_MET:
            not_met += 1
        else:
            unverified += 1
    return met, not_met, unverified


def _money(amount: Any) -> str | None:
    return None if amount is None else _validate.plain_cents(amount)


def _csv_row(i: Inspection) -> list[object]:
    met, not_met, unverified = _counts(i)
    subsidy = i.subsidy
    return [
        i.unit.id,
        i.name,
        i.unit.kind.name,
        i.area,
        i.unit.service_recipients,
        i.quota.staff,
        i.staffing.actual_staff,
        None if subsidy is None else _money(subsidy.city),
        None if subsidy is None else _money(subsidy.district_minimum),
        met,
        not_met,
        sum(1 for f in i.findings if f.overdue),
        unverified,
        _findings_cell(i),
    ]


def _findings_cell(i: Inspection) -> str:
    """Each finding not met in full, the unverified in one sentence (as the text table);
    the JSON output keeps every finding."""
    missing = [_LABELS[f.requirement] for f in i.findings if f.status is Status.UNVERIFIED]
    shown = "".join(f.explain() for f in i.findings if f.status is Status.NOT_MET)
    return shown + _zh.unverified(missing) if missing else shown


def finding_record(f: Finding) -> dict[str, Any]:
    """One finding as the JSON schema gives it."""
    return {
        "requirement": f.requirement,
        "clause": f.clause,
        "label": f.topic,
        "status": f.status.value,
        "verdict": f.verdict.value,
        "due": None if f.due is None else f.due.isoformat(),
        "overdue": f.overdue,
        "text": f.explain(),
    }


def unit_record(i: Inspection) -> dict[str, Any]:
    """One inspected unit as the JSON schema gives it (money as two-place strings)."""
    met, not_met, unverified = _counts(i)
    subsidy = i.subsidy
    return {
        "id": i.unit.id,
        "name": i.name,
        "kind": i.unit.kind.name,
        "kind_label": i.unit.kind.label,
        "area": i.area,
        "service_recipients": i.unit.service_recipients,
        "staff_quota": i.quota.staff,
        "actual_staff": i.staffing.actual_staff,
        "extra_staff_allowed": i.quota.extra_staff_allowed,
        "monthly_city_subsidy": None if subsidy is None else _money(subsidy.city),
        "monthly_district_minimum": None if subsidy is None else _money(subsidy.district_minimum),
        "passed": i.passed,
        "met": met,
        "not_met": not_met,
        "overdue": sum(1 for f in i.findings if f.overdue),
        "unverified": unverified,
        "findings": [finding_record(f) for f in i.findings],
        "notes": list(i.notes),
    }


def preamble(job: RenderJob, layout: Layout, calendar_note: str | None = None) -> str:
    """What ``inspect`` writes before the first unit."""
    if job.fmt in ("table", "quiet"):
        head = text(job.lang, "sample_note") + "\n\n" if job.sample else ""
        if calendar_note:
            head += calendar_note + "\n\n"
        if job.fmt == "quiet":
            return head
        headers = _HEADERS[job.lang if job.lang in _HEADERS else "zh"]
        figures = _figure_widths(job.lang if job.lang in _HEADERS else "zh")
        widths = [*_text_widths(layout, job.lang), *figures]
        cells = [_table.pad(h, w) for h, w in zip(headers[:2], widths, strict=False)]
        cells += [_table.pad(h, w, right=True) for h, w in zip(headers[2:], figures, strict=True)]
        rule = "  ".join("-" * w for w in widths)
        return head + "  ".join(cells).rstrip() + "\n" + rule + "\n"
    if job.fmt == "csv":
        return write_csv(CSV_HEADER, [])
    if job.fmt == "json":
        fields = {
            "schema_version": SCHEMA_VERSION,
            "document": "inspection",
            "as_of": None if job.as_of is None else job.as_of.isoformat(),
            "sample": job.sample,
            "calendar_files": list(job.calendar_files),
        }
        opening = json.dumps(fields, ensure_ascii=False)[:-1]
        return f'{opening}, "units": [\n'
    return ""


def progress_record(p: Any) -> dict[str, Any]:
    """A :class:`~hrss_policy.DistrictProgress` as the JSON schema gives it."""
    rate, overall = p.rate, p.overall_rate
    return {
        "district": p.district,
        "units": p.units,
        "units_passed": p.units_passed,
        "due": p.due,
        "met": p.met,
        "not_met": p.not_met,
        "unverified": p.unverified,
        "overdue": p.overdue,
        "rate": None if rate is None else float(rate),
        "rate_exact": None if rate is None else f"{rate.numerator}/{rate.denominator}",
        "overdue_by_clause": [{"clause": c, "overdue": n} for c, n in p.overdue_by_clause],
        "requirements": p.requirements,
        "requirements_met": p.requirements_met,
        "overall_rate": None if overall is None else float(overall),
    }


def rollup_record(s: Any) -> dict[str, Any]:
    """An :class:`~hrss_policy.AreaSummary` as the JSON schema gives it."""
    return {
        "area": s.area,
        "units": s.units,
        "street_town_units": s.street_town_units,
        "community_village_units": s.community_village_units,
        "staff_quota": s.staff_quota,
        "actual_staff": s.actual_staff,
        "staff_reported": s.staff_reported,
        "monthly_city_subsidy": _money(s.monthly_city),
        "monthly_district_minimum": _money(s.monthly_district_minimum),
        "annual_city_subsidy": _money(s.annual_city),
        "annual_district_minimum": _money(s.annual_district_minimum),
        "units_not_passed": s.units_not_passed,
    }


def summary(job: RenderJob, tally: Tally) -> str:
    """What ``inspect`` writes after the last unit: the roll-up, and the progress if dated."""
    rollup = tally.rollup.result()
    progress = None if tally.progress is None else tally.progress.result()
    if job.fmt == "json":
        tail = {
            "rollup": {
                "areas": [rollup_record(a) for a in rollup.areas],
                "city": rollup_record(rollup.city),
            },
            "progress": None
            if progress is None
            else {
                "as_of": progress.as_of.isoformat(),
                "districts": [progress_record(d) for d in progress.districts],
                "city": progress_record(progress.city),
            },
        }
        return "\n], " + json.dumps(tail, ensure_ascii=False)[1:] + "\n"
    if job.fmt == "csv":
        return ""
    heading = "汇总" if job.lang == "zh" else "Roll-up"
    lines = [f"{heading}：" if job.lang == "zh" else f"{heading}:", rollup.explain()]
    if job.fmt == "table":
        lines.insert(0, "")  # after the table
    if progress is not None:
        lines += ["", progress.explain()]
    return "\n".join(_table.safe(line) for line in "\n".join(lines).split("\n")) + "\n"
