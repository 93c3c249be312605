"""Reading a standard name back (三（一）4): :func:`parse_agency_name`, which refuses a name
that is not standard with :class:`NonStandardNameError`, saying what is off.

The reading itself is :mod:`.diagnosis`, which never raises; here its problems become the
error, with the standard form the name is close to where the library can tell it.
"""

from __future__ import annotations

from ...core import validate as _validate
from ...errors import PolicyError
from ...plan.clauses import NAMES, cites
from ...plan.parameters import PLAN_2011, PolicyParameters, check_params
from .diagnosis import Diagnosis, diagnose
from .geography import geography
from .grammar import AgencyNameParts


class NonStandardNameError(PolicyError):
    """A name that is not one of the standard forms of 三（一）4.

    Attributes:
        name: The name refused.
        problems: What is off, in Chinese, one item per problem.
        standard: The standard form the name is close to, or ``None`` where the library
            cannot tell which unit was meant.
    """

    default_zh = f"名称不是依据{NAMES}的标准名称"

    def __init__(
        self,
        message: str,
        *,
        zh: str | None = None,
        name: str,
        problems: tuple[str, ...],
        standard: str | None,
    ) -> None:
        super().__init__(message, zh=zh)
        self.name = name
        self.problems = problems
        self.standard = standard


def refusal(name: str, diagnosis: Diagnosis) -> NonStandardNameError:
    """The error :func:`parse_agency_name` raises for a name with *diagnosis*."""
    standard = diagnosis.standard
    en = "; ".join(p.en for p in diagnosis.problems)
    zh = "；".join(p.zh for p in diagnosis.problems)
    hint = f"; standard form: {standard!r}" if standard else ""
    hint_zh = f"，依据{NAMES}应为“{standard}”" if standard else "，无法据此确定标准名称"
    return NonStandardNameError(
        f"name {_validate.shown(name)} is not a standard agency name ({NAMES}): {en}{hint}",
        zh=f"名称{_validate.shown_zh(name)}不是标准名称，{zh}{hint_zh}",
        name=name,
        problems=tuple(p.zh for p in diagnosis.problems),
        standard=standard,
    )


@cites(AgencyNameParts)
def parse_agency_name(name: str, *, params: PolicyParameters = PLAN_2011) -> AgencyNameParts:
    """Read a standard agency name back into its kind, place and district.

    ``parse_agency_name(agency_name(k, p, district=d))`` gives back ``k``, the bare ``p``
    and the bare ``d`` for every kind. ``珠海{镇}镇…服务所`` is a zone named after the town
    it is merged with (R14, where ``params.zone_may_use_town_name``); ``珠海市{镇}镇…服务所``
    reads as a town under a zone, whose template gives that very string (the checker,
    knowing the unit, accepts it for a zone merged with that town).

    Args:
        name: A standard name of 三（一）4.
        params: The parameter set whose districts and zones the name is read against.

    Returns:
        The parts of the name.

    Raises:
        TypeError: *name* is not a ``str``, or *params* not a :class:`PolicyParameters`.
        NonStandardNameError: (a :class:`PolicyError`) the name is empty, too long or not
            standard; the message says what is off and, where the name is close to a
            standard one, gives the standard form (also in ``.standard``).

    >>> p = hp.parse_agency_name("珠海市斗门区井岸镇人力资源和社会保障服务所")
    >>> p.kind, p.place, p.district
    (<UnitKind.DISTRICT_TOWN: 'district_town'>, '井岸', '斗门')
    >>> hp.parse_agency_name("珠海市香洲区拱北街道人力资源和社会保障服务所")
    Traceback (most recent call last):
    ...
    hrss_policy.rules.naming.NonStandardNameError: name '珠海市香洲区拱北街道人力资源和社会保障服务所' is not a standard agency name (三（一）4): the street is written 街道, not in full as 街道办事处; standard form: '珠海市香洲区拱北街道办事处人力资源和社会保障服务所'
    """
    given = _validate.text("name", name)
    diagnosis = diagnose(given, geography(check_params(params)))
    if diagnosis.problems:
        raise refusal(given, diagnosis)
    assert diagnosis.parts is not None
    return diagnosis.parts
