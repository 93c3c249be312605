"""Staffing of 三（一）5 (合理配备人员): quotas, and actual staff checked against them.

Street/town agencies get one worker per 6000 service recipients; community/village
stations get one full-time worker in principle, and may ask for more above 8000
recipients; extra staff need the district government's (管委会) approval; a station's
staffing is filed with the 市劳动就业服务中心. Where the text is silent the project adopts
a reading (R1, R2, R11, R12, R21); every reading is a parameter of
:class:`~hrss_policy.PolicyParameters`. A station's staff against its quota counts its
full-time heads: the part-time coordinators 三（五） funds by name are reported beside them
and never make it over quota (R21).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Iterable

import attrs

from ..core import validate as _validate
from ..core import zh as _zh
from ..errors import PolicyError
from ..plan.clauses import STAFFING, cites
from ..plan.findings import Finding, make
from ..plan.parameters import (
    PLAN_2011,
    FullTimeEvidence,
    OverQuota,
    PolicyParameters,
    StaffCounted,
    check_params,
)
from ..plan.readings import cite_zh
from ..plan.status import Status
from ..plan.units import Level, UnitKind, level_of

__all__ = [
    "ExtraStaffRoute",
    "StaffingCheck",
    "StaffingQuota",
    "StaffingStatus",
    "check_staffing",
    "community_staff_quota",
    "extra_staff_allowed",
    "extra_staff_allowed_column",
    "staff_count",
    "staff_count_column",
    "staff_quota",
    "street_staff_quota",
]

_FILING = "配备工作人员后，由区人力资源社会保障部门报市劳动就业服务中心备案"
_APPROVER = "区政府（管委会）"


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
            f"{posts}，所需经费由{self.funding}。"
        )


_STREET_ROUTE = ExtraStaffRoute(
    condition="已按规定足额配备工作人员且工作任务较重的",
    applicant="街道（镇）",
    approver=_APPROVER,
    funding="区、街道（镇）通过政府购买服务方式解决",
    no_new_posts=True,
)


@functools.lru_cache(maxsize=64)
def _community_route(threshold: int) -> ExtraStaffRoute:
    return ExtraStaffRoute(
        condition=f"服务对象超过{threshold}人的",
        applicant="街道（镇）",
        approver=_APPROVER,
        funding="街道（镇）、社区（村）通过购买服务方式解决",
        no_new_posts=False,
    )


def _ratio(numerator: int, denominator: int) -> str:
    """``45000 ÷ 6000 = 7.5`` exactly, or ``2000 ÷ 6000 ≈ 0.33``: never a figure that
    contradicts the rounding applied after it.

    A quotient that ends within four places is shown exactly; any other to two places
    after ≈, with more places where two would put the figure on a whole number or on the
    other side of a half than the quotient is (6001 ÷ 6000 ≈ 1.0002, never ≈ 1.00;
    2999 ÷ 6000 ≈ 0.4998, never ≈ 0.50), so no rounding rule reads it otherwise.
    """
    whole, rest = divmod(numerator, denominator)
    if rest == 0:
        return f"{numerator} ÷ {denominator} = {whole}"
    scaled, left = divmod(rest * 10_000, denominator)
    if left == 0:
        digits = f"{scaled:04d}".rstrip("0")
        return f"{numerator} ÷ {denominator} = {whole}.{digits}"
    places = 2
    while True:
        # Rounded half up to *places*; more places until the figure is not a whole number.
        shown = (2 * rest * 10**places + denominator) // (2 * denominator)
        side = (2 * shown > 10**places) - (2 * shown < 10**places)
        if 0 < shown < 10**places and side == (2 * rest > denominator) - (2 * rest < denominator):
            break
        places += 1
    return f"{numerator} ÷ {denominator} ≈ {whole}.{shown:0{places}d}".rstrip("0")


@attrs.frozen
class StaffingQuota:
    """The staff an agency is to have under 三（一）5.

    Attributes:
        level: Street/town agency or community/village station.
        service_recipients: The number of service recipients the quota was computed for.
        staff: Workers the agency is to be staffed with (full-time, for a station).
        rounded: For a street/town agency, the ratio rounded under ``params.staff_rounding``
            before the minimum of R1 applies; for a station, ``staff``.
        extra_staff_allowed: Whether the plan lets the agency ask for more than ``staff``.
            For a street/town agency this is always possible in principle, on the
            condition in ``extra_staff``; for a station only above the threshold.
        extra_staff: The condition, applicant, approver and funding of extra staff, or
            ``None`` where no extra staff may be asked for.
        filing: The filing (备案) the plan requires once staff are in place, if any.
        due: The date by which staffing is to be complete.
        params: The parameter set applied.
        clauses: The clause ids applied.
    """

    level: Level
    service_recipients: int
    staff: int
    rounded: int
    extra_staff_allowed: bool
    extra_staff: ExtraStaffRoute | None
    filing: str | None
    due: dt.date
    params: PolicyParameters = attrs.field(repr=False, eq=False)
    clauses: tuple[str, ...] = (STAFFING,)

    def explain(self) -> str:
        """The computation in Chinese, one sentence a line, with the clause cited.

        >>> print(hp.street_staff_quota(6001).explain())
        依据三（一）5，街道（镇）服务机构按照每6000名服务对象配备1名工作人员。
        服务对象6001人，6001 ÷ 6000 ≈ 1.0002，向上取整，定额为2人。
        工作人员应于2012年6月30日前配备到位。
        已按规定足额配备工作人员且工作任务较重的，可由街道（镇）报请区政府（管委会）批准适当增加人员，不新增编制，所需经费由区、街道（镇）通过政府购买服务方式解决。
        """
        p, n = self.params, self.service_recipients
        if self.level is Level.STREET_TOWN:
            per = p.street_recipients_per_staff
            lines = [
                f"依据{STAFFING}，街道（镇）服务机构按照每{per}名服务对象配备1名工作人员。",
                f"服务对象{_zh.people(n)}，{_ratio(n, per)}，"
                + ("" if n % per == 0 else f"{p.staff_rounding.label}，")
                + (
                    f"定额为{_zh.people(self.staff)}。"
                    if self.staff == self.rounded
                    else f"得{_zh.people(self.rounded)}；机构已设立，至少配备"
                    f"{_zh.people(p.street_minimum_staff)}（{cite_zh('R1')}），"
                    f"定额为{_zh.people(self.staff)}。"
                ),
            ]
        else:
            threshold = p.community_extra_staff_threshold
            lines = [
                f"依据{STAFFING}，社区（村）服务机构原则上配备{self.staff}名专职工作人员，"
                f"定额为{_zh.people(self.staff)}。",
                f"服务对象{_zh.people(n)}，"
                + (
                    f"超过{_zh.people(threshold)}，具备申请增加人员的条件。"
                    if self.extra_staff_allowed
                    else f"未超过{_zh.people(threshold)}，不具备申请增加人员的条件。"
                ),
            ]
        lines.append(f"工作人员应于{_zh.date(self.due)}前配备到位。")
        if self.extra_staff is not None:
            lines.append(self.extra_staff.describe())
        if self.filing is not None:
            lines.append(f"{self.filing}。")
        return "\n".join(lines)


def _recipients(value: object) -> int:
    # The common case first: a plain int in range needs no further look.
    if type(value) is int and 0 <= value <= _validate.MAX_COUNT:
        return value
    return _validate.count("service_recipients", value)


def _street(recipients: int, params: PolicyParameters) -> tuple[int, int]:
    """A street/town agency's ratio rounded (R1), and its staff: at least the minimum."""
    rounded = params.staff_rounding.apply(recipients, params.street_recipients_per_staff)
    return rounded, max(rounded, params.street_minimum_staff)


@cites(STAFFING)
def street_staff_quota(
    service_recipients: int, *, params: PolicyParameters = PLAN_2011
) -> StaffingQuota:
    """Return the staff quota of a street/town agency (街道（镇）服务机构).

    One worker per ``params.street_recipients_per_staff`` (6000) service recipients,
    rounded by ``params.staff_rounding`` (the project reads the text as rounding up, R1),
    and never fewer than ``params.street_minimum_staff`` (1): an agency that exists
    cannot be staffed by nobody.

    Args:
        service_recipients: The agency's service recipients (服务对象), an ``int`` from 0
            to 2**53.
        params: The parameter set to apply; defaults to the 2011 plan.

    Returns:
        The quota, with the route for extra staff; ``explain()`` gives the computation.

    Raises:
        TypeError: *service_recipients* is not an ``int`` (``bool`` and ``float`` included),
            or *params* is not a :class:`~hrss_policy.PolicyParameters`.
        PolicyError: *service_recipients* is negative or above 2**53.

    >>> q = hp.street_staff_quota(45_000)
    >>> q.staff
    8
    >>> print(q.explain().splitlines()[1])
    服务对象45000人，45000 ÷ 6000 = 7.5，向上取整，定额为8人。
    """
    if params is not PLAN_2011:
        check_params(params)
    recipients = _recipients(service_recipients)
    rounded, staff = _street(recipients, params)
    return StaffingQuota(
        Level.STREET_TOWN, recipients, staff, rounded, True, _STREET_ROUTE, None,
        params.staffing_due, params,
    )  # fmt: skip


@cites(STAFFING)
def community_staff_quota(
    service_recipients: int, *, params: PolicyParameters = PLAN_2011
) -> StaffingQuota:
    """Return the staff quota of a community/village station (社区（村）服务机构).

    One full-time worker in principle (``params.community_full_time_staff``). Extra staff
    may be asked for only when recipients are strictly more than
    ``params.community_extra_staff_threshold`` (8000, R2); the plan gives no number, so
    ``staff`` stays at the base and the result reports eligibility and the route.

    Args:
        service_recipients: The station's service recipients (服务对象), an ``int`` from 0
            to 2**53.
        params: The parameter set to apply; defaults to the 2011 plan.

    Raises:
        TypeError: *service_recipients* is not an ``int``, or *params* not a parameter set.
        PolicyError: *service_recipients* is negative or above 2**53.

    >>> c = hp.community_staff_quota(9_000)
    >>> c.staff, c.extra_staff_allowed
    (1, True)
    >>> hp.community_staff_quota(8_000).extra_staff_allowed
    False
    """
    if params is not PLAN_2011:
        check_params(params)
    recipients = _recipients(service_recipients)
    base = params.community_full_time_staff
    threshold = params.community_extra_staff_threshold
    extra = recipients > threshold
    route = _community_route(threshold) if extra else None
    return StaffingQuota(
        Level.COMMUNITY_VILLAGE, recipients, base, base, extra, route, _FILING,
        params.staffing_due, params,
    )  # fmt: skip


@cites(STAFFING)
def staff_quota(
    kind: UnitKind | Level, service_recipients: int, *, params: PolicyParameters = PLAN_2011
) -> StaffingQuota:
    """Return the quota for a unit of any kind (or level): the street/town or station rule.

    >>> hp.staff_quota(hp.UnitKind.VILLAGE, 3_000).staff
    1
    """
    level = _validate.instance("kind", kind, (UnitKind, Level))
    if isinstance(level, UnitKind):
        level = level.level
    if level is Level.STREET_TOWN:
        return street_staff_quota(service_recipients, params=params)
    return community_staff_quota(service_recipients, params=params)


@cites(STAFFING)
def staff_count(
    kind: UnitKind | Level, service_recipients: int, *, params: PolicyParameters = PLAN_2011
) -> int:
    """The number of staff of a unit's quota alone: :func:`staff_quota`'s ``.staff``.

    For columns of figures (a worksheet of 100,000 units), where the reasoning is asked
    for only on request (:func:`staff_quota` gives it). Same arguments and refusals.

    >>> hp.staff_count(hp.UnitKind.DISTRICT_STREET, 45_000), hp.staff_count(hp.Level.COMMUNITY_VILLAGE, 9_000)
    (8, 1)
    """
    if params is not PLAN_2011:
        check_params(params)
    level = kind.level if isinstance(kind, UnitKind) else level_of("kind", kind)
    recipients = _recipients(service_recipients)
    if level is Level.STREET_TOWN:
        return _street(recipients, params)[1]
    return params.community_full_time_staff


@cites(STAFFING)
def extra_staff_allowed(
    kind: UnitKind | Level, service_recipients: int, *, params: PolicyParameters = PLAN_2011
) -> bool:
    """Whether the plan lets the unit ask for extra staff: :func:`staff_quota`'s
    ``.extra_staff_allowed`` alone, for columns of figures (R2). Same arguments and refusals.

    >>> hp.extra_staff_allowed(hp.UnitKind.COMMUNITY, 8_000), hp.extra_staff_allowed(hp.UnitKind.COMMUNITY, 8_001)
    (False, True)
    """
    if params is not PLAN_2011:
        check_params(params)
    level = kind.level if isinstance(kind, UnitKind) else level_of("kind", kind)
    recipients = _recipients(service_recipients)
    return level is Level.STREET_TOWN or recipients > params.community_extra_staff_threshold


def _column_arguments(
    kind: object, service_recipients: object, params: PolicyParameters
) -> tuple[Level, list[int]]:
    """The checked arguments of a ``_column`` function: the level and the list of counts."""
    if params is not PLAN_2011:
        check_params(params)
    level = kind.level if isinstance(kind, UnitKind) else level_of("kind", kind)
    return level, _validate.counts("service_recipients", service_recipients)


@cites(STAFFING)
def staff_count_column(
    kind: UnitKind | Level,
    service_recipients: Iterable[int],
    *,
    params: PolicyParameters = PLAN_2011,
) -> list[int]:
    """:func:`staff_count` for a column of units of one kind, as a ``list``, in one call.

    For an analyst's 100,000 rows: the same numbers and refusals as one
    :func:`staff_count` per item (the first refused item is named by its position,
    ``service_recipients[3]``), about as fast as a bare Python loop.

    >>> hp.staff_count_column(hp.Level.STREET_TOWN, [45_000, 6_000, 6_001])
    [8, 1, 2]
    """
    level, recipients = _column_arguments(kind, service_recipients, params)
    if level is not Level.STREET_TOWN:
        return [params.community_full_time_staff] * len(recipients)
    rule, per = params.staff_rounding, params.street_recipients_per_staff
    least = params.street_minimum_staff
    apply = rule.apply
    return [max(apply(n, per), least) for n in recipients]


@cites(STAFFING)
def extra_staff_allowed_column(
    kind: UnitKind | Level,
    service_recipients: Iterable[int],
    *,
    params: PolicyParameters = PLAN_2011,
) -> list[bool]:
    """:func:`extra_staff_allowed` for a column of units of one kind, as a ``list``.

    >>> hp.extra_staff_allowed_column(hp.UnitKind.COMMUNITY, [8_000, 8_001])
    [False, True]
    """
    level, recipients = _column_arguments(kind, service_recipients, params)
    if level is Level.STREET_TOWN:
        return [True] * len(recipients)
    threshold = params.community_extra_staff_threshold
    return [n > threshold for n in recipients]


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


@attrs.frozen
class StaffingCheck:
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
    clauses: tuple[str, ...] = (STAFFING,)
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


@cites(STAFFING)
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
        filing_due = p.filing_due
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
        result, detail = Status.MET, f"已经{_APPROVER}批准"
    elif status is StaffingStatus.ABOVE_NOT_ALLOWED:
        result = Status.NOT_MET
        detail = (
            f"而服务对象{_zh.people(quota.service_recipients)}未超过"
            f"{_zh.people(p.community_extra_staff_threshold)}，不得增加人员"
        )
    elif p.over_quota_unapproved is OverQuota.NOTE:
        result, detail = Status.MET, f"未见{_APPROVER}批准"
        note = f"超出定额的人员应由街道（镇）报请{_APPROVER}批准"
    else:
        result = Status.NOT_MET
        detail = f"未见{_APPROVER}批准，应由街道（镇）报请{_APPROVER}批准"
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
