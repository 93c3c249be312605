"""The requirement register: every checkable requirement of the plan, as data.

One record per requirement a unit (or a district) can be checked against: a stable id,
the clause, the level it applies to, a Chinese label, the kind of evidence, the parameter
that holds its due date (from the plan or a reading, R23; the quarterly report's is each
quarter's deadline, R6), the adopted reading it rests on,
and the Chinese wording of each status. Rule modules produce one
:class:`~hrss_policy.Finding` per requirement that applies to a unit; inspections, the
district progress and the 通报 count them. The register is printed in the docs as a
table generated from :data:`REQUIREMENTS`.

Every requirement-like sentence of 一–四 is accounted for in :mod:`.coverage`.
三（一）1–3 (duties, legal nature, management) are reference data a report can print
(:func:`unit_profile`).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping

import attrs

from ..core import validate as _validate
from ..core.citing import Cited
from ..errors import PolicyError
from . import clauses as c
from .parameters import PLAN_2011, PolicyParameters, check_params
from .status import Status
from .units import Level

__all__ = [
    "REQUIREMENTS",
    "Applies",
    "Evidence",
    "Requirement",
    "UnitProfile",
    "requirement",
    "requirements",
    "unit_profile",
]


class Applies(enum.Enum):
    """What a requirement applies to."""

    STREET_TOWN = "street_town"
    """Street/town agencies (街道（镇）服务机构)."""
    COMMUNITY_VILLAGE = "community_village"
    """Community/village stations (社区（村）服务机构)."""
    ALL_UNITS = "all_units"
    """Every agency and station."""
    DISTRICT = "district"
    """A district's HRSS bureau (区人力资源和社会保障局)."""

    def covers(self, level: Level) -> bool:
        """Whether a unit of *level* is checked against requirements of this scope."""
        if self is Applies.ALL_UNITS:
            return True
        return bool(self.value == level.value)

    @property
    def label(self) -> str:
        """The scope in Chinese."""
        return {
            "street_town": "街道（镇）服务机构",
            "community_village": "社区（村）服务机构",
            "all_units": "街道（镇）、社区（村）服务机构",
            "district": "区人力资源和社会保障局",
        }[self.value]


class Evidence(enum.Enum):
    """The kind of data a requirement is checked on."""

    YES_NO = "yes_no"
    COUNT = "count"
    AREA = "area"
    MONEY = "money"
    DATE = "date"
    LIST = "list"
    TEXT = "text"


@attrs.frozen
class Requirement:
    """One checkable requirement of the plan.

    Attributes:
        id: Its stable id (``"premises.floor_area"``), used in findings and JSON.
        clause: The clause it comes from.
        level: What it applies to.
        label: What is checked, in Chinese (``"建筑面积"``).
        evidence: The kind of data it is checked on.
        due_parameter: The :class:`~hrss_policy.PolicyParameters` field holding its due
            date (the first year's, for the yearly training, R22), or ``None`` for the
            quarterly report, due at each quarter's own deadline (R6). Every requirement
            has a due date (R10).
        due: Its due date under the parameter set the register was read for.
        reading: The adopted reading it rests on (``"R8"``), or ``None``.
        condition: When it applies at all, in Chinese, for a conditional requirement.
        met: The Chinese wording of a met finding (with ``{fact}`` fields).
        not_met: The wording of a finding not met.
        unverified: The wording of an unverified finding.
        verb: What is due by the due date (``完成``, ``达标``, ``更名``).
    """

    id: str
    clause: str
    level: Applies
    label: str
    evidence: Evidence
    due_parameter: str | None
    due: dt.date | None
    reading: str | None
    condition: str | None
    met: str
    not_met: str
    unverified: str
    verb: str = "完成"

    def wording(self, status: Status) -> str:
        """The wording of a finding of *status*."""
        _validate.instance("status", status, Status)
        if status is Status.MET:
            return self.met
        return self.not_met if status is Status.NOT_MET else self.unverified

    def due_under(self, params: PolicyParameters) -> dt.date | None:
        """The due date under *params*."""
        if self.due_parameter is None:
            return None
        value: dt.date = getattr(check_params(params), self.due_parameter)
        return value


def _r(
    rid: str,
    clause: str,
    level: Applies,
    label: str,
    evidence: Evidence,
    due: str | None,
    met: str,
    not_met: str,
    unverified: str,
    *,
    reading: str | None = None,
    condition: str | None = None,
    verb: str = "完成",
) -> Requirement:
    return Requirement(
        id=rid,
        clause=clause,
        level=level,
        label=label,
        evidence=evidence,
        due_parameter=due,
        due=None if due is None else getattr(PLAN_2011, due),
        reading=reading,
        condition=condition,
        met=met,
        not_met=not_met,
        unverified=unverified,
        verb=verb,
    )


_ALL, _STREET, _STATION = Applies.ALL_UNITS, Applies.STREET_TOWN, Applies.COMMUNITY_VILLAGE
Y, CNT, LST = Evidence.YES_NO, Evidence.COUNT, Evidence.LIST

REQUIREMENTS: tuple[Requirement, ...] = (
    # 三（一）4 — the standard name
    _r(
        "name.standard", c.NAMES, _ALL, "机构名称", Evidence.TEXT, "renaming_due",
        "现用名称“{current}”为标准名称",
        "现用名称“{current}”不是本单位的标准名称，应为“{standard}”，{problems}，更名文件由{fixed_by}下发",
        "未报送现用名称，无法核实是否已更名为标准名称“{standard}”",
        verb="完成更名",
    ),
    # 三（一）5 — staffing
    _r(
        "staffing.quota", c.STAFFING, _ALL, "人员配备", CNT, "staffing_due",
        "实有工作人员{actual}，达到定额{quota}",
        "实有工作人员{actual}，低于定额{quota}，缺{gap}",
        "{reason}，无法核实是否达到定额{quota}",
        reading="R1", verb="配备到位",
    ),
    _r(
        "staffing.extra_approval", c.STAFFING, _ALL, "增加人员的批准", Y, "staffing_due",
        "实有工作人员{actual}，超出定额{extra}，{detail}",
        "实有工作人员{actual}，超出定额{extra}，{detail}",
        "实有工作人员超出定额，未报送是否经区政府（管委会）批准，无法核实",
        reading="R11", condition="实有工作人员超出定额时",
    ),
    _r(
        "staffing.full_time", c.STAFFING, _STATION, "专职工作人员", CNT, "staffing_due",
        "{found}，达到原则上配备{required}名专职工作人员的标准",
        "{found}，未达到原则上配备{required}名专职工作人员的标准",
        "未报送协理员配备情况，无法核实是否原则上配备{required}名专职工作人员",
        reading="R12", verb="配备到位",
    ),
    _r(
        "staffing.filing", c.STAFFING, _STATION, "人员备案", Y, "filing_due",
        "配备工作人员后已由区人力资源社会保障部门报市劳动就业服务中心备案",
        "配备工作人员后未由区人力资源社会保障部门报市劳动就业服务中心备案",
        "未报送备案情况，无法核实是否已报市劳动就业服务中心备案",
        reading="R23",
    ),
    # 三（二） — premises
    _r(
        "premises.floor_area", c.PREMISES, _STREET, "建筑面积", Evidence.AREA, "premises_due",
        "建筑面积{area}，达到原则上不少于{minimum}的标准",
        "建筑面积{area}，低于原则上不少于{minimum}的标准，差{gap}",
        "未报送建筑面积，无法核实是否达到原则上不少于{minimum}的标准",
        reading="R8", verb="达标",
    ),
    _r(
        "premises.office", c.PREMISES, _STATION, "办公场地", Y, "premises_due",
        "{how}，符合办公场地的要求",
        "既未设立专门办公室，也未与社区多功能服务平台合署办公",
        "未报送办公场地情况，无法核实是否设立专门办公室或与社区多功能服务平台合署办公",
        verb="达标",
    ),
    _r(
        "premises.windows", c.PREMISES, _ALL, "服务窗口", CNT, "premises_due",
        "设有{window}{count}个",
        "未设置{window}",
        "未报送{window}数量，无法核实是否设置{window}",
        verb="达标",
    ),
    _r(
        "premises.equipment", c.PREMISES, _ALL, "办公设备和服务设施", LST, "premises_due",
        "{required}均已配备",
        "缺少{missing}，未配齐必要的办公设备和服务设施",
        "未报送设备配备情况，无法核实{required}是否配齐",
        reading="R18", verb="达标",
    ),
    # 三（三） — information systems
    _r(
        "it.network", c.INFORMATIZATION, _ALL, "四级联网", Y, "informatization_due",
        "已实现市、区、街道（镇）、社区（村）四级联网",
        "未实现市、区、街道（镇）、社区（村）四级联网",
        "未报送联网情况，无法核实是否实现四级联网",
        reading="R20",
    ),
    _r(
        "it.software", c.INFORMATIZATION, _ALL, "统一业务软件", Y, "informatization_due",
        "已使用全市统一的业务软件",
        "未使用全市统一的业务软件",
        "未报送业务软件使用情况，无法核实是否使用全市统一的业务软件",
        reading="R20",
    ),
    _r(
        "it.systems", c.INFORMATIZATION, _ALL, "业务管理信息系统", LST, "informatization_due",
        "{required}等业务管理信息系统均已完善",
        "缺少{missing}业务管理信息系统",
        "未报送业务管理信息系统情况，无法核实{required}等系统是否完善",
        reading="R19",
    ),
    _r(
        "it.ledgers", c.INFORMATIZATION, _ALL, "信息库和台账", Y, "informatization_due",
        "已健全信息库和各类台账",
        "信息库和各类台账尚不健全",
        "未报送信息库和台账情况，无法核实是否健全",
        reading="R16",
    ),
    _r(
        "it.online", c.INFORMATIZATION, _ALL, "网上服务", LST, "informatization_due",
        "已开展{required}等服务项目",
        "未开展{missing}服务项目",
        "未报送网上服务情况，无法核实是否开展{required}等服务项目",
        reading="R16",
    ),
    # 三（四） — service practice
    _r(
        "service.standards", c.SERVICE, _ALL, "服务标准", Y, "professionalization_due",
        "已制定服务标准", "未制定服务标准",
        "未报送是否制定服务标准，无法核实", reading="R16",
    ),
    _r(
        "service.operations", c.SERVICE, _ALL, "业务操作规范", Y, "professionalization_due",
        "已规范业务操作", "未规范业务操作",
        "未报送是否规范业务操作，无法核实", reading="R16",
    ),
    _r(
        "service.simplified", c.SERVICE, _ALL, "简化办事手续", Y, "professionalization_due",
        "已简化办事手续", "未简化办事手续",
        "未报送是否简化办事手续，无法核实", reading="R16",
    ),
    _r(
        "service.items_public", c.SERVICE, _ALL, "公开服务项目", Y, "professionalization_due",
        "已公开服务项目", "未公开服务项目",
        "未报送是否公开服务项目，无法核实", reading="R16",
    ),
    _r(
        "service.procedures_clear", c.SERVICE, _ALL, "办理流程", Y, "professionalization_due",
        "已明确办理流程", "未明确办理流程",
        "未报送是否明确办理流程，无法核实", reading="R16",
    ),
    _r(
        "service.one_stop", c.SERVICE, _ALL, "一站式服务", Y, "professionalization_due",
        "已开展“一站式”服务", "未开展“一站式”服务",
        "未报送是否开展“一站式”服务，无法核实", reading="R16",
    ),
    _r(
        "service.satisfied_window", c.SERVICE, _ALL, "创建满意窗口活动", Y,
        "professionalization_due",
        "已开展创建满意窗口活动", "未开展创建满意窗口活动",
        "未报送是否开展创建满意窗口活动，无法核实", reading="R16",
    ),
    _r(
        "service.first_contact", c.SERVICE, _ALL, "首问负责制", Y, "professionalization_due",
        "已实行首问负责制", "未实行首问负责制",
        "未报送是否实行首问负责制，无法核实", reading="R16",
    ),
    _r(
        "service.time_limit", c.SERVICE, _ALL, "限时办结制", Y, "professionalization_due",
        "已实行限时办结制", "未实行限时办结制",
        "未报送是否实行限时办结制，无法核实", reading="R16",
    ),
    _r(
        "service.accountability", c.SERVICE, _ALL, "责任追究制", Y, "professionalization_due",
        "已实行责任追究制", "未实行责任追究制",
        "未报送是否实行责任追究制，无法核实", reading="R16",
    ),
    _r(
        "service.training_system", c.SERVICE, _ALL, "定期培训制度", Y, "professionalization_due",
        "已建立定期培训制度", "未建立定期培训制度",
        "未报送是否建立定期培训制度，无法核实", reading="R16",
    ),
    _r(
        "service.training", c.SERVICE, _ALL, "年度轮训", CNT, "training_first_due",
        "{year}参加轮训{trained}，工作人员{staff}均已轮训",
        "{year}参加轮训{trained}，少于工作人员{staff}，{gap}未参加轮训",
        "{reason}，无法核实工作人员是否全部参加{year}轮训",
        reading="R22",
    ),
    _r(
        "service.certification", c.SERVICE, _ALL, "持证上岗", CNT, "professionalization_due",
        "持证上岗{certified}，工作人员{staff}均持证上岗",
        "持证上岗{certified}，少于工作人员{staff}，{gap}未持证",
        "{reason}，无法核实工作人员是否全部持证上岗",
        reading="R16",
    ),
    # 三（五） — funding
    _r(
        "funding.budget", c.FUNDING, _STREET, "工作经费列入预算", Y, "funding_due",
        "工作经费已列入本区（镇）财政预算",
        "工作经费未列入本区（镇）财政预算",
        "未报送工作经费是否列入财政预算，无法核实",
        reading="R23",
    ),
    _r(
        "funding.district_top_up", c.FUNDING, _STATION, "区级配套工资经费", Evidence.MONEY,
        "funding_due",
        "区级{period}实付配套工资经费{paid}，达到{per}{minimum}的最低标准",
        "{detail}",
        "未报送{missing}，无法核实区级配套工资经费是否达到最低标准",
        reading="R13",
    ),
    # 四（二） — the district's quarterly report
    _r(
        "reporting.quarterly", c.ACCOUNTABILITY, Applies.DISTRICT, "季度报送", Evidence.DATE,
        None,
        "{period}完成情况于{submitted}报送，未超过期限{deadline}",
        "{period}完成情况{detail}",
        "未报送{period}报送日期，无法核实", reading="R6",
        verb="报送",
    ),
)  # fmt: skip
"""Every checkable requirement of the plan, in the order of its clauses."""

_BY_ID: Mapping[str, Requirement] = {r.id: r for r in REQUIREMENTS}


def requirement(requirement_id: str) -> Requirement:
    """Return the requirement with the given id.

    >>> hp.requirement("premises.floor_area").clause
    '三（二）'
    """
    if not isinstance(requirement_id, str):  # checked first: a caller's object is not hashed
        raise TypeError(f"requirement_id must be a str, got {_validate.describe(requirement_id)}")
    try:
        return _BY_ID[requirement_id]
    except KeyError:
        raise PolicyError(
            f"no requirement {_validate.shown(requirement_id)} in the register; known: "
            f"{', '.join(_BY_ID)}",
            zh=f"要求清单中没有{_validate.shown_zh(requirement_id)}",
        ) from None


def due_of(requirement_id: str, params: PolicyParameters) -> dt.date:
    """The due date of a requirement under *params*, for the rule that finds it: the
    register says which parameter holds it, and no rule names that parameter again
    (arguments already checked: the rules' fast path).

    Raises:
        KeyError: the requirement has no due parameter (the quarterly report's is each
            quarter's own deadline, R6).
    """
    value: dt.date = getattr(params, _DUE_PARAMETER[requirement_id])
    return value


_DUE_PARAMETER: Mapping[str, str] = {
    r.id: r.due_parameter for r in REQUIREMENTS if r.due_parameter is not None
}


def requirements(*, params: PolicyParameters = PLAN_2011) -> tuple[Requirement, ...]:
    """The register with each due date read from *params* (the default: :data:`REQUIREMENTS`).

    >>> import attrs
    >>> late = attrs.evolve(hp.PLAN_2011, premises_due=dt.date(2013, 8, 31))
    >>> [r.due for r in hp.requirements(params=late) if r.id == "premises.floor_area"]
    [datetime.date(2013, 8, 31)]
    """
    check_params(params)
    if params is PLAN_2011:
        return REQUIREMENTS
    return tuple(attrs.evolve(r, due=r.due_under(params)) for r in REQUIREMENTS)


@c.cites(c.DUTIES, c.NATURE, c.MANAGEMENT)
@attrs.frozen
class UnitProfile(Cited):
    """What 三（一）1–3 say of an agency or station: reference data, not a check.

    Attributes:
        level: The level described.
        duties: Its duties (三（一）1).
        nature: Its legal nature (三（一）2).
        led_by: Who leads it (三（一）3).
        guided_by: Who gives it business guidance (三（一）3).
        clauses: The clause ids quoted.
    """

    level: Level
    duties: tuple[str, ...]
    nature: str
    led_by: str
    guided_by: str

    def explain(self) -> str:
        """The profile in Chinese, one line per clause."""
        return "\n".join(
            [
                f"{self.level.label}的职责：{'、'.join(self.duties)}，依据{c.DUTIES}。",
                f"机构性质：{self.nature}，依据{c.NATURE}。",
                f"管理体制：{self.led_by}，{self.guided_by}，依据{c.MANAGEMENT}。",
            ]
        )


_DUTIES = (
    "就业服务",
    "职业培训",
    "社会保险",
    "退休人员管理",
    "劳动关系协调及劳动人事争议处理",
    "人事人才管理",
    "自主择业军队转业干部管理服务",
    "相关普法宣传",
)
_PROFILES = {
    Level.STREET_TOWN: UnitProfile(
        Level.STREET_TOWN,
        _DUTIES,
        "公益一类事业单位",
        "实行属地管理，受同级党委、政府领导",
        "接受区级人力资源社会保障部门的业务指导",
    ),
    Level.COMMUNITY_VILLAGE: UnitProfile(
        Level.COMMUNITY_VILLAGE,
        ("协助街道（镇）服务机构做好" + "、".join(_DUTIES) + "等相关工作",),
        "与其他公共服务项目整合，主要通过政府购买服务方式实现",
        "领导关系方案未作规定",
        "接受街道（镇）服务机构的业务指导",
    ),
}


def unit_profile(level: Level) -> UnitProfile:
    """The duties, nature and management of an agency or station (三（一）1–3).

    >>> print(hp.unit_profile(hp.Level.STREET_TOWN).nature)
    公益一类事业单位
    """
    if not isinstance(level, Level):
        raise TypeError(f"level must be a Level, got {_validate.describe(level)}")
    return _PROFILES[level]
