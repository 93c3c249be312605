"""China's official working-day calendar, as the plan's deadlines count it (adopted reading 5).

A working day is Monday–Friday, minus the statutory holidays and their bridging days off,
plus the weekend days the State Council designates as make-up working days (调休上班).
Guangdong adds no local public holidays. The schedule of a year exists only once the
State Council has published its notice, late in the year before; so a
:class:`WorkingCalendar` holds a set of years, each with its source notice, and refuses
any date outside them with :class:`~hrss_policy.CalendarNotConfirmedError`. It never
falls back to a weekday guess.

The library's default calendar holds 2011–2026 from the ``holidays`` package's China
data, restricted to the years whose notice is listed in the library (``holidays`` itself
answers any year, computing unpublished ones from rules). A held year's schedule is a
fixed fact once its notice is out, so that data ships inside the package
(``hrss_policy._official_days``, generated from ``holidays`` by
``scripts/generate_official_days.py`` and checked against it by the tests): the default
calendar is built from it once, on first use, under a lock, without importing
``holidays``, which is loaded only for :meth:`WorkingCalendar.with_estimates`.

Arithmetic runs on an index (a cumulative count of working days per day ordinal and the
sorted ordinals of working days), so its cost does not depend on the span.

Extending the calendar:

* :meth:`WorkingCalendar.with_year` returns a new calendar with a newly published
  year registered from plain data (:meth:`YearSchedule.from_data`, ``from_json``,
  ``from_toml``); the calendar it was called on is unchanged.
* :meth:`WorkingCalendar.with_estimates` returns a calendar that also covers later,
  unpublished years by a rule-based estimate; such years are flagged ``estimated``.
* :func:`register_year` registers a year into the *default* calendar of the process,
  explicitly and under a lock; every caller in the process sees it afterwards.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import threading
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

import attrs

from . import _validate
from ._notices import HELD_NOTICES, Notice
from .errors import CalendarDataError, CalendarNotConfirmedError, PolicyError

__all__ = [
    "DayKind",
    "Notice",
    "WorkingCalendar",
    "YearCoverage",
    "YearSchedule",
    "add_working_days",
    "calendar_coverage",
    "default_calendar",
    "is_working_day",
    "next_working_day",
    "previous_working_day",
    "register_year",
    "reset_default_calendar",
    "working_days_between",
]

_WEEKEND_NAME = "周末"
_MAKEUP_NAME = "调休上班"
_DAY_OFF_NAME = "休息日"
# holidays' China data names a bridging day off "休息日（由 2024-09-29 调休）": the date
# in it is the weekend day worked in exchange.
_SWAPPED_FROM = re.compile(r"由 ?(\d{4}-\d{2}-\d{2}) ?调休")


class DayKind(enum.Enum):
    """What kind of day a date is on the official calendar."""

    WORKDAY = "workday"
    """An ordinary working day, Monday–Friday."""
    MAKEUP_WORKDAY = "makeup_workday"
    """A Saturday or Sunday designated as a working day (调休上班)."""
    WEEKEND = "weekend"
    """An ordinary Saturday or Sunday."""
    DAY_OFF = "day_off"
    """A statutory holiday or a bridging day off (法定节假日、调休休息日)."""

    @property
    def is_working(self) -> bool:
        """True for the two kinds of working day."""
        return self in (DayKind.WORKDAY, DayKind.MAKEUP_WORKDAY)


_KIND_CODES = tuple(DayKind)
_WORKDAY_CODE = _KIND_CODES.index(DayKind.WORKDAY)
_MAKEUP_CODE = _KIND_CODES.index(DayKind.MAKEUP_WORKDAY)
_WEEKEND_CODE = _KIND_CODES.index(DayKind.WEEKEND)
_DAY_OFF_CODE = _KIND_CODES.index(DayKind.DAY_OFF)
_WORKING_CODES = frozenset(i for i, kind in enumerate(_KIND_CODES) if kind.is_working)
_fromordinal = dt.date.fromordinal


# --------------------------------------------------------------------------- data


def _date_key(field: str, year: int, value: Any) -> dt.date:
    if isinstance(value, str):
        try:
            parsed = dt.date.fromisoformat(value)
        except ValueError:
            raise CalendarDataError(
                f"{field}: {value!r} is not a date; write dates as YYYY-MM-DD"
            ) from None
        if len(value) != 10:
            raise CalendarDataError(f"{field}: {value!r} is not a date; write dates as YYYY-MM-DD")
        value = parsed
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise CalendarDataError(
            f"{field}: {value!r} ({type(value).__name__}) is not a date; "
            "give a datetime.date or a YYYY-MM-DD string"
        )
    if value.year != year:
        raise CalendarDataError(
            f"{field}: {value.isoformat()} is not in {year}, the year being registered"
        )
    return value


def _named_days(field: str, year: int, value: Any, default_name: str) -> dict[dt.date, str]:
    if isinstance(value, Mapping):
        items = list(value.items())
    elif isinstance(value, list | tuple):
        items = [(v, default_name) for v in value]
    else:
        raise CalendarDataError(
            f"{field} must be a mapping of date → name or a list of dates, "
            f"got {type(value).__name__}"
        )
    out: dict[dt.date, str] = {}
    for key, name in items:
        day = _date_key(field, year, key)
        if not isinstance(name, str) or not name.strip():
            raise CalendarDataError(
                f"{field}: the name of {day} must be a non-empty str, got {name!r}"
            )
        if day in out:
            raise CalendarDataError(f"{field}: {day} is listed twice")
        out[day] = name
    return out


def _as_tuple(value: Iterable[Notice]) -> tuple[Notice, ...]:
    return tuple(value)


def _freeze_days(value: Mapping[dt.date, str]) -> Mapping[dt.date, str]:
    return MappingProxyType(dict(sorted(value.items())))


@attrs.frozen
class YearSchedule:
    """One year's official schedule: its days off and make-up working days, and its source.

    Build one from plain data with :meth:`from_data`, :meth:`from_json` or
    :meth:`from_toml`; construction validates it (every date in ``year``, a make-up
    working day is a Saturday or Sunday, no day both off and worked, at least one
    notice unless the year is an estimate).

    Attributes:
        year: The calendar year.
        days_off: Every statutory holiday and bridging day off in the year, with its
            Chinese name. Weekend days may appear (a holiday falling on a Saturday).
        working_days: The weekend days designated as working days (调休上班), with a name.
        notices: The notices the schedule comes from; empty only for an estimate.
        estimated: True for a rule-based estimate of a year not yet published.
    """

    year: int = attrs.field()
    days_off: Mapping[dt.date, str] = attrs.field(converter=_freeze_days)
    working_days: Mapping[dt.date, str] = attrs.field(converter=_freeze_days)
    notices: tuple[Notice, ...] = attrs.field(converter=_as_tuple)
    estimated: bool = attrs.field(default=False, kw_only=True)

    @year.validator
    def _check_year(self, attribute: attrs.Attribute[Any], value: Any) -> None:
        _validate.integer("year", value)
        if not 1950 <= value <= 2100:
            raise CalendarDataError(f"year must be between 1950 and 2100, got {value}")

    def __attrs_post_init__(self) -> None:
        for day in (*self.days_off, *self.working_days):
            if isinstance(day, dt.datetime) or not isinstance(day, dt.date):
                raise CalendarDataError(f"{day!r} is not a datetime.date")
            if day.year != self.year:
                raise CalendarDataError(
                    f"{day.isoformat()} is not in {self.year}, the year of this schedule"
                )
        for day in self.working_days:
            if day.weekday() < 5:
                raise CalendarDataError(
                    f"working_days: {day.isoformat()} is a weekday; a make-up working day "
                    "(调休上班) must be a Saturday or Sunday"
                )
        both = sorted(set(self.days_off) & set(self.working_days))
        if both:
            raise CalendarDataError(
                f"{', '.join(d.isoformat() for d in both)} listed both as a day off and as "
                "a working day"
            )
        if not all(isinstance(n, Notice) for n in self.notices):
            raise CalendarDataError("notices must be Notice objects")
        if not self.estimated and not self.notices:
            raise CalendarDataError(
                f"the schedule of {self.year} names no source notice; an official year "
                "must cite the notice that publishes it"
            )
        if not self.estimated and not self.days_off:
            raise CalendarDataError(
                f"the schedule of {self.year} has no day off; a published schedule always has"
            )

    _KEYS = frozenset({"year", "notices", "days_off", "working_days"})

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> YearSchedule:
        """Build a schedule from plain data (what ``json.load`` or ``tomllib.load`` give).

        Keys: ``year`` (int); ``notices``: a list of ``{"title", "number", "issued"}``
        (``number`` and ``issued`` optional); ``days_off``: a mapping of ``YYYY-MM-DD``
        → name, or a list of dates; ``working_days``: the same, for make-up working days
        (may be empty). Unknown keys are refused.

        Raises:
            CalendarDataError: the data is malformed or contradicts itself.

        >>> data = {
        ...     "year": 2027,
        ...     "notices": [{"title": "国务院办公厅关于2027年部分节假日安排的通知"}],
        ...     "days_off": {"2027-01-01": "元旦"},
        ...     "working_days": ["2027-02-20"],
        ... }
        >>> hp.YearSchedule.from_data(data).working_days
        mappingproxy({datetime.date(2027, 2, 20): '调休上班'})
        >>> hp.YearSchedule.from_data({**data, "working_days": ["2027-02-22"]})
        Traceback (most recent call last):
        ...
        hrss_policy.errors.CalendarDataError: working_days: 2027-02-22 is a weekday; a make-up working day (调休上班) must be a Saturday or Sunday
        """
        if not isinstance(data, Mapping):
            raise CalendarDataError(f"schedule data must be a mapping, got {type(data).__name__}")
        unknown = sorted(set(data) - cls._KEYS)
        if unknown:
            raise CalendarDataError(
                f"unknown keys {unknown}; accepted: {', '.join(sorted(cls._KEYS))}"
            )
        missing = sorted({"year", "notices", "days_off"} - set(data))
        if missing:
            raise CalendarDataError(f"missing keys {missing}")
        year = data["year"]
        if isinstance(year, bool) or not isinstance(year, int):
            raise CalendarDataError(f"year must be an int, got {year!r}")
        raw_notices = data["notices"]
        if not isinstance(raw_notices, list | tuple) or not raw_notices:
            raise CalendarDataError("notices must be a non-empty list of {title, number, issued}")
        notices = []
        for raw in raw_notices:
            if not isinstance(raw, Mapping) or not isinstance(raw.get("title"), str):
                raise CalendarDataError(f"a notice must be a mapping with a str title, got {raw!r}")
            extra = sorted(set(raw) - {"title", "number", "issued"})
            if extra:
                raise CalendarDataError(
                    f"unknown notice keys {extra}; accepted: title, number, issued"
                )
            issued = raw.get("issued")
            if issued is not None:
                issued = _date_key("notices.issued", _issued_year(issued), issued)
            number = raw.get("number")
            if number is not None and not isinstance(number, str):
                raise CalendarDataError(f"a notice number must be a str, got {number!r}")
            notices.append(Notice(raw["title"], number, issued))
        days_off = _named_days("days_off", year, data["days_off"], _DAY_OFF_NAME)
        working = _named_days("working_days", year, data.get("working_days", []), _MAKEUP_NAME)
        return cls(year, days_off, working, tuple(notices))

    @classmethod
    def from_json(cls, text: str) -> YearSchedule:
        """Build a schedule from a JSON document in the shape of :meth:`from_data`."""
        import json  # deferred: most callers never parse a schedule

        try:
            data = json.loads(_validate.text("text", text))
        except json.JSONDecodeError as exc:
            raise CalendarDataError(f"not valid JSON: {exc}") from None
        return cls.from_data(data)

    @classmethod
    def from_toml(cls, text: str) -> YearSchedule:
        """Build a schedule from a TOML document in the shape of :meth:`from_data`.

        Dates may be TOML dates or strings; ``notices`` is an array of tables.
        """
        import tomllib  # deferred: most callers never parse a schedule

        try:
            data = tomllib.loads(_validate.text("text", text))
        except tomllib.TOMLDecodeError as exc:
            raise CalendarDataError(f"not valid TOML: {exc}") from None
        return cls.from_data(data)


def _issued_year(value: Any) -> int:
    if isinstance(value, dt.date):
        return value.year
    if isinstance(value, str) and len(value) >= 4 and value[:4].isdigit():
        return int(value[:4])
    raise CalendarDataError(f"notices.issued: {value!r} is not a date; write YYYY-MM-DD")


@attrs.frozen
class YearCoverage:
    """One year a calendar holds, and where its schedule comes from.

    Attributes:
        year: The year.
        estimated: True where the year is a rule-based estimate, not a published schedule.
        notices: The notices the year's schedule comes from (empty for an estimate).
    """

    year: int
    estimated: bool
    notices: tuple[Notice, ...]

    def describe(self) -> str:
        """The year and its source, in Chinese."""
        if self.estimated:
            return f"{self.year}年：推定（国务院尚未公布当年放假安排）"
        return f"{self.year}年：" + "；".join(n.cite() for n in self.notices)


# --------------------------------------------------------------------------- calendar


class WorkingCalendar:
    """An official working-day calendar over a contiguous run of years.

    A calendar is immutable: :meth:`with_year` and :meth:`with_estimates` return new
    ones. Dates outside its years raise :class:`~hrss_policy.CalendarNotConfirmedError`.

    Args:
        schedules: One :class:`YearSchedule` per year; the years must be contiguous.

    Raises:
        CalendarDataError: no schedule, a year given twice, or a gap between years.
    """

    __slots__ = (
        "_cum",
        "_end",
        "_first_year",
        "_kinds",
        "_last_year",
        "_names",
        "_schedules",
        "_start",
        "_work",
    )

    def __init__(self, schedules: Iterable[YearSchedule]) -> None:
        by_year: dict[int, YearSchedule] = {}
        for schedule in schedules:
            if not isinstance(schedule, YearSchedule):
                raise TypeError(f"schedules must be YearSchedule objects, got {schedule!r}")
            if schedule.year in by_year:
                raise CalendarDataError(f"the year {schedule.year} is given twice")
            by_year[schedule.year] = schedule
        if not by_year:
            raise CalendarDataError("a calendar needs at least one year's schedule")
        years = sorted(by_year)
        gaps = sorted(set(range(years[0], years[-1] + 1)) - set(years))
        if gaps:
            raise CalendarDataError(
                f"the years of a calendar must be contiguous; missing {gaps} between "
                f"{years[0]} and {years[-1]}"
            )
        self._schedules: Mapping[int, YearSchedule] = MappingProxyType(
            {y: by_year[y] for y in years}
        )
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

    # ---- construction

    @classmethod
    def official(cls) -> WorkingCalendar:
        """A new calendar of every year the library holds as published (2011–2026).

        Built from the days shipped with the package, which are the ``holidays``
        package's China data for the years whose State Council notice the library lists
        (generated from it, and tested to agree with it on every day). Does not import
        ``holidays``. Prefer :func:`default_calendar`, which builds this once per process.
        """
        return cls(_official_schedules())

    def with_year(self, schedule: YearSchedule, *, replace: bool = False) -> WorkingCalendar:
        """Return a new calendar that also holds *schedule*'s year.

        The year must adjoin the calendar's years (no gap). A year already held as
        published is refused unless the data is identical or ``replace=True`` (for a
        correction, or a next-year notice that changes the last days of December); an
        estimated year is always replaced.

        Raises:
            TypeError: *schedule* is not a :class:`YearSchedule`.
            CalendarDataError: a gap, or conflicting data for a year already held.

        >>> y2027 = hp.YearSchedule.from_data({
        ...     "year": 2027,
        ...     "notices": [{"title": "国务院办公厅关于2027年部分节假日安排的通知"}],
        ...     "days_off": ["2027-01-01"],
        ... })
        >>> cal = hp.default_calendar().with_year(y2027)
        >>> cal.last_year, hp.default_calendar().last_year
        (2027, 2026)
        """
        if not isinstance(schedule, YearSchedule):
            raise TypeError(f"schedule must be a YearSchedule, got {schedule!r}")
        held = self._schedules.get(schedule.year)
        if held is not None and not held.estimated and not replace:
            same = (held.days_off, held.working_days) == (schedule.days_off, schedule.working_days)
            if same:
                return self
            raise CalendarDataError(
                f"the year {schedule.year} is already held from "
                f"{'；'.join(n.cite() for n in held.notices)} and the data given differs; "
                "pass replace=True to replace it"
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

        >>> est = hp.default_calendar().with_estimates(2027)
        >>> est.is_estimated(dt.date(2027, 3, 1)), est.is_estimated(dt.date(2026, 3, 1))
        (True, False)
        """
        _validate.integer("through", through)
        if through > 2100:
            raise PolicyError(f"through must be at most 2100, got {through}")
        added = [_estimated_schedule(y) for y in range(self._last_year + 1, through + 1)]
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
            raise self._not_held("year", year, year) from None

    def coverage(self) -> tuple[YearCoverage, ...]:
        """Every year held, whether it is an estimate, and the notices it comes from."""
        return tuple(YearCoverage(s.year, s.estimated, s.notices) for s in self._schedules.values())

    def is_estimated(self, d: dt.date) -> bool:
        """True if *d* falls in a year this calendar holds only as an estimate."""
        return self._schedules[self._year_of(_validate.date("d", d), "d").year].estimated

    def __repr__(self) -> str:
        est = [s.year for s in self._schedules.values() if s.estimated]
        note = f", estimated {est[0]}–{est[-1]}" if est else ""
        return f"<WorkingCalendar {self._first_year}–{self._last_year}{note}>"

    # ---- errors

    def _not_held(self, name: str, value: object, year: int) -> CalendarNotConfirmedError:
        where = "before" if year < self._first_year else "after"
        return CalendarNotConfirmedError(
            f"{name}={value}: the official holiday schedule of {year} is not held "
            f"({where} the years held, {self._first_year}–{self._last_year}); register the "
            "year's schedule once the State Council publishes it, or opt in to an estimate "
            "with WorkingCalendar.with_estimates()"
        )

    def _year_of(self, d: dt.date, name: str) -> dt.date:
        if not self._start <= d.toordinal() <= self._end:
            raise self._not_held(name, d.isoformat(), d.year)
        return d

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
            raise self._not_held("d", d.isoformat(), d.year)
        return self._cum[i + 1] != self._cum[i]

    def day_kind(self, d: dt.date) -> DayKind:
        """The kind of day *d* is (workday, make-up workday, weekend, day off)."""
        d = self._year_of(_validate.date("d", d), "d")
        return _KIND_CODES[self._kinds[d.toordinal() - self._start]]

    def describe_day(self, d: dt.date) -> str:
        """Why *d* is or is not a working day, in Chinese (国庆节, 周末, 调休上班 …).

        >>> hp.default_calendar().describe_day(dt.date(2024, 10, 12))
        '调休上班（调至10月7日休息）'
        """
        kind = self.day_kind(d)
        if kind is DayKind.WEEKEND:
            return _WEEKEND_NAME
        if kind is DayKind.WORKDAY:
            return "工作日"
        return self._names[d.toordinal()]

    def add_working_days(self, d: dt.date, n: int) -> dt.date:
        """Return the *n*-th working day strictly after *d* (before it when *n* < 0).

        *d* itself need not be a working day. ``n == 0`` means the last working day on
        or before *d* (*d* itself when it is a working day), the only choice that keeps
        ``working_days_between(d, add_working_days(d, n)) == n`` for every *d*.

        Raises:
            TypeError: *d* is not a ``datetime.date`` or *n* is not an ``int``.
            CalendarNotConfirmedError: *d* or the result is in a year not held.
        """
        if type(d) is not dt.date:
            _validate.date("d", d)
        if type(n) is not int:
            _validate.integer("n", n)
        o = d.toordinal()
        i = o - self._start
        if i < 0 or o > self._end:
            raise self._not_held("d", d.isoformat(), d.year)
        k = self._cum[i + 1] + n - 1 if n >= 0 else self._cum[i] + n
        if k >= 0:
            try:
                return self._work[k]
            except IndexError:
                pass
        year = self._last_year + 1 if k >= 0 else self._first_year - 1
        raise self._not_held("n", f"{n} from {d.isoformat()} reaches into {year}", year)

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Count the working days in ``(start, end]``; negative when *end* < *start*.

        ``working_days_between(a, b) == -working_days_between(b, a)``, and counts add up:
        ``between(a, b) + between(b, c) == between(a, c)``.

        Raises:
            TypeError: an argument is not a ``datetime.date``.
            CalendarNotConfirmedError: an argument is in a year not held.
        """
        if type(start) is not dt.date:
            _validate.date("start", start)
        if type(end) is not dt.date:
            _validate.date("end", end)
        a = start.toordinal() - self._start
        b = end.toordinal() - self._start
        last = self._end - self._start
        if a < 0 or a > last:
            raise self._not_held("start", start.isoformat(), start.year)
        if b < 0 or b > last:
            raise self._not_held("end", end.isoformat(), end.year)
        return self._cum[b + 1] - self._cum[a + 1]

    def next_working_day(self, d: dt.date) -> dt.date:
        """The first working day strictly after *d*."""
        return self.add_working_days(d, 1)

    def previous_working_day(self, d: dt.date) -> dt.date:
        """The last working day strictly before *d*."""
        return self.add_working_days(d, -1)

    def non_working_days(self, start: dt.date, end: dt.date) -> tuple[tuple[dt.date, str], ...]:
        """Every day in ``(start, end]`` that is not a working day, with the reason.

        >>> hp.default_calendar().non_working_days(dt.date(2024, 10, 4), dt.date(2024, 10, 7))
        ((datetime.date(2024, 10, 5), '周末'), (datetime.date(2024, 10, 6), '周末'), (datetime.date(2024, 10, 7), '休息日（由 2024-10-12 调休）'))
        """
        self.working_days_between(start, end)  # validates both
        out = []
        for ordinal in range(start.toordinal() + 1, end.toordinal() + 1):
            kind = _KIND_CODES[self._kinds[ordinal - self._start]]
            if not kind.is_working:
                day = dt.date.fromordinal(ordinal)
                out.append((day, self.describe_day(day)))
        return tuple(out)


# --------------------------------------------------------------------------- sources


def _makeup_names(
    days_off: Mapping[dt.date, str], working: Iterable[dt.date]
) -> dict[dt.date, str]:
    swapped: dict[dt.date, dt.date] = {}
    for day, name in days_off.items():
        for match in _SWAPPED_FROM.finditer(name):
            swapped[dt.date.fromisoformat(match.group(1))] = day
    out = {}
    for day in working:
        off = swapped.get(day)
        out[day] = f"{_MAKEUP_NAME}（调至{off.month}月{off.day}日休息）" if off else _MAKEUP_NAME
    return out


def _holidays_china(years: Iterable[int]) -> Any:
    # Deferred: importing hrss_policy must not load holidays.
    from holidays.countries.china import China

    return China(years=list(years), language="zh_CN")  # type: ignore[no-untyped-call]


_SHIPPED_KINDS = ("off", "work")


def _official_schedules() -> list[YearSchedule]:
    """The held years' schedules from the data shipped in the package (no ``holidays``)."""
    # Deferred: only the first use of the default calendar needs the table.
    from . import _official_days as shipped

    years = sorted(HELD_NOTICES)
    if years != list(range(shipped.FIRST_YEAR, shipped.LAST_YEAR + 1)):
        raise CalendarDataError(
            f"the shipped official days cover {shipped.FIRST_YEAR}–{shipped.LAST_YEAR} but "
            f"notices are listed for {years[0]}–{years[-1]}; regenerate them with "
            "scripts/generate_official_days.py"
        )
    off: dict[int, dict[dt.date, str]] = {y: {} for y in years}
    worked: dict[int, dict[dt.date, str]] = {y: {} for y in years}
    for iso, kind, name in shipped.DAYS:
        day = dt.date.fromisoformat(iso)
        if kind not in _SHIPPED_KINDS or day.year not in off:
            raise CalendarDataError(f"shipped official days: bad row {(iso, kind, name)!r}")
        (off if kind == "off" else worked)[day.year][day] = name
    return [YearSchedule(y, off[y], worked[y], HELD_NOTICES[y]) for y in years]


def _schedules_from_holidays() -> list[YearSchedule]:
    """The held years' schedules computed from ``holidays``: the source of the shipped data.

    ``scripts/generate_official_days.py`` writes these out; the tests check that the
    shipped data is equal to them.
    """
    years = sorted(HELD_NOTICES)
    # Only held years are populated, so a notice of a year not held cannot reach back
    # into the last held year's December.
    cn = _holidays_china(years)
    all_off = {d: n for d, n in cn.items() if d.year in HELD_NOTICES}
    out = []
    for year in years:
        off = {d: n for d, n in all_off.items() if d.year == year}
        worked = [d for d in cn.weekend_workdays if d.year == year]
        # The name of a swap may sit in the next year (2011-12-31 worked for 2012-01-03).
        names = _makeup_names(all_off, worked)
        out.append(YearSchedule(year, off, names, HELD_NOTICES[year]))
    return out


def _estimated_schedule(year: int) -> YearSchedule:
    cn = _holidays_china([year])
    off = {d: n for d, n in cn.items() if d.year == year}
    worked = [d for d in cn.weekend_workdays if d.year == year]
    return YearSchedule(year, off, _makeup_names(off, worked), (), estimated=True)


# --------------------------------------------------------------------------- default

_lock = threading.RLock()
_default: WorkingCalendar | None = None


def default_calendar() -> WorkingCalendar:
    """The process's default calendar: the official one, built once on first use.

    Thread-safe. Holds 2011–2026 plus any year added with :func:`register_year`.
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
    The rules of :meth:`WorkingCalendar.with_year` apply.

    Returns:
        The new default calendar.
    """
    global _default
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
    >>> cov[0].year, cov[-1].year
    (2011, 2026)
    >>> print(cov[-1].describe())
    2026年：《国务院办公厅关于2026年部分节假日安排的通知》（国办发明电〔2025〕7号，2025-11-04）
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
    """The last working day strictly before *d*."""
    return (_default or default_calendar()).add_working_days(d, -1)
