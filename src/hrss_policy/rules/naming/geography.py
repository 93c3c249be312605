"""The map of Zhuhai a name is read against (三（一）4, R4, R26): districts, zones, their places.

Which districts are administrative and which are functional zones, which streets and
towns lie in each, and which zone is merged with which town are data of the parameter
set (``params.administrative_districts``, ``params.functional_zones``,
``params.area_map``); :class:`Geography` indexes them once per set, so that a name costs a
dictionary access, not a scan. :func:`misplaced` says where the map puts a place when a
name puts it elsewhere; :func:`unit_named` names the unit the map holds at a place.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from ...errors import PolicyError
from ...plan.parameter_types import AreaPlaces
from ...plan.parameters import PolicyParameters
from ...plan.units import UnitKind
from .grammar import DISTRICT, DISTRICT_KINDS, STREET, STREET_MARK, TOWN, compose

K = UnitKind


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
