"""Bare place names (三（一）4): what a caller may give as a place, and why a text is not one.

A place is the name of a street, town, community or village without its suffix (拱北,
not 拱北街道办事处). :func:`han` refuses anything but Chinese characters; :func:`is_plain`
answers in a few string tests whether a bare name of a kind is well formed, and
:func:`core_problem` says what is wrong with one that is not, as a :class:`~.grammar.Problem`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ...core import validate as _validate
from ...plan.units import UnitKind
from .geography import Geography
from .grammar import (
    CITY_SHORT,
    DISTRICT,
    GIVEN_SUFFIXES,
    KIND_EN,
    LABELS,
    MAX_PLACE_CHARS,
    STANDARD_SUFFIX,
    STATION_KINDS,
    STREET_MARK,
    SUFFIX_KINDS,
    VILLAGE,
    Problem,
)

K = UnitKind


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
