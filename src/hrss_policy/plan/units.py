"""The kinds of unit the plan governs, and the two levels they belong to.

The plan distinguishes street/town service agencies (街道（镇）服务机构, named
``…人力资源和社会保障服务所``) from community/village service stations (社区（村）服务机构,
named ``…人力资源和社会保障服务站``). Staffing, subsidies and premises rules differ by
level; names differ by kind (三（一）4).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TypeVar

from ..core import validate as _validate
from ..errors import PolicyError

__all__ = ["BusinessSystem", "Equipment", "Level", "OnlineService", "UnitKind"]

_E = TypeVar("_E", bound=enum.Enum)


_WHAT_ZH = {
    "unit kind": "单位类型",
    "equipment": "设备",
    "business system": "业务系统",
    "online service": "网上服务项目",
}


def _lookup(cls: type[_E], what: str, label: object, labels: Callable[[_E], tuple[str, ...]]) -> _E:
    """Return the member of *cls* whose name or one of whose *labels* is *label*, trimmed."""
    if not isinstance(label, str):
        raise TypeError(f"label ({what}) must be a str, got {_validate.describe(label)}")
    key = label.strip()
    for member in cls:
        if key == member.name or key in labels(member):
            return member
    accepted = ", ".join(f"{m.name} ({labels(m)[0]})" for m in cls)
    accepted_zh = "、".join(labels(m)[0] for m in cls)
    what_zh = _WHAT_ZH.get(what, what)
    raise PolicyError(
        f"unknown {what} {_validate.shown(label)}; accepted: {accepted}",
        zh=f"无法识别的{what_zh}{_validate.shown_zh(label)}；可填写：{accepted_zh}",
    )


class Level(enum.Enum):
    """The two levels of grassroots unit in the plan."""

    # Members are singletons compared by identity, so identity is a sound hash, and it
    # is computed in C (Enum's own hashes the name in Python, on every dict lookup).
    __hash__ = object.__hash__

    STREET_TOWN = "street_town"
    """街道（镇）服务机构: a public-welfare institution named ``…服务所`` (三（一）2)."""
    COMMUNITY_VILLAGE = "community_village"
    """社区（村）服务机构: a station named ``…服务站``, provided by purchase of services."""

    @property
    def label(self) -> str:
        """The plan's Chinese name for units of this level."""
        return "街道（镇）服务机构" if self is Level.STREET_TOWN else "社区（村）服务机构"

    @property
    def agency_suffix(self) -> str:
        """The ending of a standard name at this level (三（一）4)."""
        if self is Level.STREET_TOWN:
            return "人力资源和社会保障服务所"
        return "人力资源和社会保障服务站"


class UnitKind(enum.Enum):
    """Each administrative type of unit for which 三（一）4 gives a name template."""

    # Members are singletons compared by identity, so identity is a sound hash, and it
    # is computed in C (Enum's own hashes the name in Python, on every dict lookup).
    __hash__ = object.__hash__

    DISTRICT_STREET = "district_street"
    """A street (街道办事处) in an administrative district, e.g. 香洲区拱北街道."""
    DISTRICT_TOWN = "district_town"
    """A town (镇) in an administrative district, e.g. 斗门区井岸镇."""
    ZONE = "zone"
    """An economic functional zone merged with its town (区镇合一), named after the zone."""
    ZONE_TOWN = "zone_town"
    """A town under an economic functional zone."""
    ZONE_STREET = "zone_street"
    """A street (街道办事处) under an economic functional zone."""
    COMMUNITY = "community"
    """A community (社区)."""
    VILLAGE = "village"
    """A village (村)."""

    @property
    def level(self) -> Level:
        """The level the kind belongs to: 服务所 or 服务站."""
        return self._level  # type: ignore[attr-defined,no-any-return]

    @property
    def label(self) -> str:
        """The kind's Chinese label, as reports and spreadsheets show it."""
        return _KIND_LABELS[self]

    @classmethod
    def from_label(cls, label: str) -> UnitKind:
        """Return the kind whose :attr:`name` or Chinese :attr:`label` is *label*.

        Surrounding white space is ignored; anything else must match exactly.

        Raises:
            TypeError: *label* is not a ``str``.
            PolicyError: no kind has that name or label; the message lists them.
        """
        return _lookup(cls, "unit kind", label, lambda k: (k.label,))


_KIND_LEVELS = {
    "district_street": Level.STREET_TOWN,
    "district_town": Level.STREET_TOWN,
    "zone": Level.STREET_TOWN,
    "zone_town": Level.STREET_TOWN,
    "zone_street": Level.STREET_TOWN,
    "community": Level.COMMUNITY_VILLAGE,
    "village": Level.COMMUNITY_VILLAGE,
}

# Set on each member once: an attribute read is the cheapest lookup on the inspection's
# hot path (an enum member hashes in Python code).
for _kind in UnitKind:
    _kind._level = _KIND_LEVELS[_kind.value]  # type: ignore[attr-defined]

_KIND_LABELS = {
    UnitKind.DISTRICT_STREET: "行政区街道",
    UnitKind.DISTRICT_TOWN: "行政区镇",
    UnitKind.ZONE: "经济功能区（区镇合一）",
    UnitKind.ZONE_TOWN: "经济功能区下辖镇",
    UnitKind.ZONE_STREET: "经济功能区下辖街道",
    UnitKind.COMMUNITY: "社区",
    UnitKind.VILLAGE: "村",
}


class Equipment(enum.Enum):
    """Office equipment and service facilities named in 三（二）.

    Street/town agencies need 电脑、打印机、档案柜、传真机、LED电子显示屏、自助查询机;
    community/village stations need 电脑（网络设备）、档案柜、信息发布栏、打印机、电话、传真机.
    """

    # Members are singletons compared by identity, so identity is a sound hash, and it
    # is computed in C (Enum's own hashes the name in Python, on every dict lookup).
    __hash__ = object.__hash__

    COMPUTER = "computer"
    """电脑 (for a station: 电脑（网络设备）, computers with their network equipment)."""
    PRINTER = "printer"
    """打印机."""
    FILING_CABINET = "filing_cabinet"
    """档案柜."""
    FAX = "fax"
    """传真机."""
    LED_DISPLAY = "led_display"
    """LED电子显示屏."""
    SELF_SERVICE_KIOSK = "self_service_kiosk"
    """自助查询机."""
    NOTICE_BOARD = "notice_board"
    """信息发布栏."""
    TELEPHONE = "telephone"
    """电话."""

    @property
    def label(self) -> str:
        """The item's name as 三（二） writes it."""
        return _EQUIPMENT_LABELS[self][0]

    @classmethod
    def from_label(cls, label: str) -> Equipment:
        """Return the item whose :attr:`name` or Chinese label is *label*.

        ``电脑（网络设备）`` is accepted for :attr:`COMPUTER`, as 三（二） writes it for
        stations; surrounding white space is ignored.

        Raises:
            TypeError: *label* is not a ``str``.
            PolicyError: no item has that name or label; the message lists them.
        """
        return _lookup(cls, "equipment", label, _EQUIPMENT_LABELS.__getitem__)


_EQUIPMENT_LABELS = {
    Equipment.COMPUTER: ("电脑", "电脑（网络设备）", "电脑(网络设备)"),
    Equipment.PRINTER: ("打印机",),
    Equipment.FILING_CABINET: ("档案柜",),
    Equipment.FAX: ("传真机",),
    Equipment.LED_DISPLAY: ("LED电子显示屏", "LED显示屏"),
    Equipment.SELF_SERVICE_KIOSK: ("自助查询机",),
    Equipment.NOTICE_BOARD: ("信息发布栏",),
    Equipment.TELEPHONE: ("电话",),
}


class BusinessSystem(enum.Enum):
    """The business management information systems 三（三） names (业务管理信息系统)."""

    # Members are singletons compared by identity, so identity is a sound hash, and it
    # is computed in C (Enum's own hashes the name in Python, on every dict lookup).
    __hash__ = object.__hash__

    EMPLOYMENT = "employment"
    """就业."""
    SOCIAL_INSURANCE = "social_insurance"
    """社会保险."""
    VOCATIONAL_TRAINING = "vocational_training"
    """职业培训."""
    RETIREE_MANAGEMENT = "retiree_management"
    """退休人员管理."""
    LABOR_RELATIONS = "labor_relations"
    """劳动关系协调."""
    LABOR_INSPECTION = "labor_inspection"
    """劳动监察."""

    @property
    def label(self) -> str:
        """The system as 三（三） names it."""
        return _SYSTEM_LABELS[self]

    @classmethod
    def from_label(cls, label: str) -> BusinessSystem:
        """Return the system whose :attr:`name` or Chinese label is *label*."""
        return _lookup(cls, "business system", label, lambda s: (s.label, s.label + "系统"))


_SYSTEM_LABELS = {
    BusinessSystem.EMPLOYMENT: "就业",
    BusinessSystem.SOCIAL_INSURANCE: "社会保险",
    BusinessSystem.VOCATIONAL_TRAINING: "职业培训",
    BusinessSystem.RETIREE_MANAGEMENT: "退休人员管理",
    BusinessSystem.LABOR_RELATIONS: "劳动关系协调",
    BusinessSystem.LABOR_INSPECTION: "劳动监察",
}


class OnlineService(enum.Enum):
    """The e-government service items 三（三） names (网上办事、信息查询)."""

    # Members are singletons compared by identity, so identity is a sound hash, and it
    # is computed in C (Enum's own hashes the name in Python, on every dict lookup).
    __hash__ = object.__hash__

    ONLINE_PROCESSING = "online_processing"
    """网上办事."""
    INFORMATION_QUERY = "information_query"
    """信息查询."""

    @property
    def label(self) -> str:
        """The item as 三（三） names it."""
        return "网上办事" if self is OnlineService.ONLINE_PROCESSING else "信息查询"

    @classmethod
    def from_label(cls, label: str) -> OnlineService:
        """Return the item whose :attr:`name` or Chinese label is *label*."""
        return _lookup(cls, "online service", label, lambda s: (s.label,))


def level_of(name: str, value: object) -> Level:
    """The :class:`Level` of *value*, a :class:`Level` or a :class:`UnitKind`; a ``TypeError``
    naming *name* for anything else."""
    if isinstance(value, UnitKind):
        return value.level
    if isinstance(value, Level):
        return value
    raise TypeError(f"{name} must be a Level or UnitKind, got {_validate.describe(value)}")
