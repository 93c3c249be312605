"""Official agency names of 三（一）4 (做好更名工作): generate, parse, check.

The plan fixes four name templates, renaming done by the end of 2011:

* a street or town of an administrative district:
  ``珠海市XX区XX街道办事处（镇）人力资源和社会保障服务所``;
* an economic functional zone merged with its town (区镇合一):
  ``珠海（市）XX经济功能区（镇）人力资源和社会保障服务所``;
* a town or street under a functional zone: ``珠海市XX镇（街道办事处）人力资源和社会保障服务所``;
* a community or village: ``XX社区（村）人力资源和社会保障服务站``.

The project reads a bracketed part as the alternative to the word before it (R4:
``珠海（市）`` is ``珠海`` or ``珠海市``), so a zone merged with its town may also be named
after the town (R14, ``params.zone_may_use_town_name``): :attr:`UnitKind.ZONE` is named
after the zone (``珠海市横琴新区…``), and, where the unit records the town it is merged
with (``merged_town=``), ``珠海（市）横琴镇…`` is standard for it too. Which districts are
administrative and which are functional zones is data, not grammar:
``params.administrative_districts`` and ``params.functional_zones`` (Zhuhai as of the
plan; amend them with :func:`attrs.evolve`).

A place is given with or without its suffix (拱北 / 拱北街道 / 拱北街道办事处) and is
normalized to the bare name; a zone is given by its full name (横琴新区), since zone
names end in different words (新区, 经济区, 试验区). Nothing is folded silently: a space, a
Latin letter or a look-alike character is refused with its position.

The package: :mod:`.grammar` (templates, suffixes, composition), :mod:`.geography` (the
map of districts, zones and their places), :mod:`.place_names` (what a bare place may be),
:mod:`.generate` (one unit), :mod:`.batch` (many), :mod:`.diagnosis` (the reader, which says
what is off in any text), :mod:`.parse` (a standard name read back, or refused) and
:mod:`.check` (a unit's name against its standard names).
"""

from __future__ import annotations

from .batch import AgencyNameBatch, AgencyUnit, NamingFailure, agency_names
from .check import AgencyNameCheck, check_agency_name
from .generate import (
    AgencyName,
    agency_name,
    agency_name_detail,
    normalize_district,
    normalize_place,
)
from .grammar import AgencyNameParts
from .parse import NonStandardNameError, parse_agency_name

__all__ = [
    "AgencyName",
    "AgencyNameBatch",
    "AgencyNameCheck",
    "AgencyNameParts",
    "AgencyUnit",
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

# The public names live here for their users, their documentation and pickle: the
# submodules are this package's layout, free to change.
for _name in __all__:
    globals()[_name].__module__ = __name__
del _name
