"""The plan's numbers and adopted readings as one frozen, dated parameter set.

Rule code holds no number of the policy: it reads them from a :class:`PolicyParameters`.
Each field records, in its metadata, the clause it comes from, what it means, its unit
and, where the value is the project's reading of a silent or ambiguous text, the id of
that reading in :data:`~hrss_policy.plan.readings.READINGS` (``parameter_fields``
declares a field so; :mod:`.parameter_types` holds the types its values take). The default set is
:data:`PLAN_2011`; a caller who needs an amended rule or another reading builds another
set with :func:`attrs.evolve` and passes it as ``params=`` to any calculation::

    >>> import attrs
    >>> import hrss_policy as hp
    >>> amended = attrs.evolve(hp.PLAN_2011, street_recipients_per_staff=5000)
    >>> amended.street_recipients_per_staff
    5000
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from ..core import validate as _validate
from ..errors import NotApplicableError, PolicyError
from .clauses import (
    ACCOUNTABILITY,
    DOCUMENT,
    FUNDING,
    GOALS,
    INFORMATIZATION,
    NAMES,
    PREMISES,
    SERVICE,
    STAFFING,
    STANDARDIZATION,
)
from .parameter_fields import choice as _choice
from .parameter_fields import count as _count
from .parameter_fields import due as _due
from .parameter_fields import money as _money
from .parameter_fields import param as _param
from .parameter_fields import parameter_info
from .parameter_types import (
    AreaPlaces,
    CountFrom,
    DistrictMinimumBasis,
    EquipmentList,
    FullTimeEvidence,
    OverQuota,
    ParameterInfo,
    Rounding,
    SlowProgress,
    StaffCounted,
    area_map_validator,
    district_names_validator,
    members_validator,
    quarter_validator,
    rate_validator,
)
from .units import BusinessSystem, Equipment, OnlineService

__all__ = [
    "PLAN_2011",
    "PolicyParameters",
]


@attrs.frozen(kw_only=True, cache_hash=True)
class PolicyParameters:
    """Every number and adopted reading the plan's rules use, with the date it applies from.

    Instances are immutable and validated on construction; derive an amended set with
    ``attrs.evolve(PLAN_2011, field=value)``. :meth:`info` tells, for each field, its
    clause, meaning, unit and whether it is an adopted reading. Calculations dated before
    :attr:`effective_from` are refused (:meth:`require_in_force`).
    """

    title: str = attrs.field(validator=_validate.v_text)
    """Name of this parameter set."""
    source: str = attrs.field(validator=_validate.v_text)
    """The document the numbers come from."""
    effective_from: dt.date = attrs.field(validator=_validate.v_date)
    """The date from which the set applies (the document's date for the 2011 plan)."""

    # 三（一）5 — staffing
    street_recipients_per_staff: int = _count(
        STAFFING, "街道（镇）服务机构每多少名服务对象配备1名工作人员", "名服务对象"
    )
    street_minimum_staff: int = _count(
        STAFFING, "街道（镇）服务机构最少工作人员数", "人", minimum=0, reading="R1"
    )
    staff_rounding: Rounding = _choice(
        STAFFING, "服务对象数除以配比后的取整规则", Rounding, reading="R1"
    )
    community_full_time_staff: int = _count(
        STAFFING, "社区（村）服务机构原则上配备的专职工作人员数", "人", reading="R8"
    )
    community_extra_staff_threshold: int = _count(
        STAFFING,
        "社区（村）服务对象超过此数（不含本数）时可申请适当增加人员",
        "名服务对象",
        minimum=0,
        reading="R2",
    )
    over_quota_unapproved: OverQuota = _choice(
        STAFFING, "超出定额且未见批准的人员如何记录", OverQuota, reading="R11"
    )
    station_full_time_evidence: FullTimeEvidence = _choice(
        STAFFING, "社区（村）服务机构配有专职工作人员的依据", FullTimeEvidence, reading="R12"
    )
    station_staff_counted: StaffCounted = _choice(
        STAFFING, "社区（村）服务机构计入人员定额的人员", StaffCounted, reading="R21"
    )

    # 三（五） — coordinator wage subsidies, per person per month
    city_subsidy_full_time: Decimal = _money(
        "city_subsidy_full_time", FUNDING, "市级财政对专职协理员每人每月的工资补助"
    )
    district_minimum_full_time: Decimal = _money(
        "district_minimum_full_time", FUNDING, "区级财政对专职协理员每月配套工资经费的下限"
    )
    city_subsidy_part_time: Decimal = _money(
        "city_subsidy_part_time", FUNDING, "市级财政对兼职协理员每人每月的工资补助"
    )
    district_minimum_part_time: Decimal = _money(
        "district_minimum_part_time", FUNDING, "区级财政对兼职协理员每月配套工资经费的下限"
    )
    district_minimum_basis: DistrictMinimumBasis = _choice(
        FUNDING, "区级配套工资经费下限的计算单位", DistrictMinimumBasis, reading="R13"
    )
    full_time_public_servant_paid: bool = _param(
        FUNDING,
        "属于公职人员的专职协理员是否按专职人数计算补助",
        reading="R3",
        validator=_validate.v_bool,
    )
    months_per_year: int = _count(FUNDING, "按月补助折算全年时的月数", "月", reading="R17")

    # 三（二） — premises
    street_minimum_floor_area_m2: int = _count(
        PREMISES, "街道（镇）服务机构办公和服务场地建筑面积原则上不少于", "平方米", reading="R8"
    )
    street_equipment: tuple[Equipment, ...] = _param(
        PREMISES,
        "街道（镇）服务机构必要的办公设备和服务设施（按三（二）所列顺序）",
        validator=members_validator(Equipment),
    )
    community_equipment: tuple[Equipment, ...] = _param(
        PREMISES,
        "社区（村）服务机构必要的办公设施（按三（二）所列顺序）",
        validator=members_validator(Equipment),
    )
    equipment_list: EquipmentList = _choice(
        PREMISES, "三（二）“包括……等”所列设备是否均须配备", EquipmentList, reading="R18"
    )

    # 三（三） — information systems
    business_systems: tuple[BusinessSystem, ...] = _param(
        INFORMATIZATION,
        "街道（镇）服务机构应完善的业务管理信息系统",
        validator=members_validator(BusinessSystem),
    )
    community_business_systems: tuple[BusinessSystem, ...] = _param(
        INFORMATIZATION,
        "社区（村）服务机构应有的业务管理信息系统",
        reading="R19",
        validator=members_validator(BusinessSystem),
    )
    network_in_place: bool = _param(
        INFORMATIZATION,
        "四级联网和统一业务软件是否按方案所述已经实现（未报送相反情况即为达标）",
        reading="R20",
        validator=_validate.v_bool,
    )
    online_services: tuple[OnlineService, ...] = _param(
        INFORMATIZATION, "电子政务应增加的服务项目", validator=members_validator(OnlineService)
    )

    # 四（二） — reporting and bulletins; 三（四） — service time limits
    report_working_days: int = _count(
        ACCOUNTABILITY, "每个季度结束后报送完成情况的期限", "个工作日"
    )
    report_count_from: CountFrom = _choice(
        ACCOUNTABILITY, "报送期限的起算方式", CountFrom, reading="R6"
    )
    first_report_year: int = _count(ACCOUNTABILITY, "报送制度起始季度所在年份", "年", reading="R6")
    first_report_quarter: int = _param(
        ACCOUNTABILITY, "报送制度起始季度", "季度", reading="R6", validator=quarter_validator
    )
    slow_progress: SlowProgress = _choice(
        ACCOUNTABILITY, "通报批评“完成进度较慢”的认定方式", SlowProgress, reading="R9"
    )
    slow_progress_count: int = _count(
        ACCOUNTABILITY, "按最慢认定时通报的区数", "个区", reading="R9"
    )
    slow_progress_rate: Fraction = _param(
        ACCOUNTABILITY, "按固定完成率认定时的完成率下限", reading="R9", validator=rate_validator
    )
    undated_requirements_due: bool = _param(
        ACCOUNTABILITY,
        "没有期限的结论是否在任何检查日期都计入应完成项",
        reading="R10",
        validator=_validate.v_bool,
    )
    unverified_counts_as_not_met: bool = _param(
        ACCOUNTABILITY,
        "认定“完成进度较慢”时未核实的要求是否按未完成计",
        reading="R24",
        validator=_validate.v_bool,
    )
    incomplete_reporting_share: Fraction = _param(
        ACCOUNTABILITY,
        "应完成的要求中未核实的超过此比例时，该区以“报送不全”另行通报",
        reading="R24",
        validator=rate_validator,
    )
    early_report_on_time: bool = _param(
        ACCOUNTABILITY,
        "季度结束前（含最后一日）的报送是否按按时报送计",
        reading="R25",
        validator=_validate.v_bool,
    )
    service_count_from: CountFrom = _choice(
        SERVICE, "限时办结时限的起算方式", CountFrom, reading="R15"
    )

    # Milestones: "by the end of <month>" read as that month's last day (R7)
    agencies_built_due: dt.date = _due(GOALS, "全市街道（镇）、社区（村）服务机构建设任务完成期限")
    standardization_due: dt.date = _due(
        STANDARDIZATION, "服务平台规范化建设基本完成期限", reading="R7"
    )
    renaming_due: dt.date = _due(NAMES, "街道（镇）、社区（村）服务机构更名完成期限")
    staffing_due: dt.date = _due(STAFFING, "服务机构工作人员配备完成期限", reading="R7")
    premises_due: dt.date = _due(PREMISES, "服务场所标准化建设基本达标期限", reading="R7")
    full_implementation_due: dt.date = _due(
        GOALS, "全面实现公共服务规范化、专业化、信息化、网络化的期限", reading="R7"
    )
    informatization_due: dt.date = _due(
        INFORMATIZATION, "信息化基础建设各项要求的完成期限", reading="R16"
    )
    professionalization_due: dt.date = _due(
        SERVICE, "公共服务专业化建设各项要求的完成期限", reading="R16"
    )
    training_first_due: dt.date = _due(
        SERVICE, "首个年度轮训的完成期限（以后各年度为当年同月同日）", reading="R22"
    )
    filing_due: dt.date = _due(
        STAFFING, "社区（村）服务机构工作人员报市劳动就业服务中心备案的期限", reading="R23"
    )
    funding_due: dt.date = _due(
        FUNDING, "工作经费列入预算、区级配套工资经费到位的期限", reading="R23"
    )

    # 三（一）4 — the districts a name may carry; Zhuhai's map as of the plan
    administrative_districts: tuple[str, ...] = _param(
        NAMES,
        "行政区（名称用“珠海市XX区…”格式）的全称",
        reading="R4",
        validator=district_names_validator,
    )
    functional_zones: tuple[str, ...] = _param(
        NAMES,
        "横琴新区及经济功能区（区镇合一时名称用“珠海（市）XX经济功能区…”格式）的全称",
        reading="R4",
        validator=district_names_validator,
    )
    zone_may_use_town_name: bool = _param(
        NAMES, "区镇合一的功能区是否也可以镇名命名", reading="R14", validator=_validate.v_bool
    )
    area_map: tuple[AreaPlaces, ...] = _param(
        NAMES,
        "各区、功能区下辖的街道和镇，以及区镇合一的功能区所合的镇（2011年）",
        reading="R26",
        validator=area_map_validator,
    )

    def __attrs_post_init__(self) -> None:
        # Only a zone is merged with a town: checked on every set, amended ones included.
        # An area the map holds that the set no longer lists is left unused (the map of a
        # set whose districts were redrawn need not be redrawn with them).
        for a in self.area_map:
            if a.merged_town is not None and a.area in self.administrative_districts:
                raise PolicyError(
                    f"area_map gives {a.area!r} a merged town, but only a functional zone is "
                    "merged with its town (区镇合一)",
                    zh=f"只有经济功能区可以区镇合一，“{a.area}”是行政区",
                )

    def info(self) -> Mapping[str, ParameterInfo]:
        """Return, for every rule parameter, its value here, clause, meaning and unit.

        >>> info = hp.PLAN_2011.info()["street_recipients_per_staff"]
        >>> info.clause, info.value, info.unit
        ('三（一）5', 6000, '名服务对象')
        """
        return parameter_info(self)

    def __repr__(self) -> str:
        """``PLAN_2011`` for the plan as published, else the amendment that makes this set.

        A signature shows ``params=PLAN_2011`` rather than three kilobytes of fields, and an
        amended set says what differs, as an expression that rebuilds it:
        ``attrs.evolve(PLAN_2011, street_recipients_per_staff=5000)``.
        """
        base = _NAMED.get("PLAN_2011")
        if base is None:  # while PLAN_2011 itself is being built
            fields = ", ".join(
                f"{f.name}={getattr(self, f.name)!r}" for f in attrs.fields(PolicyParameters)
            )
            return f"PolicyParameters({fields})"
        if self == base:
            return "PLAN_2011"
        changed = ", ".join(
            f"{f.name}={getattr(self, f.name)!r}"
            for f in attrs.fields(PolicyParameters)
            if getattr(self, f.name) != getattr(base, f.name)
        )
        return f"attrs.evolve(PLAN_2011, {changed})"

    def clause_of(self, name: str) -> str:
        """Return the clause id the parameter *name* comes from."""
        _validate.text("name", name)
        info = self.info()
        if name not in info:
            raise PolicyError(
                f"no parameter {_validate.shown(name)}; known: {', '.join(info)}",
                zh=f"没有名为{_validate.shown_zh(name)}的参数",
            )
        return info[name].clause

    def require_in_force(self, name: str, day: dt.date) -> dt.date:
        """Return *day* if this parameter set applies on it; refuse an earlier date.

        Raises:
            NotApplicableError: *day* is before :attr:`effective_from`.
        """
        _validate.date(name, day)
        if day < self.effective_from:
            raise NotApplicableError(
                f"{name}={day.isoformat()} is before {self.effective_from.isoformat()}, the "
                f"date from which {self.title} applies",
                zh=f"{day.year}年{day.month}月{day.day}日早于《{self.title}》的施行日期"
                f"{self.effective_from.year}年{self.effective_from.month}月"
                f"{self.effective_from.day}日，该方案尚不适用",
            )
        return day


# A refused amendment names the parameter in Chinese by what it means (its description).
_validate.LABELS.update(
    (f.name, f"参数“{f.metadata['description']}”")
    for f in attrs.fields(PolicyParameters)
    if "description" in f.metadata
)


def check_params(params: Any) -> PolicyParameters:
    """Return *params* if it is a :class:`PolicyParameters`; a ``TypeError`` if not.

    Every calculation calls this at its door, so ``params=None`` fails there, naming the
    argument, not deep inside with an ``AttributeError``.
    """
    if not isinstance(params, PolicyParameters):
        raise TypeError(
            f"params must be a PolicyParameters (e.g. hrss_policy.PLAN_2011, or "
            f"attrs.evolve(PLAN_2011, ...)), got {_validate.describe(params)}"
        )
    return params


PLAN_2011 = PolicyParameters(
    title="珠海市乡镇街道人力资源社会保障公共服务平台建设实施方案（2011）",
    source=DOCUMENT,
    effective_from=dt.date(2011, 11, 23),
    street_recipients_per_staff=6000,
    street_minimum_staff=1,
    staff_rounding=Rounding.CEILING,
    community_full_time_staff=1,
    community_extra_staff_threshold=8000,
    over_quota_unapproved=OverQuota.APPROVAL_NOT_MET,
    station_full_time_evidence=FullTimeEvidence.ROSTER,
    station_staff_counted=StaffCounted.FULL_TIME_HEADS,
    city_subsidy_full_time=Decimal("1000.00"),
    district_minimum_full_time=Decimal("1000.00"),
    city_subsidy_part_time=Decimal("800.00"),
    district_minimum_part_time=Decimal("800.00"),
    district_minimum_basis=DistrictMinimumBasis.PER_COORDINATOR,
    full_time_public_servant_paid=True,
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
    equipment_list=EquipmentList.REQUIRED,
    business_systems=tuple(BusinessSystem),
    # R19: a station assists with the duties of 三（一）1, which do not include 劳动监察.
    community_business_systems=tuple(
        s for s in BusinessSystem if s is not BusinessSystem.LABOR_INSPECTION
    ),
    network_in_place=True,
    online_services=tuple(OnlineService),
    report_working_days=5,
    report_count_from=CountFrom.NEXT_DAY,
    first_report_year=2011,
    first_report_quarter=4,
    slow_progress=SlowProgress.BELOW_CITY_RATE,
    slow_progress_count=1,
    slow_progress_rate=Fraction(1),
    undated_requirements_due=False,
    unverified_counts_as_not_met=False,
    incomplete_reporting_share=Fraction(1, 2),
    early_report_on_time=False,
    service_count_from=CountFrom.NEXT_DAY,
    agencies_built_due=dt.date(2011, 12, 31),
    standardization_due=dt.date(2011, 12, 31),
    renaming_due=dt.date(2011, 12, 31),
    staffing_due=dt.date(2012, 6, 30),
    premises_due=dt.date(2012, 8, 31),
    full_implementation_due=dt.date(2012, 8, 31),
    informatization_due=dt.date(2012, 8, 31),
    professionalization_due=dt.date(2012, 8, 31),
    training_first_due=dt.date(2012, 12, 31),
    filing_due=dt.date(2012, 6, 30),
    funding_due=dt.date(2012, 8, 31),
    administrative_districts=("香洲区", "斗门区", "金湾区"),
    functional_zones=("横琴新区", "高栏港经济区", "万山海洋开发试验区", "高新区"),
    zone_may_use_town_name=True,
    area_map=(
        AreaPlaces(
            "香洲区",
            streets=("拱北", "吉大", "翠香", "香湾", "梅华", "前山", "湾仔", "狮山"),
            towns=("南屏",),
        ),
        AreaPlaces("斗门区", streets=("白藤",), towns=("井岸", "白蕉", "斗门", "乾务", "莲洲")),
        AreaPlaces("金湾区", towns=("三灶", "红旗")),
        AreaPlaces("横琴新区", merged_town="横琴"),
        AreaPlaces("高栏港经济区", towns=("平沙", "南水")),
        AreaPlaces("万山海洋开发试验区", towns=("万山", "桂山", "担杆")),
        AreaPlaces("高新区", merged_town="唐家湾"),
    ),
)
"""The plan as published on 2011-11-23, with the project's adopted readings."""

#: The named parameter sets, by the name their ``repr`` shows.
_NAMED: dict[str, PolicyParameters] = {"PLAN_2011": PLAN_2011}
