"""The readings this project adopts where the plan's text is silent or ambiguous.

An adopted reading is a default, not a law: each names the parameter(s) of
:class:`~hrss_policy.PolicyParameters` (or the argument) that switch it, so a caller who
reads the text otherwise passes another value instead of forking the library. Docstrings
and the documentation cite readings by their id here (``R1`` …); the list is printed in
the docs as a table generated from :data:`READINGS`, Chinese first.

Chinese output cites a reading with its gloss, so a reader need not look it up:
``（本库解读R1：不足6000名的部分也配1人，已设立的机构至少配备1人）`` (:meth:`Reading.cite_zh`).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

import attrs

from ..core import validate as _validate
from ..errors import PolicyError
from .clauses import (
    ACCOUNTABILITY,
    FUNDING,
    GOALS,
    INFORMATIZATION,
    NAMES,
    PREMISES,
    SERVICE,
    STAFFING,
)
from .parameters import PolicyParameters

__all__ = ["READINGS", "Reading", "reading"]


@functools.cache
def reading_parameters() -> Mapping[str, tuple[str, ...]]:
    """Each reading's id → the parameters whose metadata names it, in the set's order."""
    out: dict[str, tuple[str, ...]] = {}
    for f in attrs.fields(PolicyParameters):
        rid = f.metadata.get("reading")
        if rid:
            out[rid] = (*out.get(rid, ()), f.name)
    return out


@attrs.frozen
class Reading:
    """One adopted reading.

    Attributes:
        id: The project's id for it, e.g. ``"R1"``.
        clause: The clause whose text it reads.
        title: What it decides, in Chinese.
        text: The reading, in English, as the docs print it.
        default: The default the library applies, in English.
        arguments: The arguments of functions (not parameters of the set) that choose
            another reading, e.g. ``calendar=``; the parameters that do are read from the
            parameters' own metadata (:attr:`switches`).
        text_zh: The reading in Chinese, whole: what the text leaves open, the default,
            and the alternatives a caller may choose.
        gloss_zh: The reading in one short Chinese phrase, without brackets, as an
            output prints it where it cites the reading (:meth:`cite_zh`).
    """

    id: str
    clause: str
    title: str
    text: str
    default: str
    arguments: tuple[str, ...]
    text_zh: str = attrs.field(kw_only=True)
    gloss_zh: str = attrs.field(kw_only=True)

    @property
    def switches(self) -> tuple[str, ...]:
        """What chooses another reading: every parameter of
        :class:`~hrss_policy.PolicyParameters` whose metadata names this reading, in the
        order the set defines them, then :attr:`arguments`. Derived, so a parameter added
        with ``reading=`` is listed here without a second edit."""
        return (*reading_parameters().get(self.id, ()), *self.arguments)

    def cite_zh(self) -> str:
        """``本库解读R1：不足6000名的部分也配1人，已设立的机构至少配备1人``: the reading
        named with its gloss, for a sentence to put in brackets once where it cites it."""
        return f"本库解读{self.id}：{self.gloss_zh}"


READINGS: tuple[Reading, ...] = (
    Reading(
        "R1",
        STAFFING,
        "街道（镇）服务机构人员定额的取整",
        "每6000名服务对象配备1名工作人员 leaves the remainder unsaid. A partial block of 6000 "
        "still needs a worker, and an agency that exists cannot be staffed by nobody.",
        "ceil(service recipients / 6000), at least 1",
        (),
        text_zh="“每6000名服务对象配备1名工作人员”未说余数如何处理。不足6000名的部分仍需1名工作人员，已设立的机构不能无人：定额为服务对象数除以6000后向上取整，且不少于1人。取整规则与最少人数均可另选。",
        gloss_zh="不足6000名的部分也配1人，已设立的机构至少配备1人",
    ),
    Reading(
        "R2",
        STAFFING,
        "社区（村）服务机构增加人员",
        "Extra staff may be asked for only above 8000 recipients (超过: strictly more). The "
        "text gives no number of extra staff, so the library reports eligibility and the "
        "approval path, never a count.",
        "eligible when recipients > 8000; quota stays 1",
        (),
        text_zh="“服务对象超过8000人”指严格多于8000人，恰为8000人的不得增加人员。方案未规定增加人数，本库只报告是否具备增加条件和报批途径，不给出人数。",
        gloss_zh="服务对象多于8000人方可申请增加人员，人数不定",
    ),
    Reading(
        "R3",
        FUNDING,
        "专职协理员属于公职人员",
        "The ban on part-time pay names part-time posts only; a full-time coordinator who "
        "is a public servant is counted as the text counts full-time heads, with a note.",
        "counted as full-time",
        (),
        text_zh="“不得领取兼职报酬”只针对兼职人员；属于公职人员的专职协理员按专职人数计算补助，并加说明。可另选为不计补助。",
        gloss_zh="属于公职人员的专职协理员仍按专职人数计算补助",
    ),
    Reading(
        "R4",
        NAMES,
        "名称模板中的括号",
        "In the templates a parenthesised part is the alternative to the word before it: "
        "XX街道办事处（镇） is XX街道办事处 or XX镇; 珠海（市） is 珠海 or 珠海市 (the short "
        "form for a zone merged with its town only).",
        "brackets are alternatives, never part of a name",
        (),
        text_zh="名称模板中括号内的部分是其前一词的替代写法：“XX街道办事处（镇）”即“XX街道办事处”或“XX镇”；“珠海（市）”即“珠海”或“珠海市”，仅区镇合一的功能区可用简写。括号本身从不是名称的一部分。",
        gloss_zh="模板中括号内为前一词的替代写法",
    ),
    Reading(
        "R5",
        ACCOUNTABILITY,
        "工作日",
        "The national official calendar: Monday to Friday, minus statutory holidays and "
        "their bridging days off, plus the make-up working weekend days (调休上班). "
        "Guangdong adds no local holiday. A year whose schedule is not held is refused.",
        "the official calendar of the State Council's notices",
        ("calendar=",),
        text_zh="工作日按国务院公布的全国放假安排计算：星期一至星期五，除去法定节假日及其调休放假日，加上调休上班的周末。广东省无另设的地方假日。未掌握公布安排的年份一律拒绝计算。",
        gloss_zh="工作日按国务院公布的放假安排计算",
    ),
    Reading(
        "R6",
        ACCOUNTABILITY,
        "“每个季度结束后5个工作日内”",
        "The deadline is the 5th working day strictly after the quarter's last day, whether "
        "or not that day is a working day; a report on the deadline is on time. The first "
        "report due is the one for 2011 Q4 (从2011年12月起).",
        "the n-th working day after the quarter's last calendar day",
        (),
        text_zh="“每个季度结束后5个工作日内”的期限为季度最后一日之后的第5个工作日，不论该日是否为工作日；期限当日报送视为按时。首次报送为2011年第4季度（“从2011年12月起”）。",
        gloss_zh="期限自季度最后一日的次日起算",
    ),
    Reading(
        "R7",
        GOALS,
        "“某月底前”",
        "“By the end of <month>” is the last calendar day of that month; 2012年8月 in 二 is "
        "read as 2012-08-31.",
        "the month's last day",
        (),
        text_zh="“某月底前”指该月最后一日；二中的“2012年8月”按2012年8月31日计。",
        gloss_zh="“某月底前”为该月最后一日",
    ),
    Reading(
        "R8",
        PREMISES,
        "“原则上”的标准",
        "Standards stated 原则上 (300 m², one full-time worker) are standards a unit is "
        "assessed against: falling short is a finding, never an exception.",
        "a not-met finding",
        (),
        text_zh="“原则上”的标准（建筑面积300平方米、1名专职工作人员）是检查的标准：未达到即为不达标，而非例外情形。",
        gloss_zh="“原则上”的标准照常检查，未达到即为不达标",
    ),
    Reading(
        "R9",
        ACCOUNTABILITY,
        "“完成进度较慢”",
        "A district's completion on a date is the share of the checkable requirements due "
        "by then, over all its units, that are met. Slow progress is a completion rate "
        "below the city-wide rate on the same date. The 通报 is about completion; a late "
        "quarterly report belongs to the 报送 record.",
        "below the city-wide completion rate",
        (),
        text_zh="一个区在某日的完成率，是其所有单位截至该日已到期的可检查要求中已完成的比例。“完成进度较慢”指完成率低于同日全市完成率。通报针对完成情况；季度报送逾期属于报送记录，不作为通报的理由。可另选完成率最低的若干区或固定完成率。",
        gloss_zh="完成率低于同日全市完成率为完成进度较慢",
    ),
    Reading(
        "R10",
        ACCOUNTABILITY,
        "按日期检查",
        "A requirement not met whose due date is after the inspection date is not yet "
        "due, not overdue; not met and past due is overdue; not reported is unverified, "
        "never met. Every requirement has a due date, from the plan or from a reading "
        "(R22, R23): nothing is due on any date, so on a date before anything is due "
        "nothing is overdue and no district can be slow.",
        "every requirement dated; a finding without a due date is not counted as due",
        (),
        text_zh="未完成且期限在检查日期之后的要求为尚未到期，不是逾期；未完成且已过期限为逾期；未报送为未核实，从不计为已完成。每项要求都有期限，或取自方案，或取自本库解读（R22、R23），没有“任何日期都到期”的要求：在任何要求到期之前，没有逾期，也没有进度较慢的区。",
        gloss_zh="期限未到为尚未到期，过期为逾期，未报送为未核实",
    ),
    Reading(
        "R11",
        STAFFING,
        "超出定额的人员",
        "More staff than the quota with no recorded approval of the district government "
        "(管委会) is a finding that approval is to be sought, not a failure of the staffing "
        "standard; where the unit may not add staff at all (a station at or below 8000), "
        "the staff exceed what the plan allows.",
        "a not-met finding of the approval requirement",
        (),
        text_zh="实有人员超出定额而未见区政府（管委会）批准的，记为应报请批准的要求未完成，不视为人员配备不达标；不具备增加人员条件的单位（服务对象不超过8000人的服务站），记为超出方案允许的人数。",
        gloss_zh="超出定额未经批准记为应报请批准",
    ),
    Reading(
        "R12",
        STAFFING,
        "社区（村）服务机构的专职工作人员",
        "原则上配备1名专职工作人员 is met when at least one of the station's coordinators is "
        "full-time (专职); a station staffed only part-time falls short.",
        "at least one full-time coordinator on the roster",
        (),
        text_zh="“原则上配备1名专职工作人员”以服务站协理员中至少有1名专职协理员为达标；只有兼职协理员的，未达到该标准。",
        gloss_zh="服务站至少有1名专职协理员方为达标",
    ),
    Reading(
        "R13",
        FUNDING,
        "区级配套工资经费的计算单位",
        "区级财政安排配套工资经费每月不少于1000元 (and 800) is read per coordinator, as the "
        "city amount it matches is per person.",
        "per coordinator",
        (),
        text_zh="“区级财政安排配套工资经费每月不少于1000元”（800元同）按每名协理员计算，与其所对应的市级补助按人计算一致。可另选按服务站计算。",
        gloss_zh="区级配套下限按每名协理员计算",
    ),
    Reading(
        "R14",
        NAMES,
        "以镇命名的区镇合一功能区",
        "In 珠海（市）XX经济功能区（镇）…服务所 the bracketed 镇 is the alternative to "
        "XX经济功能区, so a zone merged with its town may also be named 珠海（市）{镇}镇"
        "人力资源和社会保障服务所 once the town's name is known.",
        "both forms are standard",
        (),
        text_zh="“珠海（市）XX经济功能区（镇）…服务所”中括号内的“镇”是“XX经济功能区”的替代写法，因此区镇合一的功能区在其镇名已知时，也可命名为“珠海（市）XX镇人力资源和社会保障服务所”。",
        gloss_zh="区镇合一的功能区也可以镇名命名",
    ),
    Reading(
        "R15",
        SERVICE,
        "限时办结的起算",
        "A time limit of n working days ends on the n-th working day strictly after the "
        "day the case was accepted; completion on that day is within the limit.",
        "counted from the day after acceptance",
        (),
        text_zh="限时办结的n个工作日时限，截止于受理之日后的第n个工作日；当日办结为在时限内。",
        gloss_zh="限时办结自受理次日起算",
    ),
    Reading(
        "R16",
        INFORMATIZATION,
        "信息化、专业化建设的期限",
        "三（三） and 三（四） set no date; 二 sets 2012年8月 for 规范化、专业化、信息化、网络化, "
        "so their requirements are due on 2012-08-31. The yearly rotation training (每年"
        "轮训) is a yearly duty with due dates of its own (R22).",
        "due with 二's 2012-08 milestone",
        (),
        text_zh="三（三）、三（四）未规定完成日期；二规定2012年8月全面实现规范化、专业化、信息化、网络化，因此其各项要求的期限为2012年8月31日。每年轮训是逐年的义务，按各年度的期限检查（R22）。",
        gloss_zh="信息化、专业化各项要求的期限取自二，为2012年8月31日",
    ),
    Reading(
        "R17",
        FUNDING,
        "一年的月数",
        "Monthly subsidies are turned into a year's budget with 12 months.",
        "12 months",
        (),
        text_zh="按月补助折算全年时按12个月计算。",
        gloss_zh="全年按12个月计",
    ),
    Reading(
        "R18",
        PREMISES,
        "“包括……等”所列的设备",
        "配备必要的办公设备和服务设施（包括电脑……自助查询机等）: the parenthesis names what the "
        "necessary equipment includes, and 等 leaves room for more, not for less. By default "
        "every listed item is required and a missing one is a finding not met. Alternative: "
        "the list is a guide, and a missing item is a remark (说明) on a finding met.",
        "every listed item required",
        (),
        text_zh="三（二）“配备必要的办公设备和服务设施（包括电脑、打印机……等）”中，括号列明的是"
        "“必要的”设备所包括的项目，“等”表示还可以更多，而非可以更少。默认所列各项均须配备，"
        "缺少任何一项为不达标。可另选：所列项目仅作参考，缺少时只作说明，不影响达标。",
        gloss_zh="所列设备均为必要设备，缺一项即不达标",
    ),
    Reading(
        "R19",
        INFORMATIZATION,
        "社区（村）服务机构应有的业务管理信息系统",
        "三（三） lists 就业、社会保险、职业培训、退休人员管理、劳动关系协调、劳动监察 systems for "
        "the city as a whole and does not say which level runs which. A community/village "
        "station assists the street/town agency in its duties (三（一）1), and 劳动监察 is not "
        "among them: by default a station is checked for the other five systems, a street/town "
        "agency for all six. Alternative: every station checked for all six.",
        "stations: the five systems of the duties they assist with; street/town: all six",
        (),
        text_zh="三（三）所列就业、社会保险、职业培训、退休人员管理、劳动关系协调、劳动监察等业务管理"
        "信息系统是全市的建设目标，未说明各级应有哪些。社区（村）服务机构协助街道（镇）服务机构"
        "做好三（一）1所列工作，其中不含劳动监察：默认社区（村）服务机构检查其余五项系统，"
        "街道（镇）服务机构检查全部六项。可另选：社区（村）服务机构也检查全部六项。",
        gloss_zh="社区村服务站只检查其协助工作所涉的五项系统，不含劳动监察",
    ),
    Reading(
        "R20",
        INFORMATIZATION,
        "已实现的四级联网和统一业务软件",
        "三（三） begins 在目前实现市、区、街道（镇）、社区（村）四级联网和全市统一使用业务软件的"
        "基础上: both already exist when the plan is issued. By default they are met unless a "
        "unit reports otherwise (a unit reported not connected, or not on the unified "
        "software, is a finding not met). Alternative: checked like the other requirements, "
        "unverified when not reported.",
        "already in place: not met only when reported otherwise",
        (),
        text_zh="三（三）以“在目前实现市、区、街道（镇）、社区（村）四级联网和全市统一使用业务软件"
        "的基础上”开头：方案印发时两者均已实现。默认未报送时按已实现计为达标，只有报送未联网或"
        "未使用统一业务软件的才不达标。可另选：与其他要求一样检查，未报送即为未核实。",
        gloss_zh="方案称四级联网和统一业务软件已经实现，未报送相反情况即按已实现计",
    ),
    Reading(
        "R21",
        STAFFING,
        "计入社区（村）服务机构人员定额的人员",
        "原则上配备1名专职工作人员 and 可适当增加人员 speak of staff; the part-time coordinators "
        "(兼职协理员) that 三（五） funds by name are not 新增人员. A station's staff against its "
        "quota counts its full-time heads; part-time coordinators are reported beside them and "
        "never make the station over quota. Without a roster the reported count is taken as "
        "it stands.",
        "full-time heads only; part-time coordinators reported beside",
        (),
        text_zh="“原则上配备1名专职工作人员”和“可适当增加人员”说的是服务机构的工作人员；三（五）"
        "点名补助的兼职协理员不是“新增人员”。社区（村）服务机构对照定额的人数只计专职人员，"
        "兼职协理员另行列明，不会因此“超出定额”。未报送协理员名册的，按报送的人数计。"
        "可另选：所有人员均计入定额。",
        gloss_zh="社区村服务机构只按专职人员对照定额，兼职协理员另列不计入",
    ),
    Reading(
        "R22",
        SERVICE,
        "每年轮训的年度",
        "每年……进行轮训 is a yearly duty: each calendar year's training is due by 31 December "
        "of that year, the first year judged being 2012 (the training system is due with "
        "二's 2012-08 goal). As of a date, the last finished year is judged (overdue if "
        "short) and the current year is not yet due; the count reported is for the year "
        "judged.",
        "the last finished calendar year from 2012; the current year not yet due",
        (),
        text_zh="“每年……进行轮训”是逐年的义务：每个自然年度的轮训应于当年12月31日前完成，首个"
        "检查年度为2012年（定期培训制度随二的2012年8月目标建立）。按检查日期，检查上一个已结束"
        "的年度，不足为逾期；当年尚未到期。报送的轮训人数指所检查的年度。首个年度的期限可另设。",
        gloss_zh="轮训按自然年度检查，检查上一已结束年度，当年尚未到期，自2012年起",
    ),
    Reading(
        "R23",
        GOALS,
        "文中未写明期限的要求",
        "The 备案 follows staffing (配备工作人员后): due with the staffing milestone, "
        "2012-06-30. The working funds in the budget and the district's top-up of the "
        "coordinators' wages (三（五）): due with 二's goal, 2012-08-31, as are 持证上岗 and the "
        "other service-system items (R16).",
        "备案 by 2012-06-30; 三（五） by 2012-08-31",
        (),
        text_zh="方案未写明期限的要求：社区（村）服务机构“配备工作人员后”的备案随人员配备，期限为"
        "2012年6月30日；街道（镇）服务机构工作经费列入预算和区级配套工资经费（三（五）），与"
        "持证上岗等服务制度一样，随二的目标于2012年8月31日前完成。各期限均可另设。",
        gloss_zh="备案随人员配备于2012年6月30日前完成，经费保障于2012年8月31日前到位",
    ),
    Reading(
        "R24",
        ACCOUNTABILITY,
        "未核实不等于进度较慢",
        "A district is named for slow completion (完成进度较慢) only on requirements known to "
        "be not met: the rate compared is met over verified. Unverified requirements (not "
        "reported) are shown as their own figure; a district more than half of whose due "
        "requirements are unverified is named, separately, for incomplete reporting (报送不全), "
        "never as slow.",
        "slow judged on verified requirements; 报送不全 above one half unverified",
        (),
        text_zh="“完成进度较慢”只按已核实未完成的要求认定：比较的是已核实要求中的完成比例（核实"
        "完成率）。未报送、无法核实的要求单列；已到期要求中过半未核实的区，另以“报送不全”通报，"
        "不作为完成进度较慢。比例可另设；也可另选把未核实按未完成计。",
        gloss_zh="进度较慢只看已核实未完成的要求，过半未核实的另以报送不全通报",
    ),
    Reading(
        "R25",
        ACCOUNTABILITY,
        "季度结束前的报送",
        "季度结束后5个工作日内 reports the finished quarter: a report dated on or before the "
        "quarter's last day cannot report it, and is its own status (提前报送), neither on "
        "time nor late. The 报送 record is kept as of a date: before the deadline a district "
        "that has not filed is 尚未报送（未到期）, after it 逾期未报送.",
        "提前报送 is its own status",
        (),
        text_zh="“每个季度结束后5个工作日内”报送的是已结束季度的情况：在季度最后一日或之前报送的，"
        "不能反映该季度，为“提前报送”，既非按时也非逾期。报送记录按日期统计：期限之前未报送的为"
        "“尚未报送（未到期）”，期限之后为“逾期未报送”。可另选把提前报送计为按时。",
        gloss_zh="季度结束前的报送为提前报送，既非按时也非逾期",
    ),
    Reading(
        "R26",
        NAMES,
        "2011年珠海的区、功能区与镇（街道）",
        "Which zones are merged with a town (区镇合一: 高新区 with 唐家湾镇, 横琴新区 with 横琴镇), "
        "which hold towns under them (高栏港经济区: 平沙镇、南水镇; 万山海洋开发试验区: 万山镇、"
        "桂山镇、担杆镇) and which streets and towns lie in each administrative district, as "
        "the project records Zhuhai in 2011. Names are generated, read and checked against "
        "it; a place it does not hold is accepted where the caller names it, and a name "
        "read back for it is well formed but not confirmed.",
        "Zhuhai's map as of the plan",
        (),
        text_zh="2011年珠海的区划：区镇合一的为高新区（唐家湾镇）和横琴新区（横琴镇）；下辖镇的功能区"
        "为高栏港经济区（平沙镇、南水镇）和万山海洋开发试验区（万山镇、桂山镇、担杆镇）；各行政区"
        "所辖街道和镇按本库记录。名称的生成、读取和核对都以此为准；本库未收录的地名，按填写的"
        "所在区接受，读回时只说格式符合、地名未收录。区划可另设。",
        gloss_zh="按本库记录的2011年珠海区划核对地名所属",
    ),
)
"""Every reading the project adopts, in the order of the plan's clauses."""

_BY_ID: Mapping[str, Reading] = {r.id: r for r in READINGS}


def reading(reading_id: str) -> Reading:
    """Return the adopted reading with the given id (``"R1"`` …).

    >>> from hrss_policy.plan.readings import reading
    >>> reading("R13").default
    'per coordinator'
    """
    if not isinstance(reading_id, str):
        raise TypeError(f"reading_id must be a str, got {_validate.describe(reading_id)}")
    try:
        return _BY_ID[reading_id]
    except KeyError:
        raise PolicyError(
            f"no adopted reading {_validate.shown(reading_id)}; known: {', '.join(_BY_ID)}",
            zh=f"没有编号为{_validate.shown_zh(reading_id)}的采用解读；现有：{'、'.join(_BY_ID)}",
        ) from None


def cite_zh(reading_id: str) -> str:
    """The reading *reading_id* named with its gloss, for a Chinese sentence to cite it.

    >>> from hrss_policy.plan.readings import cite_zh
    >>> cite_zh("R13")
    '本库解读R13：区级配套下限按每名协理员计算'
    """
    return reading(reading_id).cite_zh()
