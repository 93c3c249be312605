"""Every requirement-like sentence of 一–四, and how the library accounts for it.

Each is in :data:`COVERAGE`: checked by requirements of the register
(:data:`~hrss_policy.REQUIREMENTS`), or excluded with its reason (:class:`Exclusion`: not
checkable from a unit's evidence, a city-level fact, no standard to measure). The register
page of the docs prints it whole.
"""

from __future__ import annotations

import enum

import attrs

from . import clauses as c
from .register import REQUIREMENTS

__all__ = ["COVERAGE", "Coverage", "Exclusion"]


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
