"""What each ``hrss-policy`` subcommand does (the parser and ``main`` are in :mod:`.cli`).

No policy: each subcommand reads its input, calls the library and writes the result.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import IO, Any

from ..errors import PolicyError
from ..inspection.progress import overdue_breakdown
from ..tabular import write_csv
from ..tabular.problems import empty_table
from ..tabular.source import TableError, open_source
from . import grid as _table
from .context import EXIT_BAD_INPUT, EXIT_OK, Context
from .documents import records as _documents
from .messages import text
from .render import Layout, RenderJob, Tally, pad_rows

__all__ = [
    "bulletin",
    "calendar",
    "deadline",
    "inspect",
    "name",
    "quota",
    "report",
    "reports",
    "subsidy",
]

SAMPLE = "zhuhai_2011_sample.csv"
#: Standard error shows progress for an input larger than this (bytes) on a terminal.
PROGRESS_BYTES = 1 << 20


def _sample() -> bytes:
    return resources.files("hrss_policy").joinpath("data", SAMPLE).read_bytes()


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _units(
    ctx: Context,
    job: RenderJob,
    write: Callable[[Any], None],
    *,
    before: Callable[[Layout], None] | None = None,
) -> Tally | None:
    """Check the table of ``ctx.args.file`` whole, then inspect it; ``None`` if refused.

    Every problem is written to standard error as ``FILE:LINE: message``; nothing is
    inspected (or written) unless there is none.
    """
    from ..tabular.xlsx import UnreadableWorkbook
    from .pipeline import Pipeline, Progress, SourceChanged, cores

    Tally(job.as_of)  # an inspection date before the plan is refused before any reading
    args = ctx.args
    label = ctx.input = args.file if args.file is not None else f"<{SAMPLE}>"
    source = open_source(args.file, encoding=args.encoding, sheet=args.sheet, default=_sample)
    source.label = label
    progress = Progress(ctx.err, source.size > PROGRESS_BYTES and _is_terminal(ctx.err))
    jobs = args.jobs
    if jobs is not None and jobs > cores():
        ctx.err.write(text(ctx.lang, "jobs_capped", asked=jobs, cores=cores()) + "\n")
        jobs = cores()
    with Pipeline(source, job, jobs=jobs, tune_gc=ctx.owns_process) as pipeline:
        if pipeline.reader is None:
            raise empty_table()
        # The output waits in a spool until every record has passed: a table with any
        # problem is refused whole, and nothing of it is printed.
        out, printed = ctx.out, ctx.printed
        with tempfile.TemporaryFile("w+", encoding="utf-8", newline="") as spool:
            ctx.out = spool
            try:
                problems, tally = pipeline.run(write, lambda p: ctx.problem(label, p), progress)
            except (TableError, SourceChanged, UnreadableWorkbook):
                raise
            except PolicyError as exc:
                # The check refuses what the inspection refuses; reaching here is a bug.
                raise InspectionRefused(str(exc)) from exc
            finally:
                ctx.out, ctx.printed = out, printed
            if problems:
                ctx.error(label, text(ctx.lang, "problems", n=problems))
                return None
            if before is not None:
                before(pipeline.layout)
            spool.seek(0)
            for block in iter(lambda: spool.read(1 << 20), ""):
                _write(ctx, pad_rows(_whole_lines(spool, block), pipeline.layout, job.lang))
        return tally


def _whole_lines(spool: IO[str], block: str) -> str:
    """*block* extended to the end of its last line (a row is padded whole)."""
    if block.endswith("\n"):
        return block
    return block + spool.readline()


class InspectionRefused(RuntimeError):
    """The inspection refused a unit the check had accepted (a bug: report it)."""


def _write(ctx: Context, chunk: str) -> None:
    ctx.out.write(chunk)
    ctx.printed = True


def _calendar_note(ctx: Context) -> str | None:
    """Which years came from a schedule file, for the output to say (or ``None``)."""
    years = ctx.calendar_files
    if not years:
        return None
    ctx.noted = True
    return text(ctx.lang, "calendar_from_file", years="、".join(str(y) for y in years))


def _note_on_stderr(ctx: Context) -> None:
    """For CSV, which has no room for it, the note goes to standard error."""
    note = _calendar_note(ctx)
    if note:
        ctx.err.write(note + "\n")


# -- inspect ---------------------------------------------------------------------------------


def inspect(ctx: Context) -> int:
    """``inspect [FILE]``: every unit, then the roll-up (and the progress, given a date)."""
    from .render import preamble, summary

    args = ctx.args
    if args.quiet and args.format != "table":
        # --quiet leaves out the table of units; JSON and CSV have no other part to print.
        ctx.error("hrss-policy", text(ctx.lang, "quiet_format", fmt=args.format))
        return EXIT_BAD_INPUT
    job = RenderJob(
        fmt="quiet" if args.quiet else args.format,
        lang=ctx.lang,
        as_of=args.as_of,
        sample=args.file is None,
        calendar_files=ctx.calendar_files,
    )
    if args.format == "csv":
        _note_on_stderr(ctx)

    def before(layout: Layout) -> None:
        head = preamble(job, layout, _calendar_note(ctx))
        if head:
            _write(ctx, head)

    written = False

    def write(chunk: str) -> None:
        nonlocal written
        # JSON: the units of each chunk are joined by commas; so are the chunks.
        _write(ctx, ",\n" + chunk if written and job.fmt == "json" else chunk)
        written = True

    tally = _units(ctx, job, write, before=before)
    if tally is None:
        return EXIT_BAD_INPUT
    _write(ctx, summary(job, tally))
    return EXIT_OK


# -- report ----------------------------------------------------------------------------------


def _output_ok(ctx: Context) -> bool:
    """Refuse ``-o`` with ``--format``, or an output folder that does not exist, up front."""
    args = ctx.args
    if args.output and args.format:
        ctx.error("hrss-policy", text(ctx.lang, "output_format", fmt=args.format))
        return False
    if args.output and not Path(args.output).resolve().parent.is_dir():
        ctx.error(args.output, text(ctx.lang, "no_file"))
        return False
    if args.output and args.file not in (None, "-") and _same_file(args.output, args.file):
        ctx.error("hrss-policy", text(ctx.lang, "output_is_input", path=args.output))
        return False
    return True


def _same_file(output: str, source: str) -> bool:
    """Whether *output* names the file *source* (by another name or link too)."""
    try:
        return os.path.samefile(output, source)
    except OSError:  # either does not exist (yet): not the same file
        return Path(output).resolve() == Path(source).resolve()


def _district_names(district: str) -> frozenset[str]:
    from ..rules.naming import normalize_district

    names = {district.strip()}
    with contextlib.suppress(PolicyError):
        names.add(f"{normalize_district(district.strip())}区")
    return frozenset(names)


def report(ctx: Context) -> int:
    """``report QUARTER FILE --district D``: the district's quarterly 报送 report (四（二））."""
    from ..rules.deadlines.reports import quarterly_report

    args = ctx.args
    if not _output_ok(ctx):
        return EXIT_BAD_INPUT
    year, quarter = args.quarter
    due = quarterly_report(year, quarter, calendar=ctx.calendar)
    job = RenderJob(fmt="records", lang=ctx.lang, as_of=due.quarter_end,
                    areas=_district_names(args.district))  # fmt: skip
    records: list[dict[str, Any]] = []
    tally = _units(ctx, job, records.extend)
    if tally is None:
        return EXIT_BAD_INPUT
    if not records:
        found = "、".join(tally.areas) or "—"
        ctx.error(ctx.input, text(ctx.lang, "no_district", district=args.district, found=found))
        return EXIT_BAD_INPUT
    assert tally.progress is not None
    doc = _documents.report_document(
        district=records[0]["area"],
        report=due,
        progress=tally.progress.result(),
        rollup=tally.rollup.result(),
        units=records,
        calendar_files=ctx.calendar_files,
    )
    if args.output:
        return _save(ctx, doc, args.output)
    ctx.noted = True  # the document says which years came from a file
    if args.format == "json":
        _write(ctx, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    _write(ctx, _report_text(doc))
    return EXIT_OK


def _report_text(doc: dict[str, Any]) -> str:
    p = doc["progress"]
    lines = [doc["title"], doc["lead"], f"依据{doc['clause']}：“{doc['basis']}”", ""]
    rate = p["rate_text"] or "—"
    lines.append(
        f"{p['units']}个单位，已到期事项应完成{p['due']}项，已完成{p['met']}项，"
        f"已到期事项完成率{rate}；未完成{p['not_met']}项（其中逾期{p['overdue']}项），"
        f"未报送无法核实{p['unverified']}项；全市已到期事项完成率{doc['city']['rate_text'] or '—'}。"
    )
    if p["overdue_by_clause"]:
        by_clause = tuple((i["clause"], i["overdue"]) for i in p["overdue_by_clause"])
        lines.append(f"逾期的{p['overdue']}项{overdue_breakdown(by_clause)}。")
    if p["overall_rate_text"]:
        lines.append(
            f"全部{p['requirements']}项要求（含尚未到期）已完成{p['requirements_met']}项，"
            f"总体完成率{p['overall_rate_text']}。"
        )
    for unit in doc["units"]:
        shown = [f for f in unit["findings"] if f["status"] != "met"]
        if shown:
            who = f"{unit['id']} {unit['name']}" if unit["id"] else unit["name"]
            lines += ["", who, *(f"    {f['text']}" for f in shown)]
    if doc["calendar_files"]:
        years = "、".join(str(y) for y in doc["calendar_files"])
        lines += ["", f"以下年份的放假安排来自文件而非随库收录的国务院通知：{years}"]
    return "\n".join(_table.safe(line) for line in lines) + "\n"


def _save(ctx: Context, doc: dict[str, Any], path: str) -> int:
    """Write *doc* to *path* (``.xlsx``, ``.docx`` or ``.html``) whole, or not at all."""
    target = Path(path)
    suffix = target.suffix.lower()
    html = suffix in (".html", ".htm")
    # A new file beside the target (created with the user's umask, as the target would
    # be), renamed over it once complete: a failure never leaves half a document.
    temp = str(target.with_name(f".{target.stem}.{os.getpid()}.tmp{target.suffix}"))
    os.close(os.open(temp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    try:
        if html:
            from .documents import html as _html

            page = (
                _html.report_html(doc) if doc["document"] == "report" else _html.bulletin_html(doc)
            )
            Path(temp).write_text(page, encoding="utf-8")
        elif suffix == ".docx":
            from .documents import docx as _docx

            report = doc["document"] == "report"
            (_docx.report_docx if report else _docx.bulletin_docx)(temp, doc)
        else:
            from .documents import xlsx as workbook

            writer = (
                workbook.write_report if doc["document"] == "report" else workbook.write_bulletin
            )
            writer(temp, doc)
        _replace(temp, target, path)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)
    _write(ctx, text(ctx.lang, "written", path=path) + "\n")
    return EXIT_OK


def _replace(temp: str, target: Path, path: str) -> None:
    try:
        os.replace(temp, target)
    except OSError as exc:
        # The message names the file asked for, never the temporary one beside it.
        raise type(exc)(exc.errno, exc.strerror, path) from None


# -- bulletin --------------------------------------------------------------------------------


def bulletin(ctx: Context) -> int:
    """``bulletin FILE --as-of DATE``: the 通报 of 四（二）, the slow districts named (R9)."""
    from ..inspection.bulletin import progress_bulletin

    args = ctx.args
    if not _output_ok(ctx):
        return EXIT_BAD_INPUT
    job = RenderJob(fmt="none", lang=ctx.lang, as_of=args.as_of)
    tally = _units(ctx, job, lambda _: None)
    if tally is None:
        return EXIT_BAD_INPUT
    assert tally.progress is not None
    result = progress_bulletin(tally.progress.result(), as_of=args.as_of)
    doc = _documents.bulletin_document(result, calendar_files=ctx.calendar_files)
    if args.output:
        ctx.noted = True
        return _save(ctx, doc, args.output)
    if args.format == "json":
        ctx.noted = True
        _write(ctx, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "csv":
        _note_on_stderr(ctx)
        header = ["district", "units", "due", "met", "rate", "rate_exact", "not_met", "unverified",
                  "verified_rate", "overdue", "slow", "incomplete_reporting"]  # fmt: skip
        rows = [
            [
                round(d[k], 6) if k in ("rate", "verified_rate") and d[k] is not None else d[k]
                for k in header
            ]
            for d in [*doc["districts"], {**doc["city"], "slow": "", "incomplete_reporting": ""}]
        ]
        _write(ctx, write_csv(header, rows))
    else:
        note = _calendar_note(ctx)
        body = result.explain() + ("\n\n" + note if note else "")
        _write(ctx, "\n".join(_table.safe(line) for line in body.split("\n")) + "\n")
    return EXIT_OK


# -- reports (the 报送 record) ---------------------------------------------------------------


def reports(ctx: Context) -> int:
    """``reports QUARTER DISTRICT=DATE…``: the 报送 record of one quarter (四（二））."""
    from ..inspection.reporting import report_submissions

    args = ctx.args
    year, quarter = args.quarter
    areas = [area for area, _ in args.submissions]
    repeated = sorted({a for a in areas if areas.count(a) > 1})
    if repeated:
        ctx.error("hrss-policy", text(ctx.lang, "twice", areas="、".join(repeated)))
        return EXIT_BAD_INPUT
    record = report_submissions(
        year, quarter, dict(args.submissions), as_of=args.as_of, calendar=ctx.calendar
    )
    doc = _documents.submissions_document(record, calendar_files=ctx.calendar_files)
    if args.format == "json":
        ctx.noted = True
        _write(ctx, json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    elif args.format == "csv":
        _note_on_stderr(ctx)
        header = ["district", "submitted", "status", "working_days_late"]
        _write(ctx, write_csv(header, [[d[k] for k in header] for d in doc["districts"]]))
    else:
        note = _calendar_note(ctx)
        body = record.explain() + ("\n\n" + note if note else "")
        _write(ctx, "\n".join(_table.safe(line) for line in body.split("\n")) + "\n")
    return EXIT_OK


# -- one figure at a time --------------------------------------------------------------------


def deadline(ctx: Context) -> int:
    """``deadline QUARTER``: the report's due date, or a submission checked against it."""
    from ..rules.deadlines.reports import check_quarterly_report, quarterly_report

    year, quarter = ctx.args.quarter
    cal = ctx.calendar
    if ctx.args.submitted is None:
        due = quarterly_report(year, quarter, calendar=cal)
        ctx.say(due.due.isoformat())
        if ctx.args.explain:
            ctx.say(due.explain())
    else:
        ctx.say(check_quarterly_report(year, quarter, ctx.args.submitted, calendar=cal).explain())
    note = _calendar_note(ctx)
    if note:
        ctx.say(note)
    return EXIT_OK


def calendar(ctx: Context) -> int:
    """``calendar 2024-10`` or ``calendar 2024Q3``: a month as a grid, or a quarter with its
    report deadline marked (四（二）)."""
    from ..rules.deadlines.views import calendar_month, calendar_quarter

    kind, year, number = ctx.args.period
    if kind == "month":
        view: Any = calendar_month(year, number, calendar=ctx.calendar)
    else:
        view = calendar_quarter(year, number, calendar=ctx.calendar)
    ctx.say(view.render())
    note = _calendar_note(ctx)
    if note:
        ctx.say(note)
    return EXIT_OK


def quota(ctx: Context) -> int:
    """``quota KIND N``: the staffing quota of one unit (三（一）5)."""
    from ..rules.staffing import staff_quota

    ctx.say(staff_quota(ctx.args.kind, ctx.args.service_recipients).explain())
    return EXIT_OK


def subsidy(ctx: Context) -> int:
    """``subsidy``: a station's coordinator subsidies (三（五）)."""
    from ..rules.funding.roster import Roster
    from ..rules.funding.subsidy import monthly_subsidy, subsidy_for_months

    a = ctx.args
    roster = Roster.from_counts(
        full_time=a.full_time, part_time=a.part_time, part_time_public_servants=a.public_servants
    )
    breakdown = monthly_subsidy(roster) if a.months == 1 else subsidy_for_months(roster, a.months)
    ctx.say(breakdown.explain())
    return EXIT_OK


def name(ctx: Context) -> int:
    """``name KIND PLACE``: the standard agency name (三（一）4)."""
    from ..rules.naming import agency_name_detail

    detail = agency_name_detail(ctx.args.kind, ctx.args.place, district=ctx.args.district)
    ctx.say(detail.name)
    if ctx.args.explain:
        ctx.say(detail.explain())
    return EXIT_OK
