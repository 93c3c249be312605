"""Reading any text as an agency name (三（一）4): what it says, and what is off in it.

The reader is a chain of pure functions, each taking the text left to read and returning
what it read with the problems it found (:class:`~.grammar.Problem`, in English and
Chinese). A *blocking* problem leaves the unit meant unknown; otherwise the parts read
compose the standard form the name is close to. :func:`diagnose` never raises: the
checker reads any text through it, and :func:`~.parse.parse_agency_name` raises with the
problems it found.

How a zone merged with its town and named after the town (R14) is told apart: the
template ``珠海（市）XX经济功能区（镇）…`` allows ``珠海`` for a zone only, so
``珠海{镇}镇…服务所`` is a zone named after its town. ``珠海市{镇}镇…服务所`` is read as a
town under a zone (:attr:`~hrss_policy.UnitKind.ZONE_TOWN`), whose template gives that
very string: a name alone cannot say whether its town is merged with a zone. The checker,
which knows the unit and its recorded ``merged_town``, accepts it for the zone.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from ...core import validate as _validate
from ...plan.readings import cite_zh
from ...plan.units import Level, UnitKind
from .geography import Geography, misplaced
from .grammar import (
    CITY,
    CITY_SHORT,
    COMMUNITY,
    DISTRICT,
    KIND_EN,
    LEVEL,
    MAX_NAME_CHARS,
    STATION_KINDS,
    STREET,
    STREET_SHORT,
    SUFFIX,
    TOWN,
    VILLAGE,
    AgencyNameParts,
    Problem,
    compose,
    town_named,
)
from .place_names import all_han, core_problem

K = UnitKind
_SUO = Level.STREET_TOWN.agency_suffix
_ZHAN = Level.COMMUNITY_VILLAGE.agency_suffix
_VARIANT_TAIL = re.compile(
    "(人力资源和社会保障|人力资源与社会保障|人力资源社会保障|人力资源和社会保障局|人社|"
    "劳动和社会保障|劳动社会保障|劳动保障|劳动)"
    "(服务所|服务站|服务中心|事务所|工作站|管理所|所|站)$"
)
_BRACKETS = "()"  # after NFKC, full-width （） are these
# A station is named after its community or village, not the committee that runs it:
# "夏湾社区居委会" is read as 夏湾社区 with a problem, never as a street or town.
_COMMITTEES = (
    ("社区居民委员会", COMMUNITY),
    ("社区居委会", COMMUNITY),
    ("居民委员会", COMMUNITY),
    ("居委会", COMMUNITY),
    ("村民委员会", VILLAGE),
    ("村委会", VILLAGE),
)


class Diagnosis(NamedTuple):
    """What the reader made of a name.

    ``parts`` is the reading of the name itself when ``problems`` is empty, of the
    standard form it is close to when no problem blocks, and ``None`` when one does.
    """

    parts: AgencyNameParts | None
    problems: tuple[Problem, ...]

    @property
    def standard(self) -> str | None:
        """The standard form the name is (close to), where known."""
        return None if self.parts is None else self.parts.name


class _Read(NamedTuple):
    """The unit a name's part before its agency word was read as (``kind`` ``None``: unknown)."""

    kind: UnitKind | None
    core: str = ""
    district: str | None = None
    city_prefix: str = CITY
    named_after_town: bool = False


_Step = tuple[_Read, tuple[Problem, ...]]


def _street_or_town(rest: str, district: str | None, in_district: bool) -> _Step:
    street, town = (
        (K.DISTRICT_STREET, K.DISTRICT_TOWN) if in_district else (K.ZONE_STREET, K.ZONE_TOWN)
    )
    if rest.endswith(STREET):
        return _Read(street, rest[: -len(STREET)], district), ()
    for short in STREET_SHORT:
        if rest.endswith(short):
            return _Read(street, rest[: -len(short)], district), (
                Problem(
                    f"the street is written {short}, not in full as 街道办事处",
                    f"“{short}”应写全为“街道办事处”",
                ),
            )
    if rest.endswith(TOWN):
        return _Read(town, rest[: -len(TOWN)], district), ()
    if not rest:
        return _Read(None), (
            Problem("it names no street or town before the agency", "缺少街道或镇的名称", True),
        )
    return _Read(None, rest), (
        Problem(
            f"{rest!r} does not end with 街道办事处 or 镇",
            f"“{rest}”不以“街道办事处”或“镇”结尾，无法确定是街道还是镇",
            True,
        ),
    )


def _read_station(prefix: str, geo: Geography) -> _Step:
    kind, suffix = (K.COMMUNITY, COMMUNITY) if prefix.endswith(COMMUNITY) else (K.VILLAGE, VILLAGE)
    core = prefix[: -len(suffix)]
    bare = core.removeprefix(CITY).removeprefix(CITY_SHORT)
    for d in (*geo.by_length, *geo.zones_by_length):
        bare = bare.removeprefix(d)
    # A street's name is never part of a station's; a town's only where a city or
    # district was written before it (新镇社区 may be a community's own name).
    marks = (STREET, *STREET_SHORT) + ((TOWN,) if bare != core else ())
    for mark in marks:
        if mark in bare:
            bare = bare[bare.index(mark) + len(mark) :]
            break
    if bare == core:
        return _Read(kind, core), ()
    return _Read(kind, bare), (
        Problem(
            "a station's name has no city, district or street before the community or village",
            "社区（村）服务站名称前不冠市、区、街道（镇）名",
            not bare,
        ),
    )


def _read_agency(prefix: str, geo: Geography) -> _Step:
    problems: tuple[Problem, ...] = ()
    if prefix.startswith(CITY):
        rest, city = prefix[len(CITY) :], CITY
    elif prefix.startswith(CITY_SHORT):
        rest, city = prefix[len(CITY_SHORT) :], CITY_SHORT
    else:
        rest, city = prefix, CITY
        if rest.startswith(geo.districts) or rest in geo.zones:
            problems = (Problem("it does not start with 珠海市", "缺少“珠海市”"),)
        else:
            problems = (
                Problem(
                    "it starts with neither 珠海市 nor an administrative district, so the "
                    "unit cannot be told",
                    "缺少“珠海市”，也未写明所在区，无法确定所属的区",
                    True,
                ),
            )
    if rest in geo.zones:
        read: _Read = _Read(K.ZONE, rest, None, city)
    else:
        read, found = _district_part(rest, geo)
        problems += found
    if city == CITY_SHORT and read.kind not in (K.ZONE, None):
        if read.kind is K.ZONE_TOWN and geo.town_names:
            read = read._replace(kind=K.ZONE, city_prefix=CITY_SHORT, named_after_town=True)
        else:
            problems += (_short_city_problem(read.kind, geo),)
    elif city == CITY_SHORT:
        read = read._replace(city_prefix=CITY_SHORT)
    return read, problems


def _district_part(rest: str, geo: Geography) -> _Step:
    for d in geo.by_length:
        if rest.startswith(d):
            return _street_or_town(rest[len(d) :], d[: -len(DISTRICT)], True)
    for z in geo.zones_by_length:
        if rest.startswith(z):
            read, found = _street_or_town(rest[len(z) :], None, False)
            return read, (
                Problem(
                    f"a town or street under a functional zone is named without the zone {z!r}",
                    f"经济功能区下辖镇（街道）的服务所名称不冠“{z}”",
                ),
                *found,
            )
    return _street_or_town(rest, None, False)


def _short_city_problem(kind: UnitKind | None, geo: Geography) -> Problem:
    label = kind.label if kind is not None else "街道（镇）服务所"
    if geo.town_names:
        zh = f"只有区镇合一的经济功能区服务所可写作“珠海”，{label}应写作“珠海市”"
    else:
        zh = f"只有以功能区命名的区镇合一服务所可写作“珠海”，{label}应写作“珠海市”"
    return Problem("only a zone merged with its town may write 珠海 instead of 珠海市", zh)


def _diagnose_han(name: str, geo: Geography, mapped: bool = True) -> Diagnosis:
    """Read a name of Chinese characters only; against the 2011 map unless not *mapped*."""
    variant: str | None = None
    if name.endswith((_SUO, _ZHAN)):
        found: Level | None = Level.STREET_TOWN if name.endswith(_SUO) else Level.COMMUNITY_VILLAGE
        prefix = name[: -len(_SUO)]
    else:
        match = _VARIANT_TAIL.search(name)
        if match is None:
            return Diagnosis(
                None,
                (
                    Problem(
                        f"it does not end with {_SUO!r} or {_ZHAN!r}",
                        f"名称不以“{_SUO}”或“{_ZHAN}”结尾",
                        True,
                    ),
                ),
            )
        found, variant, prefix = None, match.group(), name[: match.start()]
    problems: tuple[Problem, ...] = ()
    for committee, unit in _COMMITTEES:
        if prefix.endswith(committee) and len(prefix) > len(committee):
            fixed = prefix[: -len(committee)] + unit
            problems += (
                Problem(
                    f"{prefix!r} names the committee ({committee}), not the {'community' if unit == COMMUNITY else 'village'}: write {fixed!r}",
                    f"“{prefix}”应为“{fixed}”，服务站以社区（村）命名，不用居（村）民委员会的名称",
                ),
            )
            prefix = fixed
            break
    station = prefix.endswith((COMMUNITY, VILLAGE))
    read, found_problems = _read_station(prefix, geo) if station else _read_agency(prefix, geo)
    if variant is not None:
        right = SUFFIX[read.kind] if read.kind is not None else f"{_SUO}”或“{_ZHAN}"
        problems += (
            Problem(
                f"it ends with {variant!r}, not {right!r}", f"机构名称部分“{variant}”应为“{right}”"
            ),
        )
    problems += found_problems
    kind = read.kind
    if kind is None:
        return Diagnosis(None, problems)
    if found is not None and found is not LEVEL[kind]:
        right, wrong = LEVEL[kind].agency_suffix[-3:], found.agency_suffix[-3:]
        problems += (
            Problem(
                f"a {KIND_EN[kind]} is a {right}, not a {wrong}",
                f"{kind.label}的服务机构称“{right}”，不称“{wrong}”",
            ),
        )
    if kind is not K.ZONE or read.named_after_town:
        place_kind = K.ZONE_TOWN if read.named_after_town else kind
        problem = core_problem(place_kind, read.core, read.core, geo, "地名")
        if problem is not None:
            problems += (problem,)
    if any(p.blocking for p in problems):
        return Diagnosis(None, problems)
    area, recorded = None, True
    if mapped:
        read, area, recorded, on_map = _on_map(read, geo)
        problems += on_map
    if any(p.blocking for p in problems):
        return Diagnosis(None, problems)
    kind = read.kind
    assert kind is not None
    if read.named_after_town:
        standard = town_named(read.core, read.city_prefix)
    else:
        standard = compose(kind, read.core, read.district, read.city_prefix)
    parts = AgencyNameParts(
        standard,
        kind,
        read.core,
        read.district,
        None if kind in STATION_KINDS else read.city_prefix,
        read.named_after_town,
        area,
        recorded,
    )
    return Diagnosis(parts, problems)


def _on_map(read: _Read, geo: Geography) -> tuple[_Read, str | None, bool, tuple[Problem, ...]]:
    """The unit read, checked against the 2011 map (R26).

    Returns the unit the name stands for (moved to where the map puts its place, with a
    problem, when the name puts it elsewhere), the zone a zone's town lies in, and whether
    the map holds the place at all: a well-formed name of a place it does not hold is
    read, not confirmed.
    """
    kind, core = read.kind, read.core
    if kind is None or kind in STATION_KINDS:
        return read, None, True, ()
    if kind is K.ZONE and not read.named_after_town:
        if geo.merged(core) is False:
            under = "、".join(geo.towns_under[core])
            return (
                read,
                None,
                True,
                (
                    Problem(
                        f"{core} has towns under it and is not merged with a town (R26): no "
                        "agency is named after it",
                        f"格式符合区镇合一功能区的名称，但{core}下辖{under}，不是区镇合一"
                        f"（{cite_zh('R26')}），没有以功能区命名的服务所，其下辖镇（街道）的服务所名称为"
                        f"“珠海市XX镇（街道办事处）{SUFFIX[K.ZONE_TOWN]}”",
                        True,
                    ),
                ),
            )
        return read, None, True, ()
    placed = geo.placed.get(core)
    if (
        kind is K.ZONE_TOWN
        and placed is not None
        and placed.kind is K.ZONE
        and geo.town_names
        and read.city_prefix == CITY
    ):
        # 珠海市{镇}镇… of a town merged with its zone is that zone's name (R14, R26).
        return read._replace(kind=K.ZONE, named_after_town=True), placed.area, True, ()
    place_kind = K.ZONE if read.named_after_town else kind
    wrong = misplaced(place_kind, core, read.district, geo)
    if wrong is None:
        if placed is None:
            return read, None, False, ()
        zone_unit = kind in (K.ZONE_TOWN, K.ZONE_STREET) or read.named_after_town
        return read, placed.area if zone_unit else None, True, ()
    found, why = wrong
    label = "以镇命名的区镇合一功能区" if read.named_after_town else kind.label
    problem = Problem(
        f"the name has the form of a {KIND_EN[kind]}, but on the map of 2011 (R26) "
        f"{core} lies in {found.area}",
        f"格式符合{label}的名称，但{why}（{cite_zh('R26')}）",
    )
    if found.kind is K.ZONE:
        moved = _Read(K.ZONE, found.area, None, CITY)
    elif found.kind in (K.DISTRICT_STREET, K.DISTRICT_TOWN):
        moved = _Read(found.kind, core, found.area[: -len(DISTRICT)], CITY)
    else:
        moved = _Read(found.kind, core, None, CITY)
    area = found.area if found.kind in (K.ZONE_TOWN, K.ZONE_STREET) else None
    return moved, area, True, (problem,)


def _diagnose_unclean(name: str, geo: Geography, mapped: bool = True) -> Diagnosis:
    """Read a name with characters other than Chinese ones: say which, and offer a form."""
    bad = [(i, c) for i, c in enumerate(name) if not _validate.is_han(c)]
    spaces = [(i, c) for i, c in bad if c.isspace()]
    brackets = [(i, c) for i, c in bad if unicodedata.normalize("NFKC", c) in _BRACKETS]
    others = [(i, c) for i, c in bad if (i, c) not in spaces and (i, c) not in brackets]
    problems: list[Problem] = []
    if spaces:
        i, c = spaces[0]
        problems.append(
            Problem(f"{_validate.describe_non_han(c)} at position {i}", "名称中含有空格")
        )
    if brackets:
        i, c = brackets[0]
        problems.append(
            Problem(
                f"a bracket {c!r} at position {i}: in the template a bracketed part is an "
                "alternative, not part of the name",
                "名称中含有括号，模板中的括号表示可替换的写法，不是名称的一部分",
            )
        )
    if others:
        i, c = others[0]
        problems.append(
            Problem(
                f"{_validate.describe_non_han(c)} at position {i}",
                f"名称第{i + 1}个字符是{_validate.describe_non_han_zh(c)}",
            )
        )
    # Spaces, width variants and the template's brackets are the usual slips; drop them
    # only to offer a standard form, never to accept the name. A bracket is the
    # template's alternative: keep what it holds (珠海（市） → 珠海市), or drop it whole
    # (夏湾社区（村） → 夏湾社区).
    folded = "".join(ch for ch in unicodedata.normalize("NFKC", name) if not ch.isspace())
    candidates = dict.fromkeys(
        [folded.replace("(", "").replace(")", ""), re.sub(r"\([^()]*\)", "", folded)]
    )
    first: Diagnosis | None = None
    for candidate in candidates:
        if candidate and all_han(candidate):
            diagnosis = _diagnose_han(candidate, geo, mapped)
            if diagnosis.parts is not None:
                return Diagnosis(diagnosis.parts, (*problems, *diagnosis.problems))
            first = first or diagnosis
    if first is not None:
        problems.extend(first.problems)
    return Diagnosis(None, tuple(problems))


def diagnose(name: str, geo: Geography, *, mapped: bool = True) -> Diagnosis:
    """Read any text as an agency name; never raises.

    Against the 2011 map (R26) unless not *mapped*: the checker, which knows the unit,
    reads the name's form alone and says how it differs from the unit's.
    """
    if not name.strip():
        return Diagnosis(None, (Problem("it is empty", "名称为空", True),))
    if len(name) > MAX_NAME_CHARS:
        return Diagnosis(
            None,
            (
                Problem(
                    f"it is longer than {MAX_NAME_CHARS} characters",
                    f"名称超过{MAX_NAME_CHARS}个字",
                    True,
                ),
            ),
        )
    if all_han(name):
        return _diagnose_han(name, geo, mapped)
    return _diagnose_unclean(name, geo, mapped)
