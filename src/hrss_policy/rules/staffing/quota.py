"""Staffing quotas of 三（一）5 (合理配备人员): one worker per 6000 service recipients for
a street/town agency, one full-time worker in principle for a community/village station,
which may ask for more above 8000 recipients with the district government's (管委会)
approval (R1, R2). The check of actual staff against them is :mod:`.check`.

One rule, several forms, each for its caller; every form is a thin wrapper that checks
its arguments and asks the rule (the functions under "the rule" below, the only place the
division, the rounding, the minimum and the threshold are written):

* the explained value object, :class:`StaffingQuota`, for a report, the command and the
  inspection: :func:`street_staff_quota`, :func:`community_staff_quota`, and
  :func:`staff_quota` for a unit of any kind (its ``explain()`` shows the computation);
* the figure alone, for a program or one worksheet cell: :func:`staff_count` (the
  quota's ``.staff``) and :func:`extra_staff_allowed` (its ``.extra_staff_allowed``);
* a column of figures, for Excel over 100,000 rows: :func:`staff_count_column` and
  :func:`extra_staff_allowed_column`, the same figures as the scalar forms item by item,
  at about the speed of a bare Python loop.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable

import attrs

from ...core import validate as _validate
from ...core import zh as _zh
from ...core.citing import Cited
from ...plan.clauses import STAFFING, cites
from ...plan.parameters import (
    PLAN_2011,
    PolicyParameters,
    check_params,
)
from ...plan.readings import cite_zh
from ...plan.register import due_of
from ...plan.units import Level, UnitKind, level_of

__all__ = [
    "ExtraStaffRoute",
    "StaffingQuota",
    "community_staff_quota",
    "extra_staff_allowed",
    "extra_staff_allowed_column",
    "staff_count",
    "staff_count_column",
    "staff_quota",
    "street_staff_quota",
]

_FILING = "配备工作人员后，由区人力资源社会保障部门报市劳动就业服务中心备案"
#: Who approves extra staff (三（一）5).
APPROVER = "区政府（管委会）"


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
    approver=APPROVER,
    funding="区、街道（镇）通过政府购买服务方式解决",
    no_new_posts=True,
)


@functools.lru_cache(maxsize=64)
def _community_route(threshold: int) -> ExtraStaffRoute:
    return ExtraStaffRoute(
        condition=f"服务对象超过{threshold}人的",
        applicant="街道（镇）",
        approver=APPROVER,
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


@cites(STAFFING)
@attrs.frozen
class StaffingQuota(Cited):
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


# -- the rule: the only place its arithmetic is written -------------------------------


def _staff(level: Level, recipients: int, params: PolicyParameters) -> tuple[int, int]:
    """The quota of a unit of *level* with *recipients*: ``(rounded, staff)``.

    A street/town agency: ``recipients ÷ params.street_recipients_per_staff`` rounded by
    ``params.staff_rounding``, and never fewer than ``params.street_minimum_staff`` (R1).
    A station: ``params.community_full_time_staff``, whatever its recipients (R2).
    """
    if level is Level.STREET_TOWN:
        rounded = params.staff_rounding.apply(recipients, params.street_recipients_per_staff)
        return rounded, max(rounded, params.street_minimum_staff)
    base = params.community_full_time_staff
    return base, base


def _extra(level: Level, recipients: int, params: PolicyParameters) -> bool:
    """Whether a unit of *level* may ask for extra staff: a street/town agency always, on
    the condition of its route; a station only strictly above
    ``params.community_extra_staff_threshold`` (R2)."""
    return level is Level.STREET_TOWN or recipients > params.community_extra_staff_threshold


def _staff_column(level: Level, recipients: list[int], params: PolicyParameters) -> list[int]:
    """``_staff(level, n, params)[1]`` for each *n*: the same rule, read from *params*
    once and written out per item, so that 100,000 rows cost about a bare loop (a call of
    :func:`_staff` per item would double it). The laws of the staffing tests hold the
    column to the scalar form item by item."""
    if level is not Level.STREET_TOWN:
        return [params.community_full_time_staff] * len(recipients)
    apply, per = params.staff_rounding.apply, params.street_recipients_per_staff
    least = params.street_minimum_staff
    return [max(apply(n, per), least) for n in recipients]


def _extra_column(level: Level, recipients: list[int], params: PolicyParameters) -> list[bool]:
    """``_extra(level, n, params)`` for each *n*, as :func:`_staff_column` is ``_staff``."""
    if level is Level.STREET_TOWN:
        return [True] * len(recipients)
    threshold = params.community_extra_staff_threshold
    return [n > threshold for n in recipients]


def _quota(level: Level, recipients: int, params: PolicyParameters) -> StaffingQuota:
    """The rule's figures for a unit of *level*, with the route for extra staff, the
    filing and the due date: the explained value object every quota form returns."""
    rounded, staff = _staff(level, recipients, params)
    extra = _extra(level, recipients, params)
    route: ExtraStaffRoute | None
    if level is Level.STREET_TOWN:
        route, filing = _STREET_ROUTE, None
    else:
        threshold = params.community_extra_staff_threshold
        route, filing = (_community_route(threshold) if extra else None), _FILING
    return StaffingQuota(
        level, recipients, staff, rounded, extra, route, filing, due_of(_QUOTA, params), params
    )


_QUOTA = "staffing.quota"


# -- its forms -----------------------------------------------------------------------


@cites(StaffingQuota)
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
    return _quota(Level.STREET_TOWN, _recipients(service_recipients), params)


@cites(StaffingQuota)
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
    return _quota(Level.COMMUNITY_VILLAGE, _recipients(service_recipients), params)


@cites(StaffingQuota)
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


@cites(StaffingQuota)
def staff_count(
    kind: UnitKind | Level, service_recipients: int, *, params: PolicyParameters = PLAN_2011
) -> int:
    """The number of staff of a unit's quota alone: :func:`staff_quota`'s ``.staff``.

    For the figure without its reasoning (a program, a worksheet cell), where the
    reasoning is asked for only on request (:func:`staff_quota` gives it); a column of
    them is :func:`staff_count_column`. Same arguments and refusals.

    >>> hp.staff_count(hp.UnitKind.DISTRICT_STREET, 45_000), hp.staff_count(hp.Level.COMMUNITY_VILLAGE, 9_000)
    (8, 1)
    """
    if params is not PLAN_2011:
        check_params(params)
    level = kind.level if isinstance(kind, UnitKind) else level_of("kind", kind)
    return _staff(level, _recipients(service_recipients), params)[1]


@cites(StaffingQuota)
def extra_staff_allowed(
    kind: UnitKind | Level, service_recipients: int, *, params: PolicyParameters = PLAN_2011
) -> bool:
    """Whether the plan lets the unit ask for extra staff: :func:`staff_quota`'s
    ``.extra_staff_allowed`` alone, the figure without its reasoning (R2); a column of
    them is :func:`extra_staff_allowed_column`. Same arguments and refusals.

    >>> hp.extra_staff_allowed(hp.UnitKind.COMMUNITY, 8_000), hp.extra_staff_allowed(hp.UnitKind.COMMUNITY, 8_001)
    (False, True)
    """
    if params is not PLAN_2011:
        check_params(params)
    level = kind.level if isinstance(kind, UnitKind) else level_of("kind", kind)
    return _extra(level, _recipients(service_recipients), params)


def _column_arguments(
    kind: object, service_recipients: object, params: PolicyParameters
) -> tuple[Level, list[int]]:
    """The checked arguments of a ``_column`` function: the level and the list of counts."""
    if params is not PLAN_2011:
        check_params(params)
    level = kind.level if isinstance(kind, UnitKind) else level_of("kind", kind)
    return level, _validate.counts("service_recipients", service_recipients)


@cites(StaffingQuota)
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
    return _staff_column(level, recipients, params)


@cites(StaffingQuota)
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
    return _extra_column(level, recipients, params)
