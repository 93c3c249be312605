"""Information systems of 三（三） (推进信息化基础建设).

On the four-level network (city, district, street/town, community/village) and the
city's unified business software, each agency and station is to have the business
management information systems the clause lists, an information base and ledgers
(信息库和各类台账), and e-government services (网上办事、信息查询). The plan sets no date
of its own for them; 二 sets 2012年8月 for 信息化 and 网络化 (R16,
``params.informatization_due``). Each requirement gives one finding; what was not
reported is unverified — except the network and the unified software, which the clause
says are already in place: they fall short only where a unit reports otherwise (R20,
``params.network_in_place``). A community/village station is checked for the systems of
the duties it assists with (R19, ``params.community_business_systems``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from ..core import validate as _validate
from ..core import zh as _zh
from ..core.citing import Cited
from ..plan.clauses import INFORMATIZATION, cites
from ..plan.evidence import evidence, evidence_of
from ..plan.findings import Finding, make
from ..plan.parameters import PLAN_2011, PolicyParameters, check_params
from ..plan.readings import cite_zh
from ..plan.register import due_of
from ..plan.status import Status
from ..plan.units import BusinessSystem, Level, OnlineService, UnitKind, level_of

__all__ = ["Informatization", "InformatizationCheck", "check_informatization"]

_OPTIONAL_BOOL = _validate.v_optional(_validate.v_bool)


def _systems(value: Any) -> frozenset[BusinessSystem] | None:
    if value is None:
        return None
    return frozenset(_validate.sequence_of("business_systems", value, BusinessSystem))


def _online(value: Any) -> frozenset[OnlineService] | None:
    if value is None:
        return None
    return frozenset(_validate.sequence_of("online_services", value, OnlineService))


@evidence_of
@attrs.frozen(cache_hash=True)
class Informatization:
    """What is known of a unit's information systems. ``None`` means "not reported".

    Args:
        network_connected: On the city–district–street/town–community/village network.
        unified_software: Uses the city's unified business software.
        business_systems: The business management information systems in place (an
            empty set: none).
        ledgers_kept: An information base and ledgers kept (健全信息库和各类台账).
        online_services: The e-government services offered (网上办事、信息查询).
    """

    network_connected: bool | None = evidence(
        "四级联网",
        kind="yes_no",
        description="是否已实现市、区、街道（镇）、社区（村）四级联网（是/否）",
        default=None,
        validator=_OPTIONAL_BOOL,
    )
    unified_software: bool | None = evidence(
        "统一业务软件",
        kind="yes_no",
        description="是否使用全市统一的业务软件（是/否）",
        default=None,
        validator=_OPTIONAL_BOOL,
    )
    business_systems: frozenset[BusinessSystem] | None = evidence(
        "业务系统",
        "业务管理信息系统",
        kind="systems",
        description="已完善的业务管理信息系统，以、分隔（就业、社会保险……）",
        default=None,
        converter=_systems,
    )
    ledgers_kept: bool | None = evidence(
        "信息库和台账",
        kind="yes_no",
        description="是否已健全信息库和各类台账（是/否）",
        default=None,
        validator=_OPTIONAL_BOOL,
    )
    online_services: frozenset[OnlineService] | None = evidence(
        "网上服务",
        kind="online",
        description="已开展的网上服务，以、分隔（网上办事、信息查询）",
        default=None,
        converter=_online,
    )


@cites(INFORMATIZATION)
@attrs.frozen
class InformatizationCheck(Cited):
    """A unit's information systems against 三（三）.

    Attributes:
        level: The unit's level.
        informatization: What was checked.
        findings: One finding per requirement (network, software, systems, ledgers, online).
        due: The date by which the requirements were to be met (R16).
        clauses: The clause ids applied.
    """

    level: Level
    informatization: Informatization
    findings: tuple[Finding, ...]
    due: dt.date

    @property
    def passed(self) -> bool:
        """True when every requirement was verified and met."""
        return all(f.status is Status.MET for f in self.findings)

    def explain(self) -> str:
        """The check in Chinese: the standard, then one sentence per requirement."""
        head = (
            f"依据{INFORMATIZATION}，{self.level.label}的信息化基础建设应于"
            f"{_zh.date(self.due)}前完成（{cite_zh('R16')}）。"
        )
        return "\n".join([head, *(f.explain() for f in self.findings)])


def _yes_no(rid: str, value: bool | None, due: dt.date, as_of: dt.date | None) -> Finding:
    if value is None:
        return make(rid, Status.UNVERIFIED, due=due, as_of=as_of)
    return make(rid, Status.MET if value else Status.NOT_MET, due=due, as_of=as_of)


def _in_place(rid: str, value: bool | None, due: dt.date, as_of: dt.date | None) -> Finding:
    """Under R20: what the clause says exists is met unless a unit reports otherwise."""
    if value is None:
        return make(rid, Status.MET, due=due, as_of=as_of, note=_PRESUMED)
    return _yes_no(rid, value, due, as_of)


_PRESUMED = f"此项未报送，按方案所述计为已实现（{cite_zh('R20')}）"


def _listed(
    rid: str,
    present: frozenset[Any] | None,
    required: tuple[Any, ...],
    due: dt.date,
    as_of: dt.date | None,
) -> Finding:
    facts = {"required": _zh.enumerate_items([r.label for r in required])}
    if present is None:
        return make(rid, Status.UNVERIFIED, facts, due=due, as_of=as_of)
    missing = [r.label for r in required if r not in present]
    facts["missing"] = _zh.enumerate_items(missing)
    return make(rid, Status.NOT_MET if missing else Status.MET, facts, due=due, as_of=as_of)


@cites(InformatizationCheck)
def check_informatization(
    unit: Level | UnitKind,
    informatization: Informatization | None,
    *,
    as_of: dt.date | None = None,
    params: PolicyParameters = PLAN_2011,
) -> InformatizationCheck:
    """Check a unit's information systems against 三（三）.

    Args:
        unit: The unit's :class:`Level` or :class:`UnitKind`.
        informatization: What is known; ``None`` (or a ``None`` field) is unverified.
        as_of: The inspection date stamped on the findings (R10), or ``None``.
        params: The parameter set (``business_systems`` and
            ``community_business_systems`` (R19), ``network_in_place`` (R20),
            ``online_services``, ``informatization_due``).

    >>> it = hp.Informatization(unified_software=False)
    >>> [f.status.label for f in hp.check_informatization(hp.Level.STREET_TOWN, it).findings]
    ['达标', '不达标', '未核实', '未核实', '未核实']
    """
    level = level_of("unit", unit)
    given = Informatization() if informatization is None else informatization
    _validate.instance("informatization", given, Informatization)
    check_params(params)
    if as_of is not None:
        _validate.date("as_of", as_of)
    return assess(level, given, as_of, params)


_NOTHING = Informatization()


def assess(
    level: Level, given: Informatization | None, as_of: dt.date | None, params: PolicyParameters
) -> InformatizationCheck:
    """:func:`check_informatization` on arguments already checked: the rule's one fast path, which the public check and the inspection (:func:`~hrss_policy.inspect_unit`) both call."""
    if given is None:
        given = _NOTHING
    due = due_of("it.network", params)
    base = _in_place if params.network_in_place else _yes_no
    systems = (
        params.business_systems if level is Level.STREET_TOWN else params.community_business_systems
    )
    findings = (
        base("it.network", given.network_connected, due, as_of),
        base("it.software", given.unified_software, due, as_of),
        _listed("it.systems", given.business_systems, systems, due, as_of),
        _yes_no("it.ledgers", given.ledgers_kept, due, as_of),
        _listed("it.online", given.online_services, params.online_services, due, as_of),
    )
    return InformatizationCheck(level=level, informatization=given, findings=findings, due=due)
