"""Days and spans of working days as values that explain themselves in Chinese.

:class:`DayInfo` is one day of the official calendar (its kind, its name, the day it was
swapped with); :class:`WorkingDaySpan` is the working days between two dates with every
day skipped and why. The calendar builds them (:func:`hrss_policy.day_info`,
:func:`hrss_policy.working_day_span`, :func:`hrss_policy.working_day_offset`), and the
deadlines of 四（二） and 三（四） hold a span, so the counting reading — "（不含）… （含）",
the day after the start is the first day counted — is written in one place.

Names follow the style guide: a bridging day off is 休息日（由9月29日调休）, a make-up
working day 调休上班（调至10月7日休息）, a substitute holiday 元旦补假; never a nested
bracket, dates as 10月7日 within a year already named.
"""

from __future__ import annotations

import datetime as dt
import enum
import re

import attrs

from ..core import validate as _validate
from ..core import zh as _zh
from ..core.citing import Cited

__all__ = [
    "WEEKEND_NAME",
    "WORKDAY_NAME",
    "DayInfo",
    "DayKind",
    "WorkingDaySpan",
    "parse_name",
    "swapped_with",
]

WORKDAY_NAME = "工作日"
WEEKEND_NAME = "周末"
_WEEKDAYS = "一二三四五六日"
_ESTIMATE_NOTE = "所用日历含推定年份，国务院尚未公布当年放假安排，结果为推定值。"

# The shipped data names a bridging day off "休息日（由9月29日调休）" and a make-up working
# day "调休上班（调至10月7日休息）", with the year where the swap crosses it
# ("休息日（由2011年12月31日调休）"); holidays' China data, and so a schedule file, may
# write the first as "休息日（由 2024-09-29 调休）".
_SWAPPED_FROM = re.compile(r"^(.*?)（由 ?([0-9]{4}-[0-9]{2}-[0-9]{2}) ?调休）$")
_SWAPPED_FROM_MD = re.compile(r"^(.*?)（由(?:([0-9]{4})年)?([0-9]{1,2})月([0-9]{1,2})日调休）$")
_SWAPPED_TO = re.compile(r"^(.*?)（调至(?:([0-9]{4})年)?([0-9]{1,2})月([0-9]{1,2})日休息）$")


class DayKind(enum.Enum):
    """What kind of day a date is on the official calendar."""

    # Members are singletons compared by identity, so identity is a sound hash, and it
    # is computed in C (Enum's own hashes the name in Python, on every dict lookup).
    __hash__ = object.__hash__

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

    @property
    def label(self) -> str:
        """The kind in Chinese."""
        return {
            "workday": "工作日",
            "makeup_workday": "调休上班日",
            "weekend": "周末",
            "day_off": "放假日",
        }[self.value]


def _nearest(month: int, day: int, near: dt.date) -> dt.date | None:
    """The date of *month*/*day* closest to *near* (a swap never spans more than weeks)."""
    candidates = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda c: abs((c - near).days), default=None)


def _iso(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def swapped_with(raw: str, day: dt.date) -> dt.date | None:
    """The weekend day worked for the bridging day off *day* named *raw*, if it says."""
    return parse_name(DayKind.DAY_OFF, raw, day)[1]


def parse_name(kind: DayKind, raw: str, day: dt.date) -> tuple[str, dt.date | None]:
    """A listed day's name as the style guide writes it, and the day it was swapped with.

    ``"休息日（由 2024-09-29 调休）"`` → ``("休息日", 2024-09-29)``;
    ``"调休上班（调至10月7日休息）"`` → ``("调休上班", 2024-10-07)``;
    ``"元旦（补假）"`` → ``("元旦补假", None)``; ``"中秋节; 国庆节"`` → ``("中秋节、国庆节", None)``.
    """
    text = raw.strip()
    swapped: dt.date | None = None
    if kind is DayKind.DAY_OFF:
        iso = _SWAPPED_FROM.match(text)
        if iso:
            text, swapped = iso.group(1), _iso(iso.group(2))
        found = None if iso else _SWAPPED_FROM_MD.match(text)
    else:
        found = _SWAPPED_TO.match(text)
    if found:
        text = found.group(1)
        month, dom = int(found.group(3)), int(found.group(4))
        if found.group(2):
            try:
                swapped = dt.date(int(found.group(2)), month, dom)
            except ValueError:
                swapped = None
        else:
            swapped = _nearest(month, dom, day)
    text = text.replace("（补假）", "补假").replace("; ", "、").replace(";", "、").strip()
    return text or ("休息日" if kind is DayKind.DAY_OFF else "调休上班"), swapped


def swap_name(kind: DayKind, base: str, day: dt.date, swapped: dt.date) -> str:
    """A swapped day's name in the one style of the data: ``休息日（由9月29日调休）``,
    ``调休上班（调至10月7日休息）``, the year written where the swap crosses it."""
    other = _short(swapped, day.year)
    return f"{base}（由{other}调休）" if kind is DayKind.DAY_OFF else f"{base}（调至{other}休息）"


def _short(d: dt.date, year: int) -> str:
    """10月7日 within *year*, 2025年1月1日 outside it."""
    return _zh.month_day(d) if d.year == year else _zh.date(d)


@attrs.frozen
class DayInfo(Cited):
    """One day of the official calendar: its kind, its Chinese name and why.

    Attributes:
        date: The day.
        kind: Workday, make-up workday, weekend or day off.
        name: Its name in Chinese: 工作日, 周末, the holiday (国庆节, 元旦补假 …), 休息日
            for a bridging day off, 调休上班 for a make-up working day.
        swapped_with: For a bridging day off, the weekend day worked in its place; for a
            make-up working day, the day off it pays for; otherwise ``None``.
        estimated: True if the day's year is a rule-based estimate, not a published notice.
        clauses: Empty: the calendar is a tool the rules use, not a clause of the plan.
    """

    date: dt.date
    kind: DayKind
    name: str
    swapped_with: dt.date | None = attrs.field(default=None, kw_only=True)
    estimated: bool = attrs.field(default=False, kw_only=True)

    @property
    def is_working(self) -> bool:
        """Whether the day is a working day (an ordinary one or a make-up one)."""
        return self.kind.is_working

    @property
    def weekday(self) -> str:
        """星期一 … 星期日."""
        return f"星期{_WEEKDAYS[self.date.weekday()]}"

    def describe(self, year: int | None = None) -> str:
        """The day's name with its swap, for a list: ``休息日（由9月29日调休）``.

        Dates of the swap are written without the year when it is *year* (default: the
        day's own year).
        """
        ref = self.date.year if year is None else _validate.integer("year", year)
        if self.swapped_with is None:
            return self.name
        when = _short(self.swapped_with, ref)
        if self.kind is DayKind.DAY_OFF:
            return f"{self.name}（由{when}调休）"
        return f"{self.name}（调至{when}休息）"

    def explain(self) -> str:
        """The day in one Chinese sentence: what it is and whether it is a working day."""
        head = f"{_zh.date(self.date)}（{self.weekday}）"
        when = None if self.swapped_with is None else _short(self.swapped_with, self.date.year)
        if self.kind is DayKind.WORKDAY:
            text = f"{head}是工作日。"
        elif self.kind is DayKind.MAKEUP_WORKDAY:
            swap = f"，调至{when}休息" if when else ""
            text = f"{head}{self.name}{swap}，是工作日。"
        else:
            swap = f"，由{when}调休" if when else ""
            text = f"{head}是{self.name}{swap}，不是工作日。"
        if self.estimated:
            text += f"{self.date.year}年的放假安排为推定，国务院尚未公布。"
        return text


def _runs(days: tuple[DayInfo, ...], year: int) -> list[str]:
    """Consecutive days of the same name as one item: 10月1日至3日国庆节."""
    items: list[str] = []
    i = 0
    while i < len(days):
        j = i
        label = days[i].describe(year)
        while (
            j + 1 < len(days)
            and days[j + 1].date == days[j].date + dt.timedelta(days=1)
            and days[j + 1].describe(year) == label
        ):
            j += 1
        first, last = days[i].date, days[j].date
        if i == j:
            when = _short(first, year)
        elif (first.year, first.month) == (last.year, last.month):
            when = f"{_short(first, year)}至{last.day}日"
        else:
            when = f"{_short(first, year)}至{_short(last, year)}"
        items.append(f"{when}{label}")
        i = j + 1
    return items


@attrs.frozen
class WorkingDaySpan(Cited):
    """The working days between two dates, and every day skipped with the reason.

    The span is ``(start, end]``: the day after *start* is the first day counted, as
    "5 working days after the quarter ends" reads (R6, R15). With ``counts_start`` it is
    ``[start, end]``: *start* counts when it is a working day. When *end* is before
    *start* the count is negative.

    Attributes:
        start: The day counted from.
        end: The last day counted.
        count: The working days in the span.
        skipped: The days in the span that are not working days, in order, with why.
        estimated: True if any year of the span is a rule-based estimate.
        counts_start: Whether *start* itself is counted (when a working day).
        clauses: Empty: a span is calendar arithmetic; the deadline holding it cites.
    """

    start: dt.date
    end: dt.date
    count: int
    skipped: tuple[DayInfo, ...]
    estimated: bool
    counts_start: bool = attrs.field(default=False, kw_only=True)

    def describe_range(self) -> str:
        """``2024年9月30日（不含）至2024年10月12日（含）``: the span and its counting."""
        first, last = sorted((self.start, self.end))
        excluded = "含" if self.counts_start else "不含"
        return f"{_zh.date(first)}（{excluded}）至{_zh.date(last)}（含）"

    def describe_skipped(self) -> str:
        """The days skipped, grouped: ``10月1日至3日国庆节、10月5日至6日周末``, or ``""``."""
        return "、".join(_runs(self.skipped, min(self.start, self.end).year))

    def explain(self) -> str:
        """The span in Chinese: its bounds as counted, its working days, the days skipped."""
        text = f"{self.describe_range()}共{_zh.working_days(abs(self.count))}"
        if self.end < self.start:
            text = f"自{_zh.date(self.start)}往前计，{text}"
        skipped = self.describe_skipped()
        text += f"，其间的非工作日有{skipped}。" if skipped else "，其间没有非工作日。"
        if self.estimated:
            text += _ESTIMATE_NOTE
        return text
