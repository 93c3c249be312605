"""Premises standards of 三（二） (推进服务场所标准化建设).

A street/town agency's office and service floor area is in principle at least 300 m²,
with external service windows and six items of equipment; a community/village station
has a dedicated office (or shares the community multi-purpose service platform's), service
windows and six items of equipment. Each shortcoming is a :class:`~hrss_policy.Finding`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import attrs

from . import _validate
from ._old_findings import Finding, Severity
from .errors import PolicyError
from .parameters import PLAN_2011, PolicyParameters
from .units import Equipment, Level, UnitKind

__all__ = ["Premises", "PremisesAssessment", "assess_premises"]

CLAUSE = "三（二）"


def _area(value: Any) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise TypeError(
            f"floor_area_m2 must be a Decimal or int number of m², or None, got {value!r} "
            f"({type(value).__name__})"
        )
    area = Decimal(value)
    if not area.is_finite() or area < 0:
        raise PolicyError(f"floor_area_m2 must be a finite number ≥ 0, got {value}")
    return area


def _optional_count(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        _validate.count(attribute.name, value)


def _optional_bool(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, bool):
        raise TypeError(f"{attribute.name} must be True, False or None, got {value!r}")


def _equipment(value: Any) -> frozenset[Equipment] | None:
    if value is None:
        return None
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise TypeError(
            f"equipment must be an iterable of Equipment, got {value!r} ({type(value).__name__})"
        )
    items = tuple(value)
    for item in items:
        if not isinstance(item, Equipment):
            raise TypeError(
                f"equipment items must be Equipment (use Equipment.from_label for text), got {item!r}"
            )
    return frozenset(items)


@attrs.frozen
class Premises:
    """What is known of a unit's premises. ``None`` means "not reported".

    Args:
        floor_area_m2: Office and service floor area in m² (``Decimal`` or ``int``).
        service_windows: Number of service windows (对外服务窗口 / 服务窗口).
        equipment: The items of equipment present (an empty set: none at all).
        dedicated_office: Whether a station has its own office (专门办公室).
        co_located: Whether a station shares the community multi-purpose service
            platform's office (与社区多功能服务平台合署办公).
    """

    floor_area_m2: Decimal | None = attrs.field(default=None, converter=_area)
    service_windows: int | None = attrs.field(default=None, validator=_optional_count)
    equipment: frozenset[Equipment] | None = attrs.field(default=None, converter=_equipment)
    dedicated_office: bool | None = attrs.field(default=None, validator=_optional_bool)
    co_located: bool | None = attrs.field(default=None, validator=_optional_bool)


@attrs.frozen
class PremisesAssessment:
    """A unit's premises assessed against its level's standard under 三（二）.

    Attributes:
        level: The level whose standard was applied.
        premises: What was assessed.
        findings: Every shortcoming or unverified requirement, in order.
        missing_equipment: Required items not present, in the order the parameter set
            lists them (for the 2011 plan, the order of 三（二）).
        due: The date by which premises were to meet the standard.
        clauses: The clause ids applied.
    """

    level: Level
    premises: Premises
    findings: tuple[Finding, ...]
    missing_equipment: tuple[Equipment, ...]
    due: dt.date
    clauses: tuple[str, ...]

    @property
    def meets_standard(self) -> bool:
        """True when every requirement was verified and met."""
        return not self.findings

    def explain(self) -> str:
        """Return the assessment in Chinese, a line per requirement that falls short."""
        head = f"{self.level.label}服务场所标准（{CLAUSE}），{self.due.isoformat()} 前基本达标："
        if not self.findings:
            return head + "\n全部达标"
        return "\n".join(
            [head, *(f"[{f.severity.label}] {f.topic}：{f.message}" for f in self.findings)]
        )


def assess_premises(
    unit: Level | UnitKind, premises: Premises, *, params: PolicyParameters = PLAN_2011
) -> PremisesAssessment:
    """Assess a unit's premises against the standard of 三（二） for its level.

    Args:
        unit: The unit's :class:`Level`, or its :class:`UnitKind` (whose level is used).
        premises: What is known of the premises; a ``None`` field is reported as unverified.
        params: The parameter set to apply; defaults to the 2011 plan.

    Raises:
        TypeError: an argument has the wrong type.

    >>> a = hp.assess_premises(hp.Level.STREET_TOWN, hp.Premises(floor_area_m2=250, service_windows=2))
    >>> a.meets_standard
    False
    >>> print(a.findings[0])
    [不达标] 建筑面积：250 m²，原则上不少于 300 m²，差 50 m²（三（二），应于 2012-08-31 前完成）
    """
    level = unit.level if isinstance(unit, UnitKind) else unit
    if not isinstance(level, Level):
        raise TypeError(f"unit must be a Level or UnitKind, got {unit!r}")
    if not isinstance(premises, Premises):
        raise TypeError(f"premises must be a Premises, got {type(premises).__name__}")
    findings: list[Finding] = []

    def shortfall(topic: str, message: str) -> None:
        findings.append(Finding(CLAUSE, topic, message, due=params.premises_due))

    def unverified(topic: str, message: str) -> None:
        findings.append(
            Finding(CLAUSE, topic, message, Severity.UNVERIFIED, due=params.premises_due)
        )

    if level is Level.STREET_TOWN:
        minimum = params.street_minimum_floor_area_m2
        area = premises.floor_area_m2
        if area is None:
            unverified("建筑面积", f"未提供建筑面积，标准为原则上不少于 {minimum} m²")
        elif area < minimum:
            shortfall("建筑面积", f"{area} m²，原则上不少于 {minimum} m²，差 {minimum - area} m²")
        window_topic = "对外服务窗口"
        required = params.street_equipment
    else:
        office, shared = premises.dedicated_office, premises.co_located
        if office is None and shared is None:
            unverified("办公室", "未提供是否设立专门办公室或与社区多功能服务平台合署办公")
        elif not office and not shared:
            shortfall("办公室", "未设立专门办公室，也未与社区多功能服务平台合署办公")
        window_topic = "服务窗口"
        required = params.community_equipment
    if premises.service_windows is None:
        unverified(window_topic, f"未提供{window_topic}数量，标准为应当设置")
    elif premises.service_windows == 0:
        shortfall(window_topic, f"未设置{window_topic}")
    present = premises.equipment
    missing: tuple[Equipment, ...] = ()
    if present is None:
        unverified("办公设备和服务设施", "未提供设备配备情况")
    else:
        missing = tuple(e for e in required if e not in present)
    if missing:
        names = "、".join(_label(e, level) for e in missing)
        shortfall("办公设备和服务设施", f"缺少{names}")
    return PremisesAssessment(
        level=level,
        premises=premises,
        findings=tuple(findings),
        missing_equipment=missing,
        due=params.premises_due,
        clauses=(CLAUSE,),
    )


def _label(item: Equipment, level: Level) -> str:
    if item is Equipment.COMPUTER and level is Level.COMMUNITY_VILLAGE:
        return "电脑（网络设备）"
    return item.label
