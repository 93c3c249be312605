"""The plan's numbers as one frozen, dated parameter set.

Rule code holds no number of the policy: it reads them from a :class:`PolicyParameters`.
Each field records, in its metadata, the clause it comes from and what it means, so a
report can show the basis of every figure. The default set is :data:`PLAN_2011`; a caller
who needs an amended rule builds another set with :func:`attrs.evolve` and passes it as
``params=`` to any calculation::

    >>> import attrs
    >>> amended = attrs.evolve(hp.PLAN_2011, street_recipients_per_staff=5000)
    >>> amended.street_recipients_per_staff
    5000
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any

import attrs

from . import _validate
from .clauses import CLAUSES, DOCUMENT
from .errors import PolicyError
from .units import Equipment

__all__ = ["PLAN_2011", "ParameterInfo", "PolicyParameters", "Rounding"]


class Rounding(enum.Enum):
    """How a staffing ratio that is not a whole number becomes a head count.

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
        return _ROUNDING_LABELS[self]

    def divide(self, numerator: int, denominator: int) -> int:
        """Return ``numerator / denominator`` rounded to a whole number under this rule.

        Integer arithmetic throughout, so the count is exact for any size of count.

        >>> hp.Rounding.CEILING.divide(45_000, 6000), hp.Rounding.FLOOR.divide(45_000, 6000)
        (8, 7)
        """
        if self is Rounding.CEILING:
            return -(-numerator // denominator)
        if self is Rounding.FLOOR:
            return numerator // denominator
        return (2 * numerator + denominator) // (2 * denominator)


_ROUNDING_LABELS = {
    Rounding.CEILING: "向上取整",
    Rounding.FLOOR: "向下取整",
    Rounding.HALF_UP: "四舍五入",
}


@attrs.frozen
class ParameterInfo:
    """Where one parameter comes from.

    Attributes:
        name: The field name on :class:`PolicyParameters`.
        value: Its value in the parameter set it was read from.
        clause: The clause id it comes from.
        description: What it means, in Chinese.
        adopted_reading: True where the number is the project's reading of a text that is
            silent or ambiguous, not a number the text states.
    """

    name: str
    value: Any
    clause: str
    description: str
    adopted_reading: bool = False


def _param(clause: str, description: str, *, adopted: bool = False, **kwargs: Any) -> Any:
    if clause not in CLAUSES:  # pragma: no cover - guards the table below
        raise AssertionError(f"unknown clause {clause}")
    metadata = {"clause": clause, "description": description, "adopted": adopted}
    return attrs.field(metadata=metadata, **kwargs)


def _positive_int(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    _validate.count(attribute.name, value, minimum=1)


def _non_negative_int(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    _validate.count(attribute.name, value, minimum=0)


def _money(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, Decimal):
        raise TypeError(f"{attribute.name} must be a Decimal amount in yuan, got {value!r}")
    _validate.money(attribute.name, value)


def _a_date(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    _validate.date(attribute.name, value)


def _quarter(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    _validate.count(attribute.name, value, minimum=1)
    if value > 4:
        raise PolicyError(f"{attribute.name} must be 1–4, got {value}")


def _district_names(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    # A district's full name ends with 区 and the bare name before it must be non-empty:
    # names are parsed by these, so a malformed entry would corrupt every parse.
    if not isinstance(value, tuple):
        raise TypeError(f"{attribute.name} must be a tuple of str, got {value!r}")
    for i, name in enumerate(value):
        _validate.han(f"{attribute.name}[{i}]", name, max_chars=30)
        if len(name) < 2 or not name.endswith("区"):
            raise PolicyError(
                f"{attribute.name}[{i}] must be a full name ending in 区 (e.g. '香洲区'), got {name!r}"
            )
    if len(set(value)) != len(value):
        raise PolicyError(f"{attribute.name} lists a name twice: {value!r}")


def _equipment_list(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, tuple) or not all(isinstance(e, Equipment) for e in value):
        raise TypeError(f"{attribute.name} must be a tuple of Equipment, got {value!r}")
    if len(set(value)) != len(value):
        raise PolicyError(f"{attribute.name} lists an item twice: {value!r}")


def _two_places(value: Decimal) -> Decimal:
    return value.quantize(_validate.CENT) if isinstance(value, Decimal) else value


@attrs.frozen(kw_only=True)
class PolicyParameters:
    """Every number the plan's rules use, with the date from which the set applies.

    Instances are immutable and validated on construction; derive an amended set with
    ``attrs.evolve(PLAN_2011, field=value)``. :meth:`describe` tells, for each field, the
    clause it comes from and whether it is an adopted reading.
    """

    title: str = attrs.field(validator=attrs.validators.instance_of(str))
    """Name of this parameter set."""
    source: str = attrs.field(validator=attrs.validators.instance_of(str))
    """The document the numbers come from."""
    effective_from: dt.date = attrs.field(validator=_a_date)
    """The date from which the set applies (the document's date for the 2011 plan)."""

    # 三（一）5 — staffing
    street_recipients_per_staff: int = _param(
        "三（一）5", "街道（镇）服务机构每多少名服务对象配备1名工作人员", validator=_positive_int
    )
    street_minimum_staff: int = _param(
        "三（一）5",
        "街道（镇）服务机构最少工作人员数（已设立的机构不能无人）",
        adopted=True,
        validator=_non_negative_int,
    )
    staff_rounding: Rounding = _param(
        "三（一）5",
        "服务对象数除以配比后的取整规则",
        adopted=True,
        validator=attrs.validators.instance_of(Rounding),
    )
    community_full_time_staff: int = _param(
        "三（一）5", "社区（村）服务机构原则上配备的专职工作人员数", validator=_positive_int
    )
    community_extra_staff_threshold: int = _param(
        "三（一）5",
        "社区（村）服务对象超过此数（不含本数）时可申请适当增加人员",
        validator=_non_negative_int,
    )

    # 三（五） — coordinator wage subsidies, per person per month
    city_subsidy_full_time: Decimal = _param(
        "三（五）",
        "市级财政对专职协理员每人每月工资补助（元）",
        validator=_money,
        converter=_two_places,
    )
    district_minimum_full_time: Decimal = _param(
        "三（五）",
        "区级财政对专职协理员每人每月配套工资经费下限（元，不少于）",
        validator=_money,
        converter=_two_places,
    )
    city_subsidy_part_time: Decimal = _param(
        "三（五）",
        "市级财政对兼职协理员每人每月工资补助（元）",
        validator=_money,
        converter=_two_places,
    )
    district_minimum_part_time: Decimal = _param(
        "三（五）",
        "区级财政对兼职协理员每人每月配套工资经费下限（元，不少于）",
        validator=_money,
        converter=_two_places,
    )
    months_per_year: int = _param(
        "三（五）", "按月补助折算全年时的月数", adopted=True, validator=_positive_int
    )

    # 三（二） — premises
    street_minimum_floor_area_m2: int = _param(
        "三（二）",
        "街道（镇）服务机构办公和服务场地建筑面积原则上不少于（平方米）",
        validator=_positive_int,
    )

    street_equipment: tuple[Equipment, ...] = _param(
        "三（二）",
        "街道（镇）服务机构必要的办公设备和服务设施（按三（二）所列顺序）：电脑、打印机、档案柜、传真机、LED电子显示屏、自助查询机",
        validator=_equipment_list,
    )
    community_equipment: tuple[Equipment, ...] = _param(
        "三（二）",
        "社区（村）服务机构必要的办公设施（按三（二）所列顺序）：电脑（网络设备）、档案柜、信息发布栏、打印机、电话、传真机",
        validator=_equipment_list,
    )

    # 四（二） — reporting
    report_working_days: int = _param(
        "四（二）", "每个季度结束后报送完成情况的期限（工作日）", validator=_positive_int
    )
    first_report_year: int = _param(
        "四（二）",
        "报送制度起始季度所在年份（从2011年12月起）",
        adopted=True,
        validator=_positive_int,
    )
    first_report_quarter: int = _param(
        "四（二）", "报送制度起始季度（2011年12月所在的第四季度）", adopted=True, validator=_quarter
    )

    # Milestones — "by the end of <month>" read as that month's last day (adopted reading 7)
    agencies_built_by: dt.date = _param(
        "二", "全市街道（镇）、社区（村）服务机构建设任务完成期限（2011年底前）", validator=_a_date
    )
    standardisation_by: dt.date = _param(
        "三（一）",
        "服务平台规范化建设基本完成期限（2011年12月底）",
        adopted=True,
        validator=_a_date,
    )
    renaming_by: dt.date = _param(
        "三（一）4", "街道（镇）、社区（村）服务机构更名完成期限（2011年底前）", validator=_a_date
    )
    staffing_by: dt.date = _param(
        "三（一）5",
        "服务机构工作人员配备完成期限（2012年6月底前）",
        adopted=True,
        validator=_a_date,
    )
    premises_by: dt.date = _param(
        "三（二）",
        "服务场所标准化建设基本达标期限（2012年8月底前）",
        adopted=True,
        validator=_a_date,
    )
    full_implementation_by: dt.date = _param(
        "二",
        "全面实现公共服务规范化、专业化、信息化、网络化的期限（2012年8月）",
        adopted=True,
        validator=_a_date,
    )

    # 三（一）4 — the districts a name may carry; Zhuhai's map as of the plan
    administrative_districts: tuple[str, ...] = _param(
        "三（一）4",
        "行政区（名称用“珠海市XX区…”格式），全称",
        adopted=True,
        validator=_district_names,
    )
    functional_zones: tuple[str, ...] = _param(
        "三（一）4",
        "横琴新区及经济功能区（区镇合一时名称用“珠海（市）XX经济功能区…”格式），全称",
        adopted=True,
        validator=_district_names,
    )

    def describe(self) -> Mapping[str, ParameterInfo]:
        """Return, for every rule parameter, its value here, clause and meaning.

        >>> hp.PLAN_2011.describe()["street_recipients_per_staff"].clause
        '三（一）5'
        """
        out: dict[str, ParameterInfo] = {}
        for field in attrs.fields(type(self)):
            if "clause" not in field.metadata:
                continue
            out[field.name] = ParameterInfo(
                name=field.name,
                value=getattr(self, field.name),
                clause=field.metadata["clause"],
                description=field.metadata["description"],
                adopted_reading=field.metadata["adopted"],
            )
        return MappingProxyType(out)

    def clause_of(self, name: str) -> str:
        """Return the clause id the parameter *name* comes from."""
        try:
            return self.describe()[name].clause
        except KeyError:
            raise PolicyError(
                f"no parameter {name!r}; known: {', '.join(self.describe())}"
            ) from None


PLAN_2011 = PolicyParameters(
    title="珠海市乡镇街道人力资源社会保障公共服务平台建设实施方案（2011）",
    source=DOCUMENT,
    effective_from=dt.date(2011, 11, 23),
    street_recipients_per_staff=6000,
    street_minimum_staff=1,
    staff_rounding=Rounding.CEILING,
    community_full_time_staff=1,
    community_extra_staff_threshold=8000,
    city_subsidy_full_time=Decimal("1000.00"),
    district_minimum_full_time=Decimal("1000.00"),
    city_subsidy_part_time=Decimal("800.00"),
    district_minimum_part_time=Decimal("800.00"),
    months_per_year=12,
    street_minimum_floor_area_m2=300,
    street_equipment=(
        Equipment.COMPUTER,
        Equipment.PRINTER,
        Equipment.FILING_CABINET,
        Equipment.FAX,
        Equipment.LED_DISPLAY,
        Equipment.SELF_SERVICE_KIOSK,
    ),
    community_equipment=(
        Equipment.COMPUTER,
        Equipment.FILING_CABINET,
        Equipment.NOTICE_BOARD,
        Equipment.PRINTER,
        Equipment.TELEPHONE,
        Equipment.FAX,
    ),
    report_working_days=5,
    first_report_year=2011,
    first_report_quarter=4,
    agencies_built_by=dt.date(2011, 12, 31),
    standardisation_by=dt.date(2011, 12, 31),
    renaming_by=dt.date(2011, 12, 31),
    staffing_by=dt.date(2012, 6, 30),
    premises_by=dt.date(2012, 8, 31),
    full_implementation_by=dt.date(2012, 8, 31),
    administrative_districts=("香洲区", "斗门区", "金湾区"),
    functional_zones=("横琴新区", "高栏港经济区", "万山海洋开发试验区", "高新区"),
)
"""The plan as published on 2011-11-23, with the project's adopted readings."""
