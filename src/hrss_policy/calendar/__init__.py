"""China's official working-day calendar, as the plan's deadlines count it (adopted reading R5).

A working day is Monday–Friday, minus the statutory holidays and their bridging days off,
plus the weekend days the State Council designates as make-up working days (调休上班).
Guangdong adds no local public holidays. The schedule of a year exists only once the
State Council has published its notice, late in the year before; so a
:class:`WorkingCalendar` holds a set of years, each with its source notice, and refuses
any date outside them with :class:`~hrss_policy.CalendarNotConfirmedError`. It never
falls back to a weekday guess.

The library's default calendar holds every year from 2011 whose notice the library lists
(:func:`calendar_coverage` names them). A held year's schedule is a fixed fact once its
notice is out, so the days ship inside the package (``hrss_policy.calendar.official_days``,
generated from the ``holidays`` package's China data by
``scripts/generate_official_days.py`` and checked against it by the tests): the default
calendar is built from it once, on first use, under a lock, without importing
``holidays``, which is loaded only for :meth:`WorkingCalendar.with_estimates`.

Arithmetic runs on an index (a cumulative count of working days per day ordinal and the
sorted working days), so its cost does not depend on the span. Questions that need an
answer a person can check return values that explain themselves in Chinese:
:func:`day_info` (what a day is, and why), :func:`working_day_span` (the working days
between two dates, and the days skipped) and :func:`working_day_offset` (the n-th working
day after a date, with the same reasoning), which the deadlines build on.

Extending the calendar:

* :meth:`WorkingCalendar.with_year` returns a new calendar with a newly published
  year registered from plain data (:meth:`YearSchedule.from_data`, ``from_json``,
  ``from_toml``); the calendar it was called on is unchanged.
* :func:`load_schedule_files` does the same from schedule files (TOML or JSON), and
  :func:`calendar_from_environment` from the files named by ``HRSS_POLICY_CALENDAR``.
* :meth:`WorkingCalendar.with_estimates` returns a calendar that also covers later,
  unpublished years by a rule-based estimate; such years are flagged ``estimated``.
* :func:`register_year` registers a year into the *default* calendar of the process,
  explicitly and under a lock; every caller in the process sees it afterwards.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..core import validate as _validate
from ..errors import CalendarDataError
from .days import DayInfo, DayKind, WorkingDaySpan
from .notices import Notice
from .schedule import YearCoverage, YearSchedule
from .working import WorkingCalendar

__all__ = [
    "DayInfo",
    "DayKind",
    "Notice",
    "WorkingCalendar",
    "WorkingDaySpan",
    "YearCoverage",
    "YearSchedule",
    "add_working_days",
    "calendar_coverage",
    "calendar_from_environment",
    "day_info",
    "default_calendar",
    "is_working_day",
    "load_schedule_files",
    "next_working_day",
    "previous_working_day",
    "register_year",
    "reset_default_calendar",
    "working_day_offset",
    "working_day_span",
    "working_days_between",
]


def check_calendar(calendar: Any) -> WorkingCalendar:
    """*calendar* if it is a :class:`WorkingCalendar`, the default one for ``None``.

    Every function taking ``calendar=`` calls this at its door, so ``calendar="x"`` fails
    there with a ``TypeError`` naming the argument, not deep inside.
    """
    if calendar is None:
        return default_calendar()
    if not isinstance(calendar, WorkingCalendar):
        raise TypeError(
            "calendar must be a WorkingCalendar (e.g. hrss_policy.default_calendar()) or "
            f"None for the official one, got {_validate.describe(calendar)}"
        )
    return calendar


# --------------------------------------------------------------------------- default

_lock = threading.RLock()
_default: WorkingCalendar | None = None


def default_calendar() -> WorkingCalendar:
    """The process's default calendar: the official one, built once on first use.

    Thread-safe. Holds every year the library ships plus any year added with
    :func:`register_year`.
    """
    global _default
    cal = _default
    if cal is None:
        with _lock:
            if _default is None:
                _default = WorkingCalendar.official()
            cal = _default
    return cal


def register_year(schedule: YearSchedule, *, replace: bool = False) -> WorkingCalendar:
    """Register a newly published year into the **default** calendar of this process.

    Every later call in the process, from any thread, sees the year. To keep a change
    private, use :meth:`WorkingCalendar.with_year` and pass the calendar along instead.
    The rules of :meth:`WorkingCalendar.with_year` apply; *replace* must be a ``bool``.

    Returns:
        The new default calendar.
    """
    global _default
    _validate.instance("schedule", schedule, YearSchedule)
    _validate.boolean("replace", replace)
    with _lock:
        _default = default_calendar().with_year(schedule, replace=replace)
        return _default


def reset_default_calendar() -> None:
    """Drop every registration: the default calendar is the official one again."""
    global _default
    with _lock:
        _default = None


def calendar_coverage() -> tuple[YearCoverage, ...]:
    """The years the default calendar holds and the notices each comes from.

    >>> cov = hp.calendar_coverage()
    >>> cov[0].year, cov[-1].year == hp.default_calendar().last_year
    (2011, True)
    >>> print(next(c for c in cov if c.year == 2024).describe())
    2024年：《国务院办公厅关于2024年部分节假日安排的通知》（国办发明电〔2023〕7号，2023年10月25日）
    """
    return default_calendar().coverage()


def is_working_day(d: dt.date) -> bool:
    """True if *d* is a working day on the official calendar.

    >>> hp.is_working_day(dt.date(2024, 10, 12))   # a make-up Saturday
    True
    >>> hp.is_working_day(dt.date(2024, 10, 1))    # 国庆节
    False

    Raises:
        TypeError: *d* is not a ``datetime.date``; a ``datetime`` is refused.
        CalendarNotConfirmedError: *d* is in a year whose schedule is not held.
    """
    cal = _default
    return (cal if cal is not None else default_calendar()).is_working_day(d)


def add_working_days(d: dt.date, n: int) -> dt.date:
    """The *n*-th working day strictly after *d* (before it for *n* < 0).

    See :meth:`WorkingCalendar.add_working_days` for ``n == 0``.

    >>> hp.add_working_days(dt.date(2024, 9, 30), 5)
    datetime.date(2024, 10, 12)
    """
    cal = _default
    return (cal if cal is not None else default_calendar()).add_working_days(d, n)


def working_days_between(start: dt.date, end: dt.date) -> int:
    """The number of working days in ``(start, end]``; negative when *end* < *start*.

    >>> hp.working_days_between(dt.date(2024, 9, 30), dt.date(2024, 10, 12))
    5
    """
    cal = _default
    return (cal if cal is not None else default_calendar()).working_days_between(start, end)


def next_working_day(d: dt.date) -> dt.date:
    """The first working day strictly after *d*.

    >>> hp.next_working_day(dt.date(2024, 9, 30))
    datetime.date(2024, 10, 8)
    """
    return (_default or default_calendar()).add_working_days(d, 1)


def previous_working_day(d: dt.date) -> dt.date:
    """The last working day strictly before *d*, whether or not *d* is a working day.

    >>> hp.previous_working_day(dt.date(2024, 10, 6))   # a Sunday of the National Day week
    datetime.date(2024, 9, 30)
    """
    return (_default or default_calendar()).add_working_days(d, -1)


def day_info(d: dt.date, *, calendar: WorkingCalendar | None = None) -> DayInfo:
    """What kind of day *d* is on the official calendar, with its name and why.

    Args:
        d: The day (a ``datetime.date``).
        calendar: The working-day calendar; defaults to :func:`default_calendar`.

    Raises:
        TypeError: *d* is not a ``datetime.date`` or *calendar* not a calendar.
        CalendarNotConfirmedError: *d* is in a year whose schedule is not held.

    >>> info = hp.day_info(dt.date(2024, 10, 12))
    >>> info.kind, info.name, info.is_working
    (<DayKind.MAKEUP_WORKDAY: 'makeup_workday'>, '调休上班', True)
    >>> print(info.explain())
    2024年10月12日（星期六）调休上班，调至10月7日休息，是工作日。
    >>> print(hp.day_info(dt.date(2024, 10, 4)).explain())
    2024年10月4日（星期五）是休息日，由9月29日调休，不是工作日。
    """
    return check_calendar(calendar).day_info(d)


def working_day_span(
    start: dt.date,
    end: dt.date,
    *,
    count_start: bool = False,
    calendar: WorkingCalendar | None = None,
) -> WorkingDaySpan:
    """The working days after *start* up to and including *end*, and the days skipped.

    The count is that of :func:`working_days_between`: ``(start, end]``, negative when
    *end* is before *start*. With ``count_start=True`` the span is ``[start, end]``: the
    first day counts when it is a working day (a reading some time limits take).

    Raises:
        TypeError: an argument of the wrong type.
        PolicyError: ``count_start=True`` with *end* before *start*.
        CalendarNotConfirmedError: a date in a year whose schedule is not held.

    >>> span = hp.working_day_span(dt.date(2024, 9, 30), dt.date(2024, 10, 12))
    >>> span.count, len(span.skipped)
    (5, 7)
    >>> print(span.explain())
    2024年9月30日（不含）至2024年10月12日（含）共5个工作日，其间的非工作日有10月1日至3日国庆节、10月4日休息日（由9月29日调休）、10月5日至6日周末、10月7日休息日（由10月12日调休）。
    """
    return check_calendar(calendar).span(start, end, count_start=count_start)


def working_day_offset(
    start: dt.date,
    n: int,
    *,
    count_start: bool = False,
    calendar: WorkingCalendar | None = None,
) -> WorkingDaySpan:
    """The *n*-th working day after *start* (``.end``), with the span that leads to it.

    ``working_day_offset(d, n).end == add_working_days(d, n)`` for ``n >= 0``; the span
    is then exactly *n* working days. With ``count_start=True`` *start* itself is the
    first day when it is a working day (*n* ≥ 1).

    Raises:
        TypeError: an argument of the wrong type.
        PolicyError: *n* is negative (count back with :func:`add_working_days`), or 0
            with ``count_start=True``.
        CalendarNotConfirmedError: *start* or the result is in a year not held.

    >>> span = hp.working_day_offset(dt.date(2024, 9, 30), 5)
    >>> span.end, span.count
    (datetime.date(2024, 10, 12), 5)
    >>> hp.working_day_offset(dt.date(2024, 9, 30), 5, count_start=True).end
    datetime.date(2024, 10, 11)
    """
    return check_calendar(calendar).offset(start, n, count_start=count_start)


# --------------------------------------------------------------------------- schedule files

#: The environment variable naming schedule files (paths separated by ``os.pathsep``).
ENVIRONMENT_VARIABLE = "HRSS_POLICY_CALENDAR"

_READERS = {".toml": YearSchedule.from_toml, ".json": YearSchedule.from_json}
#: The largest schedule file read, in bytes: a year's schedule is a few kilobytes.
MAX_SCHEDULE_BYTES = 1 << 20


def _read_schedule(path: str | os.PathLike[str]) -> YearSchedule:
    where = os.path.abspath(path)
    suffix = Path(where).suffix.lower()
    if suffix not in _READERS:
        raise CalendarDataError(
            f"{where}: a schedule file must be .toml or .json",
            zh=f"放假安排文件{where}应为.toml或.json文件",
        )
    try:
        # Read no more than a schedule can hold: the path may be a device that never ends.
        with open(where, "rb") as f:
            data = f.read(MAX_SCHEDULE_BYTES + 1)
        if len(data) > MAX_SCHEDULE_BYTES:
            raise CalendarDataError(
                f"{where}: a schedule file is at most {MAX_SCHEDULE_BYTES} bytes; this one "
                "is longer (is it the right file?)",
                zh=f"放假安排文件{where}超过{MAX_SCHEDULE_BYTES}字节，不是放假安排文件，请检查路径",
            )
        text = data.decode("utf-8-sig")
    except OSError as exc:
        raise CalendarDataError(
            f"{where}: cannot read the schedule file ({exc.strerror or exc})",
            zh=f"无法读取放假安排文件{where}",
        ) from None
    except UnicodeDecodeError:
        raise CalendarDataError(
            f"{where}: a schedule file must be UTF-8 text",
            zh=f"放假安排文件{where}应为UTF-8编码的文本",
        ) from None
    try:
        return _READERS[suffix](text, source=where)
    except CalendarDataError as exc:
        raise CalendarDataError(
            f"{where}: {exc}", zh=f"放假安排文件{where}有误，{exc.message_zh}"
        ) from None


def load_schedule_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    replace: bool = False,
    calendar: WorkingCalendar | None = None,
) -> WorkingCalendar:
    """A calendar holding the years of schedule files, added to *calendar* (default: the default).

    Each file is one year's schedule in TOML (``.toml``) or JSON (``.json``), UTF-8, in the
    shape of :meth:`YearSchedule.from_data` (see the calendar guide for the format), and is
    validated as :class:`YearSchedule` is. Its years must adjoin the calendar's (no gap);
    a year already held with other days off or working days is refused unless
    ``replace=True``, and a year in two files is refused. The years loaded say so in
    :meth:`WorkingCalendar.coverage` (``YearCoverage.from_file``, ``source`` the file's
    path). The calendar given is not changed.

    Raises:
        TypeError: *paths* is not a list of paths (a single path is refused: wrap it in a
            list), *replace* not a bool, or *calendar* not a calendar.
        CalendarDataError: a file cannot be read, is not a valid schedule, conflicts
            with a year held, or leaves a gap; the message names the file.
    """
    if isinstance(paths, str | bytes | os.PathLike) or not isinstance(paths, Iterable):
        raise TypeError(
            f"paths must be a list of paths, even for one, got {_validate.describe(paths)}"
        )
    items = list(paths)
    for i, path in enumerate(items):
        if not isinstance(path, str | os.PathLike):
            raise TypeError(f"paths[{i}] must be a str or a path, got {_validate.describe(path)}")
    _validate.boolean("replace", replace)
    cal = check_calendar(calendar)
    schedules: dict[int, YearSchedule] = {}
    for path in items:
        schedule = _read_schedule(path)
        if schedule.year in schedules:
            first = schedules[schedule.year].source
            raise CalendarDataError(
                f"the year {schedule.year} is given by two files: {first} and {schedule.source}",
                zh=f"{schedule.year}年的放假安排在两个文件中重复给出：{first}、{schedule.source}",
            )
        schedules[schedule.year] = schedule
    for year in sorted(schedules):
        schedule = schedules[year]
        try:
            cal = cal.with_year(schedule, replace=replace)
        except CalendarDataError as exc:
            raise CalendarDataError(
                f"{schedule.source}: {exc}", zh=f"放假安排文件{schedule.source}：{exc.message_zh}"
            ) from None
    return cal


_env_lock = threading.Lock()
_env_cache: tuple[Any, WorkingCalendar] | None = None


def calendar_from_environment() -> WorkingCalendar:
    """The default calendar plus the schedule files named by ``HRSS_POLICY_CALENDAR``.

    The variable holds one or more paths separated by ``os.pathsep`` (``:`` on Linux and
    macOS, ``;`` on Windows); unset or empty, this is :func:`default_calendar`. The files
    are loaded by :func:`load_schedule_files` (a year that conflicts with a held one is
    refused); the result is kept until the variable, a file or the default calendar
    changes, so a worksheet function can call this on every recalculation.

    Raises:
        CalendarDataError: as :func:`load_schedule_files`, the message naming the variable.
    """
    global _env_cache
    value = os.environ.get(ENVIRONMENT_VARIABLE, "")
    paths = [p for p in value.split(os.pathsep) if p.strip()]
    base = default_calendar()
    if not paths:
        return base
    stamps: list[tuple[str, int | None, int | None]] = []
    for path in paths:
        try:
            stat = os.stat(path)
            stamps.append((path, stat.st_mtime_ns, stat.st_size))
        except OSError:
            stamps.append((path, None, None))
    key = (value, tuple(stamps), id(base))
    with _env_lock:
        cached = _env_cache
        if cached is not None and cached[0] == key:
            return cached[1]
        try:
            cal = load_schedule_files(paths, calendar=base)
        except CalendarDataError as exc:
            raise CalendarDataError(
                f"{ENVIRONMENT_VARIABLE}: {exc}",
                zh=f"环境变量{ENVIRONMENT_VARIABLE}所列{exc.message_zh}",
            ) from None
        _env_cache = (key, cal)
        return cal
