"""Checking a unit's current name against its standard names (三（一）4).

What an inspection calls once per unit. A non-standard current name is a finding, never
an exception: the result says what is off, in Chinese, and gives the standard form. A
name not reported is *unverified*, never met. Only bad arguments about the unit raise.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ...core import validate as _validate
from ...core import zh as _zh
from ...core.citing import Cited
from ...plan.clauses import NAMES, cites
from ...plan.findings import Finding, make
from ...plan.parameters import PLAN_2011, PolicyParameters
from ...plan.status import Status
from ...plan.units import UnitKind
from .diagnosis import diagnose
from .generate import AgencyName, detail
from .geography import Geography, geography
from .grammar import CITY, DISTRICT, TOWN, AgencyNameParts

K = UnitKind
REQUIREMENT = "name.standard"
"""The register's requirement this check covers."""


@cites(NAMES)
@attrs.frozen
class AgencyNameCheck(Cited):
    """A unit's current name against its standard names: one finding of ``name.standard``.

    Attributes:
        expected: The unit's standard name, its other standard forms and its basis.
        current_name: The name the unit uses now as given, ``None`` where none was
            reported.
        status: Met (a standard name of the unit), not met, or unverified (no name
            reported).
        problems: What is off, in Chinese; empty unless the status is not met.
    """

    expected: AgencyName
    current_name: str | None
    status: Status
    problems: tuple[str, ...] = ()

    @property
    def passed(self) -> bool:
        """Whether the current name was reported and is a standard name of the unit."""
        return self.status is Status.MET

    @property
    def standard(self) -> str:
        """The standard name the unit should use (the first of its standard names)."""
        return self.expected.name

    @property
    def findings(self) -> tuple[Finding, ...]:
        """The one finding of requirement ``name.standard``, due by the renaming date."""
        return (self._finding(None),)

    def _finding(self, as_of: dt.date | None) -> Finding:
        """The finding, as of the inspection date *as_of* (``None``: undated)."""
        e = self.expected
        facts = [("standard", e.name), ("fixed_by", e.fixed_by)]
        if self.status is not Status.UNVERIFIED and self.current_name is not None:
            facts.insert(0, ("current", _zh.literal(self.current_name)))
        if self.problems:
            facts.append(("problems", _zh.literal("；".join(self.problems))))
        return make(REQUIREMENT, self.status, tuple(facts), due=e.due, as_of=as_of)

    def explain(self) -> str:
        """The finding as one Chinese sentence, and the unit's other standard names, if any."""
        (finding,) = self.findings
        lines = [finding.explain()]
        names = self.expected.standard_names
        if len(names) > 1:
            listed = "、".join(f"“{n}”" for n in names)
            lines.append(f"【说明】本单位写作以下任一名称均为标准名称：{listed}。")
        return "\n".join(lines)


def _form(parts: AgencyNameParts) -> str:
    if parts.named_after_town:
        return "以镇命名的区镇合一功能区"
    return parts.kind.label


def differences(expected: AgencyName, got: AgencyNameParts, geo: Geography) -> tuple[str, ...]:
    """How the standard name *got* (of some unit) differs from the unit *expected*, in Chinese."""
    if expected.kind is K.ZONE and (got.named_after_town or got.kind is K.ZONE_TOWN):
        town = f"{got.place}{TOWN}"
        if not geo.town_names:
            return (
                f"名称以“{town}”命名，按所选解读区镇合一的功能区以功能区“{expected.place}”命名",
            )
        if expected.merged_town is None:
            return (f"名称以“{town}”命名，未报送本功能区与哪个镇区镇合一，无法认定为标准名称",)
        return (f"名称中的镇为“{town}”，本功能区区镇合一的镇为“{expected.merged_town}{TOWN}”",)
    out = []
    if got.kind is not expected.kind or got.named_after_town:
        out.append(f"名称为{_form(got)}的格式，本单位为{expected.kind.label}")
    if got.place != expected.place:
        what = "功能区" if K.ZONE is got.kind is expected.kind else "地名"
        out.append(f"{what}为“{got.place}”，应为“{expected.place}”")
    if got.district != expected.district:
        if expected.district is None:
            out.append(f"本单位名称不冠区名，不应有“{got.district}{DISTRICT}”")
        elif got.district is None:
            out.append(f"名称缺少所在区“{expected.district}{DISTRICT}”")
        else:
            out.append(f"所在区为“{got.district}{DISTRICT}”，应为“{expected.district}{DISTRICT}”")
    # A station's name carries no city: a prefix differs only between two agencies' names.
    prefixes = (got.city_prefix, expected.city_prefix)
    if None not in prefixes and prefixes[0] != prefixes[1] and expected.kind is not K.ZONE:
        out.append(f"名称前缀为“{got.city_prefix}”，应为“{expected.city_prefix}”")
    return tuple(out) or ("名称与标准名称不同",)


@cites(AgencyNameCheck)
def check_agency_name(
    kind: UnitKind,
    place: str,
    current_name: str | None,
    *,
    district: str | None = None,
    merged_town: str | None = None,
    params: PolicyParameters = PLAN_2011,
) -> AgencyNameCheck:
    """Check the name a unit uses now against its standard names (三（一）4).

    Args:
        kind: The unit's kind.
        place: Its place, as :func:`agency_name` takes it.
        current_name: The name it uses now, any text; ``None`` (or blank) when none was
            reported, which is unverified, never met.
        district: Its administrative district, as :func:`agency_name` takes it.
        merged_town: For a zone, the town it is merged with, where recorded (R14): the
            names after the town are then standard for it too.
        params: The parameter set.

    Returns:
        The check: ``.passed``, the one finding of requirement ``name.standard`` (met, not
        met or unverified, due by ``params.renaming_due``), what is off in Chinese, and
        the expected name with who fixes it. For a zone, ``珠海市…`` and ``珠海…`` are
        both standard.

    Raises:
        TypeError: an argument has the wrong type (*current_name* not ``str`` or ``None``).
        PolicyError: the unit itself is invalid (as for :func:`agency_name`).

    >>> c = hp.check_agency_name(hp.UnitKind.DISTRICT_STREET, "拱北", "珠海市香洲区拱北街道劳动保障服务所", district="香洲")
    >>> c.passed, c.standard
    (False, '珠海市香洲区拱北街道办事处人力资源和社会保障服务所')
    >>> c.problems
    ('机构名称部分“劳动保障服务所”应为“人力资源和社会保障服务所”', '“街道”应写全为“街道办事处”')
    >>> print(c.explain())
    【不达标】现用名称“珠海市香洲区拱北街道劳动保障服务所”不是本单位的标准名称，应为“珠海市香洲区拱北街道办事处人力资源和社会保障服务所”，机构名称部分“劳动保障服务所”应为“人力资源和社会保障服务所”；“街道”应写全为“街道办事处”，更名文件由市编办下发，依据三（一）4应于2011年12月31日前完成更名。
    """
    expected = detail(kind, place, district, CITY, merged_town, params)
    if current_name is not None and not isinstance(current_name, str):
        raise TypeError(
            f"current_name must be a str or None, got {_validate.describe(current_name)}"
        )
    if current_name is None or not current_name.strip():
        return AgencyNameCheck(expected, current_name, Status.UNVERIFIED)
    if current_name in expected.standard_names:
        return AgencyNameCheck(expected, current_name, Status.MET)
    geo = geography(params)
    diagnosis = diagnose(current_name, geo, mapped=False)
    problems = tuple(p.zh for p in diagnosis.problems)
    read = diagnosis.parts
    if read is not None and read.name not in expected.standard_names:
        problems += differences(expected, read, geo)
    return AgencyNameCheck(expected, current_name, Status.NOT_MET, problems)


def assess(
    kind: UnitKind,
    place: str,
    current_name: str | None,
    district: str | None,
    merged_town: str | None,
    params: PolicyParameters,
    as_of: dt.date | None,
) -> tuple[AgencyNameCheck, Finding]:
    """:func:`check_agency_name` for the inspection (:func:`~hrss_policy.inspect_unit`),
    whose date is already checked: the check, and its finding made as of *as_of*."""
    check = check_agency_name(
        kind, place, current_name, district=district, merged_town=merged_town, params=params
    )
    return check, check._finding(as_of)
