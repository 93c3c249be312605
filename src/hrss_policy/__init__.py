"""hrss_policy: Zhuhai's 2011 grassroots HRSS service-platform plan as exact, cited calculations.

Every public name is importable from here; the submodules are implementation detail.
"""

from __future__ import annotations

from .clauses import CLAUSES, DOCUMENT, Clause, clause
from .errors import (
    CalendarDataError,
    CalendarNotConfirmedError,
    NotApplicableError,
    PolicyError,
)
from .naming import (
    AgencyName,
    AgencyNameBatch,
    AgencyNameParts,
    AgencyUnit,
    NameCheck,
    NamingFailure,
    NonStandardNameError,
    agency_name,
    agency_name_detail,
    agency_names,
    check_agency_name,
    normalize_district,
    normalize_place,
    parse_agency_name,
)
from .parameters import PLAN_2011, ParameterInfo, PolicyParameters, Rounding
from .staffing import (
    ExtraStaffRoute,
    StaffingCheck,
    StaffingQuota,
    StaffingStatus,
    check_staffing,
    community_staff_quota,
    staff_quota,
    street_staff_quota,
)
from .subsidies import (
    Coordinator,
    DistrictPaymentCheck,
    Employment,
    SubsidyBreakdown,
    SubsidyLine,
    annual_subsidy,
    check_district_payment,
    monthly_subsidy,
    subsidy_for_months,
)
from .units import Level, UnitKind

__version__ = "0.1.0"

__all__ = [
    "CLAUSES",
    "DOCUMENT",
    "PLAN_2011",
    "AgencyName",
    "AgencyNameBatch",
    "AgencyNameParts",
    "AgencyUnit",
    "CalendarDataError",
    "CalendarNotConfirmedError",
    "Clause",
    "Coordinator",
    "DistrictPaymentCheck",
    "Employment",
    "ExtraStaffRoute",
    "Level",
    "NameCheck",
    "NamingFailure",
    "NonStandardNameError",
    "NotApplicableError",
    "ParameterInfo",
    "PolicyError",
    "PolicyParameters",
    "Rounding",
    "StaffingCheck",
    "StaffingQuota",
    "StaffingStatus",
    "SubsidyBreakdown",
    "SubsidyLine",
    "UnitKind",
    "__version__",
    "agency_name",
    "agency_name_detail",
    "agency_names",
    "annual_subsidy",
    "check_agency_name",
    "check_district_payment",
    "check_staffing",
    "clause",
    "community_staff_quota",
    "monthly_subsidy",
    "normalize_district",
    "normalize_place",
    "parse_agency_name",
    "staff_quota",
    "street_staff_quota",
    "subsidy_for_months",
]
