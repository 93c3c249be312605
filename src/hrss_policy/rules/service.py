"""Service practice of 三（四） (推进公共服务专业化建设).

Each agency and station is to set service standards (制定服务标准), standardise its
operations (规范业务操作), simplify procedures (简化办事手续), make its service items public
(公开服务项目), set out clear procedures (明确办理流程), offer one-stop service (“一站式”服务),
take part in the 创建满意窗口 campaign, practise first-contact responsibility (首问负责制),
completion within a time limit (限时办结制) and accountability (责任追究制), set up a
regular training system (建立定期培训制度), put every staff member through the yearly
rotation training (每年轮训) and have them certified (持证上岗). What 三（四） asks with no
standard to measure (多元化, 服务态度) is listed with its reason on the register's
exclusions (:data:`~hrss_policy.COVERAGE`). The plan sets no date of its own; 二 sets 2012年8月 for
专业化 (R16, ``params.professionalization_due``). The rotation training is a yearly duty
(R22, ``params.training_first_due``): each calendar year's is due by the year's end, from
2012; as of a date the last finished year is judged, and the current year is not yet due.
The time limits of individual cases are computed in
:mod:`hrss_policy.rules.deadlines.reports` (``service_deadline``).
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..core import validate as _validate
from ..core import zh as _zh
from ..core.citing import Cited
from ..plan.clauses import SERVICE, cites
from ..plan.evidence import evidence, evidence_of
from ..plan.findings import Finding, make
from ..plan.parameters import PLAN_2011, PolicyParameters, check_params
from ..plan.readings import cite_zh
from ..plan.register import due_of
from ..plan.status import Status
from ..plan.units import Level, UnitKind, level_of

__all__ = ["ServicePractice", "ServicePracticeCheck", "check_service_practice"]

_OPTIONAL_BOOL = _validate.v_optional(_validate.v_bool)
_OPTIONAL_COUNT = _validate.v_optional(_validate.v_count())


def _yes_no_field(header: str, description: str) -> bool | None:
    """A practice reported 是/否, ``None`` when not reported."""
    field: bool | None = evidence(
        header, kind="yes_no", description=description, default=None, validator=_OPTIONAL_BOOL
    )
    return field


@evidence_of
@attrs.frozen(cache_hash=True)
class ServicePractice:
    """What is known of a unit's service practice. ``None`` means "not reported".

    Args:
        standards: Has set its service standards (制定服务标准).
        operations: Has standardised its business operations (规范业务操作).
        simplified: Has simplified its procedures (简化办事手续).
        items_public: Makes its service items public (公开服务项目).
        procedures_clear: Has set out clear procedures (明确办理流程).
        one_stop: Offers “一站式” service.
        first_contact: Practises first-contact responsibility (首问负责制).
        time_limit: Practises completion within a time limit (限时办结制).
        accountability: Practises accountability (责任追究制).
        satisfied_window: Takes part in the 创建满意窗口活动.
        training_system: Has a regular training system (建立定期培训制度).
        trained_staff: Staff who took part in the rotation training (轮训) of the year
            judged: the last finished calendar year on the inspection date, or the first
            year (2012) while it runs (R22).
        certified_staff: Staff holding their certificate (持证上岗).
    """

    standards: bool | None = _yes_no_field("服务标准", "是否已制定服务标准（是/否）")
    operations: bool | None = _yes_no_field("规范业务操作", "是否已规范业务操作（是/否）")
    simplified: bool | None = _yes_no_field("简化办事手续", "是否已简化办事手续（是/否）")
    items_public: bool | None = _yes_no_field("公开服务项目", "是否已公开服务项目（是/否）")
    procedures_clear: bool | None = _yes_no_field("办理流程", "是否已明确办理流程（是/否）")
    one_stop: bool | None = _yes_no_field("一站式服务", "是否开展“一站式”服务（是/否）")
    satisfied_window: bool | None = _yes_no_field("满意窗口", "是否开展创建满意窗口活动（是/否）")
    first_contact: bool | None = _yes_no_field("首问负责制", "是否实行首问负责制（是/否）")
    time_limit: bool | None = _yes_no_field("限时办结制", "是否实行限时办结制（是/否）")
    accountability: bool | None = _yes_no_field("责任追究制", "是否实行责任追究制（是/否）")
    training_system: bool | None = _yes_no_field("定期培训制度", "是否已建立定期培训制度（是/否）")
    trained_staff: int | None = evidence(
        "轮训人数",
        "参加轮训人数",
        kind="count",
        label="参加轮训人数",
        description="本年度参加轮训的工作人员数",
        default=None,
        validator=_OPTIONAL_COUNT,
    )
    certified_staff: int | None = evidence(
        "持证人数",
        "持证上岗人数",
        kind="count",
        label="持证上岗人数",
        description="持证上岗的工作人员数",
        default=None,
        validator=_OPTIONAL_COUNT,
    )


@cites(SERVICE)
@attrs.frozen
class ServicePracticeCheck(Cited):
    """A unit's service practice against 三（四）.

    Attributes:
        level: The unit's level.
        practice: What was checked.
        staff: The staff the training and certification counts were checked against.
        findings: One finding per requirement, in the register's order.
        due: The date by which the requirements were to be met (R16).
        clauses: The clause ids applied.
        training_year: The calendar year whose rotation training was judged (R22).
        training_due: That year's due date.
    """

    level: Level
    practice: ServicePractice
    staff: int | None
    findings: tuple[Finding, ...]
    due: dt.date
    training_year: int = 0
    training_due: dt.date | None = None

    @property
    def passed(self) -> bool:
        """True when every requirement was verified and met."""
        return all(f.status is Status.MET for f in self.findings)

    def explain(self) -> str:
        """The check in Chinese: the standard, then one sentence per requirement."""
        head = (
            f"依据{SERVICE}，{self.level.label}的公共服务专业化建设应于{_zh.date(self.due)}前"
            f"完成（{cite_zh('R16')}）。"
        )
        lines = [head]
        if self.training_due is not None:
            lines.append(
                f"每年轮训按年度核查，本次核查{self.training_year}年度，应于"
                f"{_zh.date(self.training_due)}前完成（{cite_zh('R22')}）。"
            )
        return "\n".join([*lines, *(f.explain() for f in self.findings)])


def _yes_no(rid: str, value: bool | None, due: dt.date, as_of: dt.date | None) -> Finding:
    if value is None:
        return make(rid, Status.UNVERIFIED, due=due, as_of=as_of)
    return make(rid, Status.MET if value else Status.NOT_MET, due=due, as_of=as_of)


def _all_staff(
    rid: str,
    counted: tuple[str, int | None, str],
    staff: int | None,
    extra: dict[str, str],
    due: dt.date,
    as_of: dt.date | None,
) -> Finding:
    name, count, missing = counted
    # Each fact really missing is named: the count, the staff, or both; and a unit with
    # no staff is not "all trained" (nobody to train says nothing of the duty).
    absent = [text for text, value in ((missing, count), ("工作人员数", staff)) if value is None]
    if absent:
        reason = f"未报送{'和'.join(absent)}"
    elif staff == 0:
        reason = "实有工作人员0人"
    else:
        reason = ""
    if reason:
        return make(rid, Status.UNVERIFIED, {**extra, "reason": reason}, due=due, as_of=as_of)
    assert count is not None
    assert staff is not None
    facts = {**extra, name: _zh.people(count), "staff": _zh.people(staff)}
    facts["gap"] = _zh.people(max(staff - count, 0))
    status = Status.MET if count >= staff else Status.NOT_MET
    return make(rid, status, facts, due=due, as_of=as_of)


def training_year(as_of: dt.date | None, params: PolicyParameters) -> tuple[int, dt.date]:
    """The calendar year whose rotation training is judged on *as_of*, and its due date (R22).

    The last finished year, never before the first year (``params.training_first_due``);
    undated, the first year.
    """
    first = due_of("service.training", params)
    year = first.year if as_of is None else max(first.year, as_of.year - 1)
    try:
        due = first.replace(year=year)
    except ValueError:  # a first due date of 29 February, in a year without one
        due = dt.date(year, 2, 28)
    return year, due


@cites(ServicePracticeCheck)
def check_service_practice(
    unit: Level | UnitKind,
    practice: ServicePractice | None,
    *,
    staff: int | None = None,
    as_of: dt.date | None = None,
    params: PolicyParameters = PLAN_2011,
) -> ServicePracticeCheck:
    """Check a unit's service practice against 三（四）.

    Args:
        unit: The unit's :class:`Level` or :class:`UnitKind`.
        practice: What is known; ``None`` (or a ``None`` field) is unverified.
        staff: The unit's staff, against whom training and certification are counted
            (every staff member, 每年对基层服务机构工作人员进行轮训、实行持证上岗制度);
            ``None`` leaves those two unverified.
        as_of: The inspection date: the training of the last finished calendar year is
            judged on it, from the first year (R22); or ``None``.
        params: The parameter set (``professionalization_due``, ``training_first_due``).

    >>> p = hp.ServicePractice(one_stop=True, trained_staff=3, certified_staff=4)
    >>> c = hp.check_service_practice(hp.Level.STREET_TOWN, p, staff=4, as_of=dt.date(2013, 5, 1))
    >>> print(c.findings[11])
    【逾期】2012年参加轮训3人，少于工作人员4人，1人未参加轮训，依据三（四）应于2012年12月31日前完成。
    """
    level = level_of("unit", unit)
    given = ServicePractice() if practice is None else practice
    _validate.instance("practice", given, ServicePractice)
    if staff is not None:
        _validate.count("staff", staff)
    check_params(params)
    if as_of is not None:
        _validate.date("as_of", as_of)
    return assess(level, given, staff, as_of, params)


_NOTHING = ServicePractice()


def assess(
    level: Level,
    given: ServicePractice | None,
    staff: int | None,
    as_of: dt.date | None,
    params: PolicyParameters,
) -> ServicePracticeCheck:
    """:func:`check_service_practice` on arguments already checked: the rule's one fast path, which the public check and the inspection (:func:`~hrss_policy.inspect_unit`) both call."""
    if given is None:
        given = _NOTHING
    due = due_of("service.standards", params)
    year, year_due = training_year(as_of, params)
    label = f"{year}年"
    trained = ("trained", given.trained_staff, f"{label}轮训人数")
    certified = ("certified", given.certified_staff, "持证人数")
    findings = (
        _yes_no("service.standards", given.standards, due, as_of),
        _yes_no("service.operations", given.operations, due, as_of),
        _yes_no("service.simplified", given.simplified, due, as_of),
        _yes_no("service.items_public", given.items_public, due, as_of),
        _yes_no("service.procedures_clear", given.procedures_clear, due, as_of),
        _yes_no("service.one_stop", given.one_stop, due, as_of),
        _yes_no("service.satisfied_window", given.satisfied_window, due, as_of),
        _yes_no("service.first_contact", given.first_contact, due, as_of),
        _yes_no("service.time_limit", given.time_limit, due, as_of),
        _yes_no("service.accountability", given.accountability, due, as_of),
        _yes_no("service.training_system", given.training_system, due, as_of),
        _all_staff("service.training", trained, staff, {"year": label}, year_due, as_of),
        _all_staff("service.certification", certified, staff, {}, due, as_of),
    )
    return ServicePracticeCheck(
        level=level,
        practice=given,
        staff=staff,
        findings=findings,
        due=due,
        training_year=year,
        training_due=year_due,
    )
