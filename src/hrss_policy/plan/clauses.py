"""The clause registry: every clause of the plan by the document's own numbering.

The plan (珠海市人力资源和社会保障局《关于加强乡镇街道人力资源社会保障公共服务平台建设的
实施方案》, forwarded by the Zhuhai municipal government on 2011-11-23) numbers its parts
``一`` … ``四``, their sections ``（一）`` … ``（五）`` and the items of a section ``1.`` …
``5.``. A clause id joins them without spaces, exactly as a Chinese reader cites them:
``"三（一）5"``, ``"三（五）"``, ``"四（二）"``. Full-width brackets are part of the id.

Rule code never spells an id: it uses the constants below (:data:`STAFFING` …), which are
checked against the registry when this module is imported, and declares what a public
function implements with :func:`cites`. Every result of the library carries the ids it
applies in ``.clauses``; :func:`clause` turns an id back into its title and original text,
which is what an auditor asks for ("on what basis?"). The whole document ships with the
package (:func:`document_text`), and each clause's text is an exact substring of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from importlib import resources
from typing import Any, Final, NewType, TypeVar

import attrs

from ..core import validate as _validate
from ..core.citing import ATTRIBUTE, Cited, declared
from ..errors import PolicyError

__all__ = ["CLAUSES", "DOCUMENT", "Clause", "ClauseId", "cited", "clause", "document_text"]

ClauseId = NewType("ClauseId", str)
"""A clause id as the document numbers it (a ``str`` for every other purpose)."""

DOCUMENT = (
    "珠海市人民政府办公室转发市人力资源和社会保障局《关于加强乡镇街道人力资源社会保障"
    "公共服务平台建设的实施方案》的通知（2011年11月23日）"
)
"""The source document every clause id refers to."""


@attrs.frozen
class Clause:
    """One numbered clause of the plan.

    Attributes:
        id: The clause id as the document numbers it, e.g. ``"三（一）5"``.
        title: The clause's own heading, or a short title where it has none.
        text: The clause's original Chinese text, verbatim from the document, paragraph
            breaks (``"\\n\\n"``) included.
    """

    id: str
    title: str
    text: str

    def cite(self) -> str:
        """Return the citation a report prints next to a figure, e.g. ``"三（一）5 合理配备人员"``."""
        return f"{self.id} {self.title}"


class _Registry(Mapping[str, Clause]):
    """A read-only mapping of id → clause that pickles and copies (a mappingproxy does not)."""

    __slots__ = ("_items",)

    def __init__(self, items: tuple[Clause, ...]) -> None:
        self._items = {c.id: c for c in items}

    def __getitem__(self, key: str) -> Clause:
        return self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_Registry, (tuple(self._items.values()),))

    def __repr__(self) -> str:
        return f"<clauses of the 2011 plan: {', '.join(self._items)}>"


def _clauses(*items: Clause) -> Mapping[str, Clause]:
    return _Registry(items)


CLAUSES: Mapping[str, Clause] = _clauses(
    Clause(
        "一",
        "指导思想",
        "以科学发展观为指导，紧紧围绕促进经济社会发展、推进公共服务均等化的目标，按照转变政府"
        "职能、加强社会管理、强化公共服务的要求，加强基层人力资源社会保障公共服务平台建设，全面"
        "提高服务能力和水平，为广大人民群众提供规范、便捷、高效、均等的公共服务。",
    ),
    Clause(
        "二",
        "工作目标",
        "2011年底前，全面完成全市所有街道（镇）、社区（村）人力资源社会保障服务机构（以下分别"
        "简称街道〔镇〕服务机构和社区〔村〕服务机构）建设任务；2012年8月，全面实现人力资源社会"
        "保障公共服务规范化、专业化、信息化、网络化，人民群众对基层人力资源社会保障公共服务平台"
        "的满意度明显提高。",
    ),
    Clause(
        "三（一）",
        "推进服务机构规范化建设",
        "推进服务机构规范化建设。2011年12月底，全市基本完成人力资源社会保障公共服务平台规范化"
        "建设工作。",
    ),
    Clause(
        "三（一）1",
        "明确机构职能",
        "明确机构职能。街道（镇）服务机构主要承担就业服务、职业培训、社会保险、退休人员管理、"
        "劳动关系协调及劳动人事争议处理、人事人才管理、自主择业军队转业干部管理服务、相关普法"
        "宣传等职责。社区（村）服务机构协助街道（镇）服务机构做好上述相关工作。",
    ),
    Clause(
        "三（一）2",
        "明确机构性质",
        "明确机构性质。街道（镇）服务机构为公益一类事业单位。社区（村）服务机构与其他公共服务"
        "项目整合，主要通过政府购买服务方式实现。",
    ),
    Clause(
        "三（一）3",
        "明确管理体制",
        "明确管理体制。街道（镇）服务机构实行属地管理，受同级党委、政府领导，同时接受区级人力"
        "资源社会保障部门的业务指导。社区（村）服务机构接受街道（镇）服务机构的业务指导。",
    ),
    Clause(
        "三（一）4",
        "做好更名工作",
        "做好更名工作。2011年底前，各区（含横琴新区、经济功能区，下同）完成街道（镇）、社区"
        "（村）服务机构更名工作。各行政区的街道（镇）服务机构统称为“珠海市XX区XX街道办事处"
        "（镇）人力资源和社会保障服务所”；各经济功能区（区镇合一）的镇服务机构统称为“珠海（市）"
        "XX经济功能区（镇）人力资源和社会保障服务所”；各经济功能区下辖镇（街道）的服务机构统称为"
        "“珠海市XX镇（街道办事处）人力资源和社会保障服务所”。社区（村）服务机构统称为“XX社区"
        "（村）人力资源和社会保障服务站”。街道（镇）服务机构的更名、性质和管理体制等问题，由市"
        "编办下发文件；社区（村）服务机构的更名、工作职责和管理体制由各区政府（管委会）下发文件。",
    ),
    Clause(
        "三（一）5",
        "合理配备人员",
        "合理配备人员。2012年6月底前，各区完成街道（镇）、社区（村）服务机构工作人员配备工作。"
        "街道（镇）服务机构按照每6000名服务对象配备1名工作人员，按规定已足额配备工作人员的街道"
        "（镇）服务机构，工作任务较重的可适当增加人员；新增人员由街道（镇）报请区政府（管委会）"
        "批准，在不新增编制的情况下，新增人员所需经费由区、街道（镇）通过政府购买服务方式解决。\n\n"
        "社区（村）服务机构原则上配备1名专职工作人员。服务对象超过8000人的社区（村），由街道"
        "（镇）报请区政府（管委会）批准，可适当增加人员，新增人员所需经费由街道（镇）、社区（村）"
        "通过购买服务方式解决。社区（村）服务机构配备工作人员后，由各区人力资源社会保障部门报市"
        "劳动就业服务中心备案。",
    ),
    Clause(
        "三（二）",
        "推进服务场所标准化建设",
        "推进服务场所标准化建设。2012年8月底前，各区街道（镇）、社区（村）服务机构服务场所"
        "标准化建设基本达标。街道（镇）服务机构办公和服务场地建筑面积原则上不少于300平方米，并"
        "设置对外服务窗口，配备必要的办公设备和服务设施（包括电脑、打印机、档案柜、传真机、LED"
        "电子显示屏和自助查询机等）。\n\n社区（村）服务机构专职工作人员应当设立专门办公室，办公场地"
        "也可与社区多功能服务平台合署办公，并设立相关服务窗口，配备必要的电脑（网络设备）、档案柜"
        "、信息发布栏、打印机、电话、传真机等办公设施。",
    ),
    Clause(
        "三（三）",
        "推进信息化基础建设",
        "推进信息化基础建设。在目前实现市、区、街道（镇）、社区（村）四级联网和全市统一使用业务"
        "软件的基础上，进一步完善就业、社会保险、职业培训、退休人员管理、劳动关系协调、劳动监察"
        "等各项业务管理信息系统，健全信息库和各类台账，实现公共服务全程信息化。积极推行电子政务"
        "建设，增加网上办事、信息查询等服务项目，为广大人民群众提供更加方便、快捷、高效的人力资源"
        "社会保障服务。",
    ),
    Clause(
        "三（四）",
        "推进公共服务专业化建设",
        "推进公共服务专业化建设。以方便服务对象为目标，以人民群众满意为标准，加强公共服务专业化"
        "建设，进一步提高服务质量和效率。大力推动公共服务功能多元化，在开展现有基本服务项目的"
        "同时，拓展新的服务项目，增加新的服务内容，满足人民群众对公共服务的需要。大力推动公共"
        "服务人性化，制定服务标准，规范业务操作，简化办事手续，公开服务项目，明确办理流程，开展"
        "“一站式”服务；合理布局服务场所，完善服务设施，提供便利、舒适的服务环境；改进服务态度和"
        "工作作风，深入开展创建满意窗口活动，实行首问负责制、限时办结制、责任追究制。加强服务队伍"
        "专业化建设，建立定期培训制度，每年对基层服务机构工作人员进行轮训，实行持证上岗制度。",
    ),
    Clause(
        "三（五）",
        "加强服务机构经费保障",
        "加强服务机构经费保障。各区要将街道（镇）服务机构工作经费列入本区（镇）财政预算。街道"
        "（镇）可根据工作情况和自身财力给予街道（镇）服务机构适当补助。区、镇就业专项资金可按规定"
        "用于街道（镇）服务机构开展就业培训、社会保险、退休人员管理、劳动关系协调和普法政策宣传等"
        "扶持公共服务，以及政府购买服务、信息系统建设和维护经费等。\n\n市、区级财政按照社区（村）人口"
        "规模、服务对象数量和聘请专兼职人力资源社会保障协理员等情况，按以下标准安排社区（村）工资"
        "补助：社区（村）服务机构聘请专职人力资源社会保障协理员的，市级财政按专职人数给予每人每月"
        "工资补助1000元，区级财政安排配套工资经费每月不少于1000元；聘请兼职人力资源社会保障协理员"
        "的，市级财政给予兼职人员每月工资补助800元，区级财政安排配套工资经费每月不少于800元。社区"
        "（村）服务机构聘请兼职人员属于公职人员的，按规定不得领取兼职报酬。",
    ),
    Clause(
        "四（一）",
        "加强组织领导",
        "加强组织领导。由市人力资源和社会保障局牵头会同市发展改革局、市编办、市财政局等单位，成立"
        "基层人力资源社会保障公共服务平台建设工作小组，统筹协调推进全市服务平台建设工作。各区政府"
        "（管委会）要切实加强对基层人力资源社会保障公共服务平台建设的领导，成立机构，制定方案，落实"
        "责任，健全机制，扎实推进。各级发展改革部门要会同人力资源社会保障部门做好基层人力资源社会"
        "保障公共服务体系建设规划的编制工作，统筹安排项目建设。各级人力资源社会保障部门负责基层人力"
        "资源社会保障公共服务平台项目的组织实施，并严格按照有关基本建设程序要求，协调推进基层人力资源"
        "社会保障公共服务平台的标准化、规范化和科学化管理。各级机构编制部门要配合解决基层人力资源社会"
        "保障公共服务平台建设有关问题。各级财政部门要加大资金支持力度，落实基层人力资源社会保障公共"
        "服务平台建设和日常运行经费。有关部门要大力支持，密切配合，确保基层人力资源社会保障公共服务"
        "平台建设取得实效。",
    ),
    Clause(
        "四（二）",
        "落实工作责任",
        "落实工作责任。建立考核制度，将完成基层人力资源社会保障公共服务平台建设列入市就业工作目标"
        "责任制考核评价的一项重要内容。建立报送制度，从2011年12月起，各区人力资源和社会保障局在每个"
        "季度结束后5个工作日内向市人力资源和社会保障局报送本区公共服务平台建设完成情况。建立检查"
        "制度，不定期对各区完成公共服务平台建设情况进行检查。建立通报制度，市就业工作联席会议办公室"
        "不定期对各区完成情况进行通报；对完成进度较慢的，予以通报批评，确保基层人力资源社会保障公共"
        "服务平台建设工作落到实处。",
    ),
)
"""Every clause of the plan by id, in document order (read-only)."""


def _id(value: str) -> ClauseId:
    if value not in CLAUSES:  # pragma: no cover - guards the constants below at import
        raise AssertionError(f"{value!r} is not a clause of the plan")
    return ClauseId(value)


GUIDING_PRINCIPLE: Final = _id("一")
"""一 指导思想."""
GOALS: Final = _id("二")
"""二 工作目标: the milestones of 2011-12-31 and 2012-08."""
STANDARDIZATION: Final = _id("三（一）")
"""三（一） 推进服务机构规范化建设."""
DUTIES: Final = _id("三（一）1")
"""三（一）1 明确机构职能."""
NATURE: Final = _id("三（一）2")
"""三（一）2 明确机构性质."""
MANAGEMENT: Final = _id("三（一）3")
"""三（一）3 明确管理体制."""
NAMES: Final = _id("三（一）4")
"""三（一）4 做好更名工作: the name templates."""
STAFFING: Final = _id("三（一）5")
"""三（一）5 合理配备人员: staffing quotas."""
PREMISES: Final = _id("三（二）")
"""三（二） 推进服务场所标准化建设: premises."""
INFORMATIZATION: Final = _id("三（三）")
"""三（三） 推进信息化基础建设: networks, systems, ledgers, e-government."""
SERVICE: Final = _id("三（四）")
"""三（四） 推进公共服务专业化建设: service standards, time limits, training."""
FUNDING: Final = _id("三（五）")
"""三（五） 加强服务机构经费保障: working funds and coordinator wage subsidies."""
LEADERSHIP: Final = _id("四（一）")
"""四（一） 加强组织领导."""
ACCOUNTABILITY: Final = _id("四（二）")
"""四（二） 落实工作责任: assessment, reporting, inspection, bulletins."""

_T = TypeVar("_T", bound=Callable[..., Any])


def cites(*sources: str | Callable[..., Any]) -> Callable[[_T], _T]:
    """Declare the clauses a result class or a public function applies (read back with :func:`cited`).

    Each set of clauses is written once. A result class declares its ids and inherits
    ``.clauses`` from ``Cited`` (``hrss_policy.core.citing``), which reads them back; the
    function that returns it names the class, and cites what its result cites::

        @cites(STAFFING)
        @attrs.frozen
        class StaffingQuota(Cited): ...

        @cites(StaffingQuota)
        def street_staff_quota(...) -> StaffingQuota: ...

    Args:
        *sources: Clause ids (the constants above), or classes and functions that declare
            clauses themselves, whose ids are taken in order; an id named twice counts once.

    Raises:
        AssertionError: an id is not a clause of the plan (when the module is imported).
        TypeError: a source is neither an id nor something that declares clauses, or the
            declaration is put on a class whose ``.clauses`` would not read it (a class
            must be a ``Cited`` (``hrss_policy.core.citing``)).

    The docs' clause map, the requirement register and the tests read this declaration,
    never a docstring.
    """
    ids: list[str] = []
    for source in sources:
        if isinstance(source, str):
            ids.append(_id(source))
        elif declared(source):
            ids += declared(source)
        else:
            raise TypeError(f"@cites takes clause ids or what declares them, got {source!r}")
    found = tuple(dict.fromkeys(ids))

    def mark(obj: _T) -> _T:
        if isinstance(obj, type) and not issubclass(obj, Cited):
            raise TypeError(f"{obj.__name__} declares clauses but is not a Cited result")
        setattr(obj, ATTRIBUTE, found)
        return obj

    return mark


def cited(obj: object) -> tuple[str, ...]:
    """The clause ids *obj* declares with :func:`cites` (empty for a tool such as the calendar).

    *obj* is a public function, a result class or a result; for a result of a class that
    declares its clauses, ``cited(result) == result.clauses``.

    >>> from hrss_policy.plan.clauses import cited
    >>> cited(hp.street_staff_quota)
    ('三（一）5',)
    >>> cited(hp.StaffingQuota)
    ('三（一）5',)
    """
    return declared(obj)


def document_text() -> str:
    """The whole text of the plan as published, shipped with the package."""
    return resources.files("hrss_policy").joinpath("data", "policy_2011.txt").read_text("utf-8")


def clause(clause_id: str) -> Clause:
    """Return the clause with the given id.

    Args:
        clause_id: An id exactly as the document numbers it, e.g. ``"三（一）5"``.

    Raises:
        TypeError: *clause_id* is not a ``str``.
        PolicyError: no clause has that id; the message lists the ids that exist.

    >>> hp.clause("三（五）").title
    '加强服务机构经费保障'
    """
    if not isinstance(clause_id, str):
        raise TypeError(f"clause_id must be a str, got {_validate.describe(clause_id)}")
    try:
        return CLAUSES[clause_id]
    except KeyError:
        hint = hint_zh = ""
        if "(" in clause_id or ")" in clause_id:
            hint = "; clause ids use full-width brackets （）"
            hint_zh = "；条款编号使用全角括号（）"
        raise PolicyError(
            f"no clause {_validate.shown(clause_id)} in the plan{hint}; known ids: "
            f"{', '.join(CLAUSES)}",
            zh=f"实施方案中没有条款{_validate.shown_zh(clause_id)}{hint_zh}；现有条款：{'、'.join(CLAUSES)}",
        ) from None
