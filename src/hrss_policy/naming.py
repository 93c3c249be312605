"""Official agency names of 三（一）4 (做好更名工作): generate, normalise, parse, check.

The plan fixes four name templates, renaming done by the end of 2011:

* a street or town of an administrative district:
  ``珠海市XX区XX街道办事处（镇）人力资源和社会保障服务所``;
* an economic functional zone merged with its town (区镇合一):
  ``珠海（市）XX经济功能区（镇）人力资源和社会保障服务所``;
* a town or street under a functional zone: ``珠海市XX镇（街道办事处）人力资源和社会保障服务所``;
* a community or village: ``XX社区（村）人力资源和社会保障服务站``.

The project reads a bracketed part as the alternative to the word before it
(``珠海（市）`` is ``珠海`` or ``珠海市``). A zone merged with its town and named after
the town has the same name as a town under a zone, so :attr:`UnitKind.ZONE` names the
zone itself (``珠海市横琴新区…``). Which districts are administrative and which are
functional zones is data, not grammar: ``params.administrative_districts`` and
``params.functional_zones`` (Zhuhai as of the plan; amend them with :func:`attrs.evolve`).

A place is given with or without its suffix (拱北 / 拱北街道 / 拱北街道办事处) and is
normalised to the bare name; a zone is given by its own full name (横琴新区), since zone
names end in different words (新区, 经济区, 试验区). Nothing is folded silently: a space, a
Latin letter or a look-alike character is refused with its position.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

import attrs

from . import _validate
from .errors import PolicyError
from .parameters import PLAN_2011, PolicyParameters
from .units import Level, UnitKind

__all__ = [
    "AgencyName",
    "AgencyNameBatch",
    "AgencyNameParts",
    "AgencyUnit",
    "NameCheck",
    "NamingFailure",
    "NonStandardNameError",
    "agency_name",
    "agency_name_detail",
    "agency_names",
    "check_agency_name",
    "normalize_district",
    "normalize_place",
    "parse_agency_name",
]

CLAUSE = "三（一）4"
CITY = "珠海市"
CITY_SHORT = "珠海"
CITY_PREFIXES = (CITY, CITY_SHORT)
"""The two spellings of the template's ``珠海（市）``; only a zone may use the short one."""

_STREET = "街道办事处"
_TOWN = "镇"
_COMMUNITY = "社区"
_VILLAGE = "村"
_DISTRICT = "区"
_BODY = "人力资源和社会保障"

# Limits on input, not numbers of the policy: the longest Zhuhai place name is far shorter.
_MAX_PLACE_CHARS = 30
_MAX_NAME_CHARS = 120

# The ending the standard name gives each kind's place, and the endings a caller may add.
_STANDARD_SUFFIX = {
    UnitKind.DISTRICT_STREET: _STREET,
    UnitKind.ZONE_STREET: _STREET,
    UnitKind.DISTRICT_TOWN: _TOWN,
    UnitKind.ZONE_TOWN: _TOWN,
    UnitKind.ZONE: "",
    UnitKind.COMMUNITY: _COMMUNITY,
    UnitKind.VILLAGE: _VILLAGE,
}
_GIVEN_SUFFIXES = {
    UnitKind.DISTRICT_STREET: (_STREET, "街道办", "街道"),
    UnitKind.ZONE_STREET: (_STREET, "街道办", "街道"),
    UnitKind.DISTRICT_TOWN: (_TOWN,),
    UnitKind.ZONE_TOWN: (_TOWN,),
    UnitKind.ZONE: (),
    UnitKind.COMMUNITY: (_COMMUNITY,),
    UnitKind.VILLAGE: (_VILLAGE,),
}
# A bare place may not end in a unit suffix: "白蕉镇" as a street contradicts its kind, and
# "拱北街道" left after stripping one suffix would make normalisation depend on repetition.
# 村 is allowed except for villages: "…新村社区" is a common community name.
_SUFFIX_KINDS = (
    (_STREET, "a street (街道办事处)"),
    ("办事处", "an office (办事处)"),
    ("街道办", "a street (街道办)"),
    ("街道", "a street (街道)"),
    (_TOWN, "a town (镇)"),
    (_COMMUNITY, "a community (社区)"),
    (_DISTRICT, "a district or zone (区)"),
    (_VILLAGE, "a village (村)"),
)

_AUTHORITY = {Level.STREET_TOWN: "市编办", Level.COMMUNITY_VILLAGE: "区政府（管委会）"}
_AUTHORITY_TEXT = {
    Level.STREET_TOWN: "街道（镇）服务机构的更名、性质和管理体制等问题，由市编办下发文件",
    Level.COMMUNITY_VILLAGE: "社区（村）服务机构的更名、工作职责和管理体制由各区政府（管委会）下发文件",
}
_TEMPLATES = {
    UnitKind.DISTRICT_STREET: "各行政区的街道（镇）服务机构统称为“珠海市XX区XX街道办事处（镇）人力资源和社会保障服务所”",
    UnitKind.DISTRICT_TOWN: "各行政区的街道（镇）服务机构统称为“珠海市XX区XX街道办事处（镇）人力资源和社会保障服务所”",
    UnitKind.ZONE: "各经济功能区（区镇合一）的镇服务机构统称为“珠海（市）XX经济功能区（镇）人力资源和社会保障服务所”",
    UnitKind.ZONE_TOWN: "各经济功能区下辖镇（街道）的服务机构统称为“珠海市XX镇（街道办事处）人力资源和社会保障服务所”",
    UnitKind.ZONE_STREET: "各经济功能区下辖镇（街道）的服务机构统称为“珠海市XX镇（街道办事处）人力资源和社会保障服务所”",
    UnitKind.COMMUNITY: "社区（村）服务机构统称为“XX社区（村）人力资源和社会保障服务站”",
    UnitKind.VILLAGE: "社区（村）服务机构统称为“XX社区（村）人力资源和社会保障服务站”",
}


class NonStandardNameError(PolicyError):
    """A name that is not one of the standard forms of 三（一）4.

    Attributes:
        name: The name refused.
        problems: What is off, in Chinese, one item per problem.
        standard: The standard form the name is close to, or ``None`` where the library
            cannot tell which unit was meant.
    """

    def __init__(
        self, message: str, *, name: str, problems: tuple[str, ...], standard: str | None
    ) -> None:
        super().__init__(message)
        self.name = name
        self.problems = problems
        self.standard = standard


# -- results ------------------------------------------------------------------------------


@attrs.frozen
class AgencyName:
    """A unit's standard agency name with the basis a report prints beside it.

    Attributes:
        name: The standard name.
        kind: The unit's kind.
        level: 服务所 (street/town) or 服务站 (community/village).
        place: The place's bare name (拱北), or a zone's full name (横琴新区).
        district: The administrative district's bare name (香洲), or ``None``.
        city_prefix: ``"珠海市"``, or ``"珠海"`` for a zone whose caller asked for it.
        fixed_by: Who issues the renaming document: 市编办 or 区政府（管委会）.
        rename_by: The date by which the renaming was to be done.
        clauses: The clause ids applied.
        steps: How the name was formed, in Chinese.
    """

    name: str
    kind: UnitKind
    level: Level
    place: str
    district: str | None
    city_prefix: str | None
    fixed_by: str
    rename_by: dt.date
    clauses: tuple[str, ...]
    steps: tuple[str, ...]

    def __str__(self) -> str:
        return self.name

    def explain(self) -> str:
        """Return how the name was formed, in Chinese, one step a line."""
        return "\n".join(self.steps)


@attrs.frozen
class AgencyNameParts:
    """What a standard agency name says about its unit.

    Attributes:
        name: The name parsed.
        kind: The unit's kind.
        level: 服务所 (street/town) or 服务站 (community/village).
        place: The place's bare name, or a zone's full name.
        district: The administrative district's bare name, or ``None``.
        city_prefix: ``"珠海市"`` or ``"珠海"``; ``None`` for a station (no city in its name).
        clauses: The clause ids applied.
    """

    name: str
    kind: UnitKind
    level: Level
    place: str
    district: str | None
    city_prefix: str | None
    clauses: tuple[str, ...]

    def explain(self) -> str:
        """Return the reading of the name in Chinese."""
        where = f"，所在区：{self.district}区" if self.district else ""
        return (
            f"“{self.name}”符合{CLAUSE}的标准名称：{self.kind.label}，"
            f"地名：{self.place}{where}（{self.level.label}）"
        )


@attrs.frozen
class NameCheck:
    """A unit's current name against its standard name (what an inspection reports).

    Attributes:
        expected: The unit's standard name and its basis.
        current_name: The name the unit uses now (``None`` when none was recorded).
        matches: Whether the current name is a standard name of this unit.
        problems: What is off, in Chinese; empty when the name matches.
        clauses: The clause ids applied.
    """

    expected: AgencyName
    current_name: str | None
    matches: bool
    problems: tuple[str, ...]
    clauses: tuple[str, ...]

    @property
    def standard(self) -> str:
        """The standard name the unit should use."""
        return self.expected.name

    @property
    def is_finding(self) -> bool:
        """Whether an inspection reports the check as a shortcoming."""
        return not self.matches

    def explain(self) -> str:
        """Return the check in Chinese, one step a line."""
        shown = "（未填写）" if self.current_name is None else f"“{self.current_name}”"
        out = [f"现用名称：{shown}", f"标准名称：“{self.standard}”（{CLAUSE}）"]
        if self.matches:
            out.append("符合标准名称")
        else:
            out.append("不符合标准名称：")
            out.extend(f"- {p}" for p in self.problems)
            e = self.expected
            out.append(f"更名应于 {e.rename_by.isoformat()} 前完成，由{e.fixed_by}下发文件")
        return "\n".join(out)


@attrs.frozen
class AgencyUnit:
    """One unit to name in a batch: its kind, place and (where the kind needs it) district.

    Only the types are checked here; the content is checked when the unit is named, so a
    batch can report a bad unit by position instead of failing at construction.
    """

    kind: UnitKind = attrs.field(validator=attrs.validators.instance_of(UnitKind))
    place: str = attrs.field(validator=attrs.validators.instance_of(str))
    district: str | None = attrs.field(
        default=None,
        kw_only=True,
        validator=attrs.validators.optional(attrs.validators.instance_of(str)),
    )
    city_prefix: str = attrs.field(
        default=CITY, kw_only=True, validator=attrs.validators.instance_of(str)
    )


@attrs.frozen
class NamingFailure:
    """A unit of a batch that could not be named.

    Attributes:
        index: Its position in the input (0-based).
        unit: The input item, as given.
        error: The exception's class name (``PolicyError``, ``TypeError`` …).
        message: The exception's message.
    """

    index: int
    unit: object
    error: str
    message: str


@attrs.frozen
class AgencyNameBatch:
    """Standard names for many units, position by position, with the failures apart.

    Attributes:
        results: One entry per input unit, in input order: its :class:`AgencyName`, or
            ``None`` where the unit failed.
        failures: The units that failed, by position, with the reason.
        clauses: The clause ids applied.
    """

    results: tuple[AgencyName | None, ...]
    failures: tuple[NamingFailure, ...]
    clauses: tuple[str, ...]

    @property
    def names(self) -> tuple[str | None, ...]:
        """The standard names in input order, ``None`` where a unit failed."""
        return tuple(r.name if r is not None else None for r in self.results)

    @property
    def ok(self) -> bool:
        """Whether every unit was named."""
        return not self.failures

    def explain(self) -> str:
        """Return every unit's name or failure in Chinese, one a line."""
        reasons = {f.index: f for f in self.failures}
        out = [
            f"按{CLAUSE}生成标准名称：共 {len(self.results)} 个单位，失败 {len(self.failures)} 个"
        ]
        for i, r in enumerate(self.results):
            if r is not None:
                out.append(f"{i}. {r.name}")
            else:
                out.append(f"{i}. 无法生成（{reasons[i].error}: {reasons[i].message}）")
        return "\n".join(out)


# -- normalisation ------------------------------------------------------------------------


def _kind(value: object) -> UnitKind:
    if not isinstance(value, UnitKind):
        raise TypeError(
            f"kind must be a UnitKind (e.g. UnitKind.DISTRICT_STREET), got {value!r} "
            f"({type(value).__name__}); UnitKind.from_label() reads a Chinese label"
        )
    return value


def _geography(params: PolicyParameters) -> tuple[tuple[str, ...], tuple[str, ...]]:
    districts, zones = params.administrative_districts, params.functional_zones
    both = set(districts) & set(zones)
    if both:
        raise PolicyError(
            f"params lists {sorted(both)} both as an administrative district and a functional zone"
        )
    return districts, zones


def _core_problem(kind: UnitKind, core: str, given: str, params: PolicyParameters) -> str | None:
    """Why *core* cannot be the bare name of a place of *kind*, in English, or ``None``."""
    if not core:
        return f"{given!r} is only the suffix, with no place name before it"
    if core.startswith(CITY_SHORT):
        return f"{given!r} starts with the city; give the place without 珠海/珠海市"
    if kind.level is Level.COMMUNITY_VILLAGE and core.startswith(
        params.administrative_districts + params.functional_zones
    ):
        return (
            f"{given!r} starts with a district or zone: a station's name has no city, "
            "district or street before the community or village"
        )
    if kind in (UnitKind.ZONE_TOWN, UnitKind.ZONE_STREET) and _DISTRICT in core:
        return (
            f"{given!r} contains 区: a town or street under a functional zone is named "
            "珠海市{镇}… with no district or zone before it"
        )
    for suffix, what in _SUFFIX_KINDS:
        if suffix == _VILLAGE and kind is not UnitKind.VILLAGE:
            continue
        if core.endswith(suffix):
            if suffix in _GIVEN_SUFFIXES[kind] or suffix == _STANDARD_SUFFIX[kind]:
                return f"{given!r} ends with {suffix} twice; give the name once"
            return f"{given!r} ends with {suffix}, which names {what}, not a {_KIND_EN[kind]}"
    return None


_KIND_EN = {
    UnitKind.DISTRICT_STREET: "street of an administrative district",
    UnitKind.DISTRICT_TOWN: "town of an administrative district",
    UnitKind.ZONE: "functional zone",
    UnitKind.ZONE_TOWN: "town under a functional zone",
    UnitKind.ZONE_STREET: "street under a functional zone",
    UnitKind.COMMUNITY: "community",
    UnitKind.VILLAGE: "village",
}


def normalize_place(kind: UnitKind, place: str, *, params: PolicyParameters = PLAN_2011) -> str:
    """Return the bare name of a place of *kind*, as the standard name uses it.

    The place may carry its suffix (拱北街道 / 拱北街道办事处 → 拱北; 井岸镇 → 井岸; 夏湾社区 →
    夏湾; 莲江村 → 莲江). A functional zone is given by its full name, which is returned
    unchanged. The result is accepted again unchanged (normalisation is idempotent).

    Args:
        kind: The unit's kind.
        place: The place's name, Chinese characters only.
        params: The parameter set whose ``functional_zones`` a zone must be one of.

    Raises:
        TypeError: *kind* is not a :class:`UnitKind` or *place* is not a ``str``.
        PolicyError: *place* is empty, too long, not all Chinese, ends with a suffix that
            contradicts *kind*, or (for a zone) is not a listed zone.

    >>> hp.normalize_place(hp.UnitKind.DISTRICT_STREET, "拱北街道办事处")
    '拱北'
    >>> hp.normalize_place(hp.UnitKind.DISTRICT_STREET, "白蕉镇")
    Traceback (most recent call last):
    ...
    hrss_policy.errors.PolicyError: place for a street of an administrative district is refused: '白蕉镇' ends with 镇, which names a town (镇), not a street of an administrative district
    """
    kind = _kind(kind)
    given = _validate.han("place", place, max_chars=_MAX_PLACE_CHARS)
    if kind is UnitKind.ZONE:
        return _zone(given, params)
    core = given
    for suffix in _GIVEN_SUFFIXES[kind]:
        if given.endswith(suffix):
            core = given[: -len(suffix)]
            break
    problem = _core_problem(kind, core, given, params)
    if problem:
        raise PolicyError(f"place for a {_KIND_EN[kind]} is refused: {problem}")
    return core


def _zone(given: str, params: PolicyParameters) -> str:
    districts, zones = _geography(params)
    if given in zones:
        return given
    hint = ""
    bare = given.removeprefix(CITY).removeprefix(CITY_SHORT)
    close = [z for z in zones if bare and (z == bare or z.startswith(bare))]
    if bare != given and bare in zones:
        hint = f"; give the zone without the city: {bare!r} (ask for 珠海 with city_prefix)"
    elif len(close) == 1:
        hint = f"; did you mean {close[0]!r}? a zone is given by its full name"
    elif given in districts or given + _DISTRICT in districts:
        hint = "; that is an administrative district: use DISTRICT_STREET or DISTRICT_TOWN"
    raise PolicyError(
        f"place for a functional zone must be one of params.functional_zones "
        f"({', '.join(zones)}), got {given!r}{hint}"
    )


def normalize_district(district: str, *, params: PolicyParameters = PLAN_2011) -> str:
    """Return the bare name of an administrative district (香洲区 or 香洲 → 香洲).

    Args:
        district: The district, with or without 区; one of
            ``params.administrative_districts``.
        params: The parameter set listing the administrative districts.

    Raises:
        TypeError: *district* is not a ``str``.
        PolicyError: *district* is not a listed administrative district; a functional
            zone is refused with a pointer to the zone kinds.

    >>> hp.normalize_district("香洲区"), hp.normalize_district("斗门")
    ('香洲', '斗门')
    """
    given = _validate.han("district", district, max_chars=_MAX_PLACE_CHARS)
    districts, zones = _geography(params)
    full = given if given.endswith(_DISTRICT) else given + _DISTRICT
    if full in districts:
        return full[: -len(_DISTRICT)]
    if given in zones or full in zones:
        raise PolicyError(
            f"district {given!r} is a functional zone, not an administrative district: a zone "
            "merged with its town is UnitKind.ZONE, a town or street under it is ZONE_TOWN or "
            "ZONE_STREET (named 珠海市{镇}… with no district)"
        )
    raise PolicyError(
        f"district must be one of params.administrative_districts ({', '.join(districts)}), "
        f"with or without 区, got {given!r}"
    )


# -- generation ---------------------------------------------------------------------------


def _compose(kind: UnitKind, place: str, district: str | None, city_prefix: str) -> str:
    tail = _STANDARD_SUFFIX[kind] + kind.level.agency_suffix
    if kind.level is Level.COMMUNITY_VILLAGE:
        return place + tail
    if district is not None:
        return f"{city_prefix}{district}{_DISTRICT}{place}{tail}"
    return f"{city_prefix}{place}{tail}"


def _unit(
    kind: object, place: object, district: object, city_prefix: object, params: PolicyParameters
) -> tuple[UnitKind, str, str | None, str]:
    k = _kind(kind)
    core = normalize_place(k, place, params=params)  # type: ignore[arg-type]
    if k in (UnitKind.DISTRICT_STREET, UnitKind.DISTRICT_TOWN):
        if district is None:
            raise PolicyError(
                f"district is required for a {_KIND_EN[k]}: its name is 珠海市{{区}}区…; "
                f"accepted: {', '.join(params.administrative_districts)}"
            )
        d: str | None = normalize_district(district, params=params)  # type: ignore[arg-type]
    else:
        if district is not None:
            raise PolicyError(
                f"district must be None for a {_KIND_EN[k]}, got {district!r}: "
                f"its standard name carries no district ({_TEMPLATES[k]})"
            )
        d = None
    prefix = _validate.text("city_prefix", city_prefix)
    if prefix not in CITY_PREFIXES:
        raise PolicyError(f"city_prefix must be '珠海市' or '珠海', got {prefix!r}")
    if prefix == CITY_SHORT and k is not UnitKind.ZONE:
        raise PolicyError(
            f"city_prefix='珠海' is only for a functional zone merged with its town "
            f"(the template's 珠海（市）); a {_KIND_EN[k]} is named with '珠海市'"
        )
    return k, core, d, prefix


def agency_name_detail(
    kind: UnitKind,
    place: str,
    *,
    district: str | None = None,
    city_prefix: str = CITY,
    params: PolicyParameters = PLAN_2011,
) -> AgencyName:
    """Return a unit's standard name with who fixes it, the deadline and the clause.

    Args:
        kind: The unit's kind.
        place: The street, town, community or village, with or without its suffix; for
            :attr:`UnitKind.ZONE`, the zone's full name (横琴新区).
        district: The administrative district (香洲 or 香洲区) for
            :attr:`UnitKind.DISTRICT_STREET` and :attr:`UnitKind.DISTRICT_TOWN`; must be
            ``None`` for every other kind, whose name carries no district.
        city_prefix: ``"珠海市"``, or ``"珠海"`` for a :attr:`UnitKind.ZONE` (the template's
            ``珠海（市）``).
        params: The parameter set (districts, zones, the renaming deadline).

    Returns:
        The name with its basis: who issues the renaming document (市编办 for a street/town
        agency, the district government or 管委会 for a station), the deadline and clause.

    Raises:
        TypeError: an argument has the wrong type.
        PolicyError: a name is empty, not Chinese, too long or contradicts *kind*; the
            district is missing, unknown or not wanted; or *city_prefix* is not accepted.

    >>> a = hp.agency_name_detail(hp.UnitKind.DISTRICT_TOWN, "井岸镇", district="斗门区")
    >>> a.name, a.fixed_by, a.rename_by
    ('珠海市斗门区井岸镇人力资源和社会保障服务所', '市编办', datetime.date(2011, 12, 31))
    """
    k, core, d, prefix = _unit(kind, place, district, city_prefix, params)
    name = _compose(k, core, d, prefix)
    level = k.level
    given = f"地名：{place}" if place == core else f"地名：{place} → {core}"
    if district is not None and d is not None:
        given += f"；所在区：{district} → {d}{_DISTRICT}"
    steps = (
        f"{CLAUSE}：{_TEMPLATES[k]}",
        f"单位类型：{k.label}；{given}",
        f"标准名称：{name}",
        f"{_AUTHORITY_TEXT[level]}（{CLAUSE}）",
        f"更名于 {params.renaming_due.isoformat()} 前完成（{CLAUSE}）",
    )
    return AgencyName(
        name=name,
        kind=k,
        level=level,
        place=core,
        district=d,
        city_prefix=prefix if level is Level.STREET_TOWN else None,
        fixed_by=_AUTHORITY[level],
        rename_by=params.renaming_due,
        clauses=(CLAUSE,),
        steps=steps,
    )


def agency_name(
    kind: UnitKind,
    place: str,
    *,
    district: str | None = None,
    city_prefix: str = CITY,
    params: PolicyParameters = PLAN_2011,
) -> str:
    """Return a unit's standard agency name under 三（一）4, as a plain ``str``.

    Arguments and errors as :func:`agency_name_detail`, which also says who fixes the
    name and by when.

    >>> hp.agency_name(hp.UnitKind.DISTRICT_STREET, "拱北", district="香洲")
    '珠海市香洲区拱北街道办事处人力资源和社会保障服务所'
    >>> hp.agency_name(hp.UnitKind.ZONE, "横琴新区", city_prefix="珠海")
    '珠海横琴新区人力资源和社会保障服务所'
    >>> hp.agency_name(hp.UnitKind.VILLAGE, "莲江村")
    '莲江村人力资源和社会保障服务站'
    """
    k, core, d, prefix = _unit(kind, place, district, city_prefix, params)
    return _compose(k, core, d, prefix)


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
        failures with their positions and messages.

    Raises:
        TypeError: *units* is not an iterable of units (a single unit or a ``str``).

    >>> b = hp.agency_names([(hp.UnitKind.COMMUNITY, "夏湾"), (hp.UnitKind.DISTRICT_TOWN, "白蕉")])
    >>> b.names
    ('夏湾社区人力资源和社会保障服务站', None)
    >>> b.failures[0].index, b.failures[0].message
    (1, 'district is required for a town of an administrative district: its name is 珠海市{区}区…; accepted: 香洲区, 斗门区, 金湾区')
    """
    if isinstance(units, AgencyUnit | str | bytes) or not isinstance(units, Iterable):
        raise TypeError(
            "units must be an iterable of AgencyUnit or (kind, place[, district]) tuples "
            f"(a list, even for one unit), got {type(units).__name__}"
        )
    results: list[AgencyName | None] = []
    failures: list[NamingFailure] = []
    for i, unit in enumerate(units):
        # Items are checked by agency_name_detail itself: whatever is wrong is recorded.
        kind: Any
        place: Any
        district: Any
        prefix: Any
        try:
            if isinstance(unit, AgencyUnit):
                kind, place, district, prefix = (
                    unit.kind,
                    unit.place,
                    unit.district,
                    unit.city_prefix,
                )
            elif isinstance(unit, tuple) and len(unit) in (2, 3):
                kind, place = unit[0], unit[1]
                district, prefix = (unit[2] if len(unit) == 3 else None), CITY
            else:
                raise TypeError(
                    "each unit must be an AgencyUnit or a (kind, place[, district]) tuple, "
                    f"got {unit!r} ({type(unit).__name__})"
                )
            results.append(
                agency_name_detail(
                    kind, place, district=district, city_prefix=prefix, params=params
                )
            )
        except (PolicyError, TypeError) as exc:
            results.append(None)
            failures.append(NamingFailure(i, unit, type(exc).__name__, str(exc)))
    return AgencyNameBatch(tuple(results), tuple(failures), (CLAUSE,))


# -- parsing ------------------------------------------------------------------------------

_VARIANT_TAIL = re.compile(
    "(人力资源和社会保障|人力资源与社会保障|人力资源社会保障|人力资源和社会保障局|人社|"
    "劳动和社会保障|劳动社会保障|劳动保障|劳动)"
    "(服务所|服务站|服务中心|事务所|工作站|管理所|所|站)$"
)


@attrs.define
class _Reading:
    kind: UnitKind | None = None
    core: str = ""
    district: str | None = None
    city_prefix: str | None = None
    problems_en: list[str] = attrs.Factory(list)
    problems_zh: list[str] = attrs.Factory(list)
    unsure: bool = False  # True when no standard form can be offered

    def off(self, en: str, zh: str, *, unsure: bool = False) -> None:
        self.problems_en.append(en)
        self.problems_zh.append(zh)
        self.unsure = self.unsure or unsure


def _street_or_town(rest: str, r: _Reading, *, in_district: bool) -> None:
    street, town = (
        (UnitKind.DISTRICT_STREET, UnitKind.DISTRICT_TOWN)
        if in_district
        else (UnitKind.ZONE_STREET, UnitKind.ZONE_TOWN)
    )
    if rest.endswith(_STREET):
        r.kind, r.core = street, rest[: -len(_STREET)]
    elif rest.endswith(("街道办", "街道")):
        cut = 3 if rest.endswith("街道办") else 2
        r.kind, r.core = street, rest[:-cut]
        r.off("the street is not written in full as 街道办事处", "街道名称未写全，应为“街道办事处”")
    elif rest.endswith(_TOWN):
        r.kind, r.core = town, rest[: -len(_TOWN)]
    elif not rest:
        r.off(
            "it names no street or town before the agency",
            "缺少街道（镇）名称",
            unsure=True,
        )
    else:
        r.off(
            f"{rest!r} does not end with 街道办事处 or 镇",
            f"“{rest}”不以“街道办事处”或“镇”结尾",
            unsure=True,
        )


def _read_prefix(prefix: str, r: _Reading, params: PolicyParameters) -> None:
    districts, zones = _geography(params)
    if prefix.endswith((_COMMUNITY, _VILLAGE)):
        is_community = prefix.endswith(_COMMUNITY)
        r.kind = UnitKind.COMMUNITY if is_community else UnitKind.VILLAGE
        core = prefix[: -len(_COMMUNITY if is_community else _VILLAGE)]
        bare = core.removeprefix(CITY).removeprefix(CITY_SHORT)
        for d in districts + zones:
            bare = bare.removeprefix(d)
        if bare != core:
            for mark in (_STREET, "街道", _TOWN):
                if mark in bare:
                    bare = bare[bare.index(mark) + len(mark) :]
                    break
            r.off(
                "a station's name has no city, district or street before the community or village",
                "社区（村）服务站名称前不冠市、区、街道（镇）名",
                unsure=not bare,
            )
        r.core = bare
        return
    if prefix.startswith(CITY):
        rest, r.city_prefix = prefix[len(CITY) :], CITY
    elif prefix.startswith(CITY_SHORT):
        rest, r.city_prefix = prefix[len(CITY_SHORT) :], CITY_SHORT
    else:
        rest, r.city_prefix = prefix, CITY
        if not any(rest.startswith(d) for d in districts) and rest not in zones:
            r.off(
                "it does not start with 珠海市 (and, for an administrative district, the district)",
                "缺少“珠海市”（行政区的街道（镇）还须写明所在区）",
                unsure=True,
            )
        else:
            r.off("it does not start with 珠海市", "缺少“珠海市”")
    if rest in zones:
        r.kind, r.core = UnitKind.ZONE, rest
        return
    for d in sorted(districts, key=len, reverse=True):
        bare = d[: -len(_DISTRICT)]
        if rest.startswith(d):
            r.district = bare
            _street_or_town(rest[len(d) :], r, in_district=True)
            return
    for z in sorted(zones, key=len, reverse=True):
        if rest.startswith(z):
            r.off(
                f"a town or street under a functional zone is named without the zone {z!r}",
                f"经济功能区下辖镇（街道）的服务所名称为“珠海市XX镇（街道办事处）…”，不冠“{z}”",
            )
            _street_or_town(rest[len(z) :], r, in_district=False)
            return
    _street_or_town(rest, r, in_district=False)


def _diagnose(name: str, params: PolicyParameters) -> tuple[_Reading, str | None]:
    """Read *name*; return the reading and the standard form it is close to (if known)."""
    r = _Reading()
    tail = _VARIANT_TAIL.search(name)
    standard_tails = (Level.STREET_TOWN.agency_suffix, Level.COMMUNITY_VILLAGE.agency_suffix)
    if name.endswith(standard_tails):
        found = Level.STREET_TOWN if name.endswith(standard_tails[0]) else Level.COMMUNITY_VILLAGE
        prefix = name[: -len(standard_tails[0])]
    elif tail is not None:
        found = None
        prefix = name[: tail.start()]
        r.off(
            f"it ends with {tail.group()!r}, not {standard_tails[0]!r} / {standard_tails[1]!r}",
            f"机构名称部分为“{tail.group()}”，应为“{_BODY}服务所”（街道、镇）或“{_BODY}服务站”（社区、村）",
        )
    else:
        r.off(
            f"it does not end with {standard_tails[0]!r} or {standard_tails[1]!r}",
            f"名称不以“{standard_tails[0]}”或“{standard_tails[1]}”结尾",
            unsure=True,
        )
        return r, None
    _read_prefix(prefix, r, params)
    if r.kind is None:
        return r, None
    if found is not None and found is not r.kind.level:
        right = r.kind.level.agency_suffix[-3:]
        r.off(
            f"a {_KIND_EN[r.kind]} is a {right}, not a {found.agency_suffix[-3:]}",
            f"{r.kind.label}的机构为“{right}”，不是“{found.agency_suffix[-3:]}”",
        )
    if r.kind is not UnitKind.ZONE:
        problem = _core_problem(r.kind, r.core, r.core, params)
        if problem or not all(_validate.is_han(c) for c in r.core):
            r.off(
                f"the place name is not acceptable: {problem or 'not all Chinese characters'}",
                f"地名“{r.core}”不符合要求",
                unsure=True,
            )
    if r.city_prefix == CITY_SHORT and r.kind is not UnitKind.ZONE:
        r.off(
            "only a zone merged with its town may write 珠海 instead of 珠海市",
            "只有区镇合一的经济功能区服务所可写作“珠海”，应为“珠海市”",
        )
        r.city_prefix = CITY
    if r.unsure:
        return r, None
    if r.kind.level is Level.COMMUNITY_VILLAGE:
        r.city_prefix = None
    return r, _compose(r.kind, r.core, r.district, r.city_prefix or CITY)


def _refuse(
    name: str, why_en: list[str], why_zh: list[str], standard: str | None
) -> NonStandardNameError:
    hint = f"; standard form: {standard!r}" if standard else ""
    return NonStandardNameError(
        f"name {_validate.shown(name)} is not a standard agency name ({CLAUSE}): "
        f"{'; '.join(why_en)}{hint}",
        name=name,
        problems=tuple(why_zh),
        standard=standard,
    )


def parse_agency_name(name: str, *, params: PolicyParameters = PLAN_2011) -> AgencyNameParts:
    """Read a standard agency name back into its kind, place and district.

    ``parse_agency_name(agency_name(k, p, district=d))`` gives back ``k``, the bare ``p``
    and the bare ``d`` for every kind.

    Args:
        name: A standard name of 三（一）4.
        params: The parameter set whose districts and zones the name is read against.

    Returns:
        The parts of the name.

    Raises:
        TypeError: *name* is not a ``str``.
        NonStandardNameError: (a :class:`PolicyError`) the name is empty, too long or not
            standard; the message says what is off and, where the name is close to a
            standard one, gives the standard form (also in ``.standard``).

    >>> p = hp.parse_agency_name("珠海市斗门区井岸镇人力资源和社会保障服务所")
    >>> p.kind, p.place, p.district
    (<UnitKind.DISTRICT_TOWN: 'district_town'>, '井岸', '斗门')
    >>> hp.parse_agency_name("珠海市香洲区拱北街道人力资源和社会保障服务所")
    Traceback (most recent call last):
    ...
    hrss_policy.naming.NonStandardNameError: name '珠海市香洲区拱北街道人力资源和社会保障服务所' is not a standard agency name (三（一）4): the street is not written in full as 街道办事处; standard form: '珠海市香洲区拱北街道办事处人力资源和社会保障服务所'
    """
    given = _validate.text("name", name)
    if not given.strip():
        raise _refuse(given, ["it is empty"], ["名称为空"], None)
    if len(given) > _MAX_NAME_CHARS:
        raise _refuse(
            given,
            [f"it is longer than {_MAX_NAME_CHARS} characters"],
            [f"名称超过 {_MAX_NAME_CHARS} 个字"],
            None,
        )
    bad = [(i, c) for i, c in enumerate(given) if not _validate.is_han(c)]
    if bad:
        return _parse_unclean(given, bad, params)
    r, standard = _diagnose(given, params)
    if r.problems_en:
        raise _refuse(given, r.problems_en, r.problems_zh, standard)
    assert r.kind is not None
    return AgencyNameParts(
        name=given,
        kind=r.kind,
        level=r.kind.level,
        place=r.core,
        district=r.district,
        city_prefix=r.city_prefix if r.kind.level is Level.STREET_TOWN else None,
        clauses=(CLAUSE,),
    )


def _parse_unclean(
    name: str, bad: list[tuple[int, str]], params: PolicyParameters
) -> AgencyNameParts:
    """Refuse a name with non-Chinese characters, offering the standard form if it is close."""
    i, c = bad[0]
    en = [f"{_validate.describe_non_han(c)} at position {i}"]
    zh: list[str] = []
    if any(ch.isspace() for _, ch in bad):
        zh.append("名称中含有空格")
    if any(ch in "（）()" for _, ch in bad):
        en.append("in the template a bracketed part is an alternative, not part of the name")
        zh.append("名称中含有括号：模板中的括号表示可替换的写法，不是名称的一部分")
    if any(unicodedata.normalize("NFKC", ch) != ch and not ch.isspace() for _, ch in bad):
        zh.append("名称中含有全角/半角或形近字符")
    if not zh:
        zh.append(f"名称中含有非汉字字符（第 {i + 1} 个字符）")
    # Spaces, width variants and the template's brackets are the usual slips; drop them
    # only to offer a suggestion, never to accept the name.
    cleaned = "".join(
        ch for ch in unicodedata.normalize("NFKC", name) if not ch.isspace() and ch not in "()"
    )
    standard = None
    if cleaned and all(_validate.is_han(ch) for ch in cleaned):
        r, standard = _diagnose(cleaned, params)
        if standard is None and not r.problems_en:
            standard = cleaned
        zh.extend(r.problems_zh)
    raise _refuse(name, en, zh, standard)


# -- checking -----------------------------------------------------------------------------


def check_agency_name(
    kind: UnitKind,
    place: str,
    current_name: str | None,
    *,
    district: str | None = None,
    params: PolicyParameters = PLAN_2011,
) -> NameCheck:
    """Check the name a unit uses now against its standard name (三（一）4).

    A non-standard current name is a finding, never an exception: the result says what
    is off and gives the standard form. Only bad arguments about the *unit* raise.

    Args:
        kind: The unit's kind.
        place: Its place, as :func:`agency_name` takes it.
        current_name: The name it uses now, any text; ``None`` when none was recorded.
        district: Its administrative district, as :func:`agency_name` takes it.
        params: The parameter set.

    Returns:
        Whether the current name matches, what is off, and the expected name with who
        fixes it and by when. For a zone, both ``珠海市…`` and ``珠海…`` match.

    Raises:
        TypeError: an argument has the wrong type (*current_name* not ``str`` or ``None``).
        PolicyError: the unit itself is invalid (as for :func:`agency_name`).

    >>> c = hp.check_agency_name(hp.UnitKind.DISTRICT_STREET, "拱北", "珠海市香洲区拱北街道劳动保障服务所", district="香洲")
    >>> c.matches, c.standard
    (False, '珠海市香洲区拱北街道办事处人力资源和社会保障服务所')
    >>> c.problems
    ('机构名称部分为“劳动保障服务所”，应为“人力资源和社会保障服务所”（街道、镇）或“人力资源和社会保障服务站”（社区、村）', '街道名称未写全，应为“街道办事处”')
    """
    expected = agency_name_detail(kind, place, district=district, params=params)
    if current_name is not None and not isinstance(current_name, str):
        raise TypeError(
            f"current_name must be a str or None, got {current_name!r} "
            f"({type(current_name).__name__})"
        )
    allowed = {expected.name}
    if expected.kind is UnitKind.ZONE:
        allowed.add(_compose(expected.kind, expected.place, None, CITY_SHORT))
    if current_name in allowed:
        return NameCheck(expected, current_name, True, (), (CLAUSE,))
    problems: list[str] = []
    if current_name is None:
        problems.append("未填写现用名称")
    else:
        try:
            parts = parse_agency_name(current_name, params=params)
        except NonStandardNameError as exc:
            problems.extend(exc.problems)
            if exc.standard is not None and exc.standard not in allowed:
                try:
                    problems.extend(_differences(expected, parse_agency_name(exc.standard)))
                except NonStandardNameError:  # pragma: no cover - a standard form parses
                    problems.append("改正书写后仍不是本单位的名称")
        else:
            problems.extend(_differences(expected, parts))
    return NameCheck(expected, current_name, False, tuple(problems), (CLAUSE,))


def _differences(expected: AgencyName, parts: AgencyNameParts) -> list[str]:
    out = []
    if parts.kind is not expected.kind:
        out.append(f"名称为{parts.kind.label}的格式，本单位为{expected.kind.label}")
    if parts.place != expected.place:
        out.append(f"地名为“{parts.place}”，应为“{expected.place}”")
    if parts.district != expected.district:
        got = f"“{parts.district}区”" if parts.district else "无"
        want = f"“{expected.district}区”" if expected.district else "无"
        out.append(f"所在区为{got}，应为{want}")
    if not out:  # pragma: no cover - same parts compose the same name
        out.append("名称与标准名称不同")
    return out
