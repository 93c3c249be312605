"""Generating the standard name of one unit (三（一）4), and normalizing its place.

A unit is its kind, its place and (for a street or town of an administrative district)
its district; a zone merged with its town may also record the town (``merged_town``,
R14). Everything a caller gives is checked at the door; the normalized unit is named by
a cached pure function, so an inspection naming a unit twice (its name, then its check)
pays once.
"""

from __future__ import annotations

import datetime as dt
import functools

import attrs

from ...core import validate as _validate
from ...core import zh as _zh
from ...core.validate import shown, shown_zh
from ...errors import PolicyError
from ...plan.clauses import NAMES, cites
from ...plan.parameters import PLAN_2011, PolicyParameters, check_params
from ...plan.readings import cite_zh
from ...plan.register import due_of
from ...plan.units import UnitKind
from .geography import Geography, geography, misplaced, unit_named
from .grammar import (
    AUTHORITY,
    AUTHORITY_TEXT,
    CITY,
    CITY_PREFIXES,
    CITY_SHORT,
    DISTRICT,
    DISTRICT_KINDS,
    KIND_EN,
    LABELS,
    STATION_KINDS,
    TEMPLATES,
    AgencyNameParts,
    compose,
    town_named,
    unit_phrase,
)
from .place_names import RULES, core_problem, han, is_plain

K = UnitKind


# -- results ------------------------------------------------------------------------------


@attrs.frozen
class AgencyName(AgencyNameParts):
    """A unit's standard agency name, with who fixes it and by when.

    It is the :class:`AgencyNameParts` of the name (:attr:`name`, :attr:`kind`,
    :attr:`place`, :attr:`district`, :attr:`city_prefix`) with the basis a report prints
    beside it.

    Attributes:
        due: The date by which the renaming was to be done (``params.renaming_due``).
        merged_town: For a zone merged with its town, the town's bare name where recorded
            by the unit or on the map of 2011 (R26).
        town_from_map: Whether that town comes from the map rather than the unit.
        alternatives: The unit's other standard names: for a zone, the spelling with the
            other city prefix and, where its town is recorded and R14 is adopted, the two
            names after its town.
    """

    due: dt.date = attrs.field(kw_only=True)
    merged_town: str | None = attrs.field(default=None, kw_only=True)
    town_from_map: bool = attrs.field(default=False, kw_only=True)
    alternatives: tuple[str, ...] = attrs.field(default=(), kw_only=True)

    @property
    def fixed_by(self) -> str:
        """Who issues the renaming document: 市编办, or 区政府（管委会） for a station."""
        return AUTHORITY[self.level]

    @property
    def standard_names(self) -> tuple[str, ...]:
        """Every name that is standard for the unit: :attr:`name` first."""
        return (self.name, *self.alternatives)

    def explain(self) -> str:
        """How the name is formed, who fixes it and by when, in Chinese, a sentence a line."""
        k = self.kind
        unit = "本单位为" + unit_phrase(
            k, self.place, self.district, merged_town=self.merged_town, area=self.area
        )
        if self.town_from_map:
            unit += f"，区镇合一的镇取自2011年区划（{cite_zh('R26')}）"
        lines = [
            f"依据{NAMES}，{TEMPLATES[k]}。",
            f"{unit}。",
            f"标准名称为“{self.name}”。",
        ]
        if not self.recorded:
            lines.append(
                f"该地名未收录于2011年区划（{cite_zh('R26')}），按所填写的单位类型和所在区命名。"
            )
        if self.alternatives:
            others = "、".join(f"“{a}”" for a in self.alternatives)
            basis = cite_zh("R4")
            if self.merged_town is not None and len(self.alternatives) > 1:
                # Two readings in one sentence: one colon at most (the style guide).
                basis = "；".join(cite_zh(r).replace("：", "，") for r in ("R4", "R14"))
            lines.append(f"写作{others}也是标准名称（{basis}）。")
        lines.append(f"{AUTHORITY_TEXT[self.level]}。")
        lines.append(f"更名{_zh.due_phrase(self.due)}。")
        return "\n".join(lines)


# -- normalization ------------------------------------------------------------------------


def _kind(value: object) -> UnitKind:
    if not isinstance(value, UnitKind):
        raise TypeError(
            f"kind must be a UnitKind (e.g. UnitKind.DISTRICT_STREET), got {_validate.describe(value)}"
            "; UnitKind.from_label() reads a Chinese label"
        )
    return value


def _optional_text(arg: str, value: object) -> str | None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{arg} must be a str or None, got {_validate.describe(value)}")
    return value


def _place(kind: UnitKind, value: object, geo: Geography, arg: str = "place") -> str:
    given = han(arg, value)
    if kind is K.ZONE:
        return _zone(given, geo)
    rules = RULES[kind]
    core = given
    for suffix in rules.given_suffixes:
        if given.endswith(suffix):
            core = given[: -len(suffix)]
            break
    if is_plain(rules, core, geo):
        return core
    problem = core_problem(kind, core, given, geo, LABELS[arg])
    if problem is not None:
        what = (
            "merged_town (the town a zone is merged with)"
            if arg == "merged_town"
            else f"{arg} for a {KIND_EN[kind]}"
        )
        raise PolicyError(f"{what} is refused: {problem.en}", zh=problem.zh)
    return core


def _zone(given: str, geo: Geography) -> str:
    if given in geo.zones:
        return given
    zones = geo.zones
    hint = hint_zh = ""
    bare = given.removeprefix(CITY).removeprefix(CITY_SHORT)
    close = [z for z in zones if bare and (z == bare or z.startswith(bare))]
    if bare != given and bare in zones:
        hint = f"; give the zone without the city: {bare!r} (ask for 珠海 with city_prefix)"
        hint_zh = f"，功能区不带市名，应为“{bare}”"
    elif len(close) == 1:
        hint = f"; did you mean {close[0]!r}? a zone is given by its full name"
        hint_zh = f"，功能区须写全称，如“{close[0]}”"
    elif given in geo.district_of:
        hint = "; that is an administrative district: use DISTRICT_STREET or DISTRICT_TOWN"
        hint_zh = "，这是行政区，其街道或镇的单位类型为行政区街道或行政区镇"
    raise PolicyError(
        f"place for a functional zone must be one of params.functional_zones "
        f"({', '.join(zones)}), got {shown(given)}{hint}",
        zh=f"经济功能区应为{'、'.join(zones)}之一，收到{shown_zh(given)}{hint_zh}",
    )


def _district(value: object, geo: Geography) -> str:
    given = han("district", value)
    bare = geo.district_of.get(given)
    if bare is not None:
        return bare
    if given in geo.zones or given + DISTRICT in geo.zones:
        raise PolicyError(
            f"district {shown(given)} is a functional zone, not an administrative district: a zone "
            "merged with its town is UnitKind.ZONE, a town or street under it is ZONE_TOWN or "
            "ZONE_STREET (named 珠海市{镇}… with no district)",
            zh=f"{shown_zh(given)}是经济功能区，不是行政区，其下辖镇（街道）的名称不冠区名",
        )
    raise PolicyError(
        f"district must be one of params.administrative_districts "
        f"({', '.join(geo.districts)}), with or without 区, got {shown(given)}",
        zh=f"所在区应为{'、'.join(geo.districts)}之一（可不写“区”字），收到{shown_zh(given)}",
    )


@cites(NAMES)
def normalize_place(kind: UnitKind, place: str, *, params: PolicyParameters = PLAN_2011) -> str:
    """Return the bare name of a place of *kind*, as the standard name uses it.

    The place may carry its suffix (拱北街道 / 拱北街道办 / 拱北街道办事处 → 拱北; 井岸镇 →
    井岸; 夏湾社区 → 夏湾; 莲江村 → 莲江). A functional zone is given by its full name,
    which is returned unchanged. The result is accepted again unchanged (normalization is
    idempotent).

    Args:
        kind: The unit's kind.
        place: The place's name, Chinese characters only.
        params: The parameter set whose ``functional_zones`` a zone must be one of.

    Raises:
        TypeError: *kind* is not a :class:`UnitKind`, *place* not a ``str`` or *params*
            not a :class:`PolicyParameters`.
        PolicyError: *place* is empty, too long, not all Chinese, ends with a suffix that
            contradicts *kind*, or (for a zone) is not a listed zone.

    >>> hp.normalize_place(hp.UnitKind.DISTRICT_STREET, "拱北街道办事处")
    '拱北'
    >>> hp.normalize_place(hp.UnitKind.DISTRICT_STREET, "白蕉镇")
    Traceback (most recent call last):
    ...
    hrss_policy.errors.PolicyError: place for a street of an administrative district is refused: '白蕉镇' ends with 镇, which names a town (镇), not a street of an administrative district
    """
    return _place(_kind(kind), place, geography(check_params(params)))


@cites(NAMES)
def normalize_district(district: str, *, params: PolicyParameters = PLAN_2011) -> str:
    """Return the bare name of an administrative district (香洲区 or 香洲 → 香洲).

    Args:
        district: The district, with or without 区; one of
            ``params.administrative_districts``.
        params: The parameter set listing the administrative districts.

    Raises:
        TypeError: *district* is not a ``str``, or *params* not a :class:`PolicyParameters`.
        PolicyError: *district* is not a listed administrative district; a functional
            zone is refused with a pointer to the zone kinds.

    >>> hp.normalize_district("香洲区"), hp.normalize_district("斗门")
    ('香洲', '斗门')
    """
    return _district(district, geography(check_params(params)))


# -- generation ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def _detail(
    kind: UnitKind,
    place: str,
    district: str | None,
    city_prefix: str,
    merged_town: str | None,
    geo: Geography,
    due: dt.date,
) -> AgencyName:
    """The unit's standard name: a pure function of checked types, cached by value."""
    core = _place(kind, place, geo)
    d: str | None = None
    if kind in DISTRICT_KINDS:
        if district is None:
            raise PolicyError(
                f"district is required for a {KIND_EN[kind]}: its name is 珠海市{{区}}区…; "
                f"accepted: {', '.join(geo.districts)}",
                zh=f"{kind.label}须填写所在区，可填写{'、'.join(geo.districts)}",
            )
        d = _district(district, geo)
    elif district is not None:
        raise PolicyError(
            f"district must be None for a {KIND_EN[kind]}, got {shown(district)}: "
            f"its standard name carries no district ({TEMPLATES[kind]})",
            zh=f"{kind.label}的名称不冠区名，“区”一栏应留空，收到{shown_zh(district)}；"
            "要注明所属的区，请在“所属区”一栏填写",
        )
    if city_prefix not in CITY_PREFIXES:
        raise PolicyError(
            f"city_prefix must be '珠海市' or '珠海', got {shown(city_prefix)}",
            zh=f"名称前缀应为“珠海市”或“珠海”，收到{shown_zh(city_prefix)}",
        )
    if city_prefix == CITY_SHORT and kind is not K.ZONE:
        raise PolicyError(
            f"city_prefix='珠海' is only for a functional zone merged with its town "
            f"(the template's 珠海（市）); a {KIND_EN[kind]} is named with '珠海市'",
            zh=f"只有区镇合一的经济功能区可写作“珠海”，{kind.label}应写作“珠海市”",
        )
    town: str | None = None
    if merged_town is not None:
        if kind is not K.ZONE:
            raise PolicyError(
                f"merged_town is only for a functional zone merged with its town "
                f"(UnitKind.ZONE), got {shown(merged_town)} for a {KIND_EN[kind]}",
                zh=f"只有区镇合一的经济功能区填写区镇合一的镇名，{kind.label}应不填",
            )
        town = _place(K.ZONE_TOWN, merged_town, geo, "merged_town")
    area = _on_map(kind, core, d, town, geo)
    from_map = False
    if kind is K.ZONE:
        from_map = town is None and core in geo.merged_town
        town = town or geo.merged_town.get(core)
    alternatives: tuple[str, ...] = ()
    if kind is K.ZONE:
        other = CITY_SHORT if city_prefix == CITY else CITY
        alternatives = (compose(kind, core, None, other),)
        if town is not None and geo.town_names:
            alternatives += (town_named(town, CITY), town_named(town, CITY_SHORT))
    return AgencyName(
        compose(kind, core, d, city_prefix),
        kind,
        core,
        d,
        None if kind in STATION_KINDS else city_prefix,
        False,
        area if kind in (K.ZONE_TOWN, K.ZONE_STREET) else None,
        core in geo.placed or kind in STATION_KINDS or kind is K.ZONE,
        due=due,
        merged_town=town,
        town_from_map=from_map,
        alternatives=alternatives,
    )


def _on_map(
    kind: UnitKind, core: str, district: str | None, town: str | None, geo: Geography
) -> str | None:
    """The unit checked against the 2011 map (R26): the zone a zone's town lies in.

    A place the map puts elsewhere is refused, naming where it lies and its standard
    name; a zone the map holds with towns under it is not merged with a town, and a zone
    merged with its town is merged with the map's town. A place the map does not hold is
    accepted (the caller names where it is).
    """
    if kind is K.ZONE:
        merged = geo.merged(core)
        if merged is False:
            under = "、".join(geo.towns_under[core])
            raise PolicyError(
                f"{core} is not merged with a town (区镇合一): it has towns under it, each "
                f"named 珠海市{{镇}}镇… as a ZONE_TOWN (R26; params.area_map)",
                zh=f"{core}下辖{under}，不是区镇合一的经济功能区（{cite_zh('R26')}）；其下辖镇"
                f"（街道）的单位类型为经济功能区下辖镇（街道），名称为“珠海市XX镇（街道办事处）"
                "人力资源和社会保障服务所”",
            )
        mapped = geo.merged_town.get(core)
        if town is not None and mapped is not None and town != mapped:
            raise PolicyError(
                f"{core} is merged with {mapped}镇 on the map (R26), not {town}镇",
                zh=f"{core}区镇合一的镇为{mapped}镇（{cite_zh('R26')}），收到{town}镇",
            )
        return core
    if kind in STATION_KINDS:
        return None
    wrong = misplaced(kind, core, district, geo)
    if wrong is not None:
        found, why = wrong
        right = unit_named(found.kind, core, found.area)
        raise PolicyError(
            f"{core} is not a {KIND_EN[kind]}"
            + (f" of {district}区" if district else "")
            + f" on the map of 2011 (R26; params.area_map): its standard name is {right!r}",
            zh=f"{why}（{cite_zh('R26')}），标准名称应为“{right}”",
        )
    placed = geo.placed.get(core)
    return None if placed is None else placed.area


def detail(
    kind: object,
    place: object,
    district: object,
    city_prefix: object,
    merged_town: object,
    params: PolicyParameters,
) -> AgencyName:
    """Check the arguments' types (a ``TypeError`` naming each), then name the unit."""
    k = _kind(kind)
    p = place if isinstance(place, str) else han("place", place)  # han: the TypeError
    d = _optional_text("district", district)
    if not isinstance(city_prefix, str):
        raise TypeError(
            f"city_prefix must be a str ('珠海市' or '珠海'), got {_validate.describe(city_prefix)}"
        )
    town = _optional_text("merged_town", merged_town)
    params = check_params(params)
    return _detail(
        k,
        p,
        d,
        city_prefix,
        town,
        geography(params),
        due_of("name.standard", params),
    )


@cites(AgencyName)
def agency_name_detail(
    kind: UnitKind,
    place: str,
    *,
    district: str | None = None,
    city_prefix: str = CITY,
    merged_town: str | None = None,
    params: PolicyParameters = PLAN_2011,
) -> AgencyName:
    """Return a unit's standard name with who fixes it and by when.

    Args:
        kind: The unit's kind.
        place: The street, town, community or village, with or without its suffix; for
            :attr:`UnitKind.ZONE`, the zone's full name (横琴新区).
        district: The administrative district (香洲 or 香洲区) for
            :attr:`UnitKind.DISTRICT_STREET` and :attr:`UnitKind.DISTRICT_TOWN`; must be
            ``None`` for every other kind, whose name carries no district.
        city_prefix: ``"珠海市"``, or ``"珠海"`` for a :attr:`UnitKind.ZONE` (the template's
            ``珠海（市）``).
        merged_town: For a :attr:`UnitKind.ZONE`, the town it is merged with (横琴 or
            横琴镇), where known: under R14 (``params.zone_may_use_town_name``) the names
            after the town are then standard too (:attr:`AgencyName.alternatives`). Must
            be ``None`` for every other kind.
        params: The parameter set (districts, zones, R14, the renaming deadline).

    Returns:
        The name with its basis: who issues the renaming document (市编办 for a street/town
        agency, the district government or 管委会 for a station), the due date, and the
        unit's other standard names.

    Raises:
        TypeError: an argument has the wrong type.
        PolicyError: a name is empty, not Chinese, too long or contradicts *kind*; the
            district is missing, unknown or not wanted; *city_prefix* is not accepted; or
            *merged_town* is given for a kind other than a zone.

    >>> a = hp.agency_name_detail(hp.UnitKind.DISTRICT_TOWN, "井岸镇", district="斗门区")
    >>> a.name, a.fixed_by, a.due
    ('珠海市斗门区井岸镇人力资源和社会保障服务所', '市编办', datetime.date(2011, 12, 31))
    >>> hp.agency_name_detail(hp.UnitKind.ZONE, "横琴新区", merged_town="横琴").standard_names
    ('珠海市横琴新区人力资源和社会保障服务所', '珠海横琴新区人力资源和社会保障服务所', '珠海市横琴镇人力资源和社会保障服务所', '珠海横琴镇人力资源和社会保障服务所')
    """
    return detail(kind, place, district, city_prefix, merged_town, params)


@cites(AgencyName)
def agency_name(
    kind: UnitKind,
    place: str,
    *,
    district: str | None = None,
    city_prefix: str = CITY,
    merged_town: str | None = None,
    params: PolicyParameters = PLAN_2011,
) -> str:
    """Return a unit's standard agency name under 三（一）4, as a plain ``str``.

    Arguments and errors as :func:`agency_name_detail`, which also says who fixes the
    name, by when, and the unit's other standard names. For a zone this is the name
    after the zone, the template's first form.

    >>> hp.agency_name(hp.UnitKind.DISTRICT_STREET, "拱北", district="香洲")
    '珠海市香洲区拱北街道办事处人力资源和社会保障服务所'
    >>> hp.agency_name(hp.UnitKind.ZONE, "横琴新区", city_prefix="珠海")
    '珠海横琴新区人力资源和社会保障服务所'
    >>> hp.agency_name(hp.UnitKind.VILLAGE, "莲江村")
    '莲江村人力资源和社会保障服务站'
    """
    return detail(kind, place, district, city_prefix, merged_town, params).name
