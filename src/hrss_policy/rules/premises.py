"""Premises standards of 三（二） (推进服务场所标准化建设).

A street/town agency's office and service floor area is in principle at least 300 m²
(R8), with external service windows and six items of equipment; a community/village
station has a dedicated office (or shares the community multi-purpose service platform's),
service windows and six items of equipment. The equipment the clause lists after 包括 is
all required by default; a caller may read the list as a guide, a missing item then a
remark (R18, ``params.equipment_list``). Each requirement gives one
:class:`~hrss_policy.Finding`; what was not reported is unverified, never met.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import attrs

from ..core import validate as _validate
from ..core import zh as _zh
from ..core.citing import Cited
from ..errors import PolicyError
from ..plan.clauses import PREMISES, cites
from ..plan.evidence import evidence, evidence_of
from ..plan.findings import Finding, make
from ..plan.parameter_types import EquipmentList
from ..plan.parameters import PLAN_2011, PolicyParameters, check_params
from ..plan.register import due_of
from ..plan.status import Status
from ..plan.units import Equipment, Level, UnitKind, level_of

__all__ = ["Premises", "PremisesCheck", "check_premises"]

#: The largest floor area accepted, in m²: larger than any building, small enough for a
#: message to stay short.
MAX_AREA = Decimal(10**9)


def _area(value: Any) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, Decimal | int):
        raise TypeError(
            f"floor_area_m2 must be a Decimal or int number of m², or None, got "
            f"{_validate.describe(value)}"
        )
    area = Decimal(value)
    if not area.is_finite() or area < 0 or area > MAX_AREA:
        raise PolicyError(
            f"floor_area_m2 must be a finite number from 0 to {MAX_AREA}, got "
            f"{_validate.shown_amount(value)}",
            zh=f"建筑面积应为0至{MAX_AREA}平方米之间的数，收到{_validate.shown_amount(value, zh=True)}",
        )
    return area


def _equipment(value: Any) -> frozenset[Equipment] | None:
    if value is None:
        return None
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):
        raise TypeError(
            f"equipment must be an iterable of Equipment, got {_validate.describe(value)}"
        )
    items = tuple(value)
    for item in items:
        if not isinstance(item, Equipment):
            raise TypeError(
                f"equipment items must be Equipment (use Equipment.from_label for text), "
                f"got {_validate.describe(item)}"
            )
    return frozenset(items)


_OPTIONAL_BOOL = _validate.v_optional(_validate.v_bool)


@evidence_of
@attrs.frozen(cache_hash=True)
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

    floor_area_m2: Decimal | None = evidence(
        "建筑面积",
        kind="number",
        label="建筑面积",
        description="办公和服务场地建筑面积（平方米）",
        default=None,
        converter=_area,
    )
    service_windows: int | None = evidence(
        "服务窗口",
        kind="count",
        label="服务窗口数",
        description="服务窗口数",
        default=None,
        validator=_validate.v_optional(_validate.v_count()),
    )
    equipment: frozenset[Equipment] | None = evidence(
        "设备",
        "办公设备",
        kind="equipment",
        description="已配备的设备，以、或；分隔",
        default=None,
        converter=_equipment,
    )
    dedicated_office: bool | None = evidence(
        "专门办公室",
        kind="yes_no",
        description="是否设立专门办公室（是/否）",
        default=None,
        validator=_OPTIONAL_BOOL,
    )
    co_located: bool | None = evidence(
        "合署办公",
        kind="yes_no",
        description="是否与社区多功能服务平台合署办公（是/否）",
        default=None,
        validator=_OPTIONAL_BOOL,
    )


@cites(PREMISES)
@attrs.frozen
class PremisesCheck(Cited):
    """A unit's premises against its level's standard under 三（二）.

    Attributes:
        level: The level whose standard was applied.
        premises: What was checked.
        findings: One finding per requirement of the level, in the register's order.
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

    @property
    def passed(self) -> bool:
        """True when every requirement was verified and met."""
        return all(f.status is Status.MET for f in self.findings)

    def explain(self) -> str:
        """The check in Chinese: the standard, then one sentence per requirement.

        >>> print(hp.check_premises(hp.Level.STREET_TOWN, hp.Premises(floor_area_m2=250)).explain())
        依据三（二），街道（镇）服务机构的服务场所应于2012年8月31日前基本达标。
        【不达标】建筑面积250平方米，低于原则上不少于300平方米的标准，差50平方米，依据三（二）应于2012年8月31日前达标。
        【未核实】未报送对外服务窗口数量，无法核实是否设置对外服务窗口，依据三（二）应于2012年8月31日前达标。
        【未核实】未报送设备配备情况，无法核实电脑、打印机、档案柜、传真机、LED电子显示屏、自助查询机是否配齐，依据三（二）应于2012年8月31日前达标。
        """
        head = f"依据{PREMISES}，{self.level.label}的服务场所应于{_zh.date(self.due)}前基本达标。"
        return "\n".join([head, *(f.explain() for f in self.findings)])


def equipment_label(item: Equipment, level: Level) -> str:
    """The item as 三（二） names it for *level* (电脑（网络设备） for a station's computers)."""
    if item is Equipment.COMPUTER and level is Level.COMMUNITY_VILLAGE:
        return "电脑（网络设备）"
    return item.label


_LISTS: dict[tuple[Level, tuple[Equipment, ...]], str] = {}


def _listed(level: Level, items: tuple[Equipment, ...]) -> str:
    """``电脑、打印机、档案柜``: items named for *level*, memoized (lists repeat)."""
    key = (level, items)
    text = _LISTS.get(key)
    if text is None:
        text = _zh.enumerate_items([equipment_label(e, level) for e in items])
        if len(_LISTS) < 1024:
            _LISTS[key] = text
    return text


@cites(PremisesCheck)
def check_premises(
    unit: Level | UnitKind,
    premises: Premises | None,
    *,
    as_of: dt.date | None = None,
    params: PolicyParameters = PLAN_2011,
) -> PremisesCheck:
    """Check a unit's premises against the standard of 三（二） for its level.

    Args:
        unit: The unit's :class:`Level`, or its :class:`UnitKind` (whose level is used).
        premises: What is known of the premises; a ``None`` field (or ``None`` for the
            whole) is reported as unverified.
        as_of: The inspection date stamped on the findings (R10), or ``None``.
        params: The parameter set to apply; defaults to the 2011 plan.

    Raises:
        TypeError: an argument has the wrong type.

    >>> c = hp.check_premises(hp.Level.STREET_TOWN, hp.Premises(floor_area_m2=250, service_windows=2))
    >>> c.passed
    False
    >>> print(c.findings[0])
    【不达标】建筑面积250平方米，低于原则上不少于300平方米的标准，差50平方米，依据三（二）应于2012年8月31日前达标。
    """
    level = level_of("unit", unit)
    given = Premises() if premises is None else _validate.instance("premises", premises, Premises)
    check_params(params)
    if as_of is not None:
        _validate.date("as_of", as_of)
    return assess(level, given, as_of, params)


_NO_PREMISES = Premises()


def assess(
    level: Level, given: Premises | None, as_of: dt.date | None, params: PolicyParameters
) -> PremisesCheck:
    """:func:`check_premises` on arguments already checked: the rule's one fast path, which the public check and the inspection (:func:`~hrss_policy.inspect_unit`) both call."""
    if given is None:
        given = _NO_PREMISES
    due = due_of("premises.windows", params)
    findings = []
    if level is Level.STREET_TOWN:
        findings.append(_floor_area(given.floor_area_m2, params, due, as_of))
        window, required = "对外服务窗口", params.street_equipment
    else:
        findings.append(_office(given, due, as_of))
        window, required = "服务窗口", params.community_equipment
    if given.service_windows is None:
        windows = Status.UNVERIFIED
    else:
        windows = Status.MET if given.service_windows > 0 else Status.NOT_MET
    facts = {"window": window, "count": str(given.service_windows)}
    findings.append(make("premises.windows", windows, facts, due=due, as_of=as_of))
    names = _listed(level, required)
    missing: tuple[Equipment, ...] = ()
    note = None
    if given.equipment is None:
        status = Status.UNVERIFIED
    else:
        missing = tuple(e for e in required if e not in given.equipment)
        status = Status.NOT_MET if missing else Status.MET
        present = tuple(e for e in required if e in given.equipment)
        if missing and present and params.equipment_list is EquipmentList.GUIDE:
            # The list as a guide (R18's alternative): what is there is necessary
            # equipment; a missing item is a remark. With none at all, nothing is there.
            status, names = Status.MET, _listed(level, present)
            note = f"未配备{_listed(level, missing)}，按所选解读所列设备仅作参考，不影响达标"
    facts = {
        "required": names,
        "missing": _listed(level, missing),
    }
    findings.append(make("premises.equipment", status, facts, due=due, as_of=as_of, note=note))
    return PremisesCheck(
        level=level, premises=given, findings=tuple(findings), missing_equipment=missing, due=due
    )


def _floor_area(
    area: Decimal | None, params: PolicyParameters, due: dt.date, as_of: dt.date | None
) -> Finding:
    minimum = params.street_minimum_floor_area_m2
    facts = {"minimum": _zh.area(minimum)}
    if area is None:
        return make("premises.floor_area", Status.UNVERIFIED, facts, due=due, as_of=as_of)
    facts["area"] = _zh.area(area)
    if area >= minimum:
        return make("premises.floor_area", Status.MET, facts, due=due, as_of=as_of)
    with _validate.money_context():
        facts["gap"] = _zh.area(minimum - area)
    return make("premises.floor_area", Status.NOT_MET, facts, due=due, as_of=as_of)


def _office(premises: Premises, due: dt.date, as_of: dt.date | None) -> Finding:
    office, shared = premises.dedicated_office, premises.co_located
    if office or shared:
        how = "设有专门办公室" if office else "与社区多功能服务平台合署办公"
        return make("premises.office", Status.MET, {"how": how}, due=due, as_of=as_of)
    if office is False and shared is False:
        return make("premises.office", Status.NOT_MET, due=due, as_of=as_of)
    # One of the two not reported and the other not true: whether the station has an
    # office is unknown, never assumed.
    return make("premises.office", Status.UNVERIFIED, due=due, as_of=as_of)
