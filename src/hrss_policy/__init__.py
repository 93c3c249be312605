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
from .findings import Finding, Severity
from .parameters import PLAN_2011, ParameterInfo, PolicyParameters, Rounding
from .premises import Premises, PremisesAssessment, assess_premises
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
from .units import Equipment, Level, UnitKind

__version__ = "0.1.0"

__all__ = [
    "CLAUSES",
    "DOCUMENT",
    "PLAN_2011",
    "CalendarDataError",
    "CalendarNotConfirmedError",
    "Clause",
    "Coordinator",
    "DistrictPaymentCheck",
    "Employment",
    "Equipment",
    "ExtraStaffRoute",
    "Finding",
    "Level",
    "NotApplicableError",
    "ParameterInfo",
    "PolicyError",
    "PolicyParameters",
    "Premises",
    "PremisesAssessment",
    "Rounding",
    "Severity",
    "StaffingCheck",
    "StaffingQuota",
    "StaffingStatus",
    "SubsidyBreakdown",
    "SubsidyLine",
    "UnitKind",
    "__version__",
    "annual_subsidy",
    "assess_premises",
    "check_district_payment",
    "check_staffing",
    "clause",
    "community_staff_quota",
    "monthly_subsidy",
    "staff_quota",
    "street_staff_quota",
    "subsidy_for_months",
]
