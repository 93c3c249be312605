"""Actual staff checked against the quota of 三（一）5: the staff themselves, extra staff
and their approval, a station's full-time worker, and the filing (备案) of its staffing
(R11, R12, R21). A station's staff against its quota counts its full-time heads: the
part-time coordinators 三（五） funds by name are reported beside them and never make it
over quota (R21).
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from ...core import validate as _validate
from ...core import zh as _zh
from ...core.citing import Cited
from ...errors import PolicyError
from ...plan.clauses import STAFFING, cites
from ...plan.findings import Finding, make
from ...plan.parameter_types import FullTimeEvidence, OverQuota, StaffCounted
from ...plan.readings import cite_zh
from ...plan.register import due_of
from ...plan.status import Status
from ...plan.units import Level
from .quota import APPROVER, StaffingQuota

__all__ = [
    "StaffingCheck",
    "StaffingStatus",
    "check_staffing",
]


class StaffingStatus(enum.Enum):
    """How an agency's actual staff compares with its quota."""

    SHORTFALL = "shortfall"
    """Fewer staff than the quota."""
    AT_QUOTA = "at_quota"
    """Exactly the quota."""
    ABOVE_APPROVED = "above_approved"
    """More than the quota, the extra staff approved by the district government."""
    ABOVE_UNAPPROVED = "above_unapproved"
    """More than the quota, the approval reported missing: approval is to be sought (R11)."""
    ABOVE_APPROVAL_UNREPORTED = "above_approval_unreported"
    """More than the quota, and whether the district government approved was not
    reported: unverified, never read as "not approved"."""
    ABOVE_NOT_ALLOWED = "above_not_allowed"
    """More than the quota where the plan allows no extra staff (a station at or below
    the threshold): more staff than the plan allows (R11)."""
    UNVERIFIED = "unverified"
    """The actual staff were not reported, or contradict the roster."""

    @property
    def label(self) -> str:
        """The status in Chinese."""
        return {
            "shortfall": "配备不足",
            "at_quota": "按定额配备",
            "above_approved": "超出定额，已经批准",
            "above_unapproved": "超出定额，未见批准",
            "above_approval_unreported": "超出定额，未报送是否批准",
            "above_not_allowed": "超出方案允许的人数",
            "unverified": "无法核实",
        }[self.value]


@cites(STAFFING)
@attrs.frozen
class StaffingCheck(Cited):
    """An agency's actual staff against its quota, with one finding per requirement.

    Attributes:
        quota: The quota checked against.
        actual_staff: The staff it has, every head (for a station without a reported
            count, the size of its coordinator roster), or ``None`` where unknown.
        extra_approved: Whether an approval of extra staff is on record; ``None``: not
            reported.
        status: Shortfall, at quota, above it (approved, unapproved, approval not
            reported, not allowed), or unverified.
        difference: ``counted_staff - quota.staff``, or ``None`` where unverified.
        findings: ``staffing.quota``; ``staffing.extra_approval`` when staff exceed the
            quota; for a station, ``staffing.full_time`` and ``staffing.filing``.
        notes: Remarks that change no verdict (说明).
        clauses: The clause ids applied.
        counted_staff: The staff counted against the quota: for a station under R21
            (``params.station_staff_counted``), its full-time heads; otherwise
            ``actual_staff``.
        part_time_beside: A station's part-time coordinators reported beside the quota
            and not counted against it (R21); 0 where none or not known.
    """

    quota: StaffingQuota
    actual_staff: int | None
    extra_approved: bool | None
    status: StaffingStatus
    difference: int | None
    findings: tuple[Finding, ...]
    notes: tuple[str, ...]
    counted_staff: int | None = None
    part_time_beside: int = 0

    @property
    def passed(self) -> bool:
        """Whether every staffing requirement checked is verified and met."""
        return all(f.status is Status.MET for f in self.findings)

    def explain(self) -> str:
        """The check in Chinese: the quota's reasoning, then one sentence per finding."""
        lines = [self.quota.explain(), *(f.explain() for f in self.findings)]
        lines += [f"【{_zh.NOTE}】{note}。" for note in self.notes]
        return "\n".join(lines)


@cites(StaffingCheck)
def check_staffing(
    quota: StaffingQuota,
    actual_staff: int | None,
    *,
    extra_approved: bool | None = None,
    coordinators: int | None = None,
    full_time_coordinators: int | None = None,
    filed: bool | None = None,
    as_of: dt.date | None = None,
) -> StaffingCheck:
    """Check an agency's actual staff against its quota (三（一）5).

    Staff above the quota are covered only when the plan allows extra staff for this
    agency (``quota.extra_staff_allowed``) *and* the district government (管委会)
    approved them (``extra_approved=True``); with the approval reported missing the
    finding is that approval is to be sought, with it not reported the finding is
    unverified, and where extra staff are not allowed at all, that the staff exceed what
    the plan allows (R11, ``params.over_quota_unapproved``). A station's staff counted
    against its quota are its full-time heads, its part-time coordinators reported
    beside them (R21, ``params.station_staff_counted``). A station is also checked for
    its full-time worker (R12) and its filing (备案, due with staffing, R23).

    Args:
        quota: The agency's quota, from :func:`street_staff_quota` or
            :func:`community_staff_quota`; its parameter set is applied.
        actual_staff: The staff it has (an ``int`` ≥ 0), or ``None`` if not reported.
        extra_approved: Whether the district government approved extra staff: ``True``,
            ``False``, or ``None`` when not reported (unverified where it matters).
        coordinators: A station's coordinators on its roster, to cross-check
            *actual_staff* (or stand for it when it was not reported).
        full_time_coordinators: How many of them are full-time (专职), for R12 and R21.
        filed: Whether the station's staffing was filed (备案); ``None``: not reported.
        as_of: The inspection date stamped on the findings (R10), or ``None``.

    Raises:
        TypeError: an argument has the wrong type.
        PolicyError: a count is negative, or station-only evidence is given for a
            street/town agency.

    >>> hp.check_staffing(hp.street_staff_quota(45_000), 6).status
    <StaffingStatus.SHORTFALL: 'shortfall'>
    >>> c = hp.check_staffing(hp.community_staff_quota(9_000), 2, extra_approved=True)
    >>> c.status, c.passed
    (<StaffingStatus.ABOVE_APPROVED: 'above_approved'>, False)
    """
    _validate.instance("quota", quota, StaffingQuota)
    actual = _validate.optional_count("actual_staff", actual_staff)
    if extra_approved is not None:
        _validate.boolean("extra_approved", extra_approved)
    roster = _validate.optional_count("coordinators", coordinators)
    full_time = _validate.optional_count("full_time_coordinators", full_time_coordinators)
    if filed is not None:
        _validate.boolean("filed", filed)
    if as_of is not None:
        _validate.date("as_of", as_of)
    station = quota.level is Level.COMMUNITY_VILLAGE
    if not station and (roster is not None or full_time is not None or filed is not None):
        raise _station_only()
    if roster is not None and full_time is not None and full_time > roster:
        raise PolicyError(
            f"full_time_coordinators={full_time} is more than coordinators={roster}",
            zh=f"专职协理员{full_time}人多于协理员总数{roster}人",
        )
    return assess(quota, actual, extra_approved, roster, full_time, filed, as_of)


def assess(
    quota: StaffingQuota,
    actual: int | None,
    extra_approved: bool | None,
    roster: int | None,
    full_time: int | None,
    filed: bool | None,
    as_of: dt.date | None,
) -> StaffingCheck:
    """:func:`check_staffing` on arguments already checked: the rule's one fast path, which the public check and the inspection (:func:`~hrss_policy.inspect_unit`) both call."""
    station = quota.level is Level.COMMUNITY_VILLAGE
    p, due = quota.params, quota.due
    findings: list[Finding] = []
    notes: list[str] = []
    target = _zh.people(quota.staff)
    reason = None
    if actual is None and roster is not None:
        actual = roster
    elif actual is not None and roster is not None and actual != roster:
        reason = f"实有人数{_zh.people(actual)}与协理员名册{_zh.people(roster)}不一致"
    counted, beside = actual, 0
    if (
        station
        and actual is not None
        and full_time is not None
        and reason is None
        and p.station_staff_counted is StaffCounted.FULL_TIME_HEADS
    ):
        # R21: the part-time coordinators 三（五） funds are not the station's 新增人员.
        if full_time > actual:
            reason = f"专职协理员{_zh.people(full_time)}多于实有人数{_zh.people(actual)}"
        else:
            counted, beside = full_time, actual - full_time
    if counted is None or reason is not None:
        status, difference = StaffingStatus.UNVERIFIED, None
        facts = {"reason": reason or "未报送实有工作人员数", "quota": target}
        findings.append(make("staffing.quota", Status.UNVERIFIED, facts, due=due, as_of=as_of))
        counted = None
    else:
        difference = counted - quota.staff
        shown = _zh.people(counted)
        if beside:
            shown = f"专职{shown}（另有兼职协理员{_zh.people(beside)}不计入定额，{cite_zh('R21')}）"
        facts = {"actual": shown, "quota": target, "gap": _zh.people(-difference)}
        met = Status.MET if difference >= 0 else Status.NOT_MET
        findings.append(make("staffing.quota", met, facts, due=due, as_of=as_of))
        status = _status(quota, difference, extra_approved)
        if difference > 0:
            findings.append(_extra_finding(quota, shown, difference, status, as_of))
    if extra_approved and not quota.extra_staff_allowed and (difference or 0) <= 0:
        notes.append(
            f"记录了增加人员的批准，但服务对象{_zh.people(quota.service_recipients)}未超过"
            f"{_zh.people(p.community_extra_staff_threshold)}，不具备增加人员的条件"
        )
    if station:
        findings.append(_full_time_finding(quota, actual, full_time, reason, as_of))
        if filed is None:
            filed_status = Status.UNVERIFIED
        else:
            filed_status = Status.MET if filed else Status.NOT_MET
        filing_due = due_of("staffing.filing", p)
        findings.append(make("staffing.filing", filed_status, due=filing_due, as_of=as_of))
    return StaffingCheck(
        quota=quota,
        actual_staff=actual,
        extra_approved=extra_approved,
        status=status,
        difference=difference,
        findings=tuple(findings),
        notes=tuple(notes),
        counted_staff=counted,
        part_time_beside=beside,
    )


def _station_only() -> PolicyError:
    return PolicyError(
        "coordinators, full_time_coordinators and filed are evidence for a community/village "
        "station only; leave them None for a street/town agency",
        zh="协理员人数、专职协理员人数和备案情况仅适用于社区（村）服务机构，街道（镇）服务机构不应填写",
    )


def _status(quota: StaffingQuota, difference: int, approved: bool | None) -> StaffingStatus:
    if difference < 0:
        return StaffingStatus.SHORTFALL
    if difference == 0:
        return StaffingStatus.AT_QUOTA
    if not quota.extra_staff_allowed:
        return StaffingStatus.ABOVE_NOT_ALLOWED
    if approved is None:
        return StaffingStatus.ABOVE_APPROVAL_UNREPORTED
    return StaffingStatus.ABOVE_APPROVED if approved else StaffingStatus.ABOVE_UNAPPROVED


def _extra_finding(
    quota: StaffingQuota, actual: str, extra: int, status: StaffingStatus, as_of: dt.date | None
) -> Finding:
    p = quota.params
    note = None
    if status is StaffingStatus.ABOVE_APPROVAL_UNREPORTED:
        return make("staffing.extra_approval", Status.UNVERIFIED, due=quota.due, as_of=as_of)
    if status is StaffingStatus.ABOVE_APPROVED:
        result, detail = Status.MET, f"已经{APPROVER}批准"
    elif status is StaffingStatus.ABOVE_NOT_ALLOWED:
        result = Status.NOT_MET
        detail = (
            f"而服务对象{_zh.people(quota.service_recipients)}未超过"
            f"{_zh.people(p.community_extra_staff_threshold)}，不得增加人员"
        )
    elif p.over_quota_unapproved is OverQuota.NOTE:
        result, detail = Status.MET, f"未见{APPROVER}批准"
        note = f"超出定额的人员应由街道（镇）报请{APPROVER}批准"
    else:
        result = Status.NOT_MET
        detail = f"未见{APPROVER}批准，应由街道（镇）报请{APPROVER}批准"
    facts = {"actual": actual, "extra": _zh.people(extra), "detail": detail}
    if status is StaffingStatus.ABOVE_NOT_ALLOWED:
        # What is due is not an approval but the excess adjusted: said as such.
        facts.update(due_subject="超出部分", due_verb="调整")
    return make("staffing.extra_approval", result, facts, due=quota.due, as_of=as_of, note=note)


def _full_time_finding(
    quota: StaffingQuota,
    actual: int | None,
    full_time: int | None,
    reason: str | None,
    as_of: dt.date | None,
) -> Finding:
    required = str(quota.params.community_full_time_staff)
    due = quota.due
    by_roster = quota.params.station_full_time_evidence is FullTimeEvidence.ROSTER
    count, who = (full_time, "专职协理员") if by_roster else (actual, "工作人员")
    if count is None or (reason is not None and not by_roster):
        facts = {"required": required}
        return make("staffing.full_time", Status.UNVERIFIED, facts, due=due, as_of=as_of)
    met = count >= quota.params.community_full_time_staff
    found = f"配有{who}{_zh.people(count)}" if count else f"未配备{who}"
    facts = {"required": required, "found": found}
    return make(
        "staffing.full_time", Status.MET if met else Status.NOT_MET, facts, due=due, as_of=as_of
    )
