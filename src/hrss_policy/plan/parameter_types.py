"""The types a parameter of :class:`~hrss_policy.PolicyParameters` takes: the choices of
each adopted reading (one enum per reading that chooses between readings), the map of
places, and the validators of the parameters' values.

Its own module so that the parameter set (:mod:`.parameters`) states the plan's numbers and
their metadata, and nothing else.
"""

from __future__ import annotations

import enum
from fractions import Fraction
from typing import Any

import attrs

from ..core import validate as _validate
from ..errors import PolicyError

__all__ = [
    "AreaPlaces",
    "CountFrom",
    "DistrictMinimumBasis",
    "EquipmentList",
    "FullTimeEvidence",
    "OverQuota",
    "ParameterInfo",
    "Rounding",
    "SlowProgress",
    "StaffCounted",
]


class Rounding(enum.Enum):
    """How a staffing ratio that is not a whole number becomes a head count (R1).

    The plan says "每6000名服务对象配备1名工作人员" and leaves the remainder unsaid. The
    project reads it as :attr:`CEILING` (a partial block of 6000 still needs a worker);
    a caller may choose another reading.
    """

    CEILING = "ceiling"
    """Round up: 45 000 ÷ 6000 = 7.5 → 8."""
    FLOOR = "floor"
    """Round down: 45 000 ÷ 6000 = 7.5 → 7."""
    HALF_UP = "half_up"
    """Round half away from zero: 7.5 → 8, 7.4 → 7."""

    @property
    def label(self) -> str:
        """The Chinese name of the rounding rule, as an explanation prints it."""
        return {"ceiling": "向上取整", "floor": "向下取整", "half_up": "四舍五入"}[self.value]

    def divide(self, numerator: int, denominator: int) -> int:
        """Return ``numerator / denominator`` rounded to a whole number under this rule.

        Integer arithmetic throughout, so the count is exact for any size of count.

        Raises:
            TypeError: an argument is not an ``int``.
            PolicyError: *numerator* is negative or *denominator* is not positive.

        >>> hp.Rounding.CEILING.divide(45_000, 6000), hp.Rounding.FLOOR.divide(45_000, 6000)
        (8, 7)
        """
        _validate.count("numerator", numerator, maximum=2**256)
        _validate.count("denominator", denominator, minimum=1, maximum=2**256)
        return self.apply(numerator, denominator)

    def apply(self, numerator: int, denominator: int) -> int:
        """:meth:`divide` on counts already checked: the one place each rule is written."""
        if self is Rounding.CEILING:
            return -(-numerator // denominator)
        if self is Rounding.FLOOR:
            return numerator // denominator
        return (2 * numerator + denominator) // (2 * denominator)


class OverQuota(enum.Enum):
    """What more staff than the quota, with no approval on record, amounts to (R11)."""

    APPROVAL_NOT_MET = "approval_not_met"
    """A not-met finding of the approval requirement (报区政府（管委会）批准), apart from
    the staffing standard itself, which is met."""
    NOTE = "note"
    """A remark only: the approval requirement is reported met, with a note."""


class StaffCounted(enum.Enum):
    """Who counts against a community/village station's staffing quota (R21)."""

    FULL_TIME_HEADS = "full_time_heads"
    """Its full-time heads (专职); part-time coordinators are reported beside them."""
    ALL_HEADS = "all_heads"
    """Every head on its roster, full-time or part-time."""


class FullTimeEvidence(enum.Enum):
    """What shows that a station has its full-time worker (R12)."""

    ROSTER = "roster"
    """At least one of the station's coordinators is full-time (专职)."""
    ACTUAL_STAFF = "actual_staff"
    """The station reports at least one worker, whatever their employment."""


class DistrictMinimumBasis(enum.Enum):
    """What the district's 每月不少于1000元 (and 800元) is counted per (R13)."""

    PER_COORDINATOR = "per_coordinator"
    """Per coordinator, as the city amount it matches."""
    PER_STATION = "per_station"
    """Per station: 1000 yuan if it has any full-time coordinator, plus 800 if any
    part-time one who may draw part-time pay."""


class EquipmentList(enum.Enum):
    """How the equipment 三（二） lists after 包括 is checked (R18)."""

    REQUIRED = "required"
    """Every listed item is necessary: a missing one is a finding not met."""
    GUIDE = "guide"
    """The list is a guide: a missing item is a remark (说明) on a finding met."""


class CountFrom(enum.Enum):
    """Where "within n working days after X" starts counting (R6, R15)."""

    NEXT_DAY = "next_day"
    """The n-th working day strictly after X, whether or not X is a working day."""
    SAME_DAY = "same_day"
    """X itself counts as the first day when it is a working day."""


class SlowProgress(enum.Enum):
    """Which districts a 通报 names as progressing slowly (完成进度较慢, R9)."""

    BELOW_CITY_RATE = "below_city_rate"
    """Completion below the city-wide completion rate on the same date."""
    SLOWEST = "slowest"
    """The ``slow_progress_count`` districts of lowest completion (ties included)."""
    BELOW_RATE = "below_rate"
    """Completion below the fixed ``slow_progress_rate``."""


def _bare_places(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, tuple):
        raise TypeError(f"{attribute.name} must be a tuple of str, got {_validate.describe(value)}")
    for i, name in enumerate(value):
        _validate.han(f"{attribute.name}[{i}]", name, max_chars=30, label="地名")
    if len(set(value)) != len(value):
        raise PolicyError(
            f"{attribute.name} lists a place twice: {value!r}", zh="地名列表中有重复的名称"
        )


@attrs.frozen(cache_hash=True)
class AreaPlaces:
    """One district's or zone's place on the map of Zhuhai the names are read against (R26).

    Args:
        area: The district's or zone's full name (``斗门区``, ``高栏港经济区``), one of the
            parameter set's ``administrative_districts`` or ``functional_zones``.
        streets: The bare names of the streets (街道办事处) under it (``白藤``).
        towns: The bare names of the towns (镇) under it (``井岸``), not counting a town
            merged with the zone.
        merged_town: For a zone merged with its town (区镇合一), the town's bare name
            (``唐家湾`` for 高新区); ``None`` for any other area.
    """

    area: str = attrs.field(validator=_validate.v_text)
    streets: tuple[str, ...] = attrs.field(default=(), validator=_bare_places)
    towns: tuple[str, ...] = attrs.field(default=(), validator=_bare_places)
    merged_town: str | None = attrs.field(
        default=None, validator=_validate.v_optional(_validate.v_text)
    )


def area_map_validator(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, tuple) or not all(type(a) is AreaPlaces for a in value):
        raise TypeError(
            f"{attribute.name} must be a tuple of AreaPlaces, got {_validate.describe(value)}"
        )
    seen: dict[str, str] = {}
    for a in value:
        places = [*a.streets, *a.towns, *((a.merged_town,) if a.merged_town else ())]
        for place in places:
            if place in seen:
                raise PolicyError(
                    f"{attribute.name} places {place!r} under both {seen[place]} and {a.area}",
                    zh=f"地名“{place}”既列在{seen[place]}下又列在{a.area}下",
                )
            seen[place] = a.area
    areas = [a.area for a in value]
    if len(set(areas)) != len(areas):
        raise PolicyError(f"{attribute.name} lists an area twice", zh="区划表中有重复的区")


@attrs.frozen
class ParameterInfo:
    """Where one parameter comes from.

    Attributes:
        name: The field name on :class:`PolicyParameters`.
        value: Its value in the parameter set it was read from.
        clause: The clause id it comes from.
        description: What it means, in Chinese (without its value).
        unit: Its unit, in Chinese (``元/人·月``, ``平方米``, ``日期`` …), or ``""``.
        reading: The id of the adopted reading it carries (``"R1"`` …), or ``None``
            where the value is stated by the text.
    """

    name: str
    value: Any
    clause: str
    description: str
    unit: str
    reading: str | None

    @property
    def adopted_reading(self) -> bool:
        """Whether the value is the project's reading rather than the text's number."""
        return self.reading is not None


def quarter_validator(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    _validate.count(attribute.name, value, minimum=1, maximum=4)


def rate_validator(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    _validate.instance(attribute.name, value, Fraction)
    if not 0 <= value <= 1:
        raise PolicyError(
            f"{attribute.name} must be a Fraction from 0 to 1, got {value}",
            zh=f"完成率应在0到1之间，收到{value}",
        )


def district_names_validator(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    # A district's full name ends with 区 and the bare name before it must be non-empty:
    # names are parsed by these, so a malformed entry would corrupt every parse.
    if not isinstance(value, tuple):
        raise TypeError(f"{attribute.name} must be a tuple of str, got {_validate.describe(value)}")
    for i, name in enumerate(value):
        _validate.han(f"{attribute.name}[{i}]", name, max_chars=30, label="区名")
        if len(name) < 2 or not name.endswith("区"):
            raise PolicyError(
                f"{attribute.name}[{i}] must be a full name ending in 区 (e.g. '香洲区'), "
                f"got {name!r}",
                zh=f"区名应为以“区”结尾的全称（如“香洲区”），收到“{name}”",
            )
    if len(set(value)) != len(value):
        raise PolicyError(
            f"{attribute.name} lists a name twice: {value!r}", zh="区名列表中有重复的名称"
        )


def members_validator(cls: type[enum.Enum]) -> Any:
    def check(_instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        items = _validate.sequence_of(attribute.name, value, cls)
        if not isinstance(value, tuple):
            raise TypeError(
                f"{attribute.name} must be a tuple of {cls.__name__}, "
                f"got {_validate.describe(value)}"
            )
        if len(set(items)) != len(items):
            raise PolicyError(
                f"{attribute.name} lists an item twice: {value!r}", zh="清单中有重复的项目"
            )

    return check
