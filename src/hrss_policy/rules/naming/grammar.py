"""The grammar of the standard names of 三（一）4: templates, suffixes, composition.

Everything here is pure and small: the tables that say which ending each kind of unit
takes, the template text each kind quotes, the composition of a name from its parts, the
districts and zones of a parameter set (:class:`Geography`, built once per map), and the
problems a bare place name can have. :mod:`.generate`, :mod:`.parse` and :mod:`.check`
build on it; none of them spells a suffix or a template of its own.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

import attrs

from ...core import validate as _validate
from ...core.citing import Cited
from ...errors import PolicyError
from ...plan.clauses import NAMES, cites
from ...plan.parameter_types import AreaPlaces
from ...plan.parameters import PolicyParameters
from ...plan.readings import cite_zh
from ...plan.units import Level, UnitKind

CITY = "珠海市"
CITY_SHORT = "珠海"
CITY_PREFIXES = (CITY, CITY_SHORT)
"""The two spellings of the template's ``珠海（市）``; only a zone may use the short one."""

STREET = "街道办事处"
STREET_SHORT = ("街道办", "街道")
"""Abbreviations of 街道办事处 a caller may give and a name may not carry."""
STREET_MARK = "街道"
"""What every spelling of a street has: a station's own name never contains it."""
TOWN = "镇"
COMMUNITY = "社区"
VILLAGE = "村"
DISTRICT = "区"
BODY = "人力资源和社会保障"

# Limits on input, not numbers of the policy: the longest Zhuhai place name is far shorter.
MAX_PLACE_CHARS = 30
MAX_NAME_CHARS = 120

K = UnitKind
STATION_KINDS = frozenset({K.COMMUNITY, K.VILLAGE})
DISTRICT_KINDS = frozenset({K.DISTRICT_STREET, K.DISTRICT_TOWN})
LEVEL = {k: k.level for k in K}
SUFFIX = {k: k.level.agency_suffix for k in K}
"""The agency word each kind's name ends with: ``…服务所`` or ``…服务站``."""

# The ending the standard name gives each kind's place, and the endings a caller may add.
STANDARD_SUFFIX = {
    K.DISTRICT_STREET: STREET,
    K.ZONE_STREET: STREET,
    K.DISTRICT_TOWN: TOWN,
    K.ZONE_TOWN: TOWN,
    K.ZONE: "",
    K.COMMUNITY: COMMUNITY,
    K.VILLAGE: VILLAGE,
}
GIVEN_SUFFIXES = {
    K.DISTRICT_STREET: (STREET, *STREET_SHORT),
    K.ZONE_STREET: (STREET, *STREET_SHORT),
    K.DISTRICT_TOWN: (TOWN,),
    K.ZONE_TOWN: (TOWN,),
    K.ZONE: (),
    K.COMMUNITY: (COMMUNITY,),
    K.VILLAGE: (VILLAGE,),
}
TAIL = {k: STANDARD_SUFFIX[k] + SUFFIX[k] for k in K}
"""What follows the place in each kind's name: ``街道办事处人力资源和社会保障服务所`` …"""

# A bare place may not end in a unit suffix: "白蕉镇" as a street contradicts its kind, and
# "拱北街道" left after stripping one suffix would make normalization depend on repetition.
# 村 is allowed except for villages: "…新村社区" is a common community name.
SUFFIX_KINDS = (
    (STREET, "a street (街道办事处)", "街道"),
    ("办事处", "an office (办事处)", "办事处"),
    ("街道办", "a street (街道办)", "街道"),
    ("街道", "a street (街道)", "街道"),
    (TOWN, "a town (镇)", "镇"),
    (COMMUNITY, "a community (社区)", "社区"),
    (DISTRICT, "a district or zone (区)", "区或功能区"),
    (VILLAGE, "a village (村)", "村"),
)

AUTHORITY = {Level.STREET_TOWN: "市编办", Level.COMMUNITY_VILLAGE: "区政府（管委会）"}
"""Who issues the renaming document, as 三（一）4 says."""
AUTHORITY_TEXT = {
    Level.STREET_TOWN: "街道（镇）服务机构的更名、性质和管理体制等问题，由市编办下发文件",
    Level.COMMUNITY_VILLAGE: "社区（村）服务机构的更名、工作职责和管理体制由各区政府（管委会）下发文件",
}
_STREET_TOWN_TEMPLATE = (
    "各行政区的街道（镇）服务机构统称为“珠海市XX区XX街道办事处（镇）人力资源和社会保障服务所”"
)
_ZONE_UNIT_TEMPLATE = (
    "各经济功能区下辖镇（街道）的服务机构统称为“珠海市XX镇（街道办事处）人力资源和社会保障服务所”"
)
_STATION_TEMPLATE = "社区（村）服务机构统称为“XX社区（村）人力资源和社会保障服务站”"
TEMPLATES = {
    K.DISTRICT_STREET: _STREET_TOWN_TEMPLATE,
    K.DISTRICT_TOWN: _STREET_TOWN_TEMPLATE,
    K.ZONE: "各经济功能区（区镇合一）的镇服务机构统称为“珠海（市）XX经济功能区（镇）人力资源和社会保障服务所”",
    K.ZONE_TOWN: _ZONE_UNIT_TEMPLATE,
    K.ZONE_STREET: _ZONE_UNIT_TEMPLATE,
    K.COMMUNITY: _STATION_TEMPLATE,
    K.VILLAGE: _STATION_TEMPLATE,
}
"""The sentence of 三（一）4 that gives each kind's template, verbatim."""

KIND_EN = {
    K.DISTRICT_STREET: "street of an administrative district",
    K.DISTRICT_TOWN: "town of an administrative district",
    K.ZONE: "functional zone",
    K.ZONE_TOWN: "town under a functional zone",
    K.ZONE_STREET: "street under a functional zone",
    K.COMMUNITY: "community",
    K.VILLAGE: "village",
}

#: The Chinese name of each naming argument, for messages (``_validate.LABELS`` has the
#: shared ones; these are the naming functions' own).
LABELS = {
    "place": _validate.label("place"),
    "district": _validate.label("district"),
    "merged_town": "区镇合一的镇名",
    "city_prefix": "名称前缀",
    "name": _validate.label("name"),
}


def compose(kind: UnitKind, place: str, district: str | None, city_prefix: str) -> str:
    """The standard name of a unit of *kind* at the bare *place* (the grammar's one rule).

    *district* is the bare administrative district (or ``None``); *city_prefix* is
    ``珠海市`` or ``珠海``; a station's name carries neither.
    """
    if kind is K.COMMUNITY or kind is K.VILLAGE:
        return place + TAIL[kind]
    if district is not None:
        return f"{city_prefix}{district}{DISTRICT}{place}{TAIL[kind]}"
    return f"{city_prefix}{place}{TAIL[kind]}"


def town_named(town: str, city_prefix: str) -> str:
    """A zone merged with the town *town*, named after the town (R14): ``珠海（市）{镇}镇…``."""
    return f"{city_prefix}{town}{TAIL[K.ZONE_TOWN]}"


class Problem(NamedTuple):
    """One thing wrong with a name or a place: in English, in Chinese, and whether it blocks.

    A *blocking* problem leaves the unit meant unknown, so no standard form is offered.
    """

    en: str
    zh: str
    blocking: bool = False


# -- the map of districts and zones -------------------------------------------------------


class Placed(NamedTuple):
    """Where the map puts a bare place name (R26)."""

    area: str
    """The district's or zone's full name (斗门区, 高栏港经济区)."""
    kind: UnitKind
    """The kind the place's unit is on the map: a street or town of a district or zone, or
    :attr:`UnitKind.ZONE` for a town merged with its zone."""
    suffix: str
    """The place's ending in a name: 街道办事处 or 镇."""


class Geography:
    """The administrative districts and functional zones of one parameter set, indexed.

    Built once per map (:func:`geography` caches it), so the suffix handling and lookups
    of a name cost a dictionary access, not a scan. Compared by identity: equal maps give
    the same object. It holds the 2011 map too (R26, ``params.area_map``): which streets
    and towns lie in which district or zone, and which zone is merged with which town.
    """

    __slots__ = (
        "by_length",
        "district_of",
        "districts",
        "merged_town",
        "placed",
        "prefixes",
        "town_names",
        "towns_under",
        "zones",
        "zones_by_length",
    )

    def __init__(
        self,
        districts: tuple[str, ...],
        zones: tuple[str, ...],
        town_names: bool,
        area_map: tuple[AreaPlaces, ...] = (),
    ) -> None:
        self.districts = districts
        self.zones = zones
        self.town_names = town_names
        #: 香洲 and 香洲区 → 香洲: every spelling of a district a caller may give.
        self.district_of = {d: d[: -len(DISTRICT)] for d in districts}
        self.district_of.update({bare: bare for bare in list(self.district_of.values())})
        self.by_length = tuple(sorted(districts, key=len, reverse=True))
        self.zones_by_length = tuple(sorted(zones, key=len, reverse=True))
        #: What a station's place may not start with.
        self.prefixes = districts + zones
        #: A bare place → where the map puts it (R26).
        self.placed: dict[str, Placed] = {}
        #: A zone merged with its town (区镇合一) → the town's bare name.
        self.merged_town: dict[str, str] = {}
        #: A zone the map holds with towns or streets under it → their names with suffix.
        self.towns_under: dict[str, tuple[str, ...]] = {}
        for a in area_map:
            if a.area not in districts and a.area not in zones:
                continue  # an area the parameter set no longer lists
            zone = a.area in zones
            street, town = (
                (K.ZONE_STREET, K.ZONE_TOWN) if zone else (K.DISTRICT_STREET, K.DISTRICT_TOWN)
            )
            for bare in a.streets:
                self.placed[bare] = Placed(a.area, street, STREET)
            for bare in a.towns:
                self.placed[bare] = Placed(a.area, town, TOWN)
            if a.merged_town is not None:
                self.merged_town[a.area] = a.merged_town
                self.placed[a.merged_town] = Placed(a.area, K.ZONE, TOWN)
            elif zone:
                self.towns_under[a.area] = (
                    *(t + TOWN for t in a.towns),
                    *(st + STREET_MARK for st in a.streets),
                )

    def merged(self, zone: str) -> bool | None:
        """Whether *zone* is merged with its town: ``None`` where the map does not hold it."""
        if zone in self.merged_town:
            return True
        return False if zone in self.towns_under else None


@functools.lru_cache(maxsize=32)
def _geography(
    districts: tuple[str, ...],
    zones: tuple[str, ...],
    town_names: bool,
    area_map: tuple[AreaPlaces, ...],
) -> Geography:
    both = sorted(set(districts) & set(zones))
    if both:
        raise PolicyError(
            f"params lists {both} both as an administrative district and a functional zone",
            zh=f"参数中“{'、'.join(both)}”既列为行政区又列为经济功能区",
        )
    return Geography(districts, zones, town_names, area_map)


def geography(params: PolicyParameters) -> Geography:
    """The districts, zones and map of *params*, indexed (cached per map; *params* is checked)."""
    return _geography_of(params)


@functools.lru_cache(maxsize=32)
def _geography_of(params: PolicyParameters) -> Geography:
    # Keyed by the parameter set, whose hash is cached: a name costs one lookup, not a
    # hash of the whole map of 2011 on every unit of a country's table.
    return _geography(
        params.administrative_districts,
        params.functional_zones,
        params.zone_may_use_town_name,
        params.area_map,
    )


def unit_named(kind: UnitKind, place: str, area: str, city_prefix: str = "珠海市") -> str:
    """The standard name of the unit the map puts at *place* in *area* (R26)."""
    if kind is K.ZONE:
        return compose(kind, area, None, city_prefix)
    district = area[: -len(DISTRICT)] if kind in DISTRICT_KINDS else None
    return compose(kind, place, district, city_prefix)


def misplaced(
    kind: UnitKind, place: str, district: str | None, geo: Geography
) -> tuple[Placed, str] | None:
    """Where the map puts *place* when that contradicts a unit of *kind* in *district*.

    Returns where the map puts it and, in Chinese, what is wrong ("井岸镇属斗门区"); ``None``
    where the map agrees or does not hold the place (R26).
    """
    found = geo.placed.get(place)
    if found is None:
        return None
    if found.kind is K.ZONE:
        if kind is K.ZONE:
            return None
        return found, f"{place}{TOWN}与{found.area}区镇合一"
    if found.kind is kind and (district is None or found.area == district + DISTRICT):
        return None
    what = f"{place}{found.suffix if found.suffix == TOWN else STREET_MARK}"
    if found.area in geo.zones and kind in DISTRICT_KINDS:
        return found, f"{what}属经济功能区{found.area}，名称不冠区名"
    if found.kind is not kind and (found.area in geo.zones) == (
        kind in (K.ZONE_TOWN, K.ZONE_STREET)
    ):
        other = "街道" if found.suffix == STREET else "镇"
        return found, f"{place}是{found.area}的{other}"
    return found, f"{what}属{found.area}"


# -- place names --------------------------------------------------------------------------

# The characters _validate.is_han accepts, as one pattern: a name is checked in one call.
_HAN = re.compile("[〇\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ebef\U00030000-\U000323af]+")


def all_han(text: str) -> bool:
    """Whether *text* is non-empty and every character is one :func:`_validate.is_han` accepts."""
    return _HAN.fullmatch(text) is not None


def han(arg: str, value: object) -> str:
    """*value* if it is a place name of Chinese characters only; the argument *arg* refused if not."""
    if type(value) is str and len(value) <= MAX_PLACE_CHARS and all_han(value):
        return value
    return _validate.han(arg, value, max_chars=MAX_PLACE_CHARS, label=LABELS.get(arg, arg))


class KindRules(NamedTuple):
    """What the grammar says of one kind's place, gathered for one lookup per name."""

    given_suffixes: tuple[str, ...]
    """The endings a caller may give the place with (stripped)."""
    endings: tuple[str, ...]
    """Endings a bare place of the kind may not have (:func:`core_problem` says why)."""
    station: bool
    """A community or village: no city, district or street before the place."""
    zone_unit: bool
    """A town or street under a zone: no district or zone (no 区) in the place."""


RULES = {
    k: KindRules(
        GIVEN_SUFFIXES[k],
        tuple(s for s, _, _ in SUFFIX_KINDS if s != VILLAGE or k is K.VILLAGE),
        k in STATION_KINDS,
        k in (K.ZONE_TOWN, K.ZONE_STREET),
    )
    for k in K
}


def is_plain(rules: KindRules, core: str, geo: Geography) -> bool:
    """Whether *core* is a bare place name of the kind: :func:`core_problem` finds nothing.

    The common case costs a few string tests; :func:`core_problem` says what is wrong.
    """
    return not (
        not core
        or len(core) > MAX_PLACE_CHARS
        or core.startswith(CITY_SHORT)
        or core.endswith(rules.endings)
        or (rules.station and (core.startswith(geo.prefixes) or STREET_MARK in core))
        or (rules.zone_unit and DISTRICT in core)
    )


def core_problem(
    kind: UnitKind, core: str, given: str, geo: Geography, what: str
) -> Problem | None:
    """Why *core* cannot be the bare name of a place of *kind*, or ``None``.

    *given* is the value as written (with its suffix), *what* its Chinese name in the
    message (地名, 区镇合一的镇名).
    """
    if not core:
        return Problem(
            f"{given!r} is only the suffix, with no place name before it",
            f"{what}“{given}”只有后缀，缺少地名",
            True,
        )
    if len(core) > MAX_PLACE_CHARS:
        return Problem(
            f"the place {_validate.shown(core)} is longer than {MAX_PLACE_CHARS} characters",
            f"{what}{_validate.shown_zh(core)}超过{MAX_PLACE_CHARS}个字",
            True,
        )
    if core.startswith(CITY_SHORT):
        return Problem(
            f"{given!r} starts with the city; give the place without 珠海/珠海市",
            f"{what}“{given}”以“珠海”开头，地名不带市名",
            True,
        )
    if kind in STATION_KINDS and core.startswith(geo.prefixes):
        return Problem(
            f"{given!r} starts with a district or zone: a station's name has no city, "
            "district or street before the community or village",
            f"{what}“{given}”以区名开头，社区（村）服务站名称前不冠市、区、街道（镇）名",
            True,
        )
    if kind in STATION_KINDS and STREET_MARK in core:
        return Problem(
            f"{given!r} contains 街道: a station's name has no street before the community "
            "or village",
            f"{what}“{given}”含有“街道”，社区（村）服务站名称前不冠街道（镇）名",
            True,
        )
    if kind in (K.ZONE_TOWN, K.ZONE_STREET) and DISTRICT in core:
        return Problem(
            f"{given!r} contains 区: a town or street under a functional zone is named "
            "珠海市{镇}… with no district or zone before it",
            f"{what}“{given}”含有“区”字，经济功能区下辖镇（街道）的名称不冠区名或功能区名",
            True,
        )
    for suffix, what_en, what_zh in SUFFIX_KINDS:
        if suffix == VILLAGE and kind is not K.VILLAGE:
            continue
        if core.endswith(suffix):
            if suffix in GIVEN_SUFFIXES[kind] or suffix == STANDARD_SUFFIX[kind]:
                return Problem(
                    f"{given!r} ends with {suffix} twice; give the name once",
                    f"{what}“{given}”重复了“{suffix}”",
                    True,
                )
            return Problem(
                f"{given!r} ends with {suffix}, which names {what_en}, not a {KIND_EN[kind]}",
                f"{what}“{given}”以“{suffix}”结尾，是{what_zh}的名称，不能作为{kind.label}的地名",
                True,
            )
    return None


# -- the parts of a name ------------------------------------------------------------------


def unit_phrase(
    kind: UnitKind,
    place: str,
    district: str | None = None,
    *,
    merged_town: str | None = None,
    area: str | None = None,
) -> str:
    """The unit as an official names it: 香洲区所辖拱北街道, 横琴新区（与横琴镇区镇合一）.

    Names the place itself, never the type of unit (行政区街道 is the 类型 column's word,
    not a report's). 横琴新区 and each zone are named as themselves; a town or street under
    a zone is named with its zone where the map holds it (*area*, R26).
    """
    if kind is K.DISTRICT_STREET:
        return f"{district}{DISTRICT}所辖{place}{STREET_MARK}"
    if kind is K.DISTRICT_TOWN:
        return f"{district}{DISTRICT}所辖{place}{TOWN}"
    if kind is K.ZONE:
        merged = f"与{merged_town}{TOWN}" if merged_town else ""
        return f"{place}（{merged}区镇合一）"
    if kind is K.ZONE_TOWN:
        return f"{area or '功能区'}下辖的{place}{TOWN}"
    if kind is K.ZONE_STREET:
        return f"{area or '功能区'}下辖的{place}{STREET_MARK}"
    return f"{place}{COMMUNITY if kind is K.COMMUNITY else VILLAGE}"


@cites(NAMES)
@attrs.frozen
class AgencyNameParts(Cited):
    """What a standard agency name says about its unit.

    Attributes:
        name: The standard name.
        kind: The unit's kind.
        place: The place's bare name (拱北, 井岸, 夏湾), a zone's full name (横琴新区), or,
            for a zone named after its town, the town's bare name (横琴).
        district: The administrative district's bare name (香洲), or ``None``.
        city_prefix: ``"珠海市"`` or ``"珠海"``; ``None`` for a station (no city in its name).
        named_after_town: Whether the name is a zone's named after the town it is merged
            with (``珠海横琴镇…``, R14); then :attr:`place` is the town.
        area: The zone a town or street under a zone lies in, or the zone a name after
            its merged town stands for, where the map holds it (R26); ``None`` otherwise.
        recorded: Whether the map of 2011 holds the place (R26). A well-formed name of a
            place it does not hold is read, but not confirmed as standard.
    """

    name: str
    kind: UnitKind
    place: str
    district: str | None = None
    city_prefix: str | None = None
    named_after_town: bool = False
    area: str | None = None
    recorded: bool = True

    @property
    def level(self) -> Level:
        """服务所 (street/town) or 服务站 (community/village)."""
        return LEVEL[self.kind]

    def __str__(self) -> str:
        return self.name

    def explain(self) -> str:
        """The reading of the name, in Chinese, in one sentence."""
        if self.named_after_town and not self.recorded:
            return (
                f"“{self.name}”格式符合以镇命名的区镇合一功能区的标准名称，但{self.place}{TOWN}"
                f"未收录于2011年区划（{cite_zh('R26')}），无法确认是标准名称，依据{NAMES}。"
            )
        if self.named_after_town:
            zone = self.area or "功能区"
            return (
                f"“{self.name}”是与{self.place}{TOWN}区镇合一的{zone}以镇名命名的标准名称，"
                f"依据{NAMES}（{cite_zh('R14')}）。"
            )
        phrase = unit_phrase(self.kind, self.place, self.district, area=self.area)
        if not self.recorded:
            return (
                f"“{self.name}”格式符合{phrase}的标准名称，但地名未收录于2011年区划"
                f"（{cite_zh('R26')}），无法确认是标准名称，依据{NAMES}。"
            )
        return f"“{self.name}”是{phrase}的标准名称，依据{NAMES}。"
