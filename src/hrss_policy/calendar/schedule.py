"""One year's official schedule as validated data.

A :class:`YearSchedule` is what a State Council notice fixes for one year: the days off
(statutory holidays and bridging days off) and the weekend days worked instead (调休上班),
with the notices it comes from. It is built from plain data (:meth:`YearSchedule.from_data`,
``from_json``, ``from_toml``: the shape of a schedule file) and validated on construction.

Where the held years come from (the shipped table, ``holidays``, an estimate) is
:mod:`hrss_policy.calendar.sources`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from ..core import validate as _validate
from ..core import zh as _zh
from ..errors import CalendarDataError
from .days import DayKind, swap_name, swapped_with
from .notices import Notice

__all__ = [
    "SHIPPED",
    "YearCoverage",
    "YearSchedule",
    "makeup_names",
]

#: The :attr:`YearSchedule.source` of the years shipped with the package.
SHIPPED = "shipped"

#: The years a schedule may be given for: far beyond any published notice, and the
#: bound of :meth:`WorkingCalendar.with_estimates`.
FIRST_YEAR, LAST_YEAR = 1950, 2100

_MAKEUP_NAME = "调休上班"
_DAY_OFF_NAME = "休息日"
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_ACCEPTED = "write dates as YYYY-MM-DD (e.g. 2026-10-01)"
_ACCEPTED_ZH = "日期请写作YYYY-MM-DD，如2026-10-01"


class _Days(Mapping[dt.date, str]):
    """A read-only, sorted map of date → name that hashes, pickles and copies."""

    __slots__ = ("_hash", "_items")

    def __init__(self, items: Mapping[dt.date, str]) -> None:
        self._items = dict(sorted(items.items()))
        self._hash: int | None = None

    def __getitem__(self, key: dt.date) -> str:
        return self._items[key]

    def __iter__(self) -> Iterator[dt.date]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(tuple(self._items.items()))
        return self._hash

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self._items == dict(other.items())
        return NotImplemented

    def __reduce__(self) -> tuple[Any, ...]:
        return (_Days, (self._items,))

    def __repr__(self) -> str:
        return repr(self._items)


def _to_days(name: str, value: Any) -> _Days:
    if isinstance(value, _Days):
        return value
    if not isinstance(value, Mapping):
        raise TypeError(
            f"{name} must be a mapping of datetime.date → name (a dict), got "
            f"{_validate.describe(value)}; YearSchedule.from_data also takes a list of dates"
        )
    for day, label in value.items():
        _validate.date(f"{name} key", day)
        if not isinstance(label, str) or not label.strip():
            raise CalendarDataError(
                f"{name}: the name of {day.isoformat()} must be a non-empty str, got {label!r}",
                zh=f"{_zh.date(day)}的名称不能为空",
            )
    return _Days(value)


def _days_off(value: Any) -> _Days:
    return _to_days("days_off", value)


def _working_days(value: Any) -> _Days:
    return _to_days("working_days", value)


def _notices(value: Any) -> tuple[Notice, ...]:
    return _validate.sequence_of("notices", value, Notice)


def _field_zh(field: str) -> str:
    return {
        "days_off": "放假日期",
        "working_days": "调休上班日期",
        "notices.issued": "通知发布日期",
    }.get(field, field)


def _shown_zh(value: Any) -> str:
    """A value of schedule data for a Chinese message: text in quotation marks, cut short."""
    if isinstance(value, str):
        return _validate.shown_zh(value)
    if isinstance(value, bool):  # JSON's and TOML's true and false
        return f"逻辑值{'true' if value else 'false'}"
    if isinstance(value, int):
        return _validate.shown_int_zh(value)
    return f"{type(value).__name__}类型的值"


def _date_key(field: str, value: Any, year: int | None) -> dt.date:
    """A date of schedule data: a ``datetime.date`` or a strict ``YYYY-MM-DD`` string."""
    if isinstance(value, str):
        text = value
        if not _ISO_DATE.fullmatch(text):
            raise CalendarDataError(
                f"{field}: {_validate.shown(text)} is not a date; {_ACCEPTED}",
                zh=f"{_field_zh(field)}{_validate.shown_zh(text)}不是日期，{_ACCEPTED_ZH}",
            )
        try:
            value = dt.date.fromisoformat(text)
        except ValueError:
            raise CalendarDataError(
                f"{field}: {text!r} is not a date that exists; {_ACCEPTED}",
                zh=f"{_field_zh(field)}“{text}”不是存在的日期",
            ) from None
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise CalendarDataError(
            f"{field}: {_validate.describe(value)} is not a date; give a datetime.date or "
            "a YYYY-MM-DD string",
            zh=f"{_field_zh(field)}应为日期，{_ACCEPTED_ZH}",
        )
    if year is not None and value.year != year:
        raise CalendarDataError(
            f"{field}: {value.isoformat()} is not in {year}, the year being registered",
            zh=f"{_field_zh(field)}{_zh.date(value)}不在登记的{year}年内",
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
            f"got {type(value).__name__}",
            zh=f"{_field_zh(field)}应为“日期 = 名称”的表或日期列表",
        )
    out: dict[dt.date, str] = {}
    for key, name in items:
        day = _date_key(field, key, year)
        if not isinstance(name, str) or not name.strip():
            raise CalendarDataError(
                f"{field}: the name of {day} must be a non-empty str, got {name!r}",
                zh=f"{_field_zh(field)}{_zh.date(day)}的名称不能为空",
            )
        if day in out:
            raise CalendarDataError(
                f"{field}: {day} is listed twice",
                zh=f"{_field_zh(field)}{_zh.date(day)}重复列出",
            )
        out[day] = name
    return out


def _check_year(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    _validate.integer(attribute.name, value)
    if not FIRST_YEAR <= value <= LAST_YEAR:
        raise CalendarDataError(
            f"year must be between {FIRST_YEAR} and {LAST_YEAR}, got {_validate.shown_int(value)}",
            zh=f"年份应在{FIRST_YEAR}至{LAST_YEAR}之间，收到{_validate.shown_int_zh(value)}",
        )


@attrs.frozen
class YearSchedule:
    """One year's official schedule: its days off and make-up working days, and its source.

    Build one from plain data with :meth:`from_data`, :meth:`from_json` or
    :meth:`from_toml` (the format of a schedule file); construction validates it (every
    date in ``year``, a make-up working day is a Saturday or Sunday, no day both off and
    worked, at least one notice unless the year is an estimate). Schedules are values:
    they compare, hash, pickle and copy.

    Attributes:
        year: The calendar year.
        days_off: Every statutory holiday and bridging day off in the year, with its
            Chinese name. Weekend days may appear (a holiday falling on a Saturday).
        working_days: The weekend days designated as working days (调休上班), with a name.
        notices: The notices the schedule comes from; empty only for an estimate.
        estimated: True for a rule-based estimate of a year not yet published.
        source: Where the schedule was read from: ``"shipped"`` for the table shipped
            with the package, a schedule file's path, or ``None`` (built in code).
    """

    year: int = attrs.field(validator=_check_year)
    days_off: Mapping[dt.date, str] = attrs.field(converter=_days_off)
    working_days: Mapping[dt.date, str] = attrs.field(converter=_working_days)
    notices: tuple[Notice, ...] = attrs.field(converter=_notices)
    estimated: bool = attrs.field(default=False, kw_only=True, validator=_validate.v_bool)
    source: str | None = attrs.field(
        default=None, kw_only=True, validator=_validate.v_optional(_validate.v_text)
    )

    def __attrs_post_init__(self) -> None:
        for field in ("days_off", "working_days"):
            for day in getattr(self, field):
                if day.year != self.year:
                    raise CalendarDataError(
                        f"{field}: {day.isoformat()} is not in {self.year}, the year of this "
                        "schedule",
                        zh=f"{_field_zh(field)}{_zh.date(day)}不在{self.year}年内",
                    )
        for day in self.working_days:
            if day.weekday() < 5:
                raise CalendarDataError(
                    f"working_days: {day.isoformat()} is a weekday; a make-up working day "
                    "(调休上班) must be a Saturday or Sunday",
                    zh=f"调休上班日期{_zh.date(day)}是工作日，调休上班日应为星期六或星期日",
                )
        both = sorted(set(self.days_off) & set(self.working_days))
        if both:
            raise CalendarDataError(
                f"{', '.join(d.isoformat() for d in both)} listed both as a day off and as "
                "a working day",
                zh=f"{'、'.join(_zh.date(d) for d in both)}既列为放假日又列为调休上班日",
            )
        if not self.estimated and not self.notices:
            raise CalendarDataError(
                f"the schedule of {self.year} names no source notice; an official year "
                "must cite the notice that publishes it",
                zh=f"{self.year}年的放假安排未注明所依据的通知",
            )
        if not self.estimated and not self.days_off:
            raise CalendarDataError(
                f"the schedule of {self.year} has no day off; a published schedule always has",
                zh=f"{self.year}年的放假安排没有任何放假日期",
            )

    _KEYS = frozenset({"year", "notices", "days_off", "working_days"})
    _NOTICE_KEYS = ("title", "number", "issued")

    @classmethod
    def from_data(cls, data: Mapping[str, Any], *, source: str | None = None) -> YearSchedule:
        """Build a schedule from plain data (what ``json.load`` or ``tomllib.load`` give).

        Keys: ``year`` (int); ``notices``: a non-empty list of ``{"title", "number",
        "issued"}`` (``number`` and ``issued`` optional); ``days_off``: a mapping of
        ``YYYY-MM-DD`` → name, or a list of dates (named 休息日); ``working_days``: the
        same, for make-up working days (optional, named 调休上班 when listed without a name).
        Unknown keys are refused. *source* is recorded as :attr:`source`.

        Raises:
            CalendarDataError: the data is malformed or contradicts itself.

        >>> held = hp.default_calendar().schedule(2026)
        >>> data = {
        ...     "year": 2026,
        ...     "notices": [{"title": "国务院办公厅关于2026年部分节假日安排的通知"}],
        ...     "days_off": {"2026-10-01": "国庆节"},
        ...     "working_days": ["2026-10-10"],
        ... }
        >>> hp.YearSchedule.from_data(data).working_days
        {datetime.date(2026, 10, 10): '调休上班'}
        >>> hp.YearSchedule.from_data({**data, "working_days": ["2026-10-12"]})
        Traceback (most recent call last):
        ...
        hrss_policy.errors.CalendarDataError: working_days: 2026-10-12 is a weekday; a make-up working day (调休上班) must be a Saturday or Sunday
        """
        if not isinstance(data, Mapping):
            raise CalendarDataError(
                f"schedule data must be a mapping, got {type(data).__name__}",
                zh="放假安排数据应为键值表（JSON对象或TOML表）",
            )
        unknown = sorted(map(str, set(data) - cls._KEYS))
        if unknown:
            raise CalendarDataError(
                f"unknown keys {unknown}; accepted: {', '.join(sorted(cls._KEYS))}",
                zh=f"放假安排数据中有无法识别的键{'、'.join(unknown)}，"
                f"可用的键为{'、'.join(sorted(cls._KEYS))}",
            )
        missing = sorted({"year", "notices", "days_off"} - set(data))
        if missing:
            raise CalendarDataError(
                f"missing keys {missing}; a schedule needs year, notices and days_off",
                zh=f"放假安排数据缺少{'、'.join(missing)}",
            )
        year = data["year"]
        if isinstance(year, bool) or not isinstance(year, int):
            raise CalendarDataError(
                f"year must be an int, got {_validate.describe(year)}",
                zh=f"年份应为整数，收到{_shown_zh(year)}",
            )
        _check_year(None, attrs.fields(cls).year, year)
        notices = tuple(cls._notice(raw) for raw in cls._notice_list(data["notices"]))
        days_off = _named_days("days_off", year, data["days_off"], _DAY_OFF_NAME)
        raw_working = data.get("working_days", [])
        working = _named_days("working_days", year, raw_working, _MAKEUP_NAME)
        if isinstance(raw_working, list | tuple):  # unnamed: named after their swaps
            working = makeup_names(days_off, working)
        return cls(year, days_off, working, notices, source=source)

    @staticmethod
    def _notice_list(raw: Any) -> list[Any]:
        if not isinstance(raw, list | tuple) or not raw:
            raise CalendarDataError(
                "notices must be a non-empty list of {title, number, issued}",
                zh="notices应为至少一项的通知列表，每项含title（标题），可含number（文号）和issued（发布日期）",
            )
        return list(raw)

    @classmethod
    def _notice(cls, raw: Any) -> Notice:
        if not isinstance(raw, Mapping) or not isinstance(raw.get("title"), str):
            raise CalendarDataError(
                f"a notice must be a mapping with a str title, got {raw!r}",
                zh="每项通知应为含title（标题）的表",
            )
        extra = sorted(map(str, set(raw) - set(cls._NOTICE_KEYS)))
        if extra:
            raise CalendarDataError(
                f"unknown notice keys {extra}; accepted: title, number, issued",
                zh=f"通知中有无法识别的键{'、'.join(extra)}，可用的键为title、number、issued",
            )
        number = raw.get("number")
        if number is not None and not isinstance(number, str):
            raise CalendarDataError(
                f"a notice number must be a str, got {_validate.describe(number)}",
                zh=f"通知文号应为文字，收到{_shown_zh(number)}",
            )
        issued = raw.get("issued")
        if issued is not None:
            issued = _date_key("notices.issued", issued, None)
        return Notice(raw["title"], number, issued)

    @classmethod
    def from_json(cls, text: str, *, source: str | None = None) -> YearSchedule:
        """Build a schedule from a JSON document in the shape of :meth:`from_data`.

        A key given twice in one object is refused (JSON parsers keep the last silently).
        """
        import json  # deferred: most callers never parse a schedule

        def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
            out: dict[str, Any] = {}
            for key, value in items:
                if key in out:
                    raise CalendarDataError(
                        f"the key {key!r} is given twice in one JSON object",
                        zh=f"JSON对象中的键“{key}”重复出现",
                    )
                out[key] = value
            return out

        try:
            data = json.loads(_validate.text("text", text), object_pairs_hook=pairs)
        except json.JSONDecodeError as exc:
            raise CalendarDataError(
                f"not valid JSON: {exc}", zh=f"不是有效的JSON（第{exc.lineno}行第{exc.colno}列）"
            ) from None
        except RecursionError:
            raise CalendarDataError(
                "not a schedule: the JSON is nested too deeply", zh="不是放假安排：JSON嵌套层数过多"
            ) from None
        except CalendarDataError:
            raise
        except ValueError:  # a number of more digits than Python converts
            raise _too_long_number("JSON") from None
        return cls.from_data(data, source=source)

    @classmethod
    def from_toml(cls, text: str, *, source: str | None = None) -> YearSchedule:
        """Build a schedule from a TOML document in the shape of :meth:`from_data`.

        Dates may be TOML dates or strings; ``notices`` is an array of tables.
        """
        import tomllib  # deferred: most callers never parse a schedule

        try:
            data = tomllib.loads(_validate.text("text", text))
        except tomllib.TOMLDecodeError as exc:
            raise CalendarDataError(f"not valid TOML: {exc}", zh="不是有效的TOML") from None
        except RecursionError:
            raise CalendarDataError(
                "not a schedule: the TOML is nested too deeply", zh="不是放假安排：TOML嵌套层数过多"
            ) from None
        except ValueError:  # a number of more digits than Python converts
            raise _too_long_number("TOML") from None
        return cls.from_data(data, source=source)


def _too_long_number(kind: str) -> CalendarDataError:
    return CalendarDataError(
        f"not a schedule: the {kind} holds a number thousands of digits long",
        zh=f"不是放假安排：{kind}中有长达数千位的数字",
    )


@attrs.frozen
class YearCoverage:
    """One year a calendar holds, and where its schedule comes from.

    Attributes:
        year: The year.
        estimated: True where the year is a rule-based estimate, not a published schedule.
        notices: The notices the year's schedule comes from (empty for an estimate).
        source: ``"shipped"`` for the table shipped with the package, the path of the
            schedule file it was loaded from, or ``None`` (registered in code, or an
            estimate).
    """

    year: int
    estimated: bool
    notices: tuple[Notice, ...]
    source: str | None = None

    @property
    def shipped(self) -> bool:
        """Whether the year comes from the table shipped with the package."""
        return self.source == SHIPPED

    @property
    def from_file(self) -> bool:
        """Whether the year was loaded from a schedule file rather than shipped."""
        return self.source is not None and self.source != SHIPPED

    def describe(self) -> str:
        """The year and its source, in Chinese."""
        if self.estimated:
            return f"{self.year}年：推定，国务院尚未公布当年放假安排"
        text = f"{self.year}年：" + "；".join(n.cite() for n in self.notices)
        if self.from_file:
            text += f"；载自文件 {self.source}"
        return text


def makeup_names(days_off: Mapping[dt.date, str], working: Iterable[dt.date]) -> dict[dt.date, str]:
    """Name each make-up working day after the day off it pays for, where a name says so."""
    swapped: dict[dt.date, dt.date] = {}
    for day, name in days_off.items():
        worked = swapped_with(name, day)
        if worked is not None:
            swapped[worked] = day
    out = {}
    for day in working:
        off = swapped.get(day)
        out[day] = (
            swap_name(DayKind.MAKEUP_WORKDAY, _MAKEUP_NAME, day, off) if off else _MAKEUP_NAME
        )
    return out
