"""Builders shared by the test modules: equipment kits, premises and units that comply.

A test states what differs from a compliant unit (``street_unit(actual_staff=6)``), so
the one fact under test is visible and the rest is known to meet the plan.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import hrss_policy as hp

E = hp.Equipment
#: The six items of 三（二） for a street/town agency.
STREET_KIT = frozenset(
    {E.COMPUTER, E.PRINTER, E.FILING_CABINET, E.FAX, E.LED_DISPLAY, E.SELF_SERVICE_KIOSK}
)
#: The six items of 三（二） for a community/village station.
STATION_KIT = frozenset(
    {E.COMPUTER, E.FILING_CABINET, E.NOTICE_BOARD, E.PRINTER, E.TELEPHONE, E.FAX}
)


def street_premises(**kw: Any) -> hp.Premises:
    """Premises meeting the street/town standard (320 m², 3 windows, the six items)."""
    base: dict[str, Any] = {"floor_area_m2": 320, "service_windows": 3, "equipment": STREET_KIT}
    return hp.Premises(**{**base, **kw})


def station_premises(**kw: Any) -> hp.Premises:
    """Premises meeting the station standard (own office, 1 window, the six items)."""
    base: dict[str, Any] = {
        "service_windows": 1,
        "dedicated_office": True,
        "equipment": STATION_KIT,
    }
    return hp.Premises(**{**base, **kw})


def informatization(**kw: Any) -> hp.Informatization:
    """Information systems meeting 三（三）."""
    base: dict[str, Any] = {
        "network_connected": True,
        "unified_software": True,
        "business_systems": frozenset(hp.BusinessSystem),
        "ledgers_kept": True,
        "online_services": frozenset(hp.OnlineService),
    }
    return hp.Informatization(**{**base, **kw})


def practice(staff: int, **kw: Any) -> hp.ServicePractice:
    """Service practice meeting 三（四） for *staff* workers."""
    base: dict[str, Any] = {
        "standards": True,
        "operations": True,
        "simplified": True,
        "items_public": True,
        "procedures_clear": True,
        "one_stop": True,
        "satisfied_window": True,
        "first_contact": True,
        "time_limit": True,
        "accountability": True,
        "training_system": True,
        "trained_staff": staff,
        "certified_staff": staff,
    }
    return hp.ServicePractice(**{**base, **kw})


def street_unit_kwargs(staff: int = 8) -> dict[str, Any]:
    """The arguments of :func:`street_unit`, with *staff* trained and certified."""
    return {
        "kind": hp.UnitKind.DISTRICT_STREET,
        "place": "拱北",
        "district": "香洲",
        "service_recipients": 45_000,
        "id": "XZ-01",
        "current_name": "珠海市香洲区拱北街道办事处人力资源和社会保障服务所",
        "actual_staff": 8,
        "funds_in_budget": True,
        "premises": street_premises(),
        "informatization": informatization(),
        "service": practice(staff),
    }


def street_unit(**kw: Any) -> hp.Unit:
    """拱北街道 of 香洲区 with 45000 recipients, meeting every requirement of the plan."""
    staff = kw.get("actual_staff", 8)
    base = street_unit_kwargs(staff if isinstance(staff, int) else 8)
    return hp.Unit(**{**base, **kw})


def station_unit_kwargs() -> dict[str, Any]:
    """The arguments of :func:`station_unit`."""
    return {
        "kind": hp.UnitKind.COMMUNITY,
        "place": "夏湾",
        "area": "香洲区",
        "service_recipients": 3_000,
        "id": "XZ-C1",
        "current_name": "夏湾社区人力资源和社会保障服务站",
        "actual_staff": 1,
        "coordinators": [hp.Coordinator(hp.Employment.FULL_TIME)],
        "staffing_filed": True,
        "district_paid": Decimal("1000.00"),
        "premises": station_premises(),
        "informatization": informatization(),
        "service": practice(1),
    }


def station_unit(**kw: Any) -> hp.Unit:
    """夏湾社区 with 3000 recipients and one full-time coordinator, meeting every requirement."""
    return hp.Unit(**{**station_unit_kwargs(), **kw})
