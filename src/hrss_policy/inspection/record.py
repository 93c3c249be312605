"""One grassroots unit as a bureau records it (:class:`Unit`): its kind, place and service
recipients, and what it reports of each requirement — staff, coordinators, the district's
payment, premises, information systems, service practice. Each field declares the column
it is entered in (``hrss_policy.plan.evidence``); the unit refuses what no unit can be
(a street agency's coordinators, a station's budget), and judges nothing: its inspection
is :func:`~hrss_policy.inspect_unit`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from ..core import validate as _validate
from ..core.memo import Memo
from ..errors import PolicyError
from ..plan.evidence import evidence, evidence_group, evidence_of
from ..plan.units import Level, UnitKind
from ..rules.funding.roster import COUNTS, Coordinator, Roster
from ..rules.informatization import Informatization
from ..rules.premises import Premises
from ..rules.service import ServicePractice

__all__ = ["Unit"]

_OPTIONAL_TEXT = _validate.v_optional(_validate.v_text)
_OPTIONAL_BOOL = _validate.v_optional(_validate.v_bool)


def _coordinators(value: Any) -> Roster | None:
    if value is None or isinstance(value, Roster):
        return value
    return Roster.of(_validate.sequence_of("coordinators", value, Coordinator))


def _paid(value: Any) -> Decimal | None:
    if value is None:
        return None
    if type(value) is Decimal and value.is_finite():
        # Amounts repeat from unit to unit (1000.00, 1800.00): checked once each.
        return _PAID.get(value, lambda: _validate.money("district_paid", value))
    return _validate.money("district_paid", value)


_PAID: Memo[Decimal] = Memo()


@evidence_of
@attrs.frozen(kw_only=True)
class Unit:
    """One grassroots unit as a bureau records it. ``None`` means "not reported".

    Its fields are in the order of the units table's columns, and each declares its own
    column (``hrss_policy.plan.evidence``).

    Args:
        kind: The unit's administrative kind.
        place: Its place name, with or without the suffix (拱北 / 拱北街道).
        district: The district in its name, for the kinds whose name has one.
        service_recipients: Its service recipients (服务对象).
        id: The bureau's own identifier, printed in reports.
        area: The district or functional zone it reports through, for roll-ups; by
            default the ``district``, or the zone itself for a :attr:`UnitKind.ZONE`.
        actual_staff: The staff it has.
        extra_staff_approved: Whether the district government (管委会) approved extra staff:
            ``True``, ``False``, or ``None`` when not reported (未核实 where staff exceed
            the quota, never read as "not approved").
        coordinators: A station's coordinators (三（五）): a :class:`~hrss_policy.Roster`, or
            a list of :class:`~hrss_policy.Coordinator` (made into a roster).
        district_paid: What the district paid the station's coordinators for one month.
        premises: What is known of its premises (三（二）).
        current_name: The name the unit uses now, checked against the standard name.
        merged_town: For a zone merged with its town (区镇合一), the town's name (R14).
        staffing_filed: Whether a station's staffing was filed with the 市劳动就业服务中心.
        funds_in_budget: Whether an agency's working funds are in the district (town)
            budget (三（五）).
        informatization: What is known of its information systems (三（三）).
        service: What is known of its service practice (三（四）).
    """

    kind: UnitKind = evidence(
        "类型",
        "单位类型",
        kind="kind",
        required=True,
        description="单位类型：UnitKind 名称或中文（行政区街道、社区……）",
    )
    place: str = evidence(
        "名称", "地名", "单位名称", required=True, description="街道、镇、功能区、社区或村的地名"
    )
    district: str | None = evidence(
        "区",
        "所在区",
        required=True,
        description="名称中含区名的单位所在行政区；其他类型留空",
        default=None,
    )
    service_recipients: int = evidence(
        "服务对象", "服务对象数", kind="count", required=True, description="服务对象人数（整数）"
    )
    id: str | None = evidence("编号", description="单位编号", default=None)
    area: str | None = evidence(
        "所属区", "所属区域", description="汇总所属的区或功能区", default=None
    )
    actual_staff: int | None = evidence(
        "实有人数", "在岗人数", kind="count", description="实有工作人员数", default=None
    )
    extra_staff_approved: bool | None = evidence(
        "增员已批准",
        kind="yes_no",
        description="增加人员是否已经区政府（管委会）批准（是/否）",
        default=None,
    )
    coordinators: Roster | None = evidence_group(COUNTS, default=None, converter=_coordinators)
    district_paid: Decimal | None = evidence(
        "区级实付",
        kind="money",
        label="区级实付金额",
        description="区级财政当月实付协理员配套工资经费（元）",
        default=None,
        converter=_paid,
    )
    premises: Premises | None = evidence_group(Premises, default=None)
    current_name: str | None = evidence("现用名称", description="单位现用名称", default=None)
    merged_town: str | None = evidence(
        "合并镇",
        "区镇合一的镇",
        description="区镇合一的经济功能区所合并的镇名（三（一）4）",
        default=None,
    )
    staffing_filed: bool | None = evidence(
        "人员已备案",
        kind="yes_no",
        description="社区（村）配备工作人员后是否已报市劳动就业服务中心备案（是/否）",
        default=None,
    )
    funds_in_budget: bool | None = evidence(
        "经费列入预算",
        kind="yes_no",
        description="街道（镇）服务机构工作经费是否已列入本区（镇）财政预算（是/否）",
        default=None,
    )
    informatization: Informatization | None = evidence_group(Informatization, default=None)
    service: ServicePractice | None = evidence_group(ServicePractice, default=None)

    def __attrs_post_init__(self) -> None:
        # One inline test of every field's type (a unit is built per row of a country's
        # table); only when it fails are the fields checked one by one, for the message.
        n, staff = self.service_recipients, self.actual_staff
        if not (
            type(self.kind) is UnitKind
            and type(self.place) is str
            and type(n) is int
            and 0 <= n <= _validate.MAX_COUNT
            and (staff is None or (type(staff) is int and 0 <= staff <= _validate.MAX_COUNT))
            and (self.extra_staff_approved is None or type(self.extra_staff_approved) is bool)
            and (self.district is None or type(self.district) is str)
            and (self.area is None or type(self.area) is str)
            and (self.id is None or type(self.id) is str)
            and (self.current_name is None or type(self.current_name) is str)
            and (self.merged_town is None or type(self.merged_town) is str)
            and (self.staffing_filed is None or type(self.staffing_filed) is bool)
            and (self.funds_in_budget is None or type(self.funds_in_budget) is bool)
            and (self.premises is None or type(self.premises) is Premises)
            and (self.informatization is None or type(self.informatization) is Informatization)
            and (self.service is None or type(self.service) is ServicePractice)
        ):
            for field in attrs.fields(Unit):
                check = _FIELD_CHECKS.get(field.name)
                if check is not None:
                    check(self, field, getattr(self, field.name))
        station = self.kind.level is Level.COMMUNITY_VILLAGE
        wrong = []
        if not station:
            given = ("coordinators", "staffing_filed", "district_paid")
            wrong = [n for n in given if getattr(self, n) is not None]
        elif self.funds_in_budget is not None:
            wrong = ["funds_in_budget"]
        if wrong:
            what = "community/village stations" if not station else "street/town agencies"
            what_zh = "社区（村）服务机构" if not station else "街道（镇）服务机构"
            raise PolicyError(
                f"{', '.join(wrong)} given for a {self.kind.name} unit, but they are "
                f"evidence for {what} only; leave them empty",
                zh=f"{self.kind.label}不应填写仅适用于{what_zh}的项目",
            )
        if self.merged_town is not None and self.kind is not UnitKind.ZONE:
            raise PolicyError(
                f"merged_town is for a zone merged with its town (ZONE), not {self.kind.name}",
                zh="合并镇名仅适用于区镇合一的经济功能区",
            )


_FIELD_CHECKS: dict[str, _validate.Validator] = {
    "kind": _validate.v_instance(UnitKind),
    "place": _validate.v_text,
    "district": _OPTIONAL_TEXT,
    "service_recipients": _validate.v_count(),
    "area": _OPTIONAL_TEXT,
    "id": _OPTIONAL_TEXT,
    "current_name": _OPTIONAL_TEXT,
    "merged_town": _OPTIONAL_TEXT,
    "actual_staff": _validate.v_optional(_validate.v_count()),
    "extra_staff_approved": _OPTIONAL_BOOL,
    "staffing_filed": _OPTIONAL_BOOL,
    "funds_in_budget": _OPTIONAL_BOOL,
    "premises": _validate.v_optional(_validate.v_instance(Premises)),
    "informatization": _validate.v_optional(_validate.v_instance(Informatization)),
    "service": _validate.v_optional(_validate.v_instance(ServicePractice)),
}
