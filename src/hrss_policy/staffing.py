"""Staffing quotas of 三（一）5 (合理配备人员).

Street/town agencies get one worker per 6000 service recipients; community/village
stations get one full-time worker in principle, and may ask for more above 8000
recipients. Where the text is silent the project adopts a reading (see
:data:`~hrss_policy.PLAN_2011` and the docs); every reading is a parameter.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal, localcontext

import attrs

from . import _validate
from .errors import PolicyError
from .parameters import PLAN_2011, PolicyParameters
from .units import Level, UnitKind

__all__ = [
    "ExtraStaffRoute",
    "StaffingCheck",
    "StaffingQuota",
    "StaffingStatus",
    "check_staffing",
    "community_staff_quota",
    "staff_quota",
    "street_staff_quota",
]

CLAUSE = "三（一）5"

_FILING = "配备工作人员后，由区人力资源社会保障部门报市劳动就业服务中心备案"


@attrs.frozen
class ExtraStaffRoute:
    """How an agency may take on staff beyond its quota, as 三（一）5 lays it down.

    The plan names no number of extra staff; it names the condition, who asks, who
    approves and who pays. The library reports these and never invents a count.

    Attributes:
        condition: When extra staff may be asked for.
        applicant: Who applies.
        approver: Who approves.
        funding: How the extra staff are paid for.
        no_new_posts: True where the plan says extra staff come without new 编制.
    """

    condition: str
    applicant: str
    approver: str
    funding: str
    no_new_posts: bool

    def describe(self) -> str:
        """One Chinese sentence with the whole route."""
        posts = "，不新增编制" if self.no_new_posts else ""
        return (
            f"{self.condition}，可由{self.applicant}报请{self.approver}批准适当增加人员"
            f"{posts}，所需经费由{self.funding}"
        )


_STREET_ROUTE = ExtraStaffRoute(
    condition="已按规定足额配备工作人员且工作任务较重的",
    applicant="街道（镇）",
    approver="区政府（管委会）",
    funding="区、街道（镇）通过政府购买服务方式解决",
    no_new_posts=True,
)


def _community_route(threshold: int) -> ExtraStaffRoute:
    return ExtraStaffRoute(
        condition=f"服务对象超过{threshold}人的",
        applicant="街道（镇）",
        approver="区政府（管委会）",
        funding="街道（镇）、社区（村）通过购买服务方式解决",
        no_new_posts=False,
    )


@attrs.frozen
class StaffingQuota:
    """The staff an agency is to have under 三（一）5.

    Attributes:
        level: Street/town agency or community/village station.
        service_recipients: The number of service recipients the quota was computed for.
        staff: Workers the agency is to be staffed with (full-time, for a station).
        extra_staff_allowed: Whether the plan lets the agency ask for more than ``staff``.
            For a street/town agency this is always possible in principle, on the
            condition in ``extra_staff``; for a station only above the threshold.
        extra_staff: The condition, applicant, approver and funding of extra staff, or
            ``None`` where no extra staff may be asked for.
        filing: The filing (备案) the plan requires once staff are in place, if any.
        staffed_by: The date by which staffing is to be complete.
        clauses: The clause ids applied.
        steps: The computation, step by step, in Chinese.
    """

    level: Level
    service_recipients: int
    staff: int
    extra_staff_allowed: bool
    extra_staff: ExtraStaffRoute | None
    filing: str | None
    staffed_by: dt.date
    clauses: tuple[str, ...]
    steps: tuple[str, ...]

    def explain(self) -> str:
        """Return the computation in Chinese, one step a line, with the clause cited."""
        return "\n".join(self.steps)


def _format_ratio(numerator: int, denominator: int) -> str:
    """Return ``= 7.5`` or ``≈ 1.67``: the ratio as an explanation shows it."""
    # Enough digits for the whole ratio, however large the count: never an inexact figure.
    with localcontext(prec=len(str(numerator)) + 4):
        ratio = Decimal(numerator) / Decimal(denominator)
        shown = ratio.quantize(Decimal("0.01"))
        if shown == ratio:
            return f"= {ratio.normalize():f}"
        return f"≈ {shown}"


def street_staff_quota(
    service_recipients: int, *, params: PolicyParameters = PLAN_2011
) -> StaffingQuota:
    """Return the staff quota of a street/town agency (街道（镇）服务机构).

    One worker per ``params.street_recipients_per_staff`` (6000) service recipients,
    rounded by ``params.staff_rounding`` (the project reads the text as rounding up),
    and never fewer than ``params.street_minimum_staff`` (1): an agency that exists
    cannot be staffed by nobody.

    Args:
        service_recipients: The agency's service recipients (服务对象), an ``int`` ≥ 0.
        params: The parameter set to apply; defaults to the 2011 plan.

    Returns:
        The quota, with the route for extra staff and the steps of the computation.

    Raises:
        TypeError: *service_recipients* is not an ``int`` (``bool`` and ``float`` included).
        PolicyError: *service_recipients* is negative.

    >>> q = hp.street_staff_quota(45_000)
    >>> q.staff
    8
    >>> print(q.explain())
    街道（镇）服务机构按照每6000名服务对象配备1名工作人员（三（一）5）
    45000 ÷ 6000 = 7.5，向上取整 → 8 人
    工作人员配备于 2012-06-30 前完成（三（一）5）
    已按规定足额配备工作人员且工作任务较重的，可由街道（镇）报请区政府（管委会）批准适当增加人员，不新增编制，所需经费由区、街道（镇）通过政府购买服务方式解决
    """
    recipients = _validate.count("service_recipients", service_recipients)
    per = params.street_recipients_per_staff
    ratio_text = _format_ratio(recipients, per)
    rounded = params.staff_rounding.divide(recipients, per)
    staff = max(rounded, params.street_minimum_staff)
    steps = [
        f"街道（镇）服务机构按照每{per}名服务对象配备1名工作人员（{CLAUSE}）",
        f"{recipients} ÷ {per} {ratio_text}，{params.staff_rounding.label} → {rounded} 人",
    ]
    if staff != rounded:
        steps.append(
            f"不少于 {params.street_minimum_staff} 人（已设立的机构不能无人，本项目采用的解读）"
            f" → {staff} 人"
        )
    steps.append(f"工作人员配备于 {params.staffing_due.isoformat()} 前完成（{CLAUSE}）")
    steps.append(_STREET_ROUTE.describe())
    return StaffingQuota(
        level=Level.STREET_TOWN,
        service_recipients=recipients,
        staff=staff,
        extra_staff_allowed=True,
        extra_staff=_STREET_ROUTE,
        filing=None,
        staffed_by=params.staffing_due,
        clauses=(CLAUSE,),
        steps=tuple(steps),
    )


def community_staff_quota(
    service_recipients: int, *, params: PolicyParameters = PLAN_2011
) -> StaffingQuota:
    """Return the staff quota of a community/village station (社区（村）服务机构).

    One full-time worker in principle (``params.community_full_time_staff``). Extra staff
    may be asked for only when recipients are strictly more than
    ``params.community_extra_staff_threshold`` (8000); the plan gives no number, so
    ``staff`` stays at the base and the result reports eligibility and the route.

    Args:
        service_recipients: The station's service recipients (服务对象), an ``int`` ≥ 0.
        params: The parameter set to apply; defaults to the 2011 plan.

    Raises:
        TypeError: *service_recipients* is not an ``int`` (``bool`` and ``float`` included).
        PolicyError: *service_recipients* is negative.

    >>> c = hp.community_staff_quota(9_000)
    >>> c.staff, c.extra_staff_allowed
    (1, True)
    >>> hp.community_staff_quota(8_000).extra_staff_allowed
    False
    """
    recipients = _validate.count("service_recipients", service_recipients)
    base = params.community_full_time_staff
    threshold = params.community_extra_staff_threshold
    extra = recipients > threshold
    route = _community_route(threshold) if extra else None
    steps = [f"社区（村）服务机构原则上配备{base}名专职工作人员（{CLAUSE}）→ {base} 人"]
    if extra:
        assert route is not None
        steps.append(f"服务对象 {recipients} 人 > {threshold} 人：{route.describe()}")
    else:
        steps.append(f"服务对象 {recipients} 人，未超过 {threshold} 人：不适用增加人员")
    steps.append(f"工作人员配备于 {params.staffing_due.isoformat()} 前完成；{_FILING}（{CLAUSE}）")
    return StaffingQuota(
        level=Level.COMMUNITY_VILLAGE,
        service_recipients=recipients,
        staff=base,
        extra_staff_allowed=extra,
        extra_staff=route,
        filing=_FILING,
        staffed_by=params.staffing_due,
        clauses=(CLAUSE,),
        steps=tuple(steps),
    )


def staff_quota(
    kind: UnitKind, service_recipients: int, *, params: PolicyParameters = PLAN_2011
) -> StaffingQuota:
    """Return the quota for a unit of any kind: the street/town or community/village rule.

    >>> hp.staff_quota(hp.UnitKind.VILLAGE, 3_000).staff
    1
    """
    if not isinstance(kind, UnitKind):
        raise TypeError(f"kind must be a UnitKind, got {kind!r} ({type(kind).__name__})")
    if kind.level is Level.STREET_TOWN:
        return street_staff_quota(service_recipients, params=params)
    return community_staff_quota(service_recipients, params=params)


class StaffingStatus(enum.Enum):
    """How an agency's actual staff compares with its quota."""

    SHORTFALL = "shortfall"
    """Fewer staff than the quota: a finding."""
    AT_QUOTA = "at_quota"
    """Exactly the quota."""
    ABOVE_APPROVED = "above_approved"
    """More than the quota, with an approval on record for the extra staff."""
    ABOVE_UNAPPROVED = "above_unapproved"
    """More than the quota with no approval on record (or none possible): a finding."""

    @property
    def label(self) -> str:
        """The status in Chinese."""
        return {
            StaffingStatus.SHORTFALL: "配备不足",
            StaffingStatus.AT_QUOTA: "按定额配备",
            StaffingStatus.ABOVE_APPROVED: "超出定额（已批准增加人员）",
            StaffingStatus.ABOVE_UNAPPROVED: "超出定额（未见批准）",
        }[self]

    @property
    def is_finding(self) -> bool:
        """Whether an inspection reports this status as a shortcoming."""
        return self in (StaffingStatus.SHORTFALL, StaffingStatus.ABOVE_UNAPPROVED)


@attrs.frozen
class StaffingCheck:
    """An agency's actual staff against its quota.

    Attributes:
        quota: The quota checked against.
        actual_staff: The staff the agency has.
        extra_approved: Whether the caller recorded an approval for extra staff.
        status: Shortfall, at quota, or above it with or without approval.
        difference: ``actual_staff - quota.staff`` (negative for a shortfall).
        clauses: The clause ids applied.
        steps: The reasoning in Chinese.
    """

    quota: StaffingQuota
    actual_staff: int
    extra_approved: bool
    status: StaffingStatus
    difference: int
    clauses: tuple[str, ...]
    steps: tuple[str, ...]

    @property
    def is_finding(self) -> bool:
        """Whether the check is a shortcoming an inspection reports."""
        return self.status.is_finding

    def explain(self) -> str:
        """Return the check in Chinese, one step a line."""
        return "\n".join(self.steps)


def check_staffing(
    quota: StaffingQuota, actual_staff: int, *, extra_approved: bool = False
) -> StaffingCheck:
    """Compare an agency's actual staff with its quota.

    Staff above the quota count as covered only when the plan allows extra staff for this
    agency (``quota.extra_staff_allowed``) *and* the caller records that the district
    government (管委会) approved them (``extra_approved=True``).

    Args:
        quota: The agency's quota, from :func:`street_staff_quota` or
            :func:`community_staff_quota`.
        actual_staff: The staff it has, an ``int`` ≥ 0.
        extra_approved: Whether an approval for extra staff is on record.

    Raises:
        TypeError: an argument has the wrong type.
        PolicyError: *actual_staff* is negative, or an approval is recorded for an
            agency the plan gives no route to extra staff.

    >>> hp.check_staffing(hp.street_staff_quota(45_000), 6).status
    <StaffingStatus.SHORTFALL: 'shortfall'>
    >>> hp.check_staffing(hp.community_staff_quota(9_000), 2, extra_approved=True).status
    <StaffingStatus.ABOVE_APPROVED: 'above_approved'>
    """
    if not isinstance(quota, StaffingQuota):
        raise TypeError(f"quota must be a StaffingQuota, got {type(quota).__name__}")
    actual = _validate.count("actual_staff", actual_staff)
    if not isinstance(extra_approved, bool):
        raise TypeError(f"extra_approved must be a bool, got {extra_approved!r}")
    if extra_approved and not quota.extra_staff_allowed:
        raise PolicyError(
            "extra_approved=True, but the plan gives this agency no route to extra staff "
            f"(service_recipients={quota.service_recipients}); extra staff for a "
            "community/village station need more recipients than the threshold"
        )
    difference = actual - quota.staff
    if difference < 0:
        status = StaffingStatus.SHORTFALL
    elif difference == 0:
        status = StaffingStatus.AT_QUOTA
    elif extra_approved:
        status = StaffingStatus.ABOVE_APPROVED
    else:
        status = StaffingStatus.ABOVE_UNAPPROVED
    steps = [f"定额 {quota.staff} 人，实有 {actual} 人（{CLAUSE}）"]
    if status is StaffingStatus.SHORTFALL:
        steps.append(f"{status.label}：缺 {-difference} 人")
    elif status is StaffingStatus.AT_QUOTA:
        steps.append(status.label)
    elif status is StaffingStatus.ABOVE_APPROVED:
        steps.append(f"{status.label}：多 {difference} 人，已报区政府（管委会）批准")
    elif quota.extra_staff_allowed:
        steps.append(f"{status.label}：多 {difference} 人，需由街道（镇）报请区政府（管委会）批准")
    else:
        steps.append(f"{status.label}：多 {difference} 人，本机构不符合增加人员的条件")
    return StaffingCheck(
        quota=quota,
        actual_staff=actual,
        extra_approved=extra_approved,
        status=status,
        difference=difference,
        clauses=(CLAUSE,),
        steps=tuple(steps),
    )
