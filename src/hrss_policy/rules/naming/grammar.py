"""The grammar of the standard names of 三（一）4: templates, suffixes, composition.

Everything here is pure and small: the tables that say which ending each kind of unit
takes, the template text each kind quotes, the composition of a name from its parts, the
:class:`Problem` a name or place can have, and what a standard name says of its unit
(:class:`AgencyNameParts`). The map of districts and zones is :mod:`.geography`; what a
bare place name may be is :mod:`.place_names`. :mod:`.generate`, :mod:`.diagnosis`,
:mod:`.parse` and :mod:`.check` build on these; none of them spells a suffix or a
template of its own.
"""

from __future__ import annotations

from typing import NamedTuple

import attrs

from ...core import validate as _validate
from ...core.citing import Cited
from ...plan.clauses import NAMES, cites
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
