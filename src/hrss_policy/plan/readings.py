"""The readings this project adopts where the plan's text is silent or ambiguous.

An adopted reading is a default, not a law: each names the parameter(s) of
:class:`~hrss_policy.PolicyParameters` (or the argument) that switch it, so a caller who
reads the text otherwise passes another value instead of forking the library. Docstrings
and the documentation cite readings by their id here (``R1`` …); the list is printed in
the docs as a table generated from :data:`READINGS`.
"""

from __future__ import annotations

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

__all__ = ["READINGS", "Reading", "reading"]


@attrs.frozen
class Reading:
    """One adopted reading.

    Attributes:
        id: The project's id for it, e.g. ``"R1"``.
        clause: The clause whose text it reads.
        title: What it decides, in Chinese.
        text: The reading, in English, as the docs print it.
        default: The default the library applies, in English.
        switches: The parameters (``PolicyParameters`` fields) or arguments that choose
            another reading.
    """

    id: str
    clause: str
    title: str
    text: str
    default: str
    switches: tuple[str, ...]


READINGS: tuple[Reading, ...] = (
    Reading(
        "R1",
        STAFFING,
        "街道（镇）服务机构人员定额的取整",
        "每6000名服务对象配备1名工作人员 leaves the remainder unsaid. A partial block of 6000 "
        "still needs a worker, and an agency that exists cannot be staffed by nobody.",
        "ceil(service recipients / 6000), at least 1",
        ("staff_rounding", "street_minimum_staff"),
    ),
    Reading(
        "R2",
        STAFFING,
        "社区（村）服务机构增加人员",
        "Extra staff may be asked for only above 8000 recipients (超过: strictly more). The "
        "text gives no number of extra staff, so the library reports eligibility and the "
        "approval path, never a count.",
        "eligible when recipients > 8000; quota stays 1",
        ("community_extra_staff_threshold",),
    ),
    Reading(
        "R3",
        FUNDING,
        "专职协理员属于公职人员",
        "The ban on part-time pay names part-time posts only; a full-time coordinator who "
        "is a public servant is counted as the text counts full-time heads, with a note.",
        "counted as full-time",
        ("full_time_public_servant_paid",),
    ),
    Reading(
        "R4",
        NAMES,
        "名称模板中的括号",
        "In the templates a parenthesised part is the alternative to the word before it: "
        "XX街道办事处（镇） is XX街道办事处 or XX镇; 珠海（市） is 珠海 or 珠海市 (the short "
        "form for a zone merged with its town only).",
        "brackets are alternatives, never part of a name",
        ("functional_zones", "administrative_districts"),
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
    ),
    Reading(
        "R6",
        ACCOUNTABILITY,
        "“每个季度结束后5个工作日内”",
        "The deadline is the 5th working day strictly after the quarter's last day, whether "
        "or not that day is a working day; a report on the deadline is on time. The first "
        "report due is the one for 2011 Q4 (从2011年12月起).",
        "the n-th working day after the quarter's last calendar day",
        ("report_count_from", "first_report_year", "first_report_quarter"),
    ),
    Reading(
        "R7",
        GOALS,
        "“某月底前”",
        "“By the end of <month>” is the last calendar day of that month; 2012年8月 in 二 is "
        "read as 2012-08-31.",
        "the month's last day",
        (
            "standardization_due",
            "staffing_due",
            "premises_due",
            "full_implementation_due",
        ),
    ),
    Reading(
        "R8",
        PREMISES,
        "“原则上”的标准",
        "Standards stated 原则上 (300 m², one full-time worker) are standards a unit is "
        "assessed against: falling short is a finding, never an exception.",
        "a not-met finding",
        ("street_minimum_floor_area_m2", "community_full_time_staff"),
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
        ("slow_progress", "slow_progress_count", "slow_progress_rate"),
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
        ("undated_requirements_due",),
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
        ("over_quota_unapproved",),
    ),
    Reading(
        "R12",
        STAFFING,
        "社区（村）服务机构的专职工作人员",
        "原则上配备1名专职工作人员 is met when at least one of the station's coordinators is "
        "full-time (专职); a station staffed only part-time falls short.",
        "at least one full-time coordinator on the roster",
        ("station_full_time_evidence",),
    ),
    Reading(
        "R13",
        FUNDING,
        "区级配套工资经费的计算单位",
        "区级财政安排配套工资经费每月不少于1000元 (and 800) is read per coordinator, as the "
        "city amount it matches is per person.",
        "per coordinator",
        ("district_minimum_basis",),
    ),
    Reading(
        "R14",
        NAMES,
        "以镇命名的区镇合一功能区",
        "In 珠海（市）XX经济功能区（镇）…服务所 the bracketed 镇 is the alternative to "
        "XX经济功能区, so a zone merged with its town may also be named 珠海（市）{镇}镇"
        "人力资源和社会保障服务所 once the town's name is known.",
        "both forms are standard",
        ("zone_may_use_town_name",),
    ),
    Reading(
        "R15",
        SERVICE,
        "限时办结的起算",
        "A time limit of n working days ends on the n-th working day strictly after the "
        "day the case was accepted; completion on that day is within the limit.",
        "counted from the day after acceptance",
        ("service_count_from",),
    ),
    Reading(
        "R16",
        INFORMATIZATION,
        "信息化、专业化建设的期限",
        "三（三） and 三（四） set no date; 二 sets 2012年8月 for 规范化、专业化、信息化、网络化, "
        "so their requirements are due on 2012-08-31. The yearly rotation training (每年"
        "轮训) is a yearly duty with due dates of its own (R22).",
        "due with 二's 2012-08 milestone",
        ("informatization_due", "professionalization_due"),
    ),
    Reading(
        "R17",
        FUNDING,
        "一年的月数",
        "Monthly subsidies are turned into a year's budget with 12 months.",
        "12 months",
        ("months_per_year",),
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
        ("station_staff_counted",),
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
        ("training_first_due",),
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
        ("filing_due", "funding_due"),
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
        ("unverified_counts_as_not_met", "incomplete_reporting_share"),
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
        ("early_report_on_time",),
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
        ("area_map",),
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
