"""The requirement register: every checkable requirement of the plan, as data.

One record per requirement a unit (or a district) can be checked against: a stable id,
the clause, the level it applies to, a Chinese label, the kind of evidence, the parameter
that holds its due date (none where the plan sets none), the adopted reading it rests on,
and the Chinese wording of each status. Rule modules produce one
:class:`~hrss_policy.Finding` per requirement that applies to a unit; inspections, the
district progress and the 通报 count them. The register is printed in the docs as a
table generated from :data:`REQUIREMENTS`.

Every requirement-like sentence of 一–四 is in :data:`COVERAGE`: checked by requirements
of the register, or excluded with its reason (:class:`Exclusion`: not checkable from a
unit's evidence, a city-level fact, no standard to measure). 三（一）1–3 (duties, legal
nature, management) are reference data a report can print (:func:`unit_profile`).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping

import attrs

from ..core import validate as _validate
from ..errors import PolicyError
from . import clauses as c
from .parameters import PLAN_2011, PolicyParameters, check_params
from .status import Status
from .units import Level

__all__ = [
    "COVERAGE",
    "REQUIREMENTS",
    "Applies",
    "Coverage",
    "Evidence",
    "Exclusion",
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
            date, or ``None`` where the plan sets none.
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
        "staffing.filing", c.STAFFING, _STATION, "人员备案", Y, None,
        "配备工作人员后已由区人力资源社会保障部门报市劳动就业服务中心备案",
        "配备工作人员后未由区人力资源社会保障部门报市劳动就业服务中心备案",
        "未报送备案情况，无法核实是否已报市劳动就业服务中心备案",
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
        "service.training", c.SERVICE, _ALL, "年度轮训", CNT, "professionalization_due",
        "{year}参加轮训{trained}，工作人员{staff}均已轮训",
        "{year}参加轮训{trained}，少于工作人员{staff}，{gap}未参加轮训",
        "未报送{year}轮训人数，无法核实工作人员是否全部参加轮训",
        reading="R16",
    ),
    _r(
        "service.certification", c.SERVICE, _ALL, "持证上岗", CNT, "professionalization_due",
        "持证上岗{certified}，工作人员{staff}均持证上岗",
        "持证上岗{certified}，少于工作人员{staff}，{gap}未持证",
        "未报送持证人数，无法核实工作人员是否全部持证上岗",
        reading="R16",
    ),
    # 三（五） — funding
    _r(
        "funding.budget", c.FUNDING, _STREET, "工作经费列入预算", Y, None,
        "工作经费已列入本区（镇）财政预算",
        "工作经费未列入本区（镇）财政预算",
        "未报送工作经费是否列入财政预算，无法核实",
    ),
    _r(
        "funding.district_top_up", c.FUNDING, _STATION, "区级配套工资经费", Evidence.MONEY,
        None,
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


@attrs.frozen
class UnitProfile:
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
    clauses: tuple[str, ...] = (c.DUTIES, c.NATURE, c.MANAGEMENT)

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


class Exclusion(enum.Enum):
    """Why a requirement-like sentence of the plan is not a requirement of the register."""

    NOT_UNIT_EVIDENCE = "not_unit_evidence"
    """Not checkable from a unit's evidence: set by a document, or reference data."""
    CITY_LEVEL = "city_level"
    """A fact of the city, a district or a department, not of one agency or station."""
    NO_STANDARD = "no_standard"
    """An aim or a permission with no standard to measure a unit against."""

    @property
    def label(self) -> str:
        """The reason in Chinese."""
        return _EXCLUSION_LABELS[self]


_EXCLUSION_LABELS = {
    Exclusion.NOT_UNIT_EVIDENCE: "无法由单位报送的资料核实",
    Exclusion.CITY_LEVEL: "属全市或区、部门层面的事项，不是单个服务机构的要求",
    Exclusion.NO_STANDARD: "方案未给出可衡量的标准",
}


@attrs.frozen
class Coverage:
    """One requirement-like sentence of the plan, and how the library accounts for it.

    Attributes:
        clause: The clause the sentence is in.
        sentence: The sentence (or its requirement-like part), verbatim from the clause.
        requirements: The ids of the register's requirements that check it, if any.
        exclusion: Why it is not checked, where it is not.
        reason_zh: The reason in a sentence of Chinese, or where the library computes it.
    """

    clause: str
    sentence: str
    requirements: tuple[str, ...] = ()
    exclusion: Exclusion | None = None
    reason_zh: str = ""

    @property
    def checked(self) -> bool:
        """Whether requirements of the register check the sentence."""
        return bool(self.requirements)

    def describe(self) -> str:
        """How the sentence is accounted for, in Chinese."""
        if self.requirements:
            ids = "、".join(self.requirements)
            return f"按要求{ids}检查" + (f"；{self.reason_zh}" if self.reason_zh else "")
        label = self.exclusion.label if self.exclusion is not None else ""
        return f"不列入：{label}" + (f"；{self.reason_zh}" if self.reason_zh else "")


def _ids(*prefixes: str) -> tuple[str, ...]:
    return tuple(r.id for r in REQUIREMENTS if r.id.startswith(prefixes))


_X, _CITY, _NONE = Exclusion.NOT_UNIT_EVIDENCE, Exclusion.CITY_LEVEL, Exclusion.NO_STANDARD
_V = Coverage

COVERAGE: tuple[Coverage, ...] = (
    _V(c.GUIDING_PRINCIPLE, "加强基层人力资源社会保障公共服务平台建设，全面提高服务能力和水平",
       exclusion=_NONE, reason_zh="指导思想，不含可检查的内容"),
    _V(c.GOALS, "2011年底前，全面完成全市所有街道（镇）、社区（村）人力资源社会保障服务机构",
       exclusion=_CITY,
       reason_zh="是否每个社区（村）都已设立服务站，须对照全市社区（村）名录核实，单个单位报送的资料"
       "无法说明；已设立的单位按其余各项要求检查"),
    _V(c.GOALS, "2012年8月，全面实现人力资源社会保障公共服务规范化、专业化、信息化、网络化",
       _ids("it.", "service."),
       reason_zh="三（三）、三（四）各项要求的期限取自本句"),
    _V(c.GOALS, "人民群众对基层人力资源社会保障公共服务平台的满意度明显提高", exclusion=_NONE,
       reason_zh="方案未规定满意度的测量方法和基准，“明显提高”无从衡量"),
    _V(c.STANDARDIZATION, "2011年12月底，全市基本完成人力资源社会保障公共服务平台规范化建设工作",
       exclusion=_CITY, reason_zh="全市的阶段目标，其中可由单位核实的更名和人员配备另行检查"),
    _V(c.DUTIES, "街道（镇）服务机构主要承担就业服务", exclusion=_X,
       reason_zh="机构职能由文件规定，作为参考资料列出，不是建设要求"),
    _V(c.DUTIES, "社区（村）服务机构协助街道（镇）服务机构做好上述相关工作", exclusion=_X,
       reason_zh="同上；本库解读R19据此确定社区（村）应有的业务系统"),
    _V(c.NATURE, "街道（镇）服务机构为公益一类事业单位", exclusion=_X,
       reason_zh="机构性质由市编办下发文件确定"),
    _V(c.NATURE, "社区（村）服务机构与其他公共服务项目整合，主要通过政府购买服务方式实现",
       exclusion=_X, reason_zh="实现方式由区政府（管委会）安排，“主要”亦无可衡量的比例"),
    _V(c.MANAGEMENT, "街道（镇）服务机构实行属地管理", exclusion=_X,
       reason_zh="管理体制由市编办下发文件确定"),
    _V(c.MANAGEMENT, "社区（村）服务机构接受街道（镇）服务机构的业务指导", exclusion=_X,
       reason_zh="管理体制由区政府（管委会）下发文件确定"),
    _V(c.NAMES, "2011年底前，各区（含横琴新区、经济功能区，下同）完成街道（镇）、社区（村）服务机构更名工作",
       ("name.standard",)),
    _V(c.NAMES, "街道（镇）服务机构的更名、性质和管理体制等问题，由市编办下发文件", exclusion=_CITY,
       reason_zh="发文是市编办、区政府（管委会）的事项；名称不标准时，结论写明由谁下发更名文件"),
    _V(c.STAFFING, "2012年6月底前，各区完成街道（镇）、社区（村）服务机构工作人员配备工作",
       ("staffing.quota", "staffing.full_time")),
    _V(c.STAFFING, "街道（镇）服务机构按照每6000名服务对象配备1名工作人员", ("staffing.quota",)),
    _V(c.STAFFING, "新增人员由街道（镇）报请区政府（管委会）批准", ("staffing.extra_approval",)),
    _V(c.STAFFING, "在不新增编制的情况下，新增人员所需经费由区、街道（镇）通过政府购买服务方式解决",
       exclusion=_CITY, reason_zh="编制和经费来源属区、街道（镇）的安排"),
    _V(c.STAFFING, "社区（村）服务机构原则上配备1名专职工作人员",
       ("staffing.quota", "staffing.full_time")),
    _V(c.STAFFING, "服务对象超过8000人的社区（村），由街道（镇）报请区政府（管委会）批准，可适当增加人员",
       ("staffing.extra_approval",)),
    _V(c.STAFFING, "新增人员所需经费由街道（镇）、社区（村）通过购买服务方式解决", exclusion=_CITY,
       reason_zh="经费来源属街道（镇）、社区（村）的安排"),
    _V(c.STAFFING, "社区（村）服务机构配备工作人员后，由各区人力资源社会保障部门报市劳动就业服务中心备案",
       ("staffing.filing",)),
    _V(c.PREMISES, "2012年8月底前，各区街道（镇）、社区（村）服务机构服务场所标准化建设基本达标",
       _ids("premises.")),
    _V(c.PREMISES, "街道（镇）服务机构办公和服务场地建筑面积原则上不少于300平方米",
       ("premises.floor_area",)),
    _V(c.PREMISES, "并设置对外服务窗口", ("premises.windows",)),
    _V(c.PREMISES, "配备必要的办公设备和服务设施（包括电脑、打印机、档案柜、传真机、LED电子显示屏和自助查询机等）",
       ("premises.equipment",)),
    _V(c.PREMISES, "社区（村）服务机构专职工作人员应当设立专门办公室，办公场地也可与社区多功能服务平台合署办公",
       ("premises.office",)),
    _V(c.PREMISES, "并设立相关服务窗口", ("premises.windows",)),
    _V(c.PREMISES, "配备必要的电脑（网络设备）、档案柜、信息发布栏、打印机、电话、传真机等办公设施",
       ("premises.equipment",)),
    _V(c.INFORMATIZATION, "在目前实现市、区、街道（镇）、社区（村）四级联网和全市统一使用业务软件的基础上",
       ("it.network", "it.software")),
    _V(c.INFORMATIZATION, "进一步完善就业、社会保险、职业培训、退休人员管理、劳动关系协调、劳动监察等各项业务管理信息系统",
       ("it.systems",)),
    _V(c.INFORMATIZATION, "健全信息库和各类台账", ("it.ledgers",)),
    _V(c.INFORMATIZATION, "实现公共服务全程信息化", exclusion=_NONE,
       reason_zh="“全程信息化”无可衡量的标准，其可检查的部分见本条其他各项"),
    _V(c.INFORMATIZATION, "积极推行电子政务建设，增加网上办事、信息查询等服务项目", ("it.online",)),
    _V(c.SERVICE, "以方便服务对象为目标，以人民群众满意为标准，加强公共服务专业化建设，进一步提高服务质量和效率",
       exclusion=_NONE, reason_zh="目标，未给出可衡量的标准"),
    _V(c.SERVICE, "在开展现有基本服务项目的同时，拓展新的服务项目，增加新的服务内容", exclusion=_NONE,
       reason_zh="未规定应拓展的项目或数量"),
    _V(c.SERVICE, "制定服务标准", ("service.standards",)),
    _V(c.SERVICE, "规范业务操作", ("service.operations",)),
    _V(c.SERVICE, "简化办事手续", ("service.simplified",)),
    _V(c.SERVICE, "公开服务项目", ("service.items_public",)),
    _V(c.SERVICE, "明确办理流程", ("service.procedures_clear",)),
    _V(c.SERVICE, "开展“一站式”服务", ("service.one_stop",)),
    _V(c.SERVICE, "合理布局服务场所，完善服务设施，提供便利、舒适的服务环境", exclusion=_NONE,
       reason_zh="未给出标准；场所和设施的标准见三（二）"),
    _V(c.SERVICE, "改进服务态度和工作作风", exclusion=_NONE, reason_zh="无可衡量的标准"),
    _V(c.SERVICE, "深入开展创建满意窗口活动", ("service.satisfied_window",)),
    _V(c.SERVICE, "实行首问负责制、限时办结制、责任追究制",
       ("service.first_contact", "service.time_limit", "service.accountability")),
    _V(c.SERVICE, "建立定期培训制度", ("service.training_system",)),
    _V(c.SERVICE, "每年对基层服务机构工作人员进行轮训", ("service.training",)),
    _V(c.SERVICE, "实行持证上岗制度", ("service.certification",)),
    _V(c.FUNDING, "各区要将街道（镇）服务机构工作经费列入本区（镇）财政预算", ("funding.budget",)),
    _V(c.FUNDING, "街道（镇）可根据工作情况和自身财力给予街道（镇）服务机构适当补助", exclusion=_NONE,
       reason_zh="“可”为准许，不是要求"),
    _V(c.FUNDING, "区、镇就业专项资金可按规定用于街道（镇）服务机构", exclusion=_NONE,
       reason_zh="“可”为准许，不是要求"),
    _V(c.FUNDING, "市级财政按专职人数给予每人每月工资补助1000元", exclusion=_CITY,
       reason_zh="市级财政的拨付；本库计算应拨金额，见协理员工资补助"),
    _V(c.FUNDING, "区级财政安排配套工资经费每月不少于1000元", ("funding.district_top_up",)),
    _V(c.FUNDING, "市级财政给予兼职人员每月工资补助800元", exclusion=_CITY,
       reason_zh="市级财政的拨付；本库计算应拨金额，见协理员工资补助"),
    _V(c.FUNDING, "区级财政安排配套工资经费每月不少于800元", ("funding.district_top_up",)),
    _V(c.FUNDING, "社区（村）服务机构聘请兼职人员属于公职人员的，按规定不得领取兼职报酬",
       ("funding.district_top_up",)),
    _V(c.LEADERSHIP, "成立基层人力资源社会保障公共服务平台建设工作小组", exclusion=_CITY,
       reason_zh="市级的组织领导"),
    _V(c.LEADERSHIP, "各区政府（管委会）要切实加强对基层人力资源社会保障公共服务平台建设的领导，成立机构，制定方案，落实责任，健全机制",
       exclusion=_CITY, reason_zh="区政府（管委会）的组织领导，且无可衡量的标准"),
    _V(c.LEADERSHIP, "各级发展改革部门要会同人力资源社会保障部门做好基层人力资源社会保障公共服务体系建设规划的编制工作",
       exclusion=_CITY, reason_zh="各级部门的职责"),
    _V(c.LEADERSHIP, "各级财政部门要加大资金支持力度，落实基层人力资源社会保障公共服务平台建设和日常运行经费",
       exclusion=_CITY, reason_zh="各级财政的职责；街道（镇）工作经费列入预算和区级配套另按三（五）检查"),
    _V(c.ACCOUNTABILITY, "建立考核制度，将完成基层人力资源社会保障公共服务平台建设列入市就业工作目标责任制考核评价的一项重要内容",
       exclusion=_CITY, reason_zh="市就业工作目标责任制考核由市组织，不是单位可报送的事项"),
    _V(c.ACCOUNTABILITY, "各区人力资源和社会保障局在每个季度结束后5个工作日内向市人力资源和社会保障局报送本区公共服务平台建设完成情况",
       ("reporting.quarterly",)),
    _V(c.ACCOUNTABILITY, "建立检查制度，不定期对各区完成公共服务平台建设情况进行检查", exclusion=_CITY,
       reason_zh="检查由市组织；本库提供逐单位检查，各项要求即检查的内容"),
    _V(c.ACCOUNTABILITY, "对完成进度较慢的，予以通报批评", exclusion=_CITY,
       reason_zh="通报由市就业工作联席会议办公室发出；本库按本库解读R9计算各区完成率并拟出通报"),
)  # fmt: skip
"""Every requirement-like sentence of the plan, checked by the register or excluded with a reason."""
