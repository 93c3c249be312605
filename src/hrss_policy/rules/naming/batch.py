"""Naming many units at once (三（一）4): a bad unit is reported by position, not raised."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from ...core import validate as _validate
from ...core.citing import Cited
from ...errors import PolicyError
from ...plan.clauses import NAMES, cites
from ...plan.parameters import PLAN_2011, PolicyParameters, check_params
from ...plan.units import UnitKind
from .generate import AgencyName, detail
from .grammar import CITY


@attrs.frozen
class AgencyUnit:
    """One unit to name in a batch: its kind, place and (where the kind needs it) district.

    Only the types are checked here; the content is checked when the unit is named, so a
    batch can report a bad unit by position instead of failing at construction.
    """

    kind: UnitKind = attrs.field(validator=_validate.v_instance(UnitKind))
    place: str = attrs.field(validator=_validate.v_text)
    district: str | None = attrs.field(
        default=None, kw_only=True, validator=_validate.v_optional(_validate.v_text)
    )
    city_prefix: str = attrs.field(default=CITY, kw_only=True, validator=_validate.v_text)
    merged_town: str | None = attrs.field(
        default=None, kw_only=True, validator=_validate.v_optional(_validate.v_text)
    )


@attrs.frozen
class NamingFailure:
    """A unit of a batch that could not be named.

    Attributes:
        index: Its position in the input (0-based; the explanation numbers from 1).
        unit: The input item, as given.
        error: The exception's class name (``PolicyError``, ``TypeError`` …).
        message: The exception's message, in English.
        message_zh: The reason in Chinese, for an officer.
    """

    index: int
    unit: object
    error: str
    message: str
    message_zh: str


@cites(NAMES)
@attrs.frozen
class AgencyNameBatch(Cited):
    """Standard names for many units, position by position, with the failures apart.

    Attributes:
        results: One entry per input unit, in input order: its :class:`AgencyName`, or
            ``None`` where the unit failed.
        failures: The units that failed, by position, with the reason.
    """

    results: tuple[AgencyName | None, ...]
    failures: tuple[NamingFailure, ...]

    @property
    def names(self) -> tuple[str | None, ...]:
        """The standard names in input order, ``None`` where a unit failed."""
        return tuple(r.name if r is not None else None for r in self.results)

    @property
    def all_named(self) -> bool:
        """Whether every unit was named."""
        return not self.failures

    def explain(self) -> str:
        """Every unit's name or the reason it has none, in Chinese, numbered from 1."""
        reasons = {f.index: f for f in self.failures}
        failed = f"，其中{len(self.failures)}个无法生成" if self.failures else ""
        out = [f"依据{NAMES}生成标准名称，共{len(self.results)}个单位{failed}。"]
        for i, r in enumerate(self.results, start=1):
            if r is not None:
                out.append(f"{i}. {r.name}")
            else:
                out.append(f"{i}. 无法生成，{reasons[i - 1].message_zh}")
        return "\n".join(out)


def _unit_fields(unit: object) -> tuple[Any, Any, Any, Any, Any]:
    if isinstance(unit, AgencyUnit):
        return unit.kind, unit.place, unit.district, unit.city_prefix, unit.merged_town
    if isinstance(unit, tuple) and len(unit) in (2, 3):
        return unit[0], unit[1], (unit[2] if len(unit) == 3 else None), CITY, None
    raise TypeError(
        "each unit must be an AgencyUnit or a (kind, place[, district]) tuple, "
        f"got {_validate.describe(unit)}"
    )


@cites(AgencyNameBatch)
def agency_names(
    units: Iterable[AgencyUnit | tuple[object, ...]], *, params: PolicyParameters = PLAN_2011
) -> AgencyNameBatch:
    """Name many units at once; a bad unit is reported by position, the others are named.

    Args:
        units: :class:`AgencyUnit` items, or tuples ``(kind, place)`` /
            ``(kind, place, district)``.
        params: The parameter set.

    Returns:
        Each unit's :class:`AgencyName` in input order (``None`` where it failed) and the
        failures with their positions and messages, in English and Chinese.

    Raises:
        TypeError: *units* is not an iterable of units (a single unit or a ``str``), or
            *params* not a :class:`PolicyParameters`.

    >>> b = hp.agency_names([(hp.UnitKind.COMMUNITY, "夏湾"), (hp.UnitKind.DISTRICT_TOWN, "白蕉")])
    >>> b.names
    ('夏湾社区人力资源和社会保障服务站', None)
    >>> b.failures[0].index, b.failures[0].message_zh
    (1, '行政区镇须填写所在区，可填写香洲区、斗门区、金湾区')
    """
    if isinstance(units, AgencyUnit | str | bytes) or not isinstance(units, Iterable):
        raise TypeError(
            "units must be an iterable of AgencyUnit or (kind, place[, district]) tuples "
            f"(a list, even for one unit), got {type(units).__name__}"
        )
    check_params(params)
    results: list[AgencyName | None] = []
    failures: list[NamingFailure] = []
    for i, unit in enumerate(units):
        # Items are checked by the naming itself: whatever is wrong is recorded.
        try:
            results.append(detail(*_unit_fields(unit), params))
        except PolicyError as exc:
            results.append(None)
            failures.append(NamingFailure(i, unit, type(exc).__name__, str(exc), exc.message_zh))
        except TypeError as exc:
            results.append(None)
            failures.append(
                NamingFailure(
                    i, unit, "TypeError", str(exc), "单位类型、地名或所在区的填写格式不正确"
                )
            )
    return AgencyNameBatch(tuple(results), tuple(failures))
