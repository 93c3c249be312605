"""The :class:`WorkingCalendar` class: an index of working days and its explained answers.

The public face of the calendar (the default calendar, the module-level functions,
schedule files) is :mod:`hrss_policy.calendar`; this module holds the class it hands out.
A calendar is built once from its years' schedules into an index — the kind of every day,
the cumulative count of working days per day, and the working days as ready dates — so
every count and offset is a list lookup whatever the span.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

from ..core import validate as _validate
from ..core import zh as _zh
from ..errors import CalendarDataError, CalendarNotConfirmedError, PolicyError
from .days import WEEKEND_NAME, WORKDAY_NAME, DayInfo, DayKind, WorkingDaySpan, parse_name
from .schedule import LAST_YEAR, YearCoverage, YearSchedule
from .sources import estimated_schedule
from .sources import official_schedules as _official_schedules

__all__ = ["WorkingCalendar"]

_KIND_CODES = tuple(DayKind)
_WORKDAY_CODE = _KIND_CODES.index(DayKind.WORKDAY)
_MAKEUP_CODE = _KIND_CODES.index(DayKind.MAKEUP_WORKDAY)
_WEEKEND_CODE = _KIND_CODES.index(DayKind.WEEKEND)
_DAY_OFF_CODE = _KIND_CODES.index(DayKind.DAY_OFF)
_WORKING_CODES = frozenset(i for i, kind in enumerate(_KIND_CODES) if kind.is_working)
_fromordinal = dt.date.fromordinal


class WorkingCalendar:
    """An official working-day calendar over a contiguous run of years.

    A calendar is an immutable value: :meth:`with_year` and :meth:`with_estimates`
    return new ones; calendars compare and hash by their schedules, and pickle and copy.
    Dates outside its years raise :class:`~hrss_policy.CalendarNotConfirmedError`.

    Args:
        schedules: One :class:`YearSchedule` per year; the years must be contiguous.

    Raises:
        TypeError: *schedules* is not an iterable of :class:`YearSchedule`.
        CalendarDataError: no schedule, a year given twice, or a gap between years.
    """

    __slots__ = (
        "_cum",
        "_end",
        "_estimated",
        "_first_year",
        "_hash",
        "_kinds",
        "_last_year",
        "_names",
        "_schedules",
        "_start",
        "_work",
    )

    def __init__(self, schedules: Iterable[YearSchedule]) -> None:
        by_year: dict[int, YearSchedule] = {}
        for schedule in _validate.sequence_of("schedules", schedules, YearSchedule):
            if schedule.year in by_year:
                raise CalendarDataError(
                    f"the year {schedule.year} is given twice",
                    zh=f"{schedule.year}年的放假安排重复给出",
                )
            by_year[schedule.year] = schedule
        if not by_year:
            raise CalendarDataError(
                "a calendar needs at least one year's schedule", zh="日历至少需要一年的放假安排"
            )
        years = sorted(by_year)
        gaps = sorted(set(range(years[0], years[-1] + 1)) - set(years))
        if gaps:
            raise CalendarDataError(
                f"the years of a calendar must be contiguous; missing {gaps} between "
                f"{years[0]} and {years[-1]}",
                zh=f"日历的年份应当连续，{years[0]}年至{years[-1]}年之间缺少"
                f"{'、'.join(f'{y}年' for y in gaps)}",
            )
        self._schedules: Mapping[int, YearSchedule] = MappingProxyType(
            {y: by_year[y] for y in years}
        )
        self._estimated = frozenset(y for y in years if by_year[y].estimated)
        self._hash: int | None = None
        self._first_year = years[0]
        self._last_year = years[-1]
        self._start = dt.date(years[0], 1, 1).toordinal()
        self._end = dt.date(years[-1], 12, 31).toordinal()
        names: dict[int, str] = {}
        # The kind code of every listed day; a schedule keeps its days off and its make-up
        # days disjoint and inside its year, so one map serves every year.
        listed: dict[int, int] = {}
        for s in self._schedules.values():
            names.update((d.toordinal(), n) for d, n in s.days_off.items())
            names.update((d.toordinal(), n) for d, n in s.working_days.items())
            listed.update((d.toordinal(), _DAY_OFF_CODE) for d in s.days_off)
            listed.update((d.toordinal(), _MAKEUP_CODE) for d in s.working_days)
        # One pass over integers (first use in Pyodide pays for every step of it):
        # ordinal 1, 0001-01-01, is a Monday, so (ordinal - 1) % 7 is the weekday.
        kinds = bytearray()
        cum = [0]
        work: list[int] = []
        for ordinal in range(self._start, self._end + 1):
            code = listed.get(ordinal)
            if code is None:
                code = _WEEKEND_CODE if (ordinal - 1) % 7 >= 5 else _WORKDAY_CODE
            kinds.append(code)
            if code in _WORKING_CODES:
                work.append(ordinal)
            cum.append(len(work))
        self._kinds = bytes(kinds)
        self._cum = cum
        # The answers of add_working_days as ready dates: a list index on the hot path
        # instead of building a date per call.
        self._work = [_fromordinal(o) for o in work]
        self._names: Mapping[int, str] = MappingProxyType(names)

    # ---- value semantics

    def __reduce__(self) -> tuple[Any, ...]:
        return (WorkingCalendar, (tuple(self._schedules.values()),))

    def __copy__(self) -> WorkingCalendar:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> WorkingCalendar:
        return self

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WorkingCalendar):
            return NotImplemented
        return self is other or tuple(self._schedules.values()) == tuple(other._schedules.values())

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(tuple(self._schedules.values()))
        return self._hash

    # ---- construction

    @classmethod
    def official(cls) -> WorkingCalendar:
        """A new calendar of every year the library holds as published.

        Built from the days shipped with the package, which are the ``holidays``
        package's China data for the years whose State Council notice the library lists
        (generated from it, and tested to agree with it on every day). Does not import
        ``holidays``. Prefer :func:`default_calendar`, which builds this once per process.
        """
        return cls(_official_schedules())

    def with_year(self, schedule: YearSchedule, *, replace: bool = False) -> WorkingCalendar:
        """Return a new calendar that also holds *schedule*'s year.

        The year must adjoin the calendar's years (no gap). A year already held as
        published is refused unless it has the same days off and working days (then the
        calendar is returned unchanged, with the held names and source) or
        ``replace=True`` (for a correction, or a next-year notice that changes the last
        days of December); an estimated year is always replaced.

        Raises:
            TypeError: *schedule* is not a :class:`YearSchedule`, or *replace* not a bool.
            CalendarDataError: a gap, or conflicting data for a year already held.

        >>> official = hp.default_calendar()
        >>> last = official.schedule(official.last_year)
        >>> before = hp.WorkingCalendar(
        ...     official.schedule(y) for y in range(official.first_year, official.last_year)
        ... )
        >>> before.with_year(last) == official, before.last_year == official.last_year - 1
        (True, True)
        """
        _validate.instance("schedule", schedule, YearSchedule)
        _validate.boolean("replace", replace)
        held = self._schedules.get(schedule.year)
        if held is not None and not held.estimated and not replace:
            same_days = (set(held.days_off), set(held.working_days)) == (
                set(schedule.days_off),
                set(schedule.working_days),
            )
            if same_days:
                return self
            cited = "；".join(n.cite() for n in held.notices)
            raise CalendarDataError(
                f"the year {schedule.year} is already held from {cited} and the data given "
                "differs; pass replace=True to replace it",
                zh=f"{schedule.year}年的放假安排已按{cited}收录，所给数据与之不同；"
                "确需替换时请指定替换",
            )
        merged = dict(self._schedules)
        merged[schedule.year] = schedule
        return WorkingCalendar(merged.values())

    def with_estimates(self, through: int) -> WorkingCalendar:
        """Return a calendar that also covers the years after its last one up to *through*.

        Each added year is a **rule-based estimate** (the statutory holidays as the
        ``holidays`` package computes them, with no make-up working days, since those
        are known only from the notice); it is flagged ``estimated`` and results
        computed from it say so. Explicit opt-in: the default calendar never estimates.

        Raises:
            TypeError: *through* is not an ``int``.
            PolicyError: *through* is beyond 2100.

        >>> cal = hp.default_calendar()
        >>> est = cal.with_estimates(cal.last_year + 1)
        >>> est.is_estimated(dt.date(cal.last_year + 1, 3, 1)), est.is_estimated(dt.date(2024, 3, 1))
        (True, False)
        """
        _validate.integer("through", through)
        if through > LAST_YEAR:
            raise PolicyError(
                f"through must be at most {LAST_YEAR}, got {_validate.shown_int(through)}",
                zh=f"推定截止年份不得晚于{LAST_YEAR}年，收到{_validate.shown_int_zh(through)}",
            )
        added = [estimated_schedule(y) for y in range(self._last_year + 1, through + 1)]
        if not added:
            return self
        return WorkingCalendar([*self._schedules.values(), *added])

    # ---- what it holds

    @property
    def first_year(self) -> int:
        """The first year the calendar holds."""
        return self._first_year

    @property
    def last_year(self) -> int:
        """The last year the calendar holds."""
        return self._last_year

    def schedule(self, year: int) -> YearSchedule:
        """Return the schedule of *year*, or raise ``CalendarNotConfirmedError``."""
        _validate.integer("year", year)
        try:
            return self._schedules[year]
        except KeyError:
            raise self._not_held(
                f"year={_validate.shown_int(year)}", f"{_validate.shown_int_zh(year)}年", year
            ) from None

    def coverage(self) -> tuple[YearCoverage, ...]:
        """Every year held, whether it is an estimate, its notices and its source."""
        return tuple(
            YearCoverage(s.year, s.estimated, s.notices, s.source) for s in self._schedules.values()
        )

    def is_estimated(self, d: dt.date) -> bool:
        """True if *d* falls in a year this calendar holds only as an estimate."""
        self._index(d, "d")
        return d.year in self._estimated

    def __repr__(self) -> str:
        est = sorted(self._estimated)
        note = f", estimated {est[0]}–{est[-1]}" if est else ""
        return f"<WorkingCalendar {self._first_year}–{self._last_year}{note}>"

    # ---- errors and checks shared by the public methods

    def _not_held(self, what: str, what_zh: str, year: int) -> CalendarNotConfirmedError:
        where = "before" if year < self._first_year else "after"
        first, last = self._first_year, self._last_year
        return CalendarNotConfirmedError(
            f"{what}: the official holiday schedule of {_validate.shown_int(year)} is not "
            f"held ({where} the years held, {first}–{last}); register the year's schedule "
            "once the State Council publishes it, or opt in to an estimate with "
            "WorkingCalendar.with_estimates()",
            zh=f"{what_zh}，{_validate.shown_int_zh(year)}年的国务院放假安排尚未收录"
            f"（已收录{first}年至{last}年），无法按工作日计算；国务院公布后可登记该年安排",
        )

    def _index(self, d: Any, name: str) -> int:
        """The index of *d* in the calendar, refusing a non-date or a year not held."""
        if type(d) is not dt.date:
            _validate.date(name, d)
        i: int = d.toordinal() - self._start
        if i < 0 or d.toordinal() > self._end:
            raise self._not_held(
                f"{name}={d.isoformat()}", f"{_validate.label(name)}{_zh.date(d)}", d.year
            )
        return i

    def _offset_index(self, i: int, n: int, count_start: bool) -> int:
        """The index in ``_work`` of the n-th working day from the day of index *i*."""
        if n < 0:
            return self._cum[i] + n
        return (self._cum[i] if count_start else self._cum[i + 1]) + n - 1

    def _offset(self, d: dt.date, n: int, *, count_start: bool, names: tuple[str, str]) -> dt.date:
        """The date n working days from *d*, refusing past the years held, naming *names*."""
        i = self._index(d, names[0])
        if type(n) is not int:
            _validate.integer(names[1], n)
        k = self._offset_index(i, n, count_start)
        if 0 <= k < len(self._work):
            return self._work[k]
        year = self._last_year + 1 if k >= 0 else self._first_year - 1
        shown = _validate.shown_int(n)
        raise self._not_held(
            f"{names[1]}={shown} from {d.isoformat()} reaches into {year}",
            f"自{_zh.date(d)}起计{_validate.shown_int_zh(n)}个工作日将进入{year}年",
            year,
        )

    def _is_estimated_between(self, a: dt.date, b: dt.date) -> bool:
        if not self._estimated:
            return False
        lo, hi = sorted((a.year, b.year))
        return any(y in self._estimated for y in range(lo, hi + 1))

    # ---- arithmetic (hot paths: kept free of helper calls on valid input)

    def is_working_day(self, d: dt.date) -> bool:
        """True if *d* is a working day on the official calendar.

        Raises:
            TypeError: *d* is not a ``datetime.date`` (a ``datetime`` is refused).
            CalendarNotConfirmedError: *d* is in a year the calendar does not hold.
        """
        if type(d) is not dt.date:
            _validate.date("d", d)
        i = d.toordinal() - self._start
        if i < 0 or d.toordinal() > self._end:
            self._index(d, "d")  # raises, naming the year
        return self._cum[i + 1] != self._cum[i]

    def add_working_days(self, d: dt.date, n: int) -> dt.date:
        """Return the *n*-th working day strictly after *d* (before it when *n* < 0).

        *d* itself need not be a working day. ``n == 0`` means the last working day on
        or before *d* (*d* itself when it is a working day), the only choice that keeps
        ``working_days_between(d, add_working_days(d, n)) == n`` for every *d*.

        Raises:
            TypeError: *d* is not a ``datetime.date`` or *n* is not an ``int``.
            CalendarNotConfirmedError: *d* or the result is in a year not held.
        """
        if type(d) is not dt.date or type(n) is not int:
            return self._offset(d, n, count_start=False, names=("d", "n"))
        o = d.toordinal()
        i = o - self._start
        if i < 0 or o > self._end:
            return self._offset(d, n, count_start=False, names=("d", "n"))
        k = self._cum[i + 1] + n - 1 if n >= 0 else self._cum[i] + n
        if k >= 0:
            try:
                return self._work[k]
            except IndexError:
                pass
        return self._offset(d, n, count_start=False, names=("d", "n"))

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Count the working days in ``(start, end]``; negative when *end* < *start*.

        ``working_days_between(a, b) == -working_days_between(b, a)``, and counts add up:
        ``between(a, b) + between(b, c) == between(a, c)``.

        Raises:
            TypeError: an argument is not a ``datetime.date``.
            CalendarNotConfirmedError: an argument is in a year not held.
        """
        if type(start) is not dt.date or type(end) is not dt.date:
            a, b = self._index(start, "start"), self._index(end, "end")
            return self._cum[b + 1] - self._cum[a + 1]
        a = start.toordinal() - self._start
        b = end.toordinal() - self._start
        last = self._end - self._start
        if a < 0 or a > last or b < 0 or b > last:
            a, b = self._index(start, "start"), self._index(end, "end")
        return self._cum[b + 1] - self._cum[a + 1]

    def next_working_day(self, d: dt.date) -> dt.date:
        """The first working day strictly after *d*."""
        return self.add_working_days(d, 1)

    def previous_working_day(self, d: dt.date) -> dt.date:
        """The last working day strictly before *d*, whether or not *d* is a working day."""
        return self.add_working_days(d, -1)

    # ---- days that explain themselves

    def day_kind(self, d: dt.date) -> DayKind:
        """The kind of day *d* is (workday, make-up workday, weekend, day off)."""
        return _KIND_CODES[self._kinds[self._index(d, "d")]]

    def _info(self, i: int) -> DayInfo:
        kind = _KIND_CODES[self._kinds[i]]
        day = _fromordinal(self._start + i)
        if kind is DayKind.WORKDAY:
            name, swapped = WORKDAY_NAME, None
        elif kind is DayKind.WEEKEND:
            name, swapped = WEEKEND_NAME, None
        else:
            name, swapped = parse_name(kind, self._names[self._start + i], day)
        return DayInfo(day, kind, name, swapped_with=swapped, estimated=day.year in self._estimated)

    def day_info(self, d: dt.date) -> DayInfo:
        """What *d* is on this calendar (kind, name, swap), explained; see :func:`day_info`."""
        return self._info(self._index(d, "d"))

    def describe_day(self, d: dt.date) -> str:
        """Why *d* is or is not a working day, in Chinese (国庆节, 周末, 调休上班 …).

        >>> hp.default_calendar().describe_day(dt.date(2024, 10, 12))
        '调休上班（调至10月7日休息）'
        >>> hp.default_calendar().describe_day(dt.date(2024, 10, 4))
        '休息日（由9月29日调休）'
        """
        return self.day_info(d).describe()

    def days(self, start: dt.date, end: dt.date) -> tuple[DayInfo, ...]:
        """Every day from *start* to *end*, both included, as :class:`DayInfo`."""
        a, b = self._index(start, "start"), self._index(end, "end")
        return tuple(self._info(i) for i in range(a, b + 1))

    def non_working_days(self, start: dt.date, end: dt.date) -> tuple[DayInfo, ...]:
        """Every day in ``(start, end]`` that is not a working day, with the reason.

        >>> days = hp.default_calendar().non_working_days(dt.date(2024, 10, 4), dt.date(2024, 10, 7))
        >>> [(d.date.day, d.describe()) for d in days]
        [(5, '周末'), (6, '周末'), (7, '休息日（由10月12日调休）')]
        """
        a, b = self._index(start, "start"), self._index(end, "end")
        return self._skipped(a + 1, b)

    def _skipped(self, lo: int, hi: int) -> tuple[DayInfo, ...]:
        kinds = self._kinds
        return tuple(self._info(i) for i in range(lo, hi + 1) if kinds[i] not in _WORKING_CODES)

    def span(self, start: dt.date, end: dt.date, *, count_start: bool = False) -> WorkingDaySpan:
        """The working days between two dates, explained; see :func:`working_day_span`."""
        return self._span(start, end, count_start=count_start, names=("start", "end"))

    def _span(
        self, start: dt.date, end: dt.date, *, count_start: bool, names: tuple[str, str]
    ) -> WorkingDaySpan:
        _validate.boolean("count_start", count_start)
        a, b = self._index(start, names[0]), self._index(end, names[1])
        if count_start and b < a:
            raise PolicyError(
                f"{names[1]}={end.isoformat()} is before {names[0]}={start.isoformat()}; "
                "a span that counts its first day runs forward",
                zh=f"{_validate.label(names[1])}{_zh.date(end)}早于"
                f"{_validate.label(names[0])}{_zh.date(start)}",
            )
        lo, hi = (a - 1 if count_start else a, b) if a <= b else (b, a)
        count = self._cum[hi + 1] - self._cum[lo + 1]
        return WorkingDaySpan(
            start=start,
            end=end,
            count=count if a <= b else -count,
            skipped=self._skipped(lo + 1, hi),
            estimated=self._is_estimated_between(start, end),
            counts_start=count_start,
        )

    def offset(self, start: dt.date, n: int, *, count_start: bool = False) -> WorkingDaySpan:
        """The *n*-th working day after *start*, explained; see :func:`working_day_offset`."""
        return self._offset_span(start, n, count_start=count_start, names=("start", "n"))

    def _offset_span(
        self, start: dt.date, n: int, *, count_start: bool, names: tuple[str, str]
    ) -> WorkingDaySpan:
        _validate.boolean("count_start", count_start)
        self._index(start, names[0])
        _validate.count(names[1], n, minimum=1 if count_start else 0)
        end = self._offset(start, n, count_start=count_start, names=names)
        if end < start:  # n == 0 on a day off: the last working day before it
            return WorkingDaySpan(
                start=start,
                end=end,
                count=0,
                skipped=self._skipped(self._index(end, "end") + 1, self._index(start, "start")),
                estimated=self._is_estimated_between(start, end),
            )
        return self._span(start, end, count_start=count_start, names=(names[0], "end"))
